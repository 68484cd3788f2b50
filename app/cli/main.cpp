#include "CliCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    // stdout/stderr carry the answer and the one error line; the client's log is opt-in
    // (QT_LOGGING_RULES="paydesk.*=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*=false"));
    CliCommand command;
    return command.run(QCoreApplication::arguments());
}
