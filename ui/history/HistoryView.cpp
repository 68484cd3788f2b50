#include "HistoryView.h"

#include "HistoryModel.h"
#include "PaymentDetailDialog.h"
#include "store/Journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The state filter's choices, in combo order.
QList<PaymentState> statesFor(int choice)
{
    switch (choice) {
    case 1:
        return {PaymentState::Approved, PaymentState::PartRefunded, PaymentState::Refunded};
    case 2:
        return {PaymentState::Approved};
    case 3:
        return {PaymentState::PartRefunded};
    case 4:
        return {PaymentState::Refunded};
    case 5:
        return {PaymentState::BuyerCancelled, PaymentState::Failed, PaymentState::Expired,
                PaymentState::Aborted};
    case 6:
        return {PaymentState::Created, PaymentState::AwaitingBuyer, PaymentState::TokenReceived,
                PaymentState::Approving, PaymentState::InDoubt};
    default:
        return {};
    }
}

// A tid is "T" and 19 more characters (api reference §2).
bool looksLikeTid(const QString &text)
{
    return text.size() == 20 && text.startsWith(u'T') && !text.contains(u' ');
}
} // namespace

HistoryView::HistoryView(const HistoryContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_query(context.database ? std::make_unique<HistoryQuery>(context.database) : nullptr)
{
    setObjectName(QStringLiteral("historyView"));
    m_dateCheck = new QCheckBox(tr("From"), this);
    m_dateCheck->setObjectName(QStringLiteral("dateFilterCheck"));
    const QDate today =
        TimeZones::inZone(QDateTime::currentDateTime(), m_context.shop.timeZone).date();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->addItems({tr("All states"), tr("Paid (incl. refunded)"), tr("Paid"),
                       tr("Partly refunded"), tr("Refunded"), tr("Not paid"), tr("In progress")});
    m_min = new QLineEdit(this);
    m_min->setObjectName(QStringLiteral("minAmountEdit"));
    m_min->setPlaceholderText(tr("Min ₩"));
    m_max = new QLineEdit(this);
    m_max->setObjectName(QStringLiteral("maxAmountEdit"));
    m_max->setPlaceholderText(tr("Max ₩"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Order number, tid or item — scan the receipt"));
    m_search->setClearButtonEnabled(true);
    m_training = new QCheckBox(tr("Training"), this);
    m_training->setObjectName(QStringLiteral("trainingCheck"));
    m_training->setToolTip(tr("Show the payments made in training mode instead of real sales"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_model = new HistoryModel(m_query.get(), this);
    m_model->setTimeZone(m_context.shop.timeZone);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row height and no size-to-contents: the view never measures rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::ItemColumn,
                                                      QHeaderView::Stretch);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_dateCheck);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_state);
    filters->addWidget(m_min);
    filters->addWidget(m_max);
    filters->addWidget(m_training);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryView::applyFilter);
    auto later = [this] { m_debounce.start(); };
    connect(m_dateCheck, &QCheckBox::toggled, this, [this, later](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        later();
    });
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_state, &QComboBox::currentIndexChanged, this, later);
    connect(m_min, &QLineEdit::textChanged, this, later);
    connect(m_max, &QLineEdit::textChanged, this, later);
    connect(m_search, &QLineEdit::textChanged, this, later);
    connect(m_training, &QCheckBox::toggled, this, later);
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryView::onSearchEntered);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openPayment(m_model->rowAt(index.row()).partnerOrderId);
    });
    applyFilter();
}

HistoryView::~HistoryView()
{
    // Closing the window (in ~QWidget, after our members are gone) lets the table ask the model
    // for more rows: part them while the query still exists.
    m_table->setModel(nullptr);
    delete m_model;
}

HistoryFilter HistoryView::currentFilter() const
{
    HistoryFilter f;
    if (m_dateCheck->isChecked()) {
        // The shop's days, as the exports count them.
        f.from = TimeZones::startOfDay(m_from->date(), m_context.shop.timeZone);
        f.to = TimeZones::startOfDay(m_to->date().addDays(1), m_context.shop.timeZone);
    }
    f.states = statesFor(m_state->currentIndex());
    Won amount;
    if (Won::parse(m_min->text().trimmed(), &amount))
        f.minTotal = amount;
    if (Won::parse(m_max->text().trimmed(), &amount))
        f.maxTotal = amount;
    const QString text = m_search->text().trimmed();
    if (looksLikeTid(text))
        f.tid = text;
    else if (m_context.journal && !text.isEmpty() && m_context.journal->payment(text))
        f.partnerOrderId = text;
    else
        f.text = text;
    f.training =
        m_training->isChecked() ? HistoryFilter::Training::Only : HistoryFilter::Training::Exclude;
    return f;
}

void HistoryView::applyFilter()
{
    m_debounce.stop();
    m_model->setFilter(currentFilter());
    updateCount();
}

void HistoryView::updateCount()
{
    if (!m_query)
        return;
    constexpr qint64 cap = 1000;
    const qint64 n = m_query->count(m_model->filter(), cap);
    m_count->setText(n >= cap ? tr("More than %1 payments").arg(QLocale().toString(cap))
                              : tr("%n payment(s)", nullptr, int(n)));
}

void HistoryView::onSearchEntered()
{
    // A scanned receipt: the order id itself opens the payment.
    const QString text = m_search->text().trimmed();
    if (m_context.journal && m_context.journal->payment(text)) {
        openPayment(text);
        return;
    }
    if (looksLikeTid(text) && m_context.journal) {
        if (const auto p = m_context.journal->paymentByTid(text)) {
            openPayment(p->partnerOrderId);
            return;
        }
    }
    applyFilter();
}

bool HistoryView::openPayment(const QString &partnerOrderId)
{
    if (!m_context.journal || !m_context.journal->payment(partnerOrderId))
        return false;
    auto *dialog = new PaymentDetailDialog(m_context, partnerOrderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDetailDialog::paymentChanged, m_model, &HistoryModel::reload);
    dialog->open();
    emit paymentOpened(partnerOrderId);
    return true;
}
