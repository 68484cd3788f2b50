#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The two time zones PayDesk deals in. KakaoPay writes its times in Korea time without an
// offset, so they are read as Asia/Seoul whatever the PC's own zone is; what people read
// (receipts, exports and their day boundaries) is in the shop's zone, a setting that defaults to
// Asia/Seoul. Times are stored as instants (milliseconds since the epoch), never as local text.
class TimeZones
{
public:
    static constexpr const char *kKoreaId = "Asia/Seoul";

    // Asia/Seoul from the system's time zone database, or UTC+09:00 where it is missing (Korea
    // has kept that offset without daylight saving since 1988).
    static QTimeZone korea();

    // The zone of a setting's id (e.g. "Asia/Seoul", "America/New_York"); invalid when this
    // system does not know it. Asia/Seoul always resolves (korea()).
    static QTimeZone byId(const QString &id);
    static bool isKnown(const QString &id) { return byId(id).isValid(); }

    // `at` as a date and time on the wall clock of `zone` (Korea when zone is invalid).
    static QDateTime inZone(const QDateTime &at, const QTimeZone &zone);
    // The first instant of `day` in `zone`: day boundaries of exports and history.
    static QDateTime startOfDay(const QDate &day, const QTimeZone &zone);
};
