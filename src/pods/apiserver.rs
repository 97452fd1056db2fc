//! The API server source: list, then watch, this node's pods
//! (`fieldSelector=spec.nodeName=<node>`), the way client-go's reflector does it:
//! - list (first from the watch cache, `resourceVersion=0`), then watch from the list's
//!   resourceVersion with bookmarks, and a server-side timeout randomised in [t, 2t) so a fleet
//!   of agents does not reconnect in lockstep;
//! - a watch that ends cleanly (the server's timeout) is re-opened at once from the last seen
//!   resourceVersion; a broken one (reset, truncated chunk, silence past the timeout) is re-opened
//!   from there after a backoff, without a relist;
//! - `410 Gone` (as the watch's HTTP status or as an ERROR event with code 410, "too old resource
//!   version") means the resourceVersion was compacted away: relist from scratch (consistent
//!   read), as the reflector does;
//! - any other ERROR event: relist from the last resourceVersion after a backoff.
//!
//! It owns the connection, the resourceVersion and the current pod map. It must not interpret pod
//! status. The watch stream is newline-delimited JSON (one `{"type","object"}` per line); lines
//! are reassembled across body chunks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use http_body_util::BodyExt;
use hyper::StatusCode;
use serde::Deserialize;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::http::{self, Auth, ClientSettings, HttpClient, HttpError, TlsSettings};
use super::kubeconfig::{self, KubeconfigError};
use super::kubelet::decode_pod_list;
use super::types::Pod;
use super::{Backoff, Publisher, SourceKind, SourceUpdate};

/// Where the service account's files are mounted in a pod.
pub const SERVICE_ACCOUNT_DIR: &str = "/var/run/secrets/kubernetes.io/serviceaccount";
/// Watch-line decode failures kept in `rejected` (newest last); older ones drop off.
const MAX_REJECTED: usize = 20;
/// A single watch event larger than this (no newline yet) means a broken stream, not a pod.
const MAX_EVENT_BYTES: usize = 16 * 1024 * 1024;
/// After this many failures in a row the client is rebuilt from the config files.
const REBUILD_AFTER_FAILURES: u32 = 3;

/// How to reach the API server.
#[derive(Debug, Clone)]
pub enum ApiEndpoint {
    /// `KUBERNETES_SERVICE_HOST`/`_PORT` and the mounted service account token and CA.
    InCluster,
    /// A kubeconfig file; `context` overrides its `current-context`.
    Kubeconfig {
        path: PathBuf,
        context: Option<String>,
    },
    /// Settings built by the caller (tests, or a future config format).
    Settings(ClientSettings),
}

#[derive(Debug, Clone)]
pub struct ApiServerConfig {
    pub node_name: String,
    pub endpoint: ApiEndpoint,
    /// Server-side watch timeout base (`timeoutSeconds` is drawn from [t, 2t)); client-go uses 5 min.
    pub watch_timeout: Duration,
    /// Extra silence tolerated past the server-side timeout before a watch counts as hung.
    pub idle_grace: Duration,
    /// Bound on connect, response headers and the list body.
    pub request_timeout: Duration,
    pub backoff_min: Duration,
    pub backoff_max: Duration,
}

impl ApiServerConfig {
    pub fn new(node_name: impl Into<String>, endpoint: ApiEndpoint) -> Self {
        Self {
            node_name: node_name.into(),
            endpoint,
            watch_timeout: Duration::from_secs(300),
            idle_grace: Duration::from_secs(30),
            request_timeout: Duration::from_secs(30),
            backoff_min: Duration::from_millis(800),
            backoff_max: Duration::from_secs(30),
        }
    }

