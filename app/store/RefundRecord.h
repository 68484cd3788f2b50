#pragma once

#include "core/CancelSplit.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One sold line given back by a refund by lines (table refund_lines).
struct RefundedLine
{
    int position = -1; // the line's index in the payment (payment_lines.position)
    QString code;      // the line's product code, checked against the payment's line
    qint64 quantity = 0;
    Won amount; // unit price × quantity
    bool taxFree = false;

    bool operator==(const RefundedLine &o) const
    {
        return position == o.position && code == o.code && quantity == o.quantity &&
               amount == o.amount && taxFree == o.taxFree;
    }
};

// One refund of a payment. It is written as Pending before the cancel call is sent, so that a
// crash between the call and its answer leaves a trace that recovery can settle.
struct RefundRecord
{
    enum class State
    {
        Pending,
        Done,
        Failed
    };

    qint64 id = 0;
    QString partnerOrderId;
    AmountSplit amount; // requested; replaced by what KakaoPay approved on completion
    QString aid;        // of the cancel, once done
    QDateTime requestedAt;
    QDateTime completedAt; // done or failed
    State state = State::Pending;
    QString manager; // who authorised it
    QString reason;
    int kakaopayCode = 0; // of the failure
    QString errorMessage;
    QList<RefundedLine> lines; // a refund by lines: what it gave back; empty otherwise
    // How many cancels may have left for it: counted before each one is sent. 0 on a pending
    // refund is PayDesk's proof that KakaoPay never heard of it.
    int cancelSends = 0;
};
