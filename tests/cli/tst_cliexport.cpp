#include "CliProcess.h"
#include "ImmutableFile.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/JournalLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtTest>

namespace {
const QTimeZone kSeoul("Asia/Seoul");

QDateTime seoul(int month, int day, int h, int m, int s)
{
    return QDateTime(QDate(2025, month, day), QTime(h, m, s), kSeoul);
}

// An RFC 4180 reader: records of fields, quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}
} // namespace

// `paydesk-cli export` on a journal made here: sales, a partial refund, a training payment,
// payments that are not money (failed, still in doubt), and sales on both sides of each bound.
class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void csvRowsAndOrder();
    void csvQuotingRoundTrips();
    void jsonArray();
    void trainingIncludedOnlyWhenAsked();
    void byteOrderMarkAndOutputFile();
    void inDoubtWarned();
    void defaultLocations();
    void journalLocationKeepsCallerNames();
    void emptyPeriod();
    void badInput_data();
    void badInput();
    void missingJournal();
    void sameExportInAnyProcessZone();
    void daysAndTimesAreTheShopsZone();
    void exportFileIsOwnerOnly();
    void otherFilesAreNeverMovedOrChanged_data();
    void otherFilesAreNeverMovedOrChanged();
    void journalIsOnlyRead();

private:
    static PaymentRecord sale(const QString &id, const QDateTime &createdAt,
                              const QDateTime &approvedAt, const QString &item, Won total,
                              Won taxFree);
    void makeJournal(const QString &path, bool training);
    CliRun exportRun(const QStringList &extra, const QString &database = {});

    QTemporaryDir m_home;
    QString m_db;
    const QString m_quoteName = QStringLiteral("Cookies, \"large\"\r\n쿠키 세트");
};

PaymentRecord TestCliExport::sale(const QString &id, const QDateTime &createdAt,
                                  const QDateTime &approvedAt, const QString &item, Won total,
                                  Won taxFree)
{
    PaymentRecord r;
    r.partnerOrderId = id;
    r.partnerUserId = QStringLiteral("POS1");
    r.itemName = item;
    r.quantity = 2;
    r.totals.total = total;
    r.totals.taxFree = taxFree;
    r.totals.vat = Won::vatOf(total, taxFree);
    r.createdAt = createdAt;
    r.expiresAt = createdAt.addSecs(900);
    r.state = PaymentState::Approved;
    r.tid = QStringLiteral("T-") + id;
    r.aid = QStringLiteral("A-") + id;
    r.approvedAt = approvedAt;
    r.paymentMethodType = QStringLiteral("CARD");
    return r;
}

void TestCliExport::makeJournal(const QString &path, bool training)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.error().detail));
    ManualClock clock(seoul(4, 2, 10, 0, 0));
    Journal journal(&db, &clock);
    QList<PaymentRecord> records;
    if (training) {
        PaymentRecord t = sale(QStringLiteral("TR-1"), seoul(3, 5, 9, 0, 0), seoul(3, 5, 9, 1, 0),
                               QStringLiteral("연습 상품"), Won(1000), Won(0));
        t.training = true;
        records << t;
    } else {
        records << sale(QStringLiteral("PD-before"), seoul(2, 28, 23, 50, 0),
                        seoul(2, 28, 23, 59, 59), QStringLiteral("before"), Won(1100), Won(0));
        // Started the evening before, approved on the first second of the period.
        records << sale(QStringLiteral("PD-first"), seoul(2, 28, 23, 58, 0), seoul(3, 1, 0, 0, 0),
                        QStringLiteral("아메리카노"), Won(9000), Won(0));
        PaymentRecord quote = sale(QStringLiteral("PD-quote"), seoul(3, 10, 11, 58, 0),
                                   seoul(3, 10, 12, 0, 0), m_quoteName, Won(15880), Won(2980));
        quote.paymentMethodType = QStringLiteral("MONEY");
        records << quote;
        PaymentRecord t = sale(QStringLiteral("PD-training"), seoul(3, 15, 9, 0, 0),
                               seoul(3, 15, 9, 1, 0), QStringLiteral("연습"), Won(5000), Won(0));
        t.training = true;
        records << t;
        PaymentRecord failed = sale(QStringLiteral("PD-failed"), seoul(3, 12, 9, 0, 0), {},
                                    QStringLiteral("failed"), Won(3000), Won(0));
        failed.state = PaymentState::Failed;
        failed.aid.clear();
        records << failed;
        PaymentRecord doubt = sale(QStringLiteral("PD-doubt"), seoul(3, 20, 9, 0, 0), {},
                                   QStringLiteral("doubt"), Won(3000), Won(0));
        doubt.state = PaymentState::Approving;
        doubt.aid.clear();
        records << doubt;
        records << sale(QStringLiteral("PD-last"), seoul(3, 31, 23, 50, 0),
                        seoul(3, 31, 23, 59, 59), QStringLiteral("=SUM(A1:A9)"), Won(2200), Won(0));
        records << sale(QStringLiteral("PD-after"), seoul(3, 31, 23, 59, 0), seoul(4, 1, 0, 0, 0),
                        QStringLiteral("after"), Won(3300), Won(0));
    }
    for (const PaymentRecord &r : records)
        QVERIFY(journal.record(r, QStringLiteral("approved")));
    if (!training) {
        const AmountSplit part{Won(3000), Won(0), Won(273)};
        const qint64 id = journal.beginRefund(QStringLiteral("PD-quote"), part,
                                              QStringLiteral("김민지"), QStringLiteral("변심"));
        QVERIFY(id > 0);
        QVERIFY(
            journal.completeRefund(id, QStringLiteral("A-cancel"), part, seoul(3, 11, 9, 30, 0)));
    }
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_db = m_home.filePath(QStringLiteral("journal.sqlite"));
    makeJournal(m_db, false);
}

