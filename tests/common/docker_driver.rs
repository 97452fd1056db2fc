//! `PodDriver` for the Docker Engine: plays the kubelet + cri-dockerd against the shared dockerd
//! (/var/run/docker.sock) through bollard, creating containers exactly as cri-dockerd does — a
//! pause sandbox `k8s_POD_<pod>_<ns>_<uid>_<attempt>` and app containers
//! `k8s_<c>_<pod>_<ns>_<uid>_<attempt>` joined to its namespaces, with the `io.kubernetes.*` labels
//! and `annotation.*`-prefixed kubelet annotations. Whatever a test leaves behind (a panic midway)
//! is removed when the driver is dropped. dockerd must be there: without it the tests fail.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use async_trait::async_trait;
use bollard::models::{ContainerCreateBody, HostConfig};
use bollard::query_parameters::{
    CreateContainerOptions, ListContainersOptions, RemoveContainerOptions, StopContainerOptions,
};
use bollard::Docker;
use podpulse::runtime::docker::{DockerRuntime, PlainContainers, SkipCounters};
use podpulse::runtime::Runtime;

use super::pod_driver::{AppSpec, PodDriver, PodSpec};

pub const PREFIX: &str = "pp-dd-";
pub const SOCKET: &str = "/var/run/docker.sock";
pub const IMAGE: &str = "podpulse-test/busybox:1";
pub const PAUSE_IMAGE: &str = "podpulse-test/pause:1";

pub struct DockerDriver {
    docker: Docker,
    runtime: Arc<DockerRuntime>,
    /// Every container this driver made and has not removed yet (ids), for the drop clean-up.
    made: Mutex<HashSet<String>>,
}

impl DockerDriver {
    /// Connects to the shared dockerd; fails the test (never skips) when it or the test images
    /// are missing.
    pub async fn new() -> DockerDriver {
        let docker = Docker::connect_with_unix(SOCKET, 30, bollard::API_DEFAULT_VERSION)
            .expect("a Docker client for /var/run/docker.sock");
        // dockerd 20.10 speaks API 1.41 at most: talk its version.
        let docker = docker
            .negotiate_version()
            .await
            .expect("dockerd is required for this test: run scripts/setup.sh (as root)");
        for image in [IMAGE, PAUSE_IMAGE] {
            docker
                .inspect_image(image)
                .await
                .unwrap_or_else(|e| panic!("test image {image} missing ({e}): build it first"));
        }
        let runtime = DockerRuntime::new(
            Path::new(SOCKET),
            PlainContainers { namespace: None },
            Arc::new(SkipCounters::default()),
        );
        DockerDriver {
            docker,
            runtime: Arc::new(runtime),
            made: Mutex::new(HashSet::new()),
        }
    }

    pub fn docker_runtime(&self) -> Arc<DockerRuntime> {
        self.runtime.clone()
    }

    pub fn client(&self) -> Docker {
        self.docker.clone()
    }

    fn track(&self, id: &str) {
        if let Ok(mut m) = self.made.lock() {
            m.insert(id.to_string());
        }
    }

    fn untrack(&self, id: &str) {
        if let Ok(mut m) = self.made.lock() {
            m.remove(id);
        }
    }

    async fn create_and_start(
        &self,
        name: String,
        body: ContainerCreateBody,
    ) -> anyhow::Result<String> {
        let id = self
            .docker
            .create_container(
                Some(CreateContainerOptions {
                    name: Some(name.clone()),
                    ..Default::default()
                }),
                body,
            )
            .await
            .with_context(|| format!("create {name}"))?
            .id;
        self.track(&id);
        self.docker
            .start_container(&id, None)
            .await
            .with_context(|| format!("start {name}"))?;
        Ok(id)
    }

    async fn force_remove(&self, id: &str) -> anyhow::Result<()> {
        self.docker
            .remove_container(
                id,
                Some(RemoveContainerOptions {
                    force: true,
                    v: true,
                    ..Default::default()
                }),
            )
            .await
            .with_context(|| format!("remove {id}"))?;
        self.untrack(id);
        Ok(())
    }
}

/// The labels every container of a pod carries (kubelet's `newContainerLabels` /
/// `newPodLabels` keys).
fn identity_labels(pod: &PodSpec, container: &str) -> HashMap<String, String> {
    HashMap::from([
        ("io.kubernetes.pod.name".to_string(), pod.name.clone()),
        (
            "io.kubernetes.pod.namespace".to_string(),
            pod.namespace.clone(),
        ),
        ("io.kubernetes.pod.uid".to_string(), pod.uid.clone()),
        (
            "io.kubernetes.container.name".to_string(),
            container.to_string(),
        ),
    ])
}

#[async_trait]
impl PodDriver for DockerDriver {
    fn runtime(&self) -> Arc<dyn Runtime> {
        self.runtime.clone()
    }

