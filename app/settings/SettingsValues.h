#pragma once

#include "checkout/ReturnUrls.h"
#include "core/TimeZones.h"
#include "kakaopay/KakaoPayTypes.h"

#include <QString>
#include <QUrl>

// Every setting of one shop counter, as plain values with their defaults. No secret lives here:
// the KakaoPay key and the cid_secret are in the keychain (SecretStore); only the fact that a
// cid_secret was stored is a setting, so the dialogs know whether to ask for it.
struct SettingsValues
{
    enum class Language
    {
        System,
        Korean,
        English
    };

    // Shop (printed on the receipt)
    QString shopName;
    QString businessNumber; // 10 digits without dashes; empty: not set
    QString shopAddress;
    // IANA id of the zone receipts and exports are written in (their day boundaries too).
    QString timeZone = QString::fromLatin1(TimeZones::kKoreaId);

    // KakaoPay
    KakaoPay::ApiGeneration apiGeneration = KakaoPay::ApiGeneration::Current;
    QUrl baseUrl; // empty: KakaoPay's real host
    QString cid = QStringLiteral("TC0ONETIME");
    bool hasCidSecret = false;
    QUrl returnUrlBase = ReturnUrls::defaultBase();
    int requestTimeoutSeconds = 10;

    // Counter
    QString counterId = QStringLiteral("POS1");
    QString receiptPrinter; // empty: the system's default printer
    QString catalogPath;    // empty: the built-in sample catalog

    // Store server: the shop's PostgreSQL that its counters share (empty: this counter alone).
    // Its password is in the keychain.
    QString storeServerUrl;
    QString shopId = QStringLiteral("SHOP1"); // which shop of a chain this counter belongs to

    // Application
    Language language = Language::System;
    bool trainingMode = false;
    bool firstRunDone = false;
    // Where no keychain runs, keep the secret in an owner-only file. Off unless a manager
    // turns it on knowingly: it is less safe than the keychain.
    bool allowFileSecretFallback = false;

    bool operator==(const SettingsValues &other) const;
    bool operator!=(const SettingsValues &other) const { return !(*this == other); }
};
