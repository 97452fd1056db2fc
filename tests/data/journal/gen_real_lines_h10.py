# Hunt 10 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from minikube, kubeadm,
# k3s, kubespray, rancher and openshift/origin threads of 2017-2021 that the table did not cite before (each source
# checked: its URL occurs 0 times in real_lines.jsonl). Runs of consecutive lines are taken where the thread
# pastes a journal: start-up noise beside the node- and pod-level lines, as an SRE pastes them. Each line is
# copied exactly as its public source shows it (raw strings: backslashes and quotes are the line's own), with
# the source's URL, and each was seen twice (two different searches that returned the same passage).
# Expected fields are what an SRE reads in the line itself, not what podpulse outputs. Node-level lines are
# never attributed to a pod. Written as a held-out set (see gen_real_lines_h9.py for the scores).
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

MK = "https://github.com/kubernetes/minikube/issues/"
KA = "https://github.com/kubernetes/kubeadm/issues/"

KS = "https://github.com/kubernetes-sigs/kubespray/issues/"
OR = "https://github.com/openshift/origin/issues/"
K3 = "https://github.com/k3s-io/k3s/issues/"
RA = "https://github.com/rancher/rancher/issues/"

def HUNT_H10(C):
    return [
# ---------------------------------------------------------------- minikube #11960: kubelet start-up, structured klog (Jul 2021)
C(MK + "11960", r'''Jul 12 18:14:45 minikube kubelet[2669]: I0712 18:14:45.982298    2669 apiserver.go:52] "Watching apiserver"''',
  None, None, None, None, None,
  note="'minikube start' failing at 'Configuring RBAC rules' (Jul 2021), the reporter's `minikube logs` kubelet section: start-up noise. Structured klog with kubelet.go:1846/1870 and topology_manager.go:187: 1.21", kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:47 minikube kubelet[2669]: I0712 18:14:47.719255    2669 kubelet_network_linux.go:56] "Initialized protocol iptables rules." protocol=IPv4''',
  None, None, None, None, None, note='the next line: iptables set-up, noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: I0712 18:14:48.042033    2669 kubelet_network_linux.go:56] "Initialized protocol iptables rules." protocol=IPv6''',
  None, None, None, None, None, note='noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: I0712 18:14:48.042118    2669 status_manager.go:157] "Starting to sync pod status with apiserver"''',
  None, None, None, None, None, note='noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: I0712 18:14:48.042137    2669 kubelet.go:1846] "Starting kubelet main sync loop"''',
  None, None, None, None, None, note='noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: E0712 18:14:48.042173    2669 kubelet.go:1870] "Skipping pod synchronization" err="PLEG is not healthy: pleg has yet to be successful"''',
  None, None, None, None, 'PlegNotHealthy',
  note="the sync loop is held back because PLEG has not yet relisted once (start-up); the table labels this message PlegNotHealthy (minikube#11932's line of the same kind)", kubelet='~1.21', fmt='klog-s', cls='node'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: I0712 18:14:48.142472    2669 topology_manager.go:187] "Topology Admit Handler"''',
  None, None, None, None, None, note='pod admission by the topology manager, no pod named: noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: I0712 18:14:48.142826    2669 topology_manager.go:187] "Topology Admit Handler"''',
  None, None, None, None, None, note='noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: I0712 18:14:48.142960    2669 topology_manager.go:187] "Topology Admit Handler"''',
  None, None, None, None, None, note='noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
