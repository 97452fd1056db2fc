//! The CRI back-end against an in-process fake CRI server on a unix socket, for what the real
//! containerd 1.6 here cannot show: a runtime with `GetContainerEvents` (containerd >= 1.7,
//! CRI-O), a CRI API version that does not match, and objects that vanish between list and
//! status. Everything else is tested against the real containerd (`cri_runtime.rs`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::Stream;
use k8s_cri::v1 as cri;
use k8s_cri::v1::runtime_service_server::{RuntimeService, RuntimeServiceServer};
use podpulse::model::{RuntimeEvent, RuntimeState};
use podpulse::runtime::cri::{CriRuntime, SkipKind};
use podpulse::runtime::Runtime;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tonic::{Request, Response, Status};

type EventStream = Pin<Box<dyn Stream<Item = Result<cri::ContainerEventResponse, Status>> + Send>>;

#[derive(Default)]
struct State {
    sandboxes: Vec<cri::PodSandboxStatus>,
    containers: Vec<cri::ContainerStatus>,
    /// Listed, but ContainerStatus says NOT_FOUND (removed in between).
    ghosts: Vec<String>,
    events: Option<mpsc::Receiver<Result<cri::ContainerEventResponse, Status>>>,
}

#[derive(Clone)]
struct Fake {
    api_version: &'static str,
    state: Arc<Mutex<State>>,
}

fn kubelet_labels(pod: &str, container: Option<&str>) -> HashMap<String, String> {
    let mut l = HashMap::from([
        ("io.kubernetes.pod.name".to_string(), pod.to_string()),
        ("io.kubernetes.pod.namespace".to_string(), "ns".to_string()),
        ("io.kubernetes.pod.uid".to_string(), format!("uid-{pod}")),
    ]);
    if let Some(c) = container {
        l.insert("io.kubernetes.container.name".into(), c.into());
    }
    l
}

fn sandbox(id: &str, pod: &str) -> cri::PodSandboxStatus {
    cri::PodSandboxStatus {
        id: id.into(),
        metadata: Some(cri::PodSandboxMetadata {
            name: pod.into(),
            uid: format!("uid-{pod}"),
            namespace: "ns".into(),
            attempt: 0,
        }),
        state: cri::PodSandboxState::SandboxReady as i32,
        created_at: 1_000_000_000,
        network: Some(cri::PodSandboxNetworkStatus {
            ip: "10.1.2.3".into(),
            additional_ips: vec![],
        }),
        labels: kubelet_labels(pod, None),
        ..Default::default()
    }
}

fn container(id: &str, sandbox: &str, pod: &str, name: Option<&str>) -> cri::ContainerStatus {
    cri::ContainerStatus {
        id: id.into(),
        metadata: Some(cri::ContainerMetadata {
            name: name.unwrap_or("x").into(),
            attempt: 0,
        }),
        state: cri::ContainerState::ContainerRunning as i32,
        created_at: 2_000_000_000,
        started_at: 3_000_000_000,
        labels: if name.is_some() {
            kubelet_labels(pod, name)
        } else {
            HashMap::new()
        },
        // The fake keeps the sandbox id here (ContainerStatus has no field for it; ListContainers does).
        log_path: sandbox.into(),
        resources: Some(cri::ContainerResources {
            linux: Some(cri::LinuxContainerResources {
                memory_limit_in_bytes: 1 << 20,
                ..Default::default()
            }),
            windows: None,
        }),
        ..Default::default()
    }
}

fn unimplemented<T>() -> Result<Response<T>, Status> {
    Err(Status::unimplemented("not in the fake"))
}

macro_rules! fake_service {
    ({ $($custom:tt)* } $(($name:ident, $req:ident, $resp:ident)),* $(,)?) => {
        #[tonic::async_trait]
        impl RuntimeService for Fake {
            $($custom)*
            $(
                async fn $name(&self, _r: Request<cri::$req>) -> Result<Response<cri::$resp>, Status> {
                    unimplemented()
                }
            )*
        }
    };
}

