# Hunt 61 for the real-lines table (issue 13 item 3): a HELD-OUT set of kubelet, containerd-unit, CRI-O
# and kubectl-event lines from GitHub issues and pull requests opened in 2024-2026 (kubelet 1.28-1.35:
# kind, k0s, OpenShift kubenswrapper, EKS, GKE, Longhorn, gpu-operator, CRI-O), with the ordinary
# lines pasted around them, from threads the table did not cite before (each thread checked with
# grep -c against real_lines.jsonl and the gen_real_lines_*.py files: 0). Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings:
# backslashes and quotes are the line's own; a line that ends in ">" was cut there by journalctl's
# pager in the paste, as the thread shows it; the k0s lines are k0s's own supervisor wrapping of the
# kubelet's klog line), with the source's URL, and each was seen twice (two different searches
# returning the same text, or a search and a read_file). The kueue#8911 lines were read from a
# stored copy of that issue whose header names https://github.com/kubernetes-sigs/kueue/issues/8911.
# Expected fields are what an SRE reads in the line itself, not what podpulse outputs. Node-level
# lines name no pod. Conventions follow the table: "network is not ready" sync errors are node-level
# NetworkNotReady; an event row's "pod/<name>" gives the pod without namespace; a bare event message
# ("Failed to create pod sandbox: ...") names no pod.
# Held out when collected: scored against podpulse-r15 before any fix it may lead to.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

GH = "https://github.com/"
LH9424 = GH + "longhorn/longhorn/issues/9424"
K129294 = GH + "kubernetes/kubernetes/issues/129294"
MCO4326 = GH + "openshift/machine-config-operator/pull/4326"
CD12796 = GH + "containerd/containerd/issues/12796"
K0S5537 = GH + "k0sproject/k0s/issues/5537"
GO2168 = GH + "NVIDIA/gpu-operator/pull/2168"
EKS1597 = GH + "awslabs/amazon-eks-ami/issues/1597"
EKS2166 = GH + "awslabs/amazon-eks-ami/issues/2166"
KQ8911 = GH + "kubernetes-sigs/kueue/issues/8911"
CRIO8914 = GH + "cri-o/cri-o/issues/8914"

N129294 = ("kubeadm node whose CNI never came up (Dec 2024); kubelet.go:2902/2895 and the containerd "
           "'ContainerdHasNoDeprecationWarnings' condition put the kubelet at about 1.31-1.32")
NKQ = ("kind e2e flake (Jan 2026, kindest/node:v1.34.3 stated in the issue): the kueue controller's init "
       "container image secretreader-plugin:0.0.1 was never loaded on the manager cluster's worker, so the "
       "pull from the staging registry returned NotFound")
NCR = ("CRI-O 1.31 worker after an upgrade from CRI-O 1.29, Kubernetes 1.31 stated in the title (Jan 2025); "
       "the run creates kube-system/kube-proxy-dzl84's container (named on the line before, cut by the "
       "paste) and crun answers 'unknown version specified'")
NGO = ("kubectl get events rows pasted in the PR description (gpu-operator must-gather): the nvidia runtime "
       "handler was not configured in containerd yet; 'unable to get OCI runtime for sandbox' is containerd "
       "2.x wording. The rows carry no namespace column, so the pod comes without namespace")


