//! The network listener's web configuration, in the Prometheus exporter-toolkit format
//! (`--web.config.file` of node_exporter and friends), so that the same file, the same bcrypt
//! hashes and the same Prometheus `tls_config`/`basic_auth` work against podpulse:
//!
//! ```yaml
//! tls_server_config:
//!   cert_file: server.crt          # relative paths are relative to this file
//!   key_file: server.key
//!   client_ca_file: ca.crt
//!   client_auth_type: RequireAndVerifyClientCert
//!   min_version: TLS12
//! basic_auth_users:
//!   prometheus: $2y$10$...         # bcrypt
//! ```
//!
//! Loading is all-or-nothing: a file that fails to parse, names a key we do not implement, or
//! points at an unreadable certificate is an error, never a silent downgrade to plain HTTP. The
//! watcher rereads the file (and the files it names) when they change; a bad new version keeps
//! the old one in force, is logged and counted. This module owns parsing, TLS set-up and the
//! password check; it serves nothing itself.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::WebPkiClientVerifier;
use rustls::{RootCertStore, ServerConfig};
use serde::Deserialize;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

#[derive(Debug, thiserror::Error)]
pub enum WebConfigError {
    #[error("cannot read web config {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("web config {path} is invalid: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("web config {path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("web config {path}: cannot read {what} {file}: {source}")]
    File {
        path: PathBuf,
        what: &'static str,
        file: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("web config {path}: {what} {file} holds no usable PEM data: {message}")]
    Pem {
        path: PathBuf,
        what: &'static str,
        file: PathBuf,
        message: String,
    },
    #[error("web config {path}: TLS set-up failed: {source}")]
    Tls {
        path: PathBuf,
        #[source]
        source: rustls::Error,
    },
}

// ---- the file, as written (exporter-toolkit's field names) -------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWebConfig {
    #[serde(default)]
    tls_server_config: Option<RawTls>,
    #[serde(default)]
    basic_auth_users: Option<BTreeMap<String, String>>,
    #[serde(default)]
    http_server_config: Option<RawHttp>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTls {
    cert_file: Option<PathBuf>,
    key_file: Option<PathBuf>,
    client_ca_file: Option<PathBuf>,
    client_auth_type: Option<String>,
    min_version: Option<String>,
    max_version: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHttp {
    /// podpulse serves HTTP/1.1 only; `false` is accepted, `true` is refused.
    http2: Option<bool>,
}

/// exporter-toolkit's `client_auth_type` values that podpulse implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    NoClientCert,
    VerifyClientCertIfGiven,
    RequireAndVerifyClientCert,
}

/// A validated web config, ready to serve with.
pub struct WebConfig {
    /// `None`: plain HTTP.
    pub tls: Option<Arc<ServerConfig>>,
    pub client_auth: ClientAuth,
    /// user → bcrypt hash.
    users: BTreeMap<String, String>,
    /// Digests of credentials that verified, so that a scraper's every request does not pay
    /// a bcrypt verification (tens of milliseconds of CPU by design). Bounded; new config, new
    /// cache.
    verified: Mutex<HashSet<[u8; 32]>>,
    /// The files this config was built from, for the change watcher.
    inputs: Vec<PathBuf>,
}

impl std::fmt::Debug for WebConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebConfig")
            .field("tls", &self.tls.is_some())
            .field("client_auth", &self.client_auth)
            .field("users", &self.users.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// At most this many verified credentials are remembered.
const VERIFIED_CACHE: usize = 64;

/// The outcome of a basic-auth check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthCheck {
    /// No users configured: basic auth is not asked for.
    NotRequired,
    Ok,
    /// Missing, malformed or wrong credentials.
    Denied,
}

