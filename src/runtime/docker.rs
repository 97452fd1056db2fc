//! Docker Engine API back-end (bollard): lists and inspects containers, follows the event
//! stream, runs exec probes, lists images.
//!
//! Mapping from Docker's types to `crate::model` happens here and only here. Containers the
//! kubelet created (through cri-dockerd or dockershim) are recognised by their `io.kubernetes.*`
//! labels, falling back to the `k8s_<container>_<pod>_<ns>_<uid>_<attempt>[_<suffix>]` name; other
//! containers become one-container "plain" pods in a configurable namespace, or are skipped.
//! This module never starts, stops, kills or changes a container.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use bollard::errors::Error as BollardError;
use bollard::exec::{StartExecOptions, StartExecResults};
use bollard::models::{ContainerInspectResponse, ContainerStateStatusEnum, HealthStatusEnum};
use bollard::query_parameters::{EventsOptions, ListContainersOptions, ListImagesOptions};
use bollard::Docker;
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::cgroup::{self, CgroupReader, Hint};
use super::{ExecError, Runtime, RuntimeError};
use crate::model::{
    Container, ContainerId, ContainerKind, DeclaredPort, ExecOutput, HealthCheck, PodRef,
    RuntimeEvent, RuntimeKind, RuntimeState, MAX_PROBE_OUTPUT,
};

const LABEL_POD_NAME: &str = "io.kubernetes.pod.name";
const LABEL_POD_NAMESPACE: &str = "io.kubernetes.pod.namespace";
const LABEL_POD_UID: &str = "io.kubernetes.pod.uid";
const LABEL_CONTAINER_NAME: &str = "io.kubernetes.container.name";
const LABEL_DOCKER_TYPE: &str = "io.kubernetes.docker.type";
const LABEL_RESTART_COUNT: &str = "annotation.io.kubernetes.container.restartCount";
const LABEL_PORTS: &str = "annotation.io.kubernetes.container.ports";
const LABEL_SANDBOX_ID: &str = "io.kubernetes.sandbox.id";
/// cri-dockerd stores CRI annotations as labels under this prefix.
const ANNOTATION_PREFIX: &str = "annotation.";

/// Longest label value we accept for an identity field. Kubernetes caps names at 253 bytes;
/// anything longer did not come from a kubelet and would only bloat every series it labels.
const MAX_IDENTITY_LEN: usize = 253;

/// How plain (non-kubelet) containers are reported.
#[derive(Debug, Clone)]
pub struct PlainContainers {
    /// Namespace for one-container pods made from plain containers; `None` skips them.
    pub namespace: Option<String>,
}

/// Why a container was skipped rather than reported. Bounded: used as a metric label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkipKind {
    BadLabels,
    Vanished,
    PlainDisabled,
}

impl SkipKind {
    pub const ALL: [SkipKind; 3] = [
        SkipKind::BadLabels,
        SkipKind::Vanished,
        SkipKind::PlainDisabled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SkipKind::BadLabels => "bad_labels",
            SkipKind::Vanished => "vanished",
            SkipKind::PlainDisabled => "plain_disabled",
        }
    }
}

/// Counters of skipped containers, read by the metrics renderer.
#[derive(Debug, Default)]
pub struct SkipCounters {
    bad_labels: AtomicU64,
    vanished: AtomicU64,
    plain_disabled: AtomicU64,
}

impl SkipCounters {
    pub fn inc(&self, kind: SkipKind) {
        self.counter(kind).fetch_add(1, Ordering::Relaxed);
    }

    pub fn get(&self, kind: SkipKind) -> u64 {
        self.counter(kind).load(Ordering::Relaxed)
    }

    fn counter(&self, kind: SkipKind) -> &AtomicU64 {
        match kind {
            SkipKind::BadLabels => &self.bad_labels,
            SkipKind::Vanished => &self.vanished,
            SkipKind::PlainDisabled => &self.plain_disabled,
        }
    }
}

