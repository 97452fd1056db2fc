# Hunt 74: a held-out set of real kubelet, containerd and CRI-O lines and kubectl event rows from GitHub
# threads opened in 2021-2023 that the table did not cite (kubelet 1.20-1.27): whole runs where the
# thread has them, reasons and noise alike. Same rules as gen_real_lines_h8.py and the older files: each
# line is copied exactly as its public source shows it (raw strings: backslashes and quotes are the
# line's own; the leading spaces of the kubectl-describe rows are the rows' own), with the source's URL,
# and each was seen twice (two different searches returning the same text; the node-17 kubelet lines
# were seen in containerd/containerd#7276 and again in its twin kubernetes/kubernetes#111776). Lines
# already in real_lines.jsonl were left out (the amazon-eks-ami#693 dockerd run is there already, from
# containerd#5708). Node-level lines are never attributed to a pod. Expected fields are what the line
# itself names, read as an SRE reads it.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

RKE = "https://github.com/rancher/rke2/issues/4398"
K110158 = "https://github.com/kubernetes/kubernetes/issues/110158"
MULTUS1072 = "https://github.com/k8snetworkplumbingwg/multus-cni/issues/1072"
MK10182 = "https://github.com/kubernetes/minikube/issues/10182"
CD7276 = "https://github.com/containerd/containerd/issues/7276"
PX63 = "https://github.com/sergelogvinov/proxmox-cloud-controller-manager/issues/63"
GPU280 = "https://github.com/NVIDIA/gpu-operator/issues/280"
KEDA6 = "https://github.com/turbaszek/keda-example/issues/6"


def HUNT_H74(C):
    return [
# ---------------------------------------------------------------- rancher/rke2#4398 (Jun 2023, RKE2 v1.23.12+rke2r1): a sandbox that cannot be created
C(RKE, r'''E0628 13:36:53.297162  927067 remote_runtime.go:209] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to generate sandbox container spec: invalid empty entrypoint and cmd in image config &{User: ExposedPorts:map[] Env:[] Entrypoint:[] Cmd:[] Volumes:map[] WorkingDir: Labels:map[] StopSignal:}"''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='RKE2 v1.23.12+rke2r1 on CentOS 7.6, issue description of 28 Jun 2023: containerd refuses to build the sandbox spec because the pause image has no entrypoint/cmd. The CRI client line names no pod (only the error), so the pod fields stay empty', kubelet='1.23', fmt='klog-s', cls='sandbox'),
C(RKE, r'''E0628 13:36:53.297228  927067 kuberuntime_sandbox.go:70] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to generate sandbox container spec: invalid empty entrypoint and cmd in image config &{User: ExposedPorts:map[] Env:[] Entrypoint:[] Cmd:[] Volumes:map[] WorkingDir: Labels:map[] StopSignal:}" pod="lyhdata-backstage/dahua-data-service-86bb66975f-c5h5b"''',
  'lyhdata-backstage', 'dahua-data-service-86bb66975f-c5h5b', None, None, 'FailedCreatePodSandBox',
  note='the next line: kuberuntime_sandbox.go names the pod as ns/name in pod=', kubelet='1.23', fmt='klog-s', cls='sandbox'),
C(RKE, r'''E0628 13:36:53.297262  927067 kuberuntime_manager.go:833] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to generate sandbox container spec: invalid empty entrypoint and cmd in image config &{User: ExposedPorts:map[] Env:[] Entrypoint:[] Cmd:[] Volumes:map[] WorkingDir: Labels:map[] StopSignal:}" pod="lyhdata-backstage/dahua-data-service-86bb66975f-c5h5b"''',
  'lyhdata-backstage', 'dahua-data-service-86bb66975f-c5h5b', None, None, 'FailedCreatePodSandBox',
  note="the next line: kuberuntime_manager.go's CreatePodSandbox failure for the same pod", kubelet='1.23', fmt='klog-s', cls='sandbox'),
# ---------------------------------------------------------------- kubernetes/kubernetes#110158 (comment of Aug 2022, AKS v1.21.7): kubectl get events rows
C(K110158, r'''7m18s       Warning   FailedMount   pod/my-namespace-engine-api-deployment-595bf79b79-h27xj   MountVolume.SetUp failed for volume "secrets" : secret "secret-appsettings" not found''',
  None, 'my-namespace-engine-api-deployment-595bf79b79-h27xj', None, None, 'FailedMount',
  note='kubectl get events -n my-namespace (AKS, Kubernetes v1.21.7 stated): the secret volume cannot be set up because secret "secret-appsettings" is missing. The row itself names no namespace (it came from -n on the command line)', kubelet='1.21', fmt='event', cls='volume'),
