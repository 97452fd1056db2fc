//! podpulse's entry point: parse the command line, validate the config, start. Bad config exits
//! with its own code before anything binds or connects.

use std::process::ExitCode;

use clap::Parser;

use podpulse::cli::{Cli, Command, RunArgs};
use podpulse::config::{Config, RawConfig};

/// Exit codes: 0 success, 1 runtime failure, 2 usage (clap), 3 invalid config, 4 cannot listen.
const EXIT_FAILURE: u8 = 1;
const EXIT_CONFIG: u8 = 3;
const EXIT_LISTEN: u8 = 4;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => run(cli.run),
        Some(Command::Run(args)) => run(args),
        Some(Command::CheckConfig { file }) => check_config(&file),
        Some(Command::Pods { agent, output }) => podpulse::client::pods(&agent.target(), output),
        Some(Command::Describe { target, agent }) => {
            podpulse::client::describe(&agent.target(), &target)
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
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
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
