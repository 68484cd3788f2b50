// A counter whose web-view module is missing or broken (a damaged install): the window still
// opens, the cashier is told at once that payments are off and why, and Pay sends nothing.
// A process of its own: the module is loaded (or not) once per process.
#include "MainWindow.h"
#include "PaymentView.h"
#include "SimProcess.h"
#include "WebEngineWarmer.h"
#include "WebViewModuleLoader.h"
#include "checkout/Catalog.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What the web-view loader had done when the window's first paint came.
class FirstPaintProbe : public QObject
{
public:
    bool painted = false;
    qint64 loadMsAtFirstPaint = -2;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            loadMsAtFirstPaint = WebViewModuleLoader::loadMs();
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

class TestWebViewMissing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowPaintsBeforeTheModuleIsOpened(); // first: nothing has tried the module yet
    void moduleThatIsNotALibraryIsRefused();
    void paymentViewSaysWhyItHasNoPage();
    void cashierIsToldAtStartAndPaySendsNothing();

private:
    CheckoutEnvironment environment(Journal *journal);

    SimProcess m_sim;
    QTemporaryDir m_dir;
    QString m_modulePath;
};

void TestWebViewMissing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A file where the module should be, but not a library: what a truncated copy looks like.
    m_modulePath = m_dir.filePath(QStringLiteral("libpaydesk_webview.so"));
    QFile junk(m_modulePath);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a library");
    junk.close();
    qputenv("PAYDESK_WEBVIEW_MODULE", QFile::encodeName(m_modulePath));
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

CheckoutEnvironment TestWebViewMissing::environment(Journal *journal)
{
    CheckoutEnvironment env;
    env.client = m_sim.client();
    env.recorder = journal;
    env.clock = Clock::system();
    env.training = true;
    env.attemptOptions.training = true;
    env.navigationPolicy = NavigationPolicy::training(m_sim.baseUrl());
    return env;
}

// Opening the module (WebEngine's libraries, then Chromium) takes longer than the whole start:
// it must come after the window is on screen, not between show() and the first paint.
void TestWebViewMissing::windowPaintsBeforeTheModuleIsOpened()
{
    QCOMPARE(WebViewModuleLoader::loadMs(), -1); // not tried yet in this process
    Database db(m_dir.filePath(QStringLiteral("first.sqlite")));
    QVERIFY(db.open());
    Journal journal(&db);
    Catalog catalog;
    QVERIFY(catalog.loadFile(Catalog::samplePath()));
    MainWindow window(environment(&journal), &catalog);
    FirstPaintProbe probe;
    window.installEventFilter(&probe);
    QSignalSpy warmed(window.warmer(), &WebEngineWarmer::warmed);
    window.show();
    QTRY_COMPARE(warmed.count(), 1);
    QVERIFY(probe.painted);
    QCOMPARE(probe.loadMsAtFirstPaint, qint64(-1));
    QVERIFY(WebViewModuleLoader::loadMs() >= 0); // tried after the paint
}

void TestWebViewMissing::moduleThatIsNotALibraryIsRefused()
{
    QVERIFY(!PaymentView::isAvailable());
    QVERIFY(!WebViewModuleLoader::isLoaded());
    QVERIFY2(WebViewModuleLoader::errorString().contains(QStringLiteral("libpaydesk_webview.so")),
             qPrintable(WebViewModuleLoader::errorString()));
    QVERIFY(WebViewModuleLoader::loadMs() >= 0);
}

void TestWebViewMissing::paymentViewSaysWhyItHasNoPage()
{
    PaymentView view(NavigationPolicy::kakaoPay());
    QVERIFY(!view.page());
    QVERIFY(!view.webView());
    auto *label = view.findChild<QLabel *>(QStringLiteral("paymentPageMissingLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("libpaydesk_webview.so")));
    // Nothing to load into, and nothing breaks.
    view.setReturnHandler([](const QUrl &) { return false; });
    view.showPayment(QUrl(QStringLiteral("https://online-pay.kakao.com/x")),
                     QDateTime::currentDateTime().addSecs(900));
}

void TestWebViewMissing::cashierIsToldAtStartAndPaySendsNothing()
{
    Database db(m_dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(db.open());
    Journal journal(&db);
    Catalog catalog;
    QVERIFY(catalog.loadFile(Catalog::samplePath()));
    MainWindow window(environment(&journal), &catalog);
    QSignalSpy warmed(window.warmer(), &WebEngineWarmer::warmed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(warmed.count(), 1);
    QCOMPARE(warmed.first().first().toBool(), false);
    QVERIFY2(window.messageText().contains(QStringLiteral("could not be loaded")),
             qPrintable(window.messageText()));

    auto *code = window.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QVERIFY(code);
    QTest::keyClicks(code, QStringLiteral("8801000010011"));
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(window.order()->lineCount(), 1);
    QTest::keyClick(&window, Qt::Key_F12);
    QVERIFY(!window.paymentSession());
    QVERIFY(window.messageText().contains(QStringLiteral("could not be loaded")));
    QCOMPARE(window.order()->lineCount(), 1); // the order is kept for when it is fixed
    const QJsonArray requests = m_sim.control("GET", QStringLiteral("/__sim/requests"))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    QCOMPARE(requests.size(), 0); // no ready was sent
    QCOMPARE(journal.pendingPayments().size(), 0);
}

QTEST_MAIN(TestWebViewMissing)
#include "tst_webviewmissing.moc"
