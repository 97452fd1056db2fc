//! The TLS client configuration for HTTPS probes: the kubelet's `InsecureSkipVerify: true`.
//!
//! The certificate is not checked at all (probes reach pods by IP, and pods serve whatever
//! certificate they like), but handshake signatures are still verified against the presented
//! key, as Go's crypto/tls does with `InsecureSkipVerify`. Must not be used for anything but
//! probes.

use std::sync::{Arc, OnceLock};

use rustls::crypto::ring;
use rustls::ClientConfig;

use crate::tls::NoVerify;

/// One shared client config (building it per probe would cost more than the handshake). `None`
/// only if the ring provider supports no TLS version, which would be a build defect.
pub(crate) fn client_config() -> Option<Arc<ClientConfig>> {
    static CONFIG: OnceLock<Option<Arc<ClientConfig>>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let provider = Arc::new(ring::default_provider());
            let builder = ClientConfig::builder_with_provider(provider.clone())
                .with_safe_default_protocol_versions()
                .ok()?;
            let mut config = builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
                .with_no_client_auth();
            // HTTP/1.1 only: each probe is one request on a fresh connection.
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            Some(Arc::new(config))
        })
        .clone()
}
