//! The journal reader against real journald files and a real, running systemd-journald:
//! - journal files with `_SYSTEMD_UNIT=kubelet.service` written by `systemd-journal-remote` from
//!   export format (exact, repeatable content): a reader restart in the middle of a stream loses
//!   and repeats nothing (counted), rotation (a new file appears) and vacuum (a file is unlinked)
//!   while running, a vacuumed-away cursor (gap counted), a missing directory (error, then
//!   recovery), binary and megabyte messages;
//! - the live journald: lines written as a unit through the cgroup trick (the writer moved into
//!   `<cgroup2>/system.slice/<unit>`, so journald itself records `_SYSTEMD_UNIT`), which is what
//!   counts by default; lines written with `systemd-cat -t` / `logger -t` (a `SYSLOG_IDENTIFIER`
//!   any process can set) count only when the identifier is explicitly opted in.
//!
//! Every test uses its own directory, identifier and unit name (prefix `pp-jr-`), so parallel
//! tests and other developers' journald traffic do not collide. A missing journald,
//! systemd-journal-remote or cgroup2 mount fails the test (CI or not), naming what is missing
//! and `scripts/setup.sh`; nothing here passes without running.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use podpulse::journal::{spawn_reader, JournalConfig, JournalStats, KubeletEvent, Reason};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

const JOURNAL_REMOTE: &str = "/usr/lib/systemd/systemd-journal-remote";

/// A test that needs a service fails when it is absent: a skip would pass without testing.
fn require(what: &str, ok: bool) {
    assert!(
        ok,
        "{what} is required by this test and missing: run scripts/setup.sh (it installs and starts it)"
    );
}

fn have_journal_remote() {
    require(
        &format!("systemd-journal-remote ({JOURNAL_REMOTE})"),
        Path::new(JOURNAL_REMOTE).exists(),
    )
}

fn have_journald() {
    require(
        "a running systemd-journald (/run/systemd/journal/socket)",
        Path::new("/run/systemd/journal/socket").exists(),
    )
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pp-jr-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create temp dir");
    d
}

fn now_usec() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as u64)
        .unwrap_or(0)
}

fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .unwrap_or_else(|_| "00000000-0000-0000-0000-000000000001".into())
        .trim()
        .replace('-', "")
}

/// One export-format entry. `message` may hold any bytes (binary-safe field form).
struct Entry {
    realtime: u64,
    unit: &'static str,
    message: Vec<u8>,
}

fn export(entries: &[Entry]) -> Vec<u8> {
    let boot = boot_id();
    let mut out = Vec::new();
    for e in entries {
        let _ = write!(
            out,
            "__REALTIME_TIMESTAMP={}\n__MONOTONIC_TIMESTAMP={}\n_BOOT_ID={boot}\n_SYSTEMD_UNIT={}\nSYSLOG_IDENTIFIER={}\nPRIORITY=6\n_HOSTNAME=pp-jr-node\n",
            e.realtime,
            // Monotonic time must grow across files like it does within a boot: libsystemd
            // orders entries of one boot by it.
            e.realtime.saturating_sub(1_700_000_000_000_000),
            e.unit,
            if e.unit == "kubelet.service" { "kubelet" } else { "pp-jr-other" }
        );
        // Binary-safe form: name, newline, little-endian 64-bit length, data, newline.
        out.extend_from_slice(b"MESSAGE\n");
        out.extend_from_slice(&(e.message.len() as u64).to_le_bytes());
        out.extend_from_slice(&e.message);
        out.extend_from_slice(b"\n\n");
    }
    out
}

/// Append entries to `file` (created if needed) with systemd-journal-remote.
fn journal_remote(file: &Path, entries: &[Entry]) {
    let mut child = Command::new(JOURNAL_REMOTE)
        .arg("-o")
        .arg(file)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn systemd-journal-remote");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&export(entries))
        .expect("write export");
    let st = child.wait().expect("journal-remote wait");
    assert!(st.success(), "systemd-journal-remote failed: {st}");
}

/// A numbered kubelet line for pod `pp-jr-<n>`: classified (ImagePullBackOff) and attributed.
/// Writes `data` to the live journald through `systemd-cat ARGS`.
fn systemd_cat(args: &[&str], data: &[u8]) {
    let mut child = Command::new("systemd-cat")
        .args(args)
        .stdin(Stdio::piped())
        .spawn()
        .expect("systemd-cat");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(data)
        .expect("write");
    assert!(child.wait().expect("wait").success());
}

