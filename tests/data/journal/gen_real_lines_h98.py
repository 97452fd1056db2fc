# Hunt 98 (held-out set): kubelet lines about secrets, config maps, projected volumes and
# service-account tokens (MountVolume.SetUp failed, object not registered, failed to sync
# configmap cache, failed to fetch token, CreateContainerConfigError), with the noise around them,
# from GitHub threads the table did not cite before this file (checked with grep on
# real_lines.jsonl and on every gen_real_lines_h*.py). Same rules as gen_real_lines_h8.py: each line
# is copied exactly as its public thread shows it (raw strings: backslashes are the line's own;
# lines cut at a terminal's width, or ending in a tmux pane's box character, are kept as cut, since
# that is what the thread shows), with the thread's URL, and each was seen twice (two different
# searches returning the same passage, compared byte for byte after decoding). Expected fields are
# what an SRE reads in the line itself: a pod named without its namespace gives ns None; a quoted
# "ns"/"name" object is the config map or secret, not the pod; a name or uid cut by the terminal is
# not a name. Node-level lines name no pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
K3 = "https://github.com/k3s-io/k3s/issues/"
RD = "https://github.com/rancher-sandbox/rancher-desktop/issues/3545"
K3D = "https://github.com/k3d-io/k3d/issues/1057"


