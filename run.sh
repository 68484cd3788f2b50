#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, build) and starts PayDesk in training mode: the app
# against the local KakaoPay simulator, with no real money involved.
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"

app="$PAYDESK_BUILD/app/paydesk"
echo "==> Starting PayDesk in training mode"
if [ "$(id -u)" -eq 0 ] && [ -z "${QTWEBENGINE_DISABLE_SANDBOX:-}" ]; then
    echo "    (as root the payment page's sandbox cannot run, so payments stay off: start it as a"
    echo "     normal user, or switch the sandbox off yourself: QTWEBENGINE_DISABLE_SANDBOX=1 ./run.sh)"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "    (no display found: running on a virtual X display; set DISPLAY to see the window)"
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --training "$@"
fi
exec "$app" --training "$@"
