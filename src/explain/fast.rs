//! The fast path of `explain` for well-formed JSON: one pass, each List item classified as soon
//! as it is parsed and then dropped, so memory holds the answers rather than the input's pods.
//!
//! The punctuation of the top level (the document object, the `items` array) is walked here by
//! hand so that the byte offset of every item is known; each value inside (a whole Pod, a
//! `metadata`, a skipped field) is still parsed and validated by serde_json. Knowing the offsets
//! lets a large List be split between threads: a worker starts at a *guessed* item boundary, and
//! its answers are kept only if the thread before it ends exactly there — so the result is the
//! one a single sequential parse gives, whatever the guess.
//!
//! Anything the fast path does not accept (malformed JSON, an item that is not a Pod object)
//! makes it return false with nothing added; the slow path then parses item by item and names
//! the problem.

use std::borrow::Cow;

use serde::de::IgnoredAny;
use serde::Deserialize;

use super::{is_list_kind, ExplainError, Location, Outcome, Sink};
use crate::pods::types::Pod;

/// Lists smaller than this are parsed on one thread: a thread costs more than it saves.
const PARALLEL_MIN_BYTES: usize = 1 << 20;
/// At most this many threads share one List.
const MAX_THREADS: usize = 8;

/// This machine's parallelism, capped.
pub(super) fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_THREADS)
}

/// The fast path failed somewhere; the slow path will say where and why.
#[derive(Debug)]
struct Refused;

type Res<T> = Result<T, Refused>;

/// Parses and classifies every pod of `data` into `sink`. Returns false (with nothing added) on
/// the first thing it does not accept.
pub(super) fn fast_json(data: &[u8], sink: &mut Sink<'_>) -> bool {
    let (pods_before, errors_before) = (sink.out.pods.len(), sink.out.errors.len());
    // Validating UTF-8 once up front lets serde_json skip it for every string.
    let Some(text) = utf8(data, sink.threads) else {
        return false;
    };
    let ok = documents(text, sink).is_ok();
    if !ok {
        sink.out.pods.truncate(pods_before);
        sink.out.errors.truncate(errors_before);
    }
    ok
}

/// `data` as text, validated by up to `threads` threads. The pieces are cut just before an
/// ASCII byte, which never continues a multi-byte character, so the whole is valid exactly
/// when every piece is.
fn utf8(data: &[u8], threads: usize) -> Option<&str> {
    if threads < 2 || data.len() < PARALLEL_MIN_BYTES {
        return std::str::from_utf8(data).ok();
    }
    let mut cuts = vec![0];
    for k in 1..threads {
        let at = data.len() / threads * k;
        let Some(ascii) = data[at..].iter().position(|c| c.is_ascii()) else {
            break; // no place to cut after here: the last piece is longer
        };
        if at + ascii > cuts[cuts.len() - 1] {
            cuts.push(at + ascii);
        }
    }
    cuts.push(data.len());
    let valid = std::thread::scope(|scope| {
        let checks: Vec<_> = cuts
            .windows(2)
            .skip(1)
            .map(|w| {
                let piece = &data[w[0]..w[1]];
                scope.spawn(move || std::str::from_utf8(piece).is_ok())
            })
            .collect();
        let first = std::str::from_utf8(&data[..cuts[1]]).is_ok();
        checks
            .into_iter()
            .all(|c| c.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            && first
    });
    if !valid {
        return None;
    }
    // Checked piece by piece just above; `from_utf8` again would be the serial cost avoided.
    // SAFETY: every piece is valid UTF-8 and every cut is at a character boundary (before an
    // ASCII byte), so the whole is valid UTF-8.
    #[allow(unsafe_code)]
    let text = unsafe { std::str::from_utf8_unchecked(data) };
    Some(text)
}

/// One or more JSON documents, one after the other: each a Pod, a List (or PodList), or an
/// array of Pods.
fn documents(text: &str, sink: &mut Sink<'_>) -> Res<()> {
    let b = text.as_bytes();
    let mut pos = skip_ws(b, 0);
    let mut document = 0;
    while pos < b.len() {
        document += 1;
        pos = match b[pos] {
            b'[' => items(text, pos, document, sink)?,
            b'{' => object(text, pos, document, sink)?,
            _ => return Err(Refused),
        };
        pos = skip_ws(b, pos);
    }
    Ok(())
}

fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while let Some(b' ' | b'\n' | b'\r' | b'\t') = b.get(pos) {
        pos += 1;
    }
    pos
}

