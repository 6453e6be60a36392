"""Gazetteers: data files loaded once into read-only phrase matchers.

Every file in ``service/data`` with a ``.jsonl`` ending holds one entry a
line.  Names are folded and tokenised exactly like article text, so a
phrase matches whatever its spelling in diacritics, hamza or ta-marbuta,
and the first word may carry proclitics ("وبمدينة بنغازي", "لحفتر").
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .text import Document, fold, stems
from .text.tokens import tokenise

DATA = Path(__file__).resolve().parent / "data"


@dataclass(slots=True, unsafe_hash=True)   # treated as immutable: change with replace()
class Match:
    first: int          # index of the first token
    last: int           # index of the last token (inclusive)
    start: int          # norm start, after any proclitic
    end: int            # norm end
    payload: Any
    merged_article: bool = False   # "للجفره": the article hid in the preposition

    def surface(self, doc: Document) -> str:
        """The phrase as the caller wrote it, without its proclitics."""
        text = doc.original(self.start, self.end)
        return ("ا" + text) if self.merged_article else text

    def span(self, doc: Document) -> dict:
        return doc.span(self.start, self.end)


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenise(fold(phrase)))


def reading_index(doc: Document) -> dict[str, list[int]]:
    """Every proclitic reading of every token -> the tokens that offer it (once per document)."""
    index = doc.cache.get("readings")
    if index is None:
        index = {}
        for i, readings in enumerate(map(reading_words, doc.words)):
            for stem in readings:
                if stem in index:
                    index[stem].append(i)
                else:
                    index[stem] = [i]
        doc.cache["readings"] = index
    return index


@lru_cache(maxsize=1 << 16)
def reading_words(word: str) -> tuple[str, ...]:
    """The stems of ``stems(word)``, without their prefix lengths (memoised)."""
    return tuple(stem for stem, _, _ in stems(word))


_PAYLOAD = ""   # the trie key of a phrase's payload (no token is empty)


class Matcher:
    """Finds the longest listed phrase at each token, without overlaps.

    Phrases are kept in a trie of words, so the longest one at a token is one
    walk along the tokens, however many phrases share their first words."""

    def __init__(self, phrases: Iterable[tuple[str, Any]]):
        self._trie: dict[str, dict] = {}
        for phrase, payload in phrases:
            key = phrase_key(phrase)
            if key:
                node = self._trie
                for word in key:
                    node = node.setdefault(word, {})
                node.setdefault(_PAYLOAD, payload)   # a phrase listed twice keeps its first payload
        self._keys = frozenset(self._trie)
        # keys of this matcher's memos in ``doc.cache`` (plain objects: cheap to hash)
        self._memo_keys = (object(), object())
        self._starts_key = object()

    def __contains__(self, word: str) -> bool:
        return word in self._trie

    def match_at(self, doc: Document, i: int, bare: bool = False) -> Match | None:
        """The longest phrase starting at token ``i`` (``bare``: no proclitics); memoised per document."""
        if not 0 <= i < len(doc.words):
            return None     # (asked one past the text's last word: nothing starts there)
        memo = doc.cache.get(self._memo_keys[bare])
        if memo is None:
            memo = doc.cache[self._memo_keys[bare]] = {}
        elif i in memo:
            return memo[i]
        found = memo[i] = self._match_at(doc, i, bare)
        return found

    def _memo(self, doc: Document, bare: bool) -> dict:
        key = self._memo_keys[bare]
        memo = doc.cache.get(key)
        if memo is None:
            memo = doc.cache[key] = {}
        return memo

    def _match_at(self, doc: Document, i: int, bare: bool) -> Match | None:
        words, gaps, ntok = doc.words, doc.gaps, len(doc.words)
        word = words[i]
        readings = ((word, 0, False),) if bare else stems(word)
        best = None     # (last token, proclitic length, payload, merged article)
        for stem, cut, merged in readings:
            node = self._trie.get(stem)
            if node is None:
                continue
            j, found, payload = i, None, None
            while True:
                if _PAYLOAD in node:
                    found, payload = j, node[_PAYLOAD]
                j += 1
                if j >= ntok:
                    break
                # the next word must continue a phrase, with only white space before it
                node = node.get(words[j])
                if node is None or gaps[j].strip():
                    break
            # a later reading (a shorter stem) wins only with a longer phrase
            if found is not None and (best is None or found > best[0]):
                best = (found, cut, payload, merged)
        if best is None:
            return None
        found, cut, payload, merged = best
        return Match(i, found, doc._token_starts[i] + cut, doc._token_ends[found], payload, merged)

    def starts(self, doc: Document) -> list[int]:
        """Sorted indexes of the tokens where a phrase may start (once per document)."""
        key = self._starts_key
        found = doc.cache.get(key)
        if found is None:
            readings = reading_index(doc)
            # look up the smaller side in the larger (``frozenset & dict_keys`` walks the frozenset)
            words = (self._keys.intersection(readings) if len(readings) < len(self._keys)
                     else [w for w in self._keys if w in readings])
            found = doc.cache[key] = sorted({i for word in words for i in readings[word]})
        return found

    def find(self, doc: Document, first: int = 0, last: int | None = None) -> list[Match]:
        """Non-overlapping matches among tokens ``first..last`` (exclusive), left to right."""
        last = len(doc.tokens) if last is None else last
        starts, memo = self.starts(doc), self._memo(doc, False)
        out, free = [], first
        for k in range(bisect_left(starts, first), len(starts)):
            i = starts[k]
            if i >= last:
                break
            if i < free:
                continue
            m = memo[i] if i in memo else memo.setdefault(i, self._match_at(doc, i, False))
            if m is not None and m.last < last:
                out.append(m)
                free = m.last + 1
        return out


def read_json(name: str):
    """One JSON file of ``service/data`` (cue lists, titles, calendars)."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def read_jsonl(name: str) -> list[dict]:
    path = DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.startswith("//")]


