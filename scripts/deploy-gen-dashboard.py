#!/usr/bin/env python3
"""Writes the podpulse Grafana dashboard JSON to stdout.

The dashboard's source: edit this file, then
    python3 scripts/deploy-gen-dashboard.py > deploy/base/dashboards/podpulse.json
tests/deploy_manifests.rs fails when the committed JSON differs from this output, and
tests/deploy_prometheus.rs evaluates every query below on a real Prometheus.
Variables: datasource, cluster, job, node, namespace, pod (multi-select). "All" is .* for
cluster/node/namespace/pod, so the dashboard works on a Prometheus whose series carry no cluster
label; for job it is the jobs that export podpulse_build_info (podpulse, podpulse-static), never
every job.
"""
import json
DS = {"type": "prometheus", "uid": "${datasource}"}
C = 'cluster=~"$cluster", job=~"$job"'
P = C + ', node=~"$node", namespace=~"$namespace", pod=~"$pod"'
N = C + ', node=~"$node"'
panels = []
pid = [0]
y = [0]
def nid():
    pid[0] += 1
    return pid[0]
def row(title):
    panels.append({"type": "row", "title": title, "id": nid(), "collapsed": False,
                   "gridPos": {"h": 1, "w": 24, "x": 0, "y": y[0]}, "panels": []})
    y[0] += 1
x = [0]
def place(w, h):
    if x[0] + w > 24:
        x[0] = 0
        y[0] += hcur[0]
    g = {"h": h, "w": w, "x": x[0], "y": y[0]}
    x[0] += w
    hcur[0] = h
    return g
hcur = [0]
def newline():
    if x[0] != 0:
        y[0] += hcur[0]
        x[0] = 0
def target(expr, legend="", ref="A", instant=False, fmt="time_series"):
    t = {"datasource": DS, "expr": expr, "refId": ref, "legendFormat": legend}
    if instant:
        t["instant"] = True
        t["range"] = False
        t["format"] = fmt
    return t
def panel(kind, title, desc, targets, w=12, h=8, unit=None, extra=None):
    p = {"type": kind, "title": title, "description": desc, "id": nid(), "datasource": DS,
         "gridPos": place(w, h), "targets": targets,
         "fieldConfig": {"defaults": {}, "overrides": []}, "options": {}}
    if unit:
        p["fieldConfig"]["defaults"]["unit"] = unit
    if extra:
        p.update(extra)
    panels.append(p)

row("Pods")
panel("stat", "Agents up", "podpulse agents Prometheus scrapes successfully, of all agents.",
      [target('sum(up{%s})' % N, "up"),
       target('count(up{%s} == 0) or vector(0)' % N, "down", "B")], w=4, h=6)
panel("stat", "Pods watched", "Pods the agents see on the selected nodes.",
      [target('count(podpulse_pod_info{%s})' % P, "pods")], w=4, h=6)
panel("stat", "Pods not ready", "Pods that are not ready, completed pods excluded.",
      [target('count((podpulse_pod_ready{%s} == 0) unless on (cluster, namespace, pod, uid) (podpulse_pod_status{status=~"Completed|Succeeded"} == 1)) or vector(0)' % P, "not ready")], w=4, h=6)
panel("piechart", "Pods by status", "kubectl-style STATUS of every pod, as podpulse computes it on the node.",
      [target('sum by (status) (podpulse_pod_status{%s} == 1)' % P, "{{status}}", instant=True)], w=12, h=6,
      extra={"options": {"reduceOptions": {"calcs": ["lastNotNull"], "values": False}, "legend": {"displayMode": "table", "placement": "right", "values": ["value"]}}})
newline()
panel("timeseries", "Pods by status over time", "Number of pods in each kubectl-style STATUS.",
      [target('sum by (status) (podpulse_pod_status{%s} == 1)' % P, "{{status}}")], w=24, h=8)
