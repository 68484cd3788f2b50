#include "StoreServerLog.h"

Q_LOGGING_CATEGORY(lcStoreServer, "paydesk.storeserver")
