#!/usr/bin/env bash
# Builds the test images with no registry: a busybox-static rootfs imported with `docker import`
# (podpulse-test/busybox:1) and a pause image on top of it (podpulse-test/pause:1). Idempotent.
set -euo pipefail
# One build at a time on this daemon: test suites run this script in parallel, and parallel
# legacy-builder builds race on shared parent images ("unknown parent image ID"). The deploy
# tests take the same lock around their own `docker build`s (tests/deploy_support).
exec 9>"${PODPULSE_DOCKER_BUILD_LOCK:-/tmp/podpulse-docker-build.lock}"
flock 9
BUSYBOX=${BUSYBOX:-/bin/busybox}
if ! [ -x "$BUSYBOX" ] || ! "$BUSYBOX" --list >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends busybox-static >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq --no-install-recommends busybox-static >/dev/null; }
fi
if ! docker image inspect podpulse-test/busybox:1 >/dev/null 2>&1; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  mkdir -p "$dir/bin" "$dir/etc" "$dir/www" "$dir/tmp" "$dir/proc" "$dir/sys" "$dir/dev"
  cp "$BUSYBOX" "$dir/bin/busybox"
  for applet in $("$BUSYBOX" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$dir/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$dir/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$dir/etc/group"
  printf ok > "$dir/www/healthz"
  chmod 1777 "$dir/tmp"
  tar -C "$dir" -c . | docker import -c 'ENV PATH=/bin' -c 'CMD ["/bin/sh"]' - podpulse-test/busybox:1 >/dev/null
fi
if ! docker image inspect podpulse-test/pause:1 >/dev/null 2>&1; then
  # `sleep` as pause: it never exits and holds the pod's namespaces, which is all tests need.
  printf 'FROM podpulse-test/busybox:1\nENTRYPOINT ["/bin/sleep","2147483647"]\n' \
    | DOCKER_BUILDKIT=0 docker build -q -t podpulse-test/pause:1 - >/dev/null
fi
echo "test images ready: podpulse-test/busybox:1 podpulse-test/pause:1"
