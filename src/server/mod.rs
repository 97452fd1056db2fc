//! The agent's HTTP endpoints and who may read what on each:
//!
//! - the network listener (`--listen`, on the node's IP in the DaemonSet): `/metrics`,
//!   `/healthz`, `/readyz`; the detail API only when it is bound to loopback or the web config
//!   authenticates clients (else 403 saying how to enable it). Optional TLS and basic auth in
//!   the exporter-toolkit format (`webconfig`);
//! - the detail unix socket (`--detail-socket`, mode 0600, the CLI's default) and the loopback
//!   listener (`--detail-listen`, reached from outside through `kubectl port-forward`, so the
//!   API server's RBAC decides): everything, plain HTTP.
//!
//! Every handler reads the latest snapshot and nothing else: a scrape never waits on an input,
//! and nothing here can change a container (GET and HEAD only, no request bodies). Every
//! per-connection and per-request cost is bounded (`conn::Limits`). A detail endpoint that
//! cannot be set up is logged and left out; the metrics keep being served.

mod conn;
mod routes;
pub mod webconfig;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, UnixListener};
use tokio::sync::{watch, Semaphore};
use tokio_util::sync::CancellationToken;

pub use conn::{Limits, DETAIL_MAX_CONNECTIONS};
pub use routes::accepts_gzip;

use crate::config::Config;
use crate::metrics;
use crate::state::Snapshot;
use webconfig::{WebConfigError, WebConfigHandle};

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
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    WebConfig(#[from] WebConfigError),
}

/// Why the detail socket was not set up.
#[derive(Debug, thiserror::Error)]
pub enum SocketError {
    #[error("another agent is serving on {0}")]
    InUse(PathBuf),
    #[error("{0} exists and is not a socket; not replacing it")]
    NotASocket(PathBuf),
    #[error("cannot set up {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Where a connection came in; decides what it may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `--listen`; `loopback` when it is bound to a loopback address.
    Network { loopback: bool },
    /// The unix socket or the loopback detail listener.
    Detail,
}

/// The web config watcher, to be spawned with the server.
type WatchTask = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;

/// The bound endpoints, before serving.
pub struct Endpoints {
    network: TcpListener,
    network_loopback: bool,
    detail_tcp: Option<TcpListener>,
    detail_unix: Option<(UnixListener, PathBuf)>,
    web: Option<(WebConfigHandle, WatchTask)>,
    limits: Limits,
}

/// Binds every endpoint now. The network listener and the web config are start-up failures
/// (their own exit code); a detail endpoint that cannot be set up is logged and left out.
pub async fn bind(cfg: &Config, cancel: &CancellationToken) -> Result<Endpoints, ServerError> {
    let network = TcpListener::bind(cfg.listen)
        .await
        .map_err(|source| ServerError::Bind {
            addr: cfg.listen,
            source,
        })?;
    let web = match &cfg.server.web_config_file {
        Some(path) => {
            let (handle, task) = webconfig::watch_file(path.clone(), cancel.child_token())?;
            let task: WatchTask = Box::pin(task);
            Some((handle, task))
        }
        None => None,
    };
    let detail_tcp = match cfg.server.detail_listen {
        Some(addr) => match TcpListener::bind(addr).await {
            Ok(l) => Some(l),
            Err(e) => {
                tracing::error!(%addr, error = %e, "detail API not served on loopback: cannot listen");
                None
            }
        },
        None => None,
    };
    let detail_unix = match &cfg.server.detail_socket {
        Some(path) => match bind_unix(path).await {
            Ok(l) => Some((l, path.clone())),
            Err(e) => {
                tracing::error!(error = %e, "detail API not served on its unix socket; `podpulse pods` on this node will not reach the agent");
                None
            }
        },
        None => None,
    };
    Ok(Endpoints {
        network_loopback: cfg.listen.ip().is_loopback(),
        network,
        detail_tcp,
        detail_unix,
        web,
        limits: cfg.server.limits,
    })
}

