//! The kube-state-metrics compatibility rules (deploy/prometheus/ksm-compat), proven two ways:
//!
//! - promtool: `check rules` and the unit tests in tests/data/deploy/ksm-compat-test.yaml (each
//!   recorded `kube_pod_*` series against the podpulse series it comes from, and the
//!   kubernetes-mixin's pod alert expressions evaluated on them);
//! - live, nothing mocked: a real Prometheus (Debian's) whose only target is a real podpulse
//!   watching real containers on the local dockerd, made the way the kubelet and cri-dockerd make
//!   them. It loads the recording rules and the mixin's three pod alerts (KubePodCrashLooping,
//!   KubePodNotReady, KubeContainerWaiting) as the mixin writes them, with its
//!   kube-state-metrics selector pointed at podpulse and `for:` shortened. A crash-looping pod,
//!   a pod stuck creating and a static pod whose image is not on the node (imagePullPolicy
//!   Never) must show through the recorded series and fire those alerts; a healthy pod must not.

#[path = "common/mod.rs"]
mod common;
#[path = "deploy_support/mod.rs"]
mod support;

use std::collections::BTreeSet;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{Agent, DockerPod};
use support::{eventually, read, require_tools, run_ok, write, yaml_docs, Prometheus, TempDir};

const RULES: &str = "deploy/prometheus/ksm-compat/podpulse-ksm-compat-rules.yaml";
const NODE: &str = "pp-ksm-node";

#[test]
fn promtool_checks_and_unit_tests_the_recording_rules() {
    require_tools(&["promtool"]);
    let dir = TempDir::new("ksm-compat-unit");
    write(
        &dir.join("podpulse-ksm-compat-rules.yaml"),
        &read(&support::repo().join(RULES)),
    );
    write(
        &dir.join("ksm-compat-test.yaml"),
        &read(&support::repo().join("tests/data/deploy/ksm-compat-test.yaml")),
    );
    let out = run_ok(
        Command::new("promtool")
            .args(["check", "rules", "podpulse-ksm-compat-rules.yaml"])
            .current_dir(dir.path()),
    );
    assert!(out.contains("SUCCESS"), "{out}");
    let out = run_ok(
        Command::new("promtool")
            .args(["test", "rules", "ksm-compat-test.yaml"])
            .current_dir(dir.path()),
    );
    assert!(out.contains("SUCCESS"), "{out}");
}

#[test]
fn the_operator_component_carries_the_same_rules() {
    // deploy/components/ksm-compat wraps the plain rules file in a PrometheusRule; it is
    // generated, and must stay exactly the generator's output with the same groups.
    require_tools(&["python3", "kubectl"]);
    let generated = run_ok(
        Command::new("bash")
            .arg(support::repo().join("scripts/deploy-rules.sh"))
            .arg("ksm-compat-prometheusrule"),
    );
    let committed = read(&support::repo().join("deploy/components/ksm-compat/prometheusrule.yaml"));
    assert_eq!(
        committed, generated,
        "deploy/components/ksm-compat/prometheusrule.yaml is stale: scripts/deploy-rules.sh ksm-compat-prometheusrule > deploy/components/ksm-compat/prometheusrule.yaml"
    );
    // Rendered through kustomize as a user adds it, next to the default installation.
    let dir = TempDir::new("ksm-component");
    let depth = dir.path().components().count().saturating_sub(1);
    let root = format!(
        "{}{}",
        "../".repeat(depth),
        support::repo()
            .display()
            .to_string()
            .trim_start_matches('/')
    );
    write(
        &dir.join("kustomization.yaml"),
        &format!(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - {root}/deploy\ncomponents:\n  - {root}/deploy/components/ksm-compat\n"
        ),
    );
    let objs = yaml_docs(&run_ok(
        Command::new("kubectl").arg("kustomize").arg(dir.path()),
    ));
    let rule = objs
        .iter()
        .find(|o| o["kind"] == "PrometheusRule" && o["metadata"]["name"] == "podpulse-ksm-compat")
        .cloned()
        .unwrap_or_default();
    let plain = yaml_docs(&read(&support::repo().join(RULES))).remove(0);
    assert_eq!(
        rule["spec"]["groups"], plain["groups"],
        "component groups differ"
    );
    assert_eq!(rule["metadata"]["namespace"], "podpulse");
}