fn kubelet_line(n: usize) -> Vec<u8> {
    format!(
        r#"E0301 10:00:00.000000    2480 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"app\" with ImagePullBackOff: \"Back-off pulling image \\\"reg.local/app:{n}\\\"\"" pod="pp-jr/pp-jr-{n}" podUID="0c5e6d8b-4b3c-4a8e-9b1e-{n:012}""#
    )
    .into_bytes()
}

fn entries(range: std::ops::Range<usize>, t0: u64) -> Vec<Entry> {
    range
        .map(|n| Entry {
            realtime: t0 + n as u64 * 10,
            unit: "kubelet.service",
            message: kubelet_line(n),
        })
        .collect()
}

fn seq_of(ev: &KubeletEvent) -> Option<usize> {
    ev.pod.as_deref()?.strip_prefix("pp-jr-")?.parse().ok()
}

fn dir_config(dir: &Path, state: &Path) -> JournalConfig {
    let mut cfg = JournalConfig::new(state);
    cfg.directory = Some(dir.to_path_buf());
    cfg.lookback = Some(Duration::from_secs(24 * 3600));
    cfg.save_every = Duration::from_millis(100);
    cfg.wait_timeout = Duration::from_millis(50);
    cfg.max_retry_backoff = Duration::from_millis(400);
    cfg
}

/// Receive events until `pred` holds or `timeout` passes.
async fn collect_until(
    rx: &mut mpsc::Receiver<KubeletEvent>,
    out: &mut Vec<KubeletEvent>,
    timeout: Duration,
    mut pred: impl FnMut(&[KubeletEvent]) -> bool,
) {
    let end = Instant::now() + timeout;
    while !pred(out) {
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        match tokio::time::timeout(left.min(Duration::from_millis(200)), rx.recv()).await {
            Ok(Some(ev)) => out.push(ev),
            Ok(None) => break,
            Err(_) => {}
        }
    }
}

fn stop(
    cancel: CancellationToken,
    handle: std::thread::JoinHandle<()>,
    rx: &mut mpsc::Receiver<KubeletEvent>,
    out: &mut Vec<KubeletEvent>,
) {
    cancel.cancel();
    handle.join().expect("reader thread panicked");
    // Whatever the reader handed over before stopping is delivered: drain it.
    while let Ok(ev) = rx.try_recv() {
        out.push(ev);
    }
}

