//! `podpulse kubelet-log [-f FILE] [-o json]`: the journal pipeline run offline over saved kubelet
//! log text — plain klog lines, `journalctl` short output, or `journalctl -o json` (detected per
//! line). Prints a per-pod summary table, or with `-o json` one object per input line, in order:
//! `{"namespace","pod","pod_uid","container","reason"}` (null where unknown).
//!
//! Pure over its reader and writer (the CLI passes stdin/stdout), so tests drive it directly.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;

use serde::Serialize;

use super::{analyze, Analysis, Outcome, Rules};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Clone, Default)]
pub struct KubeletLogArgs {
    /// Input file; `None` or `-` reads stdin.
    pub file: Option<PathBuf>,
    pub output: OutputFormat,
    /// Optional YAML file with user rules (`rules:` list).
    pub rules_file: Option<PathBuf>,
}

/// One output object of `-o json`.
#[derive(Debug, Serialize, PartialEq, Eq)]
struct LineJson<'a> {
    namespace: Option<String>,
    pod: Option<String>,
    pod_uid: Option<String>,
    container: Option<String>,
    reason: Option<&'a str>,
}

#[derive(Default)]
struct PodSummary {
    lines: u64,
    reasons: BTreeMap<&'static str, u64>,
    last_reason: Option<&'static str>,
    last_message: String,
}

/// Run the command. Exit codes: 0 done, 1 input/output error, 2 bad rules file.
pub fn kubelet_log_run(
    args: KubeletLogArgs,
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
) -> i32 {
    let rules = match &args.rules_file {
        Some(p) => match Rules::from_yaml_file(p) {
            Ok(r) => r,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "podpulse kubelet-log: {e}");
                return 2;
            }
        },
        None => Rules::shipped(),
    };
    let mut file_reader;
    let input: &mut dyn BufRead = match &args.file {
        Some(p) if p.as_os_str() != "-" => match std::fs::File::open(p) {
            Ok(f) => {
                file_reader = std::io::BufReader::with_capacity(1 << 16, f);
                &mut file_reader
            }
            Err(e) => {
                let _ = writeln!(
                    std::io::stderr(),
                    "podpulse kubelet-log: {}: {e}",
                    p.display()
                );
                return 1;
            }
        },
        _ => stdin,
    };
    match run(&rules, args.output, input, stdout) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "podpulse kubelet-log: {e}");
            1
        }
    }
}

/// The message of a `journalctl -o json` line: MESSAGE is a string, or an array of byte values
/// when journald stored it as binary.
fn json_message(v: &serde_json::Value) -> Option<Vec<u8>> {
    match v.get("MESSAGE")? {
        serde_json::Value::String(s) => Some(s.as_bytes().to_vec()),
        serde_json::Value::Array(a) => Some(
            a.iter()
                .filter_map(|b| b.as_u64().map(|b| b as u8))
                .collect(),
        ),
        _ => None,
    }
}

fn run(
    rules: &Rules,
    format: OutputFormat,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(4096);
    let mut pods: BTreeMap<(String, String, String), PodSummary> = BTreeMap::new();
    let mut node: BTreeMap<&'static str, u64> = BTreeMap::new();
    let (mut total, mut classified) = (0u64, 0u64);
    let mut w = std::io::BufWriter::new(out);
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        total += 1;
        let raw: &[u8] = &buf;
        // `journalctl -o json` lines are JSON objects with a MESSAGE field.
        let json_msg = if raw.first() == Some(&b'{') {
            serde_json::from_slice::<serde_json::Value>(trim(raw))
                .ok()
                .and_then(|v| json_message(&v))
        } else {
            None
        };
        let msg: &[u8] = json_msg.as_deref().unwrap_or(raw);
        let a = analyze(rules, msg, true);
        if a.outcome.is_some() {
            classified += 1;
        }
        match format {
            OutputFormat::Json => write_json(&mut w, &a)?,
            OutputFormat::Table => summarize(&a, &mut pods, &mut node),
        }
    }
    if format == OutputFormat::Table {
        write_table(&mut w, &merge_rows(pods), &node, total, classified)?;
    }
    w.flush()
}

fn trim(b: &[u8]) -> &[u8] {
    let mut end = b.len();
    while end > 0 && matches!(b[end - 1], b'\n' | b'\r' | b' ') {
        end -= 1;
    }
    &b[..end]
}

