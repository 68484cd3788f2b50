#pragma once

#include "kakaopay/KakaoPayClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <optional>

// Runs one asynchronous client call to its end for the tests; nullopt when the callback did
// not come within the safety limit.
namespace ClientWait {

template <typename Response, typename Start>
std::optional<KakaoPay::Result<Response>> run(Start start, int limitMs = 15000)
{
    std::optional<KakaoPay::Result<Response>> out;
    QEventLoop loop;
    start([&](const KakaoPay::Result<Response> &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

inline std::optional<KakaoPay::Result<KakaoPay::ReadyResponse>>
ready(KakaoPay::Client &c, const KakaoPay::ReadyRequest &r)
{
    return run<KakaoPay::ReadyResponse>([&](auto done) { c.ready(r, nullptr, done); });
}
inline std::optional<KakaoPay::Result<KakaoPay::ApproveResponse>>
approve(KakaoPay::Client &c, const KakaoPay::ApproveRequest &r)
{
    return run<KakaoPay::ApproveResponse>([&](auto done) { c.approve(r, nullptr, done); });
}
inline std::optional<KakaoPay::Result<KakaoPay::CancelResponse>>
cancel(KakaoPay::Client &c, const KakaoPay::CancelRequest &r)
{
    return run<KakaoPay::CancelResponse>([&](auto done) { c.cancel(r, nullptr, done); });
}
inline std::optional<KakaoPay::Result<KakaoPay::OrderResponse>> order(KakaoPay::Client &c,
                                                                      const QString &tid)
{
    return run<KakaoPay::OrderResponse>([&](auto done) { c.order(tid, nullptr, done); });
}

} // namespace ClientWait
