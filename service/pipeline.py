"""The extraction pipeline: text -> analysed document -> records.

``extract(text, published=None)`` is the one entry point; it needs no Flask.
"""
from __future__ import annotations

import datetime as _dt
import logging

from . import dates
from .extractors import claims, meetings, sites
from .text import analyse

log = logging.getLogger(__name__)
EXTRACTORS = (("meetings", meetings.extract), ("military_sites", sites.extract),
              ("claims", claims.extract))


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
    records = {}
    for name, run in EXTRACTORS:
        try:
            records[name] = run(doc)
        except Exception:  # a bug must cost one record type, not the whole answer
            log.exception("%s extractor failed on a %d-character text", name, len(text))
            records[name] = []
            warnings.append(f"{name} could not be extracted from this text (internal error, logged)")
    doc.cache.clear()   # the per-document memos refer back to doc: free them now, not at the next GC
    return {
        "document": {
            "id": doc_id,
            "language": "ar",
            "published": published.isoformat() if published else None,
            "published_from": published_from,
            "characters": len(text),
        },
        **records,
        "warnings": warnings,
    }
