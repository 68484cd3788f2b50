#pragma once

#include <QScopedPointer>
#include <QWidget>

class Catalog;
class Order;
class OrderTableModel;
class QCompleter;
class QStringListModel;
struct Product;

namespace Ui {
class OrderPanel;
}

// Builds the order at the counter: a code field a barcode scanner types into (keys + Enter), a
// name search with completion, the table of lines and +/−/remove/clear. Keyboard: + and − change
// the selected line's quantity, Delete removes it. Refusals (unknown code, quantity limits) are
// reported with message() and leave the order as it was.
class OrderPanel : public QWidget
{
    Q_OBJECT

public:
    OrderPanel(Order *order, const Catalog *catalog, QWidget *parent = nullptr);
    ~OrderPanel() override;

    // Adds one of the product with that code. False (and a message) when unknown or refused.
    bool addCode(const QString &code);
    // The code field gets the keyboard (the scanner types there).
    void focusEntry();
    void setEditingEnabled(bool enabled);
    // Row of the selected line, -1 when none.
    int selectedRow() const;
    // Call after the catalog changed.
    void reloadCatalog();

signals:
    void message(const QString &text, bool isError);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCodeEntered();
    void onSearchEntered();
    void onCompletion(const QString &text);
    bool addProduct(const Product &product);
    void changeSelected(int delta);
    void removeSelected();
    void clearOrder();
    void selectCode(const QString &code);
    QString selectedCode() const;
    void updateButtons();

    QScopedPointer<Ui::OrderPanel> m_ui;
    Order *m_order;
    const Catalog *m_catalog;
    OrderTableModel *m_model;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    QString m_lastCode; // the line to keep selected across model resets
};
