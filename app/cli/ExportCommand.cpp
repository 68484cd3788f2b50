#include "ExportCommand.h"

#include "core/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <memory>

ExportCommand::ExportCommand(Database *db, QTextStream &err) : m_db(db), m_err(err) {}

bool ExportCommand::fail(const QString &message)
{
    m_err << "error: export " << message << '\n';
    m_err.flush();
    return false;
}

void ExportCommand::warnInDoubt(ExportQuery &query, const ExportFilter &filter)
{
    const std::optional<ExportQuery::InDoubt> doubt = query.inDoubt(filter);
    if (!doubt || (doubt->payments == 0 && doubt->refunds == 0))
        return;
    m_err << "warning: "
          << tr("%1 payment(s) and %2 refund(s) of this period are still in doubt and not "
                "exported; run 'paydesk-cli reconcile' first.")
                 .arg(doubt->payments)
                 .arg(doubt->refunds)
          << '\n';
    m_err.flush();
}

bool ExportCommand::run(const ExportFilter &filter, ExportWriter::Format format, bool byteOrderMark,
                        const QString &outputPath, const QTimeZone &zone)
{
    ExportQuery query(m_db);
    if (!query.start(filter))
        return fail(tr("the journal could not be read: %1").arg(query.error().message()));

    std::unique_ptr<QFileDevice> device;
    if (outputPath.isEmpty()) {
        auto *out = new QFile;
        device.reset(out);
        if (!out->open(stdout, QIODevice::WriteOnly))
            return fail(tr("standard output cannot be written"));
    } else {
        auto *file = new QSaveFile(outputPath);
        device.reset(file);
        if (!file->open(QIODevice::WriteOnly))
            return fail(tr("%1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(outputPath), file->errorString()));
        // Sales are the shop's business: owner-only before the first row is written, also
        // when it replaces a file others could read.
        if (!file->setPermissions(OwnerOnly::kFile)) {
            file->cancelWriting();
            return fail(tr("%1 cannot be made private to this user.")
                            .arg(QDir::toNativeSeparators(outputPath)));
        }
    }
    auto *saveFile = qobject_cast<QSaveFile *>(device.get());

    ExportWriter writer(device.get(), format, byteOrderMark, zone);
    bool ok = writer.begin();
    ExportRow row;
    while (ok && query.next(&row))
        ok = writer.write(row);
    if (ok && query.error().isError()) {
        if (saveFile)
            saveFile->cancelWriting();
        return fail(tr("the journal could not be read: %1").arg(query.error().message()));
    }
    ok = ok && writer.end();
    if (saveFile)
        ok = ok && saveFile->commit() && OwnerOnly::tighten(outputPath);
    else
        ok = ok && device->flush();
    if (!ok) {
        if (saveFile)
            saveFile->cancelWriting();
        return fail(tr("writing failed: %1").arg(device->errorString()));
    }
    warnInDoubt(query, filter);
    return true;
}
