//! The owner's state and its incremental bookkeeping.
//!
//! Work in proportion to change: `apply` records an update and marks the pods it touches;
//! `flush` re-runs the join only when the set of instances or specs changed, derives only the
//! marked pods, recomputes probe targets only for pods whose spec or containers changed, and
//! publishes a snapshot that shares every other pod's `Arc<PodView>`. `tick` marks only the pods
//! whose verdict time alone can change.
//!
//! Every per-pod record lives in one `PodBook` per pod uid and every per-container record is
//! keyed by a container that exists: removing a pod (or a relist dropping a container) drops
//! them with it, so memory follows the node, not its history.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch;

use crate::health::crashloop::CrashLoopTracker;
use crate::health::diagnosis::Reason;
use crate::health::table::PodRow;
use crate::health::{self, ClassifyConfig, JournalEvidence, PodHealth, PodInput};
use crate::model::{Container, ContainerId, ContainerKind, PodRef, RuntimeEvent, RuntimeState};
use crate::pods::types::Pod;
use crate::pods::SourceKind;
use crate::probe::{ProbeBook, ProbeTarget};

use super::join::{self, Instance, Joined, SourceSpecs};
use super::key::PodUid;
use super::{PodMention, PodView, RuntimeStatus, Snapshot, SourceStatus, Update};

/// Journal evidence kept per pod for the diagnosis: the newest few are enough.
const JOURNAL_PER_POD: usize = 16;
/// Runtime lines that name a container the state does not hold yet wait at most this long, and
/// at most this many: a runtime's own line (`StartContainer for "<id>" returns successfully`) can
/// reach the journal reader before the runtime's event reaches the state.
const PENDING_MAX_AGE: Duration = Duration::from_secs(30);
const PENDING_MAX: usize = 256;
#[cfg(test)]
pub(super) const PENDING_LIMIT_FOR_TEST: usize = PENDING_MAX;

/// Everything counted or remembered about one pod. Dropped with the pod.
#[derive(Debug, Default)]
struct PodBook {
    /// OOM kills per container name (the cgroup's count where known).
    oom_kills: BTreeMap<String, u64>,
    /// Exits per container name, then reason.
    terminations: BTreeMap<String, BTreeMap<&'static str, u64>>,
    /// Highest restart count seen, per container name.
    restarts: BTreeMap<String, u64>,
    journal: Vec<JournalEvidence>,
    journal_events: BTreeMap<String, u64>,
    probes: ProbeBook,
}

/// What must be done again for a pod.
#[derive(Debug, Default, Clone, Copy)]
struct Dirty {
    /// Its containers, spec or join changed: targets and classification.
    structure: bool,
    /// Evidence the classifier reads changed (journal, runtime reachability, images, time).
    /// Without either flag only counters or probe series changed, and the classification runs
    /// again only if the probe evidence it reads differs.
    classify: bool,
}

impl Dirty {
    fn merge(&mut self, o: Dirty) {
        self.structure |= o.structure;
        self.classify |= o.classify;
    }
}

const STRUCTURE: Dirty = Dirty {
    structure: true,
    classify: true,
};
const CLASSIFY: Dirty = Dirty {
    structure: false,
    classify: true,
};
const VIEW: Dirty = Dirty {
    structure: false,
    classify: false,
};

/// One pod of the node: the join's decision and what was derived from it.
struct PodEntry {
    joined: Joined,
    /// Where the view sits in the snapshot order.
    order: (String, String, PodUid),
    view: Option<Arc<PodView>>,
    targets: Vec<ProbeTarget>,
    /// Time alone can change this pod's verdict (see `time_sensitive`).
    time_sensitive: bool,
    /// When the join first found this instance superseded.
    superseded_at: Option<f64>,
}

/// One source's specs, each wrapped once so that unchanged specs stay the same allocation.
struct SourceView {
    pods: Vec<Arc<Pod>>,
    up: bool,
}

