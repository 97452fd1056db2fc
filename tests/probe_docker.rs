//! Probes against real containers on the local dockerd, shaped as the kubelet + cri-dockerd
//! create them: a sandbox container holding the network namespace and an app container in it
//! (busybox `httpd` and `nc`), reached by the pod IP, and a host-network pod on an unusual port
//! reached on 127.0.0.1. Exec probes go through the Docker exec API (a minimal exec-only runtime
//! in this file, over bollard).
//!
//! Needs dockerd: fails when it is absent and `CI` is set, skips (with a note) otherwise.

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

/// True when dockerd answers; panics under CI when it does not.
fn docker_available() -> bool {
    if docker(&["version", "--format", "{{.Server.Version}}"]).is_ok() {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/build-test-images.sh");
        let ok = Command::new("bash")
            .arg(script)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "building {IMAGE} failed");
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "dockerd is required under CI"
    );
    eprintln!("dockerd not reachable: skipping (set CI to make this a failure)");
    false
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
    if !docker_available() {
        return;
    }
    let pod = match DockerPod::start("runners", false, APP) {
        Ok(p) => p,
        Err(e) => panic!("starting the pod failed: {e}"),
    };
    let ip = pod.ip;
    assert!(ip.is_some(), "sandbox has no IP");
    let Some(ip_addr) = ip else { return };
    wait_port(ip_addr, 8080).await;
    let t = Duration::from_secs(1);
    let get = |path: &str| HttpGet {
        scheme: Scheme::Http,
        host: None,
        port: 8080,
        path: path.into(),
        headers: Vec::new(),
    };
    let run = http::probe(&get("/healthz"), ip, t).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_eq!(run.output, "ok");
    let run = http::probe(&get("/missing"), ip, t).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert_eq!(run.output, "HTTP probe failed with statuscode: 404");

    assert_eq!(
        tcp::probe(None, ip, 9000, t).await.result,
        ProbeResult::Success
    );
    let refused = tcp::probe(None, ip, 9001, t).await;
    assert_eq!(refused.result, ProbeResult::Failure, "{refused:?}");
    assert!(refused.output.contains("connection refused"), "{refused:?}");

    let rt = match DockerExec::connect().await {
        Ok(r) => r,
        Err(e) => panic!("docker API: {e}"),
    };
    let id = ContainerId(pod.app.clone());
    let cmd = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let run = exec::probe(rt.as_ref(), &id, &cmd(&["cat", "/www/healthz"]), t).await;
    assert_eq!(
        (run.result, run.output.as_str()),
        (ProbeResult::Success, "ok"),
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
    assert_eq!(run.output, "not ready\n");
    assert!(run.summary.contains("exit 3"), "{run:?}");
    // Docker: a missing binary is exit 126, an ordinary failure.
    let run = exec::probe(rt.as_ref(), &id, &cmd(&["/no/such/binary"]), t).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert!(run.summary.contains("exit 126"), "{run:?}");
    let start = Instant::now();
    let run = exec::probe(rt.as_ref(), &id, &cmd(&["sleep", "5"]), t).await;
    assert_eq!(run.result, ProbeResult::Timeout, "{run:?}");
    assert!(start.elapsed() < Duration::from_secs(3));
    // Output capped at 10 KiB.
    let run = exec::probe(
        rt.as_ref(),
        &id,
        &cmd(&["sh", "-c", "head -c 50000 /dev/zero | tr '\\0' x"]),
        t,
    )
    .await;
    assert_eq!(run.result, ProbeResult::Success, "{}", run.summary);
    assert_eq!(run.output.len(), MAX_PROBE_OUTPUT);
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
    if !docker_available() {
        return;
    }
    let pod = match DockerPod::start("sched", false, APP) {
        Ok(p) => p,
        Err(e) => panic!("starting the pod failed: {e}"),
    };
    if let Some(ip) = pod.ip {
        wait_port(ip, 8080).await;
    }
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
    if !docker_available() {
        return;
    }
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
    assert_eq!(run.output, "ok");
}
