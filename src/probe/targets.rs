//! From a pod's spec and its runtime containers to probe targets: the API server's probe
//! defaults and validation, the kubelet's port resolution (`probe.ResolveContainerPort`), the
//! pod IP from the sandbox (the host's address for host-network pods), and the current container
//! of each name.
//!
//! A spec the API server would have rejected (no handler, a negative period, an unknown named
//! port) still yields a target, with an `Invalid` handler: the worker reports it as an error each
//! period with a clear message instead of silently dropping it.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use crate::model::{Container, ContainerKind, DeclaredPort, PodRef, RuntimeState};
use crate::pods::types::{ContainerPortSpec, ContainerSpec, IntOrString, Pod, Probe};

use super::{
    Handler, HandlerKind, HttpGet, ProbeConfigError, ProbeKey, ProbeKind, ProbeSpec, ProbeTarget,
    Scheme, TargetContainer, Timing,
};

/// The probe targets of one pod. `containers` are this pod's runtime containers (sandboxes and
/// every attempt included); `node_ip` is the address host-network pods are probed on (127.0.0.1
/// when unknown).
pub fn targets_for_pod(
    pod: &PodRef,
    spec: &Pod,
    containers: &[Container],
    node_ip: Option<IpAddr>,
) -> Vec<ProbeTarget> {
    let sandbox = containers
        .iter()
        .filter(|c| c.kind == ContainerKind::Sandbox)
        .max_by(|a, b| {
            (
                a.is_running(),
                a.attempt,
                a.created_at.unwrap_or(0.0) as i64,
            )
                .cmp(&(
                    b.is_running(),
                    b.attempt,
                    b.created_at.unwrap_or(0.0) as i64,
                ))
        });
    let host_network =
        spec.spec.host_network.unwrap_or(false) || sandbox.is_some_and(|s| s.host_network);
    let pod_ip = if host_network {
        node_ip
            .or_else(|| spec.status.host_ip.as_deref().and_then(|s| s.parse().ok()))
            .or(Some(IpAddr::V4(Ipv4Addr::LOCALHOST)))
    } else {
        sandbox
            .and_then(|s| s.ip)
            .or_else(|| spec.status.pod_ip.as_deref().and_then(|s| s.parse().ok()))
    };
    let deleting = spec.metadata.deletion_timestamp.is_some();
    let restart_never = spec.spec.restart_policy.as_deref() == Some("Never");
    let pod_finished = matches!(spec.status.phase.as_deref(), Some("Succeeded" | "Failed"));

    // Regular containers, plus restartable init containers (sidecars), which may have probes.
    let probed = spec.spec.containers.iter().chain(
        spec.spec
            .init_containers
            .iter()
            .filter(|c| c.restart_policy.as_deref() == Some("Always")),
    );
    let mut out = Vec::new();
    for cs in probed {
        let current = containers
            .iter()
            .filter(|c| c.kind == ContainerKind::App && c.name == cs.name)
            .max_by(|a, b| {
                (a.attempt, a.created_at.unwrap_or(0.0) as i64)
                    .cmp(&(b.attempt, b.created_at.unwrap_or(0.0) as i64))
            });
        let container = match current {
            None => TargetContainer::Missing,
            Some(c) => match &c.state {
                RuntimeState::Running { started_at } => TargetContainer::Running {
                    id: c.id.clone(),
                    started_at: *started_at,
                },
                RuntimeState::Exited { .. } => TargetContainer::NotRunning {
                    id: c.id.clone(),
                    terminated: true,
                },
                // Created but never started: the kubelet's status shows a container to its
                // prober only after its PLEG sees it, which in practice is after the start. Seen
                // this early, a probe would record a failure that an always-failing liveness
                // probe then keeps forever (the kubelet's worker only clears it on a success).
                RuntimeState::Created => TargetContainer::Missing,
                RuntimeState::Unknown => TargetContainer::NotRunning {
                    id: c.id.clone(),
                    terminated: false,
                },
            },
        };
        let runtime_ports: &[DeclaredPort] = current.map(|c| c.ports.as_slice()).unwrap_or(&[]);
        let gated = cs.startup_probe.is_some();
        for (kind, probe) in [
            (ProbeKind::Startup, &cs.startup_probe),
            (ProbeKind::Liveness, &cs.liveness_probe),
            (ProbeKind::Readiness, &cs.readiness_probe),
        ] {
            let Some(probe) = probe else { continue };
            out.push(ProbeTarget {
                key: Arc::new(ProbeKey {
                    pod: pod.clone(),
                    container: cs.name.clone(),
                    kind,
                }),
                spec: Arc::new(probe_spec(kind, probe, cs, runtime_ports)),
                container: container.clone(),
                pod_ip,
                host_network,
                deleting,
                restart_never,
                gated_by_startup: gated && kind != ProbeKind::Startup,
                pod_finished,
            });
        }
    }
    out
}