/// Everything the owner knows. Private to the state: only the owner task touches it.
pub(super) struct NodeState {
    containers: BTreeMap<ContainerId, Container>,
    /// Runtime instances: container ids by the pod uid their labels carry.
    instances: HashMap<PodUid, Vec<ContainerId>>,
    runtime: RuntimeStatus,
    synced: bool,
    images: Option<HashSet<String>>,
    /// Container instances whose OOM kill was counted from their exit state.
    oom_counted: HashSet<ContainerId>,
    /// The last `oom_kill` total read from each container's cgroup.
    cgroup_oom: HashMap<ContainerId, u64>,
    specs: BTreeMap<SourceKind, SourceView>,
    books: HashMap<PodUid, PodBook>,
    pods: HashMap<PodUid, PodEntry>,
    /// Views in snapshot order (namespace, name, uid).
    views: BTreeMap<(String, String, PodUid), Arc<PodView>>,
    node_problems: BTreeMap<&'static str, u64>,
    crashloops: CrashLoopTracker,
    classify: ClassifyConfig,
    /// Where probe targets go; sent only when they change.
    probe_targets: Option<watch::Sender<Arc<Vec<ProbeTarget>>>>,
    dirty: HashMap<PodUid, Dirty>,
    /// Journal lines naming a container id no known container has yet (bounded, oldest first).
    pending_mentions: VecDeque<(Instant, PodMention, JournalEvidence)>,
    /// Instances or specs came or went: the join runs before the next derivation.
    rejoin: bool,
    targets_changed: bool,
    /// Pods whose views lag only in probe counters (a run that changed no verdict, streak or
    /// summary): derived at the next flush, which need not come at once.
    lazy: HashSet<PodUid>,
    /// Something since the last flush changes what a reader would conclude (anything but a
    /// lazy probe report): publish without waiting.
    urgent: bool,
}

impl NodeState {
    pub(super) fn new(
        runtime: RuntimeStatus,
        classify: ClassifyConfig,
        probe_targets: Option<watch::Sender<Arc<Vec<ProbeTarget>>>>,
    ) -> NodeState {
        NodeState {
            containers: BTreeMap::new(),
            instances: HashMap::new(),
            runtime,
            synced: false,
            images: None,
            oom_counted: HashSet::new(),
            cgroup_oom: HashMap::new(),
            specs: BTreeMap::new(),
            books: HashMap::new(),
            pods: HashMap::new(),
            views: BTreeMap::new(),
            node_problems: BTreeMap::new(),
            crashloops: CrashLoopTracker::new(classify.crashloop_reset_seconds),
            classify,
            probe_targets,
            dirty: HashMap::new(),
            pending_mentions: VecDeque::new(),
            rejoin: false,
            targets_changed: false,
            lazy: HashSet::new(),
            urgent: false,
        }
    }

    /// Whether the updates applied since the last flush must be published now; when false, only
    /// probe counters moved and the next tick publishes them (see `super::run`).
    pub(super) fn urgent(&self) -> bool {
        self.urgent
    }

    fn mark(&mut self, uid: &PodUid, d: Dirty) {
        match self.dirty.get_mut(uid) {
            Some(x) => x.merge(d),
            None => {
                self.dirty.insert(uid.clone(), d);
            }
        }
    }

    fn mark_all(&mut self, d: Dirty) {
        let uids: Vec<PodUid> = self.pods.keys().cloned().collect();
        for uid in uids {
            self.mark(&uid, d);
        }
    }