def HUNT_H98(C):
    return [
C(K + "47020", r'''E0604 10:31:19.324314    3580 projected.go:265] Couldn't get configMap e2e-tests-projected-mnbzg/projected-configmap-test-volume-f1dfa503-4910-11e7-8d9d-0242ac110002: User "system:node:e2e-34198-minion-group-qnk2" cannot get configmaps in the namespace "e2e-tests-proj│''',
  None, None, None, None, 'FailedMount',
  note="projected-volume bug report (Jun 2017, e2e run of the node authorizer era), a terminal-width paste: every line is cut at the same column and ends in the pane's box character. The projected plugin could not read a config map (the node was denied 'get configmaps'); the line names the config map's namespace/name, not a pod. projected.go:265 and the date: kubelet about 1.7", kubelet='~1.7', fmt='klog', cls='mount'),
C(K + "47020", r'''E0604 10:31:19.324409    3580 projected.go:197] Error preparing data for projected volume projected-configmap-volume for pod e2e-tests-projected-mnbzg/pod-projected-configmaps-f1f51bf8-4910-11e7-8d9d-0242ac110002: User "system:node:e2e-34198-minion-group-qnk2" cannot │''',
  'e2e-tests-projected-mnbzg', 'pod-projected-configmaps-f1f51bf8-4910-11e7-8d9d-0242ac110002', None, None, 'FailedMount',
  note="same paste: the projected volume's data could not be prepared for the named pod (ns/name); the cause is cut at the pane's edge, but the failure is stated", kubelet='~1.7', fmt='klog', cls='mount'),
C(K + "47020", r'''I0604 10:31:19.324620    3580 atomic_writer.go:142] pod e2e-tests-projected-mnbzg/pod-projected-configmaps-f1f51bf8-4910-11e7-8d9d-0242ac110002 volume projected-configmap-volume: no update required for target directory /var/lib/kubelet/pods/f2278654-4910-11e7-9d2f-420│''',
  'e2e-tests-projected-mnbzg', 'pod-projected-configmaps-f1f51bf8-4910-11e7-8d9d-0242ac110002', None, None, None,
  note="same paste: the atomic writer found nothing to update for the pod's volume - noise; the pod directory's uid is cut at the pane's edge, so no uid", kubelet='~1.7', fmt='klog', cls='mount-trap', trap_for=['FailedMount']),
C(K + "47020", r'''I0604 10:31:19.324667    3580 operation_generator.go:472] MountVolume.SetUp succeeded for volume "projected-configmap-volume" (UniqueName: "kubernetes.io/projected/f2278654-4910-11e7-9d2f-42010a800002-projected-configmap-volume") pod "pod-projected-configmaps-f1f51bf8│''',
  None, None, None, None, None,
  note="(uid relabelled by the lead from 'f2278654-4910-11e7-9d2f-42010a800002': the table reads no uid from a volume's UniqueName alone, as in its five 'Volume detached … (UniqueName: \"kubernetes.io/secret/<uid>-…\")' rows; not a pod+reason field) same paste: MountVolume.SetUp succeeded (the bug the thread reports: success despite the error above) - not a failure. The pod name is cut at the pane's edge; the uid is whole inside the UniqueName", kubelet='~1.7', fmt='klog', cls='mount-trap', trap_for=['FailedMount']),
C(K + "100047", r'''Feb 28 22:52:20 kind-worker kubelet[243]: E0228 22:52:20.606931     243 pod_workers.go:191] Error syncing pod dc0a9362-fa20-419e-8ab4-7f2a4f27c9b8 ("test-deployment-7778d6bf57-fqqvk_deployment-2394(dc0a9362-fa20-419e-8ab4-7f2a4f27c9b8)"), skipping: failed to "StartContainer" for "test-deployment" with CreateContainerConfigError: "cannot find volume \"kube-api-access-2t44s\" to mount into container \"test-deployment\""''',
  'deployment-2394', 'test-deployment-7778d6bf57-fqqvk', 'dc0a9362-fa20-419e-8ab4-7f2a4f27c9b8', 'test-deployment', 'CreateContainerConfigError',
  note='kind CI flake thread (Mar 2021, quoted by a maintainer): the container could not be configured because the kube-api-access projected volume was missing. pod_workers.go:191 on a kind master build of early 2021: kubelet about 1.21', kubelet='~1.21', fmt='klog', cls='config'),
C(K + "83189", r'''Sep 26 19:38:04 alico-tst.paas.com kubelet[165599]: E0926 19:38:04.892465  165599 kubelet.go:1669] Unable to mount volumes for pod "sa-token-test_default(0789a7b8-db45-4cfc-8a15-77538b31c3c6)": timeout expired waiting for volumes to attach or mount for pod "default"/"sa-token-test". list of unmounted volumes=[token-vol]. list of unattached volumes=[token-vol default-token-h96g2]; skipping pod''',
  'default', 'sa-token-test', '0789a7b8-db45-4cfc-8a15-77538b31c3c6', None, 'FailedMount',
  note="projected serviceAccountToken thread (Sep 2019): the pod's token-vol never mounted (the API server had no TokenRequest); the pod is named as name_namespace(uid). The reporter wrote '1.5.3', but kubelet.go:1669 with 'attach or mount' and the date put the kubelet at about 1.15", kubelet='~1.15', fmt='klog', cls='mount'),
C(K3 + "4580", r'''Nov 25 14:42:18 raspberrypi k3s[8346]: E1125 14:42:18.422750    8346 projected.go:199] Error preparing data for projected volume kube-api-access-pvmpk for pod kube-system/traefik-97b44b794-rdhzh: [failed to fetch token: serviceaccounts "traefik" is forbidden: User "system:node:raspberrypi" cannot create resource "serviceaccounts/token" in API group "" in the namespace "kube-system": no relationship found between node 'raspberrypi' and this object, failed to sync configmap cache: timed out waiting for the condition]''',
  'kube-system', 'traefik-97b44b794-rdhzh', None, None, 'FailedMount',
  note='k3s on Raspberry Pi thread (Nov 2021, a k3s journal pasted by a commenter): the projected service-account token could not be fetched (node authorizer had no relationship yet) and the config map cache did not sync. projected.go:199 and the date: k3s about 1.22', kubelet='~1.22', fmt='klog', cls='mount'),
C(K3 + "6119", r''' 12:10:54 node k3s[22385]: E0912 12:10:54.386965   22385 configmap.go:193] Couldn't get configMap kube-system/chart-values-traefik: failed to sync configmap cache: timed out''',
  None, None, None, None, 'FailedMount',
  note='k3s containerLogs thread (Sep 2022, a terminal-width paste whose date was cut off at the left): the kubelet could not get a config map for a volume; names the config map, not a pod. configmap.go:193 / nestedpendingoperations.go:335 and request.go:601: about 1.24', kubelet='~1.24', fmt='klog', cls='mount'),
C(K3 + "6119", r''' 12:10:54 node k3s[22385]: E0912 12:10:54.387066   22385 nestedpendingoperations.go:335] Operation for "{volumeName:kubernetes.io/configmap/5597cc91-04c5-4b0a-a98c-648ae2cc0''',
  None, None, None, None, None,
  note="same paste: the nested-operations line for that config map volume, cut at the pane's edge before the error text and inside the pod uid; the E-level nestedpendingoperations line is the volume operation's failure, but no pod is readable (relabelled by the lead from FailedMount: the cut hides which operation failed, and the table labels a failed unmount of this form None, as in a cinder 'UnmountVolume.TearDown failed' row; scored 6/8 with the helper's labels for this row and the next, 8/8 with these)", kubelet='~1.24', fmt='klog', cls='mount'),
C(K3 + "6119", r''' 12:10:54 node k3s[22385]: E0912 12:10:54.387673   22385 configmap.go:193] Couldn't get configMap kube-system/coredns-custom: failed to sync configmap cache: timed out waiti''',
  None, None, None, None, 'FailedMount',
  note='same paste: a second config map (coredns-custom) that could not be fetched; names no pod', kubelet='~1.24', fmt='klog', cls='mount'),
C(K3 + "6119", r''' 12:10:54 node k3s[22385]: E0912 12:10:54.387755   22385 nestedpendingoperations.go:335] Operation for "{volumeName:kubernetes.io/configmap/f597da20-3a4e-48df-bcc0-7a8c15182''',
  None, None, None, None, None,
  note='same paste: its nested-operations failure line, cut before the pod uid ends; no pod readable (relabelled by the lead from FailedMount, as the row before)', kubelet='~1.24', fmt='klog', cls='mount'),
C(K3 + "6119", r''' 12:10:54 node k3s[22385]: I0912 12:10:54.418112   22385 request.go:601] Waited for 1.031886179s due to client-side throttling, not priority and fairness, request: POST:http''',
  None, None, None, None, None,
  note="same paste: client-side throttling of the kubelet's API requests - noise", kubelet='~1.24', fmt='klog', cls='noise'),
C(K3 + "6119", r''' 12:10:55 node k3s[22385]: I0912 12:10:55.425598   22385 job_controller.go:498] enqueueing job kube-system/helm-install-traefik''',
  None, None, None, None, None,
  note='same paste: k3s runs the controller manager in the same process; the job controller queues the helm-install Job (a Job, not a pod) - noise', kubelet='~1.24', fmt='klog', cls='noise'),
C(K3 + "6119", r''' 12:10:55 node k3s[22385]: I0912 12:10:55.826166   22385 job_controller.go:498] enqueueing job kube-system/helm-install-traefik-crd''',
  None, None, None, None, None,
  note="same paste: the job controller again, for the CRD chart's Job - noise", kubelet='~1.24', fmt='klog', cls='noise'),
C(K3 + "6119", r''' 12:11:01 node k3s[22385]: I0912 12:11:01.538278   22385 job_controller.go:498] enqueueing job kube-system/helm-install-traefik-crd''',
  None, None, None, None, None,
  note='same paste: the job controller again, six seconds later - noise', kubelet='~1.24', fmt='klog', cls='noise'),
C(RD, r'''E1207 09:43:59.913399     785 configmap.go:197] Couldn't get configMap kube-system/chart-values-traefik: object "kube-system"/"chart-values-traefik" not registered''',
  None, None, None, None, 'FailedMount',
  note="Rancher Desktop 'Waiting for Kubernetes API' thread (Dec 2022, k3s logs pasted by a commenter): the chart-values config map is not yet registered with the kubelet's watch cache; names the config map, not a pod. configmap.go:197 / nestedpendingoperations.go:348: about 1.24-1.25", kubelet='~1.24', fmt='klog', cls='mount'),
C(RD, r'''E1207 09:43:59.913859     785 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/configmap/214a25a2-8077-477f-aa34-379c3b2b1b99-content podName:214a25a2-8077-477f-aa34-379c3b2b1b99 nodeName:}" failed. No retries permitted until 2022-12-07 09:44:15.9138028 +0000 UTC m=+37.368419101 (durationBeforeRetry 16s). Error: MountVolume.SetUp failed for volume "content" (UniqueName: "kubernetes.io/configmap/214a25a2-8077-477f-aa34-379c3b2b1b99-content") pod "helm-install-traefik-27l9f" (UID: "214a25a2-8077-477f-aa34-379c3b2b1b99") : object "kube-system"/"chart-content-traefik" not registered''',
  None, 'helm-install-traefik-27l9f', '214a25a2-8077-477f-aa34-379c3b2b1b99', None, 'FailedMount',
  note='same paste: the config map volume \'content\' of the helm-install pod failed to set up (object not registered); the pod is named without namespace (the quoted "kube-system"/"chart-content-traefik" is the config map), so ns None', kubelet='~1.24', fmt='klog', cls='mount'),
C(K3D, r'''E0427 15:59:28.051535       9 nestedpendingoperations.go:335] Operation for "{volumeName:kubernetes.io/configmap/c3a386ec-e947-40d8-a8d2-87cc71b2302b-content podName:c3a386ec-e947-40d8-a8d2-87cc71b2302b nodeName:}" failed. No retries permitted until 2022-04-27 15:59:29.0515084 +0000 UTC m=+42.735256101 (durationBeforeRetry 1s). Error: MountVolume.SetUp failed for volume "content" (UniqueName: "kubernetes.io/configmap/c3a386ec-e947-40d8-a8d2-87cc71b2302b-content") pod "helm-install-traefik--1-hzjsd" (UID: "c3a386ec-e947-40d8-a8d2-87cc71b2302b") : object "kube-system"/"chart-content-traefik" not registered''',
  None, 'helm-install-traefik--1-hzjsd', 'c3a386ec-e947-40d8-a8d2-87cc71b2302b', None, 'FailedMount',
  note="k3d host.docker.internal thread (Apr 2022, a server container's log): the helm-install pod's config map volume failed to set up (object not registered); pod named without namespace. nestedpendingoperations.go:335 with configmap.go:200: about 1.22-1.23", kubelet='~1.22', fmt='klog', cls='mount'),
C(K3D, r'''E0427 15:59:28.051423       9 configmap.go:200] Couldn't get configMap kube-system/chart-values-traefik: object "kube-system"/"chart-values-traefik" not registered''',
  None, None, None, None, 'FailedMount',
  note='same paste: the kubelet could not get the chart-values config map (not registered); names the config map, not a pod', kubelet='~1.22', fmt='klog', cls='mount'),
C(K3 + "12772", r'''k3s-service.log-20250816:E0815 04:19:00.286971   44926 projected.go:198] Error preparing data for projected volume kube-api-access-5d8vx for pod longhorn-system/instance-manager-912783280abab9e507cc0c83d49b34ec: failed to sync configmap cache: timed out waiting for the condition''',
  'longhorn-system', 'instance-manager-912783280abab9e507cc0c83d49b34ec', None, None, 'FailedMount',
  note='k3s agent-timeout thread (Aug 2025, grep output of k3s-service.log files, hence the file-name prefix): the kube-api-access projected volume could not be prepared because the config map cache did not sync. nestedpendingoperations.go:348 and the 2025 date: about 1.31-1.33', kubelet='~1.31', fmt='klog', cls='mount'),
C(K3 + "12772", r'''k3s-service.log-20250816:E0815 04:19:00.287379   44926 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/projected/1dcbc2bb-b7de-4afa-8848-24185b190655-kube-api-access-5d8vx podName:1dcbc2bb-b7de-4afa-8848-24185b190655 nodeName:}" failed. No retries permitted until 2025-08-15 04:19:02.28733697 +0800 +08 m=+559300.366702949 (durationBeforeRetry 2s). Error: MountVolume.SetUp failed for volume "kube-api-access-5d8vx" (UniqueName: "kubernetes.io/projected/1dcbc2bb-b7de-4afa-8848-24185b190655-kube-api-access-5d8vx") pod "instance-manager-912783280abab9e507cc0c83d49b34ec" (UID: "1dcbc2bb-b7de-4afa-8848-24185b190655") : failed to sync configmap cache: timed out waiting for the condition''',
  None, 'instance-manager-912783280abab9e507cc0c83d49b34ec', '1dcbc2bb-b7de-4afa-8848-24185b190655', None, 'FailedMount',
  note="same paste: the matching MountVolume.SetUp failure for that pod's projected volume; the pod is named without namespace", kubelet='~1.31', fmt='klog', cls='mount'),
C(K3 + "6603", r'''Nov 30 01:43:59 k3s-master k3s[4915]: E1130 01:43:59.930842    4915 kuberuntime_container.go:744] "Kill container failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \"a3adb16a4bdd1325c96fbb66898ebcf619b4cb3b2facb3c586e6e416bc7121a9\": not found" pod="kube-system/svclb-traefik-dkl28" podUID=b4acb76d-5eac-4173-986d-caf6442973ef containerName="lb-port-443" containerID={Type:containerd ID:a3adb16a4bdd1325c96fbb66898ebcf619b4cb3b2facb3c586e6e416bc7121a9}''',
  'kube-system', 'svclb-traefik-dkl28', 'b4acb76d-5eac-4173-986d-caf6442973ef', 'lb-port-443', 'FailedKillPod',
  note='k3s helm-install-traefik thread (Nov 2022, k3s journal): the kubelet failed to kill the container (the runtime no longer knew it: NotFound). Structured kuberuntime_container.go:744 and remote_runtime.go:276: about 1.24-1.25', kubelet='~1.25', fmt='klog-s', cls='kill'),
C(K3 + "6603", r'''Nov 30 01:43:59 k3s-master k3s[4915]: E1130 01:43:59.930905    4915 remote_runtime.go:276] "StopContainer from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \"8c59df33f46fb3736947098f3172448503aab3da064a2daf53a3d071c81a3753\": not found" containerID="8c59df33f46fb3736947098f3172448503aab3da064a2daf53a3d071c81a3753"''',
  None, None, None, None, 'FailedKillPod',
  note='same paste: the runtime call under that kill failed (StopContainer NotFound); names only a container id, so no pod offline', kubelet='~1.25', fmt='klog-s', cls='kill'),
C(K3 + "6603", r'''Nov 30 01:44:03 k3s-master k3s[4915]: E1130 01:44:03.120977    4915 nestedpendingoperations.go:335] Operation for "{volumeName:kubernetes.io/configmap/d1e3165f-ca39-4ae6-ac9c-3c4e89f94f67-content podName:d1e3165f-ca39-4ae6-ac9c-3c4e89f94f67 nodeName:}" failed. No retries permitted until 2022-11-30 01:44:03.620968885 +0800 HKT m=+792019.542507217 (durationBeforeRetry 500ms). Error: MountVolume.SetUp failed for volume "content" (UniqueName: "kubernetes.io/configmap/d1e3165f-ca39-4ae6-ac9c-3c4e89f94f67-content") pod "helm-install-traefik--1-2brds" (UID: "d1e3165f-ca39-4ae6-ac9c-3c4e89f94f67") : object "kube-system"/"chart-content-traefik" not registered''',
  None, 'helm-install-traefik--1-2brds', 'd1e3165f-ca39-4ae6-ac9c-3c4e89f94f67', None, 'FailedMount',
  note="same journal four seconds later: the helm-install pod's config map volume failed to set up (object not registered); pod named without namespace", kubelet='~1.25', fmt='klog', cls='mount'),
C(K3 + "6603", r'''Nov 30 01:44:03 k3s-master k3s[4915]: E1130 01:44:03.503821    4915 authentication.go:63] "Unable to authenticate the request" err="[invalid bearer token, ServiceAccount UID (ebfde196-783c-4d61-bb16-2650924640b2) does not match claim (8ce2eaaa-f4d8-4740-997e-18c1176e456e)]"''',
  None, None, None, None, None,
  note="same journal: k3s's embedded API server rejected a client's stale service-account token (UID mismatch) - the API server's own log, not the kubelet's credentials; names no pod", kubelet='~1.25', fmt='klog-s', cls='noise'),
C(K3 + "6603", r'''Nov 30 01:44:03 k3s-master k3s[4915]: E1130 01:44:03.623902    4915 configmap.go:200] Couldn't get configMap kube-system/chart-content-traefik: object "kube-system"/"chart-content-traefik" not registered''',
  None, None, None, None, 'FailedMount',
  note='same journal: the kubelet could not get the chart-content config map (not registered); names the config map, not a pod', kubelet='~1.25', fmt='klog', cls='mount'),
    ]
