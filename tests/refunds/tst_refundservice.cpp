#include "PaidPayment.h"
#include "SimProcess.h"

#include "auth/ManagerStore.h"
#include "recovery/DoubtMonitor.h"
#include "refunds/RefundService.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace KakaoPay;

// RefundService against the real simulator process with a real SQLite journal: every answer
// is one the simulator sent, every amount is checked against its ledger.
class TestRefundService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullRefund();
    void partialPartialThenRest();
    void beyondRemainingRefusedBeforeAnyCall();
    void sameLineTwiceRefusedBeforeAnyCall();
    void failedLineRefundGivesNothingBack();
    void missingReasonRefused();
    void lockedManagerRefused();
    void authorizationBoundToOnePaymentAndOneUse();
    void pendingRefundBlocksAnother();
    void kakaoPayRemainingDiffersRefused();
    void error781LeavesTheRefundInDoubt();
    void refusedCancelFails();
    void answerLostAfterCommitSettledByOrder();
    void answerLostBeforeCommitStaysInDoubtUntilAManagerSendsItAgain();
    void unknownTidLeavesTheRefundInDoubt();
    void slowCancelIsSettledByOrder();
    void managerResendFindsASlowCancelLanded();
    void resendNeedsItsOwnAuthorization();
    void recoveryCompletesCommittedRefund();
    void recoveryNeverSendsAndKeepsAsking();
    void recoveryClosesARefundNeverSent();

private:
    RefundResult runRefund(const RefundRequest &request, const AuthResult &auth,
                           RefundService *service = nullptr);
    RefundResult runResend(qint64 refundId, RefundService *service = nullptr);
    int cancelsWithGuard(Won available);
    AuthResult managerOk();
    RefundRequest request(RefundRequest::Kind kind, Won amount = Won(0));
    Amount simAmount(const QString &tid, const char *field);
    int auditCount(const QString &action);

    SimProcess m_sim;
    std::unique_ptr<Client> m_client;
    ManualClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(15, 30))};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ManagerStore> m_managers;
    std::unique_ptr<RefundService> m_service;
    PaymentRecord m_paid;
};

void TestRefundService::initTestCase()
{
    QVERIFY2(m_sim.start(), "the simulator did not start (PAYDESK_SIM_BIN)");
    ClientConfig config;
    config.baseUrl = m_sim.url();
    config.timeoutMs = 2000;
    m_client =
        std::make_unique<Client>(config, [] { return QString::fromLatin1(SimProcess::kKey); });
}

void TestRefundService::init()
{
    m_sim.call("POST", QStringLiteral("/__sim/reset"));
    m_clock.set(QDateTime::currentDateTime());
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("paydesk.db")));
    QVERIFY(m_db->open());
    m_journal = std::make_unique<Journal>(m_db.get(), &m_clock);
    m_managers = std::make_unique<ManagerStore>(m_db.get(), m_journal.get(), &m_clock, 10);
    QCOMPARE(m_managers->addManager(QStringLiteral("김민지"), QStringLiteral("246813"),
                                    QStringLiteral("setup")),
             ManagerStore::Result::Ok);
    m_service = std::make_unique<RefundService>(m_client.get(), m_journal.get(), &m_clock);
    m_paid = PaidPayment::make(m_client.get(), m_journal.get(), &m_clock, &m_sim);
    QCOMPARE(m_paid.state, PaymentState::Approved);
    QCOMPARE(m_paid.totals.total, Won(15880));
    QCOMPARE(m_paid.totals.taxFree, Won(2980));
    QCOMPARE(m_paid.totals.vat, Won(1173));
}

void TestRefundService::cleanup()
{
    m_sim.call("DELETE", QStringLiteral("/__sim/fault"));
    m_service.reset();
    m_managers.reset();
    m_journal.reset();
    m_db.reset();
    m_dir.reset();
}

AuthResult TestRefundService::managerOk()
{
    return m_managers->authorize(QStringLiteral("김민지"), QStringLiteral("246813"));
}

