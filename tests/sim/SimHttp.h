#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// A parsed HTTP/1.1 request. Header names are lower-cased.
struct SimHttpRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QHash<QString, QString> query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct SimHttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json;charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SimHttpResponse json(int status, const QJsonObject &o);
    static SimHttpResponse html(int status, const QByteArray &page);
    static SimHttpResponse redirect(const QString &location, int status = 302);
    // The whole response, with Connection: close (the server answers one request per connection).
    QByteArray serialize() const;
};

// Incremental request parser: feed bytes as they arrive until it says Complete.
class SimHttpParser
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Invalid
    };

    State feed(const QByteArray &data);
    const SimHttpRequest &request() const { return m_request; }

    static constexpr int kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxBodyBytes = 4 * 1024 * 1024;

private:
    bool parseHead(const QByteArray &head);

    QByteArray m_buffer;
    bool m_headDone = false;
    qint64 m_contentLength = 0;
    SimHttpRequest m_request;
};

// Form bodies and queries: '+' means a space, percent escapes are UTF-8 (legacy API, page forms).
QHash<QString, QString> simParseForm(const QByteArray &form);
