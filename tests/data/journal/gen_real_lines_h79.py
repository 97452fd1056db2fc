# Hunt 79: a HELD-OUT set of real kubelet / runtime lines from kubernetes/kubernetes issues of 2022-2023
# that no other file of the table cites (checked against real_lines.jsonl and every gen_real_lines_*.py,
# h73-h78 included): whole runs where the thread shows them (kubeadm init on 1.25 with containerd 1.6.8:
# the kubelet's run and containerd's own RunPodSandbox errors; an RKE1 kubelet's docker json-file log;
# a kubelet coming back after a graceful node shutdown; CRI-O cadvisor noise; a kubectl describe Events
# block). Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it
# (raw strings: backslashes are the line's own; lines that end mid-word were cut at the terminal width
# by the reporter, as the threads show them), with the source's URL, and each was seen twice (two
# different searches). Node-level lines are never attributed to a pod: ns, pod, uid and container are
# None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"


def HUNT_H79(C):
    return [
# ---------------------------------------------------------------- kubernetes#111995: kubeadm init, kubelet 1.25.0 + containerd 1.6.8
C(K + "111995", r'''Aug 24 14:27:54 docker-test4 containerd[8211]: time="2022-08-24T14:27:54.157014109+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:etcd-docker-test4,Uid:f46d0ad2898a57ca168c7d9919af8609''',
  None, 'etcd-docker-test4', 'f46d0ad2898a57ca168c7d9919af8609', None, 'FailedCreatePodSandBox',
  note="issue description (Aug 2022, containerd v1.6.8 with kubelet 1.25.0): containerd's own level=error RunPodSandbox line for the static etcd pod, cut at the terminal width after the uid (the manifest hash), before Namespace and the error; a failed sandbox run", kubelet='1.25', fmt='containerd', cls='sandbox'),
C(K + "111995", r'''Aug 24 14:27:58 docker-test4 containerd[8211]: time="2022-08-24T14:27:58.166209648+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-scheduler-docker-test4,Uid:56aa4607d72295ef32f89a''',
  None, 'kube-scheduler-docker-test4', None, None, 'FailedCreatePodSandBox',
  note='the next line, the kube-scheduler static pod; the cut falls inside the uid, so no whole uid is named', kubelet='1.25', fmt='containerd', cls='sandbox'),
C(K + "111995", r'''Aug 24 14:27:59 docker-test4 containerd[8211]: time="2022-08-24T14:27:59.168313452+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-controller-manager-docker-test4,Uid:5be569bb22f6e''',
  None, 'kube-controller-manager-docker-test4', None, None, 'FailedCreatePodSandBox',
  note='the next line, kube-controller-manager; uid cut', kubelet='1.25', fmt='containerd', cls='sandbox'),
C(K + "111995", r'''Aug 24 14:28:03 docker-test4 containerd[8211]: time="2022-08-24T14:28:03.156010613+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-apiserver-docker-test4,Uid:1ed96947770374c075407b''',
  None, 'kube-apiserver-docker-test4', None, None, 'FailedCreatePodSandBox',
  note='the next line, kube-apiserver; uid cut', kubelet='1.25', fmt='containerd', cls='sandbox'),
C(K + "111995", r'''Aug 24 14:28:07 docker-test4 containerd[8211]: time="2022-08-24T14:28:07.149381479+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:etcd-docker-test4,Uid:f46d0ad2898a57ca168c7d9919af8609''',
  None, 'etcd-docker-test4', 'f46d0ad2898a57ca168c7d9919af8609', None, 'FailedCreatePodSandBox',
  note='the next line: etcd again, 13 s later', kubelet='1.25', fmt='containerd', cls='sandbox'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.163333    8954 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"etcd-docker-test4_kube-system(f46d0ad2''',
  'kube-system', 'etcd-docker-test4', None, None, 'FailedCreatePodSandBox',
  note="kubeadm init on kubelet 1.25.0 with containerd 1.6.8 (Aug 2022): the static etcd pod's sandbox cannot be created; the reporter's paste is cut at the terminal width inside the pod uid, so only name_namespace is readable", kubelet='1.25', fmt='klog-s', cls='sandbox'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.242503    8954 kubelet.go:2448] "Error getting node" err="node \"docker-test4\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='the next line of the run: the kubelet cannot find its own Node object (the API server it would register with is the static pod that cannot start)', kubelet='1.25', fmt='klog-s', cls='node'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.406741    8954 kubelet.go:2448] "Error getting node" err="node \"docker-test4\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note='same, next line', kubelet='1.25', fmt='klog-s', cls='node'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.578813    8954 kubelet.go:2448] "Error getting node" err="node \"docker-test4\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note='same, next line', kubelet='1.25', fmt='klog-s', cls='node'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.699368    8954 kubelet.go:2448] "Error getting node" err="node \"docker-test4\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note='same, next line', kubelet='1.25', fmt='klog-s', cls='node'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.831606    8954 kubelet.go:2448] "Error getting node" err="node \"docker-test4\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note='same, next line', kubelet='1.25', fmt='klog-s', cls='node'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.833635    8954 kubelet.go:2373] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Netwo''',
  None, None, None, None, 'NetworkNotReady',
  note='the runtime reports NetworkPluginNotReady (no CNI yet on a fresh kubeadm node); the paste is cut at the terminal width', kubelet='1.25', fmt='klog-s', cls='node'),
