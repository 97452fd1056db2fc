# Hunt 32 for the real-lines table (issue 13): a HELD-OUT set of lines from support / Q&A-style threads
# (GitHub issues where a user asked for help and pasted the kubelet's journal or `kubectl describe pod`
# / `kubectl get events` output: kubernetes#72180 and #72309 (triage/support), minikube#9161
# (kind/support), opsnull's install-guide questions, kubernetes/website tutorial reports, and the like).
# The pages corpus gave no discuss.kubernetes.io / serverfault / stackoverflow thread with pasted lines,
# so every source here is a GitHub issue thread. None of these threads is cited by the table before this
# file. Whole consecutive runs were taken where the excerpt showed them, noise included; a line cut off by
# the search excerpt (not by the reporter) was left out, while lines the reporter's own terminal cut
# (opsnull#192's 'validating combination of defau') are kept as pasted. Each line is copied exactly as
# the thread shows it (raw strings: backslashes are the line's own; leading spaces of the describe rows
# are the rows' own) and each was seen twice, in two different searches of the issues corpus.
# Expected fields are what the line itself names, read as an SRE reads it, not what podpulse outputs.
# Node-level lines are never attributed to a pod.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)
# Imported by gen_real_lines.py after it was scored: the build after the seventh round's fixes named pod+reason right on 42 of 43; the misses were fixed after
# the scoring, and rows relabelled after it say so in their notes.

K = "https://github.com/kubernetes/kubernetes/issues/"
OPS = "https://github.com/opsnull/follow-me-install-kubernetes-cluster/issues/192"
VPC = "https://github.com/aws/amazon-vpc-cni-k8s/issues/236"
EKSCTL = "https://github.com/eksctl-io/eksctl/issues/1344"
NETBOX = "https://github.com/netbox-community/netbox-chart/issues/256"
WEB = "https://github.com/kubernetes/website/issues/"
MK = "https://github.com/kubernetes/minikube/issues/9161"
OCT = "https://github.com/octarinesec/octarine-operator/issues/15"


