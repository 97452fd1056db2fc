//! `explain` over a realistic 10,000-pod `kubectl get pods -o json` List: parse + classify
//! throughput and peak memory. Run: `cargo bench --bench explain` (release).

use std::fmt::Write as _;
use std::time::Instant;

use podpulse::explain::explain_bytes_on;
use podpulse::health::ClassifyConfig;

const PODS: usize = 10_000;

/// Counts heap allocations, the cost that dominates parsing (and the one figure here that the
/// machine's noise does not move).
struct Counting;

static ALLOCS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts.
#[allow(unsafe_code)]
unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // SAFETY: the caller's contract is the system allocator's.
        unsafe { std::alloc::System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: std::alloc::Layout) {
        // SAFETY: as above.
        unsafe { std::alloc::System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { std::alloc::System.realloc(p, l, n) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocs() -> u64 {
    ALLOCS.load(std::sync::atomic::Ordering::Relaxed)
}

fn ts(t: u64) -> String {
    podpulse::health::time::format_rfc3339(t as f64)
}

/// One pod shaped like the API server writes it: owner references, labels, annotations,
/// env, volume mounts, probes, resources, tolerations, volumes, conditions, container statuses.
fn pod(i: usize, now: u64) -> String {
    let created = now - 3600 - (i as u64 % 86400);
    let (state, last, ready, restarts, phase) = match i % 10 {
        0..=5 => (
            format!(r#"{{"running":{{"startedAt":"{}"}}}}"#, ts(created + 5)),
            "{}".to_string(),
            true,
            0,
            "Running",
        ),
        6 => (
            r#"{"waiting":{"reason":"CrashLoopBackOff","message":"back-off 5m0s restarting failed container=app pod=x"}}"#.to_string(),
            format!(r#"{{"terminated":{{"exitCode":1,"reason":"Error","startedAt":"{}","finishedAt":"{}","containerID":"containerd://abc"}}}}"#, ts(now - 70), ts(now - 60)),
            false,
            12,
            "Running",
        ),
        7 => (
            format!(r#"{{"terminated":{{"exitCode":0,"reason":"Completed","startedAt":"{}","finishedAt":"{}"}}}}"#, ts(created + 5), ts(created + 50)),
            "{}".to_string(),
            false,
            0,
            "Succeeded",
        ),
        8 => (
            r#"{"waiting":{"reason":"ImagePullBackOff","message":"Back-off pulling image \"registry.example.com/team/app:v2\""}}"#.to_string(),
            "{}".to_string(),
            false,
            0,
            "Pending",
        ),
        _ => (
            format!(r#"{{"running":{{"startedAt":"{}"}}}}"#, ts(now - 30)),
            format!(r#"{{"terminated":{{"exitCode":137,"reason":"OOMKilled","startedAt":"{}","finishedAt":"{}"}}}}"#, ts(now - 90), ts(now - 31)),
            true,
            3,
            "Running",
        ),
    };
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        r#"{{"apiVersion":"v1","kind":"Pod","metadata":{{"name":"app-{i}-7d9f8c6b5-x{i:05}","generateName":"app-{i}-7d9f8c6b5-","namespace":"team-{ns}","uid":"6f1c2b3a-{i:04x}-4e5f-9a8b-{i:012x}","resourceVersion":"{rv}","creationTimestamp":"{created}","labels":{{"app":"app-{i}","pod-template-hash":"7d9f8c6b5","tier":"backend","team":"team-{ns}"}},"annotations":{{"kubectl.kubernetes.io/restartedAt":"{created}","prometheus.io/scrape":"true","prometheus.io/port":"9090"}},"ownerReferences":[{{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"app-{i}-7d9f8c6b5","uid":"aa-{i}","controller":true,"blockOwnerDeletion":true}}]}},"spec":{{"volumes":[{{"name":"config","configMap":{{"name":"app-config","defaultMode":420}}}},{{"name":"kube-api-access-x{i}","projected":{{"sources":[{{"serviceAccountToken":{{"expirationSeconds":3607,"path":"token"}}}},{{"configMap":{{"name":"kube-root-ca.crt","items":[{{"key":"ca.crt","path":"ca.crt"}}]}}}}],"defaultMode":420}}}}],"containers":[{{"name":"app","image":"registry.example.com/team/app:v2","command":["/app","--config=/etc/app/config.yaml"],"ports":[{{"name":"http","containerPort":8080,"protocol":"TCP"}},{{"name":"metrics","containerPort":9090,"protocol":"TCP"}}],"env":[{{"name":"LOG_LEVEL","value":"info"}},{{"name":"POD_NAME","valueFrom":{{"fieldRef":{{"apiVersion":"v1","fieldPath":"metadata.name"}}}}}},{{"name":"GOMAXPROCS","value":"2"}}],"resources":{{"limits":{{"cpu":"1","memory":"512Mi"}},"requests":{{"cpu":"250m","memory":"256Mi"}}}},"volumeMounts":[{{"name":"config","mountPath":"/etc/app"}},{{"name":"kube-api-access-x{i}","readOnly":true,"mountPath":"/var/run/secrets/kubernetes.io/serviceaccount"}}],"livenessProbe":{{"httpGet":{{"path":"/healthz","port":"http","scheme":"HTTP"}},"initialDelaySeconds":10,"timeoutSeconds":1,"periodSeconds":10,"successThreshold":1,"failureThreshold":3}},"readinessProbe":{{"httpGet":{{"path":"/ready","port":8080,"scheme":"HTTP"}},"timeoutSeconds":1,"periodSeconds":5,"successThreshold":1,"failureThreshold":3}},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent"}}],"restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","serviceAccountName":"default","serviceAccount":"default","nodeName":"node-{node}","securityContext":{{}},"schedulerName":"default-scheduler","tolerations":[{{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}},{{"key":"node.kubernetes.io/unreachable","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}}],"priority":0,"enableServiceLinks":true,"preemptionPolicy":"PreemptLowerPriority"}},"status":{{"phase":"{phase}","conditions":[{{"type":"PodReadyToStartContainers","status":"True","lastProbeTime":null,"lastTransitionTime":"{created}"}},{{"type":"Initialized","status":"True","lastProbeTime":null,"lastTransitionTime":"{created}"}},{{"type":"Ready","status":"{ready_s}","lastProbeTime":null,"lastTransitionTime":"{created}"}},{{"type":"ContainersReady","status":"{ready_s}","lastProbeTime":null,"lastTransitionTime":"{created}"}},{{"type":"PodScheduled","status":"True","lastProbeTime":null,"lastTransitionTime":"{created}"}}],"hostIP":"192.168.1.{node}","hostIPs":[{{"ip":"192.168.1.{node}"}}],"podIP":"10.244.{a}.{b}","podIPs":[{{"ip":"10.244.{a}.{b}"}}],"startTime":"{created}","containerStatuses":[{{"name":"app","state":{state},"lastState":{last},"ready":{ready},"restartCount":{restarts},"image":"registry.example.com/team/app:v2","imageID":"registry.example.com/team/app@sha256:{i:064x}","containerID":"containerd://{i:064x}","started":{ready}}}],"qosClass":"Burstable"}}}}"#,
        ns = i % 20,
        rv = 100_000 + i,
        created = ts(created),
        node = i % 50,
        ready_s = if ready { "True" } else { "False" },
        a = (i / 250) % 256,
        b = i % 250 + 2,
    );
    s
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// CPU time of this thread in seconds: the machine is shared, so wall time overstates the cost.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let now = 1_750_000_000u64;
    let mut list = String::with_capacity(PODS * 4200);
    list.push_str(
        r#"{"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":""},"items":["#,
    );
    for i in 0..PODS {
        if i > 0 {
            list.push(',');
        }
        list.push_str(&pod(i, now));
    }
    list.push_str("]}");
    let bytes = list.into_bytes();
    let hwm_before = vm_hwm_kib().unwrap_or(0);
    let config = ClassifyConfig::default();

    // `EXPLAIN_BENCH_WRITE=FILE`: also save the List, to time the `podpulse explain` command.
    if let Ok(path) = std::env::var("EXPLAIN_BENCH_WRITE") {
        std::fs::write(&path, &bytes).expect("write the List");
    }
    // `EXPLAIN_BENCH_PROFILE=N`: only run `explain_bytes` N times, for `perf record`.
    if let Some(n) = std::env::var("EXPLAIN_BENCH_PROFILE")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        // `EXPLAIN_BENCH_INDENTED=1`: on the kubectl-indented List instead.
        let input = if std::env::var_os("EXPLAIN_BENCH_INDENTED").is_some() {
            kubectl_indent(&bytes)
        } else {
            bytes.clone()
        };
        for _ in 0..n {
            let out = explain_bytes_on("bench.json", &input, now as f64, &config, 1);
            assert_eq!(out.pods.len(), PODS);
        }
        return;
    }

    // Warm-up, then the best of several runs (the machine is shared): on one thread, and on
    // as many as the machine has (what the command does).
    let a0 = allocs();
    drop(explain_bytes_on(
        "bench.json",
        &bytes,
        now as f64,
        &config,
        1,
    ));
    let allocs_per_pod = (allocs() - a0) as f64 / PODS as f64;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut best = [f64::MAX; 2];
    let mut best_cpu = f64::MAX;
    let mut statuses = std::collections::BTreeMap::new();
    for round in 0..7 {
        for (k, n) in [1, threads].into_iter().enumerate() {
            let t0 = Instant::now();
            let c0 = thread_cpu_seconds().unwrap_or(0.0);
            let out = explain_bytes_on("bench.json", &bytes, now as f64, &config, n);
            let dt = t0.elapsed().as_secs_f64();
            if n == 1 {
                best_cpu = best_cpu.min(thread_cpu_seconds().unwrap_or(0.0) - c0);
            }
            assert_eq!(
                out.pods.len(),
                PODS,
                "errors: {:?}",
                out.errors.first().map(|e| e.to_string())
            );
            if round == 0 && k == 0 {
                for p in &out.pods {
                    *statuses.entry(p.status().to_string()).or_insert(0usize) += 1;
                }
            }
            best[k] = best[k].min(dt);
        }
    }
    let hwm = vm_hwm_kib().unwrap_or(0);
    // Parsing alone, into the typed List, for the split between parse and classify.
    let mut parse_cpu = f64::MAX;
    let mut classify_cpu = f64::MAX;
    let mut classify_allocs = 0.0;
    for _ in 0..3 {
        let c0 = thread_cpu_seconds().unwrap_or(0.0);
        let list: podpulse::pods::types::PodList =
            serde_json::from_slice(&bytes).expect("generated JSON parses");
        assert_eq!(list.items.len(), PODS);
        parse_cpu = parse_cpu.min(thread_cpu_seconds().unwrap_or(0.0) - c0);
        let c0 = thread_cpu_seconds().unwrap_or(0.0);
        let a0 = allocs();
        let answers: Vec<_> = list
            .items
            .iter()
            .map(|p| podpulse::explain::explain_pod(p, now as f64, &config))
            .collect();
        classify_cpu = classify_cpu.min(thread_cpu_seconds().unwrap_or(0.0) - c0);
        classify_allocs = (allocs() - a0) as f64 / PODS as f64;
        assert_eq!(answers.len(), PODS);
    }
    println!(
        "explain bench: {PODS} pods, {:.1} MiB of JSON ({} bytes/pod)",
        bytes.len() as f64 / 1048576.0,
        bytes.len() / PODS
    );
    println!(
        "parse+classify, 1 thread: best {:.1} ms wall => {:.0} pods/s ({:.0} MiB/s); {:.1} ms of CPU => {:.0} pods/s per core",
        best[0] * 1000.0,
        PODS as f64 / best[0],
        bytes.len() as f64 / 1048576.0 / best[0],
        best_cpu * 1000.0,
        PODS as f64 / best_cpu,
    );
    println!(
        "parse+classify, {threads} threads: best {:.1} ms wall => {:.0} pods/s ({:.2}x one thread)",
        best[1] * 1000.0,
        PODS as f64 / best[1],
        best[0] / best[1],
    );
    println!(
        "heap allocations: {allocs_per_pod:.1} per pod (parse + classify; classify alone {classify_allocs:.1})"
    );
    println!(
        "typed parse of the whole List alone {:.1} ms CPU; classify alone {:.1} ms CPU = {:.0} pods/s",
        parse_cpu * 1000.0,
        classify_cpu * 1000.0,
        PODS as f64 / classify_cpu
    );
    println!(
        "peak RSS (VmHWM): {:.1} MiB (input alone ~{:.1} MiB; before classifying {:.1} MiB)",
        hwm as f64 / 1024.0,
        bytes.len() as f64 / 1048576.0,
        hwm_before as f64 / 1024.0
    );
    println!("statuses: {statuses:?}");

    // The same List as `kubectl get pods -o json` writes it: indented by four spaces, which
    // makes it 2.7 times larger (the parse reads every byte of whitespace).
    let pretty = kubectl_indent(&bytes);
    let mut best_pretty = [f64::MAX; 2];
    for _ in 0..5 {
        for (k, n) in [1, threads].into_iter().enumerate() {
            let t0 = Instant::now();
            let out = explain_bytes_on("pretty.json", &pretty, now as f64, &config, n);
            best_pretty[k] = best_pretty[k].min(t0.elapsed().as_secs_f64());
            assert_eq!(out.pods.len(), PODS);
        }
    }
    println!(
        "kubectl-indented List ({:.1} MiB): 1 thread best {:.1} ms => {:.0} pods/s; {threads} threads best {:.1} ms => {:.0} pods/s",
        pretty.len() as f64 / 1048576.0,
        best_pretty[0] * 1000.0,
        PODS as f64 / best_pretty[0],
        best_pretty[1] * 1000.0,
        PODS as f64 / best_pretty[1],
    );
    command("compact", &bytes);
    command("kubectl-indented", &pretty);
}

/// Re-indents JSON the way kubectl prints it (`json.MarshalIndent`, four spaces).
fn kubectl_indent(compact: &[u8]) -> Vec<u8> {
    let v: serde_json::Value = serde_json::from_slice(compact).expect("generated JSON parses");
    let mut out = Vec::with_capacity(compact.len() * 3);
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    serde::Serialize::serialize(&v, &mut ser).expect("serialize");
    out
}

/// The whole command as an operator runs it — process start, reading the file, parsing,
/// classifying, writing the table or the JSON — best of several runs, and its peak RSS.
fn command(label: &str, bytes: &[u8]) {
    let path = std::env::temp_dir().join(format!(
        "podpulse-explain-bench-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, bytes).expect("write the List");
    for args in [&[][..], &["-o", "json"][..], &["-o", "wide"][..]] {
        let mut best = f64::MAX;
        for _ in 0..7 {
            let t0 = Instant::now();
            let st = std::process::Command::new(env!("CARGO_BIN_EXE_podpulse"))
                .arg("explain")
                .arg("-f")
                .arg(&path)
                .args(args)
                .stdout(std::process::Stdio::null())
                .status()
                .expect("run podpulse explain");
            best = best.min(t0.elapsed().as_secs_f64());
            assert!(st.success());
        }
        println!(
            "`podpulse explain -f {label}.json {}` > /dev/null: best {:.1} ms => {:.0} pods/s end to end",
            args.join(" "),
            best * 1000.0,
            PODS as f64 / best
        );
    }
    // Peak RSS from GNU time: the bench's own rusage of its children would count this
    // process's pages, which a child holds between fork and exec.
    let rss = std::process::Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(env!("CARGO_BIN_EXE_podpulse"))
        .arg("explain")
        .arg("-f")
        .arg(&path)
        .stdout(std::process::Stdio::null())
        .output()
        .ok()
        .and_then(|o| {
            let err = String::from_utf8_lossy(&o.stderr).into_owned();
            err.lines().last()?.trim().parse::<f64>().ok()
        });
    match rss {
        Some(kib) => println!(
            "`podpulse explain -f {label}.json` peak RSS: {:.1} MiB (the file is {:.1} MiB)",
            kib / 1024.0,
            bytes.len() as f64 / 1048576.0
        ),
        None => println!("`podpulse explain` peak RSS: not measured (no /usr/bin/time)"),
    }
    let _ = std::fs::remove_file(&path);
}
