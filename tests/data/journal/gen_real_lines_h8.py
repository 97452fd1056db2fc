# Hunt 8 for the real-lines table (issue 13 item 3): SystemOOM, the generic FailedSync, NodeNotReady,
# and a look-alike trap for NetworkNotReady. Same rules as gen_real_lines_h3.py and the older files:
# each line is copied exactly as its public source shows it (raw strings: backslashes are the line's
# own; the tab characters inside the kubectl-describe rows of kubernetes#14402 and kubernetes#38118
# are the rows' own tabs, as the threads show them), with the source's URL, and each was seen twice
# (two different searches, or a search and a read_file of the file). Node-level lines are never
# attributed to a pod: ns, pod, uid and container are None for them. Imported by gen_real_lines.py;
# run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KA = "https://github.com/kubernetes/kubeadm/issues/"
HW = "https://github.com/prabhatsharma/kubernetes-the-hard-way-aws/issues/12"
EKSW = ("https://github.com/aws-samples/eks-workshop-v2/blob/0228ef04ff76abf4caff992352f1afba18a5291d/"
        "website/docs/troubleshooting/workernodes/three.md")
HQ = ("https://github.com/star3am/hashiqube/blob/11566e2ed14d6ec2e0917155a33ae7b571ada029/"
      "prometheus-grafana/README.md")
MS = "https://github.com/microshift-io/microshift/issues/95"


