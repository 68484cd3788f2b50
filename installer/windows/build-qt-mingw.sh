#!/usr/bin/env bash
# Cross-builds the Qt that PayDesk's Windows build stands on, with MinGW-w64 on Debian 12, from
# Debian's own source packages (no download outside the package registry):
#   qtbase 6.4.2 (Core Gui Widgets Network Sql+SQLite Test PrintSupport; TLS by Schannel),
#   qtsvg, QtKeychain (Windows Credential Manager), SQLite from Debian's sqlite3 source.
# Host tools (moc, rcc, uic, lrelease, lupdate …) are Debian's own Qt 6.4.2 (QT_HOST_PATH=/usr).
#
#   installer/windows/build-qt-mingw.sh            build into the cache, or verify it if present
#   installer/windows/build-qt-mingw.sh --verify   only verify the cache (exit 1 if incomplete)
#   installer/windows/build-qt-mingw.sh --rebuild  throw the cache away and build it again
#
# Cache folder: $PAYDESK_QT_MINGW (default $HOME/.cache/paydesk-qt-mingw/6.4.2):
#   qt/                    the install prefix: CMAKE_PREFIX_PATH of the `mingw` preset
#   qt/bin/                Qt's DLLs and MinGW's runtime DLLs (libstdc++-6, libgcc_s_seh-1,
#                          libwinpthread-1), so a program runs under wine with WINEPATH=qt/bin
#   mingw-w64-x86_64.cmake the toolchain file the build used (Qt's qt.toolchain.cmake loads it)
#   stamp.txt              what was built: source package versions, compiler, options, time
#   work/                  sources and build trees while building; removed after a good build
#                          (PAYDESK_QT_MINGW_KEEP_WORK=1 keeps it); a failed run resumes there.
#
# Needs root (or sudo) for apt-get: installs the MinGW-w64 compilers, wine, nsis, ninja, cmake,
# dpkg-dev, and adds a deb-src list for Debian's own archive if none is configured.
# The first run takes about 80 min on 2 shared cores and needs 2.5 GB free while it builds; the
# cache is 116 MB (installer/README.md). The compilers run under `nice -n 19`. Not part of
# ./test.sh or .ci/run.
set -euo pipefail

QT_VERSION=6.4.2
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${PAYDESK_QT_MINGW:-$HOME/.cache/paydesk-qt-mingw/$QT_VERSION}"
PREFIX="$CACHE/qt"
WORK="$CACHE/work"
STAMP="$CACHE/stamp.txt"
TOOLCHAIN="$CACHE/mingw-w64-x86_64.cmake"
JOBS="${PAYDESK_QT_MINGW_JOBS:-$(nproc)}"
TRIPLE=x86_64-w64-mingw32
NICE=(nice -n 19)

mode=build
case "${1:-}" in
    "") ;;
    --verify) mode=verify ;;
    --rebuild) mode=rebuild ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
esac

log() { printf '==> [%(%H:%M:%S)T] %s\n' -1 "$*"; }
die() { printf 'build-qt-mingw: %s\n' "$*" >&2; exit 1; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# --- packages ------------------------------------------------------------------------------------
# Host Qt (its tools are used for the cross build: moc, rcc, uic, qtpaths, lrelease, lupdate),
# the MinGW-w64 compilers (posix threads: Qt needs std::thread), wine to run the results, nsis for
# the installer, tcl to make SQLite's amalgamation from Debian's sqlite3 source.
PACKAGES=(
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    mingw-w64-x86-64-dev wine wine64 nsis ninja-build cmake dpkg-dev tcl
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
)

install_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${#missing[@]} packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# --- deb-src -------------------------------------------------------------------------------------
# apt-get source needs a deb-src entry. If none is configured, one is added in its own file, made
# from the configured `deb` entries (same mirror, suites, components, keyring): deb822 stanzas of
# *.sources files and one-line entries of sources.list / *.list.
DEBSRC_SOURCES=/etc/apt/sources.list.d/paydesk-deb-src.sources
DEBSRC_LIST=/etc/apt/sources.list.d/paydesk-deb-src.list

have_deb_src() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] && grep -Eq '^[[:space:]]*deb-src[[:space:]]' "$f" && return 0
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && grep -Eiq '^Types:.*deb-src' "$f" && return 0
    done
    return 1
}

