//! Wiring and shutdown only: builds the runtime client, the node state owner, the inputs and the
//! HTTP server from a validated `Config`, then waits for SIGTERM/SIGINT and stops everything
//! within the configured grace period.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

use crate::config::{Config, RuntimeSelection};
use crate::health::ClassifyConfig;
use crate::model::RuntimeKind;
use crate::pods::{
    ApiEndpoint, ApiServerConfig, KubeletConfig, ManifestsConfig, SourceConfig, SourceUpdate,
};
use crate::runtime::docker::{DockerRuntime, PlainContainers, SkipCounters};
use crate::runtime::Runtime;
use crate::server::{self, ServerState};
use crate::state::{self, RuntimeStatus, Update};

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

    let config_errors = Arc::new(crate::metrics::ConfigErrorCounters::default());
    let mut tasks = tokio::task::JoinSet::new();
    let sources = source_configs(&cfg);
    if !sources.is_empty() {
        let (tx, rx) = tokio::sync::mpsc::channel(16);
        for source in sources {
            tracing::info!(source = source.kind().as_str(), "pod spec source enabled");
            tasks.spawn(crate::pods::run_source(
                source,
                tx.clone(),
                cancel.child_token(),
            ));
        }
        tasks.spawn(forward_sources(
            rx,
            state.updates.clone(),
            config_errors.clone(),
        ));
    }
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
            config_errors,
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

/// The pod spec sources the config asks for. None by default: a plain Docker host has no
/// kubelet, and an absent source must not show as a failing one.
fn source_configs(cfg: &Config) -> Vec<SourceConfig> {
    let s = &cfg.sources;
    let mut out = Vec::new();
    if s.apiserver {
        let endpoint = match &s.kubeconfig {
            Some(path) => ApiEndpoint::Kubeconfig {
                path: path.clone(),
                context: None,
            },
            None => ApiEndpoint::InCluster,
        };
        out.push(SourceConfig::ApiServer(ApiServerConfig::new(
            cfg.node_name.clone(),
            endpoint,
        )));
    }
    if let Some(url) = &s.kubelet_url {
        let mut k = KubeletConfig::new(url.clone());
        k.token_file = s.kubelet_token_file.clone();
        k.ca_file = s.kubelet_ca_file.clone();
        k.insecure_skip_verify = s.kubelet_insecure_skip_verify;
        k.poll_period = std::time::Duration::from_secs(s.kubelet_period_seconds);
        out.push(SourceConfig::Kubelet(k));
    }
    if let Some(dir) = &s.manifest_dir {
        let mut m = ManifestsConfig::new(cfg.node_name.clone());
        m.path = dir.clone();
        out.push(SourceConfig::Manifests(m));
    }
    out
}

/// Hands each source's view to the node state and counts what the sources rejected.
async fn forward_sources(
    mut rx: tokio::sync::mpsc::Receiver<SourceUpdate>,
    updates: tokio::sync::mpsc::Sender<Update>,
    config_errors: Arc<crate::metrics::ConfigErrorCounters>,
) {
    while let Some(u) = rx.recv().await {
        if u.new_rejections > 0 {
            config_errors.add(u.source, u64::from(u.new_rejections));
            for r in u.rejected.iter().rev().take(u.new_rejections as usize) {
                tracing::warn!(source = u.source.as_str(), problem = %r, "pod spec rejected");
            }
        }
        if let Some(e) = &u.error {
            tracing::warn!(source = u.source.as_str(), error = %e, "pod spec source is down; serving its last good view");
        }
        let update = Update::Specs {
            source: u.source.as_str(),
            pods: u.pods,
            up: u.up,
        };
        if updates.send(update).await.is_err() {
            return;
        }
    }
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
