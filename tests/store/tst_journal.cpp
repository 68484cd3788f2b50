#include "store/Database.h"
#include "store/Journal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
PaymentRecord sampleRecord(const QString &orderId, const QDateTime &at)
{
    PaymentRecord r;
    r.partnerOrderId = orderId;
    r.partnerUserId = QStringLiteral("counter-1");
    r.lines = {{QStringLiteral("8801234567890"), QStringLiteral("아메리카노"), Won(4500), 2, false},
               {QStringLiteral("P-002"), QStringLiteral("유기농 바나나"), Won(3000), 1, true}};
    r.totals.total = Won(12000);
    r.totals.taxFree = Won(3000);
    r.totals.vat = Won::vatOf(r.totals.total, r.totals.taxFree);
    r.itemName = QStringLiteral("아메리카노 외 1건");
    r.quantity = 3;
    r.state = PaymentState::Created;
    r.createdAt = at;
    return r;
}

PaymentRecord approved(PaymentRecord r)
{
    r.state = PaymentState::Approved;
    r.tid = QStringLiteral("T") + r.partnerOrderId;
    r.aid = QStringLiteral("A") + r.partnerOrderId;
    r.approvedAt = r.createdAt.addSecs(30);
    r.paymentMethodType = QStringLiteral("MONEY");
    return r;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryField();
    void updatesByOrderId();
    void auditEntryPerRecord();
    void auditLogIsAppendOnly();
    void pendingPayments();
    void refundLifecycle();
    void refundRefusals();
    void failedRefund();
    void refundByLinesCountsEarlierLines();
    void refundByLinesRefusals();
    void refundLinesWrittenWithTheRefundOrNotAtAll();
    void trainingFlag();
    void writeFailureReportsDiskFull();
    void auditFilterAndPaging();

private:
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    ManualClock m_clock{QDateTime(QDate(2024, 5, 1), QTime(9, 0))};
    Journal *m_journal = nullptr;
};

void TestJournal::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("paydesk.sqlite")));
    QVERIFY(m_db->open());
    m_journal = new Journal(m_db, &m_clock);
}

void TestJournal::cleanup()
{
    delete m_journal;
    delete m_db;
    delete m_dir;
}

void TestJournal::roundTripsEveryField()
{
    PaymentRecord r = approved(sampleRecord(QStringLiteral("PD-1"), m_clock.now()));
    r.pgToken = QStringLiteral("pgtok");
    r.expiresAt = r.createdAt.addSecs(900);
    r.cardJson = QStringLiteral(R"({"issuer_corp":"비씨"})");
    r.refundedTotal = Won(1000);
    r.refundedTaxFree = Won(100);
    r.refundedVat = Won(82);
    r.lastErrorCode = -780;
    r.lastErrorMessage = QStringLiteral("승인 실패");
    r.training = true;
    QVERIFY(m_journal->record(r, QStringLiteral("approved")));

    const std::optional<PaymentRecord> got = m_journal->payment(QStringLiteral("PD-1"));
    QVERIFY(got);
    QCOMPARE(got->partnerOrderId, r.partnerOrderId);
    QCOMPARE(got->partnerUserId, r.partnerUserId);
    QCOMPARE(got->training, true);
    QCOMPARE(got->lines.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(got->lines[i].code, r.lines[i].code);
        QCOMPARE(got->lines[i].name, r.lines[i].name);
        QCOMPARE(got->lines[i].unitPrice, r.lines[i].unitPrice);
        QCOMPARE(got->lines[i].quantity, r.lines[i].quantity);
        QCOMPARE(got->lines[i].taxFree, r.lines[i].taxFree);
    }
    QCOMPARE(got->totals.total, r.totals.total);
    QCOMPARE(got->totals.taxFree, r.totals.taxFree);
    QCOMPARE(got->totals.vat, r.totals.vat);
    QCOMPARE(got->itemName, r.itemName);
    QCOMPARE(got->quantity, r.quantity);
    QCOMPARE(got->state, r.state);
    QCOMPARE(got->tid, r.tid);
    QCOMPARE(got->pgToken, r.pgToken);
    QCOMPARE(got->createdAt, r.createdAt);
    QCOMPARE(got->expiresAt, r.expiresAt);
    QCOMPARE(got->aid, r.aid);
    QCOMPARE(got->approvedAt, r.approvedAt);
    QCOMPARE(got->paymentMethodType, r.paymentMethodType);
    QCOMPARE(got->cardJson, r.cardJson);
    QCOMPARE(got->refundedTotal, r.refundedTotal);
    QCOMPARE(got->refundedTaxFree, r.refundedTaxFree);
    QCOMPARE(got->refundedVat, r.refundedVat);
    QCOMPARE(got->lastErrorCode, r.lastErrorCode);
    QCOMPARE(got->lastErrorMessage, r.lastErrorMessage);

    const std::optional<PaymentRecord> byTid = m_journal->paymentByTid(r.tid);
    QVERIFY(byTid);
    QCOMPARE(byTid->partnerOrderId, r.partnerOrderId);
    QVERIFY(!m_journal->payment(QStringLiteral("PD-unknown")));
    QVERIFY(!m_journal->paymentByTid(QStringLiteral("T-unknown")));
    QVERIFY(!m_journal->paymentByTid(QString()));

    // Amounts and times are stored as integers.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT typeof(total), typeof(created_at), typeof(unit_price) "
                                  "FROM payments JOIN payment_lines ON payment_id = id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("integer"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("integer"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("integer"));
}

