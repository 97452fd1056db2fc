# Seventh hunt (issue 13 item 3): more real lines for FailedPostStartHook and FailedPreStopHook, the
# two hook reasons that the first round left short. Same rules as gen_real_lines_h3.py: each line is
# copied exactly as its public source shows it (raw strings: backslashes are the line's own), found
# a second time by a different query (or read_file) and compared again, with the source's URL (rows
# whose source the search index could name only by a file id were left out). Most of what the public record
# holds for these two reasons is the kubelet's own event as kubectl shows it (describe rows and
# get-events rows, fmt="event"); the one kubelet journal line is the event.go form. Imported by
# gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

K = "https://github.com/kubernetes/kubernetes/issues/"
DOCS = ("https://github.com/kubernetes/website/blob/036dd680f9a555f9e2142165289c2528fbf01dec/"
        "content/en/docs/concepts/containers/container-lifecycle-hooks.md")


def HUNT_H7(C):
    return [
# ---------------------------------------------------------------- FailedPreStopHook: the kubelet's own event line (journal)
C("https://github.com/kubernetes-csi/csi-driver-host-path/issues/175", r'''I0330 08:31:17.836238    1362 event.go:278] Event(v1.ObjectReference{Kind:"Pod", Namespace:"ephemeral-5231", Name:"csi-hostpathplugin-0", UID:"ad6006d7-6425-4661-829e-8106640183fb", APIVersion:"v1", ResourceVersion:"1676", FieldPath:"spec.containers{node-driver-registrar}"}): type: 'Warning' reason: 'FailedPreStopHook' Exec lifecycle hook ([/bin/sh -c rm -rf /registration/csi-hostpath /registration/csi-hostpath-reg.sock]) for Container "node-driver-registrar" in Pod "csi-hostpathplugin-0_ephemeral-5231(ad6006d7-6425-4661-829e-8106640183fb)" failed - error: command '/bin/sh -c rm -rf /registration/csi-hostpath /registration/csi-hostpath-reg.sock' exited with 126: , message: "OCI runtime exec failed: exec failed: container_linux.go:349: starting container process caused \"exec: \\\"/bin/sh\\\": stat /bin/sh: no such file or directory\": unknown\r\n"''',
  "ephemeral-5231", "csi-hostpathplugin-0", "ad6006d7-6425-4661-829e-8106640183fb", "node-driver-registrar", "FailedPreStopHook",
  note="the kubelet's log of its FailedPreStopHook event, from a Kubernetes e2e (prow) job's kubelet log, Mar/Apr 2020: the distroless node-driver-registrar has no /bin/sh. The report wraps the line in single backticks (dropped). event.go:278 is the 1.18 event recorder (1.17 logs event.go:274 and 1.19 event.go:291)",
  kubelet="~1.18", fmt="event", cls="hook"),
# ---------------------------------------------------------------- FailedPreStopHook: kubectl get events rows
C("https://github.com/gardener/gardener/pull/6793", r'''garden 21m Warning FailedPreStopHook pod/gardener-apiserver-66696f74b-cxjt4 Exec lifecycle hook ([sh -c sleep 5]) for Container "gardener-apiserver" in Pod "gardener-apiserver-66696f74b-cxjt4_garden(eebdbc49-6344-4aaa-bf37-005e5c611387)" failed - error: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "148275b2daa0f1799c10d3b643b3a465846c20c0d55ea5443803d5269645c9b0": OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown, message: ""''',
  "garden", "gardener-apiserver-66696f74b-cxjt4", "eebdbc49-6344-4aaa-bf37-005e5c611387", "gardener-apiserver", "FailedPreStopHook",
  note="kubectl get events -A row with its spacing collapsed to single spaces as the PR shows it, Oct 2022; a containerd node (the error comes from containerd's exec, not from the command)",
  fmt="event", cls="hook"),
C("https://github.com/gardener/gardener/issues/3278", r'''53m         Warning   FailedPreStopHook                 pod/kube-apiserver-59d8cbdf5b-9cfkd                          Exec lifecycle hook ([sh -c sleep 5]) for Container "kube-apiserver" in Pod "kube-apiserver-59d8cbdf5b-9cfkd_shoot--foo--bar(01fa2ddb-8156-4e62-aba0-716343bba136)" failed - error: command 'sh -c sleep 5' exited with 126: , message: "OCI runtime exec failed: exec failed: container_linux.go:370: starting container process caused: exec: \"sh\": executable file not found in $PATH: unknown\r\n"''',
  "shoot--foo--bar", "kube-apiserver-59d8cbdf5b-9cfkd", "01fa2ddb-8156-4e62-aba0-716343bba136", "kube-apiserver", "FailedPreStopHook",
  note="kubectl get events row from a Gardener seed, Dec 2020: the v1.19 kube-apiserver image has no sh. The row's own columns name no namespace; the message does (shoot--foo--bar, the report's placeholder shoot)",
  fmt="event", cls="hook"),
C("https://github.com/kubernetes/cloud-provider-openstack/issues/1617", r'''17m         Warning   FailedPreStopHook   pod/openstack-cinder-csi-nodeplugin-zsr2n           Exec lifecycle hook ([/bin/sh -c rm -rf /registration/cinder.csi.openstack.org /registration/cinder.csi.openstack.org-reg.sock]) for Container "node-driver-registrar" in Pod "openstack-cinder-csi-nodeplugin-zsr2n_cinder-csi(30888613-f9e1-48fd-8aca-efe5639daa4f)" failed - error: command '/bin/sh -c rm -rf /registration/cinder.csi.openstack.org /registration/cinder.csi.openstack.org-reg.sock' exited with 126: , message: "OCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: \"/bin/sh\": stat /bin/sh: no such file or directory: unknown\r\n"''',
  "cinder-csi", "openstack-cinder-csi-nodeplugin-zsr2n", "30888613-f9e1-48fd-8aca-efe5639daa4f", "node-driver-registrar", "FailedPreStopHook",
  note="kubectl get events row (cinder-csi helm chart, Aug 2021): the same distroless registrar, a different project and runc (container_linux.go:380)",
  fmt="event", cls="hook"),
C("https://github.com/canonical/microk8s/issues/138", r'''12m         Warning   FailedPreStopHook         Pod    Exec lifecycle hook ([bash -c /usr/sbin/nginx -s quit ; sleep 29]) for Container "nginx" in Pod "nginx-678cbdbf9b-9m994_default(78dd52bd-d2b0-11e8-9d2e-f8cab834928e)" failed - error: command 'bash -c /usr/sbin/nginx -s quit ; sleep 29' exited with 137: 2018/10/18 08:36:03 [notice] 13#13: signal process started''',
  "default", "nginx-678cbdbf9b-9m994", "78dd52bd-d2b0-11e8-9d2e-f8cab834928e", "nginx", "FailedPreStopHook",
  note="the first line of an old-style kubectl get events row (KIND column 'Pod'), microk8s, Oct 2018; the command's output ends in a newline, so the row goes on with ', message: ...' on the next line of the source. microk8s then shipped Kubernetes 1.12",
  kubelet="~1.12", fmt="event", cls="hook"),
C("https://github.com/Kong/kong/issues/4934", r'''spec.containers{kong-ce}   Warning   FailedPreStopHook   kubelet, Exec lifecycle hook ([/bin/sh -c sleep 15 && kong quit]) for Container "kong-ce" in Pod "kong-ce-b58db8d87-sjrb5_XXX(80aca41c-c05d-11e9-b382-005056925e28)" failed - error: command '/bin/sh -c sleep 15 && kong quit' exited with 137: , message: ""''',
  "XXX", "kong-ce-b58db8d87-sjrb5", "80aca41c-c05d-11e9-b382-005056925e28", "kong-ce", "FailedPreStopHook",
  note="the tail of an 'oc get events' row (SUBOBJECT, TYPE, REASON, SOURCE 'kubelet, ' with the node name left out), OpenShift 3.x, Aug 2019; the reporter redacted the namespace to XXX. Exit 137: the hook was killed when kong quit stopped the container",
  fmt="event", cls="hook"),
C("https://github.com/haproxytech/helm-charts/issues/245", r'''10m         Warning   FailedPreStopHook        pod/db-haproxy-555788f68f-chl5q    PreStopHook failed''',
  None, "db-haproxy-555788f68f-chl5q", None, None, "FailedPreStopHook",
  note="kubectl get events -n haproxy row, May 2024: since 1.26 the event's message is only 'PreStopHook failed' (the detail went to the kubelet log), so the row names the pod but not the container; the namespace is only in the command (-n haproxy). Kubelet 1.26 or later (the bare message), minor not stated",
  fmt="event", cls="hook"),
C(DOCS, r'''  Warning  FailedPostStartHook  4s (x2 over 5s)  kubelet            Exec lifecycle hook ([badcommand]) for Container "lifecycle-demo-container" in Pod "lifecycle-demo_default(30229739-9651-4e5a-9a32-a8f1688862db)" failed - error: command 'badcommand' exited with 126: , message: "OCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: \"badcommand\": executable file not found in $PATH: unknown\r\n"''',
  "default", "lifecycle-demo", "30229739-9651-4e5a-9a32-a8f1688862db", "lifecycle-demo-container", "FailedPostStartHook",
  note="the Kubernetes docs' own example output ('Debugging Hook handlers'), from a real cluster (EKS-style node name ip-XXX...us-east-2 redacted in the Scheduled row); replaced in kubernetes/website PR 31545, Jan 2022, runc 1.0 (container_linux.go:380): about 1.22",
  kubelet="~1.22", fmt="event", cls="hook"),
C(DOCS, r'''  Normal   Killing              4s (x2 over 5s)  kubelet            FailedPostStartHook''',
  None, None, None, None, "FailedPostStartHook",
  note="the Killing event that follows a failed postStart hook: its message is the kill's cause, 'FailedPostStartHook' (reasonFailedPostStartHook), so an SRE reads it as that failure, as the table reads a probe-caused Killing row by its probe; it names no pod",
  kubelet="~1.22", fmt="event", cls="hook"),
C(K + "119541", r'''Warning  FailedPostStartHook  1s    kubelet            Exec lifecycle hook ([/bin/sh -c badcommand > /usr/share/message]) for Container "lifecycle-demo-container" in Pod "lifecycle-demo_default(2ec31ecb-bf4f-4e1c-bf5d-e25f7e49dd4b)" failed - error: command '/bin/sh -c badcommand > /usr/share/message' exited with 127: /bin/sh: 1: badcommand: not found''',
  "default", "lifecycle-demo", "2ec31ecb-bf4f-4e1c-bf5d-e25f7e49dd4b", "lifecycle-demo-container", "FailedPostStartHook",
  note="kubectl describe row (its leading indent not in the report), Jul 2023, from the 'older versions like 1.23 and 1.25' that still put the hook's output in the event",
  kubelet="~1.25", fmt="event", cls="hook"),
C(K + "119541", r'''Warning  FailedPostStartHook  2s (x2 over 4s)  kubelet            PostStartHook failed''',
  None, None, None, None, "FailedPostStartHook",
  note="the same pod's row after the upgrade to 1.26: the event message no longer carries the hook's output (kubernetes PR 86139 moved it to the kubelet log); the row names no pod",
  kubelet="1.26", fmt="event", cls="hook"),
C("https://github.com/onosproject/onos-helm-charts/pull/557", r'''  Warning  FailedPostStartHook  60s                kubelet            Exec lifecycle hook ([/bin/sh -c sleep 3 && (/usr/sbin/dsconf localhost monitor server || /usr/sbin/dsconf localhost backend create --suffix 'dc=opennetworking,dc=org' --be-name=aether --create-entries --create-suffix)]) for Container "389ds" in Pod "fedora389ds-74fc7d99b6-t2zrl_aether-roc(09e369a0-5b3f-4bca-813e-40a445e7fdab)" failed - error: command '/bin/sh -c sleep 3 && (/usr/sbin/dsconf localhost monitor server || /usr/sbin/dsconf localhost backend create --suffix 'dc=opennetworking,dc=org' --be-name=aether --create-entries --create-suffix)' exited with 1: , message: "Enter Bind DN: Error: EOF when reading a line\nEnter Bind DN: Error: EOF when reading a line\n"''',
  "aether-roc", "fedora389ds-74fc7d99b6-t2zrl", "09e369a0-5b3f-4bca-813e-40a445e7fdab", "389ds", "FailedPostStartHook",
  note="kubectl describe row in a review comment, Nov 2021 (ONF Aether ROC, 389ds directory server): the hook's dsconf prompted for a bind DN and read EOF",
  fmt="event", cls="hook"),
    ]
