#pragma once

// Whether the running binary sits in the build tree it was built in (a developer's or a test's
// binary) rather than installed. Switches meant for development (PAYDESK_WEBVIEW_MODULE, the
// bench probe's PAYDESK_BENCH_PAYMENTS) are honoured there, and in training mode only: an
// installed counter in real mode must not load other code or press Pay by itself because of an
// environment variable.
class BuildTree
{
public:
    static bool containsApplication();
};
