//! `podpulse explain` end to end through the library (the binary's clap wiring is the lead's):
//! saved `kubectl get pods -o json` Lists, single Pods, multi-document YAML and malformed input
//! from tests/data/status/, covering every pod state of the seed.

use std::path::PathBuf;

use podpulse::explain::{explain_bytes, run, ExplainArgs};
use podpulse::health::time::parse_rfc3339;
use podpulse::health::ClassifyConfig;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/status")
        .join(name)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(data(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

fn now() -> f64 {
    parse_rfc3339("2026-11-27T10:45:00Z").unwrap_or(0.0)
}

/// (name, STATUS, READY, RESTARTS cell, diagnosis reason)
fn check(file: &str, config: &ClassifyConfig, want: &[(&str, &str, &str, &str, &str)]) {
    let out = explain_bytes(file, &read(file), now(), config);
    let errors: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{file}: {errors:?}");
    let got: Vec<(String, String, String, String, String)> = out
        .pods
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.status().to_string(),
                p.ready(),
                podpulse::health::printpod::format_restarts(
                    p.health.restarts,
                    p.health.last_restart_at,
                    now(),
                ),
                p.health.diagnosis.reason.to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String, String, String, String)> = want
        .iter()
        .map(|w| {
            (
                w.0.to_string(),
                w.1.to_string(),
                w.2.to_string(),
                w.3.to_string(),
                w.4.to_string(),
            )
        })
        .collect();
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w, "{file}");
    }
    assert_eq!(got.len(), want.len(), "{file}: {got:?}");
}

#[test]
fn every_seed_state_from_a_saved_list() {
    check(
        "states.json",
        &ClassifyConfig::default(),
        &[
            ("pending-unschedulable", "Pending", "0/1", "0", "Pending"),
            (
                "creating",
                "ContainerCreating",
                "0/1",
                "0",
                "ContainerCreating",
            ),
            ("running", "Running", "1/1", "0", "Healthy"),
            ("job-done", "Completed", "0/1", "0", "Completed"),
            ("job-failed", "Error", "0/1", "0", "Error"),
            ("node-lost", "Unknown", "1/1", "0", "NodeLost"),
            ("phase-unknown", "Unknown", "0/1", "0", "Unknown"),
            ("pull-error", "ErrImagePull", "0/1", "0", "ErrImagePull"),
            (
                "pull-backoff",
                "ImagePullBackOff",
                "0/1",
                "0",
                "ImagePullBackOff",
            ),
            (
                "crashloop",
                "CrashLoopBackOff",
                "0/1",
                "14 (4m58s ago)",
                "CrashLoopBackOff",
            ),
            ("oom", "OOMKilled", "0/1", "0", "OOMKilled"),
            (
                "oom-loop",
                "CrashLoopBackOff",
                "0/1",
                "4 (34m ago)",
                "OOMKilled",
            ),
            ("terminating", "Terminating", "1/1", "0", "Terminating"),
            (
                "sysctl-rejected",
                "SysctlForbidden",
                "0/1",
                "0",
                "SysctlForbidden",
            ),
            ("init-running", "Init:0/1", "0/1", "0", "PodInitializing"),
            ("sidecar", "Running", "2/2", "0", "Healthy"),
            ("half-done", "NotReady", "1/2", "0", "NotReady"),
            ("evicted", "Evicted", "0/1", "0", "Evicted"),
        ],
    );
}

