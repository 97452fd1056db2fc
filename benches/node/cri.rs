//! The `realistic_cri` phase: the realistic node of `realistic` (110 pods × 2 containers, HTTP
//! readiness + TCP liveness every 10 s per container, a scrape every 15 s), run by the kubelet's
//! CRI calls on podpulse's own test containerd (`/run/pp-containerd/containerd.sock`, started by
//! `scripts/setup.sh`), with `podpulse run --runtime cri` watching it.
//!
//! The pods are host-network sandboxes (so their probes reach the bench's loopback targets)
//! created through CRI with the kubelet's labels (`tests/common/cri_driver.rs`), and static
//! manifests naming the same uid, namespace and name, so each spec joins its sandbox by uid.
//! Measured over one window each, from `/proc`: containerd alone with the pods (its floor), the
//! agent without probes (its idle cost on CRI), then with them; containerd's own CPU (the process
//! serving the socket) and its shims' over each window, for context: the agent's calls cost
//! containerd CPU too.
//!
//! Owns everything it creates: sandboxes named `ppnode-cri-*` (removed through CRI at the end,
//! also on a panic) and its manifest directory. It never restarts containerd; without it the
//! phase fails, naming containerd and `scripts/setup.sh`.

#[path = "../../tests/common/cri_driver.rs"]
mod cri_driver;
#[path = "../../tests/common/pod_driver.rs"]
mod pod_driver;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cri_driver::CriDriver;
use futures_util::stream::{self, StreamExt};
use pod_driver::{AppSpec, PodDriver, PodSpec};

use super::{cpu_seconds, measure, wait_pods, Agent, Window, NODE, NS};

/// Sandbox (pod) names start with this; teardown removes exactly these.
const PREFIX: &str = "ppnode-cri-";
const PODS: usize = 110;
const CONTAINERS: [&str; 2] = ["app", "sidecar"];
/// Probe period (s) of the realistic node.
const PERIOD: u32 = 10;

/// The pod's uid: UUID-shaped like the kubelet's, unique to this bench run.
fn cri_uid(i: usize) -> String {
    format!("{:08x}-0000-4000-8000-{i:012x}", std::process::id())
}

/// The static manifest of pod `i`: the `realistic` phase's pod (host network, each container
/// with HTTP readiness and TCP liveness against the loopback targets), plus the uid of its CRI
/// sandbox (the kubelet keeps a uid a manifest sets), so the join is by uid.
fn cri_manifest(i: usize, http: u16, tcp: u16) -> String {
    let mut m = format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {PREFIX}{i}\n  namespace: {NS}\n  uid: {uid}\nspec:\n  hostNetwork: true\n  containers:\n",
        uid = cri_uid(i)
    );
    for c in CONTAINERS {
        m.push_str(&format!(
            "  - name: {c}\n    image: podpulse-test/busybox:1\n    readinessProbe:\n      httpGet:\n        path: /healthz\n        port: {http}\n      periodSeconds: {PERIOD}\n    livenessProbe:\n      tcpSocket:\n        port: {tcp}\n      periodSeconds: {PERIOD}\n"
        ));
    }
    m
}

/// The pod as the kubelet asks the runtime for it: the manifest's name plus `-<node>`.
fn cri_pod(i: usize) -> PodSpec {
    PodSpec {
        name: format!("{PREFIX}{i}-{NODE}"),
        namespace: NS.to_string(),
        uid: cri_uid(i),
        host_network: true,
        labels: [("app".to_string(), "ppnode-cri".to_string())].into(),
    }
}

/// The containerd process serving the test socket: the pid `scripts/containerd-start.sh`
/// recorded, if that process is still a containerd.
fn containerd_pid() -> Option<u32> {
    let pid: u32 = std::fs::read_to_string("/run/pp-containerd/containerd.pid")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    let cmd = String::from_utf8_lossy(&cmd);
    (cmd.contains("containerd") && !cmd.contains("shim")).then_some(pid)
}

/// The runc shims of that containerd (one per sandbox), found by the socket in their arguments.
fn shim_pids(socket: &Path) -> Vec<u32> {
    let sock = socket.to_string_lossy().into_owned();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline")).is_ok_and(|c| {
                let c = String::from_utf8_lossy(&c);
                c.contains("containerd-shim") && c.contains(&sock)
            })
        })
        .collect()
}

fn cpu_of(pids: &[u32]) -> f64 {
    pids.iter().map(|&p| cpu_seconds(p)).sum()
}

