#!/usr/bin/env bash
# `make test-qgis340`: the whole suite on Debian 13 (QGIS 3.40, Python 3.13),
# whatever Debian this machine runs.
#
# A Debian 13 root is built once with mmdebstrap, from the Debian archive that
# this machine's apt configuration names, and cached outside the repository
# (SNOW_PLUGIN_CACHE, default ~/.cache/snow-plugin). The root gets the
# Makefile's own APT_PACKAGES, so the list is checked on Debian 13 too. pip
# inside the root cannot verify the package index, so the test tools' wheels
# are downloaded here for Python 3.13 and the root's `make test` installs them
# from that folder only. Each run copies the working tree (tracked and
# untracked files, not the ignored ones) into the root and runs `make test`
# there, in a private mount namespace: nothing stays mounted afterwards.
#
# Environment: APT_PACKAGES (from the Makefile), PYTEST_ARGS (passed to the
# root's pytest), SNOW_PLUGIN_CACHE.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SUITE=trixie
CACHE=${SNOW_PLUGIN_CACHE:-${HOME:-/root}/.cache/snow-plugin}
: "${APT_PACKAGES:?run through make test-qgis340}"
# In the root: make runs the suite; the rest is what mmdebstrap's apt variant leaves out.
ROOT_PACKAGES="$APT_PACKAGES make ca-certificates"
ROOT_FORMAT=1  # bump when build_root changes
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

log() { printf '[test-qgis340] %s\n' "$*"; }

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
    apt-get indextargets --format '$(REPO_URI)' "Label: $1" | head -n 1
}

build_root() {
    local target=$1 mirror security
    mirror=$(archive_uri Debian)
    security=$(archive_uri Debian-Security)
    [ -n "$mirror" ] || { echo "No Debian archive in this machine's apt sources: run 'apt-get update' first." >&2; exit 1; }
    [ -n "$security" ] || security="${mirror%/}-security/"
    log "building a Debian 13 root in $target (once; about 2 minutes)"
    rm -rf "$target.tmp"
    mkdir -p "$CACHE"
    # shellcheck disable=SC2086 # the package list is a word list
    $SUDO mmdebstrap --quiet --variant=apt --format=directory \
        --aptopt='Acquire::Check-Valid-Until "false"' \
        --include="$(echo $ROOT_PACKAGES | tr ' ' ',')" \
        --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
        "$SUITE" "$target.tmp" \
        "deb $mirror $SUITE main" "deb $mirror $SUITE-updates main" "deb $security $SUITE-security main"
    $SUDO mkdir -p "$target.tmp/opt/snow-wheels" "$target.tmp/work"
    # shellcheck disable=SC2016 # $(REPO_URI) is apt's
    /usr/bin/python3 -m pip download --quiet --disable-pip-version-check \
        --python-version 3.13 --only-binary=:all: \
        --dest "$target.tmp/opt/snow-wheels" -r "$REPO/requirements-dev.txt"
    cp "$REPO/requirements-dev.txt" "$target.tmp/opt/snow-wheels/"
    mv "$target.tmp" "$target"
}

# Tracked and untracked files of the working tree, without what .gitignore ignores.
copy_working_tree() {
    local destination=$1
    rm -rf "$destination"
    mkdir -p "$destination"
    git -C "$REPO" ls-files -z --cached --others --exclude-standard \
        | (cd "$REPO" && while IFS= read -r -d '' path; do [ -e "$path" ] && printf '%s\0' "$path"; done) \
        | tar -C "$REPO" --null --no-recursion -T - -cf - \
        | tar -C "$destination" -xf -
}

run_suite() {
    local root=$1 shared="$REPO/../shared"
    local mounts="mount -t proc proc $root/proc && mount --rbind /dev $root/dev && mount -t tmpfs tmpfs $root/tmp"
    if [ -d "$shared" ]; then  # the real Theia extracts, where the tests look for them
        mkdir -p "$root/work/shared"
        mounts="$mounts && mount --bind $(cd "$shared" && pwd) $root/work/shared && mount -o remount,bind,ro $root/work/shared"
    fi
    $SUDO unshare --mount --fork sh -c "mount --make-rprivate / && $mounts && exec chroot $root \"\$@\"" chroot \
        env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen PIP_NO_INDEX=1 PIP_FIND_LINKS=/opt/snow-wheels \
        PYTEST_ARGS="${PYTEST_ARGS:-}" \
        sh -c 'cd /work/main && echo "QGIS $(python3 -c "from qgis.core import Qgis; print(Qgis.version())"), Python $(python3 -c "import platform; print(platform.python_version())") (Debian $(cat /etc/debian_version))" && make --no-print-directory test VENV=/opt/snow-venv'
}

main() {
    need_host_tools
    # A new package list or new test tools make a new root.
    local key root started=$SECONDS
    key=$(printf '%s\n' "$ROOT_FORMAT" "$SUITE" $ROOT_PACKAGES | cat - "$REPO/requirements-dev.txt" | sha256sum | cut -c1-12)
    root="$CACHE/debian13-qgis340-$key"
    [ -d "$root" ] || build_root "$root"
    log "root ready after $((SECONDS - started)) s: $root"
    copy_working_tree "$root/work/main"
    run_suite "$root"
    log "done in $((SECONDS - started)) s"
}

main "$@"
