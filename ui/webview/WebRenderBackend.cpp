#include "WebRenderBackend.h"

#include "UiLog.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

namespace {

bool s_chosen = false;

bool isSoftwareRenderer(const QByteArray &renderer)
{
    const QByteArray r = renderer.toLower();
    return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("swrast") ||
           r.contains("software rasterizer");
}

// The GL_RENDERER of a throw-away context; empty when no GL context can be made.
QByteArray glRendererString()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface))
        return {};
    const auto *text = context.functions()->glGetString(GL_RENDERER);
    QByteArray renderer = text ? QByteArray(reinterpret_cast<const char *>(text)) : QByteArray();
    context.doneCurrent();
    return renderer;
}

} // namespace

void WebRenderBackend::choose()
{
    if (s_chosen)
        return;
    s_chosen = true;
#ifdef Q_OS_LINUX
    // Set by the user, or by RenderSetup before QApplication on a machine without a GPU.
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") ||
        qEnvironmentVariableIsSet("QSG_RHI_BACKEND")) {
        qCInfo(lcUi) << "web view rendering as QT_QUICK_BACKEND/QSG_RHI_BACKEND say:"
                     << qgetenv("QT_QUICK_BACKEND") << qgetenv("QSG_RHI_BACKEND");
        return;
    }
    // offscreen and minimal have no GL: Qt Quick picks its software renderer by itself.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return;
    const QByteArray renderer = glRendererString();
    const bool software = renderer.isEmpty() || isSoftwareRenderer(renderer);
    if (software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    qCInfo(lcUi) << "web view rendering:" << (software ? "Qt Quick software" : "OpenGL")
                 << "(GL renderer" << (renderer.isEmpty() ? QByteArray("none") : renderer) << ")";
#endif
}
