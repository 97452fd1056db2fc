//! The non-flapping crash-loop verdict behind `podpulse_container_crashlooping`.
//!
//! The kubelet's own status alternates `CrashLoopBackOff` ↔ `Running` between back-offs, so an
//! alert on it flaps. This tracker says 1 from the second failed run within the back-off window
//! (two failures no more than `reset_seconds` apart) until the container has then run cleanly for
//! `reset_seconds` (the kubelet resets its back-off after 10 minutes without a failure).
//!
//! Pure state, no clock and no I/O: the node-state owner feeds it observations with their
//! timestamps. How the owner uses it:
//!
//! ```text
//! let mut crash = CrashLoopTracker::new(config.crashloop_reset_seconds);
//! // after every classify() of a pod:
//! crash.observe_pod(&pod.uid, &health, now);
//! // when rendering podpulse_container_crashlooping{...,container}:
//! let v = crash.is_crashlooping(&pod.uid, &container.name, now) as i64;
//! // when the pod is gone (series of a deleted pod disappear at once):
//! crash.forget_pod(&pod.uid);
//! ```
//! `record_failure` / `record_start` are the lower-level entry points for runtime events
//! (`die` with a non-zero code or an OOM kill, `start`); `observe_pod` calls them itself and is
//! idempotent, so feeding the same snapshot twice changes nothing.

use std::collections::HashMap;

use super::{PodHealth, StateKind};

/// The kubelet's back-off reset (2 × the 5-minute maximum back-off).
pub const DEFAULT_RESET_SECONDS: f64 = 600.0;

#[derive(Debug, Clone, Default)]
struct Entry {
    /// Failures in the current streak (each within `reset` of the previous one).
    failures: u32,
    last_failure_at: Option<f64>,
    running_since: Option<f64>,
    looping: bool,
    restarts_seen: Option<u32>,
}

/// Per-container crash-loop state for every pod on the node.
#[derive(Debug, Clone)]
pub struct CrashLoopTracker {
    reset: f64,
    pods: HashMap<String, HashMap<String, Entry>>,
}

impl Default for CrashLoopTracker {
    fn default() -> Self {
        CrashLoopTracker::new(DEFAULT_RESET_SECONDS)
    }
}

impl CrashLoopTracker {
    /// `reset_seconds`: the clean-run time that ends a loop (`crashloop_reset_seconds`). Values
    /// that are not positive fall back to the default.
    pub fn new(reset_seconds: f64) -> Self {
        let reset = if reset_seconds.is_finite() && reset_seconds > 0.0 {
            reset_seconds
        } else {
            DEFAULT_RESET_SECONDS
        };
        CrashLoopTracker {
            reset,
            pods: HashMap::new(),
        }
    }

    fn entry(&mut self, pod_uid: &str, container: &str) -> &mut Entry {
        if !self.pods.contains_key(pod_uid) {
            self.pods.insert(pod_uid.to_string(), HashMap::new());
        }
        let pod = self
            .pods
            .get_mut(pod_uid)
            .expect("inserted just above when missing");
        if !pod.contains_key(container) {
            pod.insert(container.to_string(), Entry::default());
        }
        pod.get_mut(container)
            .expect("inserted just above when missing")
    }

    fn settle(e: &mut Entry, reset: f64, at: f64) {
        if let Some(s) = e.running_since {
            if at - s >= reset {
                e.looping = false;
                e.failures = 0;
            }
        }
    }

    /// A run of the container ended in failure (non-zero exit, OOM kill, or an exit the
    /// kubelet answers with a back-off) at `finished_at`. Repeating a known failure is a no-op.
    pub fn record_failure(&mut self, pod_uid: &str, container: &str, finished_at: f64) {
        let reset = self.reset;
        let e = self.entry(pod_uid, container);
        if e.last_failure_at.is_some_and(|t| finished_at <= t + 1e-3) {
            return;
        }
        Self::settle(e, reset, finished_at);
        let within = e.last_failure_at.is_some_and(|t| finished_at - t <= reset);
        e.failures = if within { e.failures + 1 } else { 1 };
        e.last_failure_at = Some(finished_at);
        if e.running_since.is_some_and(|s| s <= finished_at) {
            e.running_since = None;
        }
        if e.failures >= 2 {
            e.looping = true;
        }
    }

    /// The container (re)started at `started_at`.
    pub fn record_start(&mut self, pod_uid: &str, container: &str, started_at: f64) {
        let e = self.entry(pod_uid, container);
        if e.last_failure_at.is_some_and(|t| started_at < t) {
            return; // a start older than the last failure: stale news
        }
        if e.running_since.is_none_or(|s| started_at > s) {
            e.running_since = Some(started_at);
        }
    }

