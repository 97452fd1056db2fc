//! Journal pipeline benchmark: build a journal file of N kubelet entries (default 500,000) with
//! systemd-journal-remote, then in one run read + parse + attribute + classify them with the
//! agent's reader (`spawn_reader`, channel and all), and, side by side, `journalctl -D <dir> -o
//! json > /dev/null` and `journalctl -D <dir> -o cat > /dev/null`. Reports entries/s for each,
//! the ratios, and the reader's peak RSS.
//!
//! `cargo bench --bench journal` (env `PP_JR_BENCH_ENTRIES` changes N; `PP_JR_BENCH_FIELDS=minimal`
//! writes 9 fields per entry instead of the 23 a real kubelet entry carries).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use podpulse::journal::klog::strip_syslog_prefix;
use podpulse::journal::{spawn_reader, JournalConfig};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

const JOURNAL_REMOTE: &str = "/usr/lib/systemd/systemd-journal-remote";

fn sample_lines() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for f in ["real_lines.jsonl", "source_lines.jsonl"] {
        let p = format!("{}/tests/data/journal/{f}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        for l in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(l) else {
                continue;
            };
            if let Some(line) = v["line"].as_str() {
                // journald stores the message without the syslog prefix.
                let (_, rest) = strip_syslog_prefix(line.as_bytes());
                out.push(rest.to_vec());
            }
        }
    }
    // The bulk of a real kubelet journal is routine info lines no rule matches.
    let noise: [&[u8]; 6] = [
        br#"I0301 10:00:00.000000    2480 kubelet.go:2453] "SyncLoop (PLEG): event for pod" pod="default/web-5d9f7c" event={"ID":"0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f","Type":"ContainerDied","Data":"4296b9e2377fddb0"}"#,
        br#"I0301 10:00:00.000000    2480 scope.go:117] "RemoveContainer" containerID="4709e866a99bcdbe858feaa24263302ca41811aeb1d9989a2096063ce3021402""#,
        br#"I0301 10:00:00.000000    2480 reconciler_common.go:258] "operationExecutor.VerifyControllerAttachedVolume started for volume \"kube-api-access-5m97q\" (UniqueName: \"kubernetes.io/projected/3a75447e-fc85-4512-8c2d-660981250ad8-kube-api-access-5m97q\") pod \"aws-node-nrswh\" (UID: \"3a75447e-fc85-4512-8c2d-660981250ad8\") " pod="kube-system/aws-node-nrswh""#,
        br#"I0301 10:00:00.000000    2480 kubelet.go:2408] "SyncLoop UPDATE" source="api" pods=["default/web-5d9f7c"]"#,
        br#"I0301 10:00:00.000000    2480 pod_startup_latency_tracker.go:102] "Observed pod startup duration" pod="default/web-5d9f7c" podStartSLOduration=2.1 podStartE2EDuration="2.1s""#,
        br#"I0301 10:00:00.000000    2480 kubelet_getters.go:187] "Pod status updated" pod="kube-system/etcd-node1" status="Running""#,
    ];
    for _ in 0..3 {
        out.extend(noise.iter().map(|l| l.to_vec()));
    }
    out
}

fn build_journal(file: &Path, n: usize, minimal: bool) {
    let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .unwrap_or_default()
        .trim()
        .replace('-', "");
    let lines = sample_lines();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as u64)
        .unwrap_or(0);
    let t0 = now - 86_400_000_000;
    let mut child = Command::new(JOURNAL_REMOTE)
        .arg("-o")
        .arg(file)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn systemd-journal-remote");
    {
        let mut w = BufWriter::with_capacity(1 << 20, child.stdin.take().expect("stdin"));
        for i in 0..n {
            let rt = t0 + i as u64 * 100;
            let line = &lines[i % lines.len()];
            // Typical fields journald attaches to a kubelet entry, so `-o json` has a realistic
            // amount to render (or, with PP_JR_BENCH_FIELDS=minimal, the few fields of the test
            // notes' sample export); a sequence number keeps every MESSAGE distinct (journald
            // dedups identical field data, which would flatter every reader).
            let mono = rt - 1_700_000_000_000_000;
            if minimal {
                let _ = write!(
                    w,
                    "__REALTIME_TIMESTAMP={rt}\n__MONOTONIC_TIMESTAMP={mono}\n_BOOT_ID={boot}\n\
                     _HOSTNAME=pp-jr-bench-node\n_PID=2480\nPRIORITY=6\nSYSLOG_IDENTIFIER=kubelet\n\
                     _SYSTEMD_UNIT=kubelet.service\nMESSAGE="
                );
            } else {
                let _ = write!(
                    w,
                    "__REALTIME_TIMESTAMP={rt}\n__MONOTONIC_TIMESTAMP={mono}\n_BOOT_ID={boot}\n\
                     _MACHINE_ID=3d1219c7c4c5404aaa1f6d2a48adfda4\n_HOSTNAME=pp-jr-bench-node\n\
                     PRIORITY=6\nSYSLOG_FACILITY=3\nSYSLOG_IDENTIFIER=kubelet\n_PID=2480\n_UID=0\n_GID=0\n\
                     _COMM=kubelet\n_EXE=/usr/bin/kubelet\n_CMDLINE=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n\
                     _CAP_EFFECTIVE=1ffffffffff\n_SELINUX_CONTEXT=unconfined\n_SYSTEMD_CGROUP=/system.slice/kubelet.service\n\
                     _SYSTEMD_UNIT=kubelet.service\n_SYSTEMD_SLICE=system.slice\n\
                     _SYSTEMD_INVOCATION_ID=6b7e1b1e2c1a4b9d8d2f0e6c5a4b3c2d\n_TRANSPORT=stdout\n\
                     _STREAM_ID=0f1e2d3c4b5a69788796a5b4c3d2e1f0\nMESSAGE="
                );
            }
            let _ = w.write_all(line);
            let _ = writeln!(w, " seq={i}\n");
        }
        let _ = w.flush();
    }
    let st = child.wait().expect("journal-remote");
    assert!(st.success(), "systemd-journal-remote: {st}");
}

