#include "SelfCheck.h"

#include "PaymentSession.h"
#include "PaymentView.h"
#include "WebViewModuleLoader.h"
#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "store/Journal.h"

#include <QEventLoop>
#include <QTimer>

SelfCheck::SelfCheck(const CheckoutEnvironment &env, Journal *journal, bool waitForPerson,
                     QObject *parent)
    : QObject(parent), m_env(env), m_journal(journal), m_waitForPerson(waitForPerson), m_out(stdout)
{}

SelfCheck::~SelfCheck()
{
    delete m_session;
}

void SelfCheck::step(const QString &text)
{
    m_out << QStringLiteral("[%1 ms] ").arg(m_elapsed.elapsed(), 6) << text << Qt::endl;
}

void SelfCheck::finish(bool ok, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_exitCode = ok ? 0 : 1;
    step((ok ? tr("SELF-CHECK PASSED: %1") : tr("SELF-CHECK FAILED: %1")).arg(text));
}

int SelfCheck::run()
{
    m_elapsed.start();
    // The payment page comes from the web-view module: a counter without it cannot take payments.
    if (!PaymentView::isAvailable()) {
        finish(
            false,
            tr("the payment view could not be loaded: %1").arg(WebViewModuleLoader::errorString()));
        return m_exitCode;
    }
    step(tr("payment view loaded (%1 ms)").arg(WebViewModuleLoader::loadMs()));
    OrderLine line;
    line.code = QStringLiteral("SELFCHECK");
    line.name = tr("PayDesk self-check");
    line.unitPrice = Won(1000);
    line.quantity = 1;
    OrderSnapshot order;
    order.lines = {line};
    order.totals = Order::totalsOf(order.lines);
    order.itemName = Order::itemNameOf(order.lines);
    order.quantity = 1;

    m_session = new PaymentSession(m_env, order);
    PaymentView *view = m_session->view();
    view->setAttribute(Qt::WA_DontShowOnScreen, !m_waitForPerson);
    view->resize(1024, 768);
    view->show();
    PaymentAttempt *attempt = m_session->attempt();

    step(tr("ready sent (%1, ₩1,000)").arg(m_env.training ? tr("simulator") : tr("KakaoPay")));
    connect(attempt, &PaymentAttempt::pageReady, this, [this, attempt](const QUrl &url) {
        step(tr("ready answered: tid %1").arg(attempt->record().tid));
        if (m_waitForPerson)
            step(tr("scan the QR code in the window with KakaoTalk to pay ₩1,000 (%1)")
                     .arg(url.toString()));
    });
    connect(view, &PaymentView::pageLoaded, this, [this](bool ok) {
        if (ok)
            step(tr("payment page loaded"));
    });
    connect(attempt, &PaymentAttempt::stateChanged, this, [this](PaymentState state) {
        if (state == PaymentState::TokenReceived)
            step(tr("approval redirect caught (not loaded), pg_token received"));
        else if (state == PaymentState::Approving)
            step(tr("approve sent"));
    });
    connect(m_session, &PaymentSession::approved, this, [this](const PaymentRecord &record) {
        step(tr("approved: aid %1, method %2").arg(record.aid, record.paymentMethodType));
        const auto stored =
            m_journal ? m_journal->payment(record.partnerOrderId) : std::optional<PaymentRecord>();
        if (stored && stored->state == PaymentState::Approved && stored->aid == record.aid) {
            step(tr("recorded in the journal: order %1").arg(record.partnerOrderId));
            finish(true, tr("approved and recorded"));
        } else {
            finish(false, tr("approved but not found in the journal"));
        }
    });
    connect(m_session, &PaymentSession::ended, this,
            [this](const QString &message) { finish(false, message); });
    connect(m_session, &PaymentSession::inDoubt, this,
            [this](const PaymentRecord &, const QString &message) {
                finish(false, tr("in doubt: %1").arg(message));
            });

    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (m_done)
            loop.quit();
    });
    poll.start(50);
    // The simulator approves within a second; a person gets the tid's lifetime.
    const int limitMs =
        m_waitForPerson ? (m_env.attemptOptions.tidLifetimeSeconds + 30) * 1000 : 60000;
    QTimer::singleShot(limitMs, &loop, [this] { finish(false, tr("timed out")); });
    m_session->start();
    loop.exec();
    return m_exitCode;
}
