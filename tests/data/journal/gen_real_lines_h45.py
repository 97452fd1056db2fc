# Hunt 45 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines about evictions and
# node pressure, liveness / readiness / startup probe failures, and the noise pasted around them, from
# GitHub threads that the table did not cite before this file (each thread was checked against
# real_lines.jsonl and every gen_real_lines_*.py). Whole pasted runs were taken where the search
# excerpt held them whole; a row the excerpt cut off was left out. Same rules as gen_real_lines_h8.py:
# each line is copied exactly as its public source shows it, with the source's URL, and each was seen
# twice (two different searches returning the same passage, compared again). Raw strings: backslashes
# are the line's own. Four lines of openshift/release#1169 end in the shell's own line-continuation
# backslash (the kubelet logged a multi-line exec command); a raw string cannot end in a backslash, so
# those are written r'''...''' + '\\'. Node-level lines are never attributed to a pod: ns, pod, uid and
# container are None for them. Held out when collected: scored before the fixes it led to, then
# imported into the table by gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

OSR = "https://github.com/openshift/release/issues/1169"
BK = "https://github.com/bsycorp/kind/issues/15"
K = "https://github.com/kubernetes/kubernetes/issues/"
KK = "https://github.com/kodekloudhub/certified-kubernetes-administrator-course/issues/150"
RR = "https://github.com/rancher/rancher/issues/42505"
JH = "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/pull/1356"

OSR_V = ("OpenShift origin-node (the kubelet inside origin 3.10, Aug 2018): Kubernetes 1.10; prober.go:106 "
         "and remote_runtime.go:332 agree")


def HUNT_H45(C):
    return [
# ---------------------------------------------------------------- openshift/release#1169: an exec liveness probe that times out
C(OSR, r'''Aug 09 20:23:47 origin-ci-ig-m-vqm9 origin-node[20148]: I0809 20:23:47.591753   20148 prober.go:106] Liveness probe for "webconsole-84f8cffc88-57llq_openshift-web-console(0b7a30e6-9415-11e8-9bfe-42010a8e0004):webconsole" errored: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  'openshift-web-console', 'webconsole-84f8cffc88-57llq', '0b7a30e6-9415-11e8-9bfe-42010a8e0004', 'webconsole', 'LivenessProbeFailed',
  note="api.ci master with a degraded dockerd: the exec liveness probe of the web console errored (the runtime's exec timed out); an errored liveness probe counts as a failure and the kubelet restarts on it. The pod is named as name_namespace(uid):container. " + OSR_V, kubelet='~1.10', fmt='klog', cls='probe'),
C(OSR, r'''Aug 09 20:25:48 origin-ci-ig-m-vqm9 origin-node[20148]: E0809 20:25:48.592036   20148 remote_runtime.go:332] ExecSync 5e0e3a0f037f667ee1afb01a81749d33719647c00541ba4440dbe7f29f9f5b4d '/bin/sh -i -c if [[ ! -f /tmp/webconsole-config.hash ]]; then ''' + '\\',
  None, None, None, None, None,
  note="the next kubelet line: the runtime's ExecSync of the probe command failed; the line names only a container id, and the probe failure itself is the prober line above (the table marks ExecSync runtime failures None). The logged command spans several journal lines. " + OSR_V, kubelet='~1.10', fmt='klog', cls='noise'),
C(OSR, r'''Aug 09 20:25:48 origin-ci-ig-m-vqm9 origin-node[20148]: md5sum /var/webconsole-config/webconsole-config.yaml > /tmp/webconsole-config.hash; ''' + '\\',
  None, None, None, None, None,
  note='continuation line of the multi-line ExecSync message: only the probe\'s shell text', kubelet='~1.10', fmt='klog', cls='noise'),
C(OSR, r'''Aug 09 20:25:48 origin-ci-ig-m-vqm9 origin-node[20148]: elif [[ $(md5sum /var/webconsole-config/webconsole-config.yaml) != $(cat /tmp/webconsole-config.hash) ]]; then ''' + '\\',
  None, None, None, None, None,
  note='continuation line of the same message', kubelet='~1.10', fmt='klog', cls='noise'),
C(OSR, r'''Aug 09 20:25:48 origin-ci-ig-m-vqm9 origin-node[20148]: exit 1; ''' + '\\',
  None, None, None, None, None,
  note='continuation line of the same message', kubelet='~1.10', fmt='klog', cls='noise'),
