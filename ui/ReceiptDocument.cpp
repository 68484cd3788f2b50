#include "ReceiptDocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value, bool strong = false)
{
    const QString v = strong ? QStringLiteral("<b>%1</b>").arg(esc(value)) : esc(value);
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(label), v);
}

} // namespace

ReceiptDocument::ReceiptDocument(const PaymentRecord &record, const ShopInfo &shop)
    : m_record(record), m_shop(shop)
{}

QString ReceiptDocument::formatBusinessNumber(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return digits;
    }
    return QStringLiteral("%1-%2-%3").arg(digits.left(3), digits.mid(3, 2), digits.mid(5));
}

QString ReceiptDocument::describeMethod(const PaymentRecord &record)
{
    if (record.paymentMethodType == QLatin1String("MONEY"))
        return tr("KakaoPay Money");
    if (record.paymentMethodType != QLatin1String("CARD"))
        return record.paymentMethodType.isEmpty() ? tr("KakaoPay") : record.paymentMethodType;
    const QJsonObject card = QJsonDocument::fromJson(record.cardJson.toUtf8()).object();
    QString issuer = card.value(QStringLiteral("kakaopay_issuer_corp")).toString();
    if (issuer.isEmpty())
        issuer = card.value(QStringLiteral("issuer_corp")).toString();
    const QString type = card.value(QStringLiteral("card_type")).toString();
    QString text = tr("KakaoPay Card");
    if (!issuer.isEmpty())
        text += QStringLiteral(" · ") + issuer;
    if (!type.isEmpty())
        text += QStringLiteral(" (%1)").arg(type);
    return text;
}

QString ReceiptDocument::html() const
{
    const PaymentRecord &r = m_record;
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                        "body { font-family: 'NanumGothic', 'Noto Sans CJK KR', sans-serif; }"
                        "h2 { margin: 0; } td { padding: 1px 4px; }"
                        ".training { color: #b71c1c; font-weight: bold; text-align: center;"
                        " border: 2px solid #b71c1c; padding: 4px; }"
                        ".small { color: #555555; font-size: small; }"
                        "</style></head><body>");
    if (r.training)
        h += QStringLiteral("<p class=\"training\">%1</p>")
                 .arg(esc(tr("TRAINING — NOT A REAL PAYMENT")));
    h += QStringLiteral("<h2 align=\"center\">%1</h2>")
             .arg(esc(m_shop.name.isEmpty() ? tr("PayDesk shop") : m_shop.name));
    if (!m_shop.businessNumber.isEmpty())
        h += QStringLiteral("<p align=\"center\">%1</p>")
                 .arg(esc(tr("Business no. %1").arg(formatBusinessNumber(m_shop.businessNumber))));
    if (!m_shop.address.isEmpty())
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(m_shop.address));
    h += QStringLiteral("<p align=\"center\">%1</p>")
             .arg(esc(m_shop.timeText(r.approvedAt.isValid() ? r.approvedAt : r.createdAt)));

    h += QStringLiteral("<hr/><table width=\"100%\" cellspacing=\"0\">");
    h += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"right\">%2</th>"
                        "<th align=\"right\">%3</th><th align=\"right\">%4</th></tr>")
             .arg(esc(tr("Item")), esc(tr("Unit price")), esc(tr("Qty")), esc(tr("Amount")));
    for (const OrderLine &line : r.lines) {
        const QString name = line.taxFree ? tr("%1 (tax-free)").arg(line.name) : line.name;
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3"
                            "</td><td align=\"right\">%4</td></tr>")
                 .arg(esc(name), esc(line.unitPrice.toDisplayString()),
                      QString::number(line.quantity), esc(line.lineTotal().toDisplayString()));
    }
    h += QStringLiteral("</table><hr/><table width=\"100%\" cellspacing=\"0\">");
    h += row(tr("Taxable (supply value)"), r.totals.taxable().toDisplayString());
    h += row(tr("Tax-free"), r.totals.taxFree.toDisplayString());
    h += row(tr("VAT"), r.totals.vat.toDisplayString());
    h += row(tr("Total"), r.totals.total.toDisplayString(), true);
    if (!r.refundedTotal.isZero())
        h += row(tr("Refunded"), r.refundedTotal.toDisplayString());
    h += QStringLiteral("</table><hr/><table width=\"100%\" cellspacing=\"0\">");
    h += row(tr("Paid with"), describeMethod(r));
    const QJsonObject card = QJsonDocument::fromJson(r.cardJson.toUtf8()).object();
    const QString approvalNo = card.value(QStringLiteral("approved_id")).toString();
    if (!approvalNo.isEmpty())
        h += row(tr("Card approval no."), approvalNo);
    const QString months = card.value(QStringLiteral("install_month")).toString();
    if (!months.isEmpty() && months.toInt() > 0)
        h += row(tr("Instalments"), tr("%n month(s)", nullptr, months.toInt()));
    h += row(tr("Approved at"), m_shop.timeText(r.approvedAt));
    h += row(tr("Order no."), r.partnerOrderId);
    h += row(tr("TID"), r.tid);
    h += row(tr("AID"), r.aid);
    h += QStringLiteral("</table>");
    if (r.training)
        h += QStringLiteral("<p class=\"training\">%1</p>")
                 .arg(esc(tr("TRAINING — NOT A REAL PAYMENT")));
    h += QStringLiteral("<p align=\"center\" class=\"small\">%1</p>")
             .arg(esc(tr("Thank you! · PayDesk %1").arg(QStringLiteral(PAYDESK_VERSION))));
    h += QStringLiteral("</body></html>");
    return h;
}

QTextDocument *ReceiptDocument::createDocument() const
{
    auto *doc = new QTextDocument;
    doc->setDocumentMargin(12);
    doc->setHtml(html());
    return doc;
}
