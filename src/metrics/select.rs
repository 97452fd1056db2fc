//! Which series a scrape carries: the profile, the family allow/deny list, the namespace globs
//! and the pod-label allowlist, validated once when the config is built.
//!
//! Everything here is decided before the agent starts, so a scrape only asks cheap questions
//! (a family's flag, one regex match per family, a glob per pod). Nothing here looks at pods'
//! contents beyond their namespace and the allowlisted label keys.

use regex::Regex;
use serde::Deserialize;

use super::families::{Family, Scope};

/// How many series per pod the operator pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// Every family.
    #[default]
    Full,
    /// Only what the shipped alerts and the dashboard's current-state panels read: no
    /// histograms, no per-outcome probe counters, no info series that repeat the state.
    Lean,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Full => "full",
            Profile::Lean => "lean",
        }
    }
}

/// The `metrics:` section as written, before validation.
#[derive(Debug, Clone, Default)]
pub struct SelectionSpec {
    pub profile: Profile,
    pub allowlist: Vec<String>,
    pub denylist: Vec<String>,
    pub namespaces_include: Vec<String>,
    pub namespaces_exclude: Vec<String>,
    pub pod_labels: Vec<String>,
}

/// Why a `metrics:` setting was refused; [`SelectionError::key`] names the config key.
#[derive(Debug, thiserror::Error)]
pub enum SelectionError {
    #[error("allowlist and denylist are mutually exclusive (set one of them)")]
    BothLists,
    #[error("{pattern:?} is not a regular expression: {source}")]
    Regex {
        key: &'static str,
        pattern: String,
        #[source]
        source: Box<regex::Error>,
    },
    #[error("{pattern:?} is not a namespace glob (lowercase letters, digits, '-', '*', '?'; at most 63 characters)")]
    Glob { key: &'static str, pattern: String },
    #[error("{label:?} is not a Kubernetes label key ([prefix/]name, name of at most 63 characters of [A-Za-z0-9-_.] starting and ending alphanumeric)")]
    LabelKey { label: String },
    #[error("{first:?} and {second:?} would both be exported as {name}")]
    LabelCollision {
        first: String,
        second: String,
        name: String,
    },
    #[error("at most {MAX_POD_LABELS} pod label keys may be exported, {0} were listed")]
    TooManyLabels(usize),
}

impl SelectionError {
    /// The config key the error is about (also the key `check-config` names).
    pub fn key(&self) -> &'static str {
        match self {
            SelectionError::BothLists => "metrics.allowlist",
            SelectionError::Regex { key, .. } | SelectionError::Glob { key, .. } => key,
            SelectionError::LabelKey { .. }
            | SelectionError::LabelCollision { .. }
            | SelectionError::TooManyLabels(_) => "metrics.pod_labels",
        }
    }
}

/// Each exported pod label adds one label (not one series) per pod; the bound keeps a typo'd
/// or generated list from turning every series line into kilobytes.
pub const MAX_POD_LABELS: usize = 32;

/// Label values are tenant-controlled (runtime labels of plain containers are not even validated
/// by an API server): exported values are cut to the Kubernetes label-value limit.
pub const MAX_LABEL_VALUE: usize = 63;

#[derive(Debug, Clone)]
enum FamilyFilter {
    All,
    Allow(Regex),
    Deny(Regex),
}

/// A validated selection; `Selection::default()` is the full profile with no filters.
#[derive(Debug, Clone)]
pub struct Selection {
    pub profile: Profile,
    families: FamilyFilter,
    ns_include: Vec<String>,
    ns_exclude: Vec<String>,
    /// (label key, exported label name `label_<sanitized>`), sorted by exported name.
    pod_labels: Vec<(String, String)>,
}

impl Default for Selection {
    fn default() -> Self {
        Selection {
            profile: Profile::Full,
            families: FamilyFilter::All,
            ns_include: Vec::new(),
            ns_exclude: Vec::new(),
            pod_labels: Vec::new(),
        }
    }
}

