#pragma once

#include "core/CancelSplit.h"

#include <QDateTime>
#include <QString>

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
};
