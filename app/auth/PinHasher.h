#pragma once

#include <QByteArray>
#include <QString>

// Manager PINs are stored as PBKDF2-HMAC-SHA256 with a random salt per manager. A PIN has few
// digits, so the iteration count is what makes guessing from a stolen file slow; it is stored
// with each hash so it can be raised later without invalidating existing PINs.
//
// Peppered hashes: the PBKDF2 input is HMAC-SHA256(pepper, PIN), where the pepper is a random
// secret kept in the OS keychain (SecretSlot::PinPepper), not in the journal. A copied journal
// alone then gives nothing to guess against: every guess needs the pepper. Such a hash is stored
// as one scheme byte (kPepperedScheme) and the 32 bytes; a plain 32-byte hash is from before
// (or from a counter without a keychain) and is upgraded at the manager's next sign-in.
class PinHasher
{
public:
    // Qt's PBKDF2 costs about 8 µs per round here: 100,000 rounds ≈ 0.8 s per check, which a
    // manager approving a refund tolerates and a guesser with the file does not.
    static constexpr int kDefaultIterations = 100000;
    static constexpr int kMinimumIterations = 100000; // for production; tests may go lower
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;
    static constexpr int kPepperBytes = 32;
    static constexpr char kPepperedScheme = 0x02;
    static constexpr int kMinPinLength = 6;
    static constexpr int kMaxPinLength = 12;

    enum class PinProblem
    {
        None,
        Length, // not 6 to 12 digits
        Trivial // one digit repeated, or a run such as 123456 or 654321
    };

    explicit PinHasher(int iterations = kDefaultIterations);
    int iterations() const { return m_iterations; }

    // Whether `pin` may be chosen as a new PIN.
    static PinProblem problem(const QString &pin);
    static bool isValidPin(const QString &pin) { return problem(pin) == PinProblem::None; }
    // 1 to 12 digits: what may be typed to sign in (PINs chosen under older rules are shorter).
    static bool isDigits(const QString &pin);

    static QByteArray newSalt();
    static QByteArray newPepper();

    // With an empty pepper, the plain (unpeppered) hash.
    QByteArray hash(const QString &pin, const QByteArray &salt,
                    const QByteArray &pepper = {}) const;
    static QByteArray hash(const QString &pin, const QByteArray &salt, int iterations,
                           const QByteArray &pepper = {});
    static bool isPeppered(const QByteArray &stored);
    // Compares in time independent of where the hashes differ. A peppered hash never matches
    // without its pepper.
    static bool verify(const QString &pin, const QByteArray &salt, int iterations,
                       const QByteArray &expected, const QByteArray &pepper = {});
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    int m_iterations;
};