pub struct DockerRuntime {
    socket: PathBuf,
    /// Made on first use and again after a failure to make it (the socket may not exist yet:
    /// the agent starts before, and outlives, the runtime).
    client: std::sync::Mutex<Option<Docker>>,
    plain: PlainContainers,
    skips: Arc<SkipCounters>,
    /// Reads each container's kernel OOM-kill count.
    cgroups: CgroupReader,
    /// Where the last `list()` found running containers' cgroups, for `oom_kill_counts`.
    listed_running: std::sync::Mutex<Vec<Hint>>,
}

impl DockerRuntime {
    /// Prepares a client for the socket. Nothing is sent yet: a missing daemon shows up on the
    /// first call, so the agent can start before the runtime does.
    pub fn new(socket: &Path, plain: PlainContainers, skips: Arc<SkipCounters>) -> Self {
        Self {
            socket: socket.to_path_buf(),
            client: std::sync::Mutex::new(None),
            plain,
            skips,
            cgroups: CgroupReader::new(Path::new(cgroup::DEFAULT_CGROUP_ROOT)),
            listed_running: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// Reads OOM-kill counts under `root` (the host's `/sys/fs/cgroup`, mounted read-only).
    pub fn with_cgroup_root(mut self, root: &Path) -> Self {
        self.cgroups = CgroupReader::new(root);
        self
    }

    /// The client, connecting first if needed. The lock is never held across an await.
    fn client(&self) -> Result<Docker, RuntimeError> {
        let mut guard = self
            .client
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(c) = guard.as_ref() {
            return Ok(c.clone());
        }
        let c = connect(&self.socket)?;
        *guard = Some(c.clone());
        Ok(c)
    }

    pub fn skips(&self) -> Arc<SkipCounters> {
        self.skips.clone()
    }

    /// One container with its pod's labels (an app's come from its sandbox: one more inspect).
    async fn inspect(&self, id: &str) -> Result<Option<Container>, RuntimeError> {
        let Some((mut c, sandbox, _)) = self.inspect_one(id).await? else {
            return Ok(None);
        };
        if let Some(sandbox) = sandbox {
            c.pod_labels = self.sandbox_pod_labels(&sandbox).await;
        }
        Ok(Some(c))
    }

    /// The pod labels on a sandbox; none when it cannot be read (they only decorate the app,
    /// whose own state must still be reported).
    async fn sandbox_pod_labels(&self, sandbox: &str) -> BTreeMap<String, String> {
        let Ok(client) = self.client() else {
            return BTreeMap::new();
        };
        match client.inspect_container(sandbox, None).await {
            Ok(resp) => resp
                .config
                .and_then(|c| c.labels)
                .map(|l| pod_labels(&l))
                .unwrap_or_default(),
            Err(_) => BTreeMap::new(),
        }
    }

    /// One container mapped, for a kubelet app container the id of its sandbox, which carries
    /// the pod's labels (cri-dockerd puts them on the sandbox only), and where its cgroup is.
    async fn inspect_one(
        &self,
        id: &str,
    ) -> Result<Option<(Container, Option<String>, Hint)>, RuntimeError> {
        match self.client()?.inspect_container(id, None).await {
            Ok(resp) => Ok(self.map_inspect(&resp).map(|c| {
                let hint = cgroup_hint(&resp);
                let sandbox = (c.kind == ContainerKind::App && !c.plain)
                    .then(|| {
                        resp.config
                            .as_ref()
                            .and_then(|cfg| cfg.labels.as_ref())
                            .and_then(|l| l.get(LABEL_SANDBOX_ID))
                            .filter(|v| !v.is_empty())
                            .cloned()
                    })
                    .flatten();
                (c, sandbox, hint)
            })),
            Err(e) if is_not_found(&e) => {
                self.skips.inc(SkipKind::Vanished);
                Ok(None)
            }
            Err(e) => Err(RuntimeError::Inspect {
                id: id.to_string(),
                message: error_chain(&e),
            }),
        }
    }

    /// After an `oom` event: the cgroup's `oom_kill` total, or the bare event when the cgroup
    /// cannot be read (gone with its container, or a layout we do not know).
    async fn oom_count_or_hint(&self, id: &str) -> RuntimeEvent {
        let hint = if self.cgroups.knows(id) {
            Hint {
                id: id.to_string(),
                ..Hint::default()
            }
        } else {
            match self.client() {
                Ok(client) => match client.inspect_container(id, None).await {
                    Ok(resp) => cgroup_hint(&resp),
                    Err(_) => Hint {
                        id: id.to_string(),
                        pid: None,
                        paths: cgroup::docker_paths(None, id),
                    },
                },
                Err(_) => Hint::default(),
            }
        };
        match self.cgroups.oom_kill_total_after_event(&hint).await {
            Ok(total) => RuntimeEvent::OomKillCount {
                id: ContainerId(id.to_string()),
                total,
            },
            Err(e) => {
                tracing::debug!(container = %short(id), error = %e, "OOM kill without a cgroup count");
                RuntimeEvent::OomKilled(ContainerId(id.to_string()))
            }
        }
    }

    /// Maps one inspect response; `None` (with a counted skip) when it cannot be attributed.
    fn map_inspect(&self, resp: &ContainerInspectResponse) -> Option<Container> {
        let id = resp.id.clone()?;
        let empty = HashMap::new();
        let labels = resp
            .config
            .as_ref()
            .and_then(|c| c.labels.as_ref())
            .unwrap_or(&empty);
        let name = resp.name.as_deref().unwrap_or("").trim_start_matches('/');
        let identity = match identify(&id, name, labels, &self.plain) {
            Ok(identity) => identity,
            Err(kind) => {
                self.skips.inc(kind);
                tracing::debug!(container = %short(&id), name, reason = kind.as_str(), "skipping container");
                return None;
            }
        };
        let state = resp.state.as_ref();
        let started_at = state
            .and_then(|s| s.started_at.as_deref())
            .and_then(crate::time::parse_rfc3339);
        let finished_at = state
            .and_then(|s| s.finished_at.as_deref())
            .and_then(crate::time::parse_rfc3339);
        let runtime_state = match state.and_then(|s| s.status) {
            Some(ContainerStateStatusEnum::CREATED) => RuntimeState::Created,
            Some(ContainerStateStatusEnum::RUNNING | ContainerStateStatusEnum::PAUSED) => {
                RuntimeState::Running { started_at }
            }
            // `restarting` is Docker's own restart back-off: between runs, so exited.
            Some(
                ContainerStateStatusEnum::EXITED
                | ContainerStateStatusEnum::DEAD
                | ContainerStateStatusEnum::RESTARTING
                | ContainerStateStatusEnum::REMOVING,
            ) => RuntimeState::Exited {
                exit_code: state.and_then(|s| s.exit_code).unwrap_or(0),
                oom_killed: state.and_then(|s| s.oom_killed).unwrap_or(false),
                reason: None,
                started_at,
                finished_at,
            },
            _ => RuntimeState::Unknown,
        };
        let health = state
            .and_then(|s| s.health.as_ref())
            .and_then(|h| h.status)
            .and_then(|s| match s {
                HealthStatusEnum::STARTING => Some(HealthCheck::Starting),
                HealthStatusEnum::HEALTHY => Some(HealthCheck::Healthy),
                HealthStatusEnum::UNHEALTHY => Some(HealthCheck::Unhealthy),
                _ => None,
            });
        let host_config = resp.host_config.as_ref();
        let network_mode = host_config
            .and_then(|h| h.network_mode.as_deref())
            .unwrap_or("");
        let host_network = network_mode == "host";
        let ip = if identity.kind == ContainerKind::Sandbox || identity.plain {
            pod_ip(resp)
        } else {
            None
        };
        let restart_count = if identity.plain {
            resp.restart_count.unwrap_or(0)
        } else {
            labels
                .get(LABEL_RESTART_COUNT)
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(i64::from(identity.attempt))
        };
        let ports = labels
            .get(LABEL_PORTS)
            .and_then(|v| serde_json::from_str::<Vec<DeclaredPort>>(v).ok())
            .unwrap_or_default();
        Some(Container {
            id: ContainerId(id),
            pod: identity.pod,
            name: identity.container,
            kind: identity.kind,
            plain: identity.plain,
            image: resp
                .config
                .as_ref()
                .and_then(|c| c.image.clone())
                .unwrap_or_default(),
            image_id: resp.image.clone().unwrap_or_default(),
            attempt: identity.attempt,
            restart_count: u32::try_from(restart_count.max(0)).unwrap_or(u32::MAX),
            state: runtime_state,
            created_at: resp.created.as_deref().and_then(crate::time::parse_rfc3339),
            health,
            ip,
            host_network,
            ports,
            memory_limit_bytes: host_config
                .and_then(|h| h.memory)
                .filter(|m| *m > 0)
                .and_then(|m| u64::try_from(m).ok()),
            pod_labels: if identity.kind == ContainerKind::Sandbox && !identity.plain {
                pod_labels(labels)
            } else {
                BTreeMap::new()
            },
        })
    }
}

/// The pod's own labels from its sandbox's Docker labels. cri-dockerd stores the kubelet's
/// sandbox labels (the pod's labels plus `io.kubernetes.*`) as they are, and the sandbox's
/// annotations as `annotation.<key>` labels, which it splits back out the same way; the bounds
/// are the CRI back-end's.
fn pod_labels(labels: &HashMap<String, String>) -> BTreeMap<String, String> {
    let own: HashMap<String, String> = labels
        .iter()
        .filter(|(k, _)| !k.starts_with(ANNOTATION_PREFIX))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    super::cri::map::pod_labels(&own)
}

fn connect(socket: &Path) -> Result<Docker, RuntimeError> {
    let path = socket.to_string_lossy();
    Docker::connect_with_unix(&path, 10, bollard::API_DEFAULT_VERSION).map_err(|e| {
        RuntimeError::Connect {
            endpoint: path.to_string(),
            message: error_chain(&e),
        }
    })
}

/// An error with its causes (`client error (Connect): Permission denied (os error 13)`):
/// bollard's own text leaves out the part an operator needs.
pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

fn is_not_found(e: &BollardError) -> bool {
    matches!(
        e,
        BollardError::DockerResponseServerError {
            status_code: 404,
            ..
        }
    )
}

fn short(id: &str) -> &str {
    id.get(..12).unwrap_or(id)
}

/// Where to look for a container's memory cgroup: its init pid and Docker's own layout under
/// the container's cgroup parent (a kubelet pod's, or Docker's default).
fn cgroup_hint(resp: &ContainerInspectResponse) -> Hint {
    let id = resp.id.clone().unwrap_or_default();
    let pid = resp
        .state
        .as_ref()
        .and_then(|s| s.pid)
        .and_then(|p| u32::try_from(p).ok())
        .filter(|p| *p > 0);
    let parent = resp
        .host_config
        .as_ref()
        .and_then(|h| h.cgroup_parent.as_deref());
    Hint {
        paths: cgroup::docker_paths(parent, &id),
        id,
        pid,
    }
}

/// One `die` as an exit: the code from the event (else the inspect); OOM-killed when the inspect
/// of this same run says so, or — the container already running again under Docker's restart
/// policy — when an `oom` event came since its start and the code is SIGKILL's.
fn exit_event(
    id: &str,
    event_code: Option<i64>,
    inspected: Option<&Container>,
    oom_since_start: bool,
) -> RuntimeEvent {
    let (state_code, state_oom) = match inspected.map(|c| &c.state) {
        Some(RuntimeState::Exited {
            exit_code,
            oom_killed,
            ..
        }) => (Some(*exit_code), Some(*oom_killed)),
        _ => (None, None),
    };
    let exit_code = event_code.or(state_code).unwrap_or(-1);
    let oom_killed = match state_oom {
        Some(oom) if event_code.is_none() || event_code == state_code => oom,
        _ => oom_since_start && exit_code == 137,
    };
    RuntimeEvent::Exited {
        id: ContainerId(id.to_string()),
        exit_code,
        oom_killed,
    }
}

fn pod_ip(resp: &ContainerInspectResponse) -> Option<IpAddr> {
    let networks = resp.network_settings.as_ref()?.networks.as_ref()?;
    // Prefer the default bridge, as cri-dockerd does, then any network with an address.
    let mut candidates: Vec<(&String, &bollard::models::EndpointSettings)> =
        networks.iter().collect();
    candidates.sort_by_key(|(name, _)| (name.as_str() != "bridge", (*name).clone()));
    candidates
        .into_iter()
        .filter_map(|(_, ep)| ep.ip_address.as_deref())
        .find(|ip| !ip.is_empty())
        .and_then(|ip| ip.parse().ok())
}

/// Who a container belongs to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Identity {
    pub pod: PodRef,
    pub container: String,
    pub kind: ContainerKind,
    pub attempt: u32,
    pub plain: bool,
}

/// Works out a container's pod from its labels, else its `k8s_` name, else as a plain container.
pub(crate) fn identify(
    id: &str,
    name: &str,
    labels: &HashMap<String, String>,
    plain: &PlainContainers,
) -> Result<Identity, SkipKind> {
    let from_name = parse_k8s_name(name);
    let label = |k: &str| labels.get(k).map(String::as_str).filter(|v| !v.is_empty());
    let has_k8s_labels = label(LABEL_POD_NAME).is_some()
        || label(LABEL_POD_UID).is_some()
        || label(LABEL_CONTAINER_NAME).is_some();
    if has_k8s_labels || from_name.is_some() {
        let pick = |key: &str, fallback: Option<&str>| -> Option<String> {
            label(key).or(fallback).map(str::to_string)
        };
        let n = from_name.as_ref();
        let namespace = pick(LABEL_POD_NAMESPACE, n.map(|n| n.namespace));
        let pod_name = pick(LABEL_POD_NAME, n.map(|n| n.pod));
        let uid = pick(LABEL_POD_UID, n.map(|n| n.uid));
        let container = pick(LABEL_CONTAINER_NAME, n.map(|n| n.container));
        let (Some(namespace), Some(pod_name), Some(uid), Some(container)) =
            (namespace, pod_name, uid, container)
        else {
            return Err(SkipKind::BadLabels);
        };
        if ![&namespace, &pod_name, &uid, &container]
            .iter()
            .all(|v| valid_identity(v))
        {
            return Err(SkipKind::BadLabels);
        }
        let sandbox = label(LABEL_DOCKER_TYPE) == Some("podsandbox")
            || (label(LABEL_DOCKER_TYPE).is_none() && container == "POD");
        return Ok(Identity {
            pod: PodRef {
                namespace,
                name: pod_name,
                uid,
            },
            container: if sandbox {
                "POD".to_string()
            } else {
                container
            },
            kind: if sandbox {
                ContainerKind::Sandbox
            } else {
                ContainerKind::App
            },
            attempt: n.map(|n| n.attempt).unwrap_or(0),
            plain: false,
        });
    }
    let Some(namespace) = plain.namespace.clone() else {
        return Err(SkipKind::PlainDisabled);
    };
    let name = if name.is_empty() { short(id) } else { name };
    if !valid_identity(name) {
        return Err(SkipKind::BadLabels);
    }
    Ok(Identity {
        pod: PodRef {
            namespace,
            name: name.to_string(),
            uid: id.to_string(),
        },
        container: name.to_string(),
        kind: ContainerKind::App,
        attempt: 0,
        plain: true,
    })
}

/// Identity values must be short and printable: they become label values and table cells.
fn valid_identity(v: &str) -> bool {
    !v.is_empty() && v.len() <= MAX_IDENTITY_LEN && v.chars().all(|c| c.is_ascii_graphic())
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct K8sName<'a> {
    pub container: &'a str,
    pub pod: &'a str,
    pub namespace: &'a str,
    pub uid: &'a str,
    pub attempt: u32,
}

/// `k8s_<container>_<pod>_<namespace>_<uid>_<attempt>`, optionally followed by `_<random>` that
/// cri-dockerd appends on a name conflict. None of the parts may contain `_` in Kubernetes.
pub(crate) fn parse_k8s_name(name: &str) -> Option<K8sName<'_>> {
    let rest = name.strip_prefix("k8s_")?;
    let parts: Vec<&str> = rest.split('_').collect();
    if !(parts.len() == 5 || parts.len() == 6) || parts[..4].iter().any(|p| p.is_empty()) {
        return None;
    }
    Some(K8sName {
        container: parts[0],
        pod: parts[1],
        namespace: parts[2],
        uid: parts[3],
        attempt: parts[4].parse().ok()?,
    })
}

