#include "Order.h"

#include <QTextBoundaryFinder>

Order::Order(QObject *parent) : QObject(parent) {}

void Order::setMaxTotal(Won maxTotal)
{
    m_maxTotal = maxTotal;
}

OrderError Order::add(const Product &product, qint64 quantity)
{
    if (product.code.isEmpty() || product.price.isNegative())
        return OrderError(OrderError::Code::InvalidProduct,
                          tr("This product cannot be sold: its code or price is missing."));
    if (quantity < kMinQuantity || quantity > kMaxQuantity)
        return quantityError();
    QList<OrderLine> candidate = m_lines;
    const int index = indexOf(product.code);
    if (index >= 0) {
        candidate[index].quantity += quantity; // both ≤ 999: no overflow; check() bounds the sum
    } else {
        candidate.append(
            OrderLine{product.code, product.name, product.price, quantity, product.taxFree});
    }
    return apply(candidate);
}

OrderError Order::setQuantity(const QString &code, qint64 quantity)
{
    const int index = indexOf(code);
    if (index < 0)
        return OrderError(OrderError::Code::UnknownLine, tr("This item is not in the order."));
    if (m_lines.at(index).quantity == quantity)
        return OrderError();
    QList<OrderLine> candidate = m_lines;
    candidate[index].quantity = quantity;
    return apply(candidate);
}

OrderError Order::increment(const QString &code)
{
    const int index = indexOf(code);
    if (index < 0)
        return OrderError(OrderError::Code::UnknownLine, tr("This item is not in the order."));
    return setQuantity(code, m_lines.at(index).quantity + 1);
}

OrderError Order::decrement(const QString &code)
{
    const int index = indexOf(code);
    if (index < 0)
        return OrderError(OrderError::Code::UnknownLine, tr("This item is not in the order."));
    return setQuantity(code, m_lines.at(index).quantity - 1);
}

bool Order::remove(const QString &code)
{
    const int index = indexOf(code);
    if (index < 0)
        return false;
    m_lines.removeAt(index);
    emit changed();
    return true;
}

void Order::clear()
{
    if (m_lines.isEmpty())
        return;
    m_lines.clear();
    emit changed();
}

int Order::indexOf(const QString &code) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).code == code)
            return i;
    }
    return -1;
}

OrderTotals Order::totals() const
{
    return totalsOf(m_lines);
}

QString Order::itemName() const
{
    return itemNameOf(m_lines);
}

qint64 Order::quantity() const
{
    qint64 units = 0;
    for (const OrderLine &line : m_lines)
        units += line.quantity;
    return units;
}

OrderSnapshot Order::snapshot() const
{
    return OrderSnapshot{m_lines, totals(), itemName(), quantity()};
}

OrderTotals Order::totalsOf(const QList<OrderLine> &lines)
{
    // Lines in an Order were checked against overflow; saturate anyway rather than wrap.
    OrderTotals totals;
    for (const OrderLine &line : lines) {
        Won lineTotal;
        if (!Won::checkedMultiply(line.unitPrice, line.quantity, &lineTotal) ||
            !Won::checkedAdd(totals.total, lineTotal, &totals.total))
            totals.total = Won(Won::kMax);
        if (line.taxFree && !Won::checkedAdd(totals.taxFree, lineTotal, &totals.taxFree))
            totals.taxFree = Won(Won::kMax);
    }
    totals.vat = Won::vatOf(totals.total, totals.taxFree);
    return totals;
}

QString Order::itemNameOf(const QList<OrderLine> &lines)
{
    if (lines.isEmpty())
        return QString();
    const QString first = lines.first().name.simplified();
    if (lines.size() == 1)
        return cutAtGrapheme(first, kMaxItemNameLength);
    // The "외 N건" part says how much more was bought: cut the name, never the count.
    // Not tr(): item_name is shown to the buyer on KakaoPay's Korean page, whatever the UI says.
    const QString more = QStringLiteral(" 외 %1건").arg(lines.size() - 1);
    return cutAtGrapheme(first, kMaxItemNameLength - int(more.size())) + more;
}

QString Order::cutAtGrapheme(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    if (maxLength <= 0)
        return QString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(maxLength);
    qsizetype cut = finder.isAtBoundary() ? maxLength : finder.toPreviousBoundary();
    if (cut < 0)
        cut = 0;
    return text.left(cut);
}

OrderError Order::check(const QList<OrderLine> &candidate) const
{
    Won total;
    for (const OrderLine &line : candidate) {
        if (line.quantity < kMinQuantity || line.quantity > kMaxQuantity)
            return quantityError();
        Won lineTotal;
        if (!Won::checkedMultiply(line.unitPrice, line.quantity, &lineTotal) ||
            !Won::checkedAdd(total, lineTotal, &total))
            return OrderError(OrderError::Code::Overflow,
                              tr("The amount is too large to be handled."));
    }
    if (total > m_maxTotal)
        return OrderError(OrderError::Code::TotalTooLarge,
                          tr("The order would exceed the limit of %1 for one payment.")
                              .arg(m_maxTotal.toDisplayString()));
    return OrderError();
}

OrderError Order::quantityError()
{
    return OrderError(
        OrderError::Code::QuantityOutOfRange,
        tr("The quantity must be between %1 and %2.").arg(kMinQuantity).arg(kMaxQuantity));
}

OrderError Order::apply(const QList<OrderLine> &candidate)
{
    const OrderError error = check(candidate);
    if (error)
        return error;
    m_lines = candidate;
    emit changed();
    return OrderError();
}
