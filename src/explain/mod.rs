//! `podpulse explain -f FILE|-`: offline status and diagnosis for saved pods — a
//! `kubectl get pods -o json` List, a single Pod, a JSON array, or YAML (multi-document too).
//!
//! Owns reading and parsing the input and writing the table or JSON; the classification is
//! `health::classify`, the same code the agent runs. Bad input never stops the good pods: each
//! document (and each List item) is parsed on its own, errors name the file, the document and
//! the item, and the exit code is non-zero only when nothing could be read.

use std::io::{Read, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::health::table::{render, PodRow};
use crate::health::{classify, ClassifyConfig, PodHealth, PodInput};
use crate::model::PodRef;
use crate::pods::types::Pod;

mod fast;
use fast::fast_json;

/// What the lead's clap layer hands over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExplainArgs {
    /// A path, or `-` for stdin.
    pub file: String,
    /// `-o json`.
    pub json: bool,
    /// `-o wide`.
    pub wide: bool,
    /// The kubelet's `--allowed-unsafe-sysctls`, to judge sysctls as that node would.
    pub allowed_unsafe_sysctls: Vec<String>,
}

/// Why (part of) the input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ExplainError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: {location}: {message}")]
    Parse {
        file: String,
        location: Location,
        message: String,
    },
}

/// Where in the input a problem is: the document (1-based) and, inside a List, the item
/// (0-based, as `items[N]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub document: usize,
    pub item: Option<usize>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "document {}", self.document)?;
        if let Some(i) = self.item {
            write!(f, ", items[{i}]")?;
        }
        Ok(())
    }
}

/// One pod's answer, in input order. Serializes as
/// `{"namespace","name","status","ready","restarts","diagnosis":{"reason","evidence","next_steps"}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainedPod {
    pub namespace: String,
    pub name: String,
    pub health: PodHealth,
}

impl ExplainedPod {
    pub fn status(&self) -> &str {
        &self.health.status
    }

    /// READY, `n/m`.
    pub fn ready(&self) -> String {
        format!("{}/{}", self.health.ready, self.health.total)
    }
}

impl Serialize for ExplainedPod {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Diag<'a>(&'a crate::health::Diagnosis);
        impl Serialize for Diag<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut d = s.serialize_struct("Diagnosis", 3)?;
                d.serialize_field("reason", &self.0.reason)?;
                d.serialize_field("evidence", &self.0.evidence)?;
                d.serialize_field("next_steps", &self.0.next_steps)?;
                d.end()
            }
        }
        let mut st = s.serialize_struct("ExplainedPod", 6)?;
        st.serialize_field("namespace", &self.namespace)?;
        st.serialize_field("name", &self.name)?;
        st.serialize_field("status", &self.health.status)?;
        st.serialize_field("ready", &self.ready())?;
        st.serialize_field("restarts", &self.health.restarts)?;
        st.serialize_field("diagnosis", &Diag(&self.health.diagnosis))?;
        st.end()
    }
}

/// Everything `explain_bytes` found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub pods: Vec<ExplainedPod>,
    pub errors: Vec<ExplainError>,
}

fn is_list_kind(kind: Option<&str>) -> bool {
    matches!(kind, Some(k) if k == "List" || k.ends_with("List"))
}

/// Parses and classifies `data`; `file` only names the source in errors.
pub fn explain_bytes(file: &str, data: &[u8], now: f64, config: &ClassifyConfig) -> Outcome {
    explain_bytes_on(file, data, now, config, fast::default_threads())
}

