#include "PaymentAttempt.h"

#include "CheckoutLog.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

PaymentAttempt::PaymentAttempt(KakaoPay::Client *client, PaymentRecorder *recorder, Clock *clock,
                               const OrderSnapshot &order, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_recorder(recorder), m_clock(clock), m_options(options)
{
    m_record.lines = order.lines;
    m_record.totals = order.totals;
}

PaymentAttempt::~PaymentAttempt() = default;

int PaymentAttempt::remainingSeconds() const
{
    return 0;
}

void PaymentAttempt::start() {}

bool PaymentAttempt::handleNavigation(const QUrl &)
{
    return false;
}

bool PaymentAttempt::abort()
{
    return false;
}
