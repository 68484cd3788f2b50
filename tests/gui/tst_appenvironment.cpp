// The built `paydesk` as a shop starts it, with the key in its environment (as a service or a
// shell would hand it over): once it runs, the key is in no process of its tree, not in its
// own /proc/PID/environ, not in the training simulator it started, not in Qt WebEngine's
// processes (the zygote the payment pages' renderers fork from); core dumps are off; and the data
// folder it made is the user's alone.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

namespace {
const QByteArray kKey = QByteArrayLiteral("LEAKCHECK-ENV-2f1c9e7a5b3d4c6e8f0a1b2c3d4e5f60");

QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 candidate = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(candidate));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            out << candidate;
    }
    return out;
}

QList<qint64> treeOf(qint64 pid)
{
    QList<qint64> all{pid};
    for (int i = 0; i < all.size(); ++i)
        all += childrenOf(all.at(i));
    return all;
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

unsigned modeOf(const QString &path)
{
    return unsigned(QFile::permissions(path)) &
           unsigned(QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}
} // namespace

class TestAppEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void keyInNoProcessAndDataOwnerOnly()
    {
        if (::geteuid() != 0)
            QSKIP("reading other processes' environment needs root (the app is not dumpable)");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYDESK_SECRET_KEY"), QString::fromLatin1(kKey));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: none needed
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        // Its own process group: the whole tree goes at the end, whatever it started.
        app.setChildProcessModifier([] { ::setpgid(0, 0); });
        app.start(QStringLiteral(PAYDESK_APP_BIN), {QStringLiteral("--training")});
        QVERIFY(app.waitForStarted());
        const qint64 pid = app.processId();
        auto stop = qScopeGuard([&] {
            ::kill(-pid, SIGKILL);
            app.waitForFinished(5000);
        });

        // The simulator starts with the app, the web engine after the first frame (warm-up).
        QStringList names;
        QList<qint64> tree;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 90000) {
            tree = treeOf(pid);
            names.clear();
            for (qint64 p : tree)
                names << QString::fromUtf8(procFile(p, "comm").trimmed());
            if (names.contains(QStringLiteral("paydesk-kakaopa")) &&
                names.contains(QStringLiteral("QtWebEngineProc")))
                break;
            QTest::qWait(200);
        }
        QVERIFY2(names.contains(QStringLiteral("paydesk-kakaopa")), qPrintable(names.join(u' ')));
        QVERIFY2(names.contains(QStringLiteral("QtWebEngineProc")), qPrintable(names.join(u' ')));
        qInfo() << "process tree:" << names;

        for (qint64 p : std::as_const(tree)) {
            const QByteArray environ = procFile(p, "environ");
            const QString name = QString::fromUtf8(procFile(p, "comm").trimmed());
            QVERIFY2(!environ.isEmpty(), qPrintable(name)); // read, not just absent
            QVERIFY2(!environ.contains(kKey), qPrintable(name));
            QVERIFY2(!environ.contains("PAYDESK_SECRET_KEY="), qPrintable(name));
        }
        // The simulator got a scrubbed environment: only what a Qt program needs.
        const qint64 sim = tree.at(names.indexOf(QStringLiteral("paydesk-kakaopa")));
        const QByteArrayList allowed{"PATH",
                                     "HOME",
                                     "USER",
                                     "LOGNAME",
                                     "LANG",
                                     "LANGUAGE",
                                     "TZ",
                                     "TMPDIR",
                                     "LD_LIBRARY_PATH",
                                     "QT_PLUGIN_PATH",
                                     "QT_LOGGING_RULES",
                                     "ASAN_OPTIONS",
                                     "UBSAN_OPTIONS",
                                     "LSAN_OPTIONS"};
        const QList<QByteArray> simVariables = procFile(sim, "environ").split('\0');
        for (const QByteArray &variable : simVariables) {
            const QByteArray name = variable.left(variable.indexOf('='));
            const bool expected = name.isEmpty() || name.startsWith("XDG_") ||
                                  name.startsWith("LC_") || allowed.contains(name);
            QVERIFY2(expected, name.constData());
        }
        QVERIFY(procFile(pid, "limits").simplified().contains("Max core file size 0 0 bytes"));

        // What it made of the data folder: the user's alone.
        const QString data = home.filePath(QStringLiteral("data/PayDesk/PayDesk"));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(data + QStringLiteral("/paydesk-training.sqlite")), 20000);
        QCOMPARE(modeOf(data), 0u);
        const QStringList files = QDir(data).entryList(QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("paydesk-training.sqlite-wal")),
                 qPrintable(files.join(u' ')));
        for (const QString &file : files)
            QVERIFY2(modeOf(QDir(data).filePath(file)) == 0, qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestAppEnvironment)
#include "tst_appenvironment.moc"
