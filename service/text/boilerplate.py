"""Tell the story's lines from the page furniture around them.

Each line gets a ``kind``: ``title`` (the headline), ``header`` (dates,
bylines, "+ الخط -"), ``caption`` (a photo caption with its credit),
``link`` (a "read also" headline), ``boilerplate`` (tags, source lines,
credits), ``blank`` or ``body``; and a ``section``: ``main``, or ``related``
for an article appended after the story's end ("كلمات دلالية", "المصدر |").
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .normalise import fold
from .segment import Line

DATA = Path(__file__).resolve().parent.parent / "data"

_READ_ALSO = re.compile(r"^(?:[-*•]\s*)?(?:اقرا|طالع|شاهد)\s+(?:ايضا|كذلك)\s*[:：]?\s*(?P<rest>.*)$")
_TAGS = re.compile(r"^(?:كلمات\s+(?:دلاليه|مفتاحيه)|الكلمات\s+المفتاحيه|وسوم|tags)\s*[:：]?")
_SOURCE = re.compile(r"^المصدر\s*[|:：]")
_FURNITURE = re.compile(r"^(?:\+?\s*الخط(?:\s*-)?|المساهمون|شارك|مشاركه|طباعه|share|print)(?:\s*:)?$")
_CREDIT_WORDS = ("فرانس برس", "رويترز", "الاناضول", "اسوشيتد", "ا ف ب", "getty", "afp", "reuters")
# the first word of an institution credited for a photo: "(وزارة الدفاع التركية)", "(الرئاسة المصرية)"
_CREDIT_HEADS = ("وزاره", "الرئاسه", "رئاسه", "مكتب", "المكتب", "وكاله", "صفحه", "حساب", "الديوان", "ديوان",
                 "القياده", "المركز", "منصه", "اعلام", "اعلاميه")
_ALL_PAREN = re.compile(r"^\([^()]*\)$")
# a caption's archive credit after a dash: "… خلال اجتماع سابق - أرشيف 964", "- (أرشيف)"
_ARCHIVE_CREDIT = re.compile(r"\s[-–—|]\s*\(?(?:صوره\s+)?ارشيف(?:يه)?(?:\s+[^\s.،]+){0,3}\)?$")
_LATIN_ONLY = re.compile(r"^[a-z0-9 .,:|/_-]+$")
_BYLINE = re.compile(r"^[^\s.،]+(?:\s+[^\s.،]+)?\s*(?:ــ+|–|—|-)\s*\S")
_WORD = re.compile(r"[^\W_]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    cal = json.loads((DATA / "calendar.json").read_text(encoding="utf-8"))
    words = set()
    for group in ("months", "weekdays"):
        for names in cal[group].values():
            for name in names:
                words.update(fold(name).split())
    words.update(fold(w) for w in cal["header_words"])
    return frozenset(words)


def is_date_line(text: str) -> bool:
    """A short line made only of date words and numbers ("25 اغسطس 2023").

    The words are read one by one: a body line fails at its first word."""
    date_words = _date_words()
    has_number = False
    for n, m in enumerate(_WORD.finditer(text)):
        w = m.group()
        if n == 12 or not (w.isdigit() or w in date_words or _ORDINAL.fullmatch(w)):
            return False   # a 13th word, or a word that is not about dates
        has_number = has_number or any(c.isdigit() for c in w)
    return has_number


def classify(norm: str, lines: list[Line]) -> None:
    """Set ``kind`` and ``section`` on every line, in place."""
    seen_body = seen_title = ended = False
    link_next = tags_next = False
    for line in lines:
        text = norm[line.start:line.end].strip()
        if not text:
            line.kind = "blank"
            continue
        if ended:
            line.section = "related"
        m = _READ_ALSO.match(text)
        if m:
            line.kind = "boilerplate"
            if m.group("rest"):
                line.kind = "link" if not ended else "title"
            else:
                link_next = not ended
            continue
        if link_next:
            line.kind, link_next = "link", False
            continue
        if _TAGS.match(text) or _SOURCE.match(text):
            # (a source line above the story, "المصدر: موقع X", is a header: nothing ends yet)
            line.kind, ended = "boilerplate", seen_body
            tags_next = bool(_TAGS.match(text)) and not _TAGS.sub("", text).strip()
            continue
        if tags_next:
            tags_next = False
            if _is_tag_list(text):
                line.kind = "boilerplate"
                continue
        if _FURNITURE.match(text) or _ALL_PAREN.match(text) or _LATIN_ONLY.match(text):
            line.kind = "boilerplate"
            continue
        if is_date_line(text):
            line.kind = "header"
            continue
        if (_has_credit(text) or _ARCHIVE_CREDIT.search(text)) and len(_WORD.findall(text)) <= 30:
            line.kind = "caption"
            continue
        if not seen_body and seen_title and _BYLINE.match(text) and len(_WORD.findall(text)) <= 6:
            line.kind = "header"
            continue
        if (not seen_title and not seen_body and not text.endswith((".", ":"))
                and len(_WORD.findall(text)) <= 25):
            line.kind, seen_title = "title", True
            continue
        seen_body = True
        line.kind = "body"


def _has_credit(text: str) -> bool:
    """A photo credit closes the line: "(عبد الله دوما/ فرانس برس)", "(Getty)", or an
    institution's, a few words, on a line with no full stop: "(وزارة الدفاع التركية)"."""
    opened = text.rfind("(")
    if not text.endswith(")") or opened < 0:
        return False
    inner = text[opened + 1:-1]
    words = inner.split()
    return ")" not in inner and (
        "/" in inner or any("a" <= c <= "z" for c in inner) or any(w in inner for w in _CREDIT_WORDS)
        or (0 < len(words) <= 5 and words[0] in _CREDIT_HEADS and "." not in text[:opened]))


def _is_tag_list(text: str) -> bool:
    """"ليبيا روسيا حفتر": a few words and no punctuation or verbs of a sentence."""
    return len(_WORD.findall(text)) <= 8 and not re.search(r"[.،,:؟?!\"]", text)