#[async_trait]
impl Runtime for DockerRuntime {
    fn kind(&self) -> RuntimeKind {
        RuntimeKind::Docker
    }

    fn endpoint(&self) -> String {
        self.socket.display().to_string()
    }

    async fn version(&self) -> Result<String, RuntimeError> {
        let connect_err = |e: BollardError| RuntimeError::Connect {
            endpoint: self.endpoint(),
            message: error_chain(&e),
        };
        // bollard sends unversioned paths (its URL join drops the `/v1.xx` prefix), so old
        // engines (20.10 speaks at most API 1.41) answer in their own newest version.
        let v = self.client()?.version().await.map_err(connect_err)?;
        Ok(format!(
            "{} (API {})",
            v.version.unwrap_or_default(),
            v.api_version.unwrap_or_default()
        ))
    }

    async fn list(&self) -> Result<Vec<Container>, RuntimeError> {
        let summaries = self
            .client()?
            .list_containers(Some(ListContainersOptions {
                all: true,
                ..Default::default()
            }))
            .await
            .map_err(|e| RuntimeError::List(error_chain(&e)))?;
        let mut out = Vec::with_capacity(summaries.len());
        // (index in `out`, sandbox id) of app containers, given their pod's labels below from
        // the sandboxes in this same listing rather than one more inspect each.
        let mut apps = Vec::new();
        let mut running = Vec::new();
        for s in summaries {
            let Some(id) = s.id else { continue };
            if let Some((c, sandbox, hint)) = self.inspect_one(&id).await? {
                if let Some(sandbox) = sandbox {
                    apps.push((out.len(), sandbox));
                }
                if c.is_running() {
                    running.push(hint);
                }
                out.push(c);
            }
        }
        if let Ok(mut l) = self.listed_running.lock() {
            *l = running;
        }
        let by_sandbox: HashMap<String, BTreeMap<String, String>> = out
            .iter()
            .filter(|c| c.kind == ContainerKind::Sandbox)
            .map(|c| (c.id.0.clone(), c.pod_labels.clone()))
            .collect();
        for (i, sandbox) in apps {
            if let (Some(labels), Some(c)) = (by_sandbox.get(&sandbox), out.get_mut(i)) {
                c.pod_labels = labels.clone();
            }
        }
        Ok(out)
    }

