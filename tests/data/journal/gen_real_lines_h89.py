# Hunt 89 for the real-lines table (issue 13 item 3): a HELD-OUT set from database and stateful-operator
# threads (percona, CrunchyData postgres-operator, mongodb-kubernetes-operator, OT-CONTAINER-KIT
# redis-operator, vitess, bitnami/charts for redis, cockroachdb). None of these threads is cited by
# real_lines.jsonl or by any gen_real_lines_h*.py file. Whole pasted runs were taken where the thread
# has one (kubectl describe events blocks: a real mix of reasons and noise, the multi-line probe
# messages' continuation lines included, as an SRE pastes them). These threads paste pod events and pod
# status, not kubelet journal lines: no kubelet journal line was found in them within the search budget.
# Same rules as gen_real_lines_h8.py: each line is copied exactly as its public source shows it (raw
# strings; the tab characters in the CrunchyData/postgres-operator#16 row are that row's own tabs, as the
# thread shows them), with the source's URL, and each was seen twice (two different searches returning
# the same text). Node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

PSM = "https://github.com/percona/percona-server-mysql-operator/pull/103"
CPG = "https://github.com/CrunchyData/postgres-operator/issues/"
CRDB = "https://github.com/cockroachdb/cockroach/issues/25270"
MGO = "https://github.com/mongodb/mongodb-kubernetes-operator/issues/"
OTR = "https://github.com/OT-CONTAINER-KIT/redis-operator/issues/1030"
BNR = "https://github.com/bitnami/charts/issues/10669"
VIT = "https://github.com/vitessio/vitess/issues/9141"


