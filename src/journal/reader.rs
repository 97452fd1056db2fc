//! The journal reader: one dedicated OS thread that owns the libsystemd handle (an `sd_journal`
//! must stay on the thread that opened it) and follows the kubelet's unit/identifier (and
//! optional runtime units), copying entries in batches to a scoped parse thread that parses,
//! classifies, attributes and feeds `KubeletEvent`s into a bounded tokio channel — libsystemd's
//! work and ours run on two cores. The cursor is saved at most once per `save_every` (1 s) —
//! catching up or following a chatty kubelet alike, each save being two fsyncs — and on shutdown
//! (exactly after the last handed-over entry, even mid-batch); a restart resumes right after it.
//!
//! Policy when the channel is full: wait (the journal is the buffer), never drop — the cursor
//! only moves past entries whose event was handed over. An unreadable journal (missing directory,
//! no permission, files libsystemd cannot open) is an error on the log and `up = 0` in the stats,
//! retried with backoff, never a silent nothing.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use systemd::journal::{Journal, JournalWaitResult, OpenDirectoryOptions, OpenOptions};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::cursor::{cursor_realtime_usec, CursorFile};
use super::{analyze, JournalError, KubeletEvent, LineSource, Rules};

/// Where and what to read.
#[derive(Clone)]
pub struct JournalConfig {
    /// A journal directory to read (files directly in it or in its `<machine-id>/` subdirectory).
    /// `None` and no `root_prefix`: the system journal.
    pub directory: Option<PathBuf>,
    /// A host root mounted into the pod (e.g. `/host`): reads both `<prefix>/var/log/journal`
    /// and `<prefix>/run/log/journal` (some distributions keep only the volatile one).
    pub root_prefix: Option<PathBuf>,
    /// `_SYSTEMD_UNIT` values of the kubelet (default `kubelet.service`). journald derives this
    /// field from the sender's cgroup, so only a process systemd runs in that unit can write it.
    pub units: Vec<String>,
    /// `SYSLOG_IDENTIFIER` values that also count as the kubelet (default: none). Any local
    /// process can set this field (`logger -t kubelet`), so it is opt-in
    /// (`journal.match_syslog_identifier`), for kubelets that systemd does not run.
    pub identifiers: Vec<String>,
    /// Runtime units whose own lines are followed too (e.g. `containerd.service`): trusted the
    /// same way, through `_SYSTEMD_UNIT`.
    pub runtime_units: Vec<String>,
    /// Where the cursor file lives.
    pub state_dir: PathBuf,
    pub cursor_file_name: String,
    /// First start without a cursor: `None` begins at the end; `Some(d)` reads back `d`.
    pub lookback: Option<Duration>,
    /// Save the cursor at most this often (and always at shutdown): bounds the fsyncs a chatty
    /// kubelet costs, and how much is read twice after a crash.
    pub save_every: Duration,
    /// How long one `sd_journal_wait` may block: bounds the shutdown latency.
    pub wait_timeout: Duration,
    /// Longest pause between attempts to open an unreadable journal.
    pub max_retry_backoff: Duration,
    /// Send events for lines no rule matched too (default false: only classified lines go out).
    pub send_unclassified: bool,
    pub rules: Arc<Rules>,
}

impl JournalConfig {
    pub fn new(state_dir: impl Into<PathBuf>) -> JournalConfig {
        JournalConfig {
            directory: None,
            root_prefix: None,
            units: vec!["kubelet.service".into()],
            identifiers: Vec::new(),
            runtime_units: Vec::new(),
            state_dir: state_dir.into(),
            cursor_file_name: "journal.cursor".into(),
            lookback: None,
            save_every: Duration::from_millis(1000),
            wait_timeout: Duration::from_millis(200),
            max_retry_backoff: Duration::from_secs(30),
            send_unclassified: false,
            rules: Arc::new(Rules::shipped()),
        }
    }
}

/// Why the journal could not be read (kept for `/metrics`-adjacent logs and the status page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalUnreadable {
    pub message: String,
}

