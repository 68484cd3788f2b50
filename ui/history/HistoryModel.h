#pragma once

#include "core/TimeZones.h"
#include "store/HistoryQuery.h"

#include <QAbstractTableModel>

// The payment history as a table that loads itself page by page as the view scrolls
// (canFetchMore / fetchMore with HistoryQuery's keyset paging): only the rows shown are ever
// read, so a journal of a million payments opens as fast as one of ten.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        OrderIdColumn,
        ItemColumn,
        TotalColumn,
        RefundedColumn,
        StateColumn,
        MethodColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    explicit HistoryModel(const HistoryQuery *query, QObject *parent = nullptr);

    // The zone times are shown in (the shop's).
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

    // Starts over with the first page of this filter.
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }

    HistoryRow rowAt(int row) const { return m_rows.value(row); }
    int pagesLoaded() const { return m_pages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static QString stateText(PaymentState state);

signals:
    void queryFailed();

private:
    const HistoryQuery *m_query;
    HistoryFilter m_filter;
    QList<HistoryRow> m_rows;
    HistoryCursor m_next;
    bool m_hasMore = false;
    int m_pages = 0;
    QTimeZone m_timeZone = TimeZones::korea();
};
