# Hunt 12 for the real-lines table (issue 13 item 3): a HELD-OUT set of pod-level image-pull and
# volume-mount lines and their neighbours (FailedMount: Unable to mount volumes, timeout expired waiting
# for volumes, CSI driver not registered, config map not found; ErrImagePull, ImagePullBackOff, Pulling,
# Pulled; and the noise, scheduler and attach-detach rows around them), taken from threads that
# real_lines.jsonl did not cite when this file was written. Same rules as gen_real_lines_h8.py: each
# line is copied exactly as its public source shows it (raw strings: backslashes are the line's own;
# the tab characters inside the kubectl-describe rows of cri-o#189 are the rows' own tabs, as the
# thread shows them), with the source's URL, and each was seen twice (two different searches that
# returned the same passage, compared again). Expected fields are what an SRE reads on the line, not
# what podpulse prints. Node-level lines are never attributed to a pod. Written as a
# held-out set: the build of e02f14b named pod+reason right on 32 of these 33 lines.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

OS17210 = "https://github.com/openshift/origin/issues/17210"
CEPH710 = "https://github.com/ceph/ceph-csi/issues/710"
CEPH1479 = "https://github.com/ceph/ceph-csi/issues/1479"
CEPH1820 = "https://github.com/ceph/ceph-csi/issues/1820"
K109955 = "https://github.com/kubernetes/kubernetes/issues/109955"
K96635 = "https://github.com/kubernetes/kubernetes/issues/96635"
K111528 = "https://github.com/kubernetes/kubernetes/issues/111528"
CRIO189 = "https://github.com/cri-o/cri-o/pull/189"
ARGO9361 = "https://github.com/argoproj/argo-workflows/issues/9361"


