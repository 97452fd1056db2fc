# Hunt 77 for the real-lines table (issue 13 item 3): a HELD-OUT set of kubelet lines about pod
# sandboxes and pod networking, from GitHub issues of CNI repositories the table did not cite
# (weaveworks/weave, antrea-io/antrea, projectcalico/calico, coreos/flannel-cni, flannel-io/flannel):
# whole pasted runs where the thread has them (weave#3731's dockershim start-up, flannel#1432's
# kubelet journal with the tail of a multi-line CNI config dump), and kubectl describe Events rows.
# Mostly NetworkNotReady and FailedCreatePodSandBox with their noise (pod CIDR updates, the end of a
# JSON config printed over several journal lines, Scheduled and SandboxChanged rows), plus one
# FailedMount.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own; the event rows' runs of spaces are the rows' own, no tabs),
# with the source's URL, and each was seen twice (two different searches returning the same passage).
# A line the search showed cut short at the end of its excerpt was left out, and so were lines the
# reporter's terminal wrapped. Node-level lines are never attributed to a pod: ns, pod, uid and
# container are None for them; a pod_workers "Error syncing pod ..., skipping: network is not ready"
# line is node-level as the table already labels it.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

WV = "https://github.com/weaveworks/weave/issues/"
AN = "https://github.com/antrea-io/antrea/issues/"
CA = "https://github.com/projectcalico/calico/issues/"
FL = "https://github.com/flannel-io/flannel/issues/"
FC = "https://github.com/coreos/flannel-cni/issues/15"


def HUNT_H77(C):
    return [
# ---------------------------------------------------------------- weave#3193: Windows node, Dec 2017 (no prefix)
C(WV + "3193", r'''I1202 10:58:09.329692    7076 eviction_manager.go:325] eviction manager: no resources are starved''',
  None, None, None, None, None,
  note="weave-net on a Windows Server 2016 node (Dec 2017): the eviction manager's all-clear, noise. The same reporter's kubernetes#56696 names the build '1.9.3 alpha'", kubelet='~1.9', fmt='klog', cls='noise', trap_for='Evicted'),
C(WV + "3193", r'''I1202 10:58:09.514693    7076 volume_manager.go:366] All volumes are attached and mounted for pod "weave-net-drbkl_kube-system(9700a989-d74f-11e7-a4cd-0289db2a7c18)"''',
  'kube-system', 'weave-net-drbkl', '9700a989-d74f-11e7-a4cd-0289db2a7c18', None, None,
  note='volumes ready for the pod: progress, not a failure; names the pod as name_namespace(uid)', kubelet='~1.9', fmt='klog', cls='noise', trap_for='FailedMount'),
C(WV + "3193", r'''I1202 10:58:09.514693    7076 kuberuntime_manager.go:403] No ready sandbox for pod "weave-net-drbkl_kube-system(9700a989-d74f-11e7-a4cd-0289db2a7c18)" can be found. Need to start a new one''',
  'kube-system', 'weave-net-drbkl', '9700a989-d74f-11e7-a4cd-0289db2a7c18', None, None,
  note='the kubelet is about to create a sandbox: routine, not a sandbox failure (the failure follows in later lines of the thread)', kubelet='~1.9', fmt='klog', cls='noise', trap_for='FailedCreatePodSandBox'),
# ---------------------------------------------------------------- weave#3731: dockershim start-up run, Nov 2019
C(WV + "3731", r'''Nov 05 13:28:01 cndgnholmes06 kubelet[4446]: E1105 13:28:01.756024    4446 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note="weave-net could not start ('Inconsistent bridge state'), so no CNI config was written. Nov 2019, dockershim; kubelet.go:2187 and cni.go:237 as in 1.16", kubelet='~1.16', fmt='klog', cls='node'),
C(WV + "3731", r'''Nov 05 13:28:06 cndgnholmes06 kubelet[4446]: W1105 13:28:06.199174    4446 cni.go:237] Unable to update cni config: no networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note='no CNI config yet, as the table labels this warning', kubelet='~1.16', fmt='klog', cls='node'),
C(WV + "3731", r'''Nov 05 13:28:06 cndgnholmes06 kubelet[4446]: E1105 13:28:06.756883    4446 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note='5 s later, the same', kubelet='~1.16', fmt='klog', cls='node'),
C(WV + "3731", r'''Nov 05 13:28:11 cndgnholmes06 kubelet[4446]: W1105 13:28:11.199368    4446 cni.go:237] Unable to update cni config: no networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note='5 s later, the same', kubelet='~1.16', fmt='klog', cls='node'),
C(WV + "3731", r'''Nov 05 13:28:11 cndgnholmes06 kubelet[4446]: I1105 13:28:11.326609    4446 kuberuntime_manager.go:961] updating runtime config through cri with podcidr 10.32.0.0/24''',
  None, None, None, None, None,
  note='the node got its pod CIDR: routine, noise', kubelet='~1.16', fmt='klog', cls='noise', trap_for='NetworkNotReady'),
