# Hunt 62 for the real-lines table (issue 13 item 3): a HELD-OUT set of kubelet, CRI-O and event lines pasted
# after a node reboot, a kubelet restart or an upgrade (kubeadm, kops, cluster-api): start-up noise, the runtime
# not ready yet, the API server refusing, sandboxes that cannot be recreated, static pods re-added, probes
# against containers lost in the reboot, and a pod's events after an upgrade. None of these threads is cited
# elsewhere in the table. Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source
# shows it (raw strings: backslashes are the line's own), with the source's URL, and each was seen twice (two
# different searches of the issue threads, compared again). Whole consecutive runs were taken where the thread
# pastes them; a line cut by the paste was left out. Expected fields are what an SRE reads in the line, not what
# podpulse outputs. Node-level lines are never attributed to a pod: ns, pod, uid and container are None for them.
# Do not import gen_real_lines.py here (it rewrites real_lines.jsonl).
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

KA917 = "https://github.com/kubernetes/kubeadm/issues/917"
K134908 = "https://github.com/kubernetes/kubernetes/issues/134908"
CAU133 = "https://github.com/vmware-archive/cluster-api-upgrade-tool/issues/133"
CRI1014 = "https://github.com/containerd/cri/issues/1014"
KOPS1835 = "https://github.com/kubernetes/kops/issues/1835"
CRIO1742 = "https://github.com/cri-o/cri-o/issues/1742"
PH538 = "https://github.com/kontena/pharos-cluster/issues/538"
K85338 = "https://github.com/kubernetes/kubernetes/issues/85338"


def HUNT_H62(C):
    return [
C(KA917, r'''Jun 14 13:58:11 kubeadm-test kubelet[4914]: W0614 13:58:11.208054    4914 pod_container_deletor.go:75] Container "b60f27b58588e03e9f225b0ee690f50a0daaa9562065bf92fb9fae10b6cd7aac" not found in pod's containers''',
  None, None, None, None, None,
  note="kubeadm upgrade thread (luxas, Jun 2018): after the control-plane upgrade the restarted kubelet cleans up containers of the old static pods; the deletor names a container id only. kubelet.go:1597 and the date: about 1.11", kubelet='~1.11', fmt='klog', cls='noise'),
C(KA917, r'''Jun 14 13:58:11 kubeadm-test kubelet[4914]: W0614 13:58:11.214290    4914 pod_container_deletor.go:75] Container "3a87921b3404d80ddd8c1f01382b670d1c32d0dcac13695001a593c4e4dc9618" not found in pod's containers''',
  None, None, None, None, None,
  note='the next line of the same run: another old container id', kubelet='~1.11', fmt='klog', cls='noise'),
C(KA917, r'''Jun 14 13:58:11 kubeadm-test kubelet[4914]: E0614 13:58:11.215149    4914 kubelet.go:1597] Failed creating a mirror pod for "kube-controller-manager-kubeadm-test_kube-system(2c699ef588814f6e0b029a609f33eccb)": Post https://10.132.0.2:6443/api/v1/namespaces/kube-system/pods: dial tcp 10.132.0.2:6443: connect: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note="the static controller-manager's mirror pod cannot be posted because the API server (restarting in the upgrade) refuses connections: the API server's problem, node-level, so no pod (the table's precedent for mirror-pod posts refused)", kubelet='~1.11', fmt='klog', cls='apiserver'),
C(KA917, r'''Jun 14 13:58:11 kubeadm-test kubelet[4914]: W0614 13:58:11.220174    4914 pod_container_deletor.go:75] Container "bef44acd17d8b40a04af8dfc4b70856feceb5e2069bd5e67405184d80393ea01" not found in pod's containers''',
  None, None, None, None, None,
  note='deletor noise, same run', kubelet='~1.11', fmt='klog', cls='noise'),
