# Hunt 95 for the real-lines table (issue 13 item 3): a HELD-OUT set of kubelet journal lines, dockerd lines and
# kubectl-describe Events rows pasted into GitHub issues written in Chinese (labring/sealos, easzlab/kubeasz,
# lework.github.io, zhangguanzhang/Kubernetes-ansible, shikanon/kubeflow-manifests, anjia0532/gcr.io_mirror,
# dqzboy/Workers-Proxy-Docker). None of these threads is
# cited by real_lines.jsonl or by another gen_real_lines_h*.py. Same rules as gen_real_lines_h8.py:
# each line is copied exactly as its public source shows it (raw strings: backslashes are the line's
# own; a line cut short by the reporter's terminal or paste, ending in '>' or mid-word, is kept as
# the thread shows it), with the source's URL, and each was seen twice (two different searches that
# returned the same passage). Whole runs are kept where the thread has them, noise rows included.
# Node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

SEALOS = "https://github.com/labring/sealos/issues/"
LEWORK = "https://github.com/lework/lework.github.io/issues/65"
ZGZ = "https://github.com/zhangguanzhang/Kubernetes-ansible/issues/10"
KUBEASZ = "https://github.com/easzlab/kubeasz/issues/1253"
KFM = "https://github.com/shikanon/kubeflow-manifests/issues/108"
DQZ = "https://github.com/dqzboy/Workers-Proxy-Docker/issues/1"
GCRM = "https://github.com/anjia0532/gcr.io_mirror/issues/5"


