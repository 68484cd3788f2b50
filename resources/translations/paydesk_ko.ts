<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PayDesk</source>
        <translation>PayDesk 정보</translation>
    </message>
    <message>
        <source>PayDesk %1</source>
        <translation>PayDesk %1</translation>
    </message>
    <message>
        <source>A point of sale that takes payment with KakaoPay.</source>
        <translation>카카오페이로 결제받는 POS입니다.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (빌드: %2)</translation>
    </message>
    <message>
        <source>Training mode: payments go to the simulator, no money moves</source>
        <translation>연습 모드: 결제는 시뮬레이터로 가며 실제 돈은 오가지 않음</translation>
    </message>
    <message>
        <source>Real payments with KakaoPay</source>
        <translation>카카오페이 실결제</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>거래 기록:</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>제3자 소프트웨어</translation>
    </message>
    <message>
        <source>PayDesk runs on the software below, which is not its own. Qt is used under the GNU LGPL version 3: PayDesk links it dynamically, it can be replaced, and the notices say how and where its source is.</source>
        <translation>PayDesk는 아래의 소프트웨어를 사용합니다(PayDesk가 직접 만든 것이 아닙니다). Qt는 GNU LGPL 버전 3에 따라 사용합니다. PayDesk는 Qt를 동적으로 링크하므로 다른 Qt로 바꿀 수 있으며, 바꾸는 방법과 소스 코드를 구할 수 있는 곳은 고지문에 있습니다.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>License</source>
        <translation>라이선스</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (named in the notice&apos;s text)</source>
        <translation>%1 (고지문 본문에서 찾음)</translation>
    </message>
    <message>
        <source>Licenses: %1
Packages: %2
Files: %3
Notice: %4</source>
        <translation>라이선스: %1
