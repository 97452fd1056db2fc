//! A minimal inotify watch on one path (the manifest directory, or a single manifest file) for
//! the manifest source: it only says "something under this path may have changed", and the
//! source scans again. The scan itself stays the judge of what changed (fingerprints per file),
//! so no event needs to be understood, and a lost one costs nothing but time: an overflowed
//! queue (`IN_Q_OVERFLOW`) is just another "scan again", and the source still re-lists on a slow
//! period for what inotify cannot see (a symlinked manifest whose target changes elsewhere).
//!
//! It owns one inotify descriptor and must not read or parse files. Raw `libc` calls rather than
//! a crate: three syscalls, and the agent already links `libc`.

use std::ffi::CString;
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

/// Everything that can change what a scan of the path finds: entries created, removed, renamed,
/// written or re-permissioned, and the watched path itself going away.
const MASK: u32 = libc::IN_CREATE
    | libc::IN_DELETE
    | libc::IN_MODIFY
    | libc::IN_CLOSE_WRITE
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO
    | libc::IN_ATTRIB
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF;

/// The watch is over: the path itself was deleted, moved or unmounted (the kernel then drops the
/// watch with `IN_IGNORED`).
const GONE: u32 = libc::IN_DELETE_SELF | libc::IN_MOVE_SELF | libc::IN_UNMOUNT | libc::IN_IGNORED;

/// Size of `struct inotify_event` without its name.
const HEADER: usize = 16;

/// What a batch of events asks of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum News {
    /// Something changed (or events were lost to an overflow): scan again.
    Rescan,
    /// The watched path itself went: scan again, and watch the path anew.
    Rewatch,
}

/// One inotify descriptor watching one path.
pub(crate) struct Watch {
    fd: AsyncFd<File>,
}

impl Watch {
    /// Watches `path` (following a symlink, as a scan does). Fails when the path is missing or
    /// the user's inotify limits are reached; the caller then polls.
    pub(crate) fn new(path: &Path) -> io::Result<Watch> {
        let c_path = CString::new(path.as_os_str().as_bytes())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path holds a NUL byte"))?;
        // SAFETY: a plain syscall taking flags only.
        #[allow(unsafe_code)]
        let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
        if raw < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `raw` is a descriptor the kernel just returned, owned by nothing else.
        #[allow(unsafe_code)]
        let fd = unsafe { OwnedFd::from_raw_fd(raw) };
        let file = File::from(fd);
        // SAFETY: the descriptor is open, and `c_path` is a NUL-terminated string that
        // outlives the call.
        #[allow(unsafe_code)]
        let wd = unsafe {
            libc::inotify_add_watch(
                std::os::fd::AsRawFd::as_raw_fd(&file),
                c_path.as_ptr(),
                MASK,
            )
        };
        if wd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `file` owns the descriptor and moves into the `AsyncFd`, which keeps it open
        // and unchanged until it is dropped.
        #[allow(unsafe_code)]
        let fd = unsafe { AsyncFd::register_with_interest(file, Interest::READABLE) }
            .map_err(io::Error::from)?;
        Ok(Watch { fd })
    }

    /// Waits for events and consumes every one queued.
    pub(crate) async fn changed(&mut self) -> io::Result<News> {
        loop {
            let mut guard = self.fd.readable_mut().await?;
            match read_all(guard.get_inner_mut())? {
                Some(news) => return Ok(news),
                None => guard.clear_ready(),
            }
        }
    }

    /// Consumes the events queued now without waiting (those that came while the source waited
    /// for a burst of writes to settle); `None` when there were none.
    pub(crate) fn drain(&mut self) -> io::Result<Option<News>> {
        read_all(self.fd.get_mut())
    }
}

/// Reads until the queue is empty; `None` when it held nothing.
fn read_all(mut file: &File) -> io::Result<Option<News>> {
    let mut buf = [0u8; 4096];
    let mut news: Option<News> = None;
    loop {
        match file.read(&mut buf) {
            Ok(0) => return Ok(news),
            Ok(n) => {
                let batch = classify(&buf[..n]);
                news = Some(match (news, batch) {
                    (Some(News::Rewatch), _) | (_, News::Rewatch) => News::Rewatch,
                    _ => News::Rescan,
                });
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(news),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// What one read's worth of `struct inotify_event` records asks for. Any record means "scan
/// again", an overflow record (`IN_Q_OVERFLOW`, wd -1) included; one about the watched path
/// itself going means "watch again" too. A truncated record (never from the kernel) still
/// counts as a change.
fn classify(buf: &[u8]) -> News {
    let mut at = 0;
    while at + HEADER <= buf.len() {
        let word = |i: usize| {
            let b = &buf[at + i..at + i + 4];
            u32::from_ne_bytes([b[0], b[1], b[2], b[3]])
        };
        let (mask, name_len) = (word(4), word(12) as usize);
        if mask & GONE != 0 {
            return News::Rewatch;
        }
        at += HEADER + name_len;
    }
    News::Rescan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(wd: i32, mask: u32, name: &str) -> Vec<u8> {
        let mut name = name.as_bytes().to_vec();
        if !name.is_empty() {
            // The kernel pads names with NULs to a multiple of the record alignment.
            name.resize(name.len().div_ceil(16) * 16, 0);
        }
        let mut r = Vec::new();
        r.extend_from_slice(&wd.to_ne_bytes());
        r.extend_from_slice(&mask.to_ne_bytes());
        r.extend_from_slice(&0u32.to_ne_bytes());
        r.extend_from_slice(&(name.len() as u32).to_ne_bytes());
        r.extend_from_slice(&name);
        r
    }

    #[test]
    fn classify_table() {
        let cases: [(Vec<u8>, News); 5] = [
            (record(1, libc::IN_CREATE, "web.yaml"), News::Rescan),
            // Events were lost: scan again, the scan finds what they said.
            (record(-1, libc::IN_Q_OVERFLOW, ""), News::Rescan),
            (record(1, libc::IN_DELETE_SELF, ""), News::Rewatch),
            (
                [
                    record(1, libc::IN_MODIFY, "a.yaml"),
                    record(1, libc::IN_IGNORED, ""),
                ]
                .concat(),
                News::Rewatch,
            ),
            (
                record(1, libc::IN_MODIFY, "a.yaml")[..10].to_vec(),
                News::Rescan,
            ),
        ];
        for (buf, want) in cases {
            assert_eq!(classify(&buf), want);
        }
    }

    #[tokio::test]
    async fn reports_changes_and_the_path_going() {
        let dir = std::env::temp_dir().join(format!("pp-inotify-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let mut w = Watch::new(&dir).expect("watch");
        assert_eq!(w.drain().expect("drain"), None);
        std::fs::write(dir.join("web.yaml"), "x").expect("write");
        let news = tokio::time::timeout(std::time::Duration::from_secs(5), w.changed())
            .await
            .expect("an event in time")
            .expect("read");
        assert_eq!(news, News::Rescan);
        std::fs::remove_dir_all(&dir).expect("remove");
        let mut gone = false;
        for _ in 0..10 {
            let news = tokio::time::timeout(std::time::Duration::from_secs(5), w.changed())
                .await
                .expect("an event in time")
                .expect("read");
            if news == News::Rewatch {
                gone = true;
                break;
            }
        }
        assert!(gone, "the directory's removal ends the watch");
        assert!(
            Watch::new(&dir).is_err(),
            "a missing path cannot be watched"
        );
    }
}