void TestJournal::updatesByOrderId()
{
    PaymentRecord r = sampleRecord(QStringLiteral("PD-2"), m_clock.now());
    QVERIFY(m_journal->record(r, QStringLiteral("created")));
    r.state = PaymentState::AwaitingBuyer;
    r.tid = QStringLiteral("T2");
    r.lines.removeLast();
    QVERIFY(m_journal->record(r, QStringLiteral("ready-answered")));
    QVERIFY(m_journal->record(approved(r), QStringLiteral("approved")));

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM payments")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    const auto got = m_journal->payment(QStringLiteral("PD-2"));
    QVERIFY(got);
    QCOMPARE(got->state, PaymentState::Approved);
    QCOMPARE(got->tid, QStringLiteral("TPD-2"));
    QCOMPARE(got->lines.size(), 1);
    QVERIFY(!m_journal->record(PaymentRecord(), QStringLiteral("x"))); // no order id
}

void TestJournal::auditEntryPerRecord()
{
    PaymentRecord r = sampleRecord(QStringLiteral("PD-3"), m_clock.now());
    QVERIFY(m_journal->record(r, QStringLiteral("created")));
    m_clock.advance(1000);
    r.state = PaymentState::Failed;
    r.lastErrorCode = -702;
    QVERIFY(m_journal->record(r, QStringLiteral("ready-refused")));
    AuditFilter f;
    f.partnerOrderId = QStringLiteral("PD-3");
    const QList<AuditEntry> entries = m_journal->audit(f);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, QStringLiteral("ready-refused")); // newest first
    QCOMPARE(entries[0].kakaopayCode, -702);
    QCOMPARE(entries[0].actor, QStringLiteral("counter-1"));
    QCOMPARE(entries[0].at, m_clock.now());
    QVERIFY(entries[0].amount);
    QCOMPARE(*entries[0].amount, Won(12000));
    QCOMPARE(entries[1].action, QStringLiteral("created"));
    QVERIFY(entries[0].detail.contains(QStringLiteral("state=failed")));
}

void TestJournal::auditLogIsAppendOnly()
{
    AuditEntry e;
    e.actor = QStringLiteral("manager 김");
    e.action = QStringLiteral("test");
    QVERIFY(m_journal->appendAudit(e));
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("manager 김"));
    QCOMPARE(m_journal->audit().first().at, m_clock.now()); // time filled by the clock
}

