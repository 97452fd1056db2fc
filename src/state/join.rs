//! The one join of the node state: runtime pod instances (containers grouped by the uid their
//! labels carry) with the pod specs of every source. A pure function, so each rule is a table
//! test below.
//!
//! The rules (DESIGN.md, "Node state contract"):
//! - a runtime container belongs to the pod whose uid its labels carry;
//! - a spec joins the instance with its `metadata.uid` (a mirror pod also the instance whose uid
//!   is its `kubernetes.io/config.mirror` hash, which is the kubelet's uid of the static pod);
//! - namespace/name joins only static specs (the manifest source, or an API pod with the mirror
//!   annotation), and only to kubelet-created instances whose uid no spec claims; among several
//!   such instances of one name, the current one (running, then newest);
//! - plain containers (no kubelet labels) never receive a spec;
//! - two instances of one name are two pods: an instance whose name a current spec gives to
//!   another instance is `superseded` (terminating, or terminated until its containers go),
//!   unless it was created after that spec's pod (the API server's news lags the kubelet: such an
//!   instance is newer, not older, and simply has no spec yet).
//!
//! It must not look at container state beyond the ranking of instances, nor at time.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::model::PodRef;
use crate::pods::types::Pod;

use super::key::{PodName, PodUid};

/// The annotation the kubelet sets on a static pod's mirror in the API server; its value is the
/// static pod's uid as the kubelet (and so the runtime's labels) knows it.
pub const MIRROR_ANNOTATION: &str = "kubernetes.io/config.mirror";

/// One runtime pod instance: the containers sharing one uid label.
#[derive(Debug, Clone)]
pub struct Instance<'a> {
    pub uid: &'a PodUid,
    pub pod: &'a PodRef,
    /// No kubelet created it (a plain `docker run`).
    pub plain: bool,
    /// Some container of it runs.
    pub running: bool,
    /// The newest creation time among its containers.
    pub newest: f64,
    /// The oldest creation time among its containers (when the instance began).
    pub created: f64,
}

/// One source's specs, in the order sources take precedence.
pub struct SourceSpecs<'a> {
    /// The static manifest directory: every spec of it is a static pod.
    pub manifests: bool,
    pub pods: &'a [Arc<Pod>],
}

/// What the join decided for one pod.
#[derive(Debug, Clone)]
pub struct Joined {
    pub pod: PodRef,
    pub spec: Option<Arc<Pod>>,
    /// A current spec names this instance's namespace/name but joined another instance (or none
    /// yet): this one is the old instance of a recreated pod.
    pub superseded: bool,
    /// The pod has runtime containers (else it exists through its spec alone).
    pub has_containers: bool,
}

impl Joined {
    /// The same decision (the spec compared by identity: specs are shared, never edited).
    pub fn same(&self, other: &Joined) -> bool {
        self.pod == other.pod
            && self.superseded == other.superseded
            && self.has_containers == other.has_containers
            && match (&self.spec, &other.spec) {
                (None, None) => true,
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                _ => false,
            }
    }
}

struct Kept<'a> {
    spec: &'a Arc<Pod>,
    name: PodName,
    uid: Option<PodUid>,
    mirror: Option<PodUid>,
    is_static: bool,
    /// `metadata.creationTimestamp`, where the spec has one.
    created: Option<f64>,
}

fn non_empty(s: Option<&String>) -> Option<&str> {
    s.map(String::as_str).filter(|s| !s.is_empty())
}

