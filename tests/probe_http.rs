//! HTTP probe against local servers on 127.0.0.1: the kubelet's `pkg/probe/http/http_test.go`
//! cases (status codes, headers, Host, redirects, payload sizes, timeouts) plus the bad-input
//! cases (refused, never answering, streaming forever, stalling mid-body).
//!
//! The kubelet's tests read back what the probe sent from a body that echoes it; a run reports
//! nothing of the body here (the kubelet never publishes it either), so what was sent is read on
//! the server's side ([`Seen`]), and every case checks that no body byte reached the run.

mod probe_support;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use podpulse::probe::{http, HttpGet, ProbeResult, ProbeRun, Scheme};
use probe_support::{
    closed_port, ok, serve_http, serve_http_seen, serve_https_seen, serve_silent, serve_tcp_reply,
    Reply, Req,
};

/// Marks every body the test servers send; it must never show up in a run.
const BODY: &str = "BODY-7f3a";

/// Nothing of the response body is in the run, and a success carries no message at all.
fn assert_no_body(run: &ProbeRun) {
    assert!(
        !run.message().contains(BODY) && !run.summary.contains(BODY),
        "the body leaked into the run: {run:?}"
    );
    if run.result == ProbeResult::Success {
        assert_eq!(run.message(), "", "a success carries no message: {run:?}");
    }
}

const LOCAL: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));

fn get(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> HttpGet {
    HttpGet {
        scheme: Scheme::Http,
        host: None,
        port: addr.port(),
        path: path.to_string(),
        headers: headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
    }
}

async fn probe(g: &HttpGet) -> ProbeRun {
    http::probe(g, LOCAL, Duration::from_secs(1)).await
}

fn body_ok(_: &Req) -> Reply {
    ok(BODY)
}

#[tokio::test]
async fn checker_cases() {
    struct Case {
        name: &'static str,
        handler: fn(&Req) -> Reply,
        headers: &'static [(&'static str, &'static str)],
        result: ProbeResult,
        /// The run's message contains this.
        message: &'static str,
        /// Header lines (`Name: value`, as the server received them) the request carried...
        sent: &'static [&'static str],
        /// ... and text the request head must not contain.
        not_sent: &'static [&'static str],
    }
    let cases = [
        Case {
            name: "ok body",
            handler: body_ok,
            headers: &[],
            result: ProbeResult::Success,
            message: "",
            sent: &[],
            not_sent: &[],
        },
        Case {
            name: "custom header",
            handler: body_ok,
            headers: &[("X-Muffins-Or-Cupcakes", "muffins")],
            result: ProbeResult::Success,
            message: "",
            sent: &["X-Muffins-Or-Cupcakes: muffins"],
            not_sent: &[],
        },
        Case {
            name: "lowercase header is canonicalised",
            handler: body_ok,
            headers: &[("x-muffins-or-cupcakes", "muffins")],
            result: ProbeResult::Success,
            message: "",
            sent: &["X-Muffins-Or-Cupcakes: muffins"],
            not_sent: &[],
        },
        Case {
            name: "user agent set",
            handler: body_ok,
            headers: &[("User-Agent", "foo/1.0")],
            result: ProbeResult::Success,
            message: "",
            sent: &["User-Agent: foo/1.0"],
            not_sent: &["kube-probe"],
        },
        Case {
            name: "user agent emptied",
            handler: body_ok,
            headers: &[("User-Agent", "")],
            result: ProbeResult::Success,
            message: "",
            sent: &[],
            not_sent: &["User-Agent"],
        },
        Case {
            name: "default user agent and accept",
            handler: body_ok,
            headers: &[],
            result: ProbeResult::Success,
            message: "",
            sent: &[
                "User-Agent: kube-probe/1.34",
                "Accept: */*",
                "Connection: close",
            ],
            not_sent: &["Accept-Encoding"],
        },
        Case {
            name: "accept overridden",
            handler: body_ok,
            headers: &[("Accept", "application/json")],
            result: ProbeResult::Success,
            message: "",
            sent: &["Accept: application/json"],
            not_sent: &["*/*"],
        },
        Case {
            name: "accept emptied",
            handler: body_ok,
            headers: &[("Accept", "")],
            result: ProbeResult::Success,
            message: "",
            sent: &["User-Agent: kube-probe/1.34"],
            not_sent: &["Accept"],
        },
        Case {
            name: "host header",
            handler: body_ok,
            headers: &[("Host", "muffins.cupcakes.org")],
            result: ProbeResult::Success,
            message: "",
            sent: &["Host: muffins.cupcakes.org"],
            not_sent: &[],
        },
        Case {
            name: "connection dropped (Go's WriteHeader(-1))",
            handler: |_| Reply::Close,
            headers: &[],
            result: ProbeResult::Failure,
            message: "EOF",
            sent: &[],
            not_sent: &[],
        },
        Case {
            name: "500",
            handler: |_| Reply::Status(500, BODY.into()),
            headers: &[],
            result: ProbeResult::Failure,
            message: "HTTP probe failed with statuscode: 500",
            sent: &[],
            not_sent: &[],
        },
        Case {
            name: "slow server",
            handler: |_| Reply::Sleep(Duration::from_secs(3)),
            headers: &[],
            result: ProbeResult::Timeout,
            message: "Client.Timeout exceeded while awaiting headers",
            sent: &[],
            not_sent: &[],
        },
    ];
    for c in cases {
        let (addr, seen) = serve_http_seen(c.handler).await;
        let run = probe(&get(addr, "/", c.headers)).await;
        assert_eq!(run.result, c.result, "{}: {run:?}", c.name);
        assert!(
            run.message().contains(c.message),
            "{}: {:?}",
            c.name,
            run.message()
        );
        assert_no_body(&run);
        let req = seen.last();
        let lines: Vec<String> = req
            .headers
            .iter()
            .map(|(n, v)| format!("{n}: {v}"))
            .collect();
        for want in c.sent {
            assert!(
                lines.iter().any(|l| l == want),
                "{}: sent {lines:?}, no {want:?}",
                c.name
            );
        }
        for not in c.not_sent {
            assert!(!req.raw.contains(not), "{}: sent {:?}", c.name, req.raw);
        }
    }
}

