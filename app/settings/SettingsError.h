#pragma once

#include <QList>
#include <QString>

#include <optional>

// One setting of SettingsValues; also the unit in which validation reports.
enum class SettingsField
{
    ShopName,
    BusinessNumber,
    ShopAddress,
    ApiGeneration,
    BaseUrl,
    Cid,
    HasCidSecret,
    ReturnUrlBase,
    RequestTimeout,
    CounterId,
    ReceiptPrinter,
    CatalogPath,
    Language,
    TrainingMode,
    FirstRunDone,
    AllowFileSecretFallback,
    TimeZone,
    StoreServerUrl,
    ShopId // the last: SettingsValidator::validate() walks them in order
};

// Why a value was refused. message is a translated sentence that names the field.
struct SettingsError
{
    enum class Code
    {
        Required,
        TooLong,
        BadFormat,
        BadCheckDigit,
        OutOfRange,
        BadUrl,
        UrlTooLong,
        FileNotFound
    };

    SettingsField field;
    Code code;
    QString message;
};

using SettingsErrors = QList<SettingsError>;

// A setting read from disk that could not be used and was replaced by its default.
struct SettingsReset
{
    std::optional<SettingsField> field; // none: the file as a whole
    QString key;                        // the QSettings key, e.g. "kakaopay/cid"
    QString message;                    // "The setting CID was reset: …" (translated)
};
