# Hunt h6 of the real-lines table (issue 13 item 3: "A line that no public source shows is not
# real: make none up"): more InvalidImageName and SysctlForbidden lines. Same rules as
# gen_real_lines_more.py, gen_real_lines_rare.py, gen_real_lines_hunt.py and gen_real_lines_h1..h5:
# each line is copied exactly as its public source shows it (raw strings: backslashes are the
# line's own), with the source's URL (issue or pull request thread), and each was found twice by
# two different look-ups before it was added. No kubelet klog/journal line for either reason
# turned up in this round: these are the kubelet's event rows (kubectl describe / kubectl get
# events) and the kubelet's messages as reporters quote them. Imported by gen_real_lines.py; run
# that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KUBECF = "https://github.com/cloudfoundry-incubator/kubecf/issues/63"
TAIGA = "https://github.com/nemonik/taiga-helm/issues/7"


def HUNT_H6(C):
    return [
# ---------------------------------------------------------------- InvalidImageName: the kubelet's event rows
C(KUBECF, r'''  Warning  InspectFailed  10s (x3 over 24s)  kubelet, minikube  Failed to apply default image tag "/cloudfoundry/75f129a0-d8c9-415a-9a8a-f514002f1459:a28a05709747165a9c25c14f1b77d5c4db260d48": couldn't parse image reference "/cloudfoundry/75f129a0-d8c9-415a-9a8a-f514002f1459:a28a05709747165a9c25c14f1b77d5c4db260d48": invalid reference format''',
  None, None, None, None, "InvalidImageName",
  note="kubectl describe event row (Eirini app pod scf-eirini/12factor-demo-adcc188eef-0 on minikube, Oct 2019): the image reference starts with '/'. The row names no pod or container; 'kubelet, minikube' is a kubelet before 1.20",
  fmt="event", cls="image"),
C(KUBECF, r'''  Warning  Failed         10s (x3 over 24s)  kubelet, minikube  Error: InvalidImageName''',
  None, None, None, None, "InvalidImageName",
  note="the Failed event row that follows the InspectFailed row above (same pod)",
  fmt="event", cls="image"),
C("https://github.com/helm/charts/issues/14012", r'''  Warning  Failed          4m (x12 over 6m)   kubelet, gke-demo-ci-default-pool-62e9718a-z0x4  Error: InvalidImageName''',
  None, None, None, None, "InvalidImageName",
  note="kubectl describe event row on a GKE node, May 2019 (pod test/dotnet-dddb74c6d-9n48w; the image tag was a number that the chart rendered wrongly)",
  fmt="event", cls="image"),
C(TAIGA, r'''Warning  Failed         31m (x12 over 33m)     kubelet            Error: InvalidImageName''',
  None, None, None, None, "InvalidImageName",
  note="event row pasted by the reporter (Feb 2022; the first line of the code block, not indented in the report); 'From: kubelet' alone is a 1.20+ kubelet",
  fmt="event", cls="image"),
C(TAIGA, r'''  Warning  InspectFailed  3m21s (x141 over 33m)  kubelet            Failed to apply default image tag "taigaio/taiga-back: {{ .Chart.AppVersion }}": couldn't parse image reference "taigaio/taiga-back: {{ .Chart.AppVersion }}": invalid reference format''',
  None, None, None, None, "InvalidImageName",
  note="the InspectFailed row of the same report: an unrendered Helm template in the image field",
  fmt="event", cls="image"),
C("https://github.com/oracle/mysql-operator/pull/141", r'''  Warning  InspectFailed          4m (x186 over 44m)   kubelet, k8s-worker-ad2-0.k8sworkerad2.k8sbmcs.oraclevcn.com  Failed to apply default image tag "iad.ocir.io/oracle/mysql-agent:6f1a359354f18ec33406ba62e8915863da884f01:6f1a359354f18ec33406ba62e8915863da884f01": couldn't parse image reference "iad.ocir.io/oracle/mysql-agent:6f1a359354f18ec33406ba62e8915863da884f01:6f1a359354f18ec33406ba62e8915863da884f01": invalid reference format''',
  None, None, None, None, "InvalidImageName",
  note="event row in the PR description, Jun 2018 (OCI node): the chart appended the tag twice",
  fmt="event", cls="image"),
C("https://github.com/FootprintAI/Containarium/issues/1524", r'''Warning  InspectFailed  kubelet  Failed to apply default image tag "images:ubuntu/24.04": couldn't parse image name "images:ubuntu/24.04": invalid reference format''',
  None, None, None, None, "InvalidImageName",
  note="event row as the reporter pasted it (type, reason, from, message; no age column): an Incus image alias in a pod's image. 'couldn't parse image name' is the wording since kubernetes/kubernetes#116231 (1.28)",
  kubelet="~1.28", fmt="event", cls="image"),
C("https://github.com/scylladb/scylla-operator/issues/1441", r'''  Warning  Failed            13m (x10 over 14m)    kubelet            Error: InvalidImageName''',
  None, None, None, None, "InvalidImageName",
  note="kubectl describe event row, Oct 2023, minikube 1.31.2 with Kubernetes 1.27.4 (stated in the report); the init container's image was 'docker-pullable://scylladb/scylla-operator@sha256:…'",
  kubelet="1.27", fmt="event", cls="image"),
# ---------------------------------------------------------------- InvalidImageName: the kubelet's message as reporters quote it
C("https://github.com/MicrosoftDocs/mslearn-aks/issues/6", r'''Failed to apply default image tag "marketplace.azurecr.io/bitnami/git@<nil>": couldn't parse image reference "marketplace.azurecr.io/bitnami/git@<nil>": invalid reference format''',
  None, None, None, None, "InvalidImageName",
  note="the InspectFailed message alone (Sep 2022, AKS Learn exercise): a Helm chart rendered a nil digest",
  fmt="event", cls="image"),
C("https://github.com/scylladb/scylla-operator/issues/1669", r'''Failed to apply default image tag "e2db9873c2f758d1dbb6dd808dc821b56ee58fe5dd1105115f94477f9b281f41": couldn't parse image name "e2db9873c2f758d1dbb6dd808dc821b56ee58fe5dd1105115f94477f9b281f41": invalid repository name (e2db9873c2f758d1dbb6dd808dc821b56ee58fe5dd1105115f94477f9b281f41), cannot specify 64-byte hexadecimal strings''',
  None, None, None, None, "InvalidImageName",
  note="the message alone (Jan 2024; the report's inline code span, backticks not copied): the operator put its own image ID into the pod's image field. Kubernetes 'v1.25.11-dispatcher' per the report's kubectl version, but 'couldn't parse image name' is 1.28+ kubelet wording, so the version is left unset",
  fmt="event", cls="image"),
# ---------------------------------------------------------------- SysctlForbidden: the kubelet's admission event rows
C(K + "118702", r'''  Warning  SysctlForbidden  99s   kubelet            forbidden sysctl: "net.ipv4.ip_local_port_range" not allowed with host net enabled''',
  None, None, None, None, "SysctlForbidden",
  note="kubectl describe event row, Jun 2023 (pod default/sysctl-2, hostNetwork: true): the host-network refusal, a wording the table had not got",
  fmt="event", cls="sysctl"),
C("https://github.com/docker/for-win/issues/7323", r'''Warning  SysctlForbidden  52s        kubelet, docker-desktop  forbidden sysctl: "net.core.somaxconn" not whitelisted    ''',
  None, None, None, None, "SysctlForbidden",
  note="event row as the reporter pasted it (Jun 2020, Docker Desktop 2.3.0.3 for Windows), with the four trailing spaces the report shows; Docker Desktop 2.3.0.x ships Kubernetes 1.16",
  kubelet="~1.16", fmt="event", cls="sysctl"),
C("https://github.com/kubernetes/kubernetes/pull/115374", r'''forbidden sysctl: "net.ipv4.ip_local_reserved_ports" not allowed with host net enabled''',
  None, None, None, None, "SysctlForbidden",
  note="the message quoted in the PR description (Jan 2023, inline code span, backticks not copied)",
  fmt="event", cls="sysctl"),
C("https://github.com/nginx/kubernetes-ingress/issues/3714", r'''forbidden sysctl: "net.ipv4.ip_unprivileged_port_start" not allowed with host net enabled''',
  None, None, None, None, "SysctlForbidden",
  note="the message in the report's code block (Apr 2023): the NGINX Ingress chart's hostNetwork pods on MicroK8s, server v1.24.12 as stated",
  kubelet="1.24", fmt="event", cls="sysctl"),
C("https://github.com/aws/karpenter-provider-aws/issues/1279", r'''forbidden sysctl: "net.unix.max_dgram_qlen" not whitelisted''',
  None, None, None, None, "SysctlForbidden",
  note="the message in the report's code block (Feb 2022, EKS nodes launched by Karpenter); 'not whitelisted': a kubelet before 1.22",
  fmt="event", cls="sysctl"),
    ]
