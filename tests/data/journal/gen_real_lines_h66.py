# Hunt 66 for the real-lines table (issue 13 item 3): a HELD-OUT set from kubernetes-sigs threads the
# table did not cite (external-dns, secrets-store-csi-driver, metrics-server, sig-windows-tools,
# kubespray, cluster-api, aws-load-balancer-controller). Whole pasted runs where the thread has them:
# kubectl describe / get events rows (Scheduled, Pulled, Created, Started, BackOff, Unhealthy,
# FailedMount, FailedCreatePodSandBox), two Windows kubelet lines, containerd start-up noise, and a
# metrics-server run that mixes probe-failure event messages with the server's own log lines.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own; the event rows' runs of spaces are the rows' own, no tabs),
# with the source's URL, and each was seen twice (two different searches returning the same passage).
# Node-level lines are never attributed to a pod: ns, pod, uid and container are None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

EDNS = "https://github.com/kubernetes-sigs/external-dns/pull/3689"
SSC = "https://github.com/kubernetes-sigs/secrets-store-csi-driver/issues/249"
MS687 = "https://github.com/kubernetes-sigs/metrics-server/issues/687"
MS917 = "https://github.com/kubernetes-sigs/metrics-server/issues/917"
SWT = "https://github.com/kubernetes-sigs/sig-windows-tools/issues/61"
KS9897 = "https://github.com/kubernetes-sigs/kubespray/issues/9897"
KS4532 = "https://github.com/kubernetes-sigs/kubespray/issues/4532"
CAPI = "https://github.com/kubernetes-sigs/cluster-api/issues/9102"
ALB2359 = "https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/2359"
ALB2956 = "https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/2956"


