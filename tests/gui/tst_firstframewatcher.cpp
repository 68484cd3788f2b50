// FirstFrameWatcher: work asked for from showEvent() runs after the window's first paint, also
// when other work was asked for earlier; a hidden window does not hold work back; one watcher
// serves every part of a window.
#include "FirstFrameWatcher.h"

#include <QStringList>
#include <QTest>
#include <QWidget>

namespace {
// The main window's shape at start: the controller asks before show() (nothing to wait for
// yet), the warm-up asks from showEvent() and must wait for the paint.
class Window : public QWidget
{
public:
    QStringList events;

protected:
    void showEvent(QShowEvent *) override
    {
        FirstFrameWatcher::of(this)->whenPainted([this] { events << QStringLiteral("warm-up"); });
    }
    void paintEvent(QPaintEvent *) override
    {
        if (!events.contains(QStringLiteral("paint")))
            events << QStringLiteral("paint");
    }
};
} // namespace

class TestFirstFrameWatcher : public QObject
{
    Q_OBJECT

private slots:
    void hiddenWindowDoesNotHoldTheWorkBack();
    void workAskedForBeforeShowDoesNotReleaseWorkThatWaits();
    void oneWatcherPerWindow();
};

void TestFirstFrameWatcher::hiddenWindowDoesNotHoldTheWorkBack()
{
    QWidget window; // never shown: nothing will paint, the work runs at the next event loop pass
    bool ran = false;
    FirstFrameWatcher::of(&window)->whenPainted([&] { ran = true; });
    QVERIFY(!ran);
    QTRY_VERIFY_WITH_TIMEOUT(ran, 500); // well under the 3 s wait for a paint
}

void TestFirstFrameWatcher::workAskedForBeforeShowDoesNotReleaseWorkThatWaits()
{
    Window window;
    window.resize(640, 400);
    FirstFrameWatcher::of(&window)->whenPainted([&] { window.events << QStringLiteral("early"); });
    window.show();
    QTRY_VERIFY(window.events.contains(QStringLiteral("warm-up")));
    const qsizetype paint = window.events.indexOf(QStringLiteral("paint"));
    QVERIFY2(paint >= 0 && paint < window.events.indexOf(QStringLiteral("warm-up")),
             qPrintable(window.events.join(u',')));
}

void TestFirstFrameWatcher::oneWatcherPerWindow()
{
    QWidget window;
    QCOMPARE(FirstFrameWatcher::of(&window), FirstFrameWatcher::of(&window));
    QCOMPARE(window.findChildren<FirstFrameWatcher *>().size(), 1);
}

QTEST_MAIN(TestFirstFrameWatcher)
#include "tst_firstframewatcher.moc"