C(MK + "11960", r'''Jul 12 18:14:48 minikube kubelet[2669]: I0712 18:14:48.143016    2669 topology_manager.go:187] "Topology Admit Handler"''',
  None, None, None, None, None, note='noise', kubelet='~1.21', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- minikube #8207: kubelet start-up, unstructured klog (May 2020)
C(MK + "8207", r'''May 19 12:00:09 minikube kubelet[21530]: I0519 12:00:09.414194   21530 volume_manager.go:265] Starting Kubelet Volume Manager''',
  None, None, None, None, None,
  note="'Not able to start minikube' (May 2020, VirtualBox), the kubelet section of `minikube logs`: start-up noise. kubelet.go:1821/1845 and status_manager.go:158: about 1.18", kubelet='~1.18', fmt='klog', cls='noise'),
C(MK + "8207", r'''May 19 12:00:09 minikube kubelet[21530]: I0519 12:00:09.462646   21530 desired_state_of_world_populator.go:139] Desired state populator starts to run''',
  None, None, None, None, None, note='noise', kubelet='~1.18', fmt='klog', cls='noise'),
C(MK + "8207", r'''May 19 12:00:09 minikube kubelet[21530]: I0519 12:00:09.526404   21530 kubelet_node_status.go:294] Setting node annotation to enable volume controller attach/detach''',
  None, None, None, None, None, note='node annotation at start-up: noise, names no problem', kubelet='~1.18', fmt='klog', cls='noise'),
C(MK + "8207", r'''May 19 12:00:09 minikube kubelet[21530]: I0519 12:00:09.558457   21530 status_manager.go:158] Starting to sync pod status with apiserver''',
  None, None, None, None, None, note='noise', kubelet='~1.18', fmt='klog', cls='noise'),
C(MK + "8207", r'''May 19 12:00:09 minikube kubelet[21530]: I0519 12:00:09.558492   21530 kubelet.go:1821] Starting kubelet main sync loop.''',
  None, None, None, None, None, note='noise', kubelet='~1.18', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- minikube #11644: kubelet start-up (Jun 2021)
C(MK + "11644", r'''Jun 14 22:22:44 minikube kubelet[2583]: I0614 22:22:44.356976    2583 kubelet_node_status.go:74] Successfully registered node minikube''',
  None, None, None, None, None,
  note="minikube's DNS thread (Jun 2021), the `minikube logs` kubelet section: node registration succeeded, noise. Unstructured kubelet.go:1852 and cpu_manager.go:193: about 1.20", kubelet='~1.20', fmt='klog', cls='noise'),
C(MK + "11644", r'''Jun 14 22:22:44 minikube kubelet[2583]: E0614 22:22:44.478052    2583 kubelet.go:1852] skipping pod synchronization - container runtime status check may not have completed yet''',
  None, None, None, None, 'RuntimeNotReady',
  note='the sync loop waits for the first runtime status check (start-up); the table labels this message RuntimeNotReady', kubelet='~1.20', fmt='klog', cls='node'),
C(MK + "11644", r'''Jun 14 22:22:44 minikube kubelet[2583]: I0614 22:22:44.494979    2583 cpu_manager.go:193] [cpumanager] starting with none policy''',
  None, None, None, None, None, note='noise', kubelet='~1.20', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubeadm #491: CNI not yet installed (Mar 2018)
C(KA + "491", r'''Mar 23 03:33:39 ip-10-0-10-187 kubelet[5992]: W0323 03:33:39.290080    5992 cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note="'Dedicated etcd nodes' (kubeadm, Mar 2018, weave-kube 2.2.1 about to start): no CNI config yet, as the table labels this warning. cni.go:171 with kubelet.go:2120 before 1.10's release: about 1.9", kubelet='~1.9', fmt='klog', cls='node'),
C(KA + "491", r'''Mar 23 03:33:39 ip-10-0-10-187 kubelet[5992]: E0323 03:33:39.290246    5992 kubelet.go:2120] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady', note='the runtime network is not ready (dockershim, CNI uninitialized)', kubelet='~1.9', fmt='klog', cls='node'),
C(KA + "491", r'''Mar 23 03:33:44 ip-10-0-10-187 kubelet[5992]: W0323 03:33:44.291285    5992 cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady', note='5 s later, the same', kubelet='~1.9', fmt='klog', cls='node'),
C(KA + "491", r'''Mar 23 03:33:44 ip-10-0-10-187 kubelet[5992]: E0323 03:33:44.291723    5992 kubelet.go:2120] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady', note='the same', kubelet='~1.9', fmt='klog', cls='node'),
C(KA + "491", r'''Mar 23 03:33:49 ip-10-0-10-187 kubelet[5992]: W0323 03:33:49.292630    5992 cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady', note='the same', kubelet='~1.9', fmt='klog', cls='node'),
C(KA + "491", r'''Mar 23 03:33:49 ip-10-0-10-187 kubelet[5992]: E0323 03:33:49.293025    5992 kubelet.go:2120] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady', note='the same', kubelet='~1.9', fmt='klog', cls='node'),
# ---------------------------------------------------------------- kubespray #2066: a standalone kubelet's start (Jan 2018)
C(KS + "2066", r'''I0129 19:58:13.659623   26530 kuberuntime_manager.go:186] Container runtime docker initialized, version: 17.03.1-ce, apiVersion: 1.27.0''',
  None, None, None, None, None,
  note="'kubespray api server running failed', a comment of Jan 2018 (Ubuntu 16.04, docker 17.03): the kubelet's own log, no journal prefix. Start-up noise. kubelet.go:1767/1778 and kubelet.go:1275: about 1.9", kubelet='~1.9', fmt='klog', cls='noise'),
C(KS + "2066", r'''E0129 19:58:13.663567   26530 kubelet.go:1275] Image garbage collection failed once. Stats initialization may not have completed yet: failed to get imageFs info: unable to find data for container /''',
  None, None, None, None, 'ImageGCFailed',
  note='the first image GC ran before cAdvisor had stats: the table labels this start-up message ImageGCFailed', kubelet='~1.9', fmt='klog', cls='node'),
C(KS + "2066", r'''W0129 19:58:13.663814   26530 kubelet.go:1359] No api server defined - no node status update will be sent.''',
  None, None, None, None, None,
  note='the kubelet runs without an API server (standalone, kubespray starting the control plane as static pods): a warning of its mode, not a failure to update the status', kubelet='~1.9', fmt='klog', cls='node-trap', trap_for='NodeStatusUpdateFailed'),
C(KS + "2066", r'''I0129 19:58:13.664935   26530 kubelet_node_status.go:273] Setting node annotation to enable volume controller attach/detach''',
  None, None, None, None, None, note='noise', kubelet='~1.9', fmt='klog', cls='noise'),
C(KS + "2066", r'''I0129 19:58:13.665865   26530 server.go:755] Started kubelet''',
  None, None, None, None, None, note='noise', kubelet='~1.9', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- minikube #4590: crash loops (Jun 2019)
C(MK + "4590", r'''Jun 25 15:57:45 minikube kubelet[3344]: E0625 15:57:45.841480    3344 pod_workers.go:190] Error syncing pod 43d0c55c-8949-11e9-ae4b-0800272bdd47 ("nginx-ingress-controller-586cdc477c-fxsch_kube-system(43d0c55c-8949-11e9-ae4b-0800272bdd47)"), skipping: failed to "StartContainer" for "nginx-ingress-controller" with CrashLoopBackOff: "Back-off 2m40s restarting failed container=nginx-ingress-controller pod=nginx-ingress-controller-586cdc477c-fxsch_kube-system(43d0c55c-8949-11e9-ae4b-0800272bdd47)"''',
  'kube-system', 'nginx-ingress-controller-586cdc477c-fxsch', '43d0c55c-8949-11e9-ae4b-0800272bdd47', 'nginx-ingress-controller', 'CrashLoopBackOff',
  note="'minikube keeps crashing many times during the day' (Jun 2019): the ingress addon's controller in back-off. pod_workers.go:190 in Jun 2019: about 1.14/1.15", kubelet='~1.15', fmt='klog', cls='crashloop'),
C(MK + "4590", r'''Jun 25 15:57:48 minikube kubelet[3344]: E0625 15:57:48.837972    3344 pod_workers.go:190] Error syncing pod 676a8a1e3e146d0c0f7c4f6e1e96b578 ("kube-controller-manager-minikube_kube-system(676a8a1e3e146d0c0f7c4f6e1e96b578)"), skipping: failed to "StartContainer" for "kube-controller-manager" with CrashLoopBackOff: "Back-off 2m40s restarting failed container=kube-controller-manager pod=kube-controller-manager-minikube_kube-system(676a8a1e3e146d0c0f7c4f6e1e96b578)"''',
  'kube-system', 'kube-controller-manager-minikube', '676a8a1e3e146d0c0f7c4f6e1e96b578', 'kube-controller-manager', 'CrashLoopBackOff',
  note='the next line: the static controller-manager pod (its uid is the manifest hash) in back-off', kubelet='~1.15', fmt='klog', cls='crashloop'),
# ---------------------------------------------------------------- openshift/origin #17638: secret volume cannot be set up (Dec 2017)
C(OR + "17638", r'''E1206 17:38:26.399937    9919 nestedpendingoperations.go:264] Operation for "\"kubernetes.io/secret/439509e0-daac-11e7-8160-42010a1400bd-deployer-token-kbtwg\" (\"439509e0-daac-11e7-8160-42010a1400bd\")" failed. No retries permitted until 2017-12-06 17:38:26.89990613 +0000 UTC (durationBeforeRetry 500ms). Error: MountVolume.SetUp failed for volume "deployer-token-kbtwg" (UniqueName: "kubernetes.io/secret/439509e0-daac-11e7-8160-42010a1400bd-deployer-token-kbtwg") pod "router-1-deploy" (UID: "439509e0-daac-11e7-8160-42010a1400bd") : exit status 1''',
  None, 'router-1-deploy', '439509e0-daac-11e7-8160-42010a1400bd', None, 'FailedMount',
  note="'oc cluster up --version=v3.7.0' (kubernetes v1.7.6+a08f5eeb62, stated): the router's deployer pod cannot mount its service-account secret; the line names the pod without its namespace", kubelet='1.7', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- k3s #1094: sandbox image cannot be unpacked (Nov 2019)
C(K3 + "1094", r'''E1117 00:28:50.182446    7872 kuberuntime_sandbox.go:68] CreatePodSandbox for pod "helm-install-traefik-djq8p_kube-system(9a0e91e9-083c-4e3e-9d1a-0bc28f6ac697)" failed: rpc error: code = NotFound desc = failed to create containerd container: error unpacking image: failed to resolve rootfs: content digest sha256:6cf7c80fe4444767f63116e6855bf8c90bddde8ef63d3a2dc9b86c74989a4eb5: not found''',
  'kube-system', 'helm-install-traefik-djq8p', '9a0e91e9-083c-4e3e-9d1a-0bc28f6ac697', None, 'FailedCreatePodSandBox',
  note='k3s v1.0.0-rc5 (stated; Kubernetes 1.16) on a NanoPC-T4: the sandbox container cannot be created, its image content is missing', kubelet='1.16', fmt='klog', cls='sandbox'),
C(K3 + "1094", r'''E1117 00:28:50.182517    7872 kuberuntime_manager.go:710] createPodSandbox for pod "helm-install-traefik-djq8p_kube-system(9a0e91e9-083c-4e3e-9d1a-0bc28f6ac697)" failed: rpc error: code = NotFound desc = failed to create containerd container: error unpacking image: failed to resolve rootfs: content digest sha256:6cf7c80fe4444767f63116e6855bf8c90bddde8ef63d3a2dc9b86c74989a4eb5: not found''',
  'kube-system', 'helm-install-traefik-djq8p', '9a0e91e9-083c-4e3e-9d1a-0bc28f6ac697', None, 'FailedCreatePodSandBox',
  note="the next line: the runtime manager's own report of the same sandbox failure (lower-case createPodSandbox)", kubelet='1.16', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- k3s #1629: pause image cannot be pulled (Apr 2020)
C(K3 + "1629", r'''Apr 09 15:43:05 intelbox k3s[2841]: E0409 15:43:05.846964    2841 pod_workers.go:191] Error syncing pod 8a8c5d93-7ce7-4a3f-a22d-4144d936e465 ("metrics-server-6d684c7b5-mn87t_kube-system(8a8c5d93-7ce7-4a3f-a22d-4144d936e465)"), skipping: failed to "CreatePodSandbox" for "metrics-server-6d684c7b5-mn87t_kube-system(8a8c5d93-7ce7-4a3f-a22d-4144d936e465)" with CreatePodSandboxError: "CreatePodSandbox for pod \"metrics-server-6d684c7b5-mn87t_kube-system(8a8c5d93-7ce7-4a3f-a22d-4144d936e465)\" failed: rpc error: code = Unknown desc = failed to get sandbox image \"docker.io/rancher/pause:3.1\": failed to pull image \"docker.io/rancher/pause:3.1\": failed to pull and unpack image \"docker.io/rancher/pause:3.1\": failed to resolve reference \"docker.io/rancher/pause:3.1\": failed to do request: Head https://registry-1.docker.io/v2/rancher/pause/manifests/3.1: dial tcp: lookup registry-1.docker.io: Try again"''',
  'kube-system', 'metrics-server-6d684c7b5-mn87t', '8a8c5d93-7ce7-4a3f-a22d-4144d936e465', None, 'FailedCreatePodSandBox',
  note="k3s under systemd (journal prefix k3s[pid]), Apr 2020: the pod's sandbox cannot be created because the pause image cannot be pulled (DNS); the failed step is the sandbox, the pull is its cause. pod_workers.go:191: k3s 1.17/1.18", kubelet='~1.17', fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- rancher #16206: an RKE worker that never registers (Oct 2018)
C(RA + "16206", r'''I1018 04:05:58.152299    2679 kubelet_node_status.go:441] Recording NodeHasSufficientDisk event message for node node1''',
  None, None, None, None, None,
  note="'Worker nodes stuck in Registering state forever' (Rancher custom cluster, Calico): `docker logs -f kubelet` on the worker, a loop the reporter pasted. The node condition events are healthy ones: noise. NodeHasSufficientDisk (gone in 1.13) beside NodeHasSufficientPID: 1.10-1.12", kubelet='~1.11', fmt='klog', cls='node-trap', trap_for='ResourcePressure'),
C(RA + "16206", r'''I1018 04:05:58.152322    2679 kubelet_node_status.go:441] Recording NodeHasSufficientMemory event message for node node1''',
  None, None, None, None, None, note='a healthy condition: noise, not memory pressure', kubelet='~1.11', fmt='klog', cls='node-trap', trap_for='ResourcePressure'),
C(RA + "16206", r'''I1018 04:05:58.152344    2679 kubelet_node_status.go:441] Recording NodeHasNoDiskPressure event message for node node1''',
  None, None, None, None, None, note='a healthy condition: noise, not disk pressure', kubelet='~1.11', fmt='klog', cls='node-trap', trap_for='ResourcePressure'),
C(RA + "16206", r'''I1018 04:05:58.152353    2679 kubelet_node_status.go:441] Recording NodeHasSufficientPID event message for node node1''',
  None, None, None, None, None, note='a healthy condition: noise', kubelet='~1.11', fmt='klog', cls='node-trap', trap_for='ResourcePressure'),
C(RA + "16206", r'''I1018 04:05:58.152367    2679 kubelet_node_status.go:79] Attempting to register node node1''',
  None, None, None, None, None, note='a registration attempt (its failure, the next line, is cut in the thread): noise', kubelet='~1.11', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- rancher #16852: dockerd cannot start the kubelet container (Dec 2018)
C(RA + "16852", r'''time="2018-12-05T00:04:22.458770729+01:00" level=error msg="Handler for POST /v1.24/containers/kubelet/start returned error: linux mounts: path /var/lib/kubelet is mounted on / but it is not a shared mount"''',
  None, None, None, None, 'KubeletStartFailed',
  note="RKE runs the kubelet as a docker container named kubelet; the reporter's /var/log/docker.log (docker 18.06.1-ce) shows dockerd refusing to start it because /var/lib/kubelet is not a shared mount: the node's kubelet does not start. No kubelet version stated", fmt='dockerd', cls='node'),
    ]
