//! Pod identity on the real dockerd: a pod is its uid. Two instances of one name are two pods,
//! each shown as it is; a spec never reaches a container its pod does not own, so an exec probe
//! never runs in a plain container that happens to carry a static pod's name.
//!
//! Specs come from static manifests (a directory, as the kubelet's `staticPodPath`) and from a
//! replayed kube-apiserver on 127.0.0.1: the API server cannot run on the test machines, so its
//! PodList and watch stream are served from recorded-shape JSON (tests/data/state/).
//!
//! Whether an exec probe ran in a container is read from the container's own filesystem diff
//! (`docker diff`), which the probe command changes, and from its exec list (`ExecIDs`).

mod common;
mod sources_support;

use std::time::Duration;

use common::*;
use hyper::StatusCode;
use serde_json::Value;
use sources_support::{ReplayServer, Reply, Step};

const SOON: Duration = Duration::from_secs(20);

/// Every pod the agent's detail API lists.
fn pods(agent: &Agent) -> Vec<Value> {
    let (status, body) = agent.get("/pods").expect("/pods");
    assert_eq!(status, 200, "/pods: {body}");
    serde_json::from_str::<Vec<Value>>(&body).expect("/pods is a JSON array")
}

/// The pod `/pods/<uid>` answers, which must be the one `/pods` lists under that uid.
fn by_uid(agent: &Agent, uid: &str) -> Option<Value> {
    let (status, body) = agent.get(&format!("/pods/{uid}")).expect("/pods/<uid>");
    let listed = pods(agent).into_iter().find(|p| p["pod"]["uid"] == uid);
    match status {
        200 => {
            let pod: Value = serde_json::from_str(&body).expect("pod JSON");
            assert_eq!(pod["pod"]["uid"], uid, "/pods/{uid} answered another pod");
            assert!(
                listed.is_some(),
                "/pods/{uid} answers a pod /pods does not list"
            );
            Some(pod)
        }
        404 => {
            // The two views come from two requests: a pod may go between them, never come.
            None
        }
        s => panic!("/pods/{uid}: {s} {body}"),
    }
}

/// The pod `/pods/<ns>/<name>` answers.
fn by_name(agent: &Agent, ns: &str, name: &str) -> Option<Value> {
    let (status, body) = agent.get(&format!("/pods/{ns}/{name}")).ok()?;
    (status == 200).then(|| serde_json::from_str(&body).expect("pod JSON"))
}

fn status(p: &Value) -> &str {
    p["health"]["status"].as_str().unwrap_or("")
}

/// True when the container's filesystem holds `path` as a change (the probe command's marker).
fn has_file(container: &str, path: &str) -> bool {
    docker(&["diff", container])
        .map(|d| d.lines().any(|l| l.ends_with(path)))
        .unwrap_or(false)
}

fn exec_ids(container: &str) -> String {
    docker(&["inspect", "-f", "{{json .ExecIDs}}", container]).expect("inspect")
}

fn manifest_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pp-state-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("manifest dir");
    dir
}

/// A static pod manifest with one container `app` whose exec liveness probe leaves `marker`.
fn write_manifest(dir: &std::path::Path, name: &str, ns: &str, marker: &str) {
    std::fs::write(
        dir.join(format!("{name}.yaml")),
        format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  namespace: {ns}\nspec:\n  containers:\n  - name: app\n    image: podpulse-test/busybox:1\n    livenessProbe:\n      exec:\n        command: [\"sh\", \"-c\", \"touch {marker}\"]\n      periodSeconds: 1\n"
        ),
    )
    .expect("write manifest");
}

