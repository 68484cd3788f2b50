#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
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

AboutDialog::AboutDialog(const Facts &facts, QWidget *parent) : QDialog(parent)
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(tagline);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}
