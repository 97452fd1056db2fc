# Hunt 92: a held-out set of real lines about image pulls from private, credentialed or air-gapped
# registries (ECR and its credential provider, a GitLab registry behind CRI-O, Dragonfly's containerd
# mirror and nydus, k3s/k3os/kURL air-gapped installs, acs-engine's hyperkube pull), for issue 13 item 4
# (pod+reason on lines the team has not seen). Whole runs of consecutive lines where the source shows
# them, noise included, from threads the table did not cite before: kubernetes/kubernetes #102750;
# kubernetes/minikube #9104; aws/amazon-vpc-cni-k8s #30; Azure/acs-engine #2454; dragonflyoss/dragonfly
# #2647; dragonflyoss/helm-charts #316; k3s-io/k3s #2961, #1154; replicatedhq/kURL #1191 (a pull
# request); rancher/k3os #431; cri-o/cri-o #5798. Same rules as gen_real_lines_h8.py: each line is
# copied exactly as its public source shows it (raw strings: backslashes are the line's own; the
# trailing blanks of the k3s#1154 row are the thread's own), with the source's URL, and each was seen
# twice (two different searches that showed the same passage). A line cut by the search excerpt was left
# out, and so was a line that carried the thread's markdown ('> ' quote, or a code fence on the same
# line). Expected fields are an SRE's reading of the line itself, not podpulse's output. Node-level lines
# are never attributed to a pod: ns, pod, uid and container are None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
MK = "https://github.com/kubernetes/minikube/issues/9104"
VPC = "https://github.com/aws/amazon-vpc-cni-k8s/issues/30"
ACS = "https://github.com/Azure/acs-engine/issues/2454"
DF = "https://github.com/dragonflyoss/dragonfly/issues/2647"
DFH = "https://github.com/dragonflyoss/helm-charts/issues/316"
K3S = "https://github.com/k3s-io/k3s/issues/"
KURL = "https://github.com/replicatedhq/kURL/pull/1191"
K3OS = "https://github.com/rancher/k3os/issues/431"
CRIO = "https://github.com/cri-o/cri-o/issues/5798"


