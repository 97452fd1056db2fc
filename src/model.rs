//! Runtime-neutral types for what the node's container runtime reports.
//!
//! Every runtime back-end (Docker, CRI) maps its own types into these once, at its edge; nothing
//! above `runtime/` sees a bollard or CRI type. These types carry no behaviour beyond small
//! accessors: the rules about what a state *means* live in `health/`.

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;

/// Seconds since the Unix epoch, with sub-second precision where the runtime gives it.
pub type Timestamp = f64;

/// A runtime container id (Docker's 64-hex id, or the CRI container id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct ContainerId(pub String);

impl fmt::Display for ContainerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The identity of a pod as the runtime labels tell it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct PodRef {
    pub namespace: String,
    pub name: String,
    pub uid: String,
}

/// Which runtime back-end produced a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuntimeKind {
    Docker,
    Cri,
}

impl RuntimeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RuntimeKind::Docker => "docker",
            RuntimeKind::Cri => "cri",
        }
    }
}

/// A pod's sandbox ("pause") container or an application container.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContainerKind {
    Sandbox,
    App,
}

/// The runtime's view of a container's state, with exactly the data each state has.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum RuntimeState {
    /// Created but never started.
    Created,
    Running {
        started_at: Option<Timestamp>,
    },
    /// Exited (or between restarts of a runtime-level restart policy).
    Exited {
        exit_code: i64,
        oom_killed: bool,
        /// The runtime's own reason where it gives one (CRI: `OOMKilled`, `Error`, `Completed`).
        reason: Option<String>,
        started_at: Option<Timestamp>,
        finished_at: Option<Timestamp>,
    },
    Unknown,
}

/// The result of a runtime-level health check (Docker HEALTHCHECK).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HealthCheck {
    Starting,
    Healthy,
    Unhealthy,
}

/// A port a container declares (kubelet's `io.kubernetes.container.ports` annotation).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeclaredPort {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(rename = "containerPort")]
    pub container_port: u16,
    #[serde(default)]
    pub protocol: Option<String>,
}

/// One container as the runtime reports it, already mapped to our types.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Container {
    pub id: ContainerId,
    pub pod: PodRef,
    /// The container's name in its pod (`POD` for a sandbox).
    pub name: String,
    pub kind: ContainerKind,
    /// True when no kubelet created this container (a plain `docker run`).
    pub plain: bool,
    pub image: String,
    pub image_id: String,
    /// The kubelet's attempt number (`_<attempt>` in the name / CRI metadata.attempt).
    pub attempt: u32,
    /// Restarts as the kubelet counts them (annotation), or the runtime's own restart count.
    pub restart_count: u32,
    pub state: RuntimeState,
    pub created_at: Option<Timestamp>,
    pub health: Option<HealthCheck>,
    /// Sandbox only: the pod IP and whether the pod uses the host's network namespace.
    pub ip: Option<IpAddr>,
    pub host_network: bool,
    pub ports: Vec<DeclaredPort>,
    pub memory_limit_bytes: Option<u64>,
    /// The pod's own labels as the runtime carries them (bounded at the edge).
    pub pod_labels: BTreeMap<String, String>,
}

impl Container {
    pub fn is_running(&self) -> bool {
        matches!(self.state, RuntimeState::Running { .. })
    }

    pub fn started_at(&self) -> Option<Timestamp> {
        match self.state {
            RuntimeState::Running { started_at } => started_at,
            RuntimeState::Exited { started_at, .. } => started_at,
            _ => None,
        }
    }
}

/// A change the runtime reports between two full lists. Mostly `Changed`, so boxing the large
/// variant would only add an allocation per event.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimeEvent {
    /// A container was created, started, died, changed health: its fresh inspect.
    Changed(Container),
    Removed(ContainerId),
    /// The kernel OOM-killed a process of this container (the runtime's `oom` event). Runtimes
    /// repeat it and miss children: where the cgroup's own count is known (`OomKillCount`), that
    /// count is the truth and this event only hints.
    OomKilled(ContainerId),
    /// The kernel's own count of OOM kills in this container's memory cgroup (`oom_kill` in
    /// `memory.events` on v2, `memory.oom_control` on v1): an absolute, monotonic total for this
    /// container instance, children whose container survives included.
    OomKillCount {
        id: ContainerId,
        total: u64,
    },
    /// The runtime reported one exit of this container (Docker `die`, containerd `/tasks/exit`,
    /// a CRI CONTAINER_STOPPED event): one event per exit, so short-lived terminations that a
    /// list would miss are still counted.
    Exited {
        id: ContainerId,
        exit_code: i64,
        oom_killed: bool,
    },
}

/// Output of an exec in a container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecOutput {
    pub exit_code: i64,
    /// stdout and stderr, capped (10 KiB, as the kubelet caps probe output).
    pub output: Vec<u8>,
}

/// The cap the kubelet puts on probe output.
pub const MAX_PROBE_OUTPUT: usize = 10 * 1024;
