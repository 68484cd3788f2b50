#pragma once

#include "ExportWriter.h"
#include "kakaopay/KakaoPayClient.h"
#include "store/ExportQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// paydesk-cli's options: one per KakaoPay request field plus the connection settings, and the
// strict conversion of their text into typed requests. Anything wrong with the input is a
// usage error (exit 2) with a sentence saying which option and why.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    CliOptions();

    QCommandLineParser &parser() { return m_parser; }
    // The arguments parsed; false + error() on unknown options.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }

    // Options given on the command line override `defaults` (reconcile passes the counter's
    // settings; the KakaoPay commands the client's defaults).
    bool clientConfig(KakaoPay::ClientConfig *out, const KakaoPay::ClientConfig &defaults = {});
    bool readyRequest(KakaoPay::ReadyRequest *out);
    bool approveRequest(KakaoPay::ApproveRequest *out);
    bool cancelRequest(KakaoPay::CancelRequest *out);
    bool tid(QString *out);

    // The journal file: --database, else the app's real or training journal (isTraining()).
    bool journalPath(QString *out);
    // --training, or a --base-url on this computer (a simulator), as the app decides it.
    bool isTraining() const;
    bool isLoopbackServer() const;
    // reconcile's --wait-ms; -1 when not given.
    bool waitMs(qint64 *out);

    // PAYDESK_CID_SECRET, taken out of the environment (main() calls it first; as the key).
    static void takeEnvironmentCidSecret();
    static QString environmentCidSecret();
    // --from/--to are days of `zone` (the shop's), both included.
    bool exportFilter(ExportFilter *out, const QTimeZone &zone);
    bool exportFormat(ExportWriter::Format *out);
    QString outputPath() const;
    bool byteOrderMark() const;

private:
    void add(const QString &name, const QString &description, const QString &valueName,
             const QString &defaultValue = {});
    void addFlag(const QString &name, const QString &description);
    bool date(const QString &name, QDate *out);
    bool required(const QString &name, QString *out);
    bool won(const QString &name, Won *out);
    bool optionalWon(const QString &name, std::optional<Won> *out);
    bool integer(const QString &name, qint64 min, qint64 max, qint64 *out);
    bool fail(const QString &message);

    QCommandLineParser m_parser;
    QString m_error;
};