fn assert_exactly(events: &[KubeletEvent], want: std::ops::Range<usize>) {
    let seqs: Vec<usize> = events.iter().filter_map(seq_of).collect();
    let unique: HashSet<usize> = seqs.iter().copied().collect();
    assert_eq!(
        seqs.len(),
        unique.len(),
        "duplicates: {} events, {} unique",
        seqs.len(),
        unique.len()
    );
    let missing: Vec<usize> = want.clone().filter(|n| !unique.contains(n)).collect();
    assert!(
        missing.is_empty(),
        "missing {} entries, first {:?}",
        missing.len(),
        missing.first()
    );
    assert_eq!(unique.len(), want.len(), "unexpected extra entries");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_mid_stream_loses_and_repeats_nothing() {
    have_journal_remote();
    let base = tmpdir("restart");
    let dir = base.join("journal");
    let state = base.join("state");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let t0 = now_usec() - 3_600_000_000;
    let file = dir.join("kubelet.journal");
    // 2000 kubelet entries, plus entries of another unit that must be ignored, plus bad input:
    // binary garbage with invalid UTF-8 and NULs, and a 1 MiB line.
    let mut first = entries(0..2000, t0);
    first.push(Entry {
        realtime: t0 + 30_000,
        unit: "pp-jr-other.service",
        message: kubelet_line(999_999),
    });
    first.push(Entry {
        realtime: t0 + 30_001,
        unit: "kubelet.service",
        message: vec![0xff, 0xfe, 0, 1, b'E', b'0', b'1', 0x80, b'"', b'\\'],
    });
    let mut big = b"E0301 10:00:00.000000 1 a.go:1] \"".to_vec();
    big.resize(1 << 20, b'x');
    first.push(Entry {
        realtime: t0 + 30_002,
        unit: "kubelet.service",
        message: big,
    });
    journal_remote(&file, &first);

    // Reader A: small channel, stopped while it still has a backlog.
    let (tx, mut rx) = mpsc::channel(8);
    let cancel = CancellationToken::new();
    let (h, stats_a) = spawn_reader(dir_config(&dir, &state), tx, cancel.clone()).expect("spawn");
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(20), |e| {
        e.len() >= 700
    })
    .await;
    // Let A fill the channel and block on it, so the stop happens with events in flight.
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop(cancel, h, &mut rx, &mut got);
    let after_a = got.len();
    assert!(
        (700..2000).contains(&after_a),
        "A stopped mid-stream at {after_a}"
    );
    assert!(stats_a.cursor_saves.load(Ordering::Relaxed) > 0);

    // More entries arrive while no reader runs.
    journal_remote(&file, &entries(2000..2500, t0 + 40_000));

    // Reader B resumes right after A's cursor.
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats_b) = spawn_reader(dir_config(&dir, &state), tx, cancel.clone()).expect("spawn");
    collect_until(&mut rx, &mut got, Duration::from_secs(30), |e| {
        e.len() >= 2500
    })
    .await;
    // Give it a moment to show it does not deliver more than that.
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop(cancel, h, &mut rx, &mut got);
    eprintln!(
        "restart: A delivered {after_a}, B {}; B read {} entries, {} unparsed, {} cursor saves",
        got.len() - after_a,
        stats_b.entries_read.load(Ordering::Relaxed),
        stats_b.lines_unparsed.load(Ordering::Relaxed),
        stats_b.cursor_saves.load(Ordering::Relaxed)
    );
    assert_exactly(&got, 0..2500);
    assert!(got
        .iter()
        .all(|e| e.reason == Some(Reason::ImagePullBackOff)));
    assert!(got.iter().all(|e| e.namespace.as_deref() == Some("pp-jr")));
    assert!(got.iter().all(|e| e.container.as_deref() == Some("app")));
    // klog severity E wins over journald's PRIORITY=6 of a stderr stream.
    assert!(got
        .iter()
        .all(|e| e.timestamp > 0.0 && e.priority == Some(3)));
    let unparsed = stats_a.lines_unparsed.load(Ordering::Relaxed)
        + stats_b.lines_unparsed.load(Ordering::Relaxed);
    assert!(unparsed >= 1, "the binary entry counts as unparsed");
    assert_eq!(stats_b.gaps.load(Ordering::Relaxed), 0);
    let _ = std::fs::remove_dir_all(&base);
}

fn cursor_of(dir: &Path, seq: usize) -> String {
    let out = Command::new("journalctl")
        .arg("-D")
        .arg(dir)
        .args(["-o", "json", "--output-fields=MESSAGE"])
        .output()
        .expect("journalctl");
    let needle = format!("pp-jr/pp-jr-{seq}\\\"");
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if line.contains(&needle) {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            return v["__CURSOR"].as_str().expect("cursor").to_string();
        }
    }
    panic!("entry {seq} not found");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotation_and_vacuum_while_running_and_a_vanished_cursor() {
    have_journal_remote();
    let base = tmpdir("rotate");
    let dir = base.join("journal");
    let state = base.join("state");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let t0 = now_usec() - 3_600_000_000;
    let old = dir.join("kubelet-old.journal");
    journal_remote(&old, &entries(0..100, t0));
    let stale_cursor = cursor_of(&dir, 50);

    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats) = spawn_reader(dir_config(&dir, &state), tx, cancel.clone()).expect("spawn");
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 100
    })
    .await;
    assert_eq!(got.len(), 100);

    // Rotation: the writer moves on to a new file while the reader runs.
    let new = dir.join("kubelet-new.journal");
    journal_remote(&new, &entries(100..200, t0 + 10_000));
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 200
    })
    .await;
    assert_eq!(got.len(), 200, "entries of the rotated-in file are read");

    // Vacuum: the old file is unlinked while running; new entries keep coming.
    std::fs::remove_file(&old).expect("vacuum");
    journal_remote(&new, &entries(200..300, t0 + 20_000));
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 300
    })
    .await;
    stop(cancel, h, &mut rx, &mut got);
    assert_exactly(&got, 0..300);
    assert_eq!(stats.gaps.load(Ordering::Relaxed), 0);

    // A cursor pointing into the vacuumed file: resume from the oldest entry after its
    // timestamp (entries 51..99 are gone with the file), and count the gap.
    let state2 = base.join("state2");
    std::fs::create_dir_all(&state2).expect("mkdir");
    std::fs::write(state2.join("journal.cursor"), &stale_cursor).expect("write cursor");
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats2) = spawn_reader(dir_config(&dir, &state2), tx, cancel.clone()).expect("spawn");
    let mut got2 = Vec::new();
    collect_until(&mut rx, &mut got2, Duration::from_secs(10), |e| {
        e.len() >= 200
    })
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop(cancel, h, &mut rx, &mut got2);
    assert_eq!(
        stats2.gaps.load(Ordering::Relaxed),
        1,
        "the vanished cursor is a counted gap"
    );
    assert_exactly(&got2, 100..300);
    let _ = std::fs::remove_dir_all(&base);
}