/// The specs that stand for distinct pods: the first source to name a uid wins it; a uid-less
/// (manifest) spec is dropped when a spec with a uid has its namespace/name (the kubelet's or
/// the API server's copy of the same static pod, which carries status).
fn keep_specs<'a>(sources: &[SourceSpecs<'a>]) -> Vec<Kept<'a>> {
    let mut kept = Vec::new();
    let mut seen: HashSet<PodUid> = HashSet::new();
    let mut named: HashSet<PodName> = HashSet::new();
    let mut uidless: Vec<Kept<'a>> = Vec::new();
    for src in sources {
        for spec in src.pods {
            let Some(name) = non_empty(spec.metadata.name.as_ref()) else {
                continue;
            };
            let ns = non_empty(spec.metadata.namespace.as_ref()).unwrap_or("default");
            let mirror =
                non_empty(spec.metadata.annotations.get(MIRROR_ANNOTATION)).map(PodUid::new);
            let k = Kept {
                spec,
                name: PodName::new(ns, name),
                uid: non_empty(spec.metadata.uid.as_ref()).map(PodUid::new),
                is_static: src.manifests || mirror.is_some(),
                mirror,
                created: spec
                    .metadata
                    .creation_timestamp
                    .as_deref()
                    .and_then(crate::health::time::parse_rfc3339),
            };
            match &k.uid {
                Some(uid) => {
                    if seen.contains(uid) || k.mirror.as_ref().is_some_and(|m| seen.contains(m)) {
                        continue;
                    }
                    seen.insert(uid.clone());
                    if let Some(m) = &k.mirror {
                        seen.insert(m.clone());
                    }
                    named.insert(k.name.clone());
                    kept.push(k);
                }
                None => uidless.push(k),
            }
        }
    }
    let mut uidless_names: HashSet<PodName> = HashSet::new();
    for k in uidless {
        if !named.contains(&k.name) && uidless_names.insert(k.name.clone()) {
            kept.push(k);
        }
    }
    kept
}

