# Hunt 85 for the real-lines table (issue 13 item 3): a HELD-OUT set from kubernetes/kubernetes pull
# requests that show kubelet output before and after a change (#62313, #47462, #47367, #75260) and
# kubernetes/kubernetes issues whose titles quote a kubelet message or that paste a whole journal run
# (#55649, #110177, #88969, #49835, #122955, #117972). None of these threads is cited elsewhere in the
# table (checked with grep on real_lines.jsonl and every gen_real_lines_*.py). Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings; the
# tab characters inside the kubectl-describe rows of #47462 and #47367 are the rows' own tabs, and the
# SuccessfulMountVolume rows end in the space the threads show), with the source's URL, and each was
# seen twice (two different searches of the thread). Node-level lines are never attributed to a pod:
# ns, pod, uid and container are None for them. Expected fields are what an SRE reads in the line,
# not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"


def HUNT_H85(C):
    return [
# ---------------------------------------------------------------- PR 62313: pod_workers.go before / after
C(KP + "62313", r'''E0410 20:31:10.398648   16373 pod_workers.go:186] Error syncing pod 0ab2798b-3cbb-11e8-bbaa-002dc92800b3 ("nginx-mlxgc_default(0ab2798b-3cbb-11e8-bbaa-002dc92800b3)"), skipping: failed to "StartContainer" for "nginx" with CrashLoopBackOff: "Back-off 10s restarting failed container=nginx pod=nginx-mlxgc_default(0ab2798b-3cbb-11e8-bbaa-002dc92800b3)"''',
  'default', 'nginx-mlxgc', '0ab2798b-3cbb-11e8-bbaa-002dc92800b3', 'nginx', 'CrashLoopBackOff',
  note="PR description (Apr 2018), 'before this pr': the CrashLoopBackOff sync error with the uid followed by the quoted name_namespace(uid). pod_workers.go:186 and the date: kubelet 1.10", kubelet='~1.10', fmt='klog', cls='crash'),
C(KP + "62313", r'''E0410 20:33:41.293646   19445 pod_workers.go:186] Error syncing pod nginx-nnf6s_default(5afd412b-3cbb-11e8-bbaa-002dc92800b3), skipping: failed to "StartContainer" for "nginx" with CrashLoopBackOff: "Back-off 20s restarting failed container=nginx pod=nginx-nnf6s_default(5afd412b-3cbb-11e8-bbaa-002dc92800b3)"''',
  'default', 'nginx-nnf6s', '5afd412b-3cbb-11e8-bbaa-002dc92800b3', 'nginx', 'CrashLoopBackOff',
  note="same PR, 'after': the patched kubelet prints only name_namespace(uid) after 'Error syncing pod' (the PR was closed unmerged, but the line is what the author's build logged)", kubelet='~1.10', fmt='klog', cls='crash'),
# ---------------------------------------------------------------- PR 47462: kubectl describe, new output
C(KP + "47462", r'''  48s		48s		1	default-scheduler				Normal		Scheduled		Successfully assigned bad-2463393876-53rh2 to 127.0.0.1''',
  None, 'bad-2463393876-53rh2', None, None, None,
  note="PR comment (Jun 2017, 'For the new output'): kubectl describe of a pod whose command does not exist ('derekisbad'); the scheduler row names the pod without namespace. Noise. CRI kubelet on master before 1.7", kubelet='~1.7', fmt='event', cls='noise'),
C(KP + "47462", r'''  48s		48s		1	kubelet, 127.0.0.1				Normal		SuccessfulMountVolume	MountVolume.SetUp succeeded for volume "default-token-cj70t" ''',
  None, None, None, None, None,
  note='next row: a successful token mount is not FailedMount (the row ends in the space the thread shows)', kubelet='~1.7', fmt='event', cls='volume-trap', trap_for='FailedMount'),
C(KP + "47462", r'''  47s		34s		3	kubelet, 127.0.0.1	spec.containers{bad}	Normal		Pulling			pulling image "busybox"''',
  None, None, None, 'bad', 'Pulling',
  note='next row: the Pulling event for container bad (spec.containers{bad})', kubelet='~1.7', fmt='event', cls='image'),
C(KP + "47462", r'''  46s		33s		3	kubelet, 127.0.0.1	spec.containers{bad}	Normal		Pulled			Successfully pulled image "busybox"''',
  None, None, None, 'bad', 'Pulled',
  note='next row: the Pulled event', kubelet='~1.7', fmt='event', cls='image'),
C(KP + "47462", r'''  46s		33s		3	kubelet, 127.0.0.1	spec.containers{bad}	Normal		Created			Created container''',
  None, None, None, 'bad', None,
  note="next row: Created is not a reason of its own (the container's start then fails: the thread's next row, cut in the stored copy, is 'Error: failed to ...')", kubelet='~1.7', fmt='event', cls='noise'),
# ---------------------------------------------------------------- PR 47367: kubectl describe, old output
C(KP + "47367", r'''  1m		1m		1	kubelet, 127.0.0.1				Normal		SuccessfulMountVolume	MountVolume.SetUp succeeded for volume "default-token-1h1m4" ''',
  None, None, None, None, None,
  note="PR comment (Jun 2017) with the old output for the same 'bad' pod: successful mount, not FailedMount", kubelet='~1.7', fmt='event', cls='volume-trap', trap_for='FailedMount'),
C(KP + "47367", r'''  1m		1m		1	default-scheduler				Normal		Scheduled		Successfully assigned bad-2463393876-v8b31 to 127.0.0.1''',
  None, 'bad-2463393876-v8b31', None, None, None,
  note='next row: the scheduler row names the pod without namespace. Noise', kubelet='~1.7', fmt='event', cls='noise'),
C(KP + "47367", r'''  1m		1m		1	kubelet, 127.0.0.1	spec.containers{bad}	Normal		Created			Created container with id b95f26009dfbbb4a9889a4274f6fef35bf6cd3ef7b2bac4040584ccc0ac51358''',
  None, None, None, 'bad', None,
  note="next row: 'Created container with id' (the old form with the id) is not a reason", kubelet='~1.7', fmt='event', cls='noise'),
# ---------------------------------------------------------------- PR 75260: FailedMount message before the fix
C(KP + "75260", r'''MountVolume.SetUp failed for volume "secret-prometheus-k8s-proxy" : couldn't propagate object cache: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount',
  note="PR description (Mar 2019), 'From:': the FailedMount event message as the kubelet wrote it before the PR renamed the cause to 'failed to sync secret cache'. The message names no pod. Before 1.15", kubelet='~1.14', fmt='event', cls='volume'),
# ---------------------------------------------------------------- issue 117972 (title quotes the kubelet's error)
C(K + "117972", r'''kubelet_pods.go:897] "Unable to retrieve pull secret, the image pull may not succeed." pod="default/xxxxx" secret="" err="failed to sync secret cache: timed out waiting for the condition"''',
  'default', 'xxxxx', None, None, None,
  note="issue description (May 2023): the hedged warning about a pull secret that could not be read in time; not a pull failure (the pod name is redacted by the reporter as 'xxxxx', which is what the line names). kubelet_pods.go:897 as in 1.25-1.27", kubelet='~1.26', fmt='klog-s', cls='image-trap', trap_for='ErrImagePull'),
# ---------------------------------------------------------------- issue 55649 (title quotes the kubelet's log)
C(K + "55649", r'''Nov 23 21:57:49 k8s-node kubelet: I1123 21:57:49.365043   13250 server.go:422] --cgroups-per-qos enabled, but --cgroup-root was not specified.  defaulting to /''',
  None, None, None, None, None,
  note="comment (Nov 2017) pasting the kubelet's start-up: a flag notice. ExperimentalCPUManagerPolicy in the next lines: kubelet 1.8", kubelet='~1.8', fmt='klog', cls='noise'),
C(K + "55649", r'''Nov 23 21:57:49 k8s-node kubelet: I1123 21:57:49.366724   13250 container_manager_linux.go:252] container manager verified user specified cgroup-root exists: /''',
  None, None, None, None, None,
  note='next line: start-up noise', kubelet='~1.8', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- issue 110177: SandboxChanged loop, kubelet -v2
C(K + "110177", r'''May 26 16:43:58 master0 kubelet[485]: I0526 16:43:58.743876     485 kuberuntime_manager.go:488] "No ready sandbox for pod can be found. Need to start a new one" pod="kube-system/etcd-master0"''',
  'kube-system', 'etcd-master0', None, None, None,
  note='comment (May 2022, Ubuntu Jammy, cgroup v2 with a cgroupfs/systemd mismatch): the kubelet recreates sandboxes in a loop; each line is an info notice, not a sandbox failure. kuberuntime_manager.go:488 and the date: about 1.24', kubelet='~1.24', fmt='klog-s', cls='noise', trap_for='FailedCreatePodSandBox'),
C(K + "110177", r'''May 26 16:44:06 master0 kubelet[485]: I0526 16:44:06.769150     485 kuberuntime_manager.go:488] "No ready sandbox for pod can be found. Need to start a new one" pod="kube-system/kube-proxy-qzlw9"''',
  'kube-system', 'kube-proxy-qzlw9', None, None, None,
  note='next line, another static/system pod', kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110177", r'''May 26 16:44:28 master0 kubelet[485]: I0526 16:44:28.806304     485 kuberuntime_manager.go:488] "No ready sandbox for pod can be found. Need to start a new one" pod="kube-system/kube-scheduler-master0"''',
  'kube-system', 'kube-scheduler-master0', None, None, None,
  note='next line', kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110177", r'''May 26 16:45:54 master0 kubelet[485]: I0526 16:45:54.961485     485 kuberuntime_manager.go:488] "No ready sandbox for pod can be found. Need to start a new one" pod="kube-system/kube-proxy-qzlw9"''',
  'kube-system', 'kube-proxy-qzlw9', None, None, None,
  note='next line', kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110177", r'''May 26 16:45:59 master0 kubelet[485]: I0526 16:45:59.981402     485 kuberuntime_manager.go:488] "No ready sandbox for pod can be found. Need to start a new one" pod="kube-system/kube-scheduler-master0"''',
  'kube-system', 'kube-scheduler-master0', None, None, None,
  note='next line', kubelet='~1.24', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- issue 88969 (title quotes the kubelet's error)
C(K + "88969", r'''E0303 17:25:03.436781   63839 summary_sys_containers.go:47] Failed to get system container stats for "/docker": failed to get cgroup stats for "/docker": failed to get container info for "/docker": unknown container "/docker"''',
  None, None, None, None, None,
  note='issue description (Mar 2020, k8s 1.17.2, cgroupsPerQOS false, cgroupRoot /docker): stats noise on every housekeeping pass', kubelet='1.17', fmt='klog', cls='noise'),
C(K + "88969", r'''E0303 17:25:03.436809   63839 helpers.go:680] eviction manager: failed to construct signal: "allocatableMemory.available" error: system container "pods" not found in metrics''',
  None, None, None, None, None,
  note='next line: the eviction manager cannot build a signal; no pressure, no eviction', kubelet='1.17', fmt='klog', cls='eviction-trap', trap_for='Evicted'),
# ---------------------------------------------------------------- issue 49835 (title quotes the kubelet's message)
C(K + "49835", r'''Jul 31 21:15:29 ip-10-0-2-88 kubelet[3671]: I0731 21:15:29.267611    3671 kubelet.go:1579] Failed to update QoS cgroups while syncing pod: failed to set supported cgroup subsystems for cgroup /kubepods/burstable: Failed to set config for supported subsystems : failed to write 2 to cpu.shares: open /var/lib/rkt/pods/exited-garbage/7ec267f8-5159-4297-90fb-3eac594a8480/stage1/rootfs/opt/stage2/flannel/rootfs/sys/fs/cgroup/cpu,cpuacct/kubepods/burstable/cpu.shares: no such file or directory''',
  None, None, None, None, None,
  note="comment (Aug 2017, 1.7.2 on CoreOS): an info-level notice in syncPod (the sync goes on); it names no pod, and the uid in the path is an exited rkt pod that kubernetes does not manage", kubelet='1.7', fmt='klog', cls='noise', trap_for='FailedSync'),
# ---------------------------------------------------------------- issue 122955: a whole run around the start failure
C(K + "122955", r'''Feb 28 18:54:45 ip-10-0-0-59 systemd[1]: Created slice libcontainer container kubepods.slice.''',
  None, None, None, None, None,
  note='comment (Feb 2024, OpenShift node, kubelet as kubenswrapper): systemd creates the kubepods slice', kubelet='~1.29', fmt='systemd', cls='noise'),
C(K + "122955", r'''Feb 28 18:54:45 ip-10-0-0-59 kubenswrapper[2123]: I0228 18:54:45.859828    2123 common.go:448] "setUnitProperties Params" name="kubepods.slice" properties=[{"Name":"MemoryMax","Value":{}},{"Name":"CPUWeight","Value":{}},{"Name":"TasksMax","Value":{}}]''',
  None, None, None, None, None,
  note='next line: a debug line of the systemd cgroup driver', kubelet='~1.29', fmt='klog-s', cls='noise'),
C(K + "122955", r'''Feb 28 18:54:45 ip-10-0-0-59 kubenswrapper[2123]: E0228 18:54:45.870378    2123 kubelet.go:1559] "Failed to start ContainerManager" err="failed to initialize top level QOS containers: root container [kubepods] doesn't exist"''',
  None, None, None, None, 'KubeletStartFailed',
  note='next line: the kubelet cannot start its container manager and exits', kubelet='~1.29', fmt='klog-s', cls='start'),
C(K + "122955", r'''Feb 28 18:54:45 ip-10-0-0-59 systemd[1]: kubelet.service: Main process exited, code=exited, status=1/FAILURE''',
  None, None, None, None, 'KubeletStartFailed',
  note='next line: systemd sees the kubelet exit (as the table reads these unit lines)', kubelet='~1.29', fmt='systemd', cls='start'),
C(K + "122955", r'''Feb 28 18:54:45 ip-10-0-0-59 systemd[1]: kubelet.service: Failed with result 'exit-code'.''',
  None, None, None, None, 'KubeletStartFailed',
  note='next line', kubelet='~1.29', fmt='systemd', cls='start'),
C(K + "122955", r'''Feb 28 18:54:47 ip-10-0-0-59 chronyd[977]: Selected source 169.254.169.123''',
  None, None, None, None, None,
  note='next line: another unit in the same journal', fmt='other', cls='noise'),
C(K + "122955", r'''Feb 28 18:54:51 ip-10-0-0-59 /usr/sbin/irqbalance[890]: Cannot change IRQ 31 affinity: Input/output error''',
  None, None, None, None, None,
  note='next line: irqbalance noise', fmt='other', cls='noise'),
C(K + "122955", r'''Feb 28 18:54:51 ip-10-0-0-59 /usr/sbin/irqbalance[890]: IRQ 31 affinity is now unmanaged''',
  None, None, None, None, None,
  note='next line', fmt='other', cls='noise'),
C(K + "122955", r'''Feb 28 18:54:51 ip-10-0-0-59 /usr/sbin/irqbalance[890]: Cannot change IRQ 30 affinity: Input/output error''',
  None, None, None, None, None,
  note='next line', fmt='other', cls='noise'),
C(K + "122955", r'''Feb 28 18:54:51 ip-10-0-0-59 /usr/sbin/irqbalance[890]: IRQ 30 affinity is now unmanaged''',
  None, None, None, None, None,
  note='next line', fmt='other', cls='noise'),
    ]
