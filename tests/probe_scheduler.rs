//! The scheduler end to end with real local servers and a scripted runtime for exec: verdicts
//! and thresholds as reports, startup gating with the immediate readiness trigger, removal,
//! deletion, read-only mode, one run in flight per probe (missed starts counted) and no probe
//! starving another.

mod probe_support;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use podpulse::model::{Container, ContainerId, ExecOutput, PodRef, RuntimeEvent, RuntimeKind};
use podpulse::probe::{
    run_scheduler, Handler, HttpGet, ProbeBook, ProbeConfig, ProbeKey, ProbeKind, ProbeReport,
    ProbeResult, ProbeSpec, ProbeTarget, Scheme, TargetContainer, Timing, Verdict,
};
use podpulse::runtime::{ExecError, Runtime, RuntimeError};
use probe_support::{ok, serve_http, serve_silent, Reply};
use tokio::sync::{mpsc, watch};
use tokio_util::sync::CancellationToken;

/// Exec behaviour keyed by the command's first word.
struct ScriptedRuntime {
    running: AtomicUsize,
    max_running: AtomicUsize,
    calls: AtomicUsize,
}

impl ScriptedRuntime {
    fn new() -> Arc<Self> {
        Arc::new(ScriptedRuntime {
            running: AtomicUsize::new(0),
            max_running: AtomicUsize::new(0),
            calls: AtomicUsize::new(0),
        })
    }
}

#[async_trait]
impl Runtime for ScriptedRuntime {
    fn kind(&self) -> RuntimeKind {
        RuntimeKind::Docker
    }
    fn endpoint(&self) -> String {
        "scripted".into()
    }
    async fn version(&self) -> Result<String, RuntimeError> {
        Ok("scripted".into())
    }
    async fn list(&self) -> Result<Vec<Container>, RuntimeError> {
        Ok(Vec::new())
    }
    async fn watch(
        &self,
        _tx: mpsc::Sender<RuntimeEvent>,
        cancel: CancellationToken,
    ) -> Result<(), RuntimeError> {
        cancel.cancelled().await;
        Ok(())
    }
    async fn exec(
        &self,
        _id: &ContainerId,
        cmd: &[String],
        _timeout: Duration,
    ) -> Result<ExecOutput, ExecError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_running.fetch_max(now, Ordering::SeqCst);
        let out = match cmd.first().map(String::as_str) {
            Some("true") => Ok(ExecOutput {
                exit_code: 0,
                output: b"fine\n".to_vec(),
            }),
            Some("false") => Ok(ExecOutput {
                exit_code: 1,
                output: b"not ready\n".to_vec(),
            }),
            Some("slow") => {
                tokio::time::sleep(Duration::from_millis(200)).await;
                Ok(ExecOutput {
                    exit_code: 0,
                    output: Vec::new(),
                })
            }
            // `sleep 600` with `timeoutSeconds: 600`, shortened: far longer than any test.
            Some("hang") => {
                tokio::time::sleep(Duration::from_secs(60)).await;
                Ok(ExecOutput {
                    exit_code: 0,
                    output: Vec::new(),
                })
            }
            _ => Err(ExecError::Failed(
                "OCI runtime exec failed: exec: \"nope\": executable file not found in $PATH"
                    .into(),
            )),
        };
        self.running.fetch_sub(1, Ordering::SeqCst);
        out
    }
    async fn images(&self) -> Result<Vec<String>, RuntimeError> {
        Ok(Vec::new())
    }
}

fn pod(uid: &str) -> PodRef {
    PodRef {
        namespace: "default".into(),
        name: format!("pod-{uid}"),
        uid: uid.into(),
    }
}

fn target(
    uid: &str,
    container: &str,
    kind: ProbeKind,
    handler: Handler,
    timing: Timing,
) -> ProbeTarget {
    ProbeTarget {
        key: Arc::new(ProbeKey {
            pod: pod(uid),
            container: container.into(),
            kind,
        }),
        spec: Arc::new(ProbeSpec { timing, handler }),
        container: TargetContainer::Running {
            id: ContainerId(format!("{uid}-{container}-1")),
            started_at: Some(0.0),
        },
        pod_ip: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        host_network: false,
        deleting: false,
        restart_never: false,
        gated_by_startup: false,
        pod_finished: false,
    }
}