def HUNT_H12(C):
    return [
# ---------------------------------------------------------------- openshift/origin/issues/17210
C(OS17210, r'''E1107 04:02:54.659238    6117 pod_workers.go:186] Error syncing pod eded16ae-c36f-11e7-9d53-42010a14002f ("persistent-volume-setup-5v9r2_default(eded16ae-c36f-11e7-9d53-42010a14002f)"), skipping: timeout expired waiting for volumes to attach/mount for pod "default"/"persistent-volume-setup-5v9r2". list of unattached/unmounted volumes=[pvinstaller-token-rtc9s]''',
  'default', 'persistent-volume-setup-5v9r2', 'eded16ae-c36f-11e7-9d53-42010a14002f', None, 'FailedMount',
  note="OpenShift origin v3.7.0-rc.0 (run on Travis, Nov 2017) carries Kubernetes 1.7; pod_workers' sync error whose cause is the volume wait timing out (the issue's 'timeout expired waiting for volumes' class): the pod could not mount its service-account token volume", kubelet='~1.7', fmt='klog', cls='volume'),
C(OS17210, r'''E1107 04:02:55.659182    6117 kubelet.go:1594] Unable to mount volumes for pod "docker-registry-1-deploy_default(ef0ec675-c36f-11e7-9d53-42010a14002f)": timeout expired waiting for volumes to attach/mount for pod "default"/"docker-registry-1-deploy". list of unattached/unmounted volumes=[deployer-token-fn26t]; skipping pod''',
  'default', 'docker-registry-1-deploy', 'ef0ec675-c36f-11e7-9d53-42010a14002f', None, 'FailedMount',
  note='OpenShift origin v3.7.0-rc.0 (run on Travis, Nov 2017) carries Kubernetes 1.7; kubelet.go\'s \'Unable to mount volumes for pod "name_ns(uid)"\' refusal; the pod is attributed from the quoted name_namespace(uid) form', kubelet='~1.7', fmt='klog', cls='volume'),
C(OS17210, r'''E1107 04:02:55.659215    6117 pod_workers.go:186] Error syncing pod ef0ec675-c36f-11e7-9d53-42010a14002f ("docker-registry-1-deploy_default(ef0ec675-c36f-11e7-9d53-42010a14002f)"), skipping: timeout expired waiting for volumes to attach/mount for pod "default"/"docker-registry-1-deploy". list of unattached/unmounted volumes=[deployer-token-fn26t]''',
  'default', 'docker-registry-1-deploy', 'ef0ec675-c36f-11e7-9d53-42010a14002f', None, 'FailedMount',
  note='OpenShift origin v3.7.0-rc.0 (run on Travis, Nov 2017) carries Kubernetes 1.7; the matching pod_workers line for the same pod, same timeout', kubelet='~1.7', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- ceph/ceph-csi/issues/710
C(CEPH710, r'''  Normal   SuccessfulAttachVolume  41m                 attachdetach-controller  AttachVolume.Attach succeeded for volume "pvc-5d317451-01f2-11ea-b95f-eeeeeeeeeeee"''',
  None, None, None, None, None,
  note="ceph-csi#710 description (Nov 2019): kubectl describe pod events of csi-rbd-demo-pod; 'kubelet, master3' source column and the 'attach or mount … list of unmounted volumes' form put the kubelet at about 1.15/1.16 (not stated); the attach-detach controller's success event: no failure and no pod named on the row", fmt='event', cls='volume', trap_for='FailedMount'),
C(CEPH710, r'''  Warning  FailedMount             10m (x23 over 40m)  kubelet, master3         MountVolume.MountDevice failed for volume "pvc-5d317451-01f2-11ea-b95f-eeeeeeeeeeee" : driver name rbd.csi.ceph.com not found in the list of registered CSI drivers''',
  None, None, None, None, 'FailedMount',
  note="ceph-csi#710 description (Nov 2019): kubectl describe pod events of csi-rbd-demo-pod; 'kubelet, master3' source column and the 'attach or mount … list of unmounted volumes' form put the kubelet at about 1.15/1.16 (not stated); MountDevice failed because the CSI driver was not registered on the node; the row names only the PV", fmt='event', cls='volume'),
C(CEPH710, r'''  Warning  FailedMount             33s (x18 over 39m)  kubelet, master3         Unable to mount volumes for pod "csi-rbd-demo-pod_default(3ebccfa7-01f4-11ea-b95f-eeeeeeeeeeee)": timeout expired waiting for volumes to attach or mount for pod "default"/"csi-rbd-demo-pod". list of unmounted volumes=[mypvc]. list of unattached volumes=[mypvc default-token-rlwk8]''',
  'default', 'csi-rbd-demo-pod', '3ebccfa7-01f4-11ea-b95f-eeeeeeeeeeee', None, 'FailedMount',
  note='ceph-csi#710 description (Nov 2019): kubectl describe pod events of csi-rbd-demo-pod; \'kubelet, master3\' source column and the \'attach or mount … list of unmounted volumes\' form put the kubelet at about 1.15/1.16 (not stated); the \'Unable to mount volumes for pod "name_ns(uid)"\' event names the pod', fmt='event', cls='volume'),
# ---------------------------------------------------------------- ceph/ceph-csi/issues/1479
C(CEPH1479, r'''  Normal   Scheduled               2m53s                  default-scheduler        Successfully assigned default/nginx-ceph-7455b6f7f6-kgdwq to ceph2-n''',
  'default', 'nginx-ceph-7455b6f7f6-kgdwq', None, None, None,
  note="ceph-csi#1479 description (Sep 2020): kubectl describe pod events; 'Unable to attach or mount volumes' (1.17+) with the 'kubelet, <node>' From column (before 1.20): kubelet about 1.18 (not stated); the scheduler's assignment row names the pod as ns/name; no failure", fmt='event', cls='schedule'),
C(CEPH1479, r'''  Normal   SuccessfulAttachVolume  2m52s                  attachdetach-controller  AttachVolume.Attach succeeded for volume "pvc-27b9fd2a-a9e8-413f-9e7e-b3add6f7afcf"''',
  None, None, None, None, None,
  note="ceph-csi#1479 description (Sep 2020): kubectl describe pod events; 'Unable to attach or mount volumes' (1.17+) with the 'kubelet, <node>' From column (before 1.20): kubelet about 1.18 (not stated); the attach-detach controller's success event", fmt='event', cls='volume', trap_for='FailedMount'),
C(CEPH1479, r'''  Warning  FailedMount             50s                    kubelet, ceph2-n         Unable to attach or mount volumes: unmounted volumes=[nginx-ceph-html], unattached volumes=[nginx-ceph-html default-token-ppwwg]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="ceph-csi#1479 description (Sep 2020): kubectl describe pod events; 'Unable to attach or mount volumes' (1.17+) with the 'kubelet, <node>' From column (before 1.20): kubelet about 1.18 (not stated); the kubelet's 'Unable to attach or mount volumes … timed out waiting for the condition' event; the row names volumes, not the pod", fmt='event', cls='volume'),
C(CEPH1479, r'''  Warning  FailedMount             36s (x9 over 2m45s)    kubelet, ceph2-n         MountVolume.MountDevice failed for volume "pvc-27b9fd2a-a9e8-413f-9e7e-b3add6f7afcf" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name rbd.csi.ceph.com not found in the list of registered CSI drivers''',
  None, None, None, None, 'FailedMount',
  note="ceph-csi#1479 description (Sep 2020): kubectl describe pod events; 'Unable to attach or mount volumes' (1.17+) with the 'kubelet, <node>' From column (before 1.20): kubelet about 1.18 (not stated); MountDevice failed: driver rbd.csi.ceph.com not registered (newCsiDriverClient)", fmt='event', cls='volume'),
# ---------------------------------------------------------------- ceph/ceph-csi/issues/1820
C(CEPH1820, r'''Jan 01 18:26:46 kube-work-01 kubelet[46423]: I0101 18:26:46.449445   46423 clientconn.go:106] parsed scheme: ""''',
  None, None, None, None, None,
  note="ceph-csi#1820 description (Jan 2021): kubelet journal around an RBD mount; the kubelet's embedded gRPC client dialling the CSI socket, noise; the version is not stated", fmt='klog', cls='noise'),
C(CEPH1820, r'''Jan 01 18:26:46 kube-work-01 kubelet[46423]: I0101 18:26:46.449456   46423 clientconn.go:106] scheme "" not registered, fallback to default scheme''',
  None, None, None, None, None,
  note="ceph-csi#1820 description (Jan 2021): kubelet journal around an RBD mount; the kubelet's embedded gRPC client dialling the CSI socket, noise; the version is not stated", fmt='klog', cls='noise'),
C(CEPH1820, r'''Jan 01 18:26:46 kube-work-01 kubelet[46423]: I0101 18:26:46.449469   46423 passthrough.go:48] ccResolverWrapper: sending update to cc: {[{/var/lib/kubelet/plugins/rbd.csi.ceph.com/csi.sock  <nil> 0 <nil>}] <nil> <nil>}''',
  None, None, None, None, None,
  note="ceph-csi#1820 description (Jan 2021): kubelet journal around an RBD mount; the kubelet's embedded gRPC client dialling the CSI socket, noise; the version is not stated. the path names the CSI driver's socket, not a pod", fmt='klog', cls='noise'),
C(CEPH1820, r'''Jan 01 18:26:46 kube-work-01 kubelet[46423]: I0101 18:26:46.449475   46423 clientconn.go:948] ClientConn switching balancer to "pick_first"''',
  None, None, None, None, None,
  note="ceph-csi#1820 description (Jan 2021): kubelet journal around an RBD mount; the kubelet's embedded gRPC client dialling the CSI socket, noise; the version is not stated", fmt='klog', cls='noise'),
C(CEPH1820, r'''Jan 01 18:26:46 kube-work-01 kubelet[46423]: I0101 18:26:46.449505   46423 clientconn.go:897] blockingPicker: the picked transport is not ready, loop back to repick''',
  None, None, None, None, None,
  note="ceph-csi#1820 description (Jan 2021): kubelet journal around an RBD mount; the kubelet's embedded gRPC client dialling the CSI socket, noise; the version is not stated. 'not ready' is the gRPC transport's, not a node or pod condition", fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes/kubernetes/issues/109955
C(K109955, r'''Sep 19 14:01:06 n62-108-72 kubelet[3178]: I0919 14:01:06.533476    3178 reconciler.go:269] "operationExecutor.MountVolume started for volume \"pvc-785e53f4-e72e-4326-9e70-e8e881fad471\" (UniqueName: \"kubernetes.io/csi/gitops-platform-storage.rbd.csi.ceph.com^0001-0017-gitops-platform-storage-0000000000000002-8fd1b32e-2d6b-11ed-a7f2-8edb5385608d\") pod \"media-server-iad-2-7ccfdb87d4-msf82\" (UID: \"2673b9c2-b342-4c5d-ac6a-535c1d56c565\") "''',
  None, 'media-server-iad-2-7ccfdb87d4-msf82', '2673b9c2-b342-4c5d-ac6a-535c1d56c565', None, None,
  note="kubernetes#109955 comment by yydzhou (Sep 2022, 'k8s v1.22.13'): the reconciler starting a CSI (ceph RBD) mount, structured message with escaped quotes; progress, not failure. The line names the pod without its namespace", kubelet='1.22', fmt='klog-s', cls='volume', trap_for='FailedMount'),
C(K109955, r'''Sep 19 14:01:06 n62-108-72 kubelet[3178]: I0919 14:01:06.533648    3178 operation_generator.go:575] MountVolume.WaitForAttach entering for volume "pvc-785e53f4-e72e-4326-9e70-e8e881fad471" (UniqueName: "kubernetes.io/csi/gitops-platform-storage.rbd.csi.ceph.com^0001-0017-gitops-platform-storage-0000000000000002-8fd1b32e-2d6b-11ed-a7f2-8edb5385608d") pod "media-server-iad-2-7ccfdb87d4-msf82" (UID: "2673b9c2-b342-4c5d-ac6a-535c1d56c565") DevicePath "csi-4a37d03cc917dda01e5ef792633d342e9e9af4bf319eb27ec96c3c010b74ae9e"''',
  None, 'media-server-iad-2-7ccfdb87d4-msf82', '2673b9c2-b342-4c5d-ac6a-535c1d56c565', None, None,
  note="kubernetes#109955 comment by yydzhou (Sep 2022, 'k8s v1.22.13'): WaitForAttach entering, the next mount step; progress, not failure", kubelet='1.22', fmt='klog', cls='volume', trap_for='FailedMount'),
# ---------------------------------------------------------------- kubernetes/kubernetes/issues/96635
C(K96635, r'''Oct 03 10:45:05 kind-control-plane kubelet[883]: E1003 10:45:05.721415     883 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/configmap/afc08fd7-2b4e-4c38-85fc-d4623f1aad65-log-config podName:afc08fd7-2b4e-4c38-85fc-d4623f1aad65 nodeName:}" failed. No retries permitted until 2024-10-03 10:47:07.721403498 +0000 UTC m=+2117.364836695 (durationBeforeRetry 2m2s). Error: MountVolume.SetUp failed for volume "log-config" (UniqueName: "kubernetes.io/configmap/afc08fd7-2b4e-4c38-85fc-d4623f1aad65-log-config") pod "test-kafka-broker-default-2" (UID: "afc08fd7-2b4e-4c38-85fc-d4623f1aad65") : configmap "test-kafka-broker-default" not found''',
  None, 'test-kafka-broker-default-2', 'afc08fd7-2b4e-4c38-85fc-d4623f1aad65', None, 'FailedMount',
  note="kubernetes#96635 comment (Oct 2024, 'Kubernetes v1.30.4', kind): nestedpendingoperations' MountVolume.SetUp failure, cause a config map that is not found; the pod is named without namespace (the uid twice)", kubelet='1.30', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- kubernetes/kubernetes/issues/111528
