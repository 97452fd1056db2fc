# Hunt 51 for the real-lines table (issue 13 item 3): a HELD-OUT set from edge / minimal / Windows-node
# Kubernetes distributions (KubeEdge's edgecore, k0s, Talos, aks-engine's Windows nodes, Juju/Charmed
# Kubernetes) whose threads the table did not cite before this hunt. Same rules as gen_real_lines_h8.py:
# each line is copied exactly as its public source shows it (raw strings: backslashes are the line's own),
# with the source's URL, and each was seen twice (two different searches returned the same excerpt).
# Whole consecutive runs were taken where the excerpt held them (noise included: edged's own
# get/backoff/sync-loop lines, the Topology Admit Handler and Trying to delete pod lines, a Windows
# kubelet's manifest-path spam); a run's last line was left out where the excerpt cut it short.
# Two markup-only changes, noted on their rows: the '> ' of a markdown quote (kubeedge#3507) and the
# backticks of an inline code span (python-libjuju#677) are not part of the line. The leading spaces of
# the Talos rows and of the kubectl-describe rows are the paste's own and are kept.
# Node-level lines are never attributed to a pod: ns, pod, uid and container are None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

KE = "https://github.com/kubeedge/kubeedge/issues/"
K0 = "https://github.com/k0sproject/k0s/issues/1109"
TAL = "https://github.com/siderolabs/talos/issues/8049"
AKSE = "https://github.com/Azure/aks-engine/issues/1049"
CHUB = "https://github.com/canonical/charmhub.io/issues/1470"
PLJ = "https://github.com/juju/python-libjuju/issues/677"


