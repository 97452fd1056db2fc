# Hunt 18 for the real-lines table (issue 13 item 3): more real lines for the three reasons that were short
# of 10 (SystemOOM, SysctlForbidden, FailedPostStartHook), and look-alike traps for them. Same rules as
# gen_real_lines_h8.py and the older files: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own), with the source's URL (a GitHub issue/PR, or a blob URL at the
# commit the file index holds), and each was seen twice (two different searches, or a search hit and a
# read_file of the file; the column spacing of the kubectl rows was also checked with exact-string look-ups
# and the offsets they return). Node-level lines are never attributed to a pod: ns, pod, uid and container
# are None for SystemOOM. Imported by gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)
# Imported by gen_real_lines.py after it was scored: the build of a1c8ffc named pod+reason right on 16 of 17 (this set aims at rare reasons, not a held-out mix); the misses were fixed after
# the scoring, and rows relabelled after it say so in their notes.

K = "https://github.com/kubernetes/kubernetes/issues/"
KUBEEYE = "https://github.com/kubesphere/kubeeye/blob/bbb0f44f2f8c8d9c35a156681dbeb560eb21d1e6/README.md"
HOMELAB = ("https://github.com/papadopouloskyriakos/homelab-infrastructure/blob/"
           "b3caa9d4a5c72566e5173d41d06b33ab042da5d6/kubernetes/cluster-snapshots/history/2026-08-19.md")
WEBHOOKS = ("https://github.com/kubernetes/website/blob/b75e64bc39407ad08f45f53ade201d11a28f9ed5/"
            "docs/concepts/containers/container-lifecycle-hooks.md")
YB = "https://github.com/yugabyte/yugabyte-db/issues/2828"
EUPF = "https://github.com/edgecomllc/eupf/issues/105"
OSB = "https://github.com/opensandbox-group/OpenSandbox/issues/531"
OSH = "https://github.com/opensearch-project/helm-charts/issues/87"
COREDNS = "https://github.com/coredns/deployment/pull/298"
KONG = "https://github.com/Kong/kong/issues/9644"


