//! CRI v1 back-end (`runtime.v1.RuntimeService` / `ImageService` over a unix socket, tonic):
//! containerd, CRI-O, cri-dockerd.
//!
//! Owns the gRPC channel, the change detection and the skip counters for objects no kubelet
//! made. Change detection, best first:
//! - containerd: its own event service on the same socket (create, task start/exit/OOM, delete)
//!   names each object that changed; a status call (or, for a new id, a list filtered by that id)
//!   looks at just that object until the CRI shows what the event announced. A full relist every
//!   30 s only backs the events up. OOM events also read the cgroup's `oom_kill` total.
//! - the CRI's `GetContainerEvents` where the runtime has it: each event triggers a diffing poll,
//!   with a 5 s poll as the safety net;
//! - neither (CRI-O without evented PLEG, a CRI proxy): a cheap diffing poll every 500 ms.
//!
//! Each container's last state lives in one view, so an exit is reported (`Exited`) once,
//! whichever path sees it first. CRI types are mapped to `crate::model` in `map` and nowhere
//! else. It must never change a container: the only write-like call is `ExecSync`, for a pod's
//! own exec probes.

pub mod containerd_events;
pub mod map;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use async_trait::async_trait;
use futures_util::stream::{self, StreamExt};
use hyper_util::rt::TokioIo;
use k8s_cri::v1 as cri;
use k8s_cri::v1::image_service_client::ImageServiceClient;
use k8s_cri::v1::runtime_service_client::RuntimeServiceClient;
use tokio::net::UnixStream;
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tonic::transport::{Channel, Endpoint, Uri};
use tonic::{Code, Status};

use self::containerd_events::{Expect, NativeEvent};
use self::map::Skip;
use super::cgroup::{self, CgroupReader, Hint};
use super::{ExecError, Runtime, RuntimeError};
use crate::model::{
    Container, ContainerId, ExecOutput, RuntimeEvent, RuntimeKind, MAX_PROBE_OUTPUT,
};

/// The CRI API version this back-end speaks.
pub const CRI_API_VERSION: &str = "v1";
/// How often the runtime is polled when it has no usable event stream (containerd 1.6).
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_millis(500);
/// Poll interval as a safety net when the runtime streams `GetContainerEvents`.
const EVENTED_POLL_INTERVAL: Duration = Duration::from_secs(5);
/// The safety relist while containerd's own event stream drives the changes: it only catches
/// what an event could not say (a subscription that started late, a lost message).
pub const DEFAULT_RELIST_INTERVAL: Duration = Duration::from_secs(30);
/// After subscribing to containerd's events, one more list this much later.
const SUBSCRIBE_SETTLE: Duration = Duration::from_secs(1);
/// After a native exit/start event, the CRI plugin updates its own store asynchronously; looking
/// this much later usually sees the new state, the next tick catches the rest.
const NATIVE_EVENT_SETTLE: Duration = Duration::from_millis(10);
/// Gap between targeted checks of ids named by native events, for the first `..._FAST_FOR`.
const NATIVE_CHECK_FAST_GAP: Duration = Duration::from_millis(15);
const NATIVE_CHECK_FAST_FOR: Duration = Duration::from_millis(400);
/// Backoff cap between targeted checks after that.
const NATIVE_CHECK_MAX_GAP: Duration = Duration::from_millis(160);
/// How long an id named by a native event is re-checked before the poll takes over.
const PENDING_FOR: Duration = Duration::from_secs(2);
/// Deadline for one unary call (list, status, version); the kubelet uses 2 min, a monitor less.
const CALL_TIMEOUT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// The kubelet raises the gRPC receive limit to 16 MiB for large node lists; so do we.
const MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;
/// Parallel status calls during a full list.
const STATUS_CONCURRENCY: usize = 8;
/// Bound on remembered skipped ids (so a skip is counted once per object, not once per poll).
const MAX_REMEMBERED_SKIPS: usize = 16_384;

/// What the runtime reports about itself (`Version`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriVersion {
    /// `containerd`, `cri-o`, `docker` (cri-dockerd), ...
    pub runtime_name: String,
    pub runtime_version: String,
    pub runtime_api_version: String,
}

impl CriVersion {
    fn text(&self) -> String {
        format!(
            "{} {} (CRI {})",
            self.runtime_name, self.runtime_version, self.runtime_api_version
        )
    }
}

/// Why an object was left out, for `podpulse_skipped_total{kind}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SkipKind {
    /// A sandbox or container without the kubelet's labels.
    BadLabels,
    /// Gone between list and status.
    Vanished,
}

impl SkipKind {
    pub const ALL: [SkipKind; 2] = [SkipKind::BadLabels, SkipKind::Vanished];

    pub fn as_str(self) -> &'static str {
        match self {
            SkipKind::BadLabels => "bad_labels",
            SkipKind::Vanished => "vanished",
        }
    }
}

/// Counts each skipped object once (polls see the same object again and again).
#[derive(Debug, Default)]
struct SkipCounters {
    bad_labels: AtomicU64,
    vanished: AtomicU64,
    seen: Mutex<HashSet<(SkipKind, String)>>,
}

impl SkipCounters {
    fn record(&self, kind: SkipKind, id: &str) {
        let fresh = match self.seen.lock() {
            Ok(mut seen) => {
                if seen.len() >= MAX_REMEMBERED_SKIPS {
                    seen.clear();
                }
                seen.insert((kind, id.to_string()))
            }
            Err(_) => true,
        };
        if fresh {
            self.counter(kind).fetch_add(1, Ordering::Relaxed);
            tracing::debug!(kind = kind.as_str(), id, "skipping a CRI object");
        }
    }

    fn counter(&self, kind: SkipKind) -> &AtomicU64 {
        match kind {
            SkipKind::BadLabels => &self.bad_labels,
            SkipKind::Vanished => &self.vanished,
        }
    }

    /// Forget objects that are no longer listed, so the set stays as big as the node.
    fn retain_live(&self, live: &HashSet<String>) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.retain(|(_, id)| live.contains(id));
        }
    }
}

/// The last state seen per id, to diff polls against.
#[derive(Debug, Clone, Default)]
struct View {
    sandboxes: HashMap<String, i32>,
    /// State and sandbox id.
    containers: HashMap<String, (i32, String)>,
    /// Each sandbox's labels (the pod's own labels for its containers).
    sandbox_labels: HashMap<String, Arc<HashMap<String, String>>>,
    /// A full list has filled this view: an object first seen after it is new since the agent
    /// looked, so its exit (if it already exited) happened while we watched.
    established: bool,
}

