// Linked into bench_paydesk only: app/main.cpp unchanged, plus the timing probe switched on by
// PAYDESK_BENCH_PAYMENTS. Runs when QApplication is constructed, before anything is shown.
#include "BenchProbe.h"

#include <QCoreApplication>

namespace {
void installBenchProbe()
{
    BenchProbe::installIfRequested();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installBenchProbe)
