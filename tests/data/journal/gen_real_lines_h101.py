# Hunt 101 for the real-lines table (issue 13 item 3): a HELD-OUT set of kubelet journal lines about
# static and control-plane pods (kube-apiserver, etcd, kube-scheduler, kube-controller-manager and
# their mirror pods) pasted during kubeadm init or a control-plane outage. Every thread here was cited
# nowhere in real_lines.jsonl or the gen_real_lines_*.py files when it was taken, and no line is
# already in the table. Same rules as gen_real_lines_h8.py: each line is copied exactly as its public
# source shows it (raw strings: backslashes are the line's own), with the source's URL, and each was
# seen twice (two different searches returned the same text). Whole runs of consecutive lines were
# taken where the thread shows them, noise included. Lines that journalctl or the terminal cut (a
# trailing '>' or a line that simply stops) are kept as cut; only what the kept text names is
# expected. Where a paste quotes the journal ('> ' in a reply) or indents it inside a code block, the
# quote mark / indent is left out, as the table's other rows do. Node-level lines are never attributed
# to a pod: ns, pod, uid and container are None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KA = "https://github.com/kubernetes/kubeadm/issues/"
HZ = "https://github.com/syself/cluster-api-provider-hetzner/issues/1733"


def HUNT_H101(C):
    return [
# ---------------------------------------------------------------- hetzner CAPI control plane (Nov 2024): mirror pods refused
C(HZ, r'''Nov 26 11:36:06 test-control-plane-jd6rq kubelet[3542]: I1126 11:36:06.743704    3542 kubelet.go:3194] "Creating a mirror pod for static pod" pod="kube-system/kube-scheduler-test-control-plane-jd6rq"''',
  'kube-system', 'kube-scheduler-test-control-plane-jd6rq', None, None, None,
  note="Kubelet TLS connection failure (Nov 2024; the same paste is in syself/cluster-api-provider-hetzner#1731, whose other lines the table cites; these mirror-pod lines are not in the table). The code block indents the lines by three spaces, left out here. The kubelet starts to create the static pod's mirror: routine, names the pod. kubelet.go:3194 with the 1.31+ logger of the same paste", kubelet='~1.31', fmt='klog-s', cls='mirror'),
C(HZ, r'''Nov 26 11:36:06 test-control-plane-jd6rq kubelet[3542]: E1126 11:36:06.746157    3542 kubelet.go:3196] "Failed creating a mirror pod" err="pods \"kube-scheduler-test-control-plane-jd6rq\" is forbidden: no PriorityClass with name system-node-critical was found" pod="kube-system/kube-scheduler-test-control-plane-jd6rq"''',
  'kube-system', 'kube-scheduler-test-control-plane-jd6rq', None, None, None,
  note="the API server answered and its Priority admission refused the mirror pod (the system-node-critical PriorityClass is not there yet during bootstrap); the static pod itself runs, only its API object is missing. Not the kubelet's admission refusing the pod (AdmissionRejected) and not an unreachable API server: no reason, names the pod", kubelet='~1.31', fmt='klog-s', cls='mirror', trap_for='AdmissionRejected'),
C(HZ, r'''Nov 26 11:36:06 test-control-plane-jd6rq kubelet[3542]: I1126 11:36:06.746194    3542 kubelet.go:3194] "Creating a mirror pod for static pod" pod="kube-system/etcd-test-control-plane-jd6rq"''',
  'kube-system', 'etcd-test-control-plane-jd6rq', None, None, None,
  note='the next line: the same for etcd; routine', kubelet='~1.31', fmt='klog-s', cls='mirror'),
C(HZ, r'''Nov 26 11:36:06 test-control-plane-jd6rq kubelet[3542]: E1126 11:36:06.748623    3542 kubelet.go:3196] "Failed creating a mirror pod" err="pods \"etcd-test-control-plane-jd6rq\" is forbidden: no PriorityClass with name system-node-critical was found" pod="kube-system/etcd-test-control-plane-jd6rq"''',
  'kube-system', 'etcd-test-control-plane-jd6rq', None, None, None,
  note="etcd's mirror pod refused by the API server's Priority admission, as above: no reason, names the pod", kubelet='~1.31', fmt='klog-s', cls='mirror', trap_for='AdmissionRejected'),
C(HZ, r'''Nov 26 11:36:06 test-control-plane-jd6rq kubelet[3542]: I1126 11:36:06.823873    3542 kubelet.go:3194] "Creating a mirror pod for static pod" pod="kube-system/kube-scheduler-test-control-plane-jd6rq"''',
  'kube-system', 'kube-scheduler-test-control-plane-jd6rq', None, None, None,
  note='the kubelet retries the scheduler mirror pod; routine', kubelet='~1.31', fmt='klog-s', cls='mirror'),
# ---------------------------------------------------------------- kubeadm#2773 (Oct 2022): kubeadm init, control plane crash-looping
C(KA + "2773", r'''2022-10-23T21:25:57.147769+00:00 kube1 kubelet[761]: I1023 21:25:57.147611     761 topology_manager.go:205] "Topology Admit Handler"''',
  None, None, None, None, None,
  note="kubeadm init: Everything crash after several CrashLoopBackOff (Oct 2022), syslog with RFC 3339 stamps. The topology manager's admit step: noise, names no pod. topology_manager.go:205 and status_manager.go:667: about 1.25", kubelet='~1.25', fmt='klog-s', cls='noise'),
C(KA + "2773", r'''2022-10-23T21:25:57.148286+00:00 kube1 kubelet[761]: I1023 21:25:57.148103     761 status_manager.go:667] "Failed to get status for pod" podUID=50d9d00ed98a81d0cbe26b3c69773461 pod="kube-system/etcd-kube1" err="Get \"https://172.16.99.56:6443/api/v1/namespaces/kube-system/pods/etcd-kube1\": dial tcp 172.16.99.56:6443: connect: connection refused"''',
  'kube-system', 'etcd-kube1', '50d9d00ed98a81d0cbe26b3c69773461', None, None,
  note="the status manager cannot fetch the etcd mirror pod (API server down); an info line that names the pod, no pod reason, as the table's other 'Failed to get status for pod' rows", kubelet='~1.25', fmt='klog-s', cls='status'),
C(KA + "2773", r'''2022-10-23T21:25:57.158260+00:00 kube1 kubelet[761]: I1023 21:25:57.155388     761 status_manager.go:667] "Failed to get status for pod" podUID=a78085afce602b237cb3e3a8cc1f3c6d pod="kube-system/kube-apiserver-kube1" err="Get \"https://172.16.99.56:6443/api/v1/namespaces/kube-system/pods/kube-apiserver-kube1\": dial tcp 172.16.99.56:6443: connect: connection refused"''',
  'kube-system', 'kube-apiserver-kube1', 'a78085afce602b237cb3e3a8cc1f3c6d', None, None,
  note='the same for the kube-apiserver mirror pod', kubelet='~1.25', fmt='klog-s', cls='status'),
# ---------------------------------------------------------------- kubernetes#56148 (Nov 2017): kubeadm init stuck waiting for the control plane
C(K + "56148", r'''Nov 23 10:09:28 ubuntu-k8s-master kubelet[27946]: E1123 10:09:28.351652   27946 kubelet.go:1612] Failed creating a mirror pod for "kube-apiserver-ubuntu-k8s-master_kube-system(20c21290da79e48b8cfe98dd6ead9afe)": Post https://172.16.1.87:6444/api/v1/namespaces/kube-system/pods: dial tcp 172.16.1.87:6444: getsockopt: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note="kubeadm init stuck at 'Waiting for the kubelet to boot up the control plane' (Nov 2017; the reply quotes the journal with '> ', left out). The mirror pod cannot be posted: the API server (port 6444) refuses; node-level. kubelet.go:1612: 1.8", kubelet='~1.8', fmt='klog', cls='apiserver'),
C(K + "56148", r'''Nov 23 10:09:28 ubuntu-k8s-master kubelet[27946]: E1123 10:09:28.353942   27946 kubelet.go:1612] Failed creating a mirror pod for "kube-controller-manager-ubuntu-k8s-master_kube-system(a9c9d4f11e6551f1d1ff8fc010a4b94e)": Post https://172.16.1.87:6444/api/v1/namespaces/kube-system/pods: dial tcp 172.16.1.87:6444: getsockopt: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note='the next line, for kube-controller-manager', kubelet='~1.8', fmt='klog', cls='apiserver'),
C(K + "56148", r'''Nov 23 10:09:28 ubuntu-k8s-master kubelet[27946]: E1123 10:09:28.395482   27946 kubelet.go:1612] Failed creating a mirror pod for "kube-scheduler-ubuntu-k8s-master_kube-system(3b78609471616fc7d6f1d695f5abdc38)": Post https://172.16.1.87:6444/api/v1/namespaces/kube-system/pods: dial tcp 172.16.1.87:6444: getsockopt: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note='the next line, for kube-scheduler', kubelet='~1.8', fmt='klog', cls='apiserver'),
# ---------------------------------------------------------------- kubernetes#21206 (Feb 2016): e2e master, etcd and apiserver down
C(K + "21206", r'''E0216 23:53:50.661468    4026 kubelet.go:1654] Failed creating a mirror pod for "etcd-server-kubernetes-master_kube-system(c1816a9698555c9269b68965f7246881)": Post https://kubernetes-master/api/v1/namespaces/kube-system/pods: dial tcp 10.240.0.2:443: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note="e2e flaky: etcd server is down (Feb 2016), the master kubelet's log from a GCE e2e run: the API server refuses the mirror pod post; node-level. Feb 2016 with kubelet.go:1654: 1.2 in development", kubelet='~1.2', fmt='klog', cls='apiserver'),
C(K + "21206", r'''E0216 23:53:50.861468    4026 kubelet.go:1654] Failed creating a mirror pod for "kube-apiserver-kubernetes-master_kube-system(6d34e477cd6113cbf64f19156ee140c1)": Post https://kubernetes-master/api/v1/namespaces/kube-system/pods: dial tcp 10.240.0.2:443: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note='the next line, for kube-apiserver', kubelet='~1.2', fmt='klog', cls='apiserver'),
C(K + "21206", r'''E0216 23:53:50.973135    4026 pod_workers.go:138] Error syncing pod 6d34e477cd6113cbf64f19156ee140c1, skipping: failed to "StartContainer" for "kube-apiserver" with ImagePullBackOff: "Back-off pulling image \"gcr.io/google_containers/kube-apiserver:50a20d108fc8370684534dea4635555d\""''',
  None, None, '6d34e477cd6113cbf64f19156ee140c1', 'kube-apiserver', 'ImagePullBackOff',
  note="the kube-apiserver static pod's image is in pull back-off; the line names the pod only by its uid (the static pod's config hash, the same as in the mirror-pod line above) and the container", kubelet='~1.2', fmt='klog', cls='image'),
C(K + "21206", r'''W0216 23:53:51.061290    4026 manager.go:395] Failed to update status for pod "_()": Get https://kubernetes-master/api/v1/namespaces/kube-system/pods/etcd-server-kubernetes-master: dial tcp 10.240.0.2:443: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note="the status manager cannot reach the API server (the pod prints as '_()' in this version; the URL names etcd-server-kubernetes-master): node-level, as the table's other '_()' rows", kubelet='~1.2', fmt='klog', cls='apiserver'),
# ---------------------------------------------------------------- kubernetes#131347 (Apr 2025): kubeadm init, etcd crash-looping
C(K + "131347", r'''Apr 17 12:46:45 t-X570-AORUS-ELITE kubelet[25638]: I0417 12:46:45.819473   25638 scope.go:117] "RemoveContainer" containerID="01d69ef1e0acf7ea6f351c272eed3ee8b0e214f227aade4481627e8d9e95a7cb"''',
  None, None, None, None, None,
  note="kubeadm init does not work (Apr 2025): the kubelet removes the dead etcd container before the restart; routine, names no pod. scope.go:117 with pod_workers.go:1300: about 1.30", kubelet='~1.30', fmt='klog-s', cls='noise'),