add_deb_src() {
    have_deb_src && return 0
    local f tmp
    tmp="$(mktemp)"
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        # Each stanza whose Types is exactly "deb", with Types rewritten to deb-src. Stanzas are
        # separated by blank lines; comment lines are dropped.
        awk 'BEGIN { RS = ""; ORS = "\n\n" }
             {
               n = split($0, l, "\n"); keep = 0; out = ""
               for (i = 1; i <= n; i++) {
                 if (l[i] ~ /^#/) continue
                 if (l[i] ~ /^Types:[ \t]*deb[ \t]*$/) { keep = 1; l[i] = "Types: deb-src" }
                 if (l[i] ~ /^Enabled:[ \t]*no/) keep = 0
                 out = out l[i] "\n"
               }
               if (keep) printf "%s\n", out
             }' "$f" >>"$tmp"
    done
    if [ -s "$tmp" ]; then
        log "Adding deb-src entries in $DEBSRC_SOURCES"
        { echo "# Added by PayDesk's installer/windows/build-qt-mingw.sh: source packages for"
          echo "# apt-get source (the Qt cross build)."; echo; cat "$tmp"; } | $SUDO tee "$DEBSRC_SOURCES" >/dev/null
    else
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] && sed -nE 's/^[[:space:]]*deb([[:space:]])/deb-src\1/p' "$f" >>"$tmp"
        done
        [ -s "$tmp" ] || die "no deb entry found in /etc/apt to make a deb-src entry from"
        log "Adding deb-src entries in $DEBSRC_LIST"
        { echo "# Added by PayDesk's installer/windows/build-qt-mingw.sh (apt-get source)."
          cat "$tmp"; } | $SUDO tee "$DEBSRC_LIST" >/dev/null
    fi
    rm -f "$tmp"
    $SUDO apt-get update -qq
}

# --- sources -------------------------------------------------------------------------------------
# The source packages matching the installed host Qt (same Debian revision: the host tools and the
# cross-built libraries must be the same Qt), and sqlite3 matching the installed libsqlite3.
src_version() { dpkg-query -W -f='${source:Version}' "$1"; }
QTBASE_VER="$(src_version qt6-base-dev 2>/dev/null || true)"

fetch_sources() {
    local svg_ver keychain_ver sqlite_ver
    svg_ver="$(apt-cache show --no-all-versions qt6-svg-dev 2>/dev/null | sed -n 's/^Version: //p' | head -1)"
    keychain_ver="$(apt-cache show --no-all-versions qtkeychain-qt6-dev 2>/dev/null | sed -n 's/^Version: //p' | head -1)"
    sqlite_ver="$(apt-cache show --no-all-versions libsqlite3-0 2>/dev/null | sed -n 's/^Version: //p' | head -1)"
    [ -n "$svg_ver" ] && [ -n "$keychain_ver" ] && [ -n "$sqlite_ver" ] \
        || die "apt-cache does not know qt6-svg-dev / qtkeychain-qt6-dev / libsqlite3-0"
    mkdir -p "$WORK/src"
    printf 'qt6-base %s\nqt6-svg %s\nqtkeychain %s\nsqlite3 %s\n' \
        "$QTBASE_VER" "$svg_ver" "$keychain_ver" "$sqlite_ver" >"$WORK/versions.txt"
    local pkg ver
    while read -r pkg ver; do
        [ -f "$WORK/src/.$pkg.extracted" ] && continue
        log "apt-get source $pkg=$ver"
        if (cd "$WORK/src" && apt-get source -qq "$pkg=$ver" >"$WORK/src/$pkg.log" 2>&1); then
            echo "$pkg Debian source $ver (apt-get source)" >"$WORK/src/.$pkg.extracted"
        elif from_local_sources "$pkg" "$ver"; then
            :
        else
            sed 's/^/    /' "$WORK/src/$pkg.log" | grep -E 'E:|Err' || true
            case "$pkg" in
                qt6-base|sqlite3) die "apt-get source $pkg=$ver failed (see $WORK/src/$pkg.log)" ;;
                *) echo "build-qt-mingw: WARNING: no source for $pkg=$ver: it is left out" \
                        "(put Debian's files for it in \$PAYDESK_QT_MINGW_SOURCES, see --help)" >&2 ;;
            esac
        fi
    done <"$WORK/versions.txt"
}

