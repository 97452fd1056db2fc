# Hunt 48 for issue 13: a HELD-OUT set of real kubectl event rows and kubelet journal lines from GitHub
# threads of ML, data and CI platforms on Kubernetes that the table did not cite
# (actions/actions-runner-controller#100, #713 and #2695, kubeflow/pipelines#4078, kubeflow/notebooks#265,
# kubeflow/trainer#1661, kubeflow/spark-operator#714, #784 and #1102 (the former
# GoogleCloudPlatform/spark-on-k8s-operator), argoproj/argo-workflows#826, #5243 and #5306,
# tektoncd/pipeline#3330 and #4028; each checked with grep against real_lines.jsonl and every
# gen_real_lines_*.py). Whole consecutive runs of a pasted Events block were taken where the thread shows
# one, noise (Scheduled, Created) included; a block's last row is left out where the stored copy of the
# thread cuts it (spark-operator#1102's SparkApplicationAdded row, spark-operator#784's
# nestedpendingoperations journal line).
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own; leading spaces are the rows' own), with the source's URL, and
# each was seen twice (two different searches). Expected fields are what an SRE reads in the line
# itself, not podpulse's output. Node-level lines are never attributed to a pod.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

ARC = "https://github.com/actions/actions-runner-controller/issues/"
KFP = "https://github.com/kubeflow/pipelines/issues/4078"
NB = "https://github.com/kubeflow/notebooks/issues/265"
TR = "https://github.com/kubeflow/trainer/issues/1661"
SO = "https://github.com/kubeflow/spark-operator/issues/"
AW = "https://github.com/argoproj/argo-workflows/issues/"
TK = "https://github.com/tektoncd/pipeline/issues/"


