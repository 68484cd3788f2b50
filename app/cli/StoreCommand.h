#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

// `paydesk-cli store init --url postgresql://ADMIN@HOST/DB [--counter-user NAME]` creates or
// migrates the store server's schema and the counters' role on an existing PostgreSQL database
// (idempotent), as that database's owner; `paydesk-cli store status [--url …]` prints every
// counter the store knows, with its link and how far behind it is, as JSON.
// Passwords never come from the command line: PAYDESK_STORE_ADMIN_PASSWORD and
// PAYDESK_STORE_COUNTER_PASSWORD (init) or PAYDESK_STORE_PASSWORD (status), else asked at the
// terminal without echo.
class StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

public:
    StoreCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int init(const QString &url, const QString &counterUser);
    int status(const QString &url);

private:
    QString secret(const char *variable, const QString &question);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
