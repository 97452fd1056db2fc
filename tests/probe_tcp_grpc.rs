//! TCP and gRPC probes against local servers on 127.0.0.1: the kubelet's `tcp_test.go` and
//! `grpc_test.go` cases, plus a server that is not gRPC and one that never answers. A run keeps
//! the kubelet's message for a failure and nothing for a success; of a gRPC server's answer only
//! the status code and serving status, never the status text it sent.

mod probe_support;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use podpulse::probe::{grpc, tcp, ProbeResult};
use probe_support::{closed_port, ok, serve_http, serve_silent, serve_tcp_reply};
use tonic_health::ServingStatus;

const LOCAL: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
const T: Duration = Duration::from_secs(1);

#[tokio::test]
async fn tcp_cases() {
    let open = serve_silent().await;
    let run = tcp::probe(None, LOCAL, open.port(), T).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_eq!(run.message(), "");

    let port = closed_port().await;
    let run = tcp::probe(None, LOCAL, port, T).await;
    assert_eq!(run.result, ProbeResult::Failure);
    assert_eq!(
        run.message(),
        format!("dial tcp 127.0.0.1:{port}: connect: connection refused")
    );

    // The spec's host wins over the pod IP.
    let run = tcp::probe(
        Some("127.0.0.1"),
        Some(
            "192.0.2.7"
                .parse()
                .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        ),
        open.port(),
        T,
    )
    .await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");

    // A name that does not resolve is a failure, not a hang.
    let start = Instant::now();
    let run = tcp::probe(Some("no-such-host.invalid"), LOCAL, 80, T).await;
    assert!(
        matches!(run.result, ProbeResult::Failure | ProbeResult::Timeout),
        "{run:?}"
    );
    assert!(start.elapsed() < Duration::from_millis(1500));

    // No pod IP yet: an error (not counted), with a clear message.
    let run = tcp::probe(None, None, 80, T).await;
    assert_eq!(run.result, ProbeResult::Error);
    assert!(run.message().contains("no IP"), "{run:?}");
}

async fn health_server(
    status: ServingStatus,
    named: Option<(&'static str, ServingStatus)>,
) -> SocketAddr {
    let (reporter, service) = tonic_health::server::health_reporter();
    reporter.set_service_status("", status).await;
    if let Some((name, st)) = named {
        reporter.set_service_status(name, st).await;
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let incoming = tonic::transport::server::TcpIncoming::from(listener);
    tokio::spawn(async move {
        let _reporter = reporter;
        let _ = tonic::transport::Server::builder()
            .add_service(service)
            .serve_with_incoming(incoming)
            .await;
    });
    addr
}

#[tokio::test]
async fn grpc_cases() {
    let serving = health_server(
        ServingStatus::Serving,
        Some(("svc.Ready", ServingStatus::Serving)),
    )
    .await;
    let run = grpc::probe(LOCAL, serving.port(), "", T).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");
    assert_eq!(run.message(), "");
    assert!(run.summary.contains("SERVING"), "{run:?}");

    let run = grpc::probe(LOCAL, serving.port(), "svc.Ready", T).await;
    assert_eq!(run.result, ProbeResult::Success, "{run:?}");

    // An unknown service: NOT_FOUND from the health server → failure. The kubelet would quote
    // the server's status text ("service not registered"); the code is all we keep.
    let run = grpc::probe(LOCAL, serving.port(), "svc.Unknown", T).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert_eq!(
        run.message(),
        "error: health rpc probe failed: rpc error: code = NotFound",
        "{run:?}"
    );

    let not_serving = health_server(ServingStatus::NotServing, None).await;
    let run = grpc::probe(LOCAL, not_serving.port(), "", T).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert_eq!(
        run.message(),
        "service unhealthy (responded with \"NOT_SERVING\")"
    );

    // A service whose status is UNKNOWN (set explicitly).
    let unknown = health_server(ServingStatus::Unknown, None).await;
    let run = grpc::probe(LOCAL, unknown.port(), "", T).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert!(run.message().contains("UNKNOWN"), "{run:?}");
}

#[tokio::test]
async fn grpc_unimplemented() {
    // A gRPC server without the health service.
    let (_reporter, health) = tonic_health::server::health_reporter();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let incoming = tonic::transport::server::TcpIncoming::from(listener);
    // Serve some other service name by routing nothing: an empty router answers UNIMPLEMENTED.
    drop(health);
    tokio::spawn(async move {
        let (_r, other) = tonic_health::server::health_reporter();
        let _ = tonic::transport::Server::builder()
            .add_service(tonic_reflection_stub::wrap(other))
            .serve_with_incoming(incoming)
            .await;
    });
    let run = grpc::probe(LOCAL, addr.port(), "", T).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert_eq!(
        run.message(),
        "error: this server does not implement the grpc health protocol (grpc.health.v1.Health)",
        "{run:?}"
    );
}

/// A health service mounted under another name, so the real path is unimplemented.
mod tonic_reflection_stub {
    use std::convert::Infallible;
    use std::task::{Context, Poll};

    use tonic::server::NamedService;

    #[derive(Clone)]
    pub struct Renamed<S>(S);

    pub fn wrap<S>(s: S) -> Renamed<S> {
        Renamed(s)
    }

    impl<S> NamedService for Renamed<S> {
        const NAME: &'static str = "podpulse.test.NotHealth";
    }

    impl<S, B> tower::Service<hyper::Request<B>> for Renamed<S>
    where
        S: tower::Service<hyper::Request<B>, Error = Infallible>,
    {
        type Response = S::Response;
        type Error = Infallible;
        type Future = S::Future;

        fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
            self.0.poll_ready(cx)
        }

        fn call(&mut self, req: hyper::Request<B>) -> Self::Future {
            self.0.call(req)
        }
    }
}

#[tokio::test]
async fn grpc_bad_servers_fail_without_hanging() {
    // Refused.
    let port = closed_port().await;
    let run = grpc::probe(LOCAL, port, "", T).await;
    assert_eq!(run.result, ProbeResult::Failure, "{run:?}");
    assert!(
        run.message()
            .starts_with("error: failed to connect service"),
        "{run:?}"
    );

    // An HTTP/1.1 server is not a gRPC server.
    let http1 = serve_http(|_| ok("not grpc")).await;
    let start = Instant::now();
    let run = grpc::probe(LOCAL, http1.port(), "", T).await;
    assert!(
        matches!(run.result, ProbeResult::Failure | ProbeResult::Timeout),
        "{run:?}"
    );
    assert!(
        start.elapsed() < Duration::from_millis(1500),
        "{:?}",
        start.elapsed()
    );

    // A server that writes garbage and closes.
    let garbage = serve_tcp_reply(b"SSH-2.0-OpenSSH_9.2\r\n").await;
    let start = Instant::now();
    let run = grpc::probe(LOCAL, garbage.port(), "", T).await;
    assert!(
        matches!(run.result, ProbeResult::Failure | ProbeResult::Timeout),
        "{run:?}"
    );
    assert!(start.elapsed() < Duration::from_millis(1500));

    // A server that accepts and never says anything: a timeout.
    let silent = serve_silent().await;
    let start = Instant::now();
    let run = grpc::probe(LOCAL, silent.port(), "", T).await;
    assert_eq!(run.result, ProbeResult::Timeout, "{run:?}");
    assert!(start.elapsed() < Duration::from_millis(1500));
}
