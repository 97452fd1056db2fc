//! Plain-data bookkeeping of probe reports: per probe the result counters, a duration histogram,
//! the missed-start counter, the last result with the kubelet's message for a run that did not
//! pass, consecutive counts and the verdict with its last transition.
//!
//! What is kept here is served on the detail API (`/pods`, describe), so it holds nothing of a
//! probed service's answer: a passing run leaves no message at all, and a failing one only what
//! the kubelet itself reports ([`ProbeRun::message`](super::ProbeRun::message)).
//!
//! The node-state owner feeds every [`ProbeReport`] into one [`ProbeBook`]; the metrics render
//! from it at scrape time (`podpulse_probe_*`), the classifier takes [`ProbeBook::evidence`].
//! No I/O and no locks here: the owner decides how it is shared.

use std::sync::Arc;

use serde::Serialize;

use crate::health::ProbeEvidence;
use crate::model::{ContainerId, PodRef};

use super::{HandlerKind, ProbeKey, ProbeKind, ProbeReport, ProbeResult, Verdict};

/// Upper bounds (seconds) of `podpulse_probe_duration_seconds`: loopback and pod-network probes
/// answer in well under 10 ms; slow ones cluster near their timeout (1 s by default); exec
/// probes take tens of milliseconds.
pub const DURATION_BUCKETS: [f64; 10] =
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

/// Everything known about one probe (pod, container, kind).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProbeSeries {
    #[serde(serialize_with = "serialize_key")]
    pub key: Arc<ProbeKey>,
    pub handler: HandlerKind,
    pub container_id: Option<ContainerId>,
    /// Runs per result, indexed by [`ProbeResult::index`].
    pub results: [u64; 4],
    /// Runs per duration bucket, *cumulative* as Prometheus wants them (`le` = the bucket bound).
    pub duration_buckets: [u64; DURATION_BUCKETS.len()],
    pub duration_sum: f64,
    pub duration_count: u64,
    pub last_result: Option<ProbeResult>,
    /// The last success carried the kubelet's warning (a redirect to another host).
    pub last_warning: bool,
    /// The kubelet's message for the last run when it did not pass ("HTTP probe failed with
    /// statuscode: 500", a failed exec command's output up to 10 KiB); empty when it passed.
    pub last_message: String,
    /// The last run in one line ("HTTP 503 on :8080/healthz"): what was probed and the verdict.
    pub last_summary: String,
    /// Scheduled starts that found the previous run still in flight
    /// (`podpulse_probe_skipped_total`).
    pub skipped: u64,
    pub last_run_at: Option<f64>,
    pub verdict: Verdict,
    /// When the verdict last changed (Unix seconds).
    pub last_transition: Option<f64>,
    pub consecutive_successes: u32,
    pub consecutive_failures: u32,
    pub success_threshold: u32,
    pub failure_threshold: u32,
    pub period_seconds: f64,
    #[serde(skip)]
    disagree_since: Option<f64>,
}

impl ProbeSeries {
    fn new(r: &ProbeReport) -> Self {
        ProbeSeries {
            key: r.key.clone(),
            handler: r.handler,
            container_id: None,
            results: [0; 4],
            duration_buckets: [0; DURATION_BUCKETS.len()],
            duration_sum: 0.0,
            duration_count: 0,
            last_result: None,
            last_warning: false,
            last_message: String::new(),
            last_summary: String::new(),
            skipped: 0,
            last_run_at: None,
            verdict: Verdict::initial(r.key.kind),
            last_transition: None,
            consecutive_successes: 0,
            consecutive_failures: 0,
            success_threshold: r.success_threshold,
            failure_threshold: r.failure_threshold,
            period_seconds: r.period.as_secs_f64(),
            disagree_since: None,
        }
    }

    /// `podpulse_probe_success`: 1 when the last run passed, 0 when not, `None` before any run.
    pub fn last_success(&self) -> Option<bool> {
        self.last_result.map(|r| r == ProbeResult::Success)
    }

    pub fn results_total(&self, result: ProbeResult) -> u64 {
        self.results[result.index()]
    }
}

fn serialize_key<S: serde::Serializer>(k: &Arc<ProbeKey>, s: S) -> Result<S::Ok, S::Error> {
    k.as_ref().serialize(s)
}

/// All probe series of the node, keyed by pod uid, container, kind.
///
/// A vector kept sorted by that key rather than a map keyed by owned strings: a report is
/// looked up with the key it carries, borrowed, so folding one in allocates nothing (the node
/// state keeps one book per pod, a handful of series each).
#[derive(Debug, Clone, Default)]
pub struct ProbeBook {
    series: Vec<ProbeSeries>,
}

/// The sort key of a series: pod uid, container, kind.
fn key_of(s: &ProbeSeries) -> (&str, &str, ProbeKind) {
    (s.key.pod.uid.as_str(), s.key.container.as_str(), s.key.kind)
}

