# Hunt 23, a HELD-OUT set for issue 13 (item 4: pod+reason on real lines the team has not seen): kubelet and
# runtime lines from GPU / device-plugin threads (NVIDIA/k8s-device-plugin, NVIDIA/kubevirt-gpu-device-plugin,
# Project-HAMi/HAMi), Windows nodes (kubernetes-sigs/sig-windows-tools, microsoft/SDN, kubernetes#88942),
# ARM / Raspberry Pi clusters (k3s on a Pi 4, kuard on a Pi cluster) and kubeadm init/join failures
# (kubernetes/kubeadm, kubernetes/website). None of these threads was cited by real_lines.jsonl or by any
# gen_real_lines_*.py when this file was written. Same rules as gen_real_lines_h8.py: each line is copied exactly
# as its public source shows it (raw strings: backslashes are the line's own, e.g. Go's quoted Windows paths
# "C:\\var\\..."; the leading spaces of kubectl-describe Events rows are the rows' own; the 4-space indent of
# kubeadm#809's lines is the thread's own markdown code indent, kept as shown), with the source's URL, and
# each was seen twice (two different searches returning the same text). Lines are whole runs where the thread
# pastes a run (noise included); a line that appears twice in a run is kept once. Expected fields are what an
# SRE reads in the line itself, not what podpulse outputs; node-level lines name no pod.
#
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)
# Imported by gen_real_lines.py after it was scored: the build after the fourth round's fixes named pod+reason right on 53 of 60; the misses were fixed after
# the scoring, and rows relabelled after it say so in their notes.

GH = "https://github.com/"
SWT171 = GH + "kubernetes-sigs/sig-windows-tools/issues/171"
SWT76 = GH + "kubernetes-sigs/sig-windows-tools/issues/76"
K88942 = GH + "kubernetes/kubernetes/issues/88942"
SDN298 = GH + "microsoft/SDN/issues/298"
KA1788 = GH + "kubernetes/kubeadm/issues/1788"
KA217 = GH + "kubernetes/kubeadm/issues/217"
KA809 = GH + "kubernetes/kubeadm/issues/809"
WEB46015 = GH + "kubernetes/website/issues/46015"
DP178 = GH + "NVIDIA/k8s-device-plugin/issues/178"
KVGPU49 = GH + "NVIDIA/kubevirt-gpu-device-plugin/issues/49"
HAMI39 = GH + "Project-HAMi/HAMi/issues/39"
KUARD34 = GH + "kubernetes-up-and-running/kuard/issues/34"
K3S3389 = GH + "k3s-io/k3s/issues/3389"


