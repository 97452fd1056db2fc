//! podpulse's entry point: parse the command line, validate the config, start. Bad config exits
//! with its own code before anything binds or connects.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use podpulse::cli::{Cli, Command, PodsOutput, RunArgs};
use podpulse::config::{Config, RawConfig};
use podpulse::health::table::{self, Layout, ListFormat, ListOptions};

/// Exit codes: 0 success, 1 runtime failure, 2 usage (clap), 3 invalid config, 4 cannot listen.
const EXIT_FAILURE: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_CONFIG: u8 = 3;
const EXIT_LISTEN: u8 = 4;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => run(cli.run),
        Some(Command::Run(args)) => run(args),
        Some(Command::CheckConfig { file }) => check_config(&file),
        Some(Command::Pods {
            agent,
            output,
            namespace,
            no_headers,
        }) => pods(&agent.target(), output, namespace.as_deref(), no_headers),
        Some(Command::Describe {
            target,
            namespace,
            uid,
            agent,
        }) => describe(
            &agent.target(),
            target.as_deref(),
            namespace.as_deref(),
            uid.as_deref(),
        ),
        Some(Command::Completion { shell }) => {
            let mut out = Vec::with_capacity(32 << 10);
            clap_complete::generate(
                clap_complete::Shell::from(shell),
                &mut Cli::command(),
                "podpulse",
                &mut out,
            );
            write_stdout(&out)
        }
        Some(Command::Explain {
            file,
            output,
            allowed_unsafe_sysctls,
        }) => {
            let args = podpulse::explain::ExplainArgs {
                file,
                json: output == Some(podpulse::cli::TableOutput::Json),
                wide: output == Some(podpulse::cli::TableOutput::Wide),
                allowed_unsafe_sysctls,
            };
            let code = podpulse::explain::run(
                args,
                &mut std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
                &mut std::io::stderr().lock(),
            );
            ExitCode::from(u8::try_from(code).unwrap_or(EXIT_FAILURE))
        }
        Some(Command::KubeletLog {
            file,
            output,
            rules,
        }) => {
            use podpulse::journal::offline::{kubelet_log_run, KubeletLogArgs, OutputFormat};
            let args = KubeletLogArgs {
                file: file.filter(|f| f != "-").map(std::path::PathBuf::from),
                output: if output == Some(podpulse::cli::JsonOutput::Json) {
                    OutputFormat::Json
                } else {
                    OutputFormat::Table
                },
                rules_file: rules,
            };
            let code = kubelet_log_run(
                args,
                &mut std::io::stdin().lock(),
                &mut std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            );
            ExitCode::from(u8::try_from(code).unwrap_or(EXIT_FAILURE))
        }
    }
}

