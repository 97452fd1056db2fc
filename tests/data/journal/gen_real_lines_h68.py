# Hunt 68 for the real-lines table (issue 13 item 3): a HELD-OUT set from GitHub threads the table did not
# cite before, where lines from MANAGED cloud nodes (GKE, EKS, AKS) are pasted while debugging a pod:
# kubectl describe / get events rows of pods stuck in ContainerCreating on EKS (the VPC CNI has no IP to
# give, the sandbox times out), a GKE pod's start-up events, the grep of a GKE e2e node's kubelet.log while
# kubenet had no PodCIDR, and an AKS Windows node's structured reconciler line. Whole consecutive runs
# where the search index showed them (it shows a passage, not a whole thread, so a run ends where the
# passage was cut; a cut line is left out). Same rules as gen_real_lines_h8.py: each line is copied
# exactly as its public source shows it (raw strings: backslashes are the line's own; the kubectl rows keep
# their column spaces; one FailedSync row of aws/amazon-vpc-cni-k8s#1112 keeps its trailing space), with the
# source's URL, and each was seen twice (two different searches returning the same passage). Node-level
# lines are never attributed to a pod. Expected fields are what an SRE reads in the line, not podpulse's
# output. Imported by gen_real_lines.py; run that one.
# C(src, line, ns, pod, uid, container, reason, note=, kubelet=, fmt=, cls=, trap_for=)

TRIL = "https://github.com/google/trillian/issues/1182"
K57047 = "https://github.com/kubernetes/kubernetes/issues/57047"
AKS2491 = "https://github.com/Azure/AKS/issues/2491"
VPC1112 = "https://github.com/aws/amazon-vpc-cni-k8s/issues/1112"
ALB803 = "https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/803"
RIO631 = "https://github.com/rancher/rio/issues/631"
BP971 = "https://github.com/aws-ia/terraform-aws-eks-blueprints/issues/971"
VPC3066 = "https://github.com/aws/amazon-vpc-cni-k8s/issues/3066"