C(KA917, r'''Jun 14 13:58:11 kubeadm-test kubelet[4914]: W0614 13:58:11.226491    4914 pod_container_deletor.go:75] Container "1781cfcc0a85dc640a3ec34174f1b35101575ba9397a14355f0609c1ec36b028" not found in pod's containers''',
  None, None, None, None, None,
  note='deletor noise, same run (the next line, a status_manager line, is cut in the thread and left out)', kubelet='~1.11', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#134908: kubelet restart, static pod manifest changed
C(K134908, r'''I1026 22:15:44.660032 1809423 kubelet.go:2438] "SyncLoop ADD" source="file" pods=["kube-system/etcd-event-master1","kube-system/etcd-master1","kube-system/kube-apiserver-master1","kube-system/kube-controller-manager-master1","kube-system/kube-scheduler-master1"]''',
  None, None, None, None, None,
  note="static-pod thread (Oct 2025): right after a kubelet restart the file source adds the five static control-plane pods; a list of several pods names no single pod, and adding them is no reason. pod_workers.go:1302 (the table's 1.30 lines have 1301) and the date: about 1.31", kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K134908, r'''E1026 22:15:45.110475 1809423 kubelet.go:2005] "Failed creating a mirror pod for" err="pods \"etcd-master1\" already exists" pod="kube-system/etcd-master1"''',
  'kube-system', 'etcd-master1', None, None, None,
  note="the mirror pod of the static etcd pod already exists on the API server (it survived the kubelet restart): an error-level line that is harmless, no reason; it names the pod", kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K134908, r'''I1026 22:15:46.899963 1809423 kubelet.go:2448] "SyncLoop REMOVE" source="file" pods=["kube-system/etcd-master1"]''',
  'kube-system', 'etcd-master1', None, None, None,
  note="the etcd manifest is changed: the file source removes the old pod (one pod named); a lifecycle line, no reason, as the table's other SyncLoop REMOVE rows", kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K134908, r'''I1026 22:15:46.900006 1809423 kubelet.go:2438] "SyncLoop ADD" source="file" pods=["kube-system/etcd-master1"]''',
  'kube-system', 'etcd-master1', None, None, None,
  note='and adds the updated pod under the same name', kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K134908, r'''E1026 22:15:46.901304 1809423 pod_workers.go:1302] "Error syncing pod, skipping" err="unmounted volumes=[dump etcd-cluster-state etcd-data etcd-log ssl], unattached volumes=[], failed to process volumes=[]: context canceled" pod="kube-system/etcd-master1" podUID="9ded0635be24cb82b17d2d73d76fc506"''',
  'kube-system', 'etcd-master1', '9ded0635be24cb82b17d2d73d76fc506', None, 'FailedMount',
  note="the old pod's sync gives up waiting for its volumes to mount (unmounted volumes=[...], the wait cancelled): the kubelet's volume-wait failure, read as FailedMount like the table's 'timed out waiting for the condition' rows; the static pod's uid is the manifest hash", kubelet='~1.31', fmt='klog-s', cls='volume'),
# ---------------------------------------------------------------- cluster-api-upgrade-tool#133: kubelet start-up on an upgraded control-plane machine
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: I1111 09:41:31.639212    1390 kubelet.go:287] Adding pod path: /etc/kubernetes/manifests''',
  None, None, None, None, None,
  note="kubelet journal of a control-plane machine during a cluster-api upgrade (Nov 2019, containerd): start-up noise. util_unix.go:103's deprecated-endpoint warning and remote_runtime.go:59's grpc lines date it about 1.16", kubelet='~1.16', fmt='klog', cls='startup'),
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: I1111 09:41:31.639268    1390 kubelet.go:312] Watching apiserver''',
  None, None, None, None, None,
  note='start-up noise, next line', kubelet='~1.16', fmt='klog', cls='startup'),
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: W1111 09:41:31.717119    1390 util_unix.go:103] Using "/run/containerd/containerd.sock" as endpoint is deprecated, please consider using full url format "unix:///run/containerd/containerd.sock".''',
  None, None, None, None, None,
  note='a warning about the endpoint format, not a runtime failure', kubelet='~1.16', fmt='klog', cls='startup'),
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: I1111 09:41:31.719132    1390 remote_runtime.go:59] parsed scheme: ""''',
  None, None, None, None, None,
  note='grpc dial noise', kubelet='~1.16', fmt='klog', cls='startup'),
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: I1111 09:41:31.719157    1390 remote_runtime.go:59] scheme "" not registered, fallback to default scheme''',
  None, None, None, None, None,
  note='grpc dial noise', kubelet='~1.16', fmt='klog', cls='startup'),
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: I1111 09:41:31.719977    1390 passthrough.go:48] ccResolverWrapper: sending update to cc: {[{/run/containerd/containerd.sock 0  <nil>}] <nil>}''',
  None, None, None, None, None,
  note='grpc resolver noise (two spaces before <nil> as pasted)', kubelet='~1.16', fmt='klog', cls='startup'),
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: I1111 09:41:31.720003    1390 clientconn.go:577] ClientConn switching balancer to "pick_first"''',
  None, None, None, None, None,
  note='grpc balancer noise', kubelet='~1.16', fmt='klog', cls='startup'),
C(CAU133, r'''Nov 11 09:41:31 ip-10-0-0-167 kubelet[1390]: W1111 09:41:31.720034    1390 util_unix.go:103] Using "/run/containerd/containerd.sock" as endpoint is deprecated, please consider using full url format "unix:///run/containerd/containerd.sock".''',
  None, None, None, None, None,
  note='the same warning for the image service endpoint', kubelet='~1.16', fmt='klog', cls='startup'),
# ---------------------------------------------------------------- containerd/cri#1014: kubelet after a hard reboot, containerd not ready yet
C(CRI1014, r'''Jan 02 16:12:56 node1 kubelet[1014]: E0102 16:12:56.247557    1014 reflector.go:205] k8s.io/kubernetes/pkg/kubelet/kubelet.go:455: Failed to list *v1.Service: Get https://10.0.22.191:6443/api/v1/services?limit=500&resourceVersion=0: dial tcp 10.0.22.191:6443: connect: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note="'failed to reserve sandbox name' after a hard reboot (Jan 2019, containerd CRI): the kubelet's informers cannot reach the API server, node-level. reflector.go:205 as the table's ~1.11 lines", kubelet='~1.11', fmt='klog', cls='apiserver'),
C(CRI1014, r'''Jan 02 16:12:56 node1 kubelet[1014]: E0102 16:12:56.248821    1014 reflector.go:205] k8s.io/kubernetes/pkg/kubelet/config/apiserver.go:47: Failed to list *v1.Pod: Get https://10.0.22.191:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dnode1&limit=500&resourceVersion=0: dial tcp 10.0.22.191:6443: connect: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note='listing the pods fails the same way: names no pod (the look-alike of Failed to list *v1.Pod)', kubelet='~1.11', fmt='klog', cls='apiserver'),
C(CRI1014, r'''Jan 02 16:12:56 node1 kubelet[1014]: E0102 16:12:56.680498    1014 remote_runtime.go:69] Version from runtime service failed: rpc error: code = Unknown desc = server is not initialized yet''',
  None, None, None, None, 'RuntimeNotReady',
  note="containerd's CRI plugin is still starting after the reboot: the runtime is not ready", kubelet='~1.11', fmt='klog', cls='runtime'),
C(CRI1014, r'''Jan 02 16:12:56 node1 kubelet[1014]: E0102 16:12:56.680840    1014 kuberuntime_manager.go:172] Get runtime version failed: rpc error: code = Unknown desc = server is not initialized yet''',
  None, None, None, None, 'RuntimeNotReady',
  note='the same cause, one level up', kubelet='~1.11', fmt='klog', cls='runtime'),
C(CRI1014, r'''Jan 02 16:12:56 node1 kubelet[1014]: F0102 16:12:56.680888    1014 server.go:262] failed to run Kubelet: failed to create kubelet: rpc error: code = Unknown desc = server is not initialized yet''',
  None, None, None, None, 'KubeletStartFailed',
  note='the kubelet exits fatally (F) because the runtime is not ready: the start failure is what the line reports', kubelet='~1.11', fmt='klog', cls='startup'),
C(CRI1014, r'''Jan 02 16:12:56 node1 systemd[1]: kubelet.service: Main process exited, code=exited, status=255/n/a''',
  None, None, None, None, 'KubeletStartFailed',
  note="systemd's line for the kubelet's exit, as the table's other 'Main process exited' rows", kubelet='~1.11', fmt='other', cls='node'),
# ---------------------------------------------------------------- kops#1835: kubectl get events after upgrading the cluster to 1.5.2
C(KOPS1835, r'''6m        6m        1         queue-3385653009-c8bm4   Pod                                Normal    Scheduled    {default-scheduler }                                    Successfully assigned queue-3385653009-c8bm4 to ip-172-20-97-147.eu-west-1.compute.internal''',
  None, 'queue-3385653009-c8bm4', None, None, None,
  note="kubectl get events (Feb 2017) after a kops upgrade to 1.5.2, without the namespace column: the scheduler's Scheduled row names the pod; no reason", kubelet='1.5', fmt='event', cls='noise'),
C(KOPS1835, r'''10s       6m        6         queue-3385653009-c8bm4   Pod       spec.containers{queue}   Normal    Pulling      {kubelet ip-172-20-97-147.eu-west-1.compute.internal}   pulling image "awsid.dkr.ecr.eu-west-1.amazonaws.com/someproject/queue"''',
  None, 'queue-3385653009-c8bm4', None, 'queue', 'Pulling',
  note="the kubelet's Pulling event for the pod's container queue (six times: the container keeps restarting)", kubelet='1.5', fmt='event', cls='pull'),
C(KOPS1835, r'''10s       4m        6         queue-3385653009-c8bm4   Pod       spec.containers{queue}   Normal    Pulled       {kubelet ip-172-20-97-147.eu-west-1.compute.internal}   Successfully pulled image "awsid.dkr.ecr.eu-west-1.amazonaws.com/someproject/queue"''',
  None, 'queue-3385653009-c8bm4', None, 'queue', 'Pulled',
  note='the pull succeeds', kubelet='1.5', fmt='event', cls='pull'),
C(KOPS1835, r'''4m        4m        1         queue-3385653009-c8bm4   Pod       spec.containers{queue}   Normal    Created      {kubelet ip-172-20-97-147.eu-west-1.compute.internal}   Created container with docker id 45307c4ad7dd; Security:[seccomp=unconfined]''',
  None, 'queue-3385653009-c8bm4', None, 'queue', None,
  note="Created is not one of the reasons (the table files Created rows as None); a dockershim-era message with the docker id", kubelet='1.5', fmt='event', cls='noise'),
C(KOPS1835, r'''4m        4m        1         queue-3385653009-c8bm4   Pod       spec.containers{queue}   Normal    Started      {kubelet ip-172-20-97-147.eu-west-1.compute.internal}   Started container with docker id 45307c4ad7dd''',
  None, 'queue-3385653009-c8bm4', None, 'queue', 'Started',
  note="the kubelet's Started event for the container", kubelet='1.5', fmt='event', cls='start'),
# ---------------------------------------------------------------- kontena/pharos-cluster#538: CRI-O's unit after a node reboot
C(PH538, r'''Aug 16 09:27:25 pharos-worker-0 systemd[1]: Starting Open Container Initiative Daemon...''',
  None, None, None, None, None,
  note="'Cri-o is broken after reboot' (Aug 2018, CRI-O 1.11 under pharos): the journal of the crio unit from the boot on; systemd starts CRI-O, noise", kubelet='~1.11', fmt='other', cls='startup'),
C(PH538, r'''Aug 16 09:27:25 pharos-worker-0 sysctl[1463]: net.ipv4.ip_forward = 1''',
  None, None, None, None, None,
  note="the unit's ExecStartPre sysctl, noise", kubelet='~1.11', fmt='other', cls='startup'),
C(PH538, r'''Aug 16 09:27:25 pharos-worker-0 crio[1502]: time="2018-08-16 09:27:25.844253805Z" level=info msg="[graphdriver] using prior storage driver: overlay"''',
  None, None, None, None, None,
  note='CRI-O start-up noise', kubelet='~1.11', fmt='crio', cls='startup'),
C(PH538, r'''Aug 16 09:27:25 pharos-worker-0 crio[1502]: time="2018-08-16 09:27:25.862101545Z" level=info msg="CNI network pharos (type=weave-net) is used from /etc/cni/net.d/00-pharos.conflist"''',
  None, None, None, None, None,
  note='CRI-O finds the CNI config: the network is ready, not a NetworkNotReady look-alike to flag', kubelet='~1.11', fmt='crio', cls='startup'),
C(PH538, r'''Aug 16 09:27:25 pharos-worker-0 crio[1502]: time="2018-08-16 09:27:25.862131899Z" level=info msg="Initial CNI setting succeeded"''',
  None, None, None, None, None,
  note='CNI set up, noise', kubelet='~1.11', fmt='crio', cls='startup'),
C(PH538, r'''Aug 16 09:27:25 pharos-worker-0 crio[1502]: time="2018-08-16 09:27:25.938674650Z" level=warning msg="could not restore sandbox b01bd69f5856e81c7d77e276b054535b444cf0531fb9792a87a583c948d213e1 container b01bd69f5856e81c7d77e276b054535b444cf0531fb9792a87a583c948d213e1: open /var/run/containers/storage/overlay-containers/b01bd69f5856e81c7d77e276b054535b444cf0531fb9792a87a583c948d213e1/userdata/config.json: no such file or directory"''',
  None, None, None, None, None,
  note="CRI-O cannot restore a sandbox whose state under /var/run was lost in the reboot: a runtime warning naming a sandbox id only (offline no pod), and not itself a sandbox-creation failure (that comes later, in the kubelet, as cri-o#1742 shows)", kubelet='~1.11', fmt='crio', cls='runtime'),
# ---------------------------------------------------------------- cri-o#1742: the kubelet after the same kind of reboot
C(CRIO1742, r'''Aug 16 10:49:35 pharos-worker-0 kubelet[1503]: W0816 10:49:35.119467    1503 status_manager.go:482] Failed to get status for pod "pharos-proxy-pharos-worker-0_kube-system(f2ed2b7c8d4f0463b262f46b7a3856b9)": Get https://localhost:6443/api/v1/namespaces/kube-system/pods/pharos-proxy-pharos-worker-0: dial tcp 127.0.0.1:6443: connect: connection refused''',
  'kube-system', 'pharos-proxy-pharos-worker-0', 'f2ed2b7c8d4f0463b262f46b7a3856b9', None, None,
  note="'Sandbox already exists after node reboot' (Aug 2018, CRI-O 1.11.1, so kubelet 1.11): a status-manager warning that names the static pod; no reason, as the table's other 'Failed to get status for pod' rows", kubelet='~1.11', fmt='klog', cls='noise'),
