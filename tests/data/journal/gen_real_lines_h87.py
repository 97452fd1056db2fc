# Hunt 87 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from GitHub threads
# of GPU, device-plugin, sandboxed-runtime and VM projects (NVIDIA/gpu-operator, NVIDIA/k8s-device-plugin,
# intel/intel-device-plugins-for-kubernetes, kata-containers/tests, kata-containers/runtime,
# kubevirt/kubevirt), none of which threads the table cited before. Whole pasted runs where the thread
# has them: kubelet journal lines (journalctl-prefixed and bare klog, unstructured and structured), and
# kubectl-describe Events blocks, noise included. Same rules as gen_real_lines_h8.py and the older
# files: each line is copied exactly as its public source shows it (raw strings: backslashes are the
# line's own; lines that end in ">" were cut by the reporter's pager, and the gpu-operator#143 lines
# were cut at the reporter's terminal width, and are kept as pasted), with the source's URL, and each
# was seen twice (two different searches of the thread). Rows that the search view showed cut in the
# middle were left out. Node-level lines are never attributed to a pod: ns, pod, uid and container are
# None for them. Expected fields are what an SRE reads in the line itself, not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

G = "https://github.com/"
GO143 = G + "NVIDIA/gpu-operator/issues/143"
GO297 = G + "NVIDIA/gpu-operator/issues/297"
GO545 = G + "NVIDIA/gpu-operator/issues/545"
DP306 = G + "NVIDIA/k8s-device-plugin/issues/306"
IDP2305 = G + "intel/intel-device-plugins-for-kubernetes/issues/2305"
KT1900 = G + "kata-containers/tests/issues/1900"
KR1931 = G + "kata-containers/runtime/issues/1931"
KV6430 = G + "kubevirt/kubevirt/issues/6430"
KV6731 = G + "kubevirt/kubevirt/issues/6731"

N_GO143 = ("gpu-operator comment (Feb 2021, containerd): the device-plugin daemonset pod's sync fails; the "
           "line was cut at the reporter's terminal width inside the pod's uid, before the cause, so only "
           "the generic sync failure is readable. pod_workers.go:191 with the unstructured 'Error syncing "
           "pod <uid> (...)' form: kubelet 1.18-1.20")
N_GO545 = ("RKE2 on RHEL 8 (Jun 2023), /var/lib/rancher/rke2/agent/logs/kubelet.log without a journal "
           "prefix: the cuda-validation init container of nvidia-cuda-validator is in CrashLoopBackOff. "
           "pod_workers.go:965: kubelet 1.25/1.26")
N_DP306 = ("journalctl -r -u kubelet (newest first, May 2022, docker with the nvidia runtime); every line was "
           "cut by the pager ('>'). pod_workers.go:918, kuberuntime_manager.go:918 and scope.go:110: "
           "kubelet about 1.23")
N_KATA = ("kata CI node 'gabycentos' (Aug 2019, Spanish locale: the journal's month is 'ago'): the "
          "RuntimeClass handler 'kata' is not configured in containerd, so the pod sandbox cannot be "
          "created. remote_runtime.go:105, kuberuntime_manager.go:692 and pod_workers.go:190: kubelet "
          "about 1.15")
N_KV6430 = ("kubevirt thread (Sep 2021, 'Kubernetes version 1.16' stated in the description): the reporter's "
            "'pv mount/unmount logs' of a CDI importer pod, bare klog lines separated by blank lines; "
            "volume bookkeeping, not failures")
N_KV6731 = ("kubectl describe pod of a virt-launcher pod (Nov 2021): 'kubelet, k8s-master' in the From "
            "column and '<unknown>' for the Scheduled age put the cluster at about 1.19; the version is "
            "not stated")