CliRun TestCliExport::exportRun(const QStringList &extra, const QString &database)
{
    QStringList arguments{QStringLiteral("export"), QStringLiteral("--from"),
                          QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                          QStringLiteral("2025-03-31")};
    if (database != QLatin1String("-"))
        arguments << QStringLiteral("--database") << (database.isEmpty() ? m_db : database);
    // The accountant has no KakaoPay key: export must not need one.
    return runCli(m_home.path(), arguments + extra, QString());
}

void TestCliExport::csvRowsAndOrder()
{
    const CliRun r = exportRun({});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.first(),
             QByteArray("type,date_time,order_id,tid,aid,state,method,item_name,quantity,total,"
                        "taxable,tax_free,vat,training\r"));
    // Oldest first; both bounds included; the refund is its own row with negative amounts.
    const QList<QStringList> records = parseCsv(r.out);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[1].join(u','),
             QStringLiteral("sale,2025-03-01 00:00:00,PD-first,T-PD-first,A-PD-first,approved,"
                            "CARD,아메리카노,2,9000,8182,0,818,0"));
    QCOMPARE(records[2][2], QStringLiteral("PD-quote"));
    QCOMPARE(records[2].mid(9), (QStringList{"15880", "11727", "2980", "1173", "0"}));
    QCOMPARE(records[2][5], QStringLiteral("part_refunded"));
    QCOMPARE(records[3].join(u'|'),
             QStringLiteral("refund|2025-03-11 09:30:00|PD-quote|T-PD-quote|A-cancel|done|MONEY|") +
                 m_quoteName + QStringLiteral("||-3000|-2727|0|-273|0"));
    QCOMPARE(records[4][1], QStringLiteral("2025-03-31 23:59:59"));
    // A cell a spreadsheet would run as a formula stays text.
    QCOMPARE(records[4][7], QStringLiteral("'=SUM(A1:A9)"));
    QCOMPARE(records.size(), 5); // not: before, after, failed, in doubt, training
    QVERIFY(!r.out.contains("PD-training"));
    QVERIFY(!r.out.contains("PD-failed"));
    QVERIFY(!r.out.contains("PD-doubt"));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 14);
}

void TestCliExport::csvQuotingRoundTrips()
{
    const CliRun r = exportRun({});
    QCOMPARE(r.exitCode, 0);
    // The raw bytes: quoted, quotes doubled, the line break kept inside the quotes, UTF-8.
    QVERIFY(r.out.contains(
        QStringLiteral("MONEY,\"Cookies, \"\"large\"\"\r\n쿠키 세트\",2,15880,").toUtf8()));
    const QList<QStringList> records = parseCsv(r.out);
    QCOMPARE(records[2][7], m_quoteName);
}

