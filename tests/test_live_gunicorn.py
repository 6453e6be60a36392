"""One real gunicorn, started from gunicorn.conf.py on a free loopback port,
answering real HTTP requests; then a graceful stop."""
from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    log_path = tmp_path_factory.mktemp("gunicorn") / "out.log"
    env = {**os.environ, "HOST": HOST, "PORT": str(port), "WORKERS": "2", "LOG_LEVEL": "info"}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "service:create_app()"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("gunicorn did not start:\n" + log_path.read_text(errors="replace"))
            time.sleep(0.2)
    yield {"port": port, "proc": proc, "log": log_path}
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


def call(server, openapi_check, method, path, body=None, headers=None, chunked=False):
    conn = http.client.HTTPConnection(HOST, server["port"], timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        resp = conn.getresponse()
        data = resp.read()
    finally:
        conn.close()
    openapi_check.check_raw(method, f"http://{HOST}:{server['port']}{path}", resp.status,
                            dict(resp.getheaders()), data)
    return resp, data


def test_real_requests(server, openapi_check, seed_index, seed_bytes):
    resp, data = call(server, openapi_check, "GET", "/healthz")
    assert (resp.status, json.loads(data)) == (200, {"status": "ok"})

    resp, data = call(server, openapi_check, "GET", "/readyz")
    assert resp.status == 200 and json.loads(data)["status"] == "ready"

    resp, data = call(server, openapi_check, "GET", "/v1/corpus")
    assert resp.status == 200 and json.loads(data)["count"] == 5

    entry = seed_index[0]
    resp, data = call(server, openapi_check, "GET", f"/v1/corpus/{entry['id']}")
    assert resp.status == 200
    assert json.loads(data)["text"].encode("utf-8") == seed_bytes[entry["id"]]

    resp, data = call(server, openapi_check, "GET", f"/v1/corpus/{entry['id']}/extraction")
    assert resp.status == 200 and json.loads(data)["document"]["id"] == entry["id"]

    text = seed_bytes[entry["id"]]
    resp, data = call(server, openapi_check, "POST", f"/v1/extract?published={entry['published']}",
                      body=text, headers={"Content-Type": "text/plain; charset=utf-8"})
    assert resp.status == 200
    assert json.loads(data)["document"]["characters"] == len(text.decode("utf-8"))

    payload = json.dumps({"text": text.decode("utf-8"), "published": entry["published"]})
    resp, data = call(server, openapi_check, "POST", "/v1/extract", body=payload.encode(),
                      headers={"Content-Type": "application/json"})
    assert resp.status == 200

    resp, data = call(server, openapi_check, "GET", "/docs")
    assert resp.status == 200 and resp.getheader("Content-Type").startswith("text/html")
    resp, data = call(server, openapi_check, "GET", "/openapi.yaml")
    assert resp.status == 200 and data == (ROOT / "openapi.yaml").read_bytes()


def test_real_errors(server, openapi_check):
    resp, _ = call(server, openapi_check, "GET", "/no/such/route")
    assert resp.status == 404 and resp.getheader("Content-Type") == "application/problem+json"
    resp, _ = call(server, openapi_check, "DELETE", "/v1/extract")
    assert resp.status == 405 and "POST" in resp.getheader("Allow")
    resp, _ = call(server, openapi_check, "POST", "/v1/extract", body=b"{",
                   headers={"Content-Type": "application/json"})
    assert resp.status == 400
    resp, _ = call(server, openapi_check, "POST", "/v1/extract", body=b"hello",
                   headers={"Content-Type": "text/plain"})
    assert resp.status == 422
    resp, _ = call(server, openapi_check, "POST", "/v1/extract", body="بنغازي".encode())
    assert resp.status == 415


def test_server_level_errors_are_problems_too(server, openapi_check):
    """gunicorn refuses a request line over 8190 bytes before Flask sees it."""
    resp, data = call(server, openapi_check, "POST", "/v1/extract?title=" + "t" * 9000,
                      body=b"{}", headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert resp.getheader("Content-Type") == "application/problem+json"
    assert json.loads(data)["status"] == 400


def test_oversized_bodies_are_refused(server, openapi_check):
    big = "ب".encode() * (1024 * 1024 + 10)   # just over 2 MiB
    resp, _ = call(server, openapi_check, "POST", "/v1/extract", body=big,
                   headers={"Content-Type": "text/plain"})
    assert resp.status == 413
    # no Content-Length: the limit still holds while the body streams in
    resp, _ = call(server, openapi_check, "POST", "/v1/extract",
                   body=iter([big[i:i + 65536] for i in range(0, len(big), 65536)]),
                   headers={"Content-Type": "text/plain"}, chunked=True)
    assert resp.status == 413


def _readme_curl_examples() -> list[str]:
    out, in_sh = [], False
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_sh = line.strip() == "```sh"
        elif in_sh and line.startswith("curl "):
            out.append(line)
    return out


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_readme_curl_examples_run_as_written(server, tmp_path):
    examples = _readme_curl_examples()
    assert len(examples) >= 9
    paths = set()
    for command in examples:
        assert "http://127.0.0.1:8000/" in command
        paths.add(command.split("http://127.0.0.1:8000")[1].split("?")[0].strip("'\" "))
        live = command.replace("127.0.0.1:8000", f"{HOST}:{server['port']}")
        body = tmp_path / "body"
        done = subprocess.run(["bash", "-c", f"{live} -o {body} -w '%{{http_code}}'"],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (command, done.stderr)
        assert body.stat().st_size > 0, command
        status = int(done.stdout)
        if "no Arabic" in command:
            assert status == 422, command
        else:
            assert status == 200, (command, body.read_text(errors="replace")[:500])
    # one example per endpoint
    assert {"/v1/extract", "/v1/corpus", "/healthz", "/readyz", "/openapi.yaml",
            "/docs"} <= paths
    assert any(p.startswith("/v1/corpus/") and p.endswith("/extraction") for p in paths)


def test_graceful_stop_and_json_access_log(server):
    """Runs last in this module: stops the server it shares."""
    proc = server["proc"]
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=40) == 0
    lines = server["log"].read_text(encoding="utf-8").splitlines()
    access = [json.loads(line) for line in lines if line.startswith("{")]
    assert access, "no JSON access log lines"
    assert {"method", "path", "status", "duration_ms"} <= set(access[0])
    assert any(a["path"] == "/healthz" and a["status"] == 200 for a in access)
    assert any(a["status"] == 413 for a in access)
