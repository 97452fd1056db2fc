# Hunt 105 for the real-lines table (issue 13 item 3): a HELD-OUT set from a GitHub thread the table did
# not cite before: openshift/origin#11102 (Sep 2016, an OpenShift extended-test flake; the kubelet ran
# inside the origin binary). Only lines seen twice are kept: the shared search budget of the session ran
# out after eleven look-ups, and every other candidate line (kubernetes#47715, rook/rook#2953,
# longhorn/longhorn#350, #1576, #2880, #3804, #5424 and others) had been seen only once, so none of
# them is here. The thread's third line (the FailedSync Event of the same pod) was cut by the excerpt
# both times it was seen and is left out. Same rules as gen_real_lines_h8.py and the older files: each
# line is copied exactly as its public source shows it (raw strings: quotes are the line's own; the
# column spacing is the thread's own), with the source's URL, and each was seen twice (two different
# searches returning the same text). Expected fields are what an SRE reads in the line itself, not
# what podpulse outputs: a pod named without its namespace has ns None, a uid alone has pod None, and
# node-level lines are never attributed to a pod.
# Held out when collected: scored before the fixes it led to, then imported into the table by
# gen_real_lines.py.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

OR11102 = "https://github.com/openshift/origin/issues/11102"


def HUNT_H105(C):
    return [
# ---------------------------------------------------------------- openshift/origin#11102 (Sep 2016, origin log): a volume-mount timeout, two consecutive kubelet lines
C(OR11102, r'''E0920 17:47:28.496490   16730 kubelet.go:1816] Unable to mount volumes for pod "mongodb-1-deploy_extended-test-mongodb-replica-a41h3-f5b9t(49f979b4-7f7b-11e6-a225-0e03779dc447)": timeout expired waiting for volumes to attach/mount for pod "mongodb-1-deploy"/"extended-test-mongodb-replica-a41h3-f5b9t". list of unattached/unmounted volumes=[deployer-token-nactn]; skipping pod''',
  'extended-test-mongodb-replica-a41h3-f5b9t', 'mongodb-1-deploy', '49f979b4-7f7b-11e6-a225-0e03779dc447', None, 'FailedMount',
  note="csrwng's description (Sep 2016, OpenShift extended image tests): the deployer pod's service-account token volume did not mount in time; the pod is named as name_namespace(uid) (issue 13: 'Unable to mount volumes for pod' is FailedMount). kubelet.go:1816 with pod_workers.go:184 and the date (origin rebased on kubernetes 1.4 then): about 1.4", kubelet='~1.4', fmt='klog', cls='volume'),
C(OR11102, r'''E0920 17:47:28.496507   16730 pod_workers.go:184] Error syncing pod 49f979b4-7f7b-11e6-a225-0e03779dc447, skipping: timeout expired waiting for volumes to attach/mount for pod "mongodb-1-deploy"/"extended-test-mongodb-replica-a41h3-f5b9t". list of unattached/unmounted volumes=[deployer-token-nactn]''',
  'extended-test-mongodb-replica-a41h3-f5b9t', 'mongodb-1-deploy', '49f979b4-7f7b-11e6-a225-0e03779dc447', None, 'FailedMount',
  note="the next line: the pod worker's 'Error syncing pod <uid>, skipping: timeout expired waiting for volumes…' (issue 13: FailedMount); this kubelet printed the pair as \"name\"/\"namespace\" (the line above names mongodb-1-deploy_extended-test-mongodb-replica-a41h3-f5b9t)", kubelet='~1.4', fmt='klog', cls='volume'),
    ]
