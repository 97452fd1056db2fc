//! Renders every `podpulse_*` series from one snapshot. Label values come from bounded sets
//! (phases, states, reasons folded to `Other`) or from the pod identity; never from error text.

use crate::health::diagnosis::status_class;
use crate::health::{Phase, StateKind};
use crate::metrics::{process, Encoder, Kind};
use crate::model::{ContainerKind, HealthCheck};
use crate::state::{PodView, Snapshot};

/// Everything a scrape renders.
pub struct RenderInputs<'a> {
    pub snapshot: &'a Snapshot,
    /// Containers skipped by the runtime mapping, by kind (`bad_labels`, `vanished`, ...).
    pub skips: &'a [(&'static str, u64)],
    /// Configuration errors found at run time, by source (`manifests`, `kubelet`, `apiserver`).
    pub config_errors: &'a [(&'static str, u64)],
    pub journal: Option<&'a crate::journal::reader::JournalStats>,
    pub openmetrics: bool,
}

/// Waiting reasons as the kubelet sets them (kube-state-metrics' set plus a few).
const WAITING_REASONS: &[&str] = &[
    "ContainerCreating",
    "PodInitializing",
    "CrashLoopBackOff",
    "CreateContainerConfigError",
    "CreateContainerError",
    "ErrImagePull",
    "ImagePullBackOff",
    "ErrImageNeverPull",
    "InvalidImageName",
    "RunContainerError",
    "PreStartHookError",
    "PostStartHookError",
];

const TERMINATED_REASONS: &[&str] = &[
    "OOMKilled",
    "Completed",
    "Error",
    "ContainerCannotRun",
    "DeadlineExceeded",
    "Evicted",
    "StartError",
];

fn bounded<'a>(set: &[&'a str], v: &str) -> &'a str {
    set.iter().find(|s| **s == v).copied().unwrap_or("Other")
}

