//! Pod spec sources (API server watch, kubelet `/pods`, static manifest directory) and the
//! Kubernetes pod types they yield. Sources only fetch and parse; joining specs to runtime
//! containers happens in `health::state`.

pub mod types;
