#pragma once

#include "SimRemote.h"
#include "SimServer.h"

// The simulator in this process on 127.0.0.1 (a SimServer the test can reach into: its ledger,
// its faults, its clock), plus its control interface and clients.
class SimHarness : public SimRemote
{
public:
    static QString key() { return QStringLiteral("training-key"); }

    explicit SimHarness(const SimConfig &config = defaultConfig()) : m_server(config)
    {
        m_listening = m_server.listen(0);
        setBaseUrl(QUrl(m_server.baseUrl()));
    }

    static SimConfig defaultConfig()
    {
        SimConfig c;
        c.hasSeed = true;
        c.seed = 42;
        return c;
    }

    bool listening() const { return m_listening; }
    // As text, the way the client suites use it ("http://127.0.0.1:PORT").
    QString url() const { return m_server.baseUrl(); }
    SimServer &server() { return m_server; }

    std::unique_ptr<KakaoPay::Client> client(KakaoPay::ApiGeneration generation,
                                             const QString &secret = key(), int timeoutMs = 5000)
    {
        return makeClient(generation, timeoutMs, secret);
    }

    // A fault straight into the server (no HTTP).
    void fault(const QString &endpoint, SimFault::Kind kind, int delayMs = 0,
               const QString &code = {}, const QString &message = {})
    {
        SimFault f;
        f.endpoint = endpoint;
        f.kind = kind;
        f.delayMs = delayMs;
        f.methodResultCode = code;
        f.methodResultMessage = message;
        m_server.addFault(f);
    }
    using SimRemote::fault;

    // Kept for the suites written against the first harness: POST to the control interface.
    QJsonObject control(const QString &path, const QJsonObject &body = {})
    {
        return call("POST", path, body);
    }
    using SimRemote::control;

private:
    SimServer m_server;
    bool m_listening = false;
};
