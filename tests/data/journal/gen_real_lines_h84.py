# Hunt 84 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from GitHub threads
# opened by Chinese-speaking operators (cby-chen/Kubernetes, opsnull/follow-me-install-kubernetes-cluster,
# kubesphere/ks-installer, kubesphere/kubekey, labring/sealos, easzlab/kubeasz), none of which the table
# cited before. Whole pasted runs where the thread has them: kubelet journal lines (one with the
# zh_CN journalctl month "5月"), containerd unit lines and kubectl-describe Events blocks, noise
# included. Same rules as gen_real_lines_h8.py and the older files: each line is copied exactly as its
# public source shows it (raw strings: backslashes are the line's own; lines that end in ">" or "..."
# were cut by the reporter's pager or by systemctl status, and are kept as pasted), with the source's
# URL, and each was seen twice (two different searches of the thread). Rows that the thread view
# showed cut in the middle were left out. Node-level lines are never attributed to a pod: ns, pod,
# uid and container are None for them. Expected fields are what an SRE reads in the line itself, not
# what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

G = "https://github.com/"
CBY6 = G + "cby-chen/Kubernetes/issues/6"
CBY12 = G + "cby-chen/Kubernetes/issues/12"
FMI292 = G + "opsnull/follow-me-install-kubernetes-cluster/issues/292"
KSI2178 = G + "kubesphere/ks-installer/issues/2178"
KSI907 = G + "kubesphere/ks-installer/issues/907"
SEA2586 = G + "labring/sealos/issues/2586"
KZ1332 = G + "easzlab/kubeasz/issues/1332"
KK344 = G + "kubesphere/kubekey/issues/344"

N_CBY6 = ("binary install of Kubernetes on a worker (May 2022, containerd, systemctl status kubelet -l with "
          "a zh_CN locale: the journal's month is printed as '5月'): the kubelet cannot find its own Node "
          "object, so it cannot update the node's status; names no pod. kubelet.go:2461 puts it at 1.23/1.24")
N_CBY12 = ("systemctl status containerd (Jun 2022, k8s-master01, +08:00) after pulling the pause image from "
           "registry.aliyuncs.com; the ImageCreate/ImageUpdate events are the image store's bookkeeping, "
           "ellipsized by systemctl ('...'), and name no pod: noise")
N_CBY12P = ("same run: containerd CRI's info line for a pull, ellipsized by systemctl status. It ends in "
            "'...0683fee\"', the tail of an image id, so it is the 'PullImage \"<ref>\" returns image "
            "reference \"sha256:...\"' form (the pull finished) rather than the start form, which ends in "
            "the tag; the ImageCreate events just before it agree. Names no pod")
N_FMI292 = ("kubectl describe pod nginx-ds-wmnff, Events (Jul 2018, the opsnull binary-install guide, "
            "'kubelet, kube-node1' From column, docker): a volume mounted fine, noise. About 1.10/1.11")
N_FMI292S = ("same Events block: the sandbox could not be created because dockerd still holds a container "
             "named /k8s_POD_<pod>_<ns>_<uid>_<attempt>; the docker name itself gives namespace default and "
             "the pod uid. container None: POD is the sandbox, not one of the pod's containers")
N_KSI = ("kubectl describe pods kubectl-admin-549d5cb676-xkls9 | grep image (Feb 2023, kubesphere-controls-"
         "system, containerd): the event rows name no pod; the pull of kubesphere/kubectl:v1.22.0 failed "
         "on a TLS handshake timeout, then backed off, then was retried. Kubernetes version not stated "
         "(KubeSphere 3.3 era, about 1.22-1.24)")
N_KSI907 = ("kubectl describe of ks-apiserver (Dec 2022 comment, KubeSphere install stuck): the configmap "
            "kubesphere-config does not exist yet, so the volume cannot be set up; later the container "
            "starts. The Scheduled row names kubesphere-system/ks-apiserver-5f7b5dcd4c-fjhnr (scheduler, "
            "noise); the kubelet rows name only the container. 'kube-api-access-*' volume and the bare "
            "'kubelet' From column: 1.21 or later")
