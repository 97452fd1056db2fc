//! Wiring and shutdown only: builds the runtime client, the node state owner, the inputs and the
//! HTTP server from a validated `Config`, then waits for SIGTERM/SIGINT and stops everything
//! within the configured grace period.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

use crate::config::{Config, RuntimeSelection};
use crate::health::ClassifyConfig;
use crate::model::RuntimeKind;
use crate::runtime::docker::{DockerRuntime, PlainContainers, SkipCounters};
use crate::runtime::Runtime;
use crate::server::{self, ServerState};
use crate::state::{self, RuntimeStatus};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Server(#[from] server::ServerError),
    #[error(transparent)]
    Runtime(#[from] crate::runtime::RuntimeError),
    #[error("runtime {0:?} is not available in this build")]
    Unsupported(RuntimeSelection),
}

/// Runs the agent until a termination signal.
pub async fn run(cfg: Config) -> Result<(), AppError> {
    // Bind first: a port in use is a start-up failure, before any task exists.
    let listener = server::bind(cfg.listen).await?;
    let cancel = CancellationToken::new();
    let skips = Arc::new(SkipCounters::default());

    let (runtime, reason): (Arc<dyn Runtime>, String) = match cfg.runtime {
        RuntimeSelection::Docker => (
            Arc::new(DockerRuntime::new(
                &cfg.docker_socket,
                PlainContainers {
                    namespace: cfg.plain_namespace.clone(),
                },
                skips.clone(),
            )?),
            "configured".to_string(),
        ),
        other => return Err(AppError::Unsupported(other)),
    };
    tracing::info!(runtime = runtime.kind().as_str(), endpoint = %runtime.endpoint(), %reason, "runtime selected");

    let state = state::spawn(
        RuntimeStatus {
            kind: runtime.kind(),
            endpoint: runtime.endpoint(),
            up: false,
            version: String::new(),
            reason,
            last_error: None,
        },
        ClassifyConfig {
            allowed_unsafe_sysctls: cfg.allowed_unsafe_sysctls.clone(),
            crashloop_reset_seconds: cfg.crashloop_reset_seconds as f64,
        },
        cancel.child_token(),
    );

    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(crate::runtime::supervise(
        runtime.clone(),
        state.updates.clone(),
        cancel.child_token(),
    ));
    tasks.spawn(server::serve(
        listener,
        ServerState {
            snapshots: state.snapshots.clone(),
            skips,
        },
        cancel.child_token(),
    ));
    tracing::info!(listen = %cfg.listen, "podpulse started");

    wait_for_signal().await;
    tracing::info!(grace = ?cfg.shutdown_grace, "shutting down");
    cancel.cancel();
    let drained = tokio::time::timeout(cfg.shutdown_grace, async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!("tasks still running after the grace period; exiting anyway");
    }
    let _ = RuntimeKind::Docker; // the CRI back-end lands beside Docker
    Ok(())
}

async fn wait_for_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) {
        (Ok(mut term), Ok(mut int)) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        }
        _ => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
