# Hunt 70 for the real-lines table (issue 13 item 3): a HELD-OUT set from the GitHub issues of
# networking and service-mesh projects (Calico, Istio, Linkerd): whole pasted `kubectl describe`
# event runs (a real mix of reasons and noise: Created, Pulled, Started, probe failures, Killing,
# BackOff, Scheduled) and a pasted kubelet journal from a CoreOS node. Same rules as
# gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw strings), with
# the source's URL, and each was seen twice (two different searches of the issue store showed the same
# text). Two edits of the paste's own layout only, both noted on the row: a row that the thread shows
# inside inline-code backticks is taken without the backticks, and the calico#2841 journal (pasted with
# terminal padding, so that the next line follows on the same physical line after a run of spaces) is
# cut at the end of each journal entry. Lines seen only once, or cut short in the stored copy, are
# left out. Expected fields are as an SRE reads the line (not what podpulse prints): a describe row
# names no pod (ns, pod, uid None) unless its message does; node-level lines name no pod.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

GH = "https://github.com/"
CAL6555 = GH + "projectcalico/calico/issues/6555"
CNIP1060 = GH + "projectcalico/cni-plugin/issues/1060"
CAL6677 = GH + "projectcalico/calico/issues/6677"
CAL2841 = GH + "projectcalico/calico/issues/2841"
IST51847 = GH + "istio/istio/pull/51847"
IST15895 = GH + "istio/istio/issues/15895"
L5D10413 = GH + "linkerd/linkerd2/issues/10413"