C(K111528, r'''Aug 01 10:14:21 ip-*-*-*-* kubelet[6275]: E0801 10:14:21.037106    6275 remote_image.go:218] "PullImage from image service failed" err="rpc error: code = Unknown desc = context deadline exceeded" image="*.*.*.*:5000/sample:latest"''',
  None, None, None, None, 'ErrImagePull',
  note="kubernetes#111528 comment (Aug 2022, k8s 1.24.3, containerd 1.5.5, host name masked by the reporter): remote_image.go's PullImage failure (context deadline exceeded); names the image, not the pod", kubelet='1.24', fmt='klog-s', cls='image'),
C(K111528, r'''Aug 01 10:14:21 ip-*-*-*-* kubelet[6275]: E0801 10:14:21.037179    6275 kuberuntime_image.go:51] "Failed to pull image" err="rpc error: code = Unknown desc = context deadline exceeded" image="*.*.*.*:5000/sample:latest"''',
  None, None, None, None, 'ErrImagePull',
  note="kubernetes#111528: the image manager's 'Failed to pull image' (kuberuntime_image.go), same error; no pod named", kubelet='1.24', fmt='klog-s', cls='image'),
C(K111528, r'''Aug 01 10:14:21 ip-*-*-*-* kubelet[6275]: E0801 10:14:21.037403    6275 pod_workers.go:951] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"sample\" with ErrImagePull: \"rpc error: code = Unknown desc = context deadline exceeded\"" pod="default/sample-6d6fc7b9f8-9h52h" podUID=0e6b9a30-e9e5-4dd6-ab5f-f5c8ebcc2460''',
  'default', 'sample-6d6fc7b9f8-9h52h', '0e6b9a30-e9e5-4dd6-ab5f-f5c8ebcc2460', 'sample', 'ErrImagePull',
  note="kubernetes#111528: pod_workers' 'Error syncing pod, skipping' with ErrImagePull for container sample", kubelet='1.24', fmt='klog-s', cls='image'),