pub fn render(inp: &RenderInputs<'_>) -> String {
    let snap = inp.snapshot;
    let mut e = Encoder::new(inp.openmetrics, 2048 + snap.pods.len() * 3000);

    e.family(
        "podpulse_build_info",
        Kind::Gauge,
        "Build information of this podpulse.",
    );
    e.sample(
        "podpulse_build_info",
        "",
        &[("version", env!("CARGO_PKG_VERSION"))],
        1.0,
    );

    let rt = &snap.runtime;
    e.family(
        "podpulse_runtime_up",
        Kind::Gauge,
        "Whether the container runtime answers (1) or not (0).",
    );
    e.sample(
        "podpulse_runtime_up",
        "",
        &[("runtime", rt.kind.as_str())],
        f64::from(u8::from(rt.up)),
    );
    e.family(
        "podpulse_runtime_info",
        Kind::Gauge,
        "The container runtime in use and why it was chosen.",
    );
    e.sample(
        "podpulse_runtime_info",
        "",
        &[
            ("runtime", rt.kind.as_str()),
            ("endpoint", &rt.endpoint),
            ("version", &rt.version),
            ("reason", &rt.reason),
        ],
        1.0,
    );

    e.family(
        "podpulse_pod_source_up",
        Kind::Gauge,
        "Whether a pod spec source's last fetch succeeded (0: serving its last good view).",
    );
    for s in &snap.sources {
        e.sample(
            "podpulse_pod_source_up",
            "",
            &[("source", s.source)],
            f64::from(u8::from(s.up)),
        );
    }

    e.family(
        "podpulse_skipped",
        Kind::Counter,
        "Runtime objects skipped instead of reported, by kind.",
    );
    for (kind, n) in inp.skips {
        e.sample("podpulse_skipped", "", &[("kind", kind)], *n as f64);
    }

    e.family("podpulse_config_errors", Kind::Counter, "Configuration errors found at run time (malformed manifests, undecodable pods), by source.");
    for (kind, n) in inp.config_errors {
        e.sample("podpulse_config_errors", "", &[("kind", kind)], *n as f64);
    }

    e.family("podpulse_pod_info", Kind::Gauge, "Pods on this node.");
    for p in &snap.pods {
        e.sample(
            "podpulse_pod_info",
            "",
            &[
                ("namespace", &p.pod.namespace),
                ("pod", &p.pod.name),
                ("uid", &p.pod.uid),
                ("pod_ip", p.pod_ip.as_deref().unwrap_or("")),
                (
                    "host_network",
                    if p.host_network { "true" } else { "false" },
                ),
            ],
            1.0,
        );
    }

    e.family(
        "podpulse_pod_status_phase",
        Kind::Gauge,
        "The pod's phase (all five phases, the current one 1).",
    );
    for p in &snap.pods {
        for phase in Phase::ALL {
            e.sample(
                "podpulse_pod_status_phase",
                "",
                &[
                    ("namespace", &p.pod.namespace),
                    ("pod", &p.pod.name),
                    ("uid", &p.pod.uid),
                    ("phase", phase.as_str()),
                ],
                f64::from(u8::from(p.health.phase == phase)),
            );
        }
    }

    e.family(
        "podpulse_pod_status",
        Kind::Gauge,
        "The STATUS kubectl get pods would print, folded to a bounded set (current one is 1).",
    );
    for p in &snap.pods {
        e.sample(
            "podpulse_pod_status",
            "",
            &[
                ("namespace", &p.pod.namespace),
                ("pod", &p.pod.name),
                ("uid", &p.pod.uid),
                ("status", status_class(&p.health.status)),
            ],
            1.0,
        );
    }

    e.family(
        "podpulse_pod_ready",
        Kind::Gauge,
        "Whether every container of the pod is ready.",
    );
    for p in &snap.pods {
        let ready = p.health.total > 0 && p.health.ready == p.health.total;
        e.sample(
            "podpulse_pod_ready",
            "",
            &pod_labels(p),
            f64::from(u8::from(ready)),
        );
    }

    e.family(
        "podpulse_pod_deletion_timestamp_seconds",
        Kind::Gauge,
        "When deletion of a terminating pod was requested (Unix seconds).",
    );
    for p in &snap.pods {
        if let Some(ts) = p.health.deletion_timestamp {
            e.sample(
                "podpulse_pod_deletion_timestamp_seconds",
                "",
                &pod_labels(p),
                ts,
            );
        }
    }

    // Per container: the newest attempt of each app container is the current one.
    e.family(
        "podpulse_container_info",
        Kind::Gauge,
        "Containers of the node's pods (the current attempt).",
    );
    for p in &snap.pods {
        for c in current_containers(p) {
            e.sample(
                "podpulse_container_info",
                "",
                &[
                    ("namespace", &p.pod.namespace),
                    ("pod", &p.pod.name),
                    ("uid", &p.pod.uid),
                    ("container", &c.name),
                    ("image", &c.image),
                    ("container_id", &c.id.0),
                ],
                1.0,
            );
        }
    }

    macro_rules! per_container_health {
        ($name:expr, $kind:expr, $help:expr, |$p:ident, $c:ident, $labels:ident, $e:ident| $body:block) => {
            $e.family($name, $kind, $help);
            for $p in &snap.pods {
                for $c in &$p.health.containers {
                    let $labels = [
                        ("namespace", $p.pod.namespace.as_str()),
                        ("pod", $p.pod.name.as_str()),
                        ("uid", $p.pod.uid.as_str()),
                        ("container", $c.name.as_str()),
                    ];
                    $body
                }
            }
        };
    }

    per_container_health!(
        "podpulse_container_state",
        Kind::Gauge,
        "The container's state (waiting, running, terminated; the current one 1).",
        |p, c, l, e| {
            for (name, kind) in [
                ("waiting", StateKind::Waiting),
                ("running", StateKind::Running),
                ("terminated", StateKind::Terminated),
            ] {
                e.sample(
                    "podpulse_container_state",
                    "",
                    &[l[0], l[1], l[2], l[3], ("state", name)],
                    f64::from(u8::from(c.state == kind)),
                );
            }
        }
    );
    per_container_health!(
        "podpulse_container_ready",
        Kind::Gauge,
        "Whether the container is ready.",
        |p, c, l, e| {
            e.sample(
                "podpulse_container_ready",
                "",
                &l,
                f64::from(u8::from(c.ready)),
            );
        }
    );
    per_container_health!(
        "podpulse_container_status_waiting_reason",
        Kind::Gauge,
        "Why the container is waiting (1 for the current reason).",
        |p, c, l, e| {
            if let Some(r) = &c.waiting_reason {
                e.sample(
                    "podpulse_container_status_waiting_reason",
                    "",
                    &[
                        l[0],
                        l[1],
                        l[2],
                        l[3],
                        ("reason", bounded(WAITING_REASONS, r)),
                    ],
                    1.0,
                );
            }
        }
    );
    per_container_health!(
        "podpulse_container_status_terminated_reason",
        Kind::Gauge,
        "Why the container terminated (1 for the current reason).",
        |p, c, l, e| {
            if let Some(r) = &c.terminated_reason {
                e.sample(
                    "podpulse_container_status_terminated_reason",
                    "",
                    &[
                        l[0],
                        l[1],
                        l[2],
                        l[3],
                        ("reason", bounded(TERMINATED_REASONS, r)),
                    ],
                    1.0,
                );
            }
        }
    );
    per_container_health!(
        "podpulse_container_status_last_terminated_reason",
        Kind::Gauge,
        "Why the container's previous run terminated.",
        |p, c, l, e| {
            if let Some(r) = &c.last_terminated_reason {
                e.sample(
                    "podpulse_container_status_last_terminated_reason",
                    "",
                    &[
                        l[0],
                        l[1],
                        l[2],
                        l[3],
                        ("reason", bounded(TERMINATED_REASONS, r)),
                    ],
                    1.0,
                );
            }
        }
    );
    per_container_health!(
        "podpulse_container_last_exit_code",
        Kind::Gauge,
        "The exit code of the container's last termination.",
        |p, c, l, e| {
            if let Some(code) = c.last_exit_code {
                e.sample("podpulse_container_last_exit_code", "", &l, code as f64);
            }
        }
    );
    per_container_health!(
        "podpulse_container_start_time_seconds",
        Kind::Gauge,
        "When the container's current run started (Unix seconds).",
        |p, c, l, e| {
            if let Some(t) = c.started_at {
                e.sample("podpulse_container_start_time_seconds", "", &l, t);
            }
        }
    );

    e.family(
        "podpulse_container_status_restarts",
        Kind::Counter,
        "Restarts of the container, as the kubelet counts them.",
    );
    for p in &snap.pods {
        for (name, n) in &p.restarts {
            e.sample(
                "podpulse_container_status_restarts",
                "",
                &container_labels(p, name),
                *n as f64,
            );
        }
    }

    e.family(
        "podpulse_container_oom_kills",
        Kind::Counter,
        "OOM kills of the container seen by this agent (from the runtime's oom events).",
    );
    for p in &snap.pods {
        for c in app_names(p) {
            let n = p.oom_kills.get(c).copied().unwrap_or(0);
            e.sample(
                "podpulse_container_oom_kills",
                "",
                &container_labels(p, c),
                n as f64,
            );
        }
    }

    e.family(
        "podpulse_container_crashlooping",
        Kind::Gauge,
        "1 while the container is crash-looping: from the second failed restart within the back-off window until it has run cleanly for the reset time (does not flap between back-offs).",
    );
    for p in &snap.pods {
        for (c, looping) in &p.crashlooping {
            e.sample(
                "podpulse_container_crashlooping",
                "",
                &container_labels(p, c),
                f64::from(u8::from(*looping)),
            );
        }
    }

    e.family(
        "podpulse_container_health_status",
        Kind::Gauge,
        "The runtime's own HEALTHCHECK status, where the image defines one.",
    );
    for p in &snap.pods {
        for c in current_containers(p) {
            if let Some(h) = c.health {
                for (name, kind) in [
                    ("starting", HealthCheck::Starting),
                    ("healthy", HealthCheck::Healthy),
                    ("unhealthy", HealthCheck::Unhealthy),
                ] {
                    e.sample(
                        "podpulse_container_health_status",
                        "",
                        &[
                            ("namespace", &p.pod.namespace),
                            ("pod", &p.pod.name),
                            ("uid", &p.pod.uid),
                            ("container", &c.name),
                            ("status", name),
                        ],
                        f64::from(u8::from(h == kind)),
                    );
                }
            }
        }
    }

    render_probes(&mut e, snap);

    e.family(
        "podpulse_kubelet_events",
        Kind::Counter,
        "Kubelet journal lines attributed to a pod this agent knows, by reason.",
    );
    for p in &snap.pods {
        for (reason, n) in &p.journal_events {
            e.sample(
                "podpulse_kubelet_events",
                "",
                &[
                    ("namespace", &p.pod.namespace),
                    ("pod", &p.pod.name),
                    ("reason", reason),
                ],
                *n as f64,
            );
        }
    }
    e.family(
        "podpulse_kubelet_node_problems",
        Kind::Counter,
        "Kubelet journal lines about the node (PLEG, runtime, network, certificates), by reason.",
    );
    for (reason, n) in &snap.node_problems {
        e.sample(
            "podpulse_kubelet_node_problems",
            "",
            &[("reason", reason)],
            *n as f64,
        );
    }
    if let Some(j) = inp.journal {
        use std::sync::atomic::Ordering::Relaxed;
        e.family(
            "podpulse_journal_up",
            Kind::Gauge,
            "Whether the kubelet journal can be read (0: see the agent's log for why).",
        );
        e.sample(
            "podpulse_journal_up",
            "",
            &[],
            f64::from(u8::from(j.is_up())),
        );
        for (name, help, v) in [
            ("podpulse_journal_entries_read", "Journal entries read.", j.entries_read.load(Relaxed)),
            ("podpulse_journal_lines_unparsed", "Journal lines that were not klog and matched no rule.", j.lines_unparsed.load(Relaxed)),
            ("podpulse_journal_cursor_saves", "Times the journal cursor was saved.", j.cursor_saves.load(Relaxed)),
            ("podpulse_journal_gaps", "Times the saved cursor was gone (journal vacuumed or rotated away) and reading resumed after its timestamp.", j.gaps.load(Relaxed)),
            ("podpulse_journal_open_errors", "Failed attempts to open the journal.", j.open_errors.load(Relaxed)),
        ] {
            e.family(name, Kind::Counter, help);
            e.sample(name, "", &[], v as f64);
        }
        e.family(
            "podpulse_journal_lag_seconds",
            Kind::Gauge,
            "How far the reader is behind the newest journal entry it has seen.",
        );
        e.sample("podpulse_journal_lag_seconds", "", &[], j.lag_seconds());
    }

    if let Some(ps) = process::read() {
        e.family(
            "process_cpu_seconds",
            Kind::Counter,
            "Total user and system CPU time spent in seconds.",
        );
        e.sample("process_cpu_seconds", "", &[], ps.cpu_seconds);
        e.family(
            "process_resident_memory_bytes",
            Kind::Gauge,
            "Resident memory size in bytes.",
        );
        e.sample("process_resident_memory_bytes", "", &[], ps.resident_bytes);
        e.family(
            "process_virtual_memory_bytes",
            Kind::Gauge,
            "Virtual memory size in bytes.",
        );
        e.sample("process_virtual_memory_bytes", "", &[], ps.virtual_bytes);
        e.family(
            "process_start_time_seconds",
            Kind::Gauge,
            "Start time of the process since unix epoch in seconds.",
        );
        e.sample("process_start_time_seconds", "", &[], ps.start_time_seconds);
        e.family(
            "process_open_fds",
            Kind::Gauge,
            "Number of open file descriptors.",
        );
        e.sample("process_open_fds", "", &[], ps.open_fds);
    }
    e.finish()
}

