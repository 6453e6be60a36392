"""Claims: statements the text attributes to a source.

One pass over the body sentences (titles, captions, headers, "read also"
links and boilerplate never hold claims).  In each sentence every cue is
parsed into a *construction*: cue, source and content; a later construction
in the same sentence ends the content of an earlier one.

Cues (``data/cues.json``)
  * verbs of saying in past and present, every person, with و/ف
    ("وقالت", "يؤكد", "نفت"), followed by a reported clause after
    أن/إن/بأن (possibly after the verb's preposition: "أشار إلى أن",
    "حذر من أن"), a colon or a quotation; some verbs also take a noun phrase
    ("أعرب عن أمله في …", "يتحدث مراقبون عن …", "أعلنت … وصول حفتر");
  * participles ("مشيراً إلى أن", "مؤكداً أن") continue the claim of the
    construction before them in the sentence (their source is its source);
    without one, the first person named earlier in the sentence;
  * attribution phrases ("وفق", "وفقاً لـ", "بحسب", "حسبما", "نقلاً عن",
    "على لسان", optionally followed by "ما أعلن/ذكرت (عنه)"): at the start
    of a sentence the content follows the source ("وبحسب المصادر، فإن …");
    otherwise it is the clause before the phrase ("…، وفق ما أعلن المسماري").
    A trailing attribution right after another claim's content relays that
    claim: it becomes its ``via`` ("وأعرب حفتر عن أمله …، بحسب البيان").
    An attribution inside a clause, neither after a comma or dash nor closing
    the sentence, hedges one phrase and is skipped.
  * The cue is reported as written, without its conjunction ("قالت",
    "وفق ما أعلن", "بحسب", "مشيرًا").

Sources
  * right after the verb ("قالت وزارة الدفاع إن"), or before it in
    "وكانت الخارجية الروسية قد نفت أن" / "لكن المصادر أكدت أن" (a verb
    without و/ف whose right side opens on the content); a verb with و/ف and
    no subject ("وأوضح أن", "وأضاف:") is said by the last speaker of the
    last few sentences.
  * A source phrase runs to the first comma, complementizer, time word,
    relative pronoun or adjunct preposition; "مقربة من", "صادر عن",
    "مسؤول في" keep it going (``data/claim_sources.json``).
  * kind: a person the entities module finds in the phrase (``name`` is the
    name without titles, ``role`` the titles) → person; a document head
    ("بيان صادر عن الخارجية الروسية", "تقرير للأمم المتحدة") → document,
    whose ``name`` is the issuer when one is named (role: the document word)
    and the phrase as written otherwise; a media head ("موقع ديبكا
    الإسرائيلي") → media, whose ``name`` is the bare title ("ديبكا": the
    medium's head word and nationality adjective go in ``role``); unnamed
    sources ("مصادر ليبية مقربة من …", "مراقبون", "المعلومات المتداولة",
    "وسائل إعلام ليبية", "أحد المصادر") → anonymous; anything else
    (ministries, armies, accounts, capitals standing for governments) →
    organization.  Attribution phrases accept only a recognised source
    ("وفق خطة" is no claim); a verb of saying accepts any subject.
  * Referring phrases are resolved to an antecedent: "الأخير" to the last
    person named, "معاليه"/"سموه"/"فخامته" to the last person with that
    honorific, "الموقع"/"الصحيفة البريطانية"/"الموقع الإسرائيلي" to the
    last medium, "البيان"/"البيان ذاته" to the last document, a bare name
    ("ديبكا", "المسماري") to the earlier source it shortens.  A resolved
    source takes the antecedent's name, kind and role; its span stays on
    the phrase as written.  Anonymous antecedents have no name, so "المصدر",
    "تلك المصادر", "نفس المصادر" stay as written (kind anonymous).
  * Relays ("نقلت صحيفة العربي الجديد عن مصادر ليبية … أن", "نقل الموقع
    عما قال إنها مصادر عسكرية أن"): the relayed source is the source and
    the medium is ``via``.

Content
  * from the complementizer (or colon, or opening quote) to the end of the
    sentence, stopping at the next construction, at a narrator's comment
    ("، دون ذكر تفاصيل") or at a trailing attribution; a quotation is
    followed to its closing mark even across sentence ends.  ``quoted`` is
    true when the whole content is one quotation (the marks are left out).
  * The same content (after normalisation) is reported once.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import entities
from ..gazetteer import DATA, Matcher
from ..text import Document, fold, stems

MAX_SUBJECT = 12        # tokens in a source phrase
MAX_GAP = 22            # tokens between a cue (and its source) and the content
SPEAKER_REACH = 4       # sentences a dropped subject may reach back
_QUOTE = '"'
_CLAUSE_PUNCT = re.compile(r"[،,:;؛.!?؟()\[\]–—]|\s-\s|ـ{2,}")
_TRIM = " \t\n،,.:;؛!?؟-–—"
_NOT_SAID = frozenset(["ان", "لم", "لن", "لا", "ما", "كي", "لكي", "حتي", "ولم", "ولن", "ولا", "يمكن"])
_NISBA = re.compile(r"^ال\w{2,}(?:ي|يه|يين|يون)$")


# ------------------------------------------------------------------ lexicon

def _forms(words) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@dataclass(frozen=True)
class Verb:
    lemma: str
    stance: str
    tense: str
    preps: frozenset
    nominal_object: bool
    nominal_after_prep: bool
    relay: bool


@dataclass(frozen=True)
class Lexicon:
    verbs: dict
    participles: dict
    attributions: Matcher
    complementizers: frozenset
    narrator: frozenset
    content_stops: Matcher
    blockers: frozenset
    heads: Matcher
    quantifiers: frozenset
    person_pronouns: dict
    demonstratives: frozenset
    self_words: frozenset
    issuer_links: Matcher
    np_continues: dict
    np_stops: frozenset
    statement_nouns: frozenset
    anchors: frozenset
    object_heads: frozenset
    titles: frozenset
    addressees: frozenset


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    src = json.loads((DATA / "claim_sources.json").read_text(encoding="utf-8"))
    verbs = {}
    for e in cues["verbs"]:
        for tense in ("past", "present"):
            verb = Verb(e["lemma"], e["stance"], tense, _forms(e["preps"]),
                        e["nominal_object"], e["nominal_after_prep"], e["relay"])
            for form in e[tense]:
                verbs.setdefault(fold(form), verb)
    participles = {}
    for e in cues["participles"]:
        verb = Verb(e["lemma"], e["stance"], "participle", _forms(e["preps"]), False, False, False)
        for form in e["forms"]:
            participles[fold(form)] = verb
    heads = [(h, kind) for kind in ("anonymous", "media", "document", "organization")
             for h in src[kind]]
    heads += [("ال" + h, kind) for h, kind in heads
              if not fold(h).startswith("ال") and " " not in h]
    return Lexicon(
        verbs=verbs,
        participles=participles,
        attributions=Matcher((a, "attribution") for a in cues["attributions"]),
        complementizers=_forms(cues["complementizers"]),
        narrator=_forms(cues["narrator"]),
        content_stops=Matcher((s, "stop") for s in cues["content_stops"]),
        blockers=_forms(cues["blockers"]),
        heads=Matcher(heads),
        quantifiers=_forms(w.split()[0] for w in src["quantifiers"]),
        person_pronouns={fold(k): (fold(v) if v else None) for k, v in src["person_pronouns"].items()},
        demonstratives=_forms(src["demonstratives"]),
        self_words=_forms(w.split()[0] for w in src["self"]),
        issuer_links=Matcher((w, "issuer") for w in src["issuer_links"]),
        np_continues={fold(p): _forms(ws) | _forms("ال" + w for w in ws)
                      for p, ws in src["np_continues"].items()},
        np_stops=_forms(src["np_stops"]),
        statement_nouns=_forms(src["statement_nouns"]),
        anchors=_forms(src["clause_anchors"]),
        object_heads=_forms(cues["object_heads"]),
        titles=entities.lexicon().offices | entities.lexicon().ranks,
        addressees=_forms(src["addressees"]),
    )


def _bare(word: str) -> list[str]:
    """The word and its readings without the conjunctions و/ف."""
    out = [word]
    if word[:1] in "وف" and len(word) > 2:
        out.append(word[1:])
    return out


# ------------------------------------------------------------------ records

@dataclass
class Source:
    name: str
    kind: str
    role: str | None
    start: int                 # norm span of the phrase as written
    end: int
    head: str | None = None    # media/document head word, for referring phrases
    referring: bool = False
    unnamed: bool = False      # an office holder without a name ("المتحدث باسم الحكومة")


@dataclass
class Construction:
    cue: int                   # token index of the cue
    cue_end: int               # last token of the cue phrase
    form: str                  # verb, participle, attribution
    stance: str
    clause: int                # norm position where the construction begins
    source: Source | None = None
    via: Source | None = None
    start: int | None = None   # content norm span
    end: int | None = None
    trailing: bool = False     # the content precedes the cue
    consumed: int = 0          # tokens up to here belong to cue and source


class _Sentence:
    """Token-level view of one sentence."""

    def __init__(self, doc: Document, sentence, lex: Lexicon):
        self.doc, self.s, self.lex = doc, sentence, lex
        toks = doc.tokens_between(sentence.start, sentence.end)
        self.first = toks[0].index if toks else 0
        self.last = toks[-1].index if toks else -1

    def tok(self, i):
        return self.doc.tokens[i]

    def text(self, i) -> str:
        return self.doc.tokens[i].text

    def gap(self, i) -> str:
        """What stands between token i-1 and token i (punctuation, quotes)."""
        if i <= self.first:
            return self.doc.norm[self.s.start:self.tok(i).start]
        return self.doc.norm[self.tok(i - 1).end:self.tok(i).start]

    def gap_after(self, i) -> str:
        if i >= self.last:
            return self.doc.norm[self.tok(i).end:self.s.end]
        return self.doc.norm[self.tok(i).end:self.tok(i + 1).start]

    def is_(self, i, words) -> bool:
        return any(r in words for r in _bare(self.text(i)))

    def breaks_before(self, i) -> bool:
        return bool(_CLAUSE_PUNCT.search(self.gap(i)))


# ------------------------------------------------------------------ entry point

def extract(doc: Document) -> list[dict]:
    lex = lexicon()
    ctx = _Context(doc, lex)
    out, seen = [], set()
    for sentence in doc.sentences:
        if sentence.kind != "body":
            continue
        sv = _Sentence(doc, sentence, lex)
        if sv.last < sv.first:
            continue
        for c in _constructions(ctx, sv):
            record = _record(doc, ctx, sv, c, len(out) + 1)
            if record is None:
                continue
            key = _key(record["content"])
            if key in seen:
                continue
            seen.add(key)
            out.append(record)
    return out


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]|_", " ", fold(text)).split())


class _Context:
    """Per-document state: entities and the speakers met so far."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.people = [m for m in entities.people(doc)
                       if m.kind == "person" and m.name and m.inside != "organization"]
        self.speakers: list[tuple[int, Source]] = []     # (sentence index, source)

    def person_in(self, first: int, last: int):
        """The first person named inside tokens first..last."""
        toks = self.doc.tokens
        lo, hi = toks[first].start, toks[last].end
        for m in self.people:
            if lo <= m.start and m.end <= hi:
                return m
        return None

    def person_starting(self, i: int):
        for m in self.people:
            if m.first_token == i or (m.start >= self.doc.tokens[i].start
                                      and m.start < self.doc.tokens[i].end):
                return m
        return None

    def last_speaker(self, sentence_index: int) -> Source | None:
        if not self.speakers:
            return None
        idx, src = self.speakers[-1]
        return src if sentence_index - idx <= SPEAKER_REACH else None