def HUNT_H8(C):
    return [
# ---------------------------------------------------------------- FailedSync: generic pod sync failures
C(K + "108891", r'''Sep 19 13:14:56 kinder-external-etcd-worker-2 kubelet[359]: E0919 13:14:56.769398     359 pod_workers.go:1294] "Error syncing pod, skipping" err="failed to delete cgroup paths for [kubepods besteffort pod53d19839-496a-4be8-8964-84ee83de9353] : unable to destroy cgroup paths for cgroup [kubepods besteffort pod53d19839-496a-4be8-8964-84ee83de9353] : Timed out while waiting for systemd to remove kubepods-besteffort-pod53d19839_496a_4be8_8964_84ee83de9353.slice" pod="pods-900/pod-test" podUID=53d19839-496a-4be8-8964-84ee83de9353''',
  'pods-900', 'pod-test', '53d19839-496a-4be8-8964-84ee83de9353', None, 'FailedSync',
  note="kinder e2e flake thread (comment of Sep 2023): the pod's cgroup could not be removed in time by systemd; no more specific reason. pod_workers.go:1294 and the date put the kubelet at about 1.28", kubelet='~1.28', fmt='klog-s', cls='sync'),
C(K + "14402", r'''  Sun, 06 Sep 2015 17:12:55 +0800	Sun, 06 Sep 2015 17:12:55 +0800	1	{kubelet 10.10.102.28}						FailedSync	Error syncing pod, skipping: open /proc/27373/cgroup: no such file or directory''',
  None, None, None, None, 'FailedSync',
  note='kubectl describe pods/busybox (Sep 2015, containerized kubelet): the FailedSync event row, tab-separated as the thread shows it; the kubelet could not read /proc/<pid>/cgroup. The row itself names no pod (busybox in default, from the command above it). Sep 2015, pause:0.8.0: kubelet about 1.0', kubelet='~1.0', fmt='event', cls='sync'),
C(KA + "106", r'''Jan 11 15:14:22 ip-172-30-2-157 kubelet[8999]: E0111 15:14:22.757364    8999 pod_workers.go:184] Error syncing pod 2b87663f-d765-11e6-b673-0a23033b1097, skipping: failed to "SetupNetwork" for "kube-dns-29''',
  None, None, '2b87663f-d765-11e6-b673-0a23033b1097', None, 'FailedSync',
  note="journalctl output cut at the terminal width by the reporter (Jan 2017, kubeadm): the line ends inside the pod's full name ('kube-dns-29...'), so only the pod uid is readable; the sync failed on the pod's network setup (SetupNetwork, the pre-CRI step that had no reason of its own). pod_workers.go:184 with docker_manager.go:2201: 1.5", kubelet='~1.5', fmt='klog', cls='sync'),
C(K + "38118", r'''  18m	18m	1	{kubelet kube-master}		Warning	FailedSync	Error syncing pod, skipping: failed to "SetupNetwork" for "kube-dns-654381707-k0bpz_kube-system" with SetupNetworkError: "Failed to setup network for pod \"kube-dns-654381707-k0bpz_kube-system(feae328d-bb72-11e6-b14f-0019bb5451a0)\" using network plugins \"cni\": unable to allocate IP address: Post http://127.0.0.1:6784/ip/6492310bba12f75aefe22d55640b7f2eb9f85e4b85ec4615f29afb43d0e9c967: dial tcp 127.0.0.1:6784: getsockopt: connection refused; Skipping pod"''',
  'kube-system', 'kube-dns-654381707-k0bpz', 'feae328d-bb72-11e6-b14f-0019bb5451a0', None, 'FailedSync',
  note="kubectl describe event row (tab-separated, Dec 2016, kubeadm with weave): SetupNetwork failed because weave's IPAM at 127.0.0.1:6784 refused; the message names the pod as name_namespace(uid). The thread's first report ran v1.4.4 images; this later comment states no version", kubelet='~1.4', fmt='event', cls='sync'),
# ---------------------------------------------------------------- NodeNotReady
C(K + "45419", r'''May 05 13:59:56 ip-10-50-20-208.ec2.internal kubelet[2858]: I0505 13:59:56.872880    2858 kubelet_node_status.go:379] Recording NodeNotReady event message for node ip-10-50-20-208.ec2.internal''',
  None, None, None, None, 'NodeNotReady',
  note='PLEG flapping thread, description (May 2017, CoreOS on AWS, Kubernetes 1.6.2): the kubelet records the NodeNotReady event for its node', kubelet='1.6', fmt='klog', cls='node'),
C(K + "45419", r'''May 05 13:59:56 ip-10-50-20-208.ec2.internal kubelet[2858]: I0505 13:59:56.872908    2858 kubelet_node_status.go:682] Node became not ready: {Type:Ready Status:False LastHeartbeatTime:2017-05-05 13:59:56.872865742 +0000 UTC LastTransitionTime:2017-05-05 13:59:56.872865742 +0000 UTC Reason:KubeletNotReady Message:PLEG is not healthy: pleg was last seen active 3m7.629592089s ago; threshold is 3m0s}''',
  None, None, None, None, 'NodeNotReady',
  note="the next line: the node's Ready condition turns False; its message names PLEG as the cause, but the line reports the condition (as the table's other 'Node became not ready' lines)", kubelet='1.6', fmt='klog', cls='node'),
C(HW, r'''Jan 31 15:46:40 ip-10-240-0-20 kubelet[3072]: I0131 15:46:40.357340    3072 kubelet_node_status.go:446] Recording NodeNotReady event message for node ip-10-240-0-20''',
  None, None, None, None, 'NodeNotReady',
  note="kubernetes-the-hard-way-aws (Jan 2020): NodeNotReady recorded after PLEG stalled on a gVisor ('untrusted') pod; kubelet about 1.17 as for this report's other line in the table", kubelet='~1.17', fmt='klog', cls='node'),
C(EKSW, r'''  Normal   NodeNotReady             52s                    node-controller          Node ip-10-42-180-244.us-west-2.compute.internal status is now: NodeNotReady''',
  None, None, None, None, 'NodeNotReady',
  note="kubectl describe node row of the EKS workshop's worker-node troubleshooting page (nodes v1.30.8-eks): the NodeNotReady event comes from the node-controller, not the kubelet, after a SystemOOM", kubelet='1.30', fmt='event', cls='node'),
# ---------------------------------------------------------------- SystemOOM
C(EKSW, r'''  Warning  SystemOOM                94s                    kubelet                  System OOM encountered, victim process: python, pid: 4763''',
  None, None, None, None, 'SystemOOM',
  note="kubectl describe node row, same page: the kubelet's SystemOOM event with the victim-process form (nodes v1.30.8-eks)", kubelet='1.30', fmt='event', cls='node'),
C(HQ, r'''hashiqube0.service.consul: 5m23s       Warning   SystemOOM                                          node/minikube                                        System OOM encountered, victim process: prometheus, pid: 2375725''',
  None, None, None, None, 'SystemOOM',
  note="hashiqube's provisioning output: a kubectl get events row (node/minikube) behind Vagrant's 'hashiqube0.service.consul: ' prefix; the victim-process form is 1.16 or later (kubernetes PR 78174), the version is not stated", fmt='event', cls='node'),
C(HQ, r'''hashiqube0.service.consul: 5m23s       Warning   SystemOOM                                          node/minikube                                        System OOM encountered, victim process: prometheus, pid: 2385107''',
  None, None, None, None, 'SystemOOM',
  note='the next row, another prometheus process killed', fmt='event', cls='node'),
C(HQ, r'''hashiqube0.service.consul: 5m23s       Warning   SystemOOM                                          node/minikube                                        System OOM encountered, victim process: prometheus, pid: 2394543''',
  None, None, None, None, 'SystemOOM',
  note='the third row of the same burst', fmt='event', cls='node'),
# ---------------------------------------------------------------- NetworkNotReady look-alikes: CNI found, network ready
C(MS, r'''Oct 20 13:42:09 runnervmzdgdc crio[47435]: time="2025-10-20T13:42:09.636785474Z" level=info msg="Found CNI network podman (type=bridge) at /etc/cni/net.d/87-podman-bridge.conflist"''',
  None, None, None, None, None,
  note="look-alike: CRI-O (Oct 2025, MicroShift CI on Ubuntu) found a CNI network; the runtime network is ready (the thread's problem is that it picked podman's network, not kindnet)", fmt='crio', cls='node-trap', trap_for=['NetworkNotReady']),
C(MS, r'''Oct 19 16:04:13 runnervmzdgdc crio[46851]: time="2025-10-19T16:04:13.476615763Z" level=info msg="Found CNI network kindnet (type=ptp) at /etc/cni/net.d/10-kindnet.conflist"''',
  None, None, None, None, None,
  note='look-alike: the same message for the intended kindnet network, a day earlier', fmt='crio', cls='node-trap', trap_for=['NetworkNotReady']),
    ]
