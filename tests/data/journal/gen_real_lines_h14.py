# Hunt 14 for the real-lines table (issue 13 item 3): a HELD-OUT set of pod-level sandbox and
# container-creation failures and their neighbours (FailedCreatePodSandBox, CreateContainerError,
# CreateContainerConfigError, the containerd / CRI-O RunPodSandbox and StopPodSandbox lines around
# them, and the noise beside them) from threads the table did not cite before: calico, Multus,
# kata, gVisor, CRI-O, RKE2, kubespray, Windows nodes. Same rules as gen_real_lines_h8.py: each line is
# copied exactly as its public source shows it (raw strings: backslashes are the line's own), with the
# source's URL, and each was seen twice (two different searches returning the same text). Lines that
# were cut by the thread or seen only once were left out. Node-level lines are never attributed to a
# pod. Written as a held-out set: the build of e02f14b named pod+reason right on 23 of these 24.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)
CD = "https://github.com/coredns/coredns/issues/6091"
MU = "https://github.com/k8snetworkplumbingwg/multus-cni/issues/243"
KA = "https://github.com/kata-containers/kata-containers/pull/4130"
KS = "https://github.com/kubernetes-sigs/kubespray/issues/8122"
RK = "https://github.com/rancher/rke2/issues/5905"
TK = "https://github.com/tektoncd/pipelines-as-code/issues/1003"
GV = "https://github.com/kubernetes/minikube/issues/5724"
CO = "https://github.com/cri-o/cri-o/issues/1523"
WK = "https://github.com/kubernetes/kubelet/issues/18"
OE = "https://github.com/kubernetes/kubernetes/issues/126514"
HB = "https://github.com/kubernetes/kubernetes/issues/94557"
WS = "https://github.com/MicrosoftDocs/Virtualization-Documentation/issues/984"