RefundRequest TestRefundService::request(RefundRequest::Kind kind, Won amount)
{
    RefundRequest r;
    r.partnerOrderId = m_paid.partnerOrderId;
    r.kind = kind;
    r.amount = amount;
    r.reason = QStringLiteral("고객 변심");
    return r;
}

RefundResult TestRefundService::runRefund(const RefundRequest &request, const AuthResult &auth,
                                          RefundService *service)
{
    RefundService *s = service ? service : m_service.get();
    QSignalSpy finished(s, &RefundService::finished);
    s->refund(request, RefundAuthorization::grant(auth, request.partnerOrderId, m_clock.now()));
    if (!finished.wait(20000))
        return {};
    return finished.first().at(0).value<RefundResult>();
}

RefundResult TestRefundService::runResend(qint64 refundId, RefundService *service)
{
    RefundService *s = service ? service : m_service.get();
    const std::optional<RefundRecord> refund = m_journal->refund(refundId);
    QSignalSpy finished(s, &RefundService::finished);
    s->resend(refundId,
              RefundAuthorization::grant(managerOk(), refund->partnerOrderId, m_clock.now()));
    if (!finished.wait(20000))
        return {};
    return finished.first().at(0).value<RefundResult>();
}

int TestRefundService::cancelsWithGuard(Won available)
{
    int guarded = 0;
    const QJsonArray all = m_sim.requests();
    for (const QJsonValue &v : all) {
        const QString body = v.toObject().value(QLatin1String("body")).toString();
        if (v.toObject()
                .value(QLatin1String("path"))
                .toString()
                .endsWith(QLatin1String("cancel")) &&
            body.contains(QStringLiteral("\"cancel_available_amount\":%1").arg(available.value())))
            ++guarded;
    }
    return guarded;
}

Amount TestRefundService::simAmount(const QString &tid, const char *field)
{
    const QJsonObject a = m_sim.payment(tid).value(QLatin1String(field)).toObject();
    Amount out;
    out.total = Won(a.value(QLatin1String("total")).toInteger());
    out.taxFree = Won(a.value(QLatin1String("tax_free")).toInteger());
    out.vat = Won(a.value(QLatin1String("vat")).toInteger());
    return out;
}

int TestRefundService::auditCount(const QString &action)
{
    AuditFilter f;
    f.partnerOrderId = m_paid.partnerOrderId;
    f.action = action;
    return m_journal->audit(f).size();
}

void TestRefundService::fullRefund()
{
    const RefundResult r = runRefund(request(RefundRequest::Kind::Full), managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.amount, (AmountSplit{Won(15880), Won(2980), Won(1173)}));
    QCOMPARE(r.remaining, Won(0));
    QVERIFY(r.aid.startsWith(u'A'));
    QVERIFY(!r.message.isEmpty());

    const PaymentRecord p = *m_journal->payment(m_paid.partnerOrderId);
    QCOMPARE(p.state, PaymentState::Refunded);
    QCOMPARE(p.refundedTotal, Won(15880));
    const QList<RefundRecord> refunds = m_journal->refunds(m_paid.partnerOrderId);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().state, RefundRecord::State::Done);
    QCOMPARE(refunds.first().aid, r.aid);
    QCOMPARE(refunds.first().manager, QStringLiteral("김민지"));

    QCOMPARE(m_sim.payment(m_paid.tid).value(QLatin1String("status")).toString(),
             QStringLiteral("CANCEL_PAYMENT"));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    // Every step is in the audit log.
    QCOMPARE(auditCount(QStringLiteral("refund-requested")), 1);
    QCOMPARE(auditCount(QStringLiteral("refund-cancel-sent")), 1);
    QCOMPARE(auditCount(QStringLiteral("refund-cancel-ok")), 1);
    QCOMPARE(auditCount(QStringLiteral("refund-done")), 1);
    // A second full refund has nothing left.
    const RefundResult again = runRefund(request(RefundRequest::Kind::Full), managerOk());
    QCOMPARE(again.outcome, RefundResult::Outcome::Refused);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
}