# ------------------------------------------------------------------ constructions

def _constructions(ctx: _Context, sv: _Sentence) -> list[Construction]:
    found: list[Construction] = []
    i = sv.first
    while i <= sv.last:
        c = _parse_at(ctx, sv, i)
        if c is None:
            i += 1
            continue
        if c.form != "hedge":
            found.append(c)
        i = max(i + 1, c.consumed)
        if c.start is not None and c.end is not None and not c.trailing and c.quoted_to is not None:
            # nothing inside a quotation starts a construction
            while i <= sv.last and sv.tok(i).start < c.quoted_to:
                i += 1
    return _settle(ctx, sv, found)


def _parse_at(ctx, sv, i) -> Construction | None:
    lex = sv.lex
    m = lex.attributions.match_at(sv.doc, i)
    if m is not None:
        c = _attribution(ctx, sv, i, m.last)
        if c is None:
            # a hedge inside a clause ("تورطه، وفق ما يقول خصومه، في"): skip its verb too
            c = _new(sv, i, m.last, "hedge", "assert")
            c.consumed = m.last + 3
        return c
    for r in _bare(sv.text(i)):
        if r in lex.verbs:
            return _verb(ctx, sv, i, lex.verbs[r])
        if r in lex.participles:
            return _participle(ctx, sv, i, lex.participles[r])
    return None


