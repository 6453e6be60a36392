"""POST /v1/extract: validate the request, call the pipeline, return its result.

The order of checks: content type (415), body size (413, enforced by
Werkzeug from MAX_CONTENT_LENGTH before anything is read), decoding and JSON
syntax (400), query parameters and the request schema (400), text length
(413), Arabic letters (422). Only then does the pipeline run.
"""
from __future__ import annotations

import json
import re

from flask import Blueprint, current_app, request
from marshmallow import ValidationError

from .. import pipeline
from ..schemas import ExtractQuerySchema, ExtractRequestSchema, ExtractResponseSchema
from .errors import ApiProblem

bp = Blueprint("extract", __name__)

# Arabic-script letters (not digits, punctuation or diacritics), presentation forms included
ARABIC_LETTER = re.compile(
    "[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]")

_request_schema = ExtractRequestSchema()
_query_schema = ExtractQuerySchema()
_response_schema = ExtractResponseSchema()


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ApiProblem(400, f"The body is not valid UTF-8 (byte {err.start}).",
                         "malformed-body") from None


QUERY_FIELDS = ("published", "title", "id")


def _query_fields() -> dict:
    """published, title and id from the query string (other parameters are ignored)."""
    if not request.args:
        return {}   # nothing to validate (the schema requires no field)
    query = {key: request.args[key] for key in QUERY_FIELDS if key in request.args}
    errors = _query_schema.validate(query)
    if errors:
        raise ApiProblem(400, "The query parameters do not match the schema.", "validation",
                         errors=errors)
    return query


def _read_payload() -> dict:
    """The request as a dict for the request schema, from either content type.
    Query parameters count for both; a JSON body's own fields take precedence."""
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if mimetype == "application/json" or (mimetype.startswith("application/")
                                          and mimetype.endswith("+json")):
        if charset not in ("utf-8", "utf8"):
            raise ApiProblem(415, "JSON bodies must be UTF-8.", "unsupported-media-type")
        text = _decode(request.get_data(cache=False))
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError) as err:
            raise ApiProblem(400, f"The body is not valid JSON: {err}.", "malformed-body") from None
        if not isinstance(payload, dict):
            raise ApiProblem(400, "The JSON body must be an object.", "validation",
                             errors={"_schema": ["Expected a JSON object."]})
        return {**_query_fields(), **payload}
    if mimetype == "text/plain":
        if charset not in ("utf-8", "utf8"):
            raise ApiProblem(415, f"text/plain bodies must be UTF-8, not {charset}.",
                             "unsupported-media-type")
        return {**_query_fields(), "text": _decode(request.get_data(cache=False))}
    sent = request.content_type or "no content type"
    raise ApiProblem(415, f"Send application/json or text/plain; charset=utf-8, not {sent}.",
                     "unsupported-media-type")


@bp.post("/v1/extract")
def extract():
    payload = _read_payload()
    try:
        args = _request_schema.load(payload)
    except ValidationError as err:
        raise ApiProblem(400, "The request does not match the schema.", "validation",
                         errors=err.normalized_messages()) from None
    return run_pipeline(args["text"], published=args["published"], title=args["title"],
                        doc_id=args["id"])


def run_pipeline(text: str, published=None, title=None, doc_id=None) -> dict:
    """Check the text's limits and run the pipeline; Flask serialises the result."""
    limit = current_app.config["MAX_TEXT_CHARACTERS"]
    if len(text) > limit:
        raise ApiProblem(413, f"The text has {len(text)} characters; the limit is {limit}.",
                         "text-too-long")
    if not ARABIC_LETTER.search(text):
        raise ApiProblem(422, "The text contains no Arabic letters.", "no-arabic")
    result = pipeline.extract(text, published=published, title=title, doc_id=doc_id)
    if current_app.config["VALIDATE_RESPONSES"]:
        # The pipeline builds the response's exact shape, so production sends it as it is
        # (a marshmallow dump cost ~0.6 ms a request); tests prove the shape on every call.
        if _response_schema.dump(result) != result:
            raise AssertionError("the pipeline's result is not what the response schema dumps")
        errors = _response_schema.validate(result)
        if errors:
            raise AssertionError(f"the pipeline's result breaks the response schema: {errors}")
    return result
