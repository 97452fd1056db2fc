//! The owner's behaviour through its own entry points (`apply`, `flush`, `tick`): identity,
//! sharing of unchanged pods, and pruning after churn.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::node::{NodeState, PENDING_LIMIT_FOR_TEST};
use super::{PodMention, RuntimeStatus, Snapshot, Update};
use crate::health::{ClassifyConfig, JournalEvidence};
use crate::model::{
    Container, ContainerId, ContainerKind, PodRef, RuntimeEvent, RuntimeKind, RuntimeState,
};
use crate::pods::types::{ExecAction, Pod, Probe};
use crate::pods::SourceKind;
use crate::probe::{
    HandlerKind, ProbeKey, ProbeKind, ProbeReport, ProbeResult, ProbeRun, ProbeTarget, Verdict,
};

const NOW: f64 = 1_800_000_000.0;

fn state() -> (NodeState, watch::Receiver<Arc<Vec<ProbeTarget>>>) {
    let (tx, rx) = watch::channel(Arc::new(Vec::new()));
    let st = NodeState::new(
        RuntimeStatus {
            kind: RuntimeKind::Docker,
            endpoint: "test".into(),
            up: false,
            version: String::new(),
            reason: "test".into(),
            last_error: None,
        },
        ClassifyConfig::default(),
        Some(tx),
    );
    (st, rx)
}

fn pref(ns: &str, name: &str, uid: &str) -> PodRef {
    PodRef {
        namespace: ns.into(),
        name: name.into(),
        uid: uid.into(),
    }
}

fn container(pod: &PodRef, name: &str, id: &str, running: bool) -> Container {
    let kind = if name == "POD" {
        ContainerKind::Sandbox
    } else {
        ContainerKind::App
    };
    Container {
        id: ContainerId(id.into()),
        pod: pod.clone(),
        name: name.into(),
        kind,
        plain: false,
        image: "img".into(),
        image_id: "sha256:1".into(),
        attempt: 0,
        restart_count: 0,
        state: if running {
            RuntimeState::Running {
                started_at: Some(NOW - 100.0),
            }
        } else {
            RuntimeState::Exited {
                exit_code: 0,
                oom_killed: false,
                reason: None,
                started_at: Some(NOW - 100.0),
                finished_at: Some(NOW - 50.0),
            }
        },
        created_at: Some(NOW - 100.0),
        health: None,
        ip: (kind == ContainerKind::Sandbox).then(|| "10.0.0.2".parse().expect("ip")),
        host_network: false,
        ports: Vec::new(),
        memory_limit_bytes: None,
        pod_labels: Default::default(),
    }
}

fn plain(name: &str, id: &str) -> Container {
    let mut c = container(&pref("docker", name, id), name, id, true);
    c.plain = true;
    c
}

/// A pod spec with one container `app` that has an exec liveness probe.
fn spec(ns: &str, name: &str, uid: Option<&str>) -> Pod {
    let mut p = Pod::default();
    p.metadata.namespace = Some(ns.into());
    p.metadata.name = Some(name.into());
    p.metadata.uid = uid.map(str::to_string);
    p.spec.containers.push(crate::pods::types::ContainerSpec {
        name: "app".into(),
        image: Some("img".into()),
        liveness_probe: Some(Box::new(Probe {
            exec: Some(ExecAction {
                command: vec!["true".into()],
            }),
            ..Default::default()
        })),
        ..Default::default()
    });
    p
}

fn specs(source: SourceKind, pods: Vec<Pod>) -> Update {
    Update::Specs {
        source,
        pods: Arc::new(pods.into_iter().map(Arc::new).collect()),
        up: true,
    }
}

