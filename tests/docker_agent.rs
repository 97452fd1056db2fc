//! The agent against the real Docker Engine: pods built the way cri-dockerd builds them, plain
//! containers, and what `/metrics` and `/pods` show as they run, exit, get OOM-killed, restart,
//! change health and disappear.

mod common;

use std::time::Duration;

use common::{docker, require_docker, Agent, DockerPod, PlainContainer};

const SOON: Duration = Duration::from_secs(10);

fn uniq(base: &str) -> String {
    format!("{base}-{}", std::process::id())
}

#[test]
fn sandbox_gives_the_pod_its_ip_and_apps_are_grouped_under_it() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("grouped");
    let mut pod = DockerPod::sandbox(&name, "pp-test", false);
    pod.app("web", 0, "httpd -f -p 8080 -h /www", &[]);
    pod.app("side", 0, "sleep 3600", &[]);
    let ip = pod.sandbox_ip();
    assert!(!ip.is_empty(), "sandbox has an IP");
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_pod_info",
            &[
                ("pod", &name),
                ("pod_ip", &ip),
                ("host_network", "false"),
                ("uid", &pod.uid)
            ]
        ) == Some(1.0),
        "pod_info with the sandbox IP never appeared:\n{}",
        agent.scrape().0
    );
    // Both apps were started before we looked, but their events may still be in flight.
    assert_eventually!(
        SOON,
        agent
            .scrape()
            .samples("podpulse_container_info", &[("pod", &name)])
            .len()
            == 2,
        "both app containers never appeared:\n{}",
        agent.scrape().0
    );
    let m = agent.scrape();
    for c in ["web", "side"] {
        assert_eq!(
            m.value(
                "podpulse_container_info",
                &[("pod", &name), ("container", c)]
            ),
            Some(1.0),
            "{c}"
        );
    }
    assert_eq!(
        m.value(
            "podpulse_container_info",
            &[("pod", &name), ("container", "POD")]
        ),
        None,
        "the sandbox is not an app container"
    );
    // A container is listed from its create event; the phase turns Running with the start
    // events, which may still be in flight on a loaded machine.
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_pod_status_phase",
            &[("pod", &name), ("phase", "Running")]
        ) == Some(1.0),
        "the pod never turned Running:\n{}",
        agent.scrape().0
    );
    let m = agent.scrape();
    assert_eq!(
        m.samples("podpulse_pod_status_phase", &[("pod", &name)])
            .len(),
        5,
        "all five phases"
    );

    // /pods/<ns>/<name> has the same pod.
    let (status, body) = agent
        .get(&format!("/pods/pp-test/{name}"))
        .expect("get pod");
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["pod_ip"], serde_json::Value::String(ip));
    assert_eq!(agent.get("/pods/pp-test/nope").expect("404").0, 404);
}

#[test]
fn host_network_pod_is_flagged() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("hostnet");
    let mut pod = DockerPod::sandbox(&name, "pp-test", true);
    pod.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_pod_info",
            &[("pod", &name), ("host_network", "true")]
        ) == Some(1.0),
        "host network pod not flagged:\n{}",
        agent.scrape().0
    );
}

#[test]
fn oom_kill_is_counted_from_the_event() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("oom");
    let mut pod = DockerPod::sandbox(&name, "pp-test", false);
    pod.app(
        "hog",
        0,
        "exec tail /dev/zero",
        &["--memory", "16m", "--memory-swap", "16m"],
    );
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_container_oom_kills_total",
            &[("pod", &name), ("container", "hog")]
        ) == Some(1.0),
        "OOM kill not counted:\n{}",
        agent.scrape().0
    );
    // The count is stable: relisting or later events do not count the same kill twice.
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        agent.scrape().value(
            "podpulse_container_oom_kills_total",
            &[("pod", &name), ("container", "hog")]
        ),
        Some(1.0)
    );
}

#[test]
fn kubelet_style_restart_counts_as_a_restart() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("restart");
    let mut pod = DockerPod::sandbox(&name, "pp-test", false);
    pod.app("app", 0, "exit 1", &[]);
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_container_status_restarts_total",
            &[("pod", &name), ("container", "app")]
        ) == Some(0.0),
        "first attempt not seen:\n{}",
        agent.scrape().0
    );
    // The kubelet restarts by creating attempt 1 with the restartCount annotation.
    pod.app("app", 1, "sleep 3600", &[]);
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_container_status_restarts_total",
            &[("pod", &name), ("container", "app")]
        ) == Some(1.0),
        "restart not counted:\n{}",
        agent.scrape().0
    );
    // One container_info series per container name: the current attempt.
    let m = agent.scrape();
    assert_eq!(
        m.samples(
            "podpulse_container_info",
            &[("pod", &name), ("container", "app")]
        )
        .len(),
        1
    );
}

