//! End to end, with nothing mocked: a real Prometheus (Debian's) scrapes a real podpulse
//! (this crate's binary) that watches real containers on the local dockerd, shaped the way
//! kubelet + cri-dockerd create them (sandbox + app containers with the kubelet's labels):
//!
//! - `pp-dep-oom-*`: the app is OOM-killed (`--memory 16m`), exit 137;
//! - `pp-dep-crash-*`: the app exits 1 again and again, a new attempt every few seconds, the
//!   way the kubelet restarts a container (new container, restartCount annotation + 1);
//! - `pp-dep-creating-*`: a sandbox whose app container never starts (ContainerCreating, not ready);
//! - `pp-dep-ok-*`: a healthy pod, the control: none of the pod alerts may name it;
//! - `pp-dep-probe-*-pp-dep-node`: a static pod (manifest in `--manifest-dir`, the kubelet's
//!   staticPodPath) whose readiness probe passes and whose liveness probe fails below its huge
//!   failureThreshold. The agent's manifests source must be up, the probe panels must show
//!   data and PodProbeFailingBelowThreshold must become pending/firing.
//!
//! Prometheus loads the alert rules extracted from deploy/base/prometheusrule.yaml with every
//! `for:` shortened to 5 s, then the test evaluates every alert and dashboard expression through
//! the HTTP API on 127.0.0.1 (no query errors, data where the scenario must produce it) and
//! waits for the alerts of the broken pods to become pending/firing.
//!
//! `PODPULSE_BIN` may point at another podpulse build to test (default: this crate's binary).

#[path = "deploy_support/mod.rs"]
mod support;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use support::*;

const IMAGE: &str = "podpulse-test/busybox:1";
const NS: &str = "pp-dep";
const NODE: &str = "pp-dep-node";

fn podpulse_bin() -> PathBuf {
    std::env::var_os("PODPULSE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_podpulse")))
}

/// Removes every container this test run created (label `pp-dep-run=<id>`), also on panic.
struct Scenario {
    run_id: String,
    stop: Arc<AtomicBool>,
    crasher: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Scenario {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(h) = self.crasher.take() {
            let _ = h.join();
        }
        remove_run_containers(&self.run_id);
    }
}

fn remove_run_containers(run_id: &str) {
    let ids = Command::new("docker")
        .args([
            "ps",
            "-aq",
            "--filter",
            &format!("label=pp-dep-run={run_id}"),
        ])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let ids: Vec<&str> = ids.split_whitespace().collect();
    if !ids.is_empty() {
        let _ = Command::new("docker")
            .args(["rm", "-f"])
            .args(&ids)
            .output();
    }
}

/// A pod as cri-dockerd lays it out on dockerd.
struct Pod {
    name: String,
    uid: String,
    sandbox_id: String,
}

fn pod_labels(run_id: &str, name: &str, uid: &str) -> Vec<String> {
    vec![
        format!("io.kubernetes.pod.name={name}"),
        format!("io.kubernetes.pod.namespace={NS}"),
        format!("io.kubernetes.pod.uid={uid}"),
        format!("pp-dep-run={run_id}"),
        "app=pp-dep".to_string(),
    ]
}

fn docker_run(name: &str, labels: &[String], extra: &[&str], cmd: &[&str]) -> String {
    let mut c = Command::new("docker");
    c.args(["run", "-d", "--name", name]);
    for l in labels {
        c.args(["--label", l]);
    }
    c.args(extra).arg(IMAGE).args(cmd);
    run_ok(&mut c).trim().to_string()
}

