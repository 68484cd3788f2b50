#include "SettingsTestEnv.h"
#include "settings/FirstRunWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
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

private:
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
