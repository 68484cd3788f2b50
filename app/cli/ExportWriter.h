#pragma once

#include "core/TimeZones.h"
#include "store/ExportQuery.h"

#include <QByteArray>

class QIODevice;

// Writes export rows as CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted,
// quotes doubled; UTF-8, optionally with a BOM so Excel reads Hangul right) or as one JSON array
// with one object per line. Rows go out as they come: nothing is held but a small buffer.
class ExportWriter
{
public:
    enum class Format
    {
        Csv,
        Json
    };

    // Times are written on the wall clock of `zone` (the shop's).
    ExportWriter(QIODevice *device, Format format, bool byteOrderMark,
                 const QTimeZone &zone = TimeZones::korea());

    bool begin();
    bool write(const ExportRow &row);
    bool end();
    qint64 rowCount() const { return m_rows; }

    static QByteArray csvField(const QString &text); // quoted when it must be
    static QString dateTime(const QDateTime &at, Format format, const QTimeZone &zone);

private:
    bool flushIfFull();
    bool flush();

    QIODevice *m_device;
    Format m_format;
    bool m_byteOrderMark;
    QTimeZone m_zone;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};
