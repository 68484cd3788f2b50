#pragma once

#include <QString>

// The shop as the receipt names it.
struct ShopInfo
{
    QString name;
    QString businessNumber; // 10 digits, printed as 123-45-67890
    QString address;
};
