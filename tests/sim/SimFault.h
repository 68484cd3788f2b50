#pragma once

#include <QJsonObject>
#include <QString>

// One injected fault (README "Faults"): what an endpoint does instead of (or on top of) its
// normal answer, for the next `count` calls (-1 = until cleared).
struct SimFault
{
    enum class Kind
    {
        Delay,      // answer after arg ms
        Http500,    // HTTP 500, no state change
        Error780,   // approve fails with -780 (status FAIL_PAYMENT)
        Error781,   // cancel fails with -781 (no state change)
        Close,      // connection closed without an answer, no state change
        CommitDrop, // the call takes effect, then the connection closes without an answer
        Error,      // a KakaoPay error body with the code in arg (HTTP 400), no state change
        Duplicate   // a twin of the call is already on its way upstream: this connection gets
                    // the duplicate answer (-785, or -780 USER_LOCKED) at once, and the call
                    // itself takes effect after arg ms (the tid locked meanwhile)
    };

    QString endpoint; // ready | approve | cancel | order
    Kind kind = Kind::Http500;
    int delayMs = 0;
    int errorCode = 0;        // Error
    QString methodResultCode; // error780/781 extras; Error: the message
    QString methodResultMessage;
    int count = 1;
    int skip = 0; // calls of the endpoint that pass untouched before the fault applies

    QJsonObject extras() const;
    QJsonObject toJson() const;

    // "ENDPOINT:KIND[:ARG][@COUNT]", e.g. "approve:delay:3000@-1", "approve:error780:USER_LOCKED".
    static bool parse(const QString &spec, SimFault *out, QString *error);
    // {"endpoint","kind","arg","count"} of POST /__sim/fault.
    static bool fromJson(const QJsonObject &o, SimFault *out, QString *error);

private:
    static bool setKind(const QString &kind, const QString &arg, SimFault *out, QString *error);
};
