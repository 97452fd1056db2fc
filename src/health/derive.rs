//! The effective v1 `Pod` the classifier prints: the kubelet's status where a spec source gave
//! one, refined with what the node saw first; otherwise a status synthesized from the runtime's
//! containers, the spec and the journal with the kubelet's own rules
//! (`convertToAPIContainerStatuses`, `getPhase`, the back-off, admission).
//!
//! Both paths end in a plain `Pod` so that `printpod` alone decides the STATUS text. Pure: no
//! I/O, the clock comes in through `PodInput::now`.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::model::{Container, ContainerKind, HealthCheck, RuntimeState};
use crate::pods::types::{
    ContainerSpec, ContainerState, ContainerStateRunning, ContainerStateTerminated,
    ContainerStateWaiting, ContainerStatus, ObjectMeta, Pod, PodCondition, PodSpec, PodStatus,
};

use super::printpod::{is_phase_terminal, is_restartable_init};
use super::sysctl::{self, Forbidden};
use super::time::{format_rfc3339, parse_rfc3339};
use super::{JournalEvidence, PodInput, ProbeKind};

/// Where the effective status came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StatusSource {
    /// The kubelet's status, untouched.
    Kubelet,
    /// The kubelet's status with newer runtime or journal facts applied.
    Refined,
    /// Synthesized from runtime + spec + journal.
    Derived,
    /// The runtime cannot be reached: everything is `Unknown`.
    RuntimeDown,
}

/// The effective pod and the facts the diagnosis needs beyond it.
#[derive(Debug)]
pub struct Effective<'a> {
    pub pod: Cow<'a, Pod>,
    pub source: StatusSource,
    pub forbidden_sysctl: Option<Forbidden>,
    /// What the node saw that the kubelet's status did not yet say, as evidence lines.
    pub notes: Vec<String>,
}

/// Waiting reasons the journal can tell before (or without) the kubelet's status.
const JOURNAL_WAITING_REASONS: &[&str] = &[
    "ErrImagePull",
    "ImagePullBackOff",
    "ErrImageNeverPull",
    "InvalidImageName",
    "CreateContainerConfigError",
    "CreateContainerError",
    "RunContainerError",
];

/// The kubelet's container back-off: 10 s doubling to 5 min (`kubelet.go`, `backOffPeriod` /
/// `MaxContainerBackOff`).
pub fn backoff_seconds(restarts: u32) -> f64 {
    let exp = restarts.saturating_sub(1).min(16);
    (10.0 * f64::from(1u32 << exp)).min(300.0)
}

/// The effective image pull policy: explicit, else `Always` for `:latest` or no tag, else
/// `IfNotPresent` (the API server's defaulting).
pub fn pull_policy(c: &ContainerSpec) -> &str {
    if let Some(p) = c.image_pull_policy.as_deref().filter(|p| !p.is_empty()) {
        return p;
    }
    let image = c.image.as_deref().unwrap_or("");
    if image.contains('@') {
        return "IfNotPresent";
    }
    let last = image.rsplit('/').next().unwrap_or("");
    match last.split_once(':') {
        None => "Always",
        Some((_, "latest")) => "Always",
        Some(_) => "IfNotPresent",
    }
}

/// Normalizes an image reference so `busybox`, `busybox:latest` and
/// `docker.io/library/busybox:latest` compare equal.
pub fn normalize_image(image: &str) -> String {
    let mut s = image.trim();
    for p in ["docker.io/", "index.docker.io/", "registry-1.docker.io/"] {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest;
        }
    }
    let s = s.strip_prefix("library/").unwrap_or(s);
    let last = s.rsplit('/').next().unwrap_or("");
    if s.contains('@') || last.contains(':') {
        s.to_string()
    } else {
        format!("{s}:latest")
    }
}

/// Whether `image` is among the node's images.
pub fn image_present(image: &str, present: &HashSet<String>) -> bool {
    if present.contains(image) {
        return true;
    }
    let want = normalize_image(image);
    present.iter().any(|p| normalize_image(p) == want)
}

