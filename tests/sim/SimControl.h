#pragma once

#include "SimHttp.h"

class SimServer;
struct SimError;

// The machine interface for tests under /__sim/ (README "Control interface"): drive a tid's
// buyer side, move the clock, inject faults, read the ledger and the recorded requests.
class SimControl
{
public:
    explicit SimControl(SimServer *server) : m_server(server) {}

    SimHttpResponse handle(const SimHttpRequest &request);

private:
    SimHttpResponse tidAction(const SimHttpRequest &request, const QString &tid,
                              const QString &action);
    static SimHttpResponse failure(const SimError &e);

    SimServer *m_server;
};
