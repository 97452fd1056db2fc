//! systemd/podpulse.service as systemd itself reads it: `systemd-analyze verify` must accept it
//! with no warning at all (unknown keys are only warnings, so stderr must be empty too), and the
//! hardening the issue asks for must be there.

#[path = "deploy_support/mod.rs"]
mod support;

use std::process::Command;
use support::*;

fn unit() -> String {
    read(&repo().join("systemd/podpulse.service"))
}

/// The unit with its ExecStart binary pointed at `bin` (verify checks that it is executable).
fn unit_for(bin: &str) -> String {
    unit().replace("/usr/local/bin/podpulse", bin)
}

fn verify(text: &str) -> (bool, String) {
    let dir = TempDir::new("systemd");
    let path = dir.join("podpulse.service");
    write(&path, text);
    let out = run(Command::new("systemd-analyze").arg("verify").arg(&path));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.success() && stderr.trim().is_empty(), stderr)
}

#[test]
fn systemd_analyze_verify_accepts_the_unit() {
    require_tools(&["systemd-analyze"]);
    let (ok, stderr) = verify(&unit_for(env!("CARGO_BIN_EXE_podpulse")));
    assert!(ok, "systemd-analyze verify:\n{stderr}");
}

#[test]
fn systemd_analyze_verify_catches_a_typo() {
    // The check above is only worth something if a misspelt key is caught.
    require_tools(&["systemd-analyze"]);
    let bad = unit_for(env!("CARGO_BIN_EXE_podpulse")).replace("ProtectSystem=", "ProtectSytem=");
    let (ok, _) = verify(&bad);
    assert!(!ok, "a misspelt key passed");
}

#[test]
fn unit_is_hardened_and_reports_readiness() {
    let u = unit();
    let has = |line: &str| u.lines().any(|l| l.trim() == line);
    for line in [
        "Type=notify",
        "Restart=on-failure",
        "DynamicUser=yes",
        "SupplementaryGroups=systemd-journal",
        "StateDirectory=podpulse",
        "ProtectSystem=strict",
        "PrivateTmp=yes",
        "NoNewPrivileges=yes",
        "CapabilityBoundingSet=",
        "MemoryMax=100M",
        "ExecStartPre=/usr/local/bin/podpulse check-config /etc/podpulse/podpulse.yaml",
    ] {
        assert!(has(line), "unit lacks {line:?}");
    }
    // Only the state directory is writable: no ReadWritePaths beyond it.
    assert!(
        !u.contains("ReadWritePaths="),
        "only StateDirectory may be writable"
    );
}

#[test]
fn example_config_passes_check_config() {
    // The unit's ExecStartPre: the shipped example must be a valid config for this build.
    let bin = std::env::var_os("PODPULSE_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_BIN_EXE_podpulse")));
    let out = run(Command::new(bin)
        .arg("check-config")
        .arg(repo().join("systemd/podpulse.yaml")));
    assert!(
        out.status.success(),
        "podpulse check-config systemd/podpulse.yaml: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
