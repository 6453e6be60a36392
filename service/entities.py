"""Who and what a document names: people with their roles, unnamed groups,
organisations and places.

People come from two sources:

* the person gazetteer (``persons.jsonl``), full names and known short forms
  ("حفتر" is Khalifa Haftar); every mention of one person is named by the
  fullest form the article uses;
* patterns for people never seen before: a title or rank followed by a name
  ("وزير الدولة فلان الفلاني", "العقيد أيوب بوسيف"), a name in quotes after a
  title, and a name followed by an apposition ("خيري التميمي، مدير مكتب
  حفتر").  A name is a run of up to five name-like words; it starts with a
  given name (``person_names.json``) unless a rank or honorific or quotes vouch
  for it, and it stops at function words, verbs and titles
  (``stopwords.json``).  Later mentions of such a person by surname alone are
  found too.

A role is the chain of title words right before the name ("نائب وزير الدفاع
الروسي", "اللواء المتقاعد"), else an apposition right after it ("الناطق باسم
الأخير").  Title vocabulary lives in ``titles.json``.

Everything is memoised in ``doc.cache``; all positions are norm offsets.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from difflib import SequenceMatcher
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import and_, attrgetter

from .dates import WEEKDAYS
from .gazetteer import Match, load, read_json, reading_index, reading_words
from .text import Document, fold, stems
from .text.normalise import _MARK_RE as _MARKS

_SOFT = frozenset(' "')          # what may stand between a title and a quoted name
_PUNCT_COMMA = frozenset("،,")
_PREPOSITIONS = frozenset(["في", "لدي", "عن", "من", "مع", "له", "لها", "الي", "علي"])
_RELATIVES = frozenset(["الذي", "التي", "الذين"])
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(["اليوم", "امس", "غدا", "الليله", "البارحه"])


@dataclass(slots=True, unsafe_hash=True)   # treated as immutable: change with _replaced()
class Mention:
    kind: str                      # person, group, organization, place
    start: int                     # norm span of the name (of the phrase, for groups)
    end: int
    first_token: int               # token range of role + name, inclusive
    last_token: int
    name: str | None
    role: str | None = None
    role_start: int | None = None
    role_end: int | None = None
    canonical: str | None = None
    country: str | None = None
    entity_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    subtype: str | None = None     # org kind, place kind, or "full"/"short"/"pattern" for people
    inside: str | None = None      # "organization": named inside an org ("قوات حفتر");
    #                                "title": owns the title before it ("مبعوث بوتين")
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def span(self, doc: Document) -> dict:
        return doc.span(self.start, self.end)

    def to_participant(self, doc: Document) -> dict:
        """A meeting participant in the API's shape."""
        return {"name": self.name, "role": self.role, "kind": self.kind,
                "country": self.country, "canonical": self.canonical,
                "span": self.span(doc)}


_MENTION_FIELDS = attrgetter(*(f.name for f in fields(Mention)))


def _replaced(m: Mention, **changes) -> Mention:
    """``dataclasses.replace(m, **changes)`` at a third of the cost (no per-field checks)."""
    new = Mention(*_MENTION_FIELDS(m))
    for name, value in changes.items():
        setattr(new, name, value)
    return new


# ------------------------------------------------------------------ lexicon

def _words(items) -> frozenset[str]:
    out = set()
    for item in items:
        f = fold(item)
        out.add(f)
        if f.startswith("ال") and len(f) > 4:
            out.add(f[2:])
    return frozenset(out)


@dataclass(frozen=True)
class Lexicon:
    offices: frozenset
    ranks: frozenset
    honorifics: frozenset
    complements: frozenset
    group_heads: frozenset
    styles: frozenset
    rank_modifiers: frozenset      # "أول", "ركن": complete a rank ("الفريق أول ركن")
    group_quantifiers: frozenset
    group_modifiers: frozenset
    given: frozenset
    given_raw: frozenset           # spelled as written, without ى/ي folding: "علي" is not "على"
    connectors: frozenset          # "بن", "عبد", "أبو": need a word after them
    patronymics: frozenset         # "ولد", "بن": a definite word before one is a given name
    tails: frozenset               # "الدين", "القادر": close a compound name
    vouching_verbs: frozenset      # "وقال" before a given name: the name is its subject
    lam_vouchers: frozenset        # "سبق لصدام أن": a name after ل is someone named before
    shared_surnames: frozenset     # "الصباح", "نهيان": a ruling house's name, not one person's
    word_names: frozenset          # "طالب": a given name that is a stop word too, after a rank only
    kinship: frozenset             # "نجل المشير X": X identifies the son, he is no party
    kin_by_surname: frozenset      # "نجل", "شقيق": kin who bear the surname of the one named
    named_facilities: frozenset    # "مطار الملك خالد": a facility named after a person
    title_times: frozenset         # "وزير الخارجية آنذاك X": the title was his then
    country_words: frozenset       # "سفيرة X لدى البلاد": the story's country
    envoys: frozenset              # "المبعوث الخاص إلى السودان": an office sent somewhere
    aides: frozenset               # "مستشار الرئيس X، Y": an office held for X, Y holds it
    entourage: frozenset           # "وعائلته": the people around a person, never part of a name
    stop: frozenset
    place_after_bi: frozenset      # "بمقر", "بمدينة": بـ + a word that opens a place, never a name
    facility_nouns: frozenset      # "المعبر", "القاعدة": a definite place noun ends a name


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles = read_json("titles.json")
    names = read_json("person_names.json")
    stop = read_json("stopwords.json")
    first = lambda items: [fold(i).split()[0] for i in items]  # noqa: E731
    return Lexicon(
        offices=_words(first(titles["offices"])),
        ranks=_words(first(titles["ranks"])),
        honorifics=_words(first(titles["honorifics"])),
        complements=_words(titles["complements"]),
        group_heads=frozenset(fold(w) for w in titles["group_heads"]),
        styles=_words(first(titles["styles"])),
        rank_modifiers=_words(titles["rank_modifiers"]),
        group_quantifiers=_words(first(titles["group_quantifiers"])),
        group_modifiers=_words(titles["group_modifiers"]),
        given=_words(first(names["given"])),
        given_raw=frozenset(_MARKS.sub("", n.split()[0]) for n in names["given"]),
        connectors=frozenset(fold(p) for p in names["connectors"]),
        patronymics=frozenset(fold(p) for p in names["patronymics"]),
        word_names=frozenset(fold(p) for p in names["word_names"]),
        tails=frozenset(fold(p) for p in names["compound_tails"]),
        shared_surnames=frozenset(fold(p) for p in names["shared_surnames"]),
        vouching_verbs=frozenset(fold(v) for v in names["vouching_verbs"]),
        lam_vouchers=frozenset(fold(v).split()[-1] for v in names["lam_vouchers"]),
        kinship=frozenset(fold(w) for w in titles["kinship"]),
        kin_by_surname=frozenset(fold(w) for w in titles["kin_by_surname"]),
        named_facilities=frozenset(fold(w) for w in titles["named_facilities"]),
        title_times=frozenset(fold(w) for w in titles["title_times"]),
        country_words=frozenset(fold(w) for w in titles["country_words"]),
        envoys=_words(titles["envoys"]),
        aides=_words(titles["aides"]),
        entourage=frozenset(fold(w) for w in titles["entourage"] + titles["kinship"]),
        stop=frozenset(fold(w) for w in stop["words"]),
        place_after_bi=frozenset(fold(w) for w in stop["place_after_bi"]),
        facility_nouns=frozenset(fold(w) for w in stop["facility_nouns"]),
    )


# ------------------------------------------------------------------ token tests

# what a token can be, as bits: computed once per token and document
_HEAD, _RANK, _COMPLEMENT, _STOP, _DEFINITE, _GROUP, _MODIFIER, _QUANT, _STYLE, _RANKMOD, _GIVEN = (
    1 << n for n in range(11))


@lru_cache(maxsize=1 << 16)
def _flags(word: str) -> int:
    lex = lexicon()
    readings = stems(word)
    bare = [s for s, _, _ in readings] + [s[2:] for s, _, _ in readings
                                          if s.startswith("ال") and len(s) > 4]
    hit = lambda words: any(r in words for r in bare)  # noqa: E731
    flags = 0
    if hit(lex.ranks) or hit(lex.honorifics) or hit(lex.styles):
        flags |= _RANK | _HEAD
    if hit(lex.offices) or (len(word) > 4 and word[-1] in "اي" and not word.startswith("ال")
                            and word[:-1] in lex.offices):
        flags |= _HEAD      # ("وزيرا الدفاع X وY", "وزيري الخارجية": a dual office)
    if hit(lex.styles):
        flags |= _STYLE
    if hit(lex.complements):
        flags |= _COMPLEMENT
    if word in lex.stop or (word[:1] in "وف" and word[1:] in lex.stop):
        flags |= _STOP
    elif word[:2] == "وو" and not flags & (_HEAD | _COMPLEMENT):
        flags |= _STOP      # ("ووقعا": no name starts with "و" twice; "ووزير" is a title)
    if any(s.startswith("ال") for s, _, _ in readings):
        flags |= _DEFINITE
    if any(s in lex.group_heads for s, _, _ in readings):
        flags |= _GROUP
    if hit(lex.group_modifiers) or (word.endswith("ا") and len(word) > 4
                                    and word[:-1] in lex.group_modifiers):
        flags |= _MODIFIER   # "عسكرياً": the accusative of "عسكري"
    if hit(lex.group_quantifiers):
        flags |= _QUANT
    if hit(lex.rank_modifiers):
        flags |= _RANKMOD
    if word in lex.given:
        flags |= _GIVEN
    return flags


@lru_cache(maxsize=1 << 16)
def _office_word(word: str) -> bool:
    """Is a reading of ``word`` an office ("وزير", "الوزير", "ووزير")?"""
    offices = lexicon().offices
    return any(s in offices or s[2:] in offices for s, _, _ in stems(word))


def _tokens(doc: Document) -> "_Tokens":
    if "entity_tokens" not in doc.cache:
        doc.cache["entity_tokens"] = _Tokens(doc)
    return doc.cache["entity_tokens"]


