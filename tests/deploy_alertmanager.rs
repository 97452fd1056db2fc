//! One problem pages once: deploy/alertmanager/podpulse-inhibit.yaml, the inhibition rules that
//! docs/kube-state-metrics.md tells users of podpulse beside kube-state-metrics to merge, passes
//! `amtool check-config`, and a real Alertmanager (Debian's prometheus-alertmanager, on
//! loopback), sent podpulse's and the kubernetes-mixin's alert for the same crash loop, marks the
//! mixin's as inhibited, with and without a `cluster` label, while the same alert for another
//! pod stays active.

#[path = "deploy_support/mod.rs"]
mod support;

use std::process::Command;
use std::time::Duration;
use support::*;

const INHIBIT: &str = "deploy/alertmanager/podpulse-inhibit.yaml";

#[test]
fn amtool_accepts_the_inhibition_rules() {
    require_tools(&["amtool"]);
    let out = run_ok(
        Command::new("amtool")
            .arg("check-config")
            .arg(repo().join(INHIBIT)),
    );
    assert!(
        out.contains("SUCCESS") && out.contains("5 inhibit rules"),
        "{out}"
    );
}

fn post_alerts(port: u16, alerts: &serde_json::Value) {
    let out = run_ok(Command::new("curl").args([
        "-s",
        "--noproxy",
        "*",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-H",
        "Content-Type: application/json",
        "-X",
        "POST",
        "--data-binary",
        &alerts.to_string(),
        &format!("http://127.0.0.1:{port}/api/v2/alerts"),
    ]));
    assert_eq!(out.trim(), "200", "Alertmanager refused the alerts");
}

/// (alertname, pod, cluster) → inhibited?
fn states(port: u16) -> Vec<(String, String, String, bool)> {
    let Some((200, body)) = http_get(&format!("http://127.0.0.1:{port}/api/v2/alerts")) else {
        return Vec::new();
    };
    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    v.as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            let l = &a["labels"];
            let s = |k: &str| l[k].as_str().unwrap_or("").to_string();
            let inhibited = a["status"]["inhibitedBy"]
                .as_array()
                .is_some_and(|i| !i.is_empty());
            (s("alertname"), s("pod"), s("cluster"), inhibited)
        })
        .collect()
}

#[test]
fn a_real_alertmanager_pages_a_crash_loop_once() {
    require_tools(&["prometheus-alertmanager", "curl"]);
    let dir = TempDir::new("alertmanager");
    write(&dir.join("alertmanager.yml"), &read(&repo().join(INHIBIT)));
    let port = free_port();
    let cluster_port = free_port();
    let mut am = Proc::spawn(
        Command::new("prometheus-alertmanager")
            .arg(format!(
                "--config.file={}",
                dir.join("alertmanager.yml").display()
            ))
            .arg(format!("--storage.path={}", dir.join("data").display()))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            // No peers: this test talks to one Alertmanager on loopback only.
            .arg(format!("--cluster.listen-address=127.0.0.1:{cluster_port}"))
            .arg("--cluster.peer-timeout=1s"),
        dir.join("alertmanager.log"),
    );
    let ready = eventually(Duration::from_secs(30), || {
        if let Some(status) = am.exited() {
            panic!("alertmanager exited ({status}):\n{}", am.log_tail());
        }
        http_get(&format!("http://127.0.0.1:{port}/-/ready")).filter(|(c, _)| *c == 200)
    });
    assert!(
        ready.is_some(),
        "alertmanager not ready:\n{}",
        am.log_tail()
    );

    // The same crash loop as podpulse and the mixin label it, once without and once with a
    // cluster label; and the mixin's alert for a pod podpulse does not alert on.
    let alert = |name: &str, pod: &str, cluster: Option<&str>, extra: &[(&str, &str)]| {
        let mut labels = serde_json::json!({
            "alertname": name, "namespace": "shop", "pod": pod, "container": "app",
            "severity": "warning",
        });
        if let Some(c) = cluster {
            labels["cluster"] = c.into();
        }
        for (k, v) in extra {
            labels[*k] = (*v).into();
        }
        serde_json::json!({"labels": labels})
    };
    let podpulse = [("job", "podpulse"), ("node", "n1"), ("uid", "u1")];
    let ksm = [
        ("job", "kube-state-metrics"),
        ("uid", "u1"),
        ("reason", "CrashLoopBackOff"),
    ];
    post_alerts(
        port,
        &serde_json::json!([
            alert("PodCrashLooping", "api-1", None, &podpulse),
            alert("KubePodCrashLooping", "api-1", None, &ksm),
            alert("PodCrashLooping", "api-1", Some("eu-1"), &podpulse),
            alert("KubePodCrashLooping", "api-1", Some("eu-1"), &ksm),
            // Same pod name in another cluster, where podpulse does not alert: not inhibited.
            alert("KubePodCrashLooping", "api-1", Some("us-1"), &ksm),
            alert("KubePodCrashLooping", "web-1", None, &ksm),
        ]),
    );
    let want = |s: &[(String, String, String, bool)]| {
        let find = |name: &str, pod: &str, cluster: &str| {
            s.iter()
                .find(|(n, p, c, _)| n == name && p == pod && c == cluster)
                .map(|x| x.3)
        };
        [
            find("PodCrashLooping", "api-1", "") == Some(false),
            find("KubePodCrashLooping", "api-1", "") == Some(true),
            find("PodCrashLooping", "api-1", "eu-1") == Some(false),
            find("KubePodCrashLooping", "api-1", "eu-1") == Some(true),
            find("KubePodCrashLooping", "api-1", "us-1") == Some(false),
            find("KubePodCrashLooping", "web-1", "") == Some(false),
        ]
        .iter()
        .all(|ok| *ok)
    };
    let settled = eventually(Duration::from_secs(20), || {
        let s = states(port);
        want(&s).then_some(s)
    });
    assert!(
        settled.is_some(),
        "inhibition did not hold: (alertname, pod, cluster, inhibited) = {:?}",
        states(port)
    );
}