/// A status answer: the raw CRI state (to diff against) and the mapped container, `None` when it
/// is a counted skip.
type Inspected = (i32, Option<Container>);

/// What the background event readers tell the watch loop.
#[derive(Debug)]
enum Signal {
    /// `GetContainerEvents` delivered something: poll now.
    CriEvent,
    Native(NativeEvent),
    /// containerd's event service is not there: fall back to polling.
    NativeUnavailable,
}

/// The CRI runtime back-end. Cheap to share behind an `Arc`; the channel reconnects by itself
/// when the runtime comes back.
pub struct CriRuntime {
    socket: PathBuf,
    channel: Channel,
    poll_interval: Duration,
    /// Subscribe to containerd's own events when the runtime is containerd (default on).
    native_events: bool,
    /// Set once a runtime is seen to leave `ContainerStatus.resources` empty.
    verbose_status: AtomicBool,
    skips: SkipCounters,
    /// The view the last `list()` saw, so `watch()` starting right after it reports what changed
    /// in between and nothing else.
    last_view: Mutex<Option<View>>,
    /// The relist interval while containerd's events drive the changes.
    relist_interval: Duration,
    /// Reads containers' kernel OOM-kill counts; set once by `set_cgroup_root`.
    cgroups: OnceLock<CgroupReader>,
    /// Running containers found by the last `list()`, for `oom_kill_counts`.
    listed_running: Mutex<Vec<Hint>>,
}

impl std::fmt::Debug for CriRuntime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CriRuntime")
            .field("socket", &self.socket)
            .field("poll_interval", &self.poll_interval)
            .finish_non_exhaustive()
    }
}

impl CriRuntime {
    /// A back-end for `socket` without touching it: the first call dials. For a supervisor that
    /// retries with backoff while the socket is missing.
    pub fn lazy(socket: &Path) -> Result<CriRuntime, RuntimeError> {
        let path = socket.to_path_buf();
        let endpoint = Endpoint::try_from("http://[::]:50051")
            .map_err(|e| RuntimeError::Connect {
                endpoint: socket.display().to_string(),
                message: e.to_string(),
            })?
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_nodelay(true);
        let channel = endpoint.connect_with_connector_lazy(tower::service_fn(move |_: Uri| {
            let path = path.clone();
            async move { Ok::<_, std::io::Error>(TokioIo::new(UnixStream::connect(path).await?)) }
        }));
        Ok(CriRuntime {
            socket: socket.to_path_buf(),
            channel,
            poll_interval: DEFAULT_POLL_INTERVAL,
            native_events: true,
            verbose_status: AtomicBool::new(false),
            skips: SkipCounters::default(),
            last_view: Mutex::new(None),
            relist_interval: DEFAULT_RELIST_INTERVAL,
            cgroups: OnceLock::new(),
            listed_running: Mutex::new(Vec::new()),
        })
    }

    /// Dials `socket` and checks it serves CRI `runtime.v1` (a clear error if not).
    pub async fn connect(socket: &Path) -> Result<CriRuntime, RuntimeError> {
        let rt = CriRuntime::lazy(socket)?;
        rt.version_info().await?;
        Ok(rt)
    }

    /// Changes the poll interval (default 500 ms).
    pub fn with_poll_interval(mut self, every: Duration) -> CriRuntime {
        self.poll_interval = every.max(Duration::from_millis(50));
        self
    }

    /// Changes the safety relist interval used while containerd's events drive the changes
    /// (default 30 s).
    pub fn with_relist_interval(mut self, every: Duration) -> CriRuntime {
        self.relist_interval = every.max(Duration::from_millis(50));
        self
    }

    /// Reads OOM-kill counts under `root` (the host's `/sys/fs/cgroup`). Only the first call
    /// counts; call it before the back-end is used.
    pub fn set_cgroup_root(&self, root: &Path) {
        let _ = self.cgroups.set(CgroupReader::new(root));
    }

    fn cgroups(&self) -> &CgroupReader {
        self.cgroups
            .get_or_init(|| CgroupReader::new(Path::new(cgroup::DEFAULT_CGROUP_ROOT)))
    }

    /// Turns containerd's native event subscription off (then OOM kills are only seen as an
    /// `OOMKilled` exit, and changes only by polling) — for comparison and for CRI proxies.
    pub fn with_native_events(mut self, on: bool) -> CriRuntime {
        self.native_events = on;
        self
    }

    /// The socket path.
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// Skipped objects so far, per kind (for `podpulse_skipped_total{kind}`).
    pub fn skipped(&self) -> Vec<(SkipKind, u64)> {
        SkipKind::ALL
            .iter()
            .map(|&k| (k, self.skips.counter(k).load(Ordering::Relaxed)))
            .collect()
    }

    fn connect_error(&self, message: String) -> RuntimeError {
        RuntimeError::Connect {
            endpoint: self.socket.display().to_string(),
            message,
        }
    }

    fn runtime_client(&self) -> RuntimeServiceClient<Channel> {
        RuntimeServiceClient::new(self.channel.clone()).max_decoding_message_size(MAX_MESSAGE_BYTES)
    }

    fn image_client(&self) -> ImageServiceClient<Channel> {
        ImageServiceClient::new(self.channel.clone()).max_decoding_message_size(MAX_MESSAGE_BYTES)
    }