    async fn watch(
        &self,
        tx: mpsc::Sender<RuntimeEvent>,
        cancel: CancellationToken,
    ) -> Result<(), RuntimeError> {
        let mut filters = HashMap::new();
        filters.insert("type".to_string(), vec!["container".to_string()]);
        let client = self.client()?;
        // Containers with an `oom` event since their last start: an exit that Docker's restart
        // policy already turned into a new run no longer shows `OOMKilled` in the inspect.
        let mut oom_since_start: HashSet<String> = HashSet::new();
        let mut stream = client.events(Some(EventsOptions {
            filters: Some(filters),
            ..Default::default()
        }));
        loop {
            let msg = tokio::select! {
                _ = cancel.cancelled() => return Ok(()),
                msg = stream.next() => msg,
            };
            let msg = match msg {
                None => return Err(RuntimeError::EventsEnded),
                Some(Err(e)) => return Err(RuntimeError::Events(error_chain(&e))),
                Some(Ok(m)) => m,
            };
            let Some(actor) = msg.actor else { continue };
            let (Some(action), Some(id)) = (msg.action.as_deref(), actor.id) else {
                continue;
            };
            let events = match action {
                "destroy" => {
                    oom_since_start.remove(&id);
                    self.cgroups.forget(&id);
                    vec![RuntimeEvent::Removed(ContainerId(id))]
                }
                "oom" => {
                    // dockerd sends two `oom` events per kill, and the same for a child whose
                    // container lives on: the cgroup's count says how many kills there were.
                    oom_since_start.insert(id.clone());
                    vec![self.oom_count_or_hint(&id).await]
                }
                "die" => {
                    let exit_code = actor
                        .attributes
                        .as_ref()
                        .and_then(|a| a.get("exitCode"))
                        .and_then(|v| v.parse::<i64>().ok());
                    let inspected = self.inspect(&id).await?;
                    let oom_hint = oom_since_start.remove(&id);
                    let exited = exit_event(&id, exit_code, inspected.as_ref(), oom_hint);
                    match inspected {
                        // The state must know the container before it counts its exit.
                        Some(c) => vec![RuntimeEvent::Changed(c), exited],
                        // Gone already (`--rm`): count the exit against what the state knew.
                        None => vec![exited, RuntimeEvent::Removed(ContainerId(id))],
                    }
                }
                a if a == "create"
                    || a == "start"
                    || a == "restart"
                    || a == "pause"
                    || a == "unpause"
                    || a == "rename"
                    || a.starts_with("health_status") =>
                {
                    if a == "start" {
                        oom_since_start.remove(&id);
                    }
                    match self.inspect(&id).await? {
                        Some(c) => vec![RuntimeEvent::Changed(c)],
                        // Vanished before we looked, or not ours: nothing to keep.
                        None => vec![RuntimeEvent::Removed(ContainerId(id))],
                    }
                }
                _ => continue,
            };
            for ev in events {
                if tx.send(ev).await.is_err() {
                    return Ok(());
                }
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
            .filter_map(|h| match self.cgroups.oom_kill_total(h) {
                Ok(total) => Some(RuntimeEvent::OomKillCount {
                    id: ContainerId(h.id.clone()),
                    total,
                }),
                Err(e) => {
                    tracing::debug!(container = %short(&h.id), error = %e, "no cgroup OOM count");
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
        let map_err = |e: BollardError| match e {
            BollardError::DockerResponseServerError {
                status_code: 404 | 409,
                message,
            } => ExecError::NotRunning(message),
            BollardError::DockerResponseServerError { message, .. } => ExecError::Failed(message),
            other => ExecError::Unreachable(error_chain(&other)),
        };
        let client = self
            .client()
            .map_err(|e| ExecError::Unreachable(e.to_string()))?;
        let run = async {
            let created = client
                .create_exec(
                    &id.0,
                    bollard::models::ExecConfig {
                        attach_stdout: Some(true),
                        attach_stderr: Some(true),
                        cmd: Some(cmd.to_vec()),
                        ..Default::default()
                    },
                )
                .await
                .map_err(map_err)?;
            let started = client
                .start_exec(
                    &created.id,
                    Some(StartExecOptions {
                        detach: false,
                        tty: false,
                        output_capacity: None,
                    }),
                )
                .await
                .map_err(map_err)?;
            let mut output = Vec::new();
            if let StartExecResults::Attached {
                output: mut stream, ..
            } = started
            {
                while let Some(chunk) = stream.next().await {
                    let chunk = chunk.map_err(map_err)?;
                    let bytes = chunk.into_bytes();
                    let room = MAX_PROBE_OUTPUT.saturating_sub(output.len());
                    output.extend_from_slice(&bytes[..bytes.len().min(room)]);
                }
            }
            let inspect = client.inspect_exec(&created.id).await.map_err(map_err)?;
            Ok(ExecOutput {
                exit_code: inspect.exit_code.unwrap_or(-1),
                output,
            })
        };
        match tokio::time::timeout(timeout, run).await {
            Ok(r) => r,
            Err(_) => Err(ExecError::Timeout(timeout)),
        }
    }

    async fn images(&self) -> Result<Vec<String>, RuntimeError> {
        let images = self
            .client()?
            .list_images(Some(ListImagesOptions::default()))
            .await
            .map_err(|e| RuntimeError::Images(error_chain(&e)))?;
        let mut out = Vec::new();
        for img in images {
            out.extend(img.repo_tags.into_iter().filter(|t| t != "<none>:<none>"));
            out.extend(
                img.repo_digests
                    .into_iter()
                    .filter(|t| t != "<none>@<none>"),
            );
            out.push(img.id);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn pod_labels_leave_out_kubelet_keys_and_annotations() {
        let got = pod_labels(&labels(&[
            ("app", "web"),
            ("tier", "front"),
            (LABEL_POD_NAME, "web-1"),
            (LABEL_DOCKER_TYPE, "podsandbox"),
            ("annotation.kubernetes.io/config.source", "api"),
        ]));
        assert_eq!(
            got.into_iter().collect::<Vec<_>>(),
            vec![
                ("app".to_string(), "web".to_string()),
                ("tier".to_string(), "front".to_string())
            ]
        );
    }

    #[test]
    fn parses_kubelet_names() {
        let n = parse_k8s_name("k8s_app_web-1_default_0f1e-22_3").expect("parses");
        assert_eq!(
            (n.container, n.pod, n.namespace, n.uid, n.attempt),
            ("app", "web-1", "default", "0f1e-22", 3)
        );
        let n = parse_k8s_name("k8s_POD_web.x_kube-system_uid_0_a1b2c3d4").expect("suffix");
        assert_eq!((n.container, n.pod), ("POD", "web.x"));
        for bad in [
            "k8s_a_b_c_d",
            "k8s_a_b_c_d_e_f_g",
            "k8s_a_b_c_d_x",
            "web",
            "k8s____ _1",
            "",
        ] {
            assert_eq!(parse_k8s_name(bad), None, "{bad}");
        }
    }

    #[test]
    fn identifies_from_labels_name_or_as_plain() {
        let plain = PlainContainers {
            namespace: Some("docker".into()),
        };
        let sandbox = identify(
            "abc",
            "k8s_POD_web_ns_u1_0",
            &labels(&[
                (LABEL_POD_NAME, "web"),
                (LABEL_POD_NAMESPACE, "ns"),
                (LABEL_POD_UID, "u1"),
                (LABEL_CONTAINER_NAME, "POD"),
                (LABEL_DOCKER_TYPE, "podsandbox"),
            ]),
            &plain,
        )
        .expect("sandbox");
        assert_eq!(sandbox.kind, ContainerKind::Sandbox);
        // Labels stripped (e.g. by a relabelling tool) but the kubelet name still there.
        let app = identify("abc", "k8s_app_web_ns_u1_2", &HashMap::new(), &plain).expect("name");
        assert_eq!(
            (app.container.as_str(), app.attempt, app.kind),
            ("app", 2, ContainerKind::App)
        );
        let p = identify("abcdef0123456789", "nginx", &HashMap::new(), &plain).expect("plain");
        assert!(p.plain);
        assert_eq!(p.pod.namespace, "docker");
        let off = PlainContainers { namespace: None };
        assert_eq!(
            identify("a", "nginx", &HashMap::new(), &off),
            Err(SkipKind::PlainDisabled)
        );
        // Half a kubelet identity with no parseable name: skipped, not guessed.
        assert_eq!(
            identify("a", "x", &labels(&[(LABEL_POD_NAME, "web")]), &plain),
            Err(SkipKind::BadLabels)
        );
        let huge = "x".repeat(10_000);
        assert_eq!(
            identify(
                "a",
                "x",
                &labels(&[
                    (LABEL_POD_NAME, &huge),
                    (LABEL_POD_NAMESPACE, "ns"),
                    (LABEL_POD_UID, "u"),
                    (LABEL_CONTAINER_NAME, "c")
                ]),
                &plain
            ),
            Err(SkipKind::BadLabels)
        );
        assert_eq!(
            identify(
                "a",
                "x",
                &labels(&[
                    (LABEL_POD_NAME, "we b\n"),
                    (LABEL_POD_NAMESPACE, "ns"),
                    (LABEL_POD_UID, "u"),
                    (LABEL_CONTAINER_NAME, "c")
                ]),
                &plain
            ),
            Err(SkipKind::BadLabels)
        );
    }
}
