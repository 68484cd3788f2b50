#pragma once

#include <QLoggingCategory>

// "paydesk.storeserver": the store server (PostgreSQL) the counters of a shop share.
Q_DECLARE_LOGGING_CATEGORY(lcStoreServer)