def HUNT_H32(C):
    return [
# ---------------------------------------------------------------- kubernetes#72180 (triage-style question, Dec 2018)
C(K + "72180", r'''  Normal   Scheduled               17m                  default-scheduler        Successfully assigned default/my-web to 172.16.127.119''',
  'default', 'my-web', None, None, None,
  note="'kubectl get nodes No resources found' question (Dec 2018): kubectl describe pods my-web; the scheduler's row names the pod as ns/name, no reason. The 'kubelet, <node>' From column and the ns/name form put the cluster at about 1.12", kubelet='~1.12', fmt='event', cls='scheduled'),
C(K + "72180", r'''  Warning  FailedCreatePodSandBox  111s (x72 over 17m)  kubelet, 172.16.127.119  Failed create pod sandbox: rpc error: code = Unknown desc = failed to inspect sandbox image "registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0\"": Error response from daemon: no such image: registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0": invalid reference format''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next row: the sandbox cannot be created because the misquoted pause image (a stray \\" in the kubelet flag) is an invalid reference; the row names no pod', kubelet='~1.12', fmt='event', cls='sandbox'),
C(K + "72180", r'''Dec 21 15:07:30 node-01 kubelet[26278]: I1221 15:07:30.342356   26278 helpers.go:836] eviction manager: observations: signal=nodefs.inodesFree, available: 2582465, capacity: 2621440, time: 2018-12-21 15:07:30.335418652 +0800 CST m=+2862.933679982''',
  None, None, None, None, None,
  note="'systemctl status kubelet -l' in the same comment: the eviction manager's periodic observation at high verbosity, noise", kubelet='~1.12', fmt='klog', cls='eviction-noise'),
C(K + "72180", r'''Dec 21 15:07:30 node-01 kubelet[26278]: I1221 15:07:30.342367   26278 helpers.go:836] eviction manager: observations: signal=imagefs.available, available: 37062288Ki, capacity: 41151808Ki, time: 2018-12-21 15:07:30.335418652 +0800 CST m=+2862.933679982''',
  None, None, None, None, None,
  note='the next line, another signal; noise', kubelet='~1.12', fmt='klog', cls='eviction-noise'),
# ---------------------------------------------------------------- kubernetes#72309 (triage/support, Dec 2018)
C(K + "72309", r'''Dec 25 10:51:23 node-01 kubelet[1579]: I1225 10:51:23.195910    1579 kubelet.go:1995] SyncLoop (housekeeping)''',
  None, None, None, None, None,
  note="'Stuck status ContainerCreating' (triage/support, same reporter and node as #72180): the sync loop's housekeeping tick, noise", kubelet='~1.12', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- opsnull/follow-me-install-kubernetes-cluster#192 (Dec 2017 question)
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: I1228 14:21:56.637191    3208 feature_gate.go:156] feature gates: map[]''',
  None, None, None, None, None,
  note="install-guide question (Dec 2017) 'CSR approved but get nodes shows No resources found': the kubelet's start-up, pasted as a run; feature_gate.go:156 and the kubelet config controller put it at about 1.8", kubelet='~1.8', fmt='klog', cls='startup'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: I1228 14:21:56.637701    3208 controller.go:114] kubelet config controller: starting controller''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.8', fmt='klog', cls='startup'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: I1228 14:21:56.637889    3208 controller.go:118] kubelet config controller: validating combination of defau''',
  None, None, None, None, None, note="start-up noise, cut at the reporter's terminal width", kubelet='~1.8', fmt='klog', cls='startup'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: I1228 14:21:56.642250    3208 mount_linux.go:168] Detected OS with systemd''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.8', fmt='klog', cls='startup'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: I1228 14:21:56.642472    3208 client.go:75] Connecting to docker on unix:///var/run/docker.sock''',
  None, None, None, None, None, note='start-up noise (dockershim)', kubelet='~1.8', fmt='klog', cls='startup'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: I1228 14:21:56.642685    3208 client.go:95] Start docker client with request timeout=2m0s''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.8', fmt='klog', cls='startup'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: W1228 14:21:56.645757    3208 cni.go:196] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note='no CNI config yet: the node network is not ready (the table labels this message NetworkNotReady)', kubelet='~1.8', fmt='klog', cls='network'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: I1228 14:21:56.654323    3208 feature_gate.go:156] feature gates: map[]''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.8', fmt='klog', cls='startup'),
C(OPS, r'''Dec 28 14:21:56 node1 kubelet[3208]: W1228 14:21:56.654861    3208 server.go:289] --cloud-provider=auto-detect is deprecated. The desired cloud ''',
  None, None, None, None, None, note="a flag deprecation warning, cut at the reporter's terminal width (the trailing space is the paste's own)", kubelet='~1.8', fmt='klog', cls='startup'),
# ---------------------------------------------------------------- aws/amazon-vpc-cni-k8s#236 (Nov 2018, EKS node start-up)
C(VPC, r'''Nov 21 00:33:29 ip-10-55-142-134 kubelet[2441]: I1121 00:33:29.628211    2441 status_manager.go:140] Starting to sync pod status with apiserver''',
  None, None, None, None, None,
  note="'AWS CNI 1.2.1 throws getsockopt: connection refused' (Nov 2018): the node's kubelet journal from start-up; kubelet.go:1782/1799/2130 put it at EKS 1.10", kubelet='~1.10', fmt='klog', cls='startup'),
C(VPC, r'''Nov 21 00:33:29 ip-10-55-142-134 kubelet[2441]: I1121 00:33:29.628472    2441 kubelet.go:1782] Starting kubelet main sync loop.''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.10', fmt='klog', cls='startup'),
C(VPC, r'''Nov 21 00:33:29 ip-10-55-142-134 kubelet[2441]: I1121 00:33:29.628732    2441 kubelet.go:1799] skipping pod synchronization - [container runtime is down PLEG is not healthy: pleg was last seen active 2562047h47m16.854775807s ago; threshold is 3m0s]''',
  None, None, None, None, 'PlegNotHealthy',
  note='the start-up form naming both the runtime and PLEG (never seen active: the max duration); the table reads the two-cause form as PlegNotHealthy', kubelet='~1.10', fmt='klog', cls='pleg'),
C(VPC, r'''Nov 21 00:33:29 ip-10-55-142-134 kubelet[2441]: I1121 00:33:29.628548    2441 volume_manager.go:247] Starting Kubelet Volume Manager''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.10', fmt='klog', cls='startup'),
C(VPC, r'''Nov 21 00:33:29 ip-10-55-142-134 kubelet[2441]: I1121 00:33:29.628567    2441 desired_state_of_world_populator.go:129] Desired state populator starts to run''',
  None, None, None, None, None, note='start-up noise', kubelet='~1.10', fmt='klog', cls='startup'),
