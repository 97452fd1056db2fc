//! Probes run by the agent itself with the kubelet's semantics: the scheduler, the per-probe
//! worker state machine (a port of the kubelet's `pkg/kubelet/prober/worker.go`) and the exec,
//! TCP, HTTP and gRPC runners (ports of `pkg/probe/`).
//!
//! What this module owns: turning a pod's spec plus its runtime containers into probe targets
//! ([`targets_for_pod`]), running them on their own periods ([`run_scheduler`]), and plain-data
//! bookkeeping of the results ([`ProbeBook`]) that the metrics and the classifier read.
//!
//! Wiring (the node-state owner): build the full target set with [`targets_for_pod`] for every
//! pod with a spec whenever specs or containers change, publish it on a `watch` channel read by
//! [`run_scheduler`], fold every [`ProbeReport`] into one [`ProbeBook`], render
//! `podpulse_probe_*` from [`ProbeBook::iter`], hand [`ProbeBook::evidence`] to the classifier and
//! call [`ProbeBook::kubelet_disagreement`] where a spec source gives the kubelet's ready flag.
//! [`disabled_reason`] and [`ProbeConfigError::kind`] give the bounded labels for
//! `podpulse_skipped_total` and `podpulse_config_errors_total`.
//!
//! What it must not do: act on a verdict. The agent only observes; a failing liveness probe never
//! kills or restarts anything. The only command it ever runs in a container is the pod's own exec
//! probe command, and only when exec probes are enabled.

pub mod exec;
pub mod grpc;
pub mod http;
mod scheduler;
mod stats;
mod targets;
pub mod tcp;
mod tls;
pub mod worker;

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

pub use crate::health::ProbeKind;
use crate::model::{ContainerId, PodRef, Timestamp};

pub use scheduler::{disabled_reason, run_scheduler, DisabledReason, ProbeConfig};
pub use stats::{ProbeBook, ProbeSeries, DURATION_BUCKETS};
pub use targets::targets_for_pod;

/// The kubelet version whose prober this module matches; sent as `User-Agent: kube-probe/1.34`.
pub const KUBE_PROBE_USER_AGENT: &str = "kube-probe/1.34";

/// How much of a response body / command output the kubelet reads (`maxRespBodyLength`,
/// `maxReadLength`).
pub const MAX_PROBE_OUTPUT: usize = crate::model::MAX_PROBE_OUTPUT;

/// The kubelet's `maxProbeRetries`: a handler *error* (not a failure) is retried this many times
/// within one period before the result is thrown away.
pub const MAX_PROBE_ATTEMPTS: u32 = 3;

impl ProbeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProbeKind::Liveness => "liveness",
            ProbeKind::Readiness => "readiness",
            ProbeKind::Startup => "startup",
        }
    }
}

impl fmt::Display for ProbeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which handler a probe uses; the `handler` metric label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HandlerKind {
    Exec,
    Http,
    Tcp,
    Grpc,
    /// The spec names no handler at all (a configuration error).
    None,
}

impl HandlerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            HandlerKind::Exec => "exec",
            HandlerKind::Http => "http",
            HandlerKind::Tcp => "tcp",
            HandlerKind::Grpc => "grpc",
            HandlerKind::None => "none",
        }
    }
}

/// The outcome of one probe run; the `result` metric label.
///
/// `Timeout` is a failure for the thresholds (the kubelet counts a timed-out probe as a failure);
/// `Error` is the kubelet's "probe errored": retried, then thrown away and not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProbeResult {
    Success,
    Failure,
    Timeout,
    Error,
}

impl ProbeResult {
    pub const ALL: [ProbeResult; 4] = [
        ProbeResult::Success,
        ProbeResult::Failure,
        ProbeResult::Timeout,
        ProbeResult::Error,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProbeResult::Success => "success",
            ProbeResult::Failure => "failure",
            ProbeResult::Timeout => "timeout",
            ProbeResult::Error => "error",
        }
    }

    pub fn index(self) -> usize {
        match self {
            ProbeResult::Success => 0,
            ProbeResult::Failure => 1,
            ProbeResult::Timeout => 2,
            ProbeResult::Error => 3,
        }
    }

    /// What the kubelet's results manager would record: `None` for an error (thrown away).
    pub fn verdict(self) -> Option<Verdict> {
        match self {
            ProbeResult::Success => Some(Verdict::Success),
            ProbeResult::Failure | ProbeResult::Timeout => Some(Verdict::Failure),
            ProbeResult::Error => None,
        }
    }
}

/// The kubelet's `results.Result`: the thresholded state of one probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Unknown,
    Success,
    Failure,
}

impl Verdict {
    pub fn passing(self) -> Option<bool> {
        match self {
            Verdict::Unknown => None,
            Verdict::Success => Some(true),
            Verdict::Failure => Some(false),
        }
    }