    /// Feeds one classified snapshot of a pod. Idempotent.
    pub fn observe_pod(&mut self, pod_uid: &str, health: &PodHealth, now: f64) {
        let reset = self.reset;
        for c in &health.containers {
            let known = self
                .pods
                .get(pod_uid)
                .and_then(|p| p.get(&c.name))
                .and_then(|e| e.restarts_seen);
            let oom = c.terminated_reason.as_deref() == Some("OOMKilled")
                || c.last_terminated_reason.as_deref() == Some("OOMKilled");
            let backoff = c.waiting_reason.as_deref() == Some("CrashLoopBackOff");
            let failed_exit = c.last_exit_code.is_some_and(|x| x != 0) || oom || backoff;
            if let (true, Some(t)) = (failed_exit, c.last_finished_at) {
                // Restarts we never saw happen in between count as failures too.
                if let Some(prev) = known {
                    for _ in prev.saturating_add(1)..c.restarts {
                        let e = self.entry(pod_uid, &c.name);
                        e.failures += 1;
                    }
                }
                self.record_failure(pod_uid, &c.name, t);
            }
            if c.state == StateKind::Running {
                if let Some(s) = c.started_at {
                    self.record_start(pod_uid, &c.name, s);
                }
            }
            let e = self.entry(pod_uid, &c.name);
            if known.is_none() {
                // First sight (e.g. the agent just started): trust the kubelet's back-off, or a
                // restart history whose last failure is recent.
                let recent = c.last_finished_at.is_some_and(|t| now - t <= reset);
                if backoff || (failed_exit && recent && c.restarts >= 2) {
                    e.failures = e.failures.max(2);
                    e.looping = true;
                }
            }
            if e.failures >= 2 {
                e.looping = true;
            }
            e.restarts_seen = Some(c.restarts);
        }
    }

    /// The gauge value: true from the second failure in the window until a clean run of
    /// `reset_seconds`.
    pub fn is_crashlooping(&self, pod_uid: &str, container: &str, now: f64) -> bool {
        let Some(e) = self.pods.get(pod_uid).and_then(|p| p.get(container)) else {
            return false;
        };
        if !e.looping {
            return false;
        }
        !e.running_since.is_some_and(|s| now - s >= self.reset)
    }

    /// Drops a deleted pod's state.
    pub fn forget_pod(&mut self, pod_uid: &str) {
        self.pods.remove(pod_uid);
    }

    /// Keeps only pods for which `keep(uid)` is true.
    pub fn retain_pods(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.pods.retain(|uid, _| keep(uid));
    }

    /// Number of pods tracked (for tests and self-metrics).
    pub fn len(&self) -> usize {
        self.pods.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pods.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    enum Ev {
        Fail(f64),
        Start(f64),
    }

    /// (events, check time, expected)
    #[test]
    fn crashloop_table() {
        use Ev::*;
        let cases: Vec<(&str, Vec<Ev>, f64, bool)> = vec![
            ("never failed", vec![Start(0.0)], 100.0, false),
            (
                "one failure",
                vec![Start(0.0), Fail(5.0), Start(6.0)],
                10.0,
                false,
            ),
            (
                "second failure within window",
                vec![Start(0.0), Fail(5.0), Start(6.0), Fail(8.0)],
                9.0,
                true,
            ),
            (
                "stays 1 while running between back-offs",
                vec![Start(0.0), Fail(5.0), Start(6.0), Fail(8.0), Start(30.0)],
                100.0,
                true,
            ),
            (
                "clears after a clean run of reset",
                vec![Start(0.0), Fail(5.0), Start(6.0), Fail(8.0), Start(30.0)],
                630.0,
                false,
            ),
            (
                "failures far apart are no loop",
                vec![Start(0.0), Fail(5.0), Start(6.0), Fail(700.0), Start(701.0)],
                702.0,
                false,
            ),
            (
                "duplicate failure report is ignored",
                vec![Start(0.0), Fail(5.0), Fail(5.0), Start(6.0)],
                7.0,
                false,
            ),
            (
                "stale start does not end a loop",
                vec![Fail(5.0), Fail(8.0), Start(2.0)],
                1000.0,
                true,
            ),
            (
                "loop again after reset",
                vec![
                    Fail(5.0),
                    Fail(8.0),
                    Start(10.0),
                    Fail(700.0),
                    Start(701.0),
                    Fail(710.0),
                ],
                711.0,
                true,
            ),
        ];
        for (name, events, now, want) in cases {
            let mut t = CrashLoopTracker::new(600.0);
            for e in &events {
                match e {
                    Fail(at) => t.record_failure("u", "c", *at),
                    Start(at) => t.record_start("u", "c", *at),
                }
            }
            assert_eq!(t.is_crashlooping("u", "c", now), want, "{name}: {events:?}");
        }
    }

    #[test]
    fn forget_pod_drops_state() {
        let mut t = CrashLoopTracker::default();
        t.record_failure("u", "c", 1.0);
        t.record_failure("u", "c", 2.0);
        assert!(t.is_crashlooping("u", "c", 3.0));
        t.forget_pod("u");
        assert!(!t.is_crashlooping("u", "c", 3.0));
        assert!(t.is_empty());
    }
}
