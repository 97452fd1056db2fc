//! Probes run by the agent itself with the kubelet's semantics: scheduler and the exec, TCP,
//! HTTP and gRPC runners. The agent only observes: a failing probe never kills anything.