void TestCliExport::jsonArray()
{
    const CliRun r = exportRun({QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows[0].toObject();
    QCOMPARE(first.value("type").toString(), QStringLiteral("sale"));
    QCOMPARE(first.value("date_time").toString(), QStringLiteral("2025-03-01T00:00:00+09:00"));
    QCOMPARE(first.value("item_name").toString(), QStringLiteral("아메리카노"));
    QCOMPARE(first.value("quantity").toInteger(), 2);
    QCOMPARE(first.value("total").toInteger(), 9000);
    QCOMPARE(first.value("taxable").toInteger(), 8182);
    QCOMPARE(first.value("vat").toInteger(), 818);
    QCOMPARE(first.value("training").toBool(true), false);
    QCOMPARE(rows[1].toObject().value("item_name").toString(), m_quoteName);
    const QJsonObject refund = rows[2].toObject();
    QCOMPARE(refund.value("type").toString(), QStringLiteral("refund"));
    QCOMPARE(refund.value("order_id").toString(), QStringLiteral("PD-quote"));
    QCOMPARE(refund.value("aid").toString(), QStringLiteral("A-cancel"));
    QCOMPARE(refund.value("total").toInteger(), -3000);
    QCOMPARE(refund.value("tax_free").toInteger(), 0);
    QCOMPARE(refund.value("vat").toInteger(), -273);
    QVERIFY(refund.value("quantity").isNull());
    // JSON keeps texts as they are: no spreadsheet guard.
    QCOMPARE(rows[3].toObject().value("item_name").toString(), QStringLiteral("=SUM(A1:A9)"));
    qint64 net = 0;
    for (const QJsonValue &row : rows)
        net += row.toObject().value("total").toInteger();
    QCOMPARE(net, 9000 + 15880 - 3000 + 2200);
}

void TestCliExport::trainingIncludedOnlyWhenAsked()
{
    const CliRun r = exportRun({QStringLiteral("--include-training")});
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> records = parseCsv(r.out);
    QCOMPARE(records.size(), 6);
    QCOMPARE(records[4][2], QStringLiteral("PD-training"));
    QCOMPARE(records[4][13], QStringLiteral("1"));
}

void TestCliExport::byteOrderMarkAndOutputFile()
{
    const CliRun plain = exportRun({});
    QVERIFY(plain.out.startsWith("type,"));
    const CliRun bom = exportRun({QStringLiteral("--bom")});
    QCOMPARE(bom.exitCode, 0);
    QVERIFY(bom.out.startsWith("\xEF\xBB\xBFtype,"));
    QCOMPARE(bom.out.mid(3), plain.out);

    const QString file = m_home.filePath(QStringLiteral("out/march.csv"));
    QDir().mkpath(QFileInfo(file).absolutePath());
    const CliRun toFile = exportRun({QStringLiteral("--output"), file});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), plain.out);
    // No temporary file left beside it.
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files).size(), 1);

    const CliRun noFolder =
        exportRun({QStringLiteral("--output"), m_home.filePath(QStringLiteral("none/x.csv"))});
    QCOMPARE(noFolder.exitCode, 1);
    QVERIFY2(noFolder.err.startsWith("error: export "), noFolder.err.constData());
}

void TestCliExport::inDoubtWarned()
{
    const CliRun r = exportRun({});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.startsWith("warning: 1 payment(s) and 0 refund(s)"), r.err.constData());
    QVERIFY(r.err.contains("reconcile"));
}

void TestCliExport::defaultLocations()
{
    // Where the app keeps its journals (XDG_DATA_HOME/PayDesk/PayDesk on Linux).
    const QString dir = m_home.filePath(QStringLiteral("data/PayDesk/PayDesk"));
    makeJournal(dir + QStringLiteral("/paydesk.sqlite"), false);
    makeJournal(dir + QStringLiteral("/paydesk-training.sqlite"), true);

    const CliRun real = exportRun({}, QStringLiteral("-"));
    QVERIFY2(real.exitCode == 0, real.err.constData());
    QCOMPARE(parseCsv(real.out).size(), 5);
    QVERIFY(real.out.contains("PD-first"));

    const CliRun training = exportRun({QStringLiteral("--training")}, QStringLiteral("-"));
    QVERIFY2(training.exitCode == 0, training.err.constData());
    const QList<QStringList> records = parseCsv(training.out);
    QCOMPARE(records.size(), 2); // --training implies --include-training
    QCOMPARE(records[1][2], QStringLiteral("TR-1"));
    QCOMPARE(records[1][7], QStringLiteral("연습 상품"));
}

