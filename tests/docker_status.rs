//! kubectl's STATUS column from real containers on the local dockerd, through the whole agent:
//! every seed state that can be produced for real here. (Unknown, with the runtime gone, is in
//! docker_fault.rs.) Static pods come from real manifest files in a directory the agent watches.

mod common;

use std::time::Duration;

use common::{require_docker, Agent, DockerPod, PlainContainer};

const SOON: Duration = Duration::from_secs(15);

fn uniq(base: &str) -> String {
    format!("{base}-{}", std::process::id())
}

fn status_of(agent: &Agent, pod: &str) -> Option<String> {
    let m = agent.scrape();
    m.samples("podpulse_pod_status", &[("pod", pod)])
        .into_iter()
        .find(|(_, v)| *v == 1.0)
        .and_then(|(labels, _)| {
            labels
                .split("status=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .map(str::to_string)
        })
}

/// The pod's row as `podpulse pods -o json` gives it (exact kubectl STATUS text).
fn row_status(agent: &Agent, ns: &str, pod: &str) -> Option<String> {
    let (_, body) = agent.get(&format!("/pods/{ns}/{pod}")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&body).ok()?;
    v["row"]["status"].as_str().map(str::to_string)
}

macro_rules! assert_status {
    ($agent:expr, $ns:expr, $pod:expr, $want:expr) => {
        assert_eventually!(
            SOON,
            row_status(&$agent, $ns, $pod).as_deref() == Some($want),
            "pod {} never showed {}: row {:?}, metric {:?}\n{}",
            $pod,
            $want,
            row_status(&$agent, $ns, $pod),
            status_of(&$agent, $pod),
            $agent.log_text()
        );
    };
}

#[test]
fn running_creating_crashloop_oom_states_from_kubelet_pods() {
    require_docker();
    let agent = Agent::start(&[]);

    let creating = uniq("st-creating");
    let _c = DockerPod::sandbox(&creating, "pp-test", false);
    assert_status!(agent, "pp-test", &creating, "ContainerCreating");
    assert_eq!(
        status_of(&agent, &creating).as_deref(),
        Some("ContainerCreating")
    );

    let running = uniq("st-running");
    let mut r = DockerPod::sandbox(&running, "pp-test", false);
    r.app("app", 0, "sleep 3600", &[]);
    assert_status!(agent, "pp-test", &running, "Running");

    // The kubelet's restarts: attempt 0 and 1 both fail; the kubelet is now backing off.
    let crash = uniq("st-crash");
    let mut c = DockerPod::sandbox(&crash, "pp-test", false);
    c.app("app", 0, "exit 1", &[]);
    std::thread::sleep(Duration::from_millis(500));
    c.app("app", 1, "exit 1", &[]);
    assert_status!(agent, "pp-test", &crash, "CrashLoopBackOff");
    assert_eventually!(
        SOON,
        agent.scrape().value(
            "podpulse_container_crashlooping",
            &[("pod", &crash), ("container", "app")]
        ) == Some(1.0),
        "crash-loop gauge not set: {}",
        agent
            .get(&format!("/pods/pp-test/{crash}"))
            .map(|x| x.1)
            .unwrap_or_default()
    );

    let oom = uniq("st-oom");
    let mut o = DockerPod::sandbox(&oom, "pp-test", false);
    o.app(
        "hog",
        0,
        "exec tail /dev/zero",
        &["--memory", "16m", "--memory-swap", "16m"],
    );
    assert_status!(agent, "pp-test", &oom, "OOMKilled");
    let m = agent.scrape();
    assert_eq!(
        m.value(
            "podpulse_container_status_terminated_reason",
            &[("pod", &oom), ("reason", "OOMKilled")]
        ),
        Some(1.0),
        "{}",
        m.0
    );
    assert_eq!(
        m.value("podpulse_container_last_exit_code", &[("pod", &oom)]),
        Some(137.0)
    );

    // The diagnosis names the next step.
    let (_, body) = agent.get(&format!("/pods/pp-test/{oom}")).expect("pod");
    assert!(body.contains("OOMKilled"), "{body}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args([
            "describe",
            &format!("pp-test/{oom}"),
            "--agent",
            &agent.url(),
        ])
        .output()
        .expect("describe");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("memory"),
        "describe suggests the memory limit:\n{text}"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args(["pods", "--agent", &agent.url()])
        .output()
        .expect("pods");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.starts_with("NAMESPACE"), "{table}");
    assert!(
        table
            .lines()
            .any(|l| l.contains(&oom) && l.contains("OOMKilled")),
        "{table}"
    );
}

#[test]
fn plain_containers_complete_or_error() {
    require_docker();
    let agent = Agent::start(&[]);
    let done = uniq("pp-st-done");
    let _d = PlainContainer::run(&done, &[], "exit 0");
    let failed = uniq("pp-st-failed");
    let _f = PlainContainer::run(&failed, &[], "exit 3");
    assert_status!(agent, "docker", &done, "Completed");
    assert_status!(agent, "docker", &failed, "Error");
    assert_eq!(
        agent.scrape().value(
            "podpulse_pod_status_phase",
            &[("pod", &failed), ("phase", "Failed")]
        ),
        Some(1.0)
    );
}

#[test]
fn static_manifests_predict_sysctl_forbidden_and_never_pull() {
    require_docker();
    let dir = std::env::temp_dir().join(format!("pp-st-manifests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        dir.join("sysctl.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: tuned\n  namespace: pp-test\nspec:\n  securityContext:\n    sysctls:\n    - name: kernel.msgmax\n      value: \"65536\"\n  containers:\n  - name: app\n    image: podpulse-test/busybox:1\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("neverpull.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: offline\n  namespace: pp-test\nspec:\n  containers:\n  - name: app\n    image: podpulse-test/not-here:1\n    imagePullPolicy: Never\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("broken.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata: [oops\n",
    )
    .expect("write");
    let agent = Agent::start(&[
        "--manifest-dir",
        dir.to_str().expect("utf8"),
        "--node-name",
        "n1",
    ]);
    // The kubelet names a static pod `<name>-<node>`.
    assert_status!(agent, "pp-test", "tuned-n1", "SysctlForbidden");
    assert_status!(agent, "pp-test", "offline-n1", "ErrImageNeverPull");
    let m = agent.scrape();
    assert_eq!(
        m.value("podpulse_pod_source_up", &[("source", "manifests")]),
        Some(1.0)
    );
    assert!(
        m.value("podpulse_config_errors_total", &[("kind", "manifests")])
            .unwrap_or(0.0)
            >= 1.0,
        "the broken manifest is counted:\n{}",
        m.0
    );
    let (_, body) = agent.get("/pods/pp-test/tuned-n1").expect("pod");
    assert!(
        body.contains("kernel.msgmax"),
        "the diagnosis names the sysctl: {body}"
    );
    // Allowing it on the agent (mirroring the kubelet flag) changes the prediction.
    let allowed = dir.join("allowed.yaml");
    std::fs::write(
        &allowed,
        "classify:\n  allowed_unsafe_sysctls: [\"kernel.msg*\"]\n",
    )
    .expect("write");
    let agent2 = Agent::start(&[
        "--manifest-dir",
        dir.to_str().expect("utf8"),
        "--node-name",
        "n1",
        "--config",
        allowed.to_str().expect("utf8"),
    ]);
    assert_eventually!(
        SOON,
        row_status(&agent2, "pp-test", "tuned-n1").is_some_and(|s| s != "SysctlForbidden"),
        "allowed sysctl still forbidden: {:?}",
        row_status(&agent2, "pp-test", "tuned-n1")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
