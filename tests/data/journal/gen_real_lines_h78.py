# Hunt 78: a HELD-OUT set of real lines (issue 13 item 3), pasted `kubectl describe pod` Events tables
# and kubelet journal lines for pods that are Pending/ContainerCreating (FailedMount), ImagePullBackOff,
# CrashLoopBackOff, Evicted or Unhealthy, with the Normal rows around them (Scheduled, Pulling, Pulled,
# Created, Started, SuccessfulMountVolume, SuccessfulAttachVolume) kept as whole runs. Every source is a
# GitHub issue of 2018-2025 that the table did not cite when this file was written. Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings: any
# backslash is the line's own), with the source's URL, and each was seen twice (two different searches
# showing the same text); rows cut short in the source are left out. Expected fields are what an SRE reads
# in the line itself (a pod name without namespace gives ns None; a cgroup slice gives the uid only).
# Node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KZ = "https://github.com/easzlab/kubeasz/issues/1140"
ODA = "https://github.com/tmforum-oda/oda-canvas/issues/24"
KV = "https://github.com/Azure/kubernetes-keyvault-flexvol/issues/"
CY = "https://github.com/caoyingjunz/go-learning/issues/55"
KIA = "https://github.com/luksa/kubernetes-in-action/issues/37"
UK = "https://github.com/dirsigler/uptime-kuma-helm/issues/26"
CSI = "https://github.com/Azure/secrets-store-csi-driver-provider-azure/issues/474"
GPU = "https://github.com/NVIDIA/gpu-operator/issues/280"