class _Tokens:
    """Cheap per-token questions about one document (build it with ``_tokens(doc)``)."""

    def __init__(self, doc: Document):
        self.doc, self.lex = doc, lexicon()
        # the hot loops below index these lists directly (a method call per question costs
        # more than the question): words[i], flags[i], and before[i], the text between
        # tokens i - 1 and i
        self.words, self.before = doc.words, doc.gaps
        self.flags = flags = list(map(_flags, doc.words))
        self.place_tokens = {i for p in places(doc) for i in range(p.first_token, p.last_token + 1)}
        organisations(doc)
        self.org_tokens = {i for o in doc.cache["org_names"] for i in range(o.first, o.last + 1)}
        self.site_tokens = {i for m in load().site_matcher.find(doc) for i in range(m.first, m.last + 1)}
        self.body_tokens = self.place_tokens | self.org_tokens | self.site_tokens
        self.demonyms = demonyms(doc)
        self.demonym_starts = [d.start for d in self.demonyms]
        self.person_starts: set[int] = set()   # first tokens of listed people, set by _find_people
        self.person_ends: set[int] = set()     # and their last tokens
        kept = doc.normalised.kept     # the characters as written, at norm offsets
        words, starts = doc.words, doc._token_starts
        for i in self.where(_DEFINITE):
            if kept[starts[i]] != "ا" and words[i].startswith("ال"):
                flags[i] &= ~_DEFINITE   # "إلكر" folds like the article but is not one
        for i in self.where(_GIVEN):
            if flags[i] & _STOP:
                # "علي" the name folds like "على" the preposition: the spelling decides
                t = doc.tokens[i]
                if _MARKS.sub("", doc.original(t.start, t.end)) in self.lex.given_raw:
                    flags[i] &= ~_STOP
        for i in self.where(_HEAD):
            if words[i].endswith("امر") and "أمر" in doc.original(doc.tokens[i].start, doc.tokens[i].end):
                flags[i] &= ~(_HEAD | _RANK)    # "الأمر" (the matter) folds like "الآمر" (the commander)
            elif words[i] == "والي" and "إ" in doc.original(doc.tokens[i].start, doc.tokens[i].end):
                flags[i] &= ~(_HEAD | _RANK)    # "وإلى" (and to) folds like "والي" (a governor)

    def text(self, i: int) -> str:
        return self.words[i]

    def where(self, flag: int) -> list[int]:
        """Indexes of the tokens that can be ``flag`` (a title head, a given name...)."""
        return list(compress(range(len(self.flags)), map(and_, self.flags, repeat(flag))))

    def definite(self, i: int) -> bool:
        return bool(self.flags[i] & _DEFINITE)

    def is_stop(self, i: int) -> bool:
        return bool(self.flags[i] & _STOP)

    def is_rank(self, i: int) -> bool:
        return bool(self.flags[i] & _RANK)

    def is_head(self, i: int) -> bool:
        return bool(self.flags[i] & _HEAD)

    def ends_rank(self, i: int) -> bool:
        """A rank, or what completes one: "الفريق أول ركن" ends a rank at "ركن"."""
        while i >= 0 and self.flags[i] & _RANKMOD and not self.flags[i] & _RANK:
            i -= 1
        return i >= 0 and self.is_rank(i)

    def is_complement(self, i: int) -> bool:
        return bool(self.flags[i] & _COMPLEMENT)

    def is_group_head(self, i: int) -> bool:
        return bool(self.flags[i] & _GROUP)

    def is_modifier(self, i: int) -> bool:
        return bool(self.flags[i] & _MODIFIER)

    def is_quantifier(self, i: int) -> bool:
        return bool(self.flags[i] & _QUANT)

    def is_office(self, i: int) -> bool:
        return bool(self.flags[i] & _HEAD) and _office_word(self.words[i])

    def vouches(self, i: int) -> bool:
        """Does title word ``i`` vouch for the unknown name after it?  "العقيد", "فخامة" do;
        "فريق" (a team) and "رئيس" (head of ...) do not."""
        if self.flags[i] & _RANKMOD and not self.flags[i] & _RANK and i > 0 and self.ends_rank(i - 1):
            i -= 1      # "الفريق بحري", "اللواء طيار": the rank before its modifier
            while i > 0 and self.flags[i] & _RANKMOD and not self.flags[i] & _RANK:
                i -= 1
        return (self.is_head(i) and (self.definite(i) or self.words[i].endswith(("ه", "ها"))
                                     and self.words[i].startswith("نظير"))) \
            or bool(self.flags[i] & _STYLE)     # ("نظيره X": his counterpart, definite by annexation)

    def gap(self, i: int, j: int) -> str:
        """Text between tokens i and j (j = i + 1)."""
        return self.before[j]


def _soft_gap(gap: str) -> bool:
    return not gap.strip()


# ------------------------------------------------------------------ roles

def _role_ok(tk: _Tokens, i: int) -> bool:
    """May token ``i`` belong to a title chain ("نائب وزير الدفاع الروسي", "أمير قطر")?"""
    flags = tk.flags[i]
    if i > 0 and tk.words[i - 1] in _RELATIVES:
        return False  # "اللقاء، الذي حضره X": a relative clause's verb ("حضرة" folds alike)
    if flags & (_HEAD | _COMPLEMENT) or i in tk.body_tokens or tk.words[i].isdigit():
        return True   # ("نائب قائد «الدعم السريع»", "قائد منطقة كرري العسكرية": a body or a base)
    if flags & _RANKMOD and i > 0 and tk.ends_rank(i - 1):
        return True   # "العقيد طيار", "الفريق أول ركن"
    if tk.words[i][:1] == "ب" and i + 1 in tk.org_tokens and i > 0 and tk.is_head(i - 1) \
            and not flags & _STOP and len(tk.words[i]) > 3:
        return True   # "المستشار بقيادة «الدعم السريع»": the body he serves at
    if _possessed_title_word(tk.words[i]):
        return True   # "رئيس مجلسها الأعلى": the body is the one named before
    if flags & _GROUP and not flags & _DEFINITE and i > 0 and tk.flags[i - 1] & _HEAD:
        return True   # "كبير مستشاري الرئيس": a plural head in construct after an office
    return bool(flags & _DEFINITE) and not flags & _STOP


def _names_facility(tk: _Tokens, k: int) -> bool:
    """Token ``k`` heads a facility that may be named after a person ("مطار", "قاعدة")."""
    return any(stem in tk.lex.named_facilities for stem, _, _ in stems(tk.words[k]))


def _serves_in(tk: _Tokens, k: int) -> bool:
    """"البلاد" in "سفيرة الولايات المتحدة لدى البلاد": the story's country after a
    title's preposition, where the holder serves."""
    return k > 0 and tk.words[k] in tk.lex.country_words and tk.words[k - 1] in ("لدي", "الي", "في")


def _portfolio(tk: _Tokens, k: int) -> bool:
    """"وأبناء" in "وزير الدفاع وشؤون المتقاعدين وأبناء الشهداء": an indefinite noun
    with و between two definite words, in construct with the one after it: one more
    portfolio of the title it stands in."""
    flags, word = tk.flags, tk.words[k]
    return word[:1] == "و" and 0 < k < len(flags) - 1 and bool(flags[k - 1] & _DEFINITE) \
        and not flags[k - 1] & _GIVEN and bool(flags[k + 1] & _DEFINITE) and not flags[k + 1] & (_STOP | _HEAD) \
        and not tk.before[k].strip() and not tk.before[k + 1].strip() \
        and not flags[k] & (_DEFINITE | _STOP | _GIVEN) and word[1:] not in tk.lex.given


def _definite_portfolio(tk: _Tokens, k: int) -> bool:
    """"والتعاون" in "وزير الخارجية والتعاون الدولي": a definite word after و between two
    definite words of a title, even one that is a stop word elsewhere ("بحث التعاون")."""
    flags, word = tk.flags, tk.words[k]
    return word[:3] == "وال" and 0 < k < len(flags) - 1 and bool(flags[k - 1] & _DEFINITE) \
        and bool(flags[k + 1] & _DEFINITE) and not flags[k + 1] & _STOP \
        and not tk.before[k].strip() and not tk.before[k + 1].strip() and not flags[k] & (_HEAD | _GIVEN)


@lru_cache(maxsize=1 << 16)
def _possessed(word: str, kinds: int, pronouns: tuple[str, ...]) -> bool:
    """A word of one of these ``kinds`` with a possessive pronoun."""
    return len(word) > 4 and any(word.endswith(p) and _flags(word[:-len(p)]) & kinds for p in pronouns)


def _possessed_head(word: str) -> bool:
    """"نظيره", "نائبها": a title's head with a possessive pronoun, a whole title."""
    return _possessed(word, _HEAD, ("ه", "ها", "هم"))


def _possessed_title_word(word: str) -> bool:
    """"مجلسها", "حكومتهم": a title's noun with a possessive pronoun."""
    return _possessed(word, _HEAD | _COMPLEMENT, ("هما", "هم", "ها"))


