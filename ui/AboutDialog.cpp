#include "AboutDialog.h"
#include "NoticeDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const Facts &facts, QWidget *parent)
    : QDialog(parent), m_notices(facts.notices)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PayDesk"));
    auto *title = new QLabel(tr("PayDesk %1").arg(QStringLiteral(PAYDESK_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *tagline = new QLabel(tr("A point of sale that takes payment with KakaoPay."), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"),
                 valueLabel(QStringLiteral(PAYDESK_VERSION), "aboutVersionLabel", this));
    form->addRow(tr("Qt:"), valueLabel(tr("%1 (built with %2)")
                                           .arg(QString::fromLatin1(qVersion()),
                                                QStringLiteral(QT_VERSION_STR)),
                                       "aboutQtLabel", this));
    const QString mode = facts.training
                             ? tr("Training mode: payments go to the simulator, no money moves")
                             : tr("Real payments with KakaoPay");
    auto *modeLabel = valueLabel(mode, "aboutModeLabel", this);
    if (facts.training)
        modeLabel->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    form->addRow(tr("Mode:"), modeLabel);
    form->addRow(tr("Connection:"),
                 valueLabel(facts.modeDescription, "aboutConnectionLabel", this));
    form->addRow(tr("Data folder:"), valueLabel(QDir::toNativeSeparators(facts.dataFolder),
                                                "aboutDataFolderLabel", this));
    form->addRow(tr("Journal:"), valueLabel(QDir::toNativeSeparators(facts.journalFile),
                                            "aboutJournalLabel", this));

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(title);
    generalLayout->addWidget(tagline);
    generalLayout->addSpacing(8);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->addTab(general, tr("PayDesk"));
    m_tabs->addTab(makeThirdPartyTab(), tr("Third-party software"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

QWidget *AboutDialog::makeThirdPartyTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("aboutThirdPartyTab"));
    auto *intro = new QLabel(
        tr("PayDesk runs on the software below, which is not its own. Qt is used under the GNU "
           "LGPL version 3: PayDesk links it dynamically, it can be replaced, and the notices "
           "say how and where its source is."),
        tab);
    intro->setObjectName(QStringLiteral("aboutNoticesIntro"));
    intro->setWordWrap(true);

    m_list = new QTreeWidget(tab);
    m_list->setObjectName(QStringLiteral("aboutComponentsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Component"), tr("Version"), tr("License")});
    for (const ThirdPartyNotices::Component &c : m_notices.components()) {
        QString license = c.license;
        const int more = c.allLicenses.size() - c.license.split(QLatin1String(", ")).size();
        if (more > 0)
            license = tr("%1 (+%n more)", nullptr, more).arg(c.license);
        if (c.licensesFromText)
            license = tr("%1 (named in the notice's text)").arg(license);
        auto *item = new QTreeWidgetItem(m_list, {c.name, c.version, license});
        item->setData(0, Qt::UserRole, c.noticePath);
        const QString tip = tr("Licenses: %1\nPackages: %2\nFiles: %3\nNotice: %4")
                                .arg(c.allLicenses.join(QLatin1String(", ")), c.packages)
                                .arg(c.files)
                                .arg(QDir::toNativeSeparators(c.noticePath));
        for (int col = 0; col < 3; ++col)
            item->setToolTip(col, tip);
    }
    if (m_notices.origin() == ThirdPartyNotices::Origin::Missing) {
        // What the running program itself knows.
        new QTreeWidgetItem(m_list, {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
                                     QStringLiteral("LGPL-3")});
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 200);

    auto *where = new QLabel(tab);
    where->setObjectName(QStringLiteral("aboutNoticesLocation"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString dir = QDir::toNativeSeparators(m_notices.directory());
    switch (m_notices.origin()) {
    case ThirdPartyNotices::Origin::Installed:
        where->setText(tr("%n component(s). The full notices are in %1.", nullptr,
                          int(m_notices.components().size()))
                           .arg(dir));
        break;
    case ThirdPartyNotices::Origin::BuildTree:
        where->setText(tr("This PayDesk runs from its build tree: the list shows the packages it "
                          "uses on this machine (%1). An installed PayDesk keeps the full notices "
                          "in its own folder.")
                           .arg(dir));
        break;
    case ThirdPartyNotices::Origin::Missing:
        where->setText(tr("The third-party notices are missing (looked in %1): only Qt, which "
                          "PayDesk runs on, is known. Reinstall PayDesk to get them.")
                           .arg(dir));
        where->setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    }
    if (!m_notices.errorString().isEmpty())
        where->setText(where->text() + QLatin1Char('\n') + m_notices.errorString());

    m_showNotice = new QPushButton(tr("Show &notice"), tab);
    m_showNotice->setObjectName(QStringLiteral("aboutShowNoticeButton"));
    m_showNotice->setEnabled(false);
    auto *showIndex = new QPushButton(tr("&All notices"), tab);
    showIndex->setObjectName(QStringLiteral("aboutShowIndexButton"));
    showIndex->setEnabled(m_notices.origin() != ThirdPartyNotices::Origin::Missing);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_showNotice->setEnabled(item && !item->data(0, Qt::UserRole).toString().isEmpty());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &AboutDialog::showSelectedNotice);
    connect(m_showNotice, &QPushButton::clicked, this, &AboutDialog::showSelectedNotice);
    connect(showIndex, &QPushButton::clicked, this, &AboutDialog::showIndex);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_showNotice);
    buttonRow->addWidget(showIndex);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(where);
    layout->addLayout(buttonRow);
    return tab;
}

void AboutDialog::showThirdPartyTab()
{
    m_tabs->setCurrentIndex(1);
}

void AboutDialog::showSelectedNotice()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, Qt::UserRole).toString().isEmpty())
        return;
    openNotice(item->text(0), item->data(0, Qt::UserRole).toString());
}

void AboutDialog::showIndex()
{
    openNotice(tr("all third-party software"), m_notices.indexPath());
}

void AboutDialog::openNotice(const QString &title, const QString &path)
{
    auto *viewer = new NoticeDialog(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!viewer->load(title, path, &error)) {
        delete viewer;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("About PayDesk"), error,
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("noticeErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    viewer->open();
}
