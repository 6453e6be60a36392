"""openapi.yaml is valid, covers every route, and agrees with the marshmallow
schemas; the response checker used by every other test really rejects drift."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Response

from service import schemas

ROOT = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def test_spec_is_valid_openapi():
    validate(SPEC)
    assert SPEC["openapi"].startswith("3.")


def _spec_routes():
    out = set()
    for path, item in SPEC["paths"].items():
        for method in item:
            if method != "parameters":
                out.add((method.upper(), path))
    return out


def test_every_route_is_documented_and_every_documented_route_exists(app):
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = str(rule).replace("<", "{").replace(">", "}").replace("{article_id}", "{id}")
        routes |= {(m, path) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes == _spec_routes()


PAIRS = {
    "ExtractRequest": schemas.ExtractRequestSchema,
    "ExtractResponse": schemas.ExtractResponseSchema,
    "Document": schemas.DocumentSchema,
    "Span": schemas.SpanSchema,
    "Participant": schemas.ParticipantSchema,
    "Date": schemas.DateSchema,
    "Location": schemas.LocationSchema,
    "Meeting": schemas.MeetingSchema,
    "RelativeLocation": schemas.RelativeLocationSchema,
    "Site": schemas.SiteSchema,
    "Source": schemas.SourceSchema,
    "Claim": schemas.ClaimSchema,
    "CorpusEntry": schemas.CorpusEntrySchema,
    "CorpusList": schemas.CorpusListSchema,
    "CorpusArticle": schemas.CorpusArticleSchema,
    "AliasSet": schemas.AliasSetSchema,
    "ReferenceParticipant": schemas.ReferenceParticipantSchema,
    "ReferenceMeeting": schemas.ReferenceMeetingSchema,
    "ReferenceSite": schemas.ReferenceSiteSchema,
    "ReferenceClaim": schemas.ReferenceClaimSchema,
    "ReferenceRecords": schemas.ReferenceRecordsSchema,
    "Health": schemas.HealthSchema,
    "Problem": schemas.ProblemSchema,
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_marshmallow_and_openapi_agree_on_fields(name):
    spec_schema = SPEC["components"]["schemas"][name]
    fields = PAIRS[name]().fields
    assert set(fields) == set(spec_schema["properties"]), name
    required = {k for k, f in fields.items() if f.required}
    assert required == set(spec_schema.get("required", [])), name
    for key, field in fields.items():
        prop = spec_schema["properties"][key]
        spec_nullable = ("null" in prop.get("type", []) if isinstance(prop.get("type"), list)
                         else any(s.get("type") == "null" for s in prop.get("anyOf", [])))
        if name != "ExtractRequest" or key != "text":
            assert field.allow_none == spec_nullable, f"{name}.{key}"


def test_every_record_schema_of_the_contract_is_documented():
    for name in ("Meeting", "Participant", "Span", "Date", "Location", "Site",
                 "RelativeLocation", "Claim", "Source", "Document", "ExtractResponse", "Problem"):
        assert name in SPEC["components"]["schemas"]


def _response(status, body, mimetype="application/json"):
    return Response(json.dumps(body), status=status, mimetype=mimetype)


def test_checker_rejects_a_response_that_drifts(openapi_check):
    request = EnvironBuilder(method="GET", path="/healthz").get_request()
    openapi_check(request, _response(200, {"status": "ok"}))
    with pytest.raises(AssertionError, match="breaks openapi.yaml"):
        openapi_check(request, _response(200, {"status": "ok", "extra": 1}))
    with pytest.raises(AssertionError):
        openapi_check(request, _response(500, {"oops": True}, "application/problem+json"))


def test_checker_rejects_an_undocumented_route_that_is_not_a_problem(openapi_check):
    request = EnvironBuilder(method="GET", path="/nowhere").get_request()
    openapi_check(request, _response(404, {"type": "about:blank", "title": "Not Found",
                                           "status": 404, "detail": "x"},
                                     "application/problem+json"))
    with pytest.raises(AssertionError):
        openapi_check(request, Response("<h1>Not Found</h1>", status=404, mimetype="text/html"))
    with pytest.raises(AssertionError):
        openapi_check(request, _response(200, {}))


def test_checker_rejects_bad_records(openapi_check):
    request = EnvironBuilder(method="POST", path="/v1/extract").get_request()
    good = {"document": {"id": None, "language": "ar", "published": None,
                         "published_from": None, "characters": 3},
            "meetings": [], "military_sites": [], "claims": [], "warnings": []}
    openapi_check(request, _response(200, good))
    bad_site = {"id": "s1", "name": "قاعدة", "type": "castle", "section": "main", "mentions": []}
    with pytest.raises(AssertionError):
        openapi_check(request, _response(200, {**good, "military_sites": [bad_site]}))


def test_spec_and_service_agree_on_what_counts_as_arabic():
    from service.api.extract import ARABIC_LETTER
    pattern = SPEC["components"]["schemas"]["ArticleText"]["pattern"]
    assert pattern.encode("ascii").decode("unicode_escape") == ARABIC_LETTER.pattern


def test_query_parameters_agree_with_the_query_schema():
    from marshmallow import validate as v
    params = {p["name"]: p["schema"] for p in SPEC["paths"]["/v1/extract"]["post"]["parameters"]}
    fields = schemas.ExtractQuerySchema().fields
    assert set(params) == set(fields)
    for name, field in fields.items():
        lengths = [x.max for x in field.validators if isinstance(x, v.Length)]
        assert lengths == ([params[name]["maxLength"]] if "maxLength" in params[name] else [])