def role_before(tk: _Tokens, n: int, limit: int = 11) -> tuple[int, int] | None:
    """Token range of the title chain that ends right before token ``n``.

    The chain may be parted from the name by quotes or one comma ("المتحدث
    باسم الرئاسة الروسية، دميتري بيسكوف"); it starts at its first title word.
    """
    flags, words, before = tk.flags, tk.words, tk.before
    if n > 1 and words[n - 1] in tk.lex.title_times and _soft_gap(before[n]) and _soft_gap(before[n - 1]):
        found = role_before(tk, n - 1, limit)     # "وزير الخارجية السوداني آنذاك علي يوسف الشريف"
        return (found[0], n - 1) if found else None
    chain, i, sent_to, commas = [], n - 1, False, 0
    opened = _quote_opened(tk, n)
    while i >= 0 and n - i <= limit:
        gap = before[i + 1].strip(' "()')    # ("نائب قائد «الدعم السريع» فلان", "(سنتكوم)")
        if gap and not (gap in _PUNCT_COMMA and commas == 0 and (i == n - 1 or (
                chain and all(flags[j] & _RANKMOD or words[j].removeprefix("ال") in tk.lex.ranks for j in chain)
                and flags[i] & _DEFINITE))):
            break   # (one comma: before the name, or before his rank: "نائب القائد العام، الفريق أول X")
        commas += bool(gap)
        lam_phrase = words[i][:1] == "ل" and chain and chain[-1] == i + 1 and (
            flags[i + 1] & _DEFINITE or (i + 1) in tk.org_tokens)     # ('لـ"قوات سوريا الديمقراطية"')
        to_phrase = words[i] == "الي" and chain and chain[-1] == i + 1 and (
            (i + 1) in tk.body_tokens or flags[i + 1] & _DEFINITE) and any(
            s in tk.lex.envoys or s[2:] in tk.lex.envoys for j in range(max(0, i - 5), i) for s, _, _ in stems(tk.text(j)))
        # ("المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا": where an envoy is sent)
        sent_to = sent_to or bool(to_phrase)
        goes_on = (bool(chain) and chain[-1] == i + 1 and (_portfolio(tk, i) or _definite_portfolio(tk, i))) \
            or _serves_in(tk, i)
        # ("… وشؤون المتقاعدين وأبناء الشهداء", "… لدى البلاد")
        quoted = opened is not None and opened <= i     # ('رئيس المجلس الرئاسي لحكومة "تأسيس" X',
        #                                                  'الباحث في معهد «تشاتام هاوس» X': a body's name in quotes)
        if not (_role_ok(tk, i) or to_phrase or goes_on or quoted
                or (lam_phrase and (not flags[i] & _STOP or words[i] == "ل"))):
            break   # ("لحقوق الإنسان" stays inside "المفوضية السامية لحقوق الإنسان")
        chain.append(i)
        if words[i][:1] == "و" and len(words[i]) > 3 and words[i][1:] != words[i] and _conjoined(tk, i) \
                and flags[i] & _HEAD:
            break   # "العاهل الأردني والأدميرال كوبر": the title after و is his alone
        i -= 1
    heads = [j for j in chain if flags[j] & _HEAD]
    if not heads:
        return None
    if min(chain) > 0 and not before[min(chain)].strip() and _names_facility(tk, min(chain) - 1):
        return None     # "مطار الملك خالد الدولي": the airport's name, no one's title
    apart = bool(before[n].strip())   # quotes or a comma: an apposition
    if not (apart or tk.definite(n - 1) or tk.ends_rank(n - 1) or tk.text(n - 1).isdigit()
            or n - 1 in tk.place_tokens or n - 1 in tk.org_tokens or sent_to
            or _possessed_head(words[n - 1])):   # ("رئيس منظمة بدر X": a known body ends the title)
        return None   # "مدير مكتب حفتر": Haftar is the office's, not its director
        #               (but "نظيره سيرغي لافروف": "his counterpart" is a whole title)
    start = min(heads)
    for j in sorted(heads):
        # "الوزير الروسي في المطار نظيره الإيراني": an indefinite title after a definite
        # word cannot continue its construct chain, so a new phrase starts there
        if j > start and tk.definite(j - 1) and not tk.definite(j) \
                and not (tk.is_rank(j) and (tk.flags[j] & _STYLE or tk.text(j) in tk.lex.ranks)):
            start = j   # ("قائد القيادة المركزية" opens a title; "فخامة"، "لواء" go on with it)
        elif j > start and tk.definite(j) and tk.definite(j - 1) and tk.is_office(j) \
                and tk.is_office(j - 1) and not tk.is_rank(j) and not tk.is_rank(j - 1):
            start = j   # "استقبل الوزير السفير الإيطالي": two definite offices, two people
        elif j > start and tk.is_office(j) and "في" in tk.words[start:j]:
            start = j   # "التقى وزير الدفاع في القصر الرئاسي الرئيس X": a place ends the first
    return start, n - 1


def _place_opens_name(tk: _Tokens, k: int) -> bool:
    """"نائب الوزير في جوبالاند، عدن أحمد حاجي": a place's name that is also a given name,
    right before another given name, opens a person's name after a title."""
    return k in tk.place_tokens and bool(tk.flags[k] & _GIVEN) and k + 1 < len(tk.words) \
        and bool(tk.flags[k + 1] & _GIVEN) and not tk.before[k + 1].strip()


def _quote_opened(tk: _Tokens, n: int, most: int = 3) -> int | None:
    """The first token of a quoted name of up to ``most`` words that ends right before
    token ``n`` and follows a title word ('لحكومة "تأسيس"', 'معهد «تشاتام هاوس»')."""
    before, words = tk.before, tk.words
    if '"' not in before[n]:
        return None
    for o in range(n - 1, max(0, n - most) - 1, -1):
        if not words[o].isalpha():
            return None
        if '"' in before[o]:
            return o if o > 0 and _role_ok(tk, o - 1) else None
        if before[o].strip():
            return None
    return None


def role_after(tk: _Tokens, last: int, limit: int = 10, styled: bool = False) -> tuple[int, int] | None:
    """Apposition after a name: ", مدير مكتب حفتر" or " الناطق باسم الأخير"; after a
    name with a style ("سعادة الشيخ سعود ... نائب رئيس مجلس الوزراء"), also an
    indefinite office with no comma, as official readouts write it."""
    k = last + 1
    if k >= len(tk.doc.tokens):
        return None
    gap = tk.gap(last, k).strip(' "')
    if gap and gap not in _PUNCT_COMMA:
        return None
    if not tk.is_office(k) or _conjoined(tk, k):
        return None   # "حفتر والرئيس الروسي": a second person, not an apposition
    # an indefinite office right after a name, with no comma, may be the verb's object
    # ("استقبل حفتر رئيس أركان الجيش المصري"): his only when "قد" follows it
    loose = not gap and not tk.definite(k) and not styled
    j = k
    while j + 1 < len(tk.doc.tokens) and j + 1 - k < limit and _soft_gap(tk.gap(j, j + 1)):
        nxt = j + 1
        if not gap and (nxt in tk.person_starts or (
                tk.text(nxt) in tk.lex.given and not tk.definite(nxt) and not tk.is_complement(nxt))):
            return None   # "يلتقي الدبيبة الرئيس التونسي قيس سعيد": the title is the next person's
        word = tk.text(nxt)
        if (tk.is_stop(nxt) and not tk.definite(nxt) and not tk.is_complement(nxt)) \
                or (word[:1] in "يتو" and not tk.definite(nxt) and not tk.is_complement(nxt)
                    and word not in tk.lex.offices) or word in _TIME_WORDS:
            break   # a verb ("يبحثان"), a date, or the next coordinated phrase ("وزير" is a title)
        if _conjoined(tk, nxt) and (tk.is_group_head(nxt) or nxt in tk.person_starts
                                    or (tk.is_office(nxt) and tk.definite(nxt))):
            break   # "قائد القيادة المركزية والوفد المرافق له": the next party
        if word == "في" and nxt + 1 < len(tk.doc.tokens) and (
                nxt + 1 in tk.place_tokens or tk.text(nxt + 1) in ("العاصمه", "مدينه")):
            break   # "رئيس جمهورية أفريقيا الوسطى في العاصمة بانجي": where they met
        j = nxt
    if loose and not (j + 1 < len(tk.doc.tokens) and tk.text(j + 1) in ("قد", "لقد")):
        return None   # ("وكان الفريق خالد حفتر رئيس أركان الوحدات الأمنية قد تلقى": his)
    return k, j


def _conjoined(tk: _Tokens, i: int) -> bool:
    """Does token ``i`` start with the conjunction و ("والرئيس"; "وزير" does not)?"""
    word = tk.text(i)
    return word[:1] == "و" and word not in tk.lex.offices


def _role_text(doc: Document, tk: _Tokens, first: int, last: int) -> tuple[str, int, int]:
    start = doc.tokens[first].start + _proclitic(tk, first)
    end = doc.quote_closed(start, doc.tokens[last].end)   # "نائب قائد «الدعم السريع»"
    return doc.original(start, end), start, end


def _proclitic(tk: _Tokens, i: int) -> int:
    """Length of the و/ف/ب/ل prefix on a title word ("ووزير" -> 1)."""
    return _proclitic_length(tk.words[i])


@lru_cache(maxsize=1 << 16)
def _proclitic_length(word: str) -> int:
    lex = lexicon()
    for stem, cut, merged in stems(word):
        cut += merged   # "للمسؤولين" -> "مسؤولين"
        bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
        if stem in lex.offices or bare in lex.offices or stem in lex.ranks or bare in lex.ranks \
                or stem in lex.honorifics or bare in lex.honorifics or bare in lex.styles \
                or stem in lex.group_heads or bare in lex.group_quantifiers:
            return cut
    return 0


# ------------------------------------------------------------------ names

def _name_run(tk: _Tokens, k: int, limit: int = 5, vouched: bool = False) -> list[int]:
    """Name-like tokens from ``k`` on: no function words, titles, dates or numbers;
    at most ``limit`` words besides the connectors ("سعود بن عبدالرحمن بن حسن آل ثاني").
    ``vouched``: a rank right before may open the name with a word name ("اللواء طالب …")."""
    lex, toks, j = tk.lex, [], k
    ntok, words = len(tk.doc.tokens), 0
    while j < ntok and words < limit:
        if toks and not _soft_gap(tk.gap(j - 1, j)) and tk.gap(j - 1, j) != "-":
            break   # ("سالاي-بوبروفنيتسكي": a hyphenated surname is one name)
        t = tk.text(j)
        if t.isdigit() or not t.isalpha() or (tk.is_stop(j) and not (vouched and not toks and t in lex.word_names)):
            break
        after_connector = bool(toks) and tk.text(toks[-1]) in lex.connectors
        before_patronymic = not toks and j + 1 < ntok and tk.text(j + 1) in lex.patronymics \
            and _soft_gap(tk.gap(j, j + 1))
        inner_sheikh = bool(toks) and t == "شيخ" and j + 1 < ntok and _soft_gap(tk.gap(j, j + 1)) \
            and not tk.definite(j + 1) and not tk.is_stop(j + 1) and not tk.is_head(j + 1) \
            and tk.text(j + 1).isalpha()     # "زكريا شيخ إبراهيم", "حسن شيخ محمود": a name's part
        if (tk.is_head(j) or tk.is_group_head(j)) and t not in lex.given and not after_connector \
                and not before_patronymic and not inner_sheikh and not _title_as_surname(tk, toks, j):
            break   # ("محمد ولد الشيخ": after a connector even a title word is a name;
            #          "الدكتور مساعد بن محمد": before one too)
        if toks and tk.is_head(j) and t in lex.given and not after_connector and j + 1 < ntok \
                and _soft_gap(tk.gap(j, j + 1)) and (tk.is_complement(j + 1) or tk.definite(j + 1)):
            break   # "أمين" is a name, but "أمين عام الحركة" a title
        if not toks and t[:1] in "بل" and t not in lex.given and t[1:] in lex.stop:
            break   # "بتصريح مقتضب": a preposition's object, not a name
        if t[:1] == "و" and t not in lex.given and t not in lex.connectors and t not in _waw_names() and (
                (not toks and len(t) > 3) or (toks and (_joins_next(tk, j) or len(t) > 5 and t.endswith("ات")))):
            break   # "والوفد", "ومحمد", "وتمنياته", "ورجالات": a new phrase (but "محمد وصفي" is one name)
        if toks and len(t) > 3 and t.startswith(("لل", "بال", "وال", "فال", "كال")) \
                and not _surname_ends_phrase(tk, toks, j):
            break   # "للصحفيين": a preposition's object after the name (but "محمد فال ولد الرايس")
        if len(t) > 5 and t.endswith(("اته", "اتها", "اتهم")):
            break   # "نائب القائد العام تحركاته الخارجية": a plural noun with its pronoun
        if toks and t in lex.facility_nouns:
            break   # "زار المفوض ماغنوس برونر المعبر": the place visited, not a surname
        if t[:1] == "ب" and t[1:] in lex.place_after_bi:
            break   # "ذاكر حسنوف بمقر وزارة الدفاع": a place after the name (or after a title)
        if not toks and t.startswith("ال") and t not in lex.given \
                and tk.doc.original(tk.doc.tokens[j].start, tk.doc.tokens[j].end).startswith("ال") \
                and not (j + 1 < ntok and tk.text(j + 1) in lex.patronymics and _soft_gap(tk.gap(j, j + 1))):
            break   # the article (but "إلكر", folded alike, is a name; "الناني ولد اشروقه" too)
        toks.append(j)
        words += t not in lex.connectors
        j += 1
    while toks and tk.text(toks[-1]) in lex.connectors:
        toks.pop()
    return toks


