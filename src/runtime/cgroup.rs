//! The kernel's own count of OOM kills in a container's memory cgroup.
//!
//! Runtimes report OOM kills badly: dockerd sends two `oom` events per kill and none at all that
//! say which process died, and a child process killed while its container keeps running never
//! shows in the container's state. The memory cgroup counts every kill: `oom_kill N` in
//! `memory.oom_control` (cgroup v1) or `memory.events` (cgroup v2). This module finds a
//! container's memory cgroup and reads that line; it only reads files.
//!
//! Finding the cgroup: the container's init pid (`/proc/<pid>/cgroup`) when the agent shares the
//! host's pid namespace, else the paths the runtime and the kubelet lay out (cgroupfs and systemd
//! drivers). A path is accepted only when it names the container's id, so a pid that means
//! another process in the agent's own pid namespace can never lend its cgroup.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Where the host's cgroup file system is mounted by default.
pub const DEFAULT_CGROUP_ROOT: &str = "/sys/fs/cgroup";

/// How long a read after an `oom` event waits for the kernel's count to move.
const OOM_SETTLE: std::time::Duration = std::time::Duration::from_millis(100);

/// Bound on remembered container cgroups (a node runs a few hundred containers).
const MAX_CACHED: usize = 16_384;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CgroupError {
    /// No candidate directory exists: the container is gone, or the layout is unknown.
    #[error("no memory cgroup found for container {0}")]
    NotFound(String),
    /// The file exists but has no `oom_kill` line (a kernel older than 4.13).
    #[error("{0} has no oom_kill line")]
    NoCounter(PathBuf),
}

/// Which cgroup hierarchy holds the memory controller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hierarchy {
    /// Per-controller mounts: the memory controller at `<root>/memory` (also hybrid hosts).
    V1,
    /// One unified tree at `<root>`.
    V2,
}

impl Hierarchy {
    fn counter_file(self) -> &'static str {
        match self {
            Hierarchy::V1 => "memory.oom_control",
            Hierarchy::V2 => "memory.events",
        }
    }
}

/// What a back-end knows about where a container's cgroup is.
#[derive(Debug, Clone, Default)]
pub struct Hint {
    /// The container's full id: every accepted path must contain it.
    pub id: String,
    /// The container's init process, in the host's pid namespace.
    pub pid: Option<u32>,
    /// Cgroup paths (relative to the controller's root) or systemd `slice:prefix:name` triples,
    /// in the order to try.
    pub paths: Vec<String>,
}

/// Reads `oom_kill` totals, remembering each container's cgroup directory once found.
#[derive(Debug)]
pub struct CgroupReader {
    root: PathBuf,
    proc_root: PathBuf,
    found: Mutex<HashMap<String, PathBuf>>,
    /// The last total read per container, so that a read right after an `oom` event can tell
    /// whether the kernel has counted the kill yet.
    last: Mutex<HashMap<String, u64>>,
    /// Containers whose vanished cgroup was already counted as one final kill.
    bumped: Mutex<std::collections::HashSet<String>>,
    /// Containers whose last read after an `oom` event found the total grown: that event's kill
    /// is counted. dockerd sends its `oom` event twice per kill, and the repeat often finds the
    /// cgroup already gone with the container; it must not count the same kill again.
    moved: Mutex<std::collections::HashSet<String>>,
}

impl CgroupReader {
    pub fn new(root: &Path) -> CgroupReader {
        CgroupReader {
            root: root.to_path_buf(),
            proc_root: PathBuf::from("/proc"),
            found: Mutex::new(HashMap::new()),
            last: Mutex::new(HashMap::new()),
            bumped: Mutex::new(std::collections::HashSet::new()),
            moved: Mutex::new(std::collections::HashSet::new()),
        }
    }

    /// For tests: a fake `/proc`.
    pub fn with_proc_root(mut self, proc_root: &Path) -> CgroupReader {
        self.proc_root = proc_root.to_path_buf();
        self
    }

    /// v1 when `<root>/memory` is a directory (v1 and hybrid hosts), else v2. Checked on each
    /// call: the mount may appear after the agent starts.
    pub fn hierarchy(&self) -> Hierarchy {
        if self.root.join("memory").is_dir() {
            Hierarchy::V1
        } else {
            Hierarchy::V2
        }
    }

    fn memory_root(&self, h: Hierarchy) -> PathBuf {
        match h {
            Hierarchy::V1 => self.root.join("memory"),
            Hierarchy::V2 => self.root.clone(),
        }
    }

