//! The static pod manifest source: the kubelet's `staticPodPath` (a directory, or a single file),
//! watched for changes, parsed the way the kubelet's file source reads it, and turned into the
//! pods the kubelet runs from it (`web` on node `n1` becomes mirror pod `web-n1`).
//!
//! Watching is the kubelet's too: inotify says when to scan again, and a full re-list every
//! [`RESCAN_PERIOD`] (the kubelet's `fileCheckFrequency`) catches what inotify cannot see. While
//! the path cannot be watched (missing, inotify limits reached) it is polled every
//! `poll_period`. An idle node's manifests then cost nothing between changes, where a 2 s poll
//! stat'ed every file.
//!
//! It owns the scan (stat, parse, cache per file). It must not touch the runtime or judge pod
//! health, and a bad file never hides the good ones.
//!
//! What the kubelet does (pkg/kubelet/config/file.go, common.go), mirrored here:
//! - directory entries matching `[^.]*` only (dotfiles ignored, which is how editors' swap files
//!   and `..data` symlinks of ConfigMap mounts stay out), sorted, not recursed into, regular
//!   files after following symlinks;
//! - each file decoded from YAML or JSON; `kind: Pod` and `apiVersion: v1` required; a name
//!   required; pod name becomes `<name>-<lowercased node name>`, namespace defaults to
//!   `default`, `spec.nodeName` set to the node;
//! - pods are keyed by namespace/name, and a later file (in sorted order) replaces an earlier one.
//!
//! One deliberate difference: the kubelet decodes only the first document of a file; podpulse
//! reads every document of a multi-document YAML file (asked for by the project), so a file with
//! several pods shows all of them here.

use std::collections::{BTreeMap, HashMap};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::inotify::{News, Watch};
use super::types::Pod;
use super::{Publisher, SourceKind, SourceUpdate};

/// The kubelet's default `staticPodPath` under kubeadm.
pub const DEFAULT_MANIFEST_DIR: &str = "/etc/kubernetes/manifests";
/// The kubelet reads at most this much of a manifest (`maxConfigLength`).
pub const MAX_MANIFEST_BYTES: u64 = 10 * 1024 * 1024;
/// Annotation the kubelet sets on pods from a file (`kubetypes.ConfigSourceAnnotationKey`).
pub const CONFIG_SOURCE_ANNOTATION: &str = "kubernetes.io/config.source";
/// The safety re-list while inotify watches the path: the kubelet's default `fileCheckFrequency`.
pub const RESCAN_PERIOD: Duration = Duration::from_secs(20);
/// After an event, how long writes may go on before the scan: a burst (an editor's save, a copy
/// of many files) then costs one scan and rarely shows half a file.
const SETTLE: Duration = Duration::from_millis(100);

#[derive(Debug, Clone)]
pub struct ManifestsConfig {
    /// Directory (or single file) to read.
    pub path: PathBuf,
    /// This node's name, as the kubelet knows it (`--hostname-override` / node name).
    pub node_name: String,
    /// How often to look for changes while the path cannot be watched with inotify.
    pub poll_period: Duration,
    /// How often to re-list everything while it is watched.
    pub rescan_period: Duration,
}

impl ManifestsConfig {
    pub fn new(node_name: impl Into<String>) -> Self {
        Self {
            path: PathBuf::from(DEFAULT_MANIFEST_DIR),
            node_name: node_name.into(),
            poll_period: Duration::from_secs(2),
            rescan_period: RESCAN_PERIOD,
        }
    }
}

/// What went wrong with one manifest file or one document in it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ManifestError {
    #[error("manifest path {path}: {reason}")]
    Path { path: PathBuf, reason: String },
    #[error("manifest {file}: cannot read: {reason}")]
    Read { file: PathBuf, reason: String },
    #[error("manifest {file}: larger than {MAX_MANIFEST_BYTES} bytes, which the kubelet refuses")]
    TooLarge { file: PathBuf },
    #[error("manifest {file}: document {document}: {reason}")]
    Parse {
        file: PathBuf,
        document: usize,
        reason: String,
    },
    #[error("manifest {file}: document {document}: kind is {kind:?}, want \"Pod\"")]
    NotAPod {
        file: PathBuf,
        document: usize,
        kind: String,
    },
    #[error("manifest {file}: document {document}: apiVersion is {api_version:?}, want \"v1\"")]
    WrongApiVersion {
        file: PathBuf,
        document: usize,
        api_version: String,
    },
    #[error("manifest {file}: document {document}: invalid pod: {reason}")]
    Invalid {
        file: PathBuf,
        document: usize,
        reason: String,
    },
    #[error("manifest {file}: document {document}: pod {namespace}/{name} is also defined in {winner}, which the kubelet uses instead")]
    Duplicate {
        file: PathBuf,
        document: usize,
        namespace: String,
        name: String,
        winner: PathBuf,
    },
}

