//! kubectl's own printer tests (TestPrintPod, TestPrintPodWithRestartableInitContainer,
//! TestPrintPodwide, TestPrintPodConditions, TestPrintPodList, TestPrintNonTerminatedPod),
//! translated case by case onto our types, plus the branches they leave uncovered
//! (`Init:Signal`, `Init:ExitCode`, `Signal:N`, `ExitCode:N`, NodeLost).

use super::*;
use crate::health::time::format_rfc3339;
use crate::pods::types::{
    ContainerSpec, ContainerState, ContainerStateRunning, ContainerStateTerminated,
    ContainerStateWaiting, ContainerStatus, ObjectMeta, Pod, PodCondition, PodIp, PodSpec,
    PodStatus, ReadinessGate,
};

const NOW: f64 = 1_700_000_000.0;

fn ago(secs: f64) -> Option<String> {
    Some(format_rfc3339(NOW - secs))
}

fn running() -> Option<ContainerState> {
    Some(ContainerState {
        running: Some(ContainerStateRunning::default()),
        ..Default::default()
    })
}

fn waiting(reason: &str) -> Option<ContainerState> {
    Some(ContainerState {
        waiting: Some(ContainerStateWaiting {
            reason: (!reason.is_empty()).then(|| reason.to_string()),
            message: None,
        }),
        ..Default::default()
    })
}

fn terminated(reason: &str, exit_code: i32, signal: i32) -> Option<ContainerState> {
    Some(ContainerState {
        terminated: Some(ContainerStateTerminated {
            reason: (!reason.is_empty()).then(|| reason.to_string()),
            exit_code,
            signal: (signal != 0).then_some(signal),
            ..Default::default()
        }),
        ..Default::default()
    })
}

fn finished(secs_ago: f64) -> Option<ContainerState> {
    Some(ContainerState {
        terminated: Some(ContainerStateTerminated {
            finished_at: ago(secs_ago),
            ..Default::default()
        }),
        ..Default::default()
    })
}

fn cs(ready: bool, restarts: i32, state: Option<ContainerState>) -> ContainerStatus {
    ContainerStatus {
        ready,
        restart_count: restarts,
        state,
        ..Default::default()
    }
}

fn with_last(mut c: ContainerStatus, last: Option<ContainerState>) -> ContainerStatus {
    c.last_state = last;
    c
}

fn named(mut c: ContainerStatus, name: &str, started: Option<bool>) -> ContainerStatus {
    c.name = name.to_string();
    c.started = started;
    c
}

fn cond(type_: &str, status: &str) -> PodCondition {
    PodCondition {
        type_: type_.into(),
        status: status.into(),
        ..Default::default()
    }
}

fn containers(n: usize) -> Vec<ContainerSpec> {
    vec![ContainerSpec::default(); n]
}

fn sidecar(name: &str) -> ContainerSpec {
    ContainerSpec {
        name: name.into(),
        restart_policy: Some("Always".into()),
        ..Default::default()
    }
}

struct PodB(Pod);

impl PodB {
    fn new(name: &str, n: usize) -> Self {
        PodB(Pod {
            metadata: ObjectMeta {
                name: Some(name.into()),
                ..Default::default()
            },
            spec: PodSpec {
                containers: containers(n),
                ..Default::default()
            },
            status: PodStatus::default(),
            ..Default::default()
        })
    }
    fn phase(mut self, p: &str) -> Self {
        self.0.status.phase = Some(p.into());
        self
    }
    fn reason(mut self, r: &str) -> Self {
        self.0.status.reason = Some(r.into());
        self
    }
    fn init(mut self, specs: Vec<ContainerSpec>) -> Self {
        self.0.spec.init_containers = specs;
        self
    }
    fn init_status(mut self, s: Vec<ContainerStatus>) -> Self {
        self.0.status.init_container_statuses = s;
        self
    }
    fn status(mut self, s: Vec<ContainerStatus>) -> Self {
        self.0.status.container_statuses = s;
        self
    }
    fn conditions(mut self, c: Vec<PodCondition>) -> Self {
        self.0.status.conditions = c;
        self
    }
    fn deleted(mut self) -> Self {
        self.0.metadata.deletion_timestamp = ago(10.0);
        self
    }
}

