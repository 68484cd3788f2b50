#pragma once

#include "SimRemote.h"
#include "checkout/ReturnUrls.h"

#include <QProcess>
#include <QStringList>

// The KakaoPay simulator as a child process (PAYDESK_SIM_BIN, the shipped binary) on a free
// port, with the training key and a fixed seed, plus a client pointed at it.
class SimProcess : public SimRemote
{
public:
    static constexpr const char *kKey = "training-key";

    struct Ready
    {
        QString tid;
        QUrl pageUrl;
        ReturnUrls urls;
        QString error;
    };

    ~SimProcess() override { stop(); }

    // Extra options after `--port 0 --key training-key --seed 7`. False when it did not print
    // its address in time (errorString()).
    bool start(const QStringList &extraArgs = {});
    void stop();
    QString errorString() const { return m_error; }

    // A client of the current API for this simulator (owned here).
    KakaoPay::Client *client();

    // One ready call for ₩1,000 with return URLs under returnBase; waits for the answer.
    Ready ready(const QUrl &returnBase);

private:
    QProcess m_process;
    std::unique_ptr<KakaoPay::Client> m_client;
    QString m_error;
    int m_orders = 0;
};