/// Joins instances and specs into the node's pods, keyed by uid.
pub fn join(instances: &[Instance<'_>], sources: &[SourceSpecs<'_>]) -> HashMap<PodUid, Joined> {
    let kept = keep_specs(sources);
    let by_uid: HashMap<&PodUid, usize> = instances
        .iter()
        .enumerate()
        .map(|(i, x)| (x.uid, i))
        .collect();
    let mut by_name: HashMap<PodName, Vec<usize>> = HashMap::new();
    for (i, x) in instances.iter().enumerate() {
        if !x.plain {
            by_name
                .entry(PodName::new(&x.pod.namespace, &x.pod.name))
                .or_default()
                .push(i);
        }
    }
    let claimed: HashSet<&PodUid> = kept
        .iter()
        .flat_map(|k| k.uid.iter().chain(k.mirror.iter()))
        .collect();

    let mut spec_of: Vec<Option<usize>> = vec![None; instances.len()];
    let mut joined = vec![false; kept.len()];
    // By uid: the spec's own, then a mirror pod's hash.
    for (k, spec) in kept.iter().enumerate() {
        let found = spec
            .uid
            .iter()
            .chain(spec.mirror.iter())
            .filter_map(|u| by_uid.get(u).copied())
            .find(|&i| !instances[i].plain && spec_of[i].is_none());
        if let Some(i) = found {
            spec_of[i] = Some(k);
            joined[k] = true;
        }
    }
    // By namespace/name: static specs only, to unclaimed kubelet-created instances.
    for (k, spec) in kept.iter().enumerate() {
        if joined[k] || !spec.is_static {
            continue;
        }
        let best = by_name
            .get(&spec.name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| spec_of[i].is_none() && !claimed.contains(instances[i].uid))
            .max_by(|&a, &b| {
                let (a, b) = (&instances[a], &instances[b]);
                (a.running, a.newest)
                    .partial_cmp(&(b.running, b.newest))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        if let Some(i) = best {
            spec_of[i] = Some(k);
            joined[k] = true;
        }
    }

    // Per name, the newest current spec's creation (unknown: any instance is older).
    let mut current: HashMap<&PodName, f64> = HashMap::new();
    for k in &kept {
        let t = k.created.unwrap_or(f64::INFINITY);
        let e = current.entry(&k.name).or_insert(t);
        *e = e.max(t);
    }
    let mut out = HashMap::with_capacity(instances.len() + kept.len());
    for (i, x) in instances.iter().enumerate() {
        let spec = spec_of[i].map(|k| kept[k].spec.clone());
        let superseded = spec.is_none()
            && !x.plain
            && current
                .get(&PodName::new(&x.pod.namespace, &x.pod.name))
                .is_some_and(|&spec_created| x.created < spec_created);
        out.insert(
            x.uid.clone(),
            Joined {
                pod: x.pod.clone(),
                spec,
                superseded,
                has_containers: true,
            },
        );
    }
    for (k, spec) in kept.iter().enumerate() {
        if joined[k] {
            continue;
        }
        let uid = spec
            .uid
            .clone()
            .unwrap_or_else(|| PodUid::static_stand_in(&spec.name.namespace, &spec.name.name));
        // A spec uid equal to a plain container's id cannot take that container's place.
        out.entry(uid.clone()).or_insert_with(|| Joined {
            pod: PodRef {
                namespace: spec.name.namespace.clone(),
                name: spec.name.name.clone(),
                uid: uid.as_str().to_string(),
            },
            spec: Some(spec.spec.clone()),
            superseded: false,
            has_containers: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pref(ns: &str, name: &str, uid: &str) -> PodRef {
        PodRef {
            namespace: ns.into(),
            name: name.into(),
            uid: uid.into(),
        }
    }

    fn spec(ns: &str, name: &str, uid: Option<&str>, mirror: Option<&str>) -> Arc<Pod> {
        spec_at(ns, name, uid, mirror, None)
    }

    fn spec_at(
        ns: &str,
        name: &str,
        uid: Option<&str>,
        mirror: Option<&str>,
        created: Option<&str>,
    ) -> Arc<Pod> {
        let mut p = Pod::default();
        p.metadata.creation_timestamp = created.map(str::to_string);
        p.metadata.namespace = Some(ns.into());
        p.metadata.name = Some(name.into());
        p.metadata.uid = uid.map(str::to_string);
        if let Some(m) = mirror {
            p.metadata
                .annotations
                .insert(MIRROR_ANNOTATION.into(), m.into());
        }
        Arc::new(p)
    }

    struct Case {
        name: &'static str,
        /// (ns, name, uid, plain, running, newest)
        instances: Vec<(&'static str, &'static str, &'static str, bool, bool, f64)>,
        api: Vec<Arc<Pod>>,
        manifests: Vec<Arc<Pod>>,
        /// (uid, has a spec, superseded)
        want: Vec<(&'static str, bool, bool)>,
    }

    fn run(c: &Case) -> HashMap<PodUid, Joined> {
        let uids: Vec<PodUid> = c.instances.iter().map(|x| PodUid::new(x.2)).collect();
        let refs: Vec<PodRef> = c.instances.iter().map(|x| pref(x.0, x.1, x.2)).collect();
        let inst: Vec<Instance<'_>> = c
            .instances
            .iter()
            .enumerate()
            .map(|(i, x)| Instance {
                uid: &uids[i],
                pod: &refs[i],
                plain: x.3,
                running: x.4,
                newest: x.5,
                created: x.5,
            })
            .collect();
        join(
            &inst,
            &[
                SourceSpecs {
                    manifests: false,
                    pods: &c.api,
                },
                SourceSpecs {
                    manifests: true,
                    pods: &c.manifests,
                },
            ],
        )
    }

    #[test]
    fn join_table() {
        let cases = vec![
            Case {
                name: "uid join",
                instances: vec![("ns", "web", "u1", false, true, 1.0)],
                api: vec![spec("ns", "web", Some("u1"), None)],
                manifests: vec![],
                want: vec![("u1", true, false)],
            },
            Case {
                name: "recreated under its name: old instance superseded, new spec-only",
                instances: vec![("ns", "web-0", "old", false, true, 1.0)],
                api: vec![spec("ns", "web-0", Some("new"), None)],
                manifests: vec![],
                want: vec![("old", false, true), ("new", true, false)],
            },
            Case {
                name: "recreated: both instances present, each its own",
                instances: vec![
                    ("ns", "web-0", "old", false, false, 1.0),
                    ("ns", "web-0", "new", false, true, 2.0),
                ],
                api: vec![spec("ns", "web-0", Some("new"), None)],
                manifests: vec![],
                want: vec![("old", false, true), ("new", true, false)],
            },
            Case {
                name: "an instance newer than the spec of its name is not superseded",
                instances: vec![("ns", "web-0", "newer", false, true, 2e9)],
                api: vec![spec_at(
                    "ns",
                    "web-0",
                    Some("u1"),
                    None,
                    Some("2026-01-01T00:00:00Z"),
                )],
                manifests: vec![],
                want: vec![("newer", false, false), ("u1", true, false)],
            },
            Case {
                name: "a non-static API spec never joins by name",
                instances: vec![("ns", "web", "other", false, true, 1.0)],
                api: vec![spec("ns", "web", Some("u1"), None)],
                manifests: vec![],
                want: vec![("other", false, true), ("u1", true, false)],
            },
            Case {
                name: "manifest joins an unclaimed kubelet instance by name",
                instances: vec![("kube-system", "etcd-n1", "hash1", false, true, 1.0)],
                api: vec![],
                manifests: vec![spec("kube-system", "etcd-n1", None, None)],
                want: vec![("hash1", true, false)],
            },
            Case {
                name: "manifest re-applied: the running, newest instance gets the spec",
                instances: vec![
                    ("kube-system", "etcd-n1", "hash1", false, false, 1.0),
                    ("kube-system", "etcd-n1", "hash2", false, true, 2.0),
                ],
                api: vec![],
                manifests: vec![spec("kube-system", "etcd-n1", None, None)],
                want: vec![("hash1", false, true), ("hash2", true, false)],
            },
            Case {
                name: "plain container named like a static pod never gets its spec",
                instances: vec![("docker", "web-n1", "c0ffee", true, true, 1.0)],
                api: vec![],
                manifests: vec![spec("docker", "web-n1", None, None)],
                want: vec![
                    ("c0ffee", false, false),
                    ("static docker/web-n1", true, false),
                ],
            },
            Case {
                name: "mirror pod joins by its hash; the manifest copy is the same pod",
                instances: vec![("kube-system", "etcd-n1", "hash1", false, true, 1.0)],
                api: vec![spec(
                    "kube-system",
                    "etcd-n1",
                    Some("api-uid"),
                    Some("hash1"),
                )],
                manifests: vec![spec("kube-system", "etcd-n1", None, None)],
                want: vec![("hash1", true, false)],
            },
            Case {
                name: "mirror pod with a stale hash joins by name",
                instances: vec![("kube-system", "etcd-n1", "hash2", false, true, 1.0)],
                api: vec![spec(
                    "kube-system",
                    "etcd-n1",
                    Some("api-uid"),
                    Some("hash1"),
                )],
                manifests: vec![],
                want: vec![("hash2", true, false)],
            },
            Case {
                name: "a static spec does not take an instance another spec claims",
                instances: vec![("ns", "x", "u1", false, true, 1.0)],
                api: vec![spec("ns", "x", Some("u1"), None)],
                manifests: vec![spec("ns", "y", None, None)],
                want: vec![("u1", true, false), ("static ns/y", true, false)],
            },
            Case {
                name: "no spec at all: runtime-only pods",
                instances: vec![
                    ("ns", "a", "u1", false, true, 1.0),
                    ("docker", "b", "c1", true, true, 1.0),
                ],
                api: vec![],
                manifests: vec![],
                want: vec![("u1", false, false), ("c1", false, false)],
            },
            Case {
                name: "the first source wins a uid",
                instances: vec![],
                api: vec![
                    spec("ns", "a", Some("u1"), None),
                    spec("ns", "a", Some("u1"), None),
                ],
                manifests: vec![],
                want: vec![("u1", true, false)],
            },
        ];
        for c in &cases {
            let got = run(c);
            assert_eq!(got.len(), c.want.len(), "{}: {got:?}", c.name);
            for (uid, has_spec, superseded) in &c.want {
                let j = got
                    .get(*uid)
                    .unwrap_or_else(|| panic!("{}: no pod {uid}: {got:?}", c.name));
                assert_eq!(j.spec.is_some(), *has_spec, "{}: spec of {uid}", c.name);
                assert_eq!(j.superseded, *superseded, "{}: superseded {uid}", c.name);
                assert_eq!(j.pod.uid, *uid, "{}", c.name);
            }
        }
    }
}
