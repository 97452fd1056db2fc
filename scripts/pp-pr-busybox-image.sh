#!/bin/sh
# Builds the test image podpulse-test/busybox:1 from Debian's busybox-static with `docker import`
# (no registry). Idempotent: does nothing when the image already exists.
set -eu
TAG=${1:-podpulse-test/busybox:1}
if docker image inspect "$TAG" >/dev/null 2>&1; then
    exit 0
fi
BB=$(command -v busybox || true)
[ -x /bin/busybox ] && BB=/bin/busybox
if [ -z "$BB" ]; then
    apt-get install -y --no-install-recommends busybox-static >/dev/null
    BB=/bin/busybox
fi
DIR=$(mktemp -d /tmp/pp-pr-rootfs.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
mkdir -p "$DIR/bin" "$DIR/etc" "$DIR/www" "$DIR/tmp"
cp "$BB" "$DIR/bin/busybox"
for applet in $("$DIR/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$DIR/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' > "$DIR/etc/passwd"
echo 'root:x:0:' > "$DIR/etc/group"
printf ok > "$DIR/www/healthz"
chmod 1777 "$DIR/tmp"
tar -C "$DIR" -c . | docker import -c 'ENV PATH=/bin' -c 'CMD ["/bin/sh"]' - "$TAG" >/dev/null
