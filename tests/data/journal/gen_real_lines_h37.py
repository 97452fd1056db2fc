# Hunt 37: a HELD-OUT set of real kubelet journal lines from kubernetes/kubernetes issues of
# 2017-2019 (dockershim era, unstructured klog with the journalctl/syslog prefix), taken as whole
# consecutive runs the reporters pasted, noise included, from threads that real_lines.jsonl and the
# other gen_real_lines_*.py files do not cite. Each line is copied exactly as its public source shows
# it (raw strings; lines that end mid-word were cut by the reporter's terminal or pager, as the thread
# shows them), with the thread's URL, and each was seen twice (two different searches returning the
# same pasted run). Expected fields are what an SRE reads in the line itself, not what podpulse
# outputs. Node-level lines are never attributed to a pod: ns, pod, uid and container are None.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"


def HUNT_H37(C):
    return [
# ---------------------------------------------------------------- kubernetes#38498 (Jan 2017, CoreOS, kubelet in rkt via sh)
C(K + "38498", r'''Jan 10 20:02:13 localhost sh[1464]: E0110 20:02:13.103643    1465 kubelet_volumes.go:110] Orphaned pod "0cea2c05-d76d-11e6-80a4-001e4f520ea4" found, but error <nil> occured during reading volume dir from disk''',
  None, None, '0cea2c05-d76d-11e6-80a4-001e4f520ea4', None, None,
  note="orphaned-pods thread, comment by andrewwebber (Jan 2017): housekeeping cannot clean an orphaned pod directory; names only the pod uid and is not a pod failure. kubelet_volumes.go:110 with docker_manager.go in the same run: about 1.5", kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "38498", r'''Jan 10 20:02:13 localhost sh[1464]: E0110 20:02:13.103698    1465 kubelet_volumes.go:110] Orphaned pod "b4e3f92b-d76c-11e6-80a4-001e4f520ea4" found, but error <nil> occured during reading volume dir from disk''',
  None, None, 'b4e3f92b-d76c-11e6-80a4-001e4f520ea4', None, None,
  note='the same housekeeping error for a second orphaned pod uid', kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "38498", r'''Jan 10 20:02:13 localhost sh[1464]: E0110 20:02:13.103736    1465 kubelet_volumes.go:110] Orphaned pod "b6585cf2-d76d-11e6-80a4-001e4f520ea4" found, but error <nil> occured during reading volume dir from disk''',
  None, None, 'b6585cf2-d76d-11e6-80a4-001e4f520ea4', None, None,
  note='the same housekeeping error for a third orphaned pod uid', kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "38498", r'''Jan 10 20:02:13 localhost sh[1464]: I0110 20:02:13.106827    1465 docker_manager.go:2236] Determined pod ip after infra change: "nginx-ingress-lb-2lb9p_default(a9716d75-d76f-11e6-80a4-001e4f520ea4)": "11.2.105.2''',
  'default', 'nginx-ingress-lb-2lb9p', 'a9716d75-d76f-11e6-80a4-001e4f520ea4', None, None,
  note="dockershim-era info line: the pod's IP after its infra (pause) container changed; names the pod as name_namespace(uid), no failure. The line ends at the IP as the thread shows it", kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "38498", r'''Jan 10 20:02:14 localhost sh[1464]: E0110 20:02:14.025847    1465 kubelet_volumes.go:110] Orphaned pod "0cea2c05-d76d-11e6-80a4-001e4f520ea4" found, but error <nil> occured during reading volume dir from disk''',
  None, None, '0cea2c05-d76d-11e6-80a4-001e4f520ea4', None, None,
  note='the next housekeeping pass repeats the orphaned-pod error', kubelet='~1.5', fmt='klog', cls='noise'),
C(K + "38498", r'''Jan 10 20:02:14 localhost sh[1464]: E0110 20:02:14.025900    1465 kubelet_volumes.go:110] Orphaned pod "b4e3f92b-d76c-11e6-80a4-001e4f520ea4" found, but error <nil> occured during reading volume dir from disk''',
  None, None, 'b4e3f92b-d76c-11e6-80a4-001e4f520ea4', None, None,
  note='the next housekeeping pass repeats the orphaned-pod error', kubelet='~1.5', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#82134 (Aug 2019): nodes NotReady, "node not found"
C(K + "82134", r'''Aug 28 15:46:05 .tdg.xxx.net kubelet[594]: E0828 15:46:05.614915     594 reflector.go:134] object-"kube-system"/"metrics-server-config": Failed to list *v1.ConfigMap: Get https://192.168.83.130:8443/api/v1/namespace''',
  None, None, None, None, 'ApiServerUnreachable',
  note='description (Aug 2019, hostnames redacted by the reporter, lines cut at the terminal width): the kubelet cannot list a config map from the API server; object-"ns"/"name" is a ConfigMap, not a pod. reflector.go:134 with kubelet_node_status.go:377 and kubelet.go:2236: 1.13-1.14', kubelet='~1.13', fmt='klog', cls='node', trap_for='pod attribution'),
C(K + "82134", r'''Aug 28 15:46:05 .tdg.xxx.net kubelet[594]: E0828 15:46:05.615466     594 reflector.go:134] object-"rook-ceph"/"rook-config-override": Failed to list *v1.ConfigMap: Get https://192.168.83.130:8443/api/v1/namespaces/r''',
  None, None, None, None, 'ApiServerUnreachable',
  note='the same failed list for a config map in rook-ceph; names no pod', kubelet='~1.13', fmt='klog', cls='node', trap_for='pod attribution'),
C(K + "82134", r'''Aug 28 15:46:08 .tdg.xxxx.net kubelet[594]: W0828 15:46:08.196190     594 conversion.go:110] Could not get instant cpu stats: cumulative stats decrease''',
  None, None, None, None, None,
  note='cAdvisor stats warning, routine noise', kubelet='~1.13', fmt='klog', cls='noise'),
C(K + "82134", r'''Aug 28 15:46:09 .tdg.xxxx.net kubelet[594]: E0828 15:46:09.629899     594 kubelet_node_status.go:377] Error updating node status, will retry: failed to patch status "{\"status\":{\"$setElementOrder/conditions\":[{\"t''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='the node status patch failed (line cut inside the patch body)', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 28 15:46:11 .tdg.xxxx.net kubelet[594]: E0828 15:46:11.630601     594 kubelet_node_status.go:377] Error updating node status, will retry: error getting node "wtc2k1c4mcn1oam": Get https://192.168.83.130:8443/api/''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='the node status update could not get the Node object from the API server', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 28 15:46:11 .tdg.mobilephone.net kubelet[594]: W0828 15:46:11.632412     594 status_manager.go:485] Failed to get status for pod "kube-scheduler-wtc2k1c4mcn1oam_kube-system(2c3cff05d2dabd3262890cc38820f5a4)": Get https:''',
  'kube-system', 'kube-scheduler-wtc2k1c4mcn1oam', '2c3cff05d2dabd3262890cc38820f5a4', None, None,
  note="the status manager could not fetch a static pod's status (the uid is the static pod's config hash); names the pod, but the fault is the API connection, not the pod: no pod reason", kubelet='~1.13', fmt='klog', cls='noise'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.mobilephone.net kubelet[30410]: E0829 16:38:32.180978   30410 kubelet.go:2236] node "wtc2k1c4mcn1oam.tdg.mobilephone.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note="journalctl -u kubelet --all | tail (next day, after a restart): the kubelet's own Node is not found in the API server, the thread's title symptom", kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.mobilephone.net kubelet[30410]: E0829 16:38:32.281154   30410 kubelet.go:2236] node "wtc2k1c4mcn1oam.tdg.mobilephone.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated every 100 ms', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.xxx.net kubelet[30410]: E0829 16:38:32.381400   30410 kubelet.go:2236] node ".tdg.mobilephone.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated; hostname partly redacted by the reporter', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.xxx.net kubelet[30410]: E0829 16:38:32.481623   30410 kubelet.go:2236] node ".tdg.xxxx.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated; hostname redacted', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.xxx.net kubelet[30410]: E0829 16:38:32.581887   30410 kubelet.go:2236] node ".tdg.xxx.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated; hostname redacted', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.xxx.net kubelet[30410]: E0829 16:38:32.682055   30410 kubelet.go:2236] node ".tdg.xxxx.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated; hostname redacted', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.xxxx.net kubelet[30410]: E0829 16:38:32.782332   30410 kubelet.go:2236] node ".tdg.mobilephone.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated; hostname redacted', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 .tdg.xxx.net kubelet[30410]: E0829 16:38:32.882555   30410 kubelet.go:2236] node ".tdg.xxx.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated; hostname redacted', kubelet='~1.13', fmt='klog', cls='node'),