# When the package mirror has the .dsc but not the tarballs (seen here for qt6-svg and qtkeychain:
# 404 on the tarballs), a folder named by $PAYDESK_QT_MINGW_SOURCES can supply them:
#   - Debian's files (from any Debian mirror): dpkg-source checks them against the .dsc, or
#   - an unpacked source tree named <package>-<upstream version> (qt6-svg-6.4.2,
#     qtkeychain-0.13.2), e.g. `git archive` of the upstream tag; recorded as such in the stamp.
from_local_sources() {
    local pkg="$1" ver="$2" dir="${PAYDESK_QT_MINGW_SOURCES:-}" dsc upstream f
    [ -n "$dir" ] && [ -d "$dir" ] || return 1
    ver="${ver#*:}"
    upstream="${ver%-*}"
    dsc="${pkg}_${ver}.dsc"
    (cd "$WORK/src" && { [ -f "$dsc" ] || apt-get source -qq --download-only "$pkg=$ver" >/dev/null 2>&1 || true; })
    [ -f "$WORK/src/$dsc" ] || cp "$dir/$dsc" "$WORK/src/" 2>/dev/null || true
    if [ -f "$WORK/src/$dsc" ]; then
        local all=1
        for f in $(sed -n '/^Files:/,/^$/p' "$WORK/src/$dsc" | awk 'NF == 3 { print $3 }'); do
            [ -f "$WORK/src/$f" ] || cp "$dir/$f" "$WORK/src/" 2>/dev/null || all=0
        done
        if [ "$all" = 1 ]; then
            log "Using Debian's files for $pkg from $dir"
            (cd "$WORK/src" && dpkg-source -x "$dsc" >>"$WORK/src/$pkg.log" 2>&1) || return 1
            echo "$pkg Debian source $ver (files from $dir, checked against the .dsc)" \
                >"$WORK/src/.$pkg.extracted"
            return 0
        fi
    fi
    if [ -d "$dir/$pkg-$upstream" ]; then
        log "Using the source tree $dir/$pkg-$upstream (not Debian's package: no Debian patches)"
        cp -a "$dir/$pkg-$upstream" "$WORK/src/"
        echo "$pkg upstream tree $upstream from $dir (no Debian patches)" >"$WORK/src/.$pkg.extracted"
        return 0
    fi
    return 1
}

srcdir() { find "$WORK/src" -mindepth 1 -maxdepth 1 -type d -name "$1-*" | head -1; }

# --- toolchain -----------------------------------------------------------------------------------
write_toolchain() {
    # The project's toolchain file, copied into the cache: Qt's installed qt.toolchain.cmake
    # chain-loads the file the build used, so it must stay where it is as long as the cache does.
    mkdir -p "$CACHE"
    cp "$ROOT/cmake/mingw-w64-x86_64.cmake" "$TOOLCHAIN"
}

cmake_build() { # build dir, then install
    "${NICE[@]}" cmake --build "$1" --parallel "$JOBS"
    cmake --install "$1"
}

# --- SQLite --------------------------------------------------------------------------------------
# Debian's +dfsg qtbase tarball has no src/3rdparty/sqlite. Debian's sqlite3 source is the full
# tree; its amalgamation (sqlite3.c, sqlite3.h, built with tclsh on the host) goes where Qt
# expects its bundled copy, so the SQLite driver is built as upstream builds it (statically in).
make_sqlite() {
    local dst="$1/src/3rdparty/sqlite" sq
    [ -f "$dst/sqlite3.c" ] && return 0
    sq="$(srcdir sqlite3)"
    [ -n "$sq" ] || die "sqlite3 source missing"
    log "Making SQLite's amalgamation from $(basename "$sq")"
    mkdir -p "$WORK/build/sqlite"
    (cd "$WORK/build/sqlite" && "$sq/configure" --quiet >/dev/null && "${NICE[@]}" make -s sqlite3.c >/dev/null)
    mkdir -p "$dst"
    cp "$WORK/build/sqlite/sqlite3.c" "$WORK/build/sqlite/sqlite3.h" "$dst/"
}

# --- qtbase --------------------------------------------------------------------------------------
# Only what PayDesk needs; everything else is off to save build time. TLS: OpenSSL is off (not
# cross-built), so Schannel (Windows' own TLS) is the backend. direct2d must stay on: Gui builds
# its DirectWrite font engine only with it, and PrintSupport calls that engine whenever
# DirectWrite is on (with -DFEATURE_direct2d=OFF, Qt6PrintSupport.dll fails to link).
QTBASE_OPTIONS=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=ON
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF
    -DQT_BUILD_TOOLS_WHEN_CROSSCOMPILING=OFF
    -DFEATURE_dbus=OFF -DFEATURE_opengl=OFF -DINPUT_openssl=no -DFEATURE_openssl=OFF
    -DFEATURE_schannel=ON
    -DFEATURE_tabletevent=OFF
    -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=OFF
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF
    -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF
    -DFEATURE_concurrent=OFF -DFEATURE_xml=ON
    -DFEATURE_vulkan=OFF -DFEATURE_direct2d=ON
    -DFEATURE_testlib=ON -DFEATURE_printsupport=ON -DFEATURE_widgets=ON -DFEATURE_network=ON
)