newline()
panel("table", "Pods that need attention", "Pods that are not ready or in a failure state, with their diagnosis: kubectl STATUS, the current waiting reason, the last termination reason and the restart count. Next step: podpulse describe NAMESPACE/POD on the node, or kubectl describe pod.",
      [target('max by (cluster, node, namespace, pod, status) ((podpulse_pod_status{%s, status!~"Completed|Succeeded"} == 1) and on (cluster, namespace, pod, uid) (podpulse_pod_ready{%s} == 0) or (podpulse_pod_status{%s, status=~"Terminating|Unknown|Evicted|Error|Failed|OOMKilled|CrashLoopBackOff|SysctlForbidden|ErrImagePull|ImagePullBackOff|ErrImageNeverPull|CreateContainerConfigError"} == 1))' % (P, P, P), "", "A", True, "table"),
       target('max by (cluster, namespace, pod, container, reason) (podpulse_container_status_waiting_reason{%s} == 1)' % P, "", "B", True, "table"),
       target('max by (cluster, namespace, pod, container, reason) (podpulse_container_status_last_terminated_reason{%s} == 1)' % P, "", "C", True, "table"),
       target('sum by (cluster, namespace, pod) (podpulse_container_status_restarts_total{%s})' % P, "", "D", True, "table")],
      w=24, h=10, extra={"transformations": [
          {"id": "merge", "options": {}},
          {"id": "filterByValue", "options": {"type": "include", "match": "any", "filters": [{"fieldName": "status", "config": {"id": "regex", "options": {"value": ".+"}}}]}},
          {"id": "organize", "options": {"excludeByName": {"Time": True}, "renameByName": {"Value #D": "restarts", "reason": "reason"}}}]})
newline()
row("Crash loops and OOM kills")
panel("timeseries", "Crash-looping containers", "Containers in CrashLoopBackOff (podpulse's non-flapping gauge).",
      [target('sum by (cluster, namespace, pod, container) (podpulse_container_crashlooping{%s} == 1)' % P, "{{namespace}}/{{pod}} {{container}}")], w=12)
panel("timeseries", "Container restarts", "Restarts per interval.",
      [target('sum by (cluster, namespace, pod, container) (increase(podpulse_container_status_restarts_total{%s}[$__rate_interval]))' % P, "{{namespace}}/{{pod}} {{container}}")], w=12)
panel("timeseries", "Container exits by reason", "Every exit the runtime reported, by reason (OOMKilled, Error, Completed), per interval: how often a container crashed or was OOM-killed, even when the kubelet restarted it between two scrapes.",
      [target('sum by (cluster, namespace, pod, container, reason) (increase(podpulse_container_terminations_total{%s}[$__rate_interval]))' % P, "{{namespace}}/{{pod}} {{container}} {{reason}}")], w=24)
panel("timeseries", "OOM kills", "OOM kills in the container's memory cgroup (the kernel's own count: child processes of a container that keeps running included), per interval.",
      [target('sum by (cluster, namespace, pod, container) (increase(podpulse_container_oom_kills_total{%s}[$__rate_interval]))' % P, "{{namespace}}/{{pod}} {{container}}")], w=12)
panel("table", "Containers OOM-killed (total)", "Every container with at least one OOM kill, and its last exit code.",
      [target('sum by (cluster, namespace, pod, container) (podpulse_container_oom_kills_total{%s} > 0)' % P, "", "A", True, "table"),
       target('max by (cluster, namespace, pod, container) (podpulse_container_last_exit_code{%s})' % P, "", "B", True, "table")],
      w=12, extra={"transformations": [{"id": "merge", "options": {}},
          {"id": "organize", "options": {"excludeByName": {"Time": True}, "renameByName": {"Value #A": "OOM kills", "Value #B": "last exit code"}}}]})
newline()
row("Probes")
panel("timeseries", "Probe success rate", "Share of probe runs that succeeded, per pod and probe (podpulse runs the pod's probes with the kubelet's semantics).",
      [target('sum by (cluster, namespace, pod, container, probe) (rate(podpulse_probe_results_total{%s, result="success"}[$__rate_interval])) / sum by (cluster, namespace, pod, container, probe) (rate(podpulse_probe_results_total{%s}[$__rate_interval]))' % (P, P), "{{namespace}}/{{pod}} {{container}} {{probe}}")],
      w=12, unit="percentunit")