impl ProbeBook {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, pod_uid: &str, container: &str, kind: ProbeKind) -> Result<usize, usize> {
        self.series
            .binary_search_by(|s| key_of(s).cmp(&(pod_uid, container, kind)))
    }

    /// Folds one report in. A report with `removed` drops the series.
    ///
    /// Returns whether the pod's [`evidence`](Self::evidence) (what the classifier reads)
    /// changed. Most reports only move counters (a passing probe passing again), and the node
    /// state publishes those lazily.
    pub fn record(&mut self, r: &ProbeReport) -> bool {
        let at = self.find(&r.key.pod.uid, &r.key.container, r.key.kind);
        if r.removed {
            return match at {
                Ok(i) => {
                    self.series.remove(i);
                    true
                }
                Err(_) => false,
            };
        }
        let (i, mut fresh) = match at {
            Ok(i) => (i, false),
            Err(i) => {
                self.series.insert(i, ProbeSeries::new(r));
                (i, true)
            }
        };
        let s = &mut self.series[i];
        let before = (
            s.handler,
            s.verdict.passing(),
            s.consecutive_failures,
            s.failure_threshold,
        );
        if !Arc::ptr_eq(&s.key, &r.key) {
            s.key = r.key.clone();
        }
        s.handler = r.handler;
        if s.container_id != r.container_id {
            s.container_id.clone_from(&r.container_id);
        }
        s.success_threshold = r.success_threshold;
        s.failure_threshold = r.failure_threshold;
        s.period_seconds = r.period.as_secs_f64();
        s.consecutive_successes = r.consecutive_successes;
        s.consecutive_failures = r.consecutive_failures;
        if s.verdict != r.verdict || s.last_transition.is_none() {
            s.last_transition = Some(r.timestamp);
        }
        s.verdict = r.verdict;
        s.skipped = s.skipped.saturating_add(r.skipped);
        if let Some(run) = &r.run {
            s.results[run.result.index()] += 1;
            let secs = r.duration.as_secs_f64();
            for (i, le) in DURATION_BUCKETS.iter().enumerate() {
                if secs <= *le {
                    s.duration_buckets[i] += 1;
                }
            }
            s.duration_sum += secs;
            s.duration_count += 1;
            s.last_result = Some(run.result);
            s.last_warning = run.warning;
            // `ProbeRun` never carries a message for a success; the book makes sure of it too.
            s.last_message.clear();
            if run.result != ProbeResult::Success {
                s.last_message.push_str(run.message());
            }
            if s.last_summary != run.summary {
                s.last_summary.clone_from(&run.summary);
                fresh = true;
            }
            s.last_run_at = Some(r.timestamp);
        }
        fresh
            || before
                != (
                    s.handler,
                    s.verdict.passing(),
                    s.consecutive_failures,
                    s.failure_threshold,
                )
    }

    pub fn get(&self, pod_uid: &str, container: &str, kind: ProbeKind) -> Option<&ProbeSeries> {
        self.find(pod_uid, container, kind)
            .ok()
            .map(|i| &self.series[i])
    }

    pub fn iter(&self) -> impl Iterator<Item = &ProbeSeries> {
        self.series.iter()
    }

    /// The series of one pod.
    pub fn pod<'a>(&'a self, pod_uid: &'a str) -> impl Iterator<Item = &'a ProbeSeries> + 'a {
        let start = self
            .series
            .partition_point(|s| s.key.pod.uid.as_str() < pod_uid);
        self.series[start..]
            .iter()
            .take_while(move |s| s.key.pod.uid == pod_uid)
    }

    /// Drops every series of a pod (a deleted pod's series disappear at once).
    pub fn remove_pod(&mut self, pod_uid: &str) {
        self.series.retain(|s| s.key.pod.uid != pod_uid);
    }

    pub fn len(&self) -> usize {
        self.series.len()
    }

    pub fn is_empty(&self) -> bool {
        self.series.is_empty()
    }

    /// The classifier's view of a pod's probes.
    pub fn evidence(&self, pod_uid: &str) -> Vec<ProbeEvidence> {
        self.pod(pod_uid)
            .map(|s| ProbeEvidence {
                container: s.key.container.clone(),
                kind: s.key.kind,
                handler: s.handler.as_str(),
                passing: s.verdict.passing(),
                consecutive_failures: s.consecutive_failures,
                failure_threshold: s.failure_threshold,
                last_output: s.last_summary.clone(),
            })
            .collect()
    }

    /// `podpulse_probe_kubelet_disagreement` for one container: true when the kubelet's ready
    /// flag and our readiness verdict have differed for longer than period × failureThreshold.
    /// Call it whenever a spec source gives the kubelet's flag; `None` when we have no
    /// readiness verdict to compare.
    pub fn kubelet_disagreement(
        &mut self,
        pod: &PodRef,
        container: &str,
        kubelet_ready: bool,
        now: f64,
    ) -> Option<bool> {
        let i = self.find(&pod.uid, container, ProbeKind::Readiness).ok()?;
        let s = &mut self.series[i];
        let ours = s.verdict.passing()?;
        if ours == kubelet_ready {
            s.disagree_since = None;
            return Some(false);
        }
        let since = *s.disagree_since.get_or_insert(now);
        let grace = s.period_seconds * f64::from(s.failure_threshold.max(1));
        Some(now - since > grace)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::probe::ProbeRun;

    fn report(
        kind: ProbeKind,
        result: Option<ProbeResult>,
        verdict: Verdict,
        t: f64,
    ) -> ProbeReport {
        ProbeReport {
            key: Arc::new(ProbeKey {
                pod: PodRef {
                    namespace: "ns".into(),
                    name: "web".into(),
                    uid: "u1".into(),
                },
                container: "app".into(),
                kind,
            }),
            handler: HandlerKind::Http,
            container_id: Some(ContainerId("c1".into())),
            run: result.map(|r| ProbeRun::not_passed(r, "out", "HTTP 503 on :8080/healthz")),
            duration: Duration::from_millis(3),
            skipped: 0,
            consecutive_successes: 0,
            consecutive_failures: 1,
            verdict,
            success_threshold: 1,
            failure_threshold: 3,
            period: Duration::from_secs(10),
            timestamp: t,
            removed: false,
        }
    }

    #[test]
    fn counts_histogram_and_evidence() {
        let mut b = ProbeBook::new();
        b.record(&report(
            ProbeKind::Readiness,
            Some(ProbeResult::Failure),
            Verdict::Failure,
            1.0,
        ));
        b.record(&report(
            ProbeKind::Readiness,
            Some(ProbeResult::Timeout),
            Verdict::Failure,
            2.0,
        ));
        b.record(&report(ProbeKind::Readiness, None, Verdict::Failure, 3.0));
        let s = b.get("u1", "app", ProbeKind::Readiness).expect("series");
        assert_eq!(s.results_total(ProbeResult::Failure), 1);
        assert_eq!(s.results_total(ProbeResult::Timeout), 1);
        assert_eq!(s.duration_count, 2);
        // 3 ms: not in le=0.0025, in le=0.005 and above (cumulative).
        assert_eq!(s.duration_buckets[1], 0);
        assert_eq!(s.duration_buckets[2], 2);
        assert_eq!(s.duration_buckets[DURATION_BUCKETS.len() - 1], 2);
        assert_eq!(s.last_transition, Some(1.0));
        let ev = b.evidence("u1");
        assert_eq!(ev.len(), 1);
        assert_eq!(ev[0].passing, Some(false));
        assert_eq!(ev[0].last_output, "HTTP 503 on :8080/healthz");
        assert_eq!(b.evidence("other").len(), 0);
    }

    #[test]
    fn message_kept_for_failures_only_and_skips_add_up() {
        let mut b = ProbeBook::new();
        let mut r = report(
            ProbeKind::Liveness,
            Some(ProbeResult::Failure),
            Verdict::Success,
            1.0,
        );
        r.skipped = 2;
        b.record(&r);
        let s = b.get("u1", "app", ProbeKind::Liveness).expect("series");
        assert_eq!((s.last_message.as_str(), s.skipped), ("out", 2));
        let mut r = report(ProbeKind::Liveness, None, Verdict::Success, 2.0);
        r.skipped = 3;
        r.run = Some(ProbeRun::passed("HTTP 200 on :8080/healthz"));
        b.record(&r);
        let s = b.get("u1", "app", ProbeKind::Liveness).expect("series");
        assert_eq!((s.last_message.as_str(), s.skipped), ("", 5));
        assert_eq!(s.last_summary, "HTTP 200 on :8080/healthz");
    }

    #[test]
    fn removal_and_pod_removal() {
        let mut b = ProbeBook::new();
        b.record(&report(
            ProbeKind::Liveness,
            Some(ProbeResult::Success),
            Verdict::Success,
            1.0,
        ));
        b.record(&report(
            ProbeKind::Readiness,
            Some(ProbeResult::Success),
            Verdict::Success,
            1.0,
        ));
        assert_eq!(b.pod("u1").count(), 2);
        let mut gone = report(ProbeKind::Liveness, None, Verdict::Success, 2.0);
        gone.removed = true;
        b.record(&gone);
        assert_eq!(b.pod("u1").count(), 1);
        b.remove_pod("u1");
        assert!(b.is_empty());
    }

    #[test]
    fn disagreement_needs_period_times_threshold() {
        let mut b = ProbeBook::new();
        let r = report(
            ProbeKind::Readiness,
            Some(ProbeResult::Failure),
            Verdict::Failure,
            0.0,
        );
        let pod = r.key.pod.clone();
        b.record(&r);
        assert_eq!(
            b.kubelet_disagreement(&pod, "app", true, 100.0),
            Some(false)
        );
        assert_eq!(
            b.kubelet_disagreement(&pod, "app", true, 130.0),
            Some(false)
        );
        assert_eq!(b.kubelet_disagreement(&pod, "app", true, 130.5), Some(true));
        assert_eq!(
            b.kubelet_disagreement(&pod, "app", false, 131.0),
            Some(false)
        );
        assert_eq!(b.kubelet_disagreement(&pod, "nope", false, 131.0), None);
    }
}
