//! The kubelet `/pods` source against a replayed kubelet.
//!
//! Why a replay: a kubelet cannot run on the test machines, so these tests serve recorded-shape
//! `/pods` responses (tests/data/sources/kubelet-pods*.json: the kubelet's PodList with empty
//! list metadata, a static pod carrying the kubelet's own uid and `kubernetes.io/config.*`
//! annotations) from a local hyper server on 127.0.0.1, over plain HTTP (the read-only port
//! 10255) and over TLS with a bearer token (the authenticated port 10250).

mod sources_support;

use std::time::Duration;

use bytes::Bytes;
use hyper::StatusCode;
use podpulse::pods::{run_source, KubeletConfig, SourceConfig, SourceKind, SourceUpdate};
use sources_support::*;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

const WAIT: Duration = Duration::from_secs(10);

struct Running {
    rx: mpsc::Receiver<SourceUpdate>,
    cancel: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    fn start(cfg: KubeletConfig) -> Self {
        let (tx, rx) = mpsc::channel(16);
        let cancel = CancellationToken::new();
        let task = tokio::spawn(run_source(SourceConfig::Kubelet(cfg), tx, cancel.clone()));
        Running { rx, cancel, task }
    }

    async fn stop(self) {
        self.cancel.cancel();
        tokio::time::timeout(Duration::from_secs(5), self.task)
            .await
            .expect("source stops on cancel")
            .expect("no panic");
    }
}

fn fast(url: String) -> KubeletConfig {
    let mut c = KubeletConfig::new(url);
    c.poll_period = Duration::from_millis(150);
    c.request_timeout = Duration::from_secs(1);
    c
}

fn ok(name: &str) -> Reply {
    Reply::Body(StatusCode::OK, read_data(name))
}

#[tokio::test]
async fn read_only_port_polls_and_follows_changes() {
    let server = ReplayServer::start().await;
    server.push_list(ok("kubelet-pods.json"));
    server.set_list_default(ok("kubelet-pods-2.json"));
    let mut src = Running::start(fast(server.http_url()));

    let first = wait_for(&mut src.rx, WAIT, "first poll", |u| u.up).await;
    assert_eq!(first.source, SourceKind::Kubelet);
    assert_eq!(
        names(&first),
        [
            "default/web-7d4b9c8f6d-x2x9z",
            "kube-system/etcd-n1",
            "kube-system/kube-proxy-8x7lq"
        ]
    );
    // The kubelet's static pod carries the kubelet's own uid (the config hash).
    let etcd = &first.pods[1];
    assert_eq!(
        etcd.metadata.uid.as_deref(),
        Some("3f1e2d0c9b8a7f6e5d4c3b2a1f0e9d8c")
    );
    assert_eq!(
        etcd.metadata
            .annotations
            .get("kubernetes.io/config.source")
            .map(String::as_str),
        Some("file")
    );

    let second = wait_for(&mut src.rx, WAIT, "changed view", |u| u.pods.len() == 2).await;
    assert!(second.up);
    assert_eq!(second.pods[0].status.container_statuses[0].restart_count, 1);
    assert!(server.seen().iter().all(|s| s.path_and_query == "/pods"));
    assert!(server.seen()[0].authorization.is_none());
    // Unchanged polls are not re-sent.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        src.rx.try_recv().is_err(),
        "no update for an unchanged view"
    );
    src.stop().await;
}

#[tokio::test]
async fn failure_keeps_last_pods_marked_down_then_recovers() {
    let server = ReplayServer::start().await;
    server.push_list(ok("kubelet-pods.json"));
    server.push_list(Reply::Body(
        StatusCode::INTERNAL_SERVER_ERROR,
        Bytes::from_static(b"Internal Error: failed to list pods"),
    ));
    server.set_list_default(ok("kubelet-pods.json"));
    let mut src = Running::start(fast(server.http_url()));
    wait_for(&mut src.rx, WAIT, "up", |u| u.up).await;
    let down = wait_for(&mut src.rx, WAIT, "down", |u| !u.up).await;
    assert_eq!(down.pods.len(), 3, "stale pods kept");
    let err = down.error.clone().unwrap_or_default();
    assert!(
        err.contains("500") && err.contains("failed to list pods"),
        "{err}"
    );
    let up = wait_for(&mut src.rx, WAIT, "recovered", |u| u.up).await;
    assert_eq!(up.pods.len(), 3);
    assert!(up.error.is_none());
    src.stop().await;
}

#[tokio::test]
async fn hanging_kubelet_times_out() {
    let server = ReplayServer::start().await;
    server.push_list(ok("kubelet-pods.json"));
    server.set_list_default(Reply::Hang);
    let mut src = Running::start(fast(server.http_url()));
    wait_for(&mut src.rx, WAIT, "up", |u| u.up).await;
    let down = wait_for(&mut src.rx, WAIT, "timed out", |u| !u.up).await;
    assert!(down.error.unwrap_or_default().contains("timed out"));
    assert_eq!(down.pods.len(), 3);
    src.stop().await;
}

