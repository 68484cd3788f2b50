#pragma once

#include "CliOptions.h"

class Database;

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

#include <functional>

// One run of paydesk-cli: picks the subcommand, builds the request from the options, calls
// KakaoPay and prints the answer. Subcommands sit in a table, one entry each; the KakaoPay ones
// get a client, reconcile a client and the journal, export the journal only.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    enum ExitCode
    {
        Success = 0,
        Failed = 1,
        Usage = 2,
        InDoubt = 3 // reconcile: some payments or refunds are still not final
    };

    CliCommand();
    int run(const QStringList &arguments);

private:
    using Handler = std::function<int()>;
    using ClientHandler = std::function<int(KakaoPay::Client &)>;

    // Builds the client from the options over `defaults` and runs `handler` with it.
    int withClient(const ClientHandler &handler, const KakaoPay::ClientConfig &defaults = {});
    // Opens an existing journal file (never creates one); false after printing the error.
    bool openJournal(const QString &path, Database *db);

    int runReady(KakaoPay::Client &client);
    int runApprove(KakaoPay::Client &client);
    int runCancel(KakaoPay::Client &client);
    int runOrder(KakaoPay::Client &client);
    int runReconcile();
    int runExport();

    template <typename Response, typename Start> int await(Start start);
    int usageError(const QString &message);

    CliOptions m_options;
    QMap<QString, Handler> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};
