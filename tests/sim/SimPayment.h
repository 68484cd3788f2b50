#pragma once

#include "core/Won.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The Amount object of the KakaoPay API (reference §8). Points and discounts are never used by
// the simulator but are part of the shape every client parses.
struct SimAmount
{
    Won total;
    Won taxFree;
    Won vat;
    Won point;
    Won discount;
    Won greenDeposit;

    SimAmount operator+(const SimAmount &o) const;
    SimAmount operator-(const SimAmount &o) const;
    bool operator==(const SimAmount &o) const;

    QJsonObject toJson() const;
    static SimAmount fromJson(const QJsonObject &o);
};

// One approve or cancel action of a tid (order's payment_action_details).
struct SimAction
{
    QString aid;
    QString type; // PAYMENT or CANCEL
    QDateTime at;
    SimAmount amount;
    QString method;
    QString payload;

    QJsonObject toJson() const; // the order-response shape
    static SimAction fromJson(const QJsonObject &o);
};

// Everything the simulator knows about one tid (reference §13.2).
struct SimPayment
{
    QString tid;
    QString cid;
    QString partnerOrderId;
    QString partnerUserId;
    QString itemName;
    QString itemCode;
    qint64 quantity = 0;
    SimAmount amount;
    SimAmount canceled;
    QString approvalUrl;
    QString cancelUrl;
    QString failUrl;
    QString allowedMethod; // ready's payment_method_type, empty = any
    int installMonth = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime approvedAt;
    QDateTime canceledAt;
    QString status;
    QString pgToken;
    QString method;     // CARD or MONEY once chosen
    QString approvedId; // card-company approval number
    QString payload;    // of the approve call
    QList<SimAction> actions;

    SimAmount cancelAvailable() const { return amount - canceled; }
    bool isPending() const;
    bool isPaid() const; // SUCCESS_PAYMENT, PART_CANCEL_PAYMENT or CANCEL_PAYMENT
    bool isExpiredAt(const QDateTime &now) const { return now >= expiresAt; }

    // The order response (reference §7).
    QJsonObject orderJson() const;
    // Fields shared by the approve and cancel responses.
    QJsonObject commonJson() const;
    QJsonObject cardInfoJson() const;

    // Full record for --state-file (times as epoch milliseconds).
    QJsonObject toStateJson() const;
    static SimPayment fromStateJson(const QJsonObject &o);
};

namespace SimStatus {
inline const QString Ready = QStringLiteral("READY");
inline const QString SendTms = QStringLiteral("SEND_TMS");
inline const QString OpenPayment = QStringLiteral("OPEN_PAYMENT");
inline const QString SelectMethod = QStringLiteral("SELECT_METHOD");
inline const QString AuthPassword = QStringLiteral("AUTH_PASSWORD");
inline const QString Success = QStringLiteral("SUCCESS_PAYMENT");
inline const QString PartCancel = QStringLiteral("PART_CANCEL_PAYMENT");
inline const QString Cancel = QStringLiteral("CANCEL_PAYMENT");
inline const QString FailAuthPassword = QStringLiteral("FAIL_AUTH_PASSWORD");
inline const QString Quit = QStringLiteral("QUIT_PAYMENT");
inline const QString FailPayment = QStringLiteral("FAIL_PAYMENT");
} // namespace SimStatus

// KakaoPay's date-time format: local time, no offset.
QString simTimestamp(const QDateTime &t);
