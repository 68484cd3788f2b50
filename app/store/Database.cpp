#include "Database.h"

#include "Migrations.h"
#include "StoreLog.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("paydesk-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Runs one statement; on failure leaves the error in *error.
bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error, QVariant *firstValue = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    if (firstValue && q.next())
        *firstValue = q.value(0);
    return true;
}
} // namespace

Database::Database(const QString &path) : Database(path, Options()) {}

Database::Database(const QString &path, const Options &options)
    : m_path(path), m_options(options), m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) {
            // Only on our own journal, opened for writing: PRAGMA optimize may write statistics
            // into the file, and a file that is not ours, or is only read, stays untouched.
            if (m_writable)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    m_writable = false;
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const DatabaseError &error)
{
    m_error = error;
    qCWarning(lcStore) << "database" << m_path << "failed:" << error.detail;
    return false;
}

bool Database::failCorrupt(const QString &detail)
{
    close(); // release the file before renaming it
    if (!m_options.moveAsideDamaged)
        return fail(DatabaseError::make(DatabaseError::Code::Corrupt, detail));
    const QString movedTo = moveAside();
    if (movedTo.isEmpty())
        return fail(DatabaseError::make(DatabaseError::Code::CannotOpen,
                                        detail + QStringLiteral(" (could not move it aside)")));
    qCCritical(lcStore) << "damaged database moved to" << movedTo << ":" << detail;
    return fail(DatabaseError::make(DatabaseError::Code::Corrupt, detail, movedTo));
}

QString Database::moveAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    // Never overwrite an earlier damaged copy, even within the same second.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(m_path, target))
        return QString();
    // The WAL and shared-memory files belong to the damaged file: keep them beside it.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

bool Database::open(Check check)
{
    close();
    m_error = DatabaseError();

    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(DatabaseError::make(DatabaseError::Code::CannotOpen,
                                        m_path + QStringLiteral(" is a folder")));
    if (m_options.readOnly && !info.isFile())
        return fail(DatabaseError::make(DatabaseError::Code::CannotOpen,
                                        m_path + QStringLiteral(" does not exist")));
    if (!m_options.readOnly && !QDir().mkpath(info.absolutePath()))
        return fail(DatabaseError::make(DatabaseError::Code::CannotCreate,
                                        QStringLiteral("cannot create ") + info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!m_options.readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else if (QFileInfo(info.absolutePath()).isWritable() ||
               QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
        // Read-only; SQLite may still make the -wal/-shm it needs to read a WAL journal.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        // A folder nobody may write to (a backup, read-only media) and no -wal beside: no one
        // can be writing this journal, so it is read as it is, without the side files.
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open()) {
        DatabaseError e = DatabaseError::fromSql(db.lastError());
        if (e.code == DatabaseError::Code::Query || e.code == DatabaseError::Code::CannotOpen)
            e.code =
                info.exists() ? DatabaseError::Code::CannotOpen : DatabaseError::Code::CannotCreate;
        db = QSqlDatabase();
        close();
        return fail(e);
    }

    // The first read of the schema is what tells a database from any other file.
    QSqlError sqlError;
    QVariant value;
    if (!exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &sqlError, &value)) {
        db = QSqlDatabase();
        const DatabaseError e = DatabaseError::fromSql(sqlError);
        if (e.code == DatabaseError::Code::Corrupt)
            return failCorrupt(e.detail);
        close();
        return fail(e);
    }
    db = QSqlDatabase();
    if (check == Check::Quick && !checkIntegrity()) {
        if (m_error.code == DatabaseError::Code::Corrupt)
            return failCorrupt(m_error.detail);
        close();
        return false;
    }
    if (m_options.readOnly || m_options.journalOnly) {
        // An SQLite file of something else is not made into a journal, nor read as one.
        const int version = schemaVersion();
        if (version <= 0) {
            close();
            return fail(DatabaseError::make(DatabaseError::Code::NotAJournal,
                                            m_path + QStringLiteral(" has no PayDesk schema")));
        }
        if (version > Migrations::latestVersion()) {
            close();
            return fail(DatabaseError::make(DatabaseError::Code::TooNew,
                                            QStringLiteral("schema version %1, this build knows %2")
                                                .arg(version)
                                                .arg(Migrations::latestVersion())));
        }
    }
    if (m_options.readOnly)
        return true;
    if (!configure() || !migrate()) {
        close();
        return false;
    }
    m_writable = true;
    return true;
}

bool Database::checkIntegrity()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
        m_error = DatabaseError::fromSql(q.lastError());
        if (m_error.code == DatabaseError::Code::Query)
            m_error.code = DatabaseError::Code::Corrupt;
        return false;
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    m_error =
        DatabaseError::make(DatabaseError::Code::Corrupt,
                            QStringLiteral("quick_check: ") + problems.join(QLatin1String("; ")));
    return false;
}

DatabaseError Database::checkFile(const QString &path)
{
    const QString name = nextConnectionName();
    DatabaseError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = DatabaseError::fromSql(db.lastError());
        } else {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
                result = DatabaseError::fromSql(q.lastError());
            } else {
                while (q.next())
                    problems << q.value(0).toString();
                if (problems != QStringList{QStringLiteral("ok")})
                    result = DatabaseError::make(DatabaseError::Code::Corrupt,
                                                 QStringLiteral("quick_check: ") +
                                                     problems.join(QLatin1String("; ")));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool Database::configure()
{
    QSqlDatabase db = connection();
    QSqlError sqlError;
    QVariant mode;
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError, &mode))
        return fail(DatabaseError::fromSql(sqlError));
    // SQLite answers with the mode in force: a read-only file stays in its old mode.
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(DatabaseError::make(DatabaseError::Code::ReadOnly,
                                        QStringLiteral("journal_mode stayed ") + mode.toString()));
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!exec(db, QString::fromLatin1(pragma), &sqlError))
            return fail(DatabaseError::fromSql(sqlError));
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate()
{
    QSqlDatabase db = connection();
    const int from = schemaVersion();
    const int latest = Migrations::latestVersion();
    if (from < 0)
        return fail(DatabaseError::make(DatabaseError::Code::Query,
                                        QStringLiteral("cannot read user_version")));
    if (from > latest)
        return fail(DatabaseError::make(
            DatabaseError::Code::TooNew,
            QStringLiteral("schema version %1, this build knows %2").arg(from).arg(latest)));

    // The header write below doubles as the write probe: a file SQLite could only open read-only
    // refuses it, so that is reported now rather than at the first sale. With nothing to migrate
    // it is rolled back, which costs no disk flush at start.
    QSqlError sqlError;
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &sqlError))
        return fail(DatabaseError::fromSql(sqlError));
    for (int version = from + 1; version <= latest; ++version) {
        const QStringList statements = Migrations::step(version);
        for (const QString &sql : statements) {
            if (!exec(db, sql, &sqlError)) {
                QSqlError ignored;
                exec(db, QStringLiteral("ROLLBACK"), &ignored);
                DatabaseError e = DatabaseError::fromSql(sqlError);
                if (e.code == DatabaseError::Code::Query)
                    e.code = DatabaseError::Code::MigrationFailed;
                e.detail = QStringLiteral("migration %1: %2").arg(version).arg(e.detail);
                return fail(e);
            }
        }
        qCInfo(lcStore) << "database" << m_path << "migrated to schema" << version;
    }
    const QString finish = from == latest ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT");
    if (!exec(db, QStringLiteral("PRAGMA user_version=%1").arg(latest), &sqlError) ||
        !exec(db, finish, &sqlError)) {
        QSqlError ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        return fail(DatabaseError::fromSql(sqlError));
    }
    return true;
}
