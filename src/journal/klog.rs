//! The klog line parser: an optional syslog/journald short prefix, the klog header
//! `Lmmdd hh:mm:ss.uuuuuu pid file:line]`, then either free text (the old form) or a quoted message
//! followed by `key=value` pairs (the structured form). Containerd's logrus lines
//! (`time="…" level=… msg="…"`) are recognised too, because runtime units can be followed.
//!
//! Works on bytes and borrows from the input: a journal entry is parsed without copying, and only
//! what ends up in a `KubeletEvent` is ever turned into a `String`. It must not panic on anything —
//! binary garbage, invalid UTF-8, truncated headers, unbalanced quotes, megabyte lines — it parses
//! as far as it can and reports the rest as free text.

use std::borrow::Cow;

/// klog severity letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Info,
    Warning,
    Error,
    Fatal,
}

impl Severity {
    fn from_byte(b: u8) -> Option<Severity> {
        match b {
            b'I' => Some(Severity::Info),
            b'W' => Some(Severity::Warning),
            b'E' => Some(Severity::Error),
            b'F' => Some(Severity::Fatal),
            _ => None,
        }
    }

    /// The syslog priority the kubelet's severity corresponds to (journald's `PRIORITY`).
    pub fn priority(self) -> u8 {
        match self {
            Severity::Info => 6,
            Severity::Warning => 4,
            Severity::Error => 3,
            Severity::Fatal => 2,
        }
    }
}

/// A syslog/journald short-output prefix (`Apr 13 10:53:52 host kubelet[3263]: `).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SyslogPrefix<'a> {
    /// The timestamp text as written (`Apr 13 10:53:52` or an ISO form), if present.
    pub timestamp: Option<&'a [u8]>,
    pub host: Option<&'a [u8]>,
    pub ident: &'a [u8],
    pub pid: Option<u32>,
}

/// The klog header fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KlogHeader<'a> {
    pub severity: Severity,
    pub month: u8,
    pub day: u8,
    /// `hh:mm:ss.uuuuuu` as written.
    pub time: &'a [u8],
    pub pid: Option<u32>,
    /// `file.go:123`.
    pub source: &'a [u8],
}

/// Which body form a line had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyForm {
    /// `"quoted message" key=value …` (klog structured logging, kubelet ≥ 1.21).
    Structured,
    /// Anything else after the header (the printf-style form).
    FreeText,
    /// A logrus/logfmt line from a runtime (`time=… level=… msg="…"`).
    Logfmt,
    /// klog's JSON format (`--logging-format=json`): `{"ts":…,"caller":…,"msg":"…",…}`.
    Json,
}

/// One parsed line. Every slice borrows from the input.
#[derive(Debug, Clone, Copy)]
pub struct KlogLine<'a> {
    pub prefix: Option<SyslogPrefix<'a>>,
    /// The line after any syslog prefix: klog header and body (what rules are matched against,
    /// since the header's `file.go:line` can identify a message too).
    pub text: &'a [u8],
    pub header: Option<KlogHeader<'a>>,
    /// True when the line started like a klog header but the header was cut short or malformed.
    pub truncated_header: bool,
    pub form: BodyForm,
    /// The body after the header (the whole line after any prefix when there is no header).
    pub body: &'a [u8],
    /// The message: the quoted message still escaped for `Structured`/`Logfmt`, the body for
    /// `FreeText`.
    pub msg: &'a [u8],
    /// The `key=value` pairs after the message (empty for `FreeText`).
    pub kv: &'a [u8],
}

impl<'a> KlogLine<'a> {
    /// The `key=value` pairs of a structured line, in order.
    pub fn pairs(&self) -> KvIter<'a> {
        KvIter {
            rest: self.kv,
            json: self.form == BodyForm::Json,
        }
    }

    /// The message with Go string escapes undone where it was quoted.
    pub fn message(&self) -> Cow<'a, [u8]> {
        match self.form {
            BodyForm::FreeText => Cow::Borrowed(self.msg),
            BodyForm::Structured | BodyForm::Logfmt | BodyForm::Json => unquote(self.msg),
        }
    }

    /// True when the line carried a recognised klog header or logfmt shape.
    pub fn is_parsed(&self) -> bool {
        self.header.is_some() || matches!(self.form, BodyForm::Logfmt | BodyForm::Json)
    }

    /// The priority the line implies (klog severity, or logrus level), if any.
    pub fn priority(&self) -> Option<u8> {
        if let Some(h) = self.header {
            return Some(h.severity.priority());
        }
        if self.form == BodyForm::Logfmt {
            for kv in self.pairs() {
                if kv.key == b"level" {
                    return Some(match kv.raw_value() {
                        b"panic" | b"fatal" => 2,
                        b"error" => 3,
                        b"warning" | b"warn" => 4,
                        b"info" => 6,
                        _ => 7,
                    });
                }
            }
        }
        None
    }
}

