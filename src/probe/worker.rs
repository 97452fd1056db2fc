//! The per-probe state machine: a port of `doProbe` in the kubelet's
//! `pkg/kubelet/prober/worker.go`, without I/O, so every rule is a table test.
//!
//! Rules kept: the verdict of a new container is the kind's initial value (readiness failure,
//! liveness success, startup unknown) and a new container lifts a hold; a container that is not
//! running is a failure; `restartPolicy: Never` plus a terminated container stops the worker; on a
//! pod being deleted liveness and startup record success and stop, readiness continues;
//! `initialDelaySeconds` counts from the container's start (whole seconds, truncated, as Go's
//! `int32(...Seconds())`); startup gates the other kinds and stops itself once the container has
//! started; thresholds count consecutive identical results; an error result is thrown away; a
//! liveness failure or any startup verdict at its threshold holds the worker until a new
//! container appears (the kubelet would restart the container; we only observe, so the verdict
//! stays until the runtime shows a new container).

use crate::model::ContainerId;

use super::{ProbeKind, ProbeResult, ProbeTarget, TargetContainer, Timing, Verdict};

/// What the worker does on this tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing to run now; keep ticking.
    Wait,
    /// Run the handler and feed the result to [`WorkerState::after`].
    Probe,
    /// The worker is done for this target (the kubelet's `keepGoing == false`).
    Stop,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WorkerState {
    kind: ProbeKind,
    container_id: Option<ContainerId>,
    /// The results manager's value for `container_id`.
    verdict: Verdict,
    last_result: Option<Verdict>,
    result_run: u32,
    on_hold: bool,
    /// `result_run` as last shown to operators: not zeroed by a hold, zeroed by a new container.
    shown_run: u32,
}

impl WorkerState {
    pub fn new(kind: ProbeKind) -> Self {
        WorkerState {
            kind,
            container_id: None,
            verdict: Verdict::initial(kind),
            last_result: None,
            result_run: 0,
            on_hold: false,
            shown_run: 0,
        }
    }

    pub fn verdict(&self) -> Verdict {
        self.verdict
    }

    pub fn container_id(&self) -> Option<&ContainerId> {
        self.container_id.as_ref()
    }

    pub fn on_hold(&self) -> bool {
        self.on_hold
    }

    /// Consecutive (successes, failures) as operators see them.
    pub fn consecutive(&self) -> (u32, u32) {
        match self.last_result {
            Some(Verdict::Success) => (self.shown_run, 0),
            Some(Verdict::Failure) => (0, self.shown_run),
            _ => (0, 0),
        }
    }

    /// The part of `doProbe` before the handler runs. `started` is the container's `Started`
    /// flag (its startup probe has passed, or it has none and is running); `now` is Unix seconds.
    pub fn before(&mut self, target: &ProbeTarget, started: bool, now: f64) -> Step {
        if target.pod_finished {
            // The pod is terminated: exit without touching the result.
            return Step::Stop;
        }
        let Some(id) = target.container.id() else {
            // Not created yet, or already removed: wait for more information.
            return Step::Wait;
        };
        if self.container_id.as_ref() != Some(id) {
            self.container_id = Some(id.clone());
            self.verdict = Verdict::initial(self.kind);
            self.on_hold = false;
            self.shown_run = 0;
        }
        if self.on_hold {
            return Step::Wait;
        }
        let started_at = match &target.container {
            TargetContainer::Running { started_at, .. } => *started_at,
            TargetContainer::NotRunning { terminated, .. } => {
                self.verdict = Verdict::Failure;
                return if *terminated && target.restart_never {
                    Step::Stop
                } else {
                    Step::Wait
                };
            }
            TargetContainer::Missing => return Step::Wait,
        };
        if target.deleting && matches!(self.kind, ProbeKind::Liveness | ProbeKind::Startup) {
            // Set a last result to ensure a quiet shutdown, then stop probing.
            self.verdict = Verdict::Success;
            return Step::Stop;
        }
        if let Some(start) = started_at {
            let since = (now - start) as i64;
            let delay = target.spec.timing.initial_delay.as_secs() as i64;
            if since < delay {
                return Step::Wait;
            }
        }
        if started {
            if self.kind == ProbeKind::Startup {
                return Step::Wait;
            }
        } else if self.kind != ProbeKind::Startup {
            return Step::Wait;
        }
        Step::Probe
    }

