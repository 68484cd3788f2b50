#include "ClientWait.h"
#include "SimHarness.h"
#include "core/TimeZones.h"
#include "kakaopay/JsonFields.h"

#include <QTest>
#include <QTimeZone>

using namespace KakaoPay;

// KakaoPay writes its times in Korea time without an offset. This suite runs with the process in
// New York's zone (TZ=America/New_York, set by CMake): what PayDesk reads must be the same
// instant as in Seoul, and the simulator must write what KakaoPay writes.
class TestKoreaTime : public QObject
{
    Q_OBJECT

private slots:
    void runsOutsideKorea()
    {
        // The premise of every case here: the PC is not on Korea time.
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("America/New_York"));
        QVERIFY(TimeZones::korea().isValid());
        QCOMPARE(TimeZones::korea().offsetFromUtc(QDateTime::currentDateTimeUtc()), 9 * 3600);
    }

    void kakaoPayTimesAreKoreaTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("plain") << "2025-03-14T15:30:12" << utc(2025, 3, 14, 6, 30, 12);
        QTest::newRow("past midnight in Seoul")
            << "2025-03-15T00:30:00" << utc(2025, 3, 14, 15, 30, 0);
        // 02:30 does not exist in New York that day (clocks go 02:00 -> 03:00): read as local
        // time first, it would be moved or lost.
        QTest::newRow("New York's DST gap") << "2025-03-09T02:30:00" << utc(2025, 3, 8, 17, 30, 0);
        QTest::newRow("New York's repeated hour")
            << "2025-11-02T01:30:00" << utc(2025, 11, 1, 16, 30, 0);
        QTest::newRow("milliseconds")
            << "2025-03-14T15:30:12.250" << utc(2025, 3, 14, 6, 30, 12, 250);
        QTest::newRow("space") << "2025-03-14 15:30:12" << utc(2025, 3, 14, 6, 30, 12);
        QTest::newRow("offset given wins")
            << "2025-03-14T15:30:12+01:00" << utc(2025, 3, 14, 14, 30, 12);
        QTest::newRow("UTC given wins") << "2025-03-14T15:30:12Z" << utc(2025, 3, 14, 15, 30, 12);
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("no such day") << "2025-02-30T10:00:00" << QDateTime();
        QTest::newRow("no such hour") << "2025-03-14T25:00:00" << QDateTime();
    }
    void kakaoPayTimesAreKoreaTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const QDateTime read = timeFromKakaoPay(text);
        QCOMPARE(read.isValid(), utc.isValid());
        if (utc.isValid())
            QCOMPARE(read.toUTC(), utc);
        // Through the answer decoder's field reader too.
        JsonFields fields(QJsonObject{{QStringLiteral("approved_at"), text}});
        QCOMPARE(fields.dateTime("approved_at").toUTC(), read.toUTC());
        QVERIFY(fields.ok());
    }

    void simulatorWritesKoreaTime()
    {
        SimHarness sim;
        QVERIFY(sim.listening());
        auto client = sim.client(ApiGeneration::Current);
        ReadyRequest ready;
        ready.partnerOrderId = QStringLiteral("ORD-KST");
        ready.partnerUserId = QStringLiteral("counter-1");
        ready.itemName = QStringLiteral("라떼");
        ready.quantity = 1;
        ready.totalAmount = Won(4500);
        ready.approvalUrl = QStringLiteral("http://127.0.0.1:9/a");
        ready.cancelUrl = QStringLiteral("http://127.0.0.1:9/c");
        ready.failUrl = QStringLiteral("http://127.0.0.1:9/f");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const auto r = ClientWait::ready(*client, ready);
        QVERIFY(r && r->ok());
        ApproveRequest approve;
        approve.tid = r->value.tid;
        approve.partnerOrderId = ready.partnerOrderId;
        approve.partnerUserId = ready.partnerUserId;
        approve.pgToken = sim.buyerApproves(approve.tid);
        const auto a = ClientWait::approve(*client, approve);
        QVERIFY(a && a->ok());
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);
        // The text on the wire is Korea's wall clock ...
        const QString wire = QJsonDocument::fromJson(a->body)
                                 .object()
                                 .value(QStringLiteral("approved_at"))
                                 .toString();
        const QDateTime seoulNow = QDateTime::currentDateTimeUtc().toTimeZone(TimeZones::korea());
        const QDateTime seoulWall(seoulNow.date(), seoulNow.time(), Qt::UTC);   // wall clocks,
        const QDateTime wireWall(QDate::fromString(wire.left(10), Qt::ISODate), // compared as is
                                 QTime::fromString(wire.mid(11, 8), Qt::ISODate), Qt::UTC);
        QVERIFY2(wireWall.isValid() && qAbs(wireWall.secsTo(seoulWall)) < 10, qPrintable(wire));
        // ... and what the client read is now, not now ± 14 hours.
        QVERIFY2(a->value.approvedAt >= before && a->value.approvedAt <= after,
                 qPrintable(a->value.approvedAt.toUTC().toString(Qt::ISODate)));
    }
};

QTEST_GUILESS_MAIN(TestKoreaTime)
#include "tst_koreatime.moc"
