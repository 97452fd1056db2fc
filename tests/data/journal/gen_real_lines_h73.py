# Hunt 73, a HELD-OUT set for issue 13 (item 4: pod+reason on real lines the team has not seen): kubelet
# journal and log-file runs pasted into kubernetes/kubernetes issues of 2018-2020 (kubelet 1.12-1.17): a
# standalone kubelet that keeps failing (kubernetes#79556, 1.13.5), a worker that would not register after
# an upgrade to 1.12 (kubernetes#71665), a kubelet pointed at Docker's bundled containerd, which has no CRI
# (kubernetes#73189, 1.13.0), an e2e CSI mount that retried without back-off (kubernetes#71569, the kubelet's
# own Event(...) log line of a FailedMount), an etcd line from a /var/log/messages paste in the orphaned-pod
# thread (kubernetes#60987, 1.14.3), the kubelet's dead HTTP/2 connection to the API server (kubernetes#87615,
# kubernetes#92164) and syslog-forwarded kubelet lines with a '<30>' priority prefix (kubernetes#75477).
# None of these threads was cited by real_lines.jsonl or by any gen_real_lines_*.py when this file was
# written. Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: the backslash-free quotes are the lines' own), with the source's URL, and each was seen twice (two
# different searches returning the same text). Lines are whole consecutive runs where the thread pastes a
# run (noise included); a run is cut where the search excerpt was cut, never inside a line. Some lines of
# kubernetes#71665 end mid-word ('/dev/', 'PageSize:104', 'DockerV'): the reporter's paste was cut at the
# terminal width, and the lines are kept as the thread shows them. Expected fields are what an SRE reads
# from the line itself, not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

GH = "https://github.com/"
K79556 = GH + "kubernetes/kubernetes/issues/79556"
K71665 = GH + "kubernetes/kubernetes/issues/71665"
K73189 = GH + "kubernetes/kubernetes/issues/73189"
K71569 = GH + "kubernetes/kubernetes/issues/71569"
K60987 = GH + "kubernetes/kubernetes/issues/60987"
K87615 = GH + "kubernetes/kubernetes/issues/87615"
K92164 = GH + "kubernetes/kubernetes/issues/92164"
K75477 = GH + "kubernetes/kubernetes/issues/75477"


