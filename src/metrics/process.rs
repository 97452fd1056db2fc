//! The agent's own process metrics from `/proc/self` (Linux only; elsewhere they are absent).

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, Default)]
pub struct ProcessStats {
    pub cpu_seconds: f64,
    pub resident_bytes: f64,
    pub virtual_bytes: f64,
    pub start_time_seconds: f64,
    pub open_fds: f64,
}

fn clock_ticks() -> f64 {
    static TICKS: OnceLock<f64> = OnceLock::new();
    *TICKS.get_or_init(|| {
        // SAFETY-free: sysconf is a plain libc query with no pointers.
        #[allow(unsafe_code)]
        let t = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
        if t > 0 {
            t as f64
        } else {
            100.0
        }
    })
}

fn page_size() -> f64 {
    static PAGE: OnceLock<f64> = OnceLock::new();
    *PAGE.get_or_init(|| {
        #[allow(unsafe_code)]
        let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        if p > 0 {
            p as f64
        } else {
            4096.0
        }
    })
}

fn boot_time() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    stat.lines()
        .find_map(|l| l.strip_prefix("btime "))
        .and_then(|v| v.trim().parse().ok())
}

/// Reads the current figures; `None` where `/proc` is not available.
pub fn read() -> Option<ProcessStats> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name is in parentheses and may contain spaces: split after the last ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    // Fields after the name start at index 3 (state); utime=14, stime=15, starttime=22,
    // vsize=23, rss=24 in proc(5) numbering, i.e. rest[11], rest[12], rest[19], rest[20], rest[21].
    let num = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok());
    let ticks = clock_ticks();
    let open_fds = std::fs::read_dir("/proc/self/fd")
        .map(|d| d.count() as f64)
        .unwrap_or(0.0);
    Some(ProcessStats {
        cpu_seconds: (num(11)? + num(12)?) / ticks,
        start_time_seconds: boot_time().unwrap_or(0.0) + num(19)? / ticks,
        virtual_bytes: num(20)?,
        resident_bytes: num(21)? * page_size(),
        open_fds,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_own_process() {
        let p = super::read().expect("linux /proc");
        assert!(p.resident_bytes > 0.0);
        assert!(p.start_time_seconds > 1e9);
        assert!(p.open_fds >= 1.0);
    }
}
