// paydesk-kakaopay-sim: the local KakaoPay simulator as a process (README.md).
#include "SimConfig.h"
#include "SimServer.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-kakaopay-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    SimConfig config;
    QString error;
    if (!SimConfig::fromArguments(QCoreApplication::arguments(), &config, &error)) {
        const QStringList args = QCoreApplication::arguments();
        const bool help =
            args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
        std::fputs(qPrintable(error + QLatin1Char('\n')), help ? stdout : stderr);
        return help ? 0 : 2;
    }
    SimServer server(config);
    if (!server.listen(config.port)) {
        std::fprintf(stderr, "paydesk-kakaopay-sim: cannot listen on 127.0.0.1:%u: %s\n",
                     unsigned(config.port), qPrintable(server.errorString()));
        return 1;
    }
    // The one line a parent process waits for (SimulatorProcess); everything else goes to stderr.
    std::fprintf(stdout, "PAYDESK_SIM_URL %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