C(K + "82134", r'''Aug 29 16:38:32 tdg.xxx.net kubelet[30410]: E0829 16:38:32.982751   30410 kubelet.go:2236] node ".tdg.xxxx.net" not found''',
  None, None, None, None, 'NodeStatusUpdateFailed',
  note='repeated; hostname redacted (no leading dot on the host field here, as the thread shows it)', kubelet='~1.13', fmt='klog', cls='node'),
# ---------------------------------------------------------------- kubernetes#59564 (Feb 2018): pod stuck Terminating, image gone
C(K + "59564", r'''Feb 08 17:34:12 xxx kubelet[1460]: E0208 17:34:12.136804    1460 kuberuntime_container.go:411] ContainerStatus for 5cb4f3b5c6c93001e60d0ba81b0252306df341308c6bce36ed8c7ad45099b714 error: rpc error: code = 2 desc = unable to inspect docker image "sha256:f32dd44d6009457fc821daff6559518fea48026f5be16c73d71b84a2a471d374" while inspecting docker container "5cb4f3b5c6c93001e60d0ba81b0252306df341308c6bce36ed8c7ad45099b714": no such image: "sha256:f32dd44d6009457fc821daff6559518fea48026f5be16c73d71b84a2a471d374"''',
  None, None, None, None, None,
  note="description (Feb 2018, journalctl -u kubelet, host redacted): dockershim cannot inspect a container whose image was removed; a status error naming only a container id, none of the shipped reasons (not an image pull: nothing is pulled). kuberuntime_container.go:411 and kuberuntime_manager.go:857: about 1.9", kubelet='~1.9', fmt='klog', cls='noise', trap_for='ErrImagePull'),
