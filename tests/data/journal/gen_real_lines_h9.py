# Hunt 9 for the real-lines table (issue 13, item 4): a HELD-OUT set of real kubelet and runtime journal lines
# from kubernetes/kubernetes, containerd/containerd and cri-o/cri-o threads of 2021-2025 that the table did
# not cite when this file was written (grep -c "OWNER/REPO/issues/N" real_lines.jsonl was 0 for each), taken
# as whole runs of consecutive lines where the thread pastes them: a realistic mix of noise and reasons.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own; the "6月" month of cri-o#8250 is that journal's zh_CN locale),
# with the source's URL, and each was seen twice (two different searches returning the same excerpt).
# Expected fields are an SRE's reading of the line itself, not podpulse's output; node-level lines name no
# pod. Written as a held-out set: the build of 1d442c9 named pod+reason right on 37 of its 38 lines
# before they joined the table (h10: 40 of 41, h11: 33 of 39; 110 of 118, 93.2 %).
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
CR = "https://github.com/cri-o/cri-o/issues/"
CD = "https://github.com/containerd/containerd/"

N130855 = ("kubelet restart on a kubeadm worker after an upgrade (Mar 2025; pods stay Pending until the kubelet "
           "is restarted). kubelet.go:2321/2345 and the date put the kubelet at about 1.31 (not stated)")
N110181 = ("-v=4 kubelet log of one nginx pod created and deleted (May 2022, containerd; the thread is about "
           "sandboxes left behind). kubelet.go:2091 SyncLoop (PLEG) and the date put the kubelet at about 1.24")
N8250 = ("CRI-O 1.29.5 journal (Jun 2024, kubectl v1.30.1): a sandbox run with crictl runp for checkpoint "
         "restore stops right after creation")
N10906 = ("containerd.log of the PR's pull-containerd-k8s-e2e-ec2 run (Nov 2024, containerd main before 2.1, "
          "the PR is cherry-picked to 2.0.x)")
N118675 = ("containerd journal on a kubeadm master whose control-plane containers keep restarting (Jun 2023, "
           "containerd 1.6/1.7 CRI plugin)")
N106265 = "kubelet 1.22.2 on CentOS 8 with calico 3.20.2 (Nov 2021), start-up lines"
N8844 = "CRI-O journal on a kubeadm master (Dec 2024) whose pods cannot pull images"


