//! The probe scheduler: one task that owns the set of probe workers and keeps it equal to the
//! latest target set, and one small task per probe that ticks on the probe's own period.
//!
//! Scheduling rules: a worker's first tick is spread at random over one period while the
//! scheduler itself is young (the kubelet does the same after a restart), so a node full of pods
//! never probes in one burst; ticks never overlap (a slow probe delays the next tick instead of
//! stacking); every run takes a permit from a global semaphore, and exec runs also from a smaller
//! one (each exec is a process in a container). A startup probe that passes triggers the
//! container's readiness probe at once, as the kubelet's status update does.
//!
//! Reports go out on a bounded channel; when it is full the worker waits (backpressure), so a
//! verdict transition is never lost. Nothing here kills or restarts anything.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, watch, Notify, Semaphore};
use tokio::task::JoinHandle;
use tokio::time::{Instant, MissedTickBehavior};
use tokio_util::sync::CancellationToken;

use crate::model::ContainerId;
use crate::runtime::Runtime;

use super::worker::{Step, WorkerState};
use super::{
    exec, grpc, http, now_unix, tcp, truncate_utf8, Handler, ProbeKey, ProbeKind, ProbeReport,
    ProbeResult, ProbeRun, ProbeTarget, TargetContainer, Verdict, MAX_PROBE_ATTEMPTS,
    REPORT_OUTPUT_LIMIT,
};

/// Probe settings from the agent's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeConfig {
    /// Run exec probes (off = read-only mode: nothing is ever executed in a container).
    pub exec_enabled: bool,
    /// Run HTTP/TCP probes whose spec names a `host` other than the pod's own IP.
    pub foreign_hosts_enabled: bool,
    /// Probes running at once, all handlers together.
    pub max_concurrent: usize,
    /// Exec probes running at once (a subset of `max_concurrent`).
    pub max_concurrent_exec: usize,
    /// Spread first probes over one period while the scheduler is young, and whenever many
    /// probes appear at once (the first pod list arriving late, a node full of pods rescheduled).
    pub startup_jitter: bool,
}

impl Default for ProbeConfig {
    fn default() -> Self {
        ProbeConfig {
            exec_enabled: true,
            foreign_hosts_enabled: true,
            max_concurrent: 256,
            max_concurrent_exec: 8,
            startup_jitter: true,
        }
    }
}

/// Why a target is not run; label for `podpulse_skipped_total{kind}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DisabledReason {
    ExecDisabled,
    ForeignHostDisabled,
}

impl DisabledReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DisabledReason::ExecDisabled => "probe_exec_disabled",
            DisabledReason::ForeignHostDisabled => "probe_foreign_host_disabled",
        }
    }
}

/// Whether the configuration switches this target off.
pub fn disabled_reason(target: &ProbeTarget, cfg: &ProbeConfig) -> Option<DisabledReason> {
    let foreign = |host: &Option<String>| match host {
        Some(h) if !h.is_empty() => {
            let own = target.pod_ip.map(|ip| ip.to_string());
            own.as_deref() != Some(h.trim_start_matches('[').trim_end_matches(']'))
        }
        _ => false,
    };
    match &target.spec.handler {
        Handler::Exec { .. } if !cfg.exec_enabled => Some(DisabledReason::ExecDisabled),
        Handler::Http(get) if !cfg.foreign_hosts_enabled && foreign(&get.host) => {
            Some(DisabledReason::ForeignHostDisabled)
        }
        Handler::Tcp { host, .. } if !cfg.foreign_hosts_enabled && foreign(host) => {
            Some(DisabledReason::ForeignHostDisabled)
        }
        _ => None,
    }
}

/// A container's startup state, shared by its three workers.
struct Gate {
    /// The startup worker's verdict and the container it belongs to.
    state: Mutex<Option<(ContainerId, Verdict)>>,
    /// Fired when the startup probe passes, so readiness runs at once.
    passed: Notify,
}

impl Gate {
    fn started(&self, id: &ContainerId) -> bool {
        match self.state.lock() {
            Ok(g) => matches!(&*g, Some((gid, Verdict::Success)) if gid == id),
            Err(p) => matches!(&*p.into_inner(), Some((gid, Verdict::Success)) if gid == id),
        }
    }