    /// The kubelet's initial value per kind: readiness starts failing, liveness passing, startup
    /// unknown.
    pub fn initial(kind: ProbeKind) -> Verdict {
        match kind {
            ProbeKind::Readiness => Verdict::Failure,
            ProbeKind::Liveness => Verdict::Success,
            ProbeKind::Startup => Verdict::Unknown,
        }
    }
}

/// One run of a handler: what the kubelet's `pkg/probe` returns, plus a short summary.
///
/// Nothing of the probed service's answer is kept: not the body of an HTTP response (read only to
/// drain it), not the output of a passing exec probe, not a gRPC server's status text. A probe's
/// `host` may be any address the agent can reach (the kubelet's rule too), so whatever a run keeps
/// could be a node-local service's secret on its way to the detail API. What a run keeps is what
/// the kubelet itself says of it: the status code, the error kind, and for a failed exec probe
/// the command's output (the one thing the kubelet reports of a container's answer, in its
/// "probe failed" event).
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeRun {
    pub result: ProbeResult,
    /// Success with a warning (the kubelet's `probe.Warning`: a redirect chain ended on another
    /// host, or a 3xx that was not followed).
    pub warning: bool,
    /// The kubelet's message for a run that did not pass; empty for a success (see
    /// [`ProbeRun::message`]).
    message: String,
    /// One line for the diagnosis ("HTTP 503 on :8080/healthz"): what was probed and the
    /// verdict, never response content.
    pub summary: String,
}

impl ProbeRun {
    /// A passing run: the kubelet publishes nothing of it but the verdict.
    pub fn passed(summary: impl Into<String>) -> Self {
        ProbeRun {
            result: ProbeResult::Success,
            warning: false,
            message: String::new(),
            summary: summary.into(),
        }
    }

    /// A passing run with the kubelet's warning (a redirect it did not follow). The kubelet's own
    /// warning event quotes the response body; we do not.
    pub fn passed_with_warning(summary: impl Into<String>) -> Self {
        ProbeRun {
            warning: true,
            ..ProbeRun::passed(summary)
        }
    }

    /// A run that did not pass (failure, timeout or error) with the kubelet's message, capped at
    /// [`MAX_PROBE_OUTPUT`] as the kubelet caps exec output. Given `Success` by mistake, the
    /// message is dropped rather than kept.
    pub fn not_passed(
        result: ProbeResult,
        message: impl Into<String>,
        summary: impl Into<String>,
    ) -> Self {
        let message = if result == ProbeResult::Success {
            String::new()
        } else {
            truncate_utf8(message.into(), MAX_PROBE_OUTPUT)
        };
        ProbeRun {
            result,
            warning: false,
            message,
            summary: summary.into(),
        }
    }

    /// What the kubelet would say of this run in its "probe failed"/"probe errored" event:
    /// "HTTP probe failed with statuscode: 500", a dial error, a failed exec command's output.
    /// Always empty for a success.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Why a probe from a pod spec cannot run: the kubelet's API validation would have rejected the
/// pod, or the kubelet itself would report the probe as "errored" each period.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum ProbeConfigError {
    #[error("probe has no handler: set one of exec, httpGet, tcpSocket or grpc")]
    NoHandler,
    #[error("port {0:?} not found among the container's declared ports")]
    UnknownNamedPort(String),
    #[error("invalid port number: {0}")]
    InvalidPort(i64),
    #[error("probe has no port")]
    MissingPort,
    #[error("{field} must be {rule}, got {value}")]
    InvalidField {
        field: &'static str,
        rule: &'static str,
        value: i64,
    },
    #[error("exec probe has an empty command")]
    EmptyCommand,
    #[error("unsupported HTTP scheme {0:?} (HTTP or HTTPS)")]
    UnsupportedScheme(String),
}

impl ProbeConfigError {
    /// Bounded label for `podpulse_config_errors_total{kind}`.
    pub fn kind(&self) -> &'static str {
        match self {
            ProbeConfigError::NoHandler => "probe_no_handler",
            ProbeConfigError::UnknownNamedPort(_) => "probe_unknown_port",
            ProbeConfigError::InvalidPort(_) | ProbeConfigError::MissingPort => {
                "probe_invalid_port"
            }
            ProbeConfigError::InvalidField { .. } => "probe_invalid_timing",
            ProbeConfigError::EmptyCommand => "probe_empty_command",
            ProbeConfigError::UnsupportedScheme(_) => "probe_invalid_scheme",
        }
    }
}

/// The identity of one probe: pod, container, kind. Cheap to share (`Arc`) in every report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ProbeKey {
    pub pod: PodRef,
    pub container: String,
    pub kind: ProbeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    Http,
    Https,
}

