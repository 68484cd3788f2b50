#include "CliCommand.h"
#include "core/OwnerOnly.h"
#include "core/ProcessHardening.h"
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char **argv)
{
    // First: no core dump can hold the key, the secrets leave the environment (no child, no
    // /proc/PID/environ), and what this process writes (exports) is the user's alone.
    ProcessHardening::disableCoreDumps();
    SecretStore::takeEnvironmentSecretKey();
    CliOptions::takeEnvironmentCidSecret();
    OwnerOnly::restrictNewFiles();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    // Messages in the shell's language (Korean on a Korean system); option names stay English.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("paydesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // stdout/stderr carry the answer and the one error line; the client's log is opt-in
    // (QT_LOGGING_RULES="paydesk.*=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*=false"));
    CliCommand command;
    return command.run(QCoreApplication::arguments());
}
