#include "SettingsTestEnv.h"
#include "settings/SecretFile.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_env = std::make_unique<SettingsTestEnv>();
        QVERIFY(m_env->open());
        SettingsValues v = m_env->settings->values();
        v.shopName = QStringLiteral("Cafe");
        m_env->settings->setValues(v);
        QVERIFY(m_env->settings->save().ok());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_env.reset();
    }

    void keyFieldNeverShowsTheStoredKey()
    {
        const QString secret = QStringLiteral("stored-secret-key-0123456789");
        // The owner-only file stands in for the keychain, so this runs with or without one.
        m_env->secrets->setAllowFileFallback(true);
        QVERIFY(SecretFile(m_env->secrets->options().fallbackDirectory)
                    .write(SecretSlot::SecretKey, secret)
                    .ok());
        openDialog();
        QTRY_VERIFY(child<QLabel>("secretKeyStatusLabel")->text().contains(u"••••"));
        auto *keyEdit = child<QLineEdit>("secretKeyEdit");
        QCOMPARE(keyEdit->text(), QString());
        QVERIFY(!keyEdit->isEnabled());
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        const auto noWidgetShows = [&] {
            for (QLineEdit *e : m_dialog->findChildren<QLineEdit *>())
                if (e->text().contains(secret) || e->placeholderText().contains(secret))
                    return false;
            for (QLabel *l : m_dialog->findChildren<QLabel *>())
                if (l->text().contains(secret))
                    return false;
            return true;
        };
        QVERIFY(noWidgetShows());
        QTest::mouseClick(child<QAbstractButton>("replaceKeyButton"), Qt::LeftButton);
        QVERIFY(keyEdit->isEnabled());
        QCOMPARE(keyEdit->text(), QString());
        QVERIFY(noWidgetShows());
    }

    void invalidCidRefusedWithAMessage()
    {
        openDialog();
        auto *cid = child<QLineEdit>("cidEdit");
        cid->clear();
        QTest::keyClicks(cid, QStringLiteral("TC0ONETIM"));
        QTest::mouseClick(child<QAbstractButton>("saveButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLabel>("cidError")->isVisibleTo(m_dialog.get()));
        QVERIFY(child<QLabel>("cidError")->text().contains(QLatin1String("CID")));
        QCOMPARE(child<QTabWidget>("tabs")->currentWidget()->objectName(),
                 QStringLiteral("kakaoPayTab"));
        QCOMPARE(m_env->reloaded().cid, QStringLiteral("TC0ONETIME"));

        // Corrected, it saves and closes.
        QTest::keyClicks(cid, QStringLiteral("E"));
        QTest::mouseClick(child<QAbstractButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_env->reloaded().cid, QStringLiteral("TC0ONETIME"));
    }

    void validChangesAreSaved()
    {
        openDialog();
        auto *name = child<QLineEdit>("shopNameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Bakery"));
        auto *timeout = child<QLineEdit>("counterIdEdit");
        timeout->clear();
        QTest::keyClicks(timeout, QStringLiteral("POS-3"));
        QTest::mouseClick(child<QAbstractButton>("trainingModeCheck"), Qt::LeftButton);
        QTest::mouseClick(child<QAbstractButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        const SettingsValues saved = m_env->reloaded();
        QCOMPARE(saved.shopName, QStringLiteral("Bakery"));
        QCOMPARE(saved.counterId, QStringLiteral("POS-3"));
        QVERIFY(saved.trainingMode);
    }

    void testConnectionSaysWhyItFailed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        openDialog();
        auto *base = child<QLineEdit>("baseUrlEdit");
        base->clear();
        QTest::keyClicks(base, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QTest::mouseClick(child<QAbstractButton>("replaceKeyButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>("secretKeyEdit"), QStringLiteral("training-key"));
        QTest::mouseClick(child<QAbstractButton>("testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>("connectionResultLabel")->text().contains(QLatin1String("127.0.0.1")),
            10000);
        QVERIFY(!child<QLabel>("connectionResultLabel")->property("accepted").toBool());
        QVERIFY(!child<QLabel>("connectionResultLabel")
                     ->text()
                     .contains(QLatin1String("training-key")));
    }

    // The stored key goes only to the saved address: Test connection with a typed, unsaved one
    // asks for the key instead of sending it there.
    void storedKeyOnlyGoesToTheSavedAddress()
    {
        const QString secret = QStringLiteral("stored-secret-key-0123456789");
        SettingsValues v = m_env->settings->values();
        v.allowFileSecretFallback = true; // the file stands in for the keychain
        m_env->settings->setValues(v);
        QVERIFY(m_env->settings->save().ok());
        m_env->secrets->setAllowFileFallback(true);
        QVERIFY(SecretFile(m_env->secrets->options().fallbackDirectory)
                    .write(SecretSlot::SecretKey, secret)
                    .ok());
        QTcpServer server; // a server that is not the saved one; it records what it gets
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this,
                        [&received, socket] { received += socket->readAll(); });
        });
        const QString typed = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        openDialog();
        QTRY_VERIFY(child<QLabel>("secretKeyStatusLabel")->text().contains(u"••••"));
        auto *base = child<QLineEdit>("baseUrlEdit");
        base->clear();
        QTest::keyClicks(base, typed);
        QTest::mouseClick(child<QAbstractButton>("testConnectionButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>("connectionResultLabel")->text().contains(QLatin1String("key")));
        QVERIFY(child<QLineEdit>("secretKeyEdit")->isEnabled()); // ready to type it
        QTest::qWait(300);
        QVERIFY2(received.isEmpty(), received.constData());

        // Saved, the address is the counter's: tested with the stored key.
        QTest::mouseClick(child<QAbstractButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_env->reloaded().baseUrl, QUrl(typed));
        openDialog();
        QTRY_VERIFY(child<QLabel>("secretKeyStatusLabel")->text().contains(u"••••"));
        QTest::mouseClick(child<QAbstractButton>("testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n"), 10000);
        QVERIFY(received.contains(secret.toUtf8()));
    }

    void plainHttpToAnotherComputerIsNotTested()
    {
        openDialog();
        auto *base = child<QLineEdit>("baseUrlEdit");
        base->clear();
        QTest::keyClicks(base, QStringLiteral("http://192.0.2.10:8080"));
        QTest::mouseClick(child<QAbstractButton>("replaceKeyButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>("secretKeyEdit"), QStringLiteral("typed-key"));
        QTest::mouseClick(child<QAbstractButton>("testConnectionButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>("baseUrlError")->isVisibleTo(m_dialog.get()));
        QVERIFY(child<QLabel>("baseUrlError")->text().contains(QLatin1String("https")));
        QVERIFY(!child<QLabel>("connectionResultLabel")->property("accepted").toBool());
    }

    void timeZoneIsValidated()
    {
        openDialog();
        auto *zone = child<QComboBox>("timeZoneCombo");
        QCOMPARE(zone->currentText(), QStringLiteral("Asia/Seoul")); // the default
        zone->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QTest::mouseClick(child<QAbstractButton>("saveButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLabel>("timeZoneError")->isVisibleTo(m_dialog.get()));
        QVERIFY(child<QLabel>("timeZoneError")->text().contains(QLatin1String("Mars")));
        zone->setCurrentText(QStringLiteral("America/New_York"));
        QTest::mouseClick(child<QAbstractButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_env->reloaded().timeZone, QStringLiteral("America/New_York"));
    }

private:
    void openDialog()
    {
        m_dialog = std::make_unique<SettingsDialog>(m_env->settings.get(), m_env->secrets.get(),
                                                    m_env->managers.get(), QStringLiteral("Kim"));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    template <typename T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    std::unique_ptr<SettingsTestEnv> m_env;
    std::unique_ptr<SettingsDialog> m_dialog;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
