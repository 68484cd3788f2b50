#pragma once

#include <QLoggingCategory>

// "paydesk.store": the database file, the journal and the history queries.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
