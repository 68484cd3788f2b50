#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The three URLs KakaoPay sends the buyer's browser back to, made for one payment:
//     <base>/approve?order=<partner_order_id>&n=<nonce>   (KakaoPay appends &pg_token=…)
//     <base>/cancel?order=…&n=…     <base>/fail?order=…&n=…
// The nonce is random per payment, so a redirect for another payment (or a made-up one) never
// matches this one. match() tells which of the three a navigation is.
class ReturnUrls
{
    Q_DECLARE_TR_FUNCTIONS(ReturnUrls)

public:
    enum class Kind
    {
        None,
        Approval,
        Cancel,
        Fail
    };

    struct Match
    {
        Kind kind = Kind::None;
        QString pgToken;          // Approval only, never empty then
        bool ourEndpoint = false; // scheme/host/port/path are one of ours (even if kind is None:
                                  // another order, another nonce, no pg_token → suspicious)
    };

    static constexpr int kMaxUrlLength = 255; // KakaoPay's limit per URL
    static QUrl defaultBase() { return QUrl(QStringLiteral("http://localhost/paydesk")); }

    ReturnUrls() = default;
    // Invalid (isValid() false, errorMessage set) when the base is not an http(s) URL without
    // query/fragment, the order id is empty, or a URL would exceed kMaxUrlLength.
    static ReturnUrls create(const QUrl &base, const QString &partnerOrderId,
                             QString *errorMessage = nullptr);

    bool isValid() const { return !m_nonce.isEmpty(); }
    QString partnerOrderId() const { return m_partnerOrderId; }
    QString nonce() const { return m_nonce; }
    QUrl approvalUrl() const { return endpoint(QStringLiteral("approve")); }
    QUrl cancelUrl() const { return endpoint(QStringLiteral("cancel")); }
    QUrl failUrl() const { return endpoint(QStringLiteral("fail")); }

    Match match(const QUrl &url) const;

private:
    QUrl endpoint(const QString &leaf) const;

    QUrl m_base;
    QString m_partnerOrderId;
    QString m_nonce;
};
