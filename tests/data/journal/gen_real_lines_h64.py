# Hunt 64 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from threads the
# table did not cite before this file, mostly whole pasted runs of `kubectl get events` tables (the
# newer LAST SEEN / TYPE / REASON / OBJECT / MESSAGE layout, with or without the NAMESPACE column, and
# the older LASTSEEN FIRSTSEEN COUNT NAME KIND ... layout) and the kubelet journal lines beside them.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes and tab characters are the line's own), with the source's URL, and each was
# seen twice (two different searches of the issue corpus returned the same thread text). Expected
# fields are what an SRE reads in the line itself, not what podpulse outputs: a row whose columns name
# no namespace has ns None; a row that names only a pod uid has pod None. Noise rows (Created,
# Scheduled, SuccessfulCreate, ScalingReplicaSet, ...) have reason None. Node-level lines name no pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

KBB = "https://github.com/kubebb/core/pull/130"
RSJ = "https://github.com/rootsongjc/kubernetes-handbook/issues/16"
OPS = "https://github.com/opsnull/follow-me-install-kubernetes-cluster/issues/105"
RKE = "https://github.com/rancher/rke2/issues/3823"
MK = "https://github.com/canonical/microk8s/issues/1866"
MK2 = "https://github.com/canonical/microk8s/issues/5282"
DH = "https://github.com/deckhouse/deckhouse/pull/6419"
K103530 = "https://github.com/kubernetes/kubernetes/issues/103530"
TR = "https://github.com/NetApp/trident/issues/506"
TR2 = "https://github.com/NetApp/trident/issues/607"