/// A static pod re-applied: the kubelet starts a new instance (new uid) while the old one's
/// containers are still there. Two pods, each right: the new one running with the spec and its
/// probe, the old one terminating while it runs, then showing how it ended until it is removed.
#[test]
fn recreated_static_pod_is_two_pods_each_right() {
    require_docker();
    let ns = format!("pp-state-{}", std::process::id());
    let dir = manifest_dir("recreate");
    write_manifest(&dir, "web", &ns, "/tmp/pp-exec-ran");
    let name = "web-n1";
    let mut old = DockerPod::sandbox_with_uid(None, name, &ns, &format!("{ns}-old"), false);
    let old_app = old.app("app", 0, "sleep 3600", &[]);
    let agent = Agent::start(&[
        "--manifest-dir",
        dir.to_str().expect("utf8"),
        "--node-name",
        "n1",
    ]);
    assert_eventually!(
        SOON,
        by_name(&agent, &ns, name)
            .is_some_and(|p| p["pod"]["uid"] == old.uid && status(&p) == "Running"),
        "the only instance joins the static spec: {:?}",
        by_name(&agent, &ns, name)
    );

    // The manifest changes: the kubelet starts the new instance beside the old one.
    let mut new = DockerPod::sandbox_with_uid(None, name, &ns, &format!("{ns}-new"), false);
    let new_app = new.app("app", 0, "sleep 3600", &[]);
    assert_eventually!(
        SOON,
        by_name(&agent, &ns, name)
            .is_some_and(|p| p["pod"]["uid"] == new.uid && status(&p) == "Running")
            && by_uid(&agent, &old.uid)
                .is_some_and(|p| status(&p) == "Terminating" && p["superseded"] == true),
        "new instance current, old terminating: {:?}",
        pods(&agent)
            .iter()
            .filter(|p| p["pod"]["name"] == name)
            .map(|p| (p["pod"]["uid"].clone(), p["health"]["status"].clone()))
            .collect::<Vec<_>>()
    );
    let named: Vec<Value> = pods(&agent)
        .into_iter()
        .filter(|p| p["pod"]["name"] == name)
        .collect();
    assert_eq!(named.len(), 2, "two instances, two pods: {named:?}");
    // The superseded instance is still addressable by uid, through the CLI too.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
        .args(["describe", "--uid", &old.uid, "--agent", &agent.url()])
        .output()
        .expect("describe --uid");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "describe --uid: {text}");
    assert!(
        text.contains(&old.uid) && text.contains("Terminating"),
        "describe --uid names the old instance:\n{text}"
    );
    let (code, body) = agent.get("/pods/no-such-uid").expect("get");
    assert_eq!(code, 404, "{body}");
    // Only the current instance is probed from now on.
    assert_eventually!(
        SOON,
        has_file(&new_app, "/tmp/pp-exec-ran"),
        "the new instance's probe runs"
    );

    // The old instance's containers stop, and stay until the kubelet removes them.
    docker(&["kill", &old_app]).expect("kill old app");
    docker(&["kill", &old.sandbox_id]).expect("kill old sandbox");
    assert_eventually!(
        SOON,
        by_uid(&agent, &old.uid)
            .is_some_and(|p| status(&p) != "Terminating" && status(&p) != "Running"),
        "old instance shows how it ended: {:?}",
        by_uid(&agent, &old.uid)
    );
    assert!(by_name(&agent, &ns, name).is_some_and(|p| p["pod"]["uid"] == new.uid));
    let m = agent.scrape();
    assert!(m
        .value(
            "podpulse_pod_info",
            &[("namespace", &ns), ("uid", &old.uid)]
        )
        .is_some());
    assert!(m
        .value(
            "podpulse_pod_info",
            &[("namespace", &ns), ("uid", &new.uid)]
        )
        .is_some());

    old.remove();
    assert_eventually!(
        SOON,
        by_uid(&agent, &old.uid).is_none(),
        "the old pod goes with its containers"
    );
    assert!(by_name(&agent, &ns, name)
        .is_some_and(|p| p["pod"]["uid"] == new.uid && status(&p) == "Running"));
    drop(new);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A static pod `web` in namespace `docker` on node `n1` is named `web-n1`, which is also what a
/// plain `docker run --name web-n1` is called in the plain namespace. Its exec probe must never
/// run there: the plain container is not the pod's, no kubelet created it. A kubelet-made pod
/// with the same probe shows that exec probes do run in this agent.
#[test]
fn spec_naming_a_plain_container_never_execs_in_it() {
    require_docker();
    let pid = std::process::id();
    let dir = manifest_dir("plain");
    let web = format!("ppst-web-{pid}");
    write_manifest(&dir, &web, "docker", "/tmp/pp-exec-ran");
    let control_ns = format!("pp-state-{pid}");
    write_manifest(&dir, "ctl", &control_ns, "/tmp/pp-exec-ran");
    let plain = PlainContainer::run(&format!("{web}-n1"), &[], "sleep 3600");
    let mut control = DockerPod::sandbox("ctl-n1", &control_ns, false);
    let control_app = control.app("app", 0, "sleep 3600", &[]);

    let agent = Agent::start(&[
        "--manifest-dir",
        dir.to_str().expect("utf8"),
        "--node-name",
        "n1",
    ]);
    assert_eventually!(
        SOON,
        has_file(&control_app, "/tmp/pp-exec-ran"),
        "the control pod's exec probe never ran; log:\n{}",
        agent.log_text()
    );
    // Several probe periods of the static pod's probe have passed.
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        !has_file(&plain.id, "/tmp/pp-exec-ran"),
        "the static pod's exec probe ran in the plain container"
    );
    assert_eq!(
        exec_ids(&plain.id),
        "null",
        "an exec was created in the plain container"
    );
    // Both are pods of their own: the plain container, and the static pod still waiting.
    let all = pods(&agent);
    let plain_pod = all
        .iter()
        .find(|p| p["pod"]["uid"] == plain.id.as_str())
        .expect("plain pod");
    assert_eq!(plain_pod["pod"]["namespace"], "docker");
    assert!(plain_pod["superseded"] == false);
    let named: Vec<&Value> = all
        .iter()
        .filter(|p| p["pod"]["namespace"] == "docker" && p["pod"]["name"] == format!("{web}-n1"))
        .collect();
    assert_eq!(named.len(), 2, "plain container and static pod: {named:?}");
    drop(control);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A StatefulSet pod deleted and recreated under its name, as the API server's watch tells it
