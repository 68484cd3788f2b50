#include "ClientWait.h"
#include "ScriptedHttpServer.h"
#include "kakaopay/KakaoPayClient.h"
#include "kakaopay/Meaning.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace KakaoPay;

namespace {

const QString kKey = QStringLiteral("DEVSECRETKEY0123456789abcdef0123456789");
const QString kKorean = QStringLiteral("아메리카노 & 케이크 = 2+1");

ReadyRequest sampleReady()
{
    ReadyRequest r;
    r.partnerOrderId = QStringLiteral("ORD-1");
    r.partnerUserId = QStringLiteral("counter-1");
    r.itemName = kKorean;
    r.quantity = 2;
    r.totalAmount = Won(11000);
    r.taxFreeAmount = Won(0);
    r.approvalUrl = QStringLiteral("http://127.0.0.1:9/approve?order=ORD-1");
    r.cancelUrl = QStringLiteral("http://127.0.0.1:9/cancel?order=ORD-1");
    r.failUrl = QStringLiteral("http://127.0.0.1:9/fail?order=ORD-1");
    return r;
}

const QByteArray kOrderBody =
    R"({"tid":"T1234567890123456789","cid":"TC0ONETIME","status":"SUCCESS_PAYMENT"})";

} // namespace

class TestKakaoPayClientFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Client> client(const ScriptedHttpServer &server,
                                   ApiGeneration generation = ApiGeneration::Current,
                                   int timeoutMs = 5000, const QString &scheme = "http")
    {
        ClientConfig config;
        config.generation = generation;
        config.baseUrl = QUrl(server.url(scheme));
        config.timeoutMs = timeoutMs;
        // A fresh manager per client: no kept-alive connection leaks from one case to the next.
        return std::make_unique<Client>(
            config, [] { return kKey; }, nullptr);
    }