/// Parse one line. Never panics; unknown shapes come back as `FreeText` without a header.
pub fn parse_line(line: &[u8]) -> KlogLine<'_> {
    let line = trim_end(line);
    let (prefix, rest) = strip_syslog_prefix(line);
    let rest = strip_severity_word(trim_start(rest));
    let (header, truncated_header, body) = match parse_header(rest) {
        HeaderResult::Ok(h, body) => (Some(h), false, body),
        HeaderResult::Truncated => (None, true, strip_bare_source(rest)),
        HeaderResult::NotKlog => (None, false, strip_bare_source(rest)),
    };
    if let Some(body) = header.is_none().then(|| json_body(body)).flatten() {
        if let Some(msg) = json_msg(body) {
            return KlogLine {
                prefix,
                text: rest,
                header,
                truncated_header,
                form: BodyForm::Json,
                body,
                msg,
                kv: body,
            };
        }
    }
    if header.is_none() && is_logfmt(body) {
        let (msg, _) = find_logfmt_msg(body);
        return KlogLine {
            prefix,
            text: rest,
            header,
            truncated_header,
            form: BodyForm::Logfmt,
            body,
            msg,
            kv: body,
        };
    }
    if body.first() == Some(&b'"') {
        let end = quoted_end(body, 0);
        let msg = &body[1..end.content_end];
        let kv = &body[end.after.min(body.len())..];
        return KlogLine {
            prefix,
            text: rest,
            header,
            truncated_header,
            form: BodyForm::Structured,
            body,
            msg,
            kv,
        };
    }
    KlogLine {
        prefix,
        text: rest,
        header,
        truncated_header,
        form: BodyForm::FreeText,
        body,
        msg: body,
        kv: &[],
    }
}

fn trim_end(mut s: &[u8]) -> &[u8] {
    while let Some((&last, rest)) = s.split_last() {
        if last == b'\n' || last == b'\r' || last == b' ' || last == b'\t' || last == 0 {
            s = rest;
        } else {
            break;
        }
    }
    s
}

fn trim_start(mut s: &[u8]) -> &[u8] {
    while let Some((&first, rest)) = s.split_first() {
        if first == b' ' || first == b'\t' {
            s = rest;
        } else {
            break;
        }
    }
    s
}

const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// Split `s` at the next space, skipping runs of spaces after it.
fn next_token(s: &[u8]) -> (&[u8], &[u8]) {
    let end = memchr::memchr(b' ', s).unwrap_or(s.len());
    let tok = &s[..end];
    let mut rest = &s[end..];
    while rest.first() == Some(&b' ') {
        rest = &rest[1..];
    }
    (tok, rest)
}

fn is_clock(tok: &[u8]) -> bool {
    // hh:mm:ss with an optional fraction.
    tok.len() >= 8
        && tok[2] == b':'
        && tok[5] == b':'
        && tok[..8]
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || i == 5 || b.is_ascii_digit())
        && (tok.len() == 8 || (tok[8] == b'.' && tok[9..].iter().all(u8::is_ascii_digit)))
}

fn is_iso_timestamp(tok: &[u8]) -> bool {
    // 2023-04-13T10:53:52+0000, 2023-04-13T10:53:52.123456+00:00 …
    tok.len() >= 19
        && tok[..4].iter().all(u8::is_ascii_digit)
        && tok[4] == b'-'
        && tok[7] == b'-'
        && tok[10] == b'T'
        && tok[13] == b':'
}

