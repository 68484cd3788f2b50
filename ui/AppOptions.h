#pragma once

#include "kakaopay/KakaoPayTypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

// PayDesk's command line. Parsed before QApplication exists so --version and --help work
// without a display.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    enum class Outcome
    {
        Run,
        ExitOk,   // --version / --help printed
        ExitError // bad option: message printed
    };

    bool training = false;
    QUrl baseUrl;
    bool apiGiven = false;
    KakaoPay::ApiGeneration api = KakaoPay::ApiGeneration::Current;
    bool selfCheck = false;
    bool licenses = false;    // print the third-party notices and exit (no window, no display)
    QString simulatorProgram; // not an option: tests name the simulator they built

    // Parses argv; prints version/help/errors itself.
    static Outcome parse(const QStringList &arguments, AppOptions *out);
};
