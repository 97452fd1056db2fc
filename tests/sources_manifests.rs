//! The static manifest source over real files in a temp directory, changed while it runs.

mod sources_support;

use std::path::Path;
use std::time::Duration;

use podpulse::pods::manifests::CONFIG_SOURCE_ANNOTATION;
use podpulse::pods::{run_source, ManifestsConfig, SourceConfig, SourceKind, SourceUpdate};
use sources_support::*;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

const WAIT: Duration = Duration::from_secs(10);

const WEB: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
    livenessProbe:
      httpGet: {path: /healthz, port: 80}
"#;

const ETCD_JSON: &str = r#"{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "etcd", "namespace": "kube-system", "annotations": {"kubeadm.kubernetes.io/etcd.advertise-client-urls": "https://10.0.0.11:2379"}},
  "spec": {"hostNetwork": true, "priorityClassName": "system-node-critical",
           "containers": [{"name": "etcd", "image": "registry.k8s.io/etcd:3.5.15-0", "command": ["etcd"]}]}
}"#;

struct Running {
    rx: mpsc::Receiver<SourceUpdate>,
    cancel: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    fn start(path: &Path, node: &str) -> Self {
        let mut cfg = ManifestsConfig::new(node);
        cfg.path = path.to_path_buf();
        cfg.poll_period = Duration::from_millis(100);
        let (tx, rx) = mpsc::channel(16);
        let cancel = CancellationToken::new();
        let task = tokio::spawn(run_source(SourceConfig::Manifests(cfg), tx, cancel.clone()));
        Running { rx, cancel, task }
    }

    async fn stop(self) {
        self.cancel.cancel();
        tokio::time::timeout(Duration::from_secs(5), self.task)
            .await
            .expect("stops on cancel")
            .expect("no panic");
    }
}

fn write(dir: &Path, name: &str, body: &str) {
    // Write then rename, as config management tools do, so the source never sees half a file.
    let tmp = dir.join(format!(".{name}.tmp"));
    std::fs::write(&tmp, body).expect("write");
    std::fs::rename(&tmp, dir.join(name)).expect("rename");
}

#[tokio::test]
async fn follows_a_manifest_directory_as_it_changes() {
    let dir = TempDir::new("manifests");
    let d = dir.path();
    write(d, "web.yaml", WEB);
    // Ignored the way the kubelet ignores them: dotfiles (editor swap files) and directories.
    std::fs::write(d.join(".web.yaml.swp"), "\u{0}garbage").expect("swp");
    std::fs::create_dir(d.join("old")).expect("subdir");
    std::fs::write(d.join("old").join("x.yaml"), WEB).expect("nested");

    let mut src = Running::start(d, "N1");
    let first = wait_for(&mut src.rx, WAIT, "web", |u| u.up).await;
    assert_eq!(first.source, SourceKind::Manifests);
    assert_eq!(names(&first), ["default/web-n1"], "name-<lowercased node>");
    assert!(first.rejected.is_empty(), "{:?}", first.rejected);
    let web = &first.pods[0];
    assert_eq!(web.spec.node_name.as_deref(), Some("N1"));
    assert_eq!(
        web.metadata.uid, None,
        "the kubelet's md5 uid is not reproducible"
    );
    assert_eq!(
        web.metadata
            .annotations
            .get(CONFIG_SOURCE_ANNOTATION)
            .map(String::as_str),
        Some("file")
    );
    assert!(web.spec.containers[0].liveness_probe.is_some());

    // Add a JSON manifest.
    write(d, "etcd.json", ETCD_JSON);
    let two = wait_for(&mut src.rx, WAIT, "etcd added", |u| u.pods.len() == 2).await;
    assert_eq!(
        names(&two),
        ["kube-system/etcd-n1", "default/web-n1"],
        "file order"
    );

    // Modify: a new image.
    write(d, "web.yaml", &WEB.replace("nginx:1.27", "nginx:1.28"));
    let modified = wait_for(&mut src.rx, WAIT, "web modified", |u| {
        u.pods
            .iter()
            .any(|p| p.spec.containers[0].image.as_deref() == Some("nginx:1.28"))
    })
    .await;
    assert_eq!(modified.pods.len(), 2);

    // A malformed file next to the good ones: named, counted once, others unaffected.
    write(
        d,
        "broken.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n",
    );
    let bad = wait_for(&mut src.rx, WAIT, "rejection", |u| !u.rejected.is_empty()).await;
    assert!(bad.up);
    assert_eq!(bad.pods.len(), 2, "good pods unaffected");
    assert_eq!(bad.new_rejections, 1);
    assert!(
        bad.rejected[0].contains("broken.yaml") && bad.rejected[0].contains("document 1"),
        "{:?}",
        bad.rejected
    );

    // Another change elsewhere: the bad file is still listed but not counted again.
    write(d, "zz-db.yaml", &WEB.replace("name: web", "name: db"));
    let more = wait_for(&mut src.rx, WAIT, "db added", |u| u.pods.len() == 3).await;
    assert_eq!(more.rejected.len(), 1);
    assert_eq!(more.new_rejections, 0);

    // Delete a file: its pod goes away.
    std::fs::remove_file(d.join("web.yaml")).expect("rm");
    let gone = wait_for(&mut src.rx, WAIT, "web removed", |u| u.pods.len() == 2).await;
    assert_eq!(names(&gone), ["kube-system/etcd-n1", "default/db-n1"]);

    // Fix the broken file: the rejection clears.
    write(d, "broken.yaml", &WEB.replace("name: web", "name: fixed"));
    let fixed = wait_for(&mut src.rx, WAIT, "fixed", |u| u.rejected.is_empty()).await;
    assert_eq!(fixed.pods.len(), 3);
    src.stop().await;
}

