# The rarer reasons of the real-lines table (issue 13 item 3: at least 10 real lines and a
# look-alike trap for every reason). Same rules as gen_real_lines_more.py: each line is copied
# exactly as its public source shows it (raw strings: backslashes are the line's own), with the
# source's URL (or repository and path, for a project's own source and tests). Imported by
# gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"
CD = "https://github.com/containerd/containerd/issues/"
U7 = "https://github.com/rootless-containers/usernetes/pull/287"
LJ = "https://github.com/grafana/loki/blob/5a511b9d3e325ce5f3e915727905e63258a892bc/pkg/pattern/drain/testdata/journald.txt"
GKE24 = "~1.29"  # GKE nodes of May 2024 (pod_workers.go:1300, kubelet.go:2498): as in gen_real_lines_more.py


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
# ---------------------------------------------------------------- look-alikes: an invalid reference that is no pod's image, OOM words, GC success
C(K + "72295", r'''Dec 22 15:12:46 node-01 kubelet[2002]: E1222 15:12:46.909965    2002 remote_image.go:87] ImageStatus "registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0\"" from image service failed: rpc error: code = Unknown desc = Error response from daemon: no such image: registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0": invalid reference format''',
  None, None, None, None, None, fmt="klog", cls="image-trap", trap_for=["InvalidImageName", "ErrImagePull"],
  note="look-alike: the node's misquoted sandbox (pause) image is an invalid reference, but no pod's container image is named; Dec 2018 report"),
C(K + "72295", r'''Dec 22 15:12:46 node-01 kubelet[2002]: I1222 15:12:46.126516    2002 oom_linux.go:65] attempting to set "/proc/2002/oom_score_adj" to "-999"''',
  None, None, None, None, None, fmt="klog", cls="oom-trap", trap_for=["OOMKilled"],
  note="look-alike: the kubelet setting its own OOM score, no OOM kill"),
C(K + "72295", r'''Dec 22 15:12:46 node-01 kubelet[2002]: I1222 15:12:46.381082    2002 kubelet.go:1318] Image garbage collection succeeded''',
  None, None, None, None, None, fmt="klog", cls="node-trap", trap_for=["ImageGCFailed"],
  note="look-alike: image GC succeeding"),
C("https://github.com/kubernetes-sigs/provider-aws-test-infra/pull/281", r'''Feb 07 13:36:48.024915 bootstrap-e2e-master containerd[1191]: time="2024-02-07T13:36:48.024858788Z" level=error msg="PullImage \"registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image \"registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b\": failed to resolve reference \"registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b\": registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b: not found"''',
  None, None, None, None, "ErrImagePull", kubelet="~1.30", fmt="containerd", cls="image",
  note="e2e master of Feb 2024 pulling a v1.30.0-alpha.1 image; journal short-precise timestamps"),
# ---------------------------------------------------------------- probe look-alikes (kubelet's own structured-logging PR, Dec 2020)
C(KP + "97093", r'''W1206 23:02:02.337481   31606 prober.go:106] Startup probe for kube-controller-manager-base-vm_kube-system(4cd8806580e432b1c63883b56257bc25):kube-controller-manager is nil''',
  "kube-system", "kube-controller-manager-base-vm", "4cd8806580e432b1c63883b56257bc25", "kube-controller-manager", None,
  kubelet="~1.20", fmt="klog", cls="probe-trap", trap_for=["StartupProbeFailed"],
  note="look-alike: a container without a startup probe; the PR's 'before' output (release-1.21 development)"),
C(KP + "97093", r'''I1206 23:06:44.267132   32349 prober.go:105] "Probe is nil" probeType="Liveness" pod="kube-system/kube-controller-manager-base-vm" podUID=4cd8806580e432b1c63883b56257bc25 container="kube-controller-manager"''',
  "kube-system", "kube-controller-manager-base-vm", "4cd8806580e432b1c63883b56257bc25", "kube-controller-manager", None,
  kubelet="~1.21", fmt="klog-s", cls="probe-trap", trap_for=["LivenessProbeFailed"],
  note="look-alike: no probe to fail; the PR's 'after' output"),