/// The reader's health, as atomics the metrics layer renders at scrape time.
#[derive(Debug, Default)]
pub struct JournalStats {
    /// Entries read from the journal (matched entries only).
    pub entries_read: AtomicU64,
    /// Entries whose MESSAGE carried no klog header or logfmt shape.
    pub lines_unparsed: AtomicU64,
    /// Events handed to the channel.
    pub events_sent: AtomicU64,
    pub cursor_saves: AtomicU64,
    pub cursor_save_errors: AtomicU64,
    /// Times the saved cursor no longer existed (vacuumed/rotated away) and reading resumed from
    /// the oldest entry after its timestamp.
    pub gaps: AtomicU64,
    /// Milliseconds between now and the last entry read while behind; 0 when caught up.
    pub lag_ms: AtomicU64,
    /// 1 while the journal is open and readable.
    pub up: AtomicBool,
    pub open_errors: AtomicU64,
    last_error: Mutex<Option<String>>,
}

impl JournalStats {
    pub fn lag_seconds(&self) -> f64 {
        self.lag_ms.load(Ordering::Relaxed) as f64 / 1000.0
    }

    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::Relaxed)
    }

    /// The last error that made the journal unreadable, if it is unreadable now.
    pub fn last_error(&self) -> Option<JournalUnreadable> {
        if self.is_up() {
            return None;
        }
        self.last_error
            .lock()
            .ok()
            .and_then(|g| g.clone())
            .map(|message| JournalUnreadable { message })
    }

    fn set_error(&self, msg: String) {
        self.up.store(false, Ordering::Relaxed);
        self.open_errors.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut g) = self.last_error.lock() {
            *g = Some(msg);
        }
    }
}

/// Start the reader thread. Returns once the thread runs; opening the journal happens on the
/// thread (errors there are retried and reported through `JournalStats`).
pub fn spawn_reader(
    cfg: JournalConfig,
    tx: mpsc::Sender<KubeletEvent>,
    cancel: CancellationToken,
) -> Result<(JoinHandle<()>, Arc<JournalStats>), JournalError> {
    let stats = Arc::new(JournalStats::default());
    let st = Arc::clone(&stats);
    let handle = std::thread::Builder::new()
        .name("journal-reader".into())
        .spawn(move || run(cfg, tx, cancel, st))
        .map_err(JournalError::Spawn)?;
    Ok((handle, stats))
}

enum Exit {
    /// Cancelled or the receiver went away: stop the thread.
    Stop,
    /// The journal failed under us: reopen after a pause.
    Reopen(String),
}

fn run(
    cfg: JournalConfig,
    tx: mpsc::Sender<KubeletEvent>,
    cancel: CancellationToken,
    stats: Arc<JournalStats>,
) {
    let cursor_file = CursorFile::new(&cfg.state_dir, &cfg.cursor_file_name);
    let mut backoff = Duration::from_millis(250);
    let mut last_logged: Option<String> = None;
    while !cancel.is_cancelled() {
        let outcome = match open(&cfg) {
            Ok(mut j) => {
                stats.up.store(true, Ordering::Relaxed);
                if last_logged.take().is_some() {
                    tracing::info!(source = %describe(&cfg), "journal readable again");
                }
                backoff = Duration::from_millis(250);
                follow(&mut j, &cfg, &cursor_file, &tx, &cancel, &stats)
            }
            Err(e) => Exit::Reopen(e.to_string()),
        };
        match outcome {
            Exit::Stop => break,
            Exit::Reopen(msg) => {
                // Log each distinct failure once at ERROR (an operator must act), repeats at DEBUG.
                if last_logged.as_deref() != Some(msg.as_str()) {
                    tracing::error!(source = %describe(&cfg), error = %msg, "cannot read the kubelet's journal; retrying");
                    last_logged = Some(msg.clone());
                } else {
                    tracing::debug!(error = %msg, "journal still unreadable");
                }
                stats.set_error(msg);
                if sleep_cancellable(backoff, &cancel) {
                    break;
                }
                backoff = (backoff * 2).min(cfg.max_retry_backoff);
            }
        }
    }
    stats.up.store(false, Ordering::Relaxed);
}

