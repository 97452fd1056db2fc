# The grown part of the real-lines table (issue 13 item 3): real kubelet, containerd, CRI-O and
# dockerd log lines as public reports and the projects' own sources show them, copied exactly
# (raw strings: backslashes are the line's own). Imported by gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"
MK = "https://github.com/kubernetes/minikube/issues/"


def MORE(C):
    return [
# ---------------------------------------------------------------- eviction manager (kubelet 1.4)
C(KP + "31939", r'''Sep 02 15:20:12 localhost.localdomain kubelet[18530]: W0902 15:20:12.963510   18530 eviction_manager.go:223] eviction manager: attempting to reclaim memory''',
  None, None, None, None, "ResourcePressure", kubelet="~1.4", fmt="klog", cls="eviction",
  note="PR of Sep 2016 (release-1.4 development)"),
C(KP + "31939", r'''Sep 02 15:20:12 localhost.localdomain kubelet[18530]: I0902 15:20:12.963531   18530 eviction_manager.go:237] eviction manager: must evict pod(s) to reclaim memory''',
  None, None, None, None, "ResourcePressure", kubelet="~1.4", fmt="klog", cls="eviction"),
C(KP + "31939", r'''Sep 02 15:20:12 localhost.localdomain kubelet[18530]: I0902 15:20:12.963548   18530 eviction_manager.go:256] eviction manager: pods ranked for eviction: guaranteed-cn933_e2e-tests-eviction-test-simple-rkrca(33a5f9aa-7142-11e6-a2e9-28d2444e470d)''',
  None, None, None, None, None, kubelet="~1.4", fmt="klog", cls="eviction-trap",
  note="look-alike: a ranking names candidates, not the pod acted on (precedent: the structured 'pods ranked for eviction' case is pod-less)"),
C(KP + "31939", r'''Sep 02 15:20:14 localhost.localdomain kubelet[18530]: I0902 15:20:14.747890   18530 eviction_manager.go:280] eviction manager: pod guaranteed-cn933_e2e-tests-eviction-test-simple-rkrca(33a5f9aa-7142-11e6-a2e9-28d2444e470d) evicted successfully''',
  "e2e-tests-eviction-test-simple-rkrca", "guaranteed-cn933", "33a5f9aa-7142-11e6-a2e9-28d2444e470d", None, "Evicted",
  kubelet="~1.4", fmt="klog", cls="eviction"),
C(KP + "31939", r'''Sep 02 15:20:02 localhost.localdomain kubelet[18530]: I0902 15:20:02.917855   18530 eviction_manager.go:216] eviction manager: no resources are starved''',
  None, None, None, None, None, kubelet="~1.4", fmt="klog", cls="eviction-trap",
  note="look-alike: the eviction manager saying all is well"),
C(K + "30550", r'''W0818 03:35:27.856107    2658 eviction_manager.go:110] Failed to admit pod cadvisor_e2e-tests-density-test-43bif(ce5092e5-64f4-11e6-b1e0-42010a800007) - node has conditions: %v%!(EXTRA []api.NodeConditionType=[MemoryPressure])''',
  "e2e-tests-density-test-43bif", "cadvisor", "ce5092e5-64f4-11e6-b1e0-42010a800007", None, "Evicted",
  kubelet="~1.4", fmt="klog", cls="eviction",
  note="the eviction manager's admission refusal: the kubelet rejects the pod with reason Evicted (issue 13)"),
C(K + "30550", r'''I0818 03:35:27.856536    2658 server.go:680] Event(api.ObjectReference{Kind:"Pod", Namespace:"e2e-tests-density-test-43bif", Name:"cadvisor", UID:"ce5092e5-64f4-11e6-b1e0-42010a800007", APIVersion:"v1", ResourceVersion:"469", FieldPath:""}): type: 'Warning' reason: 'Evicted' The node was low on compute resources.''',
  "e2e-tests-density-test-43bif", "cadvisor", "ce5092e5-64f4-11e6-b1e0-42010a800007", None, "Evicted",
  kubelet="~1.4", fmt="event", cls="eviction"),
# ---------------------------------------------------------------- eviction manager (kubelet 1.9, localized journal month)
C(K + "58541", r'''янв 20 00:20:07 o1.home kubelet[32406]: W0120 00:20:07.544864   32406 eviction_manager.go:142] Failed to admit pod kube-proxy-bbrr6_kube-system(860629c4-fd5e-11e7-880c-6c626d3ed96f) - node has conditions: [MemoryPressure]''',
  "kube-system", "kube-proxy-bbrr6", "860629c4-fd5e-11e7-880c-6c626d3ed96f", None, "Evicted",
  kubelet="1.9", fmt="klog", cls="eviction", note="journal prefix with a Russian month name"),
C(K + "58541", r'''янв 20 00:20:07 o1.home kubelet[32406]: W0120 00:20:07.726836   32406 eviction_manager.go:332] eviction manager: attempting to reclaim memory''',
  None, None, None, None, "ResourcePressure", kubelet="1.9", fmt="klog", cls="eviction"),
# ---------------------------------------------------------------- eviction manager (minikube, Mar 2020)
C(MK + "7073", r'''Mar 17 12:44:46 minikube kubelet[2278]: W0317 12:44:46.790798    2278 eviction_manager.go:159] Failed to admit pod kindnet-jpzzf_kube-system(b63b1ee0-0fc6-428f-8e67-e357464f579c) - node has conditions: [DiskPressure]''',
  "kube-system", "kindnet-jpzzf", "b63b1ee0-0fc6-428f-8e67-e357464f579c", None, "Evicted",
  kubelet="~1.17", fmt="klog", cls="eviction", note="minikube of March 2020 (default Kubernetes 1.17/1.18)"),
C(MK + "7073", r'''Mar 17 12:44:46 minikube kubelet[2278]: I0317 12:44:46.988062    2278 eviction_manager.go:566] eviction manager: pod kindnet-kbjg6_kube-system(bedefb46-10cd-48ea-b8f6-325be17b6657) is evicted successfully''',
  "kube-system", "kindnet-kbjg6", "bedefb46-10cd-48ea-b8f6-325be17b6657", None, "Evicted",
  kubelet="~1.17", fmt="klog", cls="eviction"),
C(MK + "7073", r'''Mar 17 12:44:46 minikube kubelet[2278]: I0317 12:44:46.988112    2278 eviction_manager.go:190] eviction manager: pods kindnet-kbjg6_kube-system(bedefb46-10cd-48ea-b8f6-325be17b6657) evicted, waiting for pod to be cleaned up''',
  "kube-system", "kindnet-kbjg6", "bedefb46-10cd-48ea-b8f6-325be17b6657", None, "Evicted",
  kubelet="~1.17", fmt="klog", cls="eviction"),
C(MK + "7073", r'''Mar 17 12:44:47 minikube kubelet[2278]: W0317 12:44:47.029041    2278 pod_container_deletor.go:75] Container "d43937d1a4c3c92c8f08f00706520cc11667f292323f86f47a9bc58a45410599" not found in pod's containers''',
  None, None, None, None, None, kubelet="~1.17", fmt="klog", cls="noise"),
C(MK + "7073", r'''Mar 17 12:45:18 minikube kubelet[2278]: W0317 12:45:18.103283    2278 eviction_manager.go:159] Failed to admit pod kindnet-k7lrh_kube-system(04524076-3420-49c6-ae14-053fac0b083f) - node has conditions: [DiskPressure]''',
  "kube-system", "kindnet-k7lrh", "04524076-3420-49c6-ae14-053fac0b083f", None, "Evicted",
  kubelet="~1.17", fmt="klog", cls="eviction"),
C(MK + "7073", r'''Mar 17 12:45:18 minikube kubelet[2278]: W0317 12:45:18.082494    2278 status_manager.go:546] Failed to update status for pod "kindnet-gm5s6_kube-system(b2e60da0-fed9-41f9-8fca-4f0e28494384)": failed to patch status "{\"metadata\":{\"uid\":\"b2e60da0-fed9-41f9-8fca-4f0e28494384\"}}" for pod "kube-system"/"kindnet-gm5s6": pods "kindnet-gm5s6" not found''',
  "kube-system", "kindnet-gm5s6", "b2e60da0-fed9-41f9-8fca-4f0e28494384", None, None,
  kubelet="~1.17", fmt="klog", cls="noise", note="names a pod, but a status patch race is no pod problem"),
# ---------------------------------------------------------------- eviction thresholds (node level)
C(K + "52386", r'''I0913 15:20:47.884880  104204 helpers.go:826] eviction manager: thresholds - reclaim not satisfied: threshold [signal=memory.available, quantity=100Mi] observed -2097758044639028Ki''',
  None, None, None, None, "ResourcePressure", kubelet="~1.7", fmt="klog", cls="eviction", note="Sep 2017 report"),
C(K + "52386", r'''I0913 15:20:47.884896  104204 eviction_manager.go:288] eviction manager: node conditions - observed: [MemoryPressure]''',
  None, None, None, None, "ResourcePressure", kubelet="~1.7", fmt="klog", cls="eviction",
  note="the node observed under MemoryPressure: node-level pressure"),
# ---------------------------------------------------------------- old Killing forms
C(K + "81383", r'''Aug 13 21:05:45 staging-node2 kubelet[2188]: I0813 21:05:45.968179    2188 kubelet_pods.go:1073] Killing unwanted pod "minio-kjrkc"''',
  None, "minio-kjrkc", None, None, "Killing", kubelet="~1.15", fmt="klog", cls="killing", note="Aug 2019 report"),
C(K + "81383", r'''Aug 13 21:05:45 staging-node2 kubelet[2188]: I0813 21:05:45.975372    2188 kuberuntime_container.go:559] Killing container "docker://6da1247718f8e6c92399e231f8c31ff1c510737c658ac2aca87c1659aa6b51cc" with 30 second grace period''',
  None, None, None, None, "Killing", kubelet="~1.15", fmt="klog", cls="killing"),
# ---------------------------------------------------------------- volumes
C("https://github.com/IBM/ubiquity-k8s/issues/83", r'''kubelet.go:1622] Unable to mount volumes for pod "write-pod-test_default(4840a4e6-9e96-11e7-9fd4-98be9407de00)": timeout''',
  "default", "write-pod-test", "4840a4e6-9e96-11e7-9fd4-98be9407de00", None, "FailedMount", kubelet="~1.7", fmt="klog", cls="volume",
  note="quoted without its klog header, as the report shows it"),
# ---------------------------------------------------------------- containerd image pulls
C(K + "131521", r'''level=error msg="PullImage \"private_registery.mydomain/csg/idrac_to_kafka:20250429T0012\" failed" error="rpc error: code = Canceled desc = failed to pull and unpack image \"private_registery.mydomain/csg/idrac_to_kafka:20250429T0012\": context canceled"''',
  None, None, None, None, "ErrImagePull", fmt="containerd", cls="image"),
    ]