def HUNT_H87(C):
    return [
# ---------------------------------------------------------------- NVIDIA/gpu-operator#143: cut FailedSync run
C(GO143, r'''Feb 08 23:29:26 cl-gpu-md-0-f4gm6 kubelet[2382]: E0208 23:29:26.495462    2382 pod_workers.go:191] Error syncing pod 1c6f5099-f2c4-4de0-beeb-b116cb499a79 ("nvidia-device-plugin-daemonset-cgc57_gpu-operator-resources(1c6f5099-f2c4-4de0-bee''',
  'gpu-operator-resources', 'nvidia-device-plugin-daemonset-cgc57', '1c6f5099-f2c4-4de0-beeb-b116cb499a79', None, 'FailedSync',
  note=N_GO143, kubelet='~1.20', fmt='klog', cls='sync'),
C(GO143, r'''Feb 08 23:29:38 cl-gpu-md-0-f4gm6 kubelet[2382]: E0208 23:29:38.495446    2382 pod_workers.go:191] Error syncing pod 1c6f5099-f2c4-4de0-beeb-b116cb499a79 ("nvidia-device-plugin-daemonset-cgc57_gpu-operator-resources(1c6f5099-f2c4-4de0-bee''',
  'gpu-operator-resources', 'nvidia-device-plugin-daemonset-cgc57', '1c6f5099-f2c4-4de0-beeb-b116cb499a79', None, 'FailedSync',
  note='the next line of the same run, 12 s later', kubelet='~1.20', fmt='klog', cls='sync'),
C(GO143, r'''Feb 08 23:29:51 cl-gpu-md-0-f4gm6 kubelet[2382]: E0208 23:29:51.495494    2382 pod_workers.go:191] Error syncing pod 1c6f5099-f2c4-4de0-beeb-b116cb499a79 ("nvidia-device-plugin-daemonset-cgc57_gpu-operator-resources(1c6f5099-f2c4-4de0-bee''',
  'gpu-operator-resources', 'nvidia-device-plugin-daemonset-cgc57', '1c6f5099-f2c4-4de0-beeb-b116cb499a79', None, 'FailedSync',
  note='the same run', kubelet='~1.20', fmt='klog', cls='sync'),
C(GO143, r'''Feb 08 23:30:02 cl-gpu-md-0-f4gm6 kubelet[2382]: E0208 23:30:02.495405    2382 pod_workers.go:191] Error syncing pod 1c6f5099-f2c4-4de0-beeb-b116cb499a79 ("nvidia-device-plugin-daemonset-cgc57_gpu-operator-resources(1c6f5099-f2c4-4de0-bee''',
  'gpu-operator-resources', 'nvidia-device-plugin-daemonset-cgc57', '1c6f5099-f2c4-4de0-beeb-b116cb499a79', None, 'FailedSync',
  note='the same run', kubelet='~1.20', fmt='klog', cls='sync'),
C(GO143, r'''Feb 08 23:30:14 cl-gpu-md-0-f4gm6 kubelet[2382]: E0208 23:30:14.495423    2382 pod_workers.go:191] Error syncing pod 1c6f5099-f2c4-4de0-beeb-b116cb499a79 ("nvidia-device-plugin-daemonset-cgc57_gpu-operator-resources(1c6f5099-f2c4-4de0-bee''',
  'gpu-operator-resources', 'nvidia-device-plugin-daemonset-cgc57', '1c6f5099-f2c4-4de0-beeb-b116cb499a79', None, 'FailedSync',
  note='the same run (the thread\'s next line was cut in the search view and is left out)', kubelet='~1.20', fmt='klog', cls='sync'),
# ---------------------------------------------------------------- NVIDIA/gpu-operator#297: structured CrashLoopBackOff
C(GO297, r'''Dec 12 16:05:01 node002 kubelet[25231]: E1212 16:05:01.543282   25231 pod_workers.go:190] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"toolkit-validation\" with CrashLoopBackOff: \"back-off 5m0s restarting failed container=toolkit-validation pod=nvidia-operator-validator-c9wp2_default(9e0a951e-acb2-4738-b30b-3b3eed94a844)\"" pod="default/nvidia-operator-validator-c9wp2" podUID=9e0a951e-acb2-4738-b30b-3b3eed94a844''',
  'default', 'nvidia-operator-validator-c9wp2', '9e0a951e-acb2-4738-b30b-3b3eed94a844', 'toolkit-validation', 'CrashLoopBackOff',
  note="journalctl -u kubelet (Dec 2021, gpu-operator 1.9.0, containerd): the toolkit-validation init container is in back-off. Structured pod_workers.go:190: kubelet 1.21/1.22", kubelet='~1.22', fmt='klog-s', cls='crash'),
# ---------------------------------------------------------------- NVIDIA/gpu-operator#545: RKE2 kubelet.log run
C(GO545, r'''E0630 16:52:33.933174  455388 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"cuda-validation\" with CrashLoopBackOff: \"back-off 2m40s restarting failed container=cuda-validation pod=nvidia-cuda-validator-8m8kz_gpu-operator(691e7af2-70ae-42c0-bf17-2a708c18cc1b)\"" pod="gpu-operator/nvidia-cuda-validator-8m8kz" podUID=691e7af2-70ae-42c0-bf17-2a708c18cc1b''',
  'gpu-operator', 'nvidia-cuda-validator-8m8kz', '691e7af2-70ae-42c0-bf17-2a708c18cc1b', 'cuda-validation', 'CrashLoopBackOff',
  note=N_GO545, kubelet='~1.26', fmt='klog-s', cls='crash'),
C(GO545, r'''E0630 16:52:48.932673  455388 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"cuda-validation\" with CrashLoopBackOff: \"back-off 2m40s restarting failed container=cuda-validation pod=nvidia-cuda-validator-8m8kz_gpu-operator(691e7af2-70ae-42c0-bf17-2a708c18cc1b)\"" pod="gpu-operator/nvidia-cuda-validator-8m8kz" podUID=691e7af2-70ae-42c0-bf17-2a708c18cc1b''',
  'gpu-operator', 'nvidia-cuda-validator-8m8kz', '691e7af2-70ae-42c0-bf17-2a708c18cc1b', 'cuda-validation', 'CrashLoopBackOff',
  note='the next line of the same tail', kubelet='~1.26', fmt='klog-s', cls='crash'),
C(GO545, r'''E0630 16:53:02.932973  455388 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"cuda-validation\" with CrashLoopBackOff: \"back-off 2m40s restarting failed container=cuda-validation pod=nvidia-cuda-validator-8m8kz_gpu-operator(691e7af2-70ae-42c0-bf17-2a708c18cc1b)\"" pod="gpu-operator/nvidia-cuda-validator-8m8kz" podUID=691e7af2-70ae-42c0-bf17-2a708c18cc1b''',
  'gpu-operator', 'nvidia-cuda-validator-8m8kz', '691e7af2-70ae-42c0-bf17-2a708c18cc1b', 'cuda-validation', 'CrashLoopBackOff',
  note='the same tail', kubelet='~1.26', fmt='klog-s', cls='crash'),
# ---------------------------------------------------------------- NVIDIA/k8s-device-plugin#306: pager-cut run (newest first)
C(DP306, r'''May 19 21:53:17 awadh kubelet[14435]: E0519 21:53:17.815577   14435 pod_workers.go:918] "Error syncing pod, skipping" err="failed t>''',
  None, None, None, None, 'FailedSync',
  note=N_DP306 + ". The pager cut the line before the cause and the pod= key: a pod sync failed, no pod is named", kubelet='~1.23', fmt='klog-s', cls='sync'),
C(DP306, r'''May 19 21:53:17 awadh kubelet[14435]: E0519 21:53:17.815537   14435 kuberuntime_manager.go:918] container &Container{Name:saurabh,I>''',
  None, None, None, 'saurabh', None,
  note="the 'container &Container{...} start failed in pod ...' spec dump, cut by the pager right after the container's name: the failure and its reason are not in the line", kubelet='~1.23', fmt='klog', cls='spec', trap_for='CreateContainerConfigError'),
C(DP306, r'''May 19 21:53:12 awadh kubelet[14435]: E0519 21:53:12.818067   14435 pod_workers.go:918] "Error syncing pod, skipping" err="failed t>''',
  None, None, None, None, 'FailedSync',
  note='the same run, cut by the pager', kubelet='~1.23', fmt='klog-s', cls='sync'),
C(DP306, r'''May 19 21:53:05 awadh kubelet[14435]: E0519 21:53:05.816750   14435 pod_workers.go:918] "Error syncing pod, skipping" err="failed t>''',
  None, None, None, None, 'FailedSync',
  note='the same run, cut by the pager', kubelet='~1.23', fmt='klog-s', cls='sync'),
C(DP306, r'''May 19 21:53:05 awadh kubelet[14435]: I0519 21:53:05.816099   14435 scope.go:110] "RemoveContainer" containerID="2c000598effa6a43ab>''',
  None, None, None, None, None,
  note='RemoveContainer of the crashed container by id: noise', kubelet='~1.23', fmt='klog-s', cls='noise'),
C(DP306, r'''May 19 21:53:03 awadh kubelet[14435]: E0519 21:53:03.816030   14435 pod_workers.go:918] "Error syncing pod, skipping" err="failed t>''',
  None, None, None, None, 'FailedSync',
  note='the same run, cut by the pager', kubelet='~1.23', fmt='klog-s', cls='sync'),
# ---------------------------------------------------------------- intel/intel-device-plugins-for-kubernetes#2305
C(IDP2305, r'''Jun 21 11:50:07 achilles-worker-1 kubelet[1677023]: E0621 11:50:07.819658 1677023 client.go:94] "ListAndWatch ended unexpectedly for device plugin" err="rpc error: code = Unavailable desc = error reading from server: EOF" resource="gpu.intel.com/i915"''',
  None, None, None, None, None,
  note="quoted by a maintainer from the reporter's kubelet log (Jun 2026, vanilla kubeadm 1.36.2 stated in the thread): the intel GPU device plugin's ListAndWatch stream ended (the plugin crashed or restarted); a device-plugin event, no pod and no listed reason", kubelet='1.36', fmt='klog-s', cls='device'),
# ---------------------------------------------------------------- kata-containers/tests#1900: sandbox run, 01:01:29
C(KT1900, r'''ago 06 01:01:29 gabycentos kubelet[46027]: E0806 01:01:29.012481   46027 remote_runtime.go:105] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to find runtime handler kata from runtime list map[runc:0xc00001da70]''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note=N_KATA + ". The CRI call's error names no pod", kubelet='~1.15', fmt='klog', cls='sandbox'),
C(KT1900, r'''ago 06 01:01:29 gabycentos kubelet[46027]: E0806 01:01:29.012545   46027 kuberuntime_sandbox.go:68] CreatePodSandbox for pod "replicationtest-gf5pz_default(0308105f-e70a-4564-a678-2cfcd1d91cb1)" failed: rpc error: code = Unknown desc = failed to find runtime handler kata from runtime list map[runc:0xc00001da70]''',
  'default', 'replicationtest-gf5pz', '0308105f-e70a-4564-a678-2cfcd1d91cb1', None, 'FailedCreatePodSandBox',
  note='the next line: the same failure for the pod, named as name_namespace(uid)', kubelet='~1.15', fmt='klog', cls='sandbox'),
C(KT1900, r'''ago 06 01:01:29 gabycentos kubelet[46027]: E0806 01:01:29.012564   46027 kuberuntime_manager.go:692] createPodSandbox for pod "replicationtest-gf5pz_default(0308105f-e70a-4564-a678-2cfcd1d91cb1)" failed: rpc error: code = Unknown desc = failed to find runtime handler kata from runtime list map[runc:0xc00001da70]''',
  'default', 'replicationtest-gf5pz', '0308105f-e70a-4564-a678-2cfcd1d91cb1', None, 'FailedCreatePodSandBox',
  note="the next line, from the runtime manager (the pod_workers line after it was cut in the search view and is left out)", kubelet='~1.15', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kata-containers/runtime#1931: Events and the first run
C(KR1931, r'''  Normal   Scheduled               43s               default-scheduler    Successfully assigned default/replicationtest-gf5pz to gabycentos''',
  'default', 'replicationtest-gf5pz', None, None, None,
  note="kubectl describe pods, Events rows (Aug 2019, same node and pod as the tests#1900 lines): the scheduler's assignment, noise", kubelet='~1.15', fmt='event', cls='noise'),
C(KR1931, r'''  Warning  FailedCreatePodSandBox  3s (x4 over 43s)  kubelet, gabycentos  Failed create pod sandbox: rpc error: code = Unknown desc = failed to find runtime handler kata from runtime list map[runc:0xc00001da70]''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next Events row: the kubelet cannot create the sandbox (no kata handler); the row names no pod', kubelet='~1.15', fmt='event', cls='sandbox'),
C(KR1931, r'''ago 06 00:58:55 gabycentos kubelet[46027]: E0806 00:58:55.022953   46027 remote_runtime.go:105] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to find runtime handler kata from runtime list map[runc:0xc00001da70]''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note=N_KATA + ". First line of the logs under the Events; names no pod", kubelet='~1.15', fmt='klog', cls='sandbox'),
C(KR1931, r'''ago 06 00:58:55 gabycentos kubelet[46027]: E0806 00:58:55.024103   46027 kuberuntime_sandbox.go:68] CreatePodSandbox for pod "replicationtest-gf5pz_default(0308105f-e70a-4564-a678-2cfcd1d91cb1)" failed: rpc error: code = Unknown desc = failed to find runtime handler kata from runtime list map[runc:0xc00001da70]''',
  'default', 'replicationtest-gf5pz', '0308105f-e70a-4564-a678-2cfcd1d91cb1', None, 'FailedCreatePodSandBox',
  note='the next line, naming the pod', kubelet='~1.15', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kubevirt/kubevirt#6430: volume bookkeeping (noise)
C(KV6430, r'''I0927 11:52:40.366149  314178 kubelet.go:1915] SyncLoop (ADD, "api"): "importer-datadv-vm-dev07_default(f2c707fa-0c18-4e87-a93a-da12626e6e23)"''',
  'default', 'importer-datadv-vm-dev07', 'f2c707fa-0c18-4e87-a93a-da12626e6e23', None, None,
  note=N_KV6430 + ': the pod is added to the sync loop', kubelet='1.16', fmt='klog', cls='noise'),
C(KV6430, r'''I0927 11:52:40.561364  314178 reconciler.go:208] operationExecutor.VerifyControllerAttachedVolume started for volume "pvc-01580552-a97a-4f2a-8160-d9945bc864c2" (UniqueName: "kubernetes.io/csi/lvm.csi.sankuai.com^pvc-01580552-a97a-4f2a-8160-d9945bc864c2") pod "importer-datadv-vm-dev07" (UID: "f2c707fa-0c18-4e87-a93a-da12626e6e23")''',
  None, 'importer-datadv-vm-dev07', 'f2c707fa-0c18-4e87-a93a-da12626e6e23', None, None,
  note='the next line: attach check started; names the pod without its namespace', kubelet='1.16', fmt='klog', cls='noise', trap_for='FailedMount'),
C(KV6430, r'''I0927 11:52:40.662371  314178 reconciler.go:253] operationExecutor.MountVolume started for volume "pvc-01580552-a97a-4f2a-8160-d9945bc864c2" (UniqueName: "kubernetes.io/csi/lvm.csi.sankuai.com^pvc-01580552-a97a-4f2a-8160-d9945bc864c2") pod "importer-datadv-vm-dev07" (UID: "f2c707fa-0c18-4e87-a93a-da12626e6e23")''',
  None, 'importer-datadv-vm-dev07', 'f2c707fa-0c18-4e87-a93a-da12626e6e23', None, None,
  note='mount started: noise', kubelet='1.16', fmt='klog', cls='noise', trap_for='FailedMount'),
C(KV6430, r'''I0927 11:52:40.664243  314178 operation_generator.go:704] MountVolume.MountDevice succeeded for volume "pvc-01580552-a97a-4f2a-8160-d9945bc864c2" (UniqueName: "kubernetes.io/csi/lvm.csi.sankuai.com^pvc-01580552-a97a-4f2a-8160-d9945bc864c2") pod "importer-datadv-vm-dev07" (UID: "f2c707fa-0c18-4e87-a93a-da12626e6e23") device mount path "/var/lib/kubelet/plugins/kubernetes.io/csi/pv/pvc-01580552-a97a-4f2a-8160-d9945bc864c2/globalmount"''',
  None, 'importer-datadv-vm-dev07', 'f2c707fa-0c18-4e87-a93a-da12626e6e23', None, None,
  note='MountDevice succeeded: a success, not a mount failure', kubelet='1.16', fmt='klog', cls='noise', trap_for='FailedMount'),
# ---------------------------------------------------------------- kubevirt/kubevirt#6731: Events block
C(KV6731, r'''  Normal   Scheduled           <unknown>            default-scheduler        Successfully assigned default/virt-launcher-windows-nfs-1-45vt9 to k8s-master''',
  'default', 'virt-launcher-windows-nfs-1-45vt9', None, None, None,
  note=N_KV6731 + ': the Scheduled row, noise', kubelet='~1.19', fmt='event', cls='noise'),
C(KV6731, r'''  Warning  FailedAttachVolume  2m28s                attachdetach-controller  AttachVolume.Attach failed for volume "pvc-ff66be46-2051-4210-8562-82e164cbb92f" : attachdetachment timeout for volume pvc-ff66be46-2051-4210-8562-82e164cbb92f''',
  None, None, None, None, 'FailedMount',
  note="the CSI attach of the pod's PVC timed out, so the volume cannot be mounted (the table files FailedAttachVolume under FailedMount); the row names no pod", kubelet='~1.19', fmt='event', cls='volume'),
C(KV6731, r'''  Warning  FailedMount         2m25s                kubelet, k8s-master      Unable to attach or mount volumes: unmounted volumes=[cdromiso], unattached volumes=[cdromiso harddrive virt-bin-share-dir container-disks ephemeral-disks hotplug-disks libvirt-runtime sockets]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="the kubelet's FailedMount row: volume cdromiso never attached", kubelet='~1.19', fmt='event', cls='volume'),
C(KV6731, r'''  Warning  FailedAttachVolume  18s (x8 over 2m27s)  attachdetach-controller  AttachVolume.Attach failed for volume "pvc-ff66be46-2051-4210-8562-82e164cbb92f" : rpc error: code = DeadlineExceeded desc = Failed to attach volume pvc-ff66be46-2051-4210-8562-82e164cbb92f to node k8s-master''',
  None, None, None, None, 'FailedMount',
  note='the attach retried 8 times and hit the CSI deadline (the next FailedMount row was cut in the search view and is left out)', kubelet='~1.19', fmt='event', cls='volume'),
    ]