C(K110158, r'''11m         Warning   FailedMount   pod/rmy-namespace-engine-api-deployment-595bf79b79-h27xj   Unable to attach or mount volumes: unmounted volumes=[secrets], unattached volumes=[secrets kube-api-access-f2mf8]: timed out waiting for the condition''',
  None, 'rmy-namespace-engine-api-deployment-595bf79b79-h27xj', None, None, 'FailedMount',
  note="the next row: the kubelet's timeout waiting for the unmounted volume. The pod name carries the reporter's typo ('rmy-'), kept as the row shows it", kubelet='1.21', fmt='event', cls='volume'),
# ---------------------------------------------------------------- k8snetworkplumbingwg/multus-cni#1072 (comment of 14 Apr 2023): a wrapped get-events row
C(MULTUS1072, r'''0s          Warning   FailedCreatePodSandBox   pod/alpine-whsll    Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "11ce5f00d56f731f8eada3b7cef6e743f8873ddae8e91''',
  None, 'alpine-whsll', None, None, 'FailedCreatePodSandBox',
  note='kubectl get events output wrapped by the terminal: this is the first physical line of the FailedCreatePodSandBox row (multus-shim CNI ADD failed); the wrapped continuation lines are left out. The row names the pod as pod/alpine-whsll but no namespace. Kubernetes version not stated', kubelet=None, fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- kubernetes/minikube#10182 (Jan 2021, minikube 1.16.0, podman driver, CRI-O): crio unit noise
C(MK10182, r'''Jan 20 17:36:25 minikube crio[348]: time="2021-01-20 17:36:25.582620894Z" level=info msg="Checking image status: k8s.gcr.io/pause:3.2" id=feca7a5e-dd27-491f-b2e6-1f544e84a61c name=/runtime.v1alpha2.ImageService/ImageStatus''',
  None, None, None, None, None,
  note="minikube 1.16.0 (default Kubernetes v1.20.0) on Fedora 33 with CRI-O; the crio unit's routine ImageStatus lines for the pause image: noise, no pod", kubelet='~1.20', fmt='crio', cls='noise'),
C(MK10182, r'''Jan 20 17:36:25 minikube crio[348]: time="2021-01-20 17:36:25.584586665Z" level=info msg="Image status: &ImageStatusResponse{Image:&Image{Id:80d28bedfe5dec59da9ebf8e6260224ac9008ab5c11dbbe16ee3ba3e4439ac2c,RepoTags:[k8s.gcr.io/pause:3.2],RepoDigests:[k8s.gcr.io/pause@sha256:4a1c4b21597c1b4415bdbecb28a3296c6b5e23ca4f9feeb599860a1dac6a0108 k8s.gcr.io/pause@sha256:927d98197ec1141a368550822d18fa1c60bdae27b78b0c004f705f548c07814f],Size_:688049,Uid:nil,Username:,Spec:nil,},Info:map[string]string{},}" id=feca7a5e-dd27-491f-b2e6-1f544e84a61c name=/runtime.v1alpha2.ImageService/ImageStatus''',
  None, None, None, None, None,
  note='the next line: the ImageStatus response (image id, tags, digests): noise', kubelet='~1.20', fmt='crio', cls='noise'),
C(MK10182, r'''Jan 20 17:36:32 minikube crio[348]: time="2021-01-20 17:36:32.815603122Z" level=info msg="Checking image status: k8s.gcr.io/pause:3.2" id=84f3aa45-7bb3-4c25-bafb-ce6d9719fa49 name=/runtime.v1alpha2.ImageService/ImageStatus''',
  None, None, None, None, None,
  note='the next ImageStatus request seven seconds later: noise', kubelet='~1.20', fmt='crio', cls='noise'),
# ---------------------------------------------------------------- containerd/containerd#7276 (Aug 2022; the same run is posted as kubernetes/kubernetes#111776): containerd, then kubelet
C(CD7276, r'''Aug 10 15:05:16 node-17 containerd[2514]: time="2022-08-10T15:05:16.006173446+08:00" level=info msg="shim disconnected" id=7847ede61170aa7ba7882a458ad9f316ff99a3b95052ec57564953bf2f83c1de''',
  None, None, None, None, None,
  note="node-17 (Aug 2022), 'why are all pods on this node restarted': containerd's unit while containers are stopped and removed. shim disconnected for a container id: noise (offline, a runtime id names no pod)", kubelet='~1.20', fmt='containerd', cls='noise'),
C(CD7276, r'''Aug 10 15:05:16 node-17 containerd[2514]: time="2022-08-10T15:05:16.006302657+08:00" level=error msg="copy shim log" error="read /proc/self/fd/50: file already closed"''',
  None, None, None, None, None,
  note="the next line: containerd's harmless 'copy shim log ... file already closed' error (containerd#5130): noise", kubelet='~1.20', fmt='containerd', cls='noise'),
C(CD7276, r'''Aug 10 15:05:16 node-17 containerd[2514]: time="2022-08-10T15:05:16.007414588+08:00" level=info msg="StopContainer for \"7847ede61170aa7ba7882a458ad9f316ff99a3b95052ec57564953bf2f83c1de\" returns successfully"''',
  None, None, None, None, None,
  note='StopContainer returns successfully for a container id: runtime bookkeeping, no reason', kubelet='~1.20', fmt='containerd', cls='noise'),
C(CD7276, r'''Aug 10 15:05:16 node-17 containerd[2514]: time="2022-08-10T15:05:16.184038091+08:00" level=info msg="RemoveContainer for \"325881e0b0d9b561cfaafdc1a2c3fe24c2047e256adf3fca83c8f0ff630e1e86\""''',
  None, None, None, None, None,
  note='RemoveContainer for a container id: noise', kubelet='~1.20', fmt='containerd', cls='noise'),
C(CD7276, r'''Aug 10 15:05:16 node-17 containerd[2514]: time="2022-08-10T15:05:16.190214773+08:00" level=info msg="RemoveContainer for \"325881e0b0d9b561cfaafdc1a2c3fe24c2047e256adf3fca83c8f0ff630e1e86\" returns successfully"''',
  None, None, None, None, None,
  note='RemoveContainer returns successfully: noise', kubelet='~1.20', fmt='containerd', cls='noise'),
C(CD7276, r'''Aug 10 15:05:16 node-17 containerd[2514]: time="2022-08-10T15:05:16.720425447+08:00" level=info msg="Finish piping stderr of container \"bf8d4c829ec3a7d21373a981aa1fc12a0344f2924eb5d5592e7358b8ddcbf95e\""''',
  None, None, None, None, None,
  note='Finish piping stderr of a container: noise', kubelet='~1.20', fmt='containerd', cls='noise'),
C(CD7276, r'''Aug 10 15:14:35 node-17 kubelet[25847]: I0810 15:14:35.324899   25847 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "fluentd-es-token-tcjk6" (UniqueName: "kubernetes.io/secret/cb75a569-fead-4495-8f74-1f3b0ba599a2-fluentd-es-token-tcjk6") pod "fluentd-es-jxkts" (UID: "cb75a569-fead-4495-8f74-1f3b0ba599a2")''',
  None, 'fluentd-es-jxkts', 'cb75a569-fead-4495-8f74-1f3b0ba599a2', None, None,
  note="the kubelet's unit on the same node ten minutes later: unstructured reconciler.go and the topology manager's scope.go:111 put the kubelet at about 1.20 (scope.go appeared in 1.20; these lines were not yet structured). VerifyControllerAttachedVolume for the pod's token secret: routine volume set-up, names the pod and uid but no namespace; no reason", kubelet='~1.20', fmt='klog', cls='noise'),
C(CD7276, r'''Aug 10 15:14:35 node-17 kubelet[25847]: I0810 15:14:35.324976   25847 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "dockercontainers" (UniqueName: "kubernetes.io/host-path/cb75a569-fead-4495-8f74-1f3b0ba599a2-dockercontainers") pod "fluentd-es-jxkts" (UID: "cb75a569-fead-4495-8f74-1f3b0ba599a2")''',
  None, 'fluentd-es-jxkts', 'cb75a569-fead-4495-8f74-1f3b0ba599a2', None, None,
  note='the next line: the same for its host-path volume: noise', kubelet='~1.20', fmt='klog', cls='noise'),
C(CD7276, r'''Aug 10 15:14:38 node-17 kubelet[25847]: I0810 15:14:38.136462   25847 scope.go:111] [topologymanager] RemoveContainer - Container ID: 7847ede61170aa7ba7882a458ad9f316ff99a3b95052ec57564953bf2f83c1de''',
  None, None, None, None, None,
  note="the topology manager's RemoveContainer for a container id: noise, no pod", kubelet='~1.20', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- sergelogvinov/proxmox-cloud-controller-manager#63 (comment of Oct 2023): a pod torn down
C(PX63, r'''Oct 23 13:26:43 kube-cp-1 kubelet[908]: I1023 13:26:43.241837     908 scope.go:115] "RemoveContainer" containerID="00e3711823c388eee774b6a9d2c6e8a9ebe00ee8b8f24243fabecfa7f74222e3"''',
  None, None, None, None, None,
  note='kube-cp-1 (Oct 2023): structured scope.go:115 and reconciler_common.go:172 put the kubelet at about 1.27. RemoveContainer with a containerID only: noise', kubelet='~1.27', fmt='klog-s', cls='noise'),
C(PX63, r'''Oct 23 13:26:43 kube-cp-1 kubelet[908]: I1023 13:26:43.317350     908 reconciler_common.go:172] "operationExecutor.UnmountVolume started for volume \"cloud-config\" (UniqueName: \"kubernetes.io/secret/d0390647-30eb-41ca-93cc-5726172d86c8-cloud-config\") pod \"d0390647-30eb-41ca-93cc-5726172d86c8\" (UID: \"d0390647-30eb-41ca-93cc-5726172d86c8\") "''',
  None, None, 'd0390647-30eb-41ca-93cc-5726172d86c8', None, None,
  note='UnmountVolume started: the pod is named only by its uid (pod "<uid>"), so pod stays empty; a routine unmount, no reason', kubelet='~1.27', fmt='klog-s', cls='noise'),
C(PX63, r'''Oct 23 13:26:43 kube-cp-1 kubelet[908]: I1023 13:26:43.317434     908 reconciler_common.go:172] "operationExecutor.UnmountVolume started for volume \"kube-api-access-2ghs9\" (UniqueName: \"kubernetes.io/projected/d0390647-30eb-41ca-93cc-5726172d86c8-kube-api-access-2ghs9\") pod \"d0390647-30eb-41ca-93cc-5726172d86c8\" (UID: \"d0390647-30eb-41ca-93cc-5726172d86c8\") "''',
  None, None, 'd0390647-30eb-41ca-93cc-5726172d86c8', None, None,
  note='the next line: the same for the projected service-account volume', kubelet='~1.27', fmt='klog-s', cls='noise'),
C(PX63, r'''Oct 23 13:26:43 kube-cp-1 kubelet[908]: I1023 13:26:43.339730     908 operation_generator.go:878] UnmountVolume.TearDown succeeded for volume "kubernetes.io/secret/d0390647-30eb-41ca-93cc-5726172d86c8-cloud-config" (OuterVolumeSpecName: "cloud-config") pod "d0390647-30eb-41ca-93cc-5726172d86c8" (UID: "d0390647-30eb-41ca-93cc-5726172d86c8"). InnerVolumeSpecName "cloud-config". PluginName "kubernetes.io/secret", VolumeGidValue ""''',
  None, None, 'd0390647-30eb-41ca-93cc-5726172d86c8', None, None,
  note='UnmountVolume.TearDown succeeded for the secret volume: success, no reason; uid only', kubelet='~1.27', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- NVIDIA/gpu-operator#280 (Nov 2021): volume set-up for the operator's pods
C(GPU280, r'''Nov 16 15:05:24 awz-master kubelet[1200]: I1116 15:05:24.821007    1200 reconciler.go:224] "operationExecutor.VerifyControllerAttachedVolume started for volume \"nfd-worker-conf\" (UniqueName: \"kubernetes.io/configmap/ed72bf9c-28ba-4a37-a458-de8a2318a991-nfd-worker-conf\") pod \"nvidia-gpu-operator-node-feature-discovery-worker-84sz6\" (UID: \"ed72bf9c-28ba-4a37-a458-de8a2318a991\") "''',
  None, 'nvidia-gpu-operator-node-feature-discovery-worker-84sz6', 'ed72bf9c-28ba-4a37-a458-de8a2318a991', None, None,
  note='awz-master (Nov 2021): structured reconciler.go:224 VerifyControllerAttachedVolume lines, about 1.22. Routine volume set-up naming pod and uid (no namespace): noise', kubelet='~1.22', fmt='klog-s', cls='noise'),
C(GPU280, r'''Nov 16 15:05:24 awz-master kubelet[1200]: I1116 15:05:24.821110    1200 reconciler.go:224] "operationExecutor.VerifyControllerAttachedVolume started for volume \"kube-api-access-28kkk\" (UniqueName: \"kubernetes.io/projected/52cf116c-32a4-4cde-a4e3-b78a76c17616-kube-api-access-28kkk\") pod \"nvidia-gpu-operator-node-feature-discovery-master-74db7c56flnpm\" (UID: \"52cf116c-32a4-4cde-a4e3-b78a76c17616\") "''',
  None, 'nvidia-gpu-operator-node-feature-discovery-master-74db7c56flnpm', '52cf116c-32a4-4cde-a4e3-b78a76c17616', None, None,
  note='the next line, another pod: noise', kubelet='~1.22', fmt='klog-s', cls='noise'),
C(GPU280, r'''Nov 16 15:05:24 awz-master kubelet[1200]: I1116 15:05:24.821212    1200 reconciler.go:224] "operationExecutor.VerifyControllerAttachedVolume started for volume \"host-os-release\" (UniqueName: \"kubernetes.io/host-path/291cf176-e781-4236-8b89-8f4ff59b3352-host-os-release\") pod \"gpu-operator-5f8b7c4f59-pmmxh\" (UID: \"291cf176-e781-4236-8b89-8f4ff59b3352\") "''',
  None, 'gpu-operator-5f8b7c4f59-pmmxh', '291cf176-e781-4236-8b89-8f4ff59b3352', None, None,
  note="the next line, the operator pod's host-path volume: noise", kubelet='~1.22', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- turbaszek/keda-example#6 (Oct 2022, EKS with the Docker runtime): a pull that is refused
C(KEDA6, r'''  Normal   Scheduled  2m28s                default-scheduler  Successfully assigned default/dummy-547c69d8bf-7wcwh to xxxxx.internal''',
  'default', 'dummy-547c69d8bf-7wcwh', None, None, None,
  note="kubectl describe pod events (EKS, Oct 2022; 'Error response from daemon' means dockershim, so 1.23 or earlier). The scheduler's Scheduled row names default/<pod>; scheduling is not a kubelet reason", kubelet='~1.22', fmt='event', cls='noise'),
C(KEDA6, r'''  Normal   Pulling    49s (x4 over 2m27s)  kubelet            Pulling image "local/dummy"''',
  None, None, None, None, 'Pulling',
  note='Pulling image "local/dummy" (x4): the row names no pod', kubelet='~1.22', fmt='event', cls='pull'),
C(KEDA6, r'''  Warning  Failed     49s (x4 over 2m27s)  kubelet            Failed to pull image "local/dummy": rpc error: code = Unknown desc = Error response from daemon: pull access denied for local/dummy, repository does not exist or may require 'docker login': denied: requested access to the resource is denied''',
  None, None, None, None, 'ErrImagePull',
  note='Failed to pull image: the registry refuses (pull access denied, repository does not exist)', kubelet='~1.22', fmt='event', cls='pull'),
C(KEDA6, r'''  Warning  Failed     49s (x4 over 2m27s)  kubelet            Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull',
  note='Error: ErrImagePull', kubelet='~1.22', fmt='event', cls='pull'),
C(KEDA6, r'''  Warning  Failed     36s (x6 over 2m22s)  kubelet            Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note='Error: ImagePullBackOff', kubelet='~1.22', fmt='event', cls='pull'),
C(KEDA6, r'''  Normal   BackOff    22s (x7 over 2m22s)  kubelet            Back-off pulling image "local/dummy"''',
  None, None, None, None, 'ImagePullBackOff',
  note='BackOff: Back-off pulling image "local/dummy"', kubelet='~1.22', fmt='event', cls='pull'),
    ]
