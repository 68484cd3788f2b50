#!/bin/sh
# Installs the unpacked PayDesk bundle this script sits in. Run as root, no network needed.
#   install.sh [--prefix DIR]     (default /opt/paydesk)
# Everything written outside DIR is listed in DIR/install-manifest.txt for uninstall.sh.
set -eu
src="$(cd "$(dirname "$0")" && pwd)"
prefix=/opt/paydesk
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
case "$prefix" in /*) ;; *) echo "install.sh: --prefix must be absolute" >&2; exit 2 ;; esac
if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: run as root (sudo)" >&2
    exit 1
fi
version="$(cat "$src/VERSION")"
bindir=/usr/local/bin
appdir=/usr/local/share/applications
icondir=/usr/local/share/icons/hicolor/scalable/apps

# An earlier version is removed first (its own uninstaller); user data is not touched.
if [ -x "$prefix/uninstall.sh" ]; then
    echo "Removing the installed PayDesk $(cat "$prefix/VERSION" 2>/dev/null || echo '?')"
    "$prefix/uninstall.sh" --quiet
fi

echo "Installing PayDesk $version into $prefix"
mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.new"
cp -a "$src" "$prefix.new"
rm -rf "$prefix.new/share/applications" "$prefix.new/share/icons"
mv "$prefix.new" "$prefix"

manifest="$prefix/install-manifest.txt"
: > "$manifest"
# Directories made here are listed too (as "dir:PATH", deepest first) so that uninstall.sh
# leaves /usr/local as it found it.
for d in "$bindir" "$appdir" "$icondir"; do
    missing=""
    while [ ! -d "$d" ]; do missing="$d $missing"; d="$(dirname "$d")"; done
    for m in $missing; do mkdir "$m"; echo "dir:$m" >> "$manifest.dirs"; done
done
for exe in paydesk paydesk-cli; do
    ln -sfn "$prefix/$exe" "$bindir/$exe"
    echo "$bindir/$exe" >> "$manifest"
done
# Exec with the full path: the menu entry works even where /usr/local/bin is not in PATH.
sed "s|^Exec=paydesk|Exec=$prefix/paydesk|" "$src/share/applications/paydesk.desktop" > "$appdir/paydesk.desktop"
chmod 0644 "$appdir/paydesk.desktop"
echo "$appdir/paydesk.desktop" >> "$manifest"
install -m 0644 "$src/share/icons/hicolor/scalable/apps/paydesk.svg" "$icondir/paydesk.svg"
echo "$icondir/paydesk.svg" >> "$manifest"

[ -f "$manifest.dirs" ] && { tac "$manifest.dirs" >> "$manifest"; rm -f "$manifest.dirs"; }
# No update-desktop-database / icon cache: the entry declares no MIME types, desktops watch
# these directories, and the caches would be files left behind by the uninstaller.

if [ ! -e /etc/ssl/certs/ca-certificates.crt ]; then
    echo "Note: no system CA certificates (package ca-certificates): PayDesk cannot reach KakaoPay over https until they are installed." >&2
fi
if [ ! -d /usr/share/X11/xkb/rules ]; then
    echo "Note: no keyboard maps (package xkb-data): the payment page cannot start on a display until they are installed (paydesk --self-check without a display works)." >&2
fi
echo "PayDesk $version installed. Start it from the menu or with 'paydesk' as the user who works at the counter (not root: the payment page runs in a sandbox that refuses root); check with 'paydesk --self-check' as that user."
echo "Uninstall with: $prefix/uninstall.sh"
