//! podpulse: a node-side Kubernetes pod health agent.
//!
//! The library holds every part of the agent so that integration tests and benchmarks drive the
//! same code the binary runs; `main.rs` only parses the command line and calls in here.

pub mod app;
pub mod cli;
pub mod client;
pub mod config;
pub mod explain;
pub mod health;
pub mod journal;
pub mod metrics;
pub mod model;
pub mod notify;
pub mod pods;
pub mod probe;
pub mod runtime;
pub mod server;
pub mod state;
pub mod telemetry;
pub mod time;
pub mod tls;