    pub(super) fn apply(&mut self, update: Update) {
        // Every update but a counter-only probe report is news to publish at once.
        let lazy_probe = matches!(&update, Update::Probe(_));
        self.urgent |= !lazy_probe;
        match update {
            Update::RuntimeSynced {
                containers,
                version,
            } => self.relist(containers, version),
            Update::Runtime(RuntimeEvent::Changed(c)) => {
                let exited_oom = oom_killed(&c);
                let id = c.id.clone();
                self.upsert(c);
                if exited_oom {
                    self.count_oom(&id);
                }
            }
            Update::Runtime(RuntimeEvent::Removed(id)) => self.remove_container(&id),
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
                if self.runtime.up {
                    self.mark_all(CLASSIFY);
                }
                self.runtime.up = false;
                self.runtime.last_error = Some(error);
            }
            Update::Images(images) => {
                if self.images.as_ref() != Some(&images) {
                    self.images = Some(images);
                    self.mark_all(CLASSIFY);
                }
            }
            Update::Specs { source, pods, up } => self.set_specs(source, &pods, up),
            Update::Journal { pod, evidence } => {
                // Only pods the agent knows: a log storm about unknown pods must not grow the
                // series without bound.
                match self.resolve(&pod) {
                    Some(uid) => self.record_journal(&uid, evidence),
                    None if pod.container_id.as_deref().is_some_and(|id| id.len() >= 12) => {
                        self.hold_mention(pod, evidence)
                    }
                    None => {}
                }
            }
            Update::NodeProblem(reason) => *self.node_problems.entry(reason).or_default() += 1,
            Update::Probe(report) => {
                // A worker may still report for a pod that just went: never bring it back.
                let uid = report.key.pod.uid.as_str();
                if let Some((uid, _)) = self.pods.get_key_value(uid) {
                    let uid = uid.clone();
                    let book = match self.books.get_mut(&uid) {
                        Some(b) => b,
                        None => self.books.entry(uid.clone()).or_default(),
                    };
                    let evidence_changed = book.probes.record(&report);
                    if evidence_changed || report.removed {
                        self.urgent = true;
                        self.mark(&uid, VIEW);
                    } else {
                        self.lazy.insert(uid);
                    }
                }
            }
        }
    }

    /// A full list replaces every container; only the differences mark pods.
    fn relist(&mut self, containers: Vec<Container>, version: String) {
        let mut fresh: BTreeMap<ContainerId, Container> =
            containers.into_iter().map(|c| (c.id.clone(), c)).collect();
        let gone: Vec<ContainerId> = self
            .containers
            .keys()
            .filter(|id| !fresh.contains_key(*id))
            .cloned()
            .collect();
        for id in &gone {
            self.remove_container(id);
        }
        let ids: Vec<ContainerId> = fresh.keys().cloned().collect();
        for id in ids {
            let Some(c) = fresh.remove(&id) else { continue };
            if self.containers.get(&id) == Some(&c) {
                continue;
            }
            // A container that already exited OOM-killed when we first saw it was killed all
            // the same; count it once, however often we relist.
            let exited_oom = oom_killed(&c);
            self.upsert(c);
            if exited_oom {
                self.count_oom(&id);
            }
        }
        if !self.runtime.up || !self.synced {
            self.mark_all(CLASSIFY);
        }
        self.runtime.up = true;
        self.runtime.version = version;
        self.runtime.last_error = None;
        self.synced = true;
    }

    fn upsert(&mut self, c: Container) {
        let uid = PodUid::new(&c.pod.uid);
        if c.kind == ContainerKind::App {
            let e = self
                .books
                .entry(uid.clone())
                .or_default()
                .restarts
                .entry(c.name.clone())
                .or_default();
            *e = (*e).max(u64::from(c.restart_count));
        }
        let id = c.id.clone();
        let mut c = c;
        if self.cgroup_oom.get(&id).is_some_and(|n| *n > 0) {
            mark_oom_exit(&mut c);
        }
        let old = self.containers.insert(id.clone(), c);
        let c = &self.containers[&id];
        match &old {
            Some(o) if o.pod.uid == c.pod.uid => {
                // Which instance of a name is current depends on these: the join decides again.
                if o.is_running() != c.is_running() || o.created_at != c.created_at {
                    self.rejoin = true;
                }
            }
            _ => {
                if let Some(o) = &old {
                    let before = PodUid::new(&o.pod.uid);
                    self.unlink(&before, &id);
                    self.mark(&before, STRUCTURE);
                }
                self.instances
                    .entry(uid.clone())
                    .or_default()
                    .push(id.clone());
                self.rejoin = true;
                self.release_mentions(&id);
            }
        }
        self.mark(&uid, STRUCTURE);
    }

    fn unlink(&mut self, uid: &PodUid, id: &ContainerId) {
        if let Some(ids) = self.instances.get_mut(uid) {
            ids.retain(|x| x != id);
            if ids.is_empty() {
                self.instances.remove(uid);
                self.rejoin = true;
            }
        }
    }

    fn remove_container(&mut self, id: &ContainerId) {
        self.oom_counted.remove(id);
        self.cgroup_oom.remove(id);
        if let Some(c) = self.containers.remove(id) {
            let uid = PodUid::new(&c.pod.uid);
            self.unlink(&uid, id);
            self.mark(&uid, STRUCTURE);
        }
    }

    /// Takes a source's whole view. Sources share unchanged pods between views, so a spec
    /// held by pointer is unchanged; an equal copy (a source that re-read everything) keeps the
    /// held allocation. A spec whose content changed but not its identity (uid, name, mirror
    /// hash, creation) cannot change the join: its pod takes the new spec without a rejoin.
    fn set_specs(&mut self, source: SourceKind, pods: &[Arc<Pod>], up: bool) {
        let old = self.specs.remove(&source);
        let held: &[Arc<Pod>] = old.as_ref().map(|o| o.pods.as_slice()).unwrap_or(&[]);
        let mut rejoin = held.len() != pods.len();
        let mut fresh = Vec::with_capacity(pods.len());
        let mut swaps: Vec<(Arc<Pod>, Arc<Pod>)> = Vec::new();
        let mut index: Option<HashMap<SpecKey<'_>, &Arc<Pod>>> = None;
        for (i, p) in pods.iter().enumerate() {
            // Sources send their pods in a stable order, so the pod held at the same position
            // is almost always this one: one event on a node of 1,000 pods then costs no index
            // of the 1,000 held ones.
            let same_place = held
                .get(i)
                .filter(|h| Arc::ptr_eq(h, p) || spec_key(h) == spec_key(p));
            let found = match same_place {
                Some(h) => Some(h),
                None => index
                    .get_or_insert_with(|| held.iter().map(|h| (spec_key(h), h)).collect())
                    .get(&spec_key(p))
                    .copied(),
            };
            match found {
                Some(h) if Arc::ptr_eq(h, p) || same_spec(h, p) => fresh.push(Arc::clone(h)),
                Some(h) if same_identity(h, p) => {
                    swaps.push((Arc::clone(h), Arc::clone(p)));
                    fresh.push(Arc::clone(p));
                }
                _ => {
                    rejoin = true;
                    fresh.push(Arc::clone(p));
                }
            }
        }
        drop(index);
        self.rejoin |= rejoin;
        self.specs.insert(source, SourceView { pods: fresh, up });
        for (before, after) in swaps {
            let hit = self.pods.iter_mut().find(|(_, e)| {
                e.joined
                    .spec
                    .as_ref()
                    .is_some_and(|s| Arc::ptr_eq(s, &before))
            });
            if let Some((uid, e)) = hit {
                e.joined.spec = Some(after);
                let uid = uid.clone();
                self.mark(&uid, STRUCTURE);
            }
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
        let uid = PodUid::new(&c.pod.uid);
        *self
            .books
            .entry(uid.clone())
            .or_default()
            .oom_kills
            .entry(c.name.clone())
            .or_default() += 1;
        self.mark(&uid, VIEW);
    }

    /// Adds what the cgroup's `oom_kill` total grew by since last seen. A container whose OOM
    /// kill was already counted from its exit state before the cgroup was read counts once.
    fn count_cgroup_oom(&mut self, id: &ContainerId, total: u64) {
        if !self.containers.contains_key(id) {
            return;
        }
        let before = match self.cgroup_oom.insert(id.clone(), total) {
            Some(before) => before,
            // First reading: an OOM kill already counted for this instance is part of `total`.
            None => u64::from(self.oom_counted.contains(id)),
        };
        self.oom_counted.insert(id.clone());
        if total > 0 {
            if let Some(c) = self.containers.get_mut(id) {
                if mark_oom_exit(c) {
                    let uid = PodUid::new(&c.pod.uid);
                    self.mark(&uid, STRUCTURE);
                }
            }
        }
        let Some(c) = self.containers.get(id) else {
            return;
        };
        if total > before {
            let uid = PodUid::new(&c.pod.uid);
            *self
                .books
                .entry(uid.clone())
                .or_default()
                .oom_kills
                .entry(c.name.clone())
                .or_default() += total - before;
            self.mark(&uid, VIEW);
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
        // The cgroup's count decides, as it does for the container's state (`mark_oom_exit`).
        let oom_killed =
            oom_killed || (exit_code != 0 && self.cgroup_oom.get(id).is_some_and(|n| *n > 0));
        let reason = super::termination_reason(exit_code, oom_killed);
        let uid = PodUid::new(&c.pod.uid);
        *self
            .books
            .entry(uid.clone())
            .or_default()
            .terminations
            .entry(c.name.clone())
            .or_default()
            .entry(reason)
            .or_default() += 1;
        self.mark(&uid, VIEW);
    }

    #[cfg(test)]
    pub(super) fn pending_len(&self) -> usize {
        self.pending_mentions.len()
    }

    fn record_journal(&mut self, uid: &PodUid, evidence: JournalEvidence) {
        let book = self.books.entry(uid.clone()).or_default();
        *book
            .journal_events
            .entry(evidence.reason.clone())
            .or_default() += 1;
        if book.journal.len() >= JOURNAL_PER_POD {
            book.journal.remove(0);
        }
        book.journal.push(evidence);
        self.mark(uid, CLASSIFY);
    }

    /// Keeps a line that names a container not known yet, until the container comes or the line
    /// ages out. Bounded in count and age, so a flood of ids no pod holds costs a fixed amount.
    fn hold_mention(&mut self, pod: PodMention, evidence: JournalEvidence) {
        let now = Instant::now();
        while self
            .pending_mentions
            .front()
            .is_some_and(|(at, _, _)| now.duration_since(*at) > PENDING_MAX_AGE)
        {
            self.pending_mentions.pop_front();
        }
        if self.pending_mentions.len() >= PENDING_MAX {
            self.pending_mentions.pop_front();
        }
        self.pending_mentions.push_back((now, pod, evidence));
    }

    /// A container came: the lines that were waiting for it reach its pod now.
    fn release_mentions(&mut self, id: &ContainerId) {
        if self.pending_mentions.is_empty() {
            return;
        }
        let now = Instant::now();
        let waiting = std::mem::take(&mut self.pending_mentions);
        for (at, pod, evidence) in waiting {
            if now.duration_since(at) > PENDING_MAX_AGE {
                continue;
            }
            let names_it = pod
                .container_id
                .as_deref()
                .is_some_and(|prefix| id.0.starts_with(prefix));
            match names_it.then(|| self.resolve(&pod)).flatten() {
                Some(uid) => self.record_journal(&uid, evidence),
                None => self.pending_mentions.push_back((at, pod, evidence)),
            }
        }
    }

    /// Finds the pod a journal line mentions: the holder of a named container, the uid, or the
    /// instance `kubectl` would mean by namespace/name.
    fn resolve(&self, m: &PodMention) -> Option<PodUid> {
        if let Some(prefix) = m.container_id.as_deref().filter(|id| id.len() >= 12) {
            let hit = self
                .containers
                .range(ContainerId(prefix.to_string())..)
                .next()
                .filter(|(id, _)| id.0.starts_with(prefix));
            if let Some((_, c)) = hit {
                if !c.plain {
                    return self
                        .pods
                        .get_key_value(c.pod.uid.as_str())
                        .map(|(k, _)| k.clone())
                        .or_else(|| Some(PodUid::new(&c.pod.uid)));
                }
            }
        }
        if let Some(uid) = &m.uid {
            if let Some((k, _)) = self.pods.get_key_value(uid.as_str()) {
                return Some(k.clone());
            }
            if self.instances.contains_key(uid.as_str()) {
                return Some(PodUid::new(uid));
            }
        }
        let (ns, name) = (m.namespace.as_deref()?, m.name.as_deref()?);
        let from = (ns.to_string(), name.to_string(), PodUid::new(""));
        self.views
            .range(from..)
            .take_while(|((n, p, _), _)| n == ns && p == name)
            .max_by_key(|(_, v)| (!v.superseded, v.spec.is_some()))
            .map(|((_, _, uid), _)| uid.clone())
    }

    /// Time alone changes some verdicts: mark only the pods where it can.
    pub(super) fn tick(&mut self) {
        let uids: Vec<PodUid> = self
            .pods
            .iter()
            .filter(|(_, e)| e.time_sensitive)
            .map(|(k, _)| k.clone())
            .collect();
        for uid in uids {
            self.mark(&uid, CLASSIFY);
        }
    }

    /// The join: instances and specs into pods. Pods that left drop every record about them.
    fn rejoin(&mut self) {
        self.rejoin = false;
        let mut refs: Vec<(&PodUid, &PodRef, bool, bool, f64, f64)> = Vec::new();
        for (uid, ids) in &self.instances {
            let mut cs = ids.iter().filter_map(|id| self.containers.get(id));
            let Some(first) = cs.next() else { continue };
            let (mut running, mut newest, mut plain) = (
                first.is_running(),
                first.created_at.unwrap_or(0.0),
                first.plain,
            );
            let mut created = newest;
            for c in cs {
                running |= c.is_running();
                let t = c.created_at.unwrap_or(0.0);
                newest = newest.max(t);
                created = created.min(t);
                plain &= c.plain;
            }
            refs.push((uid, &first.pod, plain, running, newest, created));
        }
        let instances: Vec<Instance<'_>> = refs
            .iter()
            .map(|&(uid, pod, plain, running, newest, created)| Instance {
                uid,
                pod,
                plain,
                running,
                newest,
                created,
            })
            .collect();
        let sources: Vec<SourceSpecs<'_>> = self
            .specs
            .iter()
            .map(|(kind, v)| SourceSpecs {
                manifests: *kind == SourceKind::Manifests,
                pods: &v.pods,
            })
            .collect();
        let mut joined = join::join(&instances, &sources);
        drop(instances);
        drop(refs);

        let gone: Vec<PodUid> = self
            .pods
            .keys()
            .filter(|k| !joined.contains_key(*k))
            .cloned()
            .collect();
        for uid in gone {
            self.forget(&uid);
        }
        for (uid, j) in joined.drain() {
            match self.pods.get_mut(&uid) {
                Some(e) if e.joined.same(&j) => {}
                Some(e) => {
                    e.joined = j;
                    self.mark(&uid, STRUCTURE);
                }
                None => {
                    let order = (j.pod.namespace.clone(), j.pod.name.clone(), uid.clone());
                    self.pods.insert(
                        uid.clone(),
                        PodEntry {
                            joined: j,
                            order,
                            view: None,
                            targets: Vec::new(),
                            time_sensitive: false,
                            superseded_at: None,
                        },
                    );
                    self.mark(&uid, STRUCTURE);
                }
            }
        }
        // Books opened for an instance that came and went within one batch.
        let pods = &self.pods;
        self.books.retain(|uid, _| pods.contains_key(uid));
    }

    /// Drops everything about a pod that is gone from every input: its series vanish at the next
    /// scrape and memory stays bounded.
    fn forget(&mut self, uid: &PodUid) {
        if let Some(e) = self.pods.remove(uid) {
            self.views.remove(&e.order);
            if !e.targets.is_empty() {
                self.targets_changed = true;
            }
        }
        self.books.remove(uid);
        self.dirty.remove(uid);
        self.lazy.remove(uid);
        self.crashloops.forget_pod(uid.as_str());
    }

    /// Applies the batch: join if needed, derive the marked pods, publish targets if they
    /// changed, and take the snapshot.
    pub(super) fn flush(&mut self, now: f64) -> Snapshot {
        self.urgent = false;
        for uid in std::mem::take(&mut self.lazy) {
            self.mark(&uid, VIEW);
        }
        if self.rejoin {
            self.rejoin();
        }
        let dirty: Vec<(PodUid, Dirty)> = self.dirty.drain().collect();
        for (uid, d) in dirty {
            self.derive(&uid, d, now);
        }
        if self.targets_changed {
            self.targets_changed = false;
            self.publish_probe_targets();
        }
        self.snapshot(now)
    }

    fn snapshot(&self, now: f64) -> Snapshot {
        Snapshot {
            taken_at: now,
            synced: self.synced,
            runtime: self.runtime.clone(),
            sources: self
                .specs
                .iter()
                .map(|(source, v)| SourceStatus {
                    source: source.as_str(),
                    up: v.up,
                    pods: v.pods.len(),
                })
                .collect(),
            pods: self.views.values().cloned().collect(),
            node_problems: self.node_problems.clone(),
        }
    }

    /// The containers of one instance, sandboxes first, then by name and attempt.
    fn containers_of(&self, uid: &PodUid) -> Vec<Container> {
        let mut out: Vec<Container> = self
            .instances
            .get(uid)
            .into_iter()
            .flatten()
            .filter_map(|id| self.containers.get(id).cloned())
            .collect();
        out.sort_by(|a, b| {
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
        out
    }

    /// Derives one pod's view again, doing only what `d` asks for.
    fn derive(&mut self, uid: &PodUid, d: Dirty, now: f64) {
        let Some(entry) = self.pods.get(uid) else {
            return;
        };
        let old = entry.view.clone();
        let containers = match (&old, d.structure) {
            (Some(v), false) => v.containers.clone(),
            _ => Arc::new(self.containers_of(uid)),
        };
        let pod = entry.joined.pod.clone();
        let spec = entry.joined.spec.clone();
        let superseded = entry.joined.superseded;
        let superseded_at = match (superseded, entry.superseded_at) {
            (false, _) => None,
            (true, Some(t)) => Some(t),
            (true, None) => Some(now),
        };

        let mut targets = None;
        if d.structure {
            let fresh = match &spec {
                Some(s) => crate::probe::targets_for_pod(&pod, s, &containers, None),
                None => Vec::new(),
            };
            if fresh != entry.targets {
                targets = Some(fresh);
            }
        }

        let book = self.books.entry(uid.clone()).or_default();
        let probes = book.probes.evidence(uid.as_str());
        let reuse = match &old {
            Some(v) if !d.structure && !d.classify && v.probes == probes => Some(v),
            _ => None,
        };
        let (health, row) = match reuse {
            Some(v) => (v.health.clone(), v.row.clone()),
            None => {
                let mut health = health::classify(&PodInput {
                    pod: &pod,
                    spec: spec.as_deref(),
                    containers: &containers,
                    runtime_up: self.runtime.up,
                    journal: &book.journal,
                    probes: &probes,
                    images_present: self.images.as_ref(),
                    now,
                    config: &self.classify,
                });
                if let Some(at) = superseded_at {
                    mark_superseded(&mut health, &containers, at);
                }
                self.crashloops.observe_pod(uid.as_str(), &health, now);
                let row = PodRow::new(&pod.namespace, &pod.name, &health);
                (Arc::new(health), row)
            }
        };

        let mut kubelet_disagreement = BTreeMap::new();
        let mut disagreeing = false;
        if let Some(s) = &spec {
            for cs in &s.status.container_statuses {
                if let Some(dis) = book
                    .probes
                    .kubelet_disagreement(&pod, &cs.name, cs.ready, now)
                {
                    let ours = probes
                        .iter()
                        .find(|p| p.container == cs.name && p.kind == health::ProbeKind::Readiness)
                        .and_then(|p| p.passing);
                    disagreeing |= ours.is_some_and(|o| o != cs.ready);
                    kubelet_disagreement.insert(cs.name.clone(), dis);
                }
            }
        }
        let crashlooping: BTreeMap<String, bool> = health
            .containers
            .iter()
            .filter(|c| !c.init)
            .map(|c| {
                let looping = self.crashloops.is_crashlooping(uid.as_str(), &c.name, now);
                (c.name.clone(), looping)
            })
            .collect();
        let time_sensitive = disagreeing || crashlooping.values().any(|l| *l) || !settled(&health);

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
        let view = PodView {
            created_at: containers
                .iter()
                .filter_map(|c| c.created_at)
                .reduce(f64::min),
            oom_kills: book.oom_kills.clone(),
            terminations: book.terminations.clone(),
            restarts: book.restarts.clone(),
            pod_ip,
            host_network,
            health,
            containers,
            probe_series: book.probes.iter().cloned().collect(),
            kubelet_disagreement,
            probes,
            journal: book.journal.clone(),
            journal_events: book.journal_events.clone(),
            crashlooping,
            row,
            superseded,
            spec,
            pod,
        };

        let Some(entry) = self.pods.get_mut(uid) else {
            return;
        };
        entry.superseded_at = superseded_at;
        entry.time_sensitive = time_sensitive;
        if let Some(t) = targets {
            entry.targets = t;
            self.targets_changed = true;
        }
        let order = (
            view.pod.namespace.clone(),
            view.pod.name.clone(),
            uid.clone(),
        );
        if order != entry.order {
            self.views.remove(&entry.order);
            entry.order = order.clone();
        }
        let view = Arc::new(view);
        entry.view = Some(view.clone());
        self.views.insert(order, view);
    }

    /// Hands the probe scheduler the probes of every pod with a spec, when they changed.
    fn publish_probe_targets(&self) {
        let Some(tx) = &self.probe_targets else {
            return;
        };
        let targets: Vec<ProbeTarget> = self
            .views
            .keys()
            .filter_map(|(_, _, uid)| self.pods.get(uid))
            .flat_map(|e| e.targets.iter().cloned())
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

    /// Sizes of every per-pod and per-container record, for the pruning tests.
    #[cfg(test)]
    pub(super) fn footprint(&self) -> Footprint {
        Footprint {
            containers: self.containers.len(),
            instances: self.instances.len(),
            oom_counted: self.oom_counted.len(),
            cgroup_oom: self.cgroup_oom.len(),
            books: self.books.len(),
            probe_series: self.books.values().map(|b| b.probes.len()).sum(),
            pods: self.pods.len(),
            views: self.views.len(),
            crashloops: self.crashloops.len(),
            dirty: self.dirty.len() + self.lazy.len(),
        }
    }
}

#[cfg(test)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Footprint {
    pub containers: usize,
    pub instances: usize,
    pub oom_counted: usize,
    pub cgroup_oom: usize,
    pub books: usize,
    pub probe_series: usize,
    pub pods: usize,
    pub views: usize,
    pub crashloops: usize,
    pub dirty: usize,
}

/// A pod whose verdict time cannot change: running with every container ready, or completed,
/// and not being deleted. Anything else (creating, backing off, terminating, failing a probe
/// below its threshold) is looked at again on every tick.
fn settled(h: &PodHealth) -> bool {
    h.deletion_timestamp.is_none()
        && ((h.status == "Running" && h.ready == h.total) || h.status == "Completed")
}

/// The old instance of a recreated pod: while any of its containers runs it is terminating (the
/// kubelet is tearing it down to start the new one); once they all stopped it shows how they
/// ended, until the runtime removes them.
fn mark_superseded(h: &mut PodHealth, containers: &[Container], at: f64) {
    if !containers.iter().any(Container::is_running) || h.deletion_timestamp.is_some() {
        return;
    }
    h.status = "Terminating".to_string();
    h.deletion_timestamp = Some(at);
    h.diagnosis.reason = Reason::Terminating;
    h.diagnosis.summary = "a newer instance of this pod replaced it".to_string();
    h.diagnosis
        .evidence
        .push("a current pod spec with this name has another uid".to_string());
}

/// The key a spec keeps across a source's views: uid, namespace, name.
type SpecKey<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>);

fn spec_key(p: &Pod) -> SpecKey<'_> {
    (
        p.metadata.uid.as_deref(),
        p.metadata.namespace.as_deref(),
        p.metadata.name.as_deref(),
    )
}

/// The same object: the API server's resourceVersion says so where both have one (no need to
/// compare the whole pod), else compare it.
fn same_spec(held: &Pod, fresh: &Pod) -> bool {
    match (
        held.metadata.resource_version.as_deref(),
        fresh.metadata.resource_version.as_deref(),
    ) {
        (Some(a), Some(b)) if !a.is_empty() => a == b,
        _ => held == fresh,
    }
}

/// Everything of a spec the join reads: the same here means the same join.
fn same_identity(a: &Pod, b: &Pod) -> bool {
    let (a, b) = (&a.metadata, &b.metadata);
    a.uid == b.uid
        && a.namespace == b.namespace
        && a.name == b.name
        && a.creation_timestamp == b.creation_timestamp
        && a.annotations.get(join::MIRROR_ANNOTATION) == b.annotations.get(join::MIRROR_ANNOTATION)
}

/// A container that exited non-zero from a memory cgroup whose kernel counted an OOM kill was
/// OOM-killed, whatever the runtime's flag says: containerd's CRI marks a container `OOMKilled`
/// on any OOM event of its cgroup, and dockerd's flag is lost when the exit overtakes its `oom`
/// event (the kernel's `memory.events` is the truth both go by). Returns whether it changed.
fn mark_oom_exit(c: &mut Container) -> bool {
    match &mut c.state {
        RuntimeState::Exited {
            exit_code,
            oom_killed,
            reason,
            ..
        } if *exit_code != 0 && !*oom_killed => {
            *oom_killed = true;
            if reason.as_deref() != Some("OOMKilled") {
                *reason = Some("OOMKilled".to_string());
            }
            true
        }
        _ => false,
    }
}

fn oom_killed(c: &Container) -> bool {
    matches!(
        c.state,
        RuntimeState::Exited {
            oom_killed: true,
            ..
        }
    ) || matches!(&c.state, RuntimeState::Exited { reason: Some(r), .. } if r == "OOMKilled")
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
