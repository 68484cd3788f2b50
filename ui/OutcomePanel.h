#pragma once

#include "checkout/PaymentRecord.h"

#include <QFrame>

class QLabel;
class QPushButton;

// How a payment ended, large, where the payment page was, until the cashier moves on: in doubt
// (amber: KakaoPay may have the money, do not take it again), not paid (red: no money taken,
// Pay may be pressed again) or settled later by KakaoPay. The order is left as it was.
class OutcomePanel : public QFrame
{
    Q_OBJECT

public:
    explicit OutcomePanel(QWidget *parent = nullptr);

    // KakaoPay has not said whether it took the money for this payment.
    void showInDoubt(const PaymentRecord &record, const QString &reason);
    // A new payment for a basket that is still in doubt was refused.
    void showBasketBlocked(const PaymentRecord &record, const QString &reason = {});
    // KakaoPay still has not answered for the payment shown: the latest reason, same screen.
    void updateReason(const PaymentRecord &record, const QString &reason);
    // The payment ended and no money was taken.
    void showNotPaid(const QString &title, const QString &message);
    // A payment in doubt that KakaoPay has now settled without taking money.
    void showSettledNotPaid(const PaymentRecord &record, const QString &text);

    // The payment shown while in doubt (empty otherwise).
    QString partnerOrderId() const { return m_partnerOrderId; }
    bool isInDoubt() const { return !m_partnerOrderId.isEmpty(); }
    QString title() const;
    QString detail() const;

signals:
    void checkNowRequested();
    void releaseRequested(const QString &partnerOrderId);
    void dismissed();

protected:
    // Enter (or Esc) goes back to the order: the cashier's hands are on the keyboard.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void show(const QString &style, const QString &title, const QString &detail);

    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_check;
    QPushButton *m_release;
    QPushButton *m_back;
    QString m_partnerOrderId;
    bool m_blocked = false; // showing showBasketBlocked()
};
