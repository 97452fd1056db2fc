//! Build script: records the git revision the binary was built from, for `podpulse --version`
//! and `podpulse_build_info{revision}`.
//!
//! Outside a git checkout (the Docker build sends no `.git`) the revision is `unknown`, unless
//! the builder passes it in `PODPULSE_GIT_REVISION`. A failing `git` never fails the build: the
//! revision is information, not an input to the code.

use std::path::PathBuf;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// A revision is hex (or `unknown`); anything else from the environment is not trusted into a
/// label value or the version line.
fn clean(rev: &str) -> Option<String> {
    let rev = rev.trim();
    (!rev.is_empty() && rev.len() <= 64 && rev.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| rev.to_ascii_lowercase())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PODPULSE_GIT_REVISION");
    let from_env = std::env::var("PODPULSE_GIT_REVISION")
        .ok()
        .and_then(|r| clean(&r));
    let revision = from_env.or_else(|| {
        let rev = git(&["rev-parse", "--short=12", "HEAD"]).and_then(|r| clean(&r))?;
        // Rebuild when HEAD moves: HEAD itself (a checkout) and the ref it points to (a commit).
        // In a worktree HEAD lives in the worktree's git dir and refs in the common dir.
        if let Some(dir) = git(&["rev-parse", "--git-dir"]) {
            println!(
                "cargo:rerun-if-changed={}",
                PathBuf::from(dir).join("HEAD").display()
            );
        }
        if let (Some(common), Some(head_ref)) = (
            git(&["rev-parse", "--git-common-dir"]),
            git(&["symbolic-ref", "-q", "HEAD"]),
        ) {
            let common = PathBuf::from(common);
            println!(
                "cargo:rerun-if-changed={}",
                common.join(&head_ref).display()
            );
            println!(
                "cargo:rerun-if-changed={}",
                common.join("packed-refs").display()
            );
        }
        Some(rev)
    });
    println!(
        "cargo:rustc-env=PODPULSE_GIT_REVISION={}",
        revision.as_deref().unwrap_or("unknown")
    );
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.split_whitespace().nth(1).map(str::to_string))
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=PODPULSE_RUSTC_VERSION={rustc_version}");
}
