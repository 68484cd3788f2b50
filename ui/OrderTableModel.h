#pragma once

#include <QAbstractTableModel>

class Order;

// The order's lines as a table: name, unit price, quantity, line total. Read-only; the
// OrderPanel changes the Order and this model follows its changed() signal.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UnitPriceColumn,
        QuantityColumn,
        LineTotalColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit OrderTableModel(Order *order, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString codeAt(int row) const;

private:
    Order *m_order;
};
