#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

// Runs work once a window's first frame is on screen. A zero timer from showEvent() runs before
// the first paint, so anything slow started from there (Chromium, dialogs) keeps the window
// blank; this waits for the window's first QEvent::Paint and the flush after it instead. When
// the window is hidden, or does not paint within timeoutMs (an offscreen window may never
// paint), the work runs anyway.
class FirstFrameWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 3000;

    // The window's watcher (a child of it), made on first use: one event filter per window,
    // however many parts wait for its first frame.
    static FirstFrameWatcher *of(QWidget *window);

    // Runs work after the first frame, or soon when it is already on screen. The work is
    // dropped when the window (and with it the watcher) is deleted first.
    void whenPainted(std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstFrameWatcher(QWidget *window, int timeoutMs = defaultTimeoutMs);
    void runPending();

    QPointer<QWidget> m_window;
    bool m_painted = false;
    QTimer m_timeout;
    QList<std::function<void()>> m_pending;
};
