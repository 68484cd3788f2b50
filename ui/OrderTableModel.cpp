#include "OrderTableModel.h"

#include "checkout/Order.h"

OrderTableModel::OrderTableModel(Order *order, QObject *parent)
    : QAbstractTableModel(parent), m_order(order)
{
    // Lines are few (a basket): a reset per change keeps the model trivially right.
    connect(m_order, &Order::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_order->lineCount();
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_order->lineCount())
        return {};
    const OrderLine &line = m_order->lines().at(index.row());
    if (role == CodeRole)
        return line.code;
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return line.taxFree ? tr("%1 (code %2, tax-free)").arg(line.name, line.code)
                            : tr("%1 (code %2)").arg(line.name, line.code);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return line.taxFree ? tr("%1 (tax-free)").arg(line.name) : line.name;
    case UnitPriceColumn:
        return line.unitPrice.toDisplayString();
    case QuantityColumn:
        return QString::number(line.quantity);
    case LineTotalColumn:
        return line.lineTotal().toDisplayString();
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Item");
    case UnitPriceColumn:
        return tr("Unit price");
    case QuantityColumn:
        return tr("Qty");
    case LineTotalColumn:
        return tr("Amount");
    default:
        return {};
    }
}

QString OrderTableModel::codeAt(int row) const
{
    if (row < 0 || row >= m_order->lineCount())
        return {};
    return m_order->lines().at(row).code;
}
