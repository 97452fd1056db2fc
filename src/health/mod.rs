//! The pure classifier: from one pod's merged view (runtime containers, spec and kubelet status,
//! journal and probe evidence) to its `PodHealth` — kubectl's STATUS/READY/RESTARTS, the phase,
//! per-container states and a diagnosis. No I/O here; the clock is passed in.
//!
//! Pipeline: `derive` builds the effective v1 `Pod` (kubelet status refined by the node, or a
//! status synthesized from the runtime), `printpod` prints it exactly as kubectl would, and
//! `diagnosis` explains it. `crashloop` keeps the non-flapping crash-loop verdict over time (the
//! only stateful piece, fed by the state owner), `table` renders `podpulse pods`/`explain` rows.

pub mod crashloop;
pub mod derive;
pub mod diagnosis;
pub mod printpod;
pub mod sysctl;
pub mod table;
pub mod time;

use std::collections::HashSet;

use serde::Serialize;

use crate::model::{Container, PodRef};
use crate::pods::types::Pod;

/// Journal evidence about one pod, already attributed and classified.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JournalEvidence {
    /// A reason name from the journal rule table (`ErrImagePull`, `FailedMount`, ...).
    pub reason: String,
    pub container: Option<String>,
    pub message: String,
    pub timestamp: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ProbeKind {
    Liveness,
    Readiness,
    Startup,
}

/// The agent's own probe verdict for one container and kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProbeEvidence {
    pub container: String,
    pub kind: ProbeKind,
    /// `exec`, `tcp`, `http`, `grpc`.
    pub handler: &'static str,
    /// The thresholded verdict (what the kubelet would conclude); `None` until known.
    pub passing: Option<bool>,
    pub consecutive_failures: u32,
    pub failure_threshold: u32,
    /// The last run in one line ("HTTP 503 on :8080/healthz", "exec `cat /ready` exit 1: not
    /// ready"): what was probed and the kubelet's verdict. Never anything of a passing run's
    /// response; for a failed exec probe, the first line of its output (the kubelet reports a
    /// failed command's output too). The name is historical: it is a summary, not the output.
    pub last_output: String,
}

#[derive(Debug, Clone)]
pub struct ClassifyConfig {
    /// The kubelet's `--allowed-unsafe-sysctls` (exact names or `prefix*` patterns).
    pub allowed_unsafe_sysctls: Vec<String>,
    /// How long a container must run cleanly before its crash loop is over (the kubelet's
    /// back-off reset, 10 minutes).
    pub crashloop_reset_seconds: f64,
}

impl Default for ClassifyConfig {
    fn default() -> Self {
        ClassifyConfig {
            allowed_unsafe_sysctls: Vec::new(),
            crashloop_reset_seconds: crashloop::DEFAULT_RESET_SECONDS,
        }
    }
}

pub struct PodInput<'a> {
    pub pod: &'a PodRef,
    pub spec: Option<&'a Pod>,
    /// This pod's runtime containers, sandboxes and every attempt included.
    pub containers: &'a [Container],
    pub runtime_up: bool,
    pub journal: &'a [JournalEvidence],
    pub probes: &'a [ProbeEvidence],
    /// Images present on the node, where the runtime could list them.
    pub images_present: Option<&'a HashSet<String>>,
    pub now: f64,
    pub config: &'a ClassifyConfig,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Phase {
    Pending,
    Running,
    Succeeded,
    Failed,
    Unknown,
}

impl Phase {
    /// The API's phase text; anything else (or nothing) is `Unknown`.
    pub fn parse(s: &str) -> Phase {
        match s {
            "Pending" => Phase::Pending,
            "Running" => Phase::Running,
            "Succeeded" => Phase::Succeeded,
            "Failed" => Phase::Failed,
            _ => Phase::Unknown,
        }
    }

