// The whole application as a shop starts it: AppContext + AppController on an empty or prepared
// profile (HOME in a temporary folder, QStandardPaths test mode), the simulator process the app
// starts itself in training mode. First run, the menus, a damaged settings file, recovery at
// start of a payment whose approve KakaoPay committed but never answered, and a journal that
// cannot be used. Screenshots go to the build directory (screenshots/).

#include "AboutDialog.h"
#include "AppContext.h"
#include "AppController.h"
#include "MainWindow.h"
#include "PaymentSession.h"
#include "PaymentView.h"
#include "SimProcess.h"
#include "checkout/ReturnUrls.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "history/RecoveryDialog.h"
#include "settings/FirstRunWizard.h"
#include "settings/SettingsValidator.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/JournalLock.h"

#include <QAbstractButton>
#include <QAction>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QtTest>

#ifdef Q_OS_LINUX
#include "ImmutableFile.h"
#endif
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

class TestApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyProfileShowsWizardThenMenus();
    void damagedSettingsAreNamedOnce();
    void recoveryAtStartApprovesCommittedPayment();
    void corruptJournalDisablesPayUntilFreshOne();
    void damageBehindTheHeaderFoundAfterStart();
    void dataFolderThatCannotBeMadeDisablesPay();
    void readOnlyJournalDisablesPay();
    void secondPayDeskIsReadOnly();
    void aboutBoxAndHistory();
    void simulatorPageFitsThePaymentView();
    void liveModeWithoutKeyBlocksPay();
    void asRootTheSandboxIsNeverSwitchedOff();
    void dataFolderAndFilesAreOwnerOnly();

private:
    QString dataDir() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    void writeSettings(const QMap<QString, QString> &values);
    void startApp(AppOptions options = {});
    void addProduct();
    void shot(QWidget *widget, const QString &name);
    template <typename T> T *child(QObject *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    QString m_shots;
    QScopedPointer<QTemporaryDir> m_home;
    QScopedPointer<AppContext> m_context;
    QScopedPointer<AppController> m_controller;
};

void TestApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    qunsetenv("PAYDESK_SECRET_KEY");
    m_shots = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(m_shots);
}

