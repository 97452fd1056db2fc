//! The HTTP(S) GET probe: a port of the kubelet's `pkg/probe/http` (`request.go`, `http.go`)
//! together with the parts of Go's `net/http` client those rely on.
//!
//! Rules kept exactly: `User-Agent: kube-probe/<x.y>` and `Accept: */*` unless the spec sets them
//! (an empty `Accept` removes it, an empty `User-Agent` sends none); a user `Host` header becomes
//! the request's host; no keep-alive (`Connection: close`), no compression, no proxy, no TLS
//! verification; the body is read to at most 10 KiB; 200 ≤ status < 400 passes; redirects are
//! followed as Go's client does, under the kubelet's checker: a redirect to another host name ends
//! the chain and its 3xx response is a success with a warning, and the 10th redirect fails. The
//! whole exchange, redirects and body included, runs under the probe's timeout (Go's
//! `Client.Timeout`).
//!
//! What a run reports is what the kubelet's own message says: "HTTP probe failed with
//! statuscode: 500", or the client's error (`Get "http://10.0.0.1:8080/healthz": dial tcp ...:
//! connect: connection refused`). Never the body: it is read (to 10 KiB, as the kubelet reads it)
//! only to drain it and is dropped byte by byte, for successes and failures alike, and the
//! kubelet's warning for an unfollowed redirect is kept without the body it quotes. Nor anything
//! else the server chose: an error names the URL from the probe's spec, not a redirect target
//! taken from a `Location` header (after a redirect Go would name the target; the spec's URL
//! says as much to an operator and quotes nothing of the response). A probe's `host` may be any
//! address the node reaches, a metadata endpoint included, so this is what keeps its answer off
//! the detail API.
//!
//! A hand-written HTTP/1.1 exchange rather than a general client: a probe is one request on one
//! fresh connection, and the kubelet's exact header set and redirect rules are easier to keep
//! (and cheaper to run) here than to bend a general client into.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{timeout_at, Instant};

use super::{HttpGet, ProbeResult, ProbeRun, Scheme, KUBE_PROBE_USER_AGENT, MAX_PROBE_OUTPUT};

/// Go's net/http stops following after this many redirects (the kubelet's checker repeats it).
const MAX_REDIRECTS: usize = 10;
/// Largest response head accepted (Go's transport default is larger; no probe needs this much).
const MAX_HEAD_BYTES: usize = 1 << 20;

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// Runs one HTTP(S) probe. `pod_ip` is used when the spec sets no `host`.
pub async fn probe(get: &HttpGet, pod_ip: Option<IpAddr>, timeout: Duration) -> ProbeRun {
    let host = match (&get.host, pod_ip) {
        (Some(h), _) if !h.is_empty() => h.clone(),
        (_, Some(ip)) => ip.to_string(),
        _ => {
            return ProbeRun::not_passed(
                ProbeResult::Error,
                "pod has no IP address yet",
                "HTTP probe: pod has no IP yet",
            )
        }
    };
    let url = RequestUrl::new(get.scheme, &host, get.port, &get.path);
    let headers = ProbeHeaders::new(&get.headers);
    let label = format!(":{}{}", get.port, url.target);
    let deadline = Instant::now() + timeout;
    match do_probe(url, &headers, deadline).await {
        Ok(resp) => classify(resp, &label),
        Err(err) => {
            let result = if err.timeout {
                ProbeResult::Timeout
            } else {
                ProbeResult::Failure
            };
            let summary = format!("HTTP GET {label}: {}", err.short);
            ProbeRun::not_passed(result, err.message, summary)
        }
    }
}

/// The kubelet's `DoHTTPProbe` verdict on a response.
fn classify(resp: FinalResponse, label: &str) -> ProbeRun {
    let status = resp.status;
    if let Err(msg) = resp.drained {
        // `ReadAtMost` failing for anything but the limit is an error, not a failure: the
        // kubelet retries it and throws the result away.
        return ProbeRun::not_passed(
            ProbeResult::Error,
            msg.clone(),
            format!("HTTP {status} on {label}: {msg}"),
        );
    }
    let summary = format!("HTTP {status} on {label}");
    if (200..300).contains(&status) {
        return ProbeRun::passed(summary);
    }
    if (300..400).contains(&status) {
        // The kubelet's warning is "Probe terminated redirects, Response body: <body>"; the
        // body stays out.
        return ProbeRun::passed_with_warning(format!("{summary} (Probe terminated redirects)"));
    }
    // The kubelet's own failure message, which never quotes the body (kubernetes#99425).
    ProbeRun::not_passed(
        ProbeResult::Failure,
        format!("HTTP probe failed with statuscode: {status}"),
        summary,
    )
}