#[tokio::test]
async fn garbage_body_is_an_error_not_a_crash() {
    let server = ReplayServer::start().await;
    server.set_list_default(Reply::Body(
        StatusCode::OK,
        Bytes::from_static(b"<html>proxy</html>"),
    ));
    let mut src = Running::start(fast(format!("{}/pods", server.http_url())));
    let down = wait_for(&mut src.rx, WAIT, "down", |u| !u.up).await;
    assert!(down.error.unwrap_or_default().contains("not a PodList"));
    src.stop().await;
}

#[tokio::test]
async fn authenticated_port_with_ca_and_rotating_token_file() {
    let server = ReplayServer::start_tls(TlsOptions {
        require_client_cert: false,
    })
    .await;
    server.set_list_default(ok("kubelet-pods.json"));
    let dir = TempDir::new("kubelet-token");
    let token = dir.path().join("token");
    std::fs::write(&token, "tok-1\n").expect("token");
    let mut cfg = fast(server.https_url());
    cfg.token_file = Some(token.clone());
    cfg.ca_file = Some(data("tls/ca.crt"));
    let mut src = Running::start(cfg);
    let up = wait_for(&mut src.rx, WAIT, "up over TLS", |u| u.up).await;
    assert_eq!(up.pods.len(), 3);
    assert_eq!(
        server.seen()[0].authorization.as_deref(),
        Some("Bearer tok-1")
    );

    // Projected tokens rotate: the next polls must send the new one.
    std::fs::write(&token, "tok-2").expect("rotate");
    tokio::time::timeout(WAIT, async {
        while !server
            .seen()
            .iter()
            .any(|s| s.authorization.as_deref() == Some("Bearer tok-2"))
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("rotated token used");
    src.stop().await;
}

#[tokio::test]
async fn unauthorized_is_reported() {
    let server = ReplayServer::start_tls(TlsOptions {
        require_client_cert: false,
    })
    .await;
    server.require_auth("Bearer right");
    server.set_list_default(ok("kubelet-pods.json"));
    let dir = TempDir::new("kubelet-401");
    let token = dir.path().join("token");
    std::fs::write(&token, "wrong").expect("token");
    let mut cfg = fast(server.https_url());
    cfg.token_file = Some(token);
    cfg.insecure_skip_verify = true;
    let mut src = Running::start(cfg);
    let down = wait_for(&mut src.rx, WAIT, "401", |u| !u.up).await;
    assert!(down.error.unwrap_or_default().contains("401"));
    src.stop().await;
}

#[tokio::test]
async fn tls_verification_table() {
    // (name, ca file, insecure, expect up)
    let cases: [(&str, Option<&str>, bool, bool); 3] = [
        (
            "self-signed kubelet cert, insecure-skip-verify",
            None,
            true,
            true,
        ),
        ("right CA", Some("tls/ca.crt"), false, true),
        ("wrong CA", Some("tls/other-ca.crt"), false, false),
    ];
    for (name, ca, insecure, want_up) in cases {
        let server = ReplayServer::start_tls(TlsOptions {
            require_client_cert: false,
        })
        .await;
        server.set_list_default(ok("kubelet-pods.json"));
        let mut cfg = fast(server.https_url());
        cfg.ca_file = ca.map(data);
        cfg.insecure_skip_verify = insecure;
        let mut src = Running::start(cfg);
        let u = wait_for(&mut src.rx, WAIT, name, |_| true).await;
        assert_eq!(u.up, want_up, "{name}: {:?}", u.error);
        if !want_up {
            let err = u.error.clone().unwrap_or_default().to_lowercase();
            assert!(err.contains("certificate"), "{name}: {err}");
        }
        src.stop().await;
    }
}

#[tokio::test]
async fn missing_ca_file_is_down_and_retried() {
    let dir = TempDir::new("kubelet-ca");
    let ca = dir.path().join("ca.crt");
    let server = ReplayServer::start_tls(TlsOptions {
        require_client_cert: false,
    })
    .await;
    server.set_list_default(ok("kubelet-pods.json"));
    let mut cfg = fast(server.https_url());
    cfg.ca_file = Some(ca.clone());
    let mut src = Running::start(cfg);
    let down = wait_for(&mut src.rx, WAIT, "down", |u| !u.up).await;
    assert!(
        down.error.unwrap_or_default().contains("ca.crt"),
        "names the file"
    );
    // The CA appears later (a secret mounted late): the source picks it up.
    std::fs::copy(data("tls/ca.crt"), &ca).expect("copy ca");
    wait_for(&mut src.rx, WAIT, "up once the CA exists", |u| u.up).await;
    src.stop().await;
}