    /// `Version`, checked to be CRI v1.
    pub async fn version_info(&self) -> Result<CriVersion, RuntimeError> {
        let mut client = self.runtime_client();
        let call = client.version(cri::VersionRequest {
            version: CRI_API_VERSION.to_string(),
        });
        let resp = match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Err(_) => {
                return Err(self.connect_error(
                    "not a CRI gRPC endpoint or not answering: Version timed out".into(),
                ))
            }
            Ok(Err(status)) => return Err(self.connect_error(self.explain_version_error(&status))),
            Ok(Ok(r)) => r.into_inner(),
        };
        let v = CriVersion {
            runtime_name: resp.runtime_name,
            runtime_version: resp.runtime_version,
            runtime_api_version: resp.runtime_api_version,
        };
        if !api_version_ok(&v.runtime_api_version) {
            return Err(self.connect_error(format!(
                "{} {} speaks CRI API {:?}, podpulse needs {CRI_API_VERSION}",
                v.runtime_name, v.runtime_version, v.runtime_api_version
            )));
        }
        Ok(v)
    }

    fn explain_version_error(&self, status: &Status) -> String {
        if !self.socket.exists() {
            return "the socket does not exist".to_string();
        }
        match status.code() {
            Code::Unimplemented => format!(
                "the socket answers gRPC but not CRI runtime.v1 (CRI plugin disabled, or a \
                 v1alpha2-only runtime): {}",
                status.message()
            ),
            _ if is_transport_failure(status) => {
                format!(
                    "not a CRI gRPC endpoint or not answering ({}): {}",
                    code_name(status.code()),
                    status_text(status)
                )
            }
            c => format!("Version failed ({}): {}", code_name(c), status_text(status)),
        }
    }

    async fn list_sandboxes(&self) -> Result<Vec<cri::PodSandbox>, RuntimeError> {
        let mut client = self.runtime_client();
        let call = client.list_pod_sandbox(cri::ListPodSandboxRequest { filter: None });
        match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Err(_) => Err(RuntimeError::List("ListPodSandbox timed out".into())),
            Ok(Err(s)) => Err(RuntimeError::List(format!(
                "ListPodSandbox: {}",
                status_text(&s)
            ))),
            Ok(Ok(r)) => Ok(r.into_inner().items),
        }
    }

    async fn list_containers(&self) -> Result<Vec<cri::Container>, RuntimeError> {
        let mut client = self.runtime_client();
        let call = client.list_containers(cri::ListContainersRequest { filter: None });
        match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Err(_) => Err(RuntimeError::List("ListContainers timed out".into())),
            Ok(Err(s)) => Err(RuntimeError::List(format!(
                "ListContainers: {}",
                status_text(&s)
            ))),
            Ok(Ok(r)) => Ok(r.into_inner().containers),
        }
    }

    /// `PodSandboxStatus` mapped; `Ok(None)` when it vanished (counted).
    async fn inspect_sandbox(&self, id: &str) -> Result<Option<Inspected>, RuntimeError> {
        self.inspect_sandbox_as(id, true).await
    }

    /// `inspect_sandbox`; `count_vanished` off where a deletion is expected (after a native
    /// delete event), which is no skip.
    async fn inspect_sandbox_as(
        &self,
        id: &str,
        count_vanished: bool,
    ) -> Result<Option<Inspected>, RuntimeError> {
        let mut client = self.runtime_client();
        let call = client.pod_sandbox_status(cri::PodSandboxStatusRequest {
            pod_sandbox_id: id.to_string(),
            verbose: false,
        });
        let resp = match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Err(_) => return Err(inspect_error(id, "PodSandboxStatus timed out".into())),
            Ok(Err(s)) if s.code() == Code::NotFound => {
                if count_vanished {
                    self.skips.record(SkipKind::Vanished, id);
                }
                return Ok(None);
            }
            Ok(Err(s)) => return Err(inspect_error(id, status_text(&s))),
            Ok(Ok(r)) => r.into_inner(),
        };
        let Some(status) = resp.status else {
            self.skips.record(SkipKind::Vanished, id);
            return Ok(None);
        };
        match map::sandbox(&status) {
            Ok(c) => Ok(Some((status.state, Some(c)))),
            Err(skip) => {
                self.skips.record(skip_kind(&skip), id);
                Ok(Some((status.state, None)))
            }
        }
    }

    /// `ContainerStatus` mapped; `Ok(None)` when it vanished. Non-verbose while the runtime fills
    /// `resources` (containerd 1.6.20 does); verbose — the whole OCI spec as JSON, about twice the
    /// runtime's CPU — only for runtimes that leave it empty, to read the memory limit.
    async fn inspect_container(
        &self,
        id: &str,
        sandbox_labels: Option<&HashMap<String, String>>,
    ) -> Result<Option<Inspected>, RuntimeError> {
        self.inspect_container_as(id, sandbox_labels, true).await
    }

    /// `inspect_container`; `count_vanished` as for `inspect_sandbox_as`.
    async fn inspect_container_as(
        &self,
        id: &str,
        sandbox_labels: Option<&HashMap<String, String>>,
        count_vanished: bool,
    ) -> Result<Option<Inspected>, RuntimeError> {
        let mut verbose = self.verbose_status.load(Ordering::Relaxed);
        let resp = loop {
            let mut client = self.runtime_client();
            let call = client.container_status(cri::ContainerStatusRequest {
                container_id: id.to_string(),
                verbose,
            });
            let resp = match tokio::time::timeout(CALL_TIMEOUT, call).await {
                Err(_) => return Err(inspect_error(id, "ContainerStatus timed out".into())),
                Ok(Err(s)) if s.code() == Code::NotFound => {
                    if count_vanished {
                        self.skips.record(SkipKind::Vanished, id);
                    }
                    return Ok(None);
                }
                Ok(Err(s)) => return Err(inspect_error(id, status_text(&s))),
                Ok(Ok(r)) => r.into_inner(),
            };
            let no_resources = resp.status.as_ref().is_some_and(|s| s.resources.is_none());
            if verbose || !no_resources {
                break resp;
            }
            self.verbose_status.store(true, Ordering::Relaxed);
            verbose = true;
        };
        let Some(status) = resp.status else {
            self.skips.record(SkipKind::Vanished, id);
            return Ok(None);
        };
        match map::container(&status, sandbox_labels, &resp.info) {
            Ok(c) => Ok(Some((status.state, Some(c)))),
            Err(skip) => {
                self.skips.record(skip_kind(&skip), id);
                Ok(Some((status.state, None)))
            }
        }
    }

    /// Lists both kinds and keeps only kubelet-made objects (the rest are counted skips).
    async fn list_raw(
        &self,
    ) -> Result<(Vec<cri::PodSandbox>, Vec<cri::Container>, HashSet<String>), RuntimeError> {
        let (sandboxes, containers) =
            tokio::try_join!(self.list_sandboxes(), self.list_containers())?;
        let mut live = HashSet::with_capacity(sandboxes.len() + containers.len());
        let sandboxes: Vec<_> = sandboxes
            .into_iter()
            .filter(|s| {
                live.insert(s.id.clone());
                let ok = map::pod_ref(&s.labels).is_ok();
                if !ok {
                    self.skips.record(SkipKind::BadLabels, &s.id);
                }
                ok
            })
            .collect();
        let containers: Vec<_> = containers
            .into_iter()
            .filter(|c| {
                live.insert(c.id.clone());
                let ok = map::pod_ref(&c.labels).is_ok()
                    && c.labels
                        .get(map::LABEL_CONTAINER_NAME)
                        .is_some_and(|n| !n.is_empty());
                if !ok {
                    self.skips.record(SkipKind::BadLabels, &c.id);
                }
                ok
            })
            .collect();
        self.skips.retain_live(&live);
        Ok((sandboxes, containers, live))
    }

    /// One poll: list, inspect only what is new or changed state, send the changes (and an
    /// `Exited` for each exit the diff shows). Returns `Ok(false)` when the receiver is gone.
    async fn poll_once(
        &self,
        view: &mut View,
        tx: &mpsc::Sender<RuntimeEvent>,
    ) -> Result<bool, RuntimeError> {
        let (sandboxes, containers, _) = self.list_raw().await?;
        let mut next = View {
            established: true,
            ..View::default()
        };
        for s in &sandboxes {
            let labels = match view.sandbox_labels.get(&s.id) {
                Some(l) => l.clone(),
                None => Arc::new(s.labels.clone()),
            };
            next.sandbox_labels.insert(s.id.clone(), labels);
        }

        // Sandboxes first, so a consumer knows a pod's IP before its containers.
        for s in &sandboxes {
            let mut state = s.state;
            if view.sandboxes.get(&s.id) != Some(&s.state) {
                if let Some((seen, mapped)) = self.inspect_sandbox(&s.id).await? {
                    state = seen;
                    if let Some(c) = mapped {
                        if tx.send(RuntimeEvent::Changed(c)).await.is_err() {
                            return Ok(false);
                        }
                    }
                }
            }
            next.sandboxes.insert(s.id.clone(), state);
        }
        for c in &containers {
            let mut state = c.state;
            let before = view.containers.get(&c.id).map(|v| v.0);
            if before != Some(c.state) {
                let labels = next.sandbox_labels.get(&c.pod_sandbox_id).cloned();
                if let Some((seen, mapped)) =
                    self.inspect_container(&c.id, labels.as_deref()).await?
                {
                    state = seen;
                    let exited = exit_event(before, seen, mapped.as_ref(), view.established);
                    if let Some(m) = mapped {
                        if tx.send(RuntimeEvent::Changed(m)).await.is_err() {
                            return Ok(false);
                        }
                    }
                    if let Some(e) = exited {
                        if tx.send(e).await.is_err() {
                            return Ok(false);
                        }
                    }
                }
            }
            next.containers
                .insert(c.id.clone(), (state, c.pod_sandbox_id.clone()));
        }
        let removed = view
            .containers
            .keys()
            .filter(|id| !next.containers.contains_key(*id))
            .chain(
                view.sandboxes
                    .keys()
                    .filter(|id| !next.sandboxes.contains_key(*id)),
            );
        for id in removed {
            self.cgroups().forget(id);
            if tx
                .send(RuntimeEvent::Removed(ContainerId(id.clone())))
                .await
                .is_err()
            {
                return Ok(false);
            }
        }
        *view = next;
        Ok(true)
    }

    /// After native events: looks at just the named objects — a status call for a known one, a
    /// list filtered by its id for a new one — and reports what moved. containerd's CRI plugin
    /// records a change only after it has handled the same event (the task deleted, its own
    /// store updated), so an id stays pending until its state changes or `PENDING_FOR` passes.
    /// Returns (receiver alive, a full list is needed: a new id that never showed up).
    async fn check_pending(
        &self,
        view: &mut View,
        pending: &mut HashMap<String, (Instant, Expect)>,
        tx: &mpsc::Sender<RuntimeEvent>,
    ) -> Result<(bool, bool), RuntimeError> {
        let mut need_full = false;
        let ids: Vec<(String, Instant, Expect)> = pending
            .iter()
            .map(|(id, (t, e))| (id.clone(), *t, *e))
            .collect();
        for (id, since, expect) in ids {
            let mut out: Vec<RuntimeEvent> = Vec::new();
            let reached = if let Some((old, sandbox)) = view.containers.get(&id).cloned() {
                let labels = view.sandbox_labels.get(&sandbox).cloned();
                match self
                    .inspect_container_as(&id, labels.as_deref(), false)
                    .await?
                {
                    Some((state, mapped)) => {
                        if state != old {
                            view.containers.insert(id.clone(), (state, sandbox));
                            let exited = exit_event(Some(old), state, mapped.as_ref(), true);
                            out.extend(mapped.map(RuntimeEvent::Changed));
                            out.extend(exited);
                        }
                        Some(container_reached(state))
                    }
                    None => {
                        view.containers.remove(&id);
                        self.cgroups().forget(&id);
                        out.push(RuntimeEvent::Removed(ContainerId(id.clone())));
                        Some(Expect::Gone)
                    }
                }
            } else if let Some(old) = view.sandboxes.get(&id).copied() {
                match self.inspect_sandbox_as(&id, false).await? {
                    Some((state, mapped)) => {
                        if state != old {
                            view.sandboxes.insert(id.clone(), state);
                            out.extend(mapped.map(RuntimeEvent::Changed));
                        }
                        Some(sandbox_reached(state))
                    }
                    None => {
                        view.sandboxes.remove(&id);
                        view.sandbox_labels.remove(&id);
                        out.push(RuntimeEvent::Removed(ContainerId(id.clone())));
                        Some(Expect::Gone)
                    }
                }
            } else {
                self.look_up_new(view, &id, &mut out).await?
            };
            if reached.is_some_and(|r| r >= expect) {
                pending.remove(&id);
            } else if since.elapsed() > PENDING_FOR {
                pending.remove(&id);
                // A new object the CRI never showed: only a list can say what it is.
                need_full |= reached.is_none();
            }
            for ev in out {
                if tx.send(ev).await.is_err() {
                    return Ok((false, need_full));
                }
            }
        }
        Ok((true, need_full))
    }

    /// A container or sandbox id the view does not know (a native create or start): found with a
    /// list filtered by its id, then inspected like any other. Returns what it has reached, or
    /// `None` while the CRI does not show it: the CRI plugin adds a sandbox to its store only
    /// once `RunPodSandbox` is done, so not yet is normal.
    async fn look_up_new(
        &self,
        view: &mut View,
        id: &str,
        out: &mut Vec<RuntimeEvent>,
    ) -> Result<Option<Expect>, RuntimeError> {
        let containers = self
            .list_containers_by(cri::ContainerFilter {
                id: id.to_string(),
                ..Default::default()
            })
            .await?;
        if let Some(c) = containers.into_iter().find(|c| c.id == id) {
            if map::pod_ref(&c.labels).is_err()
                || c.labels
                    .get(map::LABEL_CONTAINER_NAME)
                    .is_none_or(String::is_empty)
            {
                self.skips.record(SkipKind::BadLabels, id);
                view.containers
                    .insert(id.to_string(), (c.state, c.pod_sandbox_id));
                // Not ours: nothing more to wait for.
                return Ok(Some(Expect::Gone));
            }
            let labels = match view.sandbox_labels.get(&c.pod_sandbox_id) {
                Some(l) => Some(l.clone()),
                None => self
                    .list_sandboxes_by(&c.pod_sandbox_id)
                    .await?
                    .into_iter()
                    .find(|s| s.id == c.pod_sandbox_id)
                    .map(|s| Arc::new(s.labels)),
            };
            let Some((state, mapped)) = self.inspect_container(id, labels.as_deref()).await? else {
                return Ok(Some(Expect::Gone));
            };
            view.containers
                .insert(id.to_string(), (state, c.pod_sandbox_id.clone()));
            let exited = exit_event(None, state, mapped.as_ref(), view.established);
            out.extend(mapped.map(RuntimeEvent::Changed));
            out.extend(exited);
            return Ok(Some(container_reached(state)));
        }
        let Some(s) = self
            .list_sandboxes_by(id)
            .await?
            .into_iter()
            .find(|s| s.id == id)
        else {
            return Ok(None);
        };
        view.sandbox_labels
            .insert(id.to_string(), Arc::new(s.labels.clone()));
        if map::pod_ref(&s.labels).is_err() {
            self.skips.record(SkipKind::BadLabels, id);
            view.sandboxes.insert(id.to_string(), s.state);
            return Ok(Some(Expect::Gone));
        }
        let (state, mapped) = self.inspect_sandbox(id).await?.unwrap_or((s.state, None));
        view.sandboxes.insert(id.to_string(), state);
        out.extend(mapped.map(RuntimeEvent::Changed));
        Ok(Some(sandbox_reached(state)))
    }

    /// `ListContainers` with a filter (one id: a targeted look, not a relist).
    async fn list_containers_by(
        &self,
        filter: cri::ContainerFilter,
    ) -> Result<Vec<cri::Container>, RuntimeError> {
        let mut client = self.runtime_client();
        let call = client.list_containers(cri::ListContainersRequest {
            filter: Some(filter),
        });
        match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Err(_) => Err(RuntimeError::List("ListContainers timed out".into())),
            Ok(Err(s)) => Err(RuntimeError::List(format!(
                "ListContainers: {}",
                status_text(&s)
            ))),
            Ok(Ok(r)) => Ok(r.into_inner().containers),
        }
    }

    /// `ListPodSandbox` filtered by one id.
    async fn list_sandboxes_by(&self, id: &str) -> Result<Vec<cri::PodSandbox>, RuntimeError> {
        let mut client = self.runtime_client();
        let call = client.list_pod_sandbox(cri::ListPodSandboxRequest {
            filter: Some(cri::PodSandboxFilter {
                id: id.to_string(),
                ..Default::default()
            }),
        });
        match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Err(_) => Err(RuntimeError::List("ListPodSandbox timed out".into())),
            Ok(Err(s)) => Err(RuntimeError::List(format!(
                "ListPodSandbox: {}",
                status_text(&s)
            ))),
            Ok(Ok(r)) => Ok(r.into_inner().items),
        }
    }

    /// After containerd's `/tasks/oom`: the cgroup's `oom_kill` total, found from the kubelet's
    /// layout or, failing that, the pid and cgroups path of a verbose status; the bare event when
    /// the cgroup cannot be read (gone with the container).
    async fn oom_count_or_hint(&self, view: &View, id: &str) -> RuntimeEvent {
        let mut hint = Hint {
            id: id.to_string(),
            pid: None,
            paths: Vec::new(),
        };
        let uid = view
            .containers
            .get(id)
            .and_then(|(_, sandbox)| view.sandbox_labels.get(sandbox))
            .and_then(|l| l.get(map::LABEL_POD_UID).cloned());
        if let Some(uid) = uid {
            hint.paths = cgroup::kubelet_paths(&uid, id);
        }
        let mut got = self.cgroups().oom_kill_total_after_event(&hint).await;
        if got.is_err() {
            let mut client = self.runtime_client();
            let call = client.container_status(cri::ContainerStatusRequest {
                container_id: id.to_string(),
                verbose: true,
            });
            if let Ok(Ok(resp)) = tokio::time::timeout(CALL_TIMEOUT, call).await {
                let (pid, path) = map::cgroup_from_info(&resp.into_inner().info);
                hint.pid = pid;
                hint.paths = path.into_iter().collect();
                got = self.cgroups().oom_kill_total_after_event(&hint).await;
            }
        }
        match got {
            Ok(total) => RuntimeEvent::OomKillCount {
                id: ContainerId(id.to_string()),
                total,
            },
            Err(e) => {
                tracing::debug!(container = id, error = %e, "OOM kill without a cgroup count");
                RuntimeEvent::OomKilled(ContainerId(id.to_string()))
            }
        }
    }

    /// Reads the CRI's `GetContainerEvents` into `sig`; returns only on failure. Runtimes without
    /// it (containerd 1.6: UNIMPLEMENTED) leave this pending forever and the poll does the work.
    async fn cri_event_stream(&self, sig: mpsc::Sender<Signal>) -> RuntimeError {
        let mut stream = match self
            .runtime_client()
            .get_container_events(cri::GetEventsRequest {})
            .await
        {
            Ok(r) => r.into_inner(),
            Err(s) if is_unimplemented(&s) => return std::future::pending().await,
            Err(s) => {
                return RuntimeError::Events(format!("GetContainerEvents: {}", status_text(&s)))
            }
        };
        let mut seen = false;
        loop {
            match stream.message().await {
                Ok(Some(_)) => {
                    seen = true;
                    if sig.send(Signal::CriEvent).await.is_err() {
                        return std::future::pending().await;
                    }
                }
                // Some runtimes answer with UNIMPLEMENTED as the stream's first item.
                Err(s) if !seen && is_unimplemented(&s) => return std::future::pending().await,
                Ok(None) => return RuntimeError::EventsEnded,
                Err(s) => {
                    return RuntimeError::Events(format!("GetContainerEvents: {}", status_text(&s)))
                }
            }
        }
    }

    /// Reads containerd's native events (OOM, exits) into `sig`; returns only on failure.
    async fn native_event_stream(&self, sig: mpsc::Sender<Signal>) -> RuntimeError {
        let mut stream = match containerd_events::subscribe(self.channel.clone()).await {
            Ok(s) => s,
            Err(s) if is_unimplemented(&s) => {
                let _ = sig.send(Signal::NativeUnavailable).await;
                return std::future::pending().await;
            }
            Err(s) => {
                return RuntimeError::Events(format!(
                    "containerd events Subscribe: {}",
                    status_text(&s)
                ))
            }
        };
        loop {
            match stream.message().await {
                Ok(Some(env)) => {
                    let ev = containerd_events::classify(&env);
                    if ev != NativeEvent::Ignore && sig.send(Signal::Native(ev)).await.is_err() {
                        return std::future::pending().await;
                    }
                }
                Ok(None) => return RuntimeError::EventsEnded,
                Err(s) => {
                    return RuntimeError::Events(format!("containerd events: {}", status_text(&s)))
                }
            }
        }
    }

    fn take_last_view(&self) -> View {
        self.last_view
            .lock()
            .ok()
            .and_then(|mut v| v.take())
            .unwrap_or_default()
    }
}

