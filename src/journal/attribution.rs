//! Pod attribution: which pod (namespace, name, uid) and which container a kubelet or runtime log
//! line is about, from every reference form seen in real kubelet logs:
//! `pod="ns/name"` + `podUID=…` (quoted or not), `podID=…`, `pods=[ns/name]` (one element only),
//! the old `name_namespace(uid)` (32-hex static-pod uids and dotted names included),
//! `pod "name" (UID: "uid")` of volume errors, containerd's `&PodSandboxMetadata{Name:…,Uid:…,
//! Namespace:…}`; containers from `containerName=`, `container="…"`, `&ContainerMetadata{Name:…}`,
//! `for "name"`, `container "name"`, `container=name`, and `(uid):name`. `"POD"` is the sandbox.
//!
//! Borrowed slices only; the names involved never carry escapes. This module decides nothing about
//! node-level lines: the rule table clears the attribution of a line it classifies as a node problem.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use memchr::memmem;

use super::klog::{BodyForm, KlogLine};

/// `memmem::find` with a literal needle, its searcher built once: building one per call was a
/// sixth of `kubelet-log`'s time.
macro_rules! find {
    ($hay:expr, $needle:expr) => {
        finder!($needle).find($hay)
    };
}

/// A searcher for a literal needle, built once.
macro_rules! finder {
    ($needle:expr) => {{
        static FINDER: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new($needle));
        &*FINDER
    }};
}

/// What a line says about a pod. Every field is optional: many lines name only a uid, or only a
/// pod name without namespace.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attribution<'a> {
    pub namespace: Option<&'a [u8]>,
    pub name: Option<&'a [u8]>,
    pub uid: Option<&'a [u8]>,
    pub container: Option<&'a [u8]>,
    /// A runtime container or sandbox id the line names (full or a prefix of at least 12 hex
    /// digits): the runtime's own lines name pods only this way, and only the agent, which
    /// knows which pod holds which id, can turn it into a pod.
    pub container_id: Option<&'a [u8]>,
    /// A uid the line spells with `_` for `-` (the systemd cgroup driver's slice names,
    /// `kubepods-burstable-pod<uid>.slice`), rewritten: read it through `uid_bytes`.
    pub slice_uid: Option<[u8; 36]>,
}

impl Attribution<'_> {
    pub fn is_empty(&self) -> bool {
        self.namespace.is_none() && self.name.is_none() && self.uid_bytes().is_none()
    }

    /// The pod uid, however the line spelled it.
    pub fn uid_bytes(&self) -> Option<&[u8]> {
        self.uid.or(self.slice_uid.as_ref().map(|u| &u[..]))
    }

    /// The line is about the pod's sandbox (`"POD"` in the kubelet's and dockershim's words).
    pub fn is_sandbox(&self) -> bool {
        self.container == Some(b"POD")
    }
}

impl<'a> Attribution<'a> {
    fn set_pod(&mut self, ns: Option<&'a [u8]>, name: Option<&'a [u8]>, uid: Option<&'a [u8]>) {
        if self.namespace.is_none() {
            self.namespace = ns;
        }
        if self.name.is_none() {
            self.name = name;
        }
        if self.uid.is_none() {
            self.uid = uid;
        }
    }
}

/// Pod names are DNS subdomains (dots allowed), namespaces DNS labels. Accept upper case too:
/// some embedders keep a node name's case in static pod names.
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

fn is_name(s: &[u8]) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.iter().all(|&b| is_name_byte(b))
        && s[0].is_ascii_alphanumeric()
}

fn is_label(s: &[u8]) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        && s[0].is_ascii_alphanumeric()
}

/// A pod uid: the API server's 8-4-4-4-12 form, or the 32-hex hash the kubelet gives static pods.
pub fn is_uid(s: &[u8]) -> bool {
    match s.len() {
        36 => s.iter().enumerate().all(|(i, &b)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                b == b'-'
            } else {
                b.is_ascii_hexdigit()
            }
        }),
        32 => s.iter().all(u8::is_ascii_hexdigit),
        _ => false,
    }
}

/// Container names are DNS labels; `POD` is the sandbox. A long run of hex digits is a
/// runtime id, not a name.
fn is_container(s: &[u8]) -> bool {
    s == b"POD" || (is_label(s) && !is_hex_id(s))
}

/// A runtime container/sandbox id: 64 hex digits, or a prefix of at least 12 (what `docker ps`
/// and the CRI's short forms print).
pub fn is_hex_id(s: &[u8]) -> bool {
    (12..=64).contains(&s.len())
        && s.iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
}

/// The id in `docker://<id>`, `containerd://<id>`, `cri-o://<id>` (the kubelet's container id
/// string), or a bare id.
fn runtime_id(v: &[u8]) -> Option<&[u8]> {
    let v = strip_quotes(v);
    let id = match find!(v, b"://") {
        Some(at) => &v[at + 3..],
        None => v,
    };
    is_hex_id(id).then_some(id)
}

/// Strip surrounding quotes and escape backslashes (`\"name\"` inside an escaped error string).
fn strip_quotes(mut s: &[u8]) -> &[u8] {
    while let Some((&f, rest)) = s.split_first() {
        if f == b'"' || f == b'\\' {
            s = rest;
        } else {
            break;
        }
    }
    while let Some((&l, rest)) = s.split_last() {
        if l == b'"' || l == b'\\' {
            s = rest;
        } else {
            break;
        }
    }
    s
}

/// (namespace, name, uid) as far as a reference names them.
type PodParts<'a> = (Option<&'a [u8]>, Option<&'a [u8]>, Option<&'a [u8]>);
/// (name if it is one, uid as written, namespace) of `&PodSandboxMetadata{…}`.
type SandboxMeta<'a> = (Option<&'a [u8]>, Option<&'a [u8]>, Option<&'a [u8]>);

/// `ns/name`, or the old `name_ns(uid)` form, or a bare name.
fn parse_pod_value(v: &[u8]) -> Option<PodParts<'_>> {
    let v = strip_quotes(v);
    if let Some(slash) = memchr::memchr(b'/', v) {
        let (ns, name) = (&v[..slash], &v[slash + 1..]);
        if is_label(ns) && is_name(name) {
            return Some((Some(ns), Some(name), None));
        }
        return None;
    }
    if let Some(r) = find_name_ns_uid(v) {
        return Some((r.ns, Some(r.name), r.uid));
    }
    // The pod's full name without its uid (`pod=web-0_prod`, GetPodFullName before 1.2).
    if let Some((name, ns)) = name_underscore_ns(v) {
        return Some((Some(ns), Some(name), None));
    }
    if is_name(v) {
        return Some((None, Some(v), None));
    }
    None
}

// Which of the rarer reference forms a line may hold, found in one scan: each parser below runs
// only when its trigger is present (every line of `kubelet-log` is attributed, and a dozen
// extra scans per line cost a third of its speed).
const T_RUNTIME_ID: u64 = 1;
const T_KILL: u64 = 1 << 1;
const T_PULL_SECRET: u64 = 1 << 2;
const T_CRIO: u64 = 1 << 3;
const T_SLICE: u64 = 1 << 4;
const T_POD_DIR: u64 = 1 << 5;
const T_RANKED: u64 = 1 << 6;
const T_PAIR: u64 = 1 << 7;
const T_SPEC: u64 = 1 << 8;
const T_FOR_QUOTE: u64 = 1 << 9;
const T_SYNC: u64 = 1 << 10;
const T_UID_KEY: u64 = 1 << 11;
const T_POD_EQ: u64 = 1 << 12;
const T_POD_QUOTE: u64 = 1 << 13;
const T_OBJECT_REF: u64 = 1 << 14;
const T_DOCKER_NAME: u64 = 1 << 15;
const T_LOG_PATH: u64 = 1 << 16;
const T_SANDBOX_META: u64 = 1 << 17;
const T_UID_PAREN: u64 = 1 << 18;
const T_START_FOR: u64 = 1 << 19;
const T_CONTAINER_EQ: u64 = 1 << 20;
const T_CONTAINER_QUOTE: u64 = 1 << 21;
const T_CONTAINER_META: u64 = 1 << 22;
const T_PROBE_KILL: u64 = 1 << 23;
const T_POD_SLASH: u64 = 1 << 24;
const T_PLEG_EVENT: u64 = 1 << 25;
const T_POD_VOLUME: u64 = 1 << 26;
const T_ASSIGNED: u64 = 1 << 27;
const T_CNI_ARGS: u64 = 1 << 28;
const T_FAILED_CONTAINER: u64 = 1 << 29;
const T_FIELD_PATH: u64 = 1 << 30;
const T_MULTUS: u64 = 1 << 31;
const T_EVENT_ROW: u64 = 1 << 32;
const T_CNI_FIELDS: u64 = 1 << 33;
const T_CONTAINER_EVENT: u64 = 1 << 34;
const T_EVENT_FOR: u64 = 1 << 35;
const T_USING: u64 = 1 << 36;
/// An event row's type column (`Normal`, `Warning`): the rule table reads the reason column
/// after it when no rule matched the message (`Rules::classify_with_triggers`).
pub(crate) const T_EVENT_TYPE: u64 = 1 << 37;
const T_RESERVE: u64 = 1 << 38;
const T_NET_STATUS: u64 = 1 << 39;
const T_FOR_CONTAINER: u64 = 1 << 40;
const T_PROJECTED: u64 = 1 << 41;
const T_POD_STATUS: u64 = 1 << 42;
const T_FOR_POD: u64 = 1 << 43;
const T_CREATED_POD: u64 = 1 << 44;
const T_WITH_CNI: u64 = 1 << 45;
const T_PROBE_FOR: u64 = 1 << 46;
const T_POD_PAREN: u64 = 1 << 47;
const T_STATUS_NAME: u64 = 1 << 48;
/// Forms that name a pod by its bare name (KubeEdge's brackets, dockertools' single quotes) or
/// `ns/name` before a fixed word.
const T_NAME_ONLY: u64 = 1 << 49;
const T_UNHEALTHY: u64 = 1 << 50;
const T_PROTO_META: u64 = 1 << 51;
const T_CRIO_ID: u64 = 1 << 52;
const T_START_FAILED: u64 = 1 << 53;
const T_SYNC_LOOP: u64 = 1 << 54;
const T_CNI_ADD: u64 = 1 << 55;
const T_E2E_POD: u64 = 1 << 56;
const T_CONTAINER_NAME_KEY: u64 = 1 << 57;
const T_POD_BAR: u64 = 1 << 58;

/// The trigger literals and their bits; the rule table scans for them in the same pass as its
/// own literals (`Rules::classify_with_triggers`), so a line is scanned once.
pub(crate) const TRIGGERS: &[(&str, u64)] = &[
    ("ContainerID:", T_RUNTIME_ID),
    ("container_id:", T_RUNTIME_ID),
    ("/containers/", T_RUNTIME_ID),
    ("returns container id ", T_RUNTIME_ID),
    ("StartContainer for ", T_RUNTIME_ID),
    ("StopContainer for ", T_RUNTIME_ID),
    ("RemoveContainer for ", T_RUNTIME_ID),
    ("Killing container ", T_RUNTIME_ID | T_KILL),
    ("termination failed after", T_KILL),
    ("returns sandbox id ", T_RUNTIME_ID),
    ("StopPodSandbox for ", T_RUNTIME_ID),
    ("RemovePodSandbox for ", T_RUNTIME_ID),
    ("CreateContainer within sandbox ", T_RUNTIME_ID),
    ("Unable to retrieve pull secret ", T_PULL_SECRET),
    ("container: ", T_CRIO),
    ("description=", T_CRIO),
    ("&{Name:", T_CRIO),
    ("Adding pod ", T_CRIO),
    ("Deleting pod ", T_CRIO),
    ("kubepods", T_SLICE),
    ("/var/lib/kubelet/pods/", T_POD_DIR),
    ("/var/lib/edged/pods/", T_POD_DIR),
    ("Orphaned volume ", T_POD_DIR),
    ("pod termination ", T_POD_DIR),
    ("pending termination ", T_POD_DIR),
    ("ranked for eviction", T_RANKED),
    ("for pod \"", T_PAIR),
    ("for pod \\\"", T_PAIR),
    ("&Container{Name:", T_SPEC),
    ("implicitly required container POD", T_SPEC),
    // Each literal below is the one its parser looks for first: without it the parser would
    // scan the line and find nothing.
    (" for \"", T_FOR_QUOTE),
    (" for \\\"", T_FOR_QUOTE),
    // The same with its spaces squeezed out by a page that copied the line
    // (`failed to "KillContainer"for"app"`).
    ("\"for\"", T_FOR_QUOTE),
    ("\\\"for\\\"", T_FOR_QUOTE),
    ("Error syncing pod ", T_SYNC),
    ("podUID=", T_UID_KEY),
    ("podID=", T_UID_KEY),
    ("pod_uid=", T_UID_KEY),
    ("pod UID: ", T_UID_KEY),
    ("AssumePod failed: pod ", T_UID_KEY),
    ("pod=", T_POD_EQ),
    ("pod \"", T_POD_QUOTE),
    ("pod \\\"", T_POD_QUOTE),
    ("ObjectReference{Kind:", T_OBJECT_REF),
    ("k8s_", T_DOCKER_NAME),
    ("/var/log/pods/", T_LOG_PATH),
    ("PodSandboxMetadata{", T_SANDBOX_META),
    ("(UID: ", T_UID_PAREN),
    ("StartContainer\" for ", T_START_FOR),
    ("StartContainer\\\" for ", T_START_FOR),
    (" container=", T_CONTAINER_EQ),
    ("container \"", T_CONTAINER_QUOTE),
    ("container \\\"", T_CONTAINER_QUOTE),
    ("ContainerMetadata{Name:", T_CONTAINER_META),
    (" failed liveness probe", T_PROBE_KILL),
    (" failed startup probe", T_PROBE_KILL),
    (" definition changed", T_PROBE_KILL),
    ("\" is unhealthy", T_UNHEALTHY),
    (" uid:\\\"", T_PROTO_META),
    (" uid:\"", T_PROTO_META),
    ("Stopped container ", T_CRIO_ID),
    ("Removed container ", T_CRIO_ID),
    ("pod.UID ", T_UID_KEY),
    ("(PID: ", T_UID_KEY),
    (" start failed in pod", T_START_FAILED),
    ("SyncLoop (", T_SYNC_LOOP),
    ("Error adding ", T_CNI_ADD),
    ("Error deleting ", T_CNI_ADD),
    (" to network ", T_CNI_ADD),
    (" pod/", T_POD_SLASH),
    // A deploy tool's printout of an event (`[Pod/web-0]\tBackOff: …`).
    ("[pod/", T_POD_SLASH),
    // An event exporter's (`2021-06-09 17:31:23 - Pod|web-0 - UnexpectedAdmissionError, …`).
    (" - Pod|", T_POD_BAR),
    ("event=&{ID:", T_PLEG_EVENT),
    ("event={\"ID\":\"", T_PLEG_EVENT),
    ("GenericPLEG: ", T_PLEG_EVENT),
    (" volume ", T_POD_VOLUME),
    ("Successfully assigned ", T_ASSIGNED),
    ("K8S_POD_NAME=", T_CNI_ARGS),
    ("restarting failed container ", T_FAILED_CONTAINER),
    ("spec.containers{", T_FIELD_PATH),
    ("spec.initContainers{", T_FIELD_PATH),
    (", container: ", T_FIELD_PATH),
    ("]: error adding container to network", T_MULTUS),
    ("Multus: [", T_MULTUS),
    ("  Pod  ", T_EVENT_ROW),
    (" Pod=\"", T_CNI_FIELDS),
    ("Created container ", T_CONTAINER_EVENT),
    ("Created container: ", T_CONTAINER_EVENT),
    ("Started container: ", T_CONTAINER_EVENT),
    ("Started container ", T_CONTAINER_EVENT),
    ("Stopping container ", T_CONTAINER_EVENT),
    ("event for ", T_EVENT_FOR),
    (" was using ", T_USING),
    ("reserve container name ", T_RESERVE),
    ("network status for ", T_NET_STATUS),
    ("for projected volume ", T_PROJECTED),
    ("PodStatus{ID:", T_POD_STATUS),
    ("PodLifecycleEvent{ID:", T_POD_STATUS),
    (" for pod ", T_FOR_POD),
    ("Created pod: ", T_CREATED_POD),
    (" in StatefulSet ", T_CREATED_POD),
    ("INFO: ", T_E2E_POD),
    ("containerName=\\\"", T_CONTAINER_NAME_KEY),
    ("' with CNI '", T_WITH_CNI),
    ("probe for \"", T_PROBE_FOR),
    ("(pod: ", T_POD_PAREN),
    ("} Name:", T_STATUS_NAME),
    ("pod addition item [", T_NAME_ONLY),
    ("restart pod [", T_NAME_ONLY),
    ("consume pod [", T_NAME_ONLY),
    ("status hook for pod '", T_NAME_ONLY),
    ("Status update on pod ", T_NAME_ONLY),
    ("probe failed for container ", T_FOR_CONTAINER),
    ("reserve sandbox name ", T_RESERVE),
    ("for sandbox ", T_RESERVE),
    ("Normal ", T_EVENT_TYPE),
    ("Normal\t", T_EVENT_TYPE),
    ("Warning ", T_EVENT_TYPE),
    ("Warning\t", T_EVENT_TYPE),
];

static TRIGGER_AC: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    aho_corasick::AhoCorasickBuilder::new()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        // As the rule table's scan finds them.
        .ascii_case_insensitive(true)
        .build(TRIGGERS.iter().map(|(p, _)| p))
        .ok()
});

/// A parser's searchers when the line's scan saw its trigger `bit`, none otherwise.
fn gated<'f>(
    t: u64,
    bit: u64,
    finders: &'f [&'static memmem::Finder<'static>],
) -> &'f [&'static memmem::Finder<'static>] {
    if t & bit != 0 {
        finders
    } else {
        &[]
    }
}

