#!/usr/bin/env bash
# Builds the self-contained Linux bundle of PayDesk: one self-extracting .run file that installs
# into /opt/paydesk on a counter PC with no internet and no Qt installed.
#
#   installer/linux/build-bundle.sh BUILD_DIR [OUT_DIR]
#
# BUILD_DIR is a configured and built PayDesk build tree (`cmake --build BUILD_DIR --target bundle`
# runs this). Output: OUT_DIR (default BUILD_DIR/bundle)/paydesk-VERSION-linux-ARCH.run, plus the
# unpacked tree in OUT_DIR/paydesk-VERSION/ for inspection.
#
# Libraries are collected from what `ldd` reports for every executable and every copied Qt plugin,
# never from a hand-kept list. Only libraries that are loaded with dlopen() (so ldd cannot see
# them) are named below, each with the reason.
#
# Every file put into the bundle is recorded (MANIFEST: where it came from: a system file, or
# PayDesk's own); installer/third-party-notices.py turns that into licenses/ with the notice of
# each Debian package a file was copied from, and fails the build when a file has none.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build_dir="$(cd "${1:?usage: build-bundle.sh BUILD_DIR [OUT_DIR]}" && pwd)"
out_dir="${2:-$build_dir/bundle}"

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")"
[ -n "$version" ] || { echo "build-bundle: no project version in $build_dir/CMakeCache.txt" >&2; exit 1; }
arch="$(uname -m)"
name="paydesk-$version"
stage="$out_dir/$name"
run_file="$out_dir/$name-linux-$arch.run"

qtpaths="$(command -v qtpaths6 || echo /usr/lib/qt6/bin/qtpaths)"
qt_query() { "$qtpaths" --query "$1"; }
qt_plugins="$(qt_query QT_INSTALL_PLUGINS)"
qt_libexec="$(qt_query QT_INSTALL_LIBEXECS)"
qt_data="$(qt_query QT_INSTALL_DATA)"
qt_translations="$(qt_query QT_INSTALL_TRANSLATIONS)"

log() { echo "build-bundle: $*"; }

manifest="$out_dir/$name-files.tsv"

rm -rf "$stage" "$run_file"
mkdir -p "$stage"/{lib,libexec,plugins,resources,translations/qtwebengine_locales,fonts}
: > "$manifest"

# record PATH_IN_STAGE ORIGIN: ORIGIN is the system file it was copied from, or PayDesk.
record() { printf '%s\t%s\n' "$1" "$2" >> "$manifest"; }
# sys_copy SYSTEM_FILE PATH_IN_STAGE: copy a file of the system (its content, not a symlink).
sys_copy() {
    cp -L "$1" "$stage/$2"
    record "$2" "$1"
}

# 1. Our own files, through the project's install() rules (bin/, share/applications, share/icons).
log "staging PayDesk $version"
cmake --install "$build_dir" --prefix "$stage" >/dev/null
for exe in paydesk paydesk-cli paydesk-kakaopay-sim; do
    [ -x "$stage/bin/$exe" ] || { echo "build-bundle: $exe was not built/installed" >&2; exit 1; }
done
strip --strip-unneeded "$stage"/bin/* 2>/dev/null || true
# share/paydesk/licenses is the .deb's list of the Debian packages it uses (the bundle makes its
# own licenses/ below); share/lintian is the .deb's lintian overrides.
rm -rf "$stage/share/paydesk" "$stage/share/lintian"
while IFS= read -r f; do record "${f#"$stage"/}" PayDesk; done < <(find "$stage" ! -type d | sort)

# 2. The Chromium helper process, with a qt.conf of its own: it resolves its paths from its own
#    directory, not from bin/.
sys_copy "$qt_libexec/QtWebEngineProcess" libexec/QtWebEngineProcess
cp "$here/qt.conf" "$stage/bin/qt.conf"
cp "$here/qt.conf" "$stage/libexec/qt.conf"
record bin/qt.conf PayDesk
record libexec/qt.conf PayDesk

# 3. Qt plugins. Platforms: xcb for X11 desktops (Wayland sessions run it through XWayland),
#    offscreen for `--self-check` on a machine without a display, minimal as a last resort.
#    The ibus input context is how Korean is typed (ibus-hangul). Other plugin directories
#    (eglfs, vnc, qml debugging, geolocation) are not used by PayDesk.
copy_plugins() { # DIR [FILE...]; every .so of DIR when no FILE is given
    local dir="$1"; shift
    [ -d "$qt_plugins/$dir" ] || { echo "build-bundle: Qt plugin dir $dir missing" >&2; exit 1; }
    mkdir -p "$stage/plugins/$dir"
    if [ $# -eq 0 ]; then
        for f in "$qt_plugins/$dir"/*.so; do sys_copy "$f" "plugins/$dir/${f##*/}"; done
    else
        for f in "$@"; do sys_copy "$qt_plugins/$dir/$f" "plugins/$dir/$f"; done
    fi
}
copy_plugins platforms libqxcb.so libqoffscreen.so libqminimal.so
for dir in xcbglintegrations sqldrivers tls imageformats iconengines platforminputcontexts printsupport; do
    copy_plugins "$dir"
