#include "core/TimeZones.h"
#include "kakaopay/ErrorParser.h"
#include "kakaopay/Meaning.h"
#include "kakaopay/RequestEncoder.h"
#include "kakaopay/ResponseDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace KakaoPay;

namespace {

QJsonObject jsonOf(const RequestFields &fields)
{
    return QJsonDocument::fromJson(RequestEncoder::json(fields)).object();
}

QStringList namesOf(const RequestFields &fields)
{
    QStringList names;
    for (const auto &f : fields)
        names << f.first;
    return names;
}

ReadyRequest fullReady()
{
    ReadyRequest r;
    r.partnerOrderId = QStringLiteral("ORD-1");
    r.partnerUserId = QStringLiteral("counter-1");
    r.itemName = QStringLiteral("초코파이 & 우유");
    r.itemCode = QStringLiteral("P-01");
    r.quantity = 3;
    r.totalAmount = Won(12100);
    r.taxFreeAmount = Won(1100);
    r.vatAmount = Won(1000);
    r.greenDeposit = Won(300);
    r.approvalUrl = QStringLiteral("http://127.0.0.1:1/a?x=1&y=2");
    r.cancelUrl = QStringLiteral("http://127.0.0.1:1/c");
    r.failUrl = QStringLiteral("http://127.0.0.1:1/f");
    r.availableCards = {QStringLiteral("HANA"), QStringLiteral("BC")};
    r.paymentMethodType = QStringLiteral("CARD");
    r.installMonth = 0;
    r.useShareInstallment = QStringLiteral("N");
    r.customJson.insert(QStringLiteral("return_custom_url"), QStringLiteral("kakaotalk://"));
    r.redirectSchemeUrl = QStringLiteral("paydesk://back");
    return r;
}

} // namespace

