#pragma once

#include "ShopInfo.h"
#include "checkout/PaymentRecord.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

// The customer's receipt for one approved KakaoPay payment, as HTML for a QTextDocument: shop,
// date, lines, taxable / tax-free / VAT / total, method and card, tid, aid, approval time, order
// id, a TRAINING mark for simulator payments and the PayDesk version.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    ReceiptDocument(const PaymentRecord &record, const ShopInfo &shop);

    QString html() const;
    // A new document (caller owns it) laid out for an 80 mm receipt or an A4 page.
    QTextDocument *createDocument() const;

    // "1234567890" → "123-45-67890"; anything else unchanged.
    static QString formatBusinessNumber(const QString &digits);
    // "CARD" with card_info → "Card · 신한카드 (credit)"; "MONEY" → "KakaoPay Money".
    static QString describeMethod(const PaymentRecord &record);

private:
    PaymentRecord m_record;
    ShopInfo m_shop;
};
