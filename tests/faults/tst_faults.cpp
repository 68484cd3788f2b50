#include "SimProcess.h"

#include "store/Database.h"
#include "store/HistoryQuery.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The fault suite: PayDesk killed at each step (before ready answered; after ready; after the
// pg_token; during approve with the answer lost after KakaoPay committed; before and during a
// cancel) and started again. After recovery every payment must agree with the simulator's
// ledger: no payment approved twice, no refund issued twice, no approved payment missing from
// the history.
class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void crashAtEveryStep();

private:
    struct Run
    {
        bool crashed = false;
        int exitCode = -1;
        QString orderId;
        QString output;
    };
    Run driver(const QStringList &args);
    Run pay(const QString &crashAt = {});
    Run refund(const QString &orderId, const QString &amount, const QString &crashAt = {});
    QString recover();
    QString tidOf(const QString &orderId);
    int compareWithLedger(QStringList *problems);

    SimProcess m_sim;
    QTemporaryDir m_dir;
    QString m_dbPath;
    int m_scenarios = 0;
};

void TestFaults::initTestCase()
{
    QVERIFY2(m_sim.start(), "the simulator did not start (PAYDESK_SIM_BIN)");
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("paydesk.db"));
}

TestFaults::Run TestFaults::driver(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(PAYDESK_FAULT_DRIVER));
    p.setArguments(QStringList{QStringLiteral("--db"), m_dbPath, QStringLiteral("--sim"),
                               m_sim.url().toString(), QStringLiteral("--key"),
                               QString::fromLatin1(SimProcess::kKey)} +
                   args);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start();
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.output = QStringLiteral("TIMEOUT");
        return run;
    }
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.exitCode = p.exitCode();
    run.output = QString::fromUtf8(p.readAllStandardOutput());
    const QStringList lines = run.output.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("ORDER ")))
            run.orderId = line.mid(6).trimmed();
    }
    return run;
}

TestFaults::Run TestFaults::pay(const QString &crashAt)
{
    QStringList args{QStringLiteral("--mode"), QStringLiteral("pay")};
    if (!crashAt.isEmpty())
        args << QStringLiteral("--crash-at") << crashAt;
    return driver(args);
}

TestFaults::Run TestFaults::refund(const QString &orderId, const QString &amount,
                                   const QString &crashAt)
{
    QStringList args{QStringLiteral("--mode"),   QStringLiteral("refund"),
                     QStringLiteral("--order"),  orderId,
                     QStringLiteral("--amount"), amount};
    if (!crashAt.isEmpty())
        args << QStringLiteral("--crash-at") << crashAt;
    return driver(args);
}

QString TestFaults::recover()
{
    const Run r = driver({QStringLiteral("--mode"), QStringLiteral("recover")});
    m_sim.call("DELETE", QStringLiteral("/__sim/fault"));
    if (r.crashed || r.exitCode != 0)
        return QStringLiteral("RECOVERY FAILED ") + r.output;
    return r.output;
}

QString TestFaults::tidOf(const QString &orderId)
{
    Database db(m_dbPath);
    if (!db.open(Database::Check::Header))
        return {};
    const Journal journal(&db);
    const std::optional<PaymentRecord> p = journal.payment(orderId);
    return p ? p->tid : QString();
}

