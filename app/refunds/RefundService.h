#pragma once

#include "RefundAuthorization.h"
#include "RefundCall.h"
#include "RefundPlan.h"
#include "RefundRequest.h"
#include "checkout/PaymentRecord.h"
#include "kakaopay/KakaoPayError.h"
#include "kakaopay/KakaoPayTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

class Clock;
class Journal;
namespace KakaoPay {
class Client;
}

// Gives money back on an approved payment through KakaoPay's cancel, one refund at a time per
// payment. Everything that can be checked is checked before anything is sent (reason, the
// manager's authorisation for this refund, state, what remains, a refund already pending, for a
// refund by lines the units of each line that earlier refunds did not give back already);
// what remains is then read from KakaoPay's order (the truth), the split computed with
// CancelSplit, the refund written to the journal, and only then the cancel sent (RefundCall).
class RefundService : public QObject
{
    Q_OBJECT

public:
    RefundService(KakaoPay::Client *client, Journal *journal, Clock *clock = nullptr,
                  QObject *parent = nullptr);
    ~RefundService() override;

    void setCallOptions(const RefundCall::Options &options) { m_callOptions = options; }

    // Starts a refund. finished() always follows, asynchronously, also for a refusal. Returns
    // false when the request was refused at once (nothing was sent to KakaoPay).
    bool refund(const RefundRequest &request, const RefundAuthorization &authorization);
    // A manager sends a refund in doubt again (RefundCall::resend: only when order, asked twice
    // a client timeout apart, shows it was not carried out). The authorization must be for the
    // refund's payment. finished() follows as for refund().
    bool resend(qint64 refundId, const RefundAuthorization &authorization);
    bool isBusy(const QString &partnerOrderId) const;

signals:
    void finished(const RefundResult &result);

private:
    struct Pending
    {
        RefundRequest request;
        QString manager;
        PaymentRecord payment;
        AmountSplit localRemaining;
        RefundPlan::Refunded refundedLines; // by lines only: what earlier refunds gave back
    };
    bool refuse(const RefundRequest &request, const QString &actor, const QString &message);
    void onRefreshed(const Pending &pending,
                     const KakaoPay::Result<KakaoPay::OrderResponse> &result);
    QString checkPayment(const PaymentRecord &payment) const;

    KakaoPay::Client *m_client;
    Journal *m_journal;
    Clock *m_clock;
    RefundCall::Options m_callOptions;
    QSet<QString> m_active; // partner_order_ids with a refund under way
    QSet<quint64> m_usedAuthorizations;
};
