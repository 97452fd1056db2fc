# Hunt 106 for the real-lines table (issue 13 item 3): a HELD-OUT set of runtime-unit and kubelet lines
# from threads the table did not cite yet (containerd/containerd#4515, virtual-kubelet/openstack-zun#14,
# kubernetes/kubernetes#45626). Same rules as gen_real_lines_h8.py and the older files: each line is copied
# exactly as its public source shows it (raw strings: backslashes and quotes are the line's own; lines cut
# by the reporter's terminal are kept as cut, and lines cut by the search excerpt were left out), with the
# source's URL, and each was seen twice (two different searches returned the same passage). Whole runs of
# consecutive lines were taken as they come, noise included. Node-level lines are never attributed to a
# pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

VK14 = "https://github.com/virtual-kubelet/openstack-zun/issues/14"
CD4515 = "https://github.com/containerd/containerd/issues/4515"
K45626 = "https://github.com/kubernetes/kubernetes/issues/45626"


def HUNT_H106(C):
    return [
# ---------------------------------------------------------------- openstack-zun#14: containerd 1.2.13 restarted (Jul 2020)
C(VK14, r'''Jul 28 04:42:47 worker1 systemd[1]: Stopping containerd container runtime...''',
  None, None, None, None, None,
  note="virtual-kubelet/openstack-zun issue (a later comment, turn 12 by lmq1999; journal of Jul 28 2020): the worker's journal while containerd is restarted; systemd stopping the containerd unit before a restart; a unit message, names no pod and is no runtime failure by itself; noise", fmt='other', cls='noise'),
C(VK14, r'''Jul 28 04:42:47 worker1 systemd[1]: Stopped containerd container runtime.''',
  None, None, None, None, None,
  note='the next line: systemd has stopped the containerd unit; noise', fmt='other', cls='noise'),
C(VK14, r'''Jul 28 04:42:47 worker1 systemd[1]: Starting containerd container runtime...''',
  None, None, None, None, None,
  note='the next line: systemd starting the containerd unit again; noise', fmt='other', cls='noise'),
C(VK14, r'''Jul 28 04:42:47 worker1 systemd[1]: Started containerd container runtime.''',
  None, None, None, None, None,
  note="the next line: systemd's 'Started containerd container runtime.' is the unit's start, not a container's Started; noise", fmt='other', cls='runtime-trap', trap_for='Started'),
C(VK14, r'''Jul 28 04:42:47 worker1 containerd[6239]: time="2020-07-28T04:42:47.124072976Z" level=info msg="starting containerd" revision=7ad184331fa3e55e52b890ea95e65ba581ae3429 version=1.2.13''',
  None, None, None, None, None,
  note='the next line: containerd 1.2.13 starts (version and revision); noise', fmt='containerd', cls='noise'),
C(VK14, r'''Jul 28 04:42:47 worker1 containerd[6239]: time="2020-07-28T04:42:47.124481607Z" level=info msg="loading plugin "io.containerd.content.v1.content"..." type=io.containerd.content.v1''',
  None, None, None, None, None,
  note='the next line: containerd loads its content plugin at start-up; noise', fmt='containerd', cls='noise'),
C(VK14, r'''Jul 28 04:42:47 worker1 containerd[6239]: time="2020-07-28T04:42:47.124508591Z" level=info msg="loading plugin "io.containerd.snapshotter.v1.btrfs"..." type=io.containerd.snapshotter''',
  None, None, None, None, None,
  note='the next line: containerd loads the btrfs snapshotter plugin; noise', fmt='containerd', cls='noise'),
C(VK14, r'''Jul 28 04:42:47 worker1 containerd[6239]: time="2020-07-28T04:42:47.124672575Z" level=warning msg="failed to load plugin io.containerd.snapshotter.v1.btrfs" error="path /var/lib/cont''',
  None, None, None, None, None,
  note="the next line, cut by the reporter's terminal after 'path /var/lib/cont' (kept as the thread shows it): the btrfs snapshotter is skipped on a non-btrfs root, an ordinary start-up warning; noise", fmt='containerd', cls='noise'),
C(VK14, r'''Jul 28 04:42:47 worker1 containerd[6239]: time="2020-07-28T04:42:47.124769284Z" level=info msg="loading plugin "io.containerd.snapshotter.v1.aufs"..." type=io.containerd.snapshotter.''',
  None, None, None, None, None,
  note="the next line, also cut at the terminal width ('type=io.containerd.snapshotter.'): containerd loads the aufs snapshotter; noise", fmt='containerd', cls='noise'),
# ---------------------------------------------------------------- containerd#4515: containerd's CRI journal (Aug 2020)
C(CD4515, r'''8月 31 17:15:58 konvymaster-01 containerd[7959]: time="2020-08-31T17:15:58.779731535+08:00" level=info msg="PullImage \"mesosphere/tf-kubernetes-configmap-backend:v0.4.0\" returns image reference \"sha256:ed39a052c6a2a0b92bc7d3aad84504a03360da9a85fec6bdc5d5e731a1ff8a0a\""''',
  None, None, None, None, 'Pulled',
  note="containerd issue 'Containerd automatically exits after a few minutes', description: 'PullImage ... returns image reference': containerd finished pulling the configmap-backend image (Aug 2020, CRI plugin, 8月 is the reporter's Chinese locale for August); a pull done, no pod named offline", fmt='containerd', cls='pull'),
C(CD4515, r'''8月 31 17:15:58 konvymaster-01 containerd[7959]: time="2020-08-31T17:15:58.782457017+08:00" level=info msg="PullImage \"fluent/fluent-bit:1.3.7\""''',
  None, None, None, None, 'Pulling',
  note='the next line: containerd begins the pull of fluent/fluent-bit:1.3.7 (the bare \'PullImage "<image>"\' form); no pod named', fmt='containerd', cls='pull'),
C(CD4515, r'''8月 31 17:15:58 konvymaster-01 containerd[7959]: time="2020-08-31T17:15:58.785681848+08:00" level=info msg="CreateContainer within sandbox \"e3d5e0430973d5500586fa145e93d9f7f5daf84c720cecd441a7563fbd1dc3e5\" for container &ContainerMetadata{Name:server,Attempt:9,}"''',
  None, None, None, 'server', None,
  note="the next line: containerd is asked to create container 'server' (attempt 9) in a sandbox; creation is not a reason and the sandbox id names no pod offline", fmt='containerd', cls='runtime-trap', trap_for='Started'),
C(CD4515, r'''8月 31 17:15:58 konvymaster-01 containerd[7959]: time="2020-08-31T17:15:58.878303683+08:00" level=info msg="RemoveContainer for \"2fa6a7cfd3a09ce16f64a2def1952bdd6d3a158f6281dbced95503f19bf5e988\" returns successfully"''',
  None, None, None, None, None,
  note='the next line: an old container is removed (garbage collection of exited attempts); noise', fmt='containerd', cls='runtime-trap', trap_for='Started'),
C(CD4515, r'''8月 31 17:15:58 konvymaster-01 containerd[7959]: time="2020-08-31T17:15:58.880496795+08:00" level=info msg="RemoveContainer for \"91b44ea1adaa131fd1a059c38798d2101dac66b0e944c7caab42d0322020a51e\""''',
  None, None, None, None, None,
  note='the next line: removal of another old container starts; noise', fmt='containerd', cls='noise'),
C(CD4515, r'''8月 31 17:15:59 konvymaster-01 containerd[7959]: time="2020-08-31T17:15:59.213927834+08:00" level=info msg="RemoveContainer for \"91b44ea1adaa131fd1a059c38798d2101dac66b0e944c7caab42d0322020a51e\" returns successfully"''',
  None, None, None, None, None,
  note="the next line: that removal returns successfully; a 'returns successfully' that is not StartContainer; noise", fmt='containerd', cls='runtime-trap', trap_for='Started'),
# ---------------------------------------------------------------- kubernetes#45626: dockershim sandbox teardown failures (Jun 2017)
C(K45626, r'''Jun 13 13:33:19 node4 kubelet: E0613 13:33:19.559381    1285 docker_sandbox.go:205] Failed to stop sandbox "f7175055928dfc172847ca32d111a87bb03d540f8110cd763cda8808945e2d21": Error response from daemon: {"message":"No such container: f7175055928dfc172847ca32d111a87bb03d540f8110cd763cda8808945e2d21"}''',
  None, None, None, None, 'FailedKillPod',
  note="comment of Jun 2017 (dockershim, CNI): the kubelet's docker_sandbox.go could not stop a sandbox whose container docker no longer has; a pod-kill failure, but the line names only the sandbox id. docker_sandbox.go with remote_runtime.go:109 and 'code = 2' put the kubelet at 1.6 to 1.7", kubelet='~1.6', fmt='klog', cls='kill'),
C(K45626, r'''Jun 13 13:33:19 node4 kubelet: E0613 13:33:19.559472    1285 remote_runtime.go:109] StopPodSandbox "f7175055928dfc172847ca32d111a87bb03d540f8110cd763cda8808945e2d21" from runtime service failed: rpc error: code = 2 desc = NetworkPlugin cni failed to teardown pod "nginx-3950648766-w59db_default" network: CNI failed to retrieve network namespace path: Error: No such container: f7175055928dfc172847ca32d111a87bb03d540f8110cd763cda8808945e2d21''',
  'default', 'nginx-3950648766-w59db', None, None, 'FailedKillPod',
  note='the next line: StopPodSandbox failed because CNI teardown could not find the network namespace of the sandbox; the teardown names the pod as name_namespace', kubelet='~1.6', fmt='klog', cls='kill'),
C(K45626, r'''Jun 13 13:33:19 node4 kubelet: E0613 13:33:19.559486    1285 kuberuntime_gc.go:138] Failed to stop sandbox "f7175055928dfc172847ca32d111a87bb03d540f8110cd763cda8808945e2d21" before removing: rpc error: code = 2 desc = NetworkPlugin cni failed to teardown pod "nginx-3950648766-w59db_default" network: CNI failed to retrieve network namespace path: Error: No such container: f7175055928dfc172847ca32d111a87bb03d540f8110cd763cda8808945e2d21''',
  'default', 'nginx-3950648766-w59db', None, None, 'FailedKillPod',
  note='the next line: the sandbox garbage collector could not stop the same sandbox before removing it; same pod, same cause', kubelet='~1.6', fmt='klog', cls='kill'),
    ]
