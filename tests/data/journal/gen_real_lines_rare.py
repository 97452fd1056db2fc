# The rarer reasons of the real-lines table (issue 13 item 3: at least 10 real lines and a
# look-alike trap for every reason). Same rules as gen_real_lines_more.py: each line is copied
# exactly as its public source shows it (raw strings: backslashes are the line's own), with the
# source's URL (or repository and path, for a project's own source and tests). Imported by
# gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"
CD = "https://github.com/containerd/containerd/issues/"


def RARE(C):
    return [
# ---------------------------------------------------------------- OOMKilled: containerd's TaskOOM
C(CD + "3138", r'''Mar 28 12:22:02 apvrp22581 containerd[6489]: time="2019-03-28T12:22:02.843493956-05:00" level=info msg="TaskOOM event &TaskOOM{ContainerID:af134047d061f40b4ed78434de3ed8e292ff017a0e86b216e689e883ab450b30,}"''',
  None, None, None, None, "OOMKilled", fmt="containerd", cls="oom",
  note="containerd 1.2 era (Mar 2019); offline the container id names no pod"),
C(CD + "3138", r'''Mar 28 12:22:02 apvrp22581 containerd[6489]: time="2019-03-28T12:22:02.844276342-05:00" level=info msg="TaskOOM event &TaskOOM{ContainerID:ba8aca7a374f6d7d4c6af8d51c1d83da5f15a9493e6c381adb3c2bd546ebfde1,}"''',
  None, None, None, None, "OOMKilled", fmt="containerd", cls="oom"),
C(CD + "3138", r'''Mar 28 12:22:02 apvrp22581 containerd[6489]: time="2019-03-28T12:22:02.844303113-05:00" level=info msg="TaskOOM event &TaskOOM{ContainerID:af134047d061f40b4ed78434de3ed8e292ff017a0e86b216e689e883ab450b30,}"''',
  None, None, None, None, "OOMKilled", fmt="containerd", cls="oom"),
C(CD + "3138", r'''Mar 28 12:22:02 apvrp22581 containerd[6489]: time="2019-03-28T12:22:02.845209833-05:00" level=info msg="TaskOOM event &TaskOOM{ContainerID:ba8aca7a374f6d7d4c6af8d51c1d83da5f15a9493e6c381adb3c2bd546ebfde1,}"''',
  None, None, None, None, "OOMKilled", fmt="containerd", cls="oom"),
# ---------------------------------------------------------------- CreateContainerError / RunContainerError
C("https://github.com/kubernetes-csi/csi-driver-smb/issues/493", r'''Jul 03 18:02:21 node-p2-658d885695-2jjw9 kubelet[2760]: E0703 18:02:21.161869    2760 remote_runtime.go:228] "CreateContainer in sandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to generate container \"2636dac4304fad5b43b30b4ac012a0ad0553362e90b07f6763ff554a19ca3e5f\" spec: failed to generate spec: failed to mkdir \"/var/lib/kubelet/pods/f3b83910-f1ed-48f7-8024-058be1efdea6/volumes/kubernetes.io~csi/pvc-91da69c7-a5e0-406e-93ed-1575abf5565f/mount\": mkdir /var/lib/kubelet/pods/f3b83910-f1ed-48f7-8024-058be1efdea6/volumes/kubernetes.io~csi/pvc-91da69c7-a5e0-406e-93ed-1575abf5565f/mount: file exists" podSandboxID="333430c68e9db4c5032ac0d497e72d89f2a125767538bd05be09eea44145e17a"''',
  None, None, "f3b83910-f1ed-48f7-8024-058be1efdea6", None, "CreateContainerError", fmt="klog-s", cls="runtime",
  note="the pod is named only by the uid in its volume path"),
C("https://github.com/Alluxio/alluxio/issues/15613", r'''E0607 06:01:00.666435  538690 remote_runtime.go:222] StartContainer "5965c53d01d673adf44ea791d4483ab63344d0dda549e3f9a41874fce6a29cd2" from runtime service failed: rpc error: code = Unknown desc = failed to start container "5965c53d01d673adf44ea791d4483ab63344d0dda549e3f9a41874fce6a29cd2": Error response from daemon: error while creating mount source path '/var/lib/kubelet/pods/34fa28d2-2a44-4e01-b37a-85fa6f56730f/volumes/kubernetes.io~csi/alluxio-airflow-pv/mount': mkdir /var/lib/kubelet/pods/34fa28d2-2a44-4e01-b37a-85fa6f56730f/volumes/kubernetes.io~csi/alluxio-airflow-pv/mount: file exists''',
  None, None, "34fa28d2-2a44-4e01-b37a-85fa6f56730f", None, "RunContainerError", fmt="klog", cls="runtime",
  note="remote_runtime.go's unstructured form: the container id sits between StartContainer and 'from runtime service failed'"),
C("https://github.com/Alluxio/alluxio/issues/15613", r'''E0607 06:01:00.666500  538690 kuberuntime_manager.go:809] container start failed: RunContainerError: failed to start container "5965c53d01d673adf44ea791d4483ab63344d0dda549e3f9a41874fce6a29cd2": Error response from daemon: error while creating mount source path '/var/lib/kubelet/pods/34fa28d2-2a44-4e01-b37a-85fa6f56730f/volumes/kubernetes.io~csi/alluxio-airflow-pv/mount': mkdir /var/lib/kubelet/pods/34fa28d2-2a44-4e01-b37a-85fa6f56730f/volumes/kubernetes.io~csi/alluxio-airflow-pv/mount: file exists''',
  None, None, "34fa28d2-2a44-4e01-b37a-85fa6f56730f", None, "RunContainerError", fmt="klog", cls="runtime"),
# ---------------------------------------------------------------- FailedCreatePodSandBox
C("https://github.com/kubernetes/kubelet/issues/45", r'''Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459322 1067481 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory"''',
  None, None, None, None, "FailedCreatePodSandBox", fmt="klog-s", cls="sandbox",
  note="Oct 2023 kubeadm node (pause:3.9); the runtime's error names no pod"),
C(K + "66755", r'''Jul 30 11:57:45 slaver2 kubelet[15871]: E0730 11:57:45.667576   15871 pod_workers.go:186] Error syncing pod 5fc0f80b-93a9-11e8-b74d-38d547b35fe9 ("kube-proxy-cw948_kube-system(5fc0f80b-93a9-11e8-b74d-38d547b35fe9)"), skipping: failed to "CreatePodSandbox" for "kube-proxy-cw948_kube-system(5fc0f80b-93a9-11e8-b74d-38d547b35fe9)" with CreatePodSandboxError: "CreatePodSandbox for pod \"kube-proxy-cw948_kube-system(5fc0f80b-93a9-11e8-b74d-38d547b35fe9)\" failed: rpc error: code = Unknown desc = failed to create a sandbox for pod \"kube-proxy-cw948\": Error response from daemon: No command specified"''',
  "kube-system", "kube-proxy-cw948", "5fc0f80b-93a9-11e8-b74d-38d547b35fe9", None, "FailedCreatePodSandBox", fmt="klog", cls="sandbox",
  note="Jul 2018 report; the issue's stored text has HTML entities (&quot;) that GitHub renders as the quotes shown"),
C(K + "66755", r'''Jul 30 11:57:49 slaver2 kubelet[15871]: E0730 11:57:49.660961   15871 kuberuntime_sandbox.go:56] CreatePodSandbox for pod "kube-flannel-ds-5k9vn_kube-system(ac69edce-93a9-11e8-b74d-38d547b35fe9)" failed: rpc error: code = Unknown desc = failed to create a sandbox for pod "kube-flannel-ds-5k9vn": Error response from daemon: No command specified''',
  "kube-system", "kube-flannel-ds-5k9vn", "ac69edce-93a9-11e8-b74d-38d547b35fe9", None, "FailedCreatePodSandBox", fmt="klog", cls="sandbox"),
C(K + "66755", r'''Jul 30 11:57:49 slaver2 kubelet[15871]: E0730 11:57:49.660871   15871 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create a sandbox for pod "kube-flannel-ds-5k9vn": Error response from daemon: No command specified''',
  None, "kube-flannel-ds-5k9vn", None, None, "FailedCreatePodSandBox", fmt="klog", cls="sandbox",
  note="dockershim names the pod, not its namespace"),
C("https://github.com/cilium/cilium/issues/30820", r'''Feb 15 20:28:32 kind-worker containerd[3929]: time="2024-02-15T20:28:32.075190807Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:server,Uid:eb9891c8-0b47-426b-8456-10a210f1115f,Namespace:default,Attempt:0,} failed, error" error="failed to setup network for sandbox \"1341f1c7aa620238c4d30e6f28e6bcb9ec8e44fd34d3f81ceaa1498e672054d2\": plugin type=\"cilium-cni\" failed (add): netplugin failed: \"ts=1708028912.027259, now=2024-02-15 20:28:32.027259, to retry\\n\""''',
  "default", "server", "eb9891c8-0b47-426b-8456-10a210f1115f", None, "FailedCreatePodSandBox", fmt="containerd", cls="sandbox"),
C("https://github.com/cilium/cilium/issues/30820", r'''Feb 15 20:28:31 kind-worker containerd[3929]: time="2024-02-15T20:28:31.785841950Z" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:server,Uid:eb9891c8-0b47-426b-8456-10a210f1115f,Namespace:default,Attempt:0,}"''',
  "default", "server", "eb9891c8-0b47-426b-8456-10a210f1115f", None, None, fmt="containerd", cls="sandbox-trap",
  trap_for=["FailedCreatePodSandBox"], note="look-alike: the runtime starting a sandbox, not failing one"),
# ---------------------------------------------------------------- FailedKillPod (rktlet era, Sep 2016)
C(K + "32935", r'''E0916 19:14:22.238169    4716 remote_runtime.go:94] StopPodSandbox "726e55af-7c7c-11e6-9d5a-28d244b00276" from runtime service failed: rpc error: code = 2 desc = failed to run stop [726e55af-7c7c-11e6-9d5a-28d244b00276]: exit status 1''',
  None, None, None, None, "FailedKillPod", kubelet="~1.5", fmt="klog", cls="kill",
  note="Sep 2016 (release-1.5 development, the first CRI SyncPod); the id quoted is the sandbox's"),
C(K + "32935", r'''I0916 19:14:22.222363    4716 kuberuntime_manager.go:483] Stopping PodSandbox for "nginx_default(726e55af-7c7c-11e6-9d5a-28d244b00276)", will start new one''',
  "default", "nginx", "726e55af-7c7c-11e6-9d5a-28d244b00276", None, None, kubelet="~1.5", fmt="klog", cls="kill-trap",
  trap_for=["FailedKillPod", "Killing"], note="look-alike: a sandbox being replaced, not a failed kill"),
    ]
