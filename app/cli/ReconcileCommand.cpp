#include "ReconcileCommand.h"

#include "checkout/Reconciler.h"
#include "refunds/RefundReconciler.h"
#include "store/Journal.h"

#include <QEventLoop>

ReconcileCommand::ReconcileCommand(KakaoPay::Client *client, Journal *journal, QTextStream &out,
                                   QTextStream &err)
    : m_client(client), m_journal(journal), m_out(out), m_err(err)
{}

ReconcileCommand::Outcome ReconcileCommand::run()
{
    // Payments first: a refund is only pending on a payment that was approved.
    payments();
    refunds();
    if (m_paymentsSettled + m_paymentsOpen + m_refundsSettled + m_refundsOpen == 0)
        m_out << tr("Nothing to reconcile: every payment and refund in the journal is final.")
              << '\n';
    else
        m_out << tr("Payments: %1 settled, %2 left open. Refunds: %3 settled, %4 left open.")
                     .arg(m_paymentsSettled)
                     .arg(m_paymentsOpen)
                     .arg(m_refundsSettled)
                     .arg(m_refundsOpen)
              << '\n';
    m_out.flush();
    if (m_journal->lastError().isError()) {
        m_err << "error: journal " << m_journal->lastError().message() << '\n';
        m_err.flush();
        return Outcome::JournalFailed;
    }
    return m_paymentsOpen + m_refundsOpen == 0 ? Outcome::AllSettled : Outcome::SomeOpen;
}

void ReconcileCommand::payments()
{
    Reconciler reconciler(m_client, m_journal, nullptr);
    QEventLoop loop;
    QObject::connect(&reconciler, &Reconciler::resultReady, &reconciler,
                     [this](const ReconcileResult &r) { print(r); });
    QObject::connect(&reconciler, &Reconciler::finished, &loop, &QEventLoop::quit);
    reconciler.run(m_journal->pendingPayments());
    loop.exec();
}

void ReconcileCommand::refunds()
{
    RefundReconciler reconciler(m_client, m_journal);
    QEventLoop loop;
    QObject::connect(&reconciler, &RefundReconciler::resultReady, &reconciler,
                     [this](const RefundResult &r) { print(r); });
    QObject::connect(&reconciler, &RefundReconciler::finished, &loop, &QEventLoop::quit);
    reconciler.run();
    loop.exec();
}

void ReconcileCommand::print(const ReconcileResult &r)
{
    if (r.settled) {
        ++m_paymentsSettled;
        m_out << "settled " << r.text << " (" << paymentStateName(r.before) << " -> "
              << paymentStateName(r.after) << ")\n";
    } else {
        ++m_paymentsOpen;
        m_out << "open    " << r.text << '\n';
    }
    m_out.flush();
}

void ReconcileCommand::print(const RefundResult &r)
{
    // Done and Failed are both final: KakaoPay said whether the money went back.
    QString what = r.message;
    bool settled = true;
    switch (r.outcome) {
    case RefundResult::Outcome::Done:
        what = r.aid.isEmpty() ? tr("refunded") : tr("refunded (cancel %1)").arg(r.aid);
        break;
    case RefundResult::Outcome::Failed:
        what = tr("not carried out: %1").arg(r.message);
        break;
    case RefundResult::Outcome::Refused:
    case RefundResult::Outcome::InDoubt:
        settled = false;
        break;
    }
    (settled ? m_refundsSettled : m_refundsOpen) += 1;
    m_out << (settled ? "settled " : "open    ")
          << tr("refund #%1 %2 %3: %4")
                 .arg(r.refundId)
                 .arg(r.partnerOrderId, (Won(0) - r.amount.total).toDisplayString(), what)
          << '\n';
    m_out.flush();
}
