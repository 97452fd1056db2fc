//! Metrics bench (issue 14): series and bytes per scrape of a full node (110 pods × 2
//! containers × 4 HTTP probes, the kubelet's default max pods) in the full and lean profiles,
//! text and OpenMetrics, and the render time for 1,000 synthetic pods.
//!
//! The pods are built by the agent's own classifier and probe book (tests/metrics_support), and
//! rendered in-process with the renderer `/metrics` runs: this measures the renderer, not the
//! process (the whole-agent figures are `benches/agent.rs`'s). gzip is the server's and is not
//! measured here. Run: `cargo bench --bench metrics`.

#[path = "../tests/metrics_support/mod.rs"]
mod metrics_support;

use std::time::Instant;

use metrics_support::{node, render, samples, PodShape};
use podpulse::metrics::{Profile, Selection, SelectionSpec};

fn selection(profile: Profile) -> Selection {
    Selection::new(SelectionSpec {
        profile,
        ..Default::default()
    })
    .expect("valid selection")
}

fn median_ms(mut f: impl FnMut() -> usize, runs: usize) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    // Test runners list benches with `--list`; this harness has nothing to list.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let shape = PodShape::node();
    let snap110 = node(110, &shape);
    for profile in [Profile::Full, Profile::Lean] {
        let sel = selection(profile);
        for om in [false, true] {
            let text = render(&snap110, &sel, om);
            println!(
                "node pods=110 containers=2 probes=4 profile={} format={} series={} bytes={}",
                profile.as_str(),
                if om { "openmetrics" } else { "text" },
                samples(&text).count(),
                text.len()
            );
        }
    }
    let snap1000 = node(1000, &shape);
    for profile in [Profile::Full, Profile::Lean] {
        let sel = selection(profile);
        let mut size = 0;
        let ms = median_ms(
            || {
                let t = render(&snap1000, &sel, false);
                size = t.len();
                size
            },
            30,
        );
        println!(
            "render pods=1000 profile={} median_ms={ms:.2} bytes={size}",
            profile.as_str()
        );
    }
}
