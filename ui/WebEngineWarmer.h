#pragma once

#include <QObject>
#include <QUrl>

class QWebEngineProfile;
class QWebEngineView;

// Starts Chromium's processes before the first payment: a hidden view with its own
// off-the-record profile loads a page once and is thrown away. The day's first payment page
// then opens as fast as the tenth.
class WebEngineWarmer : public QObject
{
    Q_OBJECT

public:
    explicit WebEngineWarmer(QObject *parent = nullptr);
    ~WebEngineWarmer() override;

    // Loads url (about:blank when empty) in a hidden view; warmed() follows.
    void warm(const QUrl &url = {});
    bool isWarm() const { return m_warm; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    void warmed(bool ok, qint64 elapsedMs);

private:
    void release();

    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    bool m_warm = false;
    qint64 m_elapsedMs = -1;
};
