#include "SweepRun.h"

#include "CliProcess.h"
#include "SimHarness.h"
#include "TestOrders.h"

#include "checkout/PaymentAttempt.h"
#include "core/Clock.h"
#include "recovery/CounterServices.h"
#include "refunds/RefundAuthorization.h"
#include "refunds/RefundService.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QThread>

#include <functional>
#include <optional>

using Fault = Scenario::Fault;
using Event = Scenario::Event;
using Step = Scenario::Step;

namespace {

DoubtMonitor::Options monitorOptions(const SweepTimings &t)
{
    DoubtMonitor::Options o;
    o.payments.quietMs = t.quietMs;
    o.payments.backoffMs = t.backoffMs;
    o.refundCall.retryDelayMs = t.refundRetryMs;
    o.refundCall.liveOrderChecks = t.refundChecks;
    o.refundCall.confirmWaitMs = t.confirmWaitMs;
    o.refundBackoffMs = t.backoffMs;
    return o;
}

QString generationArg(KakaoPay::ApiGeneration g)
{
    return g == KakaoPay::ApiGeneration::Legacy ? QStringLiteral("legacy")
                                                : QStringLiteral("current");
}

bool isMoney(const QString &status)
{
    return status == SimStatus::Success || status == SimStatus::PartCancel ||
           status == SimStatus::Cancel;
}

} // namespace

// One life of the counter on the scenario's journal: what the app builds from its settings.
struct SweepRun::Counter
{
    Counter(SimHarness *sim, const QString &path, KakaoPay::ApiGeneration generation,
            const SweepTimings &t)
        : db(path)
    {
        opened = db.open(Database::Check::Header);
        journal = std::make_unique<Journal>(&db);
        client = sim->makeClient(generation, t.clientTimeoutMs);
        services =
            std::make_unique<CounterServices>(client.get(), journal.get(), path, monitorOptions(t));
        if (services->refunds())
            services->refunds()->setCallOptions(monitorOptions(t).refundCall);
    }
    ~Counter()
    {
        services.reset();
        journal.reset();
    }

    Database db;
    bool opened = false;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<KakaoPay::Client> client;
    ManualClock clock;
    std::unique_ptr<CounterServices> services;
};

SweepRun::SweepRun(SimHarness *sim, const SweepTimings &timings, const QString &workDir,
                   const QString &driverPath, const QString &cliPath)
    : m_sim(sim), m_t(timings), m_workDir(workDir), m_driver(driverPath), m_cli(cliPath),
      m_basket(TestOrders::sample())
{
    m_home = QDir(workDir).filePath(QStringLiteral("home"));
    QDir().mkpath(m_home);
}

bool SweepRun::waitUntil(const std::function<bool()> &done, int ms) const
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(2);
    }
    return true;
}

void SweepRun::drainSimulator() const
{
    // Slow calls and twins still on their way upstream land before anything is compared.
    waitUntil(
        [this] {
            return m_sim->server().ledger().inFlightCount() == 0 &&
                   m_sim->server().pendingCalls() == 0;
        },
        5000);
}

void SweepRun::applyFault(const QString &endpoint, Fault fault, int skip)
{
    const bool approve = endpoint == QLatin1String("approve");
    switch (fault) {
    case Fault::None:
        return;
    case Fault::SlowShort:
        m_sim->fault(endpoint, QStringLiteral("delay"), m_t.slowShortMs, 1, skip);
        return;
    case Fault::SlowLong:
    case Fault::SecondPayDesk:
        m_sim->fault(endpoint, QStringLiteral("delay"), m_t.slowLongMs, 1, skip);
        return;
    case Fault::Http500:
        m_sim->fault(endpoint, QStringLiteral("http500"), {}, 1, skip);
        return;
    case Fault::Close:
        m_sim->fault(endpoint, QStringLiteral("close"), {}, 1, skip);
        return;
    case Fault::CommitDrop:
        m_sim->fault(endpoint, QStringLiteral("commit-drop"), {}, 1, skip);
        return;
    case Fault::InProgress:
        m_sim->fault(endpoint, QStringLiteral("error"), QStringLiteral("-785"), 1, skip);
        return;
    case Fault::Twin:
        m_sim->fault(endpoint, QStringLiteral("duplicate"), m_t.twinMs, 1, skip);
        return;
    case Fault::UserLocked:
        m_sim->fault(endpoint, QStringLiteral("error"), QStringLiteral("-780"), 1, skip);
        return;
    case Fault::MethodFail:
        m_sim->fault(endpoint, approve ? QStringLiteral("error780") : QStringLiteral("error781"),
                     {}, 1, skip);
        return;
    case Fault::UnknownTid:
        m_sim->fault(endpoint, QStringLiteral("error"), QStringLiteral("-721"), 1, skip);
        return;
    case Fault::NotApprovable:
        m_sim->fault(endpoint, QStringLiteral("error"), QStringLiteral("-783"), 1, skip);
        return;
    case Fault::Refused:
        m_sim->fault(endpoint, QStringLiteral("error"),
                     approve ? QStringLiteral("-708") : QStringLiteral("-710"), 1, skip);
        return;
    case Fault::GuardRefused:
        m_sim->fault(endpoint, QStringLiteral("error"), QStringLiteral("-722"), 1, skip);
        return;
    }
}

