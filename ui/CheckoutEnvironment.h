#pragma once

#include "NavigationPolicy.h"
#include "ShopInfo.h"
#include "checkout/PaymentAttempt.h"

#include <QUrl>

class Clock;
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
    Clock *clock = nullptr;
    PaymentAttempt::Options attemptOptions;
    NavigationPolicy navigationPolicy = NavigationPolicy::kakaoPay();
    ShopInfo shop;
    bool training = false;
    QUrl warmUpUrl;          // loaded by the hidden warm-up view; empty: about:blank
    QString modeDescription; // for the status bar ("Simulator http://127.0.0.1:…")
};
