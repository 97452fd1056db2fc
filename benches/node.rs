//! Whole-agent benchmark (issue 11): the `podpulse run` process as a user runs it, measured from
//! `/proc` (CPU from `stat`, RSS from `status`), beside blackbox_exporter in the same run.
//!
//! Pods are host-network static pods: manifests in a directory (the kubelet's `staticPodPath`)
//! and, on the local dockerd, the containers the kubelet would run for them (a pause sandbox on
//! the host network and app containers in it, labelled as cri-dockerd labels them). Their HTTP
//! and TCP probes hit one loopback server run by this bench, which blackbox_exporter probes too.
//!
//! Phases (each prints one JSON line, then a summary table):
//! - `per_probe` at 10 and at 110 pods: HTTP readiness + TCP liveness every second on one
//!   container per pod; the agent with probes minus the same agent with `--no-probes`, divided
//!   by the probe results it counted; blackbox_exporter doing the same probes per second.
//! - `realistic`: 110 pods × 2 containers, each with HTTP readiness + TCP liveness every 10 s
//!   (44 probes/s), a scrape every 15 s: CPU share of one core and RSS.
//! - `synthetic`: 1,000 pods from a replayed API server (the pod list, then a watch stream with
//!   10 changes per second), no containers: CPU share and RSS.
//! - `churn`: 8 cycles of 30 pods created and removed: RSS after each cycle.
//!
//! Run: `bench/node/run.sh` (installs blackbox_exporter, then `cargo bench --bench node`).
//! Env: WINDOW (s, default 30), PHASES (comma list of the phases above, default all), BB (the
//! blackbox_exporter binary), PERF (a directory: profile the agent with `perf record`;
//! PERF_CALLGRAPH=dwarf for whole stacks; the figures of a profiled run are not the product's).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "node/cri.rs"]
mod cri;

const NS: &str = "ppnode";
const NODE: &str = "n1";

fn docker(args: &[&str]) -> String {
    match Command::new("docker").args(args).output() {
        Ok(out) => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        Err(e) => {
            eprintln!("docker CLI: {e}");
            String::new()
        }
    }
}

/// CPU seconds (user + system) of a process, from `/proc/<pid>/stat`.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the ")" of the command name: utime is field 14, stime 15 (1-based).
    let after = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // Clock ticks are 100 per second on every Linux this runs on.
    (ticks(11) + ticks(12)) / 100.0
}

/// RSS and peak RSS in MiB, from `/proc/<pid>/status`.
fn rss_mib(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (kib("VmRSS:") / 1024.0, kib("VmHWM:") / 1024.0)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

fn http_get(addr: &str, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut buf = String::new();
    s.read_to_string(&mut buf).ok()?;
    Some(buf.split_once("\r\n\r\n")?.1.to_string())
}

/// The loopback targets every probe hits: HTTP answering 200 `ok`, TCP accepting and closing.
fn serve_targets() -> (u16, u16) {
    let http = TcpListener::bind("127.0.0.1:0").expect("bind http target");
    let tcp = TcpListener::bind("127.0.0.1:0").expect("bind tcp target");
    let ports = (
        http.local_addr().expect("addr").port(),
        tcp.local_addr().expect("addr").port(),
    );
    std::thread::spawn(move || {
        for s in tcp.incoming() {
            drop(s);
        }
    });
    std::thread::spawn(move || {
        for s in http.incoming().flatten() {
            std::thread::spawn(move || {
                let mut s = s;
                let mut r = BufReader::new(match s.try_clone() {
                    Ok(c) => c,
                    Err(_) => return,
                });
                let mut line = String::new();
                while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                    if line == "\r\n" {
                        break;
                    }
                    line.clear();
                }
                let _ = s.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                );
            });
        }
    });
    ports
}

/// A static pod manifest: host network, `containers` each with an HTTP readiness and a TCP
/// liveness probe every `period` seconds against the loopback targets.
fn manifest(i: usize, containers: &[&str], period: u32, http: u16, tcp: u16) -> String {
    let mut m = format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p{i}\n  namespace: {NS}\nspec:\n  hostNetwork: true\n  containers:\n"
    );
    for c in containers {
        m.push_str(&format!(
            "  - name: {c}\n    image: podpulse-test/busybox:1\n    readinessProbe:\n      httpGet:\n        path: /healthz\n        port: {http}\n      periodSeconds: {period}\n    livenessProbe:\n      tcpSocket:\n        port: {tcp}\n      periodSeconds: {period}\n"
        ));
    }
    m
}