async fn wait_for(
    stats: &JournalStats,
    timeout: Duration,
    pred: impl Fn(&JournalStats) -> bool,
) -> bool {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if pred(stats) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    pred(stats)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_directory_is_an_error_then_recovers() {
    have_journal_remote();
    let base = tmpdir("missing");
    let dir = base.join("not-mounted-yet");
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats) =
        spawn_reader(dir_config(&dir, &base.join("state")), tx, cancel.clone()).expect("spawn");
    let stats: Arc<JournalStats> = stats;
    assert!(
        wait_for(&stats, Duration::from_secs(5), |s| s
            .open_errors
            .load(Ordering::Relaxed)
            >= 2)
        .await,
        "retried"
    );
    assert!(!stats.is_up());
    let err = stats.last_error().expect("an error is reported").message;
    assert!(err.contains("not-mounted-yet"), "{err}");

    // An empty directory is still an error (no files), not a silent nothing.
    std::fs::create_dir_all(&dir).expect("mkdir");
    let before = stats.open_errors.load(Ordering::Relaxed);
    assert!(
        wait_for(&stats, Duration::from_secs(5), |s| s
            .open_errors
            .load(Ordering::Relaxed)
            > before)
        .await
    );
    assert!(stats
        .last_error()
        .map(|e| e.message)
        .unwrap_or_default()
        .contains("no journal files"));

    // The journal appears: the reader comes up and delivers.
    journal_remote(
        &dir.join("kubelet.journal"),
        &entries(0..10, now_usec() - 60_000_000),
    );
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 10
    })
    .await;
    assert!(stats.is_up());
    assert!(stats.last_error().is_none());
    stop(cancel, h, &mut rx, &mut got);
    assert_exactly(&got, 0..10);
    let _ = std::fs::remove_dir_all(&base);
}

fn live_config(state: &Path) -> JournalConfig {
    let mut cfg = JournalConfig::new(state);
    cfg.units = Vec::new();
    cfg.identifiers = Vec::new();
    cfg.lookback = Some(Duration::from_secs(120));
    cfg.wait_timeout = Duration::from_millis(50);
    cfg.save_every = Duration::from_millis(100);
    cfg
}

/// A first start on a journal that has no matching entry at all (a new node): the first lines
/// that arrive are read, every one. (Written with `systemd-cat -t`, so the identifier is
/// opted in here: the positioning is what is tested.) Following from the tail position lost the first of two
/// lines written back to back (libsystemd 252); the reader now starts at the head there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_on_an_empty_match_reads_the_first_line() {
    have_journald();
    let ident = format!("pp-jr-empty-{}", std::process::id());
    let base = tmpdir("live-empty");
    let mut cfg = live_config(&base.join("state"));
    cfg.identifiers = vec![ident.clone()];
    cfg.lookback = None;
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    assert!(
        wait_for(&stats, Duration::from_secs(5), |s| s
            .up
            .load(Ordering::Relaxed))
        .await,
        "the reader never opened the journal"
    );
    // Let the reader settle into following before anything arrives.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for n in 0..2 {
        systemd_cat(&["-t", &ident, "-p", "err"], &kubelet_line(n));
    }
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| e.len() >= 2).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop(cancel, h, &mut rx, &mut got);
    assert_exactly(&got, 0..2);
    let _ = std::fs::remove_dir_all(&base);
}

