# Hunt 59 for issue 13: a HELD-OUT set of real lines about image pulls (pull failures, back-off, pull
# secrets, the runtime's pull errors) and the ordinary lines pasted beside them, from threads the table
# did not cite (kubecost/kubecost#26, kubernetes/kubernetes#66162, jfrog/jfrog-credentials-provider#41,
# kubernetes/kubeadm#2936, goharbor/harbor#17180, goharbor/harbor#15717, containerd/containerd#4127,
# kubernetes/kubernetes#17437, Azure/acs-engine#476, mattmattox/drain-node-on-crash#7; each checked with
# grep against real_lines.jsonl and every gen_real_lines_*.py). Whole consecutive runs were taken where the
# stored copy of the thread shows them whole; a line the stored copy cuts is left out
# (kubernetes/kubernetes#66162's remote_image.go line ends at '403' in both copies seen, containerd#4127's
# PullImage-failed line, goharbor#17180's Warning Failed row, kubernetes#17437's factory.go:82 line, and
# jfrog#41's kuberuntime_image.go and pod_workers.go lines, which were seen only once).
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own, e.g. the \x2d escapes of a systemd mount unit name in
# kubernetes#17437 and the \" of structured klog; leading spaces are the rows' own), with the source's
# URL, and each was seen twice (two different searches). Expected fields are what an SRE reads in the line
# itself, not podpulse's output. Node-level lines are never attributed to a pod.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

KC26 = "https://github.com/kubecost/kubecost/issues/26"
K66162 = "https://github.com/kubernetes/kubernetes/issues/66162"
JF41 = "https://github.com/jfrog/jfrog-credentials-provider/issues/41"
KA2936 = "https://github.com/kubernetes/kubeadm/issues/2936"
HB17180 = "https://github.com/goharbor/harbor/issues/17180"
HB15717 = "https://github.com/goharbor/harbor/issues/15717"
CD4127 = "https://github.com/containerd/containerd/issues/4127"
K17437 = "https://github.com/kubernetes/kubernetes/issues/17437"
ACS476 = "https://github.com/Azure/acs-engine/issues/476"
DN7 = "https://github.com/mattmattox/drain-node-on-crash/issues/7"

_KC = ("kubecost's chart references a pull secret 'regcred' that does not exist (May 2019): the kubelet's "
       "hedged warning that the pull MAY not succeed, not a pull failure; names <ns>/<pod>. kubelet_pods.go:832 "
       "and the date put the kubelet at about 1.14")


