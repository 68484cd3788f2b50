#pragma once

#include "kakaopay/KakaoPayClient.h"

#include <QObject>
#include <QPointer>

// "Test connection": asks KakaoPay for the order of a tid that cannot exist and reads the
// answer. KakaoPay checks the key and the CID before it looks for the tid, so "unknown tid" or
// any other business answer means key and CID were accepted; nothing is paid.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Accepted,         // key and CID accepted
        WrongKey,         // the key was not accepted
        WrongCid,         // the merchant code was not accepted
        WrongCidSecret,   // the cid_secret was not accepted
        NoKey,            // nothing to sign with (Configuration)
        Unreachable,      // connection refused, DNS, reset
        Timeout,          // no answer in time
        Tls,              // TLS handshake or certificate refused
        UnexpectedAnswer, // answered, but not like KakaoPay
        RefusedAddress    // not sent: http to another computer, or not an http(s) address
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::UnexpectedAnswer;
        QString message; // a sentence for the manager, in the UI language
        bool accepted() const { return outcome == Outcome::Accepted; }
    };

    static constexpr const char *kProbeTid = "T0000000000000000000";

    explicit ConnectionTest(KakaoPay::Client *client, QObject *parent = nullptr);

    void start(); // finished() follows once
    bool isRunning() const { return m_running; }

    // The whole judgement, separate from the network so it is testable on its own.
    static Result interpret(const KakaoPay::Error &error, const QUrl &server);

signals:
    void finished(const ConnectionTest::Result &result);

private:
    QPointer<KakaoPay::Client> m_client;
    bool m_running = false;
};

Q_DECLARE_METATYPE(ConnectionTest::Result)
