//! Docker Engine API back-end (bollard).
