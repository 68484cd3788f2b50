#pragma once

#include "StoreServerAddress.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <QVariant>

#include <QHash>

#include <functional>
#include <memory>

class StoreWorker;

// One counter's link to the store server. A worker thread owns the PostgreSQL connection (a
// slow or unreachable server never holds up the cashier's screen) and does two things:
//  - sends the journal's outbox, oldest first, in batches, each batch one PostgreSQL
//    transaction; the entries are keyed by shop, counter and seq there, so a batch sent twice
//    (the answer lost, the counter killed before it forgot them) changes nothing; what was sent
//    is forgotten locally only after the store committed it. Unreachable: it tries again with
//    backoff, the entries wait in the journal (across restarts too).
//  - runs queries for the screens (store-wide history, refund claims), one at a time.
class StoreClient : public QObject
{
    Q_OBJECT

public:
    struct Identity
    {
        QString shopId;
        QString counterId;
        bool training = false; // the training journal: its entries are kept apart
    };
    enum class Link
    {
        Connecting,
        Online, // the store has everything up to a moment ago
        Offline // the store cannot be reached (lastError says why)
    };
    struct State
    {
        Link link = Link::Connecting;
        qint64 waiting = 0; // outbox entries not on the store yet
        QDateTime lastSent; // last batch the store committed
        QString lastError;  // for the log and the status tip; never a password
    };

    // `journalPath`: the counter's journal, opened by the worker on its own connection.
    StoreClient(const StoreServerAddress &address, const QString &password,
                const Identity &identity, const QString &journalPath, QObject *parent = nullptr);
    ~StoreClient() override;

    void start();
    // Something was written: send soon instead of at the next poll.
    void nudge();
    State state() const { return m_state; }
    const Identity &identity() const { return m_identity; }
    bool isOnline() const { return m_state.link == Link::Online; }

    // Runs `work` on the worker's connection (an open one, or `done` gets an invalid QVariant
    // and an error). `done` comes back on this thread unless `context` is gone.
    using Work = std::function<QVariant(QSqlDatabase db, QString *error)>;
    void query(Work work, QObject *context,
               std::function<void(const QVariant &result, const QString &error)> done);

    // Timings (tests make them short).
    struct Timing
    {
        int pollMs = 1000; // look for new entries this often when idle
        int batch = 500;   // entries per transaction
        QList<int> backoffMs = {1000, 2000, 5000, 10000, 30000};
        int connectTimeoutS = 5;
    };
    void setTiming(const Timing &timing) { m_timing = timing; }

signals:
    void stateChanged(const StoreClient::State &state);

private:
    StoreServerAddress m_address;
    QString m_password;
    Identity m_identity;
    QString m_journalPath;
    Timing m_timing;
    State m_state;
    QThread m_thread;
    StoreWorker *m_worker = nullptr;
    struct Pending;
    std::shared_ptr<QHash<quint64, Pending>> m_pending; // queries whose answer is due
};

Q_DECLARE_METATYPE(StoreClient::State)
