// The cashier screen end to end: scan, F12, KakaoPay's page (the simulator process), approve,
// receipt; and every way a payment can end without money moving. Saves screenshots of the
// order, payment and receipt screens into the build directory (screenshots/).
#include "MainWindow.h"
#include "OrderPanel.h"
#include "OutcomePanel.h"
#include "PaymentSession.h"
#include "PaymentView.h"
#include "ReceiptDialog.h"
#include "SimProcess.h"
#include "WebEngineWarmer.h"
#include "checkout/Catalog.h"
#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "checkout/ReturnUrls.h"
#include "core/Clock.h"
#include "recovery/DoubtMonitor.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineView>

class TestCheckoutE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scanPayApproveShowsReceipt();
    void webEngineWarmsAfterShow();
    void unknownCodeLeavesOrderAlone();
    void keyboardChangesLines();
    void buyerCancelKeepsOrder();
    void buyerFailKeepsOrder();
    void expiryKeepsOrder();
    void doubleF12SendsOneReady();
    void spoofedRedirectForAnotherPaymentIsRefused();
    void serverErrorOnReadyKeepsOrder();
    void smallScreenScreenshot();
    void approveUnansweredShowsInDoubtAndRefusesTheBasket();
    void eachKindOfDoubtSaysTheSame_data();
    void eachKindOfDoubtSaysTheSame();
    void inDoubtThatExpiresEndsNotPaid();
    void managerReleaseLetsTheBasketBePaidAgain();

private:
    void scan(const QString &code);
    void scanSampleBasket();
    bool waitForPaymentPage();
    void clickSim(const QString &id);
    int readyRequests();
    void shoot(QWidget *widget, const QString &name);
    // shownLarge: the end is on the outcome panel (all but the cashier's own abort).
    void expectEndedWithOrderIntact(const QString &messagePart, bool shownLarge = true);
    // The env gets a DoubtMonitor on the test's journal (a new window is made for it).
    void useDoubtMonitor(qint64 quietMs);
    // Pay on the sample basket, the buyer confirms, approve answered -785 with nothing carried
    // out: the payment ends in doubt.
    PaymentRecord payIntoDoubt(const QString &kind = QStringLiteral("error"),
                               const QString &arg = QStringLiteral("-785"));
    QString outcomeTitle() const;
    QString outcomeDetail() const;

    SimProcess m_sim;
    QTemporaryDir m_dir;
    Catalog m_catalog;
    QScopedPointer<Database> m_db;
    QScopedPointer<Journal> m_journal;
    QScopedPointer<DoubtMonitor> m_doubts;
    CheckoutEnvironment m_env;
    QScopedPointer<MainWindow> m_window;
    QString m_shots;
    int m_dbCount = 0;
};

void TestCheckoutE2E::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    QVERIFY(m_catalog.loadFile(Catalog::samplePath()));
    m_shots = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(m_shots);
}

void TestCheckoutE2E::init()
{
    m_sim.control("POST", QStringLiteral("/__sim/reset"));
    m_db.reset(new Database(m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_dbCount))));
    QVERIFY(m_db->open());
    m_journal.reset(new Journal(m_db.data()));
    m_env = CheckoutEnvironment();
    m_env.client = m_sim.client();
    m_env.recorder = m_journal.data();
    m_env.clock = Clock::system();
    m_env.training = true;
    m_env.attemptOptions.training = true;
    m_env.navigationPolicy = NavigationPolicy::training(m_sim.baseUrl());
    m_env.shop = {QStringLiteral("카페 페이데스크"), QStringLiteral("1234567890"),
                  QStringLiteral("서울시 중구 세종대로 110")};
    m_env.modeDescription = QStringLiteral("TRAINING · simulator");
    m_window.reset(new MainWindow(m_env, &m_catalog));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    m_window->activateWindow();
}

void TestCheckoutE2E::cleanup()
{
    if (m_window && m_window->receiptDialog())
        m_window->receiptDialog()->reject();
    m_window.reset();
    m_doubts.reset();
    m_journal.reset();
    m_db.reset();
}