def _new(sv, i, last, form, stance) -> Construction:
    c = Construction(i, last, form, stance, clause=sv.tok(i).start)
    c.quoted_to = None
    c.quoted = False
    return c


# -- verbs of saying

def _verb(ctx, sv, i, verb: Verb) -> Construction | None:
    lex = sv.lex
    c = _new(sv, i, i, "verb", verb.stance)
    conj = sv.text(i)[:1] in "وف" and sv.text(i) not in lex.verbs
    if i > sv.first and not sv.breaks_before(i) and sv.text(i - 1) in _NOT_SAID:
        return None
    j = i + 1
    subject_known = False
    if j <= sv.last and any(r in lex.participles for r in _bare(sv.text(j))):
        c.cue_end = j       # "وتابع قائلاً إن": the participle doubles the verb
        j += 1
    # a source right after the verb
    if j <= sv.last and not sv.breaks_before(j) and not _opens_content(sv, j, verb) \
            and not _adjunct(sv, j):
        end = _np_end(ctx, sv, j, objects=verb.nominal_object or verb.nominal_after_prep)
        if end is not None:
            c.source = _source(ctx, sv, j, end, strict=False)
            if c.source is not None:
                subject_known = True
                j = end + 1
                c.source, j = _apposition(ctx, sv, c.source, j)
    if c.source is None:
        if sv.is_(i, lex.narrator) and verb.tense != "past":
            return None
        left = None if conj else _left_subject(ctx, sv, i)
        if left is not None:
            c.source, c.clause = left
            subject_known = True
        elif verb.tense == "past" and (i == sv.first or sv.breaks_before(i) or conj):
            c.source = _Dropped()
        else:
            return None
    if verb.relay:
        return _relay(ctx, sv, c, j, verb)
    found = _content_after(ctx, sv, c, j, verb, subject_known)
    if found is None and subject_known and not conj and i > sv.first and sv.breaks_before(i) \
            and c.clause == sv.tok(i).start:
        # "«الوضع تحت السيطرة»، قال قائد الشرطة": the content comes first
        c.trailing = True
        c.start, c.end = sv.s.start, sv.tok(i).start
        c.consumed = j
        return c
    return found


def _apposition(ctx, sv, src, j):
    """"المحلل في المجلس الأطلسي، عماد الدين بادي، من أن": the name after a role."""
    if src.kind == "person" and not src.unnamed or j > sv.last or "،" not in sv.gap(j) and "," not in sv.gap(j):
        return src, j
    m = ctx.person_starting(j)
    if m is None:
        return src, j
    last = _last_token_of(ctx, m)
    if last < sv.last and not sv.breaks_before(last + 1):
        return src, j
    return Source(m.name, "person", m.role or src.name, src.start, m.end), last + 1


class _Dropped(Source):
    """Placeholder for a subject the verb drops ("وأوضح أن")."""

    def __init__(self):
        super().__init__("", "dropped", None, 0, 0)


def _opens_content(sv, j, verb) -> bool:
    gap = sv.gap(j)
    if ":" in gap or _quote_is_content(sv, j):
        return True
    if sv.is_(j, sv.lex.complementizers):
        return True
    return sv.is_(j, verb.preps)


def _adjunct(sv, j) -> bool:
    """A word that opens an adjunct, not a subject ("في بيان", "للصحفيين", "أمس")."""
    t = sv.text(j)
    if sv.is_(j, sv.lex.np_stops):
        return True
    return t.startswith("لل") or t in ("له", "لها", "لهم", "لنا", "لي")


def _left_subject(ctx, sv, i):
    """``X (قد) أكد أن``: the source stands before the verb, back to a clause anchor."""
    lex = sv.lex
    k = i - 1
    while k >= sv.first and sv.text(k) in ("قد", "لقد"):
        k -= 1
    end = k
    while k >= sv.first and end - k < MAX_SUBJECT:
        if sv.is_(k, lex.anchors) or sv.is_(k, lex.verbs.keys()) or sv.is_(k, lex.complementizers):
            break
        k -= 1
    else:
        if k >= sv.first:
            return None
    first = k + 1
    if first > end:
        return None
    if sv.is_(first, lex.np_stops) or sv.text(first)[:1] in "بل" and _adjunct(sv, first):
        return None
    src = _source(ctx, sv, first, end, strict=True)
    if src is None:
        return None
    clause = sv.tok(k).start if k >= sv.first else sv.tok(first).start
    return src, clause


