# Hunt 108 for the real-lines table (issue 13 item 3): a HELD-OUT set from Windows-node threads
# (kubelet on Windows Server with dockershim, HNS/CNI sandbox failures, hcsshim stats errors, the
# Windows eviction-manager noise). Same rules as gen_real_lines_h8.py: each line is copied exactly as
# its public source shows it (raw strings: backslashes and quotes are the line's own), with the
# thread's URL, and each was seen twice (two different searches showing the same excerpt). Whole runs
# are kept where the thread pastes them, noise included: most of these lines must come out reason
# None. Node-level lines are never attributed to a pod: ns, pod, uid and container are None for them.
# None of these threads was cited by the table when this file was written.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
SDN417 = "https://github.com/microsoft/SDN/issues/417"
R27974 = "https://github.com/rancher/rancher/issues/27974"
R15593 = "https://github.com/rancher/rancher/issues/15593"


def HUNT_H108(C):
    return [
# ---------------------------------------------------------------- kubernetes#93945 (Aug 2020, GCE Windows node, dockershim + win-bridge CNI)
C(K + "93945", r'''I0812 18:02:53.597721    2168 kubelet.go:1862] SyncLoop (PLEG): "iis-tinylimit_default(6c3dabe9-d0b7-4c76-ae6b-17ef35bdb2aa)", event: &pleg.PodLifecycleEvent{ID:"6c3dabe9-d0b7-4c76-ae6b-17ef35bdb2aa", Type:"ContainerDied", Data:"f7f0fc944d4759bdaa68a0ebd78e54624a2498d5eda16c6cd7cff104fdd9e841"}''',
  'default', 'iis-tinylimit', '6c3dabe9-d0b7-4c76-ae6b-17ef35bdb2aa', None, None,
  note="pjh's comment 'Windows kubelet degraded after starting pod with too-low limits': a PLEG ContainerDied event for the pod (the dead container is the sandbox f7f0...); a lifecycle event, no failure reason of its own. Aug 2020, kubelet.go:1862 with dockershim's cni.go: about 1.18", kubelet='~1.18', fmt='klog', cls='pleg', trap_for='Started'),
C(K + "93945", r'''E0812 18:08:07.745562    2168 kubelet.go:1762] skipping pod synchronization - PLEG is not healthy: pleg was last seen active 3m0.273647s ago; threshold is 3m0s''',
  None, None, None, None, 'PlegNotHealthy',
  note='same comment: the PLEG relist stalled past its 3m threshold on the degraded Windows node', kubelet='~1.18', fmt='klog', cls='node'),
C(K + "93945", r'''E0812 18:13:21.673883    2168 remote_runtime.go:548] ListContainerStats with filter &ContainerStatsFilter{Id:,PodSandboxId:,LabelSelector:map[string]string{},} from runtime service failed: rpc error: code = Unknown desc = operation timeout: context deadline exceeded''',
  None, None, None, None, None,
  note='same comment: the stats call to dockershim timed out (repeated while the second pod was created); a stats collection error, not a pod failure nor a runtime that is not ready', kubelet='~1.18', fmt='klog', cls='stats', trap_for='RuntimeNotReady'),
C(K + "93945", r'''E0812 18:02:58.545963    2168 cni.go:366] Error adding default_iis-tinylimit/f7f0fc944d4759bdaa68a0ebd78e54624a2498d5eda16c6cd7cff104fdd9e841 to network win-bridge/l2bridge: error while executing ADD command: error while ProvisionEndpoint(f7f0fc944d4759bdaa68a0ebd78e54624a2498d5eda16c6cd7cff104fdd9e841_l2bridge,EF4CA87E-6B72-4F41-85BF-DC71491E5F6F,f7f0fc944d4759bdaa68a0ebd78e54624a2498d5eda16c6cd7cff104fdd9e841): Element not found.''',
  'default', 'iis-tinylimit', None, None, 'FailedCreatePodSandBox',
  note="same comment, the earlier paste: dockershim's cni.go could not add the sandbox to the l2bridge network (HNS ProvisionEndpoint: Element not found); the pod is named as namespace_name/sandbox-id", kubelet='~1.18', fmt='klog', cls='sandbox'),
C(K + "93945", r'''E0812 18:03:00.900448    2168 remote_runtime.go:113] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to set up sandbox container "f7f0fc944d4759bdaa68a0ebd78e54624a2498d5eda16c6cd7cff104fdd9e841" network for pod "iis-tinylimit": networkPlugin cni failed to set up pod "iis-tinylimit_default" network: error while executing ADD command: error while ProvisionEndpoint(f7f0fc944d4759bdaa68a0ebd78e54624a2498d5eda16c6cd7cff104fdd9e841_l2bridge,EF4CA87E-6B72-4F41-85BF-DC71491E5F6F,f7f0fc944d4759bdaa68a0ebd78e54624a2498d5eda16c6cd7cff104fdd9e841): Element not found.''',
  'default', 'iis-tinylimit', None, None, 'FailedCreatePodSandBox',
  note='the next line: RunPodSandbox failed on the same CNI error; the pod is named as "iis-tinylimit_default" (name_namespace)', kubelet='~1.18', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- microsoft/SDN#417 (Dec, Windows worker with flannel vxlan, dockershim)
C(SDN417, r'''I1209 18:51:12.527001    5412 cni.go:361] Added dishtv-apps_iccdelcare-10/6638eeae98a1882e09df218d7f08eab5bf0817ea54bfecd9f187fb58e422fa7e to network vxlan0: IP4:{IP:{IP:10.244.8.254 Mask:ffffff00} Gateway:10.244.8.1 Routes:[]}, DNS:{Nameservers:[10.96.0.10] Domain: Search:[dishtv-apps.svc.cluster.local] Options:[]}''',
  'dishtv-apps', 'iccdelcare-10', None, None, None,
  note="G121002's description ('error while ProvisionEndpoint ... degraded object'): the sandbox was added to the vxlan0 network, a success line (namespace_name/sandbox-id). The kubelet version is not in the excerpt", fmt='klog', cls='network', trap_for='FailedCreatePodSandBox'),
C(SDN417, r'''I1209 18:51:12.527001    5412 kuberuntime_manager.go:718] Created PodSandbox "6638eeae98a1882e09df218d7f08eab5bf0817ea54bfecd9f187fb58e422fa7e" for pod "iccdelcare-10_dishtv-apps(38982eb5-602f-48c9-af09-cd4cc5332579)"''',
  'dishtv-apps', 'iccdelcare-10', '38982eb5-602f-48c9-af09-cd4cc5332579', None, None,
  note='the next line: the sandbox was created, a success line naming the pod as name_namespace(uid)', fmt='klog', cls='sandbox', trap_for='FailedCreatePodSandBox'),
C(SDN417, r'''I1209 18:51:12.530004    5412 cni.go:355] Adding dishtv-apps_iccdelcare-10/6638eeae98a1882e09df218d7f08eab5bf0817ea54bfecd9f187fb58e422fa7e to network flannel/vxlan0 netns "none"''',
  'dishtv-apps', 'iccdelcare-10', None, None, None,
  note='the next line: another CNI ADD for the same sandbox starts; informational', fmt='klog', cls='network'),
C(SDN417, r'''E1209 18:51:12.627691    5412 cni.go:358] Error adding dishtv-apps_iccdelcare-10/6638eeae98a1882e09df218d7f08eab5bf0817ea54bfecd9f187fb58e422fa7e to network flannel/vxlan0: error while ProvisionEndpoint(6638eeae98a1882e09df218d7f08eab5bf0817ea54bfecd9f187fb58e422fa7e_vxlan0,FB52F194-3C5B-4CEC-8041-EAA3BBADAE50,6638eeae98a1882e09df218d7f08eab5bf0817ea54bfecd9f187fb58e422fa7e): There was an operation attempted on a degraded object.''',
  'dishtv-apps', 'iccdelcare-10', None, None, 'FailedCreatePodSandBox',
  note="the next line: the CNI ADD fails in HNS (ProvisionEndpoint on a degraded object), the sandbox's network cannot be set up", fmt='klog', cls='sandbox'),
C(SDN417, r'''I1209 18:51:12.627691    5412 cni_windows.go:48] GetPodNetworkStatus result <nil>''',
  None, None, None, None, None,
  note='the next line: dockershim on Windows logs the (empty) network status; names no pod', fmt='klog', cls='network'),
# ---------------------------------------------------------------- rancher/rancher#27974 (Jul 2020, Rancher hybrid cluster, Windows worker)
C(R27974, r'''E0717 15:32:53.791273    9412 remote_runtime.go:495] ListContainerStats with filter &ContainerStatsFilter{Id:,PodSandboxId:,LabelSelector:map[string]string{},} from runtime service failed: rpc error: code = Unknown desc = hcsshim::OpenComputeSystem a4b3e268f06d156f7799e0adecbe3130836849f0291f68b4fe1b2b9233b18d9a: A virtual machine or container with the specified identifier does not exist.''',
  None, None, None, None, None,
  note="czw91s's kubelet log ('windows node unavailable'): the stats call fails because hcsshim cannot open a container that is gone; stats noise that names no pod. Jul 2020, remote_runtime.go:495 and setters.go:77: about 1.18", kubelet='~1.18', fmt='klog', cls='stats', trap_for='RuntimeNotReady'),
C(R27974, r'''E0717 15:32:53.791273    9412 handler.go:321] HTTP InternalServerError serving /stats/summary: Internal Error: failed to list pod stats: failed to list all container stats: rpc error: code = Unknown desc = hcsshim::OpenComputeSystem a4b3e268f06d156f7799e0adecbe3130836849f0291f68b4fe1b2b9233b18d9a: A virtual machine or container with the specified identifier does not exist.''',
  None, None, None, None, None,
  note='the next line: the same stats error, as served to /stats/summary', kubelet='~1.18', fmt='klog', cls='stats'),
C(R27974, r'''I0717 15:32:58.144676    9412 setters.go:77] Using node IP: "192.168.19.74"''',
  None, None, None, None, None,
  note='the next line: node status noise', kubelet='~1.18', fmt='klog', cls='noise'),
C(R27974, r'''E0717 15:33:03.299649    9412 remote_runtime.go:495] ListContainerStats with filter &ContainerStatsFilter{Id:,PodSandboxId:,LabelSelector:map[string]string{},} from runtime service failed: rpc error: code = Unknown desc = hcsshim::OpenComputeSystem a4b3e268f06d156f7799e0adecbe3130836849f0291f68b4fe1b2b9233b18d9a: A virtual machine or container with the specified identifier does not exist.''',
  None, None, None, None, None,
  note='the next line: the stats error again, ten seconds later', kubelet='~1.18', fmt='klog', cls='stats'),
# ---------------------------------------------------------------- rancher/rancher#15593 (Sep 2018, Rancher Windows node on AWS, dockershim)
C(R15593, r'''E0914 02:32:11.580669    6052 helpers.go:739] eviction manager: failed to construct signal: "allocatableMemory.available" error: system container "pods" not found in metrics''',
  None, None, None, None, None,
  note="kingsd041's description ('Adding a windows node after enabling Amazon cloud provider failed'): the Windows kubelet's eviction manager lacks the pods cgroup metric; no pressure, no eviction. Sep 2018, helpers.go:739 and kubelet_node_status.go:437: about 1.11", kubelet='~1.11', fmt='klog', cls='eviction', trap_for='ResourcePressure'),
C(R15593, r'''W0914 02:32:11.583668    6052 helpers.go:812] eviction manager: no observation found for eviction signal nodefs.inodesFree''',
  None, None, None, None, None,
  note='the next line: Windows has no inode signal; eviction-manager noise', kubelet='~1.11', fmt='klog', cls='eviction', trap_for='Evicted'),
C(R15593, r'''I0914 02:32:11.816668    6052 kuberuntime_manager.go:917] updating runtime config through cri with podcidr 10.42.3.0/24''',
  None, None, None, None, None,
  note='the next line: pod CIDR handed to the runtime; informational', kubelet='~1.11', fmt='klog', cls='noise'),
C(R15593, r'''I0914 02:32:11.818667    6052 docker_service.go:340] docker cri received runtime config &RuntimeConfig{NetworkConfig:&NetworkConfig{PodCidr:10.42.3.0/24,},}''',
  None, None, None, None, None,
  note='the next line: dockershim acknowledges it; informational', kubelet='~1.11', fmt='klog', cls='noise'),
C(R15593, r'''I0914 02:32:11.819668    6052 kubelet_network.go:196] Setting Pod CIDR:  -> 10.42.3.0/24''',
  None, None, None, None, None,
  note='the next line (two spaces before the arrow, as the thread shows): informational', kubelet='~1.11', fmt='klog', cls='noise'),
C(R15593, r'''I0914 02:32:11.822668    6052 kubelet_node_status.go:437] Using node IP: "172.31.23.118"''',
  None, None, None, None, None,
  note='the next line: node status noise', kubelet='~1.11', fmt='klog', cls='noise'),
C(R15593, r'''E0914 02:32:13.081608    6052 reflector.go:322] k8s.io/kubernetes/pkg/kubelet/config/apiserver.go:47: Failed to watch *v1.Pod: Get https://127.0.0.1:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dec2amaz-lg8fmra&resourceVersion=1032&timeoutSeconds=311&watch=true: read tcp 127.0.0.1:50190->127.0.0.1:6443: wsarecv: An existing connection was forcibly closed by the remote host.''',
  None, None, None, None, 'ApiServerUnreachable',
  note="the next line: the kubelet's pod watch to the API server (through Rancher's local proxy on 127.0.0.1:6443) was reset (Windows wsarecv wording); names no pod, the fieldSelector names the node", kubelet='~1.11', fmt='klog', cls='apiserver'),
C(R15593, r'''E0914 02:32:21.606366    6052 helpers.go:739] eviction manager: failed to construct signal: "allocatableMemory.available" error: system container "pods" not found in metrics''',
  None, None, None, None, None,
  note='ten seconds later: the same eviction-manager noise', kubelet='~1.11', fmt='klog', cls='eviction', trap_for='ResourcePressure'),
# ---------------------------------------------------------------- kubernetes#66088 (Feb 2019 comment, aks-engine Windows 1809 nodes, Kubernetes v1.13.2)
C(K + "66088", r'''W0203 02:47:34.797305    5280 helpers.go:808] eviction manager: no observation found for eviction signal nodefs.inodesFree''',
  None, None, None, None, None,
  note="brobichaud's comment (k8s v1.13.2, aks-engine v29.1): the Windows kubelet.err log spews this eviction-manager warning; nothing is under pressure, nothing is evicted", kubelet='1.13', fmt='klog', cls='eviction', trap_for='Evicted'),
C(K + "66088", r'''W0203 02:48:00.864228    5280 helpers.go:808] eviction manager: no observation found for eviction signal nodefs.inodesFree''',
  None, None, None, None, None,
  note='the next line of the same paste', kubelet='1.13', fmt='klog', cls='eviction'),
# ---------------------------------------------------------------- kubernetes#44705 (Apr 2017, Windows node that cannot join)
C(K + "44705", r'''E0420 14:54:42.374268 816 eviction_manager.go:205] eviction manager: unexpected err: failed GetNode: node '10.141.38.252' not found''',
  None, None, None, None, None,
  note="renerchen's description ('Can't add windows node to kubernetes cluster'; the thread shows the klog padding collapsed to one space): the eviction manager cannot read its own Node object (not registered yet); names no pod and evicts nothing. Apr 2017: kubelet about 1.6", kubelet='~1.6', fmt='klog', cls='eviction', trap_for='Evicted'),
C(K + "44705", r'''E0420 14:54:48.290436 816 kubelet_network.go:274] Failed to ensure that nat chain KUBE-MARK-DROP exists: error creating chain "KUBE-MARK-DROP": executable file not found in %PATH%:''',
  None, None, None, None, None,
  note='the next line: the kubelet tries iptables on Windows (not in %PATH%); a known Windows noise line, not a network-not-ready condition', kubelet='~1.6', fmt='klog', cls='network', trap_for='NetworkNotReady'),
C(K + "44705", r'''E0420 14:54:52.374529 816 eviction_manager.go:205] eviction manager: unexpected err: failed GetNode: node '10.141.38.252' not found''',
  None, None, None, None, None,
  note='ten seconds later: the same eviction-manager error', kubelet='~1.6', fmt='klog', cls='eviction'),
    ]
