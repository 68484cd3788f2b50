// Help > About's third-party tab and ThirdPartyNotices, the reader of the notices the build
// generates (installer/third-party-notices.py): the list, a notice and the whole index opened
// in the viewer, a notice that cannot be read, a damaged components.tsv, and an installation
// without notices (only what the program itself knows). Screenshots of the tab with this
// build's real list go to screenshots/about-third-party-en.png.
#include "AboutDialog.h"
#include "NoticeDialog.h"
#include "ThirdPartyNotices.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsComponentsAndSaysWhichLinesAreBad();
    void buildTreeBinaryFindsTheBuildsList();
    void listsComponentsAndOpensNotices();
    void unreadableNoticeSaysSo();
    void missingNoticesShowWhatIsKnown();
    void screenshotWithThisBuildsList();

private:
    void writeFile(const QString &name, const QByteArray &content);
    template <typename T> T *child(QWidget *parent, const char *name);

    QScopedPointer<QTemporaryDir> m_dir;
};

template <typename T> T *TestAboutDialog::child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void TestAboutDialog::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

void TestAboutDialog::cleanup()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets)
        w->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestAboutDialog::writeFile(const QString &name, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(m_dir->filePath(name)).path());
    QFile f(m_dir->filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
}

static const QByteArray components =
    "# component\tversion\tlicense\tnotice\tpackages\tfiles\tall licenses\tsource\n"
    "qt6-base\t6.4.2+dfsg-10\tLGPL-3 or GPL-2\tqt6-base/copyright\tlibqt6core6 6.4.2+dfsg-10\t"
    "12\tLGPL-3 or GPL-2, BSD-3-clause, Expat\tdep5\n"
    "fontconfig\t2.14.1-4\tpermissive (X11/HPND-style)\t/nonexistent/fontconfig/copyright\t"
    "libfontconfig1 2.14.1-4\t1\tpermissive (X11/HPND-style)\ttext\n"
    "broken line without tabs\n"
    "zlib\t1:1.2.13.dfsg-1\tZlib\tzlib/copyright\tzlib1g "
    "1:1.2.13.dfsg-1\tnot-a-number\tZlib\tdep5\n";

void TestAboutDialog::readsComponentsAndSaysWhichLinesAreBad()
{
    writeFile(QStringLiteral("components.tsv"), components);
    writeFile(QStringLiteral("THIRD-PARTY-NOTICES.txt"), "the index\n");
    const auto n =
        ThirdPartyNotices::fromDirectory(m_dir->path(), ThirdPartyNotices::Origin::Installed);
    QCOMPARE(n.components().size(), 2);
    const auto &qt = n.components().at(0);
    QCOMPARE(qt.name, QStringLiteral("qt6-base"));
    QCOMPARE(qt.version, QStringLiteral("6.4.2+dfsg-10"));
    QCOMPARE(qt.license, QStringLiteral("LGPL-3 or GPL-2"));
    QCOMPARE(qt.allLicenses.size(), 3);
    QCOMPARE(qt.files, 12);
    QVERIFY(!qt.licensesFromText);
    QCOMPARE(qt.noticePath, QDir(m_dir->path()).filePath(QStringLiteral("qt6-base/copyright")));
    QCOMPARE(n.components().at(1).noticePath, QStringLiteral("/nonexistent/fontconfig/copyright"));
    QVERIFY(n.components().at(1).licensesFromText);
    // Lines 4 and 5 (the broken one, the file count that is no number) are named.
    QVERIFY2(n.errorString().contains(QStringLiteral("(4, 5)")), qPrintable(n.errorString()));
    QString error;
    QCOMPARE(n.readIndex(&error), QByteArray("the index\n"));
    QVERIFY(error.isEmpty());

    // No components.tsv: the reason, and no list.
    QFile::remove(m_dir->filePath(QStringLiteral("components.tsv")));
    const auto none =
        ThirdPartyNotices::fromDirectory(m_dir->path(), ThirdPartyNotices::Origin::Installed);
    QVERIFY(none.components().isEmpty());
    QVERIFY(none.errorString().contains(QStringLiteral("components.tsv")));
}

void TestAboutDialog::buildTreeBinaryFindsTheBuildsList()
{
    // This test binary lives in the build tree: the build's own list, never a folder next to
    // an installed program.
    const auto n = ThirdPartyNotices::locate();
    QCOMPARE(n.origin(), ThirdPartyNotices::Origin::BuildTree);
    QVERIFY(n.errorString().isEmpty());
    QVERIFY(n.components().size() > 10);
    bool qtBase = false;
    for (const auto &c : n.components()) {
        qtBase = qtBase || c.name == QLatin1String("qt6-base");
        QVERIFY2(QFileInfo::exists(c.noticePath), qPrintable(c.noticePath));
    }
    QVERIFY(qtBase);
    QVERIFY(n.readIndex().startsWith("PayDesk"));
}