/// Opted in (`journal.match_syslog_identifier`, for a kubelet systemd does not run): lines
/// written with `systemd-cat -t <identifier>` are read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opted_in_syslog_identifier_reads_systemd_cat_lines() {
    have_journald();
    let ident = format!("pp-jr-kubelet-{}", std::process::id());
    let base = tmpdir("live-cat");
    let mut cfg = live_config(&base.join("state"));
    cfg.identifiers = vec![ident.clone()];
    let lines: String = (0..50)
        .map(|n| format!("{}\n", String::from_utf8_lossy(&kubelet_line(n))))
        .collect();
    systemd_cat(&["-t", &ident, "-p", "err"], lines.as_bytes());

    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 50
    })
    .await;
    // And a line written while the reader follows.
    systemd_cat(
        &["-t", &ident],
        br#"I0301 10:00:00.000000 1 kubelet.go:2539] "SyncLoop (probe)" probe="liveness" status="unhealthy" pod="pp-jr/pp-jr-50""#,
    );
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 51
    })
    .await;
    stop(cancel, h, &mut rx, &mut got);
    assert!(stats.entries_read.load(Ordering::Relaxed) >= 51);
    assert_exactly(&got, 0..51);
    assert_eq!(got[50].reason, Some(Reason::LivenessProbeFailed));
    assert!(
        got[..50].iter().all(|e| e.priority == Some(3)),
        "klog E severity = err"
    );
    let _ = std::fs::remove_dir_all(&base);
}

/// Write `lines` to the live journald as `unit` would: the writer joins
/// `<cgroup2>/system.slice/<unit>` (journald derives `_SYSTEMD_UNIT` from the sender's cgroup
/// on the cgroup2 hierarchy) and stays alive a moment so that journald can still read its
/// cgroup when it processes the lines. Returns the cgroup directory (remove it when done).
fn write_as_unit(unit: &str, base: &Path, lines: &[Vec<u8>]) -> PathBuf {
    let cg2 = cgroup2_mount().expect(
        "a cgroup2 mount (journald derives _SYSTEMD_UNIT from it; see scripts/setup.sh and docs/test-environment)",
    );
    let cg = cg2.join("system.slice").join(unit);
    std::fs::create_dir_all(&cg).unwrap_or_else(|e| panic!("create {}: {e}", cg.display()));
    let path = base.join(format!("{unit}.lines"));
    let mut text = Vec::new();
    for l in lines {
        text.extend_from_slice(l);
        text.push(b'\n');
    }
    std::fs::write(&path, text).expect("write lines");
    let st = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "echo $$ > {procs} && (cat {lines}; sleep 0.4) | systemd-cat -t pp-jr-unit-writer",
            procs = cg.join("cgroup.procs").display(),
            lines = path.display()
        ))
        .status()
        .expect("sh");
    assert!(st.success(), "writing as {unit} failed");
    cg
}