/// Parses the one JSON value that starts at `pos` (after optional whitespace) with serde_json;
/// returns it and the offset just past it.
fn value<'a, T: Deserialize<'a>>(text: &'a str, pos: usize) -> Res<(T, usize)> {
    let rest = text.get(pos..).ok_or(Refused)?;
    let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<T>();
    match stream.next() {
        Some(Ok(v)) => Ok((v, pos + stream.byte_offset())),
        _ => Err(Refused),
    }
}

/// An object key at `pos`: borrowed when it has no escapes (always, in practice).
fn key(text: &str, pos: usize) -> Res<(Cow<'_, str>, usize)> {
    let b = text.as_bytes();
    if b.get(pos) != Some(&b'"') {
        return Err(Refused);
    }
    let start = pos + 1;
    match memchr::memchr2(b'"', b'\\', &b[start..]) {
        Some(len) if b[start + len] == b'"' => {
            let k = &text[start..start + len];
            // JSON forbids raw control characters in strings; serde_json would refuse them too.
            if k.bytes().any(|c| c < 0x20) {
                return Err(Refused);
            }
            Ok((Cow::Borrowed(k), start + len + 1))
        }
        _ => {
            let (k, end) = value::<String>(text, pos)?;
            Ok((Cow::Owned(k), end))
        }
    }
}

#[derive(Clone, Copy, Deserialize)]
#[serde(field_identifier, rename_all = "camelCase")]
enum DocField {
    ApiVersion,
    Kind,
    Metadata,
    Spec,
    Status,
    Items,
    #[serde(other)]
    Other,
}

/// A key read by hand, named by the same derive the serde path uses.
fn doc_field(k: &str) -> DocField {
    use serde::de::IntoDeserializer;
    let d: serde::de::value::StrDeserializer<'_, serde::de::value::Error> = k.into_deserializer();
    DocField::deserialize(d).unwrap_or(DocField::Other)
}

/// A top-level object at `pos` (a `{`): a Pod, or a List whose `items` are classified one by
/// one. Returns the offset past its `}`.
fn object(text: &str, pos: usize, document: usize, sink: &mut Sink<'_>) -> Res<usize> {
    let b = text.as_bytes();
    let mut pos = skip_ws(b, pos + 1);
    let mut pod = Pod::default();
    let mut had_items = false;
    if b.get(pos) == Some(&b'}') {
        pos += 1;
    } else {
        loop {
            let (k, p) = key(text, pos)?;
            pos = skip_ws(b, p);
            if b.get(pos) != Some(&b':') {
                return Err(Refused);
            }
            pos = skip_ws(b, pos + 1);
            pos = match doc_field(&k) {
                DocField::ApiVersion => set(text, pos, &mut pod.api_version)?,
                DocField::Kind => set(text, pos, &mut pod.kind)?,
                DocField::Metadata => {
                    let (m, p) = value::<LeanMeta>(text, pos)?;
                    pod.metadata = m.into();
                    p
                }
                DocField::Spec => set(text, pos, &mut pod.spec)?,
                DocField::Status => set(text, pos, &mut pod.status)?,
                DocField::Items => {
                    had_items = true;
                    match b.get(pos) {
                        Some(b'[') => items(text, pos, document, sink)?,
                        Some(b'n') if text[pos..].starts_with("null") => pos + 4,
                        _ => return Err(Refused),
                    }
                }
                DocField::Other => value::<IgnoredAny>(text, pos)?.1,
            };
            pos = skip_ws(b, pos);
            match b.get(pos) {
                Some(b',') => pos = skip_ws(b, pos + 1),
                Some(b'}') => {
                    pos += 1;
                    break;
                }
                _ => return Err(Refused),
            }
        }
    }
    if !had_items && !is_list_kind(pod.kind.as_deref()) {
        let loc = Location {
            document,
            item: None,
        };
        sink.accept(loc, &pod);
    }
    Ok(pos)
}

