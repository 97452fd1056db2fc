//! Probes against real containers on the local dockerd, shaped as the kubelet + cri-dockerd
//! create them: a sandbox container holding the network namespace and an app container in it
//! (busybox `httpd` and `nc`), reached by the pod IP, and a host-network pod on an unusual port
//! reached on 127.0.0.1. Exec probes go through the Docker exec API (a minimal exec-only runtime
//! in this file, over bollard).
//!
//! Then the whole agent (this crate's binary, pods from a static manifest directory) against real
//! containers: nothing of a probe's answer reaches `/pods`, describe or `/metrics`, and 8 exec
//! probes that never finish cannot starve another pod's probes.
//!
//! Needs dockerd and the test images: every test fails (never skips) without them, naming dockerd
//! and `scripts/setup.sh`.

mod common;
mod probe_support;

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use bollard::exec::{CreateExecOptions, StartExecResults};
use futures_util::StreamExt;
use podpulse::model::{
    Container, ContainerId, ContainerKind, ExecOutput, PodRef, RuntimeEvent, RuntimeKind,
    RuntimeState, MAX_PROBE_OUTPUT,
};
use podpulse::pods::types::Pod;
use podpulse::probe::{
    exec, http, run_scheduler, targets_for_pod, tcp, HttpGet, ProbeConfig, ProbeKind, ProbeReport,
    ProbeResult, Scheme, Verdict,
};
use podpulse::runtime::{ExecError, Runtime, RuntimeError};
use tokio::sync::{mpsc, watch};
use tokio_util::sync::CancellationToken;

const IMAGE: &str = "podpulse-test/busybox:1";

