#include "WebEngineWarmer.h"

#include "UiLog.h"

#include <QElapsedTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

WebEngineWarmer::WebEngineWarmer(QObject *parent) : QObject(parent) {}

WebEngineWarmer::~WebEngineWarmer()
{
    release();
}

void WebEngineWarmer::warm(const QUrl &url)
{
    if (m_view)
        return;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
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