fn sandbox(run_id: &str, name: &str) -> Pod {
    let uid = format!("{run_id}-{name}-0000-0000-000000000000");
    let mut labels = pod_labels(run_id, name, &uid);
    labels.push("io.kubernetes.container.name=POD".to_string());
    labels.push("io.kubernetes.docker.type=podsandbox".to_string());
    let cname = format!("k8s_POD_{name}_{NS}_{uid}_0");
    // cri-dockerd makes the sandbox's IPC namespace shareable for the app containers.
    let id = docker_run(
        &cname,
        &labels,
        &["--ipc", "shareable"],
        &["sleep", "86400"],
    );
    Pod {
        name: name.to_string(),
        uid,
        sandbox_id: id,
    }
}

fn app(
    run_id: &str,
    pod: &Pod,
    attempt: u32,
    extra: &[&str],
    cmd: &[&str],
    detach_wait: bool,
) -> String {
    let mut labels = pod_labels(run_id, &pod.name, &pod.uid);
    labels.extend([
        "io.kubernetes.container.name=app".to_string(),
        "io.kubernetes.docker.type=container".to_string(),
        format!("io.kubernetes.sandbox.id={}", pod.sandbox_id),
        format!(
            "io.kubernetes.container.logpath=/var/log/pods/{NS}_{}_{}/app/{attempt}.log",
            pod.name, pod.uid
        ),
        format!("annotation.io.kubernetes.container.restartCount={attempt}"),
        "annotation.io.kubernetes.container.hash=1a2b3c4d".to_string(),
        "annotation.io.kubernetes.container.terminationMessagePath=/dev/termination-log"
            .to_string(),
        "annotation.io.kubernetes.container.terminationMessagePolicy=File".to_string(),
        "annotation.io.kubernetes.pod.terminationGracePeriod=30".to_string(),
    ]);
    let net = format!("container:{}", pod.sandbox_id);
    let mut all_extra = vec!["--network", net.as_str(), "--ipc", net.as_str()];
    all_extra.extend_from_slice(extra);
    let cname = format!("k8s_app_{}_{NS}_{}_{attempt}", pod.name, pod.uid);
    let id = docker_run(&cname, &labels, &all_extra, cmd);
    if detach_wait {
        let _ = Command::new("docker").args(["wait", &id]).output();
    }
    id
}

/// The static pod manifest for the probe pod: the kubelet names it `<name>-<node>` and keeps a
/// uid the manifest sets.
fn probe_manifest(name: &str, uid: &str) -> String {
    format!(
        r#"apiVersion: v1
kind: Pod
metadata:
  name: {name}
  namespace: {NS}
  uid: {uid}
spec:
  containers:
    - name: app
      image: {IMAGE}
      command: ["httpd", "-f", "-p", "18642", "-h", "/www"]
      ports:
        - containerPort: 18642
      readinessProbe:
        httpGet:
          path: /healthz
          port: 18642
        periodSeconds: 1
      livenessProbe:
        tcpSocket:
          port: 18643
        periodSeconds: 1
        failureThreshold: 100000
"#
    )
}