C(VPC, r'''Nov 21 00:33:29 ip-10-55-142-134 kubelet[2441]: E1121 00:33:29.629721    2441 kubelet.go:1282] Image garbage collection failed once. Stats initialization may not have completed yet: failed to get imageFs info: unable to find data for container /''',
  None, None, None, None, 'ImageGCFailed',
  note='the image GC could not run (stats not ready at start-up); the table labels this message ImageGCFailed', kubelet='~1.10', fmt='klog', cls='gc'),
C(VPC, r'''Nov 21 00:33:29 ip-10-55-142-134 kubelet[2441]: W1121 00:33:29.632842    2441 cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note='no CNI config yet (aws-node not running): node network not ready', kubelet='~1.10', fmt='klog', cls='network'),
# ---------------------------------------------------------------- eksctl-io/eksctl#1344 (Jan 2020, G4 nodes)
C(EKSCTL, r'''Jan 06 08:36:19 ip-192-168-49-225.ap-northeast-1.compute.internal kubelet[4204]: E0106 08:36:19.183388    4204 pod_workers.go:190] Error syncing pod 1f65062c-305c-11ea-a8b9-0e0a4e598420 ("aws-node-wj47p_kube-system(1f65062c-305c-11ea-a8b9-0e0a4e598420)"), skipping: failed to "StartContainer" for "aws-node" with CrashLoopBackOff: "Back-off 5m0s restarting failed container=aws-node pod=aws-node-wj47p_kube-system(1f65062c-305c-11ea-a8b9-0e0a4e598420)"''',
  'kube-system', 'aws-node-wj47p', '1f65062c-305c-11ea-a8b9-0e0a4e598420', 'aws-node', 'CrashLoopBackOff',
  note="'Add support for EC2 instances of G4 type' (Jan 2020): the CNI pod crash-loops on an unsupported instance type; pod_workers.go:190 and kubelet.go:2177 put it at about 1.14 (EKS)", kubelet='~1.14', fmt='klog', cls='crashloop'),
C(EKSCTL, r'''Jan 06 08:36:22 ip-192-168-49-225.ap-northeast-1.compute.internal kubelet[4204]: W0106 08:36:22.114818    4204 cni.go:213] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady', note='no CNI config (aws-node crash-looping)', kubelet='~1.14', fmt='klog', cls='network'),
C(EKSCTL, r'''Jan 06 08:36:22 ip-192-168-49-225.ap-northeast-1.compute.internal kubelet[4204]: E0106 08:36:22.698988    4204 kubelet.go:2177] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady', note="the runtime's network is not ready", kubelet='~1.14', fmt='klog', cls='network'),
C(EKSCTL, r'''Jan 06 08:36:27 ip-192-168-49-225.ap-northeast-1.compute.internal kubelet[4204]: W0106 08:36:27.114980    4204 cni.go:213] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady', note='the same, five seconds later', kubelet='~1.14', fmt='klog', cls='network'),
# ---------------------------------------------------------------- netbox-community/netbox-chart#256 (Jun 2024 question, 'issue solved')
C(NETBOX, r''' Warning  FailedMount      3s (x7 over 35s)   kubelet            MountVolume.SetUp failed for volume "secrets" : secret "abc-netbox-superuser" not found''',
  None, None, None, None, 'FailedMount',
  note="a user's one-row describe paste (Jun 2024, one leading space as pasted): the superuser secret is missing, so the volume cannot mount; names no pod. The 'kubelet' From column without node is 1.2x-era, version not stated", fmt='event', cls='mount'),
