#include "PinPepper.h"

#include "SecretStore.h"
#include "SettingsLog.h"

#include "auth/PinHasher.h"

void PinPepper::load(SecretStore *secrets, bool managersExist, bool pepperedPinsExist,
                     QObject *context, Done done)
{
    secrets->read(SecretSlot::PinPepper, context, [=](const SecretResult &read) {
        if (read.ok()) {
            const QByteArray pepper = QByteArray::fromBase64(read.secret.toLatin1());
            if (pepper.size() == PinHasher::kPepperBytes) {
                done(pepper, QString());
                return;
            }
            qCWarning(lcSettings) << "the stored PIN pepper has the wrong size: not used";
            done({}, tr("PayDesk's PIN secret in the keychain is damaged; manager PINs that need "
                        "it cannot be checked."));
            return;
        }
        if (read.error.kind() != SecretError::Kind::NotFound) {
            if (!managersExist) { // no PIN to protect yet: nothing to say
                done({}, QString());
                return;
            }
            done({}, tr("PayDesk's PIN secret could not be read from the keychain (%1); new PINs "
                        "are stored without it.")
                         .arg(read.error.userMessage()));
            return;
        }
        if (pepperedPinsExist) {
            done({}, tr("PayDesk's PIN secret is missing from the keychain; manager PINs set "
                        "with it cannot be checked. Restore the keychain or ask IT."));
            return;
        }
        if (!managersExist) { // made when there is a PIN to protect, not before
            done({}, QString());
            return;
        }
        const QByteArray pepper = PinHasher::newPepper();
        secrets->store(SecretSlot::PinPepper, QString::fromLatin1(pepper.toBase64()), context,
                       [=](const SecretResult &stored) {
                           if (!stored.ok()) {
                               done({}, tr("PayDesk's PIN secret could not be stored in the "
                                           "keychain (%1); PINs are stored without it.")
                                            .arg(stored.error.userMessage()));
                               return;
                           }
                           done(pepper, QString());
                       });
    });
}
