#include "ImmutableFile.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QString();
    return q.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEmpty();
    void reopenKeepsData();
    void migratesFromAnOlderVersion();
    void migratesV4ToV5KeepingData();
    void pragmasAreSet();
    void corruptFileIsMovedAsideUnchanged();
    void damagedPageFailsQuickCheck();
    void checkFileWhileOpen();
    void readOnlyFileReportsError_data();
    void readOnlyFileReportsError();
    void cannotCreateReportsError();
    void newerSchemaIsRefused();
    void connectionsAreIndependent();
};

void TestDatabase::migratesFromEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/paydesk.sqlite")); // folder made too
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.error().detail));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QStringList tables;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    while (q.next())
        tables << q.value(0).toString();
    for (const char *t : {"payments", "payment_lines", "refunds", "refund_lines", "audit_log",
                          "managers", "payments_fts"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (1, "
                                      "'counter-1', 'test')")));
    }
    Database again(path);
    QVERIFY(again.open());
    QCOMPARE(again.schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(again.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("counter-1"));
}

// A file left at schema 3 by an earlier build: step 4 adds search_words and fills it from the
// payments already there, in the same transaction as the version bump.
void TestDatabase::migratesFromAnOlderVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO payments (partner_order_id, partner_user_id, item_name, quantity, total, "
            "tax_free, vat, state, created_at, search_text, updated_at) VALUES ('PD-1', 'c', "
            "'아메리카노 외 1건', 2, 9000, 0, 818, 'approved', 1, "
            "'아메리카노 외 1건' || char(10) || '아메리카노' || char(10) || 'c001', 1)")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE search_words")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE refund_lines")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE payments DROP COLUMN approve_sends")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE payments DROP COLUMN released_by")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE refunds DROP COLUMN cancel_sends")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE outbox")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE journal_meta")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
    }
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.error().detail));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QStringList words;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT word FROM search_words ORDER BY word")));
    while (q.next())
        words << q.value(0).toString();
    QCOMPARE(words, (QStringList{"c001", "아메리카노", "아메리카노 외 1건"}));
}