#[test]
fn diagnosis_evidence_and_next_steps() {
    let out = explain_bytes(
        "states.json",
        &read("states.json"),
        now(),
        &ClassifyConfig::default(),
    );
    let by = |name: &str| {
        out.pods
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    let crash = by("crashloop");
    assert!(
        crash
            .health
            .diagnosis
            .evidence
            .iter()
            .any(|e| e.contains("exited with code 1")),
        "{:?}",
        crash.health.diagnosis
    );
    assert!(crash
        .health
        .diagnosis
        .next_steps
        .contains(&"kubectl logs crashloop -n shop -c app --previous".to_string()));
    let oom = by("oom-loop");
    assert!(
        oom.health
            .diagnosis
            .evidence
            .iter()
            .any(|e| e.contains("64Mi")),
        "{:?}",
        oom.health.diagnosis
    );
    assert!(oom
        .health
        .diagnosis
        .next_steps
        .iter()
        .any(|s| s.contains("raise the memory limit")));
    let pull = by("pull-error");
    assert!(pull
        .health
        .diagnosis
        .evidence
        .iter()
        .any(|e| e.contains("imagePullPolicy IfNotPresent")));
    assert!(pull
        .health
        .diagnosis
        .next_steps
        .iter()
        .any(|s| s.contains("pull secret")));
    let sysctl = by("sysctl-rejected");
    assert!(sysctl
        .health
        .diagnosis
        .evidence
        .iter()
        .any(|e| e.contains("kernel.msgmax")));
    assert!(sysctl
        .health
        .diagnosis
        .next_steps
        .iter()
        .any(|s| s.contains("--allowed-unsafe-sysctls='kernel.msgmax'")));
    let term = by("terminating");
    assert!(
        term.health
            .diagnosis
            .next_steps
            .iter()
            .any(|s| s.contains("--grace-period=0 --force")),
        "{:?}",
        term.health.diagnosis
    );
}

#[test]
fn yaml_manifests_predict_sysctl_rejection() {
    check(
        "manifests.yaml",
        &ClassifyConfig::default(),
        &[
            ("tuned-db", "SysctlForbidden", "0/1", "0", "SysctlForbidden"),
            ("safe-sysctl", "Pending", "0/1", "0", "Pending"),
            ("web", "Running", "1/1", "2 (44m ago)", "Healthy"),
        ],
    );
    let allow = ClassifyConfig {
        allowed_unsafe_sysctls: vec!["net.core.*".into()],
        ..ClassifyConfig::default()
    };
    check(
        "manifests.yaml",
        &allow,
        &[
            ("tuned-db", "Pending", "0/1", "0", "Pending"),
            ("safe-sysctl", "Pending", "0/1", "0", "Pending"),
            ("web", "Running", "1/1", "2 (44m ago)", "Healthy"),
        ],
    );
}

fn run_file(name: &str, json: bool) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = run(
        ExplainArgs {
            file: data(name).to_string_lossy().into_owned(),
            json,
            ..Default::default()
        },
        &mut out,
        &mut err,
    );
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

#[test]
fn json_output_shape_and_order() {
    let (code, out, err) = run_file("states.json", true);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let arr = v
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {out}"));
    assert_eq!(arr.len(), 18);
    let first = &arr[0];
    let mut keys: Vec<&str> = first
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "diagnosis",
            "name",
            "namespace",
            "ready",
            "restarts",
            "status"
        ]
    );
    let mut dkeys: Vec<&str> = first["diagnosis"]
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    dkeys.sort_unstable();
    assert_eq!(dkeys, ["evidence", "next_steps", "reason"]);
    let crash = &arr[9];
    assert_eq!(crash["name"], "crashloop");
    assert_eq!(crash["namespace"], "shop");
    assert_eq!(crash["status"], "CrashLoopBackOff");
    assert_eq!(crash["ready"], "0/1");
    assert_eq!(crash["restarts"], 14, "restarts must be an integer");
    assert_eq!(crash["diagnosis"]["reason"], "CrashLoopBackOff");
    assert!(crash["diagnosis"]["evidence"].is_array());
    assert!(crash["diagnosis"]["next_steps"].is_array());
}