def HUNT_H78(C):
    return [
# ---------------------------------------------------------------- K + "63430"
C(K + "63430", r'''  Normal   SuccessfulMountVolume  6m                kubelet, node6     MountVolume.SetUp succeeded for volume "default-token-k4fxg"''',
  None, None, None, None, None,
  note="kubectl describe pod busybox-95444875c-ljfs7 -n dev-app (May 2018), the whole Events table: the service-account token volume mounted, a normal row. 'kubelet, node6' in From, lowercase 'pulling image' and the SuccessfulMountVolume event (1.9 to 1.12) with the date put the kubelet at about 1.10", kubelet='~1.10', fmt='event', cls='noise'),
C(K + "63430", r'''  Normal   Scheduled              6m                default-scheduler  Successfully assigned busybox-95444875c-ljfs7 to node6''',
  None, 'busybox-95444875c-ljfs7', None, None, None,
  note="the scheduler's Scheduled row names the pod without its namespace (pre-1.14 form); not a problem", kubelet='~1.10', fmt='event', cls='noise'),
C(K + "63430", r'''  Normal   Pulling                5m (x4 over 6m)   kubelet, node6     pulling image "busybox"''',
  None, None, None, None, 'Pulling',
  note='the kubelet starts pulling busybox (4 times)', kubelet='~1.10', fmt='event', cls='pull'),
C(K + "63430", r'''  Normal   Pulled                 4m (x4 over 6m)   kubelet, node6     Successfully pulled image "busybox"''',
  None, None, None, None, 'Pulled',
  note='busybox pulled', kubelet='~1.10', fmt='event', cls='pull'),
C(K + "63430", r'''  Normal   Created                4m (x4 over 6m)   kubelet, node6     Created container''',
  None, None, None, None, None,
  note='Created container with no name (pre-1.14 message): the Created event is noise in the table', kubelet='~1.10', fmt='event', cls='noise'),
C(K + "63430", r'''  Normal   Started                4m (x4 over 6m)   kubelet, node6     Started container''',
  None, None, None, None, 'Started',
  note='Started container with no name (pre-1.14 message)', kubelet='~1.10', fmt='event', cls='start'),
C(K + "63430", r'''  Warning  BackOff                1m (x21 over 5m)  kubelet, node6     Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note='the BackOff row: busybox exits at once and the kubelet backs off restarting it; the pods are CrashLoopBackOff in the get pod output above', kubelet='~1.10', fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- KZ
C(KZ, r'''  Normal   Scheduled  8m58s                   default-scheduler  Successfully assigned default/busybox to 192.168.137.102''',
  'default', 'busybox', None, None, None,
  note="kubeasz issue (May 2022), kubectl describe pod busybox, whole Events table: Scheduled names default/busybox. From 'kubelet' alone and the pull duration put the kubelet at 1.20 or later; the version is not stated", kubelet=None, fmt='event', cls='noise'),
C(KZ, r'''  Normal   Pulled     8m59s                   kubelet            Successfully pulled image "busybox" in 16.257303448s''',
  None, None, None, None, 'Pulled',
  note="busybox pulled (the pod's image is pulled on every restart: imagePullPolicy Always for a :latest image)", kubelet=None, fmt='event', cls='pull'),
C(KZ, r'''  Normal   Pulled     8m41s                   kubelet            Successfully pulled image "busybox" in 16.90722056s''',
  None, None, None, None, 'Pulled',
  note='busybox pulled again', kubelet=None, fmt='event', cls='pull'),
C(KZ, r'''  Normal   Pulled     8m9s                    kubelet            Successfully pulled image "busybox" in 15.951428423s''',
  None, None, None, None, 'Pulled',
  note='busybox pulled again', kubelet=None, fmt='event', cls='pull'),
C(KZ, r'''  Normal   Created    7m26s (x4 over 8m59s)   kubelet            Created container busybox''',
  None, None, None, 'busybox', None,
  note='Created container busybox (x4): noise', kubelet=None, fmt='event', cls='noise'),
C(KZ, r'''  Normal   Started    7m26s (x4 over 8m59s)   kubelet            Started container busybox''',
  None, None, None, 'busybox', 'Started',
  note='Started container busybox (x4)', kubelet=None, fmt='event', cls='start'),
C(KZ, r'''  Normal   Pulled     7m26s                   kubelet            Successfully pulled image "busybox" in 17.085473493s''',
  None, None, None, None, 'Pulled',
  note='busybox pulled again', kubelet=None, fmt='event', cls='pull'),
C(KZ, r'''  Normal   Pulling    6m44s (x5 over 9m16s)   kubelet            Pulling image "busybox"''',
  None, None, None, None, 'Pulling',
  note='Pulling image busybox (x5)', kubelet=None, fmt='event', cls='pull'),
C(KZ, r'''  Normal   Pulled     6m26s                   kubelet            Successfully pulled image "busybox" in 17.714593488s''',
  None, None, None, None, 'Pulled',
  note='busybox pulled again', kubelet=None, fmt='event', cls='pull'),
C(KZ, r'''  Warning  BackOff    4m14s (x17 over 8m41s)  kubelet            Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note='the BackOff row: busybox has no long-running command and exits; the pod is CrashLoopBackOff in the get pod output under the table', kubelet=None, fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- KV + "18"
C(KV + "18", r'''  Normal   Scheduled              10m                default-scheduler                  Successfully assigned nginx-flex-kv-podid to aks-agentpool-23065106-0''',
  None, 'nginx-flex-kv-podid', None, None, None,
  note='Key Vault FlexVolume on AKS (Jul 2018), whole Events table: Scheduled names the pod without namespace (pre-1.14 form); SuccessfulMountVolume events and the date: kubelet about 1.10', kubelet='~1.10', fmt='event', cls='noise'),
C(KV + "18", r'''  Normal   SuccessfulMountVolume  10m                kubelet, aks-agentpool-23065106-0  MountVolume.SetUp succeeded for volume "default-token-cqd6w"''',
  None, None, None, None, None,
  note='the token volume mounted: a normal row', kubelet='~1.10', fmt='event', cls='noise'),
C(KV + "18", r'''  Warning  FailedMount            2m (x10 over 10m)  kubelet, aks-agentpool-23065106-0  MountVolume.SetUp failed for volume "test" : invalid character 's' looking for beginning of value''',
  None, None, None, None, 'FailedMount',
  note="the flexvolume's output is not JSON, so MountVolume.SetUp of volume test fails", kubelet='~1.10', fmt='event', cls='mount'),
C(KV + "18", r'''  Warning  FailedMount            1m (x4 over 8m)    kubelet, aks-agentpool-23065106-0  Unable to mount volumes for pod "nginx-flex-kv-podid_default(be10160c-93bb-11e8-b1ce-aa6af2addf8c)": timeout expired waiting for volumes to attach or mount for pod "default"/"nginx-flex-kv-podid". list of unmounted volumes=[test]. list of unattached volumes=[test default-token-cqd6w]''',
  'default', 'nginx-flex-kv-podid', 'be10160c-93bb-11e8-b1ce-aa6af2addf8c', None, 'FailedMount',
  note='the timeout row of the same failure: \'Unable to mount volumes for pod "<name>_<ns>(<uid>)"\' names namespace, pod and uid', kubelet='~1.10', fmt='event', cls='mount'),
# ---------------------------------------------------------------- KV + "68"
C(KV + "68", r'''  Normal   Scheduled    23s   default-scheduler                  Successfully assigned flexvoltest/nginx-flex-kv-podid to aks-agentpool-11854310-5''',
  'flexvoltest', 'nginx-flex-kv-podid', None, None, None,
  note="Azure Key Vault FlexVolume on AKS (Feb 2019), kubectl describe pod, whole Events table: Scheduled names flexvoltest/nginx-flex-kv-podid. 'kubelet, <node>' and lowercase 'pulling image': 1.13 or earlier; AKS of early 2019 ran about 1.12", kubelet='~1.12', fmt='event', cls='noise'),
C(KV + "68", r'''  Warning  FailedMount  22s   kubelet, aks-agentpool-11854310-5  MountVolume.SetUp failed for volume "test" : mount command failed, status: Failure, reason: /etc/kubernetes/volumeplugins/azure~kv/azurekeyvault-flexvolume failed, failed to get key vault''',
  None, None, None, None, 'FailedMount',
  note="the flexvolume driver's mount failed (could not get the key vault); the pod went on to start after a retry", kubelet='~1.12', fmt='event', cls='mount'),
C(KV + "68", r'''  Normal   Pulling      16s   kubelet, aks-agentpool-11854310-5  pulling image "nginx"''',
  None, None, None, None, 'Pulling',
  note='pulling nginx', kubelet='~1.12', fmt='event', cls='pull'),
C(KV + "68", r'''  Normal   Pulled       15s   kubelet, aks-agentpool-11854310-5  Successfully pulled image "nginx"''',
  None, None, None, None, 'Pulled',
  note='nginx pulled', kubelet='~1.12', fmt='event', cls='pull'),
C(KV + "68", r'''  Normal   Created      14s   kubelet, aks-agentpool-11854310-5  Created container''',
  None, None, None, None, None,
  note='Created container (no name, pre-1.14): noise', kubelet='~1.12', fmt='event', cls='noise'),
C(KV + "68", r'''  Normal   Started      14s   kubelet, aks-agentpool-11854310-5  Started container''',
  None, None, None, None, 'Started',
  note='Started container (no name, pre-1.14)', kubelet='~1.12', fmt='event', cls='start'),
# ---------------------------------------------------------------- ODA
C(ODA, r'''  Warning  FailedMount  8m56s (x3 over 13m)  kubelet            Unable to attach or mount volumes: unmounted volumes=[secret-volume], unattached volumes=[secret-volume kube-api-access-pfqc5]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="oda-canvas compcrdwebhook pod stuck in ContainerCreating (describe Events rows): the kubelet's generic 'Unable to attach or mount volumes ... timed out' row; kube-api-access volume: 1.21 or later", kubelet=None, fmt='event', cls='mount'),
C(ODA, r'''  Warning  FailedMount  2m9s (x4 over 15m)   kubelet            Unable to attach or mount volumes: unmounted volumes=[secret-volume], unattached volumes=[kube-api-access-pfqc5 secret-volume]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the same, volume list in another order', kubelet=None, fmt='event', cls='mount'),
C(ODA, r'''  Warning  FailedMount  86s (x16 over 17m)   kubelet            MountVolume.SetUp failed for volume "secret-volume" : secret "compcrdwebhook-secret" not found''',
  None, None, None, None, 'FailedMount',
  note="the cause: the secret volume's secret compcrdwebhook-secret does not exist", kubelet=None, fmt='event', cls='mount'),
# ---------------------------------------------------------------- CSI
C(CSI, r'''"Apr 14 11:06:27 aks-mcpdrs1-35797989-1 kubelet[1274]: E0414 11:06:27.642477    1274 nestedpendingoperations.go:301] Operation for "{volumeName:kubernetes.io/csi/492c6f1d-0039-43f0-837b-edc0de3d8715-keyvault podName:492c6f1d-0039-43f0-837b-edc0de3d8715 nodeName:}" failed. No retries permitted until 2021-04-14 11:08:29.642436006 +0000 UTC m=+91700.052184206 (durationBeforeRetry 2m2s). Error: "MountVolume.SetUp failed for volume \"keyvault\" (UniqueName: \"kubernetes.io/csi/492c6f1d-0039-43f0-837b-edc0de3d8715-keyvault\") pod \"yolt3-drs-57764c754d-w6swx\" (UID: \"492c6f1d-0039-43f0-837b-edc0de3d8715\") : rpc error: code = Unknown desc = mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t tmpfs tmpfs /var/lib/kubelet/pods/492c6f1d-0039-43f0-837b-edc0de3d8715/volumes/kubernetes.io~csi/keyvault/mount\nOutput: mount: /var/lib/kubelet/pods/492c6f1d-0039-43f0-837b-edc0de3d8715/volumes/kubernetes.io~csi/keyvault/mount: mount point does not exist.\n"''',
  None, 'yolt3-drs-57764c754d-w6swx', '492c6f1d-0039-43f0-837b-edc0de3d8715', None, 'FailedMount',
  note="Azure Key Vault CSI provider, pods stuck in ContainerCreating (Apr 2021, AKS): the reporter's paste opens with a double quote, kept as the thread shows it; the \\n inside are the kubelet's own escapes. MountVolume.SetUp of the CSI volume keyvault fails (mount point does not exist); the line names the pod without namespace, and its uid. nestedpendingoperations.go:301 is the 1.18 to 1.20 line", kubelet='~1.19', fmt='klog', cls='mount'),
# keda-example#6's Events table (6 rows) was kept once, in gen_real_lines_h74.py: h74's helper took the same
# rows in the same round (both scored them 6/6).
# ---------------------------------------------------------------- KIA
C(KIA, r'''  Normal   Scheduled  18s               default-scheduler      Successfully assigned default/curl to controlplane''',
  'default', 'curl', None, None, None,
  note="Kubernetes in Action chapter 8 (Nov 2021, katacoda 'controlplane' node), whole Events table: tutum/curl cannot be pulled. Scheduled names default/curl; 'kubelet, controlplane' in From: 1.19 or earlier", kubelet='~1.18', fmt='event', cls='noise'),
C(KIA, r'''  Normal   BackOff    16s               kubelet, controlplane  Back-off pulling image "tutum/curl"''',
  None, None, None, None, 'ImagePullBackOff',
  note='Back-off pulling image tutum/curl', kubelet='~1.18', fmt='event', cls='pull'),
C(KIA, r'''  Warning  Failed     16s               kubelet, controlplane  Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note='the Failed row with the ImagePullBackOff reason', kubelet='~1.18', fmt='event', cls='pull'),
C(KIA, r'''  Normal   Pulling    3s (x2 over 18s)  kubelet, controlplane  Pulling image "tutum/curl"''',
  None, None, None, None, 'Pulling',
  note='Pulling image tutum/curl (x2)', kubelet='~1.18', fmt='event', cls='pull'),
C(KIA, r"""  Warning  Failed     2s (x2 over 16s)  kubelet, controlplane  Failed to pull image "tutum/curl": rpc error: code = Unknown desc = Error response from daemon: pull access denied for tutum/curl, repository does not exist or may require 'docker login'""",
  None, None, None, None, 'ErrImagePull',
  note='pull access denied for tutum/curl', kubelet='~1.18', fmt='event', cls='pull'),
C(KIA, r'''  Warning  Failed     2s (x2 over 16s)  kubelet, controlplane  Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull',
  note='the Failed row with the ErrImagePull reason', kubelet='~1.18', fmt='event', cls='pull'),
# ---------------------------------------------------------------- UK
C(UK, r'''  Normal   Scheduled               2m28s               default-scheduler        Successfully assigned uptime-kuma/uptime-kuma-5d89ffd98d-m979t to ip-172-5-5-34.us-west-1.compute.internal''',
  'uptime-kuma', 'uptime-kuma-5d89ffd98d-m979t', None, None, None,
  note='uptime-kuma helm chart 2.0.1 on EKS (Jan 2022), describe Events table (the last row, cut in the thread, is left out): Scheduled names uptime-kuma/uptime-kuma-5d89ffd98d-m979t', kubelet=None, fmt='event', cls='noise'),
C(UK, r'''  Normal   SuccessfulAttachVolume  2m26s               attachdetach-controller  AttachVolume.Attach succeeded for volume "pvc-9f156812-c8ba-4fd2-b7c2-17e153af0f35"''',
  None, None, None, None, None,
  note='the attach-detach controller attached the PVC: a normal row', kubelet=None, fmt='event', cls='noise'),
C(UK, r'''  Normal   Pulling                 2m18s               kubelet                  Pulling image "louislam/uptime-kuma:1.11.1-alpine"''',
  None, None, None, None, 'Pulling',
  note='Pulling image louislam/uptime-kuma:1.11.1-alpine', kubelet=None, fmt='event', cls='pull'),
C(UK, r'''  Normal   Pulled                  2m5s                kubelet                  Successfully pulled image "louislam/uptime-kuma:1.11.1-alpine" in 12.955042419s''',
  None, None, None, None, 'Pulled',
  note='pulled in 12.9 s', kubelet=None, fmt='event', cls='pull'),
C(UK, r'''  Warning  Unhealthy               107s                kubelet                  Liveness probe failed:''',
  None, None, None, None, 'LivenessProbeFailed',
  note='the liveness probe failed with no output (the container is restarted: Created/Started x2 next)', kubelet=None, fmt='event', cls='probe'),
C(UK, r'''  Normal   Created                 94s (x2 over 2m4s)  kubelet                  Created container uptime-kuma''',
  None, None, None, 'uptime-kuma', None,
  note='Created container uptime-kuma (x2): noise', kubelet=None, fmt='event', cls='noise'),
C(UK, r'''  Normal   Started                 94s (x2 over 2m4s)  kubelet                  Started container uptime-kuma''',
  None, None, None, 'uptime-kuma', 'Started',
  note='Started container uptime-kuma (x2)', kubelet=None, fmt='event', cls='start'),
# ---------------------------------------------------------------- CY
C(CY, r'''Warning  Evicted           6m5s   kubelet            The node was low on resource: ephemeral-storage. Container harbor-chart-rsync-client was using 76Ki, which exceeds its request of 0. Container chartmuseum was using 856Ki, which exceeds its request of 0.''',
  None, None, None, None, 'Evicted',
  note='Chinese notes on kubelet eviction (Mar 2022): a describe Events row (the issue body starts with it, so no leading spaces); two containers named in the message, so no single container', kubelet=None, fmt='event', cls='evict'),
# ---------------------------------------------------------------- GPU
C(GPU, r'''Nov 16 15:05:25 awz-master kubelet[1200]: W1116 15:05:25.523398    1200 container.go:586] Failed to update stats for container "/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-poded72bf9c_28ba_4a37_a458_de8a2318a991.slice/crio-9af202548d305f08588b4cf16625804bf12f1de9bec8d1c3ac19b4cd5a5ea672.scope": /sys/fs/cgroup/cpuset/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-poded72bf9c_28ba_4a37_a458_de8a2318a991.slice/crio-9af202548d305f08588b4cf16625804bf12f1de9bec8d1c3ac19b4cd5a5ea672.scope/cpuset.cpus found to be empty, continuing to push stats''',
  None, None, 'ed72bf9c-28ba-4a37-a458-de8a2318a991', None, None,
  note="NVIDIA gpu-operator pods stuck in Init (CRI-O node, Nov of 2021 or later: the thread's next line is structured klog, 1.21+): cAdvisor warns that a crio container's cpuset.cpus is empty; a stats warning, not a pod problem; the cgroup slice names the pod uid only", kubelet=None, fmt='klog', cls='noise'),
C(GPU, r'''Nov 16 15:05:25 awz-master kubelet[1200]: W1116 15:05:25.529185    1200 container.go:586] Failed to update stats for container "/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod52cf116c_32a4_4cde_a4e3_b78a76c17616.slice/crio-0e7667a2dee2f326ffa2c792749269c276dc48b553a7591f81af710d781a9c25.scope": /sys/fs/cgroup/cpuset/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod52cf116c_32a4_4cde_a4e3_b78a76c17616.slice/crio-0e7667a2dee2f326ffa2c792749269c276dc48b553a7591f81af710d781a9c25.scope/cpuset.mems found to be empty, continuing to push stats''',
  None, None, '52cf116c-32a4-4cde-a4e3-b78a76c17616', None, None,
  note="the next line: another pod's container, cpuset.mems empty; noise", kubelet=None, fmt='klog', cls='noise'),
    ]
