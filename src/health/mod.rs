//! Node state (one owner task), the pure classifier from a pod's merged view to its health, and
//! the diagnosis.