/// How far a container's CRI state has gone, to compare with what a native event announced.
fn container_reached(state: i32) -> Expect {
    match cri::ContainerState::try_from(state) {
        Ok(cri::ContainerState::ContainerRunning) => Expect::Started,
        Ok(cri::ContainerState::ContainerExited) => Expect::Exited,
        _ => Expect::Known,
    }
}

/// The same for a sandbox: ready once its task started, not ready once it exited.
fn sandbox_reached(state: i32) -> Expect {
    match cri::PodSandboxState::try_from(state) {
        Ok(cri::PodSandboxState::SandboxReady) => Expect::Started,
        _ => Expect::Exited,
    }
}

/// An `Exited` event when a container's state moved into `CONTAINER_EXITED`: from another state
/// it had in the view, or — once the view is established — as a container first seen already
/// exited (it came and went between two looks). The view holds each container's state once, so
/// whichever path (native event, CRI event, poll) sees an exit first reports it, and only once.
fn exit_event(
    before: Option<i32>,
    now: i32,
    mapped: Option<&Container>,
    established: bool,
) -> Option<RuntimeEvent> {
    let exited = cri::ContainerState::ContainerExited as i32;
    if now != exited || before == Some(exited) || (before.is_none() && !established) {
        return None;
    }
    match &mapped?.state {
        crate::model::RuntimeState::Exited {
            exit_code,
            oom_killed,
            ..
        } => Some(RuntimeEvent::Exited {
            id: mapped?.id.clone(),
            exit_code: *exit_code,
            oom_killed: *oom_killed,
        }),
        _ => None,
    }
}

