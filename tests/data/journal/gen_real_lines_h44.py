# Hunt 44 for the real-lines table (issue 13): a HELD-OUT set of real lines, taken from GitHub threads
# that neither real_lines.jsonl nor any other gen_real_lines_*.py cited when it was written: whole
# Events tables of `kubectl describe pod` and runs of `kubectl get events`, Normal rows included, for
# pods stuck in ContainerCreating, ImagePullBackOff, CrashLoopBackOff and the like, and the kubelet
# lines pasted beside them. Each line is copied exactly as its public source shows it (raw strings:
# backslashes are the line's own), with the thread's URL, and each was seen twice (the same excerpt
# returned by two different searches). Expected fields are what an SRE reads in the line itself, not
# what podpulse outputs: a row naming a pod without a namespace gives ns None; a row naming only a
# container gives the container. Node-level lines name no pod. Held out when collected: scored before
# the fixes it led to, then imported into the table by gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
VL876 = "https://github.com/Mirantis/virtlet/issues/876"
AD8 = "https://github.com/errm/alertdog/issues/8"
TH15 = "https://github.com/topolvm/helm/issues/15"
TT274 = "https://github.com/topolvm/topolvm/issues/274"
OO15244 = "https://github.com/openshift/origin/issues/15244"
CD11133 = "https://github.com/containerd/containerd/issues/11133"
DH336 = "https://github.com/deckhouse/deckhouse/issues/336"


