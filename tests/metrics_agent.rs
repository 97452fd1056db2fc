//! The metrics selection on a running agent against the real dockerd: a config file with the
//! lean profile, a namespace exclude glob and a pod-label allowlist changes what `/metrics`
//! serves, and `--version` names the revision. Needs dockerd and the test images
//! (scripts/setup.sh).

mod common;

use std::time::Duration;

use common::{require_docker, Agent, DockerPod};

const SOON: Duration = Duration::from_secs(10);

#[test]
fn lean_profile_namespace_filter_and_pod_labels_on_a_live_agent() {
    require_docker();
    let id = std::process::id();
    let config = std::env::temp_dir().join(format!("pp-metrics-agent-{id}.yaml"));
    std::fs::write(
        &config,
        "metrics:\n  profile: lean\n  namespaces:\n    exclude: [\"pp-mx-drop*\"]\n  pod_labels: [app]\n",
    )
    .expect("write config");
    let agent = Agent::start(&["--config", config.to_str().expect("utf-8 path")]);
    let kept = format!("kept-{id}");
    let dropped = format!("dropped-{id}");
    let mut keep = DockerPod::sandbox(&kept, "pp-mx-keep", false);
    keep.app("app", 0, "sleep 3600", &[]);
    let mut drop = DockerPod::sandbox(&dropped, "pp-mx-drop", false);
    drop.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        SOON,
        agent.scrape().has_pod("pp-mx-keep", &kept),
        "kept pod never seen:\n{}",
        agent.scrape().0
    );
    // The dropped pod is seen by the agent (its /pods lists it) but exports no series.
    assert_eventually!(
        SOON,
        agent
            .get("/pods")
            .map(|(_, body)| body.contains(&dropped))
            .unwrap_or(false),
        "dropped pod never reached the state"
    );
    let text = agent.scrape().0;
    assert!(
        !text.contains("pp-mx-drop"),
        "excluded namespace exported:\n{text}"
    );
    assert!(
        !text.contains("_bucket") && !text.contains("podpulse_container_info"),
        "lean exported full-only families:\n{text}"
    );
    let labels_line = text
        .lines()
        .find(|l| l.starts_with("podpulse_pod_labels{") && l.contains(&kept))
        .unwrap_or_else(|| panic!("no podpulse_pod_labels for {kept}:\n{text}"));
    assert!(
        labels_line.contains("label_app=\"podpulse-test\""),
        "{labels_line}"
    );
    assert!(
        text.contains(&format!(
            "podpulse_build_info{{version=\"{}\",revision=\"{}\"",
            env!("CARGO_PKG_VERSION"),
            podpulse::metrics::build::REVISION
        )),
        "{text}"
    );
    let _ = std::fs::remove_file(&config);
}

#[test]
fn version_names_the_revision_and_bad_metrics_config_exits_3() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .arg("--version")
        .output()
        .expect("podpulse --version");
    let line = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert_eq!(
        line.trim(),
        format!(
            "podpulse {} (revision {})",
            env!("CARGO_PKG_VERSION"),
            podpulse::metrics::build::REVISION
        )
    );
    let config = std::env::temp_dir().join(format!("pp-metrics-bad-{}.yaml", std::process::id()));
    std::fs::write(
        &config,
        "metrics:\n  allowlist: [podpulse_pod_.*]\n  denylist: [process_.*]\n",
    )
    .expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args(["check-config", config.to_str().expect("utf-8")])
        .output()
        .expect("check-config");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("metrics.allowlist"), "{err}");
    let _ = std::fs::remove_file(&config);
}
