#include "DoubtBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DoubtBar::DoubtBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_details(new QPushButton(tr("Details…"), this))
{
    setObjectName(QStringLiteral("doubtBar"));
    setStyleSheet(QStringLiteral("#doubtBar { background: #ffb74d; }"
                                 "#doubtBar QLabel { color: #3e2723; font-weight: bold; }"
                                 "#doubtBar QPushButton { min-height: 40px; padding: 4px 16px; }"));
    m_label->setObjectName(QStringLiteral("doubtLabel"));
    m_label->setWordWrap(true);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    m_details->setObjectName(QStringLiteral("doubtDetailsButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_details);
    connect(m_details, &QPushButton::clicked, this, &DoubtBar::detailsRequested);
    hide();
}

void DoubtBar::setOpen(int payments, int refunds)
{
    if (payments == 0 && refunds == 0) {
        m_label->clear();
        hide();
        return;
    }
    QStringList parts;
    if (payments > 0)
        parts << tr("%n payment(s)", nullptr, payments);
    if (refunds > 0)
        parts << tr("%n refund(s)", nullptr, refunds);
    QString text = tr("In doubt: %1. KakaoPay has not said whether the money moved; PayDesk "
                      "keeps asking.")
                       .arg(parts.join(tr(" and ")));
    if (payments > 0)
        text += u' ' + tr("Do not take those payments again.");
    m_label->setText(text);
    show();
}

QString DoubtBar::text() const
{
    return m_label->text();
}
