#include "CliCommand.h"

#include "ExportCommand.h"
#include "ReconcileCommand.h"
#include "RefundCommand.h"
#include "StoreCommand.h"
#include "TerminalText.h"
#include "auth/ManagerStore.h"
#include "recovery/CounterServices.h"
#include "settings/AppSettings.h"
#include "settings/PinPepper.h"
#include "settings/SecretStore.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/JournalLocation.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>
#include <memory>

using namespace KakaoPay;

namespace {
const char *const kKeyVariable = "PAYDESK_SECRET_KEY";
}

CliCommand::CliCommand() : m_out(stdout), m_err(stderr)
{
    const auto kakaoPay = [this](int (CliCommand::*run)(Client &)) {
        return
            [this, run] { return withClient([this, run](Client &c) { return (this->*run)(c); }); };
    };
    m_commands.insert(QStringLiteral("ready"), kakaoPay(&CliCommand::runReady));
    m_commands.insert(QStringLiteral("approve"), kakaoPay(&CliCommand::runApprove));
    m_commands.insert(QStringLiteral("cancel"), kakaoPay(&CliCommand::runCancel));
    m_commands.insert(QStringLiteral("order"), kakaoPay(&CliCommand::runOrder));
    m_commands.insert(QStringLiteral("reconcile"), [this] { return runReconcile(); });
    m_commands.insert(QStringLiteral("export"), [this] { return runExport(); });
}

int CliCommand::usageError(const QString &message)
{
    m_err << "error: usage " << message << '\n' << tr("Try 'paydesk-cli --help'.") << '\n';
    m_err.flush();
    return Usage;
}

int CliCommand::run(const QStringList &arguments)
{
    if (!m_options.parse(arguments))
        return usageError(m_options.error());
    QCommandLineParser &parser = m_options.parser();
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("store"))
        return runStore(positional.mid(1));
    if (positional.size() != 1)
        return usageError(tr("give exactly one command: %1")
                              .arg(QStringList(m_commands.keys()).join(QStringLiteral(", "))));
    const auto handler = m_commands.constFind(positional.first());
    if (handler == m_commands.constEnd())
        return usageError(tr("unknown command \"%1\"").arg(positional.first()));

    return (*handler)();
}

int CliCommand::runStore(const QStringList &arguments)
{
    StoreCommand store(m_out, m_err);
    const QString what = arguments.value(0);
    if (arguments.size() != 1 || (what != QLatin1String("init") && what != QLatin1String("status")))
        return usageError(tr("store needs init or status"));
    QString url = m_options.parser().value(QStringLiteral("url"));
    if (url.isEmpty() && what == QLatin1String("status")) {
        AppSettings settings;
        settings.load();
        url = settings.values().storeServerUrl;
    }
    if (url.isEmpty())
        return usageError(tr("store %1 needs --url postgresql://user@host/database").arg(what));
    return what == QLatin1String("init")
               ? store.init(url, m_options.parser().value(QStringLiteral("counter-user")))
               : store.status(url);
}

int CliCommand::withClient(const ClientHandler &handler, const ClientConfig &defaults)
{
    ClientConfig config;
    if (!m_options.clientConfig(&config, defaults))
        return usageError(m_options.error());
    const QString key = SecretStore::environmentSecretKey();
    if (key.trimmed().isEmpty()) {
        m_err << "error: configuration http=0 code=0 "
              << tr("%1 is not set: put the KakaoPay secret key into that environment variable.")
                     .arg(QLatin1String(kKeyVariable))
              << '\n';
        m_err.flush();
        return Failed;
    }
    Client client(config, [key] { return key; });
    return handler(client);
}

Database::Options CliCommand::journalOptions(bool readOnly)
{
    // The file named on the command line stays where and what it is: never renamed aside as
    // damaged, never made into a journal when it is some other database.
    Database::Options options;
    options.readOnly = readOnly;
    options.moveAsideDamaged = false;
    options.journalOnly = true;
    return options;
}

bool CliCommand::openJournal(const QString &path, Database *db)
{
    // A missing file is a wrong path, not a reason to start an empty journal.
    if (!QFileInfo(path).isFile()) {
        m_err << "error: journal "
              << tr("there is no journal at %1 (see --database and --training).")
                     .arg(QDir::toNativeSeparators(path))
              << '\n';
        m_err.flush();
        return false;
    }
    if (!db->open(Database::Check::Header)) {
        m_err << "error: journal "
              << tr("%1 could not be opened: %2")
                     .arg(QDir::toNativeSeparators(path), db->error().message())
              << '\n';
        m_err.flush();
        return false;
    }
    return true;
}

