#include "HistoryReceipt.h"

#include <QLocale>

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
QString when(const QDateTime &t)
{
    return QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

QString HistoryReceipt::refundHtml(const PaymentRecord &p, const RefundResult &r)
{
    QString html = QStringLiteral("<h3 align=\"center\">%1</h3>").arg(tr("Refund receipt"));
    if (p.training)
        html += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                    .arg(tr("TRAINING — no money was moved"));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Order %1").arg(p.partnerOrderId).toHtmlEscaped(), when(r.at));
    html += QStringLiteral("<table width=\"100%\">");
    html += row(tr("Refunded"), r.amount.total.toDisplayString());
    html += row(tr("of which tax-free"), r.amount.taxFree.toDisplayString());
    html += row(tr("of which VAT"), r.amount.vat.toDisplayString());
    html += row(tr("Original payment"), p.totals.total.toDisplayString());
    html += row(tr("Left on the payment"), r.remaining.toDisplayString());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Refund approval %1").arg(r.aid).toHtmlEscaped());
    return html;
}