fn http(port: u16, path: &str) -> Handler {
    Handler::Http(HttpGet {
        scheme: Scheme::Http,
        host: None,
        port,
        path: path.into(),
        headers: Vec::new(),
    })
}

fn every(period_ms: u64) -> Timing {
    Timing {
        period: Duration::from_millis(period_ms),
        ..Timing::default()
    }
}

fn exec(cmd: &str) -> Handler {
    Handler::Exec {
        command: vec![cmd.into()],
    }
}

struct Harness {
    targets: watch::Sender<Arc<Vec<ProbeTarget>>>,
    rx: mpsc::Receiver<ProbeReport>,
    cancel: CancellationToken,
}

fn start(runtime: Arc<ScriptedRuntime>, cfg: ProbeConfig, initial: Vec<ProbeTarget>) -> Harness {
    let (ttx, trx) = watch::channel(Arc::new(initial));
    let (tx, rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    tokio::spawn(run_scheduler(trx, runtime, cfg, tx, cancel.clone()));
    Harness {
        targets: ttx,
        rx,
        cancel,
    }
}

fn cfg() -> ProbeConfig {
    ProbeConfig {
        startup_jitter: false,
        ..ProbeConfig::default()
    }
}

impl Harness {
    /// Waits for a report matching `f`, failing after `within`.
    async fn wait_for(
        &mut self,
        within: Duration,
        f: impl Fn(&ProbeReport) -> bool,
    ) -> ProbeReport {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.rx.recv()).await {
                Ok(Some(r)) if f(&r) => return r,
                Ok(Some(_)) => continue,
                Ok(None) => panic!("report channel closed"),
                Err(_) => panic!("no matching report within {within:?}"),
            }
        }
    }
}

#[tokio::test]
async fn readiness_verdicts_follow_thresholds() {
    let flip = Arc::new(AtomicUsize::new(0));
    let f2 = flip.clone();
    let addr = serve_http(move |_| {
        if f2.load(Ordering::SeqCst) == 0 {
            ok("ok")
        } else {
            Reply::Status(503, "down".into())
        }
    })
    .await;
    let timing = Timing {
        failure_threshold: 2,
        ..every(100)
    };
    let t = target(
        "u1",
        "app",
        ProbeKind::Readiness,
        http(addr.port(), "/healthz"),
        timing,
    );
    let mut h = start(ScriptedRuntime::new(), cfg(), vec![t]);
    let r = h
        .wait_for(Duration::from_secs(2), |r| r.run.is_some())
        .await;
    assert_eq!(r.verdict, Verdict::Success);
    assert_eq!(r.run.as_ref().map(|x| x.result), Some(ProbeResult::Success));
    flip.store(1, Ordering::SeqCst);
    let r = h
        .wait_for(Duration::from_secs(2), |r| {
            r.run
                .as_ref()
                .is_some_and(|x| x.result == ProbeResult::Failure)
        })
        .await;
    // One failure is below failureThreshold 2: still passing, 1 consecutive failure.
    assert_eq!(r.verdict, Verdict::Success);
    assert_eq!(r.consecutive_failures, 1);
    let r = h
        .wait_for(Duration::from_secs(2), |r| r.run.is_some())
        .await;
    assert_eq!(r.verdict, Verdict::Failure);
    assert_eq!(r.consecutive_failures, 2);
    // The book turns it into evidence for the classifier.
    let mut book = ProbeBook::new();
    book.record(&r);
    let ev = book.evidence("u1");
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].passing, Some(false));
    assert_eq!(ev[0].consecutive_failures, 2);
    assert!(
        ev[0].last_output.contains("HTTP 503 on :"),
        "{}",
        ev[0].last_output
    );
    h.cancel.cancel();
}

