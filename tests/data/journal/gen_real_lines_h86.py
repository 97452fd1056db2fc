# Hunt 86: a HELD-OUT set of real lines (issue 13 item 3), from GitHub threads opened 2023-2026 that the
# table did not cite before (each checked with grep in real_lines.jsonl and the gen_real_lines_*.py files):
# kubernetes/kubernetes#130432, #126314 and #119850, containerd/containerd#10848 and #11275,
# longhorn/longhorn#5471, kubernetes/website#47101, NVIDIA/nvidia-container-toolkit#1239,
# gpustack/gpustack#4130, kata-containers/kata-containers#12549. Same rules as gen_real_lines_h8.py: each
# line is copied exactly as its public source shows it (raw strings: backslashes are the line's own), with
# the source's URL, and each was seen twice (two different searches returning the same text). Whole runs
# where the thread pasted one (containerd's boot, a sandbox's teardown, a describe's events). Node-level
# lines are never attributed to a pod: ns, pod, uid and container are None for them. Expected fields are
# what an SRE reads in the line itself, not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
CD = "https://github.com/containerd/containerd/issues/"
WS = "https://github.com/kubernetes/website/issues/"
LH = "https://github.com/longhorn/longhorn/issues/5471"
NCT = "https://github.com/NVIDIA/nvidia-container-toolkit/issues/1239"
GS = "https://github.com/gpustack/gpustack/issues/4130"
KATA = "https://github.com/kata-containers/kata-containers/issues/12549"


