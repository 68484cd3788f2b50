#include "StoreServerAddress.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

bool StoreServerAddress::parse(const QString &text, StoreServerAddress *out, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                           url.scheme() != QLatin1String("postgres"))) {
        *error = tr("The store server's address must look like "
                    "postgresql://user@host/database.");
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = tr("Leave the password out of the address: PayDesk keeps it in the "
                    "computer's keychain.");
        return false;
    }
    StoreServerAddress a;
    const QUrlQuery query(url);
    a.host = query.hasQueryItem(QStringLiteral("host"))
                 ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                 : url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.user = url.userName();
    a.sslRootCert = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    const QString sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (a.host.isEmpty() || a.database.isEmpty() || a.user.isEmpty() || a.port <= 0) {
        *error = tr("The store server's address needs a host, a database and a user: "
                    "postgresql://user@host/database.");
        return false;
    }
    if (!a.isUnixSocket() && !a.isLoopback() && !sslMode.isEmpty() &&
        sslMode != QLatin1String("verify-full")) {
        *error = tr("A store server on the network is reached only with a checked certificate "
                    "(sslmode=verify-full), not with sslmode=%1.")
                     .arg(sslMode);
        return false;
    }
    *out = a;
    return true;
}

bool StoreServerAddress::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString StoreServerAddress::connectOptions(int connectTimeoutSeconds) const
{
    QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                        QStringLiteral("application_name=paydesk")};
    if (isUnixSocket() || isLoopback()) {
        options << QStringLiteral("sslmode=prefer");
    } else {
        options << QStringLiteral("sslmode=verify-full");
        if (!sslRootCert.isEmpty())
            options << QStringLiteral("sslrootcert=%1").arg(sslRootCert);
    }
    return options.join(u';');
}

QString StoreServerAddress::display() const
{
    if (isUnixSocket())
        return QStringLiteral("postgresql://%1@/%2 (socket %3)").arg(user, database, host);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}
