#include "Transaction.h"

#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = q.lastError();
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError();
        return false; // the destructor rolls back
    }
    m_active = false;
    return true;
}
