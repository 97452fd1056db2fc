//! `PodDriver` for a CRI runtime: plays the kubelet through the CRI API (k8s-cri client) against
//! podpulse's own standalone containerd (`scripts/containerd-start.sh`, socket
//! /run/pp-containerd/containerd.sock, or `PP_CRI_SOCKET`). Sandboxes and containers carry the
//! labels and annotations the kubelet sets (pkg/kubelet/kuberuntime/labels.go).
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use async_trait::async_trait;
use hyper_util::rt::TokioIo;
use k8s_cri::v1 as cri;
use k8s_cri::v1::runtime_service_client::RuntimeServiceClient;
use podpulse::runtime::cri::CriRuntime;
use podpulse::runtime::Runtime;
use tokio::net::UnixStream;
use tonic::transport::{Channel, Endpoint, Uri};

use super::pod_driver::{AppSpec, PodDriver, PodSpec};

pub const PREFIX: &str = "pp-cri-";
pub const DEFAULT_SOCKET: &str = "/run/pp-containerd/containerd.sock";
pub const IMAGE: &str = "podpulse-test/busybox:1";

pub fn socket() -> PathBuf {
    std::env::var_os("PP_CRI_SOCKET")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_SOCKET))
}

pub fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts")
}

/// Runs `scripts/<name>` and fails with its output if it fails.
pub fn run_script(name: &str, args: &[&str]) -> anyhow::Result<()> {
    let out = std::process::Command::new(scripts_dir().join(name))
        .args(args)
        .output()
        .with_context(|| format!("running {name}"))?;
    anyhow::ensure!(
        out.status.success(),
        "{name} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

/// Starts our containerd (idempotent) unless `PP_CRI_SOCKET` points elsewhere. Under `CI` a
/// failure is fatal; locally too (these tests need the real runtime).
pub fn ensure_containerd() {
    if std::env::var_os("PP_CRI_SOCKET").is_some() {
        return;
    }
    static STARTED: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut started = STARTED.lock().unwrap_or_else(|p| p.into_inner());
    if *started && socket().exists() {
        return;
    }
    if let Err(e) = run_script("containerd-start.sh", &[]) {
        panic!("containerd is needed for the CRI tests and could not be started: {e:#}");
    }
    *started = true;
}

pub async fn channel(path: &Path) -> anyhow::Result<Channel> {
    let path = path.to_path_buf();
    Ok(Endpoint::try_from("http://[::]:50051")?
        .connect_with_connector(tower::service_fn(move |_: Uri| {
            let path = path.clone();
            async move { Ok::<_, std::io::Error>(TokioIo::new(UnixStream::connect(path).await?)) }
        }))
        .await?)
}

pub struct CriDriver {
    client: RuntimeServiceClient<Channel>,
    runtime: Arc<CriRuntime>,
    configs: Mutex<HashMap<String, cri::PodSandboxConfig>>,
}

impl CriDriver {
    pub async fn new() -> CriDriver {
        ensure_containerd();
        let sock = socket();
        let ch = channel(&sock).await.expect("dial the CRI socket");
        let runtime = CriRuntime::connect(&sock)
            .await
            .expect("podpulse's CriRuntime connects");
        CriDriver {
            client: RuntimeServiceClient::new(ch),
            runtime: Arc::new(runtime),
            configs: Mutex::new(HashMap::new()),
        }
    }

    pub fn cri(&self) -> Arc<CriRuntime> {
        self.runtime.clone()
    }

    pub fn client(&self) -> RuntimeServiceClient<Channel> {
        self.client.clone()
    }

    /// A sandbox config as the kubelet builds it (kuberuntime_sandbox.go), on the host network
    /// (hostname must then be empty) or the CNI pod network.
    pub fn sandbox_config(pod: &PodSpec, with_kubelet_labels: bool) -> cri::PodSandboxConfig {
        let mut labels: HashMap<String, String> = pod.labels.clone().into_iter().collect();
        if with_kubelet_labels {
            labels.insert("io.kubernetes.pod.name".into(), pod.name.clone());
            labels.insert("io.kubernetes.pod.namespace".into(), pod.namespace.clone());
            labels.insert("io.kubernetes.pod.uid".into(), pod.uid.clone());
        }
        let network = if pod.host_network {
            cri::NamespaceMode::Node
        } else {
            cri::NamespaceMode::Pod
        };
        cri::PodSandboxConfig {
            metadata: Some(cri::PodSandboxMetadata {
                name: pod.name.clone(),
                uid: pod.uid.clone(),
                namespace: pod.namespace.clone(),
                attempt: 0,
            }),
            hostname: if pod.host_network {
                String::new()
            } else {
                pod.name.clone()
            },
            log_directory: format!("/var/log/pods/{}_{}_{}", pod.namespace, pod.name, pod.uid),
            labels,
            annotations: HashMap::from([(
                "kubernetes.io/config.source".to_string(),
                "api".to_string(),
            )]),
            linux: Some(cri::LinuxPodSandboxConfig {
                cgroup_parent: format!("/kubepods/besteffort/pod{}", pod.uid),
                security_context: Some(cri::LinuxSandboxSecurityContext {
                    namespace_options: Some(cri::NamespaceOption {
                        network: network as i32,
                        pid: cri::NamespaceMode::Container as i32,
                        ipc: cri::NamespaceMode::Pod as i32,
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    /// RunPodSandbox with an explicit config (for sandboxes no kubelet would make).
    pub async fn run_sandbox(&self, config: cri::PodSandboxConfig) -> anyhow::Result<String> {
        let resp = self
            .client
            .clone()
            .run_pod_sandbox(cri::RunPodSandboxRequest {
                config: Some(config.clone()),
                runtime_handler: String::new(),
            })
            .await
            .context("RunPodSandbox")?;
        let id = resp.into_inner().pod_sandbox_id;
        if let Ok(mut m) = self.configs.lock() {
            m.insert(id.clone(), config);
        }
        Ok(id)
    }

    /// Removes every sandbox (and so every container) whose pod name has our prefix.
    pub async fn cleanup_prefix(&self, prefix: &str) -> anyhow::Result<()> {
        let mut c = self.client.clone();
        let items = c
            .list_pod_sandbox(cri::ListPodSandboxRequest { filter: None })
            .await?
            .into_inner()
            .items;
        for s in items {
            if s.metadata
                .as_ref()
                .is_some_and(|m| m.name.starts_with(prefix))
            {
                self.remove_pod(&s.id).await?;
            }
        }
        Ok(())
    }
}

#[async_trait]
impl PodDriver for CriDriver {
    fn runtime(&self) -> Arc<dyn Runtime> {
        self.runtime.clone()
    }

    async fn run_pod(&self, pod: &PodSpec) -> anyhow::Result<String> {
        self.run_sandbox(Self::sandbox_config(pod, true)).await
    }

    async fn start_app(
        &self,
        sandbox: &str,
        pod: &PodSpec,
        app: &AppSpec,
    ) -> anyhow::Result<String> {
        let sandbox_config = self
            .configs
            .lock()
            .ok()
            .and_then(|m| m.get(sandbox).cloned())
            .context("unknown sandbox")?;
        let network = if pod.host_network {
            cri::NamespaceMode::Node
        } else {
            cri::NamespaceMode::Pod
        };
        let ports: Vec<serde_json::Value> = app
            .ports
            .iter()
            .map(|(n, p)| serde_json::json!({"name": n, "containerPort": p, "protocol": "TCP"}))
            .collect();
        let mut annotations = HashMap::from([
            (
                "io.kubernetes.container.hash".to_string(),
                "1a2b3c4d".to_string(),
            ),
            (
                "io.kubernetes.container.restartCount".to_string(),
                app.restart_count.to_string(),
            ),
            (
                "io.kubernetes.container.terminationMessagePath".to_string(),
                "/dev/termination-log".to_string(),
            ),
            (
                "io.kubernetes.container.terminationMessagePolicy".to_string(),
                "File".to_string(),
            ),
            (
                "io.kubernetes.pod.terminationGracePeriod".to_string(),
                "30".to_string(),
            ),
        ]);
        if !ports.is_empty() {
            annotations.insert(
                "io.kubernetes.container.ports".into(),
                serde_json::Value::Array(ports).to_string(),
            );
        }
        let config = cri::ContainerConfig {
            metadata: Some(cri::ContainerMetadata {
                name: app.name.clone(),
                attempt: app.attempt,
            }),
            image: Some(cri::ImageSpec {
                image: IMAGE.into(),
                ..Default::default()
            }),
            command: app.command.clone(),
            labels: HashMap::from([
                ("io.kubernetes.pod.name".to_string(), pod.name.clone()),
                (
                    "io.kubernetes.pod.namespace".to_string(),
                    pod.namespace.clone(),
                ),
                ("io.kubernetes.pod.uid".to_string(), pod.uid.clone()),
                ("io.kubernetes.container.name".to_string(), app.name.clone()),
            ]),
            annotations,
            log_path: format!("{}/{}.log", app.name, app.attempt),
            linux: Some(cri::LinuxContainerConfig {
                resources: Some(cri::LinuxContainerResources {
                    memory_limit_in_bytes: app
                        .memory_limit_bytes
                        .and_then(|m| i64::try_from(m).ok())
                        .unwrap_or(0),
                    memory_swap_limit_in_bytes: app
                        .memory_limit_bytes
                        .and_then(|m| i64::try_from(m).ok())
                        .unwrap_or(0),
                    cpu_shares: 2,
                    ..Default::default()
                }),
                // As the kubelet: without pid=CONTAINER the app joins the sandbox's pid
                // namespace and busybox `sleep` as pause never reaps exec'd zombies.
                security_context: Some(cri::LinuxContainerSecurityContext {
                    namespace_options: Some(cri::NamespaceOption {
                        network: network as i32,
                        pid: cri::NamespaceMode::Container as i32,
                        ipc: cri::NamespaceMode::Pod as i32,
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
            }),
            ..Default::default()
        };
        let mut c = self.client.clone();
        let id = c
            .create_container(cri::CreateContainerRequest {
                pod_sandbox_id: sandbox.to_string(),
                config: Some(config),
                sandbox_config: Some(sandbox_config),
            })
            .await
            .context("CreateContainer")?
            .into_inner()
            .container_id;
        c.start_container(cri::StartContainerRequest {
            container_id: id.clone(),
        })
        .await
        .context("StartContainer")?;
        Ok(id)
    }

    async fn stop_app(&self, id: &str, grace: Duration) -> anyhow::Result<()> {
        self.client
            .clone()
            .stop_container(cri::StopContainerRequest {
                container_id: id.to_string(),
                timeout: i64::try_from(grace.as_secs()).unwrap_or(0),
            })
            .await
            .context("StopContainer")?;
        Ok(())
    }

    async fn remove_app(&self, id: &str) -> anyhow::Result<()> {
        self.client
            .clone()
            .remove_container(cri::RemoveContainerRequest {
                container_id: id.to_string(),
            })
            .await
            .context("RemoveContainer")?;
        Ok(())
    }

    async fn remove_pod(&self, sandbox: &str) -> anyhow::Result<()> {
        let mut c = self.client.clone();
        c.stop_pod_sandbox(cri::StopPodSandboxRequest {
            pod_sandbox_id: sandbox.to_string(),
        })
        .await
        .context("StopPodSandbox")?;
        c.remove_pod_sandbox(cri::RemovePodSandboxRequest {
            pod_sandbox_id: sandbox.to_string(),
        })
        .await
        .context("RemovePodSandbox")?;
        if let Ok(mut m) = self.configs.lock() {
            m.remove(sandbox);
        }
        Ok(())
    }
}