void TestJournal::pendingPayments()
{
    const QDateTime t0 = m_clock.now();
    PaymentRecord a = sampleRecord(QStringLiteral("PD-a"), t0.addSecs(2));
    a.state = PaymentState::Approving;
    PaymentRecord b = sampleRecord(QStringLiteral("PD-b"), t0.addSecs(1));
    b.state = PaymentState::AwaitingBuyer;
    PaymentRecord c = approved(sampleRecord(QStringLiteral("PD-c"), t0));
    PaymentRecord d = sampleRecord(QStringLiteral("PD-d"), t0);
    d.state = PaymentState::Expired;
    for (const PaymentRecord &r : {a, b, c, d})
        QVERIFY(m_journal->record(r, QStringLiteral("x")));
    const QList<PaymentRecord> pending = m_journal->pendingPayments();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending[0].partnerOrderId, QStringLiteral("PD-b")); // oldest first
    QCOMPARE(pending[1].partnerOrderId, QStringLiteral("PD-a"));
    QCOMPARE(pending[1].lines.size(), 2);
}

void TestJournal::refundLifecycle()
{
    QVERIFY(m_journal->record(approved(sampleRecord(QStringLiteral("PD-r"), m_clock.now())),
                              QStringLiteral("approved")));
    Journal::RefundRefusal why;
    const AmountSplit part{Won(4500), Won(0), Won(409)};
    const qint64 id = m_journal->beginRefund(QStringLiteral("PD-r"), part, QStringLiteral("김민지"),
                                             QStringLiteral("고객 변심"), &why);
    QVERIFY(id > 0);
    QCOMPARE(why, Journal::RefundRefusal::None);
    QCOMPARE(m_journal->pendingRefunds().size(), 1);
    QCOMPARE(m_journal->pendingRefunds().first().manager, QStringLiteral("김민지"));

    // A second refund while the first is in flight is refused: no double cancel.
    QCOMPARE(m_journal->beginRefund(QStringLiteral("PD-r"), part, QStringLiteral("김민지"),
                                    QString(), &why),
             0);
    QCOMPARE(why, Journal::RefundRefusal::AlreadyPending);

    m_clock.advance(2000);
    QVERIFY(m_journal->completeRefund(id, QStringLiteral("A-cancel-1"), part, m_clock.now()));
    QVERIFY(!m_journal->completeRefund(id, QStringLiteral("A-again"), part, m_clock.now()));
    QVERIFY(m_journal->pendingRefunds().isEmpty());
    auto p = m_journal->payment(QStringLiteral("PD-r"));
    QCOMPARE(p->state, PaymentState::PartRefunded);
    QCOMPARE(p->refundedTotal, Won(4500));
    QCOMPARE(p->refundedVat, Won(409));

    const AmountSplit rest{Won(7500), Won(3000), Won(409)};
    QVERIFY(m_journal->beginRefund(QStringLiteral("PD-r"), AmountSplit{Won(7501), Won(0), Won(0)},
                                   QStringLiteral("김민지"), QString(), &why) == 0);
    QCOMPARE(why, Journal::RefundRefusal::ExceedsRemaining);
    const qint64 id2 = m_journal->beginRefund(QStringLiteral("PD-r"), rest, QStringLiteral("박"),
                                              QStringLiteral("불량"));
    QVERIFY(m_journal->completeRefund(id2, QStringLiteral("A-cancel-2"), rest, m_clock.now()));
    p = m_journal->payment(QStringLiteral("PD-r"));
    QCOMPARE(p->state, PaymentState::Refunded);
    QCOMPARE(p->refundedTotal, Won(12000));
    QCOMPARE(p->refundedTaxFree, Won(3000));

    const QList<RefundRecord> all = m_journal->refunds(QStringLiteral("PD-r"));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].state, RefundRecord::State::Done);
    QCOMPARE(all[0].aid, QStringLiteral("A-cancel-1"));
    QCOMPARE(all[0].reason, QStringLiteral("고객 변심"));
    QCOMPARE(all[0].completedAt, m_clock.now());
    QCOMPARE(all[1].manager, QStringLiteral("박"));
    QCOMPARE(all[1].amount, rest);

    AuditFilter f;
    f.partnerOrderId = QStringLiteral("PD-r");
    QStringList actions;
    for (const AuditEntry &e : m_journal->audit(f))
        actions.prepend(e.action);
    QCOMPARE(actions, (QStringList{"approved", "refund-requested", "refund-done",
                                   "refund-requested", "refund-done"}));
    QCOMPARE(m_journal->audit(f).first().actor, QStringLiteral("박"));
}

