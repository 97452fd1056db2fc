//! Small local servers for the probe tests: an HTTP/1.1 server on 127.0.0.1 whose behaviour per
//! request comes from a closure (the kubelet's `httptest.NewServer` handlers), a TLS variant with
//! a self-signed certificate, and raw TCP servers that misbehave on purpose.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Req {
    pub path: String,
    /// The Host header.
    pub host: String,
    /// Header lines in the order received, names as sent.
    pub headers: Vec<(String, String)>,
    /// The raw request head.
    pub raw: String,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Go's header echo handler: `Name: value` per line.
    pub fn echo_headers(&self) -> String {
        self.headers
            .iter()
            .map(|(n, v)| format!("{n}: {v}\n"))
            .collect()
    }
}

pub enum Reply {
    Status(u16, String),
    Redirect(u16, String),
    /// Sleep, then answer 200.
    Sleep(Duration),
    /// Close the connection without answering.
    Close,
    /// 200 with no length and a body that never ends.
    StreamForever,
    /// 200 with a Content-Length, a little of the body, then silence.
    StallAfterHeaders,
    /// 200 with a chunked body.
    Chunked(Vec<String>),
    /// Raw bytes as the whole response.
    Raw(Vec<u8>),
}

pub fn ok(body: &str) -> Reply {
    Reply::Status(200, body.to_string())
}

/// The requests a server saw, in order. A probe reports nothing of the response, so what it
/// sent (headers, Host, Referer, path) is checked on the server's side.
#[derive(Clone, Default)]
pub struct Seen(Arc<Mutex<Vec<Req>>>);

impl Seen {
    pub fn all(&self) -> Vec<Req> {
        match self.0.lock() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    /// The last request seen; fails the test when there was none.
    pub fn last(&self) -> Req {
        self.all().pop().expect("the server saw no request")
    }

    fn push(&self, r: &Req) {
        match self.0.lock() {
            Ok(mut g) => g.push(r.clone()),
            Err(p) => p.into_inner().push(r.clone()),
        }
    }
}

/// `serve_http`, also recording every request.
pub async fn serve_http_seen<F>(f: F) -> (SocketAddr, Seen)
where
    F: Fn(&Req) -> Reply + Send + Sync + 'static,
{
    let seen = Seen::default();
    let s2 = seen.clone();
    let addr = serve_http(move |r| {
        s2.push(r);
        f(r)
    })
    .await;
    (addr, seen)
}

/// `serve_https`, also recording every request.
pub async fn serve_https_seen<F>(f: F) -> (SocketAddr, Seen)
where
    F: Fn(&Req) -> Reply + Send + Sync + 'static,
{
    let seen = Seen::default();
    let s2 = seen.clone();
    let addr = serve_https(move |r| {
        s2.push(r);
        f(r)
    })
    .await;
    (addr, seen)
}

type Handler = Arc<dyn Fn(&Req) -> Reply + Send + Sync>;

pub async fn serve_http<F>(f: F) -> SocketAddr
where
    F: Fn(&Req) -> Reply + Send + Sync + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let handler: Handler = Arc::new(f);
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            let h = handler.clone();
            tokio::spawn(async move { handle(sock, h).await });
        }
    });
    addr
}

pub async fn serve_https<F>(f: F) -> SocketAddr
where
    F: Fn(&Req) -> Reply + Send + Sync + 'static,
{
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/probe");
    let cert = CertificateDer::from_pem_file(format!("{dir}/cert.pem")).expect("cert");
    let key = PrivateKeyDer::from_pem_file(format!("{dir}/key.pem")).expect("key");
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_no_client_auth()
    .with_single_cert(vec![cert], key)
    .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let handler: Handler = Arc::new(f);
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            let h = handler.clone();
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                if let Ok(tls) = acceptor.accept(sock).await {
                    handle(tls, h).await
                }
            });
        }
    });
    addr
}

async fn handle<S: AsyncRead + AsyncWrite + Unpin>(mut sock: S, h: Handler) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_len = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let mut hdrs = [httparse::EMPTY_HEADER; 64];
    let mut preq = httparse::Request::new(&mut hdrs);
    if preq.parse(&buf[..head_len]).is_err() {
        return;
    }
    let headers: Vec<(String, String)> = preq
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect();
    let req = Req {
        path: preq.path.unwrap_or("").to_string(),
        host: headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("host"))
            .map(|(_, v)| v.clone())
            .unwrap_or_default(),
        headers,
        raw: String::from_utf8_lossy(&buf[..head_len]).into_owned(),
    };
    let reply = h(&req);
    let simple = |status: u16, extra: &str, body: &[u8]| {
        let mut v = format!(
            "HTTP/1.1 {status} X\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        v.extend_from_slice(body);
        v
    };
    match reply {
        Reply::Status(s, body) => {
            let _ = sock.write_all(&simple(s, "", body.as_bytes())).await;
        }
        Reply::Redirect(s, loc) => {
            let _ = sock
                .write_all(&simple(s, &format!("Location: {loc}\r\n"), b"moved"))
                .await;
        }
        Reply::Sleep(d) => {
            tokio::time::sleep(d).await;
            let _ = sock.write_all(&simple(200, "", b"late")).await;
        }
        Reply::Close => {}
        Reply::StreamForever => {
            if sock
                .write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
                .await
                .is_err()
            {
                return;
            }
            let block = vec![b'x'; 1024];
            for _ in 0..100_000 {
                if sock.write_all(&block).await.is_err() {
                    return;
                }
            }
        }
        Reply::StallAfterHeaders => {
            let _ = sock
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\nabc")
                .await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Reply::Chunked(parts) => {
            let mut v = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
            for p in parts {
                v.extend_from_slice(format!("{:x}\r\n{p}\r\n", p.len()).as_bytes());
            }
            v.extend_from_slice(b"0\r\n\r\n");
            let _ = sock.write_all(&v).await;
        }
        Reply::Raw(bytes) => {
            let _ = sock.write_all(&bytes).await;
        }
    }
    let _ = sock.shutdown().await;
}

/// A TCP server that accepts and then never sends a byte.
pub async fn serve_silent() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let mut held = Vec::new();
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            held.push(sock);
        }
    });
    addr
}

/// A port with nothing listening (bound once, then released).
pub async fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = l.local_addr().expect("addr").port();
    drop(l);
    port
}

/// A TCP server that writes `bytes` as soon as a client connects, then closes.
pub async fn serve_tcp_reply(bytes: &'static [u8]) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let _ = sock.write_all(bytes).await;
                let mut sink = [0u8; 1024];
                let _ =
                    tokio::time::timeout(Duration::from_millis(200), sock.read(&mut sink)).await;
            });
        }
    });
    addr
}