C(KP + "97093", r'''I1206 20:17:47.037248    1639 prober.go:126] Readiness probe for "goldpinger-x4brf_kube-system(c1520e6b-d0d3-4de9-9c77-3ccd5274f2e9):goldpinger" succeeded''',
  "kube-system", "goldpinger-x4brf", "c1520e6b-d0d3-4de9-9c77-3ccd5274f2e9", "goldpinger", None,
  kubelet="~1.20", fmt="klog", cls="probe-trap", trap_for=["ReadinessProbeFailed"],
  note="look-alike: the old prober's success line"),
C(KP + "97093", r'''I1205 05:59:13.870209   26485 prober.go:126] "Probe succeeded" probeType="Readiness" pod="kube-system/goldpinger-vsx6p" podUID=bd4f52ad-2dd1-48f7-9e3e-c36b2110e18a container="goldpinger"''',
  "kube-system", "goldpinger-vsx6p", "bd4f52ad-2dd1-48f7-9e3e-c36b2110e18a", "goldpinger", None,
  kubelet="~1.21", fmt="klog-s", cls="probe-trap", trap_for=["ReadinessProbeFailed"],
  note="look-alike: the structured prober's success line"),
# ---------------------------------------------------------------- a sysctl look-alike (a kubelet log committed to kubernetes/kubernetes)
C("https://github.com/kubernetes/kubernetes/blob/b73a55d87976f591d876b6f55611883d44d9689c/kubelet.log", r'''Mar 25 12:13:43 e2e-big-minion-group-wfls kubelet[1304]: I0325 12:13:43.840303    1304 flags.go:33] FLAG: --allowed-unsafe-sysctls="[]"''',
  None, None, None, None, None, kubelet="~1.19", fmt="klog", cls="sysctl-trap", trap_for=["SysctlForbidden"],
  note="look-alike: the kubelet's start-up flag dump names the sysctl allowlist; an e2e node of Mar 2020 (release-1.19 development)"),
# ---------------------------------------------------------------- more of the GKE journald sample (lines the table had not taken)
C(LJ, r'''time="2024-05-07T11:59:34.182459543Z" level=info msg="PullImage \"us.gcr.io/hosted-grafana/hosted-grafana-pro:11.1.0-ephemeral-6436-938-1\""''',
  None, None, None, None, "Pulling", kubelet=GKE24, fmt="containerd", cls="image"),
C(LJ, r'''time="2024-05-07T11:59:34.034812075Z" level=info msg="PullImage \"us.gcr.io/hosted-grafana/hosted-grafana-pro:11.1.0-ephemeral-6436-938-1\""''',
  None, None, None, None, "Pulling", kubelet=GKE24, fmt="containerd", cls="image"),
C(LJ, r'''E0507 11:59:28.925475    4733 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"pdc\" with ErrImageNeverPull: \"Container image \\\"us.gcr.io/hosted-grafana/pdc:0.1.415\\\" is not present with pull policy of Never\"" pod="pdc/private-datasource-connect-564fb6cfbb-l8pgv" podUID="57e4a0cb-5e77-47bd-b277-70f4b1512c44"''',
  "pdc", "private-datasource-connect-564fb6cfbb-l8pgv", "57e4a0cb-5e77-47bd-b277-70f4b1512c44", "pdc", "ErrImageNeverPull",
  kubelet=GKE24, fmt="klog-s", cls="image", note="the same pod's retry eleven seconds before the table's other line"),
C(LJ, r'''I0507 11:59:28.663309    4601 kubelet.go:2498] "SyncLoop (probe)" probe="liveness" status="unhealthy" pod="hosted-grafana/ltest-grafana-58869c5dd7-xgm5l"''',
  "hosted-grafana", "ltest-grafana-58869c5dd7-xgm5l", None, None, "LivenessProbeFailed", kubelet=GKE24, fmt="klog-s", cls="probe"),
C(LJ, r'''E0507 11:59:32.562163    4739 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"pdc\" with ErrImageNeverPull: \"Container image \\\"us.gcr.io/hosted-grafana/pdc:0.1.415\\\" is not present with pull policy of Never\"" pod="pdc/private-datasource-connect-564fb6cfbb-5k5n7" podUID="5ce47ae4-8558-422b-8246-7733512eeb96"''',
  "pdc", "private-datasource-connect-564fb6cfbb-5k5n7", "5ce47ae4-8558-422b-8246-7733512eeb96", "pdc", "ErrImageNeverPull",
  kubelet=GKE24, fmt="klog-s", cls="image", note="another replica of the same deployment, on another node"),