impl WebConfig {
    /// Reads and validates the file and everything it names.
    pub fn load(path: &Path) -> Result<WebConfig, WebConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| WebConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let raw: RawWebConfig = parse_yaml(&text).map_err(|message| WebConfigError::Parse {
            path: path.to_path_buf(),
            message,
        })?;
        let invalid = |message: String| WebConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        if raw.http_server_config.and_then(|h| h.http2) == Some(true) {
            return Err(invalid(
                "http_server_config.http2: true is not supported (podpulse serves HTTP/1.1)".into(),
            ));
        }
        let users = raw.basic_auth_users.unwrap_or_default();
        for (user, hash) in &users {
            if user.is_empty() || user.contains(':') {
                return Err(invalid(format!(
                    "basic_auth_users: {user:?} is not a valid user name"
                )));
            }
            if hash.parse::<bcrypt::HashParts>().is_err() {
                return Err(invalid(format!(
                    "basic_auth_users.{user}: not a bcrypt hash (make one with `htpasswd -nBC 10 {user}`)"
                )));
            }
        }
        let base = path.parent().unwrap_or(Path::new("."));
        let mut inputs = vec![path.to_path_buf()];
        let (tls, client_auth) = match raw.tls_server_config {
            None => (None, ClientAuth::NoClientCert),
            Some(t) => {
                let (config, auth) = build_tls(path, base, t, &mut inputs)?;
                (Some(Arc::new(config)), auth)
            }
        };
        Ok(WebConfig {
            tls,
            client_auth,
            users,
            verified: Mutex::new(HashSet::new()),
            inputs,
        })
    }

    /// True when this config authenticates clients (basic auth users, or client certificates
    /// that must verify): the condition for serving the detail API off loopback.
    pub fn authenticates(&self) -> bool {
        !self.users.is_empty() || self.client_auth == ClientAuth::RequireAndVerifyClientCert
    }

    /// Checks an `Authorization` header value against the users. Runs bcrypt on a blocking
    /// thread, at most [`BCRYPT_PARALLEL`] at a time, so guessing cannot take the runtime.
    pub async fn check_basic(&self, authorization: Option<&[u8]>) -> AuthCheck {
        if self.users.is_empty() {
            return AuthCheck::NotRequired;
        }
        let Some((user, password)) = authorization.and_then(parse_basic) else {
            return AuthCheck::Denied;
        };
        let digest = credential_digest(&user, &password);
        if self
            .verified
            .lock()
            .map(|v| v.contains(&digest))
            .unwrap_or(false)
        {
            return AuthCheck::Ok;
        }
        // An unknown user still pays one verification, against a configured hash, so that
        // the answer time does not say which user names exist.
        let (known, hash) = match self.users.get(&user) {
            Some(h) => (true, h.clone()),
            None => match self.users.values().next() {
                Some(h) => (false, h.clone()),
                None => return AuthCheck::Denied,
            },
        };
        let Ok(_permit) = bcrypt_slots().acquire().await else {
            return AuthCheck::Denied;
        };
        let ok = tokio::task::spawn_blocking(move || bcrypt::verify(password, &hash))
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or(false);
        if !(ok && known) {
            return AuthCheck::Denied;
        }
        if let Ok(mut v) = self.verified.lock() {
            if v.len() >= VERIFIED_CACHE {
                v.clear();
            }
            v.insert(digest);
        }
        AuthCheck::Ok
    }
}

/// How many bcrypt verifications may run at once (each is CPU-bound by design).
pub const BCRYPT_PARALLEL: usize = 2;

fn bcrypt_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(BCRYPT_PARALLEL))
}

fn credential_digest(user: &str, password: &str) -> [u8; 32] {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(user.as_bytes());
    ctx.update(&[0]);
    ctx.update(password.as_bytes());
    let mut out = [0u8; 32];
    out.copy_from_slice(ctx.finish().as_ref());
    out
}

/// `Basic base64(user:password)` → (user, password).
fn parse_basic(value: &[u8]) -> Option<(String, String)> {
    use base64::Engine as _;
    let value = std::str::from_utf8(value).ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(token.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    Some((user.to_string(), password.to_string()))
}

/// The one place this module reads YAML.
fn parse_yaml<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    if text.trim().is_empty() {
        return yaml_serde::from_str("{}").map_err(|e| e.to_string());
    }
    yaml_serde::from_str(text).map_err(|e| e.to_string())
}