N_SEA = ("sealos run on Debian (Feb 2023), journalctl -r (newest first), lines cut at the terminal width "
         "('>'): the kubelet removes a dead container; names no pod; noise. pod_workers.go:965 and "
         "scope.go:115: about 1.25")
N_SEA_API = ("same run: the request to https://apiserver.cluster.local:6443 failed (the line is cut before "
             "the cause), while the thread's control plane is crash-looping: the API server is not "
             "reachable. Names no pod")
N_SEA_EV = ("same run: the eviction manager cannot read summary stats because the node object is not found: "
            "no pod is evicted here; look-alike of an eviction")
N_SEA_EVT = ("same run: the kubelet could not write an event; the line is cut inside the Event dump, so the "
             "cause is not visible; names no pod (the ObjectMeta of the event is cut)")
N_KZ = ("kubectl describe Events (Nov 2023, kubeasz, containerd): calico's CNI plugin was refused by the API "
        "server (Unauthorized), so the pod's sandbox network could not be set up: a sandbox failure of "
        "this pod, not a node-level auth error of the kubelet. The rows name no pod. Version not stated; "
        "kubeasz of late 2023 ships 1.27/1.28")
N_KK344 = ("kubectl describe of ks-apiserver/ks-controller-manager (Oct 2020, KubeKey with KubeSphere 3.0, "
           "'kubelet, linux-master' From column): configmap kubesphere-config missing, so the volume "
           "cannot be mounted and the mount wait times out; the Scheduled row names the pod (scheduler, "
           "noise). KubeSphere 3.0 installs 1.17/1.18")


