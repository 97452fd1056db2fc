# Hunt 57 for the real-lines table (issue 13 item 3): a HELD-OUT set from managed-Kubernetes and cloud
# repositories (aws/amazon-vpc-cni-k8s, Azure/AKS, Azure/azure-container-networking, aws-quickstart,
# aws-samples) that no earlier hunt file cites: kubelet journal runs (unstructured and structured klog,
# one run re-sent through syslog 'logger'), and kubectl describe Events runs, noise rows kept beside the
# failures. Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it
# (raw strings: backslashes are the line's own; two QS52 rows end with a space, as the PR shows them),
# with the source's URL, and each was seen twice (two different searches returning the same text).
# Node-level lines are never attributed to a pod: ns, pod, uid and container are None for them. Expected
# fields are what an SRE reads in the line itself, not what podpulse outputs.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

VPC = "https://github.com/aws/amazon-vpc-cni-k8s/issues/"
VPC2127 = VPC + "2127"
VPC59 = VPC + "59"
VPC281 = VPC + "281"
VPC1791 = VPC + "1791"
VPC2814 = VPC + "2814"
AKS304 = "https://github.com/Azure/AKS/issues/304"
ACN = "https://github.com/Azure/azure-container-networking/issues/"
ACN264 = ACN + "264"
ACN339 = ACN + "339"
ACN464 = ACN + "464"
ACN774 = ACN + "774"
QS52 = "https://github.com/aws-quickstart/quickstart-amazon-eks/pull/52"
WS451 = "https://github.com/aws-samples/eks-workshop/issues/451"