def HUNT_H64(C):
    return [
# ---------------------------------------------------------------- kubebb/core#130: kubectl get events -A run (kind)
C(KBB, r'''local-path-storage   9m32s       Warning   FailedMount               pod/local-path-provisioner-c49b7b56f-vjkz4          MountVolume.SetUp failed for volume "kube-api-access-pljgx" : failed to sync configmap cache: timed out waiting for the condition''',
  'local-path-storage', 'local-path-provisioner-c49b7b56f-vjkz4', None, None, 'FailedMount',
  note="kubectl get events -A run pasted in a kubebb PR (2023, a kind cluster: local-path-provisioner v20230511 is kind 0.20's, whose default node is 1.27): the projected service-account volume could not be set up in time", kubelet='~1.27', fmt='event', cls='mount'),
C(KBB, r'''local-path-storage   9m30s       Normal    Pulled                    pod/local-path-provisioner-c49b7b56f-vjkz4          Container image "docker.io/kindest/local-path-provisioner:v20230511-dc714da8" already present on machine''',
  'local-path-storage', 'local-path-provisioner-c49b7b56f-vjkz4', None, None, 'Pulled',
  note='the next row: image already present', kubelet='~1.27', fmt='event', cls='start'),
C(KBB, r'''local-path-storage   9m29s       Normal    Created                   pod/local-path-provisioner-c49b7b56f-vjkz4          Created container local-path-provisioner''',
  'local-path-storage', 'local-path-provisioner-c49b7b56f-vjkz4', None, 'local-path-provisioner', None,
  note='Created row: noise (the table gives Created no reason, as for its other Created rows)', kubelet='~1.27', fmt='event', cls='noise'),
C(KBB, r'''local-path-storage   9m28s       Normal    Started                   pod/local-path-provisioner-c49b7b56f-vjkz4          Started container local-path-provisioner''',
  'local-path-storage', 'local-path-provisioner-c49b7b56f-vjkz4', None, 'local-path-provisioner', 'Started',
  note='Started row: the container started', kubelet='~1.27', fmt='event', cls='start'),
C(KBB, r'''local-path-storage   9m48s       Normal    SuccessfulCreate          replicaset/local-path-provisioner-c49b7b56f         Created pod: local-path-provisioner-c49b7b56f-vjkz4''',
  'local-path-storage', 'local-path-provisioner-c49b7b56f-vjkz4', None, None, None,
  note="the replica set controller's row: noise; it names the pod it created (as the table's other SuccessfulCreate rows), in the row's namespace", kubelet='~1.27', fmt='event', cls='noise'),
C(KBB, r'''local-path-storage   9m49s       Normal    ScalingReplicaSet         deployment/local-path-provisioner                   Scaled up replica set local-path-provisioner-c49b7b56f to 1''',
  None, None, None, None, None,
  note="the deployment controller's row: noise, names no pod", kubelet='~1.27', fmt='event', cls='noise'),
# ---------------------------------------------------------------- rootsongjc/kubernetes-handbook#16: kubectl get events -n kube-system, old layout
C(RSJ, r'''			24s        4d          3528      monitoring-influxdb-2696746918-c8fhf   Pod                   Warning   FailedMount   {kubelet ip-10-100-5-157.cn-north-1.compute.internal}   MountVolume.SetUp failed for volume "kubernetes.io/configmap/74e9b081-5497-11e7-82f5-020312bf3de8-influxdb-config" (spec.Name: "influxdb-config") pod "74e9b081-5497-11e7-82f5-020312bf3de8" (UID: "74e9b081-5497-11e7-82f5-020312bf3de8") with: remove /var/lib/kubelet/pods/74e9b081-5497-11e7-82f5-020312bf3de8/volumes/kubernetes.io~configmap/influxdb-config/resolv.conf: device or resource busy''',
  None, 'monitoring-influxdb-2696746918-c8fhf', '74e9b081-5497-11e7-82f5-020312bf3de8', None, 'FailedMount',
  note="kube-system events in the old LASTSEEN FIRSTSEEN COUNT NAME KIND layout (Jun 2017, AWS cn-north-1; the three leading tabs are the comment's own): the configmap volume cannot be rewritten (resolv.conf busy). NAME names the pod, the message its uid; the row has no namespace column. The MountVolume.SetUp ... (spec.Name: ...) form is 1.6's", kubelet='~1.6', fmt='event', cls='mount'),
C(RSJ, r'''			1m         4d          3517      monitoring-influxdb-2696746918-c8fhf   Pod                   Warning   FailedMount   {kubelet ip-10-100-5-157.cn-north-1.compute.internal}   Unable to mount volumes for pod "monitoring-influxdb-2696746918-c8fhf_kube-system(74e9b081-5497-11e7-82f5-020312bf3de8)": timeout expired waiting for volumes to attach/mount for pod "kube-system"/"monitoring-influxdb-2696746918-c8fhf". list of unattached/unmounted volumes=[influxdb-config]''',
  'kube-system', 'monitoring-influxdb-2696746918-c8fhf', '74e9b081-5497-11e7-82f5-020312bf3de8', None, 'FailedMount',
  note='the next row: the volume wait times out; the message names the pod as name_namespace(uid)', kubelet='~1.6', fmt='event', cls='mount'),
# ---------------------------------------------------------------- opsnull/follow-me-install-kubernetes-cluster#105: the same failure, event row and kubelet journal
C(OPS, r'''Warning		FailedMount	MountVolume.SetUp failed for volume "kubernetes.io/configmap/bf05ecbe-6b9c-11e7-aa81-00163e00135b-influxdb-config" (spec.Name: "influxdb-config") pod "bf05ecbe-6b9c-11e7-aa81-00163e00135b" (UID: "bf05ecbe-6b9c-11e7-aa81-00163e00135b") with: remove /var/lib/kubelet/pods/bf05ecbe-6b9c-11e7-aa81-00163e00135b/volumes/kubernetes.io~configmap/influxdb-config/resolv.conf: device or resource busy''',
  None, None, 'bf05ecbe-6b9c-11e7-aa81-00163e00135b', None, 'FailedMount',
  note="heapster/influxdb install thread (Jul 2017): a describe event row cut to Type/Reason/Message (tabs as shown); it names only the pod's uid", kubelet='~1.6', fmt='event', cls='mount'),
C(OPS, r'''Jul 18 17:47:52 iZbp12b35n77zayo2snxmlZ kubelet[4619]: E0718 17:47:52.316103    4619 atomic_writer.go:456] pod kube-system/monitoring-influxdb-16771525-r52xn volume influxdb-config: error pruning old user-visible path resolv.conf: remove /var/lib/kubelet/pods/bf05ecbe-6b9c-11e7-aa81-00163e00135b/volumes/kubernetes.io~configmap/influxdb-config/resolv.conf: device or resource busy''',
  'kube-system', 'monitoring-influxdb-16771525-r52xn', 'bf05ecbe-6b9c-11e7-aa81-00163e00135b', None, 'FailedMount',
  note="the kubelet's journal beside it: the configmap volume's atomic writer cannot prune resolv.conf, so MountVolume.SetUp fails (the FailedMount event above); pod as ns/name, uid in the path", kubelet='~1.6', fmt='klog', cls='mount'),
C(OPS, r'''Jul 18 17:47:52 iZbp12b35n77zayo2snxmlZ kubelet[4619]: E0718 17:47:52.316143    4619 atomic_writer.go:203] pod kube-system/monitoring-influxdb-16771525-r52xn volume influxdb-config: error removing old visible symlinks: remove /var/lib/kubelet/pods/bf05ecbe-6b9c-11e7-aa81-00163e00135b/volumes/kubernetes.io~configmap/influxdb-config/resolv.conf: device or resource busy''',
  'kube-system', 'monitoring-influxdb-16771525-r52xn', 'bf05ecbe-6b9c-11e7-aa81-00163e00135b', None, 'FailedMount',
  note='the next journal line: the same write fails one level up', kubelet='~1.6', fmt='klog', cls='mount'),
# ---------------------------------------------------------------- rancher/rke2#3823: kubectl -n kube-system get events, rke2 1.25.3 with no CNI yet
C(RKE, r'''37m         Normal    Pulled                     pod/cloud-controller-manager-localhost.localdomain   Container image "index.docker.io/rancher/rke2-cloud-provider:v1.25.3-build20221017" already present on machine''',
  None, 'cloud-controller-manager-localhost.localdomain', None, None, 'Pulled',
  note="rke2 on Rocky Linux 9 (Jan 2023, rke2 v1.25.3): kubectl -n kube-system get events, whose rows have no namespace column (kube-system only in the command); image already present", kubelet='1.25', fmt='event', cls='start'),
C(RKE, r'''37m         Normal    Created                    pod/cloud-controller-manager-localhost.localdomain   Created container cloud-controller-manager''',
  None, 'cloud-controller-manager-localhost.localdomain', None, 'cloud-controller-manager', None,
  note='Created row: noise', kubelet='1.25', fmt='event', cls='noise'),
C(RKE, r'''37m         Normal    Started                    pod/cloud-controller-manager-localhost.localdomain   Started container cloud-controller-manager''',
  None, 'cloud-controller-manager-localhost.localdomain', None, 'cloud-controller-manager', 'Started',
  note='Started row', kubelet='1.25', fmt='event', cls='start'),
C(RKE, r'''38m         Warning   Unhealthy                  pod/cloud-controller-manager-localhost.localdomain   Liveness probe failed: HTTP probe failed with statuscode: 500''',
  None, 'cloud-controller-manager-localhost.localdomain', None, None, 'LivenessProbeFailed',
  note="the static pod's HTTP liveness probe answers 500", kubelet='1.25', fmt='event', cls='probe'),
C(RKE, r'''9m12s       Normal    SandboxChanged             pod/cloud-controller-manager-localhost.localdomain   Pod sandbox changed, it will be killed and re-created.''',
  None, 'cloud-controller-manager-localhost.localdomain', None, None, None,
  note='SandboxChanged: noise (no reason in the table, as its other SandboxChanged rows)', kubelet='1.25', fmt='event', cls='noise'),
C(RKE, r'''9m11s       Normal    Pulled                     pod/cloud-controller-manager-localhost.localdomain   Container image "index.docker.io/rancher/rke2-cloud-provider:v1.25.3-build20221017" already present on machine''',
  None, 'cloud-controller-manager-localhost.localdomain', None, None, 'Pulled',
  note='after the sandbox is re-created, the image is again present (the next row is cut in the stored thread and left out)', kubelet='1.25', fmt='event', cls='start'),
# ---------------------------------------------------------------- canonical/microk8s#1866: k get events -n kube-system after containerd went away
C(MK, r'''13m         Warning   Unhealthy        pod/kubernetes-dashboard-7ffd448895-6n6qq           Liveness probe failed: Get "https://10.1.167.142:8443/": dial tcp 10.1.167.142:8443: connect: connection refused''',
  None, 'kubernetes-dashboard-7ffd448895-6n6qq', None, None, 'LivenessProbeFailed',
  note="microk8s thread on TaintManagerEviction (2021): kube-system events with no namespace column; the dashboard's HTTPS liveness probe is refused. Version not stated in the comment", fmt='event', cls='probe'),
C(MK, r'''13m         Warning   Unhealthy        pod/dashboard-metrics-scraper-6c4568dc68-pzj4s      Liveness probe failed: Get "http://10.1.167.180:8000/": dial tcp 10.1.167.180:8000: connect: connection refused''',
  None, 'dashboard-metrics-scraper-6c4568dc68-pzj4s', None, None, 'LivenessProbeFailed',
  note='the next row: another liveness probe refused', fmt='event', cls='probe'),
C(MK, r'''13m         Warning   Unhealthy        pod/calico-kube-controllers-847c8c99d-hkgn6         Readiness probe errored: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /var/snap/microk8s/common/run/containerd.sock: connect: no such file or directory"''',
  None, 'calico-kube-controllers-847c8c99d-hkgn6', None, None, 'ReadinessProbeFailed',
  note="the exec readiness probe errored because containerd's socket is gone; the kubelet counts an errored probe as failed (as the table's other 'probe errored' rows)", fmt='event', cls='probe'),
C(MK, r'''13m         Warning   Unhealthy        pod/calico-node-2np7j                               Liveness probe errored: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /var/snap/microk8s/common/run/containerd.sock: connect: no such file or directory"''',
  None, 'calico-node-2np7j', None, None, 'LivenessProbeFailed',
  note='the same for the calico-node liveness probe (the next row is cut in the stored thread and left out)', fmt='event', cls='probe'),
# ---------------------------------------------------------------- deckhouse/deckhouse#6419: kubectl get events -w, a new node before its CNI is up
C(DH, r'''0s          Warning   FailedMount                     pod/early-oom-gbhgt                             MountVolume.SetUp failed for volume "kube-api-access-xjb5g" : object "d8-cloud-instance-manager"/"kube-root-ca.crt" not registered''',
  None, 'early-oom-gbhgt', None, None, 'FailedMount',
  note="deckhouse node-manager PR (2023): events of a node coming up, no namespace column; the projected token volume waits for the kube-root-ca.crt config map (object \"ns\"/\"name\" is the config map, not a pod). Version not stated", fmt='event', cls='mount', trap_for='pod'),
# (The thread's next row, the same event again as the watch prints each update, is byte for byte the
# row above; the table holds each line once, so it is left out here. It was scored held out with the rest.)
C(DH, r'''0s          Warning   NetworkNotReady                 pod/early-oom-gbhgt                             network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized''',
  None, None, None, None, 'NetworkNotReady',
  note="the kubelet's NetworkNotReady event on the pod: the cause is the node's network (CNI not initialized), node-level, so no pod, as the table does for the kubelet's per-pod 'network is not ready' sync error", fmt='event', cls='network'),
# ---------------------------------------------------------------- canonical/microk8s#5282: k describe node, microk8s 1.34 with containerd down
C(MK2, r'''  Ready                False   Fri, 31 Oct 2025 10:42:49 +0800   Fri, 31 Oct 2025 10:28:00 +0800   KubeletNotReady              [container runtime is down, PLEG is not healthy: pleg was last seen active 15m23.02923181s ago; threshold is 3m0s]''',
  None, None, None, None, 'NodeNotReady',
  note="describe node Conditions row (Oct 2025, server v1.34.1): Ready is False; the message names the runtime and PLEG, but the row reports the node's NotReady condition (as the table reads 'Node became not ready' lines)", kubelet='1.34', fmt='event', cls='node'),
C(MK2, r'''  Warning  ImageGCFailed      82s (x2 over 6m22s)  kubelet  rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /var/snap/microk8s/common/run/containerd.sock: connect: connection refused"''',
  None, None, None, None, 'ImageGCFailed',
  note='the node\'s events: image GC fails because containerd refuses connections', kubelet='1.34', fmt='event', cls='gc'),
C(MK2, r'''  Warning  ContainerGCFailed  22s (x16 over 15m)   kubelet  rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /var/snap/microk8s/common/run/containerd.sock: connect: connection refused"''',
  None, None, None, None, 'ContainerGCFailed',
  note='container GC fails the same way', kubelet='1.34', fmt='event', cls='gc'),
# ---------------------------------------------------------------- kubernetes/kubernetes#103530: kubelet journal line and the event beside it
C(K103530, r'''Jul 06 11:12:15 xxx kubelet[2723897]: E0706 11:12:15.838743 2723897 kubelet.go:1682] Unable to attach or mount volumes for pod "alpine-b778bf6cc-vwqp7_default(7cdfbbd3-a392-4c6b-8b81-6a466a551f78)": unmounted volumes=[default-token-kzw5v], unattached volumes=[default-token-kzw5v]: timed out waiting for the condition; skipping pod''',
  'default', 'alpine-b778bf6cc-vwqp7', '7cdfbbd3-a392-4c6b-8b81-6a466a551f78', None, 'FailedMount',
  note="Jul 2021 report (hostname masked as xxx): the service-account token volume never mounts; pod as name_namespace(uid). Unstructured kubelet.go:1682 with the 'Unable to attach or mount volumes' wording and a default-token volume: kubelet 1.19 or 1.20", kubelet='~1.19', fmt='klog', cls='mount'),
C(K103530, r'''  Warning  FailedMount  80s (x4 over 8m8s)  kubelet, xxx  Unable to attach or mount volumes: unmounted volumes=[default-token-kzw5v], unattached volumes=[default-token-kzw5v]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="the describe event row for the same failure; the row names no pod", kubelet='~1.19', fmt='event', cls='mount'),
# ---------------------------------------------------------------- NetApp/trident#506: describe pod events after a kubelet 1.20 upgrade
C(TR, r'''  Warning  FailedMount  15m (x8 over 70m)     kubelet, zdlsserver  Unable to attach or mount volumes: unmounted volumes=[task-pv-storage], unattached volumes=[default-token-8znqf task-pv-storage]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="Trident thread (Jan 2021): the reporter found the kubelet was 1.20 (the CSIVolumeFSGroupPolicy change); the PVC never mounts. The describe rows name no pod", kubelet='1.20', fmt='event', cls='mount'),
C(TR, r'''  Warning  FailedMount  11m (x40 over 76m)    kubelet, zdlsserver  MountVolume.NewMounter initialization failed for volume "pvc-e2c00e67-3f8b-48cd-ad51-20f9b9747651" : kubernetes.io/csi: expected valid fsGroupPolicy, received nil value or empty string''',
  None, None, None, None, 'FailedMount',
  note="the cause: the CSI mounter cannot be built because the CSIDriver object has no fsGroupPolicy", kubelet='1.20', fmt='event', cls='mount'),
C(TR, r'''  Warning  FailedMount  6m51s (x22 over 74m)  kubelet, zdlsserver  Unable to attach or mount volumes: unmounted volumes=[task-pv-storage], unattached volumes=[task-pv-storage default-token-8znqf]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the wait times out again (the next row is cut in the stored thread and left out)', kubelet='1.20', fmt='event', cls='mount'),
# ---------------------------------------------------------------- NetApp/trident#607: kubelet journal while a CSI attach hangs
C(TR2, r'''Jul 22 07:14:56 worker1 kubelet[97216]: E0722 07:14:56.795025   97216 nestedpendingoperations.go:301] Operation for "{volumeName:kubernetes.io/csi/csi.trident.netapp.io^pvc-1323e7b5-6535-4c22-8f90-2ac59b271a9c podName: nodeName:}" failed. No retries permitted until 2021-07-22 07:16:58.794970979 +0200 CEST m=+681756.521548884 (durationBeforeRetry 2m2s). Error: "Volume not attached according to node status for volume \"pvc-1323e7b5-6535-4c22-8f90-2ac59b271a9c\" (UniqueName: \"kubernetes.io/csi/csi.trident.netapp.io^pvc-1323e7b5-6535-4c22-8f90-2ac59b271a9c\") pod \"mounttest-rt4w9\" (UID: \"98b98af0-667c-402a-8b20-2d9bab8bf193\") "''',
  None, 'mounttest-rt4w9', '98b98af0-667c-402a-8b20-2d9bab8bf193', None, 'FailedMount',
  note="Trident thread (Jul 2021): the CSI volume is not attached to the node, so the kubelet cannot go on to mount it for the pod (the attach/detach controller's FailedAttachVolume beside it); the pod is named with its uid but no namespace. nestedpendingoperations.go:301 with reconciler.go:224: about 1.20/1.21", kubelet='~1.21', fmt='klog', cls='mount'),
C(TR2, r'''Jul 22 07:16:58 worker1 kubelet[97216]: I0722 07:16:58.801526   97216 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "pvc-1323e7b5-6535-4c22-8f90-2ac59b271a9c" (UniqueName: "kubernetes.io/csi/csi.trident.netapp.io^pvc-1323e7b5-6535-4c22-8f90-2ac59b271a9c") pod "mounttest-rt4w9" (UID: "98b98af0-667c-402a-8b20-2d9bab8bf193")''',
  None, 'mounttest-rt4w9', '98b98af0-667c-402a-8b20-2d9bab8bf193', None, None,
  note="the retry two minutes later: the volume reconciler's routine step, noise (as the table's other VerifyControllerAttachedVolume lines)", kubelet='~1.21', fmt='klog', cls='noise'),
    ]
