# Hunt 42 for issue 13: a HELD-OUT set of real kubelet, containerd and kubectl event lines from GitHub
# threads of application and operator repositories that the table did not cite (rook/rook#1045, #3365
# and #4345, NVIDIA/gpu-operator#8 and #432, openebs/openebs#1433, istio/installer#47, istio/istio#42940
# and #43268, longhorn/longhorn#2629, prometheus-operator/kube-prometheus#370,
# prometheus-operator/prometheus-operator#2956; each checked with grep against real_lines.jsonl and every
# gen_real_lines_*.py). Whole consecutive runs were taken where the thread pastes one, noise included;
# a run's last line is left out where the stored copy of the thread cuts it.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own), with the source's URL, and each was seen twice (two
# different searches). Expected fields are what an SRE reads in the line itself, not podpulse's output.
# Node-level lines are never attributed to a pod.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

G = "https://github.com/"
ROOK1045 = G + "rook/rook/issues/1045"
ROOK3365 = G + "rook/rook/issues/3365"
ROOK4345 = G + "rook/rook/issues/4345"
GPU8 = G + "NVIDIA/gpu-operator/issues/8"
GPU432 = G + "NVIDIA/gpu-operator/issues/432"
OEBS = G + "openebs/openebs/issues/1433"
ISTI = G + "istio/installer/issues/47"
IST42940 = G + "istio/istio/issues/42940"
IST43268 = G + "istio/istio/issues/43268"
LH = G + "longhorn/longhorn/issues/2629"
KP = G + "prometheus-operator/kube-prometheus/issues/370"
PO = G + "prometheus-operator/prometheus-operator/issues/2956"


