# Hunt 100 for the real-lines table (issue 13 item 3): a HELD-OUT set of Job, CronJob, DaemonSet and
# StatefulSet rows (kubectl get events / kubectl describe) together with their pods' own rows, and the
# kubelet's and kube-controller-manager's lines about CronJob pods. Same rules as gen_real_lines_h8.py
# and the older files: each line is copied exactly as its public source shows it (raw strings; the tab
# characters inside the rows of kz8s/tack#185 and Shopify/krane#133 are the rows' own tabs, as the
# threads show them), with the source's URL, and each was seen twice (two different searches). None of
# these threads was cited by real_lines.jsonl or any gen_real_lines_*.py file when this was written.
# Expected fields are read as an SRE reads the line, not as podpulse outputs it: a Job, CronJob,
# DaemonSet or StatefulSet row names a pod only where its message does ("Created pod: X", "create Pod X
# in StatefulSet Y"); a row about the Job/CronJob itself names no pod (ns None too: the namespace on it
# is the controller's, and no pod is named). Controller events (SuccessfulCreate, SuccessfulDelete,
# SawCompletedJob, Completed, BackoffLimitExceeded, FailedCreate) are no Reason: they come out None.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"
AK = "https://github.com/akash-network/helm-charts/pull/129"
OT = "https://github.com/open-telemetry/opentelemetry-collector-contrib/issues/33789"
KIND = "https://github.com/kubernetes-sigs/kind/issues/2611"
TACK = "https://github.com/kz8s/tack/issues/185"
KRANE = "https://github.com/Shopify/krane/pull/133"
SAMSON = "https://github.com/zendesk/samson/pull/3710"


