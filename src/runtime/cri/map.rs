//! Maps CRI v1 types (`k8s_cri::v1`) to `crate::model` — the one place CRI types are read.
//!
//! Pure functions, no I/O: the back-end fetches, this module decides what a sandbox or container
//! means in our types, or why it is skipped. It must not call the runtime or log.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

use k8s_cri::v1 as cri;

use crate::model::{
    Container, ContainerId, ContainerKind, DeclaredPort, PodRef, RuntimeState, Timestamp,
};

// Labels and annotations as the kubelet sets them (pkg/kubelet/kuberuntime/labels.go).
pub const LABEL_POD_NAME: &str = "io.kubernetes.pod.name";
pub const LABEL_POD_NAMESPACE: &str = "io.kubernetes.pod.namespace";
pub const LABEL_POD_UID: &str = "io.kubernetes.pod.uid";
pub const LABEL_CONTAINER_NAME: &str = "io.kubernetes.container.name";
pub const ANNOTATION_RESTART_COUNT: &str = "io.kubernetes.container.restartCount";
pub const ANNOTATION_PORTS: &str = "io.kubernetes.container.ports";

/// The container name the kubelet gives a pod's sandbox.
pub const SANDBOX_NAME: &str = "POD";

/// At most this many pod labels are carried per pod; the rest are dropped (series budget).
pub const MAX_POD_LABELS: usize = 64;
/// Longer pod label values are dropped rather than truncated (a cut value would be a lie).
pub const MAX_LABEL_VALUE_LEN: usize = 256;

/// Why a CRI object is not mapped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// No kubelet labels: created by something else (crictl, nerdctl, another orchestrator).
    MissingLabels(&'static str),
    /// The status response had no status.
    Empty,
}

/// The pod identity from kubelet labels.
pub fn pod_ref(labels: &HashMap<String, String>) -> Result<PodRef, Skip> {
    let get = |key: &'static str| -> Result<String, Skip> {
        match labels.get(key) {
            Some(v) if !v.is_empty() => Ok(v.clone()),
            _ => Err(Skip::MissingLabels(key)),
        }
    };
    Ok(PodRef {
        namespace: get(LABEL_POD_NAMESPACE)?,
        name: get(LABEL_POD_NAME)?,
        uid: get(LABEL_POD_UID)?,
    })
}

