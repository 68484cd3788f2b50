#include "StoreAdmin.h"

#include "StoreSchema.h"
#include "StoreServerLog.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {
QString literal(const QString &text)
{
    // For the one place a value cannot be bound: a role's password in CREATE/ALTER ROLE.
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

StoreAdmin::StoreAdmin(const StoreServerAddress &address, const QString &password)
    : m_address(address), m_password(password)
{
    static std::atomic<int> serial{0};
    m_connection = QStringLiteral("paydesk-store-admin-%1").arg(++serial);
}

StoreAdmin::~StoreAdmin()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool StoreAdmin::isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

bool StoreAdmin::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!db.isValid()) {
        *error = tr("The PostgreSQL driver (QPSQL) is not installed.");
        return false;
    }
    db.setHostName(m_address.host);
    db.setPort(m_address.port);
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    db.setPassword(m_password);
    db.setConnectOptions(m_address.connectOptions());
    if (!db.open()) {
        *error = tr("The store server %1 could not be reached: %2")
                     .arg(m_address.display(), db.lastError().text().trimmed());
        return false;
    }
    return true;
}

bool StoreAdmin::init(const QString &counterUser, const QString &counterPassword, QString *error)
{
    if (!isPlainName(counterUser)) {
        *error = tr("The counters' user name may have lower-case letters, digits and _ only.");
        return false;
    }
    if (counterPassword.size() < 12) {
        *error = tr("The counters' password must have at least 12 characters.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!StoreSchema::migrate(db, error))
        return false;
    QSqlQuery q(db);
    const QStringList roles{
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                       "'paydesk_counter') THEN CREATE ROLE paydesk_counter NOLOGIN; END IF; "
                       "END $$"),
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                       "THEN CREATE ROLE %1 LOGIN; END IF; END $$")
            .arg(counterUser),
        QStringLiteral("ALTER ROLE %1 LOGIN NOCREATEDB NOCREATEROLE PASSWORD %2")
            .arg(counterUser, literal(counterPassword)),
        QStringLiteral("GRANT paydesk_counter TO %1").arg(counterUser),
        // Nothing for anybody else, and nothing more for the counters than their grants.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")};
    for (const QString &sql :
         roles + StoreSchema::counterGrants(QStringLiteral("paydesk_counter"))) {
        if (!q.exec(sql)) {
            // The password is never in an error message: the statement is not quoted back.
            *error = tr("Setting up the counters' role failed: %1")
                         .arg(q.lastError().databaseText().trimmed());
            return false;
        }
    }
    qCInfo(lcStoreServer) << "store initialised at" << m_address.display() << "for" << counterUser;
    return true;
}

QJsonArray StoreAdmin::counters(QString *error)
{
    QJsonArray out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(
            QStringLiteral("SELECT shop_id, counter_id, training, last_seq, waiting, "
                           "extract(epoch FROM now() - last_seen)::bigint, last_seen FROM counters "
                           "ORDER BY shop_id, counter_id, training"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const qint64 silentFor = q.value(5).toLongLong();
        out.append(QJsonObject{
            {QStringLiteral("shop"), q.value(0).toString()},
            {QStringLiteral("counter"), q.value(1).toString()},
            {QStringLiteral("training"), q.value(2).toBool()},
            {QStringLiteral("last_seq"), q.value(3).toLongLong()},
            {QStringLiteral("waiting"), q.value(4).toLongLong()},
            {QStringLiteral("last_seen"), q.value(6).toDateTime().toString(Qt::ISODate)},
            {QStringLiteral("seconds_since_seen"), silentFor},
            // A counter that reports every poll is online; a minute of silence is not.
            {QStringLiteral("link"),
             silentFor <= 60 ? QStringLiteral("online") : QStringLiteral("offline")}});
    }
    return out;
}
