#!/usr/bin/env bash
# Builds a minimal Debian 12 (bookworm) runtime base image for podpulse WITHOUT a registry, from
# this host's own installed Debian packages: the files of libc6, libgcc-s1, libsystemd0 and
# libsystemd0's libraries (what debian:bookworm-slim carries for them), then `docker import`.
# It stands in for debian:bookworm-slim in tests (same packages, same libsystemd 252).
# Much faster than debootstrap (< 2 s, no download). Idempotent: rebuilds only when missing.
#
#   scripts/deploy-base-image.sh [TAG]        (default pp-dep-base:bookworm)
set -euo pipefail
TAG="${1:-pp-dep-base:bookworm}"
if docker image inspect "$TAG" >/dev/null 2>&1; then
  exit 0
fi
. /etc/os-release
if [ "${VERSION_CODENAME:-}" != bookworm ]; then
  echo "warning: host is ${PRETTY_NAME:-unknown}, not Debian 12; the base follows the host" >&2
fi
PKGS="base-files libc6 libgcc-s1 libsystemd0 libcap2 libgcrypt20 libgpg-error0 liblz4-1 liblzma5 libzstd1"
ROOT="$(mktemp -d /tmp/pp-dep-baseroot.XXXXXX)"
trap 'rm -rf "$ROOT"' EXIT
# Debian 12 is merged-/usr: /lib, /lib64, /bin, /sbin are links into /usr.
mkdir -p "$ROOT"/usr/{bin,sbin,lib,lib64} "$ROOT"/{etc,tmp,var/lib/podpulse,run,proc,sys,dev}
for d in bin sbin lib lib64; do ln -s "usr/$d" "$ROOT/$d"; done
for pkg in $PKGS; do
  dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'ok installed' \
    || { echo "package $pkg is not installed on this host" >&2; exit 1; }
  dpkg -L "$pkg" | while read -r f; do
    # Directories come with their files; docs, man pages and lintian data are not needed.
    case "$f" in /usr/share/doc/*|/usr/share/man/*|/usr/share/lintian/*|/usr/share/info/*) continue ;; esac
    if [ -L "$f" ] || [ -f "$f" ]; then
      # Resolve merged-/usr paths so /lib/x86_64-linux-gnu/... lands in /usr/lib/...
      dir="$(dirname "$f")"
      real_dir="$(cd "$dir" && pwd -P)"
      mkdir -p "$ROOT$real_dir"
      cp -a "$f" "$ROOT$real_dir/"
    fi
  done
done
# dpkg status of what is inside, so `what libsystemd is this` can be answered from the image.
mkdir -p "$ROOT/var/lib/dpkg"
dpkg-query -W -f='${Package} ${Version}\n' $PKGS > "$ROOT/var/lib/dpkg/pp-dep-packages.txt"
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\n' > "$ROOT/etc/group"
: > "$ROOT/etc/machine-id"
chmod 1777 "$ROOT/tmp"
tar -C "$ROOT" --numeric-owner -c . | docker import - "$TAG" >/dev/null