#[tokio::test]
async fn status_code_edges() {
    for (status, result, warning) in [
        (200, ProbeResult::Success, false),
        (201, ProbeResult::Success, false),
        (204, ProbeResult::Success, false),
        (299, ProbeResult::Success, false),
        (300, ProbeResult::Success, true),
        (304, ProbeResult::Success, true),
        (399, ProbeResult::Success, true),
        (400, ProbeResult::Failure, false),
        (404, ProbeResult::Failure, false),
        (503, ProbeResult::Failure, false),
        (599, ProbeResult::Failure, false),
    ] {
        let addr = serve_http(move |_| Reply::Status(status, BODY.into())).await;
        let run = probe(&get(addr, "/", &[])).await;
        assert_eq!(
            (run.result, run.warning),
            (result, warning),
            "{status}: {run:?}"
        );
        assert_no_body(&run);
        if result == ProbeResult::Failure {
            assert_eq!(
                run.message(),
                format!("HTTP probe failed with statuscode: {status}")
            );
            assert!(
                run.summary.contains(&format!("HTTP {status} on :")),
                "{}",
                run.summary
            );
        }
    }
}

#[tokio::test]
async fn redirects_same_host() {
    for code in [301u16, 302, 303, 307, 308] {
        for bad in [false, true] {
            let addr = serve_http(move |r| match r.path.as_str() {
                "/" => Reply::Redirect(code, "/new".into()),
                "/new" if bad => Reply::Status(500, "".into()),
                _ => ok("new"),
            })
            .await;
            let run = probe(&get(addr, "/", &[])).await;
            let want = if bad {
                ProbeResult::Failure
            } else {
                ProbeResult::Success
            };
            assert_eq!(run.result, want, "{code} bad={bad}: {run:?}");
            assert!(!run.warning);
            assert_no_body(&run);
        }
    }
}