fn describe(cfg: &JournalConfig) -> String {
    match (&cfg.directory, &cfg.root_prefix) {
        (Some(d), _) => d.display().to_string(),
        (None, Some(p)) => format!("{}/{{var,run}}/log/journal", p.display()),
        (None, None) => "system journal".into(),
    }
}

/// True when cancelled during the sleep.
fn sleep_cancellable(d: Duration, cancel: &CancellationToken) -> bool {
    let end = Instant::now() + d;
    while Instant::now() < end {
        if cancel.is_cancelled() {
            return true;
        }
        std::thread::sleep(
            Duration::from_millis(50).min(end.saturating_duration_since(Instant::now())),
        );
    }
    cancel.is_cancelled()
}

/// Count journal files under `dir` (and one level of machine-id subdirectories).
fn count_journal_files(dir: &Path) -> Result<usize, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut n = 0;
    for ent in rd.flatten() {
        let p = ent.path();
        if p.is_dir() {
            if let Ok(sub) = std::fs::read_dir(&p) {
                n += sub.flatten().filter(|e| is_journal_file(&e.path())).count();
            }
        } else if is_journal_file(&p) {
            n += 1;
        }
    }
    Ok(n)
}

fn is_journal_file(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e == "journal" || e == "journal~")
}

fn open(cfg: &JournalConfig) -> Result<Journal, JournalError> {
    let unreadable = |m: String| JournalError::Unreadable(m);
    // Check what libsystemd would silently skip: a missing directory, no permission, no files.
    let dirs: Vec<PathBuf> = match (&cfg.directory, &cfg.root_prefix) {
        (Some(d), _) => vec![d.clone()],
        (None, Some(p)) => vec![p.join("var/log/journal"), p.join("run/log/journal")],
        (None, None) => vec![
            PathBuf::from("/var/log/journal"),
            PathBuf::from("/run/log/journal"),
        ],
    };
    let mut files = 0;
    let mut errors = Vec::new();
    for d in &dirs {
        match count_journal_files(d) {
            Ok(n) => files += n,
            Err(e) => errors.push(e),
        }
    }
    if files == 0 {
        return Err(unreadable(if errors.len() == dirs.len() {
            format!("no journal directory readable: {}", errors.join("; "))
        } else {
            format!(
                "no journal files in {}",
                dirs.iter()
                    .map(|d| d.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }));
    }
    let mut j = match (&cfg.directory, &cfg.root_prefix) {
        (Some(d), _) => OpenDirectoryOptions::default().open_directory(path_str(d)?),
        (None, Some(p)) => OpenDirectoryOptions::default()
            .os_root(true)
            .open_directory(path_str(p)?),
        (None, None) => OpenOptions::default().system(true).open(),
    }
    .map_err(|e| unreadable(format!("sd_journal_open: {e}")))?;
    // Files exist but libsystemd opened none: a newer on-disk format than this libsystemd knows,
    // or no permission on the files themselves.
    if j.usage().unwrap_or(0) == 0 {
        return Err(unreadable(format!(
            "{files} journal file(s) present but none could be opened (unsupported journal format or permission denied)"
        )));
    }
    let _ = j.set_data_threshold(64 * 1024);
    add_matches(&mut j, cfg).map_err(|e| unreadable(format!("sd_journal_add_match: {e}")))?;
    Ok(j)
}

fn path_str(p: &Path) -> Result<&str, JournalError> {
    p.to_str()
        .ok_or_else(|| JournalError::Unreadable(format!("path is not UTF-8: {}", p.display())))
}

/// The entries that count: the trusted `_SYSTEMD_UNIT` of the kubelet and runtime units, plus the
/// opted-in syslog identifiers (one disjunction).
fn add_matches(j: &mut Journal, cfg: &JournalConfig) -> Result<(), systemd::Error> {
    let mut first = true;
    let mut add = |j: &mut Journal, k: &str, v: &str| -> Result<(), systemd::Error> {
        if !first {
            j.match_or()?;
        }
        first = false;
        j.match_add(k, v.as_bytes().to_vec())?;
        Ok(())
    };
    for u in cfg.units.iter().chain(cfg.runtime_units.iter()) {
        add(j, "_SYSTEMD_UNIT", u)?;
    }
    for i in &cfg.identifiers {
        add(j, "SYSLOG_IDENTIFIER", i)?;
    }
    Ok(())
}

fn now_usec() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as u64)
        .unwrap_or(0)
}

