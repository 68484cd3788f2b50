// The simulator's per-tid state machine (kakaopay-api.md §13.2) without any HTTP: every
// transition and error code, expiry against a ManualClock, and the partial-cancel arithmetic.
#include "SimLedger.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

class TestSimLedger : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2024, 3, 1), QTime(12, 0))};

    SimReadyRequest readyRequest(Won total = Won(12000), Won taxFree = Won(0)) const
    {
        SimReadyRequest r;
        r.cid = QStringLiteral("TC0ONETIME");
        r.partnerOrderId = QStringLiteral("order-1");
        r.partnerUserId = QStringLiteral("pos-1");
        r.itemName = QStringLiteral("아메리카노 외 1건");
        r.quantity = 2;
        r.total = total;
        r.taxFree = taxFree;
        r.approvalUrl = QStringLiteral("http://127.0.0.1:1/approve?order=order-1");
        r.cancelUrl = QStringLiteral("http://127.0.0.1:1/cancel");
        r.failUrl = QStringLiteral("http://127.0.0.1:1/fail");
        return r;
    }

    SimApproveRequest approveRequest(const SimPayment &p) const
    {
        SimApproveRequest a;
        a.cid = p.cid;
        a.tid = p.tid;
        a.partnerOrderId = p.partnerOrderId;
        a.partnerUserId = p.partnerUserId;
        a.pgToken = p.pgToken;
        return a;
    }

    SimCancelRequest cancelRequest(const SimPayment &p, qint64 amount, qint64 taxFree) const
    {
        SimCancelRequest c;
        c.cid = p.cid;
        c.tid = p.tid;
        c.cancelAmount = Won(amount);
        c.cancelTaxFree = Won(taxFree);
        return c;
    }

    // ready → authorize → approve: a paid tid.
    SimPayment paid(SimLedger &ledger, Won total = Won(12000), Won taxFree = Won(0),
                    Won greenDeposit = Won(0))
    {
        SimReadyRequest r = readyRequest(total, taxFree);
        r.greenDeposit = greenDeposit;
        const SimPayment p = ledger.ready(r);
        QString redirect;
        if (!ledger.authorize(p.tid, QStringLiteral("CARD"), &redirect).ok())
            return {};
        SimPayment out;
        if (!ledger.approve(approveRequest(*ledger.find(p.tid)), false, &out).ok())
            return {};
        return out;
    }

    static void verifyInvariant(const SimPayment &p)
    {
        QCOMPARE(p.canceled + p.cancelAvailable(), p.amount);
    }

    int cancelCode(SimLedger &ledger, const SimCancelRequest &c, bool inject = false)
    {
        SimPayment out;
        SimAmount take;
        QString aid;
        return ledger.cancel(c, inject, &out, &take, &aid).code;
    }

private slots:
    void readyCreatesAPendingTid();
    void sameSeedSameIds();
    void buyerSideTransitions();
    void buyerCannotActAfterTheEnd();
    void pgTokenRedirectUsesQuestionMarkOrAmpersand();
    void approveSucceedsOnceWithCardOrMoney();
    void approveErrors();
    void approveInjectedFailureEndsInFailPayment();
    void expiry();
    void perTidLock();
    void fullCancel();
    void twoPartialsThenTheRest();
    void cancelErrors();
    void cancelAvailableMismatchCodeIsConfigurable();
    void greenDepositForbidsPartialCancel();
    void stateJsonRoundTrip();
};

void TestSimLedger::readyCreatesAPendingTid()
{
    SimLedger ledger(&m_clock, 7);
    const SimPayment p = ledger.ready(readyRequest());
    QVERIFY(QRegularExpression(QStringLiteral("^T[0-9a-f]{19}$")).match(p.tid).hasMatch());
    QCOMPARE(p.status, SimStatus::Ready);
    QCOMPARE(p.createdAt, m_clock.now());
    QCOMPARE(p.expiresAt, m_clock.now().addSecs(900));
    QCOMPARE(p.amount.vat, Won(1091)); // round(12000 / 11)
    QCOMPARE(p.itemName, QStringLiteral("아메리카노 외 1건"));
    QVERIFY(p.isPending());

    SimReadyRequest withVat = readyRequest();
    withVat.hasVat = true;
    withVat.vat = Won(0);
    QCOMPARE(ledger.ready(withVat).amount.vat, Won(0)); // an explicit 0 is kept
    ledger.setTtlSeconds(60);
    QCOMPARE(ledger.ready(readyRequest()).expiresAt, m_clock.now().addSecs(60));
    QCOMPARE(ledger.payments().size(), 3);
}

