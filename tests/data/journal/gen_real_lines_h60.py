# Hunt 60 for the real-lines table (issue 13 item 3): a HELD-OUT set of kubelet volume lines
# (nestedpendingoperations.go, reconciler.go, operation_generator.go, secret.go / configmap.go,
# csi_attacher.go, subPath preparation) with the ordinary lines pasted around them, from threads the
# table did not cite before (each thread checked with grep -c against real_lines.jsonl and the
# gen_real_lines_*.py files: 0). Same rules as gen_real_lines_h8.py: each line is copied exactly as
# its public source shows it (raw strings: backslashes and quotes are the line's own; the "* " at the
# start of the minikube#11832 lines is minikube's own `minikube logs` prefix, as the thread shows it),
# with the source's URL, and each was seen twice (two different searches returning the same text).
# Expected fields are what an SRE reads in the line itself, not what podpulse outputs. Node-level
# lines name no pod. Conventions follow the table: `secret.go`/`configmap.go` "Couldn't get ..." is
# FailedMount with no pod (the ns/name is the secret's or configmap's), a bare uid in `pod "<uid>"`
# or in a /var/lib/kubelet/pods/<uid>/ path gives the uid only, `Volume detached ... on node` gives
# nothing.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

MK = "https://github.com/kubernetes/minikube/issues/"
CEPH3476 = "https://github.com/ceph/ceph-csi/issues/3476"
CEPH734 = "https://github.com/ceph/ceph-csi/issues/734"
RANCHER = "https://github.com/rancher/rancher/issues/40992"
JFS98 = "https://github.com/juicedata/juicefs-csi-driver/pull/98"
LH7313 = "https://github.com/longhorn/longhorn/issues/7313"


