#include "ReconcileCommand.h"

#include "TerminalText.h"

#include "recovery/CounterServices.h"
#include "recovery/DoubtMonitor.h"
#include "refunds/RefundRequest.h"
#include "store/Journal.h"

#include <QEventLoop>
#include <QHash>
#include <QTimer>

ReconcileCommand::ReconcileCommand(DoubtMonitor *monitor, Journal *journal, int clientTimeoutMs,
                                   QTextStream &out, QTextStream &err)
    : m_monitor(monitor), m_journal(journal), m_timeoutMs(clientTimeoutMs), m_out(out), m_err(err)
{}

ReconcileCommand::Outcome ReconcileCommand::run()
{
    // Long enough for the quiet period before the one re-send of an approve, and its answer.
    const qint64 quietMs = CounterServices::optionsFor(m_timeoutMs).payments.quietMs;
    const qint64 waitMs = m_waitMs >= 0 ? m_waitMs : quietMs + 3 * qint64(m_timeoutMs) + 1000;

    QHash<QString, PaymentState> before;
    for (const PaymentRecord &p : m_journal->pendingPayments())
        before.insert(p.partnerOrderId, p.state);

    DoubtMonitor &monitor = *m_monitor;
    QObject::connect(&monitor, &DoubtMonitor::paymentSettled, &monitor,
                     [&](const PaymentRecord &r, const QString &text) {
                         printSettled(r, before.value(r.partnerOrderId, r.state), text);
                     });
    QObject::connect(&monitor, &DoubtMonitor::refundSettled, &monitor,
                     [&](const RefundResult &r) { printRefund(r, true); });
    monitor.recoverJournal();
    if (!monitor.isIdle()) {
        QEventLoop loop;
        QObject::connect(&monitor, &DoubtMonitor::changed, &loop, [&] {
            if (monitor.isIdle())
                loop.quit();
        });
        QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
        // Right after the quiet period, not at the next backoff step: the one re-send.
        QTimer::singleShot(quietMs + 100, &monitor, &DoubtMonitor::checkNow);
        loop.exec();
    }
    for (const DoubtMonitor::OpenPayment &p : monitor.openPayments()) {
        ++m_paymentsOpen;
        m_out << "open    " << describe(p.record, p.reason) << '\n';
    }
    for (const DoubtMonitor::OpenRefund &r : monitor.openRefunds()) {
        RefundResult result;
        result.outcome = RefundResult::Outcome::InDoubt;
        result.partnerOrderId = r.refund.partnerOrderId;
        result.refundId = r.refund.id;
        result.amount = r.refund.amount;
        result.message = r.reason;
        printRefund(result, false);
    }

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
    if (m_paymentsOpen > 0)
        m_out << tr("A payment left open may have taken the customer's money: do not take it "
                    "again until it is settled.")
              << '\n';
    m_out.flush();
    if (m_journal->lastError().isError()) {
        m_err << "error: journal " << m_journal->lastError().message() << '\n';
        m_err.flush();
        return Outcome::JournalFailed;
    }
    return m_paymentsOpen + m_refundsOpen == 0 ? Outcome::AllSettled : Outcome::SomeOpen;
}

QString ReconcileCommand::describe(const PaymentRecord &record, const QString &text) const
{
    // "POS1-250314-153012-K7QX T1234… ₩9,000: paid (approval A…)"; the text may hold what
    // the server said: printed with its control characters escaped.
    QString line = record.partnerOrderId;
    if (!record.tid.isEmpty())
        line += u' ' + record.tid;
    return TerminalText::line(line + u' ' + record.totals.total.toDisplayString() +
                              QStringLiteral(": ") + text);
}

void ReconcileCommand::printSettled(const PaymentRecord &record, PaymentState before,
                                    const QString &text)
{
    ++m_paymentsSettled;
    m_out << "settled " << describe(record, text) << " (" << paymentStateName(before) << " -> "
          << paymentStateName(record.state) << ")\n";
    m_out.flush();
}

void ReconcileCommand::printRefund(const RefundResult &r, bool settled)
{
    // Done and Failed are both final: KakaoPay said whether the money went back.
    QString what = r.message;
    if (settled && r.outcome == RefundResult::Outcome::Done)
        what = r.aid.isEmpty() ? tr("refunded") : tr("refunded (cancel %1)").arg(r.aid);
    else if (settled)
        what = tr("not carried out: %1").arg(r.message);
    (settled ? m_refundsSettled : m_refundsOpen) += 1;
    m_out << (settled ? "settled " : "open    ")
          << TerminalText::line(
                 tr("refund #%1 %2 %3: %4")
                     .arg(r.refundId)
                     .arg(r.partnerOrderId, (Won(0) - r.amount.total).toDisplayString(), what))
          << '\n';
    m_out.flush();
}
