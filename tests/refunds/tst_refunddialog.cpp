#include "PaidPayment.h"
#include "SimProcess.h"
#include "TestOrders.h"

#include "auth/ManagerStore.h"
#include "history/PaymentDetailDialog.h"
#include "history/RecoveryDialog.h"
#include "history/RefundDialog.h"
#include "recovery/DoubtMonitor.h"
#include "refunds/RefundService.h"
#include "settings/ManagerPinDialog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

// A partial refund by lines, driven through the real dialogs as a manager would: payment
// detail → Refund… → choose lines and quantities → reason → PIN → result and receipt.
class TestRefundDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void partialRefundByLines();
    void wrongPinRefundsNothing();
    void linesShowWhatIsLeft();
    void recoveryDialogShowsWhatItDid();

private:
    RefundDialog *openRefundDialog(PaymentDetailDialog *detail);
    void enterPin(const QString &pin);
    // With PAYDESK_SCREENSHOT_DIR set, keeps a PNG of the widget for a person to look at.
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    SimProcess m_sim;
    std::unique_ptr<KakaoPay::Client> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ManagerStore> m_managers;
    std::unique_ptr<RefundService> m_service;
    HistoryContext m_context;
};

void TestRefundDialog::initTestCase()
{
    QVERIFY2(m_sim.start(), "the simulator did not start (PAYDESK_SIM_BIN)");
    KakaoPay::ClientConfig config;
    config.baseUrl = m_sim.url();
    config.timeoutMs = 3000;
    m_client = std::make_unique<KakaoPay::Client>(
        config, [] { return QString::fromLatin1(SimProcess::kKey); });
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("paydesk.db")));
    QVERIFY(m_db->open());
    m_journal = std::make_unique<Journal>(m_db.get());
    m_managers = std::make_unique<ManagerStore>(m_db.get(), m_journal.get(), Clock::system(), 10);
    QCOMPARE(m_managers->addManager(QStringLiteral("김민지"), QStringLiteral("246813"),
                                    QStringLiteral("setup")),
             ManagerStore::Result::Ok);
    m_service = std::make_unique<RefundService>(m_client.get(), m_journal.get());
    m_context = {m_db.get(), m_journal.get(), m_managers.get(), m_service.get(), {}};
}

RefundDialog *TestRefundDialog::openRefundDialog(PaymentDetailDialog *detail)
{
    auto *refund = detail->findChild<QPushButton *>(QStringLiteral("refundButton"));
    if (!refund || !refund->isEnabled())
        return nullptr;
    QTest::mouseClick(refund, Qt::LeftButton);
    return detail->findChild<RefundDialog *>();
}

