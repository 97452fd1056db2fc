# Hunt 94 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from the issue
# threads of autoscalers, schedulers and batch systems (aws/karpenter-provider-aws,
# kubernetes-sigs/karpenter, kedacore/keda, kubernetes/autoscaler, volcano-sh/volcano), none of them
# cited by real_lines.jsonl or by any gen_real_lines_*.py before this file. Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings:
# backslashes are the line's own; the tab characters after the shipper's timestamp in the
# kubernetes-sigs/karpenter#1894 rows are the rows' own tabs, as the thread shows them; the trailing
# space of the two SuccessfulMountVolume rows of kubernetes/autoscaler#923 is the rows' own), with
# the source's URL, and each was seen twice (two different searches). Whole pasted runs were taken
# where the thread shows them whole; a run's last line cut by the search excerpt is left out.
# Expected fields are what an SRE reads in the line, not what podpulse outputs. Node-level lines are
# never attributed to a pod: ns, pod, uid and container are None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

KA = "https://github.com/aws/karpenter-provider-aws/issues/"
KS = "https://github.com/kubernetes-sigs/karpenter/issues/1894"
KEDA = "https://github.com/kedacore/keda/issues/3643"
CA = "https://github.com/kubernetes/autoscaler/issues/"
VC = "https://github.com/volcano-sh/volcano/issues/4311"