# ---------------------------------------------------------------- containerd pulls on a v1.27.5 node (Sep 2023)
C(U7, r'''Sep 04 18:35:49 u7s-usernetes-compute-001 containerd[132]: time="2023-09-04T18:35:49.209312106Z" level=info msg="Pulled image \"registry.k8s.io/kube-controller-manager:v1.27.5\" with image id \"sha256:ae819fd2a0d75d119af03d7b933ab72df32a42360ef607ba36106575fae38e18\", repo tag \"registry.k8s.io/kube-controller-manager:v1.27.5\", repo digest \"registry.k8s.io/kube-controller-manager@sha256:2f3d44a2ef081468a43e3d3481c78c798bb97cd819ca181d34f6b05f33017a5c\", size \"30978722\" in 1.067043121s"''',
  None, None, None, None, "Pulled", kubelet="~1.27", fmt="containerd", cls="image",
  note="kubeadm pulling the v1.27.5 control-plane images through containerd's CRI"),
C(U7, r'''Sep 04 18:35:49 u7s-usernetes-compute-001 containerd[132]: time="2023-09-04T18:35:49.209338486Z" level=info msg="PullImage \"registry.k8s.io/kube-controller-manager:v1.27.5\" returns image reference \"sha256:ae819fd2a0d75d119af03d7b933ab72df32a42360ef607ba36106575fae38e18\""''',
  None, None, None, None, "Pulled", kubelet="~1.27", fmt="containerd", cls="image"),
C(U7, r'''Sep 04 18:35:49 u7s-usernetes-compute-001 containerd[132]: time="2023-09-04T18:35:49.241325809Z" level=info msg="PullImage \"registry.k8s.io/kube-scheduler:v1.27.5\""''',
  None, None, None, None, "Pulling", kubelet="~1.27", fmt="containerd", cls="image"),
C(U7, r'''Sep 04 18:35:50 u7s-usernetes-compute-001 containerd[132]: time="2023-09-04T18:35:50.046965226Z" level=info msg="ImageCreate event name:\"registry.k8s.io/kube-scheduler:v1.27.5\" labels:{key:\"io.cri-containerd.image\" value:\"managed\"}"''',
  None, None, None, None, None, kubelet="~1.27", fmt="containerd", cls="image-trap", trap_for=["Pulled", "Pulling"],
  note="look-alike: an image record created in the store, not a pull's start or end"),
# ---------------------------------------------------------------- FailedKillPod: CNI teardown failures (2017-2018)
C("https://github.com/projectcalico/libcalico-go/issues/415", r'''May 08 23:03:21 node-01 kubelet[15267]: E0508 23:03:21.672368   15267 pod_workers.go:182] Error syncing pod 61270e6c-3442-11e7-9f7f-080027ee3298 ("my-nginx-3047691970-t46th_default(61270e6c-3442-11e7-9f7f-080027ee3298)"), skipping: error killing pod: failed to "KillPodSandbox" for "61270e6c-3442-11e7-9f7f-080027ee3298" with KillPodSandboxError: "rpc error: code = 2 desc = NetworkPlugin cni failed to teardown pod \"my-nginx-3047691970-t46th_default\" network: netplugin failed but error parsing its diagnostic message \"\": unexpected end of JSON input"''',
  "default", "my-nginx-3047691970-t46th", "61270e6c-3442-11e7-9f7f-080027ee3298", None, "FailedKillPod", kubelet="~1.6", fmt="klog", cls="kill",
  note="May 2017 report (pod_workers.go:182, KDD-era Calico)"),
C("https://github.com/kubernetes/kubeadm/issues/587", r'''Dec 04 22:58:14 ubuntu-xenial kubelet[4344]: E1204 22:58:14.014685    4344 kuberuntime_manager.go:781] Failed to stop sandbox {"docker" "f79efeabb3ae9964d8daf7419b5f91049d2e3fb517464156505aaf8f0fc8687b"}''',
  None, None, None, None, "FailedKillPod", kubelet="~1.8", fmt="klog", cls="kill", note="Dec 2017 kubeadm report"),
