//! Wiring and shutdown only: builds the runtime client, the node state owner, the inputs and the
//! HTTP server from a validated `Config`, then waits for SIGTERM/SIGINT and stops everything
//! within the configured grace period.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

use crate::config::{Config, RuntimeSelection};
use crate::health::ClassifyConfig;
use crate::journal::reader::{spawn_reader, JournalConfig, JournalStats};
use crate::journal::rules::Rules;
use crate::journal::KubeletEvent;
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
    #[error("cannot select a container runtime: {0}")]
    Detect(crate::runtime::detect::DetectError),
}

/// Runs the agent until a termination signal.
pub async fn run(cfg: Config) -> Result<(), AppError> {
    // Bind first: a port in use is a start-up failure, before any task exists.
    let cancel = CancellationToken::new();
    let endpoints = server::bind(&cfg, &cancel).await?;

    let (runtime, reason, skips) = select(&cfg).await?;
    tracing::info!(runtime = runtime.kind().as_str(), endpoint = %runtime.endpoint(), reason = %reason.0, detail = %reason.1, "runtime selected");
    let reason = reason.0.to_string();

    let mut tasks = tokio::task::JoinSet::new();
    let (probe_targets_tx, probe_targets_rx) = if cfg.probes.enabled {
        let (tx, rx) = tokio::sync::watch::channel(Arc::new(Vec::new()));
        (Some(tx), Some(rx))
    } else {
        (None, None)
    };
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
        probe_targets_tx,
        cancel.child_token(),
    );

    let config_errors = Arc::new(crate::metrics::ConfigErrorCounters::default());
    let journal = if cfg.journal.enabled {
        match start_journal(
            &cfg,
            state.updates.clone(),
            &mut tasks,
            cancel.child_token(),
        ) {
            Ok(stats) => Some(stats),
            Err(e) => {
                // Not fatal: the agent still serves runtime truth; the metric says why.
                tracing::error!(error = %e, "kubelet journal reader not started");
                let stats = Arc::new(JournalStats::default());
                Some(stats)
            }
        }
    } else {
        None
    };
    if let Some(targets) = probe_targets_rx {
        let (tx, mut rx) = tokio::sync::mpsc::channel(1024);
        for key in &cfg.probes.ignored_keys {
            tracing::warn!(key, "configuration key ignored: probes share no slots, each runs one at a time as the kubelet's probe workers do");
        }
        let probe_cfg = crate::probe::ProbeConfig {
            exec_enabled: cfg.probes.exec,
            foreign_hosts_enabled: cfg.probes.foreign_hosts,
            ..Default::default()
        };
        tasks.spawn(crate::probe::run_scheduler(
            targets,
            runtime.clone(),
            probe_cfg,
            tx,
            cancel.child_token(),
        ));
        let updates = state.updates.clone();
        tasks.spawn(async move {
            while let Some(report) = rx.recv().await {
                if updates.send(Update::Probe(report)).await.is_err() {
                    return;
                }
            }
        });
    }
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
    server::spawn(
        endpoints,
        ServerState {
            snapshots: state.snapshots.clone(),
            skips,
            config_errors,
            journal,
            metrics: Arc::new(cfg.metrics.clone()),
        },
        &mut tasks,
        cancel.child_token(),
    );
    tracing::info!(listen = %cfg.listen, "podpulse started");
    crate::notify::notify("READY=1");

    wait_for_signal().await;
    tracing::info!(grace = ?cfg.shutdown_grace, "shutting down");
    crate::notify::notify("STOPPING=1");
    cancel.cancel();
    let drained = tokio::time::timeout(cfg.shutdown_grace, async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!("tasks still running after the grace period; exiting anyway");
    }
    Ok(())
}

