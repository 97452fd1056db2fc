//! The pod identity of the node state: a pod is its uid.
//!
//! Owns the one key type every per-pod map of the state is keyed by. It must not be built from
//! a namespace/name pair except through [`PodUid::static_stand_in`], the one place where a pod
//! has no uid podpulse can know (a static pod from a manifest before any of its containers show).

use std::borrow::Borrow;
use std::fmt;
use std::sync::Arc;

/// A pod's uid: the kubelet's uid from its containers' labels, an API object's `metadata.uid`,
/// or the stand-in of a static pod that no container has shown yet. Cheap to clone (shared).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PodUid(Arc<str>);

impl PodUid {
    pub fn new(uid: &str) -> PodUid {
        PodUid(Arc::from(uid))
    }

    /// The kubelet derives a static pod's uid as a hash over Go's printed pod object, which
    /// podpulse cannot recompute; until a container carries the real one, the pod is known by
    /// this stand-in. A space cannot appear in a runtime uid (identity labels are printable
    /// ASCII without spaces) nor in an API uid, so the stand-in never collides with one.
    pub fn static_stand_in(namespace: &str, name: &str) -> PodUid {
        PodUid(Arc::from(format!("static {namespace}/{name}").as_str()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PodUid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Borrow<str> for PodUid {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// A pod's namespace and name: what `kubectl` addresses, and what two instances of one pod share.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PodName {
    pub namespace: String,
    pub name: String,
}

impl PodName {
    pub fn new(namespace: &str, name: &str) -> PodName {
        PodName {
            namespace: namespace.to_string(),
            name: name.to_string(),
        }
    }
}