Said SweepRun::snapshot(Said::Kind kind, const QString &orderId, const QString &tid,
                        const QString &text) const
{
    Said s;
    s.kind = kind;
    s.partnerOrderId = orderId;
    s.tid = tid;
    s.text = text;
    if (const SimPayment *p = m_sim->server().ledger().find(tid)) {
        s.ledgerStatus = p->status;
        s.inFlight = m_sim->server().ledger().isInFlight(tid);
        s.canceledThen = p->canceled.total;
    }
    return s;
}

QStringList SweepRun::run(const Scenario &s)
{
    m_said.clear();
    m_problems.clear();
    drainSimulator(); // nothing of the last scenario may land in this one
    m_sim->reset();
    m_sim->server().ledger().setDuplicateCode(s.duplicateCode);
    m_journalPath = QDir(m_workDir).filePath(QStringLiteral("journal-%1.sqlite").arg(++m_runs));

    if (s.step == Step::Kill) {
        runDriver(s);
    } else {
        Counter counter(m_sim, m_journalPath, s.generation, m_t);
        if (!counter.opened)
            return {QStringLiteral("the journal could not be opened")};
        counterWork(counter, s);
        settle(counter);
    }
    m_sim->clearFaults();
    drainSimulator();
    // PayDesk starts again on the same journal (power cut, update, next morning): start-up
    // recovery settles what is left. Once more if something landed late meanwhile.
    for (int life = 0; life < 2; ++life) {
        Counter counter(m_sim, m_journalPath, s.generation, m_t);
        if (!counter.services->doubts())
            return {QStringLiteral("the journal is still locked after the counter ended")};
        if (counter.services->doubts()->recoverJournal() == 0)
            break;
        settle(counter);
        drainSimulator();
    }
    return check(s);
}

void SweepRun::settle(Counter &counter) const
{
    DoubtMonitor *doubts = counter.services->doubts();
    if (doubts)
        waitUntil([doubts] { return doubts->isIdle(); }, m_t.settleMs);
}

void SweepRun::counterWork(Counter &counter, const Scenario &s)
{
    PaymentRecord paid;
    if (!s.isRefund()) {
        payment(counter, s, &paid);
        return;
    }
    Scenario clean = s;
    clean.step = Step::Approve;
    clean.fault = Fault::None;
    payment(counter, clean, &paid);
    refund(counter, s, paid);
}

