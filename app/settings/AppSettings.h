#pragma once

#include "SettingsError.h"
#include "SettingsValues.h"

#include "kakaopay/KakaoPayClient.h"

#include <QCoreApplication>
#include <QScopedPointer>

class QSettings;

// The shop's settings on disk (QSettings, organisation and application "PayDesk").
//
// load() never fails: a value that is malformed on disk (wrong type, out of range, garbage)
// is replaced by its default and reported, so the UI can warn and the shop can still sell.
// save() writes nothing unless every value is valid. The KakaoPay key is never a QSettings
// value: see SecretStore.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    struct SaveResult
    {
        SettingsErrors invalid; // nothing was written when not empty
        QString writeError;     // the file could not be written
        bool ok() const { return invalid.isEmpty() && writeError.isEmpty(); }
    };

    AppSettings(); // the platform's default place for "PayDesk"/"PayDesk"
    explicit AppSettings(QSettings *settings); // not owned; for tests and custom places
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    const SettingsValues &values() const { return m_values; }
    void setValues(const SettingsValues &values) { m_values = values; }

    QList<SettingsReset> load();
    SaveResult save();

    // The QSettings key of a field, e.g. "kakaopay/cid".
    static QString key(SettingsField field);
    // Puts a field back to its default value.
    static void resetField(SettingsValues &values, SettingsField field);

    // What KakaoPay::Client needs from these settings; the cid_secret comes from SecretStore.
    KakaoPay::ClientConfig clientConfig(const QString &cidSecret = {}) const;

private:
    void keepPrivate() const;

    QSettings *m_settings = nullptr;
    QScopedPointer<QSettings> m_owned;
    SettingsValues m_values;
};
