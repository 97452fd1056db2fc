//! The exec probe: a port of the kubelet's `pkg/probe/exec` over our runtime trait. The command
//! is the pod's own exec probe command and nothing else; exit 0 passes, any other exit fails.
//! The output of a failing command is kept as the run's message, capped at 10 KiB as the kubelet
//! caps it (`maxReadLength`); the output of a passing command is dropped here, at once: the
//! kubelet publishes nothing of a passing probe, and a command may print whatever it can read.
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
        ProbeRun::not_passed(
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
        Ok(out) if out.exit_code == 0 => ProbeRun::passed(format!("exec `{shown}` exit 0")),
        Ok(out) => {
            let text =
                String::from_utf8_lossy(&out.output[..out.output.len().min(MAX_PROBE_OUTPUT)])
                    .into_owned();
            let first = truncate_utf8(text.lines().next().unwrap_or("").to_string(), 120);
            let summary = if first.is_empty() {
                format!("exec `{shown}` exit {}", out.exit_code)
            } else {
                format!("exec `{shown}` exit {}: {first}", out.exit_code)
            };
            ProbeRun::not_passed(ProbeResult::Failure, text, summary)
        }
        Err(ExecError::Timeout(_)) => timed_out(&shown),
        Err(e) => {
            let msg = e.to_string();
            ProbeRun::not_passed(
                ProbeResult::Error,
                msg.clone(),
                format!("exec `{shown}` errored: {}", truncate_utf8(msg, 160)),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use async_trait::async_trait;
    use tokio::sync::mpsc;
    use tokio_util::sync::CancellationToken;

    use super::*;
    use crate::model::{Container, ExecOutput, RuntimeEvent, RuntimeKind};
    use crate::runtime::RuntimeError;

    /// Answers every exec with a fixed outcome, optionally after a delay.
    struct Fixed(Result<ExecOutput, ExecError>, Duration);

    #[async_trait]
    impl Runtime for Fixed {
        fn kind(&self) -> RuntimeKind {
            RuntimeKind::Cri
        }
        fn endpoint(&self) -> String {
            String::new()
        }
        async fn version(&self) -> Result<String, RuntimeError> {
            Ok(String::new())
        }
        async fn list(&self) -> Result<Vec<Container>, RuntimeError> {
            Ok(Vec::new())
        }
        async fn watch(
            &self,
            _tx: mpsc::Sender<RuntimeEvent>,
            _cancel: CancellationToken,
        ) -> Result<(), RuntimeError> {
            Ok(())
        }
        async fn exec(
            &self,
            _id: &ContainerId,
            _cmd: &[String],
            _timeout: Duration,
        ) -> Result<ExecOutput, ExecError> {
            tokio::time::sleep(self.1).await;
            copy(&self.0)
        }
        async fn images(&self) -> Result<Vec<String>, RuntimeError> {
            Ok(Vec::new())
        }
    }

    /// `ExecError` is not `Clone` (a shared type); copy it by hand for the fake.
    fn copy(r: &Result<ExecOutput, ExecError>) -> Result<ExecOutput, ExecError> {
        match r {
            Ok(o) => Ok(o.clone()),
            Err(ExecError::Timeout(d)) => Err(ExecError::Timeout(*d)),
            Err(ExecError::NotRunning(m)) => Err(ExecError::NotRunning(m.clone())),
            Err(ExecError::Failed(m)) => Err(ExecError::Failed(m.clone())),
            Err(ExecError::Unreachable(m)) => Err(ExecError::Unreachable(m.clone())),
        }
    }

    fn out(code: i64, text: &[u8]) -> Result<ExecOutput, ExecError> {
        Ok(ExecOutput {
            exit_code: code,
            output: text.to_vec(),
        })
    }

    /// The kubelet's exec_test.go table, through our runtime trait; a passing command's output
    /// is never kept (the kubelet's table expects it back from `Probe`, but the kubelet never
    /// publishes it, and neither may we), a failing command's is, capped at 10 KiB.
    #[tokio::test]
    async fn exec_prober_table() {
        let eleven_kib = vec![b'A'; 11 * 1024];
        let cases: Vec<(Result<ExecOutput, ExecError>, ProbeResult, usize, &str)> = vec![
            (out(0, b"OK"), ProbeResult::Success, 0, ""),
            (out(0, &eleven_kib), ProbeResult::Success, 0, ""),
            (out(0, b""), ProbeResult::Success, 0, ""),
            (out(1, b"FAIL"), ProbeResult::Failure, 4, "FAIL"),
            (
                out(1, &eleven_kib),
                ProbeResult::Failure,
                MAX_PROBE_OUTPUT,
                "AAAA",
            ),
            (
                out(126, b"OCI runtime exec failed"),
                ProbeResult::Failure,
                23,
                "OCI",
            ),
            (
                Err(ExecError::Failed("test error".into())),
                ProbeResult::Error,
                23,
                "exec failed: test error",
            ),
            (
                Err(ExecError::Timeout(Duration::from_secs(1))),
                ProbeResult::Timeout,
                25,
                "command \"probe\" timed out",
            ),
            (
                Err(ExecError::NotRunning("gone".into())),
                ProbeResult::Error,
                27,
                "container not running",
            ),
        ];
        let id = ContainerId("c".into());
        let cmd = vec!["probe".to_string()];
        for (outcome, want, len, text) in cases {
            let rt = Fixed(copy(&outcome), Duration::ZERO);
            let run = probe(&rt, &id, &cmd, Duration::from_secs(1)).await;
            assert_eq!(run.result, want, "{outcome:?}");
            assert_eq!(run.message().len(), len, "{outcome:?}: {:?}", run.message());
            assert!(
                run.message().starts_with(text),
                "{outcome:?}: {:?}",
                run.message()
            );
            if want == ProbeResult::Success {
                assert!(
                    !run.summary.contains('A') && !run.summary.contains("OK"),
                    "{run:?}"
                );
            }
        }
    }

    #[tokio::test]
    async fn a_runtime_that_ignores_the_deadline_cannot_hang_the_probe() {
        let rt = Fixed(out(0, b"late"), Duration::from_secs(60));
        let start = std::time::Instant::now();
        let run = probe(
            &rt,
            &ContainerId("c".into()),
            &["sleep".into()],
            Duration::from_millis(50),
        )
        .await;
        assert_eq!(run.result, ProbeResult::Timeout);
        assert!(start.elapsed() < GUARD_GRACE + Duration::from_secs(1));
    }
}