void TestCliExport::journalLocationKeepsCallerNames()
{
    // The app's folder, asked from a program with other names, which it keeps.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-cli"));
    const QString dir = JournalLocation::directory();
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("paydesk-cli"));
    QVERIFY(QCoreApplication::organizationName().isEmpty());
    QVERIFY2(dir.endsWith(QStringLiteral("/PayDesk/PayDesk")), qPrintable(dir));
    QCOMPARE(JournalLocation::path(JournalLocation::Kind::Training),
             dir + QStringLiteral("/paydesk-training.sqlite"));

    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCOMPARE(JournalLocation::directory(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QCOMPARE(JournalLocation::path(JournalLocation::Kind::Real),
             dir + QStringLiteral("/paydesk.sqlite"));
}

void TestCliExport::emptyPeriod()
{
    const CliRun csv = runCli(
        m_home.path(), {QStringLiteral("export"), QStringLiteral("--from=2024-01-01"),
                        QStringLiteral("--to=2024-01-31"), QStringLiteral("--database"), m_db});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(parseCsv(csv.out).size(), 1); // the header
    QVERIFY(csv.err.isEmpty());
    const CliRun json =
        runCli(m_home.path(), {QStringLiteral("export"), QStringLiteral("--from=2024-01-01"),
                               QStringLiteral("--to=2024-01-01"), QStringLiteral("--format=json"),
                               QStringLiteral("--database"), m_db});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(json.out).isArray());
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no from") << QStringList{"export", "--to", "2025-03-01"} << "--from";
    QTest::newRow("no to") << QStringList{"export", "--from", "2025-03-01"} << "--to";
    QTest::newRow("not a day") << QStringList{"export", "--from", "2025-02-30", "--to",
                                              "2025-03-01"}
                               << "--from";
    QTest::newRow("other shape") << QStringList{"export", "--from", "1.3.2025", "--to",
                                                "2025-03-01"}
                                 << "--from";
    QTest::newRow("reversed") << QStringList{"export", "--from", "2025-03-02", "--to", "2025-03-01"}
                              << "--to";
    QTest::newRow("format") << QStringList{"export",     "--from",   "2025-03-01", "--to",
                                           "2025-03-01", "--format", "xml"}
                            << "--format";
    QTest::newRow("bom with json") << QStringList{"export",     "--from",   "2025-03-01", "--to",
                                                  "2025-03-01", "--format", "json",       "--bom"}
                                   << "--bom";
    QTest::newRow("database and training")
        << QStringList{"export",     "--from",     "2025-03-01", "--to",
                       "2025-03-01", "--database", "x",          "--training"}
        << "--training";
}

void TestCliExport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun r = runCli(m_home.path(), arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliExport::missingJournal()
{
    const QString path = m_home.filePath(QStringLiteral("nothing-here.sqlite"));
    const CliRun r = exportRun({}, path);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("error: journal "), r.err.constData());
    QVERIFY(!QFileInfo::exists(path)); // never created by a typo
}

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

unsigned modeOf(const QString &path)
{
    return unsigned(QFile::permissions(path) &
                    (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                     QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                     QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
}
} // namespace

void TestCliExport::sameExportInAnyProcessZone()
{
    // The PC set to New York time: the days and times are still the shop's (Seoul by default).
    const CliRun seoulRun = exportRun({});
    CliEnvironment newYork;
    newYork.key.clear();
    newYork.timeZone = QStringLiteral("America/New_York");
    const QStringList arguments{QStringLiteral("export"),
                                QStringLiteral("--from"),
                                QStringLiteral("2025-03-01"),
                                QStringLiteral("--to"),
                                QStringLiteral("2025-03-31"),
                                QStringLiteral("--database"),
                                m_db};
    const CliRun csv = runCli(m_home.path(), arguments, newYork);
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QCOMPARE(csv.out, seoulRun.out);
    QVERIFY(csv.out.contains("sale,2025-03-01 00:00:00,PD-first"));
    const CliRun json =
        runCli(m_home.path(), arguments + QStringList{QStringLiteral("--format=json")}, newYork);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().at(0).toObject().value("date_time"),
             QStringLiteral("2025-03-01T00:00:00+09:00"));
}