void TestJournal::refundRefusals()
{
    Journal::RefundRefusal why;
    const AmountSplit some{Won(1000), Won(0), Won(91)};
    QCOMPARE(m_journal->beginRefund(QStringLiteral("nope"), some, QStringLiteral("m"), {}, &why),
             0);
    QCOMPARE(why, Journal::RefundRefusal::UnknownPayment);
    QVERIFY(m_journal->record(sampleRecord(QStringLiteral("PD-open"), m_clock.now()),
                              QStringLiteral("created")));
    QCOMPARE(m_journal->beginRefund(QStringLiteral("PD-open"), some, QStringLiteral("m"), {}, &why),
             0);
    QCOMPARE(why, Journal::RefundRefusal::NotRefundable);
    QCOMPARE(m_journal->beginRefund(QStringLiteral("PD-open"), AmountSplit{Won(0), Won(0), Won(0)},
                                    QStringLiteral("m"), {}, &why),
             0);
    QCOMPARE(why, Journal::RefundRefusal::InvalidAmount);
    QCOMPARE(m_journal->beginRefund(QStringLiteral("PD-open"),
                                    AmountSplit{Won(100), Won(90), Won(20)}, QStringLiteral("m"),
                                    {}, &why),
             0);
    QCOMPARE(why, Journal::RefundRefusal::InvalidAmount);
    QVERIFY(m_journal->refunds(QStringLiteral("PD-open")).isEmpty());
}

void TestJournal::failedRefund()
{
    QVERIFY(m_journal->record(approved(sampleRecord(QStringLiteral("PD-f"), m_clock.now())),
                              QStringLiteral("approved")));
    const AmountSplit all{Won(12000), Won(3000), Won(818)};
    const qint64 id = m_journal->beginRefund(QStringLiteral("PD-f"), all, QStringLiteral("m"), {});
    QVERIFY(id > 0);
    QVERIFY(m_journal->failRefund(id, -721, QStringLiteral("cancel refused")));
    QVERIFY(!m_journal->failRefund(id, -721, QStringLiteral("twice")));
    const auto r = m_journal->refund(id);
    QCOMPARE(r->state, RefundRecord::State::Failed);
    QCOMPARE(r->kakaopayCode, -721);
    QCOMPARE(m_journal->payment(QStringLiteral("PD-f"))->state, PaymentState::Approved);
    QCOMPARE(m_journal->payment(QStringLiteral("PD-f"))->refundedTotal, Won(0));
    // After a failure a new attempt is allowed.
    QVERIFY(m_journal->beginRefund(QStringLiteral("PD-f"), all, QStringLiteral("m"), {}) > 0);
    QCOMPARE(m_journal->audit().first().action, QStringLiteral("refund-requested"));
    QCOMPARE(m_journal->audit().at(1).kakaopayCode, -721);
}

namespace {
// Line 0 of sampleRecord: 아메리카노 4,500 × 2; line 1: 유기농 바나나 3,000 × 1, tax-free.
RefundedLine coffee(qint64 n)
{
    return RefundedLine{0, QStringLiteral("8801234567890"), n, Won(4500 * n), false};
}
RefundedLine banana()
{
    return RefundedLine{1, QStringLiteral("P-002"), 1, Won(3000), true};
}
AmountSplit splitOf(const QList<RefundedLine> &lines)
{
    AmountSplit s;
    for (const RefundedLine &l : lines) {
        s.total += l.amount;
        if (l.taxFree)
            s.taxFree += l.amount;
    }
    s.vat = Won::vatOf(s.total, s.taxFree);
    return s;
}
} // namespace

