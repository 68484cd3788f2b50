#!/usr/bin/env bash
# Shared set-up for ./run.sh and ./test.sh: installs what a fresh Debian 12 machine lacks, then
# configures and builds PayDesk. Sourced, not run.
set -euo pipefail

PAYDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAYDESK_BUILD="${PAYDESK_BUILD:-$PAYDESK_ROOT/build}"

# Build tools, Qt 6 (WebEngine, HttpServer, SQLite driver, translations), a Hangul font, Xvfb for
# a display-less run, a Secret Service (gnome-keyring on a private D-Bus) for keychain tests,
# openssl for the throw-away certificate of the web view's certificate test, Python 3 for the
# third-party notices (installer/third-party-notices.py), lintian for the .deb's install test, and
# the time zone database (KakaoPay's Korea time, the shop's zone: QTimeZone reads it).
PAYDESK_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qtkeychain-qt6-dev qt6-svg-dev
    libgl-dev fonts-nanum xvfb xauth xkb-data sqlite3 libsqlite3-dev openssl tzdata
    gnome-keyring libsecret-tools dbus-daemon dbus-x11 python3 lintian
)

paydesk_install_packages() {
    local missing=()
    for p in "${PAYDESK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

paydesk_build() {
    if [ ! -f "$PAYDESK_BUILD/CMakeCache.txt" ]; then
        echo "==> Configuring in $PAYDESK_BUILD"
        cmake --preset default -S "$PAYDESK_ROOT" -B "$PAYDESK_BUILD"
    fi
    echo "==> Building"
    cmake --build "$PAYDESK_BUILD" --parallel "$(nproc)"
}

paydesk_install_packages
paydesk_build
