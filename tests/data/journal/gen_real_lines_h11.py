# Hunt 11 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from issues of
# projects that run ON Kubernetes (Calico, Cilium, Ceph CSI, Longhorn, the NVIDIA GPU operator, Argo /
# Kubeflow, Bottlerocket and the EKS AMI, aks-engine, Kubermatic), none of whose threads the table cited
# before this file. Runs of consecutive lines are kept where the thread pasted a journal or an event
# table (noise included: a real journal holds mostly such lines, and they must come out reason None).
# Same rules as gen_real_lines_h8.py and the older files: each line is copied exactly as its public
# source shows it (raw strings: backslashes are the line's own; the leading spaces of the
# kubectl-describe event rows are the rows' own, and a row pasted as the first line of a code block
# keeps its missing indentation), with the source's URL, and each was seen twice (two different
# searches returned the same text). Node-level lines are never attributed to a pod: ns, pod, uid and
# container are None for them. Expected fields are what an SRE reads in the line itself, not what
# podpulse outputs. No line for SystemOOM, SysctlForbidden or FailedPostStartHook was found in an
# unseen thread of this kind (the ones met, k3s#838, docker/for-win#7323 and onos-helm-charts#557, are
# cited already). Written as a held-out set (see gen_real_lines_h9.py for the scores).
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

GH = "https://github.com/"
CNIP = GH + "projectcalico/cni-plugin/issues/909"
CAL = GH + "projectcalico/calico/issues/4308"
CEPH = GH + "ceph/ceph-csi/issues/568"
EKSAMI = GH + "awslabs/amazon-eks-ami/issues/1716"
BR = GH + "bottlerocket-os/bottlerocket/issues/2512"
GPU349 = GH + "NVIDIA/gpu-operator/issues/349"
GPU730 = GH + "NVIDIA/gpu-operator/issues/730"
GPU549 = GH + "NVIDIA/gpu-operator/issues/549"
ARGO = GH + "argoproj/argo-workflows/issues/6352"
LH = GH + "longhorn/longhorn/issues/3481"
CIL40345 = GH + "cilium/cilium/issues/40345"
CIL6801 = GH + "cilium/cilium/issues/6801"
CIL9322 = GH + "cilium/cilium/issues/9322"
CILETCD = GH + "cilium/cilium-etcd-operator/issues/38"
AKSE = GH + "Azure/aks-engine/issues/2064"
KKP = GH + "kubermatic/dashboard/issues/7816"


