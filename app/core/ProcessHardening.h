#pragma once

#include <QByteArray>

// What paydesk and paydesk-cli do to their own process first thing in main(), so that the
// KakaoPay key they hold in memory goes nowhere else.
class ProcessHardening
{
public:
    // No core dump (RLIMIT_CORE 0) and, on Linux, not dumpable (PR_SET_DUMPABLE 0: no core on a
    // crash, no ptrace and no /proc/PID/environ or mem for other processes of the same user).
    static void disableCoreDumps();

    // The variable's value, removed from the environment (child processes no longer inherit
    // it) and wiped from the process's original environment block, which /proc/PID/environ
    // shows whatever unsetenv() did. Empty when it was not set.
    static QByteArray takeEnvironmentVariable(const char *name);

    // What disableCoreDumps() left in force, for tests: core limit 0 and not dumpable.
    static bool coreDumpsDisabled();
};
