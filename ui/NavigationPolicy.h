#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// Where the payment web view may go. KakaoPay's own pages only (https on *.kakaopay.com and
// *.kakao.com); in training mode also the simulator's loopback origin (http allowed there and
// nowhere else). Everything else, including our own return URLs, is refused: those are caught
// before this policy is asked and never loaded.
class NavigationPolicy
{
public:
    // https on kakaopay.com / kakao.com and their subdomains.
    static NavigationPolicy kakaoPay();
    // kakaoPay() plus the simulator's origin (scheme, host and port of simulatorBase). The
    // simulator origin must be on a loopback address; anything else is ignored.
    static NavigationPolicy training(const QUrl &simulatorBase);

    // Adds one exact origin (scheme, host, port). http is accepted for loopback hosts only.
    bool allowOrigin(const QUrl &origin);

    bool allows(const QUrl &url) const;
    // Why allows() said no, in English, for the log (no query string: it may carry a token).
    QString reasonRefused(const QUrl &url) const;

    QStringList hostSuffixes() const { return m_hostSuffixes; }
    QList<QUrl> extraOrigins() const { return m_origins; }

    // The URL without query, fragment and user info: safe to log.
    static QString loggable(const QUrl &url);
    static bool isLoopback(const QString &host);

private:
    bool hostMatchesSuffix(const QString &host) const;
    bool matchesOrigin(const QUrl &url) const;

    QStringList m_hostSuffixes; // "kakaopay.com" matches kakaopay.com and *.kakaopay.com
    QList<QUrl> m_origins;
};