def _content_after(ctx, sv, c, j, verb, subject_known) -> Construction | None:
    """Find where the content starts after the verb (and its source)."""
    lex = sv.lex
    start_j = j
    for k in range(j, min(j + MAX_GAP, sv.last + 1)):
        gap = sv.gap(k)
        if ":" in gap:
            nk = k + 1 if sv.is_(k, lex.complementizers) else k
            if nk > sv.last:
                return None
            return _open(sv, c, nk, colon=True)
        if k == start_j and c.source is not None and _quote_is_content(sv, k):
            return _open(sv, c, k)
        if sv.is_(k, lex.complementizers):
            if k > j and sv.is_(k - 1, lex.blockers):
                return None
            if k + 1 > sv.last:
                return None
            return _open(sv, c, k + 1)
        if sv.is_(k, verb.preps) or _prep_reading(sv, k, verb.preps):
            if k + 1 <= sv.last and sv.is_(k + 1, lex.complementizers):
                continue
            if verb.nominal_after_prep and k + 1 <= sv.last:
                if _prep_reading(sv, k, verb.preps) and not sv.is_(k, verb.preps):
                    return _open(sv, c, k, strip_prefix=True)
                return _open(sv, c, k + 1)
        if sv.is_(k, lex.blockers) or _cue_word(sv, k):
            return None
        if verb.nominal_object and not _adjunct(sv, k) and (
                c.clause < sv.tok(c.cue).start and (k == start_j or sv.breaks_before(k))
                or k == start_j and subject_known and sv.is_(k, lex.object_heads)):
            return _open(sv, c, k)
        if k > start_j and sv.breaks_before(k) and not _adjunct(sv, k) and not _aside(sv, k):
            return None     # a new clause: the verb has no reported content
    return None


def _aside(sv, k) -> bool:
    """"، وهو مسؤول …،": an apposition between a source and its content."""
    return sv.text(k) in ("وهو", "وهي", "وهم", "وهما")


def _prep_reading(sv, k, preps) -> bool:
    """"بأهمية": the preposition ب clings to the word."""
    t = sv.text(k)
    return "ب" in preps and t.startswith("ب") and len(t) > 3 and not sv.is_(k, sv.lex.complementizers)


def _cue_word(sv, k) -> bool:
    return any(r in sv.lex.verbs or r in sv.lex.participles for r in _bare(sv.text(k)))


def _opening_quote(sv, k) -> int | None:
    """Position of a quotation mark opening right before token k, if any."""
    doc = sv.doc
    gap_start = doc.tokens[k - 1].end if k > 0 else sv.s.start
    q = doc.norm.rfind(_QUOTE, gap_start, doc.tokens[k].start)
    if q < 0:
        return None
    line = doc.lines[sv.s.line]
    return q if doc.norm.count(_QUOTE, line.start, q) % 2 == 0 else None


def _quote_is_content(sv, k) -> bool:
    """Does a quotation open before token k, holding the content rather than a quoted name?"""
    doc = sv.doc
    q = _opening_quote(sv, k)
    if q is None:
        return False
    close = _closing_quote(doc, sv, q)
    if close is None:
        return True
    after = doc.norm[close + 1:sv.s.end].lstrip()
    if not after or not (after[0].isalnum() or after[0] == "_"):
        return True
    return len(doc.tokens_between(q, close)) > 3


def _open(sv, c, k, colon=False, strip_prefix=False) -> Construction:
    """The content starts at token k: a quotation or a clause."""
    doc = sv.doc
    start = doc.tokens[k].start + (1 if strip_prefix else 0)
    gap = sv.gap(k)
    c.consumed = k
    q = _opening_quote(sv, k)
    if q is not None and _quote_is_content(sv, k):
        close = _closing_quote(doc, sv, q)
        if close is not None:
            c.start, c.end, c.quoted_to = q + 1, close, close
            c.quoted = True
            return c
    if q is not None and not strip_prefix:
        start = q          # a quoted name opens the clause: keep its marks
    c.start, c.end = start, sv.s.end
    return c


def _closing_quote(doc, sv, q) -> int | None:
    """The mark that closes the quotation opened at q, within its line."""
    line = doc.lines[sv.s.line]
    close = doc.norm.find(_QUOTE, q + 1, line.end)
    if close < 0:
        return None
    return close


# -- participles

def _participle(ctx, sv, i, verb) -> Construction | None:
    lex = sv.lex
    if i == sv.first or not sv.breaks_before(i):
        return None
    c = _new(sv, i, i, "participle", verb.stance)
    c.clause = sv.doc.norm.rfind("،", sv.s.start, sv.tok(i).start) if False else sv.tok(i).start
    k = i + 1
    if k <= sv.last and sv.is_(k, verb.preps):
        k += 1
    if k > sv.last:
        return None
    if ":" in sv.gap(k) or (k == i + 1 and _quote_is_content(sv, k)):
        nk = k + 1 if sv.is_(k, lex.complementizers) and k < sv.last else k
        c.source = _Participle()
        return _open(sv, c, nk)
    if sv.is_(k, lex.complementizers) and k < sv.last:
        c.source = _Participle()
        return _open(sv, c, k + 1)
    return None


class _Participle(Source):
    """Placeholder: the source of the construction the participle continues."""

    def __init__(self):
        super().__init__("", "participle", None, 0, 0)


# -- relays: نقلت صحيفة X عن مصادر أن