// A file written by the release with schema 4 (steps 1–4 run on a bare connection, as that
// build did), with sales, refunds and their audit trail: step 5 adds refund_lines, fills it from
// the "refund-lines" audit entries of the refunds by lines made before, and leaves every row
// that was there as it was.
void TestDatabase::migratesV4ToV5KeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    const char *const rows[] = {
        "INSERT INTO payments (id, partner_order_id, partner_user_id, item_name, quantity, total, "
        "tax_free, vat, state, tid, created_at, refunded_total, refunded_tax_free, refunded_vat, "
        "search_text, updated_at) VALUES (1, 'PD-1', 'c', '아메리카노 외 1건', 3, 12000, 3000, "
        "818, 'part_refunded', 'T1', 1, 4500, 0, 409, '아메리카노 외 1건', 1)",
        "INSERT INTO payment_lines VALUES (1, 0, '8801234567890', '아메리카노', 4500, 2, 0)",
        "INSERT INTO payment_lines VALUES (1, 1, 'P-002', '유기농 바나나', 3000, 1, 1)",
        // Done by lines (one coffee), failed by lines (the banana), then a pending amount.
        "INSERT INTO refunds (id, payment_id, partner_order_id, amount_total, amount_tax_free, "
        "amount_vat, requested_at, state, manager) VALUES (7, 1, 'PD-1', 4500, 0, 409, 2, 'done', "
        "'김민지')",
        "INSERT INTO refunds (id, payment_id, partner_order_id, amount_total, amount_tax_free, "
        "amount_vat, requested_at, state, manager) VALUES (8, 1, 'PD-1', 3000, 3000, 0, 3, "
        "'failed', '김민지')",
        "INSERT INTO refunds (id, payment_id, partner_order_id, amount_total, amount_tax_free, "
        "amount_vat, requested_at, state, manager) VALUES (9, 1, 'PD-1', 100, 0, 9, 4, "
        "'pending', '김민지')",
        "INSERT INTO audit_log (at, actor, action, partner_order_id, amount, detail) VALUES "
        "(2, '김민지', 'refund-lines', 'PD-1', 4500, 'refund=7 lines=0x1')",
        "INSERT INTO audit_log (at, actor, action, partner_order_id, amount, detail) VALUES "
        "(3, '김민지', 'refund-lines', 'PD-1', 3000, 'refund=8 lines=1x1')",
        // Not a refund-lines entry, and one naming a line the payment does not have: ignored.
        "INSERT INTO audit_log (at, actor, action, partner_order_id, detail) VALUES "
        "(4, '김민지', 'refund-requested', 'PD-1', 'refund=9 lines=0x1')",
        "INSERT INTO audit_log (at, actor, action, partner_order_id, detail) VALUES "
        "(5, '김민지', 'refund-lines', 'PD-1', 'refund=9 lines=5x1')",
        "INSERT INTO managers (name, pin_hash, salt, iterations, created_at) VALUES "
        "('김민지', x'01', x'02', 1000, 1)",
        "INSERT INTO search_words (word) VALUES ('아메리카노')",
    };
    const QStringList tables{"payments",  "payment_lines", "refunds",
                             "audit_log", "managers",      "search_words"};
    QMap<QString, QStringList> before;
    auto dump = [](QSqlDatabase db, const QString &table) {
        QStringList out;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
        return out;
    };
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "v4");
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (int version = 1; version <= 4; ++version) {
            for (const QString &sql : Migrations::step(version))
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=4")));
        for (const char *sql : rows)
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        for (const QString &t : tables)
            before[t] = dump(raw, t);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.error().detail));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    for (const QString &t : tables) {
        QStringList after = dump(db.connection(), t);
        // Later steps add columns at the end: what was there stays as it was.
        for (int i = 0; i < after.size() && i < before.value(t).size(); ++i)
            after[i] = after[i].section(u'|', 0, int(before.value(t).at(i).count(u'|')));
        QCOMPARE(after, before.value(t));
    }
    // Step 6: an approve may have left for a payment that was approving or got an aid.
    QSqlQuery sends(db.connection());
    QVERIFY(sends.exec(QStringLiteral("SELECT approve_sends, released_by FROM payments")));
    QVERIFY(sends.next());
    QCOMPARE(sends.value(0).toInt(), 0); // part_refunded without an aid in this old row
    QVERIFY(sends.value(1).isNull());
    QCOMPARE(dump(db.connection(), QStringLiteral("refund_lines")),
             (QStringList{"7|0|8801234567890|1|4500|0", "8|1|P-002|1|3000|1"}));
    // The table takes what Journal writes, and refuses what it never should.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO refund_lines VALUES (9, 0, 'x', 0, 0, 0)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO refund_lines VALUES (99, 0, 'x', 1, 0, 0)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO refund_lines VALUES (7, 0, 'x', 1, 0, 0)")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO refund_lines VALUES (9, 0, 'x', 1, 4500, 0)")),
             qPrintable(q.lastError().text()));
}

void TestDatabase::pragmasAreSet()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("paydesk.sqlite")));
    QVERIFY(db.open());
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
}