/// The triggers of `s` on their own scan (for callers without the rule table's).
pub(crate) fn triggers(s: &[u8]) -> u64 {
    match TRIGGER_AC.as_ref() {
        Some(ac) => ac
            .find_overlapping_iter(s)
            .fold(0, |t, m| t | TRIGGERS[m.pattern().as_usize()].1),
        // Static patterns always build; if they did not, every parser runs.
        None => u64::MAX,
    }
}

/// Attribute one parsed line.
pub fn attribute<'a>(line: &KlogLine<'a>) -> Attribution<'a> {
    attribute_with(line, triggers(line.body))
}

/// Attribute one parsed line whose triggers (`TRIGGERS` found in it) are already known.
pub fn attribute_with<'a>(line: &KlogLine<'a>, t: u64) -> Attribution<'a> {
    let mut a = Attribution::default();
    // The eviction manager's ranking lists candidates, none of which is evicted by the line.
    if t & T_RANKED != 0 {
        return a;
    }
    if matches!(
        line.form,
        BodyForm::Structured | BodyForm::Logfmt | BodyForm::Json
    ) {
        from_pairs(line, &mut a);
    }
    from_text(line.body, t, &mut a);
    a
}

fn from_pairs<'a>(line: &KlogLine<'a>, a: &mut Attribution<'a>) {
    let mut pod_name: Option<&'a [u8]> = None;
    let mut pod_ns: Option<&'a [u8]> = None;
    // The structured event line (event.go since 1.20): `"Event occurred" object="ns/name"
    // fieldPath="spec.containers{app}" kind="Pod" … reason="Pulling" message="…"`.
    let mut event_object: Option<&'a [u8]> = None;
    let mut event_kind: Option<&'a [u8]> = None;
    let mut event_field: Option<&'a [u8]> = None;
    for kv in line.pairs() {
        let v = kv.raw_value();
        match kv.key {
            b"object" => event_object = Some(v),
            b"kind" => event_kind = Some(strip_quotes(v)),
            b"fieldPath" => event_field = Some(strip_quotes(v)),
            b"pod" if v.first() == Some(&b'{') => {
                // klog's JSON format renders `klog.KObj` as {"name":…,"namespace":…}.
                let name = json_field(v, b"name").filter(|n| is_name(n));
                let ns = json_field(v, b"namespace").filter(|n| is_label(n));
                if name.is_some() {
                    a.set_pod(ns, name, None);
                }
            }
            b"pod" => {
                if let Some((ns, name, uid)) = parse_pod_value(v) {
                    a.set_pod(ns, name, uid);
                }
            }
            b"podUID" | b"podUid" | b"pod_uid" | b"podID" | b"podId" => {
                let v = strip_quotes(v);
                if is_uid(v) && a.uid.is_none() {
                    a.uid = Some(v);
                }
            }
            b"podName" | b"pod_name" => {
                let v = strip_quotes(v);
                if is_name(v) {
                    pod_name = Some(v);
                }
            }
            b"podNamespace" | b"pod_namespace" => {
                let v = strip_quotes(v);
                if is_label(v) {
                    pod_ns = Some(v);
                }
            }
            b"pods" => {
                // Only a one-element list names a single pod; more is a node-wide statement.
                let inner = strip_list(v);
                if !inner.is_empty()
                    && memchr::memchr2(b' ', b',', inner).is_none()
                    && a.name.is_none()
                {
                    if let Some((ns, name, uid)) = parse_pod_value(inner) {
                        a.set_pod(ns, name, uid);
                    }
                }
            }
            b"containerName" | b"container" | b"container_name" => {
                let v = strip_quotes(v);
                if a.container.is_none() && is_container(v) {
                    a.container = Some(v);
                } else if a.container_id.is_none() && kv.key == b"container" {
                    // dockerd's `container=<id>`.
                    a.container_id = runtime_id(v);
                }
            }
            b"containerID" | b"containerId" | b"container_id" | b"id" | b"sandboxID"
                if a.container_id.is_none() =>
            {
                a.container_id = runtime_id(v);
            }
            _ => {}
        }
    }
    if pod_name.is_some() {
        a.set_pod(pod_ns, pod_name, None);
    }
    // Only a Pod's event names a pod (a Node's event stays node-level).
    if let (Some(b"Pod"), Some(obj), None) = (event_kind, event_object, a.name) {
        if obj.first() == Some(&b'{') {
            let name = json_field(obj, b"name").filter(|n| is_name(n));
            let ns = json_field(obj, b"namespace").filter(|n| is_label(n));
            if name.is_some() {
                a.set_pod(ns, name, None);
            }
        } else if let Some((ns, name, uid)) = parse_pod_value(obj) {
            a.set_pod(ns, name, uid);
        }
        if a.container.is_none() {
            a.container = event_field
                .and_then(|f| {
                    f.strip_prefix(b"spec.containers{")
                        .or_else(|| f.strip_prefix(b"spec.initContainers{"))
                        .or_else(|| f.strip_prefix(b"spec.ephemeralContainers{"))
                })
                .map(|f| f.strip_suffix(b"}").unwrap_or(f))
                .filter(|c| is_container(c));
        }
    }
}

/// The string value of `"key":"…"` inside a small JSON object (no escapes in names).
fn json_field<'a>(obj: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let mut pat = Vec::with_capacity(key.len() + 4);
    pat.push(b'"');
    pat.extend_from_slice(key);
    pat.extend_from_slice(b"\":\"");
    let at = memmem::find(obj, &pat)? + pat.len();
    let end = memchr::memchr(b'"', &obj[at..])? + at;
    Some(&obj[at..end])
}

fn strip_list(v: &[u8]) -> &[u8] {
    let v = v.strip_prefix(b"[").unwrap_or(v);
    let v = v.strip_suffix(b"]").unwrap_or(v);
    strip_quotes(v)
}

struct NameNsUid<'a> {
    name: &'a [u8],
    ns: Option<&'a [u8]>,
    /// None when the line ends inside the uid (a paste cut at the screen's width).
    uid: Option<&'a [u8]>,
    /// Index just past the closing parenthesis.
    end: usize,
}

/// The first `name_ns(uid)` in `s`.
fn find_name_ns_uid(s: &[u8]) -> Option<NameNsUid<'_>> {
    let mut from = 0;
    while let Some(off) = memchr::memchr(b'(', &s[from..]) {
        let open = from + off;
        from = open + 1;
        let (uid, close) = match memchr::memchr(b')', &s[open + 1..(open + 38).min(s.len())]) {
            Some(c) if is_uid(&s[open + 1..open + 1 + c]) => {
                (Some(&s[open + 1..open + 1 + c]), open + 1 + c)
            }
            Some(_) => continue,
            // `…pod 53fe14f3-… ("metrics-server-…_kube-system(53fe14` — the line ends inside
            // the uid: still the pod's full name, without a uid to read.
            None if s.len() - open <= 37
                && s[open + 1..]
                    .iter()
                    .all(|&b| b.is_ascii_hexdigit() || b == b'-') =>
            {
                (None, s.len() - 1)
            }
            None => continue,
        };
        // Walk back over name bytes and exactly one '_' separating name and namespace.
        let mut start = open;
        while start > 0 && (is_name_byte(s[start - 1]) || s[start - 1] == b'_') {
            start -= 1;
        }
        let token = &s[start..open];
        let Some(us) = memchr::memrchr(b'_', token) else {
            // A full name whose namespace was redacted away (`"XXXXXXXXX(<uid>):app"`): a name
            // right after a quote, with no namespace to read.
            if start > 0 && matches!(s[start - 1], b'"' | b'\\') && is_name(token) {
                return Some(NameNsUid {
                    name: token,
                    ns: None,
                    uid,
                    end: close + 1,
                });
            }
            continue;
        };
        let (name, ns) = (&token[..us], &token[us + 1..]);
        // A pod name has no '_': take the part after any earlier '_' (such as `k8s_app_`).
        let name = match memchr::memrchr(b'_', name) {
            Some(i) => &name[i + 1..],
            None => name,
        };
        if is_name(name) && is_label(ns) {
            return Some(NameNsUid {
                name,
                ns: Some(ns),
                uid,
                end: close + 1,
            });
        }
        // `"router-2-snkr4_(<uid>)"`: a full name with an empty namespace, right after a quote.
        if ns.is_empty()
            && uid.is_some()
            && is_name(name)
            && start > 0
            && matches!(s[start - 1], b'"' | b'\\')
        {
            return Some(NameNsUid {
                name,
                ns: None,
                uid,
                end: close + 1,
            });
        }
    }
    None
}

/// Read a container-name token starting at `s` (optional quotes and escapes around it).
fn container_token(s: &[u8]) -> Option<&[u8]> {
    let mut i = 0;
    while i < s.len() && (s[i] == b'"' || s[i] == b'\\') {
        i += 1;
    }
    let start = i;
    while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == b'-') {
        i += 1;
    }
    let tok = &s[start..i];
    // The token must end the word: `docker://…` is a container id, not a name.
    let ends_word = matches!(
        s.get(i),
        None | Some(b'"' | b'\\' | b' ' | b',' | b')' | b'}' | b']')
    );
    (ends_word && is_container(tok)).then_some(tok)
}

/// Multus names the pod it is adding to a network as `[ns/name:network]` (`[ns/name/uid:network]`
/// since 3.x): `… [default/web-0:macvlan]: error adding container to network "macvlan": …`, and
/// `Multus: [ns/name/uid]: error getting pod: …`.
fn multus_pod(s: &[u8]) -> Option<PodParts<'_>> {
    let inner = if let Some(end) = find!(s, b"]: error adding container to network") {
        let open = memchr::memrchr(b'[', &s[..end])?;
        &s[open + 1..end]
    } else {
        let at = find!(s, b"Multus: [")? + 9;
        let end = memchr::memchr(b']', &s[at..])? + at;
        &s[at..end]
    };
    let inner = match memchr::memchr(b':', inner) {
        Some(c) => &inner[..c],
        None => inner,
    };
    let mut parts = inner.splitn(3, |&b| b == b'/');
    let (ns, name) = (parts.next()?, parts.next()?);
    let uid = parts.next();
    if !(is_label(ns) && is_name(name)) || uid.is_some_and(|u| !is_uid(u)) {
        return None;
    }
    Some((Some(ns), Some(name), uid))
}

/// Pod `"name"` / `(UID: "uid")` for volume messages, with optional escaping.
fn find_pod_uid_paren(s: &[u8]) -> Option<(&[u8], &[u8])> {
    let finder = finder!(b"(UID: ");
    let mut from = 0;
    while let Some(off) = finder.find(&s[from..]) {
        let at = from + off;
        from = at + 6;
        let uid = strip_quotes(take_until_any(&s[at + 6..], b")"));
        if !is_uid(uid) {
            continue;
        }
        // Backwards: `pod "name" ` before the parenthesis.
        let before = &s[..at];
        let before = before.strip_suffix(b" ").unwrap_or(before);
        let before = trim_quote_escapes_end(before);
        let mut start = before.len();
        while start > 0 && is_name_byte(before[start - 1]) {
            start -= 1;
        }
        let name = &before[start..];
        // Old volume messages put the uid where the name goes: `pod "uid" (UID: "uid")`.
        if is_name(name) && !is_uid(name) {
            return Some((name, uid));
        }
        return Some((&[], uid));
    }
    None
}

fn trim_quote_escapes_end(mut s: &[u8]) -> &[u8] {
    while let Some((&l, rest)) = s.split_last() {
        if l == b'"' || l == b'\\' {
            s = rest;
        } else {
            break;
        }
    }
    s
}

fn take_until_any<'a>(s: &'a [u8], stops: &[u8]) -> &'a [u8] {
    let end = s
        .iter()
        .position(|b| stops.contains(b) || *b == b' ')
        .unwrap_or(s.len());
    &s[..end]
}

/// `Name:x,Uid:y,Namespace:z` inside `&PodSandboxMetadata{…}`; a name that is no pod name (a
/// reporter's `<REDACTED>-…`) leaves the namespace and uid.
///
/// A line cut inside the braces (a terminal's width: `{Name:etcd-n1,Uid:f46d0ad2898a57ca`) keeps
/// the fields a comma closes, and its last field only if it is a whole uid: a cut name or
/// namespace may go on.
fn sandbox_metadata(s: &[u8]) -> Option<SandboxMeta<'_>> {
    let at = find!(s, b"PodSandboxMetadata{")?;
    let inner_start = at + b"PodSandboxMetadata{".len();
    let close = memchr::memchr(b'}', &s[inner_start..]);
    let end = close.map_or(s.len(), |e| inner_start + e);
    let inner = &s[inner_start..end];
    let (mut name, mut uid, mut ns) = (None, None, None);
    let mut fields = inner.split(|&b| b == b',').peekable();
    while let Some(field) = fields.next() {
        let cut = close.is_none() && fields.peek().is_none();
        if let Some(v) = field.strip_prefix(b"Name:") {
            name = (!cut).then_some(v);
        } else if let Some(v) = field.strip_prefix(b"Uid:") {
            uid = (!cut || is_uid(v)).then_some(v);
        } else if let Some(v) = field.strip_prefix(b"Namespace:") {
            ns = (!cut).then_some(v);
        }
    }
    let name = name.filter(|n| is_name(n));
    if close.is_some() {
        let (uid, ns) = (uid?, ns?);
        return (is_label(ns) && (name.is_some() || is_uid(uid))).then_some((
            name,
            Some(uid),
            Some(ns),
        ));
    }
    let ns = ns.filter(|n| is_label(n));
    (name.is_some() || uid.is_some_and(is_uid)).then_some((name, uid, ns))
}

/// containerd 2.x prints the same metadata as protobuf text: `RunPodSandbox for
/// name:\"web-0\"  uid:\"<uid>\"  namespace:\"prod\"  attempt:1`, `Sandbox config
/// metadata:{name:\"web-0\"  uid:\"<uid>\"  namespace:\"prod\"  attempt:1}`.
fn proto_sandbox_metadata(s: &[u8]) -> Option<PodParts<'_>> {
    let at = find!(s, b" uid:")?;
    let uid = quoted_after(&s[at..], finder!(b" uid:")).filter(|u| is_uid(u))?;
    let before = &s[at.saturating_sub(300)..at];
    let name = memmem::rfind(before, b"name:")
        .and_then(|n| quoted_after(&before[n..], finder!(b"name:")))
        .filter(|n| is_name(n));
    let after = &s[at..(at + 400).min(s.len())];
    let ns = quoted_after(after, finder!(b" namespace:")).filter(|n| is_label(n));
    Some((ns, name, Some(uid)))
}

/// The namespace of the ReplicaSet, Job, StatefulSet, DaemonSet or ReplicationController an
/// event is about, as an old `ObjectReference{…}` or a structured `object="ns/name" kind="…"`.
fn controller_namespace(s: &[u8]) -> Option<&[u8]> {
    const KINDS: [&[u8]; 5] = [
        b"ReplicaSet",
        b"Job",
        b"StatefulSet",
        b"DaemonSet",
        b"ReplicationController",
    ];
    if let Some(at) = find!(s, b"ObjectReference{Kind:") {
        let obj = &s[at..];
        let obj = &obj[..find!(obj, b"})").unwrap_or(obj.len().min(2048))];
        let kind = go_field(obj, finder!(b"Kind:"))?;
        return KINDS
            .contains(&kind)
            .then(|| go_field(obj, finder!(b"Namespace:")))
            .flatten()
            .filter(|n| is_label(n));
    }
    let kind = quoted_after(s, finder!(b" kind="))?;
    let object = quoted_after(s, finder!(b" object="))?;
    let slash = memchr::memchr(b'/', object)?;
    (KINDS.contains(&kind) && is_label(&object[..slash])).then_some(&object[..slash])
}

/// The CNI glue's `<ns>_<name>/<sandbox id>`.
fn cni_sandbox_ref(v: &[u8]) -> Option<NsName<'_>> {
    let slash = memchr::memchr(b'/', v)?;
    let (ns, name) = name_underscore_ns(&v[..slash])?;
    is_hex_id(&v[slash + 1..]).then_some((ns, name))
}

/// The pod of an e2e pod-table row: its name, the node, a phase, an optional grace period, then
/// the conditions (`[{…` or `[]`).
fn e2e_pod_row(v: &[u8]) -> Option<&[u8]> {
    let mut words = v
        .split(|&b| b == b' ' || b == b'\t')
        .filter(|w| !w.is_empty());
    let name = words.next().filter(|w| is_name(w))?;
    words.next().filter(|w| is_name(w))?;
    let phase = words.next()?;
    if !matches!(
        phase,
        b"Pending" | b"Running" | b"Succeeded" | b"Failed" | b"Unknown"
    ) {
        return None;
    }
    let next = words.next()?;
    let next = if next.starts_with(b"[") {
        next
    } else {
        words.next()?
    };
    (next.starts_with(b"[{") || next == b"[]").then_some(name)
}

/// A uid-valued `key=` token in free text (`podUID=…`, `podID=…`), quoted or not.
fn text_uid_key<'a>(s: &'a [u8], finder: &memmem::Finder<'_>) -> Option<&'a [u8]> {
    let key = finder.needle();
    let mut from = 0;
    while let Some(off) = finder.find(&s[from..]) {
        let at = from + off;
        from = at + key.len();
        if at > 0 && !matches!(s[at - 1], b' ' | b'"' | b'\\' | b',' | b'{' | b'(') {
            continue;
        }
        let v = strip_quotes(take_until_any(&s[from..], b",)}"));
        if is_uid(v) {
            return Some(v);
        }
    }
    None
}

/// The word at the start of `v` (up to its first space) when `next` follows it: `web-0` in
/// `web-0 to node-1` for `next` = `" to "`.
fn word_then<'a>(v: &'a [u8], next: &[u8]) -> Option<&'a [u8]> {
    let end = memchr::memchr(b' ', v).unwrap_or(v.len());
    v[end..].starts_with(next).then_some(&v[..end])
}

/// `name_namespace`: exactly one `_` (neither part may hold one), both parts valid.
fn name_underscore_ns(v: &[u8]) -> Option<(&[u8], &[u8])> {
    let us = memchr::memchr(b'_', v)?;
    let (name, ns) = (&v[..us], &v[us + 1..]);
    (memchr::memchr(b'_', ns).is_none() && is_name(name) && is_label(ns)).then_some((name, ns))
}

