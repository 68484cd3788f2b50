#include "RenderSetup.h"

#include <QCoreApplication>
#include <QDir>

bool RenderSetup::hasRenderNode(const char *driDirectory)
{
    return !QDir(QString::fromLocal8Bit(driDirectory))
                .entryList({QStringLiteral("renderD*")}, QDir::System | QDir::Files)
                .isEmpty();
}

void RenderSetup::beforeApplication()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") &&
        qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND") && !hasRenderNode()) {
        qputenv("QT_QUICK_BACKEND", "software");
        // Without a GL integration the shared context below is made without loading a driver.
        if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
            qputenv("QT_XCB_GL_INTEGRATION", "none");
    }
#endif
    // Qt WebEngine wants the shared context to exist, even when it is not used for drawing.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}