fn set<'a, T: Deserialize<'a>>(text: &'a str, pos: usize, slot: &mut T) -> Res<usize> {
    let (v, end) = value(text, pos)?;
    *slot = v;
    Ok(end)
}

/// How a run over a List's items ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunEnd {
    /// Stopped at the start of the item at this offset, the first at or past the stop offset.
    At(usize),
    /// The array closed; the offset is past its `]`.
    Closed(usize),
    /// Something was refused.
    Refused,
}

/// Items from the one starting at `pos` until the array closes or an item starts at or past
/// `stop`. Items are numbered from `base`. Returns how many were read and how it ended.
fn run(
    text: &str,
    mut pos: usize,
    stop: Option<usize>,
    document: usize,
    base: usize,
    sink: &mut Sink<'_>,
) -> (usize, RunEnd) {
    let b = text.as_bytes();
    let start = pos;
    let mut n = 0;
    loop {
        let Ok((LeanPod(pod), p)) = value::<LeanPod>(text, pos) else {
            return (n, RunEnd::Refused);
        };
        if n == 0 {
            // Room for the answers, guessed from the first item's size: growing a Vec of
            // 10,000 answers by doubling copies them all and makes malloc consolidate.
            let guess = stop.unwrap_or(b.len()).saturating_sub(start) / (p - start).max(1);
            sink.out.pods.reserve(guess.min(1 << 20));
        }
        let loc = Location {
            document,
            item: Some(base + n),
        };
        sink.accept(loc, &pod);
        n += 1;
        pos = skip_ws(b, p);
        match b.get(pos) {
            Some(b',') => {
                pos = skip_ws(b, pos + 1);
                if stop.is_some_and(|s| pos >= s) {
                    return (n, RunEnd::At(pos));
                }
            }
            Some(b']') => return (n, RunEnd::Closed(pos + 1)),
            _ => return (n, RunEnd::Refused),
        }
    }
}

/// A List's `items` (or a top-level array) at `pos` (a `[`). Returns the offset past its `]`.
fn items(text: &str, pos: usize, document: usize, sink: &mut Sink<'_>) -> Res<usize> {
    let b = text.as_bytes();
    let first = skip_ws(b, pos + 1);
    if b.get(first) == Some(&b']') {
        return Ok(first + 1);
    }
    let threads = sink.threads;
    let guesses = if threads > 1 && b.len() - first >= PARALLEL_MIN_BYTES {
        split_guesses(b, first, threads)
    } else {
        Vec::new()
    };
    if guesses.is_empty() {
        return match run(text, first, None, document, 0, sink) {
            (_, RunEnd::Closed(end)) => Ok(end),
            _ => Err(Refused),
        };
    }

    let (file, now, config) = (sink.file, sink.now, sink.config);
    let (n0, end0, rest) = std::thread::scope(|scope| {
        let workers: Vec<_> = guesses
            .iter()
            .enumerate()
            .map(|(k, &start)| {
                let stop = guesses.get(k + 1).copied();
                scope.spawn(move || {
                    let mut out = Outcome::default();
                    let mut local = Sink {
                        file,
                        now,
                        config,
                        threads: 1,
                        out: &mut out,
                    };
                    let (n, end) = run(text, start, stop, document, 0, &mut local);
                    (out, n, end)
                })
            })
            .collect();
        let (n0, end0) = run(text, first, guesses.first().copied(), document, 0, sink);
        let rest: Vec<_> = workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect();
        (n0, end0, rest)
    });

    // Keep a worker's answers only where the run before it stopped exactly at its start.
    let (mut count, mut end) = (n0, end0);
    for (k, (out, n, worker_end)) in rest.into_iter().enumerate() {
        match end {
            RunEnd::Closed(p) => return Ok(p),
            RunEnd::Refused => return Err(Refused),
            RunEnd::At(p) if p == guesses[k] => {
                sink.out.pods.extend(out.pods);
                sink.out
                    .errors
                    .extend(out.errors.into_iter().map(|e| renumber(e, count)));
                count += n;
                end = worker_end;
            }
            RunEnd::At(p) => {
                // The guess was not an item boundary: carry on from where the parse really is.
                let (n, e) = run(text, p, guesses.get(k + 1).copied(), document, count, sink);
                count += n;
                end = e;
            }
        }
    }
    match end {
        RunEnd::Closed(p) => Ok(p),
        _ => Err(Refused),
    }
}