fn lossy(b: Option<&[u8]>) -> Option<String> {
    b.map(|b| String::from_utf8_lossy(b).into_owned())
}

fn write_json(w: &mut dyn Write, a: &Analysis<'_>) -> std::io::Result<()> {
    let at = &a.attribution;
    let obj = LineJson {
        namespace: lossy(at.namespace),
        pod: lossy(at.name),
        pod_uid: lossy(at.uid_bytes()),
        container: lossy(at.container),
        reason: a.outcome.map(Outcome::as_str),
    };
    serde_json::to_writer(&mut *w, &obj).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

fn summarize(
    a: &Analysis<'_>,
    pods: &mut BTreeMap<(String, String, String), PodSummary>,
    node: &mut BTreeMap<&'static str, u64>,
) {
    if let Some(Outcome::Node(n)) = a.outcome {
        *node.entry(n.as_str()).or_default() += 1;
        return;
    }
    let at = &a.attribution;
    if at.is_empty() {
        return;
    }
    let key = (
        lossy(at.namespace).unwrap_or_default(),
        lossy(at.name).unwrap_or_default(),
        lossy(at.uid_bytes()).unwrap_or_default(),
    );
    let s = pods.entry(key).or_default();
    s.lines += 1;
    if let Some(Outcome::Pod(r)) = a.outcome {
        *s.reasons.entry(r.as_str()).or_default() += 1;
        s.last_reason = Some(r.as_str());
        s.last_message = super::event_message(&a.line);
    }
}

type PodKey = (String, String, String);

/// Lines name the same pod in different ways (a uid only, a name only, ns/name + uid): fold the
/// partial rows into the row that knows the pod best.
fn merge_rows(pods: BTreeMap<PodKey, PodSummary>) -> BTreeMap<PodKey, PodSummary> {
    let full: Vec<PodKey> = pods
        .keys()
        .filter(|(ns, name, uid)| !ns.is_empty() && !name.is_empty() && !uid.is_empty())
        .cloned()
        .collect();
    let target = |k: &PodKey| -> Option<PodKey> {
        let (ns, name, uid) = k;
        let mut hits = full.iter().filter(|(fns, fname, fuid)| {
            (!uid.is_empty() && uid == fuid)
                || (uid.is_empty() && name == fname && (ns.is_empty() || ns == fns))
        });
        let first = hits.next()?;
        // Only merge when exactly one full row fits.
        hits.next().is_none().then(|| first.clone())
    };
    let mut out: BTreeMap<PodKey, PodSummary> = BTreeMap::new();
    for (k, v) in pods {
        let key = if full.contains(&k) {
            k
        } else {
            target(&k).unwrap_or(k)
        };
        let e = out.entry(key).or_default();
        e.lines += v.lines;
        for (r, n) in v.reasons {
            *e.reasons.entry(r).or_default() += n;
        }
        if v.last_reason.is_some() {
            e.last_reason = v.last_reason;
            e.last_message = v.last_message;
        }
    }
    out
}

fn write_table(
    w: &mut dyn Write,
    pods: &BTreeMap<(String, String, String), PodSummary>,
    node: &BTreeMap<&'static str, u64>,
    total: u64,
    classified: u64,
) -> std::io::Result<()> {
    let dash = |s: &str| {
        if s.is_empty() {
            "-".to_string()
        } else {
            s.to_string()
        }
    };
    let rows: Vec<[String; 6]> = pods
        .iter()
        .map(|((ns, name, uid), s)| {
            let reasons = s
                .reasons
                .iter()
                .map(|(r, n)| format!("{r}x{n}"))
                .collect::<Vec<_>>()
                .join(",");
            let mut last = s.last_message.replace(['\n', '\t'], " ");
            if last.len() > 100 {
                let mut cut = 97;
                while !last.is_char_boundary(cut) {
                    cut -= 1;
                }
                last.truncate(cut);
                last.push_str("...");
            }
            [
                dash(ns),
                dash(name),
                dash(uid),
                s.lines.to_string(),
                dash(&reasons),
                dash(&last),
            ]
        })
        .collect();
    let header = [
        "NAMESPACE",
        "POD",
        "UID",
        "LINES",
        "REASONS",
        "LAST MESSAGE",
    ];
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate().take(5) {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |w: &mut dyn Write, cells: &[&str]| -> std::io::Result<()> {
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                writeln!(w, "{c}")?;
            } else {
                write!(w, "{c:<width$}   ", width = widths[i])?;
            }
        }
        Ok(())
    };
    line(w, &header)?;
    for r in &rows {
        let cells: Vec<&str> = r.iter().map(String::as_str).collect();
        line(w, &cells)?;
    }
    if !node.is_empty() {
        let probs = node
            .iter()
            .map(|(r, n)| format!("{r}x{n}"))
            .collect::<Vec<_>>()
            .join(",");
        writeln!(w, "\nNODE PROBLEMS: {probs}")?;
    }
    writeln!(
        w,
        "\n{total} lines, {classified} classified, {} pods",
        pods.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_json(input: &str) -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        let code = kubelet_log_run(
            KubeletLogArgs {
                output: OutputFormat::Json,
                ..Default::default()
            },
            &mut input.as_bytes(),
            &mut out,
        );
        assert_eq!(code, 0);
        String::from_utf8_lossy(&out)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    #[test]
    fn json_one_object_per_line_in_order() {
        let input = concat!(
            "Oct 29 13:16:48 centos02 kubelet[4919]: E1029 13:16:48.471488    4919 pod_workers.go:182] Error syncing pod cc89ef7c-bc47-11e7-85ce-901b0edee6b6 (\"alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)\"), skipping: failed to \"StartContainer\" for \"alpine\" with CrashLoopBackOff: \"Back-off 5m0s restarting failed container=alpine pod=alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)\"\n",
            "something unrelated\n",
            "{\"__REALTIME_TIMESTAMP\":\"1\",\"MESSAGE\":\"I0101 00:00:00.000000 1 prober.go:107] \\\"Probe failed\\\" probeType=\\\"Readiness\\\" pod=\\\"default/web\\\" podUID=\\\"c076d934-6820-46cd-b886-c6b35111ece2\\\" containerName=\\\"app\\\" probeResult=\\\"failure\\\" output=\\\"HTTP probe failed with statuscode: 503\\\"\"}\n",
            "{\"MESSAGE\":[69,48,49,48,49,255]}\n",
        );
        let v = run_json(input);
        assert_eq!(v.len(), 4);
        assert_eq!(v[0]["namespace"], "default");
        assert_eq!(v[0]["pod"], "alpine-368057524-bgt0m");
        assert_eq!(v[0]["container"], "alpine");
        assert_eq!(v[0]["reason"], "CrashLoopBackOff");
        assert!(v[1]["reason"].is_null() && v[1]["pod"].is_null());
        assert_eq!(v[2]["pod"], "web");
        assert_eq!(v[2]["pod_uid"], "c076d934-6820-46cd-b886-c6b35111ece2");
        assert_eq!(v[2]["reason"], "ReadinessProbeFailed");
        assert!(v[3]["reason"].is_null());
        let keys: Vec<&String> = v[0]
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert_eq!(keys.len(), 5);
    }

    #[test]
    fn table_summarizes_per_pod() {
        let input = concat!(
            "E0101 00:00:00.000000 1 pod_workers.go:1] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"app\\\" with ErrImagePull: \\\"rpc error: not found\\\"\" pod=\"default/web\" podUID=\"c076d934-6820-46cd-b886-c6b35111ece2\"\n",
            "E0101 00:00:01.000000 1 kubelet.go:2055] \"Skipping pod synchronization\" err=\"PLEG is not healthy: pleg was last seen active 3m0s ago; threshold is 3m0s\"\n",
            "I0101 00:00:02.000000 1 generic.go:334] \"Generic (PLEG): container finished\" podID=\"c076d934-6820-46cd-b886-c6b35111ece2\" containerID=\"abc\" exitCode=1\n",
        );
        let mut out = Vec::new();
        let code = kubelet_log_run(KubeletLogArgs::default(), &mut input.as_bytes(), &mut out);
        assert_eq!(code, 0);
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("default"), "{text}");
        assert!(text.contains("ErrImagePullx1"), "{text}");
        assert!(text.contains("NODE PROBLEMS: PlegNotHealthyx1"), "{text}");
        assert!(text.contains("1 pods"), "{text}");
    }
}
