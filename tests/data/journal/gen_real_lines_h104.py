# Hunt 104: a HELD-OUT sample of real kubelet lines from a GitHub thread the table did not cite
# (juicedata/juicefs-csi-driver#452). The sample is small because the team's shared search budget
# ran out after 15 look-ups. Only lines seen in full in two different search results (the same
# comment, returned by two different queries) and compared byte for byte are here; lines seen only
# once or cut off by the excerpt were left out. Same rules as gen_real_lines_h8.py: each line is copied
# exactly as its public source shows it (raw strings), with the source's URL. Expected fields are what
# an SRE reads in the line itself, not what podpulse outputs.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

JFS452 = "https://github.com/juicedata/juicefs-csi-driver/issues/452"


def HUNT_H104(C):
    return [
# ---------------------------------------------------------------- juicefs-csi-driver#452: cAdvisor stats noise (docker runtime)
C(JFS452, r'''Nov 21 15:27:51 gpu4030 kubelet: W1121 15:27:51.077829    1878 container.go:586] Failed to update stats for container "/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod76fc4367_cf0e_4b01_91ab_a375a4733a5b.slice/docker-be0c75184cbbd39ede0de84850c59774d1b690f16514ef2d41ec7a7bcf7375cb.scope": unable to determine device info for dir: /home/docker/overlay2/731ebe38918c9cc5441877191de59821df225879a1ca54695a0e5f5b8f40dea9/diff: stat failed on /home/docker/overlay2/731ebe38918c9cc5441877191de59821df225879a1ca54695a0e5f5b8f40dea9/diff with error: no such file or directory, continuing to push stats''',
  None, None, '76fc4367-cf0e-4b01-91ab-a375a4733a5b', None, None,
  note="turn 5 by shangdibufashi (node gpu4030, docker runtime, syslog form without [pid]): cAdvisor could not stat a docker overlay2 dir for a container of a BestEffort pod; noise. The slice names only the pod uid (underscores read as dashes). The same reporter's juicedata/juicefs#2939 (Nov 2022) states k8s v1.22.5, hence ~1.22", kubelet='~1.22', fmt='klog', cls='stats'),
C(JFS452, r'''Nov 21 15:28:18 gpu4030 kubelet: W1121 15:28:18.786420    1878 container.go:586] Failed to update stats for container "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod8f8b56a524eac56eec4109ae7ff3c740.slice/docker-6e377c398391105ac243c14afa32023c4048ad6d8c50f33844cd4d9b9b2e848b.scope": unable to determine device info for dir: /home/docker/overlay2/950388762e1661ffc9add27778c41ad5d64abdc2ce4e2b1a1b24594e36c6a3f3/diff: stat failed on /home/docker/overlay2/950388762e1661ffc9add27778c41ad5d64abdc2ce4e2b1a1b24594e36c6a3f3/diff with error: no such file or directory, continuing to push stats''',
  None, None, '8f8b56a524eac56eec4109ae7ff3c740', None, None,
  note='next line of the same paste: the same stats warning for a Burstable pod whose uid is a 32-hex static-pod hash (a mirror/static pod); noise, only the uid is named', kubelet='~1.22', fmt='klog', cls='stats'),
    ]
