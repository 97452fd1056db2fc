//! The API server pod source against a replayed kube-apiserver.
//!
//! Why a replay: kube-apiserver cannot run on the test machines, so every test here serves
//! recorded-shape responses from a local hyper server on 127.0.0.1 (tests/data/sources/: a
//! PodList for `fieldSelector=spec.nodeName=n1`, a newline-delimited watch stream with
//! ADDED/MODIFIED/BOOKMARK/DELETED, a 410 Expired ERROR event and a 410 Status body), cut and
//! stalled the ways real connections are.

mod sources_support;

use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use hyper::StatusCode;
use podpulse::pods::http::ClientSettings;
use podpulse::pods::{
    run_source, ApiEndpoint, ApiServerConfig, SourceConfig, SourceKind, SourceUpdate,
};
use sources_support::*;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

const WAIT: Duration = Duration::from_secs(10);

fn config(endpoint: ApiEndpoint) -> ApiServerConfig {
    let mut c = ApiServerConfig::new("n1", endpoint);
    c.request_timeout = Duration::from_secs(2);
    c.backoff_min = Duration::from_millis(50);
    c.backoff_max = Duration::from_millis(200);
    c
}

fn plain(server: &ReplayServer) -> ApiServerConfig {
    config(ApiEndpoint::Settings(ClientSettings::new(
        server.http_url(),
    )))
}

struct Running {
    rx: mpsc::Receiver<SourceUpdate>,
    cancel: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    fn start(cfg: ApiServerConfig) -> Self {
        let (tx, rx) = mpsc::channel(16);
        let cancel = CancellationToken::new();
        let task = tokio::spawn(run_source(SourceConfig::ApiServer(cfg), tx, cancel.clone()));
        Running { rx, cancel, task }
    }

    async fn stop(self) {
        self.cancel.cancel();
        tokio::time::timeout(Duration::from_secs(5), self.task)
            .await
            .expect("source stops on cancel")
            .expect("source task did not panic");
    }
}

fn list_reply(name: &str) -> Reply {
    Reply::Body(StatusCode::OK, read_data(name))
}

const INITIAL: [&str; 3] = [
    "default/web-7d4b9c8f6d-x2x9z",
    "kube-system/etcd-n1",
    "kube-system/kube-proxy-8x7lq",
];

