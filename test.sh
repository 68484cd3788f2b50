#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, build) and runs the whole test suite, GUI tests
# included; no display is needed. Exits non-zero on any failure.
#   ./test.sh               every suite except the slow installer tests
#   ./test.sh --installer   the installer tests too (debootstrap a clean root; slow)
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"

exclude=(-LE installer)
if [ "${1:-}" = "--installer" ]; then
    exclude=()
fi

echo "==> Running the tests"
cd "$PAYDESK_BUILD"
# Keychain suites need a Secret Service: a private session bus with an unlocked gnome-keyring.
export HOME_FOR_KEYRING
HOME_FOR_KEYRING="$(mktemp -d)"
status=0
HOME="$HOME_FOR_KEYRING" dbus-run-session -- bash -c '
    echo -n paydesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --output-on-failure --parallel 2 --timeout 900 "$@"
' ctest "${exclude[@]}" || status=$?

# The fault sweep's verdict, both API generations together (tests/faults).
awk '/^fault sweep: [0-9]+ scenarios, [0-9]+ mismatches/ { n += $3; m += $5 }
     END { if (n) printf "fault sweep: %d scenarios, %d mismatches\n", n, m }' \
    Testing/Temporary/LastTest.log
exit "$status"
