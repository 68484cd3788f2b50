#pragma once

#include "CheckoutEnvironment.h"
#include "checkout/Order.h"

#include <QObject>
#include <QPointer>

class PaymentAttempt;
class PaymentView;

// One payment as the screen runs it: the PaymentAttempt (the logic) and its PaymentView (the
// web page), wired together. Ends with exactly one of approved(), ended() (no money taken, for
// certain) or inDoubt() (KakaoPay may have the money; the DoubtMonitor settles it); delete it
// (later) after any.
class PaymentSession : public QObject
{
    Q_OBJECT

public:
    PaymentSession(const CheckoutEnvironment &env, const OrderSnapshot &order,
                   QObject *parent = nullptr);
    ~PaymentSession() override;

    PaymentView *view() const { return m_view; }
    PaymentAttempt *attempt() const { return m_attempt; }
    void start();

signals:
    void approved(const PaymentRecord &record);
    void ended(const QString &message);
    void inDoubt(const PaymentRecord &record, const QString &message);
    void storageWarning(const QString &message);

private:
    void onStateChanged(PaymentState state);
    void onFinished();
    void onAbortRequested();

    PaymentAttempt *m_attempt = nullptr;
    QPointer<PaymentView> m_view;
    QString m_failMessage;
    bool m_approvedSeen = false;
    bool m_inDoubtSeen = false;
};
