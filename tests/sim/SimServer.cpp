#include "SimServer.h"

#include "SimControl.h"
#include "SimPages.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSim, "paydesk.sim", QtInfoMsg)

namespace {

quint64 seedFor(const SimConfig &config)
{
    return config.hasSeed ? config.seed : quint64(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

SimServer::SimServer(const SimConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_clock(config.clock), m_ledger(&m_clock, seedFor(config)),
      m_api(m_config, &m_ledger), m_pages(std::make_unique<SimPages>(m_config, &m_ledger)),
      m_control(std::make_unique<SimControl>(this))
{
    m_ledger.setTtlSeconds(m_config.ttlSeconds);
    m_ledger.setCancelAvailableMismatchCode(m_config.cancelAvailableMismatchCode);
    m_ledger.setDuplicateCode(m_config.duplicateCode);
    m_faults = m_config.faults;
    loadState();
    connect(&m_listener, &QTcpServer::newConnection, this, &SimServer::onNewConnection);
}

SimServer::~SimServer() = default;

bool SimServer::listen(quint16 port)
{
    if (!m_listener.listen(QHostAddress::LocalHost, port)) {
        m_error = m_listener.errorString();
        return false;
    }
    m_api.setBaseUrl(baseUrl());
    m_pages->setBaseUrl(baseUrl());
    return true;
}

quint16 SimServer::port() const
{
    return m_listener.serverPort();
}

QString SimServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QJsonArray SimServer::faults() const
{
    QJsonArray list;
    for (const SimFault &f : m_faults)
        list.append(f.toJson());
    return list;
}

void SimServer::reset()
{
    m_ledger.clear();
    m_faults.clear();
    m_requests = QJsonArray();
    m_pages->reset();
    saveStateIfChanged();
}

void SimServer::onNewConnection()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        auto parser = std::make_shared<SimHttpParser>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser] {
            if (socket->property("paydeskHandled").toBool()) {
                socket->readAll(); // one request per connection; ignore the rest
                return;
            }
            switch (parser->feed(socket->readAll())) {
            case SimHttpParser::State::NeedMore:
                return;
            case SimHttpParser::State::Invalid:
                socket->setProperty("paydeskHandled", true);
                send(socket, SimHttpResponse::json(
                                 400, {{QStringLiteral("error"), QStringLiteral("bad request")}}));
                return;
            case SimHttpParser::State::Complete:
                socket->setProperty("paydeskHandled", true);
                dispatch(socket, parser->request());
                return;
            }
        });
    }
}

void SimServer::dispatch(QTcpSocket *socket, const SimHttpRequest &request)
{
    qCDebug(lcSim) << request.method << request.path;
    SimApi::Generation generation;
    QString endpoint;
    if (SimApi::route(request.path, &generation, &endpoint))
        dispatchApi(socket, generation, endpoint, request);
    else if (request.path.startsWith(QLatin1String("/__sim/")))
        send(socket, m_control->handle(request));
    else if (request.path.startsWith(QLatin1String("/sim/pay/")))
        send(socket, m_pages->handle(request));
    else
        send(socket,
             SimHttpResponse::json(404, {{QStringLiteral("error"), QStringLiteral("not found")}}));
    saveStateIfChanged();
}

