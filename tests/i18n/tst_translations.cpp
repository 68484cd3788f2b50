// Every user-visible string has a Korean translation: lupdate scans app/ and ui/ (as
// resources/translations/refresh.py does) and each string it finds must be finished in the
// committed paydesk_ko.ts, keep its %1/%n and its & accelerator; the compiled .qm must load from
// :/i18n the way AppContext loads it, and Qt's own Korean must be there for Qt's buttons.
#include "TsFile.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString kSourceDir = QStringLiteral(PAYDESK_SOURCE_DIR);
const QString kCommittedTs = kSourceDir + QStringLiteral("/resources/translations/paydesk_ko.ts");
constexpr int kListed = 30;

QString failureList(const QString &what, const QStringList &items)
{
    QString text = QStringLiteral("%1 string(s) %2 (run python3 resources/translations/"
                                  "refresh.py, then translate them in ko.json):")
                       .arg(items.size())
                       .arg(what);
    for (int i = 0; i < items.size() && i < kListed; ++i)
        text += QLatin1String("\n  ") + items.at(i);
    if (items.size() > kListed)
        text += QStringLiteral("\n  … and %1 more").arg(items.size() - kListed);
    return text;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// The accelerator letter of "&Print…" (P); none for "&&" or "& ".
QChar accelerator(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return text.at(i + 1).toUpper();
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceStringHasKorean();
    void translationsKeepPlaceholdersAndAccelerators();
    void compiledQmLoadsLikeTheApp();
    void pluralsUseTheKoreanForm();
    void englishPluralsAreProperEnglish();
    void qtOwnKoreanIsInstalled();

private:
    QTemporaryDir m_dir;
    TsFile m_committed;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(m_committed.load(kCommittedTs), qPrintable(m_committed.errorString()));
    QVERIFY(m_committed.messages().size() > 100);
}

void TestTranslations::everySourceStringHasKorean()
{
    QVERIFY(m_dir.isValid());
    const QString fresh = m_dir.filePath(QStringLiteral("paydesk_ko.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PAYDESK_LUPDATE_BIN),
                  {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h,ui"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish in 2 minutes");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));

    TsFile scanned;
    QVERIFY2(scanned.load(fresh), qPrintable(scanned.errorString()));
    QVERIFY2(scanned.messages().size() > 100, qPrintable(output));

    QStringList missing;
    QStringList unfinished;
    for (const TsMessage &m : scanned.messages()) {
        const TsMessage *ko = m_committed.find(m.key());
        if (!ko) {
            missing.append(m.label());
            continue;
        }
        const bool empty = ko->translations.isEmpty() ||
                           std::any_of(ko->translations.cbegin(), ko->translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!ko->finished || empty)
            unfinished.append(m.label());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(failureList(QStringLiteral("missing from paydesk_ko.ts"), missing)));
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(
                 failureList(QStringLiteral("unfinished or empty in paydesk_ko.ts"), unfinished)));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QStringList wrong;
    for (const TsMessage &m : m_committed.messages()) {
        if (!m.finished)
            continue;
        QSet<QString> expected = placeholders(m.source);
        if (m.numerus)
            expected.insert(QStringLiteral("%n"));
        const QChar key = accelerator(m.source);
        for (const QString &t : m.translations) {
            if (placeholders(t) != expected)
                wrong.append(QStringLiteral("%1 → %2 (placeholders differ)").arg(m.label(), t));
            else if (!key.isNull() && accelerator(t) != key)
                wrong.append(QStringLiteral("%1 → %2 (accelerator &%3 lost)")
                                 .arg(m.label(), t, QString(key)));
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(failureList(QStringLiteral("with a broken translation"), wrong)));
}

void TestTranslations::compiledQmLoadsLikeTheApp()
{
    // AppContext::loadTranslations() loads ":/i18n/paydesk_<lang>.qm"; the locale-based lookup
    // (ko_KR → paydesk_ko.qm) must find the same file.
    QTranslator byName;
    QVERIFY(byName.load(QStringLiteral(":/i18n/paydesk_ko.qm")));
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Korean, QLocale::SouthKorea),
                            QStringLiteral("paydesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.language(), QStringLiteral("ko_KR"));
    QCOMPARE(translator.translate("TotalsPanel", "Total"), QStringLiteral("합계"));
    QCOMPARE(translator.translate("ReceiptDocument", "VAT"), QStringLiteral("부가세"));
    QCOMPARE(translator.translate("KakaoPay::Error", "KakaoPay did not answer in time."),
             QStringLiteral("카카오페이가 제시간에 응답하지 않았습니다."));
    QCOMPARE(translator.translate("OrderPanel", "&Code"), QStringLiteral("코드(&C)"));
    // Every finished message of the .ts made it into the .qm.
    QStringList lost;
    for (const TsMessage &m : m_committed.messages()) {
        if (!m.finished || m.numerus)
            continue;
        const QString got =
            translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                 m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
        if (got != m.translations.value(0))
            lost.append(m.label());
    }
    QVERIFY2(lost.isEmpty(), qPrintable(failureList(QStringLiteral("not in the .qm"), lost)));

    // An English system finds paydesk_en.qm, which holds plurals only: the rest stays the
    // English source text.
    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates),
                         QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(english.translate("TotalsPanel", "Total").isEmpty());
}

