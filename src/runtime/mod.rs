//! The container runtime behind one narrow trait in our own types, and the supervisor task that
//! keeps the node state in sync with it (initial list, event stream, reconnect with backoff).
//!
//! Back-ends map their API types to `crate::model` at the edge. The supervisor never changes a
//! container: the only write-like call on the trait is `exec`, which the probe runner uses for a
//! pod's own exec probes and nothing else.

pub mod cgroup;
pub mod cri;
pub mod detect;
pub mod docker;

use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::model::{Container, ContainerId, ExecOutput, RuntimeEvent, RuntimeKind};

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("cannot connect to the runtime at {endpoint}: {message}")]
    Connect { endpoint: String, message: String },
    #[error("listing containers failed: {0}")]
    List(String),
    #[error("inspecting container {id} failed: {message}")]
    Inspect { id: String, message: String },
    #[error("the runtime's event stream failed: {0}")]
    Events(String),
    #[error("the runtime's event stream ended")]
    EventsEnded,
    #[error("listing images failed: {0}")]
    Images(String),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExecError {
    /// The probe's timeout passed before the command finished.
    #[error("command timed out after {0:?}")]
    Timeout(Duration),
    /// The container is gone or not running.
    #[error("container not running: {0}")]
    NotRunning(String),
    /// The runtime could not start the command (e.g. a missing binary on CRI).
    #[error("exec failed: {0}")]
    Failed(String),
    /// The runtime itself could not be reached.
    #[error("runtime unreachable: {0}")]
    Unreachable(String),
}

/// What a container runtime back-end offers the agent.
#[async_trait]
pub trait Runtime: Send + Sync + 'static {
    fn kind(&self) -> RuntimeKind;

    /// Where the runtime is reached (a socket path), for logs and metrics.
    fn endpoint(&self) -> String;

    /// Checks the runtime answers; returns its version text.
    async fn version(&self) -> Result<String, RuntimeError>;

    /// Every container (running or not), sandboxes included, mapped to our types. Containers that
    /// vanish between list and inspect are skipped, not errors.
    async fn list(&self) -> Result<Vec<Container>, RuntimeError>;

    /// Streams changes into `tx` until the stream fails or `cancel` fires. Returns `Ok(())` only on
    /// cancellation.
    async fn watch(
        &self,
        tx: mpsc::Sender<RuntimeEvent>,
        cancel: CancellationToken,
    ) -> Result<(), RuntimeError>;

    /// Runs `cmd` in a running container with a deadline. Only for a pod's own exec probes.
    async fn exec(
        &self,
        id: &ContainerId,
        cmd: &[String],
        timeout: Duration,
    ) -> Result<ExecOutput, ExecError>;

    /// The cgroup `oom_kill` totals of the containers the last `list()` found running (each an
    /// `OomKillCount`), so that kills while the agent was away are counted. Unreadable cgroups
    /// are left out: the runtime's own events stand in for them.
    async fn oom_kill_counts(&self) -> Vec<RuntimeEvent> {
        Vec::new()
    }

    /// Image references present on the node (repo tags and digests), for `ErrImageNeverPull`.
    async fn images(&self) -> Result<Vec<String>, RuntimeError>;
}

/// How long to wait between reconnect attempts: doubling from the first to the last.
const BACKOFF_FIRST: Duration = Duration::from_millis(500);
const BACKOFF_MAX: Duration = Duration::from_secs(30);
/// How often the image list is refreshed (it only matters for `ErrImageNeverPull`).
const IMAGES_EVERY: Duration = Duration::from_secs(60);

