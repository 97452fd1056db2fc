# Third hunt for the rarer reasons of the real-lines table (issue 13 item 3): FailedPostStartHook,
# FailedPreStopHook and the generic FailedSync, with look-alike traps. Same rules as
# gen_real_lines_more.py, gen_real_lines_rare.py and gen_real_lines_hunt.py: each line is copied
# exactly as its public source shows it (raw strings: backslashes are the line's own), with the
# source's URL (or, where the search index named no path, the repository and the post). Imported
# by gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
K3 = "https://github.com/k3s-io/k3s/issues/2370"
CRIO = "https://github.com/cri-o/cri-o/issues/5709"
LJ = ("lijiaocn/lijiaocn.github.io (_posts, 2019-04-08 post 'Kubernetes的Pod无法删除，glusterfs导致docker无响应，"
      "集群雪崩' by 李佶澳; the search index gave no path or commit, find_string file id 41867337277)")


def HUNT_H3(C):
    return [
# ---------------------------------------------------------------- FailedSync: the generic pod sync failure
C(K + "45419", r'''Jun  2 04:38:22 node-k8s-use1-prod-shared-001-kubecluster-3-0a0c5d69 kubelet[28263]: E0602 04:38:22.277107   28263 pod_workers.go:191] Error syncing pod f0118c7e-82cb-4825-a01b-3014fe500e1f ("optimus-pr-b-6bgc3_jenkins(f0118c7e-82cb-4825-a01b-3014fe500e1f)"), skipping: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  "jenkins", "optimus-pr-b-6bgc3", "f0118c7e-82cb-4825-a01b-3014fe500e1f", None, "FailedSync",
  note="PLEG thread, Jun 2020: the runtime timed out on the pod's status; no more specific cause. pod_workers.go:191 with event.go:274 puts the kubelet at about 1.17",
  kubelet="~1.17", fmt="klog", cls="sync"),
C(K + "45419", r'''Jun  2 04:38:22 node-k8s-use1-prod-shared-001-kubecluster-3-0a0c5d69 kubelet[28263]: I0602 04:38:22.277151   28263 event.go:274] Event(v1.ObjectReference{Kind:"Pod", Namespace:"jenkins", Name:"optimus-pr-b-6bgc3", UID:"f0118c7e-82cb-4825-a01b-3014fe500e1f", APIVersion:"v1", ResourceVersion:"4311315533", FieldPath:""}): type: 'Warning' reason: 'FailedSync' error determining status: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  "jenkins", "optimus-pr-b-6bgc3", "f0118c7e-82cb-4825-a01b-3014fe500e1f", None, "FailedSync",
  note="the kubelet's own FailedSync event line for the same pod ('error determining status')",
  kubelet="~1.17", fmt="event", cls="sync"),
