//! The kubelet's journal: a reader thread with a cursor file, the klog parser, and the rule table
//! that turns a line into a pod and a reason.
//!
//! Owns: reading journald (libsystemd, on one dedicated OS thread), the cursor file in the state
//! directory, klog parsing, pod attribution, classification into bounded `Reason`/`NodeProblem`
//! sets, the reader's health counters, and the offline `podpulse kubelet-log` command.
//! Must not: touch the node state or the metrics registry directly (events go out over a bounded
//! channel and the lead renders `JournalStats`), block an async worker, or drop entries when the
//! channel is full (the journal itself is the buffer: the reader waits).

pub mod attribution;
pub mod cursor;
pub mod klog;
pub mod offline;
pub mod reader;
pub mod rules;

use std::path::PathBuf;

use serde::Serialize;

pub use attribution::{attribute, Attribution};
pub use klog::{parse_line, KlogLine};
pub use offline::{kubelet_log_run, KubeletLogArgs, OutputFormat};
pub use reader::{spawn_reader, JournalConfig, JournalStats, JournalUnreadable};
pub use rules::{NodeProblem, Outcome, Reason, Rules, UserRulesFile};

/// A `KubeletEvent` message is cut to this many bytes (on a character boundary): enough for a
/// registry's error text, bounded so a megabyte line cannot pin a megabyte per pod.
pub const MAX_MESSAGE_BYTES: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("journal rules: {0}")]
    Rules(String),
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("journal unreadable: {0}")]
    Unreadable(String),
    #[error("spawning the journal reader thread: {0}")]
    Spawn(#[source] std::io::Error),
}

/// Which unit a line came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineSource {
    Kubelet,
    /// A container runtime unit (containerd, docker, crio) followed alongside the kubelet.
    Runtime,
}

/// One journal line, attributed and classified: what the reader sends to the agent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KubeletEvent {
    /// Seconds since the Unix epoch (the journal's realtime stamp; 0 when unknown offline).
    pub timestamp: f64,
    pub namespace: Option<String>,
    pub pod: Option<String>,
    pub pod_uid: Option<String>,
    /// Container name; `"POD"` means the pod's sandbox.
    pub container: Option<String>,
    /// A runtime container or sandbox id the line names (the runtime units' only way of naming
    /// a pod; the node state maps it to the pod that holds it).
    pub container_id: Option<String>,
    pub reason: Option<Reason>,
    pub node_problem: Option<NodeProblem>,
    /// The message (quoted message unescaped, plus `err`/`output`/`message` values), at most
    /// `MAX_MESSAGE_BYTES`.
    pub message: String,
    /// syslog priority (0 emerg … 7 debug): the klog severity (I=6, W=4, E=3, F=2) when the line
    /// has a klog header, else journald's `PRIORITY`.
    pub priority: Option<u8>,
    pub source: LineSource,
}

impl KubeletEvent {
    /// The line is about the pod's sandbox rather than an app container.
    pub fn is_sandbox(&self) -> bool {
        self.container.as_deref() == Some("POD")
    }

    /// How the line names its pod, for the node state to resolve: `None` when it names none
    /// (node-level lines, and lines with neither a pod nor a runtime id).
    pub fn mention(&self) -> Option<crate::state::PodMention> {
        if self.node_problem.is_some()
            || (self.pod.is_none() && self.pod_uid.is_none() && self.container_id.is_none())
        {
            return None;
        }
        Some(crate::state::PodMention {
            namespace: self.namespace.clone(),
            name: self.pod.clone(),
            uid: self.pod_uid.clone(),
            container_id: self.container_id.clone(),
        })
    }

    /// The classifier's view of this event (pod-level events with a reason only).
    pub fn evidence(&self) -> Option<crate::health::JournalEvidence> {
        let reason = self.reason?;
        Some(crate::health::JournalEvidence {
            reason: reason.as_str().to_string(),
            container: self.container.clone(),
            message: self.message.clone(),
            timestamp: self.timestamp,
        })
    }
}

/// A parsed, classified and (unless node-level) attributed line, still borrowing from the input.
#[derive(Debug, Clone, Copy)]
pub struct Analysis<'a> {
    pub line: KlogLine<'a>,
    pub outcome: Option<Outcome>,
    /// Empty for node-level lines: those are never attributed to a pod.
    pub attribution: Attribution<'a>,
}

impl<'a> Analysis<'a> {
    pub fn reason(&self) -> Option<Reason> {
        match self.outcome {
            Some(Outcome::Pod(r)) => Some(r),
            _ => None,
        }
    }

    pub fn node_problem(&self) -> Option<NodeProblem> {
        match self.outcome {
            Some(Outcome::Node(n)) => Some(n),
            _ => None,
        }
    }

    /// Build the owned event.
    pub fn to_event(
        &self,
        timestamp: f64,
        priority: Option<u8>,
        source: LineSource,
    ) -> KubeletEvent {
        let s = |b: Option<&[u8]>| b.map(|b| String::from_utf8_lossy(b).into_owned());
        KubeletEvent {
            timestamp,
            namespace: s(self.attribution.namespace),
            pod: s(self.attribution.name),
            pod_uid: s(self.attribution.uid_bytes()),
            container: s(self.attribution.container),
            container_id: s(self.attribution.container_id),
            reason: self.reason(),
            node_problem: self.node_problem(),
            message: event_message(&self.line),
            priority: priority.or_else(|| self.line.priority()),
            source,
        }
    }
}