done

# 4. WebEngine data. Without resources/*.pak the application aborts at start. Debian's
#    QtWebEngine uses the system ICU (libicu*, found by ldd), so icudtl.dat exists only with an
#    upstream Qt build. Of the 50 locale packs only English and Korean are needed.
for f in "$qt_data"/resources/qtwebengine_*.pak; do sys_copy "$f" "resources/${f##*/}"; done
for f in "$qt_data/resources/icudtl.dat" "$qt_libexec/../resources/icudtl.dat"; do
    [ -f "$f" ] && sys_copy "$f" resources/icudtl.dat && break
done
for loc in en-US ko; do
    sys_copy "$qt_translations/qtwebengine_locales/$loc.pak" "translations/qtwebengine_locales/$loc.pak"
done
# Qt's own strings (dialog buttons, web engine messages) in Korean and English.
for f in "$qt_translations"/qt*_ko.qm "$qt_translations"/qt*_en.qm; do
    sys_copy "$f" "translations/${f##*/}"
done

# 5. Fonts. With no font at all the renderer process crashes and every page fails to load;
#    Korean text needs a Hangul font (Nanum). DejaVu covers symbols Nanum lacks.
mkdir -p "$stage/fonts/truetype"
for f in /usr/share/fonts/truetype/nanum/NanumGothic.ttf /usr/share/fonts/truetype/nanum/NanumGothicBold.ttf \
         /usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf /usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf \
         /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
         /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf; do
    [ -f "$f" ] || { echo "build-bundle: font $f missing (apt-get install fonts-nanum fonts-dejavu-core)" >&2; exit 1; }
    sys_copy "$f" "fonts/truetype/${f##*/}"
done
cp "$here/fonts.conf" "$stage/fonts/fonts.conf"
record fonts/fonts.conf PayDesk

# 6. No keyboard data (xkb): Chromium reads it from the fixed path /usr/share/X11/xkb and ignores
#    XKB_CONFIG_ROOT (seen in the clean-root test), so a bundled copy would not help. Every
#    machine with an X server has it (xserver-common depends on xkb-data); install.sh warns
#    when it is missing. Offscreen (--self-check without a display) does not need it.

# 7. Libraries. ldd is recursive: one pass over every ELF file lists the whole closure.
#    Left out, because they must match the system's C library (the glibc family, package libc6):
#    libc, libm, libdl, libpthread, librt, libresolv, libutil, libanl, libmvec, ld-linux, vdso.
#    Also left out: libstdc++ and libgcc_s. Our binaries need the system's glibc >= the build's
#    anyway (2.36, Debian 12), so the system's libstdc++ is never older than ours, and the
#    system's GL drivers (Mesa) that glvnd loads need the system's own, possibly newer, libstdc++.
#    Every Debian root has both (apt depends on them).
glibc_family='^(linux-vdso|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libmvec|ld-linux-x86-64|ld-linux-aarch64|ld-linux|libstdc\+\+|libgcc_s)\.so'

# Loaded with dlopen(), so ldd cannot see them:
#  - GL dispatch (glvnd): Qt's xcb GLX/EGL integrations and Chromium open libEGL/libGLX/libGL/
#    libGLESv2/libOpenGL by name. The vendor driver (Mesa) stays the system's: it must match
#    the machine's graphics hardware.
#  - OpenSSL: Qt's tls plugin opens libssl/libcrypto at run time.
#  - NSS modules: libnss3 opens softokn/freebl (crypto) and nssckbi (the built-in root
#    certificates Chromium trusts) from its own directory.
dlopened=(libEGL.so.1 libGLX.so.0 libGL.so.1 libGLESv2.so.2 libOpenGL.so.0 libGLdispatch.so.0
          libssl.so.3 libcrypto.so.3
          libsoftokn3.so libfreebl3.so libfreeblpriv3.so libnssckbi.so libnssdbm3.so)