fn api_version_ok(v: &str) -> bool {
    v == CRI_API_VERSION || v.starts_with("v1.")
}

fn skip_kind(skip: &Skip) -> SkipKind {
    match skip {
        Skip::MissingLabels(_) => SkipKind::BadLabels,
        Skip::Empty => SkipKind::Vanished,
    }
}

fn inspect_error(id: &str, message: String) -> RuntimeError {
    RuntimeError::Inspect {
        id: id.to_string(),
        message,
    }
}

fn code_name(c: Code) -> &'static str {
    match c {
        Code::Ok => "OK",
        Code::Cancelled => "CANCELLED",
        Code::Unknown => "UNKNOWN",
        Code::InvalidArgument => "INVALID_ARGUMENT",
        Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
        Code::NotFound => "NOT_FOUND",
        Code::AlreadyExists => "ALREADY_EXISTS",
        Code::PermissionDenied => "PERMISSION_DENIED",
        Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
        Code::FailedPrecondition => "FAILED_PRECONDITION",
        Code::Aborted => "ABORTED",
        Code::OutOfRange => "OUT_OF_RANGE",
        Code::Unimplemented => "UNIMPLEMENTED",
        Code::Internal => "INTERNAL",
        Code::Unavailable => "UNAVAILABLE",
        Code::DataLoss => "DATA_LOSS",
        Code::Unauthenticated => "UNAUTHENTICATED",
    }
}

