#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, build) and starts PayDesk in training mode: the app
# against the local KakaoPay simulator, with no real money involved.
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"

app="$PAYDESK_BUILD/app/paydesk"
echo "==> Starting PayDesk in training mode"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "    (no display found: running on a virtual X display; set DISPLAY to see the window)"
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --training "$@"
fi
exec "$app" --training "$@"