void TestRefundService::partialPartialThenRest()
{
    // 1: by lines: the milk (tax-free) and one coffee.
    RefundRequest byLines = request(RefundRequest::Kind::Lines);
    byLines.lines = {RefundLine{1, 1}, RefundLine{0, 1}};
    RefundResult r = runRefund(byLines, managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.amount.total, Won(2980 + 4500));
    QCOMPARE(r.amount.taxFree, Won(2980));
    QCOMPARE(r.amount.vat, Won::vatOf(Won(4500), Won(0)));
    QCOMPARE(r.remaining, Won(15880 - 7480));
    QCOMPARE(auditCount(QStringLiteral("refund-lines")), 1);

    // 2: an amount; VAT by KakaoPay's rule on what remains (no tax-free part is left).
    const AmountSplit left{Won(8400), Won(0), Won(1173) - Won::vatOf(Won(4500), Won(0))};
    r = runRefund(request(RefundRequest::Kind::Amount, Won(5000)), managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    AmountSplit expected;
    QCOMPARE(CancelSplit::forAmount(left, Won(5000), &expected), CancelSplit::Result::Ok);
    QCOMPARE(r.amount, expected);
    QCOMPARE(r.remaining, Won(3400));

    // 3: the rest takes exactly what remains.
    r = runRefund(request(RefundRequest::Kind::Full), managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.remaining, Won(0));

    const PaymentRecord p = *m_journal->payment(m_paid.partnerOrderId);
    QCOMPARE(p.state, PaymentState::Refunded);
    QCOMPARE(p.refundedTotal, Won(15880));
    QCOMPARE(p.refundedTaxFree, Won(2980));
    QCOMPARE(p.refundedVat, Won(1173));
    Won total, taxFree, vat;
    for (const RefundRecord &rr : m_journal->refunds(m_paid.partnerOrderId)) {
        QCOMPARE(rr.state, RefundRecord::State::Done);
        total += rr.amount.total;
        taxFree += rr.amount.taxFree;
        vat += rr.amount.vat;
    }
    QCOMPARE(total, Won(15880));
    QCOMPARE(taxFree, Won(2980));
    QCOMPARE(vat, Won(1173));
    // The simulator's ledger agrees component by component.
    const Amount canceled = simAmount(m_paid.tid, "canceled_amount");
    QCOMPARE(canceled.total, total);
    QCOMPARE(canceled.taxFree, taxFree);
    QCOMPARE(canceled.vat, vat);
    QCOMPARE(m_sim.paymentActions(m_paid.tid, QStringLiteral("CANCEL")), 3);
    QCOMPARE(m_sim.payment(m_paid.tid).value(QLatin1String("status")).toString(),
             QStringLiteral("CANCEL_PAYMENT"));
}

void TestRefundService::beyondRemainingRefusedBeforeAnyCall()
{
    const int orders = m_sim.requestCount(QStringLiteral("order"));
    RefundResult r = runRefund(request(RefundRequest::Kind::Amount, Won(15881)), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QVERIFY(r.message.contains(Won(15880).toDisplayString()));
    RefundRequest tooMany = request(RefundRequest::Kind::Lines);
    tooMany.lines = {RefundLine{0, 3}};
    r = runRefund(tooMany, managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), orders);
    QVERIFY(m_journal->refunds(m_paid.partnerOrderId).isEmpty());
    QCOMPARE(auditCount(QStringLiteral("refund-refused")), 2);

    // After a partial refund, the rest plus one won is refused too.
    QVERIFY(runRefund(request(RefundRequest::Kind::Amount, Won(10000)), managerOk()).ok());
    r = runRefund(request(RefundRequest::Kind::Amount, Won(5881)), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
}

void TestRefundService::sameLineTwiceRefusedBeforeAnyCall()
{
    // The milk, then the milk again: the second is refused before PayDesk asks KakaoPay anything.
    RefundRequest milk = request(RefundRequest::Kind::Lines);
    milk.lines = {RefundLine{1, 1}};
    RefundResult r = runRefund(milk, managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    const RefundRecord first = m_journal->refunds(m_paid.partnerOrderId).first();
    QCOMPARE(first.lines.size(), 1);
    QCOMPARE(first.lines.first().code, QStringLiteral("8801000010127"));
    QCOMPARE(first.lines.first().amount, Won(2980));
    QVERIFY(first.lines.first().taxFree);
    const int orders = m_sim.requestCount(QStringLiteral("order"));
    const int cancels = m_sim.requestCount(QStringLiteral("cancel"));

    r = runRefund(milk, managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QVERIFY2(r.message.contains(QStringLiteral("흰우유 1L")) &&
                 r.message.contains(QStringLiteral("already refunded")),
             qPrintable(r.message));
    // One coffee of two, then two more: only one is left, and the message says so.
    RefundRequest coffee = request(RefundRequest::Kind::Lines);
    coffee.lines = {RefundLine{0, 1}};
    QVERIFY(runRefund(coffee, managerOk()).ok());
    const int ordersAfterCoffee = m_sim.requestCount(QStringLiteral("order"));
    coffee.lines = {RefundLine{2, 1}, RefundLine{0, 2}};
    r = runRefund(coffee, managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QVERIFY2(r.message.contains(QStringLiteral("1 of 2 already refunded")), qPrintable(r.message));
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), ordersAfterCoffee);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), cancels + 1);
    QCOMPARE(m_journal->refunds(m_paid.partnerOrderId).size(), 2);
    QCOMPARE(auditCount(QStringLiteral("refund-refused")), 2);
    QCOMPARE(auditCount(QStringLiteral("refund-lines")), 2);
    QVERIFY(orders < ordersAfterCoffee);
    QCOMPARE(*m_journal->refundedQuantities(m_paid.partnerOrderId),
             (QMap<int, qint64>{{0, 1}, {1, 1}}));

    // The amounts are what they were: the rest by amount, then everything left, still work.
    QVERIFY(runRefund(request(RefundRequest::Kind::Amount, Won(1000)), managerOk()).ok());
    r = runRefund(request(RefundRequest::Kind::Full), managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.amount.total, Won(15880 - 2980 - 4500 - 1000));
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->state, PaymentState::Refunded);
    QCOMPARE(simAmount(m_paid.tid, "canceled_amount").total, Won(15880));
}