def HUNT_H68(C):
    return [
# ---------------------------------------------------------------- google/trillian#1182: GKE pod start-up events (May 2018)
C(TRIL, r'''  Normal   Scheduled              36s                default-scheduler                                             Successfully assigned trillian-logserver-deployment-65db9546dd-bfrn9 to gke-trillian-opensourc-logserver-pool-cc0088c9-7szt''',
  None, 'trillian-logserver-deployment-65db9546dd-bfrn9', None, None, None,
  note="google/trillian #1182, description (May 2018, GKE node gke-trillian-opensourc-logserver-pool-*): kubectl describe events of a logserver pod failing with 'Error syncing pod'. The scheduler's assignment in the pre-1.10 form names the pod without its namespace: noise. SuccessfulMountVolume and the 'kubelet, <node>' From column put the kubelet at about 1.8-1.10", kubelet='~1.9', fmt='event', cls='schedule'),
C(TRIL, r'''  Normal   SuccessfulMountVolume  36s                kubelet, gke-trillian-opensourc-logserver-pool-cc0088c9-7szt  MountVolume.SetUp succeeded for volume "google-cloud-key"''',
  None, None, None, None, None,
  note="google/trillian #1182 (May 2018, GKE): a volume (the service-account key secret) mounted: success, noise; the row names no pod", kubelet='~1.9', fmt='event', cls='noise'),
C(TRIL, r'''  Normal   SuccessfulMountVolume  36s                kubelet, gke-trillian-opensourc-logserver-pool-cc0088c9-7szt  MountVolume.SetUp succeeded for volume "default-token-tplhm"''',
  None, None, None, None, None,
  note="google/trillian #1182 (May 2018, GKE): the token volume mounted: success, noise", kubelet='~1.9', fmt='event', cls='noise'),
C(TRIL, r'''  Normal   Pulling                32s                kubelet, gke-trillian-opensourc-logserver-pool-cc0088c9-7szt  pulling image "gcr.io/google-containers/prometheus-to-sd:v0.2.6"''',
  None, None, None, None, 'Pulling',
  note="google/trillian #1182 (May 2018, GKE): the kubelet starts pulling the prometheus-to-sd sidecar image (pre-1.13 lower-case 'pulling image'); the row names no pod", kubelet='~1.9', fmt='event', cls='image'),
C(TRIL, r'''  Normal   Created                30s                kubelet, gke-trillian-opensourc-logserver-pool-cc0088c9-7szt  Created container''',
  None, None, None, None, None,
  note="google/trillian #1182 (May 2018, GKE): container created (no Created reason in the table; creation is not start evidence): noise", kubelet='~1.9', fmt='event', cls='noise'),
# ---------------------------------------------------------------- kubernetes#57047: grep of a GKE e2e node's kubelet.log (Dec 2017)
C(K57047, r'''./gke-bootstrap-e2e-default-pool-12112aef-f6w3/kubelet.log:E1212 18:44:45.142187    1365 pod_workers.go:182] Error syncing pod 5e7fab1b-df6b-11e7-954a-42010a800003 ("deployment-hash-test-59d9668d4c-snvxk_e2e-tests-sig-apps-deployment-upgrade-n2ftb(5e7fab1b-df6b-11e7-954a-42010a800003)"), skipping: network is not ready: [runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: Kubenet does not have netConfig. This is most likely due to lack of PodCIDR]''',
  None, None, None, None, 'NetworkNotReady',
  note="kubernetes #57047 (Stackdriver logging e2e on GKE, Dec 2017), comment by dims: grep output of a GKE node's kubelet.log (the 'path:' grep prefix is the line's own). The pod sync is refused because the node's network (kubenet without PodCIDR) is not ready: a node-level condition, so per the table's rule no pod is attributed although the line names one. pod_workers.go:182 in Dec 2017: 1.8/1.9", kubelet='~1.9', fmt='klog', cls='network'),
C(K57047, r'''./gke-bootstrap-e2e-default-pool-12112aef-f6w3/kubelet.log:E1212 18:44:45.142335    1365 pod_workers.go:182] Error syncing pod 73f7f092-df6b-11e7-954a-42010a800003 ("service-test-sljmv_e2e-tests-service-upgrade-wn4g5(73f7f092-df6b-11e7-954a-42010a800003)"), skipping: network is not ready: [runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: Kubenet does not have netConfig. This is most likely due to lack of PodCIDR]''',
  None, None, None, None, 'NetworkNotReady',
  note="kubernetes #57047 (GKE e2e, Dec 2017): the next grep line, same node-level cause for another pod: NetworkNotReady, no pod", kubelet='~1.9', fmt='klog', cls='network'),
# ---------------------------------------------------------------- Azure/AKS#2491: AKS Windows containerd node (Aug 2021, v1.21.2)
C(AKS2491, r'''I0812 23:02:23.080314    4488 reconciler.go:224] "operationExecutor.VerifyControllerAttachedVolume started for volume \"config\" (UniqueName: \"kubernetes.io/configmap/8e03b42e-b721-4599-89b5-db2538485635-config\") pod \"recoci-job-ma20210812230222552814\" (UID: \"8e03b42e-b721-4599-89b5-db2538485635\") "''',
  None, 'recoci-job-ma20210812230222552814', '8e03b42e-b721-4599-89b5-db2538485635', None, None,
  note="Azure/AKS #2491, description (Aug 2021, AKS Windows containerd node akswdjob000000, kubectl get node: v1.21.2): the kubelet log just before the node froze; the volume reconciler starts checking a config map volume: noise. It names the pod (no namespace) and its uid", kubelet='1.21', fmt='klog-s', cls='noise'),
# ---------------------------------------------------------------- aws/amazon-vpc-cni-k8s#1112: EKS 1.14.9 pods stuck in ContainerCreating (Jul 2020)
C(VPC1112, r'''E0730 06:31:07.110332    4737 remote_runtime.go:109] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create a sandbox for pod "schd-scdf-apn-site-domain-report-1596089220-p6brw": operation timeout: context deadline exceeded''',
  None, 'schd-scdf-apn-site-domain-report-1596089220-p6brw', None, None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #1112, description (Jul 2020, 'we upgraded EKS cluster to 1.14.9 and CNI version 1.6.1', docker): the runtime did not create the pod's sandbox in time; the pod is named without namespace", kubelet='1.14', fmt='klog', cls='sandbox'),
C(VPC1112, r'''Jul 30 06:31:07  kubelet[4737]: E0730 06:31:07.110385    4737 remote_runtime.go:109] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create a sandbox for pod ": operation timeout: context deadline exceeded''',
  None, None, None, None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #1112 (Jul 2020, EKS 1.14.9): the same failure with the journal prefix; the reporter cut the host name and the pod name out (pod \" : ...), so no pod is readable", kubelet='1.14', fmt='klog', cls='sandbox'),
C(VPC1112, r'''Failed create pod sandbox: rpc error: code = Unknown desc = failed to create a sandbox for pod "pod-name": operation timeout: context deadline exceeded''',
  None, 'pod-name', None, None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #1112 (Jul 2020, EKS 1.14.9): the FailedCreatePodSandBox event message alone; the reporter replaced the pod's name with the placeholder 'pod-name', which is what the line names", kubelet='1.14', fmt='event', cls='sandbox'),
C(VPC1112, r'''  Warning  FailedSync     115s (x21 over 6m19s)  kubelet, error determining status: rpc error: code = Unknown desc = Error: No such container: ''',
  None, None, None, None, 'FailedSync',
  note="aws/amazon-vpc-cni-k8s #1112 (Jul 2020, EKS 1.14.9): kubectl describe FailedSync row (node name cut by the reporter, trailing space kept): the kubelet could not determine the pod's status because docker had no such container; the row names no pod", kubelet='1.14', fmt='event', cls='sync'),
# ---------------------------------------------------------------- kubernetes-sigs/aws-load-balancer-controller#803: EKS v1.11.5, no VPC IP (Jan 2019)
C(ALB803, r'''  Normal   Scheduled               28s                 default-scheduler                                      Successfully assigned default/xxxx-74768c849b-vqv8p to ip-192-168-125-31.us-east-2.compute.internal''',
  'default', 'xxxx-74768c849b-vqv8p', None, None, None,
  note="kubernetes-sigs/aws-load-balancer-controller #803, description (Jan 2019, 'EKS kubernetes v 1.11.5'): kubectl describe events of a helm-deployed pod; the scheduler's assignment names it as ns/name (the reporter masked part of the name with xxxx): noise", kubelet='1.11', fmt='event', cls='schedule'),
C(ALB803, r'''  Warning  FailedCreatePodSandBox  27s                 kubelet, ip-192-168-125-31.us-east-2.compute.internal  Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "9e592f5d69b3b4128f846d5975a0b34b01eb59d81bed622900d7067fb045dd79" network for pod "xxxx-74768c849b-vqv8p": NetworkPlugin cni failed to set up pod "xxxx-74768c849b-vqv8p_default" network: add cmd: failed to assign an IP address to container''',
  'default', 'xxxx-74768c849b-vqv8p', None, None, 'FailedCreatePodSandBox',
  note="aws-load-balancer-controller #803 (Jan 2019, EKS 1.11.5): the VPC CNI had no IP to assign, so the sandbox's network setup failed; the message names the pod as name_namespace", kubelet='1.11', fmt='event', cls='sandbox'),
C(ALB803, r'''  Normal   SandboxChanged          15s (x12 over 26s)  kubelet, ip-192-168-125-31.us-east-2.compute.internal  Pod sandbox changed, it will be killed and re-created.''',
  None, None, None, None, None,
  note="aws-load-balancer-controller #803 (Jan 2019, EKS 1.11.5): the kubelet will re-create the sandbox: a consequence, not a reason of its own (the table labels SandboxChanged noise); names no pod", kubelet='1.11', fmt='event', cls='sandbox-trap', trap_for='FailedCreatePodSandBox'),
# ---------------------------------------------------------------- rancher/rio#631: Rio on EKS, gateway pod without an IP
C(RIO631, r'''  Normal   Scheduled               6m47s                   default-scheduler                                     Successfully assigned rio-system/gateway-v2-5fdf4545bc-r9x2c to ip-172-31-42-180.us-west-2.compute.internal''',
  'rio-system', 'gateway-v2-5fdf4545bc-r9x2c', None, None, None,
  note="rancher/rio #631 ('EKS cluster failed to Cluster IP for Cluster Domain'): kubectl describe of the Rio gateway pod on an EKS node; the assignment names ns/name: noise. No version stated; the 'kubelet, <node>' From column is pre-1.19 and dockershim's 'NetworkPlugin cni' wording, about 1.14", kubelet='~1.14', fmt='event', cls='schedule'),
C(RIO631, r'''  Warning  FailedCreatePodSandBox  6m45s                   kubelet, ip-172-31-42-180.us-west-2.compute.internal  Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "7b70db5392b7095793f5031109ed4e299f63d37699f4dc34aeda63be47309d8f" network for pod "gateway-v2-5fdf4545bc-r9x2c": NetworkPlugin cni failed to set up pod "gateway-v2-5fdf4545bc-r9x2c_rio-system" network: add cmd: failed to assign an IP address to container''',
  'rio-system', 'gateway-v2-5fdf4545bc-r9x2c', None, None, 'FailedCreatePodSandBox',
  note="rancher/rio #631 (EKS): the VPC CNI could not assign an IP, the sandbox failed; pod named as name_namespace", kubelet='~1.14', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- aws-ia/terraform-aws-eks-blueprints#971: EKS spot node group (Sep 2022)
C(BP971, r'''9m37s       Warning   FailedCreatePodSandBox   pod/jenkins-hook-22-d984r-b22lv-n1w3w   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "3a725c6961be84a7af44a077193505f927a8c1e9afa59a0708eb876b893d3301" network for pod "jenkins-hook-22-d984r-b22lv-n1w3w": networkPlugin cni failed to set up pod "jenkins-hook-22-d984r-b22lv-n1w3w_jenkins" network: add cmd: failed to assign an IP address to container''',
  'jenkins', 'jenkins-hook-22-d984r-b22lv-n1w3w', None, None, 'FailedCreatePodSandBox',
  note="aws-ia/terraform-aws-eks-blueprints #971, description (Sep 2022, EKS managed node groups, spot): a kubectl get events row for a Jenkins agent pod; the VPC CNI had no IP. The object column names pod/<name>, the message name_namespace. Dockershim's lower-case 'networkPlugin cni' in Sep 2022: 1.22/1.23", kubelet='~1.22', fmt='event', cls='sandbox'),
# ---------------------------------------------------------------- aws/amazon-vpc-cni-k8s#3066: EKS pods with security groups (Oct 2024)
C(VPC3066, r'''6m2s                       Normal    Scheduled                Pod/engine-content-cars-etl-cron-short-28809865-2dhw7   Successfully assigned content-api/engine-content-cars-etl-cron-short-28809865-2dhw7 to ip-172-21-171-235.ec2.internal''',
  'content-api', 'engine-content-cars-etl-cron-short-28809865-2dhw7', None, None, None,
  note="aws/amazon-vpc-cni-k8s #3066, description (Oct 2024, EKS, security groups for pods): 'all the events for that pod' of a cron job pod; the assignment names ns/name: noise. No version stated; containerd's 'plugin type=\"aws-cni\"' wording and the date: about 1.29/1.30", kubelet='~1.30', fmt='event', cls='schedule'),
C(VPC3066, r'''6m2s                       Normal    SecurityGroupRequested   Pod/engine-content-cars-etl-cron-short-28809865-2dhw7   Pod will get the following Security Groups [sg-040fe161363814f9b sg-04df5482042d9290e]''',
  None, 'engine-content-cars-etl-cron-short-28809865-2dhw7', None, None, None,
  note="aws/amazon-vpc-cni-k8s #3066 (Oct 2024, EKS): the VPC resource controller's event (not the kubelet's) that the pod will get branch-ENI security groups: noise; the object column names the pod without namespace", kubelet='~1.30', fmt='event', cls='noise'),
C(VPC3066, r'''6m2s                       Warning   FailedCreatePodSandBox   Pod/engine-content-cars-etl-cron-short-28809865-2dhw7   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8fd6567d166d83aa85a4ee6dc055876106e2abb8b4678180607ea5800dec5001": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container''',
  None, 'engine-content-cars-etl-cron-short-28809865-2dhw7', None, None, 'FailedCreatePodSandBox',
  note="aws/amazon-vpc-cni-k8s #3066 (Oct 2024, EKS, containerd): the aws-cni plugin had no IP for the pod yet (the branch ENI was not ready), so the sandbox's network setup failed once; the object column names the pod without namespace and the containerd-form message names only the sandbox id", kubelet='~1.30', fmt='event', cls='sandbox'),
    ]
