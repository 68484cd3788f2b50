#pragma once

#include "KakaoPayTypes.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace KakaoPay {

enum class Endpoint
{
    Ready,
    Approve,
    Cancel,
    Order
};

// The fields of one request in the reference's order, each with its JSON type (strings,
// integers as JSON numbers, available_cards as an array, custom_json as an object). Optional
// fields that are unset are simply absent. The same list becomes a JSON body (current API) or a
// form body (legacy), so both generations send the same fields by construction.
using RequestFields = QList<QPair<QString, QJsonValue>>;

// Turns typed requests into wire bytes. Pure: no network, no key storage.
class RequestEncoder
{
public:
    RequestEncoder(QString cid, QString cidSecret);

    RequestFields ready(const ReadyRequest &request) const;
    RequestFields approve(const ApproveRequest &request) const;
    RequestFields cancel(const CancelRequest &request) const;
    RequestFields order(const QString &tid) const;

    // {"name":value,…} compact, UTF-8, numbers as JSON numbers.
    static QByteArray json(const RequestFields &fields);
    // name=value&… percent-encoded UTF-8; arrays and objects as their compact JSON text.
    static QByteArray form(const RequestFields &fields);
    static QByteArray body(const RequestFields &fields, ApiGeneration generation);

    static QByteArray contentType(ApiGeneration generation);
    static QString path(Endpoint endpoint, ApiGeneration generation);
    // "SECRET_KEY <key>" or "KakaoAK <key>": only ever put into the request header.
    static QByteArray authorization(ApiGeneration generation, const QString &key);
    static QString endpointName(Endpoint endpoint);

private:
    void addMerchant(RequestFields *fields) const;

    QString m_cid;
    QString m_cidSecret;
};

} // namespace KakaoPay
