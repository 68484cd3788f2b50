#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

class SecretStore;

// The pepper of the managers' PIN hashes (PinHasher), from the OS keychain (SecretStore,
// SecretSlot::PinPepper; the owner-only file where that fallback is allowed). A new random pepper
// is made and stored once there are managers to use it (their PINs are peppered at their next
// sign-in); never when a stored PIN already depends on one that is missing, which would make
// those PINs impossible to check for ever.
class PinPepper
{
    Q_DECLARE_TR_FUNCTIONS(PinPepper)

public:
    // managersExist / pepperedPinsExist: of the ManagerStore it is for.
    // done(pepper, warning): the pepper for ManagerStore::setPepper(), or empty with one sentence
    // saying why there is none (no keychain: PINs are then hashed without it). Not called when
    // context is destroyed first.
    using Done = std::function<void(const QByteArray &pepper, const QString &warning)>;
    static void load(SecretStore *secrets, bool managersExist, bool pepperedPinsExist,
                     QObject *context, Done done);
};