    fn set(&self, id: Option<&ContainerId>, verdict: Verdict) {
        let new = id.map(|i| (i.clone(), verdict));
        let mut g = match self.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        let became_started = verdict == Verdict::Success && *g != new;
        *g = new;
        drop(g);
        if became_started {
            self.passed.notify_waiters();
        }
    }
}

struct Shared {
    runtime: Arc<dyn Runtime>,
    global: Semaphore,
    exec: Semaphore,
    tx: mpsc::Sender<ProbeReport>,
    started: Instant,
    jitter: bool,
    shutdown: CancellationToken,
}

struct WorkerHandle {
    spec: Arc<super::ProbeSpec>,
    target_tx: watch::Sender<ProbeTarget>,
    token: CancellationToken,
    announce_removal: Arc<AtomicBool>,
    join: JoinHandle<()>,
}

type GateKey = (String, String);

/// More new probes than this in one target-set update are started spread over their period.
const BURST: usize = 8;

/// Runs probes for the latest target set until `cancel` fires or the target sender is dropped.
///
/// `targets` carries the complete set (every pod, every probe); the scheduler diffs it against
/// its workers: new keys start a worker, vanished keys stop theirs (with a final report whose
/// `removed` is true), changed container/IP/deletion state is handed to the running worker, and
/// a changed probe spec restarts the worker. Targets switched off by `cfg` are not run.
pub async fn run_scheduler(
    mut targets: watch::Receiver<Arc<Vec<ProbeTarget>>>,
    runtime: Arc<dyn Runtime>,
    cfg: ProbeConfig,
    tx: mpsc::Sender<ProbeReport>,
    cancel: CancellationToken,
) {
    let shared = Arc::new(Shared {
        runtime,
        global: Semaphore::new(cfg.max_concurrent.max(1)),
        exec: Semaphore::new(cfg.max_concurrent_exec.max(1)),
        tx,
        started: Instant::now(),
        jitter: cfg.startup_jitter,
        shutdown: cancel.clone(),
    });
    let mut workers: HashMap<Arc<ProbeKey>, WorkerHandle> = HashMap::new();
    let mut gates: HashMap<GateKey, Arc<Gate>> = HashMap::new();
    loop {
        let set = targets.borrow_and_update().clone();
        apply(&shared, &cfg, &set, &mut workers, &mut gates);
        tokio::select! {
            _ = cancel.cancelled() => break,
            changed = targets.changed() => {
                if changed.is_err() {
                    break;
                }
            }
        }
    }
    for (_, w) in workers.drain() {
        w.token.cancel();
        // Workers end at their next await; no need to wait for them.
        drop(w.join);
    }
    tracing::debug!("probe scheduler stopped");
}

