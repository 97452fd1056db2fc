//! The `tls` kustomize component (deploy/components/tls), rendered by the real
//! `kubectl kustomize` on top of the base and a runtime component, the way a user's overlay
//! does it: Prometheus scrapes over HTTPS with a client certificate and basic auth taken from
//! Secrets, the DaemonSet mounts the web config read-only and points the agent at it, and the
//! kubelet's probes move to the loopback detail listener (they carry no client certificate).

#[path = "deploy_support/mod.rs"]
mod support;

use std::process::Command;
use support::*;

fn render_with_tls() -> Vec<yaml_serde::Value> {
    require_tools(&["kubectl"]);
    // kustomize refuses absolute resource paths: the overlay reaches deploy/ through a link.
    let dir = TempDir::new("tls-overlay");
    if let Err(e) = std::os::unix::fs::symlink(repo().join("deploy"), dir.join("deploy")) {
        panic!("cannot link deploy/: {e}");
    }
    write(
        &dir.join("overlay/kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../deploy/base\ncomponents:\n  - ../deploy/components/containerd\n  - ../deploy/components/tls\n",
    );
    yaml_docs(&run_ok(
        Command::new("kubectl")
            .arg("kustomize")
            .arg(dir.join("overlay")),
    ))
}

fn find<'a>(objs: &'a [yaml_serde::Value], kind: &str) -> &'a yaml_serde::Value {
    match objs
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == "podpulse")
    {
        Some(o) => o,
        None => panic!("no {kind}/podpulse rendered"),
    }
}

#[test]
fn tls_component_scrapes_with_tls_config_and_basic_auth_from_secrets() {
    let objs = render_with_tls();
    let sm = find(&objs, "ServiceMonitor");
    let ep = &sm["spec"]["endpoints"][0];
    assert_eq!(ep["scheme"], "https", "{ep:?}");
    let tls = &ep["tlsConfig"];
    assert_eq!(tls["serverName"], "podpulse");
    assert_eq!(tls["ca"]["secret"]["name"], "podpulse-scrape-tls");
    assert_eq!(tls["cert"]["secret"]["key"], "tls.crt");
    assert_eq!(tls["keySecret"]["key"], "tls.key");
    assert!(
        tls.get("insecureSkipVerify").is_none(),
        "verification stays on"
    );
    let auth = &ep["basicAuth"];
    assert_eq!(auth["username"]["name"], "podpulse-scrape-auth");
    assert_eq!(auth["password"]["key"], "password");
    // Everything the base set stays: honorLabels, the node relabeling.
    assert_eq!(ep["honorLabels"], true);
}

#[test]
fn tls_component_mounts_the_web_config_and_moves_the_probes_to_loopback() {
    let objs = render_with_tls();
    let ds = find(&objs, "DaemonSet");
    let pod = &ds["spec"]["template"]["spec"];
    let c = &pod["containers"][0];
    let env = c["env"].as_sequence().cloned().unwrap_or_default();
    assert!(
        env.iter().any(|e| e["name"] == "PODPULSE_WEB_CONFIG_FILE"
            && e["value"] == "/etc/podpulse-web/web.yml"),
        "{env:?}"
    );
    let mounts = c["volumeMounts"].as_sequence().cloned().unwrap_or_default();
    let m = mounts
        .iter()
        .find(|m| m["mountPath"] == "/etc/podpulse-web")
        .unwrap_or_else(|| panic!("no web config mount: {mounts:?}"));
    assert_eq!(m["readOnly"], true);
    let vols = pod["volumes"].as_sequence().cloned().unwrap_or_default();
    let v = vols
        .iter()
        .find(|v| v["name"] == m["name"])
        .unwrap_or_else(|| panic!("no volume for the web config: {vols:?}"));
    assert_eq!(v["secret"]["secretName"], "podpulse-web");
    for (probe, path) in [
        ("startupProbe", "/healthz"),
        ("livenessProbe", "/healthz"),
        ("readinessProbe", "/readyz"),
    ] {
        let h = &c[probe]["httpGet"];
        assert_eq!(h["host"], "127.0.0.1", "{probe}");
        assert_eq!(h["port"], 9843, "{probe}");
        assert_eq!(h["path"], path, "{probe}");
    }
    // The runtime component's socket and the detail socket's directory are still there.
    assert!(mounts.iter().any(|m| m["mountPath"] == "/run/podpulse"));
    assert!(mounts
        .iter()
        .any(|m| m["mountPath"] == "/host/run/containerd"));
}