void SweepRun::payment(Counter &c, const Scenario &s, PaymentRecord *out)
{
    PaymentAttempt::Options options;
    options.counterId = QStringLiteral("POS1");
    options.approveRetryMs = 100;
    PaymentAttempt attempt(c.client.get(), c.journal.get(), &c.clock, m_basket, options);
    QObject::connect(&attempt, &PaymentAttempt::failed, [&](const QString &message) {
        m_said << snapshot(Said::Kind::NotPaid, attempt.partnerOrderId(), attempt.record().tid,
                           message);
    });
    QObject::connect(&attempt, &PaymentAttempt::inDoubt,
                     [&](const PaymentRecord &r, const QString &message) {
                         m_said << snapshot(Said::Kind::InDoubt, r.partnerOrderId, r.tid, message);
                     });
    QObject::connect(&attempt, &PaymentAttempt::approved, [&](const PaymentRecord &r) {
        m_said << snapshot(Said::Kind::Approved, r.partnerOrderId, r.tid, QString());
    });
    if (s.step == Step::Ready)
        applyFault(QStringLiteral("ready"), s.fault);
    attempt.start();
    waitUntil([&] { return attempt.isFinished() || !attempt.paymentPageUrl().isEmpty(); }, 3000);
    auto navigate = [&](const QUrl &url) {
        if (!url.isEmpty())
            attempt.handleNavigation(url);
    };
    if (!attempt.isFinished()) {
        const QString tid = attempt.record().tid;
        bool approveFlow = true;
        if (s.step == Step::Page) {
            switch (s.event) {
            case Event::BuyerCancels:
                navigate(m_sim->buyer(tid, QStringLiteral("cancel")));
                approveFlow = false;
                break;
            case Event::BuyerFails:
                navigate(m_sim->buyer(tid, QStringLiteral("fail")));
                approveFlow = false;
                break;
            case Event::CashierAborts:
                attempt.abort();
                approveFlow = false;
                break;
            case Event::ClockForward:
                c.clock.advance(2 * 3600 * 1000);
                break;
            case Event::ClockBack:
                c.clock.advance(-2 * 3600 * 1000);
                break;
            case Event::TidExpires:
                // KakaoPay's page refuses the buyer once the tid expired; the cashier stops.
                m_sim->call("POST", QStringLiteral("/__sim/tid/%1/expire").arg(tid));
                navigate(m_sim->buyer(tid, QStringLiteral("approve")));
                attempt.abort();
                approveFlow = false;
                break;
            case Event::SecondPayDesk:
                secondPayDesk(s);
                break;
            default:
                break;
            }
        }
        if (approveFlow) {
            if (s.step == Step::Approve || s.step == Step::Order)
                applyFault(QStringLiteral("approve"), s.fault);
            if (s.step == Step::Order)
                applyFault(QStringLiteral("order"), s.orderFault);
            const QUrl redirect = m_sim->buyer(tid, QStringLiteral("approve"));
            switch (s.step == Step::Redirect ? s.event : Event::None) {
            case Event::DoubleRedirect:
                navigate(redirect);
                navigate(redirect);
                break;
            case Event::RedirectAfterAbort:
                attempt.abort();
                navigate(redirect);
                break;
            case Event::ClockForward:
                c.clock.advance(2 * 3600 * 1000);
                navigate(redirect);
                break;
            case Event::TidExpires:
                m_sim->call("POST", QStringLiteral("/__sim/tid/%1/expire").arg(tid));
                navigate(redirect);
                break;
            default:
                navigate(redirect);
                break;
            }
            if (s.step == Step::Approve && s.fault == Fault::SecondPayDesk)
                secondPayDesk(s); // while the approve is on its way
        }
    }
    if (!waitUntil([&] { return attempt.isFinished(); }, 8000))
        m_problems << QStringLiteral("the payment did not end (state %1)")
                          .arg(paymentStateName(attempt.state()));
    if (attempt.isInDoubt()) {
        // What the cashier's screen does: the monitor takes it over, and the same basket
        // cannot be paid again while it is open.
        c.services->doubts()->adoptPayment(attempt.record());
        if (!c.services->doubts()->blockingPayment(m_basket.lines))
            m_problems << QStringLiteral("a new payment for the basket in doubt was not refused");
    }
    *out = attempt.record();
}

void SweepRun::refund(Counter &c, const Scenario &s, const PaymentRecord &paid)
{
    if (paid.state != PaymentState::Approved) {
        m_problems << QStringLiteral("the payment to refund was not approved (%1)")
                          .arg(paymentStateName(paid.state));
        return;
    }
    RefundService *service = c.services->refunds();
    applyFault(QStringLiteral("cancel"), s.fault);
    // The refund first asks order what remains: the fault is for the order after the cancel.
    if (s.step == Step::RefundOrder)
        applyFault(QStringLiteral("order"), s.orderFault, 1);
    AuthResult auth;
    auth.status = AuthResult::Status::Ok;
    auth.manager = QStringLiteral("sweep-manager");
    std::optional<RefundResult> result;
    const QMetaObject::Connection connection = QObject::connect(
        service, &RefundService::finished, [&](const RefundResult &r) { result = r; });
    auto said = [&](const RefundResult &r) {
        const Said::Kind kind = r.outcome == RefundResult::Outcome::Done ? Said::Kind::RefundDone
                                : r.outcome == RefundResult::Outcome::InDoubt
                                    ? Said::Kind::RefundInDoubt
                                    : Said::Kind::RefundNotDone;
        m_said << snapshot(kind, paid.partnerOrderId, paid.tid, r.message);
        if (r.outcome == RefundResult::Outcome::Refused)
            m_problems << QStringLiteral("the refund was refused: %1").arg(r.message);
    };
    RefundRequest request;
    request.partnerOrderId = paid.partnerOrderId;
    request.kind = RefundRequest::Kind::Amount;
    request.amount = Won(3000);
    request.reason = QStringLiteral("sweep");
    service->refund(request, RefundAuthorization::grant(auth, paid.partnerOrderId,
                                                        QDateTime::currentDateTime()));
    if (!waitUntil([&] { return result.has_value(); }, 8000)) {
        m_problems << QStringLiteral("the refund did not end");
        QObject::disconnect(connection);
        return;
    }
    said(*result);
    if (result->outcome == RefundResult::Outcome::InDoubt) {
        // The monitor keeps asking; if KakaoPay still shows nothing, a manager sends it again.
        DoubtMonitor *doubts = c.services->doubts();
        waitUntil([doubts] { return doubts->isIdle(); }, 600);
        const std::optional<RefundRecord> open = c.journal->refund(result->refundId);
        if (open && open->state == RefundRecord::State::Pending) {
            result.reset();
            service->resend(open->id, RefundAuthorization::grant(auth, paid.partnerOrderId,
                                                                 QDateTime::currentDateTime()));
            if (waitUntil([&] { return result.has_value(); }, 8000))
                said(*result);
            else
                m_problems << QStringLiteral("the manager's re-send did not end");
        }
    }
    QObject::disconnect(connection);
}

