#!/usr/bin/env bash
# Builds the podpulse agent image.
#
#   scripts/build-image.sh [TAG]                  default TAG: podpulse/podpulse:<version from Cargo.toml>
#   PODPULSE_IMAGE_MODE=release scripts/build-image.sh registry.example/podpulse:1.2.3
#   PODPULSE_BIN=target/debug/podpulse scripts/build-image.sh podpulse:dev   (a binary you built)
#
# Two ways, both from the repository's Dockerfile:
# - prebuilt (default, works with no registry): `cargo build --release` here, then the
#   Dockerfile's `prebuilt` target on top of a Debian 12 runtime base. The base is
#   debian:bookworm-slim when the local Docker has it; otherwise scripts/deploy-base-image.sh
#   makes the equivalent from this host's own Debian packages (libc6, libsystemd0 ...). The host
#   should be Debian 12 so the binary links against the base's glibc and libsystemd.
# - release (PODPULSE_IMAGE_MODE=release): the Dockerfile's `release` target builds inside
#   rust:1-bookworm; it needs both base images from a registry.
#
# Then point the manifests at the image (docs/deploy.md):
#   cd deploy/overlays/<yours> && kustomize edit set image podpulse/podpulse=<TAG>
#   (or: kubectl kustomize ... after adding `images:` with newName/newTag to the kustomization)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$here/Cargo.toml" | head -n1)"
TAG="${1:-podpulse/podpulse:$version}"
MODE="${PODPULSE_IMAGE_MODE:-prebuilt}"
# The legacy builder is what a Docker 20.10 engine without BuildKit runs; it stops at --target.
export DOCKER_BUILDKIT="${DOCKER_BUILDKIT:-0}"

docker version >/dev/null 2>&1 || { echo "build-image: the Docker daemon does not answer (scripts/setup.sh starts one)" >&2; exit 1; }

case "$MODE" in
  release)
    docker build --target release -t "$TAG" "$here"
    ;;
  prebuilt)
    if docker image inspect debian:bookworm-slim >/dev/null 2>&1; then
      base=debian:bookworm-slim
    else
      base=pp-dep-base:bookworm
      bash "$here/scripts/deploy-base-image.sh" "$base"
    fi
    bin="${PODPULSE_BIN:-}"
    if [ -z "$bin" ]; then
      (cd "$here" && cargo build --release --locked --bin podpulse)
      bin="${CARGO_TARGET_DIR:-$here/target}/release/podpulse"
    fi
    ctx="$(mktemp -d /tmp/podpulse-image.XXXXXX)"
    trap 'rm -rf "$ctx"' EXIT
    cp "$bin" "$ctx/podpulse"
    docker build -q --target prebuilt --build-arg "BASE_IMAGE=$base" -f "$here/Dockerfile" -t "$TAG" "$ctx" >/dev/null
    ;;
  *)
    echo "build-image: PODPULSE_IMAGE_MODE must be prebuilt or release, not $MODE" >&2
    exit 2
    ;;
esac
echo "built $TAG"
docker run --rm "$TAG" --version
