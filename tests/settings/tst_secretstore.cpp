#include "auth/PinHasher.h"
#include "settings/PinPepper.h"
#include "settings/SecretFile.h"
#include "settings/SecretStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

#include <sys/stat.h>

// Runs against the real Secret Service that test.sh starts (dbus-run-session + an unlocked
// gnome-keyring). The "no keychain service" path runs this same executable as a child with a
// session bus address that leads nowhere.

namespace {

const char *const kChildSwitch = "--child-no-service";

SecretResult waitFor(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {SecretError(SecretError::Kind::Backend, QStringLiteral("test: no callback")),
                SecretStorage::None,
                {}};
    return *result;
}

unsigned modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// The child: store then read with the given options; prints what happened, never the secret.
int runChild(const QString &dir, bool allowFile)
{
    SecretStore::Options options;
    options.service = QStringLiteral("PayDesk-test-child");
    options.fallbackDirectory = dir;
    options.allowFileFallback = allowFile;
    options.timeoutMs = 10000;
    SecretStore store(options);
    const QString secret = QStringLiteral("child-secret-4711");
    const SecretResult stored = waitFor(
        [&](SecretStore::Callback cb) { store.store(SecretSlot::SecretKey, secret, nullptr, cb); });
    const SecretResult read =
        waitFor([&](SecretStore::Callback cb) { store.read(SecretSlot::SecretKey, nullptr, cb); });
    // The PIN pepper for a journal with managers: from the file where it is allowed, else none
    // (and a sentence why).
    std::optional<QPair<QByteArray, QString>> pepper;
    PinPepper::load(&store, true, false, nullptr,
                    [&](const QByteArray &p, const QString &w) { pepper = qMakePair(p, w); });
    (void)QTest::qWaitFor([&] { return pepper.has_value(); }, 30000);
    QTextStream out(stdout);
    out << "store " << int(stored.error.kind()) << ' ' << int(stored.storage) << '\n'
        << "message " << stored.error.userMessage().size() << '\n'
        << "read " << int(read.error.kind()) << ' ' << int(read.storage) << ' '
        << (read.secret == secret ? "match" : "nomatch") << '\n'
        << "pepper " << (pepper ? pepper->first.size() : -1) << ' '
        << (pepper && !pepper->second.isEmpty() ? 1 : 0) << '\n';
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("PAYDESK_SECRET_KEY");
        SecretStore::Options options;
        options.service = QStringLiteral("PayDesk-test-%1").arg(QCoreApplication::applicationPid());
        options.fallbackDirectory = m_dir.filePath(QStringLiteral("fallback"));
        options.timeoutMs = 10000;
        m_store = new SecretStore(options, this);
        const SecretResult probe = waitFor(
            [&](SecretStore::Callback cb) { m_store->read(SecretSlot::CidSecret, nullptr, cb); });
        m_haveKeychain = probe.error.kind() == SecretError::Kind::None ||
                         probe.error.kind() == SecretError::Kind::NotFound;
        if (!m_haveKeychain)
            qWarning("no Secret Service here (%s): keychain tests skipped; run via test.sh",
                     qPrintable(probe.error.detail()));
    }

    void storeReadReplaceDelete()
    {
        if (!m_haveKeychain)
            QSKIP("no Secret Service session");
        SecretResult r = waitFor([&](SecretStore::Callback cb) {
            m_store->store(SecretSlot::SecretKey, QStringLiteral("first-key"), nullptr, cb);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.detail()));
        QCOMPARE(r.storage, SecretStorage::Keychain);

        SecretStore other(m_store->options()); // a fresh instance: no cache, really the keychain
        r = waitFor(
            [&](SecretStore::Callback cb) { other.read(SecretSlot::SecretKey, nullptr, cb); });
        QVERIFY(r.ok());
        QCOMPARE(r.storage, SecretStorage::Keychain);
        QCOMPARE(r.secret, QStringLiteral("first-key"));
        QCOMPARE(other.keyProvider()(), QStringLiteral("first-key"));

        r = waitFor([&](SecretStore::Callback cb) {
            m_store->store(SecretSlot::SecretKey, QStringLiteral("second-key"), nullptr, cb);
        });
        QVERIFY(r.ok());
        r = waitFor(
            [&](SecretStore::Callback cb) { other.read(SecretSlot::SecretKey, nullptr, cb); });
        QCOMPARE(r.secret, QStringLiteral("second-key"));

        // The two slots are apart.
        r = waitFor([&](SecretStore::Callback cb) {
            m_store->store(SecretSlot::CidSecret, QStringLiteral("cidsecret0123456789abcde"),
                           nullptr, cb);
        });
        QVERIFY(r.ok());
        r = waitFor(
            [&](SecretStore::Callback cb) { other.read(SecretSlot::CidSecret, nullptr, cb); });
        QCOMPARE(r.secret, QStringLiteral("cidsecret0123456789abcde"));

        r = waitFor(
            [&](SecretStore::Callback cb) { m_store->remove(SecretSlot::SecretKey, nullptr, cb); });
        QVERIFY(r.ok());
        QCOMPARE(m_store->keyProvider()(), QString());
        r = waitFor(
            [&](SecretStore::Callback cb) { other.read(SecretSlot::SecretKey, nullptr, cb); });
        QCOMPARE(r.error.kind(), SecretError::Kind::NotFound);
        QVERIFY(!r.error.userMessage().isEmpty());
        // Removing what is not there is what was asked for.
        r = waitFor(
            [&](SecretStore::Callback cb) { m_store->remove(SecretSlot::SecretKey, nullptr, cb); });
        QVERIFY(r.ok());
        waitFor(
            [&](SecretStore::Callback cb) { m_store->remove(SecretSlot::CidSecret, nullptr, cb); });
    }