/// (replayed: the list shows `web-0` with the old uid, the watch stream deletes it and adds it
/// again with a new uid). The old instance keeps its containers for a while.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn apiserver_replay_with_two_uids_under_one_name() {
    require_docker();
    let pid = std::process::id();
    let ns = format!("pp-state-api-{pid}");
    let (old_uid, new_uid) = (
        format!("7a3c0000-0000-4000-8000-{pid:012x}"),
        format!("7a3c0001-0000-4000-8000-{pid:012x}"),
    );
    let mut old = DockerPod::sandbox_with_uid(None, "web-0", &ns, &old_uid, false);
    let old_app = old.app("app", 0, "sleep 3600", &[]);
    // The new pod object is created after the old instance started (the API server's clock).
    std::thread::sleep(Duration::from_millis(1100));
    let new_created = podpulse::time::format_rfc3339(podpulse::time::now());
    let fill = |s: &str| {
        s.replace("@NS@", &ns)
            .replace("@OLD@", &old_uid)
            .replace("@NEW@", &new_uid)
            .replace("@OLDAPP@", &old_app)
            .replace("2026-12-04T09:30:01Z", &new_created)
    };
    let data = |f: &str| {
        std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/state")
                .join(f),
        )
        .expect("fixture")
    };
    let list = fill(&data("apiserver-recreated-list.json"));
    let mut events = fill(&data("apiserver-recreated-watch.jsonl"));
    let added = events.rfind("{\"type\":\"ADDED\"").expect("ADDED event");
    // The new pod's probe leaves its own marker: the old instance must never get it.
    let tail = events
        .split_off(added)
        .replace("/tmp/pp-exec-ran", "/tmp/pp-exec-new");
    events.push_str(&tail);

    let server = ReplayServer::start().await;
    server.set_list_default(Reply::Body(StatusCode::OK, list.into()));
    server.push_watch(Reply::StreamThenHang(vec![
        Step::Sleep(Duration::from_secs(8)),
        Step::Chunk(events.into()),
    ]));
    let kc_dir = manifest_dir("kc");
    let kc = kc_dir.join("kubeconfig");
    std::fs::write(
        &kc,
        format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: replay\nclusters:\n- name: replay\n  cluster:\n    server: {}\ncontexts:\n- name: replay\n  context:\n    cluster: replay\n    user: replay\nusers:\n- name: replay\n  user: {{}}\n",
            server.http_url()
        ),
    )
    .expect("kubeconfig");

    let (agent, old_uid2, new_uid2) = tokio::task::spawn_blocking({
        let (ns, old_uid, new_uid, kc) = (ns.clone(), old_uid.clone(), new_uid.clone(), kc.clone());
        move || {
            let agent = Agent::start(&[
                "--kubeconfig",
                kc.to_str().expect("utf8"),
                "--node-name",
                "n1",
            ]);
            // Before the watch news: the old uid is the pod its spec names.
            assert_eventually!(
                SOON,
                by_name(&agent, &ns, "web-0")
                    .is_some_and(|p| p["pod"]["uid"] == old_uid.as_str()
                        && p["health"]["source"] != "derived"),
                "old instance joined by uid: {:?}",
                by_name(&agent, &ns, "web-0")
            );
            // After: the name answers the new uid (no containers yet), the old instance is
            // terminating beside it.
            assert_eventually!(
                SOON,
                by_name(&agent, &ns, "web-0").is_some_and(|p| p["pod"]["uid"] == new_uid.as_str())
                    && by_uid(&agent, &old_uid).is_some_and(|p| status(&p) == "Terminating"),
                "after the watch: {:?}",
                pods(&agent)
                    .iter()
                    .filter(|p| p["pod"]["namespace"] == ns.as_str())
                    .map(|p| (p["pod"]["uid"].clone(), p["health"]["status"].clone()))
                    .collect::<Vec<_>>()
            );
            (agent, old_uid, new_uid)
        }
    })
    .await
    .expect("agent thread");
    assert_eq!((&old_uid2, &new_uid2), (&old_uid, &new_uid));

    // The kubelet starts the new instance: it gets the spec and its probe; the old never does.
    let mut new = DockerPod::sandbox_with_uid(None, "web-0", &ns, &new_uid, false);
    let new_app = new.app("app", 0, "sleep 3600", &[]);
    let agent = tokio::task::spawn_blocking(move || {
        assert_eventually!(
            SOON,
            has_file(&new_app, "/tmp/pp-exec-new"),
            "the new instance's exec probe never ran; log:\n{}",
            agent.log_text()
        );
        agent
    })
    .await
    .expect("agent thread");
    assert!(
        !has_file(&old_app, "/tmp/pp-exec-new"),
        "the new spec's probe ran in the old instance"
    );
    let both: Vec<Value> = pods(&agent)
        .into_iter()
        .filter(|p| p["pod"]["namespace"] == ns.as_str())
        .collect();
    assert_eq!(both.len(), 2, "{both:?}");
    assert!(by_uid(&agent, &old_uid).is_some_and(|p| p["superseded"] == true));
    assert!(by_uid(&agent, &new_uid)
        .is_some_and(|p| p["superseded"] == false && status(&p) != "Terminating"));
    old.remove();
    new.remove();
    drop(agent);
    let _ = std::fs::remove_dir_all(&kc_dir);
}