libdirs=(/lib/"$arch"-linux-gnu /usr/lib/"$arch"-linux-gnu /usr/lib64 /lib64 /usr/lib)
for lib in "${dlopened[@]}"; do
    found=""
    for d in "${libdirs[@]}"; do
        if [ -e "$d/$lib" ]; then found="$d/$lib"; break; fi
    done
    [ -n "$found" ] || { echo "build-bundle: dlopen()ed library $lib not found on this machine" >&2; exit 1; }
    sys_copy "$found" "lib/$lib"
done

mapfile -t elves < <(find "$stage/bin" "$stage/libexec" "$stage/plugins" "$stage/lib" -type f \
    \( -name '*.so*' -o -perm -u+x \) -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print)
declare -A seen=()
for elf in "${elves[@]}"; do
    while read -r soname arrow path _; do
        [ "$arrow" = "=>" ] || continue
        [[ "$soname" =~ $glibc_family ]] && continue
        if [ "$path" = "not" ]; then
            echo "build-bundle: $elf needs $soname, which is not installed here" >&2; exit 1
        fi
        [ -n "${seen[$soname]:-}" ] && continue
        seen[$soname]=1
        [ -e "$stage/lib/$soname" ] || sys_copy "$path" "lib/$soname"
    done < <(ldd "$elf")
done
log "collected ${#seen[@]} libraries from ldd over ${#elves[@]} ELF files (+${#dlopened[@]} dlopen()ed)"

# 8. Check: everything resolves inside the bundle except the glibc family.
for elf in "${elves[@]}" "$stage"/lib/*; do
    [ -f "$elf" ] || continue # lib/paydesk/: its module is among the elves
    while read -r soname arrow path _; do
        [ "$arrow" = "=>" ] || continue
        [[ "$soname" =~ $glibc_family ]] && continue
        case "$path" in
            "$stage"/lib/*) ;;
            *) echo "build-bundle: $elf: $soname resolves to $path, outside the bundle" >&2; exit 1 ;;
        esac
    done < <(LD_LIBRARY_PATH="$stage/lib" ldd "$elf")
done

# 9. Launchers, installer, uninstaller, desktop entry and icon for install.sh.
for exe in paydesk paydesk-cli paydesk-kakaopay-sim; do
    install -m 0755 "$here/launcher.sh" "$stage/$exe"
    record "$exe" PayDesk
done
install -m 0755 "$here/install.sh" "$stage/install.sh"
install -m 0755 "$here/uninstall.sh" "$stage/uninstall.sh"
echo "$version" > "$stage/VERSION"
record install.sh PayDesk
record uninstall.sh PayDesk
record VERSION PayDesk

# 10. Third-party notices: licenses/ with the copyright file of every Debian package a file was
#     copied from, the license texts they refer to, and the index THIRD-PARTY-NOTICES.txt
#     (`paydesk --licenses` prints it, Help > About lists it). Fails on a file without a notice,
#     and on a file in the bundle that was not recorded above.
python3 "$here/../third-party-notices.py" bundle --root "$stage" --manifest "$manifest" \
    --product-version "$version"

# 11. Pack: a shell header that unpacks the payload to a temporary directory and runs install.sh.
log "packing $run_file"
payload="$out_dir/$name.tar.gz"
tar -C "$out_dir" --owner=0 --group=0 -czf "$payload" "$name"
sed -e "s/@VERSION@/$version/g" -e "s/@NAME@/$name/g" "$here/run-header.sh" > "$run_file"
cat "$payload" >> "$run_file"
rm -f "$payload"
chmod 0755 "$run_file"

unpacked_kb="$(du -sk "$stage" | cut -f1)"
packed_kb="$(du -k "$run_file" | cut -f1)"
licenses_kb="$(du -sk "$stage/licenses" | cut -f1)"
log "done: $run_file ($((packed_kb / 1024)) MB packed, $((unpacked_kb / 1024)) MB unpacked, licenses/ ${licenses_kb} KB)"
