//! The image the Dockerfile describes, built and run here with no registry:
//! scripts/deploy-base-image.sh builds the Debian 12 runtime base from this host's own Debian
//! packages (stand-in for debian:bookworm-slim), `docker build --target prebuilt` puts this
//! crate's podpulse binary on it, and the container runs the way the DaemonSet runs it: host
//! network, read-only root, every capability dropped, no-new-privileges, uid 0, the Docker
//! socket and the journal mounted read-only, the state directory writable. Then /metrics,
//! /healthz and /readyz answer, the agent reaches the runtime and the journal, and a real
//! Prometheus scrapes it. Runs with the mounts missing, or unreadable (agent as uid 65534), must
//! keep serving and say why (one log line, the metric at 0).
//!
//! `PODPULSE_BIN` may point at another podpulse build (default: this crate's binary).

#[path = "deploy_support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::*;

const BASE: &str = "pp-dep-base:bookworm";

fn podpulse_bin() -> PathBuf {
    std::env::var_os("PODPULSE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_podpulse")))
}

/// The test image, removed on drop (the base stays cached: it is built from the host).
struct Image(String);

impl Drop for Image {
    fn drop(&mut self) {
        // --no-prune and under the build lock: removing the untagged parents would pull the
        // cached layers from under another test's build ("unknown parent image ID").
        let _ = with_build_lock(Command::new("docker").args(["rmi", "--no-prune", "-f", &self.0]))
            .output();
    }
}

/// A container removed on drop.
struct Container(String);

impl Drop for Container {
    fn drop(&mut self) {
        let _ = Command::new("docker").args(["rm", "-f", &self.0]).output();
    }
}

impl Container {
    fn logs(&self) -> String {
        let out = run(Command::new("docker").args(["logs", &self.0]));
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    }
    fn running(&self) -> bool {
        run(Command::new("docker").args(["inspect", "-f", "{{.State.Running}}", &self.0]))
            .stdout
            .starts_with(b"true")
    }
}

fn build_image(tag: &str) -> Image {
    build_image_with(tag, &podpulse_bin())
}

fn build_image_with(tag: &str, bin: &Path) -> Image {
    // Under the build lock: parallel legacy-builder builds race on shared parents.
    run_ok(&mut with_build_lock(
        Command::new("bash")
            .arg(repo().join("scripts/deploy-base-image.sh"))
            .arg(BASE),
    ));
    let ctx = TempDir::new("image-ctx");
    if let Err(e) = std::fs::copy(bin, ctx.join("podpulse")) {
        panic!("cannot copy the podpulse binary: {e}");
    }
    run_ok(&mut with_build_lock(
        Command::new("docker")
            .env("DOCKER_BUILDKIT", "0")
            .args(["build", "-q", "--target", "prebuilt"])
            .args(["--build-arg", &format!("BASE_IMAGE={BASE}")])
            .arg("-f")
            .arg(repo().join("Dockerfile"))
            .args(["-t", tag])
            .arg(ctx.path()),
    ));
    Image(tag.to_string())
}

/// Runs the image the way deploy/base/daemonset.yaml + components/docker run it.
fn run_like_daemonset(
    image: &str,
    name: &str,
    port: u16,
    state: &Path,
    mounts: &[(String, String)],
    user: &str,
) -> Container {
    let _ = Command::new("docker").args(["rm", "-f", name]).output();
    let mut c = Command::new("docker");
    c.args(["run", "-d", "--name", name])
        .args(["--network", "host", "--read-only", "--cap-drop", "ALL"])
        .args(["--security-opt", "no-new-privileges", "--user", user])
        .args(["--tmpfs", "/tmp:size=16m", "--memory", "100m"])
        .arg("-v")
        .arg(format!("{}:/var/lib/podpulse", state.display()))
        // The DaemonSet mounts the host's /run/podpulse: the detail socket for the CLI.
        .arg("-v")
        .arg(format!("{}:/run/podpulse", state.display()));
    for (host, inside) in mounts {
        c.arg("-v").arg(format!("{host}:{inside}:ro"));
    }
    c.args(["-e", "PODPULSE_RUNTIME=docker"])
        .args(["-e", "PODPULSE_DOCKER_SOCKET=/host/run/docker.sock"])
        .args(["-e", &format!("PODPULSE_LISTEN=127.0.0.1:{port}")])
        // Host network and tests in parallel: each agent its own loopback detail port.
        .args([
            "-e",
            &format!("PODPULSE_DETAIL_LISTEN=127.0.0.1:{}", free_port()),
        ])
        .args(["-e", "PODPULSE_NODE_NAME=pp-dep-image-node"])
        .args(["-e", "PODPULSE_LOG_FORMAT=json"])
        .arg(image)
        .arg("run");
    Container(run_ok(&mut c).trim().to_string())
}