fn docker(args: &[&str]) -> Result<String, String> {
    let out = Command::new("docker")
        .args(args)
        .output()
        .map_err(|e| format!("docker: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// Fails the test (in CI or not) unless dockerd answers and the test images exist.
fn require_docker() {
    common::require_docker();
}

/// A sandbox plus one app container in its network namespace; removed on drop.
struct DockerPod {
    sandbox: String,
    app: String,
    ip: Option<IpAddr>,
    host_network: bool,
}

impl DockerPod {
    fn start(tag: &str, host_network: bool, app_cmd: &str) -> Result<DockerPod, String> {
        let uniq = format!("{tag}-{}", std::process::id());
        let sb_name = format!("pp-pr-sb-{uniq}");
        let app_name = format!("pp-pr-app-{uniq}");
        let _ = docker(&["rm", "-f", &sb_name, &app_name]);
        let mut args = vec![
            "run",
            "-d",
            "--name",
            &sb_name,
            "--label",
            "io.kubernetes.docker.type=podsandbox",
        ];
        if host_network {
            args.extend(["--network", "host"]);
        }
        args.extend([IMAGE, "sleep", "3600"]);
        let sandbox = docker(&args)?;
        let net = format!("container:{sandbox}");
        let app = docker(&[
            "run",
            "-d",
            "--name",
            &app_name,
            "--network",
            &net,
            IMAGE,
            "sh",
            "-c",
            app_cmd,
        ]);
        let app = match app {
            Ok(a) => a,
            Err(e) => {
                let _ = docker(&["rm", "-f", &sandbox]);
                return Err(e);
            }
        };
        let ip = if host_network {
            None
        } else {
            docker(&["inspect", "-f", "{{.NetworkSettings.IPAddress}}", &sandbox])?
                .parse()
                .ok()
        };
        Ok(DockerPod {
            sandbox,
            app,
            ip,
            host_network,
        })
    }

    fn containers(&self, pod: &PodRef) -> Vec<Container> {
        let base = |id: &str, name: &str, kind| Container {
            id: ContainerId(id.to_string()),
            pod: pod.clone(),
            name: name.to_string(),
            kind,
            plain: false,
            image: IMAGE.into(),
            image_id: String::new(),
            attempt: 0,
            restart_count: 0,
            state: RuntimeState::Running { started_at: None },
            created_at: None,
            health: None,
            ip: None,
            host_network: false,
            ports: Vec::new(),
            memory_limit_bytes: None,
            pod_labels: BTreeMap::new(),
        };
        let mut sb = base(&self.sandbox, "POD", ContainerKind::Sandbox);
        sb.ip = self.ip;
        sb.host_network = self.host_network;
        vec![sb, base(&self.app, "app", ContainerKind::App)]
    }
}

impl Drop for DockerPod {
    fn drop(&mut self) {
        let _ = docker(&["rm", "-f", &self.app, &self.sandbox]);
    }
}

async fn wait_port(ip: IpAddr, port: u16) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if tokio::net::TcpStream::connect((ip, port)).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The smallest Docker runtime that can exec: create, start attached, read capped output under
/// the deadline, inspect the exit code.
struct DockerExec(bollard::Docker);

impl DockerExec {
    async fn connect() -> Result<Arc<DockerExec>, String> {
        let d = bollard::Docker::connect_with_unix_defaults()
            .map_err(|e| e.to_string())?
            .negotiate_version()
            .await
            .map_err(|e| e.to_string())?;
        Ok(Arc::new(DockerExec(d)))
    }
}

#[async_trait]
impl Runtime for DockerExec {
    fn kind(&self) -> RuntimeKind {
        RuntimeKind::Docker
    }
    fn endpoint(&self) -> String {
        "/var/run/docker.sock".into()
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
        id: &ContainerId,
        cmd: &[String],
        timeout: Duration,
    ) -> Result<ExecOutput, ExecError> {
        let created = self
            .0
            .create_exec(
                &id.0,
                CreateExecOptions {
                    cmd: Some(cmd.to_vec()),
                    attach_stdout: Some(true),
                    attach_stderr: Some(true),
                    ..Default::default()
                },
            )
            .await
            .map_err(|e| {
                let m = e.to_string();
                if m.contains("is not running") || m.contains("No such container") {
                    ExecError::NotRunning(m)
                } else {
                    ExecError::Failed(m)
                }
            })?;
        let started = self
            .0
            .start_exec(&created.id, None)
            .await
            .map_err(|e| ExecError::Failed(e.to_string()))?;
        let mut output = Vec::new();
        if let StartExecResults::Attached {
            output: mut stream, ..
        } = started
        {
            let read = async {
                while let Some(item) = stream.next().await {
                    match item {
                        Ok(log) => {
                            let b = log.into_bytes();
                            let room = MAX_PROBE_OUTPUT.saturating_sub(output.len());
                            output.extend_from_slice(&b[..b.len().min(room)]);
                        }
                        Err(_) => break,
                    }
                }
            };
            if tokio::time::timeout(timeout, read).await.is_err() {
                return Err(ExecError::Timeout(timeout));
            }
        }
        let inspect = self
            .0
            .inspect_exec(&created.id)
            .await
            .map_err(|e| ExecError::Failed(e.to_string()))?;
        Ok(ExecOutput {
            exit_code: inspect.exit_code.unwrap_or(-1),
            output,
        })
    }
    async fn images(&self) -> Result<Vec<String>, RuntimeError> {
        Ok(Vec::new())
    }
}

fn pod_ref(name: &str) -> PodRef {
    PodRef {
        namespace: "pp-pr".into(),
        name: name.into(),
        uid: format!("uid-{name}"),
    }
}

const APP: &str = "httpd -f -p 8080 -h /www & nc -ll -p 9000 -e echo pong & wait";

#[tokio::test]
async fn runners_against_a_pod_by_ip() {
    require_docker();
    let pod = match DockerPod::start("runners", false, APP) {
        Ok(p) => p,
        Err(e) => panic!("starting the pod failed: {e}"),
    };
    let ip = pod.ip;
    let ip_addr = ip.unwrap_or_else(|| panic!("the sandbox has no IP"));
    wait_port(ip_addr, 8080).await;
    let t = Duration::from_secs(1);
    let get = |path: &str| HttpGet {
        scheme: Scheme::Http,
        host: None,
        port: 8080,
        path: path.into(),
        headers: Vec::new(),
    };
    // httpd answers "ok": the verdict is kept, the body is not.
    let run = http::probe(&get("/healthz"), ip, t).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_eq!(run.message(), "");
    let run = http::probe(&get("/missing"), ip, t).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert_eq!(run.message(), "HTTP probe failed with statuscode: 404");

    assert_eq!(
        tcp::probe(None, ip, 9000, t).await.result,
        ProbeResult::Success
    );
    let refused = tcp::probe(None, ip, 9001, t).await;
    assert_eq!(refused.result, ProbeResult::Failure, "{refused:?}");
    assert!(
        refused.message().contains("connection refused"),
        "{refused:?}"
    );

    let rt = match DockerExec::connect().await {
        Ok(r) => r,
        Err(e) => panic!("docker API: {e}"),
    };
    let id = ContainerId(pod.app.clone());
    let cmd = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let run = exec::probe(rt.as_ref(), &id, &cmd(&["cat", "/www/healthz"]), t).await;
    // `cat` printed "ok"; a passing command's output is not kept.
    assert_eq!(
        (run.result, run.message()),
        (ProbeResult::Success, ""),
        "{run:?}"
    );
    let run = exec::probe(
        rt.as_ref(),
        &id,
        &cmd(&["sh", "-c", "echo not ready; exit 3"]),
        t,
    )
    .await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert_eq!(run.message(), "not ready\n");
    assert!(run.summary.contains("exit 3"), "{run:?}");
    // Docker: a missing binary is exit 126, an ordinary failure.
    let run = exec::probe(rt.as_ref(), &id, &cmd(&["/no/such/binary"]), t).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert!(run.summary.contains("exit 126"), "{run:?}");
    let start = Instant::now();
    let run = exec::probe(rt.as_ref(), &id, &cmd(&["sleep", "5"]), t).await;
    assert_eq!(run.result, ProbeResult::Timeout, "{run:?}");
    assert!(start.elapsed() < Duration::from_secs(3));
    // A failing command's output is capped at 10 KiB, as the kubelet caps it; a passing one's
    // is dropped whatever its size.
    let run = exec::probe(
        rt.as_ref(),
        &id,
        &cmd(&["sh", "-c", "head -c 50000 /dev/zero | tr '\\0' x; exit 1"]),
        t,
    )
    .await;
    assert_eq!(run.result, ProbeResult::Failure, "{}", run.summary);
    assert_eq!(run.message().len(), MAX_PROBE_OUTPUT);
    let run = exec::probe(
        rt.as_ref(),
        &id,
        &cmd(&["sh", "-c", "head -c 50000 /dev/zero | tr '\\0' x"]),
        t,
    )
    .await;
    assert_eq!(run.result, ProbeResult::Success, "{}", run.summary);
    assert_eq!(run.message(), "");
}

fn pod_spec(json: serde_json::Value) -> Pod {
    serde_json::from_value(json).unwrap_or_default()
}

async fn collect_until(
    rx: &mut mpsc::Receiver<ProbeReport>,
    within: Duration,
    mut done: impl FnMut(&[ProbeReport]) -> bool,
) -> Vec<ProbeReport> {
    let deadline = Instant::now() + within;
    let mut seen = Vec::new();
    while !done(&seen) {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, rx.recv()).await {
            Ok(Some(r)) => seen.push(r),
            _ => break,
        }
    }
    seen
}

#[tokio::test]
async fn scheduler_runs_a_pods_own_probes() {
    require_docker();
    let pod = match DockerPod::start("sched", false, APP) {
        Ok(p) => p,
        Err(e) => panic!("starting the pod failed: {e}"),
    };
    wait_port(
        pod.ip.unwrap_or_else(|| panic!("the sandbox has no IP")),
        8080,
    )
    .await;
    let pref = pod_ref("sched");
    let spec = pod_spec(serde_json::json!({
        "metadata": {"name": "sched", "namespace": "pp-pr", "uid": pref.uid},
        "spec": {"containers": [{
            "name": "app",
            "ports": [{"name": "http", "containerPort": 8080}, {"name": "pong", "containerPort": 9000}],
            "startupProbe": {"exec": {"command": ["cat", "/www/healthz"]}, "periodSeconds": 1},
            "livenessProbe": {"tcpSocket": {"port": "pong"}, "periodSeconds": 1},
            "readinessProbe": {"httpGet": {"path": "/healthz", "port": "http"}, "periodSeconds": 1}
        }]}
    }));
    let targets = targets_for_pod(&pref, &spec, &pod.containers(&pref), None);
    assert_eq!(targets.len(), 3);
    assert!(targets.iter().all(|t| t.pod_ip == pod.ip));
    let rt = match DockerExec::connect().await {
        Ok(r) => r,
        Err(e) => panic!("docker API: {e}"),
    };
    let (_ttx, trx) = watch::channel(Arc::new(targets));
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    tokio::spawn(run_scheduler(
        trx,
        rt,
        ProbeConfig::default(),
        tx,
        cancel.clone(),
    ));
    let seen = collect_until(&mut rx, Duration::from_secs(8), |s| {
        [
            ProbeKind::Startup,
            ProbeKind::Liveness,
            ProbeKind::Readiness,
        ]
        .iter()
        .all(|k| s.iter().any(|r| r.key.kind == *k && r.run.is_some()))
    })
    .await;
    cancel.cancel();
    for kind in [
        ProbeKind::Startup,
        ProbeKind::Liveness,
        ProbeKind::Readiness,
    ] {
        let r = seen
            .iter()
            .find(|r| r.key.kind == kind && r.run.is_some())
            .unwrap_or_else(|| panic!("no {kind:?} run in {seen:#?}"));
        assert_eq!(r.verdict, Verdict::Success, "{r:#?}");
    }
    // Startup ran before the probes it gates.
    let first_startup = seen
        .iter()
        .position(|r| r.key.kind == ProbeKind::Startup && r.run.is_some());
    let first_other = seen
        .iter()
        .position(|r| r.key.kind != ProbeKind::Startup && r.run.is_some());
    assert!(first_startup < first_other, "{seen:#?}");
}

#[tokio::test]
async fn host_network_pod_on_an_unusual_port() {
    require_docker();
    // A free port in an unusual range.
    let mut port = 0u16;
    for p in 38_000u16..38_100 {
        if std::net::TcpListener::bind(("127.0.0.1", p)).is_ok() {
            port = p;
            break;
        }
    }
    assert!(port != 0, "no free port");
    let cmd = format!("httpd -f -p {port} -h /www & wait");
    let pod = match DockerPod::start("hostnet", true, &cmd) {
        Ok(p) => p,
        Err(e) => panic!("starting the pod failed: {e}"),
    };
    wait_port(
        "127.0.0.1".parse().unwrap_or(IpAddr::from([127, 0, 0, 1])),
        port,
    )
    .await;
    let pref = pod_ref("hostnet");
    let spec = pod_spec(serde_json::json!({
        "spec": {"hostNetwork": true, "containers": [{
            "name": "app",
            "readinessProbe": {"httpGet": {"path": "/healthz", "port": port}}
        }]}
    }));
    let targets = targets_for_pod(&pref, &spec, &pod.containers(&pref), None);
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0].pod_ip, Some(IpAddr::from([127, 0, 0, 1])));
    let podpulse::probe::Handler::Http(get) = &targets[0].spec.handler else {
        panic!("not http: {:?}", targets[0].spec.handler)
    };
    let run = http::probe(get, targets[0].pod_ip, Duration::from_secs(1)).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_eq!(run.message(), "");
}