C(OSR, r'''Aug 09 20:25:48 origin-ci-ig-m-vqm9 origin-node[20148]: fi && curl -k -f https://0.0.0.0:8443/console/' from runtime service failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, None,
  note="last continuation line: the tail of the ExecSync failure; no pod, and the runtime's exec timeout is not itself a reason", kubelet='~1.10', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- bsycorp/kind#15: node events under disk pressure
C(BK, r'''  Warning  EvictionThresholdMet  4m32s  kubelet, minikube  Attempting to reclaim ephemeral-storage''',
  None, None, None, None, 'ResourcePressure',
  note="kubectl describe node minikube in bsycorp's kind (Mar 2019): the kubelet's EvictionThresholdMet event, the node-level start of reclaim; the 'kubelet, minikube' From column is pre-1.20", kubelet='~1.13', fmt='event', cls='node'),
C(BK, r'''  Normal   NodeHasDiskPressure   4m23s  kubelet, minikube  Node minikube status is now: NodeHasDiskPressure''',
  None, None, None, None, 'ResourcePressure',
  note='the next row: the node condition DiskPressure turned on (the pods were then Evicted)', kubelet='~1.13', fmt='event', cls='node'),
# ---------------------------------------------------------------- kubernetes#44951: imagefs reclaim that still evicts
C(K + "44951", r'''Apr 26 09:13:09 node-2-vm kubelet-wrapper[1064]: I0426 09:13:09.518941    1064 eviction_manager.go:313] eviction manager: must evict pod(s) to reclaim imagefs''',
  None, None, None, None, 'ResourcePressure',
  note="CoreOS kubelet-wrapper journal (Apr 2017, the bug fixed by PR 44986 for 1.6): image GC did not free enough and the eviction manager must evict; node-level, names no pod", kubelet='~1.6', fmt='klog', cls='node'),
C(K + "44951", r'''Apr 26 09:13:09 node-2-vm kubelet-wrapper[1064]: I0426 09:13:09.519150    1064 image_gc_manager.go:335] [imageGCManager]: Removing image "sha256:91a48ff795cebb88646ec6cc4955bf7f500466feb44ec18b508f2ce94ed0d9b7" to free 664880136 bytes''',
  None, None, None, None, None,
  note='the next line: image GC removing an image, routine noise with no pod', kubelet='~1.6', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#31192: imagefs eviction with no ranking function
C(K + "31192", r'''W0822 23:51:03.731889    2684 eviction_manager.go:211] eviction manager: attempting to reclaim imagefs''',
  None, None, None, None, 'ResourcePressure',
  note='description (Aug 2016, a 1.4 development kubelet run with -eviction-hard imagefs.available<10%): the eviction manager starts reclaiming imagefs', kubelet='~1.4', fmt='klog', cls='node'),
C(K + "31192", r'''I0822 23:51:03.731930    2684 eviction_manager.go:225] eviction manager: must evict pod(s) to reclaim imagefs''',
  None, None, None, None, 'ResourcePressure',
  note='the next line: node-level, no pod named', kubelet='~1.4', fmt='klog', cls='node'),
C(K + "31192", r'''E0822 23:51:03.731938    2684 eviction_manager.go:230] eviction manager: no ranking function for resource imagefs''',
  None, None, None, None, 'ResourcePressure',
  note="the third line: the node is under imagefs pressure and the eviction manager cannot act on it (as the table's 'thresholds have been met, but no pods are active to evict' lines)", kubelet='~1.4', fmt='klog', cls='node'),
# ---------------------------------------------------------------- kubernetes#74491: eviction-manager noise
C(K + "74491", r'''Feb 25 13:29:49 node-2 kubelet[18711]: W0225 13:29:49.659401   18711 helpers.go:808] eviction manager: no observation found for eviction signal allocatableMemory.available''',
  None, None, None, None, None,
  note="journalctl -f -u kubelet (Feb 2019) on a node just added: the eviction manager has no observation yet for a signal; a warning every 10 s, no pressure and no pod (the table marks 'no observation found' lines None). helpers.go:808 is about 1.13", kubelet='~1.13', fmt='klog', cls='noise'),
C(K + "74491", r'''Feb 25 13:29:59 node-2 kubelet[18711]: W0225 13:29:59.672906   18711 helpers.go:808] eviction manager: no observation found for eviction signal allocatableMemory.available''',
  None, None, None, None, None,
  note='the next line, 10 s later', kubelet='~1.13', fmt='klog', cls='noise'),
C(K + "74491", r'''Feb 25 13:30:09 node-2 kubelet[18711]: W0225 13:30:09.686384   18711 helpers.go:808] eviction manager: no observation found for eviction signal allocatableMemory.available''',
  None, None, None, None, None,
  note='the third line', kubelet='~1.13', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kodekloud CKA course #150: kube-apiserver static pod's events
C(KK, r'''  Normal   Created         21h                      kubelet  Created container kube-apiserver''',
  None, None, None, 'kube-apiserver', None,
  note="kubectl describe pod of kube-apiserver-kubemaster after a fresh kubeadm install: a Created row (not a reason of the table); the row names only the container. 'kubelet' alone in From is 1.20 or later; no version stated", kubelet='~1.2x', fmt='event', cls='noise'),
C(KK, r'''  Normal   Started         21h                      kubelet  Started container kube-apiserver''',
  None, None, None, 'kube-apiserver', 'Started',
  note='the Started row', kubelet='~1.2x', fmt='event', cls='start'),
C(KK, r'''  Warning  Unhealthy       21h (x2 over 21h)        kubelet  Liveness probe failed: Get "https://192.168.56.11:6443/livez": dial tcp 192.168.56.11:6443: connect: connection refused''',
  None, None, None, None, 'LivenessProbeFailed',
  note='liveness probe on /livez refused; the row names no pod or container', kubelet='~1.2x', fmt='event', cls='probe'),
C(KK, r'''  Warning  Unhealthy       18h (x9 over 20h)        kubelet  Startup probe failed: HTTP probe failed with statuscode: 500''',
  None, None, None, None, 'StartupProbeFailed',
  note='startup probe answered 500', kubelet='~1.2x', fmt='event', cls='probe'),
C(KK, r'''  Warning  Unhealthy       18h (x11 over 20h)       kubelet  Startup probe failed: Get "https://192.168.56.11:6443/livez": dial tcp 192.168.56.11:6443: connect: connection refused''',
  None, None, None, None, 'StartupProbeFailed',
  note='startup probe refused', kubelet='~1.2x', fmt='event', cls='probe'),
C(KK, r'''  Warning  Unhealthy       15h (x242 over 21h)      kubelet  Readiness probe failed: HTTP probe failed with statuscode: 500''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='readiness probe answered 500', kubelet='~1.2x', fmt='event', cls='probe'),
C(KK, r'''  Warning  Unhealthy       12h (x93 over 21h)       kubelet  Liveness probe failed: HTTP probe failed with statuscode: 500''',
  None, None, None, None, 'LivenessProbeFailed',
  note='liveness probe answered 500', kubelet='~1.2x', fmt='event', cls='probe'),
