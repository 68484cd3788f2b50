#include "SecretStore.h"

#include "SecretFile.h"
#include "SettingsLog.h"

#include "core/ProcessHardening.h"

#include <QMutex>
#include <QTimer>

#include <memory>

#ifdef PAYDESK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {

const char kEnvironmentKey[] = "PAYDESK_SECRET_KEY";

QString keychainKey(SecretSlot slot)
{
    switch (slot) {
    case SecretSlot::SecretKey:
        return QStringLiteral("kakaopay-secret-key");
    case SecretSlot::CidSecret:
        return QStringLiteral("kakaopay-cid-secret");
    case SecretSlot::PinPepper:
        return QStringLiteral("paydesk-pin-pepper");
    case SecretSlot::StorePassword:
        return QStringLiteral("paydesk-store-password");
    }
    return {};
}

const char *slotName(SecretSlot slot)
{
    switch (slot) {
    case SecretSlot::SecretKey:
        return "secret key";
    case SecretSlot::CidSecret:
        return "cid_secret";
    case SecretSlot::PinPepper:
        return "PIN pepper";
    case SecretSlot::StorePassword:
        return "store server password";
    }
    return "secret";
}

#ifdef PAYDESK_HAVE_KEYCHAIN
// QtKeychain reports a missing D-Bus session or Secret Service as OtherError with the D-Bus
// message ("Cannot autolaunch D-Bus…", "Could not connect…", "…org.freedesktop.secrets was not
// provided…"): those are "no keychain service", anything else a backend failure.
SecretError::Kind classify(QKeychain::Error error, const QString &message)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretError::Kind::None;
    case QKeychain::EntryNotFound:
        return SecretError::Kind::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretError::Kind::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::Kind::NoService;
    case QKeychain::CouldNotDeleteEntry:
        return SecretError::Kind::Backend;
    case QKeychain::OtherError:
        break;
    }
    static const char *const noServiceHints[] = {"D-Bus",
                                                 "DBus",
                                                 "dbus",
                                                 "Could not connect",
                                                 "org.freedesktop.secrets",
                                                 "ServiceUnknown",
                                                 "was not provided",
                                                 "No such name"};
    for (const char *hint : noServiceHints) {
        if (message.contains(QLatin1String(hint)))
            return SecretError::Kind::NoService;
    }
    return SecretError::Kind::Backend;
}
#endif

} // namespace

SecretStore::SecretStore(QObject *parent) : SecretStore(Options(), parent) {}

SecretStore::SecretStore(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::environmentSecretKey()
{
    // Read once and taken out of the environment at once: no child process (the simulator,
    // the web engine's zygote and renderers) inherits the key, and /proc/PID/environ does not
    // show it. A value set again later (a test) is taken the same way.
    static QMutex mutex;
    static QString key;
    QMutexLocker lock(&mutex);
    const QByteArray fresh = ProcessHardening::takeEnvironmentVariable(kEnvironmentKey);
    if (!fresh.isEmpty())
        key = QString::fromLocal8Bit(fresh);
    return key;
}

void SecretStore::takeEnvironmentSecretKey()
{
    environmentSecretKey();
}

SecretFile SecretStore::fallbackFile() const
{
    return SecretFile(m_options.fallbackDirectory.isEmpty() ? SecretFile::defaultDirectory()
                                                            : m_options.fallbackDirectory);
}

KakaoPay::KeyProvider SecretStore::keyProvider() const
{
    QPointer<const SecretStore> self(this);
    return [self]() -> QString {
        if (!self)
            return {};
        if (self->m_options.useEnvironment) {
            const QString fromEnv = environmentSecretKey();
            if (!fromEnv.isEmpty())
                return fromEnv;
        }
        return self->m_cachedSecretKey;
    };
}

void SecretStore::finish(SecretSlot slot, Op op, const SecretResult &result,
                         QPointer<QObject> context, bool hadContext, const Callback &done)
{
    if (slot == SecretSlot::SecretKey) {
        if (op == Op::Delete && result.ok())
            m_cachedSecretKey.clear();
        else if (op == Op::Read && result.ok())
            m_cachedSecretKey = result.secret;
    }
    qCInfo(lcSettings).nospace() << "keychain "
                                 << (op == Op::Write  ? "store"
                                     : op == Op::Read ? "read"
                                                      : "remove")
                                 << " of " << slotName(slot) << ": "
                                 << (result.ok() ? "ok" : qPrintable(result.error.detail()))
                                 << (result.storage == SecretStorage::File ? " (file fallback)"
                                                                           : "");
    if (hadContext && !context)
        return;
    if (done)
        done(result);
}

void SecretStore::store(SecretSlot slot, const QString &secret, QObject *context, Callback done)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    runKeychainJob(Op::Write, slot, secret, [=](const SecretResult &keychain) {
        SecretResult result = keychain;
        if (keychain.ok()) {
            fallbackFile().remove(slot); // an older, less safe copy must not outlive this one
        } else if (keychain.error.kind() == SecretError::Kind::NoService &&
                   m_options.allowFileFallback) {
            result = fallbackFile().write(slot, secret);
        }
        if (result.ok() && slot == SecretSlot::SecretKey)
            m_cachedSecretKey = secret;
        finish(slot, Op::Write, result, ctx, hadContext, done);
    });
}

