//! Reading a kubeconfig file into the shared client's settings: the current (or a named)
//! context, its cluster (`server`, `certificate-authority` / `-data`, `insecure-skip-tls-verify`,
//! `tls-server-name`) and its user (`token` / `tokenFile`, `client-certificate(-data)` +
//! `client-key(-data)`). Relative file paths are taken relative to the kubeconfig's directory,
//! as client-go does.
//!
//! It owns only this translation. It must not do I/O beyond reading the files the kubeconfig
//! names, and it does not run exec credential plugins or auth providers (those need binaries and
//! cloud SDKs on the node); a user that needs one gets a clear error.

use std::path::{Path, PathBuf};

use base64::Engine;
use serde::Deserialize;

use super::http::{Auth, ClientSettings, TlsSettings};

#[derive(Debug, thiserror::Error)]
pub enum KubeconfigError {
    #[error("reading kubeconfig {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("parsing kubeconfig {path}: {reason}")]
    Parse { path: PathBuf, reason: String },
    #[error("kubeconfig {path}: no context given and no current-context set")]
    NoContext { path: PathBuf },
    #[error("kubeconfig {path}: {what} {name:?} not found")]
    Missing {
        path: PathBuf,
        what: &'static str,
        name: String,
    },
    #[error("kubeconfig {path}: cluster {cluster:?} has no server")]
    NoServer { path: PathBuf, cluster: String },
    #[error("kubeconfig {path}: {field}: invalid base64: {reason}")]
    Base64 {
        path: PathBuf,
        field: &'static str,
        reason: String,
    },
    #[error("kubeconfig {path}: {field}: reading {file}: {source}")]
    ReadReferenced {
        path: PathBuf,
        field: &'static str,
        file: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("kubeconfig {path}: user {user:?} uses {what}, which podpulse does not support; use a token, tokenFile or client certificate")]
    Unsupported {
        path: PathBuf,
        user: String,
        what: &'static str,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", default)]
struct Kubeconfig {
    clusters: Vec<NamedCluster>,
    contexts: Vec<NamedContext>,
    users: Vec<NamedUser>,
    current_context: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NamedCluster {
    name: String,
    cluster: Cluster,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", default)]
struct Cluster {
    server: Option<String>,
    certificate_authority: Option<String>,
    certificate_authority_data: Option<String>,
    insecure_skip_tls_verify: bool,
    tls_server_name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NamedContext {
    name: String,
    context: Context,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Context {
    cluster: String,
    user: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NamedUser {
    name: String,
    user: User,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", default)]
struct User {
    token: Option<String>,
    /// The one camelCase key in a kubeconfig (client-go's `json:"tokenFile"`).
    #[serde(rename = "tokenFile")]
    token_file: Option<String>,
    client_certificate: Option<String>,
    client_certificate_data: Option<String>,
    client_key: Option<String>,
    client_key_data: Option<String>,
    exec: Option<serde_json::Value>,
    auth_provider: Option<serde_json::Value>,
    username: Option<String>,
}

/// Loads `path` and resolves `context` (or `current-context`) into client settings.
pub fn load(path: &Path, context: Option<&str>) -> Result<ClientSettings, KubeconfigError> {
    let data = std::fs::read(path).map_err(|source| KubeconfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    from_slice(path, &data, context)
}

/// Like [`load`], from bytes already read; `path` names the file in errors and anchors relative
/// paths.
pub fn from_slice(
    path: &Path,
    data: &[u8],
    context: Option<&str>,
) -> Result<ClientSettings, KubeconfigError> {
    let cfg: Kubeconfig = yaml_serde::from_slice(data).map_err(|e| KubeconfigError::Parse {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let ctx_name = match context.map(str::to_string).or(cfg.current_context.clone()) {
        Some(c) if !c.is_empty() => c,
        _ => {
            return Err(KubeconfigError::NoContext {
                path: path.to_path_buf(),
            })
        }
    };
    let missing = |what, name: &str| KubeconfigError::Missing {
        path: path.to_path_buf(),
        what,
        name: name.to_string(),
    };
    let ctx = cfg
        .contexts
        .iter()
        .find(|c| c.name == ctx_name)
        .ok_or_else(|| missing("context", &ctx_name))?;
    let cluster = cfg
        .clusters
        .iter()
        .find(|c| c.name == ctx.context.cluster)
        .ok_or_else(|| missing("cluster", &ctx.context.cluster))?;
    // A context without a user is valid (anonymous); a named user must exist.
    let user = if ctx.context.user.is_empty() {
        None
    } else {
        Some(
            cfg.users
                .iter()
                .find(|u| u.name == ctx.context.user)
                .ok_or_else(|| missing("user", &ctx.context.user))?,
        )
    };

    let dir = path.parent().unwrap_or(Path::new("."));
    let server = cluster
        .cluster
        .server
        .clone()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| KubeconfigError::NoServer {
            path: path.to_path_buf(),
            cluster: cluster.name.clone(),
        })?;
    let pem = |field: &'static str,
               data: &Option<String>,
               file: &Option<String>|
     -> Result<Option<Vec<u8>>, KubeconfigError> {
        if let Some(d) = data.as_deref().filter(|d| !d.is_empty()) {
            let clean: String = d.split_whitespace().collect();
            return base64::engine::general_purpose::STANDARD
                .decode(clean)
                .map(Some)
                .map_err(|e| KubeconfigError::Base64 {
                    path: path.to_path_buf(),
                    field,
                    reason: e.to_string(),
                });
        }
        match file.as_deref().filter(|f| !f.is_empty()) {
            Some(f) => {
                let p = dir.join(f);
                std::fs::read(&p)
                    .map(Some)
                    .map_err(|source| KubeconfigError::ReadReferenced {
                        path: path.to_path_buf(),
                        field,
                        file: p,
                        source,
                    })
            }
            None => Ok(None),
        }
    };

    let c = &cluster.cluster;
    let mut tls = TlsSettings {
        ca_pem: pem(
            "certificate-authority-data",
            &c.certificate_authority_data,
            &c.certificate_authority,
        )?,
        insecure_skip_verify: c.insecure_skip_tls_verify,
        server_name: c.tls_server_name.clone().filter(|s| !s.is_empty()),
        ..Default::default()
    };
    let mut auth = Auth::None;
    if let Some(u) = user {
        let unsupported = |what| KubeconfigError::Unsupported {
            path: path.to_path_buf(),
            user: u.name.clone(),
            what,
        };
        let user = &u.user;
        tls.client_cert_pem = pem(
            "client-certificate-data",
            &user.client_certificate_data,
            &user.client_certificate,
        )?;
        tls.client_key_pem = pem("client-key-data", &user.client_key_data, &user.client_key)?;
        // client-go: a token file, when set, wins over an inline token.
        if let Some(f) = user.token_file.as_deref().filter(|f| !f.is_empty()) {
            auth = Auth::BearerFile(dir.join(f));
        } else if let Some(t) = user.token.as_deref().filter(|t| !t.is_empty()) {
            auth = Auth::Bearer(t.to_string());
        }
        let has_credentials = auth != Auth::None || tls.client_cert_pem.is_some();
        if !has_credentials {
            if user.exec.is_some() {
                return Err(unsupported("an exec credential plugin"));
            }
            if user.auth_provider.is_some() {
                return Err(unsupported("an auth-provider"));
            }
            if user.username.is_some() {
                return Err(unsupported("basic auth"));
            }
        }
    }
    let mut settings = ClientSettings::new(server);
    settings.tls = tls;
    settings.auth = auth;
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KC: &str = r#"
apiVersion: v1
kind: Config
current-context: prod
clusters:
- name: prod-cluster
  cluster:
    server: https://10.0.0.1:6443
    certificate-authority-data: aGVsbG8=
    tls-server-name: kubernetes
- name: dev-cluster
  cluster:
    server: https://dev:6443
    insecure-skip-tls-verify: true
    certificate-authority: ca.crt
contexts:
- name: prod
  context: {cluster: prod-cluster, user: admin, namespace: kube-system}
- name: dev
  context: {cluster: dev-cluster, user: dev}
- name: exec
  context: {cluster: prod-cluster, user: eks}
- name: files
  context: {cluster: prod-cluster, user: filer}
users:
- name: admin
  user:
    token: abc
    client-certificate-data: Y2VydA==
    client-key-data: a2V5
- name: dev
  user: {tokenFile: /run/tok, token: ignored}
- name: eks
  user:
    exec: {command: aws, apiVersion: client.authentication.k8s.io/v1beta1}
- name: filer
  user: {client-certificate: missing.crt, client-key: missing.key}
"#;

    #[test]
    fn contexts_table() {
        let p = Path::new("/etc/kc/config");
        let s = from_slice(p, KC.as_bytes(), None).expect("current context");
        assert_eq!(s.base_url, "https://10.0.0.1:6443");
        assert_eq!(s.tls.ca_pem.as_deref(), Some(&b"hello"[..]));
        assert_eq!(s.tls.server_name.as_deref(), Some("kubernetes"));
        assert_eq!(s.tls.client_cert_pem.as_deref(), Some(&b"cert"[..]));
        assert_eq!(s.tls.client_key_pem.as_deref(), Some(&b"key"[..]));
        assert_eq!(s.auth, Auth::Bearer("abc".into()));

        // certificate-authority is relative to the kubeconfig and must exist.
        let e = from_slice(p, KC.as_bytes(), Some("dev")).expect_err("ca file missing");
        assert!(e.to_string().contains("/etc/kc/ca.crt"), "{e}");

        let e = from_slice(p, KC.as_bytes(), Some("exec")).expect_err("exec");
        assert!(e.to_string().contains("exec credential plugin"), "{e}");
        let e = from_slice(p, KC.as_bytes(), Some("files")).expect_err("files");
        assert!(e.to_string().contains("/etc/kc/missing.crt"), "{e}");
        let e = from_slice(p, KC.as_bytes(), Some("nope")).expect_err("nope");
        assert!(e.to_string().contains("context \"nope\" not found"), "{e}");
        let e = from_slice(p, b"clusters: 3", None).expect_err("bad yaml");
        assert!(matches!(e, KubeconfigError::Parse { .. }), "{e}");
        let e = from_slice(p, b"clusters: []", None).expect_err("no ctx");
        assert!(matches!(e, KubeconfigError::NoContext { .. }), "{e}");
    }

    #[test]
    fn token_file_wins() {
        let dir = std::env::temp_dir().join(format!("pp-src-kc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp dir");
        std::fs::write(dir.join("ca.crt"), "x").expect("write ca");
        let p = dir.join("config");
        let s = from_slice(&p, KC.as_bytes(), Some("dev")).expect("dev");
        assert_eq!(s.auth, Auth::BearerFile(PathBuf::from("/run/tok")));
        assert!(s.tls.insecure_skip_verify);
        assert_eq!(s.tls.ca_pem.as_deref(), Some(&b"x"[..]));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