def _relay(ctx, sv, c, j, verb) -> Construction | None:
    lex = sv.lex
    medium = c.source
    for k in range(j, min(j + MAX_GAP, sv.last + 1)):
        t = sv.text(k)
        if t in ("عن", "عما"):
            n = k + 1
            if t == "عما" or (n <= sv.last and sv.text(n) == "ما"):
                n += 1 if t == "عن" else 0
                # "عما قال إنها مصادر": a hedge before the relayed source
                if n <= sv.last and _cue_word(sv, n):
                    n += 1
                if n <= sv.last and sv.is_(n, lex.complementizers):
                    n += 1
            if n > sv.last:
                return None
            end = _np_end(ctx, sv, n)
            if end is None:
                return None
            relayed = _source(ctx, sv, n, end, strict=False)
            if relayed is None:
                return None
            c.source, c.via = relayed, medium
            return _content_after(ctx, sv, c, end + 1, replace(verb, relay=False, preps=frozenset()),
                                  True)
        if sv.is_(k, lex.complementizers):
            break
    return _content_after(ctx, sv, c, j, replace(verb, relay=False), True)


# -- attribution phrases: وفق، بحسب، نقلاً عن

def _attribution(ctx, sv, i, last) -> Construction | None:
    lex = sv.lex
    c = _new(sv, i, last, "attribution", "assert")
    n = last + 1
    # "وفق ما أعلن (عنه)", "بحسب ما ذكرته", "حسبما أفادت"
    if n <= sv.last and sv.text(n) in ("ما", "لما"):
        n += 1
    if n <= sv.last and (_cue_word(sv, n) or _cue_word_suffixed(sv, n)):
        c.cue_end = n
        n += 1
        if n <= sv.last and sv.text(n) in ("عنه", "عنها", "عنهم"):
            n += 1
    if n > sv.last:
        return None
    end = _np_end(ctx, sv, n, after_lam=True)
    if end is None:
        return None
    src = _source(ctx, sv, n, end, strict=True)
    if src is None:
        return None
    c.source = src
    # relay inside the attribution: "بحسب ما نقلت وكالة رويترز عن مصادر"
    if end + 1 <= sv.last and sv.text(end + 1) == "عن":
        rend = _np_end(ctx, sv, end + 2)
        if rend is not None:
            relayed = _source(ctx, sv, end + 2, rend, strict=False)
            if relayed is not None:
                c.source, c.via, end = relayed, src, rend
    c.consumed = end + 1
    at_start = i == sv.first
    if at_start:
        k = end + 1
        if k > sv.last:
            return None
        if sv.is_(k, lex.complementizers) and k < sv.last:
            k += 1
        return _open(sv, c, k)
    before = sv.gap(i)
    closes = end == sv.last or sv.breaks_before(end + 1)
    if _CLAUSE_PUNCT.search(before) or (closes and end == sv.last):
        c.trailing = True
        c.start, c.end = sv.s.start, sv.tok(i).start
        c.clause = sv.tok(i).start
        return c
    return None


def _cue_word_suffixed(sv, k) -> bool:
    """"ذكرته", "أعلنه": a verb of saying with an object pronoun."""
    t = sv.text(k)
    for suffix in ("ته", "ها", "ه"):
        if t.endswith(suffix) and t[:-len(suffix) or None] in sv.lex.verbs:
            return True
    return t.endswith("ته") and t[:-1] in sv.lex.verbs


# ------------------------------------------------------------------ source phrases

def _np_end(ctx, sv, j, after_lam=False, objects=False) -> int | None:
    """Last token of the source phrase that starts at token j."""
    lex = sv.lex
    if j > sv.last:
        return None
    person = ctx.person_starting(j)
    k = j
    opened_quote = _QUOTE in sv.gap(j)
    while k + 1 <= sv.last and k + 1 - j < MAX_SUBJECT:
        n = k + 1
        gap = sv.gap(n)
        if _CLAUSE_PUNCT.search(gap):
            break
        if _QUOTE in gap and (opened_quote or gap.strip() == _QUOTE and _QUOTE in sv.gap(k)):
            # a quoted name closes here
            if opened_quote:
                break
        if person is not None and n > person.last_token and n > _last_token_of(ctx, person):
            break
        t = sv.text(n)
        prev = sv.text(k)
        if sv.is_(n, lex.complementizers) or _cue_word(sv, n):
            break
        if t in lex.np_continues and any(p in lex.np_continues[t] for p in _bare(prev)):
            k = n
            continue
        if t == "في" and n < sv.last and any(p in lex.np_continues[t] for p in _bare(sv.text(j))) \
                and not sv.is_(n + 1, lex.np_stops) and not sv.is_(n + 1, lex.statement_nouns) \
                and not sv.text(n + 1) in ("وقت", "حديث", "تصريح", "تصريحات", "بيان"):
            k = n
            continue
        if sv.is_(n, lex.np_stops) or t == "ل" or objects and _object_head(sv, n) \
                or t[:1] == "ل" and any(st in lex.addressees for st, _, _ in stems(t)):
            break
        if _statement_noun(sv, n):
            break
        if t.startswith("ل") and len(t) > 3 and _media_after_lam(sv, n) and not _is_document(sv, j):
            break
        k = n
    return k


def _object_head(sv, n) -> bool:
    """"وجود", "بمقتل": a noun that opens the content, not the source."""
    return any(stem in sv.lex.object_heads for stem, _, _ in stems(sv.text(n)))


def _last_token_of(ctx, m) -> int:
    doc = ctx.doc
    t = doc.token_at(m.end - 1)
    return t.index if t is not None else m.last_token


def _statement_noun(sv, n) -> bool:
    """"تقريره", "بيانه": the speaker's own statement, not part of the source's name."""
    t = sv.text(n)
    for suffix in ("ه", "ها", "هم"):
        if t.endswith(suffix) and t[:-len(suffix)] in sv.lex.statement_nouns:
            return True
        if t.endswith("ت" + suffix) and t[:-len(suffix) - 1] + "ه" in sv.lex.statement_nouns:
            return True
    return False