/// The current (newest) attempt of each app container of a pod.
fn current_containers(p: &crate::state::PodView) -> impl Iterator<Item = &crate::model::Container> {
    let mut newest: Vec<&crate::model::Container> = Vec::new();
    for c in p.containers.iter().filter(|c| c.kind == ContainerKind::App) {
        match newest.iter_mut().find(|n| n.name == c.name) {
            Some(n) => {
                if (c.attempt, c.created_at.unwrap_or(0.0).to_bits())
                    > (n.attempt, n.created_at.unwrap_or(0.0).to_bits())
                {
                    *n = c;
                }
            }
            None => newest.push(c),
        }
    }
    newest.into_iter()
}

/// Names of the pod's app containers, from the runtime and from the health view.
fn app_names(p: &crate::state::PodView) -> Vec<&String> {
    let mut names: Vec<&String> = p
        .containers
        .iter()
        .filter(|c| c.kind == ContainerKind::App)
        .map(|c| &c.name)
        .chain(
            p.health
                .containers
                .iter()
                .filter(|c| !c.init)
                .map(|c| &c.name),
        )
        .collect();
    names.sort();
    names.dedup();
    names
}

fn probe_kind(k: crate::health::ProbeKind) -> &'static str {
    match k {
        crate::health::ProbeKind::Liveness => "liveness",
        crate::health::ProbeKind::Readiness => "readiness",
        crate::health::ProbeKind::Startup => "startup",
    }
}

