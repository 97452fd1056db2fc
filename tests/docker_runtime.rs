//! The Docker back-end against the shared dockerd: the tests act as the kubelet + cri-dockerd
//! (`common/docker_driver.rs`) and run the same runtime-neutral scenarios as the CRI back-end
//! (`common/pod_driver.rs`, also used by `cri_runtime.rs`), asserting what
//! `DockerRuntime::list/watch/exec` report.

#[path = "common/docker_driver.rs"]
mod docker_driver;
#[path = "common/pod_driver.rs"]
mod pod_driver;

use std::time::Duration;

use docker_driver::{DockerDriver, PREFIX};
use pod_driver::{AppSpec, PodDriver, PodSpec};
use podpulse::model::ContainerId;
use podpulse::runtime::{ExecError, Runtime};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_network_pod_is_listed_like_the_kubelet_made_it() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_running_pod(&d, PREFIX, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bridge_network_pod_has_its_ip_from_the_sandbox() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_running_pod(&d, PREFIX, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exec_probes_classify_ok_exit_timeout_and_missing_binary() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_exec_probes(&d, PREFIX).await;
}

/// The Docker-specific half of the exec contract: a missing binary is exit 126 with the OCI
/// message in the output (not an API error), and an unknown container is `NotRunning`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_binary_is_exit_126_on_docker() {
    let d = DockerDriver::new().await;
    let rt = d.docker_runtime();
    let pod = PodSpec::new(PREFIX, "nobin", true);
    let sb = d.run_pod(&pod).await.expect("pod");
    let id = d
        .start_app(&sb, &pod, &AppSpec::sh("app", "sleep 60"))
        .await
        .expect("app");
    let got = rt
        .exec(
            &ContainerId(id),
            &["nope-not-here".to_string()],
            Duration::from_secs(1),
        )
        .await
        .expect("an exit code, not an error");
    assert_eq!(got.exit_code, 126, "{got:?}");
    let text = String::from_utf8_lossy(&got.output);
    assert!(text.contains("OCI runtime exec failed"), "{text}");
    let gone = rt
        .exec(
            &ContainerId("0000no-such-container".into()),
            &["true".to_string()],
            Duration::from_secs(1),
        )
        .await;
    assert!(matches!(gone, Err(ExecError::NotRunning(_))), "{gone:?}");
    d.remove_pod(&sb).await.expect("remove");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oom_kill_is_counted_exactly_and_reported_as_oomkilled() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_oom_kill(&d, PREFIX).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn child_oom_kills_count_from_the_cgroup_while_the_container_runs() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_child_oom_kills(&d, PREFIX).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_restart_and_removal_are_watched_within_a_second() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_crash_restart_remove(&d, PREFIX).await;
}