void TestRefundDialog::enterPin(const QString &pin)
{
    ManagerPinDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<ManagerPinDialog *>(QApplication::activeModalWidget())));
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, pin);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestRefundDialog::partialRefundByLines()
{
    const PaymentRecord paid =
        PaidPayment::make(m_client.get(), m_journal.get(), Clock::system(), &m_sim);
    QCOMPARE(paid.state, PaymentState::Approved);
    PaymentDetailDialog detail(m_context, paid.partnerOrderId);
    detail.show();
    RefundDialog *dialog = openRefundDialog(&detail);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *refund = dialog->findChild<QPushButton *>(QStringLiteral("refundButton"));
    QVERIFY(!refund->isEnabled()); // no reason yet

    // One of the two coffees and the milk.
    auto *byLines = dialog->findChild<QRadioButton *>(QStringLiteral("linesRadio"));
    QTest::mouseClick(byLines, Qt::LeftButton, {}, QPoint(6, byLines->height() / 2));
    auto *lines = dialog->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    QVERIFY(lines->isEnabled());
    lines->item(0, 0)->setCheckState(Qt::Checked);
    lines->item(1, 0)->setCheckState(Qt::Checked);
    auto *coffees = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin0"));
    coffees->selectAll();
    QTest::keyClicks(coffees, QStringLiteral("1"));
    QCOMPARE(coffees->value(), 1);
    const QString preview = dialog->findChild<QLabel *>(QStringLiteral("splitLabel"))->text();
    QVERIFY2(preview.contains(Won(7480).toDisplayString()), qPrintable(preview));
    QVERIFY2(preview.contains(Won(2980).toDisplayString()), qPrintable(preview)); // tax-free
    QVERIFY2(preview.contains(Won(409).toDisplayString()), qPrintable(preview));  // VAT
    dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
        ->setText(QStringLiteral("우유 파손")); // keyClicks types ASCII only
    QVERIFY(refund->isEnabled());
    saveScreenshot(dialog, QStringLiteral("refund-dialog-form"));

    QTest::mouseClick(refund, Qt::LeftButton);
    enterPin(QStringLiteral("246813"));
    auto *pages = dialog->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("resultPage"),
                              10000);
    const QString result = dialog->findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(Won(7480).toDisplayString()), qPrintable(result));
    saveScreenshot(dialog, QStringLiteral("refund-dialog-result"));
    QVERIFY(dialog->findChild<QTextBrowser *>(QStringLiteral("receiptBrowser"))
                ->toPlainText()
                .contains(Won(8400).toDisplayString())); // left on the payment

    const QList<RefundRecord> refunds = m_journal->refunds(paid.partnerOrderId);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().state, RefundRecord::State::Done);
    QCOMPARE(refunds.first().amount, (AmountSplit{Won(7480), Won(2980), Won(409)}));
    QCOMPARE(refunds.first().manager, QStringLiteral("김민지"));
    QCOMPARE(refunds.first().reason, QStringLiteral("우유 파손"));
    QCOMPARE(m_journal->payment(paid.partnerOrderId)->state, PaymentState::PartRefunded);
    QCOMPARE(m_sim.payment(paid.tid).value(QLatin1String("status")).toString(),
             QStringLiteral("PART_CANCEL_PAYMENT"));
    // The detail dialog shows the refund.
    QTRY_COMPARE(detail.findChild<QTableWidget *>(QStringLiteral("refundsTable"))->rowCount(), 1);
    saveScreenshot(&detail, QStringLiteral("payment-detail"));
    dialog->close();
}

