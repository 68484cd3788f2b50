#include "SimLedger.h"

#include "core/Clock.h"

#include <QJsonArray>

SimError SimError::make(int code)
{
    // Messages in the style of the real service (English, short); clients show their own text.
    static const QHash<int, const char *> messages = {
        {-2, "invalid request parameter"},
        {-401, "wrong secret key or authorization scheme"},
        {-701, "payment is not authenticated by the user yet"},
        {-702, "payment is already approved"},
        {-706, "partner_order_id does not match the ready request"},
        {-707, "partner_user_id does not match the ready request"},
        {-708, "invalid pg_token"},
        {-710, "cancel amount exceeds the cancellable amount"},
        {-711, "cancel amount exceeds the approved amount"},
        {-721, "tid does not exist"},
        {-722, "invalid amount information"},
        {-723, "payment expiry time has passed"},
        {-725, "invalid total payment amount"},
        {-731, "invalid cid"},
        {-733, "invalid cid_secret"},
        {-780, "approval failure!"},
        {-781, "cancel failure!"},
        {-783, "approval is not possible in this state"},
        {-784, "cancel is not possible in this state"},
        {-785, "duplicate request in progress"},
    };
    return {code, QString::fromLatin1(messages.value(code, "error")), {}};
}

SimLedger::SimLedger(Clock *clock, quint64 seed) : m_clock(clock), m_rng(seed) {}

QDateTime SimLedger::now() const
{
    return m_clock->now();
}

QString SimLedger::randomHex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(digits[m_rng.bounded(16)]));
    return s;
}

QString SimLedger::newId(QChar prefix)
{
    // 20 characters like the real ids; unique even across a restored state file.
    QString id;
    do {
        id = prefix + randomHex(19);
    } while (m_payments.contains(id));
    return id;
}

SimPayment SimLedger::ready(const SimReadyRequest &r)
{
    SimPayment p;
    p.tid = newId(QLatin1Char('T'));
    p.cid = r.cid;
    p.partnerOrderId = r.partnerOrderId;
    p.partnerUserId = r.partnerUserId;
    p.itemName = r.itemName;
    p.itemCode = r.itemCode;
    p.quantity = r.quantity;
    p.amount.total = r.total;
    p.amount.taxFree = r.taxFree;
    p.amount.vat = r.hasVat ? r.vat : Won::vatOf(r.total, r.taxFree);
    p.amount.greenDeposit = r.greenDeposit;
    p.approvalUrl = r.approvalUrl;
    p.cancelUrl = r.cancelUrl;
    p.failUrl = r.failUrl;
    p.allowedMethod = r.paymentMethodType;
    p.installMonth = r.installMonth;
    p.createdAt = now();
    p.expiresAt = p.createdAt.addSecs(m_ttlSeconds);
    p.status = SimStatus::Ready;
    m_order.append(p.tid);
    m_payments.insert(p.tid, p);
    touch();
    return p;
}

SimPayment *SimLedger::findMutable(const QString &tid)
{
    auto it = m_payments.find(tid);
    return it == m_payments.end() ? nullptr : &it.value();
}

const SimPayment *SimLedger::find(const QString &tid) const
{
    auto it = m_payments.constFind(tid);
    return it == m_payments.constEnd() ? nullptr : &it.value();
}

SimError SimLedger::checkMerchantCall(const QString &cid, const QString &tid, SimPayment **p)
{
    *p = findMutable(tid);
    if (!*p)
        return SimError::make(-721);
    if ((*p)->cid != cid)
        return SimError::make(-731);
    if (m_inFlight.contains(tid))
        return duplicateError();
    return {};
}

SimError SimLedger::duplicateError() const
{
    SimError e = SimError::make(m_duplicateCode);
    if (m_duplicateCode == -780)
        e.extras = {{QStringLiteral("method_result_code"), QStringLiteral("USER_LOCKED")},
                    {QStringLiteral("method_result_message"),
                     QStringLiteral("진행중인 거래가 있습니다. 잠시 후 다시 시도해 주세요.")}};
    return e;
}

