#!/bin/sh
# PayDesk launcher: installed as <bundle>/paydesk, <bundle>/paydesk-cli and
# <bundle>/paydesk-kakaopay-sim; runs bin/<its own name> with the bundle's libraries, plugins,
# fonts and web engine files. Works through a symlink (/usr/local/bin/paydesk).
self="$(readlink -f "$0")"
root="$(dirname "$self")"
exe="$root/bin/$(basename "$self")"

# Child processes (QtWebEngineProcess, the simulator started by --self-check) inherit this.
export LD_LIBRARY_PATH="$root/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$root/plugins"
export FONTCONFIG_FILE="$root/fonts/fonts.conf"
export QTWEBENGINEPROCESS_PATH="$root/libexec/QtWebEngineProcess"
export QTWEBENGINE_RESOURCES_PATH="$root/resources"
export QTWEBENGINE_LOCALES_PATH="$root/translations/qtwebengine_locales"

# Without a GL driver (Mesa) the xcb GL integration fails; plain software rendering is fine
# for PayDesk. A user setting wins.
if ! ls /usr/lib/*/libGLX_*.so.0 /usr/lib64/libGLX_*.so.0 >/dev/null 2>&1; then
    export QT_XCB_GL_INTEGRATION="${QT_XCB_GL_INTEGRATION:-none}"
fi
# The payment page always runs in Chromium's sandbox: nothing here switches it off. As root
# PayDesk keeps payments off and says so; start it as the user who works at the counter.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.webenginecontext.info=false}"

exec "$exe" "$@"
