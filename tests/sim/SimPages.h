#pragma once

#include "SimHttp.h"

#include <QElapsedTimer>
#include <QHash>

class SimLedger;
struct SimConfig;
struct SimPayment;

// The buyer's side: the fake KakaoPay payment page at next_redirect_*_url, its buttons
// (302 to the merchant's URLs), the phone-number form, and the poll the page runs so that a
// change made from outside (control interface, auto-approve) takes the browser along.
class SimPages
{
public:
    SimPages(const SimConfig &config, SimLedger *ledger) : m_config(config), m_ledger(ledger) {}

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void reset() { m_firstView.clear(); }

    // /sim/pay/{tid}/{pc|mobile|app|poll|approve|cancel|fail|tms|open}
    SimHttpResponse handle(const SimHttpRequest &request);

private:
    SimHttpResponse page(const SimPayment &p, const QString &variant, const QString &notice);
    SimHttpResponse poll(const QString &tid);
    SimHttpResponse message(int status, const QString &text);
    void autoApproveIfDue(const QString &tid);

    const SimConfig &m_config;
    SimLedger *m_ledger;
    QString m_baseUrl;
    // Wall time since a tid's page was first shown (auto-approve), not the simulator clock:
    // tests that move the clock must not approve payments by accident.
    QHash<QString, QElapsedTimer> m_firstView;
};
