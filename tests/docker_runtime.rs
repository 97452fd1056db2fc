//! The Docker back-end against the shared dockerd: the tests act as the kubelet + cri-dockerd
//! (`common/docker_driver.rs`) and run the same runtime-neutral scenarios as the CRI back-end
//! (`common/pod_driver.rs`, also used by `cri_runtime.rs`), asserting what
//! `DockerRuntime::list/watch/exec` report.

#[path = "common/docker_driver.rs"]
mod docker_driver;
#[path = "common/pod_driver.rs"]
mod pod_driver;

use docker_driver::{DockerDriver, PREFIX};

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oom_kill_is_counted_exactly_and_reported_as_oomkilled() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_oom_kill(&d, PREFIX).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_restart_and_removal_are_watched_within_a_second() {
    let d = DockerDriver::new().await;
    pod_driver::scenario_crash_restart_remove(&d, PREFIX).await;
}