def HUNT_H94(C):
    return [
# ---------------------------------------------------------------- karpenter#2423: Bottlerocket node that never registered
C(KA + "2423", r'''Sep 12 22:47:21 ip-10-50-182-117.ec2.internal kubelet[1849]: E0912 22:47:21.139406    1849 eviction_manager.go:255] "Eviction manager: failed to get summary stats" err="failed to get node info: node \"ip-10-50-182-117.ec2.internal\" not found"''',
  None, None, None, None, None,
  note="comment of Sep 2022 (Karpenter node NotReady, Bottlerocket userdata broken): the eviction manager cannot read stats because the node object does not exist yet; a symptom of the registration failure, no pressure and no eviction (the table's other 'failed to get summary stats' lines are noise too). Version not stated", fmt='klog-s', cls='noise', trap_for='Evicted'),
C(KA + "2423", r'''Sep 12 22:47:21 ip-10-50-182-117.ec2.internal kubelet[1849]: E0912 22:47:21.216865    1849 kubelet.go:2451] "Error getting node" err="node \"ip-10-50-182-117.ec2.internal\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="the next line: the kubelet cannot get its own Node object (as the table's other 'Error getting node' lines)", fmt='klog-s', cls='node'),
# ---------------------------------------------------------------- karpenter#3748: resource-based hostnames, node forbidden to register
C(KA + "3748", r'''Apr 12 17:38:41 ip-10-0-248-163.us-west-2.compute.internal kubelet[1233]: I0412 17:38:41.559235    1233 kubelet_node_status.go:70] "Attempting to register node" node="ip-10-0-248-163.us-west-2.compute.internal"''',
  None, None, None, None, None,
  note="description (Apr 2023, Bottlerocket, resource-based naming): routine registration attempt. kubelet_node_status.go:70/92 with eviction_manager.go:261 put the kubelet at about 1.25-1.26", kubelet='~1.25', fmt='klog-s', cls='noise'),
C(KA + "3748", r'''Apr 12 17:38:41 ip-10-0-248-163.us-west-2.compute.internal kubelet[1233]: E0412 17:38:41.561272    1233 kubelet_node_status.go:92] "Unable to register node with APIserver" err="nodes \"ip-10-0-248-163.us-west-2.compute.internal\" is forbidden: node \"i-0558290eed951076c.us-west-2.compute.internal\" is not allowed to modify node \"ip-10-0-248-163.us-west-2.compute.internal\"" node="ip-10-0-248-163.us-west-2.compute.internal"''',
  None, None, None, None, 'AuthError',
  note="the NodeRestriction admission refuses: the kubelet's credentials name a different node (i-... versus ip-...), an authorization failure (as the table's 'nodes is forbidden' registration line)", kubelet='~1.25', fmt='klog-s', cls='node'),
C(KA + "3748", r'''Apr 12 17:38:46 ip-10-0-248-163.us-west-2.compute.internal kubelet[1233]: E0412 17:38:46.719869    1233 eviction_manager.go:261] "Eviction manager: failed to get summary stats" err="failed to get node info: node \"ip-10-0-248-163.us-west-2.compute.internal\" not found"''',
  None, None, None, None, None,
  note='the eviction manager cannot find the unregistered node; noise', kubelet='~1.25', fmt='klog-s', cls='noise', trap_for='Evicted'),
# ---------------------------------------------------------------- karpenter#7508: the same failure on a newer kubelet
C(KA + "7508", r'''Dec 10 12:37:42 ip-111-22-333-444.ec2.internal kubelet[2239]: I1210 12:37:42.998722    2239 kubelet_node_status.go:73] "Attempting to register node" node="ip-111-22-333-444.ec2.internal"''',
  None, None, None, None, None,
  note="description (Dec 2024, Karpenter v1.1, Bottlerocket, journalctl -u kubelet.service): routine registration attempt; the reporter masked the IP. kubelet_node_status.go:73/96 and controller.go:145 put the kubelet at about 1.30", kubelet='~1.30', fmt='klog-s', cls='noise'),
C(KA + "7508", r'''Dec 10 12:37:43 ip-111-22-333-444.ec2.internal kubelet[2239]: E1210 12:37:43.000051    2239 kubelet_node_status.go:96] "Unable to register node with API server" err="nodes \"ip-111-22-333-444.ec2.internal\" is forbidden: node \"i-0ed67a34f87240f5c\" is not allowed to modify node \"ip-111-22-333-444.ec2.internal\"" node="ip-111-22-333-444.ec2.internal"''',
  None, None, None, None, 'AuthError',
  note='registration forbidden: the node identity (i-...) does not match the node name; an authorization failure', kubelet='~1.30', fmt='klog-s', cls='node'),
# ---------------------------------------------------------------- karpenter#5043 and #1225: routine kubelet start lines
C(KA + "5043", r'''Nov 02 07:55:41 ip-172-17-182-225.ec2.internal kubelet[4330]: I1102 07:55:41.523852    4330 kubelet_resources.go:45] "Allocatable" allocatable=map[attachable-volumes-aws-ebs:{i:{value:25 scale:0} d:{Dec:<nil>} s:25 Format:DecimalSI} cpu:{i:{value:7 scale:0} d:{Dec:<nil>} s:7 Format:DecimalSI} ephemeral-storage:{i:{value:188967217652 scale:0} d:{Dec:<nil>} s:188967217652 Format:DecimalSI} hugepages-1Gi:{i:{value:0 scale:0} d:{Dec:<nil>} s:0 Format:DecimalSI} hugepages-2Mi:{i:{value:0 scale:0} d:{Dec:<nil>} s:0 Format:DecimalSI} memory:{i:{value:64331677696 scale:0} d:{Dec:<nil>} s: Format:BinarySI} pods:{i:{value:58 scale:0} d:{Dec:<nil>} s:58 Format:DecimalSI}]''',
  None, None, None, None, None,
  note="description (Nov 2023, Karpenter node NotReady with extra kubelet args): the kubelet prints its allocatable resources; a resource dump, no problem. Version not stated", fmt='klog-s', cls='noise', trap_for='ResourcePressure'),
C(KA + "1225", r'''Jan 27 21:23:56 ip-172-31-9-51.eu-west-1.compute.internal kubelet[3130]: I0127 21:23:56.669754    3130 kubelet_node_status.go:429] "Adding node label from cloud provider" labelKey="failure-domain.beta.kubernetes.io/region" labelValue="eu-west-1"''',
  None, None, None, None, None,
  note="comment of Jan 2022 (Karpenter v0.5.3 nodes not joining): routine node labelling at kubelet start. Version not stated", fmt='klog-s', cls='noise'),
C(KA + "1225", r'''Jan 27 21:23:56 ip-172-31-9-51.eu-west-1.compute.internal kubelet[3130]: I0127 21:23:56.669767    3130 kubelet_node_status.go:431] "Adding node label from cloud provider" labelKey="topology.kubernetes.io/region" labelValue="eu-west-1"''',
  None, None, None, None, None,
  note='the next line, the same', fmt='klog-s', cls='noise'),
C(KA + "1225", r'''Jan 27 21:23:56 ip-172-31-9-51.eu-west-1.compute.internal kubelet[3130]: I0127 21:23:56.671629    3130 kubelet_node_status.go:554] "Recording event message for node" node="ip-172-31-9-51.eu-west-1.compute.internal" event="NodeHasSufficientMemory"''',
  None, None, None, None, None,
  note='the next line: the kubelet records that the node has enough memory; the opposite of pressure', fmt='klog-s', cls='noise', trap_for='ResourcePressure'),
# ---------------------------------------------------------------- karpenter#6627: kubectl describe node events of a fresh Karpenter node
C(KA + "6627", r'''  Normal  Starting                 10m                  kube-proxy''',
  None, None, None, None, None,
  note="description (Karpenter nodes going NotReady, 2024): kubectl describe node event rows; kube-proxy started, empty message", fmt='event', cls='noise'),
C(KA + "6627", r'''  Normal  Starting                 10m                  kubelet                Starting kubelet.''',
  None, None, None, None, None,
  note='the kubelet started', fmt='event', cls='noise', trap_for='KubeletStartFailed'),
C(KA + "6627", r'''  Normal  NodeHasSufficientMemory  10m (x2 over 10m)    kubelet                Node ip-10-211-186-14.ec2.internal status is now: NodeHasSufficientMemory''',
  None, None, None, None, None,
  note='no memory pressure', fmt='event', cls='noise', trap_for='ResourcePressure'),
C(KA + "6627", r'''  Normal  NodeHasNoDiskPressure    10m (x2 over 10m)    kubelet                Node ip-10-211-186-14.ec2.internal status is now: NodeHasNoDiskPressure''',
  None, None, None, None, None,
  note='no disk pressure', fmt='event', cls='noise', trap_for='ResourcePressure'),
C(KA + "6627", r'''  Normal  NodeHasSufficientPID     10m (x2 over 10m)    kubelet                Node ip-10-211-186-14.ec2.internal status is now: NodeHasSufficientPID''',
  None, None, None, None, None,
  note='no PID pressure', fmt='event', cls='noise', trap_for='ResourcePressure'),
C(KA + "6627", r'''  Normal  NodeAllocatableEnforced  10m                  kubelet                Updated Node Allocatable limit across pods''',
  None, None, None, None, None,
  note='routine', fmt='event', cls='noise'),
C(KA + "6627", r'''  Normal  Synced                   10m                  cloud-node-controller  Node synced successfully''',
  None, None, None, None, None,
  note='cloud-node-controller, routine', fmt='event', cls='noise'),
C(KA + "6627", r'''  Normal  RegisteredNode           10m                  node-controller        Node ip-10-211-186-14.ec2.internal event: Registered Node ip-10-211-186-14.ec2.internal in Controller''',
  None, None, None, None, None,
  note='node-controller, routine', fmt='event', cls='noise'),
C(KA + "6627", r'''  Normal  NodeReady                10m                  kubelet                Node ip-10-211-186-14.ec2.internal status is now: NodeReady''',
  None, None, None, None, None,
  note='the node became Ready: the opposite of NodeNotReady', fmt='event', cls='noise', trap_for='NodeNotReady'),
# ---------------------------------------------------------------- kubernetes-sigs/karpenter#1894: graceful node shutdown, kubelet lines through a log shipper
C(KS, r'''2024-11-30 20:42:02.782	{"stime":"Nov 30 15:12:02","pid":"2227","message":"I1130 15:12:02.781961    2227 nodeshutdown_manager_linux.go:265] \"Shutdown manager detected new shutdown event, isNodeShuttingDownNow\" event=true"}''',
  None, None, None, None, None,
  note="comment of Dec 2024 (Karpenter does not drain before shutdown): kubelet lines as a log shipper stores them (shipper time, tab, JSON with the klog line in message); the shutdown manager sees the node shutting down; no pod named. Version not stated", fmt='klog-s', cls='shutdown'),
C(KS, r'''2024-11-30 20:42:02.782	{"stime":"Nov 30 15:12:02","pid":"2227","message":"I1130 15:12:02.782023    2227 nodeshutdown_manager_linux.go:322] \"Shutdown manager processing shutdown event\""}''',
  None, None, None, None, None,
  note='the next line; no pod named', fmt='klog-s', cls='shutdown'),
C(KS, r'''2024-11-30 20:42:02.783	{"stime":"Nov 30 15:12:02","pid":"2227","message":"E1130 15:12:02.783425    2227 kubelet_node_status.go:540] \"Error updating node status, will retry\" err=\"error getting node \\\"i-***\\\": nodes \\\"i-***\\\" not found\""}''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="the next line: the kubelet cannot update its node status (Karpenter already deleted the Node); node name masked by the reporter; the klog quoting inside the JSON string gives the triple backslashes, as the thread shows them", fmt='klog-s', cls='node'),
C(KS, r'''2024-11-30 20:42:02.785 {"stime":"Nov 30 15:12:02","pid":"2227","message":"I1130 15:12:02.784613    2227 nodeshutdown_manager_linux.go:375] \"Shutdown manager killing pod with gracePeriod\" pod=\"kube-system/kube-proxy-i-***\" gracePeriod=20"}''',
  'kube-system', None, None, None, 'Killing',
  note="the shutdown manager kills a pod (a space, not a tab, after the shipper time in this row, as the thread shows it); pod name partly masked by the reporter (relabelled by the lead from pod 'kube-proxy-i-***': a masked name is no pod name, and the table keeps only the parts a mask leaves whole, as h63's '<REDACTED>-28023090-nbd4t' row keeps its namespace and uid; scored 1/2 with the helper's label for this row and the next, 2/2 with these)", fmt='klog-s', cls='kill'),
