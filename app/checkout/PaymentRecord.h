#pragma once

#include "core/Won.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One line of an order as it was sold: what the receipt and a refund by lines need.
struct OrderLine
{
    QString code; // barcode or product code
    QString name;
    Won unitPrice; // VAT included, as on the shelf
    qint64 quantity = 0;
    bool taxFree = false;

    Won lineTotal() const { return Won(unitPrice.value() * quantity); }
};

// The amounts of an order, split the way KakaoPay and the receipt need them.
struct OrderTotals
{
    Won total;                                            // everything, VAT included
    Won taxFree;                                          // part of total that carries no VAT
    Won vat;                                              // Won::vatOf(total, taxFree)
    Won taxable() const { return total - taxFree - vat; } // supply value of the taxable part
};

// Where one payment stands. The journal stores it; recovery looks up every payment that is not
// final with KakaoPay's order call.
enum class PaymentState
{
    Created,        // written before ready is sent; no tid yet
    AwaitingBuyer,  // ready answered: tid known, the buyer is on KakaoPay's page
    TokenReceived,  // the approval redirect arrived with a pg_token
    Approving,      // approve sent, answer not yet recorded
    InDoubt,        // approve sent, and KakaoPay has not said whether it went through: the
                    // money may have been taken. Settled by order, never by us.
    Approved,       // approve answered 200 (or order said SUCCESS_PAYMENT)
    PartRefunded,   // approved, then partly refunded
    Refunded,       // approved, then refunded in full
    BuyerCancelled, // the buyer quit on KakaoPay's page (cancel_url)
    Failed,         // fail_url, approve refused, or ready refused
    Expired,        // the tid's 15 minutes passed without approval
    Aborted         // the cashier stopped waiting
};

QString paymentStateName(PaymentState state); // stable English key for storage and logs
bool paymentStateFromName(const QString &name, PaymentState *out);
bool isFinalPaymentState(PaymentState state);

// Everything the journal keeps about one payment attempt. One attempt = one partner_order_id =
// at most one tid. A new attempt for the same basket gets a new partner_order_id.
struct PaymentRecord
{
    QString partnerOrderId; // unique, never reused, printed on the receipt
    QString partnerUserId;  // the counter's id (no personal data)
    bool training = false;  // made against the simulator: never mixed with real sales
    QList<OrderLine> lines;
    OrderTotals totals;
    QString itemName; // as sent to ready
    qint64 quantity = 0;

    PaymentState state = PaymentState::Created;
    QString tid;
    QString pgToken;
    QDateTime createdAt;
    QDateTime expiresAt; // createdAt of ready + the tid lifetime

    QString aid;
    QDateTime approvedAt;
    QString paymentMethodType; // CARD / MONEY
    QString cardJson;          // card_info as received, compact JSON (for the receipt)

    Won refundedTotal; // cumulative, kept in step with the refund records
    Won refundedTaxFree;
    Won refundedVat;

    int lastErrorCode = 0; // KakaoPay code of the last failure, for the log and the audit
    QString lastErrorMessage;

    // How many approves may have left the counter: counted (and journaled) before each one is
    // sent, taken back when it certainly never left. At most two: the first, and one re-send
    // when order shows it never landed.
    int approveSends = 0;
    // A manager confirmed the buyer was not charged for this payment in doubt: its basket may
    // be paid again. The payment itself stays in doubt until KakaoPay settles it.
    QString releasedBy;
};

// True for a payment that is not final and whose buyer confirmed (we hold the pg_token, approve
// may have been sent): the money may be taken. Its basket is not paid again until KakaoPay
// settles it or a manager releases it.
bool mayStillTakeMoney(const PaymentRecord &record);
// The same lines (code, unit price, quantity, tax status) in any order.
bool sameBasket(const QList<OrderLine> &a, const QList<OrderLine> &b);

// Durable storage for payment records, as seen by the checkout. The journal implements it; tests
// may give a failing one.
class PaymentRecorder
{
public:
    virtual ~PaymentRecorder() = default;
    // Inserts or updates the record (keyed by partnerOrderId) and appends an audit entry naming
    // the event ("ready-sent", "approved", …). Returns false when the write did not reach the
    // disk: the caller must not take a step it could not record.
    virtual bool record(const PaymentRecord &record, const QString &event) = 0;
};