/// Position the journal: right after the saved cursor, or per the first-start policy.
/// Returns true when the position is on an entry not yet saved (first start at the tail).
fn position(
    j: &mut Journal,
    cfg: &JournalConfig,
    cursor_file: &CursorFile,
    stats: &JournalStats,
) -> Result<bool, String> {
    let saved = cursor_file.load().map_err(|e| e.to_string())?;
    if let Some(c) = saved {
        let found = j.seek_cursor(c.as_str()).is_ok()
            && j.next().map_err(|e| e.to_string())? > 0
            && j.test_cursor(c.as_str()).unwrap_or(false);
        if found {
            // On the saved entry itself: the next `next()` is the first new one.
            return Ok(false);
        }
        stats.gaps.fetch_add(1, Ordering::Relaxed);
        match cursor_realtime_usec(&c) {
            Some(t) => {
                tracing::warn!(cursor = %c, "saved journal cursor no longer exists (vacuumed or rotated away); resuming after its timestamp");
                j.seek_realtime_usec(t.saturating_add(1))
                    .map_err(|e| e.to_string())?;
            }
            None => {
                tracing::warn!(cursor = %c, "saved journal cursor unusable; resuming from the oldest entry");
                j.seek_head().map_err(|e| e.to_string())?;
            }
        }
        return Ok(false);
    }
    match cfg.lookback {
        Some(d) => {
            let from = now_usec().saturating_sub(d.as_micros() as u64);
            j.seek_realtime_usec(from).map_err(|e| e.to_string())?;
            Ok(false)
        }
        None => {
            j.seek_tail().map_err(|e| e.to_string())?;
            // Step onto the last existing entry so that its cursor can be saved: a restart then
            // resumes after it instead of at a later tail (which would lose the lines between).
            if j.previous().map_err(|e| e.to_string())? > 0 {
                return Ok(true);
            }
            // No matching entry at all (a new node, a kubelet that never logged): the end is
            // the head. Following from the tail position instead loses the first entry that
            // arrives (seen with libsystemd 252: of two lines written, only the second read).
            j.seek_head().map_err(|e| e.to_string())?;
            Ok(false)
        }
    }
}

/// One entry as the journal thread copies it out for the parse thread.
struct Item {
    /// Range of the MESSAGE bytes in `Batch::buf`.
    start: usize,
    end: usize,
    realtime_usec: u64,
    /// journald's PRIORITY, fetched only for lines without a klog header.
    priority: Option<u8>,
    source: LineSource,
}

/// Entries handed from the journal thread to the parse thread. Each batch knows the cursors of
/// its first and last entry, so the cursor file can always name the last entry whose event was
/// handed over, without asking libsystemd for a cursor per entry.
#[derive(Default)]
struct Batch {
    buf: Vec<u8>,
    items: Vec<Item>,
    first_cursor: Option<String>,
    last_cursor: Option<String>,
    /// The journal thread had caught up when it sent this batch.
    caught_up: bool,
}

const BATCH_ENTRIES: usize = 256;
const BATCH_BYTES: usize = 1 << 20;
/// Batches queued between the two threads: enough to ride out one thread being descheduled on
/// a busy node, small enough to bound memory (each batch is at most ~1 MiB).
const BATCHES_IN_FLIGHT: usize = 2;

/// How the parse thread ended.
enum ParseEnd {
    /// Every batch it received was fully handed over (and its cursor saved).
    Complete,
    /// Stopped (cancelled, or the receiver went away) inside a batch, after handing over `done`
    /// of its entries. `before` is the cursor of the last complete batch.
    Partial {
        before: Option<String>,
        first_cursor: Option<String>,
        done: usize,
    },
}

fn save_cursor(cursor_file: &CursorFile, c: &str, stats: &JournalStats) {
    match cursor_file.save(c) {
        Ok(()) => {
            stats.cursor_saves.fetch_add(1, Ordering::Relaxed);
        }
        Err(e) => {
            stats.cursor_save_errors.fetch_add(1, Ordering::Relaxed);
            tracing::warn!(error = %e, "saving the journal cursor failed");
        }
    }
}