#[tokio::test]
async fn startup_gates_and_triggers_readiness_at_once() {
    let open = serve_silent().await;
    let web = serve_http(|_| ok("ready")).await;
    let startup = target(
        "u2",
        "app",
        ProbeKind::Startup,
        Handler::Tcp {
            host: None,
            port: open.port(),
        },
        every(300),
    );
    // Readiness with a long period: only the trigger can make it run soon after startup passes.
    let mut readiness = target(
        "u2",
        "app",
        ProbeKind::Readiness,
        http(web.port(), "/"),
        every(30_000),
    );
    readiness.gated_by_startup = true;
    let mut h = start(ScriptedRuntime::new(), cfg(), vec![startup, readiness]);
    let s = h
        .wait_for(Duration::from_secs(3), |r| {
            r.key.kind == ProbeKind::Startup && r.run.is_some()
        })
        .await;
    assert_eq!(s.verdict, Verdict::Success);
    let r = h
        .wait_for(Duration::from_secs(3), |r| {
            r.key.kind == ProbeKind::Readiness && r.run.is_some()
        })
        .await;
    assert_eq!(r.verdict, Verdict::Success);
    h.cancel.cancel();
}

#[tokio::test]
async fn exec_results_errors_and_read_only_mode() {
    let rt = ScriptedRuntime::new();
    let ok_t = target("u3", "a", ProbeKind::Readiness, exec("true"), every(100));
    let fail_t = target(
        "u3",
        "b",
        ProbeKind::Readiness,
        exec("false"),
        Timing {
            failure_threshold: 1,
            ..every(100)
        },
    );
    let err_t = target("u3", "c", ProbeKind::Liveness, exec("nope"), every(100));
    let mut h = start(rt.clone(), cfg(), vec![ok_t.clone(), fail_t, err_t]);
    let a = h
        .wait_for(Duration::from_secs(2), |r| {
            r.key.container == "a" && r.run.is_some()
        })
        .await;
    assert_eq!(a.verdict, Verdict::Success);
    // The command printed "fine\n"; a passing run keeps none of it.
    assert_eq!(a.run.as_ref().map(|x| x.message()), Some(""));
    let b = h
        .wait_for(Duration::from_secs(2), |r| {
            r.key.container == "b" && r.run.is_some()
        })
        .await;
    assert_eq!(b.verdict, Verdict::Failure);
    // A failing command's output is the kubelet's message.
    assert_eq!(b.run.as_ref().map(|x| x.message()), Some("not ready\n"));
    let c = h
        .wait_for(Duration::from_secs(2), |r| {
            r.key.container == "c" && r.run.is_some()
        })
        .await;
    // A runtime exec error is the kubelet's "probe errored": not counted, liveness stays passing.
    assert_eq!(c.run.as_ref().map(|x| x.result), Some(ProbeResult::Error));
    assert_eq!(c.verdict, Verdict::Success);
    assert_eq!(c.consecutive_failures, 0);
    h.cancel.cancel();

    // Read-only mode: exec probes never run.
    let rt2 = ScriptedRuntime::new();
    let mut h = start(
        rt2.clone(),
        ProbeConfig {
            exec_enabled: false,
            ..cfg()
        },
        vec![ok_t],
    );
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(h.rx.try_recv().is_err());
    assert_eq!(rt2.calls.load(Ordering::SeqCst), 0);
    h.cancel.cancel();
}

