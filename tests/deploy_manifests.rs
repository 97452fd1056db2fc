//! deploy/ as the tools that consume it see it: `kubectl kustomize` renders every entry point,
//! `kubernetes-validate --strict` accepts every built-in object, promtool accepts the plain
//! scrape-config example, and the rendered objects carry the properties the issue asks for
//! (least-privilege RBAC, DaemonSet on every node, read-only mounts, no capabilities, probes...).
//!
//! Not covered by kubernetes-validate: the Prometheus Operator kinds (ServiceMonitor, PodMonitor,
//! PrometheusRule) — it ships no CRD schemas. For those this file checks the fields podpulse
//! relies on, and `deploy_rules.rs` runs the PrometheusRule's groups through promtool.

#[path = "deploy_support/mod.rs"]
mod support;

use std::process::Command;
use support::*;
use yaml_serde::Value;

/// Kubernetes versions the manifests are validated against: a current one and the oldest
/// still commonly run.
const K8S_VERSIONS: &[&str] = &["1.37.0", "1.31.0"];
const CRD_KINDS: &[&str] = &["ServiceMonitor", "PodMonitor", "PrometheusRule"];
const ENTRY_POINTS: &[&str] = &[
    "deploy",
    "deploy/overlays/containerd",
    "deploy/overlays/docker",
    "deploy/overlays/crio",
    "deploy/overlays/kubelet-source",
    "deploy/overlays/podmonitor",
];

fn render(entry: &str) -> String {
    run_ok(
        Command::new("kubectl")
            .arg("kustomize")
            .arg(repo().join(entry)),
    )
}

fn objects(entry: &str) -> Vec<Value> {
    yaml_docs(&render(entry))
}

fn find<'a>(objs: &'a [Value], kind: &str, name: &str) -> &'a Value {
    match objs
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
    {
        Some(o) => o,
        None => panic!("no {kind}/{name} rendered"),
    }
}

fn kinds(objs: &[Value]) -> Vec<String> {
    let mut k: Vec<String> = objs
        .iter()
        .filter_map(|o| o["kind"].as_str().map(str::to_string))
        .collect();
    k.sort();
    k
}

#[test]
fn kustomize_renders_every_entry_point() {
    require_tools(&["kubectl"]);
    for entry in ENTRY_POINTS {
        let objs = objects(entry);
        let k = kinds(&objs);
        for want in [
            "Namespace",
            "ServiceAccount",
            "ClusterRole",
            "ClusterRoleBinding",
            "DaemonSet",
            "Service",
            "PrometheusRule",
            "ConfigMap",
        ] {
            assert!(k.iter().any(|x| x == want), "{entry}: no {want} in {k:?}");
        }
        let monitors = k
            .iter()
            .filter(|x| *x == "ServiceMonitor" || *x == "PodMonitor")
            .count();
        assert_eq!(
            monitors, 1,
            "{entry}: exactly one of ServiceMonitor/PodMonitor, got {k:?}"
        );
        for o in &objs {
            if o["kind"] != "Namespace"
                && o["kind"] != "ClusterRole"
                && o["kind"] != "ClusterRoleBinding"
            {
                assert_eq!(
                    o["metadata"]["namespace"], "podpulse",
                    "{entry}: {:?} outside the namespace",
                    o["metadata"]["name"]
                );
            }
        }
    }
}

#[test]
fn every_builtin_object_passes_strict_schema_validation() {
    require_tools(&["kubectl"]);
    let _validate = kubernetes_validate();
    let dir = TempDir::new("validate");
    let mut files = Vec::new();
    for (i, entry) in ENTRY_POINTS.iter().enumerate() {
        let path = dir.join(&format!("{i}-{}.yaml", entry.replace('/', "_")));
        write(&path, &render(entry));
        files.push(path);
    }
    for version in K8S_VERSIONS {
        let mut validate = kubernetes_validate();
        let out = run(validate.args(["--strict", "-k", version]).args(&files));
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "kubernetes-validate {version} failed:\n{text}"
        );
        let mut passed = 0;
        for line in text.lines() {
            if line.starts_with("INFO") && line.contains(" passed ") {
                passed += 1;
                continue;
            }
            if line.starts_with("WARN") && line.contains("Couldn't find schema for kind") {
                // Only the operator's CRDs may lack a schema; a built-in kind must validate.
                assert!(
                    CRD_KINDS
                        .iter()
                        .any(|k| line.contains(&format!("kind {k} "))),
                    "kubernetes-validate {version} has no schema for a built-in kind: {line}"
                );
                eprintln!("not schema-validated (CRD, no schema in kubernetes-validate): {line}");
                continue;
            }
            assert!(
                !line.starts_with("ERROR") && !line.starts_with("WARN"),
                "kubernetes-validate {version}: {line}"
            );
        }
        // 8 built-in objects per entry point (kubelet-source: +2 RBAC objects).
        assert!(
            passed >= 7 * ENTRY_POINTS.len() + 2,
            "only {passed} objects validated:\n{text}"
        );
    }
}

