#include "DatabaseError.h"

#include <QSqlError>

namespace {
// SQLite primary result codes (sqlite3.h); Qt reports them as nativeErrorCode().
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
} // namespace

QString DatabaseError::message() const
{
    switch (code) {
    case Code::None:
        return QString();
    case Code::CannotCreate:
        return tr("The sales database could not be created. Check that the data folder exists "
                  "and can be written to.");
    case Code::CannotOpen:
        return tr("The sales database could not be opened.");
    case Code::Corrupt:
        if (movedTo.isEmpty())
            return tr("The file is damaged or is not a PayDesk journal. It was left as it is.");
        return tr("The sales database is damaged. It was kept as %1 so that nothing is lost; "
                  "contact support before deleting it.")
            .arg(movedTo);
    case Code::NotAJournal:
        return tr("The file is a database, but not a PayDesk journal. It was left as it is.");
    case Code::ReadOnly:
        return tr("The sales database is read-only. PayDesk cannot record payments until it can "
                  "write to it.");
    case Code::DiskFull:
        return tr("The disk is full. PayDesk cannot record payments until space is freed.");
    case Code::TooNew:
        return tr("The sales database was written by a newer version of PayDesk. Update PayDesk "
                  "to use it.");
    case Code::MigrationFailed:
        return tr("The sales database could not be upgraded. It was left unchanged.");
    case Code::Query:
        return tr("The sales database reported an error.");
    }
    return QString();
}

DatabaseError DatabaseError::make(Code code, const QString &detail, const QString &movedTo)
{
    DatabaseError e;
    e.code = code;
    e.detail = detail;
    e.movedTo = movedTo;
    return e;
}

DatabaseError DatabaseError::fromSql(const QSqlError &error)
{
    bool ok = false;
    // Extended result codes keep the primary code in the low byte.
    const int native = error.nativeErrorCode().toInt(&ok) & 0xff;
    Code code = Code::Query;
    if (ok) {
        switch (native) {
        case kSqliteCorrupt:
        case kSqliteNotADb:
            code = Code::Corrupt;
            break;
        case kSqliteReadOnly:
            code = Code::ReadOnly;
            break;
        case kSqliteFull:
            code = Code::DiskFull;
            break;
        case kSqliteCantOpen:
            code = Code::CannotOpen;
            break;
        default:
            break;
        }
    }
    return make(code, error.text());
}
