#include "ExportWriter.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int kFlushBytes = 64 * 1024;

const char *const kColumns[] = {"type",    "date_time", "order_id",  "tid",      "aid",
                                "state",   "method",    "item_name", "quantity", "total",
                                "taxable", "tax_free",  "vat",       "training"};

QString typeName(ExportRow::Type type)
{
    return type == ExportRow::Type::Sale ? QStringLiteral("sale") : QStringLiteral("refund");
}

// A spreadsheet runs a cell that starts with one of these as a formula: an item name typed as
// "=HYPERLINK(…)" must stay text. Only text columns get this; amounts are plain numbers.
QString spreadsheetSafe(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

ExportWriter::ExportWriter(QIODevice *device, Format format, bool byteOrderMark,
                           const QTimeZone &zone)
    : m_device(device), m_format(format), m_byteOrderMark(byteOrderMark), m_zone(zone)
{}

QByteArray ExportWriter::csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QString ExportWriter::dateTime(const QDateTime &at, Format format, const QTimeZone &zone)
{
    const QDateTime local = TimeZones::inZone(at, zone); // the shop's clock, not this PC's
    // A spreadsheet recognises "2025-03-14 15:30:12" as a date; JSON readers want the offset.
    return format == Format::Csv
               ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

bool ExportWriter::begin()
{
    if (m_format == Format::Json) {
        m_buffer += "[";
        return true;
    }
    if (m_byteOrderMark)
        m_buffer += "\xEF\xBB\xBF";
    QByteArrayList header;
    for (const char *column : kColumns)
        header << QByteArray(column);
    m_buffer += header.join(',') + "\r\n";
    return true;
}

bool ExportWriter::write(const ExportRow &row)
{
    const bool sale = row.type == ExportRow::Type::Sale;
    if (m_format == Format::Json) {
        const QJsonObject o{
            {QStringLiteral("type"), typeName(row.type)},
            {QStringLiteral("date_time"), dateTime(row.at, m_format, m_zone)},
            {QStringLiteral("order_id"), row.partnerOrderId},
            {QStringLiteral("tid"), optionalText(row.tid)},
            {QStringLiteral("aid"), optionalText(row.aid)},
            {QStringLiteral("state"), row.state},
            {QStringLiteral("method"), optionalText(row.paymentMethodType)},
            {QStringLiteral("item_name"), row.itemName},
            {QStringLiteral("quantity"), sale ? QJsonValue(row.quantity) : QJsonValue()},
            {QStringLiteral("total"), row.total.value()},
            {QStringLiteral("taxable"), row.taxable().value()},
            {QStringLiteral("tax_free"), row.taxFree.value()},
            {QStringLiteral("vat"), row.vat.value()},
            {QStringLiteral("training"), row.training},
        };
        m_buffer += (m_rows == 0 ? "\n" : ",\n") + QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        const QByteArrayList fields{
            typeName(row.type).toUtf8(),
            dateTime(row.at, m_format, m_zone).toUtf8(),
            csvField(spreadsheetSafe(row.partnerOrderId)),
            csvField(spreadsheetSafe(row.tid)),
            csvField(spreadsheetSafe(row.aid)),
            csvField(row.state),
            csvField(spreadsheetSafe(row.paymentMethodType)),
            csvField(spreadsheetSafe(row.itemName)),
            sale ? QByteArray::number(row.quantity) : QByteArray(),
            QByteArray::number(row.total.value()),
            QByteArray::number(row.taxable().value()),
            QByteArray::number(row.taxFree.value()),
            QByteArray::number(row.vat.value()),
            row.training ? QByteArray("1") : QByteArray("0"),
        };
        m_buffer += fields.join(',') + "\r\n";
    }
    ++m_rows;
    return flushIfFull();
}

bool ExportWriter::end()
{
    if (m_format == Format::Json)
        m_buffer += m_rows == 0 ? "]\n" : "\n]\n";
    return flush();
}

bool ExportWriter::flushIfFull()
{
    return m_buffer.size() < kFlushBytes || flush();
}

bool ExportWriter::flush()
{
    const qint64 written = m_device->write(m_buffer);
    const bool ok = written == m_buffer.size();
    m_buffer.clear();
    return ok;
}