def HUNT_H73(C):
    return [
# ---------------------------------------------------------------- standalone kubelet 1.13.5 restarting (kubernetes#79556)
C(K79556, r'''Jun 29 04:45:45 kube-master-1 systemd[1]: Started kubelet: The Kubernetes Node Agent.''',
  None, None, None, None, None,
  note="'Kubelet keeps failing' (Jun 2019, GCP VM, kubelet v1.13.5 as the next line states): systemd starts the unit; noise", kubelet='1.13', fmt='other', cls='noise'),
C(K79556, r'''Jun 29 04:45:46 kube-master-1 kubelet[3660]: I0629 04:45:46.733613    3660 server.go:407] Version: v1.13.5''',
  None, None, None, None, None,
  note='the kubelet states its version at start; noise', kubelet='1.13', fmt='klog', cls='noise'),
C(K79556, r'''Jun 29 04:45:46 kube-master-1 kubelet[3660]: I0629 04:45:46.734528    3660 plugins.go:103] No cloud provider specified.''',
  None, None, None, None, None,
  note='start-up information; noise', kubelet='1.13', fmt='klog', cls='noise'),
C(K79556, r'''Jun 29 04:45:46 kube-master-1 kubelet[3660]: W0629 04:45:46.740389    3660 server.go:552] standalone mode, no API client''',
  None, None, None, None, None,
  note='a warning, but the standalone mode is chosen by configuration (no kubeconfig); not an auth or API-server failure', kubelet='1.13', fmt='klog', cls='noise'),
C(K79556, r'''Jun 29 04:45:46 kube-master-1 kubelet[3660]: W0629 04:45:46.762681    3660 server.go:464] No api server defined - no events will be sent to API server.''',
  None, None, None, None, None,
  note="the consequence of standalone mode; 'No api server' is configuration, not ApiServerUnreachable", kubelet='1.13', fmt='klog', cls='noise', trap_for='ApiServerUnreachable'),
C(K79556, r'''Jun 29 04:45:46 kube-master-1 kubelet[3660]: I0629 04:45:46.762708    3660 server.go:666] --cgroups-per-qos enabled, but --cgroup-root was not specified.  defaulting to /''',
  None, None, None, None, None,
  note='start-up information; noise', kubelet='1.13', fmt='klog', cls='noise'),
C(K79556, r'''Jun 29 04:45:46 kube-master-1 kubelet[3660]: I0629 04:45:46.763077    3660 container_manager_linux.go:248] container manager verified user specified cgroup-root exists: []''',
  None, None, None, None, None,
  note='start-up information; noise (the run continues with the container-manager config dump, cut by the excerpt)', kubelet='1.13', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- worker not registering after 1.12 upgrade (kubernetes#71665)
C(K71665, r'''Dec 03 16:59:44 wrk00 kubelet[3418]: I1203 16:59:44.431693    3418 server.go:524] No cloud provider specified: "" from the config file: ""''',
  None, None, None, None, None,
  note="'Upgrading to 1.12.0 worker refuse to register with node not found' (Dec 2018, Debian 9 on AWS, manual bootstrap of v1.12): start-up; noise", kubelet='1.12', fmt='klog', cls='noise'),
C(K71665, r'''Dec 03 16:59:44 wrk00 kubelet[3418]: I1203 16:59:44.433350    3418 manager.go:155] cAdvisor running in container: "/sys/fs/cgroup/cpu,cpuacct/system.slice/kubelet.service"''',
  None, None, None, None, None,
  note="cAdvisor start-up; the word 'container' names a cgroup, no pod", kubelet='1.12', fmt='klog', cls='noise'),
C(K71665, r'''Dec 03 16:59:44 wrk00 kubelet[3418]: I1203 16:59:44.470450    3418 fs.go:142] Filesystem UUIDs: map[c71ec5c4-4f79-44c1-9db7-ad1fdb6ca898:/dev/xvda1]''',
  None, None, None, None, None,
  note='cAdvisor start-up; the UUID is a filesystem UUID, not a pod uid', kubelet='1.12', fmt='klog', cls='uid-trap'),
C(K71665, r'''Dec 03 16:59:44 wrk00 kubelet[3418]: I1203 16:59:44.470469    3418 fs.go:143] Filesystem partitions: map[tmpfs:{mountpoint:/run major:0 minor:19 fsType:tmpfs blockSize:0} /dev/''',
  None, None, None, None, None,
  note="cAdvisor start-up, cut at the terminal width in the reporter's paste; noise", kubelet='1.12', fmt='klog', cls='noise'),
C(K71665, r'''Dec 03 16:59:44 wrk00 kubelet[3418]: I1203 16:59:44.473419    3418 manager.go:229] Machine: {NumCores:4 CpuFrequency:2400070 MemoryCapacity:16829833216 HugePages:[{PageSize:104''',
  None, None, None, None, None,
  note='cAdvisor machine info, cut in the paste; noise', kubelet='1.12', fmt='klog', cls='noise'),
C(K71665, r'''Dec 03 16:59:44 wrk00 kubelet[3418]: I1203 16:59:44.474153    3418 manager.go:235] Version: {KernelVersion:4.9.0-8-amd64 ContainerOsVersion:Debian GNU/Linux 9 (stretch) DockerV''',
  None, None, None, None, None,
  note='cAdvisor version info, cut in the paste; noise', kubelet='1.12', fmt='klog', cls='noise'),
C(K71665, r'''Dec 03 16:59:44 wrk00 kubelet[3418]: I1203 16:59:44.474450    3418 server.go:667] --cgroups-per-qos enabled, but --cgroup-root was not specified.  defaulting to /''',
  None, None, None, None, None,
  note='start-up information; noise', kubelet='1.12', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubelet on Docker's containerd, no CRI (kubernetes#73189)
C(K73189, r'''I0123 09:17:30.849536   18641 flags.go:33] FLAG: --container-runtime="remote"''',
  None, None, None, None, None,
  note="'failed to create kubelet: unknown service runtime.v1alpha2.RuntimeService' (Jan 2019, k8s 1.13.0 with the containerd bundled in Docker 18.06, per the reporter): the flag dump; noise", kubelet='1.13', fmt='klog', cls='noise'),
C(K73189, r'''I0123 09:17:30.849540   18641 flags.go:33] FLAG: --container-runtime-endpoint="unix:///var/run/docker/containerd/docker-containerd.sock"''',
  None, None, None, None, None,
  note='the flag dump: the endpoint is the docker-bundled containerd socket (the cause), but the line itself is configuration', kubelet='1.13', fmt='klog', cls='noise'),
C(K73189, r'''E0123 09:17:30.895631   18641 remote_runtime.go:72] Version from runtime service failed: rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService''',
  None, None, None, None, 'RuntimeNotReady',
  note="the runtime answers but has no CRI service; the table reads 'Version from runtime service failed' as RuntimeNotReady", kubelet='1.13', fmt='klog', cls='runtime'),
C(K73189, r'''E0123 09:17:30.895892   18641 kuberuntime_manager.go:184] Get runtime version failed: rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService''',
  None, None, None, None, 'RuntimeNotReady',
  note='the same failure one layer up (kuberuntime_manager)', kubelet='1.13', fmt='klog', cls='runtime'),
C(K73189, r'''F0123 09:17:30.895924   18641 server.go:261] failed to run Kubelet: failed to create kubelet: rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService''',
  None, None, None, None, 'KubeletStartFailed',
  note='the fatal line: the kubelet exits', kubelet='1.13', fmt='klog', cls='start'),
# ---------------------------------------------------------------- CSI mount retried without back-off, e2e (kubernetes#71569)
C(K71569, r'''I1126 15:27:50.424926    1446 server.go:459] Event(v1.ObjectReference{Kind:"Pod", Namespace:"e2e-tests-csi-volumes-92vsl", Name:"pod-subpath-test-csi-hostpath-dynamicpv-mgnk", UID:"cc5409be-f18f-11e8-9a1b-42010a800002", APIVersion:"v1", ResourceVersion:"47363", FieldPath:""}): type: 'Warning' reason: 'FailedMount' MountVolume.NewMounter initialization failed for volume "pvc-c9e516f1-f18f-11e8-9a1b-42010a800002" : driver name csi-hostpath-e2e-tests-csi-volumes-92vsl not found in the list of registered CSI drivers''',
  'e2e-tests-csi-volumes-92vsl', 'pod-subpath-test-csi-hostpath-dynamicpv-mgnk', 'cc5409be-f18f-11e8-9a1b-42010a800002', None, 'FailedMount',
  note="'Operation executor doesn't seem to be throttling or backing off on retries' (Nov 2018, ci-kubernetes-e2e-gce-new-master-upgrade-cluster-new-parallel kubelet.log): the kubelet logs the FailedMount event it records, with the pod's namespace, name and UID in the ObjectReference; the CSI driver had not registered yet. Nov 2018 master-upgrade job: kubelet about 1.12/1.13", kubelet='~1.13', fmt='klog', cls='mount'),
# ---------------------------------------------------------------- /var/log/messages beside the kubelet (kubernetes#60987)
C(K60987, r'''Oct 15 14:48:41 cluster2cwe1 start-etcd.sh: 2019-10-15 14:48:41.930053 I | embed: rejected connection from "10.200.211.102:58860" (error "EOF", ServerName "")''',
  None, None, None, None, None,
  note="orphaned-pod thread, comment of Oct 2019 ('Kubernetes v1.14.3'): the etcd line just before the kubelet's 'Orphaned pod' error in a /var/log/messages paste; etcd's TLS noise, not the kubelet's, names no pod and is not an API-server or certificate problem of the node", kubelet='1.14', fmt='other', cls='noise', trap_for='CertificateError'),
# ---------------------------------------------------------------- kubelet keeps a dead HTTP/2 connection (kubernetes#87615)
C(K87615, r'''Jun 23 03:14:45 vm10.company.com kubelet[22255]: E0623 03:14:45.912484   22255 kubelet_node_status.go:402] Error updating node status, will retry: error getting node "vm10.company.com": Get "https://vm10.company.com:8443/api/v1/nodes/vm10.company.com?timeout=10s": write tcp 16.155.199.4:39668->16.155.199.4:8443: use of closed network connection''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="'(1.17) Kubelet won't reconnect to Apiserver after NIC failure' (comment of Jun 2020): the kubelet cannot post its node status over a connection the HTTP/2 pool still holds; the thread is about 1.17 and kubelet_node_status.go:402 with a quoted URL fits 1.17-1.18", kubelet='~1.17', fmt='klog', cls='node'),
C(K87615, r'''Jun 23 03:14:45 vm10.company.com kubelet[22255]: E0623 03:14:45.912604   22255 kubelet_node_status.go:402] Error updating node status, will retry: error getting node "vm10.company.com": Get "https://vm10.company.com:8443/api/v1/nodes/vm10.company.com?timeout=10s": write tcp 16.155.199.4:39668->16.155.199.4:8443: use of closed network connection''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='the next retry, same failure', kubelet='~1.17', fmt='klog', cls='node'),
C(K87615, r'''Jun 23 03:14:45 vm10.company.com kubelet[22255]: E0623 03:14:45.912741   22255 kubelet_node_status.go:402] Error updating node status, will retry: error getting node "vm10.company.com": Get "https://vm10.company.com:8443/api/v1/nodes/vm10.company.com?timeout=10s": write tcp 16.155.199.4:39668->16.155.199.4:8443: use of closed network connection''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='the third retry (the run goes on with the node-lease failure, cut by the excerpt)', kubelet='~1.17', fmt='klog', cls='node'),
# ---------------------------------------------------------------- the same bug, node NotReady (kubernetes#92164)
C(K92164, r'''Error updating node status, will retry: error getting node "slave1": Get https://510c811c-423f-4e3d-be59-7c71ce2f3505.local:8443/api/v1/nodes/slave1?timeout=10s: write tcp 10.200.0.12:53614->10.200.0.11:8443: use of closed network connection''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="'Node become NotReady and got use of closed network connection' (Jun 2020): the reporter pasted the message without its klog prefix. The API server's host name is a UUID: not a pod uid. The unquoted URL (Go before 1.14) and the v1beta1 lease API in the next line put the kubelet at about 1.16", kubelet='~1.16', fmt='klog', cls='uid-trap'),
C(K92164, r'''Jun 05 12:20:07 inspurtest14-unjnhicspj-master-2 kubelet[28496]: E0605 20:20:07.712990   28496 controller.go:149] failed to update node lease, error: Put https://9b7768cc-0d61-45a7-b910-bcd7b9d55be7.local:8443/apis/coordination.k8s.io/v1beta1/namespaces/kube-node-lease/leases/master3?timeout=10s: read tcp 192.168.202.168:52274->192.168.202.155:8443: read: connection reset by peer''',
  None, None, None, None, 'ApiServerUnreachable',
  note="the node-lease controller's PUT to the API server is reset; the table reads lease failures as ApiServerUnreachable. The host name is a UUID, not a pod uid", kubelet='~1.16', fmt='klog', cls='uid-trap'),
# ---------------------------------------------------------------- syslog-forwarded kubelet lines, API server down (kubernetes#75477)
C(K75477, r'''<30>Mar 19 08:02:43 mykubehost3 kubelet[89518]: E0319 08:02:43.743872   89518 reflector.go:322] k8s.io/kubernetes/pkg/kubelet/kubelet.go:464: Failed to watch *v1.Node: Get https://1.2.3.4:6443/api/v1/nodes?fieldSelector=metadata.name%3Dmykubehost3.mycompany.com&resourceVersion=17120323&timeoutSeconds=373&watch=true: dial tcp 1.2.3.4:6443: connect: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note="'Restarting the pause container fails' (Mar 2019): kubelet lines as a syslog forwarder wrote them, with the '<30>' priority prefix (daemon.info) before the syslog timestamp; the kubelet's watches to the API server are refused. The line before it in the thread (the Service watch) starts with the markdown quote marker and is left out. reflector.go:322 with kubelet.go:455/464: about 1.12", kubelet='~1.12', fmt='klog', cls='apiserver'),
C(K75477, r'''<30>Mar 19 08:02:43 mykubehost3 kubelet[89518]: E0319 08:02:43.743872   89518 reflector.go:322] k8s.io/kubernetes/pkg/kubelet/config/apiserver.go:47: Failed to watch *v1.Pod: Get https://1.2.3.4:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dmykubehost3.mycompany.com&resourceVersion=17119518&timeoutSeconds=548&watch=true: dial tcp 1.2.3.4:6443: connect: connection refused''',
  None, None, None, None, 'ApiServerUnreachable',
  note="the pod watch fails the same way: '*v1.Pod' is the watched type, no pod is named", kubelet='~1.12', fmt='klog', cls='apiserver'),
    ]