C(KS, r'''2024-11-30 20:42:02.787	{"stime":"Nov 30 15:12:02","pid":"2227","message":"I1130 15:12:02.786271    2227 kuberuntime_container.go:745] \"Killing container with a grace period\" pod=\"prod/guardzilla-***\" podUID=\"49425c6f-***-***\" containerName=\"push-heap-dump\" containerID=\"containerd://f8a47472***\" gracePeriod=20"}''',
  'prod', None, None, 'push-heap-dump', 'Killing',
  note="(relabelled by the lead from pod 'guardzilla-***' and uid '49425c6f-***-***': masked, they are no pod name and no uid; the namespace and container are whole) the kubelet kills a container of pod prod/guardzilla-*** during the shutdown; pod name and uid partly masked by the reporter, taken as written", fmt='klog-s', cls='kill'),
# ---------------------------------------------------------------- kedacore/keda#3643: metrics apiserver in CrashLoopBackOff on EKS
C(KEDA, r'''Sep 14 15:14:35 ip-10-168-0-30.tst-us-east-1.nreca.aws kubelet[4554]: E0914 15:14:35.311491    4554 pod_workers.go:951] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"keda-operator-metrics-apiserver\" with CrashLoopBackOff: \"back-off 5m0s restarting failed container=keda-operator-metrics-apiserver pod=keda-operator-metrics-apiserver-6d5c7c69b7-7zj2l_keda(f7d4eb85-34fd-43f9-92d0-4b4ef2a6e5cd)\"" pod="keda/keda-operator-metrics-apiserver-6d5c7c69b7-7zj2l" podUID=f7d4eb85-34fd-43f9-92d0-4b4ef2a6e5cd''',
  'keda', 'keda-operator-metrics-apiserver-6d5c7c69b7-7zj2l', 'f7d4eb85-34fd-43f9-92d0-4b4ef2a6e5cd', 'keda-operator-metrics-apiserver', 'CrashLoopBackOff',
  note="comment of Sep 2022 (journalctl -xeu kubelet on an EKS node, KEDA 2.8.1): the metrics apiserver container is in back-off. pod_workers.go:951 with scope.go:110: about 1.24", kubelet='~1.24', fmt='klog-s', cls='crashloop'),
