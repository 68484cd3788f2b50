#pragma once

#include "checkout/PaymentRecord.h"
#include "refunds/RefundRequest.h"
#include "store/RefundRecord.h"

#include <QCoreApplication>
#include <QList>

// The refund slip handed to the customer after a refund (the sale's own receipt is the UI's
// ReceiptDocument). HTML for QTextDocument.
class HistoryReceipt
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReceipt)

public:
    static QString refundHtml(const PaymentRecord &payment, const RefundResult &refund);
};
