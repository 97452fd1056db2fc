# Hunt 80 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from public GitHub
# threads of 2015-2019 (kubelet about 1.0 to 1.14) that the table did not cite before: kubelet journal
# runs (unstructured klog, with and without the journalctl prefix, one behind a docker[pid] tag and one
# behind origin-node[pid]) and kubectl describe / events rows, with their noise. Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings; the tab
# characters inside the describe rows of kubernetes#16586, kubernetes#35017, kubernetes#8042 and
# rancher/os#1036 are the rows' own tabs, as the threads show them; kubernetes#24513 and
# kubernetes#26245 show their rows with spaces), with the source's URL, and each was seen twice (two
# different searches of the issue index). Node-level lines are never attributed to a pod: ns, pod, uid
# and container are None for them.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KATA = "https://github.com/kata-containers/tests/issues/1746"
OA = "https://github.com/openshift/openshift-ansible/pull/4763"
ROS = "https://github.com/rancher/os/issues/1036"
C943 = "https://github.com/projectcalico/calicoctl/issues/943"
C952 = "https://github.com/projectcalico/calicoctl/issues/952"
CNI58 = "https://github.com/projectcalico/cni-plugin/issues/58"
OVN = "https://github.com/ovn-kubernetes/ovn-kubernetes/issues/248"