def HUNT_H59(C):
    return [
# ---------------------------------------------------------------- kubecost/kubecost/issues/26
C(KC26, r'''W0505 06:20:09.240086    6808 kubelet_pods.go:832] Unable to retrieve pull secret kubecost/regcred for kubecost/kubecost-cost-analyzer-57c4b8fd7f-pfx27 due to secret "regcred" not found.  The image pull may not succeed.''',
  'kubecost', 'kubecost-cost-analyzer-57c4b8fd7f-pfx27', None, None, None,
  note=_KC, kubelet='~1.14', fmt='klog', cls='pull', trap_for='ErrImagePull'),
C(KC26, r'''W0505 06:21:14.241350    6808 kubelet_pods.go:832] Unable to retrieve pull secret kubecost/regcred for kubecost/kubecost-cost-analyzer-57c4b8fd7f-pfx27 due to secret "regcred" not found.  The image pull may not succeed.''',
  'kubecost', 'kubecost-cost-analyzer-57c4b8fd7f-pfx27', None, None, None,
  note='the same warning a minute later', kubelet='~1.14', fmt='klog', cls='pull', trap_for='ErrImagePull'),
C(KC26, r'''W0505 06:22:35.240232    6808 kubelet_pods.go:832] Unable to retrieve pull secret kubecost/regcred for kubecost/kubecost-cost-analyzer-57c4b8fd7f-pfx27 due to secret "regcred" not found.  The image pull may not succeed.''',
  'kubecost', 'kubecost-cost-analyzer-57c4b8fd7f-pfx27', None, None, None,
  note='the same warning again', kubelet='~1.14', fmt='klog', cls='pull', trap_for='ErrImagePull'),
C(KC26, r'''W0505 06:24:00.240323    6808 kubelet_pods.go:832] Unable to retrieve pull secret kubecost/regcred for kubecost/kubecost-cost-analyzer-57c4b8fd7f-pfx27 due to secret "regcred" not found.  The image pull may not succeed.''',
  'kubecost', 'kubecost-cost-analyzer-57c4b8fd7f-pfx27', None, None, None,
  note='the same warning again', kubelet='~1.14', fmt='klog', cls='pull', trap_for='ErrImagePull'),
C(KC26, r'''W0505 06:25:30.240170    6808 kubelet_pods.go:832] Unable to retrieve pull secret kubecost/regcred for kubecost/kubecost-cost-analyzer-57c4b8fd7f-pfx27 due to secret "regcred" not found.  The image pull may not succeed.''',
  'kubecost', 'kubecost-cost-analyzer-57c4b8fd7f-pfx27', None, None, None,
  note='the same warning again (the next one is cut in the stored copy)', kubelet='~1.14', fmt='klog', cls='pull', trap_for='ErrImagePull'),
# ---------------------------------------------------------------- kubernetes/kubernetes/issues/66162
C(K66162, r'''kubelet.go:1861] SyncLoop (ADD, "api"): "private-reg_web(b8ade9f1-85f7-11e8-9304-005056a6da01)"''',
  'web', 'private-reg', 'b8ade9f1-85f7-11e8-9304-005056a6da01', None, None,
  note="private-registry pull with imagePullSecrets on containerd (Jul 2018); the reporter cut each line before the file name. The pod arrives: name_namespace(uid). kubelet.go:1861 / remote_image.go:108 and the date: kubelet about 1.11", kubelet='~1.11', fmt='klog', cls='noise'),
C(K66162, r'''reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "default-token-p2ccm" (UniqueName: "kubernetes.io/secret/b8ade9f1-85f7-11e8-9304-005056a6da01-default-token-p2ccm") pod "private-reg" (UID: "b8ade9f1-85f7-11e8-9304-005056a6da01")''',
  None, 'private-reg', 'b8ade9f1-85f7-11e8-9304-005056a6da01', None, None,
  note='routine volume step; names the pod without namespace, and its uid', kubelet='~1.11', fmt='klog', cls='noise'),
C(K66162, r'''reconciler.go:252] operationExecutor.MountVolume started for volume "default-token-p2ccm" (UniqueName: "kubernetes.io/secret/b8ade9f1-85f7-11e8-9304-005056a6da01-default-token-p2ccm") pod "private-reg" (UID: "b8ade9f1-85f7-11e8-9304-005056a6da01")''',
  None, 'private-reg', 'b8ade9f1-85f7-11e8-9304-005056a6da01', None, None,
  note='routine mount start', kubelet='~1.11', fmt='klog', cls='noise'),
C(K66162, r'''operation_generator.go:557] MountVolume.SetUp succeeded for volume "default-token-p2ccm" (UniqueName: "kubernetes.io/secret/b8ade9f1-85f7-11e8-9304-005056a6da01-default-token-p2ccm") pod "private-reg" (UID: "b8ade9f1-85f7-11e8-9304-005056a6da01")''',
  None, 'private-reg', 'b8ade9f1-85f7-11e8-9304-005056a6da01', None, None,
  note='mount succeeded: not a failure', kubelet='~1.11', fmt='klog', cls='noise'),
C(K66162, r'''kuberuntime_manager.go:385] No sandbox for pod "private-reg_web(b8ade9f1-85f7-11e8-9304-005056a6da01)" can be found. Need to start a new one''',
  'web', 'private-reg', 'b8ade9f1-85f7-11e8-9304-005056a6da01', None, None,
  note='routine first-sandbox line of a new pod', kubelet='~1.11', fmt='klog', cls='noise'),
C(K66162, r'''kubelet.go:1868] SyncLoop (UPDATE, "api"): "private-reg_web(b8ade9f1-85f7-11e8-9304-005056a6da01)"''',
  'web', 'private-reg', 'b8ade9f1-85f7-11e8-9304-005056a6da01', None, None,
  note='routine sync-loop update (the next line, remote_image.go PullImage ... 403, is cut in the stored copy)', kubelet='~1.11', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- jfrog/jfrog-credentials-provider/issues/41
C(JF41, r'''Feb 23 03:40:37 ip-10-10-2-97.ap-southeast-2.compute.internal kubelet[849883]: I0223 03:40:37.073616  849883 kubelet.go:2531] "SyncLoop ADD" source="api" pods=["ml-scribe/test-jfrog-pull"]''',
  'ml-scribe', 'test-jfrog-pull', None, None, None,
  note="EKS node with the jfrog credential provider (Feb 2026), journalctl -u kubelet | grep: the test pod arrives; its pull later fails with a 401 on the anonymous token. kubelet.go:2531, util.go:30 and kuberuntime_manager.go:1370 'Unhandled Error' put the kubelet at about 1.32", kubelet='~1.32', fmt='klog-s', cls='noise'),
C(JF41, r'''Feb 23 03:40:37 ip-10-10-2-97.ap-southeast-2.compute.internal kubelet[849883]: I0223 03:40:37.077331  849883 util.go:30] "No sandbox for pod can be found. Need to start a new one" pod="ml-scribe/test-jfrog-pull"''',
  'ml-scribe', 'test-jfrog-pull', None, None, None,
  note='routine first-sandbox line', kubelet='~1.32', fmt='klog-s', cls='noise'),
C(JF41, r'''Feb 23 03:40:37 ip-10-10-2-97.ap-southeast-2.compute.internal kubelet[849883]: I0223 03:40:37.241190  849883 reconciler_common.go:251] "operationExecutor.VerifyControllerAttachedVolume started for volume \"kube-api-access-zntdv\" (UniqueName: \"kubernetes.io/projected/881714f8-bb5e-4c8f-842d-7f703d2fcee0-kube-api-access-zntdv\") pod \"test-jfrog-pull\" (UID: \"881714f8-bb5e-4c8f-842d-7f703d2fcee0\") " pod="ml-scribe/test-jfrog-pull"''',
  'ml-scribe', 'test-jfrog-pull', '881714f8-bb5e-4c8f-842d-7f703d2fcee0', None, None,
  note='routine volume step; pod= key and the UID in the message', kubelet='~1.32', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- kubernetes/kubeadm/issues/2936
C(KA2936, r'''        [ERROR ImagePull]: failed to pull image registry.k8s.io/kube-proxy:v1.28.2: output: E0920 10:00:37.381343  208045 remote_image.go:171] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \"registry.k8s.io/kube-proxy:v1.28.2\": failed to resolve reference \"registry.k8s.io/kube-proxy:v1.28.2\": failed to do request: Head \"https://registry.k8s.io/v2/kube-proxy/manifests/v1.28.2\": dial tcp 34.96.108.209:443: connect: connection timed out" image="registry.k8s.io/kube-proxy:v1.28.2"''',
  None, None, None, None, 'ErrImagePull',
  note="kubeadm init preflight (Sep 2023, v1.28.2) quoting crictl's structured remote_image.go line: the pull of kube-proxy timed out reaching registry.k8s.io; no pod (a preflight pull). As the table's other 'PullImage from image service failed' lines: ErrImagePull, pod-less", kubelet='1.28', fmt='klog-s', cls='pull'),
C(KA2936, r'''time="2023-09-20T10:00:37+08:00" level=fatal msg="pulling image: rpc error: code = Unknown desc = failed to pull and unpack image \"registry.k8s.io/kube-proxy:v1.28.2\": failed to resolve reference \"registry.k8s.io/kube-proxy:v1.28.2\": failed to do request: Head \"https://registry.k8s.io/v2/kube-proxy/manifests/v1.28.2\": dial tcp 34.96.108.209:443: connect: connection timed out"''',
  None, None, None, None, 'ErrImagePull',
  note="the next line: crictl's own logrus fatal for the same failed pull (logfmt, as containerd's lines); no pod", kubelet='1.28', fmt='containerd', cls='pull'),
# ---------------------------------------------------------------- goharbor/harbor/issues/17180
C(HB17180, r'''  Type     Reason     Age                     From               Message''',
  None, None, None, None, None,
  note='kubectl describe pod Events header (Jul 2022, containerd, Harbor 401): a column header, nothing else', fmt='event', cls='noise'),
C(HB17180, r'''  Normal   Scheduled  9m19s                   default-scheduler  Successfully assigned default/hello-world-89d58999d-9fr2w to cluster-node-23.host.to''',
  'default', 'hello-world-89d58999d-9fr2w', None, None, None,
  note="the scheduler's assignment names default/<pod>; no kubelet reason. Kubelet version not stated", fmt='event', cls='noise'),
C(HB17180, r'''  Normal   Pulling    7m54s (x4 over 9m18s)   kubelet            Pulling image "myharbor.com/project/hello-world:latest"''',
  None, None, None, None, 'Pulling',
  note='the kubelet starts the pull (the Failed row after it, a 401 from Harbor, is cut in the stored copy); the row names no pod', fmt='event', cls='image'),
# ---------------------------------------------------------------- goharbor/harbor/issues/15717
C(HB15717, r'''  Normal   Scheduled  17m                   default-scheduler  Successfully assigned default/private-reg to gke-cluster-1-default-pool-d887b6c3-20sj''',
  'default', 'private-reg', None, None, None,
  note='describe pod private-reg (Sep 2021, GKE 1.20.9-gke.1001, Harbor 403): the assignment names default/<pod>', kubelet='1.20', fmt='event', cls='noise'),
C(HB15717, r'''  Normal   Pulling    16m (x4 over 17m)     kubelet            Pulling image "gitlab.mydomain.ru:8443/k8s/alpine:latest"''',
  None, None, None, None, 'Pulling',
  note='the kubelet starts the pull (the failure rows after it are cut in the stored copy)', kubelet='1.20', fmt='event', cls='image'),
# ---------------------------------------------------------------- containerd/containerd/issues/4127
C(CD4127, r'''Mar 26 03:46:48 ip-10-28-1-4.ec2.internal containerd[2153]: time="2020-03-26T03:46:48.245902097Z" level=error msg="failed to remove mount temp dir" dir="/var/lib/containerd/tmpmounts/containerd-mount887713717" error="remove /var/lib/containerd/tmpmounts/containerd-mount887713717: device or resource busy"''',
  None, None, None, None, None,
  note="containerd 1.2.13 journal (Mar 2020, EBUSY on overlayfs): a temp mount dir left behind while unpacking; the pull failure itself is the next line (PullImage ... failed, cut in the stored copy). The line names no pod, image or container", fmt='containerd', cls='runtime'),
# ---------------------------------------------------------------- kubernetes/kubernetes/issues/17437
C(K17437, r'''Nov 19 09:57:27 minion01 docker[15252]: time="2015-11-19T09:57:27.930153038+01:00" level=info msg="GET /containers/6479aa1aa6d7e103912218883bf68975ee141554fb46051b94ba25f8e5726b42/json"''',
  None, None, None, None, None,
  note="private-registry pod that does not start (Nov 2015, kubelet at high verbosity; 1.1 era): docker's API access log, a container id only", kubelet='~1.1', fmt='dockerd', cls='noise'),
C(K17437, r'''Nov 19 09:57:27 minion01 kubelet[7508]: I1119 09:57:27.934937    7508 manager.go:803] Added container: "/system.slice/docker-6479aa1aa6d7e103912218883bf68975ee141554fb46051b94ba25f8e5726b42.scope" (aliases: [k8s_POD.6d00e006_nginx_default_907c4178-8e9b-11e5-9e33-0050568153a7_93463dbf 6479aa1aa6d7e103912218883bf68975ee141554fb46051b94ba25f8e5726b42], namespace: "docker")''',
  'default', 'nginx', '907c4178-8e9b-11e5-9e33-0050568153a7', 'POD', None,
  note="cadvisor (in the kubelet) sees the new infra container; its docker name k8s_POD.<hash>_<pod>_<ns>_<uid>_<n> names pod nginx in default; routine", kubelet='~1.1', fmt='klog', cls='cadvisor'),
C(K17437, r'''Nov 19 09:57:27 minion01 kubelet[7508]: I1119 09:57:27.936013    7508 handler.go:322] Added event &{/system.slice/docker-6479aa1aa6d7e103912218883bf68975ee141554fb46051b94ba25f8e5726b42.scope 2015-11-19 08:57:27.405478432 +0000 UTC containerCreation {<nil>}}''',
  None, None, None, None, None,
  note="cadvisor's containerCreation event for the same cgroup; a container id only", kubelet='~1.1', fmt='klog', cls='cadvisor'),
C(K17437, r'''Nov 19 09:57:27 minion01 kubelet[7508]: I1119 09:57:27.936156    7508 factory.go:71] Error trying to work out if we can handle /system.slice/var-lib-kubelet-pods-907c4178\x2d8e9b\x2d11e5\x2d9e33\x2d0050568153a7-volumes-kubernetes.io\x7esecret-default\x2dtoken\x2dha0i4.mount: invalid container name''',
  None, None, None, None, None,
  note="cadvisor's routine 'Error trying to work out' for a secret-volume mount unit; the pod uid appears only systemd-escaped inside the unit name, so no pod is read from it; not a failure", kubelet='~1.1', fmt='klog', cls='cadvisor'),
# ---------------------------------------------------------------- Azure/acs-engine/issues/476
C(ACS476, r'''Apr 15 00:39:51 k8s-agentpool2-62235045-4 systemd[1]: Time has been changed''',
  None, None, None, None, None,
  note='acs-engine agent node whose kubelet unit (docker run of hyperkube v1.5.3) cannot pull the hyperkube image (Apr 2017): systemd noise', kubelet='1.5', fmt='other', cls='noise'),
C(ACS476, r'''Apr 15 00:39:51 k8s-agentpool2-62235045-4 systemd[1]: apt-daily.timer: Adding 3h 27min 7.979891s random time.''',
  None, None, None, None, None,
  note='systemd timer noise', kubelet='1.5', fmt='other', cls='noise'),
C(ACS476, r'''Apr 15 00:39:51 k8s-agentpool2-62235045-4 systemd[1]: snapd.refresh.timer: Adding 4h 46min 55.952799s random time.''',
  None, None, None, None, None,
  note='systemd timer noise', kubelet='1.5', fmt='other', cls='noise'),
C(ACS476, r'''Apr 15 00:39:51 k8s-agentpool2-62235045-4 docker[4994]: time="2017-04-15T00:39:51.264921872Z" level=error msg="Not continuing with pull after error: Error pulling image (v1.5.3) from gcr.io/google_containers/hyp''',
  None, None, None, None, 'ErrImagePull',
  note="the docker daemon's pull failure for the hyperkube image, cut at the terminal width as the reporter pasted it; as the table's other 'Not continuing with pull after error' lines: ErrImagePull, no pod", kubelet='1.5', fmt='dockerd', cls='pull'),
C(ACS476, r'''Apr 15 00:39:51 k8s-agentpool2-62235045-4 systemd[1]: kubelet.service: Main process exited, code=exited, status=125/n/a''',
  None, None, None, None, 'KubeletStartFailed',
  note="the kubelet unit (docker run) exits 125 because the image could not be pulled: the kubelet does not start", kubelet='1.5', fmt='other', cls='node'),
C(ACS476, r'''Apr 15 00:39:51 k8s-agentpool2-62235045-4 docker[8870]: 5b1f17435ed5: Error pulling layer metadata''',
  None, None, None, None, 'ErrImagePull',
  note="the docker client inside kubelet.service reports the failed pull per layer (a layer id only); an image pull failure with no pod", kubelet='1.5', fmt='dockerd', cls='pull'),
# ---------------------------------------------------------------- mattmattox/drain-node-on-crash/issues/7
C(DN7, r'''ImagePullBackOff: Back-off pulling image "drainnode/leader:v1.0-rc9"''',
  None, None, None, None, 'ImagePullBackOff',
  note="the pod's waiting reason and message as the chart's author pasted them (Sep 2020, dockershim): back-off on an image tag that does not exist; names no pod", fmt='event', cls='pull'),
C(DN7, r'''ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: manifest for drainnode/leader:v1.0-rc9 not found: manifest unknown: manifest unknown''',
  None, None, None, None, 'ErrImagePull',
  note='the same pod in ErrImagePull: the daemon answers manifest unknown (missing tag)', fmt='event', cls='pull'),
    ]
