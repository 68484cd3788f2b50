#include "AppContext.h"
#include "AppController.h"
#include "BenchProbe.h"
#include "BuildTree.h"
#include "RenderSetup.h"
#include "SelfCheck.h"
#include "ThirdPartyNotices.h"
#include "core/OwnerOnly.h"
#include "core/ProcessHardening.h"
#include "settings/SecretStore.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Before anything else runs or starts: no core dump can hold the key, no child process
    // (the simulator, the web engine's processes) inherits it, and every file this process
    // makes (journal, settings, exports) is the user's alone.
    ProcessHardening::disableCoreDumps();
    SecretStore::takeEnvironmentSecretKey();
    OwnerOnly::restrictNewFiles();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    AppOptions options;
    switch (AppOptions::parse(arguments, &options)) {
    case AppOptions::Outcome::ExitOk:
        return 0;
    case AppOptions::Outcome::ExitError:
        return 2;
    case AppOptions::Outcome::Run:
        break;
    }
    if (options.licenses) {
        // No window and no display: a QCoreApplication only tells where the program is.
        QCoreApplication core(argc, argv);
        QString error;
        const QByteArray index = ThirdPartyNotices::locate().readIndex(&error);
        if (index.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(index) == index.size() ? 0 : 1;
    }
    AppContext::prepareProcessEnvironment(options);
    RenderSetup::beforeApplication(); // GL or software for the web view: before QApplication

    QApplication app(argc, argv);
    const qint64 applicationReadyUs = BenchProbe::nowMicroseconds();
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));

    AppContext context(options);
    if (!context.initialize()) {
        QTextStream(stderr) << context.errorString() << Qt::endl;
        if (!options.selfCheck)
            QMessageBox::critical(nullptr, QObject::tr("PayDesk"), context.errorString());
        return 1;
    }
    // Timing probe of bench-checkout, off unless PAYDESK_BENCH_PAYMENTS is set, and then only
    // in training mode or for a binary in its build tree: the shipped binary can be measured
    // as it is, but never presses Pay by itself on a real counter.
    BenchProbe::installIfRequested(
        [&context] { return BuildTree::containsApplication() || context.isTraining(); },
        applicationReadyUs);
    if (options.selfCheck) {
        // A key read from the keychain arrives asynchronously.
        while (context.isKeyPending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!context.payBlockReason().isEmpty()) {
            QTextStream(stderr) << context.payBlockReason() << Qt::endl;
            return 1;
        }
        SelfCheck check(context.environment(), context.journal(), !context.isTraining());
        return check.run();
    }
    AppController controller(&context);
    controller.start();
    return app.exec();
}
