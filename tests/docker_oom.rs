//! OOM kills and exits counted through the whole agent on the real dockerd: the cgroup's own
//! `oom_kill` count is the truth (three OOM-killed children of a container that keeps running
//! count three, though dockerd sends two `oom` events per kill and the container never shows
//! `OOMKilled`), an OOM-killed main process counts one, and every exit is counted by reason in
//! `podpulse_container_terminations_total`.

mod common;

use std::time::Duration;

use common::{docker, require_docker, Agent, DockerPod};

/// Long enough for three kills two seconds apart on a loaded machine.
const KILLS_WITHIN: Duration = Duration::from_secs(40);
const SOON: Duration = Duration::from_secs(15);

fn uniq(base: &str) -> String {
    format!("{base}-{}", std::process::id())
}

/// The kernel's own count for a Docker container, read the way an operator would: from the
/// container's memory cgroup (cgroup v1 `memory.oom_control`, or v2 `memory.events`).
fn kernel_oom_kills(id: &str) -> Option<u64> {
    let candidates = [
        format!("/sys/fs/cgroup/memory/docker/{id}/memory.oom_control"),
        format!("/sys/fs/cgroup/memory/system.slice/docker-{id}.scope/memory.oom_control"),
        format!("/sys/fs/cgroup/system.slice/docker-{id}.scope/memory.events"),
        format!("/sys/fs/cgroup/docker/{id}/memory.events"),
    ];
    candidates.iter().find_map(|p| {
        let text = std::fs::read_to_string(p).ok()?;
        text.lines()
            .find_map(|l| l.strip_prefix("oom_kill "))
            .and_then(|v| v.trim().parse().ok())
    })
}

fn oom_kills(agent: &Agent, pod: &str, container: &str) -> Option<f64> {
    agent.scrape().value(
        "podpulse_container_oom_kills_total",
        &[("pod", pod), ("container", container)],
    )
}

fn terminations(agent: &Agent, pod: &str, container: &str, reason: &str) -> Option<f64> {
    agent.scrape().value(
        "podpulse_container_terminations_total",
        &[("pod", pod), ("container", container), ("reason", reason)],
    )
}

#[test]
fn three_oom_killed_children_of_a_running_container_count_three() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("oom-children");
    let mut pod = DockerPod::sandbox(&name, "pp-oom-test", false);
    // Each child is one process that only grows (`tail` keeps a line that never ends) in a
    // 32 MiB container: the kernel's victim is that child, always, and the container's small
    // main shell carries on. (A shell building a string in a pipeline left the victim to the
    // kernel's choice between the shell and its children.)
    let id = pod.app(
        "parent",
        0,
        r#"sleep 2; for i in 1 2 3; do tail /dev/zero; sleep 2; done; sleep 1000"#,
        &["--memory", "32m", "--memory-swap", "32m"],
    );
    assert_eventually!(
        KILLS_WITHIN,
        oom_kills(&agent, &name, "parent") == Some(3.0),
        "three child OOM kills not counted (kernel says {:?}):\n{}\n{}",
        kernel_oom_kills(&id),
        agent.scrape().0,
        agent.log_text()
    );
    assert_eq!(
        kernel_oom_kills(&id),
        Some(3),
        "the kernel's own count agrees"
    );
    // dockerd's repeated `oom` events and later relists add nothing.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(oom_kills(&agent, &name, "parent"), Some(3.0));
    let state = docker(&[
        "inspect",
        "-f",
        "{{.State.Status}} {{.State.OOMKilled}}",
        &id,
    ])
    .expect("inspect");
    assert_eq!(state, "running false", "the container itself survived");
    let m = agent.scrape();
    assert_eq!(
        m.value(
            "podpulse_container_state",
            &[
                ("pod", &name),
                ("container", "parent"),
                ("state", "running")
            ]
        ),
        Some(1.0),
        "{}",
        m.0
    );
    // Child kills are not exits.
    assert!(
        m.samples(
            "podpulse_container_terminations_total",
            &[("pod", &name), ("container", "parent")]
        )
        .iter()
        .all(|(_, v)| *v == 0.0),
        "{}",
        m.0
    );
}

