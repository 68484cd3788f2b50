#include "ReturnUrls.h"

#include "OrderIdGenerator.h"

#include <QUrlQuery>

namespace {
const QString kOrderKey = QStringLiteral("order");
const QString kNonceKey = QStringLiteral("n");
const QString kTokenKey = QStringLiteral("pg_token");

// Exactly one value for key, or an empty string.
QString single(const QUrlQuery &query, const QString &key)
{
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    return values.size() == 1 ? values.first() : QString();
}
} // namespace

ReturnUrls ReturnUrls::create(const QUrl &base, const QString &partnerOrderId,
                              QString *errorMessage)
{
    auto refuse = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return ReturnUrls();
    };
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || (scheme != u"http" && scheme != u"https") || base.host().isEmpty() ||
        base.hasQuery() || base.hasFragment() || !base.userInfo().isEmpty())
        return refuse(tr("The return address %1 is not a plain http(s) URL.").arg(base.toString()));
    if (partnerOrderId.isEmpty())
        return refuse(tr("The payment has no order number."));

    ReturnUrls urls;
    urls.m_base = base.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    urls.m_partnerOrderId = partnerOrderId;
    urls.m_nonce = OrderIdGenerator::randomBase32(26); // 130 bits
    for (const QUrl &u : {urls.approvalUrl(), urls.cancelUrl(), urls.failUrl()}) {
        if (u.toEncoded().size() > kMaxUrlLength)
            return refuse(tr("The return address is too long for KakaoPay (at most %1 characters).")
                              .arg(kMaxUrlLength));
    }
    return urls;
}

QUrl ReturnUrls::endpoint(const QString &leaf) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + u'/' + leaf);
    QUrlQuery query;
    query.addQueryItem(kOrderKey, QString::fromLatin1(QUrl::toPercentEncoding(m_partnerOrderId)));
    query.addQueryItem(kNonceKey, m_nonce);
    url.setQuery(query);
    return url;
}

ReturnUrls::Match ReturnUrls::match(const QUrl &url) const
{
    Match result;
    if (!isValid() || !url.isValid())
        return result;
    // Compare scheme, host, port and path exactly as we built them; port() is -1 for the
    // scheme's default, so http://h and http://h:80 are the same place.
    const auto samePlace = [&](const QUrl &ours) {
        return url.scheme().compare(ours.scheme(), Qt::CaseInsensitive) == 0 &&
               url.host().compare(ours.host(), Qt::CaseInsensitive) == 0 &&
               url.port(url.scheme() == u"https" ? 443 : 80) ==
                   ours.port(ours.scheme() == u"https" ? 443 : 80) &&
               url.path(QUrl::FullyDecoded) == ours.path(QUrl::FullyDecoded) &&
               url.userInfo().isEmpty() && !url.hasFragment();
    };
    Kind kind = Kind::None;
    if (samePlace(approvalUrl()))
        kind = Kind::Approval;
    else if (samePlace(cancelUrl()))
        kind = Kind::Cancel;
    else if (samePlace(failUrl()))
        kind = Kind::Fail;
    if (kind == Kind::None)
        return result;
    result.ourEndpoint = true;

    const QUrlQuery query(url);
    if (single(query, kOrderKey) != m_partnerOrderId || single(query, kNonceKey) != m_nonce)
        return result;
    if (kind == Kind::Approval) {
        result.pgToken = single(query, kTokenKey);
        if (result.pgToken.isEmpty())
            return result;
    }
    result.kind = kind;
    return result;
}
