#include "BenchProbe.h"

#include "MainWindow.h"
#include "OrderPanel.h"
#include "PaymentSession.h"
#include "PaymentView.h"
#include "ReceiptDialog.h"
#include "WebEngineWarmer.h"
#include "checkout/Catalog.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

BenchProbe *s_probe = nullptr;

} // namespace

bool BenchProbe::installIfRequested(std::function<bool()> allowed, qint64 readyUs)
{
    if (s_probe)
        return true;
    const int payments = envInt("PAYDESK_BENCH_PAYMENTS", -1);
    if (payments < 0 || !qApp)
        return false;
    if (!allowed || !allowed()) {
        std::fprintf(stderr, "PAYDESK_BENCH_PAYMENTS ignored: only training mode or a binary in "
                             "its build tree takes payments by itself\n");
        return false;
    }
    s_probe = new BenchProbe(payments, std::move(allowed), qApp);
    s_probe->emitLine("probe", 0, QString(), readyUs);
    qApp->installEventFilter(s_probe);
    return true;
}

qint64 BenchProbe::nowMicroseconds()
{
    // steady_clock is CLOCK_MONOTONIC on Linux: the same clock in every process of the machine.
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

BenchProbe::BenchProbe(int payments, std::function<bool()> allowed, QObject *parent)
    : QObject(parent), m_payments(payments), m_allowed(std::move(allowed)),
      m_firstPayMs(envInt("PAYDESK_BENCH_FIRST_PAY_MS", 2000)),
      m_gapMs(envInt("PAYDESK_BENCH_GAP_MS", 200)),
      m_code(qEnvironmentVariable("PAYDESK_BENCH_CODE"))
{}

void BenchProbe::emitLine(const char *event, int payment, const QString &extra, qint64 atUs)
{
    // Plain stdio, flushed: the driver reads it live, and no logging filter can hide it.
    std::printf("PAYDESK_BENCH %s %d %lld%s%s\n", event, payment,
                static_cast<long long>(atUs >= 0 ? atUs : nowMicroseconds()),
                extra.isEmpty() ? "" : " ", qPrintable(extra));
    std::fflush(stdout);
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    if (!m_window) {
        if (auto *window = qobject_cast<MainWindow *>(watched)) {
            m_window = window;
            qApp->removeEventFilter(this);
            // The frame is on screen once this paint event and its flush are done.
            QTimer::singleShot(0, this, &BenchProbe::onWindowPainted);
        }
    } else if (watched == m_receipt && !m_receiptPainted) {
        m_receiptPainted = true;
        QTimer::singleShot(0, this, &BenchProbe::onReceiptPainted);
    }
    return false;
}

void BenchProbe::onWindowPainted()
{
    emitLine("window", 0);
    if (!m_window)
        return;
    connect(m_window->warmer(), &WebEngineWarmer::warmed, this, [this](bool ok) {
        emitLine("warm", 0, ok ? QStringLiteral("ok") : QStringLiteral("fail"));
    });
    if (m_window->warmer()->isWarm())
        emitLine("warm", 0, QStringLiteral("already"));
    connect(m_window, &MainWindow::paymentStarted, this, &BenchProbe::onPaymentStarted);
    connect(m_window, &MainWindow::paymentApproved, this, &BenchProbe::onApproved);
    connect(m_window, &MainWindow::paymentEnded, this,
            [this](const QString &message) { fail(QStringLiteral("payment ended: ") + message); });
    if (m_payments == 0) {
        emitLine("done");
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    // A generous guard: a stuck payment must not hang the benchmark.
    QTimer::singleShot(m_firstPayMs + m_payments * 30000, this,
                       [this] { fail(QStringLiteral("timed out")); });
    QTimer::singleShot(m_firstPayMs, this, &BenchProbe::pay);
}

void BenchProbe::pay()
{
    if (!m_window)
        return fail(QStringLiteral("main window gone"));
    if (!m_allowed()) // the settings left training meanwhile
        return fail(QStringLiteral("not in training mode"));
    if (m_code.isEmpty()) { // here, not at start: the probe must not slow the start it times
        Catalog catalog;
        if (catalog.loadFile(Catalog::samplePath()) && !catalog.isEmpty())
            m_code = catalog.products().first().code;
    }
    ++m_current;
    m_pageSeen = false;
    m_receiptPainted = false;
    if (!m_window->orderPanel()->addCode(m_code))
        return fail(QStringLiteral("product code not accepted: ") + m_code);
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("payButton"));
    if (!button || !button->isEnabled())
        return fail(QStringLiteral("Pay button missing or disabled"));
    emitLine("pay", m_current);
    button->click();
}

void BenchProbe::onPaymentStarted()
{
    PaymentSession *session = m_window ? m_window->paymentSession() : nullptr;
    if (!session || !session->view())
        return fail(QStringLiteral("no payment view"));
    const int payment = m_current;
    connect(session->view(), &PaymentView::pageLoaded, this, [this, payment](bool ok) {
        if (ok && !m_pageSeen && payment == m_current) {
            m_pageSeen = true;
            emitLine("page", payment);
        }
    });
    connect(session->view(), &PaymentView::returnNavigation, this,
            [this, payment] { emitLine("redirect", payment); });
}

void BenchProbe::onApproved()
{
    m_receipt = m_window ? m_window->receiptDialog() : nullptr;
    if (!m_receipt)
        return fail(QStringLiteral("approved without a receipt"));
    emitLine("approved", m_current);
    m_receipt->installEventFilter(this);
}

void BenchProbe::onReceiptPainted()
{
    emitLine("receipt", m_current);
    if (m_receipt)
        m_receipt->accept(); // the cashier closes it: new sale
    if (m_current >= m_payments) {
        emitLine("done", m_current);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    QTimer::singleShot(m_gapMs, this, &BenchProbe::pay);
}

void BenchProbe::fail(const QString &why)
{
    emitLine("failed", m_current, why);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(3); });
}