#[test]
fn strict_validation_rejects_a_misspelt_field() {
    // The proof is only worth something if the tool really is strict here.
    require_tools(&["kubectl"]);
    let mut validate = kubernetes_validate();
    let dir = TempDir::new("validate-bad");
    let bad = render("deploy").replace(
        "hostNetwork: true",
        "hostNetwork: true\n      hostNetwrk: true",
    );
    let path = dir.join("bad.yaml");
    write(&path, &bad);
    let out = run(validate
        .args(["--strict", "-k", K8S_VERSIONS[0]])
        .arg(&path));
    assert!(
        !out.status.success(),
        "kubernetes-validate accepted an unknown field"
    );
}

fn daemonset(entry: &str) -> Value {
    find(&objects(entry), "DaemonSet", "podpulse").clone()
}

fn container(ds: &Value) -> Value {
    ds["spec"]["template"]["spec"]["containers"][0].clone()
}

fn env_value(c: &Value, name: &str) -> Option<String> {
    c["env"]
        .as_sequence()?
        .iter()
        .find(|e| e["name"] == name)
        .and_then(|e| e["value"].as_str().map(str::to_string))
}

fn mount<'a>(c: &'a Value, path: &str) -> Option<&'a Value> {
    c["volumeMounts"]
        .as_sequence()?
        .iter()
        .find(|m| m["mountPath"] == path)
}

fn volume<'a>(ds: &'a Value, name: &str) -> Option<&'a Value> {
    ds["spec"]["template"]["spec"]["volumes"]
        .as_sequence()?
        .iter()
        .find(|v| v["name"] == name)
}