fn apply(
    shared: &Arc<Shared>,
    cfg: &ProbeConfig,
    set: &[ProbeTarget],
    workers: &mut HashMap<Arc<ProbeKey>, WorkerHandle>,
    gates: &mut HashMap<GateKey, Arc<Gate>>,
) {
    let mut wanted: HashMap<&Arc<ProbeKey>, &ProbeTarget> = HashMap::with_capacity(set.len());
    for t in set {
        if let Some(reason) = disabled_reason(t, cfg) {
            tracing::trace!(pod = %t.key.pod.name, container = %t.key.container, kind = %t.key.kind, reason = reason.as_str(), "probe switched off by configuration");
            continue;
        }
        wanted.insert(&t.key, t);
    }
    // Stop the workers whose target left the set.
    workers.retain(|key, w| {
        if wanted.contains_key(key) {
            return true;
        }
        w.announce_removal.store(true, Ordering::Relaxed);
        w.token.cancel();
        if w.join.is_finished() {
            // A worker that already stopped (deleted pod, terminated container) cannot announce
            // its own removal.
            let report = removed_report(key.clone(), &w.spec);
            let tx = shared.tx.clone();
            tokio::spawn(async move {
                let _ = tx.send(report).await;
            });
        }
        false
    });
    // Gates for every container that has a startup probe.
    let mut live_gates: HashMap<GateKey, ()> = HashMap::new();
    for t in wanted.values() {
        if t.key.kind == ProbeKind::Startup || t.gated_by_startup {
            let gk = (t.key.pod.uid.clone(), t.key.container.clone());
            gates.entry(gk.clone()).or_insert_with(|| {
                Arc::new(Gate {
                    state: Mutex::new(None),
                    passed: Notify::new(),
                })
            });
            live_gates.insert(gk, ());
        }
    }
    gates.retain(|k, _| live_gates.contains_key(k));

    let new_workers = wanted.keys().filter(|k| !workers.contains_key(**k)).count();
    let burst = new_workers > BURST;
    for (key, t) in wanted {
        if let Some(w) = workers.get(key) {
            if w.spec == t.spec || *w.spec == *t.spec {
                w.target_tx.send_if_modified(|cur| {
                    if cur != t {
                        *cur = t.clone();
                        true
                    } else {
                        false
                    }
                });
                continue;
            }
            // Probes are immutable in a pod spec; a different spec is a different probe.
            if let Some(old) = workers.remove(key) {
                old.token.cancel();
            }
        }
        let gate = if t.key.kind == ProbeKind::Startup || t.gated_by_startup {
            gates
                .get(&(t.key.pod.uid.clone(), t.key.container.clone()))
                .cloned()
        } else {
            None
        };
        let (target_tx, target_rx) = watch::channel(t.clone());
        let token = shared.shutdown.child_token();
        let announce = Arc::new(AtomicBool::new(false));
        let jitter = shared.jitter && (burst || shared.started.elapsed() < t.spec.timing.period);
        let join = tokio::spawn(worker(
            shared.clone(),
            jitter,
            target_rx,
            gate,
            token.clone(),
            announce.clone(),
        ));
        workers.insert(
            key.clone(),
            WorkerHandle {
                spec: t.spec.clone(),
                target_tx,
                token,
                announce_removal: announce,
                join,
            },
        );
    }
}

fn removed_report(key: Arc<ProbeKey>, spec: &super::ProbeSpec) -> ProbeReport {
    ProbeReport {
        handler: spec.handler.kind(),
        verdict: Verdict::initial(key.kind),
        key,
        container_id: None,
        run: None,
        duration: Duration::ZERO,
        consecutive_successes: 0,
        consecutive_failures: 0,
        success_threshold: spec.timing.success_threshold,
        failure_threshold: spec.timing.failure_threshold,
        period: spec.timing.period,
        timestamp: now_unix(),
        removed: true,
    }
}

fn started(target: &ProbeTarget, gate: Option<&Gate>) -> bool {
    match (&target.container, gate) {
        (TargetContainer::Running { id, .. }, Some(g)) => g.started(id),
        (TargetContainer::Running { .. }, None) => !target.gated_by_startup,
        _ => false,
    }
}

