#include "SettingsValues.h"

bool SettingsValues::operator==(const SettingsValues &o) const
{
    return shopName == o.shopName && businessNumber == o.businessNumber &&
           shopAddress == o.shopAddress && timeZone == o.timeZone &&
           apiGeneration == o.apiGeneration && baseUrl == o.baseUrl && cid == o.cid &&
           hasCidSecret == o.hasCidSecret && returnUrlBase == o.returnUrlBase &&
           requestTimeoutSeconds == o.requestTimeoutSeconds && counterId == o.counterId &&
           receiptPrinter == o.receiptPrinter && catalogPath == o.catalogPath &&
           language == o.language && trainingMode == o.trainingMode &&
           firstRunDone == o.firstRunDone && allowFileSecretFallback == o.allowFileSecretFallback &&
           storeServerUrl == o.storeServerUrl && shopId == o.shopId;
}
