//! Release-mode driver for the probe benchmark (`bench/probe/run.sh` runs it). Modes:
//!
//! - `serve HTTP_PORT TCP_PORT`: the local targets (a minimal HTTP/1.1 server answering
//!   `200 ok` and closing, and a TCP listener that accepts and closes), in their own process so
//!   their CPU is not counted against either prober.
//! - `podpulse http|tcp PORT TARGETS WARMUP SECONDS`: podpulse's scheduler with TARGETS synthetic
//!   probe targets, each probed every second; prints this process's CPU and RSS for the window.
//! - `blackbox http|tcp PORT RATE WARMUP SECONDS EXPORTER_ADDR EXPORTER_PID`: drives the
//!   exporter's `/probe` at RATE requests per second and reads the exporter's CPU and RSS from
//!   `/proc/EXPORTER_PID`.
//!
//! Each mode prints one JSON line.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use podpulse::model::{Container, ContainerId, ExecOutput, PodRef, RuntimeEvent, RuntimeKind};
use podpulse::probe::{
    run_scheduler, Handler, HttpGet, ProbeBook, ProbeConfig, ProbeKey, ProbeKind, ProbeSpec,
    ProbeTarget, Scheme, TargetContainer, Timing,
};
use podpulse::runtime::{ExecError, Runtime, RuntimeError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::{mpsc, watch};
use tokio_util::sync::CancellationToken;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("tokio runtime: {e}");
            std::process::exit(2);
        }
    };
    let a = |i: usize| args.get(i).cloned().unwrap_or_default();
    let n = |i: usize| a(i).parse::<u64>().unwrap_or(0);
    match a(0).as_str() {
        "serve" => rt.block_on(serve(n(1) as u16, n(2) as u16)),
        "podpulse" => rt.block_on(podpulse(&a(1), n(2) as u16, n(3) as usize, n(4), n(5))),
        "blackbox" => rt.block_on(blackbox(
            &a(1),
            n(2) as u16,
            n(3),
            n(4),
            n(5),
            &a(6),
            n(7) as u32,
        )),
        "" => eprintln!("probe_bench: no mode given (see bench/probe/run.sh); nothing to do"),
        other => {
            eprintln!("unknown mode {other}");
            std::process::exit(2);
        }
    }
}

async fn serve(http_port: u16, tcp_port: u16) {
    let http = tokio::net::TcpListener::bind(("127.0.0.1", http_port)).await;
    let tcp = tokio::net::TcpListener::bind(("127.0.0.1", tcp_port)).await;
    let (Ok(http), Ok(tcp)) = (http, tcp) else {
        eprintln!("cannot bind targets");
        std::process::exit(2);
    };
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = tcp.accept().await else {
                continue;
            };
            drop(sock);
        }
    });
    loop {
        let Ok((mut sock, _)) = http.accept().await else {
            continue;
        };
        tokio::spawn(async move {
            let mut buf = [0u8; 2048];
            let mut got = Vec::new();
            loop {
                match sock.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        got.extend_from_slice(&buf[..n]);
                        if got.windows(4).any(|w| w == b"\r\n\r\n") {
                            break;
                        }
                    }
                }
            }
            let _ = sock
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                .await;
            let _ = sock.shutdown().await;
        });
    }
}

struct NoExec;

#[async_trait]
impl Runtime for NoExec {
    fn kind(&self) -> RuntimeKind {
        RuntimeKind::Docker
    }
    fn endpoint(&self) -> String {
        String::new()
    }
    async fn version(&self) -> Result<String, RuntimeError> {
        Ok(String::new())
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
        _cmd: &[String],
        _timeout: Duration,
    ) -> Result<ExecOutput, ExecError> {
        Err(ExecError::Failed("no exec in the benchmark".into()))
    }
    async fn images(&self) -> Result<Vec<String>, RuntimeError> {
        Ok(Vec::new())
    }
}

/// (user+system CPU seconds, RSS KiB, peak RSS KiB) of a process from /proc.
fn proc_usage(pid: &str) -> (f64, u64, u64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the ")" of the command name: utime is field 14, stime 15 (1-based).
    let after = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    let cpu = (ticks(11) + ticks(12)) / CLK_TCK;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (cpu, kib("VmRSS:"), kib("VmHWM:"))
}

/// `/proc/*/stat` CPU times are in clock ticks: 100 per second on every Linux this runs on
/// (reading `sysconf(_SC_CLK_TCK)` would need `unsafe`, which the crate denies).
const CLK_TCK: f64 = 100.0;

