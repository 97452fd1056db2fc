# Hunt 41 for issue 13: a HELD-OUT set of real kubelet, containerd, CRI-O and kubectl event lines from
# GitHub threads of 2022-2026 that the table did not cite (containerd/containerd#12138,
# kubernetes/kubernetes#119670 (PR), #127339 and #113145 (PR), juicedata/juicefs-csi-driver#1191,
# elastisys/compliantkubernetes-apps#2638, kubernetes/cloud-provider-openstack#1851,
# Huawei/eSDK_K8S_Plugin#150, cri-o/cri-o#8481, substratusai/runbooks#42,
# kubernetes-sigs/kube-network-policies#307, cert-manager/cert-manager#7426; each checked with grep
# against real_lines.jsonl and every gen_real_lines_*.py). Whole consecutive runs were taken where the
# thread pastes one, noise included; a run stops where the stored copy of the thread cut the next line
# (the NetworkManager line inside the containerd#12138 run is left out: it is no kubelet or runtime line).
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own; the leading blanks of the event rows are the rows' own), with
# the source's URL, and each was seen twice (two different searches). Expected fields are what an SRE
# reads in the line itself, not podpulse's output. Node-level lines are never attributed to a pod.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"
CTD = "https://github.com/containerd/containerd/issues/12138"
JFS = "https://github.com/juicedata/juicefs-csi-driver/issues/1191"
ELX = "https://github.com/elastisys/compliantkubernetes-apps/issues/2638"
CPO = "https://github.com/kubernetes/cloud-provider-openstack/issues/1851"
HW = "https://github.com/Huawei/eSDK_K8S_Plugin/issues/150"
CRIO = "https://github.com/cri-o/cri-o/issues/8481"
SUB = "https://github.com/substratusai/runbooks/issues/42"
KNP = "https://github.com/kubernetes-sigs/kube-network-policies/issues/307"
CM = "https://github.com/cert-manager/cert-manager/issues/7426"


