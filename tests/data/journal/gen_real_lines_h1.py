# Hunt h1: StartupProbeFailed and SysctlForbidden (issue 13 item 3: at least 10 real lines and a
# look-alike trap for every reason). Same rules as gen_real_lines_rare.py: each line is copied
# exactly as its public source shows it (raw strings: backslashes are the line's own; leading blanks
# of `kubectl describe` event rows are the source's own), with the source's URL (or repository,
# commit and path, for a file). Public kubelet journal lines for these two reasons are rare: most of
# what the public sources show is the kubelet's own Event as `kubectl describe` / `kubectl get`
# prints it (fmt="event"), or the STATUS column of `kubectl get pods` (fmt="other"); the notes say so.
# Imported by gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
SIGITP = "https://github.com/sigitp-git/ubuntu-mlnx-dpdk/blob/0b6bf9d4450790a0742a43ba96eb2f59050dbb1d/-dpdk-testpmd-setup-notes.md"
OSM = "https://github.com/openservicemesh/osm/blob/1dbab2acc37387c3cc76286b13a86dfc39337b39/docs/content/docs/application_health_probes.md"
OLM = "https://github.com/operator-framework/operator-lifecycle-manager/issues/3269"
CLAW = "https://github.com/paperclipinc/openclaw-operator/issues/344"
OSDOCS = "https://github.com/openshift/openshift-docs/pull/45888"


