#include "SimControl.h"

#include "SimServer.h"

#include <QJsonDocument>

namespace {

SimHttpResponse ok(const QJsonObject &o = {{QStringLiteral("ok"), true}})
{
    return SimHttpResponse::json(200, o);
}

SimHttpResponse bad(int status, const QString &message)
{
    return SimHttpResponse::json(status, {{QStringLiteral("error"), message}});
}

} // namespace

SimHttpResponse SimControl::failure(const SimError &e)
{
    return SimHttpResponse::json(e.code == -721 ? 404 : 409, {{QStringLiteral("error"), e.message},
                                                              {QStringLiteral("code"), e.code}});
}

SimHttpResponse SimControl::handle(const SimHttpRequest &request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // parts[0] == "__sim"
    const QString what = parts.value(1);
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";

    if (what == QLatin1String("tid") && parts.size() == 4 && post)
        return tidAction(request, parts.at(2), parts.at(3));
    if (what == QLatin1String("clock") && parts.value(2) == QLatin1String("advance") && post) {
        bool isNumber = false;
        const qint64 seconds = request.query.value(QStringLiteral("seconds")).toLongLong(&isNumber);
        if (!isNumber || seconds < 0)
            return bad(400, QStringLiteral("seconds must be a non-negative number"));
        m_server->advanceClock(seconds);
        return ok({{QStringLiteral("now"), simTimestamp(m_server->ledger().now())}});
    }
    if (what == QLatin1String("ledger") && get) {
        QJsonArray list;
        const QList<SimPayment> payments = m_server->ledger().payments();
        for (const SimPayment &p : payments) {
            QJsonObject o = p.orderJson();
            o.insert(QStringLiteral("pg_token"), p.pgToken);
            o.insert(QStringLiteral("expires_at"), simTimestamp(p.expiresAt));
            list.append(o);
        }
        return ok({{QStringLiteral("payments"), list}});
    }
    if (what == QLatin1String("requests") && get)
        return ok({{QStringLiteral("requests"), m_server->requests()}});
    if (what == QLatin1String("fault")) {
        if (request.method == "DELETE") {
            m_server->clearFaults();
            return ok();
        }
        if (get)
            return ok({{QStringLiteral("faults"), m_server->faults()}});
        if (post) {
            SimFault fault;
            QString error;
            const QJsonObject o = QJsonDocument::fromJson(request.body).object();
            if (!SimFault::fromJson(o, &fault, &error))
                return bad(400, error);
            m_server->addFault(fault);
            return ok({{QStringLiteral("fault"), fault.toJson()}});
        }
    }
    if (what == QLatin1String("reset") && post) {
        m_server->reset();
        return ok();
    }
    return bad(404, QStringLiteral("unknown control call"));
}

SimHttpResponse SimControl::tidAction(const SimHttpRequest &request, const QString &tid,
                                      const QString &action)
{
    SimLedger &ledger = m_server->ledger();
    QString redirect;
    SimError e;
    if (action == QLatin1String("approve")) {
        const QString method =
            request.query.value(QStringLiteral("method"), QStringLiteral("CARD"));
        if (method != QLatin1String("CARD") && method != QLatin1String("MONEY"))
            return bad(400, QStringLiteral("method must be CARD or MONEY"));
        e = ledger.authorize(tid, method, &redirect);
        if (!e.ok())
            return failure(e);
        return ok({{QStringLiteral("redirect"), redirect},
                   {QStringLiteral("pg_token"), ledger.find(tid)->pgToken}});
    }
    if (action == QLatin1String("cancel"))
        e = ledger.quit(tid, &redirect);
    else if (action == QLatin1String("fail"))
        e = ledger.fail(tid, &redirect);
    else if (action == QLatin1String("expire"))
        e = ledger.expire(tid);
    else if (action == QLatin1String("tms"))
        e = ledger.sendTms(tid);
    else if (action == QLatin1String("open"))
        e = ledger.openPayment(tid);
    else
        return bad(404, QStringLiteral("unknown tid action"));
    if (!e.ok())
        return failure(e);
    QJsonObject o{{QStringLiteral("ok"), true}};
    if (!redirect.isEmpty())
        o.insert(QStringLiteral("redirect"), redirect);
    return ok(o);
}