fn cgroup2_mount() -> Option<PathBuf> {
    let mounts = std::fs::read_to_string("/proc/mounts").ok()?;
    mounts.lines().find_map(|l| {
        let mut f = l.split_whitespace();
        let (_, mnt, fstype) = (f.next()?, f.next()?, f.next()?);
        (fstype == "cgroup2").then(|| PathBuf::from(mnt))
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_journald_lines_written_as_a_unit_via_cgroup() {
    have_journald();
    let unit = format!("pp-jr-kubelet-{}.service", std::process::id());
    let base = tmpdir("live-unit");
    let mut cfg = live_config(&base.join("state"));
    cfg.units = vec![unit.clone()];
    let cg = write_as_unit(&unit, &base, &(0..20).map(kubelet_line).collect::<Vec<_>>());

    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, _stats) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 20
    })
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop(cancel, h, &mut rx, &mut got);
    let _ = std::fs::remove_dir(&cg);
    let _ = std::fs::remove_dir_all(&base);
    assert_exactly(&got, 0..20);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_root_prefix_finds_the_volatile_journal() {
    have_journal_remote();
    // Some distributions keep only /run/log/journal: with a host root mounted at a prefix, the
    // reader must find it without being told which of the two exists.
    let base = tmpdir("prefix");
    let host = base.join("host");
    let mid = host.join("run/log/journal/0123456789abcdef0123456789abcdef");
    std::fs::create_dir_all(&mid).expect("mkdir");
    journal_remote(
        &mid.join("system.journal"),
        &entries(0..25, now_usec() - 60_000_000),
    );
    let mut cfg = dir_config(&host, &base.join("state"));
    cfg.directory = None;
    cfg.root_prefix = Some(host.clone());
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 25
    })
    .await;
    stop(cancel, h, &mut rx, &mut got);
    assert_eq!(stats.open_errors.load(Ordering::Relaxed), 0);
    assert_exactly(&got, 0..25);
    let _ = std::fs::remove_dir_all(&base);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_journal_files_are_an_error_not_silence() {
    // A file libsystemd cannot open (here: not a journal at all; in the field: a newer on-disk
    // format than the image's libsystemd) must show as journal_up=0 with a reason.
    let base = tmpdir("unreadable");
    let dir = base.join("journal");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("system.journal"), vec![0x5a; 4096]).expect("write");
    let (tx, _rx) = mpsc::channel(8);
    let cancel = CancellationToken::new();
    let (h, stats) =
        spawn_reader(dir_config(&dir, &base.join("state")), tx, cancel.clone()).expect("spawn");
    assert!(
        wait_for(&stats, Duration::from_secs(5), |s| s
            .open_errors
            .load(Ordering::Relaxed)
            >= 1)
        .await
    );
    cancel.cancel();
    h.join().expect("join");
    assert!(!stats.is_up());
    let msg = stats.last_error().map(|e| e.message).unwrap_or_default();
    assert!(msg.contains("none could be opened"), "{msg}");
    let _ = std::fs::remove_dir_all(&base);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_begins_at_the_end() {
    have_journal_remote();
    let base = tmpdir("tail");
    let dir = base.join("journal");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let file = dir.join("kubelet.journal");
    let t0 = now_usec() - 60_000_000;
    journal_remote(&file, &entries(0..100, t0));
    let mut cfg = dir_config(&dir, &base.join("state"));
    cfg.lookback = None;
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats) = spawn_reader(cfg.clone(), tx, cancel.clone()).expect("spawn");
    // The first start saves the position of the last existing entry right away.
    assert!(
        wait_for(&stats, Duration::from_secs(5), |s| s
            .cursor_saves
            .load(Ordering::Relaxed)
            >= 1)
        .await
    );
    journal_remote(&file, &entries(100..120, t0 + 10_000));
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 20
    })
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop(cancel, h, &mut rx, &mut got);
    assert_exactly(&got, 100..120);
    // Entries written while stopped are picked up on the next start, not skipped.
    journal_remote(&file, &entries(120..130, t0 + 20_000));
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, _) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 10
    })
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop(cancel, h, &mut rx, &mut got);
    assert_exactly(&got, 120..130);
    let _ = std::fs::remove_dir_all(&base);
}

/// A chatty kubelet (lines arriving continuously, the reader catching up on every batch): the
/// cursor is saved at most once a second, not once per batch, and exactly at shutdown. Each
/// save costs two fsyncs (the temp file's data, then the directory after the rename).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chatty_kubelet_saves_the_cursor_at_most_once_a_second() {
    have_journald();
    let cg2 = cgroup2_mount().expect(
        "a cgroup2 mount (journald derives _SYSTEMD_UNIT from it): run scripts/setup.sh on a host with cgroup2",
    );
    let unit = format!("pp-jr-chatty-{}.service", std::process::id());
    let cg = cg2.join("system.slice").join(&unit);
    std::fs::create_dir_all(&cg).unwrap_or_else(|e| panic!("create {}: {e}", cg.display()));
    let base = tmpdir("chatty");
    let mut cfg = live_config(&base.join("state"));
    cfg.units = vec![unit.clone()];
    cfg.lookback = None;
    cfg.save_every = Duration::from_secs(1);
    let (tx, mut rx) = mpsc::channel(1024);
    let cancel = CancellationToken::new();
    let (h, stats) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    assert!(
        wait_for(&stats, Duration::from_secs(5), |s| s
            .up
            .load(Ordering::Relaxed))
        .await,
        "the reader never opened the journal"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let saves_before = stats.cursor_saves.load(Ordering::Relaxed);
    let lines_path = base.join("line.txt");
    std::fs::write(&lines_path, kubelet_line(7)).expect("write line");
    // About 5 s of a kubelet logging a line every few milliseconds, as its unit.
    let started = Instant::now();
    let writer = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "echo $$ > {procs} && for i in $(seq 1 2000); do cat {line}; echo; sleep 0.002; done | systemd-cat -t pp-jr-chatty",
            procs = cg.join("cgroup.procs").display(),
            line = lines_path.display()
        ))
        .status()
        .expect("bash");
    assert!(writer.success());
    let written_for = started.elapsed();
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.len() >= 2000
    })
    .await;
    let saves_while = stats.cursor_saves.load(Ordering::Relaxed) - saves_before;
    let secs = started.elapsed().as_secs_f64();
    stop(cancel, h, &mut rx, &mut got);
    let saves_total = stats.cursor_saves.load(Ordering::Relaxed) - saves_before;
    let _ = std::fs::remove_dir(&cg);
    let _ = std::fs::remove_dir_all(&base);
    eprintln!(
        "chatty kubelet: {} lines in {:.1} s written, {} read; {saves_while} cursor saves in {secs:.1} s = {:.2} saves/s = {:.2} fsyncs/s (2 per save); {saves_total} with the one at shutdown",
        2000,
        written_for.as_secs_f64(),
        got.len(),
        saves_while as f64 / secs,
        2.0 * saves_while as f64 / secs
    );
    assert_eq!(got.len(), 2000, "every line of the unit is read");
    assert!(
        (saves_while as f64) <= secs + 1.0,
        "{saves_while} saves in {secs:.1} s: more than one a second"
    );
    assert!(
        saves_total > saves_while || saves_while > 0,
        "saved at shutdown"
    );
}