def HUNT_H41(C):
    return [
# ---------------------------------------------------------------- containerd#12138: runtime calls time out (Jul 2025)
C(CTD, r'''Jul 22 07:26:35 HOST-10-118-19-28 kubelet[14287]: E0722 07:26:35.418347   14287 kuberuntime_image.go:101] "Failed to list images" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"''',
  None, None, None, None, None,
  note="image pull hang with containerd 1.6.22 (Jul 2025): the kubelet's image list call timed out; a runtime symptom that names no pod and is no image-GC failure nor a runtime-down condition", fmt='klog-s', cls='noise'),
C(CTD, r'''Jul 22 07:26:35 HOST-10-118-19-28 kubelet[14287]: I0722 07:26:35.418359   14287 image_gc_manager.go:199] "Failed to update image list" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"''',
  None, None, None, None, None,
  note="the image GC manager's periodic image-list refresh failing on the same timeout (info level); not 'Image garbage collection failed'", fmt='klog-s', cls='noise'),
C(CTD, r'''Jul 22 07:26:35 HOST-10-118-19-28 kubelet[14287]: E0722 07:26:35.559211   14287 remote_runtime.go:391] "ListPodSandbox with filter from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" filter="&PodSandboxFilter{Id:,State:&PodSandboxStateValue{State:SANDBOX_READY,},LabelSelector:map[string]string{},}"''',
  None, None, None, None, None,
  note='the sandbox list call timing out (as the JSON form of the same message in the table: None)', fmt='klog-s', cls='noise'),
C(CTD, r'''Jul 22 07:26:35 HOST-10-118-19-28 kubelet[14287]: E0722 07:26:35.559261   14287 kuberuntime_sandbox.go:297] "Failed to list pod sandboxes" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"''',
  None, None, None, None, None,
  note='the caller of the same failed list; names no pod', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- kubernetes PR 119670: containerd exit event (Jul 2023)
C(KP + "119670", r'''Jul 23 18:56:46 tmp-node-e2e-92a26bb7-cos-97-16919-353-1 containerd[910]: time="2023-07-23T18:56:46.329304474Z" level=debug msg="received exit event container_id:\"98bac6c4b73cfd4c647647aa80248208b67de059874d4ddfdd1aa43ea3967e54\" id:\"98bac6c4b73cfd4c647647aa80248208b67de059874d4ddfdd1aa43ea3967e54\" pid:38265 exit_status:137 exited_at:{seconds:1690138606 nanos:325950236}"''',
  None, None, None, None, None,
  note="containerd 1.7 node e2e (ci-containerd-node-e2e-1-7): the task exit event of an OOM-killed container; exit 137 alone is a SIGKILL, not an OOM (the TaskOOM event was the one lost); names only the container id", fmt='containerd', cls='runtime'),
# ---------------------------------------------------------------- volume mount failures
C(JFS, r'''Nov 25 11:05:52 vm10-0-68-194 kubelet: E1125 11:05:52.556459    6584 nestedpendingoperations.go:301] Operation for "{volumeName:kubernetes.io/csi/csi.juicefs.com^juicefs-pv podName: nodeName:}" failed. No retries permitted until 2024-11-25 11:06:24.556434716 +0800 CST m=+20474638.270151948 (durationBeforeRetry 32s). Error: "MountVolume.MountDevice failed for volume \"juicefs-pv\" (UniqueName: \"kubernetes.io/csi/csi.juicefs.com^juicefs-pv\") pod \"juicefs-app\" (UID: \"6c5b92ba-6993-48be-b66e-d66b30e59fc2\") : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name csi.juicefs.com not found in the list of registered CSI drivers"''',
  None, 'juicefs-app', '6c5b92ba-6993-48be-b66e-d66b30e59fc2', None, 'FailedMount',
  note="JuiceFS CSI thread (Nov 2024): MountDevice failed because the CSI driver is not registered with the kubelet; names pod and uid, no namespace. Unstructured nestedpendingoperations.go:301: a kubelet of about 1.21 (version not stated)", fmt='klog', cls='volume'),
C(ELX, r'''E0730 06:28:06.553643  304916 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/cinder.csi.openstack.org^3830d585-bc45-4d90-a9c6-f95bbaed9001 podName:13f993fd-9293-4d0c-978d-c0ec4ff0e2f9 nodeName:}" failed. No retries permitted until 2025-07-30 06:30:08.553620675 +0000 UTC m=+1209121.261490732 (durationBeforeRetry 2m2s). Error: UnmountVolume.TearDown failed for volume "pvc-59774462-b603-40d0-8760-b76b7a8f926a" (UniqueName: "kubernetes.io/csi/cinder.csi.openstack.org^3830d585-bc45-4d90-a9c6-f95bbaed9001") pod "13f993fd-9293-4d0c-978d-c0ec4ff0e2f9" (UID: "13f993fd-9293-4d0c-978d-c0ec4ff0e2f9") : kubernetes.io/csi: Unmounter.TearDownAt failed to get CSI client: driver name cinder.csi.openstack.org not found in the list of registered CSI drivers''',
  None, None, '13f993fd-9293-4d0c-978d-c0ec4ff0e2f9', None, None,
  note="look-alike: an UNMOUNT (TearDown) failure of a deleted pod's volume, Jul 2025: not FailedMount (as the table's other TearDown line); the 'pod' named is the pod uid", fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(CPO, r'''May 09 11:03:55 node-006.testing k0s[611865]: time="2022-05-09 11:03:55" level=info msg="E0509 11:03:55.863827  611893 nestedpendingoperations.go:335] Operation for \"{volumeName:kubernetes.io/csi/cinder.csi.openstack.org^59be3fd4-ba05-4d06-a2e1-e604d48072a1 podName: nodeName:}\" failed. No retries permitted until 2022-05-09 11:03:56.363803627 +0000 UTC m=+1452542.044119761 (durationBeforeRetry 500ms). Error: MountVolume.SetUp failed for volume \"pvc-2c060d87-4355-436d-b42e-15becdcfb938\" (UniqueName: \"kubernetes.io/csi/cinder.csi.openstack.org^59be3fd4-ba05-4d06-a2e1-e604d48072a1\") pod \"server-1\" (UID: \"3a72dd18-5a6a-4300-acc5-93c09f3b874d\") : applyFSGroup failed for vol 59be3fd4-ba05-4d06-a2e1-e604d48072a1: lstat /var/lib/k0s/kubelet/pods/3a72dd18-5a6a-4300-acc5-93c09f3b874d/volumes/kubernetes.io~csi/pvc-2c060d87-4355-436d-b42e-15becdcfb938/mount: no such file or directory\" component=kubelet"''',
  None, 'server-1', '3a72dd18-5a6a-4300-acc5-93c09f3b874d', None, 'FailedMount',
  note="k0s wraps the embedded kubelet's klog line in its own logrus line (May 2022): MountVolume.SetUp failed (applyFSGroup on a missing mount dir); the line names pod and uid but no namespace (consul/ is on another line). nestedpendingoperations.go:335: about 1.23", kubelet='~1.23', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- Huawei/eSDK_K8S_Plugin#150: OpenShift kubenswrapper run before a MountDevice failure
C(HW, r'''Dec 20 13:25:06 worker-4.prod.example.com kubenswrapper[3604]: I1220 13:25:06.173482    3604 kubelet_getters.go:218] "Pod status updated" pod="openshift-machine-config-operator/kube-rbac-proxy-crio-worker-4.prod.example.com" status="Running"''',
  'openshift-machine-config-operator', 'kube-rbac-proxy-crio-worker-4.prod.example.com', None, None, None,
  note="OpenShift's kubelet (kubenswrapper) reporting a static pod's status: routine noise", fmt='klog-s', cls='noise'),
C(HW, r'''Dec 20 13:25:06 worker-4.prod.example.com kubenswrapper[3604]: I1220 13:25:06.621368    3604 reconciler_common.go:220] "operationExecutor.MountVolume started for volume \"pvc-bba649ee-4279-49ee-bba6-c8dd5b07f1d9\" (UniqueName: \"kubernetes.io/csi/csi.huawei.com^dorado.pvc-bba649ee-4279-49ee-bba6-c8dd5b07f1d9\") pod \"postgresql-0\" (UID: \"beb1c30a-316f-41bf-96c9-8de6c5a62cb5\") " pod="postgresql/postgresql-0"''',
  'postgresql', 'postgresql-0', 'beb1c30a-316f-41bf-96c9-8de6c5a62cb5', None, None,
  note='look-alike: the mount of a CSI volume STARTED; no failure yet', fmt='klog-s', cls='volume-trap', trap_for=['FailedMount']),
C(HW, r'''Dec 20 13:25:06 worker-4.prod.example.com kubenswrapper[3604]: I1220 13:25:06.621471    3604 operation_generator.go:622] "MountVolume.WaitForAttach entering for volume \"pvc-bba649ee-4279-49ee-bba6-c8dd5b07f1d9\" (UniqueName: \"kubernetes.io/csi/csi.huawei.com^dorado.pvc-bba649ee-4279-49ee-bba6-c8dd5b07f1d9\") pod \"postgresql-0\" (UID: \"beb1c30a-316f-41bf-96c9-8de6c5a62cb5\") DevicePath \"\"" pod="postgresql/postgresql-0"''',
  'postgresql', 'postgresql-0', 'beb1c30a-316f-41bf-96c9-8de6c5a62cb5', None, None,
  note='look-alike: WaitForAttach entering, the next step of the same mount; no failure', fmt='klog-s', cls='volume-trap', trap_for=['FailedMount']),
# ---------------------------------------------------------------- cri-o#8481: CRI-O 1.30.4 start-up (Aug 2024)
C(CRIO, r'''Aug 14 15:50:33 Debian12 crio[2960]: time="2024-08-14 15:50:33.127504642+08:00" level=info msg="Starting CRI-O, version: 1.30.4, git: dbc00ffd41a487c847158032193b6dca9b49e821(clean)"''',
  None, None, None, None, None,
  note="journalctl -u crio.service while kubeadm init failed (Debian 12): CRI-O starting; noise. CRI-O 1.30 pairs with kubelet 1.30", kubelet='~1.30', fmt='crio', cls='noise'),
C(CRIO, r'''Aug 14 15:50:33 Debian12 crio[2960]: time="2024-08-14 15:50:33.143009717+08:00" level=info msg="Node configuration value for hugetlb cgroup is true"''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.30', fmt='crio', cls='noise'),
C(CRIO, r'''Aug 14 15:50:33 Debian12 crio[2960]: time="2024-08-14 15:50:33.143058062+08:00" level=info msg="Node configuration value for pid cgroup is true"''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.30', fmt='crio', cls='noise'),
C(CRIO, r'''Aug 14 15:50:33 Debian12 crio[2960]: time="2024-08-14 15:50:33.143148558+08:00" level=info msg="Node configuration value for memoryswap cgroup is true"''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.30', fmt='crio', cls='noise'),
C(CRIO, r'''Aug 14 15:50:33 Debian12 crio[2960]: time="2024-08-14 15:50:33.143158624+08:00" level=info msg="Node configuration value for cgroup v2 is true"''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.30', fmt='crio', cls='noise'),
C(CRIO, r'''Aug 14 15:50:33 Debian12 crio[2960]: time="2024-08-14 15:50:33.154657807+08:00" level=info msg="Node configuration value for systemd AllowedCPUs is true"''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.30', fmt='crio', cls='noise'),
C(CRIO, r'''Aug 14 15:50:34 Debian12 crio[2960]: time="2024-08-14 15:50:34.537593522+08:00" level=info msg="Using default capabilities: CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_FSETID, CAP_FOWNER, CAP_SETGID, CAP_SETUID, CAP_SETPCAP, CAP_NET_BIND_SERVICE, CAP_KILL"''',
  None, None, None, None, None, note='start-up noise (CAP_KILL is a capability, not a kill)', kubelet='~1.30', fmt='crio', cls='noise'),
# ---------------------------------------------------------------- image pulls: kubectl describe event rows
C(SUB, r'''  Warning  Failed     5m50s (x4 over 7m13s)  kubelet                                Failed to pull image "docker.io/substratusai/controller-manager:v0.0.2-alpha": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/substratusai/controller-manager:v0.0.2-alpha": failed to resolve reference "docker.io/substratusai/controller-manager:v0.0.2-alpha": docker.io/substratusai/controller-manager:v0.0.2-alpha: not found''',
  None, None, None, None, 'ErrImagePull',
  note='kubectl describe event row (Jun 2023, containerd): the tag does not exist; names no pod', fmt='event', cls='image'),
C(SUB, r'''  Normal   BackOff    2m4s (x22 over 7m12s)  kubelet                                Back-off pulling image "docker.io/substratusai/controller-manager:v0.0.2-alpha"''',
  None, None, None, None, 'ImagePullBackOff',
  note='the next row: the kubelet backs off the pull', fmt='event', cls='image'),
C(KNP, r"""  Back-off pulling image "registry.k8s.io/networking/kube-network-policies:v1.0.0": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "registry.k8s.io/networking/kube-network-policies:v1.0.0": failed to resolve image: registry.k8s.io/networking/kube-network-policies:v1.0.0: not found'""",
  None, None, None, None, 'ImagePullBackOff',
  note="Feb 2026: the container's waiting message in the newer form 'Back-off pulling image X: ErrImagePull: <cause>' (the row's two leading blanks are the thread's list indent; the trailing quote is the thread's own): the container is in ImagePullBackOff after an ErrImagePull", fmt='event', cls='image'),
C(CM, r'''  Normal   Scheduled  14m                   default-scheduler  Successfully assigned cert-manager/cert-manager-startupapicheck-7ckn6 to gke-k8s-system-2c485813-tc93''',
  'cert-manager', 'cert-manager-startupapicheck-7ckn6', None, None, None,
  note='kubectl describe pod events (Nov 2024, GKE): the scheduler placed the pod; names it as namespace/name', fmt='event', cls='noise'),
C(CM, r'''  Normal   Pulling    12m (x4 over 14m)     kubelet            Pulling image "quay.io/jetstack/cert-manager-ctl:v1.16.1"''',
  None, None, None, None, 'Pulling', note='the pull starts (4 times)', fmt='event', cls='image'),
C(CM, r'''  Warning  Failed     12m (x4 over 14m)     kubelet            Failed to pull image "quay.io/jetstack/cert-manager-ctl:v1.16.1": rpc error: code = NotFound desc = failed to pull and unpack image "quay.io/jetstack/cert-manager-ctl:v1.16.1": failed to resolve reference "quay.io/jetstack/cert-manager-ctl:v1.16.1": quay.io/jetstack/cert-manager-ctl:v1.16.1: not found''',
  None, None, None, None, 'ErrImagePull', note='the tag v1.16.1 of cert-manager-ctl was never published', fmt='event', cls='image'),
C(CM, r'''  Warning  Failed     12m (x4 over 14m)     kubelet            Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull', note="the container's error row", fmt='event', cls='image'),
C(CM, r'''  Warning  Failed     12m (x6 over 14m)     kubelet            Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff', note="the container's back-off error row", fmt='event', cls='image'),
C(CM, r'''  Normal   BackOff    3m58s (x42 over 14m)  kubelet            Back-off pulling image "quay.io/jetstack/cert-manager-ctl:v1.16.1"''',
  None, None, None, None, 'ImagePullBackOff', note='the back-off row', fmt='event', cls='image'),
# ---------------------------------------------------------------- kubernetes#127339: a pod deleted (Sep 2024)
C(K + "127339", r'''Sep 19 09:47:38 control-plane kubelet[1010937]: I0919 09:47:38.356957 1010937 pod_startup_latency_tracker.go:102] "Observed pod startup duration" pod="default/test-54f748667b-xln29" podStartSLOduration=136.39753918 podStartE2EDuration="2m25.356927039s" podCreationTimestamp="2024-09-19 09:45:13 +0000 UTC" firstStartedPulling="2024-09-19 09:45:14.250689898 +0000 UTC m=+529419.335448956" lastFinishedPulling="2024-09-19 09:45:23.210077768 +0000 UTC m=+529428.294836815" observedRunningTime="2024-09-19 09:45:23.701480121 +0000 UTC m=+529428.786239168" watchObservedRunningTime="2024-09-19 09:47:38.356927039 +0000 UTC m=+529563.441686096"''',
  'default', 'test-54f748667b-xln29', None, None, None,
  note="preStop-hook thread (Sep 2024), journalctl -g <pod> -u kubelet: the start-up latency record, noise (mentions pulling, is no pull event)", fmt='klog-s', cls='noise', trap_for=['Pulling', 'Pulled']),
C(K + "127339", r'''Sep 19 09:47:38 control-plane kubelet[1010937]: I0919 09:47:38.357192 1010937 kubelet.go:2431] "SyncLoop DELETE" source="api" pods=["default/test-54f748667b-xln29"]''',
  'default', 'test-54f748667b-xln29', None, None, None,
  note='the API deleted the pod; noise', fmt='klog-s', cls='noise'),
C(K + "127339", r'''Sep 19 09:47:38 control-plane kubelet[1010937]: I0919 09:47:38.357219 1010937 pod_workers.go:854] "Pod is marked for graceful deletion, begin teardown" pod="default/test-54f748667b-xln29" podUID="1e43b302-e014-4a42-846e-34bd9e4f1141" updateType="update"''',
  'default', 'test-54f748667b-xln29', '1e43b302-e014-4a42-846e-34bd9e4f1141', None, None,
  note='teardown begins; no container is killed by this line', fmt='klog-s', cls='noise', trap_for=['Killing']),
# ---------------------------------------------------------------- kubernetes PR 113145: a force-deleted pod terminating (Oct 2022)
C(KP + "113145", r'''Oct 19 00:23:45 kind-worker kubelet[273]: I1019 00:23:45.896841     273 kubelet.go:1761] "syncTerminatingPod enter" pod="default/test-term-kind-worker" podUID=d1c4757bcb230bf06ab7e866b62132a1''',
  'default', 'test-term-kind-worker', 'd1c4757bcb230bf06ab7e866b62132a1', None, None,
  note="kind repro on the 1.26 development branch (Oct 2022): the pod worker enters termination; noise. The uid is a static pod's hash", kubelet='~1.26', fmt='klog-s', cls='noise'),
C(KP + "113145", r'''Oct 19 00:23:45 kind-worker kubelet[273]: I1019 00:23:45.897362     273 kubelet.go:1791] "Pod terminating with grace period" pod="default/test-term-kind-worker" podUID=d1c4757bcb230bf06ab7e866b62132a1 gracePeriod=100''',
  'default', 'test-term-kind-worker', 'd1c4757bcb230bf06ab7e866b62132a1', None, None,
  note="the pod's grace period; not yet a container kill (as the table's other line of this message)", kubelet='~1.26', fmt='klog-s', cls='noise', trap_for=['Killing']),
C(KP + "113145", r'''Oct 19 00:23:45 kind-worker kubelet[273]: I1019 00:23:45.897541     273 kuberuntime_container.go:698] "Killing container with a grace period override" pod="default/test-term-kind-worker" podUID=d1c4757bcb230bf06ab7e866b62132a1 containerName="main" containerID="containerd://453682542f97798080422795c40bba9d4b827098c17a28fbe609dfc78873447e" gracePeriod=100''',
  'default', 'test-term-kind-worker', 'd1c4757bcb230bf06ab7e866b62132a1', 'main', 'Killing',
  note='the kubelet kills container main with the overridden grace period', kubelet='~1.26', fmt='klog-s', cls='kill'),
    ]