def _free_run(run: list[int], *taken: set[int]) -> list[int]:
    """The tokens of a name run up to the first one already taken (a person, a body, a place)."""
    return run[:next((n for n, t in enumerate(run) if any(t in s for s in taken)), len(run))]


@lru_cache(maxsize=1)
def _waw_names() -> frozenset[str]:
    """Words of listed names that start with و ("واتارا", "وانغ"): never a conjunction."""
    return frozenset(w for e in load().persons for n in e.get("names", []) + e.get("short", [])
                     for w in fold(n).split() if w[:1] == "و")


def _surname_ends_phrase(tk: _Tokens, toks: list[int], j: int) -> bool:
    """"المتحدث باسم الحكومة ماكسيم بالالو نفى": after a lone given name, a word that
    looks like preposition + article is the surname when the phrase ends with it
    (a verb of saying or punctuation follows)."""
    if len(toks) != 1:
        return False
    if not tk.flags[toks[0]] & _GIVEN:
        rest = tk.text(j)[3:]       # "فاسيليس بالماس": no known word after the "بال"
        if len(rest) < 3 or rest in tk.lex.stop or _flags(rest) & (_HEAD | _GROUP | _COMPLEMENT) \
                or _flags("ال" + rest) & (_HEAD | _GROUP | _COMPLEMENT):
            return False
    k = j + 1
    if k >= len(tk.doc.tokens) or tk.gap(j, k).strip() or tk.is_stop(k):
        return True
    return any(stem in tk.lex.vouching_verbs for stem, _, _ in stems(tk.text(k)))


def _title_as_surname(tk: _Tokens, toks: list[int], j: int) -> bool:
    """"العميد حسن الأمين إن ...", "السفير حسين الأمين الفاضل": a definite title word
    right after a lone given name is the surname, unless a complement or an adjective
    of the title follows ("حسن الأمين العام", "الأمين التنفيذي", "الأمين السوداني")."""
    if len(toks) != 1 or not tk.flags[toks[0]] & _GIVEN or not tk.definite(j) or tk.is_rank(j):
        return False
    k = j + 1
    if k >= len(tk.doc.tokens) or not _soft_gap(tk.gap(j, k)):
        return True
    nisba = tk.definite(k) and tk.text(k).endswith(("ي", "يه"))
    return not (nisba or tk.is_complement(k) or tk.is_head(k))


def _joins_next(tk: _Tokens, j: int) -> bool:
    """Is the و of token ``j`` a conjunction?  It is when what follows it is a
    known word: the article, a given name, a title, a quantifier ("وعدد من"), a function word."""
    rest = tk.text(j)[1:]
    lex = tk.lex
    owned = rest[:-2] if rest.endswith(("ها", "هم")) else rest[:-1] if rest.endswith("ه") else ""
    return (rest.startswith("ال") or rest in lex.given or rest in lex.stop
            or owned in lex.entourage or owned[:-1] + "ه" in lex.entourage    # "وعائلته", "وأسرته"
            or bool(_flags(rest) & (_HEAD | _GROUP | _COMPLEMENT | _QUANT)) or j in tk.person_starts)


def _quoted(tk: _Tokens, first: int, last: int) -> bool:
    doc = tk.doc
    before = doc.norm[max(0, doc.tokens[first].start - 2):doc.tokens[first].start]
    after = doc.norm[doc.tokens[last].end:doc.tokens[last].end + 2]
    return '"' in before and '"' in after


# ------------------------------------------------------------------ people

def people(doc: Document) -> list[Mention]:
    """Every mention of a person, in text order."""
    if "people" not in doc.cache:
        doc.cache["people"] = _find_people(doc)
    return doc.cache["people"]


def _find_people(doc: Document) -> list[Mention]:
    gaz, tk = load(), _tokens(doc)
    orgs = organisations(doc)
    covered: set[int] = set(tk.site_tokens)     # "قاعدة الأمير سلطان الجوية": a base, no one's name
    found: list[Mention] = []

    matches = gaz.person_matcher.find(doc)
    displaced: set[str] = set()
    tk.person_starts = {m.first for m in matches}
    tk.person_ends = {m.last for m in matches}
    with_full = {m.payload[0]["id"] for m in matches if m.payload[1] == "full"}
    for m in matches:
        entry, form = m.payload
        if m.first in tk.site_tokens and m.last in tk.site_tokens:
            continue   # "قاعدة الملك فيصل الجوية": the name of a base
        if form == "short" and entry["id"] not in with_full and _weak(doc, tk, gaz, m):
            continue   # "حصة الأسد" is the lion's share, not Bashar al-Assad
        if form == "short" and _namesakes_tail(tk, m):
            continue   # the name patterns find him
        if form == "short" and m.start != doc.tokens[m.first].start and tk.flags[m.first] & _GIVEN:
            continue   # "ليون دودونو" is a given name, not "ل" + the short form "يون"
        first, start = m.first, m.start
        if form == "short" and entry["id"] not in with_full:
            own = None if entry["id"] in displaced else _given_before(tk, m, entry)
            if own is None:
                displaced.add(entry["id"])
                continue   # "وزير الري محمد عبد العاطي": a namesake; the name patterns find him
            if own != m.first:   # "بدر أحمد عبد العاطي": his own given names before it
                first, start, form = own, doc.tokens[own].start, "full"
        elif form == "full" and _extra_given(tk, m, covered):
            # "رئيس الوزراء الباكستاني محمد شهباز شريف": a given name the press often drops
            first, start = m.first - 1, doc.tokens[m.first - 1].start
        last, end = m.last, m.end
        if form == "full" and last + 2 < len(doc.tokens) and tk.words[last + 1] == "ال" \
                and _soft_gap(tk.gap(last, last + 1)) and _soft_gap(tk.gap(last + 1, last + 2)) \
                and tk.words[last + 2].isalpha() and not tk.is_stop(last + 2) and last + 2 not in tk.place_tokens:
            last, end = last + 2, doc.tokens[last + 2].end     # "محمد بن سلمان بن عبدالعزيز آل سعود"
        person = _person(doc, tk, first, last, start, end, doc.original(start, end)
                         if first != m.first or end != m.end else m.surface(doc), entry=entry, subtype=form)
        if person.role is None and _possessor(tk, m.first) and m.start == doc.tokens[m.first].start:
            person = _replaced(person, inside="title")
        elif person.role is not None and person.role_start < person.start \
                and _kin_of_named(doc, tk, person.first_token):
            person = _replaced(person, inside="title")   # "صدام حفتر، نجل المشير خليفة حفتر": the father
        found.append(person)
        covered.update(range(first, last + 1))
    org_tokens, place_tokens = tk.org_tokens, tk.place_tokens

    # titles followed by an unknown name
    ntok, heads = len(doc.tokens), tk.where(_HEAD)
    words, flags, before, given = tk.words, tk.flags, tk.before, tk.lex.given
    i = heads[0] if heads else ntok
    while i < ntok:
        if i in covered or i in org_tokens or not flags[i] & _HEAD:
            k = bisect_right(heads, i)
            i = heads[k] if k < len(heads) else ntok
            continue
        if i > 0 and not before[i].strip() and _names_facility(tk, i - 1):
            i += 1      # "مطار الملك خالد الدولي": the airport's name, no one's title
            continue
        j = i
        while j + 1 < ntok and j - i < 10 and not before[j + 1].strip(' "' if j + 1 in org_tokens else " "):
            nxt = j + 1
            if nxt in covered:
                break
            if nxt in org_tokens:   # "رئيس الموساد", "قائد قوات الدعم السريع", 'معهد "تشاتام هاوس"'
                j = nxt
                continue
            if words[nxt] == "في" and nxt == i + 1 and nxt + 1 < ntok and (nxt + 1) in org_tokens:
                j = nxt     # "الباحث في معهد «تشاتام هاوس» فلان": where he works
                continue
            word = words[nxt]
            if (word.startswith("ال") or tk.ends_rank(j)) and nxt + 1 < ntok \
                    and words[nxt + 1] in tk.lex.patronymics and not before[nxt + 1].strip():
                break   # "مدير الديوان الناني ولد اشروقه", "الدكتور مساعد بن محمد": the name starts
            if word in given and (tk.ends_rank(j) or word.startswith("ال")
                                  or (j > i and _is_demonym(tk, j) and not flags[nxt] & _DEFINITE)):
                break   # "العقيد باسم ...", "الخبير الاقتصادي المهدي ...", "المتحدث باسم
                #          الحكومة العراقية باسم العوادي": the name starts
            if flags[j] & _DEFINITE and j not in tk.body_tokens and _place_opens_name(tk, nxt):
                break   # "وزير الداخلية عدن أحمد حاجي": a definite title ends, the name starts
            if word[:1] == "ل" and nxt in place_tokens:
                j = nxt       # "للسلطة الإقليمية لدارفور": a place closes the complement
                continue
            if word[:1] == "ل" and nxt + 1 < ntok and flags[nxt + 1] & _DEFINITE \
                    and not before[nxt + 1].strip() and not flags[nxt] & _STOP:
                j = nxt + 1   # "لحقوق الإنسان": a complement of the title
                continue
            if j > i and _serves_in(tk, nxt):
                j = nxt       # "سفيرة الولايات المتحدة لدى البلاد": where she serves
                continue
            if j > i and word in tk.lex.title_times and nxt + 1 < ntok and not before[nxt + 1].strip():
                j = nxt       # "وزير الخارجية آنذاك علي يوسف الشريف": his title then
                continue
            if j > i and _portfolio(tk, nxt):
                j = nxt + 1   # "وزير الدفاع وشؤون المتقاعدين وأبناء الشهداء": one more portfolio
                continue
            if j > i and tk.is_office(i) and _definite_portfolio(tk, nxt):
                j = nxt + 1   # "وزير الخارجية والتعاون الدولي": one more portfolio with its adjective
                continue
            if not _role_ok(tk, nxt):
                break
            j = nxt
        k, bracketed = j + 1, False
        if k < ntok and before[k].strip() == "(":
            # "رئيس أرض الصومال (غير المعترف بها دولياً) عبد الرحمن …": an aside in brackets
            close = next((n for n in range(k + 1, min(k + 9, ntok)) if ")" in before[n]), None)
            if close is not None and before[close].strip() == ")":
                k, bracketed = close, True
        if k < ntok and k not in covered and (bracketed or before[k].strip(' "') in ("", "،", ",")):
            run = _free_run(_name_run(tk, k, vouched=tk.vouches(j)), covered, org_tokens,
                            place_tokens - {k} if _place_opens_name(tk, k) else place_tokens)
            if run and flags[run[0]] & _RANKMOD and not flags[run[0]] & _RANK:
                run = []    # "… الفريق أول الركن X": a long title's rank goes on, no name starts
            if run and run[-1] + 1 < ntok and (run[-1] + 1 in tk.person_starts or flags[run[-1] + 1] & _GIVEN) \
                    and _quoted(tk, run[0], run[-1]):
                # 'رئيس المجلس الرئاسي لحكومة "تأسيس" محمد حمدان دقلو', 'الباحث في معهد «تشاتام هاوس»
                # أحمد سليمان': a quoted body ends the title, the name comes after it
                k = run[-1] + 1
                run = _free_run(_name_run(tk, k, vouched=tk.vouches(j)), covered, org_tokens, place_tokens)
            elif run and _quoted(tk, run[0], run[-1]) and _ends_with_facility(tk, i, j):
                run = []    # 'قائد السفينة الحربية "رايو"': the quoted name is the vessel's
            # ("وزيرة الدولة للتعاون الدولي لولوة الخاطر": a whole construct title vouches)
            construct = j > i and tk.is_office(i) and not tk.definite(i) and tk.definite(j) \
                and not tk.is_stop(j) and not before[k].strip() and bool(run) \
                and len(run) >= 2 and tk.text(run[0]) not in tk.lex.place_after_bi \
                and not tk.is_head(run[0]) and not tk.is_group_head(run[0]) \
                and any(tk.text(t) in tk.lex.connectors or tk.text(t) in tk.lex.given for t in run[1:])
            # ("وزير الخارجية اليوناني يورغوس جيرابيتريتيس والوفد": an office of a country vouches
            #  for two unknown words that end their phrase)
            national = j > i and tk.is_office(i) and (_is_demonym(tk, j) or j in place_tokens) and not before[k].strip() \
                and len(run) == 2 and (run[-1] + 1 >= ntok or before[run[-1] + 1].strip()
                                       or words[run[-1] + 1][:1] == "و")
            if run and (_accept(tk, run, vouched=tk.vouches(j) or _office_chain(tk, i, j, run[0])
                                or construct or national) or _lone_surname(tk, i, j, run)):
                start, end = doc.tokens[run[0]].start, doc.tokens[run[-1]].end
                found.append(_person(doc, tk, run[0], run[-1], start, end,
                                     doc.original(start, end), subtype="pattern"))
                covered.update(range(run[0], run[-1] + 1))
                i = run[-1] + 1
                continue
        i = j + 1

    # given name + name, vouched for by an apposition or quotes
    for i in tk.where(_GIVEN):
        if i in covered or i in org_tokens:
            continue
        if i > 0 and _soft_gap(tk.gap(i - 1, i)) and _role_ok(tk, i - 1) and not tk.is_stop(i - 1) \
                and (tk.is_complement(i) or tk.is_head(i) or not tk.definite(i - 1)):
            continue   # "المتحدث الرسمي باسم ...": a title's word, not a given name
        run = [t for t in _name_run(tk, i) if t not in covered and t not in place_tokens
               and t not in org_tokens]
        if len(run) < 2 or run != list(range(run[0], run[-1] + 1)):
            continue
        after_verb = run[0] > 0 and _soft_gap(tk.gap(run[0] - 1, run[0])) and any(
            stem in tk.lex.vouching_verbs for stem, _, _ in stems(tk.text(run[0] - 1)))
        if role_after(tk, run[-1]) or _quoted(tk, run[0], run[-1]) or after_verb \
                or _coordinated_demonym(tk, run[0] - 1):
            start, end = doc.tokens[run[0]].start, doc.tokens[run[-1]].end
            found.append(_person(doc, tk, run[0], run[-1], start, end,
                                 doc.original(start, end), subtype="pattern"))
            covered.update(run)

    found += _kin_by_given_name(doc, tk, found, covered | org_tokens | place_tokens)
    found += _kin_by_title(doc, tk, found)
    found += _surname_mentions(doc, tk, found, covered | org_tokens, place_tokens)
    found.sort(key=lambda m: m.start)
    _aides_named_after(doc, tk, found)
    _latest_bearer(found)
    return _fullest_names(doc, found, orgs)


