#include "PinHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

PinHasher::PinHasher(int iterations) : m_iterations(qMax(1, iterations)) {}

bool PinHasher::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QByteArray PinHasher::newSalt()
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    return salt;
}

QByteArray PinHasher::hash(const QString &pin, const QByteArray &salt) const
{
    return hash(pin, salt, m_iterations);
}

QByteArray PinHasher::hash(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, kHashBytes);
}

bool PinHasher::verify(const QString &pin, const QByteArray &salt, int iterations,
                       const QByteArray &expected)
{
    return constantTimeEquals(hash(pin, salt, iterations), expected);
}

bool PinHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false; // sizes are public (always kHashBytes)
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
