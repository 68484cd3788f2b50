#include "JsonFields.h"

#include "core/TimeZones.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace KakaoPay {

bool integerFromJson(const QJsonValue &value, qint64 *out)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // 2^53: beyond it a double no longer holds every integer, and no amount is that big.
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
            return false;
        *out = value.toInteger(qint64(d));
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            *out = v;
        return ok;
    }
    return false;
}

JsonFields::JsonFields(QJsonObject object, QString where)
    : m_object(std::move(object)), m_where(std::move(where))
{}

QString JsonFields::nameOf(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_where.isEmpty() ? name : m_where + u'.' + name;
}

void JsonFields::fail(Error::Kind kind, const QString &detail)
{
    if (ok())
        m_error = Error(kind, detail);
}

bool JsonFields::has(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString JsonFields::string(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isDouble()) { // a code like "104" sent as 104
        qint64 i = 0;
        return integerFromJson(v, &i) ? QString::number(i) : QString::number(v.toDouble());
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    fail(Error::Kind::Malformed, QStringLiteral("%1 is not a string").arg(nameOf(key)));
    return {};
}

qint64 JsonFields::integer(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return 0;
    qint64 out = 0;
    if (!integerFromJson(v, &out))
        fail(Error::Kind::Malformed, QStringLiteral("%1 is not an integer").arg(nameOf(key)));
    return out;
}

QDateTime timeFromKakaoPay(const QString &text)
{
    // "YYYY-MM-DDTHH:MM:SS" is Korea time (KakaoPay's answers carry no offset), whatever zone
    // this PC is set to; an offset or Z, should one come, is taken as written. Date and time are
    // read apart: read as one in the PC's zone, a Korean time in that zone's daylight-saving
    // gap would be moved or lost before it could be put into Korea time.
    static const QRegularExpression shape(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch m = shape.match(trimmed);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    if (m.captured(3).isEmpty())
        return QDateTime(date, time, TimeZones::korea());
    QString withOffset = trimmed;
    withOffset[10] = u'T';
    return QDateTime::fromString(withOffset, Qt::ISODate);
}

QDateTime JsonFields::dateTime(const char *key)
{
    // Unparsable stays invalid (a time is never a reason to refuse an answer).
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    return timeFromKakaoPay(text);
}

bool JsonFields::object(const char *key, QJsonObject *out)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isObject()) {
        fail(Error::Kind::Malformed, QStringLiteral("%1 is not an object").arg(nameOf(key)));
        return false;
    }
    *out = v.toObject();
    return true;
}

QJsonArray JsonFields::array(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(Error::Kind::Malformed, QStringLiteral("%1 is not an array").arg(nameOf(key)));
        return {};
    }
    return v.toArray();
}

Amount JsonFields::amount(const char *key)
{
    Amount a;
    QJsonObject o;
    if (!object(key, &o))
        return a;
    JsonFields f(o, nameOf(key));
    a.total = f.won("total");
    a.taxFree = f.won("tax_free");
    a.vat = f.won("vat");
    a.point = f.won("point");
    a.discount = f.won("discount");
    a.greenDeposit = f.won("green_deposit");
    if (!f.ok())
        fail(f.error().kind(), f.error().serverMessage());
    return a;
}

std::optional<Amount> JsonFields::optionalAmount(const char *key)
{
    QJsonObject o;
    if (!object(key, &o) || !o.contains(QLatin1String("total")) ||
        o.value(QLatin1String("total")).isNull())
        return std::nullopt;
    return amount(key);
}

void JsonFields::require(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        fail(Error::Kind::MissingField, nameOf(key));
}

} // namespace KakaoPay
