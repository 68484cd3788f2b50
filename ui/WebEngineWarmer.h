#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class FirstFrameWatcher;
class QWidget;

// Gets the web engine ready before the first payment: loads the web-view module (Qt WebEngine's
// libraries) and has it load a page once in a hidden view, which starts Chromium's processes.
// The day's first payment page then opens as fast as the tenth.
//
// Both block the GUI thread for a while, so when the warmer's parent is a window, warm() waits
// for that window's first frame (FirstFrameWatcher): the cashier sees the window at once.
class WebEngineWarmer : public QObject
{
    Q_OBJECT

public:
    explicit WebEngineWarmer(QObject *parent = nullptr);

    // Loads url (about:blank when empty) in a hidden view; warmed() follows.
    void warm(const QUrl &url = {});
    bool isWarm() const { return m_warm; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    // ok is false when the page did not load or the module could not be loaded
    // (WebViewModuleLoader::errorString() says why).
    void warmed(bool ok, qint64 elapsedMs);

private:
    void start(const QUrl &url);

    FirstFrameWatcher *m_firstFrame = nullptr; // the parent window's, when it is one
    bool m_started = false;
    bool m_warm = false;
    qint64 m_elapsedMs = -1;
};
