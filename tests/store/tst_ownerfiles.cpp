#include "core/OwnerOnly.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// The data folder and its files are the user's alone: real files, real SQLite journals.

namespace {
unsigned modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return unsigned(st.st_mode & 07777);
}

AuditEntry entry(const char *action)
{
    AuditEntry e;
    e.actor = QStringLiteral("test");
    e.action = QLatin1String(action);
    return e;
}

bool writeFile(const QString &path, unsigned mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("x");
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}
} // namespace

class TestOwnerFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void existingFilesAreTightened()
    {
        // As an earlier PayDesk left the folder: 0755 with 0644 files, a journal among them.
        const QString data = m_dir.filePath(QStringLiteral("old/PayDesk"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
        {
            ::umask(022);
            Database db(QDir(data).filePath(QStringLiteral("paydesk.sqlite")));
            QVERIFY(db.open());
            QVERIFY(Journal(&db).appendAudit(entry("x")));
        }
        QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("paydesk.sqlite"))), 0644u);
        QVERIFY(writeFile(QDir(data).filePath(QStringLiteral("paydesk.sqlite-wal")), 0644));
        QVERIFY(writeFile(QDir(data).filePath(QStringLiteral("training-simulator.json")), 0664));
        QVERIFY(writeFile(QDir(data).filePath(QStringLiteral("readonly.txt")), 0444));
        QVERIFY(writeFile(QDir(data).filePath(QStringLiteral("script")), 0755));
        const QString outside = m_dir.filePath(QStringLiteral("outside.txt"));
        QVERIFY(writeFile(outside, 0644));
        QVERIFY(QFile::link(outside, QDir(data).filePath(QStringLiteral("link"))));

        QCOMPARE(OwnerOnly::tightenFolderAndFiles(data), QStringList());
        QCOMPARE(modeOf(data), 0700u);
        QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("paydesk.sqlite"))), 0600u);
        QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("paydesk.sqlite-wal"))), 0600u);
        QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("training-simulator.json"))), 0600u);
        QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("readonly.txt"))), 0400u); // kept so
        QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("script"))), 0600u);
        QCOMPARE(modeOf(outside), 0644u); // a link's target is not ours to change
        QVERIFY(OwnerOnly::isOwnerOnly(data));

        // The journal still opens and writes after it.
        Database db(QDir(data).filePath(QStringLiteral("paydesk.sqlite")));
        QVERIFY(db.open());
        QVERIFY(Journal(&db).appendAudit(entry("y")));
    }

    void newJournalFilesAreOwnerOnly()
    {
        // In a process of its own: the umask is the whole process's.
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--make-journal"), m_dir.filePath(QStringLiteral("new"))});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        const QString data = m_dir.filePath(QStringLiteral("new/PayDesk/PayDesk"));
        QCOMPARE(modeOf(data), 0700u);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("new/PayDesk"))), 0700u);
        for (const char *name :
             {"paydesk.sqlite", "paydesk.sqlite-wal", "paydesk.sqlite-shm", "export.csv"}) {
            const QString path = QDir(data).filePath(QLatin1String(name));
            QVERIFY2(QFileInfo::exists(path), name);
            QCOMPARE(modeOf(path), 0600u);
        }
    }

private:
    QTemporaryDir m_dir;
};

// The child: what main() does, then a journal as the app makes it, kept open so that its -wal
// and -shm exist when the parent looks.
static int makeJournal(const QString &root)
{
    OwnerOnly::restrictNewFiles();
    const QString data = QDir(root).filePath(QStringLiteral("PayDesk/PayDesk"));
    if (!OwnerOnly::makeFolder(data))
        return 1;
    static Database db(QDir(data).filePath(QStringLiteral("paydesk.sqlite")));
    if (!db.open())
        return 2;
    Journal journal(&db);
    if (!journal.appendAudit(entry("x")))
        return 3;
    QFile exported(QDir(data).filePath(QStringLiteral("export.csv")));
    if (!exported.open(QIODevice::WriteOnly))
        return 4;
    exported.write("a,b\r\n");
    exported.close();
    ::_exit(0); // without closing: -wal and -shm stay for the parent to see
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--make-journal") == 0)
        return makeJournal(QString::fromLocal8Bit(argv[2]));
    TestOwnerFiles test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ownerfiles.moc"
