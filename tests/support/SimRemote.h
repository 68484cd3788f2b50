#pragma once

#include "kakaopay/KakaoPayClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

// A running KakaoPay simulator seen from a test: its control interface (tests/sim README,
// /__sim/…) over HTTP, synchronously (the test's event loop keeps running meanwhile, so an
// in-process simulator answers too), and KakaoPay clients pointed at it. SimProcess (a child
// process) and SimHarness (in this process) are both one.
class SimRemote
{
public:
    SimRemote() = default;
    virtual ~SimRemote() = default;
    SimRemote(const SimRemote &) = delete;
    SimRemote &operator=(const SimRemote &) = delete;

    QUrl baseUrl() const { return m_base; }
    QUrl url() const { return m_base; }

    // Any control call; the answer as JSON (null on failure). lastStatus() has the HTTP status.
    QJsonDocument control(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    int lastStatus() const { return m_lastStatus; }

    // The buyer acts on KakaoPay's page (approve, cancel, fail, tms, open, expire): the URL the
    // browser would be sent to.
    QUrl buyer(const QString &tid, const QString &action, const QString &query = {});
    // The buyer confirms in KakaoTalk: AUTH_PASSWORD and a pg_token (empty when refused).
    QString buyerApproves(const QString &tid, const QString &method = QStringLiteral("CARD"));

    // A fault for the next `count` calls of an endpoint (-1: until cleared), after `skip` calls
    // that pass untouched.
    void fault(const QString &endpoint, const QString &kind, const QJsonValue &arg = {},
               int count = 1, int skip = 0);
    void clearFaults();
    void reset();

    QJsonArray requests();
    // Requests received on an API path ending in "/payment/<endpoint>".
    int requestCount(const QString &endpoint);
    QJsonArray ledger();
    QJsonObject payment(const QString &tid); // the ledger's entry (order-shaped)
    int paymentActions(const QString &tid, const QString &type);

    // A client for this simulator; `key` defaults to the training key.
    std::unique_ptr<KakaoPay::Client>
    makeClient(KakaoPay::ApiGeneration generation = KakaoPay::ApiGeneration::Current,
               int timeoutMs = 5000, const QString &key = {}) const;

protected:
    void setBaseUrl(const QUrl &url) { m_base = url; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    int m_lastStatus = 0;
};
