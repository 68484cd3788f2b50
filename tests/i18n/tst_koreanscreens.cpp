// The cashier's screens under the Korean translation, installed the way the app does it
// (QLocale ko_KR + AppContext::loadTranslations()): the order with items, the KakaoPay payment
// page and the receipt (against the simulator process), the settings dialog (every tab), the
// manager PIN dialog and every page of the first-run wizard. Any English word left on screen
// fails the test; each screen is saved as screenshots/ko-*.png in the build directory.
#include "AboutDialog.h"
#include "AppContext.h"
#include "EnglishLeftovers.h"
#include "MainWindow.h"
#include "OutcomePanel.h"
#include "PaymentSession.h"
#include "PaymentView.h"
#include "ReceiptDialog.h"
#include "SimProcess.h"
#include "auth/ManagerStore.h"
#include "checkout/Catalog.h"
#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "core/Clock.h"
#include "history/RecoveryDialog.h"
#include "recovery/DoubtMonitor.h"
#include "settings/AppSettings.h"
#include "settings/FirstRunWizard.h"
#include "settings/ManagerPinDialog.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWebEnginePage>

#include <memory>

class TestKoreanScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectorSeesEnglish();
    void orderScreen();
    void paymentPageAndReceipt();
    void settingsDialog();
    void managerPinDialog();
    void firstRunWizard();
    void aboutThirdParty();
    void paymentInDoubtAndRecoveryList();
    void firstRunSignInAndNewPin();
    void cleanup();

private:
    void openWindow();
    void openWindowWithStores(); // the stores of openStores(), the monitor of m_doubts
    void scan(const QString &code);
    void check(QWidget *screen, const QString &name);
    void openStores();

    SimProcess m_sim;
    QTemporaryDir m_dir;
    Catalog m_catalog;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ManagerStore> m_managers;
    std::unique_ptr<SecretStore> m_secrets;
    CheckoutEnvironment m_env;
    std::unique_ptr<DoubtMonitor> m_doubts;
    std::unique_ptr<MainWindow> m_window;
    QString m_shots;
    int m_stores = 0;
};

void TestKoreanScreens::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    AppContext::loadTranslations();
    QCOMPARE(QCoreApplication::translate("TotalsPanel", "Total"), QStringLiteral("합계"));
    QCOMPARE(QCoreApplication::translate("QWizard", "&Finish"), QStringLiteral("완료(&F)"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    QVERIFY(m_catalog.loadFile(Catalog::samplePath()));
    m_shots = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(m_shots);
}

void TestKoreanScreens::detectorSeesEnglish()
{
    using EnglishLeftovers::looksEnglish;
    QVERIFY(looksEnglish(QStringLiteral("Total")));
    QVERIFY(looksEnglish(QStringLiteral("합계 (tax-free)")));
    QVERIFY(looksEnglish(QStringLiteral("Save as P&DF…")));
    QVERIFY(!looksEnglish(QStringLiteral("코드(&C)")));
    QVERIFY(!looksEnglish(QStringLiteral("카카오페이 결제\n(F12)")));
    QVERIFY(!looksEnglish(QStringLiteral("PayDesk — 연습 모드 (실제 결제 아님)")));
    QVERIFY(!looksEnglish(QStringLiteral("현행 (open-api.kakaopay.com, 시크릿 키)")));
    QVERIFY(!looksEnglish(QStringLiteral("주문 POS1-250314-153012-K7QX · tid T1234 · ₩17,300")));
    QVERIFY(!looksEnglish(QStringLiteral("POS1-261127-004413-GCYE"))); // an order id, letters last
    QVERIFY(!looksEnglish(
        QStringLiteral("연습 모드 · 시뮬레이터 http://127.0.0.1:8080 · API current")));
}

void TestKoreanScreens::openStores()
{
    // A fresh journal and settings file per screen: each test adds its own manager.
    ++m_stores;
    m_db = std::make_unique<Database>(
        m_dir.filePath(QStringLiteral("journal%1.sqlite").arg(m_stores)));
    QVERIFY(m_db->open());
    m_journal = std::make_unique<Journal>(m_db.get());
    m_settings = std::make_unique<AppSettings>(
        m_dir.filePath(QStringLiteral("paydesk%1.ini").arg(m_stores)));
    m_settings->load();
    m_managers = std::make_unique<ManagerStore>(m_db.get(), m_journal.get(), Clock::system(), 1000);
    SecretStore::Options options;
    options.service = QStringLiteral("PayDesk-kotest-%1").arg(QCoreApplication::applicationPid());
    options.fallbackDirectory = m_dir.filePath(QStringLiteral("secrets"));
    options.timeoutMs = 2000;
    options.useEnvironment = false;
    m_secrets = std::make_unique<SecretStore>(options);
}

void TestKoreanScreens::openWindow()
{
    openStores();
    openWindowWithStores();
}

void TestKoreanScreens::openWindowWithStores()
{
    m_env = CheckoutEnvironment();
    m_env.doubts = m_doubts.get();
    m_env.client = m_sim.client();
    m_env.recorder = m_journal.get();
    m_env.clock = Clock::system();
    m_env.training = true;
    m_env.attemptOptions.training = true;
    m_env.navigationPolicy = NavigationPolicy::training(m_sim.baseUrl());
    m_env.shop = {QStringLiteral("카페 페이데스크"), QStringLiteral("1234567890"),
                  QStringLiteral("서울시 중구 세종대로 110")};
    m_env.modeDescription =
        QCoreApplication::translate("AppContext", "TRAINING · simulator %1 · API %2")
            .arg(m_sim.baseUrl().authority(), QStringLiteral("current"));
    m_window = std::make_unique<MainWindow>(m_env, &m_catalog);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestKoreanScreens::scan(const QString &code)
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, code);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestKoreanScreens::check(QWidget *screen, const QString &name)
{
    QTest::qWait(200); // let it lay out and paint
    const QString path = QDir(m_shots).filePath(QStringLiteral("ko-%1.png").arg(name));
    QVERIFY(screen->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
    const QStringList texts = EnglishLeftovers::visibleTexts(screen);
    QVERIFY2(!texts.isEmpty(), qPrintable(name));
    const QStringList english = EnglishLeftovers::find(screen);
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("English left on %1:\n  %2")
                            .arg(name, english.mid(0, 30).join(QLatin1String("\n  ")))));
}