/// The kubernetes-mixin's pod alerts as it writes them (kubernetes-mixin
/// alerts/apps_alerts.libsonnet), with `job="kube-state-metrics"` replaced by podpulse's job, as
/// docs/kube-state-metrics.md tells users to set `kubeStateMetricsSelector`, and `for:` cut to
/// 2 s so the test does not wait 15 minutes.
const MIXIN_ALERTS: &str = r#"groups:
  - name: kubernetes-apps
    rules:
      - alert: KubePodCrashLooping
        expr: max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff", job="podpulse"}[5m]) >= 1
        for: 2s
        labels: {severity: warning}
      - alert: KubePodNotReady
        expr: |
          sum by (namespace, pod, cluster) (
            max by (namespace, pod, cluster) (
              kube_pod_status_phase{job="podpulse", phase=~"Pending|Unknown|Failed"}
            ) * on (namespace, pod, cluster) group_left (owner_kind) topk by (namespace, pod, cluster) (
              1, max by (namespace, pod, owner_kind, cluster) (kube_pod_owner{owner_kind!="Job"})
            )
          ) > 0
        for: 2s
        labels: {severity: warning}
      - alert: KubeContainerWaiting
        expr: sum by (namespace, pod, container, cluster) (kube_pod_container_status_waiting_reason{reason!="CrashLoopBackOff", job="podpulse"}) > 0
        for: 2s
        labels: {severity: warning}
"#;

/// Keeps a pod crash-looping the kubelet's way (a new attempt after each exit) until dropped.
struct CrashLooper {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<DockerPod>>,
}

impl CrashLooper {
    fn start(mut pod: DockerPod) -> CrashLooper {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut attempt = 0;
            // Bounded: at most 40 attempts, about 2 s apart.
            while !flag.load(Ordering::SeqCst) && attempt < 40 {
                let id = pod.app("app", attempt, "echo crashing; exit 1", &[]);
                let _ = common::docker(&["wait", &id]);
                attempt += 1;
                for _ in 0..4 {
                    if flag.load(Ordering::SeqCst) {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(500));
                }
            }
            pod
        });
        CrashLooper {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for CrashLooper {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            // The pod comes back and is removed (with every attempt) when it drops here.
            let _ = t.join();
        }
    }
}

