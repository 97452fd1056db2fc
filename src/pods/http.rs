//! The one HTTP(S) client the kubelet and API server sources share: hyper 1 (legacy pooled client
//! from hyper-util) over plain TCP or tokio-rustls with the ring provider, bearer-token auth read
//! from a file on every request, client certificates, a custom CA or "insecure skip verify".
//!
//! It owns connection setup, TLS config building and timeouts. It must not know about pods,
//! watches or retries: the sources decide what a failure means.

use std::future::Future;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Incoming;
use hyper::http::uri::Scheme;
use hyper::{Request, Response, StatusCode, Uri};
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use rustls::{ClientConfig, RootCertStore};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use crate::tls::NoVerify;

/// Largest response body read into memory (a list of one node's pods is far below this; the cap
/// only stops a broken or hostile server from exhausting the agent's memory).
pub const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// CA bundles tried, in order, when a TLS endpoint is configured without a CA (a kubeconfig for a
/// cluster whose API server has a publicly trusted certificate). Debian/Ubuntu, then RHEL/Fedora.
const SYSTEM_CA_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
];

#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("invalid URL {url:?}: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("reading {what} from {path}: {source}")]
    ReadFile {
        what: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("no PEM certificate found in {what}")]
    NoCertificate { what: String },
    #[error("invalid PEM in {what}: {reason}")]
    Pem { what: String, reason: String },
    #[error("building TLS config: {0}")]
    Tls(#[from] rustls::Error),
    #[error("client certificate given without a key (or a key without a certificate)")]
    HalfClientCert,
    #[error("no CA configured and no system CA bundle found (tried {tried})")]
    NoCa { tried: String },
    /// `detail` is the whole cause chain (hyper's own message is only "client error (Connect)";
    /// the useful part, e.g. a certificate rejection, is nested below it).
    #[error("request to {url} failed: {detail}")]
    Request { url: String, detail: String },
    #[error("{what} from {url} timed out after {after:?}")]
    Timeout {
        what: &'static str,
        url: String,
        after: Duration,
    },
    #[error("{url} answered HTTP {status}: {body}")]
    Status {
        url: String,
        status: StatusCode,
        body: String,
    },
    #[error("reading the body from {url}: {reason}")]
    Body { url: String, reason: String },
}

/// How requests authenticate. `Debug` never prints the token.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum Auth {
    #[default]
    None,
    /// A bearer token given inline (a kubeconfig `token:`).
    Bearer(String),
    /// A bearer token read from this file on every request, because service-account tokens are
    /// projected and rotated by the kubelet (client-go re-reads them too).
    BearerFile(PathBuf),
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Auth::None => f.write_str("None"),
            Auth::Bearer(_) => f.write_str("Bearer(<redacted>)"),
            Auth::BearerFile(p) => f.debug_tuple("BearerFile").field(p).finish(),
        }
    }
}

/// TLS settings as PEM bytes, already read from files or decoded from kubeconfig `*-data` fields.
/// `Debug` shows which parts are set, never the key.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TlsSettings {
    /// CA bundle; `None` means the system bundle.
    pub ca_pem: Option<Vec<u8>>,
    /// Accept any server certificate (kubeconfig `insecure-skip-tls-verify`, or a kubelet whose
    /// serving certificate is self-signed). Signatures are still checked, the chain is not.
    pub insecure_skip_verify: bool,
    pub client_cert_pem: Option<Vec<u8>>,
    pub client_key_pem: Option<Vec<u8>>,
    /// Name to verify the server certificate against instead of the URL host
    /// (kubeconfig `tls-server-name`).
    pub server_name: Option<String>,
}