void TestKoreanScreens::orderScreen()
{
    openWindow();
    scan(QStringLiteral("8801000010011")); // 아메리카노
    scan(QStringLiteral("8801000010011"));
    scan(QStringLiteral("8801000011278")); // 바나나 1송이, tax-free
    scan(QStringLiteral("8801000010431")); // 크루아상
    QCOMPARE(m_window->order()->lineCount(), 3);
    check(m_window.get(), QStringLiteral("order"));
    // A message in the status area, too.
    scan(QStringLiteral("0000000000000"));
    QVERIFY(m_window->messageText().contains(QStringLiteral("0000000000000")));
    QVERIFY2(!EnglishLeftovers::looksEnglish(m_window->messageText()),
             qPrintable(m_window->messageText()));
}

void TestKoreanScreens::paymentPageAndReceipt()
{
    openWindow();
    scan(QStringLiteral("8801000010011"));
    scan(QStringLiteral("8801000011278"));
    QSignalSpy approved(m_window.get(), &MainWindow::paymentApproved);
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QVERIFY(m_window->isPaymentRunning());
    QDeadlineTimer deadline(20000);
    bool loaded = false;
    while (!loaded && !deadline.hasExpired()) {
        PaymentSession *session = m_window->paymentSession();
        loaded = session && session->view() &&
                 session->attempt()->state() == PaymentState::AwaitingBuyer &&
                 !session->view()->page()->isLoading() &&
                 session->view()->page()->url().path().endsWith(QLatin1String("/pc"));
        if (!loaded)
            QTest::qWait(20);
    }
    QVERIFY2(loaded, "the KakaoPay page did not load");
    QTest::qWait(300);
    check(m_window.get(), QStringLiteral("payment"));

    m_window->paymentSession()->view()->page()->runJavaScript(
        QStringLiteral("document.getElementById('sim-approve-card').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 1, 15000);
    ReceiptDialog *receipt = m_window->receiptDialog();
    QVERIFY(receipt);
    QTRY_VERIFY(receipt->isVisible());
    check(receipt, QStringLiteral("receipt"));
    receipt->accept();
    QTRY_VERIFY(!m_window->receiptDialog());
    QVERIFY2(!EnglishLeftovers::looksEnglish(m_window->messageText()),
             qPrintable(m_window->messageText()));
}

void TestKoreanScreens::settingsDialog()
{
    openStores();
    QCOMPARE(m_managers->addManager(QStringLiteral("김점장"), QStringLiteral("471190"),
                                    QStringLiteral("test")),
             ManagerStore::Result::Ok);
    SettingsDialog dialog(m_settings.get(), m_secrets.get(), m_managers.get(),
                          QStringLiteral("김점장"));
    dialog.resize(900, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->count() >= 3);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100); // the key status is read from the keychain in the background
        check(&dialog, QStringLiteral("settings-%1").arg(i + 1));
    }
}