# Qt 6.4.2's Windows platform plugin does not compile with OpenGL off: with -DFEATURE_opengl=OFF
# the public feature dynamicgl stays on, and qwindowswindow.cpp then uses QOpenGLStaticContext,
# which is only built with OpenGL. (-DINPUT_opengl=no turns both off and would need no patch, but
# was not tried here: changing it means rebuilding most of Gui and Widgets.)
patch_qtbase() {
    local f="$1/src/plugins/platforms/windows/qwindowswindow.cpp"
    grep -q 'QT_CONFIG(dynamicgl) && QT_CONFIG(opengl)' "$f" && return 0
    log "Patching $f: isSoftwareGl() needs OpenGL"
    awk '/^static inline bool isSoftwareGl\(\)/ { inside = 1 }
         inside && /^#if QT_CONFIG\(dynamicgl\)$/ { $0 = "#if QT_CONFIG(dynamicgl) && QT_CONFIG(opengl)"; inside = 0 }
         { print }' "$f" >"$f.new"
    grep -q 'QT_CONFIG(dynamicgl) && QT_CONFIG(opengl)' "$f.new" || die "patching $f failed"
    mv "$f.new" "$f"
}

build_qtbase() {
    [ -f "$WORK/qtbase.done" ] && return 0
    local src
    src="$(srcdir qt6-base)"
    [ -n "$src" ] || die "qt6-base source missing"
    make_sqlite "$src"
    patch_qtbase "$src"
    log "Configuring qtbase ($(basename "$src"))"
    mkdir -p "$WORK/build/qtbase"
    cmake -S "$src" -B "$WORK/build/qtbase" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        "${QTBASE_OPTIONS[@]}" >"$WORK/qtbase-configure.log" 2>&1 \
        || { tail -40 "$WORK/qtbase-configure.log"; die "qtbase configure failed ($WORK/qtbase-configure.log)"; }
    grep -E '^(  )?(Schannel|SQLite|OpenSSL|Using system|  Widgets|  Network|  PrintSupport)' \
        "$WORK/qtbase-configure.log" || true
    log "Building qtbase ($JOBS jobs, nice 19)"
    cmake_build "$WORK/build/qtbase"
    touch "$WORK/qtbase.done"
}

# --- qtsvg, QtKeychain: cmake projects on top of the cross Qt ------------------------------------
qt_module() { # name, source dir, extra cmake args…
    local name="$1" src="$2"; shift 2
    [ -f "$WORK/$name.done" ] && return 0
    log "Configuring $name ($(basename "$src"))"
    cmake -S "$src" -B "$WORK/build/$name" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_BUILD_TYPE=Release "$@" \
        >"$WORK/$name-configure.log" 2>&1 \
        || { tail -40 "$WORK/$name-configure.log"; die "$name configure failed ($WORK/$name-configure.log)"; }
    log "Building $name"
    cmake_build "$WORK/build/$name"
    touch "$WORK/$name.done"
}

build_qtsvg() {
    local src
    src="$(srcdir qt6-svg)"
    [ -n "$src" ] || { echo "build-qt-mingw: WARNING: qtsvg left out (no source)" >&2; return 0; }
    qt_module qtsvg "$src" -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
}

build_qtkeychain() {
    # Windows backend: the Credential Manager (USE_CREDENTIAL_STORE, the default on WIN32).
    # Its own translations (no Korean among them) are left out: PayDesk does not load them.
    local src
    src="$(srcdir qtkeychain)"
    [ -n "$src" ] || { echo "build-qt-mingw: WARNING: QtKeychain left out (no source)" >&2; return 0; }
    qt_module qtkeychain "$src" -DBUILD_WITH_QT6=ON -DUSE_CREDENTIAL_STORE=ON \
        -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON
}

copy_mingw_runtime() {
    local dll path
    for dll in libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll; do
        path="$("$TRIPLE-g++-posix" -print-file-name="$dll")"
        [ -f "$path" ] || path="$(find /usr/lib/gcc/$TRIPLE /usr/$TRIPLE/lib -name "$dll" -path '*posix*' 2>/dev/null | head -1)"
        [ -f "$path" ] || path="$(find /usr/lib/gcc/$TRIPLE /usr/$TRIPLE/lib -name "$dll" 2>/dev/null | head -1)"
        [ -f "$path" ] || die "MinGW runtime $dll not found"
        cp "$path" "$PREFIX/bin/"
    done
}