void TestJournal::refundByLinesCountsEarlierLines()
{
    const QString id = QStringLiteral("PD-l");
    QVERIFY(m_journal->record(approved(sampleRecord(id, m_clock.now())), QStringLiteral("x")));
    QVERIFY(m_journal->refundedQuantities(id).has_value());
    QVERIFY(m_journal->refundedQuantities(id)->isEmpty());
    Journal::RefundRefusal why;
    auto begin = [&](const QList<RefundedLine> &lines) {
        return m_journal->beginRefund(id, splitOf(lines), lines, QStringLiteral("김민지"),
                                      QStringLiteral("파손"), &why);
    };

    // One coffee: pending already counts (it may have gone through).
    const qint64 first = begin({coffee(1)});
    QVERIFY(first > 0);
    QCOMPARE(*m_journal->refundedQuantities(id), (QMap<int, qint64>{{0, 1}}));
    QCOMPARE(m_journal->refund(first)->lines, (QList<RefundedLine>{coffee(1)}));
    AuditFilter f;
    f.action = QStringLiteral("refund-lines");
    QCOMPARE(m_journal->audit(f).size(), 1);
    QCOMPARE(m_journal->audit(f).first().detail, QStringLiteral("refund=%1 lines=0x1").arg(first));
    QCOMPARE(m_journal->audit(f).first().actor, QStringLiteral("김민지"));
    QVERIFY(m_journal->completeRefund(first, QStringLiteral("A1"), splitOf({coffee(1)}), {}));
    QCOMPARE(*m_journal->refundedQuantities(id), (QMap<int, qint64>{{0, 1}}));

    // Two more coffees: only one was left.
    QCOMPARE(begin({coffee(2)}), 0);
    QCOMPARE(why, Journal::RefundRefusal::ExceedsLineRemaining);
    QCOMPARE(begin({banana(), coffee(2)}), 0);
    QCOMPARE(why, Journal::RefundRefusal::ExceedsLineRemaining);

    // The banana fails at KakaoPay: a failed refund gives nothing back, it can be tried again.
    const qint64 failed = begin({banana()});
    QVERIFY(failed > 0);
    QCOMPARE(*m_journal->refundedQuantities(id), (QMap<int, qint64>{{0, 1}, {1, 1}}));
    QVERIFY(m_journal->failRefund(failed, -780, QStringLiteral("x")));
    QCOMPARE(*m_journal->refundedQuantities(id), (QMap<int, qint64>{{0, 1}}));
    QCOMPARE(m_journal->refund(failed)->lines, (QList<RefundedLine>{banana()})); // kept as asked

    // The last coffee and the banana together; after that, nothing of either is left.
    const qint64 last = begin({banana(), coffee(1)});
    QVERIFY2(last > 0, qPrintable(QString::number(int(why))));
    QVERIFY(
        m_journal->completeRefund(last, QStringLiteral("A3"), splitOf({banana(), coffee(1)}), {}));
    QCOMPARE(*m_journal->refundedQuantities(id), (QMap<int, qint64>{{0, 2}, {1, 1}}));
    QCOMPARE(m_journal->payment(id)->state, PaymentState::Refunded);
    const QList<RefundRecord> all = m_journal->refunds(id);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[2].lines, (QList<RefundedLine>{coffee(1), banana()})); // by position
    // Another payment's lines are its own.
    QVERIFY(m_journal->record(approved(sampleRecord(QStringLiteral("PD-m"), m_clock.now())),
                              QStringLiteral("x")));
    QCOMPARE(m_journal->refundedQuantities(QStringLiteral("PD-m"))->size(), 0);
    QCOMPARE(m_journal->refundedQuantities(QStringLiteral("nope"))->size(), 0);
}

void TestJournal::refundByLinesRefusals()
{
    const QString id = QStringLiteral("PD-l");
    QVERIFY(m_journal->record(approved(sampleRecord(id, m_clock.now())), QStringLiteral("x")));
    Journal::RefundRefusal why;
    auto begin = [&](const QList<RefundedLine> &lines, const AmountSplit &amount) {
        return m_journal->beginRefund(id, amount, lines, QStringLiteral("m"), QStringLiteral("r"),
                                      &why);
    };
    RefundedLine wrongCode = coffee(1);
    wrongCode.code = QStringLiteral("P-002");
    RefundedLine noSuchLine = banana();
    noSuchLine.position = 2;
    RefundedLine noUnits = coffee(1);
    noUnits.quantity = 0;
    const QList<QList<RefundedLine>> invalid{
        {wrongCode}, {noSuchLine}, {noUnits}, {coffee(1), coffee(1)}};
    for (const QList<RefundedLine> &lines : invalid) {
        QCOMPARE(begin(lines, splitOf(lines)), 0);
        QCOMPARE(why, Journal::RefundRefusal::InvalidLines);
    }
    // Lines that do not add up to the refund's total.
    QCOMPARE(begin({coffee(1)}, AmountSplit{Won(4000), Won(0), Won(364)}), 0);
    QCOMPARE(why, Journal::RefundRefusal::InvalidAmount);
    QCOMPARE(begin({coffee(3)}, splitOf({coffee(3)})), 0);
    QCOMPARE(why, Journal::RefundRefusal::ExceedsLineRemaining);
    QVERIFY(m_journal->refunds(id).isEmpty());
    QCOMPARE(m_journal->refundedQuantities(id)->size(), 0);
}

