#include "ClientWait.h"
#include "SimHarness.h"
#include "kakaopay/Meaning.h"

#include <QTest>

using namespace KakaoPay;

namespace {

const QString kItem = QStringLiteral("아이스 아메리카노 외 1건");

ReadyRequest readyFor(const QString &orderId, Won total = Won(11000), Won taxFree = Won(1000))
{
    ReadyRequest r;
    r.partnerOrderId = orderId;
    r.partnerUserId = QStringLiteral("counter-1");
    r.itemName = kItem;
    r.quantity = 2;
    r.totalAmount = total;
    r.taxFreeAmount = taxFree;
    r.approvalUrl = QStringLiteral("http://127.0.0.1:9/approve?order=") + orderId;
    r.cancelUrl = QStringLiteral("http://127.0.0.1:9/cancel?order=") + orderId;
    r.failUrl = QStringLiteral("http://127.0.0.1:9/fail?order=") + orderId;
    return r;
}

ApproveRequest approveFor(const QString &tid, const QString &orderId, const QString &token)
{
    ApproveRequest a;
    a.tid = tid;
    a.partnerOrderId = orderId;
    a.partnerUserId = QStringLiteral("counter-1");
    a.pgToken = token;
    return a;
}

CancelRequest cancelOf(const QString &tid, Won amount, Won taxFree = Won(0))
{
    CancelRequest c;
    c.tid = tid;
    c.cancelAmount = amount;
    c.cancelTaxFreeAmount = taxFree;
    return c;
}

bool sameAmount(const Amount &a, const Amount &b)
{
    return a.total == b.total && a.taxFree == b.taxFree && a.vat == b.vat && a.point == b.point &&
           a.discount == b.discount && a.greenDeposit == b.greenDeposit;
}

Amount sum(const Amount &a, const Amount &b)
{
    return {a.total + b.total, a.taxFree + b.taxFree,   a.vat + b.vat,
            a.point + b.point, a.discount + b.discount, a.greenDeposit + b.greenDeposit};
}

} // namespace

class TestKakaoPayClientSim : public QObject
{
    Q_OBJECT

private:
    // ready + buyer approval + approve; the tid, or empty after a failed QVERIFY.
    QString paid(SimHarness &sim, Client &client, const QString &orderId)
    {
        const auto ready = ClientWait::ready(client, readyFor(orderId));
        if (!ready || !ready->ok())
            return {};
        const QString token = sim.buyerApproves(ready->value.tid);
        const auto approved =
            ClientWait::approve(client, approveFor(ready->value.tid, orderId, token));
        return approved && approved->ok() ? ready->value.tid : QString();
    }

