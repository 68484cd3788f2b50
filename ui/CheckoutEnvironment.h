#pragma once

#include "NavigationPolicy.h"
#include "ShopInfo.h"
#include "checkout/PaymentAttempt.h"

#include <QUrl>

class Clock;
class DoubtMonitor;
class PaymentRecorder;
namespace KakaoPay {
class Client;
}

// What the cashier screen needs to take payments; AppContext fills it (tests fill their own).
// Nothing here is owned.
struct CheckoutEnvironment
{
    KakaoPay::Client *client = nullptr;
    PaymentRecorder *recorder = nullptr;
    // Settles payments in doubt and refuses a basket that is still in doubt; null: no journal
    // to settle (read-only, or none open).
    DoubtMonitor *doubts = nullptr;
    Clock *clock = nullptr;
    PaymentAttempt::Options attemptOptions;
    NavigationPolicy navigationPolicy = NavigationPolicy::kakaoPay();
    ShopInfo shop;
    bool training = false;
    QUrl warmUpUrl;          // loaded by the hidden warm-up view; empty: about:blank
    QString modeDescription; // for the status bar ("Simulator http://127.0.0.1:…")
};