/// Fails the phase unless the test containerd answers CRI on its socket.
fn require_containerd(rt: &tokio::runtime::Runtime, socket: &Path) {
    let hint = "start it with scripts/setup.sh (or scripts/containerd-start.sh)";
    assert!(
        socket.exists(),
        "realistic_cri needs the test containerd, but its CRI socket {} does not exist: {hint}",
        socket.display()
    );
    let answer = rt.block_on(async {
        tokio::time::timeout(
            Duration::from_secs(5),
            podpulse::runtime::cri::CriRuntime::connect(socket),
        )
        .await
    });
    match answer {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => panic!(
            "realistic_cri needs the test containerd, which does not answer CRI on {}: {e}; {hint}",
            socket.display()
        ),
        Err(_) => panic!(
            "realistic_cri needs the test containerd, which did not answer CRI on {} within 5 s; {hint}",
            socket.display()
        ),
    }
    assert!(
        containerd_pid().is_some(),
        "realistic_cri: no containerd process behind /run/pp-containerd/containerd.pid; {hint}"
    );
}

/// The phase's pods and manifests; removes them (through CRI) when dropped, also on a panic.
struct CriNode {
    rt: tokio::runtime::Runtime,
    driver: Arc<CriDriver>,
    dir: PathBuf,
}

impl CriNode {
    fn create(rt: tokio::runtime::Runtime, dir: &Path, ports: (u16, u16)) -> CriNode {
        let driver = Arc::new(rt.block_on(CriDriver::new()));
        if let Err(e) = rt.block_on(driver.cleanup_prefix(PREFIX)) {
            panic!("realistic_cri: removing leftover {PREFIX}* sandboxes: {e:#}");
        }
        let node = CriNode {
            rt,
            driver,
            dir: dir.to_path_buf(),
        };
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).expect("manifest dir");
        for i in 0..PODS {
            std::fs::write(
                dir.join(format!("{PREFIX}{i}.yaml")),
                cri_manifest(i, ports.0, ports.1),
            )
            .expect("write manifest");
        }
        let t0 = Instant::now();
        let d = node.driver.clone();
        let made: Vec<anyhow::Result<()>> = node.rt.block_on(
            stream::iter(0..PODS)
                .map(|i| {
                    let d = d.clone();
                    async move {
                        let pod = cri_pod(i);
                        let sb = d.run_pod(&pod).await?;
                        for c in CONTAINERS {
                            d.start_app(&sb, &pod, &AppSpec::sh(c, "exec sleep 36000"))
                                .await?;
                        }
                        Ok(())
                    }
                })
                .buffer_unordered(4)
                .collect(),
        );
        for r in made {
            if let Err(e) = r {
                panic!("realistic_cri: creating a pod through CRI: {e:#}");
            }
        }
        eprintln!(
            "realistic_cri: {PODS} sandboxes, {} containers through CRI in {:.1?}",
            PODS * CONTAINERS.len(),
            t0.elapsed()
        );
        node
    }
}