#[tokio::test]
async fn redirect_without_location_is_a_warning() {
    let addr =
        serve_http(|_| Reply::Raw(b"HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n".to_vec()))
            .await;
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(
        (run.result, run.warning),
        (ProbeResult::Success, true),
        "{run:?}"
    );
}

/// `TestHTTPProbeChecker_NonLocalRedirects` with the kubelet's `followNonLocalRedirects=false`.
#[tokio::test]
async fn non_local_redirects() {
    let handler = |r: &Req| {
        let path = r.path.split('?').next().unwrap_or("");
        match path {
            "/redirect" => {
                let loc = r.path.split_once("loc=").map(|x| x.1).unwrap_or("");
                let loc = loc.replace("%2F", "/").replace("%3A", ":");
                Reply::Redirect(302, loc)
            }
            "/loop" => Reply::Redirect(302, "/loop".into()),
            "/success" => ok(""),
            _ => Reply::Status(500, "".into()),
        }
    };
    let server = serve_http(handler).await;
    let newport = serve_http(handler).await;
    let cases = [
        (
            "local success",
            "/success".to_string(),
            ProbeResult::Success,
            false,
        ),
        (
            "local fail",
            "/fail".to_string(),
            ProbeResult::Failure,
            false,
        ),
        (
            "newport success",
            format!("http://{newport}/success"),
            ProbeResult::Success,
            false,
        ),
        (
            "newport fail",
            format!("http://{newport}/fail"),
            ProbeResult::Failure,
            false,
        ),
        (
            "bogus nonlocal",
            "http://0.0.0.0/fail".to_string(),
            ProbeResult::Success,
            true,
        ),
        (
            "redirect loop",
            "/loop".to_string(),
            ProbeResult::Failure,
            false,
        ),
    ];
    for (name, loc, result, warning) in cases {
        let enc = loc.replace('/', "%2F").replace(':', "%3A");
        let run = probe(&get(server, &format!("/redirect?loc={enc}"), &[])).await;
        assert_eq!(
            (run.result, run.warning),
            (result, warning),
            "{name}: {run:?}"
        );
        assert_no_body(&run);
        if warning {
            // The kubelet's warning, without the body it quotes.
            assert!(
                run.summary.contains("Probe terminated redirects"),
                "{run:?}"
            );
            assert!(!run.summary.contains("moved"), "{run:?}");
        }
    }
}

#[tokio::test]
async fn tenth_redirect_fails() {
    // /r/N redirects to /r/N+1 until N reaches the limit in the path, then 200.
    let addr = serve_http(|r| {
        let parts: Vec<&str> = r.path.trim_start_matches('/').split('/').collect();
        let (Some(limit), Some(n)) = (
            parts.first().and_then(|s| s.parse::<u32>().ok()),
            parts.get(1).and_then(|s| s.parse::<u32>().ok()),
        ) else {
            return Reply::Status(500, "".into());
        };
        if n < limit {
            Reply::Redirect(302, format!("/{limit}/{}", n + 1))
        } else {
            ok("done")
        }
    })
    .await;
    let nine = probe(&get(addr, "/9/0", &[])).await;
    assert_eq!(nine.result, ProbeResult::Success, "{nine:?}");
    let ten = probe(&get(addr, "/10/0", &[])).await;
    assert_eq!(ten.result, ProbeResult::Failure, "{ten:?}");
    // Named by the spec's URL, not by the redirect target the server chose.
    assert_eq!(
        ten.message(),
        format!("Get \"http://{addr}/10/0\": stopped after 10 redirects"),
        "{ten:?}"
    );
}