/// `CODE: message`, with the transport cause when tonic has one.
fn status_text(s: &Status) -> String {
    use std::error::Error as _;
    let mut text = format!("{}: {}", code_name(s.code()), s.message());
    let mut source = s.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}

/// A status that tonic made up because the connection failed (not the server's answer).
fn is_transport_failure(s: &Status) -> bool {
    use std::error::Error as _;
    s.source().is_some()
        || s.message().contains("transport error")
        || s.message().contains("h2 protocol error")
        || s.message().contains("error trying to connect")
}

/// `GetContainerEvents` unsupported: UNIMPLEMENTED, or containerd's "not implemented" text.
fn is_unimplemented(s: &Status) -> bool {
    s.code() == Code::Unimplemented
        || (s.code() == Code::Unknown
            && s.message().to_ascii_lowercase().contains("not implemented"))
}

/// How an `ExecSync` failure maps to the probe's outcome. On CRI a missing binary is a gRPC error
/// (UNKNOWN "OCI runtime exec failed"), not exit code 126 as on Docker.
pub fn classify_exec_error(s: &Status, timeout: Duration) -> ExecError {
    let msg = s.message();
    let lower = msg.to_ascii_lowercase();
    match s.code() {
        Code::DeadlineExceeded => ExecError::Timeout(timeout),
        // tonic's own client-side deadline.
        Code::Cancelled if lower.contains("timeout") || lower.contains("deadline") => {
            ExecError::Timeout(timeout)
        }
        Code::NotFound => ExecError::NotRunning(msg.to_string()),
        Code::Unavailable if is_transport_failure(s) => ExecError::Unreachable(status_text(s)),
        _ if lower.contains("not running")
            || lower.contains("container_exited")
            || lower.contains("is in container_created state")
            || lower.contains("container not created") =>
        {
            ExecError::NotRunning(msg.to_string())
        }
        // containerd 1.6 reports its own exec timeout as UNKNOWN "timeout 1s exceeded" on some
        // paths; the text is stable ("timeout %v exceeded").
        _ if lower.contains("timeout") && lower.contains("exceeded") => ExecError::Timeout(timeout),
        _ => ExecError::Failed(status_text(s)),
    }
}

/// The CRI's `timeout` is whole seconds (0 = none); the kubelet rounds down, which would turn a
/// sub-second probe timeout into "no timeout", so round up and never send 0.
fn exec_timeout_secs(timeout: Duration) -> i64 {
    let secs = timeout.as_secs() + u64::from(timeout.subsec_nanos() > 0);
    i64::try_from(secs.max(1)).unwrap_or(i64::MAX)
}

fn cap_output(stdout: Vec<u8>, stderr: Vec<u8>) -> Vec<u8> {
    let mut out = stdout;
    out.truncate(MAX_PROBE_OUTPUT);
    let room = MAX_PROBE_OUTPUT - out.len();
    out.extend_from_slice(&stderr[..stderr.len().min(room)]);
    out
}

