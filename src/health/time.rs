//! Time helpers for the classifier: RFC 3339 parsing of Kubernetes timestamps into Unix seconds,
//! and kubectl's human-readable durations (`duration.HumanDuration`, used for AGE and for the
//! `3 (5m ago)` RESTARTS cell).
//!
//! Hand-written (no chrono) because the formats are tiny and fixed. Pure: the clock is always an
//! argument, never read here.

// One RFC 3339 implementation serves the whole agent (runtimes, API objects, tables).
pub use crate::time::{format_rfc3339, parse_rfc3339};

/// kubectl's `translateTimestampSince`: `<unknown>` without a timestamp, else
/// `HumanDuration(now - t)`.
pub fn translate_timestamp_since(t: Option<f64>, now: f64) -> String {
    match t {
        None => "<unknown>".to_string(),
        Some(t) => human_duration(now - t),
    }
}

/// A port of apimachinery's `duration.HumanDuration` (2–3 significant figures: `45s`, `5m30s`,
/// `100m`, `7h12m`, `2d3h`, `90d`, `3y20d`). `d` is in seconds; Go's integer truncation toward
/// zero is kept, including the 2-second tolerance for clocks slightly ahead.
pub fn human_duration(d: f64) -> String {
    // Go works on integer nanoseconds; truncating toward zero reproduces `int(d.Seconds())`.
    let seconds = d.trunc() as i64;
    if seconds < -1 {
        return "<invalid>".to_string();
    } else if seconds < 0 {
        return "0s".to_string();
    } else if seconds < 60 * 2 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    if minutes < 10 {
        let s = seconds % 60;
        if s == 0 {
            return format!("{minutes}m");
        }
        return format!("{minutes}m{s}s");
    } else if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = seconds / 3600;
    if hours < 8 {
        let m = minutes % 60;
        if m == 0 {
            return format!("{hours}h");
        }
        format!("{hours}h{m}m")
    } else if hours < 48 {
        format!("{hours}h")
    } else if hours < 24 * 8 {
        let h = hours % 24;
        if h == 0 {
            return format!("{}d", hours / 24);
        }
        format!("{}d{}h", hours / 24, h)
    } else if hours < 24 * 365 * 2 {
        format!("{}d", hours / 24)
    } else if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        if dy == 0 {
            return format!("{}y", hours / 24 / 365);
        }
        format!("{}y{}d", hours / 24 / 365, dy)
    } else {
        format!("{}y", hours / 24 / 365)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_table() {
        let cases: &[(&str, Option<f64>)] = &[
            ("1970-01-01T00:00:00Z", Some(0.0)),
            ("2024-02-29T12:00:00Z", Some(1_709_208_000.0)),
            ("2024-02-29T14:00:00+02:00", Some(1_709_208_000.0)),
            ("2024-02-29T11:00:00-01:00", Some(1_709_208_000.0)),
            ("2024-02-29T12:00:00.5Z", Some(1_709_208_000.5)),
            (
                "2024-02-29T12:00:00.123456789Z",
                Some(1_709_208_000.123_456_8),
            ),
            ("2024-13-01T00:00:00Z", None),
            ("2024-02-29", None),
            ("2024-02-29T12:00:00", None),
            ("2024-02-29T12:00:00.Z", None),
            ("garbage-garbage-garbage", None),
            ("", None),
        ];
        for (input, want) in cases {
            let got = parse_rfc3339(input);
            match (got, want) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 1e-6, "{input}: {g} != {w}"),
                (None, None) => {}
                _ => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn format_round_trips() {
        for t in [0.0, 1_709_208_000.0, 951_782_400.0, 4_102_444_800.0] {
            let s = format_rfc3339(t);
            assert_eq!(parse_rfc3339(&s), Some(t), "{s}");
        }
    }

    // The cases of apimachinery's TestHumanDuration and kubectl's TestTranslateTimestampSince.
    #[test]
    fn human_duration_table() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1s"),
            (70.0, "70s"),
            (190.0, "3m10s"),
            (70.0 * 60.0, "70m"),
            (47.0 * 3600.0, "47h"),
            (49.0 * 3600.0, "2d1h"),
            ((8.0 * 24.0 + 2.0) * 3600.0, "8d"),
            (367.0 * 24.0 * 3600.0, "367d"),
            ((365.0 * 2.0 + 1.0) * 24.0 * 3600.0, "2y1d"),
            ((365.0 * 8.0 + 10.0) * 24.0 * 3600.0, "8y"),
            // TestTranslateTimestampSince
            (-2.1, "<invalid>"),
            (-1.9, "0s"),
            (0.0, "0s"),
            (30.0, "30s"),
            (300.0, "5m"),
            (6000.0, "100m"),
            (2.0 * 86400.0, "2d"),
            (90.0 * 86400.0, "90d"),
            (10.0 * 365.0 * 86400.0, "10y"),
            (10.0, "10s"),
            (5.0 * 86400.0, "5d"),
            (20.0 * 86400.0, "20d"),
        ];
        for (d, want) in cases {
            assert_eq!(human_duration(*d), *want, "{d}");
        }
        assert_eq!(translate_timestamp_since(None, 5.0), "<unknown>");
    }
}
