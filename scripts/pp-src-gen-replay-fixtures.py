#!/usr/bin/env python3
# Writes the recorded-shape API server / kubelet responses replayed by tests/sources_*.rs.
# kube-apiserver and the kubelet cannot run on the test machines; these files follow the shape of
# their real responses (PodList with managedFields and ownerReferences, mirror pod annotations,
# newline-delimited watch events, a 410 Expired Status).
import json, copy
def web(rv, phase="Running", ready=True, restarts=0):
    return {
  "metadata": {
    "name": "web-7d4b9c8f6d-x2x9z", "generateName": "web-7d4b9c8f6d-", "namespace": "default",
    "uid": "5f1c2a9e-8d0b-4c61-9a3e-2b7f1d6c4e10", "resourceVersion": str(rv),
    "creationTimestamp": "2026-11-27T22:14:03Z",
    "labels": {"app": "web", "pod-template-hash": "7d4b9c8f6d"},
    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-7d4b9c8f6d",
      "uid": "0b3e7d1c-2f4a-4e8b-9c5d-6a1f2e3d4c5b", "controller": True, "blockOwnerDeletion": True}],
    "managedFields": [{"manager": "kube-controller-manager", "operation": "Update", "apiVersion": "v1",
      "time": "2026-11-27T22:14:03Z", "fieldsType": "FieldsV1",
      "fieldsV1": {"f:metadata": {"f:generateName": {}, "f:labels": {".": {}, "f:app": {}, "f:pod-template-hash": {}}}}},
      {"manager": "kubelet", "operation": "Update", "apiVersion": "v1", "time": "2026-11-27T22:14:09Z",
       "fieldsType": "FieldsV1", "fieldsV1": {"f:status": {"f:conditions": {}}}, "subresource": "status"}]
  },
  "spec": {
    "volumes": [{"name": "kube-api-access-7hq2m", "projected": {"sources": [{"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}}], "defaultMode": 420}}],
    "containers": [{"name": "nginx", "image": "nginx:1.27", "ports": [{"name": "http", "containerPort": 80, "protocol": "TCP"}],
      "resources": {"limits": {"memory": "128Mi"}, "requests": {"cpu": "100m", "memory": "64Mi"}},
      "volumeMounts": [{"name": "kube-api-access-7hq2m", "readOnly": True, "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"}],
      "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http", "scheme": "HTTP"}, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3},
      "readinessProbe": {"tcpSocket": {"port": 80}, "timeoutSeconds": 1, "periodSeconds": 5, "successThreshold": 1, "failureThreshold": 3},
      "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"}],
    "restartPolicy": "Always", "terminationGracePeriodSeconds": 30, "dnsPolicy": "ClusterFirst",
    "serviceAccountName": "default", "serviceAccount": "default", "nodeName": "n1",
    "securityContext": {}, "schedulerName": "default-scheduler",
    "tolerations": [{"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300}],
    "priority": 0, "enableServiceLinks": True, "preemptionPolicy": "PreemptLowerPriority"
  },
  "status": {
    "phase": phase,
    "conditions": [
      {"type": "PodReadyToStartContainers", "status": "True", "lastProbeTime": None, "lastTransitionTime": "2026-11-27T22:14:05Z"},
      {"type": "Initialized", "status": "True", "lastProbeTime": None, "lastTransitionTime": "2026-11-27T22:14:03Z"},
      {"type": "Ready", "status": "True" if ready else "False", "lastProbeTime": None, "lastTransitionTime": "2026-11-27T22:14:09Z"},
      {"type": "ContainersReady", "status": "True" if ready else "False", "lastProbeTime": None, "lastTransitionTime": "2026-11-27T22:14:09Z"},
      {"type": "PodScheduled", "status": "True", "lastProbeTime": None, "lastTransitionTime": "2026-11-27T22:14:03Z"}],
    "hostIP": "10.0.0.11", "hostIPs": [{"ip": "10.0.0.11"}], "podIP": "10.244.1.17", "podIPs": [{"ip": "10.244.1.17"}],
    "startTime": "2026-11-27T22:14:03Z",
    "containerStatuses": [{"name": "nginx",
      "state": {"running": {"startedAt": "2026-11-27T22:14:08Z"}} if restarts == 0 else {"waiting": {"reason": "CrashLoopBackOff", "message": "back-off 10s restarting failed container=nginx pod=web-7d4b9c8f6d-x2x9z_default(5f1c2a9e-8d0b-4c61-9a3e-2b7f1d6c4e10)"}},
      "lastState": {} if restarts == 0 else {"terminated": {"exitCode": 137, "reason": "OOMKilled", "startedAt": "2026-11-27T22:20:01Z", "finishedAt": "2026-11-27T22:20:31Z", "containerID": "containerd://9a8b7c6d5e4f"}},
      "ready": ready, "restartCount": restarts, "image": "docker.io/library/nginx:1.27",
      "imageID": "docker.io/library/nginx@sha256:2d194184b067db3598771b4cf326cfe6ad5051937ba1132b8b7d4b0184e0d0a6",
      "containerID": "containerd://1f2e3d4c5b6a", "started": ready}],
    "qosClass": "Burstable"
  }}

def proxy(rv):
    return {
  "metadata": {"name": "kube-proxy-8x7lq", "generateName": "kube-proxy-", "namespace": "kube-system",
    "uid": "c2d9e4f1-7a6b-4b3c-8d2e-1f0a9b8c7d6e", "resourceVersion": str(rv), "creationTimestamp": "2026-11-20T08:00:41Z",
    "labels": {"controller-revision-hash": "6f8d9b7c5", "k8s-app": "kube-proxy", "pod-template-generation": "1"},
    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "DaemonSet", "name": "kube-proxy", "uid": "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b", "controller": True, "blockOwnerDeletion": True}]},
  "spec": {"containers": [{"name": "kube-proxy", "image": "registry.k8s.io/kube-proxy:v1.31.2",
      "command": ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
      "securityContext": {"privileged": True}, "imagePullPolicy": "IfNotPresent"}],
    "restartPolicy": "Always", "nodeName": "n1", "hostNetwork": True, "priorityClassName": "system-node-critical", "priority": 2000001000},
  "status": {"phase": "Running", "hostIP": "10.0.0.11", "podIP": "10.0.0.11", "startTime": "2026-11-20T08:00:41Z",
    "conditions": [{"type": "Ready", "status": "True", "lastProbeTime": None, "lastTransitionTime": "2026-11-20T08:00:50Z"}],
    "containerStatuses": [{"name": "kube-proxy", "state": {"running": {"startedAt": "2026-11-20T08:00:49Z"}}, "lastState": {}, "ready": True,
      "restartCount": 0, "image": "registry.k8s.io/kube-proxy:v1.31.2", "imageID": "registry.k8s.io/kube-proxy@sha256:62128d752eb4a9162074697aba46adea4abb8aab2a53c992f20881365b61a4fe",
      "containerID": "containerd://7c6b5a4f3e2d", "started": True}],
    "qosClass": "BestEffort"}}

def etcd(rv, mirror=True):
    md = {"name": "etcd-n1", "namespace": "kube-system", "resourceVersion": str(rv), "creationTimestamp": "2026-11-20T07:59:58Z",
          "labels": {"component": "etcd", "tier": "control-plane"},
          "annotations": {"kubeadm.kubernetes.io/etcd.advertise-client-urls": "https://10.0.0.11:2379",
                          "kubernetes.io/config.hash": "3f1e2d0c9b8a7f6e5d4c3b2a1f0e9d8c",
                          "kubernetes.io/config.seen": "2026-11-20T07:59:40.118827214Z",
                          "kubernetes.io/config.source": "file"}}
    if mirror:
        md["uid"] = "e7a1b2c3-d4e5-4f60-8a9b-0c1d2e3f4a5b"
        md["annotations"]["kubernetes.io/config.mirror"] = "3f1e2d0c9b8a7f6e5d4c3b2a1f0e9d8c"
        md["ownerReferences"] = [{"apiVersion": "v1", "kind": "Node", "name": "n1", "uid": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "controller": True}]
    else:
        md["uid"] = "3f1e2d0c9b8a7f6e5d4c3b2a1f0e9d8c"
    return {"metadata": md,
      "spec": {"containers": [{"name": "etcd", "image": "registry.k8s.io/etcd:3.5.15-0",
          "command": ["etcd", "--advertise-client-urls=https://10.0.0.11:2379", "--data-dir=/var/lib/etcd"],
          "livenessProbe": {"httpGet": {"host": "127.0.0.1", "path": "/livez", "port": 2381, "scheme": "HTTP"}, "initialDelaySeconds": 10, "timeoutSeconds": 15, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 8},
          "startupProbe": {"httpGet": {"host": "127.0.0.1", "path": "/readyz", "port": 2381, "scheme": "HTTP"}, "initialDelaySeconds": 10, "timeoutSeconds": 15, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 24},
          "resources": {"requests": {"cpu": "100m", "memory": "100Mi"}}, "imagePullPolicy": "IfNotPresent"}],
        "restartPolicy": "Always", "nodeName": "n1", "hostNetwork": True, "priorityClassName": "system-node-critical", "priority": 2000001000,
        "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}},
      "status": {"phase": "Running", "hostIP": "10.0.0.11", "podIP": "10.0.0.11", "startTime": "2026-11-20T07:59:41Z",
        "conditions": [{"type": "Ready", "status": "True", "lastProbeTime": None, "lastTransitionTime": "2026-11-20T08:00:20Z"}],
        "containerStatuses": [{"name": "etcd", "state": {"running": {"startedAt": "2026-11-20T07:59:43Z"}}, "lastState": {}, "ready": True,
          "restartCount": 0, "image": "registry.k8s.io/etcd:3.5.15-0", "imageID": "registry.k8s.io/etcd@sha256:a6dc63e6e8cfa0307d7851762fa6b629afb18f28d8aa3fab5a6e91b4af60026a",
          "containerID": "containerd://5e4d3c2b1a09", "started": True}],
        "qosClass": "Burstable"}}

def job(rv, phase="Pending"):
    st = {"phase": phase, "conditions": [{"type": "PodScheduled", "status": "True", "lastProbeTime": None, "lastTransitionTime": "2026-11-28T02:10:00Z"}], "qosClass": "BestEffort"}
    if phase == "Pending":
        st["containerStatuses"] = [{"name": "migrate", "state": {"waiting": {"reason": "ContainerCreating"}}, "lastState": {}, "ready": False, "restartCount": 0, "image": "busybox:1.36", "imageID": "", "started": False}]
    return {"metadata": {"name": "migrate-28871650-k2v8p", "generateName": "migrate-28871650-", "namespace": "batch",
        "uid": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "resourceVersion": str(rv), "creationTimestamp": "2026-11-28T02:10:00Z",
        "labels": {"batch.kubernetes.io/job-name": "migrate-28871650"}},
      "spec": {"containers": [{"name": "migrate", "image": "busybox:1.36", "command": ["sh", "-c", "echo migrate"], "imagePullPolicy": "IfNotPresent"}],
        "restartPolicy": "Never", "nodeName": "n1", "terminationGracePeriodSeconds": 30},
      "status": st}

def pod(p):
    return dict(kind=None, **p) if False else p

def podlist(items, rv, kubelet=False):
    if kubelet:
        return {"kind": "PodList", "apiVersion": "v1", "metadata": {}, "items": [dict({"kind": "Pod", "apiVersion": "v1"}, **i) for i in items]}
    return {"kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": str(rv)}, "items": items}

import os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "sources") + "/"
json.dump(podlist([web(48101), etcd(48002), proxy(47990)], 48213), open(D + "apiserver-podlist.json", "w"), indent=1)
json.dump(podlist([web(48251, ready=False, restarts=1), etcd(48002), job(48285, "Running")], 48300), open(D + "apiserver-podlist-relist.json", "w"), indent=1)
def ev(t, obj):
    o = dict({"kind": "Pod", "apiVersion": "v1"}, **obj) if t != "ERROR" else obj
    return json.dumps({"type": t, "object": o}, separators=(",", ":"))
w = []
w.append(ev("ADDED", job(48240)))
w.append(ev("MODIFIED", web(48251, ready=False, restarts=1)))
w.append(ev("BOOKMARK", {"metadata": {"resourceVersion": "48260", "annotations": {"k8s.io/initial-events-end": "true"}}}) )
w.append(ev("DELETED", proxy(48270)))
open(D + "apiserver-watch-events.jsonl", "w").write("\n".join(w) + "\n")
gone = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "too old resource version: 48213 (48290)", "reason": "Expired", "code": 410}
open(D + "apiserver-watch-410-event.jsonl", "w").write(json.dumps({"type": "ERROR", "object": gone}, separators=(",", ":")) + "\n")
json.dump({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "too old resource version: 48213 (48290)", "reason": "Expired", "code": 410}, open(D + "apiserver-status-410.json", "w"))
json.dump(podlist([web(48101), etcd(48002, mirror=False), proxy(47990)], 0, kubelet=True), open(D + "kubelet-pods.json", "w"), indent=1)
json.dump(podlist([web(48251, ready=False, restarts=1), etcd(48002, mirror=False)], 0, kubelet=True), open(D + "kubelet-pods-2.json", "w"), indent=1)
