//! Requests → answers. The routing table and its access rules, the `/pods` JSON (serialised once
//! per snapshot, however many readers), gzip for `/metrics`, and `describe`'s text.

use std::sync::{Arc, Mutex, OnceLock, Weak};

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::{Body as _, Incoming};
use hyper::header::{
    HeaderValue, ACCEPT, ACCEPT_ENCODING, ALLOW, AUTHORIZATION, CONNECTION, CONTENT_ENCODING,
    CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING, VARY, WWW_AUTHENTICATE,
};
use hyper::{Method, Request, Response, StatusCode};

use super::webconfig::AuthCheck;
use super::{Role, Shared};
use crate::metrics::{self, RenderInputs};
use crate::state::{PodView, Snapshot};

type Answer = Response<Full<Bytes>>;

const TEXT: &str = "text/plain; charset=utf-8";

/// The 403 body on the network listener: what to do instead.
const DETAIL_FORBIDDEN: &str = "\
The detail API (/pods) is not served on this address: it is reachable from the network and no \
authentication is configured.
Read it on the node with `podpulse pods` / `podpulse describe` (unix socket \
/run/podpulse/podpulse.sock, also through `kubectl exec`), through `kubectl port-forward` to the \
agent's loopback listener (127.0.0.1:9843), or enable it here with --web-config-file \
(basic_auth_users, or tls_server_config with client_auth_type: RequireAndVerifyClientCert). \
See docs/security.md.
";

fn respond(status: StatusCode, content_type: &'static str, body: impl Into<Bytes>) -> Answer {
    let mut r = Response::new(Full::new(body.into()));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// Handles one request on a connection that came in as `role`.
pub(crate) async fn handle_request(shared: &Shared, role: Role, req: Request<Incoming>) -> Answer {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = respond(
            StatusCode::METHOD_NOT_ALLOWED,
            TEXT,
            "read-only API: GET and HEAD only\n",
        );
        r.headers_mut()
            .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        close(&mut r);
        return r;
    }
    if let Some(r) = refuse_body(&req) {
        return r;
    }
    let path = req.uri().path();
    // Liveness and readiness say nothing about pods, and the kubelet's probes carry no
    // credentials: they are open on every listener.
    match path {
        "/healthz" => return respond(StatusCode::OK, TEXT, "ok\n"),
        "/readyz" => return readyz(&shared.state.snapshots.borrow()),
        _ => {}
    }
    let web = match role {
        Role::Network { .. } => shared.web.as_ref().map(|w| w.current.borrow().clone()),
        Role::Detail => None,
    };
    if let Some(web) = &web {
        let auth = req.headers().get(AUTHORIZATION).map(HeaderValue::as_bytes);
        if web.check_basic(auth).await == AuthCheck::Denied {
            let mut r = respond(StatusCode::UNAUTHORIZED, TEXT, "unauthorized\n");
            r.headers_mut().insert(
                WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"podpulse\""),
            );
            return r;
        }
    }
    let detail_allowed = match role {
        Role::Detail => true,
        Role::Network { loopback } => loopback || web.as_ref().is_some_and(|w| w.authenticates()),
    };
    let snap = shared.state.snapshots.borrow().clone();
    match path {
        "/metrics" => metrics_answer(shared, &req, &snap),
        "/" => respond(
            StatusCode::OK,
            TEXT,
            if detail_allowed {
                "podpulse: /metrics /pods /pods/<namespace>/<name>[/describe] /pods/<uid>[/describe] /healthz /readyz\n"
            } else {
                "podpulse: /metrics /healthz /readyz\n"
            },
        ),
        p if p == "/pods" || p.starts_with("/pods/") => {
            if !detail_allowed {
                return respond(StatusCode::FORBIDDEN, TEXT, DETAIL_FORBIDDEN);
            }
            pods_answer(shared, &snap, p)
        }
        _ => respond(StatusCode::NOT_FOUND, TEXT, "not found\n"),
    }
}

/// GET and HEAD carry no body here; one that announces a body is refused and the connection
/// closed, so the body is never read.
fn refuse_body(req: &Request<Incoming>) -> Option<Answer> {
    let h = req.headers();
    let refused = if h.contains_key(TRANSFER_ENCODING) {
        Some(StatusCode::BAD_REQUEST)
    } else if let Some(len) = h.get(CONTENT_LENGTH) {
        (len.as_bytes() != b"0").then_some(StatusCode::PAYLOAD_TOO_LARGE)
    } else if req.body().size_hint().exact() != Some(0) {
        Some(StatusCode::BAD_REQUEST)
    } else {
        None
    };
    refused.map(|status| {
        let mut r = respond(status, TEXT, "requests carry no body here\n");
        close(&mut r);
        r
    })
}

