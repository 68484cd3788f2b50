#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

#include <functional>

// One run of paydesk-cli: picks the subcommand, builds the request from the options, calls
// KakaoPay and prints the answer. Subcommands sit in a table so that later ones (reconcile,
// export) are one entry each.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    enum ExitCode
    {
        Success = 0,
        Failed = 1,
        Usage = 2
    };

    CliCommand();
    int run(const QStringList &arguments);

private:
    using Handler = std::function<int(KakaoPay::Client &)>;

    int runReady(KakaoPay::Client &client);
    int runApprove(KakaoPay::Client &client);
    int runCancel(KakaoPay::Client &client);
    int runOrder(KakaoPay::Client &client);

    template <typename Response, typename Start> int await(Start start);
    int usageError(const QString &message);

    CliOptions m_options;
    QMap<QString, Handler> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};
