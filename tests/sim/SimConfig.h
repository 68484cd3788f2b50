#pragma once

#include "SimFault.h"

#include <QList>
#include <QStringList>

class Clock;

// Everything the simulator can be told (README "Command line"); a test fills it in directly.
struct SimConfig
{
    quint16 port = 0;
    QStringList keys{QStringLiteral("training-key")};
    bool strictAuth = false; // refuse DEV_SECRET_KEY on the current API
    QStringList cids{QStringLiteral("TC0ONETIME")};
    QString cidSecret;   // empty = not checked
    QStringList domains; // registered return-URL hosts; empty = any (else -799)
    int ttlSeconds = 900;
    int autoApproveMs = -1; // < 0 = off
    bool hasSeed = false;
    quint64 seed = 0;
    int cancelAvailableMismatchCode = -722;
    int duplicateCode = -785; // -785, or -780 (USER_LOCKED)
    QList<SimFault> faults;
    QString stateFile;
    Clock *clock = nullptr; // nullptr = the system clock (not owned)

    // Parses the executable's arguments (argv[0] included). False + error on a bad option.
    static bool fromArguments(const QStringList &arguments, SimConfig *out, QString *error);
};