#[test]
fn daemonset_runs_everywhere_with_least_privilege() {
    require_tools(&["kubectl"]);
    let ds = daemonset("deploy");
    let pod = &ds["spec"]["template"]["spec"];
    let c = container(&ds);

    // Every node, whatever its taints.
    let tol = pod["tolerations"]
        .as_sequence()
        .cloned()
        .unwrap_or_default();
    assert!(
        tol.iter()
            .any(|t| t["operator"] == "Exists" && t["key"].is_null() && t["effect"].is_null()),
        "needs a toleration for all taints: {tol:?}"
    );
    assert_eq!(pod["priorityClassName"], "system-node-critical");
    assert_eq!(pod["hostNetwork"], true);
    assert_eq!(pod["dnsPolicy"], "ClusterFirstWithHostNet");
    assert_ne!(pod["hostPID"], true);

    // Downward API: node name and pod IP.
    let env = c["env"].as_sequence().cloned().unwrap_or_default();
    let field = |name: &str| {
        env.iter()
            .find(|e| e["name"] == name)
            .map(|e| e["valueFrom"]["fieldRef"]["fieldPath"].clone())
    };
    assert_eq!(
        field("PODPULSE_NODE_NAME"),
        Some(Value::from("spec.nodeName"))
    );
    assert_eq!(field("POD_IP"), Some(Value::from("status.podIP")));
    assert_eq!(
        env_value(&c, "PODPULSE_LISTEN").as_deref(),
        Some("$(POD_IP):9842")
    );

    // Shutdown grace above the agent's 10 s.
    let grace = pod["terminationGracePeriodSeconds"].as_i64().unwrap_or(0);
    assert!(
        grace > 10,
        "terminationGracePeriodSeconds {grace} must exceed the agent's 10 s"
    );

    // Container hardening.
    let sc = &c["securityContext"];
    assert_eq!(sc["readOnlyRootFilesystem"], true);
    assert_eq!(sc["allowPrivilegeEscalation"], false);
    assert_eq!(sc["privileged"], false);
    assert_eq!(sc["capabilities"]["drop"][0], "ALL");
    assert!(
        sc["capabilities"]["add"].is_null(),
        "no capability may be added"
    );
    assert_eq!(
        pod["securityContext"]["seccompProfile"]["type"],
        "RuntimeDefault"
    );

    // Resources sized from the benchmarks (< 25 MiB RSS target).
    assert_eq!(c["resources"]["requests"]["memory"], "30Mi");
    assert_eq!(c["resources"]["requests"]["cpu"], "20m");
    assert_eq!(c["resources"]["limits"]["memory"], "100Mi");

    // Own probes on /healthz and /readyz via the named port.
    assert_eq!(c["livenessProbe"]["httpGet"]["path"], "/healthz");
    assert_eq!(c["readinessProbe"]["httpGet"]["path"], "/readyz");
    assert_eq!(c["livenessProbe"]["httpGet"]["port"], "metrics");
    assert_eq!(c["ports"][0]["containerPort"], 9842);
    assert_eq!(c["ports"][0]["name"], "metrics");

    // Host mounts: read-only, except the state dir; /tmp in memory.
    for (path, host, ro) in [
        ("/var/log/journal", "/var/log/journal", true),
        ("/run/log/journal", "/run/log/journal", true),
        ("/etc/machine-id", "/etc/machine-id", true),
        ("/host/run/containerd", "/run/containerd", true),
        ("/var/lib/podpulse", "/var/lib/podpulse", false),
        ("/run/podpulse", "/run/podpulse", false),
    ] {
        let Some(m) = mount(&c, path) else {
            panic!("no mount at {path}");
        };
        assert_eq!(
            m["readOnly"].as_bool().unwrap_or(false),
            ro,
            "{path}: readOnly"
        );
        let name = m["name"].as_str().unwrap_or("");
        let Some(v) = volume(&ds, name) else {
            panic!("no volume {name}");
        };
        assert_eq!(v["hostPath"]["path"], host, "{path}: hostPath");
    }
    let Some(cfg) = mount(&c, "/etc/podpulse") else {
        panic!("no config mount");
    };
    assert_eq!(cfg["readOnly"], true);
    assert_eq!(
        env_value(&c, "PODPULSE_CONFIG").as_deref(),
        Some("/etc/podpulse/podpulse.yaml")
    );
    let Some(tmp) = mount(&c, "/tmp") else {
        panic!("a read-only root needs a writable /tmp");
    };
    let tmp_vol = volume(&ds, tmp["name"].as_str().unwrap_or(""));
    assert!(tmp_vol.is_some_and(|v| v["emptyDir"]["medium"] == "Memory"));
    let writable: Vec<&Value> = c["volumeMounts"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter(|m| m["readOnly"] != true)
        .collect();
    assert_eq!(
        writable.len(),
        3,
        "only the state dir, the detail socket's dir and /tmp may be writable: {writable:?}"
    );
}

#[test]
fn runtime_components_mount_their_socket_read_only() {
    require_tools(&["kubectl"]);
    for (entry, runtime, env, socket, mount_path, host, host_type) in [
        (
            "deploy/overlays/containerd",
            "cri",
            "PODPULSE_CRI_SOCKET",
            "/host/run/containerd/containerd.sock",
            "/host/run/containerd",
            "/run/containerd",
            "DirectoryOrCreate",
        ),
        (
            "deploy/overlays/crio",
            "cri",
            "PODPULSE_CRI_SOCKET",
            "/host/run/crio/crio.sock",
            "/host/run/crio",
            "/var/run/crio",
            "DirectoryOrCreate",
        ),
        (
            "deploy/overlays/docker",
            "docker",
            "PODPULSE_DOCKER_SOCKET",
            "/host/run/docker.sock",
            "/host/run/docker.sock",
            "/var/run/docker.sock",
            "Socket",
        ),
    ] {
        let ds = daemonset(entry);
        let c = container(&ds);
        assert_eq!(
            env_value(&c, "PODPULSE_RUNTIME").as_deref(),
            Some(runtime),
            "{entry}"
        );
        assert_eq!(env_value(&c, env).as_deref(), Some(socket), "{entry}");
        let Some(m) = mount(&c, mount_path) else {
            panic!("{entry}: no mount at {mount_path}");
        };
        assert_eq!(
            m["readOnly"], true,
            "{entry}: runtime socket must be read-only"
        );
        let Some(v) = volume(&ds, m["name"].as_str().unwrap_or("")) else {
            panic!("{entry}: no runtime volume");
        };
        assert_eq!(v["hostPath"]["path"], host, "{entry}");
        assert_eq!(v["hostPath"]["type"], host_type, "{entry}");
        let runtime_volumes = ds["spec"]["template"]["spec"]["volumes"]
            .as_sequence()
            .into_iter()
            .flatten()
            .filter(|v| v["name"] == "runtime")
            .count();
        assert_eq!(runtime_volumes, 1, "{entry}: one runtime socket only");
    }
    let crio = container(&daemonset("deploy/overlays/crio"));
    assert_eq!(crio["securityContext"]["seLinuxOptions"]["type"], "spc_t");
}

#[test]
fn env_references_are_defined_before_use() {
    // Kubernetes expands $(VAR) only for variables defined earlier in the list; a later one is
    // passed through literally (a silent misconfiguration).
    require_tools(&["kubectl"]);
    let re = match regex::Regex::new(r"\$\(([A-Z_][A-Z0-9_]*)\)") {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    };
    for entry in ENTRY_POINTS {
        let c = container(&daemonset(entry));
        let mut defined: Vec<String> = Vec::new();
        for e in c["env"].as_sequence().into_iter().flatten() {
            if let Some(v) = e["value"].as_str() {
                for cap in re.captures_iter(v) {
                    let var = cap.get(1).map(|m| m.as_str()).unwrap_or("");
                    assert!(
                        defined.iter().any(|d| d == var),
                        "{entry}: {} uses $({var}) before it is defined",
                        e["name"].as_str().unwrap_or("?")
                    );
                }
            }
            if let Some(n) = e["name"].as_str() {
                defined.push(n.to_string());
            }
        }
    }
}

fn rules_of(objs: &[Value]) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for o in objs.iter().filter(|o| o["kind"] == "ClusterRole") {
        let name = o["metadata"]["name"].as_str().unwrap_or("?").to_string();
        for r in o["rules"].as_sequence().into_iter().flatten() {
            out.push((name.clone(), r.clone()));
        }
    }
    out
}

