//! The exec probe: a port of the kubelet's `pkg/probe/exec` over our runtime trait. The command
//! is the pod's own exec probe command and nothing else; exit 0 passes, any other exit fails,
//! output is capped at 10 KiB.
//!
//! The runtime enforces the probe's timeout (Docker: our deadline; CRI: `ExecSync` timeout); a
//! guard deadline here makes sure a runtime that ignores it cannot hang the worker. A runtime
//! *error* (the CRI's "OCI runtime exec failed" for a missing binary, an unreachable runtime, a
//! container that just went away) is the kubelet's "probe errored": retried and not counted.
//! Docker reports a missing binary as exit code 126, which is an ordinary failure.

use std::time::Duration;

use crate::model::ContainerId;
use crate::runtime::{ExecError, Runtime};

use super::{truncate_utf8, ProbeResult, ProbeRun, MAX_PROBE_OUTPUT};

/// Extra time the runtime gets beyond the probe's timeout before the guard gives up on it.
const GUARD_GRACE: Duration = Duration::from_secs(2);

/// Runs `command` in container `id` through the runtime.
pub async fn probe(
    runtime: &dyn Runtime,
    id: &ContainerId,
    command: &[String],
    timeout: Duration,
) -> ProbeRun {
    let shown = command.join(" ");
    let timed_out = |shown: &str| {
        ProbeRun::new(
            ProbeResult::Timeout,
            format!("command {shown:?} timed out"),
            format!("exec `{shown}` timed out after {timeout:?}"),
        )
    };
    let out = match tokio::time::timeout(timeout + GUARD_GRACE, runtime.exec(id, command, timeout))
        .await
    {
        Ok(r) => r,
        Err(_) => return timed_out(&shown),
    };
    match out {
        Ok(out) => {
            let text =
                String::from_utf8_lossy(&out.output[..out.output.len().min(MAX_PROBE_OUTPUT)])
                    .into_owned();
            let first = text.lines().next().unwrap_or("").to_string();
            let first = truncate_utf8(first, 120);
            if out.exit_code == 0 {
                ProbeRun::new(ProbeResult::Success, text, format!("exec `{shown}` exit 0"))
            } else {
                let summary = if first.is_empty() {
                    format!("exec `{shown}` exit {}", out.exit_code)
                } else {
                    format!("exec `{shown}` exit {}: {first}", out.exit_code)
                };
                ProbeRun::new(ProbeResult::Failure, text, summary)
            }
        }
        Err(ExecError::Timeout(_)) => timed_out(&shown),
        Err(e) => {
            let msg = e.to_string();
            ProbeRun::new(
                ProbeResult::Error,
                msg.clone(),
                format!("exec `{shown}` errored: {}", truncate_utf8(msg, 160)),
            )
        }
    }
}
