#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A tiny HTTP/1.1 server for fault tests: it reads one request per connection, records it, then
// answers with canned bytes, closes without answering, or stays silent. 127.0.0.1 only.
class ScriptedHttpServer : public QObject
{
public:
    enum class Action
    {
        Reply,          // write m_reply, then close
        Close,          // close right after the request arrived
        Silent,         // keep the connection open and never answer
        CloseOnConnect, // close before reading anything
        ReplyAtOnce     // write m_reply on the first bytes received (e.g. a TLS ClientHello)
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray rawHead;
        QByteArray body;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &scheme = QStringLiteral("http")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port());
    }

    void reply(const QByteArray &bytes)
    {
        m_action = Action::Reply;
        m_reply = bytes;
    }
    void reply(int status, const QByteArray &body,
               const QByteArray &contentType = "application/json;charset=UTF-8")
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        if (!contentType.isEmpty())
            head += "Content-Type: " + contentType + "\r\n";
        head +=
            "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        reply(head + body);
    }
    void setAction(Action action) { m_action = action; }

    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    QByteArray rawBytes() const { return m_raw; } // everything any client sent

private:
    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            m_buffers.insert(socket, {});
            if (m_action == Action::CloseOnConnect) {
                socket->close();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onRead(QTcpSocket *socket)
    {
        const QByteArray chunk = socket->readAll();
        m_raw += chunk;
        if (m_action == Action::ReplyAtOnce) {
            socket->write(m_reply);
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        QByteArray &buffer = m_buffers[socket];
        buffer += chunk;
        const int headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request r;
        r.rawHead = buffer.left(headEnd);
        const QList<QByteArray> lines = r.rawHead.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buffer.size() < headEnd + 4 + length)
            return;
        r.body = buffer.mid(headEnd + 4, length);
        buffer.clear();
        m_requests.append(r);
        switch (m_action) {
        case Action::Reply:
            socket->write(m_reply);
            socket->flush();
            socket->disconnectFromHost();
            break;
        case Action::Close:
        case Action::CloseOnConnect:
            socket->abort();
            break;
        case Action::Silent:
        case Action::ReplyAtOnce:
            break;
        }
    }

    QTcpServer m_server;
    Action m_action = Action::Silent;
    QByteArray m_reply;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_raw;
    int m_connections = 0;
};
