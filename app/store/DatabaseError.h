#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// Why the database could not be opened or written, as a value the UI can show (message() is
// translated) while the driver's own text stays in detail for the log.
struct DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseError)

public:
    enum class Code
    {
        None,
        CannotCreate,    // the folder or the file could not be made
        CannotOpen,      // the file exists but SQLite cannot open it
        Corrupt,         // not a database or failed the integrity check: moved aside (movedTo)
                         // unless the caller keeps files where they are
        NotAJournal,     // an SQLite file without PayDesk's schema: left unchanged
        ReadOnly,        // opened, but writes are refused
        DiskFull,        // a write failed for lack of space
        TooNew,          // written by a newer PayDesk (schema version above ours)
        MigrationFailed, // a schema upgrade failed and was rolled back
        Query            // any other SQL failure
    };

    Code code = Code::None;
    QString detail;  // driver text and path, for the log; never shown alone
    QString movedTo; // Corrupt: where the damaged file now is

    bool isError() const { return code != Code::None; }
    QString message() const;

    static DatabaseError make(Code code, const QString &detail, const QString &movedTo = {});
    // Maps SQLite's result code (QSqlError::nativeErrorCode) to a Code; Query when unknown.
    static DatabaseError fromSql(const QSqlError &error);
};