void TestCheckoutE2E::scan(const QString &code)
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, code);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestCheckoutE2E::scanSampleBasket()
{
    scan(QStringLiteral("8801000010011")); // 아메리카노 4,500
    scan(QStringLiteral("8801000010011"));
    scan(QStringLiteral("8801000011278")); // 바나나 1송이 4,500 tax-free
    scan(QStringLiteral("8801000010431")); // 크루아상 3,800
    QCOMPARE(m_window->order()->lineCount(), 3);
    QCOMPARE(m_window->order()->totals().total, Won(17300));
}

bool TestCheckoutE2E::waitForPaymentPage()
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        PaymentSession *session = m_window->paymentSession();
        if (session && session->view() &&
            session->attempt()->state() == PaymentState::AwaitingBuyer &&
            session->view()->page()->url().path().endsWith(QLatin1String("/pc")) &&
            !session->view()->page()->isLoading())
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestCheckoutE2E::clickSim(const QString &id)
{
    m_window->paymentSession()->view()->page()->runJavaScript(
        QStringLiteral("document.getElementById('%1').click()").arg(id));
}

int TestCheckoutE2E::readyRequests()
{
    const QJsonArray requests = m_sim.control("GET", QStringLiteral("/__sim/requests"))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    int n = 0;
    for (const QJsonValue &r : requests) {
        if (r.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/ready")))
            ++n;
    }
    return n;
}

void TestCheckoutE2E::shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(300); // let the page paint
    const QString path = QDir(m_shots).filePath(name);
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestCheckoutE2E::expectEndedWithOrderIntact(const QString &messagePart, bool shownLarge)
{
    QSignalSpy ended(m_window.data(), &MainWindow::paymentEnded);
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1 || !m_window->isPaymentRunning(), 15000);
    QVERIFY(!m_window->isPaymentRunning());
    QVERIFY2(m_window->messageText().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(m_window->messageText()));
    QCOMPARE(m_window->order()->lineCount(), 3);
    QCOMPARE(m_window->order()->totals().total, Won(17300));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("screenStack"));
    if (!shownLarge) {
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("orderPage"));
        QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("payButton"))->isEnabled());
        return;
    }
    // The end is shown large where the page was, until the cashier moves on.
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("outcomePanel"));
    QCOMPARE(outcomeTitle(), QStringLiteral("The payment did not go through"));
    QVERIFY2(outcomeDetail().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(outcomeDetail()));
    QVERIFY(outcomeDetail().contains(QStringLiteral("No money was taken")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("outcomeCheckButton"))->isVisible());
    QTest::keyClick(m_window->outcomePanel(), Qt::Key_Return); // back to the order
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("orderPage"));
    auto *pay = m_window->findChild<QPushButton *>(QStringLiteral("payButton"));
    QVERIFY(pay->isEnabled());
    QVERIFY(!m_window->receiptDialog());
}

QString TestCheckoutE2E::outcomeTitle() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("outcomeTitle"))->text();
}

QString TestCheckoutE2E::outcomeDetail() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("outcomeDetail"))->text();
}

void TestCheckoutE2E::useDoubtMonitor(qint64 quietMs)
{
    m_window.reset();
    DoubtMonitor::Options options;
    options.payments.quietMs = quietMs;
    options.payments.backoffMs = {300};
    m_doubts.reset(new DoubtMonitor(m_sim.client(), m_journal.data(), nullptr, options));
    m_env.doubts = m_doubts.data();
    m_window.reset(new MainWindow(m_env, &m_catalog));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    m_window->activateWindow();
}

PaymentRecord TestCheckoutE2E::payIntoDoubt(const QString &kind, const QString &arg)
{
    scanSampleBasket();
    QSignalSpy inDoubt(m_window.data(), &MainWindow::paymentInDoubt);
    m_sim.fault(QStringLiteral("approve"), kind, arg);
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    if (!waitForPaymentPage())
        return {};
    clickSim(QStringLiteral("sim-approve-card"));
    if (!inDoubt.wait(15000))
        return {};
    return inDoubt.first().first().value<PaymentRecord>();
}