def HUNT_H48(C):
    return [
# ---------------------------------------------------------------- actions-runner-controller#713 (Aug 2021)
C(ARC + "713", r'''  Warning  FailedMount  5m43s (x2 over 7m59s)  kubelet            Unable to attach or mount volumes: unmounted volumes=[controller-manager], unattached volumes=[cert controller-manager default-token-54h4s]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="describe-pod Events of the ARC controller-manager pod: its secret volume never mounted; the row names no pod. 'kubelet' without a node name in From is kubectl 1.20 or later", fmt='event', cls='volume'),
C(ARC + "713", r'''  Warning  FailedMount  3m27s (x2 over 10m)    kubelet            Unable to attach or mount volumes: unmounted volumes=[controller-manager], unattached volumes=[controller-manager default-token-54h4s cert]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='the next row: the same timeout, volumes listed in another order', fmt='event', cls='volume'),
C(ARC + "713", r'''  Warning  FailedMount  119s (x13 over 12m)    kubelet            MountVolume.SetUp failed for volume "controller-manager" : secret "controller-manager" not found''',
  None, None, None, None, 'FailedMount',
  note='the cause row: the secret behind the volume does not exist', fmt='event', cls='volume'),
# ---------------------------------------------------------------- actions-runner-controller#100 (Sep 2020, GKE 1.16)
C(ARC + "100", r'''  Normal   Scheduled    7m35s                  default-scheduler                                     Successfully assigned actions-runner-system/controller-manager-c5c7cd46-wsdnc to gke-ops-cdx-default-node-pool-878eff7b-615h''',
  'actions-runner-system', 'controller-manager-c5c7cd46-wsdnc', None, None, None,
  note="the scheduler's Scheduled row names the pod as ns/name; not a kubelet failure (Server Version v1.16.13-gke.401)", kubelet='1.16', fmt='event', cls='noise'),
C(ARC + "100", r'''  Warning  FailedMount  3m18s (x2 over 5m32s)  kubelet, gke-ops-cdx-default-node-pool-878eff7b-615h  Unable to attach or mount volumes: unmounted volumes=[controller-manager], unattached volumes=[controller-manager cert default-token-nw72h]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="the next row: the controller-manager secret volume timed out (the thread's next row is cut in the stored copy)", kubelet='1.16', fmt='event', cls='volume'),
# ---------------------------------------------------------------- kubeflow/pipelines#4078 (Jun 2020)
C(KFP, r'''  Warning  Failed   19m (x239 over 74m)  kubelet, ct-1  Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note='metadata-grpc-deployment pod (kubeflow 0.7): the image gcr.io/tfx-oss-public/ml_metadata_store_server:0.15.1 had vanished; the Failed row with Error: ImagePullBackOff', fmt='event', cls='image'),
C(KFP, r'''  Normal   BackOff  4s (x327 over 74m)   kubelet, ct-1  Back-off pulling image "gcr.io/tfx-oss-public/ml_metadata_store_server:0.15.1"''',
  None, None, None, None, 'ImagePullBackOff',
  note='the BackOff row of the same pod', fmt='event', cls='image'),
# ---------------------------------------------------------------- kubeflow/notebooks#265 (Apr 2025)
C(NB, r'''  Normal   BackOff  112s (x66 over 16m)  kubelet  Back-off pulling image "kubeflownotebookswg/jupyter-tensorflow-full:v1.10.0-rc.1"''',
  None, None, None, None, 'ImagePullBackOff',
  note='notebook pod (Kubeflow 1.10): Docker Hub rate limit, the kubelet backs off pulling the notebook image', fmt='event', cls='image'),
C(NB, r'''  Warning  Failed   100s (x67 over 16m)  kubelet  Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note='the next row', fmt='event', cls='image'),
# ---------------------------------------------------------------- kubeflow/trainer#1661 (Sep 2022, OCP 4.10)
C(TR, r'''Warning  Failed  113s   kubelet  Error: container create failed: time="2022-09-14T11:35:13Z" level=error msg="runc create failed: unable to start container process: container init was OOM-killed (memory limit too low?)"''',
  None, None, None, None, 'CreateContainerError',
  note="training-operator pod on OpenShift 4.10.30 (Kubernetes 1.23), STATUS CreateContainerError in the thread: CRI-O's 'container create failed' is a create failure; the OOM-killed init is runc's, the container never ran, so not OOMKilled", kubelet='~1.23', fmt='event', cls='create', trap_for='OOMKilled'),
# ---------------------------------------------------------------- kubeflow/spark-operator#784 (Jan 2020): the whole Events block, then the journal
C(SO + "784", r'''  Normal   Scheduled    38m   default-scheduler  Successfully assigned test/spark-pi-driver to vagrant''',
  'test', 'spark-pi-driver', None, None, None,
  note="spark-pi driver pod's Events (pasted outside a code block, spacing kept); the Scheduled row names ns/pod. Lowercase 'pulling image' and nameless 'Created container' below are pre-1.15 kubelet wording", kubelet='~1.14', fmt='event', cls='noise'),
C(SO + "784", r'''  Warning  FailedMount  38m   kubelet, vagrant   MountVolume.SetUp failed for volume "spark-conf-volume" : configmap "spark-pi-1580336050874-driver-conf-map" not found''',
  None, None, None, None, 'FailedMount',
  note='the driver config map did not exist yet when the kubelet first mounted it', kubelet='~1.14', fmt='event', cls='volume'),
C(SO + "784", r'''  Normal   Pulling      38m   kubelet, vagrant   pulling image "gcr.io/spark-operator/spark:v2.4.4"''',
  None, None, None, None, 'Pulling',
  kubelet='~1.14', fmt='event', cls='image'),
C(SO + "784", r'''  Normal   Pulled       38m   kubelet, vagrant   Successfully pulled image "gcr.io/spark-operator/spark:v2.4.4"''',
  None, None, None, None, 'Pulled',
  kubelet='~1.14', fmt='event', cls='image'),
C(SO + "784", r'''  Normal   Created      38m   kubelet, vagrant   Created container''',
  None, None, None, None, None,
  note='Created is not a reason in the table; the old form names no container', kubelet='~1.14', fmt='event', cls='noise'),
C(SO + "784", r'''  Normal   Started      38m   kubelet, vagrant   Started container''',
  None, None, None, None, 'Started',
  note='the old Started form without the container name', kubelet='~1.14', fmt='event', cls='start'),
C(SO + "784", r'''Jan 29 17:14:12 localhost kubelet[2422]: E0129 17:14:12.074851    2422 configmap.go:195] Couldn't get configMap test/spark-pi-1580336050874-driver-conf-map: configmap "spark-pi-1580336050874-driver-conf-map" not found''',
  None, None, None, None, 'FailedMount',
  note="the kubelet's journal behind the FailedMount row: the config-map volume's source is missing. test/spark-pi-...-driver-conf-map is the config map (namespace/name), not a pod", kubelet='~1.14', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- kubeflow/spark-operator#714 (Dec 2019)
C(SO + "714", r'''  Normal   Scheduled    118s                default-scheduler                                       Successfully assigned dev/sellers-driver to ip-172-20-59-74.eu-central-1.compute.internal''',
  'dev', 'sellers-driver', None, None, None,
  fmt='event', cls='noise'),
C(SO + "714", r'''  Warning  FailedMount  54s (x8 over 118s)  kubelet, ip-172-20-59-74.eu-central-1.compute.internal  MountVolume.SetUp failed for volume "spark-conf-volume" : configmap "sellers-1575448856994-driver-conf-map" not found''',
  None, None, None, None, 'FailedMount',
  note='the same missing driver config map, on EKS', fmt='event', cls='volume'),
# ---------------------------------------------------------------- kubeflow/spark-operator#1102 (Dec 2020): kubectl get events
C(SO + "1102", r'''6m38s       Normal    Scheduled                   pod/spark-pi-scheduled-1607048860021277681-driver         Successfully assigned spark-job/spark-pi-scheduled-1607048860021277681-driver to 10.74.200.189''',
  'spark-job', 'spark-pi-scheduled-1607048860021277681-driver', None, None, None,
  note='kubectl get events rows (OBJECT pod/NAME); the Scheduled message adds the namespace', fmt='event', cls='noise'),
C(SO + "1102", r'''6m38s       Warning   FailedMount                 pod/spark-pi-scheduled-1607048860021277681-driver         MountVolume.SetUp failed for volume "spark-conf-volume" : configmap "spark-pi-scheduled-1607048860021277681-aac131762b9399cb-driver-conf-map" not found''',
  None, 'spark-pi-scheduled-1607048860021277681-driver', None, None, 'FailedMount',
  fmt='event', cls='volume'),
C(SO + "1102", r'''6m36s       Normal    Pulling                     pod/spark-pi-scheduled-1607048860021277681-driver         Pulling image "gcr.io/spark-operator/spark:v3.0.0"''',
  None, 'spark-pi-scheduled-1607048860021277681-driver', None, None, 'Pulling',
  fmt='event', cls='image'),
C(SO + "1102", r'''6m36s       Normal    Pulled                      pod/spark-pi-scheduled-1607048860021277681-driver         Successfully pulled image "gcr.io/spark-operator/spark:v3.0.0"''',
  None, 'spark-pi-scheduled-1607048860021277681-driver', None, None, 'Pulled',
  fmt='event', cls='image'),
C(SO + "1102", r'''6m36s       Normal    Created                     pod/spark-pi-scheduled-1607048860021277681-driver         Created container spark-kubernetes-driver''',
  None, 'spark-pi-scheduled-1607048860021277681-driver', None, 'spark-kubernetes-driver', None,
  fmt='event', cls='noise'),
C(SO + "1102", r'''6m36s       Normal    Started                     pod/spark-pi-scheduled-1607048860021277681-driver         Started container spark-kubernetes-driver''',
  None, 'spark-pi-scheduled-1607048860021277681-driver', None, 'spark-kubernetes-driver', 'Started',
  fmt='event', cls='start'),
# ---------------------------------------------------------------- argoproj/argo-workflows#826 (Apr 2018, AKS 1.9.1)
C(AW + "826", r'''  Warning  FailedMount            12s (x6 over 27s)  kubelet, aks-nodepool1-21279999-2  MountVolume.SetUp failed for volume "docker-sock" : hostPath type check failed: /var/run/docker.sock is not a socket file''',
  None, None, None, None, 'FailedMount',
  note="argo hello-world pod: the docker executor's hostPath socket volume fails its type check", kubelet='1.9', fmt='event', cls='volume'),
C(AW + "826", r'''  Warning  FailedMount            12s (x6 over 27s)  kubelet, aks-nodepool1-21279999-2  MountVolume.SetUp failed for volume "docker-lib" : hostPath type check failed: /var/lib/docker is not a directory''',
  None, None, None, None, 'FailedMount',
  kubelet='1.9', fmt='event', cls='volume'),
# ---------------------------------------------------------------- argoproj/argo-workflows#5243 (Feb 2021, AKS 1.19.7): kubectl get events
C(AW + "5243", r'''62s         Warning   FailedMount         pod/hello-world-t4zhm                       MountVolume.SetUp failed for volume "docker-sock" : hostPath type check failed: /var/run/docker.sock is not a socket file''',
  None, 'hello-world-t4zhm', None, None, 'FailedMount',
  note='AKS 1.19 runs containerd, so /var/run/docker.sock is missing', kubelet='1.19', fmt='event', cls='volume'),
C(AW + "5243", r'''42s         Warning   FailedMount         pod/hello-world-t4zhm                       Unable to attach or mount volumes: unmounted volumes=[docker-sock], unattached volumes=[podmetadata docker-sock default-token-62lxs]: timed out waiting for the condition''',
  None, 'hello-world-t4zhm', None, None, 'FailedMount',
  kubelet='1.19', fmt='event', cls='volume'),
C(AW + "5243", r'''2m56s       Warning   FailedMount         pod/hello-world-t4zhm                       Unable to attach or mount volumes: unmounted volumes=[docker-sock], unattached volumes=[default-token-62lxs podmetadata docker-sock]: timed out waiting for the condition''',
  None, 'hello-world-t4zhm', None, None, 'FailedMount',
  kubelet='1.19', fmt='event', cls='volume'),
# ---------------------------------------------------------------- argoproj/argo-workflows#5306 (Mar 2021, OCP 4.6.19)
C(AW + "5306", r''' Warning  FailedMount  48m (x189 over 17h)    kubelet  Unable to attach or mount volumes: unmounted volumes=[docker-sock], unattached volumes=[podmetadata docker-sock my-minio-cred default-token-jgg76]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note='OpenShift 4.6 (Kubernetes 1.19, CRI-O): no docker socket on the node; the row keeps the single leading space of the paste', kubelet='~1.19', fmt='event', cls='volume'),
# ---------------------------------------------------------------- tektoncd/pipeline#4028 (Jun 2021, GKE)
C(TK + "4028", r'''  Normal   Scheduled               33m                default-scheduler  Successfully assigned devops/frontend-pr-run-j4sw2-get-service-images-fzb86-pod-hprrv to gke-gully-prod-devops-057e9931-spmw''',
  'devops', 'frontend-pr-run-j4sw2-get-service-images-fzb86-pod-hprrv', None, None, None,
  note='TaskRun pod Events: the Scheduled row', fmt='event', cls='noise'),
C(TK + "4028", r'''  Warning  FailedCreatePodSandBox  21m (x9 over 23m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to reserve sandbox name "frontend-pr-run-j4sw2-get-service-images-fzb86-pod-hprrv_devops_cbb4a9a1-7dcf-4d6f-a0e9-beebd0748bca_0": name "frontend-pr-run-j4sw2-get-service-images-fzb86-pod-hprrv_devops_cbb4a9a1-7dcf-4d6f-a0e9-beebd0748bca_0" is reserved for "dfe4979b64110b6773c0549072abf9eb9633c76c561d61a1c9a2aca8977aadea"''',
  'devops', 'frontend-pr-run-j4sw2-get-service-images-fzb86-pod-hprrv', 'cbb4a9a1-7dcf-4d6f-a0e9-beebd0748bca', None, 'FailedCreatePodSandBox',
  note="containerd's sandbox name is <pod>_<namespace>_<uid>_<attempt>, so the row itself names the pod, its namespace and uid", fmt='event', cls='sandbox'),
C(TK + "4028", r'''  Warning  FailedCreatePodSandBox  13m (x3 over 23m)  kubelet            Failed to create pod sandbox: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, 'FailedCreatePodSandBox',
  fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- tektoncd/pipeline#3330 (Oct 2020)
C(TK + "3330", r'''Warning  Failed     18m   kubelet            Error: failed to create containerd task: OCI runtime create failed: Cwd must be an absolute path: unknown''',
  None, None, None, None, 'RunContainerError',
  note="step pod in StartError: containerd creates the task when the kubelet starts the container, so the start failed (the table's other 'failed to create containerd task' row is RunContainerError)", fmt='event', cls='start'),
# ---------------------------------------------------------------- actions-runner-controller#2695 (Jul 2023)
C(ARC + "2695", r'''  Warning  Evicted              44s   kubelet  The node was low on resource: ephemeral-storage. Container runner was using 3914072Ki, which exceeds its request of 0. Container docker was using 91249008Ki, which exceeds its request of 0.''',
  None, None, None, None, 'Evicted',
  note='runner pod evicted for ephemeral storage; two containers are named (runner, docker), so no single container', fmt='event', cls='evict'),
    ]
