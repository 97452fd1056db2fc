# Hunt 93: a held-out set of real lines for issue 13 item 4 (pod+reason on lines the team has not
# seen), from GitHub threads of observability agents deployed as DaemonSets (Datadog, Dynatrace,
# OpenTelemetry, node-exporter, fluentd-based log shippers) that the table did not cite before:
# fabric8io/gofabric8 #281 (fluentd DaemonSet), logzio/logzio-k8s #19 (fluentd DaemonSet),
# DataDog/dd-agent #3734, prometheus-operator/prometheus-operator #1071 (node-exporter),
# DataDog/helm-charts #774, #225, #421, #182, DataDog/datadog-operator #2719,
# open-telemetry/opentelemetry-go-instrumentation #1236, DataDog/opentelemetry-examples #353,
# open-telemetry/opentelemetry-operator #2791, Dynatrace/dynatrace-operator #4380, #3490.
# These threads paste pod Events (kubectl describe rows, or the bare event message), not kubelet
# journal lines: no thread of these repositories that the search reached showed a whole, uncut kubelet
# journal line (DataDog/datadog-agent #13436 shows one, but the excerpt cuts it, so it was left out).
# Whole runs of consecutive rows where the source shows them, noise included. Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings; leading
# spaces and markdown marks such as '**' are the paste's own; a row cut by the search excerpt was left
# out), with the source's URL, and each was seen twice (two different searches that showed the same
# passage). Expected fields are an SRE's reading of the line itself, not podpulse's output: a kubectl
# describe row names no pod unless its message does; spec.containers{X} or 'container X' names the
# container. Node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

GH = "https://github.com/"
F8 = GH + "fabric8io/gofabric8/issues/281"
LZ = GH + "logzio/logzio-k8s/issues/19"
DDA = GH + "DataDog/dd-agent/issues/3734"
PO = GH + "prometheus-operator/prometheus-operator/issues/1071"
DHC = GH + "DataDog/helm-charts/"
DOP = GH + "DataDog/datadog-operator/pull/2719"
OGI = GH + "open-telemetry/opentelemetry-go-instrumentation/issues/1236"
DOE = GH + "DataDog/opentelemetry-examples/pull/353"
OOP = GH + "open-telemetry/opentelemetry-operator/issues/2791"
DYN = GH + "Dynatrace/dynatrace-operator/issues/"


