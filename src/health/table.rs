//! The `kubectl get pods -A`-like table shared by `podpulse pods` and `podpulse explain`:
//! NAMESPACE NAME READY STATUS RESTARTS AGE DIAGNOSIS (wide: + IP NODE), laid out the way
//! kubectl's tabwriter does (min width 6, padding 3). Rows are serializable so `/pods` can ship
//! them to the CLI and the CLI renders them with the same code.

use serde::{Deserialize, Serialize};

use super::printpod::format_restarts;
use super::time::translate_timestamp_since;
use super::PodHealth;

/// One table row, independent of the clock (AGE and `(5m ago)` are formatted at render time).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PodRow {
    pub namespace: String,
    pub name: String,
    /// `n/m`.
    pub ready: String,
    pub status: String,
    pub restarts: u32,
    pub last_restart_at: Option<f64>,
    pub created_at: Option<f64>,
    pub ip: Option<String>,
    pub node: Option<String>,
    /// The diagnosis reason (`CrashLoopBackOff`, `Healthy`, ...).
    pub reason: String,
    /// The one-line diagnosis summary.
    pub summary: String,
}

impl PodRow {
    pub fn new(namespace: &str, name: &str, h: &PodHealth) -> PodRow {
        PodRow {
            namespace: namespace.to_string(),
            name: name.to_string(),
            ready: format!("{}/{}", h.ready, h.total),
            status: h.status.clone(),
            restarts: h.restarts,
            last_restart_at: h.last_restart_at,
            created_at: h.created_at,
            ip: h.pod_ip.clone(),
            node: h.node.clone(),
            reason: h.diagnosis.reason.as_str().to_string(),
            summary: h.diagnosis.summary.clone(),
        }
    }

    /// The DIAGNOSIS cell: `Healthy`, or `OOMKilled: app OOM-killed (limit 16Mi)`.
    pub fn diagnosis_cell(&self) -> std::borrow::Cow<'_, str> {
        if self.reason == "Healthy" || self.reason == "Completed" || self.summary.is_empty() {
            std::borrow::Cow::Borrowed(&self.reason)
        } else {
            std::borrow::Cow::Owned(format!("{}: {}", self.reason, self.summary))
        }
    }
}

/// Renders rows as kubectl does. `wide` adds IP and NODE. `now` is Unix seconds.
pub fn render(rows: &[PodRow], wide: bool, now: f64) -> String {
    use std::borrow::Cow;
    let mut header = vec!["NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE"];
    if wide {
        header.extend(["IP", "NODE"]);
    }
    header.push("DIAGNOSIS");
    let mut cells: Vec<Vec<Cow<'_, str>>> = Vec::with_capacity(rows.len() + 1);
    cells.push(header.into_iter().map(Cow::Borrowed).collect());
    for r in rows {
        let mut line = Vec::with_capacity(9);
        line.extend([
            Cow::Borrowed(r.namespace.as_str()),
            Cow::Borrowed(r.name.as_str()),
            Cow::Borrowed(r.ready.as_str()),
            Cow::Borrowed(r.status.as_str()),
            Cow::Owned(format_restarts(r.restarts, r.last_restart_at, now)),
            Cow::Owned(translate_timestamp_since(r.created_at, now)),
        ]);
        if wide {
            line.push(Cow::Borrowed(r.ip.as_deref().unwrap_or("<none>")));
            line.push(Cow::Borrowed(r.node.as_deref().unwrap_or("<none>")));
        }
        line.push(r.diagnosis_cell());
        cells.push(line);
    }
    tabwrite(&cells)
}