/// The parse thread: parse, classify, attribute, hand events over; save the cursor of complete
/// batches at most once per `save_every` (a quiet journal still gets its cursor saved: the
/// journal thread sends an empty "caught up" batch every `wait_timeout`).
fn parse_loop(
    batches: std::sync::mpsc::Receiver<Batch>,
    recycle: std::sync::mpsc::SyncSender<Batch>,
    cfg: &JournalConfig,
    cursor_file: &CursorFile,
    tx: &mpsc::Sender<KubeletEvent>,
    cancel: &CancellationToken,
    stats: &JournalStats,
) -> ParseEnd {
    let mut done_cursor: Option<String> = None;
    let mut saved_cursor_is_current = true;
    // The first save may come at once (a fresh start has nothing saved worth keeping longer).
    let mut last_save: Option<Instant> = None;
    let send_all = cfg.send_unclassified;
    // Events of one batch are handed over in a burst after the batch is parsed: the consumer
    // then wakes once per burst instead of once per event (a futex round trip each).
    let mut pending: Vec<(usize, KubeletEvent)> = Vec::with_capacity(BATCH_ENTRIES);
    while let Ok(mut batch) = batches.recv() {
        let mut unparsed = 0;
        for (k, it) in batch.items.iter().enumerate() {
            let msg = &batch.buf[it.start..it.end];
            let a = analyze(&cfg.rules, msg, send_all);
            if !a.line.is_parsed() {
                unparsed += 1;
            }
            if a.outcome.is_some() || send_all {
                pending.push((
                    k,
                    a.to_event(it.realtime_usec as f64 / 1e6, it.priority, it.source),
                ));
            }
        }
        stats.lines_unparsed.fetch_add(unparsed, Ordering::Relaxed);
        let mut sent = 0u64;
        let mut stopped_at = None;
        for (k, ev) in pending.drain(..) {
            if stopped_at.is_some() {
                continue;
            }
            if send(tx, ev, cancel) {
                sent += 1;
            } else {
                stopped_at = Some(k);
            }
        }
        stats.events_sent.fetch_add(sent, Ordering::Relaxed);
        if let Some(k) = stopped_at {
            // Entries before `k` were handed over (or had nothing to hand over).
            stats.entries_read.fetch_add(k as u64, Ordering::Relaxed);
            if !saved_cursor_is_current {
                if let Some(c) = &done_cursor {
                    save_cursor(cursor_file, c, stats);
                }
            }
            return ParseEnd::Partial {
                before: done_cursor,
                first_cursor: batch.first_cursor.take(),
                done: k,
            };
        }
        stats
            .entries_read
            .fetch_add(batch.items.len() as u64, Ordering::Relaxed);
        if let Some(last) = batch.items.last() {
            let lag = if batch.caught_up {
                0
            } else {
                now_usec().saturating_sub(last.realtime_usec) / 1000
            };
            stats.lag_ms.store(lag, Ordering::Relaxed);
            done_cursor = batch.last_cursor.take();
            saved_cursor_is_current = false;
        } else if batch.caught_up {
            stats.lag_ms.store(0, Ordering::Relaxed);
        }
        // At most once per `save_every`, whether catching up or caught up: a chatty kubelet
        // keeps the reader "caught up" after nearly every batch, and saving on each of those
        // cost an fsync per batch (11 a second measured before this rule).
        if !saved_cursor_is_current && last_save.is_none_or(|t| t.elapsed() >= cfg.save_every) {
            if let Some(c) = &done_cursor {
                save_cursor(cursor_file, c, stats);
            }
            saved_cursor_is_current = true;
            last_save = Some(Instant::now());
        }
        batch.buf.clear();
        batch.items.clear();
        batch.first_cursor = None;
        batch.last_cursor = None;
        batch.caught_up = false;
        let _ = recycle.try_send(batch);
    }
    if !saved_cursor_is_current {
        if let Some(c) = &done_cursor {
            save_cursor(cursor_file, c, stats);
        }
    }
    ParseEnd::Complete
}

