#!/bin/sh
# Removes PayDesk installed by install.sh: the bundle directory this script sits in and every
# file listed in its install-manifest.txt. User data (~/.local/share/PayDesk, settings) stays.
#   uninstall.sh [--quiet]
set -eu
main() {
    prefix="$(cd "$(dirname "$0")" && pwd)"
    quiet="${1:-}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "uninstall.sh: run as root (sudo)" >&2
        exit 1
    fi
    # Refuse to remove anything that is not a PayDesk bundle.
    if [ ! -f "$prefix/VERSION" ] || [ ! -x "$prefix/bin/paydesk" ]; then
        echo "uninstall.sh: $prefix does not look like a PayDesk installation" >&2
        exit 1
    fi
    if [ -f "$prefix/install-manifest.txt" ]; then
        while IFS= read -r f; do
            case "$f" in
                dir:/*) rmdir "${f#dir:}" 2>/dev/null || true ;; # only when empty
                /*) rm -f "$f" ;;
            esac
        done < "$prefix/install-manifest.txt"
    fi
    cd /
    rm -rf "$prefix"
    [ "$quiet" = "--quiet" ] || echo "PayDesk removed from $prefix. User data in each user's ~/.local/share/PayDesk was kept."
}
main "$@"
exit 0
