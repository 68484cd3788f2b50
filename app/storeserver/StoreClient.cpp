#include "StoreClient.h"

#include "StoreServerLog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QHash>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <memory>

// The worker half of StoreClient: everything that touches the network or the journal's file
// from the store link runs here, on its own thread and its own connections.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    StoreWorker(const StoreServerAddress &address, const QString &password,
                const StoreClient::Identity &identity, const QString &journalPath,
                const StoreClient::Timing &timing)
        : m_address(address), m_password(password), m_identity(identity),
          m_journalPath(journalPath), m_timing(timing)
    {
        static std::atomic<int> serial{0};
        m_pgName = QStringLiteral("paydesk-store-%1").arg(++serial);
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &StoreWorker::round);
        m_local = std::make_unique<Database>(m_journalPath);
        if (!m_local->open(Database::Check::Header)) {
            m_state.link = StoreClient::Link::Offline;
            m_state.lastError = m_local->error().message();
            emit stateChanged(m_state);
            return;
        }
        m_journal = std::make_unique<Journal>(m_local.get());
        round();
    }

    void nudge()
    {
        // Offline, the backoff decides; online, now.
        if (m_timer && m_state.link != StoreClient::Link::Offline && !m_busy)
            m_timer->start(0);
    }

    void run(const StoreClient::Work &work, quint64 id)
    {
        QString error;
        QVariant result;
        if (connectStore(&error))
            result = work(QSqlDatabase::database(m_pgName, false), &error);
        emit ran(id, result, error);
    }

    void finish()
    {
        if (m_timer)
            m_timer->stop();
        m_journal.reset();
        m_local.reset();
        if (QSqlDatabase::contains(m_pgName)) {
            QSqlDatabase::database(m_pgName, false).close();
            QSqlDatabase::removeDatabase(m_pgName);
        }
    }

signals:
    void stateChanged(const StoreClient::State &state);
    void ran(quint64 id, const QVariant &result, const QString &error);

private:
    bool connectStore(QString *error)
    {
        if (QSqlDatabase::contains(m_pgName) && QSqlDatabase::database(m_pgName, false).isOpen())
            return true;
        QSqlDatabase db = QSqlDatabase::contains(m_pgName)
                              ? QSqlDatabase::database(m_pgName, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_pgName);
        if (!db.isValid()) {
            *error = QStringLiteral("the PostgreSQL driver (QPSQL) is not installed");
            return false;
        }
        db.setHostName(m_address.host);
        db.setPort(m_address.port);
        db.setDatabaseName(m_address.database);
        db.setUserName(m_address.user);
        db.setPassword(m_password);
        db.setConnectOptions(m_address.connectOptions(m_timing.connectTimeoutS));
        if (!db.open()) {
            *error = db.lastError().text().trimmed();
            return false;
        }
        return true;
    }

    void dropStore()
    {
        if (QSqlDatabase::contains(m_pgName))
            QSqlDatabase::database(m_pgName, false).close();
    }

    void round()
    {
        m_busy = true;
        QString error;
        const bool sent = connectStore(&error) && sendBatch(&error);
        m_busy = false;
        if (!sent) {
            dropStore();
            const int step = qMin(m_failures, int(m_timing.backoffMs.size()) - 1);
            ++m_failures;
            m_state.link = StoreClient::Link::Offline;
            m_state.lastError = error;
            m_state.waiting = m_journal ? m_journal->outboxSize() : m_state.waiting;
            qCInfo(lcStoreServer) << "store unreachable:" << error << "- waiting"
                                  << m_state.waiting;
            emit stateChanged(m_state);
            m_timer->start(m_timing.backoffMs.value(step, 30000));
            return;
        }
        m_failures = 0;
        m_state.link = StoreClient::Link::Online;
        m_state.lastError.clear();
        emit stateChanged(m_state);
        m_timer->start(m_state.waiting > 0 ? 0 : m_timing.pollMs);
    }

    bool sendBatch(QString *error)
    {
        const QList<Journal::OutboxEntry> batch = m_journal->outbox(m_timing.batch);
        QSqlDatabase db = QSqlDatabase::database(m_pgName, false);
        QSqlQuery q(db);
        if (!batch.isEmpty()) {
            if (!db.transaction()) {
                *error = db.lastError().text();
                return false;
            }
            q.prepare(QStringLiteral(
                "INSERT INTO entries (shop_id, counter_id, training, seq, kind, entry_key, "
                "payload) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT DO NOTHING"));
            for (const Journal::OutboxEntry &e : batch) {
                q.addBindValue(m_identity.shopId);
                q.addBindValue(m_identity.counterId);
                q.addBindValue(m_identity.training);
                q.addBindValue(e.seq);
                q.addBindValue(e.kind);
                q.addBindValue(e.key);
                q.addBindValue(QString::fromUtf8(e.payload));
                if (!q.exec()) {
                    *error = q.lastError().text();
                    db.rollback();
                    return false;
                }
            }
            if (!db.commit()) {
                *error = db.lastError().text();
                return false;
            }
            // Only now: committed there, forgotten here. A crash in between sends it again,
            // which the store ignores.
            if (!m_journal->acknowledgeOutbox(batch.last().seq)) {
                *error = m_journal->lastError().message();
                return false;
            }
            m_state.lastSent = QDateTime::currentDateTime();
        }
        m_state.waiting = m_journal->outboxSize();
        q.prepare(QStringLiteral("SELECT paydesk_counter_report(?, ?, ?, ?)"));
        q.addBindValue(m_identity.shopId);
        q.addBindValue(m_identity.counterId);
        q.addBindValue(m_identity.training);
        q.addBindValue(m_state.waiting);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

    StoreServerAddress m_address;
    QString m_password;
    StoreClient::Identity m_identity;
    QString m_journalPath;
    StoreClient::Timing m_timing;
    QString m_pgName;
    QTimer *m_timer = nullptr;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<Journal> m_journal;
    StoreClient::State m_state;
    int m_failures = 0;
    bool m_busy = false;
};