void TestFaults::crashAtEveryStep()
{
    // 1. Killed before ready was answered (the simulator answers ready late).
    m_sim.fault(QStringLiteral("ready"), QStringLiteral("delay"), 500);
    Run r = pay(QStringLiteral("before-ready-answered"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    QTest::qWait(700); // KakaoPay carries ready out after we are gone
    recover();
    ++m_scenarios;

    // 2. Killed after ready answered: the buyer never gets to pay.
    r = pay(QStringLiteral("after-ready"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    recover();
    ++m_scenarios;

    // 3. Killed after the pg_token arrived, before approve: recovery approves.
    r = pay(QStringLiteral("after-pg-token"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    const QString tid = tidOf(r.orderId);
    QCOMPARE(m_sim.payment(tid).value(QLatin1String("status")).toString(),
             QStringLiteral("AUTH_PASSWORD"));
    recover();
    QCOMPARE(m_sim.payment(tid).value(QLatin1String("status")).toString(),
             QStringLiteral("SUCCESS_PAYMENT"));
    ++m_scenarios;

    // 4. Killed during approve; KakaoPay commits it after we are gone.
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("delay"), 500);
    r = pay(QStringLiteral("during-approve"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    QTest::qWait(700);
    recover();
    ++m_scenarios;

    // 5. Approve's answer lost after the commit, no crash: the attempt settles by order.
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("commit-drop"));
    r = pay();
    QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.output));
    const QString paidC = r.orderId;
    recover();
    ++m_scenarios;

    // 6. A refund written, then killed before its cancel left.
    r = pay();
    QVERIFY2(r.output.contains(QLatin1String(" approved")), qPrintable(r.output));
    const QString paidA = r.orderId;
    r = refund(paidA, QStringLiteral("3000"), QStringLiteral("before-send"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    QString recovered = recover();
    QVERIFY2(recovered.contains(QStringLiteral("REFUND-RECOVERED %1 2").arg(paidA)),
             qPrintable(recovered)); // failed: it never left
    ++m_scenarios;

    // 7. Killed during the cancel; KakaoPay carries it out while PayDesk restarts.
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("delay"), 800);
    r = refund(paidA, QStringLiteral("3000"), QStringLiteral("during-cancel"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    recovered = recover(); // at once: the cancel is still in flight on the simulator
    QVERIFY2(recovered.contains(QStringLiteral("REFUND-RECOVERED %1 0").arg(paidA)),
             qPrintable(recovered)); // done: KakaoPay carried it out
    ++m_scenarios;

    // 8. Cancel's answer lost after the commit, no crash; then the rest, killed during cancel.
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("commit-drop"));
    r = refund(paidA, QStringLiteral("2000"));
    QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.output));
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("delay"), 300);
    r = refund(paidA, QStringLiteral("full"), QStringLiteral("during-cancel"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    QTest::qWait(500);
    recover();
    ++m_scenarios;

    // 9. A full refund killed before it left, then made again after recovery.
    r = pay();
    const QString paidB = r.orderId;
    r = refund(paidB, QStringLiteral("full"), QStringLiteral("before-send"));
    QVERIFY2(r.crashed, qPrintable(r.output));
    recover();
    r = refund(paidB, QStringLiteral("full"));
    QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.output));
    ++m_scenarios;

    // Starting once more changes nothing.
    recover();

    QStringList problems;
    const int mismatches = compareWithLedger(&problems);
    for (const QString &p : problems)
        qWarning("mismatch: %s", qPrintable(p));
    qInfo("%d scenarios, %d mismatches", m_scenarios, mismatches);
    QCOMPARE(mismatches, 0);

    // The comparison itself can fail: a refund the simulator never saw is reported.
    {
        Database db(m_dbPath);
        QVERIFY(db.open());
        Journal journal(&db);
        QVERIFY(journal.beginRefund(paidC, {Won(100), Won(0), Won(9)}, QStringLiteral("x"),
                                    QStringLiteral("doctored")) > 0);
    }
    problems.clear();
    QVERIFY(compareWithLedger(&problems) > 0);
}

int TestFaults::compareWithLedger(QStringList *problems)
{
    Database db(m_dbPath);
    if (!db.open()) {
        problems->append(QStringLiteral("journal does not open"));
        return 1;
    }
    const Journal journal(&db);
    const HistoryQuery history(&db);
    HistoryFilter all;
    all.training = HistoryFilter::Training::Include;
    const HistoryPage page = history.page(all, {}, 1000);

    QHash<QString, QJsonObject> ledger; // by partner_order_id
    const QJsonArray payments = m_sim.call("GET", QStringLiteral("/__sim/ledger"))
                                    .value(QLatin1String("payments"))
                                    .toArray();
    for (const QJsonValue &v : payments)
        ledger.insert(v.toObject().value(QLatin1String("partner_order_id")).toString(),
                      v.toObject());

    const QSet<QString> paidStatus{QStringLiteral("SUCCESS_PAYMENT"),
                                   QStringLiteral("PART_CANCEL_PAYMENT"),
                                   QStringLiteral("CANCEL_PAYMENT")};
    int bad = 0;
    auto problem = [&](const QString &id, const QString &what) {
        problems->append(id + QStringLiteral(": ") + what);
        ++bad;
    };
    QSet<QString> inHistory;
    for (const HistoryRow &row : page.rows)
        inHistory.insert(row.partnerOrderId);

    for (const HistoryRow &row : page.rows) {
        const PaymentRecord p = *journal.payment(row.partnerOrderId);
        const QJsonObject sim = ledger.value(p.partnerOrderId);
        const QString status = sim.value(QLatin1String("status")).toString();
        const bool paidHere = p.state == PaymentState::Approved ||
                              p.state == PaymentState::PartRefunded ||
                              p.state == PaymentState::Refunded;
        if (paidHere != paidStatus.contains(status)) {
            problem(
                p.partnerOrderId,
                QStringLiteral("journal %1, KakaoPay %2").arg(paymentStateName(p.state), status));
            continue;
        }
        for (const RefundRecord &r : journal.refunds(p.partnerOrderId)) {
            if (r.state == RefundRecord::State::Pending)
                problem(p.partnerOrderId, QStringLiteral("refund %1 still pending").arg(r.id));
        }
        if (!paidHere)
            continue;
        const QString expected =
            p.state == PaymentState::Approved       ? QStringLiteral("SUCCESS_PAYMENT")
            : p.state == PaymentState::PartRefunded ? QStringLiteral("PART_CANCEL_PAYMENT")
                                                    : QStringLiteral("CANCEL_PAYMENT");
        if (status != expected)
            problem(p.partnerOrderId, QStringLiteral("state %1 vs %2").arg(expected, status));
        int payActions = 0;
        int cancelActions = 0;
        QString payAid;
        QSet<QString> cancelAids;
        for (const QJsonValue &a : sim.value(QLatin1String("payment_action_details")).toArray()) {
            const QString type =
                a.toObject().value(QLatin1String("payment_action_type")).toString();
            const QString aid = a.toObject().value(QLatin1String("aid")).toString();
            if (type == QLatin1String("PAYMENT")) {
                ++payActions;
                payAid = aid;
            } else if (type == QLatin1String("CANCEL")) {
                ++cancelActions;
                cancelAids.insert(aid);
            }
        }
        if (payActions != 1)
            problem(p.partnerOrderId, QStringLiteral("approved %1 times").arg(payActions));
        if (p.aid != payAid)
            problem(p.partnerOrderId, QStringLiteral("aid %1 vs %2").arg(p.aid, payAid));
        const QJsonObject canceled = sim.value(QLatin1String("canceled_amount")).toObject();
        const Won simTotal(canceled.value(QLatin1String("total")).toInteger());
        const Won simTaxFree(canceled.value(QLatin1String("tax_free")).toInteger());
        const Won simVat(canceled.value(QLatin1String("vat")).toInteger());
        if (p.refundedTotal != simTotal || p.refundedTaxFree != simTaxFree ||
            p.refundedVat != simVat)
            problem(p.partnerOrderId, QStringLiteral("refunded %1/%2/%3 vs KakaoPay %4/%5/%6")
                                          .arg(p.refundedTotal.value())
                                          .arg(p.refundedTaxFree.value())
                                          .arg(p.refundedVat.value())
                                          .arg(simTotal.value())
                                          .arg(simTaxFree.value())
                                          .arg(simVat.value()));
        int done = 0;
        Won doneTotal;
        for (const RefundRecord &r : journal.refunds(p.partnerOrderId)) {
            if (r.state != RefundRecord::State::Done)
                continue;
            ++done;
            doneTotal += r.amount.total;
            if (!cancelAids.contains(r.aid))
                problem(p.partnerOrderId,
                        QStringLiteral("refund aid %1 unknown to KakaoPay").arg(r.aid));
        }
        if (done != cancelActions || doneTotal != simTotal)
            problem(p.partnerOrderId, QStringLiteral("%1 refunds (%2) vs %3 cancels (%4)")
                                          .arg(done)
                                          .arg(doneTotal.value())
                                          .arg(cancelActions)
                                          .arg(simTotal.value()));
    }
    // Every payment KakaoPay took is in PayDesk's history.
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
        if (paidStatus.contains(it->value(QLatin1String("status")).toString()) &&
            !inHistory.contains(it.key()))
            problem(it.key(), QStringLiteral("paid at KakaoPay, missing from the history"));
    }
    if (page.rows.size() != ledger.size())
        problem(QStringLiteral("journal"), QStringLiteral("%1 payments, KakaoPay knows %2")
                                               .arg(page.rows.size())
                                               .arg(ledger.size()));
    return bad;
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