C(WV + "3731", r'''Nov 05 13:28:11 cndgnholmes06 kubelet[4446]: I1105 13:28:11.326817    4446 docker_service.go:355] docker cri received runtime config &RuntimeConfig{NetworkConfig:&NetworkConfig{PodCidr:10.32.0.0/24,},}''',
  None, None, None, None, None,
  note='dockershim received the pod CIDR: noise', kubelet='~1.16', fmt='klog', cls='noise', trap_for='NetworkNotReady'),
C(WV + "3731", r'''Nov 05 13:28:11 cndgnholmes06 kubelet[4446]: I1105 13:28:11.326982    4446 kubelet_network.go:77] Setting Pod CIDR:  -> 10.32.0.0/24''',
  None, None, None, None, None,
  note="the kubelet's own pod CIDR notice (two spaces before the arrow, as logged): noise", kubelet='~1.16', fmt='klog', cls='noise', trap_for='NetworkNotReady'),
# ---------------------------------------------------------------- antrea#831 and antrea#3
C(AN + "831", r'''E0612 01:00:07.468009    1185 kuberuntime_manager.go:692] createPodSandbox for pod "heimdall-scheduled-tasks-1591923600-k7nd8_jenkins-tango-cs---decc-upgrade-268(4df77549-82a8-4e5c-a4d2-093e22aa5d81)" failed: rpc error: code = Unknown desc = failed to set up sandbox container "195c83fcdef364849d0ca34d5bc9f74a18985f09173c004c7f60398c2114887c" network for pod "heimdall-scheduled-tasks-1591923600-k7nd8": NetworkPlugin cni failed to set up pod "heimdall-scheduled-tasks-1591923600-k7nd8_jenkins-tango-cs---decc-upgrade-268" network: failed to Statfs "/proc/12764/ns/net": no such file or directory''',
  'jenkins-tango-cs---decc-upgrade-268', 'heimdall-scheduled-tasks-1591923600-k7nd8', '4df77549-82a8-4e5c-a4d2-093e22aa5d81', None, 'FailedCreatePodSandBox',
  note="antrea on dockershim (Jun 2020): the sandbox's netns was gone before CNI ADD. The namespace holds a run of three dashes. kuberuntime_manager.go:692 with pod_workers.go:190 on the next line: 1.14/1.15", kubelet='~1.15', fmt='klog', cls='sandbox'),