def HUNT_H86(C):
    return [
C(K + "130432", r'''Feb 25 21:39:08 aks-userpool0-20459031-vmss000001 kubelet[3201]: I0225 21:39:08.414713    3201 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/resource-consume-5fb68775dc-6h58c" podStartSLOduration=-9223372021.440079 podStartE2EDuration="15.414697194s" podCreationTimestamp="2025-02-25 21:38:53 +0000 UTC" firstStartedPulling="2025-02-25 21:38:53.768832034 +0000 UTC m=+565.381681827" lastFinishedPulling="0001-01-01 00:00:00 +0000 UTC" observedRunningTime="2025-02-25 21:39:08.414602395 +0000 UTC m=+580.027452188" watchObservedRunningTime="2025-02-25 21:39:08.414697194 +0000 UTC m=+580.027546987"''',
  'default', 'resource-consume-5fb68775dc-6h58c', None, None, None,
  note='pod start-up latency thread (opened Feb 2025, AKS, serializeImagePulls=false): the start-up latency record with a negative SLO duration; it names the pod as ns/name, and is noise (it mentions pulling but is no pull event). The version is not in the pasted lines; Feb 2025 AKS with pod_startup_latency_tracker.go:104 puts the kubelet at about 1.31', kubelet='~1.31', fmt='klog-s', cls='noise', trap_for=['Pulling', 'Pulled', 'Started']),
C(CD + "10848", r'''Oct 17 13:46:12 containerd[40100]: time="2024-10-17T13:46:12.015594695Z" level=info msg="Start recovering state"''',
  None, None, None, None, None,
  note='containerd fails on start (opened Oct 2024): the CRI plugin begins recovering its state on boot; noise', fmt='containerd', cls='noise'),
C(CD + "10848", r'''Oct 17 13:46:12 containerd[40100]: time="2024-10-17T13:46:12.015677461Z" level=info msg=serving... address=/run/containerd/containerd.sock.ttrpc''',
  None, None, None, None, None,
  note='the next line: containerd serves its ttrpc socket; noise', fmt='containerd', cls='noise'),
C(CD + "10848", r'''Oct 17 13:46:12 containerd[40100]: time="2024-10-17T13:46:12.016081023Z" level=info msg=serving... address=/run/containerd/containerd.sock''',
  None, None, None, None, None,
  note='the next line: containerd serves its gRPC socket; noise', fmt='containerd', cls='noise'),
C(CD + "10848", r'''Oct 17 13:46:12 containerd[40100]: time="2024-10-17T13:46:12.062483416Z" level=fatal msg="Failed to run CRI service" error="failed to recover state: failed to get metadata for stored sandbox \"4ea7054a2b00694197040ac0c59ac2552624824adf3df31c292243992c72bfc9\": not found"''',
  None, None, None, None, 'RuntimeNotReady',
  note='the next line: the CRI service dies at start (level=fatal) because a stored sandbox has no metadata; containerd exits, so the node has no CRI runtime. The sandbox id names no pod', fmt='containerd', cls='node'),
C(LH, r'''  Normal   Scheduled           14m                  default-scheduler        Successfully assigned gitlab/gitlab-postgresql-0 to vik8scases-w-2''',
  'gitlab', 'gitlab-postgresql-0', None, None, None,
  note="kubectl describe pod gitlab-postgresql-0 -n gitlab (opened Mar 2023, Rancher + Longhorn): the scheduler's Scheduled row names the pod as ns/name; noise. 'timed out waiting for the condition' in the rows below is the pre-1.27 wording; the version is not stated", kubelet='~1.25', fmt='event', cls='noise'),
C(LH, r'''  Warning  FailedMount         10m                  kubelet                  Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[kube-api-access-g28wp custom-init-scripts postgresql-password dshm data]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="the next row: the kubelet's FailedMount event, volume data never mounted; the row itself names no pod (gitlab/gitlab-postgresql-0 from the command above it)", kubelet='~1.25', fmt='event', cls='volume'),
C(LH, r'''  Warning  FailedMount         7m49s                kubelet                  Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[postgresql-password dshm data kube-api-access-g28wp custom-init-scripts]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the next row, the same FailedMount', kubelet='~1.25', fmt='event', cls='volume'),
C(LH, r'''  Warning  FailedMount         5m34s                kubelet                  Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[dshm data kube-api-access-g28wp custom-init-scripts postgresql-password]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the next row, the same FailedMount', kubelet='~1.25', fmt='event', cls='volume'),
C(WS + "47101", r'''Jul 05 09:36:03 workervm containerd[629]: time="2024-07-05T09:36:03.990662077Z" level=info msg="loading plugin \"io.containerd.ttrpc.v1.pause\"..." runtime=io.containerd.runc.v2 type=io.containerd.ttrpc.v1''',
  None, None, None, None, None,
  note='Installing kubernetes 1.30 on Ubuntu 24.04 (opened Jul 2024), the containerd log of the worker: a plugin loads; noise', kubelet='1.30', fmt='containerd', cls='noise'),
C(WS + "47101", r'''Jul 05 09:36:04 workervm containerd[629]: time="2024-07-05T09:36:04.040179295Z" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-proxy-fmr82,Uid:7052a4f6-8659-402c-a2f6-a1e9142d64dc,Namespace:kube-system,Attempt:13,} returns sandbox id \"9984f1dcea9fd910955e8087674231b71ef305aa55deb0d0f20421b714b212fa\""''',
  'kube-system', 'kube-proxy-fmr82', '7052a4f6-8659-402c-a2f6-a1e9142d64dc', None, None,
  note='the next line: containerd returns the 13th sandbox of kube-proxy-fmr82; the PodSandboxMetadata names the pod, its uid and namespace. A runtime line, not start evidence: noise', kubelet='1.30', fmt='containerd', cls='noise', trap_for=['Started', 'FailedCreatePodSandBox']),
C(WS + "47101", r'''Jul 05 09:36:20 workervm containerd[629]: time="2024-07-05T09:36:20.280874843Z" level=info msg="StopPodSandbox for \"8bc01ca92468a1c29aa82a43b5ffa8fdf66f52c21eee796953eebac3d3681fe4\""''',
  None, None, None, None, None,
  note='the next line: an older sandbox is stopped; only a sandbox id, no pod; noise', kubelet='1.30', fmt='containerd', cls='noise', trap_for=['Killing']),
C(WS + "47101", r'''Jul 05 09:36:20 workervm containerd[629]: time="2024-07-05T09:36:20.280995312Z" level=info msg="TearDown network for sandbox \"8bc01ca92468a1c29aa82a43b5ffa8fdf66f52c21eee796953eebac3d3681fe4\" successfully"''',
  None, None, None, None, None,
  note='the next line: its network is torn down; noise', kubelet='1.30', fmt='containerd', cls='noise'),
C(WS + "47101", r'''Jul 05 09:36:20 workervm containerd[629]: time="2024-07-05T09:36:20.281017437Z" level=info msg="StopPodSandbox for \"8bc01ca92468a1c29aa82a43b5ffa8fdf66f52c21eee796953eebac3d3681fe4\" returns successfully"''',
  None, None, None, None, None,
  note='the next line: StopPodSandbox returns successfully; noise', kubelet='1.30', fmt='containerd', cls='noise'),
C(WS + "47101", r'''Jul 05 09:36:20 workervm containerd[629]: time="2024-07-05T09:36:20.281325752Z" level=info msg="RemovePodSandbox for \"8bc01ca92468a1c29aa82a43b5ffa8fdf66f52c21eee796953eebac3d3681fe4\""''',
  None, None, None, None, None,
  note='the next line: the sandbox is removed; noise', kubelet='1.30', fmt='containerd', cls='noise'),
C(NCT, r'''  Warning  Failed     10s (x2 over 10s)  kubelet            Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: could not apply required modification to OCI specification: error modifying OCI spec: failed to inject CDI devices: unresolvable CDI devices management.nvidia.com/gpu=GPU-e78e68c0-4e6a-737e-f9cc-4223fe50aead''',
  None, None, None, None, 'RunContainerError',
  note="kubectl describe pod event row (opened Aug 2025, RKE2 + GPU operator with CDI): the container's task could not be created because a CDI device is unresolvable; the Failed event with 'Error: failed to create containerd task' is the start failure (RunContainerError). The row names no pod; the version is not stated", fmt='event', cls='container'),
C(GS, r'''  Warning  Failed   7s    kubelet  Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: could not apply required modification to OCI specification: error modifying OCI spec: failed to inject CDI devices: unresolvable CDI devices management.nvidia.com/gpu=0: unknown''',
  None, None, None, None, 'RunContainerError',
  note="kubectl describe event row (opened Jan 2026, kubeadm + NVIDIA GPU operator): the vLLM pod shows StartError; 'Error: failed to create containerd task' is the start failure. The row names no pod", fmt='event', cls='container'),
C(KATA, r'''Feb 19 13:45:49 xi containerd[14192]: time="2026-02-19T13:45:49.346103748+01:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:cuda-vectoradd-kata,Uid:01cb0e4f-5f94-41b0-9f30-9ea2880db6dd,Namespace:default,Attempt:0,} failed, error" error="rpc error: code = Unknown desc = failed to start sandbox \"269c0f81d5698d68828a456bd95fff5456d0ef3979adedf572670011214c0010\": failed to create containerd task: failed to create shim task: device cold plug failed: cold plug: CDI device injection failed: CDI device injection failed: unresolvable CDI devices nvidia.com/pgpu=vfio1"''',
  'default', 'cuda-vectoradd-kata', '01cb0e4f-5f94-41b0-9f30-9ea2880db6dd', None, 'FailedCreatePodSandBox',
  note="kata cold-plug GPU thread (opened Feb 2026): containerd's RunPodSandbox fails (CDI device injection for the kata VM); the PodSandboxMetadata names the pod, uid and namespace", fmt='containerd', cls='sandbox'),
C(KATA, r'''Feb 19 13:45:49 xi kubelet[9136]: E0219 13:45:49.346352    9136 log.go:32] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to start sandbox \"269c0f81d5698d68828a456bd95fff5456d0ef3979adedf572670011214c0010\": failed to create containerd task: failed to create shim task: device cold plug failed: cold plug: CDI device injection failed: CDI device injection failed: unresolvable CDI devices nvidia.com/pgpu=vfio1"''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the next line: the kubelet's CRI client (log.go:32, 1.30 or later) reports the same RunPodSandbox failure; this line names no pod. Version not stated; by the date (Feb 2026) about 1.34", kubelet='~1.34', fmt='klog-s', cls='sandbox'),
C(K + "126314", r'''I0724 02:54:47.717008    3966 eviction_manager.go:251] "Eviction manager: synchronize housekeeping"''',
  None, None, None, None, None,
  note="CRI-O node e2e failure on master (opened Jul 2024, 1.31 development): the eviction manager's housekeeping tick; noise", kubelet='~1.31', fmt='klog-s', cls='noise', trap_for=['Evicted', 'ResourcePressure']),
C(K + "126314", r'''E0724 02:54:47.717138    3966 eviction_manager.go:257] "Eviction manager: failed to get HasDedicatedImageFs" err="failed to get container fs info: non-existent label \"crio-containers\""''',
  None, None, None, None, None,
  note='the next line: the eviction manager cannot tell whether the image filesystem is split (cAdvisor has no crio-containers label). A stats/config error, no resource pressure and no pod; none of the node problems fits, so None', kubelet='~1.31', fmt='klog-s', cls='noise', trap_for=['ResourcePressure', 'ImageGCFailed']),
C(K + "126314", r'''E0724 02:54:47.717191    3966 eviction_manager.go:212] "Eviction manager: failed to synchronize" err="eviction manager: failed to get HasDedicatedImageFs: failed to get container fs info: non-existent label \"crio-containers\""''',
  None, None, None, None, None,
  note="the next line: the same error as the failure of the eviction manager's sync; no pressure, no pod", kubelet='~1.31', fmt='klog-s', cls='noise', trap_for=['ResourcePressure', 'Evicted']),
C(K + "119850", r'''Aug 09 09:58:45 cloud-dev-44 kubelet[1851]: E0809 09:58:45.873380    1851 remote_runtime.go:302] "CreateContainer in sandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to create containerd container: CDI device injection failed: unresolvable CDI devices nvidia.com/net-sf=mlx5_core.sf.3" podSandboxID="5ce2a000bf64e9b7d9570a95e53718f9369376b866b22fbbeed22f8faca2c88b"''',
  None, None, None, None, 'CreateContainerError',
  note="DRA thread (opened Aug 2023): after a node reboot the DRA driver had not prepared the claim, so CreateContainer fails on an unresolvable CDI device. The reporter wrote '[1] - ' before the line (a footnote mark, left out). Only a sandbox id, no pod. remote_runtime.go:302 with kuberuntime_manager.go:1212 and DRA in Aug 2023: about 1.28", kubelet='~1.28', fmt='klog-s', cls='container'),
C(CD + "11275", r'''Jan 16 23:42:34 master-containerd200-e9004f0a8-1737068261 systemd[1]: Starting containerd.service - containerd container runtime...''',
  None, None, None, None, None,
  note='containerd 2.0.1+ freezes on first deploy (opened Jan 2025): systemctl status containerd shows systemd starting the unit; noise', fmt='containerd', cls='noise'),
C(CD + "11275", r'''Jan 16 23:42:34 master-containerd200-e9004f0a8-1737068261 systemd[1]: Started containerd.service - containerd container runtime.''',
  None, None, None, None, None,
  note='the next line: systemd reports the unit started; noise (the freeze shows in nothing the journal says)', fmt='containerd', cls='noise', trap_for=['RuntimeNotReady']),
    ]
