#pragma once

#include "KakaoPayError.h"
#include "KakaoPayTypes.h"
#include "RequestEncoder.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace KakaoPay {

// Reads the secret key at the moment a request is signed, so the key is not held in memory
// longer than needed and never passes through settings objects. Returns an empty string when
// no key is available (the call then fails with Error::Kind::Configuration).
using KeyProvider = std::function<QString()>;

struct ClientConfig
{
    ApiGeneration generation = ApiGeneration::Current;
    QUrl baseUrl; // empty: https://open-api.kakaopay.com or https://kapi.kakao.com
    QString cid = QStringLiteral("TC0ONETIME");
    QString cidSecret; // optional
    int timeoutMs = 10000;

    QUrl effectiveBaseUrl() const;
};

// Speaks KakaoPay's single-payment API (ready, approve, cancel, order) for one merchant over a
// QNetworkAccessManager, asynchronously. It holds no payment state: every call carries its own
// tid, so any number of payments can be in flight at once.
//
// Each call takes a context object: when it is destroyed before the answer arrives, the
// callback is not called (the request is still left to finish or time out on the wire).
class Client : public QObject
{
    Q_OBJECT

public:
    Client(ClientConfig config, KeyProvider keyProvider, QNetworkAccessManager *nam = nullptr,
           QObject *parent = nullptr);
    ~Client() override;

    const ClientConfig &config() const { return m_config; }

    void ready(const ReadyRequest &request, QObject *context,
               std::function<void(const Result<ReadyResponse> &)> done);
    void approve(const ApproveRequest &request, QObject *context,
                 std::function<void(const Result<ApproveResponse> &)> done);
    void cancel(const CancelRequest &request, QObject *context,
                std::function<void(const Result<CancelResponse> &)> done);
    void order(const QString &tid, QObject *context,
               std::function<void(const Result<OrderResponse> &)> done);

private:
    // What came back for one request before decoding: transport and HTTP errors already in
    // error, the body with the key scrubbed out.
    struct Answer
    {
        int httpStatus = 0;
        QByteArray body;
        Error error;
        qint64 elapsedMs = 0;
    };

    template <typename Response>
    void call(Endpoint endpoint, const RequestFields &fields, const QString &tid, QObject *context,
              std::function<void(const Result<Response> &)> done);
    void send(Endpoint endpoint, const RequestFields &fields, std::function<void(Answer)> done);
    void failLater(Error error, std::function<void(Answer)> done);

    ClientConfig m_config;
    KeyProvider m_keyProvider;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace KakaoPay
