# Sourced by test-install.sh: a clean Debian 12 root to install PayDesk into.
#   clean_root_prepare DIR   fresh root from the cached minbase tarball (debootstrap on first use)
#   clean_root_mount DIR     /proc, /dev (bind), /dev/shm (tmpfs): Chromium needs all three
#   clean_root_umount DIR    undo every mount below DIR (always before deleting DIR)
#   in_root DIR CMD...       run CMD in the root with no network (own net namespace, loopback only)
# Needs root. The minbase tarball is cached in $PAYDESK_INSTALLER_CACHE.

# Host tools the test needs, installed when missing (a fresh machine may lack them).
clean_root_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v ip >/dev/null || missing+=(iproute2)
    command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
    [ ${#missing[@]} -eq 0 ] && return 0
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
}

clean_root_seed() {
    local tarball="$PAYDESK_INSTALLER_CACHE/bookworm-minbase.tar"
    mkdir -p "$PAYDESK_INSTALLER_CACHE"
    (
        flock 9
        [ -s "$tarball" ] && exit 0
        # The mirror apt uses here (deb822 or one-line sources); debootstrap needs network once.
        # `|| true`: grep fails on a missing /etc/apt/sources.list (deb822-only machines), and
        # with pipefail that would end this subshell without a word.
        local mirror
        mirror="$(grep -rhoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list \
            /etc/apt/sources.list.d 2>/dev/null | grep -oE 'https?://[^ ]+' | head -n1 || true)"
        mirror="${mirror:-http://deb.debian.org/debian}"
        local seed="$PAYDESK_INSTALLER_CACHE/seed"
        rm -rf "$seed"
        echo "==> debootstrap --variant=minbase bookworm (from $mirror), cached for later runs"
        debootstrap --variant=minbase bookworm "$seed" "$mirror" > "$PAYDESK_INSTALLER_CACHE/debootstrap.log"
        tar -C "$seed" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
        rm -rf "$seed"
    ) 9> "$PAYDESK_INSTALLER_CACHE/.seed.lock"
}

clean_root_mounts_below() {
    findmnt -rn -o TARGET | awk -v r="$1" 'index($0, r "/") == 1' | sort -r
}

clean_root_umount() {
    local dir="$1" m
    [ -d "$dir" ] || return 0
    for m in $(clean_root_mounts_below "$dir"); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    if [ -n "$(clean_root_mounts_below "$dir")" ]; then
        echo "clean-root: mounts left below $dir; not deleting it" >&2
        return 1
    fi
}

clean_root_prepare() {
    local dir="$1"
    clean_root_tools
    clean_root_seed
    clean_root_umount "$dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    tar -C "$dir" -xf "$PAYDESK_INSTALLER_CACHE/bookworm-minbase.tar"
}

clean_root_mount() {
    local dir="$1"
    mount -t proc proc "$dir/proc"
    mount --bind /dev "$dir/dev"
    # Slave, so that the tmpfs below does not propagate back onto the machine's own /dev/shm.
    mount --make-rslave "$dir/dev"
    mount -t tmpfs -o mode=1777 tmpfs "$dir/dev/shm"
}

in_root() {
    local dir="$1"
    shift
    unshare -n sh -c 'ip link set lo up && exec chroot "$0" "$@"' "$dir" \
        env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 "$@"
}

# Every file and directory of the root, minus what a run legitimately changes (root's home and
# the scratch/kernel file systems), for a before/after comparison.
clean_root_listing() {
    (cd "$1" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp \
        -o -path ./run -o -path ./root -o -path ./var/cache/ldconfig -o -path ./var/log \) -prune \
        -o -print | LC_ALL=C sort)
}
