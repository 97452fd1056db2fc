# Hunt 65 for the real-lines table (issue 13 item 3): a HELD-OUT set of pod-termination lines (pods
# stuck Terminating, graceful shutdown, Killing, orphaned pods and volume teardown, the runtime's stop
# lines), from threads the table did not cite before this file (each source was grepped in
# real_lines.jsonl and in every gen_real_lines_*.py: 0 hits). Same rules as gen_real_lines_h8.py:
# each line is copied exactly as its public source shows it (raw strings: backslashes are the line's
# own), with the source's URL, and each was seen twice (two different searches showing the same
# text). Runs are kept whole where the thread shows them whole; a line cut off by the search excerpt
# was left out. Expected fields are what an SRE reads in the line itself, not what podpulse says.
# Node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

AWXO = "https://github.com/ansible/awx-operator/issues/1382"
AWX = "https://github.com/ansible/awx/issues/13917"
CRI1098 = "https://github.com/containerd/cri/issues/1098"
K0S = "https://github.com/k0sproject/k0s/pull/7787"
K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"
ES746 = "https://github.com/kubernetes-retired/external-storage/issues/746"
GV = "https://github.com/google/gvisor/issues/9834"


def HUNT_H65(C):
    return [
# ---------------------------------------------------------------- awx task pod deleted (OpenShift, CRI-O)
C(AWXO, r'''Apr 26 20:02:56 ip-10-0-221-228 hyperkube[1372]: I0426 20:02:56.952593    1372 kubelet.go:2153] "SyncLoop DELETE" source="api" pods=[awx/awx-task-544c4c87f-xr4qm]''',
  'awx', 'awx-task-544c4c87f-xr4qm', None, None, None,
  note="awx task pod termination thread (Apr 2023, OpenShift's hyperkube kubelet with CRI-O; the same description is also at ansible/awx#13917): the API deletion reaches the kubelet; routine. Version not stated: OpenShift of spring 2023, kubelet about 1.25", kubelet='~1.25', fmt='klog-s', cls='noise'),
C(AWXO, r'''Apr 26 20:02:56 ip-10-0-221-228 hyperkube[1372]: I0426 20:02:56.957303    1372 kuberuntime_container.go:729] "Killing container with a grace period" pod="awx/awx-task-544c4c87f-xr4qm" podUID=11027091-ced4-404e-9787-6dabc19edbe0 containerName="awx-rsyslog" containerID="cri-o://236f673ac44b32ba837c8837bf832b3f6fc99d3910ba3bbb69ca7b3cb3812415" gracePeriod=300''',
  'awx', 'awx-task-544c4c87f-xr4qm', '11027091-ced4-404e-9787-6dabc19edbe0', 'awx-rsyslog', 'Killing',
  note='the next line: the kubelet kills the awx-rsyslog container with the pod\'s 300 s grace period', kubelet='~1.25', fmt='klog-s', cls='kill'),
C(AWXO, r'''Apr 26 20:03:00 ip-10-0-221-228 crio[1342]: time="2023-04-26 20:03:00.324136599Z" level=info msg="Stopped container 236f673ac44b32ba837c8837bf832b3f6fc99d3910ba3bbb69ca7b3cb3812415: awx/awx-task-544c4c87f-xr4qm/awx-rsyslog" id=4a192f30-3f68-4c82-a14e-712ef4cd1a99 name=/runtime.v1.RuntimeService/StopContainer''',
  'awx', 'awx-task-544c4c87f-xr4qm', None, 'awx-rsyslog', None,
  note="CRI-O confirms the stop (ns/pod/container after the id); the outcome of the kill, not a reason of its own (as containerd's 'StopContainer ... returns successfully' in the table)", fmt='crio', cls='noise'),
C(AWXO, r'''Apr 26 20:03:06 ip-10-0-221-228 hyperkube[1372]: I0426 20:03:06.919992    1372 kubelet.go:2175] "SyncLoop (PLEG): event for pod" pod="awx/awx-task-544c4c87f-xr4qm" event=&{ID:11027091-ced4-404e-9787-6dabc19edbe0 Type:ContainerDied Data:f87f114bf924ca3367b0606347dd7aea1b008ec96116ea4240fa6ab525760f45}''',
  'awx', 'awx-task-544c4c87f-xr4qm', '11027091-ced4-404e-9787-6dabc19edbe0', None, None,
  note='a later comment of the same thread: PLEG sees a container of the deleted pod die; routine', kubelet='~1.25', fmt='klog-s', cls='noise'),
C(AWX, r'''Apr 26 20:03:07 ip-10-0-221-228 crio[1342]: time="2023-04-26 20:03:07.316253233Z" level=info msg="Stopped container 9856a25eada12fc4a44d5bcfa989bd78927c56452bdee8bc82f78c578b353910: awx/awx-task-544c4c87f-xr4qm/redis" id=4ad24c2e-3079-45f6-9ff0-8143dbd4b8b7 name=/runtime.v1.RuntimeService/StopContainer''',
  'awx', 'awx-task-544c4c87f-xr4qm', None, 'redis', None,
  note='the run continues (shown also in ansible/awx-operator#1382): CRI-O stopped the redis container', fmt='crio', cls='noise'),
C(AWX, r'''Apr 26 20:03:07 ip-10-0-221-228 crio[1342]: time="2023-04-26 20:03:07.842324347Z" level=info msg="Stopped container aff3f0e64141fd1a9391dbe29dd8362e1ce0be688fa999d1cb23e98deab7902a: awx/awx-task-544c4c87f-xr4qm/awx-task" id=04c233d3-b7e4-45a7-b047-283f1c035567 name=/runtime.v1.RuntimeService/StopContainer''',
  'awx', 'awx-task-544c4c87f-xr4qm', None, 'awx-task', None,
  note='CRI-O stopped the awx-task container', fmt='crio', cls='noise'),
C(AWX, r'''Apr 26 20:03:07 ip-10-0-221-228 crio[1342]: time="2023-04-26 20:03:07.846155745Z" level=info msg="Got pod network &{Name:awx-task-544c4c87f-xr4qm Namespace:awx ID:80cd51ad7de7ece20c9b2820c983b869fb995fdc1a537d65488a0c28c0761a5c UID:11027091-ced4-404e-9787-6dabc19edbe0 NetNS:/var/run/netns/34e9e486-ce7e-4031-8761-8461ee15572c Networks:[{Name:multus-cni-network Ifname:eth0}] RuntimeConfig:map[multus-cni-network:{IP: MAC: PortMappings:[] Bandwidth:<nil> IpRanges:[]}] Aliases:map[]}"''',
  'awx', 'awx-task-544c4c87f-xr4qm', '11027091-ced4-404e-9787-6dabc19edbe0', None, None,
  note="CRI-O's network teardown names the pod by Name/Namespace/UID; routine", fmt='crio', cls='noise'),
C(AWX, r'''Apr 26 20:03:07 ip-10-0-221-228 crio[1342]: time="2023-04-26 20:03:07.846295680Z" level=info msg="Deleting pod awx_awx-task-544c4c87f-xr4qm from CNI network \"multus-cni-network\" (type=multus)"''',
  'awx', 'awx-task-544c4c87f-xr4qm', None, None, None,
  note="CRI-O's namespace_name form (awx_awx-task-...); routine CNI teardown", fmt='crio', cls='noise'),
# ---------------------------------------------------------------- containerd's graceful stop
C(CRI1098, r'''containerd[951]: time="2019-03-25T12:05:25Z" level=info msg="StopContainer for "2d533fb60ec326c7b46c76c9b11c1c9e09fe694f59a3bc5baa8f46e114749ab4" with timeout 3600 (s)"''',
  None, None, None, None, 'Killing',
  note="containerd/cri thread (Mar 2019): a pod with terminationGracePeriodSeconds 3600 is deleted; containerd's stop with the grace period (the reporter's paste has the inner quotes unescaped). Names only a container id", fmt='containerd', cls='kill'),
C(CRI1098, r'''containerd[951]: time="2019-03-25T12:05:25Z" level=info msg="Stop container "2d533fb60ec326c7b46c76c9b11c1c9e09fe694f59a3bc5baa8f46e114749ab4" with signal terminated"''',
  None, None, None, None, 'Killing',
  note='the next line: SIGTERM sent to the container', fmt='containerd', cls='kill'),
# ---------------------------------------------------------------- graceful node shutdown (k0s)
C(K0S, r'''Jun 11 14:34:17 canes-da6a k0s[1346]: time="2026-06-11 14:34:17" level=info msg="I0611 14:34:17.128688    1722 nodeshutdown_manager_linux.go:236] \"Shutdown manager detected new shutdown event, isNodeShuttingDownNow\" event=true" component=kubelet stream=stderr''',
  None, None, None, None, None,
  note="k0s PR comment (Jun 2026): k0s's worker wraps the kubelet's stderr in its own logrus line; the shutdown manager sees the node power off. Node-level, no problem named. worker-config-default-1.32", kubelet='1.32', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- orphaned flexvolume pod
C(K + "80972", r'''W0805 12:17:35.293525  260621 reconciler.go:394] Could not construct volume information, cleanup the mounts. (pod.UID bb07fd8d-b737-11e9-a203-0022ac9722f5, volume.SpecName hulklvm): no volume plugin matched''',
  None, None, 'bb07fd8d-b737-11e9-a203-0022ac9722f5', None, None,
  note="orphaned flexvolume pod (Aug 2019), at kubelet start (the thread shows it after a markdown '> ' quote mark, not part of the line): reconstruction of a deleted pod's volume fails; cleanup, no pod reason. reconciler.go:394 as in kubernetes#73799 (1.13)", kubelet='~1.13', fmt='klog', cls='volume'),
C(K + "80972", r'''I0805 12:17:35.293534  260621 reconciler.go:429] Reconciler sync states: could not find information (PID: bb07fd8d-b737-11e9-a203-0022ac9722f5) (Volume SpecName: hulklvm) in desired state, clean up the mount points''',
  None, None, 'bb07fd8d-b737-11e9-a203-0022ac9722f5', None, None,
  note="the next line: the '(PID: ...)' is the pod uid", kubelet='~1.13', fmt='klog', cls='volume'),
C(K + "80972", r'''E0805 12:17:35.293571  260621 reconciler.go:442] volumeHandler.UnmountVolumeHandler for UnmountVolume failed for volume "" (UniqueName: "hulklvm") pod "bb07fd8d-b737-11e9-a203-0022ac9722f5" (UID: "bb07fd8d-b737-11e9-a203-0022ac9722f5") : UnmountVolume.FindPluginByName failed for volume "" (UniqueName: "hulklvm") pod "bb07fd8d-b737-11e9-a203-0022ac9722f5" (UID: "bb07fd8d-b737-11e9-a203-0022ac9722f5") : no volume plugin matched''',
  None, None, 'bb07fd8d-b737-11e9-a203-0022ac9722f5', None, None,
  note='the next line: the UNmount of a deleted pod\'s volume fails (no plugin); not a mount failure (FailedMount), and no Reason covers teardown. The quoted pod is the uid, no name', kubelet='~1.13', fmt='klog', cls='volume', trap_for='FailedMount'),
C(KP + "73799", r'''Feb 15 05:55:06 red kubelet-wrapper[2564]: W0215 05:55:06.329449    2564 reconciler.go:394] Could not construct volume information, cleanup the mounts. (pod.UID 11f2ec81-1222-11e9-91f9-74d4358c6859, volume.SpecName pvc-e74864be-dac9-11e8-aa41-74d4358c6859): no volume plugin matched''',
  None, None, '11f2ec81-1222-11e9-91f9-74d4358c6859', None, None,
  note="PR comment (Mar 2019, CoreOS kubelet-wrapper, inline code in the comment): the volume that later becomes orphaned; 'orphaned volumes from 1.13'", kubelet='~1.13', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- flex plugin pod deleted (DigitalOcean, 1.10.2)
C(ES746, r'''May 04 21:33:18 nemo-worker-0 kubelet-wrapper[896]: W0504 21:33:18.547799     896 pod_container_deletor.go:77] Container "54d763f792cbf755ea497b040332d73a5f3f1357db936565dea2ee518bf27072" not found in pod's containers''',
  None, None, None, None, None,
  note="external-storage thread (May 2018, 'new 1.10.2 cluster'): after kubectl delete pod; a container id only, routine", kubelet='1.10', fmt='klog', cls='noise'),
C(ES746, r'''May 04 21:33:18 nemo-worker-0 kubelet-wrapper[896]: I0504 21:33:18.741992     896 reconciler.go:181] operationExecutor.UnmountVolume started for volume "default-token-5jmh4" (UniqueName: "kubernetes.io/secret/82da86cf-4fe2-11e8-9052-4ed61f7ca20e-default-token-5jmh4") pod "82da86cf-4fe2-11e8-9052-4ed61f7ca20e" (UID: "82da86cf-4fe2-11e8-9052-4ed61f7ca20e")''',
  None, None, '82da86cf-4fe2-11e8-9052-4ed61f7ca20e', None, None,
  note='the next line: volume teardown of the deleted pod begins; the quoted pod is its uid', kubelet='1.10', fmt='klog', cls='volume'),
C(ES746, r'''May 04 21:33:18 nemo-worker-0 kubelet-wrapper[896]: I0504 21:33:18.742333     896 reconciler.go:181] operationExecutor.UnmountVolume started for volume "flexvolume-mount" (UniqueName: "kubernetes.io/host-path/82da86cf-4fe2-11e8-9052-4ed61f7ca20e-flexvolume-mount") pod "82da86cf-4fe2-11e8-9052-4ed61f7ca20e" (UID: "82da86cf-4fe2-11e8-9052-4ed61f7ca20e")''',
  None, None, '82da86cf-4fe2-11e8-9052-4ed61f7ca20e', None, None,
  note='the next line, another volume of the same pod', kubelet='1.10', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- flex volume pod stuck Terminating
C(K + "54831", r'''Oct 31 01:57:07 k-4-minion-group-7mbb kubelet[1500]: I1031 01:57:07.920429    1500 kubelet_pods.go:1043] Killing unwanted pod "idcli"''',
  None, 'idcli', None, None, 'Killing',
  note="flex volume pod undeletable (Oct 2017, 'This is on head', about 1.9): the deleted pod is killed; a bare name, no namespace", kubelet='~1.9', fmt='klog', cls='kill'),
C(K + "54831", r'''Oct 31 01:59:09 k-4-minion-group-7mbb kubelet[1500]: E1031 01:59:09.701563    1500 kubelet.go:1671] Unable to mount volumes for pod "idcli_default(a8dc7bfe-bdde-11e7-8c39-42010af00002)": timeout expired waiting for volumes to attach/mount for pod "default"/"idcli". list of unattached/unmounted volumes=[default-token-98fcr]; skipping pod''',
  'default', 'idcli', 'a8dc7bfe-bdde-11e7-8c39-42010af00002', None, 'FailedMount',
  note='the next line: the volumes never mounted (the pod stays Terminating)', kubelet='~1.9', fmt='klog', cls='volume'),
C(K + "54831", r'''Oct 31 01:59:09 k-4-minion-group-7mbb kubelet[1500]: E1031 01:59:09.701604    1500 pod_workers.go:186] Error syncing pod a8dc7bfe-bdde-11e7-8c39-42010af00002 ("idcli_default(a8dc7bfe-bdde-11e7-8c39-42010af00002)"), skipping: timeout expired waiting for volumes to attach/mount for pod "default"/"idcli". list of unattached/unmounted volumes=[default-token-98fcr]''',
  'default', 'idcli', 'a8dc7bfe-bdde-11e7-8c39-42010af00002', None, 'FailedMount',
  note="the pod worker's sync error with the volume timeout as its cause (issue 13: such lines are FailedMount, not FailedSync)", kubelet='~1.9', fmt='klog', cls='volume', trap_for='FailedSync'),
# ---------------------------------------------------------------- volume reconstruction at kubelet start
C(K + "105390", r'''I1001 00:51:07.013939 2845852 reconciler.go:380] Volume exists in actual state (volume.SpecName nginx-cache, pod.UID 49f08666-add7-4c06-a62e-ab08bd99c774), skip cleaning up mounts''',
  None, None, '49f08666-add7-4c06-a62e-ab08bd99c774', None, None,
  note="flexvolume cleanup of deleted pods (Oct 2021): the reconciler's sync of states at kubelet start, a run of routine lines; version not stated", fmt='klog', cls='volume'),
C(K + "105390", r'''I1001 00:51:07.013953 2845852 operation_executor.go:883] Starting operationExecutor.ReconstructVolumepodName''',
  None, None, None, None, None, note='the next line; names nothing', fmt='klog', cls='noise'),
C(K + "105390", r'''I1001 00:51:07.013976 2845852 reconciler.go:406] Volume exists in desired state (volume.SpecName default-token-ttnwh, pod.UID 49f08666-add7-4c06-a62e-ab08bd99c774), marking as InUse''',
  None, None, '49f08666-add7-4c06-a62e-ab08bd99c774', None, None, note='the next line', fmt='klog', cls='volume'),
C(K + "105390", r'''I1001 00:51:07.013984 2845852 operation_executor.go:883] Starting operationExecutor.ReconstructVolumepodName''',
  None, None, None, None, None, note='the next line', fmt='klog', cls='noise'),
C(K + "105390", r'''I1001 00:51:07.013993 2845852 reconciler.go:406] Volume exists in desired state (volume.SpecName vault-token-volume, pod.UID a7f4be95-5402-4ea5-a872-297c9d030641), marking as InUse''',
  None, None, 'a7f4be95-5402-4ea5-a872-297c9d030641', None, None, note='the next line, another pod', fmt='klog', cls='volume'),
C(K + "105390", r'''I1001 00:51:07.014001 2845852 operation_executor.go:883] Starting operationExecutor.ReconstructVolumepodName''',
  None, None, None, None, None, note='the next line', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- flexvolume after a kubelet restart (1.10)
C(K + "66945", r'''Aug  2 23:03:58 rom kubelet[29830]: I0802 23:03:58.536372   29830 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "nvidia-driver" (UniqueName: "flexvolume-eai/nvidiaflex/566f738e-96a8-11e8-849f-000c29c26193-nvidia-driver") pod "PODNAME" (UID: "566f738e-96a8-11e8-849f-000c29c26193")''',
  None, 'PODNAME', '566f738e-96a8-11e8-849f-000c29c26193', None, None,
  note="flexvolume orphan after a kubelet restart during the 1.10.5 -> 1.10.6 upgrade (Aug 2018): the reporter replaced the pod's name by the placeholder PODNAME, so no real name is given; routine (relabelled by the lead from pod None: the table takes a redacted name as the line spells it, as its XXXXXXXXX and xxxxx rows do; scored 29/33 with None, 30/33 with PODNAME)", kubelet='1.10', fmt='klog', cls='volume'),
C(K + "66945", r'''Aug  2 23:03:58 rom systemd[1]: Started Kubernetes transient mount for /var/lib/kubelet/pods/566f738e-96a8-11e8-849f-000c29c26193/volumes/kubernetes.io~secret/default-token-5psw8.''',
  None, None, '566f738e-96a8-11e8-849f-000c29c26193', None, None,
  note="the next line: systemd's transient mount unit for the same pod's secret volume (uid in the path); routine", kubelet='1.10', cls='noise'),
# ---------------------------------------------------------------- gVisor pod stuck Terminating (containerd)
C(GV, r'''Dec 14 01:20:28 fancy-machine containerd[601]: time="2023-12-14T01:20:28.884078779Z" level=info msg="starting signal loop" namespace=k8s.io path=/run/containerd/io.containerd.runtime.v2.task/k8s.io/8dafd41d1e71a539c2f537cb5412be73cece506ee6766ed9a2ff68566fac8dd2 pid=1101010''',
  None, None, None, None, None,
  note="gVisor pod stuck Terminating (Dec 2023): the reporter's journalctl -u containerd grepped for the sandbox id; the shim starts; routine", fmt='containerd', cls='noise'),
C(GV, r'''Dec 14 01:20:29 fancy-machine containerd[601]: time="2023-12-14T01:20:29.234943041Z" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:foo-docker-5479647b89-xvgmx,Uid:0529db22-4a0b-467d-b53e-7cccbec7aab1,Namespace:app-c3640d47-fa78-412d-9416-8be5c2f56b63,Attempt:0,} returns sandbox id \"8dafd41d1e71a539c2f537cb5412be73cece506ee6766ed9a2ff68566fac8dd2\""''',
  'app-c3640d47-fa78-412d-9416-8be5c2f56b63', 'foo-docker-5479647b89-xvgmx', '0529db22-4a0b-467d-b53e-7cccbec7aab1', None, None,
  note='the next line: the sandbox is created (success)', fmt='containerd', cls='noise'),
C(GV, r'''Dec 14 01:20:30 fancy-machine containerd[601]: time="2023-12-14T01:20:30.404825455Z" level=info msg="CreateContainer within sandbox \"8dafd41d1e71a539c2f537cb5412be73cece506ee6766ed9a2ff68566fac8dd2\" for container &ContainerMetadata{Name:foo-docker,Attempt:0,}"''',
  None, None, None, 'foo-docker', None,
  note='the next line: the container is being created in that sandbox (by sandbox id; no pod named)', fmt='containerd', cls='noise'),
# ---------------------------------------------------------------- pre-1.0 kubelet
C(K + "4086", r'''Couldn't sync containers: remove /var/lib/kubelet/pods/f936e991-abed-11e4-96a8-00266cf650e0/volumes/kubernetes.io~dw-vol/redisvol2: device or resource busy''',
  None, None, 'f936e991-abed-11e4-96a8-00266cf650e0', None, None,
  note="volumes not torn down on pod delete (Feb 2015, pre-1.0 kubelet): the orphan cleanup removes the deleted pod's dir before its volume is unmounted; as the table's 'Failed to remove orphaned pod ... dir' lines, no pod reason (uid from the path)", kubelet='~0.9', fmt='klog', cls='volume', trap_for='FailedSync'),
    ]