C(K + "131347", r'''Apr 17 12:46:45 t-X570-AORUS-ELITE kubelet[25638]: E0417 12:46:45.819713   25638 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"etcd\" with CrashLoopBackOff: \"back-off 10s restarting failed container=etcd pod=etcd-t-x570-aorus-elite_kube-system(964f70a04ec02731612f76d8fc652c6a)\"" pod="kube-system/etcd-t-x570-aorus-elite" podUID="964f70a04ec02731612f76d8fc652c6a"''',
  'kube-system', 'etcd-t-x570-aorus-elite', '964f70a04ec02731612f76d8fc652c6a', 'etcd', 'CrashLoopBackOff',
  note='the etcd static pod in crash-loop back-off (10s, early in the loop)', kubelet='~1.30', fmt='klog-s', cls='crashloop'),
C(K + "131347", r'''Apr 17 12:46:46 t-X570-AORUS-ELITE kubelet[25638]: I0417 12:46:46.823385   25638 scope.go:117] "RemoveContainer" containerID="01d69ef1e0acf7ea6f351c272eed3ee8b0e214f227aade4481627e8d9e95a7cb"''',
  None, None, None, None, None,
  note='the next RemoveContainer; routine', kubelet='~1.30', fmt='klog-s', cls='noise'),
C(K + "131347", r'''Apr 17 12:46:46 t-X570-AORUS-ELITE kubelet[25638]: E0417 12:46:46.823602   25638 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"etcd\" with CrashLoopBackOff: \"back-off 10s restarting failed container=etcd pod=etcd-t-x570-aorus-elite_kube-system(964f70a04ec02731612f76d8fc652c6a)\"" pod="kube-system/etcd-t-x570-aorus-elite" podUID="964f70a04ec02731612f76d8fc652c6a"''',
  'kube-system', 'etcd-t-x570-aorus-elite', '964f70a04ec02731612f76d8fc652c6a', 'etcd', 'CrashLoopBackOff',
  note='the same, a second later', kubelet='~1.30', fmt='klog-s', cls='crashloop'),