def HUNT_H60(C):
    return [
# ---------------------------------------------------------------- kubernetes/minikube/issues/5431
C(MK + "5431", r'''Sep 22 04:52:43 minikube kubelet[3168]: E0922 04:52:43.787224    3168 nestedpendingoperations.go:270] Operation for "\"kubernetes.io/secret/f97fc1d0-da58-11e8-85cb-0800279ddd13-coredns-token-f7pnh\" (\"f97fc1d0-da58-11e8-85cb-0800279ddd13\")" failed. No retries permitted until 2019-09-22 04:52:44.287193007 +0000 UTC m=+15.185864204 (durationBeforeRetry 500ms). Error: "MountVolume.SetUp failed for volume \"coredns-token-f7pnh\" (UniqueName: \"kubernetes.io/secret/f97fc1d0-da58-11e8-85cb-0800279ddd13-coredns-token-f7pnh\") pod \"coredns-c4cffd6dc-6xwhw\" (UID: \"f97fc1d0-da58-11e8-85cb-0800279ddd13\") : failed to sync secret cache: timed out waiting for the condition"''',
  None, 'coredns-c4cffd6dc-6xwhw', 'f97fc1d0-da58-11e8-85cb-0800279ddd13', None, 'FailedMount',
  note="minikube crash on start (Sep 2019): the service-account token secret could not be set up because the kubelet's secret cache had not synced; the pod is named without namespace. nestedpendingoperations.go:270 with the quoted-operation form: ~1.16 (minikube 1.4 era)", kubelet='~1.16', fmt='klog', cls='volume'),
C(MK + "5431", r'''Sep 22 04:52:43 minikube kubelet[3168]: E0922 04:52:43.788371    3168 nestedpendingoperations.go:270] Operation for "\"kubernetes.io/secret/f7b880c4-da58-11e8-85cb-0800279ddd13-kube-dns-token-vblc5\" (\"f7b880c4-da58-11e8-85cb-0800279ddd13\")" failed. No retries permitted until 2019-09-22 04:52:44.288345893 +0000 UTC m=+15.187017099 (durationBeforeRetry 500ms). Error: "MountVolume.SetUp failed for volume \"kube-dns-token-vblc5\" (UniqueName: \"kubernetes.io/secret/f7b880c4-da58-11e8-85cb-0800279ddd13-kube-dns-token-vblc5\") pod \"kube-dns-86f4d74b45-zps4f\" (UID: \"f7b880c4-da58-11e8-85cb-0800279ddd13\") : failed to sync secret cache: timed out waiting for the condition"''',
  None, 'kube-dns-86f4d74b45-zps4f', 'f7b880c4-da58-11e8-85cb-0800279ddd13', None, 'FailedMount',
  note='same run as the line before: second pod whose token secret mount failed on the unsynced secret cache', kubelet='~1.16', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- kubernetes/minikube/issues/11832
C(MK + "11832", r'''* Jun 30 12:00:01 minikube kubelet[4185]: I0630 12:00:01.708532    4185 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "config-volume" (UniqueName: "kubernetes.io/configmap/5395c5e8-b5ad-465b-bea0-e8270677983c-config-volume") pod "coredns-74ff55c5b-s856s" (UID: "5395c5e8-b5ad-465b-bea0-e8270677983c")''',
  None, 'coredns-74ff55c5b-s856s', '5395c5e8-b5ad-465b-bea0-e8270677983c', None, None,
  note="`minikube logs` output (Jun 2021) with minikube's '* ' prefix: routine volume verification, noise. coredns-74ff55c5b is the 1.20 coredns; reconciler.go:224 unstructured: ~1.20", kubelet='~1.20', fmt='klog', cls='volume-noise'),
C(MK + "11832", r'''* Jun 30 12:00:01 minikube kubelet[4185]: I0630 12:00:01.708579    4185 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "coredns-token-ltg75" (UniqueName: "kubernetes.io/secret/5395c5e8-b5ad-465b-bea0-e8270677983c-coredns-token-ltg75") pod "coredns-74ff55c5b-s856s" (UID: "5395c5e8-b5ad-465b-bea0-e8270677983c")''',
  None, 'coredns-74ff55c5b-s856s', '5395c5e8-b5ad-465b-bea0-e8270677983c', None, None,
  note='same run: routine verification of the token secret volume, noise', kubelet='~1.20', fmt='klog', cls='volume-noise'),
C(MK + "11832", r'''* Jun 30 12:00:02 minikube kubelet[4185]: E0630 12:00:02.810231    4185 secret.go:195] Couldn't get secret kube-system/coredns-token-ltg75: failed to sync secret cache: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="same run: the secret volume's content could not be fetched (cache not synced), the cause of the MountVolume.SetUp failure that follows; kube-system/coredns-token-ltg75 is the secret, not a pod", kubelet='~1.20', fmt='klog', cls='volume', trap_for='pod attribution'),
# ---------------------------------------------------------------- kubernetes/minikube/issues/5415
C(MK + "5415", r'''Sep 20 06:38:44 minikube kubelet[3072]: E0920 06:38:44.228144    3072 secret.go:198] Couldn't get secret kube-system/coredns-token-j2kdx: failed to sync secret cache: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="minikube 1.4 'waiting for apiserver: timed out' (Sep 2019): the token secret could not be fetched; the ns/name is the secret's. coredns-5c98db65d4 is the 1.15 coredns, secret.go:198 / nestedpendingoperations.go:270: ~1.15", kubelet='~1.15', fmt='klog', cls='volume', trap_for='pod attribution'),
C(MK + "5415", r'''Sep 20 06:38:44 minikube kubelet[3072]: E0920 06:38:44.228166    3072 nestedpendingoperations.go:270] Operation for "\"kubernetes.io/secret/be7f6a08-22cf-4982-876d-bc0bdf66b86f-coredns-token-j2kdx\" (\"be7f6a08-22cf-4982-876d-bc0bdf66b86f\")" failed. No retries permitted until 2019-09-20 06:38:44.728155644 +0000 UTC m=+29.250822157 (durationBeforeRetry 500ms). Error: "MountVolume.SetUp failed for volume \"coredns-token-j2kdx\" (UniqueName: \"kubernetes.io/secret/be7f6a08-22cf-4982-876d-bc0bdf66b86f-coredns-token-j2kdx\") pod \"coredns-5c98db65d4-cw2h6\" (UID: \"be7f6a08-22cf-4982-876d-bc0bdf66b86f\") : failed to sync secret cache: timed out waiting for the condition"''',
  None, 'coredns-5c98db65d4-cw2h6', 'be7f6a08-22cf-4982-876d-bc0bdf66b86f', None, 'FailedMount',
  note='same run: the SetUp failure of that token secret volume for the coredns pod', kubelet='~1.15', fmt='klog', cls='volume'),
C(MK + "5415", r'''Sep 20 06:38:44 minikube kubelet[3072]: E0920 06:38:44.228190    3072 secret.go:198] Couldn't get secret kube-system/kube-proxy-token-mw4mb: failed to sync secret cache: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='same run: the kube-proxy token secret could not be fetched either; names a secret, no pod', kubelet='~1.15', fmt='klog', cls='volume', trap_for='pod attribution'),
# ---------------------------------------------------------------- ceph/ceph-csi/issues/3476
C(CEPH3476, r'''Oct 27 13:40:02 DeploiKubeWorker1 kubelet[961]: I1027 13:40:02.370343     961 topology_manager.go:200] "Topology Admit Handler"''',
  None, None, None, None, None,
  note='ceph-csi attach thread (Oct 2022), kubelet log on the node: admission of a pod, no pod named here, noise. topology_manager.go:200 and structured reconciler.go:270: ~1.24', kubelet='~1.24', fmt='klog-s', cls='noise'),
C(CEPH3476, r'''Oct 27 13:40:02 DeploiKubeWorker1 kubelet[961]: I1027 13:40:02.396708     961 reconciler.go:270] "operationExecutor.VerifyControllerAttachedVolume started for volume \"mountpoint-dir\" (UniqueName: \"kubernetes.io/host-path/eadfcb02-ae6f-4458-b077-1802ca993455-mountpoint-dir\") pod \"csi-cephfsplugin-mwn4w\" (UID: \"eadfcb02-ae6f-4458-b077-1802ca993455\") " pod="default/csi-cephfsplugin-mwn4w"''',
  'default', 'csi-cephfsplugin-mwn4w', 'eadfcb02-ae6f-4458-b077-1802ca993455', None, None,
  note='same run: routine host-path volume verification for the CSI node plugin pod, noise', kubelet='~1.24', fmt='klog-s', cls='volume-noise'),
C(CEPH3476, r'''Oct 27 13:40:02 DeploiKubeWorker1 kubelet[961]: I1027 13:40:02.396770     961 reconciler.go:270] "operationExecutor.VerifyControllerAttachedVolume started for volume \"host-sys\" (UniqueName: \"kubernetes.io/host-path/eadfcb02-ae6f-4458-b077-1802ca993455-host-sys\") pod \"csi-cephfsplugin-mwn4w\" (UID: \"eadfcb02-ae6f-4458-b077-1802ca993455\") " pod="default/csi-cephfsplugin-mwn4w"''',
  'default', 'csi-cephfsplugin-mwn4w', 'eadfcb02-ae6f-4458-b077-1802ca993455', None, None,
  note='same run, noise', kubelet='~1.24', fmt='klog-s', cls='volume-noise'),
C(CEPH3476, r'''Oct 27 13:40:02 DeploiKubeWorker1 kubelet[961]: I1027 13:40:02.396814     961 reconciler.go:270] "operationExecutor.VerifyControllerAttachedVolume started for volume \"host-dev\" (UniqueName: \"kubernetes.io/host-path/eadfcb02-ae6f-4458-b077-1802ca993455-host-dev\") pod \"csi-cephfsplugin-mwn4w\" (UID: \"eadfcb02-ae6f-4458-b077-1802ca993455\") " pod="default/csi-cephfsplugin-mwn4w"''',
  'default', 'csi-cephfsplugin-mwn4w', 'eadfcb02-ae6f-4458-b077-1802ca993455', None, None,
  note='same run, noise', kubelet='~1.24', fmt='klog-s', cls='volume-noise'),
# ---------------------------------------------------------------- ceph/ceph-csi/issues/734
C(CEPH734, r'''Dec 09 14:58:06 master1 kubelet[20473]: E1209 14:58:06.803672   20473 csi_attacher.go:93] kubernetes.io/csi: attacher.Attach failed: volumeattachments.storage.k8s.io is forbidden: User "system:node:master1" cannot create resource "volumeattachments" in API group "storage.k8s.io" at the cluster scope: can only get individual resources of this type''',
  None, None, None, None, 'FailedMount',
  note="kubelet with --enable-controller-attach-detach=false (Dec 2019, Kubernetes v1.14.3 stated): the kubelet's own CSI attach of a pod's volume failed because the node authorizer does not let a node create VolumeAttachments. The line is a volume attach failure (the pod stays in ContainerCreating), not the kubelet's credentials being refused for its node work; it names no pod", kubelet='1.14', fmt='klog', cls='volume', trap_for='AuthError'),
# ---------------------------------------------------------------- kubernetes/minikube/issues/9371
C(MK + "9371", r'''Oct 01 20:58:03 minikube kubelet[701]: W1001 20:58:03.278214     701 empty_dir.go:453] Warning: Failed to clear quota on /var/lib/kubelet/pods/0da959c0-0923-4a9d-b4fa-2655545e6e7a/volumes/kubernetes.io~secret/default-token-hgb7f: ClearQuota called, but quotas disabled''',
  None, None, '0da959c0-0923-4a9d-b4fa-2655545e6e7a', None, None,
  note="minikube gcp-auth addon thread (Oct 2020): harmless warning while tearing down a secret volume; the pod's uid is in the path. operation_generator.go:782 / reconciler.go:319: ~1.19", kubelet='~1.19', fmt='klog', cls='volume-noise'),
C(MK + "9371", r'''Oct 01 20:58:03 minikube kubelet[701]: I1001 20:58:03.278580     701 operation_generator.go:782] UnmountVolume.TearDown succeeded for volume "kubernetes.io/secret/0da959c0-0923-4a9d-b4fa-2655545e6e7a-default-token-hgb7f" (OuterVolumeSpecName: "default-token-hgb7f") pod "0da959c0-0923-4a9d-b4fa-2655545e6e7a" (UID: "0da959c0-0923-4a9d-b4fa-2655545e6e7a"). InnerVolumeSpecName "default-token-hgb7f". PluginName "kubernetes.io/secret", VolumeGidValue ""''',
  None, None, '0da959c0-0923-4a9d-b4fa-2655545e6e7a', None, None,
  note='same run: successful teardown, noise; pod "<uid>" is a uid, not a name', kubelet='~1.19', fmt='klog', cls='volume-noise'),
C(MK + "9371", r'''Oct 01 20:58:03 minikube kubelet[701]: I1001 20:58:03.378786     701 reconciler.go:319] Volume detached for volume "default-token-hgb7f" (UniqueName: "kubernetes.io/secret/0da959c0-0923-4a9d-b4fa-2655545e6e7a-default-token-hgb7f") on node "minikube" DevicePath ""''',
  None, None, None, None, None,
  note='same run: volume detached from the node, noise (the table gives no pod for this node-scoped form)', kubelet='~1.19', fmt='klog', cls='volume-noise'),
C(MK + "9371", r'''Oct 01 20:58:04 minikube kubelet[701]: E1001 20:58:04.277981     701 secret.go:195] Couldn't get secret gcp-auth/gcp-auth-certs: failed to sync secret cache: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="same run: the gcp-auth webhook's certificate secret could not be fetched for its volume; gcp-auth/gcp-auth-certs is the secret", kubelet='~1.19', fmt='klog', cls='volume', trap_for='pod attribution'),
# ---------------------------------------------------------------- kubernetes/minikube/issues/4036
C(MK + "4036", r'''Apr 02 10:47:35 minikube kubelet[3235]: I0402 10:47:35.725786    3235 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "kube-proxy-token-54whq" (UniqueName: "kubernetes.io/secret/b9d6585b-5534-11e9-9ba0-080027452775-kube-proxy-token-54whq") pod "kube-proxy-jc2cf" (UID: "b9d6585b-5534-11e9-9ba0-080027452775")''',
  None, 'kube-proxy-jc2cf', 'b9d6585b-5534-11e9-9ba0-080027452775', None, None,
  note="virtualbox apiserver timeout thread (Apr 2019): routine verification, noise. reconciler.go:207 and reflector.go:126: ~1.14 (minikube 1.0)", kubelet='~1.14', fmt='klog', cls='volume-noise'),
