//! The CRI back-end against a real containerd 1.6 with its CRI plugin (our own instance, started by
//! `scripts/containerd-start.sh`): the tests act as the kubelet through the CRI API and assert what
//! `CriRuntime::list/watch/exec/images` report. Shared scenarios live in `common/pod_driver.rs`.

#[path = "common/cri_driver.rs"]
mod cri_driver;
#[path = "common/pod_driver.rs"]
mod pod_driver;

use std::path::Path;
use std::time::Duration;

use cri_driver::{CriDriver, PREFIX};
use pod_driver::PodSpec;
use podpulse::model::ContainerId;
use podpulse::runtime::cri::{CriRuntime, SkipKind};
use podpulse::runtime::detect::{
    self, Candidate, Choice, RuntimeSelection, SelectReason, SocketKind,
};
use podpulse::runtime::{ExecError, Runtime};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_network_pod_is_listed_like_the_kubelet_made_it() {
    let d = CriDriver::new().await;
    pod_driver::scenario_running_pod(&d, PREFIX, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bridge_network_pod_has_its_ip_from_the_sandbox() {
    let d = CriDriver::new().await;
    pod_driver::scenario_running_pod(&d, PREFIX, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exec_probes_classify_ok_exit_timeout_and_missing_binary() {
    let d = CriDriver::new().await;
    pod_driver::scenario_exec_probes(&d, PREFIX).await;
}

/// The CRI-specific half of the exec contract: a missing binary is a gRPC error, not exit 126.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_binary_is_a_grpc_error_on_cri() {
    let d = CriDriver::new().await;
    let pod = PodSpec::new(PREFIX, "nobin", true);
    let sb = pod_driver::PodDriver::run_pod(&d, &pod).await.expect("pod");
    let id = pod_driver::PodDriver::start_app(
        &d,
        &sb,
        &pod,
        &pod_driver::AppSpec::sh("app", "sleep 60"),
    )
    .await
    .expect("app");
    let got = d
        .cri()
        .exec(
            &ContainerId(id),
            &["nope-not-here".to_string()],
            Duration::from_secs(1),
        )
        .await;
    match got {
        Err(ExecError::Failed(msg)) => assert!(msg.contains("OCI runtime exec failed"), "{msg}"),
        other => panic!("want ExecError::Failed, got {other:?}"),
    }
    let gone = d
        .cri()
        .exec(
            &ContainerId("0000no-such-container".into()),
            &["true".to_string()],
            Duration::from_secs(1),
        )
        .await;
    assert!(matches!(gone, Err(ExecError::NotRunning(_))), "{gone:?}");
    pod_driver::PodDriver::remove_pod(&d, &sb)
        .await
        .expect("remove");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oom_kill_is_counted_exactly_and_reported_as_oomkilled() {
    let d = CriDriver::new().await;
    pod_driver::scenario_oom_kill(&d, PREFIX).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn child_oom_kills_count_from_the_cgroup_while_the_container_runs() {
    let d = CriDriver::new().await;
    pod_driver::scenario_child_oom_kills(&d, PREFIX).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_restart_and_removal_are_watched_within_a_second() {
    let d = CriDriver::new().await;
    pod_driver::scenario_crash_restart_remove(&d, PREFIX).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sandbox_without_kubelet_labels_is_a_counted_skip() {
    let d = CriDriver::new().await;
    let rt = d.cri();
    let before = skipped(&rt, SkipKind::BadLabels);
    let pod = PodSpec::new(PREFIX, "nolabels", true);
    let sb = d
        .run_sandbox(CriDriver::sandbox_config(&pod, false))
        .await
        .expect("sandbox");
    let list = rt.list().await.expect("list");
    assert!(
        list.iter().all(|c| c.id.0 != sb),
        "unlabelled sandbox listed"
    );
    assert!(skipped(&rt, SkipKind::BadLabels) > before);
    // Counted once per object, not once per list.
    let after_one = skipped(&rt, SkipKind::BadLabels);
    rt.list().await.expect("list");
    rt.list().await.expect("list");
    assert!(
        skipped(&rt, SkipKind::BadLabels) <= after_one + 2,
        "skips grow per poll"
    );
    pod_driver::PodDriver::remove_pod(&d, &sb)
        .await
        .expect("remove");
}

fn skipped(rt: &CriRuntime, kind: SkipKind) -> u64 {
    rt.skipped()
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map_or(0, |(_, n)| n)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn version_and_images() {
    let d = CriDriver::new().await;
    let rt = d.cri();
    let v = rt.version().await.expect("version");
    assert!(v.starts_with("containerd "), "{v}");
    assert!(v.contains("(CRI v1)"), "{v}");
    let images = rt.images().await.expect("images");
    assert!(
        images
            .iter()
            .any(|i| i == "docker.io/podpulse-test/busybox:1"),
        "{images:?}"
    );
    assert!(images
        .iter()
        .any(|i| i == "docker.io/podpulse-test/pause:1"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_that_is_not_cri_is_a_clear_error() {
    // dockerd's HTTP/1.1 API socket.
    let docker = Path::new("/var/run/docker.sock");
    if docker.exists() {
        let err = CriRuntime::connect(docker)
            .await
            .expect_err("docker is not CRI");
        let text = err.to_string();
        eprintln!("docker.sock as CRI: {text}");
        assert!(text.contains("/var/run/docker.sock"), "{text}");
        assert!(text.contains("not a CRI gRPC endpoint"), "{text}");
    }
    // A containerd with its CRI plugin disabled (dockerd's own): gRPC, but not CRI. Only
    // `Version` is sent, which changes nothing.
    let moby = Path::new("/var/run/docker/containerd/containerd.sock");
    if moby.exists() {
        let err = CriRuntime::connect(moby)
            .await
            .expect_err("CRI disabled there");
        eprintln!("dockerd's containerd as CRI: {err}");
        assert!(err.to_string().contains("not CRI runtime.v1"), "{err}");
    }
    // A missing socket.
    let err = CriRuntime::connect(Path::new("/run/pp-cri-nothing-here.sock"))
        .await
        .expect_err("no socket");
    assert!(err.to_string().contains("does not exist"), "{err}");
    // A lazy back-end on a missing socket fails its calls cleanly, never panics.
    let lazy = CriRuntime::lazy(Path::new("/run/pp-cri-nothing-here.sock")).expect("lazy");
    assert!(lazy.list().await.is_err());
    assert!(matches!(
        lazy.exec(
            &ContainerId("x".into()),
            &["true".into()],
            Duration::from_secs(1)
        )
        .await,
        Err(ExecError::Unreachable(_))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auto_selection_prefers_an_answering_cri_socket() {
    cri_driver::ensure_containerd();
    let sock = cri_driver::socket();
    let sel = detect::select_runtime_from(
        RuntimeSelection::Auto,
        Path::new("/var/run/docker.sock"),
        Some(&sock),
        &[
            Candidate {
                path: "/run/pp-cri-absent.sock".into(),
                kind: SocketKind::Cri,
            },
            Candidate {
                path: sock.clone(),
                kind: SocketKind::Cri,
            },
            Candidate {
                path: "/var/run/docker.sock".into(),
                kind: SocketKind::Docker,
            },
        ],
    )
    .await
    .expect("selects");
    assert!(matches!(sel.choice, Choice::Cri(_)));
    assert_eq!(sel.reason, SelectReason::AutoProbe);
    assert_eq!(sel.runtime_label(), "cri");
    assert_eq!(sel.endpoint(), sock.display().to_string());
    assert_eq!(
        sel.cri_version.as_ref().map(|v| v.runtime_name.as_str()),
        Some("containerd")
    );
    assert!(sel.detail.contains("absent"), "{}", sel.detail);
    eprintln!("auto with flag: {}", sel.detail);

    // The real defaults on this machine: dockerd's containerd has no public socket, so auto
    // without a flag lands on Docker (or a real node containerd if one exists).
    let sel = detect::select_runtime(
        RuntimeSelection::Auto,
        Path::new("/var/run/docker.sock"),
        None,
    )
    .await
    .expect("selects");
    eprintln!(
        "auto on this machine: {} {}",
        sel.runtime_label(),
        sel.detail
    );
    assert!(!sel.detail.is_empty());
}