# ---------------------------------------------------------------- kubeadm#3100 (Aug 2024): kubeadm init, the sandbox (pause) image cannot be fetched
C(KA + "3100", r'''Aug 22 15:11:57 vtn-cds-bigdata-10211202021 kubelet[26382]: E0822 15:11:57.608768   26382 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"kube-apiserver-vtn-cds-bigdata-10211202021_kube''',
  None, 'kube-apiserver-vtn-cds-bigdata-10211202021', None, None, 'FailedCreatePodSandBox',
  note="Error when run kubeadm init (Aug 2024): journalctl cut the line at the terminal width (no '>' marker here); the kube-apiserver static pod's sandbox cannot be created. The name is whole, the namespace after '_' is cut ('kube'), so only the pod is named. pod_workers.go:1298 with kuberuntime_manager.go:1166: about 1.30", kubelet='~1.30', fmt='klog-s', cls='sandbox'),
C(KA + "3100", r'''Aug 22 15:11:58 vtn-cds-bigdata-10211202021 kubelet[26382]: E0822 15:11:58.786848   26382 certificate_manager.go:562] kubernetes.io/kube-apiserver-client-kubelet: Failed while requesting a signed certificate from the control plane''',
  None, None, None, None, 'CertificateError',
  note="the kubelet's client certificate request to the (not yet running) control plane fails; node-level certificate bootstrap problem (cut before the cause)", kubelet='~1.30', fmt='klog', cls='cert'),