void TestCheckoutE2E::scanPayApproveShowsReceipt()
{
    scanSampleBasket();
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("totalValue"))->text(),
             QStringLiteral("₩17,300"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("taxFreeValue"))->text(),
             QStringLiteral("₩4,500"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("vatValue"))->text(),
             QStringLiteral("₩1,164"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("taxableValue"))->text(),
             QStringLiteral("₩11,636"));
    shoot(m_window.data(), QStringLiteral("order-1280x800.png"));

    QSignalSpy approved(m_window.data(), &MainWindow::paymentApproved);
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QVERIFY(m_window->isPaymentRunning());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("payButton"))->isEnabled());
    QVERIFY(waitForPaymentPage());
    shoot(m_window.data(), QStringLiteral("payment-1280x800.png"));

    clickSim(QStringLiteral("sim-approve-card"));
    QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 1, 15000);
    const PaymentRecord record = approved.first().first().value<PaymentRecord>();
    QCOMPARE(record.state, PaymentState::Approved);
    QCOMPARE(record.totals.total, Won(17300));
    QVERIFY(!record.aid.isEmpty());

    ReceiptDialog *receipt = m_window->receiptDialog();
    QVERIFY(receipt);
    QTRY_VERIFY(receipt->isVisible());
    const QString text = receipt->document()->toPlainText();
    for (const QString &part :
         {QStringLiteral("아메리카노"), QStringLiteral("바나나 1송이"), QStringLiteral("크루아상"),
          QStringLiteral("₩9,000"), QStringLiteral("₩17,300"), QStringLiteral("₩4,500"),
          QStringLiteral("₩1,164"), QStringLiteral("₩11,636"), QStringLiteral("123-45-67890"),
          QStringLiteral("TRAINING — NOT A REAL PAYMENT"), record.tid, record.aid,
          record.partnerOrderId, QStringLiteral(PAYDESK_VERSION)})
        QVERIFY2(text.contains(part), qPrintable(part));
    shoot(receipt, QStringLiteral("receipt.png"));
    const QString pdf = QDir(m_shots).filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(receipt->savePdf(pdf, true));

    const auto stored = m_journal->payment(record.partnerOrderId);
    QVERIFY(stored);
    QCOMPARE(stored->state, PaymentState::Approved);
    QCOMPARE(stored->aid, record.aid);

    // New sale: the order is cleared and Pay waits for the next basket.
    receipt->accept();
    QTRY_VERIFY(!m_window->receiptDialog());
    QVERIFY(m_window->order()->isEmpty());
}

void TestCheckoutE2E::webEngineWarmsAfterShow()
{
    // The window showed first; Chromium started right after, before any payment.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->warmer()->isWarm(), 20000);
    QVERIFY(m_window->warmer()->elapsedMs() >= 0);
    QVERIFY(!m_window->isPaymentRunning());
}

void TestCheckoutE2E::unknownCodeLeavesOrderAlone()
{
    scan(QStringLiteral("8801000010011"));
    scan(QStringLiteral("0000000000000"));
    QCOMPARE(m_window->order()->lineCount(), 1);
    QCOMPARE(m_window->order()->lines().first().quantity, 1);
    QVERIFY(m_window->messageText().contains(QStringLiteral("0000000000000")));
    // The field is empty again for the next scan.
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->text().isEmpty());
}

void TestCheckoutE2E::keyboardChangesLines()
{
    scan(QStringLiteral("8801000010011"));
    scan(QStringLiteral("8801000010431"));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    // The last scanned line is selected: + twice, − once.
    QTest::keyClick(edit, Qt::Key_Plus);
    QTest::keyClick(edit, Qt::Key_Plus);
    QTest::keyClick(edit, Qt::Key_Minus);
    QCOMPARE(m_window->order()->lines().at(1).quantity, 2);
    QTest::keyClick(edit, Qt::Key_Delete);
    QCOMPARE(m_window->order()->lineCount(), 1);
    QCOMPARE(m_window->order()->lines().first().name, QStringLiteral("아메리카노"));
    // Search by name with Enter.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("녹차"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->order()->lineCount(), 2);
    QCOMPARE(m_window->order()->lines().at(1).name, QStringLiteral("녹차라떼"));
    m_window->findChild<QPushButton *>(QStringLiteral("clearButton"))->click();
    QVERIFY(m_window->order()->isEmpty());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("payButton"))->isEnabled());
}

