#include "ResponseDecoder.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace KakaoPay {

namespace {

template <typename Response> Error decodeBody(const QByteArray &body, Response *out)
{
    QJsonObject object;
    const Error e = ResponseDecoder::parseObject(body, &object);
    if (e.isError())
        return e;
    return ResponseDecoder::decode(object, out);
}

// The fields approve, cancel and order answers share, with the same wire names.
template <typename Response> void decodePaymentFields(JsonFields &f, Response &r)
{
    r.tid = f.string("tid");
    r.cid = f.string("cid");
    r.partnerOrderId = f.string("partner_order_id");
    r.partnerUserId = f.string("partner_user_id");
    r.paymentMethodType = f.string("payment_method_type");
    r.amount = f.amount("amount");
    r.itemName = f.string("item_name");
    r.itemCode = f.string("item_code");
    r.quantity = f.integer("quantity");
    r.createdAt = f.dateTime("created_at");
    r.approvedAt = f.dateTime("approved_at");
}

CardInfo cardInfoFrom(const QJsonObject &o, JsonFields *parent)
{
    JsonFields f(o, QStringLiteral("card_info"));
    CardInfo c;
    c.kakaopayPurchaseCorp = f.string("kakaopay_purchase_corp");
    c.kakaopayPurchaseCorpCode = f.string("kakaopay_purchase_corp_code");
    c.kakaopayIssuerCorp = f.string("kakaopay_issuer_corp");
    c.kakaopayIssuerCorpCode = f.string("kakaopay_issuer_corp_code");
    c.purchaseCorp = f.string("purchase_corp");
    c.purchaseCorpCode = f.string("purchase_corp_code");
    c.issuerCorp = f.string("issuer_corp");
    c.issuerCorpCode = f.string("issuer_corp_code");
    c.bin = f.string("bin");
    c.cardType = f.string("card_type");
    c.installMonth = f.string("install_month"); // "00"; a number 0 would read as "0"
    c.approvedId = f.string("approved_id");
    c.cardMid = f.string("card_mid");
    c.interestFreeInstall = f.string("interest_free_install");
    c.installmentType = f.string("installment_type");
    c.cardItemCode = f.string("card_item_code");
    if (!f.ok())
        parent->fail(f.error().kind(), f.error().serverMessage());
    return c;
}

SelectedCardInfo selectedCardFrom(const QJsonObject &o, JsonFields *parent)
{
    JsonFields f(o, QStringLiteral("selected_card_info"));
    SelectedCardInfo c;
    c.cardBin = f.string("card_bin");
    c.installMonth = int(f.integer("install_month"));
    c.installmentType = f.string("installment_type");
    c.cardCorpName = f.string("card_corp_name");
    c.interestFreeInstall = f.string("interest_free_install");
    if (!f.ok())
        parent->fail(f.error().kind(), f.error().serverMessage());
    return c;
}

PaymentActionDetail actionFrom(const QJsonValue &value, int index, JsonFields *parent)
{
    const QString where = QStringLiteral("payment_action_details[%1]").arg(index);
    PaymentActionDetail d;
    if (!value.isObject()) {
        parent->fail(Error::Kind::Malformed, where + QStringLiteral(" is not an object"));
        return d;
    }
    JsonFields f(value.toObject(), where);
    d.aid = f.string("aid");
    d.approvedAt = f.dateTime("approved_at");
    d.amount = f.won("amount");
    d.pointAmount = f.won("point_amount");
    d.discountAmount = f.won("discount_amount");
    d.greenDeposit = f.won("green_deposit");
    d.paymentActionType = f.string("payment_action_type");
    d.paymentMethodType = f.string("payment_method_type");
    d.payload = f.string("payload");
    if (!f.ok())
        parent->fail(f.error().kind(), f.error().serverMessage());
    return d;
}

} // namespace

Error ResponseDecoder::parseObject(const QByteArray &body, QJsonObject *out)
{
    if (body.trimmed().isEmpty())
        return Error(Error::Kind::Malformed, QStringLiteral("empty body"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Kind::Malformed,
                     QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return Error(Error::Kind::Malformed, QStringLiteral("not a JSON object"));
    *out = doc.object();
    return {};
}

Error ResponseDecoder::decode(const QByteArray &body, ReadyResponse *out)
{
    return decodeBody(body, out);
}
Error ResponseDecoder::decode(const QByteArray &body, ApproveResponse *out)
{
    return decodeBody(body, out);
}
Error ResponseDecoder::decode(const QByteArray &body, CancelResponse *out)
{
    return decodeBody(body, out);
}
Error ResponseDecoder::decode(const QByteArray &body, OrderResponse *out)
{
    return decodeBody(body, out);
}

Error ResponseDecoder::decode(const QJsonObject &object, ReadyResponse *out)
{
    JsonFields f(object);
    f.require("tid");
    ReadyResponse r;
    r.tid = f.string("tid");
    r.nextRedirectAppUrl = f.string("next_redirect_app_url");
    r.nextRedirectMobileUrl = f.string("next_redirect_mobile_url");
    r.nextRedirectPcUrl = f.string("next_redirect_pc_url");
    r.androidAppScheme = f.string("android_app_scheme");
    r.iosAppScheme = f.string("ios_app_scheme");
    r.createdAt = f.dateTime("created_at");
    if (f.ok())
        *out = r;
    return f.error();
}

Error ResponseDecoder::decode(const QJsonObject &object, ApproveResponse *out)
{
    JsonFields f(object);
    f.require("aid");
    f.require("tid");
    ApproveResponse r;
    decodePaymentFields(f, r);
    r.aid = f.string("aid");
    r.sid = f.string("sid");
    QJsonObject card;
    if (f.object("card_info", &card))
        r.cardInfo = cardInfoFrom(card, &f);
    r.payload = f.string("payload");
    if (f.ok())
        *out = r;
    return f.error();
}

Error ResponseDecoder::decode(const QJsonObject &object, CancelResponse *out)
{
    JsonFields f(object);
    f.require("aid");
    f.require("tid");
    f.require("status");
    CancelResponse r;
    decodePaymentFields(f, r);
    r.aid = f.string("aid");
    r.status = f.string("status");
    r.approvedCancelAmount = f.optionalAmount("approved_cancel_amount");
    r.canceledAmount = f.optionalAmount("canceled_amount");
    r.cancelAvailableAmount = f.optionalAmount("cancel_available_amount");
    r.canceledAt = f.dateTime("canceled_at");
    r.payload = f.string("payload");
    if (f.ok())
        *out = r;
    return f.error();
}

Error ResponseDecoder::decode(const QJsonObject &object, OrderResponse *out)
{
    JsonFields f(object);
    f.require("tid");
    f.require("status");
    OrderResponse r;
    decodePaymentFields(f, r);
    r.status = f.string("status");
    r.canceledAmount = f.optionalAmount("canceled_amount");
    r.cancelAvailableAmount = f.optionalAmount("cancel_available_amount");
    r.canceledAt = f.dateTime("canceled_at");
    QJsonObject card;
    if (f.object("selected_card_info", &card))
        r.selectedCardInfo = selectedCardFrom(card, &f);
    const QJsonArray actions = f.array("payment_action_details");
    for (int i = 0; i < actions.size(); ++i)
        r.paymentActionDetails.append(actionFrom(actions.at(i), i, &f));
    if (f.ok())
        *out = r;
    return f.error();
}

} // namespace KakaoPay