/// An error after a redirect names the spec's URL: the target came from the server's
/// `Location`, which may carry anything (a session token in a query string).
#[tokio::test]
async fn errors_after_a_redirect_quote_nothing_the_server_chose() {
    let port = closed_port().await;
    let addr = serve_http(move |_| {
        Reply::Redirect(
            302,
            format!("http://127.0.0.1:{port}/next?token=SECRET-LOCATION"),
        )
    })
    .await;
    let run = probe(&get(addr, "/start", &[])).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert!(
        run.message().starts_with(&format!(
            "Get \"http://{addr}/start\": dial tcp 127.0.0.1:{port}"
        )),
        "{run:?}"
    );
    assert!(!run.message().contains("SECRET-LOCATION"), "{run:?}");
    assert!(!run.summary.contains("SECRET-LOCATION"), "{run:?}");
}

/// `TestHTTPProbeChecker_HostHeaderPreservedAfterRedirect`.
#[tokio::test]
async fn host_header_preserved_after_relative_redirect() {
    let addr = serve_http(|r| match r.path.as_str() {
        "/redirect" => Reply::Redirect(302, "/success".into()),
        "/success" if r.host == "www.success.com" => ok(""),
        "/success" => Reply::Status(400, "".into()),
        _ => Reply::Status(500, "".into()),
    })
    .await;
    for (host, want) in [
        ("www.success.com", ProbeResult::Success),
        ("www.fail.com", ProbeResult::Failure),
    ] {
        let run = probe(&get(addr, "/redirect", &[("Host", host)])).await;
        assert_eq!(run.result, want, "{host}: {run:?}");
    }
}

#[tokio::test]
async fn redirect_sends_referer_and_same_headers() {
    let (addr, seen) = serve_http_seen(|r| match r.path.as_str() {
        "/a" => Reply::Redirect(301, "/b".into()),
        _ => ok(BODY),
    })
    .await;
    let run = probe(&get(addr, "/a", &[("X-Token", "t1")])).await;
    assert_eq!(run.result, ProbeResult::Success);
    assert_no_body(&run);
    let b = seen.last();
    assert_eq!(b.path, "/b");
    assert_eq!(b.header("X-Token"), Some("t1"), "{}", b.raw);
    let referer = format!("http://{addr}/a");
    assert_eq!(b.header("Referer"), Some(referer.as_str()), "{}", b.raw);
    assert_eq!(b.header("User-Agent"), Some("kube-probe/1.34"), "{}", b.raw);
}

#[tokio::test]
async fn payload_truncated_and_normal() {
    const MAX: usize = 10 * 1024;
    for size in [MAX + 1, MAX - 1, MAX] {
        let addr = serve_http(move |r| {
            if r.host == "www.success.com" {
                ok(&"a".repeat(size))
            } else {
                Reply::Status(400, "".into())
            }
        })
        .await;
        let run = probe(&get(addr, "/success", &[("Host", "www.success.com")])).await;
        // Read (to drain it, at most 10 KiB) and dropped: the verdict is all that is left.
        assert_eq!(run.result, ProbeResult::Success, "size {size}: {run:?}");
        assert_eq!(run.message(), "", "size {size}");
        assert!(!run.summary.contains("aaaa"), "size {size}: {run:?}");
    }
}

#[tokio::test]
async fn chunked_body_is_decoded() {
    let addr = serve_http(|_| Reply::Chunked(vec!["hello ".into(), BODY.into()])).await;
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_no_body(&run);
    // A chunked body that breaks off is a read error, which the framing decoder must see.
    let addr = serve_http(|_| {
        Reply::Raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".to_vec())
    })
    .await;
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(run.result, ProbeResult::Error, "{run:?}");
    assert!(run.message().contains("chunk length"), "{run:?}");
}

#[tokio::test]
async fn body_that_never_ends_is_read_to_ten_kib() {
    let addr = serve_http(|_| Reply::StreamForever).await;
    let start = Instant::now();
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_no_body(&run);
    assert!(start.elapsed() < Duration::from_millis(900));
}

#[tokio::test]
async fn body_that_stalls_is_an_error_not_a_failure() {
    let addr = serve_http(|_| Reply::StallAfterHeaders).await;
    let start = Instant::now();
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(run.result, ProbeResult::Error, "{run:?}");
    assert!(run.message().contains("while reading body"), "{run:?}");
    assert!(start.elapsed() < Duration::from_millis(1500));
}

