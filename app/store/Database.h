#pragma once

#include "DatabaseError.h"

#include <QSqlDatabase>
#include <QString>

// The one SQLite file that holds payments, refunds, managers and the audit log. Opening it sets
// the durability pragmas (WAL, synchronous=FULL, foreign keys), checks the file and brings the
// schema up to date. A damaged file is moved aside, never deleted: the caller decides whether to
// start a fresh one by calling open() again. A Qt SQL connection belongs to the thread that
// opened it: use a Database (and the Journal on it) from that thread only.
//
// Check::Quick reads every page: ~4 s on a million payments (bench_history). For a fast start,
// open with Check::Header and run checkFile() in a worker thread once the window is up.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Check
    {
        Quick,  // PRAGMA quick_check at open: reads every page
        Header, // only proves the file is a readable database; run checkIntegrity() later
    };

    // How open() treats the file. The app uses the defaults; paydesk-cli opens the files it is
    // given without ever moving, renaming or (for export) writing them.
    struct Options
    {
        // SQLite read-only: nothing is written (no WAL switch, no migration); the schema must
        // be one this build reads.
        bool readOnly = false;
        // A damaged file, or one that is no database, is renamed ….corrupt-DATE and kept aside
        // (the app then starts a fresh journal). False: it stays where and as it is.
        bool moveAsideDamaged = true;
        // Refuse a database without PayDesk's schema instead of making one in it.
        bool journalOnly = false;
    };

    explicit Database(const QString &path);
    Database(const QString &path, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(Check check = Check::Quick);
    void close();
    bool isOpen() const;

    // PRAGMA quick_check on the open file. On failure the file stays where it is (it is in use):
    // the error says so and the next open() moves it aside.
    bool checkIntegrity();

    // quick_check of the file at `path` on a connection of its own, read-only: safe to run in a
    // worker thread while the app writes (WAL readers do not block the writer).
    static DatabaseError checkFile(const QString &path);

    DatabaseError error() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Remembers a failed write (disk full, read-only) so the UI can tell why.
    void setError(const DatabaseError &error) { m_error = error; }

private:
    bool fail(const DatabaseError &error);
    bool failCorrupt(const QString &detail);
    bool configure();
    bool migrate();
    QString moveAside();

    QString m_path;
    Options m_options;
    bool m_writable = false; // opened as PayDesk's journal, for writing
    QString m_connectionName;
    DatabaseError m_error;
};
