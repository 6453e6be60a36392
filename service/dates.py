"""Dates in Arabic news text: the publication date and every date mention.

``find_publication_date(text)`` reads the header of an article (its first
non-empty lines) and returns the first full date (day, month and year) found
on a header-ish line: a line starting with "تاريخ النشر" / "نشر في" (an
"آخر تحديث" date is used only when nothing else is found), a short line that
is little more than the date ("25 اغسطس 2023", "الثلاثاء 29 نوفمبر 2016
11:11 ص"), or a line that starts with the date (optionally after a dateline
"موسكو -").  A date inside a story sentence is never taken.

``find_dates(doc)`` finds date mentions in ``doc.norm`` and resolves them
against ``doc.published``:

* absolute  "17 سبتمبر 2023", "17 أيلول/سبتمبر 2023", "2023.9.26",
  "26/9/2023", "17 من الشهر الجاري", "في الـ17 من سبتمبر", "الثالث من
  سبتمبر"; "17 و18 سبتمبر" gives two mentions ("17" and "18 سبتمبر");
* month     "نوفمبر/ تشرين الثاني 2018", "يونيو الماضي", "في مارس",
  "الشهر الماضي", "في الشهر ذاته";
* year      "عام 2019", "في 2020", "العام الماضي", "عامي 2019 و2020";
* relative  "أمس", "أول أمس", "اليوم", "الليلة", "غدا", "أمس الخميس";
* weekday   "الخميس", "يوم الثلاثاء", "الثلاثاء الماضي", "السبت المقبل".

Resolution rules (shared/spec/ANNOTATION.md): a bare weekday, day+month or
month is the most recent such one ON OR BEFORE the publication date;
"الماضي" (and المنصرم, الفائت) means strictly before, "المقبل/القادم"
strictly after, "الجاري/الحالي/ذاته/نفسه" the publication month or year.
"أمس" is the day before; when a weekday named with it disagrees, the
weekday wins (on or before the publication date).  A bare number is a year
only after a cue (عام, عامي, سنة, في, منذ, خلال...) and only in 1900-2100.
Only the precision the text gives is kept: "YYYY-MM-DD", "YYYY-MM" or
"YYYY"; ``value`` is None when the mention needs a publication date and
there is none.  Mentions never overlap (the longest wins) and come sorted.

A month name alone counts only after a cue ("في مارس", "شهر مارس"), so the
verb "مارس" is no date; "آب", "ماي" and English abbreviations need a day, a
year or a second name.  A weekday must be definite ("الخميس") or follow "يوم".

All patterns are alternatives of one pattern, compiled once and run in one
pass over the text behind a cheap filter on the first word; they use only
bounded repetitions, so matching is linear in the text length.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Iterator

from .text import fold

__all__ = ["DateMention", "find_dates", "find_publication_date", "resolve_weekday",
           "resolve_month", "resolve_day_month"]

_CAL = json.loads((Path(__file__).resolve().parent / "data" / "calendar.json")
                  .read_text(encoding="utf-8"))


def _key(name: str) -> str:
    return " ".join(fold(name).split())


MONTHS: dict[str, int] = {_key(n): int(k) for k, ns in _CAL["months"].items() for n in ns}
WEEKDAYS: dict[str, int] = {_key(n): int(k) for k, ns in _CAL["weekdays"].items() for n in ns}
ORDINAL_DAYS: dict[str, int] = {_key(n): int(k) for k, ns in _CAL["ordinal_days"].items()
                                for n in ns}
HIJRI_MONTHS: dict[str, int] = {_key(n): int(k) for k, ns in _CAL["hijri_months"].items() for n in ns}
_AMBIGUOUS_MONTHS = frozenset(_key(n) for n in _CAL.get("ambiguous_months", []))
_HEADER_WORDS = frozenset(_key(n) for n in _CAL["header_words"])
_DATE_NAMES = frozenset(_key(n) for n in _CAL["date_names"])     # "حركة 23 مارس": a name

# --- pattern pieces ---------------------------------------------------------

# The patterns below are alternatives of one combined pattern that puts a
# non-word character before each of them (the text is scanned with "\n"
# prepended): matches start at a word boundary.  Groups named "body" hold the
# mention (without proclitics and cue words).
_NA = r"(?![^\W\d_])"       # not before a letter


def _alt(names) -> str:
    """A factored (trie) alternation of names; inner spaces match 1-3 blanks.

    Factoring keeps the scan cheap: one branch per first letter, not per name.
    """
    trie: dict = {}
    for name in set(names):
        node = trie
        for ch in " ".join(name.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_re(trie)


def _prefix_re(words) -> str:
    """Alternation matching the start of any of ``words`` (a filter: a word
    that is a prefix of another ends its branch, so there are no optional
    groups, which are slow to run)."""
    trie: dict = {}
    for w in sorted(set(words), key=len):
        node = trie
        for ch in w:
            if "" in node:
                break
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}
    return _trie_re(trie)


def _trie_re(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s{1,3}" if ch == " " else re.escape(ch)) + _trie_re(sub)
                for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


_MONTH = f"(?:{_alt(MONTHS)}){_NA}"
_EN_MONTH = f"(?:{_alt(n for n in MONTHS if n.isascii())}){_NA}"
_WD_DEF = f"(?:{_alt(n for n in WEEKDAYS if n.startswith('ال'))}){_NA}"
_WD_ANY = f"(?:{_alt(WEEKDAYS)}){_NA}"
_PAST = r"الماضيه|الماضي|المنصرمه|المنصرم|الفائته|الفائت|المنقضي|السابق"
_CUR = r"الجاري|الحاليه|الحالي"
_FUT = r"المقبله|المقبل|القادمه|القادم"
_SAME = r"ذاته|نفسه"
_REL = f"(?:{_PAST}|{_CUR}|{_FUT}){_NA}"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = r"(?<!\d)[0-3]?\d(?:st|nd|rd|th|er)?(?![\d:.])"
_HIJRI_MONTH = f"(?:{_alt(HIJRI_MONTHS)}){_NA}"


def _pair(g: str) -> str:
    """A month name, optionally with its other name: "يونيو/حزيران", "سبتمبر (أيلول)"."""
    return (f"(?P<{g}a>{_MONTH})(?:\\s{{0,3}}[/\\\\(-]\\s{{0,3}}(?P<{g}b>{_MONTH})"
            f"(?:\\s{{0,2}}\\))?)?")


_YEAR_PART = (r"[\s,،-]{0,4}(?:(?:من\s{1,3})?(?:العام|عام|سنه)\s{1,3})?"
              f"(?P<y>{_YEAR})")
_REL_PART = (f"\\s{{1,3}}(?:(?P<rel>{_REL})"
             f"|(?:من\\s{{1,3}})?(?:العام|السنه)\\s{{1,3}}(?P<yrel>{_REL}|(?:{_SAME}){_NA})"
             r"|(?:من\s{1,3})?(?P<this>هذا\s{1,3}العام|هذه\s{1,3}السنه))")

# "september 17, 2023" belongs to the English pattern, not to "في september"
_MDY_TAIL = r"\.?\s{1,3}[0-3]?\d(?:st|nd|rd|th)?,?\s{1,3}(?:19|20)\d\d"
_NUMERIC = (
    r"[وف]?(?P<body>(?<![\d./-])(?:(?P<Y>(?:19|20)\d\d)(?P<s>[-/.])(?P<M>\d{1,2})(?P=s)(?P<D>\d{1,2})"
    r"|(?P<D2>\d{1,2})(?P<s2>[-/.])(?P<M2>\d{1,2})(?P=s2)(?P<Y2>(?:19|20)\d\d))"
    r"(?![\d]|[./-]\d))")
_ORDINAL = f"(?:{_alt(ORDINAL_DAYS)}){_NA}"
_JOIN = r"\s{0,3}(?:و|-|الي|حتي)\s{0,3}"           # "17 و18", "17-18", "17 إلى 19"
_FIRST_DAY = f"(?:(?P<d0>(?<!\\d)[0-3]?\\d){_JOIN})?"  # the 17 of "17 و18 سبتمبر"
_DAY_PREFIX = r"(?:(?:ال|لل|بال|ل)\s{0,2})?"        # "الـ17", "لـ17"
# "17 سبتمبر", "الـ17 من شهر سبتمبر", "17 و18 سبتمبر" (d0: the first day of a
# pair or range), "الثالث من سبتمبر"
_DAY_MONTH = (
    f"[وف]?(?P<body>{_FIRST_DAY}(?:{_DAY_PREFIX}(?P<d>{_DAY}),?\\s{{0,3}}"
    r"(?:-\s{0,2}|من\s{1,3}(?:شهر\s{1,3})?|شهر\s{1,3})?"
    f"|(?P<od>{_ORDINAL})\\s{{1,3}}من\\s{{1,3}}(?:شهر\\s{{1,3}})?)"
    f"{_pair('m')}(?:{_YEAR_PART}|{_REL_PART})?)")
_DAY_THIS_MONTH = (     # "17 من الشهر الجاري", "السادس من الشهر الجاري"
    f"[وف]?(?P<body>(?:{_FIRST_DAY}{_DAY_PREFIX}(?P<d>{_DAY})\\s{{1,3}}(?:من\\s{{1,3}})?"
    f"|(?P<od>{_ORDINAL})\\s{{1,3}}من\\s{{1,3}})"
    f"(?:الشهر\\s{{1,3}}(?P<rel>{_REL}|(?:{_SAME}){_NA})|(?P<this>هذا\\s{{1,3}}الشهر)))")
_EN_MDY = (
    f"(?P<body>(?P<ma>{_EN_MONTH})\\.?\\s{{1,3}}(?P<d>{_DAY}),?\\s{{1,3}}(?P<y>{_YEAR}))")
_MONTH_RE = (
    f"(?:[وف]?(?P<cue>في|خلال|منذ|حتي|مطلع|منتصف|اواسط|نهايه|بدايه|اواخر|اوائل|قبل|بعد)"
    r"\s{1,3})?[وفب]{0,2}(?P<body>(?:(?P<shahr>شهر)\s{1,3})?"
    f"{_pair('m')}(?!{_MDY_TAIL})(?:{_YEAR_PART}|{_REL_PART})?)")
_MONTH_REL = (
    f"[وف]?(?P<body>(?:ال|لل|بال)شهر\\s{{1,3}}(?P<rel>{_REL}|(?:{_SAME}){_NA})"
    r"|(?P<this>هذا\s{1,3}الشهر))")
_YEAR_RE = (
    f"[وف]?(?P<body>(?P<cue>(?:ب|ل)?(?:العام|عامي|عام|سنتي|سنه|السنه)|في|منذ|خلال|حتي)"
    f"\\s{{1,3}}(?P<y1>{_YEAR})(?:{_JOIN}(?P<y2>{_YEAR}))?)"
    r"(?![./-]\d)")
# "في 2000 من عناصره", "منذ 2000 عام": a count, not a year (unless after عام/سنة)
_COUNTED = re.compile(r"\s{0,3}(?:من|عام|اعوام|سنه|سنوات|الف|مليون|%)(?![^\W\d_])")
_YEAR_REL = (
    f"[وف]?(?P<body>(?:ال|لل|بال)(?:عام|سنه)\\s{{1,3}}(?P<rel>{_REL}|(?:{_SAME}){_NA})"
    r"|(?P<this>هذا\s{1,3}العام|هذه\s{1,3}السنه))")
_WEEK_REL = (
    f"[وف]?(?P<body>(?:ال|لل|بال)اسبوع\\s{{1,3}}(?P<rel>{_REL})"
    r"|(?P<this>هذا\s{1,3}الاسبوع))")
_REL_DAY = (
    f"[وف]?(?P<body>(?P<word>اول\\s{{1,3}}(?:من\\s{{1,3}})?امس|امس\\s{{1,3}}الاول|امس|البارحه"
    r"|اليوم|الليله|غدا|بعد\s{1,3}غد)"
    # the weekday after it, also in brackets: "أمس (الأربعاء)"
    f"(?:(?:\\s{{1,3}}|\\s{{0,3}}\\(\\s{{0,2}})(?:يوم\\s{{1,3}})?(?P<wd>{_WD_DEF})(?:\\s{{0,2}}\\))?)?){_NA}")
_WEEKDAY = (
    f"[وف]?ب?(?P<body>(?:يوم\\s{{1,3}}(?P<wa>{_WD_ANY})|(?P<wb>{_WD_DEF}))"
    f"(?:\\s{{1,3}}(?P<rel>(?:{_PAST}|{_FUT}){_NA}))?)")

# "15 رمضان 1446هـ", "الخامس عشر من رمضان": a day of a Hijri month, its year if written
_HIJRI = (f"[وف]?(?P<body>(?:{_DAY_PREFIX}(?P<d>{_DAY})\\s{{0,3}}(?:من\\s{{1,3}})?"
          f"|(?P<od>{_ORDINAL})\\s{{1,3}}من\\s{{1,3}})(?:شهر\\s{{1,3}})?(?P<hm>{_HIJRI_MONTH})"
          r"(?:\s{0,3}(?:من\s{1,3})?(?:العام\s{1,3}|عام\s{1,3})?(?P<hy>1[34]\d\d)(?!\d)\s{0,2}(?:هـ|ه(?![^\W\d_]))?)?)")

_WORD = re.compile(r"[^\W_]+")
_JOINER = re.compile(_JOIN)
_NOT_TODAY = frozenset("التالي السابق نفسه ذاته الاول الثاني الثالث الاخير الذي العالمي "
                       "الوطني الدولي المفتوح الدراسي السابع الخامس الرابع الاخر".split())
_NAMED_AFTER = frozenset("سوق وسوق بسوق لسوق سوره منطقه حي".split())
_TWO_PREV = frozenset("بين كلا هذين هاتين".split())
_TWO_NEXT = frozenset("معا منهما منهم عشر".split())


# --- resolution -------------------------------------------------------------

def _direction(rel: str | None, default: str = "on_or_before") -> str:
    """"before", "current", "after", or ``default`` when there is no word."""
    if not rel:
        return default
    rel = rel.split()[-1]
    if re.fullmatch(_PAST, rel):
        return "before"
    if re.fullmatch(_FUT, rel):
        return "after"
    return "current"


_OFFSET = {"before": -1, "current": 0, "after": 1}
_FUTURE_CUES = frozenset(_key(w) for w in _CAL["future_cues"])
_PAST_CUES = frozenset(_key(w) for w in _CAL["past_cues"])
_TENSE_WINDOW = 120        # characters before a date searched for its clause's tense
_TENSE_WORDS = 10


def _tense(norm: str, pos: int) -> str:
    """The direction of a date with no year and no relative word at ``pos``:
    "on_or_after" when the words before it in its sentence speak of the future
    ("من المقرر أن يصل الوزير الأربعاء", "سيلتقي ... الخميس") with no past
    marker nearer ("كان قد التقى"), else "on_or_before"."""
    lo = max(0, pos - _TENSE_WINDOW)
    lo = max([lo] + [norm.rfind(c, lo, pos) + 1 for c in ".!?؟\n"])
    for word in reversed(_WORD.findall(norm, lo, pos)[-_TENSE_WORDS:]):
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        if word in _PAST_CUES or bare in _PAST_CUES:
            break
        if word in _FUTURE_CUES or bare in _FUTURE_CUES:
            return "on_or_after"
    return "on_or_before"


def resolve_weekday(weekday: int, anchor: _dt.date, direction: str = "on_or_before") -> _dt.date:
    """The ``weekday`` (Monday = 0) nearest ``anchor`` in ``direction``:
    "on_or_before", "before", "on_or_after" or "after"."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "before":
        return anchor - _dt.timedelta(days=back or 7)
    if direction == "after":
        return anchor + _dt.timedelta(days=ahead or 7)
    if direction == "on_or_after":
        return anchor + _dt.timedelta(days=ahead)
    return anchor - _dt.timedelta(days=back)