    pub const ALL: [Phase; 5] = [
        Phase::Pending,
        Phase::Running,
        Phase::Succeeded,
        Phase::Failed,
        Phase::Unknown,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Pending => "Pending",
            Phase::Running => "Running",
            Phase::Succeeded => "Succeeded",
            Phase::Failed => "Failed",
            Phase::Unknown => "Unknown",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StateKind {
    Waiting,
    Running,
    Terminated,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContainerHealth {
    pub name: String,
    pub init: bool,
    pub image: String,
    pub ready: bool,
    pub state: StateKind,
    pub waiting_reason: Option<String>,
    pub terminated_reason: Option<String>,
    pub last_terminated_reason: Option<String>,
    pub last_exit_code: Option<i64>,
    pub restarts: u32,
    pub started_at: Option<f64>,
    /// When the exit behind `last_exit_code` happened.
    pub last_finished_at: Option<f64>,
    /// The runtime's container id (without the `docker://` scheme), where known.
    pub container_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnosis {
    /// Bounded; serializes as its name (`"CrashLoopBackOff"`).
    pub reason: diagnosis::Reason,
    /// One line for the DIAGNOSIS table column.
    pub summary: String,
    pub evidence: Vec<String>,
    pub next_steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PodHealth {
    /// Exactly what `kubectl get pods` prints in STATUS.
    pub status: String,
    pub phase: Phase,
    pub ready: u32,
    pub total: u32,
    pub restarts: u32,
    pub containers: Vec<ContainerHealth>,
    pub diagnosis: Diagnosis,
    pub deletion_timestamp: Option<f64>,
    /// When the most recent counted restart happened, for `3 (5m ago)`.
    pub last_restart_at: Option<f64>,
    /// `metadata.creationTimestamp` (or the sandbox's creation), for AGE.
    pub created_at: Option<f64>,
    pub pod_ip: Option<String>,
    pub node: Option<String>,
    /// Where the status came from: the kubelet, refined, derived, or runtime down.
    pub source: derive::StatusSource,
}

/// Classifies one pod. Pure and cheap: no I/O, and for a pod whose kubelet status needs no
/// refinement (the `explain` path) the spec is printed without being copied.
pub fn classify(input: &PodInput<'_>) -> PodHealth {
    let eff = derive::effective(input);
    let printed = printpod::print_pod(&eff.pod);
    let diagnosis = diagnosis::diagnose(input, &eff, &printed.status);
    let pod: &Pod = &eff.pod;
    let phase = Phase::parse(pod.status.phase.as_deref().unwrap_or(""));
    let containers = container_health(pod);
    let opt = |s: &str| (s != "<none>").then(|| s.to_string());
    PodHealth {
        phase,
        ready: printed.ready,
        total: printed.total,
        restarts: printed.restarts,
        containers,
        diagnosis,
        deletion_timestamp: pod
            .metadata
            .deletion_timestamp
            .as_deref()
            .and_then(time::parse_rfc3339),
        last_restart_at: printed.last_restart,
        created_at: pod
            .metadata
            .creation_timestamp
            .as_deref()
            .and_then(time::parse_rfc3339),
        pod_ip: opt(&printed.ip),
        node: opt(&printed.node),
        source: eff.source,
        status: printed.status,
    }
}

fn container_health(pod: &Pod) -> Vec<ContainerHealth> {
    use crate::pods::types::ContainerStatus;
    let one = |cs: &ContainerStatus, init: bool| {
        let state = printpod::state_or_default(&cs.state);
        let last = cs.last_state.as_ref().and_then(|s| s.terminated.as_ref());
        let exit = state.terminated.as_ref().or(last);
        let kind = if state.running.is_some() {
            StateKind::Running
        } else if state.terminated.is_some() {
            StateKind::Terminated
        } else {
            StateKind::Waiting
        };
        let nonempty = |s: Option<&String>| s.filter(|s| !s.is_empty()).cloned();
        ContainerHealth {
            name: cs.name.clone(),
            init,
            image: cs.image.clone().unwrap_or_default(),
            ready: cs.ready,
            state: kind,
            waiting_reason: nonempty(state.waiting.as_ref().and_then(|w| w.reason.as_ref())),
            terminated_reason: nonempty(state.terminated.as_ref().and_then(|t| t.reason.as_ref())),
            last_terminated_reason: nonempty(last.and_then(|t| t.reason.as_ref())),
            last_exit_code: exit.map(|t| i64::from(t.exit_code)),
            restarts: cs.restart_count.max(0) as u32,
            started_at: state
                .running
                .as_ref()
                .and_then(|r| r.started_at.as_deref())
                .and_then(time::parse_rfc3339),
            last_finished_at: exit
                .and_then(|t| t.finished_at.as_deref())
                .and_then(time::parse_rfc3339),
            container_id: cs
                .container_id
                .as_deref()
                .map(|id| id.split_once("://").map_or(id, |(_, r)| r).to_string()),
        }
    };
    pod.status
        .init_container_statuses
        .iter()
        .map(|cs| one(cs, true))
        .chain(
            pod.status
                .container_statuses
                .iter()
                .map(|cs| one(cs, false)),
        )
        .collect()
}

#[cfg(test)]
mod tests;
