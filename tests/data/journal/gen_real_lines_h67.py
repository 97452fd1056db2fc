# Hunt 67 for the real-lines table (issue 13 item 3): a HELD-OUT set of real lines from kubernetes/kubernetes
# issues of 2015-2017 (kubelet 1.1 to 1.6: dockertools manager.go, pod_workers.go, kubelet.go, and the
# kubectl describe / get-events rows of the time), from threads the table did not cite before this file
# (kubernetes#15767, #17215, #19401, #19801, #21949, #41996: 0 hits in real_lines.jsonl and in every
# gen_real_lines_*.py). Runs of consecutive lines are kept whole where the thread shows them whole (noise
# included: a real journal holds mostly lines with no reason, and they must come out reason None); a line
# that the search excerpt cut short was left out, as was the bare continuation line "; Skipping pod ..." of
# kubernetes#19401 (the kubelet's message held a newline; alone, that line says nothing of why).
# Each line is copied exactly as its public source shows it (raw strings: backslashes and quotes are the
# line's own; the tab characters inside the kubectl-describe rows of kubernetes#17215 and #19801 are the
# rows' own tabs; the kubernetes#15767 lines are the kubelet's lines as docker's json-file driver wrapped
# them, as the thread shows them), with the source's URL, and each was seen twice (two different searches).
# Expected fields are what an SRE reads in the line itself, not what podpulse outputs. Node-level lines are
# never attributed to a pod. Before 1.5 the pod infra container was the sandbox; its failure to start was
# reported by the kubelet as RunContainerError (failed to "StartContainer" for "POD" with RunContainerError),
# as the table's other "Failed to create pod infra container" rows are labelled.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"


