//! The container runtime behind one narrow trait in our own types, and the supervisor task that
//! keeps the node state in sync with it (initial list, event stream, reconnect with backoff).
//!
//! Back-ends map their API types to `crate::model` at the edge. The supervisor never changes a
//! container: the only write-like call on the trait is `exec`, which the probe runner uses for a
//! pod's own exec probes and nothing else.

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

    /// Image references present on the node (repo tags and digests), for `ErrImageNeverPull`.
    async fn images(&self) -> Result<Vec<String>, RuntimeError>;
}