void CliCommand::printError(const KakaoPay::Error &e)
{
    m_err << "error: " << e.kindName() << " http=" << e.httpStatus() << " code=" << e.code() << ' '
          << TerminalText::line(e.userMessage());
    if (!e.serverMessage().isEmpty())
        m_err << " (" << TerminalText::line(e.serverMessage()) << ')';
    if (!e.methodResultMessage().isEmpty() && e.methodResultMessage() != e.serverMessage())
        m_err << " (" << TerminalText::line(e.methodResultMessage()) << ')';
    m_err << '\n';
}

template <typename Response, typename Start> int CliCommand::await(Start start)
{
    QEventLoop loop;
    int exitCode = Failed;
    start([&](const Result<Response> &result) {
        // Whatever the server wrote is printed with its control characters escaped.
        if (result.ok()) {
            m_out << TerminalText::json(QString::fromUtf8(result.body)) << '\n';
            exitCode = Success;
        } else {
            printError(result.error);
        }
        loop.quit();
    });
    loop.exec();
    m_out.flush();
    m_err.flush();
    return exitCode;
}

int CliCommand::runReady(Client &client)
{
    ReadyRequest request;
    if (!m_options.readyRequest(&request))
        return usageError(m_options.error());
    return await<ReadyResponse>([&](auto done) { client.ready(request, nullptr, done); });
}

int CliCommand::runApprove(Client &client)
{
    ApproveRequest request;
    if (!m_options.approveRequest(&request))
        return usageError(m_options.error());
    return await<ApproveResponse>([&](auto done) { client.approve(request, nullptr, done); });
}

int CliCommand::runCancel(Client &client)
{
    CancelRequest request;
    if (!m_options.cancelRequest(&request))
        return usageError(m_options.error());
    // A payment the journal holds is refunded as the app refunds it (manager's PIN, journal,
    // audit); only a tid the journal does not know gets the plain cancel.
    QString path;
    if (!m_options.journalPath(&path))
        return usageError(m_options.error());
    if (!m_options.parser().isSet(QStringLiteral("database")) && !QFileInfo(path).isFile())
        return await<CancelResponse>([&](auto done) { client.cancel(request, nullptr, done); });
    Database db(path, journalOptions(false));
    if (!openJournal(path, &db)) {
        m_err << tr("Nothing was cancelled: a payment in that journal is refunded only with "
                    "it.")
              << '\n';
        m_err.flush();
        return Failed;
    }
    Journal journal(&db);
    const std::optional<PaymentRecord> payment = journal.paymentByTid(request.tid);
    if (!payment)
        return await<CancelResponse>([&](auto done) { client.cancel(request, nullptr, done); });
    return runJournaledCancel(client, path, &db, &journal, *payment, request);
}

