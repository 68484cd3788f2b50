#include "PgServer.h"
#include "TestOrders.h"

#include "checkout/PaymentRecord.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "storeserver/StoreAdmin.h"
#include "storeserver/StoreClient.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// A counter's journal and the store server (a real PostgreSQL started here): the schema and the
// counters' rights, the outbox reaching the store, the server down and back, nothing twice.
class TestStoreSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void initIsIdempotentAndRightsAreLeast();
    void journalReachesTheStore();
    void serverDownThenBack();
    void historyBeforeTheStoreIsSentToo();
    void entriesSentTwiceCountOnce();

private:
    StoreServerAddress adminAddress() const;
    StoreServerAddress counterAddress() const;
    QSqlDatabase connectAs(const QString &name, const StoreServerAddress &address,
                           const QString &password);
    PaymentRecord payment(const QString &orderId, PaymentState state, Won total);
    bool waitSynced(StoreClient *client, int ms = 15000);
    int storeCount(const QString &sql);

    PgServer m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
    QString m_journalPath;
    int m_case = 0;
};

static const QString kCounterPassword = QStringLiteral("counter-secret-123");

void TestStoreSync::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    QVERIFY2(m_pg.psql(QStringLiteral(
                 "CREATE ROLE paydesk_admin LOGIN CREATEROLE PASSWORD 'admin-secret'")),
             qPrintable(m_pg.errorString()));
    QVERIFY2(m_pg.psql(QStringLiteral("CREATE DATABASE paydesk OWNER paydesk_admin")),
             qPrintable(m_pg.errorString()));
    // pg_trgm is a trusted extension: the database owner may create it.
    StoreAdmin admin(adminAddress(), QStringLiteral("admin-secret"));
    QString error;
    QVERIFY2(admin.open(&error), qPrintable(error));
    QVERIFY2(admin.init(QStringLiteral("counters"), kCounterPassword, &error), qPrintable(error));
}

StoreServerAddress TestStoreSync::adminAddress() const
{
    StoreServerAddress a;
    QString error;
    StoreServerAddress::parse(
        QStringLiteral("postgresql://paydesk_admin@127.0.0.1:%1/paydesk").arg(m_pg.port()), &a,
        &error);
    return a;
}

StoreServerAddress TestStoreSync::counterAddress() const
{
    StoreServerAddress a;
    QString error;
    StoreServerAddress::parse(
        QStringLiteral("postgresql://counters@127.0.0.1:%1/paydesk").arg(m_pg.port()), &a, &error);
    return a;
}

void TestStoreSync::init()
{
    m_journalPath = m_dir.filePath(QStringLiteral("journal%1.sqlite").arg(++m_case));
    m_db = std::make_unique<Database>(m_journalPath);
    QVERIFY(m_db->open());
    m_journal = std::make_unique<Journal>(m_db.get());
}

void TestStoreSync::cleanup()
{
    m_journal.reset();
    m_db.reset();
    if (!m_pg.isRunning())
        QVERIFY(m_pg.restart());
}