C(K + "45419", r'''Jun  2 04:38:37 node-k8s-use1-prod-shared-001-kubecluster-3-0a0c5d69 kubelet[28263]: E0602 04:38:37.277123   28263 pod_workers.go:191] Error syncing pod f0118c7e-82cb-4825-a01b-3014fe500e1f ("optimus-pr-b-6bgc3_jenkins(f0118c7e-82cb-4825-a01b-3014fe500e1f)"), skipping: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  "jenkins", "optimus-pr-b-6bgc3", "f0118c7e-82cb-4825-a01b-3014fe500e1f", None, "FailedSync",
  note="the same sync failure 15 s later", kubelet="~1.17", fmt="klog", cls="sync"),
C(CRIO, r'''Mar 06 13:32:35.750530 nested-virt-ubuntu-focal-ovh-bhs1-0028722890 kubelet[93821]: E0306 13:32:35.749969   93821 pod_workers.go:836] "Error syncing pod, skipping" err="status.Image is not set" pod="default/kuryr-pod-90821034" podUID=1df28081-d4b4-4837-afad-137d9157c976''',
  "default", "kuryr-pod-90821034", "1df28081-d4b4-4837-afad-137d9157c976", None, "FailedSync",
  note="Kuryr CI, Mar 2022 (journal short-precise timestamps): CRI-O returned a container status the kubelet rejects; no more specific reason. pod_workers.go:836 as in the table's other 1.23 lines from this report",
  kubelet="~1.23", fmt="klog-s", cls="sync"),
# ---------------------------------------------------------------- FailedSync look-alikes: sync errors with a specific cause
C(K3, r'''Oct  8 16:39:44 worker9 k3s[1636]: E1008 16:37:39.529643    1636 pod_workers.go:191] Error syncing pod 6083039b-081e-4070-b751-bf877fd35ae0 ("lil-upload-87f9547cf-6rw9n_europrod(6083039b-081e-4070-b751-bf877fd35ae0)"), skipping: error killing pod: [failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded", failed to "KillPodSandbox" for "6083039b-081e-4070-b751-bf877fd35ae0" with KillPodSandboxError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"]''',
  "europrod", "lil-upload-87f9547cf-6rw9n", "6083039b-081e-4070-b751-bf877fd35ae0", "lil-upload", "FailedKillPod",
  note="look-alike: an 'Error syncing pod' whose cause is the kill of the pod (container and sandbox), so FailedKillPod, not the generic FailedSync; k3s embeds the kubelet (pod_workers.go:191, Oct 2020)",
  kubelet="~1.18", fmt="klog", cls="kill", trap_for=["FailedSync"]),
C(K3, r'''Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974254    1636 pod_workers.go:191] Error syncing pod 572a81cb-8924-4858-bf87-4b534117d377 ("lil-upload-87f9547cf-htvnl_europrod(572a81cb-8924-4858-bf87-4b534117d377)"), skipping: error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"''',
  "europrod", "lil-upload-87f9547cf-htvnl", "572a81cb-8924-4858-bf87-4b534117d377", "lil-upload", "FailedKillPod",
  note="look-alike: the single-error form (no brackets) of the same kill failure",
  kubelet="~1.18", fmt="klog", cls="kill", trap_for=["FailedSync"]),
C("https://github.com/kubernetes/minikube/issues/5551", r'''Oct 06 21:28:17 minikube kubelet[3050]: E1006 21:28:17.300071    3050 pod_workers.go:191] Error syncing pod 5a9318c3-2b7a-11e9-9693-0800279d8d83 ("kube-dns-86f4d74b45-7b895_kube-system(5a9318c3-2b7a-11e9-9693-0800279d8d83)"), skipping: [failed to "StartContainer" for "kubedns" with CrashLoopBackOff: "back-off 20s restarting failed container=kubedns pod=kube-dns-86f4d74b45-7b895_kube-system(5a9318c3-2b7a-11e9-9693-0800279d8d83)", failed to "StartContainer" for "sidecar" with CrashLoopBackOff: "back-off 10s restarting failed container=sidecar pod=kube-dns-86f4d74b45-7b895_kube-system(5a9318c3-2b7a-11e9-9693-0800279d8d83)"]''',
  "kube-system", "kube-dns-86f4d74b45-7b895", "5a9318c3-2b7a-11e9-9693-0800279d8d83", "kubedns", "CrashLoopBackOff",
  note="look-alike: an 'Error syncing pod' listing two containers in back-off (kubedns first, then sidecar), so CrashLoopBackOff; minikube v1.4.0 (Kubernetes 1.16 by default)",
  kubelet="~1.16", fmt="klog", cls="crashloop", trap_for=["FailedSync"]),
C(LJ, r'''Apr 08 13:33:44 kube-cluster-node-xxx kubelet[27666]: E0408 13:33:44.468641   27666 pod_workers.go:186] Error syncing pod 2b8e5882-5146-11e9-b3b3-525400dd6f19 ("xxxx-xxxxx-index-task-569f775985-2qv8x_xxx-xxxx(2b8e5882-5146-11e9-b3b3-525400dd6f19)"), skipping: error killing pod: failed to "KillContainer" for "xxxx-xxxxx-index-task" with KillContainerError: "rpc error: code = Unknown desc = operation timeout: context deadline exceeded"''',
  "xxx-xxxx", "xxxx-xxxxx-index-task-569f775985-2qv8x", "2b8e5882-5146-11e9-b3b3-525400dd6f19", "xxxx-xxxxx-index-task", "FailedKillPod",
  note="look-alike: a blog post's journal (names redacted with x by its author; a glusterfs mount hung dockerd): the sync error's cause is the kill, so FailedKillPod. pod_workers.go:186 (1.10-1.13), Apr 2019",
  kubelet="~1.12", fmt="klog", cls="kill", trap_for=["FailedSync"]),