fake_service! {
    {
    type GetContainerEventsStream = EventStream;

    async fn version(&self, _r: Request<cri::VersionRequest>) -> Result<Response<cri::VersionResponse>, Status> {
        Ok(Response::new(cri::VersionResponse {
            version: "0.1.0".into(),
            runtime_name: "fake-cri".into(),
            runtime_version: "9.9".into(),
            runtime_api_version: self.api_version.into(),
        }))
    }

    async fn list_pod_sandbox(&self, _r: Request<cri::ListPodSandboxRequest>) -> Result<Response<cri::ListPodSandboxResponse>, Status> {
        let st = self.state.lock().map_err(|_| Status::internal("poisoned"))?;
        let items = st.sandboxes.iter().map(|s| cri::PodSandbox {
            id: s.id.clone(),
            metadata: s.metadata.clone(),
            state: s.state,
            created_at: s.created_at,
            labels: s.labels.clone(),
            ..Default::default()
        }).collect();
        Ok(Response::new(cri::ListPodSandboxResponse { items }))
    }

    async fn pod_sandbox_status(&self, r: Request<cri::PodSandboxStatusRequest>) -> Result<Response<cri::PodSandboxStatusResponse>, Status> {
        let id = r.into_inner().pod_sandbox_id;
        let st = self.state.lock().map_err(|_| Status::internal("poisoned"))?;
        let s = st.sandboxes.iter().find(|s| s.id == id).cloned().ok_or_else(|| Status::not_found("no sandbox"))?;
        Ok(Response::new(cri::PodSandboxStatusResponse { status: Some(s), ..Default::default() }))
    }

    async fn list_containers(&self, _r: Request<cri::ListContainersRequest>) -> Result<Response<cri::ListContainersResponse>, Status> {
        let st = self.state.lock().map_err(|_| Status::internal("poisoned"))?;
        let mut containers: Vec<cri::Container> = st.containers.iter().map(|c| cri::Container {
            id: c.id.clone(),
            pod_sandbox_id: c.log_path.clone(),
            metadata: c.metadata.clone(),
            state: c.state,
            created_at: c.created_at,
            labels: c.labels.clone(),
            ..Default::default()
        }).collect();
        for g in &st.ghosts {
            containers.push(cri::Container {
                id: g.clone(),
                labels: kubelet_labels("ghost", Some("g")),
                ..Default::default()
            });
        }
        Ok(Response::new(cri::ListContainersResponse { containers }))
    }

    async fn container_status(&self, r: Request<cri::ContainerStatusRequest>) -> Result<Response<cri::ContainerStatusResponse>, Status> {
        let id = r.into_inner().container_id;
        let st = self.state.lock().map_err(|_| Status::internal("poisoned"))?;
        let c = st.containers.iter().find(|c| c.id == id).cloned().ok_or_else(|| Status::not_found("no container"))?;
        Ok(Response::new(cri::ContainerStatusResponse { status: Some(c), ..Default::default() }))
    }

    async fn get_container_events(&self, _r: Request<cri::GetEventsRequest>) -> Result<Response<EventStream>, Status> {
        let rx = self.state.lock().map_err(|_| Status::internal("poisoned"))?.events.take();
        let Some(rx) = rx else { return Err(Status::unimplemented("no events in this fake")) };
        let stream = futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        });
        Ok(Response::new(Box::pin(stream)))
    }
    }
    (run_pod_sandbox, RunPodSandboxRequest, RunPodSandboxResponse),
    (stop_pod_sandbox, StopPodSandboxRequest, StopPodSandboxResponse),
    (remove_pod_sandbox, RemovePodSandboxRequest, RemovePodSandboxResponse),
    (create_container, CreateContainerRequest, CreateContainerResponse),
    (start_container, StartContainerRequest, StartContainerResponse),
    (stop_container, StopContainerRequest, StopContainerResponse),
    (remove_container, RemoveContainerRequest, RemoveContainerResponse),
    (update_container_resources, UpdateContainerResourcesRequest, UpdateContainerResourcesResponse),
    (reopen_container_log, ReopenContainerLogRequest, ReopenContainerLogResponse),
    (exec_sync, ExecSyncRequest, ExecSyncResponse),
    (exec, ExecRequest, ExecResponse),
    (attach, AttachRequest, AttachResponse),
    (port_forward, PortForwardRequest, PortForwardResponse),
    (container_stats, ContainerStatsRequest, ContainerStatsResponse),
    (list_container_stats, ListContainerStatsRequest, ListContainerStatsResponse),
    (pod_sandbox_stats, PodSandboxStatsRequest, PodSandboxStatsResponse),
    (list_pod_sandbox_stats, ListPodSandboxStatsRequest, ListPodSandboxStatsResponse),
    (update_runtime_config, UpdateRuntimeConfigRequest, UpdateRuntimeConfigResponse),
    (status, StatusRequest, StatusResponse),
    (checkpoint_container, CheckpointContainerRequest, CheckpointContainerResponse),
    (list_metric_descriptors, ListMetricDescriptorsRequest, ListMetricDescriptorsResponse),
    (list_pod_sandbox_metrics, ListPodSandboxMetricsRequest, ListPodSandboxMetricsResponse),
    (runtime_config, RuntimeConfigRequest, RuntimeConfigResponse),
}

