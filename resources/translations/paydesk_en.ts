<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s). The full notices are in %1.</source>
        <translation>
            <numerusform>%n component. The full notices are in %1.</numerusform>
            <numerusform>%n components. The full notices are in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n unfinished payment(s) or refund(s) from the last session were taken in.</source>
        <translation>
            <numerusform>%n unfinished payment or refund from the last session was taken in.</numerusform>
            <numerusform>%n unfinished payments or refunds from the last session were taken in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthResult</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before this manager is locked.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before this manager is locked.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before this manager is locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoubtBar</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message numerus="yes">
        <source>%n product(s) match. Pick one from the list.</source>
        <translation>
            <numerusform>%n product matches. Pick it from the list.</numerusform>
            <numerusform>%n products match. Pick one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message numerus="yes">
        <source>%n already refunded</source>
        <translation>
            <numerusform>%n already refunded</numerusform>
            <numerusform>%n already refunded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreLinkLabel</name>
    <message numerus="yes">
        <source>Store server: online, sending %n entry(ies)</source>
        <translation>
            <numerusform>Store server: online, sending %n entry</numerusform>
            <numerusform>Store server: online, sending %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store server: offline, %n entry(ies) waiting here (payments go on)</source>
        <translation>
            <numerusform>Store server: offline, %n entry waiting here (payments go on)</numerusform>
            <numerusform>Store server: offline, %n entries waiting here (payments go on)</numerusform>
        </translation>
    </message>
</context>
</TS>