def HUNT_H23(C):
    return [
# ---------------------------------------------------------------- Windows worker, structured klog (sig-windows-tools#171)
C(SWT171, r'''E0928 04:08:54.794427    5228 file.go:104] "Unable to read config path" err="path does not exist, ignoring" path="C:\\var\\lib\\kubelet\\etc\\kubernetes\\manifests"''',
  None, None, None, None, None,
  note="kubelet.exe on a Windows worker (dockershim over //./pipe/dockershim, Sep 2021): the static-pod directory does not exist on Windows and the kubelet ignores it; noise. Structured klog with dockershim and fake_topology_manager: about 1.21", kubelet='~1.21', fmt='klog-s', cls='noise'),
C(SWT171, r'''I0928 04:09:05.238013    5228 fake_topology_manager.go:47] "RemoveContainer" containerID="4c4dcb63d83f2f45c18ef9258e1515d13ad8f0c18e145d1964d7e1a84d4c6b70"''',
  None, None, None, None, None,
  note="the next line: a dead container is removed (Windows' fake topology manager logs it); routine, names no pod", kubelet='~1.21', fmt='klog-s', cls='noise'),
C(SWT171, r'''E0928 04:09:05.238013    5228 pod_workers.go:190] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"kube-flannel\" with CrashLoopBackOff: \"back-off 40s restarting failed container=kube-flannel pod=kube-flannel-ds-windows-amd64-swxxp_kube-system(4bc75127-8acf-4ff5-9540-a1407ccda2b9)\"" pod="kube-system/kube-flannel-ds-windows-amd64-swxxp" podUID=4bc75127-8acf-4ff5-9540-a1407ccda2b9''',
  'kube-system', 'kube-flannel-ds-windows-amd64-swxxp', '4bc75127-8acf-4ff5-9540-a1407ccda2b9', 'kube-flannel', 'CrashLoopBackOff',
  note="the next line: the Windows flannel DaemonSet pod's kube-flannel container in back-off (40s); the reporter's 'all pods restarting' symptom", kubelet='~1.21', fmt='klog-s', cls='crashloop'),
C(SWT171, r'''E0928 04:09:14.784747    5228 file.go:104] "Unable to read config path" err="path does not exist, ignoring" path="C:\\var\\lib\\kubelet\\etc\\kubernetes\\manifests"''',
  None, None, None, None, None,
  note="the next line: the same static-pod path poll, 20 s later; noise", kubelet='~1.21', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- Windows worker joining, kubelet.exe log (sig-windows-tools#76)
C(SWT76, r'''E0503 13:38:35.969115    5324 server.go:754] kubelet needs to run as uid `0`. It is being run as -1''',
  None, None, None, None, None,
  note="kubelet.exe log of a Windows worker that cannot get kube-proxy running (May 2020, 'Built with gc go1.13.9': kubelet 1.18): the uid check, always logged on Windows and harmless there", kubelet='~1.18', fmt='klog', cls='noise'),
C(SWT76, r'''E0503 13:38:36.024877    5324 file.go:98] Unable to read config path "C:\\var\\lib\\kubelet\\etc\\kubernetes\\manifests": path does not exist, ignoring''',
  None, None, None, None, None,
  note="the unstructured form of the static-pod path poll; ignored by the kubelet itself", kubelet='~1.18', fmt='klog', cls='noise'),
C(SWT76, r'''E0503 13:38:42.519909    5324 processstarttime.go:43] Could not get process start time, could not read /proc: CreateFile /proc: The system cannot find the file specified.''',
  None, None, None, None, None,
  note="the process-start-time metric finds no /proc on Windows; noise", kubelet='~1.18', fmt='klog', cls='noise'),
C(SWT76, r'''E0503 13:38:42.526895    5324 kubelet.go:1845] skipping pod synchronization - [container runtime status check may not have completed yet, PLEG is not healthy: pleg has yet to be successful]''',
  None, None, None, None, 'PlegNotHealthy',
  note="the next line: the start-up form naming both causes; the table reads that two-cause form as PlegNotHealthy (the runtime-only form is RuntimeNotReady). Node-level", kubelet='~1.18', fmt='klog', cls='node'),
C(SWT76, r'''E0503 13:38:42.533896    5324 controller.go:228] failed to get node "w1" when trying to set owner ref to the node lease: nodes "w1" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="the next line: the node-lease controller cannot get its own Node object (not registered yet). The table reads the kubelet's other 'my node not found' lines ('Error getting node … not found', 'Error updating node status … nodes \"x\" not found') as NodeStatusUpdateFailed; node-level, no pod", kubelet='~1.18', fmt='klog', cls='node'),
# ---------------------------------------------------------------- Windows worker, kubelet.exe log file (kubernetes#88942)
C(K88942, r'''Log file created at: 2020/03/07 18:34:35''',
  None, None, None, None, None,
  note="the glog file header of kubelet.exe on a Windows 1909 worker that cannot start pods (Mar 2020, 'Built with gc go1.13.6': kubelet about 1.17); not a log line", kubelet='~1.17', fmt='klog', cls='noise'),
C(K88942, r'''Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg''',
  None, None, None, None, None,
  note="the header's format legend (two lines below): looks like a klog line, is none", kubelet='~1.17', fmt='klog', cls='noise'),
C(K88942, r'''E0307 18:34:35.928699    4216 perfcounter_nodestats.go:171] Unable to get cpu perf counter data; err: unable to collect data from counter. Error code is 800007d6''',
  None, None, None, None, None,
  note="the first log line: Windows perf-counter stats not ready yet at start; noise", kubelet='~1.17', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- Windows worker, HNS endpoint clash (microsoft/SDN#298)
C(SDN298, r'''E0108 12:08:51.760198     540 server.go:731] Kubelet needs to run as uid `0`. It is being run as -1''',
  None, None, None, None, None,
  note="kubelet.exe log on Windows Server Core 1809 (Jan 2019, 'Built with gc go1.10.4': kubelet 1.12), the older capitalised wording of the uid check; harmless on Windows", kubelet='~1.12', fmt='klog', cls='noise'),
C(SDN298, r'''E0108 12:10:34.923890     540 docker_sandbox.go:688] ResolvConfPath is empty.''',
  None, None, None, None, None,
  note="the next line: dockershim on Windows has no resolv.conf path for the sandbox; logged for every Windows sandbox, noise", kubelet='~1.12', fmt='klog', cls='noise'),
C(SDN298, r'''E0108 12:10:35.561080     540 cni.go:310] Error adding network: error while ProvisionEndpoint(8ef4df26e9eda04371317603867f4074a0dd6146da7d390562dbf858abf3969e_cbr0,01FA9118-E56D-4D85-AE5A-86517EFDAA18,8ef4df26e9eda04371317603867f4074a0dd6146da7d390562dbf858abf3969e): failed to create the new HNSEndpoint: hnsCall failed in Win32: The object already exists. (0x1392)''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the next line: the CNI (win-bridge, cbr0) cannot create the sandbox's HNS endpoint, so the pod sandbox's network setup fails; only the sandbox id is named, no pod", kubelet='~1.12', fmt='klog', cls='sandbox'),
C(SDN298, r'''E0108 12:10:35.561080     540 cni.go:278] Error while adding to cni network: error while ProvisionEndpoint(8ef4df26e9eda04371317603867f4074a0dd6146da7d390562dbf858abf3969e_cbr0,01FA9118-E56D-4D85-AE5A-86517EFDAA18,8ef4df26e9eda04371317603867f4074a0dd6146da7d390562dbf858abf3969e): failed to create the new HNSEndpoint: hnsCall failed in Win32: The object already exists. (0x1392)''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the next line: the same failure one level up in the kubelet's CNI plugin; no pod named", kubelet='~1.12', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kubeadm init, kubelet exits on cgroups (kubeadm#1788)
C(KA1788, r'''Sep 11 09:29:15 ip-10-247-239-16.awscloud.cms.local kubelet[4756]: Flag --cgroup-driver has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/task''',
  None, None, None, None, None,
  note="journalctl output cut at the terminal width (Sep 2019, kubelet v1.15.3 as a following line states): a flag deprecation warning, noise", kubelet='1.15', fmt='klog', cls='noise'),
C(KA1788, r'''Sep 11 09:29:15 ip-10-247-239-16.awscloud.cms.local kubelet[4756]: I0911 09:29:15.655661    4756 server.go:425] Version: v1.15.3''',
  None, None, None, None, None, note="start-up banner", kubelet='1.15', fmt='klog', cls='noise'),
C(KA1788, r'''Sep 11 09:29:15 ip-10-247-239-16.awscloud.cms.local kubelet[4756]: I0911 09:29:15.658147    4756 certificate_store.go:129] Loading cert/key pair from "/var/lib/kubelet/pki/kubelet-client-current.pem".''',
  None, None, None, None, None,
  note="start-up noise: the client certificate loads; not a certificate error", kubelet='1.15', fmt='klog', cls='node-trap', trap_for='CertificateError'),
C(KA1788, r'''Sep 11 09:29:15 ip-10-247-239-16.awscloud.cms.local kubelet[4756]: F0911 09:29:15.666275    4756 server.go:273] failed to run Kubelet: failed to get the kubelet's cgroup: cpu and memory cgroup hierarchy not unified.  cpu: /, memory: /s''',
  None, None, None, None, 'KubeletStartFailed',
  note="the fatal line (cut at the terminal width): the kubelet exits because its cpu and memory cgroups differ; kubeadm init then times out", kubelet='1.15', fmt='klog', cls='node'),