/// Value of an unlabelled-or-labelled sample line `name{...} value` in Prometheus text.
fn sample(metrics: &str, name_and_labels_prefix: &str) -> Option<f64> {
    metrics
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find(|l| l.starts_with(name_and_labels_prefix))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

fn wait_metrics(container: &Container, port: u16) -> String {
    let url = format!("http://127.0.0.1:{port}/metrics");
    let got = eventually(Duration::from_secs(40), || {
        if !container.running() {
            panic!("the podpulse container stopped:\n{}", container.logs());
        }
        http_get(&url)
            .filter(|(c, b)| *c == 200 && b.contains("podpulse_runtime_up"))
            .map(|(_, b)| b)
    });
    match got {
        Some(b) => b,
        None => panic!("no podpulse metrics on {url}:\n{}", container.logs()),
    }
}

/// The DaemonSet's read-only host mounts (docker component). /var/log/journal: the host's if it
/// keeps a persistent journal, else an empty directory (what the DaemonSet's DirectoryOrCreate
/// gives, without touching this host).
fn daemonset_mounts(empty_journal: &TempDir) -> Vec<(String, String)> {
    let var_journal = if Path::new("/var/log/journal").is_dir() {
        "/var/log/journal".to_string()
    } else {
        empty_journal.path().display().to_string()
    };
    vec![
        (
            "/var/run/docker.sock".to_string(),
            "/host/run/docker.sock".to_string(),
        ),
        (var_journal, "/var/log/journal".to_string()),
        (
            "/run/log/journal".to_string(),
            "/run/log/journal".to_string(),
        ),
        ("/etc/machine-id".to_string(), "/etc/machine-id".to_string()),
    ]
}

#[test]
fn image_runs_like_the_daemonset_and_prometheus_scrapes_it() {
    require_tools(&["prometheus", "curl", "dpkg"]);
    require_docker();
    let id = std::process::id();
    let image = build_image(&format!("pp-dep-podpulse:test-{id}"));

    // Every shared library of podpulse and of libsystemd resolves inside the image.
    for target in [
        "/usr/local/bin/podpulse",
        "/usr/lib/x86_64-linux-gnu/libsystemd.so.0",
    ] {
        let out = run_ok(Command::new("docker").args([
            "run",
            "--rm",
            "--entrypoint",
            "/lib64/ld-linux-x86-64.so.2",
            &image.0,
            "--list",
            target,
        ]));
        assert!(!out.contains("not found"), "{target} in the image: {out}");
    }

    let state = TempDir::new("image-state");
    let empty_journal = TempDir::new("image-varlog");
    let port = free_port();
    let container = run_like_daemonset(
        &image.0,
        &format!("pp-dep-image-{id}"),
        port,
        state.path(),
        &daemonset_mounts(&empty_journal),
        "0:0",
    );
    let metrics = wait_metrics(&container, port);

    // The read-only socket works with no capabilities; so does the read-only journal.
    let runtime_up = eventually(Duration::from_secs(20), || {
        let (_, m) = http_get(&format!("http://127.0.0.1:{port}/metrics"))?;
        (sample(&m, "podpulse_runtime_up{") == Some(1.0)).then_some(m)
    });
    assert!(
        runtime_up.is_some(),
        "podpulse_runtime_up != 1 through the read-only docker socket:\n{metrics}\n{}",
        container.logs()
    );
    let journal_up = eventually(Duration::from_secs(20), || {
        let (_, m) = http_get(&format!("http://127.0.0.1:{port}/metrics"))?;
        (sample(&m, "podpulse_journal_up") == Some(1.0)).then_some(())
    });
    assert!(
        journal_up.is_some(),
        "podpulse_journal_up != 1 with the journal mounted read-only:\n{}",
        container.logs()
    );
    for path in ["/healthz", "/readyz"] {
        let ok = eventually(Duration::from_secs(20), || {
            http_get(&format!("http://127.0.0.1:{port}{path}")).filter(|(c, _)| *c == 200)
        });
        assert!(
            ok.is_some(),
            "{path} does not answer 200:\n{}",
            container.logs()
        );
    }

    // The CLI reaches the agent through its socket, inside the pod (`kubectl exec`) and on
    // the node (the mounted /run/podpulse).
    let table = run_ok(Command::new("docker").args(["exec", &container.0, "podpulse", "pods"]));
    assert!(
        table.starts_with("NAMESPACE"),
        "podpulse pods in the container: {table}"
    );
    let table = run_ok(
        Command::new(podpulse_bin())
            .args(["pods", "--socket"])
            .arg(state.join("podpulse.sock")),
    );
    assert!(
        table.starts_with("NAMESPACE"),
        "podpulse pods on the host: {table}"
    );

    // A real Prometheus scrapes the containerised agent.
    let prom = Prometheus::start(&scrape_config(port, "pp-dep-image-node", false), &[]);
    let scraped = eventually(Duration::from_secs(30), || {
        let r = prom
            .query("podpulse_runtime_up{job=\"podpulse\", node=\"pp-dep-image-node\"} == 1")
            .ok()?;
        (!r.is_empty()).then_some(())
    });
    assert!(
        scraped.is_some(),
        "prometheus did not scrape the container: {}",
        prom.api("/api/v1/targets")
    );
}

#[test]
fn image_without_its_mounts_keeps_serving_and_says_why() {
    require_tools(&["curl", "dpkg"]);
    require_docker();
    let id = std::process::id();
    let image = build_image(&format!("pp-dep-podpulse:test-bad-{id}"));
    let state = TempDir::new("image-state-bad");
    let port = free_port();
    // No runtime socket, no journal, no machine-id: a DaemonSet with the wrong component.
    let container = run_like_daemonset(
        &image.0,
        &format!("pp-dep-image-bad-{id}"),
        port,
        state.path(),
        &[],
        "0:0",
    );
    let metrics = wait_metrics(&container, port);
    let down = eventually(Duration::from_secs(20), || {
        let (_, m) = http_get(&format!("http://127.0.0.1:{port}/metrics"))?;
        (sample(&m, "podpulse_runtime_up{") == Some(0.0)
            && sample(&m, "podpulse_journal_up") == Some(0.0))
        .then_some(())
    });
    assert!(
        down.is_some(),
        "missing mounts must read podpulse_runtime_up 0 and podpulse_journal_up 0:\n{metrics}"
    );
    let logs = container.logs();
    assert!(
        logs.contains("/host/run/docker.sock"),
        "no log line names the missing runtime socket:\n{logs}"
    );
    assert!(
        container.running(),
        "the agent must keep running without its mounts:\n{logs}"
    );
}

#[test]
fn image_without_permission_on_its_mounts_keeps_serving_and_says_why() {
    // Wrong permissions: the mounts are there, but the agent runs as nobody (65534), which may
    // neither connect to the root-owned runtime socket nor read the journal or write its state.
    require_tools(&["curl", "dpkg"]);
    require_docker();
    let id = std::process::id();
    let image = build_image(&format!("pp-dep-podpulse:test-perm-{id}"));
    let state = TempDir::new("image-state-perm");
    let empty_journal = TempDir::new("image-varlog-perm");
    let port = free_port();
    let container = run_like_daemonset(
        &image.0,
        &format!("pp-dep-image-perm-{id}"),
        port,
        state.path(),
        &daemonset_mounts(&empty_journal),
        "65534:65534",
    );
    let metrics = wait_metrics(&container, port);
    let down = eventually(Duration::from_secs(20), || {
        let (_, m) = http_get(&format!("http://127.0.0.1:{port}/metrics"))?;
        (sample(&m, "podpulse_runtime_up{") == Some(0.0)).then_some(())
    });
    assert!(
        down.is_some(),
        "an unreadable runtime socket must read podpulse_runtime_up 0:\n{metrics}"
    );
    let logs = container.logs();
    assert!(
        logs.contains("/host/run/docker.sock") && logs.to_lowercase().contains("permission"),
        "no log line names the socket and the permission problem:\n{logs}"
    );
    assert!(container.running(), "the agent must keep running:\n{logs}");
}

/// The journal file header's incompatible-feature flags (systemd's journal-def.h).
fn incompatible_flags(path: &Path) -> Option<u32> {
    let bytes = std::fs::read(path).ok()?;
    if bytes.len() < 16 || &bytes[..8] != b"LPKSHHRH" {
        return None;
    }
    Some(u32::from_le_bytes([
        bytes[12], bytes[13], bytes[14], bytes[15],
    ]))
}

fn flag_names(flags: u32) -> Vec<&'static str> {
    [
        (1, "COMPRESSED_XZ"),
        (2, "COMPRESSED_LZ4"),
        (4, "COMPRESSED_ZSTD"),
        (8, "KEYED_HASH"),
        (16, "COMPACT"),
    ]
    .iter()
    .filter(|(bit, _)| flags & bit != 0)
    .map(|(_, name)| *name)
    .collect()
}

