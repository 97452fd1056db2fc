# Hunt 103 (held-out set): kubelet lines taken as they came from kubernetes/kubernetes threads the
# table did not cite before this file (checked with grep on real_lines.jsonl and on every
# gen_real_lines_h*.py): kubernetes#113289 (a pod stuck Terminating with "not registered" volume
# errors, v1.27.13) and PR kubernetes#102025 (cAdvisor lines from a kind node). Whole runs as the
# threads paste them, noise and failures alike. Same rules as gen_real_lines_h8.py: each line is
# copied exactly as its public thread shows it (raw strings: backslashes are the line's own), with the
# thread's URL, and each was seen twice (two different searches returning the same passage, compared
# after decoding). Expected fields are what an SRE reads in the line itself: a quoted "ns"/"name"
# object is the config map, not the pod; a uid read only from a cgroup path gives no pod name.
# The hunt stopped at 9 lines: the team's shared search budget ran out before more threads could be
# seen a second time (lines seen only once were left out).
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
KP = "https://github.com/kubernetes/kubernetes/pull/"


def HUNT_H103(C):
    return [
# ---------------------------------------------------------------- kubernetes#113289 (May 2024): successful mounts of a terminating pod (noise)
C(K + "113289", r'''I0503 06:00:44.260458 3490635 volume_manager.go:433] "All volumes are attached and mounted for pod" pod="browsers-dashboard/session-agent-bc77c896-scv2f"''',
  'browsers-dashboard', 'session-agent-bc77c896-scv2f', None, None, None,
  note="comment of May 2024 ('successful mounts:'): the volume manager reports all of the pod's volumes mounted - noise, not a mount failure. Same pod and volume (kube-api-access-dssjd) as the next comment of the thread, which states kubernetes v1.27.13", kubelet='1.27', fmt='klog-s', cls='mount-trap', trap_for=['FailedMount']),
C(K + "113289", r'''I0503 06:00:44.260272 3490635 volume_manager.go:399] "Waiting for volumes to attach and mount for pod" pod="browsers-dashboard/session-agent-bc77c896-scv2f"''',
  'browsers-dashboard', 'session-agent-bc77c896-scv2f', None, None, None,
  note='same paste: the volume manager starts waiting for the pod\'s volumes - routine, not a timeout', kubelet='1.27', fmt='klog-s', cls='mount-trap', trap_for=['FailedMount']),
C(K + "113289", r'''I0503 06:00:44.261148 3490635 desired_state_of_world_populator.go:309] "Added volume to desired state" pod="browsers-dashboard/session-agent-bc77c896-scv2f" volumeName="tmp" volumeSpecName="tmp"''',
  'browsers-dashboard', 'session-agent-bc77c896-scv2f', None, None, None,
  note='same paste: the populator adds the pod\'s emptyDir "tmp" to the desired state - noise', kubelet='1.27', fmt='klog-s', cls='mount'),
C(K + "113289", r'''I0503 06:00:44.263140 3490635 reconciler_common.go:220] "Starting operationExecutor.MountVolume for volume \"kube-api-access-dssjd\" (UniqueName: \"kubernetes.io/projected/f4597db6-4c03-4bee-9e0a-15cbced247bf-kube-api-access-dssjd\") pod \"session-agent-bc77c896-scv2f\" (UID: \"f4597db6-4c03-4bee-9e0a-15cbced247bf\") Volume is already mounted to pod, but remount was requested." pod="browsers-dashboard/session-agent-bc77c896-scv2f"''',
  'browsers-dashboard', 'session-agent-bc77c896-scv2f', 'f4597db6-4c03-4bee-9e0a-15cbced247bf', None, None,
  note='same paste: the reconciler starts a remount of an already mounted projected volume (the pod named with its UID) - routine, not a failure', kubelet='1.27', fmt='klog-s', cls='mount-trap', trap_for=['FailedMount']),
# ---------------------------------------------------------------- kubernetes#113289 (May 2024): the failing mounts, kubernetes v1.27.13
C(K + "113289", r'''E0503 11:35:58.744234 4036992 projected.go:292] Couldn't get configMap browsers-dashboard/kube-root-ca.crt: object "browsers-dashboard"/"kube-root-ca.crt" not registered''',
  None, None, None, None, 'FailedMount',
  note="comment of May 2024 ('This is on kubernetes v1.27.13'): the projected plugin cannot read the kube-root-ca.crt config map (not registered with the kubelet's config map manager); the line names the config map's namespace/name, not a pod (as the table's other \"Couldn't get configMap\" rows)", kubelet='1.27', fmt='klog', cls='mount'),
C(K + "113289", r'''E0503 11:35:58.744244 4036992 projected.go:198] Error preparing data for projected volume kube-api-access-dssjd for pod browsers-dashboard/session-agent-bc77c896-scv2f: object "browsers-dashboard"/"kube-root-ca.crt" not registered''',
  'browsers-dashboard', 'session-agent-bc77c896-scv2f', None, None, 'FailedMount',
  note='the next line: the projected service-account volume of the named pod (ns/name) cannot be prepared; the quoted "ns"/"name" object is the config map', kubelet='1.27', fmt='klog', cls='mount'),
# ---------------------------------------------------------------- kubernetes PR #102025: cAdvisor lines on a kind node (noise)
C(KP + "102025", r'''Mar 01 18:55:49 kind-worker2 kubelet[262]: I0301 18:55:49.115744     262 container.go:531] Start housekeeping for container "/docker/9a00b8cc23eec20d1be7279e14bf116ccfc1b327bdbc59425d24cfdcd2fac1ca/kubelet/kubepods/besteffort/podd54c3888-9dd2-410f-9713-0b94cfc44bc0/15b1f5ed1483cd823b1ca6a57448b4bc2943baec17200ceadbf44a11c4078dc3"''',
  None, None, 'd54c3888-9dd2-410f-9713-0b94cfc44bc0', None, None,
  note="PR 'Prevent pods from defaulting to zero second grace periods' (a maintainer's kind-node journal): cAdvisor starts housekeeping for a container cgroup; the pod uid is read from the cgroup path (pod<uid>), no name - noise. Version not stated (kind build of the PR's era, about 1.21-1.22)", fmt='klog', cls='noise'),
C(KP + "102025", r'''Mar 01 18:55:49 kind-worker2 kubelet[262]: I0301 18:55:49.143145     262 factory.go:258] Using factory "containerd" for container "/docker/9a00b8cc23eec20d1be7279e14bf116ccfc1b327bdbc59425d24cfdcd2fac1ca/kubelet/kubepods/besteffort/podd54c3888-9dd2-410f-9713-0b94cfc44bc0/d8eebef8cac27edd498e15b54767774d9529278815a9b25c3730488f4642cbd1"''',
  None, None, 'd54c3888-9dd2-410f-9713-0b94cfc44bc0', None, None,
  note='same paste: cAdvisor picks its containerd factory for a new container cgroup - noise', fmt='klog', cls='noise'),
C(KP + "102025", r'''Mar 01 18:55:49 kind-worker2 kubelet[262]: I0301 18:55:49.144665     262 manager.go:988] Added container: "/docker/9a00b8cc23eec20d1be7279e14bf116ccfc1b327bdbc59425d24cfdcd2fac1ca/kubelet/kubepods/besteffort/podd54c3888-9dd2-410f-9713-0b94cfc44bc0/d8eebef8cac27edd498e15b54767774d9529278815a9b25c3730488f4642cbd1" (aliases: [d8eebef8cac27edd498e15b54767774d9529278815a9b25c3730488f4642cbd1 /docker/9a00b8cc23eec20d1be7279e14bf116ccfc1b327bdbc59425d24cfdcd2fac1ca/kubelet/kubepods/besteffort/podd54c3888-9dd2-410f-9713-0b94cfc44bc0/d8eebef8cac27edd498e15b54767774d9529278815a9b25c3730488f4642cbd1], namespace: "containerd")''',
  None, None, 'd54c3888-9dd2-410f-9713-0b94cfc44bc0', None, None,
  note='same paste: cAdvisor registers the container (its containerd id as alias; "namespace" is containerd\'s namespace, not a pod\'s) - noise', fmt='klog', cls='noise'),
    ]