def HUNT_H1(C):
    return [
# ---------------------------------------------------------------- StartupProbeFailed: the kubelet's journal
C(SIGITP, r'''Jan 10 19:11:22 ip-10-0-48-74.ec2.internal kubelet[3535357]: I0110 19:11:22.496383 3535357 kubelet.go:2545] "SyncLoop (probe)" probe="startup" status="unhealthy" pod="prometheus/prometheus-for-amp-server-0"''',
  "prometheus", "prometheus-for-amp-server-0", None, None, "StartupProbeFailed", kubelet="1.30", fmt="klog-s", cls="probe",
  note="EKS node, Jan 2025; the same notes show 'Kubelet Version: v1.30.2-eks-1552ad0'; seconds after a kubelet restart"),
C(SIGITP, r'''Jan 10 19:11:22 ip-10-0-48-74.ec2.internal kubelet[3535357]: I0110 19:11:22.955166 3535357 kubelet.go:2545] "SyncLoop (probe)" probe="readiness" status="ready" pod="prometheus/prometheus-for-amp-server-0"''',
  "prometheus", "prometheus-for-amp-server-0", None, None, None, kubelet="1.30", fmt="klog-s", cls="probe-trap",
  trap_for=["StartupProbeFailed", "ReadinessProbeFailed"],
  note="look-alike: the same pod half a second later, readiness now 'ready': a SyncLoop (probe) line that is no failure"),
# ---------------------------------------------------------------- StartupProbeFailed: the kubelet's Unhealthy event (kubectl describe / get events)
C(OSM, r'''  Warning  Unhealthy  13s              kubelet            Startup probe failed: Get "http://10.244.0.23:15903/osm-startup-probe": dial tcp 10.244.0.23:15903: connect: connection refused''',
  None, None, None, None, "StartupProbeFailed", kubelet="~1.20", fmt="event", cls="probe",
  note="kubectl describe event row in OSM's docs (kind cluster, OSM v0.8.2 and envoy v1.17.2, spring 2021: release ~1.20); the row names no pod"),
C(OSM, r'''  Warning  Unhealthy  3s (x2 over 8s)  kubelet            Startup probe failed: HTTP probe failed with statuscode: 503''',
  None, None, None, None, "StartupProbeFailed", kubelet="~1.20", fmt="event", cls="probe"),
C(OSM, r'''  Normal   Killing    32s (x2 over 44s)  kubelet            Container bookstore-v1 failed liveness probe, will be restarted''',
  None, None, None, "bookstore-v1", "LivenessProbeFailed", kubelet="~1.20", fmt="event", cls="probe-trap",
  trap_for=["StartupProbeFailed"],
  note="look-alike: the kill that follows a failed probe, but the probe is the liveness one"),
C(OLM, r'''  Warning  Unhealthy  5m47s (x150 over 54m)  kubelet            Startup probe failed: timeout: failed to connect service ":50051" within 1s''',
  None, None, None, None, "StartupProbeFailed", fmt="event", cls="probe",
  note="kubectl describe of the operatorhubio catalog pod (registry-server), May 2024; the row itself names no pod"),
C("https://github.com/prometheus-operator/kube-prometheus/issues/1674", r'''  Warning  Unhealthy  3m47s (x1741 over 12h)  kubelet  Startup probe failed: HTTP probe failed with statuscode: 503''',
  None, None, None, None, "StartupProbeFailed", fmt="event", cls="probe",
  note="kubectl describe pod prometheus-k8s-0, Mar 2022; the row itself names no pod"),
C("https://github.com/NVIDIA/gpu-operator/issues/649", r'''Warning Unhealthy 2m6s (x41235 over 5d15h) kubelet Startup probe failed: No devices were found''',
  None, None, None, None, "StartupProbeFailed", kubelet="~1.27", fmt="event", cls="probe",
  note="single-spaced event row quoted by a maintainer, Jan 2024; OpenShift 4.14 (Kubernetes 1.27) on IBM Cloud; an exec probe (nvidia-smi)"),
C(K + "98780", r'''4m41s       Warning   Unhealthy           pod/mysqlpod-5957645967-fj95t    Startup probe failed: Warning: Using a password on the command line interface can be insecure.''',
  None, "mysqlpod-5957645967-fj95t", None, None, "StartupProbeFailed", kubelet="1.19", fmt="event", cls="probe",
  note="kubectl get events row (the report states K8s 1.19.4, minikube); the exec probe's output goes on over the next lines of the source"),
C(CLAW, r'''  Warning  Unhealthy  110s               kubelet            Startup probe failed: Get "http://10.42.0.181:9222/json/version": dial tcp 10.42.0.181:9222: connect: connection refused''',
  None, None, None, None, "StartupProbeFailed", fmt="event", cls="probe",
  note="kubectl describe event rows, Mar 2026 (k3s pod network 10.42/16); one pod, two containers' startup probes"),
C(CLAW, r'''  Warning  Unhealthy  93s                kubelet            Startup probe failed: Get "http://10.42.0.181:18790/healthz": read tcp 10.42.0.1:47222->10.42.0.181:18790: read: connection reset by peer''',
  None, None, None, None, "StartupProbeFailed", fmt="event", cls="probe"),
C(CLAW, r'''  Warning  Unhealthy  68s (x3 over 98s)  kubelet            Startup probe failed: Get "http://10.42.0.181:18790/healthz": EOF''',
  None, None, None, None, "StartupProbeFailed", fmt="event", cls="probe"),
# ---------------------------------------------------------------- SysctlForbidden: the kubelet's admission event
C("https://github.com/k3s-io/k3s/issues/2233", r'''  Warning  SysctlForbidden  113s       kubelet, oas2.casita.local.moewe-altonah.de  forbidden sysctl: "net.ipv6.conf.all.disable_ipv6" not whitelisted''',
  None, None, None, None, "SysctlForbidden", kubelet="~1.18", fmt="event", cls="sysctl",
  note="kubectl describe event row, k3s, Sep 2020 (k3s stable was v1.18 then; 'not whitelisted' predates the 1.22 'allowlisted' wording); From carries the node name"),
C("https://docs.syseleven.de/metakube/en/tutorials/confiugre-unsafe-sysctls", r'''  Warning  SysctlForbidden  2s    kubelet            forbidden sysctl: "net.ipv4.tcp_keepalive_time" not whitelisted''',
  None, None, None, None, "SysctlForbidden", fmt="event", cls="sysctl",
  note="kubectl describe pod/test event row in SysEleven MetaKube's docs (also in their docs repository); 'not whitelisted': a kubelet before 1.22"),
C(K + "94249", r'''forbidden sysctl: "net.core.somaxconn" not whitelisted''',
  None, None, None, None, "SysctlForbidden", fmt="event", cls="sysctl",
  note="the kubelet's rejection message as the reporter quotes it (the message alone, no event columns), Aug 2020"),
# the pods the kubelet rejected, as `kubectl get pods` shows them (STATUS is the rejection reason)
# ---------------------------------------------------------------- SysctlForbidden look-alikes: sysctl refusals that are not the kubelet's admission
C(OSDOCS, r'''W0715 11:51:08.706161   40971 warnings.go:70] would violate PodSecurity "restricted:latest": forbidden sysctls (net.core.somaxconn, kernel.msgmax)''',
  None, None, None, None, None, fmt="klog", cls="sysctl-trap", trap_for=["SysctlForbidden"],
  note="look-alike: kubectl's own klog warning about Pod Security admission ('forbidden sysctls'), Jul 2022; the pod was created, no kubelet rejected anything"),
C(OSDOCS, r'''W0616 20:41:43.345471 1397301 warnings.go:70] would violate PodSecurity "restricted:latest": forbidden sysctls (net.core.somaxconn, kernel.msgmax), allowPrivilegeEscalation != false (container "podexample" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "podexample" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "podexample" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "podexample" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")''',
  None, None, None, "podexample", None, fmt="klog", cls="sysctl-trap", trap_for=["SysctlForbidden"],
  note="look-alike: the same client-side Pod Security warning, Jun 2022; it names a container (of a pod that does not exist yet), and no reason"),
C("https://github.com/cortexlabs/cortex/issues/804", r'''Error creating: pods "api-sleep-64d4f9646d-" is forbidden: PodSecurityPolicy: unable to admit pod: [pod.spec.securityContext.sysctls[0]: Forbidden: unsafe sysctl "net.core.somaxconn" is not allowed]''',
  None, None, None, None, None, fmt="other", cls="sysctl-trap", trap_for=["SysctlForbidden"],
  note="look-alike: the API server's PodSecurityPolicy refusing the ReplicaSet's pod (k8s 1.19, Apr 2021); 'api-sleep-64d4f9646d-' is a generateName prefix, no pod exists"),
C("https://github.com/kata-containers/agent/issues/138", r'''Feb 06 13:40:21 kata-test kata-runtime-cc[22789]: time="2018-02-06T13:40:21Z" level=error msg="rpc error: code = Unknown desc = sysctl \"net.ipv4.ip_local_port_range\" is not allowed in the hosts network namespace" source=runtime''',
  None, None, None, None, None, fmt="other", cls="sysctl-trap", trap_for=["SysctlForbidden"],
  note="look-alike: the Kata runtime's own journal line for the same refusal; it names no pod"),
    ]
