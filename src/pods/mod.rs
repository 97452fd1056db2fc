//! Pod spec sources (API server watch, kubelet `/pods`, static manifest directory) and the
//! Kubernetes pod types they yield. Sources only fetch and parse; joining specs to runtime
//! containers happens in `health::state`.
//!
//! Every source is a task that owns its state, sends the *full* current view of its pods over a
//! bounded channel whenever that view (or its health) changes, and stops when the cancellation
//! token fires or the receiver is dropped. A source that fails keeps sending its last good pods
//! with `up = false`, so the owner can mark them stale instead of dropping them.
//!
//! Channel policy: the sender awaits capacity (each update replaces the previous one, so a slow
//! receiver only delays, never loses, the newest view).

pub mod apiserver;
pub mod http;
mod inotify;
pub mod kubeconfig;
pub mod kubelet;
pub mod manifests;
pub mod types;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

pub use apiserver::{ApiEndpoint, ApiServerConfig, ApiServerError};
pub use kubelet::{KubeletConfig, KubeletError};
pub use manifests::{ManifestError, ManifestsConfig};
pub use types::Pod;

/// Which source an update comes from; also the `source` label of `podpulse_pod_source_up`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    ApiServer,
    Kubelet,
    Manifests,
}

impl SourceKind {
    pub const ALL: [SourceKind; 3] = [Self::ApiServer, Self::Kubelet, Self::Manifests];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ApiServer => "apiserver",
            Self::Kubelet => "kubelet",
            Self::Manifests => "manifests",
        }
    }
}

impl std::fmt::Display for SourceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One source's full view.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceUpdate {
    pub source: SourceKind,
    /// All pods this source knows now; on failure, the last good view. A pod unchanged since
    /// the previous view is the same allocation (`Arc::ptr_eq`), so receivers can skip it.
    pub pods: Arc<Vec<Arc<Pod>>>,
    /// False while the source cannot refresh its view (`pods` is then stale).
    pub up: bool,
    /// Why the source is down (or, for manifests, why the path cannot be read).
    pub error: Option<String>,
    /// Objects this source could not use, each naming where it came from and what is wrong (a
    /// malformed manifest file or document, an undecodable pod in a list). Full view, like `pods`.
    pub rejected: Arc<Vec<String>>,
    /// How many entries of `rejected` are new since the previous update: add this to
    /// `podpulse_config_errors_total` so an unchanged bad file is counted once, not per poll.
    pub new_rejections: u32,
}

/// Which source to run, with its settings.
#[derive(Debug, Clone)]
pub enum SourceConfig {
    ApiServer(ApiServerConfig),
    Kubelet(KubeletConfig),
    Manifests(ManifestsConfig),
}

impl SourceConfig {
    pub fn kind(&self) -> SourceKind {
        match self {
            Self::ApiServer(_) => SourceKind::ApiServer,
            Self::Kubelet(_) => SourceKind::Kubelet,
            Self::Manifests(_) => SourceKind::Manifests,
        }
    }
}

/// A source config that cannot work, found before anything runs (for `check-config` too).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceConfigError {
    #[error("{0} source: node name is empty (set --node-name or PODPULSE_NODE_NAME)")]
    NoNodeName(SourceKind),
    #[error("{0} source: poll period must be greater than zero")]
    ZeroPeriod(SourceKind),
    #[error("kubelet source: URL {0:?} must start with http:// or https://")]
    KubeletUrl(String),
}

impl SourceConfig {
    /// Checks what can be checked without I/O.
    pub fn validate(&self) -> Result<(), SourceConfigError> {
        let kind = self.kind();
        match self {
            Self::ApiServer(c) if c.node_name.trim().is_empty() => {
                Err(SourceConfigError::NoNodeName(kind))
            }
            Self::Manifests(c) if c.node_name.trim().is_empty() => {
                Err(SourceConfigError::NoNodeName(kind))
            }
            Self::Manifests(c) if c.poll_period.is_zero() => {
                Err(SourceConfigError::ZeroPeriod(kind))
            }
            Self::Kubelet(c) if c.poll_period.is_zero() => Err(SourceConfigError::ZeroPeriod(kind)),
            Self::Kubelet(c)
                if !(c.url.starts_with("http://") || c.url.starts_with("https://")) =>
            {
                Err(SourceConfigError::KubeletUrl(c.url.clone()))
            }
            _ => Ok(()),
        }
    }
}

