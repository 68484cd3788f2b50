#pragma once

#include "SimHttp.h"
#include "SimLedger.h"

struct SimConfig;
struct SimFault;

// The merchant endpoints of both API generations (reference §1, §4–§7, §10): authentication,
// body formats, validation, and the JSON the real service answers. State lives in SimLedger.
class SimApi
{
public:
    enum class Generation
    {
        Legacy, // /v1/payment/*, form bodies, KakaoAK, {"code","msg"}
        Current // /online/v1/payment/*, JSON bodies, SECRET_KEY, {"error_code","error_message"}
    };

    struct Auth
    {
        QString scheme; // the scheme word sent, never the key
        bool ok = false;
    };

    SimApi(const SimConfig &config, SimLedger *ledger);
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

    // Is `path` a merchant endpoint? Gives its generation and name (ready|approve|cancel|order).
    static bool route(const QString &path, Generation *generation, QString *endpoint);
    // The tid a call is about (empty for ready or an unreadable body).
    static QString tidOf(Generation generation, const SimHttpRequest &request);
    Auth checkAuth(Generation generation, const SimHttpRequest &request) const;

    // Answers one call. `methodFault` (error780/error781 or nullptr) makes it fail the way a
    // card company or KakaoPay Money would.
    SimHttpResponse handle(Generation generation, const QString &endpoint,
                           const SimHttpRequest &request, const SimFault *methodFault);

    static SimHttpResponse errorResponse(Generation generation, int httpStatus, int code,
                                         const QString &message,
                                         const QJsonObject &extras = QJsonObject());

private:
    class Params;

    SimHttpResponse ready(Generation g, const Params &p);
    SimHttpResponse approve(Generation g, const Params &p, const SimFault *methodFault);
    SimHttpResponse cancel(Generation g, const Params &p, const SimFault *methodFault);
    SimHttpResponse order(Generation g, const Params &p);
    SimHttpResponse ledgerError(Generation g, const SimError &e,
                                const QJsonObject &extras = QJsonObject()) const;
    bool domainAllowed(const QString &url) const;

    const SimConfig &m_config;
    SimLedger *m_ledger;
    QString m_baseUrl;
};