#[tokio::test]
async fn lists_then_applies_watch_events_split_across_chunks() {
    let server = ReplayServer::start().await;
    server.push_list(list_reply("apiserver-podlist.json"));
    let events = read_data("apiserver-watch-events.jsonl");
    // Chunk sizes chosen so events are cut mid-JSON and two events share a chunk.
    server.push_watch(Reply::Stream(ragged_chunks(
        &events,
        &[7, 1500, 333, 4000, 1],
    )));
    let bookmark = r#"{"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"48280","creationTimestamp":null},"spec":{"containers":null},"status":{}}}"#;
    server.push_watch(Reply::Stream(vec![Step::Chunk(Bytes::from(format!(
        "{bookmark}\n"
    )))]));
    let mut src = Running::start(plain(&server));

    let first = wait_for(&mut src.rx, WAIT, "initial list", |u| u.up).await;
    assert_eq!(first.source, SourceKind::ApiServer);
    assert_eq!(names(&first), INITIAL);

    let after = wait_for(&mut src.rx, WAIT, "watch events applied", |u| {
        names(u).contains(&"batch/migrate-28871650-k2v8p".to_string())
            && !names(u).contains(&"kube-system/kube-proxy-8x7lq".to_string())
    })
    .await;
    assert!(after.up);
    assert_eq!(
        names(&after),
        [
            "batch/migrate-28871650-k2v8p",
            "default/web-7d4b9c8f6d-x2x9z",
            "kube-system/etcd-n1"
        ]
    );
    let web = after
        .pods
        .iter()
        .find(|p| p.metadata.name.as_deref() == Some("web-7d4b9c8f6d-x2x9z"))
        .expect("web pod");
    assert_eq!(
        web.status.container_statuses[0].restart_count, 1,
        "MODIFIED applied"
    );

    // The first watch ended cleanly; the source re-watches from the last event's rv (48270),
    // then from the bookmark's (48280) — never relisting.
    tokio::time::timeout(WAIT, async {
        while server.seen().iter().filter(|s| s.is_watch()).count() < 3 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("three watch requests");
    let seen = server.seen();
    let lists: Vec<_> = seen.iter().filter(|s| !s.is_watch()).collect();
    let watches: Vec<_> = seen.iter().filter(|s| s.is_watch()).collect();
    assert_eq!(lists.len(), 1, "no relist: {seen:#?}");
    assert!(lists[0].path_and_query.starts_with("/api/v1/pods?"));
    assert_eq!(
        lists[0].query("fieldSelector").as_deref(),
        Some("spec.nodeName%3Dn1")
    );
    assert_eq!(lists[0].query("resourceVersion").as_deref(), Some("0"));
    let rvs: Vec<_> = watches.iter().map(|w| w.query("resourceVersion")).collect();
    assert_eq!(
        rvs,
        [
            Some("48213".into()),
            Some("48270".into()),
            Some("48280".into())
        ]
    );
    assert_eq!(
        watches[0].query("allowWatchBookmarks").as_deref(),
        Some("true")
    );
    assert_eq!(
        watches[0].query("fieldSelector").as_deref(),
        Some("spec.nodeName%3Dn1")
    );
    assert!(watches[0].query("timeoutSeconds").is_some());
    src.stop().await;
}

#[tokio::test]
async fn relists_on_410_error_event() {
    let server = ReplayServer::start().await;
    server.push_list(list_reply("apiserver-podlist.json"));
    server.push_list(list_reply("apiserver-podlist-relist.json"));
    server.push_watch(Reply::StreamThenHang(vec![Step::Chunk(read_data(
        "apiserver-watch-410-event.jsonl",
    ))]));
    let mut src = Running::start(plain(&server));
    wait_for(&mut src.rx, WAIT, "initial list", |u| u.up).await;
    let relisted = wait_for(&mut src.rx, WAIT, "relist", |u| {
        names(u).contains(&"batch/migrate-28871650-k2v8p".to_string())
    })
    .await;
    assert!(relisted.up);
    assert_eq!(relisted.pods.len(), 3);
    let lists: Vec<_> = server
        .seen()
        .into_iter()
        .filter(|s| !s.is_watch())
        .collect();
    assert_eq!(lists.len(), 2);
    // After 410 the old resourceVersion is useless: a consistent read, no resourceVersion.
    assert_eq!(lists[1].query("resourceVersion"), None);
    src.stop().await;
}

#[tokio::test]
async fn relists_on_410_status_of_watch_request() {
    let server = ReplayServer::start().await;
    server.push_list(list_reply("apiserver-podlist.json"));
    server.push_list(list_reply("apiserver-podlist-relist.json"));
    server.push_watch(Reply::Body(
        StatusCode::GONE,
        read_data("apiserver-status-410.json"),
    ));
    let mut src = Running::start(plain(&server));
    wait_for(&mut src.rx, WAIT, "initial list", |u| u.up).await;
    wait_for(&mut src.rx, WAIT, "relist", |u| {
        u.up && names(u).contains(&"batch/migrate-28871650-k2v8p".to_string())
    })
    .await;
    let seen = server.seen();
    let lists: Vec<_> = seen.iter().filter(|s| !s.is_watch()).collect();
    assert_eq!(lists.len(), 2, "{seen:#?}");
    assert_eq!(lists[1].query("resourceVersion"), None);
    // Then it watches from the relist's resourceVersion.
    tokio::time::timeout(WAIT, async {
        while server.seen().iter().filter(|s| s.is_watch()).count() < 2 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("second watch");
    let w: Vec<_> = server.seen().into_iter().filter(|s| s.is_watch()).collect();
    assert_eq!(w[1].query("resourceVersion").as_deref(), Some("48300"));
    src.stop().await;
}

#[tokio::test]
async fn resumes_from_last_resource_version_after_disconnect_mid_stream() {
    let server = ReplayServer::start().await;
    server.push_list(list_reply("apiserver-podlist.json"));
    let events = read_data("apiserver-watch-events.jsonl");
    let first_line_end = events.iter().position(|b| *b == b'\n').expect("line") + 1;
    // The ADDED event whole, then half of the MODIFIED one, then the connection breaks.
    server.push_watch(Reply::Stream(vec![
        Step::Chunk(events.slice(..first_line_end)),
        Step::Sleep(Duration::from_millis(50)),
        Step::Chunk(events.slice(first_line_end..first_line_end + 200)),
        Step::Abort,
    ]));
    let mut src = Running::start(plain(&server));
    wait_for(&mut src.rx, WAIT, "initial list", |u| u.up).await;
    let added = wait_for(&mut src.rx, WAIT, "ADDED applied", |u| u.pods.len() == 4).await;
    assert!(added.up);
    tokio::time::timeout(WAIT, async {
        while server.seen().iter().filter(|s| s.is_watch()).count() < 2 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("re-watch after the cut");
    let seen = server.seen();
    assert_eq!(
        seen.iter().filter(|s| !s.is_watch()).count(),
        1,
        "no relist"
    );
    let w: Vec<_> = seen.iter().filter(|s| s.is_watch()).collect();
    assert_eq!(w[1].query("resourceVersion").as_deref(), Some("48240"));
    // A cut stream that reconnects fine never marked the source down, and the half event was
    // not applied (web still has no restarts).
    while let Ok(u) = src.rx.try_recv() {
        assert!(
            u.up,
            "a cut stream alone does not mark the source down: {u:#?}"
        );
    }
    let web_restarts = added
        .pods
        .iter()
        .find(|p| p.metadata.name.as_deref() == Some("web-7d4b9c8f6d-x2x9z"))
        .map(|p| p.status.container_statuses[0].restart_count);
    assert_eq!(web_restarts, Some(0));
    src.stop().await;
}

#[tokio::test]
async fn hanging_server_marks_source_down_and_keeps_last_pods() {
    let server = ReplayServer::start().await;
    server.push_list(list_reply("apiserver-podlist.json"));
    // The watch request gets no answer at all: the request timeout (2 s here) must fire.
    server.push_watch(Reply::Hang);
    let mut src = Running::start(plain(&server));
    wait_for(&mut src.rx, WAIT, "initial list", |u| u.up).await;
    let down = wait_for(&mut src.rx, WAIT, "down after hang", |u| !u.up).await;
    assert_eq!(names(&down), INITIAL, "last good pods kept while down");
    let err = down.error.clone().unwrap_or_default();
    assert!(err.contains("timed out"), "{err}");
    // The next watch (empty queue: headers, then silence) succeeds: up again, same pods.
    let up = wait_for(&mut src.rx, WAIT, "up again", |u| u.up).await;
    assert_eq!(names(&up), INITIAL);
    src.stop().await;
}

#[tokio::test]
async fn silent_watch_is_reopened_after_its_timeout() {
    let server = ReplayServer::start().await;
    server.push_list(list_reply("apiserver-podlist.json"));
    // Headers, then nothing, forever (a half-dead connection). With a 1 s server timeout the
    // client gives up after timeoutSeconds (1..2 s) + 0.3 s of silence and re-watches.
    server.push_watch(Reply::StreamThenHang(Vec::new()));
    let mut cfg = plain(&server);
    cfg.watch_timeout = Duration::from_secs(1);
    cfg.idle_grace = Duration::from_millis(300);
    let mut src = Running::start(cfg);
    wait_for(&mut src.rx, WAIT, "initial list", |u| u.up).await;
    tokio::time::timeout(WAIT, async {
        while server.seen().iter().filter(|s| s.is_watch()).count() < 2 {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("watch reopened");
    let w: Vec<_> = server.seen().into_iter().filter(|s| s.is_watch()).collect();
    assert_eq!(w[1].query("resourceVersion").as_deref(), Some("48213"));
    let t: u64 = w[0]
        .query("timeoutSeconds")
        .and_then(|t| t.parse().ok())
        .expect("timeoutSeconds");
    assert!((1..2).contains(&t), "{t}");
    src.stop().await;
}

#[tokio::test]
async fn forbidden_list_reports_the_api_message() {
    let server = ReplayServer::start().await;
    let forbidden = r#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \"system:serviceaccount:monitoring:podpulse\" cannot list resource \"pods\" in API group \"\" at the cluster scope","reason":"Forbidden","details":{"kind":"pods"},"code":403}"#;
    server.push_list(Reply::Body(StatusCode::FORBIDDEN, Bytes::from(forbidden)));
    server.push_list(list_reply("apiserver-podlist.json"));
    let mut src = Running::start(plain(&server));
    let down = wait_for(&mut src.rx, WAIT, "down", |u| !u.up).await;
    let err = down.error.unwrap_or_default();
    assert!(
        err.contains("403") && err.contains("cannot list resource"),
        "{err}"
    );
    assert!(down.pods.is_empty());
    let up = wait_for(&mut src.rx, WAIT, "retry succeeds", |u| u.up).await;
    assert_eq!(names(&up), INITIAL);
    src.stop().await;
}

#[tokio::test]
async fn undecodable_watch_event_is_rejected_and_counted() {
    let server = ReplayServer::start().await;
    server.push_list(list_reply("apiserver-podlist.json"));
    let bad = r#"{"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"x","namespace":"d","uid":"u1","resourceVersion":"48230"},"spec":{"containers":"not-a-list"}}}"#;
    server.push_watch(Reply::StreamThenHang(vec![Step::Chunk(Bytes::from(
        format!("{bad}\nnot json at all\n"),
    ))]));
    let mut src = Running::start(plain(&server));
    wait_for(&mut src.rx, WAIT, "initial list", |u| u.up).await;
    let u = wait_for(&mut src.rx, WAIT, "rejections", |u| u.rejected.len() == 2).await;
    assert!(u.up);
    assert_eq!(names(&u), INITIAL, "good pods unaffected");
    assert!(u.new_rejections >= 1);
    assert!(
        u.rejected[0].contains("does not decode"),
        "{:?}",
        u.rejected
    );
    src.stop().await;
}

fn write_kubeconfig(
    dir: &std::path::Path,
    server: &str,
    ca_file: &str,
    token_file: &str,
) -> std::path::PathBuf {
    let b64 = |f: &str| {
        base64::engine::general_purpose::STANDARD.encode(std::fs::read(data(f)).expect("fixture"))
    };
    let kc = format!(
        r#"apiVersion: v1
kind: Config
preferences: {{}}
current-context: kubernetes-admin@kubernetes
clusters:
- cluster:
    certificate-authority-data: {ca}
    server: {server}
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
users:
- name: kubernetes-admin
  user:
    client-certificate: {cert}
    client-key-data: {key}
    tokenFile: {token_file}
"#,
        ca = b64(ca_file),
        cert = data("tls/client.crt").display(),
        key = b64("tls/client.key"),
    );
    let p = dir.join("kubeconfig");
    std::fs::write(&p, kc).expect("write kubeconfig");
    p
}

#[tokio::test]
async fn kubeconfig_over_mutual_tls_with_token() {
    let server = ReplayServer::start_tls(TlsOptions {
        require_client_cert: true,
    })
    .await;
    server.require_auth("Bearer sekret-1");
    server.push_list(list_reply("apiserver-podlist.json"));
    let dir = TempDir::new("kc");
    std::fs::write(dir.path().join("token"), "sekret-1\n").expect("token");
    let kc = write_kubeconfig(dir.path(), &server.https_url(), "tls/ca.crt", "token");
    let mut src = Running::start(config(ApiEndpoint::Kubeconfig {
        path: kc,
        context: None,
    }));
    let up = wait_for(&mut src.rx, WAIT, "list over mTLS", |u| u.up).await;
    assert_eq!(names(&up), INITIAL);
    assert_eq!(
        server.seen()[0].authorization.as_deref(),
        Some("Bearer sekret-1")
    );
    src.stop().await;
}

#[tokio::test]
async fn kubeconfig_with_wrong_ca_is_down_with_a_certificate_error() {
    let server = ReplayServer::start_tls(TlsOptions {
        require_client_cert: false,
    })
    .await;
    server.push_list(list_reply("apiserver-podlist.json"));
    let dir = TempDir::new("kc-bad");
    std::fs::write(dir.path().join("token"), "t").expect("token");
    let kc = write_kubeconfig(dir.path(), &server.https_url(), "tls/other-ca.crt", "token");
    let mut src = Running::start(config(ApiEndpoint::Kubeconfig {
        path: kc,
        context: None,
    }));
    let down = wait_for(&mut src.rx, WAIT, "TLS failure", |u| !u.up).await;
    let err = down.error.unwrap_or_default();
    assert!(err.to_lowercase().contains("certificate"), "{err}");
    assert!(server.seen().is_empty(), "no request got through");
    src.stop().await;
}

#[tokio::test]
async fn missing_kubeconfig_is_down_not_fatal() {
    let mut src = Running::start(config(ApiEndpoint::Kubeconfig {
        path: "/nonexistent/pp-src/kubeconfig".into(),
        context: None,
    }));
    let down = wait_for(&mut src.rx, WAIT, "down", |u| !u.up).await;
    assert!(
        down.error
            .unwrap_or_default()
            .contains("/nonexistent/pp-src/kubeconfig"),
        "names the file"
    );
    src.stop().await;
}
