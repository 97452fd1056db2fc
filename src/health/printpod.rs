//! A faithful port of kubectl's `printPod` (kubernetes `pkg/printers/internalversion/printers.go`):
//! the STATUS, READY and RESTARTS columns of `kubectl get pods`, plus the wide columns.
//!
//! It reads only a v1 `Pod` (spec + status), exactly as kubectl does: whatever produced the status
//! (the kubelet, or `derive` from the runtime) is none of its business. Keep it a line-by-line
//! port — every quirk here is kubectl's, and the table tests are kubectl's own test cases.

use crate::pods::types::{ContainerSpec, ContainerState, Pod, PodCondition, PodStatus};

use super::time::{parse_rfc3339, translate_timestamp_since};

/// kubectl's `node.NodeUnreachablePodReason`.
pub const NODE_UNREACHABLE_POD_REASON: &str = "NodeLost";
/// `v1.PodReasonSchedulingGated`.
pub const POD_REASON_SCHEDULING_GATED: &str = "SchedulingGated";

/// One `kubectl get pods` row, before time-dependent formatting.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedPod {
    /// The STATUS column.
    pub status: String,
    pub ready: u32,
    pub total: u32,
    pub restarts: u32,
    /// When the most recent counted restart happened (seconds), for `3 (5m ago)`.
    pub last_restart: Option<f64>,
    /// Wide columns, `<none>` when empty as kubectl prints them.
    pub ip: String,
    pub node: String,
    pub nominated_node: String,
    pub readiness_gates: String,
}

impl PrintedPod {
    /// The READY cell, `n/m`.
    pub fn ready_cell(&self) -> String {
        format!("{}/{}", self.ready, self.total)
    }

    /// The RESTARTS cell: `3`, or `3 (10s ago)` when the last restart time is known.
    pub fn restarts_cell(&self, now: f64) -> String {
        format_restarts(self.restarts, self.last_restart, now)
    }
}

/// kubectl's RESTARTS cell.
pub fn format_restarts(restarts: u32, last_restart: Option<f64>, now: f64) -> String {
    match last_restart {
        Some(t) if restarts != 0 => format!(
            "{restarts} ({} ago)",
            translate_timestamp_since(Some(t), now)
        ),
        _ => restarts.to_string(),
    }
}

pub(crate) fn is_restartable_init(c: Option<&ContainerSpec>) -> bool {
    c.and_then(|c| c.restart_policy.as_deref()) == Some("Always")
}