void TestCheckoutE2E::buyerCancelKeepsOrder()
{
    scanSampleBasket();
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QVERIFY(waitForPaymentPage());
    clickSim(QStringLiteral("sim-cancel"));
    expectEndedWithOrderIntact(QStringLiteral("cancelled"));
}

void TestCheckoutE2E::buyerFailKeepsOrder()
{
    scanSampleBasket();
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QVERIFY(waitForPaymentPage());
    clickSim(QStringLiteral("sim-fail"));
    expectEndedWithOrderIntact(QStringLiteral("failed"));
}

void TestCheckoutE2E::expiryKeepsOrder()
{
    // A fresh window whose payments live 2 seconds.
    m_window.reset();
    m_env.attemptOptions.tidLifetimeSeconds = 2;
    m_window.reset(new MainWindow(m_env, &m_catalog));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    scanSampleBasket();
    m_window->startPayment();
    QVERIFY(waitForPaymentPage());
    expectEndedWithOrderIntact(QStringLiteral("ran out"));
}

void TestCheckoutE2E::doubleF12SendsOneReady()
{
    scanSampleBasket();
    const int before = readyRequests();
    auto *pay = m_window->findChild<QPushButton *>(QStringLiteral("payButton"));
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    pay->click(); // disabled: nothing
    m_window->startPayment();
    QVERIFY(waitForPaymentPage());
    QCOMPARE(readyRequests(), before + 1);
    // Esc aborts the one payment.
    QTest::keyClick(m_window->paymentSession()->view(), Qt::Key_Escape);
    expectEndedWithOrderIntact(QStringLiteral("aborted"), false);
    QCOMPARE(readyRequests(), before + 1);
}

void TestCheckoutE2E::spoofedRedirectForAnotherPaymentIsRefused()
{
    scanSampleBasket();
    QSignalSpy approved(m_window.data(), &MainWindow::paymentApproved);
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QVERIFY(waitForPaymentPage());
    PaymentSession *session = m_window->paymentSession();
    QWebEnginePage *page = session->view()->page();
    const QUrl pageUrl = page->url();
    QSignalSpy blocked(session->view(), &PaymentView::blockedNavigation);
    QSignalSpy returned(session->view(), &PaymentView::returnNavigation);

    // Our approval address with a pg_token, but for another payment (forged or replayed).
    QUrl spoof = ReturnUrls::create(ReturnUrls::defaultBase(), QStringLiteral("POS1-OTHER-0001"))
                     .approvalUrl();
    QUrlQuery query(spoof);
    query.addQueryItem(QStringLiteral("pg_token"), QStringLiteral("0123456789abcdef0123"));
    spoof.setQuery(query);
    page->runJavaScript(
        QStringLiteral("window.location.href = '%1';").arg(spoof.toString(QUrl::FullyEncoded)));
    QTRY_VERIFY(blocked.count() + returned.count() > 0);
    QTest::qWait(300);
    QCOMPARE(session->attempt()->state(), PaymentState::AwaitingBuyer);
    QCOMPARE(approved.count(), 0);
    QCOMPARE(page->url(), pageUrl); // never left KakaoPay's page
    const QJsonArray requests = m_sim.control("GET", QStringLiteral("/__sim/requests"))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    for (const QJsonValue &r : requests)
        QVERIFY(!r.toObject().value(QStringLiteral("path")).toString().endsWith(u"/approve"));

    // The buyer's real approval still goes through, once.
    clickSim(QStringLiteral("sim-approve-card"));
    QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 1, 15000);
}

void TestCheckoutE2E::serverErrorOnReadyKeepsOrder()
{
    scanSampleBasket();
    m_sim.control("POST", QStringLiteral("/__sim/fault"),
                  QByteArrayLiteral("{\"endpoint\":\"ready\",\"kind\":\"http500\",\"count\":1}"));
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    expectEndedWithOrderIntact(QStringLiteral("unchanged"));
    QVERIFY(!m_window->messageText().isEmpty());
    // It works again once the server does.
    QSignalSpy started(m_window.data(), &MainWindow::paymentStarted);
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForPaymentPage());
}

