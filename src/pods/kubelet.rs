//! The kubelet `/pods` source: polls the kubelet's own pod list (a `PodList` of what the kubelet
//! is running, static pods included, with the kubelet's status), either on the authenticated port
//! (`https://<node>:10250/pods`, bearer token + CA or insecure-skip-verify; the token needs RBAC
//! `nodes/proxy` get) or on the read-only port (`http://<node>:10255/pods`, off by default in
//! current kubelets).
//!
//! It owns the poll loop and PodList decoding. It must not interpret pod status.

use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::http::{self, Auth, ClientSettings, HttpClient, HttpError, TlsSettings};
use super::types::{Pod, PodList};
use super::{Backoff, Publisher, SourceKind, SourceUpdate};

/// After this many failed polls in a row the client is rebuilt (CA file re-read).
const REBUILD_AFTER_FAILURES: u32 = 3;

#[derive(Debug, Clone)]
pub struct KubeletConfig {
    /// `https://<node>:10250` or `http://<node>:10255`; `/pods` is appended unless the URL
    /// already ends with it.
    pub url: String,
    /// Bearer token file, re-read on every poll (projected tokens rotate).
    pub token_file: Option<PathBuf>,
    /// CA that signed the kubelet's serving certificate.
    pub ca_file: Option<PathBuf>,
    /// Skip verifying the kubelet's serving certificate (self-signed by default on most nodes).
    pub insecure_skip_verify: bool,
    pub poll_period: Duration,
    /// Bound on connect, headers and body of one poll.
    pub request_timeout: Duration,
}

