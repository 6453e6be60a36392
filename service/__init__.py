"""Arabic news extraction service.

Two public entry points:

- ``create_app(config=None)``: the Flask application factory, so
  ``flask --app service run`` and ``gunicorn "service:create_app()"`` work.
- ``extract(text, published=None, title=None, doc_id=None)``: the extraction
  pipeline as a plain function, usable without Flask.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Mapping

from flask import Flask

from .pipeline import extract

__all__ = ["create_app", "extract"]

ROOT = Path(__file__).resolve().parents[1]

DEFAULTS: dict[str, Any] = {
    # bodies larger than this are refused with 413 before any parsing
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    # the longest text POST /v1/extract accepts, in characters (code points)
    "MAX_TEXT_CHARACTERS": 200_000,
    "SEEDS_DIR": None,       # None: $SEEDS_DIR, else <repo>/seeds
    "OPENAPI_PATH": None,    # None: $OPENAPI_PATH, else <repo>/openapi.yaml
    # check every response body against the marshmallow schema (on in tests)
    "VALIDATE_RESPONSES": None,
}


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Flask app. ``config`` overrides the defaults and the environment."""
    from . import api
    from .corpus import Corpus, CorpusError, default_seeds_dir

    app = Flask(__name__)
    app.config.update(DEFAULTS)
    if os.environ.get("MAX_CONTENT_LENGTH"):
        app.config["MAX_CONTENT_LENGTH"] = int(os.environ["MAX_CONTENT_LENGTH"])
    app.config.update(config or {})
    app.config["SEEDS_DIR"] = Path(app.config["SEEDS_DIR"] or default_seeds_dir())
    app.config["OPENAPI_PATH"] = Path(app.config["OPENAPI_PATH"] or os.environ.get("OPENAPI_PATH")
                                      or ROOT / "openapi.yaml")
    if app.config["VALIDATE_RESPONSES"] is None:
        app.config["VALIDATE_RESPONSES"] = bool(app.config.get("TESTING"))

    # Arabic as UTF-8, keys in schema order
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    if not app.debug and not app.testing:
        gunicorn_logger = logging.getLogger("gunicorn.error")
        if gunicorn_logger.handlers:
            app.logger.handlers = gunicorn_logger.handlers
            app.logger.setLevel(gunicorn_logger.level)

    try:
        app.extensions["corpus"] = Corpus.load(app.config["SEEDS_DIR"])
    except CorpusError as err:
        # the service still starts: /readyz reports it, corpus routes answer 503
        app.logger.error("%s", err)
        app.extensions["corpus"] = None
        app.extensions["corpus_error"] = str(err)

    # the gazetteers load once per process (read-only afterwards); loading them
    # here means a gunicorn master with preload_app forks workers that hold them
    from . import gazetteer
    gazetteer.load()

    api.init_app(app)
    return app