void TestSimLedger::sameSeedSameIds()
{
    SimLedger a(&m_clock, 42);
    SimLedger b(&m_clock, 42);
    SimLedger c(&m_clock, 43);
    const QString tid = a.ready(readyRequest()).tid;
    QCOMPARE(b.ready(readyRequest()).tid, tid);
    QVERIFY(c.ready(readyRequest()).tid != tid);
}

void TestSimLedger::buyerSideTransitions()
{
    SimLedger ledger(&m_clock, 1);
    const QString tid = ledger.ready(readyRequest()).tid;
    QVERIFY(ledger.sendTms(tid).ok());
    QCOMPARE(ledger.find(tid)->status, SimStatus::SendTms);
    QVERIFY(ledger.openPayment(tid).ok());
    QCOMPARE(ledger.find(tid)->status, SimStatus::OpenPayment);
    QCOMPARE(ledger.sendTms(tid).code, -783); // no way back to SEND_TMS
    QString redirect;
    QVERIFY(ledger.authorize(tid, QStringLiteral("MONEY"), &redirect).ok());
    const SimPayment *p = ledger.find(tid);
    QCOMPARE(p->status, SimStatus::AuthPassword);
    QCOMPARE(p->method, QStringLiteral("MONEY"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{20}$")).match(p->pgToken).hasMatch());
    QCOMPARE(redirect, p->approvalUrl + QStringLiteral("&pg_token=") + p->pgToken);
    // A second click keeps the token.
    const QString token = p->pgToken;
    QVERIFY(ledger.authorize(tid, QStringLiteral("CARD"), &redirect).ok());
    QCOMPARE(ledger.find(tid)->pgToken, token);
    QCOMPARE(SimLedger::redirectFor(*ledger.find(tid)), redirect);

    const QString quitter = ledger.ready(readyRequest()).tid;
    QVERIFY(ledger.quit(quitter, &redirect).ok());
    QCOMPARE(ledger.find(quitter)->status, SimStatus::Quit);
    QCOMPARE(redirect, QStringLiteral("http://127.0.0.1:1/cancel"));

    const QString failer = ledger.ready(readyRequest()).tid;
    QVERIFY(ledger.fail(failer, &redirect).ok());
    QCOMPARE(ledger.find(failer)->status, SimStatus::FailAuthPassword);
    QCOMPARE(redirect, QStringLiteral("http://127.0.0.1:1/fail"));

    // A restricted ready decides the method whatever the page says.
    SimReadyRequest cardOnly = readyRequest();
    cardOnly.paymentMethodType = QStringLiteral("CARD");
    const QString restricted = ledger.ready(cardOnly).tid;
    QVERIFY(ledger.authorize(restricted, QStringLiteral("MONEY"), &redirect).ok());
    QCOMPARE(ledger.find(restricted)->method, QStringLiteral("CARD"));

    QCOMPARE(ledger.sendTms(QStringLiteral("Tnope")).code, -721);
}

void TestSimLedger::buyerCannotActAfterTheEnd()
{
    SimLedger ledger(&m_clock, 1);
    QString redirect;
    const QString tid = ledger.ready(readyRequest()).tid;
    QVERIFY(ledger.quit(tid, &redirect).ok());
    QCOMPARE(ledger.authorize(tid, QStringLiteral("CARD"), &redirect).code, -783);
    QCOMPARE(ledger.fail(tid, &redirect).code, -783);
    QCOMPARE(ledger.openPayment(tid).code, -783);

    const QString authorized = ledger.ready(readyRequest()).tid;
    QVERIFY(ledger.authorize(authorized, QStringLiteral("CARD"), &redirect).ok());
    QCOMPARE(ledger.quit(authorized, &redirect).code, -783); // pg_token already on its way
    QCOMPARE(ledger.fail(authorized, &redirect).code, -783);
}

void TestSimLedger::pgTokenRedirectUsesQuestionMarkOrAmpersand()
{
    QCOMPARE(SimLedger::withPgToken(QStringLiteral("http://h/a"), QStringLiteral("t")),
             QStringLiteral("http://h/a?pg_token=t"));
    QCOMPARE(SimLedger::withPgToken(QStringLiteral("http://h/a?x=1"), QStringLiteral("t")),
             QStringLiteral("http://h/a?x=1&pg_token=t"));
    QCOMPARE(SimLedger::withPgToken(QStringLiteral("http://h/a?"), QStringLiteral("t")),
             QStringLiteral("http://h/a?pg_token=t"));
    QCOMPARE(SimLedger::withPgToken(QStringLiteral("http://h/a#f"), QStringLiteral("t")),
             QStringLiteral("http://h/a?pg_token=t#f"));
}

void TestSimLedger::approveSucceedsOnceWithCardOrMoney()
{
    SimLedger ledger(&m_clock, 1);
    const SimPayment p = paid(ledger);
    QCOMPARE(p.status, SimStatus::Success);
    QCOMPARE(p.approvedAt, m_clock.now());
    QCOMPARE(p.actions.size(), 1);
    QCOMPARE(p.actions.first().type, QStringLiteral("PAYMENT"));
    QVERIFY(QRegularExpression(QStringLiteral("^A[0-9a-f]{19}$"))
                .match(p.actions.first().aid)
                .hasMatch());
    QCOMPARE(p.orderJson().value(QStringLiteral("selected_card_info")).isObject(), true);
    QCOMPARE(p.cardInfoJson().value(QStringLiteral("install_month")).toString(),
             QStringLiteral("00"));
    verifyInvariant(p);

    SimPayment again;
    QCOMPARE(ledger.approve(approveRequest(p), false, &again).code, -702);

    const QString money = ledger.ready(readyRequest()).tid;
    QString redirect;
    QVERIFY(ledger.authorize(money, QStringLiteral("MONEY"), &redirect).ok());
    SimPayment out;
    QVERIFY(ledger.approve(approveRequest(*ledger.find(money)), false, &out).ok());
    QCOMPARE(out.method, QStringLiteral("MONEY"));
    QVERIFY(!out.orderJson().contains(QStringLiteral("selected_card_info")));
}

void TestSimLedger::approveErrors()
{
    SimLedger ledger(&m_clock, 1);
    SimPayment out;
    const SimPayment p = ledger.ready(readyRequest());
    SimApproveRequest a = approveRequest(p);
    a.pgToken = QStringLiteral("0123456789abcdef0123");
    QCOMPARE(ledger.approve(a, false, &out).code, -701); // user not done yet

    QString redirect;
    QVERIFY(ledger.authorize(p.tid, QStringLiteral("CARD"), &redirect).ok());
    const SimPayment authorized = *ledger.find(p.tid);
    auto codeWith = [&](auto change) {
        SimApproveRequest r = approveRequest(authorized);
        change(r);
        return ledger.approve(r, false, &out).code;
    };
    QCOMPARE(codeWith([](SimApproveRequest &r) { r.tid = QStringLiteral("T0000000000000000000"); }),
             -721);
    QCOMPARE(codeWith([](SimApproveRequest &r) { r.cid = QStringLiteral("TCSUBSCRIP"); }), -731);
    QCOMPARE(codeWith([](SimApproveRequest &r) { r.partnerOrderId = QStringLiteral("x"); }), -706);
    QCOMPARE(codeWith([](SimApproveRequest &r) { r.partnerUserId = QStringLiteral("x"); }), -707);
    QCOMPARE(codeWith([](SimApproveRequest &r) { r.pgToken = QStringLiteral("x"); }), -708);
    QCOMPARE(codeWith([](SimApproveRequest &r) {
                 r.hasTotal = true;
                 r.total = Won(11000);
             }),
             -725);
    QCOMPARE(ledger.find(p.tid)->status, SimStatus::AuthPassword); // errors change nothing
    QCOMPARE(codeWith([](SimApproveRequest &r) {
                 r.hasTotal = true;
                 r.total = Won(12000);
             }),
             0);

    // Quit and failed payments are not approvable.
    for (bool quit : {true, false}) {
        const SimPayment q = ledger.ready(readyRequest());
        QVERIFY((quit ? ledger.quit(q.tid, &redirect) : ledger.fail(q.tid, &redirect)).ok());
        QCOMPARE(ledger.approve(approveRequest(q), false, &out).code, -783);
    }
}

void TestSimLedger::approveInjectedFailureEndsInFailPayment()
{
    SimLedger ledger(&m_clock, 1);
    const QString tid = ledger.ready(readyRequest()).tid;
    QString redirect;
    QVERIFY(ledger.authorize(tid, QStringLiteral("CARD"), &redirect).ok());
    SimPayment out;
    QCOMPARE(ledger.approve(approveRequest(*ledger.find(tid)), true, &out).code, -780);
    QCOMPARE(ledger.find(tid)->status, SimStatus::FailPayment);
    QCOMPARE(ledger.approve(approveRequest(*ledger.find(tid)), false, &out).code, -783);
    QCOMPARE(cancelCode(ledger, cancelRequest(*ledger.find(tid), 100, 0)), -784);
}

void TestSimLedger::expiry()
{
    ManualClock clock(m_clock.now());
    SimLedger ledger(&clock, 1);
    QString redirect;
    SimPayment out;

    // Authorized in time, approved too late.
    const QString late = ledger.ready(readyRequest()).tid;
    QVERIFY(ledger.authorize(late, QStringLiteral("CARD"), &redirect).ok());
    clock.advance(899 * 1000);
    QVERIFY(!ledger.find(late)->isExpiredAt(clock.now()));
    clock.advance(1000);
    QCOMPARE(ledger.approve(approveRequest(*ledger.find(late)), false, &out).code, -723);

    // The page cannot approve an expired tid either; the buyer may still quit.
    const QString stale = ledger.ready(readyRequest()).tid;
    QVERIFY(ledger.expire(stale).ok());
    QCOMPARE(ledger.authorize(stale, QStringLiteral("CARD"), &redirect).code, -723);
    QCOMPARE(ledger.sendTms(stale).code, -723);
    QVERIFY(ledger.quit(stale, &redirect).ok());

    // Expiry does not touch a paid tid: a second approve is still "already paid".
    const SimPayment done = paid(ledger);
    clock.advance(3600 * 1000);
    QCOMPARE(ledger.approve(approveRequest(done), false, &out).code, -702);
    QCOMPARE(ledger.expire(QStringLiteral("Tnope")).code, -721);
}

void TestSimLedger::perTidLock()
{
    SimLedger ledger(&m_clock, 1);
    const QString tid = ledger.ready(readyRequest()).tid;
    QString redirect;
    QVERIFY(ledger.authorize(tid, QStringLiteral("CARD"), &redirect).ok());
    ledger.markInFlight(tid);
    QVERIFY(ledger.isInFlight(tid));
    SimPayment out;
    QCOMPARE(ledger.approve(approveRequest(*ledger.find(tid)), false, &out).code, -785);
    ledger.clearInFlight(tid);
    QVERIFY(ledger.approve(approveRequest(*ledger.find(tid)), false, &out).ok());

    ledger.markInFlight(tid);
    QCOMPARE(cancelCode(ledger, cancelRequest(out, 1000, 0)), -785);
    ledger.clearInFlight(tid);
    QCOMPARE(cancelCode(ledger, cancelRequest(out, 1000, 0)), 0);
    // Order is a read: never locked.
    ledger.markInFlight(tid);
    QVERIFY(ledger.order(out.cid, tid, &out).ok());
}

void TestSimLedger::fullCancel()
{
    SimLedger ledger(&m_clock, 1);
    const SimPayment p = paid(ledger);
    SimPayment out;
    SimAmount take;
    QString aid;
    QVERIFY(ledger.cancel(cancelRequest(p, 12000, 0), false, &out, &take, &aid).ok());
    QCOMPARE(out.status, SimStatus::Cancel);
    QCOMPARE(take, p.amount);
    QCOMPARE(out.canceled, p.amount);
    QCOMPARE(out.cancelAvailable(), SimAmount());
    QCOMPARE(out.actions.size(), 2);
    QCOMPARE(out.actions.last().type, QStringLiteral("CANCEL"));
    QCOMPARE(out.actions.last().aid, aid);
    QCOMPARE(out.canceledAt, m_clock.now());
    QCOMPARE(cancelCode(ledger, cancelRequest(out, 1, 0)), -784);
}

void TestSimLedger::twoPartialsThenTheRest()
{
    SimLedger ledger(&m_clock, 1);
    // 11,000 of which 1,000 tax-free: VAT round(10,000 / 11) = 909.
    const SimPayment p = paid(ledger, Won(11000), Won(1000));
    QCOMPARE(p.amount.vat, Won(909));
    SimPayment out;
    SimAmount take;
    QString aid;

    // 3,000 with 500 tax-free: VAT round(2,500 / 11) = 227 (auto).
    SimCancelRequest first = cancelRequest(p, 3000, 500);
    first.hasAvailable = true;
    first.cancelAvailable = Won(11000);
    QVERIFY(ledger.cancel(first, false, &out, &take, &aid).ok());
    QCOMPARE(out.status, SimStatus::PartCancel);
    QCOMPARE(take.vat, Won(227));
    QCOMPARE(out.cancelAvailable().total, Won(8000));
    QCOMPARE(out.cancelAvailable().taxFree, Won(500));
    QCOMPARE(out.cancelAvailable().vat, Won(682));
    verifyInvariant(out);

    // 2,000 taxable with an explicit VAT of 182.
    SimCancelRequest second = cancelRequest(p, 2000, 0);
    second.hasVat = true;
    second.cancelVat = Won(182);
    QVERIFY(ledger.cancel(second, false, &out, &take, &aid).ok());
    QCOMPARE(out.status, SimStatus::PartCancel);
    QCOMPARE(out.canceled.total, Won(5000));
    QCOMPARE(out.canceled.vat, Won(409));
    verifyInvariant(out);

    // The rest: 6,000, tax-free 500, VAT omitted → the remaining 500 exactly, not round(5500/11).
    QVERIFY(ledger.cancel(cancelRequest(p, 6000, 500), false, &out, &take, &aid).ok());
    QCOMPARE(out.status, SimStatus::Cancel);
    QCOMPARE(take.vat, Won(500));
    QCOMPARE(out.canceled, out.amount);
    verifyInvariant(out);
    QCOMPARE(out.actions.size(), 4);
    QCOMPARE(out.orderJson().value(QStringLiteral("payment_action_details")).toArray().size(), 4);
}

void TestSimLedger::cancelErrors()
{
    SimLedger ledger(&m_clock, 1);
    const SimPayment pending = ledger.ready(readyRequest());
    QCOMPARE(cancelCode(ledger, cancelRequest(pending, 1000, 0)), -784);
    const SimPayment p = paid(ledger, Won(11000), Won(1000));
    SimCancelRequest unknown = cancelRequest(p, 1000, 0);
    unknown.tid = QStringLiteral("T0000000000000000000");
    QCOMPARE(cancelCode(ledger, unknown), -721);
    SimCancelRequest otherCid = cancelRequest(p, 1000, 0);
    otherCid.cid = QStringLiteral("TCSUBSCRIP");
    QCOMPARE(cancelCode(ledger, otherCid), -731);
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 11001, 0)), -711);
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 0, 0)), -722);
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 2000, 1500)), -722); // tax-free > remaining
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 500, 600)), -722);   // tax-free > amount
    SimCancelRequest bigVat = cancelRequest(p, 2000, 0);
    bigVat.hasVat = true;
    bigVat.cancelVat = Won(1000);
    QCOMPARE(cancelCode(ledger, bigVat), -722);
    // The whole remainder with the wrong split breaks the invariant: refused.
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 11000, 0)), -722);
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 1000, 0), true), -781);
    QCOMPARE(ledger.find(p.tid)->status, SimStatus::Success); // nothing applied
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 10000, 1000)), 0);
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 1001, 0)), -710); // ≤ original, > remaining
    verifyInvariant(*ledger.find(p.tid));
}