/// The quoted token right after `pat` (`"x"` or the escaped `\"x\"`).
fn quoted_after<'a>(s: &'a [u8], f: &memmem::Finder<'_>) -> Option<&'a [u8]> {
    let at = f.find(s)? + f.needle().len();
    let rest = &s[at..];
    let mut i = 0;
    while i < rest.len() && rest[i] == b'\\' {
        i += 1;
    }
    if rest.get(i) != Some(&b'"') {
        return None;
    }
    let inner = &rest[i + 1..];
    let end = inner
        .iter()
        .position(|&b| b == b'"' || b == b'\\')
        .unwrap_or(inner.len());
    Some(&inner[..end])
}

/// The runtime's own ways of naming a container or sandbox: containerd's CRI plugin
/// (`TaskOOM event &TaskOOM{ContainerID:…}`, `… returns container id "…"`, `StartContainer for
/// "…"`, `… returns sandbox id "…"`, `CreateContainer within sandbox "…"`) and the kubelet's
/// `docker://…`-style ids in `Killing container "…"`. Container ids before sandbox ids.
fn runtime_container_id(s: &[u8]) -> Option<&[u8]> {
    for f in [finder!(b"ContainerID:"), finder!(b"container_id:")] {
        let pat = f.needle();
        if let Some(at) = f.find(s) {
            let v = &s[at + pat.len()..];
            let v = strip_quotes(take_until_any(v, b",}\""));
            let v = if v.is_empty() {
                quoted_after(s, f).unwrap_or_default()
            } else {
                v
            };
            if let Some(id) = runtime_id(v) {
                return Some(id);
            }
        }
    }
    // dockerd's API log: `Handler for POST /containers/<id>/start returned error: …`.
    if let Some(at) = find!(s, b"/containers/") {
        let v = &s[at + 12..];
        let end = memchr::memchr(b'/', v).unwrap_or(v.len());
        if let Some(id) = runtime_id(&v[..end]) {
            return Some(id);
        }
    }
    for f in [
        finder!(b"returns container id "),
        finder!(b"StartContainer for "),
        finder!(b"StopContainer for "),
        finder!(b"RemoveContainer for "),
        finder!(b"Killing container "),
        finder!(b"returns sandbox id "),
        finder!(b"StopPodSandbox for "),
        finder!(b"RemovePodSandbox for "),
        finder!(b"CreateContainer within sandbox "),
    ] {
        if let Some(id) = quoted_after(s, f).and_then(|v| {
            // `Killing container "<id> <name> <ns>/<pod>"` (docker_manager.go) holds more.
            runtime_id(v.split(|&b| b == b' ').next().unwrap_or(v))
        }) {
            return Some(id);
        }
    }
    None
}

/// (namespace, name) of a pod.
type NsName<'a> = (&'a [u8], &'a [u8]);

/// docker_manager.go's `Killing container "<id> <container> <ns>/<pod>" with N second grace
/// period` (and `"<id> <container>"` when it had no pod).
fn docker_manager_kill(s: &[u8]) -> Option<(&[u8], Option<NsName<'_>>)> {
    // `Killing container "<id> app ns/pod" with 30 second grace period`, and `Container "<id> app
    // ns/pod" termination failed after 2m0s`.
    let v = quoted_after(s, finder!(b"Killing container "))
        .or_else(|| quoted_after(s, finder!(b"Container ")))?;
    let mut parts = v.split(|&b| b == b' ');
    let (_id, c) = (parts.next()?, parts.next()?);
    if !is_container(c) {
        return None;
    }
    let pod = parts.next().and_then(|p| {
        let slash = memchr::memchr(b'/', p)?;
        let (ns, name) = (&p[..slash], &p[slash + 1..]);
        (is_label(ns) && is_name(name)).then_some((ns, name))
    });
    Some((c, pod))
}

/// `for pod "ns"/"name"` (the volume manager's timeout message, `attach or mount for pod
/// %q/%q` with namespace then name since 1.7), quotes possibly escaped. The older `attach/mount
/// for pod %q/%q` changed its order between releases (name first up to 1.5, namespace first in
/// 1.6), so it names a pod only when the pair tells which is which: one of the two is a
/// namespace every cluster has (`"cassandra-0"/"default"`), or only one has the name a
/// ReplicaSet gives its pods (`"web-144976022-w7yhw"/"canary"`); otherwise the same line's
/// `name_ns(uid)` or uid does.
fn quoted_ns_slash_name(s: &[u8]) -> Option<(&[u8], &[u8])> {
    let (a, b) = quoted_pair_after_for_pod(s)?;
    let (ns, name) = if find!(s, b"attach/mount for pod").is_some() {
        // The first test that tells one of the two from the other: a namespace, then a pod's
        // name.
        let tells: [(NameTest, bool); 3] = [
            (known_namespace, true),
            (replicaset_pod_name, false),
            (generated_name, false),
        ];
        tells
            .iter()
            .find_map(|&(test, is_ns)| match (test(a), test(b)) {
                (true, false) => Some(if is_ns { (a, b) } else { (b, a) }),
                (false, true) => Some(if is_ns { (b, a) } else { (a, b) }),
                _ => None,
            })?
    } else {
        (a, b)
    };
    (is_label(ns) && is_name(name)).then_some((ns, name))
}

/// A `kubectl get events` row before 1.14 (`[NAMESPACE] LASTSEEN FIRSTSEEN COUNT NAME KIND …`,
/// columns padded by spaces): the NAME before a `Pod` KIND, and the namespace when the row starts
/// with one (`--all-namespaces`). Some releases print the event's own name there, the pod's
/// followed by `.` and the event's time in hex (`web-0.1561feba17057bdb`): the pod is the part
/// before it.
fn event_row_pod(s: &[u8]) -> Option<(Option<&[u8]>, &[u8])> {
    let at = find!(s, b"  Pod  ")?;
    let mut toks = s[..at]
        .split(|b| b.is_ascii_whitespace())
        .filter(|t| !t.is_empty())
        .rev();
    let name = strip_event_suffix(toks.next()?);
    let count = toks.next()?;
    let (first, last) = (toks.next()?, toks.next()?);
    let ns = toks.next();
    let age = |t: &[u8]| t == b"<invalid>" || t.first().is_some_and(u8::is_ascii_digit);
    if !is_name(name)
        || count.is_empty()
        || !count.iter().all(u8::is_ascii_digit)
        || !age(first)
        || !age(last)
        || toks.next().is_some()
    {
        return None;
    }
    let ns = match ns {
        Some(n) if is_label(n) && !age(n) => Some(n),
        Some(_) => return None,
        None => None,
    };
    Some((ns, name))
}

/// `kubectl get events -A` since 1.14 (`NAMESPACE  LAST SEEN  TYPE  REASON  OBJECT  MESSAGE`):
/// the first column, when the row has exactly those four before a `kind/name` object. The object
/// is the pod, or the ReplicaSet or Job whose `Created pod: …` names one in the same namespace.
///
/// A custom-columns listing that puts ` -- ` between the columns (`flux-system -- 0s -- Warning
/// -- Unhealthy -- pod/web-0 -- …`) reads the same.
fn all_namespaces_event_row(s: &[u8]) -> Option<&[u8]> {
    let mut toks = s
        .split(|b| b.is_ascii_whitespace())
        .filter(|t| !t.is_empty() && *t != b"--");
    let (ns, age, kind, _reason, object) = (
        toks.next()?,
        toks.next()?,
        toks.next()?,
        toks.next()?,
        toks.next()?,
    );
    let age_like = age == b"<unknown>" || age.first().is_some_and(u8::is_ascii_digit);
    (is_label(ns)
        && !ns.first().is_some_and(u8::is_ascii_digit)
        && age_like
        && (kind == b"Normal" || kind == b"Warning")
        && memchr::memchr(b'/', object).is_some())
    .then_some(ns)
}

/// `<object>.<hex UnixNano>`, an event's name (`fmt.Sprintf("%v.%x", ref.Name, t.UnixNano())`
/// in the kubelet's recorder): the object's name; any other name as it is.
fn strip_event_suffix(name: &[u8]) -> &[u8] {
    match memchr::memrchr(b'.', name) {
        Some(dot)
            if (15..=16).contains(&(name.len() - dot - 1))
                && name[dot + 1..]
                    .iter()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b)) =>
        {
            &name[..dot]
        }
        _ => name,
    }
}

/// containerd's CRI names: `failed to reserve container name "app_web-0_prod_<uid>_1"`
/// (`<container>_<pod>_<ns>_<uid>_<attempt>`), `… sandbox name "web-0_prod_<uid>_0"`, and the
/// same sandbox name where an id is made for it (`Generated id "<id>" for sandbox
/// "web-0_prod_<uid>_0"`).
fn containerd_reserved_name(s: &[u8]) -> Option<Parts<'_>> {
    let (v, sandbox) = match quoted_after(s, finder!(b"reserve container name ")) {
        Some(v) => (v, false),
        None => match quoted_after(s, finder!(b"reserve sandbox name ")) {
            Some(v) => (v, true),
            None => match quoted_after(s, finder!(b"for sandbox ")) {
                Some(v) => (v, true),
                // containerd 2.x: `generated id for sandbox name "web-0_prod_<uid>_1"`.
                None => (quoted_after(s, finder!(b"for sandbox name "))?, true),
            },
        },
    };
    let parts: Vec<&[u8]> = v.split(|&b| b == b'_').collect();
    let (c, rest) = match (sandbox, parts.len()) {
        (false, 5) => (Some(parts[0]), &parts[1..]),
        (true, 4) => (None, &parts[..]),
        _ => return None,
    };
    let (name, ns, uid, attempt) = (rest[0], rest[1], rest[2], rest[3]);
    let ok = is_name(name)
        && is_label(ns)
        && is_uid(uid)
        && !attempt.is_empty()
        && attempt.iter().all(u8::is_ascii_digit)
        && c.is_none_or(is_container);
    ok.then_some((c, name, ns, uid))
}

type NameTest = fn(&[u8]) -> bool;

/// A namespace every cluster has, or one the e2e frameworks generate, whose prefix tells it
/// (`e2e-tests-kubectl-x7k2p`, OpenShift's `extended-test-mongodb-a41h3-f5b9t`).
fn known_namespace(v: &[u8]) -> bool {
    const KNOWN: [&[u8]; 4] = [
        b"default",
        b"kube-system",
        b"kube-public",
        b"kube-node-lease",
    ];
    KNOWN.contains(&v) || v.starts_with(b"e2e-tests-") || v.starts_with(b"extended-test-")
}

/// A name the API server generated (`generateName` plus five characters of apimachinery's
/// `utilrand` alphabet, which has no vowels: `web-6dltw`); a namespace is named by hand.
fn generated_name(v: &[u8]) -> bool {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    v.rsplit(|&b| b == b'-').next().is_some_and(|r| {
        r.len() == 5 && r.len() < v.len() && r.iter().all(|b| ALPHABET.contains(b))
    })
}

/// `<base>-<template hash>-<5 random>`: a ReplicaSet's pod name (the hash 6 to 10 lower-case
/// letters and digits with at least one digit, the random part 5 of them).
fn replicaset_pod_name(v: &[u8]) -> bool {
    let mut parts = v.rsplitn(3, |&b| b == b'-');
    let (Some(rand), Some(hash), Some(base)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let alnum = |p: &[u8]| {
        p.iter()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
    };
    !base.is_empty()
        && rand.len() == 5
        && alnum(rand)
        && (6..=10).contains(&hash.len())
        && alnum(hash)
        && hash.iter().any(u8::is_ascii_digit)
}

/// kubelet_pods.go: `Unable to retrieve pull secret %s/%s for %s/%s due to %v` (the pod is
/// the second pair).
fn pull_secret_pod(s: &[u8]) -> Option<(&[u8], &[u8])> {
    let at = find!(s, b"Unable to retrieve pull secret ")?;
    let rest = &s[at..];
    let f = find!(rest, b" for ")? + 5;
    let rest = &rest[f..];
    let end = find!(rest, b" due to")?;
    let v = &rest[..end];
    let slash = memchr::memchr(b'/', v)?;
    let (ns, name) = (&v[..slash], &v[slash + 1..]);
    (is_label(ns) && is_name(name)).then_some((ns, name))
}

/// CRI-O names a container `ns/pod/container` (`Creating container: ns/pod/c`, `Started
/// container <id>: ns/pod/c`, `description=ns/pod/c`), a pod `&{Name:… Namespace:… ID:… UID:…`
/// (`Got pod network`), and, to its CNI, `namespace_name` (`Adding pod ns_name to CNI network`).
fn crio_forms(s: &[u8]) -> Option<PodParts<'_>> {
    None.or_else(|| crio_triple(s))
        .or_else(|| crio_pod_network(s))
        .or_else(|| {
            for f in [finder!(b"Adding pod "), finder!(b"Deleting pod ")] {
                let pat = f.needle();
                if let Some(at) = f.find(s) {
                    let v = take_until_any(&s[at + pat.len()..], b"");
                    if find!(&s[at..], b"CNI network").is_some() {
                        let us = memchr::memchr(b'_', v)?;
                        let (ns, name) = (&v[..us], &v[us + 1..]);
                        if is_label(ns) && is_name(name) {
                            return Some((Some(ns), Some(name), None));
                        }
                    }
                }
            }
            None
        })
}

fn crio_triple(s: &[u8]) -> Option<PodParts<'_>> {
    for f in [finder!(b"container: "), finder!(b"description=")] {
        let pat = f.needle();
        let mut from = 0;
        while let Some(off) = f.find(&s[from..]) {
            let at = from + off + pat.len();
            from = at;
            let v = strip_quotes(take_until_any(&s[at..], b"\"\\"));
            let mut parts = v.split(|&b| b == b'/');
            let (Some(ns), Some(name), Some(c), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            if is_label(ns) && is_name(name) && is_container(c) {
                return Some((Some(ns), Some(name), Some(c)));
            }
        }
    }
    None
}

/// CRI-O's older messages name the container by id, then `ns/pod/container`: `Started container
/// <id>: prod/web-0/app`, `Stopped container <id>: prod/web-0/app`.
fn crio_id_triple(s: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    for f in [
        finder!(b"Stopped container "),
        finder!(b"Started container "),
        finder!(b"Created container "),
        finder!(b"Removed container "),
    ] {
        let Some(at) = f.find(s) else { continue };
        let v = &s[at + f.needle().len()..];
        let id = v.iter().take_while(|b| b.is_ascii_hexdigit()).count();
        if id < 12 || !v[id..].starts_with(b": ") {
            continue;
        }
        let v = strip_quotes(take_until_any(&v[id + 2..], b"\"\\"));
        let mut parts = v.split(|&b| b == b'/');
        if let (Some(ns), Some(name), Some(c), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        {
            if is_label(ns) && is_name(name) && is_container(c) {
                return Some((ns, name, c));
            }
        }
    }
    None
}

fn crio_pod_network(s: &[u8]) -> Option<PodParts<'_>> {
    let at = find!(s, b"&{Name:")?;
    let v = &s[at + 2..];
    let v = &v[..memchr::memchr(b'}', v).unwrap_or(v.len()).min(512)];
    let field = |k: &memmem::Finder<'_>| -> Option<&[u8]> {
        let i = k.find(v)? + k.needle().len();
        Some(take_until_any(&v[i..], b""))
    };
    let name = field(finder!(b"Name:")).filter(|n| is_name(n))?;
    let ns = field(finder!(b" Namespace:")).filter(|n| is_label(n));
    let uid = field(finder!(b" UID:")).filter(|u| is_uid(u));
    Some((ns, Some(name), uid))
}

fn quoted_pair_after_for_pod(s: &[u8]) -> Option<(&[u8], &[u8])> {
    for f in [finder!(b"for pod \""), finder!(b"for pod \\\"")] {
        let pat = f.needle();
        let mut from = 0;
        while let Some(off) = f.find(&s[from..]) {
            let at = from + off + pat.len();
            from = at;
            let rest = &s[at..];
            let end = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\')
                .unwrap_or(rest.len());
            let ns = &rest[..end];
            let mut i = end;
            while i < rest.len() && (rest[i] == b'"' || rest[i] == b'\\') {
                i += 1;
            }
            if rest.get(i) != Some(&b'/') {
                continue;
            }
            let Some(name) = quoted_after(&rest[i..], finder!(b"/")) else {
                continue;
            };
            return Some((ns, name));
        }
    }
    None
}

