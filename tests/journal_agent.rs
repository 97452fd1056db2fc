//! The agent with the real journal: kubelet lines written to the running systemd-journald as
//! the kubelet's unit writes them (`_SYSTEMD_UNIT=kubelet.service`, given by journald from the
//! writer's cgroup: the writer joins `<cgroup2>/system.slice/kubelet.service`) are attributed to
//! the pod they name and counted on /metrics; node-level lines are counted as node problems,
//! never against a pod; a line logged as `kubelet` from outside the unit (`systemd-cat -t
//! kubelet`) counts for nothing.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use std::time::Duration;

use common::{require_docker, Agent, DockerPod};

fn cgroup2_mount() -> PathBuf {
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    mounts
        .lines()
        .find_map(|l| {
            let mut f = l.split_whitespace();
            let (_, mnt, fstype) = (f.next()?, f.next()?, f.next()?);
            (fstype == "cgroup2").then(|| PathBuf::from(mnt))
        })
        .expect("a cgroup2 mount (journald derives _SYSTEMD_UNIT from it): see scripts/setup.sh")
}

/// One line as kubelet.service writes it: the writer joins the unit's cgroup and stays alive
/// until journald has read its cgroup.
fn kubelet_line(line: &str) {
    let cg = cgroup2_mount().join("system.slice/kubelet.service");
    std::fs::create_dir_all(&cg).unwrap_or_else(|e| panic!("create {}: {e}", cg.display()));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "echo $$ > {} && (cat; sleep 0.4) | systemd-cat -t kubelet -p err",
            cg.join("cgroup.procs").display()
        ))
        .stdin(Stdio::piped())
        .spawn()
        .expect("sh + systemd-cat (journald must run: scripts/setup.sh)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{line}\n").as_bytes())
        .expect("write");
    assert!(
        child.wait().expect("wait").success(),
        "systemd-cat failed: is journald running? (scripts/setup.sh)"
    );
}

/// Lines as the unit `unit` writes them (see `kubelet_line`).
fn unit_lines(unit: &str, lines: &[String]) {
    let cg = cgroup2_mount().join("system.slice").join(unit);
    std::fs::create_dir_all(&cg).unwrap_or_else(|e| panic!("create {}: {e}", cg.display()));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "echo $$ > {} && (cat; sleep 0.4) | systemd-cat -t containerd",
            cg.join("cgroup.procs").display()
        ))
        .stdin(Stdio::piped())
        .spawn()
        .expect("sh + systemd-cat (journald must run: scripts/setup.sh)");
    let mut text = String::new();
    for l in lines {
        text.push_str(l);
        text.push('\n');
    }
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    assert!(child.wait().expect("wait").success());
}