/// `podpulse_probe_*`: the agent's own probe results, per pod, container, probe and handler.
fn render_probes(e: &mut Encoder, snap: &Snapshot) {
    use crate::probe::{ProbeResult, DURATION_BUCKETS};
    let series = || {
        snap.pods.iter().flat_map(|p| {
            p.probe_series.iter().map(move |s| {
                let labels = [
                    ("namespace", p.pod.namespace.as_str()),
                    ("pod", p.pod.name.as_str()),
                    ("uid", p.pod.uid.as_str()),
                    ("container", s.key.container.as_str()),
                    ("probe", probe_kind(s.key.kind)),
                    ("handler", s.handler.as_str()),
                ];
                (labels, s)
            })
        })
    };
    e.family(
        "podpulse_probe_success",
        Kind::Gauge,
        "The last probe result (1 success, 0 otherwise).",
    );
    for (l, s) in series() {
        if let Some(ok) = s.last_success() {
            e.sample("podpulse_probe_success", "", &l, f64::from(u8::from(ok)));
        }
    }
    e.family("podpulse_probe_status", Kind::Gauge, "The verdict the kubelet would reach after its thresholds (1 passing, 0 failing; absent while unknown).");
    for (l, s) in series() {
        if let Some(ok) = s.verdict.passing() {
            e.sample("podpulse_probe_status", "", &l, f64::from(u8::from(ok)));
        }
    }
    e.family(
        "podpulse_probe_consecutive_failures",
        Kind::Gauge,
        "Consecutive failed probe results, including those still below failureThreshold.",
    );
    for (l, s) in series() {
        e.sample(
            "podpulse_probe_consecutive_failures",
            "",
            &l,
            f64::from(s.consecutive_failures),
        );
    }
    e.family(
        "podpulse_probe_results",
        Kind::Counter,
        "Probe results by outcome (success, failure, timeout, error).",
    );
    for (l, s) in series() {
        for r in ProbeResult::ALL {
            e.sample(
                "podpulse_probe_results",
                "",
                &[l[0], l[1], l[2], l[3], l[4], l[5], ("result", r.as_str())],
                s.results_total(r) as f64,
            );
        }
    }
    e.family(
        "podpulse_probe_skipped",
        Kind::Counter,
        "Scheduled probe runs that could not start on time because the probe's previous run was still in flight (one run at a time per probe, as the kubelet's worker).",
    );
    for (l, s) in series() {
        e.sample("podpulse_probe_skipped", "", &l, s.skipped as f64);
    }
    e.family(
        "podpulse_probe_duration_seconds",
        Kind::Histogram,
        "Probe latency, failures and timeouts included.",
    );
    for (l, s) in series() {
        let mut buf = String::with_capacity(8);
        for (i, le) in DURATION_BUCKETS.iter().enumerate() {
            buf.clear();
            use std::fmt::Write as _;
            let _ = write!(buf, "{le}");
            e.sample(
                "podpulse_probe_duration_seconds",
                "_bucket",
                &[l[0], l[1], l[2], l[3], l[4], l[5], ("le", &buf)],
                s.duration_buckets[i] as f64,
            );
        }
        e.sample(
            "podpulse_probe_duration_seconds",
            "_bucket",
            &[l[0], l[1], l[2], l[3], l[4], l[5], ("le", "+Inf")],
            s.duration_count as f64,
        );
        e.sample(
            "podpulse_probe_duration_seconds",
            "_sum",
            &l,
            s.duration_sum,
        );
        e.sample(
            "podpulse_probe_duration_seconds",
            "_count",
            &l,
            s.duration_count as f64,
        );
    }
    e.family("podpulse_probe_kubelet_disagreement", Kind::Gauge, "1 when the kubelet's ready flag and podpulse's readiness verdict have differed for longer than one period x failureThreshold.");
    for p in &snap.pods {
        for (c, d) in &p.kubelet_disagreement {
            e.sample(
                "podpulse_probe_kubelet_disagreement",
                "",
                &container_labels(p, c),
                f64::from(u8::from(*d)),
            );
        }
    }
}

/// The identity labels every per-pod series carries.
fn pod_labels(p: &PodView) -> [(&'static str, &str); 3] {
    [
        ("namespace", p.pod.namespace.as_str()),
        ("pod", p.pod.name.as_str()),
        ("uid", p.pod.uid.as_str()),
    ]
}

/// The identity labels of a per-container series.
fn container_labels<'a>(p: &'a PodView, container: &'a str) -> [(&'static str, &'a str); 4] {
    let [ns, pod, uid] = pod_labels(p);
    [ns, pod, uid, ("container", container)]
}