QSqlDatabase TestStoreSync::connectAs(const QString &name, const StoreServerAddress &address,
                                      const QString &password)
{
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase("QPSQL", name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(password);
    db.setConnectOptions(address.connectOptions());
    db.open();
    return db;
}

int TestStoreSync::storeCount(const QString &sql)
{
    QSqlDatabase db =
        connectAs(QStringLiteral("check"), adminAddress(), QStringLiteral("admin-secret"));
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

PaymentRecord TestStoreSync::payment(const QString &orderId, PaymentState state, Won total)
{
    PaymentRecord r;
    r.partnerOrderId = orderId;
    r.partnerUserId = QStringLiteral("POS1");
    const OrderSnapshot order = TestOrders::sample();
    r.lines = order.lines;
    r.totals = order.totals;
    r.totals.total = total;
    r.itemName = order.itemName;
    r.quantity = order.quantity;
    r.state = state;
    r.tid = QStringLiteral("T%1").arg(orderId.right(19), 19, u'0');
    r.createdAt = QDateTime::currentDateTime();
    return r;
}

bool TestStoreSync::waitSynced(StoreClient *client, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (client->isOnline() && m_journal->outboxSize() == 0 && client->state().waiting == 0)
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestStoreSync::initIsIdempotentAndRightsAreLeast()
{
    StoreAdmin again(adminAddress(), QStringLiteral("admin-secret"));
    QString error;
    QVERIFY2(again.open(&error), qPrintable(error));
    QVERIFY2(again.init(QStringLiteral("counters"), kCounterPassword, &error), qPrintable(error));
    QVERIFY(!again.init(QStringLiteral("Robert'); DROP"), kCounterPassword, &error));
    QVERIFY(!again.init(QStringLiteral("counters"), QStringLiteral("short"), &error));

    QSqlDatabase counter = connectAs(QStringLiteral("counter"), counterAddress(), kCounterPassword);
    QVERIFY2(counter.isOpen(), qPrintable(counter.lastError().text()));
    QSqlQuery q(counter);
    // May add an entry, which becomes the store's rows through the owner's trigger.
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO entries (shop_id, counter_id, training, seq, kind, entry_key, "
                 "payload) VALUES ('S', 'P9', false, 1, 'audit', '1', '{\"id\":1,\"at\":0,"
                 "\"actor\":\"x\",\"action\":\"y\",\"detail\":\"z\"}')")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE counter_id = 'P9'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // May not change or delete anything: PostgreSQL says no, not PayDesk.
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit WHERE counter_id = 'P9'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("permission denied")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE payments SET total = 0")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM entries")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO payments (shop_id) VALUES ('S')")));
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE mine (x int)")));
    // Not even the owner deletes an audit entry: the trigger refuses.
    QSqlDatabase owner =
        connectAs(QStringLiteral("owner"), adminAddress(), QStringLiteral("admin-secret"));
    QSqlQuery o(owner);
    QVERIFY(!o.exec(QStringLiteral("DELETE FROM audit WHERE counter_id = 'P9'")));
    QVERIFY(o.lastError().text().contains(QStringLiteral("append-only")));
}

void TestStoreSync::journalReachesTheStore()
{
    QVERIFY(m_journal->setOutboxEnabled(true));
    QVERIFY(m_journal->record(
        payment(QStringLiteral("POS1-A1"), PaymentState::AwaitingBuyer, Won(15880)),
        QStringLiteral("ready-answered")));
    PaymentRecord paid = payment(QStringLiteral("POS1-A1"), PaymentState::Approved, Won(15880));
    paid.aid = QStringLiteral("A1");
    paid.approvedAt = QDateTime::currentDateTime();
    QVERIFY(m_journal->record(paid, QStringLiteral("approved")));
    QVERIFY(m_journal->record(payment(QStringLiteral("POS1-A2"), PaymentState::Failed, Won(1000)),
                              QStringLiteral("failed")));
    const qint64 refund =
        m_journal->beginRefund(QStringLiteral("POS1-A1"), {Won(3000), Won(0), Won(273)},
                               QStringLiteral("김민지"), QStringLiteral("x"));
    QVERIFY(refund > 0);
    QVERIFY(m_journal->completeRefund(refund, QStringLiteral("A2"), {Won(3000), Won(0), Won(273)},
                                      QDateTime::currentDateTime()));
    QVERIFY(m_journal->outboxSize() > 5);

    StoreClient client(counterAddress(), kCounterPassword,
                       {QStringLiteral("SHOP1"), QStringLiteral("POS1"), false}, m_journalPath);
    StoreClient::Timing timing;
    timing.pollMs = 50;
    client.setTiming(timing);
    client.start();
    QVERIFY(waitSynced(&client));
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM payments WHERE shop_id = 'SHOP1' "
                                       "AND counter_id = 'POS1'")),
             2);
    QCOMPARE(storeCount(QStringLiteral("SELECT refunded_total FROM payments WHERE "
                                       "partner_order_id = 'POS1-A1'")),
             3000);
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM payments WHERE partner_order_id = "
                                       "'POS1-A1' AND state = 'part_refunded'")),
             1);
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM refunds WHERE state = 'done' AND "
                                       "amount_total = 3000 AND counter_id = 'POS1'")),
             1);
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM audit WHERE counter_id = 'POS1' "
                                       "AND shop_id = 'SHOP1'")),
             int(m_journal->audit().size()));
    QCOMPARE(storeCount(QStringLiteral("SELECT waiting FROM counters WHERE counter_id = 'POS1' "
                                       "AND shop_id = 'SHOP1'")),
             0);
    // No pg_token leaves the counter.
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM entries WHERE payload ? "
                                       "'pg_token'")),
             0);
}