panel("timeseries", "Probe latency (p50 / p90 / p99)", "Probe duration percentiles by pod, failed probes included.",
      [target('histogram_quantile(0.5, sum by (le, namespace, pod, probe) (rate(podpulse_probe_duration_seconds_bucket{%s}[$__rate_interval])))' % P, "p50 {{namespace}}/{{pod}} {{probe}}"),
       target('histogram_quantile(0.9, sum by (le, namespace, pod, probe) (rate(podpulse_probe_duration_seconds_bucket{%s}[$__rate_interval])))' % P, "p90 {{namespace}}/{{pod}} {{probe}}", "B"),
       target('histogram_quantile(0.99, sum by (le, namespace, pod, probe) (rate(podpulse_probe_duration_seconds_bucket{%s}[$__rate_interval])))' % P, "p99 {{namespace}}/{{pod}} {{probe}}", "C")],
      w=12, unit="s")
panel("table", "Probes failing below their threshold", "Probes whose latest runs failed while the kubelet-style verdict is still passing (consecutive failures < failureThreshold).",
      [target('max by (cluster, namespace, pod, container, probe, handler) (podpulse_probe_consecutive_failures{%s} > 0)' % P, "", "A", True, "table")],
      w=12, extra={"transformations": [{"id": "organize", "options": {"excludeByName": {"Time": True}, "renameByName": {"Value": "consecutive failures"}}}]})
panel("timeseries", "kubelet / podpulse readiness disagreement", "Containers whose kubelet-reported readiness differs from podpulse's own probe result.",
      [target('max by (cluster, namespace, pod, container) (podpulse_probe_kubelet_disagreement{%s})' % P, "{{namespace}}/{{pod}} {{container}}")], w=12)
newline()
row("Kubelet journal")
panel("timeseries", "Kubelet events by reason", "Kubelet journal lines podpulse attributed to a pod, by reason.",
      [target('sum by (reason) (increase(podpulse_kubelet_events_total{%s}[$__rate_interval]))' % P, "{{reason}}")], w=12)
panel("table", "Kubelet events by pod (time range)", "Kubelet journal events per pod and reason over the dashboard's time range.",
      [target('sum by (cluster, namespace, pod, reason) (increase(podpulse_kubelet_events_total{%s}[$__range])) > 0' % P, "", "A", True, "table")],
      w=12, extra={"transformations": [{"id": "organize", "options": {"excludeByName": {"Time": True}, "renameByName": {"Value": "events"}}}]})
panel("timeseries", "Node problems from the kubelet journal", "Node-level kubelet problems (not tied to a pod), by reason.",
      [target('sum by (cluster, node, reason) (increase(podpulse_kubelet_node_problems_total{%s}[$__rate_interval]))' % N, "{{node}} {{reason}}")], w=24)
newline()
row("Agent health")
panel("timeseries", "Runtime and pod sources up", "1 when the agent reaches its container runtime / pod spec source.",
      [target('podpulse_runtime_up{%s}' % N, "{{node}} runtime {{runtime}}"),
       target('podpulse_pod_source_up{%s}' % N, "{{node}} source {{source}}", "B"),
       target('podpulse_journal_up{%s}' % N, "{{node}} journal", "C")], w=8)
panel("timeseries", "Journal lag", "How far behind the journal's head the agent's reader is.",
      [target('podpulse_journal_lag_seconds{%s}' % N, "{{node}}")], w=8, unit="s")
panel("timeseries", "Journal throughput", "Entries read, lines that did not parse, cursor saves and gaps, per second.",
      [target('sum by (cluster, node) (rate(podpulse_journal_entries_read_total{%s}[$__rate_interval]))' % N, "{{node}} read"),
       target('sum by (cluster, node) (rate(podpulse_journal_lines_unparsed_total{%s}[$__rate_interval]))' % N, "{{node}} unparsed", "B"),
       target('sum by (cluster, node) (rate(podpulse_journal_cursor_saves_total{%s}[$__rate_interval]))' % N, "{{node}} cursor saves", "C"),
       target('sum by (cluster, node) (increase(podpulse_journal_gaps_total{%s}[$__rate_interval]))' % N, "{{node}} gaps", "D")], w=8, unit="ops")
