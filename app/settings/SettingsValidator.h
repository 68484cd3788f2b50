#pragma once

#include "SettingsError.h"
#include "SettingsValues.h"

#include <QCoreApplication>

#include <optional>

// The rules every setting must follow, in one place, for the dialogs (inline messages), for
// AppSettings::save() (refuses invalid values) and for AppSettings::load() (resets them).
class SettingsValidator
{
    Q_DECLARE_TR_FUNCTIONS(SettingsValidator)

public:
    static constexpr int kMaxTextLength = 200; // shop name, address, printer name
    static constexpr int kCidLength = 10;
    static constexpr int kMinTimeoutSeconds = 1;
    static constexpr int kMaxTimeoutSeconds = 60;
    static constexpr int kMaxCounterIdLength = 20;

    static SettingsErrors validate(const SettingsValues &values);
    static std::optional<SettingsError> validateField(SettingsField field,
                                                      const SettingsValues &values);

    // The field's name as the user sees it in the settings dialog.
    static QString fieldName(SettingsField field);

    // Korean business registration number (사업자등록번호): 10 digits, the last a check digit.
    static QString normalizedBusinessNumber(const QString &input); // drops '-' and spaces
    static bool isValidBusinessNumber(const QString &digits);
    static QString formatBusinessNumber(const QString &digits); // 123-45-67890

    // Length of the longest approval URL PayDesk will send for this return-URL base (an order
    // id of the longest counter id), or -1 when the base is not a usable http(s) URL.
    static int longestApprovalUrlLength(const QUrl &base);

private:
    static SettingsError error(SettingsField field, SettingsError::Code code,
                               const QString &reason);
};