def HUNT_H9(C):
    return [
# ---------------------------------------------------------------- kubernetes#130855: kubelet restart, start-up run
C(K + "130855", r'''Mar 17 06:29:32 work-e kubelet[1413880]: I0317 06:29:32.834516 1413880 status_manager.go:217] "Starting to sync pod status with apiserver"''',
  None, None, None, None, None,
  note=N130855 + "; start-up noise", kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K + "130855", r'''Mar 17 06:29:32 work-e kubelet[1413880]: I0317 06:29:32.834541 1413880 kubelet.go:2321] "Starting kubelet main sync loop"''',
  None, None, None, None, None,
  note=N130855 + "; start-up noise", kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K + "130855", r'''Mar 17 06:29:32 work-e kubelet[1413880]: E0317 06:29:32.834597 1413880 kubelet.go:2345] "Skipping pod synchronization" err="[container runtime status check may not have completed yet, PLEG is not healthy: pleg has yet to be successful]"''',
  None, None, None, None, 'PlegNotHealthy',
  note=N130855 + "; the start-up form naming both the runtime check and PLEG, labelled PlegNotHealthy as the table's other lines of this form", kubelet='~1.31', fmt='klog-s', cls='node'),
C(K + "130855", r'''Mar 17 06:29:32 work-e kubelet[1413880]: E0317 06:29:32.934692 1413880 kubelet.go:2345] "Skipping pod synchronization" err="container runtime status check may not have completed yet"''',
  None, None, None, None, 'RuntimeNotReady',
  note=N130855 + "; the runtime status check has not completed yet", kubelet='~1.31', fmt='klog-s', cls='node'),
C(K + "130855", r'''Mar 17 06:29:33 work-e kubelet[1413880]: E0317 06:29:33.135349 1413880 kubelet.go:2345] "Skipping pod synchronization" err="container runtime status check may not have completed yet"''',
  None, None, None, None, 'RuntimeNotReady',
  note=N130855 + "; the same, 200 ms later", kubelet='~1.31', fmt='klog-s', cls='node'),
C(K + "130855", r'''Mar 17 06:29:33 work-e kubelet[1413880]: I0317 06:29:33.169509 1413880 cpu_manager.go:214] "Starting CPU manager" policy="none"''',
  None, None, None, None, None,
  note=N130855 + "; start-up noise", kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K + "130855", r'''Mar 17 06:29:33 work-e kubelet[1413880]: I0317 06:29:33.169616 1413880 cpu_manager.go:215] "Reconciling" reconcilePeriod="10s"''',
  None, None, None, None, None,
  note=N130855 + "; start-up noise", kubelet='~1.31', fmt='klog-s', cls='noise'),
C(K + "130855", r'''Mar 17 06:29:33 work-e kubelet[1413880]: I0317 06:29:33.169787 1413880 state_mem.go:36] "Initialized new in-memory state store"''',
  None, None, None, None, None,
  note=N130855 + "; start-up noise", kubelet='~1.31', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- kubernetes#110181: one pod's life in -v=4 structured klog (no journald prefix)
C(K + "110181", r'''I0518 08:10:32.707213    8251 atomic_writer.go:178] pod default/nginx-689d6bd89b-sncv2 volume kube-api-access-bs8fb: performed write of new data to ts data directory: /var/lib/kubelet/pods/1e8f53a0-a61f-4d6d-a484-36b666ce0cd7/volumes/kubernetes.io~projected/kube-api-access-bs8fb/..2022_05_18_08_10_32.439975872''',
  'default', 'nginx-689d6bd89b-sncv2', '1e8f53a0-a61f-4d6d-a484-36b666ce0cd7', None, None,
  note=N110181 + "; the projected token volume is written: noise. The pod is named as ns/name, its uid is in the volume path", kubelet='~1.24', fmt='klog', cls='noise'),
C(K + "110181", r'''I0518 08:10:32.707865    8251 operation_generator.go:714] MountVolume.SetUp succeeded for volume "kube-api-access-bs8fb" (UniqueName: "kubernetes.io/projected/1e8f53a0-a61f-4d6d-a484-36b666ce0cd7-kube-api-access-bs8fb") pod "nginx-689d6bd89b-sncv2" (UID: "1e8f53a0-a61f-4d6d-a484-36b666ce0cd7")''',
  None, 'nginx-689d6bd89b-sncv2', '1e8f53a0-a61f-4d6d-a484-36b666ce0cd7', None, None,
  note=N110181 + "; look-alike: MountVolume.SetUp SUCCEEDED (the pod is named without namespace)", kubelet='~1.24', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(K + "110181", r'''I0518 08:10:32.836359    8251 volume_manager.go:437] "All volumes are attached and mounted for pod" pod="default/nginx-689d6bd89b-sncv2"''',
  'default', 'nginx-689d6bd89b-sncv2', None, None, None,
  note=N110181 + "; look-alike: all volumes mounted", kubelet='~1.24', fmt='klog-s', cls='volume-trap', trap_for=['FailedMount']),
C(K + "110181", r'''I0518 08:10:32.836759    8251 kuberuntime_manager.go:484] "No sandbox for pod can be found. Need to start a new one" pod="default/nginx-689d6bd89b-sncv2"''',
  'default', 'nginx-689d6bd89b-sncv2', None, None, None,
  note=N110181 + "; look-alike: a new pod gets its first sandbox, nothing failed", kubelet='~1.24', fmt='klog-s', cls='sandbox-trap', trap_for=['FailedCreatePodSandBox']),
C(K + "110181", r'''I0518 08:10:32.836910    8251 kuberuntime_manager.go:729] "computePodActions got for pod" podActions={KillPod:true CreateSandbox:true SandboxID: Attempt:0 NextInitContainerToStart:nil ContainersToStart:[0] ContainersToKill:map[] EphemeralContainersToStart:[]} pod="default/nginx-689d6bd89b-sncv2"''',
  'default', 'nginx-689d6bd89b-sncv2', None, None, None,
  note=N110181 + "; look-alike: the computed actions of a new pod (KillPod:true is the plan's flag, no container is killed)", kubelet='~1.24', fmt='klog-s', cls='kill-trap', trap_for=['Killing']),
C(K + "110181", r'''I0518 08:10:43.377514    8251 pod_workers.go:979] "Processing pod event done" pod="default/nginx-689d6bd89b-sncv2" podUID=1e8f53a0-a61f-4d6d-a484-36b666ce0cd7 updateType=1''',
  'default', 'nginx-689d6bd89b-sncv2', '1e8f53a0-a61f-4d6d-a484-36b666ce0cd7', None, None,
  note=N110181 + "; pod worker noise", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110181", r'''I0518 08:10:43.377691    8251 pod_workers.go:888] "Processing pod event" pod="default/nginx-689d6bd89b-sncv2" podUID=1e8f53a0-a61f-4d6d-a484-36b666ce0cd7 updateType=2''',
  'default', 'nginx-689d6bd89b-sncv2', '1e8f53a0-a61f-4d6d-a484-36b666ce0cd7', None, None,
  note=N110181 + "; pod worker noise (updateType=2 is the kill update)", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110181", r'''I0518 08:10:43.385778    8251 kuberuntime_manager.go:1031] "getSandboxIDByPodUID got sandbox IDs for pod" podSandboxID=[9cb2d20ca197aac9e32d0b9f14abf6f41d8f3eec70118579a7bcd4143488ecf4] pod="default/nginx-689d6bd89b-sncv2"''',
  'default', 'nginx-689d6bd89b-sncv2', None, None, None,
  note=N110181 + "; noise", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110181", r'''E0518 08:10:43.393222    8251 generic.go:411] "PLEG: Write status" pod="default/nginx-689d6bd89b-sncv2"''',
  'default', 'nginx-689d6bd89b-sncv2', None, None, None,
  note=N110181 + "; look-alike: an E-level PLEG line that reports nothing wrong (the PLEG is healthy)", kubelet='~1.24', fmt='klog-s', cls='node-trap', trap_for=['PlegNotHealthy']),
C(K + "110181", r'''I0518 08:10:43.393310    8251 kubelet.go:2091] "SyncLoop (PLEG): event for pod" pod="default/nginx-689d6bd89b-sncv2" event=&{ID:1e8f53a0-a61f-4d6d-a484-36b666ce0cd7 Type:ContainerDied Data:f76098482a819912d1173e62e98d2dde2b6b2353708ca7084933baad3da7afc9}''',
  'default', 'nginx-689d6bd89b-sncv2', '1e8f53a0-a61f-4d6d-a484-36b666ce0cd7', None, None,
  note=N110181 + "; ContainerDied of a deleted pod's container: no reason (the event's ID is the pod uid)", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110181", r'''I0518 08:10:43.393337    8251 kubelet.go:1830] "syncTerminatedPod enter" pod="default/nginx-689d6bd89b-sncv2" podUID=1e8f53a0-a61f-4d6d-a484-36b666ce0cd7''',
  'default', 'nginx-689d6bd89b-sncv2', '1e8f53a0-a61f-4d6d-a484-36b666ce0cd7', None, None,
  note=N110181 + "; noise", kubelet='~1.24', fmt='klog-s', cls='noise'),
C(K + "110181", r'''I0518 08:10:43.393348    8251 kubelet_pods.go:1444] "Generating pod status" pod="default/nginx-689d6bd89b-sncv2"''',
  'default', 'nginx-689d6bd89b-sncv2', None, None, None,
  note=N110181 + "; noise", kubelet='~1.24', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- kubernetes#106265: kubelet 1.22.2 start-up (CentOS 8, calico)
C(K + "106265", r'''Nov 09 21:31:25 sit-kubernetes-master-srv1 kubelet[112447]: E1109 21:31:25.927561  112447 kubelet/kubelet.go:1343] "Image garbage collection failed once. Stats initialization may not have completed yet" err="failed to get imageFs info: unable to find data in memory cache"''',
  None, None, None, None, 'ImageGCFailed',
  note=N106265 + "; the start-up image GC failure (benign once, but the line reports it; labelled ImageGCFailed as the table's other lines of this form). The file name carries its package (kubelet/kubelet.go), a klog header option", kubelet='1.22', fmt='klog-s', cls='node'),
C(K + "106265", r'''Nov 09 21:31:26 sit-kubernetes-master-srv1 kubelet[112447]: E1109 21:31:26.170721  112447 kubelet/kubelet.go:1991] "Skipping pod synchronization" err="[container runtime status check may not have completed yet, PLEG is not healthy: pleg has yet to be successful]"''',
  None, None, None, None, 'PlegNotHealthy',
  note=N106265 + "; the start-up form naming the runtime check and PLEG", kubelet='1.22', fmt='klog-s', cls='node'),
# ---------------------------------------------------------------- cri-o#8250: CRI-O 1.29.5 unit lines, a crictl sandbox stopped right after creation (zh_CN journal month)
C(CR + "8250", r'''6月 04 00:29:27 10-202-91-13 crio[883769]: time="2024-06-04 00:29:27.978766890+08:00" level=info msg="Checking CNI network crio (config version=1.0.0)"''',
  None, None, None, None, None,
  note=N8250 + "; look-alike: CRI-O checks its CNI config, the network is there", fmt='crio', cls='node-trap', trap_for=['NetworkNotReady']),
C(CR + "8250", r'''6月 04 00:29:28 10-202-91-13 crio[883769]: time="2024-06-04 00:29:28.046098922+08:00" level=info msg="Ran pod sandbox e24892f993e7128e38039fcc4eaa3c5308bc8de63606321694410c60c97f0596 with infra container: default/example-pod-2/POD" id=b8e28795-0a42-4b11-92ef-1117659ba10d name=/runtime.v1.RuntimeService/RunPodSandbox''',
  'default', 'example-pod-2', None, 'POD', None,
  note=N8250 + "; look-alike: the sandbox WAS created (infra container named default/example-pod-2/POD, the table's POD container; id= is CRI-O's request id, not a pod uid)", fmt='crio', cls='sandbox-trap', trap_for=['FailedCreatePodSandBox']),
C(CR + "8250", r'''6月 04 00:29:29 10-202-91-13 crio[883769]: time="2024-06-04 00:29:29.640719183+08:00" level=info msg="Stopping pod sandbox: e24892f993e7128e38039fcc4eaa3c5308bc8de63606321694410c60c97f0596" id=5c8e38cd-cebc-4584-ab41-9b0b45130e26 name=/runtime.v1.RuntimeService/StopPodSandbox''',
  None, None, None, None, None,
  note=N8250 + "; the sandbox is stopped: names only the sandbox id (offline, pod-less)", fmt='crio', cls='noise'),
C(CR + "8250", r'''6月 04 00:29:29 10-202-91-13 crio[883769]: time="2024-06-04 00:29:29.641156940+08:00" level=info msg="Got pod network &{Name:example-pod-2 Namespace:default ID:e24892f993e7128e38039fcc4eaa3c5308bc8de63606321694410c60c97f0596 UID:994dee55-3502-4e37-bc05-5508d17d9623 NetNS:/var/run/netns/2a092989-6f64-4426-b449-a5d3048329ae Networks:[{Name:crio Ifname:eth0}] RuntimeConfig:map[crio:{IP: MAC: PortMappings:[] Bandwidth:<nil> IpRanges:[] CgroupPath: PodAnnotations:0xc001486058}] Aliases:map[]}"''',
  'default', 'example-pod-2', '994dee55-3502-4e37-bc05-5508d17d9623', None, None,
  note=N8250 + "; the pod's network as CRI-O holds it, with Name, Namespace and UID: noise", fmt='crio', cls='noise'),
C(CR + "8250", r'''6月 04 00:33:05 10-202-91-13 crio[883769]: time="2024-06-04 00:33:05.641760971+08:00" level=info msg="Deleting pod default_example-pod-2 from CNI network \"crio\" (type=bridge)"''',
  'default', 'example-pod-2', None, None, None,
  note=N8250 + "; network teardown of the stopped sandbox (pod as namespace_name): noise", fmt='crio', cls='noise'),
C(CR + "8250", r'''6月 04 00:33:05 10-202-91-13 crio[883769]: time="2024-06-04 00:33:05.727367485+08:00" level=info msg="Stopped pod sandbox: 31e67b093f59fc0fd791b3afe65e25a4cf4a7dcc3dd9e71277e21d25da870bcd" id=8ce7d49a-4c78-4543-a225-7ff193ca71b5 name=/runtime.v1.RuntimeService/StopPodSandbox''',
  None, None, None, None, None,
  note=N8250 + "; sandbox stopped, id only", fmt='crio', cls='noise'),
# ---------------------------------------------------------------- cri-o#8844: CRI-O unit lines around an image pull (Dec 2024)
C(CR + "8844", r'''Dec 12 15:22:16 KUB-MAST-01 crio[5083]: time="2024-12-12 15:22:16.073983199+01:00" level=info msg="Image status: &ImageStatusResponse{Image:&Image{Id:32c3766f586d95aad5810a26e2a586923c88c7b7f874647f12e075bc0abe26f1,RepoTags:[docker.io/jc21/nginx-proxy-manager:latest],RepoDigests:[docker.io/jc21/nginx-proxy-manager@sha256:b7168e5f6828cbbd3622fa19965007e4611cf42b5f3c603008377ffd45a4fe00 docker.io/jc21/nginx-proxy-manager@sha256:b9af35a6dcf397ab6c93a73d97d9ba6b3b93fc9689f655ff6096e9dd1ff194d2],Size_:1123475920,Uid:nil,Username:,Spec:&ImageSpec{Image:,Annotations:map[string]string{},UserSpecifiedImage:,RuntimeHandler:,},Pinned:false,},Info:map[string]string{},}" id=dce4ffa6-5028-415f-8534-0a874090ba40 name=/runtime.v1.ImageService/ImageStatus''',
  None, None, None, None, None,
  note=N8844 + "; look-alike: CRI-O's image status answer (the image is present); no pod, no pull result", fmt='crio', cls='image-trap', trap_for=['Pulled']),
C(CR + "8844", r'''Dec 12 15:22:28 KUB-MAST-01 crio[5083]: time="2024-12-12 15:22:28.073909420+01:00" level=info msg="Checking image status: jc21/nginx-proxy-manager:latest" id=9fde170a-74c0-4e68-b5e2-3ab33c33fbcd name=/runtime.v1.ImageService/ImageStatus''',
  None, None, None, None, None,
  note=N8844 + "; image status request: noise", fmt='crio', cls='noise'),
C(CR + "8844", r'''Dec 12 15:22:28 KUB-MAST-01 crio[5083]: time="2024-12-12 15:22:28.074056338+01:00" level=info msg="Resolving \"jc21/nginx-proxy-manager\" using unqualified-search registries (/etc/containers/registries.conf.d/crio.conf)"''',
  None, None, None, None, None,
  note=N8844 + "; look-alike: a short image name resolved through the search registries, no failure", fmt='crio', cls='image-trap', trap_for=['ErrImagePull']),
# ---------------------------------------------------------------- containerd#10906: containerd 2.0 unit lines from the PR's k8s e2e run
C(CD + "pull/10906", r'''Nov 01 18:36:40 ip-172-31-11-145 containerd[16097]: time="2024-11-01T18:36:40.338344642Z" level=info msg="Container 14fc7e6f2d112f1f5b7f96a55ab7763b41962853ee4a1f1d64549061b57af2f8: CDI devices from CRI Config.CDIDevices: []"''',
  None, None, None, None, None,
  note=N10906 + "; CDI device noise, container id only", fmt='containerd', cls='noise'),
C(CD + "pull/10906", r'''Nov 01 18:36:40 ip-172-31-11-145 containerd[16097]: time="2024-11-01T18:36:40.346766435Z" level=info msg="CreateContainer within sandbox \"3109094df28fc9e1e303fe7203517f74e19d04784f64a6c76fd9145b937a58f8\" for &ContainerMetadata{Name:kube-controller-manager,Attempt:5,} returns container id \"14fc7e6f2d112f1f5b7f96a55ab7763b41962853ee4a1f1d64549061b57af2f8\""''',
  None, None, None, 'kube-controller-manager', None,
  note=N10906 + "; the runtime's create success (Attempt:5, a restarted static pod): not start evidence, and offline it names no pod", fmt='containerd', cls='runtime'),
C(CD + "pull/10906", r'''Nov 01 18:36:40 ip-172-31-11-145 containerd[16097]: time="2024-11-01T18:36:40.347120265Z" level=info msg="StartContainer for \"14fc7e6f2d112f1f5b7f96a55ab7763b41962853ee4a1f1d64549061b57af2f8\""''',
  None, None, None, None, None,
  note=N10906 + "; the start request, container id only", fmt='containerd', cls='runtime'),
# ---------------------------------------------------------------- kubernetes#118675: containerd 1.x unit lines, kube-controller-manager restarting on a kubeadm master
C(K + "118675", r'''Jun 18 07:18:01 k8s-master containerd[34171]: time="2023-06-18T07:18:01.103574381+08:00" level=info msg="CreateContainer within sandbox \"2d27aa3e82f08d67ab9c6b8b821a324b86ba717b5d18c5729b382c488bd2f23f\" for container &ContainerMetadata{Name:kube-controller-manager,Attempt:3,}"''',
  None, None, None, 'kube-controller-manager', None,
  note=N118675 + "; the create request for the 4th attempt", fmt='containerd', cls='runtime'),
C(K + "118675", r'''Jun 18 07:18:01 k8s-master containerd[34171]: time="2023-06-18T07:18:01.126456391+08:00" level=info msg="RemoveContainer for \"53940ebcbf87d9313bb88b1656bc189745b04414888305a7ec47aef9c55fcdaf\" returns successfully"''',
  None, None, None, None, None,
  note=N118675 + "; the dead attempt's container removed: noise", fmt='containerd', cls='runtime'),
C(K + "118675", r'''Jun 18 07:18:01 k8s-master containerd[34171]: time="2023-06-18T07:18:01.165611056+08:00" level=info msg="CreateContainer within sandbox \"2d27aa3e82f08d67ab9c6b8b821a324b86ba717b5d18c5729b382c488bd2f23f\" for &ContainerMetadata{Name:kube-controller-manager,Attempt:3,} returns container id \"3285ca8ee11644cb2783b41e3613725bcfc15cc032b2184ead0853a2ccfbe35f\""''',
  None, None, None, 'kube-controller-manager', None,
  note=N118675 + "; create success: not start evidence", fmt='containerd', cls='runtime'),
C(K + "118675", r'''Jun 18 07:18:01 k8s-master containerd[34171]: time="2023-06-18T07:18:01.166994771+08:00" level=info msg="StartContainer for \"3285ca8ee11644cb2783b41e3613725bcfc15cc032b2184ead0853a2ccfbe35f\""''',
  None, None, None, None, None,
  note=N118675 + "; start request, id only", fmt='containerd', cls='runtime'),
    ]
