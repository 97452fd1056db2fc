//! Who may read what, on a real podpulse process: the detail API (`/pods`, `/pods/<ns>/<name>`,
//! `…/describe`) is served on the 0600 unix socket and the loopback detail listener, on the
//! network listener only when that is bound to loopback, and otherwise answers 403 with a body
//! that says how to enable it; `/metrics`, `/healthz`, `/readyz` are served everywhere. The CLI
//! reads the socket by default and names it when it is absent. Loopback traffic only: the
//! "network" listener binds 0.0.0.0 and is reached through 127.0.0.1.

#[path = "server_support/mod.rs"]
mod support;

use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
use std::time::Duration;
use support::*;

#[test]
fn network_listener_refuses_the_detail_api_and_says_how_to_enable_it() {
    let detail_port = free_port();
    let detail = format!("127.0.0.1:{detail_port}");
    let agent = Agent::start("0.0.0.0", &["--detail-listen", &detail]);
    for path in [
        "/pods",
        "/pods/",
        "/pods/default/web",
        "/pods/default/web/describe",
    ] {
        let a = get(agent.port, path, &[]);
        assert_eq!(a.status, 403, "{path}: {}", a.text());
        let body = a.text();
        for hint in [
            "podpulse pods",
            "/run/podpulse/podpulse.sock",
            "port-forward",
            "--web-config-file",
        ] {
            assert!(
                body.contains(hint),
                "{path}: 403 body lacks {hint:?}: {body}"
            );
        }
    }
    for path in ["/metrics", "/healthz"] {
        assert_eq!(get(agent.port, path, &[]).status, 200, "{path}");
    }
    // /readyz answers (503 here: no runtime), never 403.
    assert_ne!(get(agent.port, "/readyz", &[]).status, 403);
    // The same agent serves the detail API on its loopback listener and its socket.
    let a = get(detail_port, "/pods", &[]);
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(a.header("content-type"), Some("application/json"));
    assert_eq!(a.text(), "[]");
    let a = get_unix(&agent.socket(), "/pods").expect("socket answers");
    assert_eq!((a.status, a.text().as_str()), (200, "[]"));
    assert_eq!(get(detail_port, "/pods/default/web", &[]).status, 404);
}

#[test]
fn loopback_listener_serves_the_detail_api() {
    let agent = Agent::start("127.0.0.1", &[]);
    let a = get(agent.port, "/pods", &[]);
    assert_eq!((a.status, a.text().as_str()), (200, "[]"));
}

#[test]
fn detail_listen_must_be_loopback() {
    let (code, _, err) = cli(&["check-config", "/dev/null"]);
    assert_eq!(code, 0, "{err}");
    let dir = Dir::new("cfg");
    let cfg = dir.join("podpulse.yaml");
    std::fs::write(&cfg, "server:\n  detail_listen: 0.0.0.0:9843\n").expect("write");
    let (code, _, err) = cli(&["check-config", cfg.to_str().expect("utf-8")]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("server.detail_listen") && err.contains("loopback"),
        "{err}"
    );
}

#[test]
fn socket_is_owner_only_and_the_cli_uses_it() {
    let agent = Agent::start("0.0.0.0", &[]);
    let sock = agent.socket();
    let meta = std::fs::metadata(&sock).expect("socket exists");
    assert!(meta.file_type().is_socket());
    assert_eq!(meta.permissions().mode() & 0o777, 0o600, "socket mode");
    let s = sock.to_str().expect("utf-8");
    // JSON, because the table of an empty node is kubectl's "No pods found" on stderr.
    let (code, out, err) = cli(&["pods", "-o", "json", "--socket", s]);
    assert_eq!(code, 0, "{err}");
    assert!(out.trim_start().starts_with('['), "{out}");
    let (code, _, err) = cli(&["describe", "default/nothing", "--socket", s]);
    assert_eq!(code, 1);
    assert!(
        err.contains("404") && err.contains("no pod default/nothing"),
        "{err}"
    );
    // The same through the environment, as `kubectl exec` into the DaemonSet's pod gets it.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .arg("pods")
        .env("PODPULSE_DETAIL_SOCKET", s)
        .env_remove("PODPULSE_AGENT")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // --agent still works, against a listener that serves the detail API.
    let detail_port = free_port();
    let agent2 = Agent::start(
        "127.0.0.1",
        &[
            "--detail-listen",
            &format!("127.0.0.1:{detail_port}"),
            "--detail-socket",
            "none",
        ],
    );
    let (code, out, err) = cli(&[
        "pods",
        "-o",
        "json",
        "--agent",
        &format!("http://127.0.0.1:{detail_port}"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.trim_start().starts_with('['), "{out}");
    assert!(
        !agent2.socket().exists(),
        "--detail-socket none made a socket"
    );
}

#[test]
fn cli_names_the_missing_socket() {
    let dir = Dir::new("nosock");
    let sock = dir.join("podpulse.sock");
    let s = sock.to_str().expect("utf-8");
    let (code, _, err) = cli(&["pods", "--socket", s]);
    assert_eq!(code, 1);
    assert!(err.contains(s) && err.contains("podpulse run"), "{err}");
    let (code, _, err) = cli(&["describe", "a/b", "--socket", s]);
    assert_eq!(code, 1);
    assert!(err.contains(s), "{err}");
}

#[test]
fn a_live_socket_is_not_taken_over_and_a_stale_one_is_replaced() {
    let first = Agent::start("127.0.0.1", &[]);
    let sock = first.socket();
    let s = sock.to_str().expect("utf-8");
    let second = Agent::start("127.0.0.1", &["--detail-socket", s]);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !second.log_text().contains("another agent is serving") {
        assert!(
            std::time::Instant::now() < deadline,
            "second agent did not say why it has no socket:\n{}",
            second.log_text()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // The second agent keeps serving its metrics; the socket still reaches the first.
    assert_eq!(get(second.port, "/metrics", &[]).status, 200);
    drop(second);
    assert_eq!(get_unix(&sock, "/pods").expect("first agent").status, 200);
    // Killed without a chance to clean up: the socket file stays, nobody answers on it.
    let dir_keep = sock.clone();
    let mut first = first;
    let _ = first.child.kill();
    let _ = first.child.wait();
    assert!(dir_keep.exists());
    let third = Agent::start("127.0.0.1", &["--detail-socket", s]);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if get_unix(&sock, "/pods").map(|a| a.status) == Ok(200) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "stale socket not replaced:\n{}",
            third.log_text()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