#[test]
fn rbac_is_least_privilege_and_nodes_proxy_is_opt_in() {
    require_tools(&["kubectl"]);
    let base = rules_of(&objects("deploy"));
    assert_eq!(base.len(), 1, "base RBAC: one rule only: {base:?}");
    let r = &base[0].1;
    assert_eq!(r["apiGroups"][0], "");
    assert_eq!(r["resources"].as_sequence().map(Vec::len), Some(1));
    assert_eq!(r["resources"][0], "pods");
    let verbs: Vec<&str> = r["verbs"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(verbs, ["get", "list", "watch"]);
    for entry in ENTRY_POINTS {
        for (role, rule) in rules_of(&objects(entry)) {
            let text = format!("{rule:?}");
            assert!(!text.contains('*'), "{entry}/{role}: wildcard in {text}");
            for v in [
                "create",
                "update",
                "patch",
                "delete",
                "deletecollection",
                "escalate",
                "bind",
                "impersonate",
            ] {
                assert!(
                    !text.contains(&format!("\"{v}\"")),
                    "{entry}/{role}: write verb {v}"
                );
            }
            assert!(!text.contains("secrets"), "{entry}/{role}: secrets");
            if text.contains("nodes/proxy") {
                assert_eq!(
                    *entry, "deploy/overlays/kubelet-source",
                    "nodes/proxy outside the opt-in overlay"
                );
            }
        }
    }
    let kubelet = rules_of(&objects("deploy/overlays/kubelet-source"));
    assert!(kubelet
        .iter()
        .any(|(_, r)| r["resources"][0] == "nodes/proxy" && r["verbs"][0] == "get"));
    let c = container(&daemonset("deploy/overlays/kubelet-source"));
    assert_eq!(
        env_value(&c, "PODPULSE_KUBELET_URL").as_deref(),
        Some("https://$(HOST_IP):10250")
    );
    let why = read(&repo().join("deploy/components/kubelet-source/kustomization.yaml"));
    assert!(
        why.contains("WHY THIS IS POWERFUL") && why.contains("/exec"),
        "nodes/proxy needs its warning"
    );
}

#[test]
fn monitors_keep_pod_labels_and_add_node() {
    require_tools(&["kubectl"]);
    let sm = find(&objects("deploy"), "ServiceMonitor", "podpulse").clone();
    let pm = find(
        &objects("deploy/overlays/podmonitor"),
        "PodMonitor",
        "podpulse",
    )
    .clone();
    for (what, ep) in [
        ("ServiceMonitor", &sm["spec"]["endpoints"][0]),
        ("PodMonitor", &pm["spec"]["podMetricsEndpoints"][0]),
    ] {
        assert_eq!(ep["port"], "metrics", "{what}");
        assert_eq!(ep["path"], "/metrics", "{what}");
        assert_eq!(
            ep["honorLabels"], true,
            "{what}: honorLabels keeps the watched pod's labels"
        );
        let relabel = &ep["relabelings"][0];
        assert_eq!(
            relabel["sourceLabels"][0], "__meta_kubernetes_pod_node_name",
            "{what}"
        );
        assert_eq!(relabel["targetLabel"], "node", "{what}");
    }
    assert_eq!(sm["spec"]["jobLabel"], "app.kubernetes.io/name");
    assert_eq!(pm["spec"]["jobLabel"], "app.kubernetes.io/name");
    // The Service the ServiceMonitor selects exposes the named port.
    let svc = find(&objects("deploy"), "Service", "podpulse").clone();
    assert_eq!(svc["spec"]["clusterIP"], "None");
    assert_eq!(svc["spec"]["ports"][0]["name"], "metrics");
    for (k, v) in sm["spec"]["selector"]["matchLabels"]
        .as_mapping()
        .into_iter()
        .flatten()
    {
        assert_eq!(
            &svc["metadata"]["labels"][k], v,
            "ServiceMonitor selector must match the Service"
        );
    }
}

#[test]
fn prometheusrule_alerts_have_summary_description_and_runbook() {
    let names = alert_names();
    for want in [
        "PodpulseDown",
        "PodpulseAgentDown",
        "PodpulseRuntimeUnreachable",
        "PodpulseJournalUnreadable",
        "PodpulseJournalLagging",
        "PodCrashLooping",
        "PodContainerOOMKilled",
        "PodNotReady",
        "PodStuckContainerCreating",
        "PodImagePullFailing",
        "PodStuckTerminating",
        "PodSysctlForbidden",
        "PodProbeFailingBelowThreshold",
        "PodReadinessDisagreement",
    ] {
        assert!(names.iter().any(|n| n == want), "missing alert {want}");
    }
    let doc = yaml_docs(&rules_file_from_prometheusrule(false, None)).remove(0);
    for g in doc["groups"].as_sequence().into_iter().flatten() {
        for r in g["rules"].as_sequence().into_iter().flatten() {
            let name = r["alert"].as_str().unwrap_or("?");
            for a in ["summary", "description"] {
                let text = r["annotations"][a].as_str().unwrap_or("");
                assert!(
                    text.len() > 20,
                    "{name}: annotation {a} missing or too short"
                );
            }
            // The runbook itself is a section of docs/runbooks.md (tests/deploy_plain.rs checks
            // that every section exists and has its steps).
            let url = r["annotations"]["runbook_url"].as_str().unwrap_or("");
            assert!(
                url.contains("docs/runbooks.md#"),
                "{name}: runbook_url into docs/runbooks.md"
            );
            assert!(
                r["labels"]["severity"].is_string(),
                "{name}: severity label"
            );
        }
    }
}

#[test]
fn alerts_and_dashboard_use_only_contract_metrics() {
    let contract = contract_metrics();
    let known = |m: &str| {
        m == "up"
            || contract.iter().any(|c| c == m)
            || ["_bucket", "_sum", "_count"].iter().any(|s| {
                m.strip_suffix(s)
                    .is_some_and(|base| contract.iter().any(|c| c == base))
            })
    };
    let mut used = Vec::new();
    for (alert, expr) in alert_exprs() {
        for m in metric_names_in(&expr) {
            assert!(
                known(&m),
                "alert {alert} uses {m}, which is not in the metric contract"
            );
            used.push(m);
        }
    }
    for q in dashboard_queries() {
        for m in metric_names_in(&q.expr) {
            assert!(
                known(&m),
                "dashboard {} uses {m}, which is not in the metric contract",
                q.place
            );
            used.push(m);
        }
    }
    // The dashboard and alerts cover the metrics the issue names.
    for must in [
        "podpulse_pod_status",
        "podpulse_container_crashlooping",
        "podpulse_container_oom_kills_total",
        "podpulse_probe_duration_seconds_bucket",
        "podpulse_probe_results_total",
        "podpulse_kubelet_events_total",
        "podpulse_runtime_up",
        "podpulse_journal_lag_seconds",
        "process_resident_memory_bytes",
    ] {
        assert!(used.iter().any(|u| u == must), "{must} is used nowhere");
    }
}

#[test]
fn dashboard_is_importable_grafana_json() {
    let d = dashboard();
    assert!(d["id"].is_null(), "an importable dashboard has id null");
    assert_eq!(d["uid"], "podpulse-pods");
    assert!(d["schemaVersion"].as_i64().unwrap_or(0) >= 36);
    let vars: Vec<&str> = d["templating"]["list"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v["name"].as_str())
        .collect();
    assert_eq!(
        vars,
        ["datasource", "cluster", "job", "node", "namespace", "pod"]
    );
    let mut titles = Vec::new();
    let mut ids = Vec::new();
    for p in d["panels"].as_array().into_iter().flatten() {
        ids.push(p["id"].as_i64().unwrap_or(-1));
        titles.push(p["title"].as_str().unwrap_or("").to_string());
        if p["type"] == "row" {
            continue;
        }
        assert_eq!(
            p["datasource"]["uid"], "${datasource}",
            "panel {:?}",
            p["title"]
        );
        let targets = p["targets"].as_array().cloned().unwrap_or_default();
        assert!(!targets.is_empty(), "panel {:?} has no query", p["title"]);
        for t in targets {
            assert_eq!(t["datasource"]["uid"], "${datasource}");
            assert!(t["expr"].as_str().is_some_and(|e| !e.is_empty()));
        }
        let g = &p["gridPos"];
        assert!(
            g["w"].as_i64().unwrap_or(0) > 0
                && g["x"].as_i64().unwrap_or(99) + g["w"].as_i64().unwrap_or(99) <= 24
        );
    }
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "panel ids must be unique");
    for want in [
        "Pods by status",
        "Pods that need attention",
        "Crash-looping containers",
        "OOM kills",
        "Probe success rate",
        "Probe latency (p50 / p90 / p99)",
        "Kubelet events by reason",
        "Agent memory (RSS)",
    ] {
        assert!(titles.iter().any(|t| t == want), "no panel {want:?}");
    }
    // The ConfigMap that ships it to Grafana's sidecar holds the very same JSON.
    if which("kubectl").is_some() {
        let cm = find(&objects("deploy"), "ConfigMap", "podpulse-dashboard").clone();
        assert_eq!(cm["metadata"]["labels"]["grafana_dashboard"], "1");
        let json = cm["data"]["podpulse.json"].as_str().unwrap_or("");
        let parsed: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(parsed, d, "ConfigMap data differs from the dashboard file");
    }
}

