#include "SimPages.h"

#include "SimConfig.h"
#include "SimLedger.h"

#include <QRegularExpression>

namespace {

// The page is self-contained (no external resources: tests and training run offline).
const char kPageTemplate[] = R"HTML(<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>카카오페이 결제 (연습) · KakaoPay training</title>
<style>
body{margin:0;font-family:"NanumGothic","Apple SD Gothic Neo","Malgun Gothic",sans-serif;background:#f5f5f5;color:#1e1e1e}
header{background:#ffeb00;padding:8px 16px;display:flex;align-items:center;gap:10px;font-weight:bold;font-size:17px}
.logo{background:#1e1e1e;color:#ffeb00;border-radius:12px;padding:2px 9px;font-size:14px}
.training{margin-left:auto;background:#d93025;color:#fff;border-radius:4px;padding:3px 8px;font-size:13px}
/* Compact: inside the till's payment view (about 900x600) the QR box and every button show
   without scrolling. Two columns when there is room, one below that. */
main{max-width:820px;margin:10px auto;background:#fff;border-radius:12px;padding:14px 18px;box-shadow:0 1px 4px rgba(0,0,0,.12);display:grid;grid-template-columns:1fr 1fr;gap:6px 22px}
@media (max-width:600px){main{grid-template-columns:1fr;margin:6px}}
.item{font-size:16px}.qty{color:#777;font-size:13px;margin-top:2px}
.amount{font-size:26px;font-weight:bold;margin:4px 0 8px}
.notice{background:#fff8c4;border-radius:6px;padding:6px 10px;margin-bottom:8px;font-size:14px}
.notice:empty{display:none}
.qr{text-align:center;margin:6px 0 0}
.qrbox{width:120px;height:120px;margin:0 auto;border:2px dashed #999;display:flex;align-items:center;justify-content:center;color:#999;font-size:22px;letter-spacing:4px}
.qr p{font-size:12px;color:#555;margin:6px 0 0}
form.tms{display:grid;grid-template-columns:1fr 1fr;gap:6px;margin:10px 0 0;padding-top:8px;border-top:1px solid #eee}
form.tms label{font-size:12px;display:grid;gap:3px}
form.tms button{grid-column:1 / -1}
input{padding:6px;border:1px solid #ccc;border-radius:6px;font-size:14px;min-width:0}
.meta{display:flex;justify-content:space-between;font-size:13px;color:#555;margin:0 0 8px}
#sim-countdown{font-weight:bold;color:#d93025}
.buttons{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.buttons form{margin:0}
button,input{font-family:inherit}
button{width:100%;padding:10px;border:0;border-radius:8px;font-size:14px;cursor:pointer;background:#e9e9e9}
button.primary{background:#ffeb00;font-weight:bold;padding:14px 10px}
button.danger{background:#fbe0de;color:#a1241c}
button.link{background:none;color:#555;text-decoration:underline;margin-top:4px;padding:6px}
body.expired .buttons button.primary{opacity:.4}
footer{text-align:center;font-size:12px;color:#888;margin:6px}
</style></head>
<body>
<header><span class="logo">pay</span>카카오페이 결제<span class="training" id="sim-training">TRAINING · 연습</span></header>
<main>
<section class="order">
<div class="item" id="sim-item">{{ITEM}}</div>
<div class="qty">수량 · Qty {{QTY}}</div>
<div class="amount" id="sim-amount">{{AMOUNT}}</div>
<div class="notice" id="sim-notice">{{NOTICE}}</div>
<div class="qr"><div class="qrbox" id="sim-qr">QR</div>
<p>휴대폰 카메라로 QR 코드를 스캔하세요 · Scan with your phone</p></div>
</section>
<section class="actions">
<div class="meta"><span>남은 시간 · Time left <span id="sim-countdown">--:--</span></span>
<span>상태 · Status <span id="sim-status">{{STATUS}}</span></span></div>
<div class="buttons">
<form method="post" action="{{BASE}}/approve?method=CARD"><button type="submit" class="primary" id="sim-approve-card">승인 (카드) · Approve (card)</button></form>
<form method="post" action="{{BASE}}/approve?method=MONEY"><button type="submit" class="primary" id="sim-approve-money">승인 (머니) · Approve (money)</button></form>
<form method="post" action="{{BASE}}/cancel"><button type="submit" id="sim-cancel">결제 취소 · Cancel</button></form>
<form method="post" action="{{BASE}}/fail"><button type="submit" class="danger" id="sim-fail">인증 실패 · Fail</button></form>
</div>
<form class="tms" method="post" action="{{BASE}}/tms" id="sim-tms-form">
<label>휴대폰 번호 · Phone<input name="phone" id="sim-phone" inputmode="numeric" placeholder="01012345678"></label>
<label>생년월일 · Birth date<input name="birth" id="sim-birth" inputmode="numeric" placeholder="YYMMDD"></label>
<button type="submit" id="sim-send-tms">결제 요청 보내기 · Send request</button>
</form>
<form method="post" action="{{BASE}}/open"><button type="submit" class="link" id="sim-open">휴대폰에서 열림 (시뮬레이션) · Opened on phone</button></form>
</section>
</main>
<footer>PayDesk KakaoPay simulator · 실제 결제가 아닙니다 · no real money</footer>
<script>
(function () {
  var remaining = {{REMAINING}};
  var pollUrl = "{{BASE}}/poll";
  function show() {
    var s = Math.max(0, remaining), m = Math.floor(s / 60), r = s % 60;
    document.getElementById("sim-countdown").textContent = m + ":" + (r < 10 ? "0" : "") + r;
    if (s <= 0) document.body.classList.add("expired");
  }
  show();
  setInterval(function () { remaining--; show(); }, 1000);
  function poll() {
    var x = new XMLHttpRequest();
    x.open("GET", pollUrl);
    x.onload = function () {
      try {
        var d = JSON.parse(x.responseText);
        document.getElementById("sim-status").textContent = d.status;
        remaining = d.remaining_seconds; show();
        if (d.redirect) { window.location.href = d.redirect; return; }
      } catch (e) {}
      setTimeout(poll, 500);
    };
    x.onerror = function () { setTimeout(poll, 500); };
    x.send();
  }
  setTimeout(poll, 500);
})();
</script>
</body></html>
)HTML";

const char kMessageTemplate[] = R"HTML(<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>카카오페이 (연습)</title>
<style>body{font-family:sans-serif;margin:0;background:#f5f5f5}header{background:#ffeb00;padding:14px 20px;font-weight:bold}
p{max-width:420px;margin:30px auto;background:#fff;padding:20px;border-radius:12px}</style></head>
<body><header>카카오페이 결제 · TRAINING · 연습</header><p id="sim-message">{{TEXT}}</p></body></html>
)HTML";

} // namespace

SimHttpResponse SimPages::message(int status, const QString &text)
{
    QString html = QString::fromUtf8(kMessageTemplate);
    html.replace(QLatin1String("{{TEXT}}"), text.toHtmlEscaped());
    return SimHttpResponse::html(status, html.toUtf8());
}

SimHttpResponse SimPages::page(const SimPayment &p, const QString &variant, const QString &notice)
{
    Q_UNUSED(variant) // pc, mobile and app share one page
    const qint64 remaining = qMax<qint64>(0, m_ledger->now().secsTo(p.expiresAt));
    QString html = QString::fromUtf8(kPageTemplate);
    html.replace(QLatin1String("{{ITEM}}"), p.itemName.toHtmlEscaped());
    html.replace(QLatin1String("{{QTY}}"), QString::number(p.quantity));
    html.replace(QLatin1String("{{AMOUNT}}"), p.amount.total.toDisplayString());
    html.replace(QLatin1String("{{NOTICE}}"), notice.toHtmlEscaped());
    html.replace(QLatin1String("{{STATUS}}"), p.status);
    html.replace(QLatin1String("{{REMAINING}}"), QString::number(remaining));
    html.replace(QLatin1String("{{BASE}}"), m_baseUrl + QStringLiteral("/sim/pay/") + p.tid);
    return SimHttpResponse::html(200, html.toUtf8());
}

void SimPages::autoApproveIfDue(const QString &tid)
{
    if (m_config.autoApproveMs < 0 || !m_firstView.contains(tid))
        return;
    if (m_firstView.value(tid).elapsed() < m_config.autoApproveMs)
        return;
    const SimPayment *p = m_ledger->find(tid);
    if (p && p->isPending() && p->status != QLatin1String("AUTH_PASSWORD") &&
        !p->isExpiredAt(m_ledger->now())) {
        QString ignored;
        m_ledger->authorize(tid, QStringLiteral("CARD"), &ignored);
    }
}

SimHttpResponse SimPages::poll(const QString &tid)
{
    autoApproveIfDue(tid);
    const SimPayment *p = m_ledger->find(tid);
    const QString redirect = SimLedger::redirectFor(*p);
    const QDateTime now = m_ledger->now();
    return SimHttpResponse::json(
        200,
        {{QStringLiteral("status"), p->status},
         {QStringLiteral("redirect"), redirect.isEmpty() ? QJsonValue() : QJsonValue(redirect)},
         {QStringLiteral("remaining_seconds"), qMax<qint64>(0, now.secsTo(p->expiresAt))},
         {QStringLiteral("expired"), p->isExpiredAt(now)}});
}

SimHttpResponse SimPages::handle(const SimHttpRequest &request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // parts: sim, pay, {tid}, {action}
    const QString tid = parts.value(2);
    const QString action = parts.value(3);
    const SimPayment *p = m_ledger->find(tid);
    if (parts.size() != 4 || !p)
        return message(404, QStringLiteral("결제 정보를 찾을 수 없습니다 · Unknown payment"));
    const QString pageUrl = m_baseUrl + QStringLiteral("/sim/pay/") + tid + QStringLiteral("/pc");

    if (action == QLatin1String("pc") || action == QLatin1String("mobile") ||
        action == QLatin1String("app")) {
        if (!m_firstView.contains(tid))
            m_firstView[tid].start();
        autoApproveIfDue(tid);
        p = m_ledger->find(tid);
        const QString redirect = SimLedger::redirectFor(*p);
        if (!redirect.isEmpty())
            return SimHttpResponse::redirect(redirect);
        QString notice;
        const QString tms = request.query.value(QStringLiteral("tms"));
        if (tms == QLatin1String("sent"))
            notice =
                QStringLiteral("카카오톡으로 결제 요청을 보냈습니다 · Request sent to KakaoTalk");
        else if (tms == QLatin1String("invalid"))
            notice =
                QStringLiteral("휴대폰 번호와 생년월일을 확인하세요 · Check phone and birth date");
        if (!p->isPending())
            notice =
                QStringLiteral("이 결제는 끝났습니다 (%1) · This payment is over").arg(p->status);
        else if (p->isExpiredAt(m_ledger->now()))
            notice = QStringLiteral("결제 시간이 지났습니다 · This payment has expired");
        return page(*p, action, notice);
    }
    if (action == QLatin1String("poll"))
        return poll(tid);

    QString redirect;
    SimError e;
    if (action == QLatin1String("approve")) {
        const QString method =
            request.query.value(QStringLiteral("method"), QStringLiteral("CARD"));
        e = m_ledger->authorize(
            tid, method == QLatin1String("MONEY") ? method : QStringLiteral("CARD"), &redirect);
    } else if (action == QLatin1String("cancel")) {
        e = m_ledger->quit(tid, &redirect);
    } else if (action == QLatin1String("fail")) {
        e = m_ledger->fail(tid, &redirect);
    } else if (action == QLatin1String("open")) {
        e = m_ledger->openPayment(tid);
        redirect = pageUrl;
    } else if (action == QLatin1String("tms")) {
        const QHash<QString, QString> form = simParseForm(request.body);
        QString phone = form.value(QStringLiteral("phone"));
        phone.remove(QRegularExpression(QStringLiteral("[\\s-]")));
        const QString birth = form.value(QStringLiteral("birth")).trimmed();
        static const QRegularExpression phoneRe(QStringLiteral("^01[0-9]{8,9}$"));
        static const QRegularExpression birthRe(QStringLiteral("^([0-9]{6}|[0-9]{8})$"));
        if (!phoneRe.match(phone).hasMatch() || !birthRe.match(birth).hasMatch())
            return SimHttpResponse::redirect(pageUrl + QStringLiteral("?tms=invalid"), 303);
        e = m_ledger->sendTms(tid);
        redirect = pageUrl + QStringLiteral("?tms=sent");
    } else {
        return message(404, QStringLiteral("알 수 없는 요청 · Unknown action"));
    }
    if (!e.ok()) {
        const QString text =
            e.code == -723
                ? QStringLiteral("결제 시간이 지났습니다 · This payment has expired")
                : QStringLiteral(
                      "이 결제는 더 이상 진행할 수 없습니다 · This payment cannot continue");
        return message(409, text);
    }
    // Back to the page after a form (303), on to the merchant after a decision (302).
    const bool backToPage = action == QLatin1String("open") || action == QLatin1String("tms");
    return SimHttpResponse::redirect(redirect, backToPage ? 303 : 302);
}