C(KK, r'''  Normal   Killing         11h (x80 over 21h)       kubelet  Stopping container kube-apiserver''',
  None, None, None, 'kube-apiserver', 'Killing',
  note='the Killing row in its 1.20+ wording (the table marks the same wording for calico-node Killing)', kubelet='~1.2x', fmt='event', cls='kill'),
C(KK, r'''  Warning  Unhealthy       11h (x1101 over 21h)     kubelet  Readiness probe failed: Get "https://192.168.56.11:6443/readyz": dial tcp 192.168.56.11:6443: connect: connection refused''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='readiness probe on /readyz refused (the BackOff row after it is cut off in the thread excerpt and left out)', kubelet='~1.2x', fmt='event', cls='probe'),
# ---------------------------------------------------------------- kubernetes#115469: probe timeouts
C(K + "115469", r'''  Warning  Unhealthy  21m (x44 over 2d1h)  kubelet  Liveness probe failed: Get "http://10.244.54.71:18051/healthcheck": context deadline exceeded (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'LivenessProbeFailed',
  note="description (Feb 2023): an HTTP liveness probe timing out; the row names no pod. Version not stated; Feb 2023 and the 'kubelet' From suggest about 1.25", kubelet='~1.25', fmt='event', cls='probe'),
C(K + "115469", r'''  Warning  Unhealthy  21m (x49 over 2d1h)  kubelet  Readiness probe failed: Get "http://10.244.54.71:18051/healthcheck": context deadline exceeded (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='the readiness probe of the same container timing out', kubelet='~1.25', fmt='event', cls='probe'),
# ---------------------------------------------------------------- rancher/rancher#42505: rke2 kube-apiserver failing its startup probe
C(RR, r'''  ----     ------          ----                  ----     -------''',
  None, None, None, None, None,
  note="the dashes under kubectl describe's Events header: noise", kubelet='1.26', fmt='event', cls='noise'),
C(RR, r'''  Warning  Unhealthy       58m (x22 over 62m)    kubelet  Startup probe failed: command "kubectl get --server=https://localhost:6443/ --client-certificate=/var/lib/rancher/rke2/server/tls/client-kube-apiserver.crt --client-key=/var/lib/rancher/rke2/server/tls/client-kube-apiserver.key --certificate-authority=/var/lib/rancher/rke2/server/tls/server-ca.crt --raw=/livez" timed out''',
  None, None, None, None, 'StartupProbeFailed',
  note='rke2 v1.26.7 (image tag in the Pulled row below): the exec startup probe of kube-apiserver timed out', kubelet='1.26', fmt='event', cls='probe'),
C(RR, r'''  Warning  Unhealthy       53m (x24 over 57m)    kubelet  Startup probe failed: command "kubectl get --server=https://localhost:6443/ --client-certificate=/var/lib/rancher/rke2/server/tls/client-kube-apiserver.crt --client-key=/var/lib/rancher/rke2/server/tls/client-kube-apiserver.key --certificate-authority=/var/lib/rancher/rke2/server/tls/server-ca.crt --raw=/livez" timed out''',
  None, None, None, None, 'StartupProbeFailed',
  note='the next row, same failure', kubelet='1.26', fmt='event', cls='probe'),
C(RR, r'''  Normal   Killing         53m                   kubelet  Container kube-apiserver failed startup probe, will be restarted''',
  None, None, None, 'kube-apiserver', 'StartupProbeFailed',
  note="the Killing row that gives its cause: the container failed its startup probe (the table marks the 'failed liveness probe, will be restarted' rows LivenessProbeFailed)", kubelet='1.26', fmt='event', cls='probe'),
C(RR, r'''  Normal   SandboxChanged  52m                   kubelet  Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note='SandboxChanged: not a reason of the table (marked None elsewhere in it)', kubelet='1.26', fmt='event', cls='noise'),
C(RR, r'''  Normal   Pulled          52m                   kubelet  Container image "index.docker.io/rancher/hardened-kubernetes:v1.26.7-rke2r1-build20230719" already present on machine''',
  None, None, None, None, 'Pulled',
  note='the image was already present: a Pulled event (the next row, Created, is cut off in the excerpt and left out)', kubelet='1.26', fmt='event', cls='pull'),
# ---------------------------------------------------------------- jupyterhub/zero-to-jupyterhub-k8s#1356: proxy pod never Ready
C(JH, r'''  Normal   Scheduled  78s                default-scheduler                            Successfully assigned jupyterhub/proxy-7d4dcc5c64-pqv9w to gke-ds-platform-core-4d566784-54l4''',
  'jupyterhub', 'proxy-7d4dcc5c64-pqv9w', None, None, None,
  note="PR description (Aug 2019, GKE), the same rows as in issue #1357: the scheduler's row names the pod as namespace/name; scheduling is not a reason. 'kubelet, <node>' From: pre-1.20, about 1.13", kubelet='~1.13', fmt='event', cls='noise'),
C(JH, r'''  Normal   Pulled     76s                kubelet, gke-ds-platform-core-4d566784-54l4  Container image "jupyterhub/configurable-http-proxy:4.1.0" already present on machine''',
  None, None, None, None, 'Pulled',
  note='image already present: Pulled', kubelet='~1.13', fmt='event', cls='pull'),
C(JH, r'''  Normal   Created    76s                kubelet, gke-ds-platform-core-4d566784-54l4  Created container''',
  None, None, None, None, None,
  note='Created (1.13-era wording with no container name): not a reason of the table', kubelet='~1.13', fmt='event', cls='noise'),
C(JH, r'''  Normal   Started    76s                kubelet, gke-ds-platform-core-4d566784-54l4  Started container''',
  None, None, None, None, 'Started',
  note='Started, no container named', kubelet='~1.13', fmt='event', cls='start'),
C(JH, r'''  Warning  Unhealthy  10s (x7 over 70s)  kubelet, gke-ds-platform-core-4d566784-54l4  Readiness probe failed: Get http://10.72.0.84:8000/health: net/http: request canceled (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='the readiness probe timing out, pre-1.19 wording without quotes around the URL', kubelet='~1.13', fmt='event', cls='probe'),
    ]