struct FinalResponse {
    status: u16,
    /// The body was drained (read to at most 10 KiB and dropped), or the read error's message.
    drained: Result<(), String>,
}

/// An error of the client's `Do`: the probe fails with this message.
#[derive(Debug)]
struct DoError {
    message: String,
    short: String,
    timeout: bool,
}

impl DoError {
    fn new(url: &str, detail: impl Into<String>) -> Self {
        let detail = detail.into();
        DoError {
            message: format!("Get \"{url}\": {detail}"),
            short: detail,
            timeout: false,
        }
    }

    fn timeout(url: &str) -> Self {
        DoError {
            message: format!(
                "Get \"{url}\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"
            ),
            short: "timeout awaiting headers".into(),
            timeout: true,
        }
    }
}

/// The URL of one request in the chain.
#[derive(Debug, Clone)]
struct RequestUrl {
    scheme: Scheme,
    /// The host name without brackets (an IPv6 address bare).
    hostname: String,
    port: u16,
    /// `host:port` as Go's `URL.Host` (brackets around IPv6).
    host_port: String,
    /// The request target: escaped path and query.
    target: String,
}

impl RequestUrl {
    fn new(scheme: Scheme, host: &str, port: u16, path: &str) -> Self {
        let hostname = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        RequestUrl {
            scheme,
            host_port: join_host_port(&hostname, port),
            hostname,
            port,
            target: request_target(path),
        }
    }

    fn full(&self) -> String {
        let scheme = match self.scheme {
            Scheme::Http => "http",
            Scheme::Https => "https",
        };
        format!("{scheme}://{}{}", self.host_port, self.target)
    }

    fn from_url(u: &url::Url) -> Result<Self, String> {
        let scheme = match u.scheme() {
            "http" => Scheme::Http,
            "https" => Scheme::Https,
            // Go quotes the scheme; it comes from the server's Location header, so we do not.
            _ => return Err("unsupported protocol scheme".into()),
        };
        let hostname = u
            .host_str()
            .unwrap_or("")
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        if hostname.is_empty() {
            return Err("http: no Host in request URL".into());
        }
        let port = u.port_or_known_default().unwrap_or(match scheme {
            Scheme::Http => 80,
            Scheme::Https => 443,
        });
        // Go keeps the URL's host as written: a default port stays implicit.
        let host_port = match u.port() {
            Some(p) => join_host_port(&hostname, p),
            None if hostname.contains(':') => format!("[{hostname}]"),
            None => hostname.clone(),
        };
        let mut target = u.path().to_string();
        if target.is_empty() {
            target.push('/');
        }
        if let Some(q) = u.query() {
            target.push('?');
            target.push_str(q);
        }
        Ok(RequestUrl {
            scheme,
            hostname,
            port,
            host_port,
            target,
        })
    }
}

pub(crate) fn join(host: &str, port: u16) -> String {
    join_host_port(host, port)
}

fn join_host_port(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// The request target for a spec `path`, as Go builds it from `url.Parse(path)`: the fragment
/// dropped, the query kept, the path escaped where it must be and given a leading `/`.
pub(crate) fn request_target(path: &str) -> String {
    let path = path.split('#').next().unwrap_or("");
    let (p, query) = match path.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path, None),
    };
    let mut out = String::with_capacity(path.len() + 1);
    if !p.starts_with('/') {
        out.push('/');
    }
    escape_into(&mut out, p, false);
    if let Some(q) = query {
        out.push('?');
        escape_into(&mut out, q, true);
    }
    out
}

