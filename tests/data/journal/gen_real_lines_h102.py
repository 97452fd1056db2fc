# Hunt 102 for the real-lines table (issue 13 item 3): a HELD-OUT set of kubelet, dockershim-era and
# kubectl-event lines from GitHub threads opened in 2016-2018 (kubelet 1.2-1.11) that the table did not
# cite before: kubernetes#39028, #36502, #55094, #49880, #64702, #23584, rook/rook#2255,
# kairen/kubeadm-ansible#31, openshift/origin#7824 and OpenShiftDemos/gogs-openshift-docker#22. Whole
# runs of consecutive lines were taken where the thread pastes them, noise and successes included, as an
# SRE would paste them. Same rules as gen_real_lines_h8.py and the older files: each line is copied
# exactly as its public source shows it (raw strings: backslashes and quotes are the line's own; the
# column spacing of the kubectl rows is the thread's own), with the source's URL, and each was seen
# twice (two different searches returning the same text). Expected fields are what an SRE reads in the
# line itself, not what podpulse outputs: a pod named without its namespace has ns None, a uid alone has
# pod None, and node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
ROOK = "https://github.com/rook/rook/issues/2255"
KAN = "https://github.com/kairen/kubeadm-ansible/issues/31"
OR7824 = "https://github.com/openshift/origin/issues/7824"
GOGS = "https://github.com/OpenShiftDemos/gogs-openshift-docker/issues/22"