void TestRefundService::failedLineRefundGivesNothingBack()
{
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("error"), QStringLiteral("-722"));
    RefundRequest milk = request(RefundRequest::Kind::Lines);
    milk.lines = {RefundLine{1, 1}};
    RefundResult r = runRefund(milk, managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Failed);
    QCOMPARE(m_journal->refunds(m_paid.partnerOrderId).first().state, RefundRecord::State::Failed);
    QVERIFY(m_journal->refundedQuantities(m_paid.partnerOrderId)->isEmpty());
    m_sim.call("DELETE", QStringLiteral("/__sim/fault"));
    r = runRefund(milk, managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.amount.taxFree, Won(2980));
    QCOMPARE(*m_journal->refundedQuantities(m_paid.partnerOrderId), (QMap<int, qint64>{{1, 1}}));
}

void TestRefundService::missingReasonRefused()
{
    RefundRequest r = request(RefundRequest::Kind::Full);
    r.reason = QStringLiteral("   ");
    const RefundResult result = runRefund(r, managerOk());
    QCOMPARE(result.outcome, RefundResult::Outcome::Refused);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    QVERIFY(m_journal->refunds(m_paid.partnerOrderId).isEmpty());
}

void TestRefundService::lockedManagerRefused()
{
    for (int i = 0; i < ManagerStore::kMaxAttempts; ++i)
        m_managers->authorize(QStringLiteral("김민지"), QStringLiteral("0000"));
    const AuthResult locked = managerOk(); // right PIN, but locked now
    QCOMPARE(locked.status, AuthResult::Status::Locked);
    const RefundResult r = runRefund(request(RefundRequest::Kind::Full), locked);
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QVERIFY(r.message.contains(QStringLiteral("locked")));
    const AuthResult wrong = m_managers->authorize(QStringLiteral("김민지"), QStringLiteral("1"));
    QCOMPARE(runRefund(request(RefundRequest::Kind::Full), wrong).outcome,
             RefundResult::Outcome::Refused);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->state, PaymentState::Approved);
}