/// Journal trust (issue 12 item 6): by default only the unit's own entries count. A local
/// process logging as `kubelet` (`logger -t kubelet`, `systemd-cat -t kubelet`) from outside
/// the unit is not evidence; opting in to the identifier makes it count.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_kubelet_identifier_is_not_evidence() {
    have_journald();
    let pid = std::process::id();
    let unit = format!("pp-jr-trust-{pid}.service");
    let base = tmpdir("trust");
    let forged = |n: usize| {
        format!(
            r#"E0301 10:00:00.000000    2480 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"app\" with CrashLoopBackOff: \"back-off 5m0s\"" pod="pp-jr/pp-jr-forged-{pid}-{n}""#
        )
    };
    let is_forged = |e: &KubeletEvent| {
        e.pod
            .as_deref()
            .is_some_and(|p| p.starts_with(&format!("pp-jr-forged-{pid}-")))
    };
    let mut cfg = live_config(&base.join("state"));
    cfg.units = vec![unit.clone()];
    // The defaults: no identifier counts.
    assert!(JournalConfig::new(&base).identifiers.is_empty());
    cfg.identifiers = JournalConfig::new(&base).identifiers;
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let (h, stats) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    assert!(
        wait_for(&stats, Duration::from_secs(5), |s| s
            .up
            .load(Ordering::Relaxed))
        .await,
        "the reader never opened the journal"
    );
    // Forged: systemd-cat and logger (through journald's syslog socket) as "kubelet".
    systemd_cat(&["-t", "kubelet", "-p", "err"], forged(0).as_bytes());
    let st = Command::new("logger")
        .args([
            "-u",
            "/run/systemd/journal/dev-log",
            "-t",
            "kubelet",
            "-p",
            "err",
        ])
        .arg(forged(1))
        .status()
        .expect("logger");
    assert!(st.success(), "logger failed");
    // Genuine: the unit's own lines.
    let cg = write_as_unit(&unit, &base, &(0..5).map(kubelet_line).collect::<Vec<_>>());
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| e.len() >= 5).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop(cancel, h, &mut rx, &mut got);
    assert!(
        !got.iter().any(is_forged),
        "a line from outside the unit counted: {:?}",
        got.iter().filter(|e| is_forged(e)).collect::<Vec<_>>()
    );
    assert_exactly(&got, 0..5);

    // Opted in, the same forged lines do count (and say where they came from: anyone).
    let mut cfg = live_config(&base.join("state-opt-in"));
    cfg.units = vec![unit.clone()];
    cfg.identifiers = vec!["kubelet".into()];
    let (tx, mut rx) = mpsc::channel(256);
    let cancel = CancellationToken::new();
    let (h, _) = spawn_reader(cfg, tx, cancel.clone()).expect("spawn");
    let mut got = Vec::new();
    collect_until(&mut rx, &mut got, Duration::from_secs(10), |e| {
        e.iter().filter(|e| is_forged(e)).count() >= 2
    })
    .await;
    stop(cancel, h, &mut rx, &mut got);
    let _ = std::fs::remove_dir(&cg);
    let _ = std::fs::remove_dir_all(&base);
    assert_eq!(
        got.iter().filter(|e| is_forged(e)).count(),
        2,
        "opted in, both count"
    );
}