def HUNT_H51(C):
    return [
# ---------------------------------------------------------------- kubeedge#2328: edgecore (edged) on a local node, docker runtime
C(KE + "2328", r'''E1116 19:32:28.046863  145052 edged.go:890] worker [2] handle pod addition item [kube-controller-manager-ubunu2004] failed: failed to "StartContainer" for "kube-controller-manager" with RunContainerError: "failed to start container \"4f0df1788c22e99a7cfff805d16329110afa529682687de0ec41c29ba5a3aa5a\": Error response from daemon: cannot join network of a non running container: 730b2b616266cd2ea38bbe8d5c6178b1e1d8fe93bd6ec3065f4ff316e16ae9ef", re-add to queue''',
  None, 'kube-controller-manager-ubunu2004', None, 'kube-controller-manager', 'RunContainerError',
  note="edged (KubeEdge's kubelet) could not start the container: docker refused to join the network of the stopped sandbox. The item names the pod without namespace. edged.go:890 is the file:line of kubeedge#2358's KubeEdge v1.5.0, which vendors the 1.19 kubelet", kubelet='~1.19', fmt='klog', cls='start'),
C(KE + "2328", r'''E1116 19:32:28.904685  145052 edged.go:812] sync loop get event container died, restart pod [etcd-ubunu2004]''',
  None, 'etcd-ubunu2004', None, None, None,
  note="edged's own PLEG follow-up: a container of the pod died and edged queues the pod again; a died event names no cause (no reason)", kubelet='~1.19', fmt='klog', cls='noise'),
C(KE + "2328", r'''E1116 19:32:28.963950  145052 edged.go:812] sync loop get event container died, restart pod [etcd-ubunu2004]''',
  None, 'etcd-ubunu2004', None, None, None,
  note='the same, next event', kubelet='~1.19', fmt='klog', cls='noise'),
C(KE + "2328", r'''E1116 19:32:29.128127  145052 edged.go:812] sync loop get event container died, restart pod [kube-apiserver-ubunu2004]''',
  None, 'kube-apiserver-ubunu2004', None, None, None,
  note='the same for the apiserver pod', kubelet='~1.19', fmt='klog', cls='noise'),
C(KE + "2328", r'''E1116 19:32:29.129432  145052 edged.go:890] worker [4] handle pod addition item [kube-apiserver-ubunu2004] failed: failed to "StartContainer" for "kube-apiserver" with CrashLoopBackOff: "back-off 10s restarting failed container=kube-apiserver pod=kube-apiserver-ubunu2004_kube-system(28414bac-ef50-4bdb-a276-8d576ee661a2)", re-add to queue''',
  'kube-system', 'kube-apiserver-ubunu2004', '28414bac-ef50-4bdb-a276-8d576ee661a2', 'kube-apiserver', 'CrashLoopBackOff',
  note='the kubelet back-off message inside edged\'s worker line names the pod as name_namespace(uid) and the container', kubelet='~1.19', fmt='klog', cls='crash'),
C(KE + "2328", r'''E1116 19:32:29.272636  145052 edged.go:812] sync loop get event container died, restart pod [kube-apiserver-ubunu2004]''',
  None, 'kube-apiserver-ubunu2004', None, None, None,
  note='died-event follow-up again (no reason)', kubelet='~1.19', fmt='klog', cls='noise'),
C(KE + "2328", r'''E1117 01:37:03.019824  355703 kuberuntime_sandbox.go:69] CreatePodSandbox for pod "etcd-ubunu2004_kube-system(39acfa74-41c5-4701-9ce1-e6a90064384d)" failed: rpc error: code = Unknown desc = failed to start sandbox container for pod "etcd-ubunu2004": Error response from daemon: OCI runtime start failed: cannot start a container that has stopped: unknown''',
  'kube-system', 'etcd-ubunu2004', '39acfa74-41c5-4701-9ce1-e6a90064384d', None, 'FailedCreatePodSandBox',
  note='a later comment of the same thread: the sandbox (pause) container would not start under docker', kubelet='~1.19', fmt='klog', cls='sandbox'),
C(KE + "2328", r'''E1117 01:37:03.019840  355703 kuberuntime_manager.go:730] createPodSandbox for pod "etcd-ubunu2004_kube-system(39acfa74-41c5-4701-9ce1-e6a90064384d)" failed: rpc error: code = Unknown desc = failed to start sandbox container for pod "etcd-ubunu2004": Error response from daemon: OCI runtime start failed: cannot start a container that has stopped: unknown''',
  'kube-system', 'etcd-ubunu2004', '39acfa74-41c5-4701-9ce1-e6a90064384d', None, 'FailedCreatePodSandBox',
  note='the runtime manager repeats the sandbox failure', kubelet='~1.19', fmt='klog', cls='sandbox'),
C(KE + "2328", r'''E1117 01:37:03.019887  355703 edged.go:890] worker [3] handle pod addition item [etcd-ubunu2004] failed: failed to "CreatePodSandbox" for "etcd-ubunu2004_kube-system(39acfa74-41c5-4701-9ce1-e6a90064384d)" with CreatePodSandboxError: "CreatePodSandbox for pod \"etcd-ubunu2004_kube-system(39acfa74-41c5-4701-9ce1-e6a90064384d)\" failed: rpc error: code = Unknown desc = failed to start sandbox container for pod \"etcd-ubunu2004\": Error response from daemon: OCI runtime start failed: cannot start a container that has stopped: unknown", re-add to queue''',
  'kube-system', 'etcd-ubunu2004', '39acfa74-41c5-4701-9ce1-e6a90064384d', None, 'FailedCreatePodSandBox',
  note="edged's worker line (its form of 'Error syncing pod') with CreatePodSandboxError", kubelet='~1.19', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kubeedge#2358: KubeEdge v1.5.0, a RuntimeClass edged cannot see
C(KE + "2358", r'''I1122 23:56:48.955968   45570 kuberuntime_manager.go:669] Stopping PodSandbox for "nginx-untrusted-test_default(16733cbc-8dee-442f-8489-c2a8b9e14455)", will start new one''',
  'default', 'nginx-untrusted-test', '16733cbc-8dee-442f-8489-c2a8b9e14455', None, None,
  note='the sandbox-changed step of the sync (no reason; the table labels this line form None)', kubelet='~1.19', fmt='klog', cls='noise'),
C(KE + "2358", r'''I1122 23:56:48.955992   45570 kuberuntime_manager.go:724] Creating PodSandbox for pod "nginx-untrusted-test_default(16733cbc-8dee-442f-8489-c2a8b9e14455)"''',
  'default', 'nginx-untrusted-test', '16733cbc-8dee-442f-8489-c2a8b9e14455', None, None,
  note='progress line (no reason)', kubelet='~1.19', fmt='klog', cls='noise'),
C(KE + "2358", r'''E1122 23:56:48.956132   45570 kuberuntime_manager.go:730] createPodSandbox for pod "nginx-untrusted-test_default(16733cbc-8dee-442f-8489-c2a8b9e14455)" failed: runtimeclass.node.k8s.io "kata-test" not found''',
  'default', 'nginx-untrusted-test', '16733cbc-8dee-442f-8489-c2a8b9e14455', None, 'FailedCreatePodSandBox',
  note="the sandbox cannot be created: the pod's RuntimeClass is unknown to edged", kubelet='~1.19', fmt='klog', cls='sandbox'),
C(KE + "2358", r'''E1122 23:56:48.956214   45570 edged.go:890] worker [4] handle pod addition item [nginx-untrusted-test] failed: failed to "CreatePodSandbox" for "nginx-untrusted-test_default(16733cbc-8dee-442f-8489-c2a8b9e14455)" with CreatePodSandboxError: "CreatePodSandbox for pod \"nginx-untrusted-test_default(16733cbc-8dee-442f-8489-c2a8b9e14455)\" failed: runtimeclass.node.k8s.io \"kata-test\" not found", re-add to queue''',
  'default', 'nginx-untrusted-test', '16733cbc-8dee-442f-8489-c2a8b9e14455', None, 'FailedCreatePodSandBox',
  note="edged's worker line for the same failure; the thread's title states KubeEdge v1.5.0 (kubelet 1.19 code)", kubelet='~1.19', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kubeedge#3507: edgecore journal, containerd without CNI
C(KE + "3507", r'''12月 25 10:12:06 kk edgecore[17391]: E1225 10:12:06.453582   17391 edged.go:969] worker [0] handle pod addition item [myapp-pod] failed: failed to "CreatePodSandbox" for "myapp-pod_default(ac2adcfb-e1fb-4970-ba6a-4acfd1c949f4)" with CreatePodSandboxError: "Failed to create sandbox for pod \"myapp-pod_default(ac2adcfb-e1fb-4970-ba6a-4acfd1c949f4)\": rpc error: code = Unknown desc = failed to setup network for sandbox \"6d473acf8d528eeb5b1a0652a630b8a4e998b25b4640523b77ee80a2ccdc65f6\": cni plugin not initialized", re-add to queue''',
  'default', 'myapp-pod', 'ac2adcfb-e1fb-4970-ba6a-4acfd1c949f4', None, 'FailedCreatePodSandBox',
  note="journalctl line with a Chinese-locale month ('12月'); the thread shows it behind a markdown quote '> ', left out here. The sandbox's network could not be set up (CNI not initialized). KubeEdge 1.8.2, cloud Kubernetes 1.21.6; edged's vendored kubelet version not stated", fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kubeedge#1582: edgecore run (no journal prefix)
C(KE + "1582", r'''I0404 15:33:47.844301    2015 proxy.go:318] [L4 Proxy] process other resource: kube-system/endpoints/kube-scheduler''',
  None, None, None, None, None,
  note="edgemesh's L4 proxy noise inside edgecore (Apr 2020); the endpoints object is not a pod", fmt='klog', cls='noise'),
C(KE + "1582", r'''I0404 15:33:51.687127    2015 edged.go:695] worker [2] get pod addition item [nginx-edge-698974fccf-lctqq]''',
  None, 'nginx-edge-698974fccf-lctqq', None, None, None,
  note="edged's worker takes the pod from its queue (no reason)", fmt='klog', cls='noise'),
C(KE + "1582", r'''E0404 15:33:51.687160    2015 edged.go:698] consume pod addition backoff: Back-off consume pod [nginx-edge-698974fccf-lctqq] addition  error, backoff: [2m40s]''',
  None, 'nginx-edge-698974fccf-lctqq', None, None, 'FailedSync',
  note="edged's back-off after the pod's addition (its sync) failed again: the edged form of the kubelet's generic pod-sync failure, with no more specific cause on the line", fmt='klog', cls='sync'),
C(KE + "1582", r'''I0404 15:33:51.687187    2015 edged.go:700] worker [2] backoff pod addition item [nginx-edge-698974fccf-lctqq] failed, re-add to queue''',
  None, 'nginx-edge-698974fccf-lctqq', None, None, None,
  note='info-level restatement of the back-off just above (re-queue); counted once, on the E line', fmt='klog', cls='noise'),
C(KE + "1582", r'''I0404 15:33:51.745728    2015 edged_status.go:170] Sync VolumesInUse: []''',
  None, None, None, None, None,
  note="edged's node-status noise", fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubeedge#2121: edgecore journal
C(KE + "2121", r'''Sep 02 11:02:08 node1021 edgecore[4542]: E0902 11:02:08.311834    4542 edged.go:847] consume pod addition backoff: Back-off consume pod [nextcloud-app-rv6xb] addition  error, backoff: [2m40s]''',
  None, 'nextcloud-app-rv6xb', None, None, 'FailedSync',
  note="journalctl of edgecore (Sep 2020); the pod's addition keeps failing (the reporter later found a host-port conflict); the line names no cause", fmt='klog', cls='sync'),
C(KE + "2121", r'''Sep 02 11:02:08 node1021 edgecore[4542]: I0902 11:02:08.312008    4542 edged.go:849] worker [2] backoff pod addition item [nextcloud-app-rv6xb] failed, re-add to queue''',
  None, 'nextcloud-app-rv6xb', None, None, None,
  note='info-level re-queue after the back-off (no reason)', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubeedge#672: edged (Jun 2019), flannel on an edge node
C(KE + "672", r'''E0610 19:39:59.573654    8520 reconciler.go:544] updateStates in reconciler: could not get node status with error nodes "ai-node" not found''',
  None, None, None, None, None,
  note="the volume reconciler's node lookup; the node object is not yet known (no pod, no reason among the node problems)", fmt='klog', cls='noise'),
C(KE + "672", r'''E0610 19:40:09.607009    8520 configmap.go:232] Error creating atomic writer: stat /var/lib/edged/pods/0db3bfa9-8b73-11e9-9a2a-ac1f6b96f062/volumes/kubernetes.io~configmap/flannel-cfg: no such file or directory''',
  None, None, '0db3bfa9-8b73-11e9-9a2a-ac1f6b96f062', None, 'FailedMount',
  note="the configmap volume 'flannel-cfg' cannot be set up (the table labels this atomic-writer line FailedMount, uid from the pod path under edged's root /var/lib/edged)", fmt='klog', cls='mount'),
# ---------------------------------------------------------------- k0s#1109: kubectl describe rows on a k0s worker
C(K0, r'''  Warning  FailedCreatePodSandBox  65m                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3900fe57ca52b40fa995f28b84f017215693bcf30d5137c8289f0162d3f6204a": could not initialize etcdv3 client: open /ucp-volume-mounts/ucp-node-certs/cert.pem: no such file or directory''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="kubectl describe event row: the CNI (a Calico left by a former UCP install) cannot reach its etcd; the row names no pod. Version not stated", fmt='event', cls='sandbox'),
C(K0, r'''  Warning  FailedCreatePodSandBox  65m                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "42dcdd009759097c3e0790ca468cbaddb5a202d84847282eb75e915926afeef1": could not initialize etcdv3 client: open /ucp-volume-mounts/ucp-node-certs/cert.pem: no such file or directory''',
  None, None, None, None, 'FailedCreatePodSandBox', note='next row', fmt='event', cls='sandbox'),
C(K0, r'''  Warning  FailedCreatePodSandBox  65m                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "f3e84afea92c8e474f15d655dc91313848f6026923a4c9aebfe50b6dff137d97": could not initialize etcdv3 client: open /ucp-volume-mounts/ucp-node-certs/cert.pem: no such file or directory''',
  None, None, None, None, 'FailedCreatePodSandBox', note='next row (the fourth, combined row is cut in the excerpt and left out)', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- talos#8049: talosctl logs kubelet (JSON klog behind the node prefix)
C(TAL, r'''    192.168.10.168: {"ts":1702043013676.898,"caller":"config/apiserver.go:52","msg":"Watching apiserver","v":0}''',
  None, None, None, None, None,
  note="Talos kubelet log of master-2 (Dec 2023) as talosctl prints it, node address first; startup noise. topology_manager.go:215 and kubelet.go:1872 with the date: kubelet about 1.28", kubelet='~1.28', fmt='klog-json', cls='noise'),
C(TAL, r'''    192.168.10.168: {"ts":1702043013682.5347,"caller":"topologymanager/topology_manager.go:215","msg":"Topology Admit Handler","v":0,"podUID":"e2f414db-4d31-4725-a5e9-cf4581a51f97","podNamespace":"kube-system","podName":"kube-flannel-5wqzm"}''',
  'kube-system', 'kube-flannel-5wqzm', 'e2f414db-4d31-4725-a5e9-cf4581a51f97', None, None,
  note='admission of the pod by the topology manager: names the pod, no reason', kubelet='~1.28', fmt='klog-json', cls='noise'),
C(TAL, r'''    192.168.10.168: {"ts":1702043013682.6558,"caller":"topologymanager/topology_manager.go:215","msg":"Topology Admit Handler","v":0,"podUID":"6ca34a7c-9e95-452a-9ba5-a16e23ca29f2","podNamespace":"kube-system","podName":"kube-proxy-fm7vr"}''',
  'kube-system', 'kube-proxy-fm7vr', '6ca34a7c-9e95-452a-9ba5-a16e23ca29f2', None, None,
  note='the same for kube-proxy', kubelet='~1.28', fmt='klog-json', cls='noise'),
C(TAL, r'''    192.168.10.168: {"ts":1702043013682.9958,"caller":"kubelet/kubelet.go:1872","msg":"Trying to delete pod","v":0,"pod":{"name":"kube-scheduler-master-2","namespace":"kube-system"},"podUID":"29c6c22f-7fe5-41ed-bef3-ea6d0e0bd3a8"}''',
  'kube-system', 'kube-scheduler-master-2', '29c6c22f-7fe5-41ed-bef3-ea6d0e0bd3a8', None, None,
  note="the kubelet deletes a stale mirror pod of a static pod at start (routine; not a kill, no reason)", kubelet='~1.28', fmt='klog-json', cls='noise'),
C(TAL, r'''    192.168.10.168: {"ts":1702043013683.417,"caller":"kubelet/kubelet.go:1872","msg":"Trying to delete pod","v":0,"pod":{"name":"kube-controller-manager-master-2","namespace":"kube-system"},"podUID":"93b0cef3-a009-4373-9583-1e21621a14d0"}''',
  'kube-system', 'kube-controller-manager-master-2', '93b0cef3-a009-4373-9583-1e21621a14d0', None, None,
  note='the same for the controller manager', kubelet='~1.28', fmt='klog-json', cls='noise'),
C(TAL, r'''    192.168.10.168: {"ts":1702043013683.4734,"caller":"kubelet/kubelet.go:1872","msg":"Trying to delete pod","v":0,"pod":{"name":"kube-apiserver-master-2","namespace":"kube-system"},"podUID":"c92960f3-f35c-4a33-bd31-2a2238e7475b"}''',
  'kube-system', 'kube-apiserver-master-2', 'c92960f3-f35c-4a33-bd31-2a2238e7475b', None, None,
  note='the same for the apiserver (the next line is cut in the excerpt and left out)', kubelet='~1.28', fmt='klog-json', cls='noise'),
# ---------------------------------------------------------------- aks-engine#1049: Windows node kubelet.err.log (aks-engine 0.34, Kubernetes 1.14.1)
C(AKSE, r'''E0413 10:54:41.722276    3544 file.go:104] Unable to read config path "/etc/kubernetes/manifests": path does not exist, ignoring''',
  None, None, None, None, None,
  note="Windows kubelet's static-pod path spam every 20 s (harmless, 'ignoring'); the issue states Kubernetes 1.14.1", kubelet='1.14', fmt='klog', cls='noise'),
C(AKSE, r'''E0413 10:55:01.728055    3544 file.go:104] Unable to read config path "/etc/kubernetes/manifests": path does not exist, ignoring''',
  None, None, None, None, None, note='the same, 20 s later', kubelet='1.14', fmt='klog', cls='noise'),
C(AKSE, r'''E0413 10:55:21.729621    3544 file.go:104] Unable to read config path "/etc/kubernetes/manifests": path does not exist, ignoring''',
  None, None, None, None, None, note='the same', kubelet='1.14', fmt='klog', cls='noise'),
C(AKSE, r'''E0413 10:55:41.723525    3544 file.go:104] Unable to read config path "/etc/kubernetes/manifests": path does not exist, ignoring''',
  None, None, None, None, None, note='the same', kubelet='1.14', fmt='klog', cls='noise'),
C(AKSE, r'''E0413 10:56:01.732765    3544 file.go:104] Unable to read config path "/etc/kubernetes/manifests": path does not exist, ignoring''',
  None, None, None, None, None, note='the same', kubelet='1.14', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- Juju / Charmed Kubernetes: failed pulls of charm images
C(CHUB, r'''  Warning  Failed                  23m (x4 over 25m)  kubelet                  Failed to pull image "registry.jujucharms.com/charm/kotcfrohea62xreenq1q75n1lyspke0qkurhk/postgresql-image@sha256:8a72e1152d4a01cd9f4697093d3815af4a48bb68731b2b292e3cb18163d8feff": rpc error: code = Unknown desc = Error response from daemon: pull access denied for registry.jujucharms.com/charm/kotcfrohea62xreenq1q75n1lyspke0qkurhk/postgresql-image, repository does not exist or may require 'docker login': denied: requested access to the resource is denied''',
  None, None, None, None, 'ErrImagePull',
  note="kubectl describe row (Jan 2023, postgresql-k8s charm): docker's registry answer 'pull access denied'; the row names no pod. Version not stated", fmt='event', cls='pull'),
C(PLJ, r'''Warning Failed 18m (x3 over 19m) kubelet Failed to pull image "jujusolutions/charm-base:kubernetes-kubernetes": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/jujusolutions/charm-base:kubernetes-kubernetes": failed to resolve reference "docker.io/jujusolutions/charm-base:kubernetes-kubernetes": docker.io/jujusolutions/charm-base:kubernetes-kubernetes: not found''',
  None, None, None, None, 'ErrImagePull',
  note="a maintainer quotes the describe row in an inline code span (backticks left out; its columns single-spaced as quoted): containerd cannot resolve the charm-base tag. Version not stated", fmt='event', cls='pull'),
    ]