def resolve_month(month: int, anchor: _dt.date, direction: str = "on_or_before") -> tuple[int, int]:
    """``(year, month)`` of ``month`` seen from ``anchor``'s month."""
    y, m = anchor.year, anchor.month
    if direction == "before":
        return (y if month < m else y - 1), month
    if direction == "after":
        return (y if month > m else y + 1), month
    if direction == "on_or_before":
        return (y if month <= m else y - 1), month
    if direction == "on_or_after":
        return (y if month >= m else y + 1), month
    return y, month  # current


def resolve_day_month(day: int, month: int, anchor: _dt.date,
                      direction: str = "on_or_before") -> _dt.date | None:
    """The date ``day``/``month`` nearest ``anchor`` in ``direction``."""
    if direction == "current":
        return _date(anchor.year, month, day)
    years = range(anchor.year - 8, anchor.year + 9)
    cands = [d for d in (_date(y, month, day) for y in years) if d]
    if direction == "before":
        cands = [d for d in cands if d < anchor][-1:]
    elif direction == "after":
        cands = [d for d in cands if d > anchor][:1]
    elif direction == "on_or_after":
        cands = [d for d in cands if d >= anchor][:1]
    else:
        cands = [d for d in cands if d <= anchor][-1:]
    return cands[0] if cands else None


