#include "NavigationPolicy.h"

#include <QHostAddress>

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isInternalPage(const QUrl &url)
{
    // Chromium creates frames as about:blank / about:srcdoc before filling them.
    return url.scheme() == QLatin1String("about") &&
           (url.path() == QLatin1String("blank") || url.path() == QLatin1String("srcdoc"));
}

} // namespace

NavigationPolicy NavigationPolicy::kakaoPay()
{
    NavigationPolicy policy;
    policy.m_hostSuffixes = {QStringLiteral("kakaopay.com"), QStringLiteral("kakao.com")};
    return policy;
}

NavigationPolicy NavigationPolicy::training(const QUrl &simulatorBase)
{
    NavigationPolicy policy = kakaoPay();
    policy.allowOrigin(simulatorBase);
    return policy;
}

bool NavigationPolicy::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool NavigationPolicy::allowOrigin(const QUrl &origin)
{
    const QString scheme = origin.scheme();
    if (!origin.isValid() || origin.host().isEmpty())
        return false;
    if (scheme != QLatin1String("https") &&
        !(scheme == QLatin1String("http") && isLoopback(origin.host())))
        return false;
    QUrl clean;
    clean.setScheme(scheme);
    clean.setHost(origin.host().toLower());
    clean.setPort(effectivePort(origin));
    m_origins.append(clean);
    return true;
}

bool NavigationPolicy::hostMatchesSuffix(const QString &host) const
{
    for (const QString &suffix : m_hostSuffixes) {
        if (host == suffix || host.endsWith(QLatin1Char('.') + suffix))
            return true;
    }
    return false;
}

bool NavigationPolicy::matchesOrigin(const QUrl &url) const
{
    const QString host = url.host().toLower();
    const int port = effectivePort(url);
    for (const QUrl &origin : m_origins) {
        if (origin.scheme() == url.scheme() && origin.host() == host && origin.port() == port)
            return true;
    }
    return false;
}

bool NavigationPolicy::allows(const QUrl &url) const
{
    return reasonRefused(url).isEmpty();
}

QString NavigationPolicy::reasonRefused(const QUrl &url) const
{
    if (!url.isValid())
        return QStringLiteral("invalid URL");
    if (isInternalPage(url))
        return {};
    if (matchesOrigin(url))
        return {};
    if (url.scheme() != QLatin1String("https"))
        return QStringLiteral("scheme %1 not allowed").arg(url.scheme());
    if (!url.userInfo().isEmpty())
        return QStringLiteral("user info in URL");
    if (!hostMatchesSuffix(url.host().toLower()))
        return QStringLiteral("host %1 not allowed").arg(url.host());
    return {};
}

QString NavigationPolicy::loggable(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}
