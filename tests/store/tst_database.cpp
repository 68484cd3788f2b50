#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

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

// Root ignores permission bits, so a read-only file for root is an immutable one (chattr +i).
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEmpty();
    void reopenKeepsData();
    void migratesFromAnOlderVersion();
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
    for (const char *t :
         {"payments", "payment_lines", "refunds", "audit_log", "managers", "payments_fts"})
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
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
    }
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.error().detail));
    QCOMPARE(db.schemaVersion(), 4);
    QStringList words;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT word FROM search_words ORDER BY word")));
    while (q.next())
        words << q.value(0).toString();
    QCOMPARE(words, (QStringList{"c001", "아메리카노", "아메리카노 외 1건"}));
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