/// (pod, READY, STATUS, RESTARTS)
fn check(cases: Vec<(PodB, &str, &str, &str)>) {
    for (i, (pod, ready, status, restarts)) in cases.into_iter().enumerate() {
        let p = print_pod(&pod.0);
        let name = pod.0.metadata.name.clone().unwrap_or_default();
        assert_eq!(
            (
                p.ready_cell().as_str(),
                p.status.as_str(),
                p.restarts_cell(NOW).as_str()
            ),
            (ready, status, restarts),
            "case {i} ({name})"
        );
        // The same pod saved as JSON and fed to `explain` prints the same row: the whole
        // classifier keeps kubectl's answer when the kubelet's status is all there is.
        if !status.is_empty() {
            let json = serde_json::to_vec(&pod.0).unwrap_or_default();
            let out = crate::explain::explain_bytes(
                "case.json",
                &json,
                NOW,
                &crate::health::ClassifyConfig::default(),
            );
            let errors: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "case {i} ({name}): {errors:?}");
            let h = &out.pods[0].health;
            assert_eq!(
                (
                    format!("{}/{}", h.ready, h.total),
                    h.status.as_str(),
                    format_restarts(h.restarts, h.last_restart_at, NOW)
                ),
                (ready.to_string(), status, restarts.to_string()),
                "explain, case {i} ({name})"
            );
        }
    }
}