def _date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _shift_month(anchor: _dt.date, offset: int) -> str:
    n = anchor.year * 12 + anchor.month - 1 + offset
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _iso(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


# --- mentions ---------------------------------------------------------------

@dataclass(frozen=True)
class DateMention:
    start: int          # norm offsets into doc.norm
    end: int
    value: str | None   # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    kind: str           # absolute, relative, weekday, week, month, year; same_day,
    #                     next_day, previous_day (value None: counted from a date said before)

    def span(self, doc) -> dict:
        return doc.span(self.start, self.end)


def _month_of(m: re.Match, g: str = "m") -> int:
    return MONTHS[" ".join(m.group(g + "a").split())]


def _day(m: re.Match) -> int:
    if m.group("d") is None:
        return ORDINAL_DAYS[" ".join(m.group("od").split())]
    return int(re.match(r"\d+", m.group("d")).group())


def _year_of(m: re.Match, pub: _dt.date | None) -> int | None:
    """Year given by a year/relative-year part, None when unresolved."""
    if m.group("y"):
        return int(m.group("y"))
    if pub is None:
        return None
    if m.group("this"):
        return pub.year
    return pub.year + _OFFSET[_direction(m.group("yrel"))] if m.group("yrel") else None


def _numeric(m, pub, norm):
    if m.group("Y"):
        y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    else:
        y, mo, d = int(m.group("Y2")), int(m.group("M2")), int(m.group("D2"))
        if mo > 12 >= d:            # "09/29/2023"
            mo, d = d, mo
    v = _date(y, mo, d)
    return (m.start("body"), m.end("body"), v.isoformat(), "absolute") if v else None


def _day_month(m, pub, norm):
    if not m.group("y") and _prev_word(norm, m.start("body")) in _DATE_NAMES:
        return None     # "حركة 23 مارس", "ثورة 25 يناير": a name, not a date
    month = _month_of(m)
    v = _day_month_value(_day(m), month, m, pub, norm)
    if v is False:
        return None
    start = m.start("body") if m.group("d0") is None else _next_word_start(norm, m.end("d0"))
    out = [(start, m.end("body"), v, "absolute")]
    if m.group("d0"):
        v0 = _day_month_value(int(m.group("d0")), month, m, pub, norm)
        if v0 is not False:
            out.append((m.start("d0"), m.end("d0"), v0, "absolute"))
    return out


def _day_month_value(day: int, month: int, m, pub, norm: str):
    """The value of day/month with the year the match gives; False if invalid."""
    if not 1 <= day <= 31 or _date(2000, month, day) is None:
        return False
    if m.group("y") or m.group("yrel") or m.group("this"):
        y = _year_of(m, pub)
        if y is None:
            return None
        return _iso(_date(y, month, day)) or False
    if pub is None:
        return None
    return _iso(resolve_day_month(day, month, pub,
                                  _direction(m.group("rel"), _tense(norm, m.start("body")))))


def _next_word_start(norm: str, pos: int) -> int:
    """Start of the day after "17 و": skip the joiner and blanks."""
    w = _JOINER.match(norm, pos)
    return w.end() if w else pos


def _day_this_month(m, pub, norm):
    days = [(_day(m), m.start("body") if m.group("d0") is None
             else _next_word_start(norm, m.end("d0")), m.end("body"))]
    if m.group("d0"):
        days.append((int(m.group("d0")), m.start("d0"), m.end("d0")))
    ym = _shift_month(pub, _OFFSET[_direction(m.group("rel"), "current")]) if pub else None
    out = []
    for day, start, end in days:
        if not 1 <= day <= 31:
            continue
        v = _iso(_date(*map(int, ym.split("-")), day)) if ym else None
        if ym and v is None:
            continue
        out.append((start, end, v, "absolute"))
    return out


_HIJRI_EPOCH = _dt.date(622, 7, 19).toordinal()     # 1 Muharram 1 AH (civil epoch)


def hijri_to_gregorian(year: int, month: int, day: int) -> _dt.date | None:
    """The tabular Islamic calendar (civil, leap years 2, 5, 7, 10, 13, 16, 18, 21,
    24, 26, 29 of each 30): within a day of the Umm al-Qura calendar."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    days = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 - 1
    return _dt.date.fromordinal(_HIJRI_EPOCH + days)


def _hijri(m, pub, norm):
    month = HIJRI_MONTHS[_key(m.group("hm"))]
    day = int(re.match(r"\d+", m.group("d")).group()) if m.group("d") else ORDINAL_DAYS[_key(m.group("od"))]
    if m.group("hy"):
        value = hijri_to_gregorian(int(m.group("hy")), month, day)
    elif pub is not None:   # no year: the latest such day on or before the publication date
        near = int((pub.year - 621.57) * 1.0307)
        options = [d for y in (near - 1, near, near + 1) if (d := hijri_to_gregorian(y, month, day)) and d <= pub]
        value = max(options) if options else None
    else:
        value = None
    return (m.start(), m.end(), _iso(value), "hijri")


def _en_mdy(m, pub, norm):
    v = _date(int(m.group("y")), _month_of(m, "m"), _day(m))
    return (m.start("body"), m.end("body"), v.isoformat(), "absolute") if v else None


def _month(m, pub, norm):
    month = _month_of(m)
    name = " ".join(m.group("ma").split())
    has_year = m.group("y") or m.group("yrel") or m.group("this")
    if not (has_year or m.group("rel") or m.group("mb")):
        if not (m.group("cue") or m.group("shahr")) or name in _AMBIGUOUS_MONTHS:
            return None
    if has_year:
        y = _year_of(m, pub)
        v = f"{y:04d}-{month:02d}" if y else None
    elif pub is None:
        v = None
    else:
        y, mo = resolve_month(month, pub, _direction(m.group("rel"), _tense(norm, m.start("body"))))
        v = f"{y:04d}-{mo:02d}"
    return m.start("body"), m.end("body"), v, "month"


_WEEK_STARTS = (5, 6, 0)   # Saturday, Sunday, Monday: the week's first day, by country


def _week(m, pub, norm):
    """"الأسبوع الماضي/المقبل/الجاري": the month that holds that week under most of the
    conventions for its first day (Saturday, Sunday, Monday), else the year, else
    None; "مطلع/نهاية الأسبوع" keep only its first or last days."""
    if pub is None:
        return m.start("body"), m.end("body"), None, "week"
    shift = 7 * _OFFSET[_direction(m.group("rel"), "current")]
    part = _prev_word(norm, m.start("body"))
    first, last = (0, 2) if part in ("مطلع", "بدايه", "اوائل", "اول") else \
        (4, 6) if part in ("نهايه", "اواخر", "اخر", "ختام") else (0, 6)
    months = []
    for start_day in _WEEK_STARTS:
        start = pub - _dt.timedelta(days=(pub.weekday() - start_day) % 7 - shift)
        lo, hi = start + _dt.timedelta(days=first), start + _dt.timedelta(days=last)
        months.append((lo.year, lo.month) if (lo.year, lo.month) == (hi.year, hi.month) else (lo.year, None))
    best = max(set(months), key=months.count)
    if best[1] is not None and months.count(best) >= 2:
        v = f"{best[0]:04d}-{best[1]:02d}"
    else:
        years = {y for y, _ in months}
        v = f"{years.pop():04d}" if len(years) == 1 else None
    return m.start("body"), m.end("body"), v, "week"


def _month_rel(m, pub, norm):
    v = _shift_month(pub, _OFFSET[_direction(m.group("rel"), "current")]) if pub else None
    return m.start("body"), m.end("body"), v, "month"


def _year_rel(m, pub, norm):
    v = f"{pub.year + _OFFSET[_direction(m.group('rel'), 'current')]:04d}" if pub else None
    return m.start("body"), m.end("body"), v, "year"


def _years(m, pub, norm):
    cue = m.group("cue")
    named = "عام" in cue or "سن" in cue
    if not named and _COUNTED.match(norm, m.end()):
        return []
    start = m.start("body") if named else m.start("y1")
    out = [(start, m.end("y1"), m.group("y1"), "year")]
    if m.group("y2"):
        out.append((m.start("y2"), m.end("y2"), m.group("y2"), "year"))
    return out


_REL_DAYS = {"امس": -1, "البارحه": -1, "اليوم": 0, "الليله": 0, "غدا": 1}
_DAY_AFTER = {"ذاته": "same_day", "نفسه": "same_day", "التالي": "next_day", "السابق": "previous_day"}
ANAPHORIC_DAYS = {"same_day": 0, "next_day": 1, "previous_day": -1}   # kind -> days from the date before


def _rel_day(m, pub, norm):
    word = " ".join(m.group("word").split())
    if word in ("اليوم", "الليله") and not m.group("wd"):
        nxt = _next_word(norm, m.end())
        if word == "اليوم" and nxt in _DAY_AFTER:
            # "في اليوم ذاته/التالي/السابق": a day counted from a date said before;
            # the reader ties it (kinds "same_day", "next_day", "previous_day")
            after = _WORD.search(norm, m.end(), m.end() + 40)
            return m.start("body"), after.end(), None, _DAY_AFTER[nxt]
        if word == "اليوم" and (nxt in _NOT_TODAY or _prev_word(norm, m.start()) == "ذلك"):
            return None
    offset = _REL_DAYS.get(word, 2 if word.startswith("بعد") else -2)
    if word == "الليله" and _next_word(norm, m.end()) in ("الماضيه", "البارحه"):
        offset = -1
    v = None
    if pub:
        d = pub + _dt.timedelta(days=offset)
        if m.group("wd"):
            wd = WEEKDAYS[m.group("wd")]
            if d.weekday() != wd:
                d = resolve_weekday(wd, pub, "on_or_after" if offset > 0 else "on_or_before")
        v = d.isoformat()
    return m.start("body"), m.end("body"), v, "relative"


def _weekday(m, pub, norm):
    name = " ".join((m.group("wa") or m.group("wb")).split())
    wd = WEEKDAYS[name]
    if m.group("wb") and not m.group("rel") and _not_a_weekday(name, norm, m):
        return None
    v = _iso(resolve_weekday(wd, pub, _direction(m.group("rel"), _tense(norm, m.start("body"))))) \
        if pub else None
    return m.start("body"), m.end("body"), v, "weekday"


def _not_a_weekday(name: str, norm: str, m: re.Match) -> bool:
    """"سوق الجمعة" (a place), "سورة الجمعة", "الاثنين" as "the two",
    "الاحد عشر", "الواحد الاحد"."""
    prev, nxt = _prev_word(norm, m.start("body")), _next_word(norm, m.end("body"))
    if prev in _NAMED_AFTER:
        return True
    if name == "الاثنين":
        return prev in _TWO_PREV or nxt in _TWO_NEXT
    if name == "الاحد":
        return nxt == "عشر" or prev == "الواحد"
    return False


def _next_word(norm: str, pos: int) -> str:
    m = _WORD.search(norm, pos, pos + 40)
    return m.group() if m else ""


def _prev_word(norm: str, pos: int) -> str:
    words = _WORD.findall(norm, max(0, pos - 40), pos)
    return words[-1] if words else ""


class _View:
    """One alternative of the combined match: its groups, in norm offsets."""
    __slots__ = ("m", "p")

    def __init__(self, m: re.Match, prefix: str):
        self.m, self.p = m, prefix

    def group(self, name: str):
        return self.m.group(self.p + name)

    def start(self, name: str = "body") -> int:
        return self.m.start(self.p + name) - 1

    def end(self, name: str = "body") -> int:
        return self.m.end(self.p + name) - 1


# (name, pattern, handler), most specific first: at one position the first
# alternative that matches wins.
_ALTERNATIVES = [
    ("num", _NUMERIC, _numeric), ("hj", _HIJRI, _hijri), ("dtm", _DAY_THIS_MONTH, _day_this_month),
    ("dm", _DAY_MONTH, _day_month), ("en", _EN_MDY, _en_mdy),
    ("rd", _REL_DAY, _rel_day), ("mr", _MONTH_REL, _month_rel),
    ("yr", _YEAR_REL, _year_rel), ("mo", _MONTH_RE, _month),
    ("ye", _YEAR_RE, _years), ("wk", _WEEK_REL, _week), ("wd", _WEEKDAY, _weekday),
]


def _prefixed(name: str, pattern: str) -> str:
    pattern = re.sub(r"\(\?P<(\w+)>", lambda g: f"(?P<{name}_{g[1]}>", pattern)
    pattern = re.sub(r"\(\?P=(\w+)\)", lambda g: f"(?P={name}_{g[1]})", pattern)
    if f"(?P<{name}_body>" not in pattern:
        pattern = f"(?P<{name}_body>{pattern})"
    return f"(?P<{name}>{pattern})"


# Words a mention can start with (after و/ف/ب): a cheap first filter, so the
# alternatives are tried at few positions.
_STARTS = (list(MONTHS) + list(WEEKDAYS) + list(HIJRI_MONTHS) + "اول امس البارحه اليوم الليله غدا بعد قبل الشهر للشهر "
           "الاسبوع للاسبوع بالاسبوع "
           "العام للعام السنه للسنه هذا هذه في خلال منذ حتي مطلع منتصف اواسط نهايه بدايه اواخر "
           "اوائل شهر عام عامي سنه سنتي لعام يوم".split() + list(ORDINAL_DAYS))
_GATE = ("(?=" + _prefix_re(p + w for w in _STARTS for p in ("", "و", "ف", "ب", "وب", "فب"))
         + "|[وفب]{0,3}\\d|[وف]?(?:ال|لل|بال|ل)\\s{0,2}\\d)")
_SCAN = re.compile(r"\W" + _GATE + "(?:" + "|".join(_prefixed(n, p) for n, p, _ in _ALTERNATIVES)
                   + ")")
_HANDLERS = {n: (n + "_", fn) for n, _, fn in _ALTERNATIVES}
_MERGE_GAP = re.compile(r"[\s,،]{0,4}(?:الموافق\s{0,3})?")


# The gate's words seen from one token: a mention can begin only at a token
# that starts with a one-word gate word, is the first word of a longer one
# ("كانون" of "كانون الثاني"), or is a digit form.
_GATE_WORDS = [p + w for w in _STARTS for p in ("", "و", "ف", "ب", "وب", "فب")]
_GATE_PREFIXES = tuple(w for w in _GATE_WORDS if _WORD.fullmatch(w))
_GATE_HEADS = frozenset(_WORD.match(w).group() for w in _GATE_WORDS if not _WORD.fullmatch(w))
_GATE_DIGITS = re.compile(r"[وفب]{0,3}\d|[وف]?(?:ال|لل|بال|ل)(?:\d|$)")


@lru_cache(maxsize=1 << 16)
def _may_open(word: str) -> bool:
    """Can a date mention begin at a token spelled ``word``?  (A superset of the gate.)"""
    return word.startswith(_GATE_PREFIXES) or word in _GATE_HEADS \
        or _GATE_DIGITS.match(word) is not None


def _at_tokens(text: str, tokens, words=None) -> Iterator[re.Match]:
    """What ``_SCAN.finditer(text)`` finds, tried only before the tokens that may
    open a mention (``text`` is "\n" + norm, so a token's norm start is the
    position of the character before it; ``words``: the tokens' texts)."""
    if words is None:
        words = [t.text for t in tokens]
    end = 0
    for tok in compress(tokens, map(_may_open, words)):
        if tok.start >= end:
            m = _SCAN.match(text, tok.start)
            if m:
                yield m
                end = m.end()


def _scan(norm: str, pub: _dt.date | None, tokens=None, words=None) -> list[DateMention]:
    """Date mentions of ``norm``; with its ``tokens``, the scan starts at candidate tokens only."""
    found: list[tuple] = []
    text = "\n" + norm
    for m in (_SCAN.finditer(text) if tokens is None else _at_tokens(text, tokens, words)):
        prefix, fn = _HANDLERS[m.lastgroup]
        r = fn(_View(m, prefix), pub, norm)
        if isinstance(r, list):
            found.extend(r)
        elif r:
            found.append(r)
    return _merge_day_pairs(norm, _merge_weekdays(norm, _non_overlapping(found)))


_DAY_RANGE_GAPS = ("و", "-", "الي", "حتي")     # folded: "إلى", "حتى"


def _merge_day_pairs(norm: str, ms: list[DateMention]) -> list[DateMention]:
    """"يومي 9 و10 أكتوبر", "من 17 إلى 19 سبتمبر", "17-18 سبتمبر": the days of one event
    are one mention of their month (the precision the text gives the event)."""
    out: list[DateMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev and prev.kind == m.kind == "absolute" and prev.value and m.value
                and prev.value[:7] == m.value[:7] and prev.value != m.value
                and norm[prev.start:prev.end].isdigit() and norm[prev.end:m.start].strip() in _DAY_RANGE_GAPS):
            out[-1] = DateMention(prev.start, m.end, m.value[:7], "month")
        else:
            out.append(m)
    return out


def _non_overlapping(found: list[tuple]) -> list[DateMention]:
    """Sorted by start; of overlapping mentions the longest stays."""
    kept: list[tuple] = []
    for f in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if kept and f[0] < kept[-1][1]:
            if f[1] - f[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = f
            continue
        kept.append(f)
    return [DateMention(*f) for f in kept]


def _merge_weekdays(norm: str, ms: list[DateMention]) -> list[DateMention]:
    """"الثلاثاء 29 نوفمبر 2016" is one absolute mention; so is "الأحد 15 رمضان
    1446هـ الموافق 16 مارس 2025م", dated by its Gregorian part."""
    out: list[DateMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev and m.kind in ("absolute", "hijri") and prev.kind in ("weekday", "relative", "hijri")
                and _MERGE_GAP.fullmatch(norm, prev.end, m.start)):
            value = m.value if m.kind == "absolute" or prev.kind != "hijri" else prev.value
            kind = "absolute" if "absolute" in (m.kind, prev.kind) else "hijri"
            out[-1] = DateMention(prev.start, m.end, value, kind)
        else:
            out.append(m)
    return out


def find_dates(doc) -> list[DateMention]:
    """Date mentions of ``doc`` (norm offsets), resolved against ``doc.published``."""
    return _scan(doc.norm, doc.published, doc.tokens, doc.words)


# --- publication date ---------------------------------------------------------

_PUB_CUES = (r"تاريخ\s{1,3}النشر|تاريخ\s{1,3}الخبر|نشر\s{1,3}(?:في|بتاريخ|يوم)|نشر|تاريخ"
             r"|published(?:\s{1,3}on)?|posted(?:\s{1,3}on)?|date")
_UPDATE_CUES = r"اخر\s{1,3}تحديث|تم\s{1,3}التحديث|تحديث|last\s{1,3}updated|updated"
# a cue right before the date, at the line start or after a separator
_CUE_BEFORE = re.compile(
    f"(?:^|[|•·/–—-])\\s{{0,3}}(?:(?P<pub>{_PUB_CUES})|(?P<upd>{_UPDATE_CUES})){_NA}"
    r"\s{0,3}[:：]?\s{0,3}(?:(?:يوم|في)\s{1,3})?$")
_DATELINE = re.compile(r"[^\W\d_]{1,20}(?:\s{1,3}[^\W\d_]{1,20})?\s{0,3}[-–—ـ:|(]{1,4}\s{0,3}")
_END_OF_STORY = re.compile(r"(?:اقرا\s{1,3}(?:ايضا|المزيد)|المصدر|كلمات\s{1,3}دلاليه|وسوم)" + _NA)
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
_CITY_BEFORE = re.compile(r"[^\W\d_]{1,20}(?:\s{1,3}[^\W\d_]{1,20})?[\s،,]{1,3}")
_AGENCY_AFTER = re.compile(r"\s{0,3}(?:\([^()\n]{1,24}\)\s{0,3})?[-–—]")
HEADER_LINES = 8
DATE_ONLY_LINES = 20


_DATE_WORDS = frozenset(w for names in (MONTHS, WEEKDAYS) for n in names for w in n.split()
                        ) | _HEADER_WORDS


def _full_dates(line: str) -> list[DateMention]:
    if "19" not in line and "20" not in line:
        return []   # without a publication date, a full date has its year written out (19xx, 20xx)
    return [m for m in _scan(line, None)
            if m.kind == "absolute" and m.value and len(m.value) == 10]


def _residue_words(line: str, found: list[DateMention]) -> list[str]:
    """Words of ``line`` outside its dates that are not date or header words."""
    cuts = [0] + [x for m in found for x in (m.start, m.end)] + [len(line)]
    rest = _WORD.findall(" ".join(line[a:b] for a, b in zip(cuts[::2], cuts[1::2])))
    return [w for w in rest if not w.isdigit() and w not in _DATE_WORDS
            and not re.fullmatch(r"\d+(?:st|nd|rd|th)", w)]


def _header_lines(text: str):
    """Folded non-empty lines of the article's top, up to the related links."""
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        pieces = _LINE_BREAK.split(text)
    else:
        pieces = text.split("\n")   # the same pieces, without testing every character
    raw = (ln for ln in pieces if ln.strip())
    for i, line in enumerate(fold(ln).strip() for ln in raw):
        if i >= DATE_ONLY_LINES or _END_OF_STORY.match(line):
            return
        yield i, line


def _is_header_date(i: int, line: str, found: list[DateMention], first: DateMention) -> bool:
    """A date-only line, a short header line, or a line opening with the date."""
    residue = _residue_words(line, found)
    if not residue:
        return True
    if i >= HEADER_LINES:
        return False
    prefix = line[:first.start]
    if _CITY_BEFORE.fullmatch(prefix) and _AGENCY_AFTER.match(line, first.end):
        return True     # "بنغازي 18 مايو 2025 (وال) - استقبل …": a dateline opening the lead
    return len(residue) <= 3 or not prefix.strip() or _DATELINE.fullmatch(prefix) is not None


def find_publication_date(text: str) -> _dt.date | None:
    """The publication date stated in the article header, or None.

    A date cued by "تاريخ النشر/نشر في" wins; one cued by "آخر تحديث" is the
    fallback; otherwise the first date of a header-ish line."""
    updated = None
    for i, line in _header_lines(text):
        found = _full_dates(line)
        uncued = []
        for d in found:
            cue = _CUE_BEFORE.search(line, max(0, d.start - 48), d.start)
            if cue and cue.group("pub"):
                return _dt.date.fromisoformat(d.value)
            if cue:
                updated = updated or _dt.date.fromisoformat(d.value)
            else:
                uncued.append(d)
        if uncued and _is_header_date(i, line, found, uncued[0]):
            return _dt.date.fromisoformat(uncued[0].value)
    return updated
