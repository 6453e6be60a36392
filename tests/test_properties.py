"""Property-based tests of the pipeline (hypothesis).

For any text at all, ``service.pipeline.extract``

* returns without raising, and without an extractor failing quietly (the
  pipeline turns an extractor's exception into a warning and a log record;
  both count as failures here);
* reports ``document.characters == len(text)``;
* gives spans that satisfy ``text[start:end] == span.text`` with
  ``0 <= start <= end <= len(text)``;
* returns a body that the response schema accepts and that encodes as UTF-8;
* is deterministic (the same text twice gives the same body).

Strategies: arbitrary Unicode; Arabic-heavy text built from letters,
diacritics, tatweel, bidi and zero-width controls, quote marks,
punctuation, digits, whitespace and words taken from the seed articles and
the cue lists; and the seed articles with random noise inserted at random
places.  Runtime is kept modest (about 100-200 examples per property).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import service.pipeline
from service.schemas import ExtractResponseSchema
from guards import extract_checked, hang_cap

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
_RESPONSE = ExtractResponseSchema()

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                      HealthCheck.data_too_large])

# ---------------------------------------------------------------- alphabets

LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)] \
    + list("ٱپچژکگیۀەہےڤ")
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0654", "\u0655",
                                                         "\u06e1", "\u0610"]
TATWEEL = ["\u0640"]
CONTROLS = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
            "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad",
            "\u061c", "\x00", "\x1b", "\x7f"]
QUOTES = list('«»"“”„‟‘’\'‹›〝〞＂″')
PUNCT = list(".،,؛;:؟?!()[]{}-–—ـ/\\|…%٪*+=<>&#@") + ["...", "؟؟", "!!", ":", " - ", " – "]
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
SPACE = [" ", " ", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2009", "\u202f", "\u2028",
         "\u2029", "\u3000", "\n\n"]
ASTRAL = ["\U0001F600", "\U0001F1F1\U0001F1FE", "👨‍👩‍👧", "\U0001D400", "\U00013000",
          "\U0010FFFD", "\U000E0041"]

CUES = ["قال", "قالت", "أكد", "وأكد", "أضاف", "نفى", "نفت", "وفق", "بحسب", "نقل عن", "نقلت",
        "أعلن", "صرح", "أوضح", "مصادر", "صحيفة", "التقى", "يلتقي", "استقبل", "اجتمع",
        "اجتماع", "لقاء", "زار", "زيارة", "وصل إلى", "بحث", "ناقش", "اتصال هاتفي", "هاتفيا",
        "بحضور", "مع", "في", "قاعدة", "قاعدة الجفرة الجوية", "ميناء", "مطار", "مقر",
        "فاغنر", "حفتر", "خليفة حفتر", "بوتين", "فلاديمير بوتين", "لافروف", "شويغو",
        "يفكوروف", "بنغازي", "موسكو", "طرابلس", "ليبيا", "روسيا", "الروسي", "الليبي",
        "وزير الدفاع", "نائب وزير الدفاع الروسي", "المشير", "اللواء", "العقيد",
        "الناطق باسم", "المتحدث باسم", "الكرملين", "وزارة الدفاع", "الجيش الوطني الليبي",
        "وفد", "الوفد المرافق له", "مسؤولين", "أمس", "اليوم", "غدا", "الخميس",
        "الثلاثاء الماضي", "السبت المقبل", "17 سبتمبر", "أيلول/سبتمبر", "2023",
        "الشهر الجاري", "العام الماضي", "26/9/2023", "2023.9.26", "تاريخ النشر",
        "اقرأ أيضا", "كلمات دلالية", "المصدر |", "(فرانس برس)", "+ الخط -", "إن", "أن",
        "الذي", "التي", "و", "ف", "ب", "ل", "لل", "ال"]


def _seed_words() -> list[str]:
    words = set()
    for text in SEED_TEXTS:
        words.update(re.findall(r"[^\W\d_]+", text))
    return sorted(words)


SEED_WORDS = _seed_words()

pieces = st.one_of(
    st.sampled_from(LETTERS),
    st.sampled_from(DIACRITICS),
    st.sampled_from(TATWEEL),
    st.sampled_from(CONTROLS),
    st.sampled_from(QUOTES),
    st.sampled_from(PUNCT),
    st.sampled_from(DIGITS),
    st.sampled_from(SPACE),
    st.sampled_from(ASTRAL),
    st.sampled_from(CUES),
    st.sampled_from(SEED_WORDS) if SEED_WORDS else st.just("قال"),
    st.text(max_size=3),
)
# words separated by spaces most of the time, so cues and names line up
arabic_heavy = st.lists(
    st.tuples(pieces, st.sampled_from([" ", " ", " ", "", "، ", ". ", "\n", " «", "» "])),
    max_size=120,
).map(lambda parts: "".join(a + b for a, b in parts))

arabic_letters_only = st.text(alphabet=st.sampled_from(sorted({
    c for c in LETTERS + DIACRITICS + TATWEEL + SPACE + QUOTES + PUNCT + DIGITS + CONTROLS
    if len(c) == 1})), max_size=400)


# ---------------------------------------------------------------- hang cap

CAP_SECONDS = 300   # per test (all its examples); a hang fails instead of stalling CI


@pytest.fixture(autouse=True)
def capped():
    with hang_cap(CAP_SECONDS):
        yield


# ---------------------------------------------------------------- invariant

def check(text: str, published=None) -> dict:
    body = extract_checked(text, published=published)
    dumped = _RESPONSE.dump(body)
    errors = _RESPONSE.validate(dumped)
    assert not errors, errors
    json.dumps(dumped, ensure_ascii=False).encode("utf-8")
    return body


# ---------------------------------------------------------------- properties

@settings(max_examples=200, **SETTINGS)
@given(st.text(max_size=600))
def test_arbitrary_unicode(text):
    check(text)


@settings(max_examples=200, **SETTINGS)
@given(arabic_heavy, st.sampled_from([None, "2023-09-29", "2016-11-29", "1800-01-01",
                                      "2200-12-31"]))
def test_arabic_heavy_text(text, published):
    body = check(text, published)
    assert body == service.pipeline.extract(text, published=published)


@settings(max_examples=150, **SETTINGS)
@given(arabic_letters_only)
def test_arabic_characters_in_any_order(text):
    check(text)


noise = st.one_of(arabic_heavy, st.text(max_size=20), st.sampled_from(CONTROLS + QUOTES + PUNCT
                                                                       + SPACE + ASTRAL + CUES))


@pytest.mark.skipif(not SEED_TEXTS, reason="no seeds/")
@settings(max_examples=120, **SETTINGS)
@given(st.sampled_from(range(len(SEED_TEXTS)) if SEED_TEXTS else [0]),
       st.lists(st.tuples(st.floats(0, 1), noise), min_size=1, max_size=12),
       st.sampled_from([None, "2023-09-29"]))
def test_seed_articles_with_noise_inserted(index, insertions, published):
    text = SEED_TEXTS[index]
    # insert from the end so earlier positions stay where they were drawn
    for frac, piece in sorted(insertions, key=lambda t: -t[0]):
        pos = int(frac * len(text))
        text = text[:pos] + piece + text[pos:]
    check(text, published)


@pytest.mark.skipif(not SEED_TEXTS, reason="no seeds/")
@settings(max_examples=100, **SETTINGS)
@given(st.sampled_from(range(len(SEED_TEXTS)) if SEED_TEXTS else [0]),
       st.integers(0, 10**6), st.integers(0, 10**6),
       st.sampled_from(["delete", "duplicate", "swap", "crlf", "marks", "truncate"]))
def test_seed_articles_mutated(index, a, b, how):
    text = SEED_TEXTS[index]
    i, j = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    if how == "delete":
        text = text[:i] + text[j:]
    elif how == "duplicate":
        text = text[:j] + text[i:j] + text[j:]
    elif how == "swap":
        text = text[j:] + text[i:j] + text[:i]
    elif how == "crlf":
        text = text[:i] + text[i:j].replace("\n", "\r\n") + text[j:]
    elif how == "marks":
        text = text[:i] + "\u0651\u0640\u200f".join(text[i:j]) + text[j:]
    else:
        text = text[i:j]
    check(text)


def test_every_seed_article_as_is():
    for text in SEED_TEXTS:
        check(text)
        check(text, "2023-09-29")