SimError SimLedger::approve(const SimApproveRequest &r, bool injectMethodFailure, SimPayment *out)
{
    SimPayment *p = nullptr;
    SimError e = checkMerchantCall(r.cid, r.tid, &p);
    if (!e.ok())
        return e;
    if (p->isPaid())
        return SimError::make(-702);
    if (!p->isPending())
        return SimError::make(-783);
    if (p->isExpiredAt(now()))
        return SimError::make(-723);
    if (p->status != SimStatus::AuthPassword)
        return SimError::make(-701);
    if (r.partnerOrderId != p->partnerOrderId)
        return SimError::make(-706);
    if (r.partnerUserId != p->partnerUserId)
        return SimError::make(-707);
    if (r.pgToken != p->pgToken)
        return SimError::make(-708);
    if (r.hasTotal && r.total != p->amount.total)
        return SimError::make(-725);
    touch();
    if (injectMethodFailure) {
        p->status = SimStatus::FailPayment;
        *out = *p;
        return SimError::make(-780);
    }
    p->status = SimStatus::Success;
    p->approvedAt = now();
    p->payload = r.payload;
    if (p->method == QLatin1String("CARD"))
        p->approvedId = QString::number(10000000 + m_rng.bounded(90000000));
    p->actions.append({newId(QLatin1Char('A')), QStringLiteral("PAYMENT"), p->approvedAt, p->amount,
                       p->method, r.payload});
    *out = *p;
    return {};
}

SimError SimLedger::cancel(const SimCancelRequest &r, bool injectMethodFailure, SimPayment *out,
                           SimAmount *approvedCancel, QString *aid)
{
    SimPayment *p = nullptr;
    SimError e = checkMerchantCall(r.cid, r.tid, &p);
    if (!e.ok())
        return e;
    if (p->status != SimStatus::Success && p->status != SimStatus::PartCancel)
        return SimError::make(-784);
    const SimAmount remaining = p->cancelAvailable();
    const Won amount = r.cancelAmount;
    const Won taxFree = r.cancelTaxFree;
    if (amount.value() <= 0 || taxFree.isNegative() || (r.hasVat && r.cancelVat.isNegative()))
        return SimError::make(-722);
    if (amount > p->amount.total)
        return SimError::make(-711);
    if (amount > remaining.total)
        return SimError::make(-710);
    if (r.hasAvailable && r.cancelAvailable != remaining.total)
        return SimError::make(m_mismatchCode);

    SimAmount take;
    if (amount == remaining.total) {
        // The last cancel takes exactly what is left, so the parts add up to what was paid.
        const Won vat = r.hasVat ? r.cancelVat : remaining.vat;
        if (taxFree != remaining.taxFree || vat != remaining.vat)
            return SimError::make(-722);
        take = remaining;
    } else {
        if (!p->amount.greenDeposit.isZero()) // no partial cancel with a cup deposit
            return SimError::make(-722);
        const Won vat = r.hasVat ? r.cancelVat : Won::vatOf(amount, taxFree);
        const Won taxable = amount - taxFree;
        if (taxFree > amount || taxFree > remaining.taxFree || vat > remaining.vat ||
            vat > taxable || taxable > remaining.total - remaining.taxFree)
            return SimError::make(-722);
        take.total = amount;
        take.taxFree = taxFree;
        take.vat = vat;
    }
    if (injectMethodFailure)
        return SimError::make(-781);

    p->canceled = p->canceled + take;
    p->canceledAt = now();
    p->status = p->cancelAvailable().total.isZero() ? SimStatus::Cancel : SimStatus::PartCancel;
    const QString newAid = newId(QLatin1Char('A'));
    p->actions.append(
        {newAid, QStringLiteral("CANCEL"), p->canceledAt, take, p->method, r.payload});
    touch();
    *out = *p;
    *approvedCancel = take;
    *aid = newAid;
    return {};
}

SimError SimLedger::order(const QString &cid, const QString &tid, SimPayment *out) const
{
    const SimPayment *p = find(tid);
    if (!p)
        return SimError::make(-721);
    if (p->cid != cid)
        return SimError::make(-731);
    *out = *p;
    return {};
}

SimError SimLedger::checkBuyerStep(const QString &tid, SimPayment **p)
{
    *p = findMutable(tid);
    if (!*p)
        return SimError::make(-721);
    if (!(*p)->isPending() || (*p)->status == SimStatus::AuthPassword)
        return SimError::make(-783);
    return {};
}

