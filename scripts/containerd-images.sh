#!/usr/bin/env bash
# Builds the two test images the CRI tests need, with no registry, if they are absent:
#   podpulse-test/busybox:1  busybox-static rootfs (all applets, /www/healthz, /etc/passwd) via `docker import`
#   podpulse-test/pause:1    the busybox image with `sleep 2147483647` as entrypoint (the CRI sandbox image)
# Idempotent. Needs dockerd (the shared one) and Debian's busybox-static.
set -euo pipefail

BUSYBOX_TAG=podpulse-test/busybox:1
PAUSE_TAG=podpulse-test/pause:1

if ! [ -x /bin/busybox ] || ! /bin/busybox --list >/dev/null 2>&1; then
    apt-get install -y --no-install-recommends busybox-static >/dev/null || {
        apt-get update >/dev/null && apt-get install -y --no-install-recommends busybox-static >/dev/null; }
fi

if ! docker image inspect "$BUSYBOX_TAG" >/dev/null 2>&1; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    root=$tmp/rootfs
    mkdir -p "$root/bin" "$root/etc" "$root/www" "$root/tmp" "$root/proc" "$root/sys" "$root/dev"
    chmod 1777 "$root/tmp"
    cp /bin/busybox "$root/bin/busybox"
    for applet in $(/bin/busybox --list); do
        [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
    printf 'ok' >"$root/www/healthz"
    tar -C "$root" -c . | docker import -c 'ENV PATH=/bin' -c 'CMD ["/bin/sh"]' - "$BUSYBOX_TAG" >/dev/null
fi

if ! docker image inspect "$PAUSE_TAG" >/dev/null 2>&1; then
    ctx=$(mktemp -d)
    printf 'FROM %s\nENTRYPOINT ["/bin/sleep","2147483647"]\n' "$BUSYBOX_TAG" >"$ctx/Dockerfile"
    DOCKER_BUILDKIT=0 docker build -q -t "$PAUSE_TAG" "$ctx" >/dev/null
    rm -rf "$ctx"
fi
echo "images ready: $BUSYBOX_TAG $PAUSE_TAG"
