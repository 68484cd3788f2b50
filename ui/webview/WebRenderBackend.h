#pragma once

// Chooses how Qt Quick (and so every QWebEngineView) renders, once, before the first web view
// exists. On Linux Qt Quick renders with OpenGL; with a software OpenGL (Mesa llvmpipe/softpipe,
// as on Xvfb, in VMs and on GPU-less tills) the view and the whole main window it sits in are
// then composited by the CPU through GL, and the payment page takes seconds instead of
// milliseconds to appear. Qt Quick's own software renderer is far faster there, so it is chosen
// when no GL context can be made or the GL renderer is a software one. QT_QUICK_BACKEND and
// QSG_RHI_BACKEND, when set, are left alone.
class WebRenderBackend
{
public:
    // Idempotent; call before the first QWebEngineView is created (after QGuiApplication).
    static void choose();
};
