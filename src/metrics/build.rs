//! What this binary is: the crate version and the git revision `build.rs` recorded, for
//! `podpulse --version` and `podpulse_build_info`.

/// The crate version (`Cargo.toml`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The git commit the binary was built from (12 hex digits), or `unknown` outside a checkout.
pub const REVISION: &str = env!("PODPULSE_GIT_REVISION");
/// The compiler version that built it.
pub const RUSTC: &str = env!("PODPULSE_RUSTC_VERSION");
/// `podpulse --version`: `0.1.0 (revision 0123456789ab)`.
pub const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (revision ",
    env!("PODPULSE_GIT_REVISION"),
    ")"
);
