#include "ConnectionTest.h"

#include "ServerAddress.h"
#include "SettingsLog.h"
#include "kakaopay/Meaning.h"

#include <QTimer>

ConnectionTest::ConnectionTest(KakaoPay::Client *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

void ConnectionTest::start()
{
    if (m_running)
        return;
    if (!m_client) {
        emit finished({Outcome::NoKey, tr("KakaoPay is not set up.")});
        return;
    }
    const QUrl server = m_client->config().effectiveBaseUrl();
    // The settings' rule, checked here too: the key never goes out in clear text.
    if (const QString problem = ServerAddress::problem(server); !problem.isEmpty()) {
        const Result refused{
            Outcome::RefusedAddress,
            tr("Not tested: the server address %1 is refused: %2").arg(server.toString(), problem)};
        qCInfo(lcSettings) << "connection test refused:" << server.host();
        QTimer::singleShot(0, this, [this, refused] { emit finished(refused); });
        return;
    }
    m_running = true;
    m_client->order(QString::fromLatin1(kProbeTid), this,
                    [this, server](const KakaoPay::Result<KakaoPay::OrderResponse> &r) {
                        m_running = false;
                        const Result result = interpret(r.error, server);
                        qCInfo(lcSettings)
                            << "connection test:" << result.outcome << r.error.logText();
                        emit finished(result);
                    });
}

ConnectionTest::Result ConnectionTest::interpret(const KakaoPay::Error &error, const QUrl &server)
{
    using Kind = KakaoPay::Error::Kind;
    const QString host = server.host().isEmpty() ? server.toString() : server.host();
    const bool authStatus = error.httpStatus() == 401 || error.httpStatus() == 403;
    switch (error.kind()) {
    case Kind::None: // an order for a tid nobody made: still, KakaoPay took key and CID
        return {Outcome::Accepted, tr("Connected: KakaoPay accepted the key and the CID.")};
    case Kind::KakaoPay:
        switch (KakaoPay::meaningOf(error)) {
        case KakaoPay::Meaning::KeyRejected:
            return {Outcome::WrongKey,
                    tr("KakaoPay refused the secret key. Check that it is the key of this "
                       "app and of the chosen API (test or live).")};
        case KakaoPay::Meaning::MerchantRejected:
            return {Outcome::WrongCid, tr("KakaoPay accepted the key but not the CID.")};
        case KakaoPay::Meaning::CidSecretRejected:
            return {Outcome::WrongCidSecret,
                    tr("KakaoPay accepted the key but not the CID secret.")};
        default: // "unknown tid" for the probe, or another business answer: both signed
            return {Outcome::Accepted, tr("Connected: KakaoPay accepted the key and the CID.")};
        }
    case Kind::Http:
        if (authStatus)
            return {Outcome::WrongKey,
                    tr("KakaoPay refused the secret key (HTTP %1).").arg(error.httpStatus())};
        return {Outcome::UnexpectedAnswer,
                tr("The server %1 answered HTTP %2, not like KakaoPay. Check the server "
                   "address.")
                    .arg(host)
                    .arg(error.httpStatus())};
    case Kind::Network:
        return {Outcome::Unreachable,
                tr("Cannot reach KakaoPay at %1: no connection (%2). Check the network and the "
                   "server address.")
                    .arg(host, error.serverMessage())};
    case Kind::Timeout:
        return {Outcome::Timeout, tr("Cannot reach KakaoPay at %1: no answer in time.").arg(host)};
    case Kind::Tls:
        return {Outcome::Tls,
                tr("Cannot reach KakaoPay at %1: the secure connection was refused (%2).")
                    .arg(host, error.serverMessage())};
    case Kind::Configuration:
        return {Outcome::NoKey, tr("No secret key is entered, or the settings are incomplete: %1")
                                    .arg(error.serverMessage())};
    case Kind::Malformed:
    case Kind::MissingField:
        break;
    }
    return {
        Outcome::UnexpectedAnswer,
        tr("The server %1 answered, but not like KakaoPay. Check the server address.").arg(host)};
}
