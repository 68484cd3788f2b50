#pragma once

#include "SimApi.h"
#include "SimClock.h"
#include "SimConfig.h"
#include "SimLedger.h"

#include <QJsonArray>
#include <QObject>
#include <QTcpServer>

#include <memory>

class SimControl;
class SimPages;
class QTcpSocket;

// The simulator's HTTP/1.1 listener on 127.0.0.1. Hand-written on QTcpServer because the
// faults need what a framework hides: answering late, or closing the connection without an
// answer after the call took effect. One request per connection (Connection: close).
class SimServer : public QObject
{
    Q_OBJECT

public:
    explicit SimServer(const SimConfig &config = SimConfig(), QObject *parent = nullptr);
    ~SimServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const { return m_error; }

    SimLedger &ledger() { return m_ledger; }
    const SimConfig &config() const { return m_config; }

    // Control interface operations (also reachable over HTTP under /__sim/).
    void addFault(const SimFault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    QJsonArray faults() const;
    void advanceClock(qint64 seconds) { m_clock.advance(seconds * 1000); }
    QJsonArray requests() const { return m_requests; }
    // Calls answered late (delay, duplicate) that have not been carried out yet.
    int pendingCalls() const { return m_pendingCalls; }
    void reset();

private:
    void onNewConnection();
    void dispatch(QTcpSocket *socket, const SimHttpRequest &request);
    void dispatchApi(QTcpSocket *socket, SimApi::Generation generation, const QString &endpoint,
                     const SimHttpRequest &request);
    bool takeFault(const QString &endpoint, SimFault *out);
    void record(SimApi::Generation generation, const SimHttpRequest &request);
    void send(QTcpSocket *socket, const SimHttpResponse &response);
    void drop(QTcpSocket *socket);
    void loadState();
    void saveStateIfChanged();

    SimConfig m_config;
    SimClock m_clock;
    SimLedger m_ledger;
    SimApi m_api;
    std::unique_ptr<SimPages> m_pages;
    std::unique_ptr<SimControl> m_control;
    QTcpServer m_listener;
    QList<SimFault> m_faults;
    QJsonArray m_requests;
    QString m_error;
    quint64 m_savedRevision = 0;
    int m_pendingCalls = 0;
};