fn firing(prom: &Prometheus, alert: &str) -> BTreeSet<String> {
    prom.api("/api/v1/alerts")["data"]["alerts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["labels"]["alertname"] == alert)
        .filter(|a| a["state"] == "pending" || a["state"] == "firing")
        .filter_map(|a| a["labels"]["pod"].as_str().map(str::to_string))
        .collect()
}

fn pods_of(prom: &Prometheus, expr: &str) -> BTreeSet<String> {
    prom.query(expr)
        .unwrap_or_default()
        .iter()
        .filter_map(|s| s["metric"]["pod"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_prometheus_with_only_podpulse_sees_broken_pods_through_kube_pod_series() {
    require_tools(&["prometheus", "curl"]);
    common::require_docker();
    let tag = format!("{:x}", std::process::id());
    let ns = format!("pp-ksm-{tag}");

    // A static pod whose image is not on the node and may not be pulled: ErrImageNeverPull.
    let manifests = TempDir::new("ksm-manifests");
    write(
        &manifests.join("offline.yaml"),
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: offline\n  namespace: {ns}\nspec:\n  containers:\n  - name: app\n    image: podpulse-test/not-here:1\n    imagePullPolicy: Never\n"
        ),
    );
    let offline = format!("offline-{NODE}");
    let crash = format!("crash-{tag}");
    let creating = format!("creating-{tag}");
    let healthy = format!("healthy-{tag}");

    let agent = Agent::start(&[
        "--runtime",
        "docker",
        "--node-name",
        NODE,
        "--manifest-dir",
        manifests.path().to_str().unwrap_or_default(),
    ]);
    let _looper = CrashLooper::start(DockerPod::sandbox(&crash, &ns, false));
    let _creating = DockerPod::sandbox(&creating, &ns, false);
    let mut ok = DockerPod::sandbox(&healthy, &ns, false);
    ok.app("app", 0, "sleep 3600", &[]);

    let config = format!(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files: [ksm-compat.yaml, mixin.yaml]\nscrape_configs:\n  - job_name: podpulse\n    honor_labels: true\n    static_configs:\n      - targets: [\"127.0.0.1:{}\"]\n        labels:\n          node: {NODE}\n",
        agent.port
    );
    let prom = Prometheus::start(
        &config,
        &[
            ("ksm-compat.yaml", &read(&support::repo().join(RULES))),
            ("mixin.yaml", MIXIN_ALERTS),
        ],
    );

    // The recorded series show each broken pod the way kube-state-metrics would.
    let waiting = |reason: &str| {
        pods_of(
            &prom,
            &format!(
                "kube_pod_container_status_waiting_reason{{job=\"podpulse\", namespace=~\"{ns}\", reason=\"{reason}\"}} == 1"
            ),
        )
    };
    let seen = eventually(Duration::from_secs(90), || {
        let crashloop = waiting("CrashLoopBackOff");
        let never = waiting("ErrImageNeverPull");
        let pending = pods_of(
            &prom,
            &format!("kube_pod_status_phase{{namespace=\"{ns}\", phase=\"Pending\"}} == 1"),
        );
        (crashloop.contains(&crash)
            && never.contains(&offline)
            && pending.contains(&creating)
            && pending.contains(&offline))
        .then_some((crashloop, never, pending))
    });
    let Some((crashloop, never, pending)) = seen else {
        panic!(
            "recorded kube_pod_* series never showed the broken pods: waiting CrashLoopBackOff {:?}, ErrImageNeverPull {:?}, Pending {:?}\nagent /metrics:\n{}\nagent log:\n{}",
            waiting("CrashLoopBackOff"),
            waiting("ErrImageNeverPull"),
            pods_of(&prom, &format!("kube_pod_status_phase{{namespace=\"{ns}\", phase=\"Pending\"}} == 1")),
            agent.get("/metrics").map(|(_, b)| b).unwrap_or_default(),
            agent.log_text()
        );
    };
    for set in [&crashloop, &never, &pending] {
        assert!(
            !set.contains(&healthy),
            "the healthy pod is reported: {set:?}"
        );
    }
    // Ownerless pods get the <none> owner the mixin's join needs.
    let owners = pods_of(
        &prom,
        &format!("kube_pod_owner{{namespace=\"{ns}\", owner_kind=\"<none>\"}}"),
    );
    assert!(owners.contains(&creating), "kube_pod_owner: {owners:?}");
    // Restarts carry over too.
    let restarts = pods_of(
        &prom,
        &format!("kube_pod_container_status_restarts_total{{namespace=\"{ns}\"}} >= 1"),
    );
    assert!(restarts.contains(&crash), "restarts: {restarts:?}");

    // The mixin's own alerts fire on them, for the broken pods only.
    let want = [
        ("KubePodCrashLooping", crash.as_str()),
        ("KubePodNotReady", creating.as_str()),
        ("KubePodNotReady", offline.as_str()),
        ("KubeContainerWaiting", offline.as_str()),
    ];
    let fired = eventually(Duration::from_secs(60), || {
        want.iter()
            .all(|(alert, pod)| firing(&prom, alert).contains(*pod))
            .then_some(())
    });
    assert!(
        fired.is_some(),
        "mixin alerts on the recorded series: crash-looping {:?}, not ready {:?}, waiting {:?}",
        firing(&prom, "KubePodCrashLooping"),
        firing(&prom, "KubePodNotReady"),
        firing(&prom, "KubeContainerWaiting")
    );
    for alert in [
        "KubePodCrashLooping",
        "KubePodNotReady",
        "KubeContainerWaiting",
    ] {
        assert!(
            !firing(&prom, alert).contains(&healthy),
            "{alert} fires for the healthy pod"
        );
    }
}
