# Hunt 56 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from GitHub threads of
# 2017-2021 that the table did not cite before this file (each thread checked against real_lines.jsonl
# and every gen_real_lines_*.py): whole pasted runs where the thread shows them (kubelet journals with
# their systemd neighbours, containerd's unit, kubectl describe pod Events rows), noise included. Same
# rules as gen_real_lines_h8.py: each line is copied exactly as the thread shows it (raw strings: the
# backslashes are the line's own), with the thread's URL, and each was seen twice (two different
# searches of the issue corpus, the same text both times). Expected fields are what an SRE reads in the
# line itself, not what podpulse prints: a pod name without a namespace gives ns None; describe rows
# name no pod unless their message does. Node-level lines are never attributed to a pod. Systemd and
# wrapper-script lines are fmt='other'.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

G = "https://github.com/"
KATA = G + "kata-containers/kata-containers/issues/2185"
KARMA = G + "wiremind/wiremind-helm-charts/issues/27"
PXH = G + "portworx/helm/issues/28"
VELA1 = G + "kubevela/kubevela/pull/981"
VELA2 = G + "kubevela/kubevela/issues/2869"
MK671 = G + "canonical/microk8s/issues/671"
MK257 = G + "canonical/microk8s/issues/257"
MK133 = G + "canonical/microk8s/issues/133"
K45790 = G + "kubernetes/kubernetes/issues/45790"
OPS256 = G + "opsnull/follow-me-install-kubernetes-cluster/issues/256"
EKS147 = G + "awslabs/amazon-eks-ami/issues/147"
ACS3390 = G + "Azure/acs-engine/pull/3390"
LH615 = G + "longhorn/longhorn/issues/615"
LH3172 = G + "longhorn/longhorn/issues/3172"
LH2580 = G + "longhorn/longhorn/issues/2580"


