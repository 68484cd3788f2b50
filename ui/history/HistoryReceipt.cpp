#include "HistoryReceipt.h"

#include <QLocale>
#include <QStringList>

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

namespace {
QString lineName(const PaymentRecord &p, const RefundedLine &l)
{
    return l.position >= 0 && l.position < p.lines.size() ? p.lines.at(l.position).name : l.code;
}
} // namespace

QString HistoryReceipt::linesText(const PaymentRecord &p, const QList<RefundedLine> &lines)
{
    QStringList parts;
    for (const RefundedLine &l : lines)
        parts << tr("%1 × %2").arg(lineName(p, l), QLocale().toString(l.quantity));
    return parts.join(QStringLiteral(", "));
}

QString HistoryReceipt::refundHtml(const PaymentRecord &p, const RefundResult &r,
                                   const QList<RefundedLine> &lines, const ShopInfo &shop)
{
    QString html = QStringLiteral("<h3 align=\"center\">%1</h3>").arg(tr("Refund receipt"));
    if (p.training)
        html += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                    .arg(tr("TRAINING — no money was moved"));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Order %1").arg(p.partnerOrderId).toHtmlEscaped(), shop.timeText(r.at));
    html += QStringLiteral("<table width=\"100%\">");
    for (const RefundedLine &l : lines)
        html += row(tr("%1 × %2").arg(lineName(p, l), QLocale().toString(l.quantity)),
                    l.amount.toDisplayString());
    html += row(tr("Refunded"), r.amount.total.toDisplayString());
    html += row(tr("of which tax-free"), r.amount.taxFree.toDisplayString());
    html += row(tr("of which VAT"), r.amount.vat.toDisplayString());
    html += row(tr("Original payment"), p.totals.total.toDisplayString());
    html += row(tr("Left on the payment"), r.remaining.toDisplayString());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Refund approval %1").arg(r.aid).toHtmlEscaped());
    return html;
}