def HUNT_H100(C):
    return [
# ---------------------------------------------------------------- a Job's whole run (kubectl get events)
C(KP + "86142", r'''<unknown>   Normal   Scheduled                 pod/pi-hvvjp     Successfully assigned default/pi-hvvjp to 127.0.0.1''',
  'default', 'pi-hvvjp', None, None, None,
  note="PR 'Adding new job completed event' (Dec 2019, local cluster on master toward 1.18): kubectl get events for the pi Job; the scheduler's row names default/pi-hvvjp", kubelet='~1.18', fmt='event', cls='lifecycle'),
C(KP + "86142", r'''105s        Normal   Pulling                   pod/pi-hvvjp     Pulling image "perl"''',
  None, 'pi-hvvjp', None, None, 'Pulling',
  note='same run: the kubelet pulls the Job pod\'s image', kubelet='~1.18', fmt='event', cls='lifecycle'),
C(KP + "86142", r'''22s         Normal   Pulled                    pod/pi-hvvjp     Successfully pulled image "perl"''',
  None, 'pi-hvvjp', None, None, 'Pulled',
  note='same run', kubelet='~1.18', fmt='event', cls='lifecycle'),
C(KP + "86142", r'''16s         Normal   Created                   pod/pi-hvvjp     Created container pi''',
  None, 'pi-hvvjp', None, 'pi', None,
  note='same run: Created is no Reason (only Started is)', kubelet='~1.18', fmt='event', cls='lifecycle'),
C(KP + "86142", r'''16s         Normal   Started                   pod/pi-hvvjp     Started container pi''',
  None, 'pi-hvvjp', None, 'pi', 'Started',
  note='same run', kubelet='~1.18', fmt='event', cls='lifecycle'),
C(KP + "86142", r'''107s        Normal   SuccessfulCreate          job/pi           Created pod: pi-hvvjp''',
  None, 'pi-hvvjp', None, None, None,
  note='same run: the job controller created the pod; a controller event, no Reason', kubelet='~1.18', fmt='event', cls='job'),
C(KP + "86142", r'''8s          Normal   Completed                 job/pi           Job default/pi completed''',
  None, None, None, None, None,
  note="same run: the Job (not a pod) completed; 'default/pi' is the Job's namespace/name, not a pod", kubelet='~1.18', fmt='event', cls='job', trap_for='Started'),
# ---------------------------------------------------------------- a CronJob's run (kubectl get events -A -w)
C(AK, r'''akash-services   0s          Normal    SuccessfulCreate       cronjob/akash-provider-deployment-restart                Created job akash-provider-deployment-restart-27791530''',
  None, None, None, None, None,
  note="PR 'provider: fix cronjob' (Nov 2022): kubectl get events --sort-by=.metadata.creationTimestamp -A -w; the CronJob created a Job, no pod named (the namespace column is the CronJob's)", fmt='event', cls='cronjob'),
C(AK, r'''akash-services   0s          Normal    SuccessfulCreate       job/akash-provider-deployment-restart-27791530           Created pod: akash-provider-deployment-restart-27791530-ts48k''',
  'akash-services', 'akash-provider-deployment-restart-27791530-ts48k', None, None, None,
  note='same run: the Job created its pod, in the Job\'s namespace (namespace column)', fmt='event', cls='job'),
C(AK, r'''akash-services   0s          Normal    Scheduled              pod/akash-provider-deployment-restart-27791530-ts48k     Successfully assigned akash-services/akash-provider-deployment-restart-27791530-ts48k to nodepool-e4dc56f0-337f-4a48-9e-node-accde2''',
  'akash-services', 'akash-provider-deployment-restart-27791530-ts48k', None, None, None,
  note='same run', fmt='event', cls='lifecycle'),
C(AK, r'''akash-services   0s          Normal    Pulling                pod/akash-provider-deployment-restart-27791530-ts48k     Pulling image "bitnami/kubectl"''',
  'akash-services', 'akash-provider-deployment-restart-27791530-ts48k', None, None, 'Pulling',
  note='same run', fmt='event', cls='lifecycle'),
C(AK, r'''akash-services   0s          Normal    Pulled                 pod/akash-provider-deployment-restart-27791530-ts48k     Successfully pulled image "bitnami/kubectl" in 112.328395ms''',
  'akash-services', 'akash-provider-deployment-restart-27791530-ts48k', None, None, 'Pulled',
  note='same run', fmt='event', cls='lifecycle'),
# ---------------------------------------------------------------- CronJob controller rows (kubectl describe cronjob)
C(OT, r'''  Normal  SuccessfulCreate  23m   cronjob-controller  Created job helmcronjobs-test1-28657920''',
  None, None, None, None, None,
  note="otel-collector-contrib feature request (Jun 2024): kubectl describe cronjob events; the CronJob created a Job, no pod", fmt='event', cls='cronjob'),
C(OT, r'''  Normal  SuccessfulDelete  23m   cronjob-controller  Deleted job helmcronjobs-test1-28657920''',
  None, None, None, None, None,
  note='same describe: a Job deleted by history limits, not a pod being killed', fmt='event', cls='cronjob', trap_for='Killing'),
C(OT, r'''  Normal  SawCompletedJob   23m   cronjob-controller  Saw completed job: helmcronjobs-test1-28657920, status: Complete''',
  None, None, None, None, None,
  note='same describe', fmt='event', cls='cronjob'),
# ---------------------------------------------------------------- kube-controller-manager's structured lines for a Job
C(KIND, r'''I0130 16:29:58.906370       1 event.go:291] "Event occurred" object="default/batch-job" kind="Job" apiVersion="batch/v1" type="Normal" reason="SuccessfulCreate" message="Created pod: batch-job-n2nfl"''',
  'default', 'batch-job-n2nfl', None, None, None,
  note="kind support thread (Jan 2022): kube-controller-manager logs; the Job default/batch-job created pod batch-job-n2nfl (in the Job's namespace). event.go:291 structured form: about 1.20-1.21", kubelet='~1.21', fmt='klog-s', cls='job'),
C(KIND, r'''I0130 16:32:11.489371       1 event.go:291] "Event occurred" object="default/batch-job" kind="Job" apiVersion="batch/v1" type="Normal" reason="Completed" message="Job completed"''',
  None, None, None, None, None,
  note='same log: the Job itself completed; object= is a Job, not a pod', kubelet='~1.21', fmt='klog-s', cls='job'),
# ---------------------------------------------------------------- Job failure rows (kubectl describe job)
C(K + "96630", r'''  Normal   SuccessfulCreate      15m    job-controller  Created pod: test-job-cgwhn''',
  None, 'test-job-cgwhn', None, None, None,
  note="'Job not failing after backoffLimit is reached' (Nov 2020): kubectl describe job test-job events, the first three rows", kubelet='~1.19', fmt='event', cls='job'),
C(K + "96630", r'''  Normal   SuccessfulCreate      14m    job-controller  Created pod: test-job-96x9t''',
  None, 'test-job-96x9t', None, None, None, note='same describe', kubelet='~1.19', fmt='event', cls='job'),
C(K + "96630", r'''  Normal   SuccessfulCreate      14m    job-controller  Created pod: test-job-tqkmr''',
  None, 'test-job-tqkmr', None, None, None, note='same describe', kubelet='~1.19', fmt='event', cls='job'),
C(K + "60735", r'''  Normal   SuccessfulCreate      30s   job-controller  Created pod: backoff-fail-wjdg8''',
  None, 'backoff-fail-wjdg8', None, None, None,
  note="'Jobs: specifying both parallelism and backoffLimit…' (Mar 2018): the last three rows of kubectl describe job", kubelet='~1.9', fmt='event', cls='job'),
C(K + "60735", r'''  Normal   SuccessfulCreate      30s   job-controller  Created pod: backoff-fail-mtnht''',
  None, 'backoff-fail-mtnht', None, None, None, note='same describe', kubelet='~1.9', fmt='event', cls='job'),
C(K + "60735", r'''  Warning  BackoffLimitExceeded  10s   job-controller  Job has reach the specified backoff limit''',
  None, None, None, None, None,
  note="same describe: the Job failed on its backoff limit; a Job condition, not a container back-off (no pod named)", kubelet='~1.9', fmt='event', cls='job', trap_for='CrashLoopBackOff'),
# ---------------------------------------------------------------- StatefulSet rows
C(K + "47002", r'''  5m            5m              1       statefulset                     Normal          SuccessfulCreate        create Claim datadir-etcd-0 Pod etcd-0 in StatefulSet etcd success''',
  None, 'etcd-0', None, None, None,
  note="'When StatefulSet can't create a Pod, event messages could be more helpful' (Jun 2017): kubectl describe statefulset etcd, old column layout; the claim for pod etcd-0 was created", kubelet='~1.6', fmt='event', cls='statefulset'),
C(K + "47002", r'''  5m            5m              1       statefulset                     Normal          SuccessfulCreate        create Pod etcd-0 in StatefulSet etcd successful''',
  None, 'etcd-0', None, None, None, note='same describe', kubelet='~1.6', fmt='event', cls='statefulset'),
C(K + "47002", r'''  4m            4m              1       statefulset                     Normal          SuccessfulCreate        create Claim datadir-etcd-1 Pod etcd-1 in StatefulSet etcd success''',
  None, 'etcd-1', None, None, None, note='same describe', kubelet='~1.6', fmt='event', cls='statefulset'),
C(K + "47002", r'''  4m            4m              1       statefulset                     Normal          SuccessfulCreate        create Pod etcd-1 in StatefulSet etcd successful''',
  None, 'etcd-1', None, None, None, note='same describe', kubelet='~1.6', fmt='event', cls='statefulset'),
C(K + "47002", r'''  4m            4m              1       statefulset                     Warning         FailedCreate            create Pod etcd-1 in StatefulSet etcd failed error: The POST operation against Pod could not be completed at this time, please try again.''',
  None, 'etcd-1', None, None, None,
  note='same describe: the StatefulSet controller\'s create call failed at the API server (the pod already existed); no kubelet reason', kubelet='~1.6', fmt='event', cls='statefulset', trap_for='AdmissionRejected'),
C(TACK, r'''  4m		4m		1	statefulset			Normal		SuccessfulCreate	create Pod pgset-0 in StatefulSet pgset successful''',
  None, 'pgset-0', None, None, None,
  note="'Statefulset the first pod is orphaned' (Jun 2017): kubectl describe statefulset pgset, tab-separated rows as the thread shows them", kubelet='~1.6', fmt='event', cls='statefulset'),
C(TACK, r'''  1m		26s		17	statefulset			Warning		FailedCreate		create Pod pgset-0 in StatefulSet pgset failed error: The POST operation against Pod could not be completed at this time, please try again.''',
  None, 'pgset-0', None, None, None, note='same describe', kubelet='~1.6', fmt='event', cls='statefulset'),
C(SAMSON, r'''[18:52:50]   Warning FailedCreate: create Pod example-server-0 in StatefulSet example-server failed error: The POST operation against Pod could not be completed at this time, please try again. x4''',
  None, 'example-server-0', None, None, None,
  note="samson deploy output (Jan 2020): the StatefulSet's event as samson prints it", fmt='event', cls='statefulset'),
# ---------------------------------------------------------------- DaemonSet rows and a DaemonSet pod's own rows
C(K + "51884", r'''  Normal   SuccessfulCreate  57s   daemonset-controller  Created pod: csi-mypod-rhztq''',
  None, 'csi-mypod-rhztq', None, None, None,
  note="'[DaemonSet] rejected pods are re-created too fast…' (comment of Dec 2018, 'as of Kubernetes 1.11'): kubectl describe daemonset csi-mypod", kubelet='1.11', fmt='event', cls='daemonset'),
C(K + "51884", r'''  Normal   SuccessfulCreate  57s   daemonset-controller  Created pod: csi-mypod-p989p''',
  None, 'csi-mypod-p989p', None, None, None, note='same describe', kubelet='1.11', fmt='event', cls='daemonset'),
C(K + "51884", r'''  Normal   SuccessfulCreate  57s   daemonset-controller  Created pod: csi-mypod-llnxd''',
  None, 'csi-mypod-llnxd', None, None, None, note='same describe', kubelet='1.11', fmt='event', cls='daemonset'),
C(K + "72155", r'''    Normal   SuccessfulCreate  25m                daemonset-controller  Created pod: kube-flannel-ggq5h''',
  None, 'kube-flannel-ggq5h', None, None, None,
  note="'Daemonset controller doesn't retry creating pods after a timeout error' (Dec 2018): the DaemonSet's events, indented four spaces in the description", fmt='event', cls='daemonset'),
C(K + "72155", r'''    Warning  FailedCreate      24m (x2 over 24m)  daemonset-controller  Error creating: the server was unable to return a response in the time allotted, but may still be processing the request (post pods)''',
  None, None, None, None, None,
  note='same events: the controller\'s pod create call timed out at the API server; no pod named, not this node\'s problem', fmt='event', cls='daemonset', trap_for='ApiServerUnreachable'),
C(K + "72155", r'''    Warning  FailedCreate      15m (x2 over 16m)  daemonset-controller  Error creating: the server was unable to return a response in the time allotted, but may still be processing the request (post pods)''',
  None, None, None, None, None, note='same events', fmt='event', cls='daemonset'),
C(K + "92699", r'''Warning  FailedCreate  12m (x21 over 46m)  daemonset-controller  Error creating: Timeout: request did not complete within requested timeout''',
  None, None, None, None, None,
  note="'daemonset controller cannot create pod' (Jul 2020, Kubernetes 1.16 on AWS): the event row quoted inline; the cause was the reporter's webhook", kubelet='1.16', fmt='event', cls='daemonset'),
C(KRANE, r'''[Pod/nginx-cnkzq]	BackOff: Back-off restarting failed container (2 events)''',
  None, 'nginx-cnkzq', None, None, 'CrashLoopBackOff',
  note="krane PR 'Add Daemon Set resource' (Jul 2017): the events of a DaemonSet's crashing pod as kubernetes-deploy prints them (tab after the object)", kubelet='~1.7', fmt='event', cls='crash'),
C(KRANE, r'''[Pod/nginx-cnkzq]	FailedSync: Error syncing pod, skipping: failed to "StartContainer" for "nginx" with CrashLoopBackOff: "Back-off 10s restarting failed container=nginx pod=nginx-cnkzq_k8sdeploy-test-bad-container-on-daemon-sets-fa-be1043b5b97dfe2b(969dd56c-7152-11e7-be12-76b0ec54df39)" (2 events)''',
  'k8sdeploy-test-bad-container-on-daemon-sets-fa-be1043b5b97dfe2b', 'nginx-cnkzq', '969dd56c-7152-11e7-be12-76b0ec54df39', 'nginx', 'CrashLoopBackOff',
  note='same output: the FailedSync event carries the CrashLoopBackOff of container nginx; the pod is named name_namespace(uid)', kubelet='~1.7', fmt='event', cls='crash'),
# ---------------------------------------------------------------- kubelet and controller-manager lines about CronJob pods
C(K + "55421", r'''[kubelet]   E1109 13:42:47.913195    1370 kuberuntime_manager.go:844] PodSandboxStatus of sandbox "361e3aa81980a64ad091a3f29ce5564127ed555211d46d64c64ffb33ffbb153c" for pod "mycronservice-1510234800-s7x5c_mynamespace(80adf6c4-c553-11e7-b08e-005056ae4211)" error: rpc error: code = 2 desc = Error: No such container: 361e3aa81980a64ad091a3f29ce5564127ed555211d46d64c64ffb33ffbb153c''',
  'mynamespace', 'mycronservice-1510234800-s7x5c', '80adf6c4-c553-11e7-b08e-005056ae4211', None, None,
  note="'Kube cronjob errors: No such container (PodSandboxStatus and PLEG)' (Nov 2017): a CronJob pod that completed; the kubelet asks for the status of its already removed sandbox. Spurious, no reason fits (not a sandbox creation failure)", kubelet='~1.8', fmt='klog', cls='noise', trap_for='FailedCreatePodSandBox'),
C(K + "55421", r'''[kubelet]   E1109 13:42:47.913241    1370 generic.go:239] PLEG: Ignoring events for pod mycronservice-1510234800-s7x5c/mynamespace: rpc error: code = 2 desc = Error: No such container: 361e3aa81980a64ad091a3f29ce5564127ed555211d46d64c64ffb33ffbb153c''',
  'mynamespace', 'mycronservice-1510234800-s7x5c', None, None, None,
  note="same sample: PLEG skips the pod's events (generic.go prints pod name/namespace); not PLEG unhealthy", kubelet='~1.8', fmt='klog', cls='noise', trap_for='PlegNotHealthy'),
C(K + "55421", r'''[kube-controller-manager-master1] I1109 13:40:09.001613       1 event.go:217] Event(v1.ObjectReference{Kind:"Job", Namespace:"mynamespace", Name:"mycronservice-1510234800", UID:"80ac965e-c553-11e7-b08e-005056ae4211", APIVersion:"batch", ResourceVersion:"90301072", FieldPath:""}): type: 'Normal' reason: 'SuccessfulCreate' Created pod: mycronservice-1510234800-s7x5c''',
  'mynamespace', 'mycronservice-1510234800-s7x5c', None, None, None,
  note="same issue, the pod's lifetime: the Job's event; the UID is the Job's, not the pod's", kubelet='~1.8', fmt='event', cls='job'),
C(K + "54155", r'''ov 05 16:45:55 ip-172-31-1-231.eu-central-1.compute.internal kubelet-wrapper[23693]: E1105 16:45:55.050828   23693 pod_workers.go:182] Error syncing pod 3a101652-c247-11e7-be59-02ca56b6d11e ("kube-job-cleaner-1509898620-wn049_kube-system(3a101652-c247-11e7-be59-02ca56b6d11e)"), skipping: timeout expired waiting for volumes to attach/mount for pod "kube-system"/"kube-job-cleaner-1509898620-wn049". list of unattached/unmounted volumes=[system-token-8mnl2]''',
  'kube-system', 'kube-job-cleaner-1509898620-wn049', '3a101652-c247-11e7-be59-02ca56b6d11e', None, 'FailedMount',
  note="'Kubernetes CronJob pods generate invalid Unable to mount volumes errors' (comment of Nov 2017, CoreOS kubelet-wrapper; the leading N of 'Nov' is cut in the thread): a CronJob pod's volumes timed out (issue 13: this form is FailedMount). pod_workers.go:182: 1.7-1.8", kubelet='~1.8', fmt='klog', cls='volume'),
C(K + "54155", r'''Nov 05 16:48:46 ip-172-31-1-231.eu-central-1.compute.internal kubelet-wrapper[23693]: W1105 16:48:46.499727   23693 reflector.go:323] k8s.io/kubernetes/pkg/kubelet/kubelet.go:400: watch of *v1.Service ended with: too old resource version: 31261796 (31329032)''',
  None, None, None, None, None,
  note='next line: an ordinary watch restart, noise', kubelet='~1.8', fmt='klog', cls='noise', trap_for='ApiServerUnreachable'),
C(K + "48998", r'''E0716 18:30:09.122339       1 jobcontroller.go:277] Error syncing job: Operation cannot be fulfilled on jobs.batch "kube-cronjob-cleanup-cronjob-1500229800": the object has been modified; please apply your changes to the latest version and try again''',
  None, None, None, None, None,
  note="'kubelet Unable to mount volumes for short lived pod…' (comment of Jul 2017, 1.6.0 and 1.7.1): the controller-manager's job controller hit an update conflict on a CronJob's Job; a job, not a pod sync", kubelet='~1.7', fmt='klog', cls='job', trap_for='FailedSync'),
C(K + "48998", r'''Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "nautilus"/"nautilus-nautilus-facjd-6dltw". list of unattached/unmounted volumes=[default-token-d819h]''',
  'nautilus', 'nautilus-nautilus-facjd-6dltw', None, None, 'FailedMount',
  note='same thread (comment of Aug 2017, Kube 1.6, a short-lived pod): the FailedSync message of a volume timeout, quoted alone; the pod is named "namespace"/"name" (issue 13: FailedMount)', kubelet='~1.6', fmt='event', cls='volume'),
    ]
