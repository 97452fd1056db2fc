# Still rarer reasons of the real-lines table (issue 13 item 3), second hunt: lines found in
# public issue threads and in log files and test fixtures committed to public repositories. Same
# rules as gen_real_lines_more.py and gen_real_lines_rare.py: each line is copied exactly as its
# public source shows it (raw strings: backslashes are the line's own), with the source's URL (or
# repository, commit and path). Imported by gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

QO = "https://github.com/cloudfoundry-incubator/quarks-operator/pull/456"


def HUNT(C):
    return [
# ---------------------------------------------------------------- InvalidImageName
C(QO, r'''Jul 24 16:17:20 minikube kubelet[3452]: E0724 16:17:20.510911    3452 pod_workers.go:190] Error syncing pod 9a75de21-ad6c-11e9-809e-0800274aac91 ("cf-operator-test1563899338-1-4-66cfb4646b-cstdj_test1563899338-1-4(9a75de21-ad6c-11e9-809e-0800274aac91)"), skipping: failed to "StartContainer" for "cf-operator" with InvalidImageName: "Failed to apply default image tag \"/cf-operator:0.1-dev\": couldn't parse image reference \"/cf-operator:0.1-dev\": invalid reference format"''',
  "test1563899338-1-4", "cf-operator-test1563899338-1-4-66cfb4646b-cstdj", "9a75de21-ad6c-11e9-809e-0800274aac91", "cf-operator", "InvalidImageName",
  kubelet="~1.15", fmt="klog", cls="image", note="Jul 2019 minikube (pod_workers.go:190: 1.14-1.15)"),
    ]
