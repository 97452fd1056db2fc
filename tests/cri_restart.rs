//! A containerd restart under the CRI back-end: while it is down every call fails cleanly (the
//! supervisor then marks pods `Unknown` and retries); when it is back the same back-end — no
//! reconnect by hand — lists the same still-running containers and a new watch works.
//! Its own test binary: it stops the shared test containerd, which would break parallel tests.

#[path = "common/cri_driver.rs"]
mod cri_driver;
#[path = "common/pod_driver.rs"]
mod pod_driver;

use std::time::{Duration, Instant};

use cri_driver::{run_script, CriDriver, PREFIX};
use pod_driver::{changed_with, AppSpec, PodDriver, PodSpec, Watcher};
use podpulse::model::ContainerId;
use podpulse::runtime::ExecError;

/// Brings containerd back even when an assertion fails half-way.
struct Restart;
impl Drop for Restart {
    fn drop(&mut self) {
        let _ = run_script("containerd-start.sh", &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn containerd_restart_fails_cleanly_then_recovers() {
    if std::env::var_os("PP_CRI_SOCKET").is_some() {
        eprintln!("PP_CRI_SOCKET points at a runtime we do not own; not restarting it");
        return;
    }
    let d = CriDriver::new().await;
    let rt = d.runtime();
    let pod = PodSpec::new(PREFIX, "restart", true);
    let sb = d.run_pod(&pod).await.expect("pod");
    let app = d
        .start_app(&sb, &pod, &AppSpec::sh("app", "sleep 3600"))
        .await
        .expect("app");
    assert!(rt.list().await.expect("list").iter().any(|c| c.id.0 == app));
    let w = Watcher::start(rt.clone());
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert!(w.ended().is_none());

    let guard = Restart;
    let t0 = Instant::now();
    run_script("containerd-stop.sh", &["--daemon-only"]).expect("stop daemon");
    // The watch notices at once (containerd's event stream breaks) or at the next poll.
    let deadline = Instant::now() + Duration::from_secs(3);
    while w.ended().is_none() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let ended = w.ended().expect("watch ends when containerd goes away");
    assert!(ended.starts_with("Err("), "{ended}");
    eprintln!(
        "watch ended {:?} after the stop began: {ended}",
        t0.elapsed()
    );
    assert!(rt.version().await.is_err());
    assert!(rt.list().await.is_err());
    let exec = rt
        .exec(
            &ContainerId(app.clone()),
            &["true".into()],
            Duration::from_secs(1),
        )
        .await;
    assert!(matches!(exec, Err(ExecError::Unreachable(_))), "{exec:?}");

    run_script("containerd-start.sh", &[]).expect("start again");
    drop(guard);
    // Same back-end object: the channel redials by itself.
    let mut back = None;
    for _ in 0..50 {
        if let Ok(l) = rt.list().await {
            back = Some(l);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let list = back.expect("lists again after the restart");
    let c = list
        .iter()
        .find(|c| c.id.0 == app)
        .expect("app survived the restart");
    assert!(c.is_running(), "{c:?}");
    assert!(list.iter().any(|c| c.id.0 == sb && c.is_running()));

    let w = Watcher::start(rt.clone());
    tokio::time::sleep(Duration::from_millis(300)).await;
    let since = Instant::now();
    d.stop_app(&app, Duration::from_secs(0))
        .await
        .expect("stop app");
    let seen = w
        .wait_for(
            since,
            Duration::from_secs(3),
            changed_with(&app, |c| !c.is_running()),
        )
        .await;
    assert!(
        seen.is_some(),
        "watch works after the restart; ended: {:?}",
        w.ended()
    );
    d.remove_pod(&sb).await.expect("remove");
}
