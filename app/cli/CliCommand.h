#pragma once

#include "CliOptions.h"
#include "checkout/PaymentRecord.h"
#include "store/Database.h"

class Journal;

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
    // Opens an existing journal file (never creates, moves or renames one); false after
    // printing the error.
    bool openJournal(const QString &path, Database *db);
    static Database::Options journalOptions(bool readOnly);

    int runReady(KakaoPay::Client &client);
    int runApprove(KakaoPay::Client &client);
    int runCancel(KakaoPay::Client &client);
    int runJournaledCancel(KakaoPay::Client &client, const QString &path, Database *db,
                           Journal *journal, const PaymentRecord &payment,
                           const KakaoPay::CancelRequest &request);
    int runOrder(KakaoPay::Client &client);
    int runReconcile();
    int runExport();
    int runStore(const QStringList &arguments);

    template <typename Response, typename Start> int await(Start start);
    void printError(const KakaoPay::Error &error);
    int usageError(const QString &message);

    CliOptions m_options;
    QMap<QString, Handler> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};