fn report(pod: &PodRef, result: ProbeResult, t: f64) -> Update {
    Update::Probe(ProbeReport {
        key: Arc::new(ProbeKey {
            pod: pod.clone(),
            container: "app".into(),
            kind: ProbeKind::Liveness,
        }),
        handler: HandlerKind::Exec,
        container_id: None,
        run: Some(if result == ProbeResult::Success {
            ProbeRun::passed("exec true")
        } else {
            ProbeRun::not_passed(result, "", "exec true")
        }),
        skipped: 0,
        duration: Duration::from_millis(2),
        consecutive_successes: 1,
        consecutive_failures: 0,
        verdict: Verdict::Success,
        success_threshold: 1,
        failure_threshold: 3,
        period: Duration::from_secs(10),
        timestamp: t,
        removed: false,
    })
}

fn uids(s: &Snapshot) -> Vec<&str> {
    s.pods.iter().map(|p| p.pod.uid.as_str()).collect()
}

#[test]
fn recreated_pod_is_two_pods_each_right() {
    let (mut st, targets) = state();
    let old = pref("ns", "web-0", "old-uid");
    let new = pref("ns", "web-0", "new-uid");
    st.apply(Update::RuntimeSynced {
        containers: vec![
            container(&old, "POD", "s-old", true),
            container(&old, "app", "a-old", true),
        ],
        version: "t".into(),
    });
    st.apply(specs(
        SourceKind::ApiServer,
        vec![spec("ns", "web-0", Some("new-uid"))],
    ));
    let snap = st.flush(NOW);
    assert_eq!(uids(&snap), ["new-uid", "old-uid"]);
    let o = snap.pod_by_uid("old-uid").expect("old instance");
    assert!(o.superseded && o.spec.is_none());
    assert_eq!(o.health.status, "Terminating");
    let n = snap.pod("ns", "web-0").expect("current instance");
    assert_eq!(n.pod.uid, "new-uid");
    assert!(n.containers.is_empty() && n.spec.is_some());
    assert_eq!(n.health.status, "Pending");
    // Only the new instance is probed, and its container is not there yet.
    let t = targets.borrow().clone();
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].key.pod, new);
    assert!(t[0].container.id().is_none());

    // The new instance starts; the old one's containers stop, then go.
    st.apply(Update::Runtime(RuntimeEvent::Changed(container(
        &new, "POD", "s-new", true,
    ))));
    st.apply(Update::Runtime(RuntimeEvent::Changed(container(
        &new, "app", "a-new", true,
    ))));
    st.apply(Update::Runtime(RuntimeEvent::Changed(container(
        &old, "app", "a-old", false,
    ))));
    st.apply(Update::Runtime(RuntimeEvent::Changed(container(
        &old, "POD", "s-old", false,
    ))));
    let snap = st.flush(NOW + 1.0);
    let o = snap.pod_by_uid("old-uid").expect("old instance");
    assert_ne!(o.health.status, "Terminating", "all its containers stopped");
    let n = snap.pod("ns", "web-0").expect("current");
    assert_eq!(n.pod.uid, "new-uid");
    assert_eq!(n.health.status, "Running");
    assert_eq!(
        targets.borrow()[0].container.id(),
        Some(&ContainerId("a-new".into()))
    );
    st.apply(Update::Runtime(RuntimeEvent::Removed(ContainerId(
        "a-old".into(),
    ))));
    st.apply(Update::Runtime(RuntimeEvent::Removed(ContainerId(
        "s-old".into(),
    ))));
    let snap = st.flush(NOW + 2.0);
    assert_eq!(uids(&snap), ["new-uid"]);
}

#[test]
fn plain_container_never_gets_a_spec_or_a_probe() {
    let (mut st, targets) = state();
    st.apply(Update::RuntimeSynced {
        containers: vec![plain("web-n1", "c0ffee00c0ffee00")],
        version: "t".into(),
    });
    // Static pod `web` in namespace `docker` on node `n1`: its name is `web-n1`.
    st.apply(specs(
        SourceKind::Manifests,
        vec![spec("docker", "web-n1", None)],
    ));
    let snap = st.flush(NOW);
    assert_eq!(snap.pods.len(), 2, "{:?}", uids(&snap));
    let p = snap.pod_by_uid("c0ffee00c0ffee00").expect("plain pod");
    assert!(p.spec.is_none() && !p.superseded);
    for t in targets.borrow().iter() {
        assert_ne!(
            t.container.id(),
            Some(&ContainerId("c0ffee00c0ffee00".into()))
        );
    }
    // The static pod is its own (pending) pod, addressed by the name.
    let s = snap.pod("docker", "web-n1").expect("by name");
    assert!(s.spec.is_some());
}