void SweepRun::secondPayDesk(const Scenario &s)
{
    // A second PayDesk started on the same journal: read-only, no monitor, no refunds.
    Database db(m_journalPath);
    if (!db.open()) {
        m_problems << QStringLiteral("the second PayDesk could not open the journal");
        return;
    }
    Journal journal(&db);
    const std::unique_ptr<KakaoPay::Client> client =
        m_sim->makeClient(s.generation, m_t.clientTimeoutMs);
    CounterServices second(client.get(), &journal, m_journalPath, monitorOptions(m_t));
    if (!second.isReadOnly() || second.doubts() || second.refunds())
        m_problems << QStringLiteral("a second PayDesk could settle the journal in use");
    // And paydesk-cli reconcile on it: refused, nothing asked.
    const CliRun cli =
        runCli(m_home, {QStringLiteral("reconcile"), QStringLiteral("--database"), m_journalPath,
                        QStringLiteral("--base-url"), m_sim->url(), QStringLiteral("--api"),
                        generationArg(s.generation), QStringLiteral("--timeout-ms"),
                        QString::number(m_t.clientTimeoutMs), QStringLiteral("--wait-ms"),
                        QStringLiteral("200")});
    if (cli.exitCode != 1 || !cli.err.contains("in use"))
        m_problems << QStringLiteral("paydesk-cli reconcile ran on a journal in use (exit %1)")
                          .arg(cli.exitCode);
}