void TestKoreanScreens::managerPinDialog()
{
    openStores();
    QCOMPARE(m_managers->addManager(QStringLiteral("김점장"), QStringLiteral("471190"),
                                    QStringLiteral("test")),
             ManagerStore::Result::Ok);
    ManagerPinDialog dialog(m_managers.get(),
                            QCoreApplication::translate(
                                "SettingsDialog", "A manager PIN is needed to open the settings."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    check(&dialog, QStringLiteral("managerpin"));
}

void TestKoreanScreens::firstRunWizard()
{
    openStores();
    FirstRunWizard wizard(m_settings.get(), m_secrets.get(), m_managers.get());
    wizard.resize(800, 600);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto type = [&wizard](const char *name, const QString &text) {
        auto *edit = wizard.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->clear();
        edit->insert(text); // Hangul cannot be typed with QTest::keyClicks
    };
    auto next = [&wizard] {
        auto *button = wizard.findChild<QAbstractButton *>(QStringLiteral("nextButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    };

    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ShopPageId));
    check(&wizard, QStringLiteral("wizard-1-shop"));
    type("shopNameEdit", QStringLiteral("카페 페이데스크"));
    type("businessNumberEdit", QStringLiteral("124-81-00998"));
    type("shopAddressEdit", QStringLiteral("서울시 중구 세종대로 110"));
    next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ManagerPageId));
    check(&wizard, QStringLiteral("wizard-2-manager"));
    type("managerNameEdit", QStringLiteral("김점장"));
    type("managerPinEdit", QStringLiteral("471190"));
    type("managerPinRepeatEdit", QStringLiteral("4712"));
    next(); // different PINs: the Korean error shows on the page
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ManagerPageId));
    check(&wizard, QStringLiteral("wizard-2-manager-error"));
    type("managerPinRepeatEdit", QStringLiteral("471190"));
    next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::KakaoPayPageId));
    check(&wizard, QStringLiteral("wizard-3-kakaopay"));
    auto *live = wizard.findChild<QAbstractButton *>(QStringLiteral("liveModeRadio"));
    QVERIFY(live);
    live->click();
    check(&wizard, QStringLiteral("wizard-3-kakaopay-live"));
    wizard.findChild<QAbstractButton *>(QStringLiteral("trainingModeRadio"))->click();
    next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DonePageId));
    check(&wizard, QStringLiteral("wizard-4-done"));
}

void TestKoreanScreens::aboutThirdParty()
{
    // Help > About, third-party tab, with this build's real list. The list's cells are the
    // software's and licenses' own names (qt6-base, LGPL-3 or GPL-2) and the location label
    // holds a folder path: those are data, not English left untranslated; everything else is
    // checked as on any screen.
    AboutDialog::Facts facts;
    facts.notices = ThirdPartyNotices::locate();
    QVERIFY(facts.notices.components().size() > 10);
    AboutDialog about(facts);
    about.resize(760, 560);
    about.show();
    about.showThirdPartyTab();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QTest::qWait(200);
    const QString path = QDir(m_shots).filePath(QStringLiteral("ko-about-third-party.png"));
    QVERIFY(about.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
    const QString dir = QDir::toNativeSeparators(facts.notices.directory());
    QStringList english;
    const QStringList found = EnglishLeftovers::find(&about);
    for (const QString &entry : found) {
        // The list's cells, reported by the list and by its header view (same model).
        if (entry.startsWith(QLatin1String("QTreeWidget aboutComponentsList cell: ")) ||
            entry.startsWith(QLatin1String("QHeaderView  cell: ")))
            continue;
        const QString location = QStringLiteral("QLabel aboutNoticesLocation: ");
        if (entry.startsWith(location) &&
            !EnglishLeftovers::looksEnglish(entry.mid(location.size()).remove(dir)))
            continue;
        english << entry;
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1String("\n  "))));
    // The header, the buttons and the license column's own words are Korean.
    auto *list = about.findChild<QTreeWidget *>(QStringLiteral("aboutComponentsList"));
    QVERIFY(list);
    QCOMPARE(list->headerItem()->text(0), QStringLiteral("구성 요소"));
    bool more = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        more = more || list->topLevelItem(i)->text(2).contains(QStringLiteral("(외 "));
    QVERIFY(more);
}

