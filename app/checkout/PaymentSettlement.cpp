#include "PaymentSettlement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PaymentSettlement {

namespace {
void put(QJsonObject *o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o->insert(QLatin1String(key), value);
}

QString cardJsonOf(const KakaoPay::CardInfo &c)
{
    // Wire names, so the receipt reads it the same whether it came from approve or order.
    QJsonObject o;
    put(&o, "kakaopay_purchase_corp", c.kakaopayPurchaseCorp);
    put(&o, "kakaopay_purchase_corp_code", c.kakaopayPurchaseCorpCode);
    put(&o, "kakaopay_issuer_corp", c.kakaopayIssuerCorp);
    put(&o, "kakaopay_issuer_corp_code", c.kakaopayIssuerCorpCode);
    put(&o, "purchase_corp", c.purchaseCorp);
    put(&o, "purchase_corp_code", c.purchaseCorpCode);
    put(&o, "issuer_corp", c.issuerCorp);
    put(&o, "issuer_corp_code", c.issuerCorpCode);
    put(&o, "bin", c.bin);
    put(&o, "card_type", c.cardType);
    put(&o, "install_month", c.installMonth);
    put(&o, "approved_id", c.approvedId);
    put(&o, "card_mid", c.cardMid);
    put(&o, "interest_free_install", c.interestFreeInstall);
    put(&o, "installment_type", c.installmentType);
    put(&o, "card_item_code", c.cardItemCode);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString selectedCardJsonOf(const KakaoPay::SelectedCardInfo &c)
{
    QJsonObject o;
    put(&o, "bin", c.cardBin);
    put(&o, "card_corp_name", c.cardCorpName);
    o.insert(QLatin1String("install_month"),
             QStringLiteral("%1").arg(c.installMonth, 2, 10, QLatin1Char('0')));
    put(&o, "installment_type", c.installmentType);
    put(&o, "interest_free_install", c.interestFreeInstall);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

void applyApproval(PaymentRecord *record, const KakaoPay::ApproveResponse &response)
{
    record->aid = response.aid;
    record->approvedAt = response.approvedAt;
    record->paymentMethodType = response.paymentMethodType;
    record->cardJson = response.cardInfo ? cardJsonOf(*response.cardInfo) : QString();
    record->state = PaymentState::Approved;
}

bool applyFinalOrder(PaymentRecord *record, const KakaoPay::OrderResponse &response)
{
    using KakaoPay::PaymentStatus;
    const PaymentStatus status = KakaoPay::paymentStatusOf(response.status);
    switch (status) {
    case PaymentStatus::Paid:
    case PaymentStatus::PartRefunded:
    case PaymentStatus::Refunded: {
        for (const KakaoPay::PaymentActionDetail &action : response.paymentActionDetails) {
            if (action.paymentActionType == u"PAYMENT") {
                if (record->aid.isEmpty())
                    record->aid = action.aid;
                if (!record->approvedAt.isValid())
                    record->approvedAt = action.approvedAt;
                break;
            }
        }
        if (!record->approvedAt.isValid())
            record->approvedAt = response.approvedAt;
        if (record->paymentMethodType.isEmpty())
            record->paymentMethodType = response.paymentMethodType;
        if (record->cardJson.isEmpty() && response.selectedCardInfo)
            record->cardJson = selectedCardJsonOf(*response.selectedCardInfo);
        if (response.canceledAmount) { // absent: what the journal knows stands
            record->refundedTotal = response.canceledAmount->total;
            record->refundedTaxFree = response.canceledAmount->taxFree;
            record->refundedVat = response.canceledAmount->vat;
        }
        record->state = status == PaymentStatus::Paid           ? PaymentState::Approved
                        : status == PaymentStatus::PartRefunded ? PaymentState::PartRefunded
                                                                : PaymentState::Refunded;
        return true;
    }
    case PaymentStatus::BuyerQuit:
        record->state = PaymentState::BuyerCancelled;
        return true;
    case PaymentStatus::Failed:
        record->state = PaymentState::Failed;
        return true;
    case PaymentStatus::Confirmed:
    case PaymentStatus::Waiting:
    case PaymentStatus::Unknown:
        return false;
    }
    return false;
}

PaymentState stateWhenApproveRefused(KakaoPay::Meaning meaning)
{
    return meaning == KakaoPay::Meaning::Expired ? PaymentState::Expired : PaymentState::Failed;
}

} // namespace PaymentSettlement
