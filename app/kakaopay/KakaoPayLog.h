#pragma once

#include <QLoggingCategory>

// "paydesk.kakaopay": method, path, HTTP status, duration and tid of each call. Never the key,
// never the Authorization header, never a request body.
Q_DECLARE_LOGGING_CATEGORY(lcKakaoPay)