void TestAboutDialog::listsComponentsAndOpensNotices()
{
    writeFile(QStringLiteral("components.tsv"), components);
    writeFile(QStringLiteral("THIRD-PARTY-NOTICES.txt"), "PayDesk: third-party notices\n");
    writeFile(QStringLiteral("qt6-base/copyright"), "Format: ...\nUpstream-Name: Qt\n");
    AboutDialog::Facts facts;
    facts.notices =
        ThirdPartyNotices::fromDirectory(m_dir->path(), ThirdPartyNotices::Origin::Installed);
    AboutDialog about(facts);
    about.show();
    about.showThirdPartyTab();
    QVERIFY(QTest::qWaitForWindowExposed(&about));

    auto *list = child<QTreeWidget>(&about, "aboutComponentsList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("qt6-base"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("LGPL-3 or GPL-2 (+2 more)"));
    QVERIFY(list->topLevelItem(1)->text(2).contains(QStringLiteral("named in the notice's text")));
    QVERIFY(list->topLevelItem(0)->toolTip(0).contains(QStringLiteral("BSD-3-clause")));
    auto *where = child<QLabel>(&about, "aboutNoticesLocation");
    QVERIFY(where->text().contains(QDir::toNativeSeparators(m_dir->path())));
    QVERIFY(where->text().contains(QStringLiteral("unreadable lines"))); // the damaged tsv

    auto *show = child<QPushButton>(&about, "aboutShowNoticeButton");
    QVERIFY(!show->isEnabled()); // nothing chosen yet
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(show->isEnabled());
    show->click();
    NoticeDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = about.findChild<NoticeDialog *>()) && viewer->isVisible());
    QCOMPARE(viewer->text(), QStringLiteral("Format: ...\nUpstream-Name: Qt\n"));
    QVERIFY(viewer->windowTitle().contains(QStringLiteral("qt6-base")));
    viewer->close();
    QTRY_VERIFY(!about.findChild<NoticeDialog *>());

    child<QPushButton>(&about, "aboutShowIndexButton")->click();
    QTRY_VERIFY((viewer = about.findChild<NoticeDialog *>()) && viewer->isVisible());
    QCOMPARE(viewer->text(), QStringLiteral("PayDesk: third-party notices\n"));
}

void TestAboutDialog::unreadableNoticeSaysSo()
{
    writeFile(QStringLiteral("components.tsv"), components);
    writeFile(QStringLiteral("THIRD-PARTY-NOTICES.txt"), "index\n");
    AboutDialog::Facts facts;
    facts.notices =
        ThirdPartyNotices::fromDirectory(m_dir->path(), ThirdPartyNotices::Origin::Installed);
    AboutDialog about(facts);
    about.show();
    about.showThirdPartyTab();
    auto *list = child<QTreeWidget>(&about, "aboutComponentsList");
    // fontconfig's notice is /nonexistent/...: a message that names it, no empty viewer.
    list->setCurrentItem(list->topLevelItem(1));
    child<QPushButton>(&about, "aboutShowNoticeButton")->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = about.findChild<QMessageBox *>(QStringLiteral("noticeErrorBox"))) &&
                box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("/nonexistent/fontconfig/copyright")),
             qPrintable(box->text()));
    QVERIFY(!about.findChild<NoticeDialog *>());
}

void TestAboutDialog::missingNoticesShowWhatIsKnown()
{
    AboutDialog::Facts facts; // an installation whose licenses folder is gone
    facts.notices = ThirdPartyNotices::fromDirectory(QStringLiteral("/opt/x/licenses; /usr/y"),
                                                     ThirdPartyNotices::Origin::Missing);
    AboutDialog about(facts);
    about.show();
    about.showThirdPartyTab();
    auto *list = child<QTreeWidget>(&about, "aboutComponentsList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Qt"));
    QCOMPARE(list->topLevelItem(0)->text(1), QString::fromLatin1(qVersion()));
    auto *where = child<QLabel>(&about, "aboutNoticesLocation");
    QVERIFY(where->text().contains(QStringLiteral("missing")));
    QVERIFY(where->text().contains(QStringLiteral("/opt/x/licenses")));
    QVERIFY(!child<QPushButton>(&about, "aboutShowIndexButton")->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!child<QPushButton>(&about, "aboutShowNoticeButton")->isEnabled());
    QString error;
    QVERIFY(facts.notices.readIndex(&error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("/opt/x/licenses")));
}

void TestAboutDialog::screenshotWithThisBuildsList()
{
    AboutDialog::Facts facts;
    facts.training = true;
    facts.modeDescription = QStringLiteral("TRAINING · simulator 127.0.0.1:8080 · API current");
    facts.dataFolder = QStringLiteral("/home/cashier/.local/share/PayDesk/PayDesk");
    facts.journalFile = facts.dataFolder + QStringLiteral("/paydesk-training.sqlite");
    facts.notices = ThirdPartyNotices::locate();
    AboutDialog about(facts);
    about.resize(760, 560);
    about.show();
    about.showThirdPartyTab();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QTest::qWait(100);
    const QString dir =
        QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("about-third-party-en.png"));
    QVERIFY(about.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    // Qt's notice, as a shop or an auditor opens it.
    auto *list = child<QTreeWidget>(&about, "aboutComponentsList");
    const auto qt = list->findItems(QStringLiteral("qt6-base"), Qt::MatchExactly, 0);
    QCOMPARE(qt.size(), 1);
    list->setCurrentItem(qt.first());
    child<QPushButton>(&about, "aboutShowNoticeButton")->click();
    NoticeDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = about.findChild<NoticeDialog *>()) && viewer->isVisible());
    QVERIFY(viewer->text().contains(QStringLiteral("LGPL-3")));
    QTest::qWait(100);
    const QString notice = QDir(dir).filePath(QStringLiteral("about-notice-qt6-base-en.png"));
    QVERIFY(viewer->grab().save(notice));
    qInfo("screenshot: %s", qPrintable(notice));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