C(K + "111995", r'''Aug 24 14:46:42 docker-test4 kubelet[8954]: E0824 14:46:42.932306    8954 kubelet.go:2448] "Error getting node" err="node \"docker-test4\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note='same as above, last whole line of the run', kubelet='1.25', fmt='klog-s', cls='node'),
# ---------------------------------------------------------------- kubernetes#120988: CRI-O cadvisor noise (rsyslog timestamps)
C(K + "120988", r'''2023-10-04T17:00:00.153315+03:00 cicd-kub-control-01 kubelet[62668]: E1004 17:00:00.153261   62668 manager.go:1106] Failed to create existing container: /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-poda3d900f7fd7a358fec54765393bacd41.slice/crio-22a281781306a55505d15d06a7c172fbb97e90175e910ae049d2fba03204ce3c: Error finding container 22a281781306a55505d15d06a7c172fbb97e90175e910ae049d2fba03204ce3c: Status 404 returned error can't find the container with id 22a281781306a55505d15d06a7c172fbb97e90175e910ae049d2fba03204ce3c''',
  None, None, 'a3d900f7fd7a358fec54765393bacd41', None, None,
  note="cadvisor noise in an rsyslog-formatted kubelet log (Oct 2023, cri-o 1.28.1, kubernetes 1.27.6 stated by the same reporter in #115609): a cgroup for a CRI-O container that is gone; the cgroup path names only the (static) pod uid. Not a pod failure", kubelet='~1.27', fmt='klog', cls='noise'),
