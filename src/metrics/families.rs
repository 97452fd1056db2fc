//! One collector per metric family: its name, type, help, labels, profile, and the function that
//! writes its samples straight from the snapshot.
//!
//! [`FAMILIES`] is the one metric list: the renderer walks it, `docs/metrics.md` and
//! `tests/data/deploy/metrics-contract.txt` are checked against it (`tests/metrics_contract.rs`).
//! A collector borrows pods and writes; it never clones a pod or keeps state between scrapes.
//! Label values come from bounded sets or from the pod identity, never from error text.

use crate::health::diagnosis::status_class;
use crate::health::{Phase, StateKind};
use crate::metrics::process::ProcessStats;
use crate::metrics::select::{bounded_value, Selection, MAX_LABEL_VALUE};
use crate::metrics::{Encoder, Kind, RenderInputs};
use crate::model::{Container, ContainerKind, HealthCheck};
use crate::probe::{ProbeResult, DURATION_BUCKETS};
use crate::state::PodView;

/// What a family's series are about: the namespace filter applies to pod-scoped ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The agent, the runtime, the node: one series or a few, whatever the pod count.
    Agent,
    /// Series per pod or per container or probe of a pod.
    Pod,
    /// `podpulse_pod_labels`: per pod, and only while a label is allowlisted.
    PodLabels,
}

/// One metric family and its collector.
pub struct Family {
    /// The name without `_total` (the OpenMetrics family name); see [`Family::exposed_name`].
    pub name: &'static str,
    pub kind: Kind,
    pub help: &'static str,
    /// Every label its samples carry, in order (`label_*` stands for the allowlisted pod labels;
    /// histogram buckets add `le`).
    pub labels: &'static [&'static str],
    pub scope: Scope,
    /// Part of the lean profile.
    pub lean: bool,
    /// `false` when this scrape has nothing to say at all (the journal is off, `/proc` is not
    /// readable): the family is left out, header included.
    available: fn(&Ctx<'_>) -> bool,
    write: fn(&mut Ctx<'_>),
}

impl Family {
    /// The name as the text format exposes it (counters end in `_total`).
    pub fn exposed_name(&self) -> String {
        if self.kind == Kind::Counter {
            format!("{}_total", self.name)
        } else {
            self.name.to_string()
        }
    }

    pub fn kind_str(&self) -> &'static str {
        match self.kind {
            Kind::Gauge => "gauge",
            Kind::Counter => "counter",
            Kind::Histogram => "histogram",
        }
    }
}

/// What a collector reads and writes during one scrape.
pub struct Ctx<'a> {
    pub(crate) e: Encoder,
    inp: &'a RenderInputs<'a>,
    sel: &'a Selection,
    /// The pods the namespace filter lets through, borrowed from the snapshot.
    pods: Vec<&'a PodView>,
    process: Option<ProcessStats>,
    name: &'static str,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(inp: &'a RenderInputs<'a>, sel: &'a Selection) -> Self {
        let pods: Vec<&'a PodView> = inp
            .snapshot
            .pods
            .iter()
            .map(view)
            .filter(|p| sel.namespace_selected(&p.pod.namespace))
            .collect();
        // Reading /proc costs a few syscalls: only when a process family is rendered.
        let process = FAMILIES
            .iter()
            .any(|f| f.name.starts_with("process_") && sel.family_enabled(f))
            .then(super::process::read)
            .flatten();
        let cap = 2048
            + pods.len()
                * if sel.profile == super::Profile::Lean {
                    1200
                } else {
                    3000
                };
        Ctx {
            e: Encoder::new(inp.openmetrics, cap),
            inp,
            sel,
            pods,
            process,
            name: "",
        }
    }

    /// Renders one family if it is selected and has something to say.
    pub(crate) fn collect(&mut self, f: &'static Family) {
        if !self.sel.family_enabled(f) || !(f.available)(self) {
            return;
        }
        self.name = f.name;
        self.e.family(f.name, f.kind, f.help);
        (f.write)(self);
    }

    fn sample(&mut self, labels: &[(&str, &str)], v: f64) {
        self.e.sample(self.name, "", labels, v);
    }
}

/// `Snapshot.pods` may hold pods or shared pods (`Arc<PodView>`): borrow either as a pod.
fn view<P: std::borrow::Borrow<PodView>>(p: &P) -> &PodView {
    p.borrow()
}

