#include "SimHttp.h"

#include <QJsonDocument>
#include <QUrl>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

SimHttpResponse SimHttpResponse::json(int status, const QJsonObject &o)
{
    SimHttpResponse r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

SimHttpResponse SimHttpResponse::html(int status, const QByteArray &page)
{
    SimHttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page;
    return r;
}

SimHttpResponse SimHttpResponse::redirect(const QString &location, int status)
{
    SimHttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    // Location must be ASCII: keep the URL's own escapes, encode whatever else is in it.
    r.headers.append({"Location", QUrl(location).toEncoded()});
    r.body = "Redirecting";
    return r;
}

QByteArray SimHttpResponse::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Connection: close\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

SimHttpParser::State SimHttpParser::feed(const QByteArray &data)
{
    m_buffer += data;
    if (!m_headDone) {
        const int end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > kMaxHeaderBytes ? State::Invalid : State::NeedMore;
        if (!parseHead(m_buffer.left(end)))
            return State::Invalid;
        m_buffer.remove(0, end + 4);
        m_headDone = true;
    }
    if (m_buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = m_buffer.left(m_contentLength);
    return State::Complete;
}

bool SimHttpParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first.at(2).startsWith("HTTP/1."))
        return false;
    m_request.method = first.at(0).toUpper();
    const QByteArray target = first.at(1);
    const int q = target.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    m_request.query = simParseForm(q < 0 ? QByteArray() : target.mid(q + 1));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_request.headers.insert(line.left(colon).trimmed().toLower(),
                                 line.mid(colon + 1).trimmed());
    }
    if (m_request.header("transfer-encoding").toLower().contains("chunked"))
        return false; // no client of ours sends chunked requests
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    return ok && m_contentLength >= 0 && m_contentLength <= kMaxBodyBytes;
}

QHash<QString, QString> simParseForm(const QByteArray &form)
{
    QByteArray spaced = form;
    spaced.replace('+', "%20");
    QHash<QString, QString> fields;
    const QList<QByteArray> pairs = spaced.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const QString name = QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (!fields.contains(name)) // the first occurrence wins
            fields.insert(name, eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return fields;
}