void TestApp::init()
{
    // A new, empty profile for every test: home, settings, data.
    m_home.reset(new QTemporaryDir);
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    const QString config = m_home->filePath(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    QVERIFY(dataDir().startsWith(m_home->path()));
}

void TestApp::cleanup()
{
    m_controller.reset();
    m_context.reset();
    m_home.reset();
}

void TestApp::writeSettings(const QMap<QString, QString> &values)
{
    QSettings settings(QStringLiteral("PayDesk"), QStringLiteral("PayDesk"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestApp::startApp(AppOptions options)
{
    options.simulatorProgram = QStringLiteral(PAYDESK_SIM_BIN);
    m_context.reset(new AppContext(options));
    QVERIFY2(m_context->initialize(), qPrintable(m_context->errorString()));
    m_controller.reset(new AppController(m_context.data()));
    QElapsedTimer shown;
    shown.start();
    m_controller->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->window()));
    // The window is there before any web page loaded (the warm-up starts after it).
    qInfo("main window exposed after %lld ms", shown.elapsed());
    QVERIFY(shown.elapsed() < 5000);
}

void TestApp::addProduct()
{
    auto *edit = child<QLineEdit>(m_controller->window(), "codeEdit");
    QVERIFY(edit);
    edit->setText(QStringLiteral("8801000010011")); // the sample catalog's Americano
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestApp::shot(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestApp::emptyProfileShowsWizardThenMenus()
{
    startApp();
    MainWindow *window = m_controller->window();
    QTRY_VERIFY(m_controller->wizard() && m_controller->wizard()->isVisible());
    FirstRunWizard *wizard = m_controller->wizard();
    QVERIFY(window->isVisible());
    QVERIFY(m_context->isTraining());
    QVERIFY(window->isPayBlocked());
    QVERIFY(!child<QAction>(window, "settingsAction")->isEnabled());
    QVERIFY(child<QAction>(window, "setupAction")->isVisible());

    auto type = [wizard](const char *name, const QString &text) {
        auto *edit = wizard->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit);
        edit->clear();
        edit->insert(text); // keyClicks takes Latin-1 only
    };
    auto next = [wizard] {
        QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("nextButton")),
                          Qt::LeftButton);
    };
    shot(wizard, QStringLiteral("app-wizard-1-shop"));
    type("shopNameEdit", QStringLiteral("카페 페이데스크"));
    type("businessNumberEdit", QStringLiteral("124-81-00998"));
    type("shopAddressEdit", QStringLiteral("서울시 중구 세종대로 110"));
    next();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::ManagerPageId));
    type("managerNameEdit", QStringLiteral("Kim"));
    type("managerPinEdit", QStringLiteral("471190"));
    type("managerPinRepeatEdit", QStringLiteral("471190"));
    shot(wizard, QStringLiteral("app-wizard-2-manager"));
    next();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::KakaoPayPageId));
    shot(wizard, QStringLiteral("app-wizard-3-kakaopay"));
    next();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::DonePageId));
    shot(wizard, QStringLiteral("app-wizard-4-done"));
    QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("finishButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_controller->wizard());

    // Set up: training, a manager, payments on, every menu command there.
    QVERIFY(!window->isPayBlocked());
    QVERIFY(m_context->hasManager());
    QVERIFY(!m_context->needsFirstRun());
    QCOMPARE(m_context->environment().shop.name, QStringLiteral("카페 페이데스크"));
    for (const char *name : {"newSaleAction", "payAction", "historyAction", "recoveryAction",
                             "settingsAction", "aboutAction", "quitAction"}) {
        auto *action = child<QAction>(window, name);
        QVERIFY2(action && action->isEnabled(), name);
    }
    QCOMPARE(child<QAction>(window, "payAction")->shortcut(), QKeySequence(Qt::Key_F12));
    QCOMPARE(child<QAction>(window, "historyAction")->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(!child<QAction>(window, "setupAction")->isVisible());
    QStringList menus;
    for (QAction *menu : window->menuBar()->actions())
        menus << menu->text().remove(u'&');
    QCOMPARE(menus, (QStringList{QStringLiteral("Sale"), QStringLiteral("History"),
                                 QStringLiteral("Recovery"), QStringLiteral("Settings"),
                                 QStringLiteral("Help")}));
    addProduct();
    QVERIFY(!window->order()->isEmpty());
    QTRY_VERIFY(child<QPushButton>(window, "payButton")->isEnabled());
    shot(window, QStringLiteral("app-main-window"));
    auto *saleMenu = child<QMenu>(window, "saleMenu");
    saleMenu->popup(window->mapToGlobal(QPoint(10, 30)));
    QTRY_VERIFY(saleMenu->isVisible());
    shot(saleMenu, QStringLiteral("app-menu-sale"));
    saleMenu->close();
}

void TestApp::damagedSettingsAreNamedOnce()
{
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")},
                   {QStringLiteral("kakaopay/timeoutSeconds"), QStringLiteral("soon")}});
    startApp();
    QTRY_VERIFY(m_controller->settingsResetNotice() &&
                m_controller->settingsResetNotice()->isVisible());
    QMessageBox *notice = m_controller->settingsResetNotice();
    const QString name = SettingsValidator::fieldName(SettingsField::RequestTimeout);
    QVERIFY2(notice->informativeText().contains(name), qPrintable(notice->informativeText()));
    QVERIFY(!notice->isModal()); // the cashier can go on selling
    QVERIFY(m_controller->window()->messageText().contains(name));
    QVERIFY(!m_controller->wizard());
    shot(notice, QStringLiteral("app-settings-reset-notice"));
    notice->close();
    // Training as the settings say; no manager yet: the settings stay closed, set-up offered.
    QVERIFY(m_context->isTraining());
    QVERIFY(!child<QAction>(m_controller->window(), "settingsAction")->isEnabled());
    QVERIFY(child<QAction>(m_controller->window(), "setupAction")->isVisible());
}