#[test]
fn plain_containers_are_one_container_pods_and_can_be_switched_off() {
    require_docker();
    let name = uniq("pp-plain");
    let _c = PlainContainer::run(&name, &["--restart", "always"], "sleep 0.3; exit 1");
    let agent = Agent::start(&[]);
    assert_eventually!(
        SOON,
        agent.scrape().has_pod("docker", &name),
        "plain container not reported in namespace docker:\n{}",
        agent.scrape().0
    );
    // Docker's own restart policy: restarts come from RestartCount.
    assert_eventually!(
        Duration::from_secs(20),
        agent
            .scrape()
            .value(
                "podpulse_container_status_restarts_total",
                &[("pod", &name)]
            )
            .unwrap_or(0.0)
            >= 2.0,
        "docker restarts not counted:\n{}",
        agent.scrape().0
    );
    let off = Agent::start(&["--no-plain-containers"]);
    assert!(!off.scrape().has_pod("docker", &name));
    let custom = Agent::start(&["--plain-namespace", "standalone"]);
    assert_eventually!(
        SOON,
        custom.scrape().has_pod("standalone", &name),
        "custom namespace"
    );
}

#[test]
fn healthcheck_status_follows_docker() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("pp-health");
    let _c = PlainContainer::run(
        &name,
        &[
            "--health-cmd",
            "test -f /tmp/healthy",
            "--health-interval",
            "1s",
            "--health-timeout",
            "1s",
            "--health-retries",
            "2",
        ],
        "touch /tmp/healthy; sleep 4; rm /tmp/healthy; sleep 3600",
    );
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_container_health_status",
            &[("pod", &name), ("status", "healthy")]
        ) == Some(1.0),
        "never healthy:\n{}",
        agent.scrape().0
    );
    assert_eventually!(
        Duration::from_secs(20),
        agent.scrape().value(
            "podpulse_container_health_status",
            &[("pod", &name), ("status", "unhealthy")]
        ) == Some(1.0),
        "never unhealthy:\n{}",
        agent.scrape().0
    );
}

#[test]
fn removed_pod_series_disappear_at_the_next_scrape() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("gone");
    let mut pod = DockerPod::sandbox(&name, "pp-test", false);
    pod.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        SOON,
        agent.scrape().has_pod("pp-test", &name),
        "pod never seen"
    );
    pod.remove();
    assert_eventually!(
        SOON,
        !agent.scrape().0.contains(&format!("pod=\"{name}\"")),
        "series of a removed pod remain:\n{}",
        agent.scrape().0
    );
}

#[test]
fn containers_with_bad_labels_are_counted_and_skipped() {
    require_docker();
    let agent = Agent::start(&[]);
    let bad = uniq("pp-badlabels");
    let huge = format!("io.kubernetes.pod.name={}", "x".repeat(5000));
    let _c = PlainContainer::run(&bad, &["--label", &huge], "sleep 3600");
    let good = uniq("pp-goodneighbour");
    let _g = PlainContainer::run(&good, &[], "sleep 3600");
    assert_eventually!(
        SOON,
        agent
            .scrape()
            .value("podpulse_skipped_total", &[("kind", "bad_labels")])
            .unwrap_or(0.0)
            >= 1.0,
        "bad labels not counted:\n{}",
        agent.scrape().0
    );
    let m = agent.scrape();
    assert!(m.has_pod("docker", &good), "the neighbour is unaffected");
    assert!(
        !m.0.contains(&"x".repeat(300)),
        "huge label leaked into a series"
    );
}

#[test]
fn metrics_pass_promtool_and_openmetrics_is_negotiated() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("promtool");
    let mut pod = DockerPod::sandbox(&name, "pp-test", false);
    pod.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        SOON,
        agent.scrape().has_pod("pp-test", &name),
        "pod never seen"
    );
    let text = agent.scrape().0;
    let mut child = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("promtool is required (apt-get install prometheus)");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("promtool ran");
    assert!(
        out.status.success(),
        "promtool check metrics failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let (status, om) = common::http_get(
        agent.port,
        "/metrics",
        &[("Accept", "application/openmetrics-text; version=1.0.0")],
    )
    .expect("om");
    assert_eq!(status, 200);
    assert!(
        om.trim_end().ends_with("# EOF"),
        "OpenMetrics ends with # EOF"
    );
    assert!(om.contains("# TYPE podpulse_container_oom_kills counter"));
}

#[test]
fn sigterm_stops_the_agent_within_its_grace_period() {
    require_docker();
    let mut agent = Agent::start(&[]);
    let took = agent.terminate();
    assert!(took < Duration::from_secs(10), "took {took:?}");
    let status = agent.child.wait().expect("exit status");
    assert!(status.success(), "clean exit: {status:?}");
}

#[test]
fn check_config_names_the_unknown_key() {
    let dir = std::env::temp_dir().join(format!("pp-cfg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let good = dir.join("good.yaml");
    std::fs::write(
        &good,
        "listen: 127.0.0.1:9999\njournal:\n  enabled: false\n",
    )
    .expect("write");
    let bad = dir.join("bad.yaml");
    std::fs::write(&bad, "listen: 127.0.0.1:9999\nlistne: oops\n").expect("write");
    let run = |f: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
            .args(["check-config"])
            .arg(f)
            .output()
            .expect("runs")
    };
    assert!(run(&good).status.success());
    let out = run(&bad);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("listne"));
    // The agent itself refuses the same file before binding anything.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args(["run", "--config"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    let _ = docker(&["version"]);
}