def HUNT_H66(C):
    return [
# ---------------------------------------------------------------- external-dns#3689: a whole describe-pod Events run (chart CI on colima)
C(EDNS, r'''  Normal   Scheduled  5m                      default-scheduler  Successfully assigned external-dns-l89vv23uwf/external-dns-l89vv23uwf-cf96c6db7-8mw87 to colima''',
  'external-dns-l89vv23uwf', 'external-dns-l89vv23uwf-cf96c6db7-8mw87', None, None, None,
  note="kubectl describe pod Events of the chart's CI install (PR comment, 2023, external-dns v0.13.5 on colima): the scheduler's Scheduled row names ns/pod; scheduling is no failure", fmt='event', cls='noise'),
C(EDNS, r'''  Normal   Pulled     4m5s (x4 over 5m)       kubelet            Container image "registry.k8s.io/external-dns/external-dns:v0.13.5" already present on machine''',
  None, None, None, None, 'Pulled',
  note='the next row: the image was already on the node (the kubelet\'s Pulled event); the row names no pod', fmt='event', cls='pull'),
C(EDNS, r'''  Normal   Created    4m5s (x4 over 5m)       kubelet            Created container external-dns''',
  None, None, None, 'external-dns', None,
  note='the next row: Created names the container only; Created is not a reason of its own', fmt='event', cls='noise'),
C(EDNS, r'''  Normal   Started    4m5s (x4 over 5m)       kubelet            Started container external-dns''',
  None, None, None, 'external-dns', 'Started',
  note='the next row: the container started (it then crashed: x4 restarts)', fmt='event', cls='start'),
C(EDNS, r'''  Warning  BackOff    3m24s (x13 over 4m57s)  kubelet            Back-off restarting failed container external-dns in pod external-dns-l89vv23uwf-cf96c6db7-8mw87_external-dns-l89vv23uwf(cab06d7c-8292-4f49-be39-8dd4247e2b02)''',
  'external-dns-l89vv23uwf', 'external-dns-l89vv23uwf-cf96c6db7-8mw87', 'cab06d7c-8292-4f49-be39-8dd4247e2b02', 'external-dns', 'CrashLoopBackOff',
  note="the run's last row: the kubelet's BackOff event in the newer form that names the pod as name_namespace(uid)", fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- secrets-store-csi-driver#249: describe rows (AKS 1.16.10)
C(SSC, r'''  Normal   Scheduled    <unknown>          default-scheduler                              Successfully assigned ns-gdprhub-kc/nginx-flex-kv to aks-gdprhubnodes-31385122-vmss000004''',
  'ns-gdprhub-kc', 'nginx-flex-kv', None, None, None,
  note='kubectl describe pod Events (Jul 2020, "upgraded to AKS 1.16.10"): the Scheduled row names ns/pod; no failure', kubelet='1.16', fmt='event', cls='noise'),
C(SSC, r'''  Warning  FailedMount  8m6s               kubelet, aks-gdprhubnodes-31385122-vmss000004  Unable to attach or mount volumes: unmounted volumes=[secrets-store-inline-gdprhub-kc], unattached volumes=[default-token-j65xf secrets-store-inline-gdprhub-kc timezone-config]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the next row: the secrets-store CSI inline volume never mounted; the row names no pod', kubelet='1.16', fmt='event', cls='volume'),
C(SSC, r'''  Warning  FailedMount  5m50s              kubelet, aks-gdprhubnodes-31385122-vmss000004  Unable to attach or mount volumes: unmounted volumes=[secrets-store-inline-gdprhub-kc], unattached volumes=[secrets-store-inline-gdprhub-kc timezone-config default-token-j65xf]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the next row, same failure', kubelet='1.16', fmt='event', cls='volume'),
# ---------------------------------------------------------------- metrics-server#687: event messages and the server's own log, as pasted
C(MS687, r'''Readiness probe failed: Get "https://<ip>:8443/readyz": dial tcp <ip>:8443: connect: connection refused''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='issue description (Mar 2021, EKS 1.19): the Unhealthy event messages pasted bare (the reporter redacted the IP as <ip>)', kubelet='1.19', fmt='event', cls='probe'),
C(MS687, r'''Liveness probe failed: Get "https://<ip>:8443/livez": dial tcp <ip>:8443: connect: connection refused''',
  None, None, None, None, 'LivenessProbeFailed',
  note='the next pasted message: the liveness probe on /livez', kubelet='1.19', fmt='event', cls='probe'),
C(MS687, r'''Readiness probe failed: HTTP probe failed with statuscode: 500''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='the next pasted message: /readyz answered 500', kubelet='1.19', fmt='event', cls='probe'),
C(MS687, r'''I0303 19:43:56.825398       1 healthz.go:243] healthz check failed: readyz''',
  None, None, None, None, None,
  note="metrics-server's own klog line (pid 1 in its container), pasted after the events: the server reporting its own readyz check, not a kubelet probe result", fmt='klog', cls='noise', trap_for='ReadinessProbeFailed'),
C(MS687, r'''[-]readyz failed: last tick wasn't healthy''',
  None, None, None, None, None,
  note="the healthz detail line of metrics-server's own log: no pod, no kubelet reason", fmt='klog', cls='noise', trap_for='ReadinessProbeFailed'),
# ---------------------------------------------------------------- metrics-server#917: a whole describe-pod Events run
C(MS917, r'''  Normal   Scheduled  2m                  default-scheduler  Successfully assigned default/metrics-server-6467f65c76-z7t5v to ip-172-31-7-46''',
  'default', 'metrics-server-6467f65c76-z7t5v', None, None, None,
  note='issue description (Dec 2021, metrics-server v0.5.2): the Scheduled row names ns/pod; no failure', fmt='event', cls='noise'),
C(MS917, r'''  Normal   Pulled     119s                kubelet            Container image "k8s.gcr.io/metrics-server/metrics-server:v0.5.2" already present on machine''',
  None, None, None, None, 'Pulled',
  note='the next row: image already present (Pulled)', fmt='event', cls='pull'),
C(MS917, r'''  Normal   Created    119s                kubelet            Created container metrics-server''',
  None, None, None, 'metrics-server', None,
  note='the next row: Created names the container only', fmt='event', cls='noise'),
C(MS917, r'''  Normal   Started    119s                kubelet            Started container metrics-server''',
  None, None, None, 'metrics-server', 'Started',
  note='the next row: the container started', fmt='event', cls='start'),
C(MS917, r'''  Warning  Unhealthy  10s (x10 over 90s)  kubelet            Readiness probe failed: HTTP probe failed with statuscode: 500''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='the run\'s last row: the readiness probe keeps failing with 500 (kubelet TLS to the nodes was the cause)', fmt='event', cls='probe'),
# ---------------------------------------------------------------- sig-windows-tools#61: Windows kubelet, docker, no CNI config
C(SWT, r'''E0326 23:54:49.064425    4952 pod_workers.go:191] Error syncing pod 1dbeb45a-eea4-49ff-87fc-1b0b2279fdfe ("kube-proxy-windows-slwj8_kube-system(1dbeb45a-eea4-49ff-87fc-1b0b2279fdfe)"), skipping: network is not ready: runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note="Windows node joining (Mar 2020, dockershim): the per-pod sync error whose cause is the node's network (no CNI config), node-level and no pod, as the table does for this form. pod_workers.go:191 and the date: kubelet 1.17 or 1.18", kubelet='~1.17', fmt='klog', cls='node'),
C(SWT, r'''E0326 23:54:49.122828    4952 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note='the next line: the node-level network condition itself', kubelet='~1.17', fmt='klog', cls='node'),
# ---------------------------------------------------------------- kubespray#9897: describe rows (k8s 1.24.6, calico)
C(KS9897, r'''  Normal   Scheduled               72s   default-scheduler  Successfully assigned kube-system/kube-proxy-jhf8d to node5''',
  'kube-system', 'kube-proxy-jhf8d', None, None, None,
  note='issue description (Mar 2023, "k8s 1.24.6"): the Scheduled row names ns/pod; no failure', kubelet='1.24', fmt='event', cls='noise'),
C(KS9897, r'''  Warning  FailedCreatePodSandBox  12s   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "1f81d650b5e9f17d4a01973d52b53417352babd39290e1267770d6b2141f6a8b": plugin type="calico" failed (add): error getting ClusterInformation: Get "https://10.233.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default": dial tcp 10.233.0.1:443: i/o timeout''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next row: calico CNI ADD timed out reaching the API service; the row names only the sandbox id, no pod', kubelet='1.24', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- kubespray#4532: older sandbox form naming name_namespace
C(KS4532, r'''  Warning  FailedCreatePodSandBox  8m16s                  kubelet, node2     Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "928c423a8d133278d55d63179fe3327c11330eb51f469b22e47b3c3e5432bbda" network for pod "pod1": NetworkPlugin cni failed to set up pod "pod1_default" network: Get https://[10.233.0.1]:443/api/v1/namespaces/default: dial tcp 10.233.0.1:443: i/o timeout''',
  'default', 'pod1', None, None, 'FailedCreatePodSandBox',
  note='comment (Jul 2019, calico ipip CrossSubnet): the dockershim-era "Failed create pod sandbox" event; the message names the pod as "pod1_default". "kubelet, node2" source column: before 1.20; date: about 1.14/1.15', kubelet='~1.15', fmt='event', cls='sandbox'),
C(KS4532, r'''  Warning  FailedCreatePodSandBox  7m45s                  kubelet, node2     Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "a595d5da15df56c7806bb6063caff90d9c89f187d242841e7c9dbc5e957e5a6c" network for pod "pod1": NetworkPlugin cni failed to set up pod "pod1_default" network: Get https://[10.233.0.1]:443/api/v1/namespaces/default: dial tcp 10.233.0.1:443: i/o timeout''',
  'default', 'pod1', None, None, 'FailedCreatePodSandBox',
  note='the next row, a new sandbox, same failure', kubelet='~1.15', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- cluster-api#9102: containerd start-up run on a CAPI control-plane node
C(CAPI, r'''Aug 06 19:28:25 ip-10-254-9-175 containerd[628]: time="2023-08-06T19:28:25.237963016Z" level=info msg="skip loading plugin \"io.containerd.tracing.processor.v1.otlp\"..." error="no OpenTelemetry endpoint: skip plugin" type=io.containerd.tracing.processor.v1''',
  None, None, None, None, None,
  note="journalctl -u containerd of the second control-plane node (Aug 2023, pause:3.9 nodes): containerd loading its plugins; an error= field but nothing wrong", fmt='containerd', cls='noise'),
C(CAPI, r'''Aug 06 19:28:25 ip-10-254-9-175 containerd[628]: time="2023-08-06T19:28:25.237981270Z" level=info msg="loading plugin \"io.containerd.internal.v1.tracing\"..." type=io.containerd.internal.v1''',
  None, None, None, None, None,
  note='the next line: plugin loading', fmt='containerd', cls='noise'),
C(CAPI, r'''Aug 06 19:28:25 ip-10-254-9-175 containerd[628]: time="2023-08-06T19:28:25.238009229Z" level=error msg="failed to initialize a tracing processor \"otlp\"" error="no OpenTelemetry endpoint: skip plugin"''',
  None, None, None, None, None,
  note='the next line: level=error, but only the unconfigured tracing exporter (containerd#7540 made it quieter); no pod, no node problem', fmt='containerd', cls='noise'),
C(CAPI, r'''Aug 06 19:28:25 ip-10-254-9-175 containerd[628]: time="2023-08-06T19:28:25.238064051Z" level=info msg="loading plugin \"io.containerd.grpc.v1.cri\"..." type=io.containerd.grpc.v1''',
  None, None, None, None, None,
  note='the next line: the CRI plugin loading', fmt='containerd', cls='noise'),
# ---------------------------------------------------------------- aws-load-balancer-controller#2359 and #2956
C(ALB2359, r'''  Warning  FailedMount  6m33s                 kubelet, ip-10-20-2-158.us-west-1.compute.internal  Unable to attach or mount volumes: unmounted volumes=[cert], unattached volumes=[aws-iam-token cert aws-load-balancer-controller-token-pl2kp]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='comment (Nov 2021, EKS): the controller pod stuck in ContainerCreating; its webhook cert secret was missing. "kubelet, <node>" source column: kubelet before 1.20', fmt='event', cls='volume'),
C(ALB2956, r'''44m         Normal   Scheduled          pod/aws-load-balancer-controller-6d9d9fc86c-bfh2m    Successfully assigned kube-system/aws-load-balancer-controller-6d9d9fc86c-bfh2m to ip-172-16-167-192.ec2.internal''',
  'kube-system', 'aws-load-balancer-controller-6d9d9fc86c-bfh2m', None, None, None,
  note='kubectl get events -n kube-system (Jan 2023, controller v2.4.5 on EKS): the Scheduled row; the message names ns/pod; no failure', fmt='event', cls='noise'),
C(ALB2956, r'''44m         Normal   Pulling            pod/aws-load-balancer-controller-6d9d9fc86c-bfh2m    Pulling image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.4.5"''',
  None, 'aws-load-balancer-controller-6d9d9fc86c-bfh2m', None, None, 'Pulling',
  note='the next row: the object column names the pod (pod/<name>), the row names no namespace (it came from -n kube-system)', fmt='event', cls='pull'),
C(ALB2956, r'''44m         Normal   Pulled             pod/aws-load-balancer-controller-6d9d9fc86c-bfh2m    Successfully pulled image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.4.5" in 3.595406189s''',
  None, 'aws-load-balancer-controller-6d9d9fc86c-bfh2m', None, None, 'Pulled',
  note='the next row: the pull succeeded', fmt='event', cls='pull'),
    ]
