#include "OrderPanel.h"
#include "ui_OrderPanel.h"

#include "OrderTableModel.h"
#include "UiLog.h"
#include "checkout/Catalog.h"
#include "checkout/Order.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTimer>

namespace {

QString completionText(const Product &product)
{
    return QStringLiteral("%1  ·  %2").arg(product.name, product.price.toDisplayString());
}

} // namespace

OrderPanel::OrderPanel(Order *order, const Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::OrderPanel), m_order(order), m_catalog(catalog),
      m_model(new OrderTableModel(order, this)), m_completer(new QCompleter(this)),
      m_completionModel(new QStringListModel(this))
{
    m_ui->setupUi(this);
    QFont entryFont = m_ui->codeEdit->font();
    entryFont.setPointSizeF(entryFont.pointSizeF() * 1.3);
    m_ui->codeEdit->setFont(entryFont);
    m_ui->searchEdit->setFont(entryFont);
    m_ui->codeLabel->setFont(entryFont);
    m_ui->searchLabel->setFont(entryFont);
    QFont buttonFont = m_ui->clearButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    for (QPushButton *b : {m_ui->removeButton, m_ui->clearButton})
        b->setFont(buttonFont);
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.5);
    buttonFont.setBold(true);
    for (QPushButton *b : {m_ui->plusButton, m_ui->minusButton})
        b->setFont(buttonFont);

    m_ui->orderTable->setModel(m_model);
    QHeaderView *header = m_ui->orderTable->horizontalHeader();
    header->setSectionResizeMode(OrderTableModel::NameColumn, QHeaderView::Stretch);
    // Amounts get room for ₩1,000,000 so columns do not jump while the basket grows.
    const int widths[] = {0, 130, 70, 150};
    for (int c = OrderTableModel::UnitPriceColumn; c < OrderTableModel::ColumnCount; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        header->resizeSection(c, widths[c]);
    }
    header->setMinimumHeight(36);
    m_ui->orderTable->verticalHeader()->setDefaultSectionSize(40);
    QFont tableFont = m_ui->orderTable->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.2);
    m_ui->orderTable->setFont(tableFont);

    m_completer->setModel(m_completionModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_ui->searchEdit->setCompleter(m_completer);
    reloadCatalog();

    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, &OrderPanel::onCodeEntered);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &OrderPanel::onSearchEntered);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &OrderPanel::onCompletion);
    connect(m_ui->plusButton, &QPushButton::clicked, this, [this] { changeSelected(+1); });
    connect(m_ui->minusButton, &QPushButton::clicked, this, [this] { changeSelected(-1); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OrderPanel::removeSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &OrderPanel::clearOrder);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectCode(m_lastCode);
        updateButtons();
    });
    connect(m_ui->orderTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                m_lastCode = selectedCode();
                updateButtons();
            });

    m_ui->codeEdit->installEventFilter(this);
    m_ui->orderTable->installEventFilter(this);
    updateButtons();
}

OrderPanel::~OrderPanel() = default;

void OrderPanel::reloadCatalog()
{
    QStringList entries;
    for (const Product &product : m_catalog->products())
        entries.append(completionText(product));
    m_completionModel->setStringList(entries);
}

void OrderPanel::focusEntry()
{
    m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
}

void OrderPanel::setEditingEnabled(bool enabled)
{
    m_ui->codeEdit->setEnabled(enabled);
    m_ui->searchEdit->setEnabled(enabled);
    m_ui->orderTable->setEnabled(enabled);
    m_ui->clearButton->setEnabled(enabled && !m_order->isEmpty());
    if (enabled)
        updateButtons();
    else {
        m_ui->plusButton->setEnabled(false);
        m_ui->minusButton->setEnabled(false);
        m_ui->removeButton->setEnabled(false);
    }
}

bool OrderPanel::addCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return false;
    const Product *product = m_catalog->find(trimmed);
    if (!product) {
        qCInfo(lcUi) << "unknown product code scanned";
        emit message(tr("Unknown product code %1. The order was not changed.").arg(trimmed), true);
        return false;
    }
    return addProduct(*product);
}

