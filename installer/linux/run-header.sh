#!/bin/sh
# PayDesk @VERSION@ for Linux: self-extracting installer. Needs no network and no Qt.
#   sudo sh @NAME@-linux-*.run [--prefix DIR]   install (default /opt/paydesk)
#   sh @NAME@-linux-*.run --extract DIR         only unpack the bundle into DIR
# Uninstall: sudo /opt/paydesk/uninstall.sh (user data is left in place).
set -eu
skip=$(awk '/^__PAYDESK_PAYLOAD_BELOW__$/ { print NR + 1; exit 0 }' "$0")
if [ "${1:-}" = "--extract" ]; then
    dest="${2:?--extract needs a directory}"
    mkdir -p "$dest"
    tail -n +"$skip" "$0" | tar -xzf - -C "$dest"
    echo "Unpacked into $dest/@NAME@"
    exit 0
fi
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/paydesk-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
tail -n +"$skip" "$0" | tar -xzf - -C "$tmp"
"$tmp/@NAME@/install.sh" "$@"
exit $?
__PAYDESK_PAYLOAD_BELOW__
