#!/bin/bash
# Switches meant for development are honoured only for a binary in its build tree or in training
# mode: PAYDESK_WEBVIEW_MODULE (load another web-view module) and PAYDESK_BENCH_PAYMENTS (the
# bench probe, which presses Pay by itself). The built binary is copied out of the build tree
# into an installed layout (bin/, lib/…/paydesk/) for it.
#   devswitches.sh PAYDESK WEBVIEW_MODULE SIMULATOR
set -u
paydesk="$1"
module="$2"
simulator="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The installed layout: the module where the binary looks for it (its relative path is in it).
rel="$(strings -a -el "$paydesk" | grep -m1 '^\.\./.*libpaydesk_webview\.so$')"
[ -n "$rel" ] || fail "no install path of the module found in $paydesk"
mkdir -p "$work/bin"
cp "$paydesk" "$simulator" "$work/bin/"
mkdir -p "$(dirname "$work/bin/$rel")"
cp "$module" "$work/bin/$rel"
printf 'not a library' > "$work/junk.so"

run() { # run NAME BINARY ARGS…: a fresh profile each, offscreen
    local name="$1" bin="$2"
    shift 2
    local home="$work/home-$name"
    mkdir -p "$home/run" && chmod 700 "$home/run"
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
        PAYDESK_WEBVIEW_MODULE="$work/junk.so" PAYDESK_BENCH_PAYMENTS=1 \
        PAYDESK_SECRET_KEY=devswitch-test-key timeout 120 "$bin" "$@" > "$work/$name.txt" 2>&1
    echo "--- $name (exit $?)"
    cat "$work/$name.txt"
}

# 1. Installed, real payments: both switches ignored; its own module is loaded.
run installed-real "$work/bin/paydesk" --self-check --base-url https://pay.invalid
out="$(cat "$work/installed-real.txt")"
grep -q "payment view loaded" <<< "$out" || fail "installed binary did not load its own module"
grep -q "PAYDESK_WEBVIEW_MODULE ignored" <<< "$out" || fail "the ignored module is not logged"
! grep -q "^PAYDESK_BENCH " <<< "$out" || fail "the bench probe ran in real mode"
grep -q "PAYDESK_BENCH_PAYMENTS ignored" <<< "$out" || fail "the ignored probe is not said"

# 2. Installed, training: both honoured (the junk module is tried and refused).
run installed-training "$work/bin/paydesk" --self-check
out="$(cat "$work/installed-training.txt")"
grep -q "payment view could not be loaded" <<< "$out" ||
    fail "PAYDESK_WEBVIEW_MODULE not honoured in training mode"
grep -q "^PAYDESK_BENCH probe " <<< "$out" || fail "the bench probe did not start in training"

# 3. The build tree's binary, real payments: honoured (a developer's binary).
run buildtree-real "$paydesk" --self-check --base-url https://pay.invalid
out="$(cat "$work/buildtree-real.txt")"
grep -q "payment view could not be loaded" <<< "$out" ||
    fail "PAYDESK_WEBVIEW_MODULE not honoured for the build tree's binary"
grep -q "^PAYDESK_BENCH probe " <<< "$out" || fail "the bench probe did not start in the build tree"
echo "OK"
