#include "CliOptions.h"

#include "core/ProcessHardening.h"
#include "settings/ServerAddress.h"
#include "store/JournalLocation.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace KakaoPay;

CliOptions::CliOptions()
{
    m_parser.setApplicationDescription(
        tr("Calls KakaoPay's single-payment API (ready, approve, cancel, order) from a shell,\n"
           "settles what the journal left in doubt (reconcile) and exports sales and refunds\n"
           "for the accountant (export).\n"
           "The secret key is read from the environment variable PAYDESK_SECRET_KEY only: a\n"
           "key on the command line would be visible to every user of the computer (process\n"
           "list, shell history), so there is no --key option; the same goes for the merchant\n"
           "code secret (PAYDESK_CID_SECRET). export needs no key.\n"
           "--base-url is https, or http on this computer only: such a server is a simulator,\n"
           "and its payments are training ones (the training journal), as in the app.\n"
           "ready/approve/cancel/order print KakaoPay's JSON answer on stdout (exit 0); on\n"
           "failure they print \"error: <kind> http=<status> code=<code> <message>\" on stderr\n"
           "(exit 1). Bad input exits with 2. Text from the server is printed with its control\n"
           "characters escaped (\\x1b, \\u202e).\n"
           "cancel of a tid the journal holds is a refund as the app makes it: a manager types\n"
           "name and PIN at the prompt, and the refund is journaled and audited (exit 3 when\n"
           "its outcome is in doubt).\n"
           "reconcile settles what the journal left unfinished, as the app does at start: a\n"
           "payment that never sent approve is closed (no money can be taken without PayDesk);\n"
           "a payment or refund in doubt is settled only by KakaoPay's order, asked again and\n"
           "again for --wait-ms (an approve is re-sent at most once, after a quiet period; a\n"
           "cancel never). One line each, then a summary. It uses the counter's KakaoPay\n"
           "settings (CID, API, address, timeout) unless options say otherwise. Exit 0: all\n"
           "settled; 3: some are still in doubt (do not take those payments again); 1: the\n"
           "journal could not be opened or written, or PayDesk is using it (close PayDesk on\n"
           "that counter first, or use its Recovery menu).\n"
           "export writes one row per approved sale and per refund KakaoPay carried out, oldest\n"
           "first (--from/--to are days in the shop's time zone, a setting, both included).\n"
           "Refund rows have type \"refund\" and negative amounts, so each amount column sums to\n"
           "the net takings. Payments still in doubt are not exported (a warning on stderr\n"
           "says how many). CSV is RFC 4180\n"
           "(UTF-8, CRLF); a text starting with = + - @ gets a leading ' so spreadsheets do\n"
           "not run it. JSON is one array of objects. Training payments are left out unless\n"
           "--include-training. Columns: type (sale|refund), date_time, order_id, tid, aid,\n"
           "state, method, item_name, quantity (sales only), total, taxable (supply value),\n"
           "tax_free, vat, training (1|0)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("ready | approve | cancel | order | reconcile | export"));

    add("base-url", tr("API address (default: KakaoPay's for --api)."), "url");
    add("api", tr("API generation: current (JSON, SECRET_KEY) or legacy (form, KakaoAK)."),
        "current|legacy", "current");
    add("cid", tr("Merchant code."), "cid", "TC0ONETIME");
    add("timeout-ms", tr("Time allowed for the answer, in ms."), "ms", "10000");
    add("tid", tr("Payment id from ready (approve, cancel, order)."), "tid");
    add("pg-token", tr("pg_token from the approval URL (approve)."), "token");
    add("partner-order-id", tr("Merchant order number (ready: default generated)."), "id");
    add("partner-user-id", tr("Merchant user id."), "id", "paydesk-cli");
    add("item-name", tr("Item name (UTF-8, Korean allowed)."), "name", "PayDesk test item");
    add("item-code", tr("Item code (optional)."), "code");
    add("quantity", tr("Quantity."), "n", "1");
    add("total", tr("Total amount in won (ready; approve: optional amount binding)."), "won");
    add("tax-free", tr("Tax-free part of the total in won."), "won", "0");
    add("vat", tr("VAT in won (default: KakaoPay computes it)."), "won");
    add("green-deposit", tr("Cup deposit in won (optional)."), "won");
    add("approval-url", tr("Redirect after approval."), "url", "http://127.0.0.1/paydesk/approval");
    add("cancel-url", tr("Redirect when the buyer cancels."), "url",
        "http://127.0.0.1/paydesk/cancel");
    add("fail-url", tr("Redirect when the payment fails."), "url", "http://127.0.0.1/paydesk/fail");
    add("available-cards", tr("Allowed card companies, comma separated (e.g. HANA,BC)."), "list");
    add("payment-method-type", tr("CARD or MONEY (optional)."), "type");
    add("install-month", tr("Card instalment months 0-12 (optional)."), "n");
    add("use-share-installment", tr("Y or N (optional)."), "Y|N");
    add("custom-json", tr("Pre-agreed extras as a JSON object of strings (optional)."), "json");
    add("redirect-scheme-url", tr("App return scheme (optional)."), "url");
    add("payload", tr("Memo stored with the approval or cancel (optional)."), "text");
    add("cancel-amount", tr("Amount to refund now, in won (cancel)."), "won");
    add("cancel-tax-free", tr("Tax-free part of the refund, in won."), "won", "0");
    add("cancel-vat", tr("VAT part of the refund (default: KakaoPay computes it)."), "won");
    add("cancel-available", tr("What you believe is still refundable, incl. this refund."), "won");
    add("reason",
        tr("Why the payment is refunded (cancel of a payment in the journal; asked "
           "when not given)."),
        "text");
    add("database", tr("Journal file (reconcile, export; default: the app's journal)."), "path");
    add("url", tr("store: the store server, postgresql://user@host/database."), "url");
    add("counter-user", tr("store init: the user the counters sign in as."), "name",
        "paydesk_counters");
    add("wait-ms",
        tr("reconcile: how long to keep asking KakaoPay before what is still in doubt is left "
           "open (default: twice the timeout, for the one re-send of an approve, plus three "
           "timeouts)."),
        "ms");
    addFlag("training", tr("Use the training journal (reconcile: needs --base-url of the "
                           "training simulator; export: implies --include-training)."));
    add("from", tr("First day to export, YYYY-MM-DD (the shop's time zone, included)."), "date");
    add("to", tr("Last day to export, YYYY-MM-DD (the shop's time zone, included)."), "date");
    add("format", tr("Export format."), "csv|json", "csv");
    addFlag("include-training", tr("Export training payments too."));
    add("output", tr("Write the export to this file instead of stdout."), "file");
    addFlag("bom", tr("Start the CSV with a UTF-8 byte order mark (for Excel)."));
    // Declared so that they can be refused with a reason instead of "unknown option".
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("key"),
        tr("Not accepted: put the key into PAYDESK_SECRET_KEY instead (see above)."),
        QStringLiteral("key")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("cid-secret"),
        tr("Not accepted: put the merchant code secret into PAYDESK_CID_SECRET instead."),
        QStringLiteral("secret")));
}