void TestApp::recoveryAtStartApprovesCommittedPayment()
{
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    QVERIFY(QDir().mkpath(dataDir()));
    const QString orderId = QStringLiteral("REC-%1").arg(QCoreApplication::applicationPid());
    {
        // The last session: ready, the buyer approved, approve sent, KakaoPay committed it and
        // the answer was lost (commit-drop), PayDesk stopped with the payment at Approving.
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--state-file"),
                            QDir(dataDir()).filePath(QStringLiteral("training-simulator.json"))}),
                 qPrintable(sim.errorString()));
        QString error;
        const ReturnUrls urls = ReturnUrls::create(ReturnUrls::defaultBase(), orderId, &error);
        KakaoPay::ReadyRequest ready;
        ready.partnerOrderId = orderId;
        ready.partnerUserId = QStringLiteral("POS1");
        ready.itemName = QStringLiteral("아메리카노");
        ready.quantity = 1;
        ready.totalAmount = Won(4500);
        ready.taxFreeAmount = Won(0);
        ready.approvalUrl = QString::fromUtf8(urls.approvalUrl().toEncoded());
        ready.cancelUrl = QString::fromUtf8(urls.cancelUrl().toEncoded());
        ready.failUrl = QString::fromUtf8(urls.failUrl().toEncoded());
        QString tid;
        bool answered = false;
        QObject context;
        sim.client()->ready(ready, &context,
                            [&](const KakaoPay::Result<KakaoPay::ReadyResponse> &r) {
                                tid = r.ok() ? r.value.tid : QString();
                                answered = true;
                            });
        QTRY_VERIFY(answered);
        QVERIFY(!tid.isEmpty());
        const QString token = sim.control("POST", QStringLiteral("/__sim/tid/%1/approve").arg(tid))
                                  .object()
                                  .value(QStringLiteral("pg_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        sim.control("POST", QStringLiteral("/__sim/fault"),
                    R"({"endpoint":"approve","kind":"commit-drop"})");

        Database db(QDir(dataDir()).filePath(QStringLiteral("paydesk-training.sqlite")));
        QVERIFY(db.open());
        Journal journal(&db);
        PaymentRecord record;
        record.partnerOrderId = orderId;
        record.partnerUserId = QStringLiteral("POS1");
        record.training = true;
        record.lines = {{QStringLiteral("A1"), QStringLiteral("아메리카노"), Won(4500), 1, false}};
        record.totals.total = Won(4500);
        record.totals.vat = Won::vatOf(Won(4500), Won(0));
        record.itemName = ready.itemName;
        record.quantity = 1;
        record.tid = tid;
        record.pgToken = token;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.expiresAt = record.createdAt.addSecs(900);
        record.state = PaymentState::Approving;
        record.approveSends = 1;
        QVERIFY(journal.record(record, QStringLiteral("approve sent")));

        KakaoPay::ApproveRequest approve{tid, orderId, QStringLiteral("POS1"), token, {}, {}};
        answered = false;
        bool failed = false;
        sim.client()->approve(approve, &context,
                              [&](const KakaoPay::Result<KakaoPay::ApproveResponse> &r) {
                                  failed = !r.ok();
                                  answered = true;
                              });
        QTRY_VERIFY(answered);
        QVERIFY(failed); // the answer was dropped, but the simulator approved it
    }

    startApp();
    QTRY_VERIFY(m_controller->recoveryDialog());
    RecoveryDialog *dialog = m_controller->recoveryDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->settledCount() == 1 && dialog->openCount() == 0, 20000);
    auto *table = child<QTableWidget>(dialog, "resultsTable");
    QCOMPARE(table->item(0, 0)->text(), orderId);
    QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("4,500")));
    QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("paid")));
    const std::optional<PaymentRecord> after = m_context->journal()->payment(orderId);
    QVERIFY(after);
    QCOMPARE(after->state, PaymentState::Approved);
    QVERIFY(m_context->journal()->pendingPayments().isEmpty());
    shot(dialog, QStringLiteral("app-recovery-at-start"));
    shot(m_controller->window(), QStringLiteral("app-main-window-recovery"));
    dialog->close();

    // The history (F5) lists it among the training payments.
    m_controller->window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_controller->window());
    QTest::keyClick(m_controller->window(), Qt::Key_F5);
    HistoryView *history = nullptr;
    QTRY_VERIFY((history = m_controller->window()->findChild<HistoryView *>()));
    QTRY_COMPARE(history->model()->rowCount(), 1);
    shot(m_controller->window(), QStringLiteral("app-history-recovered"));
}