/// Runs the manifest source until cancelled.
pub async fn run(cfg: ManifestsConfig, tx: mpsc::Sender<SourceUpdate>, cancel: CancellationToken) {
    let mut publisher = Publisher::new(SourceKind::Manifests, tx, cancel);
    let mut scanner = Some(Scanner::new(cfg.path.clone(), cfg.node_name.clone()));
    let mut watch: Option<Watch> = None;
    let mut watch_failure_logged = false;
    loop {
        // Watch before scanning, so a change made during the scan is not missed.
        if watch.is_none() {
            match Watch::new(&cfg.path) {
                Ok(w) => watch = Some(w),
                // A missing path is the scan's news (and polled until it appears).
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    if !watch_failure_logged {
                        tracing::warn!(path = %cfg.path.display(), error = %e, poll = ?cfg.poll_period, "cannot watch the manifest path with inotify; polling it");
                        watch_failure_logged = true;
                    }
                }
            }
        }
        // The scan does blocking file I/O; run it off the async workers.
        let Some(mut s) = scanner.take() else { return };
        let joined = tokio::task::spawn_blocking(move || {
            let outcome = s.scan();
            (s, outcome)
        })
        .await;
        let (s, outcome) = match joined {
            Ok(v) => v,
            Err(e) => {
                tracing::error!(error = %e, "manifest scan task failed");
                return;
            }
        };
        scanner = Some(s);
        let keep_going = match outcome {
            ScanOutcome::Unchanged => true,
            ScanOutcome::Changed(view) => {
                for e in view.new_errors.iter() {
                    tracing::warn!(error = %e, "static pod manifest rejected");
                }
                let rejected = view.rejected.iter().map(|e| e.to_string()).collect();
                let new = u32::try_from(view.new_errors.len()).unwrap_or(u32::MAX);
                let pods = view.pods.into_iter().map(Arc::new).collect();
                publisher.good(pods, rejected, new).await
            }
            ScanOutcome::Missing(e) => {
                // The kubelet treats a missing path as "no static pods" (and would stop them),
                // so the view empties; it is still reported as an error since it usually means a
                // wrong --manifest-dir.
                let update = SourceUpdate {
                    source: SourceKind::Manifests,
                    pods: Arc::new(Vec::new()),
                    up: false,
                    error: Some(e.to_string()),
                    rejected: Arc::new(Vec::new()),
                    new_rejections: 0,
                };
                publisher.publish(update).await
            }
            ScanOutcome::Failed(e) => publisher.bad(e.to_string()).await,
        };
        if !keep_going {
            return;
        }
        let keep_going = match watch.as_mut() {
            None => publisher.sleep(cfg.poll_period).await,
            Some(w) => {
                let news = tokio::select! {
                    _ = publisher.cancel().cancelled() => return,
                    _ = tokio::time::sleep(cfg.rescan_period) => Ok(News::Rescan),
                    news = w.changed() => news,
                };
                let news = match news {
                    Ok(News::Rescan) => {
                        // Let a burst of writes settle, then take what it queued meanwhile.
                        let settled = publisher.sleep(SETTLE).await;
                        settled.then(|| w.drain().map(|n| n.unwrap_or(News::Rescan)))
                    }
                    other => Some(other),
                };
                match news {
                    None => false,
                    Some(Ok(News::Rescan)) => true,
                    Some(Ok(News::Rewatch)) => {
                        watch = None;
                        true
                    }
                    Some(Err(e)) => {
                        tracing::warn!(path = %cfg.path.display(), error = %e, "manifest watch failed; watching anew");
                        watch = None;
                        true
                    }
                }
            }
        };
        if !keep_going {
            return;
        }
    }
}

/// Identity of one file version: a change in any of these means re-read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    ino: u64,
    len: u64,
    mtime: i64,
    mtime_nsec: i64,
    ctime: i64,
    ctime_nsec: i64,
}