def HUNT_H67(C):
    return [
# ---------------------------------------------------------------- kubernetes#41996: kubectl get events of a fresh node (Feb 2017), a whole run of node rows
C(K + '41996', r'''5m         5m          1         127.0.0.1   Node                                 Normal    Starting                  kube-proxy, 127.0.0.1   Starting kube-proxy.''',
  None, None, None, None, None,
  note="sjenning's description (Feb 2017, journald docker logging driver): kubectl get events row, kube-proxy's Starting event for node 127.0.0.1; noise. The SOURCE column form 'kubelet, 127.0.0.1' (not '{kubelet 127.0.0.1}') is 1.6 or later; Feb 2017 master: about 1.6", kubelet='~1.6', fmt='event', cls='noise'),
C(K + '41996', r'''5m         5m          1         127.0.0.1   Node                                 Normal    Starting                  kubelet, 127.0.0.1      Starting kubelet.''',
  None, None, None, None, None,
  note="the next row: the kubelet's Starting event for its node; noise", kubelet='~1.6', fmt='event', cls='noise'),
C(K + '41996', r'''5m         5m          1         127.0.0.1   Node                                 Warning   ImageGCFailed             kubelet, 127.0.0.1      unable to find data for container /''',
  None, None, None, None, 'ImageGCFailed',
  note='the next row: Warning ImageGCFailed on the Node (cAdvisor had no stats yet for the root container); node-level, names no pod', kubelet='~1.6', fmt='event', cls='node'),
C(K + '41996', r'''5m         5m          2         127.0.0.1   Node                                 Normal    NodeHasSufficientDisk     kubelet, 127.0.0.1      Node 127.0.0.1 status is now: NodeHasSufficientDisk''',
  None, None, None, None, None,
  note='the next row: NodeHasSufficientDisk, a healthy condition; noise', kubelet='~1.6', fmt='event', cls='noise'),
C(K + '41996', r'''5m         5m          2         127.0.0.1   Node                                 Normal    NodeHasSufficientMemory   kubelet, 127.0.0.1      Node 127.0.0.1 status is now: NodeHasSufficientMemory''',
  None, None, None, None, None,
  note='the next row: NodeHasSufficientMemory, a healthy condition; noise (the row after it is cut in the thread and left out)', kubelet='~1.6', fmt='event', cls='noise'),
# ---------------------------------------------------------------- kubernetes#17215: kubectl describe pod mysql-6a6hl (Dec 2015, kubelet 1.1.1), tab-separated event rows
C(K + '17215', r'''  Fri, 18 Dec 2015 21:18:44 +0000	Fri, 18 Dec 2015 21:18:44 +0000	1	{kubelet 127.0.0.1}	implicitly required container POD	pulled		Pod container image "gcr.io/google_containers/pause:0.8.0" already present on machine''',
  None, None, None, 'POD', 'Pulled',
  note="dvohra's comment (Dec 2015; title: kubernetes 1.1.1): the pause image already present for the implicitly required container POD, the 1.1 form of the Pulled event ('pulled'); the row names no pod (mysql-6a6hl is in the describe header)", kubelet='1.1', fmt='event', cls='pull'),
C(K + '17215', r'''  Fri, 18 Dec 2015 21:18:44 +0000	Fri, 18 Dec 2015 21:18:44 +0000	1	{kubelet 127.0.0.1}	implicitly required container POD	created		Created with docker id 03a27437c90c''',
  None, None, None, 'POD', None,
  note="the next row: 'created Created with docker id ...' for the POD container; noise (the table's other 'Created with docker id' rows are None)", kubelet='1.1', fmt='event', cls='noise'),
C(K + '17215', r'''  Fri, 18 Dec 2015 21:18:44 +0000	Fri, 18 Dec 2015 21:18:44 +0000	1	{scheduler }							scheduled	Successfully assigned mysql-6a6hl to 127.0.0.1''',
  None, 'mysql-6a6hl', None, None, None,
  note="the next row: the scheduler's 'Successfully assigned mysql-6a6hl to 127.0.0.1'; names the pod, no namespace; noise", kubelet='1.1', fmt='event', cls='noise'),
C(K + '17215', r'''  Fri, 18 Dec 2015 21:18:45 +0000	Fri, 18 Dec 2015 21:18:45 +0000	1	{kubelet 127.0.0.1}	implicitly required container POD	started		Started with docker id 03a27437c90c''',
  None, None, None, 'POD', 'Started',
  note="the next row: 'started Started with docker id ...' for the POD container, the 1.1 form of the Started event", kubelet='1.1', fmt='event', cls='start'),
# ---------------------------------------------------------------- kubernetes#19801: kubectl describe wide-hello-er36i (Jan 2016), tab-separated event rows
C(K + '19801', r'''  FirstSeen	LastSeen	Count	From			SubobjectPath		Type		Reason		Message''',
  None, None, None, None, None,
  note="timothysc's description (Jan 2016, kubelet from master after PR 19436, with the event Type column added in 1.2: about 1.2): the Events header row; noise", kubelet='~1.2', fmt='event', cls='noise'),
C(K + '19801', r'''  23m		23m		1	{default-scheduler }				Normal		Scheduled	Successfully assigned wide-hello-er36i to 127.0.0.1''',
  None, 'wide-hello-er36i', None, None, None,
  note="the scheduler's Scheduled row: names the pod, no namespace; noise (the dashes row between header and this row is left out)", kubelet='~1.2', fmt='event', cls='noise'),
C(K + '19801', r'''  10m		10m		1	{kubelet 127.0.0.1}	spec.containers{hello}	Normal		Created		Created container with docker id 0cd17636f733''',
  None, None, None, 'hello', None,
  note='Normal Created for spec.containers{hello}; noise', kubelet='~1.2', fmt='event', cls='noise'),
C(K + '19801', r'''  10m		10m		1	{kubelet 127.0.0.1}	spec.containers{hello}	Warning		Failed		Failed to start container with docker id 0cd17636f733 with error: API error (500): Cannot start container 0cd17636f7334a0481053ceecc64851a1119e332ce8c0172c7de02a157e68018: [8] System error: open /sys/fs/cgroup/cpu,cpuacct/system.slice/docker-0cd17636f7334a0481053ceecc64851a1119e332ce8c0172c7de02a157e68018.scope/cpu.shares: no such file or directory''',
  None, None, None, 'hello', 'RunContainerError',
  note="Warning Failed: docker could not start the container (cgroup cpu.shares file missing, a docker/systemd race); a container that was created but failed to start is RunContainerError (rules.rs's own test maps 'Cannot start container ... cpu.shares: no such file or directory' so)", kubelet='~1.2', fmt='event', cls='start-fail'),
C(K + '19801', r'''  10m	10m	1	{kubelet 127.0.0.1}				Warning	FailedSync	Error syncing pod, skipping: not all containers have started: 0 != 1''',
  None, None, None, None, 'FailedSync',
  note="after a blank line: Warning FailedSync 'Error syncing pod, skipping: not all containers have started: 0 != 1'; the generic sync failure, no pod named in the row", kubelet='~1.2', fmt='event', cls='sync'),
C(K + '19801', r''' 11m	8m	2	{kubelet 127.0.0.1}	spec.containers{hello}	Normal	Pulling		pulling image "openshift/hello-openshift:latest"''',
  None, None, None, 'hello', 'Pulling',
  note='Normal Pulling \'pulling image "openshift/hello-openshift:latest"\' for spec.containers{hello}; the row begins with one space, as the thread shows it', kubelet='~1.2', fmt='event', cls='pull'),
# ---------------------------------------------------------------- kubernetes#19401: kubelet lines in syslog (Jan 2016, Debian 8, salt install)
C(K + '19401', r'''I0107 18:56:58.932311   18723 server.go:806] Event(api.ObjectReference{Kind:"Node", Namespace:"", Name:"kubernetes-master", UID:"kubernetes-master", APIVersion:"", ResourceVersion:"", FieldPath:""}): type: 'Warning' reason: 'MissingClusterDNS' kubelet does not have ClusterDNS IP configured and cannot create Pod using "ClusterFirst" policy. pod: "etcd-server-kubernetes-master_kube-system(89bcb3ce2e0d539d8532f98175510b71)". Falling back to DNSDefault policy.''',
  'kube-system', 'etcd-server-kubernetes-master', '89bcb3ce2e0d539d8532f98175510b71', None, None,
  note="imkin's description (Jan 2016): the kubelet's own event line, Warning MissingClusterDNS on the Node object; its message names the static pod as name_namespace(uid) (the uid is the static pod's config hash). Not a failure: the pod falls back to the Default DNS policy, so no reason. Event type: 'Warning' is 1.2 or later: about 1.2", kubelet='~1.2', fmt='klog', cls='noise'),
C(K + '19401', r'''E0107 18:56:59.185348   18723 manager.go:1815] Failed to create pod infra container: API error (500): Cannot start container 1ae6995b428f073eaaf38714e9f38f41fae296a6a196e6777bd1bc914f7f7268: [8] System error: Unit name /-1ae6995b428f073eaaf38714e9f38f41fae296a6a196e6777bd1bc914f7f7268.scope is not valid.''',
  None, None, None, None, 'RunContainerError',
  note='the next line: the pod infra container could not start (docker: systemd unit name for the scope not valid); the kubelet\'s message holds a newline, so this physical line ends before \'; Skipping pod "kube-controller-manager-kubernetes-master_kube-system(...)"\' and names no pod. Infra container failures before CRI are RunContainerError as in the table\'s other such rows', kubelet='~1.2', fmt='klog', cls='start-fail'),
C(K + '19401', r'''I0107 18:56:59.185383   18723 kubelet.go:3100] Generating status for "kube-controller-manager-kubernetes-master_kube-system(09c1cb5ffc657b84eb07d6e45e858857)"''',
  'kube-system', 'kube-controller-manager-kubernetes-master', '09c1cb5ffc657b84eb07d6e45e858857', None, None,
  note='after the continuation line: \'Generating status for "<name>_<ns>(<uid>)"\'; status bookkeeping, noise', kubelet='~1.2', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#21949: kubelet log with a read-only /var/lib/docker (Feb 2016, kube-dns-v8)
C(K + '21949', r'''E0225 00:17:10.746382   15900 pod_workers.go:112] Error syncing pod 1b068963-db55-11e5-a8d0-0021ccbc6e84, skipping: open /var/lib/docker/containers/f111f271444a7a9a1b774696d922f5043b5a456b0e177ecc2a588f19819949a5/resolv.conf: read-only file system''',
  None, None, '1b068963-db55-11e5-a8d0-0021ccbc6e84', None, 'FailedSync',
  note="gemoya's log (Feb 2016, containerized kubelet with /var/lib/docker mounted read-only): 'Error syncing pod <uid>, skipping: open .../resolv.conf: read-only file system'; the uid-only form of 1.1's pod_workers.go (pod_workers.go:112, kube-dns-v8: about 1.1); the line reports a generic sync failure, so FailedSync with the uid only", kubelet='~1.1', fmt='klog', cls='sync'),
C(K + '21949', r'''E0225 00:17:14.006667   15900 manager.go:1599] resolv.conf could not be updated. err:open /var/lib/docker/containers/3822e61d6c58246e66d53a766dc49ff91b38b6b8dc2dbf97b219b73a5d9ad67c/resolv.conf: read-only file system''',
  None, None, None, None, None,
  note="the next line: 'resolv.conf could not be updated' for a container id; names no pod and is the detail before the infra-container failure reported by the next line: no reason of its own", kubelet='~1.1', fmt='klog', cls='noise'),
C(K + '21949', r'''E0225 00:17:14.007012   15900 manager.go:1864] Failed to create pod infra container: open /var/lib/docker/containers/3822e61d6c58246e66d53a766dc49ff91b38b6b8dc2dbf97b219b73a5d9ad67c/resolv.conf: read-only file system; Skipping pod "kube-dns-v8-73kcd_kube-system"''',
  'kube-system', 'kube-dns-v8-73kcd', None, None, 'RunContainerError',
  note='the next line: \'Failed to create pod infra container: ...; Skipping pod "kube-dns-v8-73kcd_kube-system"\', the 1.1 name_namespace form without uid', kubelet='~1.1', fmt='klog', cls='start-fail'),
C(K + '21949', r'''E0225 00:17:14.089296   15900 pod_workers.go:112] Error syncing pod 1b068963-db55-11e5-a8d0-0021ccbc6e84, skipping: open /var/lib/docker/containers/3822e61d6c58246e66d53a766dc49ff91b38b6b8dc2dbf97b219b73a5d9ad67c/resolv.conf: read-only file system''',
  None, None, '1b068963-db55-11e5-a8d0-0021ccbc6e84', None, 'FailedSync',
  note="the next line: the same pod's sync failure again (uid only)", kubelet='~1.1', fmt='klog', cls='sync'),
C(K + '21949', r'''I0225 00:17:21.804850   15900 provider.go:91] Refreshing cache for provider: *credentialprovider.defaultDockerConfigProvider''',
  None, None, None, None, None,
  note="the next line: the credential provider's cache refresh; noise", kubelet='~1.1', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#15767: containerized kubelet log as docker json-file lines (Oct 2015)
C(K + '15767', r'''{"log":"I1016 06:53:46.433778    8104 kubelet.go:1969] SyncLoop (ADD, \"api\"): \"busybox2_default\"\n","stream":"stderr","time":"2015-10-16T06:53:46.43437725Z"}''',
  'default', 'busybox2', None, None, None,
  note='dalanlan\'s description (Oct 2015, containerized kubelet, /var/lib/docker mounted read-only): the kubelet\'s line inside docker\'s json-file wrapper, as the thread shows it; SyncLoop (ADD, "api") for "busybox2_default" (the 1.1 name_namespace form, no uid); noise. kubelet.go:1969 and the date: about 1.1', kubelet='~1.1', fmt='klog', cls='noise'),
C(K + '15767', r'''{"log":"I1016 06:53:46.439902    8104 manager.go:1714] Need to restart pod infra container for \"busybox2_default\" because it is not found\n","stream":"stderr","time":"2015-10-16T06:53:46.441016223Z"}''',
  'default', 'busybox2', None, None, None,
  note='the next line: \'Need to restart pod infra container for "busybox2_default" because it is not found\'; normal first start, noise', kubelet='~1.1', fmt='klog', cls='noise'),
C(K + '15767', r'''{"log":"E1016 06:54:06.571164    8104 manager.go:1606] resolv.conf could not be updated. err:open /var/lib/docker/containers/b2581450deb17be3f77d6dc3b8059c0f08c65836ead9fc0b7bdb52ee16b3a878/resolv.conf: read-only file system\n","stream":"stderr","time":"2015-10-16T06:54:06.573697416Z"}''',
  None, None, None, None, None,
  note="the next line: 'resolv.conf could not be updated' for a container id; names no pod; the failure is reported by the next line", kubelet='~1.1', fmt='klog', cls='noise'),
C(K + '15767', r'''{"log":"E1016 06:54:06.571264    8104 manager.go:1868] Failed to create pod infra container: open /var/lib/docker/containers/b2581450deb17be3f77d6dc3b8059c0f08c65836ead9fc0b7bdb52ee16b3a878/resolv.conf: read-only file system; Skipping pod \"busybox2_default\"\n","stream":"stderr","time":"2015-10-16T06:54:06.579055226Z"}''',
  'default', 'busybox2', None, None, 'RunContainerError',
  note='the next line: \'Failed to create pod infra container: open .../resolv.conf: read-only file system; Skipping pod "busybox2_default"\'', kubelet='~1.1', fmt='klog', cls='start-fail'),
    ]
