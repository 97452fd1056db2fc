# Hunt 54 for issue 13: a HELD-OUT set of real kubectl event rows from GitHub threads where
# `kubectl describe pod` / `kubectl get events` / `oc get events` output is pasted for a pod whose INIT
# container fails (Init:CrashLoopBackOff, Init:CreateContainerConfigError, Init:ImagePullBackOff), from
# threads the table did not cite (istio/istio#23297, fabric8io/fabric8#6700, helm/charts#14514,
# KamranAzeem/kubernetes-katas#10, DandyDeveloper/charts#390, awslabs/benchmark-ai#843; each checked with
# grep against real_lines.jsonl and every gen_real_lines_*.py). Whole consecutive runs of a pasted Events
# block were taken where the stored copy of the thread shows them, Normal rows (Scheduled, Created,
# SuccessfulMountVolume, AddedInterface) included; a row the stored copy cuts is left out
# (DandyDeveloper/charts#390's Warning Failed row, helm/charts#14514's fifth row). No kubelet journal
# line of such a thread could be read whole in the stored copies (istio/istio#19717's is cut), so none is
# here.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings: backslashes are the line's own; the tab characters inside fabric8io/fabric8#6700's rows are the
# rows' own tabs; leading spaces are the rows' own), with the source's URL, and each was seen twice (two
# different searches). Expected fields are what an SRE reads in the line itself, not podpulse's output.
# Node-level lines are never attributed to a pod.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

I23297 = "https://github.com/istio/istio/issues/23297"
F6700 = "https://github.com/fabric8io/fabric8/issues/6700"
H14514 = "https://github.com/helm/charts/issues/14514"
K10 = "https://github.com/KamranAzeem/kubernetes-katas/issues/10"
D390 = "https://github.com/DandyDeveloper/charts/issues/390"
B843 = "https://github.com/awslabs/benchmark-ai/issues/843"