async fn worker(
    shared: Arc<Shared>,
    jitter: bool,
    mut rx: watch::Receiver<ProbeTarget>,
    gate: Option<Arc<Gate>>,
    token: CancellationToken,
    announce: Arc<AtomicBool>,
) {
    let first = rx.borrow_and_update().clone();
    let key = first.key.clone();
    let spec = first.spec.clone();
    // Specs carry whole seconds ≥ 1; the floor only guards a hand-built zero period.
    let period = spec.timing.period.max(Duration::from_millis(10));
    if jitter {
        let delay = period.mul_f64(fastrand::f64());
        tokio::select! {
            _ = token.cancelled() => return finish(&shared, &key, &spec, &announce).await,
            _ = tokio::time::sleep(delay) => {}
        }
    }
    let mut ticker = tokio::time::interval(period);
    ticker.set_missed_tick_behavior(MissedTickBehavior::Delay);
    ticker.tick().await;
    let mut state = WorkerState::new(key.kind);
    let mut last_shown: Option<(Option<ContainerId>, Verdict)> = None;
    let readiness_trigger = key.kind == ProbeKind::Readiness;
    loop {
        let target = rx.borrow_and_update().clone();
        let is_started = started(&target, gate.as_deref());
        let step = state.before(&target, is_started, now_unix());
        let mut run: Option<ProbeRun> = None;
        let mut duration = Duration::ZERO;
        if step == Step::Probe {
            let outcome = tokio::select! {
                _ = token.cancelled() => None,
                r = run_with_retries(&shared, &target) => Some(r),
            };
            let Some((r, d)) = outcome else { break };
            state.after(r.result, &spec.timing);
            duration = d;
            run = Some(r);
        }
        if key.kind == ProbeKind::Startup {
            if let Some(g) = &gate {
                g.set(state.container_id(), state.verdict());
            }
        }
        let shown = (state.container_id().cloned(), state.verdict());
        if run.is_some() || last_shown.as_ref() != Some(&shown) {
            let (succ, fail) = state.consecutive();
            let report = ProbeReport {
                key: key.clone(),
                handler: spec.handler.kind(),
                container_id: shown.0.clone(),
                run: run.map(|mut r| {
                    r.output = truncate_utf8(r.output, REPORT_OUTPUT_LIMIT);
                    r
                }),
                duration,
                consecutive_successes: succ,
                consecutive_failures: fail,
                verdict: shown.1,
                success_threshold: spec.timing.success_threshold,
                failure_threshold: spec.timing.failure_threshold,
                period: spec.timing.period,
                timestamp: now_unix(),
                removed: false,
            };
            last_shown = Some(shown);
            tokio::select! {
                _ = token.cancelled() => break,
                r = shared.tx.send(report) => if r.is_err() { return },
            }
        }
        if step == Step::Stop {
            // Like the kubelet's worker: done for good. The scheduler keeps the finished handle
            // so the target is not restarted while it stays in the set.
            return;
        }
        let trigger = async {
            match (&gate, readiness_trigger) {
                (Some(g), true) => g.passed.notified().await,
                _ => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = token.cancelled() => break,
            _ = ticker.tick() => {}
            _ = trigger => ticker.reset(),
        }
    }
    finish(&shared, &key, &spec, &announce).await;
}

async fn finish(
    shared: &Shared,
    key: &Arc<ProbeKey>,
    spec: &super::ProbeSpec,
    announce: &AtomicBool,
) {
    if announce.load(Ordering::Relaxed) && !shared.shutdown.is_cancelled() {
        let _ = shared.tx.send(removed_report(key.clone(), spec)).await;
    }
}

/// The kubelet's `runProbeWithRetries`: an error is retried up to three times in all.
async fn run_with_retries(shared: &Shared, target: &ProbeTarget) -> (ProbeRun, Duration) {
    let mut total = Duration::ZERO;
    let mut last = None;
    for _ in 0..MAX_PROBE_ATTEMPTS {
        let (run, took) = run_once(shared, target).await;
        total += took;
        let retry = run.result == ProbeResult::Error
            && !matches!(target.spec.handler, Handler::Invalid { .. });
        last = Some(run);
        if !retry {
            break;
        }
    }
    let run = last.unwrap_or_else(|| ProbeRun::new(ProbeResult::Error, "not run", "not run"));
    (run, total)
}

async fn run_once(shared: &Shared, target: &ProbeTarget) -> (ProbeRun, Duration) {
    let timeout = target.spec.timing.timeout;
    let is_exec = matches!(target.spec.handler, Handler::Exec { .. });
    // Permits are held only while the handler runs; the semaphores are never closed.
    let _global = shared.global.acquire().await.ok();
    let _exec = if is_exec {
        shared.exec.acquire().await.ok()
    } else {
        None
    };
    let start = Instant::now();
    let run = match &target.spec.handler {
        Handler::Exec { command } => match &target.container {
            TargetContainer::Running { id, .. } => {
                exec::probe(shared.runtime.as_ref(), id, command, timeout).await
            }
            _ => ProbeRun::new(
                ProbeResult::Error,
                "container not running",
                "exec: container not running",
            ),
        },
        Handler::Http(get) => http::probe(get, target.pod_ip, timeout).await,
        Handler::Tcp { host, port } => {
            tcp::probe(host.as_deref(), target.pod_ip, *port, timeout).await
        }
        Handler::Grpc { port, service } => {
            grpc::probe(target.pod_ip, *port, service, timeout).await
        }
        Handler::Invalid { error, .. } => ProbeRun::new(
            ProbeResult::Error,
            format!("invalid probe: {error}"),
            format!("invalid probe: {error}"),
        ),
    };
    (run, start.elapsed())
}
