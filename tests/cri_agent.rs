//! The whole agent on the CRI back-end: a pod created through CRI on a real containerd (the
//! test acts as the kubelet) shows on `/metrics` exactly as Docker pods do — pods, containers,
//! status, OOM kills — and `--runtime auto` names its choice. Nothing above `runtime/` differs.

mod common;
#[path = "common/cri_driver.rs"]
mod cri_driver;
#[path = "common/pod_driver.rs"]
mod pod_driver;

use std::time::Duration;

use common::Agent;
use pod_driver::{AppSpec, PodDriver, PodSpec};

const PREFIX: &str = "pp-cri-agent-";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_on_cri_reports_pods_status_and_oom_kills() {
    cri_driver::ensure_containerd();
    let driver = cri_driver::CriDriver::new().await;
    let _ = driver.cleanup_prefix(PREFIX).await;
    let socket = cri_driver::socket();
    let socket = socket.to_string_lossy().to_string();
    let agent = tokio::task::spawn_blocking(move || {
        Agent::start(&["--runtime", "cri", "--cri-socket", &socket])
    })
    .await
    .expect("agent");

    let pod = PodSpec::new(PREFIX, "web", true);
    let sandbox = driver.run_pod(&pod).await.expect("sandbox");
    driver
        .start_app(&sandbox, &pod, &AppSpec::sh("app", "sleep 3600"))
        .await
        .expect("app");
    let mut hog = AppSpec::sh("hog", "exec dd if=/dev/zero of=/dev/null bs=64M");
    hog.memory_limit_bytes = Some(16 * 1024 * 1024);
    driver.start_app(&sandbox, &pod, &hog).await.expect("hog");

    let name = pod.name.clone();
    let m = tokio::task::spawn_blocking(move || {
        // The oom event can arrive before the exit is inspected: wait for both.
        assert_eventually!(
            Duration::from_secs(15),
            {
                let m = agent.scrape();
                m.value(
                    "podpulse_container_oom_kills_total",
                    &[("pod", &name), ("container", "hog")],
                ) == Some(1.0)
                    // The exit counted once, by reason, from the runtime's exit event.
                    && m.value(
                        "podpulse_container_terminations_total",
                        &[("pod", &name), ("container", "hog"), ("reason", "OOMKilled")],
                    ) == Some(1.0)
                    && m.value(
                        "podpulse_container_state",
                        &[("pod", &name), ("container", "app"), ("state", "running")],
                    ) == Some(1.0)
                    && (m.value(
                        "podpulse_container_status_terminated_reason",
                        &[
                            ("pod", &name),
                            ("container", "hog"),
                            ("reason", "OOMKilled"),
                        ],
                    ) == Some(1.0)
                        || m.value(
                            "podpulse_container_status_last_terminated_reason",
                            &[
                                ("pod", &name),
                                ("container", "hog"),
                                ("reason", "OOMKilled"),
                            ],
                        ) == Some(1.0))
            },
            "OOM kill on CRI not reported:\n{}\n{}",
            agent.scrape().0,
            agent.log_text()
        );
        let m = agent.scrape();
        (m, agent)
    })
    .await
    .expect("scrape");
    let (m, agent) = m;
    assert_eq!(
        m.value("podpulse_runtime_up", &[("runtime", "cri")]),
        Some(1.0)
    );
    assert_eq!(
        m.value(
            "podpulse_pod_info",
            &[("pod", &pod.name), ("host_network", "true")]
        ),
        Some(1.0)
    );
    assert_eq!(
        m.value(
            "podpulse_container_state",
            &[
                ("pod", &pod.name),
                ("container", "app"),
                ("state", "running")
            ]
        ),
        Some(1.0)
    );
    assert_eq!(
        m.value(
            "podpulse_container_status_last_terminated_reason",
            &[
                ("pod", &pod.name),
                ("container", "hog"),
                ("reason", "OOMKilled")
            ]
        )
        .or_else(|| m.value(
            "podpulse_container_status_terminated_reason",
            &[
                ("pod", &pod.name),
                ("container", "hog"),
                ("reason", "OOMKilled")
            ]
        )),
        Some(1.0),
        "{}",
        m.0
    );
    assert!(
        m.0.contains("podpulse_runtime_info{runtime=\"cri\""),
        "runtime_info names the CRI choice"
    );
    drop(agent);
    driver.remove_pod(&sandbox).await.expect("remove");
}