def HUNT_H56(C):
    return [
# ---------------------------------------------------------------- kata-containers#2185 (Jul 2021): containerd unit, pod teardown
C(KATA, r'''Jul  6 11:19:12 node4 containerd[20355]: 2021-07-06 11:19:12.838 [INFO][19090] k8s.go 546: Teardown processing complete. ContainerID="f95c5f7c35c3c17cf06a389e42063afd08ff094d6e9c8f476f6e59306e84047b"''',
  None, None, None, None, None,
  note="kata GPU passthrough thread (Jul 2021, containerd v1.5.2): the Calico CNI plugin's own log, relayed by containerd's unit, at the end of a sandbox teardown; routine", fmt='containerd', cls='noise'),
C(KATA, r'''Jul  6 11:19:12 node4 containerd[20355]: time="2021-07-06T11:19:12.841823951Z" level=info msg="TearDown network for sandbox \"f95c5f7c35c3c17cf06a389e42063afd08ff094d6e9c8f476f6e59306e84047b\" successfully"''',
  None, None, None, None, None,
  note='the next line: containerd tore down the sandbox network successfully; names only a sandbox id', fmt='containerd', cls='noise'),
C(KATA, r'''Jul  6 11:19:12 node4 containerd[20355]: time="2021-07-06T11:19:12.841901423Z" level=info msg="StopPodSandbox for \"f95c5f7c35c3c17cf06a389e42063afd08ff094d6e9c8f476f6e59306e84047b\" returns successfully"''',
  None, None, None, None, None,
  note='the next line: StopPodSandbox returned successfully; routine', fmt='containerd', cls='noise'),
# ---------------------------------------------------------------- wiremind-helm-charts#27 (Apr 2021): describe pod Events, a tag gone from ghcr.io
C(KARMA, r'''  Normal   Pulling    33m (x4 over 35m)      kubelet            Pulling image "ghcr.io/prymitive/karma:v0.83"''',
  None, None, None, None, 'Pulling',
  note="karma chart thread (Apr 2021): the kubelet's Pulling event row; the From column without a node name is the 1.20-era describe output", fmt='event', cls='image'),
C(KARMA, r'''  Warning  Failed     33m (x4 over 35m)      kubelet            Failed to pull image "ghcr.io/prymitive/karma:v0.83": rpc error: code = Unknown desc = manifest unknown''',
  None, None, None, None, 'ErrImagePull',
  note='the registry answers manifest unknown for the tag', fmt='event', cls='image'),
C(KARMA, r'''  Warning  Failed     33m (x4 over 35m)      kubelet            Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull', fmt='event', cls='image'),
C(KARMA, r'''  Normal   BackOff    5m15s (x130 over 35m)  kubelet            Back-off pulling image "ghcr.io/prymitive/karma:v0.83"''',
  None, None, None, None, 'ImagePullBackOff', fmt='event', cls='image'),
C(KARMA, r'''  Warning  Failed     22s (x151 over 35m)    kubelet            Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff', fmt='event', cls='image'),
# ---------------------------------------------------------------- portworx/helm#28 (Mar 2018, RKE): describe pod Events of a hook job
C(PXH, r'''  Normal   Scheduled              10m                 default-scheduler     Successfully assigned px-hook-preinstall-clean-djmb2 to worker2-1-1''',
  None, 'px-hook-preinstall-clean-djmb2', None, None, None,
  note="portworx chart thread (Mar 2018, RKE; the hook's kubectl image v1.8.7 suggests a 1.8 cluster): the scheduler's row names the pod without its namespace (the pre-1.14 form)", kubelet='~1.8', fmt='event', cls='noise'),
C(PXH, r'''  Normal   SuccessfulMountVolume  10m                 kubelet, worker2-1-1  MountVolume.SetUp succeeded for volume "tiller-token-4pnhd"''',
  None, None, None, None, None,
  note='a successful mount: look-alike of FailedMount', kubelet='~1.8', fmt='event', cls='volume', trap_for='FailedMount'),
C(PXH, r'''  Warning  Failed                 10m                 kubelet, worker2-1-1  Failed to pull image "lachlanevenson/k8s-kubectl:v1.8.7-rancher1": rpc error: code = Unknown desc = Tag v1.8.7-rancher1 not found in repository docker.io/lachlanevenson/k8s-kubectl''',
  None, None, None, None, 'ErrImagePull',
  note='the tag does not exist in the repository', kubelet='~1.8', fmt='event', cls='image'),
C(PXH, r'''  Normal   SandboxChanged         9m (x18 over 10m)   kubelet, worker2-1-1  Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note="sandbox re-creation notice: not a failure (the table's convention for SandboxChanged)", kubelet='~1.8', fmt='event', cls='noise'),
C(PXH, r'''  Normal   Pulling                9m (x2 over 10m)    kubelet, worker2-1-1  pulling image "lachlanevenson/k8s-kubectl:v1.8.7-rancher1"''',
  None, None, None, None, 'Pulling',
  note="the pre-1.10 lower-case 'pulling image' message", kubelet='~1.8', fmt='event', cls='image'),
C(PXH, r'''  Warning  FailedSync             20s (x43 over 10m)  kubelet, worker2-1-1  Error syncing pod''',
  None, None, None, None, 'FailedSync',
  note="the bare FailedSync row of 1.8-1.9 (its cause is the pull failure above, but the row itself only says 'Error syncing pod')", kubelet='~1.8', fmt='event', cls='sync'),
# ---------------------------------------------------------------- kubevela#981 (Feb 2021) and kubevela#2869 (Dec 2021): pull failures
C(VELA1, r'''  Warning  Failed     27s (x3 over 75s)  kubelet            Failed to pull image "oamdev/vela-core:0.3.1": rpc error: code = Unknown desc = Error response from daemon: manifest for oamdev/vela-core:0.3.1 not found: manifest unknown: manifest unknown''',
  None, None, None, None, 'ErrImagePull',
  note="kubevela PR 'fix pull image error' (Feb 2021): dockerd's manifest-unknown answer", fmt='event', cls='image'),
C(VELA2, r'''  Normal   Scheduled  23m                  default-scheduler  Successfully assigned vela-system/helm-test-express-server-bff6b68c4-w6b4d to docker-desktop''',
  'vela-system', 'helm-test-express-server-bff6b68c4-w6b4d', None, None, None,
  note="kubevela chart-test thread (Dec 2021, Docker Desktop): the scheduler's row names ns/pod", fmt='event', cls='noise'),
C(VELA2, r'''  Normal   Pulling    21m (x4 over 23m)    kubelet            Pulling image "oamdev/hello-world:v1.1.11"''',
  None, None, None, None, 'Pulling', fmt='event', cls='image'),
C(VELA2, r'''  Warning  Failed     21m (x4 over 23m)    kubelet            Failed to pull image "oamdev/hello-world:v1.1.11": rpc error: code = Unknown desc = Error response from daemon: manifest for oamdev/hello-world:v1.1.11 not found: manifest unknown: manifest unknown''',
  None, None, None, None, 'ErrImagePull', fmt='event', cls='image'),
C(VELA2, r'''  Warning  Failed     21m (x4 over 23m)    kubelet            Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull', fmt='event', cls='image'),
C(VELA2, r'''  Warning  Failed     20m (x6 over 23m)    kubelet            Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff', fmt='event', cls='image'),
C(VELA2, r'''  Normal   BackOff    3m6s (x82 over 23m)  kubelet            Back-off pulling image "oamdev/hello-world:v1.1.11"''',
  None, None, None, None, 'ImagePullBackOff', fmt='event', cls='image'),
# ---------------------------------------------------------------- microk8s#671 (Sep 2019): the kubelet wrapper waits for containerd
C(MK671, r'''Sep 25 10:49:53 guozhewei-clouddev.dyn.nesc.nokia.net systemd[1]: Started Service for snap application microk8s.daemon-kubelet.''',
  None, None, None, None, None,
  note="microk8s thread (Sep 2019): systemd starts the kubelet's unit; routine (the table's convention for 'Started ...')", fmt='other', cls='noise'),
C(MK671, r'''Sep 25 10:49:53 guozhewei-clouddev.dyn.nesc.nokia.net microk8s.daemon-kubelet[7094]: iptables: Bad rule (does a matching rule exist in that chain?).''',
  None, None, None, None, None,
  note="the wrapper script's iptables -D of a rule not present; harmless noise", fmt='other', cls='noise'),
C(MK671, r'''Sep 25 10:49:53 guozhewei-clouddev.dyn.nesc.nokia.net microk8s.daemon-kubelet[7094]: Waiting for containerd socket /var/snap/microk8s/common/run/containerd.sock to appear. (attempt 0)''',
  None, None, None, None, None,
  note="the wrapper's wait loop for containerd's socket at start; a retry notice, not yet a failure (judgment call: read as noise, not RuntimeNotReady)", fmt='other', cls='noise'),
C(MK671, r'''Sep 25 10:49:55 guozhewei-clouddev.dyn.nesc.nokia.net microk8s.daemon-kubelet[7094]: Waiting for containerd socket /var/snap/microk8s/common/run/containerd.sock to appear. (attempt 1)''',
  None, None, None, None, None, fmt='other', cls='noise'),
C(MK671, r'''Sep 25 10:49:57 guozhewei-clouddev.dyn.nesc.nokia.net microk8s.daemon-kubelet[7094]: Waiting for containerd socket /var/snap/microk8s/common/run/containerd.sock to appear. (attempt 2)''',
  None, None, None, None, None, fmt='other', cls='noise'),
# ---------------------------------------------------------------- microk8s#257 (Dec 2018): the kubelet cannot bind its read-only port
C(MK257, r'''Dec 20 14:46:31 vagrant microk8s.daemon-kubelet[25485]: F1220 14:46:31.506934   25485 server.go:165] listen tcp 0.0.0.0:10255: bind: address already in use''',
  None, None, None, None, 'KubeletStartFailed',
  note="microk8s thread (Dec 2018; microk8s stable was 1.13): fatal, the kubelet's read-only port 10255 is taken; the kubelet exits", kubelet='~1.13', fmt='klog', cls='node'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: snap.microk8s.daemon-kubelet.service: Main process exited, code=exited, status=255/n/a''',
  None, None, None, None, 'KubeletStartFailed',
  note="systemd sees the kubelet exit (the table's convention for the unit's failure lines)", kubelet='~1.13', fmt='other', cls='node'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: snap.microk8s.daemon-kubelet.service: Unit entered failed state.''',
  None, None, None, None, 'KubeletStartFailed', kubelet='~1.13', fmt='other', cls='node'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: snap.microk8s.daemon-kubelet.service: Failed with result 'exit-code'.''',
  None, None, None, None, 'KubeletStartFailed', kubelet='~1.13', fmt='other', cls='node'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: snap.microk8s.daemon-kubelet.service: Service hold-off time over, scheduling restart.''',
  None, None, None, None, 'KubeletStartFailed', kubelet='~1.13', fmt='other', cls='node'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: Stopped Service for snap application microk8s.daemon-kubelet.''',
  None, None, None, None, None,
  note="'Stopped ...' is routine (the table's convention)", kubelet='~1.13', fmt='other', cls='noise'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: snap.microk8s.daemon-kubelet.service: Start request repeated too quickly.''',
  None, None, None, None, 'KubeletStartFailed',
  note='systemd gives up restarting the kubelet (start limit)', kubelet='~1.13', fmt='other', cls='node'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: Failed to start Service for snap application microk8s.daemon-kubelet.''',
  None, None, None, None, 'KubeletStartFailed', kubelet='~1.13', fmt='other', cls='node'),
C(MK257, r'''Dec 20 14:46:31 vagrant systemd[1]: snap.microk8s.daemon-kubelet.service: Failed with result 'start-limit-hit'.''',
  None, None, None, None, 'KubeletStartFailed', kubelet='~1.13', fmt='other', cls='node'),
# ---------------------------------------------------------------- microk8s#133 (Oct 2018): the kubelet starts before dockerd
C(MK133, r'''Oct 11 13:46:56 sec-xenial-amd64 microk8s.daemon-kubelet[9947]: F1011 13:46:56.857897    9947 server.go:262] failed to run Kubelet: failed to create kubelet: failed to get docker version: Cannot connect to the Docker daemon at unix:///var/snap/microk8s/243/docker.sock. Is the docker daemon running?''',
  None, None, None, None, 'KubeletStartFailed',
  note="microk8s race thread (Oct 2018, snap revision 243, about 1.12): fatal 'failed to run Kubelet' because dockerd is not up yet; the kubelet exits (the cause is the runtime, the event is the start failure)", kubelet='~1.12', fmt='klog', cls='node'),
C(MK133, r'''Oct 11 13:49:48 sec-xenial-amd64 systemd[1]: Started Service for snap application microk8s.daemon-kubelet.''',
  None, None, None, None, None, kubelet='~1.12', fmt='other', cls='noise'),
# ---------------------------------------------------------------- kubernetes#45790 (May 2017, weave): a pod's network status hook fails
C(K45790, r'''May 14 17:26:57 ip-10-50-20-215.ec2.internal kubelet[12590]: I0514 17:26:57.683281   12590 qos_container_manager_linux.go:285] [ContainerManager]: Updated QoS cgroup configuration''',
  None, None, None, None, None,
  note="hairpin/weave thread (May 2017; docker_sandbox.go:263 and kubelet.go:1808 put it at 1.6): routine QoS cgroup update", kubelet='~1.6', fmt='klog', cls='noise'),
C(K45790, r'''May 14 17:26:57 ip-10-50-20-215.ec2.internal kubelet[12590]: W0514 17:26:57.971554   12590 docker_sandbox.go:263] NetworkPlugin cni failed on the status hook for pod "nginx-3162117481-q6spb_default": Unexpected command output nsenter: cannot open : No such file or directory''',
  'default', 'nginx-3162117481-q6spb', None, None, None,
  note="a warning: the kubelet could not read the pod's IP through the CNI status hook (its netns is gone); not a sandbox creation failure (the table's convention for status-hook lines: pod named, no reason)", kubelet='~1.6', fmt='klog', cls='network', trap_for='FailedCreatePodSandBox'),
C(K45790, r'''May 14 17:26:57 ip-10-50-20-215.ec2.internal kubelet[12590]:  with error: exit status 1''',
  None, None, None, None, None,
  note="the continuation line of the warning above (the message held a newline)", kubelet='~1.6', fmt='klog', cls='noise'),
C(K45790, r'''May 14 17:27:00 ip-10-50-20-215.ec2.internal kubelet[12590]: I0514 17:27:00.913458   12590 kubelet.go:1808] SyncLoop (ADD, "api"): "nginx-3162117481-ps026_default(9f650df1-38ca-11e7-b5ad-1229c2369db0)"''',
  'default', 'nginx-3162117481-ps026', '9f650df1-38ca-11e7-b5ad-1229c2369db0', None, None,
  note='a new pod arrives from the API: pod named, no reason', kubelet='~1.6', fmt='klog', cls='noise'),
C(K45790, r'''May 14 17:27:00 ip-10-50-20-215.ec2.internal kubelet[12590]: I0514 17:27:00.913757   12590 qos_container_manager_linux.go:285] [ContainerManager]: Updated QoS cgroup configuration''',
  None, None, None, None, None, kubelet='~1.6', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- opsnull/follow-me-install-kubernetes-cluster#256 (Jul 2018, v1.10.4): a bad --hairpin-mode
C(OPS256, r'''Jul  3 14:07:33 kubenode01 kubelet: I0703 14:07:33.881265   22675 feature_gate.go:226] feature gates: &{{} map[]}''',
  None, None, None, None, None,
  note="Chinese install-guide thread (Jul 2018), syslog form without the pid; the run logs 'Version: v1.10.4'", kubelet='1.10', fmt='klog', cls='noise'),
C(OPS256, r'''Jul  3 14:07:33 kubenode01 kubelet: I0703 14:07:33.885888   22675 feature_gate.go:226] feature gates: &{{} map[RotateKubeletClientCertificate:true RotateKubeletServerCertificate:true]}''',
  None, None, None, None, None, kubelet='1.10', fmt='klog', cls='noise'),
C(OPS256, r'''Jul  3 14:07:33 kubenode01 kubelet: I0703 14:07:33.899065   22675 mount_linux.go:211] Detected OS with systemd''',
  None, None, None, None, None, kubelet='1.10', fmt='klog', cls='noise'),
C(OPS256, r'''Jul  3 14:07:33 kubenode01 kubelet: W0703 14:07:33.899173   22675 cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note="no CNI config on the node yet (the table's convention for this line)", kubelet='1.10', fmt='klog', cls='node'),
C(OPS256, r'''Jul  3 14:07:33 kubenode01 kubelet: I0703 14:07:33.921925   22675 server.go:376] Version: v1.10.4''',
  None, None, None, None, None, kubelet='1.10', fmt='klog', cls='noise'),
C(OPS256, r'''Jul  3 14:07:33 kubenode01 kubelet: I0703 14:07:33.921961   22675 feature_gate.go:226] feature gates: &{{} map[RotateKubeletClientCertificate:true RotateKubeletServerCertificate:true]}''',
  None, None, None, None, None, kubelet='1.10', fmt='klog', cls='noise'),
C(OPS256, r'''Jul  3 14:07:33 kubenode01 kubelet: F0703 14:07:33.921993   22675 server.go:233] failed to run Kubelet: invalid configuration: option "promiscuous-veth" specified for HairpinMode (--hairpin-mode). Valid options are "none", "hairpin-veth" or "promiscuous-bridge"''',
  None, None, None, None, 'KubeletStartFailed',
  note='fatal: an invalid --hairpin-mode value; the kubelet exits', kubelet='1.10', fmt='klog', cls='node'),
# ---------------------------------------------------------------- amazon-eks-ami#147 (Jan 2019, EKS 1.11): hairpin fallback warning
C(EKS147, r'''Jan 11 11:39:20 ip-10-10-11-171 kubelet: W0111 11:39:20.209289    4997 docker_service.go:545] Hairpin mode set to "promiscuous-bridge" but kubenet is not enabled, falling back to "hairpin-veth"''',
  None, None, None, None, None,
  note='EKS AMI thread (Jan 2019, Kubernetes 1.11): a start-up configuration warning, not a failure', kubelet='1.11', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- Azure/acs-engine#3390 (Jul 2018): a kubelet start-up run, all noise
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: W0701 16:54:35.520356    9343 kubelet_network.go:69] Hairpin mode set to "promiscuous-bridge" but kubenet is not enabled, falling back to "hairpin-veth''',
  None, None, None, None, None,
  note="acs-engine PR (Jul 2018): kubelet start-up lines; this one ends without its closing quote as the PR shows it", fmt='klog', cls='noise'),
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: I0701 16:54:35.520394    9343 kubelet.go:520] Hairpin mode set to "hairpin-veth"''',
  None, None, None, None, None, fmt='klog', cls='noise'),
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: I0701 16:54:35.520580    9343 plugins.go:187] Loaded network plugin "cni"''',
  None, None, None, None, None, fmt='klog', cls='noise'),
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: I0701 16:54:35.545547    9343 plugins.go:187] Loaded network plugin "cni"''',
  None, None, None, None, None, fmt='klog', cls='noise'),
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: I0701 16:54:35.545908    9343 docker_service.go:207] Docker cri networking managed by cni''',
  None, None, None, None, None, fmt='klog', cls='noise'),
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: I0701 16:54:35.555501    9343 docker_service.go:212] Docker Info: &{ID:OP6F:DLWT:KXR6:2KFV:JIAG:RZJZ:CPO4:XA4T:IBGQ:EXQA:IRUU:H6RQ Containers:0 Contain''',
  None, None, None, None, None,
  note='cut at the terminal width as the PR shows it', fmt='klog', cls='noise'),
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: I0701 16:54:35.555936    9343 docker_service.go:225] Setting cgroupDriver to cgroupfs''',
  None, None, None, None, None, fmt='klog', cls='noise'),
