//! The kubelet's sysctl admission (`pkg/kubelet/sysctl`): a pod whose `securityContext.sysctls`
//! name a sysctl outside the safe set and outside `--allowed-unsafe-sysctls` is rejected with
//! reason `SysctlForbidden`. We run the same check on the spec to predict the rejection.
//!
//! Kernel-version gating of the safe set is treated as satisfied: every gated sysctl is
//! namespaced since Linux 4.15, far below any kernel a current kubelet supports.

use crate::pods::types::PodSpec;

/// `safe_sysctls.go`, all kernel gates assumed met.
pub const SAFE_SYSCTLS: &[&str] = &[
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
    "net.ipv4.tcp_rmem",
    "net.ipv4.tcp_wmem",
];

/// The kernel namespace a sysctl lives in (`namespace.go`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Namespace {
    Ipc,
    Net,
}

impl Namespace {
    fn as_str(self) -> &'static str {
        match self {
            Namespace::Ipc => "ipc",
            Namespace::Net => "net",
        }
    }
}

/// `NamespacedBy`: `None` when the sysctl is not known to be namespaced.
pub fn namespaced_by(name: &str) -> Option<Namespace> {
    if name == "kernel.sem" {
        return Some(Namespace::Ipc);
    }
    for (prefix, ns) in [
        ("kernel.shm", Namespace::Ipc),
        ("kernel.msg", Namespace::Ipc),
        ("fs.mqueue.", Namespace::Ipc),
        ("net.", Namespace::Net),
    ] {
        if name.starts_with(prefix) {
            return Some(ns);
        }
    }
    None
}

/// `convertSysctlVariableToDotsSeparator`: `net/ipv4/conf/eth0.100/rp_filter` is the slash form
/// of `net.ipv4.conf.eth0/100.rp_filter`.
pub fn to_dots(name: &str) -> String {
    match name.find(['.', '/']) {
        Some(i) if name.as_bytes()[i] == b'/' => name
            .chars()
            .map(|c| match c {
                '.' => '/',
                '/' => '.',
                c => c,
            })
            .collect(),
        _ => name.to_string(),
    }
}

/// Why the kubelet would reject the pod.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forbidden {
    /// The sysctl as written in the spec.
    pub name: String,
    /// The kubelet's own wording, e.g. `"kernel.msgmax" not allowlisted`.
    pub detail: String,
}

impl Forbidden {
    /// The pod status message the kubelet writes when it rejects the pod.
    pub fn pod_message(&self) -> String {
        format!("Pod was rejected: forbidden sysctl: {}", self.detail)
    }
}

/// Checks `--allowed-unsafe-sysctls` entries the way the kubelet does at start-up
/// (`NewAllowlist`): each must be known to be namespaced.
pub fn validate_allowed_unsafe(patterns: &[String]) -> Result<(), String> {
    for p in patterns {
        let s = to_dots(p);
        let base = s.strip_suffix('*').unwrap_or(&s);
        if base.is_empty() || namespaced_by(base).is_none() {
            return Err(format!("the sysctl {p:?} is not known to be namespaced"));
        }
    }
    Ok(())
}

