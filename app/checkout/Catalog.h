#pragma once

#include "Product.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// The products the shop sells: loaded from a JSON or CSV file, looked up by scanned code and
// searched by name. A load is all or nothing: on any error the catalog keeps what it had.
//
// JSON: {"products": [{"code": "8801234000017", "name": "아메리카노", "price": 4500,
//        "tax_free": false}, …]} (a bare array is accepted too).
// CSV (UTF-8, optional BOM): header line `code,name,price,tax_free`, fields may be quoted with
//        "…" ("" inside quotes is a quote); tax_free is true/false, yes/no, y/n, 1/0 or empty.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    Catalog() = default;

    // Chooses the format by extension (.json / .csv). Works with resource paths (":/catalog/…").
    bool loadFile(const QString &path, QString *errorMessage = nullptr);
    bool loadJson(const QByteArray &json, QString *errorMessage = nullptr);
    bool loadCsv(const QByteArray &csv, QString *errorMessage = nullptr);

    // Adds one product; refused (false + message) on an empty code or name, a negative or too
    // large price, or a code already present.
    bool add(const Product &product, QString *errorMessage = nullptr);
    void clear();

    int size() const { return m_products.size(); }
    bool isEmpty() const { return m_products.isEmpty(); }
    const QList<Product> &products() const { return m_products; }

    // nullptr when the code is unknown. The pointer is valid until the catalog changes.
    const Product *find(const QString &code) const;
    // Case-insensitive substring match on the name (and a prefix match on the code), in
    // catalog order. An empty text matches nothing.
    QList<Product> search(const QString &text, int limit = 50) const;

    // The catalog shipped in the resources (":/catalog/sample-catalog.json").
    static QString samplePath() { return QStringLiteral(":/catalog/sample-catalog.json"); }

private:
    bool replaceWith(const QList<Product> &products, QString *errorMessage);
    static QString validate(const Product &product);

    QList<Product> m_products;
    QHash<QString, int> m_indexByCode;
};