/// A syslog identifier token: `name:` or `name[pid]:`.
fn parse_ident(tok: &[u8]) -> Option<(&[u8], Option<u32>)> {
    let tok = tok.strip_suffix(b":")?;
    if tok.is_empty() {
        return None;
    }
    let (name, pid) = match memchr::memchr(b'[', tok) {
        Some(open) => {
            let inner = tok[open + 1..].strip_suffix(b"]")?;
            (&tok[..open], Some(parse_u32(inner)?))
        }
        None => (tok, None),
    };
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/' | b'@'));
    ok.then_some((name, pid))
}

fn parse_u32(s: &[u8]) -> Option<u32> {
    if s.is_empty() || s.len() > 10 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// Strip a syslog/journald short prefix. Forms accepted:
/// `Mon dd hh:mm:ss[.frac] host ident[pid]: `, the same without host, an ISO timestamp instead of
/// the syslog one, and `ident[pid]: ` / `ident: ` alone. Without a timestamp the identifier must carry
/// a pid or be followed by a klog header, so that free text such as `Error: …` is not eaten.
/// A syslog forwarder's severity word between the prefix and the klog header (`kubelet[1]: info
/// I0419 03:00:55.441494 …`); kept when no klog header follows it.
fn strip_severity_word(rest: &[u8]) -> &[u8] {
    const WORDS: [&[u8]; 10] = [
        b"info", b"notice", b"warning", b"warn", b"err", b"error", b"debug", b"crit", b"alert",
        b"emerg",
    ];
    let (word, after) = next_token(rest);
    if WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        let after = trim_start(after);
        if matches!(parse_header(after), HeaderResult::Ok(..)) {
            return after;
        }
    }
    rest
}

pub fn strip_syslog_prefix(line: &[u8]) -> (Option<SyslogPrefix<'_>>, &[u8]) {
    let start = trim_start(line);
    let (t0, r0) = next_token(start);
    // Timestamped forms.
    let mut ts: Option<&[u8]> = None;
    let mut after_ts = start;
    if t0.len() == 3 && MONTHS.iter().any(|m| &m[..] == t0) {
        let (day, r1) = next_token(r0);
        let (clock, r2) = next_token(r1);
        if !day.is_empty()
            && day.len() <= 2
            && day.iter().all(u8::is_ascii_digit)
            && is_clock(clock)
        {
            let consumed = start.len() - r2.len();
            ts = Some(trim_end(&start[..consumed]));
            after_ts = r2;
        }
    } else if is_iso_timestamp(t0) {
        ts = Some(t0);
        after_ts = r0;
    }
    if let Some(ts) = ts {
        let (a, ra) = next_token(after_ts);
        if let Some((ident, pid)) = parse_ident(a) {
            // No host: `Apr 13 10:53:52 kubelet[1]: …`.
            return (
                Some(SyslogPrefix {
                    timestamp: Some(ts),
                    host: None,
                    ident,
                    pid,
                }),
                ra,
            );
        }
        let (b, rb) = next_token(ra);
        if let Some((ident, pid)) = parse_ident(b) {
            return (
                Some(SyslogPrefix {
                    timestamp: Some(ts),
                    host: Some(a),
                    ident,
                    pid,
                }),
                rb,
            );
        }
        return (None, line);
    }
    // No timestamp: accept `host ident[pid]:` or `ident[pid]:` only when clearly a prefix.
    if let Some((ident, pid)) = parse_ident(t0) {
        if pid.is_some() || matches!(parse_header(r0), HeaderResult::Ok(..)) {
            return (
                Some(SyslogPrefix {
                    timestamp: None,
                    host: None,
                    ident,
                    pid,
                }),
                r0,
            );
        }
    }
    (None, line)
}

enum HeaderResult<'a> {
    Ok(KlogHeader<'a>, &'a [u8]),
    Truncated,
    NotKlog,
}

fn two_digits(s: &[u8]) -> Option<u8> {
    match s {
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => Some((a - b'0') * 10 + (b - b'0')),
        _ => None,
    }
}

