#pragma once

#include <QByteArray>
#include <QString>

// Manager PINs are stored as PBKDF2-HMAC-SHA256 with a random salt per manager. A PIN has few
// digits, so the iteration count is what makes guessing from a stolen file slow; it is stored
// with each hash so it can be raised later without invalidating existing PINs.
class PinHasher
{
public:
    // Qt's PBKDF2 costs about 8 µs per round here: 100,000 rounds ≈ 0.8 s per check, which a
    // manager approving a refund tolerates and a guesser with the file does not.
    static constexpr int kDefaultIterations = 100000;
    static constexpr int kMinimumIterations = 100000; // for production; tests may go lower
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    explicit PinHasher(int iterations = kDefaultIterations);
    int iterations() const { return m_iterations; }

    // 4 to 12 ASCII digits.
    static bool isValidPin(const QString &pin);
    static QByteArray newSalt();

    QByteArray hash(const QString &pin, const QByteArray &salt) const;
    static QByteArray hash(const QString &pin, const QByteArray &salt, int iterations);
    // Compares in time independent of where the hashes differ.
    static bool verify(const QString &pin, const QByteArray &salt, int iterations,
                       const QByteArray &expected);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    int m_iterations;
};