/// Issue 12: 8 exec probes that never finish held every shared exec slot, and another pod's
/// probes stopped. Now each probe has its own single run in flight and nothing is shared: the
/// ninth pod's exec and HTTP probes keep their period, and the hung ones count their missed
/// starts.
#[tokio::test]
async fn slow_probes_cannot_starve_another_pods_probes() {
    let rt = ScriptedRuntime::new();
    let web = serve_http(|_| ok("ok")).await;
    let hung_timing = Timing {
        timeout: Duration::from_secs(600),
        ..every(100)
    };
    let mut targets: Vec<ProbeTarget> = (0..8)
        .map(|i| {
            target(
                &format!("slow{i}"),
                "app",
                ProbeKind::Liveness,
                exec("hang"),
                hung_timing,
            )
        })
        .collect();
    targets.push(target(
        "fast",
        "app",
        ProbeKind::Liveness,
        exec("true"),
        every(100),
    ));
    targets.push(target(
        "fast",
        "app",
        ProbeKind::Readiness,
        http(web.port(), "/"),
        every(100),
    ));
    let mut h = start(rt.clone(), cfg(), targets);
    // Let every hung exec start, then count 2 s (20 periods) of the ninth pod's runs.
    tokio::time::sleep(Duration::from_millis(300)).await;
    while h.rx.try_recv().is_ok() {}
    let window = Duration::from_secs(2);
    let t0 = Instant::now();
    let mut runs = std::collections::HashMap::<ProbeKind, u32>::new();
    let mut skipped = std::collections::HashMap::<String, u64>::new();
    while t0.elapsed() < window {
        let left = window.saturating_sub(t0.elapsed());
        let Ok(Some(r)) = tokio::time::timeout(left, h.rx.recv()).await else {
            break;
        };
        if r.key.pod.uid == "fast" {
            assert_eq!(r.skipped, 0, "the fast probes never overran: {r:?}");
            if r.run.is_some() {
                *runs.entry(r.key.kind).or_default() += 1;
            }
        } else {
            assert!(r.run.is_none(), "a hung exec finished: {r:?}");
            *skipped.entry(r.key.pod.uid.clone()).or_default() += r.skipped;
        }
    }
    h.cancel.cancel();
    assert_eq!(
        rt.max_running.load(Ordering::SeqCst),
        9,
        "8 hung execs and the ninth pod's exec ran at once"
    );
    for kind in [ProbeKind::Liveness, ProbeKind::Readiness] {
        let n = runs.get(&kind).copied().unwrap_or(0);
        assert!(n >= 18, "{kind:?} ran {n} of 20 scheduled times: {runs:?}");
    }
    // Each hung probe missed one start per period while its run stayed in flight, reported
    // every 5 periods (the last few are still pending when the window closes).
    assert_eq!(skipped.len(), 8, "{skipped:?}");
    for (uid, n) in &skipped {
        assert!(*n >= 10, "{uid} counted {n} missed starts in 20 periods");
    }
}

#[tokio::test]
async fn slow_probe_never_overlaps_itself() {
    let hits = Arc::new(AtomicUsize::new(0));
    let h2 = hits.clone();
    let addr = serve_http(move |_| {
        h2.fetch_add(1, Ordering::SeqCst);
        Reply::Sleep(Duration::from_millis(700))
    })
    .await;
    let timing = Timing {
        timeout: Duration::from_secs(2),
        ..every(100)
    };
    let t = target(
        "u5",
        "app",
        ProbeKind::Readiness,
        http(addr.port(), "/"),
        timing,
    );
    let mut h = start(ScriptedRuntime::new(), cfg(), vec![t]);
    let first = h
        .wait_for(Duration::from_secs(3), |r| r.run.is_some())
        .await;
    // The 0.1 s periods that came round during the next 0.7 s run are counted as missed
    // starts, reported while the run is in flight; then the probe runs again at once.
    let mut missed = 0;
    let second = loop {
        let r = h.wait_for(Duration::from_secs(3), |_| true).await;
        missed += r.skipped;
        if r.run.is_some() {
            break r;
        }
    };
    assert!(
        second.timestamp - first.timestamp >= 0.69,
        "{} {}",
        first.timestamp,
        second.timestamp
    );
    assert!(
        (5..=10).contains(&missed),
        "{missed} missed starts in one 0.7 s run"
    );
    // One request at a time, each 0.7 s.
    assert!(hits.load(Ordering::SeqCst) <= 3);
    h.cancel.cancel();
}