fn strip_scheme(id: &str) -> &str {
    id.split_once("://").map_or(id, |(_, rest)| rest)
}

/// This pod's attempts of one container, newest first (the kubelet sorts by creation time).
fn attempts<'c>(containers: &'c [Container], name: &str) -> Vec<&'c Container> {
    let mut v: Vec<&Container> = containers
        .iter()
        .filter(|c| c.kind == ContainerKind::App && c.name == name)
        .collect();
    v.sort_by(|a, b| {
        (b.attempt, b.created_at.unwrap_or(0.0))
            .partial_cmp(&(a.attempt, a.created_at.unwrap_or(0.0)))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    v
}

fn newest_sandbox(containers: &[Container]) -> Option<&Container> {
    containers
        .iter()
        .filter(|c| c.kind == ContainerKind::Sandbox)
        .max_by(|a, b| {
            (a.attempt, a.created_at.unwrap_or(0.0))
                .partial_cmp(&(b.attempt, b.created_at.unwrap_or(0.0)))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
}

/// The terminated state the kubelet writes for an exited runtime container; the reason is the
/// runtime's, else what CRI runtimes write (`OOMKilled`, `Completed`, `Error`).
fn terminated_of(c: &Container) -> Option<ContainerStateTerminated> {
    match &c.state {
        RuntimeState::Exited {
            exit_code,
            oom_killed,
            reason,
            started_at,
            finished_at,
        } => {
            let reason = match reason.as_deref().filter(|r| !r.is_empty()) {
                Some(r) => r.to_string(),
                None if *oom_killed => "OOMKilled".to_string(),
                None if *exit_code == 0 => "Completed".to_string(),
                None => "Error".to_string(),
            };
            Some(ContainerStateTerminated {
                exit_code: (*exit_code).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
                signal: None,
                reason: Some(reason),
                message: None,
                started_at: started_at.map(format_rfc3339),
                finished_at: finished_at.map(format_rfc3339),
                container_id: Some(c.id.0.clone()),
            })
        }
        _ => None,
    }
}

fn waiting(reason: &str, message: Option<String>) -> ContainerState {
    ContainerState {
        waiting: Some(ContainerStateWaiting {
            reason: (!reason.is_empty()).then(|| reason.to_string()),
            message,
        }),
        ..Default::default()
    }
}

fn terminated_state(t: ContainerStateTerminated) -> ContainerState {
    ContainerState {
        terminated: Some(t),
        ..Default::default()
    }
}

/// `ShouldContainerBeRestarted` for an exited container.
fn should_restart(pod_policy: &str, is_init: bool, sidecar: bool, exit_code: i64) -> bool {
    if sidecar {
        return true;
    }
    if is_init {
        // Regular init containers are retried on failure unless the pod's policy is Never.
        return exit_code != 0 && pod_policy != "Never";
    }
    match pod_policy {
        "Never" => false,
        "OnFailure" => exit_code != 0,
        _ => true,
    }
}

/// The newest journal evidence naming a container waiting reason for `container`, newer than
/// `after`. Evidence without a container applies to every container not yet running.
fn journal_waiting<'j>(
    journal: &'j [JournalEvidence],
    container: &str,
    after: Option<f64>,
) -> Option<&'j JournalEvidence> {
    journal
        .iter()
        .filter(|j| JOURNAL_WAITING_REASONS.contains(&j.reason.as_str()))
        .filter(|j| j.container.as_deref().is_none_or(|c| c == container))
        .filter(|j| after.is_none_or(|t| j.timestamp >= t))
        .max_by(|a, b| {
            a.timestamp
                .partial_cmp(&b.timestamp)
                .unwrap_or(std::cmp::Ordering::Equal)
        })
}

/// Readiness as the kubelet's prober would set it, from the agent's own probe verdicts.
fn probe_ready(input: &PodInput<'_>, spec: &ContainerSpec, rt: &Container) -> (bool, bool) {
    let verdict = |kind: ProbeKind| {
        input
            .probes
            .iter()
            .find(|p| p.container == spec.name && p.kind == kind)
            .and_then(|p| p.passing)
    };
    let started = spec.startup_probe.is_none() || verdict(ProbeKind::Startup) == Some(true);
    let ready_probe = if spec.readiness_probe.is_some() {
        verdict(ProbeKind::Readiness) == Some(true)
    } else {
        true
    };
    let healthy = !matches!(
        rt.health,
        Some(HealthCheck::Unhealthy | HealthCheck::Starting)
    );
    (started, started && ready_probe && healthy)
}

/// Builds a spec from the runtime's containers when no spec source knows the pod.
fn synthetic_pod(input: &PodInput<'_>) -> Pod {
    let mut names: Vec<(&str, f64, &str)> = Vec::new();
    for c in input
        .containers
        .iter()
        .filter(|c| c.kind == ContainerKind::App)
    {
        let t = c.created_at.unwrap_or(f64::MAX);
        match names.iter_mut().find(|(n, _, _)| *n == c.name) {
            Some(e) if t < e.1 => {
                e.1 = t;
            }
            Some(_) => {}
            None => names.push((&c.name, t, &c.image)),
        }
    }
    names.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal));
    let apps: Vec<&Container> = input
        .containers
        .iter()
        .filter(|c| c.kind == ContainerKind::App)
        .collect();
    let all_plain = !apps.is_empty() && apps.iter().all(|c| c.plain);
    // Docker's own restart policy is invisible here: a plain container that has restarted is
    // treated as restart-always, one that never restarted as run-once.
    let restart_policy = if all_plain && apps.iter().all(|c| c.restart_count == 0) {
        "Never"
    } else {
        "Always"
    };
    let sandbox = newest_sandbox(input.containers);
    let created = sandbox
        .and_then(|s| s.created_at)
        .or_else(|| apps.iter().filter_map(|c| c.created_at).reduce(f64::min));
    Pod {
        metadata: ObjectMeta {
            name: Some(input.pod.name.clone()),
            namespace: Some(input.pod.namespace.clone()),
            uid: Some(input.pod.uid.clone()),
            creation_timestamp: created.map(format_rfc3339),
            ..Default::default()
        },
        spec: PodSpec {
            containers: names
                .iter()
                .map(|(n, _, img)| ContainerSpec {
                    name: n.to_string(),
                    image: Some(img.to_string()),
                    // The runtime already has the image: never ask for a pull verdict.
                    image_pull_policy: Some("IfNotPresent".into()),
                    ..Default::default()
                })
                .collect(),
            restart_policy: Some(restart_policy.into()),
            host_network: sandbox.map(|s| s.host_network),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// Computes the effective pod for one classifier input.
pub fn effective<'a>(input: &PodInput<'a>) -> Effective<'a> {
    let forbidden_sysctl = input
        .spec
        .and_then(|p| sysctl::check(&p.spec, &input.config.allowed_unsafe_sysctls));
    // Any status written by the API server or kubelet counts: a phase, container statuses, a
    // reason, or conditions alone (a scheduling-gated pod has only a PodScheduled condition).
    let has_kubelet_status = input.spec.is_some_and(|p| {
        let st = &p.status;
        st.phase.as_deref().is_some_and(|s| !s.is_empty())
            || st.reason.as_deref().is_some_and(|s| !s.is_empty())
            || !st.container_statuses.is_empty()
            || !st.init_container_statuses.is_empty()
            || !st.conditions.is_empty()
    });
    let any_app = input
        .containers
        .iter()
        .any(|c| c.kind == ContainerKind::App);

    // The kubelet rejects at admission, before any container exists. Its own journal line says
    // so even when its allowlist differs from the one configured here.
    let journal_rejection = input
        .journal
        .iter()
        .filter(|j| j.reason == "SysctlForbidden")
        .max_by(|a, b| {
            a.timestamp
                .partial_cmp(&b.timestamp)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    let rejection = forbidden_sysctl
        .as_ref()
        .map(Forbidden::pod_message)
        .or_else(|| journal_rejection.map(|j| j.message.clone()));
    if let (Some(message), false, false) = (rejection, has_kubelet_status, any_app) {
        let mut pod = input.spec.cloned().unwrap_or_else(|| synthetic_pod(input));
        pod.status = PodStatus {
            phase: Some("Failed".into()),
            reason: Some("SysctlForbidden".into()),
            message: Some(message),
            ..Default::default()
        };
        return Effective {
            pod: Cow::Owned(pod),
            source: StatusSource::Derived,
            forbidden_sysctl,
            notes: vec![],
        };
    }

    if !input.runtime_up {
        let mut pod = input.spec.cloned().unwrap_or_else(|| synthetic_pod(input));
        runtime_down(&mut pod);
        return Effective {
            pod: Cow::Owned(pod),
            source: StatusSource::RuntimeDown,
            forbidden_sysctl,
            notes: vec!["the container runtime is unreachable".into()],
        };
    }

    match input.spec {
        Some(spec) if has_kubelet_status => {
            let mut notes = Vec::new();
            match refine(input, spec, &mut notes) {
                Some(pod) => Effective {
                    pod: Cow::Owned(pod),
                    source: StatusSource::Refined,
                    forbidden_sysctl,
                    notes,
                },
                None => Effective {
                    pod: Cow::Borrowed(spec),
                    source: StatusSource::Kubelet,
                    forbidden_sysctl,
                    notes,
                },
            }
        }
        _ => {
            let mut pod = input.spec.cloned().unwrap_or_else(|| synthetic_pod(input));
            let notes = synthesize(input, &mut pod);
            // No spec and only a running sandbox: the kubelet made the sandbox and is creating
            // the pod's containers (a pod always has at least one), exactly the moment kubectl
            // shows ContainerCreating — even though we cannot name the containers yet.
            if input.spec.is_none()
                && pod.spec.containers.is_empty()
                && newest_sandbox(input.containers).is_some_and(|s| s.is_running())
            {
                pod.status.reason = Some("ContainerCreating".into());
            }
            Effective {
                pod: Cow::Owned(pod),
                source: StatusSource::Derived,
                forbidden_sysctl,
                notes,
            }
        }
    }
}

/// The runtime is gone: nothing about the containers can be vouched for.
fn runtime_down(pod: &mut Pod) {
    let st = &mut pod.status;
    st.phase = Some("Unknown".into());
    st.reason = None;
    for cs in st
        .container_statuses
        .iter_mut()
        .chain(st.init_container_statuses.iter_mut())
    {
        cs.state = None;
        cs.ready = false;
        cs.started = None;
    }
    set_condition(&mut st.conditions, "Ready", false);
    set_condition(&mut st.conditions, "ContainersReady", false);
}

fn set_condition(conds: &mut Vec<PodCondition>, type_: &str, value: bool) {
    let status = if value { "True" } else { "False" };
    match conds.iter_mut().find(|c| c.type_ == type_) {
        Some(c) => c.status = status.into(),
        None => conds.push(PodCondition {
            type_: type_.into(),
            status: status.into(),
            ..Default::default()
        }),
    }
}

/// One container's status as the kubelet would write it from the runtime's attempts.
fn container_status(
    input: &PodInput<'_>,
    pod: &Pod,
    spec: &ContainerSpec,
    is_init: bool,
    sandbox_up: bool,
    notes: &mut Vec<String>,
) -> ContainerStatus {
    let runs = attempts(input.containers, &spec.name);
    let newest = runs.first().copied();
    let sidecar = is_init && is_restartable_init(Some(spec));
    let policy = pod.spec.restart_policy.as_deref().unwrap_or("Always");
    let mut cs = ContainerStatus {
        name: spec.name.clone(),
        image: spec
            .image
            .clone()
            .or_else(|| newest.map(|c| c.image.clone())),
        image_id: newest.map(|c| c.image_id.clone()).filter(|s| !s.is_empty()),
        container_id: newest.map(|c| c.id.0.clone()),
        restart_count: newest.map_or(0, |c| c.restart_count.max(c.attempt)) as i32,
        ..Default::default()
    };
    // The previous attempt is the last termination state.
    if let Some(prev) = runs.get(1).and_then(|c| terminated_of(c)) {
        cs.last_state = Some(terminated_state(prev));
    }

    let default_reason = if !sandbox_up {
        ""
    } else if pod.spec.init_containers.is_empty() {
        "ContainerCreating"
    } else {
        "PodInitializing"
    };

    match newest.map(|c| (&c.state, c)) {
        None | Some((RuntimeState::Created | RuntimeState::Unknown, _)) => {
            let reason = match newest.map(|c| &c.state) {
                Some(RuntimeState::Created) => "ContainerCreating",
                Some(_) => "",
                None => default_reason,
            };
            cs.state = Some(waiting(reason, None));
            let image = spec.image.as_deref().unwrap_or("");
            if pull_policy(spec) == "Never"
                && input
                    .images_present
                    .is_some_and(|set| !image.is_empty() && !image_present(image, set))
            {
                cs.state = Some(waiting(
                    "ErrImageNeverPull",
                    Some(format!(
                        "Container image \"{image}\" is not present with pull policy of Never"
                    )),
                ));
            } else if let Some(j) =
                journal_waiting(input.journal, &spec.name, newest.and_then(|c| c.created_at))
            {
                cs.state = Some(waiting(&j.reason, Some(j.message.clone())));
            }
        }
        Some((RuntimeState::Running { started_at }, rt)) => {
            let (started, ready) = probe_ready(input, spec, rt);
            cs.state = Some(ContainerState {
                running: Some(ContainerStateRunning {
                    started_at: started_at.map(format_rfc3339),
                }),
                ..Default::default()
            });
            cs.started = Some(started);
            cs.ready = ready;
        }
        Some((RuntimeState::Exited { exit_code, .. }, rt)) => {
            let t = terminated_of(rt).unwrap_or_default();
            let restarts = cs.restart_count.max(0) as u32;
            cs.started = Some(false);
            let init_done = is_init && !sidecar && *exit_code == 0;
            let restart = !init_done && should_restart(policy, is_init, sidecar, *exit_code);
            // A plain container restarts by docker's policy, seen as a growing restart count.
            let recently = rt.plain
                && t.finished_at
                    .as_deref()
                    .and_then(parse_rfc3339)
                    .is_some_and(|f| input.now - f < 300.0);
            let in_backoff = if rt.plain {
                restart && restarts >= 1 && *exit_code != 0 && recently
            } else {
                restart && restarts >= 1
            };
            if in_backoff {
                let backoff = backoff_seconds(restarts);
                cs.state = Some(waiting(
                    "CrashLoopBackOff",
                    Some(format!(
                        "back-off {} restarting failed container={} pod={}_{}({})",
                        human_backoff(backoff),
                        spec.name,
                        input.pod.name,
                        input.pod.namespace,
                        input.pod.uid
                    )),
                ));
                cs.last_state = Some(terminated_state(t));
            } else {
                cs.state = Some(terminated_state(t));
            }
            if let Some(j) = journal_waiting(input.journal, &spec.name, rt.created_at) {
                if restart {
                    cs.last_state = cs.state.take().filter(|s| s.terminated.is_some());
                    cs.state = Some(waiting(&j.reason, Some(j.message.clone())));
                    notes.push(format!("kubelet journal: {}", j.message));
                }
            }
        }
    }
    cs
}

/// `10s`, `1m20s`, `5m0s`: Go's `time.Duration.String()` for whole seconds.
fn human_backoff(secs: f64) -> String {
    let s = secs as u64;
    if s < 60 {
        format!("{s}s")
    } else {
        format!("{}m{}s", s / 60, s % 60)
    }
}

/// Synthesizes the status of a pod the kubelet has not described.
fn synthesize(input: &PodInput<'_>, pod: &mut Pod) -> Vec<String> {
    let mut notes = Vec::new();
    let sandbox = newest_sandbox(input.containers);
    let sandbox_up = sandbox.is_some_and(|s| s.is_running());
    let init_statuses: Vec<ContainerStatus> = pod
        .spec
        .init_containers
        .iter()
        .map(|c| container_status(input, pod, c, true, sandbox_up, &mut notes))
        .collect();
    let statuses: Vec<ContainerStatus> = pod
        .spec
        .containers
        .iter()
        .map(|c| container_status(input, pod, c, false, sandbox_up, &mut notes))
        .collect();
    let phase = get_phase(&pod.spec, &init_statuses, &statuses);
    let initialized = initialized(&pod.spec, &init_statuses);
    let containers_ready = statuses.iter().all(|c| c.ready)
        && init_statuses
            .iter()
            .zip(&pod.spec.init_containers)
            .filter(|(_, s)| is_restartable_init(Some(s)))
            .all(|(c, _)| c.ready);
    let ready = containers_ready && phase == "Running";
    let st = &mut pod.status;
    st.phase = Some(phase.to_string());
    if let Some(sb) = sandbox {
        if !sb.host_network {
            st.pod_ip = sb.ip.map(|ip| ip.to_string());
        }
        st.start_time = sb.created_at.map(format_rfc3339);
    }
    // A static pod's manifest carries no creationTimestamp (its mirror pod's is when the kubelet
    // first synced it): the sandbox's creation is that moment as the node saw it, so AGE is known.
    if pod.metadata.creation_timestamp.is_none() {
        pod.metadata.creation_timestamp = sandbox
            .and_then(|s| s.created_at)
            .or_else(|| {
                input
                    .containers
                    .iter()
                    .filter_map(|c| c.created_at)
                    .reduce(f64::min)
            })
            .map(format_rfc3339);
    }
    let st = &mut pod.status;
    st.init_container_statuses = init_statuses;
    st.container_statuses = statuses;
    st.conditions = vec![
        cond("Initialized", initialized),
        cond("Ready", ready),
        cond("ContainersReady", containers_ready),
        cond("PodScheduled", true),
    ];
    notes
}

fn cond(type_: &str, v: bool) -> PodCondition {
    PodCondition {
        type_: type_.into(),
        status: if v { "True" } else { "False" }.into(),
        ..Default::default()
    }
}

fn initialized(spec: &PodSpec, init: &[ContainerStatus]) -> bool {
    spec.init_containers.iter().all(|c| {
        let st = init.iter().find(|s| s.name == c.name);
        if is_restartable_init(Some(c)) {
            st.is_some_and(|s| s.started == Some(true))
        } else {
            st.and_then(|s| s.state.as_ref())
                .and_then(|s| s.terminated.as_ref())
                .is_some_and(|t| t.exit_code == 0)
        }
    })
}

/// The kubelet's `getPhase` (`kubelet_pods.go`), for a pod that is not yet terminal.
pub fn get_phase(
    spec: &PodSpec,
    init: &[ContainerStatus],
    regular: &[ContainerStatus],
) -> &'static str {
    let find = |name: &str| init.iter().chain(regular.iter()).find(|s| s.name == name);
    fn state_of(s: &ContainerStatus) -> &ContainerState {
        super::printpod::state_or_default(&s.state)
    }
    let last_terminated = |s: &ContainerStatus| {
        s.last_state
            .as_ref()
            .and_then(|l| l.terminated.as_ref())
            .map(|t| t.exit_code)
    };
    let mut pending_init = 0;
    let mut failed_init = 0;
    for c in spec
        .init_containers
        .iter()
        .filter(|c| !is_restartable_init(Some(c)))
    {
        let Some(s) = init.iter().find(|s| s.name == c.name) else {
            pending_init += 1;
            continue;
        };
        let st = state_of(s);
        if st.running.is_some() {
            pending_init += 1;
        } else if let Some(t) = &st.terminated {
            if t.exit_code != 0 {
                failed_init += 1;
            }
        } else if st.waiting.is_some() {
            match last_terminated(s) {
                Some(code) if code != 0 => failed_init += 1,
                Some(_) => {}
                None => pending_init += 1,
            }
        } else {
            pending_init += 1;
        }
    }
    let (mut unknown, mut running, mut waiting, mut stopped, mut succeeded) = (0, 0, 0, 0, 0);
    for c in spec
        .init_containers
        .iter()
        .filter(|c| is_restartable_init(Some(c)))
    {
        let Some(s) = init.iter().find(|s| s.name == c.name) else {
            unknown += 1;
            continue;
        };
        let st = state_of(s);
        if st.running.is_some() {
            if s.started != Some(true) {
                pending_init += 1;
            }
            running += 1;
        } else if st.terminated.is_some() {
        } else if st.waiting.is_some() {
            if last_terminated(s).is_none() {
                pending_init += 1;
                waiting += 1;
            }
        } else {
            pending_init += 1;
            unknown += 1;
        }
    }
    for c in &spec.containers {
        let Some(s) = find(&c.name) else {
            unknown += 1;
            continue;
        };
        let st = state_of(s);
        if st.running.is_some() {
            running += 1;
        } else if let Some(t) = &st.terminated {
            stopped += 1;
            if t.exit_code == 0 {
                succeeded += 1;
            }
        } else if st.waiting.is_some() {
            if last_terminated(s).is_some() {
                stopped += 1;
            } else {
                waiting += 1;
            }
        } else {
            unknown += 1;
        }
    }
    let policy = spec.restart_policy.as_deref().unwrap_or("Always");
    if failed_init > 0 && policy == "Never" {
        return "Failed";
    }
    let any_regular_started = spec.containers.iter().any(|c| {
        regular.iter().find(|s| s.name == c.name).is_some_and(|s| {
            s.state
                .as_ref()
                .is_some_and(|st| st.running.is_some() || st.terminated.is_some())
        })
    });
    if (pending_init > 0 && !any_regular_started) || waiting > 0 {
        return "Pending";
    }
    if running > 0 && unknown == 0 {
        return "Running";
    }
    if running == 0 && stopped > 0 && unknown == 0 {
        if policy == "Always" {
            return "Running";
        }
        if stopped == succeeded {
            return "Succeeded";
        }
        if policy == "Never" {
            return "Failed";
        }
        return "Running";
    }
    "Pending"
}

/// Applies what the runtime and journal saw after the kubelet last wrote its status. Returns
/// `None` when nothing changes (the common case, and the fast path for `explain`).
fn refine(input: &PodInput<'_>, spec: &Pod, notes: &mut Vec<String>) -> Option<Pod> {
    if input.containers.is_empty() && input.journal.is_empty() {
        return None;
    }
    let mut pod: Option<Pod> = None;
    let n_init = spec.status.init_container_statuses.len();
    let total = n_init + spec.status.container_statuses.len();
    for idx in 0..total {
        let current = pod.as_ref().unwrap_or(spec);
        let cs = if idx < n_init {
            &current.status.init_container_statuses[idx]
        } else {
            &current.status.container_statuses[idx - n_init]
        };
        let Some(updated) = refine_container(input, cs, notes) else {
            continue;
        };
        let p = pod.get_or_insert_with(|| spec.clone());
        if idx < n_init {
            p.status.init_container_statuses[idx] = updated;
        } else {
            p.status.container_statuses[idx - n_init] = updated;
        }
    }
    let mut pod = pod?;
    let phase = pod.status.phase.as_deref().unwrap_or("");
    if !is_phase_terminal(phase) {
        let p = get_phase(
            &pod.spec,
            &pod.status.init_container_statuses,
            &pod.status.container_statuses,
        );
        pod.status.phase = Some(p.to_string());
    }
    let all_ready = pod.status.container_statuses.iter().all(|c| c.ready);
    if !all_ready {
        set_condition(&mut pod.status.conditions, "Ready", false);
        set_condition(&mut pod.status.conditions, "ContainersReady", false);
    }
    Some(pod)
}

fn refine_container(
    input: &PodInput<'_>,
    cs: &ContainerStatus,
    notes: &mut Vec<String>,
) -> Option<ContainerStatus> {
    let runs = attempts(input.containers, &cs.name);
    let kubelet_id = cs.container_id.as_deref().map(strip_scheme).unwrap_or("");
    let kstate = cs.state.clone().unwrap_or_default();
    if let Some(newest) = runs.first() {
        let same = !kubelet_id.is_empty() && newest.id.0 == kubelet_id;
        if same {
            // The kubelet reported this attempt running; the runtime saw it end.
            if kstate.running.is_some() {
                if let Some(t) = terminated_of(newest) {
                    let mut out = cs.clone();
                    notes.push(format!(
                        "runtime: container {} exited with code {}{} after the kubelet's last status",
                        cs.name,
                        t.exit_code,
                        if t.reason.as_deref() == Some("OOMKilled") {
                            " (OOM-killed)"
                        } else {
                            ""
                        }
                    ));
                    out.state = Some(terminated_state(t));
                    out.ready = false;
                    out.started = Some(false);
                    return Some(out);
                }
            }
        } else {
            // A newer attempt than the kubelet knows of: its attempt number or creation is later.
            let known_ids: Vec<&str> = [cs.container_id.as_deref()]
                .into_iter()
                .flatten()
                .map(strip_scheme)
                .collect();
            let kubelet_seen = runs
                .iter()
                .position(|c| known_ids.contains(&c.id.0.as_str()));
            let newer = match kubelet_seen {
                Some(pos) => pos > 0,
                // The kubelet names no container we can see: trust the runtime only when the
                // kubelet's restart count is behind it.
                None => {
                    let kubelet_waiting = kstate.running.is_none() && kstate.terminated.is_none();
                    (kubelet_waiting && kubelet_id.is_empty())
                        || newest.restart_count.max(newest.attempt) > cs.restart_count.max(0) as u32
                }
            };
            if newer {
                let mut out = cs.clone();
                out.container_id = Some(newest.id.0.clone());
                out.restart_count = cs
                    .restart_count
                    .max(newest.restart_count.max(newest.attempt) as i32);
                if let Some(prev) = runs.get(1).and_then(|c| terminated_of(c)) {
                    out.last_state = Some(terminated_state(prev));
                } else if kstate.terminated.is_some() {
                    out.last_state = Some(kstate.clone());
                }
                match &newest.state {
                    RuntimeState::Running { started_at } => {
                        out.state = Some(ContainerState {
                            running: Some(ContainerStateRunning {
                                started_at: started_at.map(format_rfc3339),
                            }),
                            ..Default::default()
                        });
                        // Readiness is the prober's call; until then a new attempt is not ready.
                        out.ready = false;
                        out.started = Some(false);
                    }
                    RuntimeState::Exited { .. } => {
                        if let Some(t) = terminated_of(newest) {
                            out.state = Some(terminated_state(t));
                        }
                        out.ready = false;
                        out.started = Some(false);
                    }
                    _ => {
                        out.state = Some(waiting("ContainerCreating", None));
                        out.ready = false;
                    }
                }
                notes.push(format!(
                    "runtime: container {} restarted (attempt {}) after the kubelet's last status",
                    cs.name, newest.attempt
                ));
                return Some(out);
            }
        }
    }
    // A pull failure the journal saw for a container the kubelet still shows as waiting.
    let waiting_reason = kstate.waiting.as_ref().and_then(|w| w.reason.as_deref());
    if kstate.running.is_none()
        && kstate.terminated.is_none()
        && matches!(
            waiting_reason,
            None | Some("ContainerCreating" | "PodInitializing")
        )
    {
        if let Some(j) = journal_waiting(input.journal, &cs.name, None) {
            let mut out = cs.clone();
            out.state = Some(waiting(&j.reason, Some(j.message.clone())));
            notes.push(format!("kubelet journal: {}", j.message));
            return Some(out);
        }
    }
    None
}
