# Hunt 96: a held-out set of real kubelet / runtime journal lines for issue 13 item 4 (pod+reason on lines
# the team has not seen), from GitHub threads opened in 2019-2021 (kubelet about 1.13-1.20) that the table
# did not cite before: kubernetes/website #26167, kubernetes/kubelet #22, containerd/containerd #4901,
# kubernetes/kubernetes #97810, scality/metalk8s #2259, zonca/jupyterhub-deploy-kubernetes-jetstream #32,
# canonical/microk8s #1025, k3s-io/k3s #3628, kiwigrid/helm-charts #233, rancher-archives/rke #2304.
# Whole runs of consecutive lines where the source shows them, noise included. Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings:
# backslashes are the line's own; a line cut at the reporter's terminal width is kept as the reporter
# pasted it, a line cut by the search excerpt was left out), with the source's URL, and each was seen
# twice (two different searches that showed the same passage). Expected fields are an SRE's reading of
# the line itself, not podpulse's output. Node-level lines are never attributed to a pod: ns, pod, uid
# and container are None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

WEB = "https://github.com/kubernetes/website/issues/26167"
KL22 = "https://github.com/kubernetes/kubelet/issues/22"
CD = "https://github.com/containerd/containerd/issues/4901"
K = "https://github.com/kubernetes/kubernetes/issues/"
MK = "https://github.com/scality/metalk8s/issues/2259"
JS = "https://github.com/zonca/jupyterhub-deploy-kubernetes-jetstream/issues/32"
MI = "https://github.com/canonical/microk8s/issues/1025"
K3 = "https://github.com/k3s-io/k3s/issues/3628"
KW = "https://github.com/kiwigrid/helm-charts/issues/233"
RKE = "https://github.com/rancher-archives/rke/issues/2304"


