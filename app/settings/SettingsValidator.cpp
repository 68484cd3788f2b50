#include "SettingsValidator.h"

#include "storeserver/StoreServerAddress.h"

#include "ServerAddress.h"

#include "checkout/ReturnUrls.h"
#include "core/TimeZones.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

bool isPlainHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty() &&
           url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

} // namespace

SettingsError SettingsValidator::error(SettingsField field, SettingsError::Code code,
                                       const QString &reason)
{
    //: %1 is the setting's name, %2 why its value is refused
    return {field, code, tr("%1: %2").arg(fieldName(field), reason)};
}

QString SettingsValidator::fieldName(SettingsField field)
{
    switch (field) {
    case SettingsField::ShopName:
        return tr("Shop name");
    case SettingsField::BusinessNumber:
        return tr("Business registration number");
    case SettingsField::ShopAddress:
        return tr("Shop address");
    case SettingsField::ApiGeneration:
        return tr("KakaoPay API");
    case SettingsField::BaseUrl:
        return tr("KakaoPay server address");
    case SettingsField::Cid:
        return tr("CID (merchant code)");
    case SettingsField::HasCidSecret:
        return tr("CID secret");
    case SettingsField::ReturnUrlBase:
        return tr("Return address");
    case SettingsField::RequestTimeout:
        return tr("Request timeout");
    case SettingsField::CounterId:
        return tr("Counter ID");
    case SettingsField::ReceiptPrinter:
        return tr("Receipt printer");
    case SettingsField::CatalogPath:
        return tr("Catalog file");
    case SettingsField::Language:
        return tr("Language");
    case SettingsField::TrainingMode:
        return tr("Training mode");
    case SettingsField::FirstRunDone:
        return tr("First-run set-up");
    case SettingsField::AllowFileSecretFallback:
        return tr("Allow key file without keychain");
    case SettingsField::TimeZone:
        return tr("Time zone");
    case SettingsField::StoreServerUrl:
        return tr("Store server");
    case SettingsField::ShopId:
        return tr("Shop ID");
    }
    return {};
}

QString SettingsValidator::normalizedBusinessNumber(const QString &input)
{
    QString digits = input;
    digits.remove(u'-');
    digits.remove(u' ');
    return digits;
}

bool SettingsValidator::isValidBusinessNumber(const QString &digits)
{
    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    if (!tenDigits.match(digits).hasMatch())
        return false;
    // National Tax Service rule: weights 1,3,7,1,3,7,1,3,5 on the first nine digits, plus the
    // tens of (ninth digit × 5); the check digit makes the sum a multiple of ten.
    static const int weights[9] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    sum += digits.at(8).digitValue() * 5 / 10;
    return (10 - sum % 10) % 10 == digits.at(9).digitValue();
}

QString SettingsValidator::formatBusinessNumber(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return digits.left(3) + u'-' + digits.mid(3, 2) + u'-' + digits.mid(5);
}

int SettingsValidator::longestApprovalUrlLength(const QUrl &base)
{
    if (!isPlainHttpUrl(base))
        return -1;
    // The longest partner_order_id OrderIdGenerator makes for a valid counter id:
    // <counter>-YYMMDD-HHMMSS-XXXX. ReturnUrls builds the URL, so the two never disagree.
    const QString longestOrderId =
        QString(kMaxCounterIdLength, u'X') + QStringLiteral("-250101-120000-ABCD");
    const ReturnUrls urls = ReturnUrls::create(base, longestOrderId);
    if (urls.isValid())
        return int(urls.approvalUrl().toEncoded().size());
    // create() refuses URLs over the limit: measure the same shape by hand.
    QUrl url = base.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setPath(url.path() + QStringLiteral("/approve"));
    url.setQuery(QStringLiteral("order=%1&n=%2").arg(longestOrderId, QString(26, u'X')));
    return int(url.toEncoded().size());
}