// After a refund of the milk and one coffee by lines, the dialog offers what is left only: the
// milk greyed at "0 of 1", one coffee; the rest by lines takes exactly what is left.
void TestRefundDialog::linesShowWhatIsLeft()
{
    const PaymentRecord paid =
        PaidPayment::make(m_client.get(), m_journal.get(), Clock::system(), &m_sim);
    QCOMPARE(paid.state, PaymentState::Approved);
    RefundRequest earlier;
    earlier.partnerOrderId = paid.partnerOrderId;
    earlier.kind = RefundRequest::Kind::Lines;
    earlier.lines = {RefundLine{0, 1}, RefundLine{1, 1}};
    earlier.reason = QStringLiteral("파손");
    QSignalSpy finished(m_service.get(), &RefundService::finished);
    m_service->refund(earlier,
                      RefundAuthorization::grant(
                          m_managers->authorize(QStringLiteral("김민지"), QStringLiteral("246813")),
                          paid.partnerOrderId, QDateTime::currentDateTime()));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).value<RefundResult>().ok());

    PaymentDetailDialog detail(m_context, paid.partnerOrderId);
    detail.show();
    // The detail names what the refund gave back.
    auto *refunds = detail.findChild<QTableWidget *>(QStringLiteral("refundsTable"));
    QCOMPARE(refunds->rowCount(), 1);
    QCOMPARE(refunds->item(0, 2)->text(), QStringLiteral("아메리카노 × 1, 흰우유 1L × 1"));
    RefundDialog *dialog = openRefundDialog(&detail);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *byLines = dialog->findChild<QRadioButton *>(QStringLiteral("linesRadio"));
    QVERIFY(byLines->isEnabled());
    QTest::mouseClick(byLines, Qt::LeftButton, {}, QPoint(6, byLines->height() / 2));
    auto *lines = dialog->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    QVERIFY(lines->isEnabled());
    QCOMPARE(lines->item(0, 2)->text(), QStringLiteral("1 of 2"));
    QCOMPARE(lines->item(1, 2)->text(), QStringLiteral("0 of 1"));
    QCOMPARE(lines->item(2, 2)->text(), QStringLiteral("1 of 1"));
    auto *coffees = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin0"));
    auto *milk = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin1"));
    QCOMPARE(coffees->maximum(), 1);
    QVERIFY(!milk->isEnabled());
    QCOMPARE(milk->value(), 0);
    // The milk cannot be ticked: a click on its box does nothing.
    QVERIFY(!(lines->item(1, 0)->flags() & Qt::ItemIsUserCheckable));
    const QRect milkRow = lines->visualItemRect(lines->item(1, 0));
    QTest::mouseClick(lines->viewport(), Qt::LeftButton, {},
                      QPoint(milkRow.left() + 10, milkRow.center().y()));
    QCOMPARE(lines->item(1, 0)->checkState(), Qt::Unchecked);
    coffees->selectAll();
    QTest::keyClicks(coffees, QStringLiteral("2"));
    QCOMPARE(coffees->value(), 1); // no more than is left
    lines->item(0, 0)->setCheckState(Qt::Checked);
    lines->item(2, 0)->setCheckState(Qt::Checked);
    const QString preview = dialog->findChild<QLabel *>(QStringLiteral("splitLabel"))->text();
    QVERIFY2(preview.contains(Won(8400).toDisplayString()), qPrintable(preview));
    QVERIFY2(preview.contains(Won(0).toDisplayString()), qPrintable(preview)); // left afterwards
    QCOMPARE(dialog->currentRequest().lines.size(), 2);
    dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("반품"));
    saveScreenshot(dialog, QStringLiteral("refund-dialog-lines-left"));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refundButton")),
                      Qt::LeftButton);
    enterPin(QStringLiteral("246813"));
    auto *pages = dialog->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("resultPage"),
                              10000);
    const QString receipt =
        dialog->findChild<QTextBrowser *>(QStringLiteral("receiptBrowser"))->toPlainText();
    QVERIFY2(receipt.contains(QStringLiteral("샌드위치 × 1")), qPrintable(receipt));
    QVERIFY2(receipt.contains(QStringLiteral("아메리카노 × 1")), qPrintable(receipt));
    saveScreenshot(dialog, QStringLiteral("refund-dialog-lines-result"));
    QCOMPARE(m_journal->payment(paid.partnerOrderId)->state, PaymentState::Refunded);
    QCOMPARE(*m_journal->refundedQuantities(paid.partnerOrderId),
             (QMap<int, qint64>{{0, 2}, {1, 1}, {2, 1}}));
    QTRY_COMPARE(refunds->rowCount(), 2);
    saveScreenshot(&detail, QStringLiteral("payment-detail-lines"));
    dialog->close();
}