/// Runs one source until `cancel` fires or `tx`'s receiver is dropped. Never returns early on
/// errors: failures are reported as `up = false` updates and retried with backoff. A config that
/// fails [`SourceConfig::validate`] is reported once as down and then waits for `cancel`.
pub async fn run_source(
    cfg: SourceConfig,
    tx: mpsc::Sender<SourceUpdate>,
    cancel: CancellationToken,
) {
    if let Err(e) = cfg.validate() {
        tracing::error!(error = %e, "pod source not started");
        let mut p = Publisher::new(cfg.kind(), tx, cancel.clone());
        if p.bad(e.to_string()).await {
            cancel.cancelled().await;
        }
        return;
    }
    match cfg {
        SourceConfig::ApiServer(c) => apiserver::run(c, tx, cancel).await,
        SourceConfig::Kubelet(c) => kubelet::run(c, tx, cancel).await,
        SourceConfig::Manifests(c) => manifests::run(c, tx, cancel).await,
    }
}

/// Node name from the environment (`PODPULSE_NODE_NAME`, set from the downward API
/// `spec.nodeName` in the DaemonSet), for callers that have no explicit value.
pub fn node_name_from_env() -> Option<String> {
    std::env::var("PODPULSE_NODE_NAME")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Sends updates only when something changed, and remembers the last good pods so a failure can
/// resend them marked stale.
pub(crate) struct Publisher {
    kind: SourceKind,
    tx: mpsc::Sender<SourceUpdate>,
    cancel: CancellationToken,
    last: Option<SourceUpdate>,
}

impl Publisher {
    pub(crate) fn new(
        kind: SourceKind,
        tx: mpsc::Sender<SourceUpdate>,
        cancel: CancellationToken,
    ) -> Self {
        Self {
            kind,
            tx,
            cancel,
            last: None,
        }
    }

    /// Whether the last published update was up.
    pub(crate) fn is_up(&self) -> bool {
        self.last.as_ref().is_some_and(|u| u.up)
    }

    /// A fresh, good view. Returns false when the source should stop.
    pub(crate) async fn good(
        &mut self,
        pods: Vec<Arc<Pod>>,
        rejected: Vec<String>,
        new_rejections: u32,
    ) -> bool {
        let update = SourceUpdate {
            source: self.kind,
            pods: Arc::new(pods),
            up: true,
            error: None,
            rejected: Arc::new(rejected),
            new_rejections,
        };
        self.publish(update).await
    }

    /// The source failed: keep the last good pods, marked down, with the reason.
    pub(crate) async fn bad(&mut self, error: String) -> bool {
        let (pods, rejected) = match &self.last {
            Some(u) => (u.pods.clone(), u.rejected.clone()),
            None => Default::default(),
        };
        let update = SourceUpdate {
            source: self.kind,
            pods,
            up: false,
            error: Some(error),
            rejected,
            new_rejections: 0,
        };
        self.publish(update).await
    }

    /// Sends `update` unless it equals the last one. False when cancelled or nobody listens.
    pub(crate) async fn publish(&mut self, update: SourceUpdate) -> bool {
        let same = self.last.as_ref().is_some_and(|l| {
            l.up == update.up
                && l.error == update.error
                && update.new_rejections == 0
                && same_pods(&l.pods, &update.pods)
                && l.rejected == update.rejected
        });
        if same {
            return !self.cancel.is_cancelled() && !self.tx.is_closed();
        }
        self.last = Some(update.clone());
        tokio::select! {
            _ = self.cancel.cancelled() => false,
            r = self.tx.send(update) => r.is_ok(),
        }
    }

    /// Sleeps for `d`; false when cancelled meanwhile.
    pub(crate) async fn sleep(&self, d: Duration) -> bool {
        tokio::select! {
            _ = self.cancel.cancelled() => false,
            _ = tokio::time::sleep(d) => !self.tx.is_closed(),
        }
    }

    pub(crate) fn cancel(&self) -> &CancellationToken {
        &self.cancel
    }
}

/// The same view: pod by pod, shared allocations first (cheap), contents where they differ.
fn same_pods(a: &[Arc<Pod>], b: &[Arc<Pod>]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| Arc::ptr_eq(x, y) || x == y)
}

