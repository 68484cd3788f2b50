// paydesk-fault-driver: a headless counter for the fault sweep. One process takes one payment
// (or one refund of a paid payment) on a journal file against the simulator, as the app does
// (PaymentAttempt, CounterServices with the journal's lock and its DoubtMonitor), and can be
// killed with SIGKILL at its N-th journal write, before that write is on disk: the SQLite commit
// hook fires it, so every write of every path is a kill point, none hand-picked.
//
// Prints "SAID <kind> <order> <tid|-> <text>" for what the cashier or manager is told, and with
// --count-commits "COMMITS <n>" at the end.
#include "checkout/PaymentAttempt.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"
#include "recovery/CounterServices.h"
#include "refunds/RefundAuthorization.h"
#include "refunds/RefundService.h"
#include "store/Database.h"
#include "store/Journal.h"

#include "TestOrders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDriver>
#include <QTextStream>
#include <QTimer>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

int g_commits = 0;
int g_killAt = 0; // kill at this commit (before it is durable); 0: never

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

void saySaid(const char *kind, const QString &order, const QString &tid, const QString &text)
{
    QString flat = text;
    flat.replace(u'\n', u' ');
    say(QStringLiteral("SAID %1 %2 %3 %4")
            .arg(QLatin1String(kind), order, tid.isEmpty() ? QStringLiteral("-") : tid, flat));
}

int onCommit(void *)
{
    ++g_commits;
    if (g_killAt > 0 && g_commits == g_killAt)
        ::kill(::getpid(), SIGKILL); // the power cut: this write never reaches the disk
    return 0;
}

bool installCommitHook(Database *db)
{
    const QVariant handle = db->connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    if (!sqlite)
        return false;
    sqlite3_commit_hook(sqlite, &onCommit, nullptr);
    return true;
}

void finish(bool killAtEnd, bool countCommits)
{
    if (countCommits)
        say(QStringLiteral("COMMITS %1").arg(g_commits));
    if (killAtEnd)
        ::kill(::getpid(), SIGKILL);
    qApp->exit(0);
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

// After the counter's own step: what the monitor settles meanwhile, for a moment.
void settleThenFinish(CounterServices *services, bool killAtEnd, bool countCommits)
{
    auto *poll = new QTimer(qApp);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(poll, &QTimer::timeout, qApp, [=] {
        if (services->doubts() && !services->doubts()->isIdle() && elapsed->elapsed() < 3000)
            return;
        poll->stop();
        delete elapsed;
        finish(killAtEnd, countCommits);
    });
    poll->start(20);
}

} // namespace