#[tokio::test]
async fn server_that_never_answers_times_out() {
    let addr = serve_silent().await;
    let start = Instant::now();
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(run.result, ProbeResult::Timeout, "{run:?}");
    assert!(start.elapsed() < Duration::from_millis(1500));
}

#[tokio::test]
async fn refused_connection_fails() {
    let port = closed_port().await;
    let g = get(SocketAddr::from(([127, 0, 0, 1], port)), "/healthz", &[]);
    let run = probe(&g).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert_eq!(
        run.message(),
        format!("Get \"http://127.0.0.1:{port}/healthz\": dial tcp 127.0.0.1:{port}: connect: connection refused")
    );
}

#[tokio::test]
async fn garbage_response_fails() {
    let addr = serve_http(|_| Reply::Raw(b"SSH-2.0-OpenSSH\r\n\r\n".to_vec())).await;
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert!(run.message().contains("malformed HTTP response"), "{run:?}");
    assert!(!run.message().contains("OpenSSH"), "{run:?}");
}

#[tokio::test]
async fn invalid_header_fails_before_dialing() {
    let port = closed_port().await;
    let g = get(
        SocketAddr::from(([127, 0, 0, 1], port)),
        "/",
        &[("X-Bad", "a\nb")],
    );
    let run = probe(&g).await;
    assert_eq!(run.result, ProbeResult::Failure);
    assert!(
        run.message().contains("invalid header field value"),
        "{run:?}"
    );
}

#[tokio::test]
async fn spec_host_overrides_pod_ip() {
    let (addr, seen) = serve_http_seen(body_ok).await;
    let mut g = get(addr, "/", &[]);
    g.host = Some("127.0.0.1".into());
    // A pod IP that would not answer: the spec host wins.
    let run = http::probe(
        &g,
        Some(
            "192.0.2.1"
                .parse()
                .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        ),
        Duration::from_secs(1),
    )
    .await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_no_body(&run);
    assert_eq!(seen.last().host, format!("127.0.0.1:{}", addr.port()));
}

#[tokio::test]
async fn https_without_verification() {
    let (addr, seen) = serve_https_seen(body_ok).await;
    let mut g = get(addr, "/secure?x=1", &[]);
    g.scheme = Scheme::Https;
    let run = probe(&g).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_no_body(&run);
    assert_eq!(seen.last().path, "/secure?x=1");
    // A plain-HTTP server probed with HTTPS fails (handshake error or timeout), never hangs.
    let plain = serve_http(|_| ok("plain")).await;
    let mut g = get(plain, "/", &[]);
    g.scheme = Scheme::Https;
    let start = Instant::now();
    let run = probe(&g).await;
    assert!(
        matches!(run.result, ProbeResult::Failure | ProbeResult::Timeout),
        "{run:?}"
    );
    assert!(start.elapsed() < Duration::from_millis(1500));
    // A server that answers the ClientHello with plain text: a handshake failure.
    let text = serve_tcp_reply(b"HTTP/1.0 400 Bad Request\r\n\r\n").await;
    let mut g = get(text, "/", &[]);
    g.scheme = Scheme::Https;
    let run = probe(&g).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert!(run.message().contains("tls"), "{run:?}");
}

#[tokio::test]
async fn redirect_http_to_https_same_host_is_followed() {
    let (tls, seen) = serve_https_seen(body_ok).await;
    let addr =
        serve_http(move |_| Reply::Redirect(302, format!("https://127.0.0.1:{}/", tls.port())))
            .await;
    let run = probe(&get(addr, "/", &[])).await;
    assert_eq!(
        (run.result, run.warning),
        (ProbeResult::Success, false),
        "{run:?}"
    );
    assert_no_body(&run);
    assert_eq!(seen.all().len(), 1, "the HTTPS server was reached once");
}