def _media_after_lam(sv, n) -> bool:
    m = sv.lex.heads.match_at(sv.doc, n)
    return m is not None and m.payload == "media"


def _is_document(sv, j) -> bool:
    m = sv.lex.heads.match_at(sv.doc, j)
    return m is not None and m.payload == "document"


def _head(sv, j, last):
    """(kind, match) of the head noun of the phrase j..last, skipping quantifiers."""
    k = j
    if sv.is_(k, sv.lex.quantifiers) and k < last:
        k += 1
        if sv.text(k) == "من" and k < last:
            k += 1
    if sv.is_(k, sv.lex.demonstratives) and k < last:
        k += 1
    m = sv.lex.heads.match_at(sv.doc, k)
    if m is not None and m.last <= last:
        return m.payload, m
    return None, None


def _source(ctx, sv, j, last, strict) -> Source | None:
    """Classify the phrase j..last as a source, resolving referring phrases."""
    doc, lex = sv.doc, sv.lex
    lo, hi = _phrase_bounds(sv, j, last)
    written = _clean(doc.original(lo, hi))
    if not written:
        return None
    words = [sv.text(k) for k in range(j, last + 1)]
    bare = [_bare(w)[-1] if w[:1] in "وف" and len(_bare(w)) > 1 and _bare(w)[-1] in
            lex.person_pronouns else w for w in words]
    # honorific pronouns and "الأخير"
    if len(words) == 1 and bare[0] in lex.person_pronouns:
        person = _person_before(ctx, sv.tok(j).start, lex.person_pronouns[bare[0]])
        if person is None:
            return Source(written, "person", None, lo, hi, referring=True)
        return Source(person.name, "person", person.role, lo, hi, referring=True)
    kind, m = _head(sv, j, last)
    person = ctx.person_in(j, last)
    if person is not None and kind is not None and m.start < person.start \
            and (person.role_start is None or m.start < person.role_start):
        person = None      # "الحساب الإعلامي لقوات حفتر": the person only qualifies the head
    if kind in ("document", "media", "anonymous") or (kind == "organization" and person is None):
        src = _headed(ctx, sv, j, last, kind, m, written, lo, hi)
        if src is not None:
            return src
    if person is not None and (kind is None or kind == "organization" and person.start == doc.tokens[j].start
                               or _titles_only_before(sv, j, person)):
        return Source(person.name, "person", person.role or _role_before(sv, j, person), lo, hi)
    if person is not None:
        return Source(person.name, "person", person.role, lo, hi)
    if _title_word(sv, j):
        return _titled(ctx, sv, j, last, written, lo, hi)
    # an earlier source this phrase shortens ("ديبكا", "المسماري")
    prior = _prior_named(ctx, written)
    if prior is not None:
        return replace(prior, start=lo, end=hi, referring=True)
    if _is_place(doc, sv, j, last):
        return Source(written, "organization", None, lo, hi)
    if kind == "organization":
        return Source(written, "organization", None, lo, hi)
    if strict:
        return None
    if last - j > 6 or sv.is_(j, lex.np_stops) or sv.is_(j, lex.complementizers):
        return None
    return Source(written, "organization", None, lo, hi)


def _title_word(sv, j) -> bool:
    return any(r.removeprefix("ال") in sv.lex.titles or r in sv.lex.titles for r in _bare(sv.text(j)))


def _titled(ctx, sv, j, last, written, lo, hi) -> Source:
    """An unnamed office holder ("المتحدث باسم الحكومة"); "الوزير" alone refers
    back to the last person holding that office."""
    word = _bare(sv.text(j))[-1]
    alone = all(_NISBA.match(_bare(sv.text(k))[-1]) for k in range(j + 1, last + 1))
    if word.startswith("ال") and alone:
        title = word.removeprefix("ال")
        for m in reversed(ctx.people):
            if m.end <= lo and m.role and title in fold(m.role).split():
                return Source(m.name, "person", m.role, lo, hi, referring=True)
    return Source(written, "person", None, lo, hi, unnamed=True)


def _titles_only_before(sv, j, person) -> bool:
    return person.first_token <= j


def _role_before(sv, j, person) -> str | None:
    if sv.tok(j).start < person.start:
        return _clean(sv.doc.original(sv.tok(j).start, person.start)) or None
    return None


def _phrase_bounds(sv, j, last) -> tuple[int, int]:
    """Norm span of tokens j..last without a leading conjunction or lam."""
    doc = sv.doc
    lo, hi = doc.tokens[j].start, doc.tokens[last].end
    t = doc.tokens[j].text
    if t.startswith("لل") and len(t) > 4:
        lo += 1           # "للقيادة" -> "لقيادة"; the article is restored in _clean
    elif t[:1] in "ل" and len(t) > 3 and not t.startswith("لا"):
        lo += 1
    elif t[:1] in "و" and len(t) > 3 and t[1:] in ("مصادر", "مراقبون"):
        lo += 1
    return lo, hi


def _clean(text: str) -> str:
    text = text.replace('"', "").replace("«", "").replace("»", "").replace("“", "").replace("”", "")
    text = " ".join(text.split()).strip(_TRIM)
    if text.startswith("ل") and not text.startswith(("لا", "لج", "لي", "لن", "لو", "لب")) and False:
        text = text[1:]
    return text


