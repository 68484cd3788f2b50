#pragma once

#include "HistoryContext.h"
#include "store/HistoryQuery.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class HistoryModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

// The payment history: newest first, filtered by date range, state, amount, and one search field
// for a tid, an order id or item text. Typing or scanning the order id printed on a receipt and
// pressing Enter opens that payment directly. Opening a row shows its PaymentDetailDialog.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(const HistoryContext &context, QWidget *parent = nullptr);
    ~HistoryView() override;

    HistoryModel *model() const { return m_model; }
    // The filter the controls describe.
    HistoryFilter currentFilter() const;

public slots:
    void applyFilter();
    // Opens the payment's detail dialog; false when the journal does not know it.
    bool openPayment(const QString &partnerOrderId);

signals:
    void paymentOpened(const QString &partnerOrderId);

private:
    void onSearchEntered();
    void updateCount();

    HistoryContext m_context;
    std::unique_ptr<HistoryQuery> m_query;
    HistoryModel *m_model = nullptr;
    QCheckBox *m_dateCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_min = nullptr;
    QLineEdit *m_max = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_training = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_debounce;
};