/// Picks the runtime back-end: the flag, or detection for `auto`. Returns the back-end, why it
/// was chosen (a bounded label value and a sentence for the log) and its skip counters.
async fn select(
    cfg: &Config,
) -> Result<(Arc<dyn Runtime>, (&'static str, String), SkipSource), AppError> {
    use crate::runtime::detect::{self, Choice};
    let sel = match cfg.runtime {
        RuntimeSelection::Docker => detect::RuntimeSelection::Docker,
        RuntimeSelection::Cri => detect::RuntimeSelection::Cri,
        RuntimeSelection::Auto => detect::RuntimeSelection::Auto,
    };
    let docker = |socket: &std::path::Path| {
        let skips = Arc::new(SkipCounters::default());
        let rt: Arc<dyn Runtime> = Arc::new(
            DockerRuntime::new(
                socket,
                PlainContainers {
                    namespace: cfg.plain_namespace.clone(),
                },
                skips.clone(),
            )
            .with_cgroup_root(&cfg.cgroup_root),
        );
        (rt, SkipSource::Docker(skips))
    };
    match detect::select_runtime(sel, &cfg.docker_socket, cfg.cri_socket.as_deref()).await {
        Ok(selected) => {
            let reason = (selected.reason.as_str(), selected.detail.clone());
            match selected.choice {
                Choice::Docker { socket } => {
                    let (rt, skips) = docker(&socket);
                    Ok((rt, reason, skips))
                }
                Choice::Cri(cri) => {
                    cri.set_cgroup_root(&cfg.cgroup_root);
                    let skips = SkipSource::Cri(cri.clone());
                    Ok((cri, reason, skips))
                }
            }
        }
        // Auto found nothing answering yet: wait for Docker at its socket rather than exit, the
        // way a missing socket is handled everywhere else.
        Err(detect::DetectError::NothingFound { tried }) => {
            tracing::warn!(%tried, "no container runtime found; waiting for Docker at its socket");
            let (rt, skips) = docker(&cfg.docker_socket);
            Ok((
                rt,
                ("auto_fallback", format!("nothing answered: {tried}")),
                skips,
            ))
        }
        Err(e) => Err(AppError::Detect(e)),
    }
}

/// Where the runtime back-end counts what it skipped.
#[derive(Clone)]
pub enum SkipSource {
    Docker(Arc<SkipCounters>),
    Cri(Arc<crate::runtime::cri::CriRuntime>),
}

impl SkipSource {
    pub fn counts(&self) -> Vec<(&'static str, u64)> {
        match self {
            SkipSource::Docker(c) => crate::runtime::docker::SkipKind::ALL
                .iter()
                .map(|k| (k.as_str(), c.get(*k)))
                .collect(),
            SkipSource::Cri(rt) => rt
                .skipped()
                .into_iter()
                .map(|(k, n)| (k.as_str(), n))
                .collect(),
        }
    }
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

/// Starts the journal reader thread and, in `tasks`, the task that turns its events into state
/// updates.
fn start_journal(
    cfg: &Config,
    updates: tokio::sync::mpsc::Sender<Update>,
    tasks: &mut tokio::task::JoinSet<()>,
    cancel: CancellationToken,
) -> Result<Arc<JournalStats>, crate::journal::JournalError> {
    let j = &cfg.journal;
    let mut jc = JournalConfig::new(cfg.state_dir.clone());
    if let Some(dir) = &j.directory {
        // A host root mounted into the pod holds var/log/journal and/or run/log/journal; any
        // other directory is read as a journal directory itself.
        if dir.join("var/log/journal").is_dir() || dir.join("run/log/journal").is_dir() {
            jc.root_prefix = Some(dir.clone());
        } else {
            jc.directory = Some(dir.clone());
        }
    }
    jc.units = j.units.clone();
    jc.identifiers = j.identifiers.clone();
    jc.runtime_units = j.runtime_units.clone();
    jc.lookback =
        (j.lookback_seconds > 0).then(|| std::time::Duration::from_secs(j.lookback_seconds));
    if let Some(rules) = &j.rules_file {
        jc.rules = Arc::new(Rules::from_yaml_file(rules)?);
    }
    let (tx, rx) = tokio::sync::mpsc::channel(1024);
    let (_thread, stats) = spawn_reader(jc, tx, cancel)?;
    tasks.spawn(forward_journal(rx, updates));
    Ok(stats)
}

/// Attributed kubelet lines become pod evidence; node-level lines become node problems.
async fn forward_journal(
    mut rx: tokio::sync::mpsc::Receiver<KubeletEvent>,
    updates: tokio::sync::mpsc::Sender<Update>,
) {
    while let Some(ev) = rx.recv().await {
        let update = if let Some(problem) = ev.node_problem {
            Update::NodeProblem(problem.as_str())
        } else if let (Some(evidence), Some(pod)) = (ev.evidence(), ev.mention()) {
            Update::Journal { pod, evidence }
        } else {
            continue;
        };
        if updates.send(update).await.is_err() {
            return;
        }
    }
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
            source: u.source,
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
