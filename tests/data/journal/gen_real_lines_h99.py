# Hunt 99 for the real-lines table (issue 13): a HELD-OUT set from node-image and cloud-node repositories
# (Azure/AgentBaker, awslabs/amazon-eks-ami, bottlerocket-os/bottlerocket, openshift/machine-config-operator,
# flatcar/Flatcar), threads the table did not cite before. Whole consecutive runs where the source shows them
# (kubelet, CRI-O, containerd, dockerd and the systemd lines beside them), mostly noise, as an SRE pastes them.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings:
# backslashes are the line's own), with the source's URL, and each was seen twice (two different searches
# returning the same excerpt). Node-level lines are never attributed to a pod: ns, pod, uid and container are
# None for them. Expected fields are what an SRE reads from the line itself, not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

AB = "https://github.com/Azure/AgentBaker/pull/3092"
EKS195 = "https://github.com/awslabs/amazon-eks-ami/issues/195"
BR4250 = "https://github.com/bottlerocket-os/bottlerocket/issues/4250"
MCO1707 = "https://github.com/openshift/machine-config-operator/pull/1707"
FC484 = "https://github.com/flatcar/Flatcar/issues/484"
FC290 = "https://github.com/flatcar/Flatcar/issues/290"
EKS756 = "https://github.com/awslabs/amazon-eks-ami/issues/756"