/// The kubelet's admission check on one pod spec: the first forbidden sysctl, if any.
/// Entries of `allowed_unsafe` that the kubelet would refuse at start-up are ignored.
pub fn check(spec: &PodSpec, allowed_unsafe: &[String]) -> Option<Forbidden> {
    let sysctls = &spec.security_context.as_ref()?.sysctls;
    if sysctls.is_empty() {
        return None;
    }
    let host_net = spec.host_network.unwrap_or(false);
    let host_ipc = spec.host_ipc.unwrap_or(false);
    let ns_error = |s: &str, ns: Namespace| -> Option<String> {
        match ns {
            Namespace::Ipc if host_ipc => Some(format!(
                "{s:?} not allowed with host {} enabled",
                ns.as_str()
            )),
            Namespace::Net if host_net => Some(format!(
                "{s:?} not allowed with host {} enabled",
                ns.as_str()
            )),
            _ => None,
        }
    };
    for sc in sysctls {
        let s = to_dots(&sc.name);
        let exact = SAFE_SYSCTLS.iter().any(|x| *x == s)
            || allowed_unsafe
                .iter()
                .any(|p| !p.ends_with('*') && to_dots(p) == s);
        let verdict = if exact {
            namespaced_by(&s).and_then(|ns| ns_error(&s, ns))
        } else if let Some(prefix) = allowed_unsafe.iter().find_map(|p| {
            let d = to_dots(p);
            let prefix = d.strip_suffix('*')?.to_string();
            (!prefix.is_empty() && namespaced_by(&prefix).is_some() && s.starts_with(&prefix))
                .then_some(prefix)
        }) {
            namespaced_by(&prefix).and_then(|ns| ns_error(&s, ns))
        } else {
            Some(format!("{s:?} not allowlisted"))
        };
        if let Some(detail) = verdict {
            return Some(Forbidden {
                name: sc.name.clone(),
                detail,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pods::types::{PodSecurityContext, Sysctl};

    fn spec(names: &[&str], host_net: bool) -> PodSpec {
        PodSpec {
            host_network: Some(host_net),
            security_context: Some(PodSecurityContext {
                sysctls: names
                    .iter()
                    .map(|n| Sysctl {
                        name: n.to_string(),
                        value: "1".into(),
                    })
                    .collect(),
            }),
            ..Default::default()
        }
    }

    #[test]
    fn admission_table() {
        let allowed = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        type Case<'a> = (&'a [&'a str], bool, &'a [&'a str], Option<&'a str>);
        let cases: &[Case] = &[
            (&[], false, &[], None),
            (&["net.ipv4.ip_local_port_range"], false, &[], None),
            (&["net/ipv4/tcp_syncookies"], false, &[], None),
            (&["kernel.shm_rmid_forced"], false, &[], None),
            (
                &["kernel.msgmax"],
                false,
                &[],
                Some("\"kernel.msgmax\" not allowlisted"),
            ),
            (&["kernel.msgmax"], false, &["kernel.msg*"], None),
            (&["net.core.somaxconn"], false, &["net.core.*"], None),
            (
                &["net.core.somaxconn"],
                false,
                &["net.core.somaxconn"],
                None,
            ),
            (
                &["net.core.somaxconn"],
                false,
                &["net.ipv4.*"],
                Some("\"net.core.somaxconn\" not allowlisted"),
            ),
            (
                &["net.ipv4.ip_local_port_range"],
                true,
                &[],
                Some("\"net.ipv4.ip_local_port_range\" not allowed with host net enabled"),
            ),
            (
                &["net.core.somaxconn"],
                true,
                &["net.*"],
                Some("\"net.core.somaxconn\" not allowed with host net enabled"),
            ),
            // `vm.*` is not namespaced: the kubelet would refuse that flag, so it grants nothing.
            (
                &["vm.max_map_count"],
                false,
                &["vm.*"],
                Some("\"vm.max_map_count\" not allowlisted"),
            ),
            (
                &["net.ipv4.tcp_syncookies", "kernel.sem"],
                false,
                &[],
                Some("\"kernel.sem\" not allowlisted"),
            ),
        ];
        for (names, host_net, unsafe_, want) in cases {
            let got = check(&spec(names, *host_net), &allowed(unsafe_));
            assert_eq!(
                got.map(|f| f.detail).as_deref(),
                *want,
                "{names:?} {unsafe_:?}"
            );
        }
    }

    #[test]
    fn dots_and_validation() {
        assert_eq!(
            to_dots("net/ipv4/conf/eno2.100/rp_filter"),
            "net.ipv4.conf.eno2/100.rp_filter"
        );
        assert_eq!(
            to_dots("net.ipv4.tcp_syncookies"),
            "net.ipv4.tcp_syncookies"
        );
        assert!(validate_allowed_unsafe(&["net.core.*".into(), "kernel.sem".into()]).is_ok());
        assert!(validate_allowed_unsafe(&["vm.swappiness".into()]).is_err());
    }
}