/// The pod's own labels from its sandbox's labels: the kubelet adds the pod's labels plus its own
/// `io.kubernetes.*` ones; only the pod's are kept, bounded.
pub fn pod_labels(sandbox_labels: &HashMap<String, String>) -> BTreeMap<String, String> {
    let mut sorted: Vec<(&String, &String)> = sandbox_labels
        .iter()
        .filter(|(k, v)| !k.starts_with("io.kubernetes.") && v.len() <= MAX_LABEL_VALUE_LEN)
        .collect();
    sorted.sort();
    sorted
        .into_iter()
        .take(MAX_POD_LABELS)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// CRI timestamps are Unix nanoseconds; 0 means "not set".
pub fn ns_to_ts(ns: i64) -> Option<Timestamp> {
    (ns > 0).then(|| ns as f64 / 1e9)
}

/// The kubelet's declared ports (`io.kubernetes.container.ports` JSON); bad JSON → none.
pub fn declared_ports(annotations: &HashMap<String, String>) -> Vec<DeclaredPort> {
    annotations
        .get(ANNOTATION_PORTS)
        .and_then(|raw| serde_json::from_str::<Vec<DeclaredPort>>(raw).ok())
        .unwrap_or_default()
}

/// Restarts as the kubelet counts them: its annotation, else the attempt number.
pub fn restart_count(annotations: &HashMap<String, String>, attempt: u32) -> u32 {
    annotations
        .get(ANNOTATION_RESTART_COUNT)
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(attempt)
}

/// A sandbox status as our `Container` of kind `Sandbox`, name `POD`.
pub fn sandbox(status: &cri::PodSandboxStatus) -> Result<Container, Skip> {
    let pod = pod_ref(&status.labels)?;
    let attempt = status.metadata.as_ref().map_or(0, |m| m.attempt);
    let created_at = ns_to_ts(status.created_at);
    let state = match cri::PodSandboxState::try_from(status.state) {
        Ok(cri::PodSandboxState::SandboxReady) => RuntimeState::Running {
            started_at: created_at,
        },
        // A sandbox that is not ready has stopped (or never came up); the CRI keeps no exit code.
        Ok(cri::PodSandboxState::SandboxNotready) => RuntimeState::Exited {
            exit_code: 0,
            oom_killed: false,
            reason: None,
            started_at: created_at,
            finished_at: None,
        },
        Err(_) => RuntimeState::Unknown,
    };
    let ip = status
        .network
        .as_ref()
        .and_then(|n| n.ip.parse::<IpAddr>().ok());
    let host_network = status
        .linux
        .as_ref()
        .and_then(|l| l.namespaces.as_ref())
        .and_then(|n| n.options.as_ref())
        .is_some_and(|o| o.network == cri::NamespaceMode::Node as i32);
    Ok(Container {
        id: ContainerId(status.id.clone()),
        pod,
        name: SANDBOX_NAME.to_string(),
        kind: ContainerKind::Sandbox,
        plain: false,
        image: String::new(),
        image_id: String::new(),
        attempt,
        restart_count: attempt,
        state,
        created_at,
        health: None,
        ip,
        host_network,
        ports: Vec::new(),
        memory_limit_bytes: None,
        pod_labels: pod_labels(&status.labels),
    })
}

/// A container status as our `Container` of kind `App`. `sandbox_labels` are its sandbox's labels
/// (for the pod's own labels); `info` is the verbose status info (for the memory limit on runtimes
/// that leave `resources` empty, like containerd 1.6).
pub fn container(
    status: &cri::ContainerStatus,
    sandbox_labels: Option<&HashMap<String, String>>,
    info: &HashMap<String, String>,
) -> Result<Container, Skip> {
    let pod = pod_ref(&status.labels)?;
    let name = match status.labels.get(LABEL_CONTAINER_NAME) {
        Some(n) if !n.is_empty() => n.clone(),
        _ => return Err(Skip::MissingLabels(LABEL_CONTAINER_NAME)),
    };
    let attempt = status.metadata.as_ref().map_or(0, |m| m.attempt);
    let started_at = ns_to_ts(status.started_at);
    let state = match cri::ContainerState::try_from(status.state) {
        Ok(cri::ContainerState::ContainerCreated) => RuntimeState::Created,
        Ok(cri::ContainerState::ContainerRunning) => RuntimeState::Running { started_at },
        Ok(cri::ContainerState::ContainerExited) => {
            let reason = (!status.reason.is_empty()).then(|| status.reason.clone());
            RuntimeState::Exited {
                exit_code: i64::from(status.exit_code),
                oom_killed: status.reason == "OOMKilled",
                reason,
                started_at,
                finished_at: ns_to_ts(status.finished_at),
            }
        }
        Ok(cri::ContainerState::ContainerUnknown) | Err(_) => RuntimeState::Unknown,
    };
    let image_spec = status
        .image
        .as_ref()
        .map(|i| i.image.as_str())
        .unwrap_or("");
    // The kubelet shows `image.image` as the image and `image_ref` as the image id.
    let image = if image_spec.is_empty() {
        status.image_ref.clone()
    } else {
        image_spec.to_string()
    };
    let memory_limit_bytes = status
        .resources
        .as_ref()
        .and_then(|r| r.linux.as_ref())
        .and_then(|l| u64::try_from(l.memory_limit_in_bytes).ok())
        .filter(|&m| m > 0)
        .or_else(|| memory_limit_from_info(info));
    Ok(Container {
        id: ContainerId(status.id.clone()),
        pod,
        name,
        kind: ContainerKind::App,
        plain: false,
        image,
        image_id: status.image_ref.clone(),
        attempt,
        restart_count: restart_count(&status.annotations, attempt),
        state,
        created_at: ns_to_ts(status.created_at),
        health: None,
        ip: None,
        host_network: false,
        ports: declared_ports(&status.annotations),
        memory_limit_bytes,
        pod_labels: sandbox_labels.map(pod_labels).unwrap_or_default(),
    })
}

/// The init pid and the OCI `cgroupsPath` from verbose info (`info["info"]` JSON), to find the
/// container's memory cgroup.
pub fn cgroup_from_info(info: &HashMap<String, String>) -> (Option<u32>, Option<String>) {
    let Some(v) = info
        .get("info")
        .and_then(|raw| serde_json::from_str::<serde_json::Value>(raw).ok())
    else {
        return (None, None);
    };
    let pid = v
        .get("pid")
        .and_then(serde_json::Value::as_u64)
        .and_then(|p| u32::try_from(p).ok())
        .filter(|p| *p > 0);
    let path = v
        .pointer("/runtimeSpec/linux/cgroupsPath")
        .and_then(serde_json::Value::as_str)
        .filter(|p| !p.is_empty())
        .map(str::to_string);
    (pid, path)
}

/// The memory limit from verbose info (`info["info"]` JSON holding the OCI `runtimeSpec`), as
/// containerd and CRI-O both return it.
pub fn memory_limit_from_info(info: &HashMap<String, String>) -> Option<u64> {
    let raw = info.get("info")?;
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    v.pointer("/runtimeSpec/linux/resources/memory/limit")?
        .as_i64()
        .and_then(|m| u64::try_from(m).ok())
        .filter(|&m| m > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn kubelet_labels(container: Option<&str>) -> HashMap<String, String> {
        let mut l = labels(&[
            (LABEL_POD_NAME, "web-0"),
            (LABEL_POD_NAMESPACE, "default"),
            (LABEL_POD_UID, "u-1"),
        ]);
        if let Some(c) = container {
            l.insert(LABEL_CONTAINER_NAME.into(), c.into());
        }
        l
    }

    fn status(state: cri::ContainerState, reason: &str, exit_code: i32) -> cri::ContainerStatus {
        cri::ContainerStatus {
            id: "c1".into(),
            metadata: Some(cri::ContainerMetadata {
                name: "app".into(),
                attempt: 2,
            }),
            state: state as i32,
            created_at: 1_700_000_000_000_000_000,
            started_at: 1_700_000_001_500_000_000,
            finished_at: if state == cri::ContainerState::ContainerExited {
                1_700_000_002_000_000_000
            } else {
                0
            },
            exit_code,
            reason: reason.into(),
            image: Some(cri::ImageSpec {
                image: "docker.io/podpulse-test/busybox:1".into(),
                ..Default::default()
            }),
            image_ref: "sha256:abc".into(),
            labels: kubelet_labels(Some("app")),
            annotations: labels(&[
                (ANNOTATION_RESTART_COUNT, "5"),
                (
                    ANNOTATION_PORTS,
                    r#"[{"name":"http","containerPort":8080,"protocol":"TCP"}]"#,
                ),
            ]),
            ..Default::default()
        }
    }

    #[test]
    fn container_states_map_with_their_data() {
        struct Case {
            state: cri::ContainerState,
            reason: &'static str,
            exit: i32,
            want: RuntimeState,
        }
        let started = Some(1_700_000_001.5);
        let finished = Some(1_700_000_002.0);
        let cases = [
            Case {
                state: cri::ContainerState::ContainerCreated,
                reason: "",
                exit: 0,
                want: RuntimeState::Created,
            },
            Case {
                state: cri::ContainerState::ContainerRunning,
                reason: "",
                exit: 0,
                want: RuntimeState::Running {
                    started_at: started,
                },
            },
            Case {
                state: cri::ContainerState::ContainerExited,
                reason: "OOMKilled",
                exit: 137,
                want: RuntimeState::Exited {
                    exit_code: 137,
                    oom_killed: true,
                    reason: Some("OOMKilled".into()),
                    started_at: started,
                    finished_at: finished,
                },
            },
            Case {
                state: cri::ContainerState::ContainerExited,
                reason: "Error",
                exit: 1,
                want: RuntimeState::Exited {
                    exit_code: 1,
                    oom_killed: false,
                    reason: Some("Error".into()),
                    started_at: started,
                    finished_at: finished,
                },
            },
            Case {
                state: cri::ContainerState::ContainerExited,
                reason: "Completed",
                exit: 0,
                want: RuntimeState::Exited {
                    exit_code: 0,
                    oom_killed: false,
                    reason: Some("Completed".into()),
                    started_at: started,
                    finished_at: finished,
                },
            },
            Case {
                state: cri::ContainerState::ContainerUnknown,
                reason: "",
                exit: 0,
                want: RuntimeState::Unknown,
            },
        ];
        for c in cases {
            let got =
                container(&status(c.state, c.reason, c.exit), None, &HashMap::new()).expect("maps");
            assert_eq!(got.state, c.want, "{:?}", c.state);
        }
    }

    #[test]
    fn container_carries_kubelet_annotations_and_identity() {
        let sb = labels(&[
            (LABEL_POD_NAME, "web-0"),
            ("app", "web"),
            ("io.kubernetes.pod.uid", "u-1"),
        ]);
        let c = container(
            &status(cri::ContainerState::ContainerRunning, "", 0),
            Some(&sb),
            &HashMap::new(),
        )
        .expect("maps");
        assert_eq!(
            c.pod,
            PodRef {
                namespace: "default".into(),
                name: "web-0".into(),
                uid: "u-1".into()
            }
        );
        assert_eq!(c.name, "app");
        assert_eq!(c.kind, ContainerKind::App);
        assert_eq!(c.attempt, 2);
        assert_eq!(c.restart_count, 5);
        assert_eq!(c.image, "docker.io/podpulse-test/busybox:1");
        assert_eq!(c.image_id, "sha256:abc");
        assert_eq!(c.ports.len(), 1);
        assert_eq!(c.ports[0].container_port, 8080);
        assert_eq!(c.created_at, Some(1_700_000_000.0));
        assert_eq!(
            c.pod_labels,
            BTreeMap::from([("app".to_string(), "web".to_string())])
        );
    }

    #[test]
    fn missing_kubelet_labels_are_skips() {
        let cases: [(&[(&str, &str)], Skip); 3] = [
            (&[], Skip::MissingLabels(LABEL_POD_NAMESPACE)),
            (
                &[
                    (LABEL_POD_NAME, "p"),
                    (LABEL_POD_NAMESPACE, "ns"),
                    (LABEL_POD_UID, ""),
                ],
                Skip::MissingLabels(LABEL_POD_UID),
            ),
            (
                &[
                    (LABEL_POD_NAME, "p"),
                    (LABEL_POD_NAMESPACE, "ns"),
                    (LABEL_POD_UID, "u"),
                ],
                Skip::MissingLabels(LABEL_CONTAINER_NAME),
            ),
        ];
        for (l, want) in cases {
            let mut st = status(cri::ContainerState::ContainerRunning, "", 0);
            st.labels = labels(l);
            assert_eq!(container(&st, None, &HashMap::new()), Err(want));
        }
    }

    #[test]
    fn restart_count_falls_back_to_attempt_and_bad_values() {
        let cases = [
            (labels(&[(ANNOTATION_RESTART_COUNT, "3")]), 1, 3),
            (labels(&[(ANNOTATION_RESTART_COUNT, "x")]), 1, 1),
            (labels(&[(ANNOTATION_RESTART_COUNT, "-1")]), 4, 4),
            (labels(&[]), 7, 7),
        ];
        for (a, attempt, want) in cases {
            assert_eq!(restart_count(&a, attempt), want, "{a:?}");
        }
    }

    #[test]
    fn bad_ports_annotation_gives_no_ports() {
        for raw in ["", "{", "[{\"containerPort\":99999}]", "null"] {
            assert!(declared_ports(&labels(&[(ANNOTATION_PORTS, raw)])).is_empty());
        }
    }

    #[test]
    fn memory_limit_from_resources_or_verbose_info() {
        let mut st = status(cri::ContainerState::ContainerRunning, "", 0);
        let info = labels(&[(
            "info",
            r#"{"pid":1,"runtimeSpec":{"linux":{"resources":{"memory":{"limit":16777216}}}}}"#,
        )]);
        let c = container(&st, None, &info).expect("maps");
        assert_eq!(c.memory_limit_bytes, Some(16 << 20));
        st.resources = Some(cri::ContainerResources {
            linux: Some(cri::LinuxContainerResources {
                memory_limit_in_bytes: 32 << 20,
                ..Default::default()
            }),
            windows: None,
        });
        let c = container(&st, None, &info).expect("maps");
        assert_eq!(c.memory_limit_bytes, Some(32 << 20));
        assert_eq!(
            memory_limit_from_info(&labels(&[("info", "not json")])),
            None
        );
        assert_eq!(memory_limit_from_info(&HashMap::new()), None);
    }

    #[test]
    fn sandbox_maps_ip_host_network_and_state() {
        let mk = |network: i32, ip: &str, state: cri::PodSandboxState| cri::PodSandboxStatus {
            id: "s1".into(),
            metadata: Some(cri::PodSandboxMetadata {
                name: "web-0".into(),
                uid: "u-1".into(),
                namespace: "default".into(),
                attempt: 1,
            }),
            state: state as i32,
            created_at: 1_000_000_000,
            network: Some(cri::PodSandboxNetworkStatus {
                ip: ip.into(),
                additional_ips: vec![],
            }),
            linux: Some(cri::LinuxPodSandboxStatus {
                namespaces: Some(cri::Namespace {
                    options: Some(cri::NamespaceOption {
                        network,
                        ..Default::default()
                    }),
                }),
            }),
            labels: kubelet_labels(None),
            ..Default::default()
        };
        let s = sandbox(&mk(
            cri::NamespaceMode::Pod as i32,
            "10.233.77.2",
            cri::PodSandboxState::SandboxReady,
        ))
        .expect("maps");
        assert_eq!(s.name, "POD");
        assert_eq!(s.kind, ContainerKind::Sandbox);
        assert_eq!(s.ip, "10.233.77.2".parse().ok());
        assert!(!s.host_network);
        assert_eq!(s.attempt, 1);
        assert_eq!(
            s.state,
            RuntimeState::Running {
                started_at: Some(1.0)
            }
        );
        let s = sandbox(&mk(
            cri::NamespaceMode::Node as i32,
            "",
            cri::PodSandboxState::SandboxNotready,
        ))
        .expect("maps");
        assert!(s.host_network);
        assert_eq!(s.ip, None);
        assert!(matches!(s.state, RuntimeState::Exited { .. }));
        let mut bad = mk(0, "garbage", cri::PodSandboxState::SandboxReady);
        assert_eq!(sandbox(&bad).expect("maps").ip, None);
        bad.labels.clear();
        assert!(matches!(sandbox(&bad), Err(Skip::MissingLabels(_))));
    }

    #[test]
    fn pod_labels_are_bounded_and_exclude_kubelet_keys() {
        let mut l = kubelet_labels(None);
        l.insert("big".into(), "x".repeat(MAX_LABEL_VALUE_LEN + 1));
        for i in 0..100 {
            l.insert(format!("k{i:03}"), "v".into());
        }
        let got = pod_labels(&l);
        assert_eq!(got.len(), MAX_POD_LABELS);
        assert!(!got.contains_key("big"));
        assert!(got.keys().all(|k| !k.starts_with("io.kubernetes.")));
    }
}