def HUNT_H96(C):
    return [
# ---------------------------------------------------------------- kubernetes/website#26167 (Jan 2021, kubeadm)
# A run from the description; the reporter's terminal cut every line at its width (the container ids and
# the pod names end early), the run's first line is cut at its start by the excerpt and left out.
C(WEB, r'''Jan 20 17:42:25 master-node kubelet[14525]: I0120 17:42:25.081707   14525 scope.go:95] [topologymanager] RemoveContainer - Container ID: e15ca1e2a8a4796c104dd''',
  None, None, None, None, None,
  note="kubeadm control plane crash-looping (description, Jan 2021): the topology manager forgets a removed container; routine, names no pod. scope.go:95 with pod_workers.go:191: kubelet 1.20", kubelet='~1.20', fmt='klog', cls='noise'),
C(WEB, r'''Jan 20 17:42:25 master-node kubelet[14525]: E0120 17:42:25.082703   14525 pod_workers.go:191] Error syncing pod 288564bab0ba9be5505a47b5c9fa6314 ("kube-contro''',
  None, None, '288564bab0ba9be5505a47b5c9fa6314', None, 'FailedSync',
  note="next line: the pod worker's sync failure for a static pod (its uid is the manifest hash); the terminal cut the line inside the pod's name ('kube-contro', the controller manager), so only the uid is readable and the cause is not shown: generic FailedSync", kubelet='~1.20', fmt='klog', cls='sync'),
C(WEB, r'''Jan 20 17:42:26 master-node kubelet[14525]: I0120 17:42:26.093277   14525 scope.go:95] [topologymanager] RemoveContainer - Container ID: 572bf5ae0f84b04399fa9''',
  None, None, None, None, None,
  note='next line: RemoveContainer, routine', kubelet='~1.20', fmt='klog', cls='noise'),
C(WEB, r'''Jan 20 17:42:26 master-node kubelet[14525]: E0120 17:42:26.093706   14525 pod_workers.go:191] Error syncing pod 44e814b7ba3263e17425ba9280ae932a ("kube-schedu''',
  None, None, '44e814b7ba3263e17425ba9280ae932a', None, 'FailedSync',
  note="next line: the same for the scheduler's static pod (name cut at 'kube-schedu'); uid only, cause not shown", kubelet='~1.20', fmt='klog', cls='sync'),
C(WEB, r'''Jan 20 17:42:26 master-node kubelet[14525]: I0120 17:42:26.101918   14525 scope.go:95] [topologymanager] RemoveContainer - Container ID: e15ca1e2a8a4796c104dd''',
  None, None, None, None, None,
  note='next line: RemoveContainer, routine', kubelet='~1.20', fmt='klog', cls='noise'),
C(WEB, r'''Jan 20 17:42:26 master-node kubelet[14525]: E0120 17:42:26.102502   14525 pod_workers.go:191] Error syncing pod 288564bab0ba9be5505a47b5c9fa6314 ("kube-contro''',
  None, None, '288564bab0ba9be5505a47b5c9fa6314', None, 'FailedSync',
  note='next line: the controller manager again (uid only, cut)', kubelet='~1.20', fmt='klog', cls='sync'),
C(WEB, r'''Jan 20 17:42:27 master-node kubelet[14525]: I0120 17:42:27.115376   14525 scope.go:95] [topologymanager] RemoveContainer - Container ID: 572bf5ae0f84b04399fa9''',
  None, None, None, None, None,
  note='next line: RemoveContainer, routine (the line after it is cut by the excerpt and left out)', kubelet='~1.20', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes/kubelet#22 (Dec 2020, 1.20.1 + CRI-O 1.20.0)
C(KL22, r'''Dec 28 07:24:46 node01 kubelet[6272]: I1228 07:24:46.150454    6272 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "host-local-net-dir" (UniqueName: "kubernetes.io/host-path/15ae4814-32a6-4b85-82f4-6d8b18940736-host-local-net-dir") pod "calico-node-2mnxp" (UID: "15ae4814-32a6-4b85-82f4-6d8b18940736")''',
  None, 'calico-node-2mnxp', '15ae4814-32a6-4b85-82f4-6d8b18940736', None, None,
  note="kubeadm 1.20.1 with CRI-O 1.20.0 (description): the volume reconciler starts verifying a host-path volume of calico-node-2mnxp; progress, no reason. The line names the pod and uid, not the namespace", kubelet='1.20', fmt='klog', cls='noise'),
C(KL22, r'''Dec 28 07:24:46 node01 kubelet[6272]: I1228 07:24:46.150466    6272 reconciler.go:224] operationExecutor.VerifyControllerAttachedVolume started for volume "var-run-calico" (UniqueName: "kubernetes.io/host-path/15ae4814-32a6-4b85-82f4-6d8b18940736-var-run-calico") pod "calico-node-2mnxp" (UID: "15ae4814-32a6-4b85-82f4-6d8b18940736")''',
  None, 'calico-node-2mnxp', '15ae4814-32a6-4b85-82f4-6d8b18940736', None, None,
  note='next line: the same for another host-path volume', kubelet='1.20', fmt='klog', cls='noise'),
C(KL22, r'''Dec 28 07:24:46 node01 kubelet[6272]: I1228 07:24:46.150471    6272 reconciler.go:157] Reconciler: start to sync state''',
  None, None, None, None, None,
  note='next line: the reconciler starts; routine', kubelet='1.20', fmt='klog', cls='noise'),
C(KL22, r'''Dec 28 07:24:47 node01 kubelet[6272]: I1228 07:24:47.041746    6272 request.go:655] Throttling request took 1.0778311s, request: GET:https://172.16.0.1:6443/api/v1/namespaces/kube-system/pods/etcd-node01''',
  None, None, None, None, None,
  note="next line: client-go's client-side throttling of one of the kubelet's own API calls; the URL is the static pod's mirror it fetched, but the line is about the kubelet's API client, not about etcd-node01, and no reason. (The next line, RunPodSandbox failed, is cut by the excerpt and left out.)", kubelet='1.20', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- containerd/containerd#4901 (Jan 2021, kubeadm v1.20.0 + containerd)
C(CD, r'''Jan  4 12:16:05 detox01-k8s-ci-test containerd[5040]: time="2021-01-04T12:16:05.716990009Z" level=info msg="RunPodsandbox for &PodSandboxMetadata{Name:kube-scheduler-detox01-k8s-ci-test,Uid:9be8cb4627e7e5ad4c3f8acabd4b49b3,Namespace:kube-system,Attempt:0,}"''',
  'kube-system', 'kube-scheduler-detox01-k8s-ci-test', '9be8cb4627e7e5ad4c3f8acabd4b49b3', None, None,
  note="containerd's CRI plugin starts the scheduler's sandbox (description; the failure with 'seccomp is not supported' follows in a later, cut line): the sandbox metadata names the pod, namespace and uid; the start of a sandbox is no reason. Kubernetes v1.20.0 stated", kubelet='1.20', fmt='containerd', cls='noise'),
# ---------------------------------------------------------------- kubernetes/kubernetes#97810 (Jan 2021, 1.19.3)
C(K + "97810", r'''Jan 07 18:35:53 vmcipind83wsfd2 kubelet[7593]: I0107 18:35:53.667179    7593 log.go:181] http: superfluous response.WriteHeader call from k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/server/httplog.(*respLogger).WriteHeader (httplog.go:217)''',
  None, None, None, None, None,
  note="'containers removed by the topology manager after 4 hours' (comment, Kubernetes 1.19.3 stated): the kubelet's HTTP server logs a superfluous WriteHeader; noise", kubelet='1.19', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- scality/metalk8s#2259 (Feb 2020)
C(MK, r'''feb 26 08:08:21 worker-3 kubelet[1500]: E0226 08:08:21.242021    1500 remote_runtime.go:105] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to generate seccomp spec opts: seccomp is not supported''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="MetalK8s worker (description, Feb 2020; the journal's lower-case month is the reporter's locale): containerd from EPEL built without seccomp cannot create the dashboard pod's sandbox; the line names no pod. MetalK8s 2.4/2.5 of early 2020 shipped Kubernetes 1.16/1.17", kubelet='~1.16', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- zonca/jupyterhub-deploy-kubernetes-jetstream#32 (Jun 2020, Magnum)
C(JS, r'''Jun 01 20:59:31 k8s-ptxgozv3pfpp-master-0.novalocal dockerd-current[1264]: time="2020-06-01T20:59:31.101424812Z" level=warning msg="failed to retrieve docker-init version: unknown output format: tini version 0.18.0\n"''',
  None, None, None, None, None,
  note="OpenStack Magnum master (description, Jun 2020): dockerd (Fedora Atomic's dockerd-current unit) cannot parse tini's version; the '\\n' is the line's own escape; noise", fmt='dockerd', cls='noise'),
C(JS, r'''Jun 01 20:59:31 k8s-ptxgozv3pfpp-master-0.novalocal dockerd-current[1264]: time="2020-06-01T20:59:31.415989532Z" level=error msg="Handler for GET /v1.26/containers/heat-container-agent/json returned error: No such container: heat-container-agent"''',
  None, None, None, None, None,
  note="next line: a client inspects a container that does not exist yet (Magnum's heat agent, not a pod); level=error but no pod and no reason", fmt='dockerd', cls='noise'),
C(JS, r'''Jun 01 20:59:31 k8s-ptxgozv3pfpp-master-0.novalocal dockerd-current[1264]: time="2020-06-01T20:59:31.416886600Z" level=error msg="Handler for GET /v1.26/containers/heat-container-agent/json returned error: No such container: heat-container-agent"''',
  None, None, None, None, None,
  note='next line: the same inspect again', fmt='dockerd', cls='noise'),
C(JS, r'''Jun 01 21:01:18 k8s-ptxgozv3pfpp-master-0.novalocal dockerd-current[1264]: time="2020-06-01T21:01:18.467206659Z" level=warning msg="failed to retrieve docker-init version: unknown output format: tini version 0.18.0\n"''',
  None, None, None, None, None,
  note='next line: the tini version warning again', fmt='dockerd', cls='noise'),
C(JS, r'''Jun 01 21:01:18 k8s-ptxgozv3pfpp-master-0.novalocal dockerd-current[1264]: time="2020-06-01T21:01:18.550048528Z" level=error msg="Handler for GET /v1.26/containers/etcd/json returned error: No such container: etcd"''',
  None, None, None, None, None,
  note="next line: an inspect of the (system-container) etcd that does not exist yet; no pod, no reason. (The next line is cut by the excerpt and left out.)", fmt='dockerd', cls='noise'),
# ---------------------------------------------------------------- canonical/microk8s#1025 (Mar 2020)
# journalctl -u snap.microk8s.daemon-containerd as a maintainer pasted it; the quotes inside msg= are
# unescaped as the thread shows them. The run's first line is cut at its start by the excerpt, left out.
C(MI, r'''Mar 12 23:53:48 wdfl34382999a microk8s.daemon-containerd[13573]: time="2020-03-12T23:53:48.482249688+01:00" level=info msg="PullImage "redis:alpine""''',
  None, None, None, None, 'Pulling',
  note="microk8s's containerd begins pulling redis:alpine (comment, Mar 2020): the runtime's pull start; the line names no pod. microk8s of Mar 2020: 1.17/1.18", kubelet='~1.17', fmt='containerd', cls='pull'),
C(MI, r'''Mar 12 23:53:50 wdfl34382999a microk8s.daemon-containerd[13573]: time="2020-03-12T23:53:50.326195095+01:00" level=error msg="PullImage "redis:alpine" failed" error="failed to resolve image "docker.io/library/redis:alpine": no available registry endpoint: failed to fetch oauth token: unexpected status: 429 Too Many Requests"''',
  None, None, None, None, 'ErrImagePull',
  note="next line: the pull fails, Docker Hub's token endpoint answering 429 Too Many Requests (rate limit); an image pull failure, no pod named", kubelet='~1.17', fmt='containerd', cls='pull'),
# ---------------------------------------------------------------- k3s-io/k3s#3628 (Jul 2021)
C(K3, r'''Jul 13 17:27:02 fmvdrchk3s200.fm.intel.com k3s[18039]: I0713 17:27:02.202022   18039 topology_manager.go:221] [topologymanager] RemoveContainer - Container ID: 619386a73e4bcd38ce662c9cfcf47a4056e35f4afee40b92e56f6fd0ac473160''',
  None, None, None, None, None,
  note="k3s server journal (comment, Jul 2021), the kubelet embedded in the k3s unit: RemoveContainer, routine. (The CrashLoopBackOff sync line after it is wrapped over two lines in the thread and left out.) topology_manager.go:221 with pod_workers.go:191: about 1.19", kubelet='~1.19', fmt='klog', cls='noise'),
C(K3, r'''Jul 13 17:27:05 fmvdrchk3s200.fm.intel.com k3s[18039]: I0713 17:27:05.201610   18039 topology_manager.go:221] [topologymanager] RemoveContainer - Container ID: 8e5e0c5b216e3df2d116627ab10eacb9830d4140b6a8c773f4e33d091208076e''',
  None, None, None, None, None,
  note='two lines on: RemoveContainer again, routine', kubelet='~1.19', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kiwigrid/helm-charts#233 (Nov 2019, Kubernetes 1.13)
C(KW, r'''Nov 27 07:59:35 ip-10-8-10-89 kubelet: W1127 07:59:35.523009    3534 kubelet_pods.go:842] Unable to retrieve pull secret default/artifactory-docker-secret for default/qliksense-encryption-567d4cf8d5-xl7rk due to secrets "artifactory-docker-secret" not found.  The image pull may not succeed.''',
  'default', 'qliksense-encryption-567d4cf8d5-xl7rk', None, None, None,
  note="syslog of an EKS-style node (description, Nov 2019, Kubernetes 1.13 stated): the hedged warning that a pod's pull secret is missing; the pull itself is not reported as failing, so no reason; the pod is named ns/name after 'for'", kubelet='1.13', fmt='klog', cls='trap', trap_for='ErrImagePull'),
C(KW, r'''Nov 27 07:59:39 ip-10-8-10-89 kubelet: W1127 07:59:39.526792    3534 kubelet_pods.go:842] Unable to retrieve pull secret default/artifactory-docker-secret for default/qliksense-dcaas-web-7c9fb776d-8dfmb due to secrets "artifactory-docker-secret" not found.  The image pull may not succeed.''',
  'default', 'qliksense-dcaas-web-7c9fb776d-8dfmb', None, None, None,
  note='next line: the same warning for another pod', kubelet='1.13', fmt='klog', cls='trap', trap_for='ErrImagePull'),
# ---------------------------------------------------------------- rancher-archives/rke#2304 (Oct 2020)
# dockerd during `rke up` (comment): the reporter's terminal cut the long lines at one width (238
# characters); the run's last line is cut shorter by the excerpt and left out. These pulls are RKE's own
# rke-tools containers, not pods.
C(RKE, r'''Oct 29 23:18:02 rkec1.infra.htm.lab dockerd-current[20281]: time="2020-10-29T23:18:02.775348703+01:00" level=error msg="Handler for GET /v1.24/containers/rke-etcd-port-listener/json returned error: No such container: rke-etcd-port-listene''',
  None, None, None, None, None,
  note="RKE checks for its port-listener container, which does not exist yet: level=error but routine, no pod", fmt='dockerd', cls='noise'),
