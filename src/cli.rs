//! The command line: `run` (the default), `check-config`, `pods`, `describe`, `explain`,
//! `kubelet-log`, `completion`. Parsing only; each command's work lives in its own module.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{LogFormat, Overrides, RuntimeSelection};

#[derive(Debug, Parser)]
#[command(
    name = "podpulse",
    version = crate::metrics::build::LONG_VERSION,
    about = "Per-pod health from the node: runtime, kubelet journal and probes, for Prometheus",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub run: RunArgs,
}

// Parsed once per process: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the agent (the default when no command is given).
    Run(RunArgs),
    /// Validate a config file; exits non-zero with the reason when it is invalid.
    CheckConfig {
        /// The YAML config file.
        file: PathBuf,
    },
    /// This node's pods from a running agent, like `kubectl get pods -A` plus a diagnosis.
    Pods {
        #[command(flatten)]
        agent: AgentArgs,
        /// Output format: the table (default), wide (adds IP and NODE), json or yaml.
        #[arg(short = 'o', long = "output", value_enum)]
        output: Option<PodsOutput>,
        /// Only pods of this namespace.
        #[arg(short = 'n', long = "namespace")]
        namespace: Option<String>,
        /// Print the table without its header line.
        #[arg(long = "no-headers")]
        no_headers: bool,
    },
    /// One pod's full diagnosis from a running agent.
    Describe {
        /// NAMESPACE/NAME, or NAME with -n.
        #[arg(required_unless_present = "uid")]
        target: Option<String>,
        /// The pod's namespace (instead of NAMESPACE/ in the target).
        #[arg(short = 'n', long = "namespace")]
        namespace: Option<String>,
        /// The pod's uid instead of its name: any instance, also one that a pod recreated under
        /// the same name has superseded.
        #[arg(long = "uid", conflicts_with_all = ["target", "namespace"])]
        uid: Option<String>,
        #[command(flatten)]
        agent: AgentArgs,
    },
    /// Prints a shell completion script: `source <(podpulse completion bash)`.
    Completion {
        #[arg(value_enum)]
        shell: CompletionShell,
    },
    /// Status and diagnosis for a saved `kubectl get pods -o json` (or YAML), offline.
    Explain {
        /// The file, or `-` for standard input.
        #[arg(short = 'f', long = "filename")]
        file: String,
        #[arg(short = 'o', long = "output", value_enum)]
        output: Option<TableOutput>,
        /// Judge pod sysctls as a kubelet with this --allowed-unsafe-sysctls would (repeatable).
        #[arg(long = "allowed-unsafe-sysctls", value_delimiter = ',')]
        allowed_unsafe_sysctls: Vec<String>,
    },
    /// Attributes kubelet log lines (klog, journalctl short or JSON output) to pods and reasons.
    KubeletLog {
        /// The file; standard input when absent or `-`.
        #[arg(short = 'f', long = "filename")]
        file: Option<String>,
        #[arg(short = 'o', long = "output", value_enum)]
        output: Option<JsonOutput>,
        /// Extra rules (YAML `rules:` list of regex → reason), as in the agent's journal config.
        #[arg(long)]
        rules: Option<PathBuf>,
    },
}

/// Where `pods` and `describe` find the agent: its unix socket unless a URL is given.
#[derive(Debug, Clone, Args)]
pub struct AgentArgs {
    /// The agent's detail API over HTTP, e.g. http://127.0.0.1:9843 (after `kubectl
    /// port-forward`); by default the agent's unix socket is used.
    #[arg(long, env = "PODPULSE_AGENT")]
    pub agent: Option<String>,
    /// The agent's unix socket.
    #[arg(long = "socket", env = "PODPULSE_DETAIL_SOCKET", default_value = crate::config::DEFAULT_DETAIL_SOCKET)]
    pub socket: String,
}