def HUNT_H70(C):
    return [
# ---------------------------------------------------------------- calico#6555: calico-node-sn6nh, the whole describe run
C(CAL6555, r''' Normal   Started         21m                    kubelet  Started container calico-node''',
  None, None, None, 'calico-node', 'Started',
  note="calico-node-sn6nh CrashLoopBackOff report (Aug 2022): first row of the pasted describe events (the thread shows it with one leading space); the kubelet started the calico-node container. No version stated", fmt='event', cls='start'),
C(CAL6555, r'''  Warning  Unhealthy       21m                    kubelet  Liveness probe failed: calico/node is not ready: Felix is not live: Get "http://localhost:9099/liveness": dial tcp [::1]:9099: connect: connection refused''',
  None, None, None, None, 'LivenessProbeFailed',
  note="the liveness probe (calico-node -felix-live) could not reach Felix's health port", fmt='event', cls='probe'),
C(CAL6555, r'''  Warning  Unhealthy       20m (x8 over 21m)      kubelet  Readiness probe failed: calico/node is not ready: BIRD is not ready: Error querying BIRD: unable to connect to BIRDv4 socket: dial unix /var/run/bird/bird.ctl: connect: no such file or directory''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="readiness probe failure: BIRD's control socket is missing", fmt='event', cls='probe'),
C(CAL6555, r'''  Normal   Killing         20m                    kubelet  Container calico-node failed liveness probe, will be restarted''',
  None, None, None, 'calico-node', 'LivenessProbeFailed',
  note="the Killing event that names its cause: the container is restarted because its liveness probe failed (the table reads this row as LivenessProbeFailed, the cause, as for the bookstore-v1 and gadget rows)", fmt='event', cls='probe'),
C(CAL6555, r'''  Warning  Unhealthy       6m46s (x40 over 21m)   kubelet  Liveness probe failed: calico/node is not ready: bird/confd is not live: exit status 1''',
  None, None, None, None, 'LivenessProbeFailed',
  note="the exec liveness probe exited 1: bird/confd not live", fmt='event', cls='probe'),
C(CAL6555, r'''  Warning  BackOff         102s (x54 over 17m)    kubelet  Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note="the crash-loop back-off row (the pod is calico-node-sn6nh, from the issue title, not from the row)", fmt='event', cls='crash'),
# ---------------------------------------------------------------- cni-plugin#1060: one calico-node always restarts (Apr 2021, calico v3.17.1)
C(CNIP1060, r'''  Normal   Created         55m                   kubelet  Created container flexvol-driver''',
  None, None, None, 'flexvol-driver', None,
  note="describe events of a restarting calico-node (Apr 2021, calico/node:v3.17.1): a Created row is noise (the table has no Created reason)", fmt='event', cls='noise'),
C(CNIP1060, r'''  Normal   Started         55m                   kubelet  Started container flexvol-driver''',
  None, None, None, 'flexvol-driver', 'Started',
  note="the flexvol-driver init container started", fmt='event', cls='start'),
C(CNIP1060, r'''  Normal   Pulled          55m                   kubelet  Container image "docker.io/calico/node:v3.17.1" already present on machine''',
  None, None, None, None, 'Pulled',
  note="image already present: the kubelet's Pulled event", fmt='event', cls='image'),
C(CNIP1060, r'''  Normal   Created         55m                   kubelet  Created container calico-node''',
  None, None, None, 'calico-node', None,
  note="Created row: noise", fmt='event', cls='noise'),
C(CNIP1060, r'''  Normal   Started         55m                   kubelet  Started container calico-node''',
  None, None, None, 'calico-node', 'Started',
  note="calico-node container started", fmt='event', cls='start'),
C(CNIP1060, r'''  Warning  Unhealthy       54m                   kubelet  Liveness probe failed: calico/node is not ready: bird/confd is not live: exit status 1''',
  None, None, None, None, 'LivenessProbeFailed',
  note="exec liveness probe exited 1", fmt='event', cls='probe'),
C(CNIP1060, r'''  Warning  Unhealthy       54m (x4 over 55m)     kubelet  Liveness probe failed: calico/node is not ready: Felix is not live: Get "http://localhost:9099/liveness": dial tcp [::1]:9099: connect: connection refused''',
  None, None, None, None, 'LivenessProbeFailed',
  note="liveness probe: Felix's health port refused", fmt='event', cls='probe'),
C(CNIP1060, r'''  Warning  Unhealthy       11m (x104 over 55m)   kubelet  Readiness probe failed: calico/node is not ready: BIRD is not ready: Error querying BIRD: unable to connect to BIRDv4 socket: dial unix /var/run/bird/bird.ctl: connect: no such file or directory''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="readiness probe: BIRD socket missing", fmt='event', cls='probe'),
C(CNIP1060, r'''  Warning  BackOff         69s (x166 over 50m)   kubelet  Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note="crash-loop back-off row, last of the run", fmt='event', cls='crash'),
# ---------------------------------------------------------------- calico#6677: calico-node crash loop on EKS (Sep 2022, calico 3.20.0 via the tigera operator)
C(CAL6677, r'''  Normal   Scheduled          25m                  default-scheduler  Successfully assigned calico-system/calico-node-9w5nz to ip-192-168-82-236.us-west-2.compute.internal''',
  'calico-system', 'calico-node-9w5nz', None, None, None,
  note="the scheduler's row names the pod as ns/name; scheduling is noise for the journal reasons", fmt='event', cls='noise'),
C(CAL6677, r'''  Normal   Created            25m                  kubelet            Created container flexvol-driver''',
  None, None, None, 'flexvol-driver', None,
  note="Created row: noise", fmt='event', cls='noise'),
C(CAL6677, r'''  Normal   Pulled             25m                  kubelet            Container image "quay.io/calico/pod2daemon-flexvol:v3.20.0" already present on machine''',
  None, None, None, None, 'Pulled',
  note="image already present on the node", fmt='event', cls='image'),
C(CAL6677, r'''  Normal   Started            25m                  kubelet            Started container flexvol-driver''',
  None, None, None, 'flexvol-driver', 'Started',
  note="init container started", fmt='event', cls='start'),
C(CAL6677, r'''  Normal   Killing            24m                  kubelet            Container calico-node failed liveness probe, will be restarted''',
  None, None, None, 'calico-node', 'LivenessProbeFailed',
  note="Killing because the liveness probe failed: read as LivenessProbeFailed, the cause, as elsewhere in the table (the next row of the thread, FailedPreStopHook, is cut in the stored copy and left out)", fmt='event', cls='probe'),
# ---------------------------------------------------------------- calico#2841: kubelet journal on a CoreOS node after a Calico upgrade (Sep 2019)
C(CAL2841, r'''Sep 07 13:22:56 ip-10-120-147-201.eu-west-1.compute.internal kubelet-wrapper[1668]: I0907 13:22:56.269028    1668 reconciler.go:207] operationExecutor.VerifyControllerAttachedVolume started for volume "default-token-7z9jr" (UniqueName: "kubernetes.io/secret/9a9310d9-d172-11e9-b40f-0a180637ecec-default-token-7z9jr") pod "nginx-57867cc648-mnx49" (UID: "9a9310d9-d172-11e9-b40f-0a180637ecec")''',
  None, 'nginx-57867cc648-mnx49', '9a9310d9-d172-11e9-b40f-0a180637ecec', None, None,
  note="Calico 2.6.10 -> 3.3.1 upgrade thread, kubelet journal (CoreOS kubelet-wrapper unit, Sep 2019): routine volume reconciler line, noise; it names pod and UID but no namespace. The paste is padded with spaces and the next entry follows on the same physical line: cut at the end of this entry", fmt='klog', cls='noise'),
C(CAL2841, r'''Sep 07 13:23:01 ip-10-120-147-201.eu-west-1.compute.internal kubelet-wrapper[1668]: E0907 13:23:01.475528    1668 cni.go:324] Error adding default_nginx-57867cc648-mnx49/218b83cb2072de4d2d264cae46237ec72e97ac64d82df71d22bd96bc2c3eb9b1 to network calico/k8s-pod-network: stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/''',
  'default', 'nginx-57867cc648-mnx49', None, None, 'FailedCreatePodSandBox',
  note="the kubelet's CNI call failed for the pod's sandbox (named ns_pod/sandbox-id): calico/node had not written /var/lib/calico/nodename. Trailing terminal padding cut. cni.go:324 of the dockershim CNI plugin; no version stated", fmt='klog', cls='sandbox'),
# ---------------------------------------------------------------- istio#51847 (PR description, Jul 2024): istio-cni sandbox failures
C(IST51847, r'''  Warning  FailedCreatePodSandBox  2m28s              kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5971b5502d010075b13fa87ad7fce07e164dbba7fada3c9e498ebf1a55693c8e": plugin type="istio-cni" name="istio-cni" failed (add): unable to push CNI event, error was 500''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="istio PR 'cni: expose error messages to client' (Jul 2024), describe rows: the istio-cni plugin could not push its event to the node agent; only a sandbox id, no pod", fmt='event', cls='sandbox'),
C(IST51847, r'''  Warning  FailedCreatePodSandBox  2m17s              kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "6738e4113866d42813aeb65a90e87a3ae40a18cc2cc5e93ee86d4332db5d783e": plugin type="istio-cni" name="istio-cni" failed (add): unable to push CNI event, error was 500''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="same failure, next attempt", fmt='event', cls='sandbox'),
C(IST51847, r'''  Warning  FailedCreatePodSandBox  2m3s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "d19b382a3aa067ad7be02526bbfef9fb5425e9120cac28aaae38fc69c5206808": plugin type="istio-cni" name="istio-cni" failed (add): unable to push CNI event (status code 500): failed, sorry''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="same failure with the PR's improved message (the fourth row, '(combined from similar events)', is cut in the stored copy and left out)", fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- istio#15895: sidecar-injected pods stuck in ContainerCreating (Jul 2019, istio-cni)
C(IST15895, r''' Warning  FailedCreatePodSandBox  61s (x4 over 2m32s)  kubelet, lxappstrldev0001  (combined from similar events): Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "a7d47adab4560c602c0e491b9e4a2f2ebd89cd2a3cc61232842c94ad02dc9a2a" network for pod "httpbin-6cbc6f986f-kh52h": NetworkPlugin cni failed to set up pod "httpbin-6cbc6f986f-kh52h_default" network: exit status 3''',
  'default', 'httpbin-6cbc6f986f-kh52h', None, None, 'FailedCreatePodSandBox',
  note="the thread shows this row inside inline-code backticks; taken without them. dockershim form ('failed to set up sandbox container ... network for pod'), the message names the pod as name_namespace; the chained istio-cni plugin exited 3", fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- linkerd#10413: linkerd-cni chained after OKE flannel (Feb 2023)
C(L5D10413, r'''  Warning  FailedCreatePodSandBox  21m                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_cert-manager-59bf757d77-kszm7_cert-manager_bf83dc3e-020c-42bd-8177-591fad2e8f3e_0(de413933b372fe0bcfa543b40594480dc3c2b27a1cd1f571d1ad29ab8b29263b): error adding pod cert-manager_cert-manager-59bf757d77-kszm7 to CNI network "cbr0": plugin type="linkerd-cni" name="linkerd-cni" failed (add): Get "https://[10.96.0.1]:443/api/v1/namespaces/cert-manager/pods/cert-manager-59bf757d77-kszm7": cannotconnect''',
  'cert-manager', 'cert-manager-59bf757d77-kszm7', 'bf83dc3e-020c-42bd-8177-591fad2e8f3e', None, 'FailedCreatePodSandBox',
  note="CRI-O's sandbox name k8s_<pod>_<ns>_<uid>_<attempt> names the pod fully (also 'error adding pod <ns>_<pod>'); linkerd-cni could not reach the API server. OKE runs CRI-O", fmt='event', cls='sandbox'),
C(L5D10413, r'''  Warning  FailedCreatePodSandBox  20m                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_cert-manager-59bf757d77-kszm7_cert-manager_bf83dc3e-020c-42bd-8177-591fad2e8f3e_0(f2d8b31127963deb5da58455335b085b9aab3048c1eae1105c7acd05443fa767): error adding pod cert-manager_cert-manager-59bf757d77-kszm7 to CNI network "cbr0": plugin type="linkerd-cni" name="linkerd-cni" failed (add): Get "https://[10.96.0.1]:443/api/v1/namespaces/cert-manager/pods/cert-manager-59bf757d77-kszm7": cannotconnect''',
  'cert-manager', 'cert-manager-59bf757d77-kszm7', 'bf83dc3e-020c-42bd-8177-591fad2e8f3e', None, 'FailedCreatePodSandBox',
  note="the next attempt, a new sandbox id (the third row is cut in the stored copy and left out)", fmt='event', cls='sandbox'),
    ]