void TestRefundService::authorizationBoundToOnePaymentAndOneUse()
{
    const RefundAuthorization other =
        RefundAuthorization::grant(managerOk(), QStringLiteral("ANOTHER-ORDER"), m_clock.now());
    QSignalSpy finished(m_service.get(), &RefundService::finished);
    QVERIFY(!m_service->refund(request(RefundRequest::Kind::Full), other));
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().at(0).value<RefundResult>().outcome, RefundResult::Outcome::Refused);

    const RefundAuthorization old =
        RefundAuthorization::grant(managerOk(), m_paid.partnerOrderId, m_clock.now());
    m_clock.advance(RefundAuthorization::kLifetimeMs + 1000);
    QVERIFY(!m_service->refund(request(RefundRequest::Kind::Full), old));
    QTRY_COMPARE(finished.size(), 2);

    const RefundAuthorization once =
        RefundAuthorization::grant(managerOk(), m_paid.partnerOrderId, m_clock.now());
    finished.clear();
    QVERIFY(m_service->refund(request(RefundRequest::Kind::Amount, Won(1000)), once));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).value<RefundResult>().ok());
    QVERIFY(!m_service->refund(request(RefundRequest::Kind::Amount, Won(1000)), once));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
}

void TestRefundService::pendingRefundBlocksAnother()
{
    QVERIFY(m_journal->beginRefund(m_paid.partnerOrderId, {Won(1000), Won(0), Won(91)},
                                   QStringLiteral("김민지"), QStringLiteral("earlier")));
    const RefundResult r = runRefund(request(RefundRequest::Kind::Amount, Won(500)), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);

    // Two refunds of the same payment at once: the second is refused while the first runs.
    QVERIFY(m_journal->failRefund(m_journal->pendingRefunds().first().id, 0, QStringLiteral("x")));
    QSignalSpy finished(m_service.get(), &RefundService::finished);
    QVERIFY(m_service->refund(
        request(RefundRequest::Kind::Amount, Won(500)),
        RefundAuthorization::grant(managerOk(), m_paid.partnerOrderId, m_clock.now())));
    QVERIFY(m_service->isBusy(m_paid.partnerOrderId));
    QVERIFY(!m_service->refund(
        request(RefundRequest::Kind::Amount, Won(500)),
        RefundAuthorization::grant(managerOk(), m_paid.partnerOrderId, m_clock.now())));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->refundedTotal, Won(500));
}

void TestRefundService::kakaoPayRemainingDiffersRefused()
{
    // Someone refunded 1,000 outside PayDesk (the merchant's web admin, say).
    CancelRequest outside;
    outside.tid = m_paid.tid;
    outside.cancelAmount = Won(1000);
    bool answered = false;
    m_client->cancel(outside, this, [&](const Result<CancelResponse> &r) { answered = r.ok(); });
    QTRY_VERIFY(answered);
    const RefundResult r = runRefund(request(RefundRequest::Kind::Full), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Refused);
    QVERIFY(r.message.contains(Won(14880).toDisplayString()));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    QVERIFY(m_journal->refunds(m_paid.partnerOrderId).isEmpty());
}

