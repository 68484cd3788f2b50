#include "AppSettings.h"

#include "SettingsLog.h"
#include "SettingsValidator.h"

#include "core/OwnerOnly.h"

#include <QFileInfo>
#include <QSettings>

namespace {

constexpr SettingsField kAllFields[] = {
    SettingsField::ShopName,       SettingsField::BusinessNumber,
    SettingsField::ShopAddress,    SettingsField::ApiGeneration,
    SettingsField::BaseUrl,        SettingsField::Cid,
    SettingsField::HasCidSecret,   SettingsField::ReturnUrlBase,
    SettingsField::RequestTimeout, SettingsField::CounterId,
    SettingsField::ReceiptPrinter, SettingsField::CatalogPath,
    SettingsField::Language,       SettingsField::TrainingMode,
    SettingsField::FirstRunDone,   SettingsField::AllowFileSecretFallback,
    SettingsField::TimeZone,       SettingsField::StoreServerUrl,
    SettingsField::ShopId};

const QStringList kGenerations = {QStringLiteral("current"), QStringLiteral("legacy")};
const QStringList kLanguages = {QStringLiteral("system"), QStringLiteral("ko"),
                                QStringLiteral("en")};
// Keys a hand-edited file might hold a secret under; never read, removed on save.
const QStringList kForbiddenSecretKeys = {
    QStringLiteral("kakaopay/secretKey"), QStringLiteral("kakaopay/secret_key"),
    QStringLiteral("kakaopay/cidSecret"), QStringLiteral("kakaopay/cid_secret"),
    QStringLiteral("kakaopay/adminKey")};

// Reads one raw value with the type its field needs; a wrong type is reported, not guessed.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    Reader(QSettings &settings, QList<SettingsReset> &resets)
        : m_settings(settings), m_resets(resets)
    {}

    void report(SettingsField field, const QString &reason)
    {
        //: %1 the setting's name, %2 why its stored value could not be used
        const QString message = tr("The setting \"%1\" was reset to its default: %2")
                                    .arg(SettingsValidator::fieldName(field), reason);
        m_resets.append({field, AppSettings::key(field), message});
        qCWarning(lcSettings) << "setting reset:" << AppSettings::key(field);
    }

    bool text(SettingsField field, QString *out)
    {
        const QVariant v = m_settings.value(AppSettings::key(field));
        if (!v.isValid())
            return false;
        if (v.typeId() != QMetaType::QString) {
            report(field, tr("the stored value is not text."));
            return false;
        }
        *out = v.toString();
        return true;
    }

    bool integer(SettingsField field, int *out)
    {
        const QVariant v = m_settings.value(AppSettings::key(field));
        if (!v.isValid())
            return false;
        bool ok = false;
        int value = 0;
        if (v.typeId() == QMetaType::QString)
            value = v.toString().trimmed().toInt(&ok);
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong ||
                 v.typeId() == QMetaType::UInt)
            value = v.toInt(&ok);
        if (!ok) {
            report(field, tr("the stored value is not a whole number."));
            return false;
        }
        *out = value;
        return true;
    }

    bool flag(SettingsField field, bool *out)
    {
        const QVariant v = m_settings.value(AppSettings::key(field));
        if (!v.isValid())
            return false;
        if (v.typeId() == QMetaType::Bool) {
            *out = v.toBool();
            return true;
        }
        const QString s =
            v.typeId() == QMetaType::QString ? v.toString().trimmed().toLower() : QString();
        if (s == u"true" || s == u"1") {
            *out = true;
            return true;
        }
        if (s == u"false" || s == u"0") {
            *out = false;
            return true;
        }
        report(field, tr("the stored value is neither true nor false."));
        return false;
    }

    bool choice(SettingsField field, const QStringList &allowed, int *index)
    {
        QString s;
        if (!text(field, &s))
            return false;
        const int i = allowed.indexOf(s.trimmed().toLower());
        if (i < 0) {
            report(field,
                   tr("\"%1\" is not one of: %2.").arg(s, allowed.join(QStringLiteral(", "))));
            return false;
        }
        *index = i;
        return true;
    }

private:
    QSettings &m_settings;
    QList<SettingsReset> &m_resets;
};

} // namespace

AppSettings::AppSettings()
    : m_owned(new QSettings(QStringLiteral("PayDesk"), QStringLiteral("PayDesk")))
{
    m_settings = m_owned.data();
}

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) {}

AppSettings::AppSettings(const QString &iniPath)
    : m_owned(new QSettings(iniPath, QSettings::IniFormat))
{
    m_settings = m_owned.data();
}

AppSettings::~AppSettings() = default;