/// The same line from outside the unit: any local process can claim to be `kubelet`.
fn forged_kubelet_line(line: &str) {
    let mut child = Command::new("systemd-cat")
        .args(["-t", "kubelet", "-p", "err"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("systemd-cat (journald must run: scripts/setup.sh)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{line}\n").as_bytes())
        .expect("write");
    assert!(child.wait().expect("wait").success());
}

#[test]
fn kubelet_journal_lines_reach_the_pod_and_the_node() {
    require_docker();
    assert!(
        std::path::Path::new("/run/systemd/journal/stdout").exists(),
        "systemd-journald is required: run scripts/setup.sh"
    );
    let state = std::env::temp_dir().join(format!("pp-journal-agent-{}", std::process::id()));
    std::fs::create_dir_all(&state).expect("state dir");
    let agent = Agent::start_with(&["--state-dir", state.to_str().expect("utf8")], true);
    assert_eventually!(
        Duration::from_secs(20),
        agent.scrape().value("podpulse_journal_up", &[]) == Some(1.0),
        "journal never up:\n{}\n{}",
        agent.scrape().0,
        agent.log_text()
    );

    let name = format!("jpod-{}", std::process::id());
    let mut pod = DockerPod::sandbox(&name, "pp-test", false);
    pod.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        Duration::from_secs(10),
        agent.scrape().has_pod("pp-test", &name),
        "pod not seen"
    );

    // Forged first: a local process logging as "kubelet" claims an image pull back-off.
    forged_kubelet_line(&format!(
        r#"E1128 02:59:59.000000    1234 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"app\" with ImagePullBackOff: \"Back-off pulling image \\\"evil\\\"\"" pod="pp-test/{name}" podUID="{uid}""#,
        uid = pod.uid
    ));
    // A real kubelet line shape (pod_workers.go, structured klog).
    kubelet_line(&format!(
        r#"E1128 03:00:00.000000    1234 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"app\" with CrashLoopBackOff: \"back-off 10s restarting failed container=app pod={name}_pp-test({uid})\"" pod="pp-test/{name}" podUID="{uid}""#,
        uid = pod.uid
    ));
    kubelet_line(
        r#"E1128 03:00:01.000000    1234 kubelet.go:2390] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m0.5s ago; threshold is 3m0s""#,
    );
    // A line about a pod this node does not have: counted nowhere per pod.
    kubelet_line(
        r#"E1128 03:00:02.000000    1234 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"x\" with CrashLoopBackOff: \"back-off\"" pod="elsewhere/ghost" podUID="0000""#,
    );

    assert_eventually!(
        Duration::from_secs(10),
        agent.scrape().value(
            "podpulse_kubelet_events_total",
            &[("pod", &name), ("reason", "CrashLoopBackOff")]
        ) == Some(1.0),
        "kubelet line not attributed:\n{}\nagent log:\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    let m = agent.scrape();
    assert!(
        m.samples("podpulse_kubelet_node_problems_total", &[])
            .iter()
            .any(|(l, v)| l.contains("Pleg") && *v >= 1.0)
            || m.samples("podpulse_kubelet_node_problems_total", &[])
                .iter()
                .any(|(l, v)| l.to_lowercase().contains("pleg") && *v >= 1.0),
        "PLEG line not a node problem:\n{}",
        m.0
    );
    assert!(!m.0.contains("pod=\"ghost\""), "unknown pods get no series");
    assert_eq!(
        m.value(
            "podpulse_kubelet_events_total",
            &[("pod", &name), ("reason", "ImagePullBackOff")]
        ),
        None,
        "a line from outside kubelet.service is not evidence:\n{}",
        m.0
    );
    assert!(
        m.value("podpulse_journal_entries_read_total", &[])
            .unwrap_or(0.0)
            >= 3.0
    );
    let _ = std::fs::remove_dir_all(&state);
}

/// Issue 13 item 2: the runtime's unit is read too, and its lines, which name no pod, reach the
/// pod that holds the container they name. containerd's `TaskOOM` for the app container becomes
/// that pod's OOMKilled evidence. (The container is Docker's here; containerd's line shape is
/// what its CRI plugin logs, `TaskOOM event %+v`.)
#[test]
fn runtime_unit_lines_reach_the_pod_through_container_ids() {
    require_docker();
    assert!(
        std::path::Path::new("/run/systemd/journal/stdout").exists(),
        "systemd-journald is required: run scripts/setup.sh"
    );
    let pid = std::process::id();
    let unit = format!("pp-ja-containerd-{pid}.service");
    let state = std::env::temp_dir().join(format!("pp-journal-agent-rt-{pid}"));
    std::fs::create_dir_all(&state).expect("state dir");
    let config = state.join("podpulse.yaml");
    std::fs::write(&config, format!("journal:\n  runtime_units: [{unit}]\n")).expect("config");
    let agent = Agent::start_with(
        &[
            "--state-dir",
            state.to_str().expect("utf8"),
            "--config",
            config.to_str().expect("utf8"),
        ],
        true,
    );
    assert_eventually!(
        Duration::from_secs(20),
        agent.scrape().value("podpulse_journal_up", &[]) == Some(1.0),
        "journal never up:\n{}",
        agent.log_text()
    );
    let name = format!("jrt-{pid}");
    let mut pod = DockerPod::sandbox(&name, "pp-test", false);
    let id = pod.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        Duration::from_secs(10),
        agent.scrape().has_pod("pp-test", &name),
        "pod not seen"
    );
    unit_lines(
        &unit,
        &[
            format!(
                r#"time="2026-01-01T00:00:00.000000000Z" level=info msg="StartContainer for \"{id}\" returns successfully""#
            ),
            format!(
                r#"time="2026-01-01T00:00:01.000000000Z" level=info msg="TaskOOM event &TaskOOM{{ContainerID:{id},XXX_unrecognized:[],}}""#
            ),
            // An id no pod holds: counted nowhere.
            r#"time="2026-01-01T00:00:02.000000000Z" level=info msg="TaskOOM event &TaskOOM{ContainerID:00000000000000000000000000000000000000000000000000000000000000ff,XXX_unrecognized:[],}""#.to_string(),
        ],
    );
    assert_eventually!(
        Duration::from_secs(10),
        agent.scrape().value(
            "podpulse_kubelet_events_total",
            &[("pod", &name), ("reason", "OOMKilled")]
        ) == Some(1.0),
        "containerd's TaskOOM did not reach the pod:\n{}\nagent log:\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    assert_eq!(
        agent.scrape().value(
            "podpulse_kubelet_events_total",
            &[("pod", &name), ("reason", "Started")]
        ),
        Some(1.0)
    );
    let _ = std::fs::remove_dir(cgroup2_mount().join("system.slice").join(&unit));
    let _ = std::fs::remove_dir_all(&state);
}