impl Fingerprint {
    fn of(m: &std::fs::Metadata) -> Self {
        Self {
            ino: m.ino(),
            len: m.len(),
            mtime: m.mtime(),
            mtime_nsec: m.mtime_nsec(),
            ctime: m.ctime(),
            ctime_nsec: m.ctime_nsec(),
        }
    }
}

/// The parse result of one file version.
#[derive(Debug, Clone)]
struct Parsed {
    fp: Fingerprint,
    /// (document index, pod) for each usable document.
    pods: Vec<(usize, Pod)>,
    errors: Vec<ManifestError>,
}

/// The current view after a scan that found changes.
#[derive(Debug, Clone, Default)]
pub struct ManifestView {
    pub pods: Vec<Pod>,
    /// Every current problem (full view).
    pub rejected: Vec<ManifestError>,
    /// Problems in files read during this scan (new or changed files).
    pub new_errors: Vec<ManifestError>,
}

#[derive(Debug)]
pub enum ScanOutcome {
    Unchanged,
    Changed(ManifestView),
    /// The path does not exist.
    Missing(ManifestError),
    /// The path exists but cannot be listed.
    Failed(ManifestError),
}

/// Scans a manifest path, re-reading only files whose fingerprint changed.
#[derive(Debug)]
pub struct Scanner {
    path: PathBuf,
    node_name: String,
    cache: HashMap<PathBuf, Parsed>,
    /// Ordered file list + fingerprints of the last scan; `None` before the first.
    last_listing: Option<Vec<(PathBuf, Fingerprint)>>,
    last_missing: bool,
    last_rejected: Vec<ManifestError>,
}

impl Scanner {
    pub fn new(path: PathBuf, node_name: String) -> Self {
        Self {
            path,
            node_name,
            cache: HashMap::new(),
            last_listing: None,
            last_missing: false,
            last_rejected: Vec::new(),
        }
    }

    pub fn scan(&mut self) -> ScanOutcome {
        let listing = match self.list() {
            Ok(l) => l,
            Err(ScanOutcome::Missing(e)) => {
                self.cache.clear();
                self.last_listing = None;
                if self.last_missing {
                    return ScanOutcome::Unchanged;
                }
                self.last_missing = true;
                return ScanOutcome::Missing(e);
            }
            Err(other) => {
                // Forget the listing so the next successful scan republishes.
                self.last_listing = None;
                return other;
            }
        };
        self.last_missing = false;
        if self.last_listing.as_ref() == Some(&listing) {
            return ScanOutcome::Unchanged;
        }
        let mut new_errors = Vec::new();
        let mut fresh = HashMap::with_capacity(listing.len());
        for (file, fp) in &listing {
            let parsed = match self.cache.remove(file) {
                Some(p) if p.fp == *fp => p,
                _ => {
                    let p = parse_file(file, *fp, &self.node_name);
                    new_errors.extend(p.errors.iter().cloned());
                    p
                }
            };
            fresh.insert(file.clone(), parsed);
        }
        self.cache = fresh;

        // Later files win on a namespace/name clash, as in the kubelet's keyed store.
        let mut by_key: BTreeMap<(String, String), (PathBuf, usize)> = BTreeMap::new();
        let mut order: Vec<(PathBuf, usize, Pod)> = Vec::new();
        let mut rejected = Vec::new();
        for (file, _) in &listing {
            let Some(parsed) = self.cache.get(file) else {
                continue;
            };
            rejected.extend(parsed.errors.iter().cloned());
            for (doc, pod) in &parsed.pods {
                let key = (
                    pod.metadata.namespace.clone().unwrap_or_default(),
                    pod.metadata.name.clone().unwrap_or_default(),
                );
                by_key.insert(key, (file.clone(), *doc));
                order.push((file.clone(), *doc, pod.clone()));
            }
        }
        let mut pods = Vec::with_capacity(by_key.len());
        for (file, doc, pod) in order {
            let namespace = pod.metadata.namespace.clone().unwrap_or_default();
            let name = pod.metadata.name.clone().unwrap_or_default();
            match by_key.get(&(namespace.clone(), name.clone())) {
                Some((wf, wd)) if *wf == file && *wd == doc => pods.push(pod),
                Some((winner, _)) => {
                    let e = ManifestError::Duplicate {
                        file: file.clone(),
                        document: doc,
                        namespace,
                        name,
                        winner: winner.clone(),
                    };
                    // A clash is news only the first time it shows up.
                    if !self.last_rejected.contains(&e) {
                        new_errors.push(e.clone());
                    }
                    rejected.push(e);
                }
                None => {}
            }
        }
        self.last_listing = Some(listing);
        self.last_rejected = rejected.clone();
        ScanOutcome::Changed(ManifestView {
            pods,
            rejected,
            new_errors,
        })
    }

