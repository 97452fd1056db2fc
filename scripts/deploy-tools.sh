#!/usr/bin/env bash
# Installs exactly what the deploy tests (tests/deploy_*.rs) need; idempotent and quiet when
# everything is present. Run as root (CI runs it from the main test setup).
#
#   Debian:  prometheus (prometheus + promtool), prometheus-alertmanager (alertmanager + amtool:
#            tests/deploy_alertmanager.rs), systemd (systemd-analyze), curl, file,
#            busybox-static (test image), gcc + libsystemd-dev (a tiny sd_journal reader run
#            in the image), docker.io only if no docker engine binary exists
#   PyPI:    kubernetes-validate (strict offline schema validation)
#   kubectl: must already be on the machine (the `kubectl` package of this machine image, with
#            kustomize v5 built in). Debian's kubernetes-client (1.20, kustomize v2) cannot
#            render kustomize components, so it is no substitute.
#
# It starts no service: dockerd must be running for deploy_prometheus.rs and deploy_image.rs
# (the project's CI setup starts it).
set -euo pipefail

KV_VERSION="1.37.0"

need_apt=()
command -v prometheus >/dev/null 2>&1 || need_apt+=(prometheus)
command -v promtool >/dev/null 2>&1 || need_apt+=(prometheus)
command -v amtool >/dev/null 2>&1 || need_apt+=(prometheus-alertmanager)
command -v systemd-analyze >/dev/null 2>&1 || need_apt+=(systemd)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
command -v file >/dev/null 2>&1 || need_apt+=(file)
command -v gcc >/dev/null 2>&1 || need_apt+=(gcc)
[ -f /usr/include/systemd/sd-journal.h ] || need_apt+=(libsystemd-dev)
[ -x /bin/busybox ] && file -L /bin/busybox | grep -q 'statically linked' || need_apt+=(busybox-static)
command -v dockerd >/dev/null 2>&1 || command -v docker >/dev/null 2>&1 || need_apt+=(docker.io)

if [ "${#need_apt[@]}" -gt 0 ]; then
  # Deduplicate (prometheus may be listed twice).
  mapfile -t need_apt < <(printf '%s\n' "${need_apt[@]}" | sort -u)
  echo "deploy-tools: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian's prometheus package would start its service under systemd; there is no systemd
  # PID 1 here, and the tests start their own servers on loopback anyway.
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if ! kubernetes-validate --version 2>/dev/null | grep -qx "$KV_VERSION"; then
  echo "deploy-tools: pip install kubernetes-validate==$KV_VERSION"
  python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore \
    "kubernetes-validate==$KV_VERSION"
  # pyenv (this machine's Python) needs a rehash for the new console script's shim.
  if command -v pyenv >/dev/null 2>&1; then pyenv rehash || true; fi
fi

if ! kubectl kustomize --help >/dev/null 2>&1; then
  echo "deploy-tools: kubectl with kustomize is missing; it comes with the machine image" >&2
  exit 1
fi

# The local test images (no registry): busybox for scenario pods, a Debian 12 runtime base.
if docker version >/dev/null 2>&1; then
  here="$(cd "$(dirname "$0")" && pwd)"
  bash "$here/build-test-images.sh"
  bash "$here/deploy-base-image.sh" pp-dep-base:bookworm
fi
