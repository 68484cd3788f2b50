#include "PinHasher.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

PinHasher::PinHasher(int iterations) : m_iterations(qMax(1, iterations)) {}

bool PinHasher::isDigits(const QString &pin)
{
    if (pin.isEmpty() || pin.size() > kMaxPinLength)
        return false;
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

PinHasher::PinProblem PinHasher::problem(const QString &pin)
{
    if (pin.size() < kMinPinLength || !isDigits(pin))
        return PinProblem::Length;
    // The first PINs anyone tries: 111111, 123456, 654321 (also across 9-0: 890123, 321098).
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int previous = pin.at(i - 1).digitValue();
        const int digit = pin.at(i).digitValue();
        same = same && digit == previous;
        up = up && digit == (previous + 1) % 10;
        down = down && digit == (previous + 9) % 10;
    }
    return same || up || down ? PinProblem::Trivial : PinProblem::None;
}

QByteArray PinHasher::newSalt()
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    return salt;
}

QByteArray PinHasher::newPepper()
{
    QByteArray pepper(kPepperBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(pepper.data()),
                                          kPepperBytes / int(sizeof(quint32)));
    return pepper;
}

QByteArray PinHasher::hash(const QString &pin, const QByteArray &salt,
                           const QByteArray &pepper) const
{
    return hash(pin, salt, m_iterations, pepper);
}

QByteArray PinHasher::hash(const QString &pin, const QByteArray &salt, int iterations,
                           const QByteArray &pepper)
{
    if (pepper.isEmpty())
        return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                                  iterations, kHashBytes);
    const QByteArray input =
        QMessageAuthenticationCode::hash(pin.toUtf8(), pepper, QCryptographicHash::Sha256);
    return kPepperedScheme + QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, input,
                                                                salt, iterations, kHashBytes);
}

bool PinHasher::isPeppered(const QByteArray &stored)
{
    return stored.size() == kHashBytes + 1 && stored.at(0) == kPepperedScheme;
}

bool PinHasher::verify(const QString &pin, const QByteArray &salt, int iterations,
                       const QByteArray &expected, const QByteArray &pepper)
{
    if (isPeppered(expected) && pepper.isEmpty()) {
        hash(pin, salt, iterations); // the same time as a real check
        return false;
    }
    return constantTimeEquals(
        hash(pin, salt, iterations, isPeppered(expected) ? pepper : QByteArray()), expected);
}

bool PinHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false; // sizes are public (kHashBytes, plus the scheme byte when peppered)
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
