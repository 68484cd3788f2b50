#pragma once

#include "KakaoPayError.h"

#include <QByteArray>
#include <QJsonObject>

namespace KakaoPay {

// Reads KakaoPay's error answers in both shapes:
//   legacy  {"code": -780, "msg": "…", "extras": {"method_result_code", "method_result_message"}}
//   current {"error_code": -780, "error_message": "…", "extras": {…}}
// A non-2xx answer without such a body is Kind::Http; a 2xx answer is only an error when it
// carries such a body (then the caller does not decode it as a response).
class ErrorParser
{
public:
    // Error::Kind::None when the answer is a 2xx without an error body.
    static Error parse(int httpStatus, const QByteArray &body);
    // True and *out set when the object is a KakaoPay error body.
    static bool fromObject(const QJsonObject &object, int httpStatus, bool strict, Error *out);
};

} // namespace KakaoPay