C(MK + "4036", r'''Apr 02 10:47:35 minikube kubelet[3235]: E0402 10:47:35.738333    3235 reflector.go:126] object-"kube-system"/"coredns": Failed to list *v1.ConfigMap: configmaps "coredns" is forbidden: User "system:node:minikube" cannot list resource "configmaps" in API group "" in the namespace "kube-system": no relationship found between node "minikube" and this object''',
  None, None, None, None, 'AuthError',
  note="same run: the node authorizer refuses the kubelet's watch of the coredns configmap (the node graph does not yet link the node to it); node-level auth refusal. object-\"kube-system\"/\"coredns\" is a configmap, not a pod", kubelet='~1.14', fmt='klog', cls='auth', trap_for='pod attribution'),
C(MK + "4036", r'''Apr 02 10:47:35 minikube kubelet[3235]: E0402 10:47:35.738905    3235 reflector.go:126] object-"kube-system"/"coredns-token-w6nth": Failed to list *v1.Secret: secrets "coredns-token-w6nth" is forbidden: User "system:node:minikube" cannot list resource "secrets" in API group "" in the namespace "kube-system": no relationship found between node "minikube" and this object''',
  None, None, None, None, 'AuthError',
  note='same run: same refusal for the coredns token secret; object-"ns"/"name" is a secret, not a pod', kubelet='~1.14', fmt='klog', cls='auth', trap_for='pod attribution'),