fn from_text<'a>(s: &'a [u8], t: u64, a: &mut Attribution<'a>) {
    if s.is_empty() {
        return;
    }
    if a.container_id.is_none() && t & T_RUNTIME_ID != 0 {
        a.container_id = runtime_container_id(s);
    }
    if (a.container.is_none() || a.name.is_none()) && t & T_KILL != 0 {
        if let Some((c, pod)) = docker_manager_kill(s) {
            if a.container.is_none() {
                a.container = Some(c);
            }
            if let Some((ns, name)) = pod {
                a.set_pod(Some(ns), Some(name), None);
            }
        }
    }
    if a.name.is_none() && t & T_PULL_SECRET != 0 {
        if let Some((ns, name)) = pull_secret_pod(s) {
            a.set_pod(Some(ns), Some(name), None);
        }
    }
    if a.name.is_none() && t & T_CRIO != 0 {
        if let Some((ns, name, c)) = crio_forms(s) {
            // (namespace, name, container-or-uid): the triple form carries a container.
            if c.is_some_and(is_uid) {
                a.set_pod(ns, name, c);
            } else {
                a.set_pod(ns, name, None);
                if a.container.is_none() {
                    a.container = c;
                }
            }
        }
    }
    if a.name.is_none() || a.uid.is_none() || a.container.is_none() {
        if let Some(r) = find_name_ns_uid(s) {
            a.set_pod(r.ns, Some(r.name), r.uid);
            // `pod_ns(uid):container`, the old prober's way of naming a container.
            if a.container.is_none() && s.get(r.end) == Some(&b':') {
                if let Some(c) = container_token(&s[r.end + 1..]) {
                    a.container = Some(c);
                }
            }
        }
    }
    if (a.name.is_none() || a.uid.is_none()) && t & T_SANDBOX_META != 0 {
        if let Some((name, uid, ns)) = sandbox_metadata(s) {
            a.set_pod(ns, name, uid.filter(|u| is_uid(u)));
        }
    }
    if a.name.is_none() && t & T_SYNC_LOOP != 0 {
        // The sync loop's pods before 1.2 had no uid: `SyncLoop (ADD, "api"): "web-0_prod"`.
        if let Some(at) = find!(s, b"SyncLoop (") {
            if let Some(close) = find!(&s[at..], b"): ") {
                let v = quoted_after(&s[at + close..], finder!(b"): ")).unwrap_or_default();
                if let Some((name, ns)) = name_underscore_ns(v) {
                    a.set_pod(Some(ns), Some(name), None);
                }
            }
        }
    }
    if a.name.is_none() && t & T_CNI_ADD != 0 {
        // dockershim's CNI glue: `Error adding prod_web-0/<sandbox id> to network
        // calico/k8s-pod-network: …` (namespace first), and `Error deleting …` the same.
        // Its routine lines name the pod the same way, before ` to network ` (`Adding
        // prod_web-0/<sandbox id> to network flannel/vxlan0 netns "none"`, `Added prod_web-0/<id>
        // to network vxlan0: IP4:{…}`).
        let to_network = find!(s, b" to network ").map(|at| {
            let before = &s[..at];
            &before[memchr::memrchr(b' ', before).map_or(0, |p| p + 1)..]
        });
        let after = |f: &memmem::Finder<'_>| {
            f.find(s)
                .map(|at| take_until_any(&s[at + f.needle().len()..], b""))
        };
        let refs = [
            after(finder!(b"Error adding ")),
            after(finder!(b"Error deleting ")),
            to_network,
        ];
        if let Some((ns, name)) = refs.into_iter().flatten().find_map(cni_sandbox_ref) {
            a.set_pod(Some(ns), Some(name), None);
        }
    }
    if a.name.is_none() && t & (T_CRIO_ID | T_CONTAINER_EVENT) != 0 {
        if let Some((ns, name, c)) = crio_id_triple(s) {
            a.set_pod(Some(ns), Some(name), None);
            if a.container.is_none() {
                a.container = Some(c);
            }
        }
    }
    if a.name.is_none() && a.uid.is_none() && t & T_PROTO_META != 0 {
        if let Some((ns, name, uid)) = proto_sandbox_metadata(s) {
            a.set_pod(ns, name, uid);
        }
    }
    if (a.name.is_none() || a.uid.is_none()) && t & T_UID_PAREN != 0 {
        if let Some((name, uid)) = find_pod_uid_paren(s) {
            if a.name.is_none() && !name.is_empty() {
                a.name = Some(name);
            }
            if a.uid.is_none() {
                a.uid = Some(uid);
            }
        }
    }
    if (a.name.is_none() || a.uid.is_none()) && t & T_OBJECT_REF != 0 {
        // Events logged by older kubelets: `Event(v1.ObjectReference{Kind:"Pod", Namespace:"ns",
        // Name:"pod", UID:"uid", …, FieldPath:"spec.containers{app}"})`. Only a Pod's reference
        // names a pod (a Node's event must stay node-level).
        if let Some((ns, name, uid, c)) = object_reference(s) {
            a.set_pod(ns, Some(name), uid);
            if a.container.is_none() {
                a.container = c;
            }
        }
    }
    if a.name.is_none() || a.uid.is_none() {
        // Docker container names `k8s_<container>_<pod>_<ns>_<uid>_<attempt>` and CRI log paths
        // `/var/log/pods/<ns>_<pod>_<uid>/<container>/`.
        let named = (t & T_DOCKER_NAME != 0).then(|| docker_name(s)).flatten();
        let pathed = || (t & T_LOG_PATH != 0).then(|| pod_log_path(s)).flatten();
        if let Some((c, name, ns, uid)) = named.or_else(pathed) {
            a.set_pod(Some(ns), Some(name), Some(uid));
            if a.container.is_none() {
                a.container = c;
            }
        }
    }
    if a.uid.is_none() && t & T_SLICE != 0 {
        // cgroupfs paths `/kubepods/burstable/pod<uid>/…` (cAdvisor's OOM lines).
        a.uid = cgroup_pod_uid(s).or_else(|| static_slice_pod_uid(s));
        if a.uid.is_none() {
            a.slice_uid = slice_pod_uid(s);
        }
    }
    if a.uid.is_none() {
        // empty_dir.go and its kin, whose message starts with the pod's uid: `pod <uid>: mounting
        // tmpfs for volume …`.
        if let Some(v) = s.strip_prefix(b"pod ") {
            let v = take_until_any(v, b":");
            if is_uid(v) && s.get(4 + v.len()) == Some(&b':') {
                a.uid = Some(v);
            }
        }
    }
    if a.uid.is_none() && a.slice_uid.is_none() && t & T_POD_DIR != 0 {
        // The pod's directory `/var/lib/kubelet/pods/<uid>/…` (volume plugins), and
        // `marking pod termination "<uid>"`.
        for f in [
            finder!(b"/var/lib/kubelet/pods/"),
            // KubeEdge's edged (the kubelet on an edge node) keeps them under its own root.
            finder!(b"/var/lib/edged/pods/"),
            // kubelet.go (≤1.3): `Orphaned volume "<uid>/<volume>" found, tearing down volume`.
            finder!(b"Orphaned volume "),
            finder!(b"pod termination "),
            finder!(b"pending termination "),
        ] {
            let pat = f.needle();
            if let Some(at) = f.find(s) {
                let v = strip_quotes(take_until_any(&s[at + pat.len()..], b"/\"\\:"));
                let v = if v.is_empty() {
                    // `"<uid>"`, or `"<uid>/<volume>"`.
                    quoted_after(s, f).map_or(&[][..], |q| take_until_any(q, b"/"))
                } else {
                    v
                };
                if is_uid(v) {
                    a.uid = Some(v);
                    break;
                }
            }
        }
    }
    if a.uid.is_none() && t & T_FOR_QUOTE != 0 {
        // `failed to "KillPodSandbox" for "<uid>"`.
        for f in [finder!(b" for \""), finder!(b" for \\\"")] {
            let pat = f.needle();
            if let Some(at) = f.find(s) {
                let v = strip_quotes(take_until_any(&s[at + pat.len()..], b"\"\\"));
                if is_uid(v) {
                    a.uid = Some(v);
                    break;
                }
            }
        }
    }
    if a.uid.is_none() && t & T_SYNC != 0 {
        // `Error syncing pod <uid>, skipping` / `Error syncing pod <uid> ("name_ns(uid)")`.
        if let Some(at) = find!(s, b"Error syncing pod ") {
            let v = take_until_any(&s[at + 18..], b",(");
            if is_uid(v) {
                a.uid = Some(v);
            }
        }
    }
    if a.uid.is_none() && t & T_UID_KEY != 0 {
        a.uid = text_uid_key(s, finder!(b"podUID="))
            .or_else(|| text_uid_key(s, finder!(b"podID=")))
            .or_else(|| text_uid_key(s, finder!(b"pod_uid=")))
            // The status manager's `syncPod in syncbatch. pod UID: "<uid>"`.
            .or_else(|| text_uid_key(s, finder!(b"pod UID: ")))
            // The scheduler's cache: `AssumePod failed: pod <uid> is in the cache`.
            .or_else(|| text_uid_key(s, finder!(b"AssumePod failed: pod ")))
            // The volume reconciler: `(pod.UID <uid>, volume.SpecName data)`, `(PID: <uid>)`.
            .or_else(|| text_uid_key(s, finder!(b"pod.UID ")))
            .or_else(|| text_uid_key(s, finder!(b"(PID: ")));
    }
    if a.namespace.is_none() && t & T_POD_EQ != 0 {
        // Free-text `pod="ns/name"` (a structured pair after a header-less line, or printed
        // inside another message). Only taken when it agrees with a name already found.
        let finder = finder!(b"pod=");
        let mut from = 0;
        while let Some(off) = finder.find(&s[from..]) {
            let at = from + off;
            from = at + 4;
            if at > 0 && !matches!(s[at - 1], b' ' | b'"' | b'\\') {
                continue;
            }
            let v = take_until_any(&s[at + 4..], b",)}");
            if let Some((Some(ns), Some(name), uid)) = parse_pod_value(v) {
                if a.name.is_none() || a.name == Some(name) {
                    a.set_pod(Some(ns), Some(name), uid);
                    break;
                }
            } else if a.name.is_none()
                && ((at + 4 + v.len() == s.len() && v.ends_with(b">"))
                    || memchr::memchr(b'*', v).is_some())
            {
                // journalctl's pager cut the line in the name (`pod="kube-system/nginx-proxy-n1>`),
                // or a reporter masked it (`pod="prod/web-***"`): the namespace before the slash
                // is whole, the name is not.
                let v = strip_quotes(v);
                if let Some(ns) = memchr::memchr(b'/', v)
                    .map(|i| &v[..i])
                    .filter(|n| is_label(n))
                {
                    a.namespace = Some(ns);
                    break;
                }
            }
        }
    }
    if (a.name.is_none() || a.uid.is_none()) && t & T_POD_QUOTE != 0 {
        // `pod "name"` / `for pod "uid"` (quotes possibly escaped).
        for f in [finder!(b"pod \""), finder!(b"pod \\\"")] {
            let pat = f.needle();
            if let Some(at) = f.find(s) {
                let v = &s[at + pat.len()..];
                let end = v
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\')
                    .unwrap_or(v.len());
                let v = &v[..end];
                // `for pod "a"/"b"`: a namespace/name pair whose order changed between
                // releases (see `quoted_ns_slash_name`), not a pod name.
                let pair = {
                    let mut i = end;
                    let rest = &s[at + pat.len()..];
                    while i < rest.len() && (rest[i] == b'"' || rest[i] == b'\\') {
                        i += 1;
                    }
                    rest.get(i) == Some(&b'/')
                };
                if pair {
                    break;
                }
                if is_uid(v) {
                    if a.uid.is_none() {
                        a.uid = Some(v);
                    }
                } else if is_name(v) && a.name.is_none() {
                    a.name = Some(v);
                } else if let Some((name, ns)) = name_underscore_ns(v) {
                    // The pod's full name `name_namespace` (older kubelets' GetPodFullName:
                    // `Unable to mount volumes for pod "web-0_prod": …`).
                    a.set_pod(Some(ns), Some(name), None);
                } else if let Some((name, ns)) = v
                    .strip_suffix(b")")
                    .and_then(|v| v.split(|&b| b == b'(').next())
                    .and_then(name_underscore_ns)
                {
                    // `name_ns(<redacted uid>)`: the full name holds whatever the parentheses do.
                    a.set_pod(Some(ns), Some(name), None);
                }
                break;
            }
        }
    }
    if a.uid.is_none() && t & T_PLEG_EVENT != 0 {
        // The sync loop's PLEG event: `event=&{ID:<pod uid> Type:ContainerDied Data:…}`, and
        // as structured logging prints it, `event={"ID":"<pod uid>","Type":"ContainerDied",…}`.
        if let Some(at) = find!(s, b"event=&{ID:") {
            let v = take_until_any(&s[at + 11..], b" ,}");
            if is_uid(v) {
                a.uid = Some(v);
            }
        } else if let Some(at) = find!(s, b"event={\"ID\":\"") {
            let v = take_until_any(&s[at + 13..], b"\"");
            if is_uid(v) {
                a.uid = Some(v);
            }
        }
        // The PLEG's own transitions: `GenericPLEG: <pod uid>/<container id>: running -> exited`.
        if let Some(at) = find!(s, b"GenericPLEG: ") {
            let v = take_until_any(&s[at + 13..], b"/:");
            if is_uid(v) {
                a.uid = Some(v);
            }
        }
    }
    if a.name.is_none() && t & T_POD_VOLUME != 0 {
        // atomic_writer.go: `pod <ns>/<name> volume <volume>: performed write of new data …`.
        let finder = finder!(b"pod ");
        let mut from = 0;
        while let Some(off) = finder.find(&s[from..]) {
            let at = from + off + 4;
            from = at;
            let Some(w) = word_then(&s[at..], b" volume ") else {
                continue;
            };
            if let Some((Some(ns), Some(name), None)) = parse_pod_value(w) {
                a.set_pod(Some(ns), Some(name), None);
                break;
            }
        }
    }
    if a.name.is_none() && t & T_ASSIGNED != 0 {
        // The scheduler's event: `Successfully assigned <ns>/<pod> to <node>` (before 1.12
        // without the namespace).
        if let Some(at) = find!(s, b"Successfully assigned ") {
            if let Some((ns, name, uid)) =
                word_then(&s[at + 22..], b" to ").and_then(parse_pod_value)
            {
                a.set_pod(ns, name, uid);
            }
        }
    }
    if (a.name.is_none() || a.uid.is_none()) && t & T_CNI_ARGS != 0 {
        // The CNI arguments a runtime or plugin logs: `K8S_POD_NAMESPACE=ns;K8S_POD_NAME=pod;
        // K8S_POD_INFRA_CONTAINER_ID=…;K8S_POD_UID=uid`.
        let arg = |f: &memmem::Finder<'_>| -> Option<&'a [u8]> {
            let at = f.find(s)? + f.needle().len();
            Some(take_until_any(&s[at..], b";\\\" ,"))
        };
        let name = arg(finder!(b"K8S_POD_NAME=")).filter(|n| is_name(n));
        let ns = arg(finder!(b"K8S_POD_NAMESPACE=")).filter(|n| is_label(n));
        let uid = arg(finder!(b"K8S_POD_UID=")).filter(|u| is_uid(u));
        if name.is_some() && (a.name.is_none() || a.name == name) {
            a.set_pod(ns, name, uid);
        }
    }
    if a.name.is_none() && t & T_POD_SLASH != 0 {
        // `kubectl get events`' object column: `pod/web-0   Startup probe failed: …`.
        // Some event sources print the kind capitalised (`Pod/web-0`).
        if let Some(at) = find!(s, b" pod/")
            .or_else(|| find!(s, b" Pod/"))
            .or_else(|| find!(s, b"[Pod/"))
            .or_else(|| find!(s, b"[pod/"))
        {
            let v = &s[at + 5..];
            let end = v
                .iter()
                .position(|&b| b.is_ascii_whitespace() || (s[at] == b'[' && b == b']'))
                .unwrap_or(v.len());
            if end < v.len() && is_name(&v[..end]) {
                a.name = Some(&v[..end]);
            }
        }
    }
    if a.name.is_none() && t & T_POD_BAR != 0 {
        if let Some(at) = find!(s, b" - Pod|") {
            a.name = word_then(&s[at + 7..], b" - ").filter(|n| is_name(n));
        }
    }
    if a.namespace.is_none() && t & T_POD_QUOTE != 0 {
        // `network for pod "web-0": … failed to set up pod "web-0_prod" network`: a later
        // full name of the same pod gives its namespace.
        if let Some(name) = a.name {
            'find: for f in [finder!(b"pod \""), finder!(b"pod \\\"")] {
                let mut from = 0;
                while let Some(off) = f.find(&s[from..]) {
                    let at = from + off + f.needle().len();
                    from = at;
                    let v = &s[at..];
                    let end = v
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\')
                        .unwrap_or(v.len());
                    if let Some((n, ns)) = name_underscore_ns(&v[..end]) {
                        if n == name {
                            a.namespace = Some(ns);
                            break 'find;
                        }
                    }
                }
            }
        }
    }
    if a.name.is_none() && t & T_MULTUS != 0 {
        if let Some((ns, name, uid)) = multus_pod(s) {
            a.set_pod(ns, name, uid);
        }
    }
    if a.name.is_none() && t & T_PAIR != 0 {
        if let Some((ns, name)) = quoted_ns_slash_name(s) {
            a.set_pod(Some(ns), Some(name), None);
        }
    }
    if a.name.is_none() && t & T_NET_STATUS != 0 {
        // dockershim: `Couldn't find network status for prod/web-0 through plugin: …`.
        if let Some(at) = find!(s, b"network status for ") {
            let w = word_then(&s[at + 19..], b" through plugin");
            if let Some((Some(ns), Some(name), _)) = w.and_then(parse_pod_value) {
                a.set_pod(Some(ns), Some(name), None);
            }
        }
    }
    if (a.name.is_none() || a.uid.is_none()) && t & T_POD_STATUS != 0 {
        // The PLEG's status dump `&container.PodStatus{ID:"<uid>", Name:"web-0",
        // Namespace:"prod", …}` and its event `&pleg.PodLifecycleEvent{ID:"<uid>", …}`.
        for f in [finder!(b"PodStatus{ID:"), finder!(b"PodLifecycleEvent{ID:")] {
            if let Some(at) = f.find(s) {
                let obj = &s[at..];
                let obj = &obj[..memchr::memchr(b'}', obj).unwrap_or(obj.len())];
                let uid = go_field(obj, f).filter(|u| is_uid(u));
                let name = go_field(obj, finder!(b" Name:")).filter(|n| is_name(n));
                let ns = go_field(obj, finder!(b" Namespace:")).filter(|n| is_label(n));
                if name.is_some() {
                    a.set_pod(ns, name, uid);
                } else if a.uid.is_none() {
                    a.uid = uid;
                }
                break;
            }
        }
    }
    if a.name.is_none() && t & T_FOR_POD != 0 {
        // `… for pod ns/name` unquoted (the kubelet's traces: `"Calculate volume metrics of
        // data for pod prod/web-0" (…)`).
        let f = finder!(b" for pod ");
        let mut from = 0;
        while let Some(off) = f.find(&s[from..]) {
            let at = from + off + 9;
            from = at;
            let v = take_until_any(&s[at..], b"\"\\:,)");
            if let Some((Some(ns), Some(name), None)) = parse_pod_value(v) {
                if memchr::memchr(b'/', v).is_some() {
                    // generic.go before structured logging printed this one name first: `PLEG:
                    // Ignoring events for pod web-0/prod: …` (`pod.Name, pod.Namespace`).
                    if s[..at - 9].ends_with(b"Ignoring events") {
                        if is_label(name) && is_name(ns) {
                            a.set_pod(Some(name), Some(ns), None);
                        }
                    } else {
                        a.set_pod(Some(ns), Some(name), None);
                    }
                    break;
                }
            }
        }
    }
    if a.name.is_none() && t & T_POD_PAREN != 0 {
        // The CPU and memory managers: `reconcileState: failed to add container (pod: web-0,
        // container: app, container id: …)`.
        if let Some(at) = find!(s, b"(pod: ") {
            let v = &s[at + 6..];
            let v = &v[..memchr::memchr2(b',', b')', v).unwrap_or(v.len())];
            if let Some((ns, Some(name), uid)) = parse_pod_value(v) {
                a.set_pod(ns, Some(name), uid);
            }
        }
    }
    if a.name.is_none() && t & T_PROBE_FOR != 0 {
        // The prober before 1.2: `Liveness probe for "web-0_prod:app" failed (failure): …` (the
        // full name and the container, no uid).
        if let Some(v) = quoted_after(s, finder!(b"probe for ")) {
            if let Some(colon) = memchr::memrchr(b':', v) {
                if let Some((name, ns)) = name_underscore_ns(&v[..colon]) {
                    a.set_pod(Some(ns), Some(name), None);
                    if a.container.is_none() && is_container(&v[colon + 1..]) {
                        a.container = Some(&v[colon + 1..]);
                    }
                }
            }
        }
    }
    if a.name.is_none() && t & T_WITH_CNI != 0 {
        // kubenet: `Removing ns/name from 'kubenet-loopback' with CNI 'loopback' plugin`, and
        // `Adding ns/name to 'cbr0' with CNI 'bridge' plugin`.
        for (f, next) in [
            (finder!(b"Removing "), &b" from '"[..]),
            (finder!(b"Adding "), &b" to '"[..]),
        ] {
            if let Some(at) = f.find(s) {
                let w = word_then(&s[at + f.needle().len()..], next)
                    .filter(|w| memchr::memchr(b'/', w).is_some());
                if let Some((Some(ns), Some(name), None)) = w.and_then(parse_pod_value) {
                    a.set_pod(Some(ns), Some(name), None);
                    break;
                }
            }
        }
    }
    if a.name.is_none() && t & T_CREATED_POD != 0 {
        // A ReplicaSet's or Job's SuccessfulCreate event: `Created pod: web-7c94f74fd6-9n6t7`.
        if let Some(at) = find!(s, b"Created pod: ") {
            let v = take_until_any(&s[at + 13..], b"\t\r\n\x0c\"\\'");
            if is_name(v) {
                a.name = Some(v);
                // The controller's namespace is its pod's (`Event(v1.ObjectReference{Kind:"Job",
                // Namespace:"prod", …}): … Created pod: web-0`, `"Event occurred"
                // object="prod/batch" kind="Job" … message="Created pod: web-0"`).
                if a.namespace.is_none() {
                    a.namespace = controller_namespace(s);
                }
            }
        }
        // A StatefulSet's: `create Pod web-0 in StatefulSet web successful` (and `delete Pod …`,
        // `… failed error: …`).
        if let Some(at) = find!(s, b" in StatefulSet ") {
            let before = &s[..at];
            if let Some(p) = memmem::rfind(before, b" Pod ") {
                let v = &before[p + 5..];
                if is_name(v) {
                    a.name = Some(v);
                }
            }
        }
    }
    if a.name.is_none() && t & T_E2E_POD != 0 {
        // The e2e framework's pod table (`POD  NODE  PHASE  GRACE  CONDITIONS`): `INFO: web-0
        // node-1  Running  [{Initialized True …}]`; the phase and the conditions' bracket
        // make it a row, not any `INFO: ` line.
        if let Some(at) = find!(s, b"INFO: ") {
            a.name = e2e_pod_row(&s[at + 6..]);
        }
    }
    if a.name.is_none() && t & T_PROJECTED != 0 {
        // projected.go: `Error preparing data for projected volume <v> for pod <ns>/<name>: …`.
        if let Some(at) = find!(s, b"for projected volume ") {
            let v = &s[at + 21..];
            if let Some(p) = memmem::find(v, b" for pod ") {
                let v = take_until_any(&v[p + 9..], b":");
                if let Some((Some(ns), Some(name), _)) = parse_pod_value(v) {
                    a.set_pod(Some(ns), Some(name), None);
                }
            }
        }
    }
    if a.name.is_none() && t & T_RESERVE != 0 {
        if let Some((c, name, ns, uid)) = containerd_reserved_name(s) {
            a.set_pod(Some(ns), Some(name), Some(uid));
            if a.container.is_none() {
                a.container = c;
            }
        }
    }
    if a.name.is_none() && t & T_FOR_QUOTE != 0 {
        // A pod's full name that a terminal or pager cut (`failed to \"CreatePodSandbox\" for
        // \"kube-scheduler-n1_kube-system(241bec>`, `… for \"kube-apiserver-n1_kube`): the name
        // before the `_` is whole, and the namespace when a `(` follows it.
        for f in [finder!(b" for \""), finder!(b" for \\\"")] {
            let Some(at) = memmem::rfind(s, f.needle()) else {
                continue;
            };
            let v = &s[at + f.needle().len()..];
            let v = v.strip_suffix(b">").unwrap_or(v);
            if v.iter().any(|&b| matches!(b, b'"' | b'\\' | b' ' | b')')) {
                continue;
            }
            if let Some(us) = memchr::memchr(b'_', v) {
                let (name, rest) = (&v[..us], &v[us + 1..]);
                if is_name(name) {
                    let ns = memchr::memchr(b'(', rest)
                        .map(|p| &rest[..p])
                        .filter(|n| is_label(n));
                    a.set_pod(ns, Some(name), None);
                    break;
                }
            }
        }
    }
    if a.name.is_none() && t & T_FOR_QUOTE != 0 {
        // dockertools (≤1.5): `Need to restart pod infra container for "name_ns" because it is
        // not found`, the pod's full name without its uid.
        if let Some(at) = find!(s, b"pod infra container for ") {
            let v = strip_quotes(take_until_any(&s[at + 24..], b""));
            if let Some((name, ns)) = name_underscore_ns(v) {
                a.set_pod(Some(ns), Some(name), None);
            }
        }
    }
    if a.name.is_none() && t & T_EVENT_FOR != 0 {
        // The e2e framework's event dump: `event for web-0: {kubelet n1} Pulled: …`.
        if let Some(at) = find!(s, b"event for ") {
            let v = &s[at + 10..];
            let w = take_until_any(v, b":");
            if v.get(w.len()) == Some(&b':') {
                if let Some((ns, Some(name), uid)) = parse_pod_value(w) {
                    a.set_pod(ns, Some(name), uid);
                }
            }
        }
    }
    if a.name.is_none() && t & T_EVENT_ROW != 0 {
        if let Some((ns, name)) = event_row_pod(s) {
            a.set_pod(ns, Some(name), None);
        }
    }
    if a.name.is_none() && t & T_CNI_FIELDS != 0 {
        // A CNI plugin's own fields (linkerd-cni, Calico): `… Namespace="ns" Pod="name"`.
        let name = quoted_after(s, finder!(b" Pod=")).filter(|n| is_name(n));
        let ns = quoted_after(s, finder!(b" Namespace=")).filter(|n| is_label(n));
        if name.is_some() {
            a.set_pod(ns, name, None);
        }
    }
    if a.name.is_none() && t & T_NAME_ONLY != 0 {
        // KubeEdge's edged names a pod by its name in brackets (`worker [2] get pod addition
        // item [web-0]`, `restart pod [web-0]`, `Back-off consume pod [web-0] addition error`),
        // dockertools (≤1.5) in single quotes (`NetworkPlugin cni failed on the status hook for
        // pod 'web-0' - …`).
        for (f, close) in [
            (finder!(b"pod addition item ["), b']'),
            (finder!(b"restart pod ["), b']'),
            (finder!(b"consume pod ["), b']'),
            (finder!(b"status hook for pod '"), b'\''),
        ] {
            if let Some(at) = f.find(s) {
                let v = &s[at + f.needle().len()..];
                let name = &v[..memchr::memchr(close, v).unwrap_or(0)];
                if is_name(name) {
                    a.set_pod(None, Some(name), None);
                    break;
                }
            }
        }
        // status_manager.go: `Status update on pod ns/name aborted: terminated container app
        // attempted illegal transition to non-terminated state`.
        if a.name.is_none() {
            if let Some(at) = find!(s, b"Status update on pod ") {
                let w = word_then(&s[at + 21..], b" aborted");
                if let Some((Some(ns), Some(name), _)) = w.and_then(parse_pod_value) {
                    a.set_pod(Some(ns), Some(name), None);
                    if a.container.is_none() {
                        if let Some(c) = find!(s, b"terminated container ")
                            .and_then(|c| word_then(&s[c + 21..], b" attempted"))
                            .filter(|c| is_container(c))
                        {
                            a.container = Some(c);
                        }
                    }
                }
            }
        }
    }
    if a.name.is_some() && a.namespace.is_none() && t & T_EVENT_TYPE != 0 {
        a.namespace = all_namespaces_event_row(s);
    }
    if a.namespace.is_none() && t & T_PAIR != 0 {
        // A `for pod "a"/"b"` pair whose order the line does not tell (see
        // `quoted_ns_slash_name`), on a line that named the pod elsewhere (an event row's NAME
        // column): the other of the two is the namespace.
        if let (Some(name), Some((x, y))) = (a.name, quoted_pair_after_for_pod(s)) {
            let ns = if y == name {
                x
            } else if x == name {
                y
            } else {
                b""
            };
            if is_label(ns) {
                a.namespace = Some(ns);
            }
        }
    }
    if a.container.is_none() {
        a.container = text_container(s, t);
    }
}

