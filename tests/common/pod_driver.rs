//! Runtime-neutral pod scenarios. A `PodDriver` plays the kubelet against one real runtime
//! (Docker via cri-dockerd-shaped containers, or a CRI runtime); the scenario functions drive it
//! and assert what podpulse's `Runtime` back-end reports. The same scenarios run on every runtime:
//! where runtimes really differ (a missing exec binary), the assertion names both behaviours.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use podpulse::model::{
    Container, ContainerId, ContainerKind, RuntimeEvent, RuntimeKind, RuntimeState,
};
use podpulse::runtime::{ExecError, Runtime};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

/// A pod as the kubelet would ask for it.
#[derive(Debug, Clone)]
pub struct PodSpec {
    pub name: String,
    pub namespace: String,
    pub uid: String,
    pub host_network: bool,
    pub labels: BTreeMap<String, String>,
}

impl PodSpec {
    /// A pod named `<prefix><test>-<random>` in namespace `pp-test`.
    pub fn new(prefix: &str, test: &str, host_network: bool) -> PodSpec {
        let rnd = format!("{:08x}", fastrand::u32(..));
        PodSpec {
            name: format!("{prefix}{test}-{rnd}"),
            namespace: "pp-test".into(),
            uid: format!(
                "{rnd}-0000-4000-8000-{:012x}",
                fastrand::u64(..) & 0xffff_ffff_ffff
            ),
            host_network,
            labels: BTreeMap::from([("app".to_string(), test.to_string())]),
        }
    }
}

/// An app container as the kubelet would create it for one attempt.
#[derive(Debug, Clone)]
pub struct AppSpec {
    pub name: String,
    pub command: Vec<String>,
    pub attempt: u32,
    /// The kubelet's `io.kubernetes.container.restartCount` annotation.
    pub restart_count: u32,
    pub memory_limit_bytes: Option<u64>,
    /// `io.kubernetes.container.ports` entries: (name, containerPort).
    pub ports: Vec<(String, u16)>,
}

impl AppSpec {
    pub fn sh(name: &str, script: &str) -> AppSpec {
        AppSpec {
            name: name.into(),
            command: vec!["/bin/sh".into(), "-c".into(), script.into()],
            attempt: 0,
            restart_count: 0,
            memory_limit_bytes: None,
            ports: Vec::new(),
        }
    }
}

/// Plays the kubelet against one runtime.
#[async_trait]
pub trait PodDriver: Send + Sync {
    /// The podpulse back-end under test, talking to the same runtime.
    fn runtime(&self) -> Arc<dyn Runtime>;
    /// Starts the pod's sandbox; returns its id.
    async fn run_pod(&self, pod: &PodSpec) -> anyhow::Result<String>;
    /// Creates and starts an app container in the sandbox; returns its id.
    async fn start_app(
        &self,
        sandbox: &str,
        pod: &PodSpec,
        app: &AppSpec,
    ) -> anyhow::Result<String>;
    /// Stops a container (SIGTERM, then SIGKILL after `grace`).
    async fn stop_app(&self, id: &str, grace: Duration) -> anyhow::Result<()>;
    async fn remove_app(&self, id: &str) -> anyhow::Result<()>;
    /// Stops and removes the sandbox and every container in it.
    async fn remove_pod(&self, sandbox: &str) -> anyhow::Result<()>;
}

/// Collects a back-end's `watch()` events in the background.
pub struct Watcher {
    events: Arc<Mutex<Vec<(Instant, RuntimeEvent)>>>,
    result: Arc<Mutex<Option<String>>>,
    cancel: CancellationToken,
}

impl Watcher {
    pub fn start(rt: Arc<dyn Runtime>) -> Watcher {
        let events = Arc::new(Mutex::new(Vec::new()));
        let result = Arc::new(Mutex::new(None));
        let cancel = CancellationToken::new();
        let (tx, mut rx) = mpsc::channel(256);
        let (c, r) = (cancel.clone(), result.clone());
        tokio::spawn(async move {
            let out = rt.watch(tx, c).await;
            if let Ok(mut r) = r.lock() {
                *r = Some(format!("{out:?}"));
            }
        });
        let ev = events.clone();
        tokio::spawn(async move {
            while let Some(e) = rx.recv().await {
                if let Ok(mut v) = ev.lock() {
                    v.push((Instant::now(), e));
                }
            }
        });
        Watcher {
            events,
            result,
            cancel,
        }
    }