void TestRefundService::error781LeavesTheRefundInDoubt()
{
    // -781 with the method's reason is not KakaoPay's final word on the refund: order is asked,
    // and while it shows nothing refunded the refund stays in doubt (pending), never failed.
    m_service->setCallOptions({100, 2, 300});
    m_sim.fault(
        QStringLiteral("cancel"), QStringLiteral("error781"),
        QJsonObject{{QStringLiteral("method_result_code"), QStringLiteral("6666")},
                    {QStringLiteral("method_result_message"), QStringLiteral("원거래없음")}});
    const RefundResult r = runRefund(request(RefundRequest::Kind::Amount, Won(3000)), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::InDoubt);
    const QList<RefundRecord> refunds = m_journal->refunds(m_paid.partnerOrderId);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().state, RefundRecord::State::Pending);
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->state, PaymentState::Approved);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1); // never re-sent by itself
    QCOMPARE(auditCount(QStringLiteral("refund-answer-unclear")), 1);
    // Another refund of the payment waits for this one.
    const RefundResult other =
        runRefund(request(RefundRequest::Kind::Amount, Won(1000)), managerOk());
    QCOMPARE(other.outcome, RefundResult::Outcome::Refused);

    // A manager sends it again: order twice, a client timeout apart, then the guarded cancel.
    const RefundResult again = runResend(refunds.first().id);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(m_journal->refund(refunds.first().id)->state, RefundRecord::State::Done);
    QCOMPARE(simAmount(m_paid.tid, "canceled_amount").total, Won(3000));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 2);
    QCOMPARE(cancelsWithGuard(Won(15880)), 2);
    QCOMPARE(auditCount(QStringLiteral("refund-resend-authorized")), 1);
    QCOMPARE(auditCount(QStringLiteral("refund-cancel-resent")), 1);
}

void TestRefundService::refusedCancelFails()
{
    // A refusal KakaoPay documents (-710: more than can be cancelled) is its word that nothing
    // was refunded.
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("error"), QStringLiteral("-710"));
    const RefundResult r = runRefund(request(RefundRequest::Kind::Amount, Won(3000)), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::Failed);
    QCOMPARE(r.kakaopayCode, -710);
    QCOMPARE(m_journal->refunds(m_paid.partnerOrderId).first().state, RefundRecord::State::Failed);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 1); // the look before, none after
    // The payment can be refunded afterwards.
    QVERIFY(runRefund(request(RefundRequest::Kind::Amount, Won(3000)), managerOk()).ok());
}

void TestRefundService::answerLostAfterCommitSettledByOrder()
{
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("commit-drop"));
    const RefundResult r = runRefund(request(RefundRequest::Kind::Amount, Won(6000)), managerOk());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1); // no second cancel
    QCOMPARE(m_sim.paymentActions(m_paid.tid, QStringLiteral("CANCEL")), 1);
    const RefundRecord done = m_journal->refunds(m_paid.partnerOrderId).first();
    QCOMPARE(done.state, RefundRecord::State::Done);
    const QJsonArray actions =
        m_sim.payment(m_paid.tid).value(QLatin1String("payment_action_details")).toArray();
    QCOMPARE(done.aid, actions.last().toObject().value(QLatin1String("aid")).toString());
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->refundedTotal, Won(6000));
    QCOMPARE(simAmount(m_paid.tid, "canceled_amount").total, Won(6000));
    QCOMPARE(auditCount(QStringLiteral("refund-answer-unclear")), 1);
    QCOMPARE(auditCount(QStringLiteral("refund-settled-by-order")), 1);
}

void TestRefundService::answerLostBeforeCommitStaysInDoubtUntilAManagerSendsItAgain()
{
    m_service->setCallOptions({100, 2, 300});
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("close"));
    const RefundResult r = runRefund(request(RefundRequest::Kind::Amount, Won(6000)), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::InDoubt);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    QCOMPARE(simAmount(m_paid.tid, "canceled_amount").total, Won(0));
    const qint64 id = m_journal->refunds(m_paid.partnerOrderId).first().id;
    QCOMPARE(m_journal->refund(id)->state, RefundRecord::State::Pending);

    const RefundResult again = runResend(id);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 2);
    QCOMPARE(m_sim.paymentActions(m_paid.tid, QStringLiteral("CANCEL")), 1);
    QCOMPARE(simAmount(m_paid.tid, "canceled_amount").total, Won(6000));
    // Both carried the same guard: the second could only land because the first had not.
    QCOMPARE(cancelsWithGuard(Won(15880)), 2);
}

