//! scripts/demo.sh, run as a newcomer would (with `DEMO_ONCE=1` so it prints, cleans up and
//! exits): on the real dockerd it shows every one of the pod primer's broken pods in its
//! kubectl-style STATUS with a diagnosis, describes the crash loop within a minute, and leaves no
//! container behind.

mod common;

use std::process::Command;
use std::time::Instant;

#[test]
fn demo_shows_every_broken_pod_and_cleans_up() {
    common::require_docker();
    let start = Instant::now();
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/demo.sh"))
        .env("DEMO_ONCE", "1")
        .env("PODPULSE_BIN", env!("CARGO_BIN_EXE_podpulse"))
        .output()
        .expect("run scripts/demo.sh");
    let took = start.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "demo.sh failed:\n{stdout}\n{stderr}");
    let row = |name: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with("demo ") && l.split_whitespace().nth(1) == Some(name))
            .unwrap_or_default()
            .to_string()
    };
    for (pod, status) in [
        ("crash-loop", "CrashLoopBackOff"),
        ("memory-hog", "OOMKilled"),
        ("liveness-podpulse-demo", "LivenessProbeFailing"),
        ("offline-podpulse-demo", "ErrImageNeverPull"),
        ("tuned-podpulse-demo", "SysctlForbidden"),
        ("report-job", "Completed"),
    ] {
        let line = row(pod);
        assert!(
            line.contains(status),
            "{pod}: expected {status} in its row {line:?}\n{stdout}"
        );
    }
    assert!(
        stdout.contains("Pod:        demo/crash-loop") && stdout.contains("Next steps:"),
        "no describe of the crash loop:\n{stdout}"
    );
    // A newcomer sees a diagnosis within a minute.
    assert!(took.as_secs() < 60, "demo took {took:?}");
    // Nothing left behind.
    let left =
        common::docker(&["ps", "-aq", "--filter", "label=podpulse-demo"]).unwrap_or_default();
    assert!(left.trim().is_empty(), "demo containers left: {left}");
}