def HUNT_H18(C):
    return [
# ---------------------------------------------------------------- SystemOOM
C(KUBEEYE, r'''default         Warning    node3.164b5861e041a60e                           2020-11-27T19:01:09+08:00   SystemOOM             System OOM encountered, victim process: stress, pid: 16713''',
  None, None, None, None, 'SystemOOM',
  note="KubeEye's README (kubesphere/kubeeye, Nov 2020): its `ke diag` table of the cluster's warning events (NAMESPACE SEVERITY NODENAME EVENTTIME REASON MESSAGE), here the kubelet's SystemOOM event of node3 with the victim-process form (1.16 or later, kubernetes PR 78174); the row names no pod, and node3 is the event's object, not a pod", fmt='event', cls='node'),
C(KUBEEYE, r'''default         Warning    node3.164b58660f8d4590                           2020-11-27T19:01:27+08:00   OOMKilling            Out of memory: Kill process 16711 (stress) score 205 or sacrifice child Killed process 16711 (stress), UID 0, total-vm:826516kB, anon-rss:819296kB, file-rss:0kB, shmem-rss:0kB''',
  None, None, None, None, 'SystemOOM',
  note="the next row: node-problem-detector's OOMKilling event 18 s later for the same stress process (pid 16711, the SystemOOM victim was its child 16713). 'Out of memory: Kill process ... or sacrifice child' is the kernel's global OOM killer (not 'Memory cgroup out of memory'), so it reads as the node's system OOM; rules.rs counts OOMKilling as SystemOOM evidence", fmt='event', cls='node'),
C(HOMELAB, r'''default                  57m         Warning   SystemOOM              node/nlk8s-node04                                              System OOM encountered, victim process: prometheus, pid: 967770''',
  None, None, None, None, 'SystemOOM',
  note="a home-lab repository's nightly cluster snapshot (k8s-cluster-snapshot.sh, 2026-08-19), its 'Warning Events (Recent)' section: kubectl get events -A rows; the SystemOOM event is recorded in namespace default against node/nlk8s-node04, and the victim is a prometheus process, not a pod. The same rows are in that day's kubernetes/cluster-snapshots/cluster-context-full.md, which gives the cluster as Kubernetes v1.36.3", kubelet='~1.36', fmt='event', cls='node'),
C(HOMELAB, r'''default                  54m         Warning   SystemOOM              node/nlk8s-node04                                              System OOM encountered, victim process: clustermesh-api, pid: 967456''',
  None, None, None, None, 'SystemOOM',
  note='same section, three minutes later: victim clustermesh-api (Cilium)', kubelet='~1.36', fmt='event', cls='node'),
C(HOMELAB, r'''default                  54m         Warning   SystemOOM              node/nlk8s-node04                                              System OOM encountered, victim process: grafana, pid: 977706''',
  None, None, None, None, 'SystemOOM',
  note='same burst: victim grafana', kubelet='~1.36', fmt='event', cls='node'),
C(HOMELAB, r'''default                  54m         Warning   SystemOOM              node/nlk8s-node04                                              System OOM encountered, victim process: clustermesh-api, pid: 967525''',
  None, None, None, None, 'SystemOOM',
  note='same burst: a second clustermesh-api process', kubelet='~1.36', fmt='event', cls='node'),
# ---------------------------------------------------------------- SysctlForbidden
C(EUPF, r'''forbidden sysctl: "net.ipv6.conf.all.forwarding" not allowlisted''',
  None, None, None, None, 'SysctlForbidden',
  note="the kubelet's rejection message as the eUPF developer quotes it (inline code, backticks not copied, Jun 2023) 'while trying to start the pod'; the node's kubelet-config.yaml then gets allowedUnsafeSysctls. 'allowlisted': a kubelet of 1.22 or later", fmt='event', cls='sysctl'),
C(OSB, r'''Message:          Pod was rejected: forbidden sysctl: "net.ipv6.conf.all.disable_ipv6" not allowlisted''',
  None, None, None, None, 'SysctlForbidden',
  note="kubectl describe pod (Mar 2026): the pod's status Message field, which the kubelet sets when it rejects the pod ('Pod was rejected: ' + the admit message; Status: Failed, Reason: SysctlForbidden on the lines above). A describe field row, not an event row; the line itself names no pod (it is 0156ce01-2da1-455f-b163-87beee09d85e-0 in opensandbox, from the header)", fmt='event', cls='sysctl'),
C(OSH, r'''forbidden sysctl: "vm.max_map_count" not whitelisted''',
  None, None, None, None, 'SysctlForbidden',
  note="the kubelet's message used as the issue's title (opensearch-project/helm-charts, chart's sysctl.enabled on a kubelet without vm.max_map_count allowed; vm.* is not namespaced, so no allowlist could admit it). 'not whitelisted': a kubelet before 1.22 (a later comment mentions Kubernetes 1.15)", fmt='event', cls='sysctl'),
# ---------------------------------------------------------------- FailedPostStartHook
C(K + "115680", r'''FailedPostStartHook  Exec lifecycle hook ([/bin/sh -c cp -r conf/* ./ mount -t cifs xxxxx mount -t cifs xxxxx mount -t cifs xxxx ]) for Container "base" in Pod "xxxxxv1cxularxor5changehive.6c92a7cc6af042bb9476312462538f5e_test(617f30ff-da04-42c3-9251-2ca26b918e4c)" failed - error: command '/bin/sh -c cp -r conf/* ./ mount -t cifs xxxx  mount -t cifs xxxx mount -t cifs xxxx ' exited with 137: , message: ""''',
  'test', 'xxxxxv1cxularxor5changehive.6c92a7cc6af042bb9476312462538f5e', '617f30ff-da04-42c3-9251-2ca26b918e4c', 'base', 'FailedPostStartHook',
  note="the event as the report (Feb 2023) gives it: reason and message of a describe row without Type/Age/From; the hook's multi-line script is shown joined, and the pod name as printed (name_namespace(uid), the name partly masked by the reporter). Server v1.20.6 as stated", kubelet='~1.20', fmt='event', cls='hook'),
C(YB, r'''Warning | FailedPostStartHook | Exec lifecycle hook ([sh -c mkdir -p /mnt/disk0/cores; mkdir -p /mnt/disk0/yb-data/scripts; if [ -f /home/yugabyte/bin/log_cleanup.sh ]; then cp /home/yugabyte/bin/log_cleanup.sh /mnt/disk0/yb-data/scripts; fi ]) for Container "yb-master" in Pod "yb-master-0_dbs(1b406210-1b88-11ea-a9c0-0022191d2683)" failed - error: command 'sh -c mkdir -p /mnt/disk0/cores; mkdir -p /mnt/disk0/yb-data/scripts; if [ -f /home/yugabyte/bin/log_cleanup.sh ]; then cp /home/yugabyte/bin/log_cleanup.sh /mnt/disk0/yb-data/scripts; fi ' exited with 126: , message: "cannot exec in a stopped state: unknown\r\n"''',
  'dbs', 'yb-master-0', '1b406210-1b88-11ea-a9c0-0022191d2683', 'yb-master', 'FailedPostStartHook',
  note="an event row pasted from a web console as a ' | '-separated table (Dec 2019): the yb-master postStart hook could not exec because the container had already stopped (exit 126, 'cannot exec in a stopped state'); the \\r\\n is the message's own escaped text. Kubernetes version not stated", fmt='event', cls='hook'),
C(WEBHOOKS, r'''  38s        38s        1    {kubelet gke-test-cluster-default-pool-a07e5d30-siqd}    spec.containers{main}    Normal        Killing        Killing container with docker id 5c6a256a2567: PostStart handler: Error executing in Docker Container: 1''',
  None, None, None, 'main', 'FailedPostStartHook',
  note="the Kubernetes docs' first 'Debugging Hook handlers' example (added by kubernetes/website PR 1820, Dec 2016), a real GKE describe in the old tab-less FirstSeen/LastSeen/Count/From/SubObjectPath/Type/Reason/Message layout: the Killing event whose message gives the kill's cause, the failed PostStart handler; spec.containers{main} names the container, no pod. Docker-era kubelet with seccomp=unconfined in Created: about 1.5", kubelet='~1.5', fmt='event', cls='hook'),
C(WEBHOOKS, r'''  37s        37s        1    {kubelet gke-test-cluster-default-pool-a07e5d30-siqd}    spec.containers{main}    Normal        Killing        Killing container with docker id 8df9fdfd7054: PostStart handler: Error executing in Docker Container: 1''',
  None, None, None, 'main', 'FailedPostStartHook',
  note='the next row: the restarted container (a new docker id) killed for the same failed hook', kubelet='~1.5', fmt='event', cls='hook'),
C(WEBHOOKS, r'''  38s        37s        2    {kubelet gke-test-cluster-default-pool-a07e5d30-siqd}                Warning        FailedSync    Error syncing pod, skipping: failed to "StartContainer" for "main" with RunContainerError: "PostStart handler: Error executing in Docker Container: 1"''',
  None, None, None, 'main', 'FailedPostStartHook',
  note="the FailedSync event of the same pod: before 1.6 the kubelet wrapped the postStart failure in RunContainerError (as kubernetes#23906 in the table); the cause an SRE reads is the hook", kubelet='~1.5', fmt='event', cls='hook'),
C(WEBHOOKS, r'''  1m         22s         2     {kubelet gke-test-cluster-default-pool-a07e5d30-siqd}    spec.containers{main}    Warning        FailedPostStartHook''',
  None, None, None, 'main', 'FailedPostStartHook',
  note="the FailedPostStartHook event itself, with an empty message (the English page has no trailing spaces; the zh translation of the page shows the same row with four)", kubelet='~1.5', fmt='event', cls='hook'),
# ---------------------------------------------------------------- look-alike traps
C(COREDNS, r'''Warning  FailedCreatePodSandBox  2s (x13 over 43s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory: unknown''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="quoted (blockquote marker not copied) in coredns/deployment PR 298 and coredns/helm PR 171 (Aug 2024): a pod that sets the net.ipv4.ip_unprivileged_port_start sysctl on a kernel older than 4.11 passes the kubelet's sysctl admission (the sysctl is in the safe set since 1.22) and fails in runc when it writes /proc/sys: a sandbox failure, not SysctlForbidden", fmt='event', cls='sysctl-trap', trap_for=['SysctlForbidden']),
C(KONG, r'''Nov 03 19:21:38 ip-10-33-213-39.eu-north-1.compute.internal kubelet[3409]: E1103 19:21:38.616322    3409 handlers.go:67] "Exec lifecycle hook for Container in Pod failed" err="command '/bin/sh -c sleep 15 && kong quit --wait=15 --prefix=/opt/bitnami/kong/server --timeout=30 --vv > /proc/1/fd/1' exited with 137: " execCommand=[/bin/sh -c sleep 15 && kong quit --wait=15 --prefix=/opt/bitnami/kong/server --timeout=30 --vv > /proc/1/fd/1] containerName="kong" pod="api-gateway/api-gateway-kong-675849b8b-hx8lc" message=""''',
  'api-gateway', 'api-gateway-kong-675849b8b-hx8lc', None, 'kong', None,
  note="[relabelled after scoring from FailedPreStopHook to None: the line alone does not say which hook failed, and podpulse reads one line at a time; the table keeps the next line, PreStop hook failed, as the evidence] kubelet journal on EKS (Nov 2022) during the kong pod's deletion (SyncLoop DELETE 30 s before): handlers.go logs the same 'Exec lifecycle hook for Container in Pod failed' text for both hooks; this one is the preStop hook (execCommand is the chart's preStop 'kong quit', and the next line of the same microsecond is kuberuntime_container.go:598 \"PreStop hook failed\"). kubelet.go:2123 / kuberuntime_container.go:598 line numbers: about 1.23", kubelet='~1.23', fmt='klog-s', cls='hook-trap', trap_for=['FailedPostStartHook', 'FailedPreStopHook']),
    ]
