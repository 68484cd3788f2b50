#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The one rule for a KakaoPay server address, wherever one is given (the settings, --base-url
// of paydesk and paydesk-cli, Test connection): https, or plain http on this computer only
// (the simulator). The key travels in a header, so in clear text it may only go to loopback.
// A loopback server is a simulator: PayDesk and paydesk-cli treat it as training.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // localhost, 127.0.0.0/8 or ::1.
    static bool isLoopbackHost(const QString &host);
    static bool isLoopback(const QUrl &url);

    // Empty when `url` may be used as the API address; otherwise why not, one translated
    // sentence fragment ("use https; plain http is allowed only for this computer.").
    static QString problem(const QUrl &url);
    static bool isAllowed(const QUrl &url) { return problem(url).isEmpty(); }
};
