#pragma once

#include "checkout/PaymentRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

// An in-memory PaymentRecorder for the checkout tests. It can be told to fail from the start
// or for one named event, to see what the checkout does when the journal cannot be written.
class FakeRecorder : public PaymentRecorder
{
public:
    bool record(const PaymentRecord &record, const QString &event) override
    {
        if (failAll || event == failEvent) {
            refused << event;
            return false;
        }
        records << record;
        events << event;
        return true;
    }

    PaymentRecord last() const { return records.isEmpty() ? PaymentRecord() : records.last(); }

    bool failAll = false;
    QString failEvent;
    QList<PaymentRecord> records;
    QStringList events;
    QStringList refused;
};