/// `Lmmdd hh:mm:ss.uuuuuu pid file:line] ` (the pid is right-aligned with spaces, and absent in
/// some embedders' output).
fn parse_header(s: &[u8]) -> HeaderResult<'_> {
    let Some(sev) = s.first().copied().and_then(Severity::from_byte) else {
        return HeaderResult::NotKlog;
    };
    let date = match s.get(1..5) {
        Some(d) => d,
        None => {
            // A lone `E01` could be the start of a header cut short, but it could as well be any
            // word starting with a capital; only call it truncated if what is there are digits.
            let tail = &s[1..];
            return if !tail.is_empty() && tail.iter().all(u8::is_ascii_digit) {
                HeaderResult::Truncated
            } else {
                HeaderResult::NotKlog
            };
        }
    };
    let (Some(month), Some(day)) = (two_digits(&date[..2]), two_digits(&date[2..])) else {
        return HeaderResult::NotKlog;
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return HeaderResult::NotKlog;
    }
    // From here on the line is committed to being a klog header.
    if s.get(5) != Some(&b' ') {
        return HeaderResult::Truncated;
    }
    let (time, rest) = next_token(&s[6..]);
    if !is_clock(time) {
        return HeaderResult::Truncated;
    }
    let (tok, mut rest2) = next_token(rest);
    let pid;
    let source_tok;
    if let Some(p) = parse_u32(tok) {
        pid = Some(p);
        let (t, r) = match memchr::memchr(b']', rest2) {
            Some(i) => (&rest2[..i], &rest2[i + 1..]),
            None => return HeaderResult::Truncated,
        };
        source_tok = t;
        rest2 = r;
    } else {
        pid = None;
        match memchr::memchr(b']', rest) {
            Some(i) => {
                source_tok = &rest[..i];
                rest2 = &rest[i + 1..];
            }
            None => return HeaderResult::Truncated,
        }
    }
    // `file.go:123` — no spaces, has a colon.
    if source_tok.is_empty()
        || source_tok.len() > 256
        || memchr::memchr(b' ', source_tok).is_some()
        || memchr::memchr(b':', source_tok).is_none()
    {
        return HeaderResult::Truncated;
    }
    let body = rest2.strip_prefix(b" ").unwrap_or(rest2);
    HeaderResult::Ok(
        KlogHeader {
            severity: sev,
            month,
            day,
            time,
            pid,
            source: source_tok,
        },
        body,
    )
}

/// Lines pasted without their header keep only `file.go:123] `; skip that so the structured
/// body behind it is still recognised.
fn strip_bare_source(s: &[u8]) -> &[u8] {
    let is_source = |tok: &[u8]| {
        tok.strip_suffix(b"]")
            .is_some_and(|src| memchr::memmem::find(src, b".go:").is_some() && !src.contains(&b'"'))
    };
    let (tok, rest) = next_token(s);
    if is_source(tok) {
        return rest;
    }
    // Quoted from the thread id on (`2710 kuberuntime_container.go:287] "…"`): the date and
    // level were cut, the rest is still a klog body.
    if !tok.is_empty() && tok.iter().all(u8::is_ascii_digit) {
        let (src, body) = next_token(rest);
        if is_source(src) {
            return body;
        }
    }
    s
}

fn is_logfmt(body: &[u8]) -> bool {
    body.starts_with(b"time=\"") || body.starts_with(b"level=")
}

/// The raw `msg` value of a logfmt line, and whether it was found.
fn find_logfmt_msg(body: &[u8]) -> (&[u8], bool) {
    for kv in (KvIter {
        rest: body,
        json: false,
    }) {
        if kv.key == b"msg" {
            return (kv.raw_value(), true);
        }
    }
    (body, false)
}

/// Position of the end of a quoted string starting at `start` (which holds the opening quote).
struct QuotedEnd {
    /// Index one past the last content byte (the closing quote's index, or the end of input).
    content_end: usize,
    /// Index just past the closing quote.
    after: usize,
}

fn quoted_end(s: &[u8], start: usize) -> QuotedEnd {
    let mut i = start + 1;
    while i < s.len() {
        match memchr::memchr2(b'"', b'\\', &s[i..]) {
            None => break,
            Some(off) => {
                let j = i + off;
                if s[j] == b'\\' {
                    i = j + 2;
                } else {
                    return QuotedEnd {
                        content_end: j,
                        after: j + 1,
                    };
                }
            }
        }
    }
    // Unbalanced quote: the value runs to the end of the line.
    QuotedEnd {
        content_end: s.len(),
        after: s.len(),
    }
}

