# podpulse agent image.
#
#   Release build (needs the two base images from a registry):
#     docker build -t podpulse/podpulse:0.1.0 .
#   From a binary built on a Debian 12 host (no registry, what the tests do):
#     cp target/release/podpulse ctx/ && docker build --target prebuilt \
#        --build-arg BASE_IMAGE=pp-dep-base:bookworm -f Dockerfile -t podpulse:dev ctx/
#
# Runtime base: Debian 12 (bookworm). Its libsystemd0 (systemd 252) reads journals written by
# current systemd: LZ4, XZ and ZSTD compressed entries, keyed-hash (siphash) files (systemd
# 246+) and compact mode (systemd 252+), so also hosts on systemd 254-257. See docs/deploy.md.
# No shell, no package manager needed at run time: only libc, libgcc and libsystemd0 with its
# libraries (libcap2, libgcrypt20, liblz4-1, liblzma5, libzstd1), all in bookworm-slim.
#
# Stages are ordered so that `--target prebuilt` never needs the builder image (the classic
# builder stops at the target stage).
ARG BASE_IMAGE=debian:bookworm-slim
ARG BUILDER_IMAGE=rust:1-bookworm

FROM ${BASE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="podpulse" \
      org.opencontainers.image.description="Node-side Kubernetes pod health agent" \
      org.opencontainers.image.licenses="Apache-2.0"
ENV PODPULSE_STATE_DIR=/var/lib/podpulse \
    PODPULSE_LISTEN=0.0.0.0:9842
# uid 0 without capabilities (the DaemonSet drops ALL): the runtime sockets and journal files
# the agent reads are owned by root with group-only access for others; see deploy/base/daemonset.yaml.
USER 0:0
EXPOSE 9842
VOLUME ["/var/lib/podpulse"]
ENTRYPOINT ["/usr/local/bin/podpulse"]
CMD ["run"]

# A binary built outside: the build context holds just `podpulse`.
FROM runtime AS prebuilt
COPY podpulse /usr/local/bin/podpulse

FROM ${BUILDER_IMAGE} AS builder
RUN apt-get update \
 && apt-get install -y --no-install-recommends libsystemd-dev protobuf-compiler pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin podpulse

FROM runtime AS release
COPY --from=builder /src/target/release/podpulse /usr/local/bin/podpulse