def _headed(ctx, sv, j, last, kind, m, written, lo, hi) -> Source | None:
    doc, lex = sv.doc, sv.lex
    head_written = _clean(doc.original(m.start, m.end))
    rest = (m.last + 1, last) if m.last < last else None
    referring = _is_referring(sv, j, m, last)
    if kind == "anonymous":
        return Source(written, "anonymous", None, lo, hi, head=fold(head_written), referring=referring)
    if kind == "document":
        if referring:
            prior = _prior_kind(ctx, "document")
            if prior is not None:
                return replace(prior, start=lo, end=hi, referring=True)
            return Source(written, "document", head_written, lo, hi, head="document", referring=True)
        issuer = _issuer(ctx, sv, m.last + 1, last) if rest else None
        if issuer is not None:
            return Source(issuer[0], "document", head_written, lo, hi, head="document")
        return Source(written, "document", head_written, lo, hi, head="document")
    if kind == "media":
        if referring:
            prior = _media_before(ctx, sv, lo, fold(head_written).removeprefix("ال"))
            if prior is not None:
                return replace(prior, start=lo, end=hi, referring=True)
            return Source(written, "media", None, lo, hi, head="media", referring=True)
        title = _media_title(sv, m.last + 1, last) if rest else None
        if title:
            return Source(title, "media", written, lo, hi, head=fold(head_written).removeprefix("ال"))
        return Source(written, "anonymous", None, lo, hi)
    # organisation head: a generic definite word alone may refer back ("الوزارة")
    if referring:
        prior = _prior_head(ctx, fold(head_written).removeprefix("ال"))
        if prior is not None:
            return replace(prior, start=lo, end=hi, referring=True)
    return Source(written, "organization", None, lo, hi, head=fold(head_written).removeprefix("ال"))


def _is_referring(sv, j, m, last) -> bool:
    """"الموقع", "الصحيفة البريطانية", "البيان ذاته", "تلك المصادر": a definite head alone."""
    lex = sv.lex
    demonstrative = m.first > j and sv.is_(m.first - 1, lex.demonstratives)
    definite = any(s.startswith("ال") for s, _, _ in stems(sv.text(m.first)))
    if not (definite or demonstrative):
        return False
    for k in range(m.last + 1, last + 1):
        t = _bare(sv.text(k))[-1]
        if t in lex.self_words or _NISBA.match(t):
            continue
        return False
    return True


def _issuer(ctx, sv, j, last):
    """"صادر عن الخارجية الروسية", "للأمم المتحدة": the body that issued a document."""
    lex = sv.lex
    m = lex.issuer_links.match_at(sv.doc, j)
    if m is not None:
        j = m.last + 1
    if j > last:
        return None
    lo, hi = _phrase_bounds(sv, j, last)
    text = sv.doc.original(lo, hi)
    t = sv.text(j)
    if t.startswith("لل"):
        text = "ا" + text           # "للأمم" -> "لأمم" -> "الأمم"
    kind, hm = _head(sv, j, last)
    if kind == "media" and hm is not None and hm.last < last:
        title = _media_title(sv, hm.last + 1, last)
        if title:
            return title, "media"
    person = ctx.person_in(j, last)
    if person is not None and kind is None:
        return person.name, "person"
    return _clean(text), kind or "organization"


def _media_title(sv, j, last) -> str | None:
    """The bare title of a medium: "ديبكا" in "موقع ديبكا الإسرائيلي"."""
    doc = sv.doc
    k = last
    while k >= j and _NISBA.match(sv.text(k)) and _QUOTE not in sv.gap_after(k):
        k -= 1
    if k < j:
        return None
    # a quoted title is taken whole
    return _clean(doc.original(doc.tokens[j].start, doc.tokens[k].end)) or None


def _is_place(doc, sv, j, last) -> bool:
    for p in entities.places(doc):
        if p.start == doc.tokens[j].start or (doc.tokens[j].start <= p.start < doc.tokens[j].end):
            return p.end >= doc.tokens[last].end - 1
    return False


def _person_before(ctx, pos, honorific):
    best = None
    for m in ctx.people:
        if m.end > pos:
            break
        if honorific is None or (m.role and honorific in fold(m.role)):
            best = m
    if best is None and honorific is not None:
        return _person_before(ctx, pos, None)
    return best


def _prior_kind(ctx, kind, head=None) -> Source | None:
    fallback = None
    for _, src in reversed(ctx.speakers):
        for s in (src, getattr(src, "_via", None)):
            if s is None or s.kind != kind:
                continue
            if head is None or s.head == head:
                return s
            fallback = fallback or s
    return fallback


def _weak_start(sv, j) -> bool:
    """A phrase cannot start with a function word, complementizer or cue."""
    return sv.is_(j, sv.lex.np_stops) or sv.is_(j, sv.lex.complementizers) or _cue_word(sv, j)


def _media_before(ctx, sv, pos, head) -> Source | None:
    """The nearest medium named with its title before ``pos`` ("لصحيفة فايننشال تايمز"),
    preferring one with the same head word."""
    doc, lex = ctx.doc, ctx.lex
    t = doc.token_at(pos)
    k = (t.index if t is not None else len(doc.tokens)) - 1
    fallback = None
    while k >= 0 and (fallback is None or t.index - k < 600):
        m = lex.heads.match_at(doc, k)
        if m is not None and m.payload == "media" and m.last + 1 < len(doc.tokens):
            sent = doc.sentence_at(doc.tokens[k].start)
            if sent is not None:
                msv = _Sentence(doc, sent, lex)
                end = _np_end(ctx, msv, m.last + 1) if m.last + 1 <= msv.last else None
                title = None
                if end is not None and not _weak_start(msv, m.last + 1):
                    title = _media_title(msv, m.last + 1, end)
                if title and not _is_referring(msv, k, m, end):
                    head_k = fold(_clean(doc.original(m.start, m.end))).removeprefix("ال")
                    src = Source(title, "media", _clean(doc.original(m.start, doc.tokens[end].end)),
                                 m.start, doc.tokens[end].end, head=head_k)
                    if head_k == head:
                        return src
                    fallback = fallback or src
        k -= 1
    return fallback