/// Exponential backoff with full jitter in the upper half, so many agents restarted together do
/// not hit the API server in lockstep.
#[derive(Debug, Clone)]
pub(crate) struct Backoff {
    min: Duration,
    max: Duration,
    next: Duration,
}

impl Backoff {
    pub(crate) fn new(min: Duration, max: Duration) -> Self {
        Self {
            min,
            max,
            next: min,
        }
    }

    pub(crate) fn reset(&mut self) {
        self.next = self.min;
    }

    pub(crate) fn next_delay(&mut self) -> Duration {
        let base = self.next;
        self.next = (self.next * 2).min(self.max);
        let half = base / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_kind_labels() {
        let got: Vec<_> = SourceKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(got, ["apiserver", "kubelet", "manifests"]);
    }

    #[test]
    fn validate_table() {
        let mut k0 = KubeletConfig::new("http://127.0.0.1:10255");
        k0.poll_period = Duration::ZERO;
        let cases: Vec<(SourceConfig, Option<SourceConfigError>)> = vec![
            (SourceConfig::Manifests(ManifestsConfig::new("n1")), None),
            (
                SourceConfig::Manifests(ManifestsConfig::new(" ")),
                Some(SourceConfigError::NoNodeName(SourceKind::Manifests)),
            ),
            (
                SourceConfig::ApiServer(ApiServerConfig::new("", ApiEndpoint::InCluster)),
                Some(SourceConfigError::NoNodeName(SourceKind::ApiServer)),
            ),
            (
                SourceConfig::Kubelet(KubeletConfig::new("n1:10250")),
                Some(SourceConfigError::KubeletUrl("n1:10250".into())),
            ),
            (
                SourceConfig::Kubelet(k0),
                Some(SourceConfigError::ZeroPeriod(SourceKind::Kubelet)),
            ),
        ];
        for (cfg, want) in cases {
            assert_eq!(cfg.validate().err(), want, "{cfg:?}");
        }
    }

    #[tokio::test]
    async fn invalid_config_reports_down_and_waits() {
        let (tx, mut rx) = mpsc::channel(2);
        let cancel = CancellationToken::new();
        let task = tokio::spawn(run_source(
            SourceConfig::Manifests(ManifestsConfig::new("")),
            tx,
            cancel.clone(),
        ));
        let u = rx.recv().await.expect("update");
        assert!(!u.up);
        assert!(u.error.unwrap_or_default().contains("node name is empty"));
        cancel.cancel();
        task.await.expect("no panic");
    }

    #[test]
    fn backoff_grows_and_caps() {
        let mut b = Backoff::new(Duration::from_millis(100), Duration::from_millis(800));
        let delays: Vec<_> = (0..6).map(|_| b.next_delay()).collect();
        for (d, cap) in delays.iter().zip([100u64, 200, 400, 800, 800, 800]) {
            assert!(*d <= Duration::from_millis(cap), "{d:?} > {cap}");
            assert!(*d >= Duration::from_millis(cap / 2), "{d:?} < {cap}/2");
        }
        b.reset();
        assert!(b.next_delay() <= Duration::from_millis(100));
    }

    #[tokio::test]
    async fn publisher_skips_unchanged_and_keeps_pods_on_failure() {
        let (tx, mut rx) = mpsc::channel(8);
        let mut p = Publisher::new(SourceKind::Kubelet, tx, CancellationToken::new());
        let pod = Pod::default();
        assert!(p.good(vec![Arc::new(pod.clone())], vec![], 0).await);
        assert!(p.good(vec![Arc::new(pod.clone())], vec![], 0).await);
        assert!(p.bad("boom".into()).await);
        let first = rx.recv().await.expect("first");
        assert!(first.up);
        let second = rx.recv().await.expect("second");
        assert!(!second.up);
        assert_eq!(second.pods.len(), 1, "stale pods kept");
        assert_eq!(second.error.as_deref(), Some("boom"));
        assert!(rx.try_recv().is_err(), "unchanged view not resent");
    }
}
