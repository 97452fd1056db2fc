//! Which container runtime to use (`--runtime docker|cri|auto`, `--cri-socket PATH`), and why.
//!
//! Owns the probing of the usual sockets in `auto` mode and the reason reported on the log and on
//! `podpulse_runtime_info{reason}`. It builds the CRI back-end itself but only names the Docker
//! socket: the caller constructs the Docker back-end, so this module does not depend on its shape.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use super::cri::{CriRuntime, CriVersion};
use super::RuntimeError;

/// The `--runtime` flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RuntimeSelection {
    Docker,
    Cri,
    #[default]
    Auto,
}

impl RuntimeSelection {
    pub fn as_str(self) -> &'static str {
        match self {
            RuntimeSelection::Docker => "docker",
            RuntimeSelection::Cri => "cri",
            RuntimeSelection::Auto => "auto",
        }
    }
}

impl FromStr for RuntimeSelection {
    type Err = DetectError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "docker" => Ok(RuntimeSelection::Docker),
            "cri" | "containerd" | "crio" | "cri-o" => Ok(RuntimeSelection::Cri),
            "auto" | "" => Ok(RuntimeSelection::Auto),
            other => Err(DetectError::BadSelection(other.to_string())),
        }
    }
}

/// What a socket in the auto list is expected to serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SocketKind {
    Cri,
    Docker,
}

/// One socket `auto` tries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub path: PathBuf,
    pub kind: SocketKind,
}

/// The sockets `auto` probes, in order: containerd, CRI-O, cri-dockerd, then Docker itself.
pub const AUTO_SOCKETS: [(&str, SocketKind); 4] = [
    ("/run/containerd/containerd.sock", SocketKind::Cri),
    ("/var/run/crio/crio.sock", SocketKind::Cri),
    ("/var/run/cri-dockerd.sock", SocketKind::Cri),
    ("/var/run/docker.sock", SocketKind::Docker),
];

/// How long `auto` waits for one CRI socket to answer `Version`.
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// Why this runtime: a bounded label value for `podpulse_runtime_info{reason}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectReason {
    /// `--runtime docker|cri` said so.
    Flag,
    /// `auto`: the first socket in the probe order that answered.
    AutoProbe,
}

impl SelectReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SelectReason::Flag => "flag",
            SelectReason::AutoProbe => "auto_probe",
        }
    }
}

/// The runtime chosen. Docker is only named: the caller builds it from `socket`.
#[derive(Debug, Clone)]
pub enum Choice {
    Docker { socket: PathBuf },
    Cri(Arc<CriRuntime>),
}

/// The choice, the bounded reason, and a sentence for the log (what was tried and what answered).
#[derive(Debug, Clone)]
pub struct Selected {
    pub choice: Choice,
    pub reason: SelectReason,
    pub detail: String,
    /// The CRI runtime's own `Version` answer when it was probed.
    pub cri_version: Option<CriVersion>,
}