void TestRefundService::unknownTidLeavesTheRefundInDoubt()
{
    // KakaoPay says it does not know the tid it gave us: a configuration problem (wrong account
    // or server), not a refusal. The refund is left in doubt, never failed.
    m_service->setCallOptions({100, 2, 300});
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("error"), QStringLiteral("-721"));
    const RefundResult r = runRefund(request(RefundRequest::Kind::Amount, Won(6000)), managerOk());
    QCOMPARE(r.outcome, RefundResult::Outcome::InDoubt);
    QCOMPARE(m_journal->refunds(m_paid.partnerOrderId).first().state, RefundRecord::State::Pending);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
}

void TestRefundService::slowCancelIsSettledByOrder()
{
    ClientConfig config;
    config.baseUrl = m_sim.url();
    config.timeoutMs = 700;
    Client impatient(config, [] { return QString::fromLatin1(SimProcess::kKey); });
    RefundService service(&impatient, m_journal.get(), &m_clock);
    service.setCallOptions({400, 10, 700});
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("delay"), 2000);
    const RefundResult r =
        runRefund(request(RefundRequest::Kind::Amount, Won(4000)), managerOk(), &service);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    QCOMPARE(m_sim.paymentActions(m_paid.tid, QStringLiteral("CANCEL")), 1);
    QCOMPARE(simAmount(m_paid.tid, "canceled_amount").total, Won(4000));
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->refundedTotal, Won(4000));
    QCOMPARE(m_journal->refunds(m_paid.partnerOrderId).first().state, RefundRecord::State::Done);
}

void TestRefundService::managerResendFindsASlowCancelLanded()
{
    // The first cancel is still on its way upstream when the manager sends it again: the second
    // look, a client timeout later, sees it landed, and nothing is sent.
    const AmountSplit split{Won(2000), Won(0), Won(182)};
    const qint64 id = m_journal->beginRefund(m_paid.partnerOrderId, split, QStringLiteral("김민지"),
                                             QStringLiteral("파손"));
    QVERIFY(id > 0);
    QVERIFY(PaidPayment::cancelSent(m_journal.get(), id));
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("delay"), 1500);
    CancelRequest cancel;
    cancel.tid = m_paid.tid;
    cancel.cancelAmount = split.total;
    cancel.cancelVatAmount = split.vat;
    cancel.cancelAvailableAmount = m_paid.totals.total;
    m_client->cancel(cancel, this, [](const Result<CancelResponse> &) {});
    QTRY_COMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    m_service->setCallOptions({100, 2, 2000});
    const RefundResult r = runResend(id);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    QCOMPARE(m_journal->refund(id)->state, RefundRecord::State::Done);
    QCOMPARE(auditCount(QStringLiteral("refund-settled-by-order")), 1);
}

void TestRefundService::resendNeedsItsOwnAuthorization()
{
    const qint64 id = m_journal->beginRefund(m_paid.partnerOrderId, {Won(2000), Won(0), Won(182)},
                                             QStringLiteral("김민지"), QStringLiteral("파손"));
    QSignalSpy finished(m_service.get(), &RefundService::finished);
    // For another payment: refused, nothing asked.
    QVERIFY(!m_service->resend(
        id, RefundAuthorization::grant(managerOk(), QStringLiteral("OTHER"), m_clock.now())));
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().at(0).value<RefundResult>().outcome, RefundResult::Outcome::Refused);
    AuthResult wrong = m_managers->authorize(QStringLiteral("김민지"), QStringLiteral("0000"));
    QVERIFY(!m_service->resend(
        id, RefundAuthorization::grant(wrong, m_paid.partnerOrderId, m_clock.now())));
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);
}

