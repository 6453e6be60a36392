"""Lines and sentences of the matching text (positions are norm indices)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# A sentence ends at a run of . ! ? ؟ followed by white space or the end of
# the line, or at an ellipsis ".."; "2023.9.26" and "11:11" do not end one.
# Runs are found whole (one linear pass); the test on what follows is Python.
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


def _quoted_ranges(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pairs of '"' within one line; none when they do not pair up."""
    if norm.count('"', start, end) % 2:
        return []
    marks = [m.start() for m in _QUOTE.finditer(norm, start, end)]
    return list(zip(marks[::2], marks[1::2]))


def _inside(ranges: list[tuple[int, int]], opens: list[int], pos: int) -> bool:
    k = bisect_left(opens, pos) - 1
    return k >= 0 and ranges[k][0] < pos < ranges[k][1]


def split_sentences(norm: str, lines: list[Line]) -> list[Sentence]:
    out: list[Sentence] = []
    for line in lines:
        if line.kind == "blank":
            continue
        quoted = _quoted_ranges(norm, line.start, line.end)
        opens = [a for a, _ in quoted]
        begin = line.start
        for m in _STOPS.finditer(norm, line.start, line.end):
            ends = m.end() == line.end or norm[m.end()].isspace() or "." * 2 in m.group()
            if not ends or (quoted and _inside(quoted, opens, m.start())):
                continue
            _add(out, norm, begin, m.end(), line)
            begin = m.end()
        _add(out, norm, begin, line.end, line)
    return out


def _add(out, norm, start, end, line):
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, line.index, line.kind, line.section))