fn renumber(e: ExplainError, offset: usize) -> ExplainError {
    match e {
        ExplainError::Parse {
            file,
            location,
            message,
        } => ExplainError::Parse {
            file,
            location: Location {
                document: location.document,
                item: location.item.map(|i| i + offset),
            },
            message,
        },
        other => other,
    }
}

/// Likely item starts splitting the items from `first` on into `parts` runs of similar size:
/// the places where the first item's opening (its `{`, the whitespace and its first key, as the
/// serializer wrote it for every item) appears again right after a `,`. A wrong guess costs
/// time, never correctness (see `items`).
fn split_guesses(b: &[u8], first: usize, parts: usize) -> Vec<usize> {
    let Some(open) = item_opening(b, first) else {
        return Vec::new();
    };
    let finder = memchr::memmem::Finder::new(open);
    let len = b.len() - first;
    let mut guesses: Vec<usize> = Vec::with_capacity(parts - 1);
    for k in 1..parts {
        let mut from = first + len / parts * k;
        if let Some(&last) = guesses.last() {
            from = from.max(last + 1);
        }
        while let Some(i) = finder.find(&b[from..]) {
            let at = from + i;
            let before = b[..at]
                .iter()
                .rposition(|c| !matches!(c, b' ' | b'\n' | b'\r' | b'\t'));
            if before.is_some_and(|j| b[j] == b',') {
                guesses.push(at);
                break;
            }
            from = at + 1;
        }
    }
    guesses
}

/// The bytes of the item at `first` up to the end of its first key: `{"apiVersion"` for
/// `kubectl get -o json` output (with its newline and indentation when pretty-printed).
fn item_opening(b: &[u8], first: usize) -> Option<&[u8]> {
    if b.get(first) != Some(&b'{') {
        return None;
    }
    let q1 = first + 1 + b.get(first + 1..)?.iter().position(|&c| c == b'"')?;
    let q2 = q1
        + 1
        + b.get(q1 + 1..)?
            .iter()
            .position(|&c| c == b'"' || c == b'\\')?;
    let open = &b[first..=q2];
    (b[q2] == b'"' && open.len() <= 64).then_some(open)
}

/// The part of `metadata` that classification reads. Labels, annotations, owner references and
/// managed fields are skipped without being allocated.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct LeanMeta {
    name: Option<String>,
    namespace: Option<String>,
    uid: Option<String>,
    creation_timestamp: Option<String>,
    deletion_timestamp: Option<String>,
    deletion_grace_period_seconds: Option<i64>,
}

impl From<LeanMeta> for crate::pods::types::ObjectMeta {
    fn from(m: LeanMeta) -> Self {
        crate::pods::types::ObjectMeta {
            name: m.name,
            namespace: m.namespace,
            uid: m.uid,
            creation_timestamp: m.creation_timestamp,
            deletion_timestamp: m.deletion_timestamp,
            deletion_grace_period_seconds: m.deletion_grace_period_seconds,
            ..Default::default()
        }
    }
}

/// A List item: a Pod read through `LeanMeta`.
struct LeanPod(Pod);

