#include "SettingsTestEnv.h"
#include "settings/FirstRunWizard.h"
#include "settings/ManagerPinDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QtTest>

// The first-run wizard driven like a cashier would: keys typed, Next clicked, to the end.

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_env = std::make_unique<SettingsTestEnv>();
        QVERIFY(m_env->open());
        m_wizard = std::make_unique<FirstRunWizard>(m_env->settings.get(), m_env->secrets.get(),
                                                    m_env->managers.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_env.reset();
    }

    void trainingModeToTheEnd()
    {
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ShopPageId));
        type("shopNameEdit", QStringLiteral("Cafe PayDesk"));
        type("businessNumberEdit", QStringLiteral("124-81-00998"));
        type("shopAddressEdit", QStringLiteral("Seoul"));
        clear("counterIdEdit");
        type("counterIdEdit", QStringLiteral("POS-2"));
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ManagerPageId));

        type("managerNameEdit", QStringLiteral("Kim"));
        type("managerPinEdit", QStringLiteral("471190"));
        type("managerPinRepeatEdit", QStringLiteral("471190"));
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::KakaoPayPageId));

        QVERIFY(child<QRadioButton>("trainingModeRadio")->isChecked());
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::DonePageId));
        QVERIFY(!child<QLabel>("doneSummaryLabel")->text().isEmpty());

        QTest::mouseClick(child<QAbstractButton>("finishButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));

        const SettingsValues saved = m_env->reloaded();
        QCOMPARE(saved.shopName, QStringLiteral("Cafe PayDesk"));
        QCOMPARE(saved.businessNumber, QStringLiteral("1248100998"));
        QCOMPARE(saved.shopAddress, QStringLiteral("Seoul"));
        QCOMPARE(saved.counterId, QStringLiteral("POS-2"));
        QVERIFY(saved.trainingMode);
        QVERIFY(saved.firstRunDone);
        QCOMPARE(m_env->managers->managers(), QStringList{QStringLiteral("Kim")});
        QVERIFY(m_env->managers->authorize(QStringLiteral("Kim"), QStringLiteral("471190")).ok());
    }

    void invalidShopDetailsStayOnThePage()
    {
        type("shopNameEdit", QStringLiteral("Cafe"));
        type("businessNumberEdit", QStringLiteral("124-81-00997")); // wrong check digit
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ShopPageId));
        QVERIFY(child<QLabel>("shopErrorLabel")->text().contains(QLatin1String("check digit")));
    }

    void differentPinsStayOnThePage()
    {
        type("shopNameEdit", QStringLiteral("Cafe"));
        next();
        type("managerNameEdit", QStringLiteral("Lee"));
        type("managerPinEdit", QStringLiteral("582047"));
        type("managerPinRepeatEdit", QStringLiteral("582048"));
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ManagerPageId));
        QVERIFY(!child<QLabel>("managerErrorLabel")->text().isEmpty());
        QVERIFY(m_env->managers->managers().isEmpty());
        // A PIN too short is refused by ManagerStore, with its message.
        clear("managerPinEdit");
        clear("managerPinRepeatEdit");
        type("managerPinEdit", QStringLiteral("12"));
        type("managerPinRepeatEdit", QStringLiteral("12"));
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ManagerPageId));
        QVERIFY(m_env->managers->managers().isEmpty());
        // Back and forth does not add the manager twice.
        clear("managerPinEdit");
        clear("managerPinRepeatEdit");
        type("managerPinEdit", QStringLiteral("730518"));
        type("managerPinRepeatEdit", QStringLiteral("730518"));
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::KakaoPayPageId));
        m_wizard->back();
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::KakaoPayPageId));
        QCOMPARE(m_env->managers->managers(), QStringList{QStringLiteral("Lee")});
    }

    void liveModeNeedsValidCidAndKey()
    {
        type("shopNameEdit", QStringLiteral("Cafe"));
        next();
        type("managerNameEdit", QStringLiteral("Park"));
        type("managerPinEdit", QStringLiteral("987612"));
        type("managerPinRepeatEdit", QStringLiteral("987612"));
        next();
        child<QRadioButton>("liveModeRadio")->click();
        QVERIFY(child<QRadioButton>("liveModeRadio")->isChecked());
        clear("cidEdit");
        type("cidEdit", QStringLiteral("TC0ONETIM")); // 9 characters
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::KakaoPayPageId));
        QVERIFY(child<QLabel>("kakaoPayErrorLabel")->text().contains(QLatin1String("CID")));
        clear("cidEdit");
        type("cidEdit", QStringLiteral("TC0ONETIME"));
        next(); // no key
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::KakaoPayPageId));
        QVERIFY(!child<QLabel>("kakaoPayErrorLabel")->text().isEmpty());
    }

    void trivialPinsRefusedWithTheReason()
    {
        type("shopNameEdit", QStringLiteral("Cafe"));
        next();
        type("managerNameEdit", QStringLiteral("Choi"));
        for (const char *pin : {"111111", "123456", "654321", "4711"}) {
            clear("managerPinEdit");
            clear("managerPinRepeatEdit");
            type("managerPinEdit", QLatin1String(pin));
            type("managerPinRepeatEdit", QLatin1String(pin));
            next();
            QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ManagerPageId));
            const QString error = child<QLabel>("managerErrorLabel")->text();
            QVERIFY2(error.contains(QLatin1String(qstrlen(pin) < 6 ? "6 to 12" : "too easy")),
                     qPrintable(error));
        }
        QVERIFY(m_env->managers->managers().isEmpty());
        // The rule is said before it is broken.
        QVERIFY(m_wizard->page(FirstRunWizard::ManagerPageId)
                    ->subTitle()
                    .contains(QLatin1String("6 to 12")));
    }

    // Settings lost, managers still in the journal: nothing of the set-up without one of them.
    void managersExistSignInFirst()
    {
        QCOMPARE(m_env->managers->addManager(QStringLiteral("Kim"), QStringLiteral("582047"),
                                             QStringLiteral("setup")),
                 ManagerStore::Result::Ok);
        recreate();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::SignInPageId));
        QVERIFY(!child<QAbstractButton>("nextButton")->isEnabled());
        QVERIFY(!m_wizard->page(FirstRunWizard::ManagerPageId)); // managers: in the settings
        // Next by hand (a shortcut, a script) does not get past it either.
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::SignInPageId));

        ManagerPinDialog *pin = nullptr;
        QTRY_VERIFY((pin = m_wizard->findChild<ManagerPinDialog *>("managerPinDialog")));
        QTRY_VERIFY(pin->isVisible());
        shoot("firstrun-signin-page");
        shoot("pin-dialog-signin", pin);
        QTest::keyClicks(pin->findChild<QLineEdit *>("pinEdit"), QStringLiteral("582048"));
        QTest::keyClick(pin->findChild<QLineEdit *>("pinEdit"), Qt::Key_Return);
        QTRY_VERIFY(
            pin->findChild<QLabel *>("messageLabel")->text().contains(QLatin1String("Wrong PIN")));
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::SignInPageId));
        QTest::keyClicks(pin->findChild<QLineEdit *>("pinEdit"), QStringLiteral("582047"));
        QTest::keyClick(pin->findChild<QLineEdit *>("pinEdit"), Qt::Key_Return);
        QTRY_COMPARE(m_wizard->currentId(), int(FirstRunWizard::ShopPageId));
        QCOMPARE(m_wizard->signedInManager(), QStringLiteral("Kim"));
        shoot("firstrun-after-signin");

        type("shopNameEdit", QStringLiteral("Cafe again"));
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::KakaoPayPageId));
        next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::DonePageId));
        QTest::mouseClick(child<QAbstractButton>("finishButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->isVisible());
        QVERIFY(m_env->reloaded().firstRunDone);
        QCOMPARE(m_env->managers->managers(), QStringList{QStringLiteral("Kim")});
    }

    void cancelledSignInLeavesEverythingAsItWas()
    {
        QCOMPARE(m_env->managers->addManager(QStringLiteral("Kim"), QStringLiteral("582047"),
                                             QStringLiteral("setup")),
                 ManagerStore::Result::Ok);
        recreate();
        ManagerPinDialog *pin = nullptr;
        QTRY_VERIFY((pin = m_wizard->findChild<ManagerPinDialog *>("managerPinDialog")));
        QTRY_VERIFY(pin->isVisible());
        pin->reject();
        QTRY_VERIFY(!m_wizard->findChild<ManagerPinDialog *>("managerPinDialog"));
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::SignInPageId));
        QVERIFY(!child<QAbstractButton>("nextButton")->isEnabled());
        m_wizard->accept(); // not through the pages: refused
        QVERIFY(m_wizard->isVisible());
        QVERIFY(!m_env->reloaded().firstRunDone);
        // Asked again on the button.
        QTest::mouseClick(child<QAbstractButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY(m_wizard->findChild<ManagerPinDialog *>("managerPinDialog"));
    }

    // A manager from before the 6-digit rule signs in and is asked for a new PIN at once.
    void shortOldPinSignsInAndIsReplaced()
    {
        const QByteArray salt = PinHasher::newSalt();
        QSqlQuery insert(m_env->db->connection());
        insert.prepare(QStringLiteral("INSERT INTO managers (name, pin_hash, salt, iterations, "
                                      "created_at) VALUES ('Old', ?, ?, 1000, 0)"));
        insert.addBindValue(PinHasher::hash(QStringLiteral("4711"), salt, 1000));
        insert.addBindValue(salt);
        QVERIFY(insert.exec());
        m_env->managers->setPepper(PinHasher::newPepper());
        recreate();
        ManagerPinDialog *pin = nullptr;
        QTRY_VERIFY((pin = m_wizard->findChild<ManagerPinDialog *>("managerPinDialog")));
        QTRY_VERIFY(pin->isVisible());
        QTest::keyClicks(pin->findChild<QLineEdit *>("pinEdit"), QStringLiteral("4711"));
        QTest::keyClick(pin->findChild<QLineEdit *>("pinEdit"), Qt::Key_Return);
        QTRY_VERIFY(pin->isAskingForNewPin());
        QVERIFY(pin->findChild<QLineEdit *>("newPinEdit")->isVisible());
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::SignInPageId)); // not yet
        shoot("pin-dialog-new-pin", pin);
        // The same rules as everywhere: too easy is refused, then a good one is stored.
        QTest::keyClicks(pin->findChild<QLineEdit *>("newPinEdit"), QStringLiteral("123456"));
        QTest::keyClicks(pin->findChild<QLineEdit *>("newPinRepeatEdit"), QStringLiteral("123456"));
        QTest::keyClick(pin->findChild<QLineEdit *>("newPinRepeatEdit"), Qt::Key_Return);
        QVERIFY(
            pin->findChild<QLabel *>("messageLabel")->text().contains(QLatin1String("too easy")));
        pin->findChild<QLineEdit *>("newPinEdit")->clear();
        pin->findChild<QLineEdit *>("newPinRepeatEdit")->clear();
        QTest::keyClicks(pin->findChild<QLineEdit *>("newPinEdit"), QStringLiteral("902614"));
        QTest::keyClicks(pin->findChild<QLineEdit *>("newPinRepeatEdit"), QStringLiteral("902614"));
        QTest::keyClick(pin->findChild<QLineEdit *>("newPinRepeatEdit"), Qt::Key_Return);
        QTRY_COMPARE(m_wizard->currentId(), int(FirstRunWizard::ShopPageId));
        const AuthResult now =
            m_env->managers->authorize(QStringLiteral("Old"), QStringLiteral("902614"));
        QVERIFY(now.ok());
        QVERIFY(!now.pinTooWeak);
        QVERIFY(!m_env->managers->authorize(QStringLiteral("Old"), QStringLiteral("4711")).ok());
    }

private:
    void recreate()
    {
        m_wizard = std::make_unique<FirstRunWizard>(m_env->settings.get(), m_env->secrets.get(),
                                                    m_env->managers.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void shoot(const QString &name, QWidget *widget = nullptr)
    {
        const QString dir =
            QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        QWidget *w = widget ? widget : m_wizard.get();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    template <typename T> T *child(const char *name)
    {
        T *w = m_wizard->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    void type(const char *name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(name);
        QTest::keyClicks(edit, text);
    }
    void clear(const char *name) { child<QLineEdit>(name)->clear(); }
    void next() { QTest::mouseClick(child<QAbstractButton>("nextButton"), Qt::LeftButton); }

    std::unique_ptr<SettingsTestEnv> m_env;
    std::unique_ptr<FirstRunWizard> m_wizard;
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