#[test]
fn test_print_pod() {
    check(vec![
        // Test name, num of containers, restarts, container ready status
        (
            PodB::new("test1", 2)
                .phase("podPhase")
                .status(vec![cs(true, 3, running()), cs(false, 3, None)]),
            "1/2",
            "podPhase",
            "6",
        ),
        // Test container error overwrites pod phase
        (
            PodB::new("test2", 2).phase("podPhase").status(vec![
                cs(true, 3, running()),
                cs(false, 3, waiting("ContainerWaitingReason")),
            ]),
            "1/2",
            "ContainerWaitingReason",
            "6",
        ),
        // Terminated state, and the first container overwrites the rest
        (
            PodB::new("test3", 2).phase("podPhase").status(vec![
                cs(false, 3, waiting("ContainerWaitingReason")),
                cs(false, 3, terminated("ContainerTerminatedReason", 0, 0)),
            ]),
            "0/2",
            "ContainerWaitingReason",
            "6",
        ),
        // Ready is not enough for reporting running
        (
            PodB::new("test4", 2)
                .phase("podPhase")
                .status(vec![cs(true, 3, running()), cs(true, 3, None)]),
            "1/2",
            "podPhase",
            "6",
        ),
        (
            PodB::new("test5", 2)
                .phase("podPhase")
                .reason("podReason")
                .status(vec![cs(true, 3, running()), cs(true, 3, None)]),
            "1/2",
            "podReason",
            "6",
        ),
        // one running, one completed, w/o ready condition
        (
            PodB::new("test6", 2).phase("Running").status(vec![
                cs(true, 3, terminated("Completed", 0, 0)),
                cs(true, 3, running()),
            ]),
            "1/2",
            "NotReady",
            "6",
        ),
        // ... with ready condition
        (
            PodB::new("test6", 2)
                .phase("Running")
                .status(vec![
                    cs(true, 3, terminated("Completed", 0, 0)),
                    cs(true, 3, running()),
                ])
                .conditions(vec![cond("Ready", "True")]),
            "1/2",
            "Running",
            "6",
        ),
        // 1 init container restarting and 1 container not running
        (
            PodB::new("test7", 1)
                .init(containers(1))
                .phase("podPhase")
                .init_status(vec![with_last(cs(false, 3, running()), finished(10.0))])
                .status(vec![cs(false, 0, waiting(""))]),
            "0/1",
            "Init:0/1",
            "3 (10s ago)",
        ),
        // 2 init containers, one restarting and the other not running
        (
            PodB::new("test8", 1)
                .init(containers(2))
                .phase("podPhase")
                .init_status(vec![
                    with_last(cs(false, 3, running()), finished(10.0)),
                    cs(false, 0, waiting("")),
                ])
                .status(vec![cs(false, 0, waiting(""))]),
            "0/1",
            "Init:0/2",
            "3 (10s ago)",
        ),
        // 2 init containers, one completed without restarts and the other restarting
        (
            PodB::new("test9", 1)
                .init(containers(2))
                .phase("podPhase")
                .init_status(vec![
                    cs(false, 0, terminated("", 0, 0)),
                    with_last(cs(false, 3, running()), finished(10.0)),
                ])
                .status(vec![cs(false, 0, waiting(""))]),
            "0/1",
            "Init:1/2",
            "3 (10s ago)",
        ),
        // 2 init containers, one completed with restarts and the other restarting
        (
            PodB::new("test10", 1)
                .init(containers(2))
                .phase("podPhase")
                .init_status(vec![
                    with_last(cs(false, 2, terminated("", 0, 0)), finished(120.0)),
                    with_last(cs(false, 3, running()), finished(10.0)),
                ])
                .status(vec![cs(false, 0, waiting(""))]),
            "0/1",
            "Init:1/2",
            "5 (10s ago)",
        ),
        // 1 init container completed with restarts and one container restarting
        (
            PodB::new("test11", 1)
                .init(containers(1))
                .phase("Running")
                .init_status(vec![with_last(
                    cs(false, 2, terminated("", 0, 0)),
                    finished(120.0),
                )])
                .status(vec![with_last(cs(false, 4, running()), finished(20.0))]),
            "0/1",
            "Running",
            "4 (20s ago)",
        ),
        // 1 container that restarted 5d ago
        (
            PodB::new("test12", 1)
                .phase("Running")
                .status(vec![with_last(
                    cs(true, 3, running()),
                    finished(5.0 * 86400.0),
                )]),
            "1/1",
            "Running",
            "3 (5d ago)",
        ),
        // one never restarted, the other restarted 10d ago
        (
            PodB::new("test13", 2).phase("Running").status(vec![
                cs(true, 0, running()),
                with_last(cs(true, 3, running()), finished(10.0 * 86400.0)),
            ]),
            "2/2",
            "Running",
            "3 (10d ago)",
        ),
        // one restarted 5d ago and the other 20d ago
        (
            PodB::new("test14", 2).phase("Running").status(vec![
                with_last(cs(true, 6, running()), finished(5.0 * 86400.0)),
                with_last(cs(true, 3, running()), finished(20.0 * 86400.0)),
            ]),
            "2/2",
            "Running",
            "9 (5d ago)",
        ),
        // PodScheduled condition with reason SchedulingGated
        (
            PodB::new("test15", 2)
                .phase("podPhase")
                .conditions(vec![PodCondition {
                    type_: "PodScheduled".into(),
                    status: "False".into(),
                    reason: Some("SchedulingGated".into()),
                    ..Default::default()
                }]),
            "0/2",
            "SchedulingGated",
            "0",
        ),
        // pod condition succeed
        (
            PodB::new("test16", 1).phase("Succeeded").status(vec![cs(
                false,
                0,
                terminated("Completed", 0, 0),
            )]),
            "0/1",
            "Completed",
            "0",
        ),
        // pod condition failed
        (
            PodB::new("test17", 1).phase("Failed").status(vec![cs(
                false,
                0,
                terminated("Error", 1, 0),
            )]),
            "0/1",
            "Error",
            "0",
        ),
        // succeeded with deletion
        (
            PodB::new("test18", 1)
                .deleted()
                .phase("Succeeded")
                .status(vec![cs(false, 0, terminated("Completed", 0, 0))]),
            "0/1",
            "Completed",
            "0",
        ),
        // running with deletion
        (
            PodB::new("test19", 1)
                .deleted()
                .phase("Running")
                .status(vec![cs(false, 0, running())]),
            "0/1",
            "Terminating",
            "0",
        ),
        // pending with deletion
        (
            PodB::new("test20", 1).deleted().phase("Pending"),
            "0/1",
            "Terminating",
            "0",
        ),
    ]);
}