/// Parse, classify and attribute one line. `always_attribute = false` skips attribution for
/// lines no rule matched (the reader's fast path: such lines are not sent anywhere).
pub fn analyze<'a>(rules: &Rules, raw: &'a [u8], always_attribute: bool) -> Analysis<'a> {
    let line = parse_line(raw);
    let (outcome, triggers) = rules.classify_with_triggers(line.text);
    // A fatal klog line that no rule read (`F1220 … server.go:165] listen tcp 0.0.0.0:10255:
    // bind: address already in use`): klog exits the process after it, so the kubelet did not
    // start (or stopped).
    let outcome = match outcome {
        None if line
            .header
            .is_some_and(|h| h.severity == klog::Severity::Fatal) =>
        {
            Some(Outcome::Node(NodeProblem::KubeletStartFailed))
        }
        o => o,
    };
    let attribution = match outcome {
        Some(Outcome::Node(_)) => Attribution::default(),
        None if !always_attribute => Attribution::default(),
        _ => attribution::attribute_with(&line, triggers),
    };
    Analysis {
        line,
        outcome,
        attribution,
    }
}

/// The human message of a line: the unescaped klog message plus the values that carry the cause.
pub fn event_message(line: &KlogLine<'_>) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(256);
    match line.form {
        klog::BodyForm::FreeText => out.extend_from_slice(cap(line.body)),
        klog::BodyForm::Structured | klog::BodyForm::Logfmt | klog::BodyForm::Json => {
            out.extend_from_slice(cap(&line.message()));
            for kv in line.pairs() {
                if out.len() >= MAX_MESSAGE_BYTES {
                    break;
                }
                if matches!(
                    kv.key,
                    b"err" | b"error" | b"output" | b"message" | b"reason" | b"probeResult"
                ) {
                    out.extend_from_slice(b"; ");
                    out.extend_from_slice(kv.key);
                    out.extend_from_slice(b": ");
                    out.extend_from_slice(cap(&kv.value()));
                }
            }
        }
    }
    let s = match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    truncate_utf8(s, MAX_MESSAGE_BYTES)
}

fn cap(b: &[u8]) -> &[u8] {
    &b[..b.len().min(MAX_MESSAGE_BYTES)]
}

fn truncate_utf8(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut cut = max;
        while cut > 0 && !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_is_bounded_and_unescaped() {
        let rules = Rules::shipped();
        let line = br#"E1023 18:56:20.145522 31070 pod_workers.go:765] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"app\" with ImagePullBackOff: \"Back-off pulling image \\\"nginx:nope\\\"\"" pod="default/web" podUID=c076d934-6820-46cd-b886-c6b35111ece2"#;
        let a = analyze(&rules, line, false);
        let e = a.to_event(1.0, None, LineSource::Kubelet);
        assert_eq!(e.reason, Some(Reason::ImagePullBackOff));
        assert_eq!(e.pod.as_deref(), Some("web"));
        assert_eq!(e.container.as_deref(), Some("app"));
        assert_eq!(e.priority, Some(3));
        assert!(
            e.message
                .contains("Back-off pulling image \\\"nginx:nope\\\""),
            "{}",
            e.message
        );

        let mut big = b"E0101 00:00:00.000000 1 a.go:1] \"Failed to pull image\" err=\"".to_vec();
        big.extend(std::iter::repeat_n("é".as_bytes(), 600_000).flatten());
        let a = analyze(&rules, &big, true);
        let e = a.to_event(0.0, None, LineSource::Kubelet);
        assert!(e.message.len() <= MAX_MESSAGE_BYTES);
        assert_eq!(e.reason, Some(Reason::ErrImagePull));
    }

    /// A fatal klog line no rule reads is the kubelet exiting; an error line is not.
    #[test]
    fn a_fatal_line_is_a_start_failure() {
        let rules = Rules::shipped();
        let fatal = b"Dec 20 14:46:31 n microk8s.daemon-kubelet[25485]: F1220 14:46:31.506934   25485 server.go:165] listen tcp 0.0.0.0:10255: bind: address already in use";
        assert_eq!(
            analyze(&rules, fatal, true).outcome,
            Some(Outcome::Node(NodeProblem::KubeletStartFailed))
        );
        let error = b"E1220 14:46:31.506934   25485 server.go:165] listen tcp 0.0.0.0:10255: bind: address already in use";
        assert_eq!(analyze(&rules, error, true).outcome, None);
        // A rule that reads a fatal line keeps its outcome.
        let pull = br#"F0101 00:00:00.000000 1 a.go:1] Failed to pull image "x": not found"#;
        assert_eq!(
            analyze(&rules, pull, true).outcome,
            Some(Outcome::Pod(Reason::ErrImagePull))
        );
    }
}
