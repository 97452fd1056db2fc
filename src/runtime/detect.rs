//! Runtime selection (placeholder).
