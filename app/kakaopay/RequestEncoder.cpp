#include "RequestEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace KakaoPay {

namespace {

void addString(RequestFields *fields, const char *name, const QString &value)
{
    fields->append({QString::fromLatin1(name), QJsonValue(value)});
}

void addOptionalString(RequestFields *fields, const char *name, const QString &value)
{
    if (!value.isEmpty())
        addString(fields, name, value);
}

void addInteger(RequestFields *fields, const char *name, qint64 value)
{
    fields->append({QString::fromLatin1(name), QJsonValue(value)});
}

void addWon(RequestFields *fields, const char *name, Won value)
{
    addInteger(fields, name, value.value());
}

void addOptionalWon(RequestFields *fields, const char *name, const std::optional<Won> &value)
{
    if (value)
        addWon(fields, name, *value);
}

QByteArray formValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Double:
        return QByteArray::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    default:
        return {};
    }
}

} // namespace

RequestEncoder::RequestEncoder(QString cid, QString cidSecret)
    : m_cid(std::move(cid)), m_cidSecret(std::move(cidSecret))
{}

void RequestEncoder::addMerchant(RequestFields *fields) const
{
    addString(fields, "cid", m_cid);
    addOptionalString(fields, "cid_secret", m_cidSecret);
}

RequestFields RequestEncoder::ready(const ReadyRequest &r) const
{
    RequestFields f;
    addMerchant(&f);
    addString(&f, "partner_order_id", r.partnerOrderId);
    addString(&f, "partner_user_id", r.partnerUserId);
    addString(&f, "item_name", r.itemName);
    addOptionalString(&f, "item_code", r.itemCode);
    addInteger(&f, "quantity", r.quantity);
    addWon(&f, "total_amount", r.totalAmount);
    addWon(&f, "tax_free_amount", r.taxFreeAmount);
    addOptionalWon(&f, "vat_amount", r.vatAmount);
    addOptionalWon(&f, "green_deposit", r.greenDeposit);
    addString(&f, "approval_url", r.approvalUrl);
    addString(&f, "cancel_url", r.cancelUrl);
    addString(&f, "fail_url", r.failUrl);
    if (!r.availableCards.isEmpty())
        f.append({QStringLiteral("available_cards"),
                  QJsonValue(QJsonArray::fromStringList(r.availableCards))});
    addOptionalString(&f, "payment_method_type", r.paymentMethodType);
    if (r.installMonth)
        addInteger(&f, "install_month", *r.installMonth);
    addOptionalString(&f, "use_share_installment", r.useShareInstallment);
    if (!r.customJson.isEmpty()) {
        QJsonObject custom;
        for (auto it = r.customJson.cbegin(); it != r.customJson.cend(); ++it)
            custom.insert(it.key(), it.value());
        f.append({QStringLiteral("custom_json"), QJsonValue(custom)});
    }
    addOptionalString(&f, "redirect_scheme_url", r.redirectSchemeUrl);
    return f;
}

RequestFields RequestEncoder::approve(const ApproveRequest &r) const
{
    RequestFields f;
    addMerchant(&f);
    addString(&f, "tid", r.tid);
    addString(&f, "partner_order_id", r.partnerOrderId);
    addString(&f, "partner_user_id", r.partnerUserId);
    addString(&f, "pg_token", r.pgToken);
    addOptionalString(&f, "payload", r.payload);
    addOptionalWon(&f, "total_amount", r.totalAmount);
    return f;
}

RequestFields RequestEncoder::cancel(const CancelRequest &r) const
{
    RequestFields f;
    addMerchant(&f);
    addString(&f, "tid", r.tid);
    addWon(&f, "cancel_amount", r.cancelAmount);
    addWon(&f, "cancel_tax_free_amount", r.cancelTaxFreeAmount);
    addOptionalWon(&f, "cancel_vat_amount", r.cancelVatAmount);
    addOptionalWon(&f, "cancel_available_amount", r.cancelAvailableAmount);
    addOptionalString(&f, "payload", r.payload);
    return f;
}

RequestFields RequestEncoder::order(const QString &tid) const
{
    RequestFields f;
    addMerchant(&f);
    addString(&f, "tid", tid);
    return f;
}

QByteArray RequestEncoder::json(const RequestFields &fields)
{
    QJsonObject object;
    for (const auto &field : fields)
        object.insert(field.first, field.second);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray RequestEncoder::form(const RequestFields &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        // Everything but unreserved characters is escaped, so '&', '=', '+', spaces and Korean
        // text survive any form decoder.
        out += QUrl::toPercentEncoding(field.first);
        out += '=';
        out += QUrl::toPercentEncoding(QString::fromUtf8(formValue(field.second)));
    }
    return out;
}

QByteArray RequestEncoder::body(const RequestFields &fields, ApiGeneration generation)
{
    return generation == ApiGeneration::Current ? json(fields) : form(fields);
}

QByteArray RequestEncoder::contentType(ApiGeneration generation)
{
    return generation == ApiGeneration::Current
               ? QByteArrayLiteral("application/json")
               : QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8");
}

QString RequestEncoder::endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Ready:
        return QStringLiteral("ready");
    case Endpoint::Approve:
        return QStringLiteral("approve");
    case Endpoint::Cancel:
        return QStringLiteral("cancel");
    case Endpoint::Order:
        return QStringLiteral("order");
    }
    return {};
}

QString RequestEncoder::path(Endpoint endpoint, ApiGeneration generation)
{
    const QString prefix = generation == ApiGeneration::Current
                               ? QStringLiteral("/online/v1/payment/")
                               : QStringLiteral("/v1/payment/");
    return prefix + endpointName(endpoint);
}

QByteArray RequestEncoder::authorization(ApiGeneration generation, const QString &key)
{
    const QByteArray scheme = generation == ApiGeneration::Current
                                  ? QByteArrayLiteral("SECRET_KEY ")
                                  : QByteArrayLiteral("KakaoAK ");
    return scheme + key.toUtf8();
}

} // namespace KakaoPay