/// One probe's spec with defaults applied; invalid specs get an `Invalid` handler.
pub(crate) fn probe_spec(
    kind: ProbeKind,
    probe: &Probe,
    container: &ContainerSpec,
    runtime_ports: &[DeclaredPort],
) -> ProbeSpec {
    let handler_kind = if probe.exec.is_some() {
        HandlerKind::Exec
    } else if probe.http_get.is_some() {
        HandlerKind::Http
    } else if probe.tcp_socket.is_some() {
        HandlerKind::Tcp
    } else if probe.grpc.is_some() {
        HandlerKind::Grpc
    } else {
        HandlerKind::None
    };
    let (timing, timing_err) = match timing(kind, probe) {
        Ok(t) => (t, None),
        Err(e) => (Timing::default(), Some(e)),
    };
    let handler = match timing_err {
        Some(error) => Err(error),
        None => handler(probe, container, runtime_ports),
    };
    ProbeSpec {
        timing,
        handler: handler.unwrap_or_else(|error| Handler::Invalid {
            handler: handler_kind,
            error,
        }),
    }
}

/// `SetDefaults_Probe` (zero means unset) and the API server's validation of the numbers.
fn timing(kind: ProbeKind, p: &Probe) -> Result<Timing, ProbeConfigError> {
    let field = |name: &'static str, v: Option<i32>, default: i64, min: i64| {
        let v = i64::from(v.unwrap_or(0));
        let v = if v == 0 { default } else { v };
        if v < min {
            Err(ProbeConfigError::InvalidField {
                field: name,
                rule: if min == 0 {
                    "non-negative"
                } else {
                    "at least 1"
                },
                value: v,
            })
        } else {
            Ok(v)
        }
    };
    let initial = field("initialDelaySeconds", p.initial_delay_seconds, 0, 0)?;
    let timeout = field("timeoutSeconds", p.timeout_seconds, 1, 1)?;
    let period = field("periodSeconds", p.period_seconds, 10, 1)?;
    let success = field("successThreshold", p.success_threshold, 1, 1)?;
    let failure = field("failureThreshold", p.failure_threshold, 3, 1)?;
    if kind != ProbeKind::Readiness && success != 1 {
        return Err(ProbeConfigError::InvalidField {
            field: "successThreshold",
            rule: "1 for liveness and startup probes",
            value: success,
        });
    }
    Ok(Timing {
        initial_delay: Duration::from_secs(initial as u64),
        timeout: Duration::from_secs(timeout as u64),
        period: Duration::from_secs(period as u64),
        success_threshold: success as u32,
        failure_threshold: failure as u32,
    })
}

