#include "Reconciler.h"

#include "CheckoutLog.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

Reconciler::Reconciler(KakaoPay::Client *client, PaymentRecorder *recorder, Clock *clock,
                       QObject *parent)
    : QObject(parent), m_client(client), m_recorder(recorder), m_clock(clock)
{}

Reconciler::~Reconciler() = default;

void Reconciler::run(const QList<PaymentRecord> &records)
{
    Q_UNUSED(records);
}
