// paydesk-fault-driver: a headless PayDesk for the fault suite. One process = one step of the
// counter (a payment, a refund, or the recovery at start) on a given journal file against a given
// simulator, optionally killed (abort()) at a chosen point, the way a power cut would.
#include "CrashingRecorder.h"

#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "checkout/Reconciler.h"
#include "kakaopay/KakaoPayClient.h"
#include "refunds/RefundReconciler.h"
#include "refunds/RefundService.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

namespace {

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

OrderSnapshot sampleOrder()
{
    Order order;
    order.add(
        Product{QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), false},
        2);
    order.add(
        Product{QStringLiteral("8801000010127"), QStringLiteral("흰우유 1L"), Won(2980), true});
    order.add(
        Product{QStringLiteral("8801000010202"), QStringLiteral("샌드위치"), Won(3900), false});
    return order.snapshot();
}

// The buyer presses "Approve (card)" on the simulator's page; the redirect comes back.
void buyerApproves(QNetworkAccessManager *nam, const QUrl &sim, const QString &tid,
                   PaymentAttempt *attempt)
{
    QNetworkRequest request(
        sim.resolved(QUrl(QStringLiteral("/__sim/tid/%1/approve?method=CARD").arg(tid))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam->post(request, QByteArray());
    QObject::connect(reply, &QNetworkReply::finished, attempt, [reply, attempt] {
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        attempt->handleNavigation(QUrl(answer.value(QLatin1String("redirect")).toString()));
    });
}

int pay(KakaoPay::Client *client, Journal *journal, const QUrl &sim, const QString &crashAt)
{
    // Where to die: after the journal wrote the step, at once or once the next request left.
    QString event;
    int delay = 0;
    if (crashAt == QLatin1String("before-ready-answered")) {
        event = QStringLiteral("created");
        delay = 150; // ready has left; its answer (delayed by the simulator) has not come
    } else if (crashAt == QLatin1String("after-ready")) {
        event = QStringLiteral("ready-answered");
    } else if (crashAt == QLatin1String("after-pg-token")) {
        event = QStringLiteral("token-received");
    } else if (crashAt == QLatin1String("during-approve")) {
        event = QStringLiteral("approve-sent");
        delay = 150; // approve has left; the simulator commits it after we are gone
    } else if (!crashAt.isEmpty()) {
        say(QStringLiteral("ERROR unknown step %1").arg(crashAt));
        return 2;
    }
    CrashingRecorder recorder(journal, event, delay);
    QNetworkAccessManager nam;
    PaymentAttempt attempt(client, &recorder, Clock::system(), sampleOrder(),
                           PaymentAttempt::Options());
    say(QStringLiteral("ORDER %1").arg(attempt.partnerOrderId()));
    QObject::connect(&attempt, &PaymentAttempt::pageReady, &attempt, [&] {
        say(QStringLiteral("TID %1").arg(attempt.record().tid));
        buyerApproves(&nam, sim, attempt.record().tid, &attempt);
    });
    QObject::connect(&attempt, &PaymentAttempt::finished, qApp, [&] {
        say(QStringLiteral("PAID %1 %2")
                .arg(attempt.partnerOrderId(), paymentStateName(attempt.state())));
        qApp->exit(0);
    });
    attempt.start();
    return qApp->exec();
}

int refund(KakaoPay::Client *client, Journal *journal, const QString &orderId,
           const QString &amount, const QString &crashAt)
{
    RefundService service(client, journal);
    RefundRequest request;
    request.partnerOrderId = orderId;
    request.reason = QStringLiteral("fault suite");
    if (amount == QLatin1String("full")) {
        request.kind = RefundRequest::Kind::Full;
    } else {
        request.kind = RefundRequest::Kind::Amount;
        request.amount = Won(amount.toLongLong());
    }
    AuthResult auth;
    auth.status = AuthResult::Status::Ok;
    auth.manager = QStringLiteral("fault-driver");
    QObject::connect(&service, &RefundService::finished, qApp, [](const RefundResult &r) {
        say(QStringLiteral("REFUND %1 %2").arg(int(r.outcome)).arg(r.message));
        qApp->exit(r.outcome == RefundResult::Outcome::Refused ? 3 : 0);
    });
    if (!crashAt.isEmpty()) {
        // The refund is written before its cancel leaves: die right then ("before-send"), or
        // once the cancel has left ("during-cancel").
        const int delay = crashAt == QLatin1String("during-cancel") ? 150 : 0;
        auto *poll = new QTimer(qApp);
        QObject::connect(poll, &QTimer::timeout, qApp, [journal, poll, delay] {
            if (journal->pendingRefunds().isEmpty())
                return;
            poll->stop();
            if (delay == 0)
                std::abort();
            QTimer::singleShot(delay, [] { std::abort(); });
        });
        poll->start(0);
    }
    service.refund(request, RefundAuthorization::grant(auth, orderId, Clock::system()->now()));
    return qApp->exec();
}

int recover(KakaoPay::Client *client, Journal *journal)
{
    Reconciler payments(client, journal, Clock::system());
    RefundReconciler refunds(client, journal);
    RefundCall::Options options;
    options.quietMs = 3000;
    options.retryDelayMs = 250;
    refunds.setCallOptions(options);
    QObject::connect(&payments, &Reconciler::resultReady, qApp, [](const ReconcileResult &r) {
        say(QStringLiteral("RECOVERED %1 %2").arg(r.partnerOrderId, r.text));
    });
    QObject::connect(&payments, &Reconciler::finished, &refunds, &RefundReconciler::run);
    QObject::connect(&refunds, &RefundReconciler::resultReady, qApp, [](const RefundResult &r) {
        say(QStringLiteral("REFUND-RECOVERED %1 %2 %3")
                .arg(r.partnerOrderId)
                .arg(int(r.outcome))
                .arg(r.message));
    });
    QObject::connect(&refunds, &RefundReconciler::finished, qApp, [] { qApp->exit(0); });
    payments.run(journal->pendingPayments());
    return qApp->exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // A deliberate abort() should not leave core files behind.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("journal file"), QStringLiteral("path")},
         {QStringLiteral("sim"), QStringLiteral("simulator URL"), QStringLiteral("url")},
         {QStringLiteral("key"), QStringLiteral("secret key"), QStringLiteral("key")},
         {QStringLiteral("mode"), QStringLiteral("pay|refund|recover"), QStringLiteral("mode")},
         {QStringLiteral("crash-at"), QStringLiteral("step"), QStringLiteral("step")},
         {QStringLiteral("order"), QStringLiteral("partner_order_id"), QStringLiteral("id")},
         {QStringLiteral("amount"), QStringLiteral("won or full"), QStringLiteral("amount")}});
    parser.process(app);

    Database db(parser.value(QStringLiteral("db")));
    if (!db.open()) {
        say(QStringLiteral("ERROR %1").arg(db.error().message()));
        return 2;
    }
    Journal journal(&db);
    KakaoPay::ClientConfig config;
    config.baseUrl = QUrl(parser.value(QStringLiteral("sim")));
    config.timeoutMs = 2000;
    const QString key = parser.value(QStringLiteral("key"));
    KakaoPay::Client client(config, [key] { return key; });

    const QString mode = parser.value(QStringLiteral("mode"));
    const QString crashAt = parser.value(QStringLiteral("crash-at"));
    if (mode == QLatin1String("pay"))
        return pay(&client, &journal, config.baseUrl, crashAt);
    if (mode == QLatin1String("refund"))
        return refund(&client, &journal, parser.value(QStringLiteral("order")),
                      parser.value(QStringLiteral("amount")), crashAt);
    if (mode == QLatin1String("recover"))
        return recover(&client, &journal);
    say(QStringLiteral("ERROR unknown mode"));
    return 2;
}
