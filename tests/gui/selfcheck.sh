#!/bin/sh
# Runs the built `paydesk --self-check` as IT would after installing a counter, in a throw-away
# profile, offscreen: the web-view module is loaded the way the shipped binary loads it.
#   selfcheck.sh PAYDESK expect-pass
#   selfcheck.sh PAYDESK expect-broken-module   (the module replaced by a file that is no library)
#   selfcheck.sh PAYDESK expect-root-refused    (as root without QTWEBENGINE_DISABLE_SANDBOX)
set -u
paydesk="$1"
mode="$2"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if [ "$mode" = expect-root-refused ]; then
    [ "$(id -u)" -eq 0 ] || { echo "SKIP: not root"; exit 77; }
    unset QTWEBENGINE_DISABLE_SANDBOX QTWEBENGINE_CHROMIUM_FLAGS
fi
if [ "$mode" = expect-broken-module ]; then
    printf 'not a library' > "$home/libpaydesk_webview.so"
    export PAYDESK_WEBVIEW_MODULE="$home/libpaydesk_webview.so"
fi
out="$("$paydesk" --self-check 2>&1)"
rc=$?
printf '%s\n' "$out"
case "$mode" in
expect-pass)
    [ $rc -eq 0 ] || { echo "FAIL: exit $rc, expected 0"; exit 1; }
    echo "$out" | grep -q "payment view loaded" || { echo "FAIL: module load not reported"; exit 1; }
    echo "$out" | grep -q "SELF-CHECK PASSED" || { echo "FAIL: no PASSED line"; exit 1; }
    # What it made is the user's alone: the data folder 0700, the journals 0600.
    data="$XDG_DATA_HOME/PayDesk/PayDesk"
    [ "$(stat -c %a "$data")" = 700 ] || { echo "FAIL: $data is $(stat -c %a "$data")"; exit 1; }
    for f in "$data"/*; do
        [ "$(stat -c %a "$f")" = 600 ] || { echo "FAIL: $f is $(stat -c %a "$f")"; exit 1; }
    done ;;
expect-broken-module)
    [ $rc -eq 1 ] || { echo "FAIL: exit $rc, expected 1"; exit 1; }
    echo "$out" | grep -q "payment view could not be loaded" ||
        { echo "FAIL: the reason is not given"; exit 1; }
    if echo "$out" | grep -q "ready sent"; then echo "FAIL: a payment was started"; exit 1; fi ;;
expect-root-refused)
    [ $rc -ne 0 ] || { echo "FAIL: exit 0 as root with the sandbox on"; exit 1; }
    echo "$out" | grep -q "PayDesk's payment page does not run as root: start PayDesk as a normal user" ||
        { echo "FAIL: the reason is not given"; exit 1; }
    if echo "$out" | grep -q "ready sent"; then echo "FAIL: a payment was started"; exit 1; fi
    if echo "$out" | grep -q "payment view loaded"; then echo "FAIL: the web engine was started"; exit 1; fi ;;
*) echo "unknown mode $mode"; exit 2 ;;
esac
echo "OK"