namespace {
QString &environmentCidSecretValue()
{
    static QString value;
    return value;
}
} // namespace

void CliOptions::takeEnvironmentCidSecret()
{
    const QByteArray value = ProcessHardening::takeEnvironmentVariable("PAYDESK_CID_SECRET");
    if (!value.isEmpty())
        environmentCidSecretValue() = QString::fromLocal8Bit(value);
}

QString CliOptions::environmentCidSecret()
{
    takeEnvironmentCidSecret(); // set again since main() (tests): taken the same way
    return environmentCidSecretValue();
}

void CliOptions::add(const QString &name, const QString &description, const QString &valueName,
                     const QString &defaultValue)
{
    QCommandLineOption option(name, description, valueName);
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    m_parser.addOption(option);
}

void CliOptions::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

bool CliOptions::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CliOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("key")))
        return fail(tr("--key is refused: a key on the command line is visible to every user of "
                       "this computer. Set PAYDESK_SECRET_KEY in the environment instead."));
    if (m_parser.isSet(QStringLiteral("cid-secret")))
        return fail(tr("--cid-secret is refused: a secret on the command line is visible to "
                       "every user of this computer. Set PAYDESK_CID_SECRET in the environment "
                       "instead."));
    if (m_parser.isSet(QStringLiteral("base-url"))) {
        const QString text = m_parser.value(QStringLiteral("base-url"));
        const QString problem = ServerAddress::problem(QUrl(text, QUrl::StrictMode));
        if (!problem.isEmpty())
            //: %1 the address given, %2 why it is refused
            return fail(tr("--base-url %1 is refused: %2").arg(text, problem));
        // Training tids live in the simulator; real ones must not be asked of a simulator.
        if (m_parser.isSet(QStringLiteral("training")) && !isLoopbackServer())
            return fail(tr("--training needs --base-url of the training simulator on this "
                           "computer (http://127.0.0.1:PORT)."));
    }
    return true;
}

