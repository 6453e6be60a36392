"""Bad input, hostile input and pathological input.

Every class of input a caller can send gets either a clear 4xx
``application/problem+json`` or a correct 200: never a 500, never a hang,
never a span whose offsets do not point at its text.  Every response here
also passes the OpenAPI contract check (the ``client`` fixture in conftest).

Hang protection (tests/guards.py): each test runs under a generous wall-clock cap (SIGALRM,
``CAP_SECONDS``) so a regression in linear-time behaviour fails the test
instead of hanging CI; ``faulthandler`` is a backstop that dumps every
thread's stack and exits should the alarm not fire.  There are no timing
assertions: the cap is an order of magnitude above what any input here
needs on a slow machine.
"""
from __future__ import annotations

import importlib
import json
import re
from functools import wraps

import pytest

from guards import HangError, assert_no_internal_error, assert_spans, extract_checked, hang_cap

boilerplate = importlib.import_module("service.text.boilerplate")
normalise = importlib.import_module("service.text.normalise")
segment = importlib.import_module("service.text.segment")
tokens = importlib.import_module("service.text.tokens")

CAP_SECONDS = 20
PROBLEM = "application/problem+json"
ARABIC = "التقى الرئيس الروسي فلاديمير بوتين، أمس الخميس، المشير خليفة حفتر في موسكو."
LIMIT = 200_000


# ---------------------------------------------------------------- helpers

@pytest.fixture(autouse=True)
def capped():
    with hang_cap(CAP_SECONDS):
        yield


def assert_ok(resp, text: str) -> dict:
    assert resp.status_code == 200, resp.get_data(as_text=True)[:2000]
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert body["document"]["characters"] == len(text)
    assert_spans(body, text)
    assert_no_internal_error(body)
    return body


def assert_problem(resp, status: int | tuple[int, ...], kind: str | None = None) -> dict:
    statuses = (status,) if isinstance(status, int) else status
    assert resp.status_code in statuses, (resp.status_code, resp.get_data(as_text=True)[:2000])
    assert resp.mimetype == PROBLEM, resp.mimetype
    body = json.loads(resp.get_data())
    assert body["status"] == resp.status_code
    assert body["title"] and body["detail"]
    if kind:
        assert body["type"] == f"/docs#problem-{kind}", body
    return body


def post_json_bytes(client, raw: bytes, content_type: str = "application/json"):
    return client.post("/v1/extract", data=raw, content_type=content_type)


def post_text(client, text: str, query: str = ""):
    return client.post("/v1/extract" + query, data=text.encode("utf-8"),
                       content_type="text/plain; charset=utf-8")


# ---------------------------------------------------------------- malformed bodies

@pytest.mark.parametrize("raw", [
    b"", b"{", b"}", b"{\"text\": ", b"{'text': 'x'}", b"{\"text\": \"a\",}", b"text=abc",
    b"{\"text\": \"\\x41\"}", b"{\"text\": \"\\u12\"}", b"\xef\xbb\xbf{\"text\": \"\xd9\x82\"}",
    b"NaN", b"{\"text\": NaN}", b"[1, 2", b"\x00\x00\x00", b"{\"text\": \"a\"} trailing",
])
def test_malformed_json_is_400(client, raw):
    assert_problem(post_json_bytes(client, raw), 400)


@pytest.mark.parametrize("raw", [
    b"null", b"[]", b"[{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\"}]", b"\"text\"", b"42", b"true",
    b"{}", b"{\"text\": null}", b"{\"text\": 42}", b"{\"text\": [\"a\"]}", b"{\"text\": {}}",
    b"{\"text\": true}", b"{\"text\": \"\"}", b"{\"text\": \"   \\n\\t  \"}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"published\": 20230825}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"published\": \"2023-02-30\"}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"published\": \"25/08/2023\"}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"published\": \"0001-01-01\"}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"published\": \"9999-12-31\"}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"published\": \"2023-08-25T10:00:00\"}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"published\": \"\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa3-08-25\"}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"title\": 5}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"id\": [1]}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"unknown\": 1}",
    b"{\"text\": \"\xd9\x82\xd8\xa7\xd9\x84\", \"text \": 1}",
])
def test_wrong_json_types_are_400(client, raw):
    assert_problem(post_json_bytes(client, raw), 400)


