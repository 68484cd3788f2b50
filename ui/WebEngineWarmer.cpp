#include "WebEngineWarmer.h"

#include "FirstFrameWatcher.h"
#include "UiLog.h"
#include "WebViewModule.h"
#include "WebViewModuleLoader.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

WebEngineWarmer::WebEngineWarmer(QObject *parent) : QObject(parent)
{
    if (auto *window = qobject_cast<QWidget *>(parent))
        m_firstFrame = FirstFrameWatcher::of(window);
}

void WebEngineWarmer::warm(const QUrl &url)
{
    if (m_started)
        return;
    m_started = true;
    if (m_firstFrame)
        m_firstFrame->whenPainted([self = QPointer<WebEngineWarmer>(this), url] {
            if (self)
                self->start(url);
        });
    else
        start(url);
}

void WebEngineWarmer::start(const QUrl &url)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    WebViewModule *module = WebViewModuleLoader::module();
    if (!module) {
        m_elapsedMs = timer->elapsed();
        emit warmed(false, m_elapsedMs);
        return;
    }
    module->warmUp(url, this, [this, timer](bool ok) {
        m_warm = true;
        m_elapsedMs = timer->elapsed();
        qCInfo(lcUi) << "web engine warm after" << m_elapsedMs << "ms, page loaded:" << ok;
        emit warmed(ok, m_elapsedMs);
    });
}