/// Serves `fake` on a fresh socket; returns its path.
async fn serve(fake: Fake, tag: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("pp-cri-fake-{tag}-{}.sock", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let listener = tokio::net::UnixListener::bind(&path).expect("bind");
    let incoming = futures_util::stream::unfold(listener, |l| async move {
        let conn = l.accept().await.map(|(s, _)| s);
        Some((conn, l))
    });
    tokio::spawn(async move {
        let _ = tonic::transport::Server::builder()
            .serve_with_incoming(RuntimeServiceServer::new(fake), Box::pin(incoming))
            .await;
    });
    path
}

#[tokio::test]
async fn a_cri_api_version_that_does_not_match_is_a_clear_error() {
    let fake = Fake {
        api_version: "v1alpha2",
        state: Arc::default(),
    };
    let path = serve(fake, "apiver").await;
    let err = CriRuntime::connect(&path)
        .await
        .expect_err("v1alpha2 refused");
    let text = err.to_string();
    assert!(text.contains("speaks CRI API \"v1alpha2\""), "{text}");
    assert!(text.contains("needs v1"), "{text}");
    let _ = std::fs::remove_file(&path);
}

#[tokio::test]
async fn list_skips_unlabelled_and_vanished_objects_and_counts_them_once() {
    let state = Arc::new(Mutex::new(State {
        sandboxes: vec![sandbox("s1", "web")],
        containers: vec![
            container("c1", "s1", "web", Some("app")),
            container("c2", "s1", "web", None),
        ],
        ghosts: vec!["gone".into()],
        events: None,
    }));
    let path = serve(
        Fake {
            api_version: "v1",
            state,
        },
        "skips",
    )
    .await;
    let rt = CriRuntime::connect(&path).await.expect("connect");
    for _ in 0..3 {
        let list = rt.list().await.expect("list");
        let ids: Vec<&str> = list.iter().map(|c| c.id.0.as_str()).collect();
        assert_eq!(ids, ["s1", "c1"]);
        assert_eq!(list[0].ip, "10.1.2.3".parse().ok());
        assert_eq!(list[1].memory_limit_bytes, Some(1 << 20));
    }
    let skipped: HashMap<SkipKind, u64> = rt.skipped().into_iter().collect();
    assert_eq!(skipped[&SkipKind::BadLabels], 1, "c2, once");
    assert_eq!(skipped[&SkipKind::Vanished], 1, "gone, once");
    let _ = std::fs::remove_file(&path);
}

#[tokio::test]
async fn get_container_events_drives_the_watch_when_the_runtime_has_it() {
    let (ev_tx, ev_rx) = mpsc::channel(16);
    let state = Arc::new(Mutex::new(State {
        sandboxes: vec![sandbox("s1", "web")],
        containers: vec![container("c1", "s1", "web", Some("app"))],
        ghosts: vec![],
        events: Some(ev_rx),
    }));
    let path = serve(
        Fake {
            api_version: "v1",
            state: state.clone(),
        },
        "events",
    )
    .await;
    // A poll interval far beyond the test: only the event stream can explain a fast change.
    let rt = Arc::new(
        CriRuntime::connect(&path)
            .await
            .expect("connect")
            .with_poll_interval(Duration::from_secs(60)),
    );
    rt.list().await.expect("list");
    let (tx, mut rx) = mpsc::channel(16);
    let cancel = CancellationToken::new();
    let watch = tokio::spawn({
        let (rt, cancel) = (rt.clone(), cancel.clone());
        async move { rt.watch(tx, cancel).await }
    });
    // Let the first (immediate) poll pass.
    tokio::time::sleep(Duration::from_millis(200)).await;

    if let Ok(mut st) = state.lock() {
        let c = &mut st.containers[0];
        c.state = cri::ContainerState::ContainerExited as i32;
        c.exit_code = 2;
        c.reason = "Error".into();
        c.finished_at = 4_000_000_000;
    }
    let t0 = Instant::now();
    ev_tx
        .send(Ok(cri::ContainerEventResponse {
            container_id: "c1".into(),
            container_event_type: cri::ContainerEventType::ContainerStoppedEvent as i32,
            created_at: 4_000_000_000,
            ..Default::default()
        }))
        .await
        .expect("send event");
    let got = tokio::time::timeout(Duration::from_secs(2), rx.recv())
        .await
        .expect("an event within 2 s, not the 60 s poll")
        .expect("channel open");
    assert!(
        t0.elapsed() < Duration::from_millis(500),
        "{:?}",
        t0.elapsed()
    );
    match got {
        RuntimeEvent::Changed(c) => {
            assert_eq!(c.id.0, "c1");
            assert!(matches!(
                c.state,
                RuntimeState::Exited { exit_code: 2, ref reason, .. } if reason.as_deref() == Some("Error")
            ));
        }
        other => panic!("unexpected {other:?}"),
    }
    // The exit, once, as an exit.
    let got = tokio::time::timeout(Duration::from_secs(2), rx.recv())
        .await
        .expect("the exit event follows")
        .expect("channel open");
    assert_eq!(
        got,
        RuntimeEvent::Exited {
            id: podpulse::model::ContainerId("c1".into()),
            exit_code: 2,
            oom_killed: false
        }
    );

    // Removal through the stream too.
    if let Ok(mut st) = state.lock() {
        st.containers.clear();
    }
    ev_tx
        .send(Ok(cri::ContainerEventResponse {
            container_id: "c1".into(),
            container_event_type: cri::ContainerEventType::ContainerDeletedEvent as i32,
            ..Default::default()
        }))
        .await
        .expect("send event");
    let got = tokio::time::timeout(Duration::from_secs(2), rx.recv())
        .await
        .expect("removal within 2 s")
        .expect("channel open");
    assert!(
        matches!(got, RuntimeEvent::Removed(ref id) if id.0 == "c1"),
        "{got:?}"
    );

    // The stream ending is the watch failing (the supervisor reconnects).
    drop(ev_tx);
    let ended = tokio::time::timeout(Duration::from_secs(2), watch)
        .await
        .expect("watch ends with its stream")
        .expect("joins");
    assert!(ended.is_err(), "{ended:?}");
    cancel.cancel();
    let _ = std::fs::remove_file(&path);
}