_ABD = re.compile(r"\bعبد ?(?=ال)")
_ABU = re.compile(r"\b([أا]بو) ?(?=\w)")


def _spellings(name: str) -> list[str]:
    """A listed name as the press writes it: "عبد العزيز" and "عبدالعزيز", "أبو قصرة"
    and "أبوقصرة" alike."""
    forms = []
    for form in (name, _ABD.sub("عبد", name), _ABD.sub("عبد ", name)):
        forms += [form, _ABU.sub(r"\1", form), _ABU.sub(r"\1 ", form)]
    return list(dict.fromkeys(forms))


class Gazetteer:
    """All gazetteers, read-only after load."""

    def __init__(self) -> None:
        self.persons = read_jsonl("persons.jsonl")
        self.places = read_jsonl("places.jsonl")
        self.orgs = read_jsonl("orgs.jsonl")
        self.sites = read_jsonl("sites.jsonl")
        self.person_by_id = {e["id"]: e for e in self.persons}
        self.person_by_name = {fold(n): e for e in self.persons for n in e.get("names", [])}   # folded
        self.person_matcher = Matcher(
            [(v, (e, "full")) for e in self.persons for n in e.get("names", []) for v in _spellings(n)]
            + [(v, (e, "short")) for e in self.persons for n in e.get("short", []) for v in _spellings(n)])
        self.place_matcher = Matcher((n, e) for e in self.places for n in e.get("names", []))
        self.demonym_matcher = Matcher((n, e) for e in self.places for n in e.get("demonyms", []))
        self.org_matcher = Matcher((n, e) for e in self.orgs for n in e.get("names", []))
        self.site_matcher = Matcher((n, e) for e in self.sites for n in e.get("names", []))
        # names that are also common words: they need context (see entities.places)
        self.ambiguous_places = frozenset(phrase_key(n) for e in self.places
                                          for n in (e.get("ambiguous") or {}))
        self.weak_short = frozenset(phrase_key(n) for e in self.persons for n in e.get("weak_short", []))
        cues = read_json("place_cues.json")
        self.locatives = frozenset(fold(w) for w in cues["locatives"])
        self.place_only_preps = self.locatives - frozenset(fold(w) for w in cues["person_preps"])
        self.capital_words = frozenset(fold(w) for w in cues["capital_words"])
        self.capitals = {e["country"]: e for e in self.places if e.get("kind") == "capital"}

    @property
    def size(self) -> dict:
        return {"persons": len(self.persons), "places": len(self.places),
                "orgs": len(self.orgs), "sites": len(self.sites)}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    return Gazetteer()
