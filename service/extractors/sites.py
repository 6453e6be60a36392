"""Military sites: one record per fixed military installation a document names.

What is a site
    A site is found in three ways.

    1. A gazetteer name (``data/sites.jsonl``).  Names that carry a head word
       or a qualifier ("قاعدة الجفرة", "مطار القامشلي العسكري") always count.
       A bare name ("الجفرة", "الخروبة") counts only when the entry lists it
       under ``standalone`` (names that mean nothing but the base: "حميميم",
       "الوطية", "الرجمة"), or, later in the text, once the same site was
       already introduced with a head word.  A bare name right after a city,
       region or battle word ("مدينة", "منطقة", "معركة", "ذكرى" ...) is never
       a site, nor is it when it is coordinated under one ("مدينتي سرت
       والجفرة").  So "سرت" alone, "معركة القرضابية" and ships ("حاملة
       الطائرات الأميرال كوزنتسوف") give no site.
    2. A head word followed by a name: "قاعدة/مطار/ميناء/معسكر X".  The name
       is looked up among the gazetteer's bare names (head words and
       qualifiers stripped from every listed name), picking the entry whose
       type fits the head ("ميناء طبرق" is the port, "قاعدة طبرق البحرية" the
       naval base).  A name not in the gazetteer makes a site only with a
       qualifier that makes it military: "قاعدة X الجوية/البحرية/العسكرية",
       "قاعدة جوية X", "قاعدة X الروسية", "مطار X العسكري"; and "معسكر X" with a
       proper name.  "القاعدة الروسية/الجوية في X" (definite head, an
       adjective, a place) is a site; "... في سوريا" (a country) is not.
       Headquarters: "مقر القيادة العامة", "مقر قيادة X", "المقر العسكري لـX",
       "مقر <force>"; "مقره في <gazetteer site>" names that site.  "غرفة
       عمليات X" counts only when placed ("... في/ب Y").
    3. Airports and ports that are mainly civilian (entries flagged ``civil``
       and unknown "مطار X"/"ميناء X" without "العسكري") are kept only when
       the text places a force there or their sentence is military (forces,
       bases, warships ...): "وصل إلى مطار بنينا" alone is no site.

    Not emitted (the issue leaves it open; the guideline makes them optional):
    unnamed sites described in general terms, "قاعدة عسكرية هناك", "قاعدة
    جوية وبحرية ... بالقرب من بنغازي", plurals ("قواعد أخرى"), "القاعدة"
    alone (also al-Qaeda).

Records
    One record per gazetteer entry, or per unknown name, in the document.
    ``name`` is the fullest named mention as written (head, name,
    qualifiers, demonym, "ومينائها البحري"); when the site is only
    described ("مقره في الرجمة") the bare name as written.  ``type``: the
    gazetteer's, refined by the entry's ``types`` map when every mention
    uses one head ("مطار بنينا" → airport, "قاعدة بنينا الجوية" → air_base);
    for unknown sites from the words (الجوية → air_base, البحرية →
    naval_base, ميناء → port, مطار → airport, مقر/غرفة عمليات →
    headquarters, else military_base).  ``section``: main when any mention
    is in the main story.  An HQ phrase in apposition right after a site
    ("قاعدة الرجمة للمقر العسكري لحفتر") describes that site: no new record.

Forces
    Forces are armed groups (``site_cues.json``, plus orgs.jsonl entries of
    kind armed_group/military when present), leaders standing for their
    forces ("قوات حفتر", or "حفتر" as HQ owner), states (names, capitals) and
    demonym phrases ("القوات الروسية" as written; "قوات روسية"/"خبراء روس" →
    "روسيا").  Container words are dropped around a known group ("عناصر
    فاجنر", "مجموعات فاغنر", even glued "عناصرفاجنر" → "فاجنر").
    A force is placed at a site by
    - a placement cue (تتمركز، متواجدة، تنشط، سيطرت على، تستخدم، انسحبت إلى،
      تتخذ من ...): its agent is the force right after the verb (VSO), else
      the nearest force before it since the previous cue, else the agent of
      the previous cue (a dropped subject or pronoun, also across the next
      two sentences), else the nearest force earlier in the sentence; its
      targets are the sites after it up to the next cue or clause break,
      so coordinated sites all get it ("بقاعدة القرضابية ...، بالإضافة إلى
      قاعدة الجفرة"); a site introduced by a relation ("المحاذية لـ",
      "القريبة من", "مشابهة لـ") or an attack word is not a target;
    - a relative clause: "X التي انسحبت/تتمركز" (agent X), "قاعدة Y التي
      تتمركز فيها X" (target Y);
    - host and post cues: "قاعدة Y تستضيف X", "قاعدة Y الخاضعة لسيطرة X",
      "التابعة لـX";
    - a demonym on the site ("قاعدة حميميم الروسية" → روسيا) and the owner of
      a headquarters ("المقر العسكري لحفتر" → حفتر).
    A force is never a preposition's object or a place in parentheses
    ("في ليبيا", "(450 كلم شرق طرابلس)"), and a state is not placed at a site
    in its own country ("الجيش الليبي" is, "ليبيا" is not).

Location
    ``location`` is the phrase right after the site that places it
    ("وسط الجنوب", "بالجنوب الليبي", "القريبة من اللاذقية"); a distance
    ("(700 كلم جنوب طرابلس)", "على بعد 150 كيلومترا جنوب غرب بنغازي", miles
    converted) gives ``relative_location``.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import gazetteer
from ..gazetteer import DATA, Matcher, phrase_key
from ..text import Document, fold, stems

ALLOWED_LINES = ("title", "body", "caption")
NEAREST_WINDOW = 60        # tokens searched back for a verb's subject
LOOKBACK_CHARS = 200       # characters searched back for an open parenthesis
STRONG_CLASSES = ("base", "camp", "hq", "hq_poss", "ops")
CLASS_RANK = {"base": 5, "camp": 4, "hq": 4, "ops": 3, "hq_poss": 2, "airport": 2, "port": 1, None: 0}
TYPE_FIT = {
    # head class -> qualifier kind -> gazetteer types that fit, best first
    "base": {"air": ("air_base", "airport", "military_base"),
             "naval": ("naval_base", "port", "military_base"),
             None: ("air_base", "military_base", "naval_base", "headquarters", "airport", "other")},
    "airport": {None: ("airport", "air_base", "military_base")},
    "port": {None: ("port", "naval_base")},
    "camp": {None: ("military_base", "headquarters", "air_base", "naval_base")},
    "hq": {None: ("headquarters", "military_base")},
    "hq_poss": {None: ("headquarters", "military_base", "air_base", "naval_base", "airport", "port", "other")},
}
_MIL_CONTEXT = re.compile(r"عسكر|حربي|مرتزق|قوات|جيش|فرقاط|غواص|بارج|مقاتلات|تمركز|قاعد|مسلح|ميليشي|مليشي|"
                          r"سلاح|مسيرات|الطيران|طائرات|انتشار|فاغنر|فاجنر")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_DIRECTION_PAIRS = {("north", "east"): "northeast", ("north", "west"): "northwest",
                    ("south", "east"): "southeast", ("south", "west"): "southwest"}


def _key(text: str) -> tuple[str, ...]:
    return phrase_key(text)


def _set(words) -> frozenset[str]:
    return frozenset(" ".join(_key(w)) for w in words)


# ---------------------------------------------------------------- lexicon

class Lexicon:
    """Everything read from the data files, folded once."""

    def __init__(self) -> None:
        cues = json.loads((DATA / "site_cues.json").read_text(encoding="utf-8"))
        gaz = gazetteer.load()
        self.entries: list[dict] = gaz.sites

        self.heads: dict[str, str] = {}
        for cls, words in cues["heads"].items():
            for w in words:
                self.heads[fold(w)] = cls
        self.dual = _set(cues["dual_heads"])
        self.ops_second = _set(cues["ops_second"])
        self.adj: dict[str, str] = {}
        for kind, words in cues["type_adjectives"].items():
            for w in words:
                self.adj[fold(w)] = kind
        self.hq_cores = Matcher((w, w) for w in cues["hq_cores"])
        self.extensions = _set(cues["extensions"])
        self.relatives = _set(cues["relatives"])
        self.resumptives = _set(cues["resumptives"])
        self.relational = _set(cues["relational"])
        self.blockers = _set(cues["blockers"]) | _set(cues["place_nouns"])
        self.generic = _set(cues["generic"])
        self.prepositions = _set(cues["prepositions"])
        self.containers = Matcher((w, w) for w in cues["containers"])
        self.written_containers = _set(cues["force_containers_written"])
        self.container_adjectives = _set(cues["container_adjectives"])
        self.mercenaries = _set(cues["mercenary_containers"])
        self.directions = {fold(k): v for k, v in cues["directions"].items()}
        self.region_words = _set(cues["region_words"])
        self.region_complements = _set(cues["region_complements"])
        self.location_relations = _set(cues["location_relations"])
        self.distance_lead = Matcher((w, w) for w in cues["distance_lead"])
        self.units = {fold(k): v for k, v in cues["units"].items()}
        self.place_nouns = _set(cues["place_nouns"])

        cue_phrases = [(w, "place") for w in cues["placement_cues"]]
        # "تستخدمها", "تسيطر عليها" is read by the resumptive; object pronouns on the verb itself
        listed = {fold(w) for group in ("placement_cues", "host_cues", "post_cues", "clause_breaks") for w in cues[group]}
        cue_phrases += [(w + suffix, "place") for w in cues["placement_cues"] if " " not in w
                        for suffix in cues["cue_suffixes"] if fold(w + suffix) not in listed]
        cue_phrases += [(w, "host") for w in cues["host_cues"]]
        cue_phrases += [(w, "post") for w in cues["post_cues"]]
        cue_phrases += [(w, "break") for w in cues["clause_breaks"]]
        self.cues = Matcher(cue_phrases)
        self.weak_cues = _set(cues["weak_cues"])

        # states: countries and capitals (places.jsonl), demonyms
        self.country_name: dict[str, str] = {}
        self.country_words: set[str] = set()
        self.demonyms: dict[str, tuple[str, bool]] = {}   # folded word -> (iso, definite)
        force_phrases: list[tuple[str, dict]] = []
        for place in gaz.places:
            iso = place.get("country")
            if not iso or place.get("kind") not in ("country", "capital"):
                continue
            payload = {"kind": "state", "id": "state:" + iso, "iso": iso}
            for n in place.get("names", []):
                force_phrases.append((n, payload))
            if place["kind"] == "country":
                self.country_name.setdefault(iso, place["names"][0])
                for n in place.get("names", []):
                    if len(_key(n)) == 1:
                        self.country_words.add(fold(n))
                for dem in place.get("demonyms", []):
                    dem = fold(dem)
                    self.demonyms.setdefault(dem, (iso, dem.startswith("ال")))
        for iso, words in cues["demonyms_extra"].items():
            for dem in words:
                dem = fold(dem)
                self.demonyms.setdefault(dem, (iso, dem.startswith("ال")))

        # armed groups and armies (orgs.jsonl), a few more spellings, leaders
        for org in gaz.orgs:
            if org.get("kind") in ("armed_group", "military"):
                payload = {"kind": "group", "id": org["id"], "iso": org.get("country")}
                for n in org.get("names", []):
                    force_phrases.append((n, payload))
        for extra in cues["forces_extra"]:
            for n in extra["names"]:
                force_phrases.append((n, {"kind": "group", "id": extra["id"]}))
        for leader in cues["leaders"]:
            for n in leader["names"]:
                force_phrases.append((n, {"kind": "leader", "id": leader["force"]}))
        self.places = gaz.place_matcher
        self.forces = Matcher(force_phrases)
        self.force_keys = {" ".join(_key(phrase)) for phrase, _ in force_phrases}
        # single-word group names, for glued container words ("عناصرفاجنر")
        self.glued_names = {key[0]: payload for phrase, payload in force_phrases
                            if payload["kind"] == "group" and len(key := _key(phrase)) == 1}
        self.glued_prefixes = sorted({fold(w) for w in cues["containers"] if " " not in w}, key=len, reverse=True)

        # site names: literal phrases, and bare names (heads and qualifiers stripped)
        literal: list[tuple[str, dict]] = []
        bare: dict[tuple[str, ...], list[dict]] = {}
        for entry in self.entries:
            standalone = {_key(n) for n in entry.get("standalone", [])}
            for name in entry.get("names", []):
                key = _key(name)
                core = self.bare_of(key)
                is_bare = core == key and not any(self.adj.get(t) in ("air", "naval", "military") for t in key)
                literal.append((name, {"entry": entry, "bare": is_bare, "standalone": key in standalone,
                                       "head": self.heads.get(key[0]) if key else None,
                                       "quals": [self.adj[t] for t in key[1:] if t in self.adj]}))
                if core and " ".join(core) not in self.generic:
                    options = bare.setdefault(core, [])
                    if entry not in options:
                        options.append(entry)
        self.literal = Matcher(literal)
        self.bare = Matcher((" ".join(k), v) for k, v in bare.items())

    def bare_of(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """The name inside a listed name: no head word, type adjective or qualifier."""
        toks = list(key)
        if any(t in ("في", "على") for t in toks):
            return None
        if toks and toks[0] in self.heads:
            toks = toks[1:]
        while toks and self.adj.get(toks[0]) in ("air", "naval", "military") and not toks[0].startswith("ال"):
            toks = toks[1:]
        while toks and (toks[-1] in self.adj or toks[-1] in self.demonyms):
            toks = toks[:-1]
        return tuple(toks) or None

    def state_name(self, iso: str) -> str:
        return self.country_name.get(iso, iso)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


# ---------------------------------------------------------------- records in the making

@dataclass
class Mention:
    t0: int                       # first token
    t1: int                       # last token (inclusive), qualifiers and extension included
    start: int                    # norm offsets of the site phrase
    end: int
    cls: str | None               # head class: base, airport, port, camp, hq, hq_poss, ops, None
    entry: dict | None = None
    named: bool = True            # a name (False: only described, "مقره في الرجمة")
    name_start: int = 0           # the span that becomes ``name``
    name_end: int = 0
    quals: list = field(default_factory=list)      # air / naval / military / civil
    demonyms: list = field(default_factory=list)   # ISO codes
    owners: list = field(default_factory=list)     # ForceMention of an HQ's owner
    weak: bool = False            # a civilian airport or port: needs a force or a military sentence
    key: Any = None
    sentence: int = 0
    section: str = "main"
    relational: bool = False
    apposition_end: int | None = None   # last token of an HQ apposition that followed
    tail: int | None = None             # last token read with it (an HQ's owner after "ل")


@dataclass
class ForceMention:
    t0: int
    t1: int
    id: str
    name: str
    kind: str                     # group, leader, state
    iso: str | None = None
    prep: bool = False            # object of a preposition / a place


# ---------------------------------------------------------------- the extractor

class _Doc:
    """One document being read: tokens, readings, and the helpers over them."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.tokens = doc.tokens
        self.norm = doc.norm
        self._readings: dict[int, list] = {}

    # -- token helpers
    def readings(self, i: int):
        r = self._readings.get(i)
        if r is None:
            r = self._readings[i] = stems(self.tokens[i].text)
        return r

    def reading_in(self, i: int, words, bare: bool = False):
        """``(stem, cut)`` of the first reading of token ``i`` found in ``words``."""
        if i < 0 or i >= len(self.tokens):
            return None
        for stem, cut, merged in self.readings(i)[:1] if bare else self.readings(i):
            if stem in words:
                return stem, cut, merged
        return None

    def text(self, i: int) -> str:
        return self.tokens[i].text

    def tight(self, a: int, b: int) -> bool:
        """Only spaces or quote marks between tokens ``a`` and ``b``."""
        if b >= len(self.tokens):
            return False
        gap = self.norm[self.tokens[a].end:self.tokens[b].start]
        return not gap.strip(" \"'\u00a0")

    def joined(self, a: int, b: int, allow=" \"'،,") -> bool:
        if b >= len(self.tokens):
            return False
        gap = self.norm[self.tokens[a].end:self.tokens[b].start]
        return not gap.strip(allow)

    def namelike(self, i: int) -> bool:
        t = self.text(i)
        lex = self.lex
        return (len(t) >= 2 and t not in lex.generic and t not in lex.prepositions and t not in lex.heads
                and t not in lex.adj and t not in lex.demonyms and t not in lex.relatives
                and t not in lex.directions and t not in lex.region_words and t not in lex.blockers
                and t not in lex.relational and lex.cues.match_at(self.doc, i, bare=True) is None
                and not t.isdigit() and (i == 0 or self.tight(i - 1, i) or True))

    def prep_marked(self, i: int, cut: int, merged: bool) -> bool:
        """Token ``i`` read with a prepositional proclitic, or after a preposition word."""
        prefix = self.text(i)[:cut]
        if merged or any(c in "بلك" for c in prefix):
            return True
        if i > 0 and self.text(i - 1) in self.lex.prepositions:
            return True
        if i > 0 and (self.text(i - 1) in self.lex.directions or self.text(i - 1) in self.lex.units
                      or self.text(i - 1) in self.lex.place_nouns):
            return True
        return False

    def in_parens(self, i: int, sentence_start: int) -> bool:
        start = self.tokens[i].start
        before = self.norm[max(sentence_start, start - LOOKBACK_CHARS):start]
        return before.count("(") > before.count(")")