/// Follow the journal from the saved position. The journal handle stays on this thread; a
/// scoped helper thread parses, so that libsystemd's work and ours use two cores.
fn follow(
    j: &mut Journal,
    cfg: &JournalConfig,
    cursor_file: &CursorFile,
    tx: &mpsc::Sender<KubeletEvent>,
    cancel: &CancellationToken,
    stats: &JournalStats,
) -> Exit {
    match position(j, cfg, cursor_file, stats) {
        Ok(true) => match j.cursor() {
            Ok(c) => save_cursor(cursor_file, &c, stats),
            Err(e) => tracing::debug!(error = %e, "no journal cursor to save"),
        },
        Ok(false) => {}
        Err(e) => return Exit::Reopen(format!("positioning the journal: {e}")),
    }
    // A few batches in flight and as many spare: bounded memory, no allocation in steady state.
    let (batch_tx, batch_rx) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
    let (recycle_tx, recycle_rx) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
    let (exit, end) = std::thread::scope(|scope| {
        let parser = std::thread::Builder::new()
            .name("journal-parse".into())
            .spawn_scoped(scope, || {
                parse_loop(batch_rx, recycle_tx, cfg, cursor_file, tx, cancel, stats)
            });
        let parser = match parser {
            Ok(p) => p,
            Err(e) => {
                return (
                    Exit::Reopen(format!("spawning the parse thread: {e}")),
                    None,
                )
            }
        };
        let exit = read_loop(j, cfg, batch_tx, &recycle_rx, cancel);
        // `batch_tx` is gone: the parser finishes what it has (or stops if cancelled).
        let end = parser.join().ok();
        (exit, end)
    });
    match end {
        Some(ParseEnd::Partial {
            before,
            first_cursor,
            done,
        }) => {
            // Stopped inside a batch: the cursor must name its last handed-over entry.
            let c = if done == 0 {
                before
            } else {
                first_cursor.and_then(|fc| nth_after(j, &fc, done - 1))
            };
            if let Some(c) = c {
                save_cursor(cursor_file, &c, stats);
            }
            Exit::Stop
        }
        Some(ParseEnd::Complete) => exit,
        None => Exit::Reopen("the journal parse thread panicked".into()),
    }
}

/// The cursor of the entry `n` matching entries after the one at `cursor`.
fn nth_after(j: &mut Journal, cursor: &str, n: usize) -> Option<String> {
    j.seek_cursor(cursor).ok()?;
    if j.next().ok()? == 0 {
        return None;
    }
    for _ in 0..n {
        if j.next().ok()? == 0 {
            return None;
        }
    }
    j.cursor().ok()
}

/// The journal thread's loop: copy entries into batches and hand them to the parse thread.
fn read_loop(
    j: &mut Journal,
    cfg: &JournalConfig,
    batch_tx: std::sync::mpsc::SyncSender<Batch>,
    recycle: &std::sync::mpsc::Receiver<Batch>,
    cancel: &CancellationToken,
) -> Exit {
    let follow_runtime = !cfg.runtime_units.is_empty();
    let mut batch = Batch::default();
    loop {
        if cancel.is_cancelled() {
            return Exit::Stop;
        }
        let n = match j.next() {
            Ok(n) => n,
            Err(e) => {
                let _ = flush(j, &mut batch, &batch_tx, recycle, false);
                return Exit::Reopen(format!("sd_journal_next: {e}"));
            }
        };
        if n == 0 {
            // Caught up: hand over what we have (an empty batch still reports "caught up").
            if !flush(j, &mut batch, &batch_tx, recycle, true) {
                return Exit::Stop;
            }
            match j.wait(Some(cfg.wait_timeout)) {
                Ok(JournalWaitResult::Nop | JournalWaitResult::Append) => {}
                // Files were added or removed (rotation, vacuum): libsystemd has already
                // re-scanned; the read position stays valid.
                Ok(JournalWaitResult::Invalidate) => {}
                Err(e) => return Exit::Reopen(format!("sd_journal_wait: {e}")),
            }
            continue;
        }
        copy_entry(j, cfg, follow_runtime, &mut batch);
        if (batch.items.len() >= BATCH_ENTRIES || batch.buf.len() >= BATCH_BYTES)
            && !flush(j, &mut batch, &batch_tx, recycle, false)
        {
            return Exit::Stop;
        }
    }
}

