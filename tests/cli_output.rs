//! The CLI as an operator uses it, against a real agent watching real containers on dockerd:
//! `podpulse pods -n NS`, `--no-headers`, `-o yaml`, `-o wide` (pod IP and node filled from what
//! the agent knows), `describe -n NS NAME`, and `podpulse completion bash|zsh|fish` scripts that
//! their shells accept.

mod common;

use std::process::Command;
use std::time::Duration;

use common::{Agent, DockerPod};

fn podpulse(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args(args)
        .env("PODPULSE_NODE_NAME", "pp-cli-node")
        .output()
        .expect("run podpulse");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn completion_scripts_are_accepted_by_their_shells() {
    let (ok, bash, err) = podpulse(&["completion", "bash"]);
    assert!(ok, "{err}");
    assert!(bash.contains("complete -F _podpulse"), "{bash}");
    // bash parses the script without running it.
    let dir = std::env::temp_dir().join(format!("pp-cli-completion-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("podpulse.bash");
    std::fs::write(&file, &bash).expect("write");
    let status = Command::new("bash")
        .arg("-n")
        .arg(&file)
        .status()
        .expect("bash");
    assert!(status.success(), "bash -n rejects the completion script");
    // Sourcing it registers the completion for podpulse.
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(". {} && complete -p podpulse", file.display()))
        .output()
        .expect("bash");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("_podpulse"),
        "{out:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);

    let (ok, zsh, _) = podpulse(&["completion", "zsh"]);
    assert!(ok && zsh.starts_with("#compdef podpulse"), "{zsh}");
    let (ok, fish, _) = podpulse(&["completion", "fish"]);
    assert!(ok && fish.contains("complete -c podpulse"), "{fish}");
    // The subcommands and the new flags are in them.
    for word in ["describe", "check-config", "--no-headers", "--namespace"] {
        assert!(bash.contains(word), "bash completion lacks {word}");
    }
    let (ok, _, err) = podpulse(&["completion", "powershell"]);
    assert!(!ok && err.contains("bash, zsh, fish"), "{err}");
}

#[test]
fn pods_filters_by_namespace_without_headers_as_yaml_and_wide() {
    common::require_docker();
    let tag = format!("{:x}", std::process::id());
    let (ns_a, ns_b) = (format!("pp-cli-a-{tag}"), format!("pp-cli-b-{tag}"));
    let agent = Agent::start(&["--runtime", "docker", "--node-name", "pp-cli-node"]);
    let mut a = DockerPod::sandbox("web", &ns_a, false);
    a.app("app", 0, "sleep 3600", &[]);
    let mut b = DockerPod::sandbox("batch", &ns_b, false);
    b.app("app", 0, "sleep 3600", &[]);
    let url = agent.url();

    assert_eventually!(
        Duration::from_secs(30),
        {
            let (_, out, _) = podpulse(&["pods", "--agent", &url, "-n", &ns_a]);
            out.contains("Running")
        },
        "pod web never Running in {ns_a}"
    );
    let (ok, table, err) = podpulse(&["pods", "--agent", &url, "-n", &ns_a]);
    assert!(ok, "{err}");
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "header + one pod:\n{table}");
    assert!(lines[0].starts_with("NAMESPACE"), "{table}");
    assert!(
        lines[1].starts_with(&ns_a) && lines[1].contains("web"),
        "{table}"
    );
    assert!(
        !table.contains("batch"),
        "-n leaks another namespace:\n{table}"
    );

    let (ok, bare, _) = podpulse(&[
        "pods",
        "--agent",
        &url,
        "--namespace",
        &ns_a,
        "--no-headers",
    ]);
    assert!(ok);
    assert_eq!(bare.lines().count(), 1, "{bare}");
    assert!(bare.starts_with(&ns_a), "{bare}");

    // Wide: the sandbox's IP and the node, where there is no spec to name them.
    let (ok, wide, _) = podpulse(&["pods", "--agent", &url, "-n", &ns_a, "-o", "wide"]);
    assert!(ok);
    let ip = a.sandbox_ip();
    assert!(
        wide.contains(&ip) && wide.contains("pp-cli-node"),
        "wide lacks IP {ip} or the node:\n{wide}"
    );
    assert!(!wide.contains("<none>"), "{wide}");

    let (ok, yaml, err) = podpulse(&["pods", "--agent", &url, "-n", &ns_b, "-o", "yaml"]);
    assert!(ok, "{err}");
    let parsed: serde_json::Value = yaml_serde::from_str(&yaml).expect("pods -o yaml is YAML");
    let pods = parsed.as_array().expect("a list of pods");
    assert_eq!(pods.len(), 1, "{yaml}");
    assert_eq!(pods[0]["pod"]["name"], "batch", "{yaml}");
    assert_eq!(pods[0]["pod"]["namespace"], ns_b.as_str(), "{yaml}");

    let (ok, none, err) = podpulse(&["pods", "--agent", &url, "-n", "pp-cli-nothing-here"]);
    assert!(ok && none.is_empty(), "{none}");
    assert!(
        err.contains("No pods found in pp-cli-nothing-here"),
        "{err}"
    );

    let (ok, text, err) = podpulse(&["describe", "--agent", &url, "-n", &ns_a, "web"]);
    assert!(ok, "{err}");
    assert!(text.contains(&format!("Pod:        {ns_a}/web")), "{text}");
    let (ok, _, err) = podpulse(&["describe", "--agent", &url, "web"]);
    assert!(!ok && err.contains("NAMESPACE/NAME"), "{err}");
}
