"""Problem details (RFC 9457) for every 4xx and 5xx the service answers.

``problem()`` builds one; ``init_app()`` routes Flask's own HTTP errors
(404, 405, 413, 415 ...) and any unexpected exception through it, so no
error ever leaves as HTML. Each ``type`` is a relative URI pointing at the
problem's description on the /docs page.
"""
from __future__ import annotations

import json
import re

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException, InternalServerError

from ..schemas import ProblemSchema

PROBLEM_MIMETYPE = "application/problem+json"
_SURROGATE = re.compile("[\ud800-\udfff]")

# slug -> (status, title, what it means); shown on /docs under "Problem types"
PROBLEM_TYPES: dict[str, tuple[int, str, str]] = {
    "malformed-body": (400, "Malformed request body",
                       "The body is not valid UTF-8 or not valid JSON."),
    "validation": (400, "Request validation failed",
                   "The body or query parameters break the request schema; "
                   "`errors` maps each field to its messages."),
    "not-found": (404, "Not Found", "No route or corpus article has this path or id."),
    "method-not-allowed": (405, "Method Not Allowed",
                           "The route exists but not for this method; see the Allow header."),
    "body-too-large": (413, "Request body too large",
                       "The request body exceeds the size limit (MAX_CONTENT_LENGTH)."),
    "text-too-long": (413, "Text too long",
                      "The text exceeds the character limit (200,000 code points)."),
    "unsupported-media-type": (415, "Unsupported Media Type",
                               "Send application/json or text/plain; charset=utf-8."),
    "no-arabic": (422, "No Arabic text",
                  "The text contains no Arabic letters, so there is nothing to extract."),
    "internal": (500, "Internal Server Error",
                 "An unexpected failure; it is logged. Please report it with the request."),
    "unavailable": (503, "Service Unavailable",
                    "A resource the service needs (gazetteers, corpus) is not loaded."),
}

_BY_STATUS = {404: "not-found", 405: "method-not-allowed", 413: "body-too-large",
              415: "unsupported-media-type", 500: "internal", 503: "unavailable"}


def problem(status: int, detail: str, kind: str | None = None, title: str | None = None,
            headers: dict | None = None, **extra) -> Response:
    """A problem+json response. ``kind`` is a key of PROBLEM_TYPES."""
    kind = kind or _BY_STATUS.get(status)
    if kind in PROBLEM_TYPES:
        type_uri, default_title = f"/docs#problem-{kind}", PROBLEM_TYPES[kind][1]
    else:
        type_uri, default_title = "about:blank", None
    body = {"type": type_uri, "title": title or default_title or "Error",
            "status": status, "detail": detail, "instance": request.path, **extra}
    body = _valid_unicode(ProblemSchema().dump(body))
    return Response(json.dumps(body, ensure_ascii=False), status=status,
                    mimetype=PROBLEM_MIMETYPE, headers=headers)


def _valid_unicode(node):
    """Replace lone surrogates (a caller's key or value echoed in ``errors``) with U+FFFD."""
    if isinstance(node, str):
        return _SURROGATE.sub("\ufffd", node)
    if isinstance(node, dict):
        return {_valid_unicode(k): _valid_unicode(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_valid_unicode(v) for v in node]
    return node


class ApiProblem(Exception):
    """Raise from a view to answer with a problem."""

    def __init__(self, status: int, detail: str, kind: str | None = None, **extra):
        super().__init__(detail)
        self.status, self.detail, self.kind, self.extra = status, detail, kind, extra


def _http_error(err: HTTPException) -> Response:
    status = err.code or 500
    if status >= 500:
        current_app.logger.error("HTTP %s on %s %s: %s", status, request.method, request.path, err)
    headers = {}
    for name, value in err.get_headers():
        if name.lower() not in ("content-type", "content-length"):
            headers[name] = value
    detail = err.description or err.name
    if status == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        detail = f"The request body exceeds the limit of {limit} bytes."
        _drain_body(4 * (limit or 0))
    elif status == 404:
        detail = f"No route matches {request.path}."
    elif status == 405:
        detail = f"{request.method} is not allowed on {request.path}."
    title = None if status in _BY_STATUS else err.name
    return problem(status, detail, title=title, headers=headers or None)


def _drain_body(most: int) -> None:
    """Read and drop the rest of a refused body, up to ``most`` bytes, so that a
    client still sending it gets the 413 instead of a reset connection."""
    declared = request.content_length
    if declared is not None and declared > most:
        return
    stream = request.environ.get("wsgi.input")
    try:
        while most > 0:
            chunk = stream.read(min(65536, most))
            if not chunk:
                break
            most -= len(chunk)
    except Exception:  # a client gone or a malformed chunk: nothing left to protect
        pass


def _api_problem(err: ApiProblem) -> Response:
    return problem(err.status, err.detail, kind=err.kind, **err.extra)


def _unexpected(err: Exception) -> Response:
    """The last resort: any other exception is logged and answered with a 500 problem."""
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return problem(500, InternalServerError.description)


def init_app(app: Flask) -> None:
    app.register_error_handler(ApiProblem, _api_problem)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
