#!/usr/bin/env python3
"""Hostile-client benchmark for podpulse's HTTP server (issue 12 item 4), loopback only.

N clients open connections and trickle header lines that never end (one line a second per
connection); when the server cuts one, it reconnects at once, so the pressure stays at N for
the whole run. Alongside, a scraper GETs /metrics (Accept-Encoding: gzip, as Prometheus does)
every 250 ms and times it. A sampler reads the agent's RSS and CPU from /proc/<pid>.

Prints one JSON object: RSS (baseline, max), agent CPU seconds, scraper latencies (p50, p99,
max, failures), slow-connection lifetimes (max, p99, how many were cut), and the bytes of one
/metrics scrape plain and gzip. Every loop is bounded by --duration.
"""
import argparse
import gzip
import json
import os
import selectors
import socket
import threading
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks / os.sysconf("SC_CLK_TCK")


def http_get(port, path, headers=(), timeout=5.0):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        req = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for h in headers:
            req += h + "\r\n"
        s.sendall((req + "\r\n").encode())
        chunks = []
        while True:
            b = s.recv(65536)
            if not b:
                break
            chunks.append(b)
    finally:
        s.close()
    data = b"".join(chunks)
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, head.decode("latin-1"), body


def dechunk(body):
    out, rest = b"", body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        n = int(size_line.strip() or b"0", 16)
        if n == 0:
            break
        out, rest = out + rest[:n], rest[n + 2:]
    return out


def payload(head, body):
    return dechunk(body) if "chunked" in head.lower() else body


def pct(values, p):
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--clients", type=int, default=400)
    ap.add_argument("--duration", type=float, default=25.0)
    ap.add_argument("--interval", type=float, default=1.0, help="seconds between header lines")
    ap.add_argument("--line-bytes", type=int, default=16, help="size of each header line")
    args = ap.parse_args()
    port, pid = args.port, args.pid

    # Bytes of one scrape, plain and gzip (before the load, same agent, same moment).
    st, head, body = http_get(port, "/metrics")
    plain = payload(head, body)
    st2, head2, body2 = http_get(port, "/metrics", ["Accept-Encoding: gzip"])
    zipped = payload(head2, body2)
    if "content-encoding: gzip" in head2.lower():
        assert gzip.decompress(zipped).startswith(b"# HELP"), "gzip body does not decode"
    else:  # a build without gzip (the peer): what the scraper gets is the plain body
        zipped = None
    series = sum(1 for l in plain.split(b"\n") if l and not l.startswith(b"#"))

    rss_base = rss_kib(pid)
    cpu_start = cpu_seconds(pid)
    stop = time.monotonic() + args.duration
    rss_samples = []
    latencies, failures = [], []

    def sampler():
        while time.monotonic() < stop:
            rss_samples.append(rss_kib(pid))
            time.sleep(0.2)

    def scraper():
        time.sleep(1.0)  # let the slow clients pile up first
        while time.monotonic() < stop:
            t = time.monotonic()
            try:
                status, _, _ = http_get(port, "/metrics", ["Accept-Encoding: gzip"], timeout=10)
                if status == 200:
                    latencies.append(time.monotonic() - t)
                else:
                    failures.append(f"status {status}")
            except OSError as e:
                failures.append(str(e))
            time.sleep(0.25)

    threads = [threading.Thread(target=sampler), threading.Thread(target=scraper)]
    for t in threads:
        t.start()

    sel = selectors.DefaultSelector()
    opened = {}  # socket -> (opened at, next trickle at, lines sent)
    lifetimes, refused = [], 0

    def open_one():
        nonlocal refused
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=2)
            s.setblocking(False)
            s.send(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        except OSError:
            refused += 1
            return
        now = time.monotonic()
        opened[s] = [now, now + args.interval, 0]
        sel.register(s, selectors.EVENT_READ)

    filler = "a" * max(1, args.line_bytes - 16)
    for _ in range(args.clients):
        open_one()
    while time.monotonic() < stop:
        for key, _ in sel.select(timeout=0.05):
            s = key.fileobj
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:  # the server cut it (or refused it at the cap): count, reopen
                born = opened.pop(s)[0]
                lifetimes.append(time.monotonic() - born)
                sel.unregister(s)
                s.close()
                open_one()
        now = time.monotonic()
        for s, st in list(opened.items()):
            if now >= st[1]:
                try:
                    s.send(f"X-Trickle-{st[2]}: {filler}\r\n".encode())
                except OSError:
                    pass
                st[1], st[2] = now + args.interval, st[2] + 1
    still_open = [time.monotonic() - st[0] for st in opened.values()]
    for s in list(opened):
        sel.unregister(s)
        s.close()
    for t in threads:
        t.join()
    cpu = cpu_seconds(pid) - cpu_start
    # Connections that were accepted and held (lifetime > 0.5 s) versus cut at the cap at once.
    held = [l for l in lifetimes if l > 0.5]
    print(json.dumps({
        "clients": args.clients,
        "interval_s": args.interval,
        "line_bytes": args.line_bytes,
        "duration_s": args.duration,
        "metrics_series": series,
        "metrics_bytes_plain": len(plain),
        "metrics_bytes_gzip": len(zipped) if zipped is not None else None,
        "gzip_ratio": round(len(plain) / max(1, len(zipped)), 1) if zipped is not None else None,
        "rss_base_mib": round(rss_base / 1024, 1),
        "rss_max_mib": round(max(rss_samples or [0]) / 1024, 1),
        "agent_cpu_s": round(cpu, 2),
        "scrapes": len(latencies),
        "scrape_failures": len(failures),
        "scrape_failure_examples": failures[:3],
        "scrape_p50_ms": round(1000 * (pct(latencies, 50) or 0), 1),
        "scrape_p99_ms": round(1000 * (pct(latencies, 99) or 0), 1),
        "scrape_max_ms": round(1000 * max(latencies or [0]), 1),
        "slow_connections_cut": len(lifetimes),
        "slow_held_cut": len(held),
        "slow_lifetime_max_s": round(max(lifetimes or [0]), 2),
        "slow_lifetime_p99_s": round(pct(held, 99) or 0, 2),
        "slow_still_open_at_end_max_s": round(max(still_open or [0]), 2),
        "connect_failures": refused,
    }))


if __name__ == "__main__":
    main()