// The whole agent: pods from a static manifest directory (the kubelet's staticPodPath; the kubelet
// names such a pod `<name>-<node>`), containers on the real dockerd, read the way an operator
// would: `/pods`, describe and `/metrics`.

const NS: &str = "pp-probe";
const NODE: &str = "pp-probe-node";

/// A static pod manifest directory, removed on drop.
struct Manifests(std::path::PathBuf);

impl Manifests {
    fn new(tag: &str) -> Manifests {
        let dir = std::env::temp_dir().join(format!("pp-probe-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("manifest dir");
        Manifests(dir)
    }

    /// Writes one pod (JSON is YAML too) as `<name>.yaml`.
    fn write(&self, name: &str, pod: &serde_json::Value) {
        let text = serde_json::to_vec_pretty(pod).expect("json");
        std::fs::write(self.0.join(format!("{name}.yaml")), text).expect("write manifest");
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 temp dir")
    }
}

impl Drop for Manifests {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn static_pod(name: &str, containers: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name, "namespace": NS},
        "spec": {"containers": containers}
    })
}

fn start_agent(m: &Manifests) -> common::Agent {
    common::Agent::start(&[
        "--runtime",
        "docker",
        "--manifest-dir",
        m.path(),
        "--node-name",
        NODE,
    ])
}