QString AppSettings::key(SettingsField field)
{
    switch (field) {
    case SettingsField::ShopName:
        return QStringLiteral("shop/name");
    case SettingsField::BusinessNumber:
        return QStringLiteral("shop/businessNumber");
    case SettingsField::ShopAddress:
        return QStringLiteral("shop/address");
    case SettingsField::ApiGeneration:
        return QStringLiteral("kakaopay/apiGeneration");
    case SettingsField::BaseUrl:
        return QStringLiteral("kakaopay/baseUrl");
    case SettingsField::Cid:
        return QStringLiteral("kakaopay/cid");
    case SettingsField::HasCidSecret:
        return QStringLiteral("kakaopay/hasCidSecret");
    case SettingsField::ReturnUrlBase:
        return QStringLiteral("kakaopay/returnUrlBase");
    case SettingsField::RequestTimeout:
        return QStringLiteral("kakaopay/timeoutSeconds");
    case SettingsField::CounterId:
        return QStringLiteral("counter/id");
    case SettingsField::ReceiptPrinter:
        return QStringLiteral("counter/receiptPrinter");
    case SettingsField::CatalogPath:
        return QStringLiteral("counter/catalogPath");
    case SettingsField::Language:
        return QStringLiteral("app/language");
    case SettingsField::TrainingMode:
        return QStringLiteral("app/trainingMode");
    case SettingsField::FirstRunDone:
        return QStringLiteral("app/firstRunDone");
    case SettingsField::AllowFileSecretFallback:
        return QStringLiteral("security/allowFileSecretFallback");
    case SettingsField::TimeZone:
        return QStringLiteral("shop/timeZone");
    case SettingsField::StoreServerUrl:
        return QStringLiteral("store/url");
    case SettingsField::ShopId:
        return QStringLiteral("store/shopId");
    }
    return {};
}

void AppSettings::resetField(SettingsValues &v, SettingsField field)
{
    const SettingsValues d;
    switch (field) {
    case SettingsField::ShopName:
        v.shopName = d.shopName;
        break;
    case SettingsField::BusinessNumber:
        v.businessNumber = d.businessNumber;
        break;
    case SettingsField::ShopAddress:
        v.shopAddress = d.shopAddress;
        break;
    case SettingsField::ApiGeneration:
        v.apiGeneration = d.apiGeneration;
        break;
    case SettingsField::BaseUrl:
        v.baseUrl = d.baseUrl;
        break;
    case SettingsField::Cid:
        v.cid = d.cid;
        break;
    case SettingsField::HasCidSecret:
        v.hasCidSecret = d.hasCidSecret;
        break;
    case SettingsField::ReturnUrlBase:
        v.returnUrlBase = d.returnUrlBase;
        break;
    case SettingsField::RequestTimeout:
        v.requestTimeoutSeconds = d.requestTimeoutSeconds;
        break;
    case SettingsField::CounterId:
        v.counterId = d.counterId;
        break;
    case SettingsField::ReceiptPrinter:
        v.receiptPrinter = d.receiptPrinter;
        break;
    case SettingsField::CatalogPath:
        v.catalogPath = d.catalogPath;
        break;
    case SettingsField::Language:
        v.language = d.language;
        break;
    case SettingsField::TrainingMode:
        v.trainingMode = d.trainingMode;
        break;
    case SettingsField::FirstRunDone:
        v.firstRunDone = d.firstRunDone;
        break;
    case SettingsField::AllowFileSecretFallback:
        v.allowFileSecretFallback = d.allowFileSecretFallback;
        break;
    case SettingsField::TimeZone:
        v.timeZone = d.timeZone;
        break;
    case SettingsField::StoreServerUrl:
        v.storeServerUrl = d.storeServerUrl;
        break;
    case SettingsField::ShopId:
        v.shopId = d.shopId;
        break;
    }
}

void AppSettings::keepPrivate() const
{
    // The file names the shop, its server and its merchant code: the user's alone, also when an
    // earlier version left it readable by everyone. Its folder too, when it is PayDesk's own.
    const QString file = m_settings->fileName();
    OwnerOnly::tighten(file);
    const QFileInfo folder(QFileInfo(file).absolutePath());
    if (folder.fileName() == QLatin1String("PayDesk"))
        OwnerOnly::tighten(folder.filePath());
}