# ---------------------------------------------------------------- kubeadm join, kubelet cannot bootstrap (kubeadm#217)
C(KA217, r'''9月 05 13:51:55 m1 kubelet[2836]: Flag --api-servers has been deprecated, Use --kubeconfig instead. Will be removed in a future version.''',
  None, None, None, None, None,
  note="journalctl under a Chinese locale ('9月' for September, Sep 2017); a deprecation warning, noise. --api-servers and feature_gate.go:144: kubelet about 1.7", kubelet='~1.7', fmt='klog', cls='noise'),
C(KA217, r'''9月 05 13:51:55 m1 kubelet[2836]: I0905 13:51:55.154786    2836 feature_gate.go:144] feature gates: map[]''',
  None, None, None, None, None, note="the next line, start-up noise", kubelet='~1.7', fmt='klog', cls='noise'),
C(KA217, r'''9月 05 13:51:55 m1 kubelet[2836]: error: failed to run Kubelet: cannot create certificate signing request: User "system:anonymous" cannot create certificatesigningrequests.certificates.k8s.io at the cluster scope. (''',
  None, None, None, None, 'KubeletStartFailed',
  note="the next line (cut by the reporter's terminal): the kubelet exits at start because its bootstrap CSR is refused (the table reads 'failed to run Kubelet: cannot create certificate signing request' as KubeletStartFailed; the cause is an RBAC/auth one)", kubelet='~1.7', fmt='other', cls='node'),
