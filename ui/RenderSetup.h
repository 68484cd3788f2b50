#pragma once

// How the web view will draw, decided before QApplication exists (the one moment
// Qt::AA_ShareOpenGLContexts can be set).
//
// Qt WebEngine renders through the GPU with OpenGL contexts shared with the widgets: QApplication
// makes that shared context when it starts (Qt::AA_ShareOpenGLContexts), which loads the
// machine's GL driver (about 80 ms with Mesa's llvmpipe on Xvfb). A machine with no GPU render
// node (/dev/dri/renderD*: VMs, Xvfb, GPU-less tills) would render the web view with Qt Quick's
// software renderer anyway (webview/WebRenderBackend), so there that renderer is chosen here
// (QT_QUICK_BACKEND=software) and X11 runs without a GL integration (QT_XCB_GL_INTEGRATION=none,
// as the bundle's launcher already does on machines without a GL driver): no GL driver is loaded
// at start. With a GPU nothing changes, and WebRenderBackend decides when the web view is first
// needed. QT_QUICK_BACKEND, QSG_RHI_BACKEND and QT_XCB_GL_INTEGRATION set by the user are
// respected.
class RenderSetup
{
public:
    static void beforeApplication();

    // Whether the machine has a GPU render node; the path is for tests.
    static bool hasRenderNode(const char *driDirectory = "/dev/dri");
};
