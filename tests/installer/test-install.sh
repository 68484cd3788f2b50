#!/usr/bin/env bash
# Install test: PayDesk on a clean Debian 12 root (debootstrap minbase) with no network.
#   test-install.sh bundle BUILD_DIR   the self-extracting .run (builds `bundle` first)
#   test-install.sh deb BUILD_DIR      the CPack .deb plus its dependencies from a local folder
# Installs, runs `paydesk --version`, `paydesk-cli --help` and (when the app has it)
# `paydesk --self-check` offscreen inside the root, checks the third-party notices (every
# bundled file covered, `paydesk --licenses`; the .deb passes lintian), uninstalls, and checks
# that nothing the install added is left. Prints size and timings; exits 77 (skipped) when not
# run as root.
set -euo pipefail

mode="${1:?usage: test-install.sh bundle|deb BUILD_DIR}"
build_dir="$(cd "${2:?usage: test-install.sh bundle|deb BUILD_DIR}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PAYDESK_INSTALLER_CACHE="$build_dir/installer-test"
source "$here/clean-root.sh"

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the install test needs root (chroot, mounts)"
    exit 77
fi
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")"
root="$PAYDESK_INSTALLER_CACHE/root-$mode"
report="$PAYDESK_INSTALLER_CACHE/report-$mode.txt"
mkdir -p "$PAYDESK_INSTALLER_CACHE" # a fresh build tree has none yet
: > "$report"
note() { echo "$*" | tee -a "$report"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }
trap 'clean_root_umount "$root" || true' EXIT

# 1. What to install, built from this tree.
case "$mode" in
    bundle)
        cmake --build "$build_dir" --target bundle >/dev/null
        package="$(ls -t "$build_dir"/bundle/paydesk-"$version"-linux-*.run | head -n1)"
        ;;
    deb)
        (cd "$build_dir" && cpack -G DEB -B "$build_dir/packages" >/dev/null)
        package="$build_dir/packages/paydesk_${version}_$(dpkg --print-architecture).deb"
        ;;
    *) fail "unknown mode $mode" ;;
esac
[ -f "$package" ] || fail "no package at $package"
note "package: $(basename "$package"): $(( $(stat -c %s "$package") / 1024 )) KB"
if [ "$mode" = deb ]; then
    # Debian's own checks, its copyright file (machine-readable format) among them. Info-level
    # tags of a non-release build are listed in installer/README.md; errors and warnings fail.
    command -v lintian >/dev/null || fail "lintian is not installed (scripts/setup.sh installs it)"
    lintian --pedantic -I --tag-display-limit 0 --fail-on error,warning "$package" \
        > "$PAYDESK_INSTALLER_CACHE/lintian.txt" 2>&1 \
        || { cat "$PAYDESK_INSTALLER_CACHE/lintian.txt"; fail "lintian reports errors or warnings"; }
    ! grep -q 'copyright' "$PAYDESK_INSTALLER_CACHE/lintian.txt" \
        || { cat "$PAYDESK_INSTALLER_CACHE/lintian.txt"; fail "lintian has a remark on the copyright file"; }
    note "lintian --pedantic: no error or warning ($(wc -l < "$PAYDESK_INSTALLER_CACHE/lintian.txt") info/pedantic lines)"
fi

