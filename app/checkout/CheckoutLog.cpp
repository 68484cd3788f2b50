#include "CheckoutLog.h"

Q_LOGGING_CATEGORY(lcCheckout, "paydesk.checkout")
