#include "SimApi.h"

#include "SimConfig.h"
#include "SimFault.h"

#include <QJsonDocument>
#include <QUrl>
#include <cmath>

// Request fields of either generation as one JSON object; the first problem found is kept
// and answered as HTTP 400 / -2 (simulator choice, §13.1).
class SimApi::Params
{
public:
    explicit Params(const QJsonObject &o) : m_o(o) {}

    QString text(const char *name, bool required, int maxLength)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        QString s;
        if (v.isString())
            s = v.toString();
        else if (v.isDouble())
            s = QString::number(v.toInteger());
        else if (!v.isUndefined() && !v.isNull())
            return fail(name, "must be a string"), QString();
        if (s.isEmpty() && required)
            return fail(name, "is required"), QString();
        if (s.size() > maxLength)
            return fail(name, "is too long"), QString();
        return s;
    }

    // JSON numbers and numeric strings both count (the docs' own samples send strings).
    qint64 integer(const char *name, bool required, qint64 min, bool *present = nullptr)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (present)
            *present = !v.isUndefined() && !v.isNull();
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            if (present)
                *present = false;
            if (required)
                fail(name, "is required");
            return 0;
        }
        bool ok = false;
        qint64 n = 0;
        if (v.isDouble()) {
            const double d = v.toDouble();
            ok = std::floor(d) == d && std::fabs(d) <= double(Won::kMax);
            n = qint64(d);
        } else if (v.isString()) {
            n = v.toString().trimmed().toLongLong(&ok);
        }
        if (!ok || n < min || n > Won::kMax)
            return fail(name, "must be a whole number in range"), 0;
        return n;
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    void fail(const char *name, const char *what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(what));
    }

    QJsonObject m_o;
    QString m_error;
};

SimApi::SimApi(const SimConfig &config, SimLedger *ledger) : m_config(config), m_ledger(ledger) {}

bool SimApi::route(const QString &path, Generation *generation, QString *endpoint)
{
    static const QString legacy = QStringLiteral("/v1/payment/");
    static const QString current = QStringLiteral("/online/v1/payment/");
    QString name;
    if (path.startsWith(legacy)) {
        *generation = Generation::Legacy;
        name = path.mid(legacy.size());
    } else if (path.startsWith(current)) {
        *generation = Generation::Current;
        name = path.mid(current.size());
    } else {
        return false;
    }
    static const QStringList names = {QStringLiteral("ready"), QStringLiteral("approve"),
                                      QStringLiteral("cancel"), QStringLiteral("order")};
    if (!names.contains(name))
        return false;
    *endpoint = name;
    return true;
}

QString SimApi::tidOf(Generation generation, const SimHttpRequest &request)
{
    if (generation == Generation::Legacy) {
        const QString tid = simParseForm(request.body).value(QStringLiteral("tid"));
        return tid.isEmpty() ? request.query.value(QStringLiteral("tid")) : tid;
    }
    return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("tid")).toString();
}

SimApi::Auth SimApi::checkAuth(Generation generation, const SimHttpRequest &request) const
{
    const QString header = QString::fromUtf8(request.header("authorization")).trimmed();
    const int space = header.indexOf(QLatin1Char(' '));
    Auth a;
    a.scheme = space < 0 ? header.left(32) : header.left(space);
    const QString key = space < 0 ? QString() : header.mid(space + 1).trimmed();
    bool schemeOk = false;
    if (generation == Generation::Legacy)
        schemeOk = a.scheme == QLatin1String("KakaoAK");
    else
        schemeOk = a.scheme == QLatin1String("SECRET_KEY") ||
                   (!m_config.strictAuth && a.scheme == QLatin1String("DEV_SECRET_KEY"));
    a.ok = schemeOk && !key.isEmpty() && m_config.keys.contains(key);
    if (space < 0 && !a.ok)
        a.scheme.clear(); // a header without a scheme word could be a bare key: never record it
    return a;
}

SimHttpResponse SimApi::errorResponse(Generation generation, int httpStatus, int code,
                                      const QString &message, const QJsonObject &extras)
{
    const bool legacy = generation == Generation::Legacy;
    QJsonObject o{{legacy ? QStringLiteral("code") : QStringLiteral("error_code"), code},
                  {legacy ? QStringLiteral("msg") : QStringLiteral("error_message"), message}};
    if (!extras.isEmpty())
        o.insert(QStringLiteral("extras"), extras);
    return SimHttpResponse::json(httpStatus, o);
}

SimHttpResponse SimApi::ledgerError(Generation g, const SimError &e,
                                    const QJsonObject &extras) const
{
    return errorResponse(g, 400, e.code, e.message, extras.isEmpty() ? e.extras : extras);
}

