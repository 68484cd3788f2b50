#!/usr/bin/env bash
# `paydesk --licenses`: prints the third-party index of its installation to stdout and exits 0,
# with no display and without opening a window (a QApplication would abort without a display);
# says where it looked and exits 1 when the notices are missing.
#   licenses-option.sh PAYDESK BUILD_DIR
set -euo pipefail
paydesk="${1:?usage: licenses-option.sh PAYDESK BUILD_DIR}"
build_dir="${2:?usage: licenses-option.sh PAYDESK BUILD_DIR}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
no_display=(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb)

# The build tree's list (installer/linux/Linux.cmake writes it with every build).
"${no_display[@]}" "$paydesk" --licenses > "$tmp/out" 2> "$tmp/err" || fail "exit $?: $(cat "$tmp/err")"
cmp -s "$tmp/out" "$build_dir/licenses/THIRD-PARTY-NOTICES.txt" \
    || fail "--licenses does not print $build_dir/licenses/THIRD-PARTY-NOTICES.txt"
grep -q '^Qt and the LGPL' "$tmp/out" || fail "no Qt LGPL statement"
grep -q 'qt6-base' "$tmp/out" || fail "qt6-base not listed"
[ ! -s "$tmp/err" ] || fail "stderr not empty: $(cat "$tmp/err")"
"$paydesk" --help | grep -q -- '--licenses' || fail "--help does not list --licenses"

# An installation (bin/ next to licenses/, as in the bundle) without its notices, then with.
mkdir -p "$tmp/inst/bin"
cp "$paydesk" "$tmp/inst/bin/paydesk"
if "${no_display[@]}" "$tmp/inst/bin/paydesk" --licenses > "$tmp/out" 2> "$tmp/err"; then
    fail "exit 0 with no notices installed"
fi
grep -q "third-party notices are missing" "$tmp/err" || fail "no clear message: $(cat "$tmp/err")"
grep -q "$tmp/inst/licenses" "$tmp/err" || fail "the message does not say where it looked"
[ ! -s "$tmp/out" ] || fail "printed something on stdout without notices"
mkdir -p "$tmp/inst/licenses"
printf 'index of this installation\n' > "$tmp/inst/licenses/THIRD-PARTY-NOTICES.txt"
"${no_display[@]}" "$tmp/inst/bin/paydesk" --licenses > "$tmp/out" || fail "installed index: exit $?"
[ "$(cat "$tmp/out")" = "index of this installation" ] || fail "not the installation's index: $(cat "$tmp/out")"
echo PASS
