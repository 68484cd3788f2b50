#pragma once

#include "core/Won.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Typed requests and responses of KakaoPay's single payment, field by field as in
// shared/kakaopay-api.md. Field names follow the wire names in camelCase. Optional request
// fields are "unset" when empty (strings), negative (integers) or std::nullopt.

#include <optional>

namespace KakaoPay {

enum class ApiGeneration
{
    Current,
    Legacy
};

// §8 Amount object.
struct Amount
{
    Won total;
    Won taxFree;
    Won vat;
    Won point;
    Won discount;
    Won greenDeposit;
};

struct ReadyRequest
{
    QString partnerOrderId;
    QString partnerUserId;
    QString itemName;
    QString itemCode; // optional
    qint64 quantity = 0;
    Won totalAmount;
    Won taxFreeAmount;
    std::optional<Won> vatAmount;    // omitted: KakaoPay computes it
    std::optional<Won> greenDeposit; // current API only
    QString approvalUrl;
    QString cancelUrl;
    QString failUrl;
    QStringList availableCards;        // optional
    QString paymentMethodType;         // optional: CARD or MONEY
    std::optional<int> installMonth;   // optional 0..12
    QString useShareInstallment;       // optional Y/N
    QMap<QString, QString> customJson; // optional
    QString redirectSchemeUrl;         // optional, current API
};

struct ReadyResponse
{
    QString tid;
    QString nextRedirectAppUrl;
    QString nextRedirectMobileUrl;
    QString nextRedirectPcUrl;
    QString androidAppScheme;
    QString iosAppScheme;
    QDateTime createdAt;
};

struct ApproveRequest
{
    QString tid;
    QString partnerOrderId;
    QString partnerUserId;
    QString pgToken;
    QString payload;                // optional, ≤200
    std::optional<Won> totalAmount; // optional amount binding
};

struct CardInfo
{
    QString kakaopayPurchaseCorp;
    QString kakaopayPurchaseCorpCode;
    QString kakaopayIssuerCorp;
    QString kakaopayIssuerCorpCode;
    QString purchaseCorp;
    QString purchaseCorpCode;
    QString issuerCorp;
    QString issuerCorpCode;
    QString bin;
    QString cardType;
    QString installMonth; // a String on the wire here ("00")
    QString approvedId;
    QString cardMid;
    QString interestFreeInstall;
    QString installmentType;
    QString cardItemCode;
};

struct ApproveResponse
{
    QString aid;
    QString tid;
    QString cid;
    QString sid;
    QString partnerOrderId;
    QString partnerUserId;
    QString paymentMethodType;
    Amount amount;
    std::optional<CardInfo> cardInfo;
    QString itemName;
    QString itemCode;
    qint64 quantity = 0;
    QDateTime createdAt;
    QDateTime approvedAt;
    QString payload;
};

struct CancelRequest
{
    QString tid;
    Won cancelAmount;
    Won cancelTaxFreeAmount;
    std::optional<Won> cancelVatAmount;
    std::optional<Won> cancelAvailableAmount; // guard against double cancels
    QString payload;
};

struct CancelResponse
{
    QString aid;
    QString tid;
    QString cid;
    QString status;
    QString partnerOrderId;
    QString partnerUserId;
    QString paymentMethodType;
    Amount amount;
    // Absent in older documented samples: never read as zero (an absent amount is not ₩0).
    std::optional<Amount> approvedCancelAmount;  // cancelled by this request
    std::optional<Amount> canceledAmount;        // cancelled in all
    std::optional<Amount> cancelAvailableAmount; // what remains
    QString itemName;
    QString itemCode;
    qint64 quantity = 0;
    QDateTime createdAt;
    QDateTime approvedAt;
    QDateTime canceledAt;
    QString payload;
};

struct SelectedCardInfo
{
    QString cardBin;
    int installMonth = 0; // an Integer on the wire here
    QString installmentType;
    QString cardCorpName;
    QString interestFreeInstall;
};

struct PaymentActionDetail
{
    QString aid;
    QDateTime approvedAt;
    Won amount;
    Won pointAmount;
    Won discountAmount;
    Won greenDeposit;
    QString paymentActionType; // PAYMENT, CANCEL, ISSUED_SID
    QString paymentMethodType;
    QString payload;
};

struct OrderResponse
{
    QString tid;
    QString cid;
    QString status;
    QString partnerOrderId;
    QString partnerUserId;
    QString paymentMethodType;
    Amount amount;
    // Real answers sometimes leave keys out (§7): absent is unknown, not ₩0.
    std::optional<Amount> canceledAmount;
    std::optional<Amount> cancelAvailableAmount;
    QString itemName;
    QString itemCode;
    qint64 quantity = 0;
    QDateTime createdAt;
    QDateTime approvedAt;
    QDateTime canceledAt;
    std::optional<SelectedCardInfo> selectedCardInfo;
    QList<PaymentActionDetail> paymentActionDetails;
};

} // namespace KakaoPay
