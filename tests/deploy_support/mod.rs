//! Shared harness for the `tests/deploy_*.rs` suites: locating the real tools (kubectl,
//! kubernetes-validate, promtool, prometheus, systemd-analyze, docker), running them, temporary
//! directories, a real Prometheus server on loopback, and reading the deploy/ files.
//!
//! It owns no product logic: every check a test makes is done by the real tool that consumes
//! the file, and this module only starts tools and hands their answers back. It must not touch
//! anything outside loopback, its own temp dirs and containers named `pp-dep-*`.
#![allow(dead_code)] // each test crate uses a different part of the harness

use std::fs;
use std::io::Write as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use yaml_serde::Value;

/// Root of the repository (where Cargo.toml is).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where a tool lives, if it is on PATH.
pub fn which(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(tool))
        .find(|candidate| candidate.is_file())
}

/// Fails the test unless every tool is installed, in CI or not: a test that did not run must
/// not look like one that passed. `scripts/setup.sh` installs them (through
/// `scripts/deploy-tools.sh`).
pub fn require_tools(tools: &[&str]) {
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|t| which(t).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "missing tools {missing:?}, which this test needs: run scripts/setup.sh (installs them through scripts/deploy-tools.sh)"
    );
}

/// The kubernetes-validate command: its console script, or `python3 -m kubernetes_validate`
/// when the script is not on PATH (e.g. a pyenv shim not yet rehashed). Fails the test when
/// neither is there, as [`require_tools`] does.
pub fn kubernetes_validate() -> Command {
    if which("kubernetes-validate").is_some() {
        return Command::new("kubernetes-validate");
    }
    let importable = Command::new("python3")
        .args(["-c", "import kubernetes_validate"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if importable {
        let mut c = Command::new("python3");
        c.args(["-m", "kubernetes_validate"]);
        return c;
    }
    panic!(
        "kubernetes-validate is missing, which this test needs: run scripts/setup.sh (installs it through scripts/deploy-tools.sh)"
    );
}

/// Fails the test unless the local Docker daemon answers, in CI or not.
pub fn require_docker() {
    require_tools(&["docker"]);
    let ok = Command::new("docker")
        .args(["version", "--format", "{{.Server.Version}}"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok,
        "dockerd does not answer on /var/run/docker.sock, and this test needs it: run scripts/setup.sh (starts dockerd)"
    );
}

/// The lock every `docker build` of the test suites takes (scripts/build-test-images.sh takes
/// it too): parallel legacy-builder builds on one daemon race on shared parent images ("failed
/// to set parent ... unknown parent image ID").
pub const DOCKER_BUILD_LOCK: &str = "/tmp/podpulse-docker-build.lock";

/// `cmd` run under [`DOCKER_BUILD_LOCK`] (flock(1), util-linux).
pub fn with_build_lock(cmd: &Command) -> Command {
    let mut locked = Command::new("flock");
    locked
        .arg(DOCKER_BUILD_LOCK)
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => locked.env(k, v),
            None => locked.env_remove(k),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        locked.current_dir(dir);
    }
    locked
}

/// Runs a command to completion, capturing its output.
pub fn run(cmd: &mut Command) -> Output {
    match cmd.output() {
        Ok(out) => out,
        Err(e) => panic!("cannot run {cmd:?}: {e}"),
    }
}

/// Runs a command and fails the test with its output unless it exits 0. Returns stdout.
pub fn run_ok(cmd: &mut Command) -> String {
    let out = run(cmd);
    if !out.status.success() {
        panic!(
            "{cmd:?} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A directory under the system temp dir, removed on drop.
pub struct TempDir(PathBuf);

static TEMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("pp-dep-{label}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        if let Err(e) = fs::create_dir_all(&dir) {
            panic!("cannot create {}: {e}", dir.display());
        }
        TempDir(dir)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub fn write(path: &Path, content: &str) {
    if let Some(parent) = path.parent() {
        let _ = fs::create_dir_all(parent);
    }
    if let Err(e) = fs::write(path, content) {
        panic!("cannot write {}: {e}", path.display());
    }
}

pub fn read(path: &Path) -> String {
    match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    }
}

/// Parses a (possibly multi-document) YAML stream.
pub fn yaml_docs(text: &str) -> Vec<Value> {
    use serde::Deserialize as _;
    yaml_serde::Deserializer::from_str(text)
        .map(|doc| match Value::deserialize(doc) {
            Ok(v) => v,
            Err(e) => panic!("invalid YAML: {e}"),
        })
        .filter(|v| !v.is_null())
        .collect()
}

/// The alert rule groups of deploy/base/prometheusrule.yaml as a plain Prometheus rules file —
/// the one source of truth for the alerts, turned into what promtool and Prometheus read.
/// `strip_annotations` drops annotations (promtool's unit tests compare them verbatim);
/// `for_override` replaces every `for:` (the live test cannot wait 15 minutes).
pub fn rules_file_from_prometheusrule(
    strip_annotations: bool,
    for_override: Option<&str>,
) -> String {
    let path = repo().join("deploy/base/prometheusrule.yaml");
    let docs = yaml_docs(&read(&path));
    let Some(rule) = docs.into_iter().find(|d| d["kind"] == "PrometheusRule") else {
        panic!("{} holds no PrometheusRule", path.display());
    };
    let mut groups = rule["spec"]["groups"].clone();
    let Some(list) = groups.as_sequence_mut() else {
        panic!("PrometheusRule spec.groups is not a list");
    };
    for group in list.iter_mut() {
        let Some(rules) = group.get_mut("rules").and_then(Value::as_sequence_mut) else {
            panic!("a rule group without rules");
        };
        for r in rules.iter_mut() {
            let Some(m) = r.as_mapping_mut() else {
                continue;
            };
            if strip_annotations {
                m.remove("annotations");
            }
            if let Some(f) = for_override {
                if m.contains_key("alert") {
                    m.insert(Value::from("for"), Value::from(f));
                }
            }
        }
    }
    let mut out = yaml_serde::Mapping::new();
    out.insert(Value::from("groups"), groups);
    match yaml_serde::to_string(&out) {
        Ok(s) => s,
        Err(e) => panic!("cannot serialize rules: {e}"),
    }
}

/// Names of all alerts in the PrometheusRule.
pub fn alert_names() -> Vec<String> {
    let rules = rules_file_from_prometheusrule(true, None);
    let doc = yaml_docs(&rules).remove(0);
    let mut names = Vec::new();
    for g in doc["groups"].as_sequence().into_iter().flatten() {
        for r in g["rules"].as_sequence().into_iter().flatten() {
            if let Some(a) = r["alert"].as_str() {
                names.push(a.to_string());
            }
        }
    }
    names
}

/// Every PromQL expression of the PrometheusRule, with its alert name.
pub fn alert_exprs() -> Vec<(String, String)> {
    let rules = rules_file_from_prometheusrule(true, None);
    let doc = yaml_docs(&rules).remove(0);
    let mut out = Vec::new();
    for g in doc["groups"].as_sequence().into_iter().flatten() {
        for r in g["rules"].as_sequence().into_iter().flatten() {
            let name = r["alert"].as_str().or(r["record"].as_str()).unwrap_or("?");
            if let Some(e) = r["expr"].as_str() {
                out.push((name.to_string(), e.to_string()));
            }
        }
    }
    out
}

/// The Grafana dashboard JSON.
pub fn dashboard() -> serde_json::Value {
    let path = repo().join("deploy/base/dashboards/podpulse.json");
    match serde_json::from_str(&read(&path)) {
        Ok(v) => v,
        Err(e) => panic!("{} is not JSON: {e}", path.display()),
    }
}

/// One query a dashboard runs: where it is (panel title / variable name) and its expression.
pub struct DashQuery {
    pub place: String,
    pub expr: String,
    /// `label_values(selector, label)` variables: the label that must be present.
    pub label: Option<String>,
}

/// Every PromQL query of the dashboard: panel targets (rows included) and query variables.
pub fn dashboard_queries() -> Vec<DashQuery> {
    let d = dashboard();
    let mut out = Vec::new();
    let mut panels: Vec<&serde_json::Value> = Vec::new();
    for p in d["panels"].as_array().into_iter().flatten() {
        panels.push(p);
        for inner in p["panels"].as_array().into_iter().flatten() {
            panels.push(inner);
        }
    }
    for p in panels {
        let title = p["title"].as_str().unwrap_or("?");
        for t in p["targets"].as_array().into_iter().flatten() {
            if let Some(e) = t["expr"].as_str() {
                out.push(DashQuery {
                    place: format!("panel {title:?} {}", t["refId"].as_str().unwrap_or("")),
                    expr: e.to_string(),
                    label: None,
                });
            }
        }
    }
    for v in d["templating"]["list"].as_array().into_iter().flatten() {
        if v["type"] != "query" {
            continue;
        }
        let name = v["name"].as_str().unwrap_or("?");
        let q = v["query"]["query"]
            .as_str()
            .or(v["query"].as_str())
            .unwrap_or("");
        // label_values(<selector>, <label>) → query the selector, expect the label.
        if let Some(inner) = q
            .strip_prefix("label_values(")
            .and_then(|s| s.strip_suffix(')'))
        {
            if let Some((sel, label)) = inner.rsplit_once(',') {
                out.push(DashQuery {
                    place: format!("variable ${name}"),
                    expr: sel.trim().to_string(),
                    label: Some(label.trim().to_string()),
                });
                continue;
            }
        }
        panic!("variable ${name}: unsupported query {q:?}");
    }
    out
}

/// Replaces Grafana's template variables the way Grafana does for "All" selections.
pub fn substitute_grafana_vars(expr: &str, rate_interval: &str) -> String {
    expr.replace("$__rate_interval", rate_interval)
        .replace("$__interval", "15s")
        .replace("$__range", "1h")
        .replace("$cluster", ".*")
        .replace("$job", "podpulse")
        .replace("$node", ".*")
        .replace("$namespace", ".*")
        .replace("$pod", ".*")
}

/// A free TCP port on 127.0.0.1 (bound, then released: good enough for a test).
pub fn free_port() -> u16 {
    match TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()) {
        Ok(a) => a.port(),
        Err(e) => panic!("no free port: {e}"),
    }
}

/// GET through curl (loopback only): (HTTP status, body).
pub fn http_get(url: &str) -> Option<(u16, String)> {
    assert!(
        url.starts_with("http://127.0.0.1:"),
        "tests only talk to loopback: {url}"
    );
    let out = Command::new("curl")
        .args([
            "-s",
            "--noproxy",
            "*",
            "--max-time",
            "5",
            "-w",
            "\n%{http_code}",
            url,
        ])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n')?;
    Some((code.trim().parse().ok()?, body.to_string()))
}

/// Polls `f` until it returns Some or the deadline passes.
pub fn eventually<T>(timeout: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if start.elapsed() > timeout {
            return None;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// A child process killed (and reaped) on drop.
pub struct Proc {
    pub child: Child,
    pub log: PathBuf,
}

impl Proc {
    pub fn spawn(cmd: &mut Command, log: PathBuf) -> Proc {
        let file = match fs::File::create(&log) {
            Ok(f) => f,
            Err(e) => panic!("cannot create {}: {e}", log.display()),
        };
        let err = match file.try_clone() {
            Ok(f) => f,
            Err(e) => panic!("cannot dup log file: {e}"),
        };
        cmd.stdout(Stdio::from(file)).stderr(Stdio::from(err));
        match cmd.spawn() {
            Ok(child) => Proc { child, log },
            Err(e) => panic!("cannot start {cmd:?}: {e}"),
        }
    }
    pub fn log_tail(&self) -> String {
        let s = fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = s.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A real Prometheus server on 127.0.0.1 with its own TSDB in a temp dir.
pub struct Prometheus {
    pub port: u16,
    pub proc: Proc,
    _dir: TempDir,
}

impl Prometheus {
    /// Starts Prometheus with `config` (YAML) and `files` written beside it; waits for /-/ready.
    pub fn start(config: &str, files: &[(&str, &str)]) -> Prometheus {
        let dir = TempDir::new("prom");
        write(&dir.join("prometheus.yml"), config);
        for (name, content) in files {
            write(&dir.join(name), content);
        }
        let port = free_port();
        let proc = Proc::spawn(
            Command::new("prometheus")
                .arg(format!(
                    "--config.file={}",
                    dir.join("prometheus.yml").display()
                ))
                .arg(format!(
                    "--storage.tsdb.path={}",
                    dir.join("data").display()
                ))
                .arg(format!("--web.listen-address=127.0.0.1:{port}"))
                .arg("--log.level=warn")
                .current_dir(dir.path()),
            dir.join("prometheus.log"),
        );
        let mut p = Prometheus {
            port,
            proc,
            _dir: dir,
        };
        let ready = eventually(Duration::from_secs(30), || {
            if let Some(status) = p.proc.exited() {
                panic!("prometheus exited ({status}):\n{}", p.proc.log_tail());
            }
            http_get(&format!("http://127.0.0.1:{port}/-/ready")).filter(|(code, _)| *code == 200)
        });
        if ready.is_none() {
            panic!("prometheus not ready in 30 s:\n{}", p.proc.log_tail());
        }
        p
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// GET an API path and parse the JSON envelope; returns (status field, whole JSON).
    pub fn api(&self, path_and_query: &str) -> serde_json::Value {
        let Some((_, body)) = http_get(&self.url(path_and_query)) else {
            panic!("prometheus did not answer {path_and_query}");
        };
        match serde_json::from_str(&body) {
            Ok(v) => v,
            Err(e) => panic!("prometheus answered non-JSON to {path_and_query}: {e}: {body}"),
        }
    }

    /// Instant query: Ok(result array) or Err(error text from Prometheus).
    pub fn query(&self, expr: &str) -> Result<Vec<serde_json::Value>, String> {
        let v = self.api(&format!("/api/v1/query?query={}", urlencode(expr)));
        if v["status"] != "success" {
            return Err(format!("{}: {}", v["errorType"], v["error"]));
        }
        Ok(v["data"]["result"].as_array().cloned().unwrap_or_default())
    }
}

/// A Prometheus config that scrapes one podpulse on 127.0.0.1 every second, labelled the way
/// the ServiceMonitor labels it (job="podpulse", node, honor_labels), optionally with the rules.
pub fn scrape_config(port: u16, node: &str, with_rules: bool) -> String {
    let rules = if with_rules {
        "rule_files: [podpulse-rules.yaml]\n"
    } else {
        ""
    };
    format!(
        r#"global:
  scrape_interval: 1s
  evaluation_interval: 1s
{rules}scrape_configs:
  - job_name: podpulse
    honor_labels: true
    static_configs:
      - targets: ["127.0.0.1:{port}"]
        labels:
          node: "{node}"
"#
    )
}

/// Percent-encoding for a query string value.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

// `write!` on String needs fmt::Write; keep the io::Write import for files.
use std::fmt::Write as _;

/// Metric names the contract (docs/deploy.md, METRICS) allows, one per line.
pub fn contract_metrics() -> Vec<String> {
    read(&repo().join("tests/data/deploy/metrics-contract.txt"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Metric names used by a PromQL expression (podpulse_*, process_*, up).
pub fn metric_names_in(expr: &str) -> Vec<String> {
    let re = match regex::Regex::new(r"\b((?:podpulse|process)_[a-z0-9_]+|up)\b") {
        Ok(r) => r,
        Err(e) => panic!("bad regex: {e}"),
    };
    let mut out: Vec<String> = re
        .captures_iter(expr)
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Writes to a file that an external tool reads (keeps `std::io::Write` used on all paths).
pub fn append(path: &Path, text: &str) {
    let mut f = match fs::OpenOptions::new().append(true).create(true).open(path) {
        Ok(f) => f,
        Err(e) => panic!("cannot open {}: {e}", path.display()),
    };
    if let Err(e) = f.write_all(text.as_bytes()) {
        panic!("cannot write {}: {e}", path.display());
    }
}
