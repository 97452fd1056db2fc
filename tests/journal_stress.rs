//! A stable-toolchain stand-in for the cargo-fuzz target (`fuzz/fuzz_targets/klog.rs`): feeds
//! random bytes, mutated corpus lines and megabyte adversarial lines through the parser,
//! attribution and rules, checking the same invariants and that nothing is super-linear.

use std::time::{Duration, Instant};

use podpulse::journal::attribution::is_uid;
use podpulse::journal::{analyze, LineSource, Rules, MAX_MESSAGE_BYTES};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn check(rules: &Rules, data: &[u8]) {
    let a = analyze(rules, data, true);
    for kv in a.line.pairs() {
        let _ = kv.value();
    }
    let ev = a.to_event(0.0, None, LineSource::Kubelet);
    assert!(ev.message.len() <= MAX_MESSAGE_BYTES);
    if let Some(uid) = &ev.pod_uid {
        assert!(
            is_uid(uid.as_bytes()),
            "uid {uid:?} from {:?}",
            String::from_utf8_lossy(data)
        );
    }
    if ev.node_problem.is_some() {
        assert!(ev.pod.is_none() && ev.namespace.is_none() && ev.pod_uid.is_none());
    }
    for s in [&ev.namespace, &ev.pod, &ev.container]
        .into_iter()
        .flatten()
    {
        assert!(
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
            "{s:?} from {:?}",
            String::from_utf8_lossy(data)
        );
    }
}

fn corpus() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus/klog");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| std::fs::read(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    assert!(out.len() > 50, "the fuzz corpus is committed");
    out.sort();
    out
}

const TOKENS: &[&[u8]] = &[
    b"\"",
    b"\\",
    b"\\\"",
    b"=",
    b" ",
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"<\n",
    b"\n >",
    b"pod=",
    b"podUID=",
    b"podID=",
    b"pods=[",
    b"containerName=",
    b" container=",
    b"(UID: ",
    b"pod \"",
    b"for \"",
    b"_",
    b"/",
    b":",
    b"&PodSandboxMetadata{Name:",
    b",Uid:",
    b",Namespace:",
    b"ContainerMetadata{Name:",
    b"0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f",
    b"58559ae51deca84cd181529bc44866d9",
    b"E0101 00:00:00.000000 1 a.go:1] ",
    b"Apr 13 10:53:52 h kubelet[1]: ",
    b"time=\"",
    b"level=error ",
    b"msg=\"",
    b"PLEG is not healthy",
    b"Back-off pulling image",
    b"\xff",
    b"\x00",
    b"\xe2\x82",
];

#[test]
fn random_and_mutated_inputs_never_panic() {
    let rules = Rules::shipped();
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let corpus = corpus();
    let start = Instant::now();
    for i in 0..60_000 {
        let mut data: Vec<u8> = match i % 3 {
            // Raw random bytes.
            0 => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
            // A token soup.
            1 => (0..rng.below(40))
                .flat_map(|_| TOKENS[rng.below(TOKENS.len())].to_vec())
                .collect(),
            // A corpus line, mutated.
            _ => corpus[rng.below(corpus.len())].clone(),
        };
        for _ in 0..rng.below(6) {
            if data.is_empty() {
                break;
            }
            let at = rng.below(data.len());
            match rng.below(4) {
                0 => data[at] = rng.next() as u8,
                1 => data.truncate(at),
                2 => {
                    let t = TOKENS[rng.below(TOKENS.len())];
                    data.splice(at..at, t.iter().copied());
                }
                _ => {
                    data.remove(at);
                }
            }
        }
        check(&rules, &data);
    }
    eprintln!("60k inputs in {:?}", start.elapsed());
}

fn time_line(rules: &Rules, p: &[u8], size: usize) -> Duration {
    let mut line = b"E0101 00:00:00.000000 1 a.go:1] \"m\" k=".to_vec();
    while line.len() < size {
        line.extend_from_slice(p);
    }
    let t = Instant::now();
    check(rules, &line);
    t.elapsed()
}

/// 1 MiB lines built to hit each scanner's worst case: the time must grow linearly with the
/// size (a quadratic scan would take 16x for 4x the input; allow 10x for noise on a busy box).
#[test]
fn megabyte_adversarial_lines_are_linear() {
    let rules = Rules::shipped();
    let patterns: &[&[u8]] = &[
        b"(",
        b"\"",
        b"\\",
        b"a_b(",
        b"pod \"x\" (UID: ",
        b"k=\"v\" ",
        b"pod=",
        b" for \"",
        b"{[(",
        b"a_b(0c5e6d8b-4b3c-4a8e-9b1e-2f0d3c4b5a6f):",
        b"E0101 00:00:00.000000 1 a.go:1] \"",
    ];
    for p in patterns {
        let quarter = time_line(&rules, p, 1 << 18);
        let full = time_line(&rules, p, 1 << 20);
        eprintln!(
            "{:?}: 256KiB {quarter:?}, 1MiB {full:?}",
            String::from_utf8_lossy(p)
        );
        assert!(
            full < quarter * 10 + Duration::from_millis(100),
            "pattern {:?}: 256KiB {quarter:?} but 1MiB {full:?}",
            String::from_utf8_lossy(p)
        );
    }
}