    /// The files to read, in the kubelet's order, with their fingerprints.
    fn list(&self) -> Result<Vec<(PathBuf, Fingerprint)>, ScanOutcome> {
        let meta = match std::fs::metadata(&self.path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ScanOutcome::Missing(ManifestError::Path {
                    path: self.path.clone(),
                    reason: "does not exist".into(),
                }))
            }
            Err(e) => {
                return Err(ScanOutcome::Failed(ManifestError::Path {
                    path: self.path.clone(),
                    reason: e.to_string(),
                }))
            }
        };
        if meta.is_file() {
            return Ok(vec![(self.path.clone(), Fingerprint::of(&meta))]);
        }
        if !meta.is_dir() {
            return Err(ScanOutcome::Failed(ManifestError::Path {
                path: self.path.clone(),
                reason: "is not a directory or file".into(),
            }));
        }
        let entries = std::fs::read_dir(&self.path).map_err(|e| {
            ScanOutcome::Failed(ManifestError::Path {
                path: self.path.clone(),
                reason: e.to_string(),
            })
        })?;
        let mut names: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .filter(|e| !e.file_name().as_encoded_bytes().starts_with(b"."))
            .map(|e| e.path())
            .collect();
        // Go's sort.Strings over the joined paths: byte order.
        names.sort_by(|a, b| {
            a.as_os_str()
                .as_encoded_bytes()
                .cmp(b.as_os_str().as_encoded_bytes())
        });
        let mut out = Vec::with_capacity(names.len());
        for p in names {
            // os.Stat follows symlinks; a vanished entry or a directory is skipped, as the
            // kubelet does (it only logs them).
            match std::fs::metadata(&p) {
                Ok(m) if m.is_file() => out.push((p, Fingerprint::of(&m))),
                Ok(_) => tracing::debug!(path = %p.display(), "not a regular file, skipped"),
                Err(e) => tracing::debug!(path = %p.display(), error = %e, "cannot stat, skipped"),
            }
        }
        Ok(out)
    }
}

fn parse_file(file: &Path, fp: Fingerprint, node_name: &str) -> Parsed {
    let mut parsed = Parsed {
        fp,
        pods: Vec::new(),
        errors: Vec::new(),
    };
    if fp.len > MAX_MANIFEST_BYTES {
        parsed.errors.push(ManifestError::TooLarge {
            file: file.to_path_buf(),
        });
        return parsed;
    }
    let data = match std::fs::read(file) {
        Ok(d) => d,
        Err(e) => {
            parsed.errors.push(ManifestError::Read {
                file: file.to_path_buf(),
                reason: e.to_string(),
            });
            return parsed;
        }
    };
    for (doc, result) in parse_documents(file, &data) {
        match result.and_then(|v| to_static_pod(file, doc, v, node_name)) {
            Ok(pod) => parsed.pods.push((doc, pod)),
            Err(e) => parsed.errors.push(e),
        }
    }
    parsed
}

/// Splits a file into documents (1-based index) and decodes each into a generic value. Empty
/// documents (a leading `---`, a trailing separator) are skipped, not errors.
pub fn parse_documents(
    file: &Path,
    data: &[u8],
) -> Vec<(usize, Result<serde_json::Value, ManifestError>)> {
    let perr = |document: usize, reason: String| ManifestError::Parse {
        file: file.to_path_buf(),
        document,
        reason,
    };
    let trimmed = data.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = trimmed else {
        return vec![(1, Err(perr(1, "file is empty".into())))];
    };
    if data[start] == b'{' {
        // JSON is read with the JSON parser for exact error positions.
        return vec![(
            1,
            serde_json::from_slice::<serde_json::Value>(data).map_err(|e| perr(1, e.to_string())),
        )];
    }
    let mut out = Vec::new();
    for (i, de) in yaml_serde::Deserializer::from_slice(data).enumerate() {
        let doc = i + 1;
        match serde_json::Value::deserialize(de) {
            Ok(serde_json::Value::Null) => {}
            Ok(v) => out.push((doc, Ok(v))),
            Err(e) => {
                out.push((doc, Err(perr(doc, e.to_string()))));
                // After a syntax error the YAML stream cannot be resynchronised.
                break;
            }
        }
    }
    if out.is_empty() {
        out.push((1, Err(perr(1, "no documents".into()))));
    }
    out
}