fn write_manifests(dir: &Path, pods: usize, containers: &[&str], period: u32, ports: (u16, u16)) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("manifest dir");
    for i in 0..pods {
        std::fs::write(
            dir.join(format!("p{i}.yaml")),
            manifest(i, containers, period, ports.0, ports.1),
        )
        .expect("write manifest");
    }
}

fn labels(pod: &str, uid: &str, container: &str, kind: &str) -> Vec<String> {
    [
        format!("io.kubernetes.pod.name={pod}"),
        format!("io.kubernetes.pod.namespace={NS}"),
        format!("io.kubernetes.pod.uid={uid}"),
        format!("io.kubernetes.container.name={container}"),
        format!("io.kubernetes.docker.type={kind}"),
    ]
    .into_iter()
    .flat_map(|l| ["--label".to_string(), l])
    .collect()
}

fn uid(i: usize) -> String {
    format!("ppnode-{}-{i}", std::process::id())
}

fn run(args: Vec<String>) -> String {
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    docker(&refs)
}

/// Creates (on 4 threads) the kubelet-shaped containers of pods `range`: the sandbox when
/// missing, then each of `containers`.
fn create_pods(range: std::ops::Range<usize>, containers: &'static [&'static str], sandbox: bool) {
    let idx: Vec<usize> = range.collect();
    let chunks: Vec<Vec<usize>> = (0..4)
        .map(|w| idx.iter().copied().skip(w).step_by(4).collect())
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            std::thread::spawn(move || {
                for i in chunk {
                    let pod = format!("p{i}-{NODE}");
                    let uid = uid(i);
                    let sb_name = format!("k8s_POD_{pod}_{NS}_{uid}_0");
                    if sandbox {
                        let mut a: Vec<String> =
                            vec!["run".into(), "-d".into(), "--name".into(), sb_name.clone()];
                        a.extend(["--network".into(), "host".into()]);
                        a.extend(labels(&pod, &uid, "POD", "podsandbox"));
                        a.push("podpulse-test/pause:1".into());
                        run(a);
                    }
                    for c in containers {
                        let mut a: Vec<String> = vec![
                            "run".into(),
                            "-d".into(),
                            "--name".into(),
                            format!("k8s_{c}_{pod}_{NS}_{uid}_0"),
                            "--network".into(),
                            format!("container:{sb_name}"),
                        ];
                        a.extend(labels(&pod, &uid, c, "container"));
                        a.extend([
                            "podpulse-test/busybox:1".into(),
                            "sleep".into(),
                            "36000".into(),
                        ]);
                        run(a);
                    }
                }
            })
        })
        .collect();
    for h in handles {
        let _ = h.join();
    }
}

fn cleanup() {
    let ids = docker(&[
        "ps",
        "-aq",
        "--filter",
        &format!("label=io.kubernetes.pod.namespace={NS}"),
    ]);
    let ids: Vec<&str> = ids.split_whitespace().collect();
    for chunk in ids.chunks(50) {
        let mut args = vec!["rm", "-f"];
        args.extend_from_slice(chunk);
        docker(&args);
    }
}

/// A running `podpulse run`, killed on drop.
struct Agent {
    child: Child,
    addr: String,
}