fn escape_into(out: &mut String, s: &str, query: bool) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let keep = b.is_ascii_alphanumeric()
            || b"-._~!$&'()*+,;=:@/".contains(&b)
            || (query && b"?[]|{}\"^`\\<>".contains(&b));
        if keep {
            out.push(b as char);
        } else if b == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push('%');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
        i += 1;
    }
}

/// The probe's request headers, built as `newProbeRequest` does.
#[derive(Debug, Clone)]
pub(crate) struct ProbeHeaders {
    /// Canonical name and value, in spec order (Go's `http.Header` after `Add`).
    entries: Vec<(String, String)>,
}

impl ProbeHeaders {
    pub(crate) fn new(spec: &[(String, String)]) -> Self {
        let mut entries: Vec<(String, String)> = spec
            .iter()
            .map(|(n, v)| (canonical_header_key(n), v.clone()))
            .collect();
        let has = |entries: &[(String, String)], k: &str| entries.iter().any(|(n, _)| n == k);
        if !has(&entries, "User-Agent") {
            entries.push(("User-Agent".into(), KUBE_PROBE_USER_AGENT.into()));
        }
        if !has(&entries, "Accept") {
            entries.push(("Accept".into(), "*/*".into()));
        } else if entries
            .iter()
            .find(|(n, _)| n == "Accept")
            .is_some_and(|(_, v)| v.is_empty())
        {
            // An Accept header set to "" removes it.
            entries.retain(|(n, _)| n != "Accept");
        }
        ProbeHeaders { entries }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(n, _)| n == key)
            .map(|(_, v)| v.as_str())
    }

    /// Go's transport validation: invalid names or values fail the request before dialing.
    fn validate(&self) -> Result<(), String> {
        for (n, v) in &self.entries {
            if n.is_empty() || !n.bytes().all(is_token_byte) {
                return Err(format!("net/http: invalid header field name {n:?}"));
            }
            if v.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
                return Err(format!("net/http: invalid header field value for {n:?}"));
            }
        }
        Ok(())
    }

    /// The request bytes as Go's `Request.write` lays them out: request line, Host, User-Agent,
    /// the other headers sorted by name, then the transport's `Connection: close`.
    pub(crate) fn render(
        &self,
        url: &RequestUrlView<'_>,
        host: &str,
        referer: Option<&str>,
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.extend_from_slice(b"GET ");
        out.extend_from_slice(url.target.as_bytes());
        out.extend_from_slice(b" HTTP/1.1\r\nHost: ");
        out.extend_from_slice(host.as_bytes());
        out.extend_from_slice(b"\r\n");
        if let Some(ua) = self.get("User-Agent") {
            if !ua.is_empty() {
                out.extend_from_slice(b"User-Agent: ");
                out.extend_from_slice(ua.trim().as_bytes());
                out.extend_from_slice(b"\r\n");
            }
        }
        let mut rest: Vec<(&str, &str)> = self
            .entries
            .iter()
            .filter(|(n, _)| {
                !matches!(
                    n.as_str(),
                    "Host" | "User-Agent" | "Content-Length" | "Transfer-Encoding" | "Trailer"
                ) && (referer.is_none() || n != "Referer")
            })
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        if let Some(r) = referer {
            rest.push(("Referer", r));
        }
        // Stable sort: values of one name keep their order, as Go's Header.write does.
        rest.sort_by(|a, b| a.0.cmp(b.0));
        let mut wants_close = false;
        for (n, v) in rest {
            if n == "Connection" && v.to_ascii_lowercase().contains("close") {
                wants_close = true;
            }
            out.extend_from_slice(n.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(v.trim().as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        if !wants_close {
            out.extend_from_slice(b"Connection: close\r\n");
        }
        out.extend_from_slice(b"\r\n");
        out
    }
}

/// The parts of a request URL the renderer needs.
pub(crate) struct RequestUrlView<'a> {
    pub(crate) target: &'a str,
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Go's `textproto.CanonicalMIMEHeaderKey`: `x-foo-bar` → `X-Foo-Bar`; a key with bytes that are
/// not token characters is returned unchanged.
pub(crate) fn canonical_header_key(k: &str) -> String {
    if !k.bytes().all(is_token_byte) {
        return k.to_string();
    }
    let mut upper = true;
    k.chars()
        .map(|c| {
            let out = if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
            upper = c == '-';
            out
        })
        .collect()
}

/// Go's `http.Client.Do` with the kubelet's redirect checker, then the body read of the final
/// response.
async fn do_probe(
    first: RequestUrl,
    headers: &ProbeHeaders,
    deadline: Instant,
) -> Result<FinalResponse, DoError> {
    // Every error names the spec's URL, never a redirect target the server chose.
    let spec_url = first.full();
    headers.validate().map_err(|m| DoError::new(&spec_url, m))?;
    // req.Host = headers.Get("Host").
    let mut host_header: String = headers.get("Host").unwrap_or("").to_string();
    let mut referer: Option<String> = None;
    let mut current = first.clone();
    let mut sent = 0usize;
    loop {
        let cur_full = current.full();
        let host = if host_header.is_empty() {
            current.host_port.clone()
        } else {
            host_header.clone()
        };
        if host.bytes().any(|b| b < 0x21 || b == 0x7f) {
            return Err(DoError::new(&spec_url, "http: invalid Host header"));
        }
        let request = headers.render(
            &RequestUrlView {
                target: &current.target,
            },
            &host,
            referer.as_deref(),
        );
        let mut stream = match timeout_at(deadline, connect(&current)).await {
            Ok(Ok(s)) => s,
            Ok(Err(detail)) => return Err(DoError::new(&spec_url, detail)),
            Err(_) => return Err(DoError::timeout(&spec_url)),
        };
        sent += 1;
        let mut reader = Reader::new();
        let head = match timeout_at(deadline, exchange(&mut stream, &request, &mut reader)).await {
            Ok(Ok(h)) => h,
            Ok(Err(detail)) => return Err(DoError::new(&spec_url, detail)),
            Err(_) => return Err(DoError::timeout(&spec_url)),
        };

        // Go's redirectBehavior + the loop in Client.do.
        let follow = matches!(head.status, 301 | 302 | 303 | 307 | 308);
        let location = head.location.clone().unwrap_or_default();
        if follow && !location.is_empty() {
            let base = url::Url::parse(&cur_full)
                .or_else(|_| url::Url::parse(&format!("{}/", cur_full.trim_end_matches('/'))));
            let next = match base.and_then(|b| b.join(&location)) {
                Ok(u) => u,
                Err(e) => {
                    return Err(DoError::new(
                        &spec_url,
                        format!("failed to parse Location header: {e}"),
                    ))
                }
            };
            // A user Host header survives only a relative redirect (Go issue 22233).
            let location_is_abs = url::Url::parse(&location).is_ok();
            let keep_host =
                !host_header.is_empty() && host_header != current.host_port && !location_is_abs;
            if !keep_host {
                host_header.clear();
            }
            let next_host = next
                .host_str()
                .unwrap_or("")
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_ascii_lowercase();
            // The kubelet's checker: another host ends the chain with this response.
            if next_host != first.hostname.to_ascii_lowercase() {
                let drained = drain_body_to_deadline(&mut stream, reader, &head, deadline).await;
                return Ok(FinalResponse {
                    status: head.status,
                    drained,
                });
            }
            if sent >= MAX_REDIRECTS {
                return Err(DoError::new(
                    &spec_url,
                    format!("stopped after {MAX_REDIRECTS} redirects"),
                ));
            }
            let next_url = RequestUrl::from_url(&next).map_err(|m| DoError::new(&spec_url, m))?;
            // Referer from the previous URL, except https → http.
            referer = if current.scheme == Scheme::Https && next_url.scheme == Scheme::Http {
                None
            } else {
                Some(cur_full)
            };
            current = next_url;
            continue;
        }
        let drained = drain_body_to_deadline(&mut stream, reader, &head, deadline).await;
        return Ok(FinalResponse {
            status: head.status,
            drained,
        });
    }
}

async fn drain_body_to_deadline(
    stream: &mut Box<dyn Stream>,
    mut reader: Reader,
    head: &Head,
    deadline: Instant,
) -> Result<(), String> {
    match timeout_at(deadline, drain_body(stream, &mut reader, head)).await {
        Ok(r) => r.map(drop),
        Err(_) => Err(
            "context deadline exceeded (Client.Timeout or context cancellation while reading body)"
                .into(),
        ),
    }
}

async fn connect(url: &RequestUrl) -> Result<Box<dyn Stream>, String> {
    let addr = resolve(&url.hostname, url.port).await?;
    let tcp = TcpStream::connect(addr)
        .await
        .map_err(|e| format!("dial tcp {addr}: {}", dial_error(&e)))?;
    match url.scheme {
        Scheme::Http => Ok(Box::new(tcp)),
        Scheme::Https => {
            let config = super::tls::client_config()
                .ok_or_else(|| "tls: no TLS configuration available".to_string())?;
            let name = match url.hostname.parse::<IpAddr>() {
                Ok(ip) => rustls::pki_types::ServerName::IpAddress(ip.into()),
                Err(_) => rustls::pki_types::ServerName::try_from(url.hostname.clone())
                    .map_err(|e| format!("tls: invalid server name: {e}"))?,
            };
            let tls = tokio_rustls::TlsConnector::from(config)
                .connect(name, tcp)
                .await
                .map_err(|e| format!("tls: {e}"))?;
            Ok(Box::new(tls))
        }
    }
}

/// Resolves a host (an IP literal needs no lookup).
pub(crate) async fn resolve(host: &str, port: u16) -> Result<SocketAddr, String> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(SocketAddr::new(ip, port));
    }
    match tokio::net::lookup_host((host, port)).await {
        Ok(mut addrs) => addrs
            .next()
            .ok_or_else(|| format!("dial tcp: lookup {host}: no such host")),
        Err(e) => Err(format!("dial tcp: lookup {host}: {e}")),
    }
}

