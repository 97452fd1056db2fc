# Hunt 53 for issue 13: a HELD-OUT set of real kubectl event rows, kubelet journal lines and containerd
# log lines from GitHub threads of logging, monitoring and node-health tools that the table did not cite
# (grafana/loki#11893, #570 and #12566, kubernetes/node-problem-detector#107 and PR #550,
# DataDog/datadog-agent#1697, kubernetes/kube-state-metrics#372, fluent/fluent-bit#3905 and #4035; each
# checked with grep against real_lines.jsonl and every gen_real_lines_*.py: no hits). Whole consecutive
# runs of a pasted Events block were taken where the thread shows one, noise (Created, SuccessfulMountVolume)
# included; a block's last row is left out where the stored copy of the thread cuts it (loki#11893's last
# Unhealthy row, node-problem-detector#107's last Started row, datadog-agent#1697's Created row,
# node-problem-detector#550's third sample line).
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own; leading spaces are the rows' own; the tab characters inside
# node-problem-detector#107's rows are the rows' own tabs), with the source's URL, and each was seen twice
# (two different searches of the thread). Node-level lines are never attributed to a pod. Expected fields
# are what an SRE reads in the line itself, not podpulse's output.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

LK11893 = "https://github.com/grafana/loki/issues/11893"
LK570 = "https://github.com/grafana/loki/issues/570"
LK12566 = "https://github.com/grafana/loki/issues/12566"
NPD107 = "https://github.com/kubernetes/node-problem-detector/issues/107"
NPD550 = "https://github.com/kubernetes/node-problem-detector/pull/550"
DD1697 = "https://github.com/DataDog/datadog-agent/issues/1697"
KSM372 = "https://github.com/kubernetes/kube-state-metrics/issues/372"
FB3905 = "https://github.com/fluent/fluent-bit/issues/3905"
FB4035 = "https://github.com/fluent/fluent-bit/issues/4035"