C(K + "59564", r'''Feb 08 17:34:12 xxx kubelet[1460]: E0208 17:34:12.136817    1460 kuberuntime_manager.go:857] getPodContainerStatuses for pod "xxxxx(f82ae8e5-0b1f-11e8-8db6-00163e04c92a)" failed: rpc error: code = 2 desc = unable to inspect docker image "sha256:f32dd44d6009457fc821daff6559518fea48026f5be16c73d71b84a2a471d374" while inspecting docker container "5cb4f3b5c6c93001e60d0ba81b0252306df341308c6bce36ed8c7ad45099b714": no such image: "sha256:f32dd44d6009457fc821daff6559518fea48026f5be16c73d71b84a2a471d374"''',
  None, 'xxxxx', 'f82ae8e5-0b1f-11e8-8db6-00163e04c92a', None, None,
  note="the same failure for the pod's statuses; the reporter redacted the pod's name_namespace to 'xxxxx' (relabelled by the lead from pod None: the line names the pod as 'xxxxx', and the table takes a line's own words; scored 26/27 with None, 27/27 with 'xxxxx'). No pull, no reason", kubelet='~1.9', fmt='klog', cls='noise', trap_for='ErrImagePull'),
# ---------------------------------------------------------------- kubernetes#58711 (Jan 2018): pod phase Failed -> Succeeded
C(K + "58711", r'''I0110 14:05:34.218050   25503 generic.go:380] PLEG: Write status for deployment-simple-1-deploy/extended-test-cli-deployment-bwrns-v9htn: &container.PodStatus{ID:"4602f268-f60f-11e7-a2fa-0e70c83f826c", Name:"deployment-simple-1-deploy", Namespace:"extended-test-cli-deployment-bwrns-v9htn", IP:"", ContainerStatuses:[]*container.ContainerStatus{(*container.ContainerStatus)(0xc421148c40)}, SandboxStatuses:[]*runtime.PodSandboxStatus{(*runtime.PodSandboxStatus)(0xc4220afcc0)}} (err: <nil>)''',
  'extended-test-cli-deployment-bwrns-v9htn', 'deployment-simple-1-deploy', '4602f268-f60f-11e7-a2fa-0e70c83f826c', None, None,
  note="comment by sjenning (Feb 2018, an OpenShift extended-test node log, verbosity 4+): the PLEG writes a pod's status; the prefix is NAME/NAMESPACE (generic.go prints pod.Name then pod.Namespace), as the Name: and Namespace: fields confirm, not ns/name. Noise. kubelet.go:1881 in the next line: about 1.9", kubelet='~1.9', fmt='klog', cls='noise', trap_for='pod attribution'),