void TestRefundService::recoveryCompletesCommittedRefund()
{
    // PayDesk wrote the refund, sent the cancel and stopped before the answer.
    const AmountSplit split{Won(2000), Won(0), Won(182)};
    const qint64 id = m_journal->beginRefund(m_paid.partnerOrderId, split, QStringLiteral("김민지"),
                                             QStringLiteral("파손"));
    QVERIFY(id > 0);
    QVERIFY(PaidPayment::cancelSent(m_journal.get(), id));
    CancelRequest cancel;
    cancel.tid = m_paid.tid;
    cancel.cancelAmount = split.total;
    cancel.cancelVatAmount = split.vat;
    bool answered = false;
    m_client->cancel(cancel, this, [&](const Result<CancelResponse> &r) { answered = r.ok(); });
    QTRY_VERIFY(answered);

    DoubtMonitor monitor(m_client.get(), m_journal.get(), &m_clock, DoubtMonitor::Options());
    QSignalSpy settled(&monitor, &DoubtMonitor::refundSettled);
    QCOMPARE(monitor.recoverJournal(), 1);
    QVERIFY(settled.wait(10000));
    QVERIFY(settled.first().at(0).value<RefundResult>().ok());
    QVERIFY(monitor.isIdle());
    QCOMPARE(m_journal->refund(id)->state, RefundRecord::State::Done);
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->refundedTotal, Won(2000));
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->state, PaymentState::PartRefunded);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1); // recovery never cancels
}

void TestRefundService::recoveryNeverSendsAndKeepsAsking()
{
    // Written, the cancel counted as sent, and PayDesk stopped: whether it left is unknown.
    // Recovery asks order again and again and never sends; the refund stays open until KakaoPay
    // shows it or a manager sends it again.
    const qint64 id = m_journal->beginRefund(m_paid.partnerOrderId, {Won(2000), Won(0), Won(182)},
                                             QStringLiteral("김민지"), QStringLiteral("파손"));
    QVERIFY(id > 0);
    QVERIFY(PaidPayment::cancelSent(m_journal.get(), id));
    DoubtMonitor::Options options;
    options.refundBackoffMs = {100};
    DoubtMonitor monitor(m_client.get(), m_journal.get(), &m_clock, options);
    QSignalSpy open(&monitor, &DoubtMonitor::refundOpen);
    QSignalSpy settled(&monitor, &DoubtMonitor::refundSettled);
    monitor.recoverJournal();
    QTRY_VERIFY_WITH_TIMEOUT(open.count() >= 4, 5000);
    QCOMPARE(settled.count(), 0);
    QCOMPARE(monitor.openRefunds().size(), 1);
    QCOMPARE(m_journal->refund(id)->state, RefundRecord::State::Pending);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    QVERIFY(m_journal->pendingRefunds().size() == 1);
}

void TestRefundService::recoveryClosesARefundNeverSent()
{
    // Written, and PayDesk stopped before counting the cancel out: KakaoPay never heard of it.
    const qint64 id = m_journal->beginRefund(m_paid.partnerOrderId, {Won(2000), Won(0), Won(182)},
                                             QStringLiteral("김민지"), QStringLiteral("파손"));
    QVERIFY(id > 0);
    DoubtMonitor monitor(m_client.get(), m_journal.get(), &m_clock, DoubtMonitor::Options());
    QSignalSpy settled(&monitor, &DoubtMonitor::refundSettled);
    QCOMPARE(monitor.recoverJournal(), 1);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(settled.first().at(0).value<RefundResult>().outcome, RefundResult::Outcome::Failed);
    QVERIFY(monitor.isIdle());
    QCOMPARE(m_journal->refund(id)->state, RefundRecord::State::Failed);
    QCOMPARE(m_journal->payment(m_paid.partnerOrderId)->state, PaymentState::Approved);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);
}

QTEST_GUILESS_MAIN(TestRefundService)
#include "tst_refundservice.moc"
