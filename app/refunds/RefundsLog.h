#pragma once

#include <QLoggingCategory>

// "paydesk.refunds": refunds, their settlement by order and their recovery.
Q_DECLARE_LOGGING_CATEGORY(lcRefunds)