/// The kubelet's `runProbe` handler order: exec, httpGet, tcpSocket, grpc.
fn handler(
    p: &Probe,
    container: &ContainerSpec,
    runtime_ports: &[DeclaredPort],
) -> Result<Handler, ProbeConfigError> {
    if let Some(e) = &p.exec {
        if e.command.is_empty() {
            return Err(ProbeConfigError::EmptyCommand);
        }
        return Ok(Handler::Exec {
            command: e.command.clone(),
        });
    }
    if let Some(h) = &p.http_get {
        let scheme = match h.scheme.as_deref().map(str::to_ascii_lowercase).as_deref() {
            None | Some("") | Some("http") => Scheme::Http,
            Some("https") => Scheme::Https,
            Some(other) => return Err(ProbeConfigError::UnsupportedScheme(other.to_string())),
        };
        let port = resolve_port(h.port.as_ref(), &container.ports, runtime_ports)?;
        return Ok(Handler::Http(HttpGet {
            scheme,
            host: h.host.clone().filter(|h| !h.is_empty()),
            port,
            path: h.path.clone().unwrap_or_default(),
            headers: h
                .http_headers
                .iter()
                .map(|x| (x.name.clone(), x.value.clone()))
                .collect(),
        }));
    }
    if let Some(t) = &p.tcp_socket {
        let port = resolve_port(t.port.as_ref(), &container.ports, runtime_ports)?;
        return Ok(Handler::Tcp {
            host: t.host.clone().filter(|h| !h.is_empty()),
            port,
        });
    }
    if let Some(g) = &p.grpc {
        let port = check_port(i64::from(g.port))?;
        return Ok(Handler::Grpc {
            port,
            service: g.service.clone().unwrap_or_default(),
        });
    }
    Err(ProbeConfigError::NoHandler)
}

/// `probe.ResolveContainerPort`: a number, or a name looked up in the container's ports, or a
/// number written as a string.
pub(crate) fn resolve_port(
    port: Option<&IntOrString>,
    spec_ports: &[ContainerPortSpec],
    runtime_ports: &[DeclaredPort],
) -> Result<u16, ProbeConfigError> {
    match port {
        None => Err(ProbeConfigError::MissingPort),
        Some(IntOrString::Int(n)) => check_port(*n),
        Some(IntOrString::Str(name)) => {
            let by_name = spec_ports
                .iter()
                .find(|p| p.name.as_deref() == Some(name.as_str()))
                .map(|p| i64::from(p.container_port))
                .or_else(|| {
                    runtime_ports
                        .iter()
                        .find(|p| p.name.as_deref() == Some(name.as_str()))
                        .map(|p| i64::from(p.container_port))
                });
            match by_name {
                Some(n) => check_port(n),
                None => match name.parse::<i64>() {
                    Ok(n) => check_port(n),
                    Err(_) => Err(ProbeConfigError::UnknownNamedPort(name.clone())),
                },
            }
        }
    }
}