fn start_scenario(run_id: &str, manifest_dir: &std::path::Path) -> (Scenario, Vec<String>) {
    let mut scenario = Scenario {
        run_id: run_id.to_string(),
        stop: Arc::new(AtomicBool::new(false)),
        crasher: None,
    };
    let oom = sandbox(run_id, &format!("pp-dep-oom-{run_id}"));
    let crash = sandbox(run_id, &format!("pp-dep-crash-{run_id}"));
    let creating = sandbox(run_id, &format!("pp-dep-creating-{run_id}"));
    let ok = sandbox(run_id, &format!("pp-dep-ok-{run_id}"));
    let probe_base = format!("pp-dep-probe-{run_id}");
    let probe = sandbox(run_id, &format!("{probe_base}-{NODE}"));
    write(
        &manifest_dir.join(format!("{probe_base}.yaml")),
        &probe_manifest(&probe_base, &probe.uid),
    );
    app(
        run_id,
        &probe,
        0,
        &[],
        &["httpd", "-f", "-p", "18642", "-h", "/www"],
        false,
    );

    app(
        run_id,
        &ok,
        0,
        &[],
        &["httpd", "-f", "-p", "18642", "-h", "/www"],
        false,
    );
    app(
        run_id,
        &oom,
        0,
        &["--memory", "16m", "--memory-swap", "16m"],
        &["sh", "-c", "exec tail /dev/zero"],
        true,
    );
    let code = run_ok(Command::new("docker").args([
        "inspect",
        "-f",
        "{{.State.OOMKilled}} {{.State.ExitCode}}",
        &format!("k8s_app_{}_{NS}_{}_0", oom.name, oom.uid),
    ]));
    assert_eq!(
        code.trim(),
        "true 137",
        "the OOM container was not OOM-killed on this host"
    );

    // Crash loop the kubelet's way: each restart is a new container with restartCount + 1.
    for attempt in 0..3 {
        app(
            run_id,
            &crash,
            attempt,
            &[],
            &["sh", "-c", "echo crashing; exit 1"],
            true,
        );
    }
    let crash_name = crash.name.clone();
    let stop = scenario.stop.clone();
    let rid = run_id.to_string();
    scenario.crasher = Some(std::thread::spawn(move || {
        let mut attempt = 3;
        while !stop.load(Ordering::SeqCst) && attempt < 40 {
            for _ in 0..10 {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(500));
            }
            app(
                &rid,
                &crash,
                attempt,
                &[],
                &["sh", "-c", "echo crashing; exit 1"],
                true,
            );
            attempt += 1;
        }
    }));
    let names = vec![oom.name, crash_name, creating.name, ok.name, probe.name];
    (scenario, names)
}

