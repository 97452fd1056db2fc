//! The server's limits against hostile and careless clients, on a real podpulse process over
//! loopback: GET and HEAD only, no request bodies, a cap on header size, a header-read deadline
//! that cuts silent and trickling clients, a cap on concurrent connections where a new client
//! evicts the oldest one that never sent a whole request (and is refused when every slot holds
//! a working client), and gzip for `/metrics` when the client accepts it.

#[path = "server_support/mod.rs"]
mod support;

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use support::*;

fn config(dir: &Dir, yaml: &str) -> String {
    let p = dir.join("podpulse.yaml");
    std::fs::write(&p, yaml).expect("write config");
    p.display().to_string()
}

#[test]
fn only_get_and_head_and_no_bodies() {
    let agent = Agent::start("127.0.0.1", &[]);
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let a = raw(
            agent.port,
            format!("{method} /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                .as_bytes(),
        )
        .expect("answer");
        assert_eq!(a.status, 405, "{method}");
        assert_eq!(a.header("allow"), Some("GET, HEAD"), "{method}");
    }
    let a = raw(
        agent.port,
        b"HEAD /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .expect("HEAD");
    assert_eq!(a.status, 200);
    assert!(a.body.is_empty(), "HEAD answered with a body");
    let a = raw(
        agent.port,
        b"GET /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
    )
    .expect("answer");
    assert_eq!(a.status, 413);
    let a = raw(
        agent.port,
        b"GET /metrics HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    )
    .expect("answer");
    assert_eq!(a.status, 400);
}

#[test]
fn oversized_headers_get_431() {
    let agent = Agent::start("127.0.0.1", &[]);
    let big = format!("X-Big: {}", "a".repeat(20 * 1024));
    let a = get(agent.port, "/metrics", &[&big]);
    assert_eq!(a.status, 431);
    let many: Vec<String> = (0..100).map(|i| format!("X-H{i}: v")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    assert_eq!(get(agent.port, "/metrics", &many).status, 431);
    // A normal request on the same agent still works.
    assert_eq!(get(agent.port, "/healthz", &[]).status, 200);
}

/// Waits for the server to close `s`; returns how long that took.
fn closed_after(s: &mut TcpStream, trickle: bool, limit: Duration) -> Duration {
    let start = Instant::now();
    s.set_read_timeout(Some(Duration::from_millis(200))).ok();
    let mut buf = [0u8; 512];
    let mut i = 0;
    loop {
        if trickle {
            // One more header line every 200 ms: never finishing the request.
            if s.write_all(format!("X-T{i}: v\r\n").as_bytes()).is_err() {
                return start.elapsed();
            }
            i += 1;
        }
        match s.read(&mut buf) {
            Ok(0) => return start.elapsed(),
            Ok(_) => {}
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => return start.elapsed(),
        }
        assert!(
            start.elapsed() < limit,
            "the server held a slow client past {limit:?}"
        );
    }
}

#[test]
fn silent_and_trickling_clients_are_cut_off_by_the_default_header_deadline() {
    let agent = Agent::start("127.0.0.1", &[]);
    let mut silent = TcpStream::connect(("127.0.0.1", agent.port)).expect("connect");
    let mut trickle = TcpStream::connect(("127.0.0.1", agent.port)).expect("connect");
    trickle
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n")
        .expect("write");
    let t = std::thread::spawn(move || closed_after(&mut trickle, true, Duration::from_secs(15)));
    let s = closed_after(&mut silent, false, Duration::from_secs(15));
    let t = t.join().expect("trickle thread");
    assert!(
        s >= Duration::from_secs(5),
        "silent client cut too early: {s:?}"
    );
    eprintln!("silent client cut after {s:?}, trickling client after {t:?}");
    // A kept-alive connection waiting for its next request is cut the same way.
    let mut ka = TcpStream::connect(("127.0.0.1", agent.port)).expect("connect");
    ka.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    let mut buf = [0u8; 256];
    let n = ka.read(&mut buf).expect("answer");
    assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
    let k = closed_after(&mut ka, false, Duration::from_secs(15));
    eprintln!("idle keep-alive connection cut after {k:?}");
}

/// A connection that completed one request and is kept alive.
fn kept_alive(port: u16) -> TcpStream {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    let mut buf = [0u8; 256];
    let n = s.read(&mut buf).expect("answer");
    assert!(
        buf[..n].starts_with(b"HTTP/1.1 200"),
        "{:?}",
        String::from_utf8_lossy(&buf[..n])
    );
    s
}

/// True when the server closed `s` within `wait`.
fn is_closed(s: &mut TcpStream, wait: Duration) -> bool {
    s.set_read_timeout(Some(wait)).expect("timeout");
    let mut buf = [0u8; 64];
    match s.read(&mut buf) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
    }
}

#[test]
fn at_the_connection_cap_slow_clients_make_room_and_working_ones_keep_theirs() {
    let dir = Dir::new("cap");
    let cfg = config(
        &dir,
        "server:\n  max_connections: 4\n  header_read_timeout_seconds: 3\n",
    );
    let agent = Agent::start("127.0.0.1", &["--config", &cfg]);
    // Four silent clients fill the cap; a scraper still gets in, taking the oldest one's place.
    let mut silent: Vec<TcpStream> = (0..4)
        .map(|_| TcpStream::connect(("127.0.0.1", agent.port)).expect("connect"))
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let a = get(agent.port, "/healthz", &[]);
    assert_eq!(a.status, 200, "a scraper was locked out by silent clients");
    assert!(
        is_closed(&mut silent[0], Duration::from_secs(1)),
        "the oldest silent client was not evicted"
    );
    assert!(
        !is_closed(&mut silent[3], Duration::from_millis(100)),
        "the newest silent client was evicted"
    );
    drop(silent);
    std::thread::sleep(Duration::from_millis(300));

    // Four working (kept-alive) clients: nobody to evict, the fifth is closed at once.
    let held: Vec<TcpStream> = (0..4).map(|_| kept_alive(agent.port)).collect();
    let mut extra = TcpStream::connect(("127.0.0.1", agent.port)).expect("connect");
    let _ = extra.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    extra
        .set_read_timeout(Some(Duration::from_secs(1)))
        .expect("timeout");
    let mut buf = [0u8; 64];
    match extra.read(&mut buf) {
        Ok(0) | Err(_) => {}
        Ok(n) => panic!(
            "a connection over the cap was served: {:?}",
            String::from_utf8_lossy(&buf[..n])
        ),
    }
    // Once the kept-alive ones pass the 3 s wait for their next request, the agent serves again.
    let deadline = Instant::now() + Duration::from_secs(8);
    loop {
        if raw(
            agent.port,
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        .map(|a| a.status)
            == Ok(200)
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the agent never recovered:\n{}",
            agent.log_text()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(held);
    assert!(
        agent.log_text().contains("connection cap reached"),
        "{}",
        agent.log_text()
    );
}

#[test]
fn metrics_are_gzipped_when_the_scraper_accepts_it() {
    let agent = Agent::start("127.0.0.1", &[]);
    let plain = get(agent.port, "/metrics", &[]);
    assert_eq!(plain.status, 200);
    assert_eq!(plain.header("content-encoding"), None);
    let zipped = get(
        agent.port,
        "/metrics",
        &["Accept-Encoding: gzip", "Accept: application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"],
    );
    assert_eq!(zipped.status, 200);
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    assert_eq!(zipped.header("vary"), Some("Accept-Encoding"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(&zipped.body[..])
        .read_to_string(&mut text)
        .expect("valid gzip");
    assert!(text.contains("# TYPE podpulse_build_info"), "{text}");
    assert!(
        text.ends_with("# EOF\n"),
        "OpenMetrics negotiated as before"
    );
    assert!(
        zipped.body.len() * 2 < plain.body.len(),
        "{} vs {}",
        zipped.body.len(),
        plain.body.len()
    );
    let refused = get(agent.port, "/metrics", &["Accept-Encoding: gzip;q=0"]);
    assert_eq!(refused.header("content-encoding"), None);
}