# ---------------------------------------------------------------- cri-o/cri-o/pull/189
C(CRIO189, r'''  18m		18m		1	{default-scheduler }				Normal		Scheduled	Successfully assigned nginx-1978115907-qqxfg to gklab-97a-012''',
  None, 'nginx-1978115907-qqxfg', None, None, None,
  note="cri-o#189 comment (Jan 2017, ocid with Kubernetes' CRI): kubectl describe pod event rows, tab-separated as the thread shows them; the SandboxReceived event dates the kubelet to about 1.5; the scheduler's row (old form, pod name without namespace)", kubelet='~1.5', fmt='event', cls='schedule'),
C(CRIO189, r'''  18m		18m		1	{kubelet gklab-97a-012}				Normal		SandboxReceived	Pod sandbox received, it will be created.''',
  None, None, None, None, None,
  note="cri-o#189 comment (Jan 2017, ocid with Kubernetes' CRI): kubectl describe pod event rows, tab-separated as the thread shows them; the SandboxReceived event dates the kubelet to about 1.5; SandboxReceived: the sandbox is about to be created, not a failure", kubelet='~1.5', fmt='event', cls='sandbox', trap_for='FailedCreatePodSandBox'),
C(CRIO189, r'''  18m		2m		6	{kubelet gklab-97a-012}	spec.containers{nginx}	Normal		Pulling		pulling image "nginx"''',
  None, None, None, 'nginx', 'Pulling',
  note="cri-o#189 comment (Jan 2017, ocid with Kubernetes' CRI): kubectl describe pod event rows, tab-separated as the thread shows them; the SandboxReceived event dates the kubelet to about 1.5; Pulling event of container nginx (FieldPath spec.containers{nginx})", kubelet='~1.5', fmt='event', cls='image'),
