#pragma once

#include "core/TimeZones.h"

#include <QString>

// The shop as the receipt names it, and the zone its times are written in.
struct ShopInfo
{
    QString name;
    QString businessNumber; // 10 digits, printed as 123-45-67890
    QString address;
    QTimeZone timeZone = TimeZones::korea(); // the setting; Korea when unset

    // `at` on the shop's wall clock ("-" when invalid), whatever zone this PC is set to.
    QString timeText(const QDateTime &at,
                     const QString &format = QStringLiteral("yyyy-MM-dd HH:mm:ss")) const
    {
        return at.isValid() ? TimeZones::inZone(at, timeZone).toString(format)
                            : QStringLiteral("-");
    }
};