def HUNT_H14(C):
    return [
# ---------------------------------------------------------------- containerd + calico: a CoreDNS sandbox whose CNI add is killed (coredns#6091, May 2023)
C(CD, r'''May 11 16:09:21 k8s-master01 containerd[765]: time="2023-05-11T16:09:21.839669754+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:coredns-f5cb5585b-s2bxk,Uid:eeb63f47-d6af-45ef-b52a-f37fb5bc75d5,Namespace:kube-system,Attempt:0,} failed, error" error="failed to setup network for sandbox \"f1f5708a3613e62a4d38161c36417538dbc3b1e46020bea2a4a7c4cca87603a0\": plugin type=\"calico\" failed (add): netplugin failed with no error message: signal: killed"''',
  'kube-system', 'coredns-f5cb5585b-s2bxk', 'eeb63f47-d6af-45ef-b52a-f37fb5bc75d5', None, 'FailedCreatePodSandBox',
  note="containerd's own RunPodSandbox failure (journal of k8s-master01, May 2023): calico's CNI add was killed; the PodSandboxMetadata names the pod, its namespace and uid. Kubernetes version not stated", fmt='containerd', cls='sandbox'),
C(CD, r'''May 11 16:09:21 k8s-master01 containerd[765]: time="2023-05-11T16:09:21.922301939+08:00" level=info msg="StopPodSandbox for \"f1f5708a3613e62a4d38161c36417538dbc3b1e46020bea2a4a7c4cca87603a0\""''',
  None, None, None, None, None,
  note="the next line: containerd's StopPodSandbox request for the sandbox that failed (cleanup after a failed setup); a request, no failure and no pod named", fmt='containerd', cls='noise'),
C(CD, r'''May 11 16:10:46 k8s-master01 containerd[765]: time="2023-05-11T16:10:46.800501486+08:00" level=error msg="StopPodSandbox for \"1977065b951e106cb8f86a5a3f30d11dd2bd3993d8be4056ed80f7d480705db1\" failed" error="failed to destroy network for sandbox \"1977065b951e106cb8f86a5a3f30d11dd2bd3993d8be4056ed80f7d480705db1\": plugin type=\"calico\" failed (delete): netplugin failed with no error message: signal: killed"''',
  None, None, None, None, 'FailedKillPod',
  note="containerd cannot tear down another sandbox: calico's CNI delete was killed, so the sandbox stop fails (the kubelet reports this as KillPodSandboxError). Only a sandbox id, no pod", fmt='containerd', cls='kill'),
C(CD, r'''May 11 16:10:46 k8s-master01 containerd[765]: time="2023-05-11T16:10:46.800534187+08:00" level=info msg="StopPodSandbox for \"64040c81405c890423faea78a7c315aff21943eb49524fe3d37c06f5a7d2f70a\""''',
  None, None, None, None, None,
  note='the next line: another StopPodSandbox request, info level; no failure, no pod', fmt='containerd', cls='noise'),
# ---------------------------------------------------------------- CRI-O + Multus on OpenShift (hyperkube), e2e gc test (multus-cni#243, Jan 2019)
C(MU, r'''Jan 23 17:36:01 ip-10-0-132-12 hyperkube[4126]: I0123 17:36:01.492520    4126 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "default-token-mfmtn" (UniqueName: "kubernetes.io/secret/59daaf42-1f35-11e9-864f-0aec9ac69d7e-default-token-mfmtn") pod "simpletest.rc-kbshs" (UID: "59daaf42-1f35-11e9-864f-0aec9ac69d7e")''',
  None, 'simpletest.rc-kbshs', '59daaf42-1f35-11e9-864f-0aec9ac69d7e', None, None,
  note='`journalctl -u kubelet | grep -i simpletest.rc-kbshs` on an OpenShift 4.0 dev node (hyperkube): the volume reconciler starts; names the pod and uid but not its namespace. reconciler.go:207 with remote_runtime.go:92 and the date: kubelet about 1.12', kubelet='~1.12', fmt='klog', cls='noise'),
C(MU, r'''Jan 23 17:36:12 ip-10-0-132-12 hyperkube[4126]: E0123 17:36:12.141545    4126 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_simpletest.rc-kbshs_e2e-tests-gc-sfqh2_59daaf42-1f35-11e9-864f-0aec9ac69d7e_0(a41a5590e7115f6f38a547aa9a82b0549cfa9e3b97e134058db24eba31120bb8): Multus: Err in loading K8s Delegates k8s args: tryLoadK8sDelegates: Err in loading K8s cluster default network from pod annotation: tryLoadK8sPodDefaultNetwork: failed to get pod annotation: getPodDefaultNetworkAnnotation: failed to query the pod simpletest.rc-kbshs in out of cluster comm: pods "simpletest.rc-kbshs" not found''',
  'e2e-tests-gc-sfqh2', 'simpletest.rc-kbshs', '59daaf42-1f35-11e9-864f-0aec9ac69d7e', None, 'FailedCreatePodSandBox',
  note="the next line: RunPodSandbox fails because Multus cannot read the pod (already deleted); CRI-O's sandbox name k8s_<pod>_<namespace>_<uid>_<attempt> names the namespace and uid", kubelet='~1.12', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kata + containerd, pod stuck in ContainerCreating (kata-containers PR 4130, Apr 2022)
C(KA, r'''Apr 22 05:17:07 fedora kubelet[6890]: I0422 05:17:07.120489    6890 reconciler.go:221] "operationExecutor.VerifyControllerAttachedVolume started for volume \"kube-api-access-jccjm\" (UniqueName: \"kubernetes.io/projected/1643de63-a84a-4636-a561-416f4541537c-kube-api-access-jccjm\") pod \"nginx-kata\" (UID: \"1643de63-a84a-4636-a561-416f4541537c\") " pod="default/nginx-kata"''',
  'default', 'nginx-kata', '1643de63-a84a-4636-a561-416f4541537c', None, None,
  note='kubelet journal of a Fedora node running a kata RuntimeClass pod: structured reconciler line, volume attach check; noise. reconciler.go:221 structured, Apr 2022: kubelet about 1.23', kubelet='~1.23', fmt='klog-s', cls='noise'),
C(KA, r'''Apr 22 05:17:09 fedora kubelet[6890]: W0422 05:17:09.462761    6890 manager.go:1176] Failed to process watch event {EventType:0 Name:/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1643de63_a84a_4636_a561_416f4541537c.slice/cri-containerd-3a0b9ebe70d0932d6d1d4e6841ba2ec9a7f9d001f531be6261392dcd6e2ffd1b.scope WatchSource:0}: task 3a0b9ebe70d0932d6d1d4e6841ba2ec9a7f9d001f531be6261392dcd6e2ffd1b not found: not found''',
  None, None, '1643de63-a84a-4636-a561-416f4541537c', None, None,
  note="the next line: cAdvisor could not process a watch event for a containerd task that is already gone; noise. Only the pod's uid is readable (inside the systemd slice name, underscores for dashes), so pod None", kubelet='~1.23', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- containerd with systemd cgroups misconfigured, static pod (kubespray#8122, Oct 2021)
C(KS, r'''Oct 24 11:07:02 node1 containerd[394428]: time="2021-10-24T11:07:02.247996848Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-apiserver-node1,Uid:a668c4166c6878f474f019afbf7729d6,Namespace:kube-system,Attempt:0,} failed, error" error="failed to create containerd task: OCI runtime create failed: expected cgroupsPath to be of format \"slice:prefix:name\" for systemd cgroups, got \"/kubepods/burstable/poda668c4166c6878f474f019afbf7729d6/64727a3e9a194101ac2491a955f0bba330e466ddd7df5bbcd3b2bb67226c3770\" instead: unknown"''',
  'kube-system', 'kube-apiserver-node1', 'a668c4166c6878f474f019afbf7729d6', None, 'FailedCreatePodSandBox',
  note="containerd's RunPodSandbox failure: runc wants slice:prefix:name cgroup paths; the static pod's uid is the manifest hash", kubelet='~1.22', fmt='containerd', cls='sandbox'),
C(KS, r'''Oct 24 11:07:02 node1 kubelet[397647]: E1024 11:07:02.248428  397647 remote_runtime.go:116] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to create containerd task: OCI runtime create failed: expected cgroupsPath to be of format \"slice:prefix:name\" for systemd cgroups, got \"/kubepods/burstable/poda668c4166c6878f474f019afbf7729d6/64727a3e9a194101ac2491a955f0bba330e466ddd7df5bbcd3b2bb67226c3770\" instead: unknown"''',
  None, None, 'a668c4166c6878f474f019afbf7729d6', None, 'FailedCreatePodSandBox',
  note="the kubelet's side of the same failure (remote_runtime.go, structured, no pod key); the pod uid appears only in the cgroup path (kubepods/burstable/pod<uid>), which names it all the same. Kubespray 2.17 era, remote_runtime.go:116: kubelet about 1.22", kubelet='~1.22', fmt='klog-s', cls='sandbox'),
# ---------------------------------------------------------------- RKE2 containerd.log, calico add fails (rke2#5905, May 2024)
C(RK, r'''time="2024-05-13T08:17:17.696520957Z" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:rke2-coredns-rke2-coredns-84b9cb946c-69rb2,Uid:70559555-eed4-437f-a8c9-91629a5fe412,Namespace:kube-system,Attempt:0,}"''',
  'kube-system', 'rke2-coredns-rke2-coredns-84b9cb946c-69rb2', '70559555-eed4-437f-a8c9-91629a5fe412', None, None,
  note='`cat containerd.log | grep <pod>` on an RKE2 node: containerd starts RunPodSandbox (info, no journal prefix); a start, no failure. RKE2 version not stated', fmt='containerd', cls='noise'),
C(RK, r'''time="2024-05-13T08:18:02.854158772Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:rke2-coredns-rke2-coredns-84b9cb946c-69rb2,Uid:70559555-eed4-437f-a8c9-91629a5fe412,Namespace:kube-system,Attempt:0,} failed, error" error="failed to setup network for sandbox \"bace4a8a62b1bbcce5cae41696ced3f5d0ad952f5a5da5e3606c6fb1552dbf49\": plugin type=\"calico\" failed (add): unexpected error when reading response body. Please retry. Original error: http2: client connection lost"''',
  'kube-system', 'rke2-coredns-rke2-coredns-84b9cb946c-69rb2', '70559555-eed4-437f-a8c9-91629a5fe412', None, 'FailedCreatePodSandBox',
  note="45 s later the same RunPodSandbox fails: calico's CNI add lost its HTTP/2 connection to the API server", fmt='containerd', cls='sandbox'),
# ---------------------------------------------------------------- CreateContainerConfigError event (pipelines-as-code#1003, Nov 2022)
C(TK, r'''Warning  Failed     7m33s (x8 over 9m4s)   kubelet            Error: container has runAsNonRoot and image will run as root (pod: "pipelines-as-code-controller-5dbd46fcf5-zsbn4_pipelines-as-code(d5a40aa3-e8d8-468c-bd9a-f2ac98136058)", container: pac-controller)''',
  'pipelines-as-code', 'pipelines-as-code-controller-5dbd46fcf5-zsbn4', 'd5a40aa3-e8d8-468c-bd9a-f2ac98136058', 'pac-controller', 'CreateContainerConfigError',
  note="kubectl describe event row on 'latest kind' (Nov 2022): the kubelet refuses to build the container's config (runAsNonRoot, image runs as root); the pod list above it shows CreateContainerConfigError. The message names pod, namespace, uid and container. kind v0.17 era: kubelet about 1.25", kubelet='~1.25', fmt='event', cls='config'),
# ---------------------------------------------------------------- gVisor RuntimeClass without runsc (minikube#5724, Oct 2019; minikube test log, each line behind its "        * " prefix)
C(GV, r'''        * Oct 24 17:25:06 gvisor-20191024T171027.666717625-13805 kubelet[2176]: E1024 17:25:06.935763    2176 kuberuntime_sandbox.go:68] CreatePodSandbox for pod "nginx-gvisor_default(86aaab2d-bbd7-4b19-b842-e2add2c62776)" failed: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "runsc" is configured''',
  'default', 'nginx-gvisor', '86aaab2d-bbd7-4b19-b842-e2add2c62776', None, 'FailedCreatePodSandBox',
  note="TestGvisorAddon flake: containerd has no runtime for runsc, so the sandbox cannot be created; the line keeps the test log's '        * ' prefix as the thread shows it. kuberuntime_sandbox.go:68 with the date: kubelet about 1.16", kubelet='~1.16', fmt='klog', cls='sandbox'),
C(GV, r'''        * Oct 24 17:25:06 gvisor-20191024T171027.666717625-13805 kubelet[2176]: E1024 17:25:06.936076    2176 kuberuntime_manager.go:710] createPodSandbox for pod "nginx-gvisor_default(86aaab2d-bbd7-4b19-b842-e2add2c62776)" failed: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "runsc" is configured''',
  'default', 'nginx-gvisor', '86aaab2d-bbd7-4b19-b842-e2add2c62776', None, 'FailedCreatePodSandBox',
  note="the next line: kuberuntime_manager's createPodSandbox failure for the same pod", kubelet='~1.16', fmt='klog', cls='sandbox'),
C(GV, r'''        * Oct 24 17:25:06 gvisor-20191024T171027.666717625-13805 kubelet[2176]: E1024 17:25:06.942666    2176 pod_workers.go:191] Error syncing pod 86aaab2d-bbd7-4b19-b842-e2add2c62776 ("nginx-gvisor_default(86aaab2d-bbd7-4b19-b842-e2add2c62776)"), skipping: failed to "CreatePodSandbox" for "nginx-gvisor_default(86aaab2d-bbd7-4b19-b842-e2add2c62776)" with CreatePodSandboxError: "CreatePodSandbox for pod \"nginx-gvisor_default(86aaab2d-bbd7-4b19-b842-e2add2c62776)\" failed: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for \"runsc\" is configured"''',
  'default', 'nginx-gvisor', '86aaab2d-bbd7-4b19-b842-e2add2c62776', None, 'FailedCreatePodSandBox',
  note='the pod worker gives up the sync; the failure it names is CreatePodSandboxError, so the sandbox is the reason rather than the generic FailedSync', kubelet='~1.16', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- CRI-O 1.10 with manage_network_ns_lifecycle, kubeadm (cri-o#1523, Apr 2018)
C(CO, r'''Apr 12 15:36:09 kata kubelet[29066]: E0412 15:36:09.501733   29066 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_kube-controller-manager-kata_kube-system_94ed0fa540fbf10c0225d82de5e61561_0(35e354e982ccd726a45da51ac613ff9c27e90e75cb97edc04d843788aa614d82): cni config uninitialized''',
  'kube-system', 'kube-controller-manager-kata', '94ed0fa540fbf10c0225d82de5e61561', None, 'FailedCreatePodSandBox',
  note="RunPodSandbox fails with 'cni config uninitialized' for a static pod; CRI-O's sandbox name k8s_<pod>_<namespace>_<uid>_<attempt> names the pod. The cause words are the NetworkNotReady ones, but the line is about this pod's sandbox. CRI-O 1.10, remote_runtime.go:92: kubelet about 1.10", kubelet='~1.10', fmt='klog', cls='sandbox'),
C(CO, r'''Apr 12 15:36:09 kata kubelet[29066]: E0412 15:36:09.501787   29066 kuberuntime_sandbox.go:54] CreatePodSandbox for pod "kube-controller-manager-kata_kube-system(94ed0fa540fbf10c0225d82de5e61561)" failed: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_kube-controller-manager-kata_kube-system_94ed0fa540fbf10c0225d82de5e61561_0(35e354e982ccd726a45da51ac613ff9c27e90e75cb97edc04d843788aa614d82): cni config uninitialized''',
  'kube-system', 'kube-controller-manager-kata', '94ed0fa540fbf10c0225d82de5e61561', None, 'FailedCreatePodSandBox',
  note='the next line: kuberuntime_sandbox\'s CreatePodSandbox for pod "name_ns(uid)" failed', kubelet='~1.10', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- Windows node, dockershim name conflict (kubelet#18, Aug 2020, v1.18.6)
C(WK, r'''W0821 17:37:03.003768 99524 pod_container_deletor.go:77] Container "dee4daa76a9e60e0e68af75597092aa5cff517c7021a6ef7579f77f662f2a163" not found in pod's containers''',
  None, None, None, None, None,
  note="Windows node's kubelet (v1.18.6, dockershim): the deletor does not find a container among the pod's; noise", kubelet='1.18', fmt='klog', cls='noise'),
C(WK, r'''W0821 17:37:03.071774 99524 helpers.go:289] Unable to create pod sandbox due to conflict. Attempting to remove sandbox "dee4daa76a9e60e0e68af75597092aa5cff517c7021a6ef7579f77f662f2a163"''',
  None, None, None, None, None,
  note="look-alike: dockershim's warning that a create hit a name conflict and that it is removing the old sandbox to recover (helpers.go, used for sandboxes and containers alike); a recovery step, not the failure itself (the failure follows as CreateContainer … from runtime service failed). Names no pod", kubelet='1.18', fmt='klog', cls='sandbox-trap', trap_for=['FailedCreatePodSandBox']),
# ---------------------------------------------------------------- sandbox name conflict after a power cut (kubernetes#126514, Aug 2024)
C(OE, r'''Aug 02 10:01:03 openEuler kubelet[1024]: E0802 10:01:03.693078    1024 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = Conflict. The name \"k8s_POD_etcd-openeuler_kube-system_ae0fcba533f9b951c6983487becf13f9_0\" is already in use by sandbox 30ed179087f03d03fef197363103427e48242829f815488bb774313db02c41a4. You have to remove that sandbox to be able to reuse that name."''',
  'kube-system', 'etcd-openeuler', 'ae0fcba533f9b951c6983487becf13f9', 'POD', 'FailedCreatePodSandBox',
  note="openEuler node after a power cut: RunPodSandbox refused, the sandbox name k8s_POD_<pod>_<namespace>_<uid>_<attempt> is taken; the name gives pod, namespace and the static pod's hash uid. remote_runtime.go:193, kuberuntime_sandbox.go:72 and kuberuntime_manager.go:1166: kubelet about 1.27", kubelet='~1.27', fmt='klog-s', cls='sandbox'),
C(OE, r'''Aug 02 10:01:03 openEuler kubelet[1024]: E0802 10:01:03.693228    1024 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = Conflict. The name \"k8s_POD_etcd-openeuler_kube-system_ae0fcba533f9b951c6983487becf13f9_0\" is already in use by sandbox 30ed179087f03d03fef197363103427e48242829f815488bb774313db02c41a4. You have to remove that sandbox to be able to reuse that name." pod="kube-system/etcd-openeuler"''',
  'kube-system', 'etcd-openeuler', 'ae0fcba533f9b951c6983487becf13f9', 'POD', 'FailedCreatePodSandBox',
  note='the next line: "Failed to create sandbox for pod" with pod="kube-system/etcd-openeuler"', kubelet='~1.27', fmt='klog-s', cls='sandbox'),
# ---------------------------------------------------------------- CreateContainer name conflict, dockershim (kubernetes#94557, 2020)
C(HB, r'''E0608 20:22:04.227708    3818 remote_runtime.go:200] CreateContainer in sandbox "7ae6b14089ca17bb2a995b564effb2fb9d993832fb7bfee63a59ad4b243eec58" from runtime service failed: rpc error: code = Unknown desc = Error response from daemon: Conflict. The container name "/k8s_harbor-redis_harbor-master3-bg4tz_kube-system_1b086090-d37b-40f4-99b3-57046033770e_2" is already in use by container "94ffec110c0342db864efad67c8ca47661266677b921a98131e4b0b09434cc05". You have to remove (or rename) that container to be able to reuse that name''',
  'kube-system', 'harbor-master3-bg4tz', '1b086090-d37b-40f4-99b3-57046033770e', 'harbor-redis', 'CreateContainerError',
  note="quoted kubelet log of a pod stuck in CreateContainerError (the thread's markdown quote marker '> ' left out): docker refuses the container name k8s_<container>_<pod>_<namespace>_<uid>_<attempt>, which names all four. remote_runtime.go:200 for CreateContainer (as in kubelet#18's v1.18.6): kubelet about 1.18", kubelet='~1.18', fmt='klog', cls='create'),
# ---------------------------------------------------------------- Windows Server 1809 tutorial, dockershim sandbox name conflict (Virtualization-Documentation#984, Oct 2019)
C(WS, r'''E1012 15:04:12.222732    1580 kuberuntime_manager.go:710] createPodSandbox for pod "win-webserver-blfzf_default(4f009c6c-e195-41d7-9b12-47d8be0f240b)" failed: rpc error: code = Unknown desc = failed to create a sandbox for pod "win-webserver-blfzf": Error response from daemon: Conflict. The container name "/k8s_POD_win-webserver-blfzf_default_4f009c6c-e195-41d7-9b12-47d8be0f240b_0" is already in use by container "9af4c411f7d70f4dfd9157c069628cb925e5c9bb27c711be92ffc2055922ac48". You have to remove (or rename) that container to be able to reuse that name.''',
  'default', 'win-webserver-blfzf', '4f009c6c-e195-41d7-9b12-47d8be0f240b', None, 'FailedCreatePodSandBox',
  note="Windows node's kubelet: createPodSandbox fails, docker reports the sandbox container name k8s_POD_… already in use. kuberuntime_manager.go:710 (as in minikube#5724's 1.16): kubelet about 1.16", kubelet='~1.16', fmt='klog', cls='sandbox'),
    ]
