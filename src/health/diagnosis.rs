//! The diagnosis: one reason from a bounded set, the evidence behind it, and the next step as
//! commands an operator can paste — the pod primer's troubleshooting list made specific.
//! Also `status_class`, which folds kubectl's open-ended STATUS text onto the bounded label set
//! of `podpulse_pod_status`.
//!
//! Pure: reads the effective pod and the classifier input, never the outside world.

use serde::{Serialize, Serializer};

use crate::model::ContainerKind;
use crate::pods::types::{ContainerSpec, ContainerStateTerminated, ContainerStatus, Pod, Quantity};

use super::derive::{pull_policy, Effective, StatusSource};
use super::time::{format_rfc3339, parse_rfc3339};
use super::{Diagnosis, PodInput, ProbeKind};

/// Why a pod is in the state it is in. Bounded: it is a metric/label-safe value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    Healthy,
    Completed,
    Pending,
    SchedulingGated,
    ContainerCreating,
    PodInitializing,
    InitContainerFailed,
    CrashLoopBackOff,
    OOMKilled,
    Error,
    ErrImagePull,
    ImagePullBackOff,
    ErrImageNeverPull,
    InvalidImageName,
    CreateContainerConfigError,
    CreateContainerError,
    RunContainerError,
    /// A volume cannot mount (the journal's `MountVolume.SetUp failed`, a missing secret…).
    FailedMount,
    /// The pod's sandbox cannot be created (CNI, the runtime, the pause image).
    FailedCreatePodSandBox,
    SysctlForbidden,
    Evicted,
    Failed,
    Terminating,
    NodeLost,
    RuntimeDown,
    StartupProbeFailing,
    LivenessProbeFailing,
    ReadinessProbeFailing,
    NotReady,
    Unknown,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        use Reason::*;
        match self {
            Healthy => "Healthy",
            Completed => "Completed",
            Pending => "Pending",
            SchedulingGated => "SchedulingGated",
            ContainerCreating => "ContainerCreating",
            PodInitializing => "PodInitializing",
            InitContainerFailed => "InitContainerFailed",
            CrashLoopBackOff => "CrashLoopBackOff",
            OOMKilled => "OOMKilled",
            Error => "Error",
            ErrImagePull => "ErrImagePull",
            ImagePullBackOff => "ImagePullBackOff",
            ErrImageNeverPull => "ErrImageNeverPull",
            InvalidImageName => "InvalidImageName",
            CreateContainerConfigError => "CreateContainerConfigError",
            CreateContainerError => "CreateContainerError",
            RunContainerError => "RunContainerError",
            FailedMount => "FailedMount",
            FailedCreatePodSandBox => "FailedCreatePodSandBox",
            SysctlForbidden => "SysctlForbidden",
            Evicted => "Evicted",
            Failed => "Failed",
            Terminating => "Terminating",
            NodeLost => "NodeLost",
            RuntimeDown => "RuntimeDown",
            StartupProbeFailing => "StartupProbeFailing",
            LivenessProbeFailing => "LivenessProbeFailing",
            ReadinessProbeFailing => "ReadinessProbeFailing",
            NotReady => "NotReady",
            Unknown => "Unknown",
        }
    }

    fn from_waiting(r: &str) -> Option<Reason> {
        Some(match r {
            "CrashLoopBackOff" => Reason::CrashLoopBackOff,
            "ErrImagePull" => Reason::ErrImagePull,
            "ImagePullBackOff" => Reason::ImagePullBackOff,
            "ErrImageNeverPull" => Reason::ErrImageNeverPull,
            "InvalidImageName" => Reason::InvalidImageName,
            "CreateContainerConfigError" => Reason::CreateContainerConfigError,
            "CreateContainerError" => Reason::CreateContainerError,
            "RunContainerError" => Reason::RunContainerError,
            _ => return None,
        })
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Maps kubectl's STATUS text onto the bounded `status` label set of `podpulse_pod_status`.
pub fn status_class(status: &str) -> &'static str {
    const KNOWN: &[&str] = &[
        "Running",
        "Pending",
        "ContainerCreating",
        "PodInitializing",
        "Completed",
        "Succeeded",
        "Error",
        "Failed",
        "Unknown",
        "Terminating",
        "CrashLoopBackOff",
        "OOMKilled",
        "ErrImagePull",
        "ImagePullBackOff",
        "ErrImageNeverPull",
        "SysctlForbidden",
        "NotReady",
        "CreateContainerConfigError",
        "Evicted",
    ];
    if status.starts_with("Init:") {
        return "Init";
    }
    if status.starts_with("Signal:") || status.starts_with("ExitCode:") {
        return "Error";
    }
    KNOWN
        .iter()
        .find(|k| **k == status)
        .copied()
        .unwrap_or("Other")
}

/// The exit code of a container killed by signal `n` is `128 + n`.
pub fn signal_name(exit_code: i64) -> Option<&'static str> {
    Some(match exit_code - 128 {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        _ => return None,
    })
}

