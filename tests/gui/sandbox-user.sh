#!/bin/sh
# The built `paydesk --self-check` with Chromium's sandbox ON, as a shop runs it: as a normal
# user, offscreen, QTWEBENGINE_DISABLE_SANDBOX unset. Run as root (CI), the test makes a throw-away
# unprivileged user for it (useradd) and removes it afterwards; run as a normal user, it runs as
# that user. While the check runs, its web engine processes are looked at: a renderer must be in
# the seccomp sandbox (Seccomp: 2) and none may have been started with --no-sandbox.
#   sandbox-user.sh PAYDESK
set -u
paydesk="$(readlink -f "$1")"
work="$(mktemp -d)"
user=""
cleanup() {
    [ -n "$user" ] && userdel "$user" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"
home="$work/home"
mkdir -p "$home"

run_as=""
if [ "$(id -u)" -eq 0 ]; then
    user="pdsbx$$"
    useradd --no-create-home --home-dir "$home" --shell /bin/sh --user-group "$user" ||
        { echo "FAIL: useradd $user"; exit 1; }
    chown "$user:" "$home"
    run_as="runuser -u $user --"
    # Everything the binary reads must be readable by that user (a build tree under /root is not).
    $run_as test -x "$paydesk" || { echo "SKIP: $paydesk is not reachable for $user"; exit 77; }
fi

# The sandbox is on: nothing of the user's or CTest's switches reaches the app.
out="$work/out.txt"
$run_as env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config" \
    XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" \
    QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.webenginecontext.info=false" \
    sh -c 'mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"; exec "$0" --self-check' \
    "$paydesk" > "$out" 2>&1 &
pid=$!

# Watch its web engine processes while it runs (its own process tree only: other tests may run
# their own, unsandboxed as root): a renderer must be in the seccomp sandbox (Seccomp: 2, filter
# mode) and none may have been started with --no-sandbox.
tree_of() {
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v root="$1" '
        { pid = $1; line = $0; sub(/^.*\) /, "", line); split(line, f, " "); parent[pid] = f[2] }
        END {
            keep[root] = 1; changed = 1
            while (changed) {
                changed = 0
                for (p in parent)
                    if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 }
            }
            for (p in keep) print p
        }'
}
seen=""
unsandboxed=""
while kill -0 "$pid" 2>/dev/null; do
    for p in $(tree_of "$pid"); do
        [ "$( { cat "/proc/$p/comm"; } 2>/dev/null)" = QtWebEngineProc ] || continue
        cmd="$( { tr '\0' ' ' < "/proc/$p/cmdline"; } 2>/dev/null)"
        case "$cmd" in *--no-sandbox*) unsandboxed="$cmd" ;; esac
        if { grep -q '^Seccomp:[[:space:]]*2' "/proc/$p/status"; } 2>/dev/null; then
            seen="$p"
        fi
    done
done
wait "$pid"
rc=$?
cat "$out"
[ $rc -eq 0 ] || { echo "FAIL: self-check exit $rc as $(id -un ${user:-}) with the sandbox on"; exit 1; }
grep -q "SELF-CHECK PASSED" "$out" || { echo "FAIL: no PASSED line"; exit 1; }
[ -z "$unsandboxed" ] || { echo "FAIL: a renderer ran with --no-sandbox: $unsandboxed"; exit 1; }
[ -n "$seen" ] || { echo "FAIL: no web engine process was seen in the seccomp sandbox"; exit 1; }
echo "OK: self-check passed as ${user:-$(id -un)} with the sandbox on (process $seen: Seccomp 2)"
