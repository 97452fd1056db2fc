//! The probe scheduler: one task that owns the set of probe workers and keeps it equal to the
//! latest target set, and one small task per probe that ticks on the probe's own period.
//!
//! Scheduling rules: a worker's first tick is spread at random over one period while the scheduler
//! itself is young (the kubelet does the same after a restart), so a node full of pods never probes
//! in one burst. Starts fall on a grid of a tenth of the period (100 ms to 1 s), so that the probes
//! of a busy node wake the agent together rather than one by one. Each probe has exactly one run in
//! flight at most, as the kubelet's per-probe worker (`worker.go`) has, and nothing else: no slot,
//! semaphore or queue is shared between probes, so one pod's slow probe can never hold back another
//! pod's. A tick that comes while the probe's previous run is still in flight could not start on
//! time: it is counted ([`ProbeReport::skipped`], `podpulse_probe_skipped_total`), reported while
//! the run lasts (every 5 periods, at most 5 s apart), and the probe runs again as soon as that run
//! ends (Go's ticker keeps one missed tick), back on its period after that. A startup probe that
//! passes triggers the container's readiness probe at once, as the kubelet's status update does.
//!
//! No global bound on execs either, deliberately: the kubelet has none, and a bound that slow
//! probes can fill is exactly how 8 `sleep 600` exec probes stopped every other pod's probes.
//! Concurrent execs are bounded the kubelet's way, by the probes on the node (one each), and each
//! lasts at most its own `timeoutSeconds`.
//!
//! Reports go out on a bounded channel; when it is full the worker waits (backpressure), so a
//! verdict transition is never lost. Nothing here kills or restarts anything.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, watch, Notify};
use tokio::task::JoinHandle;
use tokio::time::{Instant, MissedTickBehavior};
use tokio_util::sync::CancellationToken;

use crate::model::ContainerId;
use crate::runtime::Runtime;

use super::worker::{Step, WorkerState};
use super::{
    exec, grpc, http, now_unix, tcp, Handler, ProbeKey, ProbeKind, ProbeReport, ProbeResult,
    ProbeRun, ProbeSpec, ProbeTarget, TargetContainer, Verdict, MAX_PROBE_ATTEMPTS,
};

/// Probe settings from the agent's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeConfig {
    /// Run exec probes (off = read-only mode: nothing is ever executed in a container).
    pub exec_enabled: bool,
    /// Run HTTP/TCP probes whose spec names a `host` other than the pod's own IP.
    pub foreign_hosts_enabled: bool,
    /// Spread first probes over one period while the scheduler is young, and whenever many
    /// probes appear at once (the first pod list arriving late, a node full of pods rescheduled).
    pub startup_jitter: bool,
}

