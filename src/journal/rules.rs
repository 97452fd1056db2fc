//! The rule table: from a log line to a bounded `Reason` (about a pod) or `NodeProblem` (about the
//! node). Shipped rules are substrings taken from the kubelet's own message strings (image manager,
//! kuberuntime, prober, pod workers, eviction manager, sysctl admission, PLEG, node status) and
//! containerd's CRI plugin; users add regex rules from the config file, which are tried first.
//!
//! All shipped literals go into one Aho-Corasick automaton, so a line is scanned once whatever the
//! number of rules; user regexes are compiled once and guarded by an optional literal prefilter.
//! Order matters and is deliberate: specific node-level lines first, then pod reasons, then the
//! generic node-level catch-alls (a registry's x509 error is an image pull failure, not a node
//! certificate problem). This module only classifies; it never attributes.

use std::fmt;
use std::str::FromStr;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind};
use regex::bytes::Regex;
use serde::{Deserialize, Serialize};

use super::JournalError;

macro_rules! string_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($variant:ident),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = JournalError;
            fn from_str(s: &str) -> Result<Self, JournalError> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| JournalError::Rules(format!("unknown {} {s:?}", stringify!($name))))
            }
        }
    };
}

string_enum! {
    /// Why a pod-level line matters. Names follow the kubelet's event reasons and kubectl's STATUS
    /// words, so they can be used as metric label values as they are.
    pub enum Reason {
        ErrImagePull,
        ImagePullBackOff,
        ErrImageNeverPull,
        InvalidImageName,
        CrashLoopBackOff,
        OOMKilled,
        LivenessProbeFailed,
        ReadinessProbeFailed,
        StartupProbeFailed,
        Killing,
        SysctlForbidden,
        AdmissionRejected,
        FailedMount,
        FailedCreatePodSandBox,
        FailedKillPod,
        CreateContainerConfigError,
        CreateContainerError,
        RunContainerError,
        FailedPostStartHook,
        FailedPreStopHook,
        Evicted,
        Pulling,
        Pulled,
        Started,
        FailedSync,
    }
}

string_enum! {
    /// Why a node-level line matters. Never attributed to a pod.
    pub enum NodeProblem {
        PlegNotHealthy,
        RuntimeNotReady,
        NetworkNotReady,
        NodeNotReady,
        NodeStatusUpdateFailed,
        CertificateError,
        AuthError,
        ApiServerUnreachable,
        ResourcePressure,
        SystemOOM,
        ImageGCFailed,
        ContainerGCFailed,
        KubeletStartFailed,
    }
}

/// What a rule concludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Pod(Reason),
    Node(NodeProblem),
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pod(r) => r.as_str(),
            Outcome::Node(n) => n.as_str(),
        }
    }
}

/// A shipped rule: every group must have at least one of its literals in the line, and none of
/// `none` may be. Literals are matched ASCII-case-insensitively.
struct Spec {
    all: &'static [&'static [&'static str]],
    none: &'static [&'static str],
    outcome: Outcome,
}

