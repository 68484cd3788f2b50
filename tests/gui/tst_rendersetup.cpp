// RenderSetup's test for a GPU: a render node under /dev/dri, not a card node alone (a
// display-only device cannot render) and not an empty or missing folder.
#include "RenderSetup.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestRenderSetup : public QObject
{
    Q_OBJECT

private slots:
    void missingFolderMeansNoGpu();
    void cardNodeAloneIsNoRenderNode();
    void renderNodeIsAGpu();
};

void TestRenderSetup::missingFolderMeansNoGpu()
{
    QTemporaryDir dir;
    QVERIFY(!RenderSetup::hasRenderNode(QFile::encodeName(dir.filePath("dri")).constData()));
    QVERIFY(!RenderSetup::hasRenderNode(QFile::encodeName(dir.path()).constData()));
}

void TestRenderSetup::cardNodeAloneIsNoRenderNode()
{
    QTemporaryDir dir;
    QFile card(dir.filePath(QStringLiteral("card0")));
    QVERIFY(card.open(QIODevice::WriteOnly));
    card.close();
    QVERIFY(!RenderSetup::hasRenderNode(QFile::encodeName(dir.path()).constData()));
}

void TestRenderSetup::renderNodeIsAGpu()
{
    QTemporaryDir dir;
    QFile node(dir.filePath(QStringLiteral("renderD128")));
    QVERIFY(node.open(QIODevice::WriteOnly));
    node.close();
    QVERIFY(RenderSetup::hasRenderNode(QFile::encodeName(dir.path()).constData()));
}

QTEST_GUILESS_MAIN(TestRenderSetup)
#include "tst_rendersetup.moc"
