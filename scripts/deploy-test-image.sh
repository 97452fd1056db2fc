#!/usr/bin/env bash
# Builds the test image podpulse-test/busybox:1 (no registry: busybox-static rootfs, then
# `docker import`). Idempotent: does nothing when the image exists. Used by the deploy tests.
set -euo pipefail
TAG="${1:-podpulse-test/busybox:1}"
if docker image inspect "$TAG" >/dev/null 2>&1; then
  exit 0
fi
BB=/bin/busybox
[ -x "$BB" ] || BB=/usr/bin/busybox
if ! file -L "$BB" 2>/dev/null | grep -q 'statically linked'; then
  echo "need busybox-static (apt-get install busybox-static)" >&2
  exit 1
fi
ROOT="$(mktemp -d /tmp/pp-dep-bbroot.XXXXXX)"
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT"/{bin,etc,tmp,www,proc,sys,dev}
cp "$BB" "$ROOT/bin/busybox"
for applet in $("$BB" --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$ROOT/bin/$applet"
done
printf 'root:x:0:0:root:/:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$ROOT/etc/group"
echo ok > "$ROOT/www/healthz"
chmod 1777 "$ROOT/tmp"
tar -C "$ROOT" -c . | docker import -c 'ENV PATH=/bin' -c 'CMD ["/bin/sh"]' - "$TAG" >/dev/null
