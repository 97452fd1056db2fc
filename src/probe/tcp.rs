//! The TCP probe: a port of the kubelet's `pkg/probe/tcp`. Success iff a connection to
//! `host:port` opens within the timeout; the connection is closed at once and nothing is sent or
//! read. A failure's message is the kubelet's: the dial error (`dial tcp 10.0.0.1:80: connect:
//! connection refused`, `... i/o timeout`).

use std::net::IpAddr;
use std::time::Duration;

use tokio::net::TcpStream;

use super::http::{dial_error, resolve};
use super::{ProbeResult, ProbeRun};

/// Runs one TCP probe against `host` (the spec's `host`, else the pod IP).
pub async fn probe(
    host: Option<&str>,
    pod_ip: Option<IpAddr>,
    port: u16,
    timeout: Duration,
) -> ProbeRun {
    let host = match (host, pod_ip) {
        (Some(h), _) if !h.is_empty() => h.to_string(),
        (_, Some(ip)) => ip.to_string(),
        _ => {
            return ProbeRun::not_passed(
                ProbeResult::Error,
                "pod has no IP address yet",
                "TCP probe: pod has no IP yet",
            )
        }
    };
    let attempt = async {
        let addr = resolve(&host, port).await?;
        TcpStream::connect(addr)
            .await
            .map(drop)
            .map_err(|e| format!("dial tcp {addr}: {}", dial_error(&e)))
    };
    match tokio::time::timeout(timeout, attempt).await {
        Ok(Ok(())) => ProbeRun::passed(format!("TCP :{port} open")),
        Ok(Err(msg)) => {
            let short = msg.rsplit(": ").next().unwrap_or("").to_string();
            ProbeRun::not_passed(ProbeResult::Failure, msg, format!("TCP :{port} {short}"))
        }
        Err(_) => {
            let addr = super::http::join(&host, port);
            ProbeRun::not_passed(
                ProbeResult::Timeout,
                format!("dial tcp {addr}: i/o timeout"),
                format!("TCP :{port} timeout after {timeout:?}"),
            )
        }
    }
}