/// Keeps the node state in sync with the runtime until `cancel` fires: connect, start the event
/// stream, list everything, then forward events; on any failure report the runtime down and
/// retry with backoff. Never returns an error: an unreachable runtime is a state, not a crash.
pub async fn supervise(
    rt: std::sync::Arc<dyn Runtime>,
    updates: mpsc::Sender<crate::state::Update>,
    cancel: CancellationToken,
) {
    use crate::state::Update;
    let mut backoff = BACKOFF_FIRST;
    // One warning per distinct failure: a runtime that stays away (a missing mount) must not
    // fill the log with the same line every few seconds.
    let mut last_logged: Option<String> = None;
    loop {
        if cancel.is_cancelled() {
            return;
        }
        let err = match sync_once(&rt, &updates, &cancel, &mut backoff, &mut last_logged).await {
            Ok(()) => return,
            Err(e) => e,
        };
        let text = err.to_string();
        if last_logged.as_deref() != Some(text.as_str()) {
            tracing::warn!(runtime = rt.kind().as_str(), endpoint = %rt.endpoint(), error = %text, retry_in = ?backoff, "runtime unreachable");
            last_logged = Some(text);
        } else {
            tracing::debug!(runtime = rt.kind().as_str(), error = %text, retry_in = ?backoff, "runtime still unreachable");
        }
        if updates
            .send(Update::RuntimeDown {
                error: err.to_string(),
            })
            .await
            .is_err()
        {
            return;
        }
        tokio::select! {
            _ = cancel.cancelled() => return,
            _ = tokio::time::sleep(backoff) => {}
        }
        backoff = (backoff * 2).min(BACKOFF_MAX);
    }
}

/// One connection's life. `Ok` only on cancellation.
async fn sync_once(
    rt: &std::sync::Arc<dyn Runtime>,
    updates: &mpsc::Sender<crate::state::Update>,
    cancel: &CancellationToken,
    backoff: &mut Duration,
    last_logged: &mut Option<String>,
) -> Result<(), RuntimeError> {
    use crate::state::Update;
    let version = rt.version().await?;
    // Subscribe before listing so that nothing that happens during the list is missed; events
    // already reflected in the list are fresh inspects, so re-applying them is harmless.
    let (ev_tx, mut ev_rx) = mpsc::channel::<RuntimeEvent>(1024);
    let watch_cancel = cancel.child_token();
    let watcher = {
        let rt = rt.clone();
        let c = watch_cancel.clone();
        tokio::spawn(async move { rt.watch(ev_tx, c).await })
    };
    let _stop_watcher = watch_cancel.clone().drop_guard();
    let containers = rt.list().await?;
    // Connected again: the next outage deserves its own warning.
    *last_logged = None;
    tracing::info!(runtime = rt.kind().as_str(), %version, containers = containers.len(), "runtime synced");
    if updates
        .send(Update::RuntimeSynced {
            containers,
            version,
        })
        .await
        .is_err()
    {
        return Ok(());
    }
    for ev in rt.oom_kill_counts().await {
        if updates.send(Update::Runtime(ev)).await.is_err() {
            return Ok(());
        }
    }
    *backoff = BACKOFF_FIRST;
    let mut images_tick = tokio::time::interval(IMAGES_EVERY);
    let mut watcher = watcher;
    loop {
        tokio::select! {
            _ = cancel.cancelled() => return Ok(()),
            _ = images_tick.tick() => match rt.images().await {
                Ok(list) => {
                    let _ = updates.send(Update::Images(list.into_iter().collect())).await;
                }
                Err(e) => tracing::debug!(error = %e, "image list unavailable"),
            },
            ev = ev_rx.recv() => match ev {
                Some(ev) => {
                    if updates.send(Update::Runtime(ev)).await.is_err() {
                        return Ok(());
                    }
                }
                None => {
                    // The watcher ended: find out why.
                    return match (&mut watcher).await {
                        Ok(Ok(())) if cancel.is_cancelled() => Ok(()),
                        Ok(Ok(())) => Err(RuntimeError::EventsEnded),
                        Ok(Err(e)) => Err(e),
                        Err(join) => Err(RuntimeError::Events(join.to_string())),
                    };
                }
            },
        }
    }
}
