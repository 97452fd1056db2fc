//! TLS and authentication on the network listener, in the Prometheus exporter-toolkit web
//! config format, against a real Prometheus (Debian's) scraping a real podpulse over loopback:
//! the right client certificate and password are scraped; a wrong password gets 401; a missing
//! client certificate, where one is required, is refused in the handshake. Then the file is
//! changed under the running agent: a new password takes effect, a broken file keeps the old
//! config in force and is counted. Certificates: tests/data/sources/tls (a test CA, a server
//! certificate for 127.0.0.1, a client certificate; scripts/pp-src-gen-test-certs.sh).

#[path = "server_support/mod.rs"]
mod support;

#[path = "deploy_support/mod.rs"]
mod deploy;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};
use support::*;

fn tls_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/sources/tls")
}

fn tls(file: &str) -> String {
    tls_dir().join(file).display().to_string()
}

fn require(tool: &str) {
    assert!(
        deploy::which(tool).is_some(),
        "{tool} is required for this test: run scripts/setup.sh (installs Prometheus and curl)"
    );
}

/// A bcrypt hash as `htpasswd -nBC 10` makes it.
fn hash(password: &str) -> String {
    bcrypt::hash(password, 10).expect("bcrypt")
}

fn web_config(client_auth: &str, users: &[(&str, &str)]) -> String {
    let mut s = format!(
        "tls_server_config:\n  cert_file: {}\n  key_file: {}\n",
        tls("server.crt"),
        tls("server.key")
    );
    if !client_auth.is_empty() {
        s.push_str(&format!(
            "  client_ca_file: {}\n  client_auth_type: {client_auth}\n",
            tls("ca.crt")
        ));
    }
    if !users.is_empty() {
        s.push_str("basic_auth_users:\n");
        for (u, p) in users {
            s.push_str(&format!("  {u}: '{}'\n", hash(p)));
        }
    }
    s
}

/// curl over TLS to the agent on loopback: (status, body). `cert` adds the client certificate.
fn curl(port: u16, path: &str, user: Option<&str>, cert: bool) -> Result<(u16, String), String> {
    let mut c = Command::new("curl");
    c.args([
        "-s",
        "--noproxy",
        "*",
        "--max-time",
        "5",
        "-w",
        "\n%{http_code}",
    ])
    .args(["--cacert", &tls("ca.crt")]);
    if cert {
        c.args(["--cert", &tls("client.crt"), "--key", &tls("client.key")]);
    }
    if let Some(u) = user {
        c.args(["-u", u]);
    }
    let out = c
        .arg(format!("https://127.0.0.1:{port}{path}"))
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "curl exit {}: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').ok_or("no status")?;
    Ok((
        code.trim().parse().map_err(|_| "bad status")?,
        body.to_string(),
    ))
}

