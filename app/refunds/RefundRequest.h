#pragma once

#include "core/CancelSplit.h"
#include "core/Won.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// One sold line given back: the line's index in the payment and how many of its units.
struct RefundLine
{
    int index = -1;
    qint64 quantity = 0;
};

// What a manager asked to give back of one payment.
struct RefundRequest
{
    enum class Kind
    {
        Full,   // everything that remains
        Amount, // an amount; tax-free part in proportion to what remains
        Lines   // chosen lines; tax-free part known from the lines
    };

    QString partnerOrderId;
    Kind kind = Kind::Full;
    Won amount;              // Kind::Amount
    QList<RefundLine> lines; // Kind::Lines
    QString reason;          // required: goes to the journal and the audit log
};

// How one refund ended, for the dialog and the log.
struct RefundResult
{
    enum class Outcome
    {
        Done,    // KakaoPay refunded it (live or settled by order)
        Refused, // refused before anything was sent to KakaoPay
        Failed,  // KakaoPay refused it, or it was certainly not carried out
        InDoubt  // sent, outcome still unknown: left pending for recovery
    };

    Outcome outcome = Outcome::Refused;
    QString partnerOrderId;
    qint64 refundId = 0;
    AmountSplit amount; // requested, or what KakaoPay approved when done
    QString aid;        // of the cancel, when done
    QDateTime at;       // when KakaoPay carried it out
    Won remaining;      // what can still be refunded afterwards (when known)
    int kakaopayCode = 0;
    QString message; // one sentence for the manager (tr())

    bool ok() const { return outcome == Outcome::Done; }
};

Q_DECLARE_METATYPE(RefundResult)