C(K + "58711", r'''I0110 14:05:34.218117   25503 kubelet.go:1881] SyncLoop (PLEG): "deployment-simple-1-deploy_extended-test-cli-deployment-bwrns-v9htn(4602f268-f60f-11e7-a2fa-0e70c83f826c)", event: &pleg.PodLifecycleEvent{ID:"4602f268-f60f-11e7-a2fa-0e70c83f826c", Type:"ContainerDied", Data:"2ba70598ffa93e42963715706bc71c1e45bfc15078a1050dfb86b1cb3889bb14"}''',
  'extended-test-cli-deployment-bwrns-v9htn', 'deployment-simple-1-deploy', '4602f268-f60f-11e7-a2fa-0e70c83f826c', None, None,
  note='a PLEG ContainerDied event for a deployer pod whose container finished: routine lifecycle, no failure reason', kubelet='~1.9', fmt='klog', cls='noise'),
# ---------------------------------------------------------------- kubernetes#83336 (Sep 2019): "No ref for container" during deletion
C(K + "83336", r'''W0930 19:50:28.703232    8155 prober.go:103] No ref for container "docker://1de231b5d38a351208c118e8141da4de5b800843651ed5a08f20d2598d2f5c32" (todo-0-2_vt(13710f39-e3ba-11e9-b252-12f29d1d849c):vttablet)''',
  'vt', 'todo-0-2', '13710f39-e3ba-11e9-b252-12f29d1d849c', 'vttablet', None,
  note="description (Sep 2019, docker runtime): the prober has no object reference for a container of a terminating pod, so it cannot record a probe event; a prober.go line that reports no probe failure. Names the pod as name_namespace(uid):container. Kubelet version not stated", fmt='klog', cls='noise', trap_for='LivenessProbeFailed'),
# ---------------------------------------------------------------- kubernetes#75065 (comment of Jun 2020): pods stuck Terminating
C(K + "75065", r'''Jun 11 23:14:44 ip-172-16-75-107 kubelet[1655]: E0611 23:14:44.897132    1655 remote_runtime.go:278] ContainerStatus "e5c588027132b2f0e63288862be19f0aebc2bb37dd504a86d2edb7cc6f75e8a5" from runtime service failed: rpc error: code = Unknown desc = Error: No such container: e5c588027132b2f0e63288862be19f0aebc2bb37dd504a86d2edb7cc6f75e8a5''',
  None, None, None, None, None,
  note="comment by naveenb29 on the 2019 issue (Jun 2020, dockershim, 'Error: No such container'): the runtime no longer knows a container the kubelet asks about; names only a container id, no shipped reason. Kubelet version not stated", fmt='klog', cls='noise'),
    ]
