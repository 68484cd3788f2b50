#pragma once

#include <QLoggingCategory>

// "paydesk.auth": managers, PINs (never logged) and lockouts.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
