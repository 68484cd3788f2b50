#include "Catalog.h"

#include "CheckoutLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace {

void setError(QString *out, const QString &message)
{
    if (out)
        *out = message;
}

int lineOfOffset(const QByteArray &data, int offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// Splits one CSV record. False on an unterminated quote or text after a closing quote.
bool splitCsvLine(const QString &line, QStringList *fields)
{
    fields->clear();
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
        } else if (c == u',') {
            fields->append(afterQuote ? field : field.trimmed());
            field.clear();
            afterQuote = false;
        } else if (c == u'"' && field.trimmed().isEmpty() && !afterQuote) {
            field.clear();
            quoted = true;
        } else if (afterQuote) {
            if (!c.isSpace())
                return false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    fields->append(afterQuote ? field : field.trimmed());
    return true;
}

bool parseBool(const QString &text, bool *out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"false" || t == u"no" || t == u"n" || t == u"0") {
        *out = false;
        return true;
    }
    if (t == u"true" || t == u"yes" || t == u"y" || t == u"1") {
        *out = true;
        return true;
    }
    return false;
}

} // namespace

bool Catalog::loadFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(errorMessage,
                 tr("Cannot open the catalog file %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return loadJson(data, errorMessage);
    if (suffix == u"csv")
        return loadCsv(data, errorMessage);
    setError(errorMessage, tr("The catalog file %1 is neither .json nor .csv.").arg(path));
    return false;
}

bool Catalog::loadJson(const QByteArray &json, QString *errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        setError(errorMessage, tr("Line %1: the catalog is not valid JSON (%2).")
                                   .arg(lineOfOffset(json, parseError.offset))
                                   .arg(parseError.errorString()));
        return false;
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().value(QLatin1String("products")).isArray())
        items = doc.object().value(QLatin1String("products")).toArray();
    else {
        setError(errorMessage, tr("The catalog JSON has no \"products\" list."));
        return false;
    }

    QList<Product> products;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QJsonValue code = o.value(QLatin1String("code"));
        const QJsonValue price = o.value(QLatin1String("price"));
        const QJsonValue taxFree = o.value(QLatin1String("tax_free"));
        Product p;
        p.code = code.isDouble() ? QString::number(qint64(code.toDouble())) : code.toString();
        p.name = o.value(QLatin1String("name")).toString();
        // A price must be a whole number: 4500.5 or "4500" are refused rather than guessed.
        const double raw = price.toDouble(-1);
        if (!price.isDouble() || raw != double(qint64(raw))) {
            setError(errorMessage,
                     tr("Product %1: the price must be a whole number of won.").arg(i + 1));
            return false;
        }
        p.price = Won(qint64(raw));
        if (!taxFree.isUndefined() && !taxFree.isBool()) {
            setError(errorMessage, tr("Product %1: tax_free must be true or false.").arg(i + 1));
            return false;
        }
        p.taxFree = taxFree.toBool(false);
        const QString problem = validate(p);
        if (!problem.isEmpty()) {
            setError(errorMessage, tr("Product %1: %2").arg(i + 1).arg(problem));
            return false;
        }
        products.append(p);
    }
    return replaceWith(products, errorMessage);
}

bool Catalog::loadCsv(const QByteArray &csv, QString *errorMessage)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');

    int headerLine = 0;
    QList<Product> products;
    QHash<QString, int> lineOfCode;
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNo = n + 1;
        QStringList fields;
        if (!splitCsvLine(line, &fields)) {
            setError(errorMessage,
                     tr("Line %1: a quoted field is not closed properly.").arg(lineNo));
            return false;
        }
        if (!headerLine) {
            headerLine = lineNo;
            QStringList header;
            for (const QString &f : std::as_const(fields))
                header << f.trimmed().toLower();
            if (header != QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                      QStringLiteral("price"), QStringLiteral("tax_free")}) {
                setError(
                    errorMessage,
                    tr("Line %1: the header must be \"code,name,price,tax_free\".").arg(lineNo));
                return false;
            }
            continue;
        }
        if (fields.size() != 4) {
            setError(errorMessage,
                     tr("Line %1: expected 4 fields, found %2.").arg(lineNo).arg(fields.size()));
            return false;
        }
        Product p;
        p.code = fields.at(0);
        p.name = fields.at(1);
        if (!Won::parse(fields.at(2), &p.price)) {
            setError(
                errorMessage,
                tr("Line %1: \"%2\" is not a price in whole won.").arg(lineNo).arg(fields.at(2)));
            return false;
        }
        if (!parseBool(fields.at(3), &p.taxFree)) {
            setError(errorMessage, tr("Line %1: tax_free must be true or false, not \"%2\".")
                                       .arg(lineNo)
                                       .arg(fields.at(3)));
            return false;
        }
        const QString problem = validate(p);
        if (!problem.isEmpty()) {
            setError(errorMessage, tr("Line %1: %2").arg(lineNo).arg(problem));
            return false;
        }
        if (lineOfCode.contains(p.code)) {
            setError(errorMessage, tr("Line %1: the code %2 was already used on line %3.")
                                       .arg(lineNo)
                                       .arg(p.code)
                                       .arg(lineOfCode.value(p.code)));
            return false;
        }
        lineOfCode.insert(p.code, lineNo);
        products.append(p);
    }
    if (!headerLine) {
        setError(errorMessage, tr("The catalog CSV is empty."));
        return false;
    }
    return replaceWith(products, errorMessage);
}

bool Catalog::add(const Product &product, QString *errorMessage)
{
    const QString problem = validate(product);
    if (!problem.isEmpty()) {
        setError(errorMessage, problem);
        return false;
    }
    if (m_indexByCode.contains(product.code)) {
        setError(errorMessage, tr("The code %1 is already in the catalog.").arg(product.code));
        return false;
    }
    m_indexByCode.insert(product.code, m_products.size());
    m_products.append(product);
    return true;
}

void Catalog::clear()
{
    m_products.clear();
    m_indexByCode.clear();
}

const Product *Catalog::find(const QString &code) const
{
    const auto it = m_indexByCode.constFind(code.trimmed());
    return it == m_indexByCode.constEnd() ? nullptr : &m_products.at(*it);
}

QList<Product> Catalog::search(const QString &text, int limit) const
{
    QList<Product> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    for (const Product &p : m_products) {
        if (found.size() >= limit)
            break;
        if (p.name.contains(needle, Qt::CaseInsensitive) || p.code.startsWith(needle))
            found.append(p);
    }
    return found;
}

bool Catalog::replaceWith(const QList<Product> &products, QString *errorMessage)
{
    QHash<QString, int> index;
    for (int i = 0; i < products.size(); ++i) {
        if (index.contains(products.at(i).code)) {
            setError(errorMessage, tr("The code %1 appears twice (products %2 and %3).")
                                       .arg(products.at(i).code)
                                       .arg(index.value(products.at(i).code) + 1)
                                       .arg(i + 1));
            return false;
        }
        index.insert(products.at(i).code, i);
    }
    m_products = products;
    m_indexByCode = index;
    qCInfo(lcCheckout) << "catalog loaded:" << m_products.size() << "products";
    return true;
}

QString Catalog::validate(const Product &product)
{
    if (product.code.trimmed().isEmpty())
        return tr("the product code is empty.");
    if (product.code != product.code.trimmed() || product.code.contains(u','))
        return tr("the product code \"%1\" contains spaces or commas.").arg(product.code);
    if (product.name.trimmed().isEmpty())
        return tr("the product name is empty.");
    if (!product.price.inRange())
        return tr("the price of %1 is out of range.").arg(product.name);
    return QString();
}