fn alerts(prom: &Prometheus) -> Vec<serde_json::Value> {
    prom.api("/api/v1/alerts")["data"]["alerts"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn has_alert(all: &[serde_json::Value], alert: &str, pod: &str) -> bool {
    all.iter().any(|a| {
        a["labels"]["alertname"] == alert
            && a["labels"]["pod"] == pod
            && (a["state"] == "pending" || a["state"] == "firing")
    })
}

/// Dashboard panels (by title) that must show data in this scenario. The others (probes,
/// kubelet journal events, node problems, disagreement) need a pod spec source or kubelet
/// journal lines this machine does not have; they must still evaluate without error.
const PANELS_WITH_DATA: &[&str] = &[
    "Agents up",
    "Pods watched",
    "Pods not ready",
    "Pods by status",
    "Pods by status over time",
    "Pods that need attention",
    "Crash-looping containers",
    "Container restarts",
    "OOM kills",
    "Containers OOM-killed (total)",
    "Runtime and pod sources up",
    "Agent memory (RSS)",
    "Agent CPU",
    "Agents",
];

/// Panels that must show data once the static pod's probes run.
const PROBE_PANELS: &[&str] = &[
    "Probe success rate",
    "Probe latency (p50 / p90 / p99)",
    "Probes failing below their threshold",
];

#[test]
fn prometheus_scrapes_podpulse_and_every_panel_and_alert_works() {
    require_tools(&["prometheus", "curl"]);
    require_docker();
    run_ok(Command::new("bash").arg(repo().join("scripts/build-test-images.sh")));
    let run_id = format!("{:x}", std::process::id());
    remove_run_containers(&run_id);

    // podpulse, on loopback, watching the local dockerd.
    let state = TempDir::new("state");
    let manifests = TempDir::new("manifests");
    let port = free_port();
    let mut agent = Proc::spawn(
        Command::new(podpulse_bin())
            .args(["run", "--listen", &format!("127.0.0.1:{port}")])
            .args([
                "--runtime",
                "docker",
                "--docker-socket",
                "/var/run/docker.sock",
            ])
            .args(["--node-name", NODE])
            .arg("--state-dir")
            .arg(state.path())
            .arg("--manifest-dir")
            .arg(manifests.path()),
        state.join("podpulse.log"),
    );
    let metrics_url = format!("http://127.0.0.1:{port}/metrics");
    let served = eventually(Duration::from_secs(30), || {
        if let Some(status) = agent.exited() {
            panic!(
                "podpulse exited ({status}) instead of serving /metrics on 127.0.0.1:{port}:\n{}",
                agent.log_tail()
            );
        }
        http_get(&metrics_url).filter(|(c, b)| *c == 200 && b.contains("podpulse_"))
    });
    assert!(
        served.is_some(),
        "podpulse does not serve podpulse_* metrics on {metrics_url}:\n{}",
        agent.log_tail()
    );

    // Prometheus: 1 s scrapes and evaluations, alerts with `for: 5s`.
    let config = scrape_config(port, NODE, true);
    let rules = rules_file_from_prometheusrule(false, Some("5s"));
    let prom = Prometheus::start(&config, &[("podpulse-rules.yaml", &rules)]);
    let up = eventually(Duration::from_secs(30), || {
        let r = prom.query("up{job=\"podpulse\"} == 1").ok()?;
        (!r.is_empty()).then_some(())
    });
    assert!(
        up.is_some(),
        "prometheus never scraped podpulse: {}",
        prom.api("/api/v1/targets")
    );

    let (_scenario, pods) = start_scenario(&run_id, manifests.path());
    let (oom, crash, creating, ok, probe) = (&pods[0], &pods[1], &pods[2], &pods[3], &pods[4]);

    // The agent sees all four pods.
    let seen = eventually(Duration::from_secs(60), || {
        let r = prom
            .query(&format!("podpulse_pod_info{{namespace=\"{NS}\"}}"))
            .ok()?;
        let names: BTreeSet<String> = r
            .iter()
            .filter_map(|s| s["metric"]["pod"].as_str().map(str::to_string))
            .collect();
        pods.iter().all(|p| names.contains(p)).then_some(())
    });
    assert!(
        seen.is_some(),
        "podpulse_pod_info never listed all scenario pods {pods:?}:\n{}",
        agent.log_tail()
    );

    // The alerts of the broken pods become pending/firing; the healthy pod stays clear.
    let expected = [
        ("PodContainerOOMKilled", oom.as_str()),
        ("PodCrashLooping", crash.as_str()),
        ("PodNotReady", crash.as_str()),
        ("PodNotReady", creating.as_str()),
        ("PodStuckContainerCreating", creating.as_str()),
    ];
    let fired = eventually(Duration::from_secs(120), || {
        let all = alerts(&prom);
        expected
            .iter()
            .all(|(alert, pod)| has_alert(&all, alert, pod))
            .then_some(all)
    });
    let all = alerts(&prom);
    let Some(fired) = fired else {
        let statuses = prom
            .query(&format!("podpulse_pod_status{{namespace=\"{NS}\"}} == 1"))
            .unwrap_or_default();
        panic!(
            "alerts missing: {:?}\nalerts: {all:#?}\nstatuses: {statuses:#?}",
            expected
                .iter()
                .filter(|(a, p)| !has_alert(&all, a, p))
                .collect::<Vec<_>>()
        );
    };
    for a in &fired {
        if a["labels"]["pod"] == ok.as_str() {
            panic!("the healthy pod {ok} raised an alert: {a:#}");
        }
    }
    // Annotations rendered with the real labels: the description names the pod, and the
    // runbook_url points at the alert's section of docs/runbooks.md.
    for (alert, pod) in expected {
        let a = fired
            .iter()
            .find(|a| a["labels"]["alertname"] == alert && a["labels"]["pod"] == pod);
        let description = a
            .and_then(|a| a["annotations"]["description"].as_str())
            .unwrap_or("");
        assert!(
            description.contains(pod),
            "{alert} description not rendered for {pod}: {description}"
        );
        let runbook_url = a
            .and_then(|a| a["annotations"]["runbook_url"].as_str())
            .unwrap_or("");
        assert!(
            runbook_url.ends_with(&format!("docs/runbooks.md#{}", alert.to_lowercase())),
            "{alert} runbook_url: {runbook_url}"
        );
    }

    // The agent runs with --manifest-dir: its manifests source must be up, and the static
    // pod's probes run. The failing-below-threshold liveness probe raises its alert, and the
    // probe panels below must show data. (Never weakened at run time: a source that is down is
    // a failure here, not a reason to check less.)
    let manifests_up = eventually(Duration::from_secs(30), || {
        prom.query("podpulse_pod_source_up{source=\"manifests\"} == 1")
            .ok()
            .filter(|r| !r.is_empty())
    });
    assert!(
        manifests_up.is_some(),
        "podpulse_pod_source_up{{source=\"manifests\"}} never read 1 with --manifest-dir {}:\n{}",
        manifests.path().display(),
        agent.log_tail()
    );
    let probe_alert = eventually(Duration::from_secs(60), || {
        has_alert(&alerts(&prom), "PodProbeFailingBelowThreshold", probe).then_some(())
    });
    assert!(
        probe_alert.is_some(),
        "PodProbeFailingBelowThreshold never fired for {probe}: {:#?}\nprobe series: {:#?}",
        alerts(&prom),
        prom.query("{__name__=~\"podpulse_probe_.*\", namespace=\"pp-dep\"}")
    );

    // Every alert rule evaluates without error on real data.
    let rules_state = prom.api("/api/v1/rules");
    for g in rules_state["data"]["groups"]
        .as_array()
        .into_iter()
        .flatten()
    {
        for r in g["rules"].as_array().into_iter().flatten() {
            assert_eq!(
                r["health"], "ok",
                "rule {} unhealthy: {}",
                r["name"], r["lastError"]
            );
        }
    }
    let mut failures = Vec::new();
    for (alert, expr) in alert_exprs() {
        if let Err(e) = prom.query(&expr) {
            failures.push(format!("alert {alert}: {e}"));
        }
    }
    // Rate panels need two scrapes of a series inside their window: give a probe series that
    // only just appeared the time to get them.
    let rated = eventually(Duration::from_secs(45), || {
        prom.query("rate(podpulse_probe_results_total{namespace=\"pp-dep\"}[30s])")
            .ok()
            .filter(|r| !r.is_empty())
    });
    assert!(rated.is_some(), "probe results never had a rate");
    // Every dashboard query: no error; data where the scenario produces it.
    let mut empty = Vec::new();
    for q in dashboard_queries() {
        let expr = substitute_grafana_vars(&q.expr, "30s");
        match prom.query(&expr) {
            Err(e) => failures.push(format!("dashboard {}: {e}\n  {expr}", q.place)),
            Ok(result) => {
                if let Some(label) = &q.label {
                    // This scrape adds no cluster label (a single-cluster Prometheus): the
                    // $cluster variable is empty and matches everything, which the panels
                    // with data below prove.
                    if label == "cluster" {
                        continue;
                    }
                    if !result
                        .iter()
                        .any(|s| s["metric"][label.as_str()].is_string())
                    {
                        failures.push(format!(
                            "dashboard {}: no {label} values from {expr}",
                            q.place
                        ));
                    }
                    continue;
                }
                if result.is_empty() {
                    empty.push(q.place.clone());
                    let must = PANELS_WITH_DATA
                        .iter()
                        .chain(PROBE_PANELS)
                        .any(|t| q.place.starts_with(&format!("panel {t:?} ")));
                    // For multi-query panels the first query (A) carries the data.
                    if must && (q.place.ends_with(" A")) {
                        failures.push(format!("dashboard {}: no data\n  {expr}", q.place));
                    }
                }
            }
        }
    }
    eprintln!("dashboard queries without data here (need probes/journal events): {empty:#?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    drop(prom);
    drop(agent);
}
