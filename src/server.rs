//! The HTTP endpoint: `/metrics`, `/healthz`, `/readyz`, `/pods`, `/pods/<namespace>/<name>`.
//!
//! Every handler reads the latest snapshot and nothing else: a scrape never waits on an input,
//! and nothing here can change a container (the API has no write routes at all).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ACCEPT, CONTENT_TYPE};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use crate::metrics::{self, RenderInputs};
use crate::state::Snapshot;

/// What the handlers read.
#[derive(Clone)]
pub struct ServerState {
    pub snapshots: watch::Receiver<Arc<Snapshot>>,
    pub skips: crate::app::SkipSource,
    pub config_errors: Arc<metrics::ConfigErrorCounters>,
    /// The journal reader's health; `None` when the journal is switched off.
    pub journal: Option<Arc<crate::journal::reader::JournalStats>>,
    /// Which families and pods `/metrics` carries (the config's `metrics:` section).
    pub metrics: Arc<metrics::Selection>,
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// Binds now (so a busy port fails start-up with its own exit code) and returns the listener.
pub async fn bind(addr: SocketAddr) -> Result<TcpListener, ServerError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| ServerError::Bind { addr, source })
}

/// Serves until `cancel` fires; connections in flight finish on their own.
pub async fn serve(listener: TcpListener, state: ServerState, cancel: CancellationToken) {
    loop {
        let (stream, _) = tokio::select! {
            _ = cancel.cancelled() => return,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let state = state.clone();
        tokio::spawn(async move {
            let svc = hyper::service::service_fn(move |req| {
                let state = state.clone();
                async move { Ok::<_, Infallible>(handle(&state, req)) }
            });
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), svc)
                .await;
        });
    }
}

fn respond(
    status: StatusCode,
    content_type: &'static str,
    body: impl Into<Bytes>,
) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(body.into()));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

fn json<T: serde::Serialize>(v: &T) -> Response<Full<Bytes>> {
    match serde_json::to_vec(v) {
        Ok(body) => respond(StatusCode::OK, "application/json", body),
        Err(e) => respond(
            StatusCode::INTERNAL_SERVER_ERROR,
            "text/plain; charset=utf-8",
            format!("encoding failed: {e}\n"),
        ),
    }
}

pub fn handle(state: &ServerState, req: Request<Incoming>) -> Response<Full<Bytes>> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return respond(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain; charset=utf-8",
            "read-only API: GET only\n",
        );
    }
    let snap = state.snapshots.borrow().clone();
    let path = req.uri().path();
    match path {
        "/metrics" => {
            let accept = req.headers().get(ACCEPT).and_then(|v| v.to_str().ok());
            let om = metrics::wants_openmetrics(accept);
            let skips = state.skips.counts();
            let body = metrics::render_with(
                &RenderInputs {
                    snapshot: &snap,
                    skips: &skips,
                    config_errors: &state.config_errors.snapshot(),
                    journal: state.journal.as_deref(),
                    openmetrics: om,
                },
                &state.metrics,
            );
            let ct = if om {
                metrics::OPENMETRICS_CONTENT_TYPE
            } else {
                metrics::TEXT_CONTENT_TYPE
            };
            respond(StatusCode::OK, ct, body)
        }
        "/healthz" => respond(StatusCode::OK, "text/plain; charset=utf-8", "ok\n"),
        "/readyz" => {
            if snap.synced {
                respond(StatusCode::OK, "text/plain; charset=utf-8", "ready\n")
            } else {
                respond(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "text/plain; charset=utf-8",
                    "waiting for the first full sync with the container runtime\n",
                )
            }
        }
        "/pods" | "/pods/" => json(&snap.pods),
        p if p.starts_with("/pods/") => {
            let rest = &p["/pods/".len()..];
            let (rest, describe) = match rest.strip_suffix("/describe") {
                Some(r) => (r, true),
                None => (rest, false),
            };
            match rest.split_once('/') {
                Some((ns, name)) if !ns.is_empty() && !name.is_empty() && !name.contains('/') => {
                    match snap.pod(ns, name) {
                        Some(pod) if describe => respond(
                            StatusCode::OK,
                            "text/plain; charset=utf-8",
                            describe_text(pod, snap.taken_at),
                        ),
                        Some(pod) => json(pod),
                        None => respond(
                            StatusCode::NOT_FOUND,
                            "text/plain; charset=utf-8",
                            format!("no pod {ns}/{name} on this node\n"),
                        ),
                    }
                }
                _ => respond(
                    StatusCode::NOT_FOUND,
                    "text/plain; charset=utf-8",
                    "use /pods/<namespace>/<name>\n",
                ),
            }
        }
        "/" => respond(
            StatusCode::OK,
            "text/plain; charset=utf-8",
            "podpulse: /metrics /pods /pods/<namespace>/<name> /healthz /readyz\n",
        ),
        _ => respond(
            StatusCode::NOT_FOUND,
            "text/plain; charset=utf-8",
            "not found\n",
        ),
    }
}

/// `podpulse describe`: the pod's health as the table module renders it, plus the evidence
/// the agent holds (probe verdicts, kubelet journal lines, OOM kills).
fn describe_text(pod: &crate::state::PodView, now: f64) -> String {
    use std::fmt::Write as _;
    let mut s =
        crate::health::table::render_describe(&pod.pod.namespace, &pod.pod.name, &pod.health, now);
    let _ = writeln!(s, "UID:        {}", pod.pod.uid);
    if !pod.probes.is_empty() {
        let _ = writeln!(s, "Probes (run by podpulse):");
        for p in &pod.probes {
            let verdict = match p.passing {
                Some(true) => "passing",
                Some(false) => "failing",
                None => "unknown",
            };
            let _ = writeln!(
                s,
                "  {} {:?} {}: {verdict}, {} of {} consecutive failures; last: {}",
                p.container,
                p.kind,
                p.handler,
                p.consecutive_failures,
                p.failure_threshold,
                p.last_output
            );
        }
    }
    let ooms: Vec<String> = pod
        .oom_kills
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(c, n)| format!("{c}: {n}"))
        .collect();
    if !ooms.is_empty() {
        let _ = writeln!(s, "OOM kills seen: {}", ooms.join(", "));
    }
    if !pod.journal.is_empty() {
        let _ = writeln!(s, "Kubelet journal (newest last):");
        for j in &pod.journal {
            let _ = writeln!(
                s,
                "  {} {}: {}",
                crate::time::format_rfc3339(j.timestamp),
                j.reason,
                j.message
            );
        }
    }
    s
}