class TestKakaoPayCodec : public QObject
{
    Q_OBJECT

private slots:
    void readyAllFields()
    {
        const RequestEncoder enc(QStringLiteral("TC0ONETIME"), QStringLiteral("s3cr3t"));
        const RequestFields fields = enc.ready(fullReady());
        QCOMPARE(namesOf(fields), QStringList({"cid",
                                               "cid_secret",
                                               "partner_order_id",
                                               "partner_user_id",
                                               "item_name",
                                               "item_code",
                                               "quantity",
                                               "total_amount",
                                               "tax_free_amount",
                                               "vat_amount",
                                               "green_deposit",
                                               "approval_url",
                                               "cancel_url",
                                               "fail_url",
                                               "available_cards",
                                               "payment_method_type",
                                               "install_month",
                                               "use_share_installment",
                                               "custom_json",
                                               "redirect_scheme_url"}));
        const QJsonObject o = jsonOf(fields);
        for (const char *number : {"quantity", "total_amount", "tax_free_amount", "vat_amount",
                                   "green_deposit", "install_month"})
            QVERIFY2(o.value(QLatin1String(number)).isDouble(), number);
        QCOMPARE(o.value("total_amount").toInteger(), 12100);
        QCOMPARE(o.value("install_month").toInteger(), 0);
        QCOMPARE(o.value("item_name").toString(), QStringLiteral("초코파이 & 우유"));
        QCOMPARE(o.value("available_cards").toArray(), QJsonArray({"HANA", "BC"}));
        QCOMPARE(o.value("custom_json").toObject().value("return_custom_url").toString(),
                 QStringLiteral("kakaotalk://"));

        const QUrlQuery q(QString::fromLatin1(RequestEncoder::form(fields)));
        QCOMPARE(q.queryItems().size(), 20);
        QCOMPARE(q.queryItemValue("item_name", QUrl::FullyDecoded),
                 QStringLiteral("초코파이 & 우유"));
        QCOMPARE(q.queryItemValue("approval_url", QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:1/a?x=1&y=2"));
        QCOMPARE(q.queryItemValue("available_cards", QUrl::FullyDecoded),
                 QStringLiteral(R"(["HANA","BC"])"));
        const QString customJson = QStringLiteral("{\"return_custom_url\":\"kakaotalk:/\"}")
                                       .replace(QStringLiteral(":/\""), QStringLiteral("://\""));
        QCOMPARE(q.queryItemValue("custom_json", QUrl::FullyDecoded), customJson);
        QCOMPARE(q.queryItemValue("green_deposit"), QStringLiteral("300"));
    }

    void readyOptionalFieldsOmitted()
    {
        ReadyRequest r;
        r.partnerOrderId = QStringLiteral("O");
        r.partnerUserId = QStringLiteral("U");
        r.itemName = QStringLiteral("I");
        r.quantity = 1;
        r.totalAmount = Won(1000);
        r.approvalUrl = r.cancelUrl = r.failUrl = QStringLiteral("http://x/");
        const RequestFields fields = RequestEncoder(QStringLiteral("TC0ONETIME"), {}).ready(r);
        QCOMPARE(namesOf(fields),
                 QStringList({"cid", "partner_order_id", "partner_user_id", "item_name", "quantity",
                              "total_amount", "tax_free_amount", "approval_url", "cancel_url",
                              "fail_url"}));
        // tax_free_amount is required: sent as 0, a number.
        QVERIFY(jsonOf(fields).value("tax_free_amount").isDouble());
    }

    void approveCancelOrderFields()
    {
        const RequestEncoder enc(QStringLiteral("TC0ONETIME"), {});
        ApproveRequest a;
        a.tid = QStringLiteral("T1");
        a.partnerOrderId = QStringLiteral("O");
        a.partnerUserId = QStringLiteral("U");
        a.pgToken = QStringLiteral("tok");
        QCOMPARE(namesOf(enc.approve(a)),
                 QStringList({"cid", "tid", "partner_order_id", "partner_user_id", "pg_token"}));
        a.payload = QStringLiteral("memo");
        a.totalAmount = Won(500);
        QCOMPARE(namesOf(enc.approve(a)).mid(5), QStringList({"payload", "total_amount"}));
        QVERIFY(jsonOf(enc.approve(a)).value("total_amount").isDouble());

        CancelRequest c;
        c.tid = QStringLiteral("T1");
        c.cancelAmount = Won(700);
        QCOMPARE(namesOf(enc.cancel(c)),
                 QStringList({"cid", "tid", "cancel_amount", "cancel_tax_free_amount"}));
        c.cancelVatAmount = Won(0); // an explicit 0 is sent, not omitted
        c.cancelAvailableAmount = Won(700);
        c.payload = QStringLiteral("p");
        const QJsonObject o = jsonOf(enc.cancel(c));
        QCOMPARE(o.size(), 7);
        QVERIFY(o.value("cancel_vat_amount").isDouble());
        QCOMPARE(o.value("cancel_available_amount").toInteger(), 700);

        QCOMPARE(namesOf(enc.order(QStringLiteral("T1"))), QStringList({"cid", "tid"}));
    }

    void wireConstants()
    {
        QCOMPARE(RequestEncoder::path(Endpoint::Ready, ApiGeneration::Current),
                 QStringLiteral("/online/v1/payment/ready"));
        QCOMPARE(RequestEncoder::path(Endpoint::Order, ApiGeneration::Legacy),
                 QStringLiteral("/v1/payment/order"));
        QCOMPARE(RequestEncoder::contentType(ApiGeneration::Current),
                 QByteArray("application/json"));
        QCOMPARE(RequestEncoder::contentType(ApiGeneration::Legacy),
                 QByteArray("application/x-www-form-urlencoded;charset=utf-8"));
        QCOMPARE(RequestEncoder::authorization(ApiGeneration::Current, "k"),
                 QByteArray("SECRET_KEY k"));
        QCOMPARE(RequestEncoder::authorization(ApiGeneration::Legacy, "k"),
                 QByteArray("KakaoAK k"));
    }

    void decodeReady()
    {
        ReadyResponse r;
        const Error e = ResponseDecoder::decode(
            QByteArray(R"({"tid":"T1234567890123456789","next_redirect_app_url":"a",
            "next_redirect_mobile_url":"m","next_redirect_pc_url":"p","android_app_scheme":"as",
            "ios_app_scheme":"is","created_at":"2023-07-15T21:18:22","tms_result":false})"),
            &r);
        QVERIFY2(!e.isError(), qPrintable(e.logText()));
        QCOMPARE(r.tid, QStringLiteral("T1234567890123456789"));
        QCOMPARE(r.nextRedirectAppUrl, QStringLiteral("a"));
        QCOMPARE(r.nextRedirectMobileUrl, QStringLiteral("m"));
        QCOMPARE(r.nextRedirectPcUrl, QStringLiteral("p"));
        QCOMPARE(r.androidAppScheme, QStringLiteral("as"));
        QCOMPARE(r.iosAppScheme, QStringLiteral("is"));
        // Korea time (no offset in the answer), whatever zone the test runs in.
        QCOMPARE(r.createdAt, QDateTime(QDate(2023, 7, 15), QTime(21, 18, 22), TimeZones::korea()));
    }

    void decodeApproveWithCardInfo()
    {
        ApproveResponse r;
        const Error e = ResponseDecoder::decode(QByteArray(R"({
            "aid":"A1","tid":"T1","cid":"TC0ONETIME","sid":"S1","partner_order_id":"O",
            "partner_user_id":"U","payment_method_type":"CARD",
            "amount":{"total":"11000","tax_free":1000,"vat":"1000","point":0,"discount":0,
                      "green_deposit":0},
            "card_info":{"kakaopay_purchase_corp":"비씨카드","kakaopay_purchase_corp_code":"104",
              "kakaopay_issuer_corp":"수협은행","kakaopay_issuer_corp_code":212,
              "purchase_corp":"P","purchase_corp_code":"01","issuer_corp":"I",
              "issuer_corp_code":"13","bin":"123456","card_type":"체크","install_month":"00",
              "approved_id":"99","card_mid":"M","interest_free_install":"N",
              "installment_type":"CARD_INSTALLMENT","card_item_code":"C"},
            "item_name":"라떼","item_code":"L","quantity":"2","created_at":"2023-10-28T23:30:57",
            "approved_at":"2023-10-28T23:31:21","payload":"memo","future_field":{"a":1}})"),
                                                &r);
        QVERIFY2(!e.isError(), qPrintable(e.logText()));
        QCOMPARE(r.aid, QStringLiteral("A1"));
        QCOMPARE(r.sid, QStringLiteral("S1"));
        QCOMPARE(r.amount.total, Won(11000));
        QCOMPARE(r.amount.vat, Won(1000));
        QCOMPARE(r.quantity, 2);
        QVERIFY(r.cardInfo.has_value());
        const CardInfo &c = *r.cardInfo;
        QCOMPARE(c.kakaopayPurchaseCorp, QStringLiteral("비씨카드"));
        QCOMPARE(c.kakaopayIssuerCorpCode, QStringLiteral("212")); // number read as text
        QCOMPARE(c.installMonth, QStringLiteral("00"));
        QCOMPARE(c.purchaseCorpCode, QStringLiteral("01"));
        QCOMPARE(c.issuerCorpCode, QStringLiteral("13"));
        QCOMPARE(c.bin, QStringLiteral("123456"));
        QCOMPARE(c.cardType, QStringLiteral("체크"));
        QCOMPARE(c.approvedId, QStringLiteral("99"));
        QCOMPARE(c.cardMid, QStringLiteral("M"));
        QCOMPARE(c.interestFreeInstall, QStringLiteral("N"));
        QCOMPARE(c.installmentType, QStringLiteral("CARD_INSTALLMENT"));
        QCOMPARE(c.cardItemCode, QStringLiteral("C"));
        QCOMPARE(r.itemName, QStringLiteral("라떼"));
        QCOMPARE(r.payload, QStringLiteral("memo"));
        QVERIFY(r.approvedAt.isValid());
    }