C(AN + "3", r'''Warning  FailedCreatePodSandBox  2m35s                kubelet, target-cluster01-md-0-7d99bd4955-xf6qp  Failed create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9056817dafde39da20dba740f2b60f5f057f5a61f5ea0d56bdbd5da388ed978b": failed to Statfs "/host/var/run/netns/cni-47e6e75f-07a2-9890-3c38-95b9f8f3771c": no such file or directory  Warning  FailedCreatePodSandBox  2m35s                kubelet, target-cluster01-md-0-7d99bd4955-xf6qp  Failed create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9056817dafde39da20dba740f2b60f5f057f5a61f5ea0d56bdbd5da388ed978b": failed to Statfs "/host/var/run/netns/cni-47e6e75f-07a2-9890-3c38-95b9f8f3771c": no such file or directory''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="two kubectl describe Event rows pasted run together on one line (Nov 2019, Cluster API + kubeadm, containerd): the rows name only the sandbox id, no pod. 'kubelet, <node>' From column: before 1.18", kubelet='~1.16', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- calico: connection is unauthorized
C(CA + "6546", r'''(combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_coredns-6d4b75cb6d-vc6lr_kube-system_19f66e13-7c95-43cb-b1d6-9a0e1d7deb29_0(d62b74d28a2d5a333912418806a7b287f4fda4c67a9a2a1ccc9fe76c7bcfe889): error adding pod kube-system_coredns-6d4b75cb6d-vc6lr to CNI network "k8s-pod-network": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized''',
  'kube-system', 'coredns-6d4b75cb6d-vc6lr', '19f66e13-7c95-43cb-b1d6-9a0e1d7deb29', None, 'FailedCreatePodSandBox',
  note="the event's message alone (Aug 2022, Fedora 36, CRI-O): CRI-O's sandbox name k8s_<pod>_<ns>_<uid>_<attempt> and 'error adding pod <ns>_<pod>' name the pod; calico's token had expired. coredns-6d4b75cb6d is kubeadm 1.24's coredns", kubelet='~1.24', fmt='event', cls='sandbox'),
C(CA + "9215", r'''  Warning  FailedCreatePodSandBox  33s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b6385006e8b3eedeaa1fd60e3e69afc9fb758a27666c93708a9211b3c988ab34": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="kubectl describe Event row (Sep 2024, 'k8s 1.31.0', calico 3.26): names only the sandbox id. 'Unauthorized' is calico's answer, not a kubelet auth problem", kubelet='1.31', fmt='event', cls='sandbox', trap_for='AuthError'),
C(CA + "8379", r'''  Normal   Scheduled               61s               default-scheduler  Successfully assigned default/mysql-74799d694c-j4mcr to chef-u16desk''',
  'default', 'mysql-74799d694c-j4mcr', None, None, None,
  note="Events of a mysql pod stuck in ContainerCreating (Dec 2023): the scheduler's row, noise; it names the pod as ns/name", fmt='event', cls='noise'),
C(CA + "8379", r'''  Warning  FailedCreatePodSandBox  60s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "d9f4c91394d548cca1b189e665fd0532f158bb5bb4407153aa48e1af40afe2f0": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note='calico CNI ADD refused with an expired token; the row names only the sandbox id', fmt='event', cls='sandbox', trap_for='AuthError'),
C(CA + "8379", r'''  Normal   SandboxChanged          5s (x5 over 60s)  kubelet            Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note='SandboxChanged: the follow-up of the failed sandbox, not itself a failure; names no pod', fmt='event', cls='noise', trap_for='FailedCreatePodSandBox'),
# ---------------------------------------------------------------- coreos/flannel-cni#15: kubelet 1.16 and a config without cniVersion
C(FC, r'''Aug 27 23:28:44 wk-k8s kubelet[16814]: W0827 23:28:44.567244   16814 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note="flannel's default CNI config lacks cniVersion, which kubelet 1.16's new validation rejects (Aug 2019, kubernetes#80482)", kubelet='~1.16', fmt='klog', cls='node'),
C(FC, r'''Aug 27 23:28:45 wk-k8s kubelet[16814]: E0827 23:28:45.801717   16814 kubelet.go:2182] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note='the runtime network stays not ready', kubelet='~1.16', fmt='klog', cls='node'),
# ---------------------------------------------------------------- flannel#1358: /var/log/messages, Oct 2020
C(FL + "1358", r'''Oct 15 01:39:05 kubesphere kubelet: E1015 01:39:05.082452    1110 pod_workers.go:191] Error syncing pod 224d6e6a-ce32-4471-87b4-bff2039f2067 ("kube-flannel-ds-pzswd_kube-system(224d6e6a-ce32-4471-87b4-bff2039f2067)"), skipping: unmounted volumes=[flannel-token-clln6], unattached volumes=[cni flannel-cfg flannel-token-clln6 run]: timed out waiting for the condition''',
  'kube-system', 'kube-flannel-ds-pzswd', '224d6e6a-ce32-4471-87b4-bff2039f2067', None, 'FailedMount',
  note="syslog form ('kubelet:' without pid). The flannel pod's service-account token volume did not mount in time. The 'unmounted volumes=[...], unattached volumes=[...]: timed out waiting for the condition' form with pod_workers.go:191: 1.17/1.18", kubelet='~1.18', fmt='klog', cls='volume'),
C(FL + "1358", r'''Oct 15 01:39:05 kubesphere kubelet: W1015 01:39:05.536425    1110 cni.go:202] Error validating CNI config list {"cniVersion":"","name":"cbr0","plugins":[{"delegate":{"isDefaultGateway":true},"name":"cbr0","type":"flannel"}]}: [plugin flannel does not support config version ""]''',
  None, None, None, None, 'NetworkNotReady',
  note="the only CNI config is rejected (empty cniVersion), so the kubelet has no valid network: the cause of 'no valid networks found' and of NetworkPluginNotReady. Node-level", kubelet='~1.18', fmt='klog', cls='node'),
C(FL + "1358", r'''Oct 15 01:39:10 kubesphere kubelet: W1015 01:39:10.542674    1110 cni.go:202] Error validating CNI config list {"cniVersion":"","name":"cbr0","plugins":[{"delegate":{"isDefaultGateway":true},"name":"cbr0","type":"flannel"}]}: [plugin flannel does not support config version ""]''',
  None, None, None, None, 'NetworkNotReady',
  note='5 s later, the same', kubelet='~1.18', fmt='klog', cls='node'),
# ---------------------------------------------------------------- flannel#1178: v1.16 cluster, Sep 2019
C(FL + "1178", r'''Sep 19 18:11:06 hrsh kubelet[1009]: E0919 18:11:06.096629    1009 pod_workers.go:191] Error syncing pod 1d7bbe8c-3736-43e1-93f6-bf3c043195ab ("coredns-5644d7b6d9-wq2c7_kube-system(1d7bbe8c-3736-43e1-93f6-bf3c043195ab)"), skipping: network is not ready: runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note="the pod waits on the node's network (title: 'in v1.16 cluster'): the cause is node-level, so, as the table labels this form, no pod is attributed although the line names coredns", kubelet='1.16', fmt='klog', cls='node'),
C(FL + "1178", r'''Sep 19 18:11:06 hrsh kubelet[1009]: E0919 18:11:06.096870    1009 pod_workers.go:191] Error syncing pod f2ca516a-166f-48da-b54b-6cc8d6750469 ("coredns-5644d7b6d9-hq7qp_kube-system(f2ca516a-166f-48da-b54b-6cc8d6750469)"), skipping: network is not ready: runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note='the other coredns replica, the same', kubelet='1.16', fmt='klog', cls='node'),
C(FL + "1178", r'''Sep 19 18:11:08 hrsh kubelet[1009]: E0919 18:11:08.096630    1009 pod_workers.go:191] Error syncing pod 1d7bbe8c-3736-43e1-93f6-bf3c043195ab ("coredns-5644d7b6d9-wq2c7_kube-system(1d7bbe8c-3736-43e1-93f6-bf3c043195ab)"), skipping: network is not ready: runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note='2 s later, the same', kubelet='1.16', fmt='klog', cls='node'),
# ---------------------------------------------------------------- flannel#1432: journal run, Apr 2021 (tail of a multi-line CNI config dump)
C(FL + "1432", r'''Apr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]:       }''',
  None, None, None, None, None,
  note="the kubelet printed the rejected CNI config list over several journal lines; this is one line of its JSON, noise on its own. cni.go:239 and pod_workers.go:191 below, coredns-f9fd979d6 (kubeadm 1.19's coredns): about 1.19", kubelet='~1.19', fmt='klog', cls='noise'),
C(FL + "1432", r'''Apr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]:     }''',
  None, None, None, None, None,
  note='JSON continuation line, noise', kubelet='~1.19', fmt='klog', cls='noise'),
C(FL + "1432", r'''Apr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]:   ]''',
  None, None, None, None, None,
  note='JSON continuation line, noise', kubelet='~1.19', fmt='klog', cls='noise'),
C(FL + "1432", r'''Apr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]: }''',
  None, None, None, None, None,
  note='JSON continuation line, noise', kubelet='~1.19', fmt='klog', cls='noise'),
C(FL + "1432", r'''Apr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]: : [failed to find plugin "flannel" in path [/opt/cni/bin] failed to find plugin "portmap" in path [/opt/cni/bin]]''',
  None, None, None, None, 'NetworkNotReady',
  note="the last line of the multi-line 'Error validating CNI config list' warning: the flannel and portmap CNI binaries are missing, so the node's network cannot become ready. Node-level", kubelet='~1.19', fmt='klog', cls='node'),
C(FL + "1432", r'''Apr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]: W0430 21:19:38.507284   32535 cni.go:239] Unable to update cni config: no valid networks found in /etc/cni/net.d''',
  None, None, None, None, 'NetworkNotReady',
  note='no valid CNI config, as the table labels this warning', kubelet='~1.19', fmt='klog', cls='node'),
C(FL + "1432", r'''Apr 30 21:19:39 z00419767-bcs-0001 kubelet[32535]: E0430 21:19:39.163656   32535 pod_workers.go:191] Error syncing pod c13d6c83-e611-4a28-a2cd-f07a43c641e0 ("coredns-f9fd979d6-6v2kf_kube-system(c13d6c83-e611-4a28-a2cd-f07a43c641e0)"), skipping: network is not ready: runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized''',
  None, None, None, None, 'NetworkNotReady',
  note="coredns waits on the node's network: node-level, no pod attributed (the table's label for this form)", kubelet='~1.19', fmt='klog', cls='node'),
    ]