bool SimServer::takeFault(const QString &endpoint, SimFault *out)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        SimFault &f = m_faults[i];
        if (f.endpoint != endpoint)
            continue;
        if (f.skip > 0) { // this call passes; the fault waits for a later one
            --f.skip;
            return false;
        }
        *out = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void SimServer::dispatchApi(QTcpSocket *socket, SimApi::Generation generation,
                            const QString &endpoint, const SimHttpRequest &request)
{
    record(generation, request);
    SimFault fault;
    if (!takeFault(endpoint, &fault)) {
        send(socket, m_api.handle(generation, endpoint, request, nullptr));
        return;
    }
    qCInfo(lcSim) << "fault" << fault.toJson() << "on" << request.path;
    switch (fault.kind) {
    case SimFault::Kind::Close:
        drop(socket);
        return;
    case SimFault::Kind::Http500:
        send(socket, SimApi::errorResponse(generation, 500, -1, QStringLiteral("internal error")));
        return;
    case SimFault::Kind::CommitDrop:
        m_api.handle(generation, endpoint, request, nullptr);
        drop(socket);
        return;
    case SimFault::Kind::Error780:
    case SimFault::Kind::Error781:
        send(socket, m_api.handle(generation, endpoint, request, &fault));
        return;
    case SimFault::Kind::Error: {
        SimError e = SimError::make(fault.errorCode);
        if (!fault.methodResultCode.isEmpty())
            e.message = fault.methodResultCode;
        if (fault.errorCode == -780) // as KakaoPay's own sample: a transaction in progress
            e.extras = {{QStringLiteral("method_result_code"), QStringLiteral("USER_LOCKED")},
                        {QStringLiteral("method_result_message"),
                         QStringLiteral("진행중인 거래가 있습니다. 잠시 후 다시 시도해 주세요.")}};
        send(socket, SimApi::errorResponse(generation, 400, e.code, e.message, e.extras));
        return;
    }
    case SimFault::Kind::Duplicate:
    case SimFault::Kind::Delay:
        break;
    }
    // A slow call holds the tid's lock for its whole duration: a second approve or cancel on
    // the same tid meanwhile gets -785, as a real duplicate would. The call takes effect even
    // when the client gave up waiting, so a client timeout leaves something to reconcile.
    const bool locks = endpoint == QLatin1String("approve") || endpoint == QLatin1String("cancel");
    const QString tid = locks ? SimApi::tidOf(generation, request) : QString();
    if (!tid.isEmpty())
        m_ledger.markInFlight(tid);
    QPointer<QTcpSocket> guarded(socket);
    if (fault.kind == SimFault::Kind::Duplicate) {
        // This connection lost the race to its twin, which goes on upstream.
        const SimError e = m_ledger.duplicateError();
        send(socket, SimApi::errorResponse(generation, 400, e.code, e.message, e.extras));
        guarded.clear();
    }
    ++m_pendingCalls;
    QTimer::singleShot(fault.delayMs, this, [this, guarded, generation, endpoint, request, tid] {
        --m_pendingCalls;
        if (!tid.isEmpty())
            m_ledger.clearInFlight(tid);
        const SimHttpResponse response = m_api.handle(generation, endpoint, request, nullptr);
        saveStateIfChanged();
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            send(guarded, response);
    });
}

void SimServer::record(SimApi::Generation generation, const SimHttpRequest &request)
{
    const SimApi::Auth auth = m_api.checkAuth(generation, request);
    QJsonObject entry{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("content_type"), QString::fromUtf8(request.header("content-type"))},
        {QStringLiteral("auth_scheme"), auth.scheme},
        {QStringLiteral("auth_ok"), auth.ok},
        {QStringLiteral("body"), QString::fromUtf8(request.body)}};
    QJsonObject query;
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it)
        query.insert(it.key(), it.value());
    entry.insert(QStringLiteral("query"), query);
    m_requests.append(entry);
}

void SimServer::send(QTcpSocket *socket, const SimHttpResponse &response)
{
    socket->write(response.serialize());
    socket->disconnectFromHost(); // after the bytes are written
}

void SimServer::drop(QTcpSocket *socket)
{
    // Qt's QNetworkAccessManager silently resends a request (POST included) when the connection
    // closes before the first byte of an answer, so a plain close would never reach a Qt client.
    // The head of an answer whose body never comes is a lost answer to every client.
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\n"
                  "Content-Length: 1024\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

void SimServer::loadState()
{
    if (m_config.stateFile.isEmpty())
        return;
    QFile file(m_config.stateFile);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "cannot read state file" << m_config.stateFile;
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    m_ledger.loadStateJson(doc.object());
    m_savedRevision = m_ledger.revision();
    qCInfo(lcSim) << "restored" << m_ledger.payments().size() << "payments";
}

void SimServer::saveStateIfChanged()
{
    if (m_config.stateFile.isEmpty() || m_ledger.revision() == m_savedRevision)
        return;
    QSaveFile file(m_config.stateFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(m_ledger.toStateJson()).toJson()) < 0 || !file.commit()) {
        qCWarning(lcSim) << "cannot write state file" << m_config.stateFile;
        return;
    }
    m_savedRevision = m_ledger.revision();
}