def HUNT_H99(C):
    return [
# ---------------------------------------------------------------- Azure/AgentBaker#3092: abe2e wasm scenario, one kubelet run
C(AB, r'''Apr 26 17:19:33 abtestdcjg000000 kubelet[1650]: I0426 17:19:33.776161    1650 kuberuntime_sandbox.go:63] "Running pod with runtime handler" pod="default/abtestdcjg000000-wasm-spin" runtimeHandler="spin"''',
  'default', 'abtestdcjg000000-wasm-spin', None, None, None,
  note="AgentBaker e2e wasm scenario (Apr 2024): the kubelet starts the pod's sandbox with the spin runtime handler; normal progress, no reason. Structured klog with kuberuntime_sandbox.go:63 and kubelet.go:2098 put it at about 1.28", kubelet='~1.28', fmt='klog-s', cls='noise'),
C(AB, r'''Apr 26 17:19:34 abtestdcjg000000 kubelet[1650]: I0426 17:19:34.551990    1650 provider.go:102] Refreshing cache for provider: *credentialprovider.defaultDockerConfigProvider''',
  None, None, None, None, None,
  note='credential provider cache refresh before a pull: noise', kubelet='~1.28', fmt='klog', cls='noise'),
C(AB, r'''Apr 26 17:19:34 abtestdcjg000000 kubelet[1650]: I0426 17:19:34.552115    1650 provider.go:82] Docker config file not found: couldn't find valid .dockercfg after checking in [/var/lib/kubelet   /]''',
  None, None, None, None, None,
  note='no .dockercfg on the node: an info line, anonymous pulls go on; not a pull failure', kubelet='~1.28', fmt='klog', cls='noise'),
C(AB, r'''Apr 26 17:19:34 abtestdcjg000000 kubelet[1650]: I0426 17:19:34.552164    1650 azure_credentials.go:260] image(ghcr.io/deislabs/containerd-wasm-shims/examples/spin-rust-hello) is not from ACR, return empty authentication''',
  None, None, None, None, None,
  note="the Azure credential provider declines a non-ACR image: info, not a pull failure", kubelet='~1.28', fmt='klog', cls='noise'),
C(AB, r'''Apr 26 17:19:34 abtestdcjg000000 kubelet[1650]: I0426 17:19:34.674795    1650 generic.go:296] "Generic (PLEG): container finished" podID=ef61bb1c-42af-4512-b7cb-ad04c3ea8749 containerID="a8f72a49cf18f4e4d2619e8a8ed114f82d50a1eba8aad0f4c0ed72eaf9b35eae" exitCode=0''',
  None, None, 'ef61bb1c-42af-4512-b7cb-ad04c3ea8749', None, None,
  note='PLEG sees a container of pod uid ef61bb1c exit with code 0 (the nginx test pod, per the next line): a clean exit, no reason; the line names only the uid', kubelet='~1.28', fmt='klog-s', cls='noise'),
C(AB, r'''Apr 26 17:19:34 abtestdcjg000000 kubelet[1650]: I0426 17:19:34.674850    1650 kubelet.go:2098] "SyncLoop (PLEG): event for pod" pod="default/abtestdcjg000000-nginx" event=&{ID:ef61bb1c-42af-4512-b7cb-ad04c3ea8749 Type:ContainerDied Data:a8f72a49cf18f4e4d2619e8a8ed114f82d50a1eba8aad0f4c0ed72eaf9b35eae}''',
  'default', 'abtestdcjg000000-nginx', 'ef61bb1c-42af-4512-b7cb-ad04c3ea8749', None, None,
  note="the PLEG ContainerDied event for that exit (event printed with %+v, not JSON): the table's ContainerDied events are reason None", kubelet='~1.28', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- awslabs/amazon-eks-ami#195: PLEG not healthy, dockerd hung (Feb 2019)
C(EKS195, r'''Feb 20 14:23:09 ip-10-0-13-15.eu-west-1.compute.internal kubelet[3694]: I0220 14:23:09.120100    3694 kubelet.go:1775] skipping pod synchronization - [PLEG is not healthy: pleg was last seen active 4h19m47.369998188s ago; threshold is 3m0s]''',
  None, None, None, None, 'PlegNotHealthy',
  note='EKS AMI (Feb 2019, docker 17.06.2-ce) node NotReady: the kubelet skips pod sync because PLEG has been stale for 4h19m. kubelet.go:1775 with the bracketed list form: about 1.11', kubelet='~1.11', fmt='klog', cls='node'),
C(EKS195, r'''Feb 20 14:28:54 ip-10-0-13-15.eu-west-1.compute.internal dockerd[3188]: http: multiple response.WriteHeader calls''',
  None, None, None, None, None,
  note="dockerd's own Go http server warning, seen while `docker ps` hung: noise by itself", kubelet='~1.11', fmt='dockerd', cls='noise'),
C(EKS195, r'''Feb 20 14:28:54 ip-10-0-13-15.eu-west-1.compute.internal dockerd[3188]: time="2019-02-20T14:28:54.455014979Z" level=error msg="Handler for GET /v1.25/containers/json returned error: write unix /var/run/docker.sock->@: write: broken pipe"''',
  None, None, None, None, None,
  note='dockerd could not write its answer to a client that had gone (broken pipe on the socket): a client hang-up, not a pod failure nor, by itself, a down runtime', kubelet='~1.11', fmt='dockerd', cls='noise'),
# ---------------------------------------------------------------- bottlerocket-os/bottlerocket#4250: journalctl -u kubelet, start of the unit (Oct 2024)
C(BR4250, r'''Oct 17 12:05:32 ip-xx-xx-x-xx.ec2.internal systemd[1]: Starting Kubelet...''',
  None, None, None, None, None,
  note="Bottlerocket 1.25 node (nvidia variant), journalctl -u kubelet: systemd starts the unit; noise", cls='noise'),
C(BR4250, r'''Oct 17 12:05:32 ip-xx-xx-x-xx.ec2.internal ctr[1639]: unpacking localhost/kubernetes/pause:0.1.0 (sha256:e287062022dab2bcd00be3aa5b65a10318c93c3426cc7b72126a2108d28c47aa)...done''',
  None, None, None, None, None,
  note="the unit's ExecStartPre loads Bottlerocket's local pause image with ctr: noise (not a kubelet image pull)", cls='noise'),
C(BR4250, r'''Oct 17 12:05:32 ip-xx-xx-x-xx.ec2.internal ctr[1648]: io.cri-containerd.image=managed,io.cri-containerd.pinned=pinned''',
  None, None, None, None, None,
  note='ctr labels the pause image pinned: noise', cls='noise'),
C(BR4250, r'''Oct 17 12:05:33 ip-xx-xx-x-xx.ec2.internal kubelet[1655]: Flag --container-runtime-endpoint has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.''',
  None, None, None, None, None,
  note='flag deprecation warning at kubelet start: noise', cls='noise'),
C(BR4250, r'''Oct 17 12:05:33 ip-xx-xx-x-xx.ec2.internal kubelet[1655]: Flag --containerd has been deprecated, This is a cadvisor flag that was mistakenly registered with the Kubelet. Due to legacy concerns, it will follow the standard CLI deprecation timeline before being removed.''',
  None, None, None, None, None,
  note='another flag deprecation warning: noise', cls='noise'),
# ---------------------------------------------------------------- openshift/machine-config-operator#1707: journalctl -u crio.service on firstboot (May 2020, OCP 4.4)
C(MCO1707, r'''May 01 07:45:35 ip-10-0-156-191 systemd[1]: Starting Open Container Initiative Daemon...''',
  None, None, None, None, None,
  note='OCP 4.4 firstboot (Bug 1830102): systemd starts crio; noise', fmt='crio', cls='noise'),
C(MCO1707, r'''May 01 07:45:35 ip-10-0-156-191 crio[1444]: time="2020-05-01 07:45:35.294078226Z" level=fatal msg="config validation: invalid runtime_path for runtime 'runc': "stat : no such file or directory""''',
  None, None, None, None, 'RuntimeNotReady',
  note="CRI-O exits at start: its config names an empty runc runtime_path; the node has no runtime (the table's containerd level=fatal start failure is RuntimeNotReady too). OCP 4.4 ships kubelet 1.17", kubelet='~1.17', fmt='crio', cls='runtime'),
C(MCO1707, r'''May 01 07:45:35 ip-10-0-156-191 systemd[1]: crio.service: Main process exited, code=exited, status=1/FAILURE''',
  None, None, None, None, 'RuntimeNotReady',
  note="systemd records the runtime's exit (the table reads kubelet.service's like line as KubeletStartFailed; this one is the runtime's unit)", kubelet='~1.17', fmt='crio', cls='runtime'),
C(MCO1707, r'''May 01 07:45:35 ip-10-0-156-191 systemd[1]: crio.service: Failed with result 'exit-code'.''',
  None, None, None, None, 'RuntimeNotReady',
  note='the unit failed: the runtime is down', kubelet='~1.17', fmt='crio', cls='runtime'),
C(MCO1707, r'''May 01 07:45:35 ip-10-0-156-191 systemd[1]: Failed to start Open Container Initiative Daemon.''',
  None, None, None, None, 'RuntimeNotReady',
  note="systemd's summary: CRI-O did not start", kubelet='~1.17', fmt='crio', cls='runtime'),
C(MCO1707, r'''May 01 07:45:35 ip-10-0-156-191 systemd[1]: crio.service: Consumed 91ms CPU time''',
  None, None, None, None, None,
  note="systemd's accounting line: noise", fmt='crio', cls='noise'),
C(MCO1707, r'''May 01 07:47:55 ip-10-0-156-191 systemd[1]: Starting Open Container Initiative Daemon...''',
  None, None, None, None, None,
  note='after the reboot, systemd starts crio again: noise', fmt='crio', cls='noise'),
C(MCO1707, r'''May 01 07:47:55 ip-10-0-156-191 crio[1251]: time="2020-05-01 07:47:55.467526814Z" level=info msg="using conmon executable \"/usr/libexec/crio/conmon\""''',
  None, None, None, None, None,
  note='CRI-O start-up info: noise', kubelet='~1.17', fmt='crio', cls='noise'),
# ---------------------------------------------------------------- flatcar/Flatcar#484: Cilium pod hangs on alpha-2969.0.0 (Aug 2021, Kubernetes v1.21.1)
C(FC484, r'''kubelet[13148]: E0823 11:57:14.914922   13148 pod_workers.go:190] "Error syncing pod, skipping" err="network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized" pod="kube-system/npd-v0.8.2-6zt87" podUID=44be878c-e77e-4744-873b-04c77a4e8ffb''',
  None, None, None, None, 'NetworkNotReady',
  note="Flatcar alpha 2969.0.0 with containerd: the pod's sync is skipped because the node's CNI is not initialised (Cilium itself could not start); the cause is node-level, so, as the table's other 'network is not ready' sync lines, no pod. The report states v1.21.1", kubelet='1.21', fmt='klog-s', cls='node'),
C(FC484, r'''kubelet[13148]: E0823 11:57:17.030551   13148 remote_runtime.go:116] "RunPodSandbox from runtime service failed" err="rpc error: code = InvalidArgument desc = failed to create containerd container: create container failed validation: container.Runtime.Name must be set: invalid argument"''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="the sandbox cannot be created: the new Flatcar's containerd config leaves the runtime name empty; the line names no pod", kubelet='1.21', fmt='klog-s', cls='sandbox'),
# ---------------------------------------------------------------- flatcar/Flatcar#290: Stable 2605.9.0 breaks RKE (Dec 2020), docker's containerd and dockerd under env[]
C(FC290, r'''Dec 09 08:48:35 imbserv4-master1 env[807]: time="2020-12-09T08:48:35Z" level=debug msg="process with id:4902 wasn't found" namespace=moby path=/run/docker/libcontainerd/containerd/io.containerd.runtime.v1.linux/moby/5e80e0142359c674665c15a56d74bfec7c9acc7a161f0a5cf91aa41e841f944b pid=4865''',
  None, None, None, None, None,
  note="Flatcar 2605.9.0 with RKE: docker's containerd shim (debug level) looks for an exec process that has gone; debug noise, no pod named", fmt='containerd', cls='noise'),
C(FC290, r'''Dec 09 08:48:35 imbserv4-master1 env[807]: time="2020-12-09T08:48:35Z" level=debug msg="process with id:4912 wasn't found" namespace=moby path=/run/docker/libcontainerd/containerd/io.containerd.runtime.v1.linux/moby/5e80e0142359c674665c15a56d74bfec7c9acc7a161f0a5cf91aa41e841f944b pid=4865''',
  None, None, None, None, None,
  note='the next debug line, same container', fmt='containerd', cls='noise'),
C(FC290, r'''Dec 09 08:48:35 imbserv4-master1 env[807]: time="2020-12-09T08:48:35Z" level=debug msg="process with id:4918 wasn't found" namespace=moby path=/run/docker/libcontainerd/containerd/io.containerd.runtime.v1.linux/moby/5e80e0142359c674665c15a56d74bfec7c9acc7a161f0a5cf91aa41e841f944b pid=4865''',
  None, None, None, None, None,
  note='and the next', fmt='containerd', cls='noise'),
C(FC290, r'''Dec 09 08:48:35 imbserv4-master1 env[807]: time="2020-12-09T08:48:35.618073522Z" level=info msg="shim reaped" id=5e80e0142359c674665c15a56d74bfec7c9acc7a161f0a5cf91aa41e841f944b''',
  None, None, None, None, None,
  note="containerd reaps the container's shim after it exits: noise", fmt='containerd', cls='noise'),
C(FC290, r'''Dec 09 08:48:35 imbserv4-master1 env[853]: time="2020-12-09T08:48:35.628299704Z" level=info msg="ignoring event" module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"''',
  None, None, None, None, None,
  note="dockerd's libcontainerd ignores the task-delete event: noise", fmt='dockerd', cls='noise'),
# ---------------------------------------------------------------- awslabs/amazon-eks-ami#756: kubelet does not start with containerd (Sep 2021, EKS 1.21, pt_BR locale)
C(EKS756, r'''set 10 18:22:01 ip-10-53-2-43.ec2.internal systemd[1]: Starting pull sandbox image defined in containerd config.toml...''',
  None, None, None, None, None,
  note="EKS AL2 AMI with --container-runtime containerd: systemd starts the unit that pre-pulls the pause image (the month is 'set', Portuguese for September); a start line, noise", cls='noise'),
    ]