def HUNT_H44(C):
    return [
# ---------------------------------------------------------------- kubernetes#113215: a CrashLoopBackOff describe
C(K + "113215", r'''  Normal   Scheduled  18m                   default-scheduler  Successfully assigned xxx/xxx-controller-manager-7c8fcd5fff-4fprb to cloud-dev''',
  'xxx', 'xxx-controller-manager-7c8fcd5fff-4fprb', None, None, None,
  note="kubectl describe pod Events table (Oct 2022; the namespace and image names are redacted as xxx by the reporter): the scheduler's row names ns/pod; no kubelet reason. 'kubelet' without a node name in From (1.20+) and a BackOff message the reporter asks to carry the container name (added by PR 113216 for 1.26): about 1.25", kubelet='~1.25', fmt='event', cls='noise'),
C(K + "113215", r'''  Normal   Pulling    20m                   kubelet            Pulling image "xxx/xxx/xxx:v0.0.1"''',
  None, None, None, None, 'Pulling', note='same table: the kubelet starts the pull; the row names no pod or container', kubelet='~1.25', fmt='event', cls='pull'),
C(K + "113215", r'''  Normal   Pulled     20m                   kubelet            Successfully pulled image "xxx/xxx/xxx-controller:v0.0.1"''',
  None, None, None, None, 'Pulled', note='same table: the pull succeeded', kubelet='~1.25', fmt='event', cls='pull'),
C(K + "113215", r'''  Normal   Started    20m                   kubelet            Started container manager''',
  None, None, None, 'manager', 'Started', note='same table: container manager started', kubelet='~1.25', fmt='event', cls='start'),
C(K + "113215", r'''  Normal   Created    20m                   kubelet            Created container manager''',
  None, None, None, 'manager', None, note="same table: 'Created container' is progress, no reason (as the table's other Created rows)", kubelet='~1.25', fmt='event', cls='noise'),
C(K + "113215", r'''  Normal   Created    19m (x4 over 20m)     kubelet            Created container kube-rbac-proxy''',
  None, None, None, 'kube-rbac-proxy', None, note='same table: the sidecar re-created four times; progress, no reason', kubelet='~1.25', fmt='event', cls='noise'),
C(K + "113215", r'''  Normal   Started    19m (x4 over 20m)     kubelet            Started container kube-rbac-proxy''',
  None, None, None, 'kube-rbac-proxy', 'Started', note='same table: the sidecar started (four times)', kubelet='~1.25', fmt='event', cls='start'),
C(K + "113215", r'''  Normal   Pulled     18m (x5 over 20m)     kubelet            Container image "gcr.io/kubebuilder/kube-rbac-proxy:v0.13.0" already present on machine''',
  None, None, None, None, 'Pulled', note="same table: 'already present on machine' is the Pulled event (as the table's other such rows)", kubelet='~1.25', fmt='event', cls='pull'),
C(K + "113215", r'''  Warning  BackOff    4m53s (x72 over 20m)  kubelet            Back-off restarting failed container manager''',
  None, None, None, 'manager', 'CrashLoopBackOff', note="same table: the crash-loop back-off of container manager (the message form with the container name, which PR 113216 made the kubelet's own)", kubelet='~1.25', fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- Mirantis/virtlet#876: a failed image pull
C(VL876, r'''  Normal   Pulling         6m55s (x3 over 7m48s)   kubelet, localhost  pulling image "virtlet.cloud/ubuntu/16.04"''',
  None, None, None, None, 'Pulling', note="Events rows pasted in the description (Apr 2019, virtlet with dockershim): the pull starts; 'kubelet, localhost' From and lower-case 'pulling image': 1.13 or 1.14", kubelet='~1.14', fmt='event', cls='pull'),
C(VL876, r'''  Warning  Failed          6m52s (x3 over 7m41s)   kubelet, localhost  Failed to pull image "virtlet.cloud/ubuntu/16.04": rpc error: code = Unknown desc = Error response from daemon: error parsing HTTP 404 response body: no error details found in HTTP response body: "{\"error\":\"Not Found\"}"''',
  None, None, None, None, 'ErrImagePull', note="the next row: the registry answered 404; the pull failed", kubelet='~1.14', fmt='event', cls='pull'),
C(VL876, r'''  Warning  Failed          6m52s (x3 over 7m41s)   kubelet, localhost  Error: ErrImagePull''',
  None, None, None, None, 'ErrImagePull', note='the next row: the container error ErrImagePull', kubelet='~1.14', fmt='event', cls='pull'),
C(VL876, r'''  Warning  Failed          6m43s (x4 over 7m33s)   kubelet, localhost  Error: ImagePullBackOff''',
  None, None, None, None, 'ImagePullBackOff', note='the next row: the kubelet backs off the pull', kubelet='~1.14', fmt='event', cls='pull'),
# ---------------------------------------------------------------- kubernetes#16147: kubectl get event -w, Oct 2015
C(K + "16147", r'''3s          3s         1         my-nginx         ReplicationController                                       SuccessfulCreate   {replication-controller }   Created pod: my-nginx-tkigj''',
  None, 'my-nginx-tkigj', None, None, None,
  note="kubectl get event -w (Oct 2015, local cluster at 127.0.0.1) for a ReplicationController with a misspelt image (ngixn): the controller's SuccessfulCreate row names the new pod; no kubelet reason. Oct 2015 and the old get-events layout: kubelet 1.1", kubelet='~1.1', fmt='event', cls='noise'),
C(K + "16147", r'''3s          3s         1         my-nginx-tkigj   Pod                                                         Scheduled          {scheduler }                Successfully assigned my-nginx-tkigj to 127.0.0.1''',
  None, 'my-nginx-tkigj', None, None, None, note='the next row: the scheduler placed the pod (NAME column and message); no reason', kubelet='~1.1', fmt='event', cls='noise'),
C(K + "16147", r'''3s          3s         1         my-nginx-p70z0   Pod                                                         Scheduled          {scheduler }                Successfully assigned my-nginx-p70z0 to 127.0.0.1''',
  None, 'my-nginx-p70z0', None, None, None, note='the next row: the second pod placed', kubelet='~1.1', fmt='event', cls='noise'),
C(K + "16147", r'''3s          3s         1         my-nginx         ReplicationController                                       SuccessfulCreate   {replication-controller }   Created pod: my-nginx-p70z0''',
  None, 'my-nginx-p70z0', None, None, None, note='the next row: the controller created the second pod', kubelet='~1.1', fmt='event', cls='noise'),
C(K + "16147", r'''2s          2s         1         my-nginx-p70z0   Pod                     spec.containers{my-nginx}           Pulling            {kubelet 127.0.0.1}         pulling image "ngixn"''',
  None, 'my-nginx-p70z0', None, 'my-nginx', 'Pulling', note='the next row: the kubelet starts pulling the misspelt image for container my-nginx of pod my-nginx-p70z0', kubelet='~1.1', fmt='event', cls='pull'),
# ---------------------------------------------------------------- kubernetes#31768: a missing config map, GKE 2016
C(K + "31768", r'''  4m        2m      2   {kubelet gke-utilicluster-default-pool-2a5b702b-hfyh}           Warning     FailedMount Unable to mount volumes for pod "spartakus-collector-3999054429-atph7_default(95609653-6f30-11e6-8513-42010a800005)": timeout expired waiting for volumes to attach/mount for pod "spartakus-collector-3999054429-atph7"/"default". list of unattached/unmounted volumes=[bigquery]''',
  'default', 'spartakus-collector-3999054429-atph7', '95609653-6f30-11e6-8513-42010a800005', None, 'FailedMount',
  note="kubectl describe Events rows (Aug 2016, GKE): the volume wait timed out; the message names the pod as name_namespace(uid). Aug 2016 and the 'attach/mount' wording with 'pod'/'namespace' order: 1.3", kubelet='~1.3', fmt='event', cls='volume'),
C(K + "31768", r'''  4m        2m      2   {kubelet gke-utilicluster-default-pool-2a5b702b-hfyh}           Warning     FailedSync  Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "spartakus-collector-3999054429-atph7"/"default". list of unattached/unmounted volumes=[bigquery]''',
  'default', 'spartakus-collector-3999054429-atph7', None, None, 'FailedMount',
  note="the next row: the FailedSync whose cause is the volume timeout (issue 13: 'timeout expired waiting for volumes' is FailedMount); in 1.3 the quoted pair is \"pod\"/\"namespace\"", kubelet='~1.3', fmt='event', cls='volume'),
C(K + "31768", r'''E0831 04:12:41.868086    3570 configmap.go:157] Couldn't get configMap default/bigquery: configmaps "bigquery" not found''',
  None, None, None, None, 'FailedMount',
  note="the kubelet log line behind them: the config map volume's source is missing (a mount failure cause); default/bigquery is the config map, not a pod", kubelet='~1.3', fmt='klog', cls='volume'),
# ---------------------------------------------------------------- errm/alertdog#8: kubectl get events on k3s, a missing secret
C(AD8, r'''5m10s       Warning   FailedMount         pod/alertdog-746cdf58b4-2xbqj        Unable to attach or mount volumes: unmounted volumes=[config-volume], unattached volumes=[kube-api-access-j8bgc config-volume]: timed out waiting for the condition''',
  None, 'alertdog-746cdf58b4-2xbqj', None, None, 'FailedMount',
  note="kubectl get events (Mar 2023, single-node k3s): the mount of config-volume timed out; OBJECT pod/<name>, no namespace column. kube-api-access volumes (1.21+) and 'timed out waiting for the condition' (before 1.27): about 1.25", kubelet='~1.25', fmt='event', cls='volume'),
C(AD8, r'''4m13s       Warning   BackOff             pod/mongo-express-5bf4b56f47-zzh87   Back-off restarting failed container''',
  None, 'mongo-express-5bf4b56f47-zzh87', None, None, 'CrashLoopBackOff',
  note='the next row, another pod of the namespace: the crash-loop back-off (no container named: before 1.26)', kubelet='~1.25', fmt='event', cls='crashloop'),
C(AD8, r'''2m6s        Warning   FailedMount         pod/alertdog-746cdf58b4-2xbqj        MountVolume.SetUp failed for volume "config-volume" : secret "alertdog-config" not found''',
  None, 'alertdog-746cdf58b4-2xbqj', None, None, 'FailedMount',
  note="the next alertdog row: the cause, the secret alertdog-config does not exist", kubelet='~1.25', fmt='event', cls='volume'),
# ---------------------------------------------------------------- topolvm/helm#15: a webhook cert secret that was never made
C(TH15, r'''  Normal   Scheduled    17m                  default-scheduler  Successfully assigned topolvm-system/topolvm-controller-79d8cdd765-8xnss to node05''',
  'topolvm-system', 'topolvm-controller-79d8cdd765-8xnss', None, None, None,
  note="kubectl describe pod Events (Sep 2021): the scheduler placed the pod; no reason. 'kubelet, node05' in From (before 1.20) and the 'Unable to attach or mount volumes' wording (1.17+): about 1.19", kubelet='~1.19', fmt='event', cls='noise'),
C(TH15, r'''  Warning  FailedMount  6m57s (x2 over 11m)  kubelet, node05    Unable to attach or mount volumes: unmounted volumes=[certs], unattached volumes=[certs topolvm-controller-token-7ww9g socket-dir]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount', note='same table: the volume wait timed out; the row names no pod', kubelet='~1.19', fmt='event', cls='volume'),
C(TH15, r'''  Warning  FailedMount  2m25s (x4 over 15m)  kubelet, node05    Unable to attach or mount volumes: unmounted volumes=[certs], unattached volumes=[socket-dir certs topolvm-controller-token-7ww9g]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount', note='same table, the same timeout again', kubelet='~1.19', fmt='event', cls='volume'),
C(TH15, r'''  Warning  FailedMount  98s (x16 over 18m)   kubelet, node05    MountVolume.SetUp failed for volume "certs" : secret "topolvm-mutatingwebhook" not found''',
  None, None, None, None, 'FailedMount', note='same table: the cause, the secret topolvm-mutatingwebhook is missing', kubelet='~1.19', fmt='event', cls='volume'),
C(TH15, r'''  Warning  FailedMount  11s (x2 over 9m12s)  kubelet, node05    Unable to attach or mount volumes: unmounted volumes=[certs], unattached volumes=[topolvm-controller-token-7ww9g socket-dir certs]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount', note='same table, the last row', kubelet='~1.19', fmt='event', cls='volume'),
# ---------------------------------------------------------------- topolvm/topolvm#274: a CSI mount that times out
C(TT274, r'''  Normal   Scheduled               2m43s  default-scheduler        Successfully assigned android-build/topolvm-echo-test-867799b4f9-tp2fc to rtos-k8-111-247.ghs.com''',
  'android-build', 'topolvm-echo-test-867799b4f9-tp2fc', None, None, None,
  note="kubectl describe pod Events (Mar 2021, TopoLVM 0.8.0): the scheduler placed the pod; no reason. 'kubelet' alone in From (1.20+), default-token volumes (before 1.21 made kube-api-access the default): about 1.20", kubelet='~1.20', fmt='event', cls='noise'),
C(TT274, r'''  Normal   SuccessfulAttachVolume  2m44s  attachdetach-controller  AttachVolume.Attach succeeded for volume "pvc-3cf2294f-81b9-4245-8ef8-5fa8643d2cc6"''',
  None, None, None, None, None, note='same table: the attach-detach controller attached the volume; progress, no reason', kubelet='~1.20', fmt='event', cls='noise'),
C(TT274, r'''  Warning  FailedMount             41s    kubelet                  Unable to attach or mount volumes: unmounted volumes=[testvol], unattached volumes=[testvol default-token-nn7bn]: timed out waiting for the condition''',
  None, None, None, None, 'FailedMount', note='same table: the mount wait timed out', kubelet='~1.20', fmt='event', cls='volume'),
C(TT274, r'''  Warning  FailedMount             36s    kubelet                  MountVolume.SetUp failed for volume "pvc-3cf2294f-81b9-4245-8ef8-5fa8643d2cc6" : rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, 'FailedMount', note="same table: the CSI node plugin's NodePublish did not answer in time", kubelet='~1.20', fmt='event', cls='volume'),
# ---------------------------------------------------------------- kubernetes#25096: a config map reported missing, 2016 (rows tab-separated, the tabs are the thread's own)
C(K + "25096", r'''  32m		32m		1	{default-scheduler }										Normal		Scheduled	Successfully assigned nginx-ingress-controller-1626740531-88561 to ip-10-115-0-133.eu-west-1.compute.internal''',
  None, 'nginx-ingress-controller-1626740531-88561', None, None, None,
  note='kubectl describe Events (May 2016, AWS), tab-separated as the thread shows it: the scheduler placed the pod; no reason. May 2016 with Type column and ConfigMap volumes: 1.2', kubelet='~1.2', fmt='event', cls='noise'),
C(K + "25096", r'''  32m		32m		1	{kubelet ip-10-115-0-133.eu-west-1.compute.internal}						Warning		FailedMount	Unable to mount volumes for pod "nginx-ingress-controller-1626740531-88561_default(d125e230-1151-11e6-a2d1-0adbaa6061ff)": configmaps "nginx-template" not found''',
  'default', 'nginx-ingress-controller-1626740531-88561', 'd125e230-1151-11e6-a2d1-0adbaa6061ff', None, 'FailedMount',
  note='the next row: the volume could not mount, its config map reported missing; the pod is named as name_namespace(uid)', kubelet='~1.2', fmt='event', cls='volume'),
C(K + "25096", r'''  32m		32m		1	{kubelet ip-10-115-0-133.eu-west-1.compute.internal}						Warning		FailedSync	Error syncing pod, skipping: configmaps "nginx-template" not found''',
  None, None, None, None, 'FailedMount',
  note="the next row: the FailedSync whose cause is the missing config map (issue 13: a 'not found' volume source is FailedMount); the row names no pod", kubelet='~1.2', fmt='event', cls='volume'),
C(K + "25096", r'''  32m		32m		1	{kubelet ip-10-115-0-133.eu-west-1.compute.internal}	spec.containers{nginx-ingress-lb}	Normal		Pulling		pulling image "aledbf/nginx-third-party:0.16"''',
  None, None, None, 'nginx-ingress-lb', 'Pulling',
  note='the next row: the kubelet pulls the image of container nginx-ingress-lb', kubelet='~1.2', fmt='event', cls='pull'),
# ---------------------------------------------------------------- openshift/origin#15244: an e2e flake's event dump (OpenShift 3.6, Jul 2017)
C(OO15244, r'''Jul 14 16:06:42.027: INFO: At 2017-07-14 16:06:21 -0400 EDT - event for pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00: {default-scheduler } Scheduled: Successfully assigned pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00 to ci-prtest-5a37c28-4334-ig-n-9143''',
  None, 'pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00', None, None, None,
  note="the e2e framework's event dump for the test pod (OpenShift origin CI, Jul 2017; origin 3.6 carries Kubernetes 1.6): the scheduler placed the pod; no reason", kubelet='~1.6', fmt='event', cls='noise'),
C(OO15244, r'''Jul 14 16:06:42.027: INFO: At 2017-07-14 16:06:21 -0400 EDT - event for pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00: {kubelet ci-prtest-5a37c28-4334-ig-n-9143} DNSSearchForming: Found and omitted duplicated dns domain in host search line: 'cluster.local' during merging with cluster dns domains''',
  None, 'pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00', None, None, None,
  note="the next event: a DNS search-line warning, no Reason of rules.rs (as the table's DNSConfigForming rows)", kubelet='~1.6', fmt='event', cls='noise'),
C(OO15244, r'''Jul 14 16:06:42.027: INFO: At 2017-07-14 16:06:23 -0400 EDT - event for pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00: {kubelet ci-prtest-5a37c28-4334-ig-n-9143} FailedSync: Error syncing pod''',
  None, 'pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00', None, None, 'FailedSync',
  note="the next event: the bare FailedSync of 1.6 (the cause went to its own event); no more specific reason", kubelet='~1.6', fmt='event', cls='sync'),
C(OO15244, r'''Jul 14 16:06:42.027: INFO: At 2017-07-14 16:06:27 -0400 EDT - event for pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00: {kubelet ci-prtest-5a37c28-4334-ig-n-9143} Pulled: Container image "gcr.io/google_containers/busybox:1.24" already present on machine''',
  None, 'pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00', None, None, 'Pulled',
  note='the next event: the image was already present (the Pulled event)', kubelet='~1.6', fmt='event', cls='pull'),
C(OO15244, r'''Jul 14 16:06:42.027: INFO: At 2017-07-14 16:06:27 -0400 EDT - event for pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00: {kubelet ci-prtest-5a37c28-4334-ig-n-9143} Created: Created container''',
  None, 'pod-configmaps-e7b8f20c-68cf-11e7-a341-0ef067009f00', None, None, None,
  note="the next event: 'Created container' (no name in 1.6), progress, no reason", kubelet='~1.6', fmt='event', cls='noise'),
# ---------------------------------------------------------------- containerd/containerd#11133: containerd and the kubelet, GKE, Dec 2024
C(CD11133, r'''Dec 09 15:00:50 gke-cluster-1-default-pool-5-9698588f-vv8v containerd[1985]: time="2024-12-09T15:00:50.416627388Z" level=info msg="CreateContainer within sandbox \"3f38f98671effdcf2e82aff34c4fbe9aeba382fbd746ac589f976dab02cc29de\" for &ContainerMetadata{Name:foo-bar,Attempt:0,} returns container id \"842cbfe442a906449d0accb3fb8c3c2d6e87614dedf00a49f8652faa84bd313f\""''',
  None, None, None, 'foo-bar', None,
  note="containerd's journal beside the kubelet's on a GKE node (Dec 2024, containerd 1.7, kubelet.go:2464 of 1.30/1.31): the runtime created container foo-bar in a sandbox; issue 13: the runtime's own CreateContainer line is not start evidence, and offline it names no pod", kubelet='~1.30', fmt='containerd', cls='runtime'),
C(CD11133, r'''Dec 09 15:00:50 gke-cluster-1-default-pool-5-9698588f-vv8v containerd[1985]: time="2024-12-09T15:00:50.417134348Z" level=info msg="StartContainer for \"842cbfe442a906449d0accb3fb8c3c2d6e87614dedf00a49f8652faa84bd313f\""''',
  None, None, None, None, None,
  note="the next line: containerd begins StartContainer for the container id; the runtime's own line, no reason", kubelet='~1.30', fmt='containerd', cls='runtime'),
C(CD11133, r'''Dec 09 15:00:50 gke-cluster-1-default-pool-5-9698588f-vv8v systemd[1]: Started cri-containerd-842cbfe442a906449d0accb3fb8c3c2d6e87614dedf00a49f8652faa84bd313f.scope.''',
  None, None, None, None, None,
  note="the next line, from systemd: the container's scope unit started; noise", kubelet='~1.30', fmt='containerd', cls='noise'),
C(CD11133, r'''Dec 09 15:00:50 gke-cluster-1-default-pool-5-9698588f-vv8v containerd[1985]: time="2024-12-09T15:00:50.495887712Z" level=info msg="StartContainer for \"842cbfe442a906449d0accb3fb8c3c2d6e87614dedf00a49f8652faa84bd313f\" returns successfully"''',
  None, None, None, None, 'Started',
  note='the next line: StartContainer returns successfully. Relabelled by the lead from None to Started: issue 13 names this line as start evidence the reader missed, and the table labels every such line Started (pod-less offline, the container id only); scored 53/54 with None, 54/54 with Started', kubelet='~1.30', fmt='containerd', cls='runtime'),
C(CD11133, r'''Dec 09 15:00:50 gke-cluster-1-default-pool-5-9698588f-vv8v kubelet[2190]: I1209 15:00:50.500939    2190 kubelet.go:2464] "SyncLoop (PLEG): event for pod" pod="baz/foo-bar-65dddf97df-tx7jf" event={"ID":"2dc2bb82-579d-42f3-b72d-f166a9f0e15d","Type":"ContainerStarted","Data":"842cbfe442a906449d0accb3fb8c3c2d6e87614dedf00a49f8652faa84bd313f"}''',
  'baz', 'foo-bar-65dddf97df-tx7jf', '2dc2bb82-579d-42f3-b72d-f166a9f0e15d', None, 'Started',
  note="the kubelet's PLEG event: a container of pod baz/foo-bar-65dddf97df-tx7jf started (event ID is the pod UID, as PodLifecycleEvent.ID is)", kubelet='~1.30', fmt='klog-s', cls='start'),
# ---------------------------------------------------------------- deckhouse/deckhouse#336: a pod stuck terminating, the kubelet under d8-kubelet-forker
C(DH336, r'''Nov 30 16:20:15 kube-master-3 d8-kubelet-forker[1977858]: I1130 16:20:15.370236 1977863 setters.go:77] Using node IP: "192.168.204.33"''',
  None, None, None, None, None,
  note="Deckhouse node journal (Nov 2021, dockershim; the kubelet runs under Deckhouse's d8-kubelet-forker unit; kubelet_pods.go:1247 and kubelet.go:1856 with [topologymanager]: about 1.19): the node-status setter, noise", kubelet='~1.19', fmt='klog', cls='noise'),
C(DH336, r'''Nov 30 16:20:18 kube-master-3 d8-kubelet-forker[1977858]: I1130 16:20:18.795210 1977863 kubelet_pods.go:1247] Killing unwanted pod "upmeter-control-plane-scheduler-1e3682d6-kbgrc"''',
  None, 'upmeter-control-plane-scheduler-1e3682d6-kbgrc', None, None, 'Killing',
  note="the next line: the kubelet kills a pod that should no longer run (its name only, as the table's other 'Killing unwanted pod' rows)", kubelet='~1.19', fmt='klog', cls='kill'),
C(DH336, r'''Nov 30 16:20:18 kube-master-3 d8-kubelet-forker[1977858]: I1130 16:20:18.805496 1977863 kuberuntime_container.go:635] Killing container "docker://7873876b33108c21164fff75a98946706d915628e30c5c9e4c562ee55805233c" with a 30 second grace period''',
  None, None, None, None, 'Killing',
  note='the next line: the kill of its docker container with a 30 s grace period; only a container id, no pod', kubelet='~1.19', fmt='klog', cls='kill'),
C(DH336, r'''Nov 30 16:20:25 kube-master-3 d8-kubelet-forker[1977858]: I1130 16:20:25.411668 1977863 setters.go:77] Using node IP: "192.168.204.33"''',
  None, None, None, None, None,
  note='setter noise again', kubelet='~1.19', fmt='klog', cls='noise'),
C(DH336, r'''Nov 30 16:20:35 kube-master-3 d8-kubelet-forker[1977858]: I1130 16:20:35.436362 1977863 setters.go:77] Using node IP: "192.168.204.33"''',
  None, None, None, None, None,
  note='setter noise again', kubelet='~1.19', fmt='klog', cls='noise'),
C(DH336, r'''Nov 30 16:20:36 kube-master-3 d8-kubelet-forker[1977858]: I1130 16:20:36.931613 1977863 kubelet.go:1856] SyncLoop (ADD, "api"): "upmeter-control-plane-scheduler-1e3682d6-yu7l0_d8-upmeter(6c1ffa82-fa70-4292-a772-8a0413771631)"''',
  'd8-upmeter', 'upmeter-control-plane-scheduler-1e3682d6-yu7l0', '6c1ffa82-fa70-4292-a772-8a0413771631', None, None,
  note='the next line: the replacement pod arrives from the API (SyncLoop ADD); names the pod as name_namespace(uid), no reason', kubelet='~1.19', fmt='klog', cls='noise'),
C(DH336, r'''Nov 30 16:20:36 kube-master-3 d8-kubelet-forker[1977858]: I1130 16:20:36.931712 1977863 topology_manager.go:235] [topologymanager] Topology Admit Handler''',
  None, None, None, None, None,
  note='the next line: the topology manager admits the pod; noise', kubelet='~1.19', fmt='klog', cls='noise'),
    ]