#[tokio::test]
async fn targets_come_and_go_and_deletion_stops_liveness() {
    let open = serve_silent().await;
    let tcp = Handler::Tcp {
        host: None,
        port: open.port(),
    };
    let live = target("u6", "app", ProbeKind::Liveness, tcp.clone(), every(100));
    let ready = target("u6", "app", ProbeKind::Readiness, tcp, every(100));
    let mut h = start(
        ScriptedRuntime::new(),
        cfg(),
        vec![live.clone(), ready.clone()],
    );
    h.wait_for(Duration::from_secs(2), |r| {
        r.key.kind == ProbeKind::Liveness && r.run.is_some()
    })
    .await;

    // The pod is being deleted: liveness records success and stops, readiness continues.
    let mut live_d = live.clone();
    live_d.deleting = true;
    let mut ready_d = ready.clone();
    ready_d.deleting = true;
    h.targets
        .send(Arc::new(vec![live_d.clone(), ready_d.clone()]))
        .ok();
    tokio::time::sleep(Duration::from_millis(400)).await;
    while h.rx.try_recv().is_ok() {}
    tokio::time::sleep(Duration::from_millis(400)).await;
    let mut kinds = Vec::new();
    while let Ok(r) = h.rx.try_recv() {
        kinds.push(r.key.kind);
    }
    assert!(kinds.contains(&ProbeKind::Readiness), "{kinds:?}");
    assert!(!kinds.contains(&ProbeKind::Liveness), "{kinds:?}");

    // The pod goes away: both series are announced as removed.
    h.targets.send(Arc::new(Vec::new())).ok();
    let mut removed = Vec::new();
    while removed.len() < 2 {
        let r = h.wait_for(Duration::from_secs(2), |r| r.removed).await;
        removed.push(r.key.kind);
    }
    removed.sort();
    assert_eq!(removed, vec![ProbeKind::Liveness, ProbeKind::Readiness]);
    h.cancel.cancel();
}

#[tokio::test]
async fn new_container_resets_and_not_running_fails() {
    let open = serve_silent().await;
    let tcp = Handler::Tcp {
        host: None,
        port: open.port(),
    };
    let ready = target("u7", "app", ProbeKind::Readiness, tcp, every(100));
    let mut h = start(ScriptedRuntime::new(), cfg(), vec![ready.clone()]);
    let r = h
        .wait_for(Duration::from_secs(2), |r| r.run.is_some())
        .await;
    assert_eq!(r.verdict, Verdict::Success);
    // The container stops: failure without running the probe.
    let mut stopped = ready.clone();
    stopped.container = TargetContainer::NotRunning {
        id: ContainerId("u7-app-1".into()),
        terminated: true,
    };
    h.targets.send(Arc::new(vec![stopped])).ok();
    let r = h
        .wait_for(Duration::from_secs(2), |r| r.verdict == Verdict::Failure)
        .await;
    assert!(r.run.is_none());
    // A new container: readiness starts from failure, then passes again.
    let mut fresh = ready.clone();
    fresh.container = TargetContainer::Running {
        id: ContainerId("u7-app-2".into()),
        started_at: Some(0.0),
    };
    h.targets.send(Arc::new(vec![fresh])).ok();
    let r = h
        .wait_for(Duration::from_secs(2), |r| {
            r.container_id.as_ref().map(|c| c.0.as_str()) == Some("u7-app-2") && r.run.is_some()
        })
        .await;
    assert_eq!(r.verdict, Verdict::Success);
    h.cancel.cancel();
}

#[tokio::test]
async fn invalid_probe_is_reported_as_error_not_hung() {
    let bad = target(
        "u8",
        "app",
        ProbeKind::Readiness,
        Handler::Invalid {
            handler: podpulse::probe::HandlerKind::Http,
            error: podpulse::probe::ProbeConfigError::UnknownNamedPort("admin".into()),
        },
        every(100),
    );
    let mut h = start(ScriptedRuntime::new(), cfg(), vec![bad]);
    let r = h
        .wait_for(Duration::from_secs(2), |r| r.run.is_some())
        .await;
    let run = r.run.unwrap_or_else(|| unreachable!());
    assert_eq!(run.result, ProbeResult::Error);
    assert!(
        run.message().contains("port \"admin\" not found"),
        "{}",
        run.message()
    );
    assert_eq!(r.verdict, Verdict::Failure);
    h.cancel.cancel();
}
