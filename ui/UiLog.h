#pragma once

#include <QLoggingCategory>

// Turn on with QT_LOGGING_RULES="paydesk.ui*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcPayment)
