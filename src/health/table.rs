//! The `kubectl get pods -A`-like table shared by `podpulse pods` and `podpulse explain`:
//! NAMESPACE NAME READY STATUS RESTARTS AGE DIAGNOSIS (wide: + IP NODE), laid out the way
//! kubectl's tabwriter does (min width 6, padding 3). Rows are serializable so `/pods` can ship
//! them to the CLI and the CLI renders them with the same code.
//!
//! Everything here that prints text a container controls (pod and container names, reasons,
//! termination messages, probe output, journal lines) passes it through [`sanitize`] first: an
//! escape sequence in a termination message must not reach the operator's terminal, where it
//! could rewrite the screen, set the window title or fake lines of output.

use std::borrow::Cow;

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
    render_table(rows, wide, true, now)
}

/// [`render`], with or without the header line (`--no-headers`: the columns are then as wide
/// as the rows alone need, as kubectl's are).
pub fn render_table(rows: &[PodRow], wide: bool, headers: bool, now: f64) -> String {
    let mut cells: Vec<Vec<Cow<'_, str>>> = Vec::with_capacity(rows.len() + 1);
    if headers {
        let mut header = vec!["NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE"];
        if wide {
            header.extend(["IP", "NODE"]);
        }
        header.push("DIAGNOSIS");
        cells.push(header.into_iter().map(Cow::Borrowed).collect());
    }
    for r in rows {
        let mut line = Vec::with_capacity(9);
        line.extend([
            cell(&r.namespace),
            cell(&r.name),
            cell(&r.ready),
            cell(&r.status),
            Cow::Owned(format_restarts(r.restarts, r.last_restart_at, now)),
            Cow::Owned(translate_timestamp_since(r.created_at, now)),
        ]);
        if wide {
            line.push(cell(r.ip.as_deref().unwrap_or("<none>")));
            line.push(cell(r.node.as_deref().unwrap_or("<none>")));
        }
        line.push(match r.diagnosis_cell() {
            Cow::Borrowed(b) => cell(b),
            Cow::Owned(o) => Cow::Owned(sanitize(&o, Layout::OneLine).into_owned()),
        });
        cells.push(line);
    }
    tabwrite(&cells)
}

/// A table cell: one line, no control characters.
fn cell(s: &str) -> Cow<'_, str> {
    sanitize(s, Layout::OneLine)
}

/// Where sanitized text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A table cell or a one-line field: tab, newline and carriage return become a space.
    OneLine,
    /// A text block the CLI prints as it is (`describe`): newline and tab stay.
    Block,
}

/// Removes what a terminal would interpret from text a container controls: ANSI escape
/// sequences (CSI `ESC [ … final`, OSC/DCS/APC/PM/SOS strings up to BEL or ST, two-byte `ESC x`),
/// the other C0 controls and DEL, the C1 controls U+0080–U+009F (8-bit CSI/OSC included, with
/// the sequence they start), and the bidirectional overrides that reorder what is shown
/// (U+202A–U+202E, U+2066–U+2069). Newline and tab stay in a [`Layout::Block`] and become a
/// space in a [`Layout::OneLine`] cell. Text without any of these is returned borrowed.
pub fn sanitize(s: &str, layout: Layout) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| is_unsafe(c) || (layout == Layout::OneLine && matches!(c, '\n' | '\t')))
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\n' | '\t' => out.push(if layout == Layout::Block { c } else { ' ' }),
            '\r' if layout == Layout::OneLine => out.push(' '),
            '\u{1b}' => match it.next() {
                Some('[') => skip_csi(&mut it),
                Some(']' | 'P' | '_' | '^' | 'X') => skip_string(&mut it),
                // A two-byte escape (ESC 7, ESC c, ...): both bytes go.
                Some(_) | None => {}
            },
            '\u{9b}' => skip_csi(&mut it),
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}' => skip_string(&mut it),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Skips a CSI sequence's parameter and intermediate bytes and its final byte (0x40–0x7E).
fn skip_csi(it: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in it.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            return;
        }
        if !('\u{20}'..='\u{3f}').contains(&c) {
            // Not a CSI byte: the sequence was cut short; drop what came so far.
            return;
        }
    }
}