async fn sleep_until_opt(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

#[async_trait]
impl Runtime for CriRuntime {
    fn kind(&self) -> RuntimeKind {
        RuntimeKind::Cri
    }

    fn endpoint(&self) -> String {
        self.socket.display().to_string()
    }

    async fn version(&self) -> Result<String, RuntimeError> {
        Ok(self.version_info().await?.text())
    }

    async fn list(&self) -> Result<Vec<Container>, RuntimeError> {
        let (sandboxes, containers, _) = self.list_raw().await?;
        let mut view = View::default();
        let labels_by_sandbox: HashMap<&str, Arc<HashMap<String, String>>> = sandboxes
            .iter()
            .map(|s| (s.id.as_str(), Arc::new(s.labels.clone())))
            .collect();
        let mut out = Vec::with_capacity(sandboxes.len() + containers.len());

        // Owned items: borrowed ones trip async_trait's higher-ranked closure bounds.
        let ids: Vec<String> = sandboxes.iter().map(|s| s.id.clone()).collect();
        let mapped: Vec<Result<Option<Inspected>, RuntimeError>> = stream::iter(ids)
            .map(|id| async move { self.inspect_sandbox(&id).await })
            .buffered(STATUS_CONCURRENCY)
            .collect()
            .await;
        for (s, m) in sandboxes.iter().zip(mapped) {
            let (state, c) = m?.unwrap_or((s.state, None));
            view.sandboxes.insert(s.id.clone(), state);
            out.extend(c);
        }
        let items: Vec<(String, Option<Arc<HashMap<String, String>>>)> = containers
            .iter()
            .map(|c| {
                let labels = labels_by_sandbox.get(c.pod_sandbox_id.as_str()).cloned();
                (c.id.clone(), labels)
            })
            .collect();
        let mapped: Vec<Result<Option<Inspected>, RuntimeError>> = stream::iter(items)
            .map(|(id, labels)| async move { self.inspect_container(&id, labels.as_deref()).await })
            .buffered(STATUS_CONCURRENCY)
            .collect()
            .await;
        let mut running = Vec::new();
        for (c, m) in containers.iter().zip(mapped) {
            let (state, mapped) = m?.unwrap_or((c.state, None));
            view.containers
                .insert(c.id.clone(), (state, c.pod_sandbox_id.clone()));
            if let Some(m) = mapped.as_ref().filter(|m| m.is_running()) {
                running.push(Hint {
                    id: m.id.0.clone(),
                    pid: None,
                    paths: cgroup::kubelet_paths(&m.pod.uid, &m.id.0),
                });
            }
            out.extend(mapped);
        }
        view.established = true;
        if let Ok(mut l) = self.listed_running.lock() {
            *l = running;
        }
        view.sandbox_labels = labels_by_sandbox
            .into_iter()
            .map(|(id, l)| (id.to_string(), l))
            .collect();
        if let Ok(mut last) = self.last_view.lock() {
            *last = Some(view);
        }
        Ok(out)
    }

    async fn watch(
        &self,
        tx: mpsc::Sender<RuntimeEvent>,
        cancel: CancellationToken,
    ) -> Result<(), RuntimeError> {
        let info = self.version_info().await?;
        let mut view = self.take_last_view();
        let subscribe = self.native_events && info.runtime_name == "containerd";
        let mut native_on = subscribe;
        tracing::info!(
            endpoint = %self.socket.display(),
            runtime = %info.runtime_name,
            containerd_events = native_on,
            "watching the CRI runtime"
        );

        // Both streams are opened in the background: a Go gRPC server sends a streaming
        // response's headers only with its first message, so awaiting the open would stall the
        // poll until something happens on the node.
        let (sig_tx, mut sig_rx) = mpsc::channel::<Signal>(256);
        let cri_events = self.cri_event_stream(sig_tx.clone());
        let native = async {
            if subscribe {
                self.native_event_stream(sig_tx.clone()).await
            } else {
                std::future::pending().await
            }
        };
        tokio::pin!(cri_events, native);

        // containerd's own events name every create, start, exit, OOM and delete: they drive
        // the changes, and a slow relist only backs them up. Without them, poll.
        let every = |native_on: bool| {
            let mut t = tokio::time::interval(if native_on {
                self.relist_interval
            } else {
                self.poll_interval
            });
            t.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            t
        };
        let mut tick = every(native_on);
        let mut evented = false;
        // A full poll soon (after a CRI event burst).
        let mut soon: Option<Instant> = None;
        // Ids named by native events, re-inspected with backoff until their state moves.
        let mut pending: HashMap<String, (Instant, Expect)> = HashMap::new();
        let mut check_at: Option<Instant> = None;
        let mut check_gap = NATIVE_EVENT_SETTLE;
        if native_on {
            // The subscription is in place only once containerd has handled it, which nothing
            // tells us: one more list soon covers what happened before that.
            soon = Some(Instant::now() + SUBSCRIBE_SETTLE);
        }

        loop {
            let mut full = false;
            let mut targeted = false;
            tokio::select! {
                _ = cancel.cancelled() => return Ok(()),
                e = &mut cri_events => return Err(e),
                e = &mut native => return Err(e),
                _ = tick.tick() => full = true,
                _ = sleep_until_opt(soon) => full = true,
                _ = sleep_until_opt(check_at) => targeted = true,
                sig = sig_rx.recv() => match sig {
                    // containerd's own events already say the same, per object.
                    Some(Signal::CriEvent) if native_on => {}
                    Some(Signal::CriEvent) => {
                        if !evented {
                            // The runtime streams its changes: polling is only a safety net now.
                            evented = true;
                            tick = tokio::time::interval(EVENTED_POLL_INTERVAL);
                            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                            tick.reset();
                        }
                        // Coalesce a burst (create + start) into one poll.
                        soon.get_or_insert_with(|| Instant::now() + Duration::from_millis(5));
                    }
                    Some(Signal::NativeUnavailable) if native_on => {
                        tracing::info!("containerd's event service is unavailable; polling");
                        native_on = false;
                        if !evented {
                            tick = every(false);
                            tick.reset();
                        }
                    }
                    Some(Signal::NativeUnavailable) => {}
                    Some(Signal::Native(ev)) => {
                        let (id, expect) = match ev {
                            NativeEvent::Oom(id) => {
                                // The exit of an OOM-killed init process comes as its own event.
                                let oom = self.oom_count_or_hint(&view, &id).await;
                                if tx.send(oom).await.is_err() {
                                    return Ok(());
                                }
                                continue;
                            }
                            NativeEvent::Changed(id, expect) => (id, expect),
                            NativeEvent::Ignore => continue,
                        };
                        let p = pending.entry(id).or_insert((Instant::now(), expect));
                        p.1 = p.1.max(expect);
                        check_gap = NATIVE_EVENT_SETTLE;
                        check_at.get_or_insert_with(|| Instant::now() + check_gap);
                    }
                    None => {}
                },
            }
            if targeted {
                check_at = None;
                let (alive, need_full) = self.check_pending(&mut view, &mut pending, &tx).await?;
                if !alive {
                    return Ok(());
                }
                full |= need_full;
                if let Some(oldest) = pending.values().map(|p| p.0).min() {
                    // The CRI plugin records an exit after deleting the task (tens of ms): look
                    // often while that is likely, then back off.
                    check_gap = if oldest.elapsed() < NATIVE_CHECK_FAST_FOR {
                        NATIVE_CHECK_FAST_GAP
                    } else {
                        (check_gap * 2).min(NATIVE_CHECK_MAX_GAP)
                    };
                    check_at = Some(Instant::now() + check_gap);
                }
            }
            if full {
                soon = None;
                if !self.poll_once(&mut view, &tx).await? {
                    return Ok(());
                }
                tick.reset();
            }
        }
    }

    async fn oom_kill_counts(&self) -> Vec<RuntimeEvent> {
        let hints = self
            .listed_running
            .lock()
            .map(|mut l| std::mem::take(&mut *l))
            .unwrap_or_default();
        hints
            .iter()
            .filter_map(|h| match self.cgroups().oom_kill_total(h) {
                Ok(total) => Some(RuntimeEvent::OomKillCount {
                    id: ContainerId(h.id.clone()),
                    total,
                }),
                Err(e) => {
                    tracing::debug!(container = %h.id, error = %e, "no cgroup OOM count");
                    None
                }
            })
            .collect()
    }

    async fn exec(
        &self,
        id: &ContainerId,
        cmd: &[String],
        timeout: Duration,
    ) -> Result<ExecOutput, ExecError> {
        let mut client = self.runtime_client();
        let mut req = tonic::Request::new(cri::ExecSyncRequest {
            container_id: id.0.clone(),
            cmd: cmd.to_vec(),
            timeout: exec_timeout_secs(timeout),
        });
        // The runtime enforces the deadline; ours is a backstop for a runtime that hangs.
        let backstop = timeout + Duration::from_secs(2);
        req.set_timeout(backstop);
        match tokio::time::timeout(backstop, client.exec_sync(req)).await {
            Err(_) => Err(ExecError::Timeout(timeout)),
            Ok(Err(s)) => Err(classify_exec_error(&s, timeout)),
            Ok(Ok(r)) => {
                let r = r.into_inner();
                Ok(ExecOutput {
                    exit_code: i64::from(r.exit_code),
                    output: cap_output(r.stdout, r.stderr),
                })
            }
        }
    }

    async fn images(&self) -> Result<Vec<String>, RuntimeError> {
        let mut client = self.image_client();
        let call = client.list_images(cri::ListImagesRequest { filter: None });
        let images = match tokio::time::timeout(CALL_TIMEOUT, call).await {
            Err(_) => return Err(RuntimeError::Images("ListImages timed out".into())),
            Ok(Err(s)) => return Err(RuntimeError::Images(status_text(&s))),
            Ok(Ok(r)) => r.into_inner().images,
        };
        let mut refs: Vec<String> = images
            .into_iter()
            .flat_map(|i| i.repo_tags.into_iter().chain(i.repo_digests))
            .collect();
        refs.sort();
        refs.dedup();
        Ok(refs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_errors_classify_like_the_kubelet_sees_them() {
        let t = Duration::from_secs(1);
        let cases = [
            (
                Status::deadline_exceeded("timeout 1s exceeded: context deadline exceeded"),
                ExecError::Timeout(t),
            ),
            (Status::cancelled("Timeout expired"), ExecError::Timeout(t)),
            (
                Status::not_found("an error occurred when try to find container \"x\": not found"),
                ExecError::NotRunning(
                    "an error occurred when try to find container \"x\": not found".into(),
                ),
            ),
            (
                Status::unknown("container is in CONTAINER_EXITED state"),
                ExecError::NotRunning("container is in CONTAINER_EXITED state".into()),
            ),
        ];
        for (s, want) in cases {
            assert_eq!(classify_exec_error(&s, t), want, "{s:?}");
        }
        let missing = Status::unknown(
            "failed to exec in container: failed to start exec \"x\": OCI runtime exec failed: \
             exec failed: unable to start container process: exec: \"nope\": executable file not \
             found in $PATH: unknown",
        );
        assert!(matches!(
            classify_exec_error(&missing, t),
            ExecError::Failed(m) if m.contains("OCI runtime exec failed")
        ));
    }

    #[test]
    fn exec_timeout_rounds_up_to_whole_seconds() {
        let cases = [
            (Duration::from_millis(1), 1),
            (Duration::from_millis(500), 1),
            (Duration::from_secs(1), 1),
            (Duration::from_millis(1500), 2),
            (Duration::ZERO, 1),
            (Duration::from_secs(30), 30),
        ];
        for (d, want) in cases {
            assert_eq!(exec_timeout_secs(d), want, "{d:?}");
        }
    }

    #[test]
    fn output_is_capped_at_the_kubelet_limit() {
        let out = cap_output(vec![b'a'; MAX_PROBE_OUTPUT + 5], vec![b'b'; 10]);
        assert_eq!(out.len(), MAX_PROBE_OUTPUT);
        assert!(out.iter().all(|&b| b == b'a'));
        let out = cap_output(b"ok\n".to_vec(), b"warn\n".to_vec());
        assert_eq!(out, b"ok\nwarn\n");
        let out = cap_output(vec![b'a'; MAX_PROBE_OUTPUT - 2], vec![b'b'; 10]);
        assert_eq!(out.len(), MAX_PROBE_OUTPUT);
        assert_eq!(&out[MAX_PROBE_OUTPUT - 2..], b"bb");
    }

    #[test]
    fn api_versions() {
        for (v, ok) in [
            ("v1", true),
            ("v1.1", true),
            ("v1alpha2", false),
            ("", false),
            ("0.1.0", false),
        ] {
            assert_eq!(api_version_ok(v), ok, "{v}");
        }
    }

    #[test]
    fn skips_count_once_per_object() {
        let s = SkipCounters::default();
        s.record(SkipKind::BadLabels, "a");
        s.record(SkipKind::BadLabels, "a");
        s.record(SkipKind::BadLabels, "b");
        s.record(SkipKind::Vanished, "a");
        assert_eq!(s.bad_labels.load(Ordering::Relaxed), 2);
        assert_eq!(s.vanished.load(Ordering::Relaxed), 1);
        s.retain_live(&HashSet::from(["b".to_string()]));
        s.record(SkipKind::BadLabels, "a");
        assert_eq!(s.bad_labels.load(Ordering::Relaxed), 3);
    }
}