void TestStoreSync::serverDownThenBack()
{
    QVERIFY(m_journal->setOutboxEnabled(true));
    StoreClient client(counterAddress(), kCounterPassword,
                       {QStringLiteral("SHOP1"), QStringLiteral("POS2"), false}, m_journalPath);
    StoreClient::Timing timing;
    timing.pollMs = 50;
    timing.backoffMs = {100, 200};
    timing.connectTimeoutS = 2;
    client.setTiming(timing);
    client.start();
    QVERIFY(m_journal->record(payment(QStringLiteral("POS2-B1"), PaymentState::Approved, Won(4500)),
                              QStringLiteral("approved")));
    QVERIFY(waitSynced(&client));

    QVERIFY(m_pg.stop());
    for (int i = 2; i <= 6; ++i)
        QVERIFY(m_journal->record(
            payment(QStringLiteral("POS2-B%1").arg(i), PaymentState::Approved, Won(1000 * i)),
            QStringLiteral("approved")));
    client.nudge();
    QTRY_VERIFY_WITH_TIMEOUT(client.state().link == StoreClient::Link::Offline, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(client.state().waiting >= 10, 5000); // 5 payments + 5 audit entries
    QVERIFY(!client.state().lastError.isEmpty());
    QVERIFY(!client.state().lastError.contains(kCounterPassword));

    QVERIFY(m_pg.restart());
    QVERIFY(waitSynced(&client, 20000));
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM payments WHERE counter_id = "
                                       "'POS2'")),
             6);
}

void TestStoreSync::historyBeforeTheStoreIsSentToo()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_journal->record(
            payment(QStringLiteral("POS3-C%1").arg(i), PaymentState::Approved, Won(2000)),
            QStringLiteral("approved")));
    QCOMPARE(m_journal->outboxSize(), 0); // no store yet: nothing queued
    QVERIFY(m_journal->setOutboxEnabled(true));
    QCOMPARE(m_journal->outboxSize(), 6); // three payments, three audit entries
    m_journal->setOutboxEnabled(false);
    QVERIFY(m_journal->setOutboxEnabled(true));
    QCOMPARE(m_journal->outboxSize(), 6); // only once
    StoreClient client(counterAddress(), kCounterPassword,
                       {QStringLiteral("SHOP1"), QStringLiteral("POS3"), false}, m_journalPath);
    client.start();
    QVERIFY(waitSynced(&client));
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM payments WHERE counter_id = "
                                       "'POS3'")),
             3);
}

void TestStoreSync::entriesSentTwiceCountOnce()
{
    QVERIFY(m_journal->setOutboxEnabled(true));
    QVERIFY(m_journal->record(payment(QStringLiteral("POS4-D1"), PaymentState::Approved, Won(9000)),
                              QStringLiteral("approved")));
    const QList<Journal::OutboxEntry> entries = m_journal->outbox(100);
    QVERIFY(!entries.isEmpty());
    // The counter sent them, the store committed, the counter died before forgetting them.
    QSqlDatabase counter = connectAs(QStringLiteral("counter"), counterAddress(), kCounterPassword);
    QSqlQuery q(counter);
    q.prepare(QStringLiteral("INSERT INTO entries (shop_id, counter_id, training, seq, kind, "
                             "entry_key, payload) VALUES ('SHOP1', 'POS4', false, ?, ?, ?, "
                             "CAST(? AS jsonb)) ON CONFLICT DO NOTHING"));
    for (const Journal::OutboxEntry &e : entries) {
        q.addBindValue(e.seq);
        q.addBindValue(e.kind);
        q.addBindValue(e.key);
        q.addBindValue(QString::fromUtf8(e.payload));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    StoreClient client(counterAddress(), kCounterPassword,
                       {QStringLiteral("SHOP1"), QStringLiteral("POS4"), false}, m_journalPath);
    client.start();
    QVERIFY(waitSynced(&client));
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM entries WHERE counter_id = 'POS4'")),
             int(entries.size()));
    QCOMPARE(storeCount(QStringLiteral("SELECT count(*) FROM audit WHERE counter_id = 'POS4'")), 1);
}

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