#[test]
fn test_print_pod_with_restartable_init_container() {
    let two_sidecars = || vec![sidecar("restartable-init-1"), sidecar("restartable-init-2")];
    check(vec![
        // 2 restartable init containers, the first one running but not started
        (
            PodB::new("test1", 1)
                .init(two_sidecars())
                .phase("Pending")
                .init_status(vec![
                    named(
                        with_last(cs(false, 3, running()), finished(10.0)),
                        "restartable-init-1",
                        Some(false),
                    ),
                    named(cs(false, 0, waiting("")), "restartable-init-2", Some(false)),
                ])
                .status(vec![cs(false, 0, waiting(""))])
                .conditions(vec![cond("Initialized", "False")]),
            "0/3",
            "Init:0/2",
            "3 (10s ago)",
        ),
        // the first one started and the second one running but not started
        (
            PodB::new("test1", 1)
                .init(two_sidecars())
                .phase("Pending")
                .init_status(vec![
                    named(
                        with_last(cs(false, 3, running()), finished(10.0)),
                        "restartable-init-1",
                        Some(true),
                    ),
                    named(cs(false, 0, running()), "restartable-init-2", Some(false)),
                ])
                .status(vec![cs(false, 0, waiting(""))])
                .conditions(vec![cond("Initialized", "False")]),
            "0/3",
            "Init:1/2",
            "3 (10s ago)",
        ),
        // 2 restartable init containers started and 1 container running
        (
            PodB::new("test2", 1)
                .init(two_sidecars())
                .phase("Running")
                .init_status(vec![
                    named(
                        with_last(cs(false, 3, running()), finished(10.0)),
                        "restartable-init-1",
                        Some(true),
                    ),
                    named(cs(false, 0, running()), "restartable-init-2", Some(true)),
                ])
                .status(vec![with_last(cs(true, 4, running()), finished(20.0))])
                .conditions(vec![cond("Initialized", "True")]),
            "1/3",
            "Running",
            "7 (10s ago)",
        ),
        // 2 restartable init containers completed with non-zero and 1 container completed
        (
            PodB::new("test3", 1)
                .init(two_sidecars())
                .phase("Succeeded")
                .init_status(vec![
                    named(
                        with_last(cs(false, 3, terminated("Error", 137, 0)), finished(10.0)),
                        "restartable-init-1",
                        Some(false),
                    ),
                    named(
                        cs(false, 0, terminated("Error", 137, 0)),
                        "restartable-init-2",
                        Some(false),
                    ),
                ])
                .status(vec![with_last(
                    cs(false, 4, terminated("Completed", 0, 0)),
                    finished(20.0),
                )])
                .conditions(vec![cond("Initialized", "True")]),
            "0/3",
            "Completed",
            "7 (10s ago)",
        ),
        // container statuses for non-existent initContainers and containers
        (
            {
                let mut p = PodB::new("test4", 0)
                    .init(vec![
                        ContainerSpec {
                            name: "init1".into(),
                            image: Some("initimage".into()),
                            ..Default::default()
                        },
                        ContainerSpec {
                            image: Some("sidecarimage".into()),
                            ..sidecar("sidecar1")
                        },
                    ])
                    .phase("Running")
                    .init_status(vec![
                        named(cs(false, 0, None), "initinvalid", None),
                        named(cs(false, 0, None), "init1", None),
                        named(cs(false, 0, None), "sidecar1", None),
                    ])
                    .status(vec![
                        named(cs(false, 0, None), "containerinvalid", None),
                        named(cs(false, 0, None), "container1", None),
                    ]);
                p.0.spec.containers = vec![ContainerSpec {
                    name: "container1".into(),
                    image: Some("containerimage".into()),
                    ..Default::default()
                }];
                p
            },
            "0/2",
            "Init:0/2",
            "0",
        ),
    ]);
}