impl Selection {
    pub fn new(spec: SelectionSpec) -> Result<Self, SelectionError> {
        let families = match (spec.allowlist.is_empty(), spec.denylist.is_empty()) {
            (true, true) => FamilyFilter::All,
            (false, false) => return Err(SelectionError::BothLists),
            (false, true) => FamilyFilter::Allow(compile("metrics.allowlist", &spec.allowlist)?),
            (true, false) => FamilyFilter::Deny(compile("metrics.denylist", &spec.denylist)?),
        };
        for (key, globs) in [
            ("metrics.namespaces.include", &spec.namespaces_include),
            ("metrics.namespaces.exclude", &spec.namespaces_exclude),
        ] {
            if let Some(bad) = globs.iter().find(|g| !valid_namespace_glob(g)) {
                return Err(SelectionError::Glob {
                    key,
                    pattern: bad.clone(),
                });
            }
        }
        if spec.pod_labels.len() > MAX_POD_LABELS {
            return Err(SelectionError::TooManyLabels(spec.pod_labels.len()));
        }
        let mut pod_labels: Vec<(String, String)> = Vec::with_capacity(spec.pod_labels.len());
        for key in &spec.pod_labels {
            if !valid_label_key(key) {
                return Err(SelectionError::LabelKey { label: key.clone() });
            }
            let name = format!("label_{}", sanitize_label_name(key));
            if let Some((first, _)) = pod_labels.iter().find(|(k, n)| *n == name && k != key) {
                return Err(SelectionError::LabelCollision {
                    first: first.clone(),
                    second: key.clone(),
                    name,
                });
            }
            if !pod_labels.iter().any(|(k, _)| k == key) {
                pod_labels.push((key.clone(), name));
            }
        }
        pod_labels.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(Selection {
            profile: spec.profile,
            families,
            ns_include: spec.namespaces_include,
            ns_exclude: spec.namespaces_exclude,
            pod_labels,
        })
    }

    /// Whether a family is rendered: in the profile, through the allow/deny list, and for
    /// `podpulse_pod_labels` only when some label is allowlisted.
    pub fn family_enabled(&self, f: &Family) -> bool {
        if self.profile == Profile::Lean && !f.lean {
            return false;
        }
        if f.scope == Scope::PodLabels && self.pod_labels.is_empty() {
            return false;
        }
        match &self.families {
            FamilyFilter::All => true,
            FamilyFilter::Allow(re) => re.is_match(&f.exposed_name()),
            FamilyFilter::Deny(re) => !re.is_match(&f.exposed_name()),
        }
    }

    /// Whether a pod's series are exported: included (or no include list) and not excluded.
    pub fn namespace_selected(&self, namespace: &str) -> bool {
        (self.ns_include.is_empty() || self.ns_include.iter().any(|g| glob(g, namespace)))
            && !self.ns_exclude.iter().any(|g| glob(g, namespace))
    }

    /// The allowlisted pod label keys with their exported label names.
    pub fn pod_labels(&self) -> &[(String, String)] {
        &self.pod_labels
    }
}

/// The patterns as one anchored alternation: a pattern names whole families, as
/// kube-state-metrics' `--metric-allowlist` does (`podpulse_probe_.*`).
fn compile(key: &'static str, patterns: &[String]) -> Result<Regex, SelectionError> {
    for p in patterns {
        Regex::new(&format!("^(?:{p})$")).map_err(|source| SelectionError::Regex {
            key,
            pattern: p.clone(),
            source: Box::new(source),
        })?;
    }
    let joined = patterns
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!("^(?:{joined})$")).map_err(|source| SelectionError::Regex {
        key,
        pattern: patterns.join("|"),
        source: Box::new(source),
    })
}

fn valid_namespace_glob(g: &str) -> bool {
    !g.is_empty()
        && g.len() <= 63
        && g.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'*' | b'?')
        })
}

