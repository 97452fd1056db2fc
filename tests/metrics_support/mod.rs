//! Synthetic node state for the metrics tests and `benches/metrics.rs`: pods built through the
//! agent's own classifier and probe book (no hand-written health), so a rendered snapshot has
//! exactly the shape the running agent renders.
//!
//! Why synthetic and not a live agent: the series count of one pod must not depend on timing
//! (a probe that has not run yet has no `probe_success`), and the budget test must be exact.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use podpulse::health::{self, ClassifyConfig, PodInput, ProbeKind};
use podpulse::metrics::{render_with, RenderInputs, Selection};
use podpulse::model::{
    Container, ContainerId, ContainerKind, HealthCheck, PodRef, RuntimeKind, RuntimeState,
};
use podpulse::pods::types::{ObjectMeta, OwnerReference, Pod};
use podpulse::probe::{
    HandlerKind, ProbeBook, ProbeKey, ProbeReport, ProbeResult, ProbeRun, Verdict,
};
use podpulse::state::{PodView, RuntimeStatus, Snapshot};

pub const NOW: f64 = 1_800_000_000.0;

/// What one synthetic pod has.
#[derive(Clone)]
pub struct PodShape {
    pub containers: Vec<&'static str>,
    /// Probe kinds per container (all HTTP).
    pub probes: Vec<ProbeKind>,
    /// The spec's controller, if any.
    pub owner: Option<(&'static str, &'static str)>,
    pub labels: Vec<(&'static str, &'static str)>,
}

impl PodShape {
    /// The reference pod: one container with an HTTP readiness and an HTTP liveness
    /// probe, owned by a ReplicaSet (as nearly every pod is).
    pub fn reference() -> Self {
        PodShape {
            containers: vec!["app"],
            probes: vec![ProbeKind::Readiness, ProbeKind::Liveness],
            owner: Some(("ReplicaSet", "web-5d4f8c7b9")),
            labels: vec![("app", "web"), ("pod-template-hash", "5d4f8c7b9")],
        }
    }

    /// The node pod: two containers with four probes between them.
    pub fn node() -> Self {
        PodShape {
            containers: vec!["app", "sidecar"],
            ..Self::reference()
        }
    }
}

pub fn pod(i: usize, shape: &PodShape) -> PodView {
    let pod = PodRef {
        namespace: format!("ns-{}", i % 20),
        name: format!("web-5d4f8c7b9-{i:05}"),
        uid: format!("3f0c2a7e-0000-4000-8000-{i:012}"),
    };
    let mk = |name: &str, kind: ContainerKind| Container {
        id: ContainerId(format!("{:064x}", (i as u128) << 8 | name.len() as u128)),
        pod: pod.clone(),
        name: name.to_string(),
        kind,
        plain: false,
        image: "registry.example/web:1.2.3".into(),
        image_id: "sha256:abc".into(),
        attempt: 0,
        restart_count: 0,
        state: RuntimeState::Running {
            started_at: Some(NOW - 3600.0),
        },
        created_at: Some(NOW - 3600.0),
        health: None,
        ip: (kind == ContainerKind::Sandbox).then(|| "10.1.2.3".parse().expect("ip")),
        host_network: false,
        ports: Vec::new(),
        memory_limit_bytes: None,
        pod_labels: shape
            .labels
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    };
    let mut containers = vec![mk("POD", ContainerKind::Sandbox)];
    containers.extend(shape.containers.iter().map(|c| mk(c, ContainerKind::App)));
    let health = health::classify(&PodInput {
        pod: &pod,
        spec: None,
        containers: &containers,
        runtime_up: true,
        journal: &[],
        probes: &[],
        images_present: None,
        now: NOW,
        config: &ClassifyConfig::default(),
    });
    let spec = Pod {
        metadata: ObjectMeta {
            name: Some(pod.name.clone()),
            namespace: Some(pod.namespace.clone()),
            uid: Some(pod.uid.clone()),
            labels: shape
                .labels
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            owner_references: shape
                .owner
                .iter()
                .map(|(kind, name)| OwnerReference {
                    api_version: Some("apps/v1".into()),
                    kind: kind.to_string(),
                    name: name.to_string(),
                    uid: Some("owner-uid".into()),
                    controller: Some(true),
                })
                .collect(),
            ..Default::default()
        },
        ..Default::default()
    };
    let mut book = ProbeBook::new();
    for c in &shape.containers {
        for kind in &shape.probes {
            book.record(&report(
                &pod,
                c,
                *kind,
                ProbeResult::Success,
                Verdict::Success,
            ));
        }
    }
    let names = |v: u64| -> BTreeMap<String, u64> {
        shape
            .containers
            .iter()
            .map(|c| (c.to_string(), v))
            .collect()
    };
    let row = podpulse::health::table::PodRow::new(&pod.namespace, &pod.name, &health);
    PodView {
        pod_ip: Some("10.1.2.3".into()),
        host_network: false,
        created_at: Some(NOW - 3600.0),
        health: Arc::new(health),
        oom_kills: names(0),
        terminations: Default::default(),
        restarts: names(0),
        probes: Vec::new(),
        probe_series: book.pod(&pod.uid).cloned().collect(),
        kubelet_disagreement: Default::default(),
        journal: Vec::new(),
        journal_events: Default::default(),
        crashlooping: shape
            .containers
            .iter()
            .map(|c| (c.to_string(), false))
            .collect(),
        row,
        superseded: false,
        spec: Some(Arc::new(spec)),
        containers: Arc::new(containers),
        pod: pod.clone(),
    }
}

