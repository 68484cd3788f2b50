#include "TimeZones.h"

QTimeZone TimeZones::korea()
{
    static const QTimeZone zone = [] {
        const QTimeZone named(kKoreaId);
        return named.isValid() ? named : QTimeZone(9 * 3600);
    }();
    return zone;
}

QTimeZone TimeZones::byId(const QString &id)
{
    const QByteArray name = id.trimmed().toUtf8();
    if (name == kKoreaId)
        return korea();
    if (name.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(name))
        return QTimeZone();
    return QTimeZone(name);
}

QDateTime TimeZones::inZone(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return at;
    return at.toTimeZone(zone.isValid() ? zone : korea());
}

QDateTime TimeZones::startOfDay(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone.isValid() ? zone : korea());
}