def HUNT_H92(C):
    return [
# ---------------------------------------------------------------- ECR through the kubelet credential provider
C(K + "102750", r'''Jun 17 17:42:22 ecr-kubelet-worker kubelet[442992]: E0617 17:42:22.500940  442992 kuberuntime_image.go:51] Pull image "820537372947.dkr.ecr.us-east-1.amazonaws.com/cats:v2" failed: rpc error: code = Unknown desc = failed to pull and unpack image "820537372947.dkr.ecr.us-east-1.amazonaws.com/cats:v2": failed to resolve reference "820537372947.dkr.ecr.us-east-1.amazonaws.com/cats:v2": unexpected status code [manifests v2]: 401 Unauthorized''',
  None, None, None, None, 'ErrImagePull',
  note="CredentialProvider thread (comment of Jun 2021, kind node 'ecr-kubelet-worker' with the ECR credential provider): the image manager's pull failure, ECR answering 401; the line names the image only, no pod. kuberuntime_image.go:51 with kuberuntime_manager.go:829 beside it and the date put the kubelet at about 1.21", kubelet='~1.21', fmt='klog', cls='pull'),
# ---------------------------------------------------------------- ECR without credentials (minikube, dockershim)
C(MK, r'''Aug 27 11:38:17 minikube kubelet[3685]: E0827 11:38:17.814696    3685 remote_image.go:113] PullImage "############.dkr.ecr.ap-southeast-1.amazonaws.com/mysql55:0.0.20" from image service failed: rpc error: code = Unknown desc = Error response from daemon: Get https://############.dkr.ecr.ap-southeast-1.amazonaws.com/v2/mysql55/manifests/0.0.20: no basic auth credentials''',
  None, None, None, None, 'ErrImagePull',
  note="minikube hyperkit thread (comment of Aug 2020, account id masked by the reporter): the CRI client's pull failure, dockerd has no credentials for the private ECR registry; no pod named. remote_image.go:113, kuberuntime_manager.go:801 and pod_workers.go:191 with the date: kubelet about 1.18", kubelet='~1.18', fmt='klog', cls='pull'),
C(MK, r'''Aug 27 11:38:17 minikube kubelet[3685]: E0827 11:38:17.814787    3685 kuberuntime_image.go:50] Pull image "############.dkr.ecr.ap-southeast-1.amazonaws.com/mysql55:0.0.20" failed: rpc error: code = Unknown desc = Error response from daemon: Get https://############.dkr.ecr.ap-southeast-1.amazonaws.com/v2/mysql55/manifests/0.0.20: no basic auth credentials''',
  None, None, None, None, 'ErrImagePull',
  note='the next line: the image manager logs the same failed pull; no pod named', kubelet='~1.18', fmt='klog', cls='pull'),
C(MK, r'''Aug 27 11:38:17 minikube kubelet[3685]: E0827 11:38:17.814869    3685 kuberuntime_manager.go:801] container start failed: ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: Get https://############.dkr.ecr.ap-southeast-1.amazonaws.com/v2/mysql55/manifests/0.0.20: no basic auth credentials''',
  None, None, None, None, 'ErrImagePull',
  note="the next line: the container start fails with ErrImagePull; the line names neither pod nor container (the pod_workers line after it, cut by the excerpt, names mysql55-deployment-dfbffbb6c-hdqwj_default)", kubelet='~1.18', fmt='klog', cls='pull'),
# ---------------------------------------------------------------- ECR 401 for the aws-node daemonset (describe rows)
C(VPC, r'''  Normal   SuccessfulMountVolume  19s               kubelet, k8sworker-0-006.infra.poc.aun1.i.wish.com  MountVolume.SetUp succeeded for volume "log-dir"''',
  None, None, None, None, None,
  note="amazon-vpc-cni-k8s description (Feb 2018): the aws-node pod's events, a successful volume mount is noise. The 'kubelet, <node>' source column and SuccessfulMountVolume events put the kubelet at about 1.9", kubelet='~1.9', fmt='event', cls='noise'),
C(VPC, r'''  Normal   SuccessfulMountVolume  19s               kubelet, k8sworker-0-006.infra.poc.aun1.i.wish.com  MountVolume.SetUp succeeded for volume "cni-net-dir"''',
  None, None, None, None, None,
  note='the next row, another mount that succeeded', kubelet='~1.9', fmt='event', cls='noise'),
C(VPC, r'''  Normal   SuccessfulMountVolume  19s               kubelet, k8sworker-0-006.infra.poc.aun1.i.wish.com  MountVolume.SetUp succeeded for volume "cni-bin-dir"''',
  None, None, None, None, None,
  note='the next row, another mount that succeeded', kubelet='~1.9', fmt='event', cls='noise'),
C(VPC, r'''  Normal   SuccessfulMountVolume  19s               kubelet, k8sworker-0-006.infra.poc.aun1.i.wish.com  MountVolume.SetUp succeeded for volume "default-token-mww6r"''',
  None, None, None, None, None,
  note="the next row: the service-account token volume mounted; the secret's name is not a pod", kubelet='~1.9', fmt='event', cls='noise'),
C(VPC, r'''  Normal   BackOff                18s               kubelet, k8sworker-0-006.infra.poc.aun1.i.wish.com  Back-off pulling image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:latest"''',
  None, None, None, None, 'ImagePullBackOff',
  note='the next row: the kubelet backs off pulling the ECR image after the 401', kubelet='~1.9', fmt='event', cls='pull'),
C(VPC, r'''  Warning  Failed                 18s               kubelet, k8sworker-0-006.infra.poc.aun1.i.wish.com  Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note='the next row: the container waits in ImagePullBackOff', kubelet='~1.9', fmt='event', cls='pull'),
C(VPC, r'''  Normal   Pulling                5s (x2 over 19s)  kubelet, k8sworker-0-006.infra.poc.aun1.i.wish.com  pulling image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:latest"''',
  None, None, None, None, 'Pulling',
  note="the next row: the pull is retried (lower-case 'pulling image', the pre-1.14 message); the Failed row after it is cut by the excerpt and left out", kubelet='~1.9', fmt='event', cls='pull'),
# ---------------------------------------------------------------- acs-engine: the kubelet unit's hyperkube pull
C(ACS, r'''Mar 13 15:18:59 k8s-master-22984635-0 systemd[1]: Stopped Kubelet.''',
  None, None, None, None, None,
  note="acs-engine thread (comment of Mar 2018, 'The full logs for this symptom'): systemd stops the kubelet unit for a restart, not a failure. Kubernetes about 1.9/1.10 on acs-engine then; not a kubelet line", fmt='journal', cls='noise'),
C(ACS, r'''Mar 13 15:18:59 k8s-master-22984635-0 systemd[1]: Starting Kubelet...''',
  None, None, None, None, None,
  note='the next line: the unit starts again', fmt='journal', cls='noise'),
C(ACS, r'''Mar 13 15:18:59 k8s-master-22984635-0 sysctl[6935]: net.ipv4.tcp_retries2 = 8''',
  None, None, None, None, None,
  note="the next line: the unit's ExecStartPre sysctl echoes a setting", fmt='journal', cls='noise'),
C(ACS, r'''Mar 13 15:18:59 k8s-master-22984635-0 ebtables[6938]: Bridge table: nat''',
  None, None, None, None, None,
  note="the next line: the unit's ebtables listing", fmt='journal', cls='noise'),
C(ACS, r'''Mar 13 15:18:59 k8s-master-22984635-0 ebtables[6938]: Bridge chain: PREROUTING, entries: 0, policy: ACCEPT''',
  None, None, None, None, None,
  note='the next line of the same listing', fmt='journal', cls='noise'),
C(ACS, r'''Mar 13 15:19:00 k8s-master-22984635-0 docker[6947]: /usr/bin/docker: error pulling image configuration: unauthorized: Requested repository does not match bearer token resource: hyperkube-amd64.''',
  None, None, None, None, 'ErrImagePull',
  note="the same thread's description, a second later: the kubelet unit's 'docker run' cannot pull the hyperkube image (the registry refuses the bearer token). An image pull failure that names no pod, as the table's other docker pull errors", fmt='dockerd', cls='pull'),
# ---------------------------------------------------------------- Dragonfly's containerd mirror (crictl through the CRI)
C(DF, r'''E0817 03:39:52.683706   79176 remote_image.go:167] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \"ghcr.io/dragonflyoss/dragonfly2/scheduler:v2.0.5\": failed to resolve reference \"ghcr.io/dragonflyoss/dragonfly2/scheduler:v2.0.5\": unexpected status from HEAD request to http://127.0.0.1:65001/v2/dragonflyoss/dragonfly2/scheduler/manifests/v2.0.5?ns=ghcr.io: 500 Internal Server Error" image="ghcr.io/dragonflyoss/dragonfly2/scheduler:v2.0.5"''',
  None, None, None, None, 'ErrImagePull',
  note="dragonfly quickstart thread (Aug 2023, kind): crictl's CRI client logs the same structured message as the kubelet's remote_image.go; the dfdaemon mirror at 127.0.0.1:65001 answers 500. No pod; crictl, not the kubelet, so no kubelet version", fmt='klog-s', cls='pull'),
# ---------------------------------------------------------------- Dragonfly helm chart with nydus images (describe rows)
C(DFH, r'''  Normal   Scheduled  43s                default-scheduler  Successfully assigned default/nginx to kind-control-plane''',
  'default', 'nginx', None, None, None,
  note="dragonfly helm-charts description (Sep 2024, kind): the scheduler's row names the pod as namespace/name; scheduling is noise. kind in Sep 2024 ran Kubernetes about 1.31; the '(… including waiting)' pull message below is 1.26 or later", kubelet='~1.31', fmt='event', cls='noise'),
C(DFH, r'''  Normal   Pulled     40s                kubelet            Successfully pulled image "ghcr.io/dragonflyoss/image-service/nginx:nydus-latest" in 1.470385199s (1.470388746s including waiting)''',
  None, None, None, None, 'Pulled',
  note='the next row: the nydus image pulled', kubelet='~1.31', fmt='event', cls='pull'),
C(DFH, r'''  Warning  Failed     19s                kubelet            Error: failed to create containerd container: mount callback failed on /var/lib/containerd/tmpmounts/containerd-mount1614983617: read /var/lib/containerd/tmpmounts/containerd-mount1614983617/etc/passwd: input/output error''',
  None, None, None, None, 'CreateContainerError',
  note="the next row: containerd cannot create the container (the lazily-fetched nydus rootfs fails to read /etc/passwd); the kubelet's 'Error: ...' Failed row for a CreateContainer failure", kubelet='~1.31', fmt='event', cls='create'),
C(DFH, r'''  Normal   Pulling    18s (x2 over 41s)  kubelet            Pulling image "ghcr.io/dragonflyoss/image-service/nginx:nydus-latest"''',
  None, None, None, None, 'Pulling',
  note='the next row: the image is pulled again', kubelet='~1.31', fmt='event', cls='pull'),
C(DFH, r'''  Normal   Pulled     17s                kubelet            Successfully pulled image "ghcr.io/dragonflyoss/image-service/nginx:nydus-latest" in 1.54053078s (1.540535229s including waiting)''',
  None, None, None, None, 'Pulled',
  note='the next row: pulled again', kubelet='~1.31', fmt='event', cls='pull'),
# ---------------------------------------------------------------- k3s air-gapped: containerd.log goes to docker.io
C(K3S + "2961", r'''time="2021-03-04T18:13:37.522604204Z" level=error msg="PullImage \"rancher/metrics-server:v0.3.6\" failed" error="failed to pull and unpack image \"docker.io/rancher/metrics-server:v0.3.6\": failed to resolve reference \"docker.io/rancher/metrics-server:v0.3.6\": failed to do request: Head \"https://registry-1.docker.io/v2/rancher/metrics-server/manifests/v0.3.6\": read tcp 10.x.x.x:34354->52.72.232.213:443: read: connection reset by peer"''',
  None, None, None, None, 'ErrImagePull',
  note="k3s air-gap thread (comment of Mar 2021, with a registries.yaml mirror): k3s's containerd.log, the CRI plugin's pull failure going to registry-1.docker.io; no pod. A containerd line, no kubelet version (k3s about 1.19/1.20 then)", fmt='containerd', cls='pull'),
C(K3S + "2961", r'''time="2021-03-04T18:13:49.216629298Z" level=info msg="PullImage \"rancher/local-path-provisioner:v0.0.14\""''',
  None, None, None, None, 'Pulling',
  note="the next line: containerd starts a pull (the table reads containerd's PullImage start as Pulling)", fmt='containerd', cls='pull'),
C(K3S + "2961", r'''time="2021-03-04T18:13:49.216666299Z" level=info msg="PullImage \"rancher/coredns-coredns:1.6.9\""''',
  None, None, None, None, 'Pulling',
  note='the next line: another pull starts', fmt='containerd', cls='pull'),
C(K3S + "2961", r'''time="2021-03-04T18:13:50.131138282Z" level=error msg="PullImage \"rancher/local-path-provisioner:v0.0.14\" failed" error="failed to pull and unpack image \"docker.io/rancher/local-path-provisioner:v0.0.14\": failed to resolve reference \"docker.io/rancher/local-path-provisioner:v0.0.14\": failed to do request: Head \"https://registry-1.docker.io/v2/rancher/local-path-provisioner/manifests/v0.0.14\": read tcp 10.x.x.x:34374->52.72.232.213:443: read: connection reset by peer"''',
  None, None, None, None, 'ErrImagePull',
  note='the next line: that pull fails the same way (the coredns failure after it is cut by the excerpt and left out)', fmt='containerd', cls='pull'),
# ---------------------------------------------------------------- k3s with ECR (describe rows)
C(K3S + "1154", r'''  Normal   Pulling    19s (x3 over 61s)  kubelet, ip-172-31-18-125.us-west-2.compute.internal  Pulling image "602401143452.dkr.ecr.us-east-2.amazonaws.com/amazon-k8s-cni:v1.5.3"''',
  None, None, None, None, 'Pulling',
  note="k3s thread (Nov 2019, aws-node on k3s without the AWS credential provider): the pod's events; the Scheduled row above it shares its line with the markdown code fence and is left out. k3s v1.0 then: kubelet about 1.16", kubelet='~1.16', fmt='event', cls='pull'),
C(K3S + "1154", r'''  Warning  Failed     19s (x3 over 60s)  kubelet, ip-172-31-18-125.us-west-2.compute.internal  Failed to pull image "602401143452.dkr.ecr.us-east-2.amazonaws.com/amazon-k8s-cni:v1.5.3": rpc error: code = Unknown desc = failed to pull and unpack image "602401143452.dkr.ecr.us-east-2.amazonaws.com/amazon-k8s-cni:v1.5.3": failed to resolve reference "602401143452.dkr.ecr.us-east-2.amazonaws.com/amazon-k8s-cni:v1.5.3": unexpected status code [manifests v1.5.3]: 401 Unauthorized                                  ''',
  None, None, None, None, 'ErrImagePull',
  note="the next row: ECR answers 401 to containerd, the kubelet's Failed to pull image row (its trailing blanks are the thread's own)", kubelet='~1.16', fmt='event', cls='pull'),
# ---------------------------------------------------------------- kURL air-gapped test run: the sandbox image from k8s.gcr.io
C(KURL, r'''Feb 16 19:39:20 lrpyct kubelet[9262]: E0216 19:39:20.989309    9262 kuberuntime_sandbox.go:68] CreatePodSandbox for pod "kube-scheduler-lrpyct_kube-system(7da02f2c78da17af7c2bf1533ecf8c9a)" failed: rpc error: code = Unknown desc = failed pulling image "k8s.gcr.io/pause:3.2": Error response from daemon: Get https://k8s.gcr.io/v2/: dial tcp 74.125.137.82:443: connect: connection refused''',
  'kube-system', 'kube-scheduler-lrpyct', '7da02f2c78da17af7c2bf1533ecf8c9a', None, 'FailedCreatePodSandBox',
  note="kURL pull request comment (Feb 2021, an air-gapped test run): the static pod's sandbox cannot be created because dockerd cannot pull the pause image from k8s.gcr.io; the pod is named name_namespace(uid), the uid a static pod's hash. (The line before it carries the comment's '> ' quote and is left out.) kuberuntime_manager.go:727, pod_workers.go:191, pause:3.2: kubelet about 1.19", kubelet='~1.19', fmt='klog', cls='sandbox'),
C(KURL, r'''Feb 16 19:39:20 lrpyct kubelet[9262]: E0216 19:39:20.989322    9262 kuberuntime_manager.go:727] createPodSandbox for pod "kube-scheduler-lrpyct_kube-system(7da02f2c78da17af7c2bf1533ecf8c9a)" failed: rpc error: code = Unknown desc = failed pulling image "k8s.gcr.io/pause:3.2": Error response from daemon: Get https://k8s.gcr.io/v2/: dial tcp 74.125.137.82:443: connect: connection refused''',
  'kube-system', 'kube-scheduler-lrpyct', '7da02f2c78da17af7c2bf1533ecf8c9a', None, 'FailedCreatePodSandBox',
  note='the next line: the runtime manager logs the same sandbox failure for the same pod', kubelet='~1.19', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- k3os air-gapped: the sandbox image from docker.io
C(K3OS, r'''E0117 08:10:51.412437    1798 pod_workers.go:191] Error syncing pod 3b66f5a0-bf7f-4007-bb24-e62938946328 ("helm-install-traefik-qphtv_kube-system(3b66f5a0-bf7f-4007-bb24-e62938946328)"), skipping: failed to "CreatePodSandbox" for "helm-install-traefik-qphtv_kube-system(3b66f5a0-bf7f-4007-bb24-e62938946328)" with CreatePodSandboxError: "CreatePodSandbox for pod \"helm-install-traefik-qphtv_kube-system(3b66f5a0-bf7f-4007-bb24-e62938946328)\" failed: rpc error: code = Unknown desc = failed to get sandbox image \"docker.io/rancher/pause:3.1\": failed to pull image \"docker.io/rancher/pause:3.1\": failed to pull and unpack image \"docker.io/rancher/pause:3.1\": failed to resolve reference \"docker.io/rancher/pause:3.1\": failed to do request: Head https://registry-1.docker.io/v2/rancher/pause/manifests/3.1: dial tcp: lookup registry-1.docker.io: Try again"''',
  'kube-system', 'helm-install-traefik-qphtv', '3b66f5a0-bf7f-4007-bb24-e62938946328', None, 'FailedCreatePodSandBox',
  note="k3os air-gap thread (k3s's embedded kubelet, no journald prefix): the pod worker gives up syncing because the sandbox image cannot be pulled without DNS; the sync failure's cause is CreatePodSandboxError, so FailedCreatePodSandBox. pod_workers.go:191 and rancher/pause:3.1: kubelet about 1.18", kubelet='~1.18', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- CRI-O and a GitLab registry (debug run)
C(CRIO, r'''Apr 14 09:31:05 s01vl9973405 crio[3879387]: time="2022-04-14 09:31:05.384184551+02:00" level=info msg="Trying to access \"docker.io/quantyca/gitlab-ci-docker-runner:latest\"" file="docker/docker_image_src.go:68"''',
  None, None, None, None, None,
  note="cri-o thread (comment of Apr 2022, crictl pull with credentials, the insecure-registry attempt): containers/image inside CRI-O tries a registry; a step of a pull crictl asked for, not a failure and no pod. The comment's blank lines between journal lines are the reporter's; no kubelet line", fmt='crio', cls='noise'),
C(CRIO, r'''Apr 14 09:31:05 s01vl9973405 crio[3879387]: time="2022-04-14 09:31:05.384296610+02:00" level=debug msg="Trying to access \"docker.io/quantyca/gitlab-ci-docker-runner:latest\"" file="docker/docker_image_src.go:72"''',
  None, None, None, None, None,
  note='the next line, the same at debug level', fmt='crio', cls='noise'),
C(CRIO, r'''Apr 14 09:31:05 s01vl9973405 crio[3879387]: time="2022-04-14 09:31:05.385014803+02:00" level=debug msg=" No signature storage configuration found for docker.io/quantyca/gitlab-ci-docker-runner:latest, using built-in default file:///var/lib/containers/sigstore" file="docker/lookaside.go:85"''',
  None, None, None, None, None,
  note="the next line: no signature-storage configuration, the default is used; noise", fmt='crio', cls='noise'),
    ]