#[test]
fn dashboard_json_is_what_its_generator_writes() {
    // scripts/deploy-gen-dashboard.py is the dashboard's source; the JSON is its output.
    require_tools(&["python3"]);
    let out = run_ok(Command::new("python3").arg(repo().join("scripts/deploy-gen-dashboard.py")));
    let generated: serde_json::Value = match serde_json::from_str(&out) {
        Ok(v) => v,
        Err(e) => panic!("generator output is not JSON: {e}"),
    };
    assert_eq!(
        generated,
        dashboard(),
        "deploy/base/dashboards/podpulse.json is stale: python3 scripts/deploy-gen-dashboard.py > deploy/base/dashboards/podpulse.json"
    );
}

#[test]
fn scrape_config_example_passes_promtool() {
    require_tools(&["promtool"]);
    let dir = TempDir::new("scrape");
    let example = read(&repo().join("deploy/prometheus/prometheus.yml"));
    write(&dir.join("prometheus.yml"), &example);
    write(
        &dir.join("podpulse-rules.yaml"),
        &rules_file_from_prometheusrule(false, None),
    );
    let out = run(Command::new("promtool")
        .args(["check", "config"])
        .arg(dir.join("prometheus.yml")));
    if out.status.success() {
        return;
    }
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Debian builds Prometheus without the Kubernetes service discovery (it would pull in
    // client-go): its promtool does not know kubernetes_sd_configs. Then check everything else
    // (relabelling, rule file, the static job) with the SD block swapped for a static target.
    assert!(
        text.contains("field kubernetes_sd_configs not found"),
        "promtool check config failed:\n{text}"
    );
    eprintln!("note: this promtool has no Kubernetes SD; checking the rest of the example");
    let mut cfg = yaml_docs(&example).remove(0);
    let Some(jobs) = cfg["scrape_configs"].as_sequence_mut() else {
        panic!("no scrape_configs");
    };
    let mut swapped = 0;
    for job in jobs.iter_mut() {
        if let Some(m) = job.as_mapping_mut() {
            if m.remove("kubernetes_sd_configs").is_some() {
                let targets: Value =
                    yaml_serde::from_str("[{targets: ['127.0.0.1:9842']}]").unwrap_or_default();
                m.insert(Value::from("static_configs"), targets);
                swapped += 1;
            }
        }
    }
    assert_eq!(swapped, 1);
    write(
        &dir.join("prometheus.yml"),
        &yaml_serde::to_string(&cfg).unwrap_or_default(),
    );
    run_ok(
        Command::new("promtool")
            .args(["check", "config"])
            .arg(dir.join("prometheus.yml")),
    );
}

#[test]
fn daemonset_env_is_understood_by_the_agent() {
    // Every PODPULSE_* variable the manifests set must be one the agent reads (clap prints
    // `[env: NAME=]` for each), with a value it accepts where the flag is an enum.
    require_tools(&["kubectl"]);
    let bin = std::env::var_os("PODPULSE_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_BIN_EXE_podpulse")));
    let help = run_ok(Command::new(bin).args(["run", "--help"]));
    for entry in ENTRY_POINTS {
        let c = container(&daemonset(entry));
        for e in c["env"].as_sequence().into_iter().flatten() {
            let Some(name) = e["name"].as_str() else {
                continue;
            };
            if !name.starts_with("PODPULSE_") {
                continue;
            }
            let Some(line) = help.lines().find(|l| l.contains(&format!("[env: {name}="))) else {
                panic!("{entry}: podpulse run does not read {name}:\n{help}");
            };
            if let (Some(value), Some(pos)) = (e["value"].as_str(), line.find("[possible values: "))
            {
                let values = &line[pos..];
                assert!(
                    values.contains(&format!(" {value},"))
                        || values.contains(&format!(" {value}]")),
                    "{entry}: {name}={value} is not one of {values}"
                );
            }
        }
    }
}