void TestApp::corruptJournalDisablesPayUntilFreshOne()
{
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    QVERIFY(QDir().mkpath(dataDir()));
    const QString path = QDir(dataDir()).filePath(QStringLiteral("paydesk-training.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    startApp();
    MainWindow *window = m_controller->window();
    QVERIFY(window->isPayBlocked());
    QVERIFY(!m_context->journal());
    QVERIFY(m_context->canStartFreshJournal());
    QVERIFY2(window->problemText().contains(QStringLiteral("journal")),
             qPrintable(window->problemText()));
    auto *fresh = child<QPushButton>(window, "problemActionButton");
    QVERIFY(fresh->isVisible());
    addProduct();
    QVERIFY(!window->order()->isEmpty());
    QVERIFY(!child<QPushButton>(window, "payButton")->isEnabled());
    QSignalSpy started(window, &MainWindow::paymentStarted);
    QTest::keyClick(window, Qt::Key_F12);
    QCOMPARE(started.count(), 0);
    QVERIFY(window->messageText().contains(QStringLiteral("Payments are off")));
    shot(window, QStringLiteral("app-journal-corrupt"));

    // Start a fresh journal: the question is answered Yes.
    QTimer::singleShot(200, this, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                box->button(QMessageBox::Yes)->click();
    });
    fresh->click();
    QVERIFY(m_context->journal());
    QVERIFY(!window->isPayBlocked());
    QVERIFY(child<QPushButton>(window, "payButton")->isEnabled());
    QVERIFY(!QDir(dataDir())
                 .entryList({QStringLiteral("paydesk-training.sqlite.*")}, QDir::Files)
                 .isEmpty()); // the damaged file is kept aside
}

void TestApp::damageBehindTheHeaderFoundAfterStart()
{
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    QVERIFY(QDir().mkpath(dataDir()));
    const QString path = QDir(dataDir()).filePath(QStringLiteral("paydesk-training.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        Journal journal(&db);
        for (int i = 0; i < 300; ++i) {
            PaymentRecord record;
            record.partnerOrderId = QStringLiteral("POS1-DAMAGE-%1").arg(i);
            record.partnerUserId = QStringLiteral("POS1");
            record.training = true;
            record.lines = {OrderLine{QStringLiteral("8801000010011"),
                                      QStringLiteral("아메리카노 %1").arg(i), Won(4500), 1, false}};
            record.totals = OrderTotals{Won(4500), Won(0), Won(409)};
            record.itemName = record.lines.first().name;
            record.quantity = 1;
            record.state = PaymentState::Failed;
            record.createdAt = QDateTime::currentDateTime();
            QVERIFY(journal.record(record, QStringLiteral("test")));
        }
    }
    // Scribble over the last pages (payment rows, not the schema on page 1): the header check
    // at open passes, only the full check after start can see it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 16 * 4096);
    QVERIFY(file.seek(size - 8 * 4096));
    file.write(QByteArray(8 * 4096, '\x5a'));
    file.close();

    startApp();
    MainWindow *window = m_controller->window();
    QVERIFY(m_context->journal()); // opened: the damage is past the header
    QTRY_VERIFY_WITH_TIMEOUT(window->isPayBlocked(), 10000);
    QVERIFY2(window->problemText().contains(QStringLiteral("integrity")),
             qPrintable(window->problemText()));
    addProduct();
    QVERIFY(!child<QPushButton>(window, "payButton")->isEnabled());
    // Nothing was moved or rewritten: support gets the file as it was.
    QCOMPARE(QFileInfo(path).size(), size);
}

void TestApp::dataFolderThatCannotBeMadeDisablesPay()
{
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    // A file where the data folder should be: nothing can be created there, even as root.
    const QString dir = dataDir();
    QVERIFY(QDir().mkpath(QFileInfo(dir).path()));
    QFile blocker(dir);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AppOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // no simulator needed
    startApp(options);
    MainWindow *window = m_controller->window();
    QVERIFY(window->isPayBlocked());
    QVERIFY(!m_context->canStartFreshJournal());
    QVERIFY(!child<QPushButton>(window, "problemActionButton")->isVisible());
    QVERIFY(!window->problemText().isEmpty());
    shot(window, QStringLiteral("app-data-folder-missing"));
}

void TestApp::readOnlyJournalDisablesPay()
{
#ifndef Q_OS_LINUX
    QSKIP("needs chattr +i or file permissions as on Linux");
#else
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    QVERIFY(QDir().mkpath(dataDir()));
    const QString path = QDir(dataDir()).filePath(QStringLiteral("paydesk-training.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
    }
    const bool root = ::geteuid() == 0;
    if (root) {
        if (!setImmutable(path, true))
            QSKIP("running as root on a file system without chattr +i");
    } else {
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    }
    AppOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // no simulator needed
    startApp(options);
    if (root)
        setImmutable(path, false);
    MainWindow *window = m_controller->window();
    QVERIFY(window->isPayBlocked());
    QCOMPARE(m_context->journalError().code, DatabaseError::Code::ReadOnly);
    QVERIFY2(window->problemText().contains(QStringLiteral("read-only")),
             qPrintable(window->problemText()));
    QVERIFY(!m_context->canStartFreshJournal()); // nothing was moved: no fresh start offered
    QVERIFY(!child<QPushButton>(window, "problemActionButton")->isVisible());
    QVERIFY(QFile::exists(path));
    shot(window, QStringLiteral("app-journal-read-only"));
#endif
}

void TestApp::secondPayDeskIsReadOnly()
{
    // Another PayDesk (here: this process, which is alive) holds the journal: this one shows the
    // history and receipts, and nothing that moves money or settles it.
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    QVERIFY(QDir().mkpath(dataDir()));
    const QString path = QDir(dataDir()).filePath(QStringLiteral("paydesk-training.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
    }
    JournalLock first(path);
    QVERIFY(first.tryLock());
    AppOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing may be asked
    startApp(options);
    MainWindow *window = m_controller->window();
    QVERIFY(m_context->isReadOnly());
    QVERIFY(window->isPayBlocked());
    const QString why = window->problemText();
    QVERIFY2(why.contains(QStringLiteral("already running")) &&
                 why.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(why));
    QVERIFY(!m_context->doubts());
    QVERIFY(!m_context->refunds());
    QVERIFY(m_context->journal()); // the history works
    QVERIFY(!m_controller->recoveryDialog());
    child<QAction>(window, "recoveryAction")->trigger();
    QVERIFY(!m_controller->recoveryDialog());
    QVERIFY(window->messageText().contains(QStringLiteral("already running")));
    addProduct();
    window->startPayment();
    QVERIFY(!window->isPaymentRunning());
    child<QAction>(window, "historyAction")->trigger();
    QTRY_VERIFY(window->currentPage() != window->orderPage());
    shot(window, QStringLiteral("app-second-paydesk"));
}

void TestApp::aboutBoxAndHistory()
{
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")},
                   {QStringLiteral("shop/name"), QStringLiteral("Cafe PayDesk")}});
    startApp();
    MainWindow *window = m_controller->window();
    child<QAction>(window, "aboutAction")->trigger();
    QWidget *about = nullptr;
    QTRY_VERIFY((about = window->findChild<QWidget *>(QStringLiteral("aboutDialog"))) &&
                about->isVisible());
    QVERIFY(child<QLabel>(about, "aboutVersionLabel")->text() == QStringLiteral(PAYDESK_VERSION));
    QVERIFY(child<QLabel>(about, "aboutQtLabel")->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(child<QLabel>(about, "aboutModeLabel")->text().contains(QStringLiteral("Training")));
    QVERIFY(child<QLabel>(about, "aboutDataFolderLabel")
                ->text()
                .contains(QDir::toNativeSeparators(dataDir())));
    shot(about, QStringLiteral("app-about"));
    // The third-party tab of the app as run from the build tree: the build's list of the
    // Debian packages it uses (installer/linux/Linux.cmake writes BUILD/licenses).
    static_cast<AboutDialog *>(about)->showThirdPartyTab();
    auto *components = child<QTreeWidget>(about, "aboutComponentsList");
    QVERIFY(components->topLevelItemCount() > 10);
    QVERIFY(!components->findItems(QStringLiteral("qt6-base"), Qt::MatchExactly, 0).isEmpty());
    QVERIFY(child<QLabel>(about, "aboutNoticesLocation")->text().contains(QStringLiteral("build")));
    shot(about, QStringLiteral("app-about-third-party"));
    about->close();

    QTest::keyClick(window, Qt::Key_F5);
    QTRY_VERIFY(window->findChild<QWidget *>(QStringLiteral("historyView")));
    QCOMPARE(window->currentPage()->objectName(), QStringLiteral("extraPage"));
    shot(window, QStringLiteral("app-history"));
    child<QPushButton>(window, "backToSaleButton")->click();
    QCOMPARE(window->currentPage(), window->orderPage());
}

void TestApp::simulatorPageFitsThePaymentView()
{
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    startApp();
    MainWindow *window = m_controller->window();
    addProduct();
    window->activateWindow();
    QTRY_VERIFY(child<QPushButton>(window, "payButton")->isEnabled());
    child<QPushButton>(window, "payButton")->click();
    QTRY_VERIFY(window->paymentSession() && window->paymentSession()->view());
    PaymentView *view = window->paymentSession()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->page()->url().path().endsWith(QLatin1String("/pc")) &&
                                 !view->page()->isLoading(),
                             20000);

    // Where the QR box and the last button end, against the height the view shows.
    auto measure = [view] {
        QJsonObject out;
        bool done = false;
        view->page()->runJavaScript(
            QStringLiteral(
                "(function(){function b(id){return document.getElementById(id)"
                ".getBoundingClientRect().bottom;}return JSON.stringify({vh:innerHeight,"
                "vw:innerWidth,qr:b('sim-qr'),card:b('sim-approve-card'),money:"
                "b('sim-approve-money'),cancel:b('sim-cancel'),fail:b('sim-fail'),scroll:"
                "document.documentElement.scrollHeight});})()"),
            [&](const QVariant &v) {
                out = QJsonDocument::fromJson(v.toString().toUtf8()).object();
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer from the page");
        return out;
    };
    for (const QSize &size : {QSize(1280, 800), QSize(1000, 700)}) {
        window->resize(size);
        QTest::qWait(300);
        const QJsonObject m = measure();
        qInfo("window %dx%d: view %dx%d, QR ends at %d, buttons end at %d, page %d high",
              size.width(), size.height(), m.value(QStringLiteral("vw")).toInt(),
              m.value(QStringLiteral("vh")).toInt(), m.value(QStringLiteral("qr")).toInt(),
              m.value(QStringLiteral("fail")).toInt(), m.value(QStringLiteral("scroll")).toInt());
        const double vh = m.value(QStringLiteral("vh")).toDouble();
        QVERIFY(vh > 0);
        for (const char *id : {"qr", "card", "money", "cancel", "fail"})
            QVERIFY2(m.value(QLatin1String(id)).toDouble() <= vh, id);
        shot(window, QStringLiteral("app-payment-%1x%2").arg(size.width()).arg(size.height()));
    }
}

void TestApp::liveModeWithoutKeyBlocksPay()
{
    // Set up for real payments, but the keychain holds no key (here: no keychain at all).
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("false")}});
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    startApp();
    MainWindow *window = m_controller->window();
    QVERIFY(!m_context->isTraining());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("trainingBanner"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_context->isKeyPending(), 20000);
    QVERIFY(window->isPayBlocked());
    QVERIFY2(window->problemText().contains(QStringLiteral("key")),
             qPrintable(window->problemText()));
    QVERIFY(!m_controller->recoveryDialog()); // nothing is asked of KakaoPay without a key
    shot(window, QStringLiteral("app-live-no-key"));
}

void TestApp::asRootTheSandboxIsNeverSwitchedOff()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        QSKIP("as a normal user the sandbox runs (tests/gui/sandbox-user.sh shows it)");
#endif
    // CTest switched the sandbox off for this suite (root); a counter started as root by a
    // user who did not is what is tested here: payments off, the reason on the red bar.
    const QByteArray saved = qgetenv("QTWEBENGINE_DISABLE_SANDBOX");
    qunsetenv("QTWEBENGINE_DISABLE_SANDBOX");
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    startApp();
    MainWindow *window = m_controller->window();
    const QString reason = QStringLiteral(
        "PayDesk's payment page does not run as root: start PayDesk as a normal user");
    QTRY_VERIFY(window->isPayBlocked());
    QVERIFY2(window->problemText().contains(reason), qPrintable(window->problemText()));
    QVERIFY(m_context->payBlockReason().contains(reason));
    QVERIFY(qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")); // not set behind our back
    addProduct();
    QTest::qWait(200);
    QVERIFY(!child<QPushButton>(window, "payButton")->isEnabled());
    shot(window, QStringLiteral("app-root-no-sandbox"));
    m_controller.reset();
    m_context.reset();

    // The user's own switch is respected.
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", saved.isEmpty() ? QByteArray("1") : saved);
    startApp();
    QTRY_VERIFY(!m_context->isKeyPending());
    QVERIFY2(!m_context->payBlockReason().contains(reason),
             qPrintable(m_context->payBlockReason()));
}

void TestApp::dataFolderAndFilesAreOwnerOnly()
{
    // A data folder as an earlier PayDesk left it: readable by every account on the PC.
    writeSettings({{QStringLiteral("app/firstRunDone"), QStringLiteral("true")},
                   {QStringLiteral("app/trainingMode"), QStringLiteral("true")}});
    QVERIFY(QDir().mkpath(dataDir()));
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                          QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QString journal = QDir(dataDir()).filePath(QStringLiteral("paydesk.sqlite"));
    {
        Database db(journal);
        QVERIFY(db.open());
    }
    QVERIFY(QFile::setPermissions(journal, everyone));
    QVERIFY(QFile::setPermissions(dataDir(), everyone | QFileDevice::ExeOwner |
                                                 QFileDevice::ExeGroup | QFileDevice::ExeOther));
    const QString settingsFile =
        QSettings(QStringLiteral("PayDesk"), QStringLiteral("PayDesk")).fileName();
    QVERIFY(QFile::setPermissions(settingsFile, everyone));

    startApp();
    QTRY_VERIFY(!m_context->isKeyPending());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(dataDir()) & others, QFileDevice::Permissions());
    const QStringList files = QDir(dataDir()).entryList(QDir::Files);
    QVERIFY2(files.contains(QStringLiteral("paydesk.sqlite")), qPrintable(files.join(u' ')));
    QVERIFY2(files.contains(QStringLiteral("paydesk-training.sqlite")),
             qPrintable(files.join(u' ')));
    for (const QString &file : files)
        QVERIFY2((QFile::permissions(QDir(dataDir()).filePath(file)) & others) == 0,
                 qPrintable(file));
    QCOMPARE(QFile::permissions(settingsFile) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(QFileInfo(settingsFile).absolutePath()) & others,
             QFileDevice::Permissions());
}

QTEST_MAIN(TestApp)
#include "tst_app.moc"