impl std::fmt::Debug for TlsSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |v: &Option<Vec<u8>>| if v.is_some() { "<set>" } else { "<none>" };
        f.debug_struct("TlsSettings")
            .field("ca_pem", &set(&self.ca_pem))
            .field("insecure_skip_verify", &self.insecure_skip_verify)
            .field("client_cert_pem", &set(&self.client_cert_pem))
            .field("client_key_pem", &set(&self.client_key_pem))
            .field("server_name", &self.server_name)
            .finish()
    }
}

/// Everything needed to talk to one endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSettings {
    /// Base URL (`https://10.0.0.1:6443`, `http://127.0.0.1:10255`); request paths are appended.
    pub base_url: String,
    pub tls: TlsSettings,
    pub auth: Auth,
    pub connect_timeout: Duration,
    /// Time allowed for the response headers, and for a whole non-streaming body.
    pub request_timeout: Duration,
}

impl ClientSettings {
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            tls: TlsSettings::default(),
            auth: Auth::None,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
        }
    }
}

/// Reads a whole file, naming it in the error.
pub fn read_file(what: &'static str, path: &Path) -> Result<Vec<u8>, HttpError> {
    std::fs::read(path).map_err(|source| HttpError::ReadFile {
        what,
        path: path.to_path_buf(),
        source,
    })
}

/// A pooled client for one endpoint.
#[derive(Clone)]
pub struct HttpClient {
    client: Client<Connector, Empty<Bytes>>,
    base: String,
    auth: Auth,
    request_timeout: Duration,
}

impl std::fmt::Debug for HttpClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpClient")
            .field("base", &self.base)
            .field("auth", &self.auth)
            .finish_non_exhaustive()
    }
}

impl HttpClient {
    pub fn new(settings: &ClientSettings) -> Result<Self, HttpError> {
        let base = settings.base_url.trim_end_matches('/').to_string();
        let uri: Uri =
            base.parse()
                .map_err(|e: hyper::http::uri::InvalidUri| HttpError::InvalidUrl {
                    url: base.clone(),
                    reason: e.to_string(),
                })?;
        let scheme = uri.scheme().cloned();
        if scheme != Some(Scheme::HTTP) && scheme != Some(Scheme::HTTPS) {
            return Err(HttpError::InvalidUrl {
                url: base,
                reason: "scheme must be http or https".into(),
            });
        }
        let tls = if scheme == Some(Scheme::HTTPS) {
            Some(TlsConnector::from(Arc::new(build_tls_config(
                &settings.tls,
            )?)))
        } else {
            None
        };
        let server_name = match &settings.tls.server_name {
            Some(n) => {
                Some(
                    ServerName::try_from(n.clone()).map_err(|e| HttpError::InvalidUrl {
                        url: n.clone(),
                        reason: format!("tls server name: {e}"),
                    })?,
                )
            }
            None => None,
        };
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        // Watches sit idle for minutes: keepalive finds a peer that vanished without a FIN.
        http.set_keepalive(Some(Duration::from_secs(30)));
        http.set_connect_timeout(Some(settings.connect_timeout));
        let connector = Connector {
            http,
            tls,
            server_name,
        };
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(90))
            .build(connector);
        Ok(Self {
            client,
            base,
            auth: settings.auth.clone(),
            request_timeout: settings.request_timeout,
        })
    }

    /// The full URL for a path-and-query (starting with `/`).
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.base, path_and_query)
    }

    /// Sends a GET and waits (at most `request_timeout`) for the response headers. Any status is
    /// returned; the caller decides.
    pub async fn get(&self, path_and_query: &str) -> Result<Response<Incoming>, HttpError> {
        let url = self.url(path_and_query);
        let uri: Uri =
            url.parse()
                .map_err(|e: hyper::http::uri::InvalidUri| HttpError::InvalidUrl {
                    url: url.clone(),
                    reason: e.to_string(),
                })?;
        let mut req = Request::get(uri).header(hyper::header::ACCEPT, "application/json");
        match &self.auth {
            Auth::None => {}
            Auth::Bearer(t) => {
                req = req.header(hyper::header::AUTHORIZATION, format!("Bearer {}", t.trim()))
            }
            Auth::BearerFile(p) => {
                let raw = read_file("bearer token", p)?;
                let token = String::from_utf8_lossy(&raw);
                req = req.header(
                    hyper::header::AUTHORIZATION,
                    format!("Bearer {}", token.trim()),
                );
            }
        }
        let req = req
            .header(
                hyper::header::USER_AGENT,
                concat!("podpulse/", env!("CARGO_PKG_VERSION")),
            )
            .body(Empty::new())
            .map_err(|e| HttpError::InvalidUrl {
                url: url.clone(),
                reason: e.to_string(),
            })?;
        match tokio::time::timeout(self.request_timeout, self.client.request(req)).await {
            Ok(Ok(resp)) => Ok(resp),
            Ok(Err(e)) => Err(HttpError::Request {
                url,
                detail: error_chain(&e),
            }),
            Err(_) => Err(HttpError::Timeout {
                what: "response headers",
                url,
                after: self.request_timeout,
            }),
        }
    }

    /// GET, require 2xx, and read the whole body (bounded in size and by `request_timeout`).
    pub async fn get_bytes(&self, path_and_query: &str) -> Result<Bytes, HttpError> {
        let url = self.url(path_and_query);
        let resp = self.get(path_and_query).await?;
        let status = resp.status();
        let body = self.collect(&url, resp).await;
        if !status.is_success() {
            return Err(HttpError::Status {
                url,
                status,
                body: body.map(|b| snippet(&b)).unwrap_or_default(),
            });
        }
        body
    }

    /// Reads a response body to the end, bounded in size and time.
    pub async fn collect(&self, url: &str, resp: Response<Incoming>) -> Result<Bytes, HttpError> {
        let body = Limited::new(resp.into_body(), MAX_BODY_BYTES);
        match tokio::time::timeout(self.request_timeout, body.collect()).await {
            Ok(Ok(c)) => Ok(c.to_bytes()),
            Ok(Err(e)) => Err(HttpError::Body {
                url: url.to_string(),
                reason: e.to_string(),
            }),
            Err(_) => Err(HttpError::Timeout {
                what: "response body",
                url: url.to_string(),
                after: self.request_timeout,
            }),
        }
    }
}

