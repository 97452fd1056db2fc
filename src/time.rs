//! Wall-clock helpers: the current time as Unix seconds and an RFC 3339 parser for the
//! timestamps runtimes and the API server send. Hand-written to avoid a date crate for two
//! functions; accepts what Docker, containerd and the API server emit (`Z` or `±hh:mm`, 0–9
//! fraction digits) and nothing looser.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch, now.
pub fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Parses `2024-03-01T10:11:12.123456789Z` (or with an offset) to Unix seconds. Docker's "zero"
/// time `0001-01-01T00:00:00Z` and anything else before the epoch give `None`: it means "never".
pub fn parse_rfc3339(s: &str) -> Option<f64> {
    let b = s.trim().as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b'T' || b[10] == b't' || b[10] == b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let mut v = 0i64;
        for &c in b.get(r)? {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + i64::from(c - b'0');
        }
        Some(v)
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, min, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
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
            let o = num(i + 1..i + 3)? * 3600 + num(i + 4..i + 6)? * 60;
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
    if secs < 0 {
        return None;
    }
    Some(secs as f64 + frac)
}

/// Formats Unix seconds as RFC 3339 UTC: whole seconds as the API server writes them, with a
/// trimmed fraction (Go's RFC3339Nano) when there is one — two container exits in the same
/// second must stay two different times.
pub fn format_rfc3339(t: f64) -> String {
    let secs = t.floor() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let mut out = format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    );
    let micros = ((t - t.floor()) * 1e6).round() as u32;
    if micros > 0 && micros < 1_000_000 {
        let frac = format!("{micros:06}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    out.push('Z');
    out
}

// Howard Hinnant's algorithms: exact for the proleptic Gregorian calendar.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_runtime_timestamps() {
        let cases: &[(&str, Option<f64>)] = &[
            ("1970-01-01T00:00:01Z", Some(1.0)),
            ("2024-03-01T10:11:12Z", Some(1_709_287_872.0)),
            ("2024-03-01T10:11:12.5Z", Some(1_709_287_872.5)),
            ("2024-03-01T12:11:12+02:00", Some(1_709_287_872.0)),
            (
                "2024-03-01T10:11:12.123456789Z",
                Some(1_709_287_872.123_456_8),
            ),
            ("0001-01-01T00:00:00Z", None),
            ("2024-13-01T10:11:12Z", None),
            ("garbage", None),
            ("2024-03-01T10:11:12", None),
            ("2024-03-01T10:11:12.Z", None),
            ("", None),
        ];
        for (s, want) in cases {
            let got = parse_rfc3339(s);
            match (got, want) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 1e-6, "{s}: {g} != {w}"),
                (g, w) => assert_eq!(g, *w, "{s}"),
            }
        }
    }

    #[test]
    fn formats_round_trip() {
        for t in [1.0, 1_709_287_872.0, 4_102_444_800.0] {
            assert_eq!(parse_rfc3339(&format_rfc3339(t)), Some(t));
        }
        assert_eq!(format_rfc3339(1_709_287_872.0), "2024-03-01T10:11:12Z");
        assert_eq!(format_rfc3339(1_709_287_872.25), "2024-03-01T10:11:12.25Z");
        let t = 1_795_839_509.768_546;
        let back = parse_rfc3339(&format_rfc3339(t)).expect("parses");
        assert!((back - t).abs() < 1e-5, "{back} vs {t}");
    }
}