def HUNT_H42(C):
    return [
# ---------------------------------------------------------------- rook/rook#1045: daemon.log of a node, Oct 2017
C(ROOK1045, r'''Oct  8 10:55:22 nodea kubelet[7037]: E1008 10:55:22.676427    7037 kubelet.go:1621] Unable to mount volumes for pod "netbox-4086345315-v7m0w_default(f3c51b8a-ac15-11e7-9694-52540068863c)": timeout expired waiting for volumes to attach/mount for pod "default"/"netbox-4086345315-v7m0w". list of unattached/unmounted volumes=[netbox-media]; skipping pod''',
  'default', 'netbox-4086345315-v7m0w', 'f3c51b8a-ac15-11e7-9694-52540068863c', None, 'FailedMount',
  note="rook flexvolume (Oct 2017): the rescheduled pod's volume never mounted; the pod is named in the quoted name_namespace(uid) form. kubelet.go:1621 with pod_workers.go:182 and the date put the kubelet at about 1.8", kubelet='~1.8', fmt='klog', cls='volume'),
C(ROOK1045, r'''Oct  8 10:55:22 nodea kubelet[7037]: E1008 10:55:22.676472    7037 pod_workers.go:182] Error syncing pod f3c51b8a-ac15-11e7-9694-52540068863c ("netbox-4086345315-v7m0w_default(f3c51b8a-ac15-11e7-9694-52540068863c)"), skipping: timeout expired waiting for volumes to attach/mount for pod "default"/"netbox-4086345315-v7m0w". list of unattached/unmounted volumes=[netbox-media]''',
  'default', 'netbox-4086345315-v7m0w', 'f3c51b8a-ac15-11e7-9694-52540068863c', None, 'FailedMount',
  note='the pod worker\'s "Error syncing pod ..., skipping: timeout expired waiting for volumes" for the same pod: the cause is the volume (issue 13 lists this form as FailedMount)', kubelet='~1.8', fmt='klog', cls='volume'),
C(ROOK1045, r'''Oct  8 10:55:47 nodea kubelet[7037]: I1008 10:55:47.562766    7037 qos_container_manager_linux.go:286] [ContainerManager]: Updated QoS cgroup configuration''',
  None, None, None, None, None,
  note='routine QoS cgroup update of the container manager: noise', kubelet='~1.8', fmt='klog', cls='noise'),
C(ROOK1045, r'''Oct  8 10:56:05 nodea kubelet[7037]: I1008 10:56:05.112441    7037 server.go:794] POST /stats/container/: (82.969201ms) 200 [[Go-http-client/1.1] 10.233.79.23:37718]''',
  None, None, None, None, None,
  note="the kubelet's HTTP server logging a stats request answered 200: noise", kubelet='~1.8', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- rook/rook#3365: kubelet log, Jun 2019
C(ROOK3365, r'''E0627 07:39:38.484476    1584 kubelet.go:1680] Unable to mount volumes for pod "csi-cephfsplugin-4c4m9_rook-ceph(5dfb0c84-989c-11e9-81f8-02163e254cf5)": timeout expired waiting for volumes to attach or mount for pod "rook-ceph"/"csi-cephfsplugin-4c4m9". list of unmounted volumes=[registration-dir pods-mount-dir]. list of unattached volumes=[plugin-dir csi-plugins-dir registration-dir pods-mount-dir host-sys lib-modules host-dev mount-cache-dir ceph-csi-config rook-csi-cephfs-plugin-sa-token-jh2km]; skipping pod''',
  'rook-ceph', 'csi-cephfsplugin-4c4m9', '5dfb0c84-989c-11e9-81f8-02163e254cf5', None, 'FailedMount',
  note="rook's cephfs CSI plugin pod (Jun 2019) could not mount its host-path volumes; kubelet.go:1680 with pod_workers.go:190: about 1.14", kubelet='~1.14', fmt='klog', cls='volume'),
C(ROOK3365, r'''E0627 07:39:38.484832    1584 pod_workers.go:190] Error syncing pod 5dfb0c84-989c-11e9-81f8-02163e254cf5 ("csi-cephfsplugin-4c4m9_rook-ceph(5dfb0c84-989c-11e9-81f8-02163e254cf5)"), skipping: timeout expired waiting for volumes to attach or mount for pod "rook-ceph"/"csi-cephfsplugin-4c4m9". list of unmounted volumes=[registration-dir pods-mount-dir]. list of unattached volumes=[plugin-dir csi-plugins-dir registration-dir pods-mount-dir host-sys lib-modules host-dev mount-cache-dir ceph-csi-config rook-csi-cephfs-plugin-sa-token-jh2km]''',
  'rook-ceph', 'csi-cephfsplugin-4c4m9', '5dfb0c84-989c-11e9-81f8-02163e254cf5', None, 'FailedMount',
  note='the pod worker\'s sync error for the same pod, caused by the volume timeout', kubelet='~1.14', fmt='klog', cls='volume'),
C(ROOK3365, r'''I0627 07:39:46.198443    1584 reconciler.go:252] operationExecutor.MountVolume started for volume "pods-mount-dir" (UniqueName: "kubernetes.io/host-path/5dfb0c84-989c-11e9-81f8-02163e254cf5-pods-mount-dir") pod "csi-cephfsplugin-4c4m9" (UID: "5dfb0c84-989c-11e9-81f8-02163e254cf5")''',
  None, 'csi-cephfsplugin-4c4m9', '5dfb0c84-989c-11e9-81f8-02163e254cf5', None, None,
  note='the volume reconciler starting a mount: progress, not a failure; the line names pod and uid but no namespace', kubelet='~1.14', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- rook/rook#4345: kubectl describe pod events, Jan 2020
C(ROOK4345, r'''  Normal   Scheduled               <unknown>          default-scheduler          Successfully assigned default/bence-test to fpig-kubeletl038''',
  'default', 'bence-test', None, None, None,
  note="describe-pod event rows (Jan 2020, rook-ceph): the scheduler's assignment names namespace/pod; not a failure. The '<unknown>' age and 'kubelet, <node>' source are of kubectl 1.16-1.18", kubelet='~1.17', fmt='event', cls='noise'),
C(ROOK4345, r'''  Normal   SuccessfulAttachVolume  3m3s               attachdetach-controller    AttachVolume.Attach succeeded for volume "pvc-689f06d4-6ce8-49df-b299-43705758f2cc"''',
  None, None, None, None, None,
  note="the attach/detach controller's success event: noise", kubelet='~1.17', fmt='event', cls='noise'),
C(ROOK4345, r'''  Warning  FailedMount             61s                kubelet, fpig-kubeletl038  MountVolume.MountDevice failed for volume "pvc-689f06d4-6ce8-49df-b299-43705758f2cc" : rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, 'FailedMount',
  note="the kubelet's FailedMount event: the CSI NodeStage call timed out; the row names no pod", kubelet='~1.17', fmt='event', cls='volume'),
C(ROOK4345, r'''  Warning  FailedMount             60s                kubelet, fpig-kubeletl038  Unable to attach or mount volumes: unmounted volumes=[c], unattached volumes=[c default-token-g8mr6]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the FailedMount event of the overall volume wait', kubelet='~1.17', fmt='event', cls='volume'),
C(ROOK4345, r'''  Warning  FailedMount             30s (x6 over 61s)  kubelet, fpig-kubeletl038  MountVolume.MountDevice failed for volume "pvc-689f06d4-6ce8-49df-b299-43705758f2cc" : rpc error: code = Aborted desc = an operation with the given Volume ID 0001-0009-rook-ceph-0000000000000001-40c3daa8-3d00-11ea-a6e5-560914788729 already exists''',
  None, None, None, None, 'FailedMount',
  note='the retried MountDevice fails because the first call is still running in the CSI driver', kubelet='~1.17', fmt='event', cls='volume'),
# ---------------------------------------------------------------- NVIDIA/gpu-operator#8: kubelet journal, Nov 2019
C(GPU8, r'''Nov 03 13:31:29 node1 kubelet[1601]: I1103 13:31:29.309279    1601 setters.go:73] Using node IP: "192.168.2.4"''',
  None, None, None, None, None,
  note='node status setter: noise. gpu-operator 1.0 era (Nov 2019), pod_workers.go:191: about 1.16', kubelet='~1.16', fmt='klog', cls='noise'),
C(GPU8, r'''Nov 03 13:31:36 node1 kubelet[1601]: E1103 13:31:36.822843    1601 pod_workers.go:191] Error syncing pod ac11cbf1-b3b4-48f3-9de8-752db6bf2f35 ("nvidia-driver-daemonset-6d97v_gpu-operator-resources(ac11cbf1-b3b4-48f3-9de8-752db6bf2f35)"), skipping: failed to "StartContainer" for "nvidia-driver-ctr" with CrashLoopBackOff: "back-off 5m0s restarting failed container=nvidia-driver-ctr pod=nvidia-driver-daemonset-6d97v_gpu-operator-resources(ac11cbf1-b3b4-48f3-9de8-752db6bf2f35)"''',
  'gpu-operator-resources', 'nvidia-driver-daemonset-6d97v', 'ac11cbf1-b3b4-48f3-9de8-752db6bf2f35', 'nvidia-driver-ctr', 'CrashLoopBackOff',
  note="the driver container failed to build the kernel module (dkms.conf missing) and is in back-off", kubelet='~1.16', fmt='klog', cls='crash'),
C(GPU8, r'''Nov 03 13:31:39 node1 kubelet[1601]: I1103 13:31:39.370789    1601 setters.go:73] Using node IP: "192.168.2.4"''',
  None, None, None, None, None,
  note='noise, as above', kubelet='~1.16', fmt='klog', cls='noise'),
C(GPU8, r'''Nov 03 13:31:48 node1 kubelet[1601]: E1103 13:31:48.822657    1601 pod_workers.go:191] Error syncing pod ac11cbf1-b3b4-48f3-9de8-752db6bf2f35 ("nvidia-driver-daemonset-6d97v_gpu-operator-resources(ac11cbf1-b3b4-48f3-9de8-752db6bf2f35)"), skipping: failed to "StartContainer" for "nvidia-driver-ctr" with CrashLoopBackOff: "back-off 5m0s restarting failed container=nvidia-driver-ctr pod=nvidia-driver-daemonset-6d97v_gpu-operator-resources(ac11cbf1-b3b4-48f3-9de8-752db6bf2f35)"''',
  'gpu-operator-resources', 'nvidia-driver-daemonset-6d97v', 'ac11cbf1-b3b4-48f3-9de8-752db6bf2f35', 'nvidia-driver-ctr', 'CrashLoopBackOff',
  note='the same back-off twelve seconds later', kubelet='~1.16', fmt='klog', cls='crash'),
C(GPU8, r'''Nov 03 13:31:49 node1 kubelet[1601]: I1103 13:31:49.432807    1601 setters.go:73] Using node IP: "192.168.2.4"''',
  None, None, None, None, None,
  note='noise, as above', kubelet='~1.16', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- NVIDIA/gpu-operator#432: containerd unit, Nov 2022
C(GPU432, r'''nov 02 18:00:58 beck containerd[10237]: time="2022-11-02T18:00:58.738797825+02:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:gpu-feature-discovery-qfjgk,Uid:02c7d4ad-db02-4145-846b-616a94416008,Namespace:gpu-operator,Attempt:2,} failed, error" error="failed to get sandbox runtime: no runtime for \"nvidia\" is configured"''',
  'gpu-operator', 'gpu-feature-discovery-qfjgk', '02c7d4ad-db02-4145-846b-616a94416008', None, 'FailedCreatePodSandBox',
  note="containerd's CRI plugin could not run the pod's sandbox: the RuntimeClass 'nvidia' is not in containerd's config; the sandbox metadata names pod, uid and namespace (journalctl in a lower-case locale: 'nov'). No kubelet version stated", fmt='containerd', cls='sandbox'),
# ---------------------------------------------------------------- openebs/openebs#1433: kubelet journal, Apr 2018
C(OEBS, r'''Apr 16 07:07:44 -worker-02 kubelet[1533]: Mounting arguments: --description=Kubernetes transient mount for /var/lib/kubelet/plugins/kubernetes.io/iscsi/iface-default/10.98.153.186:3260-iqn.2016-09.com.openebs.jiva:pvc-88b2846c-4128-11e8-99ed-960000093994-lun-0 --scope -- mount -t ext4 -o defaults /dev/disk/by-path/ip-10.98.153.186:3260-iscsi-iqn.2016-09.com.openebs.jiva:pvc-88b2846c-4128-11e8-99ed-960000093994-lun-0 /var/lib/kubelet/plugins/kubernetes.io/iscsi/iface-default/10.98.153.186:3260-iqn.2016-09.com.openebs.jiva:pvc-88b2846c-4128-11e8-99ed-960000093994-lun-0''',
  None, None, None, None, None,
  note="a continuation line of a multi-line mount failure (the host name is redacted to '-worker-02' by the reporter): it names the iSCSI device mount, no pod and no failure of its own (the table's other 'Mounting arguments' lines are None)", fmt='klog', cls='noise'),
C(OEBS, r'''Apr 16 07:07:44 -worker-02 kubelet[1533]: Output: Running scope as unit run-r836faeb19c2c4a94b0fd79bfa3f56fc7.scope.''',
  None, None, None, None, None,
  note="systemd-run's output, continued from the mount error", fmt='klog', cls='noise'),
C(OEBS, r'''Apr 16 07:07:44 -worker-02 kubelet[1533]: mount: wrong fs type, bad option, bad superblock on /dev/sdb,''',
  None, None, None, None, None,
  note="mount(8)'s own message, a continuation line of the kubelet's error: names no pod (as the table's other 'wrong fs type' line)", fmt='klog', cls='noise'),
C(OEBS, r'''Apr 16 07:07:44 -worker-02 kubelet[1533]:        missing codepage or helper program, or other error''',
  None, None, None, None, None,
  note="mount(8)'s message continued", fmt='klog', cls='noise'),
C(OEBS, r'''Apr 16 07:07:44 -worker-02 kubelet[1533]:        In some cases useful info is found in syslog - try''',
  None, None, None, None, None,
  note="mount(8)'s message continued", fmt='klog', cls='noise'),
C(OEBS, r'''Apr 16 07:07:44 -worker-02 kubelet[1533]:        dmesg | tail or so.''',
  None, None, None, None, None,
  note="mount(8)'s message, last line", fmt='klog', cls='noise'),
# ---------------------------------------------------------------- istio/installer#47: describe pod events (kind), Apr 2019
C(ISTI, r'''  Normal   Created    74s   kubelet, test-control-plane  Created container istio-proxy''',
  None, None, None, 'istio-proxy', None,
  note="describe-pod event rows in a kind cluster (Apr 2019): the container was created; the row names the container only. 'kubelet, <node>' source: kubectl before 1.19; about 1.14 by the date", kubelet='~1.14', fmt='event', cls='noise'),
C(ISTI, r'''  Normal   Started    74s   kubelet, test-control-plane  Started container istio-proxy''',
  None, None, None, 'istio-proxy', 'Started',
  note="the kubelet's Started event for the sidecar", kubelet='~1.14', fmt='event', cls='start'),
C(ISTI, r'''  Warning  Unhealthy  73s   kubelet, test-control-plane  Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="the sidecar's readiness probe answered 503 while the proxy waited for its config", kubelet='~1.14', fmt='event', cls='probe'),
# ---------------------------------------------------------------- istio/istio#42940: kubectl get events -n spyder, Jan 2023
C(IST42940, r'''31m         Warning   Unhealthy                 pod/istio-cni-node-4b756              Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, 'istio-cni-node-4b756', None, None, 'ReadinessProbeFailed',
  note="kubectl get events -n spyder (Jan 2023): the istio-cni DaemonSet's readiness probe answered 503; the row names the pod, the namespace only in the command above it. Client v1.21.14, server not stated", fmt='event', cls='probe'),
C(IST42940, r'''7m3s        Warning   Unhealthy                 pod/istio-cni-node-6hqx2              Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, 'istio-cni-node-6hqx2', None, None, 'ReadinessProbeFailed',
  note='the next row, another node\'s istio-cni pod', fmt='event', cls='probe'),
C(IST42940, r'''6m45s       Warning   Unhealthy                 pod/istio-cni-node-6vgxh              Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, 'istio-cni-node-6vgxh', None, None, 'ReadinessProbeFailed',
  note='the next row', fmt='event', cls='probe'),
C(IST42940, r'''2m51s       Warning   Unhealthy                 pod/istio-cni-node-6vxrg              Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, 'istio-cni-node-6vxrg', None, None, 'ReadinessProbeFailed',
  note='the next row', fmt='event', cls='probe'),
# ---------------------------------------------------------------- istio/istio#43268: describe pod events (GKE), Feb 2023
C(IST43268, r'''  Normal   Scheduled  11m                  default-scheduler  Successfully assigned druid/druid-broker-7cfd556bf9-zv67r to gke-k8saas-k8s-bvzvb-default-pool--v0-e23daf9d-dx76''',
  'druid', 'druid-broker-7cfd556bf9-zv67r', None, None, None,
  note="describe-pod events of a druid broker with the istio sidecar (Feb 2023, GKE, istio 1.16.1): the scheduler's assignment, not a failure; no kubelet version stated", fmt='event', cls='noise'),
C(IST43268, r'''  Normal   Pulled     11m                  kubelet            Container image "docker.io/istio/proxyv2:1.16.1" already present on machine''',
  None, None, None, None, 'Pulled',
  note="the kubelet's Pulled event (image already present) for the istio-init container", fmt='event', cls='image'),
C(IST43268, r'''  Normal   Created    11m                  kubelet            Created container istio-init''',
  None, None, None, 'istio-init', None,
  note='Created: no reason of its own in the table', fmt='event', cls='noise'),
C(IST43268, r'''  Normal   Started    11m                  kubelet            Started container istio-init''',
  None, None, None, 'istio-init', 'Started',
  note='the init container started', fmt='event', cls='start'),
C(IST43268, r'''  Normal   Started    11m                  kubelet            Started container istio-proxy''',
  None, None, None, 'istio-proxy', 'Started',
  note='the sidecar started (the rows are in the order the thread shows them)', fmt='event', cls='start'),
# (The thread's next row, the same Pulled row for the istio-proxy container, is byte for byte the one
# above; the table holds each line once, so it is left out here. It was scored held out with the rest.)
C(IST43268, r'''  Normal   Created    11m                  kubelet            Created container istio-proxy''',
  None, None, None, 'istio-proxy', None,
  note='Created: no reason of its own', fmt='event', cls='noise'),
# ---------------------------------------------------------------- longhorn/longhorn#2629: kubelet log after a restart, Jun 2021
C(LH, r'''I0602 14:33:06.414032   23712 operation_generator.go:1357] Controller attach succeeded for volume "pvc-6f5fbfc6-d0e9-4f3d-ab8b-8884ae5d3362" (UniqueName: "kubernetes.io/csi/driver.longhorn.io^pvc-6f5fbfc6-d0e9-4f3d-ab8b-8884ae5d3362") pod "prometheus-rancher-monitoring-prometheus-0" (UID: "4e55325b-11cf-4e9b-988f-fc0fc93ace7a") device path: ""''',
  None, 'prometheus-rancher-monitoring-prometheus-0', '4e55325b-11cf-4e9b-988f-fc0fc93ace7a', None, None,
  note="Rancher (RKE) kubelet log (Jun 2021) while reproducing Longhorn mounts across a kubelet restart: the volume's attach is confirmed; progress, not a failure. operation_generator.go:1357 and the date: about 1.20", kubelet='~1.20', fmt='klog', cls='noise'),
C(LH, r'''I0602 14:33:06.423152   23712 reconciler.go:254] Starting operationExecutor.MountVolume for volume "pvc-6f5fbfc6-d0e9-4f3d-ab8b-8884ae5d3362" (UniqueName: "kubernetes.io/csi/driver.longhorn.io^pvc-6f5fbfc6-d0e9-4f3d-ab8b-8884ae5d3362") pod "prometheus-rancher-monitoring-prometheus-0" (UID: "4e55325b-11cf-4e9b-988f-fc0fc93ace7a")''',
  None, 'prometheus-rancher-monitoring-prometheus-0', '4e55325b-11cf-4e9b-988f-fc0fc93ace7a', None, None,
  note='the reconciler starting the mount: progress', kubelet='~1.20', fmt='klog', cls='noise'),
C(LH, r'''I0602 14:33:06.423298   23712 reconciler.go:269] operationExecutor.MountVolume started for volume "pvc-6f5fbfc6-d0e9-4f3d-ab8b-8884ae5d3362" (UniqueName: "kubernetes.io/csi/driver.longhorn.io^pvc-6f5fbfc6-d0e9-4f3d-ab8b-8884ae5d3362") pod "prometheus-rancher-monitoring-prometheus-0" (UID: "4e55325b-11cf-4e9b-988f-fc0fc93ace7a")''',
  None, 'prometheus-rancher-monitoring-prometheus-0', '4e55325b-11cf-4e9b-988f-fc0fc93ace7a', None, None,
  note='the mount operation started: progress', kubelet='~1.20', fmt='klog', cls='noise'),
C(LH, r'''I0602 14:33:06.423534   23712 csi_mounter.go:89] kubernetes.io/csi: mounter.GetPath generated [/var/lib/kubelet/pods/4e55325b-11cf-4e9b-988f-fc0fc93ace7a/volumes/kubernetes.io~csi/pvc-6f5fbfc6-d0e9-4f3d-ab8b-8884ae5d3362/mount]''',
  None, None, '4e55325b-11cf-4e9b-988f-fc0fc93ace7a', None, None,
  note="the CSI mounter's target path: the pod is known only by the uid in /var/lib/kubelet/pods/<uid>/", kubelet='~1.20', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- prometheus-operator/kube-prometheus#370: journalctl -u kubelet | grep, Jan 2020
C(KP, r'''Jan 21 18:02:36 k8s-prod-node1 kubelet[18508]: I0121 18:02:36.163985   18508 reconciler.go:303] Volume detached for volume "prometheus-k8s-token-kkxbf" (UniqueName: "kubernetes.io/secret/88ba41aa-335a-47f1-83cd-2add7e50771e-prometheus-k8s-token-kkxbf") on node "k8s-prod-node1" DevicePath ""''',
  None, None, None, None, None,
  note="prometheus-k8s-0 deleted over and over (Jan 2020): the volume reconciler reports a detached secret volume on the node; noise, no pod named (the uid inside UniqueName is left unread, as the table's other 'Volume detached' row). reconciler.go:303 with operation_generator.go:713: about 1.17", kubelet='~1.17', fmt='klog', cls='noise'),
C(KP, r'''Jan 21 18:02:38 k8s-prod-node1 kubelet[18508]: I0121 18:02:38.071064   18508 reconciler.go:183] operationExecutor.UnmountVolume started for volume "prometheus-k8s-db" (UniqueName: "kubernetes.io/nfs/88ba41aa-335a-47f1-83cd-2add7e50771e-prometheus-k8s-db-prometheus-k8s-0") pod "88ba41aa-335a-47f1-83cd-2add7e50771e" (UID: "88ba41aa-335a-47f1-83cd-2add7e50771e")''',
  None, None, '88ba41aa-335a-47f1-83cd-2add7e50771e', None, None,
  note="an unmount of a deleted pod: the kubelet prints the uid where the pod name goes, so only the uid is known", kubelet='~1.17', fmt='klog', cls='noise'),
C(KP, r'''Jan 21 18:02:38 k8s-prod-node1 kubelet[18508]: I0121 18:02:38.138265   18508 operation_generator.go:713] UnmountVolume.TearDown succeeded for volume "kubernetes.io/nfs/88ba41aa-335a-47f1-83cd-2add7e50771e-prometheus-k8s-db-prometheus-k8s-0" (OuterVolumeSpecName: "prometheus-k8s-db") pod "88ba41aa-335a-47f1-83cd-2add7e50771e" (UID: "88ba41aa-335a-47f1-83cd-2add7e50771e"). InnerVolumeSpecName "prometheus-k8s-db-prometheus-k8s-0". PluginName "kubernetes.io/nfs", VolumeGidValue ""''',
  None, None, '88ba41aa-335a-47f1-83cd-2add7e50771e', None, None,
  note='the NFS volume torn down: success, uid only', kubelet='~1.17', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- prometheus-operator/prometheus-operator#2956: kubelet log, Jan 2020
C(PO, r'''I0114 12:43:18.386498   12575 reconciler.go:183] operationExecutor.UnmountVolume started for volume "config-out" (UniqueName: "kubernetes.io/empty-dir/e678470c-b85d-42a1-b960-0dcddce327e8-config-out") pod "e678470c-b85d-42a1-b960-0dcddce327e8" (UID: "e678470c-b85d-42a1-b960-0dcddce327e8")''',
  None, None, 'e678470c-b85d-42a1-b960-0dcddce327e8', None, None,
  note="Prometheus pods deleted and recreated (Jan 2020): the deleted pod's volumes are unmounted; the uid stands in the pod's place. reconciler.go:183 and operation_generator.go:713 as in kube-prometheus#370: about 1.17", kubelet='~1.17', fmt='klog', cls='noise'),
C(PO, r'''I0114 12:43:18.386537   12575 reconciler.go:183] operationExecutor.UnmountVolume started for volume "tls-assets" (UniqueName: "kubernetes.io/secret/e678470c-b85d-42a1-b960-0dcddce327e8-tls-assets") pod "e678470c-b85d-42a1-b960-0dcddce327e8" (UID: "e678470c-b85d-42a1-b960-0dcddce327e8")''',
  None, None, 'e678470c-b85d-42a1-b960-0dcddce327e8', None, None,
  note='the next volume of the same pod', kubelet='~1.17', fmt='klog', cls='noise'),
C(PO, r'''I0114 12:43:18.386576   12575 reconciler.go:183] operationExecutor.UnmountVolume started for volume "prometheus-k8s-token-8qc8j" (UniqueName: "kubernetes.io/secret/e678470c-b85d-42a1-b960-0dcddce327e8-prometheus-k8s-token-8qc8j") pod "e678470c-b85d-42a1-b960-0dcddce327e8" (UID: "e678470c-b85d-42a1-b960-0dcddce327e8")''',
  None, None, 'e678470c-b85d-42a1-b960-0dcddce327e8', None, None,
  note='the service-account token volume of the same pod', kubelet='~1.17', fmt='klog', cls='noise'),
C(PO, r'''W0114 12:43:18.387181   12575 empty_dir.go:418] Warning: Failed to clear quota on /var/lib/kubelet/pods/e678470c-b85d-42a1-b960-0dcddce327e8/volumes/kubernetes.io~configmap/prometheus-k8s-rulefiles-0: ClearQuota called, but quotas disabled''',
  None, None, 'e678470c-b85d-42a1-b960-0dcddce327e8', None, None,
  note="a harmless warning (quotas are disabled) while tearing down a config-map volume; a 'Failed to' that is not a pod failure; uid only, from the path", kubelet='~1.17', fmt='klog', cls='noise', trap_for='FailedMount'),
    ]
