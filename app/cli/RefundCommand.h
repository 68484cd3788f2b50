#pragma once

#include "checkout/PaymentRecord.h"
#include "core/Won.h"

#include <QCoreApplication>
#include <QTextStream>

class Journal;
class ManagerStore;
class RefundService;

// `paydesk-cli cancel` of a tid the journal holds: the refund the app's history makes, with the
// same checks, journal entries and audit lines (RefundService), after a manager typed name and
// PIN at the prompt (ManagerStore: attempts counted, lockout, audit). Never a plain cancel
// behind the journal's back: the export would go on showing the sale.
class RefundCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefundCommand)

public:
    enum class Outcome
    {
        Refunded,
        Refused, // nothing sent: wrong PIN, nothing left, a refund pending, …
        Failed,  // KakaoPay refused it, or it was certainly not carried out
        InDoubt  // sent, outcome unknown: left pending for reconcile / the app's recovery
    };

    // `refunds`: the journal's (CounterServices: this process holds the journal's lock).
    RefundCommand(RefundService *refunds, Journal *journal, ManagerStore *managers,
                  QTextStream &out, QTextStream &err);

    // `reason`: from --reason, or asked when empty.
    Outcome run(const PaymentRecord &payment, Won amount, QString reason);

private:
    void refuse(const QString &message);

    RefundService *m_refunds;
    Journal *m_journal;
    ManagerStore *m_managers;
    QTextStream &m_out;
    QTextStream &m_err;
};