#[test]
fn table_output() {
    let (code, out, err) = run_file("single-pod.json", false);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(
        header,
        [
            "NAMESPACE",
            "NAME",
            "READY",
            "STATUS",
            "RESTARTS",
            "AGE",
            "DIAGNOSIS"
        ]
    );
    let row: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(&row[..5], ["shop", "running", "1/1", "Running", "0"]);
    assert_eq!(row[6], "Healthy");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn malformed_items_do_not_hide_good_pods() {
    let (code, out, err) = run_file("malformed-items.json", true);
    assert_eq!(code, 0, "good pods were read: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
    let names: Vec<&str> = v
        .as_array()
        .map(|a| a.iter().filter_map(|p| p["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["ok-1", "ok-2"]);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].contains(
            "malformed-items.json: document 1, items[1]: not a valid Pod (pod a/wrong-types)"
        ),
        "{err}"
    );
    assert!(
        lines[1].contains("items[2]: metadata.name is missing"),
        "{err}"
    );
    assert!(
        lines[2].contains("items[3]: expected a Pod object, found a string"),
        "{err}"
    );
}

#[test]
fn malformed_yaml_documents_are_isolated() {
    let (code, out, err) = run_file("malformed.yaml", true);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
    let got: Vec<(String, String)> = v
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    (
                        p["name"].as_str().unwrap_or("").to_string(),
                        p["status"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        got,
        [
            ("first".into(), "Pending".into()),
            ("third".into(), "Running".into())
        ]
    );
    assert!(
        err.contains("malformed.yaml: document 2: not valid YAML"),
        "{err}"
    );
    assert!(
        err.contains("malformed.yaml: document 3: kind \"Service\" is not a Pod"),
        "{err}"
    );
}

#[test]
fn nothing_readable_exits_non_zero() {
    for (file, needle) in [
        (
            "malformed-syntax.json",
            "malformed-syntax.json: document 1: not valid JSON",
        ),
        ("empty.json", "empty.json: document 1: the input is empty"),
        ("does-not-exist.json", "does-not-exist.json: cannot read"),
    ] {
        let (code, out, err) = run_file(file, true);
        assert_eq!(code, 1, "{file}: {out} {err}");
        assert!(err.contains(needle), "{file}: {err}");
    }
}

#[test]
fn single_pod_and_array_inputs() {
    let pod = read("single-pod.json");
    let out = explain_bytes("pod.json", &pod, now(), &ClassifyConfig::default());
    assert_eq!(out.pods.len(), 1);
    assert_eq!(out.pods[0].status(), "Running");
    let mut arr = b"[".to_vec();
    arr.extend_from_slice(&pod);
    arr.extend_from_slice(b",");
    arr.extend_from_slice(&pod);
    arr.extend_from_slice(b"]");
    let out = explain_bytes("pods.json", &arr, now(), &ClassifyConfig::default());
    assert_eq!(out.pods.len(), 2);
    // Two concatenated documents, as `kubectl get pod a b -o json` never prints but people paste.
    let mut two = pod.clone();
    two.extend_from_slice(b"\n");
    two.extend_from_slice(&pod);
    let out = explain_bytes("two.json", &two, now(), &ClassifyConfig::default());
    assert_eq!(out.pods.len(), 2);
    assert!(out.errors.is_empty());
}

#[test]
fn yaml_list_as_kubectl_prints_it() {
    let yaml = br#"apiVersion: v1
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: a
    namespace: ns
  spec:
    containers:
    - name: c
      image: c:1
  status:
    phase: Running
    containerStatuses:
    - name: c
      ready: false
      restartCount: 3
      state:
        waiting:
          reason: CrashLoopBackOff
      lastState:
        terminated:
          exitCode: 2
          reason: Error
          finishedAt: "2026-11-27T10:44:00Z"
- apiVersion: v1
  kind: Pod
  metadata:
    name: b
    namespace: ns
  spec:
    containers:
    - name: c
      image: c:1
      resources:
        limits:
          memory: 128974848
  status:
    phase: Succeeded
    containerStatuses:
    - name: c
      ready: false
      restartCount: 0
      state:
        terminated:
          exitCode: 0
          reason: Completed
kind: List
metadata:
  resourceVersion: ""
"#;
    let out = explain_bytes("pods.yaml", yaml, now(), &ClassifyConfig::default());
    assert!(
        out.errors.is_empty(),
        "{:?}",
        out.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>()
    );
    let got: Vec<(&str, &str, String, u32)> = out
        .pods
        .iter()
        .map(|p| (p.name.as_str(), p.status(), p.ready(), p.health.restarts))
        .collect();
    assert_eq!(
        got,
        [
            ("a", "CrashLoopBackOff", "0/1".to_string(), 3),
            ("b", "Completed", "0/1".to_string(), 0)
        ]
    );
}
