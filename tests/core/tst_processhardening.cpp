#include "core/ProcessHardening.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTextStream>

// What paydesk and paydesk-cli do to themselves first thing, seen from outside: the test starts
// itself again as a child with a key in its environment, as a shell would start PayDesk.

namespace {
const char kChildSwitch[] = "--hardening-child";
const QByteArray kKey = QByteArrayLiteral("CHILDKEY-5d41402abc4b2a76b9719d911017c592");

QByteArray procFile(const char *name)
{
    QFile f(QStringLiteral("/proc/self/%1").arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The child: takes the key as main() does and reports what is left of it.
int runChild()
{
    QTextStream out(stdout);
    out << "before-environ " << (procFile("environ").contains(kKey) ? 1 : 0) << '\n';
    const QByteArray taken = ProcessHardening::takeEnvironmentVariable("PAYDESK_SECRET_KEY");
    out << "taken " << (taken == kKey ? 1 : 0) << '\n';
    out << "getenv " << (qEnvironmentVariableIsSet("PAYDESK_SECRET_KEY") ? 1 : 0) << '\n';
    out << "after-environ " << (procFile("environ").contains(kKey) ? 1 : 0) << '\n';
    // The other variables are all still there (only the key's bytes were wiped).
    out << "other " << qEnvironmentVariable("HARDENING_OTHER") << '\n';
    out << "other-environ " << (procFile("environ").contains("HARDENING_OTHER=kept") ? 1 : 0)
        << '\n';
    out << "again " << ProcessHardening::takeEnvironmentVariable("PAYDESK_SECRET_KEY").size()
        << '\n';
    out << "dumps-before " << (ProcessHardening::coreDumpsDisabled() ? 1 : 0) << '\n';
    ProcessHardening::disableCoreDumps();
    out << "dumps-after " << (ProcessHardening::coreDumpsDisabled() ? 1 : 0) << '\n';
    const QByteArray limits = procFile("limits");
    for (const QByteArray &line : limits.split('\n')) {
        if (line.startsWith("Max core file size"))
            out << "limits " << line.simplified() << '\n';
    }
    // A grandchild started now inherits no key.
    QProcess grandchild;
    grandchild.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QStringLiteral("tr '\\0' '\\n' < /proc/$$/environ")});
    grandchild.waitForFinished(10000);
    out << "grandchild " << (grandchild.readAllStandardOutput().contains(kKey) ? 1 : 0) << '\n';
    return 0;
}
} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void keyLeavesTheEnvironmentAndCoreDumpsGoOff()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYDESK_SECRET_KEY"), QString::fromLatin1(kKey));
        env.insert(QStringLiteral("HARDENING_OTHER"), QStringLiteral("kept"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildSwitch)});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        auto value = [&](const QString &key) {
            for (const QString &line : lines) {
                if (line.startsWith(key + u' '))
                    return line.mid(key.size() + 1);
            }
            return QStringLiteral("<missing>");
        };
        QCOMPARE(value(QStringLiteral("before-environ")), QStringLiteral("1")); // it was there
        QCOMPARE(value(QStringLiteral("taken")), QStringLiteral("1"));
        QCOMPARE(value(QStringLiteral("getenv")), QStringLiteral("0"));
        QCOMPARE(value(QStringLiteral("after-environ")), QStringLiteral("0"));
        QCOMPARE(value(QStringLiteral("other")), QStringLiteral("kept"));
        QCOMPARE(value(QStringLiteral("other-environ")), QStringLiteral("1"));
        QCOMPARE(value(QStringLiteral("again")), QStringLiteral("0"));
        QCOMPARE(value(QStringLiteral("dumps-before")), QStringLiteral("0"));
        QCOMPARE(value(QStringLiteral("dumps-after")), QStringLiteral("1"));
        QCOMPARE(value(QStringLiteral("limits")), QStringLiteral("Max core file size 0 0 bytes"));
        QCOMPARE(value(QStringLiteral("grandchild")), QStringLiteral("0"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], kChildSwitch) == 0)
        return runChild();
    TestProcessHardening test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processhardening.moc"
