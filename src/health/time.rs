//! Time helpers for the classifier: RFC 3339 parsing of Kubernetes timestamps into Unix seconds,
//! and kubectl's human-readable durations (`duration.HumanDuration`, used for AGE and for the
//! `3 (5m ago)` RESTARTS cell).
//!
//! Hand-written (no chrono) because the formats are tiny and fixed. Pure: the clock is always an
//! argument, never read here.

/// Parses an RFC 3339 timestamp (`2024-05-01T10:11:12Z`, `...12.123456Z`, `...12+02:00`) into
/// seconds since the Unix epoch. Returns `None` for anything malformed rather than guessing.
pub fn parse_rfc3339(s: &str) -> Option<f64> {
    let b = s.trim().as_bytes();
    if b.len() < 20 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let mut v: i64 = 0;
        for &c in b.get(r)? {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + i64::from(c - b'0');
        }
        Some(v)
    };
    let year = num(0..4)?;
    let month = num(5..7)?;
    let day = num(8..10)?;
    let hour = num(11..13)?;
    let min = num(14..16)?;
    let sec = num(17..19)?;
    if b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || min > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    let mut frac = 0.0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        let mut scale = 0.1;
        while i < b.len() && b[i].is_ascii_digit() {
            frac += f64::from(b[i] - b'0') * scale;
            scale /= 10.0;
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    let offset = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        c @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let oh = num(i + 1..i + 3)?;
            let om = num(i + 4..i + 6)?;
            let o = oh * 3600 + om * 60;
            if *c == b'+' {
                o
            } else {
                -o
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3600 + min * 60 + sec - offset;
    Some(secs as f64 + frac)
}

/// Formats Unix seconds as RFC 3339 UTC with whole seconds (`2024-05-01T10:11:12Z`), the form
/// the API server writes.
pub fn format_rfc3339(t: f64) -> String {
    let secs = t.floor() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

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