void SweepRun::runDriver(const Scenario &s)
{
    QString orderId;
    if (s.refundFlow) {
        // Paid by a counter that then closes cleanly; the refund is the killed process's.
        Counter counter(m_sim, m_journalPath, s.generation, m_t);
        Scenario clean;
        clean.generation = s.generation;
        PaymentRecord paid;
        payment(counter, clean, &paid);
        if (paid.state != PaymentState::Approved) {
            m_problems << QStringLiteral("the payment to refund was not approved");
            return;
        }
        orderId = paid.partnerOrderId;
        applyFault(QStringLiteral("cancel"), s.fault);
    } else {
        applyFault(QStringLiteral("approve"), s.fault);
    }
    QStringList args{QStringLiteral("--db"),
                     m_journalPath,
                     QStringLiteral("--sim"),
                     m_sim->url(),
                     QStringLiteral("--api"),
                     generationArg(s.generation),
                     QStringLiteral("--timeout-ms"),
                     QString::number(m_t.clientTimeoutMs),
                     QStringLiteral("--quiet-ms"),
                     QString::number(m_t.quietMs),
                     QStringLiteral("--kill-at-commit"),
                     QString::number(s.killAtCommit),
                     QStringLiteral("--kill-at-end")};
    if (s.refundFlow)
        args << QStringLiteral("--mode") << QStringLiteral("refund") << QStringLiteral("--order")
             << orderId << QStringLiteral("--amount") << QStringLiteral("3000");
    else
        args << QStringLiteral("--mode") << QStringLiteral("pay");
    QProcess driver;
    driver.setProcessChannelMode(QProcess::SeparateChannels);
    driver.setStandardErrorFile(QProcess::nullDevice());
    QByteArray pending;
    QObject::connect(&driver, &QProcess::readyReadStandardOutput, [&] {
        pending += driver.readAllStandardOutput();
        int newline;
        while ((newline = int(pending.indexOf('\n'))) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            // "SAID <kind> <order> <tid|-> <text>": what the cashier was told, seen as it is.
            const QStringList parts = line.split(u' ');
            if (parts.size() < 4 || parts.first() != QLatin1String("SAID"))
                continue;
            static const QHash<QString, Said::Kind> kinds{
                {QStringLiteral("not-paid"), Said::Kind::NotPaid},
                {QStringLiteral("in-doubt"), Said::Kind::InDoubt},
                {QStringLiteral("approved"), Said::Kind::Approved},
                {QStringLiteral("refund-done"), Said::Kind::RefundDone},
                {QStringLiteral("refund-not-done"), Said::Kind::RefundNotDone},
                {QStringLiteral("refund-in-doubt"), Said::Kind::RefundInDoubt}};
            const QString tid = parts.at(3) == QLatin1String("-") ? QString() : parts.at(3);
            m_said << snapshot(kinds.value(parts.at(1)), parts.at(2), tid, parts.mid(4).join(u' '));
        }
    });
    driver.start(m_driver, args);
    if (!waitUntil([&] { return driver.state() == QProcess::NotRunning; }, 20000)) {
        driver.kill();
        driver.waitForFinished();
        m_problems << QStringLiteral("the counter process did not end");
    }
    if (driver.exitStatus() == QProcess::NormalExit && driver.exitCode() != 0)
        m_problems << QStringLiteral("the counter process failed (exit %1)").arg(driver.exitCode());
}

int SweepRun::countCommits(bool refund)
{
    Scenario s;
    s.step = Step::Kill;
    s.refundFlow = refund;
    s.killAtCommit = -1; // never: the driver says how many writes it made
    m_sim->reset();
    m_journalPath = QDir(m_workDir).filePath(QStringLiteral("count-%1.sqlite").arg(++m_runs));
    QString orderId;
    if (refund) {
        Counter counter(m_sim, m_journalPath, s.generation, m_t);
        PaymentRecord paid;
        payment(counter, Scenario(), &paid);
        orderId = paid.partnerOrderId;
    }
    QProcess driver;
    QStringList args{QStringLiteral("--db"),           m_journalPath,
                     QStringLiteral("--sim"),          m_sim->url(),
                     QStringLiteral("--timeout-ms"),   QString::number(m_t.clientTimeoutMs),
                     QStringLiteral("--count-commits")};
    if (refund)
        args << QStringLiteral("--mode") << QStringLiteral("refund") << QStringLiteral("--order")
             << orderId << QStringLiteral("--amount") << QStringLiteral("3000");
    else
        args << QStringLiteral("--mode") << QStringLiteral("pay");
    driver.start(m_driver, args);
    waitUntil([&] { return driver.state() == QProcess::NotRunning; }, 20000);
    const QStringList lines = QString::fromUtf8(driver.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("COMMITS ")))
            return line.mid(8).toInt();
    }
    return 0;
}

