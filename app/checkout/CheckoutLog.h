#pragma once

#include <QLoggingCategory>

// "paydesk.checkout": orders, payment attempts and their recovery.
Q_DECLARE_LOGGING_CATEGORY(lcCheckout)