C(KA217, r'''9月 05 13:51:55 m1 systemd[1]: kubelet.service: main process exited, code=exited, status=1/FAILURE''',
  None, None, None, None, 'KubeletStartFailed',
  note="systemd (older, lower-case wording): the kubelet's unit exits with an error", kubelet='~1.7', fmt='other', cls='node'),
C(KA217, r'''9月 05 13:51:55 m1 systemd[1]: Unit kubelet.service entered failed state.''',
  None, None, None, None, 'KubeletStartFailed',
  note="systemd: the same failure as the unit's state (older systemd wording of 'Failed with result')", kubelet='~1.7', fmt='other', cls='node'),
C(KA217, r'''9月 05 13:51:55 m1 systemd[1]: kubelet.service failed.''',
  None, None, None, None, 'KubeletStartFailed',
  note="systemd: the unit failed", kubelet='~1.7', fmt='other', cls='node'),
C(KA217, r'''9月 05 13:51:55 m1 systemd[1]: kubelet.service holdoff time over, scheduling restart.''',
  None, None, None, None, 'KubeletStartFailed',
  note="systemd restarts the failed kubelet (older wording of 'Scheduled restart job'): the unit is crash-looping", kubelet='~1.7', fmt='other', cls='node'),
C(KA217, r'''9月 05 13:51:55 m1 systemd[1]: Started Kubernetes Kubelet Server.''',
  None, None, None, None, None,
  note="systemd starts the kubelet again: a start, not a failure", kubelet='~1.7', fmt='other', cls='node-trap', trap_for='KubeletStartFailed'),
