//! cargo-fuzz target: the klog parser, pod attribution and the rule table on arbitrary bytes.
//! Run: `cargo +nightly fuzz run klog fuzz/corpus/klog` (from the crate root).
//! Must never panic, never allocate without bound, and keep its invariants (below).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use podpulse::journal::attribution::is_uid;
use podpulse::journal::{analyze, LineSource, Rules, MAX_MESSAGE_BYTES};

static RULES: LazyLock<Rules> = LazyLock::new(Rules::shipped);

fuzz_target!(|data: &[u8]| {
    let a = analyze(&RULES, data, true);
    for kv in a.line.pairs() {
        let _ = kv.value();
    }
    let ev = a.to_event(0.0, None, LineSource::Kubelet);
    assert!(ev.message.len() <= MAX_MESSAGE_BYTES);
    if let Some(uid) = &ev.pod_uid {
        assert!(is_uid(uid.as_bytes()), "uid {uid:?}");
    }
    if ev.node_problem.is_some() {
        assert!(ev.pod.is_none() && ev.namespace.is_none() && ev.pod_uid.is_none());
    }
    for s in [&ev.namespace, &ev.pod, &ev.container].into_iter().flatten() {
        assert!(!s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'));
    }
});