def HUNT_H95(C):
    return [
# ---------------------------------------------------------------- labring/sealos#2459 (BUG: kubernetes:v1.26.1 安装失败)
C(SEALOS + "2459", r'''Jan 30 11:48:23 yyj-test kubelet[9182]: E0130 11:48:23.949675    9182 remote_runtime.go:176] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: OCI runtime create failed: unable to retrieve OCI run>''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="sealos install of Kubernetes v1.26.1 (Jan 2023, comment by xiao-jay): containerd could not start the sandbox's shim (OCI runtime create failed); the line is cut by journalctl's pager ('>') before any pod= key, so no pod is named", kubelet='1.26', fmt='klog-s', cls='sandbox'),
C(SEALOS + "2459", r'''Jan 30 11:48:23 yyj-test kubelet[9182]: E0130 11:48:23.949722    9182 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: OCI runtime create failed: unable to retrieve OCI runtime >''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next line: the same failure as seen by kuberuntime_sandbox.go; cut before pod=', kubelet='1.26', fmt='klog-s', cls='sandbox'),
C(SEALOS + "2459", r'''Jan 30 11:48:23 yyj-test kubelet[9182]: E0130 11:48:23.949749    9182 kuberuntime_manager.go:782] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: OCI runtime create failed: unable to retrieve OCI runtime >''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='the next line: kuberuntime_manager.go reports CreatePodSandbox failed; cut before pod=', kubelet='1.26', fmt='klog-s', cls='sandbox'),
C(SEALOS + "2459", r'''Jan 30 11:48:23 yyj-test kubelet[9182]: E0130 11:48:23.949808    9182 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"kube-controller-manager-yyj-test_kube-system(ab557e6bc427dc9e50925caee65aee8f)\" with CreatePodSandboxError: \"Failed to create >''',
  'kube-system', 'kube-controller-manager-yyj-test', 'ab557e6bc427dc9e50925caee65aee8f', None, 'FailedCreatePodSandBox',
  note="the pod worker's summary: CreatePodSandbox failed for the static pod kube-controller-manager-yyj-test_kube-system(<config hash uid>); the specific cause wins over the generic sync failure", kubelet='1.26', fmt='klog-s', cls='sandbox'),
# ---------------------------------------------------------------- lework/lework.github.io#65 (关于kubeadm Debian Containerd 方式安装集群)
C(LEWORK, r'''Jul 26 00:03:59 m1 kubelet[1840]: E0726 00:03:59.407806    1840 kuberuntime_manager.go:790] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to get sandbox image \"k8s.gcr.io/pause:3.2\": failed ''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="systemctl status kubelet on a Debian kubeadm+containerd master (Jul 2021): the sandbox (pause) image could not be fetched; the line is cut at the terminal width (the trailing space is the thread's) before pod=. Structured klog with pod_workers.go:190 and kuberuntime_manager.go:790 put the kubelet at about 1.21", kubelet='~1.21', fmt='klog-s', cls='sandbox'),
C(LEWORK, r'''Jul 26 00:03:59 m1 kubelet[1840]: E0726 00:03:59.407891    1840 pod_workers.go:190] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"kube-apiserver-m1_kube-system(6986afe4365354ad29a946777f4abbeb)\" wit''',
  'kube-system', 'kube-apiserver-m1', '6986afe4365354ad29a946777f4abbeb', None, 'FailedCreatePodSandBox',
  note="the next line: the pod worker's summary for the static pod kube-apiserver-m1, cut at the terminal width after the pod's name_namespace(uid); it names CreatePodSandbox as what failed", kubelet='~1.21', fmt='klog-s', cls='sandbox'),
# ---------------------------------------------------------------- zhangguanzhang/Kubernetes-ansible#10 (最后coredns一直在Creating，求助，多谢)
C(ZGZ, r'''  Normal   Scheduled               46m                    default-scheduler       Successfully assigned kube-system/coredns-58b448b5d9-hhlxt to 158.143.70.21''',
  'kube-system', 'coredns-58b448b5d9-hhlxt', None, None, None,
  note='kubectl describe pod of coredns stuck in ContainerCreating (Mar 2020, docker runtime): the scheduler assigned the pod, noise', kubelet=None, fmt='event', cls='noise'),
C(ZGZ, r'''  Warning  FailedCreatePodSandBox  33m (x19 over 46m)     kubelet, 158.143.70.21  Failed create pod sandbox: rpc error: code = Unknown desc = failed pulling image "gcr.azk8s.cn/google_containers/pause-amd64:3.1": Error response from daemon: Get http://gcr.azk8s.cn/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the next row: the pause image could not be pulled from the gcr.azk8s.cn mirror, so no sandbox; the row names no pod (the 'kubelet, <node>' source form is pre-1.17)", kubelet='~1.16', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- labring/sealos#1035 (sealos add: ImagePullBackOff; 中文描述)
C(SEALOS + "1035", r'''Normal   Pulling    15m (x4 over 19m)    kubelet            Pulling image "k8s.gcr.io/kube-proxy:v1.24.0"''',
  None, None, None, None, 'Pulling',
  note='kubectl describe pods kube-proxy-lznj2 -n kube-system after sealos add (May 2022, k8s 1.24.0): the first Events row as pasted, its leading spaces lost; the kubelet pulling the image', kubelet='1.24', fmt='event', cls='pull'),
C(SEALOS + "1035", r'''  Warning  Failed     14m (x4 over 19m)    kubelet            Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull',
  note='the next row: the short ErrImagePull form of the Failed event', kubelet='1.24', fmt='event', cls='pull'),
C(SEALOS + "1035", r'''  Warning  Failed     14m (x7 over 19m)    kubelet            Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note='the next row: the short ImagePullBackOff form of the Failed event', kubelet='1.24', fmt='event', cls='pull'),
# ---------------------------------------------------------------- labring/sealos#2874 (contained运行没有docker请问node节点拉取docker.io的image失败)
C(SEALOS + "2874", r'''Failed to pull image "wangcaijie/speedsmart:v1.0": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/wang''',
  None, None, None, None, 'ErrImagePull',
  note="the reporter's first line (Mar 2023, sealos 4 with containerd, kubernetes v1.25.0): the Failed event's message alone, cut mid-word as pasted", kubelet='1.25', fmt='event', cls='pull'),
C(SEALOS + "2874", r'''Normal   Scheduled  50m                  default-scheduler  Successfully assigned zhkt/speedsmart-7ddb6d79b-zwpgs to master''',
  'zhkt', 'speedsmart-7ddb6d79b-zwpgs', None, None, None,
  note='the Events rows that follow (first row without its leading spaces): the scheduler assigned the pod, noise', kubelet='1.25', fmt='event', cls='noise'),
C(SEALOS + "2874", r'''  Warning  Failed     2m40s                kubelet            Failed to pull image "wangcaijie/speedsmart:v1.0": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/wangcaijie/speedsmart:v1.0": failed to copy: read tcp 172.16.30.11:60982->104.18.125.25:443: read: connection reset by peer''',
  None, None, None, None, 'ErrImagePull',
  note='the next row: the pull from Docker Hub was reset mid-copy', kubelet='1.25', fmt='event', cls='pull'),
C(SEALOS + "2874", r'''  Warning  Failed     2m40s                kubelet            Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull',
  note='the next row: the short ErrImagePull form', kubelet='1.25', fmt='event', cls='pull'),
C(SEALOS + "2874", r'''  Normal   BackOff    2m38s                kubelet            Back-off pulling image "wangcaijie/speedsmart:v1.0"''',
  None, None, None, None, 'ImagePullBackOff',
  note='the next row: the kubelet backs off pulling the image', kubelet='1.25', fmt='event', cls='pull'),
C(SEALOS + "2874", r'''  Warning  Failed     2m38s                kubelet            Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note='the next row: the short ImagePullBackOff form', kubelet='1.25', fmt='event', cls='pull'),
C(SEALOS + "2874", r'''  Normal   Pulling    2m27s (x2 over 50m)  kubelet            Pulling image "wangcaijie/speedsmart:v1.0"''',
  None, None, None, None, 'Pulling',
  note='the next row: the kubelet pulls again', kubelet='1.25', fmt='event', cls='pull'),
# ---------------------------------------------------------------- easzlab/kubeasz#1253 (ubuntu使用kubeasz安装k8s集群在05步安装node节点时，轮询等待kubelet启动报错)
C(KUBEASZ, r'''-- Logs begin at Sat 2023-03-18 16:04:04 UTC. --''',
  None, None, None, None, None,
  note="journalctl -u kubelet -f on a kubeasz worker (Mar 2023): journalctl's own header line, noise", kubelet='~1.26', fmt='klog', cls='noise'),
C(KUBEASZ, r'''Mar 31 07:36:11 node2 kubelet[12380]: E0331 07:36:11.804698   12380 reflector.go:140] vendor/k8s.io/client-go/informers/factory.go:150: Failed to watch *v1.Service: failed to list *v1.Service: Get "https://127.0.0.1:6443/api/v1/services?limit=500&resourceVersion=0": read tcp 127.0.0.1:49342->127.0.0.1:6443: read: connection reset by peer - error from a previous attempt: read tcp 127.0.0.1:49304->127.0.0.1:6443: read: connection reset by peer''',
  None, None, None, None, 'ApiServerUnreachable',
  note="the next line: the kubelet's Service informer cannot list from the API server behind kubeasz's local kube-lb (127.0.0.1:6443 resets the connection); names no pod. reflector.go:140 with informers/factory.go:150 is client-go 0.26, so kubelet about 1.26", kubelet='~1.26', fmt='klog', cls='apiserver'),
# ---------------------------------------------------------------- shikanon/kubeflow-manifests#108 (kubeflow-user-example-com下镜像拉取失败)
C(KFM, r'''Failed to pull image "gcr.io/ml-pipeline/frontend:1.5.0-rc.2": rpc error: code = Unknown desc = Error response from daemon: Get https://gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'ErrImagePull',
  note="the whole issue body (Aug 2022, Kubeflow 1.5 manifests on a docker-runtime cluster): the Failed event's message alone; gcr.io unreachable from China. Kubelet version not stated", kubelet=None, fmt='event', cls='pull'),
# ---------------------------------------------------------------- anjia0532/gcr.io_mirror#5 (报以下错误 … 又没有，是因为 echoserver 里面依赖这个镜像吗？)
C(GCRM, r'''Failed create pod sandbox: rpc error: code = Unknown desc = failed pulling image "k8s.gcr.io/pause-amd64:3.1": Error response from daemon: Get https://k8s.gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the issue body (May 2018, minikube on a Mac): the FailedCreatePodSandBox event's message alone; the pause image could not be pulled from k8s.gcr.io. pause-amd64:3.1 and the 'Failed create pod sandbox' wording put the kubelet at about 1.10", kubelet='~1.10', fmt='event', cls='sandbox'),
C(GCRM, r'''  Normal   Scheduled               17s   default-scheduler  Successfully assigned hello-minikube-645cbd9d67-k55jk to minikube''',
  None, 'hello-minikube-645cbd9d67-k55jk', None, None, None,
  note="the reporter's kubectl describe pod (next comment): the scheduler assigned the pod; this pre-1.12 form names the pod without its namespace, so ns is None. Noise", kubelet='~1.10', fmt='event', cls='noise'),
C(GCRM, r'''  Normal   SuccessfulMountVolume   17s   kubelet, minikube  MountVolume.SetUp succeeded for volume "default-token-pnrbl"''',
  None, None, None, None, None,
  note='the next row: the service-account token volume mounted; a success, noise (the FailedMount look-alike)', kubelet='~1.10', fmt='event', cls='noise', trap_for='FailedMount'),
# ---------------------------------------------------------------- dqzboy/Workers-Proxy-Docker#1 (还是pull不下来 web页面正常)
C(DQZ, r'''11月 21 10:08:15 debian dockerd[14356]: time="2024-11-21T10:08:15.885870410+08:00" level=debug msg="Calling HEAD /_ping" spanID=c68194532f1261ca traceID=85dee9336b21e3d21095ea3c841f39fb''',
  None, None, None, None, None,
  note="a Chinese-locale journal ('11月 21' month prefix) of dockerd at debug level on a plain Docker host (Nov 2024), pasted while a docker pull through a registry proxy failed: an API call trace, noise", kubelet=None, fmt='dockerd', cls='noise'),
C(DQZ, r'''11月 21 10:08:15 debian dockerd[14356]: time="2024-11-21T10:08:15.886462393+08:00" level=debug msg="Calling POST /v1.47/containers/create" spanID=fc43bde1ed37f6d9 traceID=41251293b1ced29476bd5b79233f119f''',
  None, None, None, None, None,
  note='the next line: the containers/create API call trace, noise (a create call is not a Started or CreateContainerError line)', kubelet=None, fmt='dockerd', cls='noise'),
    ]