impl Agent {
    fn start(extra: &[&str]) -> Agent {
        let port = free_port();
        let addr = format!("127.0.0.1:{port}");
        let child = Command::new(env!("CARGO_BIN_EXE_podpulse"))
            .args([
                "run",
                "--listen",
                &addr,
                "--no-journal",
                "--no-plain-containers",
                "--node-name",
                NODE,
                "--log-level",
                "warn",
            ])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start podpulse");
        let a = Agent { child, addr };
        let t = Instant::now();
        while http_get(&a.addr, "/readyz").is_none_or(|b| !b.starts_with("ready")) {
            assert!(t.elapsed() < Duration::from_secs(60), "agent never ready");
            std::thread::sleep(Duration::from_millis(100));
        }
        a
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn metrics(&self) -> String {
        http_get(&self.addr, "/metrics").unwrap_or_default()
    }

    /// Probe results the agent counted for the bench's pods.
    fn probe_results(&self) -> f64 {
        let m = self.metrics();
        sum(&m, "podpulse_probe_results_total{") + sum(&m, "podpulse_probe_results{")
    }

    fn pods_seen(&self) -> usize {
        self.metrics()
            .lines()
            .filter(|l| l.starts_with("podpulse_pod_info{") && l.contains(NS))
            .count()
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sum(metrics: &str, prefix: &str) -> f64 {
    metrics
        .lines()
        .filter(|l| l.starts_with(prefix) && l.contains(&format!("namespace=\"{NS}\"")))
        .filter_map(|l| l.rsplit_once(' ').and_then(|(_, v)| v.parse::<f64>().ok()))
        .sum()
}

struct Window {
    cpu_s: f64,
    wall_s: f64,
    rss_mib: f64,
    peak_mib: f64,
}

/// Measures a process over `secs`, calling `during` every second (a scrape schedule).
fn measure(pid: u32, secs: u64, mut during: impl FnMut(u64)) -> Window {
    let c0 = cpu_seconds(pid);
    let t0 = Instant::now();
    for s in 0..secs {
        during(s);
        let next = t0 + Duration::from_secs(s + 1);
        std::thread::sleep(next.saturating_duration_since(Instant::now()));
    }
    let (rss, peak) = rss_mib(pid);
    Window {
        cpu_s: cpu_seconds(pid) - c0,
        wall_s: t0.elapsed().as_secs_f64(),
        rss_mib: rss,
        peak_mib: peak,
    }
}

fn wait_pods(agent: &Agent, n: usize) {
    let t = Instant::now();
    while agent.pods_seen() < n {
        assert!(
            t.elapsed() < Duration::from_secs(120),
            "agent sees {} of {n} pods",
            agent.pods_seen()
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// blackbox_exporter on loopback, killed on drop.
struct Blackbox {
    child: Child,
    addr: String,
    _dir: PathBuf,
}

impl Blackbox {
    fn start(bin: &str) -> Option<Blackbox> {
        let dir = std::env::temp_dir().join(format!("ppnode-bb-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok()?;
        let cfg = dir.join("blackbox.yml");
        std::fs::write(
            &cfg,
            "modules:\n  http_2xx:\n    prober: http\n    timeout: 1s\n    http:\n      method: GET\n      preferred_ip_protocol: ip4\n  tcp_connect:\n    prober: tcp\n    timeout: 1s\n    tcp:\n      preferred_ip_protocol: ip4\n",
        )
        .ok()?;
        let addr = format!("127.0.0.1:{}", free_port());
        let child = Command::new(bin)
            .arg(format!("--config.file={}", cfg.display()))
            .arg(format!("--web.listen-address={addr}"))
            .arg("--log.level=warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let bb = Blackbox {
            child,
            addr,
            _dir: dir,
        };
        let t = Instant::now();
        while TcpStream::connect(&bb.addr).is_err() {
            if t.elapsed() > Duration::from_secs(10) {
                return None;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(bb)
    }

    /// Drives `per_kind` HTTP and `per_kind` TCP probes per second through `/probe` for
    /// `warmup + secs` seconds; measures the exporter over the last `secs`.
    fn run(&self, per_kind: usize, ports: (u16, u16), warmup: u64, secs: u64) -> (Window, u64) {
        let stop = Arc::new(AtomicBool::new(false));
        let done = Arc::new(AtomicU64::new(0));
        let paths = [
            format!(
                "/probe?module=http_2xx&target=http%3A%2F%2F127.0.0.1%3A{}%2Fhealthz",
                ports.0
            ),
            format!("/probe?module=tcp_connect&target=127.0.0.1%3A{}", ports.1),
        ];
        // One thread per probe target, each once a second: what a Prometheus scraping
        // `per_kind` targets of each module every second sends.
        let mut handles = Vec::new();
        for i in 0..per_kind * 2 {
            let (stop, done, addr) = (stop.clone(), done.clone(), self.addr.clone());
            let path = paths[i % 2].clone();
            let offset = Duration::from_millis((i as u64 * 997) % 1000);
            handles.push(std::thread::spawn(move || {
                std::thread::sleep(offset);
                let mut next = Instant::now();
                while !stop.load(Ordering::Relaxed) {
                    if http_get(&addr, &path).is_some_and(|b| b.contains("\nprobe_success 1")) {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    next += Duration::from_secs(1);
                    std::thread::sleep(next.saturating_duration_since(Instant::now()));
                }
            }));
        }
        std::thread::sleep(Duration::from_secs(warmup));
        let d0 = done.load(Ordering::Relaxed);
        let w = measure(self.child.id(), secs, |_| {});
        let n = done.load(Ordering::Relaxed) - d0;
        stop.store(true, Ordering::Relaxed);
        for h in handles {
            let _ = h.join();
        }
        (w, n)
    }
}

impl Drop for Blackbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// With `PERF=<dir>`, records a call-graph profile of the agent over the window
/// (`<dir>/<phase>.data`, read with `perf report -i`). Off by default: perf costs the agent CPU.
fn profile(pid: u32, phase: &str, secs: u64) -> Option<Child> {
    let dir = std::env::var("PERF").ok()?;
    let _ = std::fs::create_dir_all(&dir);
    // PERF_CALLGRAPH=dwarf gives whole stacks through libc and the release build (no frame
    // pointers); the default (frame pointers) costs the agent less while it is measured.
    let cg = std::env::var("PERF_CALLGRAPH").unwrap_or_else(|_| "fp".to_string());
    Command::new("perf")
        .args([
            "record",
            "--call-graph",
            &cg,
            "-q",
            "-p",
            &pid.to_string(),
            "-o",
        ])
        .arg(Path::new(&dir).join(format!("{phase}.data")))
        .args(["--", "sleep", &secs.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()
}

fn finish_profile(perf: Option<Child>) {
    if let Some(mut p) = perf {
        let _ = p.wait();
    }
}

fn emit(v: serde_json::Value) {
    println!("{v}");
}

/// Per-probe CPU of the agent (with probes minus without) and of blackbox_exporter at `pods`.
fn per_probe(pods: usize, dir: &Path, ports: (u16, u16), window: u64, bb: Option<&Blackbox>) {
    write_manifests(dir, pods, &["app"], 1, ports);
    let manifests = dir.to_str().expect("utf8 path");
    let mut results = Vec::new();
    for probes in [false, true] {
        let mut args = vec!["--manifest-dir", manifests];
        if !probes {
            args.push("--no-probes");
        }
        let agent = Agent::start(&args);
        wait_pods(&agent, pods);
        std::thread::sleep(Duration::from_secs(5));
        let r0 = agent.probe_results();
        let perf = probes.then(|| profile(agent.pid(), &format!("per_probe_{pods}"), window));
        let w = measure(agent.pid(), window, |_| {});
        let n = agent.probe_results() - r0;
        finish_profile(perf.flatten());
        results.push((w, n));
    }
    let (base, with) = (&results[0], &results[1]);
    let per = if with.1 > 0.0 {
        (with.0.cpu_s - base.0.cpu_s * with.0.wall_s / base.0.wall_s) / with.1
    } else {
        f64::NAN
    };
    let mut line = serde_json::json!({
        "phase": "per_probe", "pods": pods, "window_s": window,
        "podpulse_no_probes_cpu_s": base.0.cpu_s, "podpulse_probes_cpu_s": with.0.cpu_s,
        "podpulse_probe_results": with.1, "podpulse_ms_per_probe": per * 1000.0,
        "podpulse_rss_mib": with.0.rss_mib, "podpulse_peak_rss_mib": with.0.peak_mib,
        "podpulse_no_probes_rss_mib": base.0.rss_mib,
    });
    if let Some(bb) = bb {
        let (w, n) = bb.run(pods, ports, 3, window);
        let bb_per = if n > 0 { w.cpu_s / n as f64 } else { f64::NAN };
        line["blackbox_probes"] = n.into();
        line["blackbox_cpu_s"] = w.cpu_s.into();
        line["blackbox_ms_per_probe"] = (bb_per * 1000.0).into();
        line["blackbox_rss_mib"] = w.rss_mib.into();
        line["podpulse_over_blackbox"] = (per / bb_per).into();
    }
    emit(line);
}

/// The realistic node: 110 pods × 2 containers, HTTP + TCP every 10 s, a scrape every 15 s.
fn realistic(dir: &Path, ports: (u16, u16), window: u64) {
    write_manifests(dir, 110, &["app", "sidecar"], 10, ports);
    let agent = Agent::start(&["--manifest-dir", dir.to_str().expect("utf8 path")]);
    wait_pods(&agent, 110);
    // Let every probe worker start and settle (periods are 10 s).
    std::thread::sleep(Duration::from_secs(15));
    let r0 = agent.probe_results();
    let perf = profile(agent.pid(), "realistic", window);
    let w = measure(agent.pid(), window, |s| {
        if s % 15 == 0 {
            let _ = agent.metrics();
        }
    });
    let n = agent.probe_results() - r0;
    finish_profile(perf);
    emit(serde_json::json!({
        "phase": "realistic", "pods": 110, "containers_per_pod": 2, "window_s": w.wall_s,
        "runtime": "docker",
        "cpu_s": w.cpu_s, "core_percent": 100.0 * w.cpu_s / w.wall_s,
        "probe_results": n, "probes_per_s": n / w.wall_s,
        "rss_mib": w.rss_mib, "peak_rss_mib": w.peak_mib,
    }));
}

/// A pod as the API server sends it for the synthetic node.
fn api_pod(i: usize, rv: u64, restarts: u64) -> String {
    format!(
        r#"{{"kind":"Pod","apiVersion":"v1","metadata":{{"name":"syn-{i}","namespace":"{NS}","uid":"ppnode-syn-{i:08}","resourceVersion":"{rv}","creationTimestamp":"2026-12-01T00:00:00Z","labels":{{"app":"syn-{g}"}}}},"spec":{{"nodeName":"{NODE}","containers":[{{"name":"app","image":"registry.example/app:1.2.3","ports":[{{"containerPort":8080,"name":"http"}}],"readinessProbe":{{"httpGet":{{"path":"/healthz","port":"http"}},"periodSeconds":10}}}}],"restartPolicy":"Always"}},"status":{{"phase":"Running","podIP":"10.244.{a}.{b}","hostIP":"10.0.0.1","startTime":"2026-12-01T00:00:01Z","conditions":[{{"type":"Ready","status":"True"}}],"containerStatuses":[{{"name":"app","state":{{"running":{{"startedAt":"2026-12-01T00:00:02Z"}}}},"lastState":{{}},"ready":true,"restartCount":{restarts},"image":"registry.example/app:1.2.3","imageID":"","containerID":"containerd://{i:064}","started":true}}]}}}}"#,
        g = i % 50,
        a = i / 250,
        b = i % 250,
    )
}

/// A replayed API server on loopback: the pod list of `pods` pods, then a watch stream that
/// changes `rate` pods a second (a container restart each). Returns its address.
fn serve_api(pods: usize, rate: u64) -> String {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind api");
    let addr = l.local_addr().expect("addr").to_string();
    std::thread::spawn(move || {
        for s in l.incoming().flatten() {
            std::thread::spawn(move || {
                let mut s = s;
                let mut r = BufReader::new(match s.try_clone() {
                    Ok(c) => c,
                    Err(_) => return,
                });
                let mut first = String::new();
                let _ = r.read_line(&mut first);
                let mut line = String::new();
                while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                    if line == "\r\n" {
                        break;
                    }
                    line.clear();
                }
                if !first.contains("watch=") {
                    let items: Vec<String> = (0..pods).map(|i| api_pod(i, 1000, 0)).collect();
                    let body = format!(
                        r#"{{"kind":"PodList","apiVersion":"v1","metadata":{{"resourceVersion":"1000"}},"items":[{}]}}"#,
                        items.join(",")
                    );
                    let _ = write!(
                        s,
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    return;
                }
                if s
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .is_err()
                {
                    return;
                }
                let start = Instant::now();
                for k in 0u64.. {
                    let at = start + Duration::from_micros(k * 1_000_000 / rate.max(1));
                    std::thread::sleep(at.saturating_duration_since(Instant::now()));
                    let i = (k as usize * 7919) % pods;
                    let ev = format!(
                        "{{\"type\":\"MODIFIED\",\"object\":{}}}\n",
                        api_pod(i, 1001 + k, 1 + k / pods as u64)
                    );
                    if write!(s, "{:x}\r\n{ev}\r\n", ev.len()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    addr
}

/// 1,000 pods from the API server, 10 changes a second.
fn synthetic(window: u64) {
    let api = serve_api(1000, 10);
    let dir = std::env::temp_dir().join(format!("ppnode-kc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let kc = dir.join("kubeconfig");
    std::fs::write(
        &kc,
        format!("apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: c\n  cluster:\n    server: http://{api}\ncontexts:\n- name: c\n  context:\n    cluster: c\n    user: u\nusers:\n- name: u\n  user: {{}}\n"),
    )
    .expect("kubeconfig");
    let agent = Agent::start(&["--kubeconfig", kc.to_str().expect("utf8")]);
    wait_pods(&agent, 1000);
    std::thread::sleep(Duration::from_secs(5));
    let perf = profile(agent.pid(), "synthetic", window);
    let w = measure(agent.pid(), window, |s| {
        if s % 15 == 0 {
            let _ = agent.metrics();
        }
    });
    finish_profile(perf);
    emit(serde_json::json!({
        "phase": "synthetic", "pods": 1000, "changes_per_s": 10, "window_s": w.wall_s,
        "cpu_s": w.cpu_s, "core_percent": 100.0 * w.cpu_s / w.wall_s,
        "rss_mib": w.rss_mib, "peak_rss_mib": w.peak_mib,
    }));
    let _ = std::fs::remove_dir_all(&dir);
}

/// 8 cycles of 30 pods created and removed under a running agent: RSS after each.
fn churn(dir: &Path, ports: (u16, u16)) {
    cleanup();
    write_manifests(dir, 30, &["app"], 1, ports);
    let agent = Agent::start(&["--manifest-dir", dir.to_str().expect("utf8 path")]);
    let mut rss = Vec::new();
    for _ in 0..8 {
        create_pods(0..30, &["app"], true);
        wait_pods(&agent, 30);
        std::thread::sleep(Duration::from_secs(3));
        cleanup();
        let t = Instant::now();
        // The specs stay (manifests): the pods go back to waiting for their containers.
        let running = |m: &str| {
            m.lines()
                .filter(|l| l.starts_with("podpulse_container_state{") && l.contains(NS))
                .any(|l| l.contains("state=\"running\"} 1"))
        };
        while running(&agent.metrics()) && t.elapsed() < Duration::from_secs(30) {
            std::thread::sleep(Duration::from_millis(250));
        }
        rss.push(rss_mib(agent.pid()).0);
    }
    emit(
        serde_json::json!({"phase": "churn", "cycles": 8, "pods_per_cycle": 30, "rss_mib_after_each": rss}),
    );
}

fn main() {
    // Test runners list benches with `--list`; this harness has nothing to list.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let window: u64 = std::env::var("WINDOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let phases = std::env::var("PHASES")
        .unwrap_or_else(|_| "per_probe,realistic,synthetic,churn,realistic_cri".into());
    let want = |p: &str| phases.split(',').any(|x| x == p);
    let bb_bin = std::env::var("BB").unwrap_or_else(|_| "prometheus-blackbox-exporter".into());
    let ports = serve_targets();
    let dir = std::env::temp_dir().join(format!("ppnode-manifests-{}", std::process::id()));
    // A run of CRI phases alone leaves dockerd alone.
    let docker_phases = ["per_probe", "realistic", "churn"].iter().any(|p| want(p));
    if docker_phases {
        cleanup();
    }
    if want("per_probe") {
        let bb = Blackbox::start(&bb_bin);
        if bb.is_none() {
            eprintln!("blackbox_exporter ({bb_bin}) did not start: bench/node/run.sh installs it");
        }
        create_pods(0..10, &["app"], true);
        per_probe(10, &dir, ports, window, bb.as_ref());
        create_pods(10..110, &["app"], true);
        per_probe(110, &dir, ports, window, bb.as_ref());
    }
    if want("realistic") {
        if !want("per_probe") {
            create_pods(0..110, &["app"], true);
        }
        create_pods(0..110, &["sidecar"], false);
        realistic(&dir, ports, window.max(60));
    }
    if docker_phases {
        cleanup();
    }
    if want("synthetic") {
        synthetic(window);
    }
    if want("churn") {
        churn(&dir, ports);
    }
    if docker_phases {
        cleanup();
    }
    if want("realistic_cri") {
        let cri_dir =
            std::env::temp_dir().join(format!("ppnode-cri-manifests-{}", std::process::id()));
        cri::realistic_cri(&cri_dir, ports, window.max(60));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