# ---------------------------------------------------------------- kubeadm join, worker's kubelet start (kubeadm#809)
C(KA809, r'''    May 14 12:15:33 vm1 kubelet[17678]: W0514 12:15:33.715964   17678 cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note="a joining worker's kubelet (v1.10.1, as the lines below state), before it exits for an Unauthorized CSR; no CNI config yet (the table reads this as NetworkNotReady). The 4-space indent is the thread's markdown code indent", kubelet='1.10', fmt='klog', cls='node'),
C(KA809, r'''    May 14 12:15:33 vm1 kubelet[17678]: W0514 12:15:33.738398   17678 hostport_manager.go:68] The binary conntrack is not installed, this can cause failures in network connection cleanup.''',
  None, None, None, None, None,
  note="the next line: a missing conntrack binary warned about at start; noise", kubelet='1.10', fmt='klog', cls='noise'),
C(KA809, r'''    May 14 12:15:33 vm1 kubelet[17678]: I0514 12:15:33.738669   17678 server.go:376] Version: v1.10.1''',
  None, None, None, None, None, note="the next line, start-up banner", kubelet='1.10', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubeadm init, no registry access (kubernetes/website#46015)
C(WEB46015, r'''May 07 14:01:53 kube-woker-node-1 kubelet[2149]: E0507 14:01:53.994153    2149 eviction_manager.go:282] "Eviction manager: failed to get summary stats" err="failed to get node info: node \"kube-woker-node-1\" not found"''',
  None, None, None, None, None,
  note="tail of 'journalctl -xeu kubelet' during a failing kubeadm init (May 2024; pause:3.9 and kuberuntime_manager.go:1166 put the kubelet at about 1.28): the eviction manager has no node yet; the table reads this start-up line as noise", kubelet='~1.28', fmt='klog-s', cls='node-trap', trap_for='ResourcePressure'),
C(WEB46015, r'''May 07 14:01:54 kube-woker-node-1 kubelet[2149]: E0507 14:01:54.654737    2149 controller.go:145] "Failed to ensure lease exists, will retry" err="Get \"https://192.168.2.233:6443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/kube-woker-node-1?timeout=10s\": dial tcp 192.168.2.233:6443: connect: connection refused" interval="7s"''',
  None, None, None, None, 'ApiServerUnreachable',
  note="the next line: the node lease cannot be renewed because the API server (not up yet) refuses the connection", kubelet='~1.28', fmt='klog-s', cls='node'),
C(WEB46015, r'''May 07 14:01:54 kube-woker-node-1 kubelet[2149]: E0507 14:01:54.795181    2149 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = DeadlineExceeded desc = failed to get sandbox image \"registry.k8s.io/pause:3.9\": failed to pull image \"registry.k8s.io/pause:3.9\": failed to pull and unpack image \"registry.k8s.io/pause:3.9\": failed to resolve reference \"registry.k8s.io/pause:3.9\": failed to do request: Head \"https://us-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/pause/manifests/3.9\": dial tcp 142.251.170.82:443: i/o timeout"''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the next line: no sandbox because containerd cannot pull the pause image (registry i/o timeout); the line names no pod (the next one, cut in the thread, does)", kubelet='~1.28', fmt='klog-s', cls='sandbox'),
# ---------------------------------------------------------------- GPU node, the NVIDIA device plugin registers (k8s-device-plugin#178)
C(DP178, r'''Jun 01 11:41:24 fabricnode1 kubelet[11402]: I0601 11:41:24.847218   11402 plugin_manager.go:114] Starting Kubelet Plugin Manager''',
  None, None, None, None, None,
  note="kubelet journal of a GPU node while the NVIDIA device plugin registers (Jun 2020; plugin_manager.go and reconciler.go:224: kubelet about 1.18); start-up noise", kubelet='~1.18', fmt='klog', cls='noise'),
C(DP178, r'''Jun 01 11:41:24 fabricnode1 kubelet[11402]: I0601 11:41:24.847969   11402 manager.go:411] Got registration request from device plugin with resource name "nvidia.com/gpu"''',
  None, None, None, None, None,
  note="the next line: the device plugin registers nvidia.com/gpu; success, noise", kubelet='~1.18', fmt='klog', cls='noise'),
C(DP178, r'''Jun 01 11:41:25 fabricnode1 kubelet[11402]: I0601 11:41:25.075834   11402 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "host-local-net-dir" (UniqueName: "kubernetes.io/host-path/b66b63b7-5bad-4f35-9a84-187eeba03104-host-local-net-dir") pod "calico-node-rtwq9" (UID: "b66b63b7-5bad-4f35-9a84-187eeba03104")''',
  None, 'calico-node-rtwq9', 'b66b63b7-5bad-4f35-9a84-187eeba03104', None, None,
  note="a second later: the volume reconciler starts a pod's volumes; names the pod and its uid (no namespace), routine, no reason", kubelet='~1.18', fmt='klog', cls='noise'),