impl Drop for CriNode {
    fn drop(&mut self) {
        let t0 = Instant::now();
        if let Err(e) = self.rt.block_on(self.driver.cleanup_prefix(PREFIX)) {
            eprintln!("realistic_cri: teardown of {PREFIX}* sandboxes: {e:#}");
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        eprintln!("realistic_cri: teardown in {:.1?}", t0.elapsed());
    }
}

/// App containers the agent shows running for the bench's CRI pods.
fn running_containers(agent: &Agent) -> usize {
    agent
        .metrics()
        .lines()
        .filter(|l| {
            l.starts_with("podpulse_container_state{")
                && l.contains(PREFIX)
                && l.contains("state=\"running\"")
                && l.ends_with(" 1")
        })
        .count()
}

/// Waits until the agent sees every pod joined with its running containers: one pod per spec
/// (a spec that failed to join would show beside its sandbox as a second pod).
fn wait_joined(agent: &Agent) {
    wait_pods(agent, PODS);
    let want = PODS * CONTAINERS.len();
    let t = Instant::now();
    while running_containers(agent) < want {
        assert!(
            t.elapsed() < Duration::from_secs(120),
            "realistic_cri: the agent shows {} of {want} containers running",
            running_containers(agent)
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    assert_eq!(
        agent.pods_seen(),
        PODS,
        "realistic_cri: every spec must join its CRI sandbox (one pod each)"
    );
}

/// One window of the agent, with containerd and its shims measured over the same seconds.
struct CriWindow {
    agent: Window,
    containerd_cpu_s: f64,
    shims_cpu_s: f64,
    shims: usize,
    probe_results: f64,
}

fn cri_window(agent: &Agent, socket: &Path, secs: u64) -> CriWindow {
    let ctrd: Vec<u32> = containerd_pid().into_iter().collect();
    let shims = shim_pids(socket);
    let (k0, s0, r0) = (cpu_of(&ctrd), cpu_of(&shims), agent.probe_results());
    let w = measure(agent.pid(), secs, |s| {
        if s % 15 == 0 {
            let _ = agent.metrics();
        }
    });
    CriWindow {
        containerd_cpu_s: cpu_of(&ctrd) - k0,
        shims_cpu_s: cpu_of(&shims) - s0,
        shims: shims.len(),
        probe_results: agent.probe_results() - r0,
        agent: w,
    }
}

/// The realistic node on containerd through CRI: the agent's no-probe (idle) window, then the
/// probed one, each beside containerd's CPU. Prints one JSON line.
pub(crate) fn realistic_cri(dir: &Path, ports: (u16, u16), window: u64) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let socket = cri_driver::socket();
    require_containerd(&rt, &socket);
    let node = CriNode::create(rt, dir, ports);
    let sock = socket.to_str().expect("utf8 socket path");
    let manifests = node.dir.to_str().expect("utf8 path");
    let base = [
        "--runtime",
        "cri",
        "--cri-socket",
        sock,
        "--manifest-dir",
        manifests,
    ];

    // containerd and its shims with the same pods and no agent: their own floor, so the
    // windows below show what the agent's calls add.
    let floor = {
        let ctrd: Vec<u32> = containerd_pid().into_iter().collect();
        let shims = shim_pids(&socket);
        let (k0, s0) = (cpu_of(&ctrd), cpu_of(&shims));
        let t0 = Instant::now();
        std::thread::sleep(Duration::from_secs(window));
        let wall = t0.elapsed().as_secs_f64();
        (
            100.0 * (cpu_of(&ctrd) - k0) / wall,
            100.0 * (cpu_of(&shims) - s0) / wall,
        )
    };
    let idle = {
        let mut args = base.to_vec();
        args.push("--no-probes");
        let agent = Agent::start(&args);
        wait_joined(&agent);
        // Past the relist a second after subscribing to containerd's events.
        std::thread::sleep(Duration::from_secs(5));
        let perf = super::profile(agent.pid(), "realistic_cri_no_probes", window);
        let w = cri_window(&agent, &socket, window);
        super::finish_profile(perf);
        w
    };
    let with = {
        let agent = Agent::start(&base);
        wait_joined(&agent);
        // Let every probe worker start and settle (periods are 10 s).
        std::thread::sleep(Duration::from_secs(15));
        let perf = super::profile(agent.pid(), "realistic_cri", window);
        let w = cri_window(&agent, &socket, window);
        super::finish_profile(perf);
        w
    };
    let pct = |cpu: f64, w: &Window| 100.0 * cpu / w.wall_s;
    super::emit(serde_json::json!({
        "phase": "realistic_cri", "runtime": "cri", "pods": PODS,
        "containers_per_pod": CONTAINERS.len(), "window_s": with.agent.wall_s,
        "cpu_s": with.agent.cpu_s, "core_percent": pct(with.agent.cpu_s, &with.agent),
        "probe_results": with.probe_results,
        "probes_per_s": with.probe_results / with.agent.wall_s,
        "rss_mib": with.agent.rss_mib, "peak_rss_mib": with.agent.peak_mib,
        "containerd_cpu_s": with.containerd_cpu_s,
        "containerd_core_percent": pct(with.containerd_cpu_s, &with.agent),
        "shims": with.shims, "shims_core_percent": pct(with.shims_cpu_s, &with.agent),
        "no_probes_window_s": idle.agent.wall_s,
        "no_probes_cpu_s": idle.agent.cpu_s,
        "no_probes_core_percent": pct(idle.agent.cpu_s, &idle.agent),
        "no_probes_rss_mib": idle.agent.rss_mib,
        "no_probes_probe_results": idle.probe_results,
        "no_probes_containerd_core_percent": pct(idle.containerd_cpu_s, &idle.agent),
        "no_probes_shims_core_percent": pct(idle.shims_cpu_s, &idle.agent),
        "no_agent_containerd_core_percent": floor.0,
        "no_agent_shims_core_percent": floor.1,
    }));
    drop(node);
}
