#include "Scenario.h"

using Fault = Scenario::Fault;
using Event = Scenario::Event;
using Step = Scenario::Step;

QString Scenario::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("ok");
    case Fault::SlowShort:
        return QStringLiteral("slow-short");
    case Fault::SlowLong:
        return QStringLiteral("slow-long");
    case Fault::Http500:
        return QStringLiteral("http500");
    case Fault::Close:
        return QStringLiteral("close");
    case Fault::CommitDrop:
        return QStringLiteral("commit-drop");
    case Fault::InProgress:
        return QStringLiteral("-785");
    case Fault::Twin:
        return QStringLiteral("twin");
    case Fault::UserLocked:
        return QStringLiteral("-780-user-locked");
    case Fault::MethodFail:
        return QStringLiteral("method-fail");
    case Fault::UnknownTid:
        return QStringLiteral("-721");
    case Fault::NotApprovable:
        return QStringLiteral("-783");
    case Fault::Refused:
        return QStringLiteral("refused");
    case Fault::GuardRefused:
        return QStringLiteral("guard-refused");
    case Fault::SecondPayDesk:
        return QStringLiteral("second-paydesk");
    }
    return {};
}

QString Scenario::eventName(Event event)
{
    switch (event) {
    case Event::None:
        return QStringLiteral("none");
    case Event::BuyerCancels:
        return QStringLiteral("buyer-cancels");
    case Event::BuyerFails:
        return QStringLiteral("buyer-fails");
    case Event::CashierAborts:
        return QStringLiteral("cashier-aborts");
    case Event::ClockForward:
        return QStringLiteral("clock-forward");
    case Event::ClockBack:
        return QStringLiteral("clock-back");
    case Event::TidExpires:
        return QStringLiteral("tid-expires");
    case Event::SecondPayDesk:
        return QStringLiteral("second-paydesk");
    case Event::DoubleRedirect:
        return QStringLiteral("double-redirect");
    case Event::RedirectAfterAbort:
        return QStringLiteral("redirect-after-abort");
    }
    return {};
}

QString Scenario::name() const
{
    static const char *const steps[] = {"ready", "page",   "redirect",     "approve",
                                        "order", "cancel", "refund-order", "kill"};
    QString n = QString::fromLatin1(steps[int(step)]) + u'/';
    switch (step) {
    case Step::Page:
    case Step::Redirect:
        n += eventName(event);
        break;
    case Step::Order:
    case Step::RefundOrder:
        n += faultName(fault) + QStringLiteral("+order:") + faultName(orderFault);
        break;
    case Step::Kill:
        n += (refundFlow ? QStringLiteral("refund") : QStringLiteral("payment")) +
             (killAtCommit > 0 ? QStringLiteral("@write%1").arg(killAtCommit)
                               : QStringLiteral("@end")) +
             (fault == Fault::None ? QString() : u'+' + faultName(fault));
        break;
    default:
        n += faultName(fault);
        break;
    }
    n += generation == KakaoPay::ApiGeneration::Legacy ? QStringLiteral(" legacy")
                                                       : QStringLiteral(" current");
    if (duplicateCode != -785)
        n += QStringLiteral(" dup%1").arg(duplicateCode);
    return n;
}

QList<Scenario> Scenario::all(int paymentCommits, int refundCommits)
{
    const QList<Fault> readyFaults{Fault::SlowShort,  Fault::Http500,    Fault::Close,
                                   Fault::CommitDrop, Fault::InProgress, Fault::UserLocked,
                                   Fault::UnknownTid};
    const QList<Event> pageEvents{Event::BuyerCancels, Event::BuyerFails, Event::CashierAborts,
                                  Event::ClockForward, Event::ClockBack,  Event::TidExpires,
                                  Event::SecondPayDesk};
    const QList<Event> redirectEvents{Event::DoubleRedirect, Event::RedirectAfterAbort,
                                      Event::ClockForward, Event::TidExpires};
    const QList<Fault> approveFaults{Fault::None,       Fault::SlowShort,    Fault::SlowLong,
                                     Fault::Http500,    Fault::Close,        Fault::CommitDrop,
                                     Fault::InProgress, Fault::Twin,         Fault::UserLocked,
                                     Fault::MethodFail, Fault::UnknownTid,   Fault::NotApprovable,
                                     Fault::Refused,    Fault::SecondPayDesk};
    const QList<Fault> lostAnswers{Fault::Close, Fault::CommitDrop, Fault::SlowShort,
                                   Fault::SlowLong};
    const QList<Fault> orderFaults{Fault::SlowShort, Fault::Http500, Fault::Close,
                                   Fault::UnknownTid, Fault::InProgress};
    const QList<Fault> cancelFaults{Fault::None,        Fault::SlowShort,  Fault::SlowLong,
                                    Fault::Http500,     Fault::Close,      Fault::CommitDrop,
                                    Fault::InProgress,  Fault::Twin,       Fault::UserLocked,
                                    Fault::MethodFail,  Fault::UnknownTid, Fault::Refused,
                                    Fault::GuardRefused};
    const QList<Fault> refundOrderFaults{Fault::SlowShort, Fault::Http500, Fault::Close,
                                         Fault::UnknownTid};

    QList<Scenario> out;
    for (KakaoPay::ApiGeneration generation :
         {KakaoPay::ApiGeneration::Current, KakaoPay::ApiGeneration::Legacy}) {
        Scenario s;
        s.generation = generation;
        s.step = Step::Ready;
        for (Fault f : readyFaults) {
            s.fault = f;
            out << s;
        }
        s.fault = Fault::None;
        s.step = Step::Page;
        for (Event e : pageEvents) {
            s.event = e;
            out << s;
        }
        s.step = Step::Redirect;
        for (Event e : redirectEvents) {
            s.event = e;
            out << s;
        }
        s.event = Event::None;
        // What a concurrent duplicate gets matters wherever an approve or cancel may be sent
        // while another one is on its way.
        for (int duplicate : {-785, -780}) {
            s.duplicateCode = duplicate;
            s.step = Step::Approve;
            for (Fault f : approveFaults) {
                s.fault = f;
                out << s;
            }
            s.step = Step::Order;
            for (Fault lost : lostAnswers) {
                for (Fault f : orderFaults) {
                    s.fault = lost;
                    s.orderFault = f;
                    out << s;
                }
            }
            s.orderFault = Fault::None;
            s.step = Step::Cancel;
            for (Fault f : cancelFaults) {
                s.fault = f;
                out << s;
            }
            s.step = Step::RefundOrder;
            for (Fault lost : lostAnswers) {
                for (Fault f : refundOrderFaults) {
                    s.fault = lost;
                    s.orderFault = f;
                    out << s;
                }
            }
            s.orderFault = Fault::None;
        }
        s.duplicateCode = -785;
        // SIGKILL before each journal write of a payment and of a refund, and after the last,
        // with the main call answered at once and with it slow (killed while it is on its way).
        s.step = Step::Kill;
        for (bool refund : {false, true}) {
            s.refundFlow = refund;
            const int commits = refund ? refundCommits : paymentCommits;
            for (Fault f : {Fault::None, Fault::SlowLong}) {
                s.fault = f;
                for (int k = 1; k <= commits + 1; ++k) {
                    s.killAtCommit = k > commits ? 0 : k;
                    out << s;
                }
            }
        }
    }
    return out;
}
