#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWebEngineProfile;
class QWebEngineView;

// One warm-up of the web engine: a hidden view with its own off-the-record profile loads a page
// once, reports, and deletes itself. The first one starts Chromium's processes, so the day's
// first payment page opens as fast as the tenth.
class WebWarmUp : public QObject
{
    Q_OBJECT

public:
    static void start(const QUrl &url, QObject *context, std::function<void(bool ok)> done);

private:
    WebWarmUp(QObject *context, std::function<void(bool ok)> done);
    ~WebWarmUp() override;
    void onLoadFinished(bool ok);

    QPointer<QObject> m_context;
    std::function<void(bool ok)> m_done;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
};
