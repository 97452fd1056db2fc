//! CRI back-end at node scale: 110 host-network pods (sandbox + 1–2 `sleep` containers each) on
//! our real test containerd. Measures `list()` cost, the idle watch's CPU (this process, where
//! the back-end runs, and containerd's), RSS, and change-to-event latency (StopContainer →
//! `RuntimeEvent::Changed` exited, and the `Exited` event) p50/p99, side by side in one run for:
//! - `events + 30s relist` — the default: containerd's own events drive targeted status calls;
//! - `events + 500ms poll` — the previous behaviour (a full list every 500 ms beside the events);
//! - `500ms poll only` — a runtime with neither event stream (CRI-O without evented PLEG).
//!
//! Then the whole agent (`podpulse run --runtime cri`, the release binary next to this bench's
//! directory, or `PP_BENCH_AGENT`) idles on the same node: its CPU from `/proc` and RSS, and
//! containerd's CPU meanwhile.
//!
//! Run: `cargo build --release --bin podpulse && cargo bench --bench cri_scale`
//! (env PP_BENCH_PODS, PP_BENCH_IDLE_SECS, PP_BENCH_STOPS).
//!
//! Figures (2 vCPU VM shared with other builds, load ~16, containerd 1.6.20, 110 pods / 165 app
//! containers, PP_BENCH_IDLE_SECS=60, PP_BENCH_STOPS=40; CPU from /proc in 10 ms ticks):
//! - idle, back-end (bench process): events + 30 s relist 0.000 % (< 1 tick in 60 s, < 0.017 %);
//!   events + 500 ms poll 0.333 %; poll only 0.317 %.
//! - idle, containerd meanwhile: 0.233 % / 0.700 % / 0.667 % (its own floor with nothing asking
//!   is ~0.20 %, the figure beside the idle agent below).
//! - exit → event p50/p99: 61/104 ms; 51/131 ms; 320/564 ms. Every stop gave one `Exited`.
//! - `podpulse run --runtime cri` idle: 0.117 % of a core, RSS 14.4 MiB (containerd 0.200 %).

#[path = "../tests/common/cri_driver.rs"]
mod cri_driver;
#[path = "../tests/common/pod_driver.rs"]
mod pod_driver;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use cri_driver::CriDriver;
use futures_util::stream::{self, StreamExt};
use pod_driver::{AppSpec, PodDriver, PodSpec, Watcher};
use podpulse::model::{RuntimeEvent, RuntimeState};
use podpulse::runtime::cri::CriRuntime;
use podpulse::runtime::Runtime;

const PREFIX: &str = "pp-cri-bench-";

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// utime+stime of a process, in seconds.
fn cpu_seconds(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the `(comm)`: state is field 3; utime 14, stime 15.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let tick = 100.0; // USER_HZ on Linux
    let get = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (get(11) + get(12)) / tick
}

