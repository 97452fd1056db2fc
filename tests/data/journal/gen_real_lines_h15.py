# Hunt 15 (issue 13, item 4): a HELD-OUT set of real kubelet journal lines for measuring
# `podpulse kubelet-log -o json` on lines the team has not seen. Every line comes from a
# kubernetes/kubernetes issue or pull request of 2017-2021 that neither real_lines.jsonl nor any
# gen_real_lines_*.py cites; whole runs of consecutive pasted lines were taken where the search
# excerpt showed them complete (noise included), never a line cut by the excerpt itself (lines cut
# by the reporter's terminal, as in kubernetes#94772's `systemctl status` output, are kept as pasted).
# Each line is copied exactly as its public source shows it (raw strings: backslashes are the
# line's own), with the source's URL, and each was seen twice (two different searches).
# Expected fields are as an SRE reads the line, not what podpulse outputs: ns, pod, uid, container
# only when the line itself names them; node-level lines are never attributed to a pod.
#
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)
# Imported by gen_real_lines.py after it was scored: the build of a1c8ffc (the start of this round) named pod+reason right on 42 of 44; the misses were fixed after
# the scoring, and rows relabelled after it say so in their notes.

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"


def HUNT_H15(C):
    return [
# ---------------------------------------------------------------- kubernetes#94772
C(K + "94772", r'''Sep 14 17:10:28 worker-1 kubelet[1985]: E0914 17:10:28.827130    1985 pod_workers.go:191] Error syncing pod 53fe14f3-9171-405f-ac3c-b4a88cde0b37 ("metrics-server-v0.3.6-66548d5b4b-dbktd_kube-system(53fe14''',
  'kube-system', 'metrics-server-v0.3.6-66548d5b4b-dbktd', '53fe14f3-9171-405f-ac3c-b4a88cde0b37', None, 'FailedSync',
  note='metrics-server crash thread (Sep 2020, kubelet 1.19 from the title; pod_workers.go:191): `service kubelet status` output, every line cut at the terminal width by systemctl as the reporter pasted it. The pod sync failed; the cause is cut off, so only the generic sync failure is readable; the name_namespace(uid) form names the pod', kubelet='1.19', fmt='klog', cls='sync'),
C(K + "94772", r'''Sep 14 17:10:41 worker-1 kubelet[1985]: I0914 17:10:41.827226    1985 topology_manager.go:219] [topologymanager] RemoveContainer - Container ID: 260f116219455b8d971b37d0cc632cca7d848b7c9a5b6ac46eb9512a742''',
  None, None, None, None, None,
  note='the next line of the same status output: the topology manager removing a container by id (cut by systemctl); names no pod', kubelet='1.19', fmt='klog', cls='noise'),
C(K + "94772", r'''Sep 14 17:10:42 worker-1 kubelet[1985]: I0914 17:10:42.359206    1985 kubelet.go:1865] SyncLoop (PLEG): "metrics-server-v0.3.6-66548d5b4b-dbktd_kube-system(53fe14f3-9171-405f-ac3c-b4a88cde0b37)", event: &''',
  'kube-system', 'metrics-server-v0.3.6-66548d5b4b-dbktd', '53fe14f3-9171-405f-ac3c-b4a88cde0b37', None, None,
  note="SyncLoop (PLEG) event for the same pod, cut at 'event: &' by systemctl: the event type is not readable, so no reason", kubelet='1.19', fmt='klog', cls='pleg'),
# ---------------------------------------------------------------- kubernetes#47956
C(K + "47956", r'''Nov 07 03:14:31 huleib.eng.platformlab.ibm.com kubelet[28578]: E1107 03:14:31.808084   28578 helpers.go:468] PercpuUsage had 0 cpus, but the actual number is 1; ignoring extra CPUs''',
  None, None, None, None, None,
  note="`systemctl status kubelet -l` of a kubeadm node (Nov 2017, --rotate-certificates and --cadvisor-port=0 flags: about 1.8): cAdvisor's harmless per-CPU warning, node-level noise", kubelet='~1.8', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#55226
C(K + "55226", r'''Dec 19 14:02:50 jp-blr-r1-node3 kubelet[28949]: I1219 14:02:50.260541   28949 plugins.go:420] Loaded volume plugin "kubernetes.io/gce-pd"''',
  None, None, None, None, None,
  note='kubelet start-up run (Dec 2017 report, plugins.go:420): the volume plugin registry loading kubernetes.io/gce-pd; noise', kubelet='~1.8', fmt='klog', cls='noise'),
C(K + "55226", r'''Dec 19 14:02:50 jp-blr-r1-node3 kubelet[28949]: I1219 14:02:50.260568   28949 plugins.go:420] Loaded volume plugin "kubernetes.io/git-repo"''',
  None, None, None, None, None,
  note='kubelet start-up run (Dec 2017 report, plugins.go:420): the volume plugin registry loading kubernetes.io/git-repo; noise', kubelet='~1.8', fmt='klog', cls='noise'),
C(K + "55226", r'''Dec 19 14:02:50 jp-blr-r1-node3 kubelet[28949]: I1219 14:02:50.260582   28949 plugins.go:420] Loaded volume plugin "kubernetes.io/host-path"''',
  None, None, None, None, None,
  note='kubelet start-up run (Dec 2017 report, plugins.go:420): the volume plugin registry loading kubernetes.io/host-path; noise', kubelet='~1.8', fmt='klog', cls='noise'),
C(K + "55226", r'''Dec 19 14:02:50 jp-blr-r1-node3 kubelet[28949]: I1219 14:02:50.260595   28949 plugins.go:420] Loaded volume plugin "kubernetes.io/nfs"''',
  None, None, None, None, None,
  note='kubelet start-up run (Dec 2017 report, plugins.go:420): the volume plugin registry loading kubernetes.io/nfs; noise', kubelet='~1.8', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#104648
C(K + "104648", r'''I0829 01:50:33.287717 2909862 kubelet.go:2045] "SyncLoop REMOVE" source="file" pods=[default/mypod-127.0.0.1]''',
  'default', 'mypod-127.0.0.1', None, None, None,
  note="1.22 static-pod regression thread (liggitt's kubelet log, Aug 2021): the file source removes the static pod; the pod is named ns/name, no reason", kubelet='1.22', fmt='klog-s', cls='sync'),
C(K + "104648", r'''I0829 01:50:33.287842 2909862 kubelet.go:1890] "Pod has been deleted and must be killed" pod="default/mypod-127.0.0.1" podUID=7c0663d52f9e8c61c7a733304c23b60f''',
  'default', 'mypod-127.0.0.1', '7c0663d52f9e8c61c7a733304c23b60f', None, 'Killing',
  note="the kubelet decides to kill the removed static pod (kubelet.go:1890); the structured successor of 'Killing unwanted pod', which the table reads as Killing", kubelet='1.22', fmt='klog-s', cls='killing'),
C(K + "104648", r'''I0829 01:50:33.287957 2909862 kubelet_pods.go:1363] "Generating pod status" pod="default/mypod-127.0.0.1"''',
  'default', 'mypod-127.0.0.1', None, None, None,
  note='status generation for the same pod; routine, no reason', kubelet='1.22', fmt='klog-s', cls='status'),
# ---------------------------------------------------------------- kubernetes#52336
C(K + "52336", r'''Oct 05 12:14:37 gpu-europe-west-1-v177-minion-1 kubelet[21251]: I1005 12:14:37.095238   21251 status_manager.go:410] Status Manager: syncPod in syncbatch. pod UID: "7b4731a0-a83e-11e7-b1c1-42010a84001e"''',
  None, None, '7b4731a0-a83e-11e7-b1c1-42010a84001e', None, None,
  note='DiskPressure thread, comment of Oct 2017 (GCE kube-up 1.7.7, verbose kubelet): the status manager syncing a pod known only by its uid; routine', kubelet='1.7', fmt='klog', cls='status'),
C(K + "52336", r'''Oct 05 12:14:37 gpu-europe-west-1-v177-minion-1 kubelet[21251]: I1005 12:14:37.220058   21251 config.go:101] Looking for [api file], have seen map[file:{} api:{}]''',
  None, None, None, None, None,
  note='the next line: the pod config sources; noise', kubelet='1.7', fmt='klog', cls='noise'),
C(K + "52336", r'''Oct 05 12:14:37 gpu-europe-west-1-v177-minion-1 kubelet[21251]: I1005 12:14:37.220763   21251 kubelet.go:1954] SyncLoop (housekeeping)''',
  None, None, None, None, None,
  note='SyncLoop (housekeeping); noise', kubelet='1.7', fmt='klog', cls='noise'),
C(K + "52336", r'''Oct 05 12:14:37 gpu-europe-west-1-v177-minion-1 kubelet[21251]: I1005 12:14:37.267478   21251 helpers.go:812] eviction manager: observations: signal=allocatableMemory.available, available: 12611480Ki, capacity: 30887036Ki''',
  None, None, None, None, None,
  note="eviction manager's observation of allocatable memory: a measurement, not a threshold crossed; node-level, no reason", kubelet='1.7', fmt='klog', cls='eviction'),
C(K + "52336", r'''Oct 05 12:14:37 gpu-europe-west-1-v177-minion-1 kubelet[21251]: I1005 12:14:37.269428   21251 helpers.go:812] eviction manager: observations: signal=allocatableNodeFs.available, available: -9112137624, capacity: 200765316Ki''',
  None, None, None, None, None,
  note='the observation of allocatableNodeFs with a negative value, which the reporter blames for the false DiskPressure; the line itself is still an observation, not a pressure report', kubelet='1.7', fmt='klog', cls='eviction'),
# ---------------------------------------------------------------- kubernetes#67204
C(K + "67204", r'''I0809 00:01:42.327689   31706 prober.go:111] Liveness probe for "master-etcd-origin-ci-ig-m-vqm9_kube-system(6fa4cda81596c9975ede8b7394cc2d87):etcd" failed (failure): dial tcp :2379: connect: connection refused''',
  'kube-system', 'master-etcd-origin-ci-ig-m-vqm9', '6fa4cda81596c9975ede8b7394cc2d87', 'etcd', 'LivenessProbeFailed',
  note='OpenShift CI static etcd pod (Aug 2018, server v1.11.0+d4cacc0): the old prober form `Liveness probe for "name_ns(uid):container" failed (failure)`', kubelet='~1.11', fmt='klog', cls='probe'),
# ---------------------------------------------------------------- kubernetes#83390
C(KP + "83390", r'''Oct 01 17:51:16.097400 gce-scale-cluster-master kubelet[2779]: I1001 17:51:16.095374    2779 kuberuntime_manager.go:612] Container "kube-apiserver" ({"docker" "13fad7ec052d788db8bfcf9678f50dbd1b1e17d0b51a8501097d41fb95cbea27"}) of pod kube-apiserver-gce-scale-cluster-master_kube-system(ad5dcc4cf986873a44cd4b433aa90322): Container kube-apiserver failed liveness probe, will be restarted''',
  'kube-system', 'kube-apiserver-gce-scale-cluster-master', 'ad5dcc4cf986873a44cd4b433aa90322', 'kube-apiserver', 'LivenessProbeFailed',
  note="gce-scale master's systemd.log (Oct 2019 master branch, about 1.17), grepped by the commenter: the kubelet restarts kube-apiserver after failed liveness probes", kubelet='~1.17', fmt='klog', cls='probe'),
C(KP + "83390", r'''Oct 01 17:53:11.079120 gce-scale-cluster-master kubelet[2779]: I1001 17:53:11.079085    2779 kuberuntime_manager.go:612] Container "kube-apiserver" ({"docker" "34f9e54bb8054fb48a1883cb191647e0b9b08c359b27aa0c6d92984f72a95332"}) of pod kube-apiserver-gce-scale-cluster-master_kube-system(ad5dcc4cf986873a44cd4b433aa90322): Container kube-apiserver failed liveness probe, will be restarted''',
  'kube-system', 'kube-apiserver-gce-scale-cluster-master', 'ad5dcc4cf986873a44cd4b433aa90322', 'kube-apiserver', 'LivenessProbeFailed',
  note='the next restart, same pod', kubelet='~1.17', fmt='klog', cls='probe'),
# ---------------------------------------------------------------- kubernetes#97801
C(K + "97801", r'''I0103 18:15:20.284940    2858 prober.go:117] Liveness probe for "kube-apiserver-gce-scale-cluster-master_kube-system(7358e0f81c70bb1ddefe5fc4ba6a8a62):kube-apiserver" failed (failure): Get "https://127.0.0.1:443/livez?exclude=etcd&exclude=kms-provider-0&exclude=kms-provider-1": context deadline exceeded''',
  'kube-system', 'kube-apiserver-gce-scale-cluster-master', '7358e0f81c70bb1ddefe5fc4ba6a8a62', 'kube-apiserver', 'LivenessProbeFailed',
  note="gce-scale-performance job (Jan 2021; the unstructured prober message predates 1.21's structured form): probe timed out", kubelet='~1.20', fmt='klog', cls='probe'),
C(K + "97801", r'''I0103 18:15:35.285431    2858 prober.go:117] Liveness probe for "kube-apiserver-gce-scale-cluster-master_kube-system(7358e0f81c70bb1ddefe5fc4ba6a8a62):kube-apiserver" failed (failure): Get "https://127.0.0.1:443/livez?exclude=etcd&exclude=kms-provider-0&exclude=kms-provider-1": net/http: request canceled (Client.Timeout exceeded while awaiting headers)''',
  'kube-system', 'kube-apiserver-gce-scale-cluster-master', '7358e0f81c70bb1ddefe5fc4ba6a8a62', 'kube-apiserver', 'LivenessProbeFailed',
  note='second failure, client timeout', kubelet='~1.20', fmt='klog', cls='probe'),
C(K + "97801", r'''I0103 18:15:35.287528    2858 kuberuntime_manager.go:656] Container "kube-apiserver" ({"containerd" "b2e53f30756f161ff4ee75bd8a703590806e2574b9f87c390b992154a1b61fe9"}) of pod kube-apiserver-gce-scale-cluster-master_kube-system(7358e0f81c70bb1ddefe5fc4ba6a8a62): Container kube-apiserver failed liveness probe, will be restarted''',
  'kube-system', 'kube-apiserver-gce-scale-cluster-master', '7358e0f81c70bb1ddefe5fc4ba6a8a62', 'kube-apiserver', 'LivenessProbeFailed',
  note="kuberuntime_manager: 'failed liveness probe, will be restarted'", kubelet='~1.20', fmt='klog', cls='probe'),
# ---------------------------------------------------------------- kubernetes#51835
C(K + "51835", r'''Mar 20 15:50:31 ip-10-31-16-222.eu-west-2.compute.internal kubelet[528]: I0320 15:50:31.179901     528 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "config-volume" (UniqueName: "kubernetes.io/configmap/e3d7c57a-4b27-11e9-9aaa-0203c98ff31e-config-volume") pod "dp-tag-change-ingestion-com-depl-5bd59f74c4-589ds" (UID: "e3d7c57a-4b27-11e9-9aaa-0203c98ff31e")''',
  None, 'dp-tag-change-ingestion-com-depl-5bd59f74c4-589ds', 'e3d7c57a-4b27-11e9-9aaa-0203c98ff31e', None, None,
  note='pods-stuck-terminating thread, comment of Mar 2019 (`journalctl -u kubelet | grep <pod>`; reconciler.go:207, about 1.13): VerifyControllerAttachedVolume for config-volume; the pod is named without its namespace; routine', kubelet='~1.13', fmt='klog', cls='volume'),
C(K + "51835", r'''Mar 20 15:50:31 ip-10-31-16-222.eu-west-2.compute.internal kubelet[528]: I0320 15:50:31.179935     528 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "default-token-xjlgc" (UniqueName: "kubernetes.io/secret/e3d7c57a-4b27-11e9-9aaa-0203c98ff31e-default-token-xjlgc") pod "dp-tag-change-ingestion-com-depl-5bd59f74c4-589ds" (UID: "e3d7c57a-4b27-11e9-9aaa-0203c98ff31e")''',
  None, 'dp-tag-change-ingestion-com-depl-5bd59f74c4-589ds', 'e3d7c57a-4b27-11e9-9aaa-0203c98ff31e', None, None,
  note='pods-stuck-terminating thread, comment of Mar 2019 (`journalctl -u kubelet | grep <pod>`; reconciler.go:207, about 1.13): VerifyControllerAttachedVolume for default-token-xjlgc; the pod is named without its namespace; routine', kubelet='~1.13', fmt='klog', cls='volume'),
C(K + "51835", r'''Mar 20 15:50:31 ip-10-31-16-222.eu-west-2.compute.internal kubelet[528]: I0320 15:50:31.179953     528 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "secret-volume" (UniqueName: "kubernetes.io/secret/e3d7c57a-4b27-11e9-9aaa-0203c98ff31e-secret-volume") pod "dp-tag-change-ingestion-com-depl-5bd59f74c4-589ds" (UID: "e3d7c57a-4b27-11e9-9aaa-0203c98ff31e")''',
  None, 'dp-tag-change-ingestion-com-depl-5bd59f74c4-589ds', 'e3d7c57a-4b27-11e9-9aaa-0203c98ff31e', None, None,
  note='pods-stuck-terminating thread, comment of Mar 2019 (`journalctl -u kubelet | grep <pod>`; reconciler.go:207, about 1.13): VerifyControllerAttachedVolume for secret-volume; the pod is named without its namespace; routine', kubelet='~1.13', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- kubernetes#70305
C(K + "70305", r'''I1024 05:18:39.900870    1569 kuberuntime_manager.go:565] Container "kube-apiserver" ({"docker" "2a1b78c8c811fe0939404eacf2eb815ff787ea636e1b6920fa9186c4b181eb1e"}) of pod kube-apiserver-bootstrap-e2e-master_kube-system(b13798debb0d0cb04a19e77831d7cf26): Container failed liveness probe.. Container will be killed and recreated.''',
  'kube-system', 'kube-apiserver-bootstrap-e2e-master', 'b13798debb0d0cb04a19e77831d7cf26', 'kube-apiserver', 'LivenessProbeFailed',
  note="upgrade-cluster flake (Oct 2018 CI, about 1.13): the older 'Container failed liveness probe.. Container will be killed and recreated.' form", kubelet='~1.13', fmt='klog', cls='probe'),
# ---------------------------------------------------------------- kubernetes#43397
C(K + "43397", r'''Mar 21 14:55:41 rook-test kubelet-patched[18578]: E0321 14:55:41.732883   18578 kuberuntime_sandbox.go:54] CreatePodSandbox for pod "kube-apiserver-rook-test_kube-system(b6f5ab4a84ad8cfa02fde7a4aeb1ea45)" failed: rpc error: code = 2 desc = NetworkPlugin cni failed to set up pod "kube-apiserver-rook-test_kube-system" network: cni config uninitialized''',
  'kube-system', 'kube-apiserver-rook-test', 'b6f5ab4a84ad8cfa02fde7a4aeb1ea45', None, 'FailedCreatePodSandBox',
  note='hostNetwork static pod after a sandbox change (Mar 2017, kubeadm v1.6.0-beta; unit named kubelet-patched): CreatePodSandbox failed because the CNI config is uninitialized', kubelet='~1.6', fmt='klog', cls='sandbox'),
C(K + "43397", r'''Mar 21 14:55:41 rook-test kubelet-patched[18578]: E0321 14:55:41.732900   18578 kuberuntime_manager.go:619] createPodSandbox for pod "kube-apiserver-rook-test_kube-system(b6f5ab4a84ad8cfa02fde7a4aeb1ea45)" failed: rpc error: code = 2 desc = NetworkPlugin cni failed to set up pod "kube-apiserver-rook-test_kube-system" network: cni config uninitialized''',
  'kube-system', 'kube-apiserver-rook-test', 'b6f5ab4a84ad8cfa02fde7a4aeb1ea45', None, 'FailedCreatePodSandBox',
  note='kuberuntime_manager repeats the sandbox failure', kubelet='~1.6', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kubernetes#51835
C(K + "51835", r'''Nov 29 09:33:39 worker-2 kubelet[64794]: I1129 09:33:39.124779   64794 kubelet.go:1837] SyncLoop (ADD, "api"): "nginx-56ccc998dd-nnsvj_default(6171e2a7-d4e8-11e7-9c45-000d3a25e3c0)"''',
  'default', 'nginx-56ccc998dd-nnsvj', '6171e2a7-d4e8-11e7-9c45-000d3a25e3c0', None, None,
  note='pods-stuck-terminating thread, comment of Nov 2017 (kubelet.go:1837, reconciler.go:212: about 1.8): SyncLoop ADD of the pod; no reason', kubelet='~1.8', fmt='klog', cls='sync'),
C(K + "51835", r'''Nov 29 09:33:39 worker-2 kubelet[64794]: I1129 09:33:39.160444   64794 reconciler.go:212] operationExecutor.VerifyControllerAttachedVolume started for volume "default-token-jm7h5" (UniqueName: "kubernetes.io/secret/6171e2a7-d4e8-11e7-9c45-000d3a25e3c0-default-token-jm7h5") pod "nginx-56ccc998dd-nnsvj" (UID: "6171e2a7-d4e8-11e7-9c45-000d3a25e3c0")''',
  None, 'nginx-56ccc998dd-nnsvj', '6171e2a7-d4e8-11e7-9c45-000d3a25e3c0', None, None,
  note='VerifyControllerAttachedVolume; pod named without namespace', kubelet='~1.8', fmt='klog', cls='volume'),
C(K + "51835", r'''Nov 29 09:33:39 worker-2 kubelet[64794]: I1129 09:33:39.261128   64794 reconciler.go:257] operationExecutor.MountVolume started for volume "default-token-jm7h5" (UniqueName: "kubernetes.io/secret/6171e2a7-d4e8-11e7-9c45-000d3a25e3c0-default-token-jm7h5") pod "nginx-56ccc998dd-nnsvj" (UID: "6171e2a7-d4e8-11e7-9c45-000d3a25e3c0")''',
  None, 'nginx-56ccc998dd-nnsvj', '6171e2a7-d4e8-11e7-9c45-000d3a25e3c0', None, None,
  note='MountVolume started', kubelet='~1.8', fmt='klog', cls='volume'),
C(K + "51835", r'''Nov 29 09:33:39 worker-2 kubelet[64794]: I1129 09:33:39.286574   64794 operation_generator.go:484] MountVolume.SetUp succeeded for volume "default-token-jm7h5" (UniqueName: "kubernetes.io/secret/6171e2a7-d4e8-11e7-9c45-000d3a25e3c0-default-token-jm7h5") pod "nginx-56ccc998dd-nnsvj" (UID: "6171e2a7-d4e8-11e7-9c45-000d3a25e3c0")''',
  None, 'nginx-56ccc998dd-nnsvj', '6171e2a7-d4e8-11e7-9c45-000d3a25e3c0', None, None,
  note='MountVolume.SetUp succeeded: a success, not FailedMount', kubelet='~1.8', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- kubernetes#51496
C(K + "51496", r'''Aug 29 02:24:37 k8snode2 kubelet[2441]: E0829 02:24:37.629517    2441 kuberuntime_gc.go:138] Failed to stop sandbox "ea7e170c21c7ca050966fe60b102b9094e22677cf0aaad63260bb679b752d22b" before removing: rpc error: code = 2 desc = NetworkPlugin cni failed to teardown pod "redis-sentinel-2_default" network: CNI failed to retrieve network namespace path: Error: No such container: ea7e170c21c7ca050966fe60b102b9094e22677cf0aaad63260bb679b752d22b''',
  'default', 'redis-sentinel-2', None, None, 'FailedKillPod',
  note='`journalctl -u kubelet -r` (Aug 2017, code = 2 errors: about 1.7): the container GC cannot stop the sandbox of redis-sentinel-2_default because CNI teardown fails', kubelet='~1.7', fmt='klog', cls='kill'),
C(K + "51496", r'''Aug 29 02:24:37 k8snode2 kubelet[2441]: E0829 02:24:37.629489    2441 remote_runtime.go:109] StopPodSandbox "ea7e170c21c7ca050966fe60b102b9094e22677cf0aaad63260bb679b752d22b" from runtime service failed: rpc error: code = 2 desc = NetworkPlugin cni failed to teardown pod "redis-sentinel-2_default" network: CNI failed to retrieve network namespace path: Error: No such container: ea7e170c21c7ca050966fe60b102b9094e22677cf0aaad63260bb679b752d22b''',
  'default', 'redis-sentinel-2', None, None, 'FailedKillPod',
  note='StopPodSandbox from runtime service failed, same sandbox', kubelet='~1.7', fmt='klog', cls='kill'),
C(K + "51496", r'''Aug 29 02:24:37 k8snode2 kubelet[2441]: E0829 02:24:37.629333    2441 docker_sandbox.go:205] Failed to stop sandbox "ea7e170c21c7ca050966fe60b102b9094e22677cf0aaad63260bb679b752d22b": Error response from daemon: {"message":"No such container: ea7e170c21c7ca050966fe60b102b9094e22677cf0aaad63260bb679b752d22b"}''',
  None, None, None, None, 'FailedKillPod',
  note="dockershim's 'Failed to stop sandbox': names only the sandbox id", kubelet='~1.7', fmt='klog', cls='kill'),
# ---------------------------------------------------------------- kubernetes#80969
C(K + "80969", r'''dockerd-current    time="2019-05-13T03:39:47.383552170-04:00" level=error msg="Handler for POST /v1.26/containers/c03f319eb5621004821f79757b75da51aa730c3e170a4a69c3d453b5fc16200e/stop returned error: Container c03f319eb5621004821f79757b75da51aa730c3e170a4a69c3d453b5fc16200e is already stopped"''',
  None, None, None, None, None,
  note='dockerd-current (RHEL docker, May 2019) pasted with a column separator: a stop of an already-stopped container, harmless per the reporter; not a start failure and not a kill failure', fmt='dockerd', cls='trap', trap_for='RunContainerError'),
# ---------------------------------------------------------------- kubernetes#52331
C(K + "52331", r'''I0912 17:24:28.106047   15221 plugins.go:405] Calling network plugin cni to tear down pod "choury-2_default"''',
  'default', 'choury-2', None, None, None,
  note='teardown of a deleted pod (Sep 2017): the normal start of CNI teardown, names the pod as name_namespace; no reason', kubelet='~1.7', fmt='klog', cls='network'),
C(K + "52331", r'''I0912 17:24:28.106566   15221 cni.go:326] Got netns path /proc/16933/ns/net''',
  None, None, None, None, None,
  note='netns path; noise', kubelet='~1.7', fmt='klog', cls='network'),
C(K + "52331", r'''I0912 17:24:28.106570   15221 cni.go:327] Using netns path default''',
  None, None, None, None, None,
  note='netns path; noise', kubelet='~1.7', fmt='klog', cls='network'),
C(K + "52331", r'''I0912 17:24:28.106648   15221 cni.go:316] About to del CNI network containernet (type=flannel)''',
  None, None, None, None, None,
  note='CNI DEL starting; noise', kubelet='~1.7', fmt='klog', cls='network'),
C(K + "52331", r'''I0912 17:24:28.346771   15221 manager.go:989] Destroyed container: "/docker/69b5a8444930b50bd246e7d64726b44dc862745734cc497f60a3f4f15e863145" (aliases: [k8s_POD_choury-2_default_0bbb310e-979c-11e7-a60b-246e962f8920_0 69b5a8444930b50bd246e7d64726b44dc862745734cc497f60a3f4f15e863145], namespace: "docker")''',
  'default', 'choury-2', '0bbb310e-979c-11e7-a60b-246e962f8920', 'POD', None,
  note='cAdvisor: the sandbox container destroyed; its docker alias k8s_POD_<pod>_<ns>_<uid>_0 names the pod and the infra container', kubelet='~1.7', fmt='klog', cls='noise'),
C(K + "52331", r'''I0912 17:24:28.346800   15221 handler.go:325] Added event &{/docker/69b5a8444930b50bd246e7d64726b44dc862745734cc497f60a3f4f15e863145 2017-09-12 17:24:28.34679296 +0800 CST containerDeletion {<nil>}}''',
  None, None, None, None, None,
  note='cAdvisor containerDeletion event by cgroup path; noise', kubelet='~1.7', fmt='klog', cls='noise'),
C(K + "52331", r'''I0912 17:24:28.843224   15221 generic.go:146] GenericPLEG: 0bbb310e-979c-11e7-a60b-246e962f8920/63e008b581037b38b0bd11bb9f11fc01bdb2e044b10b7441719ba8acb4fa7476: running -> exited''',
  None, None, '0bbb310e-979c-11e7-a60b-246e962f8920', None, None,
  note='GenericPLEG: a container of the pod (by uid) running -> exited; routine during deletion', kubelet='~1.7', fmt='klog', cls='pleg'),
# ---------------------------------------------------------------- kubernetes#43397
C(K + "43397", r'''Mar 20 17:40:49 rook-test kubelet-patched[26734]: E0320 17:40:49.577643   26734 kuberuntime_gc.go:138] Failed to stop sandbox "640d0649f8ad383a2438cd17ee6f8b5b2a847462461e5e59987537778d604220" before removing: rpc error: code = 2 desc = NetworkPlugin cni failed to teardown pod "kube-apiserver-rook-test_kube-system" network: cni config uninitialized''',
  'kube-system', 'kube-apiserver-rook-test', None, None, 'FailedKillPod',
  note='description (Mar 2017): the GC cannot stop the old sandbox because CNI teardown fails on an uninitialized config', kubelet='~1.6', fmt='klog', cls='kill'),
    ]
