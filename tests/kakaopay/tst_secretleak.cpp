#include "ClientWait.h"
#include "SimHarness.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace KakaoPay;

namespace {

const QString kKey = QStringLiteral("DEVLEAKCHECK0a1b2c3d4e5f60718293a4b5c6d7e8");
const QString kWrongKey = QStringLiteral("PRDWRONGKEY99887766554433221100ffeeddcc");

QMutex g_mutex;
QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_messages << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

} // namespace

// Everything a flow can write down (log lines, error texts, bodies kept for the CLI) must be
// free of the secret key, whatever happens on the way.
class TestSecretLeak : public QObject
{
    Q_OBJECT

    QStringList m_texts;

    template <typename R> void keep(const std::optional<Result<R>> &r)
    {
        QVERIFY(r.has_value());
        m_texts << QString::fromUtf8(r->body) << r->error.userMessage() << r->error.logText()
                << r->error.serverMessage() << r->error.methodResultMessage();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*=true"));
        qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void wholeFlowLeaksNothing_data()
    {
        QTest::addColumn<int>("generation");
        QTest::newRow("current") << int(ApiGeneration::Current);
        QTest::newRow("legacy") << int(ApiGeneration::Legacy);
    }
    void wholeFlowLeaksNothing()
    {
        QFETCH(int, generation);
        SimConfig config = SimHarness::defaultConfig();
        config.keys = {kKey};
        SimHarness sim(config);
        QVERIFY(sim.listening());
        auto client = sim.client(ApiGeneration(generation), kKey, 500);

        ReadyRequest ready;
        ready.partnerOrderId = QStringLiteral("ORD-LEAK");
        ready.partnerUserId = QStringLiteral("counter-1");
        ready.itemName = QStringLiteral("카페라떼");
        ready.quantity = 1;
        ready.totalAmount = Won(4500);
        ready.approvalUrl = QStringLiteral("http://127.0.0.1:9/a");
        ready.cancelUrl = QStringLiteral("http://127.0.0.1:9/c");
        ready.failUrl = QStringLiteral("http://127.0.0.1:9/f");
        const auto r = ClientWait::ready(*client, ready);
        keep(r);
        QVERIFY(r->ok());
        const QString tid = r->value.tid;

        ApproveRequest approve;
        approve.tid = tid;
        approve.partnerOrderId = ready.partnerOrderId;
        approve.partnerUserId = ready.partnerUserId;
        approve.pgToken = QStringLiteral("wrongtoken");
        keep(ClientWait::approve(*client, approve)); // -701
        approve.pgToken = sim.buyerApproves(tid);
        sim.fault(QStringLiteral("approve"), SimFault::Kind::Error780, 0, QStringLiteral("X"),
                  QStringLiteral("거절"));
        keep(ClientWait::approve(*client, approve));
        keep(ClientWait::order(*client, tid));

        const auto r2 = ClientWait::ready(*client, ready);
        keep(r2);
        approve.tid = r2->value.tid;
        approve.pgToken = sim.buyerApproves(approve.tid);
        sim.fault(QStringLiteral("approve"), SimFault::Kind::CommitDrop);
        keep(ClientWait::approve(*client, approve));
        keep(ClientWait::approve(*client, approve)); // -702
        CancelRequest cancel;
        cancel.tid = approve.tid;
        cancel.cancelAmount = Won(1000);
        keep(ClientWait::cancel(*client, cancel));
        sim.fault(QStringLiteral("cancel"), SimFault::Kind::Delay, 1000);
        keep(ClientWait::cancel(*client, cancel)); // timeout
        sim.fault(QStringLiteral("order"), SimFault::Kind::Close);
        keep(ClientWait::order(*client, approve.tid));
        keep(ClientWait::order(*client, approve.tid));

        auto wrong = sim.client(ApiGeneration(generation), kWrongKey);
        keep(ClientWait::order(*wrong, tid)); // 401
        QTest::qWait(700);                    // the delayed answer arrives and is dropped

        QMutexLocker lock(&g_mutex);
        QVERIFY(g_messages.size() >= 10);
        QVERIFY(g_messages.join(u'\n').contains(QStringLiteral("paydesk.kakaopay")));
        const QStringList all = g_messages + m_texts;
        for (const QString &text : all) {
            QVERIFY2(!text.contains(kKey), qPrintable(text));
            QVERIFY2(!text.contains(kWrongKey), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Authorization:"), Qt::CaseInsensitive),
                     qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