def HUNT_H11(C):
    return [
# ---------------------------------------------------------------- Calico CNI: a pod's start, up to the sandbox (run of 5)
C(CNIP, r'''I0507 10:19:30.099442   33184 kubelet.go:1906] SyncLoop (ADD, "api"): "test-754d5ccb96-cpl96_default(ce17fabb-a9d4-4111-9240-abd10dbee194)"''',
  'default', 'test-754d5ccb96-cpl96', 'ce17fabb-a9d4-4111-9240-abd10dbee194', None, None,
  note="kubelet log of a pod stuck in ContainerCreating with Calico (May 2020; the same text is in containernetworking/cni#777 and kubernetes#92903): the API adds the pod, noise. kubelet.go:1906 and reconciler.go:209/254: about 1.18", kubelet='~1.18', fmt='klog', cls='noise'),
C(CNIP, r'''I0507 10:19:30.232148   33184 reconciler.go:209] operationExecutor.VerifyControllerAttachedVolume started for volume "default-token-sh7hj" (UniqueName: "kubernetes.io/secret/ce17fabb-a9d4-4111-9240-abd10dbee194-default-token-sh7hj") pod "test-754d5ccb96-cpl96" (UID: "ce17fabb-a9d4-4111-9240-abd10dbee194") ''',
  None, 'test-754d5ccb96-cpl96', 'ce17fabb-a9d4-4111-9240-abd10dbee194', None, None,
  note="the volume reconciler's routine step for the token secret (the trailing space is the thread's); the line names the pod and uid but no namespace", kubelet='~1.18', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(CNIP, r'''I0507 10:19:30.332676   33184 reconciler.go:254] operationExecutor.MountVolume started for volume "default-token-sh7hj" (UniqueName: "kubernetes.io/secret/ce17fabb-a9d4-4111-9240-abd10dbee194-default-token-sh7hj") pod "test-754d5ccb96-cpl96" (UID: "ce17fabb-a9d4-4111-9240-abd10dbee194") ''',
  None, 'test-754d5ccb96-cpl96', 'ce17fabb-a9d4-4111-9240-abd10dbee194', None, None,
  note='the mount starts: not a failure', kubelet='~1.18', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(CNIP, r'''I0507 10:19:30.350686   33184 operation_generator.go:634] MountVolume.SetUp succeeded for volume "default-token-sh7hj" (UniqueName: "kubernetes.io/secret/ce17fabb-a9d4-4111-9240-abd10dbee194-default-token-sh7hj") pod "test-754d5ccb96-cpl96" (UID: "ce17fabb-a9d4-4111-9240-abd10dbee194") ''',
  None, 'test-754d5ccb96-cpl96', 'ce17fabb-a9d4-4111-9240-abd10dbee194', None, None,
  note='look-alike: MountVolume.SetUp succeeded (a success that names MountVolume.SetUp)', kubelet='~1.18', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(CNIP, r'''I0507 10:19:30.417458   33184 kuberuntime_manager.go:424] No sandbox for pod "test-754d5ccb96-cpl96_default(ce17fabb-a9d4-4111-9240-abd10dbee194)" can be found. Need to start a new one''',
  'default', 'test-754d5ccb96-cpl96', 'ce17fabb-a9d4-4111-9240-abd10dbee194', None, None,
  note='look-alike: the normal first sandbox of a new pod, not a sandbox failure', kubelet='~1.18', fmt='klog', cls='sandbox-trap', trap_for=['FailedCreatePodSandBox']),
# ---------------------------------------------------------------- Calico on k3s: the loopback CNI plugin is missing
C(CAL, r'''E0113 07:18:47.176771    5472 pod_workers.go:191] Error syncing pod ed2a4a84-b961-4d97-b67c-6dd8c645699e ("coredns-8655855d6-q6mtc_kube-system(ed2a4a84-b961-4d97-b67c-6dd8c645699e)"), skipping: failed to "CreatePodSandbox" for "coredns-8655855d6-q6mtc_kube-system(ed2a4a84-b961-4d97-b67c-6dd8c645699e)" with CreatePodSandboxError: "CreatePodSandbox for pod \"coredns-8655855d6-q6mtc_kube-system(ed2a4a84-b961-4d97-b67c-6dd8c645699e)\" failed: rpc error: code = Unknown desc = failed to setup network for sandbox \"458a9a66e5d33402e1da61399d765da1284922fe56ee4c3ae5ec1fc9a56b2c11\": failed to find plugin \"loopback\" in path [/opt/cni/bin]"''',
  'kube-system', 'coredns-8655855d6-q6mtc', 'ed2a4a84-b961-4d97-b67c-6dd8c645699e', None, 'FailedCreatePodSandBox',
  note="k3s with Calico (Jan 2021): the sandbox's network cannot be set up, the loopback plugin is not in /opt/cni/bin. pod_workers.go:191 and remote_runtime.go:105: about 1.19", kubelet='~1.19', fmt='klog', cls='sandbox'),
C(CAL, r'''E0113 07:18:56.178675    5472 remote_runtime.go:105] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to setup network for sandbox "56655d253d09ed804a726884e7501ab112a036ca34c6720738677014f4bc36cf": failed to find plugin "loopback" in path [/opt/cni/bin]''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the runtime-client form of the same failure for another sandbox; it names only the sandbox id', kubelet='~1.19', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- Ceph CSI RBD: orphaned pod dirs, then a CSI attach (run of 3)
C(CEPH, r'''Aug 23 06:42:24 node05 kubelet[924]: E0823 06:42:24.535019     924 kubelet_volumes.go:154] Orphaned pod "953ad598-9230-42a6-a571-943ec9f24dcb" found, but volume paths are still present on disk : There were a total of 6 errors similar to this. Turn up verbosity to see them.''',
  None, None, '953ad598-9230-42a6-a571-943ec9f24dcb', None, None,
  note="ceph-csi RBD thread (Aug 2019): housekeeping of a deleted pod's directory, names only its uid; not a mount failure of a live pod. kubelet_volumes.go:154 and operation_generator.go:629: about 1.15", kubelet='~1.15', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(CEPH, r'''Aug 23 06:42:26 node05 kubelet[924]: E0823 06:42:26.532067     924 kubelet_volumes.go:154] Orphaned pod "953ad598-9230-42a6-a571-943ec9f24dcb" found, but volume paths are still present on disk : There were a total of 6 errors similar to this. Turn up verbosity to see them.''',
  None, None, '953ad598-9230-42a6-a571-943ec9f24dcb', None, None,
  note='the same housekeeping error two seconds later', kubelet='~1.15', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(CEPH, r'''Aug 23 06:42:27 node05 kubelet[924]: I0823 06:42:27.005602     924 operation_generator.go:629] MountVolume.WaitForAttach entering for volume "pvc-9174936d-f9d0-493b-87f2-49f1fb5835fe" (UniqueName: "kubernetes.io/csi/rbd.csi.ceph.com^0001-0024-9d9cc8f6-0843-46c3-8ca3-0309dff9978d-0000000000000003-28a66c73-bab2-11e9-903a-122b397f0010") pod "plex-5fbbf6694f-nrtl4" (UID: "11dad472-e834-4114-be5f-91923ba01370") DevicePath "csi-fce5695c9222907527b14bb6a5d7c4d8c866838bf7ea740c9f5f2c2d461b1c4f"''',
  None, 'plex-5fbbf6694f-nrtl4', '11dad472-e834-4114-be5f-91923ba01370', None, None,
  note='a CSI volume step starting for the pod (no namespace in the line): progress, not failure', kubelet='~1.15', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
# ---------------------------------------------------------------- EKS AMI: containerd's own lines
C(EKSAMI, r'''Mar 08 09:26:39 i-node.eu-west-1.compute.internal containerd[3730]: time="2024-03-08T09:26:39.009195045Z" level=info msg="StartContainer for \"d4e5a065aa2b82e9e55d99a1e18ebc21612b6a47b9d88a2b78c254dcb88e305f\" returns successfully"''',
  None, None, None, None, 'Started',
  note="EKS node's containerd unit before a containerd restart (Mar 2024): a container started; the line names only the container id, so no pod offline (the table's precedent for this form is Started). Kubelet version not stated", fmt='containerd', cls='lifecycle'),
C(EKSAMI, r'''Mar 08 09:26:40 i-node.eu-west-1.compute.internal containerd[3730]: time="2024-03-08T09:26:40.558871785Z" level=info msg="TaskExit event container_id:\"42559dbacef4a6284a559cd375e07034d5acced691d0c5571a24a5be16613d4f\" id:\"42559dbacef4a6284a559cd375e07034d5acced691d0c5571a24a5be16613d4f\" pid:7044 exited_at:{seconds:1709889983 nanos:110845885}"''',
  None, None, None, None, None,
  note='a task exit names no exit reason (not an OOM kill, not a crash loop by itself)', fmt='containerd', cls='lifecycle-trap', trap_for=['OOMKilled', 'CrashLoopBackOff']),
# ---------------------------------------------------------------- Bottlerocket: containerd resets the kubelet's connection (run of 3)
C(BR, r'''Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.524695    1375 kubelet.go:2356] "Container runtime sanity check failed" err="rpc error: code = Unavailable desc = error reading from server: read unix @->/run/containerd/containerd.sock: read: connection reset by peer"''',
  None, None, None, None, 'RuntimeNotReady',
  note="Bottlerocket on EKS (Jan 2023): containerd went away under the kubelet, whose runtime sanity check fails. kubelet.go:2356 structured: about 1.24", kubelet='~1.24', fmt='klog-s', cls='node'),
C(BR, r'''Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.524725    1375 remote_runtime.go:549] "ListContainers with filter from runtime service failed" err="rpcerror: code = Unavailable desc = error reading from server: read unix @->/run/containerd/containerd.sock: read: connection reset by peer" filter="&ContainerFilter{Id:,State:nil,PodSandboxId:,LabelSelector:map[string]string{},}"''',
  None, None, None, None, None,
  note="the runtime client's list call fails in the same instant ('rpcerror' is the thread's text); the table's precedent for ListContainers failures is no reason", kubelet='~1.24', fmt='klog-s', cls='node-trap', trap_for=['RuntimeNotReady']),
C(BR, r'''Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.524750    1375 resource_metrics.go:126] "Error getting summary for resourceMetric prometheus endpoint" err="failed to list pod stats: failed to get pod or container map: failed to list all containers: rpc error: code = Unavailable desc = error reading from server: read unix @->/run/containerd/containerd.sock: read: connection reset by peer"''',
  None, None, None, None, None,
  note='a metrics-endpoint failure downstream of the runtime outage: noise', kubelet='~1.24', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- NVIDIA GPU operator: no "nvidia" runtime in containerd
C(GPU349, r'''kubelet[1311]: E0505 18:42:19.812688    1311 pod_workers.go:949] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"nvidia-device-plugin-daemonset-h9kxw_gpu-operator(8e491f32-4d92-4657-bbef-abf9d3dcb6ab)\" with CreatePodSandboxError: \"Failed to create sandbox for pod \\\"nvidia-device-plugin-daemonset-h9kxw_gpu-operator(8e491f32-4d92-4657-bbef-abf9d3dcb6ab)\\\": rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for \\\"nvidia\\\" is configured\"" pod="gpu-operator/nvidia-device-plugin-daemonset-h9kxw" podUID=8e491f32-4d92-4657-bbef-abf9d3dcb6ab''',
  'gpu-operator', 'nvidia-device-plugin-daemonset-h9kxw', '8e491f32-4d92-4657-bbef-abf9d3dcb6ab', None, 'FailedCreatePodSandBox',
  note="GPU operator v1.10.1 (May 2022), the line as the description starts it (journal prefix cut before 'kubelet[1311]:'): the RuntimeClass handler 'nvidia' is not configured in containerd. pod_workers.go:949: about 1.23", kubelet='~1.23', fmt='klog-s', cls='sandbox'),
C(GPU730, r'''  Normal   Scheduled               2m11s                 default-scheduler  Successfully assigned gpu-operator/nvidia-device-plugin-daemonset-w72xb to i-071a4e5a302e4025b''',
  'gpu-operator', 'nvidia-device-plugin-daemonset-w72xb', None, None, None,
  note='kubectl describe pod (Jun 2024, Kops 1.24, Kubernetes 1.24.14): the scheduler assigned the pod, noise', kubelet='1.24', fmt='event', cls='noise'),
C(GPU730, r'''  Warning  FailedCreatePodSandBox  12s (x10 over 2m11s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "nvidia" is configured''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next row: the sandbox fails for the missing nvidia runtime; the row names no pod', kubelet='1.24', fmt='event', cls='sandbox'),
C(GPU549, r'''  Normal   Scheduled               24m                   default-scheduler  Successfully assigned gpu-operator/nvidia-dcgm-exporter-bpvks to ip-172-20-45-35.eu-west-1.compute.internal''',
  'gpu-operator', 'nvidia-dcgm-exporter-bpvks', None, None, None,
  note='kubectl describe pod of the DCGM exporter (Jul 2023): scheduled, noise. Kubelet version not stated', fmt='event', cls='noise'),
C(GPU549, r'''  Warning  FailedCreatePodSandBox  22m                   kubelet            Failed to create pod sandbox: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused"''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the first sandbox attempt while containerd restarts (socket refused); the row names no pod', fmt='event', cls='sandbox'),
C(GPU549, r'''  Warning  FailedCreatePodSandBox  4m43s (x93 over 24m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "nvidia" is configured''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='then 93 attempts fail for the missing nvidia runtime', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- Argo / Kubeflow Pipelines: a step pod's volumes (run of 3)
C(ARGO, r'''I0716 08:54:59.248867    1432 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "docker-sock" (UniqueName: "kubernetes.io/host-path/dc42a4ff-a48c-4c89-ad2d-7a94032d1e93-docker-sock") pod "pipeline-with-resource-spec-lzjrz-1397752094" (UID: "dc42a4ff-a48c-4c89-ad2d-7a94032d1e93")''',
  None, 'pipeline-with-resource-spec-lzjrz-1397752094', 'dc42a4ff-a48c-4c89-ad2d-7a94032d1e93', None, None,
  note="kubelet log of a KFP step pod run by Argo's docker executor (Jul 2021, GKE): routine volume step, no namespace in the line. reconciler.go:224 with kubelet.go:1939: about 1.19", kubelet='~1.19', fmt='klog', cls='noise'),
C(ARGO, r'''I0716 08:54:59.248930    1432 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "mlpipeline-minio-artifact" (UniqueName: "kubernetes.io/secret/dc42a4ff-a48c-4c89-ad2d-7a94032d1e93-mlpipeline-minio-artifact") pod "pipeline-with-resource-spec-lzjrz-1397752094" (UID: "dc42a4ff-a48c-4c89-ad2d-7a94032d1e93")''',
  None, 'pipeline-with-resource-spec-lzjrz-1397752094', 'dc42a4ff-a48c-4c89-ad2d-7a94032d1e93', None, None,
  note='the same step for a secret volume: a secret named in a routine line is not a missing secret', kubelet='~1.19', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(ARGO, r'''I0716 08:54:59.249018    1432 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "kfp-launcher" (UniqueName: "kubernetes.io/empty-dir/dc42a4ff-a48c-4c89-ad2d-7a94032d1e93-kfp-launcher") pod "pipeline-with-resource-spec-lzjrz-1397752094" (UID: "dc42a4ff-a48c-4c89-ad2d-7a94032d1e93")''',
  None, 'pipeline-with-resource-spec-lzjrz-1397752094', 'dc42a4ff-a48c-4c89-ad2d-7a94032d1e93', None, None,
  note='the same step for an emptyDir', kubelet='~1.19', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- Longhorn on EKS: instance managers start, a snapshotter leaves (run of 5)
C(LH, r'''Jan 10 23:27:09 ip-10-9-57-91 kubelet: I0110 23:27:09.406821    3395 kubelet.go:1973] "SyncLoop (PLEG): event for pod" pod="longhorn-system/instance-manager-e-bc03ec82" event=&{ID:8882b3b8-736c-485f-ad3d-dd215d90ca48 Type:ContainerStarted Data:fcf3792313c18a8c83a19963985d1f0c4695cd19536134e6d652b382373286b4}''',
  'longhorn-system', 'instance-manager-e-bc03ec82', '8882b3b8-736c-485f-ad3d-dd215d90ca48', None, 'Started',
  note="Longhorn on EKS (Jan 2022, syslog form 'kubelet:' without a pid): PLEG reports the container started; the PLEG event's ID is the pod's uid. kubelet.go:1973 structured: about 1.21", kubelet='~1.21', fmt='klog-s', cls='lifecycle'),
C(LH, r'''Jan 10 23:27:10 ip-10-9-57-91 kubelet: I0110 23:27:10.449837    3395 kubelet.go:1973] "SyncLoop (PLEG): event for pod" pod="longhorn-system/instance-manager-r-94b636c7" event=&{ID:1a6746e6-4918-4cdd-a081-1c2b63302f3f Type:ContainerStarted Data:b8864259df26ea95c8fde77e3efb4232f0a463a58f1ed08039862d263515a1e8}''',
  'longhorn-system', 'instance-manager-r-94b636c7', '1a6746e6-4918-4cdd-a081-1c2b63302f3f', None, 'Started',
  note='the replica instance manager starts a second later', kubelet='~1.21', fmt='klog-s', cls='lifecycle'),
C(LH, r'''Jan 10 23:27:10 ip-10-9-57-91 kubelet: I0110 23:27:10.707095    3395 kubelet.go:1951] "SyncLoop DELETE" source="api" pods=[longhorn-system/csi-snapshotter-86f65d8bc-dlwqg]''',
  'longhorn-system', 'csi-snapshotter-86f65d8bc-dlwqg', None, None, None,
  note='the API deletes a pod (drain): noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(LH, r'''Jan 10 23:27:10 ip-10-9-57-91 kubelet: I0110 23:27:10.716371    3395 kubelet.go:1945] "SyncLoop REMOVE" source="api" pods=[longhorn-system/csi-snapshotter-86f65d8bc-dlwqg]''',
  'longhorn-system', 'csi-snapshotter-86f65d8bc-dlwqg', None, None, None,
  note='then removes it: noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(LH, r'''Jan 10 23:27:10 ip-10-9-57-91 kubelet: I0110 23:27:10.728820    3395 kubelet.go:2144] "Failed to delete pod" pod="longhorn-system/csi-snapshotter-86f65d8bc-dlwqg" err="pod not found"''',
  'longhorn-system', 'csi-snapshotter-86f65d8bc-dlwqg', None, None, None,
  note="look-alike: an info-level 'Failed to delete pod ... pod not found' from HandlePodRemoves (the pod was already gone), not a kill failure", kubelet='~1.21', fmt='klog-s', cls='kill-trap', trap_for=['FailedKillPod']),
# ---------------------------------------------------------------- Cilium agent crash-looping; pods cannot get a network
C(CIL40345, r'''Normal   SandboxChanged  5m23s                  kubelet            Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note="kubectl describe of a cilium agent pod (Jul 2025; the row is the first of the code block, its indentation lost): a Normal event, the sandbox is re-created; names no pod. Kubelet version not stated", fmt='event', cls='sandbox-trap', trap_for=['FailedCreatePodSandBox', 'Killing']),
C(CIL40345, r'''  Warning  BackOff         28s (x27 over 5m6s)    kubelet            Back-off restarting failed container cilium-agent in pod cilium-hnswx_kube-system(13b0884b-069a-47af-8c62-6ea08763e404)''',
  'kube-system', 'cilium-hnswx', '13b0884b-069a-47af-8c62-6ea08763e404', 'cilium-agent', 'CrashLoopBackOff',
  note='the next row: the agent container is in back-off (the newer event text names container and pod)', fmt='event', cls='crash'),
C(CIL40345, r'''Jul 03 12:30:02 storage-04 kubelet[7748]:         rpc error: code = Unknown desc = failed to setup network for sandbox "eda8bab9e1914ec43190de3df221354a5a9db9b2385bddc2afe02b271d11668b": plugin type="cilium-cni" failed (add): unable to connect to Cilium agent: failed to create cilium agent client after 30.000000 seconds timeout: Get "http://localhost/v1/config": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="`journalctl -u kubelet | grep -i sandbox` on the node: a continuation line of a multi-line kubelet error (its first line, naming the pod, is not shown); the sandbox's network setup fails, no pod named", fmt='klog', cls='sandbox'),
C(CIL40345, r'''Jul 03 17:43:27 storage-04 containerd[1929]: time="2025-07-03T17:43:27.73708218Z" level=info msg="Queueing endpoint batch deletion request" args="K8S_POD_UID=14b854d5-2081-4a39-98a0-0416746a0df0;IgnoreUnknown=1;K8S_POD_NAMESPACE=monitoring;K8S_POD_NAME=node-feature-discovery-worker-bqspn;K8S_POD_INFRA_CONTAINER_ID=6716cfc68ca5c5c0a1ad97f5264ac5aafb29abac2655d8b94eab7742e1816487" containerID=6716cfc68ca5c5c0a1ad97f5264ac5aafb29abac2655d8b94eab7742e1816487 eventID=3470885a-9535-494b-8e2a-44baba80bb32 file-path=/opt/cni/bin ifName=eth0 k8sNamespace=monitoring k8sPodName=node-feature-discovery-worker-bqspn netns=/var/run/netns/cni-d1a0fbc1-39d8-3b32-e5bd-4dfc95150c04 req="&{6716cfc68ca5c5c0a1ad97f5264ac5aafb29abac2655d8b94eab7742e1816487}" subsys=cilium-cni''',
  'monitoring', 'node-feature-discovery-worker-bqspn', '14b854d5-2081-4a39-98a0-0416746a0df0', None, None,
  note="cilium-cni's own info line inside the containerd unit (CNI DEL queued while the agent is down); it names the pod by K8S_POD_* args; not a failure by itself", fmt='containerd', cls='noise'),
C(CIL6801, r'''  Warning  FailedCreatePodSandBox  20s   kubelet, ip-192-168-4-64.us-west-2.compute.internal  Failed create pod sandbox: rpc error: code = Unknown desc = [failed to set up sandbox container "7cf45c4df81512373b370ffe526ce61fad423a1c801f6d0136f389314a4fac1c" network for pod "cilium-etcd-zj5wtgvx9d": NetworkPlugin cni failed to set up pod "cilium-etcd-zj5wtgvx9d_kube-system" network: unable to connect to Cilium daemon: Failed to create cilium agent client after 30.000000 seconds timeout: %!!(MISSING)s(<nil>), failed to clean up sandbox container "7cf45c4df81512373b370ffe526ce61fad423a1c801f6d0136f389314a4fac1c" network for pod "cilium-etcd-zj5wtgvx9d": NetworkPlugin cni failed to teardown pod "cilium-etcd-zj5wtgvx9d_kube-system" network: unable to connect to Cilium daemon: Failed to create cilium agent client after 30.000000 seconds timeout: %!!(MISSING)s(<nil>)]''',
  'kube-system', 'cilium-etcd-zj5wtgvx9d', None, None, 'FailedCreatePodSandBox',
  note="Cilium's own report (Jan 2019, EKS): the dockershim message names the pod as name_namespace; 'kubelet, <node>' in From is the pre-1.20 event form. Date: about 1.13", kubelet='~1.13', fmt='event', cls='sandbox'),
C(CILETCD, r'''  Warning  FailedCreatePodSandBox  3m43s               kubelet, ip-172-16-14-65.eu-west-2.compute.internal  Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "5a7de195dabe3177e475ddbe4ab2680275648c86fa7cf0a3acdc44ba01701006" network for pod "cilium-operator-859bf557d8-bn29c": NetworkPlugin cni failed to set up pod "cilium-operator-859bf557d8-bn29c_kube-system" network: unexpected end of JSON input''',
  'kube-system', 'cilium-operator-859bf557d8-bn29c', None, None, 'FailedCreatePodSandBox',
  note="cilium-etcd-operator thread (AWS): the cilium-operator pod's sandbox network fails with an empty CNI reply. Kubelet version not stated (pre-1.20 event form)", fmt='event', cls='sandbox'),
C(AKSE, r'''   Warning  FailedCreatePodSandBox  10m                   kubelet, k8s-agent1-16547133-vmss000001  Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "f11fd07d8d3669fe8b571ea2ba2c53ff87773417d00e61bcef5767c7f1b6c652" network for pod "portforwardlinux-6252-bc95f66d9-k5mdr": NetworkPlugin cni failed to set up pod "portforwardlinux-6252-bc95f66d9-k5mdr_default" network: unexpected end of JSON input''',
  'default', 'portforwardlinux-6252-bc95f66d9-k5mdr', None, None, 'FailedCreatePodSandBox',
  note="aks-engine e2e with Cilium (three-space indent as pasted): the same empty-reply CNI failure for an e2e pod. Kubelet version not stated (pre-1.20 event form)", fmt='event', cls='sandbox'),
C(CIL9322, r'''Warning  FailedCreatePodSandBox  62s                 kubelet, kiubit-4-dev-worker-1  Failed create pod sandbox: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_cilium-operator-7d6ddddbf5-4bq6b_kube-system_e99f61c8-ffd4-43e5-952f-d4528da1b7ba_0(b2e63c859ca9bf7c3e93f740ecad8e1a1cc4382e910980b52593666163543783): unable to connect to Cilium daemon: failed to create cilium agent client after 30.000000 seconds timeout: Get http://%!F(MISSING)var%!F(MISSING)run%!F(MISSING)cilium%!F(MISSING)cilium.sock/v1/config: dial unix /var/run/cilium/cilium.sock: connect: no such file or directory''',
  'kube-system', 'cilium-operator-7d6ddddbf5-4bq6b', 'e99f61c8-ffd4-43e5-952f-d4528da1b7ba', None, 'FailedCreatePodSandBox',
  note="SUSE CaaSP (skuba) with Cilium 1.5.3 and CRI-O, Kubernetes 1.15.2: the sandbox is named k8s_<pod>_<ns>_<uid>_<attempt>, from which the pod is read", kubelet='1.15', fmt='event', cls='sandbox'),
C(KKP, r'''  Normal   Scheduled               14m   default-scheduler  Successfully assigned kube-system/webterminal-04f789ebf5eeffeabdf5480c6287a878 to bcjqk2x8qw-worker-dnlkws-d4896b4b4-7h8kk''',
  'kube-system', 'webterminal-04f789ebf5eeffeabdf5480c6287a878', None, None, None,
  note="Kubermatic dashboard release test (web terminal pod on a Cilium user cluster): scheduled, noise. Kubelet version not stated", fmt='event', cls='noise'),
C(KKP, r'''  Warning  FailedCreatePodSandBox  13m   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "671a92300345bd0ed7f6ea920ff1b9f59aa4ae57bcdf62f379d6aaaff2757e42": plugin type="cilium-cni" failed (add): unable to connect to Cilium agent: failed to create cilium agent client after 30.000000 seconds timeout: Get "http://localhost/v1/config": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the next row (its message goes on with 'Is the agent running?' on the following line): the sandbox network fails, the row names no pod", fmt='event', cls='sandbox'),
    ]
