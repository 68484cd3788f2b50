#include "WebWarmUp.h"

#include "WebRenderBackend.h"

#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

void WebWarmUp::start(const QUrl &url, QObject *context, std::function<void(bool ok)> done)
{
    WebRenderBackend::choose(); // before the first web view
    auto *warmUp = new WebWarmUp(context, std::move(done));
    warmUp->m_view->load(url.isEmpty() ? QUrl(QStringLiteral("about:blank")) : url);
}

WebWarmUp::WebWarmUp(QObject *context, std::function<void(bool ok)> done)
    : m_context(context), m_done(std::move(done))
{
    m_profile = new QWebEngineProfile(); // off the record
    m_view = new QWebEngineView();
    m_view->setPage(new QWebEnginePage(m_profile, m_view));
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->resize(400, 300);
    m_view->show(); // never on screen, but the render widget gets created
    connect(m_view->page(), &QWebEnginePage::loadFinished, this, &WebWarmUp::onLoadFinished);
}

WebWarmUp::~WebWarmUp()
{
    // The page (a child of the view) before its profile.
    delete m_view;
    delete m_profile;
}

void WebWarmUp::onLoadFinished(bool ok)
{
    disconnect(m_view->page(), nullptr, this, nullptr);
    if (m_context && m_done)
        m_done(ok);
    deleteLater(); // not from inside the page's own signal
}
