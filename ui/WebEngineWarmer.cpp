#include "WebEngineWarmer.h"

#include "UiLog.h"
#include "WebRenderBackend.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QWidget>

WebEngineWarmer::WebEngineWarmer(QObject *parent) : QObject(parent)
{
    m_window = qobject_cast<QWidget *>(parent);
    if (m_window)
        m_window->installEventFilter(this);
    m_firstFrameTimeout.setSingleShot(true);
    connect(&m_firstFrameTimeout, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "window not painted after" << firstFrameWaitMs << "ms; warming anyway";
        startPending();
    });
}

WebEngineWarmer::~WebEngineWarmer()
{
    release();
}

void WebEngineWarmer::warm(const QUrl &url)
{
    if (m_view || m_pending)
        return;
    if (m_window && m_window->isVisible() && !m_windowPainted) {
        m_pending = true;
        m_pendingUrl = url;
        m_firstFrameTimeout.start(firstFrameWaitMs);
        return;
    }
    start(url);
}

bool WebEngineWarmer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_windowPainted) {
        m_windowPainted = true;
        m_window->removeEventFilter(this);
        // After this paint and the flush that follows it: the frame is on screen.
        if (m_pending)
            QTimer::singleShot(0, this, &WebEngineWarmer::startPending);
    }
    return QObject::eventFilter(watched, event);
}

void WebEngineWarmer::startPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_firstFrameTimeout.stop();
    start(m_pendingUrl);
}

void WebEngineWarmer::start(const QUrl &url)
{
    if (m_view)
        return;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    WebRenderBackend::choose();          // before the first web view
    m_profile = new QWebEngineProfile(); // off the record
    m_view = new QWebEngineView();
    m_view->setPage(new QWebEnginePage(m_profile, m_view));
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->resize(400, 300);
    m_view->show(); // never on screen, but the render widget gets created
    connect(m_view->page(), &QWebEnginePage::loadFinished, this, [this, timer](bool ok) {
        m_warm = true;
        m_elapsedMs = timer->elapsed();
        qCInfo(lcUi) << "web engine warm after" << m_elapsedMs << "ms, page loaded:" << ok;
        emit warmed(ok, m_elapsedMs);
        // Not from inside the page's own signal.
        QMetaObject::invokeMethod(this, &WebEngineWarmer::release, Qt::QueuedConnection);
    });
    m_view->load(url.isEmpty() ? QUrl(QStringLiteral("about:blank")) : url);
}

void WebEngineWarmer::release()
{
    // The page (a child of the view) before its profile.
    delete m_view;
    m_view = nullptr;
    delete m_profile;
    m_profile = nullptr;
}