C(DP178, r'''Jun 01 11:41:25 fabricnode1 kubelet[11402]: I0601 11:41:25.075852   11402 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "kube-proxy" (UniqueName: "kubernetes.io/configmap/679c28eb-80ce-4bc3-aaba-9e6db839417a-kube-proxy") pod "kube-proxy-btwvv" (UID: "679c28eb-80ce-4bc3-aaba-9e6db839417a")''',
  None, 'kube-proxy-btwvv', '679c28eb-80ce-4bc3-aaba-9e6db839417a', None, None,
  note="the next line: the same for kube-proxy's config-map volume; routine", kubelet='~1.18', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- GPU passthrough node, device plugin cannot start (kubevirt-gpu-device-plugin#49)
C(KVGPU49, r'''  Normal   Scheduled  35s                default-scheduler  Successfully assigned kube-system/nvidia-kubevirt-gpu-dp-daemonset-tn9d5 to debian''',
  'kube-system', 'nvidia-kubevirt-gpu-dp-daemonset-tn9d5', None, None, None,
  note="kubectl describe Events of the KubeVirt GPU device plugin pod (kubeadm 1.24.1, containerd): the scheduler's row names namespace/pod; no reason", kubelet='1.24', fmt='event', cls='sched'),
C(KVGPU49, r'''  Normal   Pulled     20s (x3 over 35s)  kubelet            Container image "nvcr.io/nvidia/kubevirt-gpu-device-plugin:v1.1.1" already present on machine''',
  None, None, None, None, 'Pulled',
  note="the image is already present (the Pulled event)", kubelet='1.24', fmt='event', cls='image'),
C(KVGPU49, r'''  Normal   Created    20s (x3 over 35s)  kubelet            Created container nvidia-kubevirt-gpu-dp-ctr''',
  None, None, None, 'nvidia-kubevirt-gpu-dp-ctr', None,
  note="the container is created (no reason of its own in the table); names the container", kubelet='1.24', fmt='event', cls='noise'),
C(KVGPU49, r'''  Warning  Failed     20s (x3 over 34s)  kubelet            Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error running hook #0: error running hook: exit status 1, stdout: , stderr: nvidia-container-cli: initialization error: nvml error: driver not loaded: unknown''',
  None, None, None, None, 'RunContainerError',
  note="the start fails: containerd's task (runc with the NVIDIA prestart hook) cannot start because no NVIDIA driver is loaded (the GPU is bound to vfio-pci); a container start failure, the kubelet's RunContainerError", kubelet='1.24', fmt='event', cls='runtime'),
C(KVGPU49, r'''  Warning  BackOff    8s (x4 over 32s)   kubelet            Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note="the kubelet backs off the restarts", kubelet='1.24', fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- GPU sharing (HAMi), admission fails (Project-HAMi/HAMi#39)
C(HAMI39, r'''  Warning  FailedScheduling          73s               4pd-scheduler  AssumePod failed: pod c4c9c2a8-83d3-4e9b-b6fa-ed47719d3d19 is in the cache, so can't be assumed''',
  None, None, 'c4c9c2a8-83d3-4e9b-b6fa-ed47719d3d19', None, None,
  note="kubectl describe Events of a GPU pod under HAMi's scheduler (Sep 2022): a scheduler-cache hiccup, not a kubelet reason; the row names only the pod's uid (the same row appears twice more in the paste)", fmt='event', cls='sched'),
C(HAMI39, r'''  Normal   Scheduled                 73s               4pd-scheduler  Successfully assigned default/gpu-pod to pkm-05''',
  'default', 'gpu-pod', None, None, None,
  note="the pod is bound; names namespace/pod, no reason", fmt='event', cls='sched'),
C(HAMI39, r'''  Warning  UnexpectedAdmissionError  73s               kubelet        Allocate failed due to rpc error: code = Unavailable desc = transport is closing, which is unexpected''',
  None, None, None, None, 'AdmissionRejected',
  note="the kubelet refuses the pod at admission: the device plugin's Allocate call failed (UnexpectedAdmissionError)", fmt='event', cls='admission'),
C(HAMI39, r'''  Warning  FailedMount               9s (x8 over 73s)  kubelet        MountVolume.SetUp failed for volume "kube-api-access-8hcmj" : object "default"/"kube-root-ca.crt" not registered''',
  None, None, None, None, 'FailedMount',
  note="the rejected pod's projected token volume cannot be set up; object \"default\"/\"kube-root-ca.crt\" is a config map, not a pod. kube-api-access volumes: kubelet 1.21 or later. A look-alike for attribution: the object-\"ns\"/\"name\" form must not become a pod", fmt='event', cls='mount'),
# ---------------------------------------------------------------- Raspberry Pi cluster, amd64 image (kuard#34)
C(KUARD34, r'''  Normal   Scheduled  <unknown>          default-scheduler  Successfully assigned default/alpaca-prod to fc3''',
  'default', 'alpaca-prod', None, None, None,
  note="kubectl describe Events on a Raspberry Pi cluster running an amd64-only image (Sep 2020; the '<unknown>' age and 'kubelet, fc3' source: kubectl about 1.18); scheduler row, no reason", kubelet='~1.18', fmt='event', cls='sched'),
C(KUARD34, r'''  Normal   Pulled     29s (x4 over 74s)  kubelet, fc3       Container image "gcr.io/kuar-demo/kuard-amd64:blue" already present on machine''',
  None, None, None, None, 'Pulled',
  note="image present (Pulled)", kubelet='~1.18', fmt='event', cls='image'),
C(KUARD34, r'''  Normal   Created    28s (x4 over 74s)  kubelet, fc3       Created container alpaca-prod''',
  None, None, None, 'alpaca-prod', None,
  note="created; names the container, no reason", kubelet='~1.18', fmt='event', cls='noise'),
C(KUARD34, r'''  Normal   Started    28s (x4 over 73s)  kubelet, fc3       Started container alpaca-prod''',
  None, None, None, 'alpaca-prod', 'Started',
  note="started (it then dies at once with 'exec format error': wrong architecture)", kubelet='~1.18', fmt='event', cls='lifecycle'),
C(KUARD34, r'''  Warning  BackOff    3s (x8 over 71s)   kubelet, fc3       Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note="restarts backed off", kubelet='~1.18', fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- Raspberry Pi 4, k3s v1.21.1 coredns (k3s#3389)
C(K3S3389, r'''  Warning  FailedCreatePodSandBox  81m                     kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f5920a4993e5d1d6e47c92696d2404ed6f2c648c39e320ea5ef853fde57d528": open /run/flannel/subnet.env: no such file or directory''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="kubectl describe Events of coredns on a Raspberry Pi 4 k3s cluster (k3s v1.21.1+k3s1, armv7l): flannel has not written subnet.env yet", kubelet='1.21', fmt='event', cls='sandbox'),
C(K3S3389, r'''  Normal   SandboxChanged          81m (x3 over 81m)       kubelet            Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note="the table reads SandboxChanged as no reason", kubelet='1.21', fmt='event', cls='noise'),
C(K3S3389, r'''  Normal   Pulled                  79m                     kubelet            Container image "rancher/coredns-coredns:1.8.3" already present on machine''',
  None, None, None, None, 'Pulled', note="image present", kubelet='1.21', fmt='event', cls='image'),
C(K3S3389, r'''  Normal   Created                 79m                     kubelet            Created container coredns''',
  None, None, None, 'coredns', None, note="created; names the container, no reason", kubelet='1.21', fmt='event', cls='noise'),
C(K3S3389, r'''  Normal   Started                 79m                     kubelet            Started container coredns''',
  None, None, None, 'coredns', 'Started', note="started", kubelet='1.21', fmt='event', cls='lifecycle'),
C(K3S3389, r'''  Warning  Unhealthy               79m (x5 over 79m)       kubelet            Readiness probe failed: Get "http://10.42.0.14:8181/ready": dial tcp 10.42.0.14:8181: connect: connection refused''',
  None, None, None, None, 'ReadinessProbeFailed', note="coredns's readiness probe refused", kubelet='1.21', fmt='event', cls='probe'),
C(K3S3389, r'''  Warning  BackOff                 79m                     kubelet            Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff', note="restarts backed off", kubelet='1.21', fmt='event', cls='crashloop'),
C(K3S3389, r'''  Warning  DNSConfigForming        74m (x40 over 81m)      kubelet            Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 75.75.75.75 75.75.76.76 2001:558:feed::1''',
  None, None, None, None, None,
  note="the node's resolv.conf has more than three nameservers; a warning, no reason (as the table's 'Nameserver limits exceeded' lines)", kubelet='1.21', fmt='event', cls='dns'),
    ]
