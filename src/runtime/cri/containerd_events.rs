//! containerd's own event service (`containerd.services.events.v1.Events/Subscribe`), reached on
//! the same socket as its CRI plugin, for what the CRI does not say: every kernel OOM kill
//! (`/tasks/oom`) and the instant a task exits (`/tasks/exit`), so the poller can look at once.
//!
//! The few messages needed are written by hand (prost derive) and called through
//! `tonic::client::Grpc` — no proto build. This module only decodes; it never calls the CRI.

use tonic::codegen::http::uri::PathAndQuery;
use tonic::transport::Channel;

/// containerd's namespace for CRI-managed containers.
pub const CRI_NAMESPACE: &str = "k8s.io";
pub const TOPIC_OOM: &str = "/tasks/oom";
pub const TOPIC_EXIT: &str = "/tasks/exit";
pub const TOPIC_START: &str = "/tasks/start";
pub const TOPIC_CONTAINER_CREATE: &str = "/containers/create";
pub const TOPIC_CONTAINER_DELETE: &str = "/containers/delete";

const SUBSCRIBE_PATH: &str = "/containerd.services.events.v1.Events/Subscribe";

#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SubscribeRequest {
    /// containerd filter syntax; filters are ORed, `,` inside one filter ANDs.
    #[prost(string, repeated, tag = "1")]
    pub filters: Vec<String>,
}

#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Timestamp {
    #[prost(int64, tag = "1")]
    pub seconds: i64,
    #[prost(int32, tag = "2")]
    pub nanos: i32,
}

/// `google.protobuf.Any`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Any {
    #[prost(string, tag = "1")]
    pub type_url: String,
    #[prost(bytes = "vec", tag = "2")]
    pub value: Vec<u8>,
}

/// `containerd.services.events.v1.Envelope` (1.6; `containerd.types.Envelope` later, same tags).
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Envelope {
    #[prost(message, optional, tag = "1")]
    pub timestamp: Option<Timestamp>,
    #[prost(string, tag = "2")]
    pub namespace: String,
    #[prost(string, tag = "3")]
    pub topic: String,
    #[prost(message, optional, tag = "4")]
    pub event: Option<Any>,
}

/// `containerd.events.TaskOOM`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TaskOom {
    #[prost(string, tag = "1")]
    pub container_id: String,
}

/// `containerd.events.TaskExit` (the fields we read).
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TaskExit {
    #[prost(string, tag = "1")]
    pub container_id: String,
    /// The process id: equal to `container_id` for the container's init process, an exec id
    /// for an exec (a probe) — those are not container exits.
    #[prost(string, tag = "2")]
    pub id: String,
    #[prost(uint32, tag = "3")]
    pub pid: u32,
    #[prost(uint32, tag = "4")]
    pub exit_status: u32,
}

/// `containerd.events.TaskStart`, `ContainerCreate` and `ContainerDelete` share field 1 as the id.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct IdOnly {
    #[prost(string, tag = "1")]
    pub id: String,
}

/// What an envelope means to the CRI back-end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NativeEvent {
    /// The kernel OOM-killed a process of this container.
    Oom(String),
    /// Something changed for this container or sandbox: look at it now, and until the CRI shows
    /// at least what the event says.
    Changed(String, Expect),
    /// Not ours (other namespace, exec exit, unknown topic, undecodable).
    Ignore,
}

/// What a native event says the CRI will show once it has caught up, in the order a container
/// goes through them (a later one implies the earlier ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Expect {
    /// `/containers/create`: the object exists.
    Known,
    /// `/tasks/start`: running (a sandbox: ready).
    Started,
    /// `/tasks/exit` of the init process: exited (a sandbox: not ready).
    Exited,
    /// `/containers/delete`: gone.
    Gone,
}

/// Filters for our namespace and the topics we act on.
pub fn filters() -> Vec<String> {
    [
        TOPIC_OOM,
        TOPIC_EXIT,
        TOPIC_START,
        TOPIC_CONTAINER_CREATE,
        TOPIC_CONTAINER_DELETE,
    ]
    .iter()
    .map(|t| format!("namespace=={CRI_NAMESPACE},topic==\"{t}\""))
    .collect()
}

