#include "RefundsLog.h"

Q_LOGGING_CATEGORY(lcRefunds, "paydesk.refunds", QtInfoMsg)
