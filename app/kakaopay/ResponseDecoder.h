#pragma once

#include "KakaoPayError.h"
#include "KakaoPayTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace KakaoPay {

// Turns a 2xx answer body into the typed response. Lenient as §2 asks (see JsonFields); the
// fields without which the answer is useless are required:
// ready: tid · approve: aid, tid · cancel: aid, tid, status · order: tid, status.
class ResponseDecoder
{
public:
    static Error decode(const QByteArray &body, ReadyResponse *out);
    static Error decode(const QByteArray &body, ApproveResponse *out);
    static Error decode(const QByteArray &body, CancelResponse *out);
    static Error decode(const QByteArray &body, OrderResponse *out);

    static Error decode(const QJsonObject &object, ReadyResponse *out);
    static Error decode(const QJsonObject &object, ApproveResponse *out);
    static Error decode(const QJsonObject &object, CancelResponse *out);
    static Error decode(const QJsonObject &object, OrderResponse *out);

    // The body as a JSON object, or Malformed (empty, not JSON, not an object).
    static Error parseObject(const QByteArray &body, QJsonObject *out);
};

} // namespace KakaoPay