std::optional<SettingsError> SettingsValidator::validateField(SettingsField field,
                                                              const SettingsValues &v)
{
    using Code = SettingsError::Code;
    switch (field) {
    case SettingsField::ShopName:
        if (v.shopName.trimmed().isEmpty())
            return error(field, Code::Required, tr("enter the name printed on receipts."));
        if (v.shopName.size() > kMaxTextLength)
            return error(field, Code::TooLong, tr("at most %1 characters.").arg(kMaxTextLength));
        return std::nullopt;
    case SettingsField::BusinessNumber:
        if (v.businessNumber.isEmpty())
            return std::nullopt;
        if (v.businessNumber.size() != 10 ||
            !QRegularExpression(QStringLiteral("^[0-9]{10}$")).match(v.businessNumber).hasMatch())
            return error(field, Code::BadFormat, tr("10 digits, as in 123-45-67890."));
        if (!isValidBusinessNumber(v.businessNumber))
            return error(field, Code::BadCheckDigit,
                         tr("the check digit does not match; please check the number."));
        return std::nullopt;
    case SettingsField::ShopAddress:
    case SettingsField::ReceiptPrinter: {
        const QString &text =
            field == SettingsField::ShopAddress ? v.shopAddress : v.receiptPrinter;
        if (text.size() > kMaxTextLength)
            return error(field, Code::TooLong, tr("at most %1 characters.").arg(kMaxTextLength));
        return std::nullopt;
    }
    case SettingsField::BaseUrl:
        if (v.baseUrl.isEmpty())
            return std::nullopt;
        if (!isPlainHttpUrl(v.baseUrl))
            return error(field, Code::BadUrl,
                         tr("an http(s) address with a host, or empty for KakaoPay itself."));
        // The key travels in a header: in clear text only to this machine (the simulator).
        if (const QString problem = ServerAddress::problem(v.baseUrl); !problem.isEmpty())
            return error(field, Code::BadUrl, problem);
        return std::nullopt;
    case SettingsField::Cid:
        if (v.cid.size() != kCidLength ||
            !QRegularExpression(QStringLiteral("^[A-Za-z0-9]+$")).match(v.cid).hasMatch())
            return error(field, Code::BadFormat,
                         tr("exactly %1 letters or digits, e.g. TC0ONETIME.").arg(kCidLength));
        return std::nullopt;
    case SettingsField::ReturnUrlBase: {
        if (!isPlainHttpUrl(v.returnUrlBase))
            return error(field, Code::BadUrl,
                         tr("an http(s) address with a host and no query, as registered with "
                            "KakaoPay."));
        const int length = longestApprovalUrlLength(v.returnUrlBase);
        if (length > ReturnUrls::kMaxUrlLength)
            return error(field, Code::UrlTooLong,
                         tr("too long: approval addresses would have %1 characters, KakaoPay "
                            "accepts %2.")
                             .arg(length)
                             .arg(ReturnUrls::kMaxUrlLength));
        return std::nullopt;
    }
    case SettingsField::RequestTimeout:
        if (v.requestTimeoutSeconds < kMinTimeoutSeconds ||
            v.requestTimeoutSeconds > kMaxTimeoutSeconds)
            return error(
                field, Code::OutOfRange,
                tr("between %1 and %2 seconds.").arg(kMinTimeoutSeconds).arg(kMaxTimeoutSeconds));
        return std::nullopt;
    case SettingsField::CounterId:
        if (v.counterId.isEmpty())
            return error(field, Code::Required, tr("enter a name for this counter, e.g. POS1."));
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9-]{1,%1}$").arg(kMaxCounterIdLength))
                 .match(v.counterId)
                 .hasMatch())
            return error(field, Code::BadFormat,
                         tr("1 to %1 letters, digits or '-'.").arg(kMaxCounterIdLength));
        return std::nullopt;
    case SettingsField::CatalogPath: {
        if (v.catalogPath.isEmpty())
            return std::nullopt;
        const QFileInfo info(v.catalogPath);
        if (!info.isFile() || !info.isReadable())
            return error(field, Code::FileNotFound,
                         tr("no readable file at %1.").arg(v.catalogPath));
        return std::nullopt;
    }
    case SettingsField::TimeZone:
        if (!TimeZones::isKnown(v.timeZone))
            return error(field, Code::BadFormat,
                         tr("\"%1\" is not a time zone this computer knows; use a name such as "
                            "Asia/Seoul.")
                             .arg(v.timeZone));
        return std::nullopt;
    case SettingsField::StoreServerUrl: {
        if (v.storeServerUrl.isEmpty())
            return std::nullopt; // this counter alone
        StoreServerAddress address;
        QString why;
        if (!StoreServerAddress::parse(v.storeServerUrl, &address, &why))
            return error(field, Code::BadUrl, why);
        return std::nullopt;
    }
    case SettingsField::ShopId:
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,20}$")).match(v.shopId).hasMatch())
            return error(field, Code::BadFormat, tr("1 to 20 letters, digits, '-' or '_'."));
        return std::nullopt;
    case SettingsField::ApiGeneration:
    case SettingsField::HasCidSecret:
    case SettingsField::Language:
    case SettingsField::TrainingMode:
    case SettingsField::FirstRunDone:
    case SettingsField::AllowFileSecretFallback:
        return std::nullopt; // enums and flags: every value their type can hold is valid
    }
    return std::nullopt;
}

SettingsErrors SettingsValidator::validate(const SettingsValues &values)
{
    SettingsErrors errors;
    for (int f = int(SettingsField::ShopName); f <= int(SettingsField::TimeZone); ++f) {
        if (auto e = validateField(SettingsField(f), values))
            errors.append(*e);
    }
    return errors;
}
