//! `scripts/containerd-stop.sh` with pods still running (host network and CNI bridge): it must
//! leave no shim, no pod process, no netns or sandbox mount, no `pp-cni0` bridge and no state
//! behind — killing containerd first would leave shims and `sleep` PID 1s running. Its own test
//! binary: it stops the shared test containerd (and starts it again at the end).

#[path = "common/cri_driver.rs"]
mod cri_driver;
#[path = "common/pod_driver.rs"]
mod pod_driver;

use std::time::Duration;

use cri_driver::{run_script, CriDriver, PREFIX};
use pod_driver::{AppSpec, PodDriver, PodSpec};

fn pids_with_cgroup(needle: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if !name.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let cg = std::fs::read_to_string(format!("/proc/{name}/cgroup")).unwrap_or_default();
            if cg.contains(needle) {
                out.push(name);
            }
        }
    }
    out
}

fn shims_of_our_socket() -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            let cmd = std::fs::read(format!("/proc/{name}/cmdline")).unwrap_or_default();
            let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
            if cmd.contains("containerd-shim") && cmd.contains("/run/pp-containerd/") {
                out.push(name);
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stop_script_removes_running_pods_and_everything_they_left() {
    if std::env::var_os("PP_CRI_SOCKET").is_some() {
        eprintln!("PP_CRI_SOCKET points at a runtime we do not own; not stopping it");
        return;
    }
    let d = CriDriver::new().await;
    let mut uids = Vec::new();
    for host in [true, false] {
        let pod = PodSpec::new(PREFIX, "teardown", host);
        let sb = d.run_pod(&pod).await.expect("pod");
        d.start_app(&sb, &pod, &AppSpec::sh("app", "sleep 3600"))
            .await
            .expect("app");
        uids.push(pod.uid.clone());
    }
    assert!(!shims_of_our_socket().is_empty(), "shims are running");
    assert!(uids
        .iter()
        .all(|u| !pids_with_cgroup(&format!("pod{u}")).is_empty()));

    run_script("containerd-stop.sh", &[]).expect("stop script");
    tokio::time::sleep(Duration::from_millis(200)).await;

    let shims = shims_of_our_socket();
    let leftovers: Vec<String> = uids
        .iter()
        .flat_map(|u| pids_with_cgroup(&format!("pod{u}")))
        .collect();
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    let our_mounts: Vec<&str> = mounts
        .lines()
        .filter(|l| l.contains("/run/pp-containerd") || l.contains("/var/lib/pp-containerd"))
        .collect();
    let bridge = std::path::Path::new("/sys/class/net/pp-cni0").exists();
    let state = std::path::Path::new("/run/pp-containerd").exists();

    // Bring the test containerd back before asserting, so later tests are not affected.
    run_script("containerd-start.sh", &[]).expect("start again");

    assert!(shims.is_empty(), "shims left: {shims:?}");
    assert!(leftovers.is_empty(), "pod processes left: {leftovers:?}");
    assert!(our_mounts.is_empty(), "mounts left: {our_mounts:?}");
    assert!(!bridge, "pp-cni0 left");
    assert!(!state, "/run/pp-containerd left");
}