/// `explain_bytes` with at most `threads` threads sharing a large JSON List (1: this thread
/// only). The answer is the same for any number.
pub fn explain_bytes_on(
    file: &str,
    data: &[u8],
    now: f64,
    config: &ClassifyConfig,
    threads: usize,
) -> Outcome {
    let mut out = Outcome::default();
    let first = data.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let mut sink = Sink {
        file,
        now,
        config,
        threads: threads.max(1),
        out: &mut out,
    };
    match first {
        None => sink
            .out
            .errors
            .push(parse_err(file, 1, None, "the input is empty")),
        Some(b'{') | Some(b'[') => {
            if !fast_json(data, &mut sink) {
                let mut pods = Vec::new();
                slow_json(file, data, &mut pods, &mut sink.out.errors);
                for (loc, pod) in pods {
                    sink.accept(loc, &pod);
                }
            }
        }
        Some(_) => {
            let mut pods = Vec::new();
            parse_yaml(file, data, &mut pods, &mut sink.out.errors);
            for (loc, pod) in pods {
                sink.accept(loc, &pod);
            }
        }
    }
    out.errors.sort_by_key(|e| match e {
        ExplainError::Parse { location, .. } => {
            (location.document, location.item.map_or(0, |i| i + 1))
        }
        ExplainError::Read { .. } => (0, 0),
    });
    out
}

/// Where classified pods and per-pod errors go, as they are parsed.
struct Sink<'a> {
    file: &'a str,
    now: f64,
    config: &'a ClassifyConfig,
    /// How many threads may share a large List.
    threads: usize,
    out: &'a mut Outcome,
}

impl Sink<'_> {
    fn accept(&mut self, loc: Location, pod: &Pod) {
        match validate(pod) {
            Ok(()) => self.out.pods.push(explain_pod(pod, self.now, self.config)),
            Err(message) => self.out.errors.push(ExplainError::Parse {
                file: self.file.to_string(),
                location: loc,
                message,
            }),
        }
    }
}

fn parse_err(
    file: &str,
    document: usize,
    item: Option<usize>,
    msg: impl Into<String>,
) -> ExplainError {
    ExplainError::Parse {
        file: file.to_string(),
        location: Location { document, item },
        message: msg.into(),
    }
}

fn validate(pod: &Pod) -> Result<(), String> {
    match pod.kind.as_deref() {
        None | Some("Pod") | Some("") => {}
        Some(k) => return Err(format!("kind {k:?} is not a Pod")),
    }
    if pod.metadata.name.as_deref().unwrap_or("").is_empty() {
        return Err("metadata.name is missing".into());
    }
    Ok(())
}

fn describe_value_pod(v: &serde_json::Value) -> String {
    let ns = v.pointer("/metadata/namespace").and_then(|x| x.as_str());
    let name = v.pointer("/metadata/name").and_then(|x| x.as_str());
    match (ns, name) {
        (Some(ns), Some(n)) => format!(" (pod {ns}/{n})"),
        (None, Some(n)) => format!(" (pod {n})"),
        _ => String::new(),
    }
}

/// The slow path for JSON that the fast path refused: parse documents as untyped values, then
/// each Pod (or List item) on its own, so one bad item is one error.
fn slow_json(
    file: &str,
    data: &[u8],
    pods: &mut Vec<(Location, Pod)>,
    errors: &mut Vec<ExplainError>,
) {
    // Slow path: find the bad parts, keep the good ones.
    let stream = serde_json::Deserializer::from_slice(data).into_iter::<serde_json::Value>();
    for (i, doc) in stream.enumerate() {
        let document = i + 1;
        let value = match doc {
            Ok(v) => v,
            Err(e) => {
                errors.push(parse_err(
                    file,
                    document,
                    None,
                    format!("not valid JSON: {e}"),
                ));
                break; // the rest of a broken JSON stream cannot be located reliably
            }
        };
        collect_value(file, document, value, pods, errors);
    }
}