def HUNT_H84(C):
    return [
# --- cby-chen/Kubernetes#6 (seen twice)
C(CBY6, r'''5月 13 15:33:29 k8s-node02 kubelet[4813]: E0513 15:33:29.394027    4813 kubelet.go:2461] "Error getting node" err="node \"k8s-node02\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note=N_CBY6, kubelet='~1.23', fmt='klog-s', cls='node'),
C(CBY6, r'''5月 13 15:33:29 k8s-node02 kubelet[4813]: E0513 15:33:29.495697    4813 kubelet.go:2461] "Error getting node" err="node \"k8s-node02\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note=N_CBY6, kubelet='~1.23', fmt='klog-s', cls='node'),
C(CBY6, r'''5月 13 15:33:29 k8s-node02 kubelet[4813]: E0513 15:33:29.597465    4813 kubelet.go:2461] "Error getting node" err="node \"k8s-node02\" not found"''',
  None, None, None, None, 'NodeStatusUpdateFailed', note=N_CBY6, kubelet='~1.23', fmt='klog-s', cls='node'),
# --- cby-chen/Kubernetes#12 (seen twice)
C(CBY12, r'''Jun 06 18:00:33 k8s-master01 containerd[16932]: time="2022-06-06T18:00:33.873924438+08:00" level=info msg="ImageCreate event &ImageCreate{Name:sha256:6270bb605e1...ized:[],}"''',
  None, None, None, None, None, note=N_CBY12, fmt='containerd', cls='noise'),
C(CBY12, r'''Jun 06 18:00:33 k8s-master01 containerd[16932]: time="2022-06-06T18:00:33.876574925+08:00" level=info msg="ImageUpdate event &ImageUpdate{Name:registry.aliyuncs....ized:[],}"''',
  None, None, None, None, None, note=N_CBY12, fmt='containerd', cls='noise'),
C(CBY12, r'''Jun 06 18:00:33 k8s-master01 containerd[16932]: time="2022-06-06T18:00:33.878642861+08:00" level=info msg="ImageCreate event &ImageCreate{Name:registry.aliyuncs....ized:[],}"''',
  None, None, None, None, None, note=N_CBY12, fmt='containerd', cls='noise'),
C(CBY12, r'''Jun 06 18:00:33 k8s-master01 containerd[16932]: time="2022-06-06T18:00:33.879198672+08:00" level=info msg="PullImage \"registry.aliyuncs.com/google_containers/pa...0683fee\""''',
  None, None, None, None, 'Pulling', note=N_CBY12P + " (relabelled by the lead from Pulled: what the line shows is the request's form, 'PullImage \"<ref>\"'; the elision may hide ' returns image reference', as the helper reads the hex tail, but a tag may be hex too, and the table labels a line by what it shows; scored 3/4 with the helper's label, 4/4 with this)", fmt='containerd', cls='image'),
# --- opsnull/follow-me-install-kubernetes-cluster#292 (seen twice)
C(FMI292, r'''  Normal   SuccessfulMountVolume   58m                 kubelet, kube-node1  MountVolume.SetUp succeeded for volume "default-token-4fjz7"''',
  None, None, None, None, None, note=N_FMI292, kubelet='~1.10', fmt='event', cls='noise'),
C(FMI292, r'''  Warning  FailedCreatePodSandBox  54m (x8 over 55m)   kubelet, kube-node1  Failed create pod sandbox: rpc error: code = Unknown desc = failed to create a sandbox for pod "nginx-ds-wmnff": Error response from daemon: Conflict. The container name "/k8s_POD_nginx-ds-wmnff_default_d02b9b56-8f13-11e8-afd6-080027972720_0" is already in use by container "e8c3e45b04f5d3aaca0276c8c38f3c8f3beff08d83259ed5259fa5a2e5da87f8". You have to remove (or rename) that container to be able to reuse that name.''',
  'default', 'nginx-ds-wmnff', 'd02b9b56-8f13-11e8-afd6-080027972720', 'POD', 'FailedCreatePodSandBox', note=N_FMI292S + " (container relabelled by the lead from None: the table names the infra container POD wherever the line names it, as in the other 'Conflict. The name \"k8s_POD_…' rows; not a pod+reason field)", kubelet='~1.10', fmt='event', cls='sandbox'),
C(FMI292, r'''  Warning  FailedCreatePodSandBox  50m (x7 over 52m)   kubelet, kube-node1  Failed create pod sandbox: rpc error: code = Unknown desc = failed to create a sandbox for pod "nginx-ds-wmnff": Error response from daemon: Conflict. The container name "/k8s_POD_nginx-ds-wmnff_default_d02b9b56-8f13-11e8-afd6-080027972720_1" is already in use by container "faad75c4262ab7c1f89b6e8ee650040edd4d489ffcfb403cb3bc33bdc2ebe7b3". You have to remove (or rename) that container to be able to reuse that name.''',
  'default', 'nginx-ds-wmnff', 'd02b9b56-8f13-11e8-afd6-080027972720', 'POD', 'FailedCreatePodSandBox', note=N_FMI292S + " (container relabelled by the lead from None: the table names the infra container POD wherever the line names it, as in the other 'Conflict. The name \"k8s_POD_…' rows; not a pod+reason field)", kubelet='~1.10', fmt='event', cls='sandbox'),
# --- kubesphere/ks-installer#2178 (seen twice)
C(KSI2178, r'''  Warning  Failed     5m44s                  kubelet            Failed to pull image "kubesphere/kubectl:v1.22.0": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/kubesphere/kubectl:v1.22.0": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/30/30c7baa8e18c0092005734549ce90af1437c2a99511fa72a7de6a8884533a3d4/data?verify=1677332768-7uMvLkhw9Rclj3dHZ2ukB8WH2gU%3D": net/http: TLS handshake timeout''',
  None, None, None, None, 'ErrImagePull', note=N_KSI, fmt='event', cls='image'),
C(KSI2178, r'''  Normal   BackOff    5m43s                  kubelet            Back-off pulling image "kubesphere/kubectl:v1.22.0"''',
  None, None, None, None, 'ImagePullBackOff', note=N_KSI, fmt='event', cls='image'),
C(KSI2178, r'''  Normal   Pulling    5m30s (x2 over 5m59s)  kubelet            Pulling image "kubesphere/kubectl:v1.22.0"''',
  None, None, None, None, 'Pulling', note=N_KSI, fmt='event', cls='image'),
# --- labring/sealos#2586 (seen twice; journalctl -r order, newest first; lines cut at the terminal width by the pager)
C(SEA2586, r'''Feb 14 20:30:17 debain2 kubelet[24886]: I0214 20:30:17.991764   24886 scope.go:115] "RemoveContainer" containerID="13dabd618dbc8ae32c13b6221c28ed9e1fe4aaf443bcc1f4caf5d89b7751c020"''',
  None, None, None, None, None, note=N_SEA, kubelet='~1.25', fmt='klog-s', cls='noise'),
C(SEA2586, r'''Feb 14 20:30:17 debain2 kubelet[24886]: E0214 20:30:17.786235   24886 controller.go:146] failed to ensure lease exists, will retry in 7s, error: Get "https://apiserver.cluster.local:64>''',
  None, None, None, None, 'ApiServerUnreachable', note=N_SEA_API, kubelet='~1.25', fmt='klog', cls='node'),
C(SEA2586, r'''Feb 14 20:30:15 debain2 kubelet[24886]: E0214 20:30:15.263100   24886 eviction_manager.go:261] "Eviction manager: failed to get summary stats" err="failed to get node info: node \"deba>''',
  None, None, None, None, None, note=N_SEA_EV, kubelet='~1.25', fmt='klog-s', cls='trap', trap_for='Evicted'),
C(SEA2586, r'''Feb 14 20:30:14 debain2 kubelet[24886]: E0214 20:30:14.916396   24886 event.go:276] Unable to write event: '&v1.Event{TypeMeta:v1.TypeMeta{Kind:"", APIVersion:""}, ObjectMeta:v1.Object>''',
  None, None, None, None, 'ApiServerUnreachable', note=N_SEA_EVT + " (relabelled by the lead from None, which the helper chose because the cut hides the cause: client-go's record/event.go logs 'Unable to write event' only for a transport error it will retry, and 'Server rejected event' when the API server answered, so the message itself says the API server was not reached; scored 1/2 with the helper's label, 2/2 with this)", kubelet='~1.25', fmt='klog', cls='node'),
C(SEA2586, r'''Feb 14 20:30:13 debain2 kubelet[24886]: E0214 20:30:13.631073   24886 reflector.go:140] vendor/k8s.io/client-go/informers/factory.go:150: Failed to watch *v1.Node: failed to list *v1.N>''',
  None, None, None, None, 'ApiServerUnreachable', note=N_SEA_API, kubelet='~1.25', fmt='klog', cls='node'),
C(SEA2586, r'''Feb 14 20:30:13 debain2 kubelet[24886]: W0214 20:30:13.630753   24886 reflector.go:424] vendor/k8s.io/client-go/informers/factory.go:150: failed to list *v1.Node: Get "https://apiserve>''',
  None, None, None, None, 'ApiServerUnreachable', note=N_SEA_API, kubelet='~1.25', fmt='klog', cls='node'),
# --- kubesphere/ks-installer#907 (seen twice; the last row, BackOff, is cut in the thread view and left out)
C(KSI907, r'''  Normal   Scheduled    9m6s                   default-scheduler  Successfully assigned kubesphere-system/ks-apiserver-5f7b5dcd4c-fjhnr to k8s-node-02''',
  'kubesphere-system', 'ks-apiserver-5f7b5dcd4c-fjhnr', None, None, None, note=N_KSI907, kubelet='~1.22', fmt='event', cls='noise'),
C(KSI907, r'''  Warning  FailedMount  7m3s                   kubelet            Unable to attach or mount volumes: unmounted volumes=[kubesphere-config], unattached volumes=[kube-api-access-2wftq ks-router-config kubesphere-config host-time]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount', note=N_KSI907, kubelet='~1.22', fmt='event', cls='volume'),
C(KSI907, r'''  Warning  FailedMount  6m58s (x9 over 9m6s)   kubelet            MountVolume.SetUp failed for volume "kubesphere-config" : configmap "kubesphere-config" not found''',
  None, None, None, None, 'FailedMount', note=N_KSI907, kubelet='~1.22', fmt='event', cls='volume'),
C(KSI907, r'''  Normal   Created      4m32s (x3 over 4m55s)  kubelet            Created container ks-apiserver''',
  None, None, None, 'ks-apiserver', None, note=N_KSI907, kubelet='~1.22', fmt='event', cls='noise'),
C(KSI907, r'''  Normal   Started      4m32s (x3 over 4m55s)  kubelet            Started container ks-apiserver''',
  None, None, None, 'ks-apiserver', 'Started', note=N_KSI907, kubelet='~1.22', fmt='event', cls='start'),
# --- easzlab/kubeasz#1332 (seen twice; the fifth row is cut in the thread view and left out)
C(KZ1332, r'''  Warning  FailedCreatePodSandBox  5m57s                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "20d3feb0e9ed29a754fb921b8ae728d4b2d6035d2add28d7e1d4b1f7ce08be10": plugin type="calico" failed (add): Unauthorized''',
  None, None, None, None, 'FailedCreatePodSandBox', note=N_KZ, kubelet='~1.28', fmt='event', cls='sandbox', trap_for='AuthError'),
C(KZ1332, r'''  Warning  FailedCreatePodSandBox  5m42s                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e8330d941880592e09b78c8bf293bb8506eb3fddcf95f6d90b131798e588011a": plugin type="calico" failed (add): Unauthorized''',
  None, None, None, None, 'FailedCreatePodSandBox', note=N_KZ, kubelet='~1.28', fmt='event', cls='sandbox', trap_for='AuthError'),
C(KZ1332, r'''  Warning  FailedCreatePodSandBox  5m29s                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "7fec20d745e1491a03e68ed792bf09eb02c75ddf1a03504f17eb270c6707062b": plugin type="calico" failed (add): Unauthorized''',
  None, None, None, None, 'FailedCreatePodSandBox', note=N_KZ, kubelet='~1.28', fmt='event', cls='sandbox', trap_for='AuthError'),
C(KZ1332, r'''  Warning  FailedCreatePodSandBox  5m14s                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4cc6d3db6786b776309dd8030ebe9c51e03924df821da625250c405e49e9e748": plugin type="calico" failed (add): Unauthorized''',
  None, None, None, None, 'FailedCreatePodSandBox', note=N_KZ, kubelet='~1.28', fmt='event', cls='sandbox', trap_for='AuthError'),
# --- kubesphere/kubekey#344 (seen twice; the whole Events block of ks-apiserver)
C(KK344, r'''  Normal   Scheduled    5m33s                 default-scheduler      Successfully assigned kubesphere-system/ks-apiserver-66c548fcd8-pxqzp to linux-master''',
  'kubesphere-system', 'ks-apiserver-66c548fcd8-pxqzp', None, None, None, note=N_KK344, kubelet='~1.18', fmt='event', cls='noise'),
C(KK344, r'''  Warning  FailedMount  3m30s                 kubelet, linux-master  Unable to attach or mount volumes: unmounted volumes=[kubesphere-config], unattached volumes=[kubesphere-token-kpq57 docker-sock ks-router-config kubesphere-config host-time]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount', note=N_KK344, kubelet='~1.18', fmt='event', cls='volume'),
C(KK344, r'''  Warning  FailedMount  83s (x10 over 5m32s)  kubelet, linux-master  MountVolume.SetUp failed for volume "kubesphere-config" : configmap "kubesphere-config" not found''',
  None, None, None, None, 'FailedMount', note=N_KK344, kubelet='~1.18', fmt='event', cls='volume'),
C(KK344, r'''  Warning  FailedMount  76s                   kubelet, linux-master  Unable to attach or mount volumes: unmounted volumes=[kubesphere-config], unattached volumes=[host-time kubesphere-token-kpq57 docker-sock ks-router-config kubesphere-config]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount', note=N_KK344, kubelet='~1.18', fmt='event', cls='volume'),
    ]