/// One `key=value` pair; the value is borrowed raw (still escaped when quoted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyValue<'a> {
    pub key: &'a [u8],
    raw: &'a [u8],
    pub quoted: bool,
}

impl<'a> KeyValue<'a> {
    /// The value as written, without its surrounding quotes, escapes not undone.
    pub fn raw_value(&self) -> &'a [u8] {
        self.raw
    }

    /// The value with Go escapes undone (borrowed when there were none).
    pub fn value(&self) -> Cow<'a, [u8]> {
        if self.quoted {
            unquote(self.raw)
        } else {
            Cow::Borrowed(self.raw)
        }
    }
}

/// Iterator over `key=value` pairs. Values: `"quoted"` (Go escapes), `<` multi-line blocks
/// (`key=<\n\t…\n >`), or bare tokens in which brackets and quotes nest (`pods=[a b]`,
/// `event=&{ID:… Type:…}`, `condition={"type":"Ready",…}`). Tokens without `=` are skipped.
pub struct KvIter<'a> {
    rest: &'a [u8],
    json: bool,
}

/// A JSON object's start: the body itself, or after one short word and `: ` that a log
/// collector put first (`talosctl logs kubelet` prints `<node>: {"ts":…}`).
fn json_body(body: &[u8]) -> Option<&[u8]> {
    if body.starts_with(b"{\"") {
        return Some(body);
    }
    let head = &body[..body.len().min(72)];
    let at = memchr::memmem::find(head, b": {\"")?;
    let word = &body[..at];
    (!word.is_empty() && !word.iter().any(|b| b.is_ascii_whitespace() || *b == b'"'))
        .then(|| &body[at + 2..])
}

/// The raw `msg` string of a klog JSON line.
fn json_msg(body: &[u8]) -> Option<&[u8]> {
    KvIter {
        rest: body,
        json: true,
    }
    .find(|kv| kv.key == b"msg" && kv.quoted)
    .map(|kv| kv.raw)
}

/// A bare value: up to whitespace (or, in JSON, a `,`/`}`) at bracket depth 0, with quotes and
/// brackets nesting.
fn scan_value(s: &[u8], mut i: usize, json: bool) -> usize {
    let mut depth: u32 = 0;
    let mut in_quote = false;
    while i < s.len() {
        let b = s[i];
        if in_quote {
            if b == b'\\' {
                i += 1;
            } else if b == b'"' {
                in_quote = false;
            }
        } else {
            match b {
                b'"' => in_quote = true,
                b'{' | b'[' | b'(' => depth = depth.saturating_add(1),
                b'}' | b']' | b')' if depth > 0 => depth -= 1,
                b'}' | b',' if json && depth == 0 => break,
                b' ' | b'\t' | b'\n' if depth == 0 && !json => break,
                _ => {}
            }
        }
        i += 1;
    }
    i.min(s.len())
}

impl<'a> KvIter<'a> {
    /// One `"key":value` member of a JSON object (top level only).
    fn next_json(&mut self) -> Option<KeyValue<'a>> {
        loop {
            let s = self.rest;
            let mut i = 0;
            while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r' | b',' | b'{' | b'}') {
                i += 1;
            }
            if i >= s.len() || s[i] != b'"' {
                self.rest = &[];
                return None;
            }
            let k = quoted_end(s, i);
            let key = &s[i + 1..k.content_end];
            let mut j = k.after;
            while j < s.len() && matches!(s[j], b' ' | b':') {
                j += 1;
            }
            if j >= s.len() {
                self.rest = &[];
                return None;
            }
            if s[j] == b'"' {
                let v = quoted_end(s, j);
                self.rest = &s[v.after.min(s.len())..];
                return Some(KeyValue {
                    key,
                    raw: &s[j + 1..v.content_end],
                    quoted: true,
                });
            }
            let end = scan_value(s, j, true);
            self.rest = &s[end..];
            if end == j {
                // A stray byte: skip it rather than loop.
                self.rest = &s[(end + 1).min(s.len())..];
                continue;
            }
            return Some(KeyValue {
                key,
                raw: &s[j..end],
                quoted: false,
            });
        }
    }
}

impl<'a> Iterator for KvIter<'a> {
    type Item = KeyValue<'a>;

