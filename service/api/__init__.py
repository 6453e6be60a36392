"""The HTTP layer: one blueprint per resource, problem+json errors."""
from __future__ import annotations

from flask import Flask

from . import corpus, docs, errors, extract, health


def init_app(app: Flask) -> None:
    errors.init_app(app)
    for module in (extract, corpus, health, docs):
        app.register_blueprint(module.bp)
