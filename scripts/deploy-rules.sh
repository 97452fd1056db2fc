#!/usr/bin/env bash
# Writes the podpulse alert rules as a plain Prometheus rules file (for Prometheus without the
# operator, see deploy/prometheus/prometheus.yml), from the one source of truth:
# deploy/base/prometheusrule.yaml.
#
#   scripts/deploy-rules.sh > podpulse-rules.yaml && promtool check rules podpulse-rules.yaml
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
python3 - "$here/deploy/base/prometheusrule.yaml" <<'PY'
import sys, yaml
with open(sys.argv[1]) as f:
    doc = next(d for d in yaml.safe_load_all(f) if d and d.get("kind") == "PrometheusRule")
print("# Generated from deploy/base/prometheusrule.yaml by scripts/deploy-rules.sh: edit that file.")
yaml.safe_dump({"groups": doc["spec"]["groups"]}, sys.stdout, sort_keys=False, width=1000)
PY