const fn pod(all: &'static [&'static [&'static str]], r: Reason) -> Spec {
    Spec {
        all,
        none: &[],
        outcome: Outcome::Pod(r),
    }
}

const fn node(all: &'static [&'static [&'static str]], n: NodeProblem) -> Spec {
    Spec {
        all,
        none: &[],
        outcome: Outcome::Node(n),
    }
}

use NodeProblem as N;
use Reason as R;

/// The shipped table, in priority order. Message strings are the kubelet's (file noted where it
/// helps to find them again).
/// systemd's words for a unit whose process exited with an error, and the restarts that follow.
const UNIT_FAILED: &[&str] = &[
    "Main process exited, code=exited",
    "Failed with result",
    "Scheduled restart job",
    // Older systemd: `Service hold-off time over, scheduling restart.`, `Service
    // RestartSec=600ms expired, scheduling restart.`, `Unit entered failed state.`
    "scheduling restart",
    "entered failed state",
    // systemd giving up on it.
    "Start request repeated too quickly",
];

const SHIPPED: &[Spec] = &[
    // --- Node level, specific (kubelet.go, pleg/generic.go, kubelet_node_status.go) ---
    // The node's Ready condition turning false names its cause (often PLEG): the condition is
    // what the line reports.
    node(
        &[&[
            "Node became not ready",
            "Node not becoming ready in time",
            // The node event as the kubelet records it (`Recording NodeNotReady event message
            // for node …`), logs it (`reason: 'NodeNotReady' Node x status is now:
            // NodeNotReady`) and `kubectl describe node` prints it.
            "NodeNotReady",
            // The Ready condition's reason as `kubectl describe node` prints it (`Ready  False
            // …  KubeletNotReady  [container runtime is down, PLEG is not healthy: …]`).
            "KubeletNotReady",
        ]],
        N::NodeNotReady,
    ),
    node(&[&["PLEG is not healthy"]], N::PlegNotHealthy),
    node(
        &[&[
            "container runtime is down",
            "container runtime is not up",
            "Container runtime not ready",
            "container runtime status check may not have completed yet",
            "Container runtime sanity check failed",
        ]],
        N::RuntimeNotReady,
    ),
    node(
        &[&[
            "Container runtime network not ready",
            "network plugin is not ready",
        ]],
        N::NetworkNotReady,
    ),
    // Registration refused for want of an answer is the API server's problem, not the node's
    // status (`Unable to register node "x" with API server: … connection refused`).
    // The same for a static pod's mirror or a pod's status that the API server did not take:
    // the API server's problem, not the pod's.
    node(
        &[
            &[
                "Unable to register node",
                // `Unable to register 127.0.0.1 with the apiserver: …` before 1.3.
                "with the apiserver: ",
                "Failed creating a mirror pod",
                "Failed to update status for pod",
            ],
            &[
                "connection refused",
                "i/o timeout",
                "no route to host",
                "Client.Timeout exceeded",
                "TLS handshake timeout",
            ],
        ],
        N::ApiServerUnreachable,
    ),
    node(
        &[
            &["Unable to register node", "with the apiserver: "],
            &["x509: "],
        ],
        N::CertificateError,
    ),
    // …and refused for the kubelet's credentials (`nodes is forbidden: User
    // "system:anonymous" cannot create resource "nodes"`).
    node(
        &[
            &["Unable to register node"],
            &[
                "forbidden: User \"",
                "forbidden: User \\\"",
                "Unauthorized",
                // The NodeRestriction admission refusing a kubelet whose credentials name another
                // node (`nodes "ip-10-0-1-2" is forbidden: node "i-0558" is not allowed to modify
                // node "ip-10-0-1-2"`).
                "is not allowed to modify node",
            ],
        ],
        N::AuthError,
    ),
    node(
        &[&[
            "Error updating node status",
            "Unable to update node status",
            "Unable to register node with API server",
            // Before 1.2x the node's name sits in the middle (`Unable to register node "n1" with
            // API server: nodes "n1" is invalid`); an error the rules above read says more.
            "Unable to register node \"",
            // 1.22's spelling (`"Unable to register node with APIserver" err=…`).
            "Unable to register node with APIserver",
            "Error getting node",
            // 1.30's wording: `"Error getting the current node from lister" err="node \"n\" not
            // found"`.
            "Error getting the current node from lister",
            // The lease controller cannot find its own Node (`failed to get node "n" when trying
            // to set owner ref to the node lease: nodes "n" not found`).
            "when trying to set owner ref to the node lease",
            "Failed to update status for node",
        ]],
        N::NodeStatusUpdateFailed,
    ),
    // kubelet.go before 1.2x: `node "n1" not found`, a kubelet whose Node the API server does not
    // have; not the eviction manager's summary failing on it (`failed to get node info: node "n1"
    // not found`), a symptom it reports each cycle.
    Spec {
        all: &[
            &["node \"", "node \\\""],
            &["\" not found", "\\\" not found"],
        ],
        none: &["summary stats", "failed to get node info"],
        outcome: Outcome::Node(N::NodeStatusUpdateFailed),
    },
    node(
        &[&[
            "bootstrap client certificate",
            "certificate_manager.go",
            "Failed while requesting a signed certificate",
            "unable to load client CA",
            "current client certificate is expired",
            "client certificate has expired",
            "Certificate rotation failed",
            "certificate rotation error",
        ]],
        N::CertificateError,
    ),
    node(
        &[&[
            "Eviction manager: attempting to reclaim",
            // The reclaim's steps (`eviction manager: attempting to delete unused images`);
            // not the image GC's own routine line of the same words.
            "eviction manager: attempting to delete unused",
            // `eviction manager: unexpected error when attempting to reduce ephemeral-storage
            // pressure: …`.
            "when attempting to reduce",
            "eviction manager: attempting to reclaim",
            "must evict pod(s) to reclaim",
            // It had to evict and could not (`eviction manager: unable to evict any pods from the
            // node`): the pressure stays.
            "eviction manager: unable to evict",
            "Eviction manager: thresholds",
            "eviction manager: thresholds",
            // `eviction manager: node conditions - observed: [MemoryPressure]`.
            "node conditions - observed",
            "node conditions - transition period not met",
            "eviction thresholds have been met",
            // A signal the eviction manager cannot rank pods for (`eviction manager: no ranking
            // function for resource imagefs`), logged only when it must evict for it.
            "no ranking function for",
            // The kubelet's node events: the threshold met (`EvictionThresholdMet  Attempting
            // to reclaim ephemeral-storage`) and a pressure condition turning on (`Node n status
            // is now: NodeHasDiskPressure`; the healthy `NodeHasNoDiskPressure`,
            // `NodeHasSufficientMemory` and `NodeHasSufficientPID` are other words).
            "EvictionThresholdMet",
            "NodeHasDiskPressure",
            "NodeHasInsufficientMemory",
            "NodeHasInsufficientPID",
            // The same conditions as `kubectl describe node` shows them (`DiskPressure  True  …
            // KubeletHasDiskPressure  kubelet has disk pressure`); the healthy reasons are
            // `KubeletHasNoDiskPressure` and `KubeletHasSufficient*`.
            "KubeletHasDiskPressure",
            "KubeletHasInsufficientMemory",
            "KubeletHasInsufficientPID",
        ]],
        N::ResourcePressure,
    ),
    node(
        &[&[
            "System OOM encountered",
            "Got sys oom event",
            "Created an OOM event in container \"/\"",
            "reason: 'SystemOOM'",
            "reason: 'OOMKilling'",
        ]],
        N::SystemOOM,
    ),
    // node-problem-detector's kernel monitor on the kernel's global OOM killer, as a node event
    // row (`OOMKilling  node/n  Out of memory: Kill process 16711 (stress) …`); a memory
    // cgroup's kill is a container's OOM (below).
    Spec {
        all: &[&["OOMKilling"], &["Out of memory: Kill"]],
        none: &["Memory cgroup out of memory"],
        outcome: Outcome::Node(N::SystemOOM),
    },
    // The kubelet's messages, and its events' reasons (as `kubectl describe node` prints them).
    node(
        &[&[
            "Image garbage collection failed",
            "failed to garbage collect required amount of images",
            "ImageGCFailed",
        ]],
        N::ImageGCFailed,
    ),
    node(
        &[&[
            "Container garbage collection failed",
            "ContainerGCFailed",
            // The garbage collector's own removal failing (kuberuntime_gc.go `Failed to remove
            // container "<id>": …`, and the CRI client's `RemoveContainer "<id>" from runtime
            // service failed`).
            "Failed to remove container",
        ]],
        N::ContainerGCFailed,
    ),
    node(
        &[
            &["RemoveContainer \"", "RemoveContainer \\\""],
            &["from runtime service failed"],
        ],
        N::ContainerGCFailed,
    ),
    node(
        &[&[
            "failed to run Kubelet",
            "Failed to start ContainerManager",
            "Failed to run kubelet",
            // cmd/kubelet/app/server.go's fatal start-up errors.
            "failed to load Kubelet config file",
            // RKE runs the kubelet as a Docker container named `kubelet`: dockerd refusing to
            // start it (`Handler for POST /v1.24/containers/kubelet/start returned error: …`).
            "/containers/kubelet/start returned error",
            "failed to validate kubelet flags",
            "failed to construct kubelet dependencies",
            // RunKubelet's own error inside the fatal one (`failed to run Kubelet: failed to
            // create kubelet: misconfiguration: kubelet cgroup driver: …`), which names the
            // failure even where the outer words are cut or marked up in a paste.
            "failed to create kubelet:",
            // systemd's own words when the unit does not start (`Failed to start kubelet: The
            // Kubernetes Node Agent.`).
            "Failed to start kubelet",
            // The container manager cannot be built (`"Failed to initialize memory manager"
            // err="unknown policy: \"static\""`); the kubelet exits after it.
            "Failed to initialize memory manager",
            "Failed to initialize cpu manager",
        ]],
        N::KubeletStartFailed,
    ),
    // The runtime does not serve the CRI version the kubelet speaks (`unknown service
    // runtime.v1alpha2.RuntimeService`), and containerd without its CRI plugin. After the
    // start-up rule: a kubelet that exits for it (`failed to run Kubelet: …`) failed to start.
    node(
        &[&[
            "unknown service runtime.v1",
            "failed to load plugin io.containerd.grpc.v1.cri",
            // The runtime not answering the kubelet's version call at all (`Version from runtime
            // service failed: … server is not initialized yet`, `Get runtime version failed: …`),
            // and containerd's CRI plugin still starting.
            "Version from runtime service failed",
            "Get runtime version failed",
            "server is not initialized yet",
        ]],
        N::RuntimeNotReady,
    ),
    // Older systemd's words for the same (before v232).
    node(
        &[&[
            "Unit kubelet.service entered failed state",
            "kubelet.service failed.",
            "kubelet.service holdoff time over",
            "kubelite.service holdoff time over",
        ]],
        N::KubeletStartFailed,
    ),
    // systemd on the kubelet's own unit (kubelet.service, microk8s' kubelite): its process
    // exiting with an error, and the restarts that follow. A clean exit or a stop is not one.
    Spec {
        all: &[&["kubelet.service: ", "kubelite.service: "], UNIT_FAILED],
        none: &["status=0/SUCCESS"],
        outcome: Outcome::Node(N::KubeletStartFailed),
    },
    // The same for the runtime's unit (containerd, CRI-O, dockerd, cri-dockerd): the node has no
    // runtime while it is down.
    Spec {
        all: &[
            &[
                "containerd.service: ",
                "crio.service: ",
                "docker.service: ",
                "cri-docker.service: ",
            ],
            UNIT_FAILED,
        ],
        none: &["status=0/SUCCESS"],
        outcome: Outcome::Node(N::RuntimeNotReady),
    },
    // …and systemd's words when it does not start, by each unit's description.
    node(
        &[&[
            "Failed to start containerd container runtime",
            "Failed to start Open Container Initiative Daemon",
            "Failed to start Container Runtime Interface for OCI",
            "Failed to start Docker Application Container Engine",
            "Failed to start CRI Interface for Docker",
        ]],
        N::RuntimeNotReady,
    ),
    // systemd's own words when microk8s' snap unit does not start (`Failed to start Service for
    // snap application microk8s.daemon-kubelet.`).
    node(
        &[
            &["Failed to start Service for snap application"],
            &["daemon-kubelet"],
        ],
        N::KubeletStartFailed,
    ),
    // --- Pod level (sysctl + lifecycle admission, eviction, kuberuntime, images, prober) ---
    // Not kubectl's Pod Security warning (`would violate PodSecurity …: forbidden sysctls`):
    // that pod was never sent to a kubelet.
    Spec {
        all: &[&["SysctlForbidden", "forbidden sysctl"]],
        none: &["would violate PodSecurity"],
        outcome: Outcome::Pod(R::SysctlForbidden),
    },
    // eviction_manager.go: `pod %s evicted successfully` (≤1.8), `pod %s is evicted
    // successfully`, `pods %s evicted, waiting for pod to be cleaned up` (format.Pods, and
    // structured with `pods=[…]`); the messages the evicted pod carries.
    pod(
        &[&[
            "evicted successfully",
            "evicted, waiting for pod to be cleaned up",
            "reason=\"Evicted\"",
            "\"reason\":\"Evicted\"",
            "reason: 'Evicted'",
            "The node was low on resource",
            "The node had condition:",
        ]],
        R::Evicted,
    ),
    // The eviction manager's admission refusal (its reason is `Evicted`): `Failed to admit pod
    // %v - node has conditions: %v`, and since 1.21 `"Failed to admit pod to node" …
    // nodeCondition=[…]`.
    pod(
        &[
            &["Failed to admit pod"],
            &["node has conditions", "nodeCondition="],
        ],
        R::Evicted,
    ),
    // The admission refusals: `Pod admission denied` (1.2x), `Failed to admit pod …`, and the
    // predicate admit handler's `Predicate failed on Pod: <pod>, for reason: …` (structured since
    // 1.21: `"Predicate failed on Pod" pod="ns/name" err="…"`).
    pod(
        &[&[
            "Pod admission denied",
            "Failed to admit pod",
            "Predicate failed on Pod",
            // The refusal's event, logged (`reason: 'OutOfcpu' Node didn't have enough
            // resource: cpu`, `reason="UnexpectedAdmissionError"`).
            "Node didn't have enough resource",
            "reason: 'OutOf",
            "reason=\"OutOf",
            "UnexpectedAdmissionError",
        ]],
        R::AdmissionRejected,
    ),
    pod(
        &[&[
            "CreatePodSandbox for pod failed",
            "Failed to create sandbox for pod",
            "FailedCreatePodSandBox",
            "Failed to create pod sandbox",
            // The same event's wording before 1.10.
            "Failed create pod sandbox",
            "CreatePodSandboxError",
            "RunPodSandbox from runtime service failed",
            // A sync that failed at this step, when a cut took the reason word after it
            // (`err="failed to \"CreatePodSandbox\" for \"web-0_prod(6936`).
            "failed to \"CreatePodSandbox\"",
            "failed to \\\"CreatePodSandbox\\\"",
            // CRI-O: `Error reserving pod name k8s_web-0_prod_<uid>_0 for id …: name is reserved`,
            // an earlier attempt still holds the sandbox's name.
            "reserving pod name",
            // The CNI's error, also on a continuation line of a multi-line kubelet error.
            "failed to setup network for sandbox",
            // dockershim: `failed to start sandbox container for pod "web-0": …`.
            "to start sandbox container for pod",
            // dockershim's CNI glue (cni.go): `Error adding network: …`, `Error while adding to
            // cni network: …`.
            "Error adding network:",
            "Error while adding to cni network",
            // The same, structured (1.21+ dockershim cni.go): `"Error adding pod to network"
            // err="…" pod="ns/name" podSandboxID={…}`.
            "Error adding pod to network",
        ]],
        R::FailedCreatePodSandBox,
    ),
    // dockershim's CNI glue before structured logging named the pod: `Error adding
    // prod_web-0/<sandbox id> to network calico/k8s-pod-network: …`.
    pod(
        &[&["Error adding "], &[" to network "]],
        R::FailedCreatePodSandBox,
    ),
    // Older kubelets: `CreatePodSandbox for pod "name_ns(uid)" failed: …`.
    pod(
        &[&["CreatePodSandbox for pod"], &["failed"]],
        R::FailedCreatePodSandBox,
    ),
    // containerd: `RunPodSandbox for &PodSandboxMetadata{…} failed, error` (its success line
    // `… returns sandbox id` must not match).
    pod(
        &[&["RunPodSandbox for &PodSandboxMetadata{"], &["failed"]],
        R::FailedCreatePodSandBox,
    ),
    // …and that error line cut before `failed` (a terminal's width): containerd logs the attempt
    // at info level, so at error level it failed.
    pod(
        &[&["RunPodSandbox for "], &["level=error"]],
        R::FailedCreatePodSandBox,
    ),
    pod(
        &[&[
            "KillPodSandboxError",
            "KillPodSandbox",
            "killPodWithSyncResult failed",
            "Container termination failed",
            // docker_manager.go: `Container "<id> app ns/pod" termination failed after 2m0s: …`.
            "termination failed after",
            "Failed killing the pod",
            // `Error syncing pod …, skipping: error killing pod: failed to "KillContainer" for
            // "app" with KillContainerError: …`.
            "KillContainerError",
            "error killing pod",
            "Failed to stop sandbox",
            "StopPodSandbox from runtime service failed",
            // The same for a container (1.20+: `"Kill container failed" err=…`, `"StopContainer
            // from runtime service failed" err=…`).
            "Kill container failed",
            "StopContainer from runtime service failed",
        ]],
        R::FailedKillPod,
    ),
    pod(
        &[
            &[
                "StopPodSandbox \"",
                "StopPodSandbox \\\"",
                "StopContainer \"",
                "StopContainer \\\"",
            ],
            &["from runtime service failed"],
        ],
        R::FailedKillPod,
    ),
    // containerd: `StopPodSandbox for "<id>" failed` (its start and success lines name no failure),
    // and `StopContainer for "<id>" failed` error="… DeadlineExceeded …".
    pod(&[&["StopPodSandbox for "], &["failed"]], R::FailedKillPod),
    pod(&[&["StopContainer for "], &["failed"]], R::FailedKillPod),
    pod(
        &[&[
            "CrashLoopBackOff",
            "restarting failed container",
            "Back-off restarting failed container",
            // The Backoff event of dockertools: `Back-off restarting failed docker container`.
            "restarting failed docker container",
        ]],
        R::CrashLoopBackOff,
    ),
    pod(
        &[&[
            "OOMKilled",
            "TaskOOM",
            "Created an OOM event in container",
            // A container's cgroup, not the node: the kubelet's `CgroupOOM` event and
            // node-problem-detector's kernel monitor.
            "Cgroup OOM encountered",
            "Memory cgroup out of memory",
        ]],
        R::OOMKilled,
    ),
    pod(
        &[&[
            "ErrImageNeverPull",
            "is not present with pull policy of Never",
        ]],
        R::ErrImageNeverPull,
    ),
    pod(
        &[&["InvalidImageName", "Failed to apply default image tag"]],
        R::InvalidImageName,
    ),
    pod(
        &[&["ImagePullBackOff", "Back-off pulling image"]],
        R::ImagePullBackOff,
    ),
    Spec {
        all: &[&[
            "ErrImagePull",
            "Failed to pull image",
            "PullImage from image service failed",
            "failed to pull and unpack image",
            "Error response from daemon: pull access denied",
            // The registry's refusal as containerd's resolver logs it (`trying next host`
            // error="pull access denied, repository does not exist or may require
            // authorization: …"); a host that only answered 404 is not the pull's outcome.
            "pull access denied",
            "image pull failed",
            // dockerd's own pull failing (`Not continuing with pull after error: …`, `Handler for
            // POST /v1.26/images/create returned error: …`).
            "Not continuing with pull after error",
            // The docker client and dockerd before 1.10 (`Error pulling image (latest) from
            // docker.io/x, …`, `<layer id>: Error pulling layer metadata`).
            "Error pulling image",
            "Error pulling layer",
            // vSphere Pods' image service (`failed to get images: … x509: …`).
            "failed to get images:",
            "images/create returned error",
        ]],
        // "… a pull may fail" style warnings are not failures.
        none: &["may fail", "might fail"],
        outcome: Outcome::Pod(R::ErrImagePull),
    },
    // kuberuntime_image.go `Pull image %q failed: %v` (1.6–1.13) and remote_image.go `PullImage
    // %q from image service failed: %v`; the image sits between the words.
    Spec {
        all: &[
            &[
                "Pull image \"",
                "Pull image \\\"",
                "PullImage \"",
                "PullImage \\\"",
            ],
            &["failed"],
        ],
        none: &["may fail", "might fail", "may not succeed"],
        outcome: Outcome::Pod(R::ErrImagePull),
    },
    // Prober (prober.go) and the sync loop's probe updates (kubelet.go handleProbeSync).
    pod(
        &[
            &["probeType=\"Liveness\"", "\"probeType\":\"Liveness\""],
            &["Probe failed", "Probe errored"],
        ],
        R::LivenessProbeFailed,
    ),
    pod(
        &[
            &["probeType=\"Readiness\"", "\"probeType\":\"Readiness\""],
            &["Probe failed", "Probe errored"],
        ],
        R::ReadinessProbeFailed,
    ),
    pod(
        &[
            &["probeType=\"Startup\"", "\"probeType\":\"Startup\""],
            &["Probe failed", "Probe errored"],
        ],
        R::StartupProbeFailed,
    ),
    pod(
        &[
            &["SyncLoop (probe)"],
            &["probe=\"liveness\"", "\"probe\":\"liveness\""],
            &["status=\"unhealthy\"", "\"status\":\"unhealthy\""],
        ],
        R::LivenessProbeFailed,
    ),
    pod(
        &[
            &["SyncLoop (probe)"],
            &["probe=\"readiness\"", "\"probe\":\"readiness\""],
            &[
                "status=\"\"",
                "status=\"not ready\"",
                "\"status\":\"\"",
                "\"status\":\"not ready\"",
            ],
        ],
        R::ReadinessProbeFailed,
    ),
    pod(
        &[
            &["SyncLoop (probe)"],
            &["probe=\"startup\"", "\"probe\":\"startup\""],
            &["status=\"unhealthy\"", "\"status\":\"unhealthy\""],
        ],
        R::StartupProbeFailed,
    ),
    pod(
        &[&[
            "Liveness probe failed",
            "Liveness probe errored",
            "failed liveness probe",
        ]],
        R::LivenessProbeFailed,
    ),
    // The same Killing message from 1.3 to 1.13 (`Killing container with id docker://<id>:pod
    // "web-0_prod(<uid>)" container "app" is unhealthy, it will be killed and re-created.`):
    // only a failed liveness probe did that. Not SandboxChanged's `Pod sandbox changed, it will
    // be killed and re-created.`.
    pod(
        &[&["is unhealthy, it will be killed"]],
        R::LivenessProbeFailed,
    ),
    // dockertools before 1.3 after a failed probe: `pod "web-0_prod" container "app" is unhealthy
    // (probe result: failure), it will be killed and re-created.`; readiness probes could do it
    // too then (kubernetes#7891), so it is the kill, not a probe type.
    pod(
        &[&["is unhealthy (probe result"], &["it will be killed"]],
        R::Killing,
    ),
    pod(
        &[&["Readiness probe failed", "Readiness probe errored"]],
        R::ReadinessProbeFailed,
    ),
    pod(
        &[&[
            "Startup probe failed",
            "Startup probe errored",
            "failed startup probe",
        ]],
        R::StartupProbeFailed,
    ),
    // The old prober: `Liveness probe for "pod_ns(uid):c" failed (failure): …`.
    pod(
        &[&["Liveness probe for"], &["failed (", "errored"]],
        R::LivenessProbeFailed,
    ),
    pod(
        &[&["Readiness probe for"], &["failed (", "errored"]],
        R::ReadinessProbeFailed,
    ),
    pod(
        &[&["Startup probe for"], &["failed (", "errored"]],
        R::StartupProbeFailed,
    ),
    // The volume manager cannot take a pod's volume at all (`Failed to add volume "data" … for pod
    // "<uid>" to desiredStateOfWorld. err=… no volume plugin matched`): it is never mounted.
    pod(
        &[&["Failed to add volume"], &["to desiredStateOfWorld"]],
        R::FailedMount,
    ),
    pod(
        &[&[
            "MountVolume.SetUp failed",
            // mount_linux.go's own error when mount(8) fails (`Mount failed: exit status 32`).
            "Mount failed: exit status",
            // The CSI attacher's MountDevice step (`kubernetes.io/csi: attacher.MountDevice
            // failed: rpc error: …`), and a volume the controller has not attached yet.
            "attacher.MountDevice failed",
            "Volume not attached according to node status",
            "Volume has not been added to the list of VolumesInUse",
            // The same checks before 1.6 (`Volume "kubernetes.io/gce-pd/x" (spec.Name: "x") pod
            // "<uid>" (UID: "<uid>") is not yet attached according to node status.`, `… has not
            // yet been added to the list of VolumesInUse in the node's volume status.`).
            "not yet attached according to node status",
            "not yet been added to the list of VolumesInUse",
            // projected.go: `Error preparing data for projected volume kube-api-access-x for pod
            // ns/name: object "ns"/"kube-root-ca.crt" not registered` (the MountVolume failure's
            // cause, logged on its own).
            "Error preparing data for projected volume",
            "failed to mount iscsi volume",
            // The in-tree attachers before 1.3 (`Could not attach GCE PD "x". Timeout waiting for
            // mount paths to be created.`).
            "Could not attach GCE PD",
            "Could not attach EBS Disk",
            "Timeout waiting for mount paths to be created",
            "Unable to attach or mount volumes",
            "Unable to mount volumes for pod",
            "MountVolume.MountDevice failed",
            "MountVolume.NewMounter initialization failed",
            "MountVolume.WaitForAttach failed",
            "MapVolume.SetUpDevice failed",
            "FailedMount",
            // volume_manager.go: `timeout expired waiting for volumes to attach or mount for
            // pod "ns"/"name"` (1.6–1.19, also inside `Error syncing pod …, skipping:`), and
            // since 1.20 `unmounted volumes=[…], unattached volumes=[…]: timed out waiting for
            // the condition` (or `… failed to process volumes=[]: context deadline exceeded`).
            "timeout expired waiting for volumes",
            "unmounted volumes=",
            // The secret and configmap volume plugins: `Couldn't get secret %v/%v`,
            // `Couldn't get configMap %v/%v`, `Error creating atomic writer: %v`.
            "Couldn't get secret",
            "Couldn't get configMap",
            "Error creating atomic writer",
            // atomic_writer.go failing to update a volume's files (`pod ns/name volume cfg: error
            // pruning old user-visible path resolv.conf: … device or resource busy`).
            "error pruning old user-visible path",
            "error removing old visible symlinks",
            // desired_state_of_world_populator.go: `Error processing volume %q for pod %q`.
            "Error processing volume",
            // The kubelet attaching a volume itself (`--enable-controller-attach-detach=false`):
            // `kubernetes.io/csi: attacher.Attach failed: volumeattachments.storage.k8s.io is
            // forbidden: …` is the volume's failure, not the node's credentials.
            "attacher.Attach failed",
            // The attach/detach controller's FailedAttachVolume messages, pasted without their
            // reason column: `Multi-Attach error for volume "pvc-…" Volume is already exclusively
            // attached to one node …`, `AttachVolume.Attach failed for volume "pvc-…" : …`.
            "Multi-Attach error for volume",
            "AttachVolume.Attach failed",
        ]],
        R::FailedMount,
    ),
    pod(
        &[&[
            "CreateContainerConfigError",
            "couldn't find key",
            "runAsNonRoot and image will run as root",
            "runAsNonRoot and image has non-numeric user",
            // kubelet_pods.go makeMounts: `failed to prepare subPath for volumeMount %q of
            // container %q: …`, the error the container's config fails with (structured since
            // 1.2x: `"Failed to prepare subPath for volumeMount of the container" err=…`).
            "failed to prepare subPath for volumeMount",
            "Failed to prepare subPath for volumeMount",
            // The container's Failed event carries the config error as `Error: %v`
            // (`Error: secret "db-pass" not found`, `Error: configmap "x" not found`); a
            // volume's missing source is a MountVolume failure, below.
            "Error: secret",
            "Error: configmap",
            // kubelet_pods.go makeMounts: `cannot find volume %q to mount into container %q`
            // (a volumeMount naming no volume of the pod).
            "cannot find volume",
        ]],
        R::CreateContainerConfigError,
    ),
    // A volume's missing source: `secrets "x" not found`, `configmap "x" not found` (the API
    // server's NotFound words). Not a warning about a pull secret (`… The image pull may not
    // succeed.`), and not the secret manager's reflector (`object-"ns"/"name": Failed to
    // list *v1.Secret: …`), which is about the API server.
    Spec {
        all: &[
            &[
                "secrets \"",
                "secrets \\\"",
                "secret \"",
                "secret \\\"",
                "configmaps \"",
                "configmaps \\\"",
                "configmap \"",
                "configmap \\\"",
            ],
            &["not found"],
        ],
        none: &[
            "pull secret",
            "may not succeed",
            "object-\"",
            "object-\\\"",
            "failed to list *",
            "failed to watch *",
            // The kubelet's own dynamic configuration (1.7-1.10 server.go): `Did not find a
            // configuration for this Kubelet via API server: … configmaps "kubelet-<node>" not
            // found`, `failed to init dynamic Kubelet configuration sync: …`. No pod's volume.
            "configuration for this Kubelet",
            "Kubelet configuration",
        ],
        outcome: Outcome::Pod(R::FailedMount),
    },
    pod(
        &[&[
            "CreateContainerError",
            "CreateContainer in sandbox from runtime service failed",
            // CRI-O: `error reserving ctr name k8s_app_web-0_prod_<uid>_0 for id …: name is
            // reserved`, a create that timed out (`CreateCtr: context was either canceled or the
            // deadline was exceeded`), and its error text in the Failed event (`Error: container
            // create failed: …`).
            "error reserving ctr name",
            "CreateCtr: context was either canceled",
            "container create failed",
            // CRI-O's own error line (`Container creation error: unknown version specified`).
            "Container creation error",
            // dockershim building the container's config (`Error: failed to generate security
            // options for container "app": failed to generate seccomp security options …`).
            "failed to generate security options",
            // containerd's, in the Failed event (`Error: failed to create containerd container:
            // failed to create prepare snapshot dir: …`); a sandbox's is claimed above.
            "failed to create containerd container",
        ]],
        R::CreateContainerError,
    ),
    // containerd stopping a container: `StopContainer for %q with timeout %d (s)`, `Stop
    // container %q with signal %v`.
    pod(&[&["StopContainer for "], &["with timeout"]], R::Killing),
    // containerd escalating a stop to SIGKILL: msg="Kill container \"<id>\"" (not `failed to kill
    // container "x"`).
    Spec {
        all: &[&["Kill container \"", "Kill container \\\""]],
        none: &["to kill container"],
        outcome: Outcome::Pod(R::Killing),
    },
    pod(
        &[
            &["Stop container \"", "Stop container \\\""],
            &["with signal"],
        ],
        R::Killing,
    ),
    // containerd: `StartContainer for %q returns successfully` is the runtime's own start
    // evidence. (`CreateContainer … returns container id` is a created container, not a
    // started one: no reason.)
    pod(
        &[&["StartContainer for "], &["returns successfully"]],
        R::Started,
    ),
    // containerd: `CreateContainer within sandbox %q for %+v failed` / `StartContainer for %q
    // failed` (kubelet's own `failed to "StartContainer" for "app"` has a quote after the verb).
    pod(
        &[&["CreateContainer within sandbox"], &["failed"]],
        R::CreateContainerError,
    ),
    pod(
        &[&["StartContainer for "], &["failed"]],
        R::RunContainerError,
    ),
    // Before 1.5 a failed postStart hook was a RunContainerError: `… with RunContainerError:
    // "PostStart handler: Error executing in Docker Container: -1"`.
    pod(&[&["PostStart handler: "]], R::FailedPostStartHook),
    pod(
        &[&[
            "RunContainerError",
            // dockershim's start failure in the Failed event: `Error: failed to start container
            // "app": Error response from daemon: …`, and before 1.6 `Failed to start container
            // with docker id 2552 with error: …`.
            // The CPU manager's pre-start hook (before 1.19 it assigned CPUs as the container
            // started): `failed to "StartContainer" for "app" with PreStartHookError: …`, the
            // Failed event `Internal PreStartContainer hook failed: not enough cpus available …`
            // and its own `[cpumanager] AddContainer error: …`.
            "PreStartHookError",
            "Internal PreStartContainer hook failed",
            "[cpumanager] AddContainer error",
            "failed to start container \"",
            "failed to start container \\\"",
            "Failed to start container with docker id",
            "StartContainer from runtime service failed",
            // containerd creates the task when the container starts (`Error: failed to create
            // containerd task: … OCI runtime create failed`); a sandbox's is claimed above.
            "failed to create containerd task",
        ]],
        R::RunContainerError,
    ),
    // remote_runtime.go before structured logging (≤1.20) put the id between the verb and the
    // failure: `StartContainer %q from runtime service failed: %v`, `CreateContainer in sandbox
    // %q from runtime service failed: %v`, `StopPodSandbox %q from runtime service failed: %v`.
    pod(
        &[
            &["StartContainer \"", "StartContainer \\\""],
            &["from runtime service failed"],
        ],
        R::RunContainerError,
    ),
    // …and its allocation for a container id (`[cpumanager] unable to allocate 2 CPUs (container
    // id: 9790…, error: not enough cpus available …)`); since 1.19 it allocates at admission,
    // naming the pod instead.
    pod(
        &[&["[cpumanager] unable to allocate"], &["(container id:"]],
        R::RunContainerError,
    ),
    pod(
        &[
            &[
                "CreateContainer in sandbox \"",
                "CreateContainer in sandbox \\\"",
            ],
            &["from runtime service failed"],
        ],
        R::CreateContainerError,
    ),
    pod(
        &[&[
            "PostStartHookError",
            "FailedPostStartHook",
            "PostStart hook failed",
            // kuberuntime_container.go since 1.22: `"Failed to execute PostStartHook" err=…
            // pod= podUID= containerName= containerID=`.
            "Failed to execute PostStartHook",
        ]],
        R::FailedPostStartHook,
    ),
    pod(
        &[&[
            "FailedPreStopHook",
            "PreStop hook failed",
            // 1.2x: the hook ran past the grace period and the container is killed anyway.
            "PreStop hook not completed in grace period",
            "PreStopHook failed",
        ]],
        R::FailedPreStopHook,
    ),
    // kuberuntime_container.go: `preStop hook for container %q failed: %v`.
    pod(
        &[&["preStop hook for container"], &["failed"]],
        R::FailedPreStopHook,
    ),
    // dockertools (≤1.5) `Error running pod %q container %q: %v`, and dockerd's own
    // `Handler for POST /containers/<id>/start returned error: …`.
    pod(&[&["Error running pod"]], R::RunContainerError),
    // dockerd (1.12-1.13) starting a container: `containerd: start container` error=…, and its
    // `Create container failed with error: …` from the same start path.
    pod(
        &[&["containerd: start container"], &["error="]],
        R::RunContainerError,
    ),
    pod(
        &[&["Create container failed with error"]],
        R::RunContainerError,
    ),
    pod(
        &[
            &["Handler for POST /containers/"],
            &["/start returned error"],
        ],
        R::RunContainerError,
    ),
    pod(
        &[&[
            "Killing container with a grace period",
            "Killing container with id",
            "Killing unwanted pod",
            // dockertools' manager (1.1-1.3): `Killing unwanted container "app"(id=…) for pod …`.
            "Killing unwanted container",
            // The Killing event's message since 1.16 (`Stopping container app`), and CRI-O's
            // `Stopping container: <id> (timeout: 30s)`.
            "Stopping container ",
            // The graceful node shutdown manager (`"Shutdown manager killing pod with
            // gracePeriod" pod="ns/name" gracePeriod=15`).
            "killing pod with gracePeriod",
            // The structured form of the same decision (1.22+).
            "Pod has been deleted and must be killed",
            "Killing container",
            "reason: 'Killing'",
            // The structured event line (`"Event occurred" … reason="Killing" message="Stopping
            // container app"`), and its JSON rendering.
            "reason=\"Killing\"",
            "\"reason\":\"Killing\"",
            // A tab-separated `kubectl describe` row's reason column (`killing` before 1.2).
            "\tkilling\t",
        ]],
        R::Killing,
    ),
    Spec {
        all: &[&["Pulling image"]],
        // dockershim's "Stop pulling image" is the end of a pull, not its start.
        none: &["Stop pulling image"],
        outcome: Outcome::Pod(R::Pulling),
    },
    // containerd: `PullImage %q` starts a pull; `PullImage %q returns image reference %q` and
    // `Pulled image %q with image id …` end one.
    Spec {
        all: &[&["PullImage \"", "PullImage \\\""]],
        none: &["failed", "returns image reference", "from image service"],
        outcome: Outcome::Pod(R::Pulling),
    },
    pod(
        &[&[
            "Successfully pulled image",
            "already present on machine",
            "returns image reference",
            "Pulled image \"",
            "Pulled image \\\"",
            // CRI-O: `Pulled image: docker.io/library/nginx@sha256:…`.
            "Pulled image: ",
            // dockershim and cri-dockerd at a pull's end: `Stop pulling image "x": Status:
            // Downloaded newer image for x` (or `Image is up to date for x`).
            "Downloaded newer image for",
            "Image is up to date for",
        ]],
        R::Pulled,
    ),
    // Not systemd starting the runtime's own unit (`systemd[1]: Started containerd container
    // runtime.`, `Started Container Runtime Interface for OCI (CRI-O).`).
    Spec {
        all: &[&[
            "ContainerStarted",
            "Started container",
            // Events as the kubelet logged them before 1.2: `reason: 'started' Started with
            // docker id <id>`.
            "Started with docker id",
        ]],
        none: &["Started containerd", "Started Container Runtime"],
        outcome: Outcome::Pod(R::Started),
    },
    // --- Node level, generic: only when no pod rule claimed the line ---
    // cAdvisor probing at start-up for every runtime it knows (`Registration of the crio
    // container factory failed: … dial unix /var/run/crio/crio.sock`) on a node that runs
    // another: not the node's runtime failing.
    Spec {
        all: &[
            &["dial unix", "transport: Error while dialing"],
            &[
                "containerd.sock",
                "crio.sock",
                "dockershim.sock",
                "cri-dockerd.sock",
                "docker.sock",
            ],
        ],
        none: &["container factory failed"],
        outcome: Outcome::Node(N::RuntimeNotReady),
    },
    // dockertools (≤1.5) when dockerd does not answer (`[ImageManager] Failed to monitor images:
    // cannot connect to Docker endpoint`, `GenericPLEG: Unable to retrieve pods: …`).
    node(
        &[&[
            "cannot connect to Docker endpoint",
            // The docker client's wording since 1.13 (`GenericPLEG: Unable to retrieve pods:
            // Cannot connect to the Docker daemon. Is the docker daemon running on this host?`).
            "Cannot connect to the Docker daemon",
            // containerd's CRI plugin dying at start (`level=fatal msg="Failed to run CRI
            // service" error="failed to recover state: …"`): containerd exits with it.
            "Failed to run CRI service",
        ]],
        N::RuntimeNotReady,
    ),
    node(
        &[&[
            "NetworkPluginNotReady",
            "cni plugin not initialized",
            "cni config uninitialized",
            "No networks found in /etc/cni/net.d",
            "Unable to update cni config",
            "Error loading CNI config",
            // Its sibling in cni.go: the config loaded but a plugin refused it (`Error validating
            // CNI config list {…}: [plugin flannel does not support config version ""]`), and
            // that warning's last line when the binaries are missing (`: [failed to find plugin
            // "flannel" in path [/opt/cni/bin]]`). A sandbox failing for the same cause is
            // claimed by the sandbox rules above.
            "Error validating CNI config",
            "failed to find plugin \"",
        ]],
        N::NetworkNotReady,
    ),
    node(
        &[&[
            "x509: certificate has expired",
            "x509: certificate signed by unknown authority",
            "certificate has expired or is not yet valid",
            "tls: failed to verify certificate",
        ]],
        N::CertificateError,
    ),
    // The API server refusing the kubelet's credentials; not a registry's `unauthorized:
    // authentication required`, which a pull rule above claims when it fails a pull.
    // Nor API discovery in a component that shares the journal unit (k3s's controller manager:
    // `failed to discover some groups: map[metrics.k8s.io/v1beta1:Unauthorized]`), which is
    // about an aggregated API, not the node's credentials.
    Spec {
        all: &[&["Unauthorized", "forbidden: User \"", "forbidden: User \\\""]],
        none: &[
            "authentication required",
            "from registry",
            "failed to discover some groups",
            "unable to retrieve the complete list of server APIs",
        ],
        outcome: Outcome::Node(N::AuthError),
    },
    node(
        &[&[
            "Failed to ensure lease exists",
            "failed to ensure node lease exists",
            "failed to update lease",
            // 1.14-1.16: `failed to update node lease, error: Put https://…: read: connection
            // reset by peer`.
            "failed to update node lease",
            // Any group version (`*v1.Node`, `*v1beta1.CSIDriver`); matched case-insensitively.
            "failed to list *",
            "failed to watch *",
        ]],
        N::ApiServerUnreachable,
    ),
    // event.go: the kubelet could not post an event (`Unable to write event: 'Post
    // http://localhost:8080/api/v1/namespaces/default/events: dial tcp …'`): client-go logs
    // this for a transport error it retries, and `Server rejected event` when the API server
    // answered (before 1.2, `Unable to write event '…' (will not retry!)`). After the pod
    // rules: a dumped event's own reason (`Reason:"FailedMount"`) says more.
    Spec {
        all: &[&["Unable to write event"]],
        none: &["will not retry"],
        outcome: Outcome::Node(N::ApiServerUnreachable),
    },
    // reflector.go: `object-"ns"/"name": watch of *v1.Secret ended with: an error on the
    // server …`. A watch that ended because its resource version was too old is the routine
    // relist, not an unreachable API server.
    Spec {
        all: &[&["watch of *v1"]],
        none: &["too old resource version"],
        outcome: Outcome::Node(N::ApiServerUnreachable),
    },
    // The runtime failed to start a container, the cause carried with no reason word (a reason
    // word, `with CrashLoopBackOff:`, `container: ImagePullBackOff;`, is claimed above):
    pod(
        &[&[
            // dockertools/kuberuntime `container start failed: rpc error: … Start Container
            // Failed`;
            "container start failed",
            // dockertools' pod infra container (`Failed to create pod infra container: open
            // …/resolv.conf: read-only file system; Skipping pod "web-0_prod"`);
            "Failed to create pod infra container",
            // dockerd's start error (`level=error msg="HTTP Error" err="Cannot start container
            // <id>: …"`) and the status it leaves (`Reason:ContainerCannotRun Message:OCI runtime
            // create failed`).
            "Cannot start container",
            "ContainerCannotRun",
        ]],
        R::RunContainerError,
    ),
    // …and the pod worker's `failed to "StartContainer" for "app" with rpc error: …`.
    pod(
        &[
            &[
                "failed to \"StartContainer\"",
                "failed to \\\"StartContainer\\\"",
            ],
            &["with rpc error"],
        ],
        R::RunContainerError,
    ),
    pod(
        &[&[
            "Error syncing pod",
            // KubeEdge's edged: `consume pod addition backoff: Back-off consume pod [web-0]
            // addition  error, backoff: [2m40s]`.
            "Back-off consume pod",
            // The event when nothing more specific said why (`reason: 'FailedSync' error
            // determining status: …`).
            "reason: 'FailedSync'",
            "reason=\"FailedSync\"",
        ]],
        R::FailedSync,
    ),
    // Last: a fatal line in logrus' form that no rule above read is the runtime's own, which
    // exits after it (CRI-O: `level=fatal msg="config validation: invalid runtime_path for
    // runtime 'runc': …"`; dockerd: `level=fatal msg="failed to start daemon: …"`); the kubelet
    // logs in klog's form, and crictl's fatal pull is read by the pull rules above.
    node(&[&["level=fatal"]], N::RuntimeNotReady),
];

/// A rule loaded from the config file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRuleConfig {
    /// A regex over the line (bytes; the `regex` crate's syntax).
    #[serde(rename = "match")]
    pub pattern: String,
    /// Literals that must all be present before the regex runs (a cheap prefilter).
    #[serde(default)]
    pub contains: Vec<String>,
    /// A `Reason` name, or …
    #[serde(default)]
    pub reason: Option<String>,
    /// … a `NodeProblem` name.
    #[serde(default)]
    pub node_problem: Option<String>,
}

/// The config file's shape: `rules: [{match, contains, reason | node_problem}]`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct UserRulesFile {
    #[serde(default)]
    pub rules: Vec<UserRuleConfig>,
}

