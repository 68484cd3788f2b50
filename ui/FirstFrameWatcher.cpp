#include "FirstFrameWatcher.h"

#include "UiLog.h"

#include <QEvent>
#include <QWidget>

FirstFrameWatcher::FirstFrameWatcher(QWidget *window, int timeoutMs)
    : QObject(window), m_window(window)
{
    m_window->installEventFilter(this);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "window not painted after" << m_timeout.interval() << "ms; going on";
        runPending();
    });
}

FirstFrameWatcher *FirstFrameWatcher::of(QWidget *window)
{
    if (auto *existing =
            window->findChild<FirstFrameWatcher *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new FirstFrameWatcher(window);
}

void FirstFrameWatcher::whenPainted(std::function<void()> work)
{
    // isHidden(), not !isVisible(): from inside showEvent() the window is not "visible" yet, and
    // the work must still wait for its first paint. Work that need not wait runs on its own
    // timer: it must not release work that others queued to wait for the paint.
    if (m_painted || !m_window || m_window->isHidden()) {
        QTimer::singleShot(0, this, std::move(work));
        return;
    }
    m_pending.append(std::move(work));
    if (!m_timeout.isActive())
        m_timeout.start();
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // After this paint and the flush that follows it: the frame is on screen.
        QTimer::singleShot(0, this, &FirstFrameWatcher::runPending);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameWatcher::runPending()
{
    m_timeout.stop();
    const QList<std::function<void()>> work = std::exchange(m_pending, {});
    for (const auto &w : work)
        w();
}
