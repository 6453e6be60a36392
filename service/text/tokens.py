"""Word tokens of the matching text, aware of Arabic proclitics.

A token such as "وبحضور" also offers the stems it may hide: "بحضور",
"حضور".  "للجفره" offers "الجفره" (the article merged into the preposition).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, count, repeat
from typing import NamedTuple

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
MIN_STEM = 2


class Token(NamedTuple):
    """A word of the matching text: its position in the token list and its norm span."""

    index: int
    start: int
    end: int
    text: str


# a word is a run of letters and digits; captured, split() gives gap, word, gap, ..., word, gap
_SPLIT = re.compile(r"([^\W_]+)")


def _bmp_letters_and_digits() -> str:
    """The letters and digits below U+10000 (``[^\\W_]``) as a character class of ranges."""
    bmp = "".join(map(chr, range(0x10000)))
    return "".join(f"\\u{m.start():04x}-\\u{m.end() - 1:04x}" for m in _SPLIT.finditer(bmp))


# The same split for a text without astral characters (nearly every text): a class of
# ranges compiles to a bitmap, read a third faster than the category test of [^\W_].
_SPLIT_BMP = re.compile(f"([{_bmp_letters_and_digits()}]+)")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def tokenise(norm: str) -> list[Token]:
    """The words of ``norm`` with their offsets."""
    return split_words(norm)[0]


class Words(NamedTuple):
    """The tokens of a text and the same facts as lists, for the loops that read them."""

    tokens: list[Token]
    words: list[str]       # the tokens' texts
    starts: list[int]      # their norm starts
    ends: list[int]        # their norm ends
    gaps: list[str]        # gaps[k]: the text right before token k (gaps[-1]: after the last)


def split_words(norm: str) -> Words:
    """The tokens of ``norm`` and their words, offsets and gaps.  The offsets are
    running sums of the pieces' lengths, so the lists are built without a Python loop."""
    parts = (_SPLIT if _ASTRAL.search(norm) else _SPLIT_BMP).split(norm)
    offsets = list(accumulate(map(len, parts), initial=0))
    words, starts, ends = parts[1::2], offsets[1:-1:2], offsets[2::2]
    # tuple.__new__ straight from map: no Python-level Token.__new__ call per token
    tokens = list(map(tuple.__new__, repeat(Token), zip(count(), starts, ends, words)))
    return Words(tokens, words, starts, ends, parts[::2])


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[tuple[str, int, bool], ...]:
    """``(stem, prefix_length, article_merged)`` readings of ``word``, the word itself first.

    A pure function of the word, memoised: news vocabulary repeats a lot."""
    out = [(word, 0, False)]
    if word[:1] in CONJUNCTIONS and len(word) - 1 >= MIN_STEM:
        out.append((word[1:], 1, False))
    for stem, cut, _ in list(out):
        if stem.startswith("لل") and len(stem) > 3:
            out.append(("ال" + stem[2:], cut + 1, True))
        if stem[:1] in PREPOSITIONS and len(stem) - 1 >= MIN_STEM:
            out.append((stem[1:], cut + 1, False))
    return tuple(out)
