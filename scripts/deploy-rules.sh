#!/usr/bin/env bash
# Writes the podpulse alert rules as a plain Prometheus rules file, for a Prometheus without the
# operator (deploy/prometheus/prometheus.yml loads it), from the one source of truth:
# deploy/base/prometheusrule.yaml. The output is committed as deploy/prometheus/podpulse-rules.yaml;
# tests/deploy_plain.rs fails when that file is not exactly this script's output.
#
#   scripts/deploy-rules.sh > deploy/prometheus/podpulse-rules.yaml
#   promtool check rules deploy/prometheus/podpulse-rules.yaml
#   scripts/deploy-rules.sh ksm-compat-prometheusrule > deploy/components/ksm-compat/prometheusrule.yaml
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
case "${1:-}" in
  "")
    python3 - "$here/deploy/base/prometheusrule.yaml" <<'PY'
import sys, yaml
with open(sys.argv[1]) as f:
    doc = next(d for d in yaml.safe_load_all(f) if d and d.get("kind") == "PrometheusRule")
print("# Generated from deploy/base/prometheusrule.yaml by scripts/deploy-rules.sh: edit that file,")
print("# then run: scripts/deploy-rules.sh > deploy/prometheus/podpulse-rules.yaml")
yaml.safe_dump({"groups": doc["spec"]["groups"]}, sys.stdout, sort_keys=False, width=1000)
PY
    ;;
  ksm-compat-prometheusrule)
    # The other direction for the kube-state-metrics compatibility rules, whose source is the
    # plain rules file: the PrometheusRule of deploy/components/ksm-compat.
    #   scripts/deploy-rules.sh ksm-compat-prometheusrule > deploy/components/ksm-compat/prometheusrule.yaml
    python3 - "$here/deploy/prometheus/ksm-compat/podpulse-ksm-compat-rules.yaml" <<'PY'
import sys, yaml
with open(sys.argv[1]) as f:
    rules = yaml.safe_load(f)
print("# Generated from deploy/prometheus/ksm-compat/podpulse-ksm-compat-rules.yaml by")
print("# scripts/deploy-rules.sh ksm-compat-prometheusrule: edit that file.")
doc = {
    "apiVersion": "monitoring.coreos.com/v1",
    "kind": "PrometheusRule",
    "metadata": {
        "name": "podpulse-ksm-compat",
        "namespace": "podpulse",
        "labels": {"app.kubernetes.io/name": "podpulse", "app.kubernetes.io/component": "ksm-compat"},
    },
    "spec": {"groups": rules["groups"]},
}
yaml.safe_dump(doc, sys.stdout, sort_keys=False, width=1000)
PY
    ;;
  *)
    echo "usage: $0 [ksm-compat-prometheusrule]" >&2
    exit 2
    ;;
esac
