//! The alerts, proven with promtool and a real Prometheus: the PrometheusRule's groups (the one
//! source of truth, extracted here, never copied by hand) pass `promtool check rules`, and
//! `promtool test rules` runs tests/data/deploy/rules-test.yaml, which fires every alert on the
//! series that should fire it and keeps it silent on the ones that should not. Every alert and
//! dashboard expression also evaluates without error on a real, empty Prometheus (the live test
//! with data is deploy_prometheus.rs).

#[path = "deploy_support/mod.rs"]
mod support;

use std::process::Command;
use support::*;

#[test]
fn promtool_check_rules_accepts_the_prometheusrule_groups() {
    require_tools(&["promtool"]);
    let dir = TempDir::new("check-rules");
    let path = dir.join("podpulse-rules.yaml");
    // With annotations: check rules also parses every {{ template }} in them.
    write(&path, &rules_file_from_prometheusrule(false, None));
    let out = run_ok(Command::new("promtool").args(["check", "rules"]).arg(&path));
    let want = format!("SUCCESS: {} rules found", alert_names().len());
    assert!(out.contains(&want), "promtool: {out}");
}

#[test]
fn promtool_check_rules_rejects_a_broken_template() {
    // Makes sure the check above really parses annotation templates.
    require_tools(&["promtool"]);
    let dir = TempDir::new("check-rules-bad");
    let path = dir.join("bad.yaml");
    let rules = rules_file_from_prometheusrule(false, None).replacen(
        "{{ $labels.node }}",
        "{{ $labels.node }",
        1,
    );
    write(&path, &rules);
    let out = run(Command::new("promtool").args(["check", "rules"]).arg(&path));
    assert!(!out.status.success(), "promtool accepted a broken template");
}

#[test]
fn promtool_unit_tests_fire_and_stay_silent_for_every_alert() {
    require_tools(&["promtool"]);
    let dir = TempDir::new("test-rules");
    write(
        &dir.join("podpulse-rules.yaml"),
        &rules_file_from_prometheusrule(true, None),
    );
    let tests_src = read(&repo().join("tests/data/deploy/rules-test.yaml"));
    write(&dir.join("rules-test.yaml"), &tests_src);
    let out = run_ok(
        Command::new("promtool")
            .args(["test", "rules", "rules-test.yaml"])
            .current_dir(dir.path()),
    );
    assert!(out.contains("SUCCESS"), "promtool test rules: {out}");

    // Coverage: every alert has a case where it fires and one where it is silent (an empty
    // exp_alerts, or firing for some series but not for the others given in that test).
    let doc = yaml_docs(&tests_src).remove(0);
    for alert in alert_names() {
        let mut fires = false;
        let mut silent = false;
        for t in doc["tests"].as_sequence().into_iter().flatten() {
            let series = t["input_series"].as_sequence().map(Vec::len).unwrap_or(0);
            for case in t["alert_rule_test"].as_sequence().into_iter().flatten() {
                if case["alertname"] != alert.as_str() {
                    continue;
                }
                let n = case["exp_alerts"].as_sequence().map(Vec::len).unwrap_or(0);
                if n == 0 {
                    silent = true;
                } else {
                    fires = true;
                    if n < series {
                        silent = true; // some input series of this test must not fire it
                    }
                }
            }
        }
        assert!(fires, "no promtool test where {alert} fires");
        assert!(silent, "no promtool test where {alert} stays silent");
    }
}

#[test]
fn every_alert_and_dashboard_query_evaluates_on_a_real_prometheus() {
    require_tools(&["prometheus", "curl"]);
    let rules = rules_file_from_prometheusrule(false, None);
    let prom = Prometheus::start(
        "global: {evaluation_interval: 1s}\nrule_files: [podpulse-rules.yaml]\n",
        &[("podpulse-rules.yaml", &rules)],
    );
    // The server loaded every rule.
    let loaded = eventually(std::time::Duration::from_secs(20), || {
        let v = prom.api("/api/v1/rules");
        let n: usize = v["data"]["groups"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|g| g["rules"].as_array().map(Vec::len).unwrap_or(0))
            .sum();
        (n == alert_names().len()).then_some(v)
    });
    assert!(
        loaded.is_some(),
        "prometheus did not load all {} rules",
        alert_names().len()
    );
    let mut failures = Vec::new();
    for (alert, expr) in alert_exprs() {
        if let Err(e) = prom.query(&expr) {
            failures.push(format!("alert {alert}: {e}"));
        }
    }
    for q in dashboard_queries() {
        let expr = substitute_grafana_vars(&q.expr, "1m");
        if let Err(e) = prom.query(&expr) {
            failures.push(format!("dashboard {}: {e}\n  {expr}", q.place));
        }
    }
    assert!(
        failures.is_empty(),
        "queries failed:\n{}",
        failures.join("\n")
    );
    // Rule evaluation itself reports no error either.
    let healthy = eventually(std::time::Duration::from_secs(20), || {
        let v = prom.api("/api/v1/rules");
        let rules: Vec<serde_json::Value> = v["data"]["groups"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|g| g["rules"].as_array().cloned().unwrap_or_default())
            .collect();
        rules.iter().all(|r| r["health"] == "ok").then_some(())
    });
    assert!(
        healthy.is_some(),
        "some rule is not healthy: {}",
        prom.api("/api/v1/rules")
    );
}

#[test]
fn deploy_rules_script_writes_the_same_rules() {
    // scripts/deploy-rules.sh is how users without the operator get the rules file; it must
    // produce exactly the groups the tests above prove.
    require_tools(&["python3", "promtool"]);
    let out = run_ok(Command::new("bash").arg(repo().join("scripts/deploy-rules.sh")));
    let ours = yaml_docs(&rules_file_from_prometheusrule(false, None)).remove(0);
    let script = yaml_docs(&out).remove(0);
    assert_eq!(
        script, ours,
        "scripts/deploy-rules.sh output differs from the PrometheusRule"
    );
    let dir = TempDir::new("rules-script");
    write(&dir.join("podpulse-rules.yaml"), &out);
    run_ok(
        Command::new("promtool")
            .args(["check", "rules", "podpulse-rules.yaml"])
            .current_dir(dir.path()),
    );
}