bool CliOptions::isLoopbackServer() const
{
    return m_parser.isSet(QStringLiteral("base-url")) &&
           ServerAddress::isLoopback(
               QUrl(m_parser.value(QStringLiteral("base-url")), QUrl::StrictMode));
}

bool CliOptions::required(const QString &name, QString *out)
{
    *out = m_parser.value(name).trimmed();
    if (out->isEmpty())
        return fail(tr("--%1 is required.").arg(name));
    return true;
}

bool CliOptions::integer(const QString &name, qint64 min, qint64 max, qint64 *out)
{
    const QString text = m_parser.value(name).trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(text).hasMatch())
        return fail(tr("--%1 must be a whole number (0 or more), got \"%2\".").arg(name, text));
    const qint64 value = text.toLongLong();
    if (value < min || value > max)
        return fail(
            tr("--%1 must be between %2 and %3, got %4.").arg(name).arg(min).arg(max).arg(value));
    *out = value;
    return true;
}

bool CliOptions::won(const QString &name, Won *out)
{
    if (m_parser.value(name).trimmed().isEmpty())
        return fail(tr("--%1 is required.").arg(name));
    qint64 value = 0;
    if (!integer(name, 0, Won::kMax, &value))
        return false;
    *out = Won(value);
    return true;
}

bool CliOptions::optionalWon(const QString &name, std::optional<Won> *out)
{
    if (!m_parser.isSet(name))
        return true;
    Won value;
    if (!won(name, &value))
        return false;
    *out = value;
    return true;
}

bool CliOptions::clientConfig(ClientConfig *out, const ClientConfig &defaults)
{
    *out = defaults;
    if (m_parser.isSet(QStringLiteral("api"))) {
        const QString api = m_parser.value(QStringLiteral("api")).toLower();
        if (api == QLatin1String("current"))
            out->generation = ApiGeneration::Current;
        else if (api == QLatin1String("legacy"))
            out->generation = ApiGeneration::Legacy;
        else
            return fail(tr("--api must be current or legacy, got \"%1\".").arg(api));
    }
    if (m_parser.isSet(QStringLiteral("base-url"))) {
        const QUrl url(m_parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (const QString problem = ServerAddress::problem(url); !problem.isEmpty())
            return fail(tr("--base-url %1 is refused: %2").arg(url.toString(), problem));
        out->baseUrl = url;
    }
    if (m_parser.isSet(QStringLiteral("cid")))
        out->cid = m_parser.value(QStringLiteral("cid"));
    const QString cidSecret = environmentCidSecret();
    if (!cidSecret.isEmpty())
        out->cidSecret = cidSecret;
    if (m_parser.isSet(QStringLiteral("timeout-ms"))) {
        qint64 timeout = 0;
        if (!integer(QStringLiteral("timeout-ms"), 1, 600000, &timeout))
            return false;
        out->timeoutMs = int(timeout);
    }
    return true;
}

bool CliOptions::waitMs(qint64 *out)
{
    *out = -1;
    if (!m_parser.isSet(QStringLiteral("wait-ms")))
        return true;
    return integer(QStringLiteral("wait-ms"), 0, 3600000, out);
}

bool CliOptions::isTraining() const
{
    // A server on this computer is a simulator, as in the app: its payments are training ones.
    return m_parser.isSet(QStringLiteral("training")) || isLoopbackServer();
}

bool CliOptions::journalPath(QString *out)
{
    if (m_parser.isSet(QStringLiteral("database"))) {
        if (m_parser.isSet(QStringLiteral("training")))
            return fail(tr("--database and --training exclude each other: --database names the "
                           "file."));
        if (!required(QStringLiteral("database"), out))
            return false;
        return true;
    }
    *out = JournalLocation::path(isTraining() ? JournalLocation::Kind::Training
                                              : JournalLocation::Kind::Real);
    return true;
}

bool CliOptions::date(const QString &name, QDate *out)
{
    const QString text = m_parser.value(name).trimmed();
    if (text.isEmpty())
        return fail(tr("--%1 is required (YYYY-MM-DD).").arg(name));
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    *out = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !out->isValid())
        return fail(tr("--%1 must be a date as YYYY-MM-DD, got \"%2\".").arg(name, text));
    return true;
}