C(K + "68885", r'''sept. 20 16:49:29 erebos kubelet[8665]: E0920 16:49:29.093166    8665 pod_workers.go:186] Error syncing pod 324f1077-bcd5-11e8-9974-0026b97567f5 ("streaming-server11-b8458ff7c-25zrv_default(324f1077-bcd5-11e8-9974-0026b97567f5)"), skipping: failed to "StartContainer" for "streaming-dataset" with CreateContainerError: "context deadline exceeded"''',
  "default", "streaming-server11-b8458ff7c-25zrv", "324f1077-bcd5-11e8-9974-0026b97567f5", "streaming-dataset", "CreateContainerError",
  note="look-alike: an 'Error syncing pod' whose cause is the container create timing out, so CreateContainerError; a French-locale journal ('sept. 20'), Sep 2018, pod_workers.go:186 (1.10-1.13)",
  kubelet="~1.11", fmt="klog", cls="runtime", trap_for=["FailedSync"]),
# ---------------------------------------------------------------- FailedPreStopHook
C("https://github.com/scylladb/scylla-operator/issues/1726", r'''Feb 12 18:28:24 maciej kubelet[1234]: E0212 18:28:24.205197    1234 kuberuntime_container.go:590] "PreStop hook failed" err=<''',
  None, None, None, None, "FailedPreStopHook",
  note="the first journal line of a multi-line structured record (err=< … >; pod=, podUID= and containerName=\"scylla\" come two journal lines later); the report's code block indents this first line by one space, dropped here. Feb 2024, CRI-O node",
  kubelet="~1.28", fmt="klog-s", cls="hook"),
C(LJ, r'''Apr 08 13:33:45 kube-cluster-node-xxx kubelet[27666]: E0408 13:33:45.099777   27666 kuberuntime_container.go:495] preStop hook for container "xxxx-xxxxx-index-task" failed: command '/bin/sleep 30' exited with 126:''',
  None, None, None, "xxxx-xxxxx-index-task", "FailedPreStopHook",
  note="kuberuntime_container.go's unstructured form naming only the container; the exec failed because the container's namespaces were gone (see the dockerd line)",
  kubelet="~1.12", fmt="klog", cls="hook"),
C(LJ, r'''Apr 08 13:31:44 kube-cluster-node-xxx dockerd[10628]: time="2019-04-08T13:31:44.464673647+08:00" level=error msg="Error running exec in container: rpc error: code = 2 desc = oci runtime error: exec failed: container_linux.go:240: creating new parent process caused \"container_linux.go:1254: running lstat on namespace path \\\"/proc/30849/ns/ipc\\\" caused \\\"lstat /proc/30849/ns/ipc: no such file or directory\\\"\"\n"''',
  None, None, None, None, None,
  note="look-alike: dockerd's side of the failed preStop exec; the line itself names neither a hook nor a pod",
  fmt="dockerd", cls="runtime", trap_for=["FailedPreStopHook"]),
# ---------------------------------------------------------------- FailedPostStartHook (event-message forms)
C(K + "23906", r'''Error syncing pod, skipping: failed to "StartContainer" for "POD-X" with RunContainerError: "PostStart handler: Error executing in Docker Container: -1"''',
  None, None, None, "POD-X", "FailedPostStartHook",
  note="the FailedSync event message of Apr 2016 (no header): the 1.2 kubelet wraps the postStart failure in RunContainerError; the cause is the hook",
  kubelet="~1.2", fmt="event", cls="hook"),
C(K + "54671", r'''Error syncing pod, skipping: failed to "StartContainer" for "xxxx" with PostStart handler: command '/xxxxxx' exited with 1: Hook do errexit, this is stderr : "PostStart Hook Failed"''',
  None, None, None, "xxxx", "FailedPostStartHook",
  note="the event message the reporter saw on 1.6.3 (quoted inside a sentence of the report, from 'Error syncing pod' to the closing quote)",
  kubelet="1.6", fmt="event", cls="hook"),
    ]