    void generations()
    {
        QTest::addColumn<int>("generation");
        QTest::newRow("current") << int(ApiGeneration::Current);
        QTest::newRow("legacy") << int(ApiGeneration::Legacy);
    }

private slots:
    void fullFlow_data() { generations(); }
    void fullFlow()
    {
        QFETCH(int, generation);
        SimHarness sim;
        QVERIFY(sim.listening());
        auto client = sim.client(ApiGeneration(generation));

        const auto ready = ClientWait::ready(*client, readyFor(QStringLiteral("ORD-FLOW")));
        QVERIFY(ready);
        QVERIFY2(ready->ok(), qPrintable(ready->error.logText()));
        const QString tid = ready->value.tid;
        QCOMPARE(tid.size(), 20);
        QVERIFY(tid.startsWith(u'T'));
        QVERIFY(ready->value.nextRedirectPcUrl.startsWith(sim.url()));
        QVERIFY(ready->value.createdAt.isValid());

        const auto waiting = ClientWait::order(*client, tid);
        QVERIFY(waiting && waiting->ok());
        QCOMPARE(waiting->value.status, QStringLiteral("READY"));
        QCOMPARE(paymentStatusOf(waiting->value.status), PaymentStatus::Waiting);

        const QString token = sim.buyerApproves(tid);
        QCOMPARE(token.size(), 20);
        const auto approved =
            ClientWait::approve(*client, approveFor(tid, QStringLiteral("ORD-FLOW"), token));
        QVERIFY(approved);
        QVERIFY2(approved->ok(), qPrintable(approved->error.logText()));
        QCOMPARE(approved->value.tid, tid);
        QVERIFY(approved->value.aid.startsWith(u'A'));
        QCOMPARE(approved->value.amount.total, Won(11000));
        QCOMPARE(approved->value.amount.taxFree, Won(1000));
        QCOMPARE(approved->value.amount.vat, Won::vatOf(Won(11000), Won(1000)));
        QCOMPARE(approved->value.paymentMethodType, QStringLiteral("CARD"));
        QVERIFY(approved->value.cardInfo.has_value());
        QCOMPARE(approved->value.itemName, kItem);
        QVERIFY(approved->value.approvedAt.isValid());

        const auto first = ClientWait::cancel(*client, cancelOf(tid, Won(3000)));
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->error.logText()));
        QCOMPARE(first->value.status, QStringLiteral("PART_CANCEL_PAYMENT"));
        QCOMPARE(first->value.approvedCancelAmount->total, Won(3000));
        QCOMPARE(first->value.canceledAmount->total, Won(3000));
        QCOMPARE(first->value.cancelAvailableAmount->total, Won(8000));
        QVERIFY(sameAmount(sum(*first->value.canceledAmount, *first->value.cancelAvailableAmount),
                           first->value.amount));

        CancelRequest second = cancelOf(tid, Won(2000));
        second.cancelAvailableAmount = Won(8000);
        const auto two = ClientWait::cancel(*client, second);
        QVERIFY(two && two->ok());
        QCOMPARE(two->value.status, QStringLiteral("PART_CANCEL_PAYMENT"));
        QCOMPARE(two->value.canceledAmount->total, Won(5000));
        QCOMPARE(two->value.cancelAvailableAmount->total, Won(6000));

        // The last cancel takes exactly what order says is left (§6.4).
        const auto before = ClientWait::order(*client, tid);
        QVERIFY(before && before->ok());
        const Amount left = *before->value.cancelAvailableAmount;
        QCOMPARE(left.total, Won(6000));
        CancelRequest rest = cancelOf(tid, left.total, left.taxFree);
        rest.cancelVatAmount = left.vat;
        rest.cancelAvailableAmount = left.total;
        const auto last = ClientWait::cancel(*client, rest);
        QVERIFY(last);
        QVERIFY2(last->ok(), qPrintable(last->error.logText()));
        QCOMPARE(last->value.status, QStringLiteral("CANCEL_PAYMENT"));
        QCOMPARE(last->value.cancelAvailableAmount->total, Won(0));
        QVERIFY(sameAmount(*last->value.canceledAmount, last->value.amount));

        const auto order = ClientWait::order(*client, tid);
        QVERIFY(order && order->ok());
        const OrderResponse &o = order->value;
        QCOMPARE(o.status, QStringLiteral("CANCEL_PAYMENT"));
        QCOMPARE(o.itemName, kItem);
        QCOMPARE(o.partnerOrderId, QStringLiteral("ORD-FLOW"));
        QCOMPARE(o.quantity, 2);
        QVERIFY(sameAmount(*o.canceledAmount, o.amount));
        QCOMPARE(o.cancelAvailableAmount->total, Won(0));
        QVERIFY(sameAmount(sum(*o.canceledAmount, *o.cancelAvailableAmount), o.amount));
        QVERIFY(o.selectedCardInfo.has_value());
        QCOMPARE(o.paymentActionDetails.size(), 4);
        QCOMPARE(o.paymentActionDetails.first().paymentActionType, QStringLiteral("PAYMENT"));
        QCOMPARE(o.paymentActionDetails.last().paymentActionType, QStringLiteral("CANCEL"));
        QVERIFY(QString::fromUtf8(order->body).contains(kItem));
    }

    void errorsReachTheCaller_data() { generations(); }
    void errorsReachTheCaller()
    {
        QFETCH(int, generation);
        SimHarness sim;
        auto client = sim.client(ApiGeneration(generation));
        auto expectCode = [](const Error &e, int code) {
            return e.kind() == Error::Kind::KakaoPay && e.code() == code && e.httpStatus() >= 400 &&
                   !e.userMessage().isEmpty();
        };

        const auto unknown = ClientWait::order(*client, QStringLiteral("T0000000000000000000"));
        QVERIFY(unknown);
        QVERIFY2(expectCode(unknown->error, -721), qPrintable(unknown->error.logText()));

        const QString orderId = QStringLiteral("ORD-ERR");
        const auto ready = ClientWait::ready(*client, readyFor(orderId));
        QVERIFY(ready && ready->ok());
        const QString tid = ready->value.tid;

        auto early = ClientWait::approve(*client, approveFor(tid, orderId, QStringLiteral("x")));
        QVERIFY(early);
        QVERIFY2(expectCode(early->error, -701), qPrintable(early->error.logText()));
        const auto notPaid = ClientWait::cancel(*client, cancelOf(tid, Won(1000)));
        QVERIFY(notPaid);
        QVERIFY2(expectCode(notPaid->error, -784), qPrintable(notPaid->error.logText()));

        const QString token = sim.buyerApproves(tid);
        ApproveRequest wrong = approveFor(tid, QStringLiteral("ORD-OTHER"), token);
        QVERIFY(expectCode(ClientWait::approve(*client, wrong)->error, -706));
        wrong = approveFor(tid, orderId, token);
        wrong.partnerUserId = QStringLiteral("counter-2");
        QVERIFY(expectCode(ClientWait::approve(*client, wrong)->error, -707));
        wrong = approveFor(tid, orderId, QStringLiteral("0000000000aaaaaaaaaa"));
        QVERIFY(expectCode(ClientWait::approve(*client, wrong)->error, -708));

        QVERIFY(ClientWait::approve(*client, approveFor(tid, orderId, token))->ok());
        const auto twice = ClientWait::approve(*client, approveFor(tid, orderId, token));
        QVERIFY2(expectCode(twice->error, -702), qPrintable(twice->error.logText()));

        QVERIFY(expectCode(ClientWait::cancel(*client, cancelOf(tid, Won(20000)))->error, -711));
        QVERIFY(ClientWait::cancel(*client, cancelOf(tid, Won(3000)))->ok());
        QVERIFY(expectCode(ClientWait::cancel(*client, cancelOf(tid, Won(9000)))->error, -710));

        // Expired before the approve: -723.
        const auto late = ClientWait::ready(*client, readyFor(QStringLiteral("ORD-LATE")));
        QVERIFY(late && late->ok());
        const QString lateToken = sim.buyerApproves(late->value.tid);
        sim.server().advanceClock(16 * 60);
        const auto expired = ClientWait::approve(
            *client, approveFor(late->value.tid, QStringLiteral("ORD-LATE"), lateToken));
        QVERIFY2(expectCode(expired->error, -723), qPrintable(expired->error.logText()));
    }

    void methodFailuresCarryExtras_data() { generations(); }
    void methodFailuresCarryExtras()
    {
        QFETCH(int, generation);
        SimHarness sim;
        auto client = sim.client(ApiGeneration(generation));
        const QString orderId = QStringLiteral("ORD-780");
        const auto ready = ClientWait::ready(*client, readyFor(orderId));
        QVERIFY(ready && ready->ok());
        const QString token = sim.buyerApproves(ready->value.tid);
        const QString why = QStringLiteral("진행중인 거래가 있습니다.");
        sim.fault(QStringLiteral("approve"), SimFault::Kind::Error780, 0,
                  QStringLiteral("USER_LOCKED"), why);
        const auto failed =
            ClientWait::approve(*client, approveFor(ready->value.tid, orderId, token));
        QVERIFY(failed);
        QCOMPARE(failed->error.kind(), Error::Kind::KakaoPay);
        QCOMPARE(failed->error.code(), -780);
        QCOMPARE(failed->error.methodResultCode(), QStringLiteral("USER_LOCKED"));
        QCOMPARE(failed->error.methodResultMessage(), why);
        QVERIFY(failed->error.userMessage().contains(why));
        const auto after = ClientWait::order(*client, ready->value.tid);
        QCOMPARE(after->value.status, QStringLiteral("FAIL_PAYMENT"));

        SimHarness sim2;
        auto client2 = sim2.client(ApiGeneration(generation));
        const QString tid = paid(sim2, *client2, QStringLiteral("ORD-781"));
        QVERIFY(!tid.isEmpty());
        sim2.fault(QStringLiteral("cancel"), SimFault::Kind::Error781, 0, QStringLiteral("6666"),
                   QStringLiteral("원거래없음"));
        const auto refused = ClientWait::cancel(*client2, cancelOf(tid, Won(1000)));
        QCOMPARE(refused->error.code(), -781);
        QCOMPARE(refused->error.methodResultCode(), QStringLiteral("6666"));
        QVERIFY(refused->error.userMessage().contains(QStringLiteral("원거래없음")));
    }

    void wrongKey_data() { generations(); }
    void wrongKey()
    {
        QFETCH(int, generation);
        SimHarness sim;
        auto client = sim.client(ApiGeneration(generation), QStringLiteral("not-the-key"));
        const auto r = ClientWait::order(*client, QStringLiteral("T0000000000000000000"));
        QVERIFY(r);
        QCOMPARE(r->error.httpStatus(), 401);
        QCOMPARE(r->error.code(), -401);
        QVERIFY(r->error.userMessage().contains(QStringLiteral("key")));
        QVERIFY(!r->body.contains("not-the-key"));
    }

    void faults_data() { generations(); }
    void faults()
    {
        QFETCH(int, generation);
        SimHarness sim;
        auto client = sim.client(ApiGeneration(generation), SimHarness::key(), 400);
        const QString orderId = QStringLiteral("ORD-FAULT");
        const auto ready = ClientWait::ready(*client, readyFor(orderId));
        QVERIFY(ready && ready->ok());
        const QString tid = ready->value.tid;

        sim.fault(QStringLiteral("order"), SimFault::Kind::Delay, 1500);
        const auto slow = ClientWait::order(*client, tid);
        QCOMPARE(slow->error.kind(), Error::Kind::Timeout);
        QCOMPARE(meaningOf(slow->error), Meaning::Unanswered);
        QTest::qWait(1200); // let the delayed answer go nowhere

        sim.fault(QStringLiteral("order"), SimFault::Kind::Close);
        const auto closed = ClientWait::order(*client, tid);
        QCOMPARE(closed->error.kind(), Error::Kind::Network);

        sim.fault(QStringLiteral("order"), SimFault::Kind::Http500);
        const auto broken = ClientWait::order(*client, tid);
        // The simulator's 500 carries an error body (code -1): a KakaoPay error, not a bare Http.
        QCOMPARE(broken->error.kind(), Error::Kind::KakaoPay);
        QCOMPARE(broken->error.httpStatus(), 500);
        QCOMPARE(meaningOf(broken->error), Meaning::Unanswered); // whatever code a 5xx carries

        // The approve lands but its answer is lost: not resent, settled by order.
        const QString token = sim.buyerApproves(tid);
        sim.fault(QStringLiteral("approve"), SimFault::Kind::CommitDrop);
        const auto dropped = ClientWait::approve(*client, approveFor(tid, orderId, token));
        QVERIFY(dropped);
        QVERIFY2(meaningOf(dropped->error) == Meaning::Unanswered,
                 qPrintable(dropped->error.logText()));
        const auto settled = ClientWait::order(*client, tid);
        QVERIFY(settled && settled->ok());
        QCOMPARE(settled->value.status, QStringLiteral("SUCCESS_PAYMENT"));
        QCOMPARE(settled->value.paymentActionDetails.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKakaoPayClientSim)
#include "tst_kakaopayclient_sim.moc"