C("https://github.com/kubernetes/kubeadm/issues/587", r'''Dec 04 22:58:14 ubuntu-xenial kubelet[4344]: E1204 22:58:14.014713    4344 kuberuntime_manager.go:581] killPodWithSyncResult failed: failed to "KillPodSandbox" for "9a5ea476-d946-11e7-a964-02b983f0a4db" with KillPodSandboxError: "rpc error: code = Unknown desc = NetworkPlugin cni failed to teardown pod \"kube-dns-545bc4bfd4-djsm4_kube-system\" network: failed to find plugin \"portmap\" in path [/opt/flannel/bin /opt/cni/bin]"''',
  "kube-system", "kube-dns-545bc4bfd4-djsm4", "9a5ea476-d946-11e7-a964-02b983f0a4db", None, "FailedKillPod", kubelet="~1.8", fmt="klog", cls="kill"),
C("https://github.com/kubernetes/kubeadm/issues/587", r'''Dec 04 22:58:14 ubuntu-xenial kubelet[4344]: E1204 22:58:14.014727    4344 pod_workers.go:182] Error syncing pod 9a5ea476-d946-11e7-a964-02b983f0a4db ("kube-dns-545bc4bfd4-djsm4_kube-system(9a5ea476-d946-11e7-a964-02b983f0a4db)"), skipping: failed to "KillPodSandbox" for "9a5ea476-d946-11e7-a964-02b983f0a4db" with KillPodSandboxError: "rpc error: code = Unknown desc = NetworkPlugin cni failed to teardown pod \"kube-dns-545bc4bfd4-djsm4_kube-system\" network: failed to find plugin \"portmap\" in path [/opt/flannel/bin /opt/cni/bin]"''',
  "kube-system", "kube-dns-545bc4bfd4-djsm4", "9a5ea476-d946-11e7-a964-02b983f0a4db", None, "FailedKillPod", kubelet="~1.8", fmt="klog", cls="kill"),
C(K + "64940", r'''Jun  8 22:53:30 atlas-01 kubelet: E0608 22:53:30.195821    7906 kuberuntime_gc.go:153] Failed to stop sandbox "636f41863b1e9b0da2c3a72bbe55f937f71197a20253fd1c6128019403e1ad3a" before removing: rpc error: code = Unknown desc = NetworkPlugin cni failed to teardown pod "es-master-7fb4d9447d-bj7z8_jaeger" network: failed to find plugin "flannel" in path [/opt/flannel/bin /opt/cni/bin]''',
  "jaeger", "es-master-7fb4d9447d-bj7z8", None, None, "FailedKillPod", fmt="klog", cls="kill", note="Jun 2018 report"),
C(K + "64940", r'''Jun  8 22:53:30 atlas-01 dockerd-current: time="2018-06-08T22:53:30.195593926-07:00" level=error msg="Handler for POST /v1.26/containers/636f41863b1e9b0da2c3a72bbe55f937f71197a20253fd1c6128019403e1ad3a/stop returned error: Container 636f41863b1e9b0da2c3a72bbe55f937f71197a20253fd1c6128019403e1ad3a is already stopped"''',
  None, None, None, None, None, fmt="dockerd", cls="kill-trap", trap_for=["RunContainerError", "FailedKillPod"],
  note="look-alike: dockerd refusing to stop a stopped container (the start handler's error is RunContainerError; this is harmless)"),
# ---------------------------------------------------------------- RunContainerError: a crashing shim (Jul 2020)
C("https://github.com/monogon/monogon/issues/33", r'''E0730 12:28:47.324059     223 remote_runtime.go:248] StartContainer "6e3e87f5ccf69f3ded74f375a43c2b7084a61da6169c96808a2e300bcb73bfd3" from runtime service failed: rpc error: code = Unknown desc = failed to start containerd task "6e3e87f5ccf69f3ded74f375a43c2b7084a61da6169c96808a2e300bcb73bfd3": ttrpc: closed: unknown''',
  None, None, None, None, "RunContainerError", fmt="klog", cls="runtime", note="Jul 2020 report; quoted as a block quote, the line after the marker"),
C("https://github.com/monogon/monogon/issues/33", r'''time="2020-07-30T12:40:38.721831379Z" level=error msg="StartContainer for \"79b2988db9b8b764230ccd9ba3f39e4c02a8302dbaa08edade3f91dffe7ccc94\" failed" error="failed to start containerd task \"79b2988db9b8b764230ccd9ba3f39e4c02a8302dbaa08edade3f91dffe7ccc94\": ttrpc: closed: unknown"''',
  None, None, None, None, "RunContainerError", fmt="containerd", cls="runtime"),
    ]
