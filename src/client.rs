//! `podpulse pods` and `podpulse describe`: read a running agent's detail API (its unix socket
//! by default, or an HTTP URL) and print. Read-only: the CLI never sends anything but GET.

use std::path::PathBuf;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};

/// Where the agent's detail API is: its unix socket (the default) or an HTTP URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Socket(PathBuf),
    Url(String),
}

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("invalid agent URL {url}: {message}")]
    Url { url: String, message: String },
    #[error("cannot reach the agent at {url}: {message}")]
    Request { url: String, message: String },
    #[error(
        "no agent socket at {path}: is `podpulse run` running on this node? (in the DaemonSet, \
         /run/podpulse is mounted from the host; run this on the node or through `kubectl exec`, \
         or give --socket PATH or --agent URL)"
    )]
    NoSocket { path: PathBuf },
    #[error("the agent's detail socket is turned off (--socket none): give --agent URL")]
    SocketOff,
    #[error("cannot use the agent socket {path}: {source} (the socket is mode 0600: run as root, e.g. with sudo)")]
    SocketDenied {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot use the agent socket {path}: {source}")]
    Socket {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the agent answered {status} for {url}: {body}")]
    Status {
        url: String,
        status: u16,
        body: String,
    },
    #[error("the agent's answer is not valid JSON: {0}")]
    Json(String),
}

/// How long the CLI waits for the agent, end to end.
const TIMEOUT: Duration = Duration::from_secs(10);

/// GETs a path from the agent.
pub fn get(target: &Target, path: &str) -> Result<Bytes, ClientError> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| ClientError::Request {
            url: path.to_string(),
            message: e.to_string(),
        })?;
    match target {
        Target::Url(agent) => rt.block_on(get_url(agent, path)),
        Target::Socket(socket) => rt.block_on(get_socket(socket, path)),
    }
}

async fn get_url(agent: &str, path: &str) -> Result<Bytes, ClientError> {
    let url = format!("{}{}", agent.trim_end_matches('/'), path);
    let uri: hyper::Uri =
        url.parse()
            .map_err(|e: hyper::http::uri::InvalidUri| ClientError::Url {
                url: url.clone(),
                message: e.to_string(),
            })?;
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let fut = client.get(uri);
    let resp = tokio::time::timeout(TIMEOUT, fut)
        .await
        .map_err(|_| ClientError::Request {
            url: url.clone(),
            message: "timed out".into(),
        })?
        .map_err(|e| ClientError::Request {
            url: url.clone(),
            message: e.to_string(),
        })?;
    read_answer(url, resp).await
}

async fn get_socket(socket: &std::path::Path, path: &str) -> Result<Bytes, ClientError> {
    if socket.as_os_str().eq_ignore_ascii_case("none") {
        return Err(ClientError::SocketOff);
    }
    let url = format!("unix:{}{path}", socket.display());
    let stream = match tokio::net::UnixStream::connect(socket).await {
        Ok(s) => s,
        // A missing socket, or one left behind by an agent that is gone: nobody is serving.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused
            ) =>
        {
            return Err(ClientError::NoSocket {
                path: socket.to_path_buf(),
            })
        }
        Err(source) if source.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(ClientError::SocketDenied {
                path: socket.to_path_buf(),
                source,
            })
        }
        Err(source) => {
            return Err(ClientError::Socket {
                path: socket.to_path_buf(),
                source,
            })
        }
    };
    let request = async {
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| ClientError::Request {
                url: url.clone(),
                message: e.to_string(),
            })?;
        tokio::spawn(conn);
        let req = hyper::Request::get(path)
            .header(hyper::header::HOST, "localhost")
            .body(Empty::<Bytes>::new())
            .map_err(|e| ClientError::Url {
                url: url.clone(),
                message: e.to_string(),
            })?;
        sender
            .send_request(req)
            .await
            .map_err(|e| ClientError::Request {
                url: url.clone(),
                message: e.to_string(),
            })
    };
    let resp =
        tokio::time::timeout(TIMEOUT, request)
            .await
            .map_err(|_| ClientError::Request {
                url: url.clone(),
                message: "timed out".into(),
            })??;
    read_answer(url, resp).await
}

async fn read_answer(
    url: String,
    resp: hyper::Response<hyper::body::Incoming>,
) -> Result<Bytes, ClientError> {
    let status = resp.status().as_u16();
    let body = tokio::time::timeout(TIMEOUT, resp.into_body().collect())
        .await
        .map_err(|_| ClientError::Request {
            url: url.clone(),
            message: "timed out reading the answer".into(),
        })?
        .map_err(|e| ClientError::Request {
            url: url.clone(),
            message: e.to_string(),
        })?
        .to_bytes();
    if status != 200 {
        return Err(ClientError::Status {
            url,
            status,
            body: String::from_utf8_lossy(&body).trim().to_string(),
        });
    }
    Ok(body)
}