# 2. A clean root. Snapshot after everything that is not PayDesk's own (for the .deb: its
#    dependencies, from .debs downloaded beforehand) so the uninstall can be checked exactly.
clean_root_prepare "$root"
if [ "$mode" = deb ]; then
    debs="$PAYDESK_INSTALLER_CACHE/debs"
    mkdir -p "$debs/partial"
    # apt on this machine resolves the dependencies against the clean root's dpkg database and
    # only downloads; the install in the root uses no network.
    apt-get install -y -qq --download-only --no-install-recommends \
        -o Dir::State::status="$root/var/lib/dpkg/status" -o Dir::Cache::archives="$debs" \
        -o Debug::NoLocking=1 "$package" >/dev/null
    mkdir -p "$root/tmp/debs"
    cp "$debs"/*.deb "$root/tmp/debs/"
    rm -f "$root/tmp/debs/paydesk_"*.deb
    note "dependencies: $(ls "$root/tmp/debs" | wc -l) packages, $(du -sm "$root/tmp/debs" | cut -f1) MB"
fi
clean_root_mount "$root"
if [ "$mode" = deb ]; then
    # apt, not a bare `dpkg -i *.deb`: it orders the Pre-Depends (isa-support before
    # sse3-support) that dpkg alone trips over. Local files only, and no network in the root.
    in_root "$root" env DEBIAN_FRONTEND=noninteractive sh -c \
        'apt-get install -y --no-install-recommends /tmp/debs/*.deb' > "$PAYDESK_INSTALLER_CACHE/deps-$mode.log" 2>&1 \
        || { tail -20 "$PAYDESK_INSTALLER_CACHE/deps-$mode.log"; fail "installing the dependencies failed"; }
    rm -rf "$root/tmp/debs"
fi
# A counter PC has a display: the X server's keyboard maps (xkb-data, a dependency of every X
# server) are part of such a machine, so the bundle's root gets the host's copy. The .deb
# depends on xkb-data itself.
if [ "$mode" = bundle ] && command -v Xvfb >/dev/null && [ -d /usr/share/X11/xkb ]; then
    mkdir -p "$root/usr/share/X11"
    cp -r /usr/share/X11/xkb "$root/usr/share/X11/"
fi
before="$PAYDESK_INSTALLER_CACHE/files-before-$mode.txt"
clean_root_listing "$root" > "$before"

# 3. Install, no network.
cp "$package" "$root/tmp/"
if [ "$mode" = bundle ]; then
    # Not as a plain user: it must refuse and leave nothing.
    chmod 0644 "$root/tmp/$(basename "$package")"
    if out="$(in_root "$root" setpriv --reuid=nobody --regid=nogroup --clear-groups \
            sh "/tmp/$(basename "$package")" 2>&1)"; then
        fail "the installer ran as a plain user: $out"
    fi
    grep -q "run as root" <<< "$out" || fail "no 'run as root' message: $out"
    [ ! -e "$root/opt/paydesk" ] || fail "a refused install left /opt/paydesk"
fi
start=$(now_ms)
case "$mode" in
    bundle) in_root "$root" sh "/tmp/$(basename "$package")" ;;
    deb) in_root "$root" dpkg -i "/tmp/$(basename "$package")" ;;
esac
note "install time: $(( $(now_ms) - start )) ms"
if [ "$mode" = bundle ]; then
    # Installing again (an update) goes through the installed uninstaller first.
    out="$(in_root "$root" sh "/tmp/$(basename "$package")" 2>&1)" || fail "second install failed: $out"
    grep -q "Removing the installed PayDesk" <<< "$out" || fail "a second install did not replace the first one"
fi
rm -f "$root/tmp/$(basename "$package")"
if [ "$mode" = bundle ]; then
    note "unpacked size: $(du -sm "$root/opt/paydesk" | cut -f1) MB"
    [ -L "$root/usr/local/bin/paydesk" ] || fail "no /usr/local/bin/paydesk"
    desktop="$root/usr/local/share/applications/paydesk.desktop"
else
    desktop="$root/usr/share/applications/paydesk.desktop"
fi
[ -f "$desktop" ] || fail "no desktop entry"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "installed desktop entry is not valid"
fi

# 4. Run it. The test runs as root, where Chromium needs its sandbox off: the test sets that
#    itself (neither the launcher nor PayDesk ever does).
run_env=(QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1)
out="$(in_root "$root" env "${run_env[@]}" timeout 60 paydesk --version 2>&1)" \
    || fail "paydesk --version failed: $out"
grep -q "$version" <<< "$out" || fail "paydesk --version does not print $version: $out"
note "paydesk --version: $(head -n1 <<< "$out")"
out="$(in_root "$root" env "${run_env[@]}" timeout 60 paydesk-cli --help 2>&1)" \
    || fail "paydesk-cli --help failed: $out"
note "paydesk-cli --help: ok ($(wc -l <<< "$out") lines)"
help="$(in_root "$root" env "${run_env[@]}" timeout 60 paydesk --help 2>&1 || true)"
if grep -q -- '--self-check' <<< "$help"; then
    # As root without the switch (the launcher never sets it): refused with the reason, nothing
    # paid.
    if out="$(in_root "$root" env QT_QPA_PLATFORM=offscreen timeout 120 paydesk --self-check 2>&1)"; then
        fail "paydesk --self-check as root passed without QTWEBENGINE_DISABLE_SANDBOX"
    fi
    grep -q "does not run as root" <<< "$out" || fail "no reason given as root: $out"
    ! grep -q "ready sent" <<< "$out" || fail "a payment was started as root: $out"
    note "self-check as root without the sandbox switch: refused ($(tail -n1 <<< "$out"))"
    start=$(now_ms)
    out="$(in_root "$root" env "${run_env[@]}" timeout 300 paydesk --self-check 2>&1)" \
        || fail "paydesk --self-check failed in the clean root: $(tail -n 30 <<< "$out")"
    note "self-check time: $(( $(now_ms) - start )) ms"
    note "self-check: $(tail -n1 <<< "$out")"
else
    note "self-check: not in this build (paydesk --help does not list --self-check): NOT RUN"
fi

# The same on an X display (Xvfb on this machine, its socket bound into the root): the xcb
# platform plugin, the GL fallback without Mesa, keyboard maps.
if command -v Xvfb >/dev/null && grep -q -- '--self-check' <<< "$help"; then
    mkdir -p /tmp/.X11-unix "$root/tmp/.X11-unix"
    Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3> "$PAYDESK_INSTALLER_CACHE/xvfb-display" \
        2> "$PAYDESK_INSTALLER_CACHE/xvfb.log" &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true; clean_root_umount "$root" || true' EXIT
    for _ in $(seq 50); do [ -s "$PAYDESK_INSTALLER_CACHE/xvfb-display" ] && break; sleep 0.1; done
    display=":$(head -n1 "$PAYDESK_INSTALLER_CACHE/xvfb-display")"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    start=$(now_ms)
    out="$(in_root "$root" env DISPLAY="$display" QTWEBENGINE_DISABLE_SANDBOX=1 timeout 300 \
        paydesk --self-check 2>&1)" || fail "paydesk --self-check on X failed: $(tail -n 30 <<< "$out")"
    note "self-check on X (Xvfb) time: $(( $(now_ms) - start )) ms"
    umount "$root/tmp/.X11-unix"
    kill "$xvfb_pid" 2>/dev/null || true
fi

# Third-party notices, as installed: `paydesk --licenses` prints the installation's index, every
# notice it names is there, and (bundle) every file copied from the system is in the index.
if [ "$mode" = bundle ]; then
    notices=/opt/paydesk/licenses
else
    notices=/usr/share/paydesk/licenses
fi
index="$root$notices/THIRD-PARTY-NOTICES.txt"
[ -f "$index" ] || fail "no $notices/THIRD-PARTY-NOTICES.txt"
in_root "$root" env -u DISPLAY paydesk --licenses > "$PAYDESK_INSTALLER_CACHE/licenses-$mode.txt" \
    || fail "paydesk --licenses failed"
cmp -s "$PAYDESK_INSTALLER_CACHE/licenses-$mode.txt" "$index" \
    || fail "paydesk --licenses does not print $notices/THIRD-PARTY-NOTICES.txt"
components=0
while IFS=$'\t' read -r name _ _ notice _; do
    case "$name" in '#'*|'') continue ;; esac
    components=$((components + 1))
    case "$notice" in /*) path="$root$notice" ;; *) path="$root$notices/$notice" ;; esac
    [ -e "$path" ] || fail "the notice of $name, $notice, is not installed"
done < "$root$notices/components.tsv"
[ "$components" -gt 0 ] || fail "no components listed"
if [ "$mode" = bundle ]; then
    covered=0
    while IFS= read -r f; do
        rel="${f#"$root"/opt/paydesk/}"
        grep -qxF "     $rel" "$index" || fail "$rel is in the bundle but not in THIRD-PARTY-NOTICES.txt"
        covered=$((covered + 1))
    done < <(find "$root/opt/paydesk/lib" "$root/opt/paydesk/plugins" "$root/opt/paydesk/libexec" \
                  "$root/opt/paydesk/resources" "$root/opt/paydesk/translations" "$root/opt/paydesk/fonts" \
                  -type f ! -path '*/lib/paydesk/*' ! -name qt.conf ! -name fonts.conf)
    grep -q "licenses/common-licenses/LGPL-3" "$index" || fail "no LGPL-3 text named"
    [ -f "$root/opt/paydesk/licenses/common-licenses/LGPL-3" ] || fail "no LGPL-3 text"
    note "notices: $components components, $covered bundled files each in the index, licenses/ $(du -sk "$root$notices" | cut -f1) KB"
else
    [ -f "$root/usr/share/doc/paydesk/copyright" ] || fail "no /usr/share/doc/paydesk/copyright"
    note "notices: $components components, each notice installed by its Debian package"
fi

# 5. Uninstall; nothing outside root's home may be left.
case "$mode" in
    bundle) in_root "$root" /opt/paydesk/uninstall.sh ;;
    deb) in_root "$root" dpkg --purge paydesk >/dev/null ;;
esac
# Debian's QtWebEngine, run as root, makes an empty directory next to its own
# QtWebEngineProcess (owned by no package, not ours): it is not a PayDesk leftover.
clean_root_listing "$root" | grep -v -x -e './usr/lib/qt6/libexec/locales' \
    > "$PAYDESK_INSTALLER_CACHE/files-after-$mode.txt"
if ! diff -u "$before" "$PAYDESK_INSTALLER_CACHE/files-after-$mode.txt" > "$PAYDESK_INSTALLER_CACHE/leftovers-$mode.diff"; then
    cat "$PAYDESK_INSTALLER_CACHE/leftovers-$mode.diff" >&2
    fail "the uninstall left files behind (or removed some)"
fi
note "uninstall: nothing left behind"
clean_root_umount "$root"
rm -rf "$root"
echo "PASS ($mode); report in $report"