def _prior_head(ctx, head) -> Source | None:
    for _, src in reversed(ctx.speakers):
        if src.head == head and not src.referring:
            return src
    return None


def _prior_named(ctx, written) -> Source | None:
    key = fold(written)
    if len(key) < 3:
        return None
    for _, src in reversed(ctx.speakers):
        if src.kind == "anonymous":
            continue
        names = (fold(src.name), fold(src.role or ""))
        if any(key == n or (" " + key) in (" " + n) for n in names if n):
            return src
    return None


# ------------------------------------------------------------------ settling a sentence

def _settle(ctx, sv, found: list[Construction]) -> list[Construction]:
    """Cut contents at the next construction, attach trailing relays, resolve sources."""
    doc = sv.doc
    out: list[Construction] = []
    for idx, c in enumerate(found):
        nxt = found[idx + 1] if idx + 1 < len(found) else None
        if c.trailing:
            prev = out[-1] if out else None
            if prev is not None and not prev.trailing and prev.end is not None \
                    and prev.end >= c.clause - 2:
                # "…، بحسب البيان": the attribution relays the claim before it
                prev.via = c.source
                prev.end = min(prev.end, c.clause)
                continue
            if prev is not None:
                c.start = max(c.start, prev.end if prev.end is not None else c.start)
                if prev.trailing:
                    c.start = max(c.start, prev.consumed and doc.tokens[min(prev.consumed, sv.last)].start)
        elif nxt is not None and not c.quoted:
            c.end = min(c.end, nxt.clause if not nxt.trailing else max(nxt.clause, c.start))
        if not c.quoted:
            c.end = _content_stop(sv, c.start, c.end)
        out.append(c)
    for c in out:
        _resolve(ctx, sv, c, out)
    return [c for c in out if c.source is not None and c.source.kind not in ("dropped", "participle")]


def _content_stop(sv, start, end) -> int:
    """End the content at a narrator's comment ("، دون ذكر تفاصيل")."""
    doc = sv.doc
    for t in doc.tokens_between(start, end):
        if t.start == start:
            continue
        if "،" in doc.norm[doc.tokens[t.index - 1].end:t.start] or "," in doc.norm[
                doc.tokens[t.index - 1].end:t.start]:
            if sv.lex.content_stops.match_at(doc, t.index) is not None:
                return t.start
            if any(r in sv.lex.participles for r in _bare(t.text)):
                return t.start
    return end


def _resolve(ctx, sv, c, siblings):
    src = c.source
    if src is None:
        return
    if src.kind == "dropped":
        c.source = ctx.last_speaker(sv.s.index)
    elif src.kind == "participle":
        before = [o for o in siblings if o is not c and o.cue < c.cue and o.source is not None
                  and o.source.kind not in ("dropped", "participle")]
        if before:
            c.source = before[-1].source
        else:
            m = ctx.person_in(sv.first, c.cue - 1) if c.cue > sv.first else None
            c.source = Source(m.name, "person", m.role, m.start, m.end) if m else None
    if c.source is not None:
        if c.via is not None:
            c.source._via = c.via
        ctx.speakers.append((sv.s.index, c.source))


# ------------------------------------------------------------------ output

def _record(doc, ctx, sv, c, n) -> dict | None:
    if c.start is None or c.end is None or c.source is None:
        return None
    start, end = _trim(doc, c.start, c.end)
    if end <= start or len(doc.tokens_between(start, end)) < 2:
        return None
    quoted = c.quoted
    if not quoted and doc.norm[start] == _QUOTE and doc.norm[end - 1] == _QUOTE \
            and doc.norm.count(_QUOTE, start, end) == 2:
        start, end, quoted = start + 1, end - 1, True
    span = doc.span(start, end)
    cue_end = doc.tokens[c.cue_end].end
    cue_start = doc.tokens[c.cue].start
    if doc.tokens[c.cue].text[:1] in "وف" and _bare(doc.tokens[c.cue].text)[-1] != doc.tokens[c.cue].text \
            and doc.tokens[c.cue].text not in ctx.lex.verbs and not _attr_whole(ctx, doc, c):
        cue_start += 1
    ev_start = min(sv.s.start, start)
    ev_end = max(sv.s.end, end)
    src = c.source
    return {
        "id": f"c{n}",
        "source": {"name": src.name, "kind": src.kind, "role": src.role,
                   "span": doc.span(src.start, src.end)},
        "cue": doc.original(cue_start, cue_end),
        "stance": c.stance,
        "content": span["text"],
        "quoted": quoted,
        "via": _via_name(c.via),
        "section": sv.s.section,
        "span": span,
        "evidence": doc.span(ev_start, ev_end),
    }


def _attr_whole(ctx, doc, c) -> bool:
    """Is the token of an attribution cue written without a conjunction ("وفق")?"""
    if c.form != "attribution":
        return False
    m = ctx.lex.attributions.match_at(doc, c.cue)
    return m is not None and m.start == doc.tokens[c.cue].start


def _via_name(via: Source | None) -> str | None:
    if via is None:
        return None
    return via.role if via.kind == "media" and via.role else via.name


def _trim(doc, start, end) -> tuple[int, int]:
    norm = doc.norm
    while start < end and norm[start] in _TRIM:
        start += 1
    while end > start and norm[end - 1] in _TRIM:
        end -= 1
    # an unbalanced quote mark at either edge belongs to the sentence around
    if end > start and norm.count(_QUOTE, start, end) % 2:
        if norm[start] == _QUOTE:
            start += 1
        elif norm[end - 1] == _QUOTE:
            end -= 1
    while start < end and norm[start] in _TRIM:
        start += 1
    while end > start and norm[end - 1] in _TRIM:
        end -= 1
    return start, end