def HUNT_H80(C):
    return [
C(KATA, r'''Jun 19 11:30:49 ubuntu1804-azure7c7b00 kubelet[75546]: I0619 11:30:49.030209   75546 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "default-token-gp5md" (UniqueName: "kubernetes.io/secret/afbf169b-9285-11e9-9332-000d3a7bc01b-default-token-gp5md") pod "job-pi-test-wx5tb" (UID: "afbf169b-9285-11e9-9332-000d3a7bc01b")''',
  None, 'job-pi-test-wx5tb', 'afbf169b-9285-11e9-9332-000d3a7bc01b', None, None,
  note='kata CI job-test journal (Jun 2019, issue description): routine volume verification for the job pod, noise; the line names the pod and its UID but no namespace. reconciler.go:207 and the date put the kubelet at about 1.14', kubelet='~1.14', fmt='klog', cls='volume'),
C(KATA, r'''Jun 19 11:30:56 ubuntu1804-azure7c7b00 kubelet[75546]: I0619 11:30:56.248556   75546 reconciler.go:181] operationExecutor.UnmountVolume started for volume "default-token-gp5md" (UniqueName: "kubernetes.io/secret/afbf169b-9285-11e9-9332-000d3a7bc01b-default-token-gp5md") pod "afbf169b-9285-11e9-9332-000d3a7bc01b" (UID: "afbf169b-9285-11e9-9332-000d3a7bc01b")''',
  None, None, 'afbf169b-9285-11e9-9332-000d3a7bc01b', None, None,
  note="next line: the job's volume is unmounted after it completed; noise. The 'pod' field holds the UID only, so no pod name", kubelet='~1.14', fmt='klog', cls='volume'),
C(KATA, r'''Jun 19 11:30:56 ubuntu1804-azure7c7b00 kubelet[75546]: I0619 11:30:56.277886   75546 operation_generator.go:815] UnmountVolume.TearDown succeeded for volume "kubernetes.io/secret/afbf169b-9285-11e9-9332-000d3a7bc01b-default-token-gp5md" (OuterVolumeSpecName: "default-token-gp5md") pod "afbf169b-9285-11e9-9332-000d3a7bc01b" (UID: "afbf169b-9285-11e9-9332-000d3a7bc01b"). InnerVolumeSpecName "default-token-gp5md". PluginName "kubernetes.io/secret", VolumeGidValue ""''',
  None, None, 'afbf169b-9285-11e9-9332-000d3a7bc01b', None, None,
  note='next line: teardown succeeded; noise, UID only', kubelet='~1.14', fmt='klog', cls='volume'),
C(K + "16586", r'''  Fri, 30 Oct 2015 10:56:30 +0000	Fri, 30 Oct 2015 10:56:30 +0000	1	{scheduler }				scheduled	Successfully assigned secret-test-pod to 127.0.0.1''',
  None, 'secret-test-pod', None, None, None,
  note="kubectl describe pod secret-test-pod (Oct 2015, tab-separated as the issue shows it): the scheduler's row, noise; it names the pod but no namespace. Lower-case event reasons: kubelet about 1.1", kubelet='~1.1', fmt='event', cls='sched'),
C(K + "16586", r'''  Fri, 30 Oct 2015 10:56:30 +0000	Fri, 30 Oct 2015 11:31:37 +0000	211	{kubelet 127.0.0.1}			failedMount	Unable to mount volumes for pod "secret-test-pod_default": exit status 1''',
  'default', 'secret-test-pod', None, None, 'FailedMount',
  note='next row: the secret volume could not be mounted (211 times); the message names the pod in the old quoted name_namespace form', kubelet='~1.1', fmt='event', cls='mount'),
C(K + "16586", r'''  Fri, 30 Oct 2015 10:56:30 +0000	Fri, 30 Oct 2015 11:31:37 +0000	211	{kubelet 127.0.0.1}			failedSync	Error syncing pod, skipping: exit status 1''',
  None, None, None, None, 'FailedSync',
  note='next row: the generic sync failure that follows the mount failure; the row itself names no pod', kubelet='~1.1', fmt='event', cls='sync'),
C(K + "48703", r'''7月 16 10:59:56 localhost.localdomain kubelet[19815]: W0716 10:59:56.628382   19815 helpers.go:771] eviction manager: no observation found for eviction signal allocatableNodeFs.available''',
  None, None, None, None, None,
  note="kubelet 1.7.0 thread (comment of Jul 2017, kubeadm, zh_CN journal date): the eviction manager's harmless warning every 10 s; names no pod and reports no pressure: noise", kubelet='1.7', fmt='klog', cls='noise'),
C(K + "48703", r'''7月 16 11:00:06 localhost.localdomain kubelet[19815]: W0716 11:00:06.665560   19815 helpers.go:771] eviction manager: no observation found for eviction signal allocatableNodeFs.available''',
  None, None, None, None, None,
  note='next line, same warning', kubelet='1.7', fmt='klog', cls='noise'),
C(K + "48703", r'''7月 16 11:00:16 localhost.localdomain kubelet[19815]: W0716 11:00:16.680506   19815 helpers.go:771] eviction manager: no observation found for eviction signal allocatableNodeFs.available''',
  None, None, None, None, None,
  note='next line, same warning', kubelet='1.7', fmt='klog', cls='noise'),
C(K + "48703", r'''7月 16 11:00:26 localhost.localdomain kubelet[19815]: W0716 11:00:26.717109   19815 helpers.go:771] eviction manager: no observation found for eviction signal allocatableNodeFs.available''',
  None, None, None, None, None,
  note='next line, same warning', kubelet='1.7', fmt='klog', cls='noise'),
C(OA, r'''Jul 20 13:15:42 localhost.localdomain origin-node[20259]: E0720 13:15:42.842509   20259 kuberuntime_sandbox.go:54] CreatePodSandbox for pod "docker-registry-1-deploy_default(d7c65bda-6d6d-11e7-96ff-525400b88b0e)" failed: rpc error: code = 2 desc = failed to create network for container default-docker-registry-1-deploy-0-infra in sandbox 0f5060b27eea3f4768981700ac0bcf32b1117e057a78a92627606e3ba4b1711a: cni config uninitialized''',
  'default', 'docker-registry-1-deploy', 'd7c65bda-6d6d-11e7-96ff-525400b88b0e', None, 'FailedCreatePodSandBox',
  note="openshift-ansible cri-o PR (Jul 2017): the origin-node (kubelet) unit could not create the pod's sandbox because CRI-O had no CNI config; the '-infra' name is CRI-O's sandbox container, not a pod container. kuberuntime_manager.go:618 and origin 3.6: kubelet about 1.6", kubelet='~1.6', fmt='klog', cls='sandbox'),
C(OA, r'''Jul 20 13:15:42 localhost.localdomain origin-node[20259]: E0720 13:15:42.842547   20259 kuberuntime_manager.go:618] createPodSandbox for pod "docker-registry-1-deploy_default(d7c65bda-6d6d-11e7-96ff-525400b88b0e)" failed: rpc error: code = 2 desc = failed to create network for container default-docker-registry-1-deploy-0-infra in sandbox 0f5060b27eea3f4768981700ac0bcf32b1117e057a78a92627606e3ba4b1711a: cni config uninitialized''',
  'default', 'docker-registry-1-deploy', 'd7c65bda-6d6d-11e7-96ff-525400b88b0e', None, 'FailedCreatePodSandBox',
  note="next line: the runtime manager's copy of the same sandbox failure", kubelet='~1.6', fmt='klog', cls='sandbox'),
C(K + "35017", r'''  DiskPressure 		True 	Tue, 18 Oct 2016 02:09:49 -0400 	Tue, 18 Oct 2016 02:05:38 -0400 	KubeletHasDiskPressure 		kubelet has disk pressure''',
  None, None, None, None, 'ResourcePressure',
  note="kubectl describe node | grep DiskPressure (Oct 2016, kubelet v1.5.0-alpha): the node's DiskPressure condition row is True; node-level, names no pod", kubelet='~1.5', fmt='event', cls='node'),
C(ROS, r'''  6m		6m		1	{default-scheduler }			Normal		Scheduled	Successfully assigned test-pod to 127.0.0.1''',
  None, 'test-pod', None, None, None,
  note="kubectl describe pods on RancherOS (Jun 2016, hyperkube): the scheduler's row, noise; names the pod, not its namespace. Events with a Type column: kubelet about 1.3", kubelet='~1.3', fmt='event', cls='sched'),
C(K + "24513", r''' Fri, 02 Sep 2016 22:10:35 +0530       Fri, 02 Sep 2016 22:10:35 +0530 1       {kubelet 127.0.0.1}     implicitly required container POD       created         Created with docker id 24fad231ce9f9476de723841818cf874889f2e71aea95a12a415517c994ccf16''',
  None, None, None, 'POD', None,
  note="kubectl describe pod wordpress-y4zun (comment of Sep 2016, single-node, tabs pasted as spaces): the infra container 'POD' was created; 'created' is no reason of the table: noise. 1.0-era describe format with Docker 1.12", kubelet='~1.0', fmt='event', cls='create'),
C(K + "24513", r'''  Fri, 02 Sep 2016 20:09:13 +0530       Fri, 02 Sep 2016 22:10:35 +0530 729     {kubelet 127.0.0.1}                                             failedSync      Error syncing pod, skipping: API error (400): {"message":"starting container with HostConfig was deprecated since v1.10 and removed in v1.12"}''',
  None, None, None, None, 'FailedSync',
  note="next row: the pod's sync failed 729 times because Docker 1.12 refuses the old kubelet's start call; the event reason is failedSync and the row names no pod", kubelet='~1.0', fmt='event', cls='sync'),
C(C943, r'''Apr 26 12:21:10 smc-kube-scale-01.c.unique-caldron-775.internal kubelet[1844]: E0426 12:21:10.197688    1844 manager.go:309] NetworkPlugin cni failed on the status hook for pod 'getter-onkjo' - invalid CIDR address: Device "eth0" does not exist.''',
  None, 'getter-onkjo', None, None, None,
  note='calico scale test (Apr 2016): the dockertools status-hook error, judged benign in the thread (a race while the pod is torn down); names the pod by bare name. manager.go:309: kubelet 1.2', kubelet='~1.2', fmt='klog', cls='network'),
C(C952, r'''kubelet[2320]: E0428 10:30:04.003907    2320 manager.go:309] NetworkPlugin cni failed on the status hook for pod 'getter-kd3x7' - invalid CIDR address: Device "eth0" does not exist.''',
  None, 'getter-kd3x7', None, None, None,
  note='calico report (Apr 2016, K8s v1.2.0, CoreOS on GCE): the same benign status-hook error, pasted without the journal date and host', kubelet='1.2', fmt='klog', cls='network'),
C(CNI58, r'''Mar 03 04:13:31 ip-100-64-32-135.*** kubelet[10981]: E0303 04:13:31.355037   10981 manager.go:293] NetworkPlugin cni failed on the status hook for pod 'ubuntu' - invalid CIDR address:''',
  None, 'ubuntu', None, None, None,
  note="calico-cni report (Mar 2016, Kubernetes v1.2.0-alpha.8, host name masked by the reporter): status-hook error while the pod's eth0 is not up yet; noise", kubelet='1.2', fmt='klog', cls='network'),
C(CNI58, r'''Mar 03 04:24:21 ip-100-64-32-135.*** kubelet[10981]: E0303 04:24:21.571114   10981 manager.go:293] NetworkPlugin cni failed on the status hook for pod 'ubuntu' - invalid CIDR address: Device "eth0" does not exist.''',
  None, 'ubuntu', None, None, None,
  note='same pod, later; the maintainer calls it a startup race', kubelet='1.2', fmt='klog', cls='network'),
C(K + "47618", r'''Jun 15 21:51:52 k8s-agentpool1-79924091-2 docker[1565]: W0615 21:51:52.718090    1638 docker_sandbox.go:263] NetworkPlugin kubenet failed on the status hook for pod "nginx-306052057-7sw2h_namespace-32022": Unexpected command output nsenter: cannot open : No such file or directory''',
  'namespace-32022', 'nginx-306052057-7sw2h', None, None, None,
  note="acs-engine node (Jun 2017, Kubernetes 1.6.3): the kubelet runs in a docker container, so its lines carry the docker[pid] tag; kubenet's status hook lacks nsenter, a warning (noise) that names the pod as name_namespace", kubelet='1.6', fmt='klog', cls='network'),
C(OVN, r'''Feb 27 21:07:20 CLUSTA462L2 kubelet[43244]: W0227 21:07:20.083483 43244 docker_sandbox.go:340] failed to read pod IP from plugin/docker: NetworkPlugin cni failed on the status hook for pod "nginx-deployment-64f58cb897-682wl_default": Unexpected command output Device "eth0" does not exist.''',
  'default', 'nginx-deployment-64f58cb897-682wl', None, None, None,
  note="ovn-kubernetes report (Feb 2018): the dockershim cannot read the pod IP; a warning, not a sandbox failure (the pods' crash loop is reported elsewhere). docker_sandbox.go:340: kubelet about 1.9", kubelet='~1.9', fmt='klog', cls='network'),
C(K + "42735", r'''May 12 16:26:05 e2e-test-vishnuk-minion-group-tjr0 kubelet[1272]: W0512 16:26:05.488409    1272 pod_container_deletor.go:77] Container "2b9990b748a79c5eb711bedb61e7eb0c3767d81692f1d70933216ced7465542a" not found in pod's containers''',
  None, None, None, None, None,
  note="kubelet CNI nsenter thread, comment by a maintainer (May 2017, e2e test cluster): the container deletor's routine warning, names no pod; noise. Kubelet about 1.7 (master of May 2017)", kubelet='~1.7', fmt='klog', cls='noise'),
C(K + "42735", r'''May 12 16:26:05 e2e-test-vishnuk-minion-group-tjr0 kubelet[1272]: W0512 16:26:05.494757    1272 docker_sandbox.go:285] NetworkPlugin kubenet failed on the status hook for pod "kube-dns-autoscaler-2042644734-6vz7d_kube-system": Cannot find the network namespace, skipping pod network status for container {"docker" "faf66266a7e06c4e1e9f8ff99fb3ac133cd91f488b22747fe1d49e92a27c7108"}''',
  'kube-system', 'kube-dns-autoscaler-2042644734-6vz7d', None, None, None,
  note='next line: the kubenet status hook skips a dead infra container; a warning, noise, naming the pod as name_namespace', kubelet='~1.7', fmt='klog', cls='network'),
C(K + "42735", r'''May 12 16:26:05 e2e-test-vishnuk-minion-group-tjr0 kubelet[1272]: W0512 16:26:05.496795    1272 docker_sandbox.go:285] NetworkPlugin kubenet failed on the status hook for pod "kube-dns-autoscaler-2042644734-6vz7d_kube-system": Cannot find the network namespace, skipping pod network status for container {"docker" "1ebeef7ec432f322c949363a937c9647674825fd9a120e5768ee5eacf0c23f75"}''',
  'kube-system', 'kube-dns-autoscaler-2042644734-6vz7d', None, None, None,
  note='next line, another dead infra container of the same pod', kubelet='~1.7', fmt='klog', cls='network'),
C(K + "26245", r'''2h    1m      103     {kubelet xxx}   spec.containers{kube2sky}       Warning Unhealthy       Liveness probe failed: Get http://10.177.232.203:8080/healthz: read tcp 10.177.232.203:8080: use of closed network connection''',
  None, None, None, 'kube2sky', 'LivenessProbeFailed',
  note="skydns health-check thread (May 2016, kube-up; node name masked as 'xxx' by the reporter, tabs pasted as spaces): kube2sky's liveness probe fails 103 times; the row names the container only", kubelet='~1.2', fmt='event', cls='probe'),
C(K + "26245", r''' 2h    0s      77      {kubelet xxxx}   spec.containers{kube2sky}       Warning Unhealthy       Liveness probe failed: HTTP probe failed with statuscode: 503''',
  None, None, None, 'kube2sky', 'LivenessProbeFailed',
  note='next row: the same probe answered 503', kubelet='~1.2', fmt='event', cls='probe'),
C(K + "26245", r'''16m           16m             1       {kubelet xxx   spec.containers{kube2sky}       Normal          Killing         Killing container with docker id e9d8577b2c45: pod "kube-dns-v11-a3gx2_kube-system(0f326896-221b-11e6-8807-74dbd1802733)" container "kube2sky" is unhealthy, it will be killed and re-created.''',
  'kube-system', 'kube-dns-v11-a3gx2', '0f326896-221b-11e6-8807-74dbd1802733', 'kube2sky', 'LivenessProbeFailed',
  note="the Killing event for the failed liveness probe ('is unhealthy, it will be killed and re-created'); the table reads this message as LivenessProbeFailed, as for its other 'is unhealthy' rows. The reporter's paste lost the '}' after 'xxx'", kubelet='~1.2', fmt='event', cls='probe'),
C(K + "8042", r"""  23s	23s	1	{kubelet <my_ip_here>}	spec.containers{skydns}	Unhealthy	Readiness probe failed: Healthz probe error: Result of last exec: nslookup: can't resolve 'kubernetes.default.svc.cluster.local'""",
  None, None, None, 'skydns', 'ReadinessProbeFailed',
  note='skydns restart thread, comment of Feb 2016 (cluster/ubuntu, node IP masked by the reporter): the first physical line of a readiness-failure row whose message goes on over the next line; tab-separated as pasted. skydns:2015-10-13 image: kubelet about 1.1', kubelet='~1.1', fmt='event', cls='probe'),
C(K + "8042", r'''  23s	23s	1	{kubelet <my_ip_here>}	spec.containers{skydns}	Started		Started with docker id 04d52e33f1cc''',
  None, None, None, 'skydns', 'Started',
  note='a following row: skydns restarted', kubelet='~1.1', fmt='event', cls='start'),
C(K + "8042", r'''  14m	23s	29	{kubelet <my_ip_here>}	spec.containers{skydns}	Pulled		Container image "gcr.io/google_containers/skydns:2015-10-13-8c72f8c" already present on machine''',
  None, None, None, 'skydns', 'Pulled',
  note='next row: image already present (29 times)', kubelet='~1.1', fmt='event', cls='pull'),
C(K + "8042", r'''  23s	23s	1	{kubelet <my_ip_here>}	spec.containers{skydns}	Killing		Killing with docker id db6b2e8b071c''',
  None, None, None, 'skydns', 'Killing',
  note='next row: the old container is killed', kubelet='~1.1', fmt='event', cls='kill'),
C(K + "8042", r'''  23s	23s	1	{kubelet <my_ip_here>}	spec.containers{skydns}	Created		Created with docker id 04d52e33f1cc''',
  None, None, None, 'skydns', None,
  note="next row: container created; 'Created' is no reason of the table: noise", kubelet='~1.1', fmt='event', cls='create'),
C(K + "8042", r"""  13s	13s	1	{kubelet <my_ip_here>}	spec.containers{skydns}	Unhealthy	Readiness probe failed: Healthz probe error: Result of last exec: nslookup: can't resolve 'kubernetes.default.svc.cluster.local'""",
  None, None, None, 'skydns', 'ReadinessProbeFailed',
  note='next row: the readiness probe fails again (first physical line of the row)', kubelet='~1.1', fmt='event', cls='probe'),
    ]