    /// Resolves the endpoint into client settings (reads the kubeconfig or the service account
    /// files). Also usable by `check-config`.
    pub fn client_settings(&self) -> Result<ClientSettings, ApiServerError> {
        let mut s = match &self.endpoint {
            ApiEndpoint::InCluster => in_cluster(
                std::env::var("KUBERNETES_SERVICE_HOST").ok().as_deref(),
                std::env::var("KUBERNETES_SERVICE_PORT").ok().as_deref(),
                Path::new(SERVICE_ACCOUNT_DIR),
            )?,
            ApiEndpoint::Kubeconfig { path, context } => {
                kubeconfig::load(path, context.as_deref())?
            }
            ApiEndpoint::Settings(s) => s.clone(),
        };
        s.connect_timeout = s.connect_timeout.min(self.request_timeout);
        s.request_timeout = self.request_timeout;
        Ok(s)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiServerError {
    #[error("in-cluster config: {0}")]
    InCluster(String),
    #[error(transparent)]
    Kubeconfig(#[from] KubeconfigError),
    #[error(transparent)]
    Http(#[from] HttpError),
    #[error("listing pods: {0}")]
    List(String),
    #[error("watch: {0}")]
    Watch(String),
}

/// In-cluster settings from the given env values and service account directory, the way
/// client-go's `rest.InClusterConfig` builds them.
pub fn in_cluster(
    host: Option<&str>,
    port: Option<&str>,
    sa_dir: &Path,
) -> Result<ClientSettings, ApiServerError> {
    let (Some(host), Some(port)) = (
        host.filter(|h| !h.is_empty()),
        port.filter(|p| !p.is_empty()),
    ) else {
        return Err(ApiServerError::InCluster(
            "KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set (not running in a pod?)"
                .into(),
        ));
    };
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    let token = sa_dir.join("token");
    if !token.exists() {
        return Err(ApiServerError::InCluster(format!(
            "service account token {} not found",
            token.display()
        )));
    }
    let ca = http::read_file("service account CA", &sa_dir.join("ca.crt"))?;
    let mut s = ClientSettings::new(format!("https://{host}:{port}"));
    s.tls = TlsSettings {
        ca_pem: Some(ca),
        ..Default::default()
    };
    s.auth = Auth::BearerFile(token);
    Ok(s)
}

/// Runs the API server source until cancelled.
pub async fn run(cfg: ApiServerConfig, tx: mpsc::Sender<SourceUpdate>, cancel: CancellationToken) {
    let publisher = Publisher::new(SourceKind::ApiServer, tx, cancel);
    let backoff = Backoff::new(cfg.backoff_min, cfg.backoff_max);
    let mut w = Watcher {
        cfg,
        publisher,
        backoff,
        pods: BTreeMap::new(),
        rejected: Vec::new(),
        new_rejections: 0,
        failures: 0,
    };
    w.run().await;
}

/// What to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// List; `Some(rv)` = not older than rv, `None` = consistent read (after a 410).
    List(Option<String>),
    Watch(String),
}

/// How a watch ended.
#[derive(Debug)]
enum WatchEnd {
    /// The server closed the stream normally (its timeout): re-watch at once, unless it was
    /// `quick` (closed within a second with no events).
    Closed(String, bool),
    /// The resourceVersion is gone: relist from scratch.
    Gone,
    /// The stream broke or went silent: re-watch from `rv` after a backoff.
    Broken(String, String),
    /// The server refused the watch request (not 410): the source is down.
    Refused(String),
    /// An ERROR event other than 410: relist from `rv` after a backoff.
    ErrorEvent(String, String),
    Stop,
}

struct Watcher {
    cfg: ApiServerConfig,
    publisher: Publisher,
    backoff: Backoff,
    /// Current pods keyed by namespace, name and uid (empty when missing), so a pod recreated
    /// under the same name is a different entry even if its DELETED arrives late, and a view is
    /// in namespace/name order without sorting the node's pods on every event.
    /// Each pod is wrapped once when it arrives: a view shares every pod that did not change
    /// since the last one, instead of copying the whole node's pods on every event.
    pods: BTreeMap<PodKey, Arc<Pod>>,
    rejected: Vec<String>,
    new_rejections: u32,
    /// Consecutive failures to list or open a watch.
    failures: u32,
}

impl Watcher {
    async fn run(&mut self) {
        let mut client: Option<HttpClient> = None;
        let mut step = Step::List(Some("0".to_string()));
        loop {
            if self.failures >= REBUILD_AFTER_FAILURES {
                // Re-read the kubeconfig / CA / certificates: they may have been rotated.
                client = None;
                self.failures = 0;
            }
            if client.is_none() {
                match self
                    .cfg
                    .client_settings()
                    .and_then(|s| Ok(HttpClient::new(&s)?))
                {
                    Ok(c) => client = Some(c),
                    Err(e) => {
                        tracing::warn!(error = %e, "API server client not built");
                        if !self.fail(e.to_string()).await {
                            return;
                        }
                        continue;
                    }
                }
            }
            let Some(c) = client.clone() else { continue };
            step = match step {
                Step::List(rv) => match self.list(&c, rv.as_deref()).await {
                    Ok(new_rv) => {
                        self.backoff.reset();
                        self.failures = 0;
                        if !self.publish().await {
                            return;
                        }
                        Step::Watch(new_rv)
                    }
                    Err(ListError::Gone) => {
                        tracing::info!("list resourceVersion too old, relisting");
                        Step::List(None)
                    }
                    Err(ListError::Other(e)) => {
                        tracing::warn!(error = %e, "listing pods failed");
                        if !self.fail(e.to_string()).await {
                            return;
                        }
                        Step::List(rv)
                    }
                },
                Step::Watch(rv) => match self.watch(&c, &rv).await {
                    WatchEnd::Stop => return,
                    WatchEnd::Closed(rv, quick) => {
                        // A watch the server ends at once, again and again (a misbehaving
                        // proxy), must not turn into a hot loop.
                        if quick && !self.publisher.sleep(self.backoff.next_delay()).await {
                            return;
                        }
                        Step::Watch(rv)
                    }
                    WatchEnd::Gone => {
                        tracing::info!(resource_version = %rv, "watch expired (410), relisting");
                        Step::List(None)
                    }
                    WatchEnd::Broken(rv, why) => {
                        // A reconnect that then fails is reported as down; a broken stream by
                        // itself is not (the view is still current up to `rv`).
                        tracing::warn!(error = %why, resource_version = %rv, "watch broken, resuming");
                        if !self.publisher.sleep(self.backoff.next_delay()).await {
                            return;
                        }
                        Step::Watch(rv)
                    }
                    WatchEnd::Refused(why) => {
                        tracing::warn!(error = %why, "watch refused");
                        if !self.fail(why).await {
                            return;
                        }
                        Step::Watch(rv)
                    }
                    WatchEnd::ErrorEvent(rv, why) => {
                        tracing::warn!(error = %why, "watch ERROR event, relisting");
                        if !self.publisher.sleep(self.backoff.next_delay()).await {
                            return;
                        }
                        Step::List(Some(rv))
                    }
                },
            };
        }
    }

    /// Marks the source down (keeping the last pods) and waits out a backoff.
    async fn fail(&mut self, error: String) -> bool {
        self.failures = self.failures.saturating_add(1);
        self.publisher.bad(error).await && self.publisher.sleep(self.backoff.next_delay()).await
    }

    async fn publish(&mut self) -> bool {
        let pods: Vec<Arc<Pod>> = self.pods.values().cloned().collect();
        let new = std::mem::take(&mut self.new_rejections);
        self.publisher.good(pods, self.rejected.clone(), new).await
    }

    fn selector(&self) -> String {
        format!(
            "fieldSelector={}",
            percent_encode(&format!("spec.nodeName={}", self.cfg.node_name))
        )
    }

    async fn list(&mut self, c: &HttpClient, rv: Option<&str>) -> Result<String, ListError> {
        let mut path = format!("/api/v1/pods?{}", self.selector());
        if let Some(rv) = rv {
            path.push_str(&format!("&resourceVersion={}", percent_encode(rv)));
        }
        let resp = c.get(&path).await.map_err(|e| ListError::Other(e.into()))?;
        let status = resp.status();
        let url = c.url(&path);
        let body = c
            .collect(&url, resp)
            .await
            .map_err(|e| ListError::Other(e.into()))?;
        if status == StatusCode::GONE {
            return Err(ListError::Gone);
        }
        if !status.is_success() {
            return Err(ListError::Other(
                HttpError::Status {
                    url,
                    status,
                    body: http::snippet(&body),
                }
                .into(),
            ));
        }
        let (pods, rejected) = decode_pod_list(&body)
            .map_err(|e| ListError::Other(ApiServerError::List(format!("{url}: {e}"))))?;
        let list_rv: Option<String> = serde_json::from_slice::<ListRv>(&body)
            .ok()
            .and_then(|l| l.metadata.resource_version)
            .filter(|rv| !rv.is_empty());
        let Some(list_rv) = list_rv else {
            return Err(ListError::Other(ApiServerError::List(format!(
                "{url}: list has no metadata.resourceVersion"
            ))));
        };
        self.pods = pods.into_iter().map(|p| (key(&p), Arc::new(p))).collect();
        self.new_rejections += u32::try_from(
            rejected
                .iter()
                .filter(|r| !self.rejected.contains(r))
                .count(),
        )
        .unwrap_or(u32::MAX);
        self.rejected = rejected;
        Ok(list_rv)
    }

    async fn watch(&mut self, c: &HttpClient, rv: &str) -> WatchEnd {
        let base = self.cfg.watch_timeout.as_secs().max(1);
        let timeout_s = base + fastrand::u64(0..base);
        let path = format!(
            "/api/v1/pods?{}&watch=1&resourceVersion={}&allowWatchBookmarks=true&timeoutSeconds={timeout_s}",
            self.selector(),
            percent_encode(rv)
        );
        let resp = match c.get(&path).await {
            Ok(r) => r,
            Err(e) => return WatchEnd::Refused(e.to_string()),
        };
        let status = resp.status();
        if status == StatusCode::GONE {
            return WatchEnd::Gone;
        }
        if !status.is_success() {
            let url = c.url(&path);
            let body = c.collect(&url, resp).await.unwrap_or_default();
            return WatchEnd::Refused(
                HttpError::Status {
                    url,
                    status,
                    body: http::snippet(&body),
                }
                .to_string(),
            );
        }
        // Connected: the source is up again even before the first event.
        if !self.publisher.is_up() && !self.publish().await {
            return WatchEnd::Stop;
        }
        self.failures = 0;
        let started = tokio::time::Instant::now();
        let mut events = 0usize;
        let idle = Duration::from_secs(timeout_s) + self.cfg.idle_grace;
        let mut body = resp.into_body();
        let mut buf: Vec<u8> = Vec::new();
        let mut rv = rv.to_string();
        loop {
            let frame = tokio::select! {
                _ = self.publisher.cancel().cancelled() => return WatchEnd::Stop,
                f = tokio::time::timeout(idle, body.frame()) => f,
            };
            let data = match frame {
                Err(_) => {
                    return WatchEnd::Broken(rv, format!("no data for {idle:?}, server hung"))
                }
                Ok(None) => {
                    // Clean end: a last event may lack its newline.
                    let mut outcome = LineOutcome::default();
                    if !buf.iter().all(u8::is_ascii_whitespace) {
                        let line = std::mem::take(&mut buf);
                        outcome = self.apply_line(&line, &mut rv);
                    }
                    if outcome.changed && !self.publish().await {
                        return WatchEnd::Stop;
                    }
                    let quick = events == 0 && started.elapsed() < Duration::from_secs(1);
                    return outcome.end.unwrap_or(WatchEnd::Closed(rv, quick));
                }
                Ok(Some(Err(e))) => return WatchEnd::Broken(rv, e.to_string()),
                Ok(Some(Ok(f))) => match f.into_data() {
                    Ok(d) => d,
                    Err(_) => continue, // trailers
                },
            };
            buf.extend_from_slice(&data);
            if buf.len() > MAX_EVENT_BYTES && !buf.contains(&b'\n') {
                return WatchEnd::Broken(
                    rv,
                    format!("a watch event exceeds {MAX_EVENT_BYTES} bytes without a newline"),
                );
            }
            let mut changed = false;
            let mut end = None;
            while let Some(pos) = buf.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = buf.drain(..=pos).collect();
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let o = self.apply_line(&line, &mut rv);
                events += 1;
                changed |= o.changed;
                if o.end.is_some() {
                    end = o.end;
                    break;
                }
            }
            if changed {
                self.backoff.reset();
                if !self.publish().await {
                    return WatchEnd::Stop;
                }
            }
            if let Some(end) = end {
                return end;
            }
        }
    }

    /// Applies one watch event line; updates `rv`.
    fn apply_line(&mut self, line: &[u8], rv: &mut String) -> LineOutcome {
        let mut out = LineOutcome::default();
        let ev: RawEvent = match serde_json::from_slice(line) {
            Ok(e) => e,
            Err(e) => {
                self.reject(format!("watch event: {e}: {}", http::snippet(line)));
                out.changed = true;
                return out;
            }
        };
        match ev.kind {
            EventType::Added | EventType::Modified | EventType::Deleted => {
                let pod: Pod = match serde_json::from_value(ev.object) {
                    Ok(p) => p,
                    Err(e) => {
                        self.reject(format!(
                            "watch {:?} event: pod does not decode: {e}",
                            ev.kind
                        ));
                        out.changed = true;
                        return out;
                    }
                };
                if let Some(new_rv) = pod
                    .metadata
                    .resource_version
                    .clone()
                    .filter(|r| !r.is_empty())
                {
                    *rv = new_rv;
                }
                let k = key(&pod);
                if ev.kind == EventType::Deleted {
                    self.pods.remove(&k);
                } else {
                    self.pods.insert(k, Arc::new(pod));
                }
                out.changed = true;
            }
            EventType::Bookmark => {
                // Only the resourceVersion matters; the object is an empty pod.
                if let Some(new_rv) = ev
                    .object
                    .pointer("/metadata/resourceVersion")
                    .and_then(|v| v.as_str())
                    .filter(|r| !r.is_empty())
                {
                    *rv = new_rv.to_string();
                }
            }
            EventType::Error => {
                let st: Status = serde_json::from_value(ev.object).unwrap_or_default();
                if st.code == 410 {
                    out.end = Some(WatchEnd::Gone);
                } else {
                    out.end = Some(WatchEnd::ErrorEvent(
                        rv.clone(),
                        format!(
                            "code {} reason {:?}: {}",
                            st.code,
                            st.reason.unwrap_or_default(),
                            st.message.unwrap_or_default()
                        ),
                    ));
                }
            }
        }
        out
    }

    fn reject(&mut self, msg: String) {
        tracing::warn!(error = %msg, "API server watch event rejected");
        if self.rejected.len() >= MAX_REJECTED {
            self.rejected.remove(0);
        }
        self.rejected.push(msg);
        self.new_rejections = self.new_rejections.saturating_add(1);
    }
}

#[derive(Debug)]
enum ListError {
    Gone,
    Other(ApiServerError),
}

impl From<HttpError> for ListError {
    fn from(e: HttpError) -> Self {
        ListError::Other(e.into())
    }
}

#[derive(Debug, Default)]
struct LineOutcome {
    changed: bool,
    end: Option<WatchEnd>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
enum EventType {
    Added,
    Modified,
    Deleted,
    Bookmark,
    Error,
}

#[derive(Debug, Deserialize)]
struct RawEvent {
    #[serde(rename = "type")]
    kind: EventType,
    #[serde(default)]
    object: serde_json::Value,
}

/// The `metav1.Status` carried by ERROR events and error responses.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Status {
    code: u16,
    reason: Option<String>,
    message: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ListRv {
    metadata: ListRvMeta,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ListRvMeta {
    resource_version: Option<String>,
}

/// Namespace, name, uid (empty when missing).
type PodKey = (String, String, String);

fn key(p: &Pod) -> PodKey {
    let m = &p.metadata;
    (
        m.namespace.clone().unwrap_or_default(),
        m.name.clone().unwrap_or_default(),
        m.uid.clone().unwrap_or_default(),
    )
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass through).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding() {
        assert_eq!(percent_encode("spec.nodeName=n1"), "spec.nodeName%3Dn1");
        assert_eq!(percent_encode("a b/c"), "a%20b%2Fc");
    }

    #[test]
    fn in_cluster_table() {
        let dir = std::env::temp_dir().join(format!("pp-src-sa-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        std::fs::write(dir.join("token"), "tok\n").expect("token");
        std::fs::write(dir.join("ca.crt"), "ca").expect("ca");
        let s = in_cluster(Some("10.96.0.1"), Some("443"), &dir).expect("ok");
        assert_eq!(s.base_url, "https://10.96.0.1:443");
        assert_eq!(s.auth, Auth::BearerFile(dir.join("token")));
        let s = in_cluster(Some("fd00::1"), Some("443"), &dir).expect("v6");
        assert_eq!(s.base_url, "https://[fd00::1]:443");
        assert!(in_cluster(None, Some("443"), &dir).is_err());
        assert!(in_cluster(Some("h"), Some("1"), Path::new("/nonexistent")).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn event_lines_table() {
        let (tx, _rx) = mpsc::channel(1);
        let mut w = Watcher {
            cfg: ApiServerConfig::new("n1", ApiEndpoint::InCluster),
            publisher: Publisher::new(SourceKind::ApiServer, tx, CancellationToken::new()),
            backoff: Backoff::new(Duration::from_millis(1), Duration::from_millis(2)),
            pods: BTreeMap::new(),
            rejected: Vec::new(),
            new_rejections: 0,
            failures: 0,
        };
        let mut rv = "1".to_string();
        let pod = |t: &str, uid: &str, rv: &str| {
            format!(
                r#"{{"type":"{t}","object":{{"kind":"Pod","metadata":{{"name":"p{uid}","namespace":"d","uid":"{uid}","resourceVersion":"{rv}"}}}}}}"#
            )
        };
        let cases: Vec<(String, usize, &str, &str)> = vec![
            (pod("ADDED", "a", "5"), 1, "5", ""),
            (pod("ADDED", "b", "6"), 2, "6", ""),
            (pod("MODIFIED", "a", "7"), 2, "7", ""),
            (pod("DELETED", "b", "8"), 1, "8", ""),
            (r#"{"type":"BOOKMARK","object":{"kind":"Pod","metadata":{"resourceVersion":"12"}}}"#.into(), 1, "12", ""),
            (r#"{"type":"NOPE","object":{}}"#.into(), 1, "12", ""),
            (r#"{"type":"ERROR","object":{"kind":"Status","code":500,"message":"boom"}}"#.into(), 1, "12", "error"),
            (r#"{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 (20)","reason":"Expired","code":410}}"#.into(), 1, "12", "gone"),
        ];
        for (line, n, want_rv, end) in cases {
            let o = w.apply_line(line.as_bytes(), &mut rv);
            assert_eq!(w.pods.len(), n, "{line}");
            assert_eq!(rv, want_rv, "{line}");
            let got_end = match o.end {
                None => "",
                Some(WatchEnd::Gone) => "gone",
                Some(WatchEnd::ErrorEvent(..)) => "error",
                Some(other) => panic!("{other:?}"),
            };
            assert_eq!(got_end, end, "{line}");
        }
        assert_eq!(w.rejected.len(), 1, "the NOPE line");
    }
}