C(ACS3390, r'''Jul 01 16:54:35 k8s-master-38666652-0 kubelet[9343]: I0701 16:54:35.557912    9343 docker_legacy.go:151] No legacy containers found, stop performing legacy cleanup.''',
  None, None, None, None, None, fmt='klog', cls='noise'),
# ---------------------------------------------------------------- longhorn#615 (Jul 2019): CSI socket refused, volumes time out
C(LH615, r'''  Normal   Scheduled    9m27s                 default-scheduler                 Successfully assigned verdaccio/verdaccio-97b5fdbf5-xvjrv to <<node>>    ''',
  'verdaccio', 'verdaccio-97b5fdbf5-xvjrv', None, None, None,
  note="longhorn thread (Jul 2019): the node name redacted by the reporter as '<<node>>', trailing spaces as the thread shows them", fmt='event', cls='noise'),
C(LH615, r'''  Warning  FailedMount  108s (x4 over 7m54s)  kubelet, <<node>>       MountVolume.MountDevice failed for volume "pvc-9cda55db-8474-11e9-92f8-d094661b9f26" : rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: Error while dialing dial unix /var/lib/kubelet/plugins/io.rancher.longhorn/csi.sock: connect: connection refused"''',
  None, None, None, None, 'FailedMount',
  note="the CSI driver's socket refuses the kubelet; MountDevice fails", fmt='event', cls='volume'),