impl Default for ProbeConfig {
    fn default() -> Self {
        ProbeConfig {
            exec_enabled: true,
            foreign_hosts_enabled: true,
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

/// Probe starts fall on a grid (from the scheduler's start) whose step grows with the probe's
/// period: 100 ms under 5 s, 500 ms under 10 s, 1 s from 10 s on. Periods are whole seconds, so
/// a probe stays on its grid, and the steps nest (every 1 s instant is also a 500 ms and a
/// 100 ms one), so probes of different periods share wake-ups too. On a node of hundreds of
/// probes the wake-ups cost more than the probes' own work: 44 probes a second with 10 s
/// periods wake the agent once a second instead of ten times. A start moves by less than a
/// tenth of the period, far inside the kubelet's own jitter (a random delay of up to one
/// period before the first probe).
fn slot_for(period: Duration) -> Duration {
    if period >= Duration::from_secs(10) {
        Duration::from_secs(1)
    } else if period >= Duration::from_secs(5) {
        Duration::from_millis(500)
    } else {
        Duration::from_millis(100)
    }
}

/// The first instant of the `slot` grid at or after `at`.
fn on_slot(origin: Instant, at: Instant, slot: Duration) -> Instant {
    let since = at.saturating_duration_since(origin).as_nanos();
    let step = slot.as_nanos().max(1);
    let slots = since.div_ceil(step);
    let offset = u64::try_from(slots * step).unwrap_or(u64::MAX);
    origin + Duration::from_nanos(offset)
}

/// While a run overruns, its missed starts are reported at most once per this many periods
/// (and at most every [`SKIP_REPORT_MAX`]): the counter keeps moving, and a node of hung
/// probes does not send the state owner a report per probe per period.
const SKIP_REPORT_PERIODS: u32 = 5;
const SKIP_REPORT_MAX: Duration = Duration::from_secs(5);

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

fn removed_report(key: Arc<ProbeKey>, spec: &ProbeSpec) -> ProbeReport {
    ProbeReport {
        handler: spec.handler.kind(),
        verdict: Verdict::initial(key.kind),
        key,
        container_id: None,
        run: None,
        duration: Duration::ZERO,
        skipped: 0,
        consecutive_successes: 0,
        consecutive_failures: 0,
        success_threshold: spec.timing.success_threshold,
        failure_threshold: spec.timing.failure_threshold,
        period: spec.timing.period,
        timestamp: now_unix(),
        removed: true,
    }
}

/// A worker's report of its current state, with the run it just finished (if any) and the
/// starts it missed since its last report.
fn state_report(
    key: &Arc<ProbeKey>,
    spec: &ProbeSpec,
    state: &WorkerState,
    run: Option<ProbeRun>,
    duration: Duration,
    skipped: u64,
) -> ProbeReport {
    let (succ, fail) = state.consecutive();
    ProbeReport {
        key: key.clone(),
        handler: spec.handler.kind(),
        container_id: state.container_id().cloned(),
        run,
        duration,
        skipped,
        consecutive_successes: succ,
        consecutive_failures: fail,
        verdict: state.verdict(),
        success_threshold: spec.timing.success_threshold,
        failure_threshold: spec.timing.failure_threshold,
        period: spec.timing.period,
        timestamp: now_unix(),
        removed: false,
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
    let delay = if jitter {
        period.mul_f64(fastrand::f64())
    } else {
        Duration::ZERO
    };
    let first = on_slot(shared.started, Instant::now() + delay, slot_for(period));
    let mut ticker = tokio::time::interval_at(first, period);
    // Ticks stay on the probe's own grid; the ones that fall inside a run are taken (and
    // counted) while the run lasts, see below.
    ticker.set_missed_tick_behavior(MissedTickBehavior::Skip);
    tokio::select! {
        _ = token.cancelled() => return finish(&shared, &key, &spec, &announce).await,
        _ = ticker.tick() => {}
    }
    let mut state = WorkerState::new(key.kind);
    let mut last_shown: Option<(Option<ContainerId>, Verdict)> = None;
    let readiness_trigger = key.kind == ProbeKind::Readiness;
    // Starts missed and not yet reported (a full channel defers them, never drops them).
    let mut skipped: u64 = 0;
    let skip_report_every = (period * SKIP_REPORT_PERIODS).min(SKIP_REPORT_MAX);
    let mut last_skip_report: Option<Instant> = None;
    loop {
        let target = rx.borrow_and_update().clone();
        let is_started = started(&target, gate.as_deref());
        let step = state.before(&target, is_started, now_unix());
        let mut run: Option<ProbeRun> = None;
        let mut duration = Duration::ZERO;
        // A tick came while this run was in flight: run again as soon as it ends.
        let mut overran = false;
        if step == Step::Probe {
            // On the heap for the run's few milliseconds: pinned in place, the largest future
            // of the worker (an HTTP exchange) would be part of every idle worker's memory.
            let mut attempt = Box::pin(run_with_retries(&shared, &target));
            let outcome = loop {
                tokio::select! {
                    biased;
                    _ = token.cancelled() => break None,
                    r = &mut attempt => break Some(r),
                    _ = ticker.tick() => {
                        // The next period started with this run still in flight. One run at a
                        // time per probe (the kubelet's worker): this start is missed. Say so
                        // while a slow run lasts, so the counter moves; a full channel only
                        // defers the count (the run must not wait on it).
                        skipped += 1;
                        overran = true;
                        if last_skip_report.is_none_or(|t| t.elapsed() >= skip_report_every) {
                            let report = state_report(&key, &spec, &state, None, Duration::ZERO, skipped);
                            if shared.tx.try_send(report).is_ok() {
                                skipped = 0;
                                last_skip_report = Some(Instant::now());
                            }
                        }
                    }
                }
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
        if run.is_some() || skipped > 0 || last_shown.as_ref() != Some(&shown) {
            let report = state_report(&key, &spec, &state, run, duration, skipped);
            last_shown = Some(shown);
            skipped = 0;
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
        if overran {
            // Go's ticker held one of the ticks that fell inside the run: the kubelet's worker
            // probes again at once, then on its period.
            continue;
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

async fn finish(shared: &Shared, key: &Arc<ProbeKey>, spec: &ProbeSpec, announce: &AtomicBool) {
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
    let run =
        last.unwrap_or_else(|| ProbeRun::not_passed(ProbeResult::Error, "not run", "not run"));
    (run, total)
}

async fn run_once(shared: &Shared, target: &ProbeTarget) -> (ProbeRun, Duration) {
    let timeout = target.spec.timing.timeout;
    let start = Instant::now();
    let run = match &target.spec.handler {
        Handler::Exec { command } => match &target.container {
            TargetContainer::Running { id, .. } => {
                exec::probe(shared.runtime.as_ref(), id, command, timeout).await
            }
            _ => ProbeRun::not_passed(
                ProbeResult::Error,
                "container not running",
                "exec: container not running",
            ),
        },
        // The HTTP and gRPC exchanges are the large futures (kilobytes): on the heap for their
        // run only, so the run's own future, which the worker boxes, stays small (an allocation
        // under 1 KiB, which glibc serves without consolidating its free lists first).
        Handler::Http(get) => Box::pin(http::probe(get, target.pod_ip, timeout)).await,
        Handler::Tcp { host, port } => {
            tcp::probe(host.as_deref(), target.pod_ip, *port, timeout).await
        }
        Handler::Grpc { port, service } => {
            Box::pin(grpc::probe(target.pod_ip, *port, service, timeout)).await
        }
        Handler::Invalid { error, .. } => ProbeRun::not_passed(
            ProbeResult::Error,
            format!("invalid probe: {error}"),
            format!("invalid probe: {error}"),
        ),
    };
    (run, start.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_fall_on_the_grid() {
        let origin = Instant::now();
        let ms = Duration::from_millis;
        for (at, want) in [
            (0, 0),
            (1, 100),
            (99, 100),
            (100, 100),
            (101, 200),
            (10_050, 10_100),
        ] {
            assert_eq!(
                on_slot(origin, origin + ms(at), ms(100)),
                origin + ms(want),
                "at {at} ms"
            );
        }
        // A moment before the origin (a clock read earlier) starts at the origin.
        assert_eq!(on_slot(origin + ms(5), origin, ms(100)), origin + ms(5));
        // A 1 s grid for long periods.
        assert_eq!(on_slot(origin, origin + ms(1), ms(1000)), origin + ms(1000));
        assert_eq!(
            on_slot(origin, origin + ms(3000), ms(1000)),
            origin + ms(3000)
        );
    }

    #[test]
    fn the_grid_grows_with_the_period_and_nests() {
        let s = Duration::from_secs;
        for (period, want_ms) in [
            (1, 100),
            (4, 100),
            (5, 500),
            (9, 500),
            (10, 1000),
            (300, 1000),
        ] {
            let slot = slot_for(s(period));
            assert_eq!(slot, Duration::from_millis(want_ms), "period {period} s");
            // At most a tenth of the period, a whole number of steps per period, and a divisor
            // of one second (so the grids of different periods share instants).
            assert!(slot <= s(period) / 10);
            assert_eq!(s(period).as_nanos() % slot.as_nanos(), 0);
            assert_eq!(s(1).as_nanos() % slot.as_nanos(), 0);
        }
    }
}
