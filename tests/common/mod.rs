//! Integration-test harness: a real podpulse process, scraping, polling assertions and pods built
//! on the real Docker Engine the way cri-dockerd builds them. Tests need dockerd: when it is
//! absent they fail (never skip), with a message saying how to start it.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Polls `$cond` until it is true or `$timeout` passes, then fails with the message.
#[macro_export]
macro_rules! assert_eventually {
    ($timeout:expr, $cond:expr, $($msg:tt)+) => {{
        let deadline = std::time::Instant::now() + $timeout;
        loop {
            if $cond {
                break;
            }
            if std::time::Instant::now() > deadline {
                panic!($($msg)+);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }};
}

pub fn docker(args: &[&str]) -> Result<String, String> {
    docker_at(None, args)
}

pub fn docker_at(host: Option<&str>, args: &[&str]) -> Result<String, String> {
    let mut cmd = Command::new("docker");
    if let Some(h) = host {
        cmd.args(["-H", h]);
    }
    let out = cmd
        .args(args)
        .output()
        .map_err(|e| format!("docker CLI: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(format!(
            "docker {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Fails the test unless the shared dockerd answers and the test images exist.
pub fn require_docker() {
    docker(&["version", "--format", "{{.Server.Version}}"])
        .expect("dockerd is required for this test: run scripts/setup.sh (as root)");
    docker(&["image", "inspect", "podpulse-test/busybox:1"])
        .expect("test image missing: run scripts/build-test-images.sh");
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// A running podpulse agent, killed on drop.
pub struct Agent {
    pub child: Child,
    pub port: u16,
    pub log: PathBuf,
    /// The agent's detail unix socket.
    pub socket: PathBuf,
}

impl Agent {
    pub fn start(extra: &[&str]) -> Agent {
        Self::start_with(extra, false)
    }

    /// Starts an agent; `journal` leaves the kubelet journal reader on (the default for tests is
    /// off, so that tests do not share a cursor or read each other's lines).
    pub fn start_with(extra: &[&str], journal: bool) -> Agent {
        let port = free_port();
        let log = std::env::temp_dir().join(format!("podpulse-test-{port}.log"));
        let logfile = std::fs::File::create(&log).expect("log file");
        let listen = format!("127.0.0.1:{port}");
        // Each test agent gets its own detail socket and no loopback detail listener: agents
        // run in parallel, and the host's /run/podpulse belongs to a real agent.
        let socket = std::env::temp_dir().join(format!("podpulse-test-{port}.sock"));
        let child = Command::new(env!("CARGO_BIN_EXE_podpulse"))
            .args(["run", "--listen", &listen, "--log-level", "podpulse=debug"])
            .arg("--detail-socket")
            .arg(&socket)
            .args(["--detail-listen", "none"])
            .args(if journal {
                &[][..]
            } else {
                &["--no-journal"][..]
            })
            .args(extra)
            .stdout(Stdio::null())
            .stderr(logfile)
            .spawn()
            .expect("start podpulse");
        let agent = Agent {
            child,
            port,
            log,
            socket,
        };
        assert_eventually!(
            Duration::from_secs(20),
            agent.get("/readyz").map(|(s, _)| s == 200).unwrap_or(false),
            "agent never became ready; log:\n{}",
            agent.log_text()
        );
        agent
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// A GET with a plain HTTP/1.1 client over loopback.
    pub fn get(&self, path: &str) -> Result<(u16, String), String> {
        http_get(self.port, path, &[])
    }

    pub fn scrape(&self) -> Metrics {
        let (status, body) = self.get("/metrics").expect("scrape");
        assert_eq!(status, 200, "/metrics answered {status}");
        Metrics(body)
    }

    /// Sends SIGTERM and waits; returns how long the agent took to exit.
    pub fn terminate(&mut self) -> Duration {
        let start = Instant::now();
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        loop {
            if let Ok(Some(_)) = self.child.try_wait() {
                return start.elapsed();
            }
            if start.elapsed() > Duration::from_secs(30) {
                let _ = self.child.kill();
                return start.elapsed();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Killed, the agent cannot remove its socket itself.
        let _ = std::fs::remove_file(&self.socket);
    }
}

pub fn http_get(port: u16, path: &str, headers: &[(&str, &str)]) -> Result<(u16, String), String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no header end")?;
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Ok((status, body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((len, rest)) = s.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(len.trim(), 16) else {
            break;
        };
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// A scraped exposition, with lookups by name and label subset.
pub struct Metrics(pub String);

impl Metrics {
    /// The value of the first sample named `name` whose labels include every pair given.
    pub fn value(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        self.samples(name, labels).first().map(|(_, v)| *v)
    }

    pub fn samples(&self, name: &str, labels: &[(&str, &str)]) -> Vec<(String, f64)> {
        let mut out = Vec::new();
        for line in self.0.lines() {
            if line.starts_with('#') {
                continue;
            }
            let (series, value) = match line.rsplit_once(' ') {
                Some(x) => x,
                None => continue,
            };
            let (n, lbls) = match series.find('{') {
                Some(i) => (&series[..i], &series[i..]),
                None => (series, ""),
            };
            if n != name {
                continue;
            }
            if labels
                .iter()
                .all(|(k, v)| lbls.contains(&format!("{k}=\"{v}\"")))
            {
                if let Ok(v) = value.parse() {
                    out.push((lbls.to_string(), v));
                }
            }
        }
        out
    }

    pub fn has_pod(&self, ns: &str, pod: &str) -> bool {
        self.value("podpulse_pod_info", &[("namespace", ns), ("pod", pod)])
            .is_some()
    }
}

/// A pod shaped the way the kubelet and cri-dockerd create it: a pause sandbox holding the
/// network namespace and app containers joined to it, with the `io.kubernetes.*` labels and
/// `k8s_…` names. Removed (with every attempt) on drop.
pub struct DockerPod {
    pub host: Option<String>,
    pub name: String,
    pub namespace: String,
    pub uid: String,
    pub sandbox_id: String,
    pub containers: Vec<String>,
}

impl DockerPod {
    pub fn sandbox(name: &str, namespace: &str, host_network: bool) -> DockerPod {
        Self::sandbox_at(None, name, namespace, host_network)
    }

    pub fn sandbox_at(
        host: Option<&str>,
        name: &str,
        namespace: &str,
        host_network: bool,
    ) -> DockerPod {
        let uid = format!("{:08x}-test-{}", std::process::id(), name);
        Self::sandbox_with_uid(host, name, namespace, &uid, host_network)
    }

    /// A sandbox with a chosen uid: two instances of one pod name (a pod recreated under its
    /// name) differ only in it.
    pub fn sandbox_with_uid(
        host: Option<&str>,
        name: &str,
        namespace: &str,
        uid: &str,
        host_network: bool,
    ) -> DockerPod {
        let uid = uid.to_string();
        let cname = format!("k8s_POD_{name}_{namespace}_{uid}_0");
        let _ = docker_at(host, &["rm", "-f", &cname]);
        let net = if host_network { "host" } else { "bridge" };
        let labels = pod_labels(name, namespace, &uid);
        let mut args: Vec<String> = vec![
            "run".into(),
            "-d".into(),
            "--name".into(),
            cname,
            "--network".into(),
            net.into(),
        ];
        for l in labels.iter().chain(
            [
                "io.kubernetes.container.name=POD".to_string(),
                "io.kubernetes.docker.type=podsandbox".to_string(),
            ]
            .iter(),
        ) {
            args.push("--label".into());
            args.push(l.clone());
        }
        args.push("podpulse-test/pause:1".into());
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let sandbox_id = docker_at(host, &refs).expect("sandbox runs");
        DockerPod {
            host: host.map(str::to_string),
            name: name.to_string(),
            namespace: namespace.to_string(),
            uid,
            sandbox_id,
            containers: Vec::new(),
        }
    }

    /// Starts app container `container` at `attempt` with a shell command, in the sandbox's
    /// network namespace. `extra` are more `docker run` flags (e.g. `--memory 16m`).
    pub fn app(&mut self, container: &str, attempt: u32, cmd: &str, extra: &[&str]) -> String {
        let cname = format!(
            "k8s_{container}_{}_{}_{}_{attempt}",
            self.name, self.namespace, self.uid
        );
        let mut args: Vec<String> = vec![
            "run".into(),
            "-d".into(),
            "--name".into(),
            cname,
            "--network".into(),
            format!("container:{}", self.sandbox_id),
        ];
        let labels = pod_labels(&self.name, &self.namespace, &self.uid);
        let ports = r#"[{"name":"http","containerPort":8080,"protocol":"TCP"}]"#;
        for l in labels.iter().cloned().chain([
            format!("io.kubernetes.container.name={container}"),
            "io.kubernetes.docker.type=container".to_string(),
            format!("io.kubernetes.sandbox.id={}", self.sandbox_id),
            format!("annotation.io.kubernetes.container.restartCount={attempt}"),
            format!("annotation.io.kubernetes.container.ports={ports}"),
        ]) {
            args.push("--label".into());
            args.push(l);
        }
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push("podpulse-test/busybox:1".into());
        args.extend(["sh".to_string(), "-c".to_string(), cmd.to_string()]);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let id = docker_at(self.host.as_deref(), &refs).expect("app container runs");
        self.containers.push(id.clone());
        id
    }

    pub fn sandbox_ip(&self) -> String {
        docker_at(
            self.host.as_deref(),
            &[
                "inspect",
                "-f",
                "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}",
                &self.sandbox_id,
            ],
        )
        .expect("inspect sandbox")
    }

    pub fn remove(&mut self) {
        let mut ids = std::mem::take(&mut self.containers);
        ids.push(self.sandbox_id.clone());
        let mut args = vec!["rm", "-f"];
        args.extend(ids.iter().map(String::as_str));
        let _ = docker_at(self.host.as_deref(), &args);
    }
}

impl Drop for DockerPod {
    fn drop(&mut self) {
        self.remove();
    }
}

fn pod_labels(name: &str, namespace: &str, uid: &str) -> Vec<String> {
    vec![
        format!("io.kubernetes.pod.name={name}"),
        format!("io.kubernetes.pod.namespace={namespace}"),
        format!("io.kubernetes.pod.uid={uid}"),
        "app=podpulse-test".to_string(),
    ]
}

/// A plain `docker run` container, removed on drop.
pub struct PlainContainer {
    pub name: String,
    pub id: String,
}

impl PlainContainer {
    pub fn run(name: &str, extra: &[&str], cmd: &str) -> PlainContainer {
        let _ = docker(&["rm", "-f", name]);
        let mut args = vec!["run", "-d", "--name", name];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["podpulse-test/busybox:1", "sh", "-c", cmd]);
        let id = docker(&args).expect("plain container runs");
        PlainContainer {
            name: name.to_string(),
            id,
        }
    }
}

impl Drop for PlainContainer {
    fn drop(&mut self) {
        let _ = docker(&["rm", "-f", &self.name]);
    }
}
