#include "CliCommand.h"

#include <QEventLoop>

#include <cstdio>

using namespace KakaoPay;

namespace {
const char *const kKeyVariable = "PAYDESK_SECRET_KEY";
}

CliCommand::CliCommand() : m_out(stdout), m_err(stderr)
{
    m_commands.insert(QStringLiteral("ready"), [this](Client &c) { return runReady(c); });
    m_commands.insert(QStringLiteral("approve"), [this](Client &c) { return runApprove(c); });
    m_commands.insert(QStringLiteral("cancel"), [this](Client &c) { return runCancel(c); });
    m_commands.insert(QStringLiteral("order"), [this](Client &c) { return runOrder(c); });
    // Planned: "reconcile" and "export" (they need the store, not only the client).
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
    if (positional.size() != 1)
        return usageError(tr("give exactly one command: %1")
                              .arg(QStringList(m_commands.keys()).join(QStringLiteral(", "))));
    const auto handler = m_commands.constFind(positional.first());
    if (handler == m_commands.constEnd())
        return usageError(tr("unknown command \"%1\"").arg(positional.first()));

    ClientConfig config;
    if (!m_options.clientConfig(&config))
        return usageError(m_options.error());
    if (qEnvironmentVariable(kKeyVariable).trimmed().isEmpty()) {
        m_err << "error: configuration http=0 code=0 "
              << tr("%1 is not set: put the KakaoPay secret key into that environment variable.")
                     .arg(QLatin1String(kKeyVariable))
              << '\n';
        m_err.flush();
        return Failed;
    }
    Client client(config, [] { return qEnvironmentVariable(kKeyVariable); });
    return (*handler)(client);
}

template <typename Response, typename Start> int CliCommand::await(Start start)
{
    QEventLoop loop;
    int exitCode = Failed;
    start([&](const Result<Response> &result) {
        if (result.ok()) {
            m_out << QString::fromUtf8(result.body) << '\n';
            exitCode = Success;
        } else {
            const Error &e = result.error;
            m_err << "error: " << e.kindName() << " http=" << e.httpStatus() << " code=" << e.code()
                  << ' ' << e.userMessage();
            if (!e.serverMessage().isEmpty())
                m_err << " (" << e.serverMessage() << ')';
            m_err << '\n';
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
    return await<CancelResponse>([&](auto done) { client.cancel(request, nullptr, done); });
}

int CliCommand::runOrder(Client &client)
{
    QString tid;
    if (!m_options.tid(&tid))
        return usageError(m_options.error());
    return await<OrderResponse>([&](auto done) { client.order(tid, nullptr, done); });
}