/// `podpulse_probe_results_total` of one probe, for one result or (None) all of them.
fn results(
    m: &common::Metrics,
    pod: &str,
    container: &str,
    probe: &str,
    result: Option<&str>,
) -> f64 {
    let mut labels = vec![("pod", pod), ("container", container), ("probe", probe)];
    if let Some(r) = result {
        labels.push(("result", r));
    }
    m.samples("podpulse_probe_results_total", &labels)
        .iter()
        .map(|(_, v)| v)
        .sum()
}

fn skipped(m: &common::Metrics, pod: &str, probe: &str) -> Option<f64> {
    m.value(
        "podpulse_probe_skipped_total",
        &[("pod", pod), ("container", "app"), ("probe", probe)],
    )
}

/// What a cloud metadata endpoint would hand a probe aimed at it.
const CANARIES: [&str; 4] = [
    "AccessKeyId",
    "SecretAccessKey",
    "AKIAPODPULSELEAKTEST",
    "leak-canary-7f3a",
];
const CREDENTIALS: &str = r#"{"Code":"Success","AccessKeyId":"AKIAPODPULSELEAKTEST","SecretAccessKey":"wJalrXUtnFEMI/K7MDENG/leak-canary-7f3a","Token":"leak-canary-7f3a"}"#;

/// A loopback HTTP server standing in for a metadata endpoint (or any node-local service):
/// every answer, passing or not, carries the credentials. Returns its port.
fn metadata_server() -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut c) = conn else { continue };
            std::thread::spawn(move || {
                c.set_read_timeout(Some(Duration::from_secs(2))).ok();
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
                    match c.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&head);
                let path = text.split_whitespace().nth(1).unwrap_or("/");
                let (status, extra) = match path {
                    "/fail" => ("500 Internal Server Error", String::new()),
                    // Another host: the kubelet ends the chain here, a success with a warning
                    // whose event would quote this body.
                    "/redirect" => (
                        "302 Found",
                        "Location: http://192.0.2.10/elsewhere\r\n".to_string(),
                    ),
                    _ => ("200 OK", String::new()),
                };
                let reply = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{CREDENTIALS}",
                    CREDENTIALS.len()
                );
                let _ = c.write_all(reply.as_bytes());
            });
        }
    });
    port
}