def test_duplicate_keys_last_wins_or_400(client):
    raw = json.dumps({"text": ARABIC}).encode()[:-1] + b", \"text\": \"\xd9\x82\xd8\xa7\xd9\x84\"}"
    resp = post_json_bytes(client, raw)
    if resp.status_code == 200:
        assert_ok(resp, "قال")
    else:
        assert_problem(resp, 400)


@pytest.mark.parametrize("raw", [
    b"{\"text\": \"\xff\xfe\"}",                      # not UTF-8 at all
    b"{\"text\": \"\xd9\"}",                          # truncated sequence
    b"{\"text\": \"\xc0\xaf\"}",                      # overlong encoding
    b"{\"text\": \"\xed\xa0\x80\"}",                  # an encoded surrogate (CESU)
    b"{\"text\": \"\xf4\x90\x80\x80\"}",              # beyond U+10FFFF
    b"\xff\xfe{\x00\"\x00t\x00",                      # UTF-16 with a BOM
])
def test_invalid_utf8_in_json_is_400(client, raw):
    assert_problem(post_json_bytes(client, raw), 400)


@pytest.mark.parametrize("raw", [b"\xff\xfe", "قال".encode() + b"\xd9", b"\xed\xa0\x80",
                                 "قال ".encode() + b"\xc0\xaf" + "الوزير".encode()])
def test_invalid_utf8_in_plain_text_is_400(client, raw):
    resp = client.post("/v1/extract", data=raw, content_type="text/plain; charset=utf-8")
    assert_problem(resp, 400)


@pytest.mark.parametrize("escaped", ["\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d",
                                     "abc\\ud800def"])
@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_lone_surrogates_are_400(client, escaped, field):
    payload = {"text": ARABIC}
    raw = json.dumps(payload)[:-1] + f', "{field}": "قال {escaped}"}}'
    if field == "text":
        raw = f'{{"text": "قال {escaped} الوزير"}}'
    assert_problem(post_json_bytes(client, raw.encode("utf-8")), 400)


def test_lone_surrogate_in_a_published_value_is_400(client):
    raw = '{"text": "قال", "published": "2023-08-2\\ud800"}'
    assert_problem(post_json_bytes(client, raw.encode()), 400)


@pytest.mark.parametrize("key", ["\\ud800", "x\\udfffy", "\\ud83d\\ude00"])
def test_surrogates_in_an_unknown_key_are_400(client, key):
    """The unknown key is echoed in the field-by-field errors: it must still serialise."""
    raw = f'{{"text": "قال", "{key}": 1}}'
    assert_problem(post_json_bytes(client, raw.encode()), 400)


def test_paired_surrogate_escape_is_an_astral_character(client):
    raw = '{"text": "قال \\ud83d\\ude00 الوزير"}'
    body = assert_ok(post_json_bytes(client, raw.encode()), "قال \U0001F600 الوزير")
    assert body["document"]["characters"] == 12   # the emoji is one code point


# ---------------------------------------------------------------- NUL and control bytes

@pytest.mark.parametrize("text", [
    "قال\x00الوزير", "\x00" + ARABIC, ARABIC + "\x00" * 1000, "قال" + "\x00" * 50_000,
    "قال \x01\x02\x03\x07\x08\x0b\x0c\x1b\x7f الوزير", ARABIC.replace(" ", "\x00"),
])
def test_nul_and_c0_controls(client, text):
    assert_ok(client.post("/v1/extract", json={"text": text}), text)
    assert_ok(post_text(client, text), text)


def test_nul_escape_in_json(client):
    raw = '{"text": "قال\\u0000الوزير \\u0000"}'
    assert_ok(post_json_bytes(client, raw.encode()), "قال\x00الوزير \x00")


# ---------------------------------------------------------------- nesting and size

@pytest.mark.parametrize("depth", [100, 1000, 10_000, 100_000, 500_000])
def test_deeply_nested_json(client, depth):
    for raw in ("[" * depth + "]" * depth,
                '{"text": ' + "[" * depth + "]" * depth + "}",
                '{"text": "قال", "x": ' + '{"a": ' * depth + "1" + "}" * depth + "}"):
        assert_problem(post_json_bytes(client, raw.encode()), (400, 413))


