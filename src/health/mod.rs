//! The pure classifier: from one pod's merged view (runtime containers, spec and kubelet status,
//! journal and probe evidence) to its `PodHealth` — kubectl's STATUS/READY/RESTARTS, the phase,
//! per-container states and a diagnosis. No I/O here; the clock is passed in.
//!
//! PLACEHOLDER API (skeleton): the status work replaces the bodies, keeping these names.

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
    /// A short description of the last result ("HTTP 503 on :8080/healthz").
    pub last_output: String,
}

#[derive(Debug, Clone, Default)]
pub struct ClassifyConfig {
    pub allowed_unsafe_sysctls: Vec<String>,
    pub crashloop_reset_seconds: f64,
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
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnosis {
    pub reason: String,
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
}

/// Placeholder: phase and states straight from the runtime.
pub fn classify(input: &PodInput<'_>) -> PodHealth {
    let apps: Vec<&Container> = input
        .containers
        .iter()
        .filter(|c| c.kind == crate::model::ContainerKind::App)
        .collect();
    let running = apps.iter().filter(|c| c.is_running()).count() as u32;
    let phase = if !input.runtime_up {
        Phase::Unknown
    } else if running > 0 {
        Phase::Running
    } else {
        Phase::Pending
    };
    PodHealth {
        status: phase.as_str().to_string(),
        phase,
        ready: running,
        total: apps.len() as u32,
        restarts: apps.iter().map(|c| c.restart_count).max().unwrap_or(0),
        containers: Vec::new(),
        diagnosis: Diagnosis {
            reason: "Healthy".into(),
            evidence: Vec::new(),
            next_steps: Vec::new(),
        },
        deletion_timestamp: None,
    }
}