/// `podpulse pods`: the agent's `/pods`, shaped by `-o`, `-n` and `--no-headers`.
fn pods(
    agent: &podpulse::client::Target,
    output: Option<PodsOutput>,
    namespace: Option<&str>,
    no_headers: bool,
) -> ExitCode {
    let body = match podpulse::client::get(agent, "/pods") {
        Ok(b) => b,
        Err(e) => {
            eprintln!("podpulse: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let format = match output {
        None => ListFormat::Table,
        Some(PodsOutput::Wide) => ListFormat::Wide,
        Some(PodsOutput::Json) => ListFormat::Json,
        Some(PodsOutput::Yaml) => ListFormat::Yaml,
    };
    let node = local_node_name();
    let opts = ListOptions {
        format,
        namespace,
        headers: !no_headers,
        node: Some(&node),
    };
    match table::render_pod_list(&body, &opts, podpulse::time::now()) {
        Ok((_, 0)) if matches!(format, ListFormat::Table | ListFormat::Wide) => {
            // kubectl's wording, on stderr, so a script reading stdout sees no rows.
            match namespace {
                Some(ns) => eprintln!("No pods found in {ns} namespace on this node."),
                None => eprintln!("No pods found on this node."),
            }
            ExitCode::SUCCESS
        }
        Ok((text, _)) => write_stdout(text.as_bytes()),
        Err(e) => {
            eprintln!("podpulse: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// `podpulse describe`: the agent's text, with every control character a container could have
/// put in it (termination messages, probe output, journal lines) removed before it reaches
/// the terminal.
fn describe(
    agent: &podpulse::client::Target,
    target: Option<&str>,
    namespace: Option<&str>,
    uid: Option<&str>,
) -> ExitCode {
    let path = match (uid, target.map(|t| t.split_once('/')), namespace) {
        // A uid is one path segment: anything that would make it more is not a uid.
        (Some(uid), _, _) if uid.is_empty() || uid.contains(['/', '?', '#', '%']) => {
            eprintln!(
                "podpulse: --uid takes a pod uid, such as 0b0c4e5a-3c1f-4b8e-9d6a-2f1e0c9b7a11"
            );
            return ExitCode::from(EXIT_USAGE);
        }
        (Some(uid), _, _) => format!("/pods/{uid}/describe"),
        (None, Some(Some((ns, name))), None) => format!("/pods/{ns}/{name}/describe"),
        (None, Some(None), Some(ns)) => format!("/pods/{ns}/{}/describe", target.unwrap_or("")),
        (None, Some(Some(_)), Some(_)) => {
            eprintln!("podpulse: give the pod as NAMESPACE/NAME or as NAME with -n, not both");
            return ExitCode::from(EXIT_USAGE);
        }
        _ => {
            eprintln!(
                "podpulse: give the pod as NAMESPACE/NAME (or NAME with -n NAMESPACE, or --uid UID)"
            );
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match podpulse::client::get(agent, &path) {
        Ok(body) => {
            let text = String::from_utf8_lossy(&body);
            write_stdout(table::sanitize(&text, Layout::Block).as_bytes())
        }
        Err(e) => {
            eprintln!("podpulse: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// The node this CLI runs on, as the agent names it: `PODPULSE_NODE_NAME` (the DaemonSet sets it
/// from spec.nodeName, so `kubectl exec … podpulse pods` has it), else the host name, the
/// agent's own default.
fn local_node_name() -> String {
    std::env::var("PODPULSE_NODE_NAME")
        .ok()
        .filter(|n| !n.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/proc/sys/kernel/hostname")
                .ok()
                .map(|h| h.trim().to_lowercase())
                .filter(|h| !h.is_empty())
        })
        .unwrap_or_else(|| "localhost".to_string())
}

/// Writes to stdout; a closed pipe (`podpulse pods | head`) is not an error.
fn write_stdout(bytes: &[u8]) -> ExitCode {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("podpulse: cannot write to stdout: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn load(args: &RunArgs) -> Result<Config, String> {
    let raw = match &args.config {
        Some(path) => RawConfig::from_file(path).map_err(|e| e.to_string())?,
        None => RawConfig::default(),
    };
    Config::build(raw, args.overrides()).map_err(|e| e.to_string())
}

fn check_config(file: &std::path::Path) -> ExitCode {
    let args = RunArgs {
        config: Some(file.to_path_buf()),
        ..Default::default()
    };
    match load(&args) {
        Ok(_) => {
            println!("{}: ok", file.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("podpulse: {e}");
            ExitCode::from(EXIT_CONFIG)
        }
    }
}

fn run(args: RunArgs) -> ExitCode {
    let cfg = match load(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("podpulse: {e}");
            return ExitCode::from(EXIT_CONFIG);
        }
    };
    podpulse::telemetry::init(cfg.log_format, &cfg.log_level);
    // One thread runs every task: the agent's work is many small I/O waits (probes, the runtime's
    // event stream, scrapes), and a second worker only added cross-thread wake-ups (futex,
    // context switches) that cost more than the work they spread. Blocking work (file scans,
    // the journal) has its own threads.
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("podpulse: cannot start the async runtime: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    match rt.block_on(podpulse::app::run(cfg)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e @ podpulse::app::AppError::Server(_)) => {
            tracing::error!(error = %e, "cannot serve");
            ExitCode::from(EXIT_LISTEN)
        }
        Err(e) => {
            tracing::error!(error = %e, "podpulse failed");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
