#pragma once

#include <QCoreApplication>
#include <QString>

// Which secret: the KakaoPay secret key (Admin key for the legacy API), the cid_secret, or the
// pepper of the managers' PIN hashes (PinHasher; base64 of random bytes).
enum class SecretSlot
{
    SecretKey,
    CidSecret,
    PinPepper,
    StorePassword // the counters' password on the store server
};

// Where a secret was found or put.
enum class SecretStorage
{
    None,
    Keychain,   // the OS keychain (Secret Service, Keychain, Credential Manager)
    File,       // the owner-only fallback file: less safe, used only when allowed
    Environment // PAYDESK_SECRET_KEY (self-check, CLI)
};

// What went wrong with one keychain operation. detail is the backend's technical text for the
// log; it never holds the secret.
class SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind
    {
        None,
        NotFound,     // nothing stored for this slot
        NoService,    // no keychain service runs (no D-Bus session, no Secret Service)
        NoAnswer,     // the keychain did not answer in time (locked, waiting for a prompt)
        AccessDenied, // the user or the system refused access
        FileError,    // the fallback file could not be read or written, or is not owner-only
        Backend       // any other keychain failure
    };

    SecretError() = default;
    SecretError(Kind kind, QString detail = {}) : m_kind(kind), m_detail(std::move(detail)) {}

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString detail() const { return m_detail; }
    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

struct SecretResult
{
    SecretError error;
    SecretStorage storage = SecretStorage::None;
    QString secret; // read() only
    bool ok() const { return !error.isError(); }
};