pub(crate) fn state_or_default(s: &Option<ContainerState>) -> &ContainerState {
    static EMPTY: ContainerState = ContainerState {
        waiting: None,
        running: None,
        terminated: None,
    };
    s.as_ref().unwrap_or(&EMPTY)
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// The `FinishedAt` of a last termination state, as kubectl compares them (a missing or unparsable
/// time is Go's zero time, which never wins).
fn last_terminated_at(last: &Option<ContainerState>) -> Option<f64> {
    last.as_ref()?
        .terminated
        .as_ref()?
        .finished_at
        .as_deref()
        .and_then(parse_rfc3339)
}

fn later(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

/// `hasPodReadyCondition`: any `Ready=True` condition.
pub fn has_pod_ready_condition(conditions: &[PodCondition]) -> bool {
    conditions
        .iter()
        .any(|c| c.type_ == "Ready" && c.status == "True")
}

/// `isPodInitializedConditionTrue`: the first `Initialized` condition decides.
pub fn is_pod_initialized_condition_true(status: &PodStatus) -> bool {
    status
        .conditions
        .iter()
        .find(|c| c.type_ == "Initialized")
        .is_some_and(|c| c.status == "True")
}

/// `podutil.IsPodPhaseTerminal`.
pub fn is_phase_terminal(phase: &str) -> bool {
    phase == "Failed" || phase == "Succeeded"
}

/// kubectl's `printPod`, column for column.
pub fn print_pod(pod: &Pod) -> PrintedPod {
    let status = &pod.status;
    let mut restarts: i64 = 0;
    let mut restartable_init_restarts: i64 = 0;
    let mut total = pod.spec.containers.len() as u32;
    let mut ready: u32 = 0;
    let mut last_restart: Option<f64> = None;
    let mut last_restartable_init_restart: Option<f64> = None;

    let phase = status.phase.as_deref().unwrap_or("");
    let mut reason: String = match nonempty(&status.reason) {
        Some(r) => r.to_string(),
        None => phase.to_string(),
    };

    for c in &status.conditions {
        if c.type_ == "PodScheduled" && c.reason.as_deref() == Some(POD_REASON_SCHEDULING_GATED) {
            reason = POD_REASON_SCHEDULING_GATED.to_string();
        }
    }

    let init_specs = &pod.spec.init_containers;
    // Go builds a map by name, so a later duplicate name wins.
    let init_spec = |name: &str| init_specs.iter().rev().find(|c| c.name == name);
    total += init_specs
        .iter()
        .filter(|c| is_restartable_init(Some(c)))
        .count() as u32;

    let mut initializing = false;
    for (i, container) in status.init_container_statuses.iter().enumerate() {
        restarts += i64::from(container.restart_count);
        last_restart = later(last_restart, last_terminated_at(&container.last_state));
        let restartable = is_restartable_init(init_spec(&container.name));
        if restartable {
            restartable_init_restarts += i64::from(container.restart_count);
            last_restartable_init_restart = later(
                last_restartable_init_restart,
                last_terminated_at(&container.last_state),
            );
        }
        let state = state_or_default(&container.state);
        match (&state.terminated, &state.waiting) {
            (Some(t), _) if t.exit_code == 0 => continue,
            _ if restartable && container.started == Some(true) => {
                if container.ready {
                    ready += 1;
                }
                continue;
            }
            (Some(t), _) => {
                reason = match nonempty(&t.reason) {
                    None => match t.signal {
                        Some(sig) if sig != 0 => format!("Init:Signal:{sig}"),
                        _ => format!("Init:ExitCode:{}", t.exit_code),
                    },
                    Some(r) => format!("Init:{r}"),
                };
                initializing = true;
            }
            (None, Some(w)) if nonempty(&w.reason).is_some_and(|r| r != "PodInitializing") => {
                reason = format!("Init:{}", w.reason.as_deref().unwrap_or(""));
                initializing = true;
            }
            _ => {
                reason = format!("Init:{i}/{}", init_specs.len());
                initializing = true;
            }
        }
        break;
    }

    if !initializing || is_pod_initialized_condition_true(status) {
        restarts = restartable_init_restarts;
        last_restart = last_restartable_init_restart;
        let mut has_running = false;
        for container in status.container_statuses.iter().rev() {
            restarts += i64::from(container.restart_count);
            last_restart = later(last_restart, last_terminated_at(&container.last_state));
            let state = state_or_default(&container.state);
            if let Some(r) = state.waiting.as_ref().and_then(|w| nonempty(&w.reason)) {
                reason = r.to_string();
            } else if let Some(t) = &state.terminated {
                reason = match nonempty(&t.reason) {
                    Some(r) => r.to_string(),
                    None => match t.signal {
                        Some(sig) if sig != 0 => format!("Signal:{sig}"),
                        _ => format!("ExitCode:{}", t.exit_code),
                    },
                };
            } else if container.ready && state.running.is_some() {
                has_running = true;
                ready += 1;
            }
        }

        // Back to "Running" if at least one container still reports running.
        if reason == "Completed" && has_running {
            reason = if has_pod_ready_condition(&status.conditions) {
                "Running".to_string()
            } else {
                "NotReady".to_string()
            };
        }
    }

    if pod.metadata.deletion_timestamp.is_some()
        && status.reason.as_deref() == Some(NODE_UNREACHABLE_POD_REASON)
    {
        reason = "Unknown".to_string();
    } else if pod.metadata.deletion_timestamp.is_some() && !is_phase_terminal(phase) {
        reason = "Terminating".to_string();
    }

    let none = |s: Option<&str>| match s {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => "<none>".to_string(),
    };
    // The internal type kubectl prints from fills podIPs from podIP on conversion.
    let ip = status
        .pod_ips
        .first()
        .map(|p| p.ip.as_str())
        .or(status.pod_ip.as_deref());
    let readiness_gates = if pod.spec.readiness_gates.is_empty() {
        "<none>".to_string()
    } else {
        let true_conditions = pod
            .spec
            .readiness_gates
            .iter()
            .filter(|g| {
                status
                    .conditions
                    .iter()
                    .find(|c| Some(c.type_.as_str()) == g.condition_type.as_deref())
                    .is_some_and(|c| c.status == "True")
            })
            .count();
        format!("{true_conditions}/{}", pod.spec.readiness_gates.len())
    };

    PrintedPod {
        status: reason,
        ready,
        total,
        restarts: restarts.clamp(0, i64::from(u32::MAX)) as u32,
        last_restart: if restarts != 0 { last_restart } else { None },
        ip: none(ip),
        node: none(pod.spec.node_name.as_deref()),
        nominated_node: none(status.nominated_node_name.as_deref()),
        readiness_gates,
    }
}

#[cfg(test)]
mod tests;
