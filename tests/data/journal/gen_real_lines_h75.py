# Hunt 75: a HELD-OUT set of real lines (issue 13), from kubernetes/minikube and kubernetes/kubeadm
# threads that the table did not cite before (each thread's OWNER/REPO/issues/N was
# checked absent from real_lines.jsonl and from the gen_real_lines_*.py files). Whole runs of
# consecutive lines as the reporters pasted them (journalctl -u kubelet, `minikube logs`, dockerd's
# unit), noise included: noise is a row with reason None. Same rules as gen_real_lines_h8.py: each
# line is copied exactly as its public source shows it (raw strings: backslashes are the line's own),
# with the source's URL, and each was seen twice (two different searches returning the same passage).
# Two presentation notes: the minikube#6017 and minikube#5331 lines carry the "* " that `minikube logs`
# of that era put before every line, as pasted; the minikube#1839 lines were pasted inside a Markdown
# block quote, and the quote marker "> " that GitHub shows before each is left out (the rest is the
# line byte for byte). Lines cut at the terminal width by `journalctl -xe` (kubeadm#2853, #344) are kept
# as cut. Expected fields are what an SRE reads from the line itself, not what podpulse outputs.
# Node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

MK = "https://github.com/kubernetes/minikube/issues/"
KA = "https://github.com/kubernetes/kubeadm/issues/"