void TestCheckoutE2E::smallScreenScreenshot()
{
    m_window->resize(1024, 768);
    scanSampleBasket();
    for (const char *code :
         {"8801000010578", "8801000010783", "8801000011346", "8801000010998", "8801000011629"})
        scan(QString::fromLatin1(code));
    shoot(m_window.data(), QStringLiteral("order-1024x768.png"));
    m_window->startPayment();
    QVERIFY(waitForPaymentPage());
    shoot(m_window.data(), QStringLiteral("payment-1024x768.png"));
}

void TestCheckoutE2E::approveUnansweredShowsInDoubtAndRefusesTheBasket()
{
    useDoubtMonitor(2500);
    const PaymentRecord doubt = payIntoDoubt();
    QCOMPARE(doubt.state, PaymentState::InDoubt);
    QVERIFY(!m_window->isPaymentRunning());
    // Large, in the payment area: do not take it again; never "press Pay again".
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("screenStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("outcomePanel"));
    QCOMPARE(outcomeTitle(), QStringLiteral("KakaoPay has not answered yet"));
    QVERIFY(outcomeDetail().contains(QStringLiteral("Do not take this payment again")));
    QVERIFY(outcomeDetail().contains(QStringLiteral("₩17,300")));
    QVERIFY(outcomeDetail().contains(doubt.partnerOrderId));
    QVERIFY(!m_window->messageText().contains(QStringLiteral("Pay again"), Qt::CaseInsensitive));
    QVERIFY(m_window->messageText().contains(QStringLiteral("do not take this payment again")));
    QVERIFY(m_window->doubtText().contains(QStringLiteral("1 payment")));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("outcomeCheckButton"))->isVisible());
    shoot(m_window.data(), QStringLiteral("in-doubt-1280x800.png"));

    // Back to the order, then Pay for the same basket: refused, nothing sent.
    const int readies = readyRequests();
    QTest::keyClick(m_window->outcomePanel(), Qt::Key_Return);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("orderPage"));
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QVERIFY(!m_window->isPaymentRunning());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("outcomePanel"));
    QCOMPARE(outcomeTitle(), QStringLiteral("This order may already be paid"));
    QVERIFY(outcomeDetail().contains(doubt.partnerOrderId));
    QCOMPARE(readyRequests(), readies);
    shoot(m_window.data(), QStringLiteral("basket-blocked-1280x800.png"));

    // After the quiet period the monitor sends approve once more; KakaoPay takes it, and the
    // sale on screen ends like any approved sale: the receipt.
    QSignalSpy approved(m_window.data(), &MainWindow::paymentApproved);
    QTRY_VERIFY_WITH_TIMEOUT(approved.count() == 1, 15000);
    QVERIFY(m_window->receiptDialog());
    QCOMPARE(approved.first().first().value<PaymentRecord>().partnerOrderId, doubt.partnerOrderId);
    QCOMPARE(m_sim.paymentActions(doubt.tid, QStringLiteral("PAYMENT")), 1);
    QCOMPARE(m_journal->payment(doubt.partnerOrderId)->state, PaymentState::Approved);
    QVERIFY(m_window->doubtText().isEmpty());
    m_window->receiptDialog()->accept();
    QTRY_VERIFY(m_window->order()->isEmpty());
}

void TestCheckoutE2E::eachKindOfDoubtSaysTheSame_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("reason");
    QTest::newRow("connection lost")
        << QStringLiteral("close") << QString() << QStringLiteral("connection");
    QTest::newRow("server error") << QStringLiteral("http500") << QString() << QString();
    QTest::newRow("in progress") << QStringLiteral("error") << QStringLiteral("-785")
                                 << QStringLiteral("already being processed");
    QTest::newRow("user locked") << QStringLiteral("error") << QStringLiteral("-780")
                                 << QStringLiteral("진행중인 거래");
    QTest::newRow("unknown tid") << QStringLiteral("error") << QStringLiteral("-721")
                                 << QStringLiteral("settings");
}