/// `httpGet` with the port already resolved against the container's declared ports.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HttpGet {
    pub scheme: Scheme,
    /// `host` from the spec; `None` means the pod IP.
    pub host: Option<String>,
    pub port: u16,
    pub path: String,
    /// `httpHeaders` in spec order (names as written; canonicalised when the request is built).
    pub headers: Vec<(String, String)>,
}

/// A probe handler ready to run.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Handler {
    Exec {
        command: Vec<String>,
    },
    Http(HttpGet),
    Tcp {
        host: Option<String>,
        port: u16,
    },
    Grpc {
        port: u16,
        service: String,
    },
    /// The spec cannot run; the worker reports this as an error each period (never counted
    /// towards the thresholds, exactly as the kubelet's "probe errored").
    Invalid {
        handler: HandlerKind,
        error: ProbeConfigError,
    },
}

impl Handler {
    pub fn kind(&self) -> HandlerKind {
        match self {
            Handler::Exec { .. } => HandlerKind::Exec,
            Handler::Http(_) => HandlerKind::Http,
            Handler::Tcp { .. } => HandlerKind::Tcp,
            Handler::Grpc { .. } => HandlerKind::Grpc,
            Handler::Invalid { handler, .. } => *handler,
        }
    }
}

/// Timing and thresholds, with the API server's defaults applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timing {
    pub initial_delay: Duration,
    pub timeout: Duration,
    pub period: Duration,
    pub success_threshold: u32,
    pub failure_threshold: u32,
}

impl Default for Timing {
    /// The API server's defaults (`SetDefaults_Probe`).
    fn default() -> Self {
        Timing {
            initial_delay: Duration::ZERO,
            timeout: Duration::from_secs(1),
            period: Duration::from_secs(10),
            success_threshold: 1,
            failure_threshold: 3,
        }
    }
}

/// What a probe runs and how often. Probes are immutable in a pod spec, so a change means the
/// scheduler starts a fresh worker.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProbeSpec {
    pub timing: Timing,
    pub handler: Handler,
}

/// The probed container as the runtime shows it now.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetContainer {
    /// Not created yet (or already removed): the kubelet waits for more information.
    Missing,
    Running {
        id: ContainerId,
        started_at: Option<Timestamp>,
    },
    NotRunning {
        id: ContainerId,
        /// Exited (as opposed to created-but-never-started).
        terminated: bool,
    },
}

impl TargetContainer {
    pub fn id(&self) -> Option<&ContainerId> {
        match self {
            TargetContainer::Missing => None,
            TargetContainer::Running { id, .. } | TargetContainer::NotRunning { id, .. } => {
                Some(id)
            }
        }
    }
}

/// One probe of one container, with everything the worker needs to run it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeTarget {
    pub key: Arc<ProbeKey>,
    pub spec: Arc<ProbeSpec>,
    pub container: TargetContainer,
    /// The pod IP (the host's address for host-network pods); `None` until the sandbox has one.
    pub pod_ip: Option<IpAddr>,
    pub host_network: bool,
    /// The pod has a deletion timestamp: liveness and startup stop, readiness continues.
    pub deleting: bool,
    /// `restartPolicy: Never`: a terminated container will not come back, so its probes stop.
    pub restart_never: bool,
    /// The container also has a startup probe, which gates liveness and readiness.
    pub gated_by_startup: bool,
    /// The pod's phase is Succeeded or Failed: its probe workers exit, as the kubelet's do.
    pub pod_finished: bool,
}

/// One update from a probe worker: after every run, and whenever the verdict changes without a
/// run (a new container, a container that stopped, a pod being deleted).
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeReport {
    pub key: Arc<ProbeKey>,
    pub handler: HandlerKind,
    pub container_id: Option<ContainerId>,
    /// The run that produced this report; `None` for a state-only update.
    pub run: Option<ProbeRun>,
    /// How long the run took (every attempt, errors retried included).
    pub duration: Duration,
    /// Scheduled starts missed since this worker's last report: the probe's period came round
    /// while its previous run was still in flight (one run at a time per probe, as the
    /// kubelet's worker). A delta; [`ProbeBook`] keeps the running total.
    pub skipped: u64,
    /// Consecutive identical counted results, as the kubelet's worker counts them.
    pub consecutive_successes: u32,
    pub consecutive_failures: u32,
    /// The thresholded verdict (the kubelet's results manager value for this container).
    pub verdict: Verdict,
    pub success_threshold: u32,
    pub failure_threshold: u32,
    pub period: Duration,
    /// Seconds since the Unix epoch.
    pub timestamp: f64,
    /// The worker is gone (the target left the set): drop this key's series.
    pub removed: bool,
}

pub(crate) fn now_unix() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Cuts `s` to at most `max` bytes on a char boundary.
pub(crate) fn truncate_utf8(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut end = max;
        while end > 0 && !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}