/// Binds the unix socket atomically with mode 0600: bound under a temporary name, restricted,
/// then renamed over the final path. A socket some live agent still answers on is left alone;
/// one nobody answers on (a crashed agent's) is replaced.
async fn bind_unix(path: &Path) -> Result<UnixListener, SocketError> {
    use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
    let io = |source| SocketError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("/"));
    std::fs::create_dir_all(dir).map_err(io)?;
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if !meta.file_type().is_socket() {
            return Err(SocketError::NotASocket(path.to_path_buf()));
        }
        if tokio::net::UnixStream::connect(path).await.is_ok() {
            return Err(SocketError::InUse(path.to_path_buf()));
        }
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "podpulse.sock".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let listener = UnixListener::bind(&tmp).map_err(io)?;
    let setup = std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = setup {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(listener)
}

/// What every connection of one server shares.
pub(crate) struct Shared {
    pub(crate) state: ServerState,
    pub(crate) pods: routes::PodsCache,
    pub(crate) web: Option<WebConfigHandle>,
    limits: Limits,
}

/// Starts serving every bound endpoint into `tasks`; all stop when `cancel` fires.
pub fn spawn(
    endpoints: Endpoints,
    state: ServerState,
    tasks: &mut tokio::task::JoinSet<()>,
    cancel: CancellationToken,
) {
    let Endpoints {
        network,
        network_loopback,
        detail_tcp,
        detail_unix,
        web,
        limits,
    } = endpoints;
    let web_handle = web.map(|(handle, task)| {
        tasks.spawn(task);
        handle
    });
    let shared = Arc::new(Shared {
        state,
        pods: routes::PodsCache::default(),
        web: web_handle,
        limits,
    });
    tracing::info!(
        listen = ?network.local_addr().ok(),
        tls = shared.web.as_ref().is_some_and(|w| w.current.borrow().tls.is_some()),
        detail_on_listen = network_loopback || shared.web.as_ref().is_some_and(|w| w.current.borrow().authenticates()),
        detail_listen = ?detail_tcp.as_ref().and_then(|l| l.local_addr().ok()),
        detail_socket = ?detail_unix.as_ref().map(|(_, p)| p.display().to_string()),
        "serving"
    );
    tasks.spawn(accept_tcp(
        network,
        Role::Network {
            loopback: network_loopback,
        },
        shared.clone(),
        Arc::new(Semaphore::new(limits.max_connections)),
        cancel.clone(),
    ));
    if let Some(l) = detail_tcp {
        tasks.spawn(accept_tcp(
            l,
            Role::Detail,
            shared.clone(),
            Arc::new(Semaphore::new(DETAIL_MAX_CONNECTIONS)),
            cancel.clone(),
        ));
    }
    if let Some((l, path)) = detail_unix {
        tasks.spawn(accept_unix(l, path, shared, cancel));
    }
}

/// Connections refused at the cap since start; logged at most every few seconds.
static REFUSED: AtomicU64 = AtomicU64::new(0);

fn note_refused(role: Role) {
    static LAST_LOG: AtomicU64 = AtomicU64::new(0);
    let n = REFUSED.fetch_add(1, Ordering::Relaxed) + 1;
    let now = crate::time::now() as u64;
    let last = LAST_LOG.load(Ordering::Relaxed);
    if now >= last + 10
        && LAST_LOG
            .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
    {
        tracing::warn!(
            ?role,
            refused_total = n,
            "connection cap reached; closing new connections"
        );
    }
}

/// How long a new connection waits for the slot of the connection it evicted.
const EVICT_WAIT: Duration = Duration::from_millis(250);

