#pragma once

#include "core/Won.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One line of the append-only audit log: who did what to which payment, and what KakaoPay said.
// Never holds a PIN, a key or a pg_token.
struct AuditEntry
{
    qint64 id = 0;  // assigned by the log
    QDateTime at;   // when; the journal's clock fills an invalid one
    QString actor;  // counter id (partner_user_id) or manager name
    QString action; // stable key: "ready-sent", "approved", "refund-requested", …
    QString partnerOrderId;
    QString tid;
    std::optional<Won> amount;
    int kakaopayCode = 0;
    QString detail;
};

// Which audit entries to read, newest first. Empty fields do not filter.
struct AuditFilter
{
    QString partnerOrderId;
    QString actor;
    QString action;
    QDateTime from;      // inclusive
    QDateTime to;        // exclusive
    qint64 beforeId = 0; // paging: entries older than this id
    int limit = 200;
};
