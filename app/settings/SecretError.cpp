#include "SecretError.h"

QString SecretError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("No key is stored yet.");
    case Kind::NoService:
        return tr("No keychain service is running on this computer, so the key cannot be stored "
                  "safely. Start the system keychain, or allow the less safe key file in the "
                  "settings.");
    case Kind::NoAnswer:
        return tr("The keychain did not answer. It may be locked: unlock it and try again.");
    case Kind::AccessDenied:
        return tr("Access to the keychain was refused.");
    case Kind::FileError:
        return tr("The key file could not be used: %1").arg(m_detail);
    case Kind::Backend:
        return tr("The keychain reported an error: %1").arg(m_detail);
    }
    return {};
}