#[test]
fn image_libsystemd_reads_this_hosts_journal() {
    // Independent of the agent: a 20-line sd_journal reader (tests/data/deploy/journal-reader.c)
    // takes podpulse's place in the image and reads the journal under the DaemonSet's
    // constraints. It proves the journal features the docs claim for the image's libsystemd
    // against whatever this host's journald writes.
    require_tools(&["gcc", "dpkg"]);
    require_docker();
    let mut files = Vec::new();
    for root in ["/run/log/journal", "/var/log/journal"] {
        for dir in std::fs::read_dir(root).into_iter().flatten().flatten() {
            for f in std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                if let Some(flags) = incompatible_flags(&f.path()) {
                    files.push((f.path(), flags));
                }
            }
        }
    }
    assert!(
        !files.is_empty(),
        "no journal files under /run/log/journal or /var/log/journal (is journald running?)"
    );
    for (path, flags) in &files {
        eprintln!(
            "{}: incompatible flags {flags:#x} {:?}",
            path.display(),
            flag_names(*flags)
        );
    }
    let build = TempDir::new("journal-reader");
    let bin = build.join("journal-reader");
    run_ok(
        Command::new("gcc")
            .args(["-O2", "-o"])
            .arg(&bin)
            .arg(repo().join("tests/data/deploy/journal-reader.c"))
            .arg("-lsystemd"),
    );
    let id = std::process::id();
    let image = build_image_with(&format!("pp-dep-journal-reader:test-{id}"), &bin);
    let empty_journal = TempDir::new("journal-reader-varlog");
    let mut c = Command::new("docker");
    c.args([
        "run",
        "--rm",
        "--name",
        &format!("pp-dep-journal-reader-{id}"),
    ])
    .args(["--network", "none", "--read-only", "--cap-drop", "ALL"])
    .args(["--security-opt", "no-new-privileges", "--user", "0:0"]);
    for (host, inside) in daemonset_mounts(&empty_journal).iter().skip(1) {
        c.arg("-v").arg(format!("{host}:{inside}:ro"));
    }
    let out = run_ok(c.arg(&image.0));
    let entries: u64 = out
        .trim()
        .strip_prefix("entries=")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(entries > 0, "the image read no journal entries: {out}");
}