fn build_tls(
    path: &Path,
    base: &Path,
    t: RawTls,
    inputs: &mut Vec<PathBuf>,
) -> Result<(ServerConfig, ClientAuth), WebConfigError> {
    let invalid = |message: String| WebConfigError::Invalid {
        path: path.to_path_buf(),
        message,
    };
    let resolve = |p: &Path| {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            base.join(p)
        }
    };
    let (Some(cert_file), Some(key_file)) = (&t.cert_file, &t.key_file) else {
        return Err(invalid(
            "tls_server_config needs both cert_file and key_file".into(),
        ));
    };
    let client_auth = match t.client_auth_type.as_deref().unwrap_or("") {
        "" | "NoClientCert" => ClientAuth::NoClientCert,
        "VerifyClientCertIfGiven" => ClientAuth::VerifyClientCertIfGiven,
        "RequireAndVerifyClientCert" => ClientAuth::RequireAndVerifyClientCert,
        other @ ("RequestClientCert" | "RequireAnyClientCert") => {
            return Err(invalid(format!(
                "client_auth_type {other} accepts unverified certificates and is not supported; \
                 use RequireAndVerifyClientCert with client_ca_file"
            )))
        }
        other => {
            return Err(invalid(format!(
                "client_auth_type {other:?} is not one of NoClientCert, VerifyClientCertIfGiven, \
                 RequireAndVerifyClientCert"
            )))
        }
    };
    if client_auth != ClientAuth::NoClientCert && t.client_ca_file.is_none() {
        return Err(invalid(format!(
            "client_auth_type {client_auth:?} needs client_ca_file"
        )));
    }
    if client_auth == ClientAuth::NoClientCert && t.client_ca_file.is_some() {
        // exporter-toolkit refuses this too: a CA that is never asked for protects nothing.
        return Err(invalid(
            "client_ca_file is set but client_auth_type is NoClientCert (set \
             RequireAndVerifyClientCert or VerifyClientCertIfGiven)"
                .into(),
        ));
    }
    let version = |v: &Option<String>, default: u8| match v.as_deref() {
        None | Some("") => Ok(default),
        Some("TLS12") => Ok(12),
        Some("TLS13") => Ok(13),
        Some(other) => Err(invalid(format!(
            "TLS version {other:?} is not supported (TLS12 or TLS13)"
        ))),
    };
    let (min, max) = (version(&t.min_version, 12)?, version(&t.max_version, 13)?);
    if min > max {
        return Err(invalid("min_version is above max_version".into()));
    }
    let versions: Vec<&'static rustls::SupportedProtocolVersion> =
        [(12, &rustls::version::TLS12), (13, &rustls::version::TLS13)]
            .into_iter()
            .filter(|(v, _)| (min..=max).contains(v))
            .map(|(_, p)| p)
            .collect();

    let read = |what: &'static str, file: &Path, inputs: &mut Vec<PathBuf>| {
        let file = resolve(file);
        inputs.push(file.clone());
        std::fs::read(&file)
            .map_err(|source| WebConfigError::File {
                path: path.to_path_buf(),
                what,
                file: file.clone(),
                source,
            })
            .map(|b| (file, b))
    };
    let pem_err = |what: &'static str, file: &Path, message: String| WebConfigError::Pem {
        path: path.to_path_buf(),
        what,
        file: file.to_path_buf(),
        message,
    };
    let (cert_path, cert_pem) = read("cert_file", cert_file, inputs)?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<_, _>>()
        .map_err(|e| pem_err("cert_file", &cert_path, e.to_string()))?;
    if certs.is_empty() {
        return Err(pem_err("cert_file", &cert_path, "no certificate".into()));
    }
    let (key_path, key_pem) = read("key_file", key_file, inputs)?;
    let key = PrivateKeyDer::from_pem_slice(&key_pem)
        .map_err(|e| pem_err("key_file", &key_path, e.to_string()))?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls_err = |source| WebConfigError::Tls {
        path: path.to_path_buf(),
        source,
    };
    let builder = ServerConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&versions)
        .map_err(tls_err)?;
    let builder = match (&t.client_ca_file, client_auth) {
        (
            Some(ca_file),
            ClientAuth::VerifyClientCertIfGiven | ClientAuth::RequireAndVerifyClientCert,
        ) => {
            let (ca_path, ca_pem) = read("client_ca_file", ca_file, inputs)?;
            let mut roots = RootCertStore::empty();
            for cert in CertificateDer::pem_slice_iter(&ca_pem) {
                let cert = cert.map_err(|e| pem_err("client_ca_file", &ca_path, e.to_string()))?;
                roots.add(cert).map_err(tls_err)?;
            }
            if roots.is_empty() {
                return Err(pem_err("client_ca_file", &ca_path, "no certificate".into()));
            }
            let verifier =
                WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone());
            let verifier = if client_auth == ClientAuth::VerifyClientCertIfGiven {
                verifier.allow_unauthenticated()
            } else {
                verifier
            };
            let verifier = verifier
                .build()
                .map_err(|e| invalid(format!("client_ca_file {}: {e}", ca_path.display())))?;
            builder.with_client_cert_verifier(verifier)
        }
        _ => builder.with_no_client_auth(),
    };
    let mut config = builder.with_single_cert(certs, key).map_err(tls_err)?;
    // HTTP/1.1 only: the server's limits (header timeout, header size) are HTTP/1 limits.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok((config, client_auth))
}

// ---- reloading ---------------------------------------------------------------------------

/// How often the web config and the files it names are checked for changes.
pub const RELOAD_CHECK: Duration = Duration::from_secs(2);

/// What a change check compares: each input's modification time and size (and its absence).
fn fingerprint(inputs: &[PathBuf]) -> Vec<Option<(SystemTime, u64)>> {
    inputs
        .iter()
        .map(|p| {
            std::fs::metadata(p)
                .ok()
                .map(|m| (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()))
        })
        .collect()
}