fn eventually<T>(what: &str, timeout: Duration, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn prometheus_scrapes_over_tls_with_basic_auth_and_client_certificates() {
    require("prometheus");
    require("curl");
    let dir = Dir::new("tls");
    let web = dir.join("web.yml");
    std::fs::write(
        &web,
        web_config(
            "RequireAndVerifyClientCert",
            &[("prometheus", "right-pass")],
        ),
    )
    .expect("write web config");
    let agent = Agent::start(
        "0.0.0.0",
        &["--web-config-file", web.to_str().expect("utf-8")],
    );
    let port = agent.port;

    let job = |name: &str, password: &str, cert: bool| {
        let cert = if cert {
            format!(
                "      cert_file: {}\n      key_file: {}\n",
                tls("client.crt"),
                tls("client.key")
            )
        } else {
            String::new()
        };
        format!(
            "  - job_name: {name}\n    scheme: https\n    tls_config:\n      ca_file: {}\n{cert}    basic_auth:\n      username: prometheus\n      password: {password}\n    static_configs:\n      - targets: [\"127.0.0.1:{port}\"]\n",
            tls("ca.crt")
        )
    };
    let config = format!(
        "global:\n  scrape_interval: 1s\nscrape_configs:\n{}{}{}",
        job("good", "right-pass", true),
        job("wrong-password", "wrong-pass", true),
        job("no-client-cert", "right-pass", false),
    );
    let prom = deploy::Prometheus::start(&config, &[]);
    let targets = |prom: &deploy::Prometheus| {
        prom.api("/api/v1/targets")["data"]["activeTargets"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let settled = eventually("all three targets scraped", Duration::from_secs(40), || {
        let t = targets(&prom);
        let all = ["good", "wrong-password", "no-client-cert"]
            .iter()
            .all(|j| {
                t.iter()
                    .any(|x| x["labels"]["job"] == *j && x["health"] != "unknown")
            });
        all.then_some(t)
    });
    let by_job = |j: &str| {
        settled
            .iter()
            .find(|x| x["labels"]["job"] == j)
            .cloned()
            .unwrap_or_default()
    };
    let good = by_job("good");
    assert_eq!(
        good["health"],
        "up",
        "good target: {good:#}\n{}",
        agent.log_text()
    );
    let wrong = by_job("wrong-password");
    assert_eq!(wrong["health"], "down", "{wrong:#}");
    assert!(
        wrong["lastError"].as_str().unwrap_or("").contains("401"),
        "wrong password must get 401: {wrong:#}"
    );
    let nocert = by_job("no-client-cert");
    assert_eq!(nocert["health"], "down", "{nocert:#}");
    let err = nocert["lastError"].as_str().unwrap_or("").to_lowercase();
    assert!(
        err.contains("tls") || err.contains("certificate") || err.contains("connection reset"),
        "a missing client certificate must be refused in the handshake: {nocert:#}"
    );
    // Real data arrived through the TLS listener.
    let series = eventually(
        "podpulse series from the good job",
        Duration::from_secs(20),
        || {
            prom.query("podpulse_build_info{job=\"good\"}")
                .ok()
                .filter(|r| !r.is_empty())
        },
    );
    assert_eq!(series.len(), 1);

    // Authenticated, the network listener serves the detail API although it is not loopback.
    let (code, body) = curl(port, "/pods", Some("prometheus:right-pass"), true).expect("curl");
    assert_eq!((code, body.as_str()), (200, "[]"));
    let (code, _) = curl(port, "/pods", Some("prometheus:nope"), true).expect("curl");
    assert_eq!(code, 401);
    assert!(curl(port, "/metrics", Some("prometheus:right-pass"), false).is_err());
    // Health endpoints carry no pod data and need no password (the kubelet's probes have none).
    let (code, _) = curl(port, "/healthz", None, true).expect("curl");
    assert_eq!(code, 200);
    // Plain HTTP on the TLS port gets nothing.
    assert!(raw(port, b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n").map(|a| a.status) != Ok(200));

    // A new password takes effect without a restart...
    std::fs::write(
        &web,
        web_config("RequireAndVerifyClientCert", &[("prometheus", "rotated")]),
    )
    .expect("rewrite");
    eventually("the new password", Duration::from_secs(10), || {
        (curl(port, "/metrics", Some("prometheus:rotated"), true)
            .ok()?
            .0
            == 200)
            .then_some(())
    });
    assert_eq!(
        curl(port, "/metrics", Some("prometheus:right-pass"), true)
            .expect("curl")
            .0,
        401
    );
    // ...and a broken one is refused, counted, and the previous one stays in force.
    std::fs::write(
        &web,
        "tls_server_config:\n  cert_file: /nonexistent.crt\n  key_file: x\n",
    )
    .expect("rewrite");
    let errors = eventually(
        "the rejected reload counted",
        Duration::from_secs(10),
        || {
            let (_, body) = curl(port, "/metrics", Some("prometheus:rotated"), true).ok()?;
            body.lines()
                .find(|l| l.starts_with("podpulse_config_errors_total{kind=\"web_config\"}"))
                .filter(|l| l.ends_with(" 1"))
                .map(str::to_string)
        },
    );
    assert!(errors.ends_with(" 1"));
    assert!(agent.log_text().contains("web config change rejected"));
    drop(prom);
}

#[test]
fn basic_auth_without_tls_and_tls_without_auth() {
    require("curl");
    let dir = Dir::new("auth");
    let web = dir.join("web.yml");
    std::fs::write(
        &web,
        format!("basic_auth_users:\n  alice: '{}'\n", hash("pw")),
    )
    .expect("write");
    let agent = Agent::start(
        "0.0.0.0",
        &["--web-config-file", web.to_str().expect("utf-8")],
    );
    assert_eq!(get(agent.port, "/metrics", &[]).status, 401);
    let a = get(agent.port, "/pods", &[]);
    assert_eq!(a.status, 401);
    assert_eq!(
        a.header("www-authenticate"),
        Some("Basic realm=\"podpulse\"")
    );
    // alice:pw
    let a = get(agent.port, "/pods", &["Authorization: Basic YWxpY2U6cHc="]);
    assert_eq!((a.status, a.text().as_str()), (200, "[]"));
    assert_eq!(get(agent.port, "/healthz", &[]).status, 200);

    // TLS alone authenticates nobody: the detail API stays closed off loopback.
    let web2 = dir.join("web2.yml");
    std::fs::write(&web2, web_config("VerifyClientCertIfGiven", &[])).expect("write");
    let agent2 = Agent::start(
        "0.0.0.0",
        &["--web-config-file", web2.to_str().expect("utf-8")],
    );
    let (code, body) = curl(agent2.port, "/pods", None, false).expect("curl");
    assert_eq!(code, 403, "{body}");
    let (code, _) = curl(agent2.port, "/metrics", None, false).expect("curl");
    assert_eq!(code, 200);
}

#[test]
fn a_broken_web_config_stops_start_up_with_the_config_exit_code() {
    let dir = Dir::new("badweb");
    let web = dir.join("web.yml");
    std::fs::write(&web, "basic_auth_users:\n  alice: not-a-hash\n").expect("write");
    let (code, _, err) = cli(&[
        "run",
        "--listen",
        "127.0.0.1:0",
        "--web-config-file",
        web.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("basic_auth_users.alice") && err.contains("bcrypt"),
        "{err}"
    );
}