C(CRIO1742, r'''Aug 16 10:49:35 pharos-worker-0 kubelet[1503]: E0816 10:49:35.134458    1503 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = pod sandbox with name "k8s_pharos-proxy-pharos-worker-0_kube-system_f2ed2b7c8d4f0463b262f46b7a3856b9_0" already exists''',
  'kube-system', 'pharos-proxy-pharos-worker-0', 'f2ed2b7c8d4f0463b262f46b7a3856b9', None, 'FailedCreatePodSandBox',
  note="the sandbox cannot be created because CRI-O still holds one of that name from before the reboot; the sandbox name k8s_<pod>_<namespace>_<uid>_<attempt> names the pod (as the table's 'error creating pod sandbox with name' rows)", kubelet='~1.11', fmt='klog', cls='sandbox'),
C(CRIO1742, r'''Aug 16 10:49:35 pharos-worker-0 kubelet[1503]: E0816 10:49:35.134538    1503 kuberuntime_sandbox.go:56] CreatePodSandbox for pod "pharos-proxy-pharos-worker-0_kube-system(f2ed2b7c8d4f0463b262f46b7a3856b9)" failed: rpc error: code = Unknown desc = pod sandbox with name "k8s_pharos-proxy-pharos-worker-0_kube-system_f2ed2b7c8d4f0463b262f46b7a3856b9_0" already exists''',
  'kube-system', 'pharos-proxy-pharos-worker-0', 'f2ed2b7c8d4f0463b262f46b7a3856b9', None, 'FailedCreatePodSandBox',
  note='the same failure one level up, the pod as name_namespace(uid)', kubelet='~1.11', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- kubernetes#85338: kubectl describe pod after rebooting the VM (the rows as pasted, one space apart)
C(K85338, r'''Normal Pulled kubelet, 192.168.56.88 Container image "h3crd-wlan1.chinacloudapp.cn:5000/rabbitmq:v5" already present on machine''',
  None, None, None, None, 'Pulled',
  note="'After reboot my linux vm, rabbit cluster not healthy' (Nov 2019, docker): the describe rows of rabbitmq-2-0, flattened to single spaces in the issue text; the image is already present, which the table files as Pulled. The row names no pod (the pod is in the command above it); the Kubernetes version is not stated", fmt='event', cls='pull'),
C(K85338, r'''Normal Created kubelet, 192.168.56.88 Created container''',
  None, None, None, None, None,
  note='Created is no reason', fmt='event', cls='noise'),
C(K85338, r'''Normal Started kubelet, 192.168.56.88 Started container''',
  None, None, None, None, 'Started',
  note='the container starts after the reboot', fmt='event', cls='start'),
C(K85338, r'''Warning Unhealthy (x5 over ) kubelet, 192.168.56.88 Liveness probe errored: rpc error: code = Unknown desc = Error: No such container: 8f855a814a503b0c7748f58212bef343448f7a5544ba7a6a8e1aa9f44708632e''',
  None, None, None, None, 'LivenessProbeFailed',
  note="the liveness probe keeps running against the container from before the reboot, which docker no longer has: a liveness probe error, filed as LivenessProbeFailed like the table's other 'Liveness probe errored' rows", fmt='event', cls='probe'),
    ]
