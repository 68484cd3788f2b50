#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "paydesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayment, "paydesk.ui.payment", QtInfoMsg)
