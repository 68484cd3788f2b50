#include "ProcessHardening.h"

#include <QtGlobal>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
extern char **environ;
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

void ProcessHardening::disableCoreDumps()
{
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool ProcessHardening::coreDumpsDisabled()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#endif
#ifdef Q_OS_LINUX
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

QByteArray ProcessHardening::takeEnvironmentVariable(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        return {};
    const QByteArray value = qgetenv(name);
#ifdef Q_OS_UNIX
    // The entry as the process received it: unsetenv() only drops the pointer to it.
    const size_t nameLength = std::strlen(name);
    char *entry = nullptr;
    for (char **e = environ; e && *e; ++e) {
        if (std::strncmp(*e, name, nameLength) == 0 && (*e)[nameLength] == '=') {
            entry = *e;
            break;
        }
    }
    qunsetenv(name);
    if (entry) // no longer in environ: overwrite name and value where they were
        std::memset(entry, 0, std::strlen(entry));
#else
    qunsetenv(name);
#endif
    return value;
}