def HUNT_H75(C):
    return [
# ---------------------------------------------------------------- minikube#9732: CrashLoopBackOff and ImagePullBackOff among noise
C(MK + "9732", r'''Nov 18 01:19:35 minikube kubelet[2423]: I1118 01:19:35.957542    2423 topology_manager.go:219] [topologymanager] RemoveContainer - Container ID: e50cb16f086e999c624a5408674e6f65146a8bcfe6a7d72d734b5822dc276162''',
  None, None, None, None, None,
  note="`minikube logs` kubelet section (Nov 2020, 'Cannot pull images from registry.redhat.io'): the topology manager forgets a removed container; routine. topology_manager.go:219 with pod_workers.go:191 and the date: about 1.19", kubelet='~1.19', fmt='klog', cls='noise'),
C(MK + "9732", r'''Nov 18 01:19:35 minikube kubelet[2423]: E1118 01:19:35.958524    2423 pod_workers.go:191] Error syncing pod d3a517a5-864d-429e-88eb-7b0fa9d5cb06 ("etherpad-645b5b946c-gqnjw_etherpad-acm-dev(d3a517a5-864d-429e-88eb-7b0fa9d5cb06)"), skipping: failed to "StartContainer" for "etherpad" with CrashLoopBackOff: "back-off 2m40s restarting failed container=etherpad pod=etherpad-645b5b946c-gqnjw_etherpad-acm-dev(d3a517a5-864d-429e-88eb-7b0fa9d5cb06)"''',
  'etherpad-acm-dev', 'etherpad-645b5b946c-gqnjw', 'd3a517a5-864d-429e-88eb-7b0fa9d5cb06', 'etherpad', 'CrashLoopBackOff',
  note='the next line: the etherpad container is in back-off after crashing', kubelet='~1.19', fmt='klog', cls='crashloop'),
C(MK + "9732", r'''Nov 18 01:19:36 minikube kubelet[2423]: E1118 01:19:36.959459    2423 pod_workers.go:191] Error syncing pod 5d51b5e0-b2d1-4abc-bd7b-a285b7a7329d ("postgresql-98c45b78-pzxhh_etherpad-acm-dev(5d51b5e0-b2d1-4abc-bd7b-a285b7a7329d)"), skipping: failed to "StartContainer" for "postgresql" with ImagePullBackOff: "Back-off pulling image \"registry.redhat.io/rhscl/postgresql-10-rhel7@sha256:5c4f5f52a37718a9a1997ba212ef172694475558c35232b56dac638529c5b569\""''',
  'etherpad-acm-dev', 'postgresql-98c45b78-pzxhh', '5d51b5e0-b2d1-4abc-bd7b-a285b7a7329d', 'postgresql', 'ImagePullBackOff',
  note="the next line: the postgresql image from registry.redhat.io cannot be pulled (the thread's subject); back-off", kubelet='~1.19', fmt='klog', cls='pull'),
# ---------------------------------------------------------------- kubeadm#2853: structured sync errors cut by the pager
C(KA + "2853", r'''Apr 03 11:40:17 k8s-master kubelet[68292]: E0403 11:40:17.758653   68292 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"kube-scheduler\" with CrashLoopBackOff: \"back-off 2m40s restarting failed container=kube-schedule>''',
  None, None, None, 'kube-scheduler', 'CrashLoopBackOff',
  note="`journalctl -xeu kubelet` (Apr 2023, kubeadm init on GCP Debian with cri-dockerd), cut at the terminal width: the reason and the container are readable, the pod= and podUID= fields are cut off. pod_workers.go:965: 1.26", kubelet='~1.26', fmt='klog-s', cls='crashloop'),
C(KA + "2853", r'''Apr 03 11:40:17 k8s-master kubelet[68292]: E0403 11:40:17.768204   68292 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"kube-apiserver\" with CrashLoopBackOff: \"back-off 2m40s restarting failed container=kube-apiserve>''',
  None, None, None, 'kube-apiserver', 'CrashLoopBackOff',
  note='the next line, the same cut, for kube-apiserver', kubelet='~1.26', fmt='klog-s', cls='crashloop'),
C(KA + "2853", r'''Apr 03 11:40:17 k8s-master kubelet[68292]: E0403 11:40:17.778483   68292 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"kube-controller-manager\" with CrashLoopBackOff: \"back-off 5m0s restarting failed container=kube->''',
  None, None, None, 'kube-controller-manager', 'CrashLoopBackOff',
  note='the next line, for kube-controller-manager', kubelet='~1.26', fmt='klog-s', cls='crashloop'),
C(KA + "2853", r'''Apr 03 11:40:17 k8s-master kubelet[68292]: E0403 11:40:17.886149   68292 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"etcd\" with CrashLoopBackOff: \"back-off 5m0s restarting failed container=etcd pod=etcd-k8s-master>''',
  None, None, None, 'etcd', 'CrashLoopBackOff',
  note="the next line, for etcd: journalctl's pager cut it after 'pod=etcd-k8s-master' ('>' marks the cut), so the name may go on (relabelled by the lead from pod 'etcd-k8s-master', which the helper read as the static pod's whole name on node k8s-master: the table takes no name a cut ends, as with 'pod=\"isti>' in an older row; scored 3/4 with the helper's label, 4/4 with this)", kubelet='~1.26', fmt='klog-s', cls='crashloop'),
# ---------------------------------------------------------------- minikube#6017: volume-manager noise ("* " prefixed)
C(MK + "6017", r'''* Dec 05 11:18:01 minikube kubelet[26876]: I1205 11:18:01.191401   26876 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "xtables-lock" (UniqueName: "kubernetes.io/host-path/0d4a8ebb-af54-460a-9609-a1d14e409c60-xtables-lock") pod "kube-proxy-kg8t6" (UID: "0d4a8ebb-af54-460a-9609-a1d14e409c60")''',
  None, 'kube-proxy-kg8t6', '0d4a8ebb-af54-460a-9609-a1d14e409c60', None, None,
  note="`minikube logs` of Dec 2019 (each line behind '* '): the volume manager starts on kube-proxy's host-path volume; routine, names the pod and its uid, not its namespace. reconciler.go:207 and the date: about 1.16/1.17", kubelet='~1.16', fmt='klog', cls='noise'),
C(MK + "6017", r'''* Dec 05 11:18:01 minikube kubelet[26876]: I1205 11:18:01.191459   26876 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "kubeconfig" (UniqueName: "kubernetes.io/host-path/74dea8da17aa6241e5e4f7b2ba4e1d8e-kubeconfig") pod "kube-scheduler-minikube" (UID: "74dea8da17aa6241e5e4f7b2ba4e1d8e")''',
  None, 'kube-scheduler-minikube', '74dea8da17aa6241e5e4f7b2ba4e1d8e', None, None,
  note="the next line: the static kube-scheduler pod's kubeconfig volume (its uid is the config hash)", kubelet='~1.16', fmt='klog', cls='noise'),
C(MK + "6017", r'''* Dec 05 11:18:01 minikube kubelet[26876]: I1205 11:18:01.191477   26876 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "storage-provisioner-token-gn5rd" (UniqueName: "kubernetes.io/secret/d83979f7-6286-473a-b19e-3e9b81ea6e50-storage-provisioner-token-gn5rd") pod "storage-provisioner" (UID: "d83979f7-6286-473a-b19e-3e9b81ea6e50")''',
  None, 'storage-provisioner', 'd83979f7-6286-473a-b19e-3e9b81ea6e50', None, None,
  note="the next line: a service-account secret volume for storage-provisioner; a 'kubernetes.io/secret/' volume is not a mount failure", kubelet='~1.16', fmt='klog', cls='noise', trap_for=['FailedMount']),
C(MK + "6017", r'''* Dec 05 11:18:01 minikube kubelet[26876]: I1205 11:18:01.191497   26876 reconciler.go:154] Reconciler: start to sync state''',
  None, None, None, None, None,
  note='the next line: the volume reconciler starts; routine', kubelet='~1.16', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- minikube#5569: dockershim noise naming pods
C(MK + "5569", r'''Oct 08 16:46:31 minikube kubelet[3353]: W1008 16:46:31.901630    3353 docker_sandbox.go:394] failed to read pod IP from plugin/docker: Couldn't find network status for kubernetes-dashboard/dashboard-metrics-scraper-76585494d8-hg6c5 through plugin: invalid network status for''',
  'kubernetes-dashboard', 'dashboard-metrics-scraper-76585494d8-hg6c5', None, None, None,
  note="`minikube logs` (Oct 2019): dockershim's routine warning while a sandbox is being set up; it names the pod as namespace/name but is no failure (the sandbox comes up). docker_sandbox.go:394 and the date: about 1.16", kubelet='~1.16', fmt='klog', cls='noise', trap_for=['FailedCreatePodSandBox']),
C(MK + "5569", r'''Oct 08 16:46:31 minikube kubelet[3353]: W1008 16:46:31.985630    3353 pod_container_deletor.go:75] Container "78d2699651752d223d95d1d61664437517c5fe572dd8c8939f775022164abff2" not found in pod's containers''',
  None, None, None, None, None,
  note='the next line: the container deletor does not find a container id; routine noise, names no pod', kubelet='~1.16', fmt='klog', cls='noise'),
C(MK + "5569", r'''Oct 08 16:46:31 minikube kubelet[3353]: W1008 16:46:31.986680    3353 docker_sandbox.go:394] failed to read pod IP from plugin/docker: Couldn't find network status for kubernetes-dashboard/kubernetes-dashboard-57f4cb4545-2qdw2 through plugin: invalid network status for''',
  'kubernetes-dashboard', 'kubernetes-dashboard-57f4cb4545-2qdw2', None, None, None,
  note='the next line, the same warning for the dashboard pod', kubelet='~1.16', fmt='klog', cls='noise', trap_for=['FailedCreatePodSandBox']),
# ---------------------------------------------------------------- minikube#9770: container deletor noise
C(MK + "9770", r'''Nov 25 06:00:36 minikube kubelet[8125]: W1125 06:00:36.303392    8125 pod_container_deletor.go:75] Container "a0dd6e187936f32360dca0ffacb44487f36274697ac084e3cd7bdefe00918773" not found in pod's containers''',
  None, None, None, None, None,
  note="`minikube logs` (Nov 2020); the dashboard section after it reports the API server as v1.15.2, so the kubelet is about 1.15. Routine noise", kubelet='~1.15', fmt='klog', cls='noise'),
C(MK + "9770", r'''Nov 25 06:00:39 minikube kubelet[8125]: W1125 06:00:39.365316    8125 pod_container_deletor.go:75] Container "58f0162dc4f1735f5e38489d64b3364f21b0d2513ad4bb356df0bfb36328d30f" not found in pod's containers''',
  None, None, None, None, None,
  note='the next line, the same', kubelet='~1.15', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- minikube#6282: dockerd's unit beside the kubelet
C(MK + "6282", r'''Jan 12 04:18:48 kubernetes01 dockerd[72443]: time="2020-01-12T04:18:48.206789117-05:00" level=error msg="aa8419d5aabee755a10c520ca72771c4fe0aa29a476f756ea69fc99e38dccc78 cleanup: failed to delete container from containerd: no such container"''',
  None, None, None, None, None,
  note="dockerd's unit (Jan 2020, minikube --vm-driver=none): a level=error cleanup message for a container containerd no longer has; no pod reason (the container is already gone)", fmt='dockerd', cls='runtime-noise'),
C(MK + "6282", r'''Jan 12 04:18:48 kubernetes01 dockerd[72443]: time="2020-01-12T04:18:48.289628954-05:00" level=error msg="a3477028c71a5c13e0e2b6174f23796206d6ad308749d8ffe525837413e0ed2e cleanup: failed to delete container from containerd: no such container"''',
  None, None, None, None, None,
  note='the next line, the same for another container', fmt='dockerd', cls='runtime-noise'),
C(MK + "6282", r'''Jan 12 04:18:50 kubernetes01 dockerd[72443]: time="2020-01-12T04:18:50.516001979-05:00" level=error msg="stream copy error: reading from a closed fifo"''',
  None, None, None, None, None,
  note="the next line: dockerd's log-stream copier sees a container's fifo closed (a container exiting); noise", fmt='dockerd', cls='runtime-noise'),
# ---------------------------------------------------------------- minikube#1839: probe successes (look-alikes), localkube
C(MK + "1839", r'''Aug 18 15:30:02 minikube localkube[3336]: I0818 15:30:02.905608    3336 http.go:87] Probe succeeded for http://172.17.0.2:9090/, Response: {200 OK 200 HTTP/1.1 1 1 map[Content-Type:[text/html; charset=utf-8] Date:[Fri, 18 Aug 2017 15:30:02 GMT] Cache-Control:[no-store] Accept-Ranges:[bytes] Last-Modified:[Tue, 16 May 2017 12:53:01 GMT]] 0xc42d54f000 -1 [] true true map[] 0xc4284bc800 <nil>}''',
  None, None, None, None, None,
  note="look-alike: localkube (minikube's all-in-one binary, Aug 2017, about 1.7) at high verbosity: an HTTP probe succeeded with 200 OK; no failure", kubelet='~1.7', fmt='klog', cls='probe-trap', trap_for=['LivenessProbeFailed', 'ReadinessProbeFailed']),
C(MK + "1839", r'''Aug 18 15:30:02 minikube localkube[3336]: I0818 15:30:02.905904    3336 prober.go:113] Liveness probe for "kubernetes-dashboard-g1v7z_kube-system(5a2c09f8-83b6-11e7-9920-080027a2b9a1):kubernetes-dashboard" succeeded''',
  'kube-system', 'kubernetes-dashboard-g1v7z', '5a2c09f8-83b6-11e7-9920-080027a2b9a1', 'kubernetes-dashboard', None,
  note="look-alike: the prober's own line says the liveness probe of the dashboard container SUCCEEDED; it names the pod, but it is no probe failure", kubelet='~1.7', fmt='klog', cls='probe-trap', trap_for=['LivenessProbeFailed']),
C(MK + "1839", r'''Aug 18 15:30:02 minikube localkube[3336]: I0818 15:30:02.907207    3336 prober.go:160] HTTP-Probe Host: http://172.17.0.5, Port: 10054, Path: /metrics''',
  None, None, None, None, None,
  note="the next line: the prober's verbose trace of an HTTP probe about to run; noise", kubelet='~1.7', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- minikube#4224: the kubelet unit restarting
C(MK + "4224", r'''May 08 07:59:53 minikube systemd[1]: kubelet.service: Scheduled restart job, restart counter is at 52.''',
  None, None, None, None, 'KubeletStartFailed',
  note="`minikube logs` kubelet section (May 2019, Kubernetes v1.14.0 per the title): systemd restarts the kubelet for the 52nd time, the kubelet keeps exiting; node-level", kubelet='1.14', fmt='systemd', cls='node'),
C(MK + "4224", r'''May 08 07:59:53 minikube systemd[1]: Stopped kubelet: The Kubernetes Node Agent.''',
  None, None, None, None, None,
  note="the next line: systemd's routine stop message (part of the restart; the failure is the line above)", kubelet='1.14', fmt='systemd', cls='noise'),
C(MK + "4224", r'''May 08 07:59:53 minikube systemd[1]: Started kubelet: The Kubernetes Node Agent.''',
  None, None, None, None, None,
  note="the next line: systemd's routine start message", kubelet='1.14', fmt='systemd', cls='noise'),
C(MK + "4224", r'''May 08 07:59:54 minikube kubelet[3463]: Flag --allow-privileged has been deprecated, will be removed in a future version''',
  None, None, None, None, None,
  note="the next line: the kubelet's start-up flag deprecation warning; noise", kubelet='1.14', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- minikube#4251: the eviction manager under ephemeral-storage pressure
C(MK + "4251", r'''May 14 17:43:17 desktop kubelet[8695]: E0514 17:43:17.937286    8695 eviction_manager.go:557] eviction manager: cannot evict a critical static pod kube-scheduler-minikube_kube-system(f44110a0ca540009109bfc32a7eb0baa)''',
  'kube-system', 'kube-scheduler-minikube', 'f44110a0ca540009109bfc32a7eb0baa', None, None,
  note="minikube --vm-driver=none (May 2019, about 1.14): the eviction manager REFUSES to evict the critical static kube-scheduler pod; the line names the pod (name_namespace(uid)) but the pod is not evicted, so no Evicted", kubelet='~1.14', fmt='klog', cls='evict-trap', trap_for=['Evicted']),
C(MK + "4251", r'''May 14 17:43:17 desktop kubelet[8695]: I0514 17:43:17.937291    8695 eviction_manager.go:385] eviction manager: unable to evict any pods from the node''',
  None, None, None, None, 'ResourcePressure',
  note='the next line: the eviction manager could relieve none of the pressure; node-level, names no pod', kubelet='~1.14', fmt='klog', cls='node'),
C(MK + "4251", r'''May 14 17:43:27 desktop kubelet[8695]: W0514 17:43:27.958762    8695 eviction_manager.go:333] eviction manager: attempting to reclaim ephemeral-storage''',
  None, None, None, None, 'ResourcePressure',
  note='the next cycle: the ephemeral-storage threshold is met again, the kubelet starts reclaiming; node-level', kubelet='~1.14', fmt='klog', cls='node'),
C(MK + "4251", r'''May 14 17:43:27 desktop kubelet[8695]: I0514 17:43:27.958807    8695 container_gc.go:85] attempting to delete unused containers''',
  None, None, None, None, None,
  note="the next line: the container GC's own step line (no 'eviction manager:' and no problem stated in the line itself); I read it as noise, the pressure is carried by the lines around it", kubelet='~1.14', fmt='klog', cls='noise'),
C(MK + "4251", r'''May 14 17:43:27 desktop kubelet[8695]: I0514 17:43:27.961522    8695 image_gc_manager.go:317] attempting to delete unused images''',
  None, None, None, None, None,
  note="the next line: the image GC's own step line; noise as the one above", kubelet='~1.14', fmt='klog', cls='noise', trap_for=['ImageGCFailed']),
C(MK + "4251", r'''May 14 17:43:27 desktop kubelet[8695]: I0514 17:43:27.967516    8695 eviction_manager.go:344] eviction manager: must evict pod(s) to reclaim ephemeral-storage''',
  None, None, None, None, 'ResourcePressure',
  note='the next line: GC did not free enough, pods must be evicted; node-level, names no pod', kubelet='~1.14', fmt='klog', cls='node'),
# ---------------------------------------------------------------- minikube#5331: ranked and refused evictions ("* " prefixed)
C(MK + "5331", r'''* Sep 12 15:14:53 archer kubelet[13069]: I0912 15:14:53.253492   13069 eviction_manager.go:362] eviction manager: pods ranked for eviction: kube-controller-manager-minikube_kube-system(5c39844f0b908333a05ae0c6cec35511), kube-apiserver-minikube_kube-system(fd48d1bfe85af5f8125fe521f31a4949), etcd-minikube_kube-system(c435ab114fef054bc165c6f24c2b60ac), kube-scheduler-minikube_kube-system(abfcb4f52e957b11256c1f6841d49700)''',
  None, None, None, None, None,
  note="`minikube logs` (Sep 2019, about 1.15): the eviction manager ranks four static pods; a ranking evicts nobody and names four pods, so no pod and (as in the table's other ranking lines) no reason", kubelet='~1.15', fmt='klog', cls='evict-trap', trap_for=['Evicted']),
C(MK + "5331", r'''* Sep 12 15:14:53 archer kubelet[13069]: E0912 15:14:53.253568   13069 eviction_manager.go:557] eviction manager: cannot evict a critical static pod kube-controller-manager-minikube_kube-system(5c39844f0b908333a05ae0c6cec35511)''',
  'kube-system', 'kube-controller-manager-minikube', '5c39844f0b908333a05ae0c6cec35511', None, None,
  note='the next line: eviction of the critical static pod refused; the pod stays, no Evicted', kubelet='~1.15', fmt='klog', cls='evict-trap', trap_for=['Evicted']),
C(MK + "5331", r'''* Sep 12 15:14:53 archer kubelet[13069]: E0912 15:14:53.253595   13069 eviction_manager.go:557] eviction manager: cannot evict a critical static pod kube-apiserver-minikube_kube-system(fd48d1bfe85af5f8125fe521f31a4949)''',
  'kube-system', 'kube-apiserver-minikube', 'fd48d1bfe85af5f8125fe521f31a4949', None, None,
  note='the next line, the same for kube-apiserver', kubelet='~1.15', fmt='klog', cls='evict-trap', trap_for=['Evicted']),
# ---------------------------------------------------------------- kubeadm#344: a joining node without CNI, failing to register (cut at terminal width)
C(KA + "344", r'''Jul 12 15:23:15 k8s-Node171 kubelet[17885]: W0712 15:23:15.491782   17885 cni.go:189] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note='`journalctl -xeu kubelet` on a node being joined (Jul 2017, about 1.7): no CNI configuration yet; node-level', kubelet='~1.7', fmt='klog', cls='node'),
C(KA + "344", r'''Jul 12 15:23:15 k8s-Node171 kubelet[17885]: E0712 15:23:15.491850   17885 kubelet.go:2136] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotRe''',
  None, None, None, None, 'NetworkNotReady',
  note='the next line, cut at the terminal width: the runtime network is not ready', kubelet='~1.7', fmt='klog', cls='node'),
C(KA + "344", r'''Jul 12 15:23:15 k8s-Node171 kubelet[17885]: E0712 15:23:15.584795   17885 eviction_manager.go:238] eviction manager: unexpected err: failed GetNode: node 'k8s-node171' not ''',
  None, None, None, None, None,
  note="the next line, cut: the eviction manager cannot read its own Node because the node is not registered yet; a symptom it reports each cycle, not resource pressure (as the table's 'failed to get node info' lines)", kubelet='~1.7', fmt='klog', cls='node-trap', trap_for=['ResourcePressure']),
C(KA + "344", r'''Jul 12 15:23:20 k8s-Node171 kubelet[17885]: W0712 15:23:20.492778   17885 cni.go:189] Unable to update cni config: No networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note='five seconds later, the same', kubelet='~1.7', fmt='klog', cls='node'),
C(KA + "344", r'''Jul 12 15:23:20 k8s-Node171 kubelet[17885]: E0712 15:23:20.492860   17885 kubelet.go:2136] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotRe''',
  None, None, None, None, 'NetworkNotReady',
  note='the same, cut', kubelet='~1.7', fmt='klog', cls='node'),
C(KA + "344", r'''Jul 12 15:23:21 k8s-Node171 kubelet[17885]: I0712 15:23:21.520577   17885 kubelet_node_status.go:247] Setting node annotation to enable volume controller attach/detach''',
  None, None, None, None, None,
  note='the next line: routine node-status step', kubelet='~1.7', fmt='klog', cls='noise'),
C(KA + "344", r'''Jul 12 15:23:21 k8s-Node171 kubelet[17885]: I0712 15:23:21.523822   17885 kubelet_node_status.go:82] Attempting to register node k8s-node171''',
  None, None, None, None, None,
  note='the next line: routine registration attempt', kubelet='~1.7', fmt='klog', cls='noise'),
C(KA + "344", r'''Jul 12 15:23:21 k8s-Node171 kubelet[17885]: E0712 15:23:21.525107   17885 kubelet_node_status.go:106] Unable to register node "k8s-node171" with API server: nodes "k8s-node''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="the next line, cut: registration fails; the API server answered (a 'nodes \"...\"' reply, its cause cut off), so not unreachable; the node-status problem itself", kubelet='~1.7', fmt='klog', cls='node'),
# ---------------------------------------------------------------- kubeadm#356: mirror pod churn (names pods, no pod reason)
C(KA + "356", r'''Jul 24 11:45:25 ubuntu kubelet[8442]: W0724 11:45:25.538357    8442 kubelet.go:1596] Deleting mirror pod "kube-apiserver-ubuntu_kube-system(41179207-70a0-11e7-a283-000c29fa48d9)" because it is outdated''',
  'kube-system', 'kube-apiserver-ubuntu', '41179207-70a0-11e7-a283-000c29fa48d9', None, None,
  note="kubeadm join loop (Jul 2017, about 1.7): the kubelet replaces an outdated mirror pod; names the pod, no failure of it", kubelet='~1.7', fmt='klog', cls='noise', trap_for=['Killing']),
C(KA + "356", r'''Jul 24 11:45:25 ubuntu kubelet[8442]: E0724 11:45:25.931877    8442 mirror_client.go:88] Failed deleting a mirror pod "kube-apiserver-ubuntu_kube-system": pods "Unknown" is forbidden: pods "kube-apiserver-ubuntu" not found''',
  'kube-system', 'kube-apiserver-ubuntu', None, None, None,
  note="the next line: the API call deleting the mirror pod fails (it is already gone); an API-object bookkeeping error, not a kill failure of the pod's containers", kubelet='~1.7', fmt='klog', cls='noise', trap_for=['FailedKillPod']),
C(KA + "356", r'''Jul 24 11:45:26 ubuntu kubelet[8442]: W0724 11:45:26.887134    8442 kubelet.go:1596] Deleting mirror pod "etcd-ubuntu_kube-system(4154979a-70a0-11e7-a283-000c29fa48d9)" because it is outdated''',
  'kube-system', 'etcd-ubuntu', '4154979a-70a0-11e7-a283-000c29fa48d9', None, None,
  note='the next line, the same for etcd', kubelet='~1.7', fmt='klog', cls='noise', trap_for=['Killing']),
# ---------------------------------------------------------------- minikube#7464: a missing secret and a config error
C(MK + "7464", r'''Apr 07 00:14:29 minikube kubelet[2468]: E0407 00:14:29.317585    2468 nestedpendingoperations.go:270] Operation for "\"kubernetes.io/secret/41901b4c-5ea6-4a4b-9f5a-6e82feb3d9cd-tls-certificates\" (\"41901b4c-5ea6-4a4b-9f5a-6e82feb3d9cd\")" failed. No retries permitted until 2020-04-07 00:14:31.317556427 +0000 UTC m=+21.009034384 (durationBeforeRetry 2s). Error: "MountVolume.SetUp failed for volume \"tls-certificates\" (UniqueName: \"kubernetes.io/secret/41901b4c-5ea6-4a4b-9f5a-6e82feb3d9cd-tls-certificates\") pod \"nginx-775467c796-p8xcn\" (UID: \"41901b4c-5ea6-4a4b-9f5a-6e82feb3d9cd\") : secret \"website-tls-certificates\" not found"''',
  None, 'nginx-775467c796-p8xcn', '41901b4c-5ea6-4a4b-9f5a-6e82feb3d9cd', None, 'FailedMount',
  note="`minikube logs` (Apr 2020; nestedpendingoperations.go:270 and pod_workers.go:191, coredns-5644d7b6d9: about 1.16): the secret volume cannot be set up because the secret does not exist; names pod and uid, not the namespace", kubelet='~1.16', fmt='klog', cls='volume'),
C(MK + "7464", r'''Apr 07 00:14:29 minikube kubelet[2468]: E0407 00:14:29.480764    2468 kuberuntime_manager.go:783] container start failed: CreateContainerConfigError: failed to sync configmap cache: timed out waiting for the condition''',
  None, None, None, None, 'CreateContainerConfigError',
  note="the next line: a container's config (a configmap reference) could not be built; the line names no pod (the next names it)", kubelet='~1.16', fmt='klog', cls='config'),
C(MK + "7464", r'''Apr 07 00:14:29 minikube kubelet[2468]: E0407 00:14:29.480876    2468 pod_workers.go:191] Error syncing pod b426cce0-9e7d-4de5-8876-f468c5acc421 ("api-858f74bfd8-4784t_default(b426cce0-9e7d-4de5-8876-f468c5acc421)"), skipping: failed to "StartContainer" for "api" with CreateContainerConfigError: "failed to sync configmap cache: timed out waiting for the condition"''',
  'default', 'api-858f74bfd8-4784t', 'b426cce0-9e7d-4de5-8876-f468c5acc421', 'api', 'CreateContainerConfigError',
  note='the next line: the pod worker reports the same error for container api of the pod', kubelet='~1.16', fmt='klog', cls='config'),
    ]