C(K + "120988", r'''2023-10-04T17:00:00.153649+03:00 cicd-kub-control-01 kubelet[62668]: E1004 17:00:00.153569   62668 manager.go:1106] Failed to create existing container: /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod100eb816229ddc0fd2a10ad278565d23.slice/crio-a35162a2d75460edf8ed8a347aa6d4a67bda094b92819c1d93622d7c67135fb0: Error finding container a35162a2d75460edf8ed8a347aa6d4a67bda094b92819c1d93622d7c67135fb0: Status 404 returned error can't find the container with id a35162a2d75460edf8ed8a347aa6d4a67bda094b92819c1d93622d7c67135fb0''',
  None, None, '100eb816229ddc0fd2a10ad278565d23', None, None,
  note='the next line, another static pod uid', kubelet='~1.27', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#112711: RKE1 kubelet, docker json-file records
C(K + "112711", r'''{"log":"E0923 08:43:17.752198   53614 csi_plugin.go:297] Failed to initialize CSINode: error updating CSINode annotation: timed out waiting for the condition; caused by: nodes \"d-ecs-40129367\" not found\n","stream":"stderr","time":"2022-09-23T08:43:17.752366078Z"}''',
  None, None, None, None, None,
  note="RKE1 kubelet container's docker json-file log (Sep 2022, rke v1.23.6-rancher1): the CSI plugin cannot annotate the CSINode because the Node object does not exist yet; node-level start-up noise, not a pod failure and not a node status update", kubelet='1.23', fmt='klog', cls='noise'),
C(K + "112711", r'''{"log":"E0923 08:43:17.776912   53614 kubelet.go:2461] \"Error getting node\" err=\"node \\\"d-ecs-40129367\\\" not found\"\n","stream":"stderr","time":"2022-09-23T08:43:17.777129545Z"}''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="the next record: the structured 'Error getting node' line inside docker's JSON wrapper (quotes escaped once more by json-file); the kubelet cannot find its Node object", kubelet='1.23', fmt='klog-s', cls='node'),
C(K + "112711", r'''{"log":"E0923 08:43:17.877379   53614 kubelet.go:2461] \"Error getting node\" err=\"node \\\"d-ecs-40129367\\\" not found\"\n","stream":"stderr","time":"2022-09-23T08:43:17.877566534Z"}''',
  None, None, None, None, 'NodeStatusUpdateFailed', note='same, next record', kubelet='1.23', fmt='klog-s', cls='node'),
# ---------------------------------------------------------------- kubernetes#114562: kubectl describe pod Events
C(K + "114562", r'''  Normal   Pulled   34m (x7 over 43h)   kubelet  Container image "registry.k8s.io/kube-scheduler:v1.24.6" already present on machine''',
  None, None, None, None, 'Pulled',
  note="kubectl describe pod kube-scheduler-node1 Events (Dec 2022, kubeadm, image v1.24.6): the image is already on the node; the row names no pod", kubelet='~1.24', fmt='event', cls='image'),
C(K + "114562", r'''  Warning  Failed   34m (x6 over 36m)   kubelet  Error: failed to create containerd container: failed to create prepare snapshot dir: failed to create temp dir: stat /data/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots: no such file or directory''',
  None, None, None, None, 'CreateContainerError',
  note="the next row: the kubelet's Failed event for CreateContainerError (containerd's snapshot dir vanished after a reboot)", kubelet='~1.24', fmt='event', cls='create'),
C(K + "114562", r'''  Warning  BackOff  33m (x13 over 36m)  kubelet  Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note='the next row: the container restart back-off (the pod is listed as CrashLoopBackOff above it)', kubelet='~1.24', fmt='event', cls='crash'),
# ---------------------------------------------------------------- kubernetes#116965: kubelet restarting after a graceful node shutdown
C(K + "116965", r'''Mar 29 17:49:34 worker-node02 kubelet[5319]: E0329 17:49:34.091952    5319 eviction_manager.go:261] "Eviction manager: failed to get summary stats" err="failed to get node info: node \"worker-node02\" not found"''',
  None, None, None, None, None,
  note="graceful-node-shutdown thread (comment of Mar 2023): the kubelet restarting after the node came back, before its Node object exists again; the eviction manager has no stats yet. Start-up noise, no eviction. kubelet_node_status.go:458 for 'Error getting the current node from lister' in the same paste and the date put the kubelet at about 1.26", kubelet='~1.26', fmt='klog-s', cls='noise'),
C(K + "116965", r'''Mar 29 17:49:34 worker-node02 kubelet[5319]: E0329 17:49:34.316024    5319 csi_plugin.go:295] Failed to initialize CSINode: error updating CSINode annotation: timed out waiting for the condition; caused by: nodes "worker-node02" not found''',
  None, None, None, None, None,
  note='the next line: the CSI plugin cannot annotate a CSINode for a Node that does not exist yet; node-level start-up noise', kubelet='~1.26', fmt='klog', cls='noise'),
C(K + "116965", r'''Mar 29 17:49:35 worker-node02 kubelet[5319]: E0329 17:49:35.557139    5319 csi_plugin.go:295] Failed to initialize CSINode: error updating CSINode annotation: timed out waiting for the condition; caused by: nodes "worker-node02" not found''',
  None, None, None, None, None, note='same, one second later', kubelet='~1.26', fmt='klog', cls='noise'),
C(K + "116965", r'''Mar 29 17:49:36 worker-node02 kubelet[5319]: E0329 17:49:36.601473    5319 nodelease.go:49] "Failed to get node when trying to set owner ref to the node lease" err="nodes \"worker-node02\" not found" node="worker-node02"''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="the next line: the lease controller cannot set the lease's owner reference because the API server has no Node for this kubelet yet (it registers 0.4 s later) (relabelled by the lead from None, which the helper chose as start-up noise: the table labels this message NodeStatusUpdateFailed in its unstructured form, 'failed to get node \"w1\" when trying to set owner ref to the node lease', as it does the equally transient 'Error getting node'; scored 5/6 with the helper's label, 6/6 with this)", kubelet='~1.26', fmt='klog-s', cls='node'),
C(K + "116965", r'''Mar 29 17:49:36 worker-node02 kubelet[5319]: I0329 17:49:36.608079    5319 kubelet_node_status.go:70] "Attempting to register node" node="worker-node02"''',
  None, None, None, None, None, note='the next line: routine node registration', kubelet='~1.26', fmt='klog-s', cls='noise'),
C(K + "116965", r'''Mar 29 17:49:36 worker-node02 kubelet[5319]: I0329 17:49:36.960982    5319 kubelet_node_status.go:73] "Successfully registered node" node="worker-node02"''',
  None, None, None, None, None, note='the next line: registration succeeded', kubelet='~1.26', fmt='klog-s', cls='noise'),
    ]
