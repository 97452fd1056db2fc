//! Agent benchmark (issue 2): 110 pods of 2 app containers each (the kubelet's default max pods)
//! as real containers on the local dockerd, and 1,000 synthetic pods rendered in-process.
//!
//! Prints: agent RSS, median /metrics render time and size, series per pod, death-to-metric
//! latency p50/p99, and the in-process render time for 110 and 1,000 pods.
//! Run: `cargo bench --bench agent` (needs dockerd and the test images: scripts/setup.sh).

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use podpulse::health::{self, ClassifyConfig, PodInput};
use podpulse::metrics::{render, RenderInputs};
use podpulse::model::{Container, ContainerId, ContainerKind, PodRef, RuntimeKind, RuntimeState};
use podpulse::state::{PodView, RuntimeStatus, Snapshot};

const PODS: usize = 110;
const PREFIX: &str = "ppbench";

fn docker(args: &[&str]) -> String {
    let out = Command::new("docker")
        .args(args)
        .output()
        .expect("docker CLI");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn get(port: u16, path: &str) -> (Duration, String) {
    let start = Instant::now();
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .expect("write");
    let mut buf = String::new();
    s.read_to_string(&mut buf).expect("read");
    let body = buf
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    (start.elapsed(), body)
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn cleanup() {
    let ids = docker(&[
        "ps",
        "-aq",
        "--filter",
        &format!("label=io.kubernetes.pod.namespace={PREFIX}"),
    ]);
    let ids: Vec<&str> = ids.split_whitespace().collect();
    for chunk in ids.chunks(50) {
        let mut args = vec!["rm", "-f"];
        args.extend_from_slice(chunk);
        docker(&args);
    }
}

fn create_pods() {
    let mut handles = Vec::new();
    for worker in 0..4 {
        handles.push(std::thread::spawn(move || {
            for i in (worker..PODS).step_by(4) {
                let pod = format!("pod-{i}");
                let uid = format!("bench-uid-{i}");
                let labels = |c: &str, t: &str| {
                    vec![
                        "--label".to_string(),
                        format!("io.kubernetes.pod.name={pod}"),
                        "--label".to_string(),
                        format!("io.kubernetes.pod.namespace={PREFIX}"),
                        "--label".to_string(),
                        format!("io.kubernetes.pod.uid={uid}"),
                        "--label".to_string(),
                        format!("io.kubernetes.container.name={c}"),
                        "--label".to_string(),
                        format!("io.kubernetes.docker.type={t}"),
                    ]
                };
                let mut args: Vec<String> = vec![
                    "run".into(),
                    "-d".into(),
                    "--name".into(),
                    format!("k8s_POD_{pod}_{PREFIX}_{uid}_0"),
                ];
                args.extend(labels("POD", "podsandbox"));
                args.push("podpulse-test/pause:1".into());
                let refs: Vec<&str> = args.iter().map(String::as_str).collect();
                let sandbox = docker(&refs);
                for c in ["app", "sidecar"] {
                    let mut args: Vec<String> = vec![
                        "run".into(),
                        "-d".into(),
                        "--name".into(),
                        format!("k8s_{c}_{pod}_{PREFIX}_{uid}_0"),
                        "--network".into(),
                        format!("container:{sandbox}"),
                    ];
                    args.extend(labels(c, "container"));
                    args.extend([
                        "podpulse-test/busybox:1".into(),
                        "sleep".into(),
                        "3600".into(),
                    ]);
                    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
                    docker(&refs);
                }
            }
        }));
    }
    for h in handles {
        let _ = h.join();
    }
}

fn synthetic_snapshot(n: usize) -> Snapshot {
    let cfg = ClassifyConfig::default();
    let now = podpulse::time::now();
    let pods = (0..n)
        .map(|i| {
            let pod = PodRef {
                namespace: format!("ns-{}", i % 20),
                name: format!("pod-{i}"),
                uid: format!("uid-{i:08}"),
            };
            let mk = |name: &str, kind: ContainerKind| Container {
                id: ContainerId(format!("{name}-{i:060}")),
                pod: pod.clone(),
                name: name.to_string(),
                kind,
                plain: false,
                image: "registry.example/app:1.2.3".into(),
                image_id: "sha256:abc".into(),
                attempt: 0,
                restart_count: (i % 3) as u32,
                state: RuntimeState::Running {
                    started_at: Some(now - 3600.0),
                },
                created_at: Some(now - 3600.0),
                health: None,
                ip: (kind == ContainerKind::Sandbox).then(|| "10.1.2.3".parse().expect("ip")),
                host_network: false,
                ports: Vec::new(),
                memory_limit_bytes: None,
                pod_labels: Default::default(),
            };
            let containers = vec![
                mk("POD", ContainerKind::Sandbox),
                mk("app", ContainerKind::App),
                mk("sidecar", ContainerKind::App),
            ];
            let health = health::classify(&PodInput {
                pod: &pod,
                spec: None,
                containers: &containers,
                runtime_up: true,
                journal: &[],
                probes: &[],
                images_present: None,
                now,
                config: &cfg,
            });
            let row = podpulse::health::table::PodRow::new(&pod.namespace, &pod.name, &health);
            std::sync::Arc::new(PodView {
                superseded: false,
                journal_events: Default::default(),
                probe_series: Vec::new(),
                kubelet_disagreement: Default::default(),
                crashlooping: [("app".to_string(), false), ("sidecar".to_string(), false)]
                    .into_iter()
                    .collect(),
                row,
                pod_ip: Some("10.1.2.3".into()),
                host_network: false,
                created_at: Some(now - 3600.0),
                health: std::sync::Arc::new(health),
                terminations: Default::default(),
                oom_kills: [("app".to_string(), 0), ("sidecar".to_string(), 0)]
                    .into_iter()
                    .collect(),
                restarts: [("app".to_string(), 1), ("sidecar".to_string(), 0)]
                    .into_iter()
                    .collect(),
                containers: std::sync::Arc::new(containers),
                probes: Vec::new(),
                journal: Vec::new(),
                spec: None,
                pod,
            })
        })
        .collect();
    let mut snap = Snapshot::empty(RuntimeStatus {
        kind: RuntimeKind::Docker,
        endpoint: "/var/run/docker.sock".into(),
        up: true,
        version: "bench".into(),
        reason: "bench".into(),
        last_error: None,
    });
    snap.pods = pods;
    snap.synced = true;
    snap
}

fn bench_render(n: usize) -> (f64, usize) {
    let snap = synthetic_snapshot(n);
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..60 {
        let t = Instant::now();
        let out = render(&RenderInputs {
            snapshot: &snap,
            skips: &[],
            journal: None,
            config_errors: &[],
            openmetrics: false,
        });
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        size = out.len();
    }
    (pct(&mut times, 0.5), size)
}

fn main() {
    // Test runners list benches with `--list`; this harness has nothing to list.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    for n in [110, 1000] {
        let (ms, size) = bench_render(n);
        println!("render_synthetic pods={n} median_ms={ms:.3} bytes={size}");
    }
    if std::env::args().any(|a| a == "--synthetic-only") {
        return;
    }
    cleanup();
    let t = Instant::now();
    create_pods();
    println!(
        "created {PODS} pods ({} containers) in {:.1}s",
        PODS * 3,
        t.elapsed().as_secs_f64()
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let mut agent = Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args([
            "run",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--no-journal",
            "--no-probes",
            "--log-level",
            "warn",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("agent");
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "agent did not listen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    loop {
        let (_, body) = get(port, "/metrics");
        let seen = body
            .lines()
            .filter(|l| {
                l.starts_with("podpulse_pod_info{")
                    && l.contains(&format!("namespace=\"{PREFIX}\""))
            })
            .count();
        if seen >= PODS {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "agent saw only {seen} pods"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(3));

    let mut times = Vec::new();
    let mut body = String::new();
    for _ in 0..100 {
        let (d, b) = get(port, "/metrics");
        times.push(d.as_secs_f64() * 1000.0);
        body = b;
    }
    let series: usize = body
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains(&format!("namespace=\"{PREFIX}\"")))
        .count();
    println!(
        "real pods={PODS} rss_mib={:.1} scrape_median_ms={:.2} metrics_bytes={} series_per_pod={:.1}",
        rss_kib(agent.id()) as f64 / 1024.0,
        pct(&mut times, 0.5),
        body.len(),
        series as f64 / PODS as f64
    );

    // Death to metric: kill an app container, poll /metrics until its state shows terminated.
    let mut lat = Vec::new();
    let mut killed = HashSet::new();
    for i in 0..30 {
        let pod = format!("pod-{i}");
        let name = format!("k8s_app_{pod}_{PREFIX}_bench-uid-{i}_0");
        let needle = format!("podpulse_container_state{{namespace=\"{PREFIX}\",pod=\"{pod}\",uid=\"bench-uid-{i}\",container=\"app\",state=\"terminated\"}} 1");
        let t = Instant::now();
        docker(&["kill", &name]);
        loop {
            let (_, b) = get(port, "/metrics");
            if b.contains(&needle) {
                break;
            }
            if t.elapsed() > Duration::from_secs(10) {
                println!("timeout waiting for {pod}");
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
        killed.insert(name);
    }
    println!(
        "death_to_metric samples={} p50_ms={:.1} p99_ms={:.1}  (includes the docker CLI's own kill round trip)",
        lat.len(),
        pct(&mut lat.clone(), 0.5),
        pct(&mut lat, 0.99)
    );
    println!("rss_after_mib={:.1}", rss_kib(agent.id()) as f64 / 1024.0);
    let _ = agent.kill();
    let _ = agent.wait();
    cleanup();
}