# ---------------------------------------------------------------- kubernetes/website#22888 (Aug 2020 tutorial report)
C(WEB + "22888", r'''  Warning  FailedScheduling  75s (x2 over 75s)  default-scheduler  0/1 nodes are available: 1 node(s) had taints that the pod didn't tolerate.''',
  None, None, None, None, None,
  note="a reader's describe paste from the rolling-update tutorial (Aug 2020, minikube): the scheduler's row, not a kubelet reason; 'kubelet, minikube' From column puts it before 1.20, about 1.18", kubelet='~1.18', fmt='event', cls='scheduling'),
C(WEB + "22888", r'''  Normal   Scheduled         70s                default-scheduler  Successfully assigned default/kubernetes-bootcamp-886577c5d-tmh69 to minikube''',
  'default', 'kubernetes-bootcamp-886577c5d-tmh69', None, None, None,
  note="the scheduler's assignment names the pod as ns/name; no reason", kubelet='~1.18', fmt='event', cls='scheduled'),
C(WEB + "22888", r'''  Normal   Pulling           30s (x3 over 68s)  kubelet, minikube  Pulling image "gcr.io/google-samples/kubernetes-bootcamp:v10"''',
  None, None, None, None, 'Pulling', note='the kubelet starts the pull', kubelet='~1.18', fmt='event', cls='pull'),
C(WEB + "22888", r'''  Warning  Failed            30s (x3 over 67s)  kubelet, minikube  Failed to pull image "gcr.io/google-samples/kubernetes-bootcamp:v10": rpc error: code = Unknown desc = Error response from daemon: manifest for gcr.io/google-samples/kubernetes-bootcamp:v10 not found: manifest unknown: Failed to fetch "v10" from request "/v2/google-samples/kubernetes-bootcamp/manifests/v10".''',
  None, None, None, None, 'ErrImagePull', note='the tag does not exist: the pull fails', kubelet='~1.18', fmt='event', cls='pull'),