bool OrderPanel::addProduct(const Product &product)
{
    const OrderError error = m_order->add(product);
    if (error) {
        emit message(error.message(), true);
        return false;
    }
    m_lastCode = product.code;
    selectCode(product.code);
    emit message(tr("Added %1 (%2).").arg(product.name, product.price.toDisplayString()), false);
    return true;
}

void OrderPanel::onCodeEntered()
{
    const QString code = m_ui->codeEdit->text();
    // The field is emptied either way: the next scan must not append to a bad code.
    m_ui->codeEdit->clear();
    addCode(code);
}

void OrderPanel::onSearchEntered()
{
    const QString text = m_ui->searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    for (const Product &product : m_catalog->products()) {
        if (completionText(product) == text ||
            product.name.compare(text, Qt::CaseInsensitive) == 0) {
            addProduct(product);
            m_ui->searchEdit->clear();
            return;
        }
    }
    const QList<Product> found = m_catalog->search(text, 20);
    if (found.size() == 1) {
        addProduct(found.first());
        m_ui->searchEdit->clear();
    } else if (found.isEmpty()) {
        emit message(tr("No product matches \"%1\".").arg(text), true);
    } else {
        emit message(tr("%n product(s) match. Pick one from the list.", nullptr, found.size()),
                     false);
        m_completer->complete();
    }
}

void OrderPanel::onCompletion(const QString &text)
{
    for (const Product &product : m_catalog->products()) {
        if (completionText(product) == text) {
            addProduct(product);
            break;
        }
    }
    // The completer writes its text into the field after this signal: clear after it.
    QTimer::singleShot(0, m_ui->searchEdit, &QLineEdit::clear);
}

QString OrderPanel::selectedCode() const
{
    return m_model->codeAt(selectedRow());
}

int OrderPanel::selectedRow() const
{
    const QModelIndex current = m_ui->orderTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void OrderPanel::selectCode(const QString &code)
{
    int row = m_order->indexOf(code);
    if (row < 0)
        row = m_order->lineCount() - 1; // fall back to the last line
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->orderTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    m_ui->orderTable->scrollTo(index);
}

void OrderPanel::changeSelected(int delta)
{
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    m_lastCode = code;
    const OrderError error = delta > 0 ? m_order->increment(code) : m_order->decrement(code);
    if (error)
        emit message(error.message(), true);
}

void OrderPanel::removeSelected()
{
    const int row = selectedRow();
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    const QString name = m_order->lines().at(row).name;
    // Keep the selection near where it was.
    m_lastCode = m_model->codeAt(row + 1 < m_order->lineCount() ? row + 1 : row - 1);
    if (m_order->remove(code))
        emit message(tr("Removed %1.").arg(name), false);
}

void OrderPanel::clearOrder()
{
    if (m_order->isEmpty())
        return;
    m_order->clear();
    emit message(tr("The order was cleared."), false);
    focusEntry();
}

void OrderPanel::updateButtons()
{
    const bool hasSelection = selectedRow() >= 0 && m_ui->orderTable->isEnabled();
    m_ui->plusButton->setEnabled(hasSelection);
    m_ui->minusButton->setEnabled(hasSelection);
    m_ui->removeButton->setEnabled(hasSelection);
    m_ui->clearButton->setEnabled(!m_order->isEmpty() && m_ui->orderTable->isEnabled());
}

bool OrderPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool inCodeEdit = watched == m_ui->codeEdit;
    switch (key->key()) {
    case Qt::Key_Plus:
        changeSelected(+1); // codes are digits: + and − never belong in the code field
        return true;
    case Qt::Key_Minus:
        changeSelected(-1);
        return true;
    case Qt::Key_Delete:
        // In the code field, Delete edits the text while there is some.
        if (inCodeEdit && !m_ui->codeEdit->text().isEmpty())
            break;
        removeSelected();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (inCodeEdit) { // move through the lines without leaving the scanner field
            const int row = qBound(0, selectedRow() + (key->key() == Qt::Key_Up ? -1 : 1),
                                   m_order->lineCount() - 1);
            if (row >= 0)
                selectCode(m_model->codeAt(row));
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
