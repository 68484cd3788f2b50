#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded. IMMEDIATE takes the write
// lock up front, so a transaction never fails half-way for want of it.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};