#[tokio::test]
async fn multi_document_file_with_one_bad_document() {
    let dir = TempDir::new("manifests-multi");
    let d = dir.path();
    let body = format!(
        "{WEB}---\n{}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: nocontainers\nspec: {{}}\n",
        WEB.replace("name: web", "name: sidecar")
    );
    write(d, "pods.yaml", &body);
    let mut src = Running::start(d, "n1");
    let u = wait_for(&mut src.rx, WAIT, "scan", |u| u.up).await;
    assert_eq!(names(&u), ["default/web-n1", "default/sidecar-n1"]);
    assert_eq!(u.rejected.len(), 1);
    assert!(
        u.rejected[0].contains("pods.yaml: document 3") && u.rejected[0].contains("containers"),
        "{:?}",
        u.rejected
    );
    assert_eq!(u.new_rejections, 1);
    src.stop().await;
}

#[tokio::test]
async fn duplicate_pod_later_file_wins() {
    let dir = TempDir::new("manifests-dup");
    let d = dir.path();
    write(d, "a.yaml", WEB);
    write(d, "b.yaml", &WEB.replace("nginx:1.27", "nginx:from-b"));
    let mut src = Running::start(d, "n1");
    let u = wait_for(&mut src.rx, WAIT, "scan", |u| u.up).await;
    assert_eq!(u.pods.len(), 1);
    assert_eq!(
        u.pods[0].spec.containers[0].image.as_deref(),
        Some("nginx:from-b")
    );
    assert!(
        u.rejected[0].contains("a.yaml") && u.rejected[0].contains("b.yaml"),
        "{:?}",
        u.rejected
    );
    src.stop().await;
}

#[tokio::test]
async fn single_file_path_and_missing_path() {
    let dir = TempDir::new("manifests-file");
    let file = dir.path().join("kube-apiserver.yaml");
    std::fs::write(&file, WEB.replace("name: web", "name: kube-apiserver")).expect("write");
    let mut src = Running::start(&file, "n1");
    let u = wait_for(&mut src.rx, WAIT, "file", |u| u.up).await;
    assert_eq!(names(&u), ["default/kube-apiserver-n1"]);
    src.stop().await;

    let missing = dir.path().join("nope");
    let mut src = Running::start(&missing, "n1");
    let u = wait_for(&mut src.rx, WAIT, "missing", |_| true).await;
    assert!(!u.up);
    assert!(u.pods.is_empty());
    assert!(u.error.unwrap_or_default().contains("does not exist"));
    // Created later: picked up.
    std::fs::create_dir(&missing).expect("mkdir");
    write(&missing, "web.yaml", WEB);
    let u = wait_for(&mut src.rx, WAIT, "appeared", |u| u.up && u.pods.len() == 1).await;
    assert!(u.error.is_none());
    src.stop().await;
}