def _kin_by_given_name(doc, tk, found, covered) -> list[Mention]:
    """"بحضور نجليه خالد وصدام", "نجله صدام": given names after a kinship word with a
    pronoun are people bearing the surname of the person named last before it."""
    out = []
    readings = reading_index(doc)
    at = sorted({i for form in _kin_forms() for i in readings.get(form, ())})
    if not at:
        return out
    named = sorted((m for m in found if m.kind == "person" and len(m.name.split()) > 1), key=lambda m: m.end)
    ends = [m.end for m in named]
    for i in at:
        n = bisect_right(ends, doc.tokens[i].start)
        owner = named[n - 1] if n else None
        k = i + 1
        while owner is not None and k < len(doc.tokens) and k not in covered and _soft_gap(tk.gap(k - 1, k)):
            given = tk.words[k].removeprefix("و") if k > i + 1 else tk.words[k]
            if given not in tk.lex.given or (k > i + 1 and not tk.words[k].startswith("و")):
                break
            cut = len(tk.words[k]) - len(given)
            start, end = doc.tokens[k].start + cut, doc.tokens[k].end
            entry = load().person_by_name.get(given + " " + fold(owner.name).split()[-1])    # "خالد حفتر"
            out.append(Mention("person", start, end, k, k, doc.original(start, end),
                               canonical=entry and entry["canonical"], country=(entry or {}).get("country")
                               or owner.country, entity_id=entry and entry["id"], subtype="short"))
            k += 1
    return out


def _kin_by_title(doc, tk, found) -> list[Mention]:
    """"استُقبل نجل المشير خليفة حفتر": a son named only by his father, with no name
    after it, is the last person of the father's surname named before who is not the
    father (here: "صدام حفتر")."""
    out = []
    named_by = [m for m in found if m.kind == "person" and m.inside == "title" and m.name
                and m.role_start is not None and m.first_token < m.last_token
                and tk.text(m.first_token) in tk.lex.kin_by_surname]
    keys = _name_keys(found) if named_by else {}
    for m in named_by:
        nxt = m.last_token + 1
        if nxt < len(doc.tokens) and tk.flags[nxt] & _GIVEN and not tk.gap(m.last_token, nxt).strip(" ،,"):
            continue    # "نجل المشير خليفة حفتر، صدام": his name is told
        surname, father = fold(m.name).split()[-1], keys[id(m)]
        son = max((q for q in found if q.kind == "person" and q.end <= m.role_start and q.name
                   and q.inside != "title" and len(q.name.split()) > 1 and fold(q.name).split()[-1] == surname
                   and keys[id(q)] != father), key=attrgetter("end"), default=None)
        if son is not None:
            start, end = doc.tokens[m.first_token].start, m.end
            out.append(_replaced(son, start=start, end=end, first_token=m.first_token, last_token=m.last_token,
                               role=None, role_start=None, role_end=None, inside=None, subtype="short"))
    return out


@lru_cache(maxsize=1)
def _kin_forms() -> frozenset[str]:
    """A kinship word with a pronoun, folded: "نجله", "نجليه", "شقيقها"."""
    return frozenset(base + dual + pronoun for base in lexicon().kinship
                     for dual in ("", "ي") for pronoun in ("ه", "ها"))


def _latest_bearer(found: list[Mention]) -> None:
    """"التقى … خالد حفتر … ومن المقرر أن يلتقي حفتر …": a listed short form (the
    gazetteer's "حفتر" is Khalifa's) whose owner the text has not named yet names the
    person bearing it who was named in full last before it (his son)."""
    last_full: dict[str, Mention] = {}      # folded last word of a full name -> its latest bearer
    named: set[str] = set()                 # the listed people named so far
    for n, m in enumerate(found):
        if m.kind != "person" or not m.name:
            continue
        words = fold(m.name).split()
        if m.subtype == "short" and m.entity_id and len(words) == 1 and m.entity_id not in named:
            bearer = last_full.get(words[0])
            if bearer is not None and bearer.entity_id != m.entity_id:
                found[n] = _replaced(m, entity_id=bearer.entity_id, canonical=bearer.canonical,
                                     country=bearer.country or m.country,
                                     extra={**m.extra, "short_of": bearer.name})
            named.add(found[n].entity_id or "")
        elif len(words) > 1 and m.inside != "title":
            last_full[words[-1]] = m
        if m.entity_id and m.subtype != "short":
            named.add(m.entity_id)


def _aides_named_after(doc: Document, tk: _Tokens, found: list[Mention]) -> None:
    """"كبير مستشاري الرئيس الأميركي دونالد ترامب، مسعد بولس": a title held for someone
    ends with that someone's name; the untitled name after a comma holds the title (from
    its first word to the owner's name), and the owner, inside it, is no one's party."""
    for n in range(len(found) - 1):
        owner, aide = found[n], found[n + 1]
        if owner.role is None or owner.role_start is None or owner.role_start >= owner.start \
                or owner.inside or aide.role is not None or aide.inside not in (None, "title"):
            continue
        between = doc.norm[owner.end:aide.start]
        rest = between.rstrip().rstrip("،,").strip()
        if between.strip()[-1:] in ("،", ","):
            if aide.inside or rest and not _lam_complement(rest):
                continue    # (", " alone, or a complement first: "ترامب للشؤون الأفريقية، مسعد بولس")
        elif not _aide_complement(rest) or aide.inside and not rest:
            continue    # no comma: "مبعوث الرئيس بوتين (إلى الشرق الأوسط وأفريقيا) ميخائيل بوغدانوف",
            # where the complement's last word ("وأفريقيا") looked like the aide's owner
        if not _aide_title(tk.lex, fold(owner.role).split()):
            continue
        found[n] = _replaced(owner, inside="title")
        end = owner.end + (len(between) - len(between.lstrip()) + len(rest) if rest else 0)
        role = doc.original(owner.role_start, end)
        found[n + 1] = _replaced(aide, role=role, role_start=owner.role_start, role_end=end, inside=None,
                                 first_token=owner.first_token,
                                 country=aide.country or _country_from(tk, owner.role_start, end))