def HUNT_H57(C):
    return [
# -------- aws/amazon-vpc-cni-k8s #2127: kubelet journal of a self-managed EC2 node after the CNI was applied (Oct 2022)
C(VPC2127, r'''Oct 31 15:40:14 ip-172-31-29-158 kubelet[599]: I1031 15:40:14.790315     599 topology_manager.go:205] "Topology Admit Handler"''',
  None, None, None, None, None,
  note="aws/amazon-vpc-cni-k8s #2127 (Oct 2022, self-managed cluster on EC2): the first four lines of the kubelet run the reporter pasted after applying the VPC CNI (the rest of the paste was not seen twice and is left out). Structured klog, no version stated; the date and the 'RemoveStaleState' / 'Topology Admit Handler' messages put the kubelet at about 1.24; the topology manager admits a pod it does not name: noise", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(VPC2127, r'''Oct 31 15:40:14 ip-172-31-29-158 kubelet[599]: E1031 15:40:14.791195     599 cpu_manager.go:394] "RemoveStaleState: removing container" podUID="46df858d-e91e-46da-81a3-bbac25e0f954" containerName="aws-vpc-cni-init"''',
  None, None, '46df858d-e91e-46da-81a3-bbac25e0f954', 'aws-vpc-cni-init', None,
  note="aws/amazon-vpc-cni-k8s #2127 (Oct 2022, self-managed cluster on EC2): the first four lines of the kubelet run the reporter pasted after applying the VPC CNI (the rest of the paste was not seen twice and is left out). Structured klog, no version stated; the date and the 'RemoveStaleState' / 'Topology Admit Handler' messages put the kubelet at about 1.24; the CPU manager drops stale state of a finished init container (E level but routine cleanup): names only the pod uid and container, noise", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(VPC2127, r'''Oct 31 15:40:14 ip-172-31-29-158 kubelet[599]: I1031 15:40:14.791257     599 memory_manager.go:345] "RemoveStaleState removing state" podUID="46df858d-e91e-46da-81a3-bbac25e0f954" containerName="aws-vpc-cni-init"''',
  None, None, '46df858d-e91e-46da-81a3-bbac25e0f954', 'aws-vpc-cni-init', None,
  note="aws/amazon-vpc-cni-k8s #2127 (Oct 2022, self-managed cluster on EC2): the first four lines of the kubelet run the reporter pasted after applying the VPC CNI (the rest of the paste was not seen twice and is left out). Structured klog, no version stated; the date and the 'RemoveStaleState' / 'Topology Admit Handler' messages put the kubelet at about 1.24; the memory manager's twin of the line before: pod uid and container only, noise", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(VPC2127, r'''Oct 31 15:40:14 ip-172-31-29-158 kubelet[599]: I1031 15:40:14.956578     599 reconciler.go:357] "operationExecutor.VerifyControllerAttachedVolume started for volume \"cni-bin-dir\" (UniqueName: \"kubernetes.io/host-path/14ed1fd9-a6a9-427c-909b-7d04c272c255-cni-bin-dir\") pod \"aws-node-47vq5\" (UID: \"14ed1fd9-a6a9-427c-909b-7d04c272c255\") " pod="kube-system/aws-node-47vq5"''',
  'kube-system', 'aws-node-47vq5', '14ed1fd9-a6a9-427c-909b-7d04c272c255', None, None,
  note="aws/amazon-vpc-cni-k8s #2127 (Oct 2022, self-managed cluster on EC2): the first four lines of the kubelet run the reporter pasted after applying the VPC CNI (the rest of the paste was not seen twice and is left out). Structured klog, no version stated; the date and the 'RemoveStaleState' / 'Topology Admit Handler' messages put the kubelet at about 1.24; the volume reconciler starts verifying a host-path volume of aws-node-47vq5: normal progress, noise", kubelet='~1.24', fmt='klog-s', cls='volume'),
# -------- Azure/AKS #304: kubelet lines forwarded by syslog 'logger' on an AKS v1.8.7 node while the runtime timed out (Apr 2018)
C(AKS304, r'''Apr 16 01:06:04 52.170.22.51 logger: <11>1 2018-04-16T01:06:04Z [] 11041 - - E0416 01:06:04.270203 11041 remote_runtime.go:262] ListContainers with filter &ContainerFilter{Id:,State:&ContainerStateValue{State:CONTAINER_RUNNING,},PodSandboxId:,LabelSelector:map[string]string{},} from runtime service failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, None,
  note="Azure/AKS #304 (Apr 2018, AKS v1.8.7): the kubelet's klog lines re-sent through syslog ('logger: <11>1 <RFC3339> [] <pid> - -' prefix); ListContainers to the runtime timed out (DeadlineExceeded). A symptom of a slow runtime but not itself a verdict; the table labels these ListContainers timeouts noise", kubelet='1.8', fmt='klog', cls='runtime'),
C(AKS304, r'''Apr 16 01:06:04 52.170.22.51 logger: <11>1 2018-04-16T01:06:04Z [] 11041 - - E0416 01:06:04.274943 11041 kuberuntime_container.go:353] getKubeletContainers failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, None,
  note="Azure/AKS #304 (Apr 2018, AKS v1.8.7): the kubelet's klog lines re-sent through syslog ('logger: <11>1 <RFC3339> [] <pid> - -' prefix); getKubeletContainers failed on the same timeout: the same symptom, no pod, no reason of its own", kubelet='1.8', fmt='klog', cls='runtime'),
C(AKS304, r'''Apr 16 01:06:04 52.170.22.51 logger: <11>1 2018-04-16T01:06:04Z [] 11041 - - E0416 01:06:04.275448 11041 kubelet_pods.go:991] Error listing containers: &status.statusError{Code:4, Message:"context deadline exceeded", Details:[]*any.Any(nil)}''',
  None, None, None, None, None,
  note="Azure/AKS #304 (Apr 2018, AKS v1.8.7): the kubelet's klog lines re-sent through syslog ('logger: <11>1 <RFC3339> [] <pid> - -' prefix); kubelet_pods.go could not list containers (Code:4 = DeadlineExceeded): same symptom, no reason", kubelet='1.8', fmt='klog', cls='runtime'),
C(AKS304, r'''Apr 16 01:06:04 52.170.22.51 logger: <11>1 2018-04-16T01:06:04Z [] 11041 - - E0416 01:06:04.276996 11041 kubelet.go:1915] Failed cleaning pods: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, None,
  note="Azure/AKS #304 (Apr 2018, AKS v1.8.7): the kubelet's klog lines re-sent through syslog ('logger: <11>1 <RFC3339> [] <pid> - -' prefix); housekeeping 'Failed cleaning pods' on the same timeout: names no pod, no reason", kubelet='1.8', fmt='klog', cls='runtime'),
C(AKS304, r'''Apr 16 01:06:04 52.170.22.51 logger: <11>1 2018-04-16T01:06:04Z [] 11041 - - I0416 01:06:04.277802 11041 kubelet.go:1779] skipping pod synchronization - [container runtime is down]''',
  None, None, None, None, 'RuntimeNotReady',
  note="Azure/AKS #304 (Apr 2018, AKS v1.8.7): the kubelet's klog lines re-sent through syslog ('logger: <11>1 <RFC3339> [] <pid> - -' prefix); the kubelet now declares the container runtime down and stops syncing pods: node-level RuntimeNotReady", kubelet='1.8', fmt='klog', cls='node'),
# -------- aws/amazon-vpc-cni-k8s #59: kubelet sandbox failures when the VPC CNI has no IP to give (Apr 2018)
C(VPC59, r'''E0418 19:09:56.012799    3852 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "fluentd-pxks9_kube-system" network: add cmd: failed to assign an IP address to container''',
  'kube-system', 'fluentd-pxks9', None, None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #59, comment of Apr 2018 (EC2 node ip-172-20-19-97): the CNI could not assign an IP, so the pod's sandbox fails. remote_runtime.go:92 / kuberuntime_sandbox.go:54 / kuberuntime_manager.go:647 / pod_workers.go:186 put the kubelet at about 1.9-1.10; first line pasted without the journal prefix; RunPodSandbox failed for the pod named as name_namespace", kubelet='~1.9', fmt='klog', cls='sandbox'),
C(VPC59, r'''Apr 18 19:09:56 ip-172-20-19-97.us-west-2.compute.internal kubelet[3852]: E0418 19:09:56.012841    3852 kuberuntime_sandbox.go:54] CreatePodSandbox for pod "fluentd-pxks9_kube-system(873acabd-4339-11e8-a92c-0609dc29c0b0)" failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "fluentd-pxks9_kube-system" network: add cmd:''',
  'kube-system', 'fluentd-pxks9', '873acabd-4339-11e8-a92c-0609dc29c0b0', None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #59, comment of Apr 2018 (EC2 node ip-172-20-19-97): the CNI could not assign an IP, so the pod's sandbox fails. remote_runtime.go:92 / kuberuntime_sandbox.go:54 / kuberuntime_manager.go:647 / pod_workers.go:186 put the kubelet at about 1.9-1.10; CreatePodSandbox for name_namespace(uid) failed; the reporter's paste ends at 'add cmd:' (cut at terminal width), kept as shown", kubelet='~1.9', fmt='klog', cls='sandbox'),
C(VPC59, r'''Apr 18 19:09:56 ip-172-20-19-97.us-west-2.compute.internal kubelet[3852]: E0418 19:09:56.012855    3852 kuberuntime_manager.go:647] createPodSandbox for pod "fluentd-pxks9_kube-system(873acabd-4339-11e8-a92c-0609dc29c0b0)" failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "fluentd-pxks9_kube-system" network: add cmd''',
  'kube-system', 'fluentd-pxks9', '873acabd-4339-11e8-a92c-0609dc29c0b0', None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #59, comment of Apr 2018 (EC2 node ip-172-20-19-97): the CNI could not assign an IP, so the pod's sandbox fails. remote_runtime.go:92 / kuberuntime_sandbox.go:54 / kuberuntime_manager.go:647 / pod_workers.go:186 put the kubelet at about 1.9-1.10; the kuberuntime_manager twin of the line before, also cut ('add cmd') in the paste", kubelet='~1.9', fmt='klog', cls='sandbox'),
# -------- aws/amazon-vpc-cni-k8s #281, #1791, #2814: kubectl describe Events of pods whose sandbox got no VPC IP
C(VPC281, r'''  Normal   Scheduled               32s                 default-scheduler                                      Successfully assigned default/starbright-web-bff-74768c849b-859l2 to ip-192-168-125-31.us-east-2.compute.internal''',
  'default', 'starbright-web-bff-74768c849b-859l2', None, None, None,
  note="aws/amazon-vpc-cni-k8s #281 (Jan 2019, 'AWS EKS v1.11.5', t2.medium): kubectl describe pod Events; the scheduler's assignment names default/<pod>: noise", kubelet='1.11', fmt='event', cls='noise'),
C(VPC281, r'''  Warning  FailedCreatePodSandBox  31s                 kubelet, ip-192-168-125-31.us-east-2.compute.internal  Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "93bd20a225527b195e03ed1cdc1cf6704f9a97a73f8275736525160667d7547b" network for pod "starbright-web-bff-74768c849b-859l2": NetworkPlugin cni failed to set up pod "starbright-web-bff-74768c849b-859l2_default" network: add cmd: failed to assign an IP address to container''',
  'default', 'starbright-web-bff-74768c849b-859l2', None, None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #281 (Jan 2019, 'AWS EKS v1.11.5', t2.medium): kubectl describe pod Events; the sandbox network setup failed (add cmd: failed to assign an IP address); the message names the pod and, in name_namespace form, its namespace", kubelet='1.11', fmt='event', cls='sandbox'),
C(VPC1791, r'''  Normal   Scheduled               14s                default-scheduler  Successfully assigned default/cityfarm-development-7997fb8976-gtgxp to ip-192-168-81-85.ap-northeast-2.compute.internal''',
  'default', 'cityfarm-development-7997fb8976-gtgxp', None, None, None,
  note='aws/amazon-vpc-cni-k8s #1791, comment of Dec 2021 (EKS, ap-northeast-2): kubectl describe after a rollout restart; no version stated; scheduled, noise', kubelet=None, fmt='event', cls='noise'),
C(VPC1791, r'''  Warning  FailedCreatePodSandBox  12s                kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "ebb530230479f5cbbb6c2cbebadd117a09f954112064bb2ea7e7db3a7ae0a6ce" network for pod "cityfarm-development-7997fb8976-gtgxp": networkPlugin cni failed to set up pod "cityfarm-development-7997fb8976-gtgxp_default" network: add cmd: failed to assign an IP address to container''',
  'default', 'cityfarm-development-7997fb8976-gtgxp', None, None, 'FailedCreatePodSandBox',
  note='aws/amazon-vpc-cni-k8s #1791, comment of Dec 2021 (EKS, ap-northeast-2): kubectl describe after a rollout restart; no version stated; sandbox network setup failed (no IP); \'networkPlugin cni failed to set up pod "<name>_default"\' gives the namespace', kubelet=None, fmt='event', cls='sandbox'),
C(VPC2814, r'''  Normal   Scheduled                  49m                   default-scheduler        Successfully assigned watch/watch-api-79574c44db-klk7z to ip-10-8-58-221.ap-northeast-2.compute.internal''',
  'watch', 'watch-api-79574c44db-klk7z', None, None, None,
  note='aws/amazon-vpc-cni-k8s #2814 (Feb 2024, EKS ap-northeast-2, containerd): kubectl describe Events of a pod stuck in init; no version stated; scheduled, noise', kubelet=None, fmt='event', cls='noise'),
C(VPC2814, r'''  Warning  FailedCreatePodSandBox     49m                   kubelet                  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5499422a7c0dd169f1600782ef8b49976c15fa11caad0577706595922ab685e1": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='aws/amazon-vpc-cni-k8s #2814 (Feb 2024, EKS ap-northeast-2, containerd): kubectl describe Events of a pod stuck in init; no version stated; containerd-era wording: \'failed to setup network for sandbox "<id>": plugin type="aws-cni" ... failed to assign an IP address\'; the row names only the sandbox id, no pod', kubelet=None, fmt='event', cls='sandbox'),
C(VPC2814, r'''  Warning  FailedCreatePodSandBox     49m                   kubelet                  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4595c377d1f382e07dc64fd2a6919f3a6f5dea69c3930c176fe20abf31a0ce16": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='aws/amazon-vpc-cni-k8s #2814 (Feb 2024, EKS ap-northeast-2, containerd): kubectl describe Events of a pod stuck in init; no version stated; the next attempt with a new sandbox id, same failure; no pod named', kubelet=None, fmt='event', cls='sandbox'),
# -------- Azure/azure-container-networking #264, #339, #464, #774: Azure CNI failures seen from the kubelet and in pod Events
C(ACN264, r'''  Normal   Scheduled               18m                 default-scheduler                    Successfully assigned kube-system/kube-dns-v20-596c55dc95-cc2p6 to jluzny-eastus2-coremaster1''',
  'kube-system', 'kube-dns-v20-596c55dc95-cc2p6', None, None, None,
  note='Azure/azure-container-networking #264 (kube-dns on an acs-engine master): kubectl describe Events; no version stated; scheduled, noise', kubelet=None, fmt='event', cls='noise'),
C(ACN264, r'''  Warning  FailedCreatePodSandBox  17m                 kubelet, jluzny-eastus2-coremaster1  Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "7dfc05ac05a8cc9630c5b8e5c0281fb4217d108688722fc9c75587ff05dadfa1" network for pod "kube-dns-v20-596c55dc95-cc2p6": NetworkPlugin cni failed to set up pod "kube-dns-v20-596c55dc95-cc2p6_kube-system" network: Failed to create network: exit status 255''',
  'kube-system', 'kube-dns-v20-596c55dc95-cc2p6', None, None, 'FailedCreatePodSandBox',
  note='Azure/azure-container-networking #264 (kube-dns on an acs-engine master): kubectl describe Events; no version stated; azure-vnet failed to create the network (exit status 255), so the sandbox failed; pod in name_namespace form', kubelet=None, fmt='event', cls='sandbox'),
C(ACN339, r'''  Warning  FailedCreatePodSandBox  17m                   kubelet, 3247k8s010  Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "71b7cd958f20857e9913005fb348f03e0011af75a92ddf6a2532caadc10ad872" network for pod "rpsapi-5d8fcd96c7-5sgp9": NetworkPlugin cni failed to set up pod "rpsapi-5d8fcd96c7-5sgp9_default" network: unexpected end of JSON input''',
  'default', 'rpsapi-5d8fcd96c7-5sgp9', None, None, 'FailedCreatePodSandBox',
  note="Azure/azure-container-networking #339 (Apr 2019, aks-engine v0.34.1, 'Kubernetes version: 1.14.1', Windows node 3247k8s010): the Events the reporter pasted; sandbox network setup failed with azure-vnet's 'unexpected end of JSON input'", kubelet='1.14', fmt='event', cls='sandbox'),
C(ACN339, r'''  Normal   SandboxChanged          2m59s (x11 over 53m)  kubelet, 3247k8s010  Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note="Azure/azure-container-networking #339 (Apr 2019, aks-engine v0.34.1, 'Kubernetes version: 1.14.1', Windows node 3247k8s010): the Events the reporter pasted; SandboxChanged: the kubelet will kill and recreate the sandbox, a consequence, not a reason; the row names no pod", kubelet='1.14', fmt='event', cls='noise'),
C(ACN464, r'''  Warning  FailedScheduling        <unknown>              default-scheduler    0/6 nodes are available: 6 Insufficient cpu.''',
  None, None, None, None, None,
  note="Azure/azure-container-networking #464 (Windows node 2758k8s010, azure-vnet lock left behind under load): kubectl describe Events; no version stated ('<unknown>' ages and 'Failed to create pod sandbox' wording suggest about 1.16-1.17); FailedScheduling from default-scheduler (Insufficient cpu): not a kubelet reason, names no pod", kubelet=None, fmt='event', cls='noise'),
C(ACN464, r'''  Normal   Scheduled               <unknown>              default-scheduler    Successfully assigned default/burn2-7b86d4db4f-m2zbc to 2758k8s010''',
  'default', 'burn2-7b86d4db4f-m2zbc', None, None, None,
  note="Azure/azure-container-networking #464 (Windows node 2758k8s010, azure-vnet lock left behind under load): kubectl describe Events; no version stated ('<unknown>' ages and 'Failed to create pod sandbox' wording suggest about 1.16-1.17); scheduled, noise", kubelet=None, fmt='event', cls='noise'),
C(ACN464, r'''  Warning  FailedCreatePodSandBox  9m1s                   kubelet, 2758k8s010  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "8931a83501dcb167bf10e9365d2a7f8fe4bd125ddc04f8370b08bd7c3a799e50" network for pod "burn2-7b86d4db4f-m2zbc": networkPlugin cni failed to set up pod "burn2-7b86d4db4f-m2zbc_default" network: unexpected end of JSON input''',
  'default', 'burn2-7b86d4db4f-m2zbc', None, None, 'FailedCreatePodSandBox',
  note="Azure/azure-container-networking #464 (Windows node 2758k8s010, azure-vnet lock left behind under load): kubectl describe Events; no version stated ('<unknown>' ages and 'Failed to create pod sandbox' wording suggest about 1.16-1.17); sandbox network setup failed ('unexpected end of JSON input' from azure-vnet)", kubelet=None, fmt='event', cls='sandbox'),
C(ACN774, r'''E0415 00:12:03.779223    4804 cni.go:361] "Error adding pod to network" err="unexpected end of JSON input" pod="proxy-1266/agnhost" podSandboxID={Type:docker ID:1b26a44d1ff76beee4636d0eff169f9e86f165bacc03442ec13caeb01cde1849} podNetnsPath="none" networkType="azure-vnet" networkName="azure"''',
  'proxy-1266', 'agnhost', None, None, 'FailedCreatePodSandBox',
  note='Azure/azure-container-networking #774, comment of Apr 2021: kubelet log of the pull-kubernetes-e2e-aks-engine-windows-dockershim job for kubernetes PR 101047 (master after 1.21, so a 1.22 development kubelet), pasted without journal prefix; cni.go could not add the pod to the azure-vnet network: the sandbox network setup failed (the table labels CNI add errors FailedCreatePodSandBox)', kubelet='~1.22', fmt='klog-s', cls='sandbox'),
C(ACN774, r'''E0415 00:12:05.053625    4804 cni.go:361] "Error adding pod to network" err="unexpected end of JSON input" pod="secrets-9868/pod-secrets-c7d208cb-fbdc-4a8c-8513-deb65f3a8ac2" podSandboxID={Type:docker ID:647b2b42ce372f07237d37e3f544fc44f2d4dcb8064c8c3448e355dceb4a9183} podNetnsPath="container:c680bc6c2bc353912b4cff65b3f9ee7f134115ac4b63e9c14c85029890d014e4" networkType="azure-vnet" networkName="azure"''',
  'secrets-9868', 'pod-secrets-c7d208cb-fbdc-4a8c-8513-deb65f3a8ac2', None, None, 'FailedCreatePodSandBox',
  note='Azure/azure-container-networking #774, comment of Apr 2021: kubelet log of the pull-kubernetes-e2e-aks-engine-windows-dockershim job for kubernetes PR 101047 (master after 1.21, so a 1.22 development kubelet), pasted without journal prefix; the same failure for another e2e pod', kubelet='~1.22', fmt='klog-s', cls='sandbox'),
C(ACN774, r'''E0415 00:12:05.053625    4804 cni_windows.go:59] "Got error while adding to cni network" err="unexpected end of JSON input"''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="Azure/azure-container-networking #774, comment of Apr 2021: kubelet log of the pull-kubernetes-e2e-aks-engine-windows-dockershim job for kubernetes PR 101047 (master after 1.21, so a 1.22 development kubelet), pasted without journal prefix; the Windows CNI wrapper's own error for the same add: names no pod", kubelet='~1.22', fmt='klog-s', cls='sandbox'),
# -------- aws-quickstart/quickstart-amazon-eks #52 and aws-samples/eks-workshop #451: image pulls from ECR failing on EKS nodes
C(QS52, r'''  Normal   Scheduled  12m                default-scheduler                     Successfully assigned default/mycontainer-fd857b54f-w5p6c to ip-10-0-154-77.ec2.internal''',
  'default', 'mycontainer-fd857b54f-w5p6c', None, None, None,
  note="aws-quickstart/quickstart-amazon-eks pull #52 (Jun 2019, EKS quickstart cluster): the kubectl describe Events the author pasted; lowercase 'pulling image' and 'kubelet, <node>' put the kubelet at 1.14 or older (EKS 1.12/1.13 then); scheduled, noise", kubelet='~1.13', fmt='event', cls='noise'),
C(QS52, r'''  Warning  Failed     10m                kubelet, ip-10-0-154-77.ec2.internal  Failed to pull image "111111111.dkr.ecr.us-east-1.amazonaws.com/my/container:e87716617021afc0307a7537d74d3927f6cb9526: rpc error: code = Unknown desc = error pulling image configuration: Get https://prod-us-east-1-starport-layer-bucket.s3.amazonaws.com/***snip***dial tcp: i/o timeout''',
  None, None, None, None, 'ErrImagePull',
  note="aws-quickstart/quickstart-amazon-eks pull #52 (Jun 2019, EKS quickstart cluster): the kubectl describe Events the author pasted; lowercase 'pulling image' and 'kubelet, <node>' put the kubelet at 1.14 or older (EKS 1.12/1.13 then); the pull from ECR failed (i/o timeout fetching the image config from S3); the row names no pod. The image reference lacks its closing quote in the source", kubelet='~1.13', fmt='event', cls='pull'),
C(QS52, r'''  Warning  Failed     10m                kubelet, ip-10-0-154-77.ec2.internal  Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull',
  note="aws-quickstart/quickstart-amazon-eks pull #52 (Jun 2019, EKS quickstart cluster): the kubectl describe Events the author pasted; lowercase 'pulling image' and 'kubelet, <node>' put the kubelet at 1.14 or older (EKS 1.12/1.13 then); 'Error: ErrImagePull'", kubelet='~1.13', fmt='event', cls='pull'),
C(QS52, r'''  Normal   BackOff    10m                kubelet, ip-10-0-154-77.ec2.internal  Back-off pulling image "111111111.dkr.ecr.us-east-1.amazonaws.com/my/container:e87716617021afc0307a7537d74d3927f6cb9526 ''',
  None, None, None, None, 'ImagePullBackOff',
  note="aws-quickstart/quickstart-amazon-eks pull #52 (Jun 2019, EKS quickstart cluster): the kubectl describe Events the author pasted; lowercase 'pulling image' and 'kubelet, <node>' put the kubelet at 1.14 or older (EKS 1.12/1.13 then); BackOff 'Back-off pulling image' (the row ends with a space, as the source shows)", kubelet='~1.13', fmt='event', cls='pull'),
C(QS52, r'''  Warning  Failed     10m                kubelet, ip-10-0-154-77.ec2.internal  Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note="aws-quickstart/quickstart-amazon-eks pull #52 (Jun 2019, EKS quickstart cluster): the kubectl describe Events the author pasted; lowercase 'pulling image' and 'kubelet, <node>' put the kubelet at 1.14 or older (EKS 1.12/1.13 then); 'Error: ImagePullBackOff'", kubelet='~1.13', fmt='event', cls='pull'),
C(QS52, r'''  Normal   Pulling    10m (x2 over 12m)  kubelet, ip-10-0-154-77.ec2.internal  pulling image "111111111.dkr.ecr.us-east-1.amazonaws.com/my/container:e87716617021afc0307a7537d74d3927f6cb9526 ''',
  None, None, None, None, 'Pulling',
  note="aws-quickstart/quickstart-amazon-eks pull #52 (Jun 2019, EKS quickstart cluster): the kubectl describe Events the author pasted; lowercase 'pulling image' and 'kubelet, <node>' put the kubelet at 1.14 or older (EKS 1.12/1.13 then); the retried pull starts ('pulling image', x2); the row ends with a space, as the source shows", kubelet='~1.13', fmt='event', cls='pull'),
C(WS451, r'''Warning  Failed     12m (x4 over 13m)     kubelet, ip-10-82-9-65.ap-XXXXX.compute.internal  Failed to pull image "XXXXXXXX.dkr.ecr.ap-XXXXXX.amazonaws.com/isam:9.0.7.0": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXXX.dkr.ecr.ap-XXXXX.amazonaws.com/v2/ndi-spcp-isam/manifests/9.0.7.0: no basic auth credentials''',
  None, None, None, None, 'ErrImagePull',
  note="aws-samples/eks-workshop #451 (Oct 2019, 'EKS version 1.12, 1.13', later confirmed 1.13): a kubectl event row pasted without leading spaces; dockershim pull from ECR failed with 'no basic auth credentials'; names no pod", kubelet='1.13', fmt='event', cls='pull'),
    ]