SimError SimLedger::sendTms(const QString &tid)
{
    SimPayment *p = nullptr;
    SimError e = checkBuyerStep(tid, &p);
    if (!e.ok())
        return e;
    if (p->isExpiredAt(now()))
        return SimError::make(-723);
    if (p->status != SimStatus::Ready && p->status != SimStatus::SendTms)
        return SimError::make(-783);
    p->status = SimStatus::SendTms;
    touch();
    return {};
}

SimError SimLedger::openPayment(const QString &tid)
{
    SimPayment *p = nullptr;
    SimError e = checkBuyerStep(tid, &p);
    if (!e.ok())
        return e;
    if (p->isExpiredAt(now()))
        return SimError::make(-723);
    p->status = SimStatus::OpenPayment;
    touch();
    return {};
}

SimError SimLedger::authorize(const QString &tid, const QString &method, QString *redirect)
{
    SimPayment *p = findMutable(tid);
    if (!p)
        return SimError::make(-721);
    if (p->status == SimStatus::AuthPassword) { // a second click: same token, same redirect
        *redirect = redirectFor(*p);
        return {};
    }
    SimError e = checkBuyerStep(tid, &p);
    if (!e.ok())
        return e;
    if (p->isExpiredAt(now()))
        return SimError::make(-723);
    p->method = p->allowedMethod.isEmpty() ? method : p->allowedMethod;
    p->pgToken = randomHex(20);
    p->status = SimStatus::AuthPassword;
    touch();
    *redirect = redirectFor(*p);
    return {};
}

SimError SimLedger::quit(const QString &tid, QString *redirect)
{
    SimPayment *p = nullptr;
    SimError e = checkBuyerStep(tid, &p);
    if (!e.ok())
        return e;
    p->status = SimStatus::Quit;
    touch();
    *redirect = p->cancelUrl;
    return {};
}

SimError SimLedger::fail(const QString &tid, QString *redirect)
{
    SimPayment *p = nullptr;
    SimError e = checkBuyerStep(tid, &p);
    if (!e.ok())
        return e;
    p->status = SimStatus::FailAuthPassword;
    touch();
    *redirect = p->failUrl;
    return {};
}

SimError SimLedger::expire(const QString &tid)
{
    SimPayment *p = findMutable(tid);
    if (!p)
        return SimError::make(-721);
    p->expiresAt = now();
    touch();
    return {};
}

QList<SimPayment> SimLedger::payments() const
{
    QList<SimPayment> list;
    for (const QString &tid : m_order)
        list.append(m_payments.value(tid));
    return list;
}

void SimLedger::clear()
{
    m_order.clear();
    m_payments.clear();
    m_inFlight.clear();
    touch();
}

QJsonObject SimLedger::toStateJson() const
{
    QJsonArray list;
    for (const QString &tid : m_order)
        list.append(m_payments.value(tid).toStateJson());
    return {{QStringLiteral("version"), 1}, {QStringLiteral("payments"), list}};
}

void SimLedger::loadStateJson(const QJsonObject &state)
{
    clear();
    const QJsonArray list = state.value(QStringLiteral("payments")).toArray();
    for (const QJsonValue &v : list) {
        const SimPayment p = SimPayment::fromStateJson(v.toObject());
        if (p.tid.isEmpty() || m_payments.contains(p.tid))
            continue;
        m_order.append(p.tid);
        m_payments.insert(p.tid, p);
    }
}

QString SimLedger::withPgToken(const QString &url, const QString &pgToken)
{
    const int hash = url.indexOf(QLatin1Char('#'));
    QString base = hash < 0 ? url : url.left(hash);
    const QString fragment = hash < 0 ? QString() : url.mid(hash);
    const QChar sep = base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    if (base.endsWith(QLatin1Char('?')) || base.endsWith(QLatin1Char('&')))
        base += QStringLiteral("pg_token=") + pgToken;
    else
        base += sep + QStringLiteral("pg_token=") + pgToken;
    return base + fragment;
}

QString SimLedger::redirectFor(const SimPayment &p)
{
    if (p.status == SimStatus::AuthPassword)
        return withPgToken(p.approvalUrl, p.pgToken);
    if (p.status == SimStatus::Quit)
        return p.cancelUrl;
    if (p.status == SimStatus::FailAuthPassword)
        return p.failUrl;
    return {};
}