private slots:
    void timeoutWhenServerNeverAnswers()
    {
        ScriptedHttpServer server;
        server.setAction(ScriptedHttpServer::Action::Silent);
        auto c = client(server, ApiGeneration::Current, 300);
        QElapsedTimer t;
        t.start();
        const auto r = ClientWait::order(*c, QStringLiteral("T1234567890123456789"));
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::Timeout);
        QCOMPARE(meaningOf(r->error), Meaning::Unanswered);
        QVERIFY(t.elapsed() >= 250);
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(!r->error.userMessage().isEmpty());
    }

    void http500WithoutBody()
    {
        ScriptedHttpServer server;
        server.reply(500, QByteArray(), QByteArray());
        auto c = client(server);
        const auto r = ClientWait::order(*c, QStringLiteral("T1"));
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::Http);
        QCOMPARE(r->error.httpStatus(), 500);
        QCOMPARE(r->error.code(), 0);
        QCOMPARE(meaningOf(r->error), Meaning::Unanswered); // a 5xx may have done anything
    }

    void http400BothBodyShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("current") << QByteArray(
            R"({"error_code":-780,"error_message":"approval failure!","extras":{"method_result_code":"USER_LOCKED","method_result_message":"진행중인 거래가 있습니다."}})");
        QTest::newRow("legacy") << QByteArray(
            R"({"code":-780,"msg":"approval failure!","extras":{"method_result_code":"USER_LOCKED","method_result_message":"진행중인 거래가 있습니다."}})");
    }
    void http400BothBodyShapes()
    {
        QFETCH(QByteArray, body);
        ScriptedHttpServer server;
        server.reply(400, body);
        auto c = client(server);
        ApproveRequest a;
        a.tid = QStringLiteral("T1");
        a.pgToken = QStringLiteral("abc");
        const auto r = ClientWait::approve(*c, a);
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::KakaoPay);
        QCOMPARE(r->error.httpStatus(), 400);
        QCOMPARE(r->error.code(), -780);
        QCOMPARE(r->error.serverMessage(), QStringLiteral("approval failure!"));
        QCOMPARE(r->error.methodResultCode(), QStringLiteral("USER_LOCKED"));
        QCOMPARE(r->error.methodResultMessage(), QStringLiteral("진행중인 거래가 있습니다."));
        QVERIFY(r->error.userMessage().contains(QStringLiteral("진행중인 거래가 있습니다.")));
        QCOMPARE(r->body, body);
    }

    void unauthorized()
    {
        ScriptedHttpServer server;
        server.reply(401, R"({"msg":"wrong appKey format","code":-401})");
        auto c = client(server, ApiGeneration::Legacy);
        const auto r = ClientWait::order(*c, QStringLiteral("T1"));
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::KakaoPay);
        QCOMPARE(r->error.code(), -401);
        QCOMPARE(r->error.httpStatus(), 401);
        QVERIFY(r->error.userMessage().contains(QStringLiteral("key")));

        ScriptedHttpServer bare;
        bare.reply(401, QByteArray(), QByteArray());
        auto c2 = client(bare);
        const auto r2 = ClientWait::order(*c2, QStringLiteral("T1"));
        QVERIFY(r2);
        QCOMPARE(r2->error.kind(), Error::Kind::Http);
        QCOMPARE(r2->error.httpStatus(), 401);
        QVERIFY(r2->error.userMessage().contains(QStringLiteral("key")));
    }

    void unreadableAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("kind");
        QTest::newRow("malformed json")
            << 200 << QByteArray(R"({"tid":"T1","status":)") << QByteArray("application/json")
            << int(Error::Kind::Malformed);
        QTest::newRow("html 200") << 200 << QByteArray("<html><body>Maintenance</body></html>")
                                  << QByteArray("text/html") << int(Error::Kind::Malformed);
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                                  << QByteArray("text/html") << int(Error::Kind::Http);
        QTest::newRow("json array") << 200 << QByteArray("[1,2]") << QByteArray("application/json")
                                    << int(Error::Kind::Malformed);
        QTest::newRow("empty 200")
            << 200 << QByteArray() << QByteArray() << int(Error::Kind::Malformed);
        QTest::newRow("no status")
            << 200 << QByteArray(R"({"tid":"T1"})") << QByteArray("application/json")
            << int(Error::Kind::MissingField);
        QTest::newRow("redirect") << 302 << QByteArray() << QByteArray() << int(Error::Kind::Http);
    }
    void unreadableAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, kind);
        ScriptedHttpServer server;
        server.reply(status, body, contentType);
        auto c = client(server);
        const auto r = ClientWait::order(*c, QStringLiteral("T1"));
        QVERIFY(r);
        QCOMPARE(int(r->error.kind()), kind);
        QVERIFY(!r->ok());
        // An answer we cannot read may be a payment that went through.
        QCOMPARE(meaningOf(r->error), Meaning::Unanswered);
    }

    void answerOverOneMegabyteIsNotRead()
    {
        // A server that answers with 2 MB: read no further than 1 MB, and it is an answer we
        // cannot read (the payment may still have gone through).
        ScriptedHttpServer server;
        server.reply(200, QByteArray(2 * 1024 * 1024, 'x'));
        auto c = client(server);
        const auto r = ClientWait::order(*c, QStringLiteral("T1"));
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::Malformed);
        QVERIFY(r->error.serverMessage().contains(QStringLiteral("larger than")));
        QVERIFY(r->body.isEmpty());
        QCOMPARE(meaningOf(r->error), Meaning::Unanswered);
    }

    void connectionClosedWithoutAnswer()
    {
        ScriptedHttpServer server;
        server.setAction(ScriptedHttpServer::Action::Close);
        auto c = client(server);
        ApproveRequest a;
        a.tid = QStringLiteral("T1");
        a.pgToken = QStringLiteral("abc");
        const auto r = ClientWait::approve(*c, a);
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::Network);
        QCOMPARE(meaningOf(r->error), Meaning::Unanswered);
        // A payment call is never resent behind the caller's back.
        QTest::qWait(300);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void connectionRefusedIsNotAmbiguous()
    {
        quint16 port = 0;
        {
            ScriptedHttpServer gone;
            port = gone.port();
        }
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        Client c(config, [] { return kKey; });
        const auto r = ClientWait::order(c, QStringLiteral("T1"));
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::Network);
        QCOMPARE(meaningOf(r->error), Meaning::NotSent);
    }

    void httpsToPlainServerNeverSucceeds()
    {
        ScriptedHttpServer server;
        server.reply(200, kOrderBody);
        server.setAction(ScriptedHttpServer::Action::ReplyAtOnce);
        auto c = client(server, ApiGeneration::Current, 3000, QStringLiteral("https"));
        const auto r = ClientWait::order(*c, QStringLiteral("T1"));
        QVERIFY(r);
        QVERIFY(!r->ok());
        QVERIFY2(r->error.kind() == Error::Kind::Tls || r->error.kind() == Error::Kind::Network,
                 qPrintable(r->error.logText()));
    }

    void missingKeyIsConfigurationAndSendsNothing()
    {
        ScriptedHttpServer server;
        server.reply(200, kOrderBody);
        ClientConfig config;
        config.baseUrl = QUrl(server.url());
        Client c(config, [] { return QString(); });
        bool calledSynchronously = false;
        bool inCall = true;
        std::optional<Result<OrderResponse>> out;
        c.order(QStringLiteral("T1"), nullptr, [&](const Result<OrderResponse> &r) {
            calledSynchronously = inCall;
            out = r;
        });
        inCall = false;
        QTRY_VERIFY(out.has_value());
        QVERIFY(!calledSynchronously);
        QCOMPARE(out->error.kind(), Error::Kind::Configuration);
        QCOMPARE(server.connections(), 0);

        config.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1/"));
        Client bad(config, [] { return kKey; });
        const auto r = ClientWait::order(bad, QStringLiteral("T1"));
        QVERIFY(r);
        QCOMPARE(r->error.kind(), Error::Kind::Configuration);
    }

    void destroyedContextGetsNoCallback()
    {
        ScriptedHttpServer server;
        server.reply(200, kOrderBody);
        auto c = client(server);
        auto *context = new QObject;
        bool called = false;
        c->order(QStringLiteral("T1"), context,
                 [&](const Result<OrderResponse> &) { called = true; });
        delete context;
        QTRY_COMPARE(server.requests().size(), 1);
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void keyEchoedByServerIsScrubbed()
    {
        ScriptedHttpServer server;
        server.reply(400, QByteArray(R"({"error_code":-2,"error_message":"bad key )") +
                              kKey.toUtf8() + "\"}");
        auto c = client(server);
        const auto r = ClientWait::order(*c, QStringLiteral("T1"));
        QVERIFY(r);
        QCOMPARE(r->error.code(), -2);
        QVERIFY(!r->body.contains(kKey.toUtf8()));
        QVERIFY(!r->error.logText().contains(kKey));
        QVERIFY(!r->error.userMessage().contains(kKey));
    }

    void currentRequestBytes()
    {
        ScriptedHttpServer server;
        server.reply(200, R"({"tid":"T1234567890123456789","next_redirect_pc_url":"x"})");
        ClientConfig config;
        config.baseUrl = QUrl(server.url() + QStringLiteral("/"));
        config.cidSecret = QStringLiteral("abcdefghijklmnopqrstuvwx");
        Client c(config, [] { return kKey; });
        ReadyRequest req = sampleReady();
        req.availableCards = {QStringLiteral("HANA"), QStringLiteral("BC")};
        req.installMonth = 3;
        const auto r = ClientWait::ready(c, req);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.logText()));
        QCOMPARE(r->value.tid, QStringLiteral("T1234567890123456789"));
        QCOMPARE(server.requests().size(), 1);
        const auto &sent = server.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/online/v1/payment/ready"));
        QCOMPARE(sent.headers.value("authorization"), "SECRET_KEY " + kKey.toUtf8());
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject o = QJsonDocument::fromJson(sent.body).object();
        const QStringList expectedKeys = {
            "approval_url",     "available_cards", "cancel_url",    "cid",
            "cid_secret",       "fail_url",        "install_month", "item_name",
            "partner_order_id", "partner_user_id", "quantity",      "tax_free_amount",
            "total_amount"};
        QCOMPARE(o.keys(), expectedKeys);
        QCOMPARE(o.value("cid").toString(), QStringLiteral("TC0ONETIME"));
        QVERIFY(o.value("quantity").isDouble());
        QCOMPARE(o.value("quantity").toInteger(), 2);
        QVERIFY(o.value("total_amount").isDouble());
        QCOMPARE(o.value("total_amount").toInteger(), 11000);
        QVERIFY(o.value("tax_free_amount").isDouble());
        QVERIFY(o.value("install_month").isDouble());
        QCOMPARE(o.value("available_cards").toArray(), QJsonArray({"HANA", "BC"}));
        QCOMPARE(o.value("item_name").toString(), kKorean);
        // Korean text travels as raw UTF-8, not \u escapes and not percent-encoded.
        QVERIFY(sent.body.contains(kKorean.toUtf8()));
    }

    void legacyRequestBytes()
    {
        ScriptedHttpServer server;
        server.reply(200, R"({"tid":"T1234567890123456789"})");
        auto c = client(server, ApiGeneration::Legacy);
        ReadyRequest req = sampleReady();
        req.availableCards = {QStringLiteral("HANA"), QStringLiteral("BC")};
        req.vatAmount = Won(1000);
        const auto r = ClientWait::ready(*c, req);
        QVERIFY(r);
        QVERIFY(r->ok());
        const auto &sent = server.requests().first();
        QCOMPARE(sent.path, QByteArray("/v1/payment/ready"));
        QCOMPARE(sent.headers.value("authorization"), "KakaoAK " + kKey.toUtf8());
        QCOMPARE(sent.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded;charset=utf-8"));
        QVERIFY(!sent.body.contains(' '));
        const QUrlQuery q(QString::fromLatin1(sent.body));
        QCOMPARE(q.queryItemValue("item_name", QUrl::FullyDecoded), kKorean);
        QCOMPARE(q.queryItemValue("quantity"), QStringLiteral("2"));
        QCOMPARE(q.queryItemValue("total_amount"), QStringLiteral("11000"));
        QCOMPARE(q.queryItemValue("vat_amount"), QStringLiteral("1000"));
        QCOMPARE(q.queryItemValue("available_cards", QUrl::FullyDecoded),
                 QStringLiteral(R"(["HANA","BC"])"));
        QCOMPARE(q.queryItemValue("approval_url", QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:9/approve?order=ORD-1"));
        QVERIFY(!q.hasQueryItem("cid_secret"));
        QVERIFY(!q.hasQueryItem("item_code"));
        QCOMPARE(q.queryItems().size(), 12);
    }

    void approveCancelOrderFields_data()
    {
        QTest::addColumn<int>("generation");
        QTest::newRow("current") << int(ApiGeneration::Current);
        QTest::newRow("legacy") << int(ApiGeneration::Legacy);
    }
    void approveCancelOrderFields()
    {
        QFETCH(int, generation);
        const auto gen = ApiGeneration(generation);
        const QString prefix =
            gen == ApiGeneration::Current ? "/online/v1/payment/" : "/v1/payment/";
        ScriptedHttpServer server;
        server.reply(400, R"({"error_code":-721,"error_message":"no tid"})");
        auto c = client(server, gen);

        auto fieldsOf = [&](const ScriptedHttpServer::Request &sent) {
            QVariantMap m;
            if (gen == ApiGeneration::Current) {
                m = QJsonDocument::fromJson(sent.body).object().toVariantMap();
            } else {
                const QUrlQuery q(QString::fromLatin1(sent.body));
                for (const auto &item : q.queryItems(QUrl::FullyDecoded))
                    m.insert(item.first, item.second);
            }
            return m;
        };

        ApproveRequest a;
        a.tid = QStringLiteral("T1");
        a.partnerOrderId = QStringLiteral("ORD-1");
        a.partnerUserId = QStringLiteral("counter-1");
        a.pgToken = QStringLiteral("8bebbe14fde18da1dd3d");
        a.totalAmount = Won(11000);
        QVERIFY(ClientWait::approve(*c, a));
        CancelRequest k;
        k.tid = QStringLiteral("T1");
        k.cancelAmount = Won(3000);
        k.cancelTaxFreeAmount = Won(0);
        k.cancelAvailableAmount = Won(11000);
        k.payload = QStringLiteral("환불 사유");
        QVERIFY(ClientWait::cancel(*c, k));
        QVERIFY(ClientWait::order(*c, QStringLiteral("T1")));
        QCOMPARE(server.requests().size(), 3);

        const QVariantMap approve = fieldsOf(server.requests().at(0));
        QCOMPARE(server.requests().at(0).path, (prefix + "approve").toUtf8());
        QCOMPARE(QStringList(approve.keys()),
                 QStringList({"cid", "partner_order_id", "partner_user_id", "pg_token", "tid",
                              "total_amount"}));
        QCOMPARE(approve.value("total_amount").toLongLong(), 11000);

        const QVariantMap cancel = fieldsOf(server.requests().at(1));
        QCOMPARE(server.requests().at(1).path, (prefix + "cancel").toUtf8());
        QCOMPARE(QStringList(cancel.keys()),
                 QStringList({"cancel_amount", "cancel_available_amount", "cancel_tax_free_amount",
                              "cid", "payload", "tid"}));
        QCOMPARE(cancel.value("cancel_amount").toLongLong(), 3000);
        QCOMPARE(cancel.value("payload").toString(), QStringLiteral("환불 사유"));

        const QVariantMap order = fieldsOf(server.requests().at(2));
        QCOMPARE(server.requests().at(2).path, (prefix + "order").toUtf8());
        QCOMPARE(server.requests().at(2).method, QByteArray("POST"));
        QCOMPARE(QStringList(order.keys()), QStringList({"cid", "tid"}));
        // Nothing of the key in any body, and only in the Authorization header.
        QVERIFY(!server.rawBytes().replace("Authorization", "").isEmpty());
        for (const auto &req : server.requests())
            QVERIFY(!req.body.contains(kKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestKakaoPayClientFaults)
#include "tst_kakaopayclient_faults.moc"