def _aide_complement(rest: str) -> bool:
    """What may stand between an aide's title, ended by its holder's name, and the aide's own
    name with no comma: nothing, "الخاص", a "ل" complement ("للشؤون الأفريقية") or an "إلى"
    one ("إلى الشرق الأوسط وأفريقيا"), a few words of letters only (folded text)."""
    words = rest.split()
    if words[:1] in (["الخاص"], ["الخاصه"]):
        words = words[1:]
    if not words:
        return True
    return _lam_complement(" ".join(words)) or (
        words[0] == "الي" and len(words) <= 4 and "".join(words).isalpha())


def _lam_complement(text: str) -> bool:
    """"للشؤون الأفريقية": a complement with ل of at most three words, letters only."""
    return text[:1] == "ل" and len(text.split()) <= 3 and text.replace(" ", "").isalpha()


def _aide_title(lex: Lexicon, words: list[str]) -> bool:
    """Is the title an aide's, held for the holder of an office named after it ("مستشار
    الرئيس", "المبعوث الخاص للأمين العام"), not the office itself ("مستشار الأمن القومي")?"""
    k = 1 if words[:1] in (["كبير"], ["كبيره"]) else 0
    if k >= len(words):
        return False
    head = words[k].removeprefix("و")
    if head in lex.aides or head.removeprefix("ال") in lex.aides:
        k += 1
    elif k + 1 < len(words) and " ".join((head, words[k + 1])) in lex.aides:
        k += 2
    else:
        return False
    return any(s in lex.offices or s.removeprefix("ال") in lex.offices
               for w in words[k:] for s, _, _ in stems(w))


def _kin_of_named(doc: Document, tk: _Tokens, i: int) -> bool:
    """Is token ``i`` a kinship word whose relative is the one named after it ("نجل
    المشير X": X is the father)?  Not with a pronoun ("لشقيقه الفريق صدام": his brother,
    the one named), which folding makes look like "شقيقة"."""
    tok = doc.tokens[i]
    pronoun = doc.original(tok.start, tok.end).endswith("ه")
    return any(stem in tk.lex.kinship and not (pronoun and stem in _kin_forms()) for stem, _, _ in stems(tk.text(i)))


def _possessor(tk: _Tokens, i: int) -> bool:
    """"مبعوث بوتين", "نجل حفتر", "حكومة الدبيبة": the person owns the title before it."""
    j = i - 1
    if j < 0 or tk.gap(j, i).strip() or tk.definite(j) or tk.ends_rank(j):
        return False
    if tk.text(j)[:1] in "بل" and _flags(tk.text(j)[1:]) & (_HEAD | _COMPLEMENT):
        return False   # "برئاسة X", "بقيادة X": headed by X, X is a party
    if tk.text(j)[:1] == "و" and not tk.is_head(j):
        return False   # "المبعوث الخاص للشرق الأوسط وإفريقيا X": the end of a title chain, X holds it
    return (tk.is_head(j) or tk.is_complement(j)) and tk.text(j) not in _PREPOSITIONS


def _given_before(tk: _Tokens, m: Match, entry: dict) -> int | None:
    """The first token of the person's name around the listed short form ``m``:
    ``m.first`` itself; an earlier token when the given names before it are his
    own ("بدر أحمد عبد العاطي"); None when a given name he does not bear comes
    right before it, so the name is a namesake's ("محمد عبد العاطي")."""
    j = m.first - 1
    doc = tk.doc
    if j < 0 or m.start != doc.tokens[m.first].start or not _soft_gap(tk.gap(j, m.first)):
        return m.first
    firsts = _first_names(entry["id"])
    if (not tk.flags[j] & _GIVEN and j > 0 and tk.text(j - 1) in firsts and _soft_gap(tk.gap(j - 1, j))
            and tk.text(j).isalpha() and not tk.is_stop(j) and not tk.definite(j) and not tk.is_head(j)):
        return j - 1    # "موسى صالاو بارمو": his own first name, a middle name spelt otherwise
    if not tk.flags[j] & _GIVEN or tk.is_stop(j):
        return m.first
    k = j
    while k >= 0 and j - k < 3:
        if tk.text(k) in firsts:
            return k
        if k == 0 or not _soft_gap(tk.gap(k - 1, k)) or not tk.flags[k - 1] & _GIVEN:
            break
        k -= 1
    return None


def _extra_given(tk: _Tokens, m: Match, covered: set[int]) -> bool:
    """Is the token before the listed full name ``m`` one more given name of his,
    right after a title ("رئيس الوزراء محمد شهباز شريف")?"""
    j = m.first - 1
    return j > 0 and m.start == tk.doc.tokens[m.first].start and j not in covered and j not in tk.org_tokens \
        and _soft_gap(tk.gap(j, m.first)) and bool(tk.flags[j] & _GIVEN) and not tk.is_stop(j) \
        and role_before(tk, j) is not None


def _namesakes_tail(tk: _Tokens, m: Match) -> bool:
    """"وزير الدفاع تيني بيراهيما واتارا", "الجنرال داودا تراوري": a listed short form
    after one or two unlisted names that follow a title ends a namesake's name
    (but not after a spelling of his own first name: "الرئيس فلادمير بوتين")."""
    j = m.first - 1
    if j < 0 or m.start != tk.doc.tokens[m.first].start or not _soft_gap(tk.gap(j, m.first)) \
            or tk.flags[j] & (_GIVEN | _RANKMOD) or not _bare_name_word(tk, j):   # ("الفريق أول X")
        return False
    firsts = _first_names(m.payload[0]["id"])
    if role_before(tk, j) is not None:
        return not any(SequenceMatcher(None, tk.text(j), own).ratio() >= 0.7 for own in firsts)
    return j > 0 and _soft_gap(tk.gap(j - 1, j)) and _bare_name_word(tk, j - 1) \
        and role_before(tk, j - 1) is not None \
        and tk.text(j - 1) not in firsts    # ("موسى صالاو بارمو": his)


def _coordinated_demonym(tk: _Tokens, j: int) -> bool:
    """"وزيري الخارجية المصري X والصومالي Y": a demonym after و right before a name,
    the second of a dual title."""
    if j < 1 or tk.text(j)[:1] != "و" or not _soft_gap(tk.gap(j, j + 1)):
        return False
    tok = tk.doc.tokens[j]
    k = bisect_left(tk.demonym_starts, tok.start)
    return k < len(tk.demonyms) and tk.demonyms[k].start <= tok.start + 1 and tk.demonyms[k].end == tok.end


def _is_demonym(tk: _Tokens, j: int) -> bool:
    """Is token ``j`` a demonym ("العراقية"), which closes a title?"""
    tok = tk.doc.tokens[j]
    k = bisect_left(tk.demonym_starts, tok.start)
    return k < len(tk.demonyms) and tk.demonyms[k].start == tok.start and tk.demonyms[k].end == tok.end


def _bare_name_word(tk: _Tokens, k: int) -> bool:
    """Could token ``k`` be an unlisted word of a name: no article, title, function word?"""
    return tk.text(k).isalpha() and not tk.is_stop(k) and not tk.definite(k) and not tk.is_head(k) \
        and k not in tk.place_tokens and k not in tk.person_starts


@lru_cache(maxsize=None)
def _first_names(entity_id: str) -> frozenset[str]:
    entry = load().person_by_id[entity_id]
    return frozenset(fold(n).split()[0] for n in entry.get("names", []) if n.split())


def _weak(doc: Document, tk: _Tokens, gaz, m: Match) -> bool:
    """A short form that is also a common word, with no title to vouch for it and no listed
    person joined to it by "و" ("القمة التي جمعت الشرع وبوتين")."""
    key = tuple(doc.words[m.first:m.last + 1])
    return key in gaz.weak_short and role_before(tk, m.first) is None and not _paired(tk, m.first, m.last)


def _paired(tk: _Tokens, first: int, last: int) -> bool:
    """Is the name at tokens first..last joined by "و" to a listed person right before or after?"""
    words, before = tk.words, tk.before
    nxt = last + 1
    if nxt < len(words) and nxt in tk.person_starts and words[nxt].startswith("و") and _soft_gap(before[nxt]):
        return True
    return first > 0 and first - 1 in tk.person_ends and words[first].startswith("و") and _soft_gap(before[first])


def _closed_by_comma(tk: _Tokens, name: int) -> bool:
    """"المتحدث باسم البنتاغون، بات رايدر،": a name between two commas."""
    run = _name_run(tk, name)
    after = tk.doc.norm[tk.doc.tokens[run[-1]].end:tk.doc.tokens[run[-1]].end + 2] if run else ""
    return bool(run) and 2 <= len(run) <= 3 and after.strip()[:1] in ("،", ",")


def _ends_with_facility(tk: _Tokens, first: int, last: int) -> bool:
    """Does the title chain first..last end with a facility or vessel and its adjectives
    ("قائد السفينة الحربية الإسبانية", "آمر القاعدة الجوية"), no title word after it?"""
    for k in range(last, first, -1):
        if tk.words[k] in tk.lex.facility_nouns:
            return True
        if tk.is_head(k) or not tk.definite(k):
            return False
    return False


def _office_chain(tk: _Tokens, first: int, last: int, name: int) -> bool:
    """"وزير الإعلام جراهام ...": an office with its complement vouches for a name
    that does not look like a verb ("يبحث") or a feminine noun ("خطة")."""
    closed = tk.definite(last) or last in tk.place_tokens   # "السفير الإيطالي لدى ليبيا X"
    if not (closed and any(tk.is_office(k) for k in range(first, last + 1))):
        return False
    if tk.gap(last, name).strip() and not _closed_by_comma(tk, name):
        return False   # "رئيس الدولة، اتصالاً": a comma closes the apposition
    word = tk.doc.tokens[name]
    written = tk.doc.original(word.start, word.end)
    return word.text in tk.lex.given or not (
        written.endswith(("ة", "ً")) or word.text.startswith("ي"))


def _lone_surname(tk: _Tokens, first: int, last: int, run: list[int]) -> bool:
    """"الوزير المالطي كاميليري، أمس": one unlisted word right after a title ended by a
    demonym is a surname only where his phrase plainly ends with it (a comma or the end
    of the clause, or a verb of saying or meeting next), and when no list knows it as a
    verb, a given name or a feminine noun ("الرئيس الروسي يلتقي", "الوزير المصري أمس")."""
    if len(run) != 1 or last == first or not _is_demonym(tk, last) or tk.before[run[0]].strip():
        return False
    k = run[0]
    if tk.flags[k] & (_GIVEN | _STOP | _DEFINITE | _HEAD | _COMPLEMENT) or len(tk.words[k]) < 3 \
            or any(s in tk.lex.vouching_verbs for s, _, _ in stems(tk.words[k])):
        return False
    tok = tk.doc.tokens[k]
    if tk.doc.original(tok.start, tok.end).endswith(("ة", "ً")) or tk.words[k].endswith("ا"):
        return False    # "دعوةً", "احتجاجًا", "رسميا": a noun or an adverb
    nxt = k + 1
    if nxt >= len(tk.words) or tk.before[nxt].strip(' "')[:1] in ("،", ",", ".", ":", "؛"):
        return True
    return not tk.before[nxt].strip() and any(s in tk.lex.vouching_verbs for s, _, _ in stems(tk.words[nxt]))