struct UserRule {
    contains: Vec<memchr::memmem::Finder<'static>>,
    regex: Regex,
    outcome: Outcome,
}

struct CompiledSpec {
    /// For each group, the literal ids (any of them).
    groups: Vec<Vec<u32>>,
    none: Vec<u32>,
    outcome: Outcome,
}

/// The most shipped literals the classification bitset holds (`build` refuses more).
const MAX_LITERALS: usize = 512;

/// What one walk of the literal DFA found in a line.
#[derive(Default)]
struct Found {
    /// Shipped literal ids seen.
    seen: [u64; MAX_LITERALS / 64],
    any: bool,
    /// Attribution's trigger bits.
    triggers: u64,
}

impl Found {
    /// Record the literals a special state ends (none for a start state).
    #[inline(always)]
    fn at(&mut self, rules: &Rules, sid: StateID) {
        let dfa = &rules.dfa;
        if !dfa.is_match(sid) {
            return;
        }
        for i in 0..dfa.match_len(sid) {
            let id = dfa.match_pattern(sid, i).as_usize();
            if let Some(t) = id.checked_sub(rules.trigger_base) {
                self.triggers |= super::attribution::TRIGGERS.get(t).map_or(0, |(_, b)| *b);
            } else if id < MAX_LITERALS {
                self.seen[id / 64] |= 1 << (id % 64);
                self.any = true;
            }
        }
    }
}

