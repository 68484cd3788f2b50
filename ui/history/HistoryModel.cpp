#include "HistoryModel.h"

#include <QLocale>

HistoryModel::HistoryModel(const HistoryQuery *query, QObject *parent)
    : QAbstractTableModel(parent), m_query(query)
{}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_next = {};
    m_hasMore = true;
    m_pages = 0;
    endResetModel();
    fetchMore();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && m_query;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const HistoryPage page = m_query->page(m_filter, m_next, kPageSize);
    m_hasMore = page.ok && page.hasMore;
    m_next = page.next;
    ++m_pages;
    if (!page.ok)
        emit queryFailed();
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows += page.rows;
    endInsertRows();
}

QString HistoryModel::stateText(PaymentState state)
{
    switch (state) {
    case PaymentState::Created:
        return tr("Started");
    case PaymentState::AwaitingBuyer:
        return tr("Waiting for the customer");
    case PaymentState::TokenReceived:
    case PaymentState::Approving:
        return tr("Being approved");
    case PaymentState::InDoubt:
        return tr("In doubt: KakaoPay has not answered");
    case PaymentState::Approved:
        return tr("Paid");
    case PaymentState::PartRefunded:
        return tr("Partly refunded");
    case PaymentState::Refunded:
        return tr("Refunded");
    case PaymentState::BuyerCancelled:
        return tr("Cancelled by the customer");
    case PaymentState::Failed:
        return tr("Failed");
    case PaymentState::Expired:
        return tr("Expired");
    case PaymentState::Aborted:
        return tr("Stopped by the cashier");
    }
    return QString();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryRow &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.partnerOrderId;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TotalColumn || index.column() == RefundedColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return TimeZones::inZone(r.createdAt, m_timeZone)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case OrderIdColumn:
        return r.partnerOrderId;
    case ItemColumn:
        return r.training ? tr("%1 (training)").arg(r.itemName) : r.itemName;
    case TotalColumn:
        return r.total.toDisplayString();
    case RefundedColumn:
        return r.refundedTotal.isZero() ? QString() : r.refundedTotal.toDisplayString();
    case StateColumn:
        return stateText(r.state);
    case MethodColumn:
        return r.paymentMethodType;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OrderIdColumn:
        return tr("Order");
    case ItemColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Amount");
    case RefundedColumn:
        return tr("Refunded");
    case StateColumn:
        return tr("State");
    case MethodColumn:
        return tr("Method");
    }
    return {};
}