# --- verify --------------------------------------------------------------------------------------
REQUIRED_FILES=(
    lib/cmake/Qt6/Qt6Config.cmake lib/cmake/Qt6/qt.toolchain.cmake
    bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Network.dll bin/Qt6Sql.dll
    bin/Qt6Test.dll bin/Qt6PrintSupport.dll
    bin/libstdc++-6.dll bin/libgcc_s_seh-1.dll bin/libwinpthread-1.dll
    plugins/platforms/qwindows.dll plugins/platforms/qoffscreen.dll plugins/platforms/qminimal.dll
    plugins/sqldrivers/qsqlite.dll plugins/tls/qschannelbackend.dll
)
QTSVG_FILES=(bin/Qt6Svg.dll plugins/imageformats/qsvg.dll plugins/iconengines/qsvgicon.dll)
QTKEYCHAIN_FILES=(bin/libqt6keychain.dll lib/cmake/Qt6Keychain/Qt6KeychainConfig.cmake)

verify() {
    local f missing=0 files=("${REQUIRED_FILES[@]}")
    [ -f "$STAMP" ] || { echo "build-qt-mingw: no $STAMP: the cache is not complete" >&2; return 1; }
    grep -q '^qtsvg built' "$STAMP" && files+=("${QTSVG_FILES[@]}")
    grep -q '^qtkeychain built' "$STAMP" && files+=("${QTKEYCHAIN_FILES[@]}")
    for f in "${files[@]}"; do
        [ -e "$PREFIX/$f" ] || { echo "build-qt-mingw: missing $PREFIX/$f" >&2; missing=1; }
    done
    [ -f "$TOOLCHAIN" ] || { echo "build-qt-mingw: missing $TOOLCHAIN" >&2; missing=1; }
    [ "$missing" -eq 0 ] || return 1
    local built host
    built="$(sed -n 's/^qt6-base //p' "$STAMP")"
    host="$(src_version qt6-base-dev 2>/dev/null || true)"
    if [ -n "$host" ] && [ "$built" != "$host" ]; then
        echo "build-qt-mingw: the cache was built from qt6-base $built but the host Qt is $host;" \
            "run with --rebuild" >&2
        return 1
    fi
    echo "Qt for MinGW-w64 in $PREFIX: complete ($(du -sh "$CACHE" | cut -f1))"
    sed 's/^/    /' "$STAMP"
}

write_stamp() {
    local start="$1" end
    end="$(date +%s)"
    {
        cat "$WORK/versions.txt"
        cat "$WORK"/src/.*.extracted | sed 's/^/source /'
        echo "patch qwindowswindow.cpp: isSoftwareGl() only with OpenGL (see patch_qtbase)"
        local part
        for part in qtbase qtsvg qtkeychain; do
            if [ -f "$WORK/$part.done" ]; then echo "$part built"; else echo "$part MISSING (no source)"; fi
        done
        echo "compiler $("$TRIPLE-g++-posix" --version | head -1)"
        echo "host-qt $(dpkg-query -W -f='${Version}' qt6-base-dev-tools)"
        echo "qtbase-options ${QTBASE_OPTIONS[*]}"
        echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ); the last run took $(( (end - start) / 60 )) min" \
            "on $(nproc) cores (a resumed build counts only its last run)"
    } >"$STAMP"
}

# --- main ----------------------------------------------------------------------------------------
# All in one function, called on the last line: bash reads a script as it runs, so editing the file
# during a long build would otherwise change what the running build does next.
main() {
    if [ "$mode" = verify ]; then
        verify
        return
    fi
    if [ "$mode" = rebuild ] && [ -d "$CACHE" ]; then
        # Only a folder that looks like this script's cache (a mistyped $PAYDESK_QT_MINGW must not
        # empty something else).
        [ -f "$STAMP" ] || [ -d "$WORK" ] || [ -d "$PREFIX" ] || [ -z "$(ls -A "$CACHE")" ] \
            || die "$CACHE does not look like a Qt cache (no stamp.txt, work/ or qt/): not removing it"
        log "Removing $CACHE"
        rm -rf "$CACHE"
    fi
    if [ -f "$STAMP" ]; then
        verify
        return
    fi

    local start
    start="$(date +%s)"
    install_packages
    [ -n "$QTBASE_VER" ] || QTBASE_VER="$(src_version qt6-base-dev)"
    add_deb_src
    fetch_sources
    write_toolchain
    build_qtbase
    build_qtsvg
    build_qtkeychain
    copy_mingw_runtime
    write_stamp "$start"
    if [ "${PAYDESK_QT_MINGW_KEEP_WORK:-0}" != 1 ]; then
        rm -rf "$WORK"
    fi
    log "Done in $(( ($(date +%s) - start) / 60 )) min"
    verify
}

main; exit
