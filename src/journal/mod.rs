//! The kubelet's journal: a reader thread with a cursor file, the klog parser, and the rule table
//! that turns a line into a pod and a reason.
