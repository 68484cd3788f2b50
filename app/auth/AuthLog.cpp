#include "AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "paydesk.auth")