C(KA + "3100", r'''Aug 22 15:12:01 vtn-cds-bigdata-10211202021 kubelet[26382]: E0822 15:12:01.610303   26382 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to get sandbox image \"regis''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the CRI call that creates the sandbox fails: containerd cannot get its sandbox (pause) image; the line is cut before any pod is named. A sandbox failure, not the pod's own image pull", kubelet='~1.30', fmt='klog-s', cls='sandbox', trap_for='ErrImagePull'),
C(KA + "3100", r'''Aug 22 15:12:01 vtn-cds-bigdata-10211202021 kubelet[26382]: E0822 15:12:01.610344   26382 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to get sandbox image \"registry.k''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the same failure one layer up; cut before pod=', kubelet='~1.30', fmt='klog-s', cls='sandbox', trap_for='ErrImagePull'),
C(KA + "3100", r'''Aug 22 15:12:01 vtn-cds-bigdata-10211202021 kubelet[26382]: E0822 15:12:01.610360   26382 kuberuntime_manager.go:1166] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to get sandbox image \"registry.''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='and once more from the runtime manager; cut before pod=', kubelet='~1.30', fmt='klog-s', cls='sandbox', trap_for='ErrImagePull'),
# ---------------------------------------------------------------- kubernetes#127530 (Sep 2024): kubeadm init, sandbox container cannot be generated
C(K + "127530", r'''9月 22 09:54:28 ubuntu kubelet[15117]: E0922 09:54:28.449318   15117 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to generate sandbox c>''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="The kubeadm init can't start a healthy API server (Sep 2024): a zh_CN journal ('9月 22'), lines cut by journalctl's pager ('>'). containerd cannot generate the sandbox container spec; no pod named in the kept text. pod_workers.go:1298: about 1.30", kubelet='~1.30', fmt='klog-s', cls='sandbox'),
C(K + "127530", r'''9月 22 09:54:28 ubuntu kubelet[15117]: E0922 09:54:28.449410   15117 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to generate sandbox contai>''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next line; cut before pod=', kubelet='~1.30', fmt='klog-s', cls='sandbox'),
C(K + "127530", r'''9月 22 09:54:28 ubuntu kubelet[15117]: E0922 09:54:28.449442   15117 kuberuntime_manager.go:1166] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to generate sandbox conta>''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next line; cut before pod=', kubelet='~1.30', fmt='klog-s', cls='sandbox'),
C(K + "127530", r'''9月 22 09:54:28 ubuntu kubelet[15117]: E0922 09:54:28.449500   15117 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"kube-scheduler-ubuntu_kube-system(241bec>''',
  'kube-system', 'kube-scheduler-ubuntu', None, None, 'FailedCreatePodSandBox',
  note="the pod worker gives up on kube-scheduler-ubuntu_kube-system for the sandbox failure; the uid is cut ('241bec'), so no uid", kubelet='~1.30', fmt='klog-s', cls='sandbox'),
C(K + "127530", r'''9月 22 09:54:30 ubuntu kubelet[15117]: E0922 09:54:30.450850   15117 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to generate sandbox c>''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='two seconds later, the next pod (not named in the kept text)', kubelet='~1.30', fmt='klog-s', cls='sandbox'),
C(K + "127530", r'''9月 22 09:54:30 ubuntu kubelet[15117]: E0922 09:54:30.450953   15117 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to generate sandbox contai>''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next line; cut before pod=', kubelet='~1.30', fmt='klog-s', cls='sandbox'),
    ]
