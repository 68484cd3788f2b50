#include "checkout/OrderIdGenerator.h"
#include "checkout/ReturnUrls.h"
#include "settings/AppSettings.h"
#include "settings/SettingsValidator.h"

#include <QFile>

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

namespace {

SettingsValues validValues()
{
    SettingsValues v;
    v.shopName = QStringLiteral("카페 페이데스크");
    return v;
}

// Every field away from its default, and valid.
SettingsValues changedValues(const QString &catalogPath)
{
    SettingsValues v;
    v.shopName = QStringLiteral("카페 페이데스크, 강남점");
    v.businessNumber = QStringLiteral("1248100998");
    v.shopAddress = QStringLiteral("서울특별시 강남구 테헤란로 1");
    v.apiGeneration = KakaoPay::ApiGeneration::Legacy;
    v.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    v.cid = QStringLiteral("CT12345678");
    v.hasCidSecret = true;
    v.returnUrlBase = QUrl(QStringLiteral("https://shop.example.com/pay"));
    v.requestTimeoutSeconds = 25;
    v.counterId = QStringLiteral("POS-7");
    v.receiptPrinter = QStringLiteral("EPSON TM-T88");
    v.catalogPath = catalogPath;
    v.language = SettingsValues::Language::Korean;
    v.trainingMode = true;
    v.firstRunDone = true;
    v.allowFileSecretFallback = true;
    v.timeZone = QStringLiteral("America/New_York");
    return v;
}

QList<SettingsField> fieldsOf(const SettingsErrors &errors)
{
    QList<SettingsField> fields;
    for (const SettingsError &e : errors)
        fields.append(e.field);
    return fields;
}

QStringList keysOf(const QList<SettingsReset> &resets)
{
    QStringList keys;
    for (const SettingsReset &r : resets)
        keys.append(r.key);
    return keys;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void defaultsOnEmptyFile()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("empty.ini")));
        QVERIFY(settings.load().isEmpty());
        QCOMPARE(settings.values(), SettingsValues());
        QCOMPARE(settings.values().cid, QStringLiteral("TC0ONETIME"));
        QCOMPARE(settings.values().requestTimeoutSeconds, 10);
        QCOMPARE(settings.values().returnUrlBase, QUrl(QStringLiteral("http://localhost/paydesk")));
        QVERIFY(!settings.values().trainingMode);
        QVERIFY(!settings.values().firstRunDone);
        QVERIFY(!settings.values().allowFileSecretFallback);
    }

    void roundTripEveryField()
    {
        const QString catalog = m_dir.filePath(QStringLiteral("catalog.json"));
        QFile f(catalog);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[]");
        f.close();
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        const SettingsValues written = changedValues(catalog);
        {
            AppSettings settings(path);
            settings.setValues(written);
            const auto result = settings.save();
            QVERIFY2(result.ok(),
                     qPrintable(result.invalid.isEmpty() ? result.writeError
                                                         : result.invalid.first().message));
        }
        AppSettings again(path);
        const auto resets = again.load();
        QVERIFY2(resets.isEmpty(),
                 qPrintable(resets.isEmpty() ? QString() : resets.first().message));
        QCOMPARE(again.values(), written);
        // Field by field, so a broken operator== cannot hide a lost value.
        QCOMPARE(again.values().shopName, written.shopName);
        QCOMPARE(again.values().apiGeneration, KakaoPay::ApiGeneration::Legacy);
        QCOMPARE(again.values().language, SettingsValues::Language::Korean);
        QCOMPARE(again.values().requestTimeoutSeconds, 25);
        QCOMPARE(again.values().catalogPath, catalog);
        QVERIFY(again.values().hasCidSecret && again.values().trainingMode &&
                again.values().firstRunDone && again.values().allowFileSecretFallback);

        // Through a QSettings the caller owns, too.
        QSettings qs(path, QSettings::IniFormat);
        AppSettings viaPointer(&qs);
        QVERIFY(viaPointer.load().isEmpty());
        QCOMPARE(viaPointer.values(), written);
    }

    void validation_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, SettingsField f, const QString &value, bool valid) {
            QTest::newRow(name) << int(f) << value << valid;
        };
        row("shop name empty", SettingsField::ShopName, QString(), false);
        row("shop name blank", SettingsField::ShopName, QStringLiteral("   "), false);
        row("shop name 201", SettingsField::ShopName, QString(201, u'가'), false);
        row("shop name ok", SettingsField::ShopName, QStringLiteral("가게"), true);
        row("business empty ok", SettingsField::BusinessNumber, QString(), true);
        row("business valid", SettingsField::BusinessNumber, QStringLiteral("1248100998"), true);
        row("business valid 2", SettingsField::BusinessNumber, QStringLiteral("1234567891"), true);
        row("business check digit", SettingsField::BusinessNumber, QStringLiteral("1248100997"),
            false);
        row("business 9 digits", SettingsField::BusinessNumber, QStringLiteral("124810099"), false);
        row("business letters", SettingsField::BusinessNumber, QStringLiteral("12481009a8"), false);
        row("address 201", SettingsField::ShopAddress, QString(201, u'x'), false);
        row("printer 201", SettingsField::ReceiptPrinter, QString(201, u'x'), false);
        row("base url empty ok", SettingsField::BaseUrl, QString(), true);
        row("base url https", SettingsField::BaseUrl, QStringLiteral("https://kapi.example.com"),
            true);
        row("base url http loopback", SettingsField::BaseUrl,
            QStringLiteral("http://127.0.0.1:5000"), true);
        row("base url http remote", SettingsField::BaseUrl, QStringLiteral("http://example.com"),
            false);
        row("base url ftp", SettingsField::BaseUrl, QStringLiteral("ftp://example.com"), false);
        row("base url http 127.0.0.2", SettingsField::BaseUrl,
            QStringLiteral("http://127.0.0.2:5000"), true);
        row("base url http ::1", SettingsField::BaseUrl, QStringLiteral("http://[::1]:5000"), true);
        row("base url http localhost", SettingsField::BaseUrl,
            QStringLiteral("http://LOCALHOST:5000"), true);
        row("base url http private LAN", SettingsField::BaseUrl,
            QStringLiteral("http://192.168.0.10:5000"), false);
        row("base url http looks local", SettingsField::BaseUrl,
            QStringLiteral("http://127.0.0.1.example.com"), false);
        row("base url user info", SettingsField::BaseUrl,
            QStringLiteral("https://u:p@kapi.example.com"), false);
        row("base url no host", SettingsField::BaseUrl, QStringLiteral("https://"), false);
        row("cid 10", SettingsField::Cid, QStringLiteral("TC0ONETIME"), true);
        row("cid 9", SettingsField::Cid, QStringLiteral("TC0ONETIM"), false);
        row("cid 11", SettingsField::Cid, QStringLiteral("TC0ONETIMEX"), false);
        row("cid symbol", SettingsField::Cid, QStringLiteral("TC0ONETIM!"), false);
        row("return url default", SettingsField::ReturnUrlBase,
            QStringLiteral("http://localhost/paydesk"), true);
        row("return url malformed", SettingsField::ReturnUrlBase, QStringLiteral("not a url"),
            false);
        row("return url ftp", SettingsField::ReturnUrlBase, QStringLiteral("ftp://shop.kr/p"),
            false);
        row("return url no host", SettingsField::ReturnUrlBase, QStringLiteral("http:///paydesk"),
            false);
        row("return url query", SettingsField::ReturnUrlBase,
            QStringLiteral("https://shop.kr/p?x=1"), false);
        row("timeout 0", SettingsField::RequestTimeout, QStringLiteral("0"), false);
        row("timeout 1", SettingsField::RequestTimeout, QStringLiteral("1"), true);
        row("timeout 60", SettingsField::RequestTimeout, QStringLiteral("60"), true);
        row("timeout 61", SettingsField::RequestTimeout, QStringLiteral("61"), false);
        row("counter empty", SettingsField::CounterId, QString(), false);
        row("counter 20", SettingsField::CounterId, QString(20, u'A'), true);
        row("counter 21", SettingsField::CounterId, QString(21, u'A'), false);
        row("counter space", SettingsField::CounterId, QStringLiteral("POS 1"), false);
        row("counter dash", SettingsField::CounterId, QStringLiteral("POS-1"), true);
        row("catalog missing", SettingsField::CatalogPath, QStringLiteral("/nonexistent/c.json"),
            false);
        row("catalog empty ok", SettingsField::CatalogPath, QString(), true);
        row("time zone Seoul", SettingsField::TimeZone, QStringLiteral("Asia/Seoul"), true);
        row("time zone New York", SettingsField::TimeZone, QStringLiteral("America/New_York"),
            true);
        row("time zone UTC", SettingsField::TimeZone, QStringLiteral("UTC"), true);
        row("time zone unknown", SettingsField::TimeZone, QStringLiteral("Mars/Olympus_Mons"),
            false);
        row("time zone empty", SettingsField::TimeZone, QString(), false);
    }

    void validation()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        SettingsValues v = validValues();
        const auto f = SettingsField(field);
        switch (f) {
        case SettingsField::ShopName:
            v.shopName = value;
            break;
        case SettingsField::BusinessNumber:
            v.businessNumber = value;
            break;
        case SettingsField::ShopAddress:
            v.shopAddress = value;
            break;
        case SettingsField::ReceiptPrinter:
            v.receiptPrinter = value;
            break;
        case SettingsField::BaseUrl:
            v.baseUrl = QUrl(value, QUrl::StrictMode);
            break;
        case SettingsField::Cid:
            v.cid = value;
            break;
        case SettingsField::ReturnUrlBase:
            v.returnUrlBase = QUrl(value, QUrl::StrictMode);
            break;
        case SettingsField::RequestTimeout:
            v.requestTimeoutSeconds = value.toInt();
            break;
        case SettingsField::CounterId:
            v.counterId = value;
            break;
        case SettingsField::CatalogPath:
            v.catalogPath = value;
            break;
        case SettingsField::TimeZone:
            v.timeZone = value;
            break;
        default:
            QFAIL("unhandled field");
        }
        const auto error = SettingsValidator::validateField(f, v);
        QCOMPARE(!error.has_value(), valid);
        if (error) {
            QCOMPARE(error->field, f);
            // The message names the field so it can stand on its own.
            QVERIFY2(error->message.contains(SettingsValidator::fieldName(f)),
                     qPrintable(error->message));
            QCOMPARE(fieldsOf(SettingsValidator::validate(v)), QList<SettingsField>{f});
        } else {
            QVERIFY(SettingsValidator::validate(v).isEmpty());
        }
    }

    void businessNumberFormatting()
    {
        QCOMPARE(SettingsValidator::normalizedBusinessNumber(QStringLiteral("124-81-00998")),
                 QStringLiteral("1248100998"));
        QCOMPARE(SettingsValidator::formatBusinessNumber(QStringLiteral("1248100998")),
                 QStringLiteral("124-81-00998"));
        const auto e = SettingsValidator::validateField(SettingsField::BusinessNumber, [] {
            SettingsValues v;
            v.businessNumber = QStringLiteral("1248100997");
            return v;
        }());
        QVERIFY(e);
        QCOMPARE(e->code, SettingsError::Code::BadCheckDigit);
    }

    // KakaoPay refuses approval URLs over 255 characters: 255 passes, 256 does not.
    void approvalUrlAt255()
    {
        const QString prefix = QStringLiteral("https://shop.example.com/");
        int n = 0;
        while (SettingsValidator::longestApprovalUrlLength(QUrl(prefix + QString(n, u'a'))) < 255)
            ++n;
        SettingsValues v = validValues();
        v.returnUrlBase = QUrl(prefix + QString(n, u'a'));
        QCOMPARE(SettingsValidator::longestApprovalUrlLength(v.returnUrlBase), 255);
        QVERIFY(!SettingsValidator::validateField(SettingsField::ReturnUrlBase, v));

        // Independently: the real order id of the longest counter id fits, via ReturnUrls.
        OrderIdGenerator ids(QString(SettingsValidator::kMaxCounterIdLength, u'Z'));
        const ReturnUrls urls = ReturnUrls::create(v.returnUrlBase, ids.next());
        QVERIFY(urls.isValid());
        QVERIFY(urls.approvalUrl().toEncoded().size() <= 255);

        v.returnUrlBase = QUrl(prefix + QString(n + 1, u'a'));
        QCOMPARE(SettingsValidator::longestApprovalUrlLength(v.returnUrlBase), 256);
        const auto e = SettingsValidator::validateField(SettingsField::ReturnUrlBase, v);
        QVERIFY(e);
        QCOMPARE(e->code, SettingsError::Code::UrlTooLong);
    }

    void saveRefusesInvalidAndWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.ini"));
        AppSettings settings(path);
        SettingsValues v = validValues();
        v.cid = QStringLiteral("TC0ONETIM");
        v.requestTimeoutSeconds = 61;
        settings.setValues(v);
        const auto result = settings.save();
        QVERIFY(!result.ok());
        QCOMPARE(fieldsOf(result.invalid),
                 (QList<SettingsField>{SettingsField::Cid, SettingsField::RequestTimeout}));
        QVERIFY(!QFile::exists(path) || QFile(path).size() == 0);
    }

    void damagedValuesFallBackToDefaults()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[shop]\n"
                "name=Cafe, Seoul\n"          // unquoted comma: a list, not text
                "businessNumber=1248100997\n" // wrong check digit
                "[kakaopay]\n"
                "apiGeneration=v3\n"
                "cid=TC0ONETIM\n" // 9 characters
                "timeoutSeconds=abc\n"
                "returnUrlBase=ftp://nowhere\n"
                "baseUrl=http://example.com\n" // http to a remote host
                "hasCidSecret=maybe\n"
                "secretKey=should-never-be-read\n"
                "[counter]\n"
                "id=POS-9\n" // valid: kept
                "[app]\n"
                "language=fr\n"
                "trainingMode=1\n"             // valid: kept
                "firstRunDone=@Point(1 2)\n"); // a point, not a flag
        f.close();

        AppSettings settings(path);
        const auto resets = settings.load();
        const QStringList keys = keysOf(resets);
        for (const char *key :
             {"shop/name", "shop/businessNumber", "kakaopay/apiGeneration", "kakaopay/cid",
              "kakaopay/timeoutSeconds", "kakaopay/returnUrlBase", "kakaopay/baseUrl",
              "kakaopay/hasCidSecret", "app/language", "app/firstRunDone", "kakaopay/secretKey"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        for (const SettingsReset &r : resets) {
            QVERIFY(!r.message.isEmpty());
            QVERIFY2(!r.message.contains(QLatin1String("should-never-be-read")),
                     qPrintable(r.message));
            if (r.field)
                QVERIFY2(r.message.contains(SettingsValidator::fieldName(*r.field)),
                         qPrintable(r.message));
        }
        SettingsValues expected;
        expected.counterId = QStringLiteral("POS-9");
        expected.trainingMode = true;
        QCOMPARE(settings.values(), expected);

        // Saving repairs the file and drops the stray secret.
        SettingsValues v = settings.values();
        v.shopName = QStringLiteral("Cafe");
        settings.setValues(v);
        QVERIFY(settings.save().ok());
        QVERIFY(
            !QSettings(path, QSettings::IniFormat).contains(QStringLiteral("kakaopay/secretKey")));
        AppSettings again(path);
        QVERIFY(again.load().isEmpty());
    }

    void garbageFileDoesNotStopTheApp()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919 + 13) % 256));
        junk.append("\n[kakaopay\ncid\n=\n[[[\n\\\\\\\n");
        f.write(junk);
        f.close();
        AppSettings settings(path);
        settings.load(); // whatever it reports, it must come back with usable values
        QVERIFY(SettingsValidator::validate([&] {
                    SettingsValues v = settings.values();
                    v.shopName = QStringLiteral("x");
                    return v;
                }())
                    .isEmpty());
    }

    void timeZoneDefaultsToSeoulAndBadOnesReset()
    {
        const QString path = m_dir.filePath(QStringLiteral("zone.ini"));
        {
            AppSettings fresh(path);
            fresh.load();
            QCOMPARE(fresh.values().timeZone, QStringLiteral("Asia/Seoul"));
        }
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("shop/timeZone"), QStringLiteral("Atlantis/Capital"));
        raw.sync();
        AppSettings settings(path);
        const QList<SettingsReset> resets = settings.load();
        QCOMPARE(settings.values().timeZone, QStringLiteral("Asia/Seoul"));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.first().field, std::optional<SettingsField>(SettingsField::TimeZone));
    }

    void settingsFileIsOwnerOnly()
    {
        // Written by a process whose umask lets everyone read new files, or left so before.
        const QString path = m_dir.filePath(QStringLiteral("private.ini"));
        const mode_t before = ::umask(022);
        {
            AppSettings settings(path);
            settings.load();
            settings.setValues(validValues());
            QVERIFY(settings.save().ok());
        }
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther));
        AppSettings again(path);
        again.load(); // an earlier version's file is tightened when read
        ::umask(before);
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(again.values().shopName, validValues().shopName);
    }

    void clientConfigFromSettings()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("client.ini")));
        SettingsValues v = validValues();
        v.requestTimeoutSeconds = 7;
        v.cid = QStringLiteral("CT00000001");
        v.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        settings.setValues(v);
        QCOMPARE(settings.clientConfig(QStringLiteral("s")).cidSecret, QString()); // no flag
        v.hasCidSecret = true;
        settings.setValues(v);
        const auto config = settings.clientConfig(QStringLiteral("s"));
        QCOMPARE(config.timeoutMs, 7000);
        QCOMPARE(config.cid, QStringLiteral("CT00000001"));
        QCOMPARE(config.cidSecret, QStringLiteral("s"));
        QCOMPARE(config.baseUrl, v.baseUrl);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