#[test]
fn oom_killed_main_process_counts_one_kill_and_one_oomkilled_exit() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("oom-main");
    let mut pod = DockerPod::sandbox(&name, "pp-oom-test", false);
    let id = pod.app(
        "hog",
        0,
        "exec dd if=/dev/zero of=/dev/null bs=64M",
        &["--memory", "16m", "--memory-swap", "16m"],
    );
    assert_eventually!(
        SOON,
        oom_kills(&agent, &name, "hog") == Some(1.0)
            && terminations(&agent, &name, "hog", "OOMKilled") == Some(1.0),
        "main-process OOM kill not counted once:\n{}\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    let state = docker(&[
        "inspect",
        "-f",
        "{{.State.ExitCode}} {{.State.OOMKilled}}",
        &id,
    ])
    .expect("inspect");
    assert_eq!(state, "137 true");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(oom_kills(&agent, &name, "hog"), Some(1.0));
    assert_eq!(terminations(&agent, &name, "hog", "OOMKilled"), Some(1.0));
    assert_eq!(terminations(&agent, &name, "hog", "Error"), None);
}

#[test]
fn every_exit_is_counted_by_reason() {
    require_docker();
    let agent = Agent::start(&[]);
    let name = uniq("exits");
    let mut pod = DockerPod::sandbox(&name, "pp-oom-test", false);
    pod.app("crash", 0, "sleep 0.5; exit 3", &[]);
    pod.app("job", 0, "sleep 0.5; true", &[]);
    // Docker's own restart policy: every run's exit is one termination, though the container
    // is the same and is running again by the time a scrape comes.
    let looping = pod.app(
        "loop",
        0,
        "sleep 0.3; exit 1",
        &["--restart", "on-failure:2"],
    );
    assert_eventually!(
        SOON,
        terminations(&agent, &name, "crash", "Error") == Some(1.0)
            && terminations(&agent, &name, "job", "Completed") == Some(1.0)
            && terminations(&agent, &name, "loop", "Error") == Some(3.0),
        "exits not counted by reason:\n{}\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    let restarts = docker(&[
        "inspect",
        "-f",
        "{{.RestartCount}} {{.State.Status}}",
        &looping,
    ])
    .expect("inspect");
    assert_eq!(restarts, "2 exited", "three runs, three exits");
    std::thread::sleep(Duration::from_secs(1));
    let m = agent.scrape();
    assert_eq!(
        m.value(
            "podpulse_container_terminations_total",
            &[("pod", &name), ("container", "loop"), ("reason", "Error")]
        ),
        Some(3.0),
        "{}",
        m.0
    );
    assert_eq!(
        m.value(
            "podpulse_container_terminations_total",
            &[
                ("pod", &name),
                ("container", "crash"),
                ("reason", "Completed")
            ]
        ),
        None
    );
}

#[test]
fn kills_before_the_agent_started_count_and_a_later_main_kill_adds_one() {
    require_docker();
    let name = uniq("oom-before");
    let mut pod = DockerPod::sandbox(&name, "pp-oom-test", false);
    // Two children killed before the agent runs; then, on the test's signal, the main process
    // itself allocates past the limit.
    let id = pod.app(
        "hog",
        0,
        r#"sleep 1; for i in 1 2; do tail /dev/zero; sleep 1; done; while [ ! -f /tmp/go ]; do sleep 0.1; done; exec dd if=/dev/zero of=/dev/null bs=64M"#,
        &["--memory", "32m", "--memory-swap", "32m"],
    );
    assert_eventually!(
        KILLS_WITHIN,
        kernel_oom_kills(&id) == Some(2),
        "the two child kills did not happen: {:?}",
        kernel_oom_kills(&id)
    );
    let agent = Agent::start(&[]);
    // Read from the cgroup when the agent first lists the running container.
    assert_eventually!(
        SOON,
        oom_kills(&agent, &name, "hog") == Some(2.0),
        "kills from before the agent started not counted:\n{}\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    docker(&["exec", &id, "touch", "/tmp/go"]).expect("signal the container");
    assert_eventually!(
        SOON,
        oom_kills(&agent, &name, "hog") == Some(3.0)
            && terminations(&agent, &name, "hog", "OOMKilled") == Some(1.0),
        "the main process's kill not counted once more:\n{}\n{}",
        agent.scrape().0,
        agent.log_text()
    );
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(oom_kills(&agent, &name, "hog"), Some(3.0));
}
