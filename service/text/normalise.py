"""The matching form of a text, with a map back to the caller's offsets.

Matching happens on a folded copy of the text (no diacritics, tatweel or
invisible controls; one alef, ya, kaf and ta-marbuta form; ق ف ب for the
letters some outlets write for foreign sounds, ڨ ڤ پ; ASCII digits; one quote
character; lower-case Latin).  Every character of the folded copy remembers
where it came from, so a span found there maps back to the original text and
``text[start:end] == span_text`` always holds.

Folding is one character to one character (a translation table), and the only
other change is deleting characters, so the map is a short list of runs.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# Removed for matching.  Marks (diacritics, tatweel) belong to the letter
# before them, so a span ending on that letter also takes its marks.
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
CONTROLS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c"
_MARK_RE = re.compile(f"[{MARKS}]")
_DELETE_RE = re.compile(f"[{MARKS}{CONTROLS}]|\r(?=\n)")
_DELETE_NO_CR_RE = re.compile(f"[{MARKS}{CONTROLS}]")   # the same without a CR: one class, scanned faster
_MARK_CHARS = frozenset(chr(c) for c in range(0x0600, 0x0700) if _MARK_RE.match(chr(c)))  # all in this block

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڭ": "ك", "ݣ": "ك",
    # letters for sounds Arabic lacks, as Maghrebi and Levantine outlets write
    # them ("شنڨريحة", "ڤاغنر", "پوتين"): the Arabic letter other outlets use
    "ڨ": "ق", "ڤ": "ف", "پ": "ب",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\t": " ",
    "\r": "\n", "\u2028": "\n", "\u2029": "\n",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‹": '"', "›": '"', "〝": '"', "〞": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "٪": "%", "٫": ".", "٬": ",",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits
for _c in range(ord("A"), ord("Z") + 1):
    _FOLD[chr(_c)] = chr(_c + 32)
_TABLE = str.maketrans(_FOLD)          # for a few words
_FOLD_PAIRS = tuple(_FOLD.items())     # for longer texts (see _fold_chars)
assert not set(_FOLD.values()) & set(_FOLD), "a folded character must not be folded again"


def _fold_chars(text: str) -> str:
    """A whole text with every character of ``_FOLD`` replaced.

    One ``str.replace`` per character that occurs: the same result as
    ``translate(_TABLE)`` (no replacement is itself replaced), about eight
    times faster on an article, where ``translate`` looks up every character;
    on a few words, ``translate`` is the faster."""
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def fold(text: str) -> str:
    """The matching form of a string without offsets (a name, a cue, a header line)."""
    text = _DELETE_RE.sub("", text)
    return _fold_chars(text) if len(text) > 64 else text.translate(_TABLE)


@dataclass(frozen=True)
class Normalised:
    """``norm`` is the matching form of ``text``; spans map back with ``span``."""

    text: str
    norm: str
    # runs of kept characters: norm index where a run starts -> original index
    _run_norm: list[int] = field(repr=False)
    _run_orig: list[int] = field(repr=False)
    # the kept characters as written, before folding: ``kept[i] == text[orig(i)]``
    kept: str = field(repr=False)

    def orig(self, i: int) -> int:
        """Original index of the character at norm index ``i``."""
        k = bisect_right(self._run_norm, i) - 1
        return self._run_orig[k] + (i - self._run_norm[k])

    def span_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the norm slice ``[start, end)``."""
        if end <= start:
            o = self.orig(start) if start < len(self.norm) else len(self.text)
            return o, o
        # ``orig(start)`` and ``orig(end - 1) + 1``, written out: called for every span
        run_norm, run_orig, text = self._run_norm, self._run_orig, self.text
        k = bisect_right(run_norm, start) - 1
        o_start = run_orig[k] + (start - run_norm[k])
        k = bisect_right(run_norm, end - 1, k) - 1
        o_end = run_orig[k] + (end - run_norm[k])
        while o_end < len(text) and text[o_end] in _MARK_CHARS:
            o_end += 1  # a letter keeps its diacritics
        return o_start, o_end

    def span(self, start: int, end: int) -> dict:
        """API span dict for the norm slice ``[start, end)``."""
        s, e = self.span_bounds(start, end)
        return {"start": s, "end": e, "text": self.text[s:e]}


def normalise(text: str) -> Normalised:
    run_norm, run_orig = [0], [0]
    pieces, last, removed = [], 0, 0
    for m in (_DELETE_RE if "\r" in text else _DELETE_NO_CR_RE).finditer(text):
        pieces.append(text[last:m.start()])
        removed += m.end() - m.start()
        last = m.end()
        n = last - removed
        if run_norm[-1] == n:       # consecutive deletions extend one gap
            run_orig[-1] = last
        else:
            run_norm.append(n)
            run_orig.append(last)
    pieces.append(text[last:])
    kept = "".join(pieces) if removed else text
    return Normalised(text, _fold_chars(kept), run_norm, run_orig, kept)