C(CRIO189, r'''  16m		17s		6	{kubelet gklab-97a-012}	spec.containers{nginx}	Warning		Failed		Failed to pull image "nginx": rpc error: code = 4 desc = context deadline exceeded''',
  None, None, None, 'nginx', 'ErrImagePull',
  note="cri-o#189 comment (Jan 2017, ocid with Kubernetes' CRI): kubectl describe pod event rows, tab-separated as the thread shows them; the SandboxReceived event dates the kubelet to about 1.5; the Failed event: 'Failed to pull image' (rpc code 4 = DeadlineExceeded)", kubelet='~1.5', fmt='event', cls='image'),
C(CRIO189, r'''  16m		17s		6	{kubelet gklab-97a-012}				Warning		FailedSync	Error syncing pod, skipping: failed to "StartContainer" for "nginx" with ErrImagePull: "rpc error: code = 4 desc = context deadline exceeded"''',
  None, None, None, 'nginx', 'ErrImagePull',
  note="cri-o#189 comment (Jan 2017, ocid with Kubernetes' CRI): kubectl describe pod event rows, tab-separated as the thread shows them; the SandboxReceived event dates the kubelet to about 1.5; FailedSync row whose cause is ErrImagePull for container nginx: the specific reason wins over the generic sync failure", kubelet='~1.5', fmt='event', cls='image'),