/// The compiled rule set: built once, shared read-only (`Send + Sync`).
pub struct Rules {
    user: Vec<UserRule>,
    /// The shipped literals, then attribution's trigger literals (from `trigger_base` on), as
    /// one Aho-Corasick DFA walked byte by byte (`classify_with_triggers`).
    dfa: aho_corasick::dfa::DFA,
    /// The DFA's unanchored start state.
    start: StateID,
    specs: Vec<CompiledSpec>,
    literal_count: usize,
    trigger_base: usize,
}

/// Lines longer than this are classified on their first part only: rule text is near the start
/// of a kubelet line, and a megabyte of garbage must not cost a megabyte of scanning.
pub const CLASSIFY_SCAN_LIMIT: usize = 64 * 1024;

impl Rules {
    /// The shipped table only.
    pub fn shipped() -> Rules {
        // The shipped table is static data, not input: it either always builds or never does,
        // and the unit tests build it.
        #[allow(clippy::expect_used)]
        Rules::build(Vec::new()).expect("the shipped rule table compiles")
    }

    /// The shipped table plus user rules (tried first, in file order).
    pub fn with_user_rules(cfg: &UserRulesFile) -> Result<Rules, JournalError> {
        let mut user = Vec::with_capacity(cfg.rules.len());
        for (i, r) in cfg.rules.iter().enumerate() {
            let outcome = match (&r.reason, &r.node_problem) {
                (Some(reason), None) => Outcome::Pod(reason.parse()?),
                (None, Some(np)) => Outcome::Node(np.parse()?),
                _ => {
                    return Err(JournalError::Rules(format!(
                        "rule {i}: exactly one of reason or node_problem is required"
                    )))
                }
            };
            let regex = Regex::new(&r.pattern)
                .map_err(|e| JournalError::Rules(format!("rule {i}: bad regex: {e}")))?;
            let contains = r
                .contains
                .iter()
                .map(|c| memchr::memmem::Finder::new(c.as_bytes()).into_owned())
                .collect();
            user.push(UserRule {
                contains,
                regex,
                outcome,
            });
        }
        Rules::build(user)
    }