    /// The part of `doProbe` after the handler ran.
    pub fn after(&mut self, result: ProbeResult, timing: &Timing) {
        let Some(result) = result.verdict() else {
            // Prober error: throw the result away.
            return;
        };
        if self.last_result == Some(result) {
            self.result_run = self.result_run.saturating_add(1);
        } else {
            self.last_result = Some(result);
            self.result_run = 1;
        }
        self.shown_run = self.result_run;
        if (result == Verdict::Failure && self.result_run < timing.failure_threshold)
            || (result == Verdict::Success && self.result_run < timing.success_threshold)
        {
            return;
        }
        self.verdict = result;
        if (self.kind == ProbeKind::Liveness && result == Verdict::Failure)
            || self.kind == ProbeKind::Startup
        {
            self.on_hold = true;
            self.result_run = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;
    use crate::model::PodRef;
    use crate::probe::{Handler, ProbeKey, ProbeSpec};

    fn target(kind: ProbeKind, container: TargetContainer) -> ProbeTarget {
        ProbeTarget {
            key: Arc::new(ProbeKey {
                pod: PodRef {
                    namespace: "ns".into(),
                    name: "p".into(),
                    uid: "u".into(),
                },
                container: "c".into(),
                kind,
            }),
            spec: Arc::new(ProbeSpec {
                timing: Timing::default(),
                handler: Handler::Tcp {
                    host: None,
                    port: 80,
                },
            }),
            container,
            pod_ip: None,
            host_network: false,
            deleting: false,
            restart_never: false,
            gated_by_startup: false,
            pod_finished: false,
        }
    }

    fn running(id: &str, started_at: f64) -> TargetContainer {
        TargetContainer::Running {
            id: ContainerId(id.into()),
            started_at: Some(started_at),
        }
    }

    const NOW: f64 = 1000.0;

    #[test]
    fn initial_values_per_kind() {
        for (kind, want) in [
            (ProbeKind::Readiness, Verdict::Failure),
            (ProbeKind::Liveness, Verdict::Success),
            (ProbeKind::Startup, Verdict::Unknown),
        ] {
            let mut w = WorkerState::new(kind);
            let t = target(kind, running("a", 0.0));
            // Not started: only startup probes run.
            let step = w.before(&t, false, NOW);
            assert_eq!(w.verdict(), want, "{kind:?}");
            let expect = if kind == ProbeKind::Startup {
                Step::Probe
            } else {
                Step::Wait
            };
            assert_eq!(step, expect, "{kind:?}");
        }
    }

    /// The kubelet's TestDoProbe table, in our terms.
    #[test]
    fn do_probe_table() {
        struct Case {
            name: &'static str,
            container: TargetContainer,
            deleting: bool,
            restart_never: bool,
            step: [Step; 3],
            verdict: [Verdict; 3],
        }
        use ProbeKind::*;
        let kinds = [Liveness, Readiness, Startup];
        let cases = [
            Case {
                name: "no container yet",
                container: TargetContainer::Missing,
                deleting: false,
                restart_never: false,
                step: [Step::Wait; 3],
                verdict: [Verdict::Success, Verdict::Failure, Verdict::Unknown],
            },
            Case {
                name: "waiting container",
                container: TargetContainer::NotRunning {
                    id: ContainerId("a".into()),
                    terminated: false,
                },
                deleting: false,
                restart_never: false,
                step: [Step::Wait; 3],
                verdict: [Verdict::Failure; 3],
            },
            Case {
                name: "terminated, restart never",
                container: TargetContainer::NotRunning {
                    id: ContainerId("a".into()),
                    terminated: true,
                },
                deleting: false,
                restart_never: true,
                step: [Step::Stop; 3],
                verdict: [Verdict::Failure; 3],
            },
            Case {
                name: "terminated, will restart",
                container: TargetContainer::NotRunning {
                    id: ContainerId("a".into()),
                    terminated: true,
                },
                deleting: false,
                restart_never: false,
                step: [Step::Wait; 3],
                verdict: [Verdict::Failure; 3],
            },
            Case {
                name: "pod being deleted",
                container: running("a", 0.0),
                deleting: true,
                restart_never: false,
                step: [Step::Stop, Step::Probe, Step::Stop],
                verdict: [Verdict::Success, Verdict::Failure, Verdict::Success],
            },
            Case {
                name: "healthy",
                container: running("a", 0.0),
                deleting: false,
                restart_never: false,
                step: [Step::Probe, Step::Probe, Step::Wait],
                verdict: [Verdict::Success, Verdict::Failure, Verdict::Unknown],
            },
        ];
        for c in cases {
            for (i, kind) in kinds.iter().enumerate() {
                let mut t = target(*kind, c.container.clone());
                t.deleting = c.deleting;
                t.restart_never = c.restart_never;
                let mut w = WorkerState::new(*kind);
                let step = w.before(&t, true, NOW);
                assert_eq!(step, c.step[i], "{}: {kind:?}", c.name);
                assert_eq!(w.verdict(), c.verdict[i], "{}: {kind:?}", c.name);
            }
        }
    }

    #[test]
    fn finished_pod_stops_without_a_result() {
        for kind in [
            ProbeKind::Liveness,
            ProbeKind::Readiness,
            ProbeKind::Startup,
        ] {
            let mut t = target(kind, running("a", 0.0));
            t.pod_finished = true;
            let mut w = WorkerState::new(kind);
            assert_eq!(w.before(&t, true, NOW), Step::Stop);
            assert_eq!(w.verdict(), Verdict::initial(kind));
            assert_eq!(w.container_id(), None);
        }
    }

    /// The kubelet's TestResultRunOnLivenessCheckFailure.
    #[test]
    fn result_run_on_liveness_check_failure() {
        let t = target(ProbeKind::Liveness, running("a", 0.0));
        let timing = Timing::default();
        let mut w = WorkerState::new(ProbeKind::Liveness);
        let steps = [
            (ProbeResult::Success, Verdict::Success, 1),
            (ProbeResult::Failure, Verdict::Success, 1),
            (ProbeResult::Failure, Verdict::Success, 2),
            (ProbeResult::Failure, Verdict::Failure, 0),
        ];
        for (i, (r, v, run)) in steps.into_iter().enumerate() {
            assert_eq!(w.before(&t, true, NOW), Step::Probe, "step {i}");
            w.after(r, &timing);
            assert_eq!((w.verdict(), w.result_run), (v, run), "step {i}");
        }
    }

    /// The kubelet's TestStartupProbeDisabledByStarted and TestLivenessProbeDisabledByStarted.
    #[test]
    fn started_flag_switches_kinds() {
        let timing = Timing {
            failure_threshold: 1,
            ..Timing::default()
        };
        let t = target(ProbeKind::Liveness, running("a", 0.0));
        let mut w = WorkerState::new(ProbeKind::Liveness);
        assert_eq!(w.before(&t, false, NOW), Step::Wait);
        assert_eq!(w.verdict(), Verdict::Success);
        assert_eq!(w.before(&t, true, NOW), Step::Probe);
        w.after(ProbeResult::Failure, &timing);
        assert_eq!(w.verdict(), Verdict::Failure);

        let timing = Timing {
            failure_threshold: 2,
            ..Timing::default()
        };
        let t = target(ProbeKind::Startup, running("a", 0.0));
        let mut w = WorkerState::new(ProbeKind::Startup);
        assert_eq!(w.before(&t, false, NOW), Step::Probe);
        w.after(ProbeResult::Failure, &timing);
        assert_eq!(w.verdict(), Verdict::Unknown);
        assert_eq!(w.before(&t, true, NOW), Step::Wait);
        assert_eq!(w.verdict(), Verdict::Unknown);
    }

    #[test]
    fn initial_delay_counts_from_container_start() {
        let mut t = target(ProbeKind::Liveness, running("a", NOW - 9.9));
        Arc::make_mut(&mut t.spec).timing.initial_delay = Duration::from_secs(10);
        let mut w = WorkerState::new(ProbeKind::Liveness);
        assert_eq!(w.before(&t, true, NOW), Step::Wait);
        t.container = running("a", NOW - 10.0);
        assert_eq!(w.before(&t, true, NOW), Step::Probe);
    }

    #[test]
    fn failure_threshold_counts_consecutive() {
        let t = target(ProbeKind::Readiness, running("a", 0.0));
        let timing = Timing {
            success_threshold: 2,
            failure_threshold: 3,
            ..Timing::default()
        };
        let mut w = WorkerState::new(ProbeKind::Readiness);
        // (result, verdict after)
        let seq = [
            (ProbeResult::Success, Verdict::Failure),
            (ProbeResult::Success, Verdict::Success),
            (ProbeResult::Failure, Verdict::Success),
            (ProbeResult::Error, Verdict::Success),
            (ProbeResult::Timeout, Verdict::Success),
            (ProbeResult::Success, Verdict::Success),
            (ProbeResult::Failure, Verdict::Success),
            (ProbeResult::Failure, Verdict::Success),
            (ProbeResult::Failure, Verdict::Failure),
            (ProbeResult::Failure, Verdict::Failure),
            (ProbeResult::Success, Verdict::Failure),
            (ProbeResult::Success, Verdict::Success),
        ];
        for (i, (r, v)) in seq.iter().enumerate() {
            assert_eq!(w.before(&t, true, NOW), Step::Probe, "step {i}");
            w.after(*r, &timing);
            assert_eq!(w.verdict(), *v, "step {i} after {r:?}");
        }
        assert_eq!(w.consecutive(), (2, 0));
    }

    #[test]
    fn liveness_failure_holds_until_new_container() {
        let mut t = target(ProbeKind::Liveness, running("a", 0.0));
        let timing = Timing::default();
        let mut w = WorkerState::new(ProbeKind::Liveness);
        for _ in 0..3 {
            assert_eq!(w.before(&t, true, NOW), Step::Probe);
            w.after(ProbeResult::Failure, &timing);
        }
        assert_eq!(w.verdict(), Verdict::Failure);
        assert!(w.on_hold());
        assert_eq!(w.consecutive(), (0, 3));
        assert_eq!(w.before(&t, true, NOW), Step::Wait);
        assert_eq!(w.verdict(), Verdict::Failure);
        // A restart: new container id, back to the initial value and probing again.
        t.container = running("b", NOW);
        assert_eq!(w.before(&t, true, NOW), Step::Probe);
        assert_eq!(w.verdict(), Verdict::Success);
        assert_eq!(w.consecutive(), (0, 0));
        // resultRun was zeroed by the hold: one failure is not enough.
        w.after(ProbeResult::Failure, &timing);
        assert_eq!(w.verdict(), Verdict::Success);
    }

    #[test]
    fn startup_holds_after_verdict_and_stops_once_started() {
        let t = target(ProbeKind::Startup, running("a", 0.0));
        let timing = Timing::default();
        let mut w = WorkerState::new(ProbeKind::Startup);
        assert_eq!(w.before(&t, false, NOW), Step::Probe);
        w.after(ProbeResult::Success, &timing);
        assert_eq!(w.verdict(), Verdict::Success);
        assert!(w.on_hold());
        assert_eq!(w.before(&t, true, NOW), Step::Wait);
    }

    #[test]
    fn startup_gates_liveness_and_readiness() {
        for kind in [ProbeKind::Liveness, ProbeKind::Readiness] {
            let t = target(kind, running("a", 0.0));
            let mut w = WorkerState::new(kind);
            assert_eq!(w.before(&t, false, NOW), Step::Wait, "{kind:?}");
            assert_eq!(w.before(&t, true, NOW), Step::Probe, "{kind:?}");
        }
    }

    #[test]
    fn error_is_not_counted() {
        let t = target(ProbeKind::Liveness, running("a", 0.0));
        let timing = Timing::default();
        let mut w = WorkerState::new(ProbeKind::Liveness);
        for _ in 0..10 {
            w.before(&t, true, NOW);
            w.after(ProbeResult::Error, &timing);
        }
        assert_eq!(w.verdict(), Verdict::Success);
        assert_eq!(w.consecutive(), (0, 0));
    }
}