int main(int argc, char *argv[])
{
    // A deliberate kill should not leave core files behind.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("journal file"), QStringLiteral("path")},
         {QStringLiteral("sim"), QStringLiteral("simulator URL"), QStringLiteral("url")},
         {QStringLiteral("api"), QStringLiteral("current|legacy"), QStringLiteral("api"),
          QStringLiteral("current")},
         {QStringLiteral("timeout-ms"), QStringLiteral("client timeout"), QStringLiteral("ms"),
          QStringLiteral("150")},
         {QStringLiteral("quiet-ms"), QStringLiteral("quiet period before an approve re-send"),
          QStringLiteral("ms"), QStringLiteral("300")},
         {QStringLiteral("mode"), QStringLiteral("pay|refund"), QStringLiteral("mode")},
         {QStringLiteral("order"), QStringLiteral("partner_order_id"), QStringLiteral("id")},
         {QStringLiteral("amount"), QStringLiteral("won"), QStringLiteral("amount")},
         {QStringLiteral("kill-at-commit"), QStringLiteral("SIGKILL at the N-th journal write"),
          QStringLiteral("n"), QStringLiteral("0")},
         {QStringLiteral("kill-at-end"), QStringLiteral("SIGKILL instead of a clean exit")},
         {QStringLiteral("count-commits"), QStringLiteral("print how many writes were made")}});
    parser.process(app);

    const QString path = parser.value(QStringLiteral("db"));
    Database db(path);
    if (!db.open(Database::Check::Header)) {
        say(QStringLiteral("ERROR %1").arg(db.error().message()));
        return 2;
    }
    g_killAt = parser.value(QStringLiteral("kill-at-commit")).toInt();
    if (!installCommitHook(&db)) {
        say(QStringLiteral("ERROR no SQLite handle for the commit hook"));
        return 2;
    }
    Journal journal(&db);
    KakaoPay::ClientConfig config;
    config.baseUrl = QUrl(parser.value(QStringLiteral("sim")));
    config.timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt();
    config.generation = parser.value(QStringLiteral("api")) == QLatin1String("legacy")
                            ? KakaoPay::ApiGeneration::Legacy
                            : KakaoPay::ApiGeneration::Current;
    KakaoPay::Client client(config, [] { return TestOrders::trainingKey(); });
    DoubtMonitor::Options options = CounterServices::optionsFor(config.timeoutMs);
    options.payments.quietMs = parser.value(QStringLiteral("quiet-ms")).toLongLong();
    options.payments.backoffMs = {60, 120};
    options.refundCall = {60, 2, config.timeoutMs};
    options.refundBackoffMs = {60, 120};
    CounterServices services(&client, &journal, path, options);
    if (services.isReadOnly()) {
        say(QStringLiteral("ERROR the journal is in use"));
        return 2;
    }
    services.refunds()->setCallOptions(options.refundCall);
    const bool killAtEnd = parser.isSet(QStringLiteral("kill-at-end"));
    const bool countCommits = parser.isSet(QStringLiteral("count-commits"));

    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("pay")) {
        QNetworkAccessManager nam;
        PaymentAttempt::Options attemptOptions;
        attemptOptions.approveRetryMs = 100;
        PaymentAttempt attempt(&client, &journal, Clock::system(), TestOrders::sample(),
                               attemptOptions);
        QObject::connect(&attempt, &PaymentAttempt::pageReady, &attempt, [&] {
            buyerApproves(&nam, config.baseUrl, attempt.record().tid, &attempt);
        });
        QObject::connect(&attempt, &PaymentAttempt::failed, &attempt, [&](const QString &m) {
            saySaid("not-paid", attempt.partnerOrderId(), attempt.record().tid, m);
        });
        QObject::connect(&attempt, &PaymentAttempt::approved, &attempt,
                         [&](const PaymentRecord &r) {
                             saySaid("approved", r.partnerOrderId, r.tid, QString());
                         });
        QObject::connect(&attempt, &PaymentAttempt::inDoubt, &attempt,
                         [&](const PaymentRecord &r, const QString &m) {
                             saySaid("in-doubt", r.partnerOrderId, r.tid, m);
                             services.doubts()->adoptPayment(r);
                         });
        QObject::connect(&attempt, &PaymentAttempt::finished, &attempt,
                         [&] { settleThenFinish(&services, killAtEnd, countCommits); });
        attempt.start();
        return app.exec();
    }
    if (mode == QLatin1String("refund")) {
        const QString orderId = parser.value(QStringLiteral("order"));
        const std::optional<PaymentRecord> paid = journal.payment(orderId);
        RefundRequest request;
        request.partnerOrderId = orderId;
        request.kind = RefundRequest::Kind::Amount;
        request.amount = Won(parser.value(QStringLiteral("amount")).toLongLong());
        request.reason = QStringLiteral("fault sweep");
        AuthResult auth;
        auth.status = AuthResult::Status::Ok;
        auth.manager = QStringLiteral("fault-driver");
        const QString tid = paid ? paid->tid : QString();
        QObject::connect(services.refunds(), &RefundService::finished, qApp,
                         [&](const RefundResult &r) {
                             const char *kind =
                                 r.outcome == RefundResult::Outcome::Done      ? "refund-done"
                                 : r.outcome == RefundResult::Outcome::InDoubt ? "refund-in-doubt"
                                                                               : "refund-not-done";
                             saySaid(kind, orderId, tid, r.message);
                             settleThenFinish(&services, killAtEnd, countCommits);
                         });
        services.refunds()->refund(
            request, RefundAuthorization::grant(auth, orderId, Clock::system()->now()));
        return app.exec();
    }
    say(QStringLiteral("ERROR unknown mode"));
    return 2;
}
