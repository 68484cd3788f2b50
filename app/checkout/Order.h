#pragma once

#include "OrderError.h"
#include "PaymentRecord.h"
#include "Product.h"

#include <QObject>

// What a payment is made for: a copy of the order taken when payment starts, so that the
// basket can change (or be cleared) while the payment runs without touching it.
struct OrderSnapshot
{
    QList<OrderLine> lines;
    OrderTotals totals;
    QString itemName; // as KakaoPay shows it (≤ 100 characters)
    qint64 quantity = 0;
};

// The basket being built at the counter. Lines are kept in the order they were first added;
// adding a product already in the basket raises that line's quantity. Every change is checked
// against the bounds (1..999 per line, total ≤ maxTotal(), no overflow); a refused change
// returns an OrderError and leaves the order unchanged.
class Order : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMinQuantity = 1;
    static constexpr qint64 kMaxQuantity = 999;
    static constexpr qint64 kDefaultMaxTotal = 2'000'000; // a sensible single-payment limit
    static constexpr int kMaxItemNameLength = 100;        // KakaoPay's item_name limit

    explicit Order(QObject *parent = nullptr);

    Won maxTotal() const { return m_maxTotal; }
    // Does not touch existing lines: a basket already above a lowered maximum can only shrink.
    void setMaxTotal(Won maxTotal);

    OrderError add(const Product &product, qint64 quantity = 1);
    OrderError setQuantity(const QString &code, qint64 quantity);
    OrderError increment(const QString &code);
    OrderError decrement(const QString &code); // refused at 1: use remove()
    bool remove(const QString &code);
    void clear();

    const QList<OrderLine> &lines() const { return m_lines; }
    int lineCount() const { return m_lines.size(); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    int indexOf(const QString &code) const; // -1 when absent

    OrderTotals totals() const;
    QString itemName() const;
    qint64 quantity() const; // total units
    OrderSnapshot snapshot() const;

    // Helpers shared with the payment and the receipt.
    static OrderTotals totalsOf(const QList<OrderLine> &lines);
    // "<first line's name>" or "<first line's name> 외 N건", at most kMaxItemNameLength
    // UTF-16 units, cut between grapheme clusters only.
    static QString itemNameOf(const QList<OrderLine> &lines);
    // The longest prefix of text of at most maxLength UTF-16 units that ends on a grapheme
    // boundary: never half a surrogate pair, never a Hangul syllable without its jamo.
    static QString cutAtGrapheme(const QString &text, int maxLength);

signals:
    void changed();

private:
    OrderError check(const QList<OrderLine> &candidate) const;
    OrderError apply(const QList<OrderLine> &candidate);
    static OrderError quantityError();

    QList<OrderLine> m_lines;
    Won m_maxTotal{kDefaultMaxTotal};
};
