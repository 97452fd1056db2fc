# Hunt 88 for the real-lines table (issue 13 item 3): a HELD-OUT set of real kubelet / runtime lines
# and kubectl-describe Events rows pasted in GitHub issues of CI/CD and developer tools running on
# Kubernetes (Tekton, Argo CD, Flux, actions-runner-controller, Telepresence, kubefirst), from threads the table did not cite
# before. Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows
# it (raw strings; leading spaces and column padding are the rows' own), with the source's URL, and
# each was seen twice (two different searches of the issues corpus returned the same text). Runs are
# kept whole where the thread pastes a run (flux-aio#52, actions-runner-controller#780,
# telepresence#3413, kubefirst#924), so noise
# rows (Created, SandboxChanged) come with them. Node-level lines are never attributed to a pod.
# Expected fields are what an SRE reads in the line itself, not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

TK = "https://github.com/tektoncd/pipeline/issues/"
ACD = "https://github.com/argoproj/argo-cd/issues/"
FAIO = "https://github.com/stefanprodan/flux-aio/issues/52"
FSC = "https://github.com/fluxcd/source-controller/issues/837"
ARC = "https://github.com/actions/actions-runner-controller/issues/"
TP = "https://github.com/telepresenceio/telepresence/issues/"
KF = "https://github.com/konstructio/kubefirst/issues/924"


