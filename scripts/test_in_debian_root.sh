#!/usr/bin/env bash
# `make test-qgis340` / `make test-qgis322`: the whole suite on Debian 13
# (QGIS 3.40, Python 3.13) or Debian 12 (QGIS 3.22, Python 3.11), whatever
# Debian this machine runs.  Usage: test_in_debian_root.sh trixie|bookworm
#
# The Debian root is built once with mmdebstrap, from the Debian archive that
# this machine's apt configuration names, and cached outside the repository
# (SNOW_PLUGIN_CACHE, default ~/.cache/snow-plugin). It gets the Makefile's
# own APT_PACKAGES, so the list is checked on that release too. pip inside
# the root cannot verify the package index, so the test tools' wheels are
# downloaded here for the root's Python and the root's `make test` installs
# them from that folder only. Each run copies the working tree (tracked and
# untracked files, not the ignored ones) into a fresh folder of the root and
# runs `make test` there, in a private mount namespace: nothing stays mounted
# afterwards, and runs at the same time do not meet.
#
# Environment: APT_PACKAGES (from the Makefile), PYTEST_ARGS (passed to the
# root's pytest), SNOW_PLUGIN_CACHE.
set -euo pipefail
# chroot, unshare and mmdebstrap's helpers live in sbin, which a user's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

REPO=$(cd "$(dirname "$0")/.." && pwd)
SUITE=${1:?usage: $0 trixie|bookworm}
case "$SUITE" in
    trixie) NAME=debian13-qgis340 ;;
    bookworm) NAME=debian12-qgis322 ;;
    *) echo "unknown Debian suite $SUITE" >&2; exit 2 ;;
esac
CACHE=${SNOW_PLUGIN_CACHE:-${HOME:-/root}/.cache/snow-plugin}
: "${APT_PACKAGES:?run through make test-qgis340 or make test-qgis322}"
# In the root: make runs the suite; the rest is what mmdebstrap's apt variant leaves out.
ROOT_PACKAGES="$APT_PACKAGES make ca-certificates"
ROOT_FORMAT=2  # bump when build_root changes what a root holds
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

log() { printf '[%s] %s\n' "$NAME" "$*"; }

need_host_tools() {
    local missing=()
    command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
    /usr/bin/python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]} from Debian packages"
        $SUDO apt-get update -q
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

# The host's Debian archive and its security archive, as apt knows them.
archive_uri() {
    # shellcheck disable=SC2016 # $(REPO_URI) is apt's
    apt-get indextargets --format '$(REPO_URI)' "Label: $1" | head -n 1
}

build_root() {
    local target=$1 mirror security python
    mirror=$(archive_uri Debian)
    security=$(archive_uri Debian-Security)
    [ -n "$mirror" ] || { echo "No Debian archive in this machine's apt sources: run 'apt-get update' first." >&2; exit 1; }
    [ -n "$security" ] || security="${mirror%/}-security/"
    log "building a Debian $SUITE root in $target (once; 3 to 9 minutes)"
    $SUDO rm -rf --one-file-system "$target.tmp"
    # shellcheck disable=SC2086 # the package list is a word list
    $SUDO mmdebstrap --quiet --variant=apt --format=directory \
        --aptopt='Acquire::Check-Valid-Until "false"' \
        --include="$(echo $ROOT_PACKAGES | tr ' ' ',')" \
        --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
        "$SUITE" "$target.tmp" \
        "deb $mirror $SUITE main" "deb $mirror $SUITE-updates main" "deb $security $SUITE-security main"
    # The tests' servers bind localhost; in a Debian 12 root nothing writes /etc/hosts (debootstrap would).
    [ -e "$target.tmp/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' \
        | $SUDO tee "$target.tmp/etc/hosts" >/dev/null
    python=$($SUDO chroot "$target.tmp" /usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    $SUDO mkdir -p "$target.tmp/opt/snow-wheels" "$target.tmp/work"
    /usr/bin/python3 -m pip download --quiet --disable-pip-version-check \
        --python-version "$python" --only-binary=:all: \
        --dest "$target.tmp/opt/snow-wheels" -r "$REPO/requirements-dev.txt" 2> >(grep -v "is ignored: it is neither" >&2)
    mv "$target.tmp" "$target"
    for old in "$CACHE/$NAME"-*; do  # roots of earlier package lists
        [ "$old" = "$target" ] || $SUDO rm -rf --one-file-system "$old"
    done
}

# Tracked and untracked files of the working tree, without what .gitignore ignores.
copy_working_tree() {
    local destination=$1
    mkdir -p "$destination"
    git -C "$REPO" ls-files -z --cached --others --exclude-standard \
        | (cd "$REPO" && while IFS= read -r -d '' path; do [ -e "$path" ] && printf '%s\0' "$path"; done) \
        | tar -C "$REPO" --null --no-recursion -T - -cf - \
        | tar -C "$destination" -xf -
}

run_suite() {
    local root=$1 run=$2 shared="$REPO/../shared"
    local mounts="mount -t proc proc $root/proc && mount --rbind /dev $root/dev && mount -t tmpfs tmpfs $root/tmp"
    if [ -d "$shared" ]; then  # the real Theia extracts, where the tests look for them (read-only)
        mkdir -p "$root$run/shared"
        mounts="$mounts && mount --bind $(cd "$shared" && pwd) $root$run/shared"
        mounts="$mounts && mount -o remount,bind,ro $root$run/shared"
    fi
    # shellcheck disable=SC2016 # expanded inside the root
    $SUDO unshare --mount --fork sh -c "mount --make-rprivate / && $mounts && exec chroot $root \"\$@\"" chroot \
        env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen PIP_NO_INDEX=1 PIP_FIND_LINKS=/opt/snow-wheels \
        PYTEST_ARGS="${PYTEST_ARGS:-}" RUN="$run" \
        sh -c 'cd "$RUN/main" &&
            echo "QGIS $(python3 -c "from qgis.core import Qgis; print(Qgis.version())")," \
                "Python $(python3 -c "import platform; print(platform.python_version())")," \
                "Debian $(cat /etc/debian_version)" &&
            make --no-print-directory test'
}

main() {
    need_host_tools
    # A new package list or new test tools make a new root.
    local key root run started=$SECONDS status=0
    key=$(printf '%s\n' "$ROOT_FORMAT" "$SUITE" $ROOT_PACKAGES | cat - "$REPO/requirements-dev.txt" | sha256sum | cut -c1-12)
    root="$CACHE/$NAME-$key"
    mkdir -p "$CACHE"
    (
        flock 9  # one build at a time; later runs wait for it
        [ -d "$root" ] || build_root "$root"
    ) 9>"$CACHE/$NAME.lock"
    log "root ready after $((SECONDS - started)) s: $root"
    run=$(mktemp -d "$root/work/run.XXXXXX")
    run=${run#"$root"}
    copy_working_tree "$root$run/main"
    run_suite "$root" "$run" || status=$?
    rm -rf --one-file-system "${root:?}$run"
    return $status
}

main "$@"