async fn podpulse(kind: &str, port: u16, targets: usize, warmup: u64, seconds: u64) {
    let handler = match kind {
        "http" => Handler::Http(HttpGet {
            scheme: Scheme::Http,
            host: None,
            port,
            path: "/healthz".into(),
            headers: Vec::new(),
        }),
        _ => Handler::Tcp { host: None, port },
    };
    let spec = Arc::new(ProbeSpec {
        timing: Timing {
            period: Duration::from_secs(1),
            ..Timing::default()
        },
        handler,
    });
    let set: Vec<ProbeTarget> = (0..targets)
        .map(|i| ProbeTarget {
            key: Arc::new(ProbeKey {
                pod: PodRef {
                    namespace: "bench".into(),
                    name: format!("pod-{i}"),
                    uid: format!("uid-{i:05}"),
                },
                container: "app".into(),
                kind: ProbeKind::Readiness,
            }),
            spec: spec.clone(),
            container: TargetContainer::Running {
                id: ContainerId(format!("c{i}")),
                started_at: Some(0.0),
            },
            pod_ip: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            host_network: false,
            deleting: false,
            restart_never: false,
            gated_by_startup: false,
            pod_finished: false,
        })
        .collect();
    let (_ttx, trx) = watch::channel(Arc::new(set));
    let (tx, mut rx) = mpsc::channel(1024);
    let cancel = CancellationToken::new();
    tokio::spawn(run_scheduler(
        trx,
        Arc::new(NoExec),
        ProbeConfig::default(),
        tx,
        cancel.clone(),
    ));
    // The consumer the agent has: every report folded into the book.
    let probes = Arc::new(AtomicU64::new(0));
    let fails = Arc::new(AtomicU64::new(0));
    let (p2, f2) = (probes.clone(), fails.clone());
    tokio::spawn(async move {
        let mut book = ProbeBook::new();
        while let Some(r) = rx.recv().await {
            if let Some(run) = &r.run {
                p2.fetch_add(1, Ordering::Relaxed);
                if run.result != podpulse::probe::ProbeResult::Success {
                    f2.fetch_add(1, Ordering::Relaxed);
                }
            }
            book.record(&r);
        }
    });
    tokio::time::sleep(Duration::from_secs(warmup)).await;
    let (cpu0, _, _) = proc_usage("self");
    let n0 = probes.load(Ordering::Relaxed);
    let f0 = fails.load(Ordering::Relaxed);
    let t0 = Instant::now();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    let (cpu1, rss, hwm) = proc_usage("self");
    let n = probes.load(Ordering::Relaxed) - n0;
    let f = fails.load(Ordering::Relaxed) - f0;
    let wall = t0.elapsed().as_secs_f64();
    cancel.cancel();
    print_result("podpulse", kind, n, f, cpu1 - cpu0, wall, rss, hwm);
}

#[allow(clippy::too_many_arguments)]
fn print_result(
    who: &str,
    kind: &str,
    n: u64,
    fails: u64,
    cpu: f64,
    wall: f64,
    rss: u64,
    hwm: u64,
) {
    let per_cpu = if cpu > 0.0 { n as f64 / cpu } else { 0.0 };
    println!(
        "{}",
        serde_json::json!({
            "prober": who, "kind": kind, "probes": n, "failed": fails,
            "wall_s": wall, "cpu_s": cpu, "probes_per_s": n as f64 / wall,
            "cpu_s_per_1000": if n > 0 { cpu * 1000.0 / n as f64 } else { 0.0 },
            "probes_per_cpu_s": per_cpu, "rss_mib": rss as f64 / 1024.0, "peak_rss_mib": hwm as f64 / 1024.0,
        })
    );
}

/// Requests the load client keeps in flight at most.
const MAX_IN_FLIGHT: usize = 128;

async fn blackbox(
    kind: &str,
    port: u16,
    rate: u64,
    warmup: u64,
    seconds: u64,
    exporter: &str,
    pid: u32,
) {
    use http_body_util::{BodyExt, Empty};
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;
    let client: Client<_, Empty<bytes::Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(512)
        .build_http();
    let url = match kind {
        "http" => format!(
            "http://{exporter}/probe?module=http_2xx&target=http%3A%2F%2F127.0.0.1%3A{port}%2Fhealthz"
        ),
        _ => format!("http://{exporter}/probe?module=tcp_connect&target=127.0.0.1%3A{port}"),
    };
    let Ok(uri) = url.parse::<hyper::Uri>() else {
        eprintln!("bad url {url}");
        return;
    };
    let ok = Arc::new(AtomicU64::new(0));
    let bad = Arc::new(AtomicU64::new(0));
    let skipped = Arc::new(AtomicU64::new(0));
    let stop = CancellationToken::new();
    // Bounded in-flight requests: an overloaded exporter is not flooded with a growing backlog
    // (which would inflate its memory and GC work); a tick without a free slot is skipped.
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_IN_FLIGHT));
    let (ok2, bad2, stop2, skipped2) = (ok.clone(), bad.clone(), stop.clone(), skipped.clone());
    let gen = tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / rate.max(1)));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
        loop {
            tokio::select! {
                _ = stop2.cancelled() => return,
                _ = tick.tick() => {}
            }
            let Ok(permit) = slots.clone().try_acquire_owned() else {
                skipped2.fetch_add(1, Ordering::Relaxed);
                continue;
            };
            let (c, u, ok3, bad3) = (client.clone(), uri.clone(), ok2.clone(), bad2.clone());
            tokio::spawn(async move {
                let _permit = permit;
                let body = match c.get(u).await {
                    Ok(resp) => resp.into_body().collect().await.map(|b| b.to_bytes()).ok(),
                    Err(_) => None,
                };
                let success =
                    body.is_some_and(|b| String::from_utf8_lossy(&b).contains("\nprobe_success 1"));
                if success {
                    ok3.fetch_add(1, Ordering::Relaxed);
                } else {
                    bad3.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    let pid = pid.to_string();
    tokio::time::sleep(Duration::from_secs(warmup)).await;
    let (cpu0, _, _) = proc_usage(&pid);
    let (o0, b0) = (ok.load(Ordering::Relaxed), bad.load(Ordering::Relaxed));
    let t0 = Instant::now();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    let (cpu1, rss, hwm) = proc_usage(&pid);
    let (o1, b1) = (ok.load(Ordering::Relaxed), bad.load(Ordering::Relaxed));
    let wall = t0.elapsed().as_secs_f64();
    stop.cancel();
    let _ = gen.await;
    eprintln!(
        "blackbox client: {} ticks skipped (no free slot of {MAX_IN_FLIGHT})",
        skipped.load(Ordering::Relaxed)
    );
    print_result(
        "blackbox_exporter",
        kind,
        (o1 - o0) + (b1 - b0),
        b1 - b0,
        cpu1 - cpu0,
        wall,
        rss,
        hwm,
    );
}