    /// Load user rules from a YAML file (`rules:` list).
    pub fn from_yaml_file(path: &std::path::Path) -> Result<Rules, JournalError> {
        let text = std::fs::read_to_string(path).map_err(|e| JournalError::Io {
            op: "read rules file",
            path: path.to_path_buf(),
            source: e,
        })?;
        let cfg: UserRulesFile = yaml_serde::from_str(&text)
            .map_err(|e| JournalError::Rules(format!("{}: {e}", path.display())))?;
        Rules::with_user_rules(&cfg)
    }

    fn build(user: Vec<UserRule>) -> Result<Rules, JournalError> {
        let mut literals: Vec<&'static str> = Vec::new();
        let id_of = |lit: &'static str, literals: &mut Vec<&'static str>| -> u32 {
            match literals.iter().position(|l| *l == lit) {
                Some(p) => p as u32,
                None => {
                    literals.push(lit);
                    (literals.len() - 1) as u32
                }
            }
        };
        let mut specs = Vec::with_capacity(SHIPPED.len());
        for s in SHIPPED {
            let groups = s
                .all
                .iter()
                .map(|g| g.iter().map(|l| id_of(l, &mut literals)).collect())
                .collect();
            let none = s.none.iter().map(|l| id_of(l, &mut literals)).collect();
            specs.push(CompiledSpec {
                groups,
                none,
                outcome: s.outcome,
            });
        }
        let literal_count = literals.len();
        if literal_count > MAX_LITERALS {
            return Err(JournalError::Rules(format!(
                "shipped rules: {literal_count} literals, the bitset holds {MAX_LITERALS}"
            )));
        }
        // Attribution's triggers ride along in the same automaton (not deduplicated, so their
        // ids are `literal_count + index`); matching them case-insensitively only lets a
        // parser run that then finds nothing.
        literals.extend(super::attribution::TRIGGERS.iter().map(|(p, _)| *p));
        // Standard semantics: a match state lists every literal ending at that byte (its own and
        // its suffixes'), so one pass sees every occurrence, overlapping or not.
        let dfa = aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .start_kind(aho_corasick::StartKind::Unanchored)
            .prefilter(false)
            .build(&literals)
            .map_err(|e| JournalError::Rules(format!("shipped rules: {e}")))?;
        let start = dfa
            .start_state(Anchored::No)
            .map_err(|e| JournalError::Rules(format!("shipped rules: {e}")))?;
        Ok(Rules {
            user,
            dfa,
            start,
            specs,
            literal_count,
            trigger_base: literal_count,
        })
    }

    /// Classify one line (the body after any syslog prefix and klog header, or the whole line).
    pub fn classify(&self, line: &[u8]) -> Option<Outcome> {
        self.classify_with_triggers(line).0
    }

    /// Classify one line, and in the same scan find attribution's trigger literals (the bits
    /// `attribution::attribute_with` takes).
    pub fn classify_with_triggers(&self, line: &[u8]) -> (Option<Outcome>, u64) {
        let line = &line[..line.len().min(CLASSIFY_SCAN_LIMIT)];
        for u in &self.user {
            if u.contains.iter().all(|f| f.find(line).is_some()) && u.regex.is_match(line) {
                return (Some(u.outcome), super::attribution::triggers(line));
            }
        }
        // A fixed-size bitset on the stack (`MAX_LITERALS`).
        let mut found = Found::default();
        let overlap = self.dfa.max_pattern_len().saturating_sub(1);
        if line.len() >= 8 * overlap {
            self.walk::<4>(line, overlap, &mut found);
        } else if line.len() >= 2 * overlap {
            self.walk::<2>(line, overlap, &mut found);
        } else {
            self.walk::<1>(line, overlap, &mut found);
        }
        let Found {
            seen,
            any,
            triggers,
        } = found;
        let has = |id: u32| seen[(id / 64) as usize] & (1 << (id % 64)) != 0;
        let outcome = any
            .then(|| {
                self.specs.iter().find(|s| {
                    s.groups.iter().all(|g| g.iter().any(|&id| has(id)))
                        && !s.none.iter().any(|&id| has(id))
                })
            })
            .flatten()
            .map(|s| s.outcome);
        // No rule read it: an event row's reason column may (`event_row_reason`).
        let outcome = match outcome {
            None if triggers & super::attribution::T_EVENT_TYPE != 0 => event_row_reason(line),
            o => o,
        };
        (outcome, triggers)
    }

    /// Walk the literal DFA over `line` cut into `N` parts side by side: the crate's own
    /// overlapping search without its per-match bookkeeping (one table lookup per byte, the match
    /// list read only in a match state). Each part is a chain of dependent lookups; walking `N` at
    /// once lets the core overlap their latencies. Every part after the first starts `overlap`
    /// bytes (a longest literal less one) early, so every occurrence ends inside a part that holds
    /// all of it; one found twice sets the same bit.
    #[inline(always)]
    fn walk<const N: usize>(&self, line: &[u8], overlap: usize, found: &mut Found) {
        let dfa = &self.dfa;
        let n = line.len();
        let parts: [&[u8]; N] = std::array::from_fn(|j| {
            let start = (j * n / N).saturating_sub(if j > 0 { overlap } else { 0 });
            &line[start..(j + 1) * n / N]
        });
        let common = parts.iter().map(|p| p.len()).min().unwrap_or(0);
        let mut sid = [self.start; N];
        // `i` indexes every part at once (byte i of each), which no single iterator expresses.
        #[allow(clippy::needless_range_loop)]
        for i in 0..common {
            for j in 0..N {
                sid[j] = dfa.next_state(Anchored::No, sid[j], parts[j][i]);
                if dfa.is_special(sid[j]) {
                    found.at(self, sid[j]);
                }
            }
        }
        for j in 0..N {
            for &x in &parts[j][common..] {
                sid[j] = dfa.next_state(Anchored::No, sid[j], x);
                if dfa.is_special(sid[j]) {
                    found.at(self, sid[j]);
                }
            }
        }
    }