/// Go's wording for the common dial errors.
pub(crate) fn dial_error(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => "connect: connection refused".into(),
        io::ErrorKind::TimedOut => "i/o timeout".into(),
        _ => match e.raw_os_error() {
            Some(libc::EHOSTUNREACH) => "connect: no route to host".into(),
            Some(libc::ENETUNREACH) => "connect: network is unreachable".into(),
            _ => format!("connect: {e}"),
        },
    }
}

#[derive(Debug)]
struct Head {
    status: u16,
    location: Option<String>,
    framing: Framing,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Framing {
    None,
    Length(u64),
    Chunked,
    UntilClose,
}

/// Buffered bytes read from the connection and not yet consumed.
struct Reader {
    buf: Vec<u8>,
    pos: usize,
}

impl Reader {
    fn new() -> Self {
        Reader {
            buf: Vec::with_capacity(4096),
            pos: 0,
        }
    }

    fn available(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// Reads more bytes; `Ok(0)` at end of stream.
    async fn fill(&mut self, s: &mut Box<dyn Stream>) -> io::Result<usize> {
        if self.pos > 0 && self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + 4096, 0);
        match s.read(&mut self.buf[old..]).await {
            Ok(n) => {
                self.buf.truncate(old + n);
                Ok(n)
            }
            Err(e) => {
                self.buf.truncate(old);
                Err(e)
            }
        }
    }
}

/// Sends the request and reads the response head (1xx interim responses skipped, as Go does).
async fn exchange(
    s: &mut Box<dyn Stream>,
    request: &[u8],
    reader: &mut Reader,
) -> Result<Head, String> {
    s.write_all(request)
        .await
        .map_err(|e| format!("write: {e}"))?;
    s.flush().await.map_err(|e| format!("write: {e}"))?;
    loop {
        let parsed = {
            let mut hdrs = [httparse::EMPTY_HEADER; 100];
            let mut resp = httparse::Response::new(&mut hdrs);
            match resp.parse(reader.available()) {
                Ok(httparse::Status::Complete(len)) => {
                    Some((len, head_from(&resp).map_err(|e| e.to_string())?))
                }
                Ok(httparse::Status::Partial) => None,
                Err(e) => {
                    return Err(format!(
                    "net/http: HTTP/1.x transport connection broken: malformed HTTP response: {e}"
                ))
                }
            }
        };
        match parsed {
            Some((len, head)) => {
                reader.pos += len;
                if (100..200).contains(&head.status) && head.status != 101 {
                    continue;
                }
                return Ok(head);
            }
            None => {
                if reader.available().len() > MAX_HEAD_BYTES {
                    return Err(format!(
                        "net/http: server response headers exceeded {MAX_HEAD_BYTES} bytes; aborted"
                    ));
                }
                let n = reader.fill(s).await.map_err(|e| format!("read: {e}"))?;
                if n == 0 {
                    return Err("EOF".into());
                }
            }
        }
    }
}

fn head_from(resp: &httparse::Response<'_, '_>) -> Result<Head, &'static str> {
    let status = resp.code.unwrap_or(0);
    let mut location = None;
    let mut length: Option<u64> = None;
    let mut chunked = false;
    let mut has_te = false;
    for h in resp.headers.iter() {
        if h.name.eq_ignore_ascii_case("location") && location.is_none() {
            location = Some(String::from_utf8_lossy(h.value).trim().to_string());
        } else if h.name.eq_ignore_ascii_case("content-length") {
            let v = std::str::from_utf8(h.value)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .ok_or("bad Content-Length")?;
            if length.is_some_and(|l| l != v) {
                return Err("http: message cannot contain multiple Content-Length headers");
            }
            length = Some(v);
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            has_te = true;
            chunked = String::from_utf8_lossy(h.value)
                .rsplit(',')
                .next()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("chunked"));
        }
    }
    let framing = if (100..200).contains(&status) || status == 204 || status == 304 {
        Framing::None
    } else if has_te {
        if chunked {
            Framing::Chunked
        } else {
            Framing::UntilClose
        }
    } else if let Some(l) = length {
        Framing::Length(l)
    } else {
        Framing::UntilClose
    };
    Ok(Head {
        status,
        location,
        framing,
    })
}

