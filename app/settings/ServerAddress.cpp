#include "ServerAddress.h"

#include <QHostAddress>

bool ServerAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ServerAddress::isLoopback(const QUrl &url)
{
    return url.isValid() && isLoopbackHost(url.host());
}

QString ServerAddress::problem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return tr("an http(s) address with a host is needed.");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("the address may not hold a user name, a password, a query or a fragment.");
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return tr("use https; plain http is allowed only for this computer.");
    return QString();
}