def HUNT_H54(C):
    return [
# ---------------------------------------------------------------- istio/istio/issues/23297
C(I23297, r'''  Normal   Scheduled  <unknown>             default-scheduler  Successfully assigned default/details-v1-78d78fbddf-6qw9p to node1.yr''',
  'default', 'details-v1-78d78fbddf-6qw9p', None, None, None,
  note="describe-pod Events of details-v1 whose istio-validation init container (istio-cni) crash-loops (Apr 2020, istio 1.5.2). '<unknown>' age and the 'kubelet, <node>' From column are kubectl 1.16-1.18; the kubelet version is not stated: the scheduler's assignment names default/<pod>; no kubelet reason", kubelet='~1.17', fmt='event', cls='noise'),
C(I23297, r'''  Normal   Pulled     11m (x5 over 12m)     kubelet, node1.yr  Container image "docker.io/istio/proxyv2:1.5.2" already present on machine''',
  None, None, None, None, 'Pulled',
  note="the kubelet's Pulled event (image already present) for the init container; the row names no pod or container", kubelet='~1.17', fmt='event', cls='image'),
C(I23297, r'''  Normal   Created    11m (x5 over 12m)     kubelet, node1.yr  Created container istio-validation''',
  None, None, None, 'istio-validation', None,
  note='Created: no reason of its own; names the init container only', kubelet='~1.17', fmt='event', cls='noise'),
C(I23297, r'''  Normal   Started    11m (x5 over 12m)     kubelet, node1.yr  Started container istio-validation''',
  None, None, None, 'istio-validation', 'Started',
  note='the init container started (x5: it keeps exiting)', kubelet='~1.17', fmt='event', cls='start'),
C(I23297, r'''  Warning  BackOff    2m46s (x47 over 12m)  kubelet, node1.yr  Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note='the restart back-off of the failing init container (Init:CrashLoopBackOff); the pre-1.26 message names no container', kubelet='~1.17', fmt='event', cls='crash'),
# ---------------------------------------------------------------- fabric8io/fabric8/issues/6700
C(F6700, r'''  2m	1m	4	{kubelet n9.c1.rdu2c.fabric8.io}	spec.initContainers{init}	Normal	Pulled		Container image "busybox" already present on machine''',
  None, None, None, 'init', 'Pulled',
  note="oc describe pod jenkins-xxxx Events (Jan 2017, OpenShift v1.3.1 per the reporter's comment in fabric8io/gofabric8#325 the next day: kubernetes 1.3): tab-separated rows of the busybox chmod init container; Pulled (image already present); the SubobjectPath names the init container 'init'", kubelet='~1.3', fmt='event', cls='image'),
C(F6700, r'''  1m	1m	1	{kubelet n9.c1.rdu2c.fabric8.io}	spec.initContainers{init}	Normal	Created		Created container with docker id 206921725ff4''',
  None, None, None, 'init', None,
  note='Created with docker id: no reason of its own', kubelet='~1.3', fmt='event', cls='noise'),
C(F6700, r'''  1m	1m	1	{kubelet n9.c1.rdu2c.fabric8.io}	spec.initContainers{init}	Normal	Started		Started container with docker id 206921725ff4''',
  None, None, None, 'init', 'Started',
  note='Started with docker id: the init container started', kubelet='~1.3', fmt='event', cls='start'),
C(F6700, r'''  2m	12s	14	{kubelet n9.c1.rdu2c.fabric8.io}	spec.initContainers{init}	Warning	BackOff		Back-off restarting failed docker container''',
  None, None, None, 'init', 'CrashLoopBackOff',
  note="BackOff 'Back-off restarting failed docker container' (dockertools wording) for spec.initContainers{init}: the crash-loop back-off", kubelet='~1.3', fmt='event', cls='crash'),
C(F6700, r'''  1m	12s	7	{kubelet n9.c1.rdu2c.fabric8.io}					Warning	FailedSync	Error syncing pod, skipping: [failed to "InitContainer" for "init" with RunInitContainerError: "init container \"init\" exited with 1"''',
  None, None, None, 'init', 'FailedSync',
  note='first physical line of a FailedSync event whose message spans two lines: the pod sync failed because the init container exited 1 (RunInitContainerError, which has no Reason of its own in the table); the row names no pod', kubelet='~1.3', fmt='event', cls='sync'),
C(F6700, r''', failed to "StartContainer" for "init" with CrashLoopBackOff: "Back-off 1m20s restarting failed container=init pod=jenkins-1-j3yeg_demo(2b77b45c-d77d-11e6-9fdf-0cc47af70d04)"''',
  'demo', 'jenkins-1-j3yeg', '2b77b45c-d77d-11e6-9fdf-0cc47af70d04', 'init', 'CrashLoopBackOff',
  note="second physical line of the same FailedSync message, as the thread shows it: StartContainer of 'init' in CrashLoopBackOff; names the pod as name_namespace(uid)", kubelet='~1.3', fmt='event', cls='crash'),
# ---------------------------------------------------------------- helm/charts/issues/14514
C(H14514, r'''8m          8m           1         myjenkins-748855dbbc-q64ph.15a53b7e4e8eabd3   Pod                                                                Normal    Scheduled                    default-scheduler             Successfully assigned myjenkins-748855dbbc-q64ph to lp00osp09c015''',
  None, 'myjenkins-748855dbbc-q64ph', None, None, None,
  note="oc get events of a stable/jenkins pod whose copy-default-config init container fails (Jun 2019, OpenShift). The NAME column is the event's name, <pod>.<hash>, KIND Pod; no namespace column. SuccessfulMountVolume events were dropped in kubelet 1.11 (kubernetes#63339), so the node ran 1.10 or older: the scheduler's assignment; not a failure", kubelet='~1.10', fmt='event', cls='noise'),
C(H14514, r'''8m          8m           1         myjenkins-748855dbbc-q64ph.15a53b7e57c1c103   Pod                                                                Normal    SuccessfulMountVolume        kubelet, lp00osp09c015        MountVolume.SetUp succeeded for volume "tmp"''',
  None, 'myjenkins-748855dbbc-q64ph', None, None, None,
  note='SuccessfulMountVolume for volume "tmp": a successful mount is noise, not FailedMount', kubelet='~1.10', fmt='event', cls='noise', trap_for='FailedMount'),
C(H14514, r'''8m          8m           1         myjenkins-748855dbbc-q64ph.15a53b7e57c25770   Pod                                                                Normal    SuccessfulMountVolume        kubelet, lp00osp09c015        MountVolume.SetUp succeeded for volume "plugin-dir"''',
  None, 'myjenkins-748855dbbc-q64ph', None, None, None,
  note='SuccessfulMountVolume for "plugin-dir": noise', kubelet='~1.10', fmt='event', cls='noise', trap_for='FailedMount'),
C(H14514, r'''8m          8m           1         myjenkins-748855dbbc-q64ph.15a53b7e57c556a2   Pod                                                                Normal    SuccessfulMountVolume        kubelet, lp00osp09c015        MountVolume.SetUp succeeded for volume "secrets-dir"''',
  None, 'myjenkins-748855dbbc-q64ph', None, None, None,
  note='SuccessfulMountVolume for "secrets-dir": noise', kubelet='~1.10', fmt='event', cls='noise', trap_for='FailedMount'),
# ---------------------------------------------------------------- KamranAzeem/kubernetes-katas/issues/10
C(K10, r'''8m11s       Normal    Pulling                pod/init-container-demo             Pulling image "alpine/git"''',
  None, 'init-container-demo', None, None, 'Pulling',
  note='kubectl get events (Feb 2020) of init-container-demo stuck in Init:CrashLoopBackOff; the OBJECT column names pod/<name> (no namespace column); kubelet version not stated: Pulling the init container image', fmt='event', cls='image'),
C(K10, r'''8m7s        Normal    Pulled                 pod/init-container-demo             Successfully pulled image "alpine/git"''',
  None, 'init-container-demo', None, None, 'Pulled',
  note='Successfully pulled', fmt='event', cls='image'),
C(K10, r'''9m7s        Normal    Created                pod/init-container-demo             Created container helper''',
  None, 'init-container-demo', None, 'helper', None,
  note='Created container helper (the init container): no reason of its own', fmt='event', cls='noise'),
C(K10, r'''9m7s        Normal    Started                pod/init-container-demo             Started container helper''',
  None, 'init-container-demo', None, 'helper', 'Started',
  note='the init container started', fmt='event', cls='start'),
C(K10, r'''12s         Warning   BackOff                pod/init-container-demo             Back-off restarting failed container''',
  None, 'init-container-demo', None, None, 'CrashLoopBackOff',
  note='the restart back-off of the failing init container', fmt='event', cls='crash'),
C(K10, r'''37m         Normal    NodeNotReady           node/node2.example.com              Node node2.example.com status is now: NodeNotReady''',
  None, None, None, None, 'NodeNotReady',
  note="the same listing's node event: node2 went NotReady; node-level, names no pod", fmt='event', cls='node'),
# ---------------------------------------------------------------- DandyDeveloper/charts/issues/390
C(D390, r'''Error: container has runAsNonRoot and image will run as root (pod: "redis-dandy-ha-redis-ha-server-0_default(e8f629f5-7524-4ae9-b25b-4e52d72e9bba)", container: config-init)''',
  'default', 'redis-dandy-ha-redis-ha-server-0', 'e8f629f5-7524-4ae9-b25b-4e52d72e9bba', 'config-init', 'CreateContainerConfigError',
  note="redis-ha chart on OpenShift Local (crc), Mar 2026: the config-init init container is refused (Init:CreateContainerConfigError): the Failed event's message as the description quotes it; runAsNonRoot with a root image is a container-config error; names pod as name_namespace(uid) and the container", fmt='event', cls='config'),
C(D390, r'''  Normal   Scheduled       7m13s                  default-scheduler  Successfully assigned default/redis-dandy-ha-redis-ha-server-0 to crc''',
  'default', 'redis-dandy-ha-redis-ha-server-0', None, None, None,
  note="describe-pod Events below it: the scheduler's assignment names default/<pod>", fmt='event', cls='noise'),
C(D390, r'''  Normal   AddedInterface  7m14s                  multus             Add eth0 [10.217.0.124/23] from ovn-kubernetes''',
  None, None, None, None, None,
  note='multus AddedInterface (eth0 from ovn-kubernetes): network attached, not a failure', fmt='event', cls='noise'),
C(D390, r'''  Normal   Pulled          2m8s (x27 over 7m14s)  kubelet            spec.initContainers{config-init}: Container image "docker.io/redis:8.2.4-alpine" already present on machine''',
  None, None, None, 'config-init', 'Pulled',
  note='Pulled (already present); this kubectl prefixes the message with the field path spec.initContainers{config-init}', fmt='event', cls='image'),
# ---------------------------------------------------------------- awslabs/benchmark-ai/issues/843
C(B843, r'''  Warning  Failed   12m (x11600 over 44h)    kubelet, ip-172-16-3-152.eu-west-1.compute.internal  Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff',
  note="describe-pod Events of a benchmark pod in Init:ImagePullBackOff (Sep 2019, EKS): the puller init container's image cannot be pulled; rows name no pod or container; 'kubelet, <node>' From column: kubectl before 1.19; Error: ImagePullBackOff", fmt='event', cls='image'),
C(B843, r'''  Normal   BackOff  2m26s (x11643 over 44h)  kubelet, ip-172-16-3-152.eu-west-1.compute.internal  Back-off pulling image "benchmarkai/puller:00dd240"''',
  None, None, None, None, 'ImagePullBackOff',
  note="BackOff 'Back-off pulling image': the image pull back-off", fmt='event', cls='image'),
    ]