SimHttpResponse SimApi::handle(Generation g, const QString &endpoint, const SimHttpRequest &request,
                               const SimFault *methodFault)
{
    const bool legacyOrder = g == Generation::Legacy && endpoint == QLatin1String("order");
    if (request.method != "POST" && !(legacyOrder && request.method == "GET"))
        return errorResponse(g, 405, -2, QStringLiteral("method not allowed"));
    if (!checkAuth(g, request).ok)
        return errorResponse(g, 401, -401,
                             QStringLiteral("wrong secret key or authorization scheme"));

    QJsonObject fields;
    if (g == Generation::Legacy) {
        QHash<QString, QString> form =
            request.method == "GET" ? request.query : simParseForm(request.body);
        for (auto it = form.cbegin(); it != form.cend(); ++it)
            fields.insert(it.key(), it.value());
    } else {
        // The current API reads JSON only: a form body is not understood (§1.1).
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
        if (!request.header("content-type").toLower().contains("application/json") ||
            err.error != QJsonParseError::NoError || !doc.isObject())
            return errorResponse(g, 400, -2, QStringLiteral("request body must be a JSON object"));
        fields = doc.object();
    }
    Params p(fields);
    const QString cid = p.text("cid", true, 10);
    const QString cidSecret = p.text("cid_secret", false, 24);
    if (!p.ok())
        return errorResponse(g, 400, -2, p.error());
    if (!m_config.cids.contains(cid))
        return ledgerError(g, SimError::make(-731));
    if (!m_config.cidSecret.isEmpty() && cidSecret != m_config.cidSecret)
        return ledgerError(g, SimError::make(-733));

    if (methodFault && methodFault->kind == SimFault::Kind::Error780 &&
        endpoint != QLatin1String("approve"))
        return ledgerError(g, SimError::make(-780), methodFault->extras());
    if (methodFault && methodFault->kind == SimFault::Kind::Error781 &&
        endpoint != QLatin1String("cancel"))
        return ledgerError(g, SimError::make(-781), methodFault->extras());

    if (endpoint == QLatin1String("ready"))
        return ready(g, p);
    if (endpoint == QLatin1String("approve"))
        return approve(g, p, methodFault);
    if (endpoint == QLatin1String("cancel"))
        return cancel(g, p, methodFault);
    return order(g, p);
}

bool SimApi::domainAllowed(const QString &url) const
{
    return m_config.domains.isEmpty() || m_config.domains.contains(QUrl(url).host());
}

SimHttpResponse SimApi::ready(Generation g, const Params &in)
{
    Params p = in;
    SimReadyRequest r;
    r.cid = p.text("cid", true, 10);
    r.partnerOrderId = p.text("partner_order_id", true, 100);
    r.partnerUserId = p.text("partner_user_id", true, 100);
    r.itemName = p.text("item_name", true, 100);
    r.itemCode = p.text("item_code", false, 100);
    r.quantity = p.integer("quantity", true, 1);
    r.total = Won(p.integer("total_amount", true, 1));
    r.taxFree = Won(p.integer("tax_free_amount", true, 0));
    r.vat = Won(p.integer("vat_amount", false, 0, &r.hasVat));
    r.greenDeposit = Won(p.integer("green_deposit", false, 0));
    r.approvalUrl = p.text("approval_url", true, 255);
    r.cancelUrl = p.text("cancel_url", true, 255);
    r.failUrl = p.text("fail_url", true, 255);
    r.paymentMethodType = p.text("payment_method_type", false, 5);
    r.installMonth = int(p.integer("install_month", false, 0));
    if (!p.ok())
        return errorResponse(g, 400, -2, p.error());
    QString problem;
    if (r.taxFree > r.total)
        problem = QStringLiteral("tax_free_amount exceeds total_amount");
    else if (r.hasVat && r.vat > r.total - r.taxFree)
        problem = QStringLiteral("vat_amount exceeds the taxable amount");
    else if (r.greenDeposit > r.total)
        problem = QStringLiteral("green_deposit exceeds total_amount");
    else if (!r.paymentMethodType.isEmpty() && r.paymentMethodType != QLatin1String("CARD") &&
             r.paymentMethodType != QLatin1String("MONEY"))
        problem = QStringLiteral("payment_method_type must be CARD or MONEY");
    else if (r.installMonth > 12)
        problem = QStringLiteral("install_month must be 0 to 12");
    for (const QString &url : {r.approvalUrl, r.cancelUrl, r.failUrl}) {
        const QUrl u(url, QUrl::StrictMode);
        if (problem.isEmpty() &&
            (!u.isValid() || u.host().isEmpty() ||
             (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))))
            problem = QStringLiteral("return URLs must be absolute http(s) URLs");
    }
    if (!problem.isEmpty())
        return errorResponse(g, 400, -2, problem);
    if (!domainAllowed(r.approvalUrl) || !domainAllowed(r.cancelUrl) || !domainAllowed(r.failUrl))
        return errorResponse(g, 400, -799, QStringLiteral("site domain is not registered"));

    const SimPayment pay = m_ledger->ready(r);
    const QString page = m_baseUrl + QStringLiteral("/sim/pay/") + pay.tid;
    QJsonObject o{{QStringLiteral("tid"), pay.tid},
                  {QStringLiteral("next_redirect_app_url"), page + QStringLiteral("/app")},
                  {QStringLiteral("next_redirect_mobile_url"), page + QStringLiteral("/mobile")},
                  {QStringLiteral("next_redirect_pc_url"), page + QStringLiteral("/pc")},
                  {QStringLiteral("created_at"), simTimestamp(pay.createdAt)}};
    if (g == Generation::Legacy) {
        const QString scheme =
            QStringLiteral("kakaotalk://kakaopay/pg?url=") +
            QString::fromUtf8(QUrl::toPercentEncoding(page + QStringLiteral("/app")));
        o.insert(QStringLiteral("android_app_scheme"), scheme);
        o.insert(QStringLiteral("ios_app_scheme"), scheme);
    }
    return SimHttpResponse::json(200, o);
}

