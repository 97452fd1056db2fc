//! The cursor file: where the reader stopped, saved atomically (write a temp file, fsync, rename,
//! fsync the directory) so that a crash leaves either the old or the new cursor, never half of
//! one, and a power loss right after a save cannot undo the rename.
//! Owns only the file; when to save is the reader's decision (at most once a second, and at
//! shutdown: each save costs two fsyncs).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::JournalError;

#[derive(Debug, Clone)]
pub struct CursorFile {
    path: PathBuf,
    tmp: PathBuf,
}

impl CursorFile {
    pub fn new(state_dir: &Path, name: &str) -> CursorFile {
        CursorFile {
            path: state_dir.join(name),
            tmp: state_dir.join(format!(".{name}.tmp")),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The saved cursor; `None` when there is none or it is unusable (empty, not text).
    pub fn load(&self) -> Result<Option<String>, JournalError> {
        match fs::read(&self.path) {
            Ok(bytes) => {
                let s = String::from_utf8_lossy(&bytes).trim().to_string();
                // A cursor is `s=…;i=…;…`; anything else (a torn write from another tool, a
                // mistaken file) is treated as no cursor rather than a hard error.
                Ok((!s.is_empty() && s.contains('=') && !s.contains('\0')).then_some(s))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(JournalError::Io {
                op: "read cursor",
                path: self.path.clone(),
                source: e,
            }),
        }
    }

    pub fn save(&self, cursor: &str) -> Result<(), JournalError> {
        let io = |op, e| JournalError::Io {
            op,
            path: self.path.clone(),
            source: e,
        };
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir).map_err(|e| io("create state dir", e))?;
        }
        let mut f = fs::File::create(&self.tmp).map_err(|e| io("create temp cursor", e))?;
        f.write_all(cursor.as_bytes())
            .map_err(|e| io("write temp cursor", e))?;
        f.sync_data().map_err(|e| io("sync temp cursor", e))?;
        drop(f);
        fs::rename(&self.tmp, &self.path).map_err(|e| io("rename cursor", e))?;
        // The rename lives in the directory: until the directory is synced, a power loss can
        // bring back the old name (or none) even though the new file's data is on disk.
        if let Some(dir) = self.path.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            fs::File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| io("sync state dir", e))?;
        }
        Ok(())
    }
}

/// The realtime stamp (µs) a journald cursor carries in its `t=` field (hex).
pub fn cursor_realtime_usec(cursor: &str) -> Option<u64> {
    cursor
        .split(';')
        .find_map(|f| f.strip_prefix("t="))
        .and_then(|h| u64::from_str_radix(h, 16).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_load_round_trip() {
        let dir = std::env::temp_dir().join(format!("pp-jr-cursor-{}", std::process::id()));
        let c = CursorFile::new(&dir, "journal.cursor");
        assert_eq!(c.load().ok().flatten(), None);
        assert!(c.save("s=abc;i=1;b=x;m=2;t=5f3a;x=9").is_ok());
        assert_eq!(
            c.load().ok().flatten().as_deref(),
            Some("s=abc;i=1;b=x;m=2;t=5f3a;x=9")
        );
        assert!(fs::write(c.path(), b"").is_ok());
        assert_eq!(c.load().ok().flatten(), None);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn realtime_from_cursor() {
        assert_eq!(
            cursor_realtime_usec("s=a;i=1;b=c;m=2;t=5f3a;x=9"),
            Some(0x5f3a)
        );
        assert_eq!(cursor_realtime_usec("garbage"), None);
    }
}
