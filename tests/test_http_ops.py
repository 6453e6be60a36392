"""Operations endpoints: /healthz, /readyz, /openapi.yaml, /docs, and the app factory."""
from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest
import yaml

import service

ROOT = Path(__file__).resolve().parents[1]


def test_public_entry_points():
    from service.pipeline import extract
    assert service.extract is extract
    assert callable(service.create_app)


def test_create_app_takes_config_overrides():
    app = service.create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 1234})
    assert app.config["MAX_CONTENT_LENGTH"] == 1234
    assert app.config["VALIDATE_RESPONSES"] is True
    assert service.create_app()  # defaults work too


def test_healthz(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    assert resp.get_json() == {"status": "ok"}


def test_readyz(client):
    resp = client.get("/readyz")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["status"] == "ready"
    assert body["checks"]["corpus"].startswith("ok")
    assert set(body["checks"]) == {"gazetteer", "corpus"}


def test_readyz_fails_when_the_gazetteer_cannot_load(client, monkeypatch):
    def broken_load():
        raise FileNotFoundError("persons.jsonl")
    fake = types.ModuleType("service.gazetteer")
    fake.load = broken_load
    monkeypatch.setitem(sys.modules, "service.gazetteer", fake)
    monkeypatch.setattr("importlib.util.find_spec", lambda name, *a: object())
    resp = client.get("/readyz")
    assert resp.status_code == 503
    assert resp.mimetype == "application/problem+json"
    body = resp.get_json(force=True)
    assert body["checks"]["gazetteer"].startswith("error: FileNotFoundError")
    assert "gazetteer" in body["detail"]


def test_readyz_without_a_gazetteer_module_is_ready(client, monkeypatch):
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr("importlib.util.find_spec",
                        lambda name, *a: None if name == "service.gazetteer" else real(name, *a))
    body = client.get("/readyz").get_json()
    assert body["checks"]["gazetteer"] == "not present"


def test_openapi_yaml_is_the_file_itself(client):
    resp = client.get("/openapi.yaml")
    assert resp.status_code == 200
    assert resp.mimetype == "application/yaml"
    assert resp.get_data() == (ROOT / "openapi.yaml").read_bytes()


def test_docs_page_lists_every_operation_and_schema(client):
    resp = client.get("/docs")
    assert resp.status_code == 200
    assert resp.mimetype == "text/html"
    html = resp.get_data(as_text=True)
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    for path, item in spec["paths"].items():
        for method in item:
            if method != "parameters":
                assert f"<code>{path}</code>" in html and method.upper() in html
    for name in spec["components"]["schemas"]:
        assert f'id="schema-{name}"' in html
    # every problem type a response names has its anchor on the page
    for slug in re.findall(r"/docs#problem-([a-z-]+)", html):
        assert f'id="problem-{slug}"' in html


def test_docs_page_loads_nothing_from_the_network(client):
    html = client.get("/docs").get_data(as_text=True)
    assert "<script" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"url\(|@import", html)


@pytest.mark.parametrize("app_config", [{"OPENAPI_PATH": "/nonexistent/openapi.yaml"}])
def test_missing_spec_is_503(client):
    for path in ("/openapi.yaml", "/docs"):
        resp = client.get(path)
        assert resp.status_code == 503
        assert resp.mimetype == "application/problem+json"
