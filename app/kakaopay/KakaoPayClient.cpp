#include "KakaoPayClient.h"

#include "ErrorParser.h"
#include "KakaoPayLog.h"
#include "OneShotBody.h"
#include "ResponseDecoder.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace KakaoPay {

namespace {

// No KakaoPay answer comes near this; a bigger one is read no further (memory is not the
// server's to fill).
constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

// The key must not leave through an answer either (a gateway that echoes what it got).
QByteArray scrubbed(QByteArray body, const QString &key)
{
    if (!key.isEmpty())
        body.replace(key.toUtf8(), QByteArrayLiteral("***"));
    return body;
}

// The connection failed (possibly after an answer's head arrived, e.g. a body cut short):
// what the status line said does not matter then.
bool isTransportError(QNetworkReply::NetworkError code)
{
    return (code > QNetworkReply::NoError && code <= QNetworkReply::UnknownNetworkError) ||
           code == QNetworkReply::ContentReSendError;
}

Error transportError(QNetworkReply *reply, bool requestSent, bool sslFailed,
                     const QString &sslDetail)
{
    const QNetworkReply::NetworkError code = reply->error();
    if (sslFailed || code == QNetworkReply::SslHandshakeFailedError)
        return Error(Error::Kind::Tls, sslDetail.isEmpty() ? reply->errorString() : sslDetail);
    const bool closedAfterConnect =
        code == QNetworkReply::RemoteHostClosedError || code == QNetworkReply::ContentReSendError;
    const QString detail = code == QNetworkReply::ContentReSendError
                               ? QStringLiteral("connection closed before the answer (not resent)")
                               : reply->errorString();
    return Error::network(detail, requestSent || closedAfterConnect);
}

} // namespace

QUrl ClientConfig::effectiveBaseUrl() const
{
    if (!baseUrl.isEmpty())
        return baseUrl;
    return generation == ApiGeneration::Current
               ? QUrl(QStringLiteral("https://open-api.kakaopay.com"))
               : QUrl(QStringLiteral("https://kapi.kakao.com"));
}

