"""GET /healthz (the process answers) and GET /readyz (it can do its work)."""
from __future__ import annotations

import importlib
import importlib.util

from flask import Blueprint, current_app

from .errors import problem

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return {"status": "ok"}


def _gazetteer_check() -> tuple[bool, str]:
    """Load the gazetteers through service.gazetteer.load(), when that exists."""
    if importlib.util.find_spec("service.gazetteer") is None:
        return True, "not present"
    try:
        module = importlib.import_module("service.gazetteer")
        load = getattr(module, "load", None)
        if load is None:
            return True, "no load()"
        load()
    except Exception as err:  # any failure to load means not ready
        current_app.logger.error("gazetteer load failed: %r", err)
        return False, f"error: {type(err).__name__}: {err}"
    return True, "ok"


def _corpus_check() -> tuple[bool, str]:
    corpus = current_app.extensions.get("corpus")
    if corpus is None:
        return False, "error: " + current_app.extensions.get("corpus_error", "not loaded")
    return True, f"ok: {len(corpus)} articles"


@bp.get("/readyz")
def readyz():
    results = {"gazetteer": _gazetteer_check(), "corpus": _corpus_check()}
    checks = {name: message for name, (_, message) in results.items()}
    if all(ok for ok, _ in results.values()):
        return {"status": "ready", "checks": checks}
    failed = ", ".join(name for name, (ok, _) in results.items() if not ok)
    return problem(503, f"Not ready: {failed}.", "unavailable", checks=checks)