    void decodeCancel()
    {
        CancelResponse r;
        const Error e = ResponseDecoder::decode(QByteArray(R"({"aid":"A2","tid":"T1",
            "status":"PART_CANCEL_PAYMENT","amount":{"total":11000,"tax_free":1000,"vat":1000},
            "approved_cancel_amount":{"total":3000,"vat":273},
            "canceled_amount":{"total":3000,"vat":273},
            "cancel_available_amount":{"total":8000,"tax_free":1000,"vat":727},
            "canceled_at":"2023-10-28T23:40:00"})"),
                                                &r);
        QVERIFY2(!e.isError(), qPrintable(e.logText()));
        QCOMPARE(r.status, QStringLiteral("PART_CANCEL_PAYMENT"));
        QCOMPARE(r.approvedCancelAmount->total, Won(3000));
        QCOMPARE(r.canceledAmount->vat, Won(273));
        QCOMPARE(r.cancelAvailableAmount->total, Won(8000));
        QCOMPARE(r.cancelAvailableAmount->greenDeposit, Won(0)); // absent = 0
        QVERIFY(r.canceledAt.isValid());
        QVERIFY(!r.approvedAt.isValid());
    }

    void decodeOrder()
    {
        OrderResponse r;
        const Error e = ResponseDecoder::decode(QByteArray(R"({"tid":"T53d1b2051b66fd43573",
            "cid":"TC0ONETIME","status":"SUCCESS_PAYMENT","partner_order_id":"Test1",
            "partner_user_id":"U","payment_method_type":"MONEY","item_name":"감자튀김",
            "quantity":123,"amount":{"total":270600,"tax_free":0,"vat":24600,"point":0,
            "discount":0,"green_deposit":0},
            "cancel_available_amount":{"total":270600,"tax_free":0,"vat":24600},
            "canceled_amount":{"total":0},
            "selected_card_info":{"card_bin":"123456","install_month":3,
              "installment_type":"SHARE_INSTALLMENT","card_corp_name":"하나카드",
              "interest_free_install":"Y"},
            "created_at":"2023-10-28T23:30:57","approved_at":"2023-10-28T23:31:21",
            "payment_action_details":[{"aid":"A53d1b3534b976a88b68",
              "approved_at":"2023-10-28T23:31:21","amount":270600,"point_amount":0,
              "discount_amount":0,"green_deposit":0,"payment_action_type":"PAYMENT",
              "payment_method_type":"MONEY","payload":"p"},
              {"aid":"A2","payment_action_type":"CANCEL","amount":"1000"}]})"),
                                                &r);
        QVERIFY2(!e.isError(), qPrintable(e.logText()));
        QCOMPARE(r.itemName, QStringLiteral("감자튀김"));
        QCOMPARE(r.quantity, 123);
        QCOMPARE(r.amount.total, Won(270600));
        QCOMPARE(r.cancelAvailableAmount->vat, Won(24600));
        QVERIFY(r.selectedCardInfo.has_value());
        QCOMPARE(r.selectedCardInfo->installMonth, 3);
        QCOMPARE(r.selectedCardInfo->cardCorpName, QStringLiteral("하나카드"));
        QCOMPARE(r.selectedCardInfo->installmentType, QStringLiteral("SHARE_INSTALLMENT"));
        QCOMPARE(r.paymentActionDetails.size(), 2);
        const PaymentActionDetail &d = r.paymentActionDetails.first();
        QCOMPARE(d.aid, QStringLiteral("A53d1b3534b976a88b68"));
        QCOMPARE(d.amount, Won(270600));
        QCOMPARE(d.paymentActionType, QStringLiteral("PAYMENT"));
        QCOMPARE(d.paymentMethodType, QStringLiteral("MONEY"));
        QCOMPARE(d.payload, QStringLiteral("p"));
        QVERIFY(d.approvedAt.isValid());
        QCOMPARE(r.paymentActionDetails.at(1).amount, Won(1000));
        QVERIFY(!r.paymentActionDetails.at(1).approvedAt.isValid()); // missing keys tolerated
        QVERIFY(!r.canceledAt.isValid());
    }

    void selectedCardInstallMonthAsString()
    {
        OrderResponse r;
        QVERIFY(!ResponseDecoder::decode(QByteArray(R"({"tid":"T","status":"SUCCESS_PAYMENT",
                     "selected_card_info":{"install_month":"02"}})"),
                                         &r)
                     .isError());
        QCOMPARE(r.selectedCardInfo->installMonth, 2);
    }

    void missingRequired_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("ready tid")
            << "ready" << QByteArray(R"({"next_redirect_pc_url":"x"})") << "tid";
        QTest::newRow("ready empty tid") << "ready" << QByteArray(R"({"tid":""})") << "tid";
        QTest::newRow("approve aid") << "approve" << QByteArray(R"({"tid":"T"})") << "aid";
        QTest::newRow("approve tid")
            << "approve" << QByteArray(R"({"aid":"A","tid":null})") << "tid";
        QTest::newRow("cancel status")
            << "cancel" << QByteArray(R"({"aid":"A","tid":"T"})") << "status";
        QTest::newRow("order status") << "order" << QByteArray(R"({"tid":"T"})") << "status";
        QTest::newRow("order tid") << "order" << QByteArray(R"({"status":"READY"})") << "tid";
    }
    void missingRequired()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        Error e;
        if (kind == "ready") {
            ReadyResponse r;
            e = ResponseDecoder::decode(body, &r);
        } else if (kind == "approve") {
            ApproveResponse r;
            e = ResponseDecoder::decode(body, &r);
        } else if (kind == "cancel") {
            CancelResponse r;
            e = ResponseDecoder::decode(body, &r);
        } else {
            OrderResponse r;
            e = ResponseDecoder::decode(body, &r);
        }
        QCOMPARE(e.kind(), Error::Kind::MissingField);
        QCOMPARE(e.serverMessage(), field);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html></html>");
        QTest::newRow("truncated") << QByteArray(R"({"tid":"T","status":)");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("amount not number")
            << QByteArray(R"({"tid":"T","status":"S","amount":{"total":"12a"}})");
        QTest::newRow("amount fraction")
            << QByteArray(R"({"tid":"T","status":"S","amount":{"total":10.5}})");
        QTest::newRow("amount is string") << QByteArray(R"({"tid":"T","status":"S","amount":"1"})");
        QTest::newRow("actions not array")
            << QByteArray(R"({"tid":"T","status":"S","payment_action_details":{}})");
        QTest::newRow("tid object") << QByteArray(R"({"tid":{},"status":"S"})");
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        OrderResponse r;
        r.tid = QStringLiteral("untouched");
        const Error e = ResponseDecoder::decode(body, &r);
        QCOMPARE(e.kind(), Error::Kind::Malformed);
        QCOMPARE(r.tid, QStringLiteral("untouched"));
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("methodCode");
        QTest::newRow("current") << 400
                                 << QByteArray(
                                        R"({"error_code":-780,"error_message":"approval failure!",
            "extras":{"method_result_code":"USER_LOCKED","method_result_message":"잠김"}})")
                                 << int(Error::Kind::KakaoPay) << -780 << "approval failure!"
                                 << "USER_LOCKED";
        QTest::newRow("legacy") << 400 << QByteArray(R"({"code":-781,"msg":"cancel failure!",
            "extras":{"method_result_code":"6666","method_result_message":"원거래없음"}})")
                                << int(Error::Kind::KakaoPay) << -781 << "cancel failure!"
                                << "6666";
        QTest::newRow("code as string") << 400 << QByteArray(R"({"error_code":"-721"})")
                                        << int(Error::Kind::KakaoPay) << -721 << ""
                                        << "";
        QTest::newRow("legacy 401") << 401 << QByteArray(R"({"msg":"wrong appKey","code":-401})")
                                    << int(Error::Kind::KakaoPay) << -401 << "wrong appKey"
                                    << "";
        QTest::newRow("maintenance") << 503 << QByteArray(R"({"code":-9798,"msg":"점검"})")
                                     << int(Error::Kind::KakaoPay) << -9798 << "점검"
                                     << "";
        QTest::newRow("500 no body")
            << 500 << QByteArray() << int(Error::Kind::Http) << 0 << "no body"
            << "";
        QTest::newRow("400 other json")
            << 400 << QByteArray(R"({"error":"x"})") << int(Error::Kind::Http) << 0
            << "JSON body without a KakaoPay error"
            << "";
        QTest::newRow("200 success")
            << 200 << QByteArray(R"({"tid":"T","code":5})") << int(Error::Kind::None) << 0 << ""
            << "";
        QTest::newRow("200 error body")
            << 200 << QByteArray(R"({"error_code":-1})") << int(Error::Kind::KakaoPay) << -1 << ""
            << "";
    }
    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QString, methodCode);
        const Error e = ErrorParser::parse(status, body);
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.code(), code);
        QCOMPARE(e.serverMessage(), message);
        QCOMPARE(e.methodResultCode(), methodCode);
        if (e.isError()) {
            QCOMPARE(e.httpStatus(), status);
            QVERIFY(!e.userMessage().isEmpty());
            QVERIFY(e.logText().contains(e.kindName()));
        }
    }

    void userMessagesForCounterCodes()
    {
        QSet<QString> seen;
        for (int code :
             {-701, -702, -708, -721, -723, -780, -781, -784, -785, -797, -401, -710, -9798}) {
            const QString text = Error::kakaoPay(400, code, QStringLiteral("x")).userMessage();
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains(QStringLiteral("code %1").arg(code)), qPrintable(text));
            seen.insert(text);
        }
        QVERIFY(seen.size() >= 12);
        QCOMPARE(Error::kakaoPay(400, -710, {}).userMessage(),
                 Error::kakaoPay(400, -711, {}).userMessage());
        const Error e780 =
            Error::kakaoPay(400, -780, {}, QStringLiteral("X"), QStringLiteral("잔액 부족"));
        QVERIFY(e780.userMessage().contains(QStringLiteral("잔액 부족")));
        QVERIFY(Error::kakaoPay(400, -1234, {}).userMessage().contains(QStringLiteral("-1234")));

        for (auto kind :
             {Error::Kind::Network, Error::Kind::Timeout, Error::Kind::Tls, Error::Kind::Http,
              Error::Kind::Malformed, Error::Kind::MissingField, Error::Kind::Configuration})
            QVERIFY(!Error(kind).userMessage().isEmpty());
        QVERIFY(Error(Error::Kind::None).userMessage().isEmpty());
    }

    // What each answer means for the money: only a documented refusal, or a request that never
    // left, says the call had no effect; everything unclear leaves the outcome open.
    void meanings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<int>("meaning");
        QTest::addColumn<bool>("noEffect");
        using K = Error::Kind;
        auto row = [](const char *name, K kind, int http, int code, bool sent, Meaning m,
                      bool noEffect) {
            QTest::newRow(name) << int(kind) << http << code << sent << int(m) << noEffect;
        };
        row("success", K::None, 200, 0, true, Meaning::Done, false);
        row("timeout", K::Timeout, 0, 0, true, Meaning::Unanswered, false);
        row("connection lost", K::Network, 0, 0, true, Meaning::Unanswered, false);
        row("connection refused", K::Network, 0, 0, false, Meaning::NotSent, true);
        row("tls refused", K::Tls, 0, 0, false, Meaning::NotSent, true);
        row("no key", K::Configuration, 0, 0, false, Meaning::NotSent, true);
        row("malformed 200", K::Malformed, 200, 0, true, Meaning::Unanswered, false);
        row("missing field", K::MissingField, 200, 0, true, Meaning::Unanswered, false);
        row("http 500", K::Http, 500, 0, true, Meaning::Unanswered, false);
        row("http 404 (proxy)", K::Http, 404, 0, true, Meaning::Unanswered, false);
        row("http 401", K::Http, 401, 0, true, Meaning::KeyRejected, true);
        row("-1 with 500", K::KakaoPay, 500, -1, true, Meaning::Unanswered, false);
        row("-9798 maintenance 503", K::KakaoPay, 503, -9798, true, Meaning::Unanswered, false);
        row("-401", K::KakaoPay, 401, -401, true, Meaning::KeyRejected, true);
        row("-702", K::KakaoPay, 400, -702, true, Meaning::AlreadyApproved, false);
        row("-708", K::KakaoPay, 400, -708, true, Meaning::Refused, true);
        row("-710", K::KakaoPay, 400, -710, true, Meaning::Refused, true);
        row("-721", K::KakaoPay, 400, -721, true, Meaning::UnknownTid, false);
        row("-723", K::KakaoPay, 400, -723, true, Meaning::Expired, true);
        row("-731", K::KakaoPay, 400, -731, true, Meaning::MerchantRejected, true);
        row("-733", K::KakaoPay, 400, -733, true, Meaning::CidSecretRejected, true);
        row("-780", K::KakaoPay, 400, -780, true, Meaning::MethodFault, false);
        row("-780 as 500", K::KakaoPay, 500, -780, true, Meaning::Unanswered, false);
        row("-781", K::KakaoPay, 400, -781, true, Meaning::MethodFault, false);
        row("-783", K::KakaoPay, 400, -783, true, Meaning::NotApprovable, false);
        row("-784", K::KakaoPay, 400, -784, true, Meaning::Refused, true);
        row("-785", K::KakaoPay, 400, -785, true, Meaning::InProgress, false);
        row("unknown code", K::KakaoPay, 400, -7777, true, Meaning::Unanswered, false);
        row("string code", K::KakaoPay, 400, 0, true, Meaning::Unanswered, false);
    }
    void meanings()
    {
        QFETCH(int, kind);
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(bool, sent);
        QFETCH(int, meaning);
        QFETCH(bool, noEffect);
        Error e;
        if (Error::Kind(kind) == Error::Kind::KakaoPay)
            e = Error::kakaoPay(http, code, QStringLiteral("x"));
        else if (Error::Kind(kind) == Error::Kind::Network)
            e = Error::network(QStringLiteral("x"), sent);
        else if (Error::Kind(kind) != Error::Kind::None)
            e = Error(Error::Kind(kind), QStringLiteral("x"), http);
        QCOMPARE(int(meaningOf(e)), meaning);
        QCOMPARE(hadNoEffect(meaningOf(e)), noEffect);
        QVERIFY(!meaningName(meaningOf(e)).isEmpty());
    }

    void statuses()
    {
        QCOMPARE(paymentStatusOf(QStringLiteral("SUCCESS_PAYMENT")), PaymentStatus::Paid);
        QCOMPARE(paymentStatusOf(QStringLiteral("AUTH_PASSWORD")), PaymentStatus::Confirmed);
        QCOMPARE(paymentStatusOf(QStringLiteral("SEND_TMS")), PaymentStatus::Waiting);
        QCOMPARE(paymentStatusOf(QStringLiteral("QUIT_PAYMENT")), PaymentStatus::BuyerQuit);
        QCOMPARE(paymentStatusOf(QStringLiteral("FAIL_PAYMENT")), PaymentStatus::Failed);
        QCOMPARE(paymentStatusOf(QStringLiteral("success_payment")), PaymentStatus::Unknown);
        QVERIFY(isFinal(PaymentStatus::Refunded));
        QVERIFY(!isFinal(PaymentStatus::Confirmed));
        QVERIFY(!isFinal(PaymentStatus::Unknown)); // never read as an end
        QVERIFY(tookMoney(PaymentStatus::PartRefunded));
        QVERIFY(!tookMoney(PaymentStatus::Failed));
    }

    void errorCodeOutOfIntRangeIsUnreadable()
    {
        // 4294966516 is -780 wrapped into 32 bits: not -780, an answer we cannot read.
        const Error e =
            ErrorParser::parse(400, QByteArray(R"({"error_code":4294966516,"error_message":"x"})"));
        QCOMPARE(e.kind(), Error::Kind::Malformed);
        QCOMPARE(e.code(), 0);
        QCOMPARE(meaningOf(e), Meaning::Unanswered);
        const Error fits = ErrorParser::parse(400, QByteArray(R"({"code":-780,"msg":"x"})"));
        QCOMPARE(fits.code(), -780);
    }

    void absentCancelAmountsAreNotZero()
    {
        // Older documented cancel answers have no approved_cancel_amount: unknown, not ₩0.
        CancelResponse c;
        QVERIFY(!ResponseDecoder::decode(QByteArray(R"({"aid":"A2","tid":"T1",
            "status":"CANCEL_PAYMENT","amount":{"total":11000},
            "canceled_amount":{"total":11000}})"),
                                         &c)
                     .isError());
        QVERIFY(!c.approvedCancelAmount.has_value());
        QVERIFY(c.canceledAmount.has_value());
        QVERIFY(!c.cancelAvailableAmount.has_value());
        // An amount object without a total tells nothing either.
        OrderResponse o;
        QVERIFY(!ResponseDecoder::decode(QByteArray(R"({"tid":"T1","status":"SUCCESS_PAYMENT",
            "canceled_amount":{"vat":0}})"),
                                         &o)
                     .isError());
        QVERIFY(!o.canceledAmount.has_value());
        QVERIFY(!o.cancelAvailableAmount.has_value());
    }
};

QTEST_GUILESS_MAIN(TestKakaoPayCodec)
#include "tst_kakaopaycodec.moc"