def HUNT_H88(C):
    return [
# ---------------------------------------------------------------- tektoncd/pipeline#4730: secret volumes "not registered"
C(TK + "4730", r'''  Warning  FailedMount  43s (x3 over 44s)  kubelet            MountVolume.SetUp failed for volume "builder-token-zqlkw" : object "tekton-pipelines"/"builder-token-zqlkw" not registered''',
  None, None, None, None, 'FailedMount',
  note='TaskRun pod Events row (Apr 2022, Tekton v0.29.0): the service-account token volume cannot be set up; object "tekton-pipelines"/"builder-token-zqlkw" is the secret, not the pod, and the row names no pod. "not registered" is the 1.22+ secret manager wording', kubelet='~1.22', fmt='event', cls='mount', trap_for='object-ns-name'),
C(TK + "4730", r'''  Warning  FailedMount  43s (x3 over 44s)  kubelet            MountVolume.SetUp failed for volume "tekton-internal-secret-volume-builder-registrycreds-kpkxm" : object "tekton-pipelines"/"builder-registrycreds" not registered''',
  None, None, None, None, 'FailedMount',
  note='same run: the registry-credentials secret volume Tekton injects cannot be set up; the quoted object is the secret builder-registrycreds, not a pod', kubelet='~1.22', fmt='event', cls='mount', trap_for='object-ns-name'),
# ---------------------------------------------------------------- argoproj/argo-cd#10485: liveness probe event message
C(ACD + "10485", r'''Liveness probe failed: Get "http://x.x.x.x:8080/healthz?full=true": context deadline exceeded (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'LivenessProbeFailed',
  note='argocd-server (Argo CD v2.4.0, Aug 2022): the event message alone, as the reporter quoted it (the IP masked by the reporter); names no pod', kubelet=None, fmt='event', cls='probe'),
# ---------------------------------------------------------------- argoproj/argo-cd#11335: calico sandbox failure
C(ACD + "11335", r'''  Warning  FailedCreatePodSandBox  2s (x9 over 111s)  kubelet            (combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "f47d03a6b9ec0ac59167999f4991c0adf6fe43c687aa4d0b7d67057ee36b41b7": error getting ClusterInformation: resource does not exist: ClusterInformation(default) with error: the server could not find the requested resource (get ClusterInformations.crd.projectcalico.org default)''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='argo-cd chart 5.13.8 pods stuck ContainerCreating (Nov 2022): Calico CNI cannot read its ClusterInformation; the same row is pasted in argoproj/argo-helm#1653. The row names no pod (the sandbox id is a runtime id)', kubelet=None, fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- stefanprodan/flux-aio#52: whole Events block after a node restart
C(FAIO, r'''  Normal   Created         39m                kubelet          Created container kustomize-controller''',
  None, None, None, 'kustomize-controller', None,
  note='flux-aio pod Events (Nov 2023) after the node failed and came back: Created is noise (no Reason of its own); the table names the container from "Created container X"', kubelet=None, fmt='event', cls='noise'),
C(FAIO, r'''  Normal   Pulled          39m                kubelet          Container image "ghcr.io/fluxcd/helm-controller:v0.36.2" already present on machine''',
  None, None, None, None, 'Pulled',
  note='same run: image already present counts as Pulled; names no container', kubelet=None, fmt='event', cls='pull'),
C(FAIO, r'''  Normal   Pulled          39m                kubelet          Container image "ghcr.io/fluxcd/source-controller:v1.1.2" already present on machine''',
  None, None, None, None, 'Pulled',
  note='same run', kubelet=None, fmt='event', cls='pull'),
C(FAIO, r'''  Normal   Created         39m                kubelet          Created container source-controller''',
  None, None, None, 'source-controller', None,
  note='same run: Created is noise', kubelet=None, fmt='event', cls='noise'),
C(FAIO, r'''  Normal   Started         39m                kubelet          Started container source-controller''',
  None, None, None, 'source-controller', 'Started',
  note='same run', kubelet=None, fmt='event', cls='start'),
C(FAIO, r'''  Normal   Pulled          39m                kubelet          Container image "ghcr.io/fluxcd/kustomize-controller:v1.1.1" already present on machine''',
  None, None, None, None, 'Pulled',
  note='same run', kubelet=None, fmt='event', cls='pull'),
C(FAIO, r'''  Normal   SandboxChanged  39m                kubelet          Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note='same run: SandboxChanged is the normal re-creation after a node restart; the table keeps it reason None', kubelet=None, fmt='event', cls='noise', trap_for='Killing'),
C(FAIO, r'''  Normal   Started         39m                kubelet          Started container kustomize-controller''',
  None, None, None, 'kustomize-controller', 'Started',
  note='same run', kubelet=None, fmt='event', cls='start'),
C(FAIO, r'''  Normal   Started         39m                kubelet          Started container helm-controller''',
  None, None, None, 'helm-controller', 'Started',
  note='same run', kubelet=None, fmt='event', cls='start'),
C(FAIO, r'''  Normal   Created         39m                kubelet          Created container helm-controller''',
  None, None, None, 'helm-controller', None,
  note='same run: Created is noise', kubelet=None, fmt='event', cls='noise'),
# ---------------------------------------------------------------- fluxcd/source-controller#837: custom-columns event listing
C(FSC, r'''flux-system -- 0s -- Warning -- Unhealthy -- pod/source-controller-84dcf54c8-xlq4h -- Readiness probe failed: Get "http://10.64.177.148:9090/": dial tcp 10.64.177.148:9090: connect: connection refused''',
  'flux-system', 'source-controller-84dcf54c8-xlq4h', None, None, 'ReadinessProbeFailed',
  note='events printed by the reporter as namespace -- age -- type -- reason -- object -- message (2022): the non-leader source-controller replica does not serve :9090, so its readiness probe fails; the row names the namespace and pod/<name>. The thread repeats this row many times; one copy kept', kubelet=None, fmt='event', cls='probe'),
# ---------------------------------------------------------------- actions/actions-runner-controller#780: runner pod evicted, whole run
C(ARC + "780", r'''Normal   Started    21m        kubelet, ***********  Started container docker''',
  None, None, None, 'docker', 'Started',
  note='runner pod Events (Aug 2021, node name masked by the reporter); the first row of the paste has no leading spaces.', kubelet=None, fmt='event', cls='start'),
C(ARC + "780", r'''  Warning  Evicted    104s       kubelet, ***********  The node was low on resource: ephemeral-storage. Container docker was using 300Ki, which exceeds its request of 0. Container runner was using 96Ki, which exceeds its request of 0.''',
  None, None, None, None, 'Evicted',
  note='same run: the runner pod (cicd-ghe-runner-24p55-dnzj2 in the kubectl output below it) is evicted for ephemeral storage; the row names two containers and no pod, so container stays None', kubelet=None, fmt='event', cls='evict'),
C(ARC + "780", r'''  Normal   Killing    104s       kubelet, **********  Stopping container runner''',
  None, None, None, 'runner', 'Killing',
  note='same run: the eviction stops the runner container', kubelet=None, fmt='event', cls='kill'),
C(ARC + "780", r'''  Normal   Killing    104s       kubelet, **********  Stopping container docker''',
  None, None, None, 'docker', 'Killing',
  note='same run: and the dind sidecar', kubelet=None, fmt='event', cls='kill'),
# ---------------------------------------------------------------- argoproj/argo-cd#9478: repo-server probe events, "<count> <reason>: <message>" form
C(ACD + "9478", r'''3 Unhealthy: Liveness probe failed: Get "http://10.0.52.226:8084/healthz?full=true": context deadline exceeded (Client.Timeout exceeded while awaiting headers) ''',
  None, None, None, None, 'LivenessProbeFailed',
  note='argocd-repo-server events as a UI lists them (count, reason, message; Feb 2023, Argo CD v2.5.10); the trailing space is the line\'s own. Names no pod', kubelet=None, fmt='event', cls='probe'),
C(ACD + "9478", r'''1 Unhealthy: Readiness probe failed: Get "http://10.0.52.226:8084/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='same paste: the readiness probe of the same container', kubelet=None, fmt='event', cls='probe'),
# ---------------------------------------------------------------- telepresenceio/telepresence#3413: kubectl get events as the CLI prints them
C(TP + "3413", r'''AGE   TYPE      REASON                         OBJECT                                             MESSAGE''',
  None, None, None, None, None,
  note='the header of the event table telepresence prints when an intercept times out (2023): noise', kubelet=None, fmt='event', cls='noise'),
C(TP + "3413", r'''59s   Warning   Unhealthy                      pod/application-name-application-application-name-75df874dd8-5dmxr      Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, 'application-name-application-application-name-75df874dd8-5dmxr', None, None, 'ReadinessProbeFailed',
  note='same table: the application pod (names anonymised by the reporter) fails readiness with 503; the row names pod/<name> and no namespace', kubelet=None, fmt='event', cls='probe'),
# (The thread prints the 59s row a second time here; the table keeps each line once.)
C(TP + "3413", r'''56s   Warning   Unhealthy                      pod/application-name-application-application-name-85dfbcb767-4g9vs      Readiness probe failed: stat: can't stat '/tmp/agent/ready': No such file or directory''',
  None, 'application-name-application-application-name-85dfbcb767-4g9vs', None, None, 'ReadinessProbeFailed',
  note='same table: the new pod with the injected traffic-agent fails its exec readiness probe (the agent has not written /tmp/agent/ready yet)', kubelet=None, fmt='event', cls='probe'),
# ---------------------------------------------------------------- telepresenceio/telepresence#2654: bare event message
C(TP + "2654", r'''Readiness probe failed: stat: can't stat '/tmp/agent/ready': No such file or directory''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='the traffic-agent readiness failure as quoted from kubectl describe (Dec 2022, EKS 1.21, telepresence 2.9.5); the message alone names no pod', kubelet='~1.21', fmt='event', cls='probe'),
# ---------------------------------------------------------------- konstructio/kubefirst#924: ARC dind runner pod cannot pull its image (k3d)
C(KF, r'''  Normal   Scheduled  27m                default-scheduler  Successfully assigned github-runner/actions-runner-metaphor-frontend-j9g7r-qjm7c to k3d-kubefirst-agent-2''',
  'github-runner', 'actions-runner-metaphor-frontend-j9g7r-qjm7c', None, None, None,
  note='kubefirst local (k3d) actions-runner pod Events (Dec 2022): the scheduler row names namespace/pod and is noise', kubelet=None, fmt='event', cls='noise'),
C(KF, r'''  Warning  Failed     25m                kubelet            Failed to pull image "summerwind/actions-runner-dind": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/summerwind/actions-runner-dind:latest": failed to copy: read tcp 192.168.16.6:35464->104.18.122.25:443: read: connection reset by peer''',
  None, None, None, None, 'ErrImagePull',
  note='same run: containerd (k3s) pull of the dind runner image broken by a connection reset', kubelet=None, fmt='event', cls='pull'),
C(KF, r'''  Warning  Failed     16m                kubelet            Failed to pull image "summerwind/actions-runner-dind": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/summerwind/actions-runner-dind:latest": failed to read expected number of bytes: unexpected EOF''',
  None, None, None, None, 'ErrImagePull',
  note='same run: the retry fails with a short read', kubelet=None, fmt='event', cls='pull'),
C(KF, r'''  Normal   BackOff    16m (x2 over 25m)  kubelet            Back-off pulling image "summerwind/actions-runner-dind"''',
  None, None, None, None, 'ImagePullBackOff',
  note='same run: the kubelet backs off pulling', kubelet=None, fmt='event', cls='pull'),
    ]
