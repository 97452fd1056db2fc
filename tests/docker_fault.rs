//! Fault test: the runtime goes away under the agent and comes back. It runs against a dockerd
//! the test starts itself — its own socket, bridge, data root, exec root and pidfile — so the
//! shared daemon is never touched (and never with `--bridge none`, which would delete the host's
//! docker0).

mod common;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{docker_at, require_docker, Agent, DockerPod};

struct OwnDockerd {
    dir: PathBuf,
    bridge: String,
    child: Option<Child>,
}

impl OwnDockerd {
    fn host(&self) -> String {
        format!("unix://{}/docker.sock", self.dir.display())
    }

    fn socket(&self) -> String {
        format!("{}/docker.sock", self.dir.display())
    }

    fn new() -> OwnDockerd {
        let id = std::process::id() % 200 + 20;
        let dir = PathBuf::from(format!("/run/pp-fault-{}", std::process::id()));
        let bridge = format!("pp-fbr{id}");
        std::fs::create_dir_all(dir.join("data")).expect("data dir");
        std::fs::create_dir_all(dir.join("exec")).expect("exec dir");
        let ip = |args: &[&str]| {
            let _ = Command::new("ip").args(args).status();
        };
        ip(&["link", "add", &bridge, "type", "bridge"]);
        ip(&["addr", "add", &format!("10.199.{id}.1/24"), "dev", &bridge]);
        ip(&["link", "set", &bridge, "up"]);
        let mut d = OwnDockerd {
            dir,
            bridge,
            child: None,
        };
        d.start();
        let save = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "docker save podpulse-test/busybox:1 podpulse-test/pause:1 | docker -H {} load -q",
                d.host()
            ))
            .output()
            .expect("image copy");
        assert!(
            save.status.success(),
            "image copy: {}",
            String::from_utf8_lossy(&save.stderr)
        );
        d
    }

    fn start(&mut self) {
        // A crashed daemon leaves its pidfile behind, which would block the restart.
        let _ = std::fs::remove_file(self.dir.join("docker.pid"));
        // The killed containerd may linger as a zombie (PID 1 here does not reap), and dockerd
        // would take its pidfile for a live daemon and wait for it forever.
        let _ = std::fs::remove_file(self.dir.join("exec/containerd/containerd.pid"));
        let log = std::fs::File::create(self.dir.join("dockerd.log")).expect("log");
        let child = Command::new("dockerd")
            .args(["-H", &self.host()])
            .arg("--data-root")
            .arg(self.dir.join("data"))
            .arg("--exec-root")
            .arg(self.dir.join("exec"))
            .arg("--pidfile")
            .arg(self.dir.join("docker.pid"))
            .args([
                "--bridge",
                &self.bridge,
                "--iptables=false",
                "--ip-masq=false",
            ])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("dockerd starts");
        self.child = Some(child);
        assert_eventually!(
            Duration::from_secs(30),
            docker_at(Some(&self.host()), &["version"]).is_ok(),
            "own dockerd did not come up:\n{}",
            std::fs::read_to_string(self.dir.join("dockerd.log")).unwrap_or_default()
        );
    }

    /// Kills the daemon and its managed containerd the way a node-level crash would. (The
    /// managed containerd outlives a SIGKILLed dockerd for a while and then blocks the restart.)
    fn crash(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        let pattern = format!("containerd --config {}", self.dir.join("exec").display());
        let _ = Command::new("pkill")
            .args(["-KILL", "-f", &pattern])
            .status();
        assert_eventually!(
            Duration::from_secs(10),
            !Command::new("pgrep")
                .args(["-f", &pattern])
                .status()
                .map(|s| s.success())
                .unwrap_or(false),
            "managed containerd did not exit"
        );
    }
}

impl Drop for OwnDockerd {
    fn drop(&mut self) {
        if self.child.is_none() {
            self.start();
        }
        let host = self.host();
        if let Ok(ids) = docker_at(Some(&host), &["ps", "-aq"]) {
            let ids: Vec<&str> = ids.split_whitespace().collect();
            if !ids.is_empty() {
                let mut args = vec!["rm", "-f"];
                args.extend(ids);
                let _ = docker_at(Some(&host), &args);
            }
        }
        if let Some(c) = self.child.take() {
            let _ = Command::new("kill")
                .args(["-TERM", &c.id().to_string()])
                .status();
            let mut c = c;
            let _ = c.wait();
        }
        // Orphaned shims/containerd of the crashed instance, and mounts under our directory.
        let _ = Command::new("pkill")
            .args(["-f", &self.dir.display().to_string()])
            .status();
        let _ = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "grep ' {0}' /proc/mounts | awk '{{print $2}}' | sort -r | xargs -r -n1 umount -l",
                self.dir.display()
            ))
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
        let _ = Command::new("ip")
            .args(["link", "del", &self.bridge])
            .status();
    }
}

#[test]
fn agent_survives_the_runtime_going_away_and_recovers() {
    require_docker();
    let mut dockerd = OwnDockerd::new();
    let socket = dockerd.socket();
    let agent = Agent::start(&["--docker-socket", &socket]);
    let host = dockerd.host();
    let mut pod = DockerPod::sandbox_at(Some(&host), "faulty", "pp-fault", false);
    pod.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        Duration::from_secs(10),
        agent.scrape().value(
            "podpulse_pod_status_phase",
            &[("pod", "faulty"), ("phase", "Running")]
        ) == Some(1.0),
        "pod not running:\n{}",
        agent.scrape().0
    );

    dockerd.crash();
    assert_eventually!(
        Duration::from_secs(10),
        agent
            .scrape()
            .value("podpulse_runtime_up", &[("runtime", "docker")])
            == Some(0.0),
        "runtime_up did not drop:\n{}",
        agent.scrape().0
    );
    let m = agent.scrape();
    assert_eq!(
        m.value(
            "podpulse_pod_status_phase",
            &[("pod", "faulty"), ("phase", "Unknown")]
        ),
        Some(1.0),
        "pods last seen are Unknown while the runtime is away:\n{}",
        m.0
    );
    assert_eq!(
        agent.get("/healthz").expect("healthz").0,
        200,
        "the agent keeps serving"
    );

    dockerd.start();
    assert_eventually!(
        Duration::from_secs(40),
        agent
            .scrape()
            .value("podpulse_runtime_up", &[("runtime", "docker")])
            == Some(1.0),
        "agent did not reconnect:\n{}\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    // Resynced: the pod is known again (its containers died with the daemon) and not Unknown.
    assert_eventually!(
        Duration::from_secs(10),
        agent.scrape().value(
            "podpulse_pod_status_phase",
            &[("pod", "faulty"), ("phase", "Unknown")]
        ) == Some(0.0),
        "pod still Unknown after resync:\n{}",
        agent.scrape().0
    );
    assert!(
        agent.log_text().contains("runtime unreachable"),
        "the outage is logged"
    );
    pod.remove();
}
