#pragma once

#include "core/Won.h"

#include <QString>

// One article the shop sells, as the catalog lists it.
struct Product
{
    QString code; // barcode (EAN-13) or the shop's own code; unique in a catalog
    QString name;
    Won price;            // VAT included, as on the shelf
    bool taxFree = false; // unprocessed food etc.: no VAT
};