def HUNT_H61(C):
    return [
# ---------------------------------------------------------------- longhorn/longhorn#9424 (Sep 2024)
C(LH9424, r'''Sep 09 16:47:11 risc-verse-k8sw-02 kubelet[3240779]: I0909 16:47:11.121692 3240779 operation_generator.go:622] "MountVolume.WaitForAttach entering for volume \"pvc-e43dde24-fb36-4b0d-b59e-e09c52d94015\" (UniqueName: \"kubernetes.io/csi/driver.longhorn.io^pvc-e43dde24-fb36-4b0d-b59e-e09c52d94015\") pod \"my-pod\" (UID: \"82b92b9e-b770-4122-b662-fd5824282e33\") DevicePath \"\"" pod="default/my-pod"''',
  'default', 'my-pod', '82b92b9e-b770-4122-b662-fd5824282e33', None, None,
  note="CSI volume attach step for the pod, routine (the failure, driver.longhorn.io not registered, comes on the next lines of the paste). The reporter states k8s v1.19.4, but this structured form with pod= is 1.21 or later, so the version is unknown", kubelet=None, fmt='klog-s', cls='noise'),
C(LH9424, r'''Sep 09 16:47:11 risc-verse-k8sw-02 kubelet[3240779]: I0909 16:47:11.124724 3240779 operation_generator.go:632] "MountVolume.WaitForAttach succeeded for volume \"pvc-e43dde24-fb36-4b0d-b59e-e09c52d94015\" (UniqueName: \"kubernetes.io/csi/driver.longhorn.io^pvc-e43dde24-fb36-4b0d-b59e-e09c52d94015\") pod \"my-pod\" (UID: \"82b92b9e-b770-4122-b662-fd5824282e33\") DevicePath \"csi-d92e28e3baf54e983b41251882fc605f20e1223b9d1e8186f27e802602fa7d06\"" pod="default/my-pod"''',
  'default', 'my-pod', '82b92b9e-b770-4122-b662-fd5824282e33', None, None,
  note="WaitForAttach succeeded: routine volume step; version as the line above", kubelet=None, fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- kubernetes/kubernetes#129294 (Dec 2024)
C(K129294, r'''E1219 05:56:59.337946   37131 kubelet.go:2902] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"''',
  None, None, None, None, 'NetworkNotReady',
  note=N129294 + "; the CNI plugin is not initialized", kubelet='~1.31', fmt='klog-s', cls='node'),
C(K129294, r'''I1219 05:56:59.440760   37131 kubelet.go:2895] "Container runtime status" status="Runtime Conditions: RuntimeReady=true reason: message:, NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized, ContainerdHasNoDeprecationWarnings=true reason: message:; Handlers: , Features: nil"''',
  None, None, None, None, 'NetworkNotReady',
  note=N129294 + "; the periodic runtime-status dump reports NetworkReady=false reason:NetworkPluginNotReady: the node's network is not ready", kubelet='~1.31', fmt='klog-s', cls='node'),
C(K129294, r'''E1219 05:56:59.440798   37131 kubelet.go:2902] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"''',
  None, None, None, None, 'NetworkNotReady',
  note=N129294 + "; repeat of the network-not-ready line", kubelet='~1.31', fmt='klog-s', cls='node'),
C(K129294, r'''I1219 05:56:59.542854   37131 kubelet.go:2895] "Container runtime status" status="Runtime Conditions: RuntimeReady=true reason: message:, NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized, ContainerdHasNoDeprecationWarnings=true reason: message:; Handlers: , Features: nil"''',
  None, None, None, None, 'NetworkNotReady',
  note=N129294 + "; repeat of the runtime-status dump", kubelet='~1.31', fmt='klog-s', cls='node'),
# ---------------------------------------------------------------- openshift/machine-config-operator#4326 (Apr 2024)
C(MCO4326, r'''Apr 24 06:25:49 master-0 kubenswrapper[21487]: E0424 06:25:49.785891   21487 kuberuntime_manager.go:1262] container &Container{Name:keepalived-monitor,Image:registry.build03.ci.openshift.org/ci-ln-ydcj9w2/stable@sha256:812339cfaa9b57e93f0694b4a6276cc72b46c200598e88264810b51c90d7bf29,Command:[/bin/bash -c #/bin/bash''',
  None, None, None, 'keepalived-monitor', None,
  note="kubenswrapper (OpenShift 4.16, kubelet 1.29): first journal line of a multi-line container start-failure message; the container spec dump is cut by a newline inside the command, so the line names the container (Name:keepalived-monitor) but neither the pod nor the cause (a missing 'logging' config map key on later lines). Look-alike: a spec dump is not a failure reason by itself", kubelet='~1.29', fmt='klog', cls='spec-dump', trap_for='CreateContainerConfigError'),
C(MCO4326, r'''Apr 24 06:25:49 master-0 kubenswrapper[21487]: dynkeepalived /var/lib/kubelet/kubeconfig /config/keepalived.conf.tmpl /etc/keepalived/keepalived.conf --api-vips "${api_vips}" --ingress-vips "${ingress_vips}"''',
  None, None, None, None, None,
  note="continuation line of the same spec dump (the container's shell command): noise", kubelet='~1.29', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- containerd/containerd#12796 (Jan 2026)
C(CD12796, r'''Warning  FailedCreatePodSandBox           2s                kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to start sandbox "082b907de151d7fc02eed9c6908d687b3988165bd57a222837eae9bdf0eec9f4": failed to create containerd container: error unpacking image: apply layer error for "europe-west4-artifactregistry.gcr.io/gke-release/gke-release/pause:3.8@sha256:880e63f94b145e46f1b1082bb71b85e21f16b99b180b9996407d61240ceb9830": failed to extract layer sha256:780b0a606b52e6eaa01eb417e73bf0aa427ecbca40e44a5337d5a817bbe96e8c: failed to mount /var/lib/containerd/tmpmounts/containerd-mount3763893285: mount source: "overlay", target: "/var/lib/containerd/tmpmounts/containerd-mount3763893285", fstype: format/mkdir/overlay, flags: 0, data: "workdir=/var/lib/containerd/io.containerd.snapshotter.v1.erofs/snapshots/1491/work,upperdir=/var/lib/containerd/io.containerd.snapshotter.v1.erofs/snapshots/1491/fs,lowerdir={{ mount 0 }}", err: no such device''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="kubectl describe event row (GKE node, containerd built from main with the erofs snapshotter): the pause image layer could not be mounted; the row names no pod. GKE version not stated", kubelet=None, fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- k0sproject/k0s#5537 (Feb 2025)
C(K0S5537, r'''Feb 06 17:28:26 worker-1 k0s[2000]: time="2025-02-06 17:28:26" level=info msg="E0206 17:28:26.412137    2066 pod_workers.go:1301] \"Error syncing pod, skipping\" err=\"network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized\" pod=\"kube-system/konnectivity-agent-vt469\" podUID=\"b34056a8-6f6b-4905-8aeb-3b0357a48851\"" component=kubelet stream=stderr''',
  None, None, None, None, 'NetworkNotReady',
  note="k0s worker (netbooted, NFS root): k0s wraps the kubelet's klog line in its own logrus line; the pod sync fails only because the CNI is not initialized, which the table reads as node-level NetworkNotReady (no pod attributed). pod_workers.go:1301: about 1.31-1.32", kubelet='~1.31', fmt='klog-s', cls='node'),
C(K0S5537, r'''Feb 06 17:28:28 worker-1 k0s[2000]: time="2025-02-06 17:28:28" level=info msg="E0206 17:28:28.411545    2066 pod_workers.go:1301] \"Error syncing pod, skipping\" err=\"network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized\" pod=\"kube-system/konnectivity-agent-vt469\" podUID=\"b34056a8-6f6b-4905-8aeb-3b0357a48851\"" component=kubelet stream=stderr''',
  None, None, None, None, 'NetworkNotReady',
  note="repeat of the line above two seconds later", kubelet='~1.31', fmt='klog-s', cls='node'),
# ---------------------------------------------------------------- NVIDIA/gpu-operator#2168
C(GO2168, r'''2m55s       Warning   FailedCreatePodSandBox   pod/nvidia-dcgm-exporter-qd6vj                 Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "a5b1e58fbff7a57c494bf8d022252ba7d195fe4cb86134584bdf8045198d03ad": no runtime for "nvidia" is configured''',
  None, 'nvidia-dcgm-exporter-qd6vj', None, None, 'FailedCreatePodSandBox',
  note=NGO, kubelet=None, fmt='event', cls='sandbox'),
C(GO2168, r'''2m52s       Warning   FailedCreatePodSandBox   pod/gpu-feature-discovery-bptk4                Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "2cdc7fa02cb3cceaca8bbe66ae2e1296380cce749848dca9733fe225ac87d5ec": no runtime for "nvidia" is configured''',
  None, 'gpu-feature-discovery-bptk4', None, None, 'FailedCreatePodSandBox',
  note=NGO, kubelet=None, fmt='event', cls='sandbox'),
C(GO2168, r'''2m52s       Warning   FailedCreatePodSandBox   pod/nvidia-mig-manager-nzmhb                   Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "06335bc09cd5c1047f70fdf5f82ecf5ac09a1ddf0e17e889512ecb2f5283f4e5": no runtime for "nvidia" is configured''',
  None, 'nvidia-mig-manager-nzmhb', None, None, 'FailedCreatePodSandBox',
  note=NGO, kubelet=None, fmt='event', cls='sandbox'),
C(GO2168, r'''2m52s       Warning   FailedCreatePodSandBox   pod/nvidia-operator-validator-l4754            Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "643fcb4a00d2aace8b59daaec3e2a618e685adc6bb0d19303ff3dfe7b2071af2": no runtime for "nvidia" is configured''',
  None, 'nvidia-operator-validator-l4754', None, None, 'FailedCreatePodSandBox',
  note=NGO, kubelet=None, fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- awslabs/amazon-eks-ami#1597 (Jan 2024), #2166 (Mar 2025)
C(EKS1597, r'''Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "602401143452.dkr.ecr.eu-west-2.amazonaws.com/eks/pause:3.5": failed to pull image "602401143452.dkr.ecr.eu-west-2.amazonaws.com/eks/pause:3.5": failed to pull and unpack image "602401143452.dkr.ecr.eu-west-2.amazonaws.com/eks/pause:3.5": failed to resolve reference "602401143452.dkr.ecr.eu-west-2.amazonaws.com/eks/pause:3.5": unexpected status from HEAD request to https://602401143452.dkr.ecr.eu-west-2.amazonaws.com/v2/eks/pause/manifests/3.5: 401 Unauthorized''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="event message pasted alone (AMI amazon-eks-node-1.29-v20240117): the kubelet garbage-collected the pause image and containerd could not re-pull it from ECR (401); the message names no pod", kubelet='1.29', fmt='event', cls='sandbox'),
C(EKS2166, r'''Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/pause:3.5": failed to pull image "602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/pause:3.5": failed to pull and unpack image "602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/pause:3.5": failed to resolve reference "602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/pause:3.5": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="same failure on AMI 1.30-v20241024 (title), ECR answering 'no basic auth credentials'; the message names no pod", kubelet='1.30', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- kubernetes-sigs/kueue#8911 (Jan 2026): a whole run
C(KQ8911, r'''Jan 30 11:28:54 kind-manager-worker kubelet[222]: E0130 11:28:54.293617     222 log.go:32] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": failed to resolve reference \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1: not found" image="us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1"''',
  None, None, None, None, 'ErrImagePull',
  note=NKQ + "; the CRI pull failure names the image only", kubelet='1.34', fmt='klog-s', cls='image'),
C(KQ8911, r'''Jan 30 11:28:54 kind-manager-worker kubelet[222]: E0130 11:28:54.293688     222 kuberuntime_image.go:43] "Failed to pull image" err="rpc error: code = NotFound desc = failed to pull and unpack image \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": failed to resolve reference \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1: not found" image="us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1"''',
  None, None, None, None, 'ErrImagePull',
  note=NKQ + "; the image manager's 'Failed to pull image' names no pod in this version", kubelet='1.34', fmt='klog-s', cls='image'),
C(KQ8911, r'''Jan 30 11:28:54 kind-manager-worker kubelet[222]: E0130 11:28:54.293808     222 kuberuntime_manager.go:1449] "Unhandled Error" err="init container secretreader-plugin-init start failed in pod kueue-controller-manager-8494d6795b-8vqfm_kueue-system(c8c87ab9-e13d-4ae4-8578-8092cce568ab): ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": failed to resolve reference \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1: not found" logger="UnhandledError"''',
  'kueue-system', 'kueue-controller-manager-8494d6795b-8vqfm', 'c8c87ab9-e13d-4ae4-8578-8092cce568ab', 'secretreader-plugin-init', 'ErrImagePull',
  note=NKQ + "; 'Unhandled Error' init container start failed in pod name_ns(uid): ErrImagePull", kubelet='1.34', fmt='klog-s', cls='image'),
C(KQ8911, r'''Jan 30 11:28:54 kind-manager-worker kubelet[222]: E0130 11:28:54.293852     222 pod_workers.go:1324] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"secretreader-plugin-init\" with ErrImagePull: \"rpc error: code = NotFound desc = failed to pull and unpack image \\\"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\\\": failed to resolve reference \\\"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\\\": us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1: not found\"" pod="kueue-system/kueue-controller-manager-8494d6795b-8vqfm" podUID="c8c87ab9-e13d-4ae4-8578-8092cce568ab"''',
  'kueue-system', 'kueue-controller-manager-8494d6795b-8vqfm', 'c8c87ab9-e13d-4ae4-8578-8092cce568ab', 'secretreader-plugin-init', 'ErrImagePull',
  note=NKQ + "; the pod worker's sync error for the init container", kubelet='1.34', fmt='klog-s', cls='image'),
C(KQ8911, r'''Jan 30 11:28:54 kind-manager-worker kubelet[222]: I0130 11:28:54.293920     222 event.go:389] "Event occurred" object="kueue-system/kueue-controller-manager-8494d6795b-8vqfm" fieldPath="spec.initContainers{secretreader-plugin-init}" kind="Pod" apiVersion="v1" type="Warning" reason="Failed" message="Failed to pull image \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": rpc error: code = NotFound desc = failed to pull and unpack image \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": failed to resolve reference \"us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1\": us-central1-docker.pkg.dev/k8s-staging-images/kueue/secretreader-plugin:0.0.1: not found"''',
  'kueue-system', 'kueue-controller-manager-8494d6795b-8vqfm', None, 'secretreader-plugin-init', 'ErrImagePull',
  note=NKQ + "; the Failed event logged by the kubelet (reason Failed, message 'Failed to pull image')", kubelet='1.34', fmt='klog-s', cls='image'),
C(KQ8911, r'''Jan 30 11:28:54 kind-manager-worker kubelet[222]: I0130 11:28:54.293976     222 event.go:389] "Event occurred" object="kueue-system/kueue-controller-manager-8494d6795b-8vqfm" fieldPath="spec.initContainers{secretreader-plugin-init}" kind="Pod" apiVersion="v1" type="Warning" reason="Failed" message="Error: ErrImagePull"''',
  'kueue-system', 'kueue-controller-manager-8494d6795b-8vqfm', None, 'secretreader-plugin-init', 'ErrImagePull',
  note=NKQ + "; the Failed event 'Error: ErrImagePull'", kubelet='1.34', fmt='klog-s', cls='image'),
# ---------------------------------------------------------------- cri-o/cri-o#8914 (Jan 2025): CRI-O unit run
C(CRIO8914, r'''Jan 17 10:43:23 itfopay-uat-worker4 crio[396437]: time="2025-01-17 10:43:23.027843460+05:30" level=info msg="Allowed annotations are specified for workload [io.containers.trace-syscall]"''',
  None, None, None, None, None,
  note=NCR + "; CRI-O's allowed-annotations notice: noise", kubelet='1.31', fmt='crio', cls='noise'),
C(CRIO8914, r'''Jan 17 10:43:23 itfopay-uat-worker4 crio[396437]: time="2025-01-17 10:43:23.106901293+05:30" level=info msg="Allowed annotations are specified for workload [io.containers.trace-syscall]"''',
  None, None, None, None, None,
  note=NCR + "; noise", kubelet='1.31', fmt='crio', cls='noise'),
C(CRIO8914, r'''Jan 17 10:43:23 itfopay-uat-worker4 crio[396437]: time="2025-01-17 10:43:23.114223568+05:30" level=info msg="Allowed annotations are specified for workload [io.containers.trace-syscall]"''',
  None, None, None, None, None,
  note=NCR + "; noise", kubelet='1.31', fmt='crio', cls='noise'),
C(CRIO8914, r'''Jan 17 10:43:23 itfopay-uat-worker4 crio[396437]: time="2025-01-17 10:43:23.199889641+05:30" level=error msg="Container creation error: unknown version specified\n" id=03df7ae7-2ed0-4035-908b-ac8ae2c4efeb name=/runtime.v1.RuntimeService>''',
  None, None, None, None, 'CreateContainerError',
  note=NCR + "; the runtime's container creation failed (the kubelet reports it as CreateContainerError); this line names no pod, only the request id", kubelet='1.31', fmt='crio', cls='create'),
C(CRIO8914, r'''Jan 17 10:43:23 itfopay-uat-worker4 crio[396437]: time="2025-01-17 10:43:23.219072349+05:30" level=info msg="createCtr: deleting container ID df6d75fe2d762bfca350ad301e03ab244e50d2b8fed0fc18c39f7fb35b880373 from idIndex" id=03df7ae7-2ed>''',
  None, None, None, None, None,
  note=NCR + "; cleanup of the failed container's id: noise", kubelet='1.31', fmt='crio', cls='noise'),
    ]