/// `*` matches any run (also empty), `?` one character; nothing else is special. Namespace
/// names are ASCII, so bytes are characters here.
pub fn glob(pattern: &str, s: &str) -> bool {
    let (p, s) = (pattern.as_bytes(), s.as_bytes());
    let (mut pi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi] == s[si]) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, si));
            pi += 1;
        } else if let Some((sp, ss)) = star {
            pi = sp + 1;
            si = ss + 1;
            star = Some((sp, ss + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&b| b == b'*')
}

/// A label key as the API server validates it: an optional DNS-subdomain prefix and `/`, then
/// a name of 1–63 characters of `[A-Za-z0-9-_.]`, alphanumeric at both ends.
fn valid_label_key(key: &str) -> bool {
    let (prefix, name) = match key.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    let name_ok = !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && name.as_bytes()[0].is_ascii_alphanumeric()
        && name.as_bytes()[name.len() - 1].is_ascii_alphanumeric();
    let prefix_ok = prefix.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 253
            && p.split('.').all(|part| {
                !part.is_empty()
                    && part.len() <= 63
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    && !part.starts_with('-')
                    && !part.ends_with('-')
            })
    });
    name_ok && prefix_ok
}

/// Prometheus label names are `[a-zA-Z_][a-zA-Z0-9_]*`: every other character becomes `_`, as
/// kube-state-metrics sanitizes `--metric-labels-allowlist` keys.
pub fn sanitize_label_name(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A tenant-controlled value made safe for a label: control characters dropped, cut at `max`
/// bytes on a character boundary.
pub fn bounded_value(v: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if v.len() <= max && !v.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(v);
    }
    let mut out = String::with_capacity(v.len().min(max));
    for c in v.chars().filter(|c| !c.is_control()) {
        if out.len() + c.len_utf8() > max {
            break;
        }
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        for (p, s, want) in [
            ("kube-*", "kube-system", true),
            ("kube-*", "kube", false),
            ("*", "", true),
            ("team-?", "team-a", true),
            ("team-?", "team-ab", false),
            ("*-prod", "shop-prod", true),
            ("a*b*c", "axxbyyc", true),
            ("a*b*c", "axxbyy", false),
            ("default", "default", true),
        ] {
            assert_eq!(glob(p, s), want, "{p} ~ {s}");
        }
    }

    #[test]
    fn label_keys_and_names() {
        for k in ["app", "app.kubernetes.io/name", "team_x", "a.b-c"] {
            assert!(valid_label_key(k), "{k}");
        }
        for k in ["", "-app", "app-", "Bad/x", "x/", "a b", &"n".repeat(64)] {
            assert!(!valid_label_key(k), "{k}");
        }
        assert_eq!(
            sanitize_label_name("app.kubernetes.io/name"),
            "app_kubernetes_io_name"
        );
    }

    #[test]
    fn values_are_bounded() {
        assert_eq!(bounded_value("web", 63), "web");
        assert_eq!(bounded_value("a\nb\u{7}c", 63), "abc");
        assert_eq!(bounded_value(&"é".repeat(40), 63).len(), 62);
    }

    #[test]
    fn invalid_settings_name_their_key() {
        let cases: Vec<(SelectionSpec, &str)> = vec![
            (
                SelectionSpec {
                    allowlist: vec!["a".into()],
                    denylist: vec!["b".into()],
                    ..Default::default()
                },
                "metrics.allowlist",
            ),
            (
                SelectionSpec {
                    denylist: vec!["podpulse_(".into()],
                    ..Default::default()
                },
                "metrics.denylist",
            ),
            (
                SelectionSpec {
                    namespaces_exclude: vec!["Kube-*".into()],
                    ..Default::default()
                },
                "metrics.namespaces.exclude",
            ),
            (
                SelectionSpec {
                    pod_labels: vec![
                        "app.kubernetes.io/name".into(),
                        "app-kubernetes-io/name".into(),
                    ],
                    ..Default::default()
                },
                "metrics.pod_labels",
            ),
        ];
        for (spec, key) in cases {
            let err = Selection::new(spec).expect_err(key);
            assert_eq!(err.key(), key, "{err}");
        }
    }
}