/// `utilio.ReadAtMost(res.Body, 10 KiB)`, keeping nothing: reaching the limit is not an error,
/// and the bytes are dropped as they are read. Returns how many body bytes were read.
async fn drain_body(s: &mut Box<dyn Stream>, r: &mut Reader, head: &Head) -> Result<usize, String> {
    let limit = MAX_PROBE_OUTPUT;
    let mut got = 0usize;
    match head.framing {
        Framing::None => {}
        Framing::Length(len) => {
            let want = (len.min(limit as u64)) as usize;
            while got < want {
                if r.available().is_empty() {
                    let n = r.fill(s).await.map_err(|e| e.to_string())?;
                    if n == 0 {
                        return Err("unexpected EOF".into());
                    }
                }
                let take = r.available().len().min(want - got);
                got += take;
                r.pos += take;
            }
        }
        Framing::UntilClose => loop {
            if got >= limit {
                break;
            }
            if r.available().is_empty() {
                let n = r.fill(s).await.map_err(|e| e.to_string())?;
                if n == 0 {
                    break;
                }
            }
            let take = r.available().len().min(limit - got);
            got += take;
            r.pos += take;
        },
        Framing::Chunked => loop {
            // Chunk size line.
            let line = read_line(s, r).await?;
            let size_text = line.split(';').next().unwrap_or("").trim();
            let size = u64::from_str_radix(size_text, 16)
                .map_err(|_| "invalid byte in chunk length".to_string())?;
            if size == 0 {
                break;
            }
            let mut left = size;
            while left > 0 {
                if got >= limit {
                    return Ok(got);
                }
                if r.available().is_empty() {
                    let n = r.fill(s).await.map_err(|e| e.to_string())?;
                    if n == 0 {
                        return Err("unexpected EOF".into());
                    }
                }
                let take = (r.available().len() as u64).min(left) as usize;
                got += take.min(limit - got);
                r.pos += take;
                left -= take as u64;
            }
            let crlf = read_line(s, r).await?;
            if !crlf.is_empty() {
                return Err("malformed chunked encoding".into());
            }
        },
    }
    Ok(got.min(limit))
}