fn report(
    pod: &PodRef,
    container: &str,
    kind: ProbeKind,
    result: ProbeResult,
    verdict: Verdict,
) -> ProbeReport {
    ProbeReport {
        key: Arc::new(ProbeKey {
            pod: pod.clone(),
            container: container.to_string(),
            kind,
        }),
        handler: HandlerKind::Http,
        container_id: None,
        run: Some(if result == ProbeResult::Success {
            ProbeRun::passed("")
        } else {
            ProbeRun::not_passed(result, "", "")
        }),
        skipped: 0,
        duration: Duration::from_millis(3),
        consecutive_successes: u32::from(result == ProbeResult::Success),
        consecutive_failures: u32::from(result != ProbeResult::Success),
        verdict,
        success_threshold: 1,
        failure_threshold: 3,
        period: Duration::from_secs(10),
        timestamp: NOW,
        removed: false,
    }
}

/// A pod in trouble, with every sparse series present: waiting and terminated reasons, an exit
/// code, a HEALTHCHECK, terminations, OOM kills, journal events, a disagreement, a deletion
/// timestamp, missed probe starts, tenant-controlled label values.
pub fn troubled_pod(i: usize) -> PodView {
    let mut p = pod(i, &PodShape::reference());
    p.pod.namespace = "team-a".into();
    for c in Arc::make_mut(&mut p.containers)
        .iter_mut()
        .filter(|c| c.kind == ContainerKind::App)
    {
        c.health = Some(HealthCheck::Unhealthy);
    }
    let health = Arc::make_mut(&mut p.health);
    if let Some(h) = health.containers.first_mut() {
        h.waiting_reason = Some("CrashLoopBackOff".into());
        h.terminated_reason = Some("OOMKilled".into());
        h.last_terminated_reason = Some("SomethingNew".into());
        h.last_exit_code = Some(137);
    }
    health.deletion_timestamp = Some(NOW - 5.0);
    p.terminations
        .entry("app".into())
        .or_default()
        .extend([("OOMKilled", 2), ("Error", 1)]);
    p.oom_kills.insert("app".into(), 3);
    p.restarts.insert("app".into(), 3);
    p.crashlooping.insert("app".into(), true);
    p.kubelet_disagreement.insert("app".into(), true);
    p.journal_events.insert("BackOff".into(), 4);
    let mut book = ProbeBook::new();
    let mut hung = report(
        &p.pod,
        "app",
        ProbeKind::Readiness,
        ProbeResult::Timeout,
        Verdict::Failure,
    );
    hung.skipped = 2;
    book.record(&hung);
    p.probe_series = book.pod(&p.pod.uid).cloned().collect();
    if let Some(spec) = p.spec.as_mut().map(Arc::make_mut) {
        spec.metadata.namespace = Some("team-a".into());
        spec.metadata
            .labels
            .insert("app".into(), format!("evil\"\n{}", "x".repeat(200)));
        spec.metadata.owner_references[0].kind = "Job".into();
    }
    p
}

pub fn runtime() -> RuntimeStatus {
    RuntimeStatus {
        kind: RuntimeKind::Docker,
        endpoint: "/var/run/docker.sock".into(),
        up: true,
        version: "20.10.24".into(),
        reason: "configured".into(),
        last_error: None,
    }
}

pub fn snapshot(pods: Vec<PodView>) -> Snapshot {
    let mut snap = Snapshot::empty(runtime());
    // `.into()` keeps this compiling whether the state holds pods or `Arc`s of them.
    #[allow(clippy::useless_conversion)]
    {
        snap.pods = pods.into_iter().map(Into::into).collect();
    }
    snap.synced = true;
    snap.taken_at = NOW;
    snap
}

/// A node of `n` pods of one shape.
pub fn node(n: usize, shape: &PodShape) -> Snapshot {
    snapshot((0..n).map(|i| pod(i, shape)).collect())
}

pub fn render(snap: &Snapshot, sel: &Selection, openmetrics: bool) -> String {
    render_with(
        &RenderInputs {
            snapshot: snap,
            skips: &[("bad_labels", 0), ("vanished", 0)],
            config_errors: &[("manifests", 0)],
            journal: None,
            openmetrics,
        },
        sel,
    )
}

/// Sample lines (not comments) of a text exposition.
pub fn samples(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Series of one pod: those naming its namespace and name (`kubelet_events` carries no uid).
pub fn series_of_pod(text: &str, pod: &PodRef) -> usize {
    let ns = format!("namespace=\"{}\"", pod.namespace);
    let name = format!("pod=\"{}\"", pod.name);
    samples(text)
        .filter(|l| l.contains(&ns) && l.contains(&name))
        .count()
}