# ---------------------------------------------------------------- kubernetes/minikube/issues/5238
C(MK + "5238", r'''Aug 31 18:01:46 minikube kubelet[4385]: I0831 18:01:45.473527    4385 reconciler.go:203] operationExecutor.VerifyControllerAttachedVolume started for volume "kube-proxy-token-b6z99" (UniqueName: "kubernetes.io/secret/02de5ab4-10e6-42df-a04f-30b6e19383e2-kube-proxy-token-b6z99") pod "kube-proxy-dzt2n" (UID: "02de5ab4-10e6-42df-a04f-30b6e19383e2")''',
  None, 'kube-proxy-dzt2n', '02de5ab4-10e6-42df-a04f-30b6e19383e2', None, None,
  note="minikube 1.3.1 kube-proxy timeout thread (Aug 2019): routine verification, noise. minikube 1.3.1 defaults to 1.15.2; reconciler.go:203", kubelet='~1.15', fmt='klog', cls='volume-noise'),
C(MK + "5238", r'''Aug 31 18:01:46 minikube kubelet[4385]: I0831 18:01:45.473557    4385 reconciler.go:203] operationExecutor.VerifyControllerAttachedVolume started for volume "lib-modules" (UniqueName: "kubernetes.io/host-path/02de5ab4-10e6-42df-a04f-30b6e19383e2-lib-modules") pod "kube-proxy-dzt2n" (UID: "02de5ab4-10e6-42df-a04f-30b6e19383e2")''',
  None, 'kube-proxy-dzt2n', '02de5ab4-10e6-42df-a04f-30b6e19383e2', None, None,
  note='same run, noise', kubelet='~1.15', fmt='klog', cls='volume-noise'),