async fn accept_tcp(
    listener: TcpListener,
    role: Role,
    shared: Arc<Shared>,
    slots: Arc<Semaphore>,
    cancel: CancellationToken,
) {
    let registry = Arc::new(conn::Registry::default());
    loop {
        let (stream, _) = tokio::select! {
            _ = cancel.cancelled() => return,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let permit = match slots.clone().try_acquire_owned() {
            Ok(p) => p,
            // At the cap: close the oldest connection that has not sent one whole request yet
            // (a slow or silent client, never the scraper whose scrapes completed) and take its
            // place, so a flood of slow clients cannot lock a scraper out.
            Err(_) if registry.evict_oldest_unserved() => {
                match tokio::time::timeout(EVICT_WAIT, slots.clone().acquire_owned()).await {
                    Ok(Ok(p)) => p,
                    _ => {
                        note_refused(role);
                        continue;
                    }
                }
            }
            Err(_) => {
                note_refused(role);
                drop(stream);
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        let (cancel, served, _registered) = registry.register(&cancel);
        tokio::spawn(async move {
            let _permit = permit;
            let _registered = _registered;
            let tls = match role {
                Role::Network { .. } => shared
                    .web
                    .as_ref()
                    .and_then(|w| w.current.borrow().tls.clone()),
                Role::Detail => None,
            };
            match tls {
                None => serve_connection(stream, role, shared, cancel, served).await,
                Some(config) => {
                    let acceptor = tokio_rustls::TlsAcceptor::from(config);
                    // The handshake is under the header deadline too: a client that opens
                    // and stalls must not hold a slot.
                    let timeout = shared.limits.header_read_timeout;
                    match tokio::time::timeout(timeout, acceptor.accept(stream)).await {
                        Ok(Ok(tls)) => serve_connection(tls, role, shared, cancel, served).await,
                        Ok(Err(e)) => tracing::debug!(error = %e, "TLS handshake failed"),
                        Err(_) => tracing::debug!("TLS handshake timed out"),
                    }
                }
            }
        });
    }
}

async fn accept_unix(
    listener: UnixListener,
    path: PathBuf,
    shared: Arc<Shared>,
    cancel: CancellationToken,
) {
    let slots = Arc::new(Semaphore::new(DETAIL_MAX_CONNECTIONS));
    loop {
        let stream = tokio::select! {
            _ = cancel.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((s, _)) => s,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed on the detail socket");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let Ok(permit) = slots.clone().try_acquire_owned() else {
            note_refused(Role::Detail);
            continue;
        };
        let shared = shared.clone();
        let cancel = cancel.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let served = Arc::new(std::sync::atomic::AtomicBool::new(false));
            serve_connection(stream, Role::Detail, shared, cancel, served).await;
        });
    }
    // Leave no socket behind that the CLI would try; the next agent would replace it anyway.
    let _ = std::fs::remove_file(&path);
}

/// Serves one connection until it closes, breaks a limit, or the server stops.
async fn serve_connection<I>(
    io: I,
    role: Role,
    shared: Arc<Shared>,
    cancel: CancellationToken,
    served: Arc<std::sync::atomic::AtomicBool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let limits = shared.limits;
    let activity = conn::Activity::new();
    let io = conn::IdleIo::new(io, activity.clone());
    let working = served.clone();
    let svc = hyper::service::service_fn(move |req| {
        let shared = shared.clone();
        served.store(true, Ordering::Relaxed);
        async move { Ok::<_, Infallible>(routes::handle_request(&shared, role, req).await) }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_header_size(limits.max_header_bytes)
        // hyper's floor is 8 KiB; the read buffer never needs more than the headers.
        .max_buf_size(limits.max_header_bytes.max(8192))
        .max_headers(64);
    let conn = builder.serve_connection(TokioIo::new(io), svc);
    tokio::pin!(conn);
    loop {
        let idle_at = activity.deadline(limits.idle_timeout);
        tokio::select! {
            _ = conn.as_mut() => return,
            _ = cancel.cancelled() => {
                // Evicted, or the server stops: a client that never sent a whole request gets
                // nothing more; one that did may finish the answer in flight.
                if !working.load(Ordering::Relaxed) {
                    return;
                }
                conn.as_mut().graceful_shutdown();
                let _ = tokio::time::timeout(Duration::from_secs(1), conn.as_mut()).await;
                return;
            }
            _ = tokio::time::sleep_until(idle_at) => {
                if activity.deadline(limits.idle_timeout) <= tokio::time::Instant::now() {
                    tracing::debug!("closing a connection idle for {:?}", limits.idle_timeout);
                    return;
                }
            }
        }
    }
}
