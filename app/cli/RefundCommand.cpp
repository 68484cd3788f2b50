#include "RefundCommand.h"

#include "Prompt.h"
#include "TerminalText.h"

#include "auth/ManagerStore.h"
#include "refunds/RefundService.h"
#include "store/Journal.h"

#include <QEventLoop>

RefundCommand::RefundCommand(RefundService *refunds, Journal *journal, ManagerStore *managers,
                             QTextStream &out, QTextStream &err)
    : m_refunds(refunds), m_journal(journal), m_managers(managers), m_out(out), m_err(err)
{}

void RefundCommand::refuse(const QString &message)
{
    m_err << "error: refund " << TerminalText::line(message) << '\n';
    m_err.flush();
}

RefundCommand::Outcome RefundCommand::run(const PaymentRecord &payment, Won amount, QString reason)
{
    if (m_managers->managers().isEmpty()) {
        refuse(tr("payment %1 is in the journal, and refunding it needs a manager: none is set "
                  "up. Set up PayDesk and refund it in its history.")
                   .arg(payment.partnerOrderId));
        return Outcome::Refused;
    }
    const Won left = payment.totals.total - payment.refundedTotal;
    m_err << tr("Payment %1 (tid %2) of %3 is in the journal; %4 is left to refund. This cancel "
                "is a refund of %5 and needs a manager's PIN.")
                 .arg(payment.partnerOrderId, payment.tid, payment.totals.total.toDisplayString(),
                      left.toDisplayString(), amount.toDisplayString())
          << '\n';
    m_err.flush();
    const QString manager = Prompt::ask(tr("Manager: ")).trimmed();
    const QString pin = Prompt::askSecret(tr("PIN: "));
    if (manager.isEmpty() || pin.isEmpty()) {
        refuse(tr("no manager name or PIN was typed; nothing was refunded."));
        return Outcome::Refused;
    }
    if (reason.trimmed().isEmpty())
        reason = Prompt::ask(tr("Reason for the refund: ")).trimmed();

    const AuthResult auth = m_managers->authorize(manager, pin);
    if (!auth.ok()) {
        refuse(auth.message());
        return Outcome::Refused;
    }
    if (auth.pinTooWeak)
        m_err << "warning: "
              << tr("the PIN of %1 is too short or too easy to guess: choose a new one in "
                    "PayDesk's settings.")
                     .arg(auth.manager)
              << '\n';

    AuditEntry channel;
    channel.actor = auth.manager;
    channel.action = QStringLiteral("refund-cli");
    channel.partnerOrderId = payment.partnerOrderId;
    channel.tid = payment.tid;
    channel.amount = amount;
    channel.detail = QStringLiteral("paydesk-cli cancel");
    if (!m_journal->appendAudit(channel)) {
        refuse(tr("the journal could not be written: %1").arg(m_journal->lastError().message()));
        return Outcome::Refused;
    }

    RefundRequest request;
    request.partnerOrderId = payment.partnerOrderId;
    request.kind = RefundRequest::Kind::Amount;
    request.amount = amount;
    request.reason = reason;
    RefundResult result;
    QEventLoop loop;
    QObject::connect(m_refunds, &RefundService::finished, &loop, [&](const RefundResult &r) {
        result = r;
        loop.quit();
    });
    m_refunds->refund(request, RefundAuthorization::grant(auth, payment.partnerOrderId,
                                                          QDateTime::currentDateTime()));
    loop.exec();

    switch (result.outcome) {
    case RefundResult::Outcome::Done:
        m_out << TerminalText::line(
                     tr("refunded %1 of payment %2 (cancel %3: tax-free %4, VAT %5); %6 left.")
                         .arg(result.amount.total.toDisplayString(), result.partnerOrderId,
                              result.aid, result.amount.taxFree.toDisplayString(),
                              result.amount.vat.toDisplayString(),
                              result.remaining.toDisplayString()))
              << '\n';
        m_out.flush();
        return Outcome::Refunded;
    case RefundResult::Outcome::Refused:
        refuse(result.message);
        return Outcome::Refused;
    case RefundResult::Outcome::Failed:
        refuse(result.message);
        return Outcome::Failed;
    case RefundResult::Outcome::InDoubt:
        refuse(result.message);
        return Outcome::InDoubt;
    }
    return Outcome::Failed;
}