fn check_port(n: i64) -> Result<u16, ProbeConfigError> {
    if n > 0 && n < 65536 {
        Ok(n as u16)
    } else {
        Err(ProbeConfigError::InvalidPort(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pods::types::{ExecAction, GrpcAction, HttpGetAction, TcpSocketAction};

    fn ports() -> Vec<ContainerPortSpec> {
        vec![ContainerPortSpec {
            name: Some("http".into()),
            container_port: 8080,
            ..Default::default()
        }]
    }

    #[test]
    fn port_resolution_table() {
        let rt = vec![DeclaredPort {
            name: Some("metrics".into()),
            container_port: 9100,
            protocol: None,
        }];
        let cases: Vec<(Option<IntOrString>, Result<u16, ProbeConfigError>)> = vec![
            (Some(IntOrString::Int(80)), Ok(80)),
            (Some(IntOrString::Str("http".into())), Ok(8080)),
            (Some(IntOrString::Str("metrics".into())), Ok(9100)),
            (Some(IntOrString::Str("9000".into())), Ok(9000)),
            (
                Some(IntOrString::Str("nope".into())),
                Err(ProbeConfigError::UnknownNamedPort("nope".into())),
            ),
            (
                Some(IntOrString::Int(0)),
                Err(ProbeConfigError::InvalidPort(0)),
            ),
            (
                Some(IntOrString::Int(65536)),
                Err(ProbeConfigError::InvalidPort(65536)),
            ),
            (
                Some(IntOrString::Int(-1)),
                Err(ProbeConfigError::InvalidPort(-1)),
            ),
            (None, Err(ProbeConfigError::MissingPort)),
        ];
        for (input, want) in cases {
            assert_eq!(
                resolve_port(input.as_ref(), &ports(), &rt),
                want,
                "{input:?}"
            );
        }
    }

    fn container() -> ContainerSpec {
        ContainerSpec {
            name: "app".into(),
            ports: ports(),
            ..Default::default()
        }
    }

    #[test]
    fn defaults_and_validation() {
        let p = Probe {
            tcp_socket: Some(TcpSocketAction {
                port: Some(IntOrString::Int(80)),
                host: None,
            }),
            period_seconds: Some(0),
            ..Default::default()
        };
        let s = probe_spec(ProbeKind::Liveness, &p, &container(), &[]);
        assert_eq!(s.timing, Timing::default());
        assert_eq!(
            s.handler,
            Handler::Tcp {
                host: None,
                port: 80
            }
        );

        let cases: Vec<(ProbeKind, Probe, &str)> = vec![
            (ProbeKind::Liveness, Probe::default(), "probe_no_handler"),
            (
                ProbeKind::Readiness,
                Probe {
                    period_seconds: Some(-5),
                    tcp_socket: p.tcp_socket.clone(),
                    ..Default::default()
                },
                "probe_invalid_timing",
            ),
            (
                ProbeKind::Liveness,
                Probe {
                    success_threshold: Some(2),
                    tcp_socket: p.tcp_socket.clone(),
                    ..Default::default()
                },
                "probe_invalid_timing",
            ),
            (
                ProbeKind::Readiness,
                Probe {
                    http_get: Some(HttpGetAction {
                        port: Some(IntOrString::Str("admin".into())),
                        ..Default::default()
                    }),
                    ..Default::default()
                },
                "probe_unknown_port",
            ),
            (
                ProbeKind::Readiness,
                Probe {
                    exec: Some(ExecAction { command: vec![] }),
                    ..Default::default()
                },
                "probe_empty_command",
            ),
            (
                ProbeKind::Readiness,
                Probe {
                    grpc: Some(GrpcAction {
                        port: 0,
                        service: None,
                    }),
                    ..Default::default()
                },
                "probe_invalid_port",
            ),
        ];
        for (kind, probe, want) in cases {
            match probe_spec(kind, &probe, &container(), &[]).handler {
                Handler::Invalid { error, .. } => assert_eq!(error.kind(), want, "{probe:?}"),
                other => panic!("{probe:?}: expected invalid, got {other:?}"),
            }
        }
    }

    #[test]
    fn readiness_may_have_success_threshold_above_one() {
        let p = Probe {
            success_threshold: Some(3),
            exec: Some(ExecAction {
                command: vec!["true".into()],
            }),
            ..Default::default()
        };
        let s = probe_spec(ProbeKind::Readiness, &p, &container(), &[]);
        assert_eq!(s.timing.success_threshold, 3);
        assert!(matches!(s.handler, Handler::Exec { .. }));
    }

    #[test]
    fn http_scheme_and_headers() {
        let p = Probe {
            http_get: Some(HttpGetAction {
                port: Some(IntOrString::Str("http".into())),
                scheme: Some("HTTPS".into()),
                path: Some("/healthz".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        match probe_spec(ProbeKind::Readiness, &p, &container(), &[]).handler {
            Handler::Http(h) => {
                assert_eq!(h.scheme, Scheme::Https);
                assert_eq!(h.port, 8080);
                assert_eq!(h.path, "/healthz");
            }
            other => panic!("{other:?}"),
        }
    }

    fn runtime(
        id: &str,
        name: &str,
        kind: ContainerKind,
        attempt: u32,
        state: RuntimeState,
    ) -> Container {
        Container {
            id: crate::model::ContainerId(id.into()),
            pod: pod(),
            name: name.into(),
            kind,
            plain: false,
            image: String::new(),
            image_id: String::new(),
            attempt,
            restart_count: attempt,
            state,
            created_at: Some(f64::from(attempt)),
            health: None,
            ip: None,
            host_network: false,
            ports: Vec::new(),
            memory_limit_bytes: None,
            pod_labels: Default::default(),
        }
    }

    fn pod() -> PodRef {
        PodRef {
            namespace: "ns".into(),
            name: "web".into(),
            uid: "u1".into(),
        }
    }

    fn spec(json: serde_json::Value) -> Pod {
        serde_json::from_value(json).unwrap_or_default()
    }

    #[test]
    fn targets_from_spec_and_runtime() {
        let s = spec(serde_json::json!({
            "metadata": {"deletionTimestamp": "2026-01-01T00:00:00Z"},
            "spec": {
                "restartPolicy": "Never",
                "containers": [
                    {"name": "app", "ports": [{"name": "http", "containerPort": 8080}],
                     "startupProbe": {"httpGet": {"port": "http"}},
                     "readinessProbe": {"tcpSocket": {"port": 8080}}},
                    {"name": "idle"}
                ],
                "initContainers": [
                    {"name": "sidecar", "restartPolicy": "Always", "livenessProbe": {"exec": {"command": ["true"]}}},
                    {"name": "setup", "livenessProbe": {"exec": {"command": ["true"]}}}
                ]
            }
        }));
        let mut sandbox = runtime(
            "sb",
            "POD",
            ContainerKind::Sandbox,
            0,
            RuntimeState::Running { started_at: None },
        );
        sandbox.ip = Some(
            "10.1.2.3"
                .parse()
                .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        );
        let old = runtime(
            "app0",
            "app",
            ContainerKind::App,
            0,
            RuntimeState::Exited {
                exit_code: 1,
                oom_killed: false,
                reason: None,
                started_at: Some(1.0),
                finished_at: Some(2.0),
            },
        );
        let new = runtime(
            "app1",
            "app",
            ContainerKind::App,
            1,
            RuntimeState::Running {
                started_at: Some(5.0),
            },
        );
        let t = targets_for_pod(&pod(), &s, &[old, sandbox, new], None);
        let kinds: Vec<(&str, ProbeKind)> = t
            .iter()
            .map(|x| (x.key.container.as_str(), x.key.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("app", ProbeKind::Startup),
                ("app", ProbeKind::Readiness),
                ("sidecar", ProbeKind::Liveness)
            ]
        );
        let ready = &t[1];
        assert_eq!(
            ready.pod_ip.map(|i| i.to_string()).as_deref(),
            Some("10.1.2.3")
        );
        assert_eq!(
            ready.container,
            TargetContainer::Running {
                id: crate::model::ContainerId("app1".into()),
                started_at: Some(5.0)
            }
        );
        assert!(ready.gated_by_startup && !t[0].gated_by_startup);
        assert!(ready.deleting && ready.restart_never && !ready.pod_finished);
        assert_eq!(t[2].container, TargetContainer::Missing);
    }

    #[test]
    fn host_network_pods_use_the_node_address() {
        let s = spec(serde_json::json!({
            "spec": {"hostNetwork": true, "containers": [{"name": "app", "readinessProbe": {"tcpSocket": {"port": 9}}}]},
            "status": {"phase": "Succeeded"}
        }));
        let t = targets_for_pod(&pod(), &s, &[], None);
        assert_eq!(t[0].pod_ip, Some(IpAddr::V4(Ipv4Addr::LOCALHOST)));
        assert!(t[0].host_network && t[0].pod_finished);
        let node: IpAddr = "192.0.2.10"
            .parse()
            .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        let t = targets_for_pod(&pod(), &s, &[], Some(node));
        assert_eq!(t[0].pod_ip, Some(node));
    }
}