impl Selected {
    /// `docker` or `cri`, the `runtime` label.
    pub fn runtime_label(&self) -> &'static str {
        match self.choice {
            Choice::Docker { .. } => "docker",
            Choice::Cri(_) => "cri",
        }
    }

    /// The socket path, the `endpoint` label.
    pub fn endpoint(&self) -> String {
        match &self.choice {
            Choice::Docker { socket } => socket.display().to_string(),
            Choice::Cri(rt) => rt.socket().display().to_string(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    #[error("unknown runtime {0:?}: use docker, cri or auto")]
    BadSelection(String),
    #[error("--runtime cri: no CRI socket given and none of {tried} exists; pass --cri-socket")]
    NoCriSocket { tried: String },
    #[error("no container runtime found: {tried}")]
    NothingFound { tried: String },
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
}

/// The default auto candidates, with `cri_socket` (if given) tried first and `docker_socket` in
/// place of the default Docker socket.
pub fn auto_candidates(docker_socket: &Path, cri_socket: Option<&Path>) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(AUTO_SOCKETS.len() + 1);
    if let Some(p) = cri_socket {
        out.push(Candidate {
            path: p.to_path_buf(),
            kind: SocketKind::Cri,
        });
    }
    for (path, kind) in AUTO_SOCKETS {
        let path = match kind {
            SocketKind::Docker => docker_socket.to_path_buf(),
            SocketKind::Cri => PathBuf::from(path),
        };
        if !out.iter().any(|c| c.path == path) {
            out.push(Candidate { path, kind });
        }
    }
    out
}

/// Chooses the runtime as the flags say, probing the usual sockets in `auto` mode.
///
/// `--runtime cri --cri-socket X` does not fail when X is not answering yet: the back-end is
/// returned lazily and the supervisor retries with backoff (as for a Docker socket that is down).
pub async fn select_runtime(
    sel: RuntimeSelection,
    docker_socket: &Path,
    cri_socket: Option<&Path>,
) -> Result<Selected, DetectError> {
    select_runtime_from(
        sel,
        docker_socket,
        cri_socket,
        &auto_candidates(docker_socket, cri_socket),
    )
    .await
}

/// `select_runtime` with an explicit candidate list (tests, unusual nodes).
pub async fn select_runtime_from(
    sel: RuntimeSelection,
    docker_socket: &Path,
    cri_socket: Option<&Path>,
    candidates: &[Candidate],
) -> Result<Selected, DetectError> {
    match sel {
        RuntimeSelection::Docker => Ok(Selected {
            choice: Choice::Docker {
                socket: docker_socket.to_path_buf(),
            },
            reason: SelectReason::Flag,
            detail: format!("--runtime docker, socket {}", docker_socket.display()),
            cri_version: None,
        }),
        RuntimeSelection::Cri => {
            let socket = match cri_socket {
                Some(p) => p.to_path_buf(),
                None => candidates
                    .iter()
                    .filter(|c| c.kind == SocketKind::Cri)
                    .map(|c| c.path.clone())
                    .find(|p| p.exists())
                    .ok_or_else(|| DetectError::NoCriSocket {
                        tried: list_paths(candidates, SocketKind::Cri),
                    })?,
            };
            let rt = CriRuntime::lazy(&socket)?;
            let (cri_version, detail) =
                match tokio::time::timeout(PROBE_TIMEOUT, rt.version_info()).await {
                    Ok(Ok(v)) => {
                        let d = format!(
                            "--runtime cri, {} answers: {} {}",
                            socket.display(),
                            v.runtime_name,
                            v.runtime_version
                        );
                        (Some(v), d)
                    }
                    Ok(Err(e)) => (
                        None,
                        format!("--runtime cri, {} not answering yet: {e}", socket.display()),
                    ),
                    Err(_) => (
                        None,
                        format!("--runtime cri, {} not answering yet", socket.display()),
                    ),
                };
            Ok(Selected {
                choice: Choice::Cri(Arc::new(rt)),
                reason: SelectReason::Flag,
                detail,
                cri_version,
            })
        }
        RuntimeSelection::Auto => probe(candidates).await,
    }
}

async fn probe(candidates: &[Candidate]) -> Result<Selected, DetectError> {
    let mut tried: Vec<String> = Vec::new();
    for c in candidates {
        if !c.path.exists() {
            tried.push(format!("{} absent", c.path.display()));
            continue;
        }
        match c.kind {
            SocketKind::Cri => {
                let rt = CriRuntime::lazy(&c.path)?;
                match tokio::time::timeout(PROBE_TIMEOUT, rt.version_info()).await {
                    Ok(Ok(v)) => {
                        tried.push(format!(
                            "{} answers CRI {} ({} {})",
                            c.path.display(),
                            v.runtime_api_version,
                            v.runtime_name,
                            v.runtime_version
                        ));
                        return Ok(Selected {
                            choice: Choice::Cri(Arc::new(rt)),
                            reason: SelectReason::AutoProbe,
                            detail: format!("auto: {}", tried.join("; ")),
                            cri_version: Some(v),
                        });
                    }
                    Ok(Err(e)) => tried.push(e.to_string()),
                    Err(_) => tried.push(format!("{}: Version timed out", c.path.display())),
                }
            }
            SocketKind::Docker => {
                match tokio::time::timeout(PROBE_TIMEOUT, tokio::net::UnixStream::connect(&c.path))
                    .await
                {
                    Ok(Ok(_)) => {
                        tried.push(format!("{} accepts connections", c.path.display()));
                        return Ok(Selected {
                            choice: Choice::Docker {
                                socket: c.path.clone(),
                            },
                            reason: SelectReason::AutoProbe,
                            detail: format!("auto: {}", tried.join("; ")),
                            cri_version: None,
                        });
                    }
                    Ok(Err(e)) => tried.push(format!("{}: {e}", c.path.display())),
                    Err(_) => tried.push(format!("{}: connect timed out", c.path.display())),
                }
            }
        }
    }
    Err(DetectError::NothingFound {
        tried: tried.join("; "),
    })
}

fn list_paths(candidates: &[Candidate], kind: SocketKind) -> String {
    candidates
        .iter()
        .filter(|c| c.kind == kind)
        .map(|c| c.path.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmpdir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("pp-cri-detect-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("tmpdir");
        d
    }

    #[test]
    fn selection_parses() {
        let cases = [
            ("docker", Some(RuntimeSelection::Docker)),
            ("CRI", Some(RuntimeSelection::Cri)),
            ("containerd", Some(RuntimeSelection::Cri)),
            ("auto", Some(RuntimeSelection::Auto)),
            ("podman", None),
        ];
        for (s, want) in cases {
            assert_eq!(s.parse::<RuntimeSelection>().ok(), want, "{s}");
        }
    }

    #[test]
    fn candidates_put_the_flag_first_and_use_the_docker_flag() {
        let c = auto_candidates(Path::new("/x/docker.sock"), Some(Path::new("/y/cri.sock")));
        let paths: Vec<_> = c.iter().map(|c| c.path.display().to_string()).collect();
        assert_eq!(
            paths,
            [
                "/y/cri.sock",
                "/run/containerd/containerd.sock",
                "/var/run/crio/crio.sock",
                "/var/run/cri-dockerd.sock",
                "/x/docker.sock"
            ]
        );
        let c = auto_candidates(
            Path::new("/var/run/docker.sock"),
            Some(Path::new("/var/run/crio/crio.sock")),
        );
        assert_eq!(c.len(), 4, "no duplicate when the flag names a default");
    }

    #[tokio::test]
    async fn auto_skips_absent_and_non_cri_sockets_then_takes_docker() {
        let d = tmpdir("auto");
        // A socket that accepts and hangs up: not gRPC.
        let not_cri = d.join("not-cri.sock");
        let l = tokio::net::UnixListener::bind(&not_cri).expect("bind");
        tokio::spawn(async move {
            while let Ok((s, _)) = l.accept().await {
                drop(s);
            }
        });
        let docker = d.join("docker.sock");
        let _dl = tokio::net::UnixListener::bind(&docker).expect("bind");
        let candidates = [
            Candidate {
                path: d.join("absent.sock"),
                kind: SocketKind::Cri,
            },
            Candidate {
                path: not_cri.clone(),
                kind: SocketKind::Cri,
            },
            Candidate {
                path: docker.clone(),
                kind: SocketKind::Docker,
            },
        ];
        let sel = select_runtime_from(RuntimeSelection::Auto, &docker, None, &candidates)
            .await
            .expect("selects");
        assert!(matches!(sel.choice, Choice::Docker { ref socket } if *socket == docker));
        assert_eq!(sel.reason, SelectReason::AutoProbe);
        assert!(sel.detail.contains("absent.sock absent"), "{}", sel.detail);
        assert!(sel.detail.contains("not-cri.sock"), "{}", sel.detail);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[tokio::test]
    async fn auto_with_nothing_is_a_clear_error() {
        let d = tmpdir("none");
        let candidates = [Candidate {
            path: d.join("nope.sock"),
            kind: SocketKind::Docker,
        }];
        let err = select_runtime_from(RuntimeSelection::Auto, &d, None, &candidates)
            .await
            .expect_err("nothing there");
        assert!(err.to_string().contains("nope.sock absent"), "{err}");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[tokio::test]
    async fn explicit_cri_without_any_socket_is_an_error_but_a_given_socket_is_lazy() {
        let d = tmpdir("cri");
        let candidates = [Candidate {
            path: d.join("nope.sock"),
            kind: SocketKind::Cri,
        }];
        let err = select_runtime_from(RuntimeSelection::Cri, &d, None, &candidates)
            .await
            .expect_err("no socket");
        assert!(matches!(err, DetectError::NoCriSocket { .. }));
        let given = d.join("later.sock");
        let sel = select_runtime_from(RuntimeSelection::Cri, &d, Some(&given), &candidates)
            .await
            .expect("lazy");
        assert_eq!(sel.runtime_label(), "cri");
        assert_eq!(sel.reason, SelectReason::Flag);
        assert!(sel.detail.contains("not answering yet"), "{}", sel.detail);
        let _ = std::fs::remove_dir_all(&d);
    }
}
