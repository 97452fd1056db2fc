//! podpulse on a cluster without the Prometheus Operator, and the conventions its alerts follow:
//!
//! - `deploy/overlays/without-operator` renders (real `kubectl kustomize`) no
//!   `monitoring.coreos.com` object, and marks the agent pods and the Service with the
//!   `prometheus.io/*` annotations that annotation-driven scrape jobs read;
//! - every entry point's DaemonSet runs on Linux nodes only;
//! - the plain rules file `deploy/prometheus/podpulse-rules.yaml` is exactly what
//!   `scripts/deploy-rules.sh` writes from the PrometheusRule, holds the same groups, and passes
//!   `promtool check rules`;
//! - every alert's `runbook_url` names a section of docs/runbooks.md that says what the alert
//!   means, its impact, how to diagnose it (with `podpulse describe` for pod alerts) and how to
//!   mitigate it.

#[path = "deploy_support/mod.rs"]
mod support;

use std::process::Command;
use support::*;
use yaml_serde::Value;

const ENTRY_POINTS: &[&str] = &[
    "deploy",
    "deploy/overlays/containerd",
    "deploy/overlays/docker",
    "deploy/overlays/crio",
    "deploy/overlays/kubelet-source",
    "deploy/overlays/podmonitor",
    "deploy/overlays/without-operator",
];

fn objects(entry: &str) -> Vec<Value> {
    yaml_docs(&run_ok(
        Command::new("kubectl")
            .arg("kustomize")
            .arg(repo().join(entry)),
    ))
}

fn annotations_say_scrape_9842(what: &str, annotations: &Value) {
    assert_eq!(annotations["prometheus.io/scrape"], "true", "{what}");
    assert_eq!(annotations["prometheus.io/port"], "9842", "{what}");
    assert_eq!(annotations["prometheus.io/path"], "/metrics", "{what}");
}

#[test]
fn without_operator_overlay_has_no_operator_kinds_and_is_annotated() {
    require_tools(&["kubectl"]);
    let objs = objects("deploy/overlays/without-operator");
    for o in &objs {
        let api = o["apiVersion"].as_str().unwrap_or("");
        assert!(
            !api.starts_with("monitoring.coreos.com/"),
            "without-operator renders {} {:?}",
            o["kind"].as_str().unwrap_or("?"),
            o["metadata"]["name"]
        );
    }
    let kinds: Vec<&str> = objs.iter().filter_map(|o| o["kind"].as_str()).collect();
    for want in [
        "Namespace",
        "ServiceAccount",
        "ClusterRole",
        "ClusterRoleBinding",
        "DaemonSet",
        "Service",
        "ConfigMap",
    ] {
        assert!(kinds.contains(&want), "no {want} in {kinds:?}");
    }
    let ds = objs
        .iter()
        .find(|o| o["kind"] == "DaemonSet")
        .cloned()
        .unwrap_or_default();
    annotations_say_scrape_9842(
        "DaemonSet pod template",
        &ds["spec"]["template"]["metadata"]["annotations"],
    );
    // The annotated port is the one the agent serves /metrics on.
    let port = &ds["spec"]["template"]["spec"]["containers"][0]["ports"][0];
    assert_eq!(port["containerPort"], 9842);
    let svc = objs
        .iter()
        .find(|o| o["kind"] == "Service")
        .cloned()
        .unwrap_or_default();
    annotations_say_scrape_9842("Service", &svc["metadata"]["annotations"]);

    // The Operator entry points are untouched: no annotations there (an annotation-driven job
    // next to a ServiceMonitor would scrape every agent twice).
    let with_operator = objects("deploy");
    let ds = with_operator
        .iter()
        .find(|o| o["kind"] == "DaemonSet")
        .cloned()
        .unwrap_or_default();
    assert!(
        ds["spec"]["template"]["metadata"]["annotations"]["prometheus.io/scrape"].is_null(),
        "deploy/ must not carry scrape annotations"
    );
}

#[test]
fn every_entry_point_runs_on_linux_nodes_only() {
    require_tools(&["kubectl"]);
    for entry in ENTRY_POINTS {
        let objs = objects(entry);
        let ds = objs
            .iter()
            .find(|o| o["kind"] == "DaemonSet")
            .cloned()
            .unwrap_or_default();
        let spec = &ds["spec"]["template"]["spec"];
        assert_eq!(
            spec["nodeSelector"]["kubernetes.io/os"], "linux",
            "{entry}: nodeSelector kubernetes.io/os=linux"
        );
        // It still tolerates every taint: a node in trouble is where podpulse is needed.
        assert_eq!(spec["tolerations"][0]["operator"], "Exists", "{entry}");
    }
}

#[test]
fn plain_rules_file_is_the_prometheusrule_generated_and_checked() {
    require_tools(&["python3", "promtool"]);
    let committed_path = repo().join("deploy/prometheus/podpulse-rules.yaml");
    let committed = read(&committed_path);
    let generated = run_ok(Command::new("bash").arg(repo().join("scripts/deploy-rules.sh")));
    assert_eq!(
        committed, generated,
        "deploy/prometheus/podpulse-rules.yaml is stale: scripts/deploy-rules.sh > deploy/prometheus/podpulse-rules.yaml"
    );
    // Same groups as the PrometheusRule, annotations included (the harness extracts them with
    // its own YAML library, so this also proves the script's extraction).
    let ours = yaml_docs(&rules_file_from_prometheusrule(false, None)).remove(0);
    let plain = yaml_docs(&committed).remove(0);
    assert_eq!(plain, ours, "plain rules differ from the PrometheusRule");
    let out = run_ok(
        Command::new("promtool")
            .args(["check", "rules"])
            .arg(&committed_path),
    );
    assert!(
        out.contains(&format!("SUCCESS: {} rules found", alert_names().len())),
        "{out}"
    );
    // The scrape-config example loads exactly this file.
    let example = yaml_docs(&read(&repo().join("deploy/prometheus/prometheus.yml"))).remove(0);
    assert_eq!(example["rule_files"][0], "podpulse-rules.yaml");
}

