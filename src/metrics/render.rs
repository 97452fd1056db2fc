//! Renders one scrape: walks [`FAMILIES`](super::families::FAMILIES) and lets each selected
//! collector write its samples from the snapshot. The selection (profile, allow/deny list,
//! namespaces, pod labels) comes from the config; [`render`] is the full profile unfiltered.

use crate::metrics::families::{Ctx, FAMILIES};
use crate::metrics::select::Selection;
use crate::state::Snapshot;

/// Everything a scrape renders.
pub struct RenderInputs<'a> {
    pub snapshot: &'a Snapshot,
    /// Containers skipped by the runtime mapping, by kind (`bad_labels`, `vanished`, ...).
    pub skips: &'a [(&'static str, u64)],
    /// Configuration errors found at run time, by source (`manifests`, `kubelet`, `apiserver`).
    pub config_errors: &'a [(&'static str, u64)],
    pub journal: Option<&'a crate::journal::reader::JournalStats>,
    pub openmetrics: bool,
}

/// Every family, every pod: the default selection.
pub fn render(inp: &RenderInputs<'_>) -> String {
    render_with(inp, &Selection::default())
}

/// The families and pods `sel` selects.
pub fn render_with(inp: &RenderInputs<'_>, sel: &Selection) -> String {
    let mut ctx = Ctx::new(inp, sel);
    for f in FAMILIES {
        ctx.collect(f);
    }
    ctx.e.finish()
}