void TestDatabase::corruptFileIsMovedAsideUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 2000; ++i)
            junk += "this is not a database; ";
        f.write(junk);
    }
    const QByteArray before = fileHash(path);

    Database db(path);
    QVERIFY(!db.open());
    QCOMPARE(db.error().code, DatabaseError::Code::Corrupt);
    QVERIFY(!db.error().message().isEmpty());
    const QString moved = db.error().movedTo;
    QVERIFY(moved.startsWith(path + QStringLiteral(".corrupt-")));
    QVERIFY(
        QRegularExpression(QStringLiteral("\\.corrupt-\\d{8}-\\d{6}$")).match(moved).hasMatch());
    QVERIFY(db.error().message().contains(moved));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(fileHash(moved), before);

    // The caller chooses to start again: a fresh file opens, and the damaged copy stays.
    QVERIFY(db.open());
    QCOMPARE(fileHash(moved), before);

    // A second damaged file in the same second does not overwrite the first copy.
    db.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::copy(moved, path);
    Database second(path);
    QVERIFY(!second.open());
    QVERIFY(second.error().movedTo != moved);
    QCOMPARE(fileHash(moved), before);
    QCOMPARE(fileHash(second.error().movedTo), before);
}

void TestDatabase::damagedPageFailsQuickCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"))); // all in the main file
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    // Scribble over every page but the first (the header stays valid).
    f.seek(4096);
    f.write(QByteArray(int(size - 4096), '\x5a'));
    f.close();
    const QByteArray before = fileHash(path);

    Database db(path);
    QVERIFY(!db.open());
    QCOMPARE(db.error().code, DatabaseError::Code::Corrupt);
    QCOMPARE(fileHash(db.error().movedTo), before);
}

void TestDatabase::checkFileWhileOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    Database db(path);
    QVERIFY(db.open(Database::Check::Header));
    QVERIFY(db.checkIntegrity());
    QCOMPARE(Database::checkFile(path).code, DatabaseError::Code::None); // beside the open one
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (1, 'a', 'b')")));

    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'j'));
    f.close();
    QCOMPARE(Database::checkFile(junk).code, DatabaseError::Code::Corrupt);
    QVERIFY(QFile::exists(junk)); // a check never moves anything
}

void TestDatabase::readOnlyFileReportsError_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("rollback journal") << false; // refused at journal_mode=WAL
    QTest::newRow("already WAL") << true;       // refused at the header write
}

void TestDatabase::readOnlyFileReportsError()
{
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        if (!wal)
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    const bool root = ::geteuid() == 0;
    if (root) {
        if (!setImmutable(path, true))
            QSKIP("running as root on a file system without chattr +i");
    } else {
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    }
    Database db(path);
    const bool opened = db.open();
    if (root)
        setImmutable(path, false);
    QVERIFY(!opened);
    QCOMPARE(db.error().code, DatabaseError::Code::ReadOnly);
    QVERIFY(db.error().message().contains(QStringLiteral("read-only")));
    QVERIFY(QFile::exists(path)); // not mistaken for a damaged file
}

void TestDatabase::cannotCreateReportsError()
{
    QTemporaryDir dir;
    // A file where the folder should be: neither the folder nor the database can be made.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Database db(dir.filePath(QStringLiteral("blocker/paydesk.sqlite")));
    QVERIFY(!db.open());
    QCOMPARE(db.error().code, DatabaseError::Code::CannotCreate);
    QVERIFY(!db.error().message().isEmpty());

    Database folder(dir.path()); // a folder is not a database file
    QVERIFY(!folder.open());
    QCOMPARE(folder.error().code, DatabaseError::Code::CannotOpen);
    QVERIFY(QDir(dir.path()).exists());
}

void TestDatabase::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paydesk.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1)));
    }
    Database db(path);
    QVERIFY(!db.open());
    QCOMPARE(db.error().code, DatabaseError::Code::TooNew);
    QVERIFY(QFile::exists(path)); // left for the newer PayDesk
}

void TestDatabase::connectionsAreIndependent()
{
    QTemporaryDir dir;
    Database a(dir.filePath(QStringLiteral("a.sqlite")));
    Database b(dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a.open());
    QVERIFY(b.open());
    QVERIFY(a.connection().connectionName() != b.connection().connectionName());
    QSqlQuery q(a.connection());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (1, 'x', 'y')")));
    QSqlQuery r(b.connection());
    QVERIFY(r.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && r.next());
    QCOMPARE(r.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
