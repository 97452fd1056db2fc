//! Table tests of `classify` across both paths: the kubelet's status refined by the node, and a
//! status derived from runtime + spec + journal. Every state of the seed is reached here.

use std::collections::{BTreeMap, HashSet};

use super::diagnosis::Reason;
use super::time::format_rfc3339;
use super::*;
use crate::model::{ContainerId, ContainerKind, RuntimeState};
use crate::pods::types::{
    ContainerSpec, ContainerState, ContainerStateRunning, ContainerStatus, PodSecurityContext,
    PodSpec, Quantity, ResourceList, Resources, Sysctl,
};

const NOW: f64 = 1_700_000_000.0;

fn pref() -> PodRef {
    PodRef {
        namespace: "default".into(),
        name: "web".into(),
        uid: "uid-1".into(),
    }
}

fn ctr(name: &str, attempt: u32, state: RuntimeState) -> Container {
    Container {
        id: ContainerId(format!("{name}-{attempt}")),
        pod: pref(),
        name: name.into(),
        kind: ContainerKind::App,
        plain: false,
        image: "podpulse-test/busybox:1".into(),
        image_id: String::new(),
        attempt,
        restart_count: attempt,
        state,
        created_at: Some(NOW - 100.0 + f64::from(attempt)),
        health: None,
        ip: None,
        host_network: false,
        ports: vec![],
        memory_limit_bytes: None,
        pod_labels: BTreeMap::new(),
    }
}

fn sandbox(up: bool) -> Container {
    let mut c = ctr(
        "POD",
        0,
        if up {
            RuntimeState::Running {
                started_at: Some(NOW - 200.0),
            }
        } else {
            RuntimeState::Exited {
                exit_code: 0,
                oom_killed: false,
                reason: None,
                started_at: None,
                finished_at: None,
            }
        },
    );
    c.kind = ContainerKind::Sandbox;
    c.created_at = Some(NOW - 200.0);
    c.ip = Some("10.1.2.3".parse().expect("literal ip"));
    c
}

fn run() -> RuntimeState {
    RuntimeState::Running {
        started_at: Some(NOW - 50.0),
    }
}

fn exited(code: i64, oom: bool, ago: f64) -> RuntimeState {
    RuntimeState::Exited {
        exit_code: code,
        oom_killed: oom,
        reason: None,
        started_at: Some(NOW - ago - 5.0),
        finished_at: Some(NOW - ago),
    }
}

fn spec(policy: &str) -> Pod {
    let mut p = Pod::default();
    p.metadata.name = Some("web".into());
    p.metadata.namespace = Some("default".into());
    p.metadata.uid = Some("uid-1".into());
    p.metadata.creation_timestamp = Some(format_rfc3339(NOW - 300.0));
    p.spec = PodSpec {
        containers: vec![ContainerSpec {
            name: "app".into(),
            image: Some("podpulse-test/busybox:1".into()),
            ..Default::default()
        }],
        restart_policy: Some(policy.into()),
        ..Default::default()
    };
    p
}

struct Case {
    name: &'static str,
    spec: Option<Pod>,
    containers: Vec<Container>,
    runtime_up: bool,
    journal: Vec<JournalEvidence>,
    images: Option<HashSet<String>>,
    config: ClassifyConfig,
    status: &'static str,
    phase: Phase,
    ready: &'static str,
    restarts: u32,
    reason: Reason,
}

fn case(name: &'static str, spec: Option<Pod>, containers: Vec<Container>) -> Case {
    Case {
        name,
        spec,
        containers,
        runtime_up: true,
        journal: vec![],
        images: None,
        config: ClassifyConfig::default(),
        status: "",
        phase: Phase::Unknown,
        ready: "",
        restarts: 0,
        reason: Reason::Unknown,
    }
}

impl Case {
    fn want(
        mut self,
        status: &'static str,
        phase: Phase,
        ready: &'static str,
        restarts: u32,
        reason: Reason,
    ) -> Self {
        self.status = status;
        self.phase = phase;
        self.ready = ready;
        self.restarts = restarts;
        self.reason = reason;
        self
    }
}

fn journal(reason: &str, msg: &str) -> JournalEvidence {
    JournalEvidence {
        reason: reason.into(),
        container: Some("app".into()),
        message: msg.into(),
        timestamp: NOW - 10.0,
    }
}