/// Send the current batch (with the cursor of its last entry). False when the parser is gone.
fn flush(
    j: &mut Journal,
    batch: &mut Batch,
    batch_tx: &std::sync::mpsc::SyncSender<Batch>,
    recycle: &std::sync::mpsc::Receiver<Batch>,
    caught_up: bool,
) -> bool {
    if batch.items.is_empty() && !caught_up {
        return true;
    }
    if !batch.items.is_empty() {
        batch.last_cursor = j.cursor().ok();
    }
    batch.caught_up = caught_up;
    let next = recycle.try_recv().unwrap_or_default();
    let full = std::mem::replace(batch, next);
    batch_tx.send(full).is_ok()
}

/// Copy one entry's MESSAGE (at most `CLASSIFY_SCAN_LIMIT` bytes: nothing past that is looked
/// at, and a megabyte line must not cost a megabyte per batch) and metadata into the batch.
/// Every entry becomes exactly one item, even one whose fields cannot be read (an empty
/// message, counted as unparsed): the cursor arithmetic on shutdown counts items as entries.
fn copy_entry(j: &mut Journal, cfg: &JournalConfig, follow_runtime: bool, batch: &mut Batch) {
    let source = if follow_runtime && is_runtime_entry(j, cfg).unwrap_or(false) {
        LineSource::Runtime
    } else {
        LineSource::Kubelet
    };
    if batch.first_cursor.is_none() {
        batch.first_cursor = j.cursor().ok();
    }
    let realtime_usec = j.timestamp_usec().unwrap_or(0);
    let start = batch.buf.len();
    let mut has_header = false;
    match j.get_data(c"MESSAGE") {
        Ok(Some(field)) => {
            let msg = field.value().unwrap_or(&[]);
            let msg = &msg[..msg.len().min(super::rules::CLASSIFY_SCAN_LIMIT)];
            has_header = looks_like_klog(msg);
            batch.buf.extend_from_slice(msg);
        }
        Ok(None) => {}
        Err(e) => tracing::debug!(error = %e, "journal entry without a readable MESSAGE"),
    }
    let end = batch.buf.len();
    // The klog severity is the kubelet's own verdict (journald records every stderr line of the
    // kubelet at the same PRIORITY); ask journald only when the line carries none.
    let priority = if has_header {
        None
    } else {
        j.get_data(c"PRIORITY")
            .ok()
            .flatten()
            .and_then(|p| p.value().and_then(|v| v.first().copied()))
            .filter(u8::is_ascii_digit)
            .map(|d| d - b'0')
    };
    batch.items.push(Item {
        start,
        end,
        realtime_usec,
        priority,
        source,
    });
}

/// `Lmmdd ` at the start: the line will carry its own severity.
fn looks_like_klog(msg: &[u8]) -> bool {
    matches!(msg, [b'I' | b'W' | b'E' | b'F', a, b, c, d, b' ', ..]
        if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() && d.is_ascii_digit())
}

/// Hand an event over, waiting while the channel is full. False when cancelled or closed.
fn send(tx: &mpsc::Sender<KubeletEvent>, mut ev: KubeletEvent, cancel: &CancellationToken) -> bool {
    loop {
        match tx.try_send(ev) {
            Ok(()) => return true,
            Err(mpsc::error::TrySendError::Closed(_)) => return false,
            Err(mpsc::error::TrySendError::Full(back)) => {
                if cancel.is_cancelled() {
                    return false;
                }
                ev = back;
                std::thread::sleep(Duration::from_millis(2));
            }
        }
    }
}

fn is_runtime_entry(j: &mut Journal, cfg: &JournalConfig) -> Result<bool, systemd::Error> {
    Ok(match j.get_data(c"_SYSTEMD_UNIT")? {
        Some(f) => {
            let v = f.value().unwrap_or(&[]);
            cfg.runtime_units.iter().any(|u| u.as_bytes() == v)
        }
        None => false,
    })
}
