#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// How values are stored: times as UTC milliseconds since the epoch (NULL when unset), optional
// texts as NULL when empty (so partial indexes skip them).
namespace SqlValues {
inline QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}
inline QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}
inline QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
// Qt binds a null QString as NULL: NOT NULL text columns get "" instead.
inline QVariant required(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
} // namespace SqlValues