void TestJournal::refundLinesWrittenWithTheRefundOrNotAtAll()
{
    const QString id = QStringLiteral("PD-l");
    QVERIFY(m_journal->record(approved(sampleRecord(id, m_clock.now())), QStringLiteral("x")));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_lines BEFORE INSERT ON refund_lines "
                                  "BEGIN SELECT RAISE(ABORT, 'no room'); END")));
    Journal::RefundRefusal why;
    QCOMPARE(m_journal->beginRefund(id, splitOf({banana()}), {banana()}, QStringLiteral("m"),
                                    QStringLiteral("r"), &why),
             0);
    QCOMPARE(why, Journal::RefundRefusal::StorageError);
    QVERIFY(m_journal->refunds(id).isEmpty());
    AuditFilter f;
    f.partnerOrderId = id;
    QCOMPARE(m_journal->audit(f).size(), 1); // "x" only: no refund-requested either
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_lines")));
    QVERIFY(m_journal->beginRefund(id, splitOf({banana()}), {banana()}, QStringLiteral("m"),
                                   QStringLiteral("r")) > 0);
}

void TestJournal::trainingFlag()
{
    PaymentRecord real = approved(sampleRecord(QStringLiteral("PD-real"), m_clock.now()));
    PaymentRecord training = approved(sampleRecord(QStringLiteral("PD-train"), m_clock.now()));
    training.training = true;
    QVERIFY(m_journal->record(real, QStringLiteral("approved")));
    QVERIFY(m_journal->record(training, QStringLiteral("approved")));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sum(total) FROM payments WHERE training = 0")) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), 12000);
    QVERIFY(m_journal->payment(QStringLiteral("PD-train"))->training);
    QVERIFY(!m_journal->payment(QStringLiteral("PD-real"))->training);
}

void TestJournal::writeFailureReportsDiskFull()
{
    // A page limit makes SQLite answer SQLITE_FULL, as a full disk does.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));
    PaymentRecord r = sampleRecord(QStringLiteral("PD-full"), m_clock.now());
    r.itemName = QString(20000, QLatin1Char('x'));
    QVERIFY(!m_journal->record(r, QStringLiteral("created")));
    QCOMPARE(m_journal->lastError().code, DatabaseError::Code::DiskFull);
    QVERIFY(!m_journal->lastError().message().isEmpty());
    // Nothing half-written: neither the payment nor its audit entry.
    QVERIFY(!m_journal->payment(QStringLiteral("PD-full")));
    QVERIFY(m_journal->audit().isEmpty());
}

void TestJournal::auditFilterAndPaging()
{
    for (int i = 0; i < 5; ++i) {
        AuditEntry e;
        e.actor = i % 2 ? QStringLiteral("a") : QStringLiteral("b");
        e.action = QStringLiteral("act%1").arg(i);
        e.at = m_clock.now().addSecs(i);
        QVERIFY(m_journal->appendAudit(e));
    }
    AuditFilter f;
    f.actor = QStringLiteral("b");
    QCOMPARE(m_journal->audit(f).size(), 3);
    f = AuditFilter();
    f.limit = 2;
    const QList<AuditEntry> first = m_journal->audit(f);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].action, QStringLiteral("act4"));
    f.beforeId = first.last().id;
    QCOMPARE(m_journal->audit(f).first().action, QStringLiteral("act2"));
    f = AuditFilter();
    f.from = m_clock.now().addSecs(1);
    f.to = m_clock.now().addSecs(3);
    QCOMPARE(m_journal->audit(f).size(), 2);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
