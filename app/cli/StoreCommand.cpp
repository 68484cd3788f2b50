#include "StoreCommand.h"

#include "Prompt.h"
#include "TerminalText.h"
#include "storeserver/StoreAdmin.h"

#include <QJsonDocument>

namespace {
constexpr int kFailed = 1;
}

QString StoreCommand::secret(const char *variable, const QString &question)
{
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty()) {
        qunsetenv(variable); // read once; no child sees it
        return fromEnvironment;
    }
    return Prompt::askSecret(question);
}

int StoreCommand::fail(const QString &message)
{
    m_err << "error: store " << TerminalText::line(message) << '\n';
    m_err.flush();
    return kFailed;
}

int StoreCommand::init(const QString &url, const QString &counterUser)
{
    StoreServerAddress address;
    QString error;
    if (!StoreServerAddress::parse(url, &address, &error))
        return fail(error);
    const QString adminPassword =
        secret("PAYDESK_STORE_ADMIN_PASSWORD",
               tr("Password of %1 on the store server: ").arg(address.user));
    const QString counterPassword = secret(
        "PAYDESK_STORE_COUNTER_PASSWORD",
        tr("New password for the counters' user %1 (at least 12 characters): ").arg(counterUser));
    StoreAdmin admin(address, adminPassword);
    if (!admin.open(&error) || !admin.init(counterUser, counterPassword, &error))
        return fail(error);
    m_out << tr("The store server %1 is ready. Counters sign in as %2.")
                 .arg(address.display(), counterUser)
          << '\n';
    m_out.flush();
    return 0;
}

int StoreCommand::status(const QString &url)
{
    StoreServerAddress address;
    QString error;
    if (!StoreServerAddress::parse(url, &address, &error))
        return fail(error);
    StoreAdmin store(address, secret("PAYDESK_STORE_PASSWORD",
                                     tr("Password of %1 on the store server: ").arg(address.user)));
    if (!store.open(&error))
        return fail(error);
    const QJsonArray counters = store.counters(&error);
    if (!error.isEmpty())
        return fail(error);
    m_out << QJsonDocument(counters).toJson(QJsonDocument::Indented);
    m_out.flush();
    return 0;
}