async fn read_line(s: &mut Box<dyn Stream>, r: &mut Reader) -> Result<String, String> {
    loop {
        if let Some(i) = r.available().iter().position(|&b| b == b'\n') {
            let line = String::from_utf8_lossy(&r.available()[..i])
                .trim_end_matches('\r')
                .to_string();
            r.pos += i + 1;
            return Ok(line);
        }
        if r.available().len() > 4096 {
            return Err("header line too long".into());
        }
        let n = r.fill(s).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("unexpected EOF".into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_keys() {
        for (input, want) in [
            ("user-agent", "User-Agent"),
            ("ACCEPT", "Accept"),
            ("x-muffins-or-cupcakes", "X-Muffins-Or-Cupcakes"),
            ("host", "Host"),
            ("bad key", "bad key"),
        ] {
            assert_eq!(canonical_header_key(input), want, "{input}");
        }
    }

    #[test]
    fn request_targets() {
        for (path, want) in [
            ("", "/"),
            ("/", "/"),
            ("healthz", "/healthz"),
            ("/healthz", "/healthz"),
            ("/a b", "/a%20b"),
            ("/x?y=1&z=2", "/x?y=1&z=2"),
            ("/p#frag", "/p"),
            ("/ok%2Fenc", "/ok%2Fenc"),
        ] {
            assert_eq!(request_target(path), want, "{path:?}");
        }
    }

    fn render(spec: &[(&str, &str)], host: &str) -> String {
        let spec: Vec<(String, String)> = spec
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let h = ProbeHeaders::new(&spec);
        String::from_utf8_lossy(&h.render(&RequestUrlView { target: "/healthz" }, host, None))
            .into_owned()
    }

    #[test]
    fn default_headers() {
        let r = render(&[], "10.0.0.1:8080");
        assert_eq!(
            r,
            "GET /healthz HTTP/1.1\r\nHost: 10.0.0.1:8080\r\nUser-Agent: kube-probe/1.34\r\nAccept: */*\r\nConnection: close\r\n\r\n"
        );
    }

    #[test]
    fn header_rules() {
        // (spec headers, must contain, must not contain)
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a [&'a str]);
        let cases: &[Case<'_>] = &[
            (
                &[("User-Agent", "foo/1.0")],
                &["User-Agent: foo/1.0\r\n"],
                &["kube-probe"],
            ),
            (&[("user-agent", "")], &[], &["User-Agent"]),
            (&[("Accept", "")], &[], &["Accept"]),
            (
                &[("accept", "text/plain")],
                &["Accept: text/plain\r\n"],
                &["*/*"],
            ),
            (
                &[("X-Muffins-Or-Cupcakes", "muffins")],
                &["X-Muffins-Or-Cupcakes: muffins\r\n"],
                &[],
            ),
            (&[("Connection", "close")], &["Connection: close\r\n"], &[]),
        ];
        for (spec, want, not) in cases {
            let r = render(spec, "h:1");
            for w in *want {
                assert!(r.contains(w), "{spec:?}: {r:?} lacks {w:?}");
            }
            for n in *not {
                assert!(!r.contains(n), "{spec:?}: {r:?} has {n:?}");
            }
            assert_eq!(r.matches("Connection").count(), 1, "{r:?}");
        }
    }

    #[test]
    fn invalid_headers_are_rejected() {
        let h = ProbeHeaders::new(&[("bad name".into(), "v".into())]);
        assert!(h.validate().is_err());
        let h = ProbeHeaders::new(&[("X-Ok".into(), "a\r\nb".into())]);
        assert!(h.validate().is_err());
        let h = ProbeHeaders::new(&[("X-Ok".into(), "a\tb".into())]);
        assert!(h.validate().is_ok());
    }

    #[test]
    fn classify_status_edges() {
        for (status, result, warning) in [
            (199, ProbeResult::Failure, false),
            (200, ProbeResult::Success, false),
            (204, ProbeResult::Success, false),
            (299, ProbeResult::Success, false),
            (300, ProbeResult::Success, true),
            (399, ProbeResult::Success, true),
            (400, ProbeResult::Failure, false),
            (500, ProbeResult::Failure, false),
        ] {
            let run = classify(
                FinalResponse {
                    status,
                    drained: Ok(()),
                },
                ":1/",
            );
            assert_eq!((run.result, run.warning), (result, warning), "{status}");
            if result == ProbeResult::Success {
                assert_eq!(run.message(), "", "{status}");
            } else {
                assert_eq!(
                    run.message(),
                    format!("HTTP probe failed with statuscode: {status}")
                );
            }
        }
    }
}
