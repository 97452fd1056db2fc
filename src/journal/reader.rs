//! The journal reader: one dedicated OS thread that owns the libsystemd handle (an `sd_journal`
//! must stay on the thread that opened it), follows the kubelet's unit/identifier (and optional
//! runtime units), parses and classifies each entry, and feeds `KubeletEvent`s into a bounded
//! tokio channel. Cursor saved every N entries or T ms and on shutdown; resumes right after it.
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
    /// `_SYSTEMD_UNIT` values of the kubelet (default `kubelet.service`).
    pub units: Vec<String>,
    /// `SYSLOG_IDENTIFIER` values of the kubelet (default `kubelet`).
    pub identifiers: Vec<String>,
    /// Runtime units whose own lines are followed too (e.g. `containerd.service`).
    pub runtime_units: Vec<String>,
    /// Where the cursor file lives.
    pub state_dir: PathBuf,
    pub cursor_file_name: String,
    /// First start without a cursor: `None` begins at the end; `Some(d)` reads back `d`.
    pub lookback: Option<Duration>,
    /// Save the cursor after this many entries …
    pub save_every_entries: u64,
    /// … or this long after the first unsaved entry, whichever comes first.
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
            identifiers: vec!["kubelet".into()],
            runtime_units: Vec::new(),
            state_dir: state_dir.into(),
            cursor_file_name: "journal.cursor".into(),
            lookback: None,
            save_every_entries: 10_000,
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
            Ok(j.previous().map_err(|e| e.to_string())? > 0)
        }
    }
}

fn follow(
    j: &mut Journal,
    cfg: &JournalConfig,
    cursor_file: &CursorFile,
    tx: &mpsc::Sender<KubeletEvent>,
    cancel: &CancellationToken,
    stats: &JournalStats,
) -> Exit {
    let mut dirty = match position(j, cfg, cursor_file, stats) {
        Ok(d) => d,
        Err(e) => return Exit::Reopen(format!("positioning the journal: {e}")),
    };
    let mut unsaved: u64 = 0;
    let mut first_unsaved = Instant::now();
    // Measure the lag on the first entry after a wait, then every 1024 entries.
    let mut after_wait = true;
    let follow_runtime = !cfg.runtime_units.is_empty();
    let save = |j: &mut Journal, stats: &JournalStats| match j.cursor() {
        Ok(c) => match cursor_file.save(&c) {
            Ok(()) => {
                stats.cursor_saves.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => {
                stats.cursor_save_errors.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(error = %e, "saving the journal cursor failed");
            }
        },
        Err(e) => tracing::debug!(error = %e, "no journal cursor to save"),
    };
    if dirty {
        save(j, stats);
        dirty = false;
    }
    loop {
        if cancel.is_cancelled() {
            if dirty {
                save(j, stats);
            }
            return Exit::Stop;
        }
        let n = match j.next() {
            Ok(n) => n,
            Err(e) => {
                if dirty {
                    save(j, stats);
                }
                return Exit::Reopen(format!("sd_journal_next: {e}"));
            }
        };
        if n == 0 {
            // Caught up.
            if dirty {
                save(j, stats);
                dirty = false;
                unsaved = 0;
            }
            stats.lag_ms.store(0, Ordering::Relaxed);
            after_wait = true;
            match j.wait(Some(cfg.wait_timeout)) {
                Ok(JournalWaitResult::Nop | JournalWaitResult::Append) => {}
                // Files were added or removed (rotation, vacuum): libsystemd has already
                // re-scanned; the read position stays valid.
                Ok(JournalWaitResult::Invalidate) => {}
                Err(e) => return Exit::Reopen(format!("sd_journal_wait: {e}")),
            }
            continue;
        }
        let entries = stats.entries_read.fetch_add(1, Ordering::Relaxed) + 1;
        match process_entry(j, cfg, follow_runtime, stats) {
            Ok(Some(ev)) => {
                if !send(tx, ev, cancel) {
                    // Not handed over: save the cursor of the entry before this one, so a restart
                    // neither repeats what was sent nor skips this entry.
                    if dirty && matches!(j.previous(), Ok(n) if n > 0) {
                        save(j, stats);
                    }
                    return Exit::Stop;
                }
                stats.events_sent.fetch_add(1, Ordering::Relaxed);
            }
            Ok(None) => {}
            Err(e) => tracing::debug!(error = %e, "journal entry without a readable MESSAGE"),
        }
        if !dirty {
            first_unsaved = Instant::now();
        }
        dirty = true;
        unsaved += 1;
        if after_wait || entries.is_multiple_of(1024) {
            after_wait = false;
            if let Ok(ts) = j.timestamp_usec() {
                stats
                    .lag_ms
                    .store(now_usec().saturating_sub(ts) / 1000, Ordering::Relaxed);
            }
        }
        if unsaved >= cfg.save_every_entries || first_unsaved.elapsed() >= cfg.save_every {
            save(j, stats);
            dirty = false;
            unsaved = 0;
        }
    }
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

fn process_entry(
    j: &mut Journal,
    cfg: &JournalConfig,
    follow_runtime: bool,
    stats: &JournalStats,
) -> Result<Option<KubeletEvent>, systemd::Error> {
    let source = if follow_runtime && is_runtime_entry(j, cfg)? {
        LineSource::Runtime
    } else {
        LineSource::Kubelet
    };
    let send_all = cfg.send_unclassified;
    let field = j.get_data(c"MESSAGE")?;
    let Some(field) = field else {
        stats.lines_unparsed.fetch_add(1, Ordering::Relaxed);
        return Ok(None);
    };
    let msg = field.value().unwrap_or(&[]);
    let a = analyze(&cfg.rules, msg, send_all);
    if !a.line.is_parsed() {
        stats.lines_unparsed.fetch_add(1, Ordering::Relaxed);
    }
    if a.outcome.is_none() && !send_all {
        return Ok(None);
    }
    // Build the owned event before touching the journal again: `field` borrows its buffer.
    let mut ev = a.to_event(0.0, None, source);
    ev.timestamp = j.timestamp_usec().map(|t| t as f64 / 1e6).unwrap_or(0.0);
    // The klog severity is the kubelet's own verdict (journald records every stderr line of the
    // kubelet at the same PRIORITY); ask journald only when the line carries none. This also
    // saves a second field scan per entry.
    if ev.priority.is_none() {
        if let Ok(Some(p)) = j.get_data(c"PRIORITY") {
            if let Some(&d) = p.value().and_then(|v| v.first()) {
                if d.is_ascii_digit() {
                    ev.priority = Some(d - b'0');
                }
            }
        }
    }
    Ok(Some(ev))
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