type RefParts<'a> = (
    Option<&'a [u8]>,
    &'a [u8],
    Option<&'a [u8]>,
    Option<&'a [u8]>,
);

/// The value of `Key:"v"` (or `Key:\"v\"`) inside `obj`.
fn go_field<'a>(obj: &'a [u8], key: &memmem::Finder<'_>) -> Option<&'a [u8]> {
    let at = key.find(obj)? + key.needle().len();
    let v = &obj[at..];
    let mut i = 0;
    while i < v.len() && (v[i] == b'"' || v[i] == b'\\') {
        i += 1;
    }
    let end = v[i..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b == b',' || b == b'}')
        .map_or(v.len(), |e| i + e);
    Some(&v[i..end])
}

fn object_reference(s: &[u8]) -> Option<RefParts<'_>> {
    let at = find!(s, b"ObjectReference{Kind:")?;
    let obj = &s[at..];
    let end = find!(obj, b"})").unwrap_or(obj.len().min(2048));
    let obj = &obj[..end];
    let kind = go_field(obj, finder!(b"Kind:"))?;
    if kind != b"Pod" && kind != b"BoundPod" {
        return None;
    }
    let name = go_field(obj, finder!(b" Name:")).filter(|n| is_name(n))?;
    let ns = go_field(obj, finder!(b"Namespace:")).filter(|n| is_label(n));
    let uid = go_field(obj, finder!(b"UID:")).filter(|u| is_uid(u));
    let c = go_field(obj, finder!(b"FieldPath:"))
        .and_then(|f| {
            f.strip_prefix(b"spec.containers{")
                .or_else(|| f.strip_prefix(b"spec.initContainers{"))
        })
        .map(|f| f.strip_suffix(b"}").unwrap_or(f))
        .filter(|c| is_container(c));
    Some((ns, name, uid, c))
}

type Parts<'a> = (Option<&'a [u8]>, &'a [u8], &'a [u8], &'a [u8]);

/// `k8s_<container>_<pod>_<ns>_<uid>_<attempt>` (dockershim / cri-dockerd container names).
fn docker_name(s: &[u8]) -> Option<Parts<'_>> {
    let finder = finder!(b"k8s_");
    let mut from = 0;
    while let Some(off) = finder.find(&s[from..]) {
        let at = from + off;
        from = at + 4;
        if at > 0 && (s[at - 1].is_ascii_alphanumeric() || s[at - 1] == b'_') {
            continue;
        }
        let rest = &s[at + 4..];
        let end = rest
            .iter()
            .position(|&b| !(is_name_byte(b) || b == b'_'))
            .unwrap_or(rest.len());
        let mut parts = rest[..end].split(|&b| b == b'_');
        let (Some(a), Some(b), Some(c), d) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        // `k8s_<container>_<pod>_<ns>_<uid>_<attempt>` (a container), and the CNI's
        // `k8s_<pod>_<ns>_<uid>_<attempt>` (a pod's network sandbox). Before 1.5 dockertools put
        // the container's hash after its name (`k8s_POD.6d00e006_web-0_prod_<uid>_93463dbf`).
        let a = match memchr::memchr(b'.', a) {
            Some(dot) if dot + 1 < a.len() && a[dot + 1..].iter().all(u8::is_ascii_hexdigit) => {
                &a[..dot]
            }
            _ => a,
        };
        if let Some(uid) = d.filter(|u| is_uid(u)) {
            if is_container(a) && is_name(b) && is_label(c) {
                return Some((Some(a), b, c, uid));
            }
        }
        if is_uid(c) && is_name(a) && is_label(b) {
            return Some((None, a, b, c));
        }
    }
    None
}

/// `/var/log/pods/<ns>_<pod>_<uid>/<container>/…`.
fn pod_log_path(s: &[u8]) -> Option<Parts<'_>> {
    let f = finder!(b"/var/log/pods/");
    let at = f.find(s)? + f.needle().len();
    let rest = &s[at..];
    let end = rest
        .iter()
        .position(|&b| !(is_name_byte(b) || b == b'_' || b == b'/'))
        .unwrap_or(rest.len());
    let mut segs = rest[..end].split(|&b| b == b'/');
    let dir = segs.next()?;
    let mut parts = dir.split(|&b| b == b'_');
    let (ns, name, uid) = (parts.next()?, parts.next()?, parts.next()?);
    let c = segs.next().filter(|c| is_container(c));
    (is_label(ns) && is_name(name) && is_uid(uid)).then_some((c, name, ns, uid))
}

/// The pod uid in a systemd-driver slice name, `kubepods[-<qos>]-pod<uid with _>.slice`, with
/// its `_` turned back into `-`.
fn slice_pod_uid(s: &[u8]) -> Option<[u8; 36]> {
    let at = find!(s, b"kubepods")?;
    let rest = &s[at..];
    let p = find!(rest, b"-pod")? + 4;
    let v = rest.get(p..p + 36)?;
    if !rest[p + 36..].starts_with(b".slice") {
        return None;
    }
    let mut out = [0u8; 36];
    for (i, (&b, o)) in v.iter().zip(out.iter_mut()).enumerate() {
        *o = match (i, b) {
            (8 | 13 | 18 | 23, b'_') => b'-',
            (8 | 13 | 18 | 23, _) => return None,
            (_, b) if b.is_ascii_hexdigit() => b,
            _ => return None,
        };
    }
    Some(out)
}

/// A static pod's uid in a slice name: the hash of its manifest, 32 hex digits with no `-` to
/// rewrite (`kubepods-burstable-pod8e779aed1ac7a1b1abb40cebe0702d32.slice`).
fn static_slice_pod_uid(s: &[u8]) -> Option<&[u8]> {
    let at = find!(s, b"kubepods")?;
    let rest = &s[at..];
    let p = find!(rest, b"-pod")? + 4;
    let v = rest.get(p..p + 32)?;
    (rest[p + 32..].starts_with(b".slice") && v.iter().all(u8::is_ascii_hexdigit)).then_some(v)
}

/// The pod uid in a cgroupfs path: `…/pod<uid>/…` under `kubepods`.
fn cgroup_pod_uid(s: &[u8]) -> Option<&[u8]> {
    let at = find!(s, b"kubepods")?;
    let rest = &s[at..];
    let finder = finder!(b"/pod");
    let mut from = 0;
    while let Some(off) = finder.find(&rest[from..]) {
        let p = from + off + 4;
        from = p;
        let v = take_until_any(&rest[p..], b"/\"\\");
        if is_uid(v) {
            return Some(v);
        }
    }
    None
}

/// The container named between the last `prefix` before `end` and `end` (`Container app failed
/// liveness probe`, `init container app start failed in pod`).
fn container_before<'a>(s: &'a [u8], end: usize, prefix: &[u8]) -> Option<&'a [u8]> {
    let at = memmem::rfind(&s[..end], prefix)?;
    Some(&s[at + prefix.len()..end]).filter(|v| is_container(v))
}