QList<SettingsReset> AppSettings::load()
{
    QList<SettingsReset> resets;
    keepPrivate();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        resets.append({std::nullopt, QString(),
                       tr("The settings file %1 is damaged; settings that could not be read use "
                          "their defaults.")
                           .arg(m_settings->fileName())});
        qCWarning(lcSettings) << "settings file unreadable:" << m_settings->status();
    }

    SettingsValues v;
    Reader r(*m_settings, resets);
    r.text(SettingsField::ShopName, &v.shopName);
    QString business;
    if (r.text(SettingsField::BusinessNumber, &business))
        v.businessNumber = SettingsValidator::normalizedBusinessNumber(business);
    r.text(SettingsField::ShopAddress, &v.shopAddress);
    if (r.text(SettingsField::TimeZone, &v.timeZone))
        v.timeZone = v.timeZone.trimmed();
    int index = 0;
    if (r.choice(SettingsField::ApiGeneration, kGenerations, &index))
        v.apiGeneration =
            index == 0 ? KakaoPay::ApiGeneration::Current : KakaoPay::ApiGeneration::Legacy;
    QString url;
    if (r.text(SettingsField::BaseUrl, &url))
        v.baseUrl = QUrl(url.trimmed(), QUrl::StrictMode);
    r.text(SettingsField::Cid, &v.cid);
    r.flag(SettingsField::HasCidSecret, &v.hasCidSecret);
    if (r.text(SettingsField::ReturnUrlBase, &url))
        v.returnUrlBase = QUrl(url.trimmed(), QUrl::StrictMode);
    r.integer(SettingsField::RequestTimeout, &v.requestTimeoutSeconds);
    r.text(SettingsField::CounterId, &v.counterId);
    r.text(SettingsField::ReceiptPrinter, &v.receiptPrinter);
    r.text(SettingsField::CatalogPath, &v.catalogPath);
    if (r.choice(SettingsField::Language, kLanguages, &index))
        v.language = SettingsValues::Language(index);
    r.flag(SettingsField::TrainingMode, &v.trainingMode);
    r.flag(SettingsField::FirstRunDone, &v.firstRunDone);
    r.flag(SettingsField::AllowFileSecretFallback, &v.allowFileSecretFallback);
    if (r.text(SettingsField::StoreServerUrl, &v.storeServerUrl))
        v.storeServerUrl = v.storeServerUrl.trimmed();
    r.text(SettingsField::ShopId, &v.shopId);

    // Well-typed but invalid (a 9-character CID, a timeout of 0, …): the default, reported.
    for (SettingsField field : kAllFields) {
        const auto error = SettingsValidator::validateField(field, v);
        if (!error)
            continue;
        SettingsValues reset = v;
        resetField(reset, field);
        if (reset == v)
            continue; // the default itself (an empty shop name before set-up) is no news
        v = reset;
        r.report(field, error->message);
    }

    for (const QString &k : kForbiddenSecretKeys) {
        if (m_settings->contains(k)) {
            resets.append({std::nullopt, k,
                           tr("A secret found in the settings file (%1) was ignored: keys are kept "
                              "in the system keychain.")
                               .arg(k)});
        }
    }

    m_values = v;
    return resets;
}

AppSettings::SaveResult AppSettings::save()
{
    SaveResult result;
    result.invalid = SettingsValidator::validate(m_values);
    if (!result.invalid.isEmpty())
        return result;

    const SettingsValues &v = m_values;
    auto set = [this](SettingsField field, const QVariant &value) {
        m_settings->setValue(key(field), value);
    };
    set(SettingsField::ShopName, v.shopName);
    set(SettingsField::BusinessNumber, v.businessNumber);
    set(SettingsField::ShopAddress, v.shopAddress);
    set(SettingsField::TimeZone, v.timeZone);
    set(SettingsField::ApiGeneration,
        kGenerations.at(v.apiGeneration == KakaoPay::ApiGeneration::Current ? 0 : 1));
    set(SettingsField::BaseUrl, v.baseUrl.toString());
    set(SettingsField::Cid, v.cid);
    set(SettingsField::HasCidSecret, v.hasCidSecret);
    set(SettingsField::ReturnUrlBase, v.returnUrlBase.toString());
    set(SettingsField::RequestTimeout, v.requestTimeoutSeconds);
    set(SettingsField::CounterId, v.counterId);
    set(SettingsField::ReceiptPrinter, v.receiptPrinter);
    set(SettingsField::CatalogPath, v.catalogPath);
    set(SettingsField::Language, kLanguages.at(int(v.language)));
    set(SettingsField::TrainingMode, v.trainingMode);
    set(SettingsField::FirstRunDone, v.firstRunDone);
    set(SettingsField::AllowFileSecretFallback, v.allowFileSecretFallback);
    set(SettingsField::StoreServerUrl, v.storeServerUrl);
    set(SettingsField::ShopId, v.shopId);
    for (const QString &k : kForbiddenSecretKeys)
        m_settings->remove(k);
    m_settings->sync();
    keepPrivate();
    if (m_settings->status() == QSettings::AccessError)
        result.writeError =
            tr("The settings could not be written to %1.").arg(m_settings->fileName());
    return result;
}

KakaoPay::ClientConfig AppSettings::clientConfig(const QString &cidSecret) const
{
    KakaoPay::ClientConfig config;
    config.generation = m_values.apiGeneration;
    config.baseUrl = m_values.baseUrl;
    config.cid = m_values.cid;
    config.cidSecret = m_values.hasCidSecret ? cidSecret : QString();
    config.timeoutMs = m_values.requestTimeoutSeconds * 1000;
    return config;
}