def _accept(tk: _Tokens, run: list[int], vouched: bool) -> bool:
    quoted = _quoted(tk, run[0], run[-1])
    if quoted:
        return True
    if len(run) < 2:
        return False
    return vouched or tk.text(run[0]) in tk.lex.given


def _person(doc, tk, first, last, start, end, name, entry=None, subtype=None, taken=(), known=None) -> Mention:
    role, rs, re_ = None, None, None
    span_first, span_last = first, last
    rb = role_before(tk, first)
    if rb and any(k in taken for k in range(rb[0], rb[1] + 1)):
        rb = None   # "الرئيس الشرع والشطري": the title is the named man's before him
    if rb and doc.norm[doc.tokens[first].start:start].startswith("و"):
        rb = None   # "ولي العهد وشهباز شريف": the title before "و" is someone else's
    known = entry.get("country") if entry else known     # the country of the person named
    if rb and known and _country_from(tk, tk.doc.tokens[rb[0]].start, tk.doc.tokens[rb[1]].end) not in (None, known):
        rb = _rank_after_demonym(tk, rb, known)
        # "التقى الوزير اليوناني بلقاسم حفتر": a Greek title is not a Libyan's; "التقى الرئيس
        # الصومالي الفريق أول صقر": the Egyptian's title is his rank, the president is another man
    office_before = bool(rb) and any(tk.is_office(k) for k in range(rb[0], rb[1] + 1))
    styled = bool(rb) and any(tk.flags[k] & _STYLE for k in range(rb[0], rb[1] + 1)) \
        and not office_before
    ra = role_after(tk, last, styled=styled)
    extra = {}
    if rb and not office_before and ra:
        if styled:   # "معالي الشيخ": kept for "معاليه" later
            extra["style"] = _role_text(doc, tk, rb[0], rb[1])[0]
        rb = None   # "اللواء أحمد المسماري الناطق باسم الأخير": the office says more than the rank
    if rb or ra:
        a, b = rb or ra
        role, rs, re_ = _role_text(doc, tk, a, b)
        span_first, span_last = min(first, a), max(last, b)
    country = entry.get("country") if entry else _country_from(tk, rs, re_)
    return Mention("person", start, end, span_first, span_last, name.strip('"'), role, rs, re_,
                   canonical=entry.get("canonical") if entry else None, country=country,
                   entity_id=entry.get("id") if entry else None, subtype=subtype, extra=extra)


def _rank_after_demonym(tk: _Tokens, rb: tuple[int, int], country: str) -> tuple[int, int] | None:
    """The part of title chain ``rb`` that starts with a rank right after a demonym, when
    it names no other country than ``country`` (else None)."""
    for r in range(rb[0] + 1, rb[1] + 1):
        if tk.is_rank(r) and _is_demonym(tk, r - 1):
            own = _country_from(tk, tk.doc.tokens[r].start, tk.doc.tokens[rb[1]].end)
            return (r, rb[1]) if own in (None, country) else None
    return None


def _country_from(tk: _Tokens, start: int | None, end: int | None) -> str | None:
    """The country of the first demonym inside norm ``[start, end)`` (a role's)."""
    if start is None:
        return None
    # the demonyms are in text order and disjoint, so their ends grow with their starts:
    # when the first one starting at or after ``start`` ends after ``end``, so do the rest
    k = bisect_left(tk.demonym_starts, start)
    if k < len(tk.demonyms) and tk.demonyms[k].end <= end:
        return tk.demonyms[k].country
    return None


def _surname_mentions(doc, tk, found, covered, place_tokens) -> list[Mention]:
    """Later mentions of a person by the last word of a full name seen before
    ("ماهر الدرسي ... وأكد الدرسي"), for people the gazetteer gives no short form."""
    gaz = load()
    by_surname: dict[str, Mention] = {}
    titled: dict[str, Mention] = {}   # surnames that are given names too: only after a title
    placed: dict[str, Mention] = {}   # surnames that are place names too: never after a locative
    keys = _name_keys(found)
    bearers: dict[str, set] = {}    # first word of a full name -> the people who bear it
    house: dict[str, set] = {}      # a ruling house's name ending a full name -> its bearers
    for m in found:
        words = doc.tokens_between(m.start, m.end)
        if m.kind == "person" and len(words) >= 2:
            bearers.setdefault(words[0].text, set()).add(keys[id(m)])
            if words[-1].text in tk.lex.shared_surnames:
                house.setdefault(words[-1].text, set()).add(keys[id(m)])
    for m in found:
        entry = gaz.person_by_id.get(m.entity_id) if m.entity_id else None
        if m.subtype not in ("pattern", "full") or (entry and entry.get("short")):
            continue
        words = doc.tokens_between(m.start, m.end)
        last = words[-1].text if words else ""
        family = len(words) >= 3 and words[-2].text in tk.lex.connectors   # "آل صادق"
        if len(words) >= 2 and len(last) >= 3 and last not in tk.lex.tails \
                and last not in tk.lex.stop:
            if words[-1].index in place_tokens:     # "توم براك" … "مع براك", not "إلى براك"
                if m.entity_id:
                    placed.setdefault(last, m)
            elif last in tk.lex.shared_surnames:   # "الفريق الركن النعيمي": after a title, if one bears it
                if len(house.get(last, ())) == 1:
                    titled.setdefault(last, m)
            elif last not in tk.lex.given or family:
                by_surname.setdefault(last, m)
            else:   # "قيس سعيد ... بالرئيس سعيد", but not any later "سعيد"
                titled.setdefault(last, m)
        first_word = words[0].text if words else ""
        if len(words) >= 2 and len(first_word) >= 4 and first_word not in tk.lex.connectors \
                and first_word not in tk.lex.stop and not tk.flags[words[0].index] & (_HEAD | _GROUP) \
                and words[0].index not in place_tokens and not first_word.startswith("ال"):
            # "موهوزي كاينيروغابا ... وكان موهوزي قد": the given name he is called by,
            # unless two people of the text bear it
            if len(bearers.get(first_word, ())) == 1 and first_word not in by_surname:
                titled.setdefault(first_word, m)
    nicknames: set[int] = set()
    for m in found:     # "عبد الرحمن محمد عبد الله «عرو»": the nickname he is called by later
        if m.kind == "person" and m.subtype in ("pattern", "full") and m.last_token + 1 < len(doc.tokens):
            k = m.last_token + 1
            word = tk.text(k)
            if tk.gap(k - 1, k).strip() == '"' and k + 1 <= len(doc.tokens) and len(word) >= 3 \
                    and (k + 1 == len(doc.tokens) or tk.gap(k, k + 1).strip()[:1] == '"') \
                    and word not in tk.lex.stop and word not in tk.lex.given:
                titled.setdefault(word, m)
                nicknames.add(k)
    out = _repeated_names(doc, tk, found, covered)
    covered = covered | nicknames | {i for m in out for i in range(m.first_token, m.last_token + 1)}
    if not by_surname and not titled and not placed:
        return out
    readings = reading_index(doc)
    surnames = by_surname.keys() | titled.keys() | placed.keys()
    for i in sorted({i for surname in surnames for i in readings.get(surname, ())}):
        tok = doc.tokens[i]
        if i in covered:
            continue
        for stem, cut, _ in stems(tok.text):
            owner = by_surname.get(stem)
            if owner is None and stem in titled and (cut == 0 and (role_before(tk, i) or _ends_name(
                    tk, i, surnames)) or _after_lam_voucher(tk, i, cut)):
                owner = titled[stem]
            if owner is None and stem in placed and cut == 0 and not _after_word_in(doc, i, gaz.place_only_preps):
                owner = placed[stem]
            if owner is not None and owner.start < tok.start:
                first, start = i, tok.start + cut
                if cut == 0 and i > 0 and i - 1 not in covered and _soft_gap(tk.gap(i - 1, i)) \
                        and tk.text(i - 1) in tk.lex.connectors \
                        and tk.text(i - 1) in (t.text for t in doc.tokens_between(owner.start, owner.end)):
                    first, start = i - 1, doc.tokens[i - 1].start   # "آل صادق", "ولد الشيخ"
                if i > 0 and tk.gap(i - 1, i) == "-" and i - 1 not in covered \
                        and tk.text(i - 1) in (t.text for t in doc.tokens_between(owner.start, owner.end)):
                    first, start = i - 1, doc.tokens[i - 1].start   # "سالاي-بوبروفنيتسكي"
                person = _person(doc, tk, first, i, start, tok.end, doc.original(start, tok.end),
                                 subtype="short", taken=covered, known=owner.country)
                out.append(_replaced(person, entity_id=owner.entity_id, canonical=owner.canonical,
                                     country=owner.country or person.country,
                                     extra={**person.extra, "short_of": owner.name}))
                break
    return out


def _after_lam_voucher(tk: _Tokens, i: int, cut: int) -> bool:
    """"سبق لصدام أن": the reading of token ``i`` without its ل, after a word that vouches for it."""
    return cut == 1 and tk.text(i)[:1] == "ل" and i > 0 and _soft_gap(tk.gap(i - 1, i)) \
        and tk.text(i - 1) in tk.lex.lam_vouchers


def _after_word_in(doc: Document, i: int, words: frozenset) -> bool:
    """Does one of ``words`` (any reading of it: "وفي", "بمدينة") stand right before token
    ``i``, with nothing but spaces between ("في براك", "إلى مالي")?"""
    if i == 0 or doc.norm[doc.tokens[i - 1].end:doc.tokens[i].start].strip():
        return False
    return any(stem in words for stem, _, _ in stems(doc.words[i - 1]))


