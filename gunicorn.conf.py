"""gunicorn settings, read from the environment.

    gunicorn -c gunicorn.conf.py "service:create_app()"

HOST, PORT      where to listen (default 127.0.0.1:8000; the container sets 0.0.0.0)
WORKERS         worker processes (default 2 x CPUs + 1, at most 8)
THREADS         threads per worker (default 1: extraction is CPU-bound)
TIMEOUT         seconds a request may take before its worker is restarted (default 60)
GRACEFUL_TIMEOUT seconds workers get to finish on shutdown (default 30)
MAX_REQUESTS    restart a worker after this many requests, jittered (default 1000; 0 = never)
LOG_LEVEL       gunicorn and app log level (default info)
ACCESS_LOG      where the JSON access log goes: "-" = stdout (default), "" = off
"""
import gc
import json
import multiprocessing
import os
import time

from gunicorn import glogging, util


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


bind = f"{os.environ.get('HOST', '127.0.0.1')}:{_int('PORT', 8000)}"
workers = _int("WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8))
threads = _int("THREADS", 1)
worker_class = "sync" if threads == 1 else "gthread"
timeout = _int("TIMEOUT", 60)
graceful_timeout = _int("GRACEFUL_TIMEOUT", 30)
keepalive = 5
max_requests = _int("MAX_REQUESTS", 1000)
# the app (and its gazetteers) is built once in the master: a worker recycled by
# max_requests is a fork that already holds the data, not a half-second reload
preload_app = True
max_requests_jitter = max_requests // 10 if max_requests else 0


def pre_fork(server, worker):
    """Before each fork, in the master that already holds the app (preload_app):
    move every object it has to the garbage collector's permanent generation, so
    no collection in a worker scans the gazetteers again (and their pages stay
    shared between workers instead of being copied when the collector marks them)."""
    gc.freeze()


# request-size safety in front of the app's own 2 MiB body limit
limit_request_line = 8190
limit_request_fields = 100

loglevel = os.environ.get("LOG_LEVEL", "info").lower()
errorlog = "-"
accesslog = os.environ.get("ACCESS_LOG", "-") or None


class JsonAccessLogger(glogging.Logger):
    """gunicorn's logger with one JSON object per request in the access log
    (json.dumps escapes what a caller sends, unlike a format string)."""

    def access(self, resp, req, environ, request_time):
        if not self.cfg.accesslog:
            return
        try:
            status = int(str(resp.status).split(None, 1)[0])
        except (ValueError, IndexError):
            status = None
        line = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "remote": environ.get("REMOTE_ADDR"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "query": environ.get("QUERY_STRING") or None,
            "status": status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 3),
            "user_agent": environ.get("HTTP_USER_AGENT"),
            "pid": os.getpid(),
        }
        self.access_log.info("%s", json.dumps(line, ensure_ascii=False))


logger_class = JsonAccessLogger


def _write_problem(sock, status_int, reason, mesg):
    """gunicorn's own error answers (request line or headers too large, bad
    HTTP) as problem+json like every other error, instead of an HTML page."""
    body = json.dumps({"type": "about:blank", "title": reason, "status": int(status_int),
                       "detail": mesg or reason}).encode("ascii")
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/problem+json\r\nContent-Length: {len(body)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + body)


util.write_error = _write_problem
# the container's root filesystem is read-only: keep worker heartbeat files in RAM
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