def HUNT_H102(C):
    return [
# ---------------------------------------------------------------- kubernetes#39028 (Mar 2017 comment, CoreOS kubelet-wrapper, dockershim-era docker_manager.go): a container start that timed out
C(K + "39028", r'''Mar 07 15:12:16 ip-10-56-147-170.thomac.net kubelet-wrapper[1558]: I0307 15:12:16.136584    1558 operation_executor.go:917] MountVolume.SetUp succeeded for volume "kubernetes.io/secret/56b943a3-0348-11e7-9c33-024bab486553-default-token-z32z7" (spec.Name: "default-token-z32z7") pod "56b943a3-0348-11e7-9c33-024bab486553" (UID: "56b943a3-0348-11e7-9c33-024bab486553").''',
  None, None, '56b943a3-0348-11e7-9c33-024bab486553', None, None,
  note="dimpavloff's comment (Mar 2017, CoreOS kubelet-wrapper): the service-account token volume mounted, a success; the 1.5 form names the pod only by its uid (pod \"<uid>\"). operation_executor.go:917 with docker_manager.go:2324 and pod_workers.go:184 below: 1.5", kubelet='~1.5', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(K + "39028", r'''Mar 07 15:12:17 ip-10-56-147-170.thomac.net kubelet-wrapper[1558]: I0307 15:12:17.139057    1558 operation_executor.go:917] MountVolume.SetUp succeeded for volume "kubernetes.io/secret/56b943a3-0348-11e7-9c33-024bab486553-default-token-z32z7" (spec.Name: "default-token-z32z7") pod "56b943a3-0348-11e7-9c33-024bab486553" (UID: "56b943a3-0348-11e7-9c33-024bab486553").''',
  None, None, '56b943a3-0348-11e7-9c33-024bab486553', None, None,
  note='the next line: the same volume re-verified a second later, still a success', kubelet='~1.5', fmt='klog', cls='volume-trap', trap_for=['FailedMount']),
C(K + "39028", r'''Mar 07 15:14:35 ip-10-56-147-170.thomac.net kubelet-wrapper[1558]: E0307 15:14:35.456471    1558 docker_manager.go:2324] container start failed: RunContainerError: runContainer: operation timeout: context deadline exceeded''',
  None, None, None, None, 'RunContainerError',
  note="the next line: dockershim's docker_manager could not start a container within its timeout (RunContainerError); the line names no pod or container", kubelet='~1.5', fmt='klog', cls='start'),
C(K + "39028", r'''Mar 07 15:14:35 ip-10-56-147-170.thomac.net kubelet-wrapper[1558]: E0307 15:14:35.456710    1558 pod_workers.go:184] Error syncing pod c87dfaea-0347-11e7-9c33-024bab486553, skipping: failed to "StartContainer" for "prometheus" with RunContainerError: "runContainer: operation timeout: context deadline exceeded"''',
  None, None, 'c87dfaea-0347-11e7-9c33-024bab486553', 'prometheus', 'RunContainerError',
  note='the next line: the pod sync reports the same start failure for container prometheus, with the pod named only by its uid (1.5 form)', kubelet='~1.5', fmt='klog', cls='start'),
# ---------------------------------------------------------------- kubernetes#36502 (Nov 2016, GCE scalability e2e run, kubelet log without journald prefix)
C(K + "36502", r'''I1020 09:45:05.450111    3643 kubelet.go:1592] SyncLoop (ADD, "api"): "load-medium-rc-11-4qcqh_e2e-tests-load-30-nodepods-1-t608t(e14812a5-96a9-11e6-b89e-42010af00002)"''',
  'e2e-tests-load-30-nodepods-1-t608t', 'load-medium-rc-11-4qcqh', 'e14812a5-96a9-11e6-b89e-42010af00002', None, None,
  note="wojtek-t's description 'Pod didn't start on Kubelet.' (Nov 2016, kubernetes-e2e-gce-scalability run 11517): the pod arrives from the API server, routine. kubelet.go:1592 with docker_manager.go:1941/2154: 1.5 development (Oct 2016 head)", kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "36502", r'''I1020 09:45:05.751174    3643 docker_manager.go:1941] Need to restart pod infra container for "load-medium-rc-11-4qcqh_e2e-tests-load-30-nodepods-1-t608t(e14812a5-96a9-11e6-b89e-42010af00002)" because it is not found''',
  'e2e-tests-load-30-nodepods-1-t608t', 'load-medium-rc-11-4qcqh', 'e14812a5-96a9-11e6-b89e-42010af00002', None, None,
  note='the next line: a new pod gets its infra container, routine', kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "36502", r'''E1020 09:47:05.837740    3643 docker_manager.go:2154] Failed to create pod infra container: RunContainerError; Skipping pod "load-medium-rc-11-4qcqh_e2e-tests-load-30-nodepods-1-t608t(e14812a5-96a9-11e6-b89e-42010af00002)": runContainer: operation timeout: context deadline exceeded''',
  'e2e-tests-load-30-nodepods-1-t608t', 'load-medium-rc-11-4qcqh', 'e14812a5-96a9-11e6-b89e-42010af00002', None, 'RunContainerError',
  note="the next line, two minutes later: docker did not start the infra container in time; the line states RunContainerError (the table's precedent for this docker_manager form, kubernetes#30363)", kubelet='~1.5', fmt='klog', cls='start'),
C(K + "36502", r'''I1020 09:47:17.088461    3643 docker_manager.go:1941] Need to restart pod infra container for "load-medium-rc-11-4qcqh_e2e-tests-load-30-nodepods-1-t608t(e14812a5-96a9-11e6-b89e-42010af00002)" because it is not found''',
  'e2e-tests-load-30-nodepods-1-t608t', 'load-medium-rc-11-4qcqh', 'e14812a5-96a9-11e6-b89e-42010af00002', None, None,
  note='the next line: the retry, routine again', kubelet='~1.5', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- rook/rook#2255 (Nov 2018, CoreOS kubelet-wrapper, CephFS pods stuck): the runtime stops answering
C(ROOK, r'''Nov 02 19:27:21 ip-10-0-6-103.ec2.internal kubelet-wrapper[3132]: E1102 19:27:21.386276    3132 remote_runtime.go:278] ContainerStatus "cf5ce0f1e8283323773c49edea9762e8d72d04865de332da43336b57b68f533b" from runtime service failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, None,
  note="Capitrium's description (Nov 2018, rook CephFS, CoreOS kubelet-wrapper): a container status query to dockershim timed out; a status read, no pod reason (as the table's other 'from runtime service failed: DeadlineExceeded' lines). remote_runtime.go:278, kuberuntime_manager.go:874 and pod_workers.go:186: 1.11/1.12", kubelet='~1.11', fmt='klog', cls='noise'),
C(ROOK, r'''Nov 02 19:27:21 ip-10-0-6-103.ec2.internal kubelet-wrapper[3132]: E1102 19:27:21.386325    3132 kuberuntime_container.go:416] ContainerStatus for cf5ce0f1e8283323773c49edea9762e8d72d04865de332da43336b57b68f533b error: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, None,
  note='the next line: the same status read failing one layer up; names only a container id', kubelet='~1.11', fmt='klog', cls='noise'),
C(ROOK, r'''Nov 02 19:27:21 ip-10-0-6-103.ec2.internal kubelet-wrapper[3132]: E1102 19:27:21.386334    3132 kuberuntime_manager.go:874] getPodContainerStatuses for pod "97b67ee0-ba97-4768-b12f-f76a767eadef-6487ccc76-flwhb_staging(b2cf2996-ded3-11e8-bde9-0adb53589e2c)" failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  'staging', '97b67ee0-ba97-4768-b12f-f76a767eadef-6487ccc76-flwhb', 'b2cf2996-ded3-11e8-bde9-0adb53589e2c', None, None,
  note="the next line: the pod's container statuses could not be read (name_namespace(uid) form); a status read, no reason (table precedent for getPodContainerStatuses lines)", kubelet='~1.11', fmt='klog', cls='noise'),
C(ROOK, r'''Nov 02 19:27:21 ip-10-0-6-103.ec2.internal kubelet-wrapper[3132]: E1102 19:27:21.386349    3132 generic.go:241] PLEG: Ignoring events for pod 97b67ee0-ba97-4768-b12f-f76a767eadef-6487ccc76-flwhb/staging: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  'staging', '97b67ee0-ba97-4768-b12f-f76a767eadef-6487ccc76-flwhb', None, None, None,
  note="the next line: PLEG skips this pod's events for now; generic.go of this era prints pod.Name/pod.Namespace (name first, as the line above confirms: namespace staging). A per-pod PLEG relist miss, not the node's 'PLEG is not healthy'", kubelet='~1.11', fmt='klog', cls='pleg-trap', trap_for=['PlegNotHealthy']),
# ---------------------------------------------------------------- kairen/kubeadm-ansible#31 (Jun 2018, kubeadm 1.10 with flannel): a whole kubectl describe Events block
C(KAN, r'''  Normal   Scheduled               49s                 default-scheduler  Successfully assigned kube-dns-598d7bf7d4-2f5hd to myvm2''',
  None, 'kube-dns-598d7bf7d4-2f5hd', None, None, None,
  note="dberuben's description 'kube-dns issue' (Jun 2018, kubeadm-ansible, flannel): the scheduler's row; the pre-1.12 message names the pod without its namespace. The thread's follow-up names 1.10.5 (kubernetes#65526 by the same commenter); the block's SuccessfulMountVolume rows are 1.9/1.10", kubelet='~1.10', fmt='event', cls='noise'),
C(KAN, r'''  Normal   SuccessfulMountVolume   49s                 kubelet, myvm2     MountVolume.SetUp succeeded for volume "kube-dns-config"''',
  None, None, None, None, None,
  note='the next row: a config map volume mounted, a success that names MountVolume.SetUp', kubelet='~1.10', fmt='event', cls='volume-trap', trap_for=['FailedMount']),
C(KAN, r'''  Normal   SuccessfulMountVolume   49s                 kubelet, myvm2     MountVolume.SetUp succeeded for volume "kube-dns-token-mwz9h"''',
  None, None, None, None, None,
  note='the next row: the service-account token volume mounted, a success', kubelet='~1.10', fmt='event', cls='volume-trap', trap_for=['FailedMount']),
C(KAN, r'''  Normal   SandboxChanged          32s (x11 over 47s)  kubelet, myvm2     Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note='the next row: the sandbox is re-created (a consequence of the failures below, not itself a failure reason in rules.rs)', kubelet='~1.10', fmt='event', cls='noise'),
C(KAN, r'''  Warning  FailedCreatePodSandBox  31s (x12 over 48s)  kubelet, myvm2     Failed create pod sandbox: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "kube-dns-598d7bf7d4-2f5hd_kube-system" network: open /run/flannel/subnet.env: no such file or directory''',
  'kube-system', 'kube-dns-598d7bf7d4-2f5hd', None, None, 'FailedCreatePodSandBox',
  note="the next row: the sandbox cannot be created because flannel's subnet.env is missing; the message names the pod as name_namespace", kubelet='~1.10', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- kubernetes#55094 (Nov 2017, kubeadm, kube-dns stuck): kubectl describe Events with node-authorizer refusals
C(K + "55094", r'''  Normal   SandboxChanged          4h (x14 over 4h)   kubelet, k8s-node-4  Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note="jamesbuckett's comment (Nov 2017, kubeadm cluster, kube-dns in ContainerCreating): the sandbox is re-created, a consequence, not a reason. The node authorizer's 'no path found to object' and the SuccessfulMountVolume rows put the kubelet at 1.8 (the thread's kubeadm)", kubelet='~1.8', fmt='event', cls='noise'),
C(K + "55094", r'''  Warning  FailedSync              3h (x32 over 4h)   kubelet, k8s-node-4  Error syncing pod''',
  None, None, None, None, 'FailedSync',
  note='the next row: the 1.8 FailedSync event with its bare message; names no pod', kubelet='~1.8', fmt='event', cls='sync'),
C(K + "55094", r'''  Warning  FailedMount             24m                kubelet, k8s-node-4  MountVolume.SetUp failed for volume "kube-dns-config" : configmaps "kube-dns" is forbidden: User "system:node:k8s-node-4" cannot get configmaps in the namespace "kube-system": no path found to object''',
  None, None, None, None, 'FailedMount',
  note="the next row: the config map volume cannot be set up because the node authorizer refuses the kubelet (the pod is not yet bound to the node in its graph); a volume failure, not a node AuthError: the refusal is about this pod's volume. 'kube-dns' is the config map, not the pod", kubelet='~1.8', fmt='event', cls='volume'),
C(K + "55094", r'''  Warning  FailedMount             24m                kubelet, k8s-node-4  MountVolume.SetUp failed for volume "kube-dns-token-k2ngq" : secrets "kube-dns-token-k2ngq" is forbidden: User "system:node:k8s-node-4" cannot get secrets in the namespace "kube-system": no path found to object''',
  None, None, None, None, 'FailedMount',
  note='the next row: the same refusal for the service-account token secret', kubelet='~1.8', fmt='event', cls='volume'),
C(K + "55094", r'''  Normal   SuccessfulMountVolume   24m                kubelet, k8s-node-4  MountVolume.SetUp succeeded for volume "kube-dns-config"''',
  None, None, None, None, None,
  note='the next row: the retry mounted the config map, a success', kubelet='~1.8', fmt='event', cls='volume-trap', trap_for=['FailedMount']),
C(K + "55094", r'''  Normal   SuccessfulMountVolume   24m                kubelet, k8s-node-4  MountVolume.SetUp succeeded for volume "kube-dns-token-k2ngq"''',
  None, None, None, None, None,
  note='the next row: the token secret mounted too, a success', kubelet='~1.8', fmt='event', cls='volume-trap', trap_for=['FailedMount']),
# ---------------------------------------------------------------- kubernetes#49880 (Jul 2017, hack/local-up-cluster.sh from master, /tmp/kubelet.log): the node authorizer refuses a volume's config map
C(K + "49880", r'''I0731 16:28:41.786486   12184 empty_dir.go:256] pod 4d7ce016-760d-11e7-9ab2-fa163e060fcc: mounting tmpfs for volume wrapped_kube-dns-token-j73mf''',
  None, None, '4d7ce016-760d-11e7-9ab2-fa163e060fcc', None, None,
  note="xing-yang's description (Jul 2017, local-up-cluster from master, the 1.8 development cycle): the secret volume's tmpfs is mounted for the pod named by uid, routine", kubelet='~1.8', fmt='klog', cls='noise'),
C(K + "49880", r'''I0731 16:28:41.786503   12184 mount_linux.go:118] Mounting cmd (mount) with arguments ([-t tmpfs tmpfs /var/lib/kubelet/pods/4d7ce016-760d-11e7-9ab2-fa163e060fcc/volumes/kubernetes.io~secret/kube-dns-token-j73mf])''',
  None, None, '4d7ce016-760d-11e7-9ab2-fa163e060fcc', None, None,
  note="the next line: the mount command itself, routine; the pod uid is read from the volume path (the table's precedent for /var/lib/kubelet/pods/<uid>/ paths)", kubelet='~1.8', fmt='klog', cls='noise'),
C(K + "49880", r'''E0731 16:28:41.789256   12184 configmap.go:202] Couldn't get configMap kube-system/kube-dns: configmaps "kube-dns" is forbidden: User "system:node:127.0.0.1" cannot get configmaps in the namespace "kube-system".: "no path found to object"''',
  None, None, None, None, 'FailedMount',
  note="the next line: the config map volume plugin cannot read its config map (node authorizer refusal), so the volume's SetUp fails (the next, cut line of the paste is that MountVolume.SetUp failure); kube-system/kube-dns is the config map, not a pod (table precedent: 'Couldn't get configMap' lines are FailedMount with no pod)", kubelet='~1.8', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- kubernetes#64702 (Jun 2018, private registry, helm chart): the head of a kubectl describe Events block
C(K + "64702", r'''  Normal   Scheduled              1m                 default-scheduler        Successfully assigned patsexecutor-56bf85dfb-k9929 to k8s-worker-166''',
  None, 'patsexecutor-56bf85dfb-k9929', None, None, None,
  note="tutaidalal's comment (Jun 2018): the scheduler's row, the pre-1.12 form that names the pod without its namespace; routine. SuccessfulMountVolume rows and the date: about 1.10", kubelet='~1.10', fmt='event', cls='noise'),
C(K + "64702", r'''  Normal   SuccessfulMountVolume  1m                 kubelet, k8s-worker-166  MountVolume.SetUp succeeded for volume "patsjobs"''',
  None, None, None, None, None,
  note='the next row: a volume mounted, a success that names MountVolume.SetUp', kubelet='~1.10', fmt='event', cls='volume-trap', trap_for=['FailedMount']),
# ---------------------------------------------------------------- openshift/origin#7824 (Apr 2017 comment, OpenShift Origin 1.5 on kube 1.5): oc get events rows of a crash-looping postgresql pod
C(OR7824, r'''18m       19m       4         postgresql-1-t199e   Pod                                     Warning   FailedSync   {kubelet node238.localnet.net}   Error syncing pod, skipping: failed to "StartContainer" for "postgresql" with CrashLoopBackOff: "Back-off 40s restarting failed container=postgresql pod=postgresql-1-t199e_test2(5e7b1fd3-1a01-11e7-8237-005056b6143a)"''',
  'test2', 'postgresql-1-t199e', '5e7b1fd3-1a01-11e7-8237-005056b6143a', 'postgresql', 'CrashLoopBackOff',
  note="akamalov's comment (Apr 2017, OpenShift Origin, get-events columns): the FailedSync event whose cause is the container's crash-loop back-off; the message names container and pod as name_namespace(uid). 'Created container with docker id ...; Security:[seccomp=unconfined]' is the 1.5 dockertools form", kubelet='~1.5', fmt='event', cls='crashloop'),
C(OR7824, r'''18m       18m       1         postgresql-1-t199e   Pod       spec.containers{postgresql}   Normal    Created      {kubelet node238.localnet.net}   Created container with docker id a8acbe218e6b; Security:[seccomp=unconfined]''',
  None, 'postgresql-1-t199e', None, 'postgresql', None,
  note="the next row: the container is created again, routine (no 'Created' reason in rules.rs); the NAME column names the pod, the field path the container (table precedent for these get-events rows)", kubelet='~1.5', fmt='event', cls='noise'),
C(OR7824, r'''18m       18m       1         postgresql-1-t199e   Pod       spec.containers{postgresql}   Normal    Started      {kubelet node238.localnet.net}   Started container with docker id a8acbe218e6b''',
  None, 'postgresql-1-t199e', None, 'postgresql', 'Started',
  note='the next row: the container started', kubelet='~1.5', fmt='event', cls='start'),
C(OR7824, r'''16m       18m       7         postgresql-1-t199e   Pod                                     Warning   FailedSync   {kubelet node238.localnet.net}   Error syncing pod, skipping: failed to "StartContainer" for "postgresql" with CrashLoopBackOff: "Back-off 1m20s restarting failed container=postgresql pod=postgresql-1-t199e_test2(5e7b1fd3-1a01-11e7-8237-005056b6143a)"''',
  'test2', 'postgresql-1-t199e', '5e7b1fd3-1a01-11e7-8237-005056b6143a', 'postgresql', 'CrashLoopBackOff',
  note='the next row: the back-off has doubled to 1m20s, still a crash loop', kubelet='~1.5', fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- OpenShiftDemos/gogs-openshift-docker#22 (Mar 2018, OpenShift on RHEL 7.3): probe event messages as pasted
C(GOGS, r'''Readiness probe failed: Get http://172.17.0.7:3000/: dial tcp 172.17.0.7:3000: getsockopt: connection refused''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="deepjyotsingh's description (Mar 2018; the same text was filed as siamaksade/openshift-jenkins-demo#82): the Unhealthy event's message alone, under a line 'Unhealthy'; the Gogs server was not listening yet. Names no pod. The 'getsockopt:' form is Go before 1.11 (kubelet 1.11 or older); OpenShift 3.x on RHEL 7.3, version not stated", fmt='event', cls='probe'),
C(GOGS, r'''Liveness probe failed: Get http://172.17.0.7:3000/: dial tcp 172.17.0.7:3000: getsockopt: connection refused''',
  None, None, None, None, 'LivenessProbeFailed',
  note='the next message: the liveness probe on the same port fails the same way', fmt='event', cls='probe'),
# ---------------------------------------------------------------- kubernetes#23584 (Mar 2016, CoreOS kubelet-wrapper): the 1.2 dockertools pull failure
C(K + "23584", r'''Mar 29 15:18:05 minion1 kubelet-wrapper[773]: W0329 15:18:04.577928     773 manager.go:1897] Failed to pull image "gcr.io/google_containers/guestbook:v2" from pod "guestbook-jbp6n_default" and container "guestbook": image pull failed for gcr.io/google_containers/guestbook:v2, this may be because there are no credentials on this request.  details: (Tag v2 not found in repository gcr.io/google_containers/guestbook)''',
  'default', 'guestbook-jbp6n', None, 'guestbook', 'ErrImagePull',
  note="edevil's description (Mar 2016, guestbook-go example from master): dockertools' manager.go could not pull the image (the tag does not exist); the line names the pod as name_namespace and the container. The 'may be because there are no credentials' wording is the kubelet's generic hint, the cause is the missing tag. manager.go:1897 with kubelet-wrapper in Mar 2016: 1.2", kubelet='~1.2', fmt='klog', cls='pull'),
    ]