fn text_container(s: &[u8], t: u64) -> Option<&[u8]> {
    // A structured line whose quotes a log shipper escaped (`{"message":"I1130 … \"Killing
    // container with a grace period\" … containerName=\"app\" …"}`): the pairs are text.
    if let Some(at) = (t & T_CONTAINER_NAME_KEY != 0)
        .then(|| find!(s, b"containerName=\\\""))
        .flatten()
    {
        if let Some(c) = container_token(&s[at + 14..]) {
            return Some(c);
        }
    }
    // The kubelet's Killing event: `Container app failed liveness probe, will be restarted`.
    if t & T_PROBE_KILL != 0 {
        for f in [
            finder!(b" failed liveness probe"),
            finder!(b" failed startup probe"),
            // `Container app definition changed, will be restarted`.
            finder!(b" definition changed"),
        ] {
            if let Some(c) = f
                .find(s)
                .and_then(|end| container_before(s, end, b"Container "))
            {
                return Some(c);
            }
        }
    }
    // kuberuntime_manager.go: `init container app start failed in pod web-0_prod(<uid>): …` (not
    // the spec dump `container &Container{Name:…} start failed in pod …`).
    if let Some(end) = (t & T_START_FAILED != 0)
        .then(|| find!(s, b" start failed in pod"))
        .flatten()
    {
        if let Some(c) = container_before(s, end, b"container ") {
            return Some(c);
        }
    }
    // `container "app" is unhealthy, it will be killed and re-created` (the quoted name right
    // before the words, however many spaces a console put after `container`).
    if let Some(end) = (t & T_UNHEALTHY != 0)
        .then(|| find!(s, b"\" is unhealthy"))
        .flatten()
    {
        if let Some(open) = memchr::memrchr(b'"', &s[..end]) {
            let v = &s[open + 1..end];
            if is_container(v) {
                return Some(v);
            }
        }
    }
    // The Killing event before 1.14 put the container's name where its id goes: `Killing
    // container with id docker://app:Need to kill Pod`.
    if let Some(at) = (t & T_KILL != 0)
        .then(|| find!(s, b"Killing container with id "))
        .flatten()
    {
        let v = &s[at + 26..];
        let v = memmem::find(v, b"://").map_or(v, |i| &v[i + 3..]);
        let end = v
            .iter()
            .position(|&b| b == b':' || b.is_ascii_whitespace())
            .unwrap_or(v.len());
        // Not an id before a message that names the container itself (`docker://<id>:pod
        // "web-0_prod(<uid>)" container "app" is unhealthy, …`).
        if v.get(end) == Some(&b':') && is_container(&v[..end]) && !v[end..].starts_with(b":pod ") {
            return Some(&v[..end]);
        }
    }
    // containerd's `&ContainerMetadata{Name:…}` and the kubelet's spec dump `container
    // &Container{Name:…,Image:…}`.
    if let Some(at) = (t & T_CONTAINER_META != 0)
        .then(|| find!(s, b"ContainerMetadata{Name:"))
        .flatten()
    {
        let v = take_until_any(&s[at + b"ContainerMetadata{Name:".len()..], b",}");
        if is_container(v) {
            return Some(v);
        }
    }
    if t & T_SPEC != 0 {
        if let Some(at) = find!(s, b"&Container{Name:") {
            let v = take_until_any(&s[at + b"&Container{Name:".len()..], b",}");
            if is_container(v) {
                return Some(v);
            }
        }
        // Events of kubelets before 1.2: `FieldPath:"implicitly required container POD"`.
        if find!(s, b"implicitly required container POD").is_some() {
            return Some(b"POD");
        }
    }
    // `failed to "StartContainer" for "app" with …` (escaped inside structured errors).
    let start_for = [
        finder!(b"StartContainer\" for "),
        finder!(b"StartContainer\\\" for "),
    ];
    for f in gated(t, T_START_FOR, &start_for) {
        let pat = f.needle();
        if let Some(at) = f.find(s) {
            if let Some(c) = container_token(&s[at + pat.len()..]) {
                return Some(c);
            }
        }
    }
    // An event's object path (`spec.containers{app}` in a describe row), and the kubelet's
    // `(pod: "web-0_prod(…)", container: app)`.
    if t & T_FIELD_PATH != 0 {
        for f in [
            finder!(b"spec.containers{"),
            finder!(b"spec.initContainers{"),
        ] {
            if let Some(at) = f.find(s) {
                let v = &s[at + f.needle().len()..];
                let end = memchr::memchr(b'}', v).unwrap_or(v.len());
                if is_container(&v[..end]) {
                    return Some(&v[..end]);
                }
            }
        }
        if let Some(at) = find!(s, b", container: ") {
            let v = take_until_any(&s[at + 13..], b"), ");
            if is_container(v) {
                return Some(v);
            }
        }
    }
    // The Created/Started events' message (`Created container app`, 1.14+), the last word of a
    // describe row; not the older `Created container with docker id …`.
    if t & T_CONTAINER_EVENT != 0 {
        for f in [
            finder!(b"Created container"),
            finder!(b"Started container"),
            finder!(b"Stopping container"),
        ] {
            if let Some(at) = f.find(s) {
                let v = &s[at + f.needle().len()..];
                // 1.33's event messages put a colon after the noun (`Created container: app`).
                let Some(v) = v.strip_prefix(b" ").or_else(|| v.strip_prefix(b": ")) else {
                    continue;
                };
                let end = v
                    .iter()
                    .position(|&b| b.is_ascii_whitespace() || b == b'"' || b == b'\\')
                    .unwrap_or(v.len());
                let rest = &v[end..];
                let last = rest.iter().all(u8::is_ascii_whitespace)
                    || rest.starts_with(b"\"")
                    || rest.starts_with(b"\\\"");
                if last && is_container(&v[..end]) && !matches!(&v[..end], b"with" | b"for") {
                    return Some(&v[..end]);
                }
            }
        }
    }
    // Prober events of some embedders: `Readiness probe failed for container kafka: …`.
    if let Some(at) = (t & T_FOR_CONTAINER != 0)
        .then(|| find!(s, b"probe failed for container "))
        .flatten()
    {
        let v = &s[at + 27..];
        let end = v
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
            .unwrap_or(v.len());
        if matches!(v.get(end), None | Some(b':' | b' ' | b',')) && is_container(&v[..end]) {
            return Some(&v[..end]);
        }
    }
    // An eviction's message: `Container app was using 92Ki, which exceeds its request of 0.`
    if let Some(end) = (t & T_USING != 0)
        .then(|| find!(s, b" was using "))
        .flatten()
    {
        if let Some(at) = memmem::rfind(&s[..end], b"Container ") {
            let v = &s[at + 10..end];
            // An eviction message lists every container over its request (`Container runner was
            // using …, which exceeds its request of 0. Container docker was using …`): one is
            // the container only when no other is named.
            let other = memmem::find_iter(&s[end + 11..], b" was using ").any(|e| {
                let e = end + 11 + e;
                memmem::rfind(&s[..e], b"Container ").is_some_and(|c| &s[c + 10..e] != v)
            });
            if is_container(v) && !other {
                return Some(v);
            }
        }
    }
    // A container's status as the kubelet prints it (`{ID:{Type:docker ID:<id>} Name:app
    // State:exited … Reason:ContainerCannotRun …}`, `Pod "…" is terminated, but some containers
    // have not been cleaned up: …`).
    if let Some(at) = (t & T_STATUS_NAME != 0)
        .then(|| find!(s, b"} Name:"))
        .flatten()
    {
        if let Some(c) = word_then(&s[at + 7..], b" State:").filter(|c| is_container(c)) {
            return Some(c);
        }
    }
    // `Back-off restarting failed container app in pod web-0_prod(…)` (1.2x), and the event's
    // message, which ends at the container (`Back-off restarting failed container app`).
    if let Some(at) = (t & T_FAILED_CONTAINER != 0)
        .then(|| find!(s, b"restarting failed container "))
        .flatten()
    {
        let v = &s[at + 28..];
        if let Some(c) = word_then(v, b" in pod")
            .or_else(|| {
                let w = take_until_any(v, b"");
                v[w.len()..].trim_ascii().is_empty().then_some(w)
            })
            .filter(|c| is_container(c))
        {
            return Some(c);
        }
    }
    // `restarting failed container=app pod=…`.
    if let Some(at) = (t & T_CONTAINER_EQ != 0)
        .then(|| find!(s, b" container="))
        .flatten()
    {
        if let Some(c) = container_token(&s[at + 11..]) {
            return Some(c);
        }
    }
    // `container "app" is unhealthy`, `Killing container "app"`, and the lifecycle hook's `Exec
    // lifecycle hook ([…]) for Container "app" in Pod "…" failed`.
    let quoted = [
        finder!(b"container \""),
        finder!(b"container \\\""),
        finder!(b"for Container \""),
        finder!(b"for Container \\\""),
        // kuberuntime_manager's `Container "app" ({"docker" "<id>"}) of pod …: Container failed
        // liveness probe..`.
        finder!(b"Container \""),
        finder!(b"Container \\\""),
    ];
    for f in gated(t, T_CONTAINER_QUOTE, &quoted) {
        let pat = f.needle();
        if let Some(at) = f.find(s) {
            // The kubelet's own cgroups (`system container "pods" not found in metrics`) are
            // no pod's container.
            if s[..at].ends_with(b"system ") {
                continue;
            }
            if let Some(c) = container_token(&s[at + pat.len() - 1..]) {
                return Some(c);
            }
        }
    }
    // A generic `for "name"` naming a container (not a pod reference).
    let generic = [
        finder!(b" for \""),
        finder!(b" for \\\""),
        finder!(b"\"for\""),
        finder!(b"\\\"for\\\""),
    ];
    for f in gated(t, T_FOR_QUOTE, &generic) {
        let pat = f.needle();
        // The squeezed forms begin with the step's closing quote, which the step keeps.
        let lead = pat.iter().take_while(|&&b| b != b'f' && b != b' ').count();
        let mut from = 0;
        while let Some(off) = f.find(&s[from..]) {
            let at = from + off + pat.len();
            from = at;
            let tok_end = s[at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\')
                .map_or(s.len(), |e| at + e);
            let tok = &s[at..tok_end];
            // `failed to "SetupNetwork" for "<pod's full name>"` (and the other pod-level
            // steps): their target is the pod, not a container.
            let step = s[..at - pat.len() + lead].trim_ascii_end();
            let pod_step = [
                &b"Network\""[..],
                b"Network\\\"",
                b"Sandbox\"",
                b"Sandbox\\\"",
                // `no runtime for "nvidia" is configured`: a runtime handler.
                b"runtime",
                // `failed to detect process id for "docker"`: a process.
                b"process id",
                // `failed to get fs info for "runtime"`: a filesystem.
                b"fs info",
            ]
            .iter()
            .any(|e| step.ends_with(e));
            if is_container(tok) && !is_uid(tok) && !pod_step {
                return Some(tok);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::klog::parse_line;

    type Want = (
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );

    fn got(line: &str) -> Want {
        let l = parse_line(line.as_bytes());
        let a = attribute(&l);
        let f = |o: Option<&[u8]>| -> Option<&'static str> {
            o.map(|b| &*Box::leak(String::from_utf8_lossy(b).into_owned().into_boxed_str()))
        };
        (f(a.namespace), f(a.name), f(a.uid_bytes()), f(a.container))
    }

    #[test]
    fn reference_forms() {
        let cases: &[(&str, Want)] = &[
            (
                r#"I1012 19:34:45.445172 2480 prober.go:107] "Probe failed" probeType="Liveness" pod="default/web-5d9f" podUID=27aff94d-e0d9-43d1-84d6-9ab000aa57e2 containerName="app" probeResult="failure" output="HTTP probe failed with statuscode: 500""#,
                (
                    Some("default"),
                    Some("web-5d9f"),
                    Some("27aff94d-e0d9-43d1-84d6-9ab000aa57e2"),
                    Some("app"),
                ),
            ),
            (
                r#"E1029 13:16:48.471488 4919 pod_workers.go:182] Error syncing pod cc89ef7c-bc47-11e7-85ce-901b0edee6b6 ("alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)"), skipping: failed to "StartContainer" for "alpine" with CrashLoopBackOff: "Back-off 5m0s restarting failed container=alpine pod=alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)""#,
                (
                    Some("default"),
                    Some("alpine-368057524-bgt0m"),
                    Some("cc89ef7c-bc47-11e7-85ce-901b0edee6b6"),
                    Some("alpine"),
                ),
            ),
            (
                r#"E0415 17:21:40.583715 46838 pod_workers.go:191] Error syncing pod 58559ae51deca84cd181529bc44866d9 ("kube-apiserver-minikube_kube-system(58559ae51deca84cd181529bc44866d9)"), skipping: failed to "StartContainer" for "kube-apiserver" with CrashLoopBackOff: "back-off 1m20s restarting failed container=kube-apiserver pod=kube-apiserver-minikube_kube-system(58559ae51deca84cd181529bc44866d9)""#,
                (
                    Some("kube-system"),
                    Some("kube-apiserver-minikube"),
                    Some("58559ae51deca84cd181529bc44866d9"),
                    Some("kube-apiserver"),
                ),
            ),
            (
                r#"I0101 00:00:00.000000 1 reconciler.go:293] "operationExecutor.MountVolume started for volume \"aws-iam-token\" (UniqueName: \"kubernetes.io/projected/3a75447e-fc85-4512-8c2d-660981250ad8-aws-iam-token\") pod \"aws-node-nrswh\" (UID: \"3a75447e-fc85-4512-8c2d-660981250ad8\") " pod="kube-system/aws-node-nrswh""#,
                (
                    Some("kube-system"),
                    Some("aws-node-nrswh"),
                    Some("3a75447e-fc85-4512-8c2d-660981250ad8"),
                    None,
                ),
            ),
            (
                r#"E0101 00:00:00.000000 1 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/configmap/abcd-cfg podName:abcd nodeName:}" failed. Error: MountVolume.SetUp failed for volume "cfg" (UniqueName: "kubernetes.io/configmap/0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f-cfg") pod "web.v2-0" (UID: "0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f") : configmap "cfg" not found"#,
                (
                    None,
                    Some("web.v2-0"),
                    Some("0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f"),
                    None,
                ),
            ),
            (
                r#"time="2023-01-01T00:00:00Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:coredns-78fcd69978-x2x7z,Uid:9f1d2c3b-1111-2222-3333-444455556666,Namespace:kube-system,Attempt:0,} failed, error" error="failed to setup network for sandbox""#,
                (
                    Some("kube-system"),
                    Some("coredns-78fcd69978-x2x7z"),
                    Some("9f1d2c3b-1111-2222-3333-444455556666"),
                    None,
                ),
            ),
            (
                r#"I0101 00:00:00.000000 1 generic.go:334] "Generic (PLEG): container finished" podID="9f1d2c3b-1111-2222-3333-444455556666" containerID="abc" exitCode=1"#,
                (
                    None,
                    None,
                    Some("9f1d2c3b-1111-2222-3333-444455556666"),
                    None,
                ),
            ),
            (
                r#"I0101 00:00:00.000000 1 prober.go:116] Liveness probe for "web-1_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f):nginx" failed (failure): Get http://10.0.0.1:80/: dial tcp 10.0.0.1:80: connect: connection refused"#,
                (
                    Some("prod"),
                    Some("web-1"),
                    Some("0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f"),
                    Some("nginx"),
                ),
            ),
            (
                r#"E0713 07:02:51.865903 1742 pod_workers.go:183] Error syncing pod 48abed82af93bb0b941173334110923f, skipping: failed to "StartContainer" for "POD" with ImagePullBackOff: "Back-off pulling image \"gcr.io/google_containers/pause-amd64:3.0\"""#,
                (
                    None,
                    None,
                    Some("48abed82af93bb0b941173334110923f"),
                    Some("POD"),
                ),
            ),
            (
                r#"E1023 18:56:20.145522 31070 pod_workers.go:765] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"syncer\" with CrashLoopBackOff: \"back-off 5m0s restarting failed container=syncer pod=vcluster-1-0_host-namespace-1(c076d934-6820-46cd-b886-c6b35111ece2)\"" pod="host-namespace-1/vcluster-1-0" podUID=c076d934-6820-46cd-b886-c6b35111ece2"#,
                (
                    Some("host-namespace-1"),
                    Some("vcluster-1-0"),
                    Some("c076d934-6820-46cd-b886-c6b35111ece2"),
                    Some("syncer"),
                ),
            ),
            (
                r#"E0101 00:00:00.000000 1 kuberuntime_manager.go:1] CreateContainer within sandbox "abc" for &ContainerMetadata{Name:web,Attempt:3,} failed"#,
                (None, None, None, Some("web")),
            ),
            (
                r#"E0413 10:53:52.844381 3263 kubelet.go:2055] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 2h33m12.704970756s ago; threshold is 3m0s""#,
                (None, None, None, None),
            ),
            (
                r#"I0528 16:05:50.514706 2269385 eviction_manager.go:405] "Eviction manager: pods ranked for eviction" pods=["sre/infras-logstash-d484d57fc-rkx95","sre/admin-api-server-847868d7b-7sqdm"]"#,
                (None, None, None, None),
            ),
            (
                r#"I0528 16:05:54.802914 2269385 eviction_manager.go:199] "Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["sre/infras-logstash-d484d57fc-rkx95"]"#,
                (
                    Some("sre"),
                    Some("infras-logstash-d484d57fc-rkx95"),
                    None,
                    None,
                ),
            ),
        ];
        for (line, want) in cases {
            assert_eq!(&got(line), want, "{line}");
        }
    }

    /// Forms added for issue 13 (format strings from the kubelet's, containerd's and CRI-O's
    /// sources), with the traps beside them.
    #[test]
    fn more_reference_forms_and_traps() {
        let uid = "0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f";
        let cases: &[(String, Want)] = &[
            (
                r#"E0101 00:00:00.000000 1 kubelet.go:1] Unable to mount volumes for pod "web-0_prod": timeout expired waiting for volumes to attach or mount for pod "prod"/"web-0". list of unmounted volumes=[data]"#.into(),
                (Some("prod"), Some("web-0"), None, None),
            ),
            // The old `attach/mount for pod %q/%q` changed its order between releases.
            (
                r#"E0711 13:48:24.461272 1 pod_workers.go:183] Error syncing pod db7e673b-476d-11e6-862d-0ecf6c1dd139, skipping: timeout expired waiting for volumes to attach/mount for pod "a"/"b". list of unattached/unmounted volumes=[x]"#.into(),
                (None, None, Some("db7e673b-476d-11e6-862d-0ecf6c1dd139"), None),
            ),
            (
                r#"I0101 00:00:00.000000 1 docker_manager.go:1399] Killing container "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9 nginx default/web-1" with 30 second grace period"#.into(),
                (Some("default"), Some("web-1"), None, Some("nginx")),
            ),
            (
                "W0101 00:00:00.000000 1 kubelet_pods.go:842] Unable to retrieve pull secret prod/regcred for prod/web-0 due to secrets \"regcred\" not found.  The image pull may not succeed.".into(),
                (Some("prod"), Some("web-0"), None, None),
            ),
            (
                r#"time="2022-03-06 13:30:35Z" level=info msg="Creating container: prod/web-0/app" id=3cd7509f-b4e2-496b-80bf-efb62d9cecc1"#.into(),
                (Some("prod"), Some("web-0"), None, Some("app")),
            ),
            (
                format!("Removed slice libcontainer container kubepods-burstable-pod{}.slice.", uid.replace('-', "_")),
                (None, None, Some(uid), None),
            ),
            (
                format!("I0101 00:00:00.000000 1 eviction_manager.go:256] eviction manager: pods ranked for eviction: web-0_prod({uid})"),
                (None, None, None, None),
            ),
            // A secret's namespace/name is not a pod.
            (
                r#"E0101 00:00:00.000000 1 reflector.go:1] object-"prod"/"db-pass": Failed to list *v1.Secret: secrets "db-pass" is forbidden"#.into(),
                (None, None, None, None),
            ),
            (
                "E0101 00:00:00.000000 1 secret.go:119] Couldn't get secret prod/db-pass".into(),
                (None, None, None, None),
            ),
        ];
        for (line, want) in cases {
            assert_eq!(&got(line), want, "{line}");
        }
        // Runtime ids: what the agent resolves, and never a container name.
        let id = "4296b9e2377fddb0aa11bb22cc33dd44ee55ff6677889900aabbccddeeff0011";
        for line in [
            format!(
                r#"time="t" level=info msg="TaskOOM event &TaskOOM{{ContainerID:{id},XXX_unrecognized:[],}}""#
            ),
            format!(
                r#"time="t" level=info msg="StartContainer for \"{id}\" returns successfully""#
            ),
            format!(r#"time="t" level=info msg="TaskOOM event container_id:\"{id}\"""#),
            format!(
                r#"I0101 00:00:00.000000 1 kuberuntime_container.go:1] Killing container "docker://{id}" with 30 second grace period"#
            ),
            format!(
                r#"time="t" level=info msg="ignoring event" container={id} module=libcontainerd"#
            ),
        ] {
            let l = parse_line(line.as_bytes());
            let a = attribute(&l);
            assert_eq!(a.container_id, Some(id.as_bytes()), "{line}");
            assert_eq!(a.container, None, "{line}");
        }
    }

    #[test]
    fn forms_of_the_later_held_out_rounds() {
        let uid = "0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f";
        let cases: &[(String, Want)] = &[
            // A paste cut at the screen's width inside the uid still names the pod.
            (
                format!(r#"E0914 17:10:28.000000 1 pod_workers.go:191] Error syncing pod {uid} ("metrics-server-v0.3.6-66548d5b4b-dbktd_kube-system(0c5e6d"#),
                (Some("kube-system"), Some("metrics-server-v0.3.6-66548d5b4b-dbktd"), Some(uid), None),
            ),
            // …but a `name_ns(` followed by more than a uid's bytes is not one.
            (
                "I0101 00:00:00.000000 1 x.go:1] copy of web_prod(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f0".into(),
                (None, None, None, None),
            ),
            (
                format!(r#"I0101 00:00:00.000000 1 status_manager.go:410] Status Manager: syncPod in syncbatch. pod UID: "{uid}""#),
                (None, None, Some(uid), None),
            ),
            (
                format!("I0912 17:24:28.843224 1 generic.go:146] GenericPLEG: {uid}/63e008b5c1f0a9d6e2b7c4a1f8e3d2c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1: running -> exited"),
                (None, None, Some(uid), None),
            ),
            (
                format!(r#"I1024 05:18:39.900870 1 kuberuntime_manager.go:565] Container "kube-apiserver" ({{"docker" "2a1b3c4d5e6f"}}) of pod kube-apiserver-m_kube-system({uid}): Container failed liveness probe.. Container will be killed and recreated."#),
                (Some("kube-system"), Some("kube-apiserver-m"), Some(uid), Some("kube-apiserver")),
            ),
            // Multus' `[ns/name:network]` and `[ns/name/uid:network]`.
            (
                r#"E0607 11:38:12.821024 1 remote_runtime.go:116] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox "3024": [default/virt-launcher-x-ln4jc:mgmt-conf]: error adding container to network "mgmt-conf": address already in use""#.into(),
                (Some("default"), Some("virt-launcher-x-ln4jc"), None, None),
            ),
            (
                format!(r#"plugin type="multus" name="multus-cni-network" failed (add): [prod/web-0/{uid}:macvlan]: error adding container to network "macvlan": failed"#),
                (Some("prod"), Some("web-0"), Some(uid), None),
            ),
            (
                format!("Multus: [prod/web-0/{uid}]: error getting pod: pods \"web-0\" not found"),
                (Some("prod"), Some("web-0"), Some(uid), None),
            ),
            // The old `attach/mount for pod %q/%q` (order changed between releases): read only
            // when one of the two is a namespace every cluster has.
            (
                r#"Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "cassandra-0"/"default". list of unattached/unmounted volumes=[data]"#.into(),
                (Some("default"), Some("cassandra-0"), None, None),
            ),
            (
                r#"Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "kube-system"/"dns-0". list of unattached/unmounted volumes=[data]"#.into(),
                (Some("kube-system"), Some("dns-0"), None, None),
            ),
            (
                r#"Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "web-1"/"prod". list of unattached/unmounted volumes=[data]"#.into(),
                (None, None, None, None),
            ),
            (
                r#"Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "web-144976022-w7yhw"/"canary". list of unattached/unmounted volumes=[data]"#.into(),
                (Some("canary"), Some("web-144976022-w7yhw"), None, None),
            ),
            (
                r#"Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "team-7c94f74fd6"/"web-7c94f74fd6-9n6t7". list of unattached/unmounted volumes=[data]"#.into(),
                (Some("team-7c94f74fd6"), Some("web-7c94f74fd6-9n6t7"), None, None),
            ),
            // Round 5: an old `kubectl get events` row (with and without its namespace column).
            (
                "rkoubsky   1h        1h        2         basic-sti-1-p7jnr   Pod       spec.containers{basic-sti}   Warning   Unhealthy   {kubelet ip-X}   Readiness probe failed: ".into(),
                (Some("rkoubsky"), Some("basic-sti-1-p7jnr"), None, Some("basic-sti")),
            ),
            (
                "1h          1m         37        some-api-2275263275-01pq7              Pod                     Warning   FailedSync   {kubelet n}   Error syncing pod".into(),
                (None, Some("some-api-2275263275-01pq7"), None, None),
            ),
            // The event's own name in the NAME column (`<pod>.<hex time>`); a dotted name
            // without such a suffix is kept whole.
            (
                "7m          7m           1         weave-net-6cnf4.1561feba2337c4f5           Pod                                      Warning   FailedCreatePodSandBox   kubelet, n   Failed create pod sandbox".into(),
                (None, Some("weave-net-6cnf4"), None, None),
            ),
            (
                "7m   7m   1   web.v2   Pod   Normal   Scheduled   default-scheduler   Successfully assigned".into(),
                (None, Some("web.v2"), None, None),
            ),
            // dockertools' quoted full name without its uid.
            (
                r#"I0815 21:57:22.640183 5 manager.go:1430] Need to restart pod infra container for "etcd-server-n1_kube-system" because it is not found"#.into(),
                (Some("kube-system"), Some("etcd-server-n1"), None, None),
            ),
            // containerd's sandbox name where it makes the sandbox's id.
            (
                r#"level=debug msg="Generated id \"eed4\" for sandbox \"client-a-bvxpm_np-1149_5eb0b025-81e9-46bc-838d-8aece8c8f56e_0\"""#.into(),
                (Some("np-1149"), Some("client-a-bvxpm"), Some("5eb0b025-81e9-46bc-838d-8aece8c8f56e"), None),
            ),
            // Not a row: too many words before the name.
            (
                "the quick brown 1h 1h 2 web-0  Pod  x".into(),
                (None, None, None, None),
            ),
            (
                r#"Jul 08 20:01:45 host kubelet[14388]: 2019-07-08 20:01:45.383 [INFO][45764] main.go 200: linkerd-cni: setting up iptables firewall ContainerID="a4dd" Namespace="linkerd" Pod="debug-proxy-5946dd9d85-jbkp2""#.into(),
                (Some("linkerd"), Some("debug-proxy-5946dd9d85-jbkp2"), None, None),
            ),
            (
                "  Normal   Started    41s                kubelet, kubernetes  Started container istio-proxy".into(),
                (None, None, None, Some("istio-proxy")),
            ),
            (
                r#"I0101 00:00:00.000000 1 event.go:1] "Event occurred" object="prod/web-0" kind="Pod" reason="Created" message="Created container app""#.into(),
                (Some("prod"), Some("web-0"), None, Some("app")),
            ),
            // The old wording names a runtime id, not a container.
            (
                "I0101 00:00:00 1 manager.go:1] Created container with docker id 4a3b2c1d0e9f".into(),
                (None, None, None, None),
            ),
            (
                r#"docker_manager.go:1367] Container "497c5cdb46d9 test-termination default/test-termination-1781375857-hj5z2" termination failed after 2m0.000209508s: operation timeout"#.into(),
                (Some("default"), Some("test-termination-1781375857-hj5z2"), None, Some("test-termination")),
            ),
            (
                r#"E0707 04:39:27.229302 1143 container_manager_linux.go:267] failed to detect process id for "docker" - failed to find pid of "docker": exit status 1"#.into(),
                (None, None, None, None),
            ),
            (
                format!("  Warning  FailedScheduling  73s  4pd-scheduler  AssumePod failed: pod {uid} is in the cache, so can't be assumed"),
                (None, None, Some(uid), None),
            ),
            (
                format!(r#"E1214 17:08:47.303868 5021 remote_runtime.go:319] "CreateContainer in sandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to reserve container name \"kube-apiserver_kube-apiserver-cp_kube-system_{uid}_1\": name is reserved""#),
                (Some("kube-system"), Some("kube-apiserver-cp"), Some(uid), Some("kube-apiserver")),
            ),
            (
                format!(r#"failed to reserve sandbox name "web-0_prod_{uid}_0": name is reserved"#),
                (Some("prod"), Some("web-0"), Some(uid), None),
            ),
            (
                "Normal  Killing  39s (x735 over 15h)  kubelet, 10.179.80.31  Killing container with id docker://apigateway:Need to kill Pod".into(),
                (None, None, None, Some("apigateway")),
            ),
            (
                "W1102 12:28:04.449248 4880 docker_sandbox.go:400] failed to read pod IP from plugin/docker: Couldn't find network status for default/grafana-b6f7978c4-jk4zw through plugin: invalid network status for".into(),
                (Some("default"), Some("grafana-b6f7978c4-jk4zw"), None, None),
            ),
            (
                "5m  Warning  Unhealthy  pod/demo1-cluster-kafka-0  Readiness probe failed for container kafka: timeout".into(),
                (None, Some("demo1-cluster-kafka-0"), None, Some("kafka")),
            ),
            (
                r#"E0607 09:28:58.880848 825 projected.go:198] Error preparing data for projected volume kube-api-access-8st28 for pod default/ubuntu-sleep-2: object "default"/"kube-root-ca.crt" not registered"#.into(),
                (Some("default"), Some("ubuntu-sleep-2"), None, None),
            ),
            (
                r#"I0326 00:00:04.048855 17532 prober.go:124] Readiness probe for "XXXXXXXXX(75ba2b6a-b39c-4745-b6a6-e2bf4d02afda):ABC" failed (failure): dial tcp 10.54.5.69:6565: connect: connection refused"#.into(),
                (None, Some("XXXXXXXXX"), Some("75ba2b6a-b39c-4745-b6a6-e2bf4d02afda"), Some("ABC")),
            ),
            (
                r#"I0720 13:17:52.068989 1948 generic.go:386] PLEG: Write status for web-0/prod: &container.PodStatus{ID:"636522eeddcbefb43f6cc92784f2ba57", Name:"web-0", Namespace:"prod", IPs:[]string{}}"#.into(),
                (Some("prod"), Some("web-0"), Some("636522eeddcbefb43f6cc92784f2ba57"), None),
            ),
            (
                r#"I0720 kubelet.go:1849] SyncLoop (PLEG): ignore irrelevant event: &pleg.PodLifecycleEvent{ID:"636522eeddcbefb43f6cc92784f2ba57", Type:"ContainerDied"}"#.into(),
                (None, None, Some("636522eeddcbefb43f6cc92784f2ba57"), None),
            ),
            (
                r#"I0718 04:44:36.078007 1938 kubelet_pods.go:1212] marking pod pending termination "b69dbbece076b2e6765f343e5840e343""#.into(),
                (None, None, Some("b69dbbece076b2e6765f343e5840e343"), None),
            ),
            (
                r#"I0520 07:14:56.717446 1615572 trace.go:219] Trace[2001621433]: "Calculate volume metrics of lib-modules for pod kube-system/calico-node-4l8kl" (20-May-2023 07:14:52.856) (total time: 3859ms):"#.into(),
                (Some("kube-system"), Some("calico-node-4l8kl"), None, None),
            ),
            (
                "9m58s  Normal  SuccessfulCreate  replicaset/web-5888cf98bf  Created pod: web-5888cf98bf-xzklp".into(),
                (None, Some("web-5888cf98bf-xzklp"), None, None),
            ),
            (
                "I0718 04:44:36.080333 1938 kubenet_linux.go:740] Removing prod/web-0 from 'kubenet-loopback' with CNI 'loopback' plugin and runtime: &{ContainerID:252c1b7f5106".into(),
                (Some("prod"), Some("web-0"), None, None),
            ),
            (
                r#"I0501 prober.go:142] Readiness probe for "liveness-exec_default:liveness" failed (failure):"#.into(),
                (Some("default"), Some("liveness-exec"), None, Some("liveness")),
            ),
            (
                r#"2026-04-19T03:00:55.442 controller-0 kubelet[3788611]: info I0419 03:00:55.441494 3788611 kubelet.go:2415] "SyncLoop ADD" source="api" pods=["default/demo-f5d7d886c-4z6sw"]"#.into(),
                (Some("default"), Some("demo-f5d7d886c-4z6sw"), None, None),
            ),
            (
                r#"2026-04-19T03:00:55.442 controller-0 kubelet[3788611]: info I0419 03:00:55.441601 3788611 scope_container.go:75] "TopologyHints" pod="default/demo-f5d7d886c-4z6sw" containerName="app-container""#.into(),
                (Some("default"), Some("demo-f5d7d886c-4z6sw"), None, Some("app-container")),
            ),
            (
                "E0731 cpu_manager.go:252] [cpumanager] reconcileState: failed to add container (pod: kube-flannel-ds-amd64-vvc88, container: install-cni, container id: 0a1b)".into(),
                (None, Some("kube-flannel-ds-amd64-vvc88"), None, Some("install-cni")),
            ),
            (
                "E0101 kubelet.go:1634] Failed to check if disk space is available for the runtime: failed to get fs info for \"runtime\": unable to find data".into(),
                (None, None, None, None),
            ),
            (
                "Error syncing pod, skipping: mkdir /var/lib/kubelet/pods/bb1ee0e8-b2e5-11e4-bfb6-42010af0101c: no space left on device".into(),
                (None, None, Some("bb1ee0e8-b2e5-11e4-bfb6-42010af0101c"), None),
            ),
            // A bracket that is no pod reference.
            (
                r#"failed (add): [not a/pod]: error adding container to network "x""#.into(),
                (None, None, None, None),
            ),
            // Rounds 11-13.
            (
                r#"Dec 09 15:00:50 n kubelet[2190]: I1209 15:00:50.500939 2190 kubelet.go:2464] "SyncLoop (PLEG): event for pod" pod="baz/foo-bar" event={"ID":"2dc2bb82-579d-42f3-b72d-f166a9f0e15d","Type":"ContainerStarted","Data":"842c"}"#.into(),
                (Some("baz"), Some("foo-bar"), Some("2dc2bb82-579d-42f3-b72d-f166a9f0e15d"), None),
            ),
            (
                "I1203 18:06:55.207132 1466 handler.go:181] Unable to get Process Stats: couldn't open cpu cgroup procs file /sys/fs/cgroup/cpu,cpuacct/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod8e779aed1ac7a1b1abb40cebe0702d32.slice/crio-1.scope/cgroup.procs".into(),
                (None, None, Some("8e779aed1ac7a1b1abb40cebe0702d32"), None),
            ),
            (
                "  Warning  Evicted  44s  kubelet  The node was low on resource: ephemeral-storage. Container runner was using 3914072Ki, which exceeds its request of 0. Container docker was using 91249008Ki, which exceeds its request of 0.".into(),
                (None, None, None, None),
            ),
            (
                "  Warning  Evicted  44s  kubelet  The node was low on resource: memory. Container app was using 3914072Ki, which exceeds its request of 0.".into(),
                (None, None, None, Some("app")),
            ),
            (
                "  Warning  BackOff    4m53s (x72 over 20m)  kubelet            Back-off restarting failed container manager".into(),
                (None, None, None, Some("manager")),
            ),
            (
                "  Normal   Killing    63s                 kubelet            Container loki definition changed, will be restarted".into(),
                (None, None, None, Some("loki")),
            ),
            (
                r#"I0224 18:01:39.760097 1371 kubelet_pods.go:948] Pod "web-0_prod(5827f9b8-4635-49da-9035-b3c2c5629224)" is terminated, but some containers have not been cleaned up: {ID:{Type:docker ID:a481} Name:busybox State:exited ExitCode:128 Reason:ContainerCannotRun}"#.into(),
                (Some("prod"), Some("web-0"), Some("5827f9b8-4635-49da-9035-b3c2c5629224"), Some("busybox")),
            ),
            (
                r#"2m  2m  1  jenkins-1-deploy   Pod   Warning   FailedSync   kubelet, localhost   Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "myproject"/"jenkins-1-deploy". list of unattached/unmounted volumes=[deployer-token]"#.into(),
                (Some("myproject"), Some("jenkins-1-deploy"), None, None),
            ),
            (
                "E1116 19:32:28.904685 145052 edged.go:812] sync loop get event container died, restart pod [etcd-n1]".into(),
                (None, Some("etcd-n1"), None, None),
            ),
            (
                "E0404 15:33:51.687160 2015 edged.go:698] consume pod addition backoff: Back-off consume pod [nginx-edge-698974fccf-lctqq] addition  error, backoff: [2m40s]".into(),
                (None, Some("nginx-edge-698974fccf-lctqq"), None, None),
            ),
            (
                "E0610 19:40:09.607009 8520 configmap.go:232] Error creating atomic writer: stat /var/lib/edged/pods/0db3bfa9-8b73-11e9-9a2a-ac1f6b96f062/volumes/kubernetes.io~configmap/cfg: no such file or directory".into(),
                (None, None, Some("0db3bfa9-8b73-11e9-9a2a-ac1f6b96f062"), None),
            ),
            (
                r#"E0822 19:25:27.673132 6022 docker_manager.go:345] NetworkPlugin cni failed on the status hook for pod 'etcd-server-n1' - Unexpected command output Device "eth0" "#.into(),
                (None, Some("etcd-server-n1"), None, None),
            ),
            (
                "E0806 06:42:20.575711 54811 status_manager.go:375] Status update on pod default/pod-mscqc-4lrx2 aborted: terminated container docker attempted illegal transition to non-terminated state".into(),
                (Some("default"), Some("pod-mscqc-4lrx2"), None, Some("docker")),
            ),
            (
                r#"W0704 15:32:34.206340 11694 kubelet.go:1979] Orphaned volume "7523441b-41a9-11e6-981f-000d3a117eb7/default-token-mxate" found, tearing down volume"#.into(),
                (None, None, Some("7523441b-41a9-11e6-981f-000d3a117eb7"), None),
            ),
            // Round 14.
            (
                r#"I1119 09:57:27.934937 7508 manager.go:803] Added container: "/system.slice/docker-6479.scope" (aliases: [k8s_POD.6d00e006_nginx_default_907c4178-8e9b-11e5-9e33-0050568153a7_93463dbf 6479], namespace: "docker")"#.into(),
                (Some("default"), Some("nginx"), Some("907c4178-8e9b-11e5-9e33-0050568153a7"), Some("POD")),
            ),
            (
                r#"8:37:08 PM | Normal | Killing | Killing container with docker id 5dc225aababe: pod  "router-2-snkr4_(a745fe1c-bff2-11e7-8280-02054b51d9c9)" container  "router" is unhealthy, it will be killed and re-created."#.into(),
                (None, Some("router-2-snkr4"), Some("a745fe1c-bff2-11e7-8280-02054b51d9c9"), Some("router")),
            ),
            (
                r#"Killing container with id docker://70a8:pod "my-pod-3965_my-namespace(9b28710e-xxx)" container "my-container" is unhealthy, it will be killed and re-created."#.into(),
                (Some("my-namespace"), Some("my-pod-3965"), None, Some("my-container")),
            ),
            (
                "Killing container with id docker://app:Need to kill Pod".into(),
                (None, None, None, Some("app")),
            ),
            // Round 15.
            (
                r#"level=info msg="RunPodSandbox for name:\"busybox-sandbox2\"  uid:\"d2a5645e-2d8e-4c35-a4a1-5b6f0a2c9e11\"  namespace:\"default\"  attempt:1""#.into(),
                (Some("default"), Some("busybox-sandbox2"), Some("d2a5645e-2d8e-4c35-a4a1-5b6f0a2c9e11"), None),
            ),
            (
                r#"level=info msg="generated id for sandbox name \"busybox-sandbox2_default_d2a5645e-2d8e-4c35-a4a1-5b6f0a2c9e11_1\"" podsandboxid=9f"#.into(),
                (Some("default"), Some("busybox-sandbox2"), Some("d2a5645e-2d8e-4c35-a4a1-5b6f0a2c9e11"), None),
            ),
            (
                r#"level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:<REDACTED>-28023090-nbd4t,Uid:b0d4119f-8404-40e6-b330-d92104e4519b,Namespace:preprod-eu,Attempt:0,} returns sandbox id \"e34e\"""#.into(),
                (Some("preprod-eu"), None, Some("b0d4119f-8404-40e6-b330-d92104e4519b"), None),
            ),
            (
                r#"crio[1342]: time="t" level=info msg="Stopped container 236f673ac44b32ba837c: awx/awx-task-544c4c87f-xr4qm/awx-rsyslog" id=1 name=/runtime.v1.RuntimeService/StopContainer"#.into(),
                (Some("awx"), Some("awx-task-544c4c87f-xr4qm"), None, Some("awx-rsyslog")),
            ),
            (
                "W0805 12:17:35.293525 260621 reconciler.go:394] Could not construct volume information, cleanup the mounts. (pod.UID bb07fd8d-b737-11e9-a203-0022ac9722f5, volume.SpecName hulklvm): no volume plugin matched".into(),
                (None, None, Some("bb07fd8d-b737-11e9-a203-0022ac9722f5"), None),
            ),
            (
                "I0805 12:17:35.293534 260621 reconciler.go:429] Reconciler sync states: could not find information (PID: bb07fd8d-b737-11e9-a203-0022ac9722f5) (Volume SpecName: hulklvm) in desired state, clean up the mount points".into(),
                (None, None, Some("bb07fd8d-b737-11e9-a203-0022ac9722f5"), None),
            ),
            (
                r#"E0120 kuberuntime_manager.go:1449] "Unhandled Error" err="init container plugin-init start failed in pod kueue-cm-8494d6795b-8vqfm_kueue-system(c8c87ab9-0d3e-4bde-9a43-5a1c0f0f3e21): ErrImagePull: not found""#.into(),
                (Some("kueue-system"), Some("kueue-cm-8494d6795b-8vqfm"), Some("c8c87ab9-0d3e-4bde-9a43-5a1c0f0f3e21"), Some("plugin-init")),
            ),
            (
                "local-path-storage   9m30s       Normal    Pulled                    pod/local-path-provisioner-c49b7b56f-vjkz4          Container image \"x\" already present on machine".into(),
                (Some("local-path-storage"), Some("local-path-provisioner-c49b7b56f-vjkz4"), None, None),
            ),
            (
                "9m30s       Normal    Pulled                    pod/local-path-provisioner-c49b7b56f-vjkz4          Container image \"x\" already present on machine".into(),
                (None, Some("local-path-provisioner-c49b7b56f-vjkz4"), None, None),
            ),
            // Round 16.
            (
                "6m2s  Warning  FailedCreatePodSandBox  Pod/etl-cron-28809865-2dhw7  Failed to create pod sandbox: plugin type=\"aws-cni\" failed".into(),
                (None, Some("etl-cron-28809865-2dhw7"), None, None),
            ),
            (
                "  Normal   Created    24m (x5 over 30m)     kubelet            Created container: trivy-operator-dashboard".into(),
                (None, None, None, Some("trivy-operator-dashboard")),
            ),
            (
                "  Normal   Created    24m   kubelet   Created containers".into(),
                (None, None, None, None),
            ),
            (
                r#"{"log":"I1016 06:53:46.433778 1 kubelet.go:1969] SyncLoop (ADD, \"api\"): \"busybox2_default\"\n","stream":"stderr"}"#.into(),
                (Some("default"), Some("busybox2"), None, None),
            ),
            (
                "E0907 13:23:01.475528 1668 cni.go:324] Error adding default_nginx-57867cc648-mnx49/218b83cbeb9b1aa0 to network calico/k8s-pod-network: stat /var/lib/calico/nodename: no such file or directory".into(),
                (Some("default"), Some("nginx-57867cc648-mnx49"), None, None),
            ),
            // A page's copy with the spaces around `for` squeezed out; a squeezed pod-level
            // step still names no container.
            (
                r#"E0729 11:21:50.993186 9575 kubelet_pods.go:1093] Failed killing the pod "web-88854d496-9nvlk": failed to "KillContainer"for"web" with KillContainerError: "rpc error: code = DeadlineExceeded""#.into(),
                (None, Some("web-88854d496-9nvlk"), None, Some("web")),
            ),
            (
                r#"E0729 11:21:50.993186 9575 pod_workers.go:190] Error syncing pod: failed to "KillPodSandbox"for"web-0_prod(6936)" with KillPodSandboxError: "rpc error""#.into(),
                (None, None, None, None),
            ),
            // A StatefulSet's SuccessfulCreate row names the pod it made.
            (
                "7m8s        Normal    SuccessfulCreate                 statefulset/pulsar-proxy                                         create Pod pulsar-proxy-0 in StatefulSet pulsar-proxy successful".into(),
                (None, Some("pulsar-proxy-0"), None, None),
            ),
            // The e2e framework's pod table; not any `INFO: ` line.
            (
                "Jan 27 14:19:27.072: INFO: docker-registry-1-m9cd2      ip-172-18-12-166.ec2.internal  Running         [{Initialized True 0001-01-01 00:00:00 +0000 UTC 2018-01-27 11:31:56 +0000 UTC  }]".into(),
                (None, Some("docker-registry-1-m9cd2"), None, None),
            ),
            (
                "INFO: web-0  node-1  Pending  30s  []".into(),
                (None, Some("web-0"), None, None),
            ),
            (
                "Jan 27 14:19:27.072: INFO: Waiting up to 5m0s for all pods (need at least 1) in namespace 'kube-system' to be running and ready".into(),
                (None, None, None, None),
            ),
            // containerd's sandbox metadata cut by a terminal: the fields a comma closes, and a
            // last field only when it is a whole uid.
            (
                r#"containerd[8211]: time="2022-08-24T14:27:54.157014109+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:etcd-docker-test4,Uid:f46d0ad2898a57ca168c7d9919af8609"#.into(),
                (None, Some("etcd-docker-test4"), Some("f46d0ad2898a57ca168c7d9919af8609"), None),
            ),
            (
                r#"containerd[8211]: time="2022-08-24T14:27:58.166209648+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-scheduler-docker-test4,Uid:56aa4607d72295ef32f89a"#.into(),
                (None, Some("kube-scheduler-docker-test4"), None, None),
            ),
            (
                r#"level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:kube-schedu"#.into(),
                (None, None, None, None),
            ),
            // A pager's cut leaves the namespace whole and the name unknown.
            (
                r#"Oct 05 06:27:03 w1 kubelet[1189617]: I1005 06:27:03.594366 1189617 status_manager.go:674] "Pod was deleted and then recreated, skipping status update" pod="kube-system/nginx-proxy-1k8s-rc02-worker14>"#.into(),
                (Some("kube-system"), None, None, None),
            ),
            // A reporter's mask leaves the namespace too.
            (
                r#"I1130 15:12:02.786271    2227 kuberuntime_container.go:745] "Killing container with a grace period" pod="prod/guardzilla-***" podUID="49425c6f-***-***" containerName="push-heap-dump" gracePeriod=20"#.into(),
                (Some("prod"), None, None, Some("push-heap-dump")),
            ),
            // Custom columns with ` -- ` between them.
            (
                r#"flux-system -- 0s -- Warning -- Unhealthy -- pod/source-controller-84dcf54c8-xlq4h -- Readiness probe failed: Get "http://10.64.177.148:9090/": dial tcp 10.64.177.148:9090: connect: connection refused"#.into(),
                (Some("flux-system"), Some("source-controller-84dcf54c8-xlq4h"), None, None),
            ),
            // The kubelet's own cgroup is no container.
            (
                r#"E0303 17:25:03.436809   63839 helpers.go:680] eviction manager: failed to construct signal: "allocatableMemory.available" error: system container "pods" not found in metrics"#.into(),
                (None, None, None, None),
            ),
            // A structured line inside a shipper's JSON: its pairs' quotes are escaped.
            (
                r#"2024-11-30 20:42:02.787	{"stime":"Nov 30 15:12:02","pid":"2227","message":"I1130 15:12:02.786271    2227 kuberuntime_container.go:745] \"Killing container with a grace period\" pod=\"prod/web-0\" podUID=\"49425c6f-0c5e-4b3c-8a4e-2f0d3c4b5a6f\" containerName=\"push-heap-dump\" gracePeriod=20"}"#.into(),
                (Some("prod"), Some("web-0"), Some("49425c6f-0c5e-4b3c-8a4e-2f0d3c4b5a6f"), Some("push-heap-dump")),
            ),
            // Round 21's forms: a deploy tool's `[Pod/…]`, an exporter's `Pod|…`, a controller's
            // namespace, the PLEG's name-first pair, a generated name in a quoted pair, a cut
            // full name, and a uid in `pod <uid>:`.
            (
                "[Pod/nginx-cnkzq]\tBackOff: Back-off restarting failed container (2 events)".into(),
                (None, Some("nginx-cnkzq"), None, None),
            ),
            (
                "2021-06-09 17:31:23 - Pod|podname1 - UnexpectedAdmissionError, Update plugin resources failed".into(),
                (None, Some("podname1"), None, None),
            ),
            (
                r#"I0130 16:29:58.906370       1 event.go:291] "Event occurred" object="default/batch-job" kind="Job" apiVersion="batch/v1" type="Normal" reason="SuccessfulCreate" message="Created pod: batch-job-n2nfl""#.into(),
                (Some("default"), Some("batch-job-n2nfl"), None, None),
            ),
            (
                r#"I1109 13:40:09.001613       1 event.go:217] Event(v1.ObjectReference{Kind:"Job", Namespace:"mynamespace", Name:"mycron-1510234800", UID:"80ac965e-c553-11e7-b08e-005056ae4211", APIVersion:"batch", ResourceVersion:"90301072", FieldPath:""}): type: 'Normal' reason: 'SuccessfulCreate' Created pod: mycron-1510234800-s7x5c"#.into(),
                (Some("mynamespace"), Some("mycron-1510234800-s7x5c"), None, None),
            ),
            (
                r#"I1109 13:40:09.001613       1 event.go:217] Event(v1.ObjectReference{Kind:"Node", Namespace:"", Name:"n1", UID:"n1", APIVersion:"", ResourceVersion:"", FieldPath:""}): type: 'Normal' reason: 'Created' Created pod: web-0"#.into(),
                (None, Some("web-0"), None, None),
            ),
            (
                "E1109 13:42:47.913241    1370 generic.go:239] PLEG: Ignoring events for pod mycron-1510234800-s7x5c/mynamespace: rpc error: code = 2 desc = Error: No such container: 361e".into(),
                (Some("mynamespace"), Some("mycron-1510234800-s7x5c"), None, None),
            ),
            (
                r#"Error syncing pod, skipping: timeout expired waiting for volumes to attach/mount for pod "nautilus"/"nautilus-nautilus-facjd-6dltw". list of unattached/unmounted volumes=[default-token-d819h]"#.into(),
                (Some("nautilus"), Some("nautilus-nautilus-facjd-6dltw"), None, None),
            ),
            (
                r#"E0922 09:54:28.449500   15117 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"kube-scheduler-ubuntu_kube-system(241bec>"#.into(),
                (Some("kube-system"), Some("kube-scheduler-ubuntu"), None, None),
            ),
            (
                r#"E0822 15:11:57.608768   26382 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"kube-apiserver-n1_kube"#.into(),
                (None, Some("kube-apiserver-n1"), None, None),
            ),
            (
                r#"E0822 15:11:57.608768   26382 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"kube-apiser"#.into(),
                (None, None, None, None),
            ),
            (
                "I0731 16:28:41.786486   12184 empty_dir.go:256] pod 4d7ce016-760d-11e7-9ab2-fa163e060fcc: mounting tmpfs for volume wrapped_kube-dns-token-j73mf".into(),
                (None, None, Some("4d7ce016-760d-11e7-9ab2-fa163e060fcc"), None),
            ),
            (
                r#"I1209 18:51:12.530004    5412 cni.go:355] Adding dishtv-apps_iccdelcare-10/6638eeae1bcfa1c9c5a8cb01e8a4c4a4e8b5f0c3ee9a0b4e7d2c1f0a9b8c7fa to network flannel/vxlan0 netns "none""#.into(),
                (Some("dishtv-apps"), Some("iccdelcare-10"), None, None),
            ),
            (
                r#"E0920 17:47:28.496507   16730 pod_workers.go:184] Error syncing pod 49f979b4-7f7b-11e6-a225-0e0e8a2c7e4f, skipping: timeout expired waiting for volumes to attach/mount for pod "mongodb-1-deploy"/"extended-test-mongodb-replica-a41h3-f5b9t". list of unattached/unmounted volumes=[deployer-token-x]"#.into(),
                (Some("extended-test-mongodb-replica-a41h3-f5b9t"), Some("mongodb-1-deploy"), Some("49f979b4-7f7b-11e6-a225-0e0e8a2c7e4f"), None),
            ),
            // `talosctl logs kubelet` puts the node first.
            (
                r#"    192.168.10.168: {"ts":1702043013682.9958,"caller":"kubelet/kubelet.go:1872","msg":"Trying to delete pod","v":0,"pod":{"name":"kube-scheduler-m2","namespace":"kube-system"},"podUID":"29c6c22f-7fe5-41ed-bef3-ea6d0e0bd3a8"}"#.into(),
                (Some("kube-system"), Some("kube-scheduler-m2"), Some("29c6c22f-7fe5-41ed-bef3-ea6d0e0bd3a8"), None),
            ),
        ];
        for (line, want) in cases {
            assert_eq!(&got(line), want, "{line}");
        }
    }

    #[test]
    fn json_format() {
        let line = r#"{"ts":1753121332053.9302,"caller":"prober/prober.go:107","msg":"Probe failed","v":1,"probeType":"Liveness","pod":{"name":"web","namespace":"default"},"podUID":"0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f","containerName":"app","probeResult":"failure","output":"HTTP probe failed with statuscode: 500"}"#;
        assert_eq!(
            got(line),
            (
                Some("default"),
                Some("web"),
                Some("0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f"),
                Some("app")
            )
        );
    }

    #[test]
    fn uids() {
        assert!(is_uid(b"58559ae51deca84cd181529bc44866d9"));
        assert!(is_uid(b"cc89ef7c-bc47-11e7-85ce-901b0edee6b6"));
        assert!(!is_uid(b"cc89ef7c-bc47-11e7-85ce-901b0edee6b"));
        assert!(!is_uid(b"zz89ef7c-bc47-11e7-85ce-901b0edee6b6"));
    }
}
