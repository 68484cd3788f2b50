#pragma once

#include "ExportWriter.h"
#include "store/ExportQuery.h"

#include <QCoreApplication>
#include <QTextStream>

class Database;

// `paydesk-cli export`: streams the period's sales and refunds from the journal to stdout or to
// a file. A file is written under a temporary name and renamed at the end (QSaveFile), so a
// failed export never leaves a half file that looks complete.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand(Database *db, QTextStream &err);
    // False after printing "error: …" on stderr.
    // Times are written in `zone`, the shop's.
    bool run(const ExportFilter &filter, ExportWriter::Format format, bool byteOrderMark,
             const QString &outputPath, const QTimeZone &zone = TimeZones::korea());

private:
    bool fail(const QString &message);
    void warnInDoubt(ExportQuery &query, const ExportFilter &filter);

    Database *m_db;
    QTextStream &m_err;
};
