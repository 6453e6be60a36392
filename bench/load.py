#!/usr/bin/env python3
"""Bounded loopback load test of the service under gunicorn.

    .venv/bin/python bench/load.py              # about 1-2 minutes
    .venv/bin/python bench/load.py --quick      # a smoke run
    .venv/bin/python bench/load.py --requests 3000 --concurrency 1 4 16 --json out.json

The script starts gunicorn itself (``gunicorn -c gunicorn.conf.py
"service:create_app()"`` with WORKERS=2, HOST=127.0.0.1 and a free port),
waits for /healthz, warms every worker up, then, for each concurrency level,
sends a fixed number of requests (stopping early at a time cap) from that
many client threads (stdlib ``http.client``, a new connection per request,
as gunicorn's sync workers close the connection after each response):

* ``POST /v1/extract`` with the seed articles in turn (JSON body with the
  article's publication date);
* ``GET /healthz``, the framework's ceiling: routing, a JSON body, the
  access log and a TCP connection, but no extraction.

It prints req/s, p50, p99 and max latency and the error count (any status
other than 200, or a failed connection) per run, and the ratio of /healthz
to /v1/extract throughput (what extraction costs).  gunicorn is stopped at
the end (SIGTERM to the master it started, SIGKILL only if it does not
exit).  All traffic stays on 127.0.0.1.

The client runs on the same 2 cores as the two workers, so its own CPU use
lowers the figures (most visibly for /healthz); they are a floor, not a
ceiling.  Targets: >= 800 req/s for /v1/extract, p99 <= 20 ms at
concurrency 16, zero errors.  Exits 0 unless a run had errors (or --strict
and a target is missed).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
TARGET_RPS = 800
TARGET_P99_MS = 20.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def gunicorn_bin() -> str:
    here = Path(sys.executable).parent / "gunicorn"
    if here.exists():
        return str(here)
    venv = ROOT / ".venv" / "bin" / "gunicorn"
    return str(venv) if venv.exists() else "gunicorn"


class Server:
    """gunicorn started and stopped by this script, nothing else."""

    def __init__(self, workers: int, access_log: bool, max_requests: int | None):
        self.port = free_port()
        env = {**os.environ, "HOST": HOST, "PORT": str(self.port), "WORKERS": str(workers),
               "THREADS": "1", "GRACEFUL_TIMEOUT": "5", "LOG_LEVEL": "warning",
               "ACCESS_LOG": "-" if access_log else ""}
        if max_requests is not None:
            env["MAX_REQUESTS"] = str(max_requests)
        self.proc = subprocess.Popen(
            [gunicorn_bin(), "-c", "gunicorn.conf.py", "service:create_app()"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._stderr: list[bytes] = []
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for line in self.proc.stderr:
            self._stderr.append(line)
            del self._stderr[:-200]

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("gunicorn exited:\n" + b"".join(self._stderr).decode(errors="replace"))
            try:
                status, _ = request(self.port, "GET", "/healthz", None, None, timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer /healthz in time")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)

    def errors(self) -> str:
        return b"".join(self._stderr).decode(errors="replace")


def request(port: int, method: str, path: str, body: bytes | None, headers: dict | None,
            timeout: float = 30.0) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def run(port: int, method: str, path: str, bodies: list[bytes | None], headers: dict | None,
        concurrency: int, total: int, cap: float) -> dict:
    """``total`` requests (or fewer at the time cap) from ``concurrency`` threads."""
    lock = threading.Lock()
    counter = iter(range(total))
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.perf_counter() + cap

    def worker():
        local_lat, local_err = [], []
        while time.perf_counter() < stop_at:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            body = bodies[n % len(bodies)]
            t0 = time.perf_counter()
            try:
                status, data = request(port, method, path, body, headers)
                if status != 200 or not data:
                    local_err.append(f"HTTP {status}: {data[:200]!r}")
            except OSError as err:
                local_err.append(f"{type(err).__name__}: {err}")
            local_lat.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(local_lat)
            errors.extend(local_err)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    latencies.sort()
    n = len(latencies)

    def pct(p: float) -> float:
        return latencies[min(n - 1, int(round(p / 100 * (n - 1))))] * 1000 if n else float("nan")

    return {"path": path, "concurrency": concurrency, "requests": n, "seconds": elapsed,
            "rps": n / elapsed if elapsed else 0.0, "p50_ms": pct(50), "p90_ms": pct(90),
            "p99_ms": pct(99), "max_ms": latencies[-1] * 1000 if n else float("nan"),
            "mean_ms": statistics.mean(latencies) * 1000 if n else float("nan"),
            "errors": len(errors), "error_samples": errors[:5], "capped": n < total}


def seed_bodies() -> list[bytes]:
    index = json.loads((ROOT / "seeds" / "index.json").read_text(encoding="utf-8"))
    out = []
    for entry in index:
        text = (ROOT / "seeds" / entry["file"]).read_text(encoding="utf-8")
        out.append(json.dumps({"text": text, "published": entry.get("published")},
                              ensure_ascii=False).encode("utf-8"))
    return out


def check_responses(port: int, bodies: list[bytes]) -> None:
    """One request per seed, spans checked, before any timing."""
    for raw in bodies:
        text = json.loads(raw)["text"]
        status, data = request(port, "POST", "/v1/extract", raw,
                               {"Content-Type": "application/json"})
        assert status == 200, (status, data[:300])
        body = json.loads(data)
        stack = [body]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) \
                        and "text" in node:
                    assert text[node["start"]:node["end"]] == node["text"], node
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)


def run_hey(port: int, path: str, body: bytes | None, concurrency: int, total: int,
            cap: float) -> dict | None:
    """The same run with ``hey`` (Go, if installed): a client that costs less CPU."""
    import re
    import shutil
    import tempfile
    exe = shutil.which("hey")
    if not exe:
        return None
    cmd = [exe, "-n", str(total), "-c", str(concurrency), "-t", "30"]
    tmp = None
    if body is not None:
        tmp = tempfile.NamedTemporaryFile(suffix=".json", delete=False)
        tmp.write(body)
        tmp.close()
        cmd += ["-m", "POST", "-T", "application/json", "-D", tmp.name]
    cmd.append(f"http://{HOST}:{port}{path}")
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=cap + 60).stdout
    finally:
        if tmp:
            os.unlink(tmp.name)

    def num(pattern: str) -> float:
        m = re.search(pattern, out)
        return float(m.group(1)) if m else float("nan")

    # hey sends total // concurrency requests from each of its workers
    status_part, _, error_part = out.partition("Error distribution:")
    ok = sum(int(n) for n in re.findall(r"\[200\]\s+(\d+) responses", status_part))
    done = sum(int(n) for n in re.findall(r"\[\d+\]\s+(\d+) responses", status_part))
    failed = sum(int(n) for n in re.findall(r"\[(\d+)\]", error_part))
    return {"path": path, "concurrency": concurrency, "requests": done + failed,
            "seconds": num(r"Total:\s+([\d.]+) secs"), "rps": num(r"Requests/sec:\s+([\d.]+)"),
            "p50_ms": num(r"50% in ([\d.]+) secs") * 1000,
            "p90_ms": num(r"90% in ([\d.]+) secs") * 1000,
            "p99_ms": num(r"99% in ([\d.]+) secs") * 1000,
            "max_ms": num(r"Slowest:\s+([\d.]+) secs") * 1000,
            "errors": done - ok + failed,
            "error_samples": [] if done == ok and not failed else [out[-500:]],
            "capped": False, "client": "hey"}


def line(r: dict) -> str:
    cap = " (time cap)" if r["capped"] else ""
    return (f"{r['path']:12} {r['concurrency']:4d} {r['requests']:6d} {r['seconds']:7.2f} "
            f"{r['rps']:8.1f} {r['p50_ms']:7.2f} {r['p90_ms']:7.2f} {r['p99_ms']:7.2f} "
            f"{r['max_ms']:8.2f} {r['errors']:6d}{cap}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--requests", type=int, default=None,
                    help="requests per run (default 2000 for /v1/extract, 4000 for /healthz)")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--cap", type=float, default=None, help="seconds per run at most (default 30)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-access-log", action="store_true",
                    help="turn gunicorn's JSON access log off (on, to /dev/null, by default)")
    ap.add_argument("--max-requests", type=int, default=None,
                    help="gunicorn MAX_REQUESTS (default: gunicorn.conf.py's, 1000 + jitter)")
    ap.add_argument("--hey", action="store_true",
                    help="also run hey (if installed) at the highest concurrency, as a cross-check")
    ap.add_argument("--json", metavar="PATH")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    n_extract = args.requests or (300 if args.quick else 2000)
    n_health = args.requests or (600 if args.quick else 4000)
    cap = args.cap or (10.0 if args.quick else 30.0)

    bodies = seed_bodies()
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load1:.2f}; "
          f"gunicorn with {args.workers} sync workers on {HOST}; access log "
          f"{'off' if args.no_access_log else 'on (to /dev/null)'}; {len(bodies)} seed articles "
          f"({min(map(len, bodies))}-{max(map(len, bodies))} bytes of JSON)")
    server = Server(args.workers, not args.no_access_log, args.max_requests)
    results: list[dict] = []
    hey_results: list[dict] = []
    try:
        server.wait_ready()
        print(f"gunicorn pid {server.proc.pid} on port {server.port}")
        check_responses(server.port, bodies)
        # warm every worker: the first extraction in a worker loads the gazetteers
        run(server.port, "POST", "/v1/extract", bodies, {"Content-Type": "application/json"},
            args.workers * 2, 20 * args.workers * len(bodies), 30)
        print(f"\n{'path':12} {'conc':>4} {'reqs':>6} {'seconds':>7} {'req/s':>8} {'p50 ms':>7} "
              f"{'p90 ms':>7} {'p99 ms':>7} {'max ms':>8} {'errors':>6}")
        for c in args.concurrency:
            r = run(server.port, "POST", "/v1/extract", bodies,
                    {"Content-Type": "application/json"}, c, n_extract, cap)
            r["path"] = "/v1/extract"
            results.append(r)
            print(line(r), flush=True)
        for c in args.concurrency:
            r = run(server.port, "GET", "/healthz", [None], None, c, n_health, cap)
            results.append(r)
            print(line(r), flush=True)
        if args.hey:
            c = max(args.concurrency)
            print(f"cross-check with hey (one seed article for /v1/extract), concurrency {c}:")
            for path, body, n in (("/v1/extract", bodies[0], n_extract),
                                  ("/healthz", None, n_health)):
                r = run_hey(server.port, path, body, c, n, cap)
                if r is None:
                    print("  hey is not installed (apt-get install hey)")
                    break
                hey_results.append(r)
                print(line(r) + "  [hey]", flush=True)
    finally:
        server.stop()
        print(f"gunicorn stopped (exit code {server.proc.returncode})")

    print("\nratio /healthz : /v1/extract throughput (what extraction costs)")
    by = {(r["path"], r["concurrency"]): r for r in results}
    for c in args.concurrency:
        e, h = by[("/v1/extract", c)], by[("/healthz", c)]
        print(f"  concurrency {c:3d}: {h['rps']:8.1f} / {e['rps']:7.1f} = {h['rps'] / e['rps']:5.1f}x"
              f"   (p50 {h['p50_ms']:.2f} ms vs {e['p50_ms']:.2f} ms)")
    errors = sum(r["errors"] for r in results)
    for r in results:
        for sample in r["error_samples"]:
            print(f"  error on {r['path']} at concurrency {r['concurrency']}: {sample}")
    top = by.get(("/v1/extract", max(args.concurrency)))
    best = max(r["rps"] for r in results if r["path"] == "/v1/extract")
    met_rps = best >= TARGET_RPS
    met_p99 = top is not None and top["p99_ms"] <= TARGET_P99_MS
    print(f"\ntargets: /v1/extract {best:.0f} req/s (>= {TARGET_RPS}: "
          f"{'met' if met_rps else 'MISSED'}); p99 at concurrency {max(args.concurrency)} "
          f"{top['p99_ms']:.1f} ms (<= {TARGET_P99_MS:.0f}: {'met' if met_p99 else 'MISSED'}); "
          f"errors {errors} ({'met' if not errors else 'MISSED'})")
    if args.json:
        Path(args.json).write_text(json.dumps({"load_average": load1, "results": results,
                                               "hey": hey_results}, indent=1), encoding="utf-8")
    if errors:
        print(server.errors()[-3000:], file=sys.stderr)
        return 1
    return 1 if (args.strict and not (met_rps and met_p99)) else 0


if __name__ == "__main__":
    sys.exit(main())
