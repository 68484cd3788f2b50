#pragma once

#include "KakaoPayError.h"
#include "KakaoPayTypes.h"

#include <QJsonObject>

#include <optional>

namespace KakaoPay {

// Lenient reads from one JSON object of a KakaoPay answer: numbers may come as JSON numbers or
// numeric strings, absent or null fields give the default, unknown fields are never looked at.
// A value that cannot be what the field is (an object where a number belongs, "12a" as an
// amount) makes the answer Malformed; the first problem wins and is kept in error().
class JsonFields
{
public:
    explicit JsonFields(QJsonObject object, QString where = {});

    bool has(const char *key) const;
    QString string(const char *key);
    qint64 integer(const char *key);
    Won won(const char *key) { return Won(integer(key)); }
    QDateTime dateTime(const char *key);
    Amount amount(const char *key);
    // An amount object that may be absent: nullopt when it is, or when it has no total.
    std::optional<Amount> optionalAmount(const char *key);
    // A nested object; false (and no error) when absent or null.
    bool object(const char *key, QJsonObject *out);
    QJsonArray array(const char *key);

    // Marks the answer MissingField when the key is absent, null or an empty string.
    void require(const char *key);

    void fail(Error::Kind kind, const QString &detail);
    const Error &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }

private:
    QString nameOf(const char *key) const;

    QJsonObject m_object;
    QString m_where;
    Error m_error;
};

// A KakaoPay time: "2025-03-14T15:30:12" is Korea time (Asia/Seoul); invalid when unreadable.
QDateTime timeFromKakaoPay(const QString &text);

// Accepts 12, 12.0, "12", " 12 "; false for anything else (12.5, "12a", objects, …).
bool integerFromJson(const QJsonValue &value, qint64 *out);

} // namespace KakaoPay
