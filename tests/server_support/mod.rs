//! Harness for the `tests/server_*.rs` suites: a real podpulse process with its HTTP endpoints
//! under test, and a raw HTTP/1.1 client over loopback that sends exactly the bytes a test
//! gives (hostile clients included). The agent watches a Docker socket that does not exist, so
//! these tests need no container runtime: the server keeps serving while the runtime is away.
#![allow(dead_code)] // each test crate uses a different part of the harness

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// A temporary directory, removed on drop.
pub struct Dir(pub PathBuf);

impl Dir {
    pub fn new(tag: &str) -> Dir {
        let d = std::env::temp_dir().join(format!(
            "pp-srv-{tag}-{}-{}",
            std::process::id(),
            free_port()
        ));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("temp dir");
        Dir(d)
    }
    pub fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A podpulse agent, killed on drop.
pub struct Agent {
    pub child: Child,
    /// The `--listen` port.
    pub port: u16,
    pub log: PathBuf,
    pub dir: Dir,
}

impl Agent {
    /// Starts `podpulse run` on `listen_host:<free port>` with `extra` flags, its detail socket
    /// in its own directory (unless `extra` says otherwise), and waits for /healthz.
    pub fn start(listen_host: &str, extra: &[&str]) -> Agent {
        let dir = Dir::new("agent");
        let port = free_port();
        let log = dir.join("podpulse.log");
        let logfile = std::fs::File::create(&log).expect("log file");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_podpulse"));
        cmd.args(["run", "--listen", &format!("{listen_host}:{port}")])
            .args(["--runtime", "docker", "--docker-socket"])
            .arg(dir.join("no-docker.sock"))
            .args([
                "--no-journal",
                "--no-probes",
                "--log-level",
                "podpulse=debug",
            ])
            .arg("--state-dir")
            .arg(&dir.0);
        if !extra.contains(&"--detail-socket") {
            cmd.arg("--detail-socket").arg(dir.join("podpulse.sock"));
        }
        if !extra.contains(&"--detail-listen") {
            cmd.args(["--detail-listen", "none"]);
        }
        let child = cmd
            .args(extra)
            .stdout(Stdio::null())
            .stderr(logfile)
            .spawn()
            .expect("start podpulse");
        let mut agent = Agent {
            child,
            port,
            log,
            dir,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(Some(status)) = agent.child.try_wait() {
                panic!("podpulse exited ({status}):\n{}", agent.log_text());
            }
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "podpulse never listened on {port}:\n{}",
                agent.log_text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        agent
    }

    pub fn socket(&self) -> PathBuf {
        self.dir.join("podpulse.sock")
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer as it came off the wire.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    /// Header lines, lowercased names: `name: value`.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request` (raw bytes) to 127.0.0.1:`port` and reads until the server closes.
pub fn raw(port: u16, request: &[u8]) -> Result<Answer, String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    exchange(&mut s, request)
}

pub fn exchange<S: std::io::Read + std::io::Write>(
    s: &mut S,
    request: &[u8],
) -> Result<Answer, String> {
    s.write_all(request).map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).map_err(|e| e.to_string())?;
    parse(&buf)
}

pub fn parse(buf: &[u8]) -> Result<Answer, String> {
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| format!("no header end in {:?}", String::from_utf8_lossy(buf)))?;
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = buf[end + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Ok(Answer {
        status,
        headers,
        body,
    })
}

fn dechunk(mut s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(pos) = s.windows(2).position(|w| w == b"\r\n") {
        let Ok(n) = usize::from_str_radix(String::from_utf8_lossy(&s[..pos]).trim(), 16) else {
            break;
        };
        let rest = &s[pos + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        s = rest.get(n + 2..).unwrap_or(&[]);
    }
    out
}

/// A GET with `Connection: close` and extra header lines.
pub fn get(port: u16, path: &str, headers: &[&str]) -> Answer {
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    match raw(port, req.as_bytes()) {
        Ok(a) => a,
        Err(e) => panic!("GET {path} on {port}: {e}"),
    }
}

/// The same GET over a unix socket.
pub fn get_unix(socket: &Path, path: &str) -> Result<Answer, String> {
    let mut s = std::os::unix::net::UnixStream::connect(socket).map_err(|e| e.to_string())?;
    exchange(
        &mut s,
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

/// Runs the podpulse CLI; (exit code, stdout, stderr).
pub fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args(args)
        .env_remove("PODPULSE_AGENT")
        .env_remove("PODPULSE_DETAIL_SOCKET")
        .output()
        .expect("run podpulse");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