#[test]
fn test_print_pod_wide() {
    let gates = vec![
        ReadinessGate {
            condition_type: Some("condition1".into()),
        },
        ReadinessGate {
            condition_type: Some("condition2".into()),
        },
        ReadinessGate {
            condition_type: Some("condition3".into()),
        },
    ];
    let conds = vec![cond("condition1", "False"), cond("condition2", "True")];
    let mut p1 = PodB::new("test1", 2)
        .phase("podPhase")
        .status(vec![cs(true, 3, running()), cs(false, 3, None)])
        .conditions(conds.clone());
    p1.0.spec.node_name = Some("test1".into());
    p1.0.spec.readiness_gates = gates.clone();
    p1.0.status.pod_ips = vec![PodIp {
        ip: "1.1.1.1".into(),
    }];
    p1.0.status.nominated_node_name = Some("node1".into());
    let mut p2 = p1.0.clone();
    p2.status.pod_ips = vec![
        PodIp {
            ip: "1.1.1.1".into(),
        },
        PodIp {
            ip: "2001:db8::".into(),
        },
    ];
    let p3 = PodB::new("test2", 2).phase("podPhase").status(vec![
        cs(true, 3, running()),
        cs(false, 3, waiting("ContainerWaitingReason")),
    ]);
    let cases = [
        (
            p1.0,
            ["1/2", "podPhase", "6", "1.1.1.1", "test1", "node1", "1/3"],
        ),
        (
            p2,
            ["1/2", "podPhase", "6", "1.1.1.1", "test1", "node1", "1/3"],
        ),
        (
            p3.0,
            [
                "1/2",
                "ContainerWaitingReason",
                "6",
                "<none>",
                "<none>",
                "<none>",
                "<none>",
            ],
        ),
    ];
    for (i, (pod, want)) in cases.iter().enumerate() {
        let p = print_pod(pod);
        let got = [
            p.ready_cell(),
            p.status.clone(),
            p.restarts_cell(NOW),
            p.ip.clone(),
            p.node.clone(),
            p.nominated_node.clone(),
            p.readiness_gates.clone(),
        ];
        assert_eq!(got.map(|s| s), want.map(String::from), "case {i}");
    }
}

#[test]
fn test_print_pod_conditions_list_and_non_terminated() {
    let two = || vec![cs(true, 3, running()), cs(false, 3, None)];
    check(vec![
        // TestPrintPodConditions
        (
            PodB::new("test1", 2).phase("Running").status(two()),
            "1/2",
            "Running",
            "6",
        ),
        (
            PodB::new("test1", 2).phase("Succeeded").status(two()),
            "1/2",
            "Succeeded",
            "6",
        ),
        (
            PodB::new("test2", 2).phase("Failed").status(two()),
            "1/2",
            "Failed",
            "6",
        ),
        // TestPrintPodList
        (
            PodB::new("test1", 2)
                .phase("podPhase")
                .status(vec![cs(true, 3, running()), cs(true, 3, running())]),
            "2/2",
            "podPhase",
            "6",
        ),
        (
            PodB::new("test2", 1)
                .phase("podPhase")
                .status(vec![cs(true, 1, running())]),
            "1/1",
            "podPhase",
            "1",
        ),
        // TestPrintNonTerminatedPod
        (
            PodB::new("test1", 2).phase("Running").status(two()),
            "1/2",
            "Running",
            "6",
        ),
        (
            PodB::new("test2", 2).phase("Pending").status(two()),
            "1/2",
            "Pending",
            "6",
        ),
        (
            PodB::new("test3", 2).phase("Unknown").status(two()),
            "1/2",
            "Unknown",
            "6",
        ),
        (
            PodB::new("test4", 2).phase("Succeeded").status(two()),
            "1/2",
            "Succeeded",
            "6",
        ),
        (
            PodB::new("test5", 2)
                .phase("Failed")
                .status(vec![cs(true, 3, running()), cs(true, 3, None)]),
            "1/2",
            "Failed",
            "6",
        ),
    ]);
}

