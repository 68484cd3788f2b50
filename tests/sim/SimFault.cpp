#include "SimFault.h"

#include <QStringList>

namespace {

const QStringList &endpoints()
{
    static const QStringList list = {QStringLiteral("ready"), QStringLiteral("approve"),
                                     QStringLiteral("cancel"), QStringLiteral("order")};
    return list;
}

QString kindName(SimFault::Kind k)
{
    switch (k) {
    case SimFault::Kind::Delay:
        return QStringLiteral("delay");
    case SimFault::Kind::Http500:
        return QStringLiteral("http500");
    case SimFault::Kind::Error780:
        return QStringLiteral("error780");
    case SimFault::Kind::Error781:
        return QStringLiteral("error781");
    case SimFault::Kind::Close:
        return QStringLiteral("close");
    case SimFault::Kind::CommitDrop:
        return QStringLiteral("commit-drop");
    case SimFault::Kind::Error:
        return QStringLiteral("error");
    case SimFault::Kind::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

} // namespace

QJsonObject SimFault::extras() const
{
    return {{QStringLiteral("method_result_code"), methodResultCode},
            {QStringLiteral("method_result_message"), methodResultMessage}};
}

QJsonObject SimFault::toJson() const
{
    QJsonObject o{{QStringLiteral("endpoint"), endpoint},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("count"), count}};
    if (skip > 0)
        o.insert(QStringLiteral("skip"), skip);
    if (kind == Kind::Delay || kind == Kind::Duplicate)
        o.insert(QStringLiteral("arg"), delayMs);
    else if (kind == Kind::Error)
        o.insert(QStringLiteral("arg"),
                 QStringLiteral("%1:%2").arg(errorCode).arg(methodResultCode));
    else if (kind == Kind::Error780 || kind == Kind::Error781)
        o.insert(QStringLiteral("arg"), extras());
    return o;
}

bool SimFault::setKind(const QString &kind, const QString &arg, SimFault *out, QString *error)
{
    const QString k = kind.toLower();
    if (k == QLatin1String("error")) {
        // "CODE[:message]", e.g. "-785" or "-721:tid does not exist".
        bool ok = false;
        out->kind = Kind::Error;
        out->errorCode = arg.section(QLatin1Char(':'), 0, 0).toInt(&ok);
        out->methodResultCode = arg.section(QLatin1Char(':'), 1);
        if (!ok || out->errorCode >= 0) {
            *error = QStringLiteral("error needs a negative KakaoPay code");
            return false;
        }
        return true;
    }
    if (k == QLatin1String("delay") || k == QLatin1String("duplicate")) {
        bool ok = false;
        out->kind = k == QLatin1String("delay") ? Kind::Delay : Kind::Duplicate;
        out->delayMs = arg.toInt(&ok);
        if (!ok || out->delayMs < 0) {
            *error = QStringLiteral("delay needs a number of milliseconds");
            return false;
        }
        return true;
    }
    if (k == QLatin1String("error780") || k == QLatin1String("error781")) {
        const bool approve = k == QLatin1String("error780");
        out->kind = approve ? Kind::Error780 : Kind::Error781;
        const int colon = arg.indexOf(QLatin1Char(':'));
        out->methodResultCode = colon < 0 ? arg : arg.left(colon);
        out->methodResultMessage = colon < 0 ? QString() : arg.mid(colon + 1);
        // The documented samples (§5.3, §6.3) are the defaults.
        if (out->methodResultCode.isEmpty())
            out->methodResultCode =
                approve ? QStringLiteral("USER_LOCKED") : QStringLiteral("6666");
        if (out->methodResultMessage.isEmpty()) {
            out->methodResultMessage =
                approve ? QStringLiteral("진행중인 거래가 있습니다. 잠시 후 다시 시도해 주세요.")
                        : QStringLiteral("원거래없음");
        }
        return true;
    }
    if (k == QLatin1String("http500"))
        out->kind = Kind::Http500;
    else if (k == QLatin1String("close"))
        out->kind = Kind::Close;
    else if (k == QLatin1String("commit-drop"))
        out->kind = Kind::CommitDrop;
    else {
        *error = QStringLiteral("unknown fault kind: %1").arg(kind);
        return false;
    }
    return true;
}

bool SimFault::parse(const QString &spec, SimFault *out, QString *error)
{
    QString body = spec;
    SimFault f;
    const int at = body.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        bool ok = false;
        f.count = body.mid(at + 1).toInt(&ok);
        if (!ok || f.count == 0 || f.count < -1) {
            *error = QStringLiteral("bad fault count in %1").arg(spec);
            return false;
        }
        body = body.left(at);
    }
    const QStringList parts = body.split(QLatin1Char(':'));
    if (parts.size() < 2) {
        *error = QStringLiteral("fault must be ENDPOINT:KIND[:ARG]: %1").arg(spec);
        return false;
    }
    f.endpoint = parts.at(0).toLower();
    if (!endpoints().contains(f.endpoint)) {
        *error = QStringLiteral("unknown fault endpoint: %1").arg(parts.at(0));
        return false;
    }
    if (!setKind(parts.at(1), parts.mid(2).join(QLatin1Char(':')), &f, error))
        return false;
    *out = f;
    return true;
}

bool SimFault::fromJson(const QJsonObject &o, SimFault *out, QString *error)
{
    SimFault f;
    f.endpoint = o.value(QStringLiteral("endpoint")).toString().toLower();
    if (!endpoints().contains(f.endpoint)) {
        *error = QStringLiteral("unknown fault endpoint");
        return false;
    }
    const QJsonValue arg = o.value(QStringLiteral("arg"));
    QString argText;
    if (arg.isObject()) {
        const QJsonObject a = arg.toObject();
        argText = a.value(QStringLiteral("method_result_code")).toString() + QLatin1Char(':') +
                  a.value(QStringLiteral("method_result_message")).toString();
    } else if (arg.isDouble()) {
        argText = QString::number(arg.toInteger());
    } else {
        argText = arg.toString();
    }
    QString kind = o.value(QStringLiteral("kind")).toString();
    // "delay:3000" as the kind is accepted too, like on the command line.
    if (kind.contains(QLatin1Char(':')) && argText.isEmpty()) {
        argText = kind.section(QLatin1Char(':'), 1);
        kind = kind.section(QLatin1Char(':'), 0, 0);
    }
    if (!setKind(kind, argText, &f, error))
        return false;
    f.count = o.value(QStringLiteral("count")).toInt(1);
    f.skip = o.value(QStringLiteral("skip")).toInt(0);
    if (f.count == 0 || f.count < -1 || f.skip < 0) {
        *error = QStringLiteral("bad fault count or skip");
        return false;
    }
    *out = f;
    return true;
}