    /// The container's `oom_kill` total. A remembered directory that vanished is looked up again.
    pub fn oom_kill_total(&self, hint: &Hint) -> Result<u64, CgroupError> {
        let h = self.hierarchy();
        let cached = self
            .found
            .lock()
            .ok()
            .and_then(|f| f.get(&hint.id).cloned());
        if let Some(dir) = cached {
            match read_counter(&dir.join(h.counter_file())) {
                Ok(Some(n)) => {
                    self.remember(&hint.id, n);
                    return Ok(n);
                }
                Ok(None) => return Err(CgroupError::NoCounter(dir.join(h.counter_file()))),
                Err(_) => self.forget(&hint.id),
            }
        }
        let dir = self
            .locate(h, hint)
            .ok_or_else(|| CgroupError::NotFound(hint.id.clone()))?;
        let file = dir.join(h.counter_file());
        match read_counter(&file) {
            Ok(Some(n)) => {
                if let Ok(mut f) = self.found.lock() {
                    if f.len() >= MAX_CACHED {
                        f.clear();
                    }
                    f.insert(hint.id.clone(), dir);
                }
                self.remember(&hint.id, n);
                Ok(n)
            }
            Ok(None) => Err(CgroupError::NoCounter(file)),
            Err(_) => Err(CgroupError::NotFound(hint.id.clone())),
        }
    }

    /// The total after a runtime `oom` event. The runtime hears of an OOM from the cgroup's
    /// notification, which can come before the kernel has counted the kill; a total no higher
    /// than the last one read is read again a few times, 10 ms apart (at most `OOM_SETTLE`).
    /// Returns the last successful read; an error only when none succeeded.
    pub async fn oom_kill_total_after_event(&self, hint: &Hint) -> Result<u64, CgroupError> {
        let known = self.last.lock().ok().and_then(|l| l.get(&hint.id).copied());
        let before = known.unwrap_or(0);
        // Taken before reading: a read that finds the cgroup gone forgets the container.
        let counted_before = self.is_bumped(&hint.id) || self.last_event_moved(&hint.id);
        let mut got = self.oom_kill_total(hint);
        if got.is_err() {
            // The cgroup went with its container: the kill took the init process. Once a total
            // was read (and reported), the bare event no longer counts downstream, so report
            // the one kill that emptied the cgroup — once: dockerd repeats its event.
            return match known {
                Some(t) if !counted_before => {
                    self.mark_bumped(&hint.id);
                    self.remember(&hint.id, t + 1);
                    Ok(t + 1)
                }
                _ => got,
            };
        }
        let deadline = std::time::Instant::now() + OOM_SETTLE;
        while got.as_ref().is_ok_and(|n| *n <= before) && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            match self.oom_kill_total(hint) {
                Ok(n) => got = Ok(n),
                // Gone meanwhile, the count not moved: the kill took the init process with the
                // cgroup before the kernel's count was read. Count that kill, once.
                Err(_) => {
                    if let Ok(n) = got {
                        if !counted_before {
                            self.mark_bumped(&hint.id);
                            self.remember(&hint.id, n + 1);
                            got = Ok(n + 1);
                        }
                    }
                    break;
                }
            }
        }
        if let Ok(n) = got {
            self.set_last_event_moved(&hint.id, n > before);
        }
        got
    }

    fn last_event_moved(&self, id: &str) -> bool {
        self.moved.lock().is_ok_and(|m| m.contains(id))
    }

    fn set_last_event_moved(&self, id: &str, moved: bool) {
        if let Ok(mut m) = self.moved.lock() {
            if !moved {
                m.remove(id);
                return;
            }
            if m.len() >= MAX_CACHED {
                m.clear();
            }
            m.insert(id.to_string());
        }
    }

    /// Whether a container's cgroup directory is already known (no inspect needed to read it).
    pub fn knows(&self, id: &str) -> bool {
        self.found.lock().is_ok_and(|f| f.contains_key(id))
    }

    /// Forgets a removed container.
    pub fn forget(&self, id: &str) {
        if let Ok(mut f) = self.found.lock() {
            f.remove(id);
        }
        if let Ok(mut l) = self.last.lock() {
            l.remove(id);
        }
        if let Ok(mut m) = self.moved.lock() {
            m.remove(id);
        }
        if let Ok(mut b) = self.bumped.lock() {
            b.remove(id);
        }
    }

    fn is_bumped(&self, id: &str) -> bool {
        self.bumped.lock().is_ok_and(|b| b.contains(id))
    }

    fn mark_bumped(&self, id: &str) {
        if let Ok(mut b) = self.bumped.lock() {
            if b.len() >= MAX_CACHED {
                b.clear();
            }
            b.insert(id.to_string());
        }
    }

    fn remember(&self, id: &str, total: u64) {
        if let Ok(mut l) = self.last.lock() {
            if l.len() >= MAX_CACHED {
                l.clear();
            }
            l.insert(id.to_string(), total);
        }
    }

    /// The first candidate directory that exists and names the container.
    fn locate(&self, h: Hierarchy, hint: &Hint) -> Option<PathBuf> {
        if hint.id.is_empty() {
            return None;
        }
        let base = self.memory_root(h);
        let from_pid = hint.pid.filter(|p| *p > 0).and_then(|pid| {
            let text =
                std::fs::read_to_string(self.proc_root.join(format!("{pid}/cgroup"))).ok()?;
            memory_path_from_proc(&text, h)
        });
        from_pid
            .into_iter()
            .chain(hint.paths.iter().map(|p| expand_systemd(p)))
            .filter(|rel| rel.contains(&hint.id))
            .map(|rel| base.join(rel.trim_start_matches('/')))
            .find(|dir| !escapes(dir, &base) && dir.is_dir())
    }
}