fn classify_case(c: &Case) -> PodHealth {
    let pod = pref();
    classify(&PodInput {
        pod: &pod,
        spec: c.spec.as_ref(),
        containers: &c.containers,
        runtime_up: c.runtime_up,
        journal: &c.journal,
        probes: &[],
        images_present: c.images.as_ref(),
        now: NOW,
        config: &c.config,
    })
}

fn kubelet_running(id: &str, restarts: i32) -> Pod {
    let mut p = spec("Always");
    p.status.phase = Some("Running".into());
    p.status.container_statuses = vec![ContainerStatus {
        name: "app".into(),
        ready: true,
        started: Some(true),
        restart_count: restarts,
        container_id: Some(format!("docker://{id}")),
        state: Some(ContainerState {
            running: Some(ContainerStateRunning {
                started_at: Some(format_rfc3339(NOW - 60.0)),
            }),
            ..Default::default()
        }),
        ..Default::default()
    }];
    p.status.conditions = vec![crate::pods::types::PodCondition {
        type_: "Ready".into(),
        status: "True".into(),
        ..Default::default()
    }];
    p
}

#[test]
fn classify_table() {
    let never_image = {
        let mut p = spec("Always");
        p.spec.containers[0].image = Some("example.com/missing:2".into());
        p.spec.containers[0].image_pull_policy = Some("Never".into());
        p
    };
    let latest = {
        let mut p = spec("Always");
        p.spec.containers[0].image = Some("busybox".into());
        p.spec.containers[0].image_pull_policy = None;
        p
    };
    let sysctl_pod = {
        let mut p = spec("Always");
        p.spec.security_context = Some(PodSecurityContext {
            sysctls: vec![Sysctl {
                name: "kernel.msgmax".into(),
                value: "65536".into(),
            }],
        });
        p
    };
    let oom_pod = {
        let mut p = spec("Always");
        p.spec.containers[0].resources = Some(Resources {
            limits: ResourceList {
                memory: Some(Quantity::Str("16Mi".into())),
                ..Default::default()
            },
            ..Default::default()
        });
        p
    };
    let deleting = {
        let mut p = spec("Always");
        p.metadata.deletion_timestamp = Some(format_rfc3339(NOW + 20.0));
        p
    };
    let with_init = {
        let mut p = spec("Always");
        p.spec.init_containers = vec![ContainerSpec {
            name: "init".into(),
            image: Some("podpulse-test/busybox:1".into()),
            ..Default::default()
        }];
        p
    };
    let images: HashSet<String> = ["podpulse-test/busybox:1".to_string()].into();
    let allow = ClassifyConfig {
        allowed_unsafe_sysctls: vec!["kernel.msg*".into()],
        ..ClassifyConfig::default()
    };
    let plain = |state: RuntimeState, restarts: u32| {
        let mut c = ctr("nginx", 0, state);
        c.plain = true;
        c.restart_count = restarts;
        c
    };

    use Phase::*;
    let cases = vec![
        case(
            "spec, nothing on the node yet",
            Some(spec("Always")),
            vec![],
        )
        .want("Pending", Pending, "0/1", 0, Reason::Pending),
        case(
            "sandbox up, app not created",
            Some(spec("Always")),
            vec![sandbox(true)],
        )
        .want(
            "ContainerCreating",
            Pending,
            "0/1",
            0,
            Reason::ContainerCreating,
        ),
        case(
            "running",
            Some(spec("Always")),
            vec![sandbox(true), ctr("app", 0, run())],
        )
        .want("Running", Running, "1/1", 0, Reason::Healthy),
        case(
            "runtime only, no spec",
            None,
            vec![sandbox(true), ctr("app", 0, run())],
        )
        .want("Running", Running, "1/1", 0, Reason::Healthy),
        case(
            "first crash under Always",
            Some(spec("Always")),
            vec![sandbox(true), ctr("app", 0, exited(1, false, 2.0))],
        )
        .want("Error", Running, "0/1", 0, Reason::Error),
        case(
            "repeated crash: back-off",
            Some(spec("Always")),
            vec![
                sandbox(true),
                ctr("app", 0, exited(1, false, 30.0)),
                ctr("app", 1, exited(1, false, 2.0)),
            ],
        )
        .want(
            "CrashLoopBackOff",
            Running,
            "0/1",
            1,
            Reason::CrashLoopBackOff,
        ),
        case(
            "last exit OOM",
            Some(oom_pod.clone()),
            vec![sandbox(true), ctr("app", 0, exited(137, true, 2.0))],
        )
        .want("OOMKilled", Running, "0/1", 0, Reason::OOMKilled),
        case(
            "OOM loop: kubectl says CrashLoopBackOff, diagnosis says OOM",
            Some(oom_pod),
            vec![
                sandbox(true),
                ctr("app", 0, exited(137, true, 30.0)),
                ctr("app", 1, exited(137, true, 2.0)),
            ],
        )
        .want("CrashLoopBackOff", Running, "0/1", 1, Reason::OOMKilled),
        case(
            "exit 0 under OnFailure",
            Some(spec("OnFailure")),
            vec![sandbox(true), ctr("app", 0, exited(0, false, 2.0))],
        )
        .want("Completed", Succeeded, "0/1", 0, Reason::Completed),
        case(
            "exit 0 under Never",
            Some(spec("Never")),
            vec![sandbox(true), ctr("app", 0, exited(0, false, 2.0))],
        )
        .want("Completed", Succeeded, "0/1", 0, Reason::Completed),
        case(
            "exit 1 under Never",
            Some(spec("Never")),
            vec![sandbox(true), ctr("app", 0, exited(1, false, 2.0))],
        )
        .want("Error", Failed, "0/1", 0, Reason::Error),
        Case {
            images: Some(images.clone()),
            ..case(
                "image absent, pull policy Never",
                Some(never_image),
                vec![sandbox(true)],
            )
        }
        .want(
            "ErrImageNeverPull",
            Pending,
            "0/1",
            0,
            Reason::ErrImageNeverPull,
        ),
        Case {
            images: Some(images.clone()),
            ..case(
                ":latest means Always, no verdict",
                Some(latest),
                vec![sandbox(true)],
            )
        }
        .want(
            "ContainerCreating",
            Pending,
            "0/1",
            0,
            Reason::ContainerCreating,
        ),
        case("forbidden sysctl", Some(sysctl_pod.clone()), vec![]).want(
            "SysctlForbidden",
            Failed,
            "0/1",
            0,
            Reason::SysctlForbidden,
        ),
        Case {
            config: allow,
            ..case(
                "sysctl allowed by pattern",
                Some(sysctl_pod),
                vec![sandbox(true), ctr("app", 0, run())],
            )
        }
        .want("Running", Running, "1/1", 0, Reason::Healthy),
        Case {
            runtime_up: false,
            ..case("runtime down", Some(spec("Always")), vec![])
        }
        .want("Unknown", Unknown, "0/1", 0, Reason::RuntimeDown),
        Case {
            journal: vec![journal(
                "ErrImagePull",
                "Failed to pull image \"x:1\": not found",
            )],
            ..case(
                "journal pull error",
                Some(spec("Always")),
                vec![sandbox(true)],
            )
        }
        .want("ErrImagePull", Pending, "0/1", 0, Reason::ErrImagePull),
        Case {
            journal: vec![journal(
                "ImagePullBackOff",
                "Back-off pulling image \"x:1\"",
            )],
            ..case(
                "journal pull back-off",
                Some(spec("Always")),
                vec![sandbox(true)],
            )
        }
        .want(
            "ImagePullBackOff",
            Pending,
            "0/1",
            0,
            Reason::ImagePullBackOff,
        ),
        case(
            "deletion requested",
            Some(deleting),
            vec![sandbox(true), ctr("app", 0, run())],
        )
        .want("Terminating", Running, "1/1", 0, Reason::Terminating),
        case(
            "kubelet says running, runtime saw the OOM kill",
            Some(kubelet_running("app-0", 0)),
            vec![sandbox(true), ctr("app", 0, exited(137, true, 1.0))],
        )
        .want("OOMKilled", Running, "0/1", 0, Reason::OOMKilled),
        case(
            "kubelet status untouched when the runtime agrees",
            Some(kubelet_running("app-0", 0)),
            vec![sandbox(true), ctr("app", 0, run())],
        )
        .want("Running", Running, "1/1", 0, Reason::Healthy),
        case(
            "runtime restarted the container after the kubelet's status",
            Some(kubelet_running("app-0", 0)),
            vec![
                sandbox(true),
                ctr("app", 0, exited(1, false, 20.0)),
                ctr("app", 1, run()),
            ],
        )
        .want("Running", Running, "0/1", 1, Reason::NotReady),
        case(
            "kubelet still says ContainerCreating, the runtime already runs it",
            Some({
                let mut p = kubelet_running("", 0);
                p.status.phase = Some("Pending".into());
                p.status.container_statuses[0].container_id = None;
                p.status.container_statuses[0].ready = false;
                p.status.container_statuses[0].state = Some(ContainerState {
                    waiting: Some(crate::pods::types::ContainerStateWaiting {
                        reason: Some("ContainerCreating".into()),
                        message: None,
                    }),
                    ..Default::default()
                });
                p
            }),
            vec![sandbox(true), ctr("app", 0, run())],
        )
        .want("Running", Running, "0/1", 0, Reason::NotReady),
        case(
            "init container running",
            Some(with_init.clone()),
            vec![sandbox(true), ctr("init", 0, run())],
        )
        .want("Init:0/1", Pending, "0/1", 0, Reason::PodInitializing),
        case(
            "init done, app running",
            Some(with_init.clone()),
            vec![
                sandbox(true),
                ctr("init", 0, exited(0, false, 40.0)),
                ctr("app", 0, run()),
            ],
        )
        .want("Running", Running, "1/1", 0, Reason::Healthy),
        case(
            "init container crash-looping",
            Some(with_init),
            vec![
                sandbox(true),
                ctr("init", 0, exited(1, false, 40.0)),
                ctr("init", 1, exited(1, false, 2.0)),
            ],
        )
        .want(
            "Init:CrashLoopBackOff",
            Pending,
            "0/1",
            1,
            Reason::CrashLoopBackOff,
        ),
        case(
            "plain docker container running",
            None,
            vec![plain(run(), 0)],
        )
        .want("Running", Running, "1/1", 0, Reason::Healthy),
        case(
            "plain docker container done",
            None,
            vec![plain(exited(0, false, 60.0), 0)],
        )
        .want("Completed", Succeeded, "0/1", 0, Reason::Completed),
        case(
            "plain docker container restarting",
            None,
            vec![plain(exited(1, false, 1.0), 4)],
        )
        .want(
            "CrashLoopBackOff",
            Running,
            "0/1",
            4,
            Reason::CrashLoopBackOff,
        ),
        case(
            "plain docker container OOM",
            None,
            vec![plain(exited(137, true, 1.0), 0)],
        )
        .want("OOMKilled", Failed, "0/1", 0, Reason::OOMKilled),
    ];
    let mut failures = Vec::new();
    for c in &cases {
        let h = classify_case(c);
        let got = (
            h.status.as_str(),
            h.phase,
            format!("{}/{}", h.ready, h.total),
            h.restarts,
            h.diagnosis.reason,
        );
        let want = (c.status, c.phase, c.ready.to_string(), c.restarts, c.reason);
        if got != want {
            failures.push(format!(
                "{}: got {got:?}, want {want:?}\n  {:?}",
                c.name, h.diagnosis
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn evidence_and_next_steps_are_concrete() {
    let mut p = spec("Always");
    p.spec.containers[0].resources = Some(Resources {
        limits: ResourceList {
            memory: Some(Quantity::Str("16Mi".into())),
            ..Default::default()
        },
        ..Default::default()
    });
    let c = case(
        "oom",
        Some(p),
        vec![
            sandbox(true),
            ctr("app", 0, exited(137, true, 30.0)),
            ctr("app", 1, exited(137, true, 2.0)),
        ],
    );
    let h = classify_case(&c);
    let all = h.diagnosis.evidence.join("\n");
    assert!(all.contains("16Mi"), "{all}");
    assert!(all.contains("137"), "{all}");
    let steps = h.diagnosis.next_steps.join("\n");
    assert!(
        steps.contains("kubectl logs web -n default -c app --previous"),
        "{steps}"
    );
    assert!(steps.contains("raise the memory limit"), "{steps}");

    let mut p = spec("Always");
    p.spec.security_context = Some(PodSecurityContext {
        sysctls: vec![Sysctl {
            name: "net.core.somaxconn".into(),
            value: "1024".into(),
        }],
    });
    let h = classify_case(&case("sysctl", Some(p), vec![]));
    assert!(h
        .diagnosis
        .evidence
        .join("\n")
        .contains("net.core.somaxconn"));
    assert!(h
        .diagnosis
        .next_steps
        .join("\n")
        .contains("--allowed-unsafe-sysctls='net.core.somaxconn'"));
    let json = serde_json::to_string(&h.diagnosis).unwrap_or_default();
    assert!(json.contains("\"reason\":\"SysctlForbidden\""), "{json}");
    let text = table::render_describe("default", "web", &h, NOW);
    assert!(text.contains("Diagnosis:  SysctlForbidden"), "{text}");
    assert!(
        text.contains("Next steps:\n  $ allow it on the node"),
        "{text}"
    );
}

#[test]
fn container_health_fields() {
    let c = case(
        "crash",
        Some(spec("Always")),
        vec![
            sandbox(true),
            ctr("app", 0, exited(1, false, 30.0)),
            ctr("app", 1, exited(2, false, 2.0)),
        ],
    );
    let h = classify_case(&c);
    let app = &h.containers[0];
    assert_eq!(app.state, StateKind::Waiting);
    assert_eq!(app.waiting_reason.as_deref(), Some("CrashLoopBackOff"));
    assert_eq!(app.last_terminated_reason.as_deref(), Some("Error"));
    assert_eq!(app.last_exit_code, Some(2));
    assert_eq!(app.restarts, 1);
    assert_eq!(app.last_finished_at, Some(NOW - 2.0));
    assert_eq!(h.pod_ip.as_deref(), Some("10.1.2.3"));
}

#[test]
fn crashloop_tracker_from_snapshots_does_not_flap() {
    let mut t = crashloop::CrashLoopTracker::default();
    let mk = |containers: Vec<Container>, now: f64| {
        let pod = pref();
        let s = spec("Always");
        let cfg = ClassifyConfig::default();
        classify(&PodInput {
            pod: &pod,
            spec: Some(&s),
            containers: &containers,
            runtime_up: true,
            journal: &[],
            probes: &[],
            images_present: None,
            now,
            config: &cfg,
        })
    };
    // first crash, restart, second crash, restart: Running between back-offs.
    let h1 = mk(vec![ctr("app", 0, exited(1, false, 2.0))], NOW);
    t.observe_pod("uid-1", &h1, NOW);
    assert!(!t.is_crashlooping("uid-1", "app", NOW));
    let mut second = ctr("app", 1, exited(1, false, 0.0));
    second.created_at = Some(NOW + 1.0);
    let h2 = mk(
        vec![ctr("app", 0, exited(1, false, 2.0)), second],
        NOW + 12.0,
    );
    assert_eq!(h2.status, "CrashLoopBackOff");
    t.observe_pod("uid-1", &h2, NOW + 12.0);
    assert!(t.is_crashlooping("uid-1", "app", NOW + 12.0));
    let third = ctr(
        "app",
        2,
        RuntimeState::Running {
            started_at: Some(NOW + 20.0),
        },
    );
    let h3 = mk(
        vec![ctr("app", 1, exited(1, false, 0.0)), third],
        NOW + 21.0,
    );
    assert_eq!(h3.status, "Running");
    t.observe_pod("uid-1", &h3, NOW + 21.0);
    assert!(
        t.is_crashlooping("uid-1", "app", NOW + 21.0),
        "must not flap back to 0"
    );
    assert!(!t.is_crashlooping("uid-1", "app", NOW + 20.0 + 601.0));
}

/// Issue 13 item 5 and issue 14 item 6 (journal engineer): a pod that has not started is
/// diagnosed by the cause the journal shows, with its detail; every primer state gets a next
/// step; a plain Docker container is diagnosed in Docker's words.
#[test]
fn not_started_pods_are_diagnosed_by_the_journals_cause() {
    let mount = Case {
        journal: vec![JournalEvidence {
            reason: "FailedMount".into(),
            container: None,
            message: r#"MountVolume.SetUp failed for volume "creds" : secret "db-pass" not found"#
                .into(),
            timestamp: NOW - 5.0,
        }],
        ..case("mount", Some(spec("Always")), vec![sandbox(true)])
    };
    let h = classify_case(&mount);
    assert_eq!(h.status, "ContainerCreating");
    assert_eq!(h.diagnosis.reason, Reason::FailedMount, "{:?}", h.diagnosis);
    assert!(
        h.diagnosis.summary.contains("volume creds")
            && h.diagnosis.summary.contains("secret db-pass not found"),
        "{}",
        h.diagnosis.summary
    );
    assert!(h
        .diagnosis
        .next_steps
        .contains(&"kubectl get secret db-pass -n default".to_string()));

    let sandbox_fails = Case {
        journal: vec![JournalEvidence {
            reason: "FailedCreatePodSandBox".into(),
            container: None,
            message: r#"CreatePodSandbox for pod failed; err: rpc error: code = Unknown desc = failed to setup network for sandbox "8f3c": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory"#.into(),
            timestamp: NOW - 5.0,
        }],
        ..case("sandbox", Some(spec("Always")), vec![])
    };
    let h = classify_case(&sandbox_fails);
    assert_eq!(h.status, "Pending");
    assert_eq!(h.diagnosis.reason, Reason::FailedCreatePodSandBox);
    assert!(
        h.diagnosis
            .summary
            .contains("stat /var/lib/calico/nodename: no such file or directory"),
        "{}",
        h.diagnosis.summary
    );
    assert!(h.diagnosis.evidence[0].contains("calico"));

    // The volume manager's timeout inside `Error syncing pod` is a mount problem too.
    let timeout = Case {
        journal: vec![journal(
            "FailedSync",
            r#"Error syncing pod, skipping; err: unmounted volumes=[data], unattached volumes=[data kube-api-access-x]: timed out waiting for the condition"#,
        )],
        ..case("timeout", Some(spec("Always")), vec![sandbox(true)])
    };
    assert_eq!(
        classify_case(&timeout).diagnosis.reason,
        Reason::FailedMount
    );

    // Without journal evidence: still "being created".
    let h = classify_case(&case(
        "plain create",
        Some(spec("Always")),
        vec![sandbox(true)],
    ));
    assert_eq!(h.diagnosis.reason, Reason::ContainerCreating);

    // Completed: the primer says read the logs; so does a running pod.
    let h = classify_case(&case(
        "done",
        Some(spec("Never")),
        vec![sandbox(false), ctr("app", 0, exited(0, false, 30.0))],
    ));
    assert_eq!(h.diagnosis.reason, Reason::Completed);
    assert!(
        h.diagnosis
            .next_steps
            .contains(&"kubectl logs web -n default -c app".to_string()),
        "{:?}",
        h.diagnosis
    );
    let h = classify_case(&case(
        "running",
        Some(spec("Always")),
        vec![sandbox(true), ctr("app", 0, run())],
    ));
    assert_eq!(h.diagnosis.reason, Reason::Healthy);
    assert!(!h.diagnosis.next_steps.is_empty());
}

#[test]
fn plain_docker_containers_are_diagnosed_in_dockers_words() {
    let plain = |state: RuntimeState, restarts: u32| {
        let mut c = ctr("nginx", 0, state);
        c.plain = true;
        c.restart_count = restarts;
        c.pod = PodRef {
            namespace: "docker".into(),
            name: "nginx".into(),
            uid: "0123456789ab".into(),
        };
        c
    };
    for (name, c) in [
        ("restarting", plain(exited(1, false, 1.0), 4)),
        ("oom", plain(exited(137, true, 1.0), 0)),
        ("exited", plain(exited(3, false, 1.0), 0)),
        ("done", plain(exited(0, false, 60.0), 0)),
        ("running", plain(run(), 0)),
    ] {
        let pod = c.pod.clone();
        let containers = vec![c];
        let h = classify(&PodInput {
            pod: &pod,
            spec: None,
            containers: &containers,
            runtime_up: true,
            journal: &[],
            probes: &[],
            images_present: None,
            now: NOW,
            config: &ClassifyConfig::default(),
        });
        let all = format!(
            "{}\n{}\n{}",
            h.diagnosis.summary,
            h.diagnosis.evidence.join("\n"),
            h.diagnosis.next_steps.join("\n")
        );
        assert!(!all.contains("kubectl"), "{name}: {all}");
        assert!(!all.contains("-n docker"), "{name}: {all}");
        assert!(
            !all.contains("back-off"),
            "{name}: no kubelet wrote a back-off line: {all}"
        );
        assert!(
            all.contains("docker logs") || all.contains("docker inspect"),
            "{name}: {all}"
        );
        if name == "restarting" {
            assert!(all.contains("restart policy"), "{all}");
            assert!(all.contains("RestartPolicy"), "{all}");
        }
    }
}