fn always(_: &Ctx<'_>) -> bool {
    true
}
fn journal_on(c: &Ctx<'_>) -> bool {
    c.inp.journal.is_some()
}
fn proc_readable(c: &Ctx<'_>) -> bool {
    c.process.is_some()
}

fn b(v: bool) -> f64 {
    f64::from(u8::from(v))
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

const POD: &[&str] = &["namespace", "pod", "uid"];
const CONTAINER: &[&str] = &["namespace", "pod", "uid", "container"];
const PROBE: &[&str] = &["namespace", "pod", "uid", "container", "probe", "handler"];

/// Waiting reasons as the kubelet sets them (kube-state-metrics' set plus a few).
pub const WAITING_REASONS: &[&str] = &[
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

pub const TERMINATED_REASONS: &[&str] = &[
    "OOMKilled",
    "Completed",
    "Error",
    "ContainerCannotRun",
    "DeadlineExceeded",
    "Evicted",
    "StartError",
];

/// One 1-valued sample per container that has the reason `pick` reads, folded into `set`.
fn write_reason(
    c: &mut Ctx<'_>,
    set: &[&str],
    pick: fn(&crate::health::ContainerHealth) -> Option<&str>,
) {
    for p in &c.pods {
        for h in &p.health.containers {
            if let Some(r) = pick(h) {
                let [ns, pod, uid, cn] = container_labels(p, &h.name);
                let reason = ("reason", bounded(set, r));
                c.e.sample(c.name, "", &[ns, pod, uid, cn, reason], 1.0);
            }
        }
    }
}

fn bounded<'a>(set: &[&'a str], v: &str) -> &'a str {
    set.iter().find(|s| **s == v).copied().unwrap_or("Other")
}

/// The `le` bounds `podpulse_probe_duration_seconds` exposes: a subset of the recorded
/// [`DURATION_BUCKETS`] (buckets are cumulative, so any subset is still exact at its bounds).
/// Five bounds a factor ~4–5 apart cover loopback answers (≤ 2.5 ms) to the default 1 s timeout
/// at 8 series per probe instead of 13; that is what brings the reference pod under its budget.
pub const EXPOSED_BUCKETS: [f64; 5] = [0.0025, 0.01, 0.05, 0.25, 1.0];

/// A journal reader counter: one unlabelled series, only while the journal is on.
macro_rules! journal_counter {
    ($name:literal, $help:literal, $field:ident) => {
        Family {
            name: $name,
            kind: Kind::Counter,
            help: $help,
            labels: &[],
            scope: Scope::Agent,
            lean: true,
            available: journal_on,
            write: |c| {
                if let Some(j) = c.inp.journal {
                    let v = j.$field.load(std::sync::atomic::Ordering::Relaxed);
                    c.sample(&[], v as f64);
                }
            },
        }
    };
}

/// One of the agent's own process figures (the client libraries' `process_*` names).
macro_rules! process_family {
    ($name:literal, $kind:expr, $help:literal, $field:ident) => {
        Family {
            name: $name,
            kind: $kind,
            help: $help,
            labels: &[],
            scope: Scope::Agent,
            lean: true,
            available: proc_readable,
            write: |c| {
                if let Some(ps) = c.process {
                    c.sample(&[], ps.$field);
                }
            },
        }
    };
}