#[test]
fn static_pod_joins_kubelet_instance_by_name() {
    let (mut st, targets) = state();
    let etcd = pref("kube-system", "etcd-n1", "hash1");
    st.apply(Update::RuntimeSynced {
        containers: vec![
            container(&etcd, "POD", "s1", true),
            container(&etcd, "app", "a1", true),
        ],
        version: "t".into(),
    });
    st.apply(specs(
        SourceKind::Manifests,
        vec![spec("kube-system", "etcd-n1", None)],
    ));
    let snap = st.flush(NOW);
    assert_eq!(uids(&snap), ["hash1"]);
    assert!(snap.pods[0].spec.is_some());
    assert_eq!(
        targets.borrow()[0].container.id(),
        Some(&ContainerId("a1".into()))
    );
}

#[test]
fn a_probe_result_rederives_one_pod_and_shares_the_rest() {
    let (mut st, _targets) = state();
    let pods: Vec<PodRef> = (0..20)
        .map(|i| pref("ns", &format!("p{i}"), &format!("u{i}")))
        .collect();
    let mut cs = Vec::new();
    for (i, p) in pods.iter().enumerate() {
        cs.push(container(p, "POD", &format!("s{i}"), true));
        cs.push(container(p, "app", &format!("a{i}"), true));
    }
    st.apply(Update::RuntimeSynced {
        containers: cs,
        version: "t".into(),
    });
    st.apply(specs(
        SourceKind::ApiServer,
        (0..20)
            .map(|i| spec("ns", &format!("p{i}"), Some(&format!("u{i}"))))
            .collect(),
    ));
    let before = st.flush(NOW);
    st.apply(report(&pods[3], ProbeResult::Success, NOW + 1.0));
    let after = st.flush(NOW + 1.0);
    for (a, b) in before.pods.iter().zip(&after.pods) {
        let touched = a.pod.uid == "u3";
        assert_eq!(Arc::ptr_eq(a, b), !touched, "pod {}", a.pod.uid);
    }
    let p = after.pod_by_uid("u3").expect("u3");
    assert_eq!(p.probe_series.len(), 1);

    // A spec whose status changed (not its identity) re-derives its pod alone.
    let mut changed: Vec<Pod> = (0..20)
        .map(|i| spec("ns", &format!("p{i}"), Some(&format!("u{i}"))))
        .collect();
    changed[5].status.phase = Some("Running".into());
    st.apply(specs(SourceKind::ApiServer, changed));
    let after5 = st.flush(NOW + 1.2);
    for (a, b) in after.pods.iter().zip(&after5.pods) {
        assert_eq!(Arc::ptr_eq(a, b), a.pod.uid != "u5", "pod {}", a.pod.uid);
    }
    assert_eq!(
        after5
            .pod_by_uid("u5")
            .and_then(|p| p.spec.as_ref())
            .and_then(|s| s.status.phase.as_deref()),
        Some("Running")
    );
    let after = after5;

    // A spec source repeating the same view (fresh copies) changes nothing.
    let mut same: Vec<Pod> = (0..20)
        .map(|i| spec("ns", &format!("p{i}"), Some(&format!("u{i}"))))
        .collect();
    same[5].status.phase = Some("Running".into());
    st.apply(specs(SourceKind::ApiServer, same));
    let again = st.flush(NOW + 1.5);
    assert!(after
        .pods
        .iter()
        .zip(&again.pods)
        .all(|(a, b)| Arc::ptr_eq(a, b)));

    // A running, ready pod's verdict cannot change with time: the tick leaves it shared.
    st.tick();
    let ticked = st.flush(NOW + 2.0);
    for (a, b) in again.pods.iter().zip(&ticked.pods) {
        // u5's kubelet status says Running without container statuses: not ready, so time
        // may change its verdict and the tick looks at it again.
        let settled = a.health.status == "Running" && a.health.ready == a.health.total;
        assert_eq!(
            settled,
            a.pod.uid != "u5",
            "{}: {:?}",
            a.pod.uid,
            a.health.status
        );
        assert_eq!(Arc::ptr_eq(a, b), settled, "tick and pod {}", a.pod.uid);
    }
}

