# Hunt 97 for the real-lines table (issue 13 item 3): a HELD-OUT set from kubernetes/kubernetes threads
# about kubelet internals (cpu manager static policy, memory manager, topology manager, device manager,
# kubelet start-up), none of them cited by real_lines.jsonl or any gen_real_lines_*.py before. Whole
# runs of consecutive lines as the reporters pasted them (routine cpumanager lines, containerd teardown
# lines and systemd lines are kept: they are noise and must come out reason None), each copied exactly
# from its thread and seen twice (two different searches of the issue threads, compared again).
# Runtime lines that name only a container or sandbox id name no pod. Node-level lines are never
# attributed to a pod. The PreStartHookError lines (cpu manager cannot give a container its CPUs, so
# the container does not start) are RunContainerError: the container failed to start.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"


def HUNT_H97(C):
    return [
# ---------------------------------------------------------------- cpu manager: cpuset.cpus not updated (calico + static policy)
C(K + "81728", r'''Aug 21 15:37:26 my-centos kubelet[2715]: 2019-08-21 15:37:26.741 [INFO][25946] k8s.go 420: Wrote updated endpoint to datastore ContainerID="dc1eb1ab0c9ca86cec51a94aced27ecf47fbc0ab231da971771fed5d15939da8" Namespace="default" Pod="pod-dpdk-uio" WorkloadEndpoint="my--centos-k8s-pod--dpdk--uio-eth0"''',
  'default', 'pod-dpdk-uio', None, None, None,
  note='cpumanager thread (Aug 2019, CentOS, static policy): Calico\'s CNI plugin writes its own log through the kubelet\'s unit; it names the pod and its namespace (Namespace="default" Pod="pod-dpdk-uio") but reports a normal endpoint update, no failure. policy_static.go:177/207 and state_mem.go:84 are the line numbers of #89949\'s stated 1.15.5', kubelet='~1.15', fmt='klog', cls='cni'),
C(K + "81728", r'''Aug 21 15:37:26 my-centos kubelet[2715]: I0821 15:37:26.780697    2715 policy_static.go:177] [cpumanager] static policy: AddContainer (pod: pod-dpdk-uio, container: appcntruio3, container id: 6c7467c08cc4f97496703a939bcf9bd23e54a5064bdd871b103c19177784bf0b)''',
  None, 'pod-dpdk-uio', None, 'appcntruio3', None,
  note='the static policy taking the container in (pod name without namespace, container name): routine, no reason', kubelet='~1.15', fmt='klog', cls='noise'),
C(K + "81728", r'''Aug 21 15:37:26 my-centos kubelet[2715]: I0821 15:37:26.780718    2715 policy_static.go:207] [cpumanager] allocateCpus: (numCPUs: 5)''',
  None, None, None, None, None,
  note='cpumanager allocation step: names no pod, routine', kubelet='~1.15', fmt='klog', cls='noise'),
C(K + "81728", r'''Aug 21 15:37:26 my-centos kubelet[2715]: I0821 15:37:26.780855    2715 state_mem.go:84] [cpumanager] updated default cpuset: "0-1,7-17"''',
  None, None, None, None, None,
  note='cpumanager shrinking the shared pool: routine', kubelet='~1.15', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- cpu manager: reconcileState reads stale status
C(K + "89949", r'''I0323 18:08:32.495213   11766 policy_static.go:177] [cpumanager] static policy: AddContainer (pod: pod-a, container: container-a, container id: dee4923b00b7b1099cf314e391f1894e353e30f7cd1f5d41b7cce367e2f70113)''',
  None, 'pod-a', None, 'container-a', None,
  note='reconcileState thread (kubelet 1.15.5 stated, CentOS 7): the static policy adding the container (pod name without namespace); routine', kubelet='1.15', fmt='klog', cls='noise'),
C(K + "89949", r'''I0323 18:08:32.495226   11766 policy_static.go:207] [cpumanager] allocateCpus: (numCPUs: 8)''',
  None, None, None, None, None,
  note='allocation step, names no pod', kubelet='1.15', fmt='klog', cls='noise'),
C(K + "89949", r'''I0323 18:08:32.495297   11766 state_mem.go:84] [cpumanager] updated default cpuset: "0-1,20-21"''',
  None, None, None, None, None,
  note='shared pool updated, names no pod', kubelet='1.15', fmt='klog', cls='noise'),
C(K + "89949", r'''I0323 18:08:32.495934   11766 policy_static.go:215] [cpumanager] allocateCPUs: returning "16-19,36-39"''',
  None, None, None, None, None,
  note='CPUs returned for the container, names no pod', kubelet='1.15', fmt='klog', cls='noise'),
C(K + "89949", r'''I0323 18:08:32.495956   11766 state_mem.go:76] [cpumanager] updated desired cpuset (container id: dee4923b00b7b1099cf314e391f1894e353e30f7cd1f5d41b7cce367e2f70113, cpuset: "16-19,36-39")''',
  None, None, None, None, None,
  note='desired cpuset recorded by container id only: no pod named', kubelet='1.15', fmt='klog', cls='noise'),
C(K + "89949", r'''I0323 18:08:39.299031   11766 policy_static.go:197] [cpumanager] static policy: RemoveContainer (container id: dee4923b00b7b1099cf314e391f1894e353e30f7cd1f5d41b7cce367e2f70113)''',
  None, None, None, None, None,
  note='static policy releasing a container by id: routine cleanup', kubelet='1.15', fmt='klog', cls='noise'),
C(K + "89949", r'''I0323 18:08:39.299732   11766 state_mem.go:84] [cpumanager] updated default cpuset: "0-1,16-21,36-39"''',
  None, None, None, None, None,
  note='shared pool grows back: routine', kubelet='1.15', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- memory manager: kubelet fails to start
C(K + "102073", r'''May 17 11:53:07 my-node kubelet: E0517 11:53:07.195378    3261 container_manager_linux.go:358] "Failed to initialize memory manager" err="unknown policy: \"static\""''',
  None, None, None, None, 'KubeletStartFailed',
  note='memory-manager start-up failure (K8S 1.21 stated): the container manager cannot be built (\'unknown policy: "static"\'), and the next line shows the kubelet exiting for it', kubelet='1.21', fmt='klog-s', cls='node'),
C(K + "102073", r'''May 17 11:53:07 my-node kubelet: E0517 11:53:07.195440    3261 server.go:292] "Failed to run kubelet" err="failed to run Kubelet: unknown policy: \"static\""''',
  None, None, None, None, 'KubeletStartFailed',
  note="'Failed to run kubelet': the kubelet exits at start-up", kubelet='1.21', fmt='klog-s', cls='node'),
C(K + "102073", r'''May 17 11:53:07 my-node systemd: kubelet.service: main process exited, code=exited, status=1/FAILURE''',
  None, None, None, None, 'KubeletStartFailed',
  note="systemd (older, lower-case 'main process exited') on kubelet.service exiting with status=1/FAILURE", kubelet='1.21', fmt='klog', cls='node'),
C(K + "102073", r'''May 17 11:53:07 my-node systemd: Unit kubelet.service entered failed state.''',
  None, None, None, None, 'KubeletStartFailed',
  note='systemd: the kubelet unit entered failed state', kubelet='1.21', fmt='klog', cls='node'),
C(K + "102073", r'''May 17 11:53:07 my-node systemd: kubelet.service failed.''',
  None, None, None, None, 'KubeletStartFailed',
  note='systemd: kubelet.service failed', kubelet='1.21', fmt='klog', cls='node'),
# ---------------------------------------------------------------- device manager: UnexpectedAdmissionError after plugin restart
C(KP + "102829", r'''2021-06-09 17:31:23 - Pod|podname1 - UnexpectedAdmissionError, Update plugin resources failed due to requested number of devices unavailable for extendedreource1. Requested: 1, Available: 0, which is unexpected.''',
  None, 'podname1', None, None, 'AdmissionRejected',
  note="PR description (Jun 2021): the reporter's event exporter's row 'Pod|podname1 - UnexpectedAdmissionError': the kubelet refused the pod at admission because the device plugin's devices were not (yet) healthy. The row names a pod but no namespace; the version is not stated", fmt='event', cls='admission'),
C(KP + "102829", r'''I0609 17:29:07.792140   10110 manager.go:447] Registered endpoint &{0xc000b2e680 0xc007b6dc00 /var/lib/kubelet/device-plugins/ip.sock extendedreource1 {0 0 <nil>} {0 0} 0x1b26c20}''',
  None, None, None, None, None,
  note="device manager registering a device plugin's endpoint: routine (the PR's point is that nothing louder is logged)", fmt='klog', cls='noise'),
C(KP + "102829", r'''I0609 17:29:07.793579   10110 controlbuf.go:508] transport: loopyWriter.run returning. connection error: desc = "transport is closing"''',
  None, None, None, None, None,
  note='grpc transport chatter logged through klog: no pod, no reason an SRE would act on by itself', fmt='klog', cls='noise'),
C(KP + "102829", r'''I0609 17:29:07.793623   10110 endpoint.go:111] State pushed for device plugin extendedreource1''',
  None, None, None, None, None,
  note='device plugin state pushed: routine', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- cpu manager: AddContainer error, PreStartHookError
C(K + "79159", r''' I0603 06:30:00.131653   17205 policy_static.go:207] [cpumanager] allocateCpus: (numCPUs: 1)''',
  None, None, None, None, None,
  note="cpumanager thread (Jun 2019, local-up-cluster from master then at 1.16 alpha; kuberuntime_manager.go:775): the reporter's paste indents each line by one space, kept as it is. Allocation step, no pod", kubelet='~1.16', fmt='klog', cls='noise'),
C(K + "79159", r''' E0603 06:30:00.131661   17205 policy_static.go:187] [cpumanager] unable to allocate 1 CPUs (container id: 0ff6e7f99108df03f3c0539404111242212f4f07da7557164d52c41e3237c305, error: not enough cpus availab      le to satisfy request)''',
  None, None, None, None, 'RunContainerError',
  note="the static policy cannot give the container its exclusive CPUs (the odd 'availab      le' gap is the paste's own); names only a container id, so no pod. This is what makes the container's start fail (next lines: PreStartHookError)", kubelet='~1.16', fmt='klog', cls='start'),
C(K + "79159", r''' E0603 06:30:00.131665   17205 cpu_manager.go:173] [cpumanager] AddContainer error: not enough cpus available to satisfy request''',
  None, None, None, None, 'RunContainerError',
  note="cpu manager's AddContainer error for the same container: the pre-start hook fails, the container does not start", kubelet='~1.16', fmt='klog', cls='start'),
C(K + "79159", r''' E0603 06:30:00.131694   17205 kuberuntime_manager.go:775] container start failed: PreStartHookError: not enough cpus available to satisfy request''',
  None, None, None, None, 'RunContainerError',
  note="'container start failed: PreStartHookError': the container could not be started; names no pod", kubelet='~1.16', fmt='klog', cls='start'),
# ---------------------------------------------------------------- cpu manager: container started twice, PreStartHookError
C(K + "106549", r'''Oct 21 14:51:41 kube-general-ctl-live-10-131-76-242-node154 kubelet[11176]: E1021 14:51:41.032067   11176 cpu_manager.go:179] [cpumanager] AddContainer error: not enough cpus available to satisfy request''',
  None, None, None, None, 'RunContainerError',
  note="static-policy thread (Oct 2021 logs): cpu manager's AddContainer error, the container cannot get its CPUs and will not start; no pod named. Unstructured klog with pod_workers.go:191/kuberuntime_manager.go:783 puts the kubelet at about 1.18", kubelet='~1.18', fmt='klog', cls='start'),
C(K + "106549", r'''Oct 21 14:51:41 kube-general-ctl-live-10-131-76-242-node154 kubelet[11176]: E1021 14:51:41.032098   11176 kuberuntime_manager.go:783] container start failed: PreStartHookError: not enough cpus available to satisfy request''',
  None, None, None, None, 'RunContainerError',
  note="'container start failed: PreStartHookError': start failure, no pod named", kubelet='~1.18', fmt='klog', cls='start'),
C(K + "106549", r'''Oct 21 14:51:41 kube-general-ctl-live-10-131-76-242-node154 kubelet[11176]: E1021 14:51:41.032122   11176 pod_workers.go:191] Error syncing pod 92b0dbd8-5fe0-4470-b190-26ee28ea4ecb ("security-devicesecurity-live-id-green-86cb789998-rf4x2_security-live-id(92b0dbd8-5fe0-4470-b190-26ee28ea4ecb)"), skipping: failed to "StartContainer" for "security-devicesecurity-live-id" with PreStartHookError: "not enough cpus available to satisfy request"''',
  'security-live-id', 'security-devicesecurity-live-id-green-86cb789998-rf4x2', '92b0dbd8-5fe0-4470-b190-26ee28ea4ecb', 'security-devicesecurity-live-id', 'RunContainerError',
  note='pod worker: StartContainer for the container failed with PreStartHookError (not enough CPUs); names the pod as name_namespace(uid) and the container', kubelet='~1.18', fmt='klog', cls='start'),
# ---------------------------------------------------------------- topology manager / containerd: pod removed twice
C(K + "99901", r'''Mar  6 12:48:42 kubelet[1464]: I0306 12:48:42.048373    1464 topology_manager.go:219] [topologymanager] RemoveContainer - Container ID: 03791a556519693f891e76ce3c5747ca0283d0d6b14dec8b5f614250477fe8a0''',
  None, None, None, None, None,
  note='pod deletion thread (Mar 2021, containerd; the reporter stripped the host name): topology manager dropping a container by id; routine. Unstructured topology_manager.go:219: about 1.20', kubelet='~1.20', fmt='klog', cls='noise'),
C(K + "99901", r'''Mar  6 12:48:42  containerd[1468]: time="2021-03-06T12:48:42.048709701-05:00" level=info msg="StopPodSandbox for \"4eb8ff4f73b787ef48a232d347eba2609580fb0b035b4ccc8d2cd7dd035d0097\""''',
  None, None, None, None, None,
  note='containerd stopping the sandbox by id: routine teardown', kubelet='~1.20', fmt='containerd', cls='noise'),
C(K + "99901", r'''Mar  6 12:48:42  containerd[1468]: time="2021-03-06T12:48:42.048803549-05:00" level=info msg="Container to stop \"03791a556519693f891e76ce3c5747ca0283d0d6b14dec8b5f614250477fe8a0\" must be in running or unknown state, current state \"CONTAINER_EXITED\""''',
  None, None, None, None, None,
  note='containerd: the container to stop has already exited; informational, not a kill failure', kubelet='~1.20', fmt='containerd', cls='noise'),
C(K + "99901", r'''Mar  6 12:48:42  containerd[1468]: time="2021-03-06T12:48:42.048944896-05:00" level=info msg="TearDown network for sandbox \"4eb8ff4f73b787ef48a232d347eba2609580fb0b035b4ccc8d2cd7dd035d0097\" successfully"''',
  None, None, None, None, None,
  note="containerd tore the sandbox's network down successfully", kubelet='~1.20', fmt='containerd', cls='noise'),
C(K + "99901", r'''Mar  6 12:48:42  containerd[1468]: time="2021-03-06T12:48:42.048970679-05:00" level=info msg="StopPodSandbox for \"4eb8ff4f73b787ef48a232d347eba2609580fb0b035b4ccc8d2cd7dd035d0097\" returns successfully"''',
  None, None, None, None, None,
  note='containerd: StopPodSandbox returns successfully', kubelet='~1.20', fmt='containerd', cls='noise'),
# ---------------------------------------------------------------- cpu manager: Internal PreStartContainer hook failed
C(K + "63018", r'''Warning  Failed                 14m (x8 over 15m)    kubelet, ip-172-20-162-142.ec2.internal  Internal PreStartContainer hook failed: not enough cpus available to satisfy request''',
  None, None, None, None, 'RunContainerError',
  note="issue description (kubelet v1.10.0, AWS): a kubectl describe event row, 'Failed' with 'Internal PreStartContainer hook failed: not enough cpus ...': the container could not be started. The row names no pod", kubelet='1.10', fmt='event', cls='start'),
C(K + "63018", r'''Apr 28 17:32:28 ip-172-20-161-228 kubelet-wrapper[920]: I0428 17:32:28.793268     920 policy_static.go:160] [cpumanager] static policy: AddContainer (pod: koko-gateway-track-659d9c47d8-6mljm, container: koko-gateway, container id: 97909f764df06271330a64373cbf40018d9fb2a284bd890a45914c083ed52a51)''',
  None, 'koko-gateway-track-659d9c47d8-6mljm', None, 'koko-gateway', None,
  note='later comment, CoreOS kubelet-wrapper unit: the static policy taking the container in (pod without namespace); routine by itself', kubelet='1.10', fmt='klog', cls='noise'),
C(K + "63018", r'''Apr 28 17:32:28 ip-172-20-161-228 kubelet-wrapper[920]: E0428 17:32:28.793303     920 policy_static.go:170] [cpumanager] unable to allocate 2 CPUs (container id: 97909f764df06271330a64373cbf40018d9fb2a284bd890a45914c083ed52a51, error: not enough cpus available to satisfy request)''',
  None, None, None, None, 'RunContainerError',
  note='the static policy cannot allocate 2 CPUs for the container (id only): the pre-start hook fails and the container does not start, as the event above shows', kubelet='1.10', fmt='klog', cls='start'),
C(K + "63018", r'''Apr 28 17:32:38 ip-172-20-161-228 kubelet-wrapper[920]: I0428 17:32:38.719238     920 policy_static.go:180] [cpumanager] static policy: RemoveContainer (container id: 97909f764df06271330a64373cbf40018d9fb2a284bd890a45914c083ed52a51)''',
  None, None, None, None, None,
  note='static policy releasing the container by id: routine cleanup', kubelet='1.10', fmt='klog', cls='noise'),
C(K + "63018", r'''Apr 28 17:32:46 ip-172-20-161-228 kubelet-wrapper[920]: I0428 17:32:46.801164     920 policy_static.go:180] [cpumanager] static policy: RemoveContainer (container id: 97909f764df06271330a64373cbf40018d9fb2a284bd890a45914c083ed52a51)''',
  None, None, None, None, None,
  note='the same release again ten seconds later: routine', kubelet='1.10', fmt='klog', cls='noise'),
    ]
