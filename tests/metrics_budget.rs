//! The series budget of issue 14: the reference pod (one container, HTTP readiness and HTTP
//! liveness) costs at most 50 series by default and at most 20 in the lean profile. A change
//! that adds series to every pod fails here and has to argue for its cost.
//!
//! Counted from a rendered synthetic snapshot (tests/metrics_support): the count must not
//! depend on timing, which a live agent's first probe runs would make it.

mod metrics_support;

use metrics_support::{node, pod, render, series_of_pod, snapshot, PodShape};
use podpulse::metrics::{Profile, Selection, SelectionSpec};

const FULL_BUDGET: usize = 50;
const LEAN_BUDGET: usize = 20;

fn selection(profile: Profile) -> Selection {
    Selection::new(SelectionSpec {
        profile,
        ..Default::default()
    })
    .expect("valid selection")
}

#[test]
fn reference_pod_stays_within_its_series_budget() {
    let p = pod(0, &PodShape::reference());
    let who = p.pod.clone();
    let snap = snapshot(vec![p]);
    for (profile, budget) in [(Profile::Full, FULL_BUDGET), (Profile::Lean, LEAN_BUDGET)] {
        let text = render(&snap, &selection(profile), false);
        let n = series_of_pod(&text, &who);
        println!(
            "reference pod, {} profile: {n} series (budget {budget})",
            profile.as_str()
        );
        assert!(
            n <= budget,
            "the reference pod costs {n} series in the {} profile, over its budget of {budget}:\n{text}",
            profile.as_str()
        );
        // Zero would mean the count is not counting.
        assert!(n >= 10, "{n} series is implausibly few:\n{text}");
    }
}

#[test]
fn lean_keeps_what_the_alerts_read_and_drops_histograms() {
    let snap = node(3, &PodShape::node());
    let text = render(&snap, &selection(Profile::Lean), false);
    for needed in [
        "podpulse_pod_status_phase{",
        "podpulse_pod_status{",
        "podpulse_pod_ready{",
        "podpulse_pod_owner{",
        "podpulse_container_status_restarts_total{",
        "podpulse_container_oom_kills_total{",
        "podpulse_container_crashlooping{",
        "podpulse_probe_status{",
        "podpulse_probe_success{",
        "podpulse_runtime_up{",
    ] {
        assert!(text.contains(needed), "lean lacks {needed}:\n{text}");
    }
    for dropped in [
        "podpulse_probe_duration_seconds",
        "podpulse_probe_results_total",
        "podpulse_container_info",
    ] {
        assert!(!text.contains(dropped), "lean still has {dropped}");
    }
}

#[test]
fn per_pod_cost_is_linear() {
    // Two node pods cost exactly twice one: nothing per pod hides in agent-level families.
    let sel = selection(Profile::Full);
    let one = render(&node(1, &PodShape::node()), &sel, false);
    let two = render(&node(2, &PodShape::node()), &sel, false);
    let count = |t: &str| metrics_support::samples(t).count();
    let per_pod = count(&two) - count(&one);
    assert_eq!(
        count(&one) - per_pod,
        count(&render(&node(0, &PodShape::node()), &sel, false))
    );
}

#[test]
fn lean_keeps_every_family_the_alerts_use() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/base/prometheusrule.yaml"
    );
    let rules = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let re = regex::Regex::new(r"\bpodpulse_[a-z0-9_]+").expect("regex");
    let mut used: Vec<&str> = re.find_iter(&rules).map(|m| m.as_str()).collect();
    used.sort_unstable();
    used.dedup();
    assert!(!used.is_empty(), "no podpulse_ series in {path}");
    for name in used {
        let family = podpulse::metrics::families::FAMILIES.iter().find(|f| {
            let exposed = f.exposed_name();
            name == exposed
                || ["_bucket", "_sum", "_count"]
                    .iter()
                    .any(|s| name.strip_suffix(s) == Some(exposed.as_str()))
        });
        let family =
            family.unwrap_or_else(|| panic!("the alerts use {name}, which no collector renders"));
        assert!(
            family.lean,
            "the alerts use {name}, which the lean profile drops"
        );
    }
}