void SecretStore::read(SecretSlot slot, QObject *context, Callback done)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    if (slot == SecretSlot::SecretKey && m_options.useEnvironment &&
        !environmentSecretKey().isEmpty()) {
        QTimer::singleShot(0, this, [=] {
            finish(slot, Op::Read,
                   {SecretError(), SecretStorage::Environment, environmentSecretKey()}, ctx,
                   hadContext, done);
        });
        return;
    }
    runKeychainJob(Op::Read, slot, {}, [=](const SecretResult &keychain) {
        SecretResult result = keychain;
        const auto kind = keychain.error.kind();
        // The file is looked at only where the manager allowed it: when no keychain runs, or
        // when the secret was put there while none ran.
        if (m_options.allowFileFallback &&
            (kind == SecretError::Kind::NoService || kind == SecretError::Kind::NotFound) &&
            fallbackFile().exists(slot))
            result = fallbackFile().read(slot);
        else if (m_options.allowFileFallback && kind == SecretError::Kind::NoService)
            // No keychain, but the file is allowed: nothing is stored there yet.
            result = {SecretError(SecretError::Kind::NotFound), SecretStorage::File, {}};
        finish(slot, Op::Read, result, ctx, hadContext, done);
    });
}

void SecretStore::remove(SecretSlot slot, QObject *context, Callback done)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    runKeychainJob(Op::Delete, slot, {}, [=](const SecretResult &keychain) {
        SecretResult result = keychain;
        if (keychain.error.kind() == SecretError::Kind::NotFound)
            result = {SecretError(), SecretStorage::Keychain, {}}; // gone is what was asked
        // Removing the file is always safe, allowed or not.
        const SecretResult file = fallbackFile().remove(slot);
        if (file.ok() && !result.ok())
            result = file;
        finish(slot, Op::Delete, result, ctx, hadContext, done);
    });
}

void SecretStore::runKeychainJob(Op op, SecretSlot slot, const QString &secret,
                                 std::function<void(const SecretResult &)> done)
{
#ifdef PAYDESK_HAVE_KEYCHAIN
    QKeychain::Job *job = nullptr;
    if (op == Op::Write) {
        auto *write = new QKeychain::WritePasswordJob(m_options.service);
        write->setTextData(secret);
        job = write;
    } else if (op == Op::Read) {
        job = new QKeychain::ReadPasswordJob(m_options.service);
    } else {
        job = new QKeychain::DeletePasswordJob(m_options.service);
    }
    job->setKey(keychainKey(slot));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // QtKeychain's own plain-text fallback: never

    // Whichever comes first, the job's answer or the timeout, answers; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [=] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        done({SecretError(SecretError::Kind::NoAnswer,
                          QStringLiteral("no answer within %1 ms").arg(m_options.timeoutMs)),
              SecretStorage::Keychain,
              {}});
    });
    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job *j) {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        const SecretError::Kind kind = classify(j->error(), j->errorString());
        SecretResult result{
            SecretError(kind, kind == SecretError::Kind::None ? QString() : j->errorString()),
            SecretStorage::Keychain,
            {}};
        if (op == Op::Read && kind == SecretError::Kind::None) {
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            if (result.secret.isEmpty())
                result.error = SecretError(SecretError::Kind::NotFound);
        }
        done(result);
    });
    timer->start(m_options.timeoutMs);
    job->start();
#else
    Q_UNUSED(op)
    Q_UNUSED(slot)
    Q_UNUSED(secret)
    QTimer::singleShot(0, this, [done] {
        done({SecretError(SecretError::Kind::NoService, QStringLiteral("built without QtKeychain")),
              SecretStorage::Keychain,
              {}});
    });
#endif
}