QStringList SweepRun::check(const Scenario &s)
{
    Q_UNUSED(s);
    QStringList mismatches = m_problems;
    Database db(m_journalPath);
    if (!db.open())
        return mismatches << QStringLiteral("the journal could not be opened to compare");
    const Journal journal(&db);
    const QList<SimPayment> ledger = m_sim->server().ledger().payments();
    int paidTids = 0;
    for (const SimPayment &p : ledger) {
        const QString who =
            QStringLiteral("%1 (%2, KakaoPay %3)").arg(p.partnerOrderId, p.tid, p.status);
        if (p.isPaid())
            ++paidTids;
        // 2. at most one approval per payment
        int approvals = 0;
        for (const SimAction &a : p.actions)
            approvals += a.type == QLatin1String("PAYMENT") ? 1 : 0;
        if (approvals > 1)
            mismatches << who + QStringLiteral(": approved %1 times").arg(approvals);
        // 5. nothing lost
        const std::optional<PaymentRecord> j = journal.payment(p.partnerOrderId);
        if (!j) {
            mismatches << who + QStringLiteral(": not in the journal");
            continue;
        }
        if (j->tid.isEmpty()) {
            // ready's answer never arrived: allowed, as long as nobody could take money with it
            if (!p.isPending() || p.isPaid())
                mismatches << who + QStringLiteral(": the journal has no tid for it");
        } else if (j->tid != p.tid) {
            mismatches << who + QStringLiteral(": the journal has tid %1").arg(j->tid);
        }
        // 1. the same state
        QList<PaymentState> expected;
        if (p.status == SimStatus::Success)
            expected = {PaymentState::Approved};
        else if (p.status == SimStatus::PartCancel)
            expected = {PaymentState::PartRefunded};
        else if (p.status == SimStatus::Cancel)
            expected = {PaymentState::Refunded};
        else if (p.status == SimStatus::FailPayment || p.status == SimStatus::FailAuthPassword)
            expected = {PaymentState::Failed};
        else if (p.status == SimStatus::Quit)
            expected = {PaymentState::BuyerCancelled};
        else // still pending at KakaoPay: nothing taken, and nothing can be any more
            expected = {PaymentState::Failed, PaymentState::Expired, PaymentState::Aborted,
                        PaymentState::BuyerCancelled};
        if (!expected.contains(j->state))
            mismatches
                << who + QStringLiteral(": the journal says %1").arg(paymentStateName(j->state));
        // 3. refunded amounts
        if (p.isPaid() &&
            (j->refundedTotal != p.canceled.total || j->refundedTaxFree != p.canceled.taxFree ||
             j->refundedVat != p.canceled.vat))
            mismatches << who + QStringLiteral(": refunded %1/%2/%3 in the journal, %4/%5/%6 at "
                                               "KakaoPay")
                                    .arg(j->refundedTotal.value())
                                    .arg(j->refundedTaxFree.value())
                                    .arg(j->refundedVat.value())
                                    .arg(p.canceled.total.value())
                                    .arg(p.canceled.taxFree.value())
                                    .arg(p.canceled.vat.value());
        Won done;
        for (const RefundRecord &r : journal.refunds(p.partnerOrderId)) {
            if (r.state == RefundRecord::State::Done)
                done += r.amount.total;
        }
        if (done != p.canceled.total)
            mismatches << who + QStringLiteral(": the journal's refunds add up to %1, KakaoPay "
                                               "cancelled %2")
                                    .arg(done.value())
                                    .arg(p.canceled.total.value());
    }
    // 2. one basket, paid at most once
    if (paidTids > 1)
        mismatches << QStringLiteral("the basket was paid %1 times").arg(paidTids);
    // Everything settled in the end.
    for (const PaymentRecord &p : journal.pendingPayments())
        mismatches << QStringLiteral("%1 is still %2 after recovery")
                          .arg(p.partnerOrderId, paymentStateName(p.state));
    for (const RefundRecord &r : journal.pendingRefunds())
        mismatches << QStringLiteral("refund %1 of %2 is still open after recovery")
                          .arg(r.id)
                          .arg(r.partnerOrderId);
    // 4. never told "not paid" while KakaoPay had the money or could still take it
    for (const Said &said : std::as_const(m_said)) {
        const SimPayment *now = m_sim->server().ledger().find(said.tid);
        const QString who = QStringLiteral("%1 (%2)").arg(said.partnerOrderId, said.tid);
        switch (said.kind) {
        case Said::Kind::NotPaid:
            if (isMoney(said.ledgerStatus) || said.inFlight)
                mismatches << who + QStringLiteral(": told \"%1\" while KakaoPay was at %2%3")
                                        .arg(said.text, said.ledgerStatus,
                                             said.inFlight ? QStringLiteral(" (in flight)")
                                                           : QString());
            if (now && now->isPaid())
                mismatches << who + QStringLiteral(": told \"%1\", KakaoPay took the money")
                                        .arg(said.text);
            break;
        case Said::Kind::Approved:
            if (!now || !now->isPaid())
                mismatches << who + QStringLiteral(": told approved, KakaoPay says %1")
                                        .arg(now ? now->status : QStringLiteral("nothing"));
            break;
        case Said::Kind::RefundNotDone:
            if (said.inFlight || (now && now->canceled.total != said.canceledThen))
                mismatches << who + QStringLiteral(": told the refund was not made (\"%1\"), "
                                                   "KakaoPay refunded it")
                                        .arg(said.text);
            break;
        case Said::Kind::RefundDone:
            if (!now || now->canceled.total == Won(0))
                mismatches << who + QStringLiteral(": told refunded, KakaoPay refunded nothing");
            break;
        case Said::Kind::InDoubt:
        case Said::Kind::RefundInDoubt:
            break;
        }
    }
    return mismatches;
}
