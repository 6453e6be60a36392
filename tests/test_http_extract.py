"""POST /v1/extract over the Flask test client: both content types, every
error status, and the rule that nothing a caller sends produces a 500.
Record contents belong to the extractor tests; here only their shape."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import service.pipeline
from spans import iter_spans

ARABIC = "التقى الرئيس الروسي فلاديمير بوتين، أمس الخميس، المشير خليفة حفتر في موسكو."
PROBLEM = "application/problem+json"


def assert_problem(resp, status: int, kind: str | None = None) -> dict:
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == PROBLEM
    body = resp.get_json(force=True)
    assert body["status"] == status
    assert body["title"] and body["detail"]
    if kind:
        assert body["type"] == f"/docs#problem-{kind}"
    return body


# ---------------------------------------------------------------- success

def test_json_body(client):
    resp = client.post("/v1/extract", json={"text": ARABIC, "published": "2023-09-29",
                                            "title": "عنوان", "id": "doc-1"})
    assert resp.status_code == 200
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert list(body) == ["document", "meetings", "military_sites", "claims", "warnings"]
    assert body["document"]["id"] == "doc-1"
    assert body["document"]["language"] == "ar"
    assert body["document"]["published"] == "2023-09-29"
    assert body["document"]["published_from"] == "request"
    assert body["document"]["characters"] == len(ARABIC)
    for key in ("meetings", "military_sites", "claims", "warnings"):
        assert isinstance(body[key], list)


def test_plain_text_body(client):
    resp = client.post("/v1/extract?published=2023-09-29&id=p1", data=ARABIC.encode(),
                       content_type="text/plain; charset=utf-8")
    assert resp.status_code == 200
    doc = resp.get_json()["document"]
    assert (doc["id"], doc["published"], doc["published_from"]) == ("p1", "2023-09-29", "request")
    assert doc["characters"] == len(ARABIC)


def test_plain_text_without_charset_is_utf8(client):
    resp = client.post("/v1/extract", data=ARABIC.encode(), content_type="text/plain")
    assert resp.status_code == 200
    assert resp.get_json()["document"]["characters"] == len(ARABIC)


def test_both_content_types_give_the_same_result(client):
    as_json = client.post("/v1/extract", json={"text": ARABIC, "published": "2023-09-29"})
    as_text = client.post("/v1/extract?published=2023-09-29", data=ARABIC.encode(),
                          content_type="text/plain; charset=utf-8")
    assert as_json.get_json() == as_text.get_json()


def test_without_published_says_where_the_date_came_from(client):
    body = client.post("/v1/extract", json={"text": ARABIC}).get_json()
    assert body["document"]["published_from"] in ("text", None)
    if body["document"]["published_from"] is None:
        assert body["document"]["published"] is None
        assert body["warnings"], "an unresolved publication date should be warned about"


def test_null_optional_fields_are_accepted(client):
    resp = client.post("/v1/extract", json={"text": ARABIC, "published": None, "title": None,
                                            "id": None})
    assert resp.status_code == 200
    assert resp.get_json()["document"]["id"] is None


def test_json_with_charset_and_vendor_json_type(client):
    data = json.dumps({"text": ARABIC}).encode()
    for ctype in ("application/json; charset=utf-8", "application/vnd.api+json"):
        assert client.post("/v1/extract", data=data, content_type=ctype).status_code == 200


def test_spans_index_the_text_sent(client, seed_index, seed_bytes):
    for entry in seed_index:
        text = seed_bytes[entry["id"]].decode("utf-8")
        body = client.post("/v1/extract", json={"text": text, "published": entry["published"]}
                           ).get_json()
        assert body["document"]["characters"] == len(text)
        for span in iter_spans(body):
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"]


def test_arabic_presentation_forms_count_as_arabic(client):
    assert client.post("/v1/extract", json={"text": "ﻻ ﺑﻨﻐﺎﺯﻱ"}).status_code == 200


def test_text_at_the_character_limit_is_accepted(client, app):
    app.config["MAX_TEXT_CHARACTERS"] = 1000
    assert client.post("/v1/extract", json={"text": "ب" * 1000}).status_code == 200


# ---------------------------------------------------------------- 400

@pytest.mark.parametrize("data", [b"{", b'{"text": "\xd8\xa8"', b"", b"{'text': 'x'}",
                                  b'{"text": "a"} trailing', b"NaN-ish"])
def test_malformed_json_is_400(client, data):
    assert_problem(client.post("/v1/extract", data=data, content_type="application/json"),
                   400, "malformed-body")


def test_deeply_nested_json_is_400_not_500(client):
    data = b"[" * 100_000 + b"]" * 100_000
    resp = client.post("/v1/extract", data=data, content_type="application/json")
    assert resp.status_code == 400


@pytest.mark.parametrize("data", [b'{"text": "\xff\xfe"}', b'{"text": "\xd8"}'])
def test_invalid_utf8_json_is_400(client, data):
    assert_problem(client.post("/v1/extract", data=data, content_type="application/json"),
                   400, "malformed-body")


def test_invalid_utf8_plain_text_is_400(client):
    body = assert_problem(client.post("/v1/extract", data="بنغازي".encode() + b"\xc3\x28",
                                      content_type="text/plain; charset=utf-8"),
                          400, "malformed-body")
    assert "UTF-8" in body["detail"]


@pytest.mark.parametrize("payload", ["null", "[]", '["text"]', '"text"', "42", "true"])
def test_json_that_is_not_an_object_is_400(client, payload):
    body = assert_problem(client.post("/v1/extract", data=payload,
                                      content_type="application/json"), 400, "validation")
    assert "_schema" in body["errors"]


@pytest.mark.parametrize("payload, field", [
    ({}, "text"),
    ({"text": None}, "text"),
    ({"text": 5}, "text"),
    ({"text": ["بنغازي"]}, "text"),
    ({"text": {"a": "b"}}, "text"),
    ({"text": ""}, "text"),
    ({"text": "  \n\t "}, "text"),
    ({"text": "بنغازي\ud800"}, "text"),
    ({"text": ARABIC, "published": "25-08-2023"}, "published"),
    ({"text": ARABIC, "published": "2023-02-30"}, "published"),
    ({"text": ARABIC, "published": "20230825"}, "published"),
    ({"text": ARABIC, "published": "2023-08-25T10:00:00"}, "published"),
    ({"text": ARABIC, "published": "0001-01-01"}, "published"),
    ({"text": ARABIC, "published": "9999-12-31"}, "published"),
    ({"text": ARABIC, "published": 20230825}, "published"),
    ({"text": ARABIC, "title": 7}, "title"),
    ({"text": ARABIC, "title": "t" * 1001}, "title"),
    ({"text": ARABIC, "id": ["x"]}, "id"),
    ({"text": ARABIC, "id": "x" * 201}, "id"),
    ({"text": ARABIC, "id": "\udfff"}, "id"),
    ({"text": ARABIC, "lang": "ar"}, "lang"),
])
def test_schema_violations_are_400_with_field_messages(client, payload, field):
    resp = client.post("/v1/extract", data=json.dumps(payload), content_type="application/json")
    body = assert_problem(resp, 400, "validation")
    assert field in body["errors"], body
    assert all(isinstance(m, str) for m in body["errors"][field])


def test_unknown_key_with_a_lone_surrogate_is_echoed_safely(client):
    resp = client.post("/v1/extract", data=b'{"text": "\\u0628", "\\ud800x": 1}',
                       content_type="application/json")
    body = assert_problem(resp, 400, "validation")
    assert "\ufffdx" in body["errors"]


def test_all_field_errors_are_reported_at_once(client):
    body = assert_problem(client.post("/v1/extract", json={"text": 1, "published": "x", "z": 0}),
                          400, "validation")
    assert set(body["errors"]) == {"text", "published", "z"}


def test_bad_published_query_parameter_is_400(client):
    body = assert_problem(client.post("/v1/extract?published=yesterday", data=ARABIC.encode(),
                                      content_type="text/plain"), 400, "validation")
    assert "published" in body["errors"]


def test_query_parameters_are_checked_for_json_bodies_too(client):
    resp = client.post("/v1/extract?title=" + "t" * 1001, json={"text": ARABIC})
    assert "title" in assert_problem(resp, 400, "validation")["errors"]
    resp = client.post("/v1/extract?published=1700-01-01", json={"text": ARABIC})
    assert "published" in assert_problem(resp, 400, "validation")["errors"]


def test_json_fields_take_precedence_over_query_parameters(client):
    doc = client.post("/v1/extract?published=2020-01-01&id=q", json={
        "text": ARABIC, "published": "2023-09-29"}).get_json()["document"]
    assert (doc["published"], doc["id"]) == ("2023-09-29", "q")


def test_empty_plain_text_is_400(client):
    assert_problem(client.post("/v1/extract", data=b"   ", content_type="text/plain"),
                   400, "validation")


# ---------------------------------------------------------------- 413

def test_body_over_the_limit_is_413_before_parsing(client, app, monkeypatch):
    calls = []
    monkeypatch.setattr(service.pipeline, "extract", lambda *a, **k: calls.append(a))
    limit = app.config["MAX_CONTENT_LENGTH"]
    assert 1024 * 1024 < limit <= 4 * 1024 * 1024
    data = b'{"text": "' + b"x" * limit + b'"}'
    body = assert_problem(client.post("/v1/extract", data=data, content_type="application/json"),
                          413, "body-too-large")
    assert str(limit) in body["detail"]
    assert not calls


def test_plain_body_over_the_limit_is_413(client, app):
    data = "ب".encode() * app.config["MAX_CONTENT_LENGTH"]
    assert_problem(client.post("/v1/extract", data=data, content_type="text/plain"),
                   413, "body-too-large")


def test_text_over_200000_characters_is_413(client, app):
    assert app.config["MAX_TEXT_CHARACTERS"] == 200_000
    text = "ب" * 200_001   # 400 kB of UTF-8: under the body limit, over the text limit
    body = assert_problem(client.post("/v1/extract", json={"text": text}), 413, "text-too-long")
    assert "200000" in body["detail"]


# ---------------------------------------------------------------- 415

@pytest.mark.parametrize("content_type", [
    None, "", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
    "application/xml", "text/html", "text/plain; charset=latin-1", "text/plain; charset=utf-16",
    "application/json; charset=utf-16", "application/octet-stream"])
def test_unsupported_content_types_are_415(client, content_type):
    headers = {} if content_type is None else {"Content-Type": content_type}
    resp = client.post("/v1/extract", data=ARABIC.encode(), headers=headers)
    assert_problem(resp, 415, "unsupported-media-type")


# ---------------------------------------------------------------- 422

@pytest.mark.parametrize("text", ["The minister met the marshal in Benghazi.", "12345 ... !!",
                                  "١٢٣ ، ؟ ۝", "\u064b\u064c\u0651", "Мининистр встретился"])
def test_text_without_arabic_letters_is_422(client, text):
    assert_problem(client.post("/v1/extract", json={"text": text}), 422, "no-arabic")
    assert_problem(client.post("/v1/extract", data=text.encode(), content_type="text/plain"),
                   422, "no-arabic")


# ---------------------------------------------------------------- 404, 405, 500

@pytest.mark.parametrize("path", ["/", "/v1", "/v1/extract/", "/v2/extract", "/v1/corpus/x/y",
                                  "/favicon.ico"])
def test_unknown_routes_are_404_problems(client, path):
    assert_problem(client.get(path), 404, "not-found")


@pytest.mark.parametrize("method, path", [("get", "/v1/extract"), ("put", "/v1/extract"),
                                          ("delete", "/v1/extract"), ("post", "/v1/corpus"),
                                          ("post", "/healthz"), ("patch", "/docs")])
def test_wrong_methods_are_405_problems_with_allow(client, method, path):
    resp = getattr(client, method)(path)
    assert_problem(resp, 405, "method-not-allowed")
    assert resp.headers.get("Allow")


def test_unexpected_failure_is_a_500_problem_without_internals(client, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("secret internal detail")
    monkeypatch.setattr(service.pipeline, "extract", boom)
    body = assert_problem(client.post("/v1/extract", json={"text": ARABIC}), 500, "internal")
    assert "secret" not in json.dumps(body)


def test_pipeline_result_breaking_the_schema_is_caught_in_tests(client, monkeypatch):
    monkeypatch.setattr(service.pipeline, "extract", lambda *a, **k: {"meetings": "nope"})
    assert_problem(client.post("/v1/extract", json={"text": ARABIC}), 500, "internal")


def test_head_and_options_do_not_fail(client):
    assert client.options("/v1/extract").status_code == 200
    assert client.head("/healthz").status_code == 200


# ---------------------------------------------------------------- never a 500

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8),
                                                                      children, max_size=3),
    max_leaves=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.fixed_dictionaries({}, optional={
    "text": st.one_of(st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
                      st.text(alphabet="بنغازي حفتر موسكو التقى قال، .\n\"«»0123456789", max_size=300),
                      json_values),
    "published": st.one_of(st.none(), st.dates().map(str), st.text(max_size=12), json_values),
    "title": st.one_of(st.none(), st.text(max_size=30)),
    "id": st.one_of(st.none(), st.text(max_size=30)),
}))
def test_no_json_payload_produces_a_500(client, payload):
    resp = client.post("/v1/extract", data=json.dumps(payload), content_type="application/json")
    assert resp.status_code in (200, 400, 413, 422), resp.get_data(as_text=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
       content_type=st.sampled_from(["application/json", "text/plain", "text/plain; charset=utf-8",
                                     "application/problem+json", "text/csv", "image/png"]),
       published=st.one_of(st.none(), st.text(max_size=12)))
def test_no_raw_body_produces_a_500(client, data, content_type, published):
    query = {} if published is None else {"published": published}
    resp = client.post("/v1/extract", data=data, content_type=content_type, query_string=query)
    assert resp.status_code in (200, 400, 413, 415, 422), resp.get_data(as_text=True)
    assert resp.mimetype in ("application/json", PROBLEM)
