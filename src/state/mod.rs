//! The node state: one owner task applies typed updates from every input (runtime, spec
//! sources, journal, probes) and publishes an immutable `Snapshot` after each batch.
//!
//! Readers (the HTTP server, metrics) only ever see a whole snapshot through a `watch` channel:
//! no lock is shared with the inputs and nothing blocks an input on a slow scrape. The owner does
//! no I/O; classification is the pure `health::classify`.
//!
//! Layout: [`key`] is the pod identity (a pod is its uid), [`join`] the one rule set that joins
//! runtime instances and specs into pods, `node` the incremental owner: an update marks the pods
//! it touches, only those are derived again, and a snapshot shares every unchanged pod (`Arc`).
//!
//! Publishing: every update is published at once, except a probe run that changed nothing the
//! classifier reads (a passing probe passing again): its counters show with the next tick, at
//! most [`TICK`] later. A verdict, a failure streak or a new message is never delayed.

mod join;
pub mod key;
mod node;

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::{mpsc, watch};
use tokio_util::sync::CancellationToken;

use crate::health::table::PodRow;
use crate::health::{ClassifyConfig, JournalEvidence, PodHealth, ProbeEvidence};
use crate::model::{Container, PodRef, RuntimeEvent, RuntimeKind};
use crate::pods::types::Pod;
use crate::probe::{ProbeSeries, ProbeTarget};

pub use join::MIRROR_ANNOTATION;
pub use key::{PodName, PodUid};

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
        source: crate::pods::SourceKind,
        pods: Arc<Vec<Arc<Pod>>>,
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
    /// Shared with the previous view while the classification holds (a probe counter moving
    /// re-derives the pod without copying it).
    pub health: Arc<PodHealth>,
    /// Runtime containers of the pod (sandboxes and every attempt still present); shared with
    /// the previous view until the pod's containers change.
    pub containers: Arc<Vec<Container>>,
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
    /// A current spec gives this pod's namespace/name to another instance (a pod recreated under
    /// its name): this is the old instance, terminating or terminated until its containers go.
    pub superseded: bool,
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
    /// Every pod, by namespace, name and uid. Shared with the owner: a pod that did not change
    /// since the last snapshot is the same allocation.
    pub pods: Vec<Arc<PodView>>,
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

    /// The pod `namespace/name` as `kubectl` means it: the instance the current spec names. When
    /// a pod was recreated under its name and the old instance is still there, that is the new
    /// one; without a spec, the instance not superseded.
    pub fn pod(&self, namespace: &str, name: &str) -> Option<&PodView> {
        let start = self.pods.partition_point(|p| {
            (p.pod.namespace.as_str(), p.pod.name.as_str()) < (namespace, name)
        });
        self.pods[start..]
            .iter()
            .take_while(|p| p.pod.namespace == namespace && p.pod.name == name)
            .map(Arc::as_ref)
            .max_by_key(|p| (!p.superseded, p.spec.is_some()))
    }

    /// The pod with this uid (every instance is addressable, superseded ones included).
    pub fn pod_by_uid(&self, uid: &str) -> Option<&PodView> {
        self.pods.iter().map(Arc::as_ref).find(|p| p.pod.uid == uid)
    }
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
    let state = node::NodeState::new(runtime, classify, probe_targets);
    tokio::spawn(run(state, rx, snap_tx, cancel));
    StateHandle {
        updates: tx,
        snapshots: snap_rx,
    }
}

/// How often time alone may change a verdict (ages, back-off windows, grace periods). Also the
/// longest a probe run that changed no verdict waits to show in the counters: on a node of
/// hundreds of probes, publishing every such run at once would re-derive a pod and take a
/// snapshot per probe, the largest part of the agent's cost.
const TICK: Duration = Duration::from_secs(2);

/// Ticks until freed heap pages are first handed back (start-up's transient buffers: the first
/// relist, the spec sources' first views), then how many ticks apart.
const TRIM_FIRST: u32 = 5;
const TRIM_EVERY: u32 = 30;

/// Hands the allocator's whole free pages back to the kernel. glibc keeps freed memory in its
/// heap (a relist's or a large scrape's transient buffers) unless it sits at the very top, and
/// RSS counts it for good; `malloc_trim` returns free pages from anywhere in the heap. It walks
/// only the allocator's free lists: tens of microseconds on this heap, once a minute.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim_heap() {
    // SAFETY: takes no pointer; glibc locks its own arenas.
    #[allow(unsafe_code)]
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim_heap() {}

async fn run(
    mut state: node::NodeState,
    mut rx: mpsc::Receiver<Update>,
    snapshots: watch::Sender<Arc<Snapshot>>,
    cancel: CancellationToken,
) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut ticks: u32 = 0;
    loop {
        tokio::select! {
            _ = cancel.cancelled() => return,
            _ = tick.tick() => {
                state.tick();
                ticks = ticks.wrapping_add(1);
                if ticks == TRIM_FIRST || ticks.is_multiple_of(TRIM_EVERY) {
                    trim_heap();
                }
            }
            update = rx.recv() => {
                let Some(update) = update else { return };
                state.apply(update);
                // Drain what else is queued so a burst costs one snapshot.
                while let Ok(update) = rx.try_recv() {
                    state.apply(update);
                }
                if !state.urgent() {
                    // Only probe counters moved: the next tick publishes them.
                    continue;
                }
            }
        }
        let snap = state.flush(crate::time::now());
        snapshots.send_replace(Arc::new(snap));
    }
}

#[cfg(test)]
mod tests;