/// Skips an OSC/DCS/APC/PM/SOS string up to its terminator: BEL, ESC \\ or the 8-bit ST.
fn skip_string(it: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = it.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if it.peek() == Some(&'\\') {
                    it.next();
                }
                return;
            }
            _ => {}
        }
    }
}

/// What `podpulse pods` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Table,
    Wide,
    Json,
    Yaml,
}

/// `podpulse pods` options that shape the output.
#[derive(Debug, Clone, Copy)]
pub struct ListOptions<'a> {
    pub format: ListFormat,
    /// `-n`: only this namespace's pods.
    pub namespace: Option<&'a str>,
    /// False for `--no-headers`.
    pub headers: bool,
    /// The node the agent runs on, for the NODE column of pods whose spec names none (pods
    /// seen only through the runtime): the CLI reads the agent of its own node.
    pub node: Option<&'a str>,
}

#[derive(Debug, thiserror::Error)]
pub enum ListError {
    #[error("the agent's /pods answer is not a JSON list of pods: {0}")]
    Json(#[source] serde_json::Error),
    #[error("cannot write the pods as YAML: {0}")]
    Yaml(#[source] yaml_serde::Error),
}

/// Renders the agent's `/pods` answer for `podpulse pods`: the table (wide adds IP and NODE),
/// or the pods themselves as JSON or YAML, filtered to one namespace with `-n`. Returns the
/// text and how many pods it holds. Strings in JSON/YAML are sanitized too ([`Layout::Block`]):
/// JSON escapes C0 controls but prints C1 controls raw.
pub fn render_pod_list(
    body: &[u8],
    opts: &ListOptions<'_>,
    now: f64,
) -> Result<(String, usize), ListError> {
    let items: Vec<serde_json::Value> = serde_json::from_slice(body).map_err(ListError::Json)?;
    let mut items: Vec<serde_json::Value> = items
        .into_iter()
        .filter(|item| {
            opts.namespace.is_none_or(|ns| {
                item["row"]["namespace"]
                    .as_str()
                    .or(item["pod"]["namespace"].as_str())
                    == Some(ns)
            })
        })
        .collect();
    let n = items.len();
    match opts.format {
        ListFormat::Json | ListFormat::Yaml => {
            items.iter_mut().for_each(sanitize_json);
            let text = if opts.format == ListFormat::Json {
                let mut t = serde_json::to_string_pretty(&items).map_err(ListError::Json)?;
                t.push('\n');
                t
            } else {
                yaml_serde::to_string(&items).map_err(ListError::Yaml)?
            };
            Ok((text, n))
        }
        ListFormat::Table | ListFormat::Wide => {
            let mut rows = Vec::with_capacity(n);
            for item in items {
                // The sandbox's IP when the spec gave none (the agent knows it: pod_info's pod_ip).
                let pod_ip = item["pod_ip"]
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(str::to_string);
                #[derive(Deserialize)]
                struct Item {
                    row: PodRow,
                }
                let Item { mut row } = serde_json::from_value(item).map_err(ListError::Json)?;
                if row.ip.is_none() {
                    row.ip = pod_ip;
                }
                if row.node.is_none() {
                    row.node = opts.node.map(str::to_string);
                }
                rows.push(row);
            }
            let wide = opts.format == ListFormat::Wide;
            if rows.is_empty() {
                return Ok((String::new(), 0));
            }
            Ok((render_table(&rows, wide, opts.headers, now), n))
        }
    }
}

/// Sanitizes every string of a JSON value in place.
fn sanitize_json(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) => {
            if let Cow::Owned(clean) = sanitize(s, Layout::Block) {
                *s = clean;
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(sanitize_json),
        serde_json::Value::Object(o) => {
            // Keys too: container names and reasons are map keys in a pod's JSON.
            for (k, mut v) in std::mem::take(o) {
                sanitize_json(&mut v);
                o.insert(sanitize(&k, Layout::Block).into_owned(), v);
            }
        }
        _ => {}
    }
}

/// `podpulse describe NS/NAME`: one pod's full diagnosis, containers included.
pub fn render_describe(namespace: &str, name: &str, h: &PodHealth, now: f64) -> String {
    use std::fmt::Write as _;
    // Every name, reason, message and step below may come from a container or a spec.
    let one = |t: &str| sanitize(t, Layout::OneLine).into_owned();
    let mut s = String::new();
    let _ = writeln!(s, "Pod:        {}/{}", one(namespace), one(name));
    let _ = writeln!(
        s,
        "Status:     {} (phase {})",
        one(&h.status),
        h.phase.as_str()
    );
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
        let _ = writeln!(s, "IP:         {}", one(ip));
    }
    if let Some(node) = &h.node {
        let _ = writeln!(s, "Node:       {}", one(node));
    }
    let _ = writeln!(s, "Containers:");
    for c in &h.containers {
        let state = match c.state {
            super::StateKind::Running => "running".to_string(),
            super::StateKind::Waiting => match &c.waiting_reason {
                Some(r) => format!("waiting ({})", one(r)),
                None => "waiting".to_string(),
            },
            super::StateKind::Terminated => match (&c.terminated_reason, c.last_exit_code) {
                (Some(r), Some(x)) => format!("terminated ({}, exit {x})", one(r)),
                (None, Some(x)) => format!("terminated (exit {x})"),
                _ => "terminated".to_string(),
            },
        };
        let _ = writeln!(
            s,
            "  {}{}: {state}, ready={}, restarts={}{}",
            one(&c.name),
            if c.init { " (init)" } else { "" },
            c.ready,
            c.restarts,
            match (&c.last_terminated_reason, c.last_exit_code) {
                (Some(r), Some(x)) if c.state != super::StateKind::Terminated =>
                    format!(", last: {} (exit {x})", one(r)),
                _ => String::new(),
            }
        );
    }
    let d = &h.diagnosis;
    let _ = writeln!(s, "Diagnosis:  {} — {}", d.reason, one(&d.summary));
    if !d.evidence.is_empty() {
        let _ = writeln!(s, "Evidence:");
        for e in &d.evidence {
            let _ = writeln!(s, "  - {}", one(e));
        }
    }
    if !d.next_steps.is_empty() {
        let _ = writeln!(s, "Next steps:");
        for n in &d.next_steps {
            let _ = writeln!(s, "  $ {}", one(n));
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

    #[test]
    fn sanitize_strips_what_a_terminal_would_interpret() {
        let one = |s: &str| sanitize(s, Layout::OneLine).into_owned();
        let block = |s: &str| sanitize(s, Layout::Block).into_owned();
        // (input, one-line cell, text block)
        let cases: &[(&str, &str, &str)] = &[
            ("plain text", "plain text", "plain text"),
            ("ünïcödé ✓ 日本", "ünïcödé ✓ 日本", "ünïcödé ✓ 日本"),
            // SGR colour, cursor movement, erase display: CSI sequences, params and all.
            ("\u{1b}[31mred\u{1b}[0m", "red", "red"),
            ("a\u{1b}[2J\u{1b}[1;1Hb", "ab", "ab"),
            ("x\u{1b}[?25ly", "xy", "xy"),
            // OSC: window title (BEL-terminated) and hyperlink (ST-terminated).
            ("\u{1b}]0;pwned\u{7}ok", "ok", "ok"),
            (
                "\u{1b}]8;;http://evil\u{1b}\\click\u{1b}]8;;\u{1b}\\",
                "click",
                "click",
            ),
            // DCS string, two-byte escapes (save cursor, full reset).
            ("\u{1b}Pq#0;2\u{1b}\\after", "after", "after"),
            ("\u{1b}7\u{1b}cdone", "done", "done"),
            // 8-bit C1 CSI and OSC, and a lone C1 control.
            ("\u{9b}31mred", "red", "red"),
            ("\u{9d}0;title\u{9c}rest", "rest", "rest"),
            ("a\u{85}b", "ab", "ab"),
            // Other C0 controls and DEL go; CR would let a line overwrite itself.
            ("bell\u{7}\u{8}\u{8}x\u{7f}", "bellx", "bellx"),
            ("fake\rreal", "fake real", "fakereal"),
            // Newline and tab: kept in a block, a space in a cell.
            ("line1\nline2\tend", "line1 line2 end", "line1\nline2\tend"),
            // Bidi overrides that reorder what is displayed.
            ("abc\u{202e}fed", "abcfed", "abcfed"),
            // A sequence cut short at the end of the text.
            ("tail\u{1b}[", "tail", "tail"),
            ("tail\u{1b}", "tail", "tail"),
        ];
        for (input, want_one, want_block) in cases {
            assert_eq!(one(input), *want_one, "one-line {input:?}");
            assert_eq!(block(input), *want_block, "block {input:?}");
        }
        assert!(matches!(
            sanitize("clean", Layout::OneLine),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn table_never_prints_container_controlled_escapes() {
        let mut r = row("web\u{1b}[2J", "Error", 1, None);
        r.summary = "exited: \u{1b}]0;owned\u{7}boom\nsecond line".into();
        let out = render(&[r], true, 1600.0);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(out.contains("web "), "{out}");
        assert!(out.contains("exited: boom second line"), "{out}");
    }

    fn list_body() -> Vec<u8> {
        let mut a = row("web", "Running", 0, None);
        a.ip = None;
        a.namespace = "shop".into();
        let mut b = row("job-1", "Completed", 0, None);
        b.namespace = "batch".into();
        b.node = Some("node-b".into());
        b.summary = "done \u{1b}[31mred".into();
        let items = serde_json::json!([
            {"pod": {"namespace": "shop", "name": "web", "uid": "u1"}, "pod_ip": "172.17.0.9", "row": a},
            {"pod": {"namespace": "batch", "name": "job-1", "uid": "u2"}, "pod_ip": null, "row": b},
        ]);
        serde_json::to_vec(&items).unwrap_or_default()
    }

    fn list(format: ListFormat, namespace: Option<&str>, headers: bool) -> (String, usize) {
        let opts = ListOptions {
            format,
            namespace,
            headers,
            node: Some("this-node"),
        };
        match render_pod_list(&list_body(), &opts, 1600.0) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn pod_list_filters_by_namespace_and_drops_headers() {
        let (all, n) = list(ListFormat::Table, None, true);
        assert_eq!(n, 2);
        assert!(all.starts_with("NAMESPACE "), "{all}");
        let (shop, n) = list(ListFormat::Table, Some("shop"), true);
        assert_eq!(n, 1);
        assert!(shop.contains("web") && !shop.contains("job-1"), "{shop}");
        let (bare, _) = list(ListFormat::Table, Some("shop"), false);
        assert_eq!(bare.lines().count(), 1, "{bare}");
        assert!(bare.starts_with("shop   web"), "{bare}");
        let (none, n) = list(ListFormat::Table, Some("nope"), true);
        assert_eq!((none.as_str(), n), ("", 0));
    }

    #[test]
    fn wide_list_shows_the_sandbox_ip_and_this_node() {
        let (wide, _) = list(ListFormat::Wide, None, true);
        let web = wide.lines().find(|l| l.contains("web")).unwrap_or("");
        // The row had no IP (no spec): the agent's pod_ip fills it, and the node is this node.
        assert!(
            web.contains("172.17.0.9") && web.contains("this-node"),
            "{wide}"
        );
        // A node the spec names is kept.
        let job = wide.lines().find(|l| l.contains("job-1")).unwrap_or("");
        assert!(job.contains("node-b") && job.contains("10.0.0.7"), "{wide}");
        assert!(!wide.contains("<none>"), "{wide}");
    }

    #[test]
    fn pod_list_as_yaml_and_json_is_the_pods_sanitized() {
        let (yaml, n) = list(ListFormat::Yaml, Some("batch"), true);
        assert_eq!(n, 1);
        let parsed: serde_json::Value = yaml_serde::from_str(&yaml).unwrap_or_default();
        assert_eq!(parsed[0]["pod"]["name"], "job-1", "{yaml}");
        assert_eq!(parsed[0]["row"]["summary"], "done red", "{yaml}");
        assert_eq!(parsed.as_array().map(Vec::len), Some(1));
        let (json, _) = list(ListFormat::Json, None, true);
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(parsed.as_array().map(Vec::len), Some(2));
        assert!(!json.contains("\\u001b"), "{json}");
    }
}
