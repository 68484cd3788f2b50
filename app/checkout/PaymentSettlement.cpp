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

Verdict verdictOf(const QString &status)
{
    if (status == u"SUCCESS_PAYMENT")
        return Verdict::Approved;
    if (status == u"PART_CANCEL_PAYMENT")
        return Verdict::PartRefunded;
    if (status == u"CANCEL_PAYMENT")
        return Verdict::Refunded;
    if (status == u"QUIT_PAYMENT")
        return Verdict::BuyerCancelled;
    if (status == u"FAIL_AUTH_PASSWORD" || status == u"FAIL_PAYMENT")
        return Verdict::Failed;
    if (status == u"AUTH_PASSWORD")
        return Verdict::AwaitingApprove;
    if (KakaoPay::isPendingStatus(status))
        return Verdict::Pending;
    return Verdict::Unknown;
}

Verdict applyOrder(PaymentRecord *record, const KakaoPay::OrderResponse &response)
{
    const Verdict verdict = verdictOf(response.status);
    switch (verdict) {
    case Verdict::Approved:
    case Verdict::PartRefunded:
    case Verdict::Refunded: {
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
        record->refundedTotal = response.canceledAmount.total;
        record->refundedTaxFree = response.canceledAmount.taxFree;
        record->refundedVat = response.canceledAmount.vat;
        record->state = verdict == Verdict::Approved       ? PaymentState::Approved
                        : verdict == Verdict::PartRefunded ? PaymentState::PartRefunded
                                                           : PaymentState::Refunded;
        break;
    }
    case Verdict::BuyerCancelled:
        record->state = PaymentState::BuyerCancelled;
        break;
    case Verdict::Failed:
        record->state = PaymentState::Failed;
        break;
    default:
        break; // not final: the caller decides
    }
    return verdict;
}

} // namespace PaymentSettlement