    void destroyedContextGetsNoCallback()
    {
        if (!m_haveKeychain)
            QSKIP("no Secret Service session");
        bool called = false;
        auto *context = new QObject;
        m_store->read(SecretSlot::CidSecret, context, [&](const SecretResult &) { called = true; });
        delete context;
        // A second read, queued after the first, tells when the first has finished too.
        waitFor(
            [&](SecretStore::Callback cb) { m_store->read(SecretSlot::CidSecret, nullptr, cb); });
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void environmentOverridesTheKeychain()
    {
        qputenv("PAYDESK_SECRET_KEY", "env-key");
        const SecretResult r = waitFor(
            [&](SecretStore::Callback cb) { m_store->read(SecretSlot::SecretKey, nullptr, cb); });
        QVERIFY(r.ok());
        QCOMPARE(r.storage, SecretStorage::Environment);
        QCOMPARE(r.secret, QStringLiteral("env-key"));
        // Read once, then out of the environment: no child process started later inherits it.
        QVERIFY(!qEnvironmentVariableIsSet("PAYDESK_SECRET_KEY"));
        QCOMPARE(SecretStore::environmentSecretKey(), QStringLiteral("env-key"));
        QCOMPARE(m_store->keyProvider()(), QStringLiteral("env-key"));
        QProcess child;
        child.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("echo \"[$PAYDESK_SECRET_KEY]\"")});
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("[]"));
    }

    // The managers' PIN pepper: made once there are managers, kept in the keychain, the same
    // on every later read; never made anew while stored PINs depend on a missing one.
    void pinPepperLivesInTheKeychain()
    {
        if (!m_haveKeychain)
            QSKIP("no Secret Service session");
        waitFor(
            [&](SecretStore::Callback cb) { m_store->remove(SecretSlot::PinPepper, nullptr, cb); });
        auto load = [&](bool managers, bool peppered) {
            std::optional<QPair<QByteArray, QString>> got;
            PinPepper::load(m_store, managers, peppered, this,
                            [&](const QByteArray &pepper, const QString &warning) {
                                got = qMakePair(pepper, warning);
                            });
            if (!QTest::qWaitFor([&] { return got.has_value(); }, 30000))
                return qMakePair(QByteArray(), QStringLiteral("no answer"));
            return *got;
        };
        // No manager yet: nothing is made.
        auto none = load(false, false);
        QVERIFY(none.first.isEmpty());
        QVERIFY(none.second.isEmpty());
        QCOMPARE(waitFor([&](SecretStore::Callback cb) {
                     m_store->read(SecretSlot::PinPepper, nullptr, cb);
                 }).error.kind(),
                 SecretError::Kind::NotFound);
        // Managers whose PINs are not peppered yet: one is made and stored.
        const auto made = load(true, false);
        QCOMPARE(made.first.size(), PinHasher::kPepperBytes);
        QVERIFY(made.second.isEmpty());
        SecretStore other(m_store->options());
        const SecretResult stored = waitFor(
            [&](SecretStore::Callback cb) { other.read(SecretSlot::PinPepper, nullptr, cb); });
        QVERIFY(stored.ok());
        QCOMPARE(stored.storage, SecretStorage::Keychain);
        QCOMPARE(QByteArray::fromBase64(stored.secret.toLatin1()), made.first);
        // Read again later: the same one, not a new one.
        QCOMPARE(load(true, true).first, made.first);
        // Lost from the keychain while PINs depend on it: none is made, and it is said.
        waitFor(
            [&](SecretStore::Callback cb) { m_store->remove(SecretSlot::PinPepper, nullptr, cb); });
        const auto lost = load(true, true);
        QVERIFY(lost.first.isEmpty());
        QVERIFY(lost.second.contains(QLatin1String("missing")));
        QCOMPARE(waitFor([&](SecretStore::Callback cb) {
                     m_store->read(SecretSlot::PinPepper, nullptr, cb);
                 }).error.kind(),
                 SecretError::Kind::NotFound);
    }

    void fallbackFileIsOwnerOnly()
    {
        SecretFile file(m_dir.filePath(QStringLiteral("direct")));
        QVERIFY(file.write(SecretSlot::SecretKey, QStringLiteral("file-key")).ok());
        QCOMPARE(modeOf(file.path(SecretSlot::SecretKey)), 0600u);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("direct"))), 0700u);
        SecretResult r = file.read(SecretSlot::SecretKey);
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("file-key"));
        // Replacing keeps it private.
        QVERIFY(file.write(SecretSlot::SecretKey, QStringLiteral("file-key-2")).ok());
        QCOMPARE(modeOf(file.path(SecretSlot::SecretKey)), 0600u);
        // A file others can read is refused, not used.
        QVERIFY(QFile::setPermissions(file.path(SecretSlot::SecretKey),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadOther));
        r = file.read(SecretSlot::SecretKey);
        QCOMPARE(r.error.kind(), SecretError::Kind::FileError);
        QVERIFY(!r.error.userMessage().contains(QLatin1String("file-key")));
        QVERIFY(file.remove(SecretSlot::SecretKey).ok());
        QVERIFY(!file.exists(SecretSlot::SecretKey));
    }

    void noServiceRefusesWithoutOptIn()
    {
        const QString dir = m_dir.filePath(QStringLiteral("no-opt-in"));
        const QStringList lines = runChildProcess(dir, false);
        QCOMPARE(lines.value(0), QStringLiteral("store %1 %2")
                                     .arg(int(SecretError::Kind::NoService))
                                     .arg(int(SecretStorage::Keychain)));
        QVERIFY(lines.value(1) != QStringLiteral("message 0"));
        QVERIFY(lines.value(2).startsWith(
            QStringLiteral("read %1 ").arg(int(SecretError::Kind::NoService))));
        QCOMPARE(lines.value(3), QStringLiteral("pepper 0 1")); // none, and said why
        QVERIFY2(!QDir(dir).exists() || QDir(dir).isEmpty(), "a key file was written unasked");
    }

    void noServiceUsesTheFileWhenAllowed()
    {
        const QString dir = m_dir.filePath(QStringLiteral("opt-in"));
        const QStringList lines = runChildProcess(dir, true);
        QCOMPARE(lines.value(0), QStringLiteral("store 0 %1").arg(int(SecretStorage::File)));
        QCOMPARE(lines.value(2), QStringLiteral("read 0 %1 match").arg(int(SecretStorage::File)));
        QCOMPARE(lines.value(3), QStringLiteral("pepper %1 0").arg(PinHasher::kPepperBytes));
        QCOMPARE(modeOf(SecretFile(dir).path(SecretSlot::PinPepper)), 0600u);
        const QString path = SecretFile(dir).path(SecretSlot::SecretKey);
        QVERIFY(QFile::exists(path));
        QCOMPARE(modeOf(path), 0600u);
    }

private:
    QStringList runChildProcess(const QString &dir, bool allowFile)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1").arg(m_dir.filePath(QStringLiteral("no-bus"))));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("PAYDESK_SECRET_KEY"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("paydesk.*=true"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QLatin1String(kChildSwitch), dir,
                     allowFile ? QStringLiteral("1") : QStringLiteral("0")});
        if (!child.waitForFinished(60000))
            return {};
        const QString err = QString::fromUtf8(child.readAllStandardError());
        // Logging is on in the child: the secret must not be in it.
        if (err.contains(QLatin1String("child-secret-4711")))
            return {QStringLiteral("secret logged")};
        return QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

    QTemporaryDir m_dir;
    SecretStore *m_store = nullptr;
    bool m_haveKeychain = false;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], kChildSwitch) == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), qstrcmp(argv[3], "1") == 0);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