def HUNT_H93(C):
    return [
# ---------------------------------------------------------------- fluentd DaemonSet on GKE, docker era (gofabric8 #281)
C(F8, r'''  6m            6m              1       {kubelet gke-forge-paas-default-pool-2f6c1994-iu1d}     spec.containers{fluentd}        Normal          Created         Created container with docker id 25527ff66e48; Security:[seccomp=unconfined]''',
  None, None, None, 'fluentd', None,
  note="kubectl describe event row (old column layout) of a fluentd DaemonSet pod on GKE: the container was created, noise. 'Security:[seccomp=unconfined]' in the Created message is the dockertools era (kubelet about 1.3-1.5)", kubelet='~1.4', fmt='event', cls='noise'),
C(F8, r'''  6m            6m              1       {kubelet gke-forge-paas-default-pool-2f6c1994-iu1d}     spec.containers{fluentd}        Warning         Failed          Failed to start container with docker id 25527ff66e48 with error: Error response from daemon: mkdir /mnt/sda1: read-only file system''',
  None, None, None, 'fluentd', 'RunContainerError',
  note='the next row: docker could not start the container, a hostPath source could not be created on the read-only root of COS', kubelet='~1.4', fmt='event', cls='start'),
C(F8, r'''  6m            6m              1       {kubelet gke-forge-paas-default-pool-2f6c1994-iu1d}                                     Warning         FailedSync      Error syncing pod, skipping: failed to "StartContainer" for "fluentd" with RunContainerError: "runContainer: Error response from daemon: mkdir /mnt/sda1: read-only file system"''',
  None, None, None, 'fluentd', 'RunContainerError',
  note='the FailedSync row that carries the same cause: StartContainer for "fluentd" failed with RunContainerError (the specific reason wins over the generic sync failure, as in the table)', kubelet='~1.4', fmt='event', cls='start'),
C(F8, r'''  6m    6m      1       {kubelet gke-forge-paas-default-pool-2f6c1994-iu1d}     spec.containers{fluentd}        Warning Failed          Failed to start container with docker id 9d0e71280a08 with error: Error response from daemon: mkdir /mnt/ephemeral: read-only file system''',
  None, None, None, 'fluentd', 'RunContainerError',
  note='second paste block of the same thread: another hostPath (/mnt/ephemeral) on the read-only root', kubelet='~1.4', fmt='event', cls='start'),
C(F8, r'''  6m    6m      1       {kubelet gke-forge-paas-default-pool-2f6c1994-iu1d}     spec.containers{fluentd}        Normal  Created         Created container with docker id 9d0e71280a08; Security:[seccomp=unconfined]''',
  None, None, None, 'fluentd', None,
  note='the next row: the container was created, noise', kubelet='~1.4', fmt='event', cls='noise'),
# ---------------------------------------------------------------- fluentd-logzio DaemonSet crash loop (logzio-k8s #19): the whole Events block
C(LZ, r'''  Normal   Scheduled  4m14s                  default-scheduler     Successfully assigned kube-system/fluentd-logzio-tnm6x to pool-1-x7q3''',
  'kube-system', 'fluentd-logzio-tnm6x', None, None, None,
  note="kubectl describe Events of a fluentd-logzio DaemonSet pod (Jun 2019): the scheduler's assignment, noise. 'kubelet, <node>' in the From column and 'Pulling image' put the kubelet at 1.14-1.19", kubelet='~1.14', fmt='event', cls='noise'),
C(LZ, r'''  Normal   Pulled     3m21s (x4 over 4m11s)  kubelet, pool-1-x7q3  Successfully pulled image "logzio/logzio-k8s:latest"''',
  None, None, None, None, 'Pulled',
  note='the image was pulled (the row names no container)', kubelet='~1.14', fmt='event', cls='pull'),
C(LZ, r'''  Normal   Created    3m21s (x4 over 4m11s)  kubelet, pool-1-x7q3  Created container fluentd''',
  None, None, None, 'fluentd', None,
  note='container created, noise', kubelet='~1.14', fmt='event', cls='noise'),
C(LZ, r'''  Normal   Started    3m21s (x4 over 4m11s)  kubelet, pool-1-x7q3  Started container fluentd''',
  None, None, None, 'fluentd', 'Started',
  note='container started (x4: it keeps exiting)', kubelet='~1.14', fmt='event', cls='start'),
C(LZ, r'''  Warning  BackOff    2m44s (x8 over 4m7s)   kubelet, pool-1-x7q3  Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note='the crash-loop back-off row; the message of this era names no container', kubelet='~1.14', fmt='event', cls='crash'),
C(LZ, r'''  Normal   Pulling    2m33s (x5 over 4m13s)  kubelet, pool-1-x7q3  Pulling image "logzio/logzio-k8s:latest"''',
  None, None, None, None, 'Pulling',
  note='pulling the :latest image again before each restart', kubelet='~1.14', fmt='event', cls='pull'),
# ---------------------------------------------------------------- dd-agent DaemonSet on GKE 1.9.5 (dd-agent #3734)
C(DDA, r'''Normal   Created              7m (x3 over 8m)   kubelet  Created container''',
  None, None, None, None, None,
  note='kubectl describe row pasted without its leading spaces (May 2018, GKE, Kubernetes 1.9.5): created, noise', kubelet='1.9', fmt='event', cls='noise'),
C(DDA, r'''Warning  Failed               7m (x3 over 8m)   kubelet  Error: failed to start container "dd-agent": Error response from daemon: error while creating mount source path '/opt/datadog-agent/run': mkdir /opt/datadog-agent: read-only file system''',
  None, None, None, 'dd-agent', 'RunContainerError',
  note="the next row: docker could not create the hostPath source /opt/datadog-agent/run on COS's read-only root, so the container did not start", kubelet='1.9', fmt='event', cls='start'),
# ---------------------------------------------------------------- node-exporter (prometheus-operator #1071)
C(PO, r'''       Error: failed to start container "node-exporter": Error response from daemon: linux mounts: Path /proc is mounted on /proc but it is not a shared or slave mount''',
  None, None, None, 'node-exporter', 'RunContainerError',
  note="the event message pasted (indented) as 'Node-exporter Logs' (Mar 2018, hyperkube in dind, Kubernetes 1.9.1): docker refused the container because /proc's mount propagation is private", kubelet='1.9', fmt='event', cls='start'),
# ---------------------------------------------------------------- Datadog system-probe container creation (DataDog/helm-charts, datadog-operator)
C(DHC + "pull/774", r'''Warning  Failed     11m                 kubelet            Error: failed to create containerd container: cannot load seccomp profile "/var/lib/kubelet/seccomp/localhost/system-probe": open /var/lib/kubelet/seccomp/localhost/system-probe: no such file or directory''',
  None, None, None, None, 'CreateContainerError',
  note="PR description (Oct 2022): the system-probe container stays in CreateContainerError because containerd cannot load the seccomp profile; the row names the profile's file, not the container. Kube 1.19+ per the PR, version not stated", fmt='event', cls='create'),
C(DHC + "issues/225", r'''  Warning  Failed     11m (x4 over 11m)   kubelet            Error: failed to generate security options for container "system-probe": failed to generate seccomp security options for container: invalid character '#' looking for beginning of value''',
  None, None, None, 'system-probe', 'CreateContainerError',
  note="Apr 2021, chart 2.11.4: the seccomp profile JSON held a comment, so the container could not be created (CreateContainerError per the reporter); version not stated", fmt='event', cls='create'),
C(DOP, r'''  Warning  Failed     8s (x8 over 50s)   kubelet            Error: container create failed: setresuid to `0`: Operation not permitted''',
  None, None, None, None, 'CreateContainerError',
  note="PR description (Mar 2026, latest OpenShift, CRI-O): the node agent's system-probe container stays in CreateContainerError; CRI-O's 'container create failed' wording. The same row is in DataDog/helm-charts#2442", fmt='event', cls='create'),
# ---------------------------------------------------------------- Datadog probe events as a Datadog monitor shows them (helm-charts #421)
C(DHC + "issues/421", r'''1 Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 500''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="EKS, Kubernetes 1.21 (Oct 2021): a Datadog event-monitor alert lists the kubelet's Unhealthy events of the cluster agent as '<count> <reason>: <message>'", kubelet='1.21', fmt='event', cls='probe'),
C(DHC + "issues/421", r'''1 Unhealthy: Liveness probe failed: HTTP probe failed with statuscode: 500''',
  None, None, None, None, 'LivenessProbeFailed',
  note='the next line of the same alert: the liveness probe failed with HTTP 500', kubelet='1.21', fmt='event', cls='probe'),
# ---------------------------------------------------------------- Datadog agent on GKE Autopilot (helm-charts #182): the first rows of the Events block
C(DHC + "issues/182", r'''  Normal   Scheduled  9m32s                   gke.io/optimize-utilization-scheduler  Successfully assigned datadog/datadog-cjqql to gk3-qbel1-ciam-gke-nap-9ldyq8fa-94efd17a-7mcf''',
  'datadog', 'datadog-cjqql', None, None, None,
  note="Sep 2021, GKE Autopilot: the Autopilot scheduler assigned the agent pod, noise; the row after the next is cut by the excerpt and left out", fmt='event', cls='noise'),
C(DHC + "issues/182", r'''  Normal   Pulling    9m29s                   kubelet                                Pulling image "gcr.io/datadoghq/agent:7.30.0"''',
  None, None, None, None, 'Pulling',
  note='the next row: pulling the agent image', fmt='event', cls='pull'),
# ---------------------------------------------------------------- OpenTelemetry Go auto-instrumentation sidecar crash loop (opentelemetry-go-instrumentation #1236): the whole Events block
C(OGI, r'''Normal   Scheduled  13m                   default-scheduler  Successfully assigned luban/openapi-86c5f46479-26lhw to gms-3''',
  'luban', 'openapi-86c5f46479-26lhw', None, None, None,
  note='kubectl describe Events (Nov 2024), first row pasted without its leading spaces: scheduled, noise', fmt='event', cls='noise'),
C(OGI, r'''  Normal   Pulled     13m                   kubelet            Container image "xxxxxx/openapi:v1.4.4" already present on machine''',
  None, None, None, None, 'Pulled',
  note='image already present (registry redacted by the reporter)', fmt='event', cls='pull'),
C(OGI, r'''  Normal   Created    13m                   kubelet            Created container openapi''',
  None, None, None, 'openapi', None,
  note='created, noise', fmt='event', cls='noise'),
C(OGI, r'''  Normal   Started    13m                   kubelet            Started container openapi''',
  None, None, None, 'openapi', 'Started',
  note='the application container started', fmt='event', cls='start'),
C(OGI, r'''  Normal   Pulled     12m (x5 over 13m)     kubelet            Container image "xxxxxx/autoinstrumentation-go:v0.16.0-alpha" already present on machine''',
  None, None, None, None, 'Pulled',
  note="the injected instrumentation sidecar's image, present", fmt='event', cls='pull'),
C(OGI, r'''  Normal   Created    12m (x5 over 13m)     kubelet            Created container opentelemetry-auto-instrumentation''',
  None, None, None, 'opentelemetry-auto-instrumentation', None,
  note='created, noise', fmt='event', cls='noise'),
C(OGI, r'''  Normal   Started    12m (x5 over 13m)     kubelet            Started container opentelemetry-auto-instrumentation''',
  None, None, None, 'opentelemetry-auto-instrumentation', 'Started',
  note='the sidecar started (x5: it keeps exiting)', fmt='event', cls='start'),
C(OGI, r'''  Warning  BackOff    3m44s (x46 over 13m)  kubelet            Back-off restarting failed container opentelemetry-auto-instrumentation in pod openapi-86c5f46479-26lhw_luban(be4c2d6b-723c-4263-a6b0-2fc09812e9d5)''',
  'luban', 'openapi-86c5f46479-26lhw', 'be4c2d6b-723c-4263-a6b0-2fc09812e9d5', 'opentelemetry-auto-instrumentation', 'CrashLoopBackOff',
  note="the back-off row in the newer form that names the container (1.26+) and the pod as name_namespace(uid); version not stated, about 1.28-1.31 from the date (Nov 2024)", kubelet='~1.28', fmt='event', cls='crash'),
# ---------------------------------------------------------------- OpenTelemetry operator auto-instrumentation init containers
C(DOE, r'''Warning  Failed   9s (x3 over 57s)   kubelet  spec.initContainers{opentelemetry-auto-instrumentation-dotnet}: Error: ImagePullBackOff''',
  None, None, None, 'opentelemetry-auto-instrumentation-dotnet', 'ImagePullBackOff',
  note="PR comment (Sep 2026, Rancher Desktop): a newer kubectl prefixes the message with the event's field path, here the injected init container; the image (a private ghcr.io image) is in back-off", fmt='event', cls='pull'),
C(OOP, r'''Failed to pull image "ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-dotnet:1.2.0": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-dotnet:1.2.0": no match for platform in manifest: not found''',
  None, None, None, None, 'ErrImagePull',
  note="issue description (Mar 2024): the bare Failed event message of the operator's .NET init container on a node whose platform the image lacks (containerd's NotFound)", fmt='event', cls='pull'),
# ---------------------------------------------------------------- Dynatrace CSI driver volume (dynatrace-operator)
C(DYN + "4380", r'''MountVolume.SetUp failed for volume "oneagent-bin" : kubernetes.io/csi: mounter.SetUpAt failed to get CSI client: driver name csi.oneagent.dynatrace.com not found in the list of registered CSI drivers''',
  None, None, None, None, 'FailedMount',
  note="issue description (Jan 2025, IBM Cloud Kubernetes upgraded to 1.30.9, operator 1.4.0): the bare FailedMount message; the Dynatrace CSI driver was not registered on the node, so calico-node's injected oneagent-bin volume could not be set up", kubelet='1.30', fmt='event', cls='volume'),
C(DYN + "3490", r'''**Error** :-   Warning  FailedMount  109s (x38 over 62m)  kubelet  MountVolume.SetUp failed for volume "oneagent-bin" : kubernetes.io/csi: mounter.SetUpAt failed to get CSI client: driver name **csi.oneagent.dynatrace.com** not found in the list of registered CSI drivers''',
  None, None, None, None, 'FailedMount',
  note="issue description (Jul 2024): the describe row pasted inline after '**Error** :-' with the driver name in markdown bold, as the raw text shows it", fmt='event', cls='volume'),
    ]