void TestCheckoutE2E::eachKindOfDoubtSaysTheSame()
{
    QFETCH(QString, kind);
    QFETCH(QString, arg);
    QFETCH(QString, reason);
    useDoubtMonitor(600000); // nothing re-sent while the screen is looked at
    QSignalSpy ended(m_window.data(), &MainWindow::paymentEnded);
    const PaymentRecord doubt = payIntoDoubt(kind, arg);
    QCOMPARE(doubt.state, PaymentState::InDoubt);
    QCOMPARE(ended.count(), 0); // never "did not go through"
    QCOMPARE(outcomeTitle(), QStringLiteral("KakaoPay has not answered yet"));
    QVERIFY(outcomeDetail().contains(QStringLiteral("Do not take this payment again")));
    QVERIFY(outcomeDetail().contains(QStringLiteral("₩17,300")));
    QVERIFY2(outcomeDetail().contains(reason, Qt::CaseInsensitive), qPrintable(outcomeDetail()));
    QVERIFY(!outcomeDetail().contains(QStringLiteral("Pay again"), Qt::CaseInsensitive));
    QVERIFY(!m_window->messageText().contains(QStringLiteral("Pay again"), Qt::CaseInsensitive));
    QCOMPARE(m_journal->payment(doubt.partnerOrderId)->state, PaymentState::InDoubt);
}

void TestCheckoutE2E::inDoubtThatExpiresEndsNotPaid()
{
    useDoubtMonitor(800);
    const PaymentRecord doubt = payIntoDoubt();
    QCOMPARE(doubt.state, PaymentState::InDoubt);
    // KakaoPay's time for it runs out: the one re-send is refused (-723), and a quiet period
    // later order still shows nothing taken.
    m_sim.call("POST", QStringLiteral("/__sim/tid/%1/expire").arg(doubt.tid));
    QTRY_COMPARE_WITH_TIMEOUT(outcomeTitle(), QStringLiteral("KakaoPay answered: not paid"), 15000);
    QVERIFY(outcomeDetail().contains(QStringLiteral("No money was taken")));
    QCOMPARE(m_journal->payment(doubt.partnerOrderId)->state, PaymentState::Expired);
    shoot(m_window.data(), QStringLiteral("in-doubt-settled-not-paid.png"));
    // The basket can be paid now.
    QTest::keyClick(m_window->outcomePanel(), Qt::Key_Return);
    QSignalSpy started(m_window.data(), &MainWindow::paymentStarted);
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForPaymentPage());
}

void TestCheckoutE2E::managerReleaseLetsTheBasketBePaidAgain()
{
    useDoubtMonitor(600000); // no re-send during the test
    const PaymentRecord doubt = payIntoDoubt();
    QCOMPARE(doubt.state, PaymentState::InDoubt);
    QSignalSpy release(m_window.data(), &MainWindow::releaseRequested);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("outcomeReleaseButton")),
                      Qt::LeftButton);
    QCOMPARE(release.count(), 1);
    QCOMPARE(release.first().first().toString(), doubt.partnerOrderId);
    // What AppController does once the manager's PIN is accepted:
    QVERIFY(m_doubts->release(doubt.partnerOrderId, QStringLiteral("김민지")));
    QCOMPARE(m_journal->payment(doubt.partnerOrderId)->releasedBy, QStringLiteral("김민지"));
    QCOMPARE(m_journal->payment(doubt.partnerOrderId)->state, PaymentState::InDoubt);
    QTest::keyClick(m_window->outcomePanel(), Qt::Key_Return);
    QSignalSpy started(m_window.data(), &MainWindow::paymentStarted);
    QTest::keyClick(m_window.data(), Qt::Key_F12);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForPaymentPage());
    QCOMPARE(m_doubts->openPayments().size(), 1); // still watched until KakaoPay settles it
}

QTEST_MAIN(TestCheckoutE2E)
#include "tst_checkout_e2e.moc"
