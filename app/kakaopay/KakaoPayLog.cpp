#include "KakaoPayLog.h"

Q_LOGGING_CATEGORY(lcKakaoPay, "paydesk.kakaopay", QtInfoMsg)
