# Hunt 55 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from
# kubernetes/kubernetes issues that the table did not cite before (a broad mix of SIGs and years:
# static-pod restarts, a storage stall on EBS, graceful node shutdown, an e2e flake on the GCE master).
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own), with the source's URL, and each was seen twice (two
# different searches of the issue corpus that returned the same text). Whole pasted runs are taken
# where the excerpt held them, noise included: a noise line is a row with reason None. Node-level lines
# are never attributed to a pod: ns, pod, uid and container are None for them. Expected fields are
# what an SRE reads in the line itself, not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"


def HUNT_H55(C):
    return [
# ---------------------------------------------------------------- kubernetes#32370 (Sep 2016, dockershim era)
C(K + "32370", r'''Sep 09 09:30:29 k8s-01 kubelet[12678]: I0909 09:30:29.530493   12678 docker_manager.go:1955] pod "kube-apiserver-k8s-01_kube-system(a1fb372d77501c81fe1198c219c3397c)" container "kube-apiserver" exists as 7559d21284e43716f9684c8f8861c93544bb3a732c419060c4809c89fbb03842''',
  'kube-system', 'kube-apiserver-k8s-01', 'a1fb372d77501c81fe1198c219c3397c', 'kube-apiserver', None,
  note="static kube-apiserver pod not restarted after a manifest change (Sep 2016, 'yesterday's HEAD'): docker_manager.go reports the running container; noise. docker_manager.go with HEAD of Sep 2016: about 1.5", kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "32370", r'''Sep 09 09:30:29 k8s-01 kubelet[12678]: I0909 09:30:29.530904   12678 docker_manager.go:2040] Got container changes for pod "kube-apiserver-k8s-01_kube-system(a1fb372d77501c81fe1198c219c3397c)": {StartInfraContainer:false InfraChanged:false InfraContainerId:246b641714eb54372a275adfab89330532a9354d027c135929ed300b235f282b InitFailed:false InitContainersToKeep:map[] ContainersToStart:map[] ContainersToKeep:map[246b641714eb54372a275adfab89330532a9354d027c135929ed300b235f282b:-1 7559d21284e43716f9684c8f8861c93544bb3a732c419060c4809c89fbb03842:0]}''',
  'kube-system', 'kube-apiserver-k8s-01', 'a1fb372d77501c81fe1198c219c3397c', None, None,
  note="the next line: the sync plan for the pod (nothing to start, both containers kept); noise ('InitFailed:false' is not a failure)", kubelet='~1.5', fmt='klog', cls='noise', trap_for='CreateContainerError'),
C(K + "32370", r'''Sep 09 09:30:50 k8s-01 kubelet[12678]: I0909 09:30:50.749320   12678 docker_manager.go:1492] Killing container "7559d21284e43716f9684c8f8861c93544bb3a732c419060c4809c89fbb03842 kube-apiserver kube-system/kube-apiserver-k8s-01" with 30 second grace period''',
  'kube-system', 'kube-apiserver-k8s-01', None, 'kube-apiserver', 'Killing',
  note="the old docker_manager.go kill form: \"<id> <container> <ns>/<pod>\" with a 30 s grace period (issue 13 names this form)", kubelet='~1.5', fmt='klog', cls='kill'),
# ---------------------------------------------------------------- kubernetes#111762 (Oct 2022, GCE e2e master, kube-probe/1.26+)
C(K + "111762", r'''Oct 09 00:26:51.395012 bootstrap-e2e-master kubelet[2291]: I1009 00:26:51.394716    2291 kuberuntime_container.go:702] "Killing container with a grace period" pod="kube-system/kube-apiserver-bootstrap-e2e-master" podUID=8b13dc03ceaf7c375cfecef7714975cb containerName="kube-apiserver" containerID="containerd://960d98675fb716ba13b8d65c0a6474cc5dd87425b2fd31d8ffb2d865ef265dae" gracePeriod=30''',
  'kube-system', 'kube-apiserver-bootstrap-e2e-master', '8b13dc03ceaf7c375cfecef7714975cb', 'kube-apiserver', 'Killing',
  note="MaxContainerBackOff flake thread, kubelet log of the GCE master (the probe line below shows kube-probe/1.26+): the kubelet stops the static kube-apiserver with a 30 s grace period; the line names no cause", kubelet='1.26', fmt='klog-s', cls='kill'),
C(K + "111762", r'''Oct 09 00:26:51.591177 bootstrap-e2e-master kubelet[2291]: I1009 00:26:51.590765    2291 http.go:139] Probe failed for https://127.0.0.1:443/readyz with request headers map[Accept:[*/*] User-Agent:[kube-probe/1.26+]], response body: [+]ping ok''',
  None, None, None, None, None,
  note="the prober's HTTP detail line: the kubelet's probe of the apiserver's /readyz failed (the body lists the failing check below); the line names no pod, and not which probe failed: pkg/probe/http's V(4) detail line is the same for liveness, readiness and startup probes (relabelled by the lead from ReadinessProbeFailed, which the helper read from the /readyz path; scored 28/30 with it, 29/30 without)", kubelet='1.26', fmt='klog', cls='probe'),
C(K + "111762", r'''Oct 09 00:26:51.591177 bootstrap-e2e-master kubelet[2291]: [+]log ok''',
  None, None, None, None, None,
  note='continuation of the probe body, one journal record per line; noise', kubelet='1.26', fmt='klog', cls='noise'),
C(K + "111762", r'''Oct 09 00:26:51.591177 bootstrap-e2e-master kubelet[2291]: [+]etcd ok''',
  None, None, None, None, None,
  note='continuation of the probe body; noise', kubelet='1.26', fmt='klog', cls='noise'),
C(K + "111762", r'''Oct 09 00:26:51.591177 bootstrap-e2e-master kubelet[2291]: [-]etcd-readiness failed: reason withheld''',
  None, None, None, None, None,
  note="continuation of the probe body: one apiserver health check failed; the line is part of the probe's response, it is not a probe failure line of its own and names no pod", kubelet='1.26', fmt='klog', cls='noise', trap_for='ReadinessProbeFailed'),
C(K + "111762", r'''Oct 09 00:26:51.591177 bootstrap-e2e-master kubelet[2291]: [+]informer-sync ok''',
  None, None, None, None, None,
  note='continuation of the probe body; noise', kubelet='1.26', fmt='klog', cls='noise'),
C(K + "111762", r'''Oct 09 00:26:51.591177 bootstrap-e2e-master kubelet[2291]: [+]poststarthook/start-kube-apiserver-admission-initializer ok''',
  None, None, None, None, None,
  note='continuation of the probe body; noise', kubelet='1.26', fmt='klog', cls='noise'),
C(K + "111762", r'''Oct 09 00:26:51.591177 bootstrap-e2e-master kubelet[2291]: [+]poststarthook/generic-apiserver-start-informers ok''',
  None, None, None, None, None,
  note='continuation of the probe body; noise', kubelet='1.26', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#109596 (Apr 2022, containerd, static pods after a kubelet restart)
C(K + "109596", r'''Apr 22 06:51:47 gpc-jiejie-vm-node-4 containerd[6680]: time="2022-04-22T06:51:47.939018226Z" level=info msg="starting signal loop" namespace=k8s.io path=/run/containerd/io.containerd.runtime.v2.task/k8s.io/5d003cb5b9a61f1127ea29f293afdcbdd14a5e5d0c738b2086414e1d562067d3 pid=11157''',
  None, None, None, None, None,
  note="grep of the node's journal for one sandbox id (comment of Apr 2022): containerd's shim starts; names no pod; noise. The thread's kubelet is about 1.23 (Apr 2022)", kubelet='~1.23', fmt='containerd', cls='noise'),
C(K + "109596", r'''Apr 22 06:51:48 gpc-jiejie-vm-node-4 containerd[6680]: time="2022-04-22T06:51:48.037968154Z" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-apiserver-gpc-jiejie-vm-node-4,Uid:f28e3e718fa879e0c4d043bc52b70ac3,Namespace:kube-system,Attempt:0,} returns sandbox id \"5d003cb5b9a61f1127ea29f293afdcbdd14a5e5d0c738b2086414e1d562067d3\""''',
  'kube-system', 'kube-apiserver-gpc-jiejie-vm-node-4', 'f28e3e718fa879e0c4d043bc52b70ac3', None, None,
  note="containerd's sandbox for the static kube-apiserver is up: the metadata names the pod; success, not start evidence (issue 13 item 2), reason None", kubelet='~1.23', fmt='containerd', cls='runtime'),
# ---------------------------------------------------------------- kubernetes#47959 (Jun 2017, EBS volume on AWS)
C(K + "47959", r'''2m  5s  2 kubelet, ip-10-16-6-103.eu-west-1.compute.internal    Warning FailedMount Unable to mount volumes for pod "prometheus-4088412010-bk19v_kube-system(2cd0250c-57fc-11e7-bc44-0a851b7f13b8)": timeout expired waiting for volumes to attach/mount for pod "kube-system"/"prometheus-4088412010-bk19v". list of unattached/unmounted volumes=[data-volume]''',
  'kube-system', 'prometheus-4088412010-bk19v', '2cd0250c-57fc-11e7-bc44-0a851b7f13b8', None, 'FailedMount',
  note="kubectl describe event row (Jun 2017, 'kubelet, <node>' source form of 1.6/1.7): the EBS data volume never mounted; the pod is named as name_namespace(uid) and again as \"ns\"/\"name\"", kubelet='~1.6', fmt='event', cls='volume'),
C(K + "47959", r'''  2m  5s  2 kubelet, ip-10-16-6-103.eu-west-1.compute.internal    Warning FailedSync  Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "kube-system"/"prometheus-4088412010-bk19v". list of unattached/unmounted volumes=[data-volume]''',
  'kube-system', 'prometheus-4088412010-bk19v', None, None, 'FailedMount',
  note="the next row: the FailedSync event whose cause is the volume timeout; as the table's other such rows, the cause is FailedMount (issue 13 names this form)", kubelet='~1.6', fmt='event', cls='volume'),
C(K + "47959", r'''0623 10:46:15.734566   21516 config.go:415] Receiving a new pod "prometheus-4088412010-bk19v_kube-system(2cd0250c-57fc-11e7-bc44-0a851b7f13b8)"''',
  'kube-system', 'prometheus-4088412010-bk19v', '2cd0250c-57fc-11e7-bc44-0a851b7f13b8', None, None,
  note="the kubelet log after raising its verbosity; the reporter's copy lost the leading 'I' of the klog header. The kubelet receives the pod; noise", kubelet='~1.6', fmt='klog', cls='noise'),
C(K + "47959", r'''I0623 10:46:15.818698   21516 generic.go:146] GenericPLEG: 2cd0250c-57fc-11e7-bc44-0a851b7f13b8/3726dff4e1902659e8b6e0c565b9166708b9f7e325c3fe4ca363965bbc5d1f1f: non-existent -> unknown''',
  None, None, '2cd0250c-57fc-11e7-bc44-0a851b7f13b8', None, None,
  note='PLEG state change for a container of the pod, named by pod uid only; noise (not a PLEG health problem)', kubelet='~1.6', fmt='klog', cls='noise', trap_for='PlegNotHealthy'),
# ---------------------------------------------------------------- kubernetes#107043 (Dec 2021, graceful node shutdown on AWS)
C(K + "107043", r'''Dec 20 09:49:18 ip-10-120-29-222 kubelet[1451]: I1220 09:49:18.336206    1451 cpu_manager.go:199] "Starting CPU manager" policy="none"''',
  None, None, None, None, None,
  note='kubelet start-up run pasted to debug graceful shutdown (Dec 2021; structured klog, cpu_manager.go:199: about 1.22); noise', kubelet='~1.22', fmt='klog-s', cls='noise'),
C(K + "107043", r'''Dec 20 09:49:18 ip-10-120-29-222 kubelet[1451]: I1220 09:49:18.336225    1451 cpu_manager.go:200] "Reconciling" reconcilePeriod="10s"''',
  None, None, None, None, None,
  note='the next line of the start-up run; noise', kubelet='~1.22', fmt='klog-s', cls='noise'),
C(K + "107043", r'''Dec 20 09:49:18 ip-10-120-29-222 kubelet[1451]: I1220 09:49:18.336247    1451 state_mem.go:36] "Initialized new in-memory state store"''',
  None, None, None, None, None,
  note='the next line; noise', kubelet='~1.22', fmt='klog-s', cls='noise'),
C(K + "107043", r'''Dec 20 09:49:18 ip-10-120-29-222 kubelet[1451]: I1220 09:49:18.342430    1451 policy_none.go:44] "None policy: Start"''',
  None, None, None, None, None,
  note='the next line; noise', kubelet='~1.22', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- kubernetes#101553 (Apr 2021, CentOS 7.4, v1.21.0)
C(K + "101553", r'''4月 28 10:28:59 centos74 kubelet[34818]: E0428 10:28:59.820013   34818 kubelet.go:1411] "Failed to start node shutdown manager" err="failed reading InhibitDelayMaxUSec property from logind: Message did not receive a reply (timeout by message bus)"''',
  None, None, None, None, None,
  note="journal with a Chinese locale date ('4月 28'); v1.21.0 stated. The kubelet keeps running without graceful shutdown: an error, but none of the table's reasons or node problems (not a kubelet start failure)", kubelet='1.21', fmt='klog-s', cls='node', trap_for='KubeletStartFailed'),
# ---------------------------------------------------------------- kubernetes#46218 (May 2017, GKE, v1.6.2)
C(K + "46218", r'''Killing container with id docker://70a8xxx:pod "my-pod-3965xxx_my-namespace(9b28710e-xxx)" container "my-container" is unhealthy, it will be killed and re-created.''',
  'my-namespace', 'my-pod-3965xxx', None, 'my-container', 'LivenessProbeFailed',
  note="the Killing event message of 1.6 for a container that failed its liveness probe, as the reporter quoted it from kubectl describe (ids redacted by the reporter with 'xxx'; the redacted '9b28710e-xxx' is not a uid, so uid None). v1.6.2 stated", kubelet='1.6', fmt='event', cls='probe'),
# ---------------------------------------------------------------- kubernetes#111762, the earlier run of the same kubelet log
C(K + "111762", r'''Oct 09 00:15:38.395304 bootstrap-e2e-master kubelet[2291]: I1009 00:15:38.394801    2291 kuberuntime_container.go:702] "Killing container with a grace period" pod="kube-system/kube-scheduler-bootstrap-e2e-master" podUID=fdc306cbf97a0dbaee0206928d5441ca containerName="kube-scheduler" containerID="containerd://349bfe54f1da90b8baa3a40b7096ccb05d7caa072ca84555c91153539b871afe" gracePeriod=30''',
  'kube-system', 'kube-scheduler-bootstrap-e2e-master', 'fdc306cbf97a0dbaee0206928d5441ca', 'kube-scheduler', 'Killing',
  note='the same master eleven minutes earlier: the static kube-scheduler is stopped, again and again in this run', kubelet='1.26', fmt='klog-s', cls='kill'),
C(K + "111762", r'''Oct 09 00:15:51.396702 bootstrap-e2e-master kubelet[2291]: I1009 00:15:51.396688    2291 kuberuntime_container.go:702] "Killing container with a grace period" pod="kube-system/konnectivity-server-bootstrap-e2e-master" podUID=4302e15c6ab2da7264a36e7f070fe58b containerName="konnectivity-server-container" containerID="containerd://410cff079bbb2f854243704a3b40022593cc9d673b04aa2c3cda2cd57155ca3b" gracePeriod=30''',
  'kube-system', 'konnectivity-server-bootstrap-e2e-master', '4302e15c6ab2da7264a36e7f070fe58b', 'konnectivity-server-container', 'Killing',
  note='the next line: the konnectivity server is stopped', kubelet='1.26', fmt='klog-s', cls='kill'),
C(K + "111762", r'''Oct 09 00:15:54.450815 bootstrap-e2e-master kubelet[2291]: I1009 00:15:54.450793    2291 kuberuntime_container.go:702] "Killing container with a grace period" pod="kube-system/kube-scheduler-bootstrap-e2e-master" podUID=fdc306cbf97a0dbaee0206928d5441ca containerName="kube-scheduler" containerID="containerd://ee2ef2cde730f70c1eabe6ab35d720b830f791c407989ebab95d61a9cf1e1a1f" gracePeriod=30''',
  'kube-system', 'kube-scheduler-bootstrap-e2e-master', 'fdc306cbf97a0dbaee0206928d5441ca', 'kube-scheduler', 'Killing',
  note='the next line: the restarted kube-scheduler (a new container id) is stopped again', kubelet='1.26', fmt='klog-s', cls='kill'),
# ---------------------------------------------------------------- kubernetes#25408 (May 2016, GCE scalability e2e, image pulls from gcr.io)
C(K + "25408", r'''    I0510 14:44:53.324450    3371 server.go:618] Event(api.ObjectReference{Kind:"Pod", Namespace:"kube-system", Name:"fluentd-elasticsearch-e2e-scalability-minion-5448", UID:"aa9cc1b8d68dc2a2ddc284a5380ef29a", APIVersion:"v1", ResourceVersion:"", FieldPath:""}): type: 'Warning' reason: 'FailedSync' Error syncing pod, skipping: failed to "StartContainer" for "fluentd-elasticsearch" with ImagePullBackOff: "Back-off pulling image \"gcr.io/google_containers/fluentd-elasticsearch:1.15\""''',
  'kube-system', 'fluentd-elasticsearch-e2e-scalability-minion-5448', 'aa9cc1b8d68dc2a2ddc284a5380ef29a', 'fluentd-elasticsearch', 'ImagePullBackOff',
  note="the kubelet's event line for a static fluentd pod (May 2016; the four leading spaces are the issue's markdown indentation, kept as shown): the sync failed with ImagePullBackOff. server.go:618 Event form, May 2016: about 1.3", kubelet='~1.3', fmt='klog', cls='image'),
C(K + "25408", r'''07:42:49 May 10 07:42:49.216: INFO: At {2016-05-10 07:31:49 -0700 PDT} - event for elasticsearch-logging-v1-z4sxa: {kubelet e2e-scalability-minion-5448} FailedSync: Error syncing pod, skipping: failed to "StartContainer" for "elasticsearch-logging" with ErrImagePull: "net/http: request canceled"''',
  None, 'elasticsearch-logging-v1-z4sxa', None, 'elasticsearch-logging', 'ErrImagePull',
  note="the e2e framework's dump of a kubelet event (comment of the same day): the pull was cancelled; the row names the pod without its namespace", kubelet='~1.3', fmt='event', cls='image'),
# ---------------------------------------------------------------- kubernetes#26075 (May 2016, GCE scalability e2e)
C(K + "26075", r'''I0523 12:41:07.247157    3375 server.go:640] Event(api.ObjectReference{Kind:"Pod", Namespace:"kube-system", Name:"node-problem-detector-v0.1-5tz3a", UID:"625467b6-20e1-11e6-842a-42010af00002", APIVersion:"v1", ResourceVersion:"232", FieldPath:""}): type: 'Warning' reason: 'FailedSync' Error syncing pod, skipping: failed to "StartContainer" for "node-problem-detector" with ImagePullBackOff: "Back-off pulling image \"gcr.io/google_containers/node-problem-detector:v0.1\""''',
  'kube-system', 'node-problem-detector-v0.1-5tz3a', '625467b6-20e1-11e6-842a-42010af00002', 'node-problem-detector', 'ImagePullBackOff',
  note='kubelet event line of the scalability flake (May 2016): the node-problem-detector image pull is backing off. server.go:640, May 2016: about 1.3', kubelet='~1.3', fmt='klog', cls='image'),
C(K + "26075", r'''May 23 05:38:36.201: INFO: At {2016-05-23 05:27:49 -0700 PDT} - event for node-problem-detector-v0.1-5tz3a: {kubelet e2e-scalability-minion-pwnb} FailedSync: Error syncing pod, skipping: failed to "StartContainer" for "node-problem-detector" with ErrImagePull: "net/http: request canceled"''',
  None, 'node-problem-detector-v0.1-5tz3a', None, 'node-problem-detector', 'ErrImagePull',
  note="the e2e framework's dump of the earlier event for the same pod: the pull itself was cancelled", kubelet='~1.3', fmt='event', cls='image'),
    ]
