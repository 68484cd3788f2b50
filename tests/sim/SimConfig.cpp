#include "SimConfig.h"

#include <QCommandLineParser>

namespace {

bool toInt(const QString &text, int min, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min)
        return false;
    *out = v;
    return true;
}

} // namespace

bool SimConfig::fromArguments(const QStringList &arguments, SimConfig *out, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Local KakaoPay simulator (training and tests)."));
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port, 0 = any."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Accepted secret key."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption strict(QStringLiteral("strict-auth"),
                                    QStringLiteral("Refuse the DEV_SECRET_KEY scheme."));
    const QCommandLineOption cid(QStringLiteral("cid"), QStringLiteral("Accepted CID."),
                                 QStringLiteral("CID"));
    const QCommandLineOption cidSecret(QStringLiteral("cid-secret"),
                                       QStringLiteral("Required cid_secret."), QStringLiteral("S"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("Registered return-URL host (-799 otherwise)."),
                                    QStringLiteral("HOST"));
    const QCommandLineOption ttl(QStringLiteral("ttl-seconds"), QStringLiteral("tid lifetime."),
                                 QStringLiteral("N"), QStringLiteral("900"));
    const QCommandLineOption autoApprove(QStringLiteral("auto-approve-ms"),
                                         QStringLiteral("Payment page approves after N ms."),
                                         QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Id generator seed."),
                                  QStringLiteral("N"));
    const QCommandLineOption mismatch(
        QStringLiteral("cancel-available-mismatch-code"),
        QStringLiteral("Code for a cancel_available_amount mismatch."), QStringLiteral("CODE"),
        QStringLiteral("-722"));
    const QCommandLineOption duplicate(
        QStringLiteral("duplicate-answer"),
        QStringLiteral("What a concurrent duplicate approve/cancel gets: 785, or 780 "
                       "(USER_LOCKED)."),
        QStringLiteral("CODE"), QStringLiteral("785"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("ENDPOINT:KIND[:ARG][@COUNT]"),
                                   QStringLiteral("SPEC"));
    const QCommandLineOption state(QStringLiteral("state-file"),
                                   QStringLiteral("Ledger persisted as JSON."),
                                   QStringLiteral("PATH"));
    p.addOptions({port, key, strict, cid, cidSecret, domain, ttl, autoApprove, seed, mismatch,
                  duplicate, fault, state});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *error = p.helpText();
        return false;
    }
    SimConfig c;
    int n = 0;
    if (!toInt(p.value(port), 0, &n) || n > 65535) {
        *error = QStringLiteral("bad --port");
        return false;
    }
    c.port = quint16(n);
    if (p.isSet(key))
        c.keys = p.values(key);
    c.strictAuth = p.isSet(strict);
    if (p.isSet(cid))
        c.cids = p.values(cid);
    c.cidSecret = p.value(cidSecret);
    c.domains = p.values(domain);
    if (!toInt(p.value(ttl), 1, &c.ttlSeconds)) {
        *error = QStringLiteral("bad --ttl-seconds");
        return false;
    }
    if (p.isSet(autoApprove) && !toInt(p.value(autoApprove), 0, &c.autoApproveMs)) {
        *error = QStringLiteral("bad --auto-approve-ms");
        return false;
    }
    if (p.isSet(seed)) {
        bool ok = false;
        c.seed = p.value(seed).toULongLong(&ok);
        c.hasSeed = ok;
        if (!ok) {
            *error = QStringLiteral("bad --seed");
            return false;
        }
    }
    bool ok = false;
    c.cancelAvailableMismatchCode = p.value(mismatch).toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("bad --cancel-available-mismatch-code");
        return false;
    }
    const QString dup = p.value(duplicate);
    if (dup == QLatin1String("785") || dup == QLatin1String("-785")) {
        c.duplicateCode = -785;
    } else if (dup == QLatin1String("780") || dup == QLatin1String("-780")) {
        c.duplicateCode = -780;
    } else {
        *error = QStringLiteral("bad --duplicate-answer (785 or 780)");
        return false;
    }
    const QStringList specs = p.values(fault);
    for (const QString &spec : specs) {
        SimFault f;
        if (!SimFault::parse(spec, &f, error))
            return false;
        c.faults.append(f);
    }
    c.stateFile = p.value(state);
    *out = c;
    return true;
}