C(WEB + "22888", r'''  Warning  Failed            30s (x3 over 67s)  kubelet, minikube  Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull', note="the container's waiting reason", kubelet='~1.18', fmt='event', cls='pull'),
# ---------------------------------------------------------------- kubernetes/website#11756 (Dec 2018 tutorial report)
C(WEB + "11756", r'''Warning  Failed                 7s    kubelet, minikube  Failed to pull image "gcr.io/google-samples/kubernetes-bootcamp:v10": rpc error: code = Unknown desc = unauthorized: authentication required''',
  None, None, None, None, 'ErrImagePull',
  note="a reader's describe rows (Dec 2018, minikube; the first row lost its leading spaces in the paste): GCR answers unauthorized for the missing tag; version not stated", fmt='event', cls='pull'),
C(WEB + "11756", r'''  Warning  Failed                 7s    kubelet, minikube  Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull', note="the container's waiting reason", fmt='event', cls='pull'),
# ---------------------------------------------------------------- kubernetes/minikube#9161 (kind/support, Sep 2020)
C(MK, r'''Sep 02 17:08:30 minikube kubelet[5467]: E0902 17:08:30.669241    5467 remote_image.go:113] PullImage "nexus3:8083/com.panov/ci-cd:0.0.1-SNAPSHOT" from image service failed: rpc error: code = Unknown desc = Error response from daemon: Get http://nexus3:8083/v2/com.panov/ci-cd/manifests/0.0.1-SNAPSHOT: no basic auth credentials''',
  None, None, None, None, 'ErrImagePull',
  note="'Minikube pull image authentication fail' (kind/support, Sep 2020): the CRI image call fails, no credentials for the private Nexus registry; names no pod. remote_image.go:113 / kuberuntime_manager.go:801: about 1.19", kubelet='~1.19', fmt='klog', cls='pull'),
C(MK, r'''Sep 02 17:08:30 minikube kubelet[5467]: E0902 17:08:30.671215    5467 kuberuntime_image.go:50] Pull image "nexus3:8083/com.panov/ci-cd:0.0.1-SNAPSHOT" failed: rpc error: code = Unknown desc = Error response from daemon: Get http://nexus3:8083/v2/com.panov/ci-cd/manifests/0.0.1-SNAPSHOT: no basic auth credentials''',
  None, None, None, None, 'ErrImagePull',
  note="the image manager's failed pull (issue 13's kuberuntime_image.go class); names no pod", kubelet='~1.19', fmt='klog', cls='pull'),
C(MK, r'''Sep 02 17:08:30 minikube kubelet[5467]: E0902 17:08:30.672936    5467 kuberuntime_manager.go:801] container start failed: ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: Get http://nexus3:8083/v2/com.panov/ci-cd/manifests/0.0.1-SNAPSHOT: no basic auth credentials''',
  None, None, None, None, 'ErrImagePull',
  note='the container cannot start for ErrImagePull; the line names no pod', kubelet='~1.19', fmt='klog', cls='pull'),
# ---------------------------------------------------------------- octarinesec/octarine-operator#15 (2020 'Unable to pull image')
C(OCT, r'''8m23s       Normal    Pulling               pod/octarine-guardrails-enforcer-5888cf98bf-xzklp          Pulling image "octarinesec/guardrails-enforcer:20.7"''',
  None, 'octarine-guardrails-enforcer-5888cf98bf-xzklp', None, None, 'Pulling',
  note="'Unable to pull image' (2020): kubectl get events rows; the object column names the pod (pod/<name>, no namespace). Version not stated", fmt='event', cls='pull'),
C(OCT, r'''9m37s       Warning   Failed                pod/octarine-guardrails-enforcer-5888cf98bf-xzklp          Failed to pull image "octarinesec/guardrails-enforcer:20.7": rpc error: code = Unknown desc = Error response from daemon: unauthorized: authentication required''',
  None, 'octarine-guardrails-enforcer-5888cf98bf-xzklp', None, None, 'ErrImagePull', note='the registry refuses the pull', fmt='event', cls='pull'),
C(OCT, r'''8m22s       Warning   Failed                pod/octarine-guardrails-enforcer-5888cf98bf-xzklp          Error: ErrImagePull''',
  None, 'octarine-guardrails-enforcer-5888cf98bf-xzklp', None, None, 'ErrImagePull', note="the container's waiting reason", fmt='event', cls='pull'),
C(OCT, r'''4m52s       Normal    BackOff               pod/octarine-guardrails-enforcer-5888cf98bf-xzklp          Back-off pulling image "octarinesec/guardrails-enforcer:20.7"''',
  None, 'octarine-guardrails-enforcer-5888cf98bf-xzklp', None, None, 'ImagePullBackOff', note='the kubelet backs off the pull', fmt='event', cls='pull'),
C(OCT, r'''7m53s       Warning   Failed                pod/octarine-guardrails-enforcer-5888cf98bf-xzklp          Error: ImagePullBackOff''',
  None, 'octarine-guardrails-enforcer-5888cf98bf-xzklp', None, None, 'ImagePullBackOff', note="the container's waiting reason", fmt='event', cls='pull'),
C(OCT, r'''8m22s       Warning   Failed                pod/octarine-guardrails-enforcer-5888cf98bf-xzklp          Failed to pull image "octarinesec/guardrails-enforcer:20.7": rpc error: code = Unknown desc = Error response from daemon: pull access denied for octarinesec/guardrails-enforcer, repository does not exist or may require 'docker login': denied: requested access to the resource is denied''',
  None, 'octarine-guardrails-enforcer-5888cf98bf-xzklp', None, None, 'ErrImagePull', note='pull access denied (private repository)', fmt='event', cls='pull'),
C(OCT, r'''9m58s       Normal    SuccessfulCreate      replicaset/octarine-guardrails-enforcer-5888cf98bf         Created pod: octarine-guardrails-enforcer-5888cf98bf-xzklp''',
  None, 'octarine-guardrails-enforcer-5888cf98bf-xzklp', None, None, None,
  note="the ReplicaSet controller's row: it created the pod, which the message names; no kubelet reason", fmt='event', cls='controller'),
    ]