#[test]
fn journal_mentions_resolve_to_the_current_instance_and_by_container_id() {
    let (mut st, _t) = state();
    let old = pref("ns", "web-0", "old-uid");
    let new = pref("ns", "web-0", "new-uid");
    st.apply(Update::RuntimeSynced {
        containers: vec![
            container(&old, "app", "aaaaaaaaaaaaaaaa-old", true),
            container(&new, "app", "bbbbbbbbbbbbbbbb-new", true),
        ],
        version: "t".into(),
    });
    st.apply(specs(
        SourceKind::ApiServer,
        vec![spec("ns", "web-0", Some("new-uid"))],
    ));
    st.flush(NOW);
    let ev = |reason: &str| JournalEvidence {
        reason: reason.into(),
        container: None,
        message: "m".into(),
        timestamp: NOW,
    };
    st.apply(Update::Journal {
        pod: PodMention {
            namespace: Some("ns".into()),
            name: Some("web-0".into()),
            ..Default::default()
        },
        evidence: ev("FailedMount"),
    });
    st.apply(Update::Journal {
        pod: PodMention {
            container_id: Some("aaaaaaaaaaaa".into()),
            ..Default::default()
        },
        evidence: ev("ContainerGCFailed"),
    });
    let snap = st.flush(NOW + 1.0);
    let n = snap.pod_by_uid("new-uid").expect("new");
    assert_eq!(n.journal_events.get("FailedMount"), Some(&1));
    let o = snap.pod_by_uid("old-uid").expect("old");
    assert_eq!(o.journal_events.get("ContainerGCFailed"), Some(&1));
    assert!(!o.journal_events.contains_key("FailedMount"));
}

/// A runtime's own line can reach the state before the runtime's event for the container it
/// names: the line waits (bounded) and reaches the pod when the container comes.
#[test]
fn a_line_naming_a_container_not_seen_yet_waits_for_it() {
    let (mut st, _t) = state();
    st.apply(Update::RuntimeSynced {
        containers: Vec::new(),
        version: "t".into(),
    });
    let p = pref("ns", "late", "late-uid");
    let ev = JournalEvidence {
        reason: "OOMKilled".into(),
        container: None,
        message: "TaskOOM".into(),
        timestamp: NOW,
    };
    // A flood of ids no container will ever have: bounded, and never attributed.
    for i in 0..(PENDING_LIMIT_FOR_TEST + 10) {
        st.apply(Update::Journal {
            pod: PodMention {
                container_id: Some(format!("ffffffff{i:08}")),
                ..Default::default()
            },
            evidence: ev.clone(),
        });
    }
    st.apply(Update::Journal {
        pod: PodMention {
            container_id: Some("cccccccccccccccc".into()),
            ..Default::default()
        },
        evidence: ev.clone(),
    });
    assert!(st.pending_len() <= PENDING_LIMIT_FOR_TEST);
    st.apply(Update::Runtime(RuntimeEvent::Changed(container(
        &p,
        "app",
        "cccccccccccccccc-late",
        true,
    ))));
    let snap = st.flush(NOW + 1.0);
    let v = snap.pod_by_uid("late-uid").expect("late pod");
    assert_eq!(v.journal_events.get("OOMKilled"), Some(&1));
    assert!(st.pending_len() <= PENDING_LIMIT_FOR_TEST);
}

