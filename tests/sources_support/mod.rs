//! Harness for the pod source tests: a scripted HTTP(S) server on 127.0.0.1 that replays
//! recorded-shape kube-apiserver / kubelet responses, and helpers to wait for source updates.
//!
//! Why a replay: kube-apiserver and the kubelet cannot run on the test machines, so the sources
//! are tested against a local hyper server sending what those components send (PodList JSON,
//! newline-delimited watch streams, Status bodies), including the failure shapes (410, a stream
//! cut mid-event, a server that never answers).

#![allow(dead_code)]

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use podpulse::pods::{SourceKind, SourceUpdate};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/sources")
        .join(name)
}

pub fn read_data(name: &str) -> Bytes {
    Bytes::from(std::fs::read(data(name)).expect("fixture exists"))
}

/// One step of a streamed body.
#[derive(Debug, Clone)]
pub enum Step {
    Chunk(Bytes),
    Sleep(Duration),
    /// Break the connection mid-body (the client sees a truncated chunked body).
    Abort,
}

/// A scripted reply.
#[derive(Debug, Clone)]
pub enum Reply {
    Body(StatusCode, Bytes),
    /// Status 200, body sent step by step, then ended cleanly (unless aborted).
    Stream(Vec<Step>),
    /// Headers then silence, the connection held open.
    StreamThenHang(Vec<Step>),
    /// Never answer at all.
    Hang,
}

/// What the server saw.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path_and_query: String,
    pub authorization: Option<String>,
}

impl Seen {
    pub fn query(&self, key: &str) -> Option<String> {
        let q = self.path_and_query.split_once('?')?.1;
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    }

    pub fn is_watch(&self) -> bool {
        self.query("watch").is_some()
    }
}

#[derive(Default)]
struct Script {
    lists: VecDeque<Reply>,
    watches: VecDeque<Reply>,
    /// Used when the list queue is empty.
    list_default: Option<Reply>,
    seen: Vec<Seen>,
    required_auth: Option<String>,
}

/// A local server replaying scripted responses; list and watch requests (query `watch=...`)
/// have separate queues. An empty watch queue holds the watch open silently, like an idle
/// API server would.
#[derive(Clone)]
pub struct ReplayServer {
    pub addr: SocketAddr,
    script: Arc<Mutex<Script>>,
}

pub struct TlsOptions {
    pub require_client_cert: bool,
}

fn tls_acceptor(opts: &TlsOptions) -> tokio_rustls::TlsAcceptor {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(data("tls/server.crt"))
        .expect("server cert")
        .collect::<Result<_, _>>()
        .expect("server cert pem");
    let key = PrivateKeyDer::from_pem_file(data("tls/server.key")).expect("server key");
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("versions");
    let builder = if opts.require_client_cert {
        let mut roots = rustls::RootCertStore::empty();
        for c in CertificateDer::pem_file_iter(data("tls/ca.crt")).expect("ca") {
            roots.add(c.expect("ca pem")).expect("add ca");
        }
        let verifier =
            rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .expect("client verifier");
        builder.with_client_cert_verifier(verifier)
    } else {
        builder.with_no_client_auth()
    };
    let config = builder.with_single_cert(certs, key).expect("server config");
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

impl ReplayServer {
    pub async fn start() -> Self {
        Self::start_inner(None).await
    }

    pub async fn start_tls(opts: TlsOptions) -> Self {
        Self::start_inner(Some(tls_acceptor(&opts))).await
    }

    async fn start_inner(tls: Option<tokio_rustls::TlsAcceptor>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let server = ReplayServer {
            addr,
            script: Arc::new(Mutex::new(Script::default())),
        };
        let s = server.clone();
        tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let s = s.clone();
                let tls = tls.clone();
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(move |req| {
                        let s = s.clone();
                        async move { Ok::<_, Infallible>(s.handle(req).await) }
                    });
                    let builder = hyper::server::conn::http1::Builder::new();
                    match tls {
                        Some(acc) => {
                            // A failed handshake (wrong CA on the client) just drops the conn.
                            if let Ok(stream) = acc.accept(tcp).await {
                                let _ = builder.serve_connection(TokioIo::new(stream), svc).await;
                            }
                        }
                        None => {
                            let _ = builder.serve_connection(TokioIo::new(tcp), svc).await;
                        }
                    }
                });
            }
        });
        server
    }

    pub fn http_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn https_url(&self) -> String {
        format!("https://{}", self.addr)
    }

    pub fn push_list(&self, r: Reply) {
        self.script.lock().expect("lock").lists.push_back(r);
    }

    pub fn set_list_default(&self, r: Reply) {
        self.script.lock().expect("lock").list_default = Some(r);
    }

    pub fn push_watch(&self, r: Reply) {
        self.script.lock().expect("lock").watches.push_back(r);
    }

    /// Answer 401 unless the request carries exactly this Authorization header.
    pub fn require_auth(&self, header: &str) {
        self.script.lock().expect("lock").required_auth = Some(header.to_string());
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.script.lock().expect("lock").seen.clone()
    }

    async fn handle(&self, req: Request<Incoming>) -> Response<BoxBody<Bytes, std::io::Error>> {
        let seen = Seen {
            path_and_query: req
                .uri()
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or_default(),
            authorization: req
                .headers()
                .get(hyper::header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        };
        let reply = {
            let mut s = self.script.lock().expect("lock");
            s.seen.push(seen.clone());
            if let Some(want) = &s.required_auth {
                if seen.authorization.as_deref() != Some(want.as_str()) {
                    Some(Reply::Body(
                        StatusCode::UNAUTHORIZED,
                        Bytes::from_static(
                            br#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}"#,
                        ),
                    ))
                } else {
                    None
                }
            } else {
                None
            }
            .or_else(|| {
                if seen.is_watch() {
                    s.watches.pop_front()
                } else {
                    s.lists.pop_front().or_else(|| s.list_default.clone())
                }
            })
        };
        let reply = reply.unwrap_or(Reply::StreamThenHang(Vec::new()));
        match reply {
            Reply::Body(status, body) => {
                let mut r = Response::new(
                    Full::new(body)
                        .map_err(|never: Infallible| match never {})
                        .boxed(),
                );
                *r.status_mut() = status;
                r.headers_mut().insert(
                    hyper::header::CONTENT_TYPE,
                    hyper::header::HeaderValue::from_static("application/json"),
                );
                r
            }
            Reply::Stream(steps) => stream_response(steps, false),
            Reply::StreamThenHang(steps) => stream_response(steps, true),
            Reply::Hang => std::future::pending().await,
        }
    }
}