void TestSimLedger::cancelAvailableMismatchCodeIsConfigurable()
{
    SimLedger ledger(&m_clock, 1);
    const SimPayment p = paid(ledger);
    SimCancelRequest c = cancelRequest(p, 1000, 0);
    c.hasAvailable = true;
    c.cancelAvailable = Won(11000);
    QCOMPARE(cancelCode(ledger, c), -722);
    ledger.setCancelAvailableMismatchCode(-710);
    QCOMPARE(cancelCode(ledger, c), -710);
    c.cancelAvailable = Won(12000);
    QCOMPARE(cancelCode(ledger, c), 0);
}

void TestSimLedger::greenDepositForbidsPartialCancel()
{
    SimLedger ledger(&m_clock, 1);
    const SimPayment p = paid(ledger, Won(12000), Won(0), Won(1000));
    QCOMPARE(p.amount.greenDeposit, Won(1000));
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 5000, 0)), -722);
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 12000, 0)), 0);
    QCOMPARE(ledger.find(p.tid)->canceled.greenDeposit, Won(1000));
    verifyInvariant(*ledger.find(p.tid));
}

void TestSimLedger::stateJsonRoundTrip()
{
    SimLedger ledger(&m_clock, 1);
    const SimPayment p = paid(ledger, Won(11000), Won(1000));
    QCOMPARE(cancelCode(ledger, cancelRequest(p, 3000, 500)), 0);
    const QString pending = ledger.ready(readyRequest()).tid;

    SimLedger restored(&m_clock, 2);
    restored.loadStateJson(ledger.toStateJson());
    QCOMPARE(restored.payments().size(), 2);
    QCOMPARE(restored.find(p.tid)->orderJson(), ledger.find(p.tid)->orderJson());
    QCOMPARE(restored.find(pending)->expiresAt, ledger.find(pending)->expiresAt);
    QCOMPARE(restored.find(p.tid)->itemName, QStringLiteral("아메리카노 외 1건"));
    // It goes on where it stopped.
    QCOMPARE(cancelCode(restored, cancelRequest(p, 8000, 500)), 0);
    QCOMPARE(restored.find(p.tid)->status, SimStatus::Cancel);
}

QTEST_GUILESS_MAIN(TestSimLedger)
#include "tst_simledger.moc"
