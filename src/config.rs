//! Configuration: the raw YAML file, command-line flags and `PODPULSE_*` environment variables
//! merged (file < environment < flags) and validated into one `Config` before anything starts.
//!
//! Unknown keys in the file are an error that names the key: a typo must not silently fall back
//! to a default on a production node.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is invalid: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("invalid value for {key}: {message}")]
    Invalid { key: &'static str, message: String },
}

/// Which runtime back-end to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum RuntimeSelection {
    Docker,
    Cri,
    Auto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

// ---- the file, as written -------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawConfig {
    pub listen: Option<String>,
    pub node_name: Option<String>,
    pub log_format: Option<LogFormat>,
    pub log_level: Option<String>,
    pub runtime: Option<RuntimeSelection>,
    pub docker_socket: Option<PathBuf>,
    pub cri_socket: Option<PathBuf>,
    pub cgroup_root: Option<PathBuf>,
    pub state_dir: Option<PathBuf>,
    pub shutdown_grace_seconds: Option<u64>,
    pub plain_containers: RawPlain,
    pub journal: RawJournal,
    pub sources: RawSources,
    pub probes: RawProbes,
    pub classify: RawClassify,
    pub metrics: RawMetrics,
    pub server: RawServer,
}

/// The `server:` section: where the detail API is served and the HTTP server's limits.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawServer {
    /// Unix socket for the detail API and the CLI; `none` turns it off.
    pub detail_socket: Option<String>,
    /// Loopback address for the detail API; `none` turns it off.
    pub detail_listen: Option<String>,
    /// Prometheus exporter-toolkit web config (TLS, client CA, basic auth) for `listen`.
    pub web_config_file: Option<PathBuf>,
    pub header_read_timeout_seconds: Option<u64>,
    pub idle_timeout_seconds: Option<u64>,
    pub max_connections: Option<usize>,
    pub max_header_bytes: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawPlain {
    pub enabled: Option<bool>,
    pub namespace: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawJournal {
    pub enabled: Option<bool>,
    /// A journal directory (or a prefix under which `var/log/journal` and `run/log/journal` are
    /// tried); absent means the system journal.
    pub directory: Option<PathBuf>,
    pub units: Option<Vec<String>>,
    /// Also count entries by `SYSLOG_IDENTIFIER` (which any process can set): opt-in.
    pub match_syslog_identifier: Option<bool>,
    pub identifiers: Option<Vec<String>>,
    pub runtime_units: Option<Vec<String>>,
    pub lookback_seconds: Option<u64>,
    pub rules_file: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawSources {
    pub apiserver: RawApiServer,
    pub kubelet: RawKubelet,
    pub manifests: RawManifests,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawApiServer {
    pub enabled: Option<bool>,
    pub kubeconfig: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawKubelet {
    pub url: Option<String>,
    pub token_file: Option<PathBuf>,
    pub ca_file: Option<PathBuf>,
    pub insecure_skip_verify: Option<bool>,
    pub period_seconds: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawManifests {
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawProbes {
    pub enabled: Option<bool>,
    pub exec: Option<bool>,
    pub foreign_hosts: Option<bool>,
    /// Removed: probes share no slots any more (one run in flight per probe, as the kubelet's
    /// workers). Still accepted so that an older config starts; logged as ignored.
    pub concurrency: Option<usize>,
    /// Removed, as `concurrency`.
    pub exec_concurrency: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawClassify {
    pub allowed_unsafe_sysctls: Option<Vec<String>>,
    pub crashloop_reset_seconds: Option<u64>,
}

/// The `metrics:` section: which series `/metrics` carries (see docs/metrics.md).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawMetrics {
    pub profile: Option<crate::metrics::Profile>,
    /// Regexes naming whole families (anchored); mutually exclusive with `denylist`.
    pub allowlist: Vec<String>,
    pub denylist: Vec<String>,
    pub namespaces: RawMetricNamespaces,
    /// Pod label keys exported on `podpulse_pod_labels` as `label_<sanitized key>`.
    pub pod_labels: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawMetricNamespaces {
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

impl RawConfig {
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_yaml(&text).map_err(|message| ConfigError::Parse {
            path: path.to_path_buf(),
            message,
        })
    }

    pub fn from_yaml(text: &str) -> Result<Self, String> {
        if text.trim().is_empty() {
            return Ok(Self::default());
        }
        yaml_serde::from_str(text).map_err(|e| e.to_string())
    }
}

// ---- validated ------------------------------------------------------------------------

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// This node's name: flag/env/config, else the host name (the kubelet's own default).
    pub node_name: String,
    pub log_format: LogFormat,
    pub log_level: String,
    pub runtime: RuntimeSelection,
    pub docker_socket: PathBuf,
    pub cri_socket: Option<PathBuf>,
    /// The host's cgroup mount, read for each container's kernel OOM-kill count.
    pub cgroup_root: PathBuf,
    pub state_dir: PathBuf,
    pub shutdown_grace: std::time::Duration,
    /// Namespace for plain (non-kubelet) containers; `None` ignores them.
    pub plain_namespace: Option<String>,
    pub journal: JournalSettings,
    pub sources: SourceSettings,
    pub probes: ProbeSettings,
    pub allowed_unsafe_sysctls: Vec<String>,
    pub crashloop_reset_seconds: u64,
    /// What `/metrics` exports (profile, families, namespaces, pod labels).
    pub metrics: crate::metrics::Selection,
    pub server: ServerSettings,
}

/// Where the detail API is served, the network listener's web config, and the server's limits.
#[derive(Debug, Clone)]
pub struct ServerSettings {
    pub detail_socket: Option<PathBuf>,
    pub detail_listen: Option<SocketAddr>,
    pub web_config_file: Option<PathBuf>,
    pub limits: crate::server::Limits,
}

#[derive(Debug, Clone)]
pub struct JournalSettings {
    pub enabled: bool,
    pub directory: Option<PathBuf>,
    /// `_SYSTEMD_UNIT` values of the kubelet: the only entries that count by default.
    pub units: Vec<String>,
    /// `SYSLOG_IDENTIFIER` values that count too; empty unless `match_syslog_identifier`.
    pub identifiers: Vec<String>,
    /// The runtime's units, read for container/sandbox ids (default: the runtime in use).
    pub runtime_units: Vec<String>,
    pub lookback_seconds: u64,
    pub rules_file: Option<PathBuf>,
}

/// The runtime units followed when `journal.runtime_units` is not set: the unit of the runtime
/// in use (`docker.service`; for CRI the socket names it; unknown or auto: all three).
pub fn default_runtime_units(
    runtime: RuntimeSelection,
    cri_socket: Option<&std::path::Path>,
) -> Vec<String> {
    let all = || {
        ["containerd.service", "crio.service", "docker.service"]
            .map(String::from)
            .to_vec()
    };
    match runtime {
        RuntimeSelection::Docker => vec!["docker.service".into()],
        RuntimeSelection::Auto => all(),
        RuntimeSelection::Cri => {
            let sock = cri_socket.map(|p| p.to_string_lossy().into_owned());
            match sock.as_deref() {
                Some(s) if s.contains("crio") => vec!["crio.service".into()],
                Some(s) if s.contains("containerd") => vec!["containerd.service".into()],
                // The default CRI socket is containerd's.
                None => vec!["containerd.service".into()],
                Some(_) => all(),
            }
        }
    }
}

/// The `journal:` section, validated.
fn journal_settings(
    raw: RawJournal,
    no_journal: bool,
    journal_dir: Option<PathBuf>,
    runtime: RuntimeSelection,
    cri_socket: Option<&std::path::Path>,
) -> Result<JournalSettings, ConfigError> {
    let match_identifier = raw.match_syslog_identifier.unwrap_or(false);
    if !match_identifier && raw.identifiers.is_some() {
        // Silently ignoring them would leave a kubelet that systemd does not run unread, with
        // nothing saying why.
        return Err(ConfigError::Invalid {
            key: "journal.identifiers",
            message: "set journal.match_syslog_identifier: true to match SYSLOG_IDENTIFIER (any local process can set it, so it is off by default)".into(),
        });
    }
    let units = raw
        .units
        .unwrap_or_else(|| vec!["kubelet.service".to_string()]);
    if units.is_empty() && !match_identifier {
        return Err(ConfigError::Invalid {
            key: "journal.units",
            message:
                "no kubelet unit to read (list one, or opt in to journal.match_syslog_identifier)"
                    .into(),
        });
    }
    Ok(JournalSettings {
        enabled: !no_journal && raw.enabled.unwrap_or(true),
        directory: journal_dir.or(raw.directory),
        units,
        identifiers: if match_identifier {
            raw.identifiers
                .unwrap_or_else(|| vec!["kubelet".to_string()])
        } else {
            Vec::new()
        },
        runtime_units: raw
            .runtime_units
            .unwrap_or_else(|| default_runtime_units(runtime, cri_socket)),
        lookback_seconds: raw.lookback_seconds.unwrap_or(0),
        rules_file: raw.rules_file,
    })
}

#[derive(Debug, Clone)]
pub struct SourceSettings {
    pub apiserver: bool,
    pub kubeconfig: Option<PathBuf>,
    pub kubelet_url: Option<String>,
    pub kubelet_token_file: Option<PathBuf>,
    pub kubelet_ca_file: Option<PathBuf>,
    pub kubelet_insecure_skip_verify: bool,
    pub kubelet_period_seconds: u64,
    pub manifest_dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct ProbeSettings {
    pub enabled: bool,
    pub exec: bool,
    pub foreign_hosts: bool,
    /// Keys of an older configuration that no longer do anything (logged at start-up).
    pub ignored_keys: Vec<&'static str>,
}

pub const DEFAULT_LISTEN: &str = "0.0.0.0:9842";
pub const DEFAULT_DOCKER_SOCKET: &str = "/var/run/docker.sock";
pub const DEFAULT_STATE_DIR: &str = "/var/lib/podpulse";
pub const DEFAULT_DETAIL_SOCKET: &str = "/run/podpulse/podpulse.sock";
pub const DEFAULT_DETAIL_LISTEN: &str = "127.0.0.1:9843";

/// Values from flags and environment (clap merges those two, flags first).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub listen: Option<String>,
    pub node_name: Option<String>,
    pub log_format: Option<LogFormat>,
    pub log_level: Option<String>,
    pub runtime: Option<RuntimeSelection>,
    pub docker_socket: Option<PathBuf>,
    pub cri_socket: Option<PathBuf>,
    pub state_dir: Option<PathBuf>,
    pub kubeconfig: Option<PathBuf>,
    pub kubelet_url: Option<String>,
    pub manifest_dir: Option<PathBuf>,
    pub journal_dir: Option<PathBuf>,
    pub no_journal: bool,
    pub no_probes: bool,
    pub no_exec_probes: bool,
    pub no_plain_containers: bool,
    pub plain_namespace: Option<String>,
    pub metrics_profile: Option<crate::metrics::Profile>,
    pub detail_socket: Option<String>,
    pub detail_listen: Option<String>,
    pub web_config_file: Option<PathBuf>,
}

impl Config {
    /// Merges the file (if any) with the overrides and validates the result.
    pub fn build(mut raw: RawConfig, o: Overrides) -> Result<Self, ConfigError> {
        let listen_text = o
            .listen
            .or(raw.listen)
            .unwrap_or_else(|| DEFAULT_LISTEN.to_string());
        let listen: SocketAddr = listen_text.parse().map_err(|e| ConfigError::Invalid {
            key: "listen",
            message: format!("{listen_text:?} is not an address:port ({e})"),
        })?;
        let plain_enabled = !o.no_plain_containers && raw.plain_containers.enabled.unwrap_or(true);
        let plain_ns = o
            .plain_namespace
            .or(raw.plain_containers.namespace)
            .unwrap_or_else(|| "docker".to_string());
        if !is_dns_label(&plain_ns) {
            return Err(ConfigError::Invalid {
                key: "plain_containers.namespace",
                message: format!("{plain_ns:?} is not a valid namespace name"),
            });
        }
        let log_level = o
            .log_level
            .or(raw.log_level)
            .unwrap_or_else(|| "info".to_string());
        if tracing_subscriber::EnvFilter::try_new(&log_level).is_err() {
            return Err(ConfigError::Invalid {
                key: "log_level",
                message: format!(
                    "{log_level:?} is not a log filter (try info, debug, podpulse=debug)"
                ),
            });
        }
        let explicit_node = o
            .node_name
            .or(raw.node_name)
            .filter(|n| !n.trim().is_empty());
        let apiserver = raw.sources.apiserver.enabled.unwrap_or(false)
            || o.kubeconfig.is_some()
            || raw.sources.apiserver.kubeconfig.is_some();
        if apiserver && explicit_node.is_none() {
            // The host name is a guess that is often wrong on cloud nodes; watching another
            // node's pods (or none) silently would be worse than refusing to start.
            return Err(ConfigError::Invalid {
                key: "node_name",
                message:
                    "the API server source needs the node name (--node-name or PODPULSE_NODE_NAME)"
                        .into(),
            });
        }
        let node_name = explicit_node.unwrap_or_else(hostname);
        let kubelet_period_seconds = raw.sources.kubelet.period_seconds.unwrap_or(10);
        if kubelet_period_seconds == 0 {
            return Err(ConfigError::Invalid {
                key: "sources.kubelet.period_seconds",
                message: "must be at least 1".into(),
            });
        }
        let ignored_keys: Vec<&'static str> = [
            ("probes.concurrency", raw.probes.concurrency.is_some()),
            (
                "probes.exec_concurrency",
                raw.probes.exec_concurrency.is_some(),
            ),
        ]
        .into_iter()
        .filter_map(|(k, set)| set.then_some(k))
        .collect();
        let metrics = crate::metrics::Selection::new(crate::metrics::SelectionSpec {
            profile: o
                .metrics_profile
                .or(raw.metrics.profile)
                .unwrap_or_default(),
            allowlist: raw.metrics.allowlist,
            denylist: raw.metrics.denylist,
            namespaces_include: raw.metrics.namespaces.include,
            namespaces_exclude: raw.metrics.namespaces.exclude,
            pod_labels: raw.metrics.pod_labels,
        })
        .map_err(|e| ConfigError::Invalid {
            key: e.key(),
            message: e.to_string(),
        })?;
        let journal = journal_settings(
            std::mem::take(&mut raw.journal),
            o.no_journal,
            o.journal_dir.clone(),
            o.runtime
                .or(raw.runtime)
                .unwrap_or(RuntimeSelection::Docker),
            o.cri_socket.as_deref().or(raw.cri_socket.as_deref()),
        )?;
        let server = server_settings(
            raw.server,
            o.detail_socket,
            o.detail_listen,
            o.web_config_file,
        )?;
        let cfg = Config {
            listen,
            node_name,
            log_format: o.log_format.or(raw.log_format).unwrap_or(LogFormat::Text),
            log_level,
            runtime: o
                .runtime
                .or(raw.runtime)
                .unwrap_or(RuntimeSelection::Docker),
            docker_socket: o
                .docker_socket
                .or(raw.docker_socket)
                .unwrap_or_else(|| PathBuf::from(DEFAULT_DOCKER_SOCKET)),
            cri_socket: o.cri_socket.or(raw.cri_socket),
            cgroup_root: raw
                .cgroup_root
                .unwrap_or_else(|| PathBuf::from(crate::runtime::cgroup::DEFAULT_CGROUP_ROOT)),
            state_dir: o
                .state_dir
                .or(raw.state_dir)
                .unwrap_or_else(|| PathBuf::from(DEFAULT_STATE_DIR)),
            shutdown_grace: std::time::Duration::from_secs(
                raw.shutdown_grace_seconds.unwrap_or(10),
            ),
            plain_namespace: plain_enabled.then_some(plain_ns),
            journal,
            sources: SourceSettings {
                apiserver,
                kubeconfig: o.kubeconfig.or(raw.sources.apiserver.kubeconfig),
                kubelet_url: o.kubelet_url.or(raw.sources.kubelet.url),
                kubelet_token_file: raw.sources.kubelet.token_file,
                kubelet_ca_file: raw.sources.kubelet.ca_file,
                kubelet_insecure_skip_verify: raw
                    .sources
                    .kubelet
                    .insecure_skip_verify
                    .unwrap_or(false),
                kubelet_period_seconds,
                manifest_dir: o.manifest_dir.or(raw.sources.manifests.dir),
            },
            probes: ProbeSettings {
                enabled: !o.no_probes && raw.probes.enabled.unwrap_or(true),
                exec: !o.no_exec_probes && raw.probes.exec.unwrap_or(true),
                foreign_hosts: raw.probes.foreign_hosts.unwrap_or(true),
                ignored_keys,
            },
            allowed_unsafe_sysctls: raw.classify.allowed_unsafe_sysctls.unwrap_or_default(),
            crashloop_reset_seconds: raw.classify.crashloop_reset_seconds.unwrap_or(600),
            metrics,
            server,
        };
        cfg.check_referenced()?;
        Ok(cfg)
    }

    /// What `run` would otherwise only find out once it is running, checked before anything
    /// starts (so `check-config` refuses it too): the journal rules file parses and compiles,
    /// the kubelet URL is http(s) with a host, and every file the config names for a source it
    /// enables is readable (a kubeconfig must also parse). Paths that belong to the node's
    /// environment rather than to the config (the in-cluster service account, the runtime
    /// socket, the static pod directory that the kubelet may create later) are not checked.
    fn check_referenced(&self) -> Result<(), ConfigError> {
        if self.journal.enabled {
            if let Some(path) = &self.journal.rules_file {
                crate::journal::rules::Rules::from_yaml_file(path).map_err(|e| {
                    ConfigError::Invalid {
                        key: "journal.rules_file",
                        message: e.to_string(),
                    }
                })?;
            }
            if let Some(dir) = &self.journal.directory {
                std::fs::read_dir(dir).map_err(|e| ConfigError::Invalid {
                    key: "journal.directory",
                    message: format!("cannot read {}: {e}", dir.display()),
                })?;
            }
        }
        let s = &self.sources;
        if let Some(url) = &s.kubelet_url {
            check_http_url("sources.kubelet.url", url)?;
            for (key, file) in [
                ("sources.kubelet.token_file", &s.kubelet_token_file),
                ("sources.kubelet.ca_file", &s.kubelet_ca_file),
            ] {
                if let Some(path) = file {
                    check_readable(key, path)?;
                }
            }
        }
        if s.apiserver {
            if let Some(path) = &s.kubeconfig {
                let settings = crate::pods::kubeconfig::load(path, None).map_err(|e| {
                    ConfigError::Invalid {
                        key: "sources.apiserver.kubeconfig",
                        message: e.to_string(),
                    }
                })?;
                check_http_url("sources.apiserver.kubeconfig (server)", &settings.base_url)?;
            }
        }
        Ok(())
    }
}

/// An endpoint URL the agent will GET from: http or https, with a host.
fn check_http_url(key: &'static str, text: &str) -> Result<(), ConfigError> {
    let url = url::Url::parse(text).map_err(|e| ConfigError::Invalid {
        key,
        message: format!("{text:?} is not a URL ({e})"),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ConfigError::Invalid {
            key,
            message: format!(
                "{text:?}: scheme {:?} is not supported (use https://, or http:// for a read-only port)",
                url.scheme()
            ),
        });
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(ConfigError::Invalid {
            key,
            message: format!("{text:?} has no host"),
        });
    }
    Ok(())
}

/// A file the agent reads at start: it must open and read now, not fail on the node later.
fn check_readable(key: &'static str, path: &Path) -> Result<(), ConfigError> {
    std::fs::read(path)
        .map(|_| ())
        .map_err(|e| ConfigError::Invalid {
            key,
            message: format!("cannot read {}: {e}", path.display()),
        })
}

/// `none` (any case) turns an endpoint off.
fn is_none_word(s: &str) -> bool {
    s.trim().eq_ignore_ascii_case("none")
}

fn server_settings(
    raw: RawServer,
    detail_socket: Option<String>,
    detail_listen: Option<String>,
    web_config_file: Option<PathBuf>,
) -> Result<ServerSettings, ConfigError> {
    let socket_text = detail_socket
        .or(raw.detail_socket)
        .unwrap_or_else(|| DEFAULT_DETAIL_SOCKET.to_string());
    let detail_socket = if is_none_word(&socket_text) {
        None
    } else if socket_text.trim().is_empty() || !socket_text.starts_with('/') {
        return Err(ConfigError::Invalid {
            key: "server.detail_socket",
            message: format!("{socket_text:?} is not an absolute path (or `none`)"),
        });
    } else {
        Some(PathBuf::from(socket_text))
    };
    let listen_text = detail_listen
        .or(raw.detail_listen)
        .unwrap_or_else(|| DEFAULT_DETAIL_LISTEN.to_string());
    let detail_listen = if is_none_word(&listen_text) {
        None
    } else {
        let addr: SocketAddr = listen_text.parse().map_err(|e| ConfigError::Invalid {
            key: "server.detail_listen",
            message: format!("{listen_text:?} is not an address:port ({e})"),
        })?;
        // The detail API carries termination messages, exec commands and journal lines: it
        // only ever listens where the node's own users (and `kubectl port-forward`) reach it.
        if !addr.ip().is_loopback() {
            return Err(ConfigError::Invalid {
                key: "server.detail_listen",
                message: format!(
                    "{addr} is not a loopback address; the detail API is served off the node \
                     only on --listen with --web-config-file authentication"
                ),
            });
        }
        Some(addr)
    };
    let d = crate::server::Limits::default();
    let limits = crate::server::Limits {
        header_read_timeout: raw
            .header_read_timeout_seconds
            .map_or(d.header_read_timeout, std::time::Duration::from_secs),
        idle_timeout: raw
            .idle_timeout_seconds
            .map_or(d.idle_timeout, std::time::Duration::from_secs),
        max_connections: raw.max_connections.unwrap_or(d.max_connections),
        max_header_bytes: raw.max_header_bytes.unwrap_or(d.max_header_bytes),
    };
    if limits.header_read_timeout.is_zero() || limits.idle_timeout.is_zero() {
        return Err(ConfigError::Invalid {
            key: "server.header_read_timeout_seconds",
            message: "server timeouts must be at least 1 second".into(),
        });
    }
    if limits.max_connections == 0 {
        return Err(ConfigError::Invalid {
            key: "server.max_connections",
            message: "must be at least 1".into(),
        });
    }
    if !(1024..=1 << 20).contains(&limits.max_header_bytes) {
        return Err(ConfigError::Invalid {
            key: "server.max_header_bytes",
            message: "must be between 1024 and 1048576".into(),
        });
    }
    let web_config_file = web_config_file.or(raw.web_config_file);
    if let Some(path) = &web_config_file {
        // Refuse a broken web config before binding: `check-config` and `run` agree.
        crate::server::webconfig::WebConfig::load(path).map_err(|e| ConfigError::Invalid {
            key: "server.web_config_file",
            message: e.to_string(),
        })?;
    }
    Ok(ServerSettings {
        detail_socket,
        detail_listen,
        web_config_file,
        limits,
    })
}

/// The kernel's host name, lowercased as the kubelet lowercases it for the node name.
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_lowercase())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}

fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_work_with_no_file() {
        let c = Config::build(RawConfig::default(), Overrides::default()).expect("defaults");
        assert_eq!(c.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(c.docker_socket, PathBuf::from(DEFAULT_DOCKER_SOCKET));
        assert_eq!(c.plain_namespace.as_deref(), Some("docker"));
        assert!(c.journal.enabled && c.probes.enabled);
    }

    #[test]
    fn journal_trusts_the_unit_and_follows_the_runtime_in_use() {
        let c = Config::build(RawConfig::default(), Overrides::default()).expect("defaults");
        assert_eq!(c.journal.units, ["kubelet.service"]);
        assert!(
            c.journal.identifiers.is_empty(),
            "SYSLOG_IDENTIFIER is opt-in"
        );
        assert_eq!(c.journal.runtime_units, ["docker.service"]);
        let raw = RawConfig::from_yaml(
            "runtime: cri\ncri_socket: /run/crio/crio.sock\njournal:\n  match_syslog_identifier: true\n",
        )
        .expect("yaml");
        let c = Config::build(raw, Overrides::default()).expect("valid");
        assert_eq!(c.journal.identifiers, ["kubelet"]);
        assert_eq!(c.journal.runtime_units, ["crio.service"]);
        let raw =
            RawConfig::from_yaml("runtime: cri\njournal:\n  runtime_units: []\n").expect("yaml");
        let c = Config::build(raw, Overrides::default()).expect("valid");
        assert!(
            c.journal.runtime_units.is_empty(),
            "an explicit empty list turns it off"
        );
        assert_eq!(
            default_runtime_units(RuntimeSelection::Cri, None),
            ["containerd.service"]
        );
    }

    #[test]
    fn detail_endpoints_default_on_and_none_turns_them_off() {
        let c = Config::build(RawConfig::default(), Overrides::default()).expect("defaults");
        assert_eq!(
            c.server.detail_socket.as_deref(),
            Some(Path::new(DEFAULT_DETAIL_SOCKET))
        );
        assert_eq!(
            c.server.detail_listen.map(|a| a.to_string()).as_deref(),
            Some(DEFAULT_DETAIL_LISTEN)
        );
        let raw = RawConfig::from_yaml("server:\n  detail_socket: none\n").expect("yaml");
        let c = Config::build(
            raw,
            Overrides {
                detail_listen: Some("None".into()),
                ..Default::default()
            },
        )
        .expect("valid");
        assert!(c.server.detail_socket.is_none() && c.server.detail_listen.is_none());
    }

    #[test]
    fn unknown_key_is_named() {
        let err =
            RawConfig::from_yaml("listen: 127.0.0.1:1\nlisten_adress: x\n").expect_err("unknown");
        assert!(err.contains("listen_adress"), "{err}");
        let err = RawConfig::from_yaml("journal:\n  unitz: []\n").expect_err("nested unknown");
        assert!(err.contains("unitz"), "{err}");
    }

    #[test]
    fn flags_and_env_win_over_file() {
        let raw =
            RawConfig::from_yaml("listen: 127.0.0.1:1000\ndocker_socket: /a.sock\n").expect("yaml");
        let c = Config::build(
            raw,
            Overrides {
                listen: Some("127.0.0.1:2000".into()),
                ..Default::default()
            },
        )
        .expect("valid");
        assert_eq!(c.listen.port(), 2000);
        assert_eq!(c.docker_socket, PathBuf::from("/a.sock"));
    }

    #[test]
    fn removed_probe_limits_still_parse_and_are_listed_as_ignored() {
        let raw = RawConfig::from_yaml("probes:\n  concurrency: 0\n  exec_concurrency: 8\n")
            .expect("yaml");
        let c = Config::build(raw, Overrides::default()).expect("valid");
        assert_eq!(
            c.probes.ignored_keys,
            vec!["probes.concurrency", "probes.exec_concurrency"]
        );
    }

    #[test]
    fn invalid_values_are_errors() {
        for (yaml, key) in [
            ("listen: nope\n", "listen"),
            (
                "plain_containers:\n  namespace: Bad_NS\n",
                "plain_containers.namespace",
            ),
            ("sources:\n  apiserver:\n    enabled: true\n", "node_name"),
            (
                "metrics:\n  allowlist: [a]\n  denylist: [b]\n",
                "metrics.allowlist",
            ),
            ("metrics:\n  denylist: ['podpulse_(']\n", "metrics.denylist"),
            (
                "metrics:\n  namespaces:\n    include: ['Kube*']\n",
                "metrics.namespaces.include",
            ),
            (
                "metrics:\n  pod_labels: ['bad key']\n",
                "metrics.pod_labels",
            ),
            (
                "journal:\n  identifiers: [kubelet]\n",
                "journal.identifiers",
            ),
            ("journal:\n  units: []\n", "journal.units"),
            (
                "server:\n  detail_listen: 0.0.0.0:9843\n",
                "server.detail_listen",
            ),
            (
                "server:\n  detail_socket: rel.sock\n",
                "server.detail_socket",
            ),
            ("server:\n  max_connections: 0\n", "server.max_connections"),
            (
                "server:\n  web_config_file: /nonexistent/web.yml\n",
                "server.web_config_file",
            ),
        ] {
            let raw = RawConfig::from_yaml(yaml).expect("yaml");
            match Config::build(raw, Overrides::default()) {
                Err(ConfigError::Invalid { key: k, .. }) => assert_eq!(k, key, "{yaml}"),
                other => panic!("{yaml}: {other:?}"),
            }
        }
    }

    /// A scratch directory for files a config names; removed on drop.
    struct Scratch(PathBuf);
    impl Scratch {
        fn new(label: &str) -> Scratch {
            let dir =
                std::env::temp_dir().join(format!("pp-config-{label}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("scratch dir");
            Scratch(dir)
        }
        fn file(&self, name: &str, text: &str) -> PathBuf {
            let p = self.0.join(name);
            std::fs::write(&p, text).expect("write scratch file");
            p
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn build_yaml(yaml: &str) -> Result<Config, ConfigError> {
        Config::build(
            RawConfig::from_yaml(yaml).expect("yaml"),
            Overrides::default(),
        )
    }

    #[test]
    fn what_run_would_fail_on_later_is_refused_now() {
        let dir = Scratch::new("refs");
        let good_rules = dir.file(
            "rules.yaml",
            "rules:\n  - match: 'my-csi: .* timed out'\n    reason: FailedMount\n",
        );
        let bad_regex = dir.file(
            "bad-regex.yaml",
            "rules:\n  - match: '(unclosed'\n    reason: FailedMount\n",
        );
        let bad_reason = dir.file(
            "bad-reason.yaml",
            "rules:\n  - match: 'x'\n    reason: NoSuchReason\n",
        );
        let not_yaml = dir.file("not-yaml.yaml", "rules: [\n");
        let token = dir.file("token", "abc");
        let kubeconfig_bad = dir.file("kubeconfig-bad", "clusters: 12\n");
        let kubeconfig_ftp = dir.file(
            "kubeconfig-ftp",
            "apiVersion: v1\nclusters:\n- name: c\n  cluster:\n    server: ftp://10.0.0.1\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\nusers:\n- name: u\n  user: {token: t}\n",
        );
        let missing = dir.0.join("missing");
        let p = |p: &PathBuf| p.display().to_string();

        assert!(build_yaml(&format!("journal:\n  rules_file: {}\n", p(&good_rules))).is_ok());
        // A journal that is off reads no rules file.
        assert!(build_yaml(&format!(
            "journal:\n  enabled: false\n  rules_file: {}\n",
            p(&missing)
        ))
        .is_ok());
        let refused: Vec<(String, &str)> = vec![
            (format!("journal:\n  rules_file: {}\n", p(&bad_regex)), "journal.rules_file"),
            (format!("journal:\n  rules_file: {}\n", p(&bad_reason)), "journal.rules_file"),
            (format!("journal:\n  rules_file: {}\n", p(&not_yaml)), "journal.rules_file"),
            (format!("journal:\n  rules_file: {}\n", p(&missing)), "journal.rules_file"),
            (format!("journal:\n  directory: {}\n", p(&missing)), "journal.directory"),
            ("sources:\n  kubelet:\n    url: ftp://127.0.0.1:10250\n".to_string(), "sources.kubelet.url"),
            ("sources:\n  kubelet:\n    url: 127.0.0.1:10250\n".to_string(), "sources.kubelet.url"),
            ("sources:\n  kubelet:\n    url: 'https://'\n".to_string(), "sources.kubelet.url"),
            (
                format!("sources:\n  kubelet:\n    url: https://127.0.0.1:10250\n    token_file: {}\n", p(&missing)),
                "sources.kubelet.token_file",
            ),
            (
                format!("sources:\n  kubelet:\n    url: https://127.0.0.1:10250\n    token_file: {}\n    ca_file: {}\n", p(&token), p(&missing)),
                "sources.kubelet.ca_file",
            ),
            (
                format!("node_name: n1\nsources:\n  apiserver:\n    kubeconfig: {}\n", p(&missing)),
                "sources.apiserver.kubeconfig",
            ),
            (
                format!("node_name: n1\nsources:\n  apiserver:\n    kubeconfig: {}\n", p(&kubeconfig_bad)),
                "sources.apiserver.kubeconfig",
            ),
            (
                format!("node_name: n1\nsources:\n  apiserver:\n    kubeconfig: {}\n", p(&kubeconfig_ftp)),
                "sources.apiserver.kubeconfig (server)",
            ),
        ];
        for (yaml, key) in &refused {
            match build_yaml(yaml) {
                Err(ConfigError::Invalid { key: k, message }) => {
                    assert_eq!(k, *key, "{yaml}: {message}");
                    assert!(!message.is_empty());
                }
                other => panic!("{yaml}: expected {key} refused, got {other:?}"),
            }
        }
        // Readable token over https: fine.
        assert!(build_yaml(&format!(
            "sources:\n  kubelet:\n    url: https://127.0.0.1:10250\n    token_file: {}\n",
            p(&token)
        ))
        .is_ok());
    }
}