bool CliOptions::exportFilter(ExportFilter *out, const QTimeZone &zone)
{
    QDate from;
    QDate to;
    if (!date(QStringLiteral("from"), &from) || !date(QStringLiteral("to"), &to))
        return false;
    if (to < from)
        return fail(tr("--to (%1) is before --from (%2).")
                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    // The shop's days, both included: from the start of --from to the start of the day after
    // --to, on the shop's clock whatever zone this PC is set to.
    out->from = TimeZones::startOfDay(from, zone);
    out->to = TimeZones::startOfDay(to.addDays(1), zone);
    out->includeTraining = isTraining() || m_parser.isSet(QStringLiteral("include-training"));
    return true;
}

bool CliOptions::exportFormat(ExportWriter::Format *out)
{
    const QString format = m_parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format == QLatin1String("csv"))
        *out = ExportWriter::Format::Csv;
    else if (format == QLatin1String("json"))
        *out = ExportWriter::Format::Json;
    else
        return fail(tr("--format must be csv or json, got \"%1\".").arg(format));
    if (*out == ExportWriter::Format::Json && byteOrderMark())
        return fail(tr("--bom is for CSV only: JSON is read as UTF-8 without it."));
    return true;
}

QString CliOptions::outputPath() const
{
    return m_parser.value(QStringLiteral("output"));
}

bool CliOptions::byteOrderMark() const
{
    return m_parser.isSet(QStringLiteral("bom"));
}

bool CliOptions::tid(QString *out)
{
    return required(QStringLiteral("tid"), out);
}

bool CliOptions::readyRequest(ReadyRequest *r)
{
    r->partnerOrderId = m_parser.value(QStringLiteral("partner-order-id")).trimmed();
    if (r->partnerOrderId.isEmpty())
        r->partnerOrderId = QStringLiteral("CLI-%1").arg(QDateTime::currentMSecsSinceEpoch());
    r->itemCode = m_parser.value(QStringLiteral("item-code"));
    r->paymentMethodType = m_parser.value(QStringLiteral("payment-method-type"));
    r->useShareInstallment = m_parser.value(QStringLiteral("use-share-installment"));
    r->redirectSchemeUrl = m_parser.value(QStringLiteral("redirect-scheme-url"));
    const QString cards = m_parser.value(QStringLiteral("available-cards"));
    for (const QString &card : cards.split(u',', Qt::SkipEmptyParts))
        r->availableCards << card.trimmed();
    if (!required(QStringLiteral("partner-user-id"), &r->partnerUserId) ||
        !required(QStringLiteral("item-name"), &r->itemName) ||
        !integer(QStringLiteral("quantity"), 1, 1000000, &r->quantity) ||
        !won(QStringLiteral("total"), &r->totalAmount) ||
        !won(QStringLiteral("tax-free"), &r->taxFreeAmount) ||
        !optionalWon(QStringLiteral("vat"), &r->vatAmount) ||
        !optionalWon(QStringLiteral("green-deposit"), &r->greenDeposit) ||
        !required(QStringLiteral("approval-url"), &r->approvalUrl) ||
        !required(QStringLiteral("cancel-url"), &r->cancelUrl) ||
        !required(QStringLiteral("fail-url"), &r->failUrl))
        return false;
    if (r->taxFreeAmount > r->totalAmount)
        return fail(tr("--tax-free cannot be larger than --total."));
    if (m_parser.isSet(QStringLiteral("install-month"))) {
        qint64 months = 0;
        if (!integer(QStringLiteral("install-month"), 0, 12, &months))
            return false;
        r->installMonth = int(months);
    }
    if (m_parser.isSet(QStringLiteral("custom-json"))) {
        const QJsonDocument doc =
            QJsonDocument::fromJson(m_parser.value(QStringLiteral("custom-json")).toUtf8());
        if (!doc.isObject())
            return fail(tr("--custom-json must be a JSON object of strings."));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return fail(tr("--custom-json must be a JSON object of strings."));
            r->customJson.insert(it.key(), it.value().toString());
        }
    }
    return true;
}

bool CliOptions::approveRequest(ApproveRequest *r)
{
    r->payload = m_parser.value(QStringLiteral("payload"));
    return tid(&r->tid) && required(QStringLiteral("pg-token"), &r->pgToken) &&
           required(QStringLiteral("partner-order-id"), &r->partnerOrderId) &&
           required(QStringLiteral("partner-user-id"), &r->partnerUserId) &&
           optionalWon(QStringLiteral("total"), &r->totalAmount);
}

bool CliOptions::cancelRequest(CancelRequest *r)
{
    r->payload = m_parser.value(QStringLiteral("payload"));
    return tid(&r->tid) && won(QStringLiteral("cancel-amount"), &r->cancelAmount) &&
           won(QStringLiteral("cancel-tax-free"), &r->cancelTaxFreeAmount) &&
           optionalWon(QStringLiteral("cancel-vat"), &r->cancelVatAmount) &&
           optionalWon(QStringLiteral("cancel-available"), &r->cancelAvailableAmount);
}