/// Issue 12: a probe aimed at a node-local service published its answer on `/pods`. Now no
/// probe's answer reaches anything the agent serves, whichever the handler and the verdict:
/// an HTTP probe that passes, one that fails with the credentials in its body, one whose
/// redirect to another host the kubelet would report with the body, an exec probe that prints
/// them and passes, and a TCP probe to the same server.
#[test]
fn nothing_of_a_probes_answer_is_served() {
    require_docker();
    let port = metadata_server();
    let m = Manifests::new("leak");
    let name = format!("leak-{:x}", std::process::id());
    let full = format!("{name}-{NODE}");
    let creds_path = "/latest/meta-data/iam/security-credentials/node";
    m.write(
        &name,
        &static_pod(
            &name,
            serde_json::json!([
                {
                    "name": "app",
                    "image": IMAGE,
                    "livenessProbe": {
                        "httpGet": {"host": "127.0.0.1", "port": port, "path": creds_path},
                        "periodSeconds": 1
                    },
                    "readinessProbe": {"exec": {"command": ["cat", "/tmp/creds"]}, "periodSeconds": 1}
                },
                {
                    "name": "side",
                    "image": IMAGE,
                    "livenessProbe": {
                        "httpGet": {"host": "127.0.0.1", "port": port, "path": "/fail"},
                        "periodSeconds": 1,
                        "failureThreshold": 1000
                    },
                    "readinessProbe": {"tcpSocket": {"host": "127.0.0.1", "port": port}, "periodSeconds": 1}
                },
                {
                    "name": "redir",
                    "image": IMAGE,
                    "livenessProbe": {
                        "httpGet": {"host": "127.0.0.1", "port": port, "path": "/redirect"},
                        "periodSeconds": 1
                    }
                }
            ]),
        ),
    );
    // The container writes the credentials itself, from octal escapes, so that neither its
    // command nor the probe's command holds them in plain text.
    let octal: String = CREDENTIALS.bytes().map(|b| format!("\\{b:03o}")).collect();
    let mut pod = common::DockerPod::sandbox(&full, NS, false);
    pod.app(
        "app",
        0,
        &format!("printf '{octal}' > /tmp/creds; sleep 3600"),
        &[],
    );
    pod.app("side", 0, "sleep 3600", &[]);
    pod.app("redir", 0, "sleep 3600", &[]);
    let agent = start_agent(&m);

    // Every probe ran, with the verdict the kubelet would reach.
    let expected = [
        ("app", "liveness", "success"),
        ("app", "readiness", "success"),
        ("side", "liveness", "failure"),
        ("side", "readiness", "success"),
        ("redir", "liveness", "success"),
    ];
    assert_eventually!(
        Duration::from_secs(60),
        {
            let m = agent.scrape();
            expected
                .iter()
                .all(|(c, p, r)| results(&m, &full, c, p, Some(r)) >= 1.0)
        },
        "not every probe ran as expected ({expected:?}):\n{}\nagent log:\n{}",
        agent.scrape().0,
        agent.log_text()
    );

    let pods = agent.get("/pods").expect("/pods");
    let one = agent
        .get(&format!("/pods/{NS}/{full}"))
        .expect("/pods/ns/name");
    let describe = agent
        .get(&format!("/pods/{NS}/{full}/describe"))
        .expect("describe");
    let metrics = agent.get("/metrics").expect("/metrics");
    for (what, (status, body)) in [
        ("/pods", &pods),
        ("/pods/<ns>/<name>", &one),
        ("describe", &describe),
        ("/metrics", &metrics),
    ] {
        assert_eq!(*status, 200, "{what}: {body}");
        for canary in CANARIES {
            assert!(
                !body.contains(canary),
                "{what} serves {canary:?} from a probe's answer:\n{body}"
            );
        }
    }
    // What the kubelet itself says is there: the failure's status code and the warning.
    assert!(
        one.1.contains("HTTP probe failed with statuscode: 500"),
        "{}",
        one.1
    );
    assert!(
        describe.1.contains("Probe terminated redirects"),
        "{}",
        describe.1
    );
}

