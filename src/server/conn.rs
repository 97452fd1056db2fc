//! One HTTP/1.1 connection under the server's limits: a header-read deadline (hyper's own timer),
//! a cap on header size, an idle cut-off for connections that move no bytes (a stalled TLS
//! handshake, a client that stops reading its answer), and the connection caps enforced by the
//! accept loops. Every limit exists because a client we do not trust can reach the port: the
//! agent runs on the host network of every node.

use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The server's limits (config `server:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// A request's headers must arrive within this time, counted from the connection's start or
    /// from the end of the previous answer (so it is also the keep-alive idle time).
    pub header_read_timeout: Duration,
    /// A connection that moves no byte in either direction for this long is closed.
    pub idle_timeout: Duration,
    /// Concurrent connections on the network listener. At the cap, a new connection evicts the
    /// oldest one that has not completed a request; when there is none, it is closed at once.
    pub max_connections: usize,
    /// Request line plus headers, in bytes; more gets 431.
    pub max_header_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            max_connections: 512,
            max_header_bytes: 16 * 1024,
        }
    }
}

/// Concurrent connections on each local detail endpoint (the socket, the loopback listener):
/// its own budget, so a flood of the network port never locks out the on-call's CLI.
pub const DETAIL_MAX_CONNECTIONS: usize = 64;

/// When the connection last moved a byte, in milliseconds since `origin`.
pub(crate) struct Activity {
    origin: Instant,
    last_ms: AtomicU64,
}

impl Activity {
    pub(crate) fn new() -> Arc<Activity> {
        Arc::new(Activity {
            origin: Instant::now(),
            last_ms: AtomicU64::new(0),
        })
    }
    fn touch(&self) {
        let ms = self.origin.elapsed().as_millis() as u64;
        self.last_ms.store(ms, Ordering::Relaxed);
    }
    /// When the idle cut-off falls if nothing moves before it.
    pub(crate) fn deadline(&self, idle: Duration) -> tokio::time::Instant {
        let last = self.origin + Duration::from_millis(self.last_ms.load(Ordering::Relaxed));
        tokio::time::Instant::from_std(last + idle)
    }
}

/// An IO stream that records its last read or write.
pub(crate) struct IdleIo<I> {
    inner: I,
    activity: Arc<Activity>,
}

impl<I> IdleIo<I> {
    pub(crate) fn new(inner: I, activity: Arc<Activity>) -> Self {
        IdleIo { inner, activity }
    }
}

impl<I: AsyncRead + Unpin> AsyncRead for IdleIo<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(r, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.touch();
        }
        r
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for IdleIo<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        r
    }
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        r
    }
    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The live connections of one listener, oldest first, for eviction at the cap.
#[derive(Default)]
pub(crate) struct Registry {
    next: AtomicU64,
    live: Mutex<BTreeMap<u64, Live>>,
}

struct Live {
    close: CancellationToken,
    /// Set when the connection's first whole request arrived.
    served: Arc<AtomicBool>,
}

/// Removes its connection from the registry when the connection's task ends.
pub(crate) struct Registered {
    registry: Arc<Registry>,
    id: u64,
}

impl Drop for Registered {
    fn drop(&mut self) {
        if let Ok(mut live) = self.registry.live.lock() {
            live.remove(&self.id);
        }
    }
}

impl Registry {
    /// Registers a new connection: its close token (a child of the server's), its served flag,
    /// and the guard that unregisters it.
    pub(crate) fn register(
        self: &Arc<Self>,
        server: &CancellationToken,
    ) -> (CancellationToken, Arc<AtomicBool>, Registered) {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let close = server.child_token();
        let served = Arc::new(AtomicBool::new(false));
        if let Ok(mut live) = self.live.lock() {
            live.insert(
                id,
                Live {
                    close: close.clone(),
                    served: served.clone(),
                },
            );
        }
        (
            close,
            served,
            Registered {
                registry: self.clone(),
                id,
            },
        )
    }

    /// Closes the oldest connection that has not completed a request; false when there is none
    /// (every connection is a working client: the cap stands).
    pub(crate) fn evict_oldest_unserved(&self) -> bool {
        let Ok(mut live) = self.live.lock() else {
            return false;
        };
        let victim = live
            .iter()
            .find(|(_, l)| !l.served.load(Ordering::Relaxed) && !l.close.is_cancelled())
            .map(|(id, _)| *id);
        match victim.and_then(|id| live.remove(&id)) {
            Some(l) => {
                l.close.cancel();
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eviction_takes_the_oldest_connection_without_a_request() {
        let r = Arc::new(Registry::default());
        let server = CancellationToken::new();
        let (a, a_served, _ga) = r.register(&server);
        let (b, _, _gb) = r.register(&server);
        let (c, _, gc) = r.register(&server);
        a_served.store(true, Ordering::Relaxed);
        assert!(r.evict_oldest_unserved());
        assert!(!a.is_cancelled() && b.is_cancelled() && !c.is_cancelled());
        drop(gc);
        assert!(
            !r.evict_oldest_unserved(),
            "only a served connection is left"
        );
        assert!(!a.is_cancelled());
    }
}