def _repeated_names(doc, tk, found, covered) -> list[Mention]:
    """"وزير الدفاع الصيني دونغ جون ... عقد دونغ جون": an unlisted full name said
    again later with nothing to vouch for it."""
    names: dict[tuple, Mention] = {}
    for m in found:
        if m.subtype == "pattern" and not m.entity_id:
            words = tuple(t.text for t in doc.tokens_between(m.start, m.end))
            if len(words) >= 2:
                names.setdefault(words, m)
    out: list[Mention] = []
    if not names:
        return out
    readings = reading_index(doc)
    taken = set(covered)
    for words, owner in names.items():
        for i in readings.get(words[0], ()):
            last = i + len(words) - 1
            toks = doc.tokens
            if i in taken or last >= len(toks) or toks[i].start <= owner.start \
                    or tuple(toks[k].text for k in range(i, last + 1)) != words \
                    or any(k in taken or not _soft_gap(tk.gap(k - 1, k)) for k in range(i + 1, last + 1)):
                continue
            person = _person(doc, tk, i, last, toks[i].start, toks[last].end,
                             doc.original(toks[i].start, toks[last].end), subtype="pattern")
            out.append(person)
            taken.update(range(i, last + 1))
    return out


def _ends_name(tk: _Tokens, i: int, names=()) -> bool:
    """Is token ``i`` a name on its own: punctuation, a function word or another of
    the ``names`` after و after it ("التقت سعيد آخر مرة", "جمع صقر وديندياس"), not
    the start of someone else's full name?  A title that vouches for a name after it
    starts another person ("والتقى باراك الرئيس السوري", "بنظيره", "وزير الخارجية")."""
    k = i + 1
    if k >= len(tk.doc.tokens) or not _soft_gap(tk.gap(i, k)) or tk.is_stop(k) or tk.vouches(k) or tk.is_office(k):
        return True
    nxt = tk.text(k)
    return nxt[:1] == "و" and nxt[1:] in names


def _fullest_names(doc: Document, found: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """Name every mention of a person by the fullest form in the document."""
    fullest: dict[str, str] = {}
    keys = _name_keys(found)
    for m in found:
        key = keys[id(m)]
        if len(m.name.split()) > len(fullest.get(key, "").split()):
            fullest[key] = m.name
    out = []
    # the organisations are in text order and do not overlap: the one that may hold a
    # mention is the last one starting at or before it
    org_starts = [o.start for o in orgs]
    for m in found:
        key = keys[id(m)]
        k = bisect_right(org_starts, m.start) - 1
        inside = "organization" if k >= 0 and m.end <= orgs[k].end else m.inside
        name = fullest.get(key, m.name)
        out.append(m if (name, inside) == (m.name, m.inside) else _replaced(m, name=name, inside=inside))
    return out


def _name_keys(found: list[Mention]) -> dict[int, str]:
    """Which person each mention names: its entity, the name it shortens, else its
    name; an unlisted name that ends a longer one said in the same text ("عبد
    العاطي" and "محمد عبد العاطي") names the same person."""
    keys: dict[int, str] = {}
    tails: dict[tuple[str, ...], str] = {}     # the proper tails of the names -> their person
    for m in found:
        if m.subtype == "pattern" and not m.entity_id:
            words = tuple(m.name.split())
            for n in range(1, len(words)):
                tails.setdefault(words[n:], m.name)
    for m in found:     # ("السفير آل جابر يلتقي ..." in a headline, the full name below)
        key = m.entity_id or m.extra.get("short_of") or m.name
        if m.subtype == "pattern" and not m.entity_id:
            key = tails.get(tuple(m.name.split()), key)
        keys[id(m)] = key
    return keys


# ------------------------------------------------------------------ groups

def groups(doc: Document) -> list[Mention]:
    """Unnamed parties: "مسؤولين بوزارة الدفاع الروسية", "الوفد المرافق له"."""
    if "groups" not in doc.cache:
        doc.cache["groups"] = _find_groups(doc)
    return doc.cache["groups"]


def _find_groups(doc: Document) -> list[Mention]:
    tk = _tokens(doc)
    taken = {i for m in people(doc) for i in range(m.first_token, m.last_token + 1)}
    in_org = tk.org_tokens
    out, ntok, heads = [], len(doc.tokens), tk.where(_GROUP)
    k = 0
    while k < len(heads):
        i = heads[k]
        k += 1
        if i in taken or i in in_org:
            continue
        if i > 0 and _soft_gap(tk.gap(i - 1, i)) and not tk.definite(i - 1) and (tk.is_head(i - 1) or (
                tk.is_complement(i - 1) and tk.text(i - 1) not in _PREPOSITIONS)):
            continue   # "مجلس الوزراء", "رئيس الوفد": part of a title or an institution
        first = i
        if i > 0 and tk.is_quantifier(i - 1) and _soft_gap(tk.gap(i - 1, i)):
            first = i - 1
        elif i > 1 and tk.text(i - 1) == "من" and tk.is_quantifier(i - 2):
            first = i - 2
        j = i
        while j + 1 < ntok and j - i < 6 and _soft_gap(tk.gap(j, j + 1)) and (j + 1) not in taken:
            nxt = j + 1
            if nxt in in_org or tk.is_modifier(nxt):
                j = nxt
                continue
            if tk.text(nxt)[:1] == "و":
                if tk.is_group_head(j) and tk.is_group_head(nxt) and not tk.definite(nxt):
                    j = nxt   # "نظار وعمد": one party of two kinds
                    continue
                break   # "وبعض الإدارات": the next party
            if tk.text(nxt) in _PREPOSITIONS and nxt + 1 not in in_org:
                break   # "نظراءه العرب في القاهرة": the place is the meeting's, not the group's
            if tk.is_complement(nxt) or (tk.definite(nxt) and not tk.is_stop(nxt)):
                j = nxt
                continue
            break
        while j > i and not tk.is_modifier(j) and (tk.is_stop(j) or tk.text(j)[:1] in "بل"):
            j -= 1   # "وفد من" -> "وفد", "وفد برئاسة" -> "وفد"
        start = doc.tokens[first].start + _proclitic(tk, first)
        end = doc.tokens[j].end
        out.append(Mention("group", start, end, first, j, None, doc.original(start, end),
                           start, end, subtype="group"))
        k = bisect_right(heads, j, lo=k)   # go on after the phrase
    return out


# ------------------------------------------------------------------ organisations, places

def organisations(doc: Document) -> list[Mention]:
    """Bodies the gazetteer knows, but not one that names a facility: "معسكر «تركسوم»"
    is the camp, not the body (``org_names``: every match, for the title chains)."""
    if "orgs" not in doc.cache:
        found = doc.cache["org_names"] = load().org_matcher.find(doc)
        doc.cache["orgs"] = [
            Mention("organization", m.start, m.end, m.first, m.last, m.surface(doc),
                    canonical=m.payload.get("canonical"), country=m.payload.get("country"),
                    entity_id=m.payload.get("id"), subtype=m.payload.get("kind"))
            for m in found if not _after_facility(doc, m)]
    return doc.cache["orgs"]


def _after_facility(doc: Document, m: Match) -> bool:
    """Is the body named right after a facility noun, in construct ("معسكر «تركسوم»",
    "قاعدة الناتو"): the facility's name or owner, never a party of its own?"""
    i = m.first - 1
    if i < 0 or m.start > doc.tokens[m.first].start or doc.gaps[m.first].strip(' "«»“”\''):
        return False    # (with a proclitic, "قاعدة للناتو", or after a comma: another phrase)
    return any(s in lexicon().named_facilities for s, _, _ in stems(doc.words[i]))


def places(doc: Document) -> list[Mention]:
    """Places the gazetteer knows; a name that is also a common word ("دعم مالي")
    counts only in a place's context ("في مالي", "جمهورية مالي", "بمالي")."""
    if "places" not in doc.cache:
        gaz = load()
        found = gaz.place_matcher.find(doc)
        keep = [_place(doc, m) for m in found if _placed(doc, gaz, m, found)]
        doc.cache["places"] = sorted(keep + _capitals(doc, gaz, found), key=lambda p: p.start)
    return doc.cache["places"]


def _capitals(doc: Document, gaz, found: list[Match]) -> list[Mention]:
    """"العاصمة الروسية" with no name after it is Moscow, through the demonym."""
    named_next = {m.first for m in found}
    out = []
    for d in demonyms(doc):
        i = d.first_token - 1
        if i < 0 or gaz.capital_words.isdisjoint(reading_words(doc.words[i])):
            continue   # (most demonyms: the word before is no "العاصمة")
        if doc.norm[doc.tokens[i].end:d.start].strip() or d.last_token + 1 in named_next:
            continue
        stem = next((s for s, _, _ in stems(doc.tokens[i].text) if s in gaz.capital_words), None)
        capital = gaz.capitals.get(d.country)
        if stem is None or capital is None:
            continue
        cut = next(c for s, c, _ in stems(doc.tokens[i].text) if s == stem)
        start = doc.tokens[i].start + cut
        out.append(Mention("place", start, d.end, i, d.last_token, doc.original(start, d.end),
                           canonical=capital.get("canonical"), country=d.country,
                           entity_id=capital.get("id"), lat=capital.get("lat"),
                           lon=capital.get("lon"), subtype="capital"))
    return out


def _placed(doc: Document, gaz, m: Match, found: list[Match]) -> bool:
    key = tuple(doc.words[m.first:m.last + 1])
    if key not in gaz.ambiguous_places or m.start > doc.tokens[m.first].start:
        return True   # unambiguous, or carries a ب/ل/و proclitic
    if _after_word_in(doc, m.first, gaz.locatives):
        return True
    return any(o is not m and (o.last == m.first - 1 or o.first == m.last + 1) for o in found)


def demonyms(doc: Document) -> list[Mention]:
    """Adjectives of nationality ("الروسي", "الليبية"), each with its country."""
    if "demonyms" not in doc.cache:
        doc.cache["demonyms"] = [_place(doc, m) for m in load().demonym_matcher.find(doc)]
    return doc.cache["demonyms"]


def _place(doc: Document, m: Match) -> Mention:
    e = m.payload
    return Mention("place", m.start, m.end, m.first, m.last, m.surface(doc),
                   canonical=e.get("canonical"), country=e.get("country"), entity_id=e.get("id"),
                   lat=e.get("lat"), lon=e.get("lon"), subtype=e.get("kind"))


def in_title(doc: Document, mention: Mention) -> bool:
    """Is ``mention`` part of a person's title ("رئيس أركان القوات المسلحة المصرية
    الفريق أحمد خليفة": the armed forces are his title, not a party)?"""
    roles = doc.cache.get("role_spans")
    if roles is None:       # the roles' starts, and the furthest end of a role starting so far
        spans = sorted((p.role_start, p.role_end) for p in people(doc) if p.role_start is not None)
        roles = doc.cache["role_spans"] = ([s for s, _ in spans], list(accumulate((e for _, e in spans), max)))
    starts, reach = roles
    k = bisect_right(starts, mention.start) - 1
    if k < 0:
        return False
    end = reach[k]
    return mention.end <= end or (   # (or right after it in quotes: 'قائد القيادة … "أفريكوم"')
        0 <= mention.start - end <= 3 and not doc.norm[end:mention.start].strip(' "«»'))