#[test]
fn agent_config_of_every_entry_point_passes_check_config() {
    // The ConfigMap the DaemonSet mounts is read by `podpulse run --config`: the agent itself
    // must accept it. The node name comes from PODPULSE_NODE_NAME in the pod; add it here.
    require_tools(&["kubectl"]);
    let bin = std::env::var_os("PODPULSE_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_BIN_EXE_podpulse")));
    let dir = TempDir::new("agent-config");
    for (i, entry) in ENTRY_POINTS.iter().enumerate() {
        let objs = objects(entry);
        let ds = find(&objs, "DaemonSet", "podpulse");
        let cm_name = ds["spec"]["template"]["spec"]["volumes"]
            .as_sequence()
            .into_iter()
            .flatten()
            .find(|v| v["name"] == "config")
            .and_then(|v| v["configMap"]["name"].as_str())
            .unwrap_or("");
        let cm = find(&objs, "ConfigMap", cm_name);
        let Some(text) = cm["data"]["podpulse.yaml"].as_str() else {
            panic!("{entry}: ConfigMap {cm_name} has no podpulse.yaml");
        };
        let path = dir.join(&format!("{i}.yaml"));
        write(&path, &format!("{text}\nnode_name: pp-dep-check-node\n"));
        let out = run(Command::new(&bin).arg("check-config").arg(&path));
        assert!(
            out.status.success(),
            "{entry}: podpulse check-config rejects the DaemonSet's config: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let kubelet = objects("deploy/overlays/kubelet-source");
    let text = kubelet
        .iter()
        .find(|o| o["kind"] == "ConfigMap" && o["data"]["podpulse.yaml"].is_string())
        .and_then(|o| o["data"]["podpulse.yaml"].as_str())
        .unwrap_or("");
    assert!(
        text.contains("token_file"),
        "kubelet-source must configure the kubelet token"
    );
}