/// dockerd's `OOMKilled` flag is lost when the exit overtakes its `oom` event; the cgroup's own
/// count still says the kernel killed it. Either order of exit and count gives OOMKilled, and
/// a container killed for another reason (no count) stays Error.
#[test]
fn an_exit_137_from_a_cgroup_that_counted_an_oom_kill_is_oomkilled() {
    for count_first in [false, true] {
        let (mut st, _t) = state();
        let p = pref("ns", "hog", "hog-uid");
        let q = pref("ns", "killed", "killed-uid");
        let exited = |pod: &PodRef, id: &str| {
            let mut c = container(pod, "app", id, false);
            c.state = RuntimeState::Exited {
                exit_code: 137,
                oom_killed: false,
                reason: None,
                started_at: Some(NOW - 100.0),
                finished_at: Some(NOW - 50.0),
            };
            c
        };
        st.apply(Update::RuntimeSynced {
            containers: vec![
                container(&p, "POD", "hog-sandbox-0000", true),
                container(&p, "app", "hog-app-00000000", true),
                container(&q, "POD", "killed-sandbox-0", true),
                container(&q, "app", "killed-app-00000", true),
            ],
            version: "t".into(),
        });
        let count = Update::Runtime(RuntimeEvent::OomKillCount {
            id: ContainerId("hog-app-00000000".into()),
            total: 1,
        });
        if count_first {
            st.apply(count);
            st.apply(Update::Runtime(RuntimeEvent::Changed(exited(
                &p,
                "hog-app-00000000",
            ))));
        } else {
            st.apply(Update::Runtime(RuntimeEvent::Changed(exited(
                &p,
                "hog-app-00000000",
            ))));
            st.apply(count);
        }
        st.apply(Update::Runtime(RuntimeEvent::Changed(exited(
            &q,
            "killed-app-00000",
        ))));
        let snap = st.flush(NOW);
        let hog = snap.pod_by_uid("hog-uid").expect("hog");
        assert_eq!(hog.health.status, "OOMKilled", "count first: {count_first}");
        assert_eq!(hog.oom_kills.get("app"), Some(&1));
        let killed = snap.pod_by_uid("killed-uid").expect("killed");
        assert_eq!(killed.health.status, "Error");
    }
}