fn close(r: &mut Answer) {
    r.headers_mut()
        .insert(CONNECTION, HeaderValue::from_static("close"));
}

fn readyz(snap: &Arc<Snapshot>) -> Answer {
    if snap.synced {
        respond(StatusCode::OK, TEXT, "ready\n")
    } else {
        respond(
            StatusCode::SERVICE_UNAVAILABLE,
            TEXT,
            "waiting for the first full sync with the container runtime\n",
        )
    }
}

fn metrics_answer(shared: &Shared, req: &Request<Incoming>, snap: &Snapshot) -> Answer {
    let accept = req.headers().get(ACCEPT).and_then(|v| v.to_str().ok());
    let om = metrics::wants_openmetrics(accept);
    let skips = shared.state.skips.counts();
    let mut config_errors = shared.state.config_errors.snapshot();
    if let Some(w) = &shared.web {
        // A rejected web config reload is a configuration error found at run time.
        config_errors.push((
            "web_config",
            w.reload_failures.load(std::sync::atomic::Ordering::Relaxed),
        ));
    }
    let body = metrics::render_with(
        &RenderInputs {
            snapshot: snap,
            skips: &skips,
            config_errors: &config_errors,
            journal: shared.state.journal.as_deref(),
            openmetrics: om,
        },
        &shared.state.metrics,
    );
    let ct = if om {
        metrics::OPENMETRICS_CONTENT_TYPE
    } else {
        metrics::TEXT_CONTENT_TYPE
    };
    let gzip_ok = accepts_gzip(req.headers().get(ACCEPT_ENCODING));
    let mut r = match gzip_ok.then(|| gzip(body.as_bytes())).flatten() {
        Some(zipped) => {
            let mut r = respond(StatusCode::OK, ct, zipped);
            r.headers_mut()
                .insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            r
        }
        None => respond(StatusCode::OK, ct, body),
    };
    r.headers_mut()
        .insert(VARY, HeaderValue::from_static("Accept-Encoding"));
    r
}

/// gzip level for `/metrics`: the exposition is repetitive text, and level 1 already takes it to
/// a tenth or less of its size for a small fraction of the render's CPU.
const GZIP_LEVEL: u32 = 1;

fn gzip(body: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write as _;
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 8 + 64),
        flate2::Compression::new(GZIP_LEVEL),
    );
    enc.write_all(body).ok()?;
    enc.finish().ok()
}

/// True when `Accept-Encoding` lists gzip (or `*`) with a non-zero quality.
pub fn accepts_gzip(value: Option<&HeaderValue>) -> bool {
    let Some(v) = value.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    v.split(',').any(|item| {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim();
        if !(coding.eq_ignore_ascii_case("gzip") || coding == "*") {
            return false;
        }
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        q > 0.0
    })
}

fn pods_answer(shared: &Shared, snap: &Arc<Snapshot>, path: &str) -> Answer {
    if path == "/pods" || path == "/pods/" {
        return match shared.pods.json(snap) {
            Ok(body) => respond(StatusCode::OK, "application/json", body),
            Err(e) => respond(
                StatusCode::INTERNAL_SERVER_ERROR,
                TEXT,
                format!("encoding failed: {e}\n"),
            ),
        };
    }
    let rest = &path["/pods/".len()..];
    let (rest, describe) = match rest.strip_suffix("/describe") {
        Some(r) => (r, true),
        None => (rest, false),
    };
    // `/pods/<namespace>/<name>` is the instance the current spec names; `/pods/<uid>` is any
    // instance, a superseded one included. A namespace alone names no pod, so one segment is
    // a uid; `/pods/<ns>/describe` is still the pod named `describe` when no uid is `<ns>`.
    let (pod, wanted) = match rest.split_once('/') {
        Some((ns, name)) if !ns.is_empty() && !name.is_empty() && !name.contains('/') => {
            (snap.pod(ns, name), format!("pod {ns}/{name}"))
        }
        None if !rest.is_empty() => match snap.pod_by_uid(rest) {
            Some(pod) => (Some(pod), String::new()),
            None if describe => match snap.pod(rest, "describe") {
                Some(pod) => return pod_answer(pod, false, snap),
                None => (None, format!("pod with uid {rest}")),
            },
            None => (None, format!("pod with uid {rest}")),
        },
        _ => {
            return respond(
                StatusCode::NOT_FOUND,
                TEXT,
                "use /pods/<namespace>/<name> or /pods/<uid>\n",
            )
        }
    };
    match pod {
        Some(pod) => pod_answer(pod, describe, snap),
        None => respond(
            StatusCode::NOT_FOUND,
            TEXT,
            format!("no {wanted} on this node\n"),
        ),
    }
}