C(MK + "5238", r'''Aug 31 18:01:46 minikube kubelet[4385]: E0831 18:01:46.653293    4385 configmap.go:203] Couldn't get configMap kube-system/kube-proxy: couldn't propagate object cache: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="same run: the kube-proxy configmap volume could not be filled (object cache not propagated); kube-system/kube-proxy is the configmap, not the pod kube-proxy-dzt2n", kubelet='~1.15', fmt='klog', cls='volume', trap_for='pod attribution'),
# ---------------------------------------------------------------- rancher/rancher/issues/40992
C(RANCHER, r'''Apr 07 09:25:08 node33 k3s[1009]: E0407 09:25:08.851101    1009 pod_workers.go:951] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"rancher\" with CreateContainerConfigError: \"failed to prepare subPath for volumeMount \\\"tls-ca-volume\\\" of container \\\"rancher\\\"\"" pod="cattle-system/rancher-5f568b8f44-kk6pm" podUID=7b114ef0-e8bc-4978-93de-8d7a0a46c0c9''',
  'cattle-system', 'rancher-5f568b8f44-kk6pm', '7b114ef0-e8bc-4978-93de-8d7a0a46c0c9', 'rancher', 'CreateContainerConfigError',
  note='k3s journal (Apr 2023, embedded kubelet in the k3s unit): the rancher container could not be configured because its subPath mount of tls-ca-volume could not be prepared. pod_workers.go:951 structured: ~1.25', kubelet='~1.25', fmt='klog-s', cls='config'),
C(RANCHER, r'''Apr 07 09:25:08 node33 k3s[1009]: I0407 09:25:08.880804    1009 prober_manager.go:274] "Failed to trigger a manual run" probe="Readiness"''',
  None, None, None, None, None,
  note='same paste: the prober manager could not trigger an immediate readiness run (the worker was busy); not a probe failure, noise', kubelet='~1.25', fmt='klog-s', cls='noise', trap_for='ReadinessProbeFailed'),
C(RANCHER, r'''Apr 07 09:25:08 node33 k3s[1009]: E0407 09:25:08.370034    1009 kubelet_pods.go:237] "Failed to prepare subPath for volumeMount of the container" err=<''',
  None, None, None, None, 'CreateContainerConfigError',
  note="maintainer's paste of the same node's journal: first line of a multi-line err=< entry; the kubelet failed to prepare a container's subPath mount, which the kubelet reports as CreateContainerConfigError. The pod and container follow on later lines, not on this one", kubelet='~1.25', fmt='klog-s', cls='config'),
# ---------------------------------------------------------------- juicedata/juicefs-csi-driver/pull/98
C(JFS98, r'''Jun 16 09:52:23 minikube kubelet[1945]: E0616 09:52:23.558921    1945 remote_runtime.go:321] ContainerStatus "5ef40d3e0c57d65d2be07db0662f4c76de9284571e736791435f06a47f390834" from runtime service failed: rpc error: code = Unknown desc = Error: No such container: 5ef40d3e0c57d65d2be07db0662f4c76de9284571e736791435f06a47f390834''',
  None, None, None, None, None,
  note='juicefs CSI attach PR test (Jun 2021, kubelet 1.14 for the kubelet-attach case): status lookup of an already removed container during pod deletion, benign race, noise. remote_runtime.go:321 / reconciler.go:181: ~1.14', kubelet='~1.14', fmt='klog', cls='noise'),
C(JFS98, r'''Jun 16 09:52:23 minikube kubelet[1945]: I0616 09:52:23.702782    1945 reconciler.go:181] operationExecutor.UnmountVolume started for volume "default-token-2rqn9" (UniqueName: "kubernetes.io/secret/a5141722-ce86-11eb-a4fb-0242b648a2c7-default-token-2rqn9") pod "a5141722-ce86-11eb-a4fb-0242b648a2c7" (UID: "a5141722-ce86-11eb-a4fb-0242b648a2c7")''',
  None, None, 'a5141722-ce86-11eb-a4fb-0242b648a2c7', None, None,
  note='same run: unmount of the deleted pod\'s token volume, noise; pod "<uid>" is a uid', kubelet='~1.14', fmt='klog', cls='volume-noise'),
C(JFS98, r'''Jun 16 09:52:23 minikube kubelet[1945]: I0616 09:52:23.703456    1945 reconciler.go:181] operationExecutor.UnmountVolume started for volume "shared-data" (UniqueName: "kubernetes.io/csi/csi.juicefs.com^pvc-b945638f-ce86-11eb-a4fb-0242b648a2c7") pod "a5141722-ce86-11eb-a4fb-0242b648a2c7" (UID: "a5141722-ce86-11eb-a4fb-0242b648a2c7")''',
  None, None, 'a5141722-ce86-11eb-a4fb-0242b648a2c7', None, None,
  note='same run: unmount of the juicefs CSI volume, noise', kubelet='~1.14', fmt='klog', cls='volume-noise'),
C(JFS98, r'''Jun 16 09:52:23 minikube kubelet[1945]: I0616 09:52:23.703706    1945 clientconn.go:440] parsed scheme: ""''',
  None, None, None, None, None,
  note='same run: gRPC client set-up towards the CSI socket, noise', kubelet='~1.14', fmt='klog', cls='noise'),
C(JFS98, r'''Jun 16 09:52:23 minikube kubelet[1945]: I0616 09:52:23.703943    1945 clientconn.go:440] scheme "" not registered, fallback to default scheme''',
  None, None, None, None, None,
  note='same run, noise', kubelet='~1.14', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- longhorn/longhorn/issues/7313
C(LH7313, r'''75s         Warning   FailedAttachVolume   pod/keycloak-test-postgresql-0   AttachVolume.Attach failed for volume "pvc-b91abf30-485d-4aeb-96e1-938a50bdb291" : rpc error: code = Internal desc = volume pvc-b91abf30-485d-4aeb-96e1-938a50bdb291 failed to attach to node node03 with attachmentID csi-a782ae047fc39dbf4c999f20196ca3ce16d7d9bf7cb5382a57839f1c2b9f6e8a: the volume is currently attached to different node node04''',
  None, 'keycloak-test-postgresql-0', None, None, 'FailedMount',
  note='kubectl get events row (Dec 2023, Kubernetes 1.24 stated, Longhorn 1.5.1): the attach/detach controller could not attach the RWO volume because it is still attached to another node; the pod is named without namespace', kubelet='1.24', fmt='event', cls='volume'),
C(LH7313, r'''10m         Warning   FailedMount          pod/keycloak-test-postgresql-0   Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[dshm data kube-api-access-cjdtl]: timed out waiting for the condition''',
  None, 'keycloak-test-postgresql-0', None, None, 'FailedMount',
  note="same events paste: the kubelet's mount timeout for the pod", kubelet='1.24', fmt='event', cls='volume'),
    ]
