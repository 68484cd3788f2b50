#pragma once

#include "checkout/ReturnUrls.h"
#include "core/SimulatorProcess.h"
#include "kakaopay/KakaoPayClient.h"

#include <QJsonDocument>
#include <QScopedPointer>
#include <QUrl>

// The simulator as a process plus a KakaoPay client pointed at it, for GUI tests.
class SimFixture
{
public:
    struct Ready
    {
        QString tid;
        QUrl pageUrl;
        ReturnUrls urls;
        QString error;
    };

    // Starts PAYDESK_SIM_BIN with the extra options; false (and errorString) on failure.
    bool start(const QStringList &arguments = {});
    QUrl baseUrl() const { return m_sim.baseUrl(); }
    QString errorString() const { return m_sim.errorString(); }
    KakaoPay::Client *client() { return m_client.data(); }

    // One ready call for ₩1,000 with return URLs under returnBase; waits for the answer.
    Ready ready(const QUrl &returnBase);

    // Control interface: GET/POST/DELETE on the simulator, JSON answer (null on failure).
    QJsonDocument control(const QByteArray &verb, const QString &path, const QByteArray &body = {});

private:
    SimulatorProcess m_sim;
    QScopedPointer<KakaoPay::Client> m_client;
    int m_orders = 0;
};