Client::Client(ClientConfig config, KeyProvider keyProvider, QNetworkAccessManager *nam,
               QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_keyProvider(std::move(keyProvider)),
      m_nam(nam ? nam : new QNetworkAccessManager(this))
{}

Client::~Client() = default;

void Client::ready(const ReadyRequest &request, QObject *context,
                   std::function<void(const Result<ReadyResponse> &)> done)
{
    const RequestEncoder encoder(m_config.cid, m_config.cidSecret);
    call<ReadyResponse>(Endpoint::Ready, encoder.ready(request), QString(), context,
                        std::move(done));
}

void Client::approve(const ApproveRequest &request, QObject *context,
                     std::function<void(const Result<ApproveResponse> &)> done)
{
    const RequestEncoder encoder(m_config.cid, m_config.cidSecret);
    call<ApproveResponse>(Endpoint::Approve, encoder.approve(request), request.tid, context,
                          std::move(done));
}

void Client::cancel(const CancelRequest &request, QObject *context,
                    std::function<void(const Result<CancelResponse> &)> done)
{
    const RequestEncoder encoder(m_config.cid, m_config.cidSecret);
    call<CancelResponse>(Endpoint::Cancel, encoder.cancel(request), request.tid, context,
                         std::move(done));
}

void Client::order(const QString &tid, QObject *context,
                   std::function<void(const Result<OrderResponse> &)> done)
{
    const RequestEncoder encoder(m_config.cid, m_config.cidSecret);
    call<OrderResponse>(Endpoint::Order, encoder.order(tid), tid, context, std::move(done));
}

template <typename Response>
void Client::call(Endpoint endpoint, const RequestFields &fields, const QString &tid,
                  QObject *context, std::function<void(const Result<Response> &)> done)
{
    // Without a context the caller always wants the answer; with one, only while it lives.
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    const QString path = RequestEncoder::path(endpoint, m_config.generation);
    send(endpoint, fields,
         [hadContext, guard, path, tid, done = std::move(done)](const Answer &answer) {
             Result<Response> result;
             result.body = answer.body;
             result.error = answer.error;
             if (!result.error.isError())
                 result.error = ResponseDecoder::decode(answer.body, &result.value);
             const QString shownTid = tid.isEmpty() ? result.value.tid : tid;
             if (result.ok())
                 qCInfo(lcKakaoPay).noquote()
                     << "POST" << path << "http=" + QString::number(answer.httpStatus)
                     << "ms=" + QString::number(answer.elapsedMs) << "tid=" + shownTid;
             else
                 qCWarning(lcKakaoPay).noquote()
                     << "POST" << path << "http=" + QString::number(answer.httpStatus)
                     << "ms=" + QString::number(answer.elapsedMs) << "tid=" + shownTid
                     << result.error.logText();
             if (hadContext && !guard)
                 return;
             if (done)
                 done(result);
         });
}

void Client::failLater(Error error, std::function<void(Answer)> done)
{
    // Callbacks are always asynchronous, even when nothing was sent.
    QTimer::singleShot(0, this, [error, done = std::move(done)] {
        Answer answer;
        answer.error = error;
        done(answer);
    });
}

void Client::send(Endpoint endpoint, const RequestFields &fields, std::function<void(Answer)> done)
{
    const QUrl base = m_config.effectiveBaseUrl();
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        failLater(Error(Error::Kind::Configuration, QStringLiteral("invalid base URL")),
                  std::move(done));
        return;
    }
    if (scheme == QLatin1String("https") && !QSslSocket::supportsSsl()) {
        failLater(Error(Error::Kind::Tls, QStringLiteral("no TLS backend available")),
                  std::move(done));
        return;
    }
    const QString key = m_keyProvider ? m_keyProvider().trimmed() : QString();
    if (key.isEmpty()) {
        failLater(Error(Error::Kind::Configuration, QStringLiteral("no secret key")),
                  std::move(done));
        return;
    }

    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + RequestEncoder::path(endpoint, m_config.generation));

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", RequestEncoder::authorization(m_config.generation, key));
    request.setRawHeader("Content-Type", RequestEncoder::contentType(m_config.generation));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("PayDesk/" PAYDESK_VERSION));
    // A payment call is never silently sent elsewhere: a redirect is an error to look at.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    qCDebug(lcKakaoPay).noquote() << "POST" << url.path() << "to" << url.host();

    struct State
    {
        QElapsedTimer elapsed;
        bool timedOut = false;
        bool tooLarge = false;
        bool requestSent = false;
        bool sslFailed = false;
        QString sslDetail;
        QString key;
    };
    auto state = std::make_shared<State>();
    state->elapsed.start();
    state->key = key;

    auto *body = new OneShotBody(RequestEncoder::body(fields, m_config.generation));
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = m_nam->post(request, body);
    body->setParent(reply);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const int timeoutMs = m_config.timeoutMs > 0 ? m_config.timeoutMs : 10000;
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);

    connect(reply, &QNetworkReply::requestSent, reply, [state] { state->requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, reply, [state](qint64 sent, qint64) {
        if (sent > 0)
            state->requestSent = true;
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, state](qint64 received, qint64 total) {
                if (received > kMaxAnswerBytes || total > kMaxAnswerBytes) {
                    state->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reply finishes with an error.
        state->sslFailed = true;
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        state->sslDetail = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this,
            [reply, state, timer, timeoutMs, done = std::move(done)] {
                timer->stop();
                reply->deleteLater();
                Answer answer;
                answer.elapsedMs = state->elapsed.elapsed();
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (state->tooLarge) {
                    answer.httpStatus = status.toInt();
                    answer.error =
                        Error(Error::Kind::Malformed,
                              QStringLiteral("answer larger than %1 bytes").arg(kMaxAnswerBytes),
                              answer.httpStatus);
                } else if (state->timedOut) {
                    answer.error = Error(Error::Kind::Timeout,
                                         QStringLiteral("no answer within %1 ms").arg(timeoutMs));
                } else if (!status.isValid() || isTransportError(reply->error())) {
                    answer.error = transportError(reply, state->requestSent, state->sslFailed,
                                                  state->sslDetail);
                } else {
                    answer.httpStatus = status.toInt();
                    answer.body = scrubbed(reply->readAll(), state->key);
                    answer.error = ErrorParser::parse(answer.httpStatus, answer.body);
                }
                state->key.clear();
                done(answer);
            });
}

} // namespace KakaoPay