struct StoreClient::Pending
{
    QPointer<QObject> context;
    bool hadContext = false;
    std::function<void(const QVariant &, const QString &)> done;
};

StoreClient::StoreClient(const StoreServerAddress &address, const QString &password,
                         const Identity &identity, const QString &journalPath, QObject *parent)
    : QObject(parent), m_address(address), m_password(password), m_identity(identity),
      m_journalPath(journalPath)
{
    qRegisterMetaType<StoreClient::State>();
}

StoreClient::~StoreClient()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &StoreWorker::finish, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_worker;
    }
}

void StoreClient::start()
{
    if (m_worker)
        return;
    m_worker = new StoreWorker(m_address, m_password, m_identity, m_journalPath, m_timing);
    m_password.clear(); // the worker's copy is the only one
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &StoreWorker::stateChanged, this, [this](const State &state) {
        m_state = state;
        emit stateChanged(state);
    });
    auto pending = std::make_shared<QHash<quint64, Pending>>();
    m_pending = pending;
    connect(m_worker, &StoreWorker::ran, this,
            [pending](quint64 id, const QVariant &result, const QString &error) {
                const Pending p = pending->take(id);
                if (p.hadContext && !p.context)
                    return;
                if (p.done)
                    p.done(result, error);
            });
    m_thread.setObjectName(QStringLiteral("store link"));
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &StoreWorker::begin, Qt::QueuedConnection);
}

void StoreClient::nudge()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &StoreWorker::nudge, Qt::QueuedConnection);
}

void StoreClient::query(Work work, QObject *context,
                        std::function<void(const QVariant &, const QString &)> done)
{
    if (!m_worker) {
        QTimer::singleShot(0, this, [done] { done({}, QStringLiteral("not started")); });
        return;
    }
    static quint64 nextId = 0;
    const quint64 id = ++nextId;
    m_pending->insert(id, Pending{context, context != nullptr, std::move(done)});
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, work = std::move(work), id] { worker->run(work, id); },
        Qt::QueuedConnection);
}

#include "StoreClient.moc"