    /// Number of distinct shipped literals (for tests and the bench report).
    pub fn literal_count(&self) -> usize {
        self.literal_count
    }
}

/// An event row whose message no rule read (`kubectl describe`'s `Normal  Pulling  7s  kubelet
/// Waiting …`, `kubectl get events`' `Warning  Evicted  pod/x  …`): the kubelet's reason column,
/// for the reasons that mean one thing whatever the message. `BackOff`, `Unhealthy` and `Failed`
/// need the message, which the rules read.
fn event_row_reason(line: &[u8]) -> Option<Outcome> {
    const COLUMNS: &[(&[u8], Outcome)] = &[
        (b"Pulling", Outcome::Pod(R::Pulling)),
        (b"Pulled", Outcome::Pod(R::Pulled)),
        (b"Started", Outcome::Pod(R::Started)),
        (b"Killing", Outcome::Pod(R::Killing)),
        (b"Evicted", Outcome::Pod(R::Evicted)),
        (b"FailedMount", Outcome::Pod(R::FailedMount)),
        (b"FailedAttachVolume", Outcome::Pod(R::FailedMount)),
        (b"FailedMapVolume", Outcome::Pod(R::FailedMount)),
        (
            b"FailedCreatePodSandBox",
            Outcome::Pod(R::FailedCreatePodSandBox),
        ),
        (b"FailedKillPod", Outcome::Pod(R::FailedKillPod)),
        (b"FailedPostStartHook", Outcome::Pod(R::FailedPostStartHook)),
        (b"FailedPreStopHook", Outcome::Pod(R::FailedPreStopHook)),
        (b"FailedSync", Outcome::Pod(R::FailedSync)),
        (b"SysctlForbidden", Outcome::Pod(R::SysctlForbidden)),
        (b"InvalidImageName", Outcome::Pod(R::InvalidImageName)),
        (b"ErrImageNeverPull", Outcome::Pod(R::ErrImageNeverPull)),
        (b"SystemOOM", Outcome::Node(N::SystemOOM)),
        (b"NodeNotReady", Outcome::Node(N::NodeNotReady)),
        (b"ImageGCFailed", Outcome::Node(N::ImageGCFailed)),
        (b"ContainerGCFailed", Outcome::Node(N::ContainerGCFailed)),
    ];
    let line = &line[..line.len().min(512)];
    let mut words = line
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w != b"Normal" && w != b"Warning" {
            continue;
        }
        let reason = words.next()?;
        // The row goes on (age, object or source, message).
        words.next()?;
        return COLUMNS.iter().find(|(c, _)| *c == reason).map(|(_, o)| *o);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_fits_bitset() {
        let r = Rules::shipped();
        assert!(
            r.literal_count() > 50 && r.literal_count() <= MAX_LITERALS,
            "{}",
            r.literal_count()
        );
        assert!(!r.specs.is_empty());
    }

    /// Issue 13's classes, one line per format string (kubelet, containerd, dockerd sources),
    /// and the look-alike traps beside them.
    #[test]
    fn issue_13_classes_and_traps() {
        use NodeProblem as N;
        use Outcome::{Node, Pod};
        use Reason as R;
        let r = Rules::shipped();
        let cases: &[(&str, Option<Outcome>)] = &[
            ("eviction manager: pod web-0_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f) evicted successfully", Some(Pod(R::Evicted))),
            ("eviction manager: pods web-0_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f) evicted, waiting for pod to be cleaned up", Some(Pod(R::Evicted))),
            (r#""Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["prod/web-0"]"#, Some(Pod(R::Evicted))),
            ("Failed to admit pod web-0_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f) - node has conditions: [DiskPressure]", Some(Pod(R::Evicted))),
            (r#""Failed to admit pod to node" pod="prod/web-0" nodeCondition=[DiskPressure]"#, Some(Pod(R::Evicted))),
            (r#""Eviction manager: must evict pod(s) to reclaim" resourceName="memory""#, Some(Node(N::ResourcePressure))),
            (r#"Pull image "reg.local/app:1" failed: rpc error: code = Unknown desc = manifest unknown"#, Some(Pod(R::ErrImagePull))),
            (r#"PullImage "reg.local/app:1" from image service failed: rpc error: code = Unknown desc = not found"#, Some(Pod(R::ErrImagePull))),
            // Hedged: a pull secret that could not be read is a warning, not a failed pull.
            (r#"Unable to retrieve pull secret prod/regcred for prod/web-0 due to secrets "regcred" not found.  The image pull may not succeed."#, None),
            (r#"Unable to mount volumes for pod "web-0_prod": timeout expired waiting for volumes to attach or mount for pod "prod"/"web-0". list of unmounted volumes=[data]"#, Some(Pod(R::FailedMount))),
            (r#"Error syncing pod 0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f ("web-0_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f)"), skipping: timeout expired waiting for volumes to attach or mount for pod "prod"/"web-0""#, Some(Pod(R::FailedMount))),
            (r#"MountVolume.SetUp failed for volume "creds" : secrets "db-pass" not found"#, Some(Pod(R::FailedMount))),
            (r#"Couldn't get secret prod/db-pass: secrets "db-pass" not found"#, Some(Pod(R::FailedMount))),
            (r#"StartContainer for "4296b9e2377fddb0" returns successfully"#, Some(Pod(R::Started))),
            // systemd starting the runtime's unit is not a container's start.
            ("systemd[1]: Started containerd container runtime.", None),
            ("Started container app", Some(Pod(R::Started))),
            // An aggregated API's discovery in a shared unit is not the node's credentials.
            ("garbagecollector.go:644] failed to discover some groups: map[metrics.k8s.io/v1beta1:Unauthorized]", None),
            // The runtime failed a start, with no reason word.
            ("container start failed: rpc error: code = 4 desc = context deadline exceeded: Start Container Failed", Some(Pod(R::RunContainerError))),
            (r#"Error syncing pod 6936 ("web-0_prod(6936)"), skipping: failed to "StartContainer" for "app" with rpc error: code = 4 desc = context deadline exceeded: "Start Container Failed""#, Some(Pod(R::RunContainerError))),
            (r#"Error syncing pod 6936 ("web-0_prod(6936)"), skipping: failed to "StartContainer" for "app" with CrashLoopBackOff: "back-off 5m0s restarting failed container=app""#, Some(Pod(R::CrashLoopBackOff))),
            // FailedAttachVolume's messages without their reason column.
            (r#"Multi-Attach error for volume "pvc-2df1" Volume is already exclusively attached to one node and can't be attached to another"#, Some(Pod(R::FailedMount))),
            (r#"AttachVolume.Attach failed for volume "pvc-1" : Attach volume "d" to instance "i" failed"#, Some(Pod(R::FailedMount))),
            (r#"AttachVolume.Attach succeeded for volume "pvc-1""#, None),
            ("consume pod addition backoff: Back-off consume pod [web-0] addition  error, backoff: [2m40s]", Some(Pod(R::FailedSync))),
            ("worker [2] backoff pod addition item [web-0] failed, re-add to queue", None),
            (r#"container_manager_linux.go:358] "Failed to initialize memory manager" err="unknown policy: \"static\"""#, Some(Node(N::KubeletStartFailed))),
            ("policy_static.go:187] [cpumanager] unable to allocate 1 CPUs (container id: 0ff6e7f99108, error: not enough cpus available to satisfy request)", Some(Pod(R::RunContainerError))),
            ("cpu_manager.go:173] [cpumanager] AddContainer error: not enough cpus available to satisfy request", Some(Pod(R::RunContainerError))),
            (r#"pod_workers.go:191] Error syncing pod 92b0 ("web-0_prod(92b0)"), skipping: failed to "StartContainer" for "app" with PreStartHookError: "not enough cpus available to satisfy request""#, Some(Pod(R::RunContainerError))),
            ("Warning  Failed  14m (x8 over 15m)  kubelet, n1  Internal PreStartContainer hook failed: not enough cpus available to satisfy request", Some(Pod(R::RunContainerError))),
            (r#"kuberuntime_container.go:744] "Kill container failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \"a3ad\": not found" pod="kube-system/svclb-traefik-dkl28""#, Some(Pod(R::FailedKillPod))),
            (r#"remote_runtime.go:276] "StopContainer from runtime service failed" err="rpc error: code = NotFound desc = not found" containerID="8c59""#, Some(Pod(R::FailedKillPod))),
            (r#"remote_runtime.go:276] StopContainer "8c59" from runtime service failed: rpc error: code = Unknown desc = timeout"#, Some(Pod(R::FailedKillPod))),
            (r#"crio[1444]: time="2020-05-01 07:45:35.294078226Z" level=fatal msg="config validation: invalid runtime_path for runtime 'runc': "stat : no such file or directory"""#, Some(Node(N::RuntimeNotReady))),
            (r#"time="2023-09-20T10:00:37+08:00" level=fatal msg="pulling image: rpc error: code = Unknown desc = failed to pull and unpack image \"registry.k8s.io/kube-proxy:v1.28.2\": failed to resolve reference""#, Some(Pod(R::ErrImagePull))),
            ("systemd[1]: crio.service: Main process exited, code=exited, status=1/FAILURE", Some(Node(N::RuntimeNotReady))),
            ("systemd[1]: containerd.service: Main process exited, code=exited, status=0/SUCCESS", None),
            ("systemd[1]: crio.service: Failed with result 'exit-code'.", Some(Node(N::RuntimeNotReady))),
            ("systemd[1]: Failed to start Open Container Initiative Daemon.", Some(Node(N::RuntimeNotReady))),
            ("systemd[1]: Starting Open Container Initiative Daemon...", None),
            ("systemd[1]: crio.service: Consumed 91ms CPU time", None),
            (r#"kubelet_node_status.go:92] "Unable to register node with APIserver" err="nodes \"ip-10-0-248-163\" is forbidden: node \"i-0558290eed951076c\" is not allowed to modify node \"ip-10-0-248-163\"" node="ip-10-0-248-163""#, Some(Node(N::AuthError))),
            (r#"kubelet_node_status.go:92] "Unable to register node with APIserver" err="Post \"https://10.0.0.1/api/v1/nodes\": net/http: TLS handshake timeout""#, Some(Node(N::ApiServerUnreachable))),
            (r#"kubelet_node_status.go:92] "Unable to register node with APIserver" err="nodes \"n1\" is invalid""#, Some(Node(N::NodeStatusUpdateFailed))),
            ("spec.containers{fluentd}        Warning         Failed          Failed to start container with docker id 25527ff66e48 with error: Error response from daemon: mkdir /mnt/sda1: read-only file system", Some(Pod(R::RunContainerError))),
            (r#"  Warning  Failed  2m  kubelet  Error: failed to start container "dd-agent": Error response from daemon: error while creating mount source path '/opt/datadog-agent/run': mkdir /opt/datadog-agent: read-only file system"#, Some(Pod(R::RunContainerError))),
            (r#"  Warning  Failed  2m  kubelet  Error: failed to generate security options for container "system-probe": failed to generate seccomp security options for container: invalid character '#' looking for beginning of value"#, Some(Pod(R::CreateContainerError))),
            ("GenericPLEG: Unable to retrieve pods: Cannot connect to the Docker daemon. Is the docker daemon running on this host?", Some(Node(N::RuntimeNotReady))),
            (r#"Failed to pull image "nginx": rpc error: code = Unknown desc = Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"#, Some(Pod(R::ErrImagePull))),
            (r#"containerd[40100]: time="2024-10-17T13:46:12.062483416Z" level=fatal msg="Failed to run CRI service" error="failed to recover state: failed to get metadata for stored sandbox \"4ea7\": not found""#, Some(Node(N::RuntimeNotReady))),
            (r#"event.go:276] Unable to write event: '&v1.Event{TypeMeta:v1.TypeMeta{Kind:"", APIVersion:""}, ObjectMeta:v1.Object>"#, Some(Node(N::ApiServerUnreachable))),
            (r#"Unable to write event '&api.Event{}': 'namespaces "x" not found' (will not retry!)"#, None),
            (r#"containerd[8211]: time="2022-08-24T14:27:54.157014109+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:etcd-n4,Uid:f46d0ad2898a57ca168c7d9919af8609"#, Some(Pod(R::FailedCreatePodSandBox))),
            (r#"containerd[8211]: time="2022-08-24T14:27:54.157014109+08:00" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:etcd-n4,Uid:f46d0ad2898a57ca168c7d9919af8609"#, None),
            (r#"pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"etcd-n4_kube-system(f46d0ad2"#, Some(Pod(R::FailedCreatePodSandBox))),
            (r#"Error syncing pod, skipping: failed to "CreatePodSandbox" for "web-0_prod(6936)" with CreatePodSandboxError: "CreatePodSandbox for pod \"web-0_prod(6936)\" failed""#, Some(Pod(R::FailedCreatePodSandBox))),
            (r#"level=warning msg="Error reserving pod name k8s_web-0_prod_2abe36c990c315f116840d96b89eb8a2_0 for id 4375: name is reserved""#, Some(Pod(R::FailedCreatePodSandBox))),
            ("  Warning  Failed   34m (x6 over 36m)   kubelet  Error: failed to create containerd container: failed to create prepare snapshot dir: failed to create temp dir", Some(Pod(R::CreateContainerError))),
            ("  DiskPressure \t\tTrue \tTue, 18 Oct 2016 02:09:49 -0400 \tTue, 18 Oct 2016 02:05:38 -0400 \tKubeletHasDiskPressure \t\tkubelet has disk pressure", Some(Node(N::ResourcePressure))),
            ("  DiskPressure     False   Tue, 18 Oct 2016 02:09:49 -0400   KubeletHasNoDiskPressure   kubelet has no disk pressure", None),
            (r#"cni.go:202] Error validating CNI config list {"cniVersion":"","name":"cbr0"}: [plugin flannel does not support config version ""]"#, Some(Node(N::NetworkNotReady))),
            (r#"kubelet[32535]: : [failed to find plugin "flannel" in path [/opt/cni/bin] failed to find plugin "portmap" in path [/opt/cni/bin]]"#, Some(Node(N::NetworkNotReady))),
            (r#"RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to setup network for sandbox "5665": failed to find plugin "calico" in path [/opt/cni/bin]"#, Some(Pod(R::FailedCreatePodSandBox))),
            ("controller.go:149] failed to update node lease, error: Put https://a.local:8443/apis/coordination.k8s.io/v1beta1/namespaces/kube-node-lease/leases/m3?timeout=10s: read: connection reset by peer", Some(Node(N::ApiServerUnreachable))),
            ("eviction_manager.go:385] eviction manager: unable to evict any pods from the node", Some(Node(N::ResourcePressure))),
            (r#"kubelet_node_status.go:106] Unable to register node "k8s-node171" with API server: nodes "k8s-node171" is invalid"#, Some(Node(N::NodeStatusUpdateFailed))),
            (r#"kubelet_node_status.go:103] Unable to register node "n1" with API server: Post https://10.0.2.15:6443/api/v1/nodes: dial tcp 10.0.2.15:6443: connect: connection refused"#, Some(Node(N::ApiServerUnreachable))),
            ("event.go:202] Unable to write event: 'Post http://localhost:8080/api/v1/namespaces/default/events: dial tcp 127.0.0.1:8080: conne", Some(Node(N::ApiServerUnreachable))),
            ("cni.go:324] Error adding default_nginx-57867cc648-mnx49/218b83cbeb9b1 to network calico/k8s-pod-network: stat /var/lib/calico/nodename: no such file or directory", Some(Pod(R::FailedCreatePodSandBox))),
            (r#"manager.go:1864] Failed to create pod infra container: open /var/lib/docker/containers/3822/resolv.conf: read-only file system; Skipping pod "kube-dns-v8-73kcd_kube-system""#, Some(Pod(R::RunContainerError))),
            (r#"manager.go:1955] Failed to create pod infra container: ImagePullBackOff; Skipping pod "a_kube-system(48abed82af93bb0b941173334110923f)": Back-off pulling image "pause""#, Some(Pod(R::ImagePullBackOff))),
            (r#"Version from runtime service failed: rpc error: code = Unknown desc = server is not initialized yet"#, Some(Node(N::RuntimeNotReady))),
            (r#"level=error msg="StopContainer for \"f2534\" failed" error="rpc error: code = DeadlineExceeded desc = an error occurs during waiting for container to be killed""#, Some(Pod(R::FailedKillPod))),
            (r#"level=info msg="Kill container \"f2534\"""#, Some(Pod(R::Killing))),
            (r#"level=error msg="failed to kill container \"f2534\"" error="x""#, None),
            (r#"level=error msg="Container creation error: unknown version specified\n" id=03df"#, Some(Pod(R::CreateContainerError))),
            (r#"Killing container with id docker://70a8:pod "web-0_prod(0c5e)" container "app" is unhealthy, it will be killed and re-created."#, Some(Pod(R::LivenessProbeFailed))),
            (r#"pod "web-0_prod" container "app" is unhealthy (probe result: failure), it will be killed and re-created."#, Some(Pod(R::Killing))),
            ("Pod sandbox changed, it will be killed and re-created.", None),
            ("systemd[1]: Failed to start kubelet: The Kubernetes Node Agent.", Some(Node(N::KubeletStartFailed))),
            ("systemd[1]: Failed to start Service for snap application microk8s.daemon-kubelet.", Some(Node(N::KubeletStartFailed))),
            ("systemd[1]: Started Service for snap application microk8s.daemon-kubelet.", None),
            ("systemd[1]: snap.microk8s.daemon-kubelet.service: Start request repeated too quickly.", Some(Node(N::KubeletStartFailed))),
            (r#""Error adding pod to network" err="unexpected end of JSON input" pod="proxy-1266/agnhost""#, Some(Pod(R::FailedCreatePodSandBox))),
            (r#"kubernetes.io/csi: attacher.Attach failed: volumeattachments.storage.k8s.io is forbidden: User "system:node:m1" cannot create resource "volumeattachments""#, Some(Pod(R::FailedMount))),
            ("5b1f17435ed5: Error pulling layer metadata", Some(Pod(R::ErrImagePull))),
            (r#"Error: Volume "kubernetes.io/gce-pd/mongo-conf" (spec.Name: "mongo-conf") pod "0c5e" (UID: "0c5e") is not yet attached according to node status."#, Some(Pod(R::FailedMount))),
            (r#"failed to run **Kubelet: failed to create kubelet: misconfiguration: kubelet cgroup driver: "cgroupfs" is different from docker cgroup driver: "systemd"**"#, Some(Node(N::KubeletStartFailed))),
            ("eviction manager: no ranking function for resource imagefs", Some(Node(N::ResourcePressure))),
            ("  Warning  EvictionThresholdMet  4m32s  kubelet, minikube  Attempting to reclaim ephemeral-storage", Some(Node(N::ResourcePressure))),
            ("  Normal   NodeHasDiskPressure   4m23s  kubelet, minikube  Node minikube status is now: NodeHasDiskPressure", Some(Node(N::ResourcePressure))),
            ("  Normal   NodeHasNoDiskPressure   4m23s  kubelet, minikube  Node minikube status is now: NodeHasNoDiskPressure", None),
            (r#"level=info msg="trying next host" error="pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed" host=registry-1.docker.io"#, Some(Pod(R::ErrImagePull))),
            (r#"level=info msg="trying next host - response was http.StatusNotFound" host=us.gcr.io"#, None),
            (r#"Error: cannot find volume "default-token-454c5" to mount into container "nginx7""#, Some(Pod(R::CreateContainerConfigError))),
            (r#"level=error msg="HTTP Error" err="Cannot start container c5d7: [8] System error: open /sys/fs/cgroup/cpu/cpu.shares: no such file or directory" statusCode=404"#, Some(Pod(R::RunContainerError))),
            (r#"CreateContainer within sandbox "8f3c" for &ContainerMetadata{Name:web,Attempt:0,} returns container id "4296b9e2377fddb0""#, None),
            (r#"Killing container "0a1b2c3d4e5f nginx default/web-1" with 30 second grace period"#, Some(Pod(R::Killing))),
            (r#"Failed killing the pod "web-1": failed to "KillContainer" for "nginx" with KillContainerError: "rpc error""#, Some(Pod(R::FailedKillPod))),
            ("TaskOOM event &TaskOOM{ContainerID:4296b9e2377fddb0,XXX_unrecognized:[],}", Some(Pod(R::OOMKilled))),
            // The traps of issue 13 item 1.
            (r#""SyncLoop (probe)" probe="readiness" status="ready" pod="prod/web-0""#, None),
            (r#"container &Container{Name:app,Image:nginx,LivenessProbe:&Probe{ProbeHandler:ProbeHandler{HTTPGet:&HTTPGetAction{Path:/healthz,}},FailureThreshold:3,},} start failed in pod web-0_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f)"#, None),
            ("Failed to list *v1.Pod: Unauthorized", Some(Node(N::AuthError))),
            // The third held-out round.
            ("Dec 02 10:00:00 n systemd[1]: kubelet.service: Main process exited, code=exited, status=255/EXCEPTION", Some(Node(N::KubeletStartFailed))),
            ("Dec 02 10:00:00 n systemd[1]: snap.microk8s.daemon-kubelite.service: Scheduled restart job, restart counter is at 124.", Some(Node(N::KubeletStartFailed))),
            ("Dec 02 10:00:00 n systemd[1]: kubelet.service: Failed with result 'exit-code'.", Some(Node(N::KubeletStartFailed))),
            ("Dec 02 10:00:00 n systemd[1]: kubelet.service: Main process exited, code=exited, status=0/SUCCESS", None),
            ("Dec 02 10:00:00 n systemd[1]: Stopped kubelet.service - kubelet: The Kubernetes Node Agent.", None),
            (r#""Version from runtime service failed" err="rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService""#, Some(Node(N::RuntimeNotReady))),
            (r#"Error: failed to run Kubelet: validate service connection: CRI v1 runtime API is not implemented for endpoint: rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService"#, Some(Node(N::KubeletStartFailed))),
            (r#"time="t" level=warning msg="failed to load plugin io.containerd.grpc.v1.cri" error="invalid plugin config""#, Some(Node(N::RuntimeNotReady))),
            (r#"Registration of the crio container factory failed: Get "http://%2Fvar%2Frun%2Fcrio%2Fcrio.sock/info": dial unix /var/run/crio/crio.sock: connect: no such file or directory"#, None),
            (r#"object-"kube-system"/"cfg": watch of *v1.ConfigMap ended with: too old resource version: 3244649 (3245058)"#, None),
            (r#"object-"kube-system"/"cfg": watch of *v1.Secret ended with: an error on the server ("unable to decode an event from the watch stream") has prevented the request from succeeding"#, Some(Node(N::ApiServerUnreachable))),
            (r#""Error getting the current node from lister" err="node \"n1\" not found""#, Some(Node(N::NodeStatusUpdateFailed))),
            ("W ns/x pod/apiserver-6t8l7 Failed create pod sandbox: rpc error: code = Unknown desc = failed", Some(Pod(R::FailedCreatePodSandBox))),
            (r#""Pod has been deleted and must be killed" pod="default/mypod" podUID=7c0663d5-0000-0000-0000-000000000000"#, Some(Pod(R::Killing))),
            ("Warning   OOMKilling   node/n1   Out of memory: Kill process 16711 (stress) score 205 or sacrifice child", Some(Node(N::SystemOOM))),
            (r#"Warning  Failed  12s  kubelet  Error: secret "db-pass" not found"#, Some(Pod(R::CreateContainerConfigError))),
            (r#""Unable to register node with API server" err="nodes is forbidden: User \"system:anonymous\" cannot create resource \"nodes\" in API group \"\" at the cluster scope""#, Some(Node(N::AuthError))),
            ("I0101 00:00:00.000000 1 helpers.go:1084] eviction manager: attempting to delete unused images", Some(Node(N::ResourcePressure))),
            ("I1010 09:17:25.390381 1 image_gc_manager.go:317] attempting to delete unused images", None),
            (r#"E0101 00:00:00.000000 1 csi_attacher.go:294] kubernetes.io/csi: attacher.MountDevice failed: rpc error: code = Unavailable desc = all SubConns are in TransientFailure"#, Some(Pod(R::FailedMount))),
            (r#""Shutdown manager killing pod with gracePeriod" pod="prod/web-0" gracePeriod=15"#, Some(Pod(R::Killing))),
            ("W0707 04:39:27.215556 1143 image_manager.go:135] [ImageManager] Failed to monitor images: cannot connect to Docker endpoint", Some(Node(N::RuntimeNotReady))),
            ("I0317 17:53:02.756771 17897 kubelet.go:1137] Unable to register 127.0.0.1 with the apiserver: Post http://localhost:8080/api/v1/nodes: dial tcp 127.0.0.1:8080: connection refused", Some(Node(N::ApiServerUnreachable))),
            (r#"E0317 17:53:03.293646 17897 kubelet.go:1764] Failed creating a mirror pod for "k8s-master-127.0.0.1_default(a61437d0ef757ee8c4f6fcc7a34bdeaa)": Post http://localhost:8080/api/v1/namespaces/default/pods: dial tcp 127.0.0.1:8080: connection refused"#, Some(Node(N::ApiServerUnreachable))),
            (r#"W0317 17:53:03.293663 17897 status_manager.go:546] Failed to update status for pod "web-0_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f)": failed to patch status"#, None),
            ("9月 05 13:51:55 m1 systemd[1]: kubelet.service holdoff time over, scheduling restart.", Some(Node(N::KubeletStartFailed))),
            ("Sep 05 13:51:55 m1 systemd[1]: Unit kubelet.service entered failed state.", Some(Node(N::KubeletStartFailed))),
            ("Warning  Failed  20s  kubelet  Error: failed to create containerd task: failed to create shim task: OCI runtime create failed", Some(Pod(R::RunContainerError))),
            ("Warning  FailedCreatePodSandBox  2s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task", Some(Pod(R::FailedCreatePodSandBox))),
            ("E0108 12:10:35.561080 540 cni.go:310] Error adding network: error while ProvisionEndpoint(8ef4_cbr0): failed", Some(Pod(R::FailedCreatePodSandBox))),
            (r#"I0224 23:44:50.789418 3415 manager.go:1754] Killing unwanted container "liveness"(id={"docker" "c6bc"}) for pod "liveness-exec_e2e(8ba2e910-db50-11e5-0000-000000000000)""#, Some(Pod(R::Killing))),
            (r#"docker_manager.go:1367] Container "497c5cdb46d9 test-termination default/test-termination-1781375857-hj5z2" termination failed after 2m0.000209508s: operation timeout"#, Some(Pod(R::FailedKillPod))),
            ("E0712 controller.go:228] failed to get node \"w1\" when trying to set owner ref to the node lease: nodes \"w1\" not found", Some(Node(N::NodeStatusUpdateFailed))),
            ("E0312 iscsi_util.go:338] iscsi: failed to mount iscsi volume /dev/sdb [ext4] to /var/lib/kubelet/plugins/x, error 'fsck' found errors", Some(Pod(R::FailedMount))),
            (r#"time="t" level=error msg="Not continuing with pull after error: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\n""#, Some(Pod(R::ErrImagePull))),
            (r#"time="t" level=info msg="Ignoring extra error returned from registry: unauthorized: authentication required""#, None),
            (r#"time="t" level=error msg="Handler for POST /v1.26/images/create returned error: repository kube-aggregator not found: does not exist or no pull access""#, Some(Pod(R::ErrImagePull))),
            ("  Normal   Killing    10s   kubelet  Stopping container calico-node", Some(Pod(R::Killing))),
            ("E0101 eviction_manager.go:422] eviction manager: unexpected error when attempting to reduce ephemeral-storage pressure: wanted to free 9223372036854775807 bytes, but freed 0 bytes", Some(Node(N::ResourcePressure))),
            ("Error syncing pod, skipping: Could not attach GCE PD \"pd-1\". Timeout waiting for mount paths to be created.", Some(Pod(R::FailedMount))),
            ("  Normal   Pulling                       7s                kubelet            Waiting test-gc-e2e-demo-ns/testimage-8862e32f68d66f727d1baf13f7eddef5a5e64bbd-v10612", Some(Pod(R::Pulling))),
            ("5m          Warning   Evicted   pod/web-0   Pod ephemeral local storage usage exceeds the total limit of containers 1Gi.", Some(Pod(R::Evicted))),
            ("  Normal   Scheduled  7s  default-scheduler  Successfully assigned prod/web-0 to n1", None),
            ("time=\"t\" level=warning msg=\"Normal Pulling\"", None),
            ("E1128 18:31:01.883155 5895 kubelet.go:2183] node \"cri-o01\" not found", Some(Node(N::NodeStatusUpdateFailed))),
            ("E1128 eviction_manager.go:256] eviction manager: failed to get summary stats: failed to get node info: node \"n1\" not found", None),
            (r#"time="t" level=info msg="Pulled image: k8s.gcr.io/kube-proxy@sha256:1f99" id=bf12"#, Some(Pod(R::Pulled))),
            (r#"E0927 kuberuntime_gc.go:126] Failed to remove container "19d837c77a3c": rpc error: code = Unknown desc = failed to remove container"#, Some(Node(N::ContainerGCFailed))),
            (r#"time="t" level=error msg="containerd: start container" error="oci runtime error: container_linux.go:247: starting container process caused""#, Some(Pod(R::RunContainerError))),
            ("Apr 22 20:15:11 n systemd[1]: kubelet.service: Service hold-off time over, scheduling restart.", Some(Node(N::KubeletStartFailed))),
            ("Apr 22 20:15:11 n systemd[1]: kubelet.service: Unit entered failed state.", Some(Node(N::KubeletStartFailed))),
            (r#"time="t" level=info msg="Stop pulling image docker.io/flannel/flannel-cni-plugin:v1.2.0: Status: Downloaded newer image for flannel/flannel-cni-plugin:v1.2.0""#, Some(Pod(R::Pulled))),
            (r#"E0607 projected.go:198] Error preparing data for projected volume kube-api-access-8st28 for pod default/ubuntu-sleep-2: object "default"/"kube-root-ca.crt" not registered"#, Some(Pod(R::FailedMount))),
            (r#"E0103 desired_state_of_world_populator.go:293] Failed to add volume "db" (specName: "db") for pod "c07690ad-0f1d-11e9-0000-000000000000" to desiredStateOfWorld. err=failed to get Plugin from volumeSpec for volume "db" err=no volume plugin matched"#, Some(Pod(R::FailedMount))),
            (r#"I0501 manager.go:1407] pod "web-0_prod" container "app" is unhealthy (probe result: failure), it will be killed and re-created."#, Some(Pod(R::Killing))),
            ("  Normal   SandboxChanged  101s  kubelet, house  Pod sandbox changed, it will be killed and re-created.", None),
            ("E0102 20:09:46.460991 2047 mount_linux.go:139] Mount failed: exit status 32", Some(Pod(R::FailedMount))),
            ("Warning   OOMKilling   node/n1   Memory cgroup out of memory: Killed process 16711 (stress)", Some(Pod(R::OOMKilled))),
            (r#"object-"prod"/"db-pass": Failed to watch *v1.Secret: secrets "db-pass" not found"#, Some(Node(N::ApiServerUnreachable))),
        ];
        for (line, want) in cases {
            assert_eq!(r.classify(line.as_bytes()), *want, "{line}");
        }
    }

    #[test]
    fn enum_names_round_trip() {
        for r in Reason::ALL {
            assert_eq!(r.as_str().parse::<Reason>().ok(), Some(*r));
        }
        for n in NodeProblem::ALL {
            assert_eq!(n.as_str().parse::<NodeProblem>().ok(), Some(*n));
        }
        assert!("NoSuchReason".parse::<Reason>().is_err());
    }

    #[test]
    fn user_rules_first() {
        let cfg: UserRulesFile = yaml_serde::from_str(
            r#"
rules:
  - match: 'my-csi-driver: .* timed out'
    contains: ['my-csi-driver']
    reason: FailedMount
  - match: 'disk is full'
    node_problem: ResourcePressure
"#,
        )
        .unwrap_or_default();
        let r = Rules::with_user_rules(&cfg).ok();
        let r = r.as_ref();
        assert_eq!(
            r.and_then(|r| r.classify(b"my-csi-driver: attach timed out after 2m")),
            Some(Outcome::Pod(Reason::FailedMount))
        );
        assert_eq!(
            r.and_then(|r| r.classify(b"the disk is full")),
            Some(Outcome::Node(NodeProblem::ResourcePressure))
        );
        assert_eq!(
            r.and_then(
                |r| r.classify(b"\"Skipping pod synchronization\" err=\"PLEG is not healthy\"")
            ),
            Some(Outcome::Node(NodeProblem::PlegNotHealthy))
        );
    }

    #[test]
    fn bad_user_rules_are_errors() {
        for y in [
            "rules: [{match: '(', reason: FailedMount}]",
            "rules: [{match: 'x', reason: NotAReason}]",
            "rules: [{match: 'x'}]",
            "rules: [{match: 'x', reason: FailedMount, node_problem: AuthError}]",
        ] {
            let cfg: UserRulesFile = yaml_serde::from_str(y).unwrap_or_default();
            if cfg.rules.is_empty() {
                continue;
            }
            assert!(Rules::with_user_rules(&cfg).is_err(), "{y}");
        }
    }
}
