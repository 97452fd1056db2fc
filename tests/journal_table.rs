//! Table tests for the journal pipeline: real kubelet/containerd lines from public bug reports
//! (tests/data/journal/real_lines.jsonl) and lines composed from the kubelet's own format strings
//! plus look-alikes (source_lines.jsonl), run through the offline `kubelet-log -o json` command
//! exactly as a user would, one output object per input line, in order.

use podpulse::journal::{kubelet_log_run, KubeletLogArgs, OutputFormat};
use serde_json::Value;

const FIELDS: [&str; 5] = ["namespace", "pod", "pod_uid", "container", "reason"];

fn check(file: &str) {
    let path = format!("{}/tests/data/journal/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let cases: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}: {l}")))
        .collect();
    assert!(!cases.is_empty());
    let input: String = cases
        .iter()
        .map(|c| format!("{}\n", c["line"].as_str().unwrap_or_default()))
        .collect();
    let mut out = Vec::new();
    let code = kubelet_log_run(
        KubeletLogArgs {
            output: OutputFormat::Json,
            ..Default::default()
        },
        &mut input.as_bytes(),
        &mut out,
    );
    assert_eq!(code, 0);
    let got: Vec<Value> = String::from_utf8_lossy(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or(Value::Null))
        .collect();
    assert_eq!(got.len(), cases.len(), "one output object per input line");
    let mut failures = Vec::new();
    for (case, g) in cases.iter().zip(&got) {
        for f in FIELDS {
            if case[f] != g[f] {
                failures.push(format!(
                    "{f}: want {} got {}\n  line: {}\n  source: {}",
                    case[f], g[f], case["line"], case["source"]
                ));
            }
        }
        let keys = g.as_object().map(|o| o.len()).unwrap_or(0);
        assert_eq!(keys, 5, "exactly the five documented keys: {g}");
    }
    assert!(
        failures.is_empty(),
        "{} mismatches in {file}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn real_kubelet_lines_from_bug_reports() {
    check("real_lines.jsonl");
}

#[test]
fn lines_from_kubelet_source_and_look_alikes() {
    check("source_lines.jsonl");
}

#[test]
fn summary_table_over_real_lines() {
    let path = format!(
        "{}/tests/data/journal/real_lines.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let input: String = text
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|v| format!("{}\n", v["line"].as_str().unwrap_or_default()))
        .collect();
    let mut out = Vec::new();
    let code = kubelet_log_run(KubeletLogArgs::default(), &mut input.as_bytes(), &mut out);
    assert_eq!(code, 0);
    let table = String::from_utf8_lossy(&out);
    eprintln!("{table}");
    assert!(table.starts_with("NAMESPACE"));
    assert!(table.contains("CrashLoopBackOffx1"));
    assert!(table.contains("NODE PROBLEMS:"));
    assert!(table.contains("PlegNotHealthyx5"));
}
