"""Lines and sentences of the matching text (positions are norm indices)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

# A sentence ends at a run of . ! ? ؟ followed by white space or the end of
# the line, or at an ellipsis ".."; "2023.9.26" and "11:11" do not end one.
# The runs are found once for the whole text (no run crosses a line break);
# the test on what follows is Python.
STOP_MARKS = ".!?؟"
_STOPS = re.compile(r"[.!?؟]+")
_QUOTE = re.compile('"')


@dataclass
class Line:
    index: int
    start: int
    end: int
    kind: str = "body"        # title, header, caption, body, link, boilerplate, blank
    section: str = "main"     # main, related


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    line: int
    kind: str
    section: str


def split_lines(norm: str) -> list[Line]:
    lines, pos = [], 0
    for i, raw in enumerate(norm.split("\n")):
        lines.append(Line(i, pos, pos + len(raw)))
        pos += len(raw) + 1
    return lines


def char_positions(text: str, chars: Iterable[str]) -> list[int]:
    """Where each of ``chars`` occurs in ``text``, character by character (not sorted
    across characters); ``str.find`` jumps from one to the next fast."""
    out = []
    for c in chars:
        pos = text.find(c)
        while pos >= 0:
            out.append(pos)
            pos = text.find(c, pos + 1)
    return out


def _stop_runs(norm: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of stop marks, in order.  An article has a mark
    every hundred characters or so: ``str.find`` jumps from one to the next five
    times faster than the expression tests every character; a text dense with
    marks is left to the expression (one step per run, not per mark)."""
    if sum(map(norm.count, STOP_MARKS)) * 32 > len(norm):
        return [m.span() for m in _STOPS.finditer(norm)]
    marks = sorted(char_positions(norm, STOP_MARKS))
    runs: list[list[int]] = []
    for pos in marks:
        if runs and runs[-1][1] == pos:
            runs[-1][1] = pos + 1      # the run goes on
        else:
            runs.append([pos, pos + 1])
    return [(a, b) for a, b in runs]


def _quoted_ranges(quotes: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """Pairs of '"' within one line (``quotes``: every '"' of the text); none when
    they do not pair up."""
    marks = quotes[bisect_left(quotes, start):bisect_left(quotes, end)]
    if len(marks) % 2:
        return []
    return list(zip(marks[::2], marks[1::2]))


def _inside(ranges: list[tuple[int, int]], opens: list[int], pos: int) -> bool:
    k = bisect_left(opens, pos) - 1
    return k >= 0 and ranges[k][0] < pos < ranges[k][1]


def split_sentences(norm: str, lines: list[Line]) -> list[Sentence]:
    out: list[Sentence] = []
    stops = _stop_runs(norm)
    stop_starts = [a for a, _ in stops]
    quotes = [m.start() for m in _QUOTE.finditer(norm)]
    for line in lines:
        if line.kind == "blank":
            continue
        quoted = _quoted_ranges(quotes, line.start, line.end)
        opens = [a for a, _ in quoted]
        begin = line.start
        for a, b in stops[bisect_left(stop_starts, line.start):bisect_left(stop_starts, line.end)]:
            ends = b == line.end or norm[b].isspace() or "." * 2 in norm[a:b]
            if not ends or (quoted and _inside(quoted, opens, a)):
                continue
            _add(out, norm, begin, b, line)
            begin = b
        _add(out, norm, begin, line.end, line)
    return out


def _add(out, norm, start, end, line):
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, line.index, line.kind, line.section))
