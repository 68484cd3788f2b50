#pragma once

#include "DatabaseError.h"
#include "core/Won.h"

#include <QDateTime>
#include <QScopedPointer>
#include <QString>

#include <optional>

class Database;
class QSqlQuery;

// Which money movements an export covers.
struct ExportFilter
{
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    bool includeTraining = false;
};

// One money movement for the accountant: a sale (a payment KakaoPay approved) or a refund that
// KakaoPay carried out. Refund amounts are negative, so a column sums to the net takings.
struct ExportRow
{
    enum class Type
    {
        Sale,
        Refund
    };

    Type type = Type::Sale;
    QDateTime at;  // sale: approved_at; refund: completed_at
    qint64 id = 0; // payment id or refund id
    QString partnerOrderId;
    QString tid;
    QString aid; // of the approval, or of the cancel
    QString
        state; // sale: the payment's state now (approved, part_refunded, refunded); refund: done
    QString paymentMethodType; // CARD / MONEY
    QString itemName;
    qint64 quantity = 0; // sale only; 0 on a refund (not recorded per refund)
    Won total;
    Won taxFree;
    Won vat;
    bool training = false;

    Won taxable() const { return total - taxFree - vat; } // supply value
};

// Streams the sales and refunds of a period, oldest first, from one forward-only SQL query:
// memory stays flat however many rows the journal holds.
class ExportQuery
{
public:
    explicit ExportQuery(Database *db);
    ~ExportQuery();
    ExportQuery(const ExportQuery &) = delete;
    ExportQuery &operator=(const ExportQuery &) = delete;

    // Runs the query; false (see error()) when SQLite refused it.
    bool start(const ExportFilter &filter);
    // The next row; false at the end or on a read failure (error() tells which).
    bool next(ExportRow *row);
    DatabaseError error() const { return m_error; }

    // Payments and refunds of the period still in doubt (not final): they are not exported,
    // and the accountant should hear so.
    struct InDoubt
    {
        qint64 payments = 0;
        qint64 refunds = 0;
    };
    std::optional<InDoubt> inDoubt(const ExportFilter &filter) const;

private:
    bool fail(const QSqlQuery &query);

    Database *m_db;
    QScopedPointer<QSqlQuery> m_query;
    DatabaseError m_error;
};
