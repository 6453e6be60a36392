"""The Arabic text layer every extractor reuses.

``analyse(text)`` returns a :class:`Document`: the caller's text, its
matching form with the offset map, lines with their kind and section,
sentences and proclitic-aware tokens.  Extractors work on norm positions
and report spans with ``doc.span(start, end)``.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .boilerplate import classify
from .normalise import Normalised, fold, normalise
from .segment import Line, Sentence, char_positions, split_lines, split_sentences
from .tokens import Token, split_words, stems, tokenise

__all__ = ["Document", "analyse", "char_positions", "fold", "normalise", "stems", "tokenise", "Token", "Line",
           "Sentence"]


@dataclass
class Document:
    text: str
    normalised: Normalised
    lines: list[Line]
    sentences: list[Sentence]
    tokens: list[Token]
    published: _dt.date | None = None
    _token_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _token_ends: list[int] = field(default_factory=list, repr=False)
    # per-document memo for analyses that several extractors share (people, dates)
    cache: dict = field(default_factory=dict, repr=False)
    # the text between neighbouring tokens: gaps[k] is right before token k, gaps[-1]
    # after the last one (the pieces the tokeniser split the text into)
    gaps: list[str] = field(default_factory=list, repr=False)
    # the tokens' words, ``[t.text for t in tokens]``
    words: list[str] = field(default_factory=list, repr=False)
    # the matching form, ``normalised.norm`` (a plain attribute: read in the hottest loops)
    norm: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.norm = self.normalised.norm
        if len(self.words) != len(self.tokens):
            self.words = [t.text for t in self.tokens]
        if len(self.gaps) != len(self.tokens) + 1:
            bounds = [0] + [x for t in self.tokens for x in (t.start, t.end)] + [len(self.norm)]
            self.gaps = [self.norm[a:b] for a, b in zip(bounds[::2], bounds[1::2])]

    def span(self, start: int, end: int) -> dict:
        """``{"start", "end", "text"}`` in the caller's text for norm ``[start, end)``."""
        return self.normalised.span(start, end)

    def original(self, start: int, end: int) -> str:
        """The caller's text behind norm ``[start, end)``."""
        s, e = self.normalised.span_bounds(start, end)
        return self.text[s:e]

    def quote_closed(self, start: int, end: int) -> int:
        """``end``, or one past it when norm ``[start, end)`` opens a quotation that the
        next character closes ('قائد «سنتكوم»' ends with its closing mark)."""
        if self.norm.count('"', start, end) % 2 and self.norm[end:end + 1] == '"':
            return end + 1
        return end

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside norm ``[start, end)``."""
        i = bisect_left(self._token_starts, start)
        j = bisect_right(self._token_ends, end, lo=i)   # token ends grow with their starts
        return self.tokens[i:j]

    def token_at(self, pos: int) -> Token | None:
        i = bisect_right(self._token_starts, pos) - 1
        if i >= 0 and self.tokens[i].start <= pos < self.tokens[i].end:
            return self.tokens[i]
        return None

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def line_of(self, pos: int) -> Line:
        for line in self.lines:
            if line.start <= pos <= line.end:
                return line
        return self.lines[-1]


def analyse(text: str, published: _dt.date | None = None) -> Document:
    normalised = normalise(text)
    norm = normalised.norm
    lines = split_lines(norm)
    classify(norm, lines)
    sentences = split_sentences(norm, lines)
    tokens, words, starts, ends, gaps = split_words(norm)
    return Document(text, normalised, lines, sentences, tokens, published,
                    starts, [s.start for s in sentences], ends, gaps=gaps, words=words)