/// `podpulse describe NS/NAME`: one pod's full diagnosis, containers included.
pub fn render_describe(namespace: &str, name: &str, h: &PodHealth, now: f64) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "Pod:        {namespace}/{name}");
    let _ = writeln!(s, "Status:     {} (phase {})", h.status, h.phase.as_str());
    let _ = writeln!(s, "Ready:      {}/{}", h.ready, h.total);
    let _ = writeln!(
        s,
        "Restarts:   {}",
        format_restarts(h.restarts, h.last_restart_at, now)
    );
    let _ = writeln!(
        s,
        "Age:        {}",
        translate_timestamp_since(h.created_at, now)
    );
    if let Some(ip) = &h.pod_ip {
        let _ = writeln!(s, "IP:         {ip}");
    }
    if let Some(node) = &h.node {
        let _ = writeln!(s, "Node:       {node}");
    }
    let _ = writeln!(s, "Containers:");
    for c in &h.containers {
        let state = match c.state {
            super::StateKind::Running => "running".to_string(),
            super::StateKind::Waiting => match &c.waiting_reason {
                Some(r) => format!("waiting ({r})"),
                None => "waiting".to_string(),
            },
            super::StateKind::Terminated => match (&c.terminated_reason, c.last_exit_code) {
                (Some(r), Some(x)) => format!("terminated ({r}, exit {x})"),
                (None, Some(x)) => format!("terminated (exit {x})"),
                _ => "terminated".to_string(),
            },
        };
        let _ = writeln!(
            s,
            "  {}{}: {state}, ready={}, restarts={}{}",
            c.name,
            if c.init { " (init)" } else { "" },
            c.ready,
            c.restarts,
            match (&c.last_terminated_reason, c.last_exit_code) {
                (Some(r), Some(x)) if c.state != super::StateKind::Terminated =>
                    format!(", last: {r} (exit {x})"),
                _ => String::new(),
            }
        );
    }
    let d = &h.diagnosis;
    let _ = writeln!(s, "Diagnosis:  {} — {}", d.reason, d.summary);
    if !d.evidence.is_empty() {
        let _ = writeln!(s, "Evidence:");
        for e in &d.evidence {
            let _ = writeln!(s, "  - {e}");
        }
    }
    if !d.next_steps.is_empty() {
        let _ = writeln!(s, "Next steps:");
        for n in &d.next_steps {
            let _ = writeln!(s, "  $ {n}");
        }
    }
    s
}

/// Go's `tabwriter.NewWriter(out, 6, 4, 3, ' ', 0)` as kubectl configures it: every column but
/// the last is padded to max(width + 3, 6).
fn tabwrite<S: AsRef<str>>(cells: &[Vec<S>]) -> String {
    let ncols = cells.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0usize; ncols];
    for row in cells {
        for (i, c) in row.iter().enumerate() {
            widths[i] = widths[i].max(c.as_ref().chars().count());
        }
    }
    // The widest a line can be (for ASCII cells): every column padded, plus the newline.
    let line_max: usize = widths.iter().map(|w| (w + 3).max(6)).sum::<usize>() + 1;
    let mut out = String::with_capacity(cells.len() * line_max);
    for row in cells {
        let start = out.len();
        for (i, c) in row.iter().enumerate() {
            let c = c.as_ref();
            out.push_str(c);
            if i + 1 < row.len() {
                let w = (widths[i] + 3).max(6);
                let pad = w.saturating_sub(c.chars().count());
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        let kept = start + out[start..].trim_end().len();
        out.truncate(kept);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, status: &str, restarts: u32, last: Option<f64>) -> PodRow {
        PodRow {
            namespace: "default".into(),
            name: name.into(),
            ready: "0/1".into(),
            status: status.into(),
            restarts,
            last_restart_at: last,
            created_at: Some(1000.0),
            ip: Some("10.0.0.7".into()),
            node: None,
            reason: "CrashLoopBackOff".into(),
            summary: "app crash-looping, last exit 1".into(),
        }
    }

    #[test]
    fn renders_like_kubectl() {
        let rows = vec![
            row("web", "CrashLoopBackOff", 3, Some(1300.0)),
            row("a", "Running", 0, None),
        ];
        let out = render(&rows, false, 1600.0);
        let want = "\
NAMESPACE   NAME   READY   STATUS             RESTARTS     AGE   DIAGNOSIS
default     web    0/1     CrashLoopBackOff   3 (5m ago)   10m   CrashLoopBackOff: app crash-looping, last exit 1
default     a      0/1     Running            0            10m   CrashLoopBackOff: app crash-looping, last exit 1
";
        assert_eq!(out, want);
        let wide = render(&rows[..1], true, 1600.0);
        assert!(wide.starts_with("NAMESPACE   NAME   READY   STATUS             RESTARTS     AGE   IP         NODE     DIAGNOSIS\n"), "{wide}");
        assert!(
            wide.contains("10.0.0.7   <none>   CrashLoopBackOff"),
            "{wide}"
        );
    }
}