/// An error and its sources, joined with ": ", without repeats (hyper nests the same message).
pub fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        let msg = s.to_string();
        if parts.last() != Some(&msg) {
            parts.push(msg);
        }
        cur = s.source();
    }
    parts.join(": ")
}

/// The first 512 bytes of a body, for error messages (an API `Status` message fits).
pub fn snippet(body: &[u8]) -> String {
    let end = body.len().min(512);
    String::from_utf8_lossy(&body[..end]).trim().to_string()
}

/// Builds the rustls client config from PEM settings, with the ring provider chosen explicitly
/// so nothing depends on a process-wide default provider being installed.
pub fn build_tls_config(s: &TlsSettings) -> Result<ClientConfig, HttpError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()?;
    let builder = if s.insecure_skip_verify {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
    } else {
        let mut roots = RootCertStore::empty();
        match &s.ca_pem {
            Some(pem) => add_pem_certs(&mut roots, pem, "the configured CA")?,
            None => {
                let bundle = SYSTEM_CA_BUNDLES
                    .iter()
                    .find_map(|p| std::fs::read(p).ok().map(|b| (p, b)));
                match bundle {
                    Some((p, pem)) => add_pem_certs(&mut roots, &pem, p)?,
                    None => {
                        return Err(HttpError::NoCa {
                            tried: SYSTEM_CA_BUNDLES.join(", "),
                        })
                    }
                }
            }
        }
        builder.with_root_certificates(roots)
    };
    let config = match (&s.client_cert_pem, &s.client_key_pem) {
        (Some(cert), Some(key)) => {
            let certs = parse_certs(cert, "the client certificate")?;
            let key = PrivateKeyDer::from_pem_slice(key).map_err(|e| HttpError::Pem {
                what: "the client key".into(),
                reason: e.to_string(),
            })?;
            builder.with_client_auth_cert(certs, key)?
        }
        (None, None) => builder.with_no_client_auth(),
        _ => return Err(HttpError::HalfClientCert),
    };
    Ok(config)
}