/// Parses a Kubernetes memory quantity (`128Mi`, `1G`, `1.5Gi`, `134217728`, `1e9`) into bytes.
pub fn parse_memory(q: &Quantity) -> Option<u64> {
    let s = match q {
        Quantity::Num(n) => return (*n >= 0.0).then_some(*n as u64),
        Quantity::Str(s) => s.trim(),
    };
    const SUFFIXES: &[(&str, f64)] = &[
        ("Ki", 1024.0),
        ("Mi", 1_048_576.0),
        ("Gi", 1_073_741_824.0),
        ("Ti", 1_099_511_627_776.0),
        ("Pi", 1_125_899_906_842_624.0),
        ("Ei", 1_152_921_504_606_846_976.0),
        ("k", 1e3),
        ("M", 1e6),
        ("G", 1e9),
        ("T", 1e12),
        ("P", 1e15),
        ("E", 1e18),
        ("m", 1e-3),
    ];
    let (num, mult) = SUFFIXES
        .iter()
        .find_map(|(suf, m)| s.strip_suffix(suf).map(|n| (n, *m)))
        .unwrap_or((s, 1.0));
    let v: f64 = num.parse().ok()?;
    (v.is_finite() && v >= 0.0).then(|| (v * mult).ceil() as u64)
}

/// `16Mi`, `1.5Gi`, `1000000` — bytes written the way a limit is usually written.
pub fn format_bytes(b: u64) -> String {
    const UNITS: &[(&str, u64)] = &[("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10)];
    for (u, m) in UNITS {
        if b >= *m && b.is_multiple_of(*m) {
            return format!("{}{u}", b / m);
        }
    }
    if b >= 1 << 20 {
        return format!("{:.1}Mi", b as f64 / (1u64 << 20) as f64);
    }
    b.to_string()
}

struct Ctx<'a, 'b> {
    input: &'b PodInput<'a>,
    pod: &'b Pod,
    ns: String,
    name: String,
    /// A plain Docker container (no kubelet made it): next steps in Docker's words, since no
    /// kubectl knows it and no kubelet restarts it.
    plain: bool,
}

impl Ctx<'_, '_> {
    fn describe(&self) -> String {
        if self.plain {
            return format!("docker inspect {}", self.name);
        }
        format!("kubectl describe pod {} -n {}", self.name, self.ns)
    }
    fn logs(&self, container: &str, previous: bool) -> String {
        if self.plain {
            // One Docker container lives across its restarts: its log holds every run.
            return format!("docker logs --tail 100 {}", self.name);
        }
        format!(
            "kubectl logs {} -n {} -c {}{}",
            self.name,
            self.ns,
            container,
            if previous { " --previous" } else { "" }
        )
    }
    fn journal_since(&self, t: Option<f64>) -> String {
        let since = t.unwrap_or(self.input.now) - 300.0;
        let s = format_rfc3339(since).replace('T', " ").replace('Z', " UTC");
        let unit = if self.plain { "docker" } else { "kubelet" };
        format!("journalctl -u {unit} --since \"{s}\"")
    }
    /// The first app container's name (for "read the logs" steps of a whole pod).
    fn first_container(&self) -> Option<&str> {
        self.pod
            .spec
            .containers
            .first()
            .map(|c| c.name.as_str())
            .or_else(|| {
                self.pod
                    .status
                    .container_statuses
                    .first()
                    .map(|c| c.name.as_str())
            })
    }
    fn spec_of(&self, name: &str) -> Option<&ContainerSpec> {
        self.pod
            .spec
            .containers
            .iter()
            .chain(self.pod.spec.init_containers.iter())
            .find(|c| c.name == name)
    }
    fn memory_limit(&self, name: &str) -> Option<u64> {
        let from_spec = self
            .spec_of(name)
            .and_then(|c| c.resources.as_ref())
            .and_then(|r| r.limits.memory.as_ref())
            .and_then(parse_memory);
        from_spec.or_else(|| {
            self.input
                .containers
                .iter()
                .filter(|c| c.kind == ContainerKind::App && c.name == name)
                .find_map(|c| c.memory_limit_bytes)
        })
    }
    fn journal_lines(&self, container: Option<&str>) -> Vec<String> {
        let mut v: Vec<&super::JournalEvidence> = self
            .input
            .journal
            .iter()
            .filter(|j| {
                container.is_none() || j.container.is_none() || j.container.as_deref() == container
            })
            .collect();
        v.sort_by(|a, b| {
            b.timestamp
                .partial_cmp(&a.timestamp)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        v.iter()
            .take(2)
            .map(|j| {
                format!(
                    "kubelet journal ({}, {}): {}",
                    j.reason,
                    format_rfc3339(j.timestamp),
                    j.message
                )
            })
            .collect()
    }
}

fn exit_evidence(container: &str, t: &ContainerStateTerminated) -> String {
    let mut s = format!("container {container} exited with code {}", t.exit_code);
    if let Some(sig) = t.signal.filter(|s| *s != 0) {
        s.push_str(&format!(" (signal {sig})"));
    } else if let Some(name) = signal_name(i64::from(t.exit_code)) {
        s.push_str(&format!(" ({name})"));
    }
    if let Some(r) = t.reason.as_deref().filter(|r| !r.is_empty()) {
        s.push_str(&format!(", reason {r}"));
    }
    if let Some(f) = t.finished_at.as_deref() {
        s.push_str(&format!(", at {f}"));
    }
    if let Some(m) = t.message.as_deref().filter(|m| !m.is_empty()) {
        s.push_str(&format!(": {}", m.trim()));
    }
    s
}

/// Builds the diagnosis for one pod.
pub fn diagnose(input: &PodInput<'_>, eff: &Effective<'_>, status: &str) -> Diagnosis {
    let pod: &Pod = &eff.pod;
    let ctx = Ctx {
        input,
        pod,
        ns: pod
            .metadata
            .namespace
            .clone()
            .unwrap_or_else(|| input.pod.namespace.clone()),
        name: pod
            .metadata
            .name
            .clone()
            .unwrap_or_else(|| input.pod.name.clone()),
        plain: input
            .containers
            .iter()
            .filter(|c| c.kind == ContainerKind::App)
            .fold(None, |all, c| Some(all.unwrap_or(true) && c.plain))
            .unwrap_or(false),
    };
    let mut d = diagnose_inner(&ctx, eff, status);
    for n in &eff.notes {
        if !d.evidence.contains(n) {
            d.evidence.push(n.clone());
        }
    }
    d
}

fn mk(
    reason: Reason,
    summary: String,
    evidence: Vec<String>,
    next_steps: Vec<String>,
) -> Diagnosis {
    Diagnosis {
        reason,
        summary,
        evidence,
        next_steps,
    }
}

fn diagnose_inner(ctx: &Ctx<'_, '_>, eff: &Effective<'_>, status: &str) -> Diagnosis {
    let pod = ctx.pod;
    let st = &pod.status;

    if eff.source == StatusSource::RuntimeDown {
        return mk(
            Reason::RuntimeDown,
            "container runtime unreachable".into(),
            vec!["the container runtime (docker/containerd) does not answer; the pod's state cannot be known".into()],
            vec![
                "systemctl status containerd docker".into(),
                "journalctl -u containerd -u docker --since \"10 min ago\"".into(),
                ctx.journal_since(None),
            ],
        );
    }

    if let Some(del) = pod.metadata.deletion_timestamp.as_deref() {
        if st.reason.as_deref() == Some("NodeLost") {
            return mk(
                Reason::NodeLost,
                "node unreachable".into(),
                vec![format!("pod reason NodeLost, deletion requested at {del}")],
                vec!["kubectl get nodes".into(), ctx.describe()],
            );
        }
        if status == "Terminating" {
            let grace = pod.metadata.deletion_grace_period_seconds.unwrap_or(30);
            let mut evidence = vec![format!(
                "deletion requested, deadline {del} (grace period {grace}s)"
            )];
            let overdue = parse_rfc3339(del).is_some_and(|t| ctx.input.now > t + 30.0);
            let mut steps = vec![ctx.describe()];
            if overdue {
                evidence.push("the grace period is over and the pod is still here".into());
                steps.push(format!(
                    "kubectl get pod {} -n {} -o jsonpath='{{.metadata.finalizers}}'",
                    ctx.name, ctx.ns
                ));
                steps.push(ctx.journal_since(parse_rfc3339(del)));
                steps.push(format!(
                    "kubectl delete pod {} -n {} --grace-period=0 --force",
                    ctx.name, ctx.ns
                ));
            }
            return mk(
                Reason::Terminating,
                if overdue {
                    "stuck terminating".into()
                } else {
                    "terminating".into()
                },
                evidence,
                steps,
            );
        }
    }

    if st.reason.as_deref() == Some("SysctlForbidden") || (status == "SysctlForbidden") {
        let name = eff.forbidden_sysctl.as_ref().map(|f| f.name.clone());
        let mut evidence = Vec::new();
        if let Some(f) = &eff.forbidden_sysctl {
            evidence.push(format!(
                "sysctl {} is outside the kubelet's safe set and --allowed-unsafe-sysctls: {}",
                f.name, f.detail
            ));
        }
        if let Some(m) = st.message.as_deref() {
            evidence.push(m.to_string());
        }
        let pattern = name.as_deref().unwrap_or("<sysctl>");
        return mk(
            Reason::SysctlForbidden,
            format!("forbidden sysctl {pattern}"),
            evidence,
            vec![
                format!("allow it on the node: add --allowed-unsafe-sysctls='{pattern}' to the kubelet (allowedUnsafeSysctls in its config file) and restart the kubelet"),
                "or remove it from spec.securityContext.sysctls".into(),
                ctx.describe(),
            ],
        );
    }

    if st.reason.as_deref() == Some("Evicted") {
        return mk(
            Reason::Evicted,
            "evicted by the kubelet".into(),
            vec![st
                .message
                .clone()
                .unwrap_or_else(|| "pod reason Evicted".into())],
            vec![
                ctx.describe(),
                "kubectl describe node $(hostname)".into(),
                ctx.journal_since(None),
            ],
        );
    }

    // Container-level problems, init containers first (they block everything after them).
    let init_specs = &pod.spec.init_containers;
    for cs in &st.init_container_statuses {
        let sidecar = init_specs
            .iter()
            .find(|c| c.name == cs.name)
            .is_some_and(|c| c.restart_policy.as_deref() == Some("Always"));
        if let Some(d) = container_problem(ctx, cs, true, sidecar) {
            return d;
        }
    }
    for cs in &st.container_statuses {
        if let Some(d) = container_problem(ctx, cs, false, false) {
            return d;
        }
    }

    if status.starts_with("Init:") && status.contains('/') {
        let running: Vec<&str> = st
            .init_container_statuses
            .iter()
            .filter(|c| c.state.as_ref().is_some_and(|s| s.running.is_some()))
            .map(|c| c.name.as_str())
            .collect();
        let mut evidence = Vec::new();
        if !running.is_empty() {
            evidence.push(format!("init container(s) running: {}", running.join(", ")));
        }
        evidence.extend(ctx.journal_lines(None));
        let steps = match running.first() {
            Some(c) => vec![ctx.logs(c, false), ctx.describe()],
            None => vec![ctx.describe(), ctx.journal_since(None)],
        };
        return mk(
            Reason::PodInitializing,
            format!("initializing ({status})"),
            evidence,
            steps,
        );
    }
    if status.starts_with("Init:") {
        return mk(
            Reason::InitContainerFailed,
            format!("init container failed ({status})"),
            ctx.journal_lines(None),
            vec![ctx.describe()],
        );
    }

    let phase = st.phase.as_deref().unwrap_or("");
    match status {
        "Completed" | "Succeeded" => {
            // The primer: a completed (job) container is done; its log holds the result.
            let steps = match ctx.first_container() {
                Some(c) => vec![ctx.logs(c, false), ctx.describe()],
                None => vec![ctx.describe()],
            };
            return mk(
                Reason::Completed,
                "all containers exited 0".into(),
                vec![],
                steps,
            );
        }
        "SchedulingGated" => {
            return mk(
                Reason::SchedulingGated,
                "waiting on scheduling gates".into(),
                vec![],
                vec![format!(
                    "kubectl get pod {} -n {} -o jsonpath='{{.spec.schedulingGates}}'",
                    ctx.name, ctx.ns
                )],
            );
        }
        "ContainerCreating" | "PodInitializing" => {
            let reason = if status == "ContainerCreating" {
                Reason::ContainerCreating
            } else {
                Reason::PodInitializing
            };
            let mut evidence = ctx.journal_lines(None);
            let overdue = pod
                .metadata
                .creation_timestamp
                .as_deref()
                .and_then(parse_rfc3339)
                .is_some_and(|t| ctx.input.now - t > 120.0);
            if overdue {
                evidence
                    .push("still creating more than 2 minutes after the pod was created".into());
            }
            if let Some(d) = start_blocker(ctx, &evidence) {
                return d;
            }
            return mk(
                reason,
                "containers being created".into(),
                evidence,
                vec![ctx.describe(), ctx.journal_since(None)],
            );
        }
        _ => {}
    }
    if phase == "Failed" {
        let mut evidence = Vec::new();
        if let Some(r) = st.reason.as_deref() {
            evidence.push(format!("pod reason {r}"));
        }
        if let Some(m) = st.message.as_deref() {
            evidence.push(m.to_string());
        }
        // The primer: read the logs and the description of a failed pod.
        let mut steps = vec![ctx.describe()];
        if let Some(c) = ctx.first_container() {
            steps.push(ctx.logs(c, false));
        }
        steps.push(ctx.journal_since(None));
        return mk(Reason::Failed, "pod failed".into(), evidence, steps);
    }
    if phase == "Pending" || status == "Pending" {
        let mut evidence = ctx.journal_lines(None);
        if pod.spec.node_name.as_deref().unwrap_or("").is_empty()
            && eff.source != StatusSource::Derived
        {
            evidence.push("not scheduled to a node yet".into());
        }
        if let Some(c) = st
            .conditions
            .iter()
            .find(|c| c.type_ == "PodScheduled" && c.status == "False")
        {
            evidence.push(format!(
                "PodScheduled=False{}",
                c.message
                    .as_deref()
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default()
            ));
        }
        if let Some(d) = start_blocker(ctx, &evidence) {
            return d;
        }
        return mk(
            Reason::Pending,
            "waiting to start".into(),
            evidence,
            vec![
                ctx.describe(),
                format!(
                    "kubectl get events -n {} --field-selector involvedObject.name={}",
                    ctx.ns, ctx.name
                ),
                ctx.journal_since(None),
            ],
        );
    }
    if phase == "Unknown" || status == "Unknown" {
        return mk(
            Reason::Unknown,
            "pod state unknown".into(),
            ctx.journal_lines(None),
            vec![
                "kubectl get nodes".into(),
                ctx.describe(),
                ctx.journal_since(None),
            ],
        );
    }

    // Running: probes and readiness.
    for cs in st
        .container_statuses
        .iter()
        .chain(st.init_container_statuses.iter())
    {
        let running = cs.state.as_ref().is_some_and(|s| s.running.is_some());
        if !running {
            continue;
        }
        for (kind, reason) in [
            (ProbeKind::Startup, Reason::StartupProbeFailing),
            (ProbeKind::Liveness, Reason::LivenessProbeFailing),
            (ProbeKind::Readiness, Reason::ReadinessProbeFailing),
        ] {
            let failing = ctx.input.probes.iter().find(|p| {
                p.container == cs.name
                    && p.kind == kind
                    && (p.passing == Some(false) || p.consecutive_failures > 0)
            });
            if let Some(p) = failing {
                let kind_name = match kind {
                    ProbeKind::Startup => "startup",
                    ProbeKind::Liveness => "liveness",
                    ProbeKind::Readiness => "readiness",
                };
                let evidence = vec![format!(
                    "{kind_name} probe ({}) on {}: {} consecutive failure(s), threshold {}; last result: {}",
                    p.handler, cs.name, p.consecutive_failures, p.failure_threshold, p.last_output
                )];
                if p.passing == Some(false) || kind == ProbeKind::Readiness && !cs.ready {
                    let mut steps = vec![ctx.describe(), ctx.logs(&cs.name, false)];
                    if kind == ProbeKind::Liveness {
                        steps.insert(1, ctx.logs(&cs.name, true));
                    }
                    return mk(
                        reason,
                        format!("{kind_name} probe failing on {}", cs.name),
                        evidence,
                        steps,
                    );
                }
            }
        }
    }
    if status == "NotReady" || st.container_statuses.iter().any(|c| !c.ready) {
        let is_running =
            |c: &&ContainerStatus| c.state.as_ref().is_some_and(|s| s.running.is_some());
        let not_ready: Vec<&str> = st
            .container_statuses
            .iter()
            .filter(is_running)
            .filter(|c| !c.ready)
            .map(|c| c.name.as_str())
            .collect();
        let completed: Vec<&str> = st
            .container_statuses
            .iter()
            .filter(|c| {
                c.state
                    .as_ref()
                    .and_then(|s| s.terminated.as_ref())
                    .is_some_and(|t| t.exit_code == 0)
            })
            .map(|c| c.name.as_str())
            .collect();
        let mut evidence = Vec::new();
        if !not_ready.is_empty() {
            evidence.push(format!("running but not ready: {}", not_ready.join(", ")));
        }
        if !completed.is_empty() {
            evidence.push(format!(
                "completed (exit 0) while the rest of the pod runs: {}",
                completed.join(", ")
            ));
        }
        let summary = match (not_ready.is_empty(), completed.is_empty()) {
            (false, _) => format!("not ready: {}", not_ready.join(",")),
            (true, false) => format!("{} exited 0, pod not Ready", completed.join(",")),
            (true, true) => "pod not Ready".to_string(),
        };
        let c = not_ready
            .first()
            .or(completed.first())
            .copied()
            .unwrap_or("");
        return mk(
            Reason::NotReady,
            summary,
            evidence,
            vec![ctx.describe(), ctx.logs(c, false)],
        );
    }
    // The primer's step for a running pod: its logs.
    let steps = ctx
        .first_container()
        .map(|c| vec![ctx.logs(c, false)])
        .unwrap_or_default();
    mk(Reason::Healthy, "running and ready".into(), vec![], steps)
}

/// What the journal says blocks a pod that has not started: the newest evidence of a volume
/// that cannot mount, a sandbox that cannot be created, or an image that cannot be pulled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Blocker {
    Volume,
    Sandbox,
    Image(Reason),
    Config(Reason),
}

impl Blocker {
    fn of(reason: &str, message: &str) -> Option<Blocker> {
        Some(match reason {
            "FailedMount" => Blocker::Volume,
            // `Error syncing pod` carrying the volume manager's timeout is a mount problem.
            "FailedSync"
                if message.contains("unmounted volumes")
                    || message.contains("waiting for volumes") =>
            {
                Blocker::Volume
            }
            "FailedCreatePodSandBox" => Blocker::Sandbox,
            "ErrImagePull" => Blocker::Image(Reason::ErrImagePull),
            "ImagePullBackOff" => Blocker::Image(Reason::ImagePullBackOff),
            "InvalidImageName" => Blocker::Image(Reason::InvalidImageName),
            "ErrImageNeverPull" => Blocker::Image(Reason::ErrImageNeverPull),
            "CreateContainerConfigError" => Blocker::Config(Reason::CreateContainerConfigError),
            "CreateContainerError" => Blocker::Config(Reason::CreateContainerError),
            _ => return None,
        })
    }
}

/// Go's `\"` escapes undone (journal messages quote quoted errors), for a readable detail.
fn unescape(m: &str) -> String {
    let mut s = m.to_string();
    while s.contains("\\\"") || s.contains("\\\\") {
        s = s.replace("\\\\", "\\").replace("\\\"", "\"");
    }
    s
}

/// The first `"…"` after `pat` in `s`.
fn quoted_after<'s>(s: &'s str, pat: &str) -> Option<&'s str> {
    let at = s.find(pat)? + pat.len();
    let rest = s[at..].strip_prefix('"')?;
    rest.split('"').next().filter(|v| !v.is_empty())
}

/// At most `n` characters, cut on a char boundary, with an ellipsis when cut.
fn cap_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The cause inside an error chain: the runtime's `desc = …` (the registry's or CNI's answer),
/// else what follows the last `: ` of a `… failed: …` message, else the message.
fn cause_detail(msg: &str) -> String {
    let m = unescape(msg);
    let m = m.trim();
    let cause = match m.rfind("desc = ") {
        Some(i) => &m[i + "desc = ".len()..],
        None => m
            .find("failed: ")
            .map(|i| &m[i + "failed: ".len()..])
            .or_else(|| m.find("err: ").map(|i| &m[i + "err: ".len()..]))
            .unwrap_or(m),
    };
    cap_chars(cause.trim().trim_end_matches('"').trim(), 200)
}

/// A volume's missing source named in a mount error: (`secret`|`configmap`, name).
fn missing_object(msg: &str) -> Option<(&'static str, String)> {
    let m = unescape(msg);
    for (pat, kind) in [
        ("secrets ", "secret"),
        ("secret ", "secret"),
        ("configmaps ", "configmap"),
        ("configmap ", "configmap"),
    ] {
        let mut from = 0;
        while let Some(off) = m[from..].find(pat) {
            let at = from + off;
            from = at + pat.len();
            if let Some(name) = quoted_after(&m[at..], pat) {
                let end = at + pat.len() + name.len() + 2;
                if m[end.min(m.len())..].trim_start().starts_with("not found") {
                    return Some((kind, name.to_string()));
                }
            }
        }
    }
    None
}

/// A pod that has not started, diagnosed by what the journal says stops it.
fn start_blocker(ctx: &Ctx<'_, '_>, evidence: &[String]) -> Option<Diagnosis> {
    let (j, blocker) = ctx
        .input
        .journal
        .iter()
        .filter_map(|j| Blocker::of(&j.reason, &j.message).map(|b| (j, b)))
        .max_by(|a, b| {
            a.0.timestamp
                .partial_cmp(&b.0.timestamp)
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
    let mut evidence = evidence.to_vec();
    let line = format!(
        "kubelet journal ({}, {}): {}",
        j.reason,
        format_rfc3339(j.timestamp),
        j.message
    );
    if !evidence.contains(&line) {
        evidence.insert(0, line);
    }
    let msg = unescape(&j.message);
    let (reason, summary, mut steps) = match blocker {
        Blocker::Volume => {
            let volume = quoted_after(&msg, "for volume ").map(str::to_string);
            let vol = volume
                .as_deref()
                .map(|v| format!("volume {v}"))
                .unwrap_or_else(|| "a volume".into());
            match missing_object(&msg) {
                Some((kind, name)) => (
                    Reason::FailedMount,
                    format!("{vol} cannot mount: {kind} {name} not found"),
                    vec![format!("kubectl get {kind} {name} -n {}", ctx.ns)],
                ),
                None => (
                    Reason::FailedMount,
                    format!("{vol} cannot mount: {}", cause_detail(&msg)),
                    vec![],
                ),
            }
        }
        Blocker::Sandbox => (
            Reason::FailedCreatePodSandBox,
            format!("pod sandbox cannot be created: {}", cause_detail(&msg)),
            vec![
                "ls /etc/cni/net.d   # the node's CNI configuration".into(),
                "journalctl -u containerd -u crio -u docker --since \"10 min ago\"".into(),
            ],
        ),
        Blocker::Image(r) => {
            let image = quoted_after(&msg, "image ")
                .or_else(|| quoted_after(&msg, "Pull image "))
                .or_else(|| quoted_after(&msg, "PullImage "))
                .map(str::to_string);
            let what = image.as_deref().unwrap_or("the image");
            let mut steps = vec![format!(
                "check the pull secret: kubectl get pod {} -n {} -o jsonpath='{{.spec.imagePullSecrets}}'",
                ctx.name, ctx.ns
            )];
            if let Some(i) = image.as_deref() {
                steps.insert(0, format!("check the image name and tag: crictl pull {i}"));
            }
            (
                r,
                format!("cannot pull {what}: {}", cause_detail(&msg)),
                steps,
            )
        }
        Blocker::Config(r) => (r, cause_detail(&msg), vec![]),
    };
    steps.push(ctx.describe());
    steps.push(ctx.journal_since(Some(j.timestamp)));
    Some(mk(reason, summary, evidence, steps))
}

fn container_problem(
    ctx: &Ctx<'_, '_>,
    cs: &ContainerStatus,
    is_init: bool,
    sidecar: bool,
) -> Option<Diagnosis> {
    let state = cs.state.as_ref()?;
    let c = cs.name.as_str();
    let what = if is_init {
        "init container"
    } else {
        "container"
    };
    let spec = ctx.spec_of(c);
    if let Some(w) = &state.waiting {
        let r = w.reason.as_deref().unwrap_or("");
        let reason = Reason::from_waiting(r)?;
        if ctx.plain && reason == Reason::CrashLoopBackOff {
            return Some(plain_restarting(ctx, cs));
        }
        let mut evidence = Vec::new();
        if let Some(m) = w.message.as_deref().filter(|m| !m.is_empty()) {
            evidence.push(format!("{what} {c} waiting: {r}: {m}"));
        } else {
            evidence.push(format!("{what} {c} waiting: {r}"));
        }
        let image = spec
            .and_then(|s| s.image.clone())
            .or_else(|| cs.image.clone())
            .unwrap_or_default();
        let policy = spec.map(pull_policy).unwrap_or("IfNotPresent");
        match reason {
            Reason::CrashLoopBackOff => {
                let last = cs.last_state.as_ref().and_then(|s| s.terminated.as_ref());
                let oom = last.is_some_and(|t| t.reason.as_deref() == Some("OOMKilled"));
                if let Some(t) = last {
                    evidence.push(format!("last termination: {}", exit_evidence(c, t)));
                }
                evidence.push(format!("restarted {} time(s)", cs.restart_count));
                if oom {
                    return Some(oom_diag(ctx, c, evidence, true));
                }
                evidence.extend(ctx.journal_lines(Some(c)));
                return Some(mk(
                    Reason::CrashLoopBackOff,
                    match last {
                        Some(t) => format!("{c} crash-looping, last exit {}", t.exit_code),
                        None => format!("{c} crash-looping"),
                    },
                    evidence,
                    vec![
                        ctx.logs(c, true),
                        ctx.describe(),
                        ctx.journal_since(
                            last.and_then(|t| t.finished_at.as_deref())
                                .and_then(parse_rfc3339),
                        ),
                    ],
                ));
            }
            Reason::ErrImageNeverPull => {
                evidence.push(format!(
                    "image {image:?} is not on the node and imagePullPolicy is {policy}"
                ));
                return Some(mk(
                    reason,
                    format!("image {image} missing, pull policy Never"),
                    evidence,
                    vec![
                        format!("crictl pull {image}   # or: docker pull {image} (on this node)"),
                        "or set imagePullPolicy: IfNotPresent".into(),
                        "check the image name and tag: crictl images".into(),
                    ],
                ));
            }
            Reason::ErrImagePull | Reason::ImagePullBackOff | Reason::InvalidImageName => {
                evidence.push(format!("image {image:?}, imagePullPolicy {policy}"));
                evidence.extend(ctx.journal_lines(Some(c)));
                return Some(mk(
                    reason,
                    format!("cannot pull {image}"),
                    evidence,
                    vec![
                        format!("check the image name and tag: crictl pull {image}"),
                        format!("check the pull secret: kubectl get pod {} -n {} -o jsonpath='{{.spec.imagePullSecrets}}'", ctx.name, ctx.ns),
                        ctx.describe(),
                        ctx.journal_since(None),
                    ],
                ));
            }
            _ => {
                evidence.extend(ctx.journal_lines(Some(c)));
                return Some(mk(
                    reason,
                    format!("{c}: {r}"),
                    evidence,
                    vec![ctx.describe(), ctx.journal_since(None)],
                ));
            }
        }
    }
    if let Some(t) = &state.terminated {
        if t.exit_code == 0 && t.reason.as_deref() != Some("OOMKilled") {
            return None;
        }
        if is_init && !sidecar {
            let mut evidence = vec![exit_evidence(c, t)];
            evidence.extend(ctx.journal_lines(Some(c)));
            if t.reason.as_deref() == Some("OOMKilled") {
                return Some(oom_diag(ctx, c, evidence, false));
            }
            return Some(mk(
                Reason::InitContainerFailed,
                format!("init container {c} exited {}", t.exit_code),
                evidence,
                vec![ctx.logs(c, false), ctx.describe()],
            ));
        }
        let evidence = vec![
            exit_evidence(c, t),
            format!("restarted {} time(s)", cs.restart_count),
        ];
        if t.reason.as_deref() == Some("OOMKilled") {
            return Some(oom_diag(ctx, c, evidence, false));
        }
        return Some(mk(
            Reason::Error,
            format!("{c} exited {}", t.exit_code),
            evidence,
            vec![ctx.logs(c, false), ctx.describe()],
        ));
    }
    None
}

/// A plain Docker container that keeps exiting and that Docker keeps restarting: Docker's
/// restart policy at work (no kubelet, so no back-off line and no kubectl).
fn plain_restarting(ctx: &Ctx<'_, '_>, cs: &ContainerStatus) -> Diagnosis {
    let c = cs.name.as_str();
    let last = cs.last_state.as_ref().and_then(|s| s.terminated.as_ref());
    let mut evidence = Vec::new();
    if let Some(t) = last {
        evidence.push(format!("last exit: {}", exit_evidence(c, t)));
    }
    evidence.push(format!(
        "Docker restarted it {} time(s) under its restart policy",
        cs.restart_count
    ));
    if last.is_some_and(|t| t.reason.as_deref() == Some("OOMKilled")) {
        return oom_diag(ctx, c, evidence, true);
    }
    mk(
        Reason::CrashLoopBackOff,
        match last {
            Some(t) => format!(
                "{} keeps exiting (last exit {}), Docker restarts it",
                ctx.name, t.exit_code
            ),
            None => format!("{} keeps exiting, Docker restarts it", ctx.name),
        },
        evidence,
        vec![
            ctx.logs(c, true),
            format!(
                "docker inspect -f '{{{{.HostConfig.RestartPolicy.Name}}}} restarts={{{{.RestartCount}}}} exit={{{{.State.ExitCode}}}} oom={{{{.State.OOMKilled}}}}' {}",
                ctx.name
            ),
            ctx.journal_since(None),
        ],
    )
}

fn oom_diag(ctx: &Ctx<'_, '_>, c: &str, mut evidence: Vec<String>, looping: bool) -> Diagnosis {
    let limit = ctx.memory_limit(c);
    match limit {
        Some(l) => evidence.push(format!(
            "container {c} was OOM-killed at its memory limit {}",
            format_bytes(l)
        )),
        None => evidence.push(format!(
            "container {c} was OOM-killed (no memory limit: the node ran out of memory)"
        )),
    }
    let raise = match limit {
        Some(l) if ctx.plain => format!(
            "raise the memory limit above {} (docker update --memory <more> --memory-swap <more> {}, or --memory at docker run), or reduce its memory use",
            format_bytes(l),
            ctx.name
        ),
        None if ctx.plain => format!(
            "set a memory limit (docker run --memory) and check the host's memory: free -m; {} ran without one",
            ctx.name
        ),
        Some(l) => format!(
            "raise the memory limit of {c} above {} (resources.limits.memory), or reduce its memory use",
            format_bytes(l)
        ),
        None => format!("set resources.requests/limits.memory for {c} and check node memory: kubectl describe node $(hostname)"),
    };
    mk(
        Reason::OOMKilled,
        match limit {
            Some(l) if looping => format!("{c} OOM-killed repeatedly (limit {})", format_bytes(l)),
            Some(l) => format!("{c} OOM-killed (limit {})", format_bytes(l)),
            None => format!("{c} OOM-killed"),
        },
        evidence,
        vec![raise, ctx.logs(c, true), ctx.describe()],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_class_table() {
        let cases = [
            ("Running", "Running"),
            ("Init:0/2", "Init"),
            ("Init:CrashLoopBackOff", "Init"),
            ("Init:Signal:9", "Init"),
            ("Signal:9", "Error"),
            ("ExitCode:3", "Error"),
            ("CrashLoopBackOff", "CrashLoopBackOff"),
            ("SysctlForbidden", "SysctlForbidden"),
            ("ContainerStatusUnknown", "Other"),
            ("NodeAffinity", "Other"),
            ("", "Other"),
            ("Terminating", "Terminating"),
            ("Evicted", "Evicted"),
        ];
        for (s, want) in cases {
            assert_eq!(status_class(s), want, "{s}");
        }
    }

    #[test]
    fn memory_quantities() {
        let q = |s: &str| parse_memory(&Quantity::Str(s.into()));
        assert_eq!(q("16Mi"), Some(16 << 20));
        assert_eq!(q("1Gi"), Some(1 << 30));
        assert_eq!(q("1G"), Some(1_000_000_000));
        assert_eq!(q("128974848"), Some(128_974_848));
        assert_eq!(q("1e3"), Some(1000));
        assert_eq!(q("1.5Gi"), Some(1_610_612_736));
        assert_eq!(q("lots"), None);
        assert_eq!(parse_memory(&Quantity::Num(512.0)), Some(512));
        assert_eq!(format_bytes(16 << 20), "16Mi");
        assert_eq!(format_bytes(1 << 30), "1Gi");
        assert_eq!(signal_name(137), Some("SIGKILL"));
        assert_eq!(signal_name(1), None);
    }
}