/// Decodes one envelope. Never fails: anything unexpected is `Ignore`.
pub fn classify(env: &Envelope) -> NativeEvent {
    use prost::Message;
    if env.namespace != CRI_NAMESPACE {
        return NativeEvent::Ignore;
    }
    let Some(any) = env.event.as_ref() else {
        return NativeEvent::Ignore;
    };
    match env.topic.as_str() {
        TOPIC_OOM => match TaskOom::decode(any.value.as_slice()) {
            Ok(ev) if !ev.container_id.is_empty() => NativeEvent::Oom(ev.container_id),
            _ => NativeEvent::Ignore,
        },
        TOPIC_EXIT => match TaskExit::decode(any.value.as_slice()) {
            // An exec's exit has `id` = the exec id: a probe finishing, not the container.
            Ok(ev)
                if !ev.container_id.is_empty()
                    && (ev.id.is_empty() || ev.id == ev.container_id) =>
            {
                NativeEvent::Changed(ev.container_id, Expect::Exited)
            }
            _ => NativeEvent::Ignore,
        },
        topic @ (TOPIC_START | TOPIC_CONTAINER_CREATE | TOPIC_CONTAINER_DELETE) => {
            let expect = match topic {
                TOPIC_START => Expect::Started,
                TOPIC_CONTAINER_CREATE => Expect::Known,
                _ => Expect::Gone,
            };
            match IdOnly::decode(any.value.as_slice()) {
                Ok(ev) if !ev.id.is_empty() => NativeEvent::Changed(ev.id, expect),
                _ => NativeEvent::Ignore,
            }
        }
        _ => NativeEvent::Ignore,
    }
}

/// Opens the subscription; the caller reads the stream with `.message().await`.
pub async fn subscribe(
    channel: Channel,
) -> Result<tonic::codec::Streaming<Envelope>, tonic::Status> {
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready()
        .await
        .map_err(|e| tonic::Status::unavailable(format!("containerd not ready: {e}")))?;
    let codec = tonic_prost::ProstCodec::<SubscribeRequest, Envelope>::default();
    let req = tonic::Request::new(SubscribeRequest { filters: filters() });
    let resp = grpc
        .server_streaming(req, PathAndQuery::from_static(SUBSCRIBE_PATH), codec)
        .await?;
    Ok(resp.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message;

    fn env(ns: &str, topic: &str, value: Vec<u8>) -> Envelope {
        Envelope {
            timestamp: None,
            namespace: ns.into(),
            topic: topic.into(),
            event: Some(Any {
                type_url: "containerd.events.X".into(),
                value,
            }),
        }
    }

    #[test]
    fn classifies_envelopes() {
        let oom = TaskOom {
            container_id: "c1".into(),
        }
        .encode_to_vec();
        let exit_init = TaskExit {
            container_id: "c1".into(),
            id: "c1".into(),
            pid: 10,
            exit_status: 137,
        }
        .encode_to_vec();
        let exit_exec = TaskExit {
            container_id: "c1".into(),
            id: "exec-9".into(),
            pid: 11,
            exit_status: 0,
        }
        .encode_to_vec();
        let cases = [
            (
                env("k8s.io", TOPIC_OOM, oom.clone()),
                NativeEvent::Oom("c1".into()),
            ),
            (env("moby", TOPIC_OOM, oom), NativeEvent::Ignore),
            (
                env("k8s.io", TOPIC_EXIT, exit_init),
                NativeEvent::Changed("c1".into(), Expect::Exited),
            ),
            (env("k8s.io", TOPIC_EXIT, exit_exec), NativeEvent::Ignore),
            (
                env(
                    "k8s.io",
                    TOPIC_START,
                    IdOnly { id: "c2".into() }.encode_to_vec(),
                ),
                NativeEvent::Changed("c2".into(), Expect::Started),
            ),
            (
                env("k8s.io", "/images/create", vec![1, 2]),
                NativeEvent::Ignore,
            ),
            (
                env("k8s.io", TOPIC_OOM, vec![0xff, 0xff, 0xff]),
                NativeEvent::Ignore,
            ),
        ];
        for (e, want) in cases {
            assert_eq!(classify(&e), want, "{}", e.topic);
        }
        let mut no_event = env("k8s.io", TOPIC_OOM, vec![]);
        no_event.event = None;
        assert_eq!(classify(&no_event), NativeEvent::Ignore);
    }

    #[test]
    fn filters_name_namespace_and_topic() {
        let f = filters();
        assert!(f.contains(&"namespace==k8s.io,topic==\"/tasks/oom\"".to_string()));
        assert_eq!(f.len(), 5);
    }
}