void TestTranslations::pluralsUseTheKoreanForm()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/paydesk_ko.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("HistoryView", "%n payment(s)", nullptr, 1),
             QStringLiteral("결제 1건"));
    QCOMPARE(QCoreApplication::translate("HistoryView", "%n payment(s)", nullptr, 12),
             QStringLiteral("결제 12건"));
    QCOMPARE(QCoreApplication::translate("ReceiptDocument", "%n month(s)", nullptr, 3),
             QStringLiteral("3개월"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("HistoryView", "%n payment(s)", nullptr, 2),
             QStringLiteral("2 payment(s)"));
}

void TestTranslations::englishPluralsAreProperEnglish()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/paydesk_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("HistoryView", "%n payment(s)", nullptr, 1),
             QStringLiteral("1 payment"));
    QCOMPARE(QCoreApplication::translate("HistoryView", "%n payment(s)", nullptr, 12),
             QStringLiteral("12 payments"));
    QCOMPARE(QCoreApplication::translate("AuthResult",
                                         "Wrong PIN. %n attempt(s) left before this manager is "
                                         "locked.",
                                         nullptr, 1),
             QStringLiteral("Wrong PIN. 1 attempt left before this manager is locked."));
    QCoreApplication::removeTranslator(&translator);

    // Every %n string of the sources has its English forms (refresh.py, en-plurals.json).
    TsFile english;
    QVERIFY2(english.load(kSourceDir + QStringLiteral("/resources/translations/paydesk_en.ts")),
             qPrintable(english.errorString()));
    QStringList missing;
    for (const TsMessage &m : m_committed.messages()) {
        if (!m.numerus)
            continue;
        bool found = false;
        for (const TsMessage &e : english.messages())
            found = found || (e.context == m.context && e.source == m.source && e.finished &&
                              e.translations.size() == 2);
        if (!found)
            missing.append(m.label());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(failureList(QStringLiteral("without English plural forms"), missing)));
}

void TestTranslations::qtOwnKoreanIsInstalled()
{
    // Qt's buttons (wizard Next/Back, Cancel, file dialogs) come from qtbase_ko.qm, which
    // AppContext loads from QLibraryInfo's translations folder (Debian: qt6-translations-l10n).
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator qt;
    QVERIFY2(qt.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("qtbase"),
                     QStringLiteral("_"), dir),
             qPrintable(
                 QStringLiteral("no qtbase_ko.qm in %1: install qt6-translations-l10n").arg(dir)));
    QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("취소"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
