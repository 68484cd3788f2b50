#include "KakaoPayTypes.h"

namespace KakaoPay {

bool isPendingStatus(const QString &status)
{
    static const QStringList pending = {
        QStringLiteral("READY"),        QStringLiteral("SEND_TMS"),
        QStringLiteral("OPEN_PAYMENT"), QStringLiteral("SELECT_METHOD"),
        QStringLiteral("ARS_WAITING"),  QStringLiteral("AUTH_PASSWORD")};
    return pending.contains(status);
}

} // namespace KakaoPay
