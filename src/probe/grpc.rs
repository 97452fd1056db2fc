//! The gRPC probe: a port of the kubelet's `pkg/probe/grpc`. One `grpc.health.v1.Health/Check`
//! call (with the spec's optional `service`) on a fresh plaintext HTTP/2 connection to the pod IP;
//! success iff the answer is SERVING. Every problem (refused, not a gRPC server, unimplemented,
//! timeout) is a failure, as with the kubelet ("to mimic grpc_health_probe"); the whole call runs
//! under the probe's timeout so a server that never answers cannot hang the worker.
//!
//! Messages are the kubelet's, with one deliberate cut: where the kubelet quotes the status
//! message a server sent back (`desc = ...`, the text after "does not implement the grpc health
//! protocol"), we keep only the status code. That text is the probed server's answer, and a
//! probe may be aimed at any service the node can reach.

use std::net::IpAddr;
use std::time::Duration;

use tokio::time::{timeout_at, Instant};
use tonic::transport::Endpoint;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

use super::{ProbeResult, ProbeRun, KUBE_PROBE_USER_AGENT};

/// Runs one gRPC health check against `pod_ip:port`.
pub async fn probe(
    pod_ip: Option<IpAddr>,
    port: u16,
    service: &str,
    timeout: Duration,
) -> ProbeRun {
    let Some(ip) = pod_ip else {
        return ProbeRun::not_passed(
            ProbeResult::Error,
            "pod has no IP address yet",
            "gRPC probe: pod has no IP yet",
        );
    };
    let addr = super::http::join(&ip.to_string(), port);
    let fail = |result, message: String, short: &str| {
        ProbeRun::not_passed(result, message, format!("gRPC :{port} {short}"))
    };
    let endpoint = match Endpoint::from_shared(format!("http://{addr}"))
        .and_then(|e| e.user_agent(KUBE_PROBE_USER_AGENT))
    {
        Ok(e) => e.connect_timeout(timeout).timeout(timeout),
        Err(e) => {
            return fail(
                ProbeResult::Failure,
                format!("error: failed to connect service at \"{addr}\": {e}"),
                "bad address",
            )
        }
    };
    let deadline = Instant::now() + timeout;
    let channel = match timeout_at(deadline, endpoint.connect()).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => {
            return fail(
                ProbeResult::Failure,
                format!("error: failed to connect service at \"{addr}\": {}", error_chain(&e)),
                "connect failed",
            )
        }
        Err(_) => {
            return fail(
                ProbeResult::Timeout,
                format!(
                    "timeout: failed to connect service \"{addr}\" within {timeout:?}: context deadline exceeded"
                ),
                "connect timeout",
            )
        }
    };
    let mut client = HealthClient::new(channel);
    let request = HealthCheckRequest {
        service: service.to_string(),
    };
    match timeout_at(deadline, client.check(request)).await {
        Ok(Ok(resp)) => {
            let status = resp.into_inner().status;
            if status == ServingStatus::Serving as i32 {
                ProbeRun::passed(format!("gRPC :{port} SERVING"))
            } else {
                let name = ServingStatus::try_from(status)
                    .map(|s| s.as_str_name())
                    .unwrap_or("UNKNOWN");
                fail(
                    ProbeResult::Failure,
                    format!("service unhealthy (responded with \"{name}\")"),
                    name,
                )
            }
        }
        Ok(Err(status)) => match status.code() {
            tonic::Code::Unimplemented => fail(
                ProbeResult::Failure,
                "error: this server does not implement the grpc health protocol (grpc.health.v1.Health)".into(),
                "health protocol unimplemented",
            ),
            tonic::Code::DeadlineExceeded | tonic::Code::Cancelled
                if Instant::now() >= deadline =>
            {
                fail(
                    ProbeResult::Timeout,
                    format!("timeout: health rpc did not complete within {timeout:?}"),
                    "rpc timeout",
                )
            }
            code => fail(
                ProbeResult::Failure,
                format!("error: health rpc probe failed: {}", rpc_error(&status)),
                &format!("rpc failed: {code:?}"),
            ),
        },
        Err(_) => fail(
            ProbeResult::Timeout,
            format!("timeout: health rpc did not complete within {timeout:?}"),
            "rpc timeout",
        ),
    }
}

/// Go's `rpc error: code = X desc = ...`, with the description only where it is our own
/// transport's error (a status carrying a source), never the text a server sent.
fn rpc_error(status: &tonic::Status) -> String {
    use std::error::Error as _;
    match status.source() {
        Some(cause) => format!(
            "rpc error: code = {:?} desc = {}",
            status.code(),
            error_chain(cause)
        ),
        None => format!("rpc error: code = {:?}", status.code()),
    }
}

fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}
