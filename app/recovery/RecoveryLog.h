#pragma once

#include <QLoggingCategory>

// "paydesk.recovery": payments and refunds in doubt, settled by KakaoPay's order.
Q_DECLARE_LOGGING_CATEGORY(lcRecovery)