/// Churn through every input, then take everything away: nothing about the departed pods
/// may stay behind in any per-pod or per-container record.
#[test]
fn every_record_is_pruned_after_churn() {
    let (mut st, targets) = state();
    st.apply(Update::RuntimeSynced {
        containers: Vec::new(),
        version: "t".into(),
    });
    for round in 0..5 {
        let pods: Vec<PodRef> = (0..30)
            .map(|i| pref("churn", &format!("p{i}"), &format!("r{round}-u{i}")))
            .collect();
        let mut cs = Vec::new();
        for (i, p) in pods.iter().enumerate() {
            cs.push(container(p, "POD", &format!("r{round}-s{i:012}"), true));
            cs.push(container(p, "app", &format!("r{round}-a{i:012}"), true));
        }
        // Half arrive by events, half by a relist.
        for c in cs.iter().take(30) {
            st.apply(Update::Runtime(RuntimeEvent::Changed(c.clone())));
        }
        st.apply(Update::RuntimeSynced {
            containers: cs.clone(),
            version: "t".into(),
        });
        st.apply(specs(
            SourceKind::ApiServer,
            pods.iter()
                .map(|p| spec("churn", &p.name, Some(&p.uid)))
                .collect(),
        ));
        st.flush(NOW + f64::from(round));
        for (i, p) in pods.iter().enumerate() {
            let app = ContainerId(format!("r{round}-a{i:012}"));
            st.apply(Update::Runtime(RuntimeEvent::OomKillCount {
                id: app.clone(),
                total: 1,
            }));
            st.apply(Update::Runtime(RuntimeEvent::OomKilled(app.clone())));
            st.apply(Update::Runtime(RuntimeEvent::Exited {
                id: app,
                exit_code: 137,
                oom_killed: true,
            }));
            st.apply(report(p, ProbeResult::Failure, NOW + f64::from(round)));
            st.apply(Update::Journal {
                pod: PodMention {
                    uid: Some(p.uid.clone()),
                    ..Default::default()
                },
                evidence: JournalEvidence {
                    reason: "FailedMount".into(),
                    container: None,
                    message: "m".into(),
                    timestamp: NOW,
                },
            });
        }
        let snap = st.flush(NOW + f64::from(round) + 0.5);
        assert_eq!(snap.pods.len(), 30);
        let f = st.footprint();
        assert_eq!(
            (f.containers, f.instances, f.pods, f.views, f.books),
            (60, 30, 30, 30, 30)
        );
        assert_eq!((f.oom_counted, f.cgroup_oom, f.probe_series), (30, 30, 30));
        let p0 = snap.pod("churn", "p0").expect("p0");
        assert_eq!(p0.oom_kills.get("app"), Some(&1));
        assert_eq!(p0.terminations["app"].get("OOMKilled"), Some(&1));
        // The next round's relist drops this round's containers; its specs replace these.
    }
    // Everything goes: relist with nothing, specs empty.
    st.apply(Update::RuntimeSynced {
        containers: Vec::new(),
        version: "t".into(),
    });
    st.apply(specs(SourceKind::ApiServer, Vec::new()));
    let snap = st.flush(NOW + 10.0);
    assert!(snap.pods.is_empty());
    let f = st.footprint();
    assert_eq!(
        f,
        super::node::Footprint {
            containers: 0,
            instances: 0,
            oom_counted: 0,
            cgroup_oom: 0,
            books: 0,
            probe_series: 0,
            pods: 0,
            views: 0,
            crashloops: 0,
            dirty: 0,
        }
    );
    assert!(targets.borrow().is_empty());
    // A late probe report for a departed pod does not bring it back.
    st.apply(report(
        &pref("churn", "p0", "r4-u0"),
        ProbeResult::Success,
        NOW + 11.0,
    ));
    st.flush(NOW + 11.0);
    assert_eq!(st.footprint().books, 0);
}

/// A probe run that changes nothing the classifier reads waits for the next flush (the tick);
/// a failure (a streak, a message) is news at once. Either way the next snapshot counts it.
#[test]
fn counter_only_probe_reports_are_published_lazily() {
    let (mut st, _targets) = state();
    let p = pref("ns", "web", "u1");
    st.apply(Update::RuntimeSynced {
        containers: vec![
            container(&p, "POD", "s1", true),
            container(&p, "app", "a1", true),
        ],
        version: "t".into(),
    });
    st.apply(specs(
        SourceKind::ApiServer,
        vec![spec("ns", "web", Some("u1"))],
    ));
    st.flush(NOW);
    assert!(!st.urgent());

    // The first report of a probe is news (a new series, a verdict); the same again is not.
    st.apply(report(&p, ProbeResult::Success, NOW + 1.0));
    assert!(st.urgent());
    st.flush(NOW + 1.0);
    st.apply(report(&p, ProbeResult::Success, NOW + 2.0));
    assert!(
        !st.urgent(),
        "a passing probe passing again only moves counters"
    );
    let snap = st.flush(NOW + 2.0);
    let series = &snap.pod_by_uid("u1").expect("u1").probe_series[0];
    assert_eq!(
        series.results_total(ProbeResult::Success),
        2,
        "the flush counts it"
    );

    let failed = match report(&p, ProbeResult::Failure, NOW + 3.0) {
        Update::Probe(mut r) => {
            r.consecutive_failures = 1;
            r.consecutive_successes = 0;
            Update::Probe(r)
        }
        other => other,
    };
    st.apply(failed);
    assert!(st.urgent(), "a failure streak is published at once");
    // Any other update is news too.
    st.apply(Update::NodeProblem("pleg"));
    assert!(st.urgent());
}
