#include "SimPayment.h"

#include "core/TimeZones.h"

#include <QJsonArray>

namespace {

qint64 won(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

qint64 epochMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QDateTime fromEpochMs(qint64 ms)
{
    return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms);
}

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), simTimestamp(t));
}

} // namespace

QString simTimestamp(const QDateTime &t)
{
    // As KakaoPay writes it: Korea time, no offset, whatever zone this computer is in.
    return t.toTimeZone(TimeZones::korea()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

SimAmount SimAmount::operator+(const SimAmount &o) const
{
    return {total + o.total, taxFree + o.taxFree,   vat + o.vat,
            point + o.point, discount + o.discount, greenDeposit + o.greenDeposit};
}

SimAmount SimAmount::operator-(const SimAmount &o) const
{
    return {total - o.total, taxFree - o.taxFree,   vat - o.vat,
            point - o.point, discount - o.discount, greenDeposit - o.greenDeposit};
}

bool SimAmount::operator==(const SimAmount &o) const
{
    return total == o.total && taxFree == o.taxFree && vat == o.vat && point == o.point &&
           discount == o.discount && greenDeposit == o.greenDeposit;
}

QJsonObject SimAmount::toJson() const
{
    return {{QStringLiteral("total"), total.value()},
            {QStringLiteral("tax_free"), taxFree.value()},
            {QStringLiteral("vat"), vat.value()},
            {QStringLiteral("point"), point.value()},
            {QStringLiteral("discount"), discount.value()},
            {QStringLiteral("green_deposit"), greenDeposit.value()}};
}

SimAmount SimAmount::fromJson(const QJsonObject &o)
{
    return {Won(won(o, "total")), Won(won(o, "tax_free")), Won(won(o, "vat")),
            Won(won(o, "point")), Won(won(o, "discount")), Won(won(o, "green_deposit"))};
}

QJsonObject SimAction::toJson() const
{
    QJsonObject o{{QStringLiteral("aid"), aid},
                  {QStringLiteral("approved_at"), simTimestamp(at)},
                  {QStringLiteral("amount"), amount.total.value()},
                  {QStringLiteral("point_amount"), amount.point.value()},
                  {QStringLiteral("discount_amount"), amount.discount.value()},
                  {QStringLiteral("green_deposit"), amount.greenDeposit.value()},
                  {QStringLiteral("payment_action_type"), type},
                  {QStringLiteral("payment_method_type"), method}};
    if (!payload.isEmpty())
        o.insert(QStringLiteral("payload"), payload);
    return o;
}

SimAction SimAction::fromJson(const QJsonObject &o)
{
    SimAction a;
    a.aid = o.value(QStringLiteral("aid")).toString();
    a.type = o.value(QStringLiteral("type")).toString();
    a.at = fromEpochMs(o.value(QStringLiteral("at")).toInteger(-1));
    a.amount = SimAmount::fromJson(o.value(QStringLiteral("amount")).toObject());
    a.method = o.value(QStringLiteral("method")).toString();
    a.payload = o.value(QStringLiteral("payload")).toString();
    return a;
}

bool SimPayment::isPending() const
{
    return status == SimStatus::Ready || status == SimStatus::SendTms ||
           status == SimStatus::OpenPayment || status == SimStatus::SelectMethod ||
           status == SimStatus::AuthPassword;
}

bool SimPayment::isPaid() const
{
    return status == SimStatus::Success || status == SimStatus::PartCancel ||
           status == SimStatus::Cancel;
}

QJsonObject SimPayment::commonJson() const
{
    QJsonObject o{{QStringLiteral("tid"), tid},
                  {QStringLiteral("cid"), cid},
                  {QStringLiteral("partner_order_id"), partnerOrderId},
                  {QStringLiteral("partner_user_id"), partnerUserId},
                  {QStringLiteral("amount"), amount.toJson()},
                  {QStringLiteral("item_name"), itemName},
                  {QStringLiteral("quantity"), quantity}};
    if (!itemCode.isEmpty())
        o.insert(QStringLiteral("item_code"), itemCode);
    if (!method.isEmpty())
        o.insert(QStringLiteral("payment_method_type"), method);
    putTime(o, "created_at", createdAt);
    putTime(o, "approved_at", approvedAt);
    return o;
}

QJsonObject SimPayment::cardInfoJson() const
{
    const QString months = QStringLiteral("%1").arg(installMonth, 2, 10, QLatin1Char('0'));
    return {{QStringLiteral("kakaopay_purchase_corp"), QStringLiteral("비씨카드")},
            {QStringLiteral("kakaopay_purchase_corp_code"), QStringLiteral("104")},
            {QStringLiteral("kakaopay_issuer_corp"), QStringLiteral("수협은행")},
            {QStringLiteral("kakaopay_issuer_corp_code"), QStringLiteral("212")},
            {QStringLiteral("bin"), QStringLiteral("123456")},
            {QStringLiteral("card_type"), QStringLiteral("신용")},
            {QStringLiteral("install_month"), months},
            {QStringLiteral("approved_id"), approvedId},
            {QStringLiteral("card_mid"), QStringLiteral("123456789")},
            {QStringLiteral("interest_free_install"), QStringLiteral("N")},
            {QStringLiteral("installment_type"), QStringLiteral("CARD_INSTALLMENT")},
            {QStringLiteral("card_item_code"), QStringLiteral("SIMCARD01")}};
}

QJsonObject SimPayment::orderJson() const
{
    QJsonObject o = commonJson();
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("canceled_amount"), canceled.toJson());
    o.insert(QStringLiteral("cancel_available_amount"), cancelAvailable().toJson());
    putTime(o, "canceled_at", canceledAt);
    if (method == QLatin1String("CARD")) {
        o.insert(
            QStringLiteral("selected_card_info"),
            QJsonObject{{QStringLiteral("card_bin"), QStringLiteral("123456")},
                        {QStringLiteral("install_month"), installMonth},
                        {QStringLiteral("installment_type"), QStringLiteral("CARD_INSTALLMENT")},
                        {QStringLiteral("card_corp_name"), QStringLiteral("비씨카드")},
                        {QStringLiteral("interest_free_install"), QStringLiteral("N")}});
    }
    QJsonArray details;
    for (const SimAction &a : actions)
        details.append(a.toJson());
    o.insert(QStringLiteral("payment_action_details"), details);
    return o;
}

QJsonObject SimPayment::toStateJson() const
{
    QJsonArray acts;
    for (const SimAction &a : actions) {
        acts.append(QJsonObject{{QStringLiteral("aid"), a.aid},
                                {QStringLiteral("type"), a.type},
                                {QStringLiteral("at"), epochMs(a.at)},
                                {QStringLiteral("amount"), a.amount.toJson()},
                                {QStringLiteral("method"), a.method},
                                {QStringLiteral("payload"), a.payload}});
    }
    return {{QStringLiteral("tid"), tid},
            {QStringLiteral("cid"), cid},
            {QStringLiteral("partner_order_id"), partnerOrderId},
            {QStringLiteral("partner_user_id"), partnerUserId},
            {QStringLiteral("item_name"), itemName},
            {QStringLiteral("item_code"), itemCode},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("canceled"), canceled.toJson()},
            {QStringLiteral("approval_url"), approvalUrl},
            {QStringLiteral("cancel_url"), cancelUrl},
            {QStringLiteral("fail_url"), failUrl},
            {QStringLiteral("allowed_method"), allowedMethod},
            {QStringLiteral("install_month"), installMonth},
            {QStringLiteral("created_at"), epochMs(createdAt)},
            {QStringLiteral("expires_at"), epochMs(expiresAt)},
            {QStringLiteral("approved_at"), epochMs(approvedAt)},
            {QStringLiteral("canceled_at"), epochMs(canceledAt)},
            {QStringLiteral("status"), status},
            {QStringLiteral("pg_token"), pgToken},
            {QStringLiteral("method"), method},
            {QStringLiteral("approved_id"), approvedId},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("actions"), acts}};
}