    /// As cri-dockerd's RunPodSandbox: the pod's own labels plus the kubelet's identity labels,
    /// annotations as `annotation.<key>` labels, type `podsandbox`; host or bridge network.
    async fn run_pod(&self, pod: &PodSpec) -> anyhow::Result<String> {
        let mut labels = identity_labels(pod, "POD");
        labels.extend(pod.labels.clone());
        labels.insert(
            "io.kubernetes.docker.type".to_string(),
            "podsandbox".to_string(),
        );
        labels.insert(
            "annotation.kubernetes.io/config.source".to_string(),
            "api".to_string(),
        );
        let body = ContainerCreateBody {
            image: Some(PAUSE_IMAGE.to_string()),
            hostname: (!pod.host_network).then(|| pod.name.clone()),
            labels: Some(labels),
            host_config: Some(HostConfig {
                network_mode: Some(if pod.host_network { "host" } else { "bridge" }.to_string()),
                // App containers join the sandbox's IPC namespace, which dockerd only allows
                // from a shareable one (cri-dockerd sets the same).
                ipc_mode: Some("shareable".to_string()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let name = format!("k8s_POD_{}_{}_{}_0", pod.name, pod.namespace, pod.uid);
        self.create_and_start(name, body).await
    }

    /// As cri-dockerd's CreateContainer + StartContainer: kubelet labels, annotations as
    /// `annotation.*` labels, type `container`, the sandbox id; network and IPC joined to the
    /// sandbox (for a host-network pod the sandbox's namespace is the host's; UTS is the host's).
    async fn start_app(
        &self,
        sandbox: &str,
        pod: &PodSpec,
        app: &AppSpec,
    ) -> anyhow::Result<String> {
        let mut labels = identity_labels(pod, &app.name);
        labels.extend([
            (
                "io.kubernetes.docker.type".to_string(),
                "container".to_string(),
            ),
            ("io.kubernetes.sandbox.id".to_string(), sandbox.to_string()),
            (
                "annotation.io.kubernetes.container.restartCount".to_string(),
                app.restart_count.to_string(),
            ),
            (
                "annotation.io.kubernetes.container.hash".to_string(),
                "1a2b3c4d".to_string(),
            ),
            (
                "annotation.io.kubernetes.container.terminationMessagePath".to_string(),
                "/dev/termination-log".to_string(),
            ),
            (
                "annotation.io.kubernetes.container.terminationMessagePolicy".to_string(),
                "File".to_string(),
            ),
            (
                "annotation.io.kubernetes.pod.terminationGracePeriod".to_string(),
                "30".to_string(),
            ),
        ]);
        if !app.ports.is_empty() {
            let ports: Vec<serde_json::Value> = app
                .ports
                .iter()
                .map(|(n, p)| serde_json::json!({"name": n, "containerPort": p, "protocol": "TCP"}))
                .collect();
            labels.insert(
                "annotation.io.kubernetes.container.ports".to_string(),
                serde_json::Value::Array(ports).to_string(),
            );
        }
        let joined = format!("container:{sandbox}");
        // The kubelet sets swap = memory (no swap): the limit is the whole budget.
        let memory = app.memory_limit_bytes.and_then(|m| i64::try_from(m).ok());
        let body = ContainerCreateBody {
            image: Some(IMAGE.to_string()),
            cmd: Some(app.command.clone()),
            labels: Some(labels),
            host_config: Some(HostConfig {
                network_mode: Some(joined.clone()),
                ipc_mode: Some(joined),
                uts_mode: pod.host_network.then(|| "host".to_string()),
                memory,
                memory_swap: memory,
                ..Default::default()
            }),
            ..Default::default()
        };
        let name = format!(
            "k8s_{}_{}_{}_{}_{}",
            app.name, pod.name, pod.namespace, pod.uid, app.attempt
        );
        self.create_and_start(name, body).await
    }

    async fn stop_app(&self, id: &str, grace: Duration) -> anyhow::Result<()> {
        self.docker
            .stop_container(
                id,
                Some(StopContainerOptions {
                    t: Some(i32::try_from(grace.as_secs()).unwrap_or(i32::MAX)),
                    ..Default::default()
                }),
            )
            .await
            .with_context(|| format!("stop {id}"))?;
        Ok(())
    }

    /// cri-dockerd's RemoveContainer removes with force.
    async fn remove_app(&self, id: &str) -> anyhow::Result<()> {
        self.force_remove(id).await
    }

    /// StopPodSandbox + RemovePodSandbox: every container labelled with the sandbox id, then the
    /// sandbox.
    async fn remove_pod(&self, sandbox: &str) -> anyhow::Result<()> {
        let apps = self
            .docker
            .list_containers(Some(ListContainersOptions {
                all: true,
                filters: Some(HashMap::from([(
                    "label".to_string(),
                    vec![format!("io.kubernetes.sandbox.id={sandbox}")],
                )])),
                ..Default::default()
            }))
            .await
            .context("list the pod's containers")?;
        for id in apps.into_iter().filter_map(|c| c.id) {
            self.force_remove(&id).await?;
        }
        self.force_remove(sandbox).await
    }
}

impl Drop for DockerDriver {
    /// Removes what a failed test left (Drop cannot await: the docker CLI, best effort).
    fn drop(&mut self) {
        let left: Vec<String> = self
            .made
            .lock()
            .map(|m| m.iter().cloned().collect())
            .unwrap_or_default();
        if left.is_empty() {
            return;
        }
        let _ = std::process::Command::new("docker")
            .args(["rm", "-f", "-v"])
            .args(&left)
            .output();
    }
}