    /// How the watch ended, if it did (`Ok(())` / `Err(..)` as text).
    pub fn ended(&self) -> Option<String> {
        self.result.lock().ok().and_then(|r| r.clone())
    }

    /// Waits for the first event after `since` matching `pred`; returns it with its arrival time.
    pub async fn wait_for(
        &self,
        since: Instant,
        within: Duration,
        pred: impl Fn(&RuntimeEvent) -> bool,
    ) -> Option<(Instant, RuntimeEvent)> {
        let deadline = Instant::now() + within;
        loop {
            if let Ok(v) = self.events.lock() {
                if let Some(hit) = v.iter().find(|(t, e)| *t >= since && pred(e)) {
                    return Some(hit.clone());
                }
            }
            if Instant::now() >= deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Every event so far matching `pred`, in order.
    pub fn matching(&self, pred: impl Fn(&RuntimeEvent) -> bool) -> Vec<RuntimeEvent> {
        self.events
            .lock()
            .map(|v| {
                v.iter()
                    .filter(|(_, e)| pred(e))
                    .map(|(_, e)| e.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn count(&self, pred: impl Fn(&RuntimeEvent) -> bool) -> usize {
        self.events
            .lock()
            .map(|v| v.iter().filter(|(_, e)| pred(e)).count())
            .unwrap_or(0)
    }

    pub fn stop(&self) {
        self.cancel.cancel();
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

pub fn changed_with(id: &str, pred: impl Fn(&Container) -> bool) -> impl Fn(&RuntimeEvent) -> bool {
    let id = id.to_string();
    move |e| matches!(e, RuntimeEvent::Changed(c) if c.id.0 == id && pred(c))
}

pub fn removed(id: &str) -> impl Fn(&RuntimeEvent) -> bool {
    let id = id.to_string();
    move |e| matches!(e, RuntimeEvent::Removed(ContainerId(x)) if *x == id)
}

pub async fn find(rt: &dyn Runtime, id: &str) -> Option<Container> {
    rt.list()
        .await
        .ok()
        .and_then(|l| l.into_iter().find(|c| c.id.0 == id))
}

/// Polls `list()` until `pred` holds for the container or `within` passes.
pub async fn eventually(
    rt: &dyn Runtime,
    id: &str,
    within: Duration,
    pred: impl Fn(&Container) -> bool,
) -> Option<Container> {
    let deadline = Instant::now() + within;
    loop {
        if let Some(c) = find(rt, id).await {
            if pred(&c) {
                return Some(c);
            }
        }
        if Instant::now() >= deadline {
            return find(rt, id).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn exited(c: &Container) -> bool {
    matches!(c.state, RuntimeState::Exited { .. })
}

/// The exit reason a runtime really reports for a terminated container. CRI runtimes set one
/// (containerd: `OOMKilled`, else `Completed` for exit 0, else `Error`). The Docker Engine API has
/// no such field (`State.Error` is only for failures to start), so the Docker back-end reports
/// `None` and the exit code and `oom_killed` flag — asserted separately — carry the meaning.
fn expected_reason(rt: &dyn Runtime, cri_reason: &'static str) -> Option<&'static str> {
    match rt.kind() {
        RuntimeKind::Cri => Some(cri_reason),
        RuntimeKind::Docker => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Scenarios: each creates its own pod, asserts, and removes what it made.
// ---------------------------------------------------------------------------------------------

/// A running pod: sandbox `POD` and app, identity from kubelet labels, ports, limits, pod labels.
pub async fn scenario_running_pod(d: &dyn PodDriver, prefix: &str, host_network: bool) {
    let rt = d.runtime();
    let pod = PodSpec::new(
        prefix,
        if host_network { "host" } else { "podnet" },
        host_network,
    );
    let sb = d.run_pod(&pod).await.expect("run pod");
    let mut app = AppSpec::sh("web", "httpd -f -p 8080 -h /www & sleep 3600");
    app.memory_limit_bytes = Some(64 << 20);
    app.ports = vec![("http".into(), 8080)];
    let id = d.start_app(&sb, &pod, &app).await.expect("start app");

    let list = rt.list().await.expect("list");
    let sandbox = list.iter().find(|c| c.id.0 == sb).expect("sandbox listed");
    assert_eq!(sandbox.kind, ContainerKind::Sandbox);
    assert_eq!(sandbox.name, "POD");
    assert_eq!(sandbox.pod.name, pod.name);
    assert_eq!(sandbox.pod.namespace, pod.namespace);
    assert_eq!(sandbox.pod.uid, pod.uid);
    assert!(sandbox.is_running(), "{sandbox:?}");
    assert_eq!(sandbox.host_network, host_network);
    assert_eq!(
        sandbox.pod_labels.get("app").map(String::as_str),
        Some(if host_network { "host" } else { "podnet" })
    );
    if !host_network {
        assert!(
            sandbox.ip.is_some(),
            "a pod-network sandbox has an IP: {sandbox:?}"
        );
    }

    let c = list.iter().find(|c| c.id.0 == id).expect("app listed");
    assert_eq!(c.kind, ContainerKind::App);
    assert_eq!(c.name, "web");
    assert_eq!(c.pod, sandbox.pod);
    assert!(c.is_running(), "{c:?}");
    assert!(c.started_at().is_some());
    assert!(c.created_at.is_some());
    assert_eq!((c.attempt, c.restart_count), (0, 0));
    assert_eq!(c.ports.len(), 1);
    assert_eq!(c.ports[0].container_port, 8080);
    assert_eq!(c.memory_limit_bytes, Some(64 << 20));
    assert!(c.image.contains("podpulse-test/busybox"), "{}", c.image);
    assert!(!c.image_id.is_empty());
    assert_eq!(c.pod_labels.get("app"), sandbox.pod_labels.get("app"));

    // The app answers inside the pod (an exec probe's view).
    let out = exec_until_ok(
        rt.as_ref(),
        &id,
        &["wget", "-qO-", "http://127.0.0.1:8080/healthz"],
    )
    .await;
    assert_eq!(out, b"ok");
    d.remove_pod(&sb).await.expect("remove pod");
}

async fn exec_until_ok(rt: &dyn Runtime, id: &str, cmd: &[&str]) -> Vec<u8> {
    let cmd: Vec<String> = cmd.iter().map(|s| s.to_string()).collect();
    let id = ContainerId(id.to_string());
    let mut last = None;
    for _ in 0..50 {
        match rt.exec(&id, &cmd, Duration::from_secs(2)).await {
            Ok(o) if o.exit_code == 0 => return o.output,
            other => last = Some(other),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("exec {cmd:?} never succeeded: {last:?}");
}

/// Exec probes: success, a failing exit code, a timeout, a missing binary, a stopped container.
pub async fn scenario_exec_probes(d: &dyn PodDriver, prefix: &str) {
    let rt = d.runtime();
    let pod = PodSpec::new(prefix, "exec", true);
    let sb = d.run_pod(&pod).await.expect("run pod");
    let id = d
        .start_app(&sb, &pod, &AppSpec::sh("app", "sleep 3600"))
        .await
        .expect("start app");
    let cid = ContainerId(id.clone());
    let cmd = |s: &str| vec!["/bin/sh".to_string(), "-c".to_string(), s.to_string()];
    let one = Duration::from_secs(1);

    let ok = rt.exec(&cid, &cmd("echo ok"), one).await.expect("exec ok");
    assert_eq!(ok.exit_code, 0);
    assert_eq!(ok.output, b"ok\n");

    let three = rt
        .exec(&cid, &cmd("echo out; echo err >&2; exit 3"), one)
        .await
        .expect("exec exit 3");
    assert_eq!(three.exit_code, 3);
    let text = String::from_utf8_lossy(&three.output);
    assert!(text.contains("out") && text.contains("err"), "{text:?}");

    let big = rt
        .exec(&cid, &cmd("head -c 20000 /dev/zero | tr '\\0' x"), one)
        .await
        .expect("exec big");
    assert_eq!(big.output.len(), podpulse::model::MAX_PROBE_OUTPUT);

    let t0 = Instant::now();
    let slow = rt.exec(&cid, &cmd("sleep 5"), one).await;
    assert_eq!(slow, Err(ExecError::Timeout(one)), "a probe timeout");
    assert!(
        t0.elapsed() < Duration::from_secs(4),
        "timed out late: {:?}",
        t0.elapsed()
    );

    // Docker: exit 126 with the OCI message in the stream. CRI: a gRPC error, no exit code.
    let missing = rt.exec(&cid, &["/no/such/binary".to_string()], one).await;
    match (rt.kind(), &missing) {
        (RuntimeKind::Docker, Ok(o)) => {
            assert_eq!(o.exit_code, 126, "{o:?}");
            let text = String::from_utf8_lossy(&o.output);
            assert!(text.contains("exec failed"), "{text:?}");
        }
        (RuntimeKind::Cri, Err(ExecError::Failed(msg))) => {
            assert!(msg.contains("exec failed"), "{msg}")
        }
        (kind, got) => panic!("missing binary misclassified on {kind:?}: {got:?}"),
    }

    d.stop_app(&id, Duration::from_secs(0)).await.expect("stop");
    let stopped = rt.exec(&cid, &cmd("echo ok"), one).await;
    // Docker refuses with 409 "is not running"; a CRI runtime's refusal is a gRPC error whose
    // code varies by runtime (containerd: UNKNOWN, classified as Failed).
    let refused = match rt.kind() {
        RuntimeKind::Docker => matches!(stopped, Err(ExecError::NotRunning(_))),
        RuntimeKind::Cri => matches!(
            stopped,
            Err(ExecError::NotRunning(_)) | Err(ExecError::Failed(_))
        ),
    };
    assert!(refused, "exec in a stopped container: {stopped:?}");
    d.remove_pod(&sb).await.expect("remove pod");
}

/// An OOM kill: the cgroup's count says 1 (or, where the cgroup cannot be read, one `OomKilled`),
/// then the container exits 137 `OOMKilled`, reported as exactly one `Exited`.
pub async fn scenario_oom_kill(d: &dyn PodDriver, prefix: &str) {
    let rt = d.runtime();
    let w = Watcher::start(rt.clone());
    let pod = PodSpec::new(prefix, "oom", true);
    let sb = d.run_pod(&pod).await.expect("run pod");
    let since = Instant::now();
    // One allocating process (dd's 64 MiB buffer) as PID 1: one victim for the OOM killer.
    let mut app = AppSpec::sh(
        "hog",
        "sleep 0.3; exec dd if=/dev/zero of=/dev/null bs=64M count=1",
    );
    app.memory_limit_bytes = Some(16 << 20);
    let id = d.start_app(&sb, &pod, &app).await.expect("start app");

    let oom = w
        .wait_for(since, Duration::from_secs(15), |e| match e {
            RuntimeEvent::OomKilled(c) => c.0 == id,
            RuntimeEvent::OomKillCount { id: c, .. } => c.0 == id,
            _ => false,
        })
        .await;
    assert!(
        oom.is_some(),
        "no OomKilled/OomKillCount event; watch ended: {:?}",
        w.ended()
    );
    let dead = w
        .wait_for(since, Duration::from_secs(5), changed_with(&id, exited))
        .await
        .expect("exit seen by watch");
    let RuntimeEvent::Changed(c) = dead.1 else {
        unreachable!()
    };
    match &c.state {
        RuntimeState::Exited {
            exit_code,
            oom_killed,
            reason,
            finished_at,
            ..
        } => {
            assert_eq!(*exit_code, 137);
            assert!(*oom_killed);
            assert_eq!(reason.as_deref(), expected_reason(rt.as_ref(), "OOMKilled"));
            assert!(finished_at.is_some());
        }
        s => panic!("not exited: {s:?}"),
    }
    assert_eq!(c.memory_limit_bytes, Some(16 << 20));
    // One kill, one count: the cgroup's total says 1 however often the runtime repeats its
    // event; without a readable cgroup, the back-end neither drops nor repeats the event.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let totals: Vec<u64> = w
        .matching(|e| matches!(e, RuntimeEvent::OomKillCount { id: c, .. } if c.0 == id))
        .into_iter()
        .filter_map(|e| match e {
            RuntimeEvent::OomKillCount { total, .. } => Some(total),
            _ => None,
        })
        .collect();
    let ooms = w.count(|e| matches!(e, RuntimeEvent::OomKilled(c) if c.0 == id));
    eprintln!("cgroup totals for one kill: {totals:?}; bare OOM events: {ooms}");
    if totals.is_empty() {
        assert_eq!(ooms, 1, "OOM kills counted for one kill");
    } else {
        assert_eq!(
            totals.iter().max(),
            Some(&1),
            "cgroup oom_kill totals {totals:?}"
        );
    }
    let exits = w.matching(|e| matches!(e, RuntimeEvent::Exited { id: c, .. } if c.0 == id));
    assert_eq!(
        exits,
        vec![RuntimeEvent::Exited {
            id: c.id.clone(),
            exit_code: 137,
            oom_killed: true
        }],
        "one exit event for one exit"
    );
    d.remove_pod(&sb).await.expect("remove pod");
}

/// A crash (exit 1, `Error`), the kubelet's restart as a new attempt, a clean exit (`Completed`),
/// removal of a container and of the pod — each seen by `watch()` within a second.
pub async fn scenario_crash_restart_remove(d: &dyn PodDriver, prefix: &str) {
    let rt = d.runtime();
    let w = Watcher::start(rt.clone());
    let pod = PodSpec::new(prefix, "crash", true);
    let sb = d.run_pod(&pod).await.expect("run pod");

    let since = Instant::now();
    let first = d
        .start_app(
            &sb,
            &pod,
            &AppSpec::sh("app", "echo crashing; sleep 0.2; exit 1"),
        )
        .await
        .expect("start");
    let ev = w
        .wait_for(since, Duration::from_secs(5), changed_with(&first, exited))
        .await
        .expect("crash seen");
    let RuntimeEvent::Changed(c) = ev.1 else {
        unreachable!()
    };
    let want = expected_reason(rt.as_ref(), "Error");
    assert!(
        matches!(&c.state, RuntimeState::Exited { exit_code: 1, oom_killed: false, reason, .. } if reason.as_deref() == want),
        "{:?}",
        c.state
    );

    // The kubelet restarts by creating attempt 1 with restartCount=1 beside the dead one.
    let mut again = AppSpec::sh("app", "sleep 3600");
    again.attempt = 1;
    again.restart_count = 1;
    let since = Instant::now();
    let second = d.start_app(&sb, &pod, &again).await.expect("restart");
    let ev = w
        .wait_for(
            since,
            Duration::from_secs(3),
            changed_with(&second, |c| c.is_running()),
        )
        .await
        .expect("restart seen");
    let RuntimeEvent::Changed(c) = ev.1 else {
        unreachable!()
    };
    assert_eq!((c.name.as_str(), c.attempt, c.restart_count), ("app", 1, 1));
    let list = rt.list().await.expect("list");
    let attempts: Vec<_> = list
        .iter()
        .filter(|c| c.pod.uid == pod.uid && c.name == "app")
        .map(|c| (c.attempt, c.is_running()))
        .collect();
    assert_eq!(attempts.len(), 2, "both attempts listed: {attempts:?}");
    assert!(attempts.contains(&(0, false)) && attempts.contains(&(1, true)));

    // A stop is seen within a second.
    let since = Instant::now();
    d.stop_app(&second, Duration::from_secs(0))
        .await
        .expect("stop");
    let ev = w
        .wait_for(since, Duration::from_secs(3), changed_with(&second, exited))
        .await
        .expect("stop seen");
    assert!(
        ev.0 - since < Duration::from_secs(1),
        "stop seen after {:?}",
        ev.0 - since
    );

    let ok = d
        .start_app(&sb, &pod, &AppSpec::sh("job", "true"))
        .await
        .expect("start job");
    let c = eventually(rt.as_ref(), &ok, Duration::from_secs(5), exited)
        .await
        .expect("job listed");
    let want = expected_reason(rt.as_ref(), "Completed");
    assert!(
        matches!(&c.state, RuntimeState::Exited { exit_code: 0, oom_killed: false, reason, .. } if reason.as_deref() == want),
        "{:?}",
        c.state
    );

    let since = Instant::now();
    d.remove_app(&first).await.expect("remove");
    let ev = w
        .wait_for(since, Duration::from_secs(3), removed(&first))
        .await
        .expect("removal seen");
    assert!(
        ev.0 - since < Duration::from_secs(1),
        "removal seen after {:?}",
        ev.0 - since
    );

    let since = Instant::now();
    d.remove_pod(&sb).await.expect("remove pod");
    assert!(w
        .wait_for(since, Duration::from_secs(3), removed(&sb))
        .await
        .is_some());
    assert!(w
        .wait_for(since, Duration::from_secs(3), removed(&second))
        .await
        .is_some());
    assert!(find(rt.as_ref(), &sb).await.is_none());
    // Each exit reported once, with its code, whichever path saw it first.
    let exits_of = |id: &str| {
        w.matching(|e| matches!(e, RuntimeEvent::Exited { id: c, .. } if c.0 == id))
            .into_iter()
            .filter_map(|e| match e {
                RuntimeEvent::Exited {
                    exit_code,
                    oom_killed,
                    ..
                } => Some((exit_code, oom_killed)),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(exits_of(&first), vec![(1, false)], "the crash");
    assert_eq!(exits_of(&ok), vec![(0, false)], "the job");
    let stopped = exits_of(&second);
    assert!(
        stopped.len() == 1 && stopped[0].0 != 0 && !stopped[0].1,
        "the stop: {stopped:?}"
    );
    assert!(w.ended().is_none(), "watch ended early: {:?}", w.ended());
}

/// Three children OOM-killed in a container that keeps running: the back-end's cgroup count
/// reaches 3 and the container never exits (the runtime's own events say less: dockerd repeats
/// them, and neither runtime marks the container).
pub async fn scenario_child_oom_kills(d: &dyn PodDriver, prefix: &str) {
    let rt = d.runtime();
    let w = Watcher::start(rt.clone());
    let pod = PodSpec::new(prefix, "oom-children", true);
    let sb = d.run_pod(&pod).await.expect("run pod");
    let since = Instant::now();
    let mut app = AppSpec::sh(
        "parent",
        r#"sleep 1; for i in 1 2 3; do tail /dev/zero; sleep 1; done; sleep 1000"#,
    );
    app.memory_limit_bytes = Some(32 << 20);
    let id = d.start_app(&sb, &pod, &app).await.expect("start app");
    let third = w
        .wait_for(
            since,
            Duration::from_secs(30),
            |e| matches!(e, RuntimeEvent::OomKillCount { id: c, total: 3 } if c.0 == id),
        )
        .await;
    let totals: Vec<RuntimeEvent> =
        w.matching(|e| matches!(e, RuntimeEvent::OomKillCount { id: c, .. } if c.0 == id));
    assert!(
        third.is_some(),
        "cgroup total never reached 3: {totals:?}; watch ended: {:?}",
        w.ended()
    );
    let mut last = 0;
    for e in &totals {
        if let RuntimeEvent::OomKillCount { total, .. } = e {
            assert!(
                *total >= last && *total <= 3,
                "totals move up to 3: {totals:?}"
            );
            last = *total;
        }
    }
    let c = find(rt.as_ref(), &id).await.expect("listed");
    assert!(c.is_running(), "the container survives: {:?}", c.state);
    assert_eq!(
        w.count(|e| matches!(e, RuntimeEvent::Exited { id: c, .. } if c.0 == id)),
        0,
        "a child's kill is not an exit"
    );
    d.remove_pod(&sb).await.expect("remove pod");
}