C(CRIO189, r'''  16m	4s	22	{kubelet gklab-97a-012}	spec.containers{nginx}	Normal	BackOff		Back-off pulling image "nginx"''',
  None, None, None, 'nginx', 'ImagePullBackOff',
  note="cri-o#189 comment (Jan 2017, ocid with Kubernetes' CRI): kubectl describe pod event rows, tab-separated as the thread shows them; the SandboxReceived event dates the kubelet to about 1.5; BackOff event: 'Back-off pulling image'", kubelet='~1.5', fmt='event', cls='image'),
C(CRIO189, r'''  16m	4s	22	{kubelet gklab-97a-012}				Warning	FailedSync	Error syncing pod, skipping: failed to "StartContainer" for "nginx" with ImagePullBackOff: "Back-off pulling image \"nginx\""''',
  None, None, None, 'nginx', 'ImagePullBackOff',
  note="cri-o#189 comment (Jan 2017, ocid with Kubernetes' CRI): kubectl describe pod event rows, tab-separated as the thread shows them; the SandboxReceived event dates the kubelet to about 1.5; FailedSync row whose cause is ImagePullBackOff for container nginx", kubelet='~1.5', fmt='event', cls='image'),
# ---------------------------------------------------------------- argoproj/argo-workflows/issues/9361
C(ARGO9361, r'''Failed to pull image "reanahub/reana-demo-bsm-search": rpc error: code = Unknown desc = context deadline exceeded''',
  None, None, None, None, 'ErrImagePull',
  note="argo-workflows#9361 description (Aug 2022, minikube 1.26.1, Kubernetes 1.24.3): the event message the reporter quotes inline: the kubelet's 'Failed to pull image' (context deadline exceeded); no pod named", kubelet='1.24', fmt='event', cls='image'),
C(ARGO9361, r'''  Warning  FailedScheduling  25m                   default-scheduler  0/1 nodes are available: 1 pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.''',
  None, None, None, None, None,
  note="argo-workflows#9361 description (Aug 2022, minikube 1.26.1, Kubernetes 1.24.3): the scheduler's FailedScheduling event (unbound PVC): not a kubelet failure, no pod named", kubelet='1.24', fmt='event', cls='schedule', trap_for='FailedMount'),
C(ARGO9361, r'''  Normal   Scheduled         25m                   default-scheduler  Successfully assigned argo/bsm-search-xfrs2-cleanup-recreate-dir-3975220683 to minikube''',
  'argo', 'bsm-search-xfrs2-cleanup-recreate-dir-3975220683', None, None, None,
  note="argo-workflows#9361 description (Aug 2022, minikube 1.26.1, Kubernetes 1.24.3): the scheduler's assignment row names the pod as ns/name", kubelet='1.24', fmt='event', cls='schedule'),
C(ARGO9361, r'''  Normal   Pulling           25m                   kubelet            Pulling image "quay.io/argoproj/argoexec:latest"''',
  None, None, None, None, 'Pulling',
  note='argo-workflows#9361 description (Aug 2022, minikube 1.26.1, Kubernetes 1.24.3): Pulling event (argoexec init image)', kubelet='1.24', fmt='event', cls='image'),
C(ARGO9361, r'''  Normal   Pulled            25m                   kubelet            Successfully pulled image "quay.io/argoproj/argoexec:latest" in 28.688209447s''',
  None, None, None, None, 'Pulled',
  note='argo-workflows#9361 description (Aug 2022, minikube 1.26.1, Kubernetes 1.24.3): Pulled event with the pull duration', kubelet='1.24', fmt='event', cls='image'),
    ]