fn rss_mib(pid: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn containerd_pid() -> String {
    std::fs::read_to_string("/run/pp-containerd/containerd.pid")
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

/// Stops each victim and times the matching `Changed` (exited) event: from the StopContainer
/// call, and from the container's real exit (`finished_at`, wall clock) — the latter is the
/// back-end's own detection latency, without the runtime's stop work.
async fn latency_run(
    d: &CriDriver,
    rt: Arc<dyn Runtime>,
    victims: &[String],
    label: &str,
) -> (Vec<Duration>, Vec<Duration>) {
    let w = Watcher::start(rt);
    // Let the watch take its baseline (first poll inspects everything).
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (anchor_i, anchor_w) = (Instant::now(), SystemTime::now());
    let wall = |t: Instant| {
        anchor_w
            .checked_add(t - anchor_i)
            .and_then(|w| w.duration_since(UNIX_EPOCH).ok())
            .map_or(0.0, |d| d.as_secs_f64())
    };
    let (mut from_call, mut from_exit) = (Vec::new(), Vec::new());
    let mut missing_exits = 0;
    for id in victims {
        let since = Instant::now();
        if let Err(e) = d.stop_app(id, Duration::ZERO).await {
            eprintln!("stop {id}: {e:#}");
            continue;
        }
        let want = id.clone();
        let hit = w
            .wait_for(since, Duration::from_secs(5), move |e| {
                matches!(e, RuntimeEvent::Changed(c) if c.id.0 == want
                    && matches!(c.state, RuntimeState::Exited { .. }))
            })
            .await;
        let want = id.clone();
        let exit_ev = w
            .wait_for(
                since,
                Duration::from_secs(2),
                move |e| matches!(e, RuntimeEvent::Exited { id, .. } if id.0 == want),
            )
            .await;
        if exit_ev.is_none() {
            missing_exits += 1;
        }
        match hit {
            Some((t, RuntimeEvent::Changed(c))) => {
                from_call.push(t - since);
                if let RuntimeState::Exited {
                    finished_at: Some(f),
                    ..
                } = c.state
                {
                    from_exit.push(Duration::from_secs_f64((wall(t) - f).max(0.0)));
                }
            }
            _ => eprintln!("{label}: no event for {id}"),
        }
        // Spread the stops over poll phases.
        tokio::time::sleep(Duration::from_millis(fastrand::u64(50..450))).await;
    }
    from_call.sort();
    from_exit.sort();
    let exits = w.count(|e| matches!(e, RuntimeEvent::Exited { .. }));
    println!(
        "latency {label}: n={} | Exited events {exits} for {} stops ({missing_exits} missing) | exit->event p50={:?} p99={:?} max={:?} | StopContainer call->event p50={:?} p99={:?}",
        from_exit.len(),
        victims.len(),
        pct(&from_exit, 0.5),
        pct(&from_exit, 0.99),
        from_exit.last().copied().unwrap_or_default(),
        pct(&from_call, 0.5),
        pct(&from_call, 0.99),
    );
    (from_call, from_exit)
}

/// The release `podpulse` binary: `PP_BENCH_AGENT`, else next to this bench's `deps/` dir.
fn agent_binary() -> Option<std::path::PathBuf> {
    if let Ok(p) = std::env::var("PP_BENCH_AGENT") {
        return Some(p.into());
    }
    let exe = std::env::current_exe().ok()?;
    let p = exe.parent()?.parent()?.join("podpulse");
    p.exists().then_some(p)
}

/// The whole agent on CRI, idle on the node: `podpulse run` CPU (from /proc) and RSS, and
/// containerd's CPU over the same window.
async fn agent_idle(idle_secs: u64, ctrd: &str) {
    let Some(bin) = agent_binary() else {
        println!("agent: no release binary (cargo build --release --bin podpulse); skipped");
        return;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let sock = cri_driver::socket();
    let mut child = std::process::Command::new(&bin)
        .args(["run", "--runtime", "cri", "--cri-socket"])
        .arg(&sock)
        .args(["--listen", &format!("127.0.0.1:{port}"), "--no-journal"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start podpulse");
    let pid = child.id().to_string();
    // Started, synced, first relist and the settle list done.
    tokio::time::sleep(Duration::from_secs(5)).await;
    if let Ok(Some(status)) = child.try_wait() {
        println!("agent exited early: {status}");
        return;
    }
    let (c0, k0) = (cpu_seconds(&pid), cpu_seconds(ctrd));
    tokio::time::sleep(Duration::from_secs(idle_secs)).await;
    let (c1, k1) = (cpu_seconds(&pid), cpu_seconds(ctrd));
    println!(
        "agent `podpulse run --runtime cri` idle {idle_secs}s: CPU {:.3}% of a core, RSS {:.1} MiB; containerd {:.3}% of a core",
        (c1 - c0) / idle_secs as f64 * 100.0,
        rss_mib(&pid),
        (k1 - k0) / idle_secs as f64 * 100.0,
    );
    let _ = child.kill();
    let _ = child.wait();
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let pods = env_num("PP_BENCH_PODS", 110) as usize;
    let idle_secs = env_num("PP_BENCH_IDLE_SECS", 30);
    let stops = env_num("PP_BENCH_STOPS", 80) as usize;
    let d = Arc::new(CriDriver::new().await);
    d.cleanup_prefix(PREFIX).await.expect("cleanup before");
    let me = std::process::id().to_string();
    let ctrd = containerd_pid();

    // 110 pods, every other one with a second container.
    let t0 = Instant::now();
    let made: Vec<Vec<String>> = stream::iter(0..pods)
        .map(|i| {
            let d = d.clone();
            async move {
                let pod = PodSpec::new(PREFIX, &format!("{i:03}"), true);
                let sb = d.run_pod(&pod).await.expect("pod");
                let mut ids = vec![d
                    .start_app(&sb, &pod, &AppSpec::sh("app", "exec sleep 3600"))
                    .await
                    .expect("app")];
                if i % 2 == 0 {
                    ids.push(
                        d.start_app(&sb, &pod, &AppSpec::sh("sidecar", "exec sleep 3600"))
                            .await
                            .expect("sidecar"),
                    );
                }
                ids
            }
        })
        .buffer_unordered(4)
        .collect()
        .await;
    let apps: Vec<String> = made.into_iter().flatten().collect();
    println!(
        "setup: {pods} pods, {} app containers in {:?}",
        apps.len(),
        t0.elapsed()
    );

    let rt = Arc::new(
        CriRuntime::connect(&cri_driver::socket())
            .await
            .expect("connect"),
    );
    let rss0 = rss_mib(&me);

    // Full list: the initial sync and every reconnect.
    let mut list_times = Vec::new();
    let (c0, k0) = (cpu_seconds(&me), cpu_seconds(&ctrd));
    let mut n = 0;
    for _ in 0..10 {
        let t = Instant::now();
        n = rt.list().await.expect("list").len();
        list_times.push(t.elapsed());
    }
    let (c1, k1) = (cpu_seconds(&me), cpu_seconds(&ctrd));
    list_times.sort();
    println!(
        "list(): {n} objects, p50 {:?} max {:?}; per call CPU ours {:.1} ms, containerd {:.1} ms",
        pct(&list_times, 0.5),
        list_times.last().copied().unwrap_or_default(),
        (c1 - c0) * 100.0,
        (k1 - k0) * 100.0
    );
    println!(
        "RSS after lists: {:.1} MiB (before: {rss0:.1} MiB)",
        rss_mib(&me)
    );

    // Idle watch, each way in turn: the steady-state cost with nothing changing.
    let variants: Vec<(&str, Arc<CriRuntime>)> = vec![
        ("events + 30s relist", rt.clone()),
        (
            "events + 500ms poll",
            Arc::new(
                CriRuntime::connect(&cri_driver::socket())
                    .await
                    .expect("connect")
                    .with_relist_interval(Duration::from_millis(500)),
            ),
        ),
        (
            "500ms poll only",
            Arc::new(
                CriRuntime::connect(&cri_driver::socket())
                    .await
                    .expect("connect")
                    .with_native_events(false),
            ),
        ),
    ];
    for (label, rt) in &variants {
        let w = Watcher::start(rt.clone());
        // Past the first list and the one a second after subscribing.
        tokio::time::sleep(Duration::from_secs(3)).await;
        let (c0, k0) = (cpu_seconds(&me), cpu_seconds(&ctrd));
        tokio::time::sleep(Duration::from_secs(idle_secs)).await;
        let (c1, k1) = (cpu_seconds(&me), cpu_seconds(&ctrd));
        println!(
            "idle watch {label}, {idle_secs}s: CPU bench process (the back-end) {:.3}% of a core, containerd {:.3}% of a core; RSS {:.1} MiB",
            (c1 - c0) / idle_secs as f64 * 100.0,
            (k1 - k0) / idle_secs as f64 * 100.0,
            rss_mib(&me),
        );
        w.stop();
        drop(w);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Change-to-event latency, each way on its own victims.
    let share = stops.min(apps.len() / variants.len());
    for (i, (label, rt)) in variants.iter().enumerate() {
        latency_run(&d, rt.clone(), &apps[i * share..(i + 1) * share], label).await;
    }
    println!("RSS at end: {:.1} MiB", rss_mib(&me));

    agent_idle(idle_secs, &ctrd).await;

    let t0 = Instant::now();
    d.cleanup_prefix(PREFIX).await.expect("cleanup after");
    println!("teardown in {:?}", t0.elapsed());
}