C(LH615, r'''  Warning  FailedMount  33s (x4 over 7m24s)   kubelet, <<node>>  Unable to mount volumes for pod "verdaccio-97b5fdbf5-xvjrv_verdaccio(3c9451c1-a174-11e9-a97c-d4ae52ad4f13)": timeout expired waiting for volumes to attach or mount for pod "verdaccio"/"verdaccio-97b5fdbf5-xvjrv". list of unmounted volumes=[storage]. list of unattached volumes=[storage default-token-qp8r5]''',
  'verdaccio', 'verdaccio-97b5fdbf5-xvjrv', '3c9451c1-a174-11e9-a97c-d4ae52ad4f13', None, 'FailedMount',
  note="the volume manager's timeout, naming the pod as name_namespace(uid)", fmt='event', cls='volume'),
# ---------------------------------------------------------------- longhorn#3172 (Oct 2021) and longhorn#2580 (May 2021): attach fails, CSI driver not registered
C(LH3172, r'''  Normal   Scheduled           83s   default-scheduler        Successfully assigned monitoring/prometheus-prometheus-operator-prometheus-0 to oc-master-03''',
  'monitoring', 'prometheus-prometheus-operator-prometheus-0', None, None, None, fmt='event', cls='noise'),
C(LH3172, r'''  Warning  FailedAttachVolume  1s    attachdetach-controller  AttachVolume.Attach failed for volume "pvc-f4d9fb89-8d75-4d93-9766-35b32470c307" : CSINode oc-master-03 does not contain driver driver.longhorn.io''',
  None, None, None, None, 'FailedMount',
  note="the attach/detach controller cannot attach: the node's CSINode lacks the longhorn driver; the pod's volume never mounts (FailedAttachVolume reads as FailedMount, as rules.rs maps it)", fmt='event', cls='volume'),
C(LH2580, r'''  Warning  FailedAttachVolume  1s (x6 over 19s)  attachdetach-controller  AttachVolume.Attach failed for volume "volume-name" : CSINode node-name does not contain driver driver.longhorn.io''',
  None, None, None, None, 'FailedMount',
  note='longhorn on microk8s 1.21 (May 2021): the same attach failure, pasted indented in the description (names redacted by the reporter)', kubelet='1.21', fmt='event', cls='volume'),
    ]
