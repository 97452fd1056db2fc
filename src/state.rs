//! The node state: one owner task applies typed updates from every input (runtime, spec
//! sources, journal, probes) and publishes an immutable `Snapshot` after each batch.
//!
//! Readers (the HTTP server, metrics) only ever see a whole snapshot through a `watch` channel:
//! no lock is shared with the inputs and nothing blocks an input on a slow scrape. The owner does
//! no I/O; classification is the pure `health::classify`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::{mpsc, watch};
use tokio_util::sync::CancellationToken;

use crate::health::crashloop::CrashLoopTracker;
use crate::health::table::PodRow;
use crate::health::{self, ClassifyConfig, JournalEvidence, PodHealth, PodInput, ProbeEvidence};
use crate::model::{Container, ContainerId, ContainerKind, PodRef, RuntimeEvent, RuntimeKind};
use crate::pods::types::Pod;
use crate::probe::{ProbeBook, ProbeSeries, ProbeTarget};

/// One input's news for the owner.
#[derive(Debug)]
pub enum Update {
    /// A full, fresh list from the runtime: replaces everything known about containers.
    RuntimeSynced {
        containers: Vec<Container>,
        version: String,
    },
    Runtime(RuntimeEvent),
    /// The runtime stopped answering; pods it showed are now `Unknown`.
    RuntimeDown {
        error: String,
    },
    /// Image references present on the node.
    Images(HashSet<String>),
    /// A pod spec source's whole current view.
    Specs {
        source: &'static str,
        pods: Arc<Vec<Pod>>,
        up: bool,
    },
    Journal {
        pod: PodMention,
        evidence: JournalEvidence,
    },
    /// A kubelet journal line about the node, not a pod (PLEG, runtime down, certificates).
    NodeProblem(&'static str),
    /// A probe worker's news (a run, or a verdict change without one).
    Probe(crate::probe::ProbeReport),
}

/// How a journal line named a pod: any of these may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PodMention {
    pub namespace: Option<String>,
    pub name: Option<String>,
    pub uid: Option<String>,
    /// A runtime container or sandbox id (full, or a prefix of at least 12 hex digits) that the
    /// line names: the runtime's own journal lines name pods only through these.
    pub container_id: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuntimeStatus {
    pub kind: RuntimeKind,
    pub endpoint: String,
    pub up: bool,
    pub version: String,
    /// Why this runtime was chosen (flag, config, detection).
    pub reason: String,
    pub last_error: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceStatus {
    pub source: &'static str,
    pub up: bool,
    pub pods: usize,
}

/// What one pod looks like at snapshot time.
#[derive(Debug, Clone, Serialize)]
pub struct PodView {
    pub pod: PodRef,
    pub pod_ip: Option<String>,
    pub host_network: bool,
    pub created_at: Option<f64>,
    pub health: PodHealth,
    /// Runtime containers of the pod (sandboxes and every attempt still present).
    pub containers: Vec<Container>,
    /// OOM kills seen by this agent, per container name.
    pub oom_kills: BTreeMap<String, u64>,
    /// Exits the runtime reported, per container name, then reason (OOMKilled|Completed|Error).
    pub terminations: BTreeMap<String, BTreeMap<&'static str, u64>>,
    /// Highest restart count seen, per container name (monotonic while the pod exists).
    pub restarts: BTreeMap<String, u64>,
    pub probes: Vec<ProbeEvidence>,
    /// The probe series of this pod (counters, histogram, last output) for metrics and /pods.
    pub probe_series: Vec<ProbeSeries>,
    /// Per container: the kubelet's ready flag and podpulse's readiness verdict have differed
    /// for longer than one period × failureThreshold. Only where a spec source gives the
    /// kubelet's view.
    pub kubelet_disagreement: BTreeMap<String, bool>,
    pub journal: Vec<JournalEvidence>,
    /// Kubelet journal lines attributed to this pod, by reason (counters).
    pub journal_events: BTreeMap<String, u64>,
    /// Per container name: crash-looping by the non-flapping rule (see `health::crashloop`).
    pub crashlooping: BTreeMap<String, bool>,
    /// The `kubectl get pods`-like row, as `podpulse pods` prints it.
    pub row: PodRow,
    #[serde(skip)]
    pub spec: Option<Arc<Pod>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    pub taken_at: f64,
    /// True once the runtime has been listed completely at least once.
    pub synced: bool,
    pub runtime: RuntimeStatus,
    pub sources: Vec<SourceStatus>,
    pub pods: Vec<PodView>,
    /// Node-level kubelet journal problems seen since start, by reason.
    pub node_problems: BTreeMap<&'static str, u64>,
}

impl Snapshot {
    pub fn empty(runtime: RuntimeStatus) -> Self {
        Self {
            taken_at: crate::time::now(),
            synced: false,
            runtime,
            sources: Vec::new(),
            pods: Vec::new(),
            node_problems: BTreeMap::new(),
        }
    }

    pub fn pod(&self, namespace: &str, name: &str) -> Option<&PodView> {
        self.pods
            .iter()
            .find(|p| p.pod.namespace == namespace && p.pod.name == name)
    }
}

/// Journal evidence kept per pod for the diagnosis: the newest few are enough.
const JOURNAL_PER_POD: usize = 16;

type ContainerKey = (String, String); // (pod uid, container name)

/// Everything the owner knows. Private: only `run` touches it.
struct NodeState {
    containers: HashMap<ContainerId, Container>,
    runtime: RuntimeStatus,
    synced: bool,
    images: Option<HashSet<String>>,
    oom_counted: HashSet<ContainerId>,
    oom_kills: HashMap<ContainerKey, u64>,
    /// The last `oom_kill` total read from each container's cgroup.
    cgroup_oom: HashMap<ContainerId, u64>,
    /// Exits the runtime reported, per container and reason.
    terminations: HashMap<ContainerKey, BTreeMap<&'static str, u64>>,
    restarts: HashMap<ContainerKey, u64>,
    /// Each source's pods, wrapped once on arrival so that snapshots share them.
    specs: BTreeMap<&'static str, (Vec<Arc<Pod>>, bool)>,
    journal: HashMap<String, Vec<JournalEvidence>>, // by pod uid
    journal_counts: HashMap<String, BTreeMap<String, u64>>, // by pod uid, then reason
    node_problems: BTreeMap<&'static str, u64>,
    probes: ProbeBook,
    /// Where probe targets go; sent only when they change.
    probe_targets: Option<watch::Sender<Arc<Vec<ProbeTarget>>>>,
    classify: ClassifyConfig,
    crashloops: CrashLoopTracker,
}

impl NodeState {
    fn apply(&mut self, update: Update) {
        match update {
            Update::RuntimeSynced {
                containers,
                version,
            } => {
                self.containers = containers.into_iter().map(|c| (c.id.clone(), c)).collect();
                // A container that already exited OOM-killed when we first saw it was killed
                // all the same; count it once, however often we relist.
                let already: Vec<ContainerId> = self
                    .containers
                    .values()
                    .filter(|c| oom_killed(c))
                    .map(|c| c.id.clone())
                    .collect();
                for id in already {
                    self.count_oom(&id);
                }
                self.runtime.up = true;
                self.runtime.version = version;
                self.runtime.last_error = None;
                self.synced = true;
                self.observe_restarts();
            }
            Update::Runtime(RuntimeEvent::Changed(c)) => {
                let id = c.id.clone();
                let exited_oom = oom_killed(&c);
                self.containers.insert(id.clone(), c);
                if exited_oom {
                    self.count_oom(&id);
                }
                self.observe_restarts();
            }
            Update::Runtime(RuntimeEvent::Removed(id)) => {
                self.containers.remove(&id);
                self.oom_counted.remove(&id);
                self.cgroup_oom.remove(&id);
            }
            Update::Runtime(RuntimeEvent::OomKilled(id)) => {
                // The cgroup's own count, where known, is the truth; the event only hints.
                if !self.cgroup_oom.contains_key(&id) {
                    self.count_oom(&id)
                }
            }
            Update::Runtime(RuntimeEvent::OomKillCount { id, total }) => {
                self.count_cgroup_oom(&id, total)
            }
            Update::Runtime(RuntimeEvent::Exited {
                id,
                exit_code,
                oom_killed,
            }) => self.count_termination(&id, exit_code, oom_killed),
            Update::RuntimeDown { error } => {
                self.runtime.up = false;
                self.runtime.last_error = Some(error);
            }
            Update::Images(images) => self.images = Some(images),
            Update::Specs { source, pods, up } => {
                let pods = pods.iter().cloned().map(Arc::new).collect();
                self.specs.insert(source, (pods, up));
            }
            Update::Journal { pod, evidence } => {
                // Only pods the agent knows: a log storm about unknown pods must not grow the
                // series without bound.
                if let Some(uid) = self.resolve(&pod) {
                    *self
                        .journal_counts
                        .entry(uid.clone())
                        .or_default()
                        .entry(evidence.reason.clone())
                        .or_default() += 1;
                    let list = self.journal.entry(uid).or_default();
                    if list.len() >= JOURNAL_PER_POD {
                        list.remove(0);
                    }
                    list.push(evidence);
                }
            }
            Update::NodeProblem(reason) => *self.node_problems.entry(reason).or_default() += 1,
            Update::Probe(report) => self.probes.record(&report),
        }
    }

    /// Counts an OOM kill once per container instance; the counter lives per pod and container
    /// name so that it survives the kubelet replacing the container.
    fn count_oom(&mut self, id: &ContainerId) {
        let Some(c) = self.containers.get(id) else {
            return;
        };
        if !self.oom_counted.insert(id.clone()) {
            return;
        }
        *self
            .oom_kills
            .entry((c.pod.uid.clone(), c.name.clone()))
            .or_default() += 1;
    }

    /// Adds what the cgroup's `oom_kill` total grew by since last seen. A container whose
    /// OOM kill was already counted from its exit state before the cgroup was read counts once.
    fn count_cgroup_oom(&mut self, id: &ContainerId, total: u64) {
        let Some(c) = self.containers.get(id) else {
            return;
        };
        let key = (c.pod.uid.clone(), c.name.clone());
        let before = match self.cgroup_oom.insert(id.clone(), total) {
            Some(before) => before,
            // First reading: an OOM kill already counted for this instance is part of `total`.
            None => u64::from(self.oom_counted.contains(id)),
        };
        self.oom_counted.insert(id.clone());
        if total > before {
            *self.oom_kills.entry(key).or_default() += total - before;
        }
    }

    /// One exit the runtime reported, by reason (bounded: OOMKilled, Completed, Error).
    fn count_termination(&mut self, id: &ContainerId, exit_code: i64, oom_killed: bool) {
        let Some(c) = self.containers.get(id) else {
            return;
        };
        if c.kind != ContainerKind::App {
            return;
        }
        let reason = termination_reason(exit_code, oom_killed);
        *self
            .terminations
            .entry((c.pod.uid.clone(), c.name.clone()))
            .or_default()
            .entry(reason)
            .or_default() += 1;
    }

    fn observe_restarts(&mut self) {
        for c in self.containers.values() {
            if c.kind != ContainerKind::App {
                continue;
            }
            let e = self
                .restarts
                .entry((c.pod.uid.clone(), c.name.clone()))
                .or_default();
            *e = (*e).max(u64::from(c.restart_count));
        }
    }

    /// Finds the uid of a known pod that a journal line mentions.
    fn resolve(&self, m: &PodMention) -> Option<String> {
        if let Some(id) = m.container_id.as_deref().filter(|id| id.len() >= 12) {
            if let Some(c) = self.containers.values().find(|c| c.id.0.starts_with(id)) {
                if !c.plain {
                    return Some(c.pod.uid.clone());
                }
            }
        }
        if let Some(uid) = &m.uid {
            if self.containers.values().any(|c| &c.pod.uid == uid) {
                return Some(uid.clone());
            }
        }
        let (ns, name) = (m.namespace.as_deref()?, m.name.as_deref()?);
        self.containers
            .values()
            .find(|c| c.pod.namespace == ns && c.pod.name == name)
            .map(|c| c.pod.uid.clone())
            .or_else(|| {
                self.all_specs()
                    .find(|p| {
                        p.metadata.namespace.as_deref().unwrap_or("default") == ns
                            && p.metadata.name.as_deref() == Some(name)
                    })
                    .map(spec_uid)
            })
    }

    fn all_specs(&self) -> impl Iterator<Item = &Pod> {
        self.specs
            .values()
            .flat_map(|(pods, _)| pods.iter().map(|p| p.as_ref()))
    }

    fn snapshot(&mut self, now: f64) -> Snapshot {
        // Group runtime containers by pod.
        let mut by_pod: BTreeMap<(String, String, String), Vec<&Container>> = BTreeMap::new();
        for c in self.containers.values() {
            by_pod
                .entry((
                    c.pod.namespace.clone(),
                    c.pod.name.clone(),
                    c.pod.uid.clone(),
                ))
                .or_default()
                .push(c);
        }
        // Join specs: by uid, else by namespace/name. Sources earlier in the map win ties;
        // a spec with no runtime containers yet is still a pod (Pending / ContainerCreating).
        let mut spec_by_uid: HashMap<String, Arc<Pod>> = HashMap::new();
        let mut spec_by_name: HashMap<(String, String), Arc<Pod>> = HashMap::new();
        for (pods, _) in self.specs.values() {
            for arc in pods {
                let p: &Pod = arc;
                let ns = p
                    .metadata
                    .namespace
                    .clone()
                    .unwrap_or_else(|| "default".into());
                if let Some(name) = p.metadata.name.clone() {
                    spec_by_name
                        .entry((ns, name))
                        .or_insert_with(|| arc.clone());
                }
                if let Some(uid) = p.metadata.uid.clone() {
                    spec_by_uid.entry(uid).or_insert_with(|| arc.clone());
                }
            }
        }
        let mut seen_specs: HashSet<(String, String)> = HashSet::new();
        let mut pods = Vec::with_capacity(by_pod.len());
        for ((ns, name, uid), mut containers) in by_pod {
            containers.sort_by(|a, b| {
                (
                    a.kind == ContainerKind::App,
                    &a.name,
                    a.attempt,
                    a.created_at.unwrap_or(0.0).to_bits(),
                )
                    .cmp(&(
                        b.kind == ContainerKind::App,
                        &b.name,
                        b.attempt,
                        b.created_at.unwrap_or(0.0).to_bits(),
                    ))
            });
            let spec = spec_by_uid
                .get(&uid)
                .or_else(|| spec_by_name.get(&(ns.clone(), name.clone())))
                .cloned();
            seen_specs.insert((ns.clone(), name.clone()));
            let pod = PodRef {
                namespace: ns,
                name,
                uid,
            };
            let owned: Vec<Container> = containers.into_iter().cloned().collect();
            pods.push(self.view(pod, owned, spec, now));
        }
        for ((ns, name), spec) in &spec_by_name {
            if seen_specs.contains(&(ns.clone(), name.clone())) {
                continue;
            }
            let pod = PodRef {
                namespace: ns.clone(),
                name: name.clone(),
                uid: spec_uid(spec),
            };
            pods.push(self.view(pod, Vec::new(), Some(spec.clone()), now));
        }
        pods.sort_by(|a, b| (&a.pod.namespace, &a.pod.name).cmp(&(&b.pod.namespace, &b.pod.name)));
        for p in &mut pods {
            if let Some(spec) = &p.spec {
                for cs in &spec.status.container_statuses {
                    if let Some(d) = self
                        .probes
                        .kubelet_disagreement(&p.pod, &cs.name, cs.ready, now)
                    {
                        p.kubelet_disagreement.insert(cs.name.clone(), d);
                    }
                }
            }
            self.crashloops.observe_pod(&p.pod.uid, &p.health, now);
            p.crashlooping = p
                .health
                .containers
                .iter()
                .filter(|c| !c.init)
                .map(|c| {
                    let looping = self.crashloops.is_crashlooping(&p.pod.uid, &c.name, now);
                    (c.name.clone(), looping)
                })
                .collect();
        }
        Snapshot {
            taken_at: now,
            synced: self.synced,
            runtime: self.runtime.clone(),
            sources: self
                .specs
                .iter()
                .map(|(source, (pods, up))| SourceStatus {
                    source,
                    up: *up,
                    pods: pods.len(),
                })
                .collect(),
            pods,
            node_problems: self.node_problems.clone(),
        }
    }

    fn view(
        &self,
        pod: PodRef,
        containers: Vec<Container>,
        spec: Option<Arc<Pod>>,
        now: f64,
    ) -> PodView {
        let journal = self.journal.get(&pod.uid).cloned().unwrap_or_default();
        let probes: Vec<ProbeEvidence> = self.probes.evidence(&pod.uid);
        let health = health::classify(&PodInput {
            pod: &pod,
            spec: spec.as_deref(),
            containers: &containers,
            runtime_up: self.runtime.up,
            journal: &journal,
            probes: &probes,
            images_present: self.images.as_ref(),
            now,
            config: &self.classify,
        });
        let crashlooping = BTreeMap::new(); // filled by `snapshot`, which may mutate
        let row = PodRow::new(&pod.namespace, &pod.name, &health);
        let sandbox = newest_sandbox(&containers);
        let pod_ip = sandbox
            .and_then(|s| s.ip)
            .map(|ip| ip.to_string())
            .or_else(|| spec.as_ref().and_then(|s| s.status.pod_ip.clone()));
        let host_network = sandbox.map(|s| s.host_network).unwrap_or_else(|| {
            spec.as_ref()
                .and_then(|s| s.spec.host_network)
                .unwrap_or(false)
        });
        let per_container = |m: &HashMap<ContainerKey, u64>| -> BTreeMap<String, u64> {
            m.iter()
                .filter(|((uid, _), _)| uid == &pod.uid)
                .map(|((_, c), v)| (c.clone(), *v))
                .collect()
        };
        PodView {
            created_at: containers
                .iter()
                .filter_map(|c| c.created_at)
                .reduce(f64::min),
            oom_kills: per_container(&self.oom_kills),
            terminations: self
                .terminations
                .iter()
                .filter(|((uid, _), _)| uid == &pod.uid)
                .map(|((_, c), v)| (c.clone(), v.clone()))
                .collect(),
            restarts: per_container(&self.restarts),
            pod_ip,
            host_network,
            health,
            containers,
            probe_series: self.probes.pod(&pod.uid).cloned().collect(),
            kubelet_disagreement: BTreeMap::new(),
            probes,
            journal,
            journal_events: self
                .journal_counts
                .get(&pod.uid)
                .cloned()
                .unwrap_or_default(),
            crashlooping,
            row,
            spec,
            pod,
        }
    }

    /// Hands the probe scheduler the probes of every pod with a spec, when they changed.
    fn publish_probe_targets(&self, snap: &Snapshot) {
        let Some(tx) = &self.probe_targets else {
            return;
        };
        let targets: Vec<ProbeTarget> = snap
            .pods
            .iter()
            .filter_map(|p| p.spec.as_ref().map(|spec| (p, spec)))
            .flat_map(|(p, spec)| crate::probe::targets_for_pod(&p.pod, spec, &p.containers, None))
            .collect();
        tx.send_if_modified(|current| {
            if current.as_slice() == targets.as_slice() {
                false
            } else {
                *current = Arc::new(targets);
                true
            }
        });
    }

    /// Forgets counters and evidence of pods that are gone from every input, so their series
    /// vanish at the next scrape and memory stays bounded.
    fn forget_gone(&mut self, snapshot: &Snapshot) {
        let live: HashSet<&str> = snapshot.pods.iter().map(|p| p.pod.uid.as_str()).collect();
        self.oom_kills
            .retain(|(uid, _), _| live.contains(uid.as_str()));
        self.restarts
            .retain(|(uid, _), _| live.contains(uid.as_str()));
        self.terminations
            .retain(|(uid, _), _| live.contains(uid.as_str()));
        self.journal.retain(|uid, _| live.contains(uid.as_str()));
        self.journal_counts
            .retain(|uid, _| live.contains(uid.as_str()));
        let gone: HashSet<String> = self
            .probes
            .iter()
            .map(|s| s.key.pod.uid.clone())
            .filter(|uid| !live.contains(uid.as_str()))
            .collect();
        for uid in gone {
            self.probes.remove_pod(&uid);
        }
        self.crashloops.retain_pods(|uid| live.contains(uid));
    }
}

fn oom_killed(c: &Container) -> bool {
    matches!(
        c.state,
        crate::model::RuntimeState::Exited {
            oom_killed: true,
            ..
        }
    ) || matches!(&c.state, crate::model::RuntimeState::Exited { reason: Some(r), .. } if r == "OOMKilled")
}

/// The bounded reason of one exit, as the kubelet names terminated states.
pub fn termination_reason(exit_code: i64, oom_killed: bool) -> &'static str {
    if oom_killed {
        "OOMKilled"
    } else if exit_code == 0 {
        "Completed"
    } else {
        "Error"
    }
}

fn newest_sandbox(containers: &[Container]) -> Option<&Container> {
    containers
        .iter()
        .filter(|c| c.kind == ContainerKind::Sandbox || c.plain)
        .max_by(|a, b| {
            (
                a.is_running(),
                a.attempt,
                a.created_at.unwrap_or(0.0).to_bits(),
            )
                .cmp(&(
                    b.is_running(),
                    b.attempt,
                    b.created_at.unwrap_or(0.0).to_bits(),
                ))
        })
}

/// A spec's uid, or a stable stand-in for static pods whose uid we cannot know.
fn spec_uid(p: &Pod) -> String {
    p.metadata.uid.clone().unwrap_or_else(|| {
        format!(
            "static:{}/{}",
            p.metadata.namespace.as_deref().unwrap_or("default"),
            p.metadata.name.as_deref().unwrap_or("")
        )
    })
}

/// The owner's handle for inputs, and the receiving end for readers.
pub struct StateHandle {
    pub updates: mpsc::Sender<Update>,
    pub snapshots: watch::Receiver<Arc<Snapshot>>,
}

/// Capacity of the update channel. Inputs wait when it is full (back-pressure rather than
/// loss): every update matters for counters, and the owner drains in batches.
pub const UPDATE_CHANNEL: usize = 4096;

/// Starts the owner task.
pub fn spawn(
    runtime: RuntimeStatus,
    classify: ClassifyConfig,
    probe_targets: Option<watch::Sender<Arc<Vec<ProbeTarget>>>>,
    cancel: CancellationToken,
) -> StateHandle {
    let (tx, rx) = mpsc::channel(UPDATE_CHANNEL);
    let (snap_tx, snap_rx) = watch::channel(Arc::new(Snapshot::empty(runtime.clone())));
    let state = NodeState {
        containers: HashMap::new(),
        runtime,
        synced: false,
        images: None,
        oom_counted: HashSet::new(),
        oom_kills: HashMap::new(),
        cgroup_oom: HashMap::new(),
        terminations: HashMap::new(),
        restarts: HashMap::new(),
        specs: BTreeMap::new(),
        journal: HashMap::new(),
        journal_counts: HashMap::new(),
        node_problems: BTreeMap::new(),
        probes: ProbeBook::new(),
        probe_targets,
        crashloops: CrashLoopTracker::new(classify.crashloop_reset_seconds),
        classify,
    };
    tokio::spawn(run(state, rx, snap_tx, cancel));
    StateHandle {
        updates: tx,
        snapshots: snap_rx,
    }
}

async fn run(
    mut state: NodeState,
    mut rx: mpsc::Receiver<Update>,
    snapshots: watch::Sender<Arc<Snapshot>>,
    cancel: CancellationToken,
) {
    // Time alone changes some verdicts (ages, back-off windows): republish now and then.
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = cancel.cancelled() => return,
            _ = tick.tick() => {}
            update = rx.recv() => {
                let Some(update) = update else { return };
                state.apply(update);
                // Drain what else is queued so a burst costs one snapshot.
                while let Ok(update) = rx.try_recv() {
                    state.apply(update);
                }
            }
        }
        let snap = state.snapshot(crate::time::now());
        state.forget_gone(&snap);
        state.publish_probe_targets(&snap);
        snapshots.send_replace(Arc::new(snap));
    }
}
