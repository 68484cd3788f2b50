#pragma once

#include "SimPayment.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QSet>
#include <QStringList>

class Clock;

// A KakaoPay error as the simulator answers it: code (§10.3) and message. Code 0 = success.
struct SimError
{
    int code = 0;
    QString message;
    QJsonObject extras; // method_result_code / method_result_message, when there are any

    bool ok() const { return code == 0; }
    static SimError make(int code);
};

// Validated inputs of the merchant calls (SimApi checks presence, types and lengths).
struct SimReadyRequest
{
    QString cid;
    QString partnerOrderId;
    QString partnerUserId;
    QString itemName;
    QString itemCode;
    qint64 quantity = 1;
    Won total;
    Won taxFree;
    bool hasVat = false;
    Won vat;
    Won greenDeposit;
    QString approvalUrl;
    QString cancelUrl;
    QString failUrl;
    QString paymentMethodType;
    int installMonth = 0;
};

struct SimApproveRequest
{
    QString cid;
    QString tid;
    QString partnerOrderId;
    QString partnerUserId;
    QString pgToken;
    QString payload;
    bool hasTotal = false;
    Won total;
};

struct SimCancelRequest
{
    QString cid;
    QString tid;
    Won cancelAmount;
    Won cancelTaxFree;
    bool hasVat = false;
    Won cancelVat;
    bool hasAvailable = false;
    Won cancelAvailable;
    QString payload;
};

// The per-tid state machine of §13.2, without any I/O: time comes from a Clock, ids from a
// seeded generator, so a test drives every transition deterministically.
class SimLedger
{
public:
    SimLedger(Clock *clock, quint64 seed);

    void setTtlSeconds(int seconds) { m_ttlSeconds = seconds; }
    // The code for a cancel whose cancel_available_amount disagrees (unconfirmed upstream).
    void setCancelAvailableMismatchCode(int code) { m_mismatchCode = code; }
    // What an approve or cancel gets while another one on the same tid is being carried out:
    // -785 (duplicate request), or -780 with USER_LOCKED ("a transaction is in progress"), as
    // KakaoPay's own -780 sample shows.
    void setDuplicateCode(int code) { m_duplicateCode = code; }
    SimError duplicateError() const;

    // Merchant calls.
    SimPayment ready(const SimReadyRequest &r);
    SimError approve(const SimApproveRequest &r, bool injectMethodFailure, SimPayment *out);
    SimError cancel(const SimCancelRequest &r, bool injectMethodFailure, SimPayment *out,
                    SimAmount *approvedCancel, QString *aid);
    SimError order(const QString &cid, const QString &tid, SimPayment *out) const;

    // The buyer's side (payment page and control interface). `redirect` gets the merchant URL.
    SimError sendTms(const QString &tid);
    SimError openPayment(const QString &tid);
    SimError authorize(const QString &tid, const QString &method, QString *redirect);
    SimError quit(const QString &tid, QString *redirect);
    SimError fail(const QString &tid, QString *redirect);
    SimError expire(const QString &tid);

    // Per-tid lock: an approve/cancel while the tid is marked gets -785.
    void markInFlight(const QString &tid) { m_inFlight.insert(tid); }
    void clearInFlight(const QString &tid) { m_inFlight.remove(tid); }
    bool isInFlight(const QString &tid) const { return m_inFlight.contains(tid); }
    int inFlightCount() const { return int(m_inFlight.size()); }

    const SimPayment *find(const QString &tid) const;
    QList<SimPayment> payments() const; // in creation order
    QDateTime now() const;
    void clear();

    // Bumped by every change, so the server knows when to save the state file.
    quint64 revision() const { return m_revision; }
    QJsonObject toStateJson() const;
    void loadStateJson(const QJsonObject &state);

    // approval_url + pg_token, with '?' or '&' as the URL needs (before any fragment).
    static QString withPgToken(const QString &url, const QString &pgToken);
    // The merchant URL a buyer-side final status leads to (empty while none applies).
    static QString redirectFor(const SimPayment &p);

private:
    SimPayment *findMutable(const QString &tid);
    SimError checkMerchantCall(const QString &cid, const QString &tid, SimPayment **p);
    SimError checkBuyerStep(const QString &tid, SimPayment **p);
    QString randomHex(int length);
    QString newId(QChar prefix);
    void touch() { ++m_revision; }

    Clock *m_clock;
    QRandomGenerator64 m_rng;
    int m_ttlSeconds = 900;
    int m_mismatchCode = -722;
    int m_duplicateCode = -785;
    QStringList m_order;
    QHash<QString, SimPayment> m_payments;
    QSet<QString> m_inFlight;
    quint64 m_revision = 0;
};