/// Splits a parsed document into pods, parsing each item on its own.
fn collect_value(
    file: &str,
    document: usize,
    value: serde_json::Value,
    pods: &mut Vec<(Location, Pod)>,
    errors: &mut Vec<ExplainError>,
) {
    let items = match value {
        serde_json::Value::Null => return,
        serde_json::Value::Array(items) => Some(items),
        serde_json::Value::Object(mut map) => {
            let kind = map.get("kind").and_then(|k| k.as_str()).map(str::to_string);
            if map.contains_key("items") || is_list_kind(kind.as_deref()) {
                match map.remove("items") {
                    Some(serde_json::Value::Array(items)) => Some(items),
                    Some(serde_json::Value::Null) | None => Some(Vec::new()),
                    Some(_) => {
                        errors.push(parse_err(file, document, None, "items is not a list"));
                        return;
                    }
                }
            } else {
                let v = serde_json::Value::Object(map);
                let what = describe_value_pod(&v);
                match serde_json::from_value::<Pod>(v) {
                    Ok(p) => pods.push((
                        Location {
                            document,
                            item: None,
                        },
                        p,
                    )),
                    Err(e) => errors.push(parse_err(
                        file,
                        document,
                        None,
                        format!("not a valid Pod{what}: {e}"),
                    )),
                }
                return;
            }
        }
        other => {
            errors.push(parse_err(
                file,
                document,
                None,
                format!("expected a Pod or a List, found {}", json_type(&other)),
            ));
            return;
        }
    };
    for (j, item) in items.unwrap_or_default().into_iter().enumerate() {
        let what = describe_value_pod(&item);
        if !item.is_object() {
            errors.push(parse_err(
                file,
                document,
                Some(j),
                format!("expected a Pod object, found {}", json_type(&item)),
            ));
            continue;
        }
        match serde_json::from_value::<Pod>(item) {
            Ok(p) => pods.push((
                Location {
                    document,
                    item: Some(j),
                },
                p,
            )),
            Err(e) => errors.push(parse_err(
                file,
                document,
                Some(j),
                format!("not a valid Pod{what}: {e}"),
            )),
        }
    }
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Splits YAML into documents on `---` lines ourselves, so a broken document cannot take the
/// following ones down with it.
fn yaml_documents(text: &str) -> Vec<String> {
    let mut docs = Vec::new();
    let mut cur = String::new();
    let mut started = false;
    for line in text.lines() {
        let is_sep = line == "---" || line.starts_with("--- ") || line.starts_with("---\t");
        if is_sep {
            if started || !cur.trim().is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
            started = true;
            let rest = line[3..].trim();
            if !rest.is_empty() {
                cur.push_str(rest);
                cur.push('\n');
            }
            continue;
        }
        if line == "..." {
            continue;
        }
        cur.push_str(line);
        cur.push('\n');
    }
    if started || !cur.trim().is_empty() {
        docs.push(cur);
    }
    docs
}

fn parse_yaml(
    file: &str,
    data: &[u8],
    pods: &mut Vec<(Location, Pod)>,
    errors: &mut Vec<ExplainError>,
) {
    let text = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => {
            errors.push(parse_err(file, 1, None, format!("not UTF-8 text: {e}")));
            return;
        }
    };
    for (i, doc) in yaml_documents(text).iter().enumerate() {
        let document = i + 1;
        if doc
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            continue;
        }
        let value: serde_json::Value = match yaml_serde::from_str(doc) {
            Ok(v) => v,
            Err(e) => {
                errors.push(parse_err(
                    file,
                    document,
                    None,
                    format!("not valid YAML: {e}"),
                ));
                continue;
            }
        };
        collect_value(file, document, value, pods, errors);
    }
}

/// Classifies one pod offline, as the agent would with no runtime view.
pub fn explain_pod(pod: &Pod, now: f64, config: &ClassifyConfig) -> ExplainedPod {
    let pref = PodRef {
        namespace: pod
            .metadata
            .namespace
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "default".into()),
        name: pod.metadata.name.clone().unwrap_or_default(),
        uid: pod.metadata.uid.clone().unwrap_or_default(),
    };
    let health = classify(&PodInput {
        pod: &pref,
        spec: Some(pod),
        containers: &[],
        runtime_up: true,
        journal: &[],
        probes: &[],
        images_present: None,
        now,
        config,
    });
    ExplainedPod {
        namespace: pref.namespace,
        name: pref.name,
        health,
    }
}

/// Writes the outcome as the table or as JSON.
pub fn write_outcome(
    out: &Outcome,
    args: &ExplainArgs,
    now: f64,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    if args.json {
        serde_json::to_writer_pretty(&mut *w, &out.pods).map_err(std::io::Error::other)?;
        writeln!(w)?;
    } else if !out.pods.is_empty() {
        let rows: Vec<PodRow> = out
            .pods
            .iter()
            .map(|p| PodRow::new(&p.namespace, &p.name, &p.health))
            .collect();
        w.write_all(render(&rows, args.wide, now).as_bytes())?;
    }
    Ok(())
}