C(RKE, r'''Oct 29 23:18:02 rkec1.infra.htm.lab dockerd-current[20281]: time="2020-10-29T23:18:02.779620559+01:00" level=error msg="Handler for GET /v1.24/images/registry.infra.htm.lab/rancher/rke-tools:v0.1.65/json returned error: No such image: reg''',
  None, None, None, None, None,
  note="next line: an image inspect before the pull (image not present yet); not a pull failure", fmt='dockerd', cls='noise'),
C(RKE, r'''Oct 29 23:18:02 rkec1.infra.htm.lab dockerd-current[20281]: time="2020-10-29T23:18:02.796264654+01:00" level=error msg="Attempting next endpoint for pull after error: Get https://registry.infra.htm.lab/v2/rancher/rke-tools/manifests/v0.1.''',
  None, None, None, None, None,
  note="next line: one registry endpoint failed and dockerd tries the next; the pull has not failed yet (the verdict is the 'Not continuing' line below), so no reason here", fmt='dockerd', cls='trap', trap_for='ErrImagePull'),
C(RKE, r'''Oct 29 23:18:02 rkec1.infra.htm.lab dockerd-current[20281]: time="2020-10-29T23:18:02.800338564+01:00" level=error msg="Attempting next endpoint for pull after error: Get http://registry.infra.htm.lab/v2/: dial tcp 192.168.255.171:80: con''',
  None, None, None, None, None,
  note='next line: the plain-http endpoint refused; still a fallback step, no reason', fmt='dockerd', cls='trap', trap_for='ErrImagePull'),
C(RKE, r'''Oct 29 23:18:02 rkec1.infra.htm.lab dockerd-current[20281]: time="2020-10-29T23:18:02.823037998+01:00" level=error msg="Not continuing with pull after error: unauthorized: authentication required"''',
  None, None, None, None, 'ErrImagePull',
  note="next line: dockerd gives up the pull, the registry refusing the credentials: an image pull failure; no pod (RKE's own container image)", fmt='dockerd', cls='pull'),
    ]