def test_unclosed_deep_nesting(client):
    assert_problem(post_json_bytes(client, b"[" * 1_000_000), (400, 413))


def test_body_over_the_limit_is_413(client, app):
    limit = app.config["MAX_CONTENT_LENGTH"]
    raw = json.dumps({"text": "ق" * (limit // 2 + 10)}, ensure_ascii=False).encode()
    assert len(raw) > limit
    assert_problem(post_json_bytes(client, raw), 413, "body-too-large")
    assert_problem(client.post("/v1/extract", data=b"\xd9\x82" * (limit // 2 + 1),
                               content_type="text/plain; charset=utf-8"), 413, "body-too-large")


def test_body_over_the_limit_without_content_length_is_413(client, app):
    """A chunked upload (no Content-Length) is cut at the limit too."""
    limit = app.config["MAX_CONTENT_LENGTH"]
    import io
    stream = io.BytesIO(b'{"text": "' + b"a" * (limit + 100) + b'"}')
    resp = client.post("/v1/extract", input_stream=stream, content_type="application/json",
                       headers={"Transfer-Encoding": "chunked"})
    assert resp.status_code in (400, 413), resp.status_code
    assert resp.mimetype == PROBLEM


def test_text_over_the_character_limit_is_413(client):
    text = "ق" * (LIMIT + 1)
    assert_problem(client.post("/v1/extract", json={"text": text}), 413, "text-too-long")
    assert_problem(post_text(client, text), 413, "text-too-long")


def test_text_at_the_character_limit_is_200(client):
    text = ("قال الوزير إن " * (LIMIT // 14 + 1))[:LIMIT]
    assert_ok(client.post("/v1/extract", json={"text": text}), text)


def test_text_over_the_limit_counting_astral_as_one(client):
    """The limit is in code points, so 200,000 emoji are allowed (800 kB of UTF-8)."""
    text = "ق" + "\U0001F600" * (LIMIT - 1)
    assert_ok(client.post("/v1/extract", json={"text": text}), text)


# ---------------------------------------------------------------- content types

@pytest.mark.parametrize("content_type", [
    None, "", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
    "application/xml", "text/html", "text/csv", "application/octet-stream", "image/png",
    "application/json; charset=latin-1", "application/json; charset=utf-16",
    "text/plain; charset=iso-8859-6", "text/plain; charset=windows-1256",
    "text/plain; charset=utf-16", "garbage", "json",
])
def test_wrong_or_missing_content_type_is_415(client, content_type):
    data = json.dumps({"text": ARABIC}).encode()
    if content_type is None:
        resp = client.post("/v1/extract", data=data)
    else:
        resp = client.post("/v1/extract", data=data, headers={"Content-Type": content_type})
    assert_problem(resp, 415, "unsupported-media-type")


@pytest.mark.parametrize("content_type", [
    "application/json", "application/json; charset=utf-8", "application/json; charset=UTF-8",
    "Application/JSON", "application/json;charset=utf8",
])
def test_json_content_type_variants(client, content_type):
    resp = client.post("/v1/extract", data=json.dumps({"text": ARABIC}).encode(),
                       headers={"Content-Type": content_type})
    assert_ok(resp, ARABIC)


def test_compressed_body_is_not_inflated(client):
    """A gzip body is never decompressed (no zip bombs): it is bytes that are not
    UTF-8 JSON, so 400 (or 415 if the encoding is refused outright)."""
    import gzip
    raw = gzip.compress(json.dumps({"text": "ق" * 100_000}).encode())
    resp = client.post("/v1/extract", data=raw, content_type="application/json",
                       headers={"Content-Encoding": "gzip"})
    assert_problem(resp, (400, 415))


def test_json_sent_as_plain_text_is_the_text(client):
    """A JSON body labelled text/plain is taken as the article text itself."""
    raw = json.dumps({"text": ARABIC}, ensure_ascii=False)
    assert_ok(post_text(client, raw), raw)


def test_wrong_methods_are_405(client):
    for method in ("get", "put", "delete", "patch"):
        assert_problem(getattr(client, method)("/v1/extract"), 405, "method-not-allowed")


@pytest.mark.parametrize("query", ["?published=2023-13-01", "?published=yesterday",
                                   "?published=", "?id=" + "x" * 201, "?title=" + "t" * 1001,
                                   "?unknown=1&published=2023-08-25"])
def test_bad_query_parameters_for_plain_text(client, query):
    resp = post_text(client, ARABIC, query)
    if resp.status_code == 200:     # an unknown parameter may be ignored
        assert query.startswith("?unknown")
        assert_ok(resp, ARABIC)
    else:
        assert_problem(resp, 400)


def test_query_with_invalid_percent_escapes(client):
    resp = post_text(client, ARABIC, "?published=%ED%A0%80&id=%FF%FE")
    assert resp.status_code in (200, 400)
    if resp.status_code == 400:
        assert_problem(resp, 400)


# ---------------------------------------------------------------- text content classes

NO_ARABIC = ["Hello world. The minister met the general.", "1234567890", "٠١٢٣٤٥٦٧٨٩",
             "\u064b\u064c\u064d\u0651\u0652", "ـــــ", "«»،؛؟", "Привет мир", "你好世界",
             "שלום עולם", "\U0001F600\U0001F680", "\u200f\u200e\u202b\u202c", "\x00\x01"]


@pytest.mark.parametrize("text", NO_ARABIC)
def test_text_without_arabic_letters_is_422(client, text):
    assert_problem(client.post("/v1/extract", json={"text": text}), 422, "no-arabic")
    assert_problem(post_text(client, text), 422, "no-arabic")


PERSIAN = ("وزیر امور خارجه ایران روز پنجشنبه با همتای روسی خود در مسکو دیدار کرد. "
           "او گفت: «همکاری‌های نظامی ادامه دارد». ۱۴۰۲/۰۶/۰۲")
URDU = ("پاکستان کے وزیر اعظم نے جمعرات کو اسلام آباد میں چینی سفیر سے ملاقات کی۔ "
        "انہوں نے کہا کہ ”تعاون جاری رہے گا“۔ ۲۰۲۳")

HTML = ("<html><head><script>alert('x')</script><style>p{}</style></head><body>"
        "<h1>التقى بوتين حفتر</h1><p dir=\"rtl\">قال المتحدث باسم الكرملين &laquo;إن"
        " اللقاء مثمر&raquo; &amp; أضاف: <b>«التعاون مستمر»</b></p><!-- التقى --><br/>"
        "<a href=\"javascript:alert(1)\">اقرأ أيضا</a></body></html>")

BIDI = ("\u202bالتقى\u202c \u200fبوتين\u200f \u2066حفتر\u2069 \u202eفي موسكو\u202c "
        "\u200bقال\u200b\u200c\u200d الوزير\ufeff: «\u061cالتعاون\u200e مستمر».\u00ad")

EMOJI = ("\U0001F1F7\U0001F1FA التقى بوتين 👋🏽 حفتر 🇱🇾 في موسكو 🏛️. قال 👨‍👩‍👧 الوزير: "
         "«𝕋𝕖𝕤𝕥 𝟙𝟚𝟛 ممتاز 𓀀» 😀" + "\U000E0041\U0010FFFD\U0001D400")

CRLF = ("التقى الرئيس الروسي بوتين\r\nأمس الخميس المشير خليفة حفتر\r\n\r\n"
        "قال المتحدث: «التعاون مستمر».\r\nاقرأ أيضا\r\nعنوان آخر\r\rسطر\r")

DIACRITICS = ("التَّقَى الرَّئِيسُ الرُّوسِيُّ فَلَادِيمِيرُ بُوتِين، أَمْسِ الخَمِيسِ، "
              "المُشِيرَ خَلِيفَةَ حَفْتَر فِي مُوسْكُو. قَـــــالَ الـــوزيـــر: «مُسْتَمِرٌّ».")

MIXED = ("Putin met Haftar in Moscow on 2023-09-28. التقى بوتين حفتر. "
         "Le ministre a dit «coopération». 26/9/2023 Reuters (AFP/Getty)")


@pytest.mark.parametrize("text", [PERSIAN, URDU, HTML, BIDI, EMOJI, CRLF, DIACRITICS, MIXED,
                                  "ق", " ق ", "\n\nق\n\n", "ـقـ", "ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ", "ٱلْحَمْدُ",
                                  "ق" + "\u0651" * 1000, "\u200f" * 1000 + "قال" + "\u200e" * 1000],
                         ids=["persian", "urdu", "html", "bidi", "emoji", "crlf", "diacritics",
                              "mixed", "one-letter", "padded", "blank-lines", "tatweel",
                              "presentation-forms", "wasla", "shadda-run", "bidi-run"])
def test_text_classes_give_200_with_exact_spans(client, text):
    assert_ok(client.post("/v1/extract", json={"text": text}), text)
    assert_ok(post_text(client, text), text)
    assert_ok(client.post("/v1/extract", json={"text": text, "published": "2023-09-29"}), text)


def test_crlf_offsets_count_the_carriage_returns(client):
    lf = CRLF.replace("\r\n", "\n").replace("\r", "\n")
    body_crlf = assert_ok(client.post("/v1/extract", json={"text": CRLF}), CRLF)
    body_lf = assert_ok(client.post("/v1/extract", json={"text": lf}), lf)
    assert body_crlf["document"]["characters"] > body_lf["document"]["characters"]
    # the same records are found whichever line endings the caller used
    for key in ("meetings", "military_sites", "claims"):
        assert len(body_crlf[key]) == len(body_lf[key]), key


def test_seed_articles_with_every_hostile_decoration(client, seed_bytes):
    """Each seed wrapped in bidi marks, with CRLF, tatweel, zero-width joiners and NUL."""
    for raw in seed_bytes.values():
        text = raw.decode("utf-8")
        for variant in (text.replace("\n", "\r\n"),
                        text.replace(" ", " \u200b"),
                        "\u202b" + text.replace("\n", "\u202c\n\u202b") + "\u202c",
                        text.replace("ا", "اـ"),
                        text.replace("،", "\x00،"),
                        "<p>" + text.replace("\n", "</p>\n<p>") + "</p>"):
            assert_ok(client.post("/v1/extract", json={"text": variant, "published": "2023-09-29"}),
                      variant)


# ---------------------------------------------------------------- pathological repetition

def _fit(unit: str, limit: int = LIMIT) -> str:
    return (unit * (limit // len(unit) + 1))[:limit]


PATHOLOGICAL = {
    "qala-x50k": "قال " * 50_000,
    "iltaqa-x33k": _fit("التقى "),
    "met-with-x": _fit("التقى بوتين مع حفتر "),
    "framed-meeting-noun-x": _fit("وقال المسؤول، خلال لقائه الوزير في القصر، "),   # one sentence, many frames
    "cue-run-no-space": _fit("قالقال"),
    "guillemet-open-x50k": "قال " + "«" * 50_000,
    "guillemets-mixed": "قال " + "«»" * 50_000,
    "guillemet-words": _fit("«قال» "),
    "quote-unbalanced": _fit("قال: «الوزير "),
    "quote-after-cue": _fit('قال "ا" '),
    "ascii-quotes": "قال " + '"' * 100_000,
    "one-200k-word": "ق" * LIMIT,
    "one-word-latin-tail": "قال " + "a" * (LIMIT - 4),
    "commas-100k": "قال " + "," * 100_000,
    "arabic-commas-100k": "قال " + "،" * 100_000,
    "dots-100k": "قال " + "." * 100_000,
    "dot-space-x": _fit("قال. "),
    "question-marks": "قال " + "؟" * 100_000,
    "spaces": "قال" + " " * (LIMIT - 3),
    "newlines": "قال" + "\n" * (LIMIT - 3),
    "crlf-x": "قال" + "\r\n" * 99_000,
    "lines-of-one-letter": _fit("ق\n"),
    "tatweel": "ق" + "ـ" * (LIMIT - 1),
    "diacritics": "ق" + "\u064e" * (LIMIT - 1),
    "zero-width": "ق" + "\u200b" * (LIMIT - 1),
    "digits": "قال " + "1" * (LIMIT - 4),
    "digit-groups": _fit("2023 "),
    "dates-x": _fit("الخميس 17 سبتمبر 2023 "),
    "date-slashes": _fit("26/9/2023/"),
    "date-dots": _fit("2023.9.26."),
    "weekday-run": _fit("الخميس الماضي "),
    "months": _fit("سبتمبر أيلول "),
    "ams-run": _fit("أمس "),
    "open-parens": "قال " + "(" * 100_000,
    "paren-latin": "قال (" + "a" * (LIMIT - 5),
    "paren-slash": "قال (" + "/" * (LIMIT - 5),
    "paren-agency": "قال (" + "afp " * 49_000,
    "parens-nested": "قال " + "(" * 50_000 + ")" * 50_000,
    "punct-mixed": "قال " + "!?" * 99_000 + "x",
    "punct-mixed-dots": "قال " + ".!" * 99_000 + "x",
    "quoted-sentences": "قال " + _fit('"ا". ', LIMIT - 4),
    "quoted-words": "قال " + _fit('«ا» ', LIMIT - 4),
    "furniture-spaces": "قال\n+ الخط" + " " * 190_000 + "x",
    "dashes": "قال " + "-" * 100_000,
    "tatweel-dashes": "قال " + "ــ" * 50_000,
    "byline-like": "عنوان\n" + "موسكو" + " " * 100_000 + "-",
    "read-also-x": _fit("اقرأ أيضا\n"),
    "tags-x": _fit("كلمات دلالية: "),
    "source-x": _fit("المصدر | "),
    "titles-x": _fit("وزير الدفاع "),
    "ranks-x": _fit("اللواء العقيد "),
    "rank-name-x": _fit("العقيد أيوب "),
    "group-x": _fit("وفد من المسؤولين "),
    "haftar-x": _fit("حفتر "),
    "places-x": _fit("موسكو بنغازي "),
    "base-x": _fit("قاعدة الجفرة الجوية "),
    "wagner-x": _fit("قوات فاغنر "),
    "wagner-parens": "قال (" + _fit("عناصر فاغنر ", LIMIT - 5),
    "glued-x": _fit("عناصرفاغنر "),
    "meeting-sentences": _fit("التقى بوتين حفتر في موسكو أمس. "),
    "meeting-no-stop": _fit("التقى بوتين حفتر في موسكو أمس و"),
    "claim-sentences": _fit("وقال المتحدث باسم الكرملين إن التعاون مستمر. "),
    "claim-no-stop": _fit("وقال المتحدث باسم الكرملين إن "),
    "visit-x": _fit("زار حفتر موسكو "),
    "haftar-lines": _fit("حفتر\n"),
    "people-orgs": _fit("خليفة حفتر قائد الجيش الوطني الليبي "),
    "according-x": _fit("وفق مصادر "),
    "denied-x": _fit("ونفى "),
    "proclitics": _fit("وبلل"),
    "html-tags": _fit("<b>قال</b>"),
    "emoji": "ق" + "\U0001F600" * (LIMIT - 1),
    "alternating-scripts": _fit("قa"),
    "header-dates": _fit("25 اغسطس 2023\n"),
    "publication-cue-x": _fit("تاريخ النشر: "),
    "dateline-x": _fit("موسكو - "),
    "honorific-pronouns": "التقى معالي الشيخ سالم الكعبي الوزير. " + _fit("والتقى معاليه الوزير، ")[:LIMIT - 40],
    "styled-people": _fit("التقى سعادة الشيخ محمد بن علي آل ثاني، "),
    "pattern-names": _fit("العقيد محمد علي الفلاني وقال علي الفلاني، "),
    "group-coordinated": _fit("أن وفداً عسكرياً زار المدينة، والتقى "),
    "same-day": _fit("في اليوم ذاته اجتمع "),
    "circulated-denials": _fit("ونفى الوزير ما تداولته وسائل إعلام عن "),
    "weeks": _fit("الأسبوع الماضي "),
    "future-weekdays": _fit("سيلتقي الوزير الخميس "),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_repetition_in_the_pipeline(name):
    text = PATHOLOGICAL[name]
    assert len(text) <= LIMIT
    extract_checked(text)
    if any(w in name for w in ("date", "weekday", "months", "ams", "header", "publication")):
        extract_checked(text, published="2023-09-29")   # relative dates resolved too


@pytest.mark.parametrize("name", ["qala-x50k", "iltaqa-x33k", "guillemet-open-x50k",
                                  "one-200k-word", "commas-100k", "paren-latin", "dates-x",
                                  "titles-x", "haftar-x", "punct-mixed", "quoted-sentences"])
def test_pathological_repetition_over_http(client, name):
    text = PATHOLOGICAL[name]
    assert_ok(client.post("/v1/extract", json={"text": text, "published": "2023-09-29"}), text)


# ---------------------------------------------------------------- adversarial inputs per regex

# Inputs aimed at the riskiest patterns (see bench/README.md, "Linear-time
# regular expressions"): long runs of what a pattern's repeated class accepts,
# ending in what makes the match fail, so a backtracking engine retries at
# every start position.
ADVERSARIAL_LINES = {
    "credit-latin": "(" + "a" * 100_000,
    "credit-slash": "(" + "/" * 100_000,
    "credit-agency": "(" + "afp" * 30_000,
    "credit-many-opens": "(a" * 50_000,
    "credit-close-then-text": "(a/b)" + " " * 50_000 + "x",
    "byline": "a" * 50_000 + " " + "b" * 50_000 + " " * 50_000,
    "byline-spaces": "a" + " " * 100_000 + "b",
    "read-also": "اقرا" + " " * 100_000 + "x",
    "tags": "كلمات" + " " * 100_000 + "x",
    "furniture": "+" + " " * 100_000 + "الخط" + " " * 100_000 + "x",
    "latin-only": "a" * 100_000 + "(",
    "all-paren": "(" + "a" * 100_000,
    "end": "." * 100_000 + "x",
    "end-mixed": ".!?؟" * 25_000 + "x",
    "quoted-ends": '"a". ' * 20_000,
    "archive-dashes": " -" * 50_000 + "x",
    "archive-blanks": " - ارشيف" + " " * 100_000 + "a b c d",
    "archive-words": " - ارشيف" + " a" * 50_000 + ".",
}


@pytest.mark.parametrize("name", list(ADVERSARIAL_LINES))
def test_text_layer_patterns_on_adversarial_lines(name):
    line = ADVERSARIAL_LINES[name]
    patterns = [p for module in (boilerplate, segment, tokens, normalise)
                for p in _compiled_patterns(module)]
    assert len(patterns) >= 10
    for pattern in patterns:
        pattern.search(line)
        pattern.match(line)
        for _ in pattern.finditer(line):
            pass
    norm = normalise.normalise(line).norm
    lines = segment.split_lines(norm)
    boilerplate.classify(norm, lines)
    segment.split_sentences(norm, lines)


def _compiled_patterns(module) -> list[re.Pattern]:
    return [v for v in vars(module).values() if isinstance(v, re.Pattern)]


ADVERSARIAL_TEXTS = [
    " " * 100_000 + "x", "\t \n" * 30_000 + "x", "ا" * 100_000 + "1",
    "1" * 100_000 + "x", "ال" * 50_000, "1 " * 50_000 + "x", "- " * 50_000 + "x",
    "/" * 100_000, "من " * 30_000 + "x", "في " * 30_000, "يوم " * 20_000,
    "17 " * 30_000 + "سبتمبر", "سبتمبر " * 10_000 + "x", "تاريخ " * 20_000,
    "نشر " * 20_000, "الخميس " * 10_000, "موسكو - " * 10_000, ":" * 100_000,
    "،," * 50_000, "الـ" * 30_000, "\n" + "a" * 100_000 + " " * 100_000,
]


def test_every_module_level_pattern_in_dates_on_adversarial_text():
    """Module-level compiled patterns of service.dates (whatever they are when this
    runs) against long runs of spaces, letters, digits and cue words."""
    dates = pytest.importorskip("service.dates")
    patterns = _compiled_patterns(dates)
    assert patterns
    for text in ADVERSARIAL_TEXTS:
        for pattern in patterns:
            pattern.search(text)
            for _ in pattern.finditer(text):
                pass


@pytest.mark.parametrize("module_name", ["service.entities", "service.extractors.meetings",
                                         "service.extractors.sites", "service.extractors.claims",
                                         "service.gazetteer"])
def test_every_module_level_pattern_in_the_extractors(module_name):
    module = pytest.importorskip(module_name)
    for text in ADVERSARIAL_TEXTS + list(ADVERSARIAL_LINES.values()):
        for pattern in _compiled_patterns(module):
            pattern.search(text)
            for _ in pattern.finditer(text):
                pass


@pytest.mark.parametrize("text", ADVERSARIAL_TEXTS, ids=range(len(ADVERSARIAL_TEXTS)))
def test_pipeline_on_adversarial_text(text):
    extract_checked("ق " + text)


def test_publication_date_far_in_the_future_or_past_does_not_overflow():
    for header in ("31 ديسمبر 9999", "1 يناير 0001", "31/12/9999", "9999.12.31", "1/1/1",
                   "الجمعة 31 ديسمبر 9999", "تاريخ النشر: 31 ديسمبر 9999"):
        text = (f"عنوان الخبر\n{header}\nقال الوزير أمس الخميس إن اللقاء غدا السبت المقبل "
                "في 17 من الشهر المقبل والعام المقبل.")
        extract_checked(text)
    for published in ("1800-01-01", "2200-12-31"):
        extract_checked("قال الوزير أمس إن اللقاء غدا السبت المقبل، الشهر المقبل والعام المقبل، "
                       "وأول أمس، وفي 31 ديسمبر، الثلاثاء الماضي", published=published)


def test_corpus_routes_with_hostile_ids(client):
    for article_id in ("..%2F..%2Fetc%2Fpasswd", "%00", "%ED%A0%80", "x" * 5000, "قال",
                       "000_33e06f42fd296295%0A", "%F0%9F%98%80"):
        for suffix in ("", "/extraction"):
            resp = client.get(f"/v1/corpus/{article_id}{suffix}")
            assert_problem(resp, 404, "not-found")


# ---------------------------------------------------------------- hang reports

def _report_hangs(fn):
    """Turn a HangError into a plain failure: pytest cannot format a traceback
    that a signal handler raised inside C code (regex engine)."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except HangError as err:
            pytest.fail(str(err), pytrace=False)
    return wrapper


for _name, _fn in list(globals().items()):
    if _name.startswith("test_") and callable(_fn):
        globals()[_name] = _report_hangs(_fn)


CUT_SENTENCES = [
    "نفى الوزير ما أوردته تقارير صحافية عن أن الجيش انسحب من القاعدة.",
    "تقع قاعدة الوطية الجوية على بعد 140 كيلومترا جنوب غربي طرابلس.",
    "استقبل الرئيس اليوم في القصر وزير الدفاع التركي يشار غولر، بحضور رئيس الأركان.",
    "وكان في استقبال الوزير لدى وصوله إلى المطار، نائب القائد العام.",
    "ونقلت صحيفة «الوسط» عن مصادر عسكرية أن قوات روسية تتمركز في قاعدة الجفرة.",
]


@pytest.mark.parametrize("sentence", CUT_SENTENCES)
def test_a_text_cut_after_any_word_costs_no_record_type(sentence):
    # found by fuzzing: a text ending right after a cue ("على بعد", "عن أن") once read
    # one word past its end; every extractor must answer for every prefix
    from service.pipeline import extract
    words = sentence.split(" ")
    for n in range(1, len(words) + 1):
        text = " ".join(words[:n])
        assert not [w for w in extract(text)["warnings"] if "internal error" in w], text


@pytest.mark.parametrize("text", ["»\nنفى ما أورده عن أن", "قاعدة نت الجوي الواقع",
                                  '"\nكان ة ب"ق ق ك أعلن'])      # (a source phrase with "ب" inside)
def test_texts_the_fuzzer_found_extract_whole(text):
    from service.pipeline import extract
    assert not [w for w in extract(text)["warnings"] if "internal error" in w]