/// The sections of docs/runbooks.md: heading text → body.
fn runbook_sections() -> Vec<(String, String)> {
    let text = read(&repo().join("docs/runbooks.md"));
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            out.push((h.trim().to_string(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

#[test]
fn every_alert_has_a_runbook_url_into_its_runbook_section() {
    let sections = runbook_sections();
    let doc = yaml_docs(&rules_file_from_prometheusrule(false, None)).remove(0);
    let mut alerts = 0;
    for g in doc["groups"].as_sequence().into_iter().flatten() {
        for r in g["rules"].as_sequence().into_iter().flatten() {
            let Some(name) = r["alert"].as_str() else {
                continue;
            };
            alerts += 1;
            let url = r["annotations"]["runbook_url"].as_str().unwrap_or("");
            let Some((_, anchor)) = url.split_once("docs/runbooks.md#") else {
                panic!("{name}: runbook_url {url:?} does not point into docs/runbooks.md");
            };
            assert!(
                url.starts_with("https://"),
                "{name}: runbook_url must be absolute"
            );
            // GitHub's anchor of a `## Name` heading is the lower-cased name.
            let Some((_, body)) = sections.iter().find(|(h, _)| h.to_lowercase() == anchor) else {
                panic!("{name}: docs/runbooks.md has no section for #{anchor}");
            };
            for part in [
                "**Meaning.**",
                "**Impact.**",
                "**Diagnosis.**",
                "**Mitigation.**",
            ] {
                assert!(body.contains(part), "{name}: runbook section lacks {part}");
            }
            assert!(
                body.contains("kubectl"),
                "{name}: runbook without a kubectl step"
            );
            if !name.starts_with("Podpulse") {
                assert!(
                    body.contains("podpulse describe"),
                    "{name}: a pod alert's diagnosis starts from podpulse describe"
                );
            }
        }
    }
    assert!(alerts > 10, "only {alerts} alerts");
    // And no orphan sections: every runbook belongs to an alert.
    let names = alert_names();
    for (h, _) in &sections {
        assert!(
            names.iter().any(|n| n == h),
            "docs/runbooks.md section {h:?} belongs to no alert"
        );
    }
}

#[test]
fn your_own_image_replaces_the_default_one() {
    // What `kustomize edit set image podpulse/podpulse=registry.example.com/ops/podpulse:1.2.3-abc`
    // writes into a kustomization (docs/deploy.md), applied on top of an entry point.
    require_tools(&["kubectl"]);
    let dir = TempDir::new("own-image");
    // kustomize takes only relative resource paths: climb from the temp dir to `/`.
    let depth = dir.path().components().count().saturating_sub(1);
    let up = "../".repeat(depth);
    let entry = repo().join("deploy/overlays/without-operator");
    let rel = format!(
        "{up}{}",
        entry.display().to_string().trim_start_matches('/')
    );
    write(
        &dir.join("kustomization.yaml"),
        &format!(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - {rel}\nimages:\n  - name: podpulse/podpulse\n    newName: registry.example.com/ops/podpulse\n    newTag: 1.2.3-abc\n"
        ),
    );
    let objs = yaml_docs(&run_ok(
        Command::new("kubectl").arg("kustomize").arg(dir.path()),
    ));
    let ds = objs
        .iter()
        .find(|o| o["kind"] == "DaemonSet")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        ds["spec"]["template"]["spec"]["containers"][0]["image"],
        "registry.example.com/ops/podpulse:1.2.3-abc"
    );
    // The default names the image scripts/build-image.sh tags by default.
    let default = objects("deploy/overlays/without-operator");
    let image = default
        .iter()
        .find(|o| o["kind"] == "DaemonSet")
        .and_then(|o| o["spec"]["template"]["spec"]["containers"][0]["image"].as_str())
        .unwrap_or("")
        .to_string();
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(image, format!("podpulse/podpulse:{version}"));
    let script = read(&repo().join("scripts/build-image.sh"));
    assert!(script.contains("podpulse/podpulse:$version"));
}

#[test]
fn without_operator_overlay_passes_strict_schema_validation() {
    // Every object it renders is a built-in kind, so every one must have a schema and pass.
    require_tools(&["kubectl"]);
    let _ = kubernetes_validate();
    let dir = TempDir::new("validate-plain");
    let path = dir.join("without-operator.yaml");
    let rendered = run_ok(
        Command::new("kubectl")
            .arg("kustomize")
            .arg(repo().join("deploy/overlays/without-operator")),
    );
    write(&path, &rendered);
    let objects = yaml_docs(&rendered).len();
    for version in ["1.37.0", "1.31.0"] {
        let mut validate = kubernetes_validate();
        let out = run(validate.args(["--strict", "-k", version]).arg(&path));
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "kubernetes-validate {version}:\n{text}"
        );
        let passed = text
            .lines()
            .filter(|l| l.starts_with("INFO") && l.contains(" passed "))
            .count();
        assert_eq!(
            passed, objects,
            "kubernetes-validate {version}: every object must validate:\n{text}"
        );
    }
}
