#pragma once

#include "ShopInfo.h"
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
    // `lines`: what a refund by lines gave back, listed on the slip; empty for other refunds.
    // Times in the shop's zone.
    static QString refundHtml(const PaymentRecord &payment, const RefundResult &refund,
                              const QList<RefundedLine> &lines = {},
                              const ShopInfo &shop = ShopInfo());
    // "아메리카노 × 1, 흰우유 1L × 1": the lines a refund gave back, named from the payment.
    static QString linesText(const PaymentRecord &payment, const QList<RefundedLine> &lines);
};