/// Every family in exposition order. The one metric list.
pub static FAMILIES: &[Family] = &[
    Family {
        name: "podpulse_build_info",
        kind: Kind::Gauge,
        help: "Build information of this podpulse (always 1).",
        labels: &["version", "revision", "rustc"],
        scope: Scope::Agent,
        lean: true,
        available: always,
        write: |c| {
            c.sample(
                &[
                    ("version", super::build::VERSION),
                    ("revision", super::build::REVISION),
                    ("rustc", super::build::RUSTC),
                ],
                1.0,
            )
        },
    },
    Family {
        name: "podpulse_runtime_up",
        kind: Kind::Gauge,
        help: "Whether the container runtime answers (1) or not (0).",
        labels: &["runtime"],
        scope: Scope::Agent,
        lean: true,
        available: always,
        write: |c| {
            let rt = &c.inp.snapshot.runtime;
            c.sample(&[("runtime", rt.kind.as_str())], b(rt.up));
        },
    },
    Family {
        name: "podpulse_runtime_info",
        kind: Kind::Gauge,
        help: "The container runtime in use and why it was chosen.",
        labels: &["runtime", "endpoint", "version", "reason"],
        scope: Scope::Agent,
        lean: true,
        available: always,
        write: |c| {
            let rt = &c.inp.snapshot.runtime;
            c.sample(
                &[
                    ("runtime", rt.kind.as_str()),
                    ("endpoint", &rt.endpoint),
                    ("version", &rt.version),
                    ("reason", &rt.reason),
                ],
                1.0,
            );
        },
    },
    Family {
        name: "podpulse_pod_source_up",
        kind: Kind::Gauge,
        help: "Whether a pod spec source's last fetch succeeded (0: serving its last good view).",
        labels: &["source"],
        scope: Scope::Agent,
        lean: true,
        available: always,
        write: |c| {
            for s in &c.inp.snapshot.sources {
                c.e.sample(c.name, "", &[("source", s.source)], b(s.up));
            }
        },
    },
    Family {
        name: "podpulse_skipped",
        kind: Kind::Counter,
        help: "Runtime objects skipped instead of reported, by kind.",
        labels: &["kind"],
        scope: Scope::Agent,
        lean: true,
        available: always,
        write: |c| {
            for (kind, n) in c.inp.skips {
                c.e.sample(c.name, "", &[("kind", kind)], *n as f64);
            }
        },
    },
    Family {
        name: "podpulse_config_errors",
        kind: Kind::Counter,
        help: "Configuration errors found at run time (malformed manifests, undecodable pods), by source.",
        labels: &["kind"],
        scope: Scope::Agent,
        lean: true,
        available: always,
        write: |c| {
            for (kind, n) in c.inp.config_errors {
                c.e.sample(c.name, "", &[("kind", kind)], *n as f64);
            }
        },
    },
    Family {
        name: "podpulse_pod_info",
        kind: Kind::Gauge,
        help: "Pods on this node (always 1).",
        labels: &["namespace", "pod", "uid", "pod_ip", "host_network"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                let [ns, pod, uid] = pod_labels(p);
                let ip = ("pod_ip", p.pod_ip.as_deref().unwrap_or(""));
                let hn = ("host_network", if p.host_network { "true" } else { "false" });
                c.e.sample(c.name, "", &[ns, pod, uid, ip, hn], 1.0);
            }
        },
    },
    Family {
        name: "podpulse_pod_owner",
        kind: Kind::Gauge,
        help: "The pod's controller from its ownerReferences (<none> without one, or without a spec source).",
        labels: &["namespace", "pod", "uid", "owner_kind", "owner_name"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                let owner = p.spec.as_ref().and_then(|s| {
                    s.metadata
                        .owner_references
                        .iter()
                        .find(|o| o.controller == Some(true))
                });
                // A static manifest is not validated by an API server: bound what it says.
                let (kind, name) = match owner {
                    Some(o) => (
                        bounded_value(&o.kind, MAX_LABEL_VALUE),
                        bounded_value(&o.name, 253),
                    ),
                    None => ("<none>".into(), "<none>".into()),
                };
                let [ns, pod, uid] = pod_labels(p);
                c.e.sample(
                    c.name,
                    "",
                    &[ns, pod, uid, ("owner_kind", &kind), ("owner_name", &name)],
                    1.0,
                );
            }
        },
    },
    Family {
        name: "podpulse_pod_labels",
        kind: Kind::Gauge,
        help: "The pod's labels allowlisted by metrics.pod_labels, as label_<key> (always 1).",
        labels: &["namespace", "pod", "uid", "label_*"],
        scope: Scope::PodLabels,
        lean: true,
        available: always,
        write: write_pod_labels,
    },
    Family {
        name: "podpulse_pod_status_phase",
        kind: Kind::Gauge,
        help: "The pod's phase (all five phases, the current one 1).",
        labels: &["namespace", "pod", "uid", "phase"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                let [ns, pod, uid] = pod_labels(p);
                for phase in Phase::ALL {
                    c.e.sample(
                        c.name,
                        "",
                        &[ns, pod, uid, ("phase", phase.as_str())],
                        b(p.health.phase == phase),
                    );
                }
            }
        },
    },
    Family {
        name: "podpulse_pod_status",
        kind: Kind::Gauge,
        help: "The STATUS kubectl get pods would print, folded to a bounded set (only the current one, 1).",
        labels: &["namespace", "pod", "uid", "status"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                let [ns, pod, uid] = pod_labels(p);
                let status = ("status", status_class(&p.health.status));
                c.e.sample(c.name, "", &[ns, pod, uid, status], 1.0);
            }
        },
    },
    Family {
        name: "podpulse_pod_ready",
        kind: Kind::Gauge,
        help: "Whether every container of the pod is ready.",
        labels: POD,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                let ready = p.health.total > 0 && p.health.ready == p.health.total;
                c.e.sample(c.name, "", &pod_labels(p), b(ready));
            }
        },
    },
    Family {
        name: "podpulse_pod_deletion_timestamp_seconds",
        kind: Kind::Gauge,
        help: "When deletion of a terminating pod was requested (Unix seconds).",
        labels: POD,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                if let Some(ts) = p.health.deletion_timestamp {
                    c.e.sample(c.name, "", &pod_labels(p), ts);
                }
            }
        },
    },
    Family {
        name: "podpulse_container_info",
        kind: Kind::Gauge,
        help: "Containers of the node's pods (the current attempt; always 1).",
        labels: &["namespace", "pod", "uid", "container", "image", "container_id"],
        scope: Scope::Pod,
        lean: false,
        available: always,
        write: |c| {
            let mut newest = Vec::new();
            for p in &c.pods {
                current_containers(p, &mut newest);
                for k in &newest {
                    let [ns, pod, uid, cn] = container_labels(p, &k.name);
                    c.e.sample(
                        c.name,
                        "",
                        &[ns, pod, uid, cn, ("image", &k.image), ("container_id", &k.id.0)],
                        1.0,
                    );
                }
            }
        },
    },
    Family {
        name: "podpulse_container_state",
        kind: Kind::Gauge,
        help: "The container's state (waiting, running, terminated; the current one 1).",
        labels: &["namespace", "pod", "uid", "container", "state"],
        scope: Scope::Pod,
        lean: false,
        available: always,
        write: |c| {
            for p in &c.pods {
                for h in &p.health.containers {
                    let [ns, pod, uid, cn] = container_labels(p, &h.name);
                    for (name, kind) in [
                        ("waiting", StateKind::Waiting),
                        ("running", StateKind::Running),
                        ("terminated", StateKind::Terminated),
                    ] {
                        c.e.sample(c.name, "", &[ns, pod, uid, cn, ("state", name)], b(h.state == kind));
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_container_ready",
        kind: Kind::Gauge,
        help: "Whether the container is ready.",
        labels: CONTAINER,
        scope: Scope::Pod,
        lean: false,
        available: always,
        write: |c| {
            for p in &c.pods {
                for h in &p.health.containers {
                    c.e.sample(c.name, "", &container_labels(p, &h.name), b(h.ready));
                }
            }
        },
    },
    Family {
        name: "podpulse_container_status_waiting_reason",
        kind: Kind::Gauge,
        help: "Why the container is waiting (only the current reason, 1).",
        labels: &["namespace", "pod", "uid", "container", "reason"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| write_reason(c, WAITING_REASONS, |h| h.waiting_reason.as_deref()),
    },
    Family {
        name: "podpulse_container_status_terminated_reason",
        kind: Kind::Gauge,
        help: "Why the container terminated (only the current reason, 1).",
        labels: &["namespace", "pod", "uid", "container", "reason"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| write_reason(c, TERMINATED_REASONS, |h| h.terminated_reason.as_deref()),
    },
    Family {
        name: "podpulse_container_status_last_terminated_reason",
        kind: Kind::Gauge,
        help: "Why the container's previous run terminated (only that reason, 1).",
        labels: &["namespace", "pod", "uid", "container", "reason"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| write_reason(c, TERMINATED_REASONS, |h| h.last_terminated_reason.as_deref()),
    },
    Family {
        name: "podpulse_container_last_exit_code",
        kind: Kind::Gauge,
        help: "The exit code of the container's last termination.",
        labels: CONTAINER,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for h in &p.health.containers {
                    if let Some(code) = h.last_exit_code {
                        c.e.sample(c.name, "", &container_labels(p, &h.name), code as f64);
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_container_start_time_seconds",
        kind: Kind::Gauge,
        help: "When the container's current run started (Unix seconds).",
        labels: CONTAINER,
        scope: Scope::Pod,
        lean: false,
        available: always,
        write: |c| {
            for p in &c.pods {
                for h in &p.health.containers {
                    if let Some(t) = h.started_at {
                        c.e.sample(c.name, "", &container_labels(p, &h.name), t);
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_container_status_restarts",
        kind: Kind::Counter,
        help: "Restarts of the container, as the kubelet counts them.",
        labels: CONTAINER,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for (name, n) in &p.restarts {
                    c.e.sample(c.name, "", &container_labels(p, name), *n as f64);
                }
            }
        },
    },
    Family {
        name: "podpulse_container_oom_kills",
        kind: Kind::Counter,
        help: "Kernel OOM kills in the container's cgroup (the cgroup's own count where readable, child processes of a surviving container included).",
        labels: CONTAINER,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            let mut names = Vec::new();
            for p in &c.pods {
                app_names(p, &mut names);
                for name in &names {
                    let n = p.oom_kills.get(*name).copied().unwrap_or(0);
                    c.e.sample(c.name, "", &container_labels(p, name), n as f64);
                }
            }
        },
    },
    Family {
        name: "podpulse_container_terminations",
        kind: Kind::Counter,
        help: "Exits of the container the runtime reported, by reason (OOMKilled, Completed, Error); a reason appears with its first exit.",
        labels: &["namespace", "pod", "uid", "container", "reason"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for (container, reasons) in &p.terminations {
                    let [ns, pod, uid, cn] = container_labels(p, container);
                    for (reason, n) in reasons {
                        let reason = ("reason", bounded(TERMINATED_REASONS, reason));
                        c.e.sample(c.name, "", &[ns, pod, uid, cn, reason], *n as f64);
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_container_crashlooping",
        kind: Kind::Gauge,
        help: "1 while the container is crash-looping: from the second failed restart within the back-off window until it has run cleanly for the reset time (does not flap between back-offs).",
        labels: CONTAINER,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for (name, looping) in &p.crashlooping {
                    c.e.sample(c.name, "", &container_labels(p, name), b(*looping));
                }
            }
        },
    },
    Family {
        name: "podpulse_container_health_status",
        kind: Kind::Gauge,
        help: "The runtime's own HEALTHCHECK status, where the image defines one.",
        labels: &["namespace", "pod", "uid", "container", "status"],
        scope: Scope::Pod,
        lean: false,
        available: always,
        write: |c| {
            let mut newest = Vec::new();
            for p in &c.pods {
                current_containers(p, &mut newest);
                for k in &newest {
                    let Some(h) = k.health else { continue };
                    let [ns, pod, uid, cn] = container_labels(p, &k.name);
                    for (name, kind) in [
                        ("starting", HealthCheck::Starting),
                        ("healthy", HealthCheck::Healthy),
                        ("unhealthy", HealthCheck::Unhealthy),
                    ] {
                        c.e.sample(c.name, "", &[ns, pod, uid, cn, ("status", name)], b(h == kind));
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_probe_success",
        kind: Kind::Gauge,
        help: "The last probe result (1 success, 0 otherwise).",
        labels: PROBE,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for s in &p.probe_series {
                    if let Some(ok) = s.last_success() {
                        c.e.sample(c.name, "", &probe_labels(p, s), b(ok));
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_probe_status",
        kind: Kind::Gauge,
        help: "The verdict the kubelet would reach after its thresholds (1 passing, 0 failing; absent while unknown).",
        labels: PROBE,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for s in &p.probe_series {
                    if let Some(ok) = s.verdict.passing() {
                        c.e.sample(c.name, "", &probe_labels(p, s), b(ok));
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_probe_consecutive_failures",
        kind: Kind::Gauge,
        help: "Consecutive failed probe results, including those still below failureThreshold.",
        labels: PROBE,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for s in &p.probe_series {
                    c.e.sample(c.name, "", &probe_labels(p, s), f64::from(s.consecutive_failures));
                }
            }
        },
    },
    Family {
        name: "podpulse_probe_results",
        kind: Kind::Counter,
        help: "Probe results by outcome (success, failure, timeout, error).",
        labels: &["namespace", "pod", "uid", "container", "probe", "handler", "result"],
        scope: Scope::Pod,
        lean: false,
        available: always,
        write: |c| {
            for p in &c.pods {
                for s in &p.probe_series {
                    let [a, b_, d, e, f, g] = probe_labels(p, s);
                    for r in ProbeResult::ALL {
                        c.e.sample(
                            c.name,
                            "",
                            &[a, b_, d, e, f, g, ("result", r.as_str())],
                            s.results_total(r) as f64,
                        );
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_probe_skipped",
        kind: Kind::Counter,
        help: "Scheduled probe runs that could not start on time because the probe's previous run was still in flight (one run at a time per probe, as the kubelet's worker).",
        labels: PROBE,
        scope: Scope::Pod,
        lean: true,
        available: always,
        // Sparse: a probe's series appears with its first missed start, so a healthy pod pays
        // nothing for it in the series budget.
        write: |c| {
            for p in &c.pods {
                for s in &p.probe_series {
                    if s.skipped > 0 {
                        c.e.sample(c.name, "", &probe_labels(p, s), s.skipped as f64);
                    }
                }
            }
        },
    },
    Family {
        name: "podpulse_probe_duration_seconds",
        kind: Kind::Histogram,
        help: "Probe latency, failures and timeouts included.",
        labels: PROBE,
        scope: Scope::Pod,
        lean: false,
        available: always,
        write: write_probe_durations,
    },
    Family {
        name: "podpulse_probe_kubelet_disagreement",
        kind: Kind::Gauge,
        help: "1 when the kubelet's ready flag and podpulse's readiness verdict have differed for longer than one period x failureThreshold.",
        labels: CONTAINER,
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for (name, d) in &p.kubelet_disagreement {
                    c.e.sample(c.name, "", &container_labels(p, name), b(*d));
                }
            }
        },
    },
    Family {
        name: "podpulse_kubelet_events",
        kind: Kind::Counter,
        help: "Kubelet journal lines attributed to a pod this agent knows, by reason.",
        labels: &["namespace", "pod", "reason"],
        scope: Scope::Pod,
        lean: true,
        available: always,
        write: |c| {
            for p in &c.pods {
                for (reason, n) in &p.journal_events {
                    c.e.sample(
                        c.name,
                        "",
                        &[("namespace", &p.pod.namespace), ("pod", &p.pod.name), ("reason", reason)],
                        *n as f64,
                    );
                }
            }
        },
    },
    Family {
        name: "podpulse_kubelet_node_problems",
        kind: Kind::Counter,
        help: "Kubelet journal lines about the node (PLEG, runtime, network, certificates), by reason.",
        labels: &["reason"],
        scope: Scope::Agent,
        lean: true,
        available: always,
        write: |c| {
            for (reason, n) in &c.inp.snapshot.node_problems {
                c.e.sample(c.name, "", &[("reason", reason)], *n as f64);
            }
        },
    },
    Family {
        name: "podpulse_journal_up",
        kind: Kind::Gauge,
        help: "Whether the kubelet journal can be read (0: see the agent's log for why).",
        labels: &[],
        scope: Scope::Agent,
        lean: true,
        available: journal_on,
        write: |c| {
            if let Some(j) = c.inp.journal {
                c.sample(&[], b(j.is_up()));
            }
        },
    },
    journal_counter!("podpulse_journal_entries_read", "Journal entries read.", entries_read),
    journal_counter!("podpulse_journal_lines_unparsed", "Journal lines that were not klog and matched no rule.", lines_unparsed),
    journal_counter!("podpulse_journal_cursor_saves", "Times the journal cursor was saved.", cursor_saves),
    journal_counter!("podpulse_journal_gaps", "Times the saved cursor was gone (journal vacuumed or rotated away) and reading resumed after its timestamp.", gaps),
    journal_counter!("podpulse_journal_open_errors", "Failed attempts to open the journal.", open_errors),
    Family {
        name: "podpulse_journal_lag_seconds",
        kind: Kind::Gauge,
        help: "How far the reader is behind the newest journal entry it has seen.",
        labels: &[],
        scope: Scope::Agent,
        lean: true,
        available: journal_on,
        write: |c| {
            if let Some(j) = c.inp.journal {
                c.sample(&[], j.lag_seconds());
            }
        },
    },
    process_family!("process_cpu_seconds", Kind::Counter, "Total user and system CPU time spent in seconds.", cpu_seconds),
    process_family!("process_resident_memory_bytes", Kind::Gauge, "Resident memory size in bytes.", resident_bytes),
    process_family!("process_virtual_memory_bytes", Kind::Gauge, "Virtual memory size in bytes.", virtual_bytes),
    process_family!("process_start_time_seconds", Kind::Gauge, "Start time of the process since unix epoch in seconds.", start_time_seconds),
    process_family!("process_open_fds", Kind::Gauge, "Number of open file descriptors.", open_fds),
];

fn write_pod_labels(c: &mut Ctx<'_>) {
    let keys = c.sel.pod_labels();
    let mut labels: Vec<(&str, std::borrow::Cow<'_, str>)> = Vec::with_capacity(3 + keys.len());
    for p in &c.pods {
        // The spec's labels are the truth; without a spec source, the runtime's copy of them.
        let source = match &p.spec {
            Some(spec) => Some(&spec.metadata.labels),
            None => p
                .containers
                .iter()
                .find(|k| k.kind == ContainerKind::Sandbox)
                .or_else(|| p.containers.first())
                .map(|k| &k.pod_labels),
        };
        labels.clear();
        for (k, v) in pod_labels(p) {
            labels.push((k, v.into()));
        }
        if let Some(source) = source {
            for (key, name) in keys {
                if let Some(v) = source.get(key) {
                    labels.push((name.as_str(), bounded_value(v, MAX_LABEL_VALUE)));
                }
            }
        }
        let pairs: Vec<(&str, &str)> = labels.iter().map(|(k, v)| (*k, v.as_ref())).collect();
        c.e.sample(c.name, "", &pairs, 1.0);
    }
}

fn write_probe_durations(c: &mut Ctx<'_>) {
    // Bucket bounds printed once per scrape, not once per probe.
    let bounds: Vec<(usize, String)> = EXPOSED_BUCKETS
        .iter()
        .filter_map(|le| {
            DURATION_BUCKETS
                .iter()
                .position(|d| d == le)
                .map(|i| (i, le.to_string()))
        })
        .collect();
    for p in &c.pods {
        for s in &p.probe_series {
            let l = probe_labels(p, s);
            let [a, b_, d, e, f, g] = l;
            for (i, le) in &bounds {
                let n = s.duration_buckets.get(*i).copied().unwrap_or(0);
                c.e.sample(
                    c.name,
                    "_bucket",
                    &[a, b_, d, e, f, g, ("le", le)],
                    n as f64,
                );
            }
            let count = s.duration_count as f64;
            c.e.sample(
                c.name,
                "_bucket",
                &[a, b_, d, e, f, g, ("le", "+Inf")],
                count,
            );
            c.e.sample(c.name, "_sum", &l, s.duration_sum);
            c.e.sample(c.name, "_count", &l, count);
        }
    }
}

fn probe_kind(k: crate::health::ProbeKind) -> &'static str {
    match k {
        crate::health::ProbeKind::Liveness => "liveness",
        crate::health::ProbeKind::Readiness => "readiness",
        crate::health::ProbeKind::Startup => "startup",
    }
}

fn probe_labels<'a>(
    p: &'a PodView,
    s: &'a crate::probe::ProbeSeries,
) -> [(&'static str, &'a str); 6] {
    let [ns, pod, uid] = pod_labels(p);
    [
        ns,
        pod,
        uid,
        ("container", s.key.container.as_str()),
        ("probe", probe_kind(s.key.kind)),
        ("handler", s.handler.as_str()),
    ]
}

/// The current (newest) attempt of each app container of a pod, into `out` (reused).
fn current_containers<'a>(p: &'a PodView, out: &mut Vec<&'a Container>) {
    out.clear();
    for k in p.containers.iter().filter(|k| k.kind == ContainerKind::App) {
        match out.iter_mut().find(|n| n.name == k.name) {
            Some(n) => {
                if (k.attempt, k.created_at.unwrap_or(0.0).to_bits())
                    > (n.attempt, n.created_at.unwrap_or(0.0).to_bits())
                {
                    *n = k;
                }
            }
            None => out.push(k),
        }
    }
}

/// Names of the pod's app containers, from the runtime and from the health view, into `out`.
fn app_names<'a>(p: &'a PodView, out: &mut Vec<&'a str>) {
    out.clear();
    out.extend(
        p.containers
            .iter()
            .filter(|k| k.kind == ContainerKind::App)
            .map(|k| k.name.as_str())
            .chain(
                p.health
                    .containers
                    .iter()
                    .filter(|h| !h.init)
                    .map(|h| h.name.as_str()),
            ),
    );
    out.sort_unstable();
    out.dedup();
}
