#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class MainWindow;
class QDialog;

// Timing probe for bench/bench_checkout. Off unless PAYDESK_BENCH_PAYMENTS=N is set: then it
// waits for the main window's first frame, takes N payments through the real screen (adds a
// product, clicks Pay, lets the simulator approve, closes the receipt) and quits. It prints one
// line per event on stdout, "PAYDESK_BENCH <event> <payment> <steady-clock µs>", so a driver in
// another process can subtract them from its own std::chrono::steady_clock readings.
//
// Only in training mode or for a binary in its build tree (see BuildTree).
// Other variables: PAYDESK_BENCH_FIRST_PAY_MS (delay from the first frame to the first Pay,
// default 2000: the cashier scans the first products), PAYDESK_BENCH_GAP_MS (receipt closed to
// the next Pay, default 200), PAYDESK_BENCH_CODE (product code, default the catalog's first).
class BenchProbe : public QObject
{
    Q_OBJECT

public:
    // Call once QApplication exists (main.cpp). Idempotent. `allowed` says whether the probe
    // may act now (training mode, or a binary in its build tree): asked at install and before
    // every Pay. `readyUs`: when QApplication was ready (the "probe" line's time).
    static bool installIfRequested(std::function<bool()> allowed, qint64 readyUs);

    static qint64 nowMicroseconds();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BenchProbe(int payments, std::function<bool()> allowed, QObject *parent = nullptr);

    void emitLine(const char *event, int payment = 0, const QString &extra = QString(),
                  qint64 atUs = -1);
    void onWindowPainted();
    void pay();
    void onPaymentStarted();
    void onApproved();
    void onReceiptPainted();
    void fail(const QString &why);

    int m_payments;
    std::function<bool()> m_allowed;
    int m_firstPayMs;
    int m_gapMs;
    QString m_code;
    int m_current = 0; // 1-based number of the running payment
    bool m_pageSeen = false;
    QPointer<MainWindow> m_window;
    QPointer<QDialog> m_receipt;
    bool m_receiptPainted = false;
};