impl KubeletConfig {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            token_file: None,
            ca_file: None,
            insecure_skip_verify: false,
            poll_period: Duration::from_secs(10),
            request_timeout: Duration::from_secs(10),
        }
    }

    /// Base URL and path, split so the shared client gets the base.
    fn split_url(&self) -> (String, String) {
        let u = self.url.trim_end_matches('/');
        match u.strip_suffix("/pods") {
            Some(base) => (base.to_string(), "/pods".to_string()),
            None => (u.to_string(), "/pods".to_string()),
        }
    }

    /// The shared-client settings this config stands for (reads the CA file).
    pub fn client_settings(&self) -> Result<ClientSettings, KubeletError> {
        let (base, _) = self.split_url();
        let ca_pem = match &self.ca_file {
            Some(p) => Some(http::read_file("kubelet CA", p)?),
            None => None,
        };
        Ok(ClientSettings {
            base_url: base,
            tls: TlsSettings {
                ca_pem,
                insecure_skip_verify: self.insecure_skip_verify,
                ..Default::default()
            },
            auth: match &self.token_file {
                Some(p) => Auth::BearerFile(p.clone()),
                None => Auth::None,
            },
            connect_timeout: self.request_timeout,
            request_timeout: self.request_timeout,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KubeletError {
    #[error("kubelet client: {0}")]
    Http(#[from] HttpError),
    #[error("kubelet /pods from {url}: not a PodList: {reason}")]
    Decode { url: String, reason: String },
}

/// Runs the kubelet source until cancelled.
pub async fn run(cfg: KubeletConfig, tx: mpsc::Sender<SourceUpdate>, cancel: CancellationToken) {
    let mut publisher = Publisher::new(SourceKind::Kubelet, tx, cancel);
    // After a failure, retry sooner than the poll period at first, then back off to it.
    let mut backoff = Backoff::new(
        Duration::from_millis(500).min(cfg.poll_period),
        cfg.poll_period,
    );
    let mut client: Option<HttpClient> = None;
    let mut last_rejected: Vec<String> = Vec::new();
    let mut failures = 0u32;
    loop {
        if client.is_none() {
            client = match cfg.client_settings().and_then(|c| Ok(HttpClient::new(&c)?)) {
                Ok(c) => Some(c),
                Err(e) => {
                    // A CA file may appear later (a mounted secret): retry the build next time.
                    tracing::warn!(error = %e, url = %cfg.url, "kubelet client not built");
                    if !publisher.bad(e.to_string()).await
                        || !publisher.sleep(backoff.next_delay()).await
                    {
                        return;
                    }
                    continue;
                }
            };
        }
        let Some(c) = client.as_ref() else { continue };
        let result = poll_once(c, &cfg).await;
        let keep_going = match result {
            Ok((pods, rejected)) => {
                backoff.reset();
                failures = 0;
                let new = rejected
                    .iter()
                    .filter(|r| !last_rejected.contains(r))
                    .count();
                for r in rejected.iter().filter(|r| !last_rejected.contains(r)) {
                    tracing::warn!(error = %r, "kubelet /pods item rejected");
                }
                last_rejected = rejected.clone();
                // The kubelet answers whole lists; its pods are wrapped here, once per poll.
                let pods = pods.into_iter().map(std::sync::Arc::new).collect();
                publisher
                    .good(pods, rejected, u32::try_from(new).unwrap_or(u32::MAX))
                    .await
            }
            Err(e) => {
                tracing::warn!(error = %e, url = %cfg.url, "kubelet /pods poll failed");
                failures += 1;
                if failures >= REBUILD_AFTER_FAILURES {
                    // Re-read the CA next time: the kubelet's serving cert may have rotated.
                    client = None;
                    failures = 0;
                }
                publisher.bad(e.to_string()).await
            }
        };
        let delay = if publisher.is_up() {
            cfg.poll_period
        } else {
            backoff.next_delay()
        };
        if !keep_going || !publisher.sleep(delay).await {
            return;
        }
    }
}

async fn poll_once(
    client: &HttpClient,
    cfg: &KubeletConfig,
) -> Result<(Vec<Pod>, Vec<String>), KubeletError> {
    let (_, path) = cfg.split_url();
    let body = client.get_bytes(&path).await?;
    decode_pod_list(&body).map_err(|reason| KubeletError::Decode {
        url: client.url(&path),
        reason,
    })
}

/// Decodes a PodList. When the whole list does not fit our types, falls back to item by item so
/// one odd pod does not hide the others; the odd ones come back as rejection messages.
pub fn decode_pod_list(body: &[u8]) -> Result<(Vec<Pod>, Vec<String>), String> {
    if let Ok(list) = serde_json::from_slice::<PodList>(body) {
        return match list.kind.as_deref() {
            None | Some("PodList") | Some("List") => Ok((list.items, Vec::new())),
            Some(other) => Err(format!("kind is {other:?}: {}", http::snippet(body))),
        };
    }
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    if let Some(kind) = value.get("kind").and_then(|k| k.as_str()) {
        if kind != "PodList" && kind != "List" {
            return Err(format!("kind is {kind:?}: {}", http::snippet(body)));
        }
    }
    let items = value
        .get("items")
        .and_then(|i| i.as_array())
        .ok_or_else(|| "no items array".to_string())?;
    let mut pods = Vec::with_capacity(items.len());
    let mut rejected = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match serde_json::from_value::<Pod>(item.clone()) {
            Ok(p) => pods.push(p),
            Err(e) => {
                let meta = item.get("metadata");
                let field = |f: &str| {
                    meta.and_then(|m| m.get(f))
                        .and_then(|v| v.as_str())
                        .unwrap_or("?")
                        .to_string()
                };
                rejected.push(format!(
                    "pod list item {} ({}/{}): {e}",
                    i + 1,
                    field("namespace"),
                    field("name")
                ));
            }
        }
    }
    Ok((pods, rejected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_split_table() {
        let cases = [
            ("https://n1:10250", "https://n1:10250"),
            ("https://n1:10250/", "https://n1:10250"),
            ("http://127.0.0.1:10255/pods", "http://127.0.0.1:10255"),
            ("http://127.0.0.1:10255/pods/", "http://127.0.0.1:10255"),
        ];
        for (url, base) in cases {
            let (b, p) = KubeletConfig::new(url).split_url();
            assert_eq!((b.as_str(), p.as_str()), (base, "/pods"), "{url}");
        }
    }

    #[test]
    fn decode_table() {
        // (body, Ok((pods, rejected)) or Err(message part))
        type Want = Result<(usize, usize), &'static str>;
        let cases: &[(&str, Want)] = &[
            (
                r#"{"kind":"PodList","apiVersion":"v1","metadata":{},"items":[]}"#,
                Ok((0, 0)),
            ),
            (
                r#"{"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b","namespace":"x"},"spec":{"containers":"bad"}}]}"#,
                Ok((1, 1)),
            ),
            ("not json", Err("expected")),
            (r#"{"kind":"Status"}"#, Err("kind is \"Status\"")),
            (r#"{"kind":"PodList","items":3}"#, Err("no items")),
        ];
        for (body, want) in cases {
            match (decode_pod_list(body.as_bytes()), want) {
                (Ok((p, r)), Ok((np, nr))) => {
                    assert_eq!((p.len(), r.len()), (*np, *nr), "{body}");
                    if let Some(r) = r.first() {
                        assert!(r.contains("item 2 (x/b)"), "{r}");
                    }
                }
                (Err(e), Err(w)) => assert!(e.contains(w), "{e}"),
                (got, _) => panic!("{body}: {got:?}"),
            }
        }
    }
}