int CliCommand::runJournaledCancel(Client &client, const QString &path, Database *db,
                                   Journal *journal, const PaymentRecord &payment,
                                   const CancelRequest &request)
{
    // PayDesk splits tax-free and VAT itself, as in the app (CancelSplit).
    for (const char *option : {"cancel-tax-free", "cancel-vat", "cancel-available"}) {
        if (m_options.parser().isSet(QLatin1String(option)))
            return usageError(tr("--%1 is not taken for a payment in the journal: PayDesk "
                                 "splits the refund as the app does. Give --cancel-amount only.")
                                  .arg(QLatin1String(option)));
    }
    // One journal, one writer: while PayDesk holds it, the refund is made there.
    CounterServices services(&client, journal, path);
    if (services.isReadOnly()) {
        m_err << "error: refund "
              << tr("the journal is in use by PayDesk (process %1): refund payment %2 in "
                    "PayDesk's history, or close PayDesk first.")
                     .arg(services.holderPid())
                     .arg(payment.partnerOrderId)
              << '\n';
        m_err.flush();
        return Failed;
    }
    // The managers live in the real journal; a training journal has none of its own.
    std::unique_ptr<Database> managerDb;
    std::unique_ptr<Journal> managerJournal;
    Database *managersIn = db;
    Journal *managersAudit = journal;
    const QString realPath = JournalLocation::path(JournalLocation::Kind::Real);
    if (!m_options.parser().isSet(QStringLiteral("database")) && path != realPath) {
        if (!QFileInfo(realPath).isFile()) {
            m_err << "error: refund "
                  << tr("no manager is set up on this computer (%1 is missing): refund payment "
                        "%2 in PayDesk.")
                         .arg(QDir::toNativeSeparators(realPath), payment.partnerOrderId)
                  << '\n';
            m_err.flush();
            return Failed;
        }
        managerDb = std::make_unique<Database>(realPath, journalOptions(false));
        if (!openJournal(realPath, managerDb.get()))
            return Failed;
        managerJournal = std::make_unique<Journal>(managerDb.get());
        managersIn = managerDb.get();
        managersAudit = managerJournal.get();
    }
    ManagerStore managers(managersIn, managersAudit);
    // The PINs' pepper from the keychain (or the file where the counter allows it).
    AppSettings settings;
    settings.load();
    SecretStore::Options secretOptions;
    secretOptions.allowFileFallback = settings.values().allowFileSecretFallback;
    secretOptions.fallbackDirectory = JournalLocation::directory();
    SecretStore secrets(secretOptions);
    QEventLoop loop;
    QString pepperWarning;
    PinPepper::load(&secrets, !managers.managers().isEmpty(), managers.hasPepperedPins(), &loop,
                    [&](const QByteArray &pepper, const QString &warning) {
                        managers.setPepper(pepper);
                        pepperWarning = warning;
                        loop.quit();
                    });
    loop.exec();
    if (!pepperWarning.isEmpty())
        m_err << "warning: " << pepperWarning << '\n';

    RefundCommand command(services.refunds(), journal, &managers, m_out, m_err);
    switch (command.run(payment, request.cancelAmount,
                        m_options.parser().value(QStringLiteral("reason")))) {
    case RefundCommand::Outcome::Refunded:
        return Success;
    case RefundCommand::Outcome::InDoubt:
        return InDoubt;
    case RefundCommand::Outcome::Refused:
    case RefundCommand::Outcome::Failed:
        break;
    }
    return Failed;
}

int CliCommand::runOrder(Client &client)
{
    QString tid;
    if (!m_options.tid(&tid))
        return usageError(m_options.error());
    return await<OrderResponse>([&](auto done) { client.order(tid, nullptr, done); });
}

int CliCommand::runReconcile()
{
    QString path;
    qint64 waitMs = -1;
    if (!m_options.journalPath(&path) || !m_options.waitMs(&waitMs))
        return usageError(m_options.error());
    // The training simulator runs on a port of the moment: without its address the settings'
    // (real) KakaoPay would be asked about training tids.
    if (m_options.isTraining() && !m_options.parser().isSet(QStringLiteral("base-url")))
        return usageError(tr("--training needs --base-url: the address of the training "
                             "simulator the payments were made with."));
    AppSettings settings;
    settings.load();
    return withClient(
        [&](Client &client) {
            Database db(path, journalOptions(false));
            if (!openJournal(path, &db))
                return int(Failed);
            Journal journal(&db);
            // One journal, one writer: while PayDesk holds it, nothing is settled from here.
            CounterServices services(&client, &journal, path);
            if (services.isReadOnly()) {
                m_err << tr("error: the journal is in use by PayDesk (process %1). Close PayDesk "
                            "on this counter first, or use its Recovery menu.")
                             .arg(services.holderPid())
                      << '\n';
                return int(Failed);
            }
            ReconcileCommand command(services.doubts(), &journal, client.config().timeoutMs, m_out,
                                     m_err);
            command.setWaitMs(waitMs);
            switch (command.run()) {
            case ReconcileCommand::Outcome::AllSettled:
                return int(Success);
            case ReconcileCommand::Outcome::SomeOpen:
                return int(InDoubt);
            case ReconcileCommand::Outcome::JournalFailed:
                break;
            }
            return int(Failed);
        },
        settings.clientConfig());
}

int CliCommand::runExport()
{
    QString path;
    ExportFilter filter;
    ExportWriter::Format format = ExportWriter::Format::Csv;
    // Days and times in the shop's zone (the counter's settings; Korea when unset).
    AppSettings settings;
    settings.load();
    QTimeZone zone = TimeZones::byId(settings.values().timeZone);
    if (!zone.isValid())
        zone = TimeZones::korea();
    if (!m_options.journalPath(&path) || !m_options.exportFilter(&filter, zone) ||
        !m_options.exportFormat(&format))
        return usageError(m_options.error());
    Database db(path, journalOptions(true)); // read-only: an export changes nothing
    if (!openJournal(path, &db))
        return Failed;
    ExportCommand command(&db, m_err);
    return command.run(filter, format, m_options.byteOrderMark(), m_options.outputPath(), zone)
               ? Success
               : Failed;
}
