#include "OutcomePanel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString amountAndOrder(const PaymentRecord &record)
{
    return OutcomePanel::tr("%1 · order %2")
        .arg(record.totals.total.toDisplayString(), record.partnerOrderId);
}
} // namespace

OutcomePanel::OutcomePanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_detail(new QLabel(this)),
      m_check(new QPushButton(tr("Check with KakaoPay now"), this)),
      m_release(new QPushButton(tr("Manager: the customer was not charged…"), this)),
      m_back(new QPushButton(tr("Back to the order (Enter)"), this))
{
    setObjectName(QStringLiteral("outcomePanel"));
    m_title->setObjectName(QStringLiteral("outcomeTitle"));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_detail->setObjectName(QStringLiteral("outcomeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.4);
    m_detail->setFont(detailFont);
    m_check->setObjectName(QStringLiteral("outcomeCheckButton"));
    m_release->setObjectName(QStringLiteral("outcomeReleaseButton"));
    m_back->setObjectName(QStringLiteral("outcomeBackButton"));
    setFocusPolicy(Qt::StrongFocus);
    for (QPushButton *b : {m_check, m_release, m_back}) {
        b->setMinimumHeight(56);
        b->setStyleSheet(QStringLiteral("QPushButton { padding: 8px 24px; }"));
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        b->setFont(f);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_release);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(24);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_check, &QPushButton::clicked, this, &OutcomePanel::checkNowRequested);
    connect(m_release, &QPushButton::clicked, this,
            [this] { emit releaseRequested(m_partnerOrderId); });
    connect(m_back, &QPushButton::clicked, this, &OutcomePanel::dismissed);
}

void OutcomePanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        event->accept();
        emit dismissed();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

QString OutcomePanel::title() const
{
    return m_title->text();
}

QString OutcomePanel::detail() const
{
    return m_detail->text();
}

void OutcomePanel::show(const QString &style, const QString &title, const QString &detail)
{
    setStyleSheet(QStringLiteral("#outcomePanel { %1 } #outcomePanel QLabel { background: "
                                 "transparent; }")
                      .arg(style));
    m_title->setText(title);
    m_detail->setText(detail);
    m_check->setVisible(isInDoubt());
    m_release->setVisible(isInDoubt());
}

void OutcomePanel::updateReason(const PaymentRecord &record, const QString &reason)
{
    if (record.partnerOrderId != m_partnerOrderId)
        return;
    if (m_blocked)
        showBasketBlocked(record, reason);
    else
        showInDoubt(record, reason);
}

void OutcomePanel::showInDoubt(const PaymentRecord &record, const QString &reason)
{
    m_partnerOrderId = record.partnerOrderId;
    m_blocked = false;
    QString detail = tr("Do not take this payment again: KakaoPay may have taken %1 from the "
                        "customer. PayDesk keeps asking KakaoPay and shows the answer here.")
                         .arg(amountAndOrder(record));
    if (!reason.isEmpty())
        detail += QStringLiteral("\n\n") + reason;
    show(QStringLiteral("background: #fff3e0; border: 4px solid #ef6c00;"),
         tr("KakaoPay has not answered yet"), detail);
}

void OutcomePanel::showBasketBlocked(const PaymentRecord &record, const QString &reason)
{
    m_partnerOrderId = record.partnerOrderId;
    m_blocked = true;
    QString detail = tr("KakaoPay has not answered yet for the same order (%1): the customer "
                        "may already have paid. Do not take the payment again until KakaoPay "
                        "answers, or a manager confirms that the customer was not charged.")
                         .arg(amountAndOrder(record));
    if (!reason.isEmpty())
        detail += QStringLiteral("\n\n") + reason;
    show(QStringLiteral("background: #fff3e0; border: 4px solid #ef6c00;"),
         tr("This order may already be paid"), detail);
}

void OutcomePanel::showNotPaid(const QString &title, const QString &message)
{
    m_partnerOrderId.clear();
    m_blocked = false;
    show(QStringLiteral("background: #ffebee; border: 4px solid #c62828;"), title,
         message + QStringLiteral("\n\n") +
             tr("No money was taken. The order is unchanged; you can press Pay again."));
}

void OutcomePanel::showSettledNotPaid(const PaymentRecord &record, const QString &text)
{
    m_partnerOrderId.clear();
    m_blocked = false;
    show(QStringLiteral("background: #ffebee; border: 4px solid #c62828;"),
         tr("KakaoPay answered: not paid"),
         tr("%1: %2.").arg(amountAndOrder(record), text) + QStringLiteral("\n\n") +
             tr("No money was taken. You can take the payment again."));
}