fn parse_certs(pem: &[u8], what: &str) -> Result<Vec<CertificateDer<'static>>, HttpError> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| HttpError::Pem {
            what: what.to_string(),
            reason: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(HttpError::NoCertificate {
            what: what.to_string(),
        });
    }
    Ok(certs)
}

fn add_pem_certs(roots: &mut RootCertStore, pem: &[u8], what: &str) -> Result<(), HttpError> {
    for cert in parse_certs(pem, what)? {
        roots.add(cert)?;
    }
    Ok(())
}

/// TCP, then TLS when the URL is https.
#[derive(Clone)]
struct Connector {
    http: HttpConnector,
    tls: Option<TlsConnector>,
    server_name: Option<ServerName<'static>>,
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

impl tower::Service<Uri> for Connector {
    type Response = Conn;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Conn, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        tower::Service::<Uri>::poll_ready(&mut self.http, cx).map_err(Into::into)
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let mut http = self.http.clone();
        let tls = self.tls.clone();
        let fixed_name = self.server_name.clone();
        Box::pin(async move {
            let https = uri.scheme() == Some(&Scheme::HTTPS);
            let host = uri
                .host()
                .unwrap_or_default()
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_string();
            let tcp = tower::Service::call(&mut http, uri).await?.into_inner();
            if !https {
                return Ok(Conn::Plain(TokioIo::new(tcp)));
            }
            let tls = tls.ok_or("https URL on a client built for http")?;
            let name = match fixed_name {
                Some(n) => n,
                None => ServerName::try_from(host)?,
            };
            let stream = tls.connect(name, tcp).await?;
            Ok(Conn::Tls(Box::new(TokioIo::new(stream))))
        })
    }
}

enum Conn {
    Plain(TokioIo<TcpStream>),
    Tls(Box<TokioIo<TlsStream<TcpStream>>>),
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        Connected::new()
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_flush(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_config_errors_are_typed() {
        let cases: Vec<(&str, TlsSettings, &str)> = vec![
            (
                "garbage CA",
                TlsSettings {
                    ca_pem: Some(b"not a pem".to_vec()),
                    ..Default::default()
                },
                "no PEM certificate",
            ),
            (
                "cert without key",
                TlsSettings {
                    insecure_skip_verify: true,
                    client_cert_pem: Some(b"x".to_vec()),
                    ..Default::default()
                },
                "without a key",
            ),
        ];
        for (name, settings, want) in cases {
            match build_tls_config(&settings) {
                Ok(_) => panic!("{name}: expected an error"),
                Err(e) => assert!(e.to_string().contains(want), "{name}: {e}"),
            }
        }
    }

    #[test]
    fn insecure_needs_no_ca() {
        let s = TlsSettings {
            insecure_skip_verify: true,
            ..Default::default()
        };
        assert!(build_tls_config(&s).is_ok());
    }

    #[test]
    fn debug_redacts_secrets() {
        let mut s = ClientSettings::new("https://x");
        s.auth = Auth::Bearer("s3cr3t-token".into());
        s.tls.client_key_pem = Some(b"-----BEGIN PRIVATE KEY-----s3cr3t".to_vec());
        let dbg = format!("{s:?}");
        assert!(!dbg.contains("s3cr3t"), "{dbg}");
    }

    #[test]
    fn rejects_bad_scheme() {
        let err = HttpClient::new(&ClientSettings::new("ftp://x")).err();
        assert!(matches!(err, Some(HttpError::InvalidUrl { .. })));
    }
}