/// Branches of printPod that kubectl's tests do not reach.
#[test]
fn uncovered_branches() {
    check(vec![
        (
            PodB::new("init-signal", 1)
                .init(containers(1))
                .phase("Pending")
                .init_status(vec![cs(false, 0, terminated("", 137, 9))]),
            "0/1",
            "Init:Signal:9",
            "0",
        ),
        (
            PodB::new("init-exit", 1)
                .init(containers(1))
                .phase("Pending")
                .init_status(vec![cs(false, 0, terminated("", 2, 0))]),
            "0/1",
            "Init:ExitCode:2",
            "0",
        ),
        (
            PodB::new("init-reason", 1)
                .init(containers(1))
                .phase("Pending")
                .init_status(vec![cs(false, 2, terminated("Error", 1, 0))]),
            "0/1",
            "Init:Error",
            "2",
        ),
        (
            PodB::new("init-crash", 1)
                .init(containers(2))
                .phase("Pending")
                .init_status(vec![
                    cs(false, 0, terminated("Completed", 0, 0)),
                    cs(false, 4, waiting("CrashLoopBackOff")),
                ]),
            "0/1",
            "Init:CrashLoopBackOff",
            "4",
        ),
        (
            PodB::new("init-podinitializing", 1)
                .init(containers(1))
                .phase("Pending")
                .init_status(vec![cs(false, 0, waiting("PodInitializing"))]),
            "0/1",
            "Init:0/1",
            "0",
        ),
        (
            PodB::new("signal", 1).phase("Running").status(vec![cs(
                false,
                0,
                terminated("", 137, 9),
            )]),
            "0/1",
            "Signal:9",
            "0",
        ),
        (
            PodB::new("exitcode", 1).phase("Running").status(vec![cs(
                false,
                0,
                terminated("", 3, 0),
            )]),
            "0/1",
            "ExitCode:3",
            "0",
        ),
        (
            PodB::new("nodelost", 1)
                .deleted()
                .phase("Running")
                .reason("NodeLost")
                .status(vec![cs(true, 0, running())]),
            "1/1",
            "Unknown",
            "0",
        ),
        (
            PodB::new("nodelost-not-deleted", 1)
                .phase("Running")
                .reason("NodeLost")
                .status(vec![cs(true, 0, running())]),
            "1/1",
            "NodeLost",
            "0",
        ),
        (
            PodB::new("failed-deleted", 1)
                .deleted()
                .phase("Failed")
                .reason("Evicted"),
            "0/1",
            "Evicted",
            "0",
        ),
        (
            PodB::new("oom", 1).phase("Running").status(vec![with_last(
                cs(false, 5, waiting("CrashLoopBackOff")),
                Some(ContainerState {
                    terminated: Some(ContainerStateTerminated {
                        reason: Some("OOMKilled".into()),
                        exit_code: 137,
                        finished_at: ago(30.0),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
            )]),
            "0/1",
            "CrashLoopBackOff",
            "5 (30s ago)",
        ),
        (PodB::new("empty", 1), "0/1", "", "0"),
    ]);
}