/// The current web config and the count of rejected reloads.
#[derive(Clone)]
pub struct WebConfigHandle {
    pub current: watch::Receiver<Arc<WebConfig>>,
    pub reload_failures: Arc<AtomicU64>,
}

/// Loads the file now (an error stops start-up) and returns the handle plus the watcher task.
pub fn watch_file(
    path: PathBuf,
    cancel: CancellationToken,
) -> Result<(WebConfigHandle, impl std::future::Future<Output = ()>), WebConfigError> {
    let first = WebConfig::load(&path)?;
    let mut inputs = first.inputs.clone();
    let (tx, rx) = watch::channel(Arc::new(first));
    let failures = Arc::new(AtomicU64::new(0));
    let handle = WebConfigHandle {
        current: rx,
        reload_failures: failures.clone(),
    };
    let task = async move {
        let mut seen = fingerprint(&inputs);
        let mut tick = tokio::time::interval(RELOAD_CHECK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = cancel.cancelled() => return,
                _ = tick.tick() => {}
            }
            let now = fingerprint(&inputs);
            if now == seen {
                continue;
            }
            seen = now;
            let p = path.clone();
            match tokio::task::spawn_blocking(move || WebConfig::load(&p)).await {
                Ok(Ok(config)) => {
                    tracing::info!(path = %path.display(), tls = config.tls.is_some(), users = config.users.len(), "web config reloaded");
                    inputs = config.inputs.clone();
                    seen = fingerprint(&inputs);
                    tx.send_replace(Arc::new(config));
                }
                Ok(Err(e)) => {
                    failures.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(error = %e, "web config change rejected; the previous one stays in force");
                }
                Err(e) => {
                    failures.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(error = %e, "web config reload did not finish; the previous one stays in force");
                }
            }
        }
    };
    Ok((handle, task))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).expect("write");
        p
    }

    fn tempdir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("pp-webcfg-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("dir");
        d
    }

    #[test]
    fn refuses_what_it_does_not_implement_and_names_it() {
        let d = tempdir("refuse");
        for (text, needle) in [
            ("tls_server_config:\n  cert_file: a\n", "key_file"),
            ("tls_config:\n  cert_file: a\n", "tls_config"),
            ("basic_auth_users:\n  alice: plain\n", "bcrypt"),
            (
                "tls_server_config:\n  cert_file: a\n  key_file: b\n  client_auth_type: RequireAnyClientCert\n",
                "RequireAnyClientCert",
            ),
            (
                "tls_server_config:\n  cert_file: a\n  key_file: b\n  client_auth_type: RequireAndVerifyClientCert\n",
                "client_ca_file",
            ),
            ("tls_server_config:\n  cert_file: a\n  key_file: b\n", "cert_file"),
            ("http_server_config:\n  http2: true\n", "http2"),
        ] {
            let p = write(&d, "web.yml", text);
            let err = WebConfig::load(&p).expect_err(text).to_string();
            assert!(err.contains(needle), "{text}: {err}");
        }
        let _ = std::fs::remove_dir_all(&d);
    }

    #[tokio::test]
    async fn basic_auth_checks_bcrypt_and_remembers_success() {
        let d = tempdir("auth");
        let hash = bcrypt::hash("s3cret", 4).expect("hash");
        let p = write(
            &d,
            "web.yml",
            &format!("basic_auth_users:\n  prom: '{hash}'\n"),
        );
        let c = WebConfig::load(&p).expect("valid");
        assert!(c.authenticates() && c.tls.is_none());
        use base64::Engine as _;
        let enc = |s: &str| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(s)
            )
        };
        assert_eq!(c.check_basic(None).await, AuthCheck::Denied);
        assert_eq!(
            c.check_basic(Some(enc("prom:wrong").as_bytes())).await,
            AuthCheck::Denied
        );
        assert_eq!(
            c.check_basic(Some(enc("eve:s3cret").as_bytes())).await,
            AuthCheck::Denied
        );
        assert_eq!(c.check_basic(Some(b"Bearer x")).await, AuthCheck::Denied);
        assert_eq!(
            c.check_basic(Some(enc("prom:s3cret").as_bytes())).await,
            AuthCheck::Ok
        );
        assert_eq!(c.verified.lock().map(|v| v.len()).unwrap_or(0), 1);
        assert_eq!(
            c.check_basic(Some(enc("prom:s3cret").as_bytes())).await,
            AuthCheck::Ok
        );
        let none = write(&d, "empty.yml", "");
        let c = WebConfig::load(&none).expect("empty is plain HTTP");
        assert!(!c.authenticates());
        assert_eq!(c.check_basic(None).await, AuthCheck::NotRequired);
        let _ = std::fs::remove_dir_all(&d);
    }
}