    fn next(&mut self) -> Option<KeyValue<'a>> {
        if self.json {
            return self.next_json();
        }
        loop {
            let s = self.rest;
            let mut i = 0;
            while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
            }
            if i >= s.len() {
                self.rest = &[];
                return None;
            }
            // Key: up to '=' or whitespace.
            let kstart = i;
            while i < s.len() && !matches!(s[i], b'=' | b' ' | b'\t' | b'\n' | b'"') {
                i += 1;
            }
            let key = &s[kstart..i];
            if i >= s.len() || s[i] != b'=' || key.is_empty() {
                // Not a pair: skip this token (a quoted stray string is skipped whole).
                if i < s.len() && s[i] == b'"' {
                    let e = quoted_end(s, i);
                    self.rest = &s[e.after.min(s.len())..];
                } else {
                    self.rest = &s[(i + 1).min(s.len())..];
                }
                continue;
            }
            i += 1; // '='
            if i < s.len() && s[i] == b'"' {
                let e = quoted_end(s, i);
                self.rest = &s[e.after.min(s.len())..];
                return Some(KeyValue {
                    key,
                    raw: &s[i + 1..e.content_end],
                    quoted: true,
                });
            }
            if s[i..].starts_with(b"<\n") {
                let body_start = i + 2;
                let end = memchr::memmem::find(&s[body_start..], b"\n >")
                    .map(|o| body_start + o)
                    .unwrap_or(s.len());
                self.rest = &s[(end + 3).min(s.len())..];
                return Some(KeyValue {
                    key,
                    raw: &s[body_start..end],
                    quoted: false,
                });
            }
            let vstart = i;
            let i = scan_value(s, i, false);
            let end = i.min(s.len());
            self.rest = &s[end..];
            return Some(KeyValue {
                key,
                raw: &s[vstart..end],
                quoted: false,
            });
        }
    }
}