/// True when `dir` climbs out of `base` (`..` from a path the runtime gave us).
fn escapes(dir: &Path, base: &Path) -> bool {
    dir.strip_prefix(base)
        .map(|rest| {
            rest.components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        })
        .unwrap_or(true)
}

/// The memory controller's path in a `/proc/<pid>/cgroup` file: the v1 line whose controllers
/// include `memory`, or the v2 line `0::<path>`.
pub fn memory_path_from_proc(text: &str, h: Hierarchy) -> Option<String> {
    text.lines().find_map(|line| {
        let mut parts = line.splitn(3, ':');
        let (id, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        let hit = match h {
            Hierarchy::V1 => controllers.split(',').any(|c| c == "memory"),
            Hierarchy::V2 => id == "0" && controllers.is_empty(),
        };
        hit.then(|| path.to_string())
    })
}

/// A systemd-driver `slice:prefix:name` triple as a path
/// (`kubepods-besteffort-pod1.slice:cri-containerd:abc` →
/// `kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1.slice/cri-containerd-abc.scope`);
/// anything else as it is.
pub fn expand_systemd(p: &str) -> String {
    let parts: Vec<&str> = p.split(':').collect();
    if parts.len() != 3 || p.starts_with('/') {
        return p.to_string();
    }
    let (slice, prefix, name) = (parts[0], parts[1], parts[2]);
    let mut out = slice_path(slice);
    if !out.is_empty() {
        out.push('/');
    }
    if prefix.is_empty() {
        out.push_str(name);
    } else {
        out.push_str(&format!("{prefix}-{name}.scope"));
    }
    out
}

/// `a-b-c.slice` → `a.slice/a-b.slice/a-b-c.slice`, as systemd nests slices; `-.slice` is the root.
pub fn slice_path(slice: &str) -> String {
    let Some(stem) = slice.strip_suffix(".slice") else {
        return slice.to_string();
    };
    if stem.is_empty() || stem == "-" {
        return String::new();
    }
    let mut out = Vec::new();
    let mut acc = String::new();
    for (i, part) in stem.split('-').enumerate() {
        if i > 0 {
            acc.push('-');
        }
        acc.push_str(part);
        out.push(format!("{acc}.slice"));
    }
    out.join("/")
}

/// The kubelet's cgroup layout for a pod's container, cgroupfs and systemd drivers, every QoS
/// class (the qos class is not in the CRI's answers), then the runtime's own default parents.
pub fn kubelet_paths(pod_uid: &str, id: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(10);
    let uid_systemd = pod_uid.replace('-', "_");
    for qos in ["besteffort", "burstable", ""] {
        let (cg_parent, sd_parent) = if qos.is_empty() {
            (
                format!("kubepods/pod{pod_uid}"),
                format!("kubepods.slice/kubepods-pod{uid_systemd}.slice"),
            )
        } else {
            (
                format!("kubepods/{qos}/pod{pod_uid}"),
                format!(
                    "kubepods.slice/kubepods-{qos}.slice/kubepods-{qos}-pod{uid_systemd}.slice"
                ),
            )
        };
        out.push(format!("{cg_parent}/{id}"));
        out.push(format!("{sd_parent}/cri-containerd-{id}.scope"));
        out.push(format!("{sd_parent}/docker-{id}.scope"));
        out.push(format!("{sd_parent}/crio-{id}.scope"));
    }
    out
}

/// Docker's own layout: `<parent or /docker>/<id>` (cgroupfs) or `<parent slice or
/// system.slice>/docker-<id>.scope` (systemd).
pub fn docker_paths(cgroup_parent: Option<&str>, id: &str) -> Vec<String> {
    let parent = cgroup_parent.filter(|p| !p.is_empty());
    let mut out = Vec::with_capacity(3);
    match parent {
        Some(p) if p.ends_with(".slice") => {
            out.push(format!("{}/docker-{id}.scope", slice_path(p)));
        }
        Some(p) => out.push(format!("{}/{id}", p.trim_end_matches('/'))),
        None => {
            out.push(format!("docker/{id}"));
            out.push(format!("system.slice/docker-{id}.scope"));
        }
    }
    out
}

/// The `oom_kill N` value of a counter file; `Ok(None)` when the line is missing.
fn read_counter(file: &Path) -> std::io::Result<Option<u64>> {
    let text = std::fs::read_to_string(file)?;
    Ok(parse_oom_kill(&text))
}

/// `oom_kill N` from `memory.oom_control` or `memory.events`.
pub fn parse_oom_kill(text: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == "oom_kill").then(|| v.trim().parse().ok()).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_counter_files() {
        let v1 = "oom_kill_disable 0\nunder_oom 0\noom_kill 3\n";
        let v2 = "low 0\nhigh 0\nmax 12\noom 2\noom_kill 2\noom_group_kill 0\n";
        assert_eq!(parse_oom_kill(v1), Some(3));
        assert_eq!(parse_oom_kill(v2), Some(2));
        assert_eq!(parse_oom_kill("oom_kill_disable 0\nunder_oom 0\n"), None);
        assert_eq!(parse_oom_kill("oom_kill x\n"), None);
    }

    #[test]
    fn proc_cgroup_lines() {
        let hybrid = "12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n1:name=systemd:/docker/abc\n0::/docker/abc\n";
        assert_eq!(
            memory_path_from_proc(hybrid, Hierarchy::V1).as_deref(),
            Some("/docker/abc")
        );
        let v2 = "0::/system.slice/docker-abc.scope\n";
        assert_eq!(
            memory_path_from_proc(v2, Hierarchy::V2).as_deref(),
            Some("/system.slice/docker-abc.scope")
        );
        assert_eq!(memory_path_from_proc(v2, Hierarchy::V1), None);
    }

    #[test]
    fn systemd_triples_and_slices() {
        assert_eq!(
            expand_systemd("kubepods-besteffort-pod1_2.slice:cri-containerd:abc"),
            "kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1_2.slice/cri-containerd-abc.scope"
        );
        assert_eq!(expand_systemd("/kubepods/pod1/abc"), "/kubepods/pod1/abc");
        assert_eq!(slice_path("system.slice"), "system.slice");
        assert_eq!(slice_path("-.slice"), "");
        assert_eq!(
            docker_paths(Some("kubepods-pod1.slice"), "abc"),
            vec!["kubepods.slice/kubepods-pod1.slice/docker-abc.scope"]
        );
        assert_eq!(
            docker_paths(None, "abc"),
            vec!["docker/abc", "system.slice/docker-abc.scope"]
        );
    }

    /// A scratch directory removed on drop (no crate for one test).
    struct TempDir(PathBuf);

    impl TempDir {
        fn new() -> TempDir {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let dir =
                std::env::temp_dir().join(format!("pp-cgroup-test-{}-{nanos}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("scratch dir");
            TempDir(dir)
        }

        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// A fake v1 and v2 tree: the reader finds the cgroup from the pid or the runtime's paths,
    /// refuses a pid whose cgroup does not name the container, and reports a vanished cgroup.
    #[test]
    fn reads_from_pid_or_paths_on_both_hierarchies() {
        let tmp = TempDir::new();
        let proc_root = tmp.path().join("proc");
        std::fs::create_dir_all(proc_root.join("42")).expect("proc");
        std::fs::create_dir_all(proc_root.join("43")).expect("proc");
        std::fs::write(
            proc_root.join("42/cgroup"),
            "9:memory:/docker/cafe\n0::/docker/cafe\n",
        )
        .expect("w");
        std::fs::write(
            proc_root.join("43/cgroup"),
            "9:memory:/user.slice\n0::/user.slice\n",
        )
        .expect("w");

        let v1 = tmp.path().join("v1");
        let dir = v1.join("memory/docker/cafe");
        std::fs::create_dir_all(&dir).expect("v1 dir");
        std::fs::create_dir_all(v1.join("memory/user.slice")).expect("other");
        std::fs::write(
            dir.join("memory.oom_control"),
            "oom_kill_disable 0\nunder_oom 0\noom_kill 3\n",
        )
        .expect("w");
        std::fs::write(
            v1.join("memory/user.slice/memory.oom_control"),
            "oom_kill 9\n",
        )
        .expect("w");
        let r = CgroupReader::new(&v1).with_proc_root(&proc_root);
        assert_eq!(r.hierarchy(), Hierarchy::V1);
        let by_pid = Hint {
            id: "cafe".into(),
            pid: Some(42),
            paths: vec![],
        };
        assert_eq!(r.oom_kill_total(&by_pid), Ok(3));
        r.forget("cafe");
        let by_path = Hint {
            id: "cafe".into(),
            pid: Some(43), // another process: its cgroup does not name the container
            paths: docker_paths(None, "cafe"),
        };
        assert_eq!(r.oom_kill_total(&by_path), Ok(3));
        let wrong_pid_only = Hint {
            id: "beef".into(),
            pid: Some(43),
            paths: vec!["../../etc/beef".into()],
        };
        assert_eq!(
            r.oom_kill_total(&wrong_pid_only),
            Err(CgroupError::NotFound("beef".into()))
        );
        std::fs::remove_dir_all(&dir).expect("vanish");
        assert_eq!(
            r.oom_kill_total(&by_path),
            Err(CgroupError::NotFound("cafe".into()))
        );

        // An `oom` event after the cgroup went (the init process was the victim): one more kill
        // than last read, reported once however often the runtime repeats the event.
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("rt");
        let r2 = CgroupReader::new(&v1).with_proc_root(&proc_root);
        let gone = Hint {
            id: "d00d".into(),
            pid: None,
            paths: docker_paths(None, "d00d"),
        };
        let d00d = v1.join("memory/docker/d00d");
        std::fs::create_dir_all(&d00d).expect("dir");
        std::fs::write(d00d.join("memory.oom_control"), "oom_kill 0\n").expect("w");
        assert_eq!(r2.oom_kill_total(&gone), Ok(0));
        std::fs::remove_dir_all(&d00d).expect("vanish");
        assert_eq!(rt.block_on(r2.oom_kill_total_after_event(&gone)), Ok(1));
        assert!(rt.block_on(r2.oom_kill_total_after_event(&gone)).is_err());
        // dockerd's repeated `oom` event for a kill whose count was read: the repeat finds the
        // cgroup gone with the container and must not count that kill again.
        let r3 = CgroupReader::new(&v1).with_proc_root(&proc_root);
        let twice = Hint {
            id: "d0d0".into(),
            pid: None,
            paths: docker_paths(None, "d0d0"),
        };
        let d0d0 = v1.join("memory/docker/d0d0");
        std::fs::create_dir_all(&d0d0).expect("dir");
        std::fs::write(d0d0.join("memory.oom_control"), "oom_kill 0\n").expect("w");
        assert_eq!(r3.oom_kill_total(&twice), Ok(0));
        std::fs::write(d0d0.join("memory.oom_control"), "oom_kill 1\n").expect("w");
        assert_eq!(rt.block_on(r3.oom_kill_total_after_event(&twice)), Ok(1));
        std::fs::remove_dir_all(&d0d0).expect("vanish");
        let again = rt.block_on(r3.oom_kill_total_after_event(&twice));
        assert!(again.is_err(), "{again:?}");
        let never_read = Hint {
            id: "f1f1".into(),
            pid: None,
            paths: vec![],
        };
        assert!(rt
            .block_on(r2.oom_kill_total_after_event(&never_read))
            .is_err());

        let v2 = tmp.path().join("v2");
        let scope = v2.join("kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podu_1.slice/cri-containerd-f00d.scope");
        std::fs::create_dir_all(&scope).expect("v2 dir");
        std::fs::write(
            scope.join("memory.events"),
            "low 0\nhigh 0\nmax 4\noom 1\noom_kill 1\n",
        )
        .expect("w");
        let r = CgroupReader::new(&v2).with_proc_root(&proc_root);
        assert_eq!(r.hierarchy(), Hierarchy::V2);
        let hint = Hint {
            id: "f00d".into(),
            pid: None,
            paths: kubelet_paths("u-1", "f00d"),
        };
        assert_eq!(r.oom_kill_total(&hint), Ok(1));
        assert!(r.knows("f00d"));
    }
}
