#include "PaymentSession.h"

#include "PaymentView.h"
#include "UiLog.h"
#include "checkout/PaymentAttempt.h"

PaymentSession::PaymentSession(const CheckoutEnvironment &env, const OrderSnapshot &order,
                               QObject *parent)
    : QObject(parent)
{
    m_attempt =
        new PaymentAttempt(env.client, env.recorder, env.clock, order, env.attemptOptions, this);
    m_view = new PaymentView(env.navigationPolicy, env.clock);
    m_view->setSummary(tr("%1 · %2").arg(order.totals.total.toDisplayString(), order.itemName));

    PaymentAttempt *attempt = m_attempt;
    m_view->setReturnHandler([attempt](const QUrl &url) { return attempt->handleNavigation(url); });
    connect(m_attempt, &PaymentAttempt::pageReady, m_view, &PaymentView::showPayment);
    connect(m_attempt, &PaymentAttempt::stateChanged, this, &PaymentSession::onStateChanged);
    connect(m_attempt, &PaymentAttempt::failed, this,
            [this](const QString &message) { m_failMessage = message; });
    connect(m_attempt, &PaymentAttempt::approved, this, [this](const PaymentRecord &record) {
        m_approvedSeen = true;
        emit approved(record);
    });
    connect(m_attempt, &PaymentAttempt::inDoubt, this,
            [this](const PaymentRecord &record, const QString &message) {
                m_inDoubtSeen = true;
                emit inDoubt(record, message);
            });
    connect(m_attempt, &PaymentAttempt::notice, this, [this](const QString &message) {
        if (m_view) {
            m_view->setStatus(message, true);
            // Only said while nothing is on its way to KakaoPay: stopping is safe then.
            m_view->setAbortEnabled(true);
        }
    });
    connect(m_attempt, &PaymentAttempt::storageWarning, this, &PaymentSession::storageWarning);
    connect(m_attempt, &PaymentAttempt::spoofedRedirect, this, [](const QUrl &url) {
        qCWarning(lcPayment) << "redirect for another payment refused:"
                             << NavigationPolicy::loggable(url);
    });
    connect(m_attempt, &PaymentAttempt::finished, this, &PaymentSession::onFinished);
    connect(m_view, &PaymentView::abortRequested, this, &PaymentSession::onAbortRequested);
    connect(
        m_view, &PaymentView::blockedNavigation, m_view, [view = m_view.data()](const QUrl &url) {
            view->setStatus(
                tr("The payment page tried to open %1. It was blocked.").arg(url.host()), false);
        });
}

PaymentSession::~PaymentSession()
{
    // The view may already be gone with its parent window; otherwise it goes with us.
    delete m_view.data();
}

void PaymentSession::start()
{
    m_attempt->start();
}

void PaymentSession::onStateChanged(PaymentState state)
{
    if (!m_view)
        return;
    switch (state) {
    case PaymentState::TokenReceived:
    case PaymentState::Approving:
        m_view->setStatus(tr("The customer confirmed. Approving the payment with KakaoPay…"), true);
        m_view->setAbortEnabled(false);
        break;
    default:
        break;
    }
}

void PaymentSession::onAbortRequested()
{
    if (m_attempt->abort())
        return;
    if (m_view)
        m_view->setStatus(tr("The payment is being approved and cannot be aborted now."), true);
}

void PaymentSession::onFinished()
{
    if (m_approvedSeen || m_inDoubtSeen)
        return;
    QString message = m_failMessage;
    switch (m_attempt->state()) {
    case PaymentState::Aborted:
        message = tr("Payment aborted.");
        break;
    case PaymentState::BuyerCancelled:
        if (message.isEmpty())
            message = tr("The customer cancelled the payment.");
        break;
    case PaymentState::Expired:
        if (message.isEmpty())
            message = tr("The payment time ran out.");
        break;
    default:
        if (message.isEmpty())
            message = tr("The payment did not go through.");
        break;
    }
    qCInfo(lcPayment) << m_attempt->partnerOrderId() << "ended in"
                      << paymentStateName(m_attempt->state());
    emit ended(message);
}