SimHttpResponse SimApi::approve(Generation g, const Params &in, const SimFault *methodFault)
{
    Params p = in;
    SimApproveRequest r;
    r.cid = p.text("cid", true, 10);
    r.tid = p.text("tid", true, 100);
    r.partnerOrderId = p.text("partner_order_id", true, 100);
    r.partnerUserId = p.text("partner_user_id", true, 100);
    r.pgToken = p.text("pg_token", true, 255);
    r.payload = p.text("payload", false, 200);
    r.total = Won(p.integer("total_amount", false, 0, &r.hasTotal));
    if (!p.ok())
        return errorResponse(g, 400, -2, p.error());
    const bool inject = methodFault && methodFault->kind == SimFault::Kind::Error780;
    SimPayment pay;
    const SimError e = m_ledger->approve(r, inject, &pay);
    if (!e.ok())
        return ledgerError(g, e, e.code == -780 && inject ? methodFault->extras() : QJsonObject());
    QJsonObject o = pay.commonJson();
    o.insert(QStringLiteral("aid"), pay.actions.last().aid);
    if (!pay.payload.isEmpty())
        o.insert(QStringLiteral("payload"), pay.payload);
    if (pay.method == QLatin1String("CARD"))
        o.insert(QStringLiteral("card_info"), pay.cardInfoJson());
    return SimHttpResponse::json(200, o);
}

SimHttpResponse SimApi::cancel(Generation g, const Params &in, const SimFault *methodFault)
{
    Params p = in;
    SimCancelRequest r;
    r.cid = p.text("cid", true, 10);
    r.tid = p.text("tid", true, 100);
    r.cancelAmount = Won(p.integer("cancel_amount", true, 1));
    r.cancelTaxFree = Won(p.integer("cancel_tax_free_amount", true, 0));
    r.cancelVat = Won(p.integer("cancel_vat_amount", false, 0, &r.hasVat));
    r.cancelAvailable = Won(p.integer("cancel_available_amount", false, 0, &r.hasAvailable));
    r.payload = p.text("payload", false, 200);
    if (!p.ok())
        return errorResponse(g, 400, -2, p.error());
    const bool inject = methodFault && methodFault->kind == SimFault::Kind::Error781;
    SimPayment pay;
    SimAmount approvedCancel;
    QString aid;
    const SimError e = m_ledger->cancel(r, inject, &pay, &approvedCancel, &aid);
    if (!e.ok())
        return ledgerError(g, e, e.code == -781 && inject ? methodFault->extras() : QJsonObject());
    QJsonObject o = pay.commonJson();
    o.insert(QStringLiteral("aid"), aid);
    o.insert(QStringLiteral("status"), pay.status);
    o.insert(QStringLiteral("approved_cancel_amount"), approvedCancel.toJson());
    o.insert(QStringLiteral("canceled_amount"), pay.canceled.toJson());
    o.insert(QStringLiteral("cancel_available_amount"), pay.cancelAvailable().toJson());
    o.insert(QStringLiteral("canceled_at"), simTimestamp(pay.canceledAt));
    if (!r.payload.isEmpty())
        o.insert(QStringLiteral("payload"), r.payload);
    return SimHttpResponse::json(200, o);
}

SimHttpResponse SimApi::order(Generation g, const Params &in)
{
    Params p = in;
    const QString cid = p.text("cid", true, 10);
    const QString tid = p.text("tid", true, 100);
    if (!p.ok())
        return errorResponse(g, 400, -2, p.error());
    SimPayment pay;
    const SimError e = m_ledger->order(cid, tid, &pay);
    if (!e.ok())
        return ledgerError(g, e);
    return SimHttpResponse::json(200, pay.orderJson());
}