C(KEDA, r'''Sep 14 15:14:47 ip-10-168-0-30.tst-us-east-1.nreca.aws kubelet[4554]: I0914 15:14:47.310497    4554 scope.go:110] "RemoveContainer" containerID="efefac1b2be9a02e3b7049d92e80f0bee6420d931666e6561ccebd782ec1b6b4"''',
  None, None, None, None, None,
  note='the next line: the kubelet removes the dead container; names only a container id (the table keeps RemoveContainer lines as noise)', kubelet='~1.24', fmt='klog-s', cls='noise'),
C(KEDA, r'''Sep 14 15:14:47 ip-10-168-0-30.tst-us-east-1.nreca.aws kubelet[4554]: E0914 15:14:47.311217    4554 pod_workers.go:951] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"keda-operator-metrics-apiserver\" with CrashLoopBackOff: \"back-off 5m0s restarting failed container=keda-operator-metrics-apiserver pod=keda-operator-metrics-apiserver-6d5c7c69b7-7zj2l_keda(f7d4eb85-34fd-43f9-92d0-4b4ef2a6e5cd)\"" pod="keda/keda-operator-metrics-apiserver-6d5c7c69b7-7zj2l" podUID=f7d4eb85-34fd-43f9-92d0-4b4ef2a6e5cd''',
  'keda', 'keda-operator-metrics-apiserver-6d5c7c69b7-7zj2l', 'f7d4eb85-34fd-43f9-92d0-4b4ef2a6e5cd', 'keda-operator-metrics-apiserver', 'CrashLoopBackOff',
  note='the next line: the back-off again', kubelet='~1.24', fmt='klog-s', cls='crashloop'),