fn proc_status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn run_journalctl(dir: &Path, output: &str) -> Duration {
    let t = Instant::now();
    let st = Command::new("journalctl")
        .arg("-D")
        .arg(dir)
        .args(["-o", output, "--no-pager"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("journalctl");
    assert!(st.success(), "journalctl -o {output}: {st}");
    t.elapsed()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n: usize = std::env::var("PP_JR_BENCH_ENTRIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500_000);
    let base: PathBuf = std::env::temp_dir().join(format!("pp-jr-bench-{}", std::process::id()));
    // PP_JR_BENCH_DIR: use (and keep) this directory; it is filled only when empty, so repeated
    // runs read the same journal.
    let given = std::env::var_os("PP_JR_BENCH_DIR").map(PathBuf::from);
    let dir = given.clone().unwrap_or_else(|| base.join("journal"));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let t = Instant::now();
    let minimal = std::env::var("PP_JR_BENCH_FIELDS").is_ok_and(|v| v == "minimal");
    let has_files = std::fs::read_dir(&dir)
        .map(|mut rd| rd.next().is_some())
        .unwrap_or(false);
    if !has_files {
        build_journal(&dir.join("kubelet.journal"), n, minimal);
    }
    let size: u64 = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    println!(
        "built {n} entries ({} fields each) with systemd-journal-remote in {:.1}s ({} MiB)",
        if minimal { 9 } else { 23 },
        t.elapsed().as_secs_f64(),
        size >> 20
    );

    // Warm the page cache the same way for every contender.
    let _ = run_journalctl(&dir, "cat");

    // Ours: the real reader thread, channel, and a consumer, as the agent runs it.
    let _ = std::fs::write("/proc/self/clear_refs", "5"); // reset the peak-RSS mark
    let rss_before = proc_status_kib("VmRSS:");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let mut cfg = JournalConfig::new(base.join("state"));
    cfg.directory = Some(dir.clone());
    cfg.lookback = Some(Duration::from_secs(3 * 86_400));
    let (tx, mut rx) = mpsc::channel(4096);
    let cancel = CancellationToken::new();
    let consumer = rt.spawn(async move {
        let mut events = 0u64;
        while rx.recv().await.is_some() {
            events += 1;
        }
        events
    });
    let t = Instant::now();
    let (handle, stats) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn reader");
    let mut rss_mid = 0;
    let mut anon_mid = 0;
    let mut anon_max = 0;
    while (stats.entries_read.load(Ordering::Relaxed) as usize) < n {
        std::thread::sleep(Duration::from_millis(1));
        anon_max = anon_max.max(proc_status_kib("RssAnon:"));
        if rss_mid == 0 && stats.entries_read.load(Ordering::Relaxed) as usize > n / 2 {
            rss_mid = proc_status_kib("VmRSS:");
            anon_mid = proc_status_kib("RssAnon:");
        }
        if t.elapsed() > Duration::from_secs(600) {
            break;
        }
    }
    let ours = t.elapsed();
    cancel.cancel();
    let _ = handle.join();
    let events = rt.block_on(consumer).unwrap_or(0);
    let peak = proc_status_kib("VmHWM:");
    let rss_end = proc_status_kib("VmRSS:");
    let read = stats.entries_read.load(Ordering::Relaxed);

    let json = run_journalctl(&dir, "json");
    let cat = run_journalctl(&dir, "cat");

    let rate = |d: Duration| n as f64 / d.as_secs_f64();
    println!("entries: {n}  (read by podpulse: {read}, events sent: {events}, unparsed: {}, cursor saves: {})",
        stats.lines_unparsed.load(Ordering::Relaxed), stats.cursor_saves.load(Ordering::Relaxed));
    println!(
        "podpulse reader (read+parse+attribute+classify+send): {:>10.0} entries/s  ({:.2}s)",
        rate(ours),
        ours.as_secs_f64()
    );
    println!(
        "journalctl -D dir -o json > /dev/null:                {:>10.0} entries/s  ({:.2}s)",
        rate(json),
        json.as_secs_f64()
    );
    println!(
        "journalctl -D dir -o cat  > /dev/null:                {:>10.0} entries/s  ({:.2}s)",
        rate(cat),
        cat.as_secs_f64()
    );
    println!(
        "ratios: podpulse / json = {:.1}x, podpulse / cat = {:.2}x",
        json.as_secs_f64() / ours.as_secs_f64(),
        cat.as_secs_f64() / ours.as_secs_f64()
    );
    println!(
        "RSS: before {} MiB, halfway {} MiB, end {} MiB, peak during the read {} MiB (includes the journal file mapped from the page cache)",
        rss_before >> 10,
        rss_mid >> 10,
        rss_end >> 10,
        peak >> 10
    );
    println!(
        "anonymous memory (heap, stacks): halfway {} MiB, max sampled {} MiB",
        anon_mid >> 10,
        anon_max >> 10
    );
    // The state dir (cursor) always lives under `base`; a given journal dir is kept.
    let _ = std::fs::remove_dir_all(&base);
}
