#include "ErrorParser.h"

#include "JsonFields.h"

#include <QJsonDocument>

#include <limits>

namespace KakaoPay {

namespace {

bool isSuccess(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger(qint64(v.toDouble())));
    return {};
}

} // namespace

bool ErrorParser::fromObject(const QJsonObject &object, int httpStatus, bool strict, Error *out)
{
    const bool current = object.contains(QLatin1String("error_code"));
    const QJsonValue codeValue =
        object.value(current ? QLatin1String("error_code") : QLatin1String("code"));
    const QJsonValue messageValue =
        object.value(current ? QLatin1String("error_message") : QLatin1String("msg"));
    if (codeValue.isUndefined() || codeValue.isNull())
        return false;
    // In a success answer a lone "code" could be an ordinary field: insist on the pair.
    if (strict && !current && messageValue.isUndefined())
        return false;

    qint64 code = 0;
    QString message = textOf(messageValue);
    if (integerFromJson(codeValue, &code) &&
        (code < std::numeric_limits<int>::min() || code > std::numeric_limits<int>::max())) {
        // 4294966516 is not -780: a code that does not fit is an answer we cannot read.
        *out = Error(Error::Kind::Malformed,
                     QStringLiteral("error code out of range: %1").arg(code), httpStatus);
        return true;
    }
    if (!integerFromJson(codeValue, &code)) {
        // Top-level string codes are not published but not ruled out either (§10.1).
        const QString codeText = textOf(codeValue);
        if (codeText.isEmpty())
            return false;
        message = message.isEmpty() ? codeText : codeText + QStringLiteral(": ") + message;
    }
    QString methodCode;
    QString methodMessage;
    const QJsonValue extras = object.value(QLatin1String("extras"));
    if (extras.isObject()) {
        const QJsonObject e = extras.toObject();
        methodCode = textOf(e.value(QLatin1String("method_result_code")));
        methodMessage = textOf(e.value(QLatin1String("method_result_message")));
    }
    *out = Error::kakaoPay(httpStatus, int(code), message, methodCode, methodMessage);
    return true;
}

Error ErrorParser::parse(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
    Error error;
    if (isObject && fromObject(doc.object(), httpStatus, isSuccess(httpStatus), &error))
        return error;
    if (isSuccess(httpStatus))
        return {};
    QString detail;
    if (body.trimmed().isEmpty())
        detail = QStringLiteral("no body");
    else if (isObject)
        detail = QStringLiteral("JSON body without a KakaoPay error");
    else
        detail = QStringLiteral("body is not JSON (%1 bytes)").arg(body.size());
    return Error(Error::Kind::Http, detail, httpStatus);
}

} // namespace KakaoPay