/// Checks a decoded document the way the kubelet's decoder and validation would, then applies
/// the kubelet's static pod defaults.
fn to_static_pod(
    file: &Path,
    document: usize,
    value: serde_json::Value,
    node_name: &str,
) -> Result<Pod, ManifestError> {
    let invalid = |reason: &str| ManifestError::Invalid {
        file: file.to_path_buf(),
        document,
        reason: reason.to_string(),
    };
    let obj = value.as_object().ok_or_else(|| invalid("not an object"))?;
    match obj.get("kind").and_then(|k| k.as_str()) {
        Some("Pod") => {}
        Some(k) => {
            return Err(ManifestError::NotAPod {
                file: file.to_path_buf(),
                document,
                kind: k.to_string(),
            })
        }
        None => return Err(invalid("Object 'Kind' is missing")),
    }
    match obj.get("apiVersion").and_then(|k| k.as_str()) {
        Some("v1") => {}
        other => {
            return Err(ManifestError::WrongApiVersion {
                file: file.to_path_buf(),
                document,
                api_version: other.unwrap_or_default().to_string(),
            })
        }
    }
    let mut pod: Pod = serde_json::from_value(value).map_err(|e| ManifestError::Parse {
        file: file.to_path_buf(),
        document,
        reason: e.to_string(),
    })?;
    let name = pod.metadata.name.clone().unwrap_or_default();
    if name.is_empty() {
        return Err(invalid("name is needed for the pod"));
    }
    if pod.spec.containers.is_empty() {
        return Err(invalid("spec.containers: Required value"));
    }
    for (i, c) in pod
        .spec
        .init_containers
        .iter()
        .chain(pod.spec.containers.iter())
        .enumerate()
    {
        if c.name.is_empty() {
            return Err(invalid(&format!(
                "container {}: name: Required value",
                i + 1
            )));
        }
        if c.image.as_deref().unwrap_or_default().is_empty() {
            return Err(invalid(&format!(
                "container {:?}: image: Required value",
                c.name
            )));
        }
    }
    apply_static_defaults(&mut pod, node_name);
    Ok(pod)
}