def HUNT_H89(C):
    return [
# ---------------------------------------------------------------- percona-server-mysql-operator PR 103: a describe-pod events run
C(PSM, r'''  Warning  FailedScheduling  15m                 default-scheduler  0/1 nodes are available: 1 pod has unbound immediate PersistentVolumeClaims.''',
  None, None, None, None, None,
  note="kubectl describe pod cluster1-mysql-0 events (2022, minikube): the scheduler's wait for an unbound PVC; not a kubelet reason", fmt='event', cls='noise'),
C(PSM, r'''  Normal   Scheduled         15m                 default-scheduler  Successfully assigned default/cluster1-mysql-0 to minikube''',
  'default', 'cluster1-mysql-0', None, None, None,
  note='the scheduler binds the pod (named ns/pod); no failure', fmt='event', cls='noise'),
C(PSM, r'''  Normal   Pulling           15m                 kubelet            Pulling image "perconalab/percona-server-mysql-operator:main"''',
  None, None, None, None, 'Pulling',
  note='image pull started; the row names no pod or container', fmt='event', cls='pull'),
C(PSM, r'''  Normal   Created           15m                 kubelet            Created container mysql-init''',
  None, None, None, 'mysql-init', None,
  note='Created is not a Reason: noise that names the init container', fmt='event', cls='noise'),
C(PSM, r'''  Normal   Started           15m                 kubelet            Started container mysql-init''',
  None, None, None, 'mysql-init', 'Started',
  note='the init container started', fmt='event', cls='start'),
C(PSM, r'''  Normal   Pulled            15m                 kubelet            Successfully pulled image "perconalab/percona-server-mysql-operator:main" in 2.159568904s''',
  None, None, None, None, 'Pulled',
  note="successful pull with the duration form ('in 2.159568904s')", fmt='event', cls='pull'),
C(PSM, r'''  Normal   Pulling           15m                 kubelet            Pulling image "perconalab/percona-server-mysql-operator:main-backup"''',
  None, None, None, None, 'Pulling',
  note='second pull of the run', fmt='event', cls='pull'),
C(PSM, r'''  Normal   Pulled            15m                 kubelet            Successfully pulled image "percona/percona-server:8.0.28" in 2.268588887s''',
  None, None, None, None, 'Pulled',
  note='the mysql image pulled', fmt='event', cls='pull'),
C(PSM, r'''  Normal   Created           15m                 kubelet            Created container xtrabackup''',
  None, None, None, 'xtrabackup', None,
  note='Created: noise naming the container', fmt='event', cls='noise'),
# ---------------------------------------------------------------- CrunchyData/postgres-operator#2178: probe errored (exec probe timed out)
C(CPG + "2178", r'''  Warning  Unhealthy  18m (x28 over 3h14m)  kubelet  Liveness probe errored: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, 'LivenessProbeFailed',
  note="describe events of a PGO v4.3.0 replica (Jan 2021): an errored probe counts as a failure in the kubelet's prober (as the table's other 'probe errored' rows); From 'kubelet' alone: 1.20 or later", fmt='event', cls='probe'),
C(CPG + "2178", r'''  Warning  Unhealthy  68s (x33 over 3h14m)  kubelet  Readiness probe errored: rpc error: code = DeadlineExceeded desc = context deadline exceeded''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='the readiness twin of the row above', fmt='event', cls='probe'),
# ---------------------------------------------------------------- CrunchyData/postgres-operator#863: multi-line probe messages, continuation lines included
C(CPG + "863", r'''psql: could not connect to server: No such file or directory''',
  None, None, None, None, None,
  note="continuation line of a multi-line 'Readiness probe failed:' event message (Jul 2019): psql's own output, no pod, no reason of its own", fmt='event', cls='noise'),
C(CPG + "863", r'''           Is the server running locally and accepting''',
  None, None, None, None, None,
  note="the message's next continuation line", fmt='event', cls='noise'),
C(CPG + "863", r'''           connections on Unix domain socket "/tmp/.s.PGSQL.5432"?''',
  None, None, None, None, None,
  note="the message's last line", fmt='event', cls='noise'),
C(CPG + "863", r'''  Warning  Unhealthy  5m  kubelet, x.x.x.x  Readiness probe failed: Wed Jul 10 22:09:56 UTC 2019 INFO: Setting PGROOT to /usr/pgsql-11.''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="the next event row, condensed by kubectl after a multi-line message; the node is redacted as x.x.x.x; 'kubelet, <node>' source form: before 1.20", fmt='event', cls='probe'),
C(CPG + "863", r'''  Warning  Unhealthy  4m50s  kubelet, x.x.x.x  Readiness probe failed: Wed Jul 10 22:10:06 UTC 2019 INFO: Setting PGROOT to /usr/pgsql-11.''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='the next readiness failure of the run', fmt='event', cls='probe'),
C(CPG + "863", r'''  Warning  Unhealthy  4m40s  kubelet, x.x.x.x  Readiness probe failed: Wed Jul 10 22:10:16 UTC 2019 INFO: Setting PGROOT to /usr/pgsql-11.''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='and the next', fmt='event', cls='probe'),
# ---------------------------------------------------------------- CrunchyData/postgres-operator#16: old tab-separated describe row
C(CPG + "16", r'''  2h		32s		23	kubelet, minikube			Warning		FailedMount	Unable to mount volumes for pod "testcluster-4275003772-ddfwn_default(d2a2f3a7-4d68-11e7-a09f-080027d45d33)": timeout expired waiting for volumes to attach/mount for pod "default"/"testcluster-4275003772-ddfwn". list of unattached/unmounted volumes=[pgdata]''',
  'default', 'testcluster-4275003772-ddfwn', 'd2a2f3a7-4d68-11e7-a09f-080027d45d33', None, 'FailedMount',
  note="kubectl describe event row (Jun 2017, minikube localkube), tab-separated as the thread shows it: the 'Unable to mount volumes for pod \"<name>_<ns>(<uid>)\": timeout expired' form; the PVC crunchy-pvc did not exist. Jun 2017 localkube: about 1.6", kubelet='~1.6', fmt='event', cls='volume'),
# ---------------------------------------------------------------- cockroachdb/cockroach#25270: kubectl get events rows (Typhoon v1.11.2)
C(CRDB, r'''46m         9h           117       cockroachdb-1.155745066d812e0a   Pod       spec.containers{cockroachdb}   Warning   Unhealthy   kubelet, 10.135.109.194   Readiness probe failed: HTTP probe failed with statuscode: 503''',
  None, 'cockroachdb-1', None, 'cockroachdb', 'ReadinessProbeFailed',
  note="kubectl get events (Sep 2018, Typhoon cluster v1.11.2 stated): the event object is named <pod>.<hash>, so the pod is cockroachdb-1; no namespace column", kubelet='1.11', fmt='event', cls='probe'),
C(CRDB, r'''6m          9h           797       cockroachdb-1.15574547eaaf3d21   Pod       spec.containers{cockroachdb}   Warning   Unhealthy   kubelet, 10.135.109.194   Readiness probe failed: Get http://10.2.4.62:8080/health?ready=1: net/http: request canceled (Client.Timeout exceeded while awaiting headers)''',
  None, 'cockroachdb-1', None, 'cockroachdb', 'ReadinessProbeFailed',
  note='readiness probe timed out', kubelet='1.11', fmt='event', cls='probe'),
C(CRDB, r'''33m         9h           260       cockroachdb-1.15574548ad10f5fb   Pod       spec.containers{cockroachdb}   Warning   Unhealthy   kubelet, 10.135.109.194   Liveness probe failed: Get http://10.2.4.62:8080/health: net/http: request canceled (Client.Timeout exceeded while awaiting headers)''',
  None, 'cockroachdb-1', None, 'cockroachdb', 'LivenessProbeFailed',
  note='liveness probe timed out', kubelet='1.11', fmt='event', cls='probe'),
C(CRDB, r'''56m         9h           58        cockroachdb-1.155745696bcbcd18   Pod       spec.containers{cockroachdb}   Warning   Unhealthy   kubelet, 10.135.109.194   Readiness probe failed: Get http://10.2.4.62:8080/health?ready=1: dial tcp 10.2.4.62:8080: connect: connection refused''',
  None, 'cockroachdb-1', None, 'cockroachdb', 'ReadinessProbeFailed',
  note='readiness probe refused', kubelet='1.11', fmt='event', cls='probe'),
# ---------------------------------------------------------------- mongodb-kubernetes-operator
C(MGO + "949", r'''  Warning  Unhealthy  4m32s (x60 over 13m)  kubelet  (combined from similar events): Readiness probe failed: 2022-04-18 16:48:52.346515 +0000 UTC m=+0.032297674 write error: can't open new logfile: open /var/log/mongodb-mms-automation/readiness.log: permission denied''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="describe events (Apr 2022, microk8s 1.23 stated): the event recorder's '(combined from similar events): ' prefix before the probe message", kubelet='1.23', fmt='event', cls='probe'),
C(MGO + "1557", r'''          message: back-off 5m0s restarting failed container=mongod pod=mongodb-0_mongodb(8afb09cd-5286-4e0c-875c-7d74f3977d20)''',
  'mongodb', 'mongodb-0', '8afb09cd-5286-4e0c-875c-7d74f3977d20', 'mongod', 'CrashLoopBackOff',
  note="pod status YAML (Jun 2024, RKE2): the waiting state's message, the kubelet's back-off text naming container and pod as name_ns(uid); the container failed to start (runc mkdir /data/db permission denied) and is now in back-off", fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- OT-CONTAINER-KIT/redis-operator#1030 (inline code in a comment)
C(OTR, r'''Warning  Unhealthy  7s (x7 over 4m7s)      kubelet            Liveness probe failed: command "sh -c redis-cli -h $(hostname) -p ${SENTINEL_PORT} ping" timed out''',
  None, None, None, None, 'LivenessProbeFailed',
  note="describe-pod event row quoted in inline code (Jul 2024, redis sentinel): the exec probe timed out; taken from 'Warning' to 'timed out' (the inline code's surrounding blanks left out)", fmt='event', cls='probe'),
# ---------------------------------------------------------------- bitnami/charts#10669 (redis sentinel): a describe-pod events run
C(BNR, r'''  Normal   Created           32m                kubelet            Created container sentinel''',
  None, None, None, 'sentinel', None,
  note='describe events (Jun 2022, bitnami/redis with sentinel): Created is noise', fmt='event', cls='noise'),
C(BNR, r'''  Normal   Started           32m                kubelet            Started container sentinel''',
  None, None, None, 'sentinel', 'Started',
  note='the sentinel container started', fmt='event', cls='start'),
C(BNR, r'''  Warning  Unhealthy         31m (x4 over 31m)  kubelet            Readiness probe failed:''',
  None, None, None, None, 'ReadinessProbeFailed',
  note="first line of a multi-line probe event: the probe's output follows on the next line", fmt='event', cls='probe'),
C(BNR, r'''Could not connect to Redis at localhost:26379: Connection refused''',
  None, None, None, None, None,
  note="continuation line: redis-cli's output inside the probe message, no pod and no reason of its own", fmt='event', cls='noise'),
C(BNR, r'''  Warning  Unhealthy  31m (x4 over 31m)  kubelet  Liveness probe failed:''',
  None, None, None, None, 'LivenessProbeFailed',
  note='liveness probe failed (message continues on the next line)', fmt='event', cls='probe'),
C(BNR, r'''Could not connect to Redis at localhost:6379: Connection refused''',
  None, None, None, None, None,
  note='continuation line of that message', fmt='event', cls='noise'),
C(BNR, r'''  Warning  Unhealthy  31m (x5 over 31m)  kubelet  Liveness probe failed:''',
  None, None, None, None, 'LivenessProbeFailed',
  note='the other container\'s liveness failures', fmt='event', cls='probe'),
C(BNR, r'''  Normal   Killing    31m                    kubelet  Container sentinel failed liveness probe, will be restarted''',
  None, None, None, 'sentinel', 'LivenessProbeFailed',
  note="the kill caused by the liveness probe: LivenessProbeFailed, as the table's other 'failed liveness probe, will be restarted' rows", fmt='event', cls='probe'),
C(BNR, r'''  Normal   Killing    27m (x4 over 31m)      kubelet  Container redis failed liveness probe, will be restarted''',
  None, None, None, 'redis', 'LivenessProbeFailed',
  note='the same for the redis container', fmt='event', cls='probe'),
C(BNR, r'''  Warning  Unhealthy  7m18s (x115 over 31m)  kubelet  Readiness probe failed:''',
  None, None, None, None, 'ReadinessProbeFailed',
  note='readiness keeps failing', fmt='event', cls='probe'),
C(BNR, r'''  Warning  BackOff  2m17s (x78 over 24m)  kubelet  Back-off restarting failed container''',
  None, None, None, None, 'CrashLoopBackOff',
  note='the restart back-off that ends the run', fmt='event', cls='crashloop'),
# ---------------------------------------------------------------- vitessio/vitess#9141: a vttablet pod's describe events (Nov 2021, vitess v12)
C(VIT, r'''  Normal   Scheduled  45s                default-scheduler  Successfully assigned default/example-vttablet-zone1-2469782763-bfadd780 to k8s-node1''',
  'default', 'example-vttablet-zone1-2469782763-bfadd780', None, None, None,
  note='vitess operator example (Nov 2021): scheduling, noise that names ns/pod', fmt='event', cls='noise'),
C(VIT, r'''  Normal   Pulled     44s                kubelet            Container image "vitess/lite:v12.0.0" already present on machine''',
  None, None, None, None, 'Pulled',
  note='image already present: Pulled', fmt='event', cls='pull'),
C(VIT, r'''  Normal   Created    44s                kubelet            Created container init-vt-root''',
  None, None, None, 'init-vt-root', None,
  note='Created: noise', fmt='event', cls='noise'),
C(VIT, r'''  Normal   Started    44s                kubelet            Started container init-vt-root''',
  None, None, None, 'init-vt-root', 'Started',
  note='init container started', fmt='event', cls='start'),
C(VIT, r'''  Normal   Started    43s                kubelet            Started container init-mysql-socket''',
  None, None, None, 'init-mysql-socket', 'Started',
  note='second init container started', fmt='event', cls='start'),
C(VIT, r'''  Normal   Pulled     43s                kubelet            Container image "vitess/lite:v12.0.0" already present on machine''',
  None, None, None, None, 'Pulled',
  note='image present again (next container)', fmt='event', cls='pull'),
C(VIT, r'''  Normal   Created    43s                kubelet            Created container init-mysql-socket''',
  None, None, None, 'init-mysql-socket', None,
  note='Created: noise', fmt='event', cls='noise'),
C(VIT, r'''  Normal   Created    42s                kubelet            Created container mysqld''',
  None, None, None, 'mysqld', None,
  note='Created: noise', fmt='event', cls='noise'),
C(VIT, r'''  Normal   Pulled     42s                kubelet            Container image "vitess/lite:v12.0.0" already present on machine''',
  None, None, None, None, 'Pulled',
  note='image present for the next container', fmt='event', cls='pull'),
C(VIT, r'''  Normal   Pulled     41s                kubelet            Container image "prom/mysqld-exporter:v0.11.0" already present on machine''',
  None, None, None, None, 'Pulled',
  note='exporter image present', fmt='event', cls='pull'),
C(VIT, r'''  Normal   Started    41s                kubelet            Started container mysqld''',
  None, None, None, 'mysqld', 'Started',
  note='mysqld started', fmt='event', cls='start'),
C(VIT, r'''  Normal   Started    39s (x2 over 42s)  kubelet            Started container vttablet''',
  None, None, None, 'vttablet', 'Started',
  note='vttablet started twice (it restarted once: Restart Count 1 in the same paste)', fmt='event', cls='start'),
    ]
