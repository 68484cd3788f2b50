#pragma once

#include "kakaopay/KakaoPayTypes.h"

#include <QList>
#include <QString>

// One scenario of the fault sweep: a step of a payment or a refund, a fault at that step, the
// API generation, and what a concurrent duplicate gets from KakaoPay (-785, or -780 with
// USER_LOCKED). Scenarios are enumerated (Scenario::all), not picked by hand.
struct Scenario
{
    enum class Step
    {
        Ready,       // the ready call
        Page,        // while the buyer is on KakaoPay's page
        Redirect,    // when the approval redirect arrives
        Approve,     // the approve call
        Order,       // order, asked to settle an approve whose answer was lost
        Cancel,      // the cancel call of a refund
        RefundOrder, // order, asked to settle a cancel whose answer was lost
        Kill         // the counter process killed (SIGKILL) before a journal write
    };
    // A fault of an HTTP step: what the simulator does with that call.
    enum class Fault
    {
        None,          // answered within the timeout
        SlowShort,     // carried out after the client gave up, before the quiet period ends
        SlowLong,      // carried out after the client gave up, after a re-send could be tried
        Http500,       // a server error, nothing done
        Close,         // connection closed before KakaoPay acted
        CommitDrop,    // KakaoPay acted, the answer was lost
        InProgress,    // -785, nothing carried out
        Twin,          // a duplicate of the call is on its way: this one gets the duplicate
                       // answer, the twin is carried out a moment later
        UserLocked,    // -780 USER_LOCKED ("a transaction is in progress"), nothing done
        MethodFail,    // -780 (approve: FAIL_PAYMENT) / -781 (cancel: nothing done)
        UnknownTid,    // -721
        NotApprovable, // -783
        Refused,       // approve -708 / cancel -710: KakaoPay's documented refusal
        GuardRefused,  // cancel -722 (the cancel_available_amount guard)
        SecondPayDesk  // another PayDesk opens the journal while the call is slow
    };
    // What happens at the Page and Redirect steps.
    enum class Event
    {
        None,
        BuyerCancels,
        BuyerFails,
        CashierAborts,
        ClockForward,  // the PC clock jumps two hours ahead
        ClockBack,     // … or back
        TidExpires,    // KakaoPay's 15 minutes run out before the approval redirect
        SecondPayDesk, // another PayDesk (and paydesk-cli reconcile) on the journal
        DoubleRedirect,
        RedirectAfterAbort
    };

    Step step = Step::Approve;
    Fault fault = Fault::None;      // at the step (Ready, Approve, Cancel; the first call of
                                    // Order/RefundOrder)
    Fault orderFault = Fault::None; // Order / RefundOrder: on the order call
    Event event = Event::None;
    KakaoPay::ApiGeneration generation = KakaoPay::ApiGeneration::Current;
    int duplicateCode = -785;
    // Kill: the counter runs as a process and dies at its killAtCommit-th journal write (before
    // it is on disk); 0 = after its last one. refundFlow: in a refund, not a payment.
    int killAtCommit = 0;
    bool refundFlow = false;

    QString name() const;
    bool isRefund() const
    {
        return step == Step::Cancel || step == Step::RefundOrder ||
               (step == Step::Kill && refundFlow);
    }

    // Every scenario of the sweep. killCommits: how many journal writes a payment and a refund
    // make when nothing goes wrong (measured by the sweep before it enumerates the kills).
    static QList<Scenario> all(int paymentCommits, int refundCommits);
    static QString faultName(Fault fault);
    static QString eventName(Event event);
};
