"""The extraction pipeline: text -> analysed document -> records.

``extract(text, published=None)`` is the one entry point; it needs no Flask.
"""
from __future__ import annotations

import datetime as _dt

from . import dates
from .extractors import claims, meetings, sites
from .text import analyse


def extract(text: str, published: str | _dt.date | None = None,
            title: str | None = None, doc_id: str | None = None) -> dict:
    """Return the response body of POST /v1/extract for ``text``."""
    if isinstance(published, str):
        published = _dt.date.fromisoformat(published)
    warnings: list[str] = []
    published_from = "request" if published else None
    if published is None:
        published = dates.find_publication_date(text)
        published_from = "text" if published else None
    if published is None:
        warnings.append("no publication date given or found: relative dates left unresolved")
    doc = analyse(text, published=published)
    return {
        "document": {
            "id": doc_id,
            "language": "ar",
            "published": published.isoformat() if published else None,
            "published_from": published_from,
            "characters": len(text),
        },
        "meetings": meetings.extract(doc),
        "military_sites": sites.extract(doc),
        "claims": claims.extract(doc),
        "warnings": warnings,
    }