class _ByToken:
    """Mentions of one sentence, sorted by first token, looked up by token range."""

    def __init__(self, items: list):
        self.items = items
        self.starts = [x.t0 for x in items]

    def range(self, lo: int, hi: int) -> list:
        """Items whose first token lies strictly between ``lo`` and ``hi``."""
        return self.items[bisect_right(self.starts, lo):bisect_left(self.starts, hi)]


def _fits(entry: dict, cls: str | None, kind: str | None) -> int:
    table = TYPE_FIT.get(cls or "base", TYPE_FIT["base"])
    order = table.get(kind) or table[None]
    t = entry.get("type")
    return len(order) - order.index(t) if t in order else 0


def _resolve(options: list[dict], cls: str | None, kind: str | None) -> dict | None:
    best = max(options, key=lambda e: _fits(e, cls, kind))
    return best if _fits(best, cls, kind) else None


class SiteReader:
    def __init__(self, doc: Document):
        self.lex = lexicon()
        self.d = _Doc(doc, self.lex)
        self.doc = doc

    # ------------------------------------------------------------ site mentions

    def head_at(self, i: int):
        """``(class, cut, merged, definite, dual)`` when token ``i`` is a head word."""
        lex, d = self.lex, self.d
        for stem, cut, merged in d.readings(i):
            cls = lex.heads.get(stem)
            if cls is None:
                continue
            if cls == "ops" and not d.reading_in(i + 1, lex.ops_second, bare=True):
                continue
            if cut and not all(c in "وفبلك" for c in d.text(i)[:cut]):
                continue
            return cls, cut, merged, stem.startswith("ال") or merged, stem in lex.dual
        return None

    def qualifiers(self, k: int, last: int):
        """Type adjectives, civil adjectives and demonyms from token ``k``: ``(next, quals, demonyms)``."""
        lex, d = self.lex, self.d
        quals, dem = [], []
        while k < last and d.tight(k - 1, k):
            t = d.text(k)
            if quals and t.startswith("و") and t[1:] in lex.adj and t[1:].startswith("ال"):
                t = t[1:]
            if t in lex.adj and t.startswith("ال"):
                quals.append(lex.adj[t])
            elif t in lex.demonyms and lex.demonyms[t][1]:
                dem.append(lex.demonyms[t][0])
            else:
                break
            k += 1
        return k, quals, dem

    def pre_adjectives(self, j: int, last: int):
        lex, d = self.lex, self.d
        kinds, dem = [], []
        while j < last and d.tight(j - 1, j):
            t = d.text(j)
            if (kinds or dem) and t.startswith("و") and (t[1:] in lex.adj or t[1:] in lex.demonyms):
                t = t[1:]
            if t in lex.adj and not t.startswith("ال") and lex.adj[t] != "civil":
                kinds.append(lex.adj[t])
            elif t in lex.demonyms and not lex.demonyms[t][1]:
                dem.append(lex.demonyms[t][0])
            else:
                break
            j += 1
        return j, kinds, dem

    def def_adjectives(self, j: int, last: int):
        lex, d = self.lex, self.d
        kinds, dem = [], []
        while j < last and d.tight(j - 1, j):
            t = d.text(j)
            if t in lex.adj and t.startswith("ال") and lex.adj[t] != "civil":
                kinds.append(lex.adj[t])
            elif t in lex.demonyms and lex.demonyms[t][1]:
                dem.append(lex.demonyms[t][0])
            else:
                break
            j += 1
        return j, kinds, dem

    def place_after(self, j: int, last: int):
        """"في X" / "بX" at token ``j``: ``(first, last, entry_or_None, start)`` of X."""
        lex, d = self.lex, self.d
        if j >= last:
            return None
        if d.text(j) in ("في", "داخل") and j + 1 < last and d.tight(j, j + 1):
            p, bare = j + 1, True
        elif d.text(j).startswith("ب") and len(d.text(j)) > 2:
            p, bare = j, False
        else:
            return None
        if d.reading_in(p, lex.place_nouns) and p + 1 < last and d.tight(p, p + 1):
            p, bare = p + 1, True      # "في منطقة الرجمة", "بمدينة سرت"
        m = lex.bare.match_at(self.doc, p, bare=bare)
        if m is not None and m.last < last:
            return m.first, m.last, m.payload, m.start
        # an unknown place: one proper-looking word, not a country or a region word
        stem = d.text(p) if bare else d.text(p)[1:]
        if (len(stem) < 2 or stem in lex.generic or stem in lex.country_words or stem in lex.region_words
                or stem in lex.prepositions or stem in lex.blockers):
            return None
        if not bare and stem.startswith("ال") is False and stem in lex.adj:
            return None
        if lex.cues.match_at(self.doc, p) is not None:
            return None
        start = d.tokens[p].start + (0 if bare else 1)
        return p, p, None, start

    def site_at(self, i: int, last: int, sentence, lit) -> list[Mention]:
        """Site mentions starting at token ``i`` (two for "قاعدتي X وY"); ``lit`` is the
        gazetteer name matched there, if any."""
        lex, d = self.lex, self.d
        best: list[Mention] = []
        if lit is not None and lit.last < last:
            info = lit.payload
            if not info["bare"] or info["standalone"]:
                if not (info["bare"] and self.blocked(i, sentence)):
                    m = Mention(i, lit.last, lit.start, lit.end, info["head"], info["entry"],
                                name_start=lit.start, name_end=lit.end, quals=list(info["quals"]))
                    if info["bare"]:
                        m.cls = None
                    best = [m]
        head = self.head_at(i)
        if head is not None:
            pattern = self.pattern_at(i, last, head, sentence)
            if pattern and (not best or pattern[0].t1 > best[0].t1):
                best = pattern
        if not best:
            return []
        for m in best:
            if m.named and m.cls not in ("hq", "hq_poss", "ops"):
                self.extend(m, last)
            if m.entry and m.entry.get("civil") and m.cls in ("airport", "port") and "military" not in m.quals:
                m.weak = True
        return best

    def extend(self, m: Mention, last: int) -> None:
        """Qualifiers, a demonym and "ومينائها البحري" after a named mention."""
        lex, d = self.lex, self.d
        k, quals, dem = self.qualifiers(m.t1 + 1, last)
        m.quals += quals
        m.demonyms += dem
        if k < last and d.tight(k - 1, k) and d.reading_in(k, lex.extensions):
            k, quals2, dem2 = self.qualifiers(k + 1, last)
            m.demonyms += dem2
        if k - 1 > m.t1:
            m.t1 = k - 1
            m.end = m.name_end = d.tokens[m.t1].end

    def pattern_at(self, i: int, last: int, head, sentence) -> list[Mention]:
        lex, d = self.lex, self.d
        cls, cut, merged, definite, dual = head
        start = d.tokens[i].start + cut
        j = i + 2 if cls == "ops" else i + 1
        if j >= last or not d.tight(j - 1, j):
            return []
        if cls == "hq" or cls == "hq_poss":
            return self.hq_at(i, j, last, cls, start)
        if cls == "ops":
            return self.ops_at(i, j, last, start)
        if definite:
            # "القاعدة الروسية في طرطوس", "المطار العسكري في X"
            k, kinds, dem = self.def_adjectives(j, last)
            if k == j:
                return []
            place = self.place_after(k, last)
            if place is None:
                return []
            p0, p1, options, pstart = place
            kind = kinds[0] if kinds else None
            entry = _resolve(options, cls, kind) if options else None
            end = d.tokens[p1].end
            m = Mention(i, p1, start, end, cls, entry, quals=kinds, demonyms=dem)
            if entry:
                m.named = False
                m.name_start, m.name_end = pstart, end
            else:
                m.name_start, m.name_end = start, end
                if cls in ("airport", "port") and "military" not in kinds:
                    m.weak = True
            return [m]
        # indefinite head: [pre-adjectives] name [qualifiers]
        k, pre, pre_dem = self.pre_adjectives(j, last)
        if k >= last or (k > j and not d.tight(k - 1, k)):
            return []
        g = lex.bare.match_at(self.doc, k, bare=True)
        out = []
        if g is not None and g.last < last:
            q_end, quals, dem = self.qualifiers(g.last + 1, last)
            kind = (pre + quals + [None])[0]
            entry = _resolve(g.payload, cls, kind)
            if entry is not None:
                m = Mention(i, g.last, start, g.end, cls, entry, quals=pre[:], demonyms=pre_dem[:])
                m.name_start, m.name_end = start, g.end
                if dual:          # "قاعدتي الجفرة": the name is "الجفرة"
                    m.named, m.name_start = False, g.start
                out.append(m)
                if dual:
                    second = self.dual_second(g.last + 1, last, cls, kind)
                    if second:
                        out.append(second)
                return out
        # a name the gazetteer does not know
        n = k
        while n < last and n - k < 3 and d.tight(n - 1, n) and d.namelike(n):
            n += 1
        if n == k:
            return []
        q_end, quals, dem = self.qualifiers(n, last)
        military = [q for q in pre + quals if q in ("air", "naval", "military")]
        if cls == "base" and not (military or dem or pre_dem):
            return []
        if cls == "camp":
            first = d.text(k)
            if not (first.startswith("ال") or military) or first in lex.generic:
                return []
        weak = cls in ("airport", "port") and "military" not in pre + quals
        if weak and n - k > 1:
            n = k + 1          # an unqualified airport or port: one word of name
        m = Mention(i, n - 1, start, d.tokens[n - 1].end, cls, None, quals=pre[:], demonyms=pre_dem[:], weak=weak)
        m.name_start, m.name_end = start, m.end
        m.key = ("u", cls, tuple(d.text(t) for t in range(k, n)))
        return [m]

    def dual_second(self, k: int, last: int, cls: str, kind):
        """The second name of "قاعدتي الجفرة والقرضابية"."""
        lex, d = self.lex, self.d
        if k >= last or not d.text(k).startswith("و"):
            return None
        g = lex.bare.match_at(self.doc, k)
        if g is None or g.last >= last:
            return None
        entry = _resolve(g.payload, cls, kind)
        if entry is None:
            return None
        m = Mention(k, g.last, g.start, g.end, cls, entry, named=False)
        m.name_start, m.name_end = g.start, g.end
        return m

    def hq_at(self, i: int, j: int, last: int, cls: str, start: int) -> list[Mention]:
        lex, d = self.lex, self.d
        if cls == "hq_poss":
            place = self.place_after(j, last)
            if place and place[2]:
                entry = _resolve(place[2], "hq_poss", None)
                if entry:
                    m = Mention(i, place[1], start, d.tokens[place[1]].end, cls, entry, named=False)
                    m.name_start, m.name_end = place[3], d.tokens[place[1]].end
                    return [m]
            return []
        core = lex.hq_cores.match_at(self.doc, j, bare=True)
        owner = None
        if core is None:
            owner = self.force_at(j, last)
            if owner is None or owner.kind == "state":
                return []
            end_tok = owner.t1
        else:
            end_tok = core.last
            if core.payload in ("قيادة", "القيادة", "قوات", "القوات", "الجيش", "سلاح"):
                # the core needs its complement: "مقر قيادة قوات الدعم السريع"
                if end_tok + 1 >= last or not d.tight(end_tok, end_tok + 1):
                    return []
                owner = self.force_at(end_tok + 1, last) if core.payload not in ("قوات", "القوات") else self.force_at(j, last)
                if owner is not None:
                    end_tok = max(end_tok, owner.t1)
                elif core.payload in ("قيادة", "سلاح"):
                    end_tok += 1
                    if not d.namelike(end_tok):
                        return []
                else:
                    return []
        name_end = d.tokens[end_tok].end
        k = end_tok + 1
        # "مقر القيادة العامة في الرجمة": the gazetteer site
        place = self.place_after(k, last) if k < last and d.tight(end_tok, k) else None
        if place and place[2]:
            entry = _resolve(place[2], "hq_poss", None)
            if entry:
                m = Mention(i, place[1], start, d.tokens[place[1]].end, cls, entry, named=False)
                m.name_start, m.name_end = place[3], d.tokens[place[1]].end
                return [m]
        # the owner after "ل": "المقر العسكري لحفتر", "مقر القيادة العامة للقوات المسلحة ..."
        if owner is None and k < last and d.joined(end_tok, k):
            r = d.readings(k)
            if any(cut and "ل" in d.text(k)[:cut] for _, cut, _ in r) or d.text(k).startswith("لل"):
                owner = self.force_at(k, last, allow_prep=True)
        m = Mention(i, end_tok, start, name_end, cls, None)
        m.name_start, m.name_end = start, name_end
        if owner is not None:
            m.owners.append(owner)
            m.tail = max(end_tok, owner.t1)
        m.key = ("u", "hq", tuple(d.text(t) for t in range(j, end_tok + 1)))
        return [m]

    def ops_at(self, i: int, j: int, last: int, start: int) -> list[Mention]:
        lex, d = self.lex, self.d
        n = j
        while n < last and n - j < 3 and d.tight(n - 1, n) and d.namelike(n) and self.head_at(n) is None:
            n += 1
        if n == j or n >= last:
            return []
        if not (d.text(n) == "في" or (d.text(n).startswith("ب") and len(d.text(n)) > 3)):
            return []
        if self.head_at(n) is None and self.place_after(n, last) is None:
            return []
        m = Mention(i, n - 1, start, d.tokens[n - 1].end, "ops", None)
        m.name_start, m.name_end = start, m.end
        m.key = ("u", "ops", tuple(d.text(t) for t in range(j, n)))
        return [m]

    def blocked(self, i: int, sentence) -> bool:
        """A bare name after a city, region or battle word, or coordinated under one."""
        lex, d = self.lex, self.d
        k = i - 1
        while k >= 0 and d.tokens[k].start >= sentence.start and i - k <= 4:
            if d.reading_in(k, lex.blockers):
                return True
            if not d.text(k + 1).startswith("و") and k < i - 1:
                return False
            if not d.namelike(k):
                return False
            k -= 1
        return False

    # ------------------------------------------------------------ forces

    def force_at(self, i: int, last: int, allow_prep: bool = False, sentence_start: int = 0) -> ForceMention | None:
        lex, d = self.lex, self.d
        if i >= last:
            return None
        m = lex.forces.match_at(self.doc, i)
        cont = lex.containers.match_at(self.doc, i)
        if m is not None and m.last < last:
            p = m.payload
            first_reading = m.start - d.tokens[i].start
            if p["kind"] == "group":
                fm = self.group_mention(i, m, cont)
            elif p["kind"] == "leader":
                fm = ForceMention(i, m.last, p["id"], d.doc.original(m.start, m.end), "leader")
            else:
                fm = ForceMention(i, m.last, p["id"], m.surface(self.doc), "state", p.get("iso"))
        elif cont is not None and cont.last + 1 < last and d.tight(cont.last, cont.last + 1):
            n = cont.last + 1
            if d.text(n) == "من" and n + 1 < last:
                n += 1          # "عناصر من فاغنر"
            while n + 1 < last and d.text(n) in lex.container_adjectives and d.tight(n, n + 1):
                n += 1          # "سفن حربية روسية"
            cont_stem = ("ا" if cont.merged_article else "") + d.doc.norm[cont.start:cont.end]
            inner = lex.forces.match_at(self.doc, n, bare=True)
            if inner is not None and inner.last < last:
                p = inner.payload
                if p["kind"] == "state":
                    return None      # "قوات روسيا" is rare; "جنود مصر" no
                if p["kind"] == "leader":
                    written = cont_stem in ("قوات", "القوات")
                    name = d.doc.original(cont.start if written else inner.start, inner.end)
                else:
                    name = inner.surface(self.doc)
                fm = ForceMention(i, inner.last, p["id"], name, p["kind"])
            elif d.text(n) in lex.demonyms and cont_stem not in lex.mercenaries:
                iso, definite = lex.demonyms[d.text(n)]
                fm = ForceMention(i, n, "state:" + iso, self.national_name(cont, n, iso, definite), "state_forces", iso)
            else:
                return None
            first_reading = cont.start - d.tokens[i].start
        else:
            fm = self.glued_at(i)
            if fm is None:
                return None
            first_reading = 0
        cut = first_reading
        merged = any(mg for s, c, mg in d.readings(i) if c == cut and mg)
        if not allow_prep and d.prep_marked(i, cut, merged):
            fm.prep = True
        if d.in_parens(i, sentence_start):
            fm.prep = True
        return fm

    def group_mention(self, i: int, m, cont) -> ForceMention:
        """A listed group, without container words around a listed core ("مجموعات فاغنر",
        "فاغنر الروسية" → "فاغنر"); a national army as "القوات الروسية" or "روسيا"."""
        lex, d = self.lex, self.d
        p = m.payload
        start, end = m.start, m.end
        if cont is not None and cont.last < m.last:
            n = cont.last + 1
            if m.last == n and d.text(n) in lex.demonyms and lex.demonyms[d.text(n)][0] == p.get("iso"):
                iso, definite = lex.demonyms[d.text(n)]
                return ForceMention(i, m.last, "state:" + iso, self.national_name(cont, n, iso, definite),
                                    "state_forces", iso)
            inner = lex.forces.match_at(self.doc, n, bare=True)
            if (inner is not None and inner.last == m.last and inner.payload["kind"] == "group"
                    and d.doc.norm[cont.start:cont.end] not in lex.written_containers):
                start = inner.start
        last_tok = d.doc.token_at(end - 1)
        if last_tok is not None and d.tokens[last_tok.index].start > start and \
                (last_tok.text in lex.demonyms or last_tok.text in lex.adj):
            shorter = d.tokens[last_tok.index - 1].end
            if " ".join(self.doc.norm[start:shorter].split()) in lex.force_keys:
                end = shorter
        prefix = "ا" if m.merged_article and start == m.start else ""     # "للقوات" → "القوات"
        return ForceMention(i, m.last, p["id"], prefix + d.doc.original(start, end), "group")

    def national_name(self, cont, n: int, iso: str, definite: bool) -> str:
        """"القوات الروسية"/"الجيش الروسي" as written; other forms by the state's name."""
        d = self.d
        word = ("ا" if cont.merged_article else "") + d.doc.norm[cont.start:cont.end]
        if definite and word in self.lex.written_containers and cont.last + 1 == n:
            return ("ا" if cont.merged_article else "") + d.doc.original(cont.start, d.tokens[n].end)
        return self.lex.state_name(iso)

    def glued_at(self, i: int) -> ForceMention | None:
        """"عناصرفاجنر": a container word glued to a group name."""
        lex, d = self.lex, self.d
        word = d.text(i)
        if word[:1] in "وف":
            word, off = word[1:], 1
        else:
            off = 0
        for prefix in lex.glued_prefixes:
            if word.startswith(prefix) and word[len(prefix):] in lex.glued_names:
                p = lex.glued_names[word[len(prefix):]]
                s = d.tokens[i].start + off + len(prefix)
                return ForceMention(i, i, p["id"], d.doc.original(s, d.tokens[i].end), "group")
        return None

    # ------------------------------------------------------------ the document

    def read(self) -> list[dict]:
        lex, d, doc = self.lex, self.d, self.doc
        sentences = [s for s in doc.sentences if s.kind in ALLOWED_LINES]
        mentions: list[Mention] = []
        pending_bare: list[tuple[Mention, Any]] = []
        forces: dict[int, list[ForceMention]] = {}
        cues: dict[int, list[tuple[int, int, str, str]]] = {}
        bounds: list[tuple[int | None, int | None]] = []      # first token, last token + 1
        for si, s in enumerate(sentences):
            toks = doc.tokens_between(s.start, s.end)
            bounds.append((toks[0].index, toks[-1].index + 1) if toks else (None, None))
            if not toks:
                continue
            first, last = bounds[-1]
            i = first
            sent_mentions = []
            while i < last:
                lit = lex.literal.match_at(doc, i)
                found = self.site_at(i, last, s, lit)
                if found:
                    for m in found:
                        m.sentence, m.section = si, s.section
                    sent_mentions += found
                    i = max(m.t1 for m in found) + 1
                    continue
                if lit is not None and lit.last < last and lit.payload["bare"] and not self.blocked(i, s):
                    m = Mention(i, lit.last, lit.start, lit.end, None, lit.payload["entry"], named=True,
                                name_start=lit.start, name_end=lit.end, sentence=si, section=s.section)
                    pending_bare.append((m, s))
                    i = lit.last + 1
                    continue
                i += 1
            # HQ phrases in apposition to the site just before them describe that site
            kept = []
            for m in sent_mentions:
                prev = kept[-1] if kept else None
                if (prev is not None and m.cls == "hq" and m.entry is None and not d.text(m.t0).startswith("و")
                        and (prev.apposition_end or prev.t1) + 1 == m.t0 and d.joined(prev.apposition_end or prev.t1, m.t0)):
                    prev.owners += m.owners
                    prev.apposition_end = m.tail or m.t1
                    continue
                kept.append(m)
            mentions += kept
            # forces and cues of the sentence, outside site names
            taken = set()
            for m in kept:
                taken.update(range(m.t0, (m.apposition_end or m.t1) + 1))
            fl, cl = [], []
            i = first
            while i < last:
                if i in taken:
                    i += 1
                    continue
                fm = self.force_at(i, last, sentence_start=s.start)
                if fm is not None and not any(t in taken for t in range(fm.t0, fm.t1 + 1)):
                    fl.append(fm)
                    i = fm.t1 + 1
                    continue
                cm = lex.cues.match_at(doc, i)
                if cm is not None and cm.last < last:
                    text = " ".join(doc.norm[cm.start:cm.end].split())
                    if cl and cl[-1][1] == i - 1 and cl[-1][2] == cm.payload == "place":
                        # "بقيت متواجدة", "لا تزال تتمركز": one cue
                        cl[-1] = (cl[-1][0], cm.last, "place", text)
                    else:
                        cl.append((i, cm.last, cm.payload, text))
                    i = cm.last + 1
                    continue
                i += 1
            forces[si], cues[si] = fl, cl
        # bare names of sites the text has introduced
        introduced = {id(m.entry) for m in mentions if m.entry is not None}
        for m, s in pending_bare:
            if id(m.entry) in introduced:
                mentions.append(m)
        mentions.sort(key=lambda m: m.t0)
        for m in mentions:
            m.relational = self.is_relational(m)
            if m.key is None:
                m.key = ("g", m.entry["id"]) if m.entry else ("u", m.cls, (self.doc.norm[m.name_start:m.name_end],))

        placed = self.link(sentences, bounds, mentions, forces, cues)
        return self.records(sentences, bounds, mentions, placed)

    def is_relational(self, m: Mention) -> bool:
        lex, d = self.lex, self.d
        i = m.t0
        for back in (1, 2):
            k = i - back
            if k < 0:
                break
            if d.reading_in(k, lex.relational):
                return True
            if d.text(k) not in ("من", "عن", "ل"):
                break
        return False

    # ------------------------------------------------------------ forces at sites

    def link(self, sentences, bounds, mentions, forces, cues) -> dict[Any, list[ForceMention]]:
        lex, d = self.lex, self.d
        placed: dict[Any, list[ForceMention]] = {}
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)

        def give(m: Mention, f: ForceMention | None):
            if f is None:
                return
            if f.iso and m.entry and f.iso == m.entry.get("country") and f.kind == "state":
                return
            placed.setdefault(m.key, []).append(f)

        def end_of(m: Mention) -> int:
            return m.apposition_end or m.t1

        last_agent: tuple[ForceMention, int] | None = None
        for si, (first, last) in enumerate(bounds):
            if first is None:
                continue
            sites = _ByToken(by_sentence.get(si, []))
            fl = _ByToken(forces.get(si, []))
            cl = cues.get(si, [])
            for m in sites.items:
                for o in m.owners:
                    give(m, o)
            real = [c for c in cl if c[2] != "break"]
            breaks = [c[0] for c in cl if c[2] == "break"]
            for ci, (c0, c1, kind, text) in enumerate(real):
                prev_end = real[ci - 1][1] if ci else first - 1
                nxt = real[ci + 1][0] if ci + 1 < len(real) else last
                k = bisect_right(breaks, c1)
                scope_end = min(nxt, breaks[k]) if k < len(breaks) else nxt
                after = fl.range(c1, c1 + 5)
                if kind == "host":
                    # "قاعدة Y تستضيف X", "وتضم قاعدة Y X وZ": every force the host clause names
                    target = [m for m in sites.range(c0 - 40, c0) if c0 - 5 <= end_of(m) < c0][-1:]
                    target = target or sites.range(c1, c1 + 3)[:1]
                    if target:
                        hosted = fl.range(max(c1, target[0].t1), scope_end)
                        for f in hosted:
                            give(target[0], f)
                        if hosted:
                            last_agent = (hosted[0], si)
                    continue
                if kind == "post":
                    target = [m for m in sites.range(c0 - 40, c0) if c0 - 5 <= end_of(m) < c0]
                    agent = after[0] if after else None
                    if target and agent:
                        give(target[-1], agent)
                        last_agent = (agent, si)
                        continue
                    if not after:
                        continue
                    # "بعد سيطرة قوات الوفاق على قاعدة الوطية": a placement with its agent after it
                rel = self.relative_before(c0, first)
                targets = [m for m in sites.range(c1, scope_end) if not m.relational]
                if not targets and rel is None and c0 - 1 >= first and d.text(c0 - 1) in ("حيث", "وحيث"):
                    # "مطار التيفور ...، حيث تتمركز ميليشيات إيرانية"
                    targets = [m for m in sites.range(c0 - 40, c0) if not m.relational][-1:]
                agent = None
                if rel is not None:
                    ante_site = [m for m in sites.range(rel - 40, rel) if rel - 3 <= end_of(m)]
                    ante_force = [f for f in fl.range(rel - 40, rel) if rel - 2 <= f.t1]
                    if ante_site and not ante_force:
                        targets = [ante_site[-1]]
                        agent = next((f for f in after if not f.prep or self.resumptive_before(f.t0, c1)), None)
                    elif ante_force:
                        agent = ante_force[-1]
                if agent is None and rel is None:
                    vso = [f for f in after if not f.prep and f.t0 <= c1 + 3]
                    agent = vso[0] if vso else None
                if agent is None and rel is None and targets:
                    # "ويوجد في قاعدة الجفرة عسكريون روس": the subject after the place
                    t_end = end_of(targets[0])
                    post = [f for f in fl.range(t_end, min(t_end + 3, scope_end)) if not f.prep]
                    agent = post[0] if post else None
                if agent is None:
                    agent = self.nearest(fl, prev_end, c0, targets)
                weak = text in lex.weak_cues
                if agent is None and last_agent is not None and si - last_agent[1] <= 2 and not (weak and last_agent[1] != si):
                    agent = last_agent[0]
                if agent is None:
                    agent = self.nearest(fl, first - 1, c0, targets)
                if agent is None or (weak and agent.kind == "leader"):
                    # "وصل حفتر إلى مطار بنينا": a person arriving is no force placed
                    continue
                for m in targets:
                    give(m, agent)
                last_agent = (agent, si)
        return placed

    def relative_before(self, c0: int, first: int) -> int | None:
        lex, d = self.lex, self.d
        k = c0 - 1
        skipped = 0
        while k >= first and skipped <= 2:
            if d.text(k) in lex.relatives:
                return k
            if d.text(k) in ("قد", "لا", "لم", "كانت", "كان", "باتت", "ما", "زالت", "تزال"):
                k -= 1
                skipped += 1
                continue
            return None
        return None

    def resumptive_before(self, t: int, c1: int) -> bool:
        return any(self.d.text(k) in self.lex.resumptives for k in range(c1 + 1, t))

    def nearest(self, fl: "_ByToken", lo: int, hi: int, targets) -> ForceMention | None:
        """The closest force before token ``hi`` (at most ``NEAREST_WINDOW`` tokens back)."""
        for f in reversed(fl.range(max(lo, hi - NEAREST_WINDOW), hi)):
            if f.t1 >= hi:
                continue
            if f.prep:
                continue
            if f.kind == "state" and targets and all(m.entry and m.entry.get("country") == f.iso for m in targets):
                continue
            return f
        return None

    # ------------------------------------------------------------ records

    def records(self, sentences, bounds, mentions, placed) -> list[dict]:
        lex, d, doc = self.lex, self.d, self.doc
        groups: dict[Any, list[Mention]] = {}
        for m in mentions:
            groups.setdefault(m.key, []).append(m)
        out = []
        for key, ms in sorted(groups.items(), key=lambda kv: kv[1][0].t0):
            entry = ms[0].entry
            found = placed.get(key, [])
            states = [lex.state_name(iso) for m in ms for iso in m.demonyms
                      if not (entry and entry.get("country") == iso)]
            if all(m.weak for m in ms) and not found and not states:
                if not any(_MIL_CONTEXT.search(self.military_window(sentences[m.sentence], m)) for m in ms):
                    continue
            named = [m for m in ms if m.named] or ms
            best = max(named, key=lambda m: (m.name_end - m.name_start, -m.t0))
            forces_out, seen = [], set()
            for name, fid in [(s, "state:" + s) for s in states] + [(f.name, f.id) for f in found]:
                if fid.startswith("state:") and fid[6:] in lex.country_name:
                    pass
                norm_id = fid if not fid.startswith("state:") else "state:" + self.iso_of(fid)
                if norm_id in seen:
                    continue
                seen.add(norm_id)
                forces_out.append(name)
            location, relative = self.location(ms, bounds)
            out.append({
                "id": f"s{len(out) + 1}",
                "name": doc.original(best.name_start, best.name_end),
                "type": self.site_type(ms, entry),
                "country": entry.get("country") if entry else None,
                "lat": entry.get("lat") if entry else None,
                "lon": entry.get("lon") if entry else None,
                "canonical": entry.get("canonical") if entry else None,
                "location": location,
                "relative_location": relative,
                "forces": forces_out,
                "section": "main" if any(m.section == "main" for m in ms) else "related",
                "mentions": [doc.span(m.start, m.end) for m in ms],
            })
        return out

    def iso_of(self, fid: str) -> str:
        value = fid[6:]
        for iso, name in self.lex.country_name.items():
            if value == iso or value == name:
                return iso
        return value

    def military_window(self, s, m: Mention) -> str:
        """The mention's sentence (at most ``LOOKBACK_CHARS`` either side) without the mention."""
        norm = self.doc.norm
        return (norm[max(s.start, m.start - LOOKBACK_CHARS):m.start] + " "
                + norm[m.end:min(s.end, m.end + LOOKBACK_CHARS)])

    def site_type(self, ms: list[Mention], entry: dict | None) -> str:
        best = max(ms, key=lambda m: (CLASS_RANK.get(m.cls if m.cls != "base" or True else None, 0)
                                       + (3 if any(q in ("air", "naval", "military") for q in m.quals) else 0)))
        quals = [q for m in ms for q in m.quals if q in ("air", "naval", "military")]
        cls = best.cls
        if cls is None and quals:
            cls = "base"
        if entry is not None:
            types = entry.get("types") or {}
            if cls in ("airport", "port") and quals and "military" not in quals:
                cls = "base"
            if cls in types:
                return types[cls]
            return entry.get("type") or "other"
        if cls in ("hq", "ops"):
            return "headquarters"
        if cls == "airport":
            return "airport"
        if cls == "port":
            return "naval_base" if "naval" in quals and "military" in quals else "port"
        if quals:
            return {"air": "air_base", "naval": "naval_base"}.get(quals[0], "military_base")
        return "military_base"

    # ------------------------------------------------------------ location

    def location(self, ms: list[Mention], bounds):
        location = relative = None
        for m in ms:
            last = bounds[m.sentence][1]
            k = (m.apposition_end or m.tail or m.t1) + 1
            if k >= last:
                continue
            if relative is None:
                relative = self.relative_at(k, last)
            if location is None:
                location = self.location_at(k, last)
        return location, relative

    def relative_at(self, k: int, last: int):
        lex, d = self.lex, self.d
        n = k
        if n < last and d.text(n) in ("الواقعة", "الواقع", "وتقع", "تقع", "التي", "الذي"):
            n += 1
            if n < last and d.text(n) in ("تقع", "يقع"):
                n += 1
        lead = lex.distance_lead.match_at(self.doc, n, bare=True)
        if lead is not None:
            n = lead.last + 1
        if n + 2 >= last or not _DIGITS.fullmatch(d.text(n)):
            return None
        if n > k and not d.joined(n - 1, n, " \"'()،,"):
            return None
        if n == k and not d.joined(k - 1, k, " (\"'"):
            return None
        value = float(d.text(n).replace(",", "."))
        unit = lex.units.get(d.text(n + 1))
        if unit is None:
            return None
        n += 2
        if n < last and d.text(n) in ("الى", "إلى"):
            n += 1
        dirs = []
        while n < last and len(dirs) < 2:
            t = d.text(n)
            core = t[2:] if t.startswith("ال") else t
            core = core[:-1] if core.endswith("ي") and core[:-1] in lex.directions else core
            if core in lex.directions:
                dirs.append(lex.directions[core])
                n += 1
            else:
                break
        if not dirs:
            return None
        direction = _DIRECTION_PAIRS.get(tuple(dirs), dirs[0]) if len(dirs) == 2 else dirs[0]
        while n < last and d.text(n) in ("من", "مدينة", "العاصمة", "مدينه", "العاصمه"):
            n += 1
        reference = None
        if n < last and (ref_end := self.place_end(n, last)) is not None:
            reference = d.doc.original(d.tokens[n].start, d.tokens[ref_end].end)
        return {"distance_km": round(value * unit, 1), "direction": direction, "reference": reference}

    def place_end(self, n: int, last: int) -> int | None:
        """Last token of the place name at token ``n`` ("أم درمان"), or None."""
        m = self.lex.places.match_at(self.doc, n, bare=True)
        if m is not None and m.last < last:
            return m.last
        return n if self.d.namelike(n) else None

    def location_at(self, k: int, last: int) -> str | None:
        lex, d = self.lex, self.d
        n = k
        if not d.joined(k - 1, k, " \"'"):
            return None
        if d.text(n) == "في" and n + 1 < last:
            n += 1
        start_tok = n
        t = d.text(n)
        stem = t[1:] if t.startswith("ب") and t[1:] in lex.region_words else t
        if stem in lex.region_words:
            end = n
            if n + 1 < last and d.tight(n, n + 1) and d.text(n + 1) in lex.region_words:
                end = n + 1
            if end + 1 < last and d.tight(end, end + 1):
                if d.text(end + 1) in lex.region_complements or d.text(end + 1) in lex.country_words:
                    end += 1
                elif not stem.startswith("ال") and (place := self.place_end(end + 1, last)) is not None:
                    end = place
            if end == n and not stem.startswith("ال"):
                return None
            return d.doc.original(d.tokens[start_tok].start, d.tokens[end].end)
        if d.reading_in(n, lex.location_relations):
            end = n
            while end + 1 < last and d.tight(end, end + 1) and d.reading_in(end + 1, lex.location_relations):
                end += 1        # "الواقعة قرب"
            if end + 1 < last and d.text(end + 1) in ("من", "في", "عن"):
                end += 1
            if end + 1 >= last or not d.tight(end, end + 1):
                return None
            end += 1
            if (self.head_at(end) or d.reading_in(end, lex.place_nouns)) and end + 1 < last and d.tight(end, end + 1):
                end += 1
            end = self.place_end(end, last) or end
            return d.doc.original(d.tokens[n].start, d.tokens[end].end)
        if t in ("بمدينة", "بمدينه") and n + 1 < last and d.namelike(n + 1):
            return d.doc.original(d.tokens[n].start, d.tokens[n + 1].end)
        if n > k or t.startswith("ب"):
            # "في ريف حمص" is handled above; "بانجامينا", "في اللاذقية": a listed place
            m = lex.places.match_at(self.doc, n, bare=n > k)
            if m is not None and m.last < last:
                return d.doc.original(d.tokens[n].start, d.tokens[m.last].end)
        return None


def extract(doc: Document) -> list[dict]:
    """Site records for an analysed document (see the module docstring)."""
    if not doc.tokens:
        return []
    return SiteReader(doc).read()