fn pod_answer(pod: &PodView, describe: bool, snap: &Snapshot) -> Answer {
    if describe {
        return respond(StatusCode::OK, TEXT, describe_text(pod, snap.taken_at));
    }
    match serde_json::to_vec(pod) {
        Ok(body) => respond(StatusCode::OK, "application/json", body),
        Err(e) => respond(
            StatusCode::INTERNAL_SERVER_ERROR,
            TEXT,
            format!("encoding failed: {e}\n"),
        ),
    }
}

/// The `/pods` JSON of the latest snapshot, serialised at most once per snapshot: concurrent
/// readers of a new snapshot wait for the one serialisation in flight instead of each doing it.
#[derive(Default)]
pub(crate) struct PodsCache {
    slot: Mutex<Option<Arc<PodsEntry>>>,
    serialised: std::sync::atomic::AtomicU64,
}

struct PodsEntry {
    /// Weak: the cache must not keep an old snapshot alive; it also keeps the allocation's
    /// address from being reused, so the pointer comparison below is sound.
    snapshot: Weak<Snapshot>,
    json: OnceLock<Result<Bytes, Arc<str>>>,
}

impl PodsCache {
    pub(crate) fn json(&self, snap: &Arc<Snapshot>) -> Result<Bytes, Arc<str>> {
        let entry = {
            let mut slot = match self.slot.lock() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            match &*slot {
                Some(e) if std::ptr::eq(e.snapshot.as_ptr(), Arc::as_ptr(snap)) => e.clone(),
                _ => {
                    let e = Arc::new(PodsEntry {
                        snapshot: Arc::downgrade(snap),
                        json: OnceLock::new(),
                    });
                    *slot = Some(e.clone());
                    e
                }
            }
        };
        entry
            .json
            .get_or_init(|| {
                self.serialised
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                serde_json::to_vec(&PodsJson(snap))
                    .map(Bytes::from)
                    .map_err(|e| Arc::from(e.to_string()))
            })
            .clone()
    }

    /// How many times the JSON was built (tests).
    #[cfg(test)]
    pub(crate) fn serialisations(&self) -> u64 {
        self.serialised.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// The snapshot's pods as a JSON array, through `pods.iter()` only, so the JSON does not
/// depend on how the state holds its pods (by value or shared).
struct PodsJson<'a>(&'a Snapshot);

impl serde::Serialize for PodsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use std::borrow::Borrow;
        s.collect_seq(
            self.0
                .pods
                .iter()
                .map(<_ as Borrow<crate::state::PodView>>::borrow),
        )
    }
}

/// `podpulse describe`: the pod's health as the table module renders it, plus the evidence
/// the agent holds (probe verdicts, kubelet journal lines, OOM kills).
/// Text a container or a log line controls, folded to one line: a newline in it must not be able
/// to forge another line of the describe output, whichever client prints it.
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    crate::health::table::sanitize(s, crate::health::table::Layout::OneLine)
}

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
                one_line(&p.last_output)
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
                one_line(&j.message)
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_is_negotiated_like_go_and_prometheus_send_it() {
        for (header, want) in [
            (Some("gzip"), true),
            (Some("gzip, deflate, br"), true),
            (Some("deflate, GZIP;q=0.5"), true),
            (Some("*"), true),
            (Some("gzip;q=0"), false),
            (Some("identity"), false),
            (Some("br, gzip;q=0.0"), false),
            (None, false),
        ] {
            let v = header.map(HeaderValue::from_static);
            assert_eq!(accepts_gzip(v.as_ref()), want, "{header:?}");
        }
        let text = "podpulse_pod_info{namespace=\"a\",pod=\"b\"} 1\n".repeat(200);
        let z = gzip(text.as_bytes()).expect("gzip");
        assert!(z.len() * 10 < text.len(), "{} -> {}", text.len(), z.len());
        let mut out = String::new();
        use std::io::Read as _;
        flate2::read::GzDecoder::new(&z[..])
            .read_to_string(&mut out)
            .expect("gunzip");
        assert_eq!(out, text);
    }

    #[test]
    fn pods_json_is_built_once_per_snapshot() {
        let runtime = crate::state::RuntimeStatus {
            kind: crate::model::RuntimeKind::Docker,
            endpoint: "unix:///x".into(),
            up: true,
            version: String::new(),
            reason: String::new(),
            last_error: None,
        };
        let cache = PodsCache::default();
        let a = Arc::new(Snapshot::empty(runtime.clone()));
        for _ in 0..5 {
            assert_eq!(cache.json(&a).expect("json").as_ref(), b"[]");
        }
        assert_eq!(cache.serialisations(), 1);
        let b = Arc::new(Snapshot::empty(runtime));
        let _ = cache.json(&b);
        let _ = cache.json(&b);
        assert_eq!(cache.serialisations(), 2);
    }
}