패키지: %2
파일: %3개
고지문: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s). The full notices are in %1.</source>
        <translation>
            <numerusform>구성 요소 %n개. 전체 고지문은 %1에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PayDesk runs from its build tree: the list shows the packages it uses on this machine (%1). An installed PayDesk keeps the full notices in its own folder.</source>
        <translation>이 PayDesk는 빌드 트리에서 실행 중입니다. 목록은 이 컴퓨터에서 사용하는 패키지입니다(%1). 설치된 PayDesk는 설치 폴더에 전체 고지문을 둡니다.</translation>
    </message>
    <message>
        <source>The third-party notices are missing (looked in %1): only Qt, which PayDesk runs on, is known. Reinstall PayDesk to get them.</source>
        <translation>제3자 소프트웨어 고지문이 없습니다(찾아본 위치: %1). 알 수 있는 것은 PayDesk가 사용하는 Qt뿐입니다. 고지문을 받으려면 PayDesk를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>Show &amp;notice</source>
        <translation>고지문 보기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;All notices</source>
        <translation>전체 고지문(&amp;A)</translation>
    </message>
    <message>
        <source>all third-party software</source>
        <translation>모든 제3자 소프트웨어</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>PayDesk shop</source>
        <translation>PayDesk 매장</translation>
    </message>
    <message>
        <source>TRAINING · simulator %1 · API %2</source>
        <translation>연습 모드 · 시뮬레이터 %1 · API %2</translation>
    </message>
    <message>
        <source>LIVE · %1 · API %2</source>
        <translation>실거래 · %1 · API %2</translation>
    </message>
    <message>
        <source>Training mode needs the KakaoPay simulator, but it did not start: %1</source>
        <translation>연습 모드에 필요한 카카오페이 시뮬레이터를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The catalog %1 could not be loaded (%2); using the sample catalog.</source>
        <translation>상품 목록 %1을(를) 불러오지 못해(%2) 샘플 상품 목록을 사용합니다.</translation>
    </message>
    <message>
        <source>The sample catalog could not be loaded: %1</source>
        <translation>샘플 상품 목록을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The KakaoPay cid_secret could not be read: %1</source>
        <translation>카카오페이 cid_secret을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The KakaoPay key could not be read: %1 A manager can enter it in the settings.</source>
        <translation>카카오페이 키를 읽을 수 없습니다: %1 관리자가 설정에서 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The managers&apos; database could not be opened: %1</source>
        <translation>관리자 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Payments are off: the journal could not be opened. %1</source>
        <translation>결제 불가: 거래 기록을 열 수 없습니다. %1</translation>
    </message>
    <message>
        <source>Reading the KakaoPay key from the keychain…</source>
        <translation>키체인에서 카카오페이 키를 읽는 중…</translation>
    </message>
    <message>
        <source>Payments are off: %1</source>
        <translation>결제 불가: %1</translation>
    </message>
    <message>
        <source>PayDesk is already running on this computer (process %1) with this journal. This window only shows the history and receipts: payments, refunds and recovery are off here. Use the other PayDesk window.</source>
        <translation>이 컴퓨터에서 PayDesk가 이미 이 거래 기록으로 실행 중입니다 (프로세스 %1). 이 창에서는 거래 내역과 영수증만 볼 수 있으며, 결제·환불·결제 복구는 꺼져 있습니다. 다른 PayDesk 창을 사용하세요.</translation>
    </message>
    <message>
        <source>Payments are off. %1</source>
        <translation>결제 불가. %1</translation>
    </message>
    <message>
        <source>Payments are off: the payment page was loaded from PAYDESK_WEBVIEW_MODULE, which only training may use. Restart PayDesk to take real payments.</source>
        <translation>결제 불가: 결제 화면을 PAYDESK_WEBVIEW_MODULE에서 불러왔는데, 이것은 연습 모드에서만 쓸 수 있습니다. 실제 결제를 받으려면 PayDesk를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The store server&apos;s password could not be read: %1</source>
        <translation>매장 서버 비밀번호를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings were reset</source>
        <translation>설정 초기화됨</translation>
    </message>
    <message>
        <source>Some settings could not be read and were put back to their defaults. A manager should check them in the settings.</source>
        <translation>일부 설정을 읽을 수 없어 기본값으로 되돌렸습니다. 관리자가 설정에서 확인해야 합니다.</translation>
    </message>
    <message>
        <source>Some settings were reset: %1</source>
        <translation>일부 설정을 기본값으로 되돌렸습니다: %1</translation>
    </message>
    <message>
        <source>Finish setting up PayDesk before the first sale.</source>
        <translation>첫 판매 전에 PayDesk 설정을 마치세요.</translation>
    </message>
    <message>
        <source>Set up PayDesk…</source>
        <translation>PayDesk 초기 설정…</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>새 거래 기록 시작</translation>
    </message>
    <message>
        <source>The damaged journal stays where it was moved to, for your IT support. Start a new, empty journal now? Payments recorded in the damaged one will not be in the history.</source>
        <translation>손상된 거래 기록은 IT 지원을 위해 옮겨 둔 위치에 그대로 남습니다. 지금 비어 있는 새 거래 기록을 시작할까요? 손상된 기록에 있던 결제는 내역에 나오지 않습니다.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>거래 기록</translation>
    </message>
    <message>
        <source>The new journal could not be opened either: %1</source>
        <translation>새 거래 기록도 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A new journal was started. Payments are on again.</source>
        <translation>새 거래 기록을 시작했습니다. 다시 결제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Finish the current payment before opening %1.</source>
        <translation>%1을(를) 열기 전에 진행 중인 결제를 마치세요.</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>결제 내역</translation>
    </message>
    <message>
        <source>The history is not available: the journal is not open.</source>
        <translation>결제 내역을 볼 수 없습니다: 거래 기록이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Payment history.</source>
        <translation>결제 내역.</translation>
    </message>
    <message>
        <source>Payment history (read only: no manager yet).</source>
        <translation>결제 내역 (읽기 전용: 아직 관리자 없음).</translation>
    </message>
    <message>
        <source>Recovery needs the journal, which is not open.</source>
        <translation>복구에는 거래 기록이 필요한데 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Payments recovered at start</source>
        <translation>시작 시 복구한 결제</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Add a manager first (Set up PayDesk).</source>
        <translation>먼저 관리자를 추가하세요 (PayDesk 초기 설정).</translation>
    </message>
    <message>
        <source>A manager PIN is needed to open the settings.</source>
        <translation>설정을 열려면 관리자 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language is used from the next start of PayDesk.</source>
        <translation>바뀐 언어는 PayDesk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>PayDesk is set up. Ready for the first sale.</source>
        <translation>PayDesk 설정을 마쳤습니다. 첫 판매를 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Payments are off: the journal failed its integrity check. Close PayDesk and call support; nothing in the file is changed. %1</source>
        <translation>결제가 중지되었습니다: 거래 기록 파일의 무결성 검사에 실패했습니다. PayDesk를 닫고 지원팀에 연락하세요. 파일은 그대로 보존됩니다. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished payment(s) or refund(s) from the last session were taken in.</source>
        <translation>
            <numerusform>지난 실행에서 끝나지 않은 결제 또는 환불 %n건을 이어받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager can confirm that the customer was not charged, and no manager is set up.</source>
        <translation>고객에게 청구되지 않았음은 관리자만 확인할 수 있는데, 등록된 관리자가 없습니다.</translation>
    </message>
    <message>
        <source>A manager confirms that the customer was NOT charged for order %1 (check the customer&apos;s KakaoPay history). The order can then be paid again; PayDesk keeps asking KakaoPay about the first payment.</source>
        <translation>관리자가 주문 %1에 대해 고객에게 청구되지 않았음을 확인합니다 (고객의 카카오페이 내역을 확인하세요). 그러면 이 주문을 다시 결제할 수 있고, PayDesk는 첫 결제를 카카오페이에 계속 조회합니다.</translation>
    </message>
    <message>
        <source>Manager %1 confirmed the customer was not charged for order %2: the order can be paid again.</source>
        <translation>관리자 %1이(가) 주문 %2에 대해 고객에게 청구되지 않았음을 확인했습니다: 이 주문을 다시 결제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Order %1 is no longer in doubt, or the journal could not record the confirmation.</source>
        <translation>주문 %1은(는) 더 이상 확인 대기 중이 아니거나, 거래 기록에 확인을 기록하지 못했습니다.</translation>
    </message>
    <message>
        <source>A manager sends refund #%1 (%2 on order %3) again. PayDesk first asks KakaoPay twice, a little apart, and sends it only if KakaoPay still shows nothing refunded.</source>
        <translation>관리자가 환불 #%1 (주문 %3의 %2)을(를) 다시 보냅니다. PayDesk는 먼저 카카오페이에 잠시 간격을 두고 두 번 조회하며, 그래도 환불된 것이 없을 때만 보냅니다.</translation>
    </message>
    <message>
        <source>Asking KakaoPay before sending refund #%1 again…</source>
        <translation>환불 #%1을(를) 다시 보내기 전에 카카오페이에 조회하는 중…</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>PayDesk: KakaoPay point of sale</source>
        <translation>PayDesk: 카카오페이 POS</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>버전을 출력하고 종료합니다.</translation>
    </message>
    <message>
        <source>Training mode: pay against the local KakaoPay simulator; no money moves.</source>
        <translation>연습 모드: 로컬 카카오페이 시뮬레이터로 결제하며 실제 돈은 오가지 않습니다.</translation>
    </message>
    <message>
        <source>KakaoPay API generation: current or legacy.</source>
        <translation>카카오페이 API 세대: current 또는 legacy.</translation>
    </message>
    <message>
        <source>Make one ₩1,000 test payment through the payment view and exit (0 = approved and recorded).</source>
        <translation>결제 화면으로 ₩1,000 테스트 결제를 한 번 하고 종료합니다 (0 = 승인 및 기록 완료).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>알 수 없는 인수: %1</translation>
    </message>
    <message>
        <source>--api must be current or legacy, not %1</source>
        <translation>--api는 current 또는 legacy여야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <source>Print the third-party notices (the software PayDesk ships or uses, its versions and licenses) and exit.</source>
        <translation>제3자 소프트웨어 고지문(PayDesk가 포함하거나 사용하는 소프트웨어와 그 버전, 라이선스)을 출력하고 종료합니다.</translation>
    </message>
    <message>
        <source>KakaoPay API base URL (default: KakaoPay&apos;s own): https, or http on this computer (a simulator: training mode).</source>
        <translation>카카오페이 API 기본 URL (기본값: 카카오페이 서버): https, 또는 이 컴퓨터에 한해 http (시뮬레이터: 연습 모드).</translation>
    </message>
    <message>
        <source>--base-url %1 is refused: %2</source>
        <extracomment>%1 the address given, %2 why it is refused</extracomment>
        <translation>--base-url %1은(는) 사용할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The setting &quot;%1&quot; was reset to its default: %2</source>
        <extracomment>%1 the setting&apos;s name, %2 why its stored value could not be used</extracomment>
        <translation>설정 &quot;%1&quot;을(를) 기본값으로 되돌렸습니다: %2</translation>
    </message>
    <message>
        <source>the stored value is not text.</source>
        <translation>저장된 값이 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>the stored value is not a whole number.</source>
        <translation>저장된 값이 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>the stored value is neither true nor false.</source>
        <translation>저장된 값이 true도 false도 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot;은(는) 다음 중 하나가 아닙니다: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; settings that could not be read use their defaults.</source>
        <translation>설정 파일 %1이(가) 손상되었습니다. 읽지 못한 설정은 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>A secret found in the settings file (%1) was ignored: keys are kept in the system keychain.</source>
        <translation>설정 파일(%1)에 있던 비밀 값은 무시했습니다. 키는 시스템 키체인에 보관합니다.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>설정을 %1에 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AuthResult</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before this manager is locked.</source>
        <translation>
            <numerusform>비밀번호가 틀렸습니다. %n번 더 틀리면 이 관리자는 잠깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. This manager is locked until %1.</source>
        <translation>비밀번호를 너무 많이 틀렸습니다. 이 관리자는 %1까지 잠깁니다.</translation>
    </message>
    <message>
        <source>There is no manager with that name.</source>
        <translation>그 이름의 관리자가 없습니다.</translation>
    </message>
    <message>
        <source>The attempt could not be recorded, so it was refused.</source>
        <translation>시도를 기록할 수 없어 거부했습니다.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked: PayDesk&apos;s PIN secret could not be read from the keychain. Unlock the keychain (or ask IT) and try again.</source>
        <translation>비밀번호를 확인할 수 없습니다: 키체인에서 PayDesk의 비밀번호 보호용 비밀 값을 읽지 못했습니다. 키체인 잠금을 해제하고(또는 IT 담당자에게 문의) 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation>상품 목록 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The catalog file %1 is neither .json nor .csv.</source>
        <translation>상품 목록 파일 %1은(는) .json도 .csv도 아닙니다.</translation>
    </message>
    <message>
        <source>Line %1: the catalog is not valid JSON (%2).</source>
        <translation>%1번째 줄: 상품 목록이 올바른 JSON이 아닙니다 (%2).</translation>
    </message>
    <message>
        <source>The catalog JSON has no &quot;products&quot; list.</source>
        <translation>상품 목록 JSON에 &quot;products&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <source>Product %1: the price must be a whole number of won.</source>
        <translation>상품 %1: 가격은 원 단위 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Product %1: tax_free must be true or false.</source>
        <translation>상품 %1: tax_free는 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>상품 %1: %2</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed properly.</source>
        <translation>%1번째 줄: 따옴표로 시작한 필드가 제대로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>Line %1: the header must be &quot;code,name,price,tax_free&quot;.</source>
        <translation>%1번째 줄: 머리글은 &quot;code,name,price,tax_free&quot;여야 합니다.</translation>
    </message>
    <message>
        <source>Line %1: expected 4 fields, found %2.</source>
        <translation>%1번째 줄: 필드가 4개여야 하는데 %2개입니다.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price in whole won.</source>
        <translation>%1번째 줄: &quot;%2&quot;은(는) 원 단위 정수 가격이 아닙니다.</translation>
    </message>
    <message>
        <source>Line %1: tax_free must be true or false, not &quot;%2&quot;.</source>
        <translation>%1번째 줄: tax_free는 true 또는 false여야 합니다 (입력: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>Line %1: the code %2 was already used on line %3.</source>
        <translation>%1번째 줄: 코드 %2은(는) 이미 %3번째 줄에서 사용했습니다.</translation>
    </message>
    <message>
        <source>The catalog CSV is empty.</source>
        <translation>상품 목록 CSV가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The code %1 is already in the catalog.</source>
        <translation>코드 %1은(는) 이미 상품 목록에 있습니다.</translation>
    </message>
    <message>
        <source>The code %1 appears twice (products %2 and %3).</source>
        <translation>코드 %1이(가) 두 번 나옵니다 (상품 %2, %3).</translation>
    </message>
    <message>
        <source>the product code is empty.</source>
        <translation>상품 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>the product code &quot;%1&quot; contains spaces or commas.</source>
        <translation>상품 코드 &quot;%1&quot;에 공백이나 쉼표가 있습니다.</translation>
    </message>
    <message>
        <source>the product name is empty.</source>
        <translation>상품명이 비어 있습니다.</translation>
    </message>
    <message>
        <source>the price of %1 is out of range.</source>
        <translation>%1의 가격이 허용 범위를 벗어났습니다.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Try &apos;paydesk-cli --help&apos;.</source>
        <translation>&apos;paydesk-cli --help&apos;로 사용법을 확인하세요.</translation>
    </message>
    <message>
        <source>give exactly one command: %1</source>
        <translation>명령을 하나만 지정하세요: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not set: put the KakaoPay secret key into that environment variable.</source>
        <translation>%1이(가) 설정되지 않았습니다. 이 환경 변수에 카카오페이 시크릿 키를 넣으세요.</translation>
    </message>
    <message>
        <source>there is no journal at %1 (see --database and --training).</source>
        <translation>%1에 거래 기록이 없습니다 (--database와 --training 참고).</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--training needs --base-url: the address of the training simulator the payments were made with.</source>
        <translation>--training에는 --base-url이 필요합니다: 결제에 사용한 연습 시뮬레이터의 주소입니다.</translation>
    </message>
    <message>
        <source>error: the journal is in use by PayDesk (process %1). Close PayDesk on this counter first, or use its Recovery menu.</source>
        <translation>error: PayDesk(프로세스 %1)가 거래 기록을 사용하고 있습니다. 먼저 이 계산대의 PayDesk를 닫거나, PayDesk의 복구 메뉴를 사용하세요.</translation>
    </message>
    <message>
        <source>Nothing was cancelled: a payment in that journal is refunded only with it.</source>
        <translation>아무것도 취소하지 않았습니다: 그 거래 기록에 있는 결제는 거래 기록과 함께만 환불합니다.</translation>
    </message>
    <message>
        <source>--%1 is not taken for a payment in the journal: PayDesk splits the refund as the app does. Give --cancel-amount only.</source>
        <translation>거래 기록에 있는 결제에는 --%1을(를) 받지 않습니다: PayDesk가 앱에서처럼 환불 금액을 나눕니다. --cancel-amount만 주세요.</translation>
    </message>
    <message>
        <source>the journal is in use by PayDesk (process %1): refund payment %2 in PayDesk&apos;s history, or close PayDesk first.</source>
        <translation>PayDesk(프로세스 %1)가 거래 기록을 사용 중입니다: 결제 %2은(는) PayDesk의 거래 내역에서 환불하거나, 먼저 PayDesk를 닫으세요.</translation>
    </message>
    <message>
        <source>no manager is set up on this computer (%1 is missing): refund payment %2 in PayDesk.</source>
        <translation>이 컴퓨터에 등록된 관리자가 없습니다(%1 없음): 결제 %2은(는) PayDesk에서 환불하세요.</translation>
    </message>
    <message>
        <source>store needs init or status</source>
        <translation>store 다음에 init 또는 status가 필요합니다</translation>
    </message>
    <message>
        <source>store %1 needs --url postgresql://user@host/database</source>
        <translation>store %1에는 --url postgresql://사용자@호스트/데이터베이스가 필요합니다</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>API address (default: KakaoPay&apos;s for --api).</source>
        <translation>API 주소 (기본값: --api에 맞는 카카오페이 주소).</translation>
    </message>
    <message>
        <source>API generation: current (JSON, SECRET_KEY) or legacy (form, KakaoAK).</source>
        <translation>API 세대: current (JSON, SECRET_KEY) 또는 legacy (form, KakaoAK).</translation>
    </message>
    <message>
        <source>Merchant code.</source>
        <translation>가맹점 코드.</translation>
    </message>
    <message>
        <source>Time allowed for the answer, in ms.</source>
        <translation>응답 대기 시간 (ms).</translation>
    </message>
    <message>
        <source>Payment id from ready (approve, cancel, order).</source>
        <translation>ready에서 받은 결제 고유번호 (approve, cancel, order).</translation>
    </message>
    <message>
        <source>pg_token from the approval URL (approve).</source>
        <translation>승인 URL의 pg_token (approve).</translation>
    </message>
    <message>
        <source>Merchant order number (ready: default generated).</source>
        <translation>가맹점 주문번호 (ready: 기본값은 자동 생성).</translation>
    </message>
    <message>
        <source>Merchant user id.</source>
        <translation>가맹점 회원 ID.</translation>
    </message>
    <message>
        <source>Item name (UTF-8, Korean allowed).</source>
        <translation>상품명 (UTF-8, 한글 가능).</translation>
    </message>
    <message>
        <source>Item code (optional).</source>
        <translation>상품 코드 (선택).</translation>
    </message>
    <message>
        <source>Quantity.</source>
        <translation>수량.</translation>
    </message>
    <message>
        <source>Total amount in won (ready; approve: optional amount binding).</source>
        <translation>총 금액(원) (ready; approve: 금액 확인용, 선택).</translation>
    </message>
    <message>
        <source>Tax-free part of the total in won.</source>
        <translation>총 금액 중 면세 금액(원).</translation>
    </message>
    <message>
        <source>VAT in won (default: KakaoPay computes it).</source>
        <translation>부가세(원) (기본값: 카카오페이가 계산).</translation>
    </message>
    <message>
        <source>Cup deposit in won (optional).</source>
        <translation>컵 보증금(원) (선택).</translation>
    </message>
    <message>
        <source>Redirect after approval.</source>
        <translation>승인 후 이동할 주소.</translation>
    </message>
    <message>
        <source>Redirect when the buyer cancels.</source>
        <translation>구매자가 취소했을 때 이동할 주소.</translation>
    </message>
    <message>
        <source>Redirect when the payment fails.</source>
        <translation>결제 실패 시 이동할 주소.</translation>
    </message>
    <message>
        <source>Allowed card companies, comma separated (e.g. HANA,BC).</source>
        <translation>허용할 카드사, 쉼표로 구분 (예: HANA,BC).</translation>
    </message>
    <message>
        <source>CARD or MONEY (optional).</source>
        <translation>CARD 또는 MONEY (선택).</translation>
    </message>
    <message>
        <source>Card instalment months 0-12 (optional).</source>
        <translation>카드 할부 개월 수 0-12 (선택).</translation>
    </message>
    <message>
        <source>Y or N (optional).</source>
        <translation>Y 또는 N (선택).</translation>
    </message>
    <message>
        <source>Pre-agreed extras as a JSON object of strings (optional).</source>
        <translation>사전 협의된 추가 항목, 문자열 값의 JSON 객체 (선택).</translation>
    </message>
    <message>
        <source>App return scheme (optional).</source>
        <translation>앱 복귀 스킴 (선택).</translation>
    </message>
    <message>
        <source>Memo stored with the approval or cancel (optional).</source>
        <translation>승인 또는 취소와 함께 저장할 메모 (선택).</translation>
    </message>
    <message>
        <source>Amount to refund now, in won (cancel).</source>
        <translation>지금 환불할 금액(원) (cancel).</translation>
    </message>
    <message>
        <source>Tax-free part of the refund, in won.</source>
        <translation>환불 금액 중 면세 금액(원).</translation>
    </message>
    <message>
        <source>VAT part of the refund (default: KakaoPay computes it).</source>
        <translation>환불 금액 중 부가세 (기본값: 카카오페이가 계산).</translation>
    </message>
    <message>
        <source>What you believe is still refundable, incl. this refund.</source>
        <translation>이번 환불을 포함해 아직 환불 가능하다고 보는 금액.</translation>
    </message>
    <message>
        <source>Not accepted: put the key into PAYDESK_SECRET_KEY instead (see above).</source>
        <translation>사용할 수 없습니다. 대신 PAYDESK_SECRET_KEY에 키를 넣으세요 (위 설명 참고).</translation>
    </message>
    <message>
        <source>--key is refused: a key on the command line is visible to every user of this computer. Set PAYDESK_SECRET_KEY in the environment instead.</source>
        <translation>--key는 사용할 수 없습니다. 명령줄의 키는 이 컴퓨터의 모든 사용자에게 보입니다. 대신 환경 변수 PAYDESK_SECRET_KEY를 설정하세요.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1은(는) 필수입니다.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number (0 or more), got &quot;%2&quot;.</source>
        <translation>--%1은(는) 0 이상의 정수여야 합니다 (입력: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, got %4.</source>
        <translation>--%1은(는) %2에서 %3 사이여야 합니다 (입력: %4).</translation>
    </message>
    <message>
        <source>--api must be current or legacy, got &quot;%1&quot;.</source>
        <translation>--api는 current 또는 legacy여야 합니다 (입력: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--tax-free cannot be larger than --total.</source>
        <translation>--tax-free는 --total보다 클 수 없습니다.</translation>
    </message>
    <message>
        <source>--custom-json must be a JSON object of strings.</source>
        <translation>--custom-json은 문자열 값의 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>ready | approve | cancel | order | reconcile | export</source>
        <translation>ready | approve | cancel | order | reconcile | export</translation>
    </message>
    <message>
        <source>Journal file (reconcile, export; default: the app&apos;s journal).</source>
        <translation>거래 기록 파일 (reconcile, export; 기본값: 앱의 거래 기록).</translation>
    </message>
    <message>
        <source>Use the training journal (reconcile: needs --base-url of the training simulator; export: implies --include-training).</source>
        <translation>연습 모드 거래 기록 사용 (reconcile: 연습 시뮬레이터의 --base-url 필요; export: --include-training 포함).</translation>
    </message>
    <message>
        <source>Export format.</source>
        <translation>내보내기 형식.</translation>
    </message>
    <message>
        <source>Export training payments too.</source>
        <translation>연습 결제도 내보냅니다.</translation>
    </message>
    <message>
        <source>Write the export to this file instead of stdout.</source>
        <translation>stdout 대신 이 파일에 내보냅니다.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV 앞에 UTF-8 BOM을 붙입니다 (Excel용).</translation>
    </message>
    <message>
        <source>--database and --training exclude each other: --database names the file.</source>
        <translation>--database와 --training은 함께 쓸 수 없습니다: --database가 파일을 지정합니다.</translation>
    </message>
    <message>
        <source>--%1 is required (YYYY-MM-DD).</source>
        <translation>--%1은(는) 필수입니다 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, got &quot;%2&quot;.</source>
        <translation>--%1은(는) YYYY-MM-DD 형식의 날짜여야 합니다 (입력: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to(%1)가 --from(%2)보다 앞입니다.</translation>
    </message>
    <message>
        <source>--format must be csv or json, got &quot;%1&quot;.</source>
        <translation>--format은 csv 또는 json이어야 합니다 (입력: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--bom is for CSV only: JSON is read as UTF-8 without it.</source>
        <translation>--bom은 CSV 전용입니다: JSON은 BOM 없이 UTF-8로 읽습니다.</translation>
    </message>
    <message>
        <source>reconcile: how long to keep asking KakaoPay before what is still in doubt is left open (default: twice the timeout, for the one re-send of an approve, plus three timeouts).</source>
        <translation>reconcile: 확인 대기 건을 미완료로 남기기 전까지 카카오페이에 계속 조회하는 시간 (기본값: 승인 재전송 1회를 위한 제한 시간의 두 배에 제한 시간 세 번을 더한 값).</translation>
    </message>
    <message>
        <source>First day to export, YYYY-MM-DD (the shop&apos;s time zone, included).</source>
        <translation>내보낼 첫날, YYYY-MM-DD (매장 시간대, 포함).</translation>
    </message>
    <message>
        <source>Last day to export, YYYY-MM-DD (the shop&apos;s time zone, included).</source>
        <translation>내보낼 마지막 날, YYYY-MM-DD (매장 시간대, 포함).</translation>
    </message>
    <message>
        <source>--base-url %1 is refused: %2</source>
        <extracomment>%1 the address given, %2 why it is refused</extracomment>
        <translation>--base-url %1은(는) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--training needs --base-url of the training simulator on this computer (http://127.0.0.1:PORT).</source>
        <translation>--training에는 이 컴퓨터의 연습용 시뮬레이터 주소를 --base-url로 주어야 합니다 (http://127.0.0.1:포트).</translation>
    </message>
    <message>
        <source>Calls KakaoPay&apos;s single-payment API (ready, approve, cancel, order) from a shell,
settles what the journal left in doubt (reconcile) and exports sales and refunds
for the accountant (export).
The secret key is read from the environment variable PAYDESK_SECRET_KEY only: a
key on the command line would be visible to every user of the computer (process
list, shell history), so there is no --key option; the same goes for the merchant
code secret (PAYDESK_CID_SECRET). export needs no key.
--base-url is https, or http on this computer only: such a server is a simulator,
and its payments are training ones (the training journal), as in the app.
ready/approve/cancel/order print KakaoPay&apos;s JSON answer on stdout (exit 0); on
failure they print &quot;error: &lt;kind&gt; http=&lt;status&gt; code=&lt;code&gt; &lt;message&gt;&quot; on stderr
(exit 1). Bad input exits with 2. Text from the server is printed with its control
characters escaped (\x1b, \u202e).
cancel of a tid the journal holds is a refund as the app makes it: a manager types
name and PIN at the prompt, and the refund is journaled and audited (exit 3 when
its outcome is in doubt).
reconcile settles what the journal left unfinished, as the app does at start: a
payment that never sent approve is closed (no money can be taken without PayDesk);
a payment or refund in doubt is settled only by KakaoPay&apos;s order, asked again and
again for --wait-ms (an approve is re-sent at most once, after a quiet period; a
cancel never). One line each, then a summary. It uses the counter&apos;s KakaoPay
settings (CID, API, address, timeout) unless options say otherwise. Exit 0: all
settled; 3: some are still in doubt (do not take those payments again); 1: the
journal could not be opened or written, or PayDesk is using it (close PayDesk on
that counter first, or use its Recovery menu).
export writes one row per approved sale and per refund KakaoPay carried out, oldest
first (--from/--to are days in the shop&apos;s time zone, a setting, both included).
Refund rows have type &quot;refund&quot; and negative amounts, so each amount column sums to
the net takings. Payments still in doubt are not exported (a warning on stderr
says how many). CSV is RFC 4180
(UTF-8, CRLF); a text starting with = + - @ gets a leading &apos; so spreadsheets do
not run it. JSON is one array of objects. Training payments are left out unless
--include-training. Columns: type (sale|refund), date_time, order_id, tid, aid,
state, method, item_name, quantity (sales only), total, taxable (supply value),
tax_free, vat, training (1|0).</source>
        <translation>셸에서 카카오페이 단건 결제 API(ready, approve, cancel, order)를 호출하고,
거래 기록에서 확정되지 않은 건을 정리하며(reconcile), 회계용으로 매출과 환불을
내보냅니다(export).
시크릿 키는 환경 변수 PAYDESK_SECRET_KEY에서만 읽습니다. 명령줄에 넣은 키는
이 컴퓨터의 모든 사용자에게 보이므로(프로세스 목록, 셸 기록) --key 옵션은
없습니다. 가맹점 코드 시크릿(PAYDESK_CID_SECRET)도 마찬가지입니다. export에는 키가 필요 없습니다.
--base-url은 https이거나, 이 컴퓨터에 한해 http입니다. 그런 서버는 시뮬레이터이며
그 결제는 앱에서처럼 연습 결제입니다(연습용 거래 기록).
ready/approve/cancel/order는 카카오페이의 JSON 응답을 stdout에 출력합니다 (종료 코드 0).
실패하면 &quot;error: &lt;kind&gt; http=&lt;status&gt; code=&lt;code&gt; &lt;message&gt;&quot;를 stderr에
출력합니다 (종료 코드 1). 입력이 잘못되면 종료 코드는 2입니다. 서버가 보낸 텍스트의
제어 문자는 이스케이프해서 출력합니다 (\x1b, \u202e).
거래 기록에 있는 tid의 cancel은 앱에서와 같은 환불입니다: 관리자가 프롬프트에서
이름과 비밀번호를 입력하며, 환불은 거래 기록과 감사 기록에 남습니다 (결과가 불확실하면
종료 코드 3).
reconcile은 앱이 시작할 때처럼 거래 기록에서 끝나지 않은 건을 정리합니다. 승인을
보낸 적이 없는 결제는 닫습니다 (PayDesk 없이는 돈이 나갈 수 없음). 확인 대기 중인
결제나 환불은 카카오페이의 order 응답으로만 확정하며, --wait-ms 동안 거듭 조회합니다
(승인은 조용한 시간이 지난 뒤 한 번만 다시 보내고, 취소는 다시 보내지 않음).
건마다 한 줄, 끝에 요약. 옵션으로 따로 지정하지 않으면 이 계산대의 카카오페이
설정(CID, API, 주소, 제한 시간)을 사용합니다. 종료 코드 0: 모두 확정; 3: 아직 확인
대기 중인 건이 있음 (그 결제를 다시 받지 마세요); 1: 거래 기록을 열거나 쓸 수 없거나
PayDesk가 사용 중 (먼저 그 계산대의 PayDesk를 닫거나 결제 복구 메뉴를 사용하세요).
export는 승인된 판매와 카카오페이가 처리한 환불을 한 건당 한 행으로, 오래된 것부터
씁니다 (--from/--to는 매장 시간대(설정)의 날짜이며 둘 다 포함). 환불 행은 type이 &quot;refund&quot;이고
금액이 음수라서 각 금액 열의 합계가 순매출이 됩니다. 아직 확정되지 않은 결제는
내보내지 않습니다 (몇 건인지 stderr에 경고). CSV는 RFC 4180
(UTF-8, CRLF) 형식이며, = + - @로 시작하는 텍스트 앞에는 &apos;를 붙여 스프레드시트가
실행하지 않게 합니다. JSON은 객체 하나의 배열입니다. 연습 결제는
--include-training을 주지 않으면 빠집니다. 열: type (sale|refund), date_time, order_id, tid, aid,
state, method, item_name, quantity (판매만), total, taxable (공급가액),
tax_free, vat, training (1|0).</translation>
    </message>
    <message>
        <source>Why the payment is refunded (cancel of a payment in the journal; asked when not given).</source>
        <translation>환불 사유 (거래 기록에 있는 결제의 cancel; 주지 않으면 물어봅니다).</translation>
    </message>
    <message>
        <source>Not accepted: put the merchant code secret into PAYDESK_CID_SECRET instead.</source>
        <translation>사용할 수 없습니다. 대신 PAYDESK_CID_SECRET에 가맹점 코드 시크릿을 넣으세요.</translation>
    </message>
    <message>
        <source>--cid-secret is refused: a secret on the command line is visible to every user of this computer. Set PAYDESK_CID_SECRET in the environment instead.</source>
        <translation>--cid-secret은 사용할 수 없습니다. 명령줄의 시크릿은 이 컴퓨터의 모든 사용자에게 보입니다. 대신 환경 변수 PAYDESK_CID_SECRET을 설정하세요.</translation>
    </message>
    <message>
        <source>store: the store server, postgresql://user@host/database.</source>
        <translation>store: 매장 서버, postgresql://사용자@호스트/데이터베이스.</translation>
    </message>
    <message>
        <source>store init: the user the counters sign in as.</source>
        <translation>store init: 계산대가 로그인할 사용자.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>KakaoPay is not set up.</source>
        <translation>카카오페이가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Connected: KakaoPay accepted the key and the CID.</source>
        <translation>연결 성공: 카카오페이가 키와 CID를 확인했습니다.</translation>
    </message>
    <message>
        <source>KakaoPay refused the secret key. Check that it is the key of this app and of the chosen API (test or live).</source>
        <translation>카카오페이가 시크릿 키를 거부했습니다. 이 앱의 키인지, 선택한 API(테스트/운영)의 키인지 확인하세요.</translation>
    </message>
    <message>
        <source>KakaoPay accepted the key but not the CID.</source>
        <translation>카카오페이가 키는 확인했지만 CID를 거부했습니다.</translation>
    </message>
    <message>
        <source>KakaoPay accepted the key but not the CID secret.</source>
        <translation>카카오페이가 키는 확인했지만 CID 시크릿을 거부했습니다.</translation>
    </message>
    <message>
        <source>KakaoPay refused the secret key (HTTP %1).</source>
        <translation>카카오페이가 시크릿 키를 거부했습니다 (HTTP %1).</translation>
    </message>
    <message>
        <source>The server %1 answered HTTP %2, not like KakaoPay. Check the server address.</source>
        <translation>서버 %1이(가) HTTP %2로 응답했으며 카카오페이 응답이 아닙니다. 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot reach KakaoPay at %1: no connection (%2). Check the network and the server address.</source>
        <translation>%1의 카카오페이에 연결할 수 없습니다 (%2). 네트워크와 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot reach KakaoPay at %1: no answer in time.</source>
        <translation>%1의 카카오페이에 연결할 수 없습니다: 제시간에 응답이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot reach KakaoPay at %1: the secure connection was refused (%2).</source>
        <translation>%1의 카카오페이에 연결할 수 없습니다: 보안 연결이 거부되었습니다 (%2).</translation>
    </message>
    <message>
        <source>No secret key is entered, or the settings are incomplete: %1</source>
        <translation>시크릿 키가 입력되지 않았거나 설정이 완전하지 않습니다: %1</translation>
    </message>
    <message>
        <source>The server %1 answered, but not like KakaoPay. Check the server address.</source>
        <translation>서버 %1이(가) 응답했지만 카카오페이 응답이 아닙니다. 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Not tested: the server address %1 is refused: %2</source>
        <translation>테스트하지 않았습니다: 서버 주소 %1은(는) 사용할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The sales database could not be created. Check that the data folder exists and can be written to.</source>
        <translation>매출 데이터베이스를 만들 수 없습니다. 데이터 폴더가 있고 쓰기 가능한지 확인하세요.</translation>
    </message>
    <message>
        <source>The sales database could not be opened.</source>
        <translation>매출 데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The sales database is damaged. It was kept as %1 so that nothing is lost; contact support before deleting it.</source>
        <translation>매출 데이터베이스가 손상되었습니다. 데이터를 잃지 않도록 %1(으)로 보관했습니다. 삭제하기 전에 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>The sales database is read-only. PayDesk cannot record payments until it can write to it.</source>
        <translation>매출 데이터베이스가 읽기 전용입니다. 쓰기가 가능해질 때까지 PayDesk는 결제를 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The disk is full. PayDesk cannot record payments until space is freed.</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보할 때까지 PayDesk는 결제를 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The sales database was written by a newer version of PayDesk. Update PayDesk to use it.</source>
        <translation>매출 데이터베이스가 더 새로운 버전의 PayDesk로 기록되었습니다. PayDesk를 업데이트하세요.</translation>
    </message>
    <message>
        <source>The sales database could not be upgraded. It was left unchanged.</source>
        <translation>매출 데이터베이스를 업그레이드할 수 없어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The sales database reported an error.</source>
        <translation>매출 데이터베이스에서 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PayDesk journal. It was left as it is.</source>
        <translation>파일이 손상되었거나 PayDesk 거래 기록이 아닙니다. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The file is a database, but not a PayDesk journal. It was left as it is.</source>
        <translation>데이터베이스 파일이지만 PayDesk 거래 기록이 아닙니다. 파일은 그대로 두었습니다.</translation>
    </message>
</context>
<context>
    <name>DoubtBar</name>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>결제 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>환불 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>In doubt: %1. KakaoPay has not said whether the money moved; PayDesk keeps asking.</source>
        <translation>확인 대기: %1. 돈이 오갔는지 카카오페이가 아직 답하지 않았습니다. PayDesk가 계속 조회합니다.</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Do not take those payments again.</source>
        <translation>그 결제를 다시 받지 마세요.</translation>
    </message>
</context>
<context>
    <name>DoubtMonitor</name>
    <message>
        <source>PayDesk stopped before KakaoPay&apos;s answer to this refund was recorded.</source>
        <translation>이 환불에 대한 카카오페이의 응답을 기록하기 전에 PayDesk가 멈췄습니다.</translation>
    </message>
    <message>
        <source>KakaoPay&apos;s page was never shown; no money taken</source>
        <translation>카카오페이 결제 화면이 열리지 않음. 결제되지 않음</translation>
    </message>
    <message>
        <source>PayDesk stopped before the customer confirmed; no money taken</source>
        <translation>고객이 확인하기 전에 PayDesk가 멈춤. 결제되지 않음</translation>
    </message>
    <message>
        <source>PayDesk stopped before it approved the payment; no money taken</source>
        <translation>PayDesk가 결제를 승인하기 전에 멈춤. 결제되지 않음</translation>
    </message>
    <message>
        <source> (could not write to the journal)</source>
        <translation> (거래 기록에 쓰지 못함)</translation>
    </message>
    <message>
        <source>PayDesk stopped before the refund was sent; nothing was refunded. Make it again if it is still wanted.</source>
        <translation>환불을 보내기 전에 PayDesk가 멈춰 환불되지 않았습니다. 여전히 필요하면 다시 환불하세요.</translation>
    </message>
    <message>
        <source>KakaoPay has not said yet whether the refund was carried out.</source>
        <translation>환불이 처리되었는지 카카오페이가 아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The payment of this refund is missing from the journal.</source>
        <translation>이 환불의 원 결제가 거래 기록에 없습니다.</translation>
    </message>
    <message>
        <source>KakaoPay is not set up on this computer.</source>
        <translation>이 컴퓨터에 카카오페이가 설정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 payment(s) and %2 refund(s) of this period are still in doubt and not exported; run &apos;paydesk-cli reconcile&apos; first.</source>
        <translation>이 기간의 결제 %1건과 환불 %2건은 아직 확정되지 않아 내보내지 않았습니다. 먼저 &apos;paydesk-cli reconcile&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>the journal could not be read: %1</source>
        <translation>거래 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>standard output cannot be written</source>
        <translation>표준 출력에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>쓰기 실패: %1</translation>
    </message>
    <message>
        <source>%1 cannot be made private to this user.</source>
        <translation>%1을(를) 이 사용자만 읽을 수 있게 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FirstRunDonePage</name>
    <message>
        <source>Ready</source>
        <translation>준비 완료</translation>
    </message>
    <message>
        <source>%1 is set up in training mode: payments go to the built-in simulator and no money moves. Connect KakaoPay later in the settings.</source>
        <translation>%1을(를) 연습 모드로 설정했습니다. 결제는 내장 시뮬레이터로 가며 실제 돈은 오가지 않습니다. 카카오페이 연결은 나중에 설정에서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is set up with KakaoPay (CID %2). Use Test connection in the settings to check the key.</source>
        <translation>%1을(를) 카카오페이(CID %2)로 설정했습니다. 설정의 &apos;연결 테스트&apos;로 키를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>FirstRunKakaoPayPage</name>
    <message>
        <source>KakaoPay</source>
        <translation>카카오페이</translation>
    </message>
    <message>
        <source>Connect to KakaoPay now, or practise first in training mode (no real money; you can connect later in the settings).</source>
        <translation>지금 카카오페이에 연결하거나, 먼저 연습 모드로 익혀 보세요 (실제 돈은 오가지 않으며 나중에 설정에서 연결할 수 있습니다).</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>연습 모드</translation>
    </message>
    <message>
        <source>Connect to KakaoPay</source>
        <translation>카카오페이 연결</translation>
    </message>
    <message>
        <source>Current (open-api.kakaopay.com, secret key)</source>
        <translation>현행 (open-api.kakaopay.com, 시크릿 키)</translation>
    </message>
    <message>
        <source>Legacy (kapi.kakao.com, Admin key)</source>
        <translation>구버전 (kapi.kakao.com, Admin 키)</translation>
    </message>
    <message>
        <source>Where no keychain runs, keep the key in a file only this user can read (less safe)</source>
        <translation>키체인이 없으면 이 사용자만 읽을 수 있는 파일에 키 보관 (보안 낮음)</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>CID (merchant code):</source>
        <translation>CID (가맹점 코드):</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>시크릿 키:</translation>
    </message>
    <message>
        <source>Enter the secret key of your KakaoPay app.</source>
        <translation>카카오페이 앱의 시크릿 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>키 저장 중…</translation>
    </message>
    <message>
        <source>The key is in a file (less safe).</source>
        <translation>키가 파일에 저장되어 있습니다 (보안 낮음).</translation>
    </message>
</context>
<context>
    <name>FirstRunManagerPage</name>
    <message>
        <source>First manager</source>
        <translation>첫 관리자</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>비밀번호 확인:</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <source>The manager list cannot be opened.</source>
        <translation>관리자 목록을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>A manager opens the settings and authorises refunds with a PIN of 6 to 12 digits (not one digit repeated or digits in a row such as 123456).</source>
        <translation>관리자는 숫자 6~12자리 비밀번호로 설정을 열고 환불을 승인합니다 (같은 숫자의 반복이나 123456처럼 이어지는 숫자는 안 됩니다).</translation>
    </message>
</context>
<context>
    <name>FirstRunShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>매장 정보</translation>
    </message>
    <message>
        <source>These details are printed on every receipt.</source>
        <translation>이 정보는 모든 영수증에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>매장명:</translation>
    </message>
    <message>
        <source>Business registration number:</source>
        <translation>사업자등록번호:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Counter ID:</source>
        <translation>계산대 ID:</translation>
    </message>
</context>
<context>
    <name>FirstRunSignInPage</name>
    <message>
        <source>Manager sign-in</source>
        <translation>관리자 확인</translation>
    </message>
    <message>
        <source>PayDesk already has managers: the set-up can change the KakaoPay key and account, so a manager signs in first.</source>
        <translation>PayDesk에 이미 관리자가 있습니다. 설정 마법사는 카카오페이 키와 계정을 바꿀 수 있으므로 먼저 관리자가 확인해야 합니다.</translation>
    </message>
    <message>
        <source>The settings of this counter were missing or could not be read. The sales journal and its managers are still here. A manager signs in with their PIN to set PayDesk up again.</source>
        <translation>이 계산대의 설정이 없거나 읽을 수 없었습니다. 거래 기록과 관리자는 그대로 있습니다. PayDesk를 다시 설정하려면 관리자가 비밀번호로 확인하세요.</translation>
    </message>
    <message>
        <source>Manager sign-in…</source>
        <translation>관리자 확인…</translation>
    </message>
    <message>
        <source>A manager&apos;s PIN is needed to set up PayDesk again.</source>
        <translation>PayDesk를 다시 설정하려면 관리자 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>확인된 관리자: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up PayDesk</source>
        <translation>PayDesk 설정</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Started</source>
        <translation>시작됨</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>고객 결제 대기</translation>
    </message>
    <message>
        <source>Being approved</source>
        <translation>승인 중</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>부분 환불</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <source>Cancelled by the customer</source>
        <translation>고객 취소</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>결제 실패</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>시간 만료</translation>
    </message>
    <message>
        <source>Stopped by the cashier</source>
        <translation>계산원 중단</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (연습)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>In doubt: KakaoPay has not answered</source>
        <translation>확인 대기: 카카오페이 응답 없음</translation>
    </message>
</context>
<context>
    <name>HistoryReceipt</name>
    <message>
        <source>Refund receipt</source>
        <translation>환불 영수증</translation>
    </message>
    <message>
        <source>TRAINING — no money was moved</source>
        <translation>연습 — 실제 돈은 오가지 않았습니다</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 금액</translation>
    </message>
    <message>
        <source>of which tax-free</source>
        <translation>그중 면세</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>그중 부가세</translation>
    </message>
    <message>
        <source>Original payment</source>
        <translation>원 결제</translation>
    </message>
    <message>
        <source>Left on the payment</source>
        <translation>결제 잔액</translation>
    </message>
    <message>
        <source>Refund approval %1</source>
        <translation>환불 승인 %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>From</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>Paid (incl. refunded)</source>
        <translation>결제 완료 (환불 포함)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>부분 환불</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>미결제</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Min ₩</source>
        <translation>최소 ₩</translation>
    </message>
    <message>
        <source>Max ₩</source>
        <translation>최대 ₩</translation>
    </message>
    <message>
        <source>Order number, tid or item — scan the receipt</source>
        <translation>주문번호, tid 또는 상품 — 영수증 스캔</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>Show the payments made in training mode instead of real sales</source>
        <translation>실제 매출 대신 연습 모드에서 한 결제를 표시합니다</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>More than %1 payments</source>
        <translation>결제 %1건 이상</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>결제 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KakaoPay::Error</name>
    <message>
        <source>KakaoPay did not accept the key. Ask a manager to check the KakaoPay settings.</source>
        <translation>카카오페이가 키를 거부했습니다. 관리자에게 카카오페이 설정 확인을 요청하세요.</translation>
    </message>
    <message>
        <source>The customer has not finished paying in KakaoTalk yet.</source>
        <translation>고객이 아직 카카오톡에서 결제를 마치지 않았습니다.</translation>
    </message>
    <message>
        <source>This payment was already approved.</source>
        <translation>이미 승인된 결제입니다.</translation>
    </message>
    <message>
        <source>The order does not match the payment request. Start a new payment.</source>
        <translation>주문이 결제 요청과 일치하지 않습니다. 새로 결제하세요.</translation>
    </message>
    <message>
        <source>The payment confirmation is not valid. Start a new payment.</source>
        <translation>결제 확인 정보가 유효하지 않습니다. 새로 결제하세요.</translation>
    </message>
    <message>
        <source>The refund is larger than what can still be refunded on this payment.</source>
        <translation>환불 금액이 이 결제의 환불 가능 금액보다 큽니다.</translation>
    </message>
    <message>
        <source>The payment expired before it was completed. Start a new payment.</source>
        <translation>결제가 완료되기 전에 만료되었습니다. 새로 결제하세요.</translation>
    </message>
    <message>
        <source>This payment can no longer be approved. Start a new payment.</source>
        <translation>이 결제는 더 이상 승인할 수 없습니다. 새로 결제하세요.</translation>
    </message>
    <message>
        <source>This payment cannot be refunded in its current state.</source>
        <translation>이 결제는 현재 상태에서 환불할 수 없습니다.</translation>
    </message>
    <message>
        <source>The same request is already being processed. Wait a moment, then check the payment.</source>
        <translation>같은 요청을 이미 처리하고 있습니다. 잠시 후 결제 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>The amount is above KakaoPay&apos;s limit for a single payment.</source>
        <translation>금액이 카카오페이 1회 결제 한도를 넘습니다.</translation>
    </message>
    <message>
        <source>KakaoPay did not accept this shop&apos;s merchant settings. Ask a manager to check the KakaoPay settings.</source>
        <translation>카카오페이가 이 매장의 가맹점 설정을 거부했습니다. 관리자에게 카카오페이 설정 확인을 요청하세요.</translation>
    </message>
    <message>
        <source>KakaoPay is under maintenance. Try again later.</source>
        <translation>카카오페이 점검 중입니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>KakaoPay refused the request (code %1).</source>
        <translation>카카오페이가 요청을 거부했습니다 (코드 %1).</translation>
    </message>
    <message>
        <source>The payment will be checked with KakaoPay before anything is sent again.</source>
        <translation>다시 요청하기 전에 카카오페이에서 결제 상태를 확인합니다.</translation>
    </message>
    <message>
        <source>The connection to KakaoPay broke before its answer arrived.</source>
        <translation>카카오페이의 응답을 받기 전에 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>KakaoPay could not be reached. Check the internet connection and try again.</source>
        <translation>카카오페이에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>KakaoPay did not answer in time.</source>
        <translation>카카오페이가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The secure connection to KakaoPay could not be verified, so nothing was sent. Check the computer&apos;s date and the network.</source>
        <translation>카카오페이와의 보안 연결을 확인할 수 없어 아무것도 보내지 않았습니다. 컴퓨터의 날짜와 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <source>KakaoPay answered with an unexpected error (HTTP %1). Try again later.</source>
        <translation>카카오페이가 예상하지 못한 오류로 응답했습니다 (HTTP %1). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>KakaoPay&apos;s answer could not be read.</source>
        <translation>카카오페이의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>KakaoPay&apos;s answer was incomplete.</source>
        <translation>카카오페이의 응답이 불완전합니다.</translation>
    </message>
    <message>
        <source>KakaoPay is not set up on this computer (key or address missing). Ask a manager to check the KakaoPay settings.</source>
        <translation>이 컴퓨터에 카카오페이가 설정되지 않았습니다 (키 또는 주소 없음). 관리자에게 카카오페이 설정 확인을 요청하세요.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>알 수 없는 오류입니다.</translation>
    </message>
    <message>
        <source>KakaoPay does not know this payment. Ask a manager to check the KakaoPay settings (merchant code, key and address).</source>
        <translation>카카오페이에 이 결제 내역이 없습니다. 관리자에게 카카오페이 설정(가맹점 코드, 키, 주소)을 확인해 달라고 하세요.</translation>
    </message>
    <message>
        <source>KakaoPay reported a problem with the payment method.</source>
        <translation>카카오페이가 결제 수단에 문제가 있다고 알렸습니다.</translation>
    </message>
    <message>
        <source>KakaoPay reported a problem with the payment method: %1</source>
        <translation>카카오페이가 결제 수단에 문제가 있다고 알렸습니다: %1</translation>
    </message>
    <message>
        <source>KakaoPay reported a problem with the refund.</source>
        <translation>카카오페이가 환불에 문제가 있다고 알렸습니다.</translation>
    </message>
    <message>
        <source>KakaoPay reported a problem with the refund: %1</source>
        <translation>카카오페이가 환불에 문제가 있다고 알렸습니다: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PayDesk — TRAINING MODE (no real payments)</source>
        <translation>PayDesk — 연습 모드 (실제 결제 아님)</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Ready. Scan a product or type its code.</source>
        <translation>준비되었습니다. 상품을 스캔하거나 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>결제 진행 중</translation>
    </message>
    <message>
        <source>A payment is in progress. Abort it and quit PayDesk?</source>
        <translation>결제가 진행 중입니다. 결제를 중단하고 PayDesk를 종료할까요?</translation>
    </message>
    <message>
        <source>The payment is being approved. Wait for it to finish.</source>
        <translation>결제를 승인하는 중입니다. 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>The order is empty. Scan a product first.</source>
        <translation>주문이 비어 있습니다. 먼저 상품을 스캔하세요.</translation>
    </message>
    <message>
        <source>Payment started: %1.</source>
        <translation>결제 시작: %1.</translation>
    </message>
    <message>
        <source>Payment approved: %1.</source>
        <translation>결제 승인: %1.</translation>
    </message>
    <message>
        <source>%1 The order is unchanged; you can press Pay again.</source>
        <translation>%1 주문은 그대로이므로 다시 결제를 누를 수 있습니다.</translation>
    </message>
    <message>
        <source>Ready for the next customer.</source>
        <translation>다음 고객을 받을 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>판매(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>새 판매(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>결제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>내역(&amp;H)</translation>
    </message>
    <message>
        <source>Payment &amp;history…</source>
        <translation>결제 내역(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Recovery</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings… (manager PIN)</source>
        <translation>설정(&amp;S)… (관리자 비밀번호)</translation>
    </message>
    <message>
        <source>Set &amp;up PayDesk…</source>
        <translation>PayDesk 초기 설정(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>PayDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>← Back to the sale (Esc)</source>
        <translation>← 판매 화면으로 (Esc)</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>결제 (F12)</translation>
    </message>
    <message>
        <source>History (F5)</source>
        <translation>내역 (F5)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>초기 설정</translation>
    </message>
    <message>
        <source>Payments are off: see the red bar at the top.</source>
        <translation>결제 불가: 위쪽의 빨간 막대를 확인하세요.</translation>
    </message>
    <message>
        <source>Payments are off: the payment screen could not be loaded (%1). Reinstall PayDesk or call support.</source>
        <translation>결제를 할 수 없습니다: 결제 화면을 불러오지 못했습니다 (%1). PayDesk를 다시 설치하거나 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>Asking KakaoPay…</source>
        <translation>카카오페이에 조회하는 중…</translation>
    </message>
    <message>
        <source>Payments and refunds in &amp;doubt…</source>
        <translation>확인 대기 중인 결제·환불(&amp;D)…</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>확인 대기</translation>
    </message>
    <message>
        <source>Not started: KakaoPay has not answered yet for this same order.</source>
        <translation>시작하지 않음: 같은 주문에 대해 카카오페이가 아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The payment did not go through</source>
        <translation>결제되지 않았습니다</translation>
    </message>
    <message>
        <source>KakaoPay has not answered yet: do not take this payment again (%1, order %2).</source>
        <translation>카카오페이가 아직 답하지 않았습니다: 이 결제를 다시 받지 마세요 (%1, 주문 %2).</translation>
    </message>
    <message>
        <source>Payment %1 (%2) went through after all, although manager %3 confirmed the customer was not charged: the customer may have paid twice. Check the history and refund one of them.</source>
        <translation>관리자 %3이(가) 청구되지 않았다고 확인했지만 결제 %1 (%2)은(는) 결국 처리되었습니다: 고객이 두 번 결제했을 수 있습니다. 거래 내역을 확인하고 그중 하나를 환불하세요.</translation>
    </message>
    <message>
        <source>KakaoPay confirmed payment %1 (%2): it went through. Its receipt is in the history.</source>
        <translation>카카오페이가 결제 %1 (%2)을(를) 확인했습니다: 결제되었습니다. 영수증은 거래 내역에 있습니다.</translation>
    </message>
    <message>
        <source>KakaoPay confirmed payment %1 (%2) was not paid: %3.</source>
        <translation>카카오페이가 결제 %1 (%2)이(가) 결제되지 않았음을 확인했습니다: %3.</translation>
    </message>
</context>
<context>
    <name>ManagerListEditor</name>
    <message>
        <source>The same PIN again:</source>
        <translation>비밀번호 다시 입력:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>두 비밀번호가 달라 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Add manager</source>
        <translation>관리자 추가</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Manager %1 added.</source>
        <translation>관리자 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Rename manager</source>
        <translation>관리자 이름 변경</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1의 새 이름:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1의 이름을 %2(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Current PIN of %1:</source>
        <translation>%1의 현재 비밀번호:</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>%1의 비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <source>Remove manager</source>
        <translation>관리자 삭제</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to authorise refunds.</source>
        <translation>%1을(를) 삭제할까요? 더 이상 환불을 승인할 수 없게 됩니다.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>PIN (6 to 12 digits; not one digit repeated or digits in a row such as 123456):</source>
        <translation>비밀번호 (숫자 6~12자리, 같은 숫자의 반복이나 123456처럼 이어지는 숫자는 안 됨):</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>관리자 비밀번호</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>No manager is set up.</source>
        <translation>설정된 관리자가 없습니다.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>비밀번호 확인 중…</translation>
    </message>
    <message>
        <source>This PIN no longer meets the rules. Choose a new PIN of 6 to 12 digits that is not one digit repeated or digits in a row (not 111111, 123456 or 654321).</source>
        <translation>이 비밀번호는 이제 규칙에 맞지 않습니다. 같은 숫자의 반복이나 이어지는 숫자가 아닌 숫자 6~12자리의 새 비밀번호를 정하세요 (111111, 123456, 654321 등은 안 됨).</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <source>Storing the new PIN…</source>
        <translation>새 비밀번호 저장 중…</translation>
    </message>
</context>
<context>
    <name>ManagerStore</name>
    <message>
        <source>Enter a name of 1 to %1 characters.</source>
        <translation>이름을 1~%1자로 입력하세요.</translation>
    </message>
    <message>
        <source>A manager with that name already exists.</source>
        <translation>같은 이름의 관리자가 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no manager with that name.</source>
        <translation>그 이름의 관리자가 없습니다.</translation>
    </message>
    <message>
        <source>The last manager cannot be removed: refunds need at least one manager.</source>
        <translation>마지막 관리자는 삭제할 수 없습니다. 환불에는 관리자가 한 명 이상 필요합니다.</translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>현재 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>This manager is locked after too many wrong PINs. Try again later.</source>
        <translation>비밀번호를 너무 많이 틀려 이 관리자는 잠겼습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>변경 사항을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>비밀번호는 숫자 6~12자리입니다.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (one digit repeated, or digits in a row such as 123456 or 654321). Choose another.</source>
        <translation>너무 쉽게 짐작할 수 있는 비밀번호입니다 (같은 숫자의 반복, 또는 123456이나 654321처럼 이어지는 숫자). 다른 비밀번호를 정하세요.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked: PayDesk&apos;s PIN secret could not be read from the keychain.</source>
        <translation>비밀번호를 확인할 수 없습니다: 키체인에서 PayDesk의 비밀번호 보호용 비밀 값을 읽지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Notice</source>
        <translation>고지문</translation>
    </message>
    <message>
        <source>The notice %1 cannot be read: %2</source>
        <translation>고지문 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>고지문: %1</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>This product cannot be sold: its code or price is missing.</source>
        <translation>이 상품은 판매할 수 없습니다: 코드나 가격이 없습니다.</translation>
    </message>
    <message>
        <source>This item is not in the order.</source>
        <translation>이 상품은 주문에 없습니다.</translation>
    </message>
    <message>
        <source>The amount is too large to be handled.</source>
        <translation>금액이 너무 커서 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>The order would exceed the limit of %1 for one payment.</source>
        <translation>주문이 1회 결제 한도 %1을(를) 넘게 됩니다.</translation>
    </message>
    <message>
        <source>The quantity must be between %1 and %2.</source>
        <translation>수량은 %1에서 %2 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>Scan or type a product code, then Enter</source>
        <translation>상품 코드를 스캔하거나 입력하고 Enter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>Type part of a product name</source>
        <translation>상품명 일부를 입력하세요</translation>
    </message>
    <message>
        <source>One more of the selected line (+)</source>
        <translation>선택한 상품 하나 추가 (+)</translation>
    </message>
    <message>
        <source>One less of the selected line (-)</source>
        <translation>선택한 상품 하나 빼기 (-)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>삭제 (Del)</translation>
    </message>
    <message>
        <source>Clear order</source>
        <translation>주문 비우기</translation>
    </message>
    <message>
        <source>Unknown product code %1. The order was not changed.</source>
        <translation>알 수 없는 상품 코드 %1입니다. 주문은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 추가 (%2).</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 맞는 상품이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match. Pick one from the list.</source>
        <translation>
            <numerusform>상품 %n개가 검색되었습니다. 목록에서 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 삭제.</translation>
    </message>
    <message>
        <source>The order was cleared.</source>
        <translation>주문을 비웠습니다.</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>%1 (code %2, tax-free)</source>
        <translation>%1 (코드 %2, 면세)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (코드 %2)</translation>
    </message>
    <message>
        <source>%1 (tax-free)</source>
        <translation>%1 (면세)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>%1 · order %2</source>
        <translation>%1 · 주문 %2</translation>
    </message>
    <message>
        <source>Check with KakaoPay now</source>
        <translation>지금 카카오페이에 조회</translation>
    </message>
    <message>
        <source>Manager: the customer was not charged…</source>
        <translation>관리자: 고객에게 청구되지 않음…</translation>
    </message>
    <message>
        <source>Back to the order (Enter)</source>
        <translation>주문으로 돌아가기 (Enter)</translation>
    </message>
    <message>
        <source>Do not take this payment again: KakaoPay may have taken %1 from the customer. PayDesk keeps asking KakaoPay and shows the answer here.</source>
        <translation>이 결제를 다시 받지 마세요: 카카오페이가 고객에게서 %1을(를) 이미 받았을 수 있습니다. PayDesk가 카카오페이에 계속 조회하고 결과를 여기에 표시합니다.</translation>
    </message>
    <message>
        <source>KakaoPay has not answered yet</source>
        <translation>카카오페이가 아직 답하지 않았습니다</translation>
    </message>
    <message>
        <source>KakaoPay has not answered yet for the same order (%1): the customer may already have paid. Do not take the payment again until KakaoPay answers, or a manager confirms that the customer was not charged.</source>
        <translation>같은 주문(%1)에 대해 카카오페이가 아직 답하지 않았습니다: 고객이 이미 결제했을 수 있습니다. 카카오페이가 답하거나 관리자가 청구되지 않았음을 확인할 때까지 다시 결제받지 마세요.</translation>
    </message>
    <message>
        <source>This order may already be paid</source>
        <translation>이 주문은 이미 결제되었을 수 있습니다</translation>
    </message>
    <message>
        <source>No money was taken. The order is unchanged; you can press Pay again.</source>
        <translation>결제되지 않았습니다. 주문은 그대로이며, 결제를 다시 누를 수 있습니다.</translation>
    </message>
    <message>
        <source>KakaoPay answered: not paid</source>
        <translation>카카오페이 응답: 결제되지 않음</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No money was taken. You can take the payment again.</source>
        <translation>결제되지 않았습니다. 다시 결제받을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PaymentAttempt</name>
    <message>
        <source>There is nothing to pay.</source>
        <translation>결제할 금액이 없습니다.</translation>
    </message>
    <message>
        <source>KakaoPay is not configured.</source>
        <translation>카카오페이가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The payment could not be written to the journal, so it was not started. Check the disk and try again.</source>
        <translation>결제를 거래 기록에 쓸 수 없어 시작하지 않았습니다. 디스크를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The payment could not be written to the journal and was stopped. No money was taken.</source>
        <translation>결제를 거래 기록에 쓸 수 없어 중단했습니다. 결제된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>The payment could not be written to the journal, so it was not approved. No money was taken.</source>
        <translation>결제를 거래 기록에 쓸 수 없어 승인하지 않았습니다. 결제된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>The payment was approved, but it could not be written to the journal. Note the order number %1 and check the disk.</source>
        <translation>결제는 승인되었지만 거래 기록에 쓸 수 없었습니다. 주문번호 %1을(를) 적어 두고 디스크를 확인하세요.</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>결제되지 않았습니다.</translation>
    </message>
    <message>
        <source>The customer cancelled the payment. No money was taken.</source>
        <translation>고객이 결제를 취소했습니다. 결제되지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay reported that the payment failed. No money was taken.</source>
        <translation>카카오페이가 결제 실패를 알렸습니다. 결제되지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay cannot be reached (%1). PayDesk tries again…</source>
        <translation>카카오페이에 연결할 수 없습니다 (%1). PayDesk가 다시 시도합니다…</translation>
    </message>
    <message>
        <source>The payment time ran out before it was approved. No money was taken.</source>
        <translation>승인되기 전에 결제 시간이 끝났습니다. 결제되지 않았습니다.</translation>
    </message>
    <message>
        <source>The payment time ran out. No money was taken.</source>
        <translation>결제 시간이 끝났습니다. 결제되지 않았습니다.</translation>
    </message>
    <message>
        <source>The payment is in doubt, and it could not be written to the journal. Note the order number %1 and check the disk.</source>
        <translation>결제 확인이 대기 중인데 거래 기록에 쓰지 못했습니다. 주문 번호 %1을(를) 적어 두고 디스크를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>PaymentDetailDialog</name>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>영수증 재인쇄</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>미확정</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 (not in the journal)</source>
        <translation>%1 (거래 기록에 없음)</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>결제 %1</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (연습)</translation>
    </message>
    <message>
        <source>%1 · KakaoPay %2 · approval %3 · tid %4</source>
        <translation>%1 · 카카오페이 %2 · 승인 %3 · tid %4</translation>
    </message>
    <message>
        <source>not paid (tid %1)</source>
        <translation>미결제 (tid %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 (tax-free)</source>
        <translation>%1 (면세)</translation>
    </message>
    <message>
        <source>Taxable %1 · Tax-free %2 · VAT %3 · &lt;b&gt;Total %4&lt;/b&gt;&lt;br&gt;Refunded %5 · Left %6</source>
        <translation>과세 %1 · 면세 %2 · 부가세 %3 · &lt;b&gt;합계 %4&lt;/b&gt;&lt;br&gt;환불 %5 · 잔액 %6</translation>
    </message>
    <message>
        <source>A refund of this payment is not settled yet</source>
        <translation>이 결제의 환불이 아직 확정되지 않았습니다</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>상품</translation>
    </message>
</context>
<context>
    <name>PaymentSession</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The payment page tried to open %1. It was blocked.</source>
        <translation>결제 페이지가 %1을(를) 열려고 해서 차단했습니다.</translation>
    </message>
    <message>
        <source>The customer confirmed. Approving the payment with KakaoPay…</source>
        <translation>고객이 확인했습니다. 카카오페이에 결제 승인을 요청하는 중…</translation>
    </message>
    <message>
        <source>The payment is being approved and cannot be aborted now.</source>
        <translation>결제를 승인하는 중이라 지금은 중단할 수 없습니다.</translation>
    </message>
    <message>
        <source>Payment aborted.</source>
        <translation>결제를 중단했습니다.</translation>
    </message>
    <message>
        <source>The customer cancelled the payment.</source>
        <translation>고객이 결제를 취소했습니다.</translation>
    </message>
    <message>
        <source>The payment time ran out.</source>
        <translation>결제 시간이 끝났습니다.</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>결제되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>PaymentSettler</name>
    <message>
        <source>KakaoPay has not said yet whether the payment went through.</source>
        <translation>결제가 처리되었는지 카카오페이가 아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay is not set up on this computer.</source>
        <translation>이 컴퓨터에 카카오페이가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay does not know this payment: PayDesk may be asking the wrong KakaoPay account or server (merchant code, key or address changed). Ask a manager to check the KakaoPay settings.</source>
        <translation>카카오페이에 이 결제 내역이 없습니다: PayDesk가 다른 카카오페이 계정이나 서버에 조회하고 있을 수 있습니다 (가맹점 코드, 키 또는 주소 변경). 관리자에게 카카오페이 설정을 확인해 달라고 하세요.</translation>
    </message>
    <message>
        <source>KakaoPay could not be asked: %1</source>
        <translation>카카오페이에 조회하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>paid (approval %1)</source>
        <translation>결제 완료 (승인 %1)</translation>
    </message>
    <message>
        <source>paid, then partly refunded (%1 refunded)</source>
        <translation>결제 후 부분 환불 (%1 환불)</translation>
    </message>
    <message>
        <source>paid, then refunded in full</source>
        <translation>결제 후 전액 환불</translation>
    </message>
    <message>
        <source>the customer cancelled; no money taken</source>
        <translation>고객 취소, 결제된 금액 없음</translation>
    </message>
    <message>
        <source>the payment failed; no money taken</source>
        <translation>결제 실패, 결제된 금액 없음</translation>
    </message>
    <message>
        <source>expired before approval; no money taken</source>
        <translation>승인 전에 만료, 결제된 금액 없음</translation>
    </message>
    <message>
        <source>KakaoPay refused the approval; no money taken</source>
        <translation>카카오페이가 승인을 거절함, 결제된 금액 없음</translation>
    </message>
    <message>
        <source>not approved by PayDesk; no money taken</source>
        <translation>PayDesk가 승인하지 않음. 결제되지 않음</translation>
    </message>
    <message>
        <source>The customer confirmed, and KakaoPay has not said yet whether the approval went through.</source>
        <translation>고객은 확인했고, 승인이 처리되었는지 카카오페이가 아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay reported a status PayDesk does not know (%1).</source>
        <translation>카카오페이가 PayDesk가 모르는 상태를 알렸습니다 (%1).</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent to KakaoPay.</source>
        <translation>거래 기록에 쓰지 못해 카카오페이에 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>approved now (approval %1)</source>
        <translation>지금 승인함 (승인 %1)</translation>
    </message>
    <message>
        <source>KakaoPay could not be reached: %1</source>
        <translation>카카오페이에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>KakaoPay refused the approval sent again; PayDesk waits to be sure the first one did not go through.</source>
        <translation>카카오페이가 다시 보낸 승인을 거절했습니다. 첫 승인이 처리되지 않았음이 확실해질 때까지 PayDesk가 기다립니다.</translation>
    </message>
    <message>
        <source>KakaoPay has not said whether the approval went through: %1</source>
        <translation>승인이 처리되었는지 카카오페이가 답하지 않았습니다: %1</translation>
    </message>
    <message>
        <source> (could not write to the journal)</source>
        <translation> (거래 기록에 쓰지 못함)</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>Abort (Esc)</source>
        <translation>중단 (Esc)</translation>
    </message>
    <message>
        <source>Asking KakaoPay to start the payment…</source>
        <translation>카카오페이에 결제 준비를 요청하는 중…</translation>
    </message>
    <message>
        <source>The customer scans the QR code or confirms in KakaoTalk.</source>
        <translation>고객이 QR 코드를 스캔하거나 카카오톡에서 확인합니다.</translation>
    </message>
    <message>
        <source>Time left %1:%2</source>
        <translation>남은 시간 %1:%2</translation>
    </message>
    <message>
        <source>The payment page cannot be shown: %1</source>
        <translation>결제 페이지를 표시할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>PinPepper</name>
    <message>
        <source>PayDesk&apos;s PIN secret in the keychain is damaged; manager PINs that need it cannot be checked.</source>
        <translation>키체인에 있는 PayDesk의 비밀번호 보호용 비밀 값이 손상되었습니다. 이 값이 필요한 관리자 비밀번호는 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>PayDesk&apos;s PIN secret could not be read from the keychain (%1); new PINs are stored without it.</source>
        <translation>키체인에서 PayDesk의 비밀번호 보호용 비밀 값을 읽지 못했습니다(%1). 새 비밀번호는 이 값 없이 저장됩니다.</translation>
    </message>
    <message>
        <source>PayDesk&apos;s PIN secret is missing from the keychain; manager PINs set with it cannot be checked. Restore the keychain or ask IT.</source>
        <translation>키체인에 PayDesk의 비밀번호 보호용 비밀 값이 없습니다. 이 값으로 정한 관리자 비밀번호는 확인할 수 없습니다. 키체인을 복원하거나 IT 담당자에게 문의하세요.</translation>
    </message>
    <message>
        <source>PayDesk&apos;s PIN secret could not be stored in the keychain (%1); PINs are stored without it.</source>
        <translation>키체인에 PayDesk의 비밀번호 보호용 비밀 값을 저장하지 못했습니다(%1). 비밀번호는 이 값 없이 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Payment approved</source>
        <translation>결제 승인</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>새 판매(&amp;N)</translation>
    </message>
    <message>
        <source>Payment approved (training)</source>
        <translation>결제 승인 (연습)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>영수증 인쇄</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1.</source>
        <translation>영수증을 %1에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>영수증을 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>KakaoPay Money</source>
        <translation>카카오페이머니</translation>
    </message>
    <message>
        <source>KakaoPay</source>
        <translation>카카오페이</translation>
    </message>
    <message>
        <source>KakaoPay Card</source>
        <translation>카카오페이 카드</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL PAYMENT</source>
        <translation>연습 — 실제 결제 아님</translation>
    </message>
    <message>
        <source>PayDesk shop</source>
        <translation>PayDesk 매장</translation>
    </message>
    <message>
        <source>Business no. %1</source>
        <translation>사업자번호 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>%1 (tax-free)</source>
        <translation>%1 (면세)</translation>
    </message>
    <message>
        <source>Taxable (supply value)</source>
        <translation>과세 (공급가액)</translation>
    </message>
    <message>
        <source>Tax-free</source>
        <translation>면세</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 금액</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Card approval no.</source>
        <translation>카드 승인번호</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>할부</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>승인 일시</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>AID</source>
        <translation>AID</translation>
    </message>
    <message>
        <source>Thank you! · PayDesk %1</source>
        <translation>감사합니다! · PayDesk %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Nothing to reconcile: every payment and refund in the journal is final.</source>
        <translation>정리할 건이 없습니다: 거래 기록의 모든 결제와 환불이 확정되었습니다.</translation>
    </message>
    <message>
        <source>Payments: %1 settled, %2 left open. Refunds: %3 settled, %4 left open.</source>
        <translation>결제: %1건 확정, %2건 미확정. 환불: %3건 확정, %4건 미확정.</translation>
    </message>
    <message>
        <source>refund #%1 %2 %3: %4</source>
        <translation>환불 #%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>refunded (cancel %1)</source>
        <translation>환불됨 (취소 %1)</translation>
    </message>
    <message>
        <source>not carried out: %1</source>
        <translation>처리되지 않음: %1</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>A payment left open may have taken the customer&apos;s money: do not take it again until it is settled.</source>
        <translation>미완료로 남은 결제는 이미 고객에게서 돈을 받았을 수 있습니다: 확정될 때까지 다시 받지 마세요.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Payments and refunds in doubt</source>
        <translation>확인 대기 중인 결제와 환불</translation>
    </message>
    <message>
        <source>Still in doubt (KakaoPay has not said whether the money moved):</source>
        <translation>아직 확인 대기 (돈이 오갔는지 카카오페이가 답하지 않음):</translation>
    </message>
    <message>
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Why it is open</source>
        <translation>대기 이유</translation>
    </message>
    <message>
        <source>Ask KakaoPay now</source>
        <translation>지금 카카오페이에 조회</translation>
    </message>
    <message>
        <source>Customer was not charged…</source>
        <translation>고객에게 청구되지 않음…</translation>
    </message>
    <message>
        <source>Send the refund again…</source>
        <translation>환불 다시 보내기…</translation>
    </message>
    <message>
        <source>Settled since PayDesk started:</source>
        <translation>PayDesk 시작 후 확정된 건:</translation>
    </message>
    <message>
        <source>What KakaoPay said and PayDesk recorded</source>
        <translation>카카오페이의 응답과 PayDesk의 기록</translation>
    </message>
    <message>
        <source>Asking KakaoPay…</source>
        <translation>카카오페이에 조회하는 중…</translation>
    </message>
    <message>
        <source>(manager %1 confirmed the customer was not charged)</source>
        <translation>(관리자 %1이(가) 고객에게 청구되지 않았음을 확인함)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Refund #%1</source>
        <translation>환불 #%1</translation>
    </message>
    <message>
        <source>refund: %1</source>
        <translation>환불: %1</translation>
    </message>
    <message>
        <source>Nothing is in doubt: KakaoPay has settled every payment and refund.</source>
        <translation>확인 대기 중인 건이 없습니다: 카카오페이가 모든 결제와 환불을 확정했습니다.</translation>
    </message>
    <message>
        <source>PayDesk keeps asking KakaoPay about what is still open and records the answer as soon as it comes. Do not take a payment in doubt again, and do not refund a refund in doubt another way.</source>
        <translation>PayDesk가 아직 미완료인 건을 카카오페이에 계속 조회하고, 답이 오면 바로 기록합니다. 확인 대기 중인 결제를 다시 받지 말고, 확인 대기 중인 환불을 다른 방법으로 환불하지 마세요.</translation>
    </message>
</context>
<context>
    <name>RefundCall</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>KakaoPay refused the refund: %1</source>
        <translation>카카오페이가 환불을 거절했습니다: %1</translation>
    </message>
    <message>
        <source>KakaoPay shows %1 refunded on this payment, PayDesk expected %2. The refund stays open: check the payment with KakaoPay.</source>
        <translation>카카오페이에는 이 결제의 환불액이 %1인데 PayDesk는 %2(으)로 예상했습니다. 환불을 미완료로 남깁니다. 카카오페이에서 결제를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 was refunded (approval %2), but PayDesk could not write it to its journal: %3</source>
        <translation>%1을(를) 환불했지만(승인 %2) PayDesk가 거래 기록에 쓰지 못했습니다: %3</translation>
    </message>
    <message>
        <source>%1 was refunded (approval %2). %3 is left on this payment.</source>
        <translation>%1을(를) 환불했습니다 (승인 %2). 이 결제의 잔액은 %3입니다.</translation>
    </message>
    <message>
        <source>The refund could not be written to the journal, so it was not sent again (%1).</source>
        <translation>환불을 거래 기록에 쓰지 못해 다시 보내지 않았습니다 (%1).</translation>
    </message>
    <message>
        <source>The refund could not be written to the journal, so it was not sent (%1). Nothing was refunded.</source>
        <translation>환불을 거래 기록에 쓰지 못해 보내지 않았습니다 (%1). 환불되지 않았습니다.</translation>
    </message>
    <message>
        <source>The refund was not sent: %1 Nothing was refunded.</source>
        <translation>환불을 보내지 못했습니다: %1 환불되지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay does not know this payment: PayDesk may be asking the wrong KakaoPay account or server. Ask a manager to check the KakaoPay settings.</source>
        <translation>카카오페이에 이 결제 내역이 없습니다: PayDesk가 다른 카카오페이 계정이나 서버에 조회하고 있을 수 있습니다. 관리자에게 카카오페이 설정을 확인해 달라고 하세요.</translation>
    </message>
    <message>
        <source>KakaoPay could not be asked whether the refund was carried out (%1).</source>
        <translation>환불이 처리되었는지 카카오페이에 조회하지 못했습니다 (%1).</translation>
    </message>
    <message>
        <source>The refund stays open and is checked again; do not refund this payment another way meanwhile.</source>
        <translation>환불은 미완료로 남아 다시 조회됩니다. 그동안 이 결제를 다른 방법으로 환불하지 마세요.</translation>
    </message>
    <message>
        <source>KakaoPay&apos;s answer did not say how much is refunded. The refund stays open and is checked again.</source>
        <translation>카카오페이의 응답에 환불 금액이 없습니다. 환불은 미완료로 남아 다시 조회됩니다.</translation>
    </message>
    <message>
        <source>KakaoPay refused the refund sent again and shows nothing refunded: %1</source>
        <translation>카카오페이가 다시 보낸 환불을 거절했고 환불된 것이 없다고 합니다: %1</translation>
    </message>
    <message>
        <source>KakaoPay has not carried out the refund so far. It stays open and is checked again; a manager can send it again from the recovery view.</source>
        <translation>카카오페이가 아직 환불을 처리하지 않았습니다. 미완료로 남아 다시 조회되며, 관리자가 결제 복구 화면에서 다시 보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>RefundCommand</name>
    <message>
        <source>payment %1 is in the journal, and refunding it needs a manager: none is set up. Set up PayDesk and refund it in its history.</source>
        <translation>결제 %1은(는) 거래 기록에 있으며, 환불하려면 관리자가 필요한데 등록된 관리자가 없습니다. PayDesk를 설정한 뒤 거래 내역에서 환불하세요.</translation>
    </message>
    <message>
        <source>Payment %1 (tid %2) of %3 is in the journal; %4 is left to refund. This cancel is a refund of %5 and needs a manager&apos;s PIN.</source>
        <translation>결제 %1 (tid %2, %3)은(는) 거래 기록에 있으며 환불 가능한 금액은 %4입니다. 이 취소는 %5 환불이며 관리자 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>Manager: </source>
        <translation>관리자: </translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>no manager name or PIN was typed; nothing was refunded.</source>
        <translation>관리자 이름이나 비밀번호를 입력하지 않아 아무것도 환불하지 않았습니다.</translation>
    </message>
    <message>
        <source>Reason for the refund: </source>
        <translation>환불 사유: </translation>
    </message>
    <message>
        <source>the PIN of %1 is too short or too easy to guess: choose a new one in PayDesk&apos;s settings.</source>
        <translation>%1의 비밀번호가 너무 짧거나 쉽게 짐작할 수 있습니다: PayDesk 설정에서 새 비밀번호를 정하세요.</translation>
    </message>
    <message>
        <source>the journal could not be written: %1</source>
        <translation>거래 기록에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>refunded %1 of payment %2 (cancel %3: tax-free %4, VAT %5); %6 left.</source>
        <translation>결제 %2에서 %1 환불 (취소 %3: 면세 %4, 부가세 %5), 남은 금액 %6.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Everything that is left</source>
        <translation>남은 금액 전체</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>금액 지정</translation>
    </message>
    <message>
        <source>₩</source>
        <translation>₩</translation>
    </message>
    <message>
        <source>Chosen items</source>
        <translation>선택한 상품</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Required, e.g. wrong item, damaged</source>
        <translation>필수, 예: 상품 착오, 파손</translation>
    </message>
    <message>
        <source>Refunding with KakaoPay… Do not close PayDesk.</source>
        <translation>카카오페이로 환불하는 중… PayDesk를 닫지 마세요.</translation>
    </message>
    <message>
        <source>Print refund receipt…</source>
        <translation>환불 영수증 인쇄…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Payment %1 of %2, paid %3</source>
        <translation>결제 %1 · %2 · 결제 금액 %3</translation>
    </message>
    <message>
        <source>Left to refund: %1 (tax-free %2, VAT %3)</source>
        <translation>환불 가능 금액: %1 (면세 %2, 부가세 %3)</translation>
    </message>
    <message>
        <source>%1 (tax-free)</source>
        <translation>%1 (면세)</translation>
    </message>
    <message>
        <source>Refund %1: tax-free %2, VAT %3. Left afterwards: %4.</source>
        <translation>환불 %1: 면세 %2, 부가세 %3. 환불 후 잔액: %4.</translation>
    </message>
    <message>
        <source>Enter the reason first</source>
        <translation>먼저 사유를 입력하세요</translation>
    </message>
    <message>
        <source>Enter the reason for the refund.</source>
        <translation>환불 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>A manager confirms the refund of %1 on payment %2.</source>
        <translation>관리자가 결제 %2의 %1 환불을 승인합니다.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>남은 수량</translation>
    </message>
    <message>
        <source>Sold less what earlier refunds gave back</source>
        <translation>판매 수량에서 이전 환불 수량을 뺀 수</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <source>%n already refunded</source>
        <translation>
            <numerusform>%n개 환불됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunded in full</source>
        <translation>전부 환불됨</translation>
    </message>
    <message>
        <source>The journal could not say which items were refunded already</source>
        <translation>이미 환불된 상품을 거래 기록에서 확인하지 못했습니다</translation>
    </message>
    <message>
        <source>Every item of this payment was refunded already</source>
        <translation>이 결제의 모든 상품이 이미 환불되었습니다</translation>
    </message>
</context>
<context>
    <name>RefundPlan</name>
    <message>
        <source>The chosen lines do not belong to this payment.</source>
        <translation>선택한 항목이 이 결제에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: choose between 1 and %2.</source>
        <translation>%1: 1에서 %2 사이로 고르세요.</translation>
    </message>
    <message>
        <source>The amount is out of range.</source>
        <translation>금액이 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Choose at least one line to refund.</source>
        <translation>환불할 항목을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment.</source>
        <translation>이 결제에는 환불할 금액이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>Enter an amount to refund.</source>
        <translation>환불할 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>Only %1 is left to refund on this payment.</source>
        <translation>이 결제의 환불 가능 금액은 %1뿐입니다.</translation>
    </message>
    <message>
        <source>These lines do not fit what is left of the payment&apos;s tax-free and taxable parts.</source>
        <translation>선택한 항목이 결제에 남은 면세·과세 금액과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was already refunded in full.</source>
        <translation>%1은(는) 이미 전부 환불되었습니다.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 already refunded; choose between 1 and %4.</source>
        <translation>%1: %3개 중 %2개가 이미 환불되었습니다. 1에서 %4 사이로 고르세요.</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>This payment was already refunded in full.</source>
        <translation>이미 전액 환불된 결제입니다.</translation>
    </message>
    <message>
        <source>Only a paid payment can be refunded.</source>
        <translation>결제 완료된 건만 환불할 수 있습니다.</translation>
    </message>
    <message>
        <source>This payment has no KakaoPay transaction to refund.</source>
        <translation>이 결제에는 환불할 카카오페이 거래가 없습니다.</translation>
    </message>
    <message>
        <source>An earlier refund of this payment is not settled yet. Let the recovery check it with KakaoPay first.</source>
        <translation>이 결제의 이전 환불이 아직 확정되지 않았습니다. 먼저 결제 복구로 카카오페이에서 확인하세요.</translation>
    </message>
    <message>
        <source>Another refund of this payment is in progress.</source>
        <translation>이 결제의 다른 환불이 진행 중입니다.</translation>
    </message>
    <message>
        <source>Enter the reason for the refund.</source>
        <translation>환불 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>This manager is locked after too many wrong PINs; nothing was refunded.</source>
        <translation>비밀번호를 너무 많이 틀려 이 관리자는 잠겼습니다. 환불된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>A manager must confirm this refund with their PIN.</source>
        <translation>관리자가 비밀번호로 이 환불을 승인해야 합니다.</translation>
    </message>
    <message>
        <source>The manager&apos;s confirmation was for another payment or has expired. Confirm again.</source>
        <translation>관리자 승인이 다른 결제에 대한 것이거나 만료되었습니다. 다시 승인하세요.</translation>
    </message>
    <message>
        <source>This confirmation was already used for a refund. Confirm again.</source>
        <translation>이 승인은 이미 환불에 사용되었습니다. 다시 승인하세요.</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>결제 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>KakaoPay could not be asked what remains of this payment (%1). Nothing was refunded.</source>
        <translation>이 결제의 잔액을 카카오페이에 조회하지 못했습니다 (%1). 환불된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>KakaoPay shows %1 left on this payment, PayDesk&apos;s journal %2. Nothing was refunded; run the recovery or check the payment with KakaoPay.</source>
        <translation>카카오페이에는 이 결제의 잔액이 %1, PayDesk 거래 기록에는 %2입니다. 환불된 금액은 없습니다. 결제 복구를 실행하거나 카카오페이에서 결제를 확인하세요.</translation>
    </message>
    <message>
        <source>The refund could not be written to the journal (%1); nothing was sent.</source>
        <translation>환불을 거래 기록에 쓸 수 없어(%1) 요청을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The journal refused the refund; nothing was sent.</source>
        <translation>거래 기록이 환불을 거부해 요청을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay is not set up on this computer.</source>
        <translation>이 컴퓨터에 카카오페이가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The journal could not say which items were refunded already. Nothing was refunded.</source>
        <translation>이미 환불된 상품을 거래 기록에서 확인하지 못했습니다. 환불된 금액은 없습니다.</translation>
    </message>
    <message>
        <source>Some of these items were refunded in the meantime; nothing was sent.</source>
        <translation>그사이 이 상품 중 일부가 환불되어 요청을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>KakaoPay&apos;s answer did not say what remains of this payment. Nothing was refunded.</source>
        <translation>카카오페이의 응답에 이 결제의 남은 금액이 없습니다. 환불되지 않았습니다.</translation>
    </message>
    <message>
        <source>This refund is not open any more.</source>
        <translation>이 환불은 더 이상 미완료 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>A manager must confirm sending the refund again with their PIN.</source>
        <translation>환불을 다시 보내려면 관리자가 비밀번호로 확인해야 합니다.</translation>
    </message>
    <message>
        <source>This confirmation was already used. Confirm again.</source>
        <translation>이 확인은 이미 사용되었습니다. 다시 확인하세요.</translation>
    </message>
    <message>
        <source>The payment of this refund is missing from the journal.</source>
        <translation>이 환불의 원 결제가 거래 기록에 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReturnUrls</name>
    <message>
        <source>The return address %1 is not a plain http(s) URL.</source>
        <translation>복귀 주소 %1은(는) 일반 http(s) URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The payment has no order number.</source>
        <translation>결제에 주문번호가 없습니다.</translation>
    </message>
    <message>
        <source>The return address is too long for KakaoPay (at most %1 characters).</source>
        <translation>복귀 주소가 카카오페이에 비해 너무 깁니다 (최대 %1자).</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No key is stored yet.</source>
        <translation>저장된 키가 아직 없습니다.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer, so the key cannot be stored safely. Start the system keychain, or allow the less safe key file in the settings.</source>
        <translation>이 컴퓨터에서 키체인 서비스가 실행되고 있지 않아 키를 안전하게 저장할 수 없습니다. 시스템 키체인을 시작하거나, 설정에서 보안이 낮은 키 파일을 허용하세요.</translation>
    </message>
    <message>
        <source>The keychain did not answer. It may be locked: unlock it and try again.</source>
        <translation>키체인이 응답하지 않습니다. 잠겨 있을 수 있으니 잠금을 해제하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>키체인 접근이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The key file could not be used: %1</source>
        <translation>키 파일을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>키체인 오류: %1</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 is readable by other users; delete it and store the key again.</source>
        <translation>%1을(를) 다른 사용자가 읽을 수 있습니다. 파일을 지우고 키를 다시 저장하세요.</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>cannot make %1 private.</source>
        <translation>%1을(를) 비공개로 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>SELF-CHECK PASSED: %1</source>
        <translation>자체 점검 통과: %1</translation>
    </message>
    <message>
        <source>SELF-CHECK FAILED: %1</source>
        <translation>자체 점검 실패: %1</translation>
    </message>
    <message>
        <source>PayDesk self-check</source>
        <translation>PayDesk 자체 점검</translation>
    </message>
    <message>
        <source>ready sent (%1, ₩1,000)</source>
        <translation>결제 준비(ready) 요청 (%1, ₩1,000)</translation>
    </message>
    <message>
        <source>simulator</source>
        <translation>시뮬레이터</translation>
    </message>
    <message>
        <source>KakaoPay</source>
        <translation>카카오페이</translation>
    </message>
    <message>
        <source>ready answered: tid %1</source>
        <translation>결제 준비 응답: tid %1</translation>
    </message>
    <message>
        <source>scan the QR code in the window with KakaoTalk to pay ₩1,000 (%1)</source>
        <translation>창의 QR 코드를 카카오톡으로 스캔해 ₩1,000을 결제하세요 (%1)</translation>
    </message>
    <message>
        <source>payment page loaded</source>
        <translation>결제 페이지 열림</translation>
    </message>
    <message>
        <source>approval redirect caught (not loaded), pg_token received</source>
        <translation>승인 리디렉션 가로챔 (열지 않음), pg_token 받음</translation>
    </message>
    <message>
        <source>approve sent</source>
        <translation>승인(approve) 요청</translation>
    </message>
    <message>
        <source>approved: aid %1, method %2</source>
        <translation>승인됨: aid %1, 결제 수단 %2</translation>
    </message>
    <message>
        <source>recorded in the journal: order %1</source>
        <translation>거래 기록에 저장: 주문 %1</translation>
    </message>
    <message>
        <source>approved and recorded</source>
        <translation>승인 및 기록 완료</translation>
    </message>
    <message>
        <source>approved but not found in the journal</source>
        <translation>승인되었지만 거래 기록에 없음</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>the payment view could not be loaded: %1</source>
        <translation>결제 화면을 불러오지 못함: %1</translation>
    </message>
    <message>
        <source>payment view loaded (%1 ms)</source>
        <translation>결제 화면 불러옴 (%1 ms)</translation>
    </message>
    <message>
        <source>in doubt: %1</source>
        <translation>확인 대기: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>an http(s) address with a host is needed.</source>
        <translation>호스트가 있는 http(s) 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>the address may not hold a user name, a password, a query or a fragment.</source>
        <translation>주소에 사용자 이름, 비밀번호, 쿼리, 프래그먼트가 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>use https; plain http is allowed only for this computer.</source>
        <translation>https를 사용하세요. http는 이 컴퓨터(localhost)에만 허용됩니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>매장명</translation>
    </message>
    <message>
        <source>Business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>123-45-67890</source>
        <translation>123-45-67890</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>매장 주소</translation>
    </message>
    <message>
        <source>KakaoPay</source>
        <translation>카카오페이</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>empty: KakaoPay itself</source>
        <translation>비우면 카카오페이 서버</translation>
    </message>
    <message>
        <source>CID (merchant code)</source>
        <translation>CID (가맹점 코드)</translation>
    </message>
    <message>
        <source>TC0ONETIME</source>
        <translation>TC0ONETIME</translation>
    </message>
    <message>
        <source>New secret key</source>
        <translation>새 시크릿 키</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>New CID secret (optional)</source>
        <translation>새 CID 시크릿 (선택)</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>복귀 주소</translation>
    </message>
    <message>
        <source>http://localhost/paydesk</source>
        <translation>http://localhost/paydesk</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>요청 제한 시간</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Where no keychain runs, keep the key in a file only this user can read (less safe)</source>
        <translation>키체인이 없으면 이 사용자만 읽을 수 있는 파일에 키 보관 (보안 낮음)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>계산대</translation>
    </message>
    <message>
        <source>Counter ID</source>
        <translation>계산대 ID</translation>
    </message>
    <message>
        <source>POS1</source>
        <translation>POS1</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <source>empty: default printer</source>
        <translation>비우면 기본 프린터</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>상품 목록 파일</translation>
    </message>
    <message>
        <source>empty: built-in catalog</source>
        <translation>비우면 내장 상품 목록</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Training mode (payments go to the local simulator, no real money)</source>
        <translation>연습 모드 (결제는 로컬 시뮬레이터로, 실제 돈은 오가지 않음)</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>비밀번호 변경…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Current (open-api.kakaopay.com, secret key)</source>
        <translation>현행 (open-api.kakaopay.com, 시크릿 키)</translation>
    </message>
    <message>
        <source>Legacy (kapi.kakao.com, Admin key)</source>
        <translation>구버전 (kapi.kakao.com, Admin 키)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>A manager PIN is needed to open the settings.</source>
        <translation>설정을 열려면 관리자 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>CID secret: %1 stored</source>
        <translation>CID 시크릿: %1 저장됨</translation>
    </message>
    <message>
        <source>CID secret: none</source>
        <translation>CID 시크릿: 없음</translation>
    </message>
    <message>
        <source>Secret key: checking…</source>
        <translation>시크릿 키: 확인 중…</translation>
    </message>
    <message>
        <source>in a file (less safe)</source>
        <translation>파일에 (보안 낮음)</translation>
    </message>
    <message>
        <source>from PAYDESK_SECRET_KEY</source>
        <translation>PAYDESK_SECRET_KEY에서</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>키체인에</translation>
    </message>
    <message>
        <source>Secret key: %1 stored %2</source>
        <translation>시크릿 키: %1, %2 저장됨</translation>
    </message>
    <message>
        <source>Secret key: none</source>
        <translation>시크릿 키: 없음</translation>
    </message>
    <message>
        <source>Secret key: unavailable</source>
        <translation>시크릿 키: 확인할 수 없음</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>표시된 항목을 먼저 고치세요.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Receipts and exports show times, and exports count days, in this zone.</source>
        <translation>영수증과 내보내기의 시각, 그리고 내보내기의 날짜 경계는 이 시간대를 따릅니다.</translation>
    </message>
    <message>
        <source>The server address is not the saved one: type the secret key to test it there. The stored key is only sent to the saved address (%1).</source>
        <translation>서버 주소가 저장된 주소와 다릅니다: 이 주소로 테스트하려면 시크릿 키를 입력하세요. 저장된 키는 저장된 주소(%1)로만 보냅니다.</translation>
    </message>
    <message>
        <source>The server address is not the saved one: type the CID secret too to test it there.</source>
        <translation>서버 주소가 저장된 주소와 다릅니다: 이 주소로 테스트하려면 CID 시크릿도 입력하세요.</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the setting&apos;s name, %2 why its value is refused</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>매장명</translation>
    </message>
    <message>
        <source>Business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>매장 주소</translation>
    </message>
    <message>
        <source>KakaoPay API</source>
        <translation>카카오페이 API</translation>
    </message>
    <message>
        <source>KakaoPay server address</source>
        <translation>카카오페이 서버 주소</translation>
    </message>
    <message>
        <source>CID (merchant code)</source>
        <translation>CID (가맹점 코드)</translation>
    </message>
    <message>
        <source>CID secret</source>
        <translation>CID 시크릿</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>복귀 주소</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>요청 제한 시간</translation>
    </message>
    <message>
        <source>Counter ID</source>
        <translation>계산대 ID</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>상품 목록 파일</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>연습 모드</translation>
    </message>
    <message>
        <source>First-run set-up</source>
        <translation>최초 설정</translation>
    </message>
    <message>
        <source>Allow key file without keychain</source>
        <translation>키체인 없이 키 파일 허용</translation>
    </message>
    <message>
        <source>enter the name printed on receipts.</source>
        <translation>영수증에 인쇄할 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>at most %1 characters.</source>
        <translation>최대 %1자입니다.</translation>
    </message>
    <message>
        <source>10 digits, as in 123-45-67890.</source>
        <translation>123-45-67890처럼 숫자 10자리입니다.</translation>
    </message>
    <message>
        <source>the check digit does not match; please check the number.</source>
        <translation>검증 번호가 맞지 않습니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>an http(s) address with a host, or empty for KakaoPay itself.</source>
        <translation>호스트가 있는 http(s) 주소를 입력하거나, 카카오페이 서버를 쓰려면 비워 두세요.</translation>
    </message>
    <message>
        <source>exactly %1 letters or digits, e.g. TC0ONETIME.</source>
        <translation>영문자나 숫자 정확히 %1자입니다 (예: TC0ONETIME).</translation>
    </message>
    <message>
        <source>an http(s) address with a host and no query, as registered with KakaoPay.</source>
        <translation>카카오페이에 등록한 대로, 호스트가 있고 쿼리가 없는 http(s) 주소입니다.</translation>
    </message>
    <message>
        <source>too long: approval addresses would have %1 characters, KakaoPay accepts %2.</source>
        <translation>너무 깁니다. 승인 주소가 %1자가 되는데 카카오페이는 %2자까지 받습니다.</translation>
    </message>
    <message>
        <source>between %1 and %2 seconds.</source>
        <translation>%1~%2초 사이입니다.</translation>
    </message>
    <message>
        <source>enter a name for this counter, e.g. POS1.</source>
        <translation>이 계산대의 이름을 입력하세요 (예: POS1).</translation>
    </message>
    <message>
        <source>1 to %1 letters, digits or &apos;-&apos;.</source>
        <translation>영문자, 숫자 또는 &apos;-&apos; 1~%1자입니다.</translation>
    </message>
    <message>
        <source>no readable file at %1.</source>
        <translation>%1에 읽을 수 있는 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use a name such as Asia/Seoul.</source>
        <translation>&quot;%1&quot;은(는) 이 컴퓨터가 아는 시간대가 아닙니다. Asia/Seoul 같은 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Store server</source>
        <translation>매장 서버</translation>
    </message>
    <message>
        <source>Shop ID</source>
        <translation>매장 ID</translation>
    </message>
    <message>
        <source>1 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>영문자, 숫자, &apos;-&apos;, &apos;_&apos; 1~20자.</translation>
    </message>
</context>
<context>
    <name>SimulatorProcess</name>
    <message>
        <source>The KakaoPay simulator could not be started: %1</source>
        <translation>카카오페이 시뮬레이터를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The KakaoPay simulator stopped unexpectedly (exit code %1).</source>
        <translation>카카오페이 시뮬레이터가 예기치 않게 멈췄습니다 (종료 코드 %1).</translation>
    </message>
    <message>
        <source>The KakaoPay simulator exited before it was ready (exit code %1).</source>
        <translation>카카오페이 시뮬레이터가 준비되기 전에 종료되었습니다 (종료 코드 %1).</translation>
    </message>
    <message>
        <source>The KakaoPay simulator (%1) was not found.</source>
        <translation>카카오페이 시뮬레이터(%1)를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The KakaoPay simulator did not report its address within %1 ms.</source>
        <translation>카카오페이 시뮬레이터가 %1ms 안에 주소를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>The KakaoPay simulator reported an unusable address.</source>
        <translation>카카오페이 시뮬레이터가 사용할 수 없는 주소를 알려 왔습니다.</translation>
    </message>
</context>
<context>
    <name>StoreAdmin</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>PostgreSQL 드라이버(QPSQL)가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The store server %1 could not be reached: %2</source>
        <translation>매장 서버 %1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The counters&apos; user name may have lower-case letters, digits and _ only.</source>
        <translation>계산대용 사용자 이름에는 영문 소문자, 숫자, _만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The counters&apos; password must have at least 12 characters.</source>
        <translation>계산대용 비밀번호는 12자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Setting up the counters&apos; role failed: %1</source>
        <translation>계산대용 역할을 설정하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Password of %1 on the store server: </source>
        <translation>매장 서버의 %1 비밀번호: </translation>
    </message>
    <message>
        <source>New password for the counters&apos; user %1 (at least 12 characters): </source>
        <translation>계산대 사용자 %1의 새 비밀번호(12자 이상): </translation>
    </message>
    <message>
        <source>The store server %1 is ready. Counters sign in as %2.</source>
        <translation>매장 서버 %1이(가) 준비되었습니다. 계산대는 %2(으)로 로그인합니다.</translation>
    </message>
</context>
<context>
    <name>StoreLinkLabel</name>
    <message>
        <source>Store server: not connected</source>
        <translation>매장 서버: 연결 안 됨</translation>
    </message>
    <message>
        <source>Store server: connecting…</source>
        <translation>매장 서버: 연결 중…</translation>
    </message>
    <message numerus="yes">
        <source>Store server: online, sending %n entry(ies)</source>
        <translation>
            <numerusform>매장 서버: 온라인, %n건 보내는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Store server: online</source>
        <translation>매장 서버: 온라인</translation>
    </message>
    <message numerus="yes">
        <source>Store server: offline, %n entry(ies) waiting here (payments go on)</source>
        <translation>
            <numerusform>매장 서버: 오프라인, %n건이 여기서 대기 중(결제는 계속됩니다)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreServerAddress</name>
    <message>
        <source>The store server&apos;s address must look like postgresql://user@host/database.</source>
        <translation>매장 서버 주소는 postgresql://사용자@호스트/데이터베이스 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: PayDesk keeps it in the computer&apos;s keychain.</source>
        <translation>주소에 비밀번호를 넣지 마세요: PayDesk는 비밀번호를 컴퓨터의 키체인에 보관합니다.</translation>
    </message>
    <message>
        <source>The store server&apos;s address needs a host, a database and a user: postgresql://user@host/database.</source>
        <translation>매장 서버 주소에는 호스트, 데이터베이스, 사용자가 필요합니다: postgresql://사용자@호스트/데이터베이스.</translation>
    </message>
    <message>
        <source>A store server on the network is reached only with a checked certificate (sslmode=verify-full), not with sslmode=%1.</source>
        <translation>네트워크에 있는 매장 서버는 인증서를 확인하는 연결(sslmode=verify-full)로만 접속합니다. sslmode=%1은(는) 허용되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ThirdPartyNotices</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has unreadable lines (%2): they are not listed</source>
        <translation>%1에 읽을 수 없는 줄(%2)이 있어 목록에서 빠졌습니다</translation>
    </message>
    <message>
        <source>The third-party notices are missing (looked in %1). Reinstall PayDesk.</source>
        <translation>제3자 소프트웨어 고지문이 없습니다(찾아본 위치: %1). PayDesk를 다시 설치하세요.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Taxable (supply value)</source>
        <translation>과세 (공급가액)</translation>
    </message>
    <message>
        <source>Tax-free</source>
        <translation>면세</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Pay with KakaoPay
(F12)</source>
        <translation>카카오페이 결제
(F12)</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING MODE — no real payments</source>
        <translation>연습 모드 — 실제 결제 아님</translation>
    </message>
    <message>
        <source>Payments go to the local KakaoPay simulator. No money moves.</source>
        <translation>결제는 로컬 카카오페이 시뮬레이터로 갑니다. 실제 돈은 오가지 않습니다.</translation>
    </message>
</context>
<context>
    <name>WebViewModuleLoader</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not PayDesk&apos;s web-view module</source>
        <translation>%1은(는) PayDesk의 웹 화면 모듈이 아닙니다</translation>
    </message>
    <message>
        <source>PayDesk&apos;s payment page does not run as root: start PayDesk as a normal user.</source>
        <translation>PayDesk의 결제 화면은 root로 실행되지 않습니다: 일반 사용자로 PayDesk를 시작하세요.</translation>
    </message>
</context>
</TS>
