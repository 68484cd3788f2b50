#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebEngineProfile;
class QWebEngineView;
class QWidget;

// Starts Chromium's processes before the first payment: a hidden view with its own
// off-the-record profile loads a page once and is thrown away. The day's first payment page
// then opens as fast as the tenth.
//
// Creating the web engine blocks the GUI thread for a few hundred milliseconds, so when the
// warmer's parent is a window on screen that has not painted yet, warm() waits for that
// window's first frame (at most firstFrameWaitMs): a zero timer from showEvent() runs before
// the first paint, which would keep the window blank until Chromium is up.
class WebEngineWarmer : public QObject
{
    Q_OBJECT

public:
    static constexpr int firstFrameWaitMs = 3000;

    explicit WebEngineWarmer(QObject *parent = nullptr);
    ~WebEngineWarmer() override;

    // Loads url (about:blank when empty) in a hidden view; warmed() follows.
    void warm(const QUrl &url = {});
    bool isWarm() const { return m_warm; }
    bool isStarted() const { return m_view != nullptr || m_warm; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    void warmed(bool ok, qint64 elapsedMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start(const QUrl &url);
    void startPending();
    void release();

    QPointer<QWidget> m_window; // the parent, when it is a widget
    bool m_windowPainted = false;
    bool m_pending = false;
    QUrl m_pendingUrl;
    QTimer m_firstFrameTimeout;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    bool m_warm = false;
    qint64 m_elapsedMs = -1;
};
