#include "EnglishLeftovers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimeZone>
#include <QWidget>

namespace {

// Names and technical words that stay in Latin letters on a Korean POS screen.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words{
        QStringLiteral("PayDesk"), QStringLiteral("KakaoPay"), QStringLiteral("CID"),
        QStringLiteral("TID"), QStringLiteral("tid"), QStringLiteral("AID"), QStringLiteral("aid"),
        QStringLiteral("API"), QStringLiteral("VAT"), QStringLiteral("PDF"), QStringLiteral("pdf"),
        QStringLiteral("URL"), QStringLiteral("ID"), QStringLiteral("PIN"), QStringLiteral("QR"),
        QStringLiteral("Esc"), QStringLiteral("Del"), QStringLiteral("Enter"),
        QStringLiteral("HTTP"), QStringLiteral("http"), QStringLiteral("https"),
        QStringLiteral("JSON"), QStringLiteral("CSV"), QStringLiteral("ms"),
        QStringLiteral("pg_token"), QStringLiteral("PAYDESK_SECRET_KEY"),
        // Kakao's own name for the legacy key ("Admin 키" in Kakao's developer console).
        QStringLiteral("Admin"),
        // The API generations, as typed on the command line (--api current|legacy).
        QStringLiteral("current"), QStringLiteral("legacy"),
        // The language picker names each language in itself.
        QStringLiteral("English"),
        // Third-party software and its license, by their own names (Help > About).
        QStringLiteral("Qt"), QStringLiteral("GNU"), QStringLiteral("LGPL")};
    return words;
}

QString plain(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }
    return text;
}

QString where(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
}

void addActions(QStringList &out, const QString &owner, const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        if (!a->text().isEmpty())
            out.append(owner + QLatin1String(" action: ") + a->text());
        if (a->menu())
            addActions(out, owner, a->menu()->actions());
    }
}

void addItemView(QStringList &out, const QString &owner, QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    auto *table = qobject_cast<QTableView *>(view);
    const bool headerShown =
        table ? table->horizontalHeader()->isVisible() : true; // trees/lists: their own header
    if (headerShown) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString h = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            if (!h.isEmpty())
                out.append(owner + QLatin1String(" header: ") + h);
        }
    }
    for (int r = 0; r < model->rowCount() && r < 50; ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString cell = model->index(r, c).data(Qt::DisplayRole).toString();
            if (!cell.isEmpty())
                out.append(owner + QLatin1String(" cell: ") + cell);
        }
    }
}

} // namespace

namespace EnglishLeftovers {

QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    if (!root->windowTitle().isEmpty())
        out.append(QStringLiteral("window title: ") + root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QString owner = where(w);
        addActions(out, owner, w->actions());
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            addActions(out, owner, bar->actions());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            out.append(owner + QLatin1String(": ") + plain(label->text(), label->textFormat()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            out.append(owner + QLatin1String(": ") + button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            out.append(owner + QLatin1String(": ") + box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append(owner + QLatin1String(" tab: ") + tabs->tabText(i));
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty())
                out.append(owner + QLatin1String(" placeholder: ") + edit->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                // A time zone's IANA id (Asia/Seoul) is a name in every language.
                if (QTimeZone::isTimeZoneIdAvailable(combo->itemText(i).toUtf8()))
                    continue;
                out.append(owner + QLatin1String(" item: ") + combo->itemText(i));
            }
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            out.append(owner + QLatin1String(": ") + spin->text());
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            const QStringList lines = text->toPlainText().split(QLatin1Char('\n'));
            for (const QString &line : lines)
                out.append(owner + QLatin1String(" line: ") + line);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            addItemView(out, owner, view);
        } else if (auto *status = qobject_cast<QStatusBar *>(w)) {
            out.append(owner + QLatin1String(": ") + status->currentMessage());
        }
    }
    out.removeIf([](const QString &s) { return s.endsWith(QLatin1String(": ")); });
    return out;
}

bool looksEnglish(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    static const QRegularExpression host(QStringLiteral("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"));
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[A-Za-z]\\)"));
    static const QRegularExpression withDigit(QStringLiteral("[A-Za-z0-9_-]*\\d[A-Za-z0-9_-]*"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z_]{2,}"));
    QString t = text;
    t.remove(url).remove(mnemonic).remove(QLatin1Char('&')).remove(host).remove(withDigit);
    for (auto it = word.globalMatch(t); it.hasNext();) {
        if (!allowedWords().contains(it.next().captured(0)))
            return true;
    }
    return false;
}

QStringList find(QWidget *root)
{
    QStringList english;
    const QStringList texts = visibleTexts(root);
    for (const QString &entry : texts) {
        const QString text = entry.mid(entry.indexOf(QLatin1String(": ")) + 2);
        if (looksEnglish(text))
            english.append(entry);
    }
    english.removeDuplicates();
    return english;
}

} // namespace EnglishLeftovers
