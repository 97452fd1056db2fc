//! One metric list (issue 14): the collector table `podpulse::metrics::families::FAMILIES` is the
//! source; this test holds `docs/metrics.md` and `tests/data/deploy/metrics-contract.txt` (the
//! names the deploy tests let alerts and dashboards use) to it, and holds the table to what the
//! renderer really writes (every family emitted, with exactly its declared labels).
//!
//! `PODPULSE_BLESS=1 cargo test --test metrics_contract` rewrites the contract file from the
//! table; the docs' meaning column is prose and stays hand-written.

mod metrics_support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

use metrics_support::{pod, render, snapshot, troubled_pod, PodShape};
use podpulse::metrics::families::{Family, FAMILIES};
use podpulse::metrics::{render_with, Profile, RenderInputs, Selection, SelectionSpec};

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// The contract file as the table implies it.
fn contract_text() -> String {
    let mut out = String::from(
        "# Generated from podpulse::metrics::families::FAMILIES by tests/metrics_contract.rs\n\
         # (PODPULSE_BLESS=1 cargo test --test metrics_contract); do not edit by hand.\n\
         # Alerts and the dashboard may use only these names (a histogram: its _bucket/_sum/_count),\n\
         # plus `up`.\n",
    );
    for f in FAMILIES {
        out.push_str(&f.exposed_name());
        out.push('\n');
    }
    out
}

#[test]
fn contract_file_is_generated_from_the_collectors() {
    let want = contract_text();
    if std::env::var_os("PODPULSE_BLESS").is_some() {
        std::fs::write(repo("tests/data/deploy/metrics-contract.txt"), &want)
            .expect("write contract");
    }
    let have = read("tests/data/deploy/metrics-contract.txt");
    assert_eq!(
        have, want,
        "metrics-contract.txt differs from the collectors: PODPULSE_BLESS=1 cargo test --test metrics_contract"
    );
}

