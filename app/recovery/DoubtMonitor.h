#pragma once

#include "checkout/PaymentRecord.h"
#include "checkout/PaymentSettler.h"
#include "refunds/RefundCall.h"
#include "refunds/RefundRequest.h"
#include "refunds/RefundService.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class Clock;
class Journal;
class QTimer;
namespace KakaoPay {
class Client;
}

// Keeps every payment and refund that KakaoPay has not settled in view while PayDesk runs, and
// settles each one as soon as KakaoPay's order says something final: payments through a
// PaymentSettler each, refunds by a look-up (RefundCall::check) each round. It never sends a
// cancel and never starts an approve; a payment's approve is re-sent at most once, by its
// settler's rule. Undecided ones are asked again with backoff.
//
// It is fed once at start with what the journal left unfinished (recoverJournal) and then by the
// checkout (a payment that ended in doubt) and refunds (a refund left in doubt). It is the one
// settler of the journal in this process: the journal's lock keeps any other process out.
class DoubtMonitor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        PaymentSettler::Options payments;
        RefundCall::Options refundCall;
        QList<int> refundBackoffMs = {1000, 2000, 4000, 8000, 15000, 30000, 60000};
    };

    struct OpenPayment
    {
        PaymentRecord record;
        QString reason; // why it is still open, one sentence
    };
    struct OpenRefund
    {
        RefundRecord refund;
        QString reason;
    };

    // What was settled since this monitor started (start-up closures included), oldest first.
    struct Settled
    {
        QString partnerOrderId;
        Won amount; // the payment's total, or the refund's amount
        bool refund = false;
        QString text; // what KakaoPay said and PayDesk recorded
    };

    DoubtMonitor(KakaoPay::Client *client, Journal *journal, Clock *clock, const Options &options,
                 QObject *parent = nullptr);
    ~DoubtMonitor() override;

    // The refund service of the same journal: a refund it is working on is not looked up here
    // meanwhile (a manager's re-send).
    void setRefundService(RefundService *service) { m_refundService = service; }

    // Start-up recovery, once, before any payment can start: payments the journal left
    // unfinished and refunds left pending. A payment that never sent approve (ready not
    // answered, the buyer not yet confirmed, or confirmed but approve not sent) cannot take any
    // money without PayDesk: it is closed at once, reported through paymentSettled. Everything
    // else is watched. Returns how many were taken in.
    int recoverJournal();
    // A payment that ended in doubt at the counter.
    void adoptPayment(const PaymentRecord &record);
    // A refund left in doubt (pending in the journal).
    void adoptRefund(qint64 refundId);

    // Asks KakaoPay about every open one now, instead of at the next backoff step.
    void checkNow();
    // A manager confirmed that the buyer of this payment in doubt was not charged: its basket may
    // be paid again. The payment stays watched until KakaoPay settles it. False when the payment
    // is not open here or the journal could not record it.
    bool release(const QString &partnerOrderId, const QString &manager);

    QList<OpenPayment> openPayments() const;
    QList<OpenRefund> openRefunds() const;
    bool isIdle() const { return m_payments.isEmpty() && m_refunds.isEmpty(); }
    const QList<Settled> &settledLog() const { return m_settled; }
    // The open payment (not released) whose basket is this one and that may still take money:
    // a new payment for this basket must not start while it is open.
    std::optional<PaymentRecord> blockingPayment(const QList<OrderLine> &basket) const;

signals:
    void paymentSettled(const PaymentRecord &record, const QString &text);
    void paymentOpen(const PaymentRecord &record, const QString &reason);
    void refundSettled(const RefundResult &result);
    void refundOpen(const RefundResult &result);
    // What is open changed (taken in, settled, released).
    void changed();

private:
    struct RefundWatch
    {
        RefundRecord refund;
        QString reason;
        QTimer *timer = nullptr;
        int round = 0;
        bool busy = false;
    };
    void watchPayment(const PaymentRecord &record);
    void closeWithoutApprove(PaymentRecord record);
    void closeUnsentRefund(const RefundRecord &refund);
    void watchRefund(const RefundRecord &refund, const QString &reason);
    void refundRound(qint64 refundId);
    void onRefundChecked(qint64 refundId, const RefundResult &result);
    void scheduleRefund(RefundWatch &watch);
    void log(const Settled &entry);

    KakaoPay::Client *m_client;
    Journal *m_journal;
    Clock *m_clock;
    Options m_options;
    QPointer<RefundService> m_refundService;
    QHash<QString, PaymentSettler *> m_payments; // by partner_order_id
    QHash<qint64, RefundWatch> m_refunds;        // by refund id
    QList<Settled> m_settled;
    bool m_recovered = false;
};