/// Issue 12: 8 exec probes of `sleep 600` with `timeoutSeconds: 600` held every shared exec
/// slot and another pod's probes stopped for 15 s and more. Each probe now has its own single
/// run in flight and probes share nothing: over 60 s the ninth pod's 1 s exec and HTTP probes
/// keep at least 90 % of their scheduled runs, and the hung probes count their missed starts.
#[test]
fn eight_hung_exec_probes_cannot_starve_a_ninth_pods_probes() {
    require_docker();
    let m = Manifests::new("starve");
    let tag = format!("{:x}", std::process::id());
    let mut pods = Vec::new();
    let mut hung = Vec::new();
    for i in 0..8 {
        let name = format!("hung{i}-{tag}");
        m.write(
            &name,
            &static_pod(
                &name,
                serde_json::json!([{
                    "name": "app",
                    "image": IMAGE,
                    "livenessProbe": {
                        "exec": {"command": ["sleep", "600"]},
                        "timeoutSeconds": 600,
                        "periodSeconds": 1
                    }
                }]),
            ),
        );
        let full = format!("{name}-{NODE}");
        let mut p = common::DockerPod::sandbox(&full, NS, false);
        p.app("app", 0, "sleep 3600", &[]);
        pods.push(p);
        hung.push(full);
    }
    let name = format!("ninth-{tag}");
    m.write(
        &name,
        &static_pod(
            &name,
            serde_json::json!([{
                "name": "app",
                "image": IMAGE,
                "livenessProbe": {
                    "exec": {"command": ["cat", "/www/healthz"]},
                    "periodSeconds": 1,
                    "timeoutSeconds": 1
                },
                "readinessProbe": {
                    "httpGet": {"path": "/healthz", "port": 8080},
                    "periodSeconds": 1,
                    "timeoutSeconds": 1
                }
            }]),
        ),
    );
    let ninth = format!("{name}-{NODE}");
    let mut p = common::DockerPod::sandbox(&ninth, NS, false);
    p.app("app", 0, "httpd -f -p 8080 -h /www", &[]);
    pods.push(p);
    let agent = start_agent(&m);

    // Every hung exec is in flight (it has missed a start) and the ninth pod's probes run.
    assert_eventually!(
        Duration::from_secs(60),
        {
            let m = agent.scrape();
            hung.iter()
                .all(|p| skipped(&m, p, "liveness").unwrap_or(0.0) >= 1.0)
                && results(&m, &ninth, "app", "liveness", Some("success")) >= 1.0
                && results(&m, &ninth, "app", "readiness", Some("success")) >= 1.0
        },
        "the probes never all started:\n{}\nagent log:\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    let t0 = Instant::now();
    let before = agent.scrape();
    std::thread::sleep(Duration::from_secs(60));
    let after = agent.scrape();
    let scheduled = t0.elapsed().as_secs_f64().floor();
    for probe in ["liveness", "readiness"] {
        let ran = results(&after, &ninth, "app", probe, None)
            - results(&before, &ninth, "app", probe, None);
        let passed = results(&after, &ninth, "app", probe, Some("success"))
            - results(&before, &ninth, "app", probe, Some("success"));
        eprintln!("ninth pod, {probe}: {ran} runs of {scheduled} scheduled, {passed} passed");
        assert!(
            ran >= 0.9 * scheduled,
            "the ninth pod's {probe} probe ran {ran} of {scheduled} scheduled times:\n{}\nagent log:\n{}",
            after
                .0
                .lines()
                .filter(|l| l.contains(&ninth))
                .collect::<Vec<_>>()
                .join("\n"),
            agent.log_text()
        );
        assert_eq!(
            passed, ran,
            "the ninth pod's {probe} probe failed some runs"
        );
        // The skip counter is sparse: a probe's series appears with its first missed start.
        assert_eq!(
            skipped(&after, &ninth, probe).unwrap_or(0.0),
            0.0,
            "the ninth pod's {probe} probe never overran"
        );
    }
    for p in &hung {
        let missed = skipped(&after, p, "liveness").unwrap_or(0.0)
            - skipped(&before, p, "liveness").unwrap_or(0.0);
        eprintln!("{p}: {missed} missed starts counted in {scheduled} periods");
        // One per period; the count is reported every 5 s while the run lasts, so each scrape
        // may lag it by up to 5.
        assert!(
            missed >= scheduled - 10.0,
            "{p}: {missed} missed starts counted in {scheduled} periods"
        );
        assert_eq!(
            results(&after, p, "app", "liveness", None),
            0.0,
            "{p}: a `sleep 600` run finished"
        );
    }
}