/// `| `name` | type | `a`, `b` | lean | meaning |` rows of docs/metrics.md.
fn doc_rows() -> BTreeMap<String, (String, Vec<String>, String)> {
    let mut rows = BTreeMap::new();
    for line in read("docs/metrics.md").lines() {
        if !line.starts_with("| `") {
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        assert!(
            cells.len() >= 5,
            "docs/metrics.md row without 5 cells: {line}"
        );
        let name = cells[0].trim_matches('`').to_string();
        let labels = if cells[2] == "—" {
            Vec::new()
        } else {
            cells[2]
                .split(", ")
                .map(|l| l.trim_matches('`').to_string())
                .collect()
        };
        let dup = rows.insert(
            name.clone(),
            (cells[1].to_string(), labels, cells[3].to_string()),
        );
        assert!(dup.is_none(), "docs/metrics.md lists {name} twice");
    }
    rows
}

fn doc_row(f: &Family) -> String {
    let labels = if f.labels.is_empty() {
        "—".to_string()
    } else {
        f.labels
            .iter()
            .map(|l| format!("`{l}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "| `{}` | {} | {labels} | {} | {} |",
        f.exposed_name(),
        f.kind_str(),
        if f.lean { "yes" } else { "no" },
        f.help
    )
}

#[test]
fn docs_list_exactly_the_rendered_families() {
    let rows = doc_rows();
    let mut problems = Vec::new();
    for f in FAMILIES {
        let name = f.exposed_name();
        match rows.get(&name) {
            None => problems.push(format!("missing row, e.g.: {}", doc_row(f))),
            Some((kind, labels, lean)) => {
                if kind != f.kind_str() {
                    problems.push(format!(
                        "{name}: docs say type {kind}, renderer {}",
                        f.kind_str()
                    ));
                }
                if labels != &f.labels.iter().map(|l| l.to_string()).collect::<Vec<_>>() {
                    problems.push(format!(
                        "{name}: docs say labels {labels:?}, renderer {:?}",
                        f.labels
                    ));
                }
                let want_lean = if f.lean { "yes" } else { "no" };
                if lean != want_lean {
                    problems.push(format!(
                        "{name}: docs say lean {lean}, renderer {want_lean}"
                    ));
                }
            }
        }
    }
    let known: BTreeSet<String> = FAMILIES.iter().map(Family::exposed_name).collect();
    for name in rows.keys().filter(|n| !known.contains(*n)) {
        problems.push(format!(
            "docs list {name}, which the renderer does not emit"
        ));
    }
    assert!(
        problems.is_empty(),
        "docs/metrics.md disagrees with the collectors:\n{}",
        problems.join("\n")
    );
}

/// Everything on: journal stats, pod labels, the troubled pod's sparse series.
fn rich_text(openmetrics: bool) -> String {
    let snap = snapshot(vec![pod(0, &PodShape::reference()), troubled_pod(1)]);
    let mut snap = snap;
    snap.sources.push(podpulse::state::SourceStatus {
        source: "manifests",
        up: true,
        pods: 2,
    });
    snap.node_problems.insert("PLEGNotHealthy", 1);
    let journal = podpulse::journal::reader::JournalStats::default();
    let sel = Selection::new(SelectionSpec {
        pod_labels: vec!["app".into(), "pod-template-hash".into()],
        ..Default::default()
    })
    .expect("selection");
    render_with(
        &RenderInputs {
            snapshot: &snap,
            skips: &[("bad_labels", 1)],
            config_errors: &[("manifests", 0)],
            journal: Some(&journal),
            openmetrics,
        },
        &sel,
    )
}

/// (metric name, label names) of each sample line.
fn parse(text: &str) -> Vec<(String, Vec<String>)> {
    metrics_support::samples(text)
        .map(|line| {
            let (head, _) = line.rsplit_once(' ').expect("value");
            match head.split_once('{') {
                None => (head.to_string(), Vec::new()),
                Some((name, rest)) => {
                    let mut labels = Vec::new();
                    let mut rest = rest;
                    while let Some((label, after)) = rest.split_once("=\"") {
                        labels.push(label.trim_start_matches(',').to_string());
                        // Skip the value: up to the next unescaped quote.
                        let bytes = after.as_bytes();
                        let mut i = 0;
                        while i < bytes.len() && bytes[i] != b'"' {
                            i += if bytes[i] == b'\\' { 2 } else { 1 };
                        }
                        rest = &after[(i + 1).min(after.len())..];
                    }
                    (name.to_string(), labels)
                }
            }
        })
        .collect()
}

#[test]
fn renderer_emits_every_family_with_exactly_its_labels() {
    let text = rich_text(false);
    let samples = parse(&text);
    for f in FAMILIES {
        if f.name.starts_with("process_") && !std::path::Path::new("/proc/self/stat").exists() {
            continue;
        }
        let base = f.exposed_name();
        let mine: Vec<&(String, Vec<String>)> = samples
            .iter()
            .filter(|(n, _)| {
                *n == base
                    || (f.kind_str() == "histogram"
                        && [
                            format!("{base}_bucket"),
                            format!("{base}_sum"),
                            format!("{base}_count"),
                        ]
                        .contains(n))
            })
            .collect();
        assert!(
            !mine.is_empty(),
            "{base} is in the table but not rendered:\n{text}"
        );
        for (name, labels) in mine {
            let mut want: Vec<String> = Vec::new();
            for l in f.labels {
                if *l == "label_*" {
                    want.extend(labels.iter().filter(|x| x.starts_with("label_")).cloned());
                } else {
                    want.push(l.to_string());
                }
            }
            if name.ends_with("_bucket") {
                want.push("le".into());
            }
            assert_eq!(
                labels, &want,
                "{name} carries other labels than the table says"
            );
        }
    }
    // Every TYPE line names a family of the table.
    for line in text.lines().filter(|l| l.starts_with("# TYPE ")) {
        let name = line.split_whitespace().nth(2).expect("name");
        assert!(
            FAMILIES.iter().any(|f| f.exposed_name() == name),
            "{name} is rendered but not in the table"
        );
    }
}

#[test]
fn pod_labels_are_sanitized_and_bounded() {
    let text = rich_text(false);
    let line = text
        .lines()
        .find(|l| l.starts_with("podpulse_pod_labels{") && l.contains("team-a"))
        .expect("pod_labels series of the troubled pod");
    assert!(
        line.contains("label_pod_template_hash=\"5d4f8c7b9\""),
        "{line}"
    );
    // The tenant's value lost its newline and was cut to 63 bytes; the quote is escaped.
    let value = line.split("label_app=\"").nth(1).expect("label_app");
    let value = &value[..value
        .find("\",")
        .or_else(|| value.find("\"}"))
        .expect("end")];
    assert!(!value.contains('\n') && !value.contains("\\n"), "{line}");
    assert_eq!(value.replace("\\\"", "\"").len(), 63, "{line}");
    assert!(text.contains("owner_kind=\"Job\""), "{text}");
    assert!(
        text.contains("owner_kind=\"ReplicaSet\",owner_name=\"web-5d4f8c7b9\""),
        "{text}"
    );
    assert!(
        text.contains("podpulse_container_terminations_total{namespace=\"team-a\""),
        "{text}"
    );
    assert!(
        text.contains("reason=\"Other\""),
        "unknown reasons fold to Other:\n{text}"
    );
}

#[test]
fn selection_filters_families_and_namespaces() {
    let snap = snapshot(vec![pod(0, &PodShape::reference()), troubled_pod(1)]);
    let sel = |spec: SelectionSpec| Selection::new(spec).expect("selection");
    let text = render(
        &snap,
        &sel(SelectionSpec {
            namespaces_exclude: vec!["team-*".into()],
            ..Default::default()
        }),
        false,
    );
    assert!(
        !text.contains("team-a"),
        "excluded namespace rendered:\n{text}"
    );
    assert!(text.contains("namespace=\"ns-0\""));
    let text = render(
        &snap,
        &sel(SelectionSpec {
            namespaces_include: vec!["team-?".into()],
            ..Default::default()
        }),
        false,
    );
    assert!(text.contains("team-a") && !text.contains("ns-0"), "{text}");
    let text = render(
        &snap,
        &sel(SelectionSpec {
            denylist: vec!["podpulse_probe_.*".into(), "process_.*".into()],
            ..Default::default()
        }),
        false,
    );
    assert!(
        !text.contains("podpulse_probe_") && !text.contains("process_"),
        "{text}"
    );
    assert!(text.contains("podpulse_pod_ready{"));
    let text = render(
        &snap,
        &sel(SelectionSpec {
            allowlist: vec![
                "podpulse_pod_status_phase".into(),
                "podpulse_container_.*_total".into(),
            ],
            ..Default::default()
        }),
        false,
    );
    let types: BTreeSet<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# TYPE "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        types.into_iter().collect::<Vec<_>>(),
        [
            "podpulse_container_oom_kills_total",
            "podpulse_container_status_restarts_total",
            "podpulse_container_terminations_total",
            "podpulse_pod_status_phase"
        ]
    );
    // Lean and an allowlist compose: the histogram stays out even when allowlisted.
    let text = render(
        &snap,
        &sel(SelectionSpec {
            profile: Profile::Lean,
            allowlist: vec!["podpulse_probe_.*".into()],
            ..Default::default()
        }),
        false,
    );
    assert!(
        text.contains("podpulse_probe_status{") && !text.contains("_bucket"),
        "{text}"
    );
}

#[test]
fn openmetrics_names_counters_without_total_and_ends_with_eof() {
    let text = rich_text(true);
    assert!(
        text.contains("# TYPE podpulse_container_terminations counter\n"),
        "{text}"
    );
    assert!(
        text.contains("podpulse_container_terminations_total{"),
        "{text}"
    );
    assert!(text.ends_with("# EOF\n"));
}

#[test]
fn build_info_carries_version_and_revision() {
    let text = rich_text(false);
    let line = text
        .lines()
        .find(|l| l.starts_with("podpulse_build_info{"))
        .expect("build_info");
    assert!(
        line.contains(&format!("version=\"{}\"", env!("CARGO_PKG_VERSION"))),
        "{line}"
    );
    let rev = podpulse::metrics::build::REVISION;
    assert!(
        rev == "unknown" || (rev.len() == 12 && rev.bytes().all(|b| b.is_ascii_hexdigit())),
        "{rev}"
    );
    assert!(line.contains(&format!("revision=\"{rev}\"")), "{line}");
    // Built from this checkout, the revision is HEAD's (or an ancestor's, if HEAD moved since).
    if repo(".git").exists() {
        assert_ne!(
            rev, "unknown",
            "built inside a git checkout, the revision must be known"
        );
    }
}

#[test]
fn promtool_accepts_full_and_lean() {
    let promtool = Command::new("promtool").arg("--version").output();
    assert!(
        promtool.is_ok_and(|o| o.status.success()),
        "promtool is not installed: run scripts/setup.sh (Debian's prometheus package)"
    );
    let lean = Selection::new(SelectionSpec {
        profile: Profile::Lean,
        pod_labels: vec!["app".into()],
        ..Default::default()
    })
    .expect("selection");
    for (what, text) in [
        ("full", rich_text(false)),
        (
            "lean",
            render(&snapshot(vec![troubled_pod(1)]), &lean, false),
        ),
    ] {
        let mut child = Command::new("promtool")
            .args(["check", "metrics"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn promtool");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write");
        let out = child.wait_with_output().expect("promtool");
        assert!(
            out.status.success(),
            "promtool check metrics ({what}) failed:\n{}{}\n{text}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