impl AgentArgs {
    pub fn target(&self) -> crate::client::Target {
        match &self.agent {
            Some(url) => crate::client::Target::Url(url.clone()),
            None => crate::client::Target::Socket(PathBuf::from(&self.socket)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableOutput {
    Wide,
    Json,
}

/// `podpulse pods -o`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PodsOutput {
    Wide,
    Json,
    Yaml,
}

/// The shells `podpulse completion` writes a script for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

impl From<CompletionShell> for clap_complete::Shell {
    fn from(s: CompletionShell) -> Self {
        match s {
            CompletionShell::Bash => clap_complete::Shell::Bash,
            CompletionShell::Zsh => clap_complete::Shell::Zsh,
            CompletionShell::Fish => clap_complete::Shell::Fish,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JsonOutput {
    Json,
}

#[derive(Debug, Clone, Default, Args)]
pub struct RunArgs {
    /// YAML config file; flags and PODPULSE_* variables override it.
    #[arg(long, env = "PODPULSE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Address to serve /metrics, /healthz and /readyz on [default: 0.0.0.0:9842]; the detail
    /// API (/pods) only when it is loopback or --web-config-file sets up authentication.
    #[arg(long, env = "PODPULSE_LISTEN")]
    pub listen: Option<String>,
    /// Unix socket (mode 0600) for the detail API and `podpulse pods`, or `none`
    /// [default: /run/podpulse/podpulse.sock].
    #[arg(long, env = "PODPULSE_DETAIL_SOCKET")]
    pub detail_socket: Option<String>,
    /// Loopback address for the detail API (reach it with `kubectl port-forward`), or `none`
    /// [default: 127.0.0.1:9843].
    #[arg(long, env = "PODPULSE_DETAIL_LISTEN")]
    pub detail_listen: Option<String>,
    /// Prometheus exporter-toolkit web config (TLS, client CA, basic auth) for --listen.
    #[arg(long, env = "PODPULSE_WEB_CONFIG_FILE")]
    pub web_config_file: Option<PathBuf>,
    /// Docker Engine socket [default: /var/run/docker.sock].
    #[arg(long, env = "PODPULSE_DOCKER_SOCKET")]
    pub docker_socket: Option<PathBuf>,
    /// Container runtime back-end [default: docker].
    #[arg(long, env = "PODPULSE_RUNTIME", value_enum)]
    pub runtime: Option<RuntimeSelection>,
    /// CRI socket (containerd, CRI-O) for --runtime cri.
    #[arg(long, env = "PODPULSE_CRI_SOCKET")]
    pub cri_socket: Option<PathBuf>,
    #[arg(long, env = "PODPULSE_LOG_FORMAT", value_enum)]
    pub log_format: Option<LogFormat>,
    /// Log filter, e.g. `info` or `podpulse=debug`.
    #[arg(long, env = "PODPULSE_LOG_LEVEL")]
    pub log_level: Option<String>,
    /// This node's name (the downward API's spec.nodeName).
    #[arg(long, env = "PODPULSE_NODE_NAME")]
    pub node_name: Option<String>,
    /// Watch this node's pods on the API server, with this kubeconfig (in-cluster config when
    /// enabled in the file without one).
    #[arg(long, env = "PODPULSE_KUBECONFIG")]
    pub kubeconfig: Option<PathBuf>,
    /// Poll the kubelet's /pods at this URL.
    #[arg(long, env = "PODPULSE_KUBELET_URL")]
    pub kubelet_url: Option<String>,
    /// The kubelet's static pod directory.
    #[arg(long, env = "PODPULSE_MANIFEST_DIR")]
    pub manifest_dir: Option<PathBuf>,
    /// Read the kubelet journal from this directory (or a prefix holding var/log/journal).
    #[arg(long, env = "PODPULSE_JOURNAL_DIR")]
    pub journal_dir: Option<PathBuf>,
    /// Do not read the journal.
    #[arg(long, env = "PODPULSE_NO_JOURNAL")]
    pub no_journal: bool,
    /// Where the journal cursor is kept [default: /var/lib/podpulse].
    #[arg(long, env = "PODPULSE_STATE_DIR")]
    pub state_dir: Option<PathBuf>,
    /// Run no probes.
    #[arg(long, env = "PODPULSE_NO_PROBES")]
    pub no_probes: bool,
    /// Run no exec probes (read-only mode: nothing runs inside containers).
    #[arg(long, env = "PODPULSE_NO_EXEC_PROBES")]
    pub no_exec_probes: bool,
    /// Ignore containers that no kubelet created.
    #[arg(long, env = "PODPULSE_NO_PLAIN_CONTAINERS")]
    pub no_plain_containers: bool,
    /// Namespace for containers that no kubelet created [default: docker].
    #[arg(long, env = "PODPULSE_PLAIN_NAMESPACE")]
    pub plain_namespace: Option<String>,
    /// Which series to export: `full`, or `lean` (what the alerts and dashboard need) [default: full].
    #[arg(long, env = "PODPULSE_METRICS_PROFILE", value_enum)]
    pub metrics_profile: Option<crate::metrics::Profile>,
}

impl RunArgs {
    pub fn overrides(&self) -> Overrides {
        Overrides {
            listen: self.listen.clone(),
            node_name: self.node_name.clone(),
            log_format: self.log_format,
            log_level: self.log_level.clone(),
            runtime: self.runtime,
            docker_socket: self.docker_socket.clone(),
            cri_socket: self.cri_socket.clone(),
            state_dir: self.state_dir.clone(),
            kubeconfig: self.kubeconfig.clone(),
            kubelet_url: self.kubelet_url.clone(),
            manifest_dir: self.manifest_dir.clone(),
            journal_dir: self.journal_dir.clone(),
            no_journal: self.no_journal,
            no_probes: self.no_probes,
            no_exec_probes: self.no_exec_probes,
            no_plain_containers: self.no_plain_containers,
            plain_namespace: self.plain_namespace.clone(),
            metrics_profile: self.metrics_profile,
            detail_socket: self.detail_socket.clone(),
            detail_listen: self.detail_listen.clone(),
            web_config_file: self.web_config_file.clone(),
        }
    }
}
