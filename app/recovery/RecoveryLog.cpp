#include "RecoveryLog.h"

Q_LOGGING_CATEGORY(lcRecovery, "paydesk.recovery")
