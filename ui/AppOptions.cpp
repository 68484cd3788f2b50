#include "AppOptions.h"

#include "settings/ServerAddress.h"

#include <QCommandLineParser>
#include <QTextStream>

AppOptions::Outcome AppOptions::parse(const QStringList &arguments, AppOptions *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PayDesk: KakaoPay point of sale"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Print the version and exit."));
    const QCommandLineOption training(
        QStringLiteral("training"),
        tr("Training mode: pay against the local KakaoPay simulator; no money moves."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        tr("KakaoPay API base URL (default: KakaoPay's own): https, or http on this "
           "computer (a simulator: training mode)."),
        QStringLiteral("url"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 tr("KakaoPay API generation: current or legacy."),
                                 QStringLiteral("current|legacy"));
    const QCommandLineOption selfCheck(
        QStringLiteral("self-check"),
        tr("Make one ₩1,000 test payment through the payment view and exit (0 = approved and "
           "recorded)."));
    const QCommandLineOption licenses(
        QStringLiteral("licenses"),
        tr("Print the third-party notices (the software PayDesk ships or uses, its versions and "
           "licenses) and exit."));
    parser.addOptions({version, training, baseUrl, api, selfCheck, licenses});

    QTextStream err(stderr);
    QTextStream outStream(stdout);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return Outcome::ExitError;
    }
    if (parser.isSet(help)) {
        outStream << parser.helpText();
        return Outcome::ExitOk;
    }
    if (parser.isSet(version)) {
        outStream << "PayDesk " << PAYDESK_VERSION << '\n';
        return Outcome::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) << '\n';
        return Outcome::ExitError;
    }
    out->licenses = parser.isSet(licenses);
    out->training = parser.isSet(training);
    out->selfCheck = parser.isSet(selfCheck);
    if (parser.isSet(baseUrl)) {
        out->baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        // The settings' rule: https, or http on this computer (which means training).
        const QString problem = ServerAddress::problem(out->baseUrl);
        if (!problem.isEmpty()) {
            //: %1 the address given, %2 why it is refused
            err << tr("--base-url %1 is refused: %2").arg(parser.value(baseUrl), problem) << '\n';
            return Outcome::ExitError;
        }
    }
    if (parser.isSet(api)) {
        const QString value = parser.value(api).toLower();
        out->apiGiven = true;
        if (value == QLatin1String("current"))
            out->api = KakaoPay::ApiGeneration::Current;
        else if (value == QLatin1String("legacy"))
            out->api = KakaoPay::ApiGeneration::Legacy;
        else {
            err << tr("--api must be current or legacy, not %1").arg(parser.value(api)) << '\n';
            return Outcome::ExitError;
        }
    }
    return Outcome::Run;
}
