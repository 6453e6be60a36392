"""GET /openapi.yaml (the hand-written spec itself) and GET /docs (an HTML
page rendered on the server from that spec; it loads nothing from the network)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from flask import Blueprint, Response, current_app, render_template
from markupsafe import Markup, escape

from .errors import PROBLEM_TYPES, ApiProblem

bp = Blueprint("docs", __name__, template_folder="templates")

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _spec_text() -> str:
    cache = current_app.extensions.setdefault("openapi", {})
    if "text" not in cache:
        path = Path(current_app.config["OPENAPI_PATH"])
        try:
            cache["text"] = path.read_text(encoding="utf-8")
        except OSError:
            raise ApiProblem(503, "The OpenAPI document is not available.", "unavailable") from None
    return cache["text"]


def _spec() -> dict:
    cache = current_app.extensions.setdefault("openapi", {})
    if "spec" not in cache:
        cache["spec"] = yaml.safe_load(_spec_text())
    return cache["spec"]


@bp.get("/openapi.yaml")
def openapi_yaml():
    return Response(_spec_text(), mimetype="application/yaml")


def _type_html(schema: dict | None) -> Markup:
    """A readable type for a schema, with links to the named schemas it uses."""
    if not schema:
        return Markup("")
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return Markup('<a href="#schema-{0}">{0}</a>').format(name)
    if "anyOf" in schema or "oneOf" in schema:
        return Markup(" or ").join(_type_html(s) for s in schema.get("anyOf") or schema["oneOf"])
    kind = schema.get("type", "any")
    if kind == "array":
        return Markup("array of ") + _type_html(schema.get("items"))
    text = " or ".join(kind) if isinstance(kind, list) else str(kind)
    if "enum" in schema:
        text += ": " + ", ".join("null" if v is None else str(v) for v in schema["enum"])
    if "format" in schema:
        text += f" ({schema['format']})"
    return escape(text)


_CODE = re.compile(r"`([^`]+)`")


def _prose(text: str | None) -> Markup:
    """Spec descriptions as HTML: paragraphs at blank lines, `code` spans."""
    if not text:
        return Markup("")
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", str(text)) if p.strip()]
    return Markup("").join(
        Markup("<p>") + Markup(_CODE.sub(r"<code>\1</code>", str(escape(p)))) + Markup("</p>")
        for p in paragraphs)


@bp.get("/docs")
def docs():
    spec = _spec()
    operations = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = item[method]
                operations.append({
                    "method": method.upper(), "path": path, "op": op,
                    "anchor": op.get("operationId") or f"{method}-{path}",
                    "parameters": item.get("parameters", []) + op.get("parameters", []),
                })
    schemas = spec.get("components", {}).get("schemas", {})
    return render_template("docs.html", spec=spec, info=spec.get("info", {}),
                           operations=operations, schemas=schemas,
                           problems=PROBLEM_TYPES, type_html=_type_html, prose=_prose)