fn stream_response(steps: Vec<Step>, hang: bool) -> Response<BoxBody<Bytes, std::io::Error>> {
    let (tx, rx) = mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(4);
    tokio::spawn(async move {
        for step in steps {
            match step {
                Step::Chunk(b) => {
                    if tx.send(Ok(Frame::data(b))).await.is_err() {
                        return;
                    }
                }
                Step::Sleep(d) => tokio::time::sleep(d).await,
                Step::Abort => {
                    let _ = tx
                        .send(Err(std::io::Error::other("replay: cut the stream")))
                        .await;
                    return;
                }
            }
        }
        if hang {
            // Keep the sender alive, so the body never ends, until the client goes away.
            tx.closed().await;
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let mut r = Response::new(BodyExt::boxed(StreamBody::new(stream)));
    r.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    r
}

/// Splits `data` into chunks cut at awkward places (inside JSON, right before a newline), to
/// check that watch events are reassembled across chunks.
pub fn ragged_chunks(data: &[u8], sizes: &[usize]) -> Vec<Step> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut i = 0;
    while !rest.is_empty() {
        let n = sizes[i % sizes.len()].min(rest.len()).max(1);
        out.push(Step::Chunk(Bytes::copy_from_slice(&rest[..n])));
        rest = &rest[n..];
        i += 1;
    }
    out
}

/// Waits for an update matching `pred`, failing after `within`.
pub async fn wait_for(
    rx: &mut mpsc::Receiver<SourceUpdate>,
    within: Duration,
    what: &str,
    pred: impl Fn(&SourceUpdate) -> bool,
) -> SourceUpdate {
    let deadline = tokio::time::Instant::now() + within;
    let mut last = None;
    loop {
        match tokio::time::timeout_at(deadline, rx.recv()).await {
            Ok(Some(u)) => {
                if pred(&u) {
                    return u;
                }
                last = Some(u);
            }
            Ok(None) => panic!("source stopped while waiting for {what}; last: {last:#?}"),
            Err(_) => panic!("timed out waiting for {what}; last update: {last:#?}"),
        }
    }
}

pub fn names(u: &SourceUpdate) -> Vec<String> {
    u.pods
        .iter()
        .map(|p| {
            format!(
                "{}/{}",
                p.metadata.namespace.as_deref().unwrap_or(""),
                p.metadata.name.as_deref().unwrap_or("")
            )
        })
        .collect()
}

pub fn assert_source(u: &SourceUpdate, kind: SourceKind) {
    assert_eq!(u.source, kind);
}

/// A fresh temp dir with the test's prefix, removed by the returned guard.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Self {
        let p = std::env::temp_dir().join(format!(
            "pp-src-{tag}-{}-{}",
            std::process::id(),
            fastrand::u64(..)
        ));
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