SimPayment SimPayment::fromStateJson(const QJsonObject &o)
{
    auto str = [&o](const char *k) { return o.value(QLatin1String(k)).toString(); };
    auto time = [&o](const char *k) {
        return fromEpochMs(o.value(QLatin1String(k)).toInteger(-1));
    };
    SimPayment p;
    p.tid = str("tid");
    p.cid = str("cid");
    p.partnerOrderId = str("partner_order_id");
    p.partnerUserId = str("partner_user_id");
    p.itemName = str("item_name");
    p.itemCode = str("item_code");
    p.quantity = o.value(QStringLiteral("quantity")).toInteger();
    p.amount = SimAmount::fromJson(o.value(QStringLiteral("amount")).toObject());
    p.canceled = SimAmount::fromJson(o.value(QStringLiteral("canceled")).toObject());
    p.approvalUrl = str("approval_url");
    p.cancelUrl = str("cancel_url");
    p.failUrl = str("fail_url");
    p.allowedMethod = str("allowed_method");
    p.installMonth = o.value(QStringLiteral("install_month")).toInt();
    p.createdAt = time("created_at");
    p.expiresAt = time("expires_at");
    p.approvedAt = time("approved_at");
    p.canceledAt = time("canceled_at");
    p.status = str("status");
    p.pgToken = str("pg_token");
    p.method = str("method");
    p.approvedId = str("approved_id");
    p.payload = str("payload");
    const QJsonArray acts = o.value(QStringLiteral("actions")).toArray();
    for (const QJsonValue &v : acts)
        p.actions.append(SimAction::fromJson(v.toObject()));
    return p;
}