void TestKoreanScreens::paymentInDoubtAndRecoveryList()
{
    // The window with a DoubtMonitor on its journal, and an approve KakaoPay answers "in
    // progress": the in-doubt screen, the bar and the list, in Korean.
    openStores();
    DoubtMonitor::Options options;
    options.payments.quietMs = 600000; // nothing re-sent while the screens are looked at
    m_doubts = std::make_unique<DoubtMonitor>(m_sim.client(), m_journal.get(), nullptr, options);
    openWindowWithStores();
    scan(QStringLiteral("8801000010011"));
    QSignalSpy inDoubt(m_window.get(), &MainWindow::paymentInDoubt);
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("error"), QStringLiteral("-785"));
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QDeadlineTimer deadline(20000);
    auto loaded = [this] {
        PaymentSession *session = m_window->paymentSession();
        return session && session->view() &&
               session->attempt()->state() == PaymentState::AwaitingBuyer &&
               !session->view()->page()->isLoading() &&
               session->view()->page()->url().path().endsWith(QLatin1String("/pc"));
    };
    while (!deadline.hasExpired() && !loaded())
        QTest::qWait(20);
    QVERIFY2(loaded(), "the KakaoPay page did not load");
    m_window->paymentSession()->view()->page()->runJavaScript(
        QStringLiteral("document.getElementById('sim-approve-card').click()"));
    QVERIFY(inDoubt.wait(15000));
    QCOMPARE(m_window->outcomePanel()->title(),
             QStringLiteral("카카오페이가 아직 답하지 않았습니다"));
    check(m_window.get(), QStringLiteral("in-doubt"));
    RecoveryDialog list(m_doubts.get(), m_window.get());
    list.resize(960, 520);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    check(&list, QStringLiteral("recovery"));
}

void TestKoreanScreens::firstRunSignInAndNewPin()
{
    // Settings lost, a manager from before the 6-digit rule still in the journal.
    openStores();
    const QByteArray salt = PinHasher::newSalt();
    QSqlQuery insert(m_db->connection());
    insert.prepare(QStringLiteral("INSERT INTO managers (name, pin_hash, salt, iterations, "
                                  "created_at) VALUES (?, ?, ?, 1000, 0)"));
    insert.addBindValue(QStringLiteral("김점장"));
    insert.addBindValue(PinHasher::hash(QStringLiteral("4711"), salt, 1000));
    insert.addBindValue(salt);
    QVERIFY(insert.exec());
    FirstRunWizard wizard(m_settings.get(), m_secrets.get(), m_managers.get());
    wizard.resize(800, 600);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::SignInPageId));
    ManagerPinDialog *pin = nullptr;
    QTRY_VERIFY((pin = wizard.findChild<ManagerPinDialog *>(QStringLiteral("managerPinDialog"))));
    QTRY_VERIFY(pin->isVisible());
    check(&wizard, QStringLiteral("wizard-0-signin"));
    check(pin, QStringLiteral("managerpin-signin"));
    auto *edit = pin->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QTest::keyClicks(edit, QStringLiteral("4711"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(pin->isAskingForNewPin());
    check(pin, QStringLiteral("managerpin-newpin"));
    QTest::keyClicks(pin->findChild<QLineEdit *>(QStringLiteral("newPinEdit")),
                     QStringLiteral("123456"));
    QTest::keyClicks(pin->findChild<QLineEdit *>(QStringLiteral("newPinRepeatEdit")),
                     QStringLiteral("123456"));
    QTest::keyClick(pin->findChild<QLineEdit *>(QStringLiteral("newPinRepeatEdit")),
                    Qt::Key_Return);
    check(pin, QStringLiteral("managerpin-newpin-trivial"));
    pin->reject();
}

void TestKoreanScreens::cleanup()
{
    if (m_window && m_window->receiptDialog())
        m_window->receiptDialog()->reject();
    m_window.reset();
    m_doubts.reset();
    m_secrets.reset();
    m_managers.reset();
    m_settings.reset();
    m_journal.reset();
    m_db.reset();
}

QTEST_MAIN(TestKoreanScreens)
#include "tst_koreanscreens.moc"
