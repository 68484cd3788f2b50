#pragma once

#include "SecretError.h"

#include "kakaopay/KakaoPayClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

class SecretFile;

// The KakaoPay secret key and the cid_secret in the OS keychain (QtKeychain), asynchronously.
//
// Where no keychain service runs, store() and read() fail with SecretError::Kind::NoService —
// never silently elsewhere. Only when Options::allowFileFallback is set (the explicit setting
// "allow key file without keychain") is an owner-only file used instead, and the result says
// so (SecretStorage::File) so the UI can mark it as less safe.
//
// PAYDESK_SECRET_KEY, when set, overrides the stored secret key (self-check, CLI, CI); it is read
// once and removed from the environment (environmentSecretKey()).
// No secret is ever logged.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString service = QStringLiteral("PayDesk"); // keychain service name
        bool allowFileFallback = false;
        QString fallbackDirectory;  // empty: AppDataLocation
        int timeoutMs = 15000;      // a locked keychain may wait for a prompt forever
        bool useEnvironment = true; // honour PAYDESK_SECRET_KEY
    };
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(Options options, QObject *parent = nullptr);
    ~SecretStore() override;

    const Options &options() const { return m_options; }
    void setAllowFileFallback(bool allow) { m_options.allowFileFallback = allow; }

    // Each calls done once (unless context was destroyed meanwhile).
    void store(SecretSlot slot, const QString &secret, QObject *context, Callback done);
    void read(SecretSlot slot, QObject *context, Callback done);
    void remove(SecretSlot slot, QObject *context, Callback done);

    // For KakaoPay::Client, which asks for the key synchronously when it signs a request.
    //
    // Choice: the provider returns the key held in memory since the last successful read() or
    // store() of SecretSlot::SecretKey (call read() once at start-up and after the settings
    // change). A synchronous keychain read in a nested QEventLoop would let the UI re-enter
    // the checkout in the middle of a request, and a keychain prompt would block a payment.
    // The key lives only in this process's memory, never in settings, logs or files.
    // PAYDESK_SECRET_KEY takes precedence. Empty when nothing was read yet.
    KakaoPay::KeyProvider keyProvider() const;
    bool hasCachedSecretKey() const { return !m_cachedSecretKey.isEmpty(); }

    // PAYDESK_SECRET_KEY as the process was started with it, kept in memory only: the first
    // call takes it out of the environment (see ProcessHardening::takeEnvironmentVariable).
    static QString environmentSecretKey();
    // Call first in main(), before any thread or child process starts.
    static void takeEnvironmentSecretKey();

private:
    enum class Op
    {
        Write,
        Read,
        Delete
    };
    void runKeychainJob(Op op, SecretSlot slot, const QString &secret,
                        std::function<void(const SecretResult &)> done);
    void finish(SecretSlot slot, Op op, const SecretResult &result, QPointer<QObject> context,
                bool hadContext, const Callback &done);
    SecretFile fallbackFile() const;

    Options m_options;
    QString m_cachedSecretKey;
};