void TestCliExport::daysAndTimesAreTheShopsZone()
{
    // A shop in New York (the setting), on a PC in Seoul: its March is New York's March.
    const QString conf = m_home.filePath(QStringLiteral("config/PayDesk/PayDesk.conf"));
    QDir().mkpath(QFileInfo(conf).absolutePath());
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[shop]\ntimeZone=America/New_York\n");
    file.close();
    const CliRun r = exportRun({});
    QFile::remove(conf);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QStringList> records = parseCsv(r.out);
    QStringList ids;
    for (const QStringList &record : records.mid(1))
        ids << record[2] + u'@' + record[1];
    // PD-first, approved at 00:00 on 1 March in Seoul, was 28 February (10:00) in New York;
    // PD-after, 00:00 on 1 April in Seoul, was still 31 March there (11:00, daylight time).
    QCOMPARE(ids, (QStringList{"PD-quote@2025-03-09 23:00:00", "PD-quote@2025-03-10 20:30:00",
                               "PD-last@2025-03-31 10:59:59", "PD-after@2025-03-31 11:00:00"}));
}

void TestCliExport::exportFileIsOwnerOnly()
{
    // Also when it replaces a file others could read.
    const QString path = m_home.filePath(QStringLiteral("shared.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const CliRun r = exportRun({QStringLiteral("--output"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(modeOf(path), unsigned(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString fresh = m_home.filePath(QStringLiteral("fresh.csv"));
    QCOMPARE(exportRun({QStringLiteral("--output"), fresh}).exitCode, 0);
    QCOMPARE(modeOf(fresh), unsigned(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestCliExport::otherFilesAreNeverMovedOrChanged_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << QStringLiteral("export");
    QTest::newRow("reconcile") << QStringLiteral("reconcile");
}

void TestCliExport::otherFilesAreNeverMovedOrChanged()
{
    QFETCH(QString, command);
    const QString folder = m_home.filePath(QStringLiteral("user-files-") + command);
    QVERIFY(QDir().mkpath(folder));
    // A text file, and another program's SQLite database.
    const QString notes = QDir(folder).filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Buy milk.\nCall the landlord.\n");
    text.close();
    const QString other = QDir(folder).filePath(QStringLiteral("contacts.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), command);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE people (name TEXT)")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO people VALUES ('Kim')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(command);
    const QStringList before = QDir(folder).entryList(QDir::Files);
    for (const QString &path : {notes, other}) {
        const QByteArray hash = fileHash(path);
        QStringList arguments{command, QStringLiteral("--database"), path};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("--from=2025-03-01") << QStringLiteral("--to=2025-03-31");
        else
            arguments << QStringLiteral("--base-url") << QStringLiteral("http://127.0.0.1:9");
        const CliRun r = runCli(m_home.path(), arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("error: journal "), r.err.constData());
        QVERIFY2(r.err.contains("left as it is"), r.err.constData());
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QDir(folder).entryList(QDir::Files), before); // no .corrupt-DATE, no -wal
    }
}

void TestCliExport::journalIsOnlyRead()
{
    // An export changes nothing in the journal, not even its header: it reads a journal no one
    // may write (root included: immutable).
    const QString path = m_home.filePath(QStringLiteral("readonly/journal.sqlite"));
    const QString folder = QFileInfo(path).absolutePath();
    makeJournal(path, false);
    const QByteArray hash = fileHash(path);
    const QStringList before = QDir(folder).entryList(QDir::Files);
    QCOMPARE(before, QStringList{QStringLiteral("journal.sqlite")});
    if (!setImmutable(path, true))
        QSKIP("this file system cannot make a file immutable");
    CliRun r = exportRun({}, path);
    setImmutable(path, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(parseCsv(r.out).size(), 5);
    QCOMPARE(fileHash(path), hash);
    // SQLite's own side files for reading a WAL journal may appear; they hold nothing.
    for (const QString &file : QDir(folder).entryList(QDir::Files)) {
        QVERIFY2(before.contains(file) || file.endsWith(QLatin1String("-shm")) ||
                     (file.endsWith(QLatin1String("-wal")) &&
                      QFileInfo(QDir(folder).filePath(file)).size() == 0),
                 qPrintable(file));
        if (!before.contains(file))
            QVERIFY(QFile::remove(QDir(folder).filePath(file)));
    }

    // In a folder no one may write to (a backup, read-only media): read as it is, nothing made.
    QVERIFY(setImmutable(folder, true));
    r = exportRun({}, path);
    const QStringList after = QDir(folder).entryList(QDir::Files);
    setImmutable(folder, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(parseCsv(r.out).size(), 5);
    QCOMPARE(after, before);
    QCOMPARE(fileHash(path), hash);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