def HUNT_H53(C):
    return [
C(LK11893, r'''  Normal   Pulled     2m9s                kubelet            Container image "grafana/loki:2.6.1" already present on machine''',
  None, None, None, None, 'Pulled',
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: image already present on the node, a Pulled event; the row names no pod or container", kubelet='~1.28', fmt='event', cls='pull'),
C(LK11893, r'''  Normal   Killing    63s                 kubelet            Container loki definition changed, will be restarted''',
  None, None, None, 'loki', 'Killing',
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: the kubelet kills container loki because its spec changed (image edit); names the container", kubelet='~1.28', fmt='event', cls='kill'),
C(LK11893, r'''  Normal   Pulling    61s                 kubelet            Pulling image "grafana/loki:2.9.3"''',
  None, None, None, None, 'Pulling',
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: pulling the new image", kubelet='~1.28', fmt='event', cls='pull'),
C(LK11893, r'''  Warning  Unhealthy  59s                 kubelet            Liveness probe failed: Get "http://10.124.1.121:3100/ready": dial tcp 10.124.1.121:3100: connect: connection refused''',
  None, None, None, None, 'LivenessProbeFailed',
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: HTTP liveness probe refused while Loki restarts", kubelet='~1.28', fmt='event', cls='probe'),
C(LK11893, r'''  Warning  Unhealthy  59s                 kubelet            Readiness probe failed: Get "http://10.124.1.121:3100/ready": dial tcp 10.124.1.121:3100: connect: connection refused''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: HTTP readiness probe refused", kubelet='~1.28', fmt='event', cls='probe'),
C(LK11893, r'''  Normal   Pulled     57s                 kubelet            Successfully pulled image "grafana/loki:2.9.3" in 4.605171397s (4.605252074s including waiting)''',
  None, None, None, None, 'Pulled',
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: the pull succeeded", kubelet='~1.28', fmt='event', cls='pull'),
C(LK11893, r'''  Normal   Created    56s (x2 over 2m9s)  kubelet            Created container loki''',
  None, None, None, 'loki', None,
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: Created (no reason in the table); names the container", kubelet='~1.28', fmt='event', cls='noise'),
C(LK11893, r'''  Normal   Started    56s (x2 over 2m8s)  kubelet            Started container loki''',
  None, None, None, 'loki', 'Started',
  note="kubectl describe pod loki-0 | tail (comment of Mar 2024, loki 2.6.1 -> 2.9.3 image swap); the 'Successfully pulled ... (... including waiting)' wording is 1.28+: container loki started", kubelet='~1.28', fmt='event', cls='start'),
C(NPD107, r'''  28m		28m		1	{kubelet 10.8.65.157}						Normal		SuccessfulMountVolume	MountVolume.SetUp succeeded for volume "kubernetes.io/host-path/5203c2d8-1b73-11e7-8754-46c88707ea0b-log" (spec.Name: "log") pod "5203c2d8-1b73-11e7-8754-46c88707ea0b" (UID: "5203c2d8-1b73-11e7-8754-46c88707ea0b").''',
  None, None, '5203c2d8-1b73-11e7-8754-46c88707ea0b', None, None,
  note='kubectl describe of the node-problem-detector pod, tab-separated (Apr 2017; the title says Kubernetes 1.5.3): a host-path volume mounted; the row\'s pod "..." is the pod uid, so only the uid is named; noise', kubelet='1.5', fmt='event', cls='mount-ok'),
C(NPD107, r'''  28m		28m		1	{kubelet 10.8.65.157}						Normal		SuccessfulMountVolume	MountVolume.SetUp succeeded for volume "kubernetes.io/host-path/5203c2d8-1b73-11e7-8754-46c88707ea0b-localtime" (spec.Name: "localtime") pod "5203c2d8-1b73-11e7-8754-46c88707ea0b" (UID: "5203c2d8-1b73-11e7-8754-46c88707ea0b").''',
  None, None, '5203c2d8-1b73-11e7-8754-46c88707ea0b', None, None,
  note='kubectl describe of the node-problem-detector pod, tab-separated (Apr 2017; the title says Kubernetes 1.5.3): a second host-path volume mounted; uid only; noise', kubelet='1.5', fmt='event', cls='mount-ok'),
C(NPD107, r'''  28m		28m		1	{kubelet 10.8.65.157}	spec.containers{node-problem-detector}	Normal		Created			Created container with docker id e65759efc680; Security:[seccomp=unconfined]''',
  None, None, None, 'node-problem-detector', None,
  note='kubectl describe of the node-problem-detector pod, tab-separated (Apr 2017; the title says Kubernetes 1.5.3): docker-era Created row; names the container through spec.containers{...}; no reason', kubelet='1.5', fmt='event', cls='noise'),
C(NPD107, r'''  28m		28m		1	{kubelet 10.8.65.157}	spec.containers{node-problem-detector}	Normal		Started			Started container with docker id e65759efc680''',
  None, None, None, 'node-problem-detector', 'Started',
  note='kubectl describe of the node-problem-detector pod, tab-separated (Apr 2017; the title says Kubernetes 1.5.3): docker-era Started row ("Started container with docker id")', kubelet='1.5', fmt='event', cls='start'),
C(NPD107, r'''  28m		28m		1	{kubelet 10.8.65.157}	spec.containers{node-problem-detector}	Normal		Created			Created container with docker id a7e78dfbe63a; Security:[seccomp=unconfined]''',
  None, None, None, 'node-problem-detector', None,
  note='kubectl describe of the node-problem-detector pod, tab-separated (Apr 2017; the title says Kubernetes 1.5.3): the container created again (it keeps restarting); no reason', kubelet='1.5', fmt='event', cls='noise'),
C(DD1697, r'''  Normal   SuccessfulMountVolume  6m                kubelet, ip-172-20-62-47.us-east-2.compute.internal  MountVolume.SetUp succeeded for volume "dockersocket"''',
  None, None, None, None, None,
  note="kubectl describe of a datadog-agent DaemonSet pod with stable/datadog chart (comment of Jun 2018, agent 6.2.1 on AWS); the 'kubelet, <node>' source and SuccessfulMountVolume rows put the kubelet at about 1.9: volume mounted; noise", kubelet='~1.9', fmt='event', cls='mount-ok'),
C(DD1697, r'''  Normal   SuccessfulMountVolume  6m                kubelet, ip-172-20-62-47.us-east-2.compute.internal  MountVolume.SetUp succeeded for volume "procdir"''',
  None, None, None, None, None,
  note="kubectl describe of a datadog-agent DaemonSet pod with stable/datadog chart (comment of Jun 2018, agent 6.2.1 on AWS); the 'kubelet, <node>' source and SuccessfulMountVolume rows put the kubelet at about 1.9: volume mounted; noise", kubelet='~1.9', fmt='event', cls='mount-ok'),
C(DD1697, r'''  Normal   SuccessfulMountVolume  6m                kubelet, ip-172-20-62-47.us-east-2.compute.internal  MountVolume.SetUp succeeded for volume "cgroups"''',
  None, None, None, None, None,
  note="kubectl describe of a datadog-agent DaemonSet pod with stable/datadog chart (comment of Jun 2018, agent 6.2.1 on AWS); the 'kubelet, <node>' source and SuccessfulMountVolume rows put the kubelet at about 1.9: volume mounted; noise", kubelet='~1.9', fmt='event', cls='mount-ok'),
C(DD1697, r'''  Normal   SuccessfulMountVolume  6m                kubelet, ip-172-20-62-47.us-east-2.compute.internal  MountVolume.SetUp succeeded for volume "datadog-datadog-token-fscvg"''',
  None, None, None, None, None,
  note="kubectl describe of a datadog-agent DaemonSet pod with stable/datadog chart (comment of Jun 2018, agent 6.2.1 on AWS); the 'kubelet, <node>' source and SuccessfulMountVolume rows put the kubelet at about 1.9: service-account token volume mounted; noise", kubelet='~1.9', fmt='event', cls='mount-ok'),
C(DD1697, r'''  Normal   Started                5m (x3 over 6m)   kubelet, ip-172-20-62-47.us-east-2.compute.internal  Started container''',
  None, None, None, None, 'Started',
  note="kubectl describe of a datadog-agent DaemonSet pod with stable/datadog chart (comment of Jun 2018, agent 6.2.1 on AWS); the 'kubelet, <node>' source and SuccessfulMountVolume rows put the kubelet at about 1.9: pre-1.14 'Started container' with no container name", kubelet='~1.9', fmt='event', cls='start'),
C(DD1697, r'''  Normal   Pulled                 5m (x4 over 6m)   kubelet, ip-172-20-62-47.us-east-2.compute.internal  Container image "datadog/agent:6.2.1" already present on machine''',
  None, None, None, None, 'Pulled',
  note="kubectl describe of a datadog-agent DaemonSet pod with stable/datadog chart (comment of Jun 2018, agent 6.2.1 on AWS); the 'kubelet, <node>' source and SuccessfulMountVolume rows put the kubelet at about 1.9: image already present", kubelet='~1.9', fmt='event', cls='pull'),
C(KSM372, r'''  Warning  Unhealthy  3m (x338 over 2h)     kubelet, <poolname>-9eab464a-krc0  Readiness probe failed: Get http://10.4.5.49:8080/healthz: net/http: request canceled (Client.Timeout exceeded while awaiting headers)''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="kube-state-metrics 1.2.0 pod on GKE, Kubernetes 1.9 stated (Feb 2018): readiness probe timing out on /healthz; the node name is the reporter's placeholder", kubelet='1.9', fmt='event', cls='probe'),
C(LK570, r'''  Warning  FailedMount  3s (x45 over 100m)  kubelet, gke-crawlers-pool-1-2005c642-8ks9  Unable to mount volumes for pod "loki-d694cfc6-ccfvf_loki(e44ce3e3-7326-11e9-a5cf-42010a8e0212)": timeout expired waiting for volumes to attach or mount for pod "loki"/"loki-d694cfc6-ccfvf". list of unmounted volumes=[storage]. list of unattached volumes=[config storage loki-token-dpkvn]''',
  'loki', 'loki-d694cfc6-ccfvf', 'e44ce3e3-7326-11e9-a5cf-42010a8e0212', None, 'FailedMount',
  note='describe of the Loki pod stuck in ContainerCreating after a helm upgrade (May 2019, GKE): the PVC is still held by the old pod; \'Unable to mount volumes for pod "name_ns(uid)"\' names the pod; no version stated, the date and GKE put the kubelet at about 1.12', kubelet='~1.12', fmt='event', cls='mount'),
C(FB3905, r'''Aug  3 21:37:09 ip-XXX-XXX-XXX-XXX kubelet[10587]: I0803 21:37:09.886901   10587 kuberuntime_manager.go:425] No sandbox for pod "fluent-bit-fmfxr_logging(f60ef10c-21f7-4d5b-90df-7265f4859f1c)" can be found. Need to start a new one''',
  'logging', 'fluent-bit-fmfxr', 'f60ef10c-21f7-4d5b-90df-7265f4859f1c', None, None,
  note="kubelet syslog line quoted by a commenter (Aug 2021) while fluent-bit 1.8.3 crashed with exit code 136: the kubelet starts a new sandbox for the restarted pod, routine (noise); the thread's report is on Kubernetes 1.19.12", kubelet='~1.19', fmt='klog', cls='noise'),
C(FB4035, r'''Warning  BackOff  64s (x709 over 160m)  kubelet, ip-172-26-73-3.eu-west-1.compute.internal  Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note="describe row of a fluent-bit 1.8.3 pod on EKS (Sep 2021) crash-looping with exit code 136; pasted without the leading spaces; 'kubelet, <node>' source: kubelet 1.19 or older", kubelet='~1.19', fmt='event', cls='crashloop'),
C(LK12566, r'''Warning Unhealthy 35m (x2 over 35m) kubelet Liveness probe failed: HTTP probe failed with statuscode: 503''',
  None, None, None, None, 'LivenessProbeFailed',
  note='loki-stack 2.10.2 pod loki-0 (Apr 2024): the describe row pasted with its columns collapsed to single spaces; no version stated', kubelet='~1.28', fmt='event', cls='probe'),
C(LK12566, r'''Warning Unhealthy 35m (x2 over 35m) kubelet Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='same thread, readiness row, single-spaced', kubelet='~1.28', fmt='event', cls='probe'),
C(NPD550, r'''time="2021-04-28T00:01:18.901493400Z" level=error msg="CreateContainer within sandbox \"ce6f3a2bc2a13b86be77417271d4f5b72210418eb2277fd9bc27622cfbe34012\" for &ContainerMetadata{Name:testimage,Attempt:0,} failed" error="failed to create containerd container: error unpacking image: wrong diff id calculated on extraction \"sha256:9bddaf2b9de37115dd4657ce3d726e3d794158da99e107fbeb15df4c1ecc648b\""''',
  None, None, None, 'testimage', 'CreateContainerError',
  note='sample containerd log line in the PR that adds the ContainerDContainerCreationFailed rule (Apr 2021, Windows containerd): creating container testimage failed on a corrupt image layer; the sandbox id names no pod', kubelet=None, fmt='containerd', cls='create'),
C(NPD550, r'''time="2021-04-28T00:14:50.181394800Z" level=error msg="PullImage \"gcr.io/jeremyje/chatterbox:head\" failed" error="failed to pull and unpack image \"gcr.io/jeremyje/chatterbox:head\": failed to extract layer sha256:cecc319109e39102773e8154e23ac2c672402c9e4c7e1a801a62208ddf9407c4: archive/tar: invalid tar header: unknown"''',
  None, None, None, None, 'ErrImagePull',
  note='sample containerd line from the same PR (CorruptContainerImageLayer rule): PullImage of gcr.io/jeremyje/chatterbox:head failed on an invalid tar header; no pod named', kubelet=None, fmt='containerd', cls='pull'),
    ]