fn now_unix() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Reads a whole file into a buffer advised to use transparent huge pages: a 36 MiB List read
/// into 4 KiB pages costs ~9,000 page faults, which in a VM took a quarter of the command's
/// time; with 2 MiB pages it is a few dozen. The advice changes nothing else (and is ignored
/// where huge pages are off).
fn read_file(path: &str) -> std::io::Result<Vec<u8>> {
    let mut f = std::fs::File::open(path)?;
    let len = f.metadata().map(|m| m.len() as usize).unwrap_or(0);
    let mut buf = Vec::with_capacity(len + 1);
    const HUGE: usize = 2 << 20;
    if buf.capacity() >= 2 * HUGE {
        let start = buf.as_ptr() as usize;
        let aligned = start.next_multiple_of(HUGE);
        let end = (start + buf.capacity()) / HUGE * HUGE;
        if end > aligned {
            // SAFETY: advice on pages of our own, still unused, allocation; it cannot change
            // their contents or validity.
            #[allow(unsafe_code)]
            unsafe {
                libc::madvise(
                    aligned as *mut libc::c_void,
                    end - aligned,
                    libc::MADV_HUGEPAGE,
                );
            }
        }
    }
    f.read_to_end(&mut buf)?;
    Ok(buf)
}

/// `podpulse explain`: returns the process exit code (0 when any pod was read, 1 otherwise).
pub fn run(args: ExplainArgs, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let name = if args.file == "-" {
        "<stdin>".to_string()
    } else {
        args.file.clone()
    };
    let data = if args.file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        read_file(&args.file)
    };
    let data = match data {
        Ok(d) => d,
        Err(source) => {
            let _ = writeln!(
                stderr,
                "podpulse explain: {}",
                ExplainError::Read { file: name, source }
            );
            return 1;
        }
    };
    let config = ClassifyConfig {
        allowed_unsafe_sysctls: args.allowed_unsafe_sysctls.clone(),
        ..ClassifyConfig::default()
    };
    let now = now_unix();
    let outcome = explain_bytes(&name, &data, now, &config);
    for e in &outcome.errors {
        let _ = writeln!(stderr, "podpulse explain: {e}");
    }
    if let Err(e) = write_outcome(&outcome, &args, now, stdout).and_then(|()| stdout.flush()) {
        let _ = writeln!(stderr, "podpulse explain: writing the output failed: {e}");
        return 1;
    }
    if outcome.pods.is_empty() && !outcome.errors.is_empty() {
        return 1;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_splitting() {
        let docs = yaml_documents("a: 1\n---\nb: 2\n--- # c\n...\n---\n");
        assert_eq!(docs.len(), 4, "{docs:?}");
        assert_eq!(docs[0], "a: 1\n");
        assert_eq!(docs[1], "b: 2\n");
    }

    #[test]
    fn bad_item_does_not_kill_the_list() {
        let data = br#"{"kind":"List","items":[
            {"metadata":{"name":"good","namespace":"ns"},"spec":{"containers":[{"name":"a"}]},"status":{"phase":"Running"}},
            {"metadata":{"name":"bad","namespace":"ns"},"spec":{"containers":"oops"}},
            {"metadata":{"namespace":"ns"}},
            7
        ]}"#;
        let out = explain_bytes("pods.json", data, 0.0, &ClassifyConfig::default());
        assert_eq!(out.pods.len(), 1);
        assert_eq!(out.pods[0].name, "good");
        let errs: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(
            errs[0].starts_with("pods.json: document 1, items[1]: not a valid Pod (pod ns/bad):"),
            "{errs:?}"
        );
        assert_eq!(
            errs[1],
            "pods.json: document 1, items[2]: metadata.name is missing"
        );
        assert_eq!(
            errs[2],
            "pods.json: document 1, items[3]: expected a Pod object, found a number"
        );
    }
}