/// The kubelet's `applyDefaults` for file pods, minus the uid: the kubelet derives it as an md5
/// over Go's deep-printed pod object plus `host:<node>file:<path>`, which cannot be reproduced
/// outside Go, so a static pod here has no uid (unless the manifest sets one, which the kubelet
/// keeps) and is joined to runtime and API server pods by namespace/name. The status is left
/// empty: a manifest says nothing about how the pod is doing.
fn apply_static_defaults(pod: &mut Pod, node_name: &str) {
    let name = pod.metadata.name.clone().unwrap_or_default();
    pod.metadata.name = Some(format!("{name}-{}", node_name.to_lowercase()));
    if pod
        .metadata
        .namespace
        .as_deref()
        .unwrap_or_default()
        .is_empty()
    {
        pod.metadata.namespace = Some("default".to_string());
    }
    pod.spec.node_name = Some(node_name.to_string());
    pod.metadata
        .annotations
        .insert(CONFIG_SOURCE_ANNOTATION.to_string(), "file".to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(data: &str) -> (Vec<Pod>, Vec<String>) {
        let file = Path::new("/m/x.yaml");
        let mut pods = Vec::new();
        let mut errs = Vec::new();
        for (doc, r) in parse_documents(file, data.as_bytes()) {
            match r.and_then(|v| to_static_pod(file, doc, v, "N1")) {
                Ok(p) => pods.push(p),
                Err(e) => errs.push(e.to_string()),
            }
        }
        (pods, errs)
    }

    const WEB: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n";

    #[test]
    fn documents_table() {
        let cases: &[(&str, String, &[&str], &[&str])] = &[
            ("yaml", WEB.to_string(), &["default/web-n1"], &[]),
            (
                "json",
                r#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"api","namespace":"kube-system"},"spec":{"containers":[{"name":"a","image":"x"}]},"extra":1}"#.into(),
                &["kube-system/api-n1"],
                &[],
            ),
            (
                "multi-doc with empty docs",
                format!("---\n{WEB}---\n---\n{}", WEB.replace("web", "db")),
                &["default/web-n1", "default/db-n1"],
                &[],
            ),
            (
                "second doc not a pod",
                format!("{WEB}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"),
                &["default/web-n1"],
                &["document 2: kind is \"ConfigMap\""],
            ),
            ("empty", "  \n".into(), &[], &["document 1: file is empty"]),
            (
                "syntax error",
                "apiVersion: v1\nkind: Pod\nmetadata: [\n".into(),
                &[],
                &["x.yaml: document 1:"],
            ),
            (
                "no name",
                WEB.replace("  name: web\n", "  labels: {}\n"),
                &[],
                &["name is needed"],
            ),
            (
                "no kind",
                WEB.replace("kind: Pod\n", ""),
                &[],
                &["Kind' is missing"],
            ),
            (
                "wrong type",
                WEB.replace("  containers:\n  - name: c\n    image: nginx\n", "  containers: 3\n"),
                &[],
                &["document 1: invalid type"],
            ),
            (
                "no image",
                WEB.replace("    image: nginx\n", ""),
                &[],
                &["image: Required"],
            ),
        ];
        for (name, data, want_pods, want_errs) in cases {
            let (pods, errs) = parse(data);
            let got: Vec<String> = pods
                .iter()
                .map(|p| {
                    format!(
                        "{}/{}",
                        p.metadata.namespace.as_deref().unwrap_or(""),
                        p.metadata.name.as_deref().unwrap_or("")
                    )
                })
                .collect();
            assert_eq!(&got, want_pods, "{name}");
            assert_eq!(errs.len(), want_errs.len(), "{name}: {errs:?}");
            for (e, w) in errs.iter().zip(want_errs.iter()) {
                assert!(e.contains(w), "{name}: {e:?} lacks {w:?}");
            }
            for p in &pods {
                assert_eq!(p.spec.node_name.as_deref(), Some("N1"), "{name}");
                assert_eq!(
                    p.metadata
                        .annotations
                        .get(CONFIG_SOURCE_ANNOTATION)
                        .map(String::as_str),
                    Some("file")
                );
                assert!(p.metadata.uid.is_none());
            }
        }
    }

    /// With the poll and the re-list an hour apart, only inotify can bring these changes in time:
    /// a new file, an edited one, and the directory removed and made again (the watch is set up
    /// anew on the new directory).
    #[tokio::test]
    async fn inotify_brings_changes_without_polling() {
        let dir = std::env::temp_dir().join(format!("pp-manifests-watch-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let mut cfg = ManifestsConfig::new("n1");
        cfg.path = dir.clone();
        cfg.rescan_period = Duration::from_secs(3600);
        let (tx, mut rx) = mpsc::channel(16);
        let cancel = CancellationToken::new();
        let task = tokio::spawn(run(cfg, tx, cancel.clone()));
        async fn next(rx: &mut mpsc::Receiver<SourceUpdate>) -> SourceUpdate {
            tokio::time::timeout(Duration::from_secs(5), rx.recv())
                .await
                .expect("an update in time")
                .expect("source alive")
        }
        assert!(next(&mut rx).await.pods.is_empty());
        let pod = |name: &str, image: &str| {
            format!("apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\nspec:\n  containers:\n  - name: c\n    image: {image}\n")
        };
        std::fs::write(dir.join("a.yaml"), pod("a", "img:1")).expect("write");
        let u = next(&mut rx).await;
        assert_eq!(u.pods.len(), 1);
        std::fs::write(dir.join("a.yaml"), pod("a", "img:2")).expect("edit");
        let u = next(&mut rx).await;
        assert_eq!(u.pods[0].spec.containers[0].image.as_deref(), Some("img:2"));
        std::fs::remove_dir_all(&dir).expect("remove");
        // The directory gone: the view empties (the path is then polled, every 2 s).
        let u = next(&mut rx).await;
        assert!(u.pods.is_empty() && !u.up);
        std::fs::create_dir_all(&dir).expect("dir again");
        std::fs::write(dir.join("b.yaml"), pod("b", "img:1")).expect("write b");
        let u = next(&mut rx).await;
        assert_eq!(u.pods.len(), 1);
        std::fs::write(dir.join("c.yaml"), pod("c", "img:1")).expect("write c");
        let u = next(&mut rx).await;
        assert_eq!(u.pods.len(), 2, "the new directory is watched");
        cancel.cancel();
        task.await.expect("no panic");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
