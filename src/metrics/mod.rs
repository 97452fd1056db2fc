//! Metrics: a small exposition encoder, one collector per metric family (`families`), the
//! operator's selection of families and pods (`select`), and the renderer that runs the
//! selected collectors over the current `Snapshot` at scrape time.
//!
//! Nothing here keeps metric state of its own: a series exists exactly while the state it
//! describes does, so a deleted pod's series are gone at the next scrape. Counters are kept by
//! their owners (the node state, the journal reader, the probe scheduler) and only read here.
//!
//! The encoder is hand-written rather than `prometheus-client`: that crate renders OpenMetrics
//! only, while `promtool check metrics` and older scrapers want the classic text format, and
//! per-scrape families with dynamic label sets are simplest as plain writes.

pub mod build;
pub mod families;
pub mod process;
pub mod render;
pub mod select;

use std::fmt::Write;

pub use render::{render, render_with, RenderInputs};
pub use select::{Profile, Selection, SelectionError, SelectionSpec};

/// The content types we serve.
pub const TEXT_CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";
pub const OPENMETRICS_CONTENT_TYPE: &str =
    "application/openmetrics-text; version=1.0.0; charset=utf-8";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Gauge,
    Counter,
    Histogram,
}

/// Writes one exposition document, in the classic text format or in OpenMetrics.
pub struct Encoder {
    out: String,
    openmetrics: bool,
    counter_family: bool,
}

impl Encoder {
    pub fn new(openmetrics: bool, capacity: usize) -> Self {
        Self {
            out: String::with_capacity(capacity),
            openmetrics,
            counter_family: false,
        }
    }

    /// Starts a family. Counter families are named without `_total`; samples add it.
    pub fn family(&mut self, name: &str, kind: Kind, help: &str) {
        self.counter_family = kind == Kind::Counter;
        let header = if kind == Kind::Counter && !self.openmetrics {
            format!("{name}_total")
        } else {
            name.to_string()
        };
        let kind = match kind {
            Kind::Gauge => "gauge",
            Kind::Counter => "counter",
            Kind::Histogram => "histogram",
        };
        let _ = writeln!(self.out, "# HELP {header} {help}");
        let _ = writeln!(self.out, "# TYPE {header} {kind}");
    }

    /// One sample of the current family. `suffix` is `""`, or `_bucket`/`_sum`/`_count` for a
    /// histogram; counters get `_total` automatically.
    pub fn sample(&mut self, name: &str, suffix: &str, labels: &[(&str, &str)], value: f64) {
        self.out.push_str(name);
        if self.counter_family {
            self.out.push_str("_total");
        }
        self.out.push_str(suffix);
        if !labels.is_empty() {
            self.out.push('{');
            for (i, (k, v)) in labels.iter().enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                self.out.push_str(k);
                self.out.push_str("=\"");
                escape_into(&mut self.out, v);
                self.out.push('"');
            }
            self.out.push('}');
        }
        self.out.push(' ');
        write_value(&mut self.out, value);
        self.out.push('\n');
    }

    pub fn finish(mut self) -> String {
        if self.openmetrics {
            self.out.push_str("# EOF\n");
        }
        self.out
    }
}

fn escape_into(out: &mut String, v: &str) {
    // Nearly every value needs no escaping: copy it whole rather than char by char.
    if !v.bytes().any(|b| matches!(b, b'\\' | b'"' | b'\n')) {
        out.push_str(v);
        return;
    }
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

fn write_value(out: &mut String, v: f64) {
    // 0 and 1 are most samples (state gauges, zero counters): skip the formatter for them.
    if v == 0.0 {
        out.push('0');
    } else if v == 1.0 {
        out.push('1');
    } else if v.is_nan() {
        out.push_str("NaN");
    } else if v.is_infinite() {
        out.push_str(if v > 0.0 { "+Inf" } else { "-Inf" });
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        let _ = write!(out, "{}", v as i64);
    } else {
        let _ = write!(out, "{v}");
    }
}

/// True when the scraper's `Accept` header prefers OpenMetrics.
pub fn wants_openmetrics(accept: Option<&str>) -> bool {
    accept.is_some_and(|a| a.contains("application/openmetrics-text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_text_and_openmetrics() {
        for om in [false, true] {
            let mut e = Encoder::new(om, 0);
            e.family("x_restarts", Kind::Counter, "Restarts.");
            e.sample("x_restarts", "", &[("pod", "a\"b\\c\nd")], 3.0);
            e.family("x_up", Kind::Gauge, "Up.");
            e.sample("x_up", "", &[], 0.5);
            let s = e.finish();
            assert!(
                s.contains("x_restarts_total{pod=\"a\\\"b\\\\c\\nd\"} 3\n"),
                "{s}"
            );
            assert!(s.contains("x_up 0.5\n"));
            if om {
                assert!(s.contains("# TYPE x_restarts counter\n"));
                assert!(s.ends_with("# EOF\n"));
            } else {
                assert!(s.contains("# TYPE x_restarts_total counter\n"));
            }
        }
    }
}

/// Configuration errors found at run time (a malformed manifest, an undecodable pod), by the
/// source that found them. Owned by `app`, counted by the source forwarder, read at scrape time.
#[derive(Debug, Default)]
pub struct ConfigErrorCounters {
    by_kind: [std::sync::atomic::AtomicU64; 3],
}

impl ConfigErrorCounters {
    pub fn add(&self, kind: crate::pods::SourceKind, n: u64) {
        self.by_kind[Self::index(kind)].fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        crate::pods::SourceKind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str(),
                    self.by_kind[Self::index(*k)].load(std::sync::atomic::Ordering::Relaxed),
                )
            })
            .collect()
    }

    fn index(kind: crate::pods::SourceKind) -> usize {
        match kind {
            crate::pods::SourceKind::ApiServer => 0,
            crate::pods::SourceKind::Kubelet => 1,
            crate::pods::SourceKind::Manifests => 2,
        }
    }
}