/// Undo Go `%q` escapes. Borrowed when there is nothing to undo; unknown escapes are kept as
/// written, and invalid bytes pass through.
pub fn unquote(raw: &[u8]) -> Cow<'_, [u8]> {
    if memchr::memchr(b'\\', raw).is_none() {
        return Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b != b'\\' || i + 1 >= raw.len() {
            out.push(b);
            i += 1;
            continue;
        }
        let e = raw[i + 1];
        i += 2;
        match e {
            b'"' => out.push(b'"'),
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'/' => out.push(b'/'),
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'x' => match raw.get(i..i + 2).and_then(hex_byte) {
                Some(v) => {
                    out.push(v);
                    i += 2;
                }
                None => out.extend_from_slice(b"\\x"),
            },
            b'u' => match raw.get(i..i + 4).and_then(hex_u32) {
                Some(cp) => {
                    let c = char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER);
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    i += 4;
                }
                None => out.extend_from_slice(b"\\u"),
            },
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Cow::Owned(out)
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn hex_byte(s: &[u8]) -> Option<u8> {
    Some(hex_val(s[0])? << 4 | hex_val(s[1])?)
}

fn hex_u32(s: &[u8]) -> Option<u32> {
    s.iter()
        .try_fold(0u32, |acc, &b| Some(acc << 4 | u32::from(hex_val(b)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(b: &[u8]) -> &str {
        std::str::from_utf8(b).unwrap_or("<non-utf8>")
    }

    #[test]
    fn header_forms() {
        struct Case {
            line: &'static str,
            sev: Option<Severity>,
            pid: Option<u32>,
            source: &'static str,
            form: BodyForm,
            msg: &'static str,
        }
        let cases = [
            Case {
                line: r#"E0413 10:53:52.844381    3263 kubelet.go:2055] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 2h33m12.704970756s ago; threshold is 3m0s""#,
                sev: Some(Severity::Error),
                pid: Some(3263),
                source: "kubelet.go:2055",
                form: BodyForm::Structured,
                msg: "Skipping pod synchronization",
            },
            Case {
                line: "I0816 20:28:50.953268   46840 kube_docker_client.go:298] Stop pulling image \"kubernetes/pause:latest\": \"\"",
                sev: Some(Severity::Info),
                pid: Some(46840),
                source: "kube_docker_client.go:298",
                form: BodyForm::FreeText,
                msg: "Stop pulling image \"kubernetes/pause:latest\": \"\"",
            },
            Case {
                line: "Oct 29 13:16:48 centos02 kubelet[4919]: W1029 13:16:48.471488    4919 pod_workers.go:182] hello",
                sev: Some(Severity::Warning),
                pid: Some(4919),
                source: "pod_workers.go:182",
                form: BodyForm::FreeText,
                msg: "hello",
            },
            Case {
                line: "Apr 13 10:53:52 ip-10-42-10-121 kubelet: E0413 10:53:52.844381 3263 kubelet.go:2055] \"x\"",
                sev: Some(Severity::Error),
                pid: Some(3263),
                source: "kubelet.go:2055",
                form: BodyForm::Structured,
                msg: "x",
            },
            Case {
                line: "kubelet[12]: F0101 00:00:00.000000 12 server.go:1] boom",
                sev: Some(Severity::Fatal),
                pid: Some(12),
                source: "server.go:1",
                form: BodyForm::FreeText,
                msg: "boom",
            },
            Case {
                line: "just some text",
                sev: None,
                pid: None,
                source: "",
                form: BodyForm::FreeText,
                msg: "just some text",
            },
        ];
        for c in cases {
            let l = parse_line(c.line.as_bytes());
            assert_eq!(l.header.map(|h| h.severity), c.sev, "{}", c.line);
            assert_eq!(l.header.and_then(|h| h.pid), c.pid, "{}", c.line);
            assert_eq!(l.header.map(|h| s(h.source)).unwrap_or(""), c.source);
            assert_eq!(l.form, c.form, "{}", c.line);
            assert_eq!(s(&l.message()), c.msg, "{}", c.line);
        }
    }

    #[test]
    fn prefixes() {
        type Want<'a> = Option<(&'a str, Option<&'a str>, Option<u32>)>;
        let cases: [(&str, Want); 7] = [
            (
                "Oct 29 13:16:48 centos02 kubelet[4919]: x",
                Some(("kubelet", Some("centos02"), Some(4919))),
            ),
            (
                "Apr  3 01:02:03 host kubelet: x",
                Some(("kubelet", Some("host"), None)),
            ),
            (
                "Apr 13 10:53:52.123456 kubelet[7]: x",
                Some(("kubelet", None, Some(7))),
            ),
            (
                "2023-04-13T10:53:52+0000 node-1 kubelet[99]: x",
                Some(("kubelet", Some("node-1"), Some(99))),
            ),
            ("kubelet[99]: x", Some(("kubelet", None, Some(99)))),
            ("Error: something broke", None),
            ("Apr is a month", None),
        ];
        for (line, want) in cases {
            let (p, _) = strip_syslog_prefix(line.as_bytes());
            let got = p.map(|p| (s(p.ident), p.host.map(s), p.pid));
            assert_eq!(got, want, "{line}");
        }
    }

    #[test]
    fn body_quoted_from_the_thread_id_on() {
        // A line quoted without its level and time (as issue reports often do) is still a
        // structured klog body; a line that merely starts with a number is not cut.
        let l = parse_line(
            br#"2710 kuberuntime_container.go:287] "Failed" pod="a/b" containerName="c""#,
        );
        assert_eq!(l.form, BodyForm::Structured);
        assert_eq!(s(&l.message()), "Failed");
        assert!(l.pairs().any(|kv| kv.key == b"containerName"));
        let l = parse_line(b"2710 pods are pending");
        assert_eq!(l.form, BodyForm::FreeText);
        assert_eq!(s(l.body), "2710 pods are pending");
    }

    #[test]
    fn kv_pairs() {
        let line = r#"I1012 19:34:45.445172 2480 kubelet.go:1] "m \"q\"" pod="default/nginx" podUID=27aff94d-e0d9 event=&{ID:27aff Type:ContainerDied Data:4296} pods=[a/b c/d] err="rpc error: \"nested \\\"deep\\\"\"" cond={"type":"Ready","message":"a b"} tail"#;
        let l = parse_line(line.as_bytes());
        assert_eq!(s(&l.message()), "m \"q\"");
        let kv: Vec<(String, String)> = l
            .pairs()
            .map(|kv| {
                (
                    s(kv.key).to_string(),
                    String::from_utf8_lossy(&kv.value()).into_owned(),
                )
            })
            .collect();
        assert_eq!(
            kv,
            vec![
                ("pod".into(), "default/nginx".into()),
                ("podUID".into(), "27aff94d-e0d9".into()),
                (
                    "event".into(),
                    "&{ID:27aff Type:ContainerDied Data:4296}".into()
                ),
                ("pods".into(), "[a/b c/d]".into()),
                ("err".into(), "rpc error: \"nested \\\"deep\\\"\"".into()),
                ("cond".into(), r#"{"type":"Ready","message":"a b"}"#.into()),
            ]
        );
    }

    #[test]
    fn multiline_value() {
        let line =
            b"I0101 00:00:00.000000 1 x.go:1] \"m\" out=<\n\tline one\n\tline two\n > pod=\"a/b\"";
        let l = parse_line(line);
        let kv: Vec<_> = l
            .pairs()
            .map(|k| (k.key.to_vec(), k.value().to_vec()))
            .collect();
        assert_eq!(kv.len(), 2);
        assert_eq!(kv[0].1, b"\tline one\n\tline two".to_vec());
        assert_eq!(kv[1].1, b"a/b".to_vec());
    }

    #[test]
    fn json_line() {
        let line = br#"{"ts":1753121332053.9302,"caller":"prober/prober.go:107","msg":"Probe failed","v":1,"probeType":"Liveness","pod":{"name":"web","namespace":"default"},"podUID":"0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f","containerName":"app","probeResult":"failure","output":"HTTP probe failed with statuscode: 500"}"#;
        let l = parse_line(line);
        assert_eq!(l.form, BodyForm::Json);
        assert_eq!(s(&l.message()), "Probe failed");
        let keys: Vec<&str> = l.pairs().map(|kv| s(kv.key)).collect();
        assert_eq!(
            keys,
            [
                "ts",
                "caller",
                "msg",
                "v",
                "probeType",
                "pod",
                "podUID",
                "containerName",
                "probeResult",
                "output"
            ]
        );
        let pod = l
            .pairs()
            .find(|kv| kv.key == b"pod")
            .map(|kv| kv.raw_value().to_vec());
        assert_eq!(
            pod.as_deref(),
            Some(&br#"{"name":"web","namespace":"default"}"#[..])
        );
    }

    #[test]
    fn logfmt_line() {
        let line = br#"time="2023-01-01T00:00:00Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:x,Uid:u,Namespace:ns,Attempt:0,} failed, error" error="boom""#;
        let l = parse_line(line);
        assert_eq!(l.form, BodyForm::Logfmt);
        assert!(s(&l.message()).starts_with("RunPodSandbox for"));
        assert_eq!(l.priority(), Some(3));
    }

    #[test]
    fn bad_input_never_panics() {
        let long = vec![b'"'; 1 << 20];
        let mut long2 = b"E0101 00:00:00.000000 1 a.go:1] \"".to_vec();
        long2.extend(std::iter::repeat_n(b'\\', 1 << 20));
        let cases: Vec<Vec<u8>> = vec![
            vec![],
            b"E".to_vec(),
            b"E01".to_vec(),
            b"E0101".to_vec(),
            b"E0101 ".to_vec(),
            b"E0101 00:00".to_vec(),
            b"E0101 00:00:00.000000 123".to_vec(),
            b"E0101 00:00:00.000000 123 file.go".to_vec(),
            b"E0101 00:00:00.000000 123 file.go:1]".to_vec(),
            b"E0101 00:00:00.000000 123 file.go:1] \"unbalanced k=\"v".to_vec(),
            b"\xff\xfe\x00\x01 pod=\"\xff/\xfe\" =\"".to_vec(),
            b"k= =v \"\" ==".to_vec(),
            b"x=<\n".to_vec(),
            b"\\u12 \\x1".to_vec(),
            long,
            long2,
        ];
        for c in cases {
            let l = parse_line(&c);
            let _ = l.message();
            for kv in l.pairs() {
                let _ = kv.value();
            }
        }
        assert!(parse_line(b"E0101 00:00").truncated_header);
        assert!(!parse_line(b"Every thing").truncated_header);
    }
}