# ---------------------------------------------------------------- kubernetes/autoscaler#923: one pod's event stream (custom columns)
C(CA + "923", r'''2018-06-06T09:59:16Z   default-scheduler         FailedScheduling         pod has unbound PersistentVolumeClaims (repeated 92 times)''',
  None, None, None, None, None,
  note="description (Jun 2018, cluster-autoscaler on AWS): kubectl get events with custom columns CREATED, SOURCE, REASON, MSG for one pod; the scheduler waits for a PVC to bind; a scheduling event, not a kubelet failure. Version not stated", fmt='event', cls='sched', trap_for='FailedMount'),
C(CA + "923", r'''2018-06-06T09:59:22Z   cluster-autoscaler        TriggeredScaleUp         pod triggered scale-up: [{1.default.nodes.ASG-XXXXXX 37->38 (max: 39)}]''',
  None, None, None, None, None,
  note="the cluster autoscaler's scale-up event; no kubelet reason", fmt='event', cls='sched'),
C(CA + "923", r'''2018-06-06T09:59:23Z   default-scheduler         Scheduled                Successfully assigned os-strg-osq6574-2-68d64976f6-4s5j2 to ip-10-117-5-157.XXXXXX''',
  None, 'os-strg-osq6574-2-68d64976f6-4s5j2', None, None, None,
  note='the pod is scheduled; the message names the pod without namespace (as the table keeps such Scheduled rows)', fmt='event', cls='sched'),
C(CA + "923", r'''2018-06-06T09:59:23Z   kubelet                   SuccessfulMountVolume    MountVolume.SetUp succeeded for volume "logs-volume" ''',
  None, None, None, None, None,
  note='the volume mounted: the opposite of FailedMount; the trailing space is the row\'s own', fmt='event', cls='noise', trap_for='FailedMount'),
C(CA + "923", r'''2018-06-06T09:59:23Z   kubelet                   SuccessfulMountVolume    MountVolume.SetUp succeeded for volume "default-token-tm7c7" ''',
  None, None, None, None, None,
  note='the next row, the same', fmt='event', cls='noise', trap_for='FailedMount'),
# ---------------------------------------------------------------- kubernetes/autoscaler#5938: pending pod events
C(CA + "5938", r''' Normal  TriggeredScaleUp    18m        cluster-autoscaler pod triggered scale-up: [{ibm://acc///cluster1/nodegroup1 1->2 (max: 8)}]''',
  None, None, None, None, None,
  note="description (Jul 2023, cluster-autoscaler 1.24 on IBM Cloud, server v1.24.12): kubectl describe pod event rows as the reporter pasted them; the scale-up event", fmt='event', cls='sched'),
C(CA + "5938", r''' Warning FailedScheduling    14m (x2 over 19m) default-scheduler  0/6 nodes are available: 2 node(s) didn't match Pod's node affinity/selector, 4 Insufficient cpu. preemption: 0/6 nodes are available: 2 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.''',
  None, None, None, None, None,
  note='the pod is Pending for lack of cpu; a scheduler event, no kubelet reason (mentions preemption, not an eviction)', fmt='event', cls='sched', trap_for='Evicted'),
# ---------------------------------------------------------------- volcano-sh/volcano#4311: gang-scheduling events
C(VC, r'''  Warning  FailedScheduling  4m31s  volcano  pod group is not ready, 1 Pending, 1 minAvailable; Pending: 1 Unschedulable''',
  None, None, None, None, None,
  note="description (May 2025): kubectl describe pod event row from the volcano scheduler; the pod group cannot be scheduled; no kubelet reason", fmt='event', cls='sched'),
C(VC, r'''  Warning  Unschedulable  6m18s (x12 over 6m29s)  volcano  1/1 tasks in gang unschedulable: pod group is not ready, 1 Pending, 1 minAvailable; Pending: 1 Unschedulable''',
  None, None, None, None, None,
  note="the PodGroup's own event row; no pod named, no kubelet reason", fmt='event', cls='sched'),
    ]