void TestRefundDialog::wrongPinRefundsNothing()
{
    const PaymentRecord paid =
        PaidPayment::make(m_client.get(), m_journal.get(), Clock::system(), &m_sim);
    PaymentDetailDialog detail(m_context, paid.partnerOrderId);
    detail.show();
    RefundDialog *dialog = openRefundDialog(&detail);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("changed mind"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refundButton")),
                      Qt::LeftButton);
    enterPin(QStringLiteral("1111"));
    auto *pin = qobject_cast<ManagerPinDialog *>(QApplication::activeModalWidget());
    QVERIFY(pin); // still asking
    QVERIFY(pin->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    pin->reject();
    QTest::qWait(100);
    QVERIFY(m_journal->refunds(paid.partnerOrderId).isEmpty());
    QCOMPARE(m_sim.paymentActions(paid.tid, QStringLiteral("CANCEL")), 0);
    dialog->close();
}

void TestRefundDialog::recoveryDialogShowsWhatItDid()
{
    // A refund whose cancel KakaoPay carried out while PayDesk was down, and a payment whose
    // ready never got an answer.
    const PaymentRecord paid =
        PaidPayment::make(m_client.get(), m_journal.get(), Clock::system(), &m_sim);
    const AmountSplit split{Won(1000), Won(0), Won(91)};
    const qint64 refundId = m_journal->beginRefund(
        paid.partnerOrderId, split, QStringLiteral("김민지"), QStringLiteral("test"));
    QVERIFY(refundId > 0);
    QVERIFY(PaidPayment::cancelSent(m_journal.get(), refundId));
    KakaoPay::CancelRequest cancel;
    cancel.tid = paid.tid;
    cancel.cancelAmount = split.total;
    cancel.cancelVatAmount = split.vat;
    bool answered = false;
    m_client->cancel(cancel, this, [&](const KakaoPay::Result<KakaoPay::CancelResponse> &r) {
        answered = r.ok();
    });
    QTRY_VERIFY(answered);
    PaymentRecord lost = paid;
    lost.partnerOrderId = paid.partnerOrderId + QStringLiteral("-LOST");
    lost.state = PaymentState::Created;
    lost.tid.clear();
    lost.aid.clear();
    lost.approvedAt = {};
    QVERIFY(m_journal->record(lost, QStringLiteral("created")));

    // And a payment in doubt whose one re-send is spent: it stays open.
    const KakaoPay::ReadyRequest readyRequest =
        TestOrders::readyRequest(paid.partnerOrderId + QStringLiteral("-DOUBT"));
    QString doubtTid;
    m_client->ready(readyRequest, this, [&](const KakaoPay::Result<KakaoPay::ReadyResponse> &r) {
        doubtTid = r.value.tid;
    });
    QTRY_VERIFY(!doubtTid.isEmpty());
    PaymentRecord doubt = paid;
    doubt.partnerOrderId = readyRequest.partnerOrderId;
    doubt.tid = doubtTid;
    doubt.pgToken = m_sim.buyerApproves(doubtTid);
    doubt.state = PaymentState::InDoubt;
    doubt.approveSends = 2;
    doubt.aid.clear();
    doubt.approvedAt = {};
    QVERIFY(m_journal->record(doubt, QStringLiteral("in-doubt")));

    DoubtMonitor::Options options;
    options.payments.backoffMs = {200};
    DoubtMonitor monitor(m_client.get(), m_journal.get(), nullptr, options);
    QCOMPARE(monitor.recoverJournal(), 3);
    RecoveryDialog dialog(&monitor);
    QSignalSpy release(&dialog, &RecoveryDialog::releaseRequested);
    dialog.show();
    auto *settled = dialog.findChild<QTableWidget *>(QStringLiteral("resultsTable"));
    auto *open = dialog.findChild<QTableWidget *>(QStringLiteral("openTable"));
    // The payment whose ready was never answered is closed at once; the refund once KakaoPay
    // has been asked.
    QTRY_COMPARE(settled->rowCount(), 2);
    QCOMPARE(settled->item(0, 0)->text(), lost.partnerOrderId);
    QVERIFY(settled->item(0, 2)->text().contains(QStringLiteral("no money taken")));
    QCOMPARE(settled->item(1, 0)->text(), paid.partnerOrderId);
    QVERIFY(settled->item(1, 2)->text().startsWith(QStringLiteral("refund:")));
    QCOMPARE(m_journal->payment(lost.partnerOrderId)->state, PaymentState::Failed);
    QCOMPARE(m_journal->payment(paid.partnerOrderId)->refundedTotal, Won(1000));
    QVERIFY(m_journal->pendingRefunds().isEmpty());

    QCOMPARE(open->rowCount(), 1);
    QCOMPARE(open->item(0, 1)->text(), doubt.partnerOrderId);
    auto *releaseButton = dialog.findChild<QPushButton *>(QStringLiteral("releaseButton"));
    auto *resendButton = dialog.findChild<QPushButton *>(QStringLiteral("resendButton"));
    QVERIFY(!releaseButton->isEnabled());
    open->selectRow(0);
    QVERIFY(releaseButton->isEnabled());
    QVERIFY(!resendButton->isEnabled());
    dialog.setActionsEnabled(false); // a payment runs
    QVERIFY(!releaseButton->isEnabled());
    dialog.setActionsEnabled(true);
    QTest::mouseClick(releaseButton, Qt::LeftButton);
    QCOMPARE(release.count(), 1);
    QCOMPARE(release.first().at(0).toString(), doubt.partnerOrderId);
    saveScreenshot(&dialog, QStringLiteral("recovery-dialog"));
}

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