panel("timeseries", "Agent memory (RSS)", "Resident memory of each agent (target < 25 MiB; DaemonSet limit 100 MiB).",
      [target('process_resident_memory_bytes{%s}' % N, "{{node}}")], w=8, unit="bytes")
panel("timeseries", "Agent CPU", "CPU used by each agent, in cores.",
      [target('rate(process_cpu_seconds_total{%s}[$__rate_interval])' % N, "{{node}}")], w=8)
panel("timeseries", "Config errors and skipped items", "Configuration errors and inputs the agent skipped (bad labels, vanished containers...), per second.",
      [target('sum by (cluster, node, kind) (rate(podpulse_config_errors_total{%s}[$__rate_interval]))' % N, "{{node}} config {{kind}}"),
       target('sum by (cluster, node, kind) (rate(podpulse_skipped_total{%s}[$__rate_interval]))' % N, "{{node}} skipped {{kind}}", "B")], w=8, unit="ops")
newline()
panel("table", "Agents", "Version, runtime and open file descriptors of each agent.",
      [target('max by (cluster, node, version) (podpulse_build_info{%s})' % N, "", "A", True, "table"),
       target('max by (cluster, node, runtime, endpoint, version, reason) (podpulse_runtime_info{%s})' % N, "", "B", True, "table"),
       target('max by (cluster, node) (process_open_fds{%s})' % N, "", "C", True, "table")],
      w=24, h=6, extra={"transformations": [{"id": "merge", "options": {}}, {"id": "organize", "options": {"excludeByName": {"Time": True, "Value #A": True, "Value #B": True}, "renameByName": {"Value #C": "open fds"}}}]})

def var(name, label, query, all_value=".*", hide=0):
    v = {"name": name, "label": label, "type": "query", "datasource": DS,
         "definition": query, "query": {"query": query, "refId": name},
         "refresh": 2, "includeAll": True, "multi": True, "allValue": all_value,
         "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
         "sort": 1, "hide": hide, "regex": "", "options": []}
    if all_value is None:
        # "All" = the regex of every value the query found, not .*
        del v["allValue"]
    return v

dash = {

    "__requires": [{"type": "grafana", "id": "grafana", "name": "Grafana", "version": "10.0.0"},
                   {"type": "datasource", "id": "prometheus", "name": "Prometheus", "version": "1.0.0"}],
    "id": None, "uid": "podpulse-pods", "title": "podpulse / Pod health",
    "description": "Per-pod health from podpulse, the node-side pod health agent: status, diagnosis, crash loops, OOM kills, probes, kubelet journal events, and the agents themselves.",
    "tags": ["podpulse", "kubernetes", "pods"], "timezone": "browser", "editable": True,
    "graphTooltip": 1, "schemaVersion": 39, "version": 1, "refresh": "30s",
    "time": {"from": "now-6h", "to": "now"}, "timepicker": {},
    "annotations": {"list": [{"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}, "enable": True, "hide": True, "iconColor": "rgba(0, 211, 255, 1)", "name": "Annotations & Alerts", "type": "dashboard"}]},
    "links": [],
    "templating": {"list": [
        {"name": "datasource", "label": "Data source", "type": "datasource", "query": "prometheus",
         "current": {}, "hide": 0, "refresh": 1, "regex": "", "includeAll": False, "multi": False, "options": []},
        # Empty (and matching everything) on a Prometheus without a cluster label.
        var("cluster", "Cluster", 'label_values(podpulse_build_info, cluster)'),
        var("job", "Job", 'label_values(podpulse_build_info{cluster=~"$cluster"}, job)', all_value=None),
        var("node", "Node", 'label_values(podpulse_build_info{cluster=~"$cluster", job=~"$job"}, node)'),
        var("namespace", "Namespace", 'label_values(podpulse_pod_info{cluster=~"$cluster", job=~"$job", node=~"$node"}, namespace)'),
        var("pod", "Pod", 'label_values(podpulse_pod_info{cluster=~"$cluster", job=~"$job", node=~"$node", namespace=~"$namespace"}, pod)'),
    ]},
    "panels": panels,
}
print(json.dumps(dash, indent=2))