impl<'de> Deserialize<'de> for LeanPod {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = LeanPod;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a Pod object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LeanPod, A::Error> {
                let mut pod = Pod::default();
                while let Some(field) = map.next_key::<DocField>()? {
                    match field {
                        DocField::ApiVersion => pod.api_version = map.next_value()?,
                        DocField::Kind => pod.kind = map.next_value()?,
                        DocField::Metadata => pod.metadata = map.next_value::<LeanMeta>()?.into(),
                        DocField::Spec => pod.spec = map.next_value()?,
                        DocField::Status => pod.status = map.next_value()?,
                        DocField::Items | DocField::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(LeanPod(pod))
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::health::ClassifyConfig;

    fn pod_json(i: usize, pretty: bool) -> String {
        let sep = if pretty { "\n    " } else { "" };
        format!(
            r#"{{{sep}"apiVersion":"v1","kind":"Pod","metadata":{{"name":"p{i}","namespace":"ns","annotations":{{"x":"{{\"apiVersion\":\"v1\"}}, {{\"a\":1}}"}}}},"spec":{{"containers":[{{"name":"c"}}]}},"status":{{"phase":"Running","conditions":[{{"type":"Ready","status":"True"}},{{"type":"x","status":"y"}}],"containerStatuses":[{{"name":"c","ready":true,"restartCount":{i},"state":{{"running":{{}}}}}}]}}}}"#
        )
    }

    fn list(n: usize, pretty: bool, bad_at: Option<usize>) -> String {
        let items: Vec<String> = (0..n)
            .map(|i| {
                if Some(i) == bad_at {
                    r#"{"apiVersion":"v1","kind":"Pod","metadata":{"namespace":"ns"}}"#.to_string()
                } else {
                    pod_json(i, pretty)
                }
            })
            .collect();
        let sep = if pretty { ",\n  " } else { "," };
        format!(
            r#"{{"apiVersion":"v1","kind":"List","items":[{}],"metadata":{{"resourceVersion":""}}}}"#,
            items.join(sep)
        )
    }

    fn new_sink<'a>(config: &'a ClassifyConfig, threads: usize, out: &'a mut Outcome) -> Sink<'a> {
        Sink {
            file: "t.json",
            now: 0.0,
            config,
            threads,
            out,
        }
    }

    fn explain(text: &str) -> Outcome {
        let mut out = Outcome::default();
        let config = ClassifyConfig::default();
        let mut sink = new_sink(&config, 4, &mut out);
        assert!(fast_json(text.as_bytes(), &mut sink));
        out
    }

    /// Large enough to be split between threads; the answers are the sequential ones, in order,
    /// with errors numbered by their place in the whole List.
    #[test]
    fn split_list_keeps_order_and_numbering() {
        for pretty in [false, true] {
            let n = 4000;
            let text = list(n, pretty, Some(n - 7));
            assert!(text.len() >= PARALLEL_MIN_BYTES);
            let first = text.find('[').expect("a list") + 1;
            assert_eq!(split_guesses(text.as_bytes(), first, 4).len(), 3);
            let out = explain(&text);
            assert_eq!(out.pods.len(), n - 1);
            for (i, p) in out.pods.iter().enumerate() {
                let want = if i < n - 7 { i } else { i + 1 };
                assert_eq!(p.name, format!("p{want}"));
                assert_eq!(p.health.restarts as usize, want);
            }
            assert_eq!(out.errors.len(), 1);
            assert_eq!(
                out.errors[0].to_string(),
                format!(
                    "t.json: document 1, items[{}]: metadata.name is missing",
                    n - 7
                )
            );
            let config = ClassifyConfig::default();
            for threads in [1, 2, 3, 8] {
                let other = super::super::explain_bytes_on(
                    "t.json",
                    text.as_bytes(),
                    0.0,
                    &config,
                    threads,
                );
                assert_eq!(other.pods, out.pods, "{threads} threads");
                let errs = |o: &Outcome| o.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>();
                assert_eq!(errs(&other), errs(&out), "{threads} threads");
            }
        }
    }

    /// Guesses that land inside an item (the opening repeated in an annotation, a nested array)
    /// are caught and cost nothing but time.
    #[test]
    fn wrong_guesses_are_harmless() {
        let text = list(5000, false, None);
        let b = text.as_bytes();
        let first = text.find("[{").expect("a list") + 1;
        let cases = [
            text.find(r#"{"type":"x""#).expect("a condition"),
            text.rfind(r#"{"name":"c","ready""#).expect("a status"),
            first + 10,
        ];
        for bogus in cases {
            let mut out = Outcome::default();
            let config = ClassifyConfig::default();
            let mut sink = new_sink(&config, 4, &mut out);
            // Run the merge by hand with one wrong and one right guess.
            let right = split_guesses(b, first, 2);
            assert_eq!(right.len(), 1);
            let mut guesses = [bogus, right[0]];
            guesses.sort();
            let (n0, mut end) = run(&text, first, Some(guesses[0]), 1, 0, &mut sink);
            let mut count = n0;
            for (k, &g) in guesses.iter().enumerate() {
                let mut w = Outcome::default();
                let mut ws = new_sink(&config, 1, &mut w);
                let (n, wend) = run(&text, g, guesses.get(k + 1).copied(), 1, 0, &mut ws);
                match end {
                    RunEnd::At(p) if p == g => {
                        sink.out.pods.extend(w.pods);
                        count += n;
                        end = wend;
                    }
                    RunEnd::At(p) => {
                        let (n, e) =
                            run(&text, p, guesses.get(k + 1).copied(), 1, count, &mut sink);
                        count += n;
                        end = e;
                    }
                    _ => break,
                }
            }
            assert!(matches!(end, RunEnd::Closed(_)), "{end:?}");
            assert_eq!(count, 5000);
            let names: Vec<_> = sink.out.pods.iter().map(|p| p.name.clone()).collect();
            let want: Vec<_> = (0..5000).map(|i| format!("p{i}")).collect();
            assert_eq!(names, want);
        }
    }

    /// Parallel UTF-8 validation says what `from_utf8` says, wherever the bad byte is.
    #[test]
    fn utf8_in_pieces() {
        let mut text = "é-ascii ".repeat(PARALLEL_MIN_BYTES / 4).into_bytes();
        assert_eq!(utf8(&text, 3).map(str::len), Some(text.len()));
        for at in [0, 1, text.len() / 3 + 1, text.len() / 2, text.len() - 1] {
            let keep = text[at];
            text[at] = 0xff;
            assert!(utf8(&text, 3).is_none(), "{at}");
            text[at] = keep;
        }
        // A multi-byte character cut off at the end of a piece is still seen.
        let mut cut = vec![b'a'; PARALLEL_MIN_BYTES];
        cut[PARALLEL_MIN_BYTES / 2 - 1] = 0xc3;
        assert!(utf8(&cut, 2).is_none());
    }

    /// A run asked to stop at or before its own start (a catch-up after a wrong guess, when the
    /// guesses are close) reads one item and stops.
    #[test]
    fn run_with_stop_behind_start() {
        let text = list(3, false, None);
        let first = text.find("[{").expect("a list") + 1;
        let config = ClassifyConfig::default();
        let mut out = Outcome::default();
        let mut sink = new_sink(&config, 1, &mut out);
        let (n, end) = run(&text, first, Some(first - 1), 1, 0, &mut sink);
        assert_eq!(n, 1);
        assert!(matches!(end, RunEnd::At(p) if p > first && text[p..].starts_with('{')));
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for bad in [
            r#"{"items":[{"metadata":{"name":"a"}},]}"#,
            r#"{"items":[{"metadata":{"name":"a"}}"#,
            "{\"ite\nms\":[]}",
            r#"{"items":7}"#,
            r#"{"items":nullx}"#,
            r#"{"kind":"Pod" "x":1}"#,
            r#"[{"metadata":{"name":"a"}} {"metadata":{"name":"b"}}]"#,
            r#"{"metadata":{"name":"a"}}x"#,
        ] {
            let mut out = Outcome::default();
            let config = ClassifyConfig::default();
            let mut sink = new_sink(&config, 4, &mut out);
            assert!(!fast_json(bad.as_bytes(), &mut sink), "{bad}");
            assert!(out.pods.is_empty() && out.errors.is_empty());
        }
    }

    #[test]
    fn escaped_keys_and_several_documents() {
        let text = r#"{"kin\u0064":"List","items":null} {"metadata":{"name":"a"},"items":[{"metadata":{"name":"b"}}]}
            [{"metadata":{"name":"c"}}] {"metadata":{"name":"d"}}"#;
        let out = explain(text);
        let names: Vec<_> = out.pods.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["b", "c", "d"]);
    }
}
