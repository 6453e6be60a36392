"""Military sites: one record per fixed military installation a document names.

Data: ``data/sites.jsonl`` (the site gazetteer, each entry with its source),
``data/site_cues.json`` (head words, qualifiers, placement cues, container
words), and the shared ``orgs.jsonl`` (armed groups and armies) and
``places.jsonl`` (countries, capitals, demonyms) for the forces.

What is a site
    1. A gazetteer name.  Names with a head word or a type qualifier
       ("قاعدة الجفرة", "مطار القامشلي العسكري", "الكلية الجوية مصراتة") always
       count.  A bare name ("الجفرة", "الخروبة") counts alone only when the
       entry lists it under ``standalone`` (names that mean nothing but the
       base: "حميميم", "الوطية", "الرجمة", "عين الأسد"), or once the same site
       was introduced with a head word earlier in the text.  A bare name right
       after a city, region or battle word ("مدينة", "منطقة", "معركة", "ذكرى" ...),
       or coordinated under one ("مدينتي سرت والجفرة"), is never a site.  So
       "سرت" alone, "معركة القرضابية" and ships ("حاملة الطائرات الأميرال
       كوزنتسوف") give none.
    2. A head word and a name: "قاعدة/مطار/ميناء/معسكر X".  X is looked up among
       the gazetteer's bare names (head words and qualifiers stripped from every
       listed name), taking the entry whose type fits the head and qualifier
       ("ميناء طبرق" the port, "قاعدة طبرق البحرية" the naval base).  An X the
       gazetteer does not know makes a site only when something makes it
       military: "قاعدة X الجوية/البحرية/العسكرية", "قاعدة جوية X", "قاعدة X
       الروسية", "مطار X العسكري", "معسكر X" (a proper name); a plain "قاعدة X"
       (one word of name, two after "عين/تل/أم ...", not an adjective in ة) is
       only weak, see 3.  "القاعدة
       الروسية/الجوية في X" (definite head, adjective, place) is a site, "... في
       سوريا" (a country) is not.  Bases named by a number ("القاعدة الجوية
       201") take the gazetteer entry with that number (in one of its names, or its
       ``number`` field when two bases share it), the place after it or an earlier
       mention deciding between two, and are named by the number, not the place
       ("القاعدة الجوية 201 في أغاديز" is "القاعدة الجوية 201"); a number right after a
       name and its qualifiers ends the name and picks the listed base of that number in the
       same country ("قاعدة باماكو الجوية 101").  Headquarters: "مقر القيادة العامة",
       "مقر قيادة X", "المقر العسكري لـX", "مقر <force>"; "مقره/مقر القيادة العامة
       في <gazetteer site>" is that site, and so is a described facility "منشأة
       بحرية/قاعدة جوية في <listed site or named port/airport>" ("منشأة بحرية في
       ميناء طرطوس" is Tartus, named "ميناء طرطوس"; "قاعدة عسكرية روسية في
       بورتسودان" is named as written, never by the city alone).  A place that is itself "ميناء/مطار X" ends with
       its name ("القاعدة البحرية الفرنسية في ميناء زايد"), not at the head word.
       "غرفة عمليات X" counts only when placed ("... في/ب Y").  A ministry's seat ("مقر وزارة
       الدفاع") counts only with a force placed there (as a meeting place it is none).
    3. Airports and ports that are mainly civilian (entries flagged ``civil``,
       unknown "مطار X"/"ميناء X" without "العسكري", and unknown plain "قاعدة X"
       such as "قاعدة ميناكا") are kept only when a
       force is placed there or their sentence is military (forces, bases,
       warships ...): "وصل إلى مطار بنينا" alone is no site.  One called commercial
       ("مرفأ طرطوس التجاري") is not the naval base of its city and needs a force.

    Not emitted (the guideline makes them optional): unnamed sites described in
    general terms ("قاعدة عسكرية هناك", "قاعدة جوية وبحرية ... بالقرب من
    بنغازي"), plurals without names ("قواعد أخرى"), "القاعدة" alone (also
    al-Qaeda).  A dual or plural head followed by gazetteer names ("قاعدتي
    حميميم وطرطوس", "قواعد التنف والشدادي ورميلان") gives one site per name, up
    to ``MAX_LISTED``, the list ending at the first name the gazetteer lacks; a
    listed name that is only a city's ("مطاري طرابلس ومصراتة") gives none.  A
    definite head with a type adjective and a relative clause that places a force
    ("القاعدة البحرية التي تتخذها البحرية X مقرا") is a site named by the head and
    adjectives; "الموقع العسكري [المتقدم] في X" (a post called military) is a site, and
    "الموقع العسكري الذي أقامه X على <listed site>" is that listed site.  Another name
    of the site in parentheses right after it belongs to its name ("قاعدة «T4» (التيفور)").

Records
    One per gazetteer entry, or per unknown name, in the document; every
    mention in ``mentions``.  ``name`` is the longest named mention as written
    (head, name, qualifiers, demonym, "ومينائها البحري") among those without a
    place phrase ("القاعدة الجوية 101" rather than "القاعدة الجوية 101 في
    نيامي"; one with a place only when there is no other); a site only described
    ("مقره في الرجمة", "قاعدتي الجفرة والقرضابية") is named by its bare name.
    ``type``: the gazetteer's, refined by the entry's ``types`` when no mention
    says more than "مطار"/"ميناء"/"معسكر" ("مطار بنينا" airport, "قاعدة بنينا
    الجوية" air_base); for unknown sites الجوية → air_base, البحرية →
    naval_base, ميناء → port, مطار → airport, مقر/غرفة عمليات → headquarters,
    else military_base.  ``section`` is main when any mention is in the main
    story.  An HQ phrase in apposition right after a site ("قاعدة الرجمة
    للمقر العسكري لحفتر") describes that site and makes no record.

Forces
    Named by their core name as written: container words around a listed group
    are dropped ("عناصر فاجنر", "مجموعات فاغنر", "قوات فاغنر", glued "عناصرفاجنر"
    → "فاجنر"; "قوات الدعم السريع" → "الدعم السريع"); a leader stands for his
    forces ("قوات حفتر"; "حفتر" as an HQ's owner); national forces keep
    "القوات الروسية"/"الجيش الروسي" and troops ("قوات روسية", "عسكريين روس",
    "المدربون الروس": ``personnel_containers``) as written, other forms
    ("الطائرات التركية", "جندي أمريكي", an adjective on the site, a lone
    adjective read as a state's name) give the state by its first listed name in
    places.jsonl ("روسيا", "تركيا"); troops named in the text win over the
    site's demonym; a coordinated adjective ("قوات مصرية وإماراتية") gives one
    more state.  A possessed force word ("قواتها",
    "جنوده") is the forces of the nearest state named before it in the
    sentence (a name, a demonym, a state's army or ministry: "أعلنت وزارة
    الدفاع الأمريكية أن قواتها ..." → "الولايات المتحدة").
    A force is placed at a site by
    - a placement cue (تتمركز، متواجدة، تنشط، سيطرت على، تستخدم، انسحبت إلى،
      تتخذ من ...): its agent is the force right after the verb, else the
      nearest force before it since the previous cue, else the previous cue's
      agent (a dropped subject, also over the next two sentences), else the
      nearest force earlier in the sentence.  Its targets are the sites after
      it up to the next cue or clause break, so coordinated sites share it
      ("بقاعدة القرضابية ...، بالإضافة إلى قاعدة الجفرة"); a site introduced by a
      relation or an attack ("المحاذية لـ", "القريبة من", "غارات على") is not a
      target.  "X التي تتمركز ..." (agent X), "قاعدة Y التي تستخدمها X" and
      "Y، حيث تتمركز X" (target Y) are read as relative clauses; an antecedent
      force may be a preposition's object and may stand before an attribute
      ("بقوات الفيلق الأفريقي التابع لوزارة الدفاع، والتي تتمركز": the nearest
      force within ``RELATIVE_WINDOW`` tokens; a ministry is no force).  Verbs
      of mere arrival (وصل، دخل ...) never place a lone leader ("وصل حفتر إلى").
      Possession (تحتفظ بـ، تملك، تدير، تشغل، لديها) places the owner.  Leaving
      (انسحبت من، الانسحاب من، غادرت، أخلت، إخلاء) places the force that left:
      a record answers "who is or was at this base"; a country after a verb of
      leaving or entering is its object ("لم تغادر ليبيا"), not its agent.  A
      handover (سلمت ... إلى، تسلم ... من) places both the giver and the receiver.  A cue
      after a word of intent ("تدرس أنقرة نشر ...", "تسعى إلى إقامة وجود") is
      planned, places nobody and closes the previous cue's scope.  A cue with
      an object pronoun ("تستخدمه") and no site after it takes the site before
      an earlier relative pronoun ("مطار X، الذي تقول مصادر إن Y تستخدمه").
      A quantity of a force ("دفعة جديدة من المدربين الأتراك", "مئات من عناصر
      فاغنر") is that force.  An unlisted group named in quotes after a container word ("عناصر "كتيبة
      النصر"", at most ``QUOTED_WORDS`` name-like words) is a force by that name.
      "الأولى/الثانية" right after a cue is the first or second of the last two
      forces named before it in the sentence ("أنقرة وموسكو ...، إذ تسيطر
      الأولى على ...").
      A presence noun with a demonym ("الوجود الفرنسي في", "الوجود العسكري
      الروسي في") places that state.  Forces "تابعة/موالية لـX" are X ("قوات تابعة لحفتر" → حفتر,
      "ميليشيات موالية لإيران" → إيران).
    - host verbs with the host state as subject: "وتستضيف الإمارات قوات فرنسية
      في قاعدة Y وفي Z" places the hosted force (not the host) at Y and Z;
    - host and post cues: "قاعدة Y تستضيف/تضم X", "Y الخاضعة لسيطرة X",
      "التابعة لـX";
    - a demonym on the site ("قاعدة حميميم الروسية" → روسيا), or in a
      superlative description right after it ("قاعدة العديد، أكبر قاعدة أمريكية
      في ...", "من أهم القواعد الجوية الأمريكية"), and the owner of a
      headquarters ("المقر العسكري لحفتر" → حفتر).
    A preposition's object or a place in parentheses ("في ليبيا", "(450 كلم
    شرق طرابلس)") is never an agent, and a state is not placed at a site in its
    own country ("الجيش الليبي" can be, "ليبيا" is not).

    Cost: where sites can start is read once per document from the shared
    reading index (the few words that begin a site name or are head words), and
    only the sentences holding such a start are read for sites; forces and cues
    are read only in a sentence with a site or in the two before it (an agent
    carries over two sentences at most), and only when it holds a cue that
    places a force; what a word can start is looked up once per word.  Site and
    force names are the gazetteer's word tries (hundreds of names begin with
    "قاعدة": one walk along the tokens finds the longest).

Location
    ``location`` is the phrase right after the site that places it ("وسط
    الجنوب", "بالجنوب الليبي", "القريبة من اللاذقية", "في ريف حمص"); a distance
    ("(700 كلم جنوب طرابلس)", "على بعد 150 كيلومترا جنوب غرب بنغازي"; miles
    converted) gives ``relative_location``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from .. import dates, entities, gazetteer
from ..gazetteer import Matcher, phrase_key, read_json
from ..text import Document, fold, stems

ALLOWED_LINES = ("title", "body", "caption")
NEAREST_WINDOW = 60        # tokens searched back for a verb's subject
PRONOUN_WINDOW = 25       # tokens searched back for the state of "قواتها"
MAX_LISTED = 6             # names read after a dual or plural head ("قواعد X وY وZ")
QUOTED_WORDS = 4           # longest group name read in quotes after a container word
QUOTED_SITE_WORDS = 6      # longest site name read in quotes after a head word
INTENT_WINDOW = 3          # words searched back for a word of intent before a cue
RELATIVE_WINDOW = 8        # tokens searched back for a relative clause's antecedent
ASIDE_WINDOW = 14          # tokens of a comma-bounded aside between a site and "إلى جانب" + a force
LOOKBACK_CHARS = 200       # characters searched back for an open parenthesis
EQUIPMENT_WORDS = 4        # words read after aircraft or ships for the force they belong to
BECOMING_WINDOW = 8        # words searched back from "إلى ثكنة لـX" for a verb of becoming
APPOSED_GAP = 6            # longest place phrase between a site and an HQ phrase describing it
CLASS_RANK = {"base": 5, "camp": 4, "hq": 4, "ops": 3, "hq_poss": 2, "airport": 2, "port": 1, None: 0}
TYPE_FIT = {
    # head class -> qualifier kind -> gazetteer types that fit, best first
    "base": {"air": ("air_base", "airport", "military_base"),
             "naval": ("naval_base", "port", "military_base"),
             None: ("air_base", "military_base", "naval_base", "headquarters", "airport", "other")},
    "airport": {None: ("airport", "air_base", "military_base"), "commercial": ("airport",)},
    "port": {None: ("port", "naval_base"), "commercial": ("port",)},
    "camp": {None: ("military_base", "headquarters", "air_base", "naval_base")},
    "hq": {None: ("headquarters", "military_base")},
    "hq_poss": {None: ("headquarters", "military_base", "air_base", "naval_base", "airport", "port", "other")},
}
_DUAL_TYPES = {"base": ("air_base", "naval_base", "military_base"), "airport": ("airport", "air_base"),
               "port": ("port", "naval_base")}     # the listed types a dual head refers to
_MIL_CONTEXT = re.compile(r"عسكر|حربي|مرتزق|قوات|جيش|فرقاط|غواص|بارج|مقاتلات|تمركز|قاعد|مسلح|ميليشي|مليشي|"
                          r"سلاح|مسيرات|الطيران|طائرات|انتشار|فاغنر|فاجنر")
_ILA = fold("إلى")
_ALA = fold("على")
_LOCATED = frozenset(fold(w) for w in ("الواقعة", "الواقع", "وتقع", "تقع", "التي", "الذي"))
_START = attrgetter("start")
_DIRECTION_PAIRS = {("north", "east"): "northeast", ("north", "west"): "northwest",
                    ("south", "east"): "southeast", ("south", "west"): "southwest"}


def _set(words) -> frozenset[str]:
    """Folded phrases, their words joined by one space."""
    return frozenset(" ".join(phrase_key(w)) for w in words)


def _first_words(phrases) -> frozenset[str]:
    return frozenset(key[0] for p in phrases if (key := phrase_key(p)))


def _folded(doc: Document, match) -> str:
    """The folded words of a match, with the article a preposition hid ("للجيش" → "الجيش")."""
    return ("ا" if match.merged_article else "") + " ".join(doc.norm[match.start:match.end].split())


def _named_as_written(doc: Document, start: int, end: int) -> str:
    """The name at norm ``[start, end)`` as written; one cut after the ل of "لل"
    ("للقاعدة الجوية", "للتحالف الدولي") gets the article's elided alef back."""
    tok = doc.token_at(start)
    if tok is not None and start == tok.start + 1 and doc.norm[tok.start:tok.start + 2] == "لل":
        return "ا" + doc.original(start, end)
    return doc.original(start, end)


def _quote_closed(doc: Document, start: int, end: int) -> int:
    """The end of norm ``[start, end)``, past the quote mark right after it when the
    span opens a quote it does not close ('معسكر "تركسوم"', not 'معسكر "تركسوم')."""
    if end < len(doc.norm) and doc.norm[end] == '"' and doc.norm.count('"', start, end) % 2:
        return end + 1
    return end


def _written(doc: Document, match, end: int | None = None) -> str:
    """A match as the caller wrote it, the hidden article restored ("للقوات" → "القوات")."""
    return ("ا" if match.merged_article else "") + doc.original(match.start, match.end if end is None else end)


# ---------------------------------------------------------------- lexicon

class Lexicon:
    """Everything read from the data files, folded once."""

    def __init__(self) -> None:
        cues = read_json("site_cues.json")
        gaz = gazetteer.load()
        self.entries: list[dict] = gaz.sites

        self.heads: dict[str, str] = {}
        for cls, words in cues["heads"].items():
            for w in words:
                self.heads[fold(w)] = cls
        self.dual = _set(cues["dual_heads"])
        self.plural_heads = _set(cues["plural_heads"])
        self.superlatives = _set(cues["superlatives"])
        self.quantities = _set(cues["quantities"])
        self.ordinals = {fold(w): k for k, words in enumerate(cues["ordinal_references"]) for w in words}
        self.description_heads = _set(cues["description_heads"])
        self.copulas = _set(cues["copulas"])
        self.hq_predicates = _set(cues["hq_predicates"])
        self.hq_adjectives = _set(cues["hq_adjectives"])
        self.unqualified_base_heads = _set(cues["unqualified_base_heads"])
        self.name_prefixes = _set(cues["name_prefixes"])
        self.ops_second = _set(cues["ops_second"])
        self.adj: dict[str, str] = {}
        for kind, words in cues["type_adjectives"].items():
            for w in words:
                self.adj[fold(w)] = kind
        self.hq_cores = Matcher((w, w) for w in cues["hq_cores"])
        self.ministry_cores = frozenset(cues["ministry_cores"])     # (as the matcher's payloads: unfolded)
        self.extensions = _set(cues["extensions"])
        self.relatives = _set(cues["relatives"])
        self.resumptives = _set(cues["resumptives"])
        self.counts = _set(cues["counts"])
        self.approximators = _set(cues["approximators"])
        self.relational = _set(cues["relational"])
        self.blockers = _set(cues["blockers"]) | _set(cues["place_nouns"])
        self.generic = _set(cues["generic"])
        self.same_words = _set(cues["same_words"])
        self.remainders = _set(cues["remainders"])
        self.publish_cues = _set(cues["publish_cues"])
        self.publication_nouns = _set(cues["publication_nouns"])
        self.prepositions = _set(cues["prepositions"])
        containers = cues["containers"] + cues["unit_containers"]
        self.containers = Matcher((w, w) for w in containers)
        self.unit_containers = _set(cues["unit_containers"])
        self.hq_complements = _set(cues["hq_complements"])
        self.stay_cues = _set(cues["stay_cues"])
        self.object_suffixes = tuple(fold(w) for w in cues["cue_suffixes"])
        self.member_counts = _set(cues["member_counts"])
        self.member_states = _set(cues["member_states"])
        self.unit_container_arms = _set(cues["unit_container_arms"])
        self.written_containers = _set(cues["force_containers_written"])
        self.personnel = _set(cues["personnel_containers"])
        self.descriptive = _set(cues["descriptive_adjectives"])
        self.dual_relatives = _set(cues["dual_relatives"])
        self.container_adjectives = _set(cues["container_adjectives"])
        self.mercenaries = _set(cues["mercenary_containers"])
        self.bare_forces = Matcher((w, w) for w in cues["bare_forces"])
        self.naming_verbs = _set(cues["naming_verbs"])
        self.barracks = _set(cues["barracks_heads"])
        self.unit_heads = _set(cues["unit_heads"])
        self.masculine_forces = _set(cues["masculine_forces"])
        self.becoming_verbs = _set(cues["becoming_verbs"])
        # words of a time phrase between a verb and its subject ("يتمركز منذ أبريل/نيسان عسكريون")
        calendar = read_json("calendar.json")
        self.time_words = _set(cues["time_words"]) | frozenset(
            t for names in calendar["months"].values() for n in names for t in phrase_key(n))
        self.directions = {fold(k): v for k, v in cues["directions"].items()}
        self.region_words = _set(cues["region_words"])
        self.region_complements = _set(cues["region_complements"])
        self.location_relations = _set(cues["location_relations"])
        self.distance_lead = Matcher((w, w) for w in cues["distance_lead"])
        self.units = {fold(k): v for k, v in cues["units"].items()}
        self.place_nouns = _set(cues["place_nouns"])
        self.coast_words = _set(cues["coast_words"])
        self.unit_ordinals = _set(cues["unit_ordinals"])
        self.unit_arms = _set(cues["unit_arms"])
        self.unit_forces = Matcher((w, w) for w in cues["unit_force_heads"])    # "الجناح … 380"
        self.construct_units = Matcher((w, w) for w in cues["construct_unit_heads"])  # "لواء القوات الخاصة …"
        self.commercial = _set(cues["commercial_adjectives"])

        cue_phrases = [(w, "place") for w in cues["placement_cues"]]
        # "تستخدمها", "تسيطر عليها" is read by the resumptive; object pronouns on the verb itself
        listed = {fold(w) for group in ("placement_cues", "host_cues", "post_cues", "clause_breaks") for w in cues[group]}
        cue_phrases += [(w + suffix, "place") for w in cues["placement_cues"] if " " not in w
                        for suffix in cues["cue_suffixes"] if fold(w + suffix) not in listed]
        self.suffixed_cues = frozenset(" ".join(phrase_key(w + suffix)) for w in cues["placement_cues"]
                                       if " " not in w for suffix in cues["cue_suffixes"])
        cue_phrases += [(w, "host") for w in cues["host_cues"]]
        # "التمرين الذي استضافته قاعدة X بمشاركة قوات Y": the host with the event as its object
        cue_phrases += [(w + suffix, "host") for w in cues["host_cues"] if " " not in w
                        for suffix in cues["cue_suffixes"] if fold(w + suffix) not in listed]
        cue_phrases += [(w, "post") for w in cues["post_cues"]]
        cue_phrases += [(w, "break") for w in cues["clause_breaks"]]
        self.cues = Matcher(cue_phrases)
        self.weak_cues = _set(cues["weak_cues"])
        self.handover_cues = _set(cues["handover_cues"])
        self.receive_cues = _set(cues["receive_cues"])
        self.place_object_cues = _set(cues["place_object_cues"])
        self.pronoun_containers = _set(cues["pronoun_containers"])
        self.garrisons = _set(cues["garrisons"])
        self.command_words = _set(cues["command_words"])
        self.demonstratives = _set(cues["demonstratives"])
        self.unit_pronouns = _set(cues["unit_pronouns"])
        self.bare_heads = {fold(w): cls for cls, words in cues["bare_heads"].items() for w in words}
        self.dual_bare_heads = {fold(w): cls for cls, words in cues["dual_bare_heads"].items() for w in words}
        self.equipment = frozenset(" ".join(phrase_key(w)) for w in cues["equipment"])
        self.presence_nouns = frozenset(" ".join(phrase_key(w)) for w in cues["presence_nouns"])
        self.affiliations = _set(cues["affiliations"])
        self.loyalties = _set(cues["loyalties"])
        self.contrast_breaks = frozenset(" ".join(phrase_key(w)) for w in cues["contrast_breaks"])
        self.intents = _set(cues["intent_words"])

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
                    if len(phrase_key(n)) == 1:
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
                payload = {"kind": "group", "id": org["id"], "iso": org.get("country"), "army": org["kind"] == "military"}
                for n in org.get("names", []):
                    force_phrases.append((n, payload))
        for extra in cues["forces_extra"]:
            for n in extra["names"]:
                force_phrases.append((n, {"kind": "group", "id": extra["id"], "mission": extra.get("mission", False)}))
        for leader in cues["leaders"]:
            for n in leader["names"]:
                force_phrases.append((n, {"kind": "leader", "id": leader["force"]}))
        self.places = gaz.place_matcher
        self.forces = gazetteer.Matcher(force_phrases)
        self.force_keys = {" ".join(phrase_key(phrase)) for phrase, _ in force_phrases}
        # single-word group names, for glued container words ("عناصرفاجنر")
        self.glued_names = {key[0]: payload for phrase, payload in force_phrases
                            if payload["kind"] == "group" and len(key := phrase_key(phrase)) == 1}
        self.glued_prefixes = frozenset(fold(w) for w in cues["containers"] if " " not in w)
        # every glued form, with and without "و"/"ف": form -> (length of the container, payload)
        self.glued: dict[str, tuple[int, dict]] = {}
        for pre in self.glued_prefixes:
            for name, payload in self.glued_names.items():
                for conj in ("", "و", "ف"):
                    self.glued[conj + pre + name] = (len(conj + pre), payload)

        # site names: literal phrases, and bare names (heads and qualifiers stripped)
        literal: list[tuple[str, dict]] = []
        bare: dict[tuple[str, ...], list[dict]] = {}
        for entry in self.entries:
            standalone = {phrase_key(n) for n in entry.get("standalone", [])}
            for name in entry.get("names", []):
                key = phrase_key(name)
                core = self.bare_of(key)
                is_bare = core == key and not any(self.adj.get(t) in ("air", "naval", "military") for t in key)
                literal.append((name, {"entry": entry, "bare": is_bare, "standalone": key in standalone,
                                       "head": self.head_class(key[0]) if key else None,
                                       "quals": [self.adj[t] for t in key[1:] if t in self.adj]}))
                if core and " ".join(core) not in self.generic:
                    options = bare.setdefault(core, [])
                    if entry not in options:
                        options.append(entry)
        self.literal = gazetteer.Matcher(literal)
        # bases named by a number ("القاعدة الجوية 201"): number -> entries
        self.numbered: dict[str, list[dict]] = {}
        for entry in self.entries:
            numbers = [t for name in entry.get("names", []) for t in phrase_key(name) if t.isdigit()]
            for t in numbers + ([entry["number"]] if "number" in entry else []):
                if entry not in self.numbered.setdefault(t, []):
                    self.numbered[t].append(entry)
        self.bare = Matcher((" ".join(k), v) for k, v in bare.items())
        # first words of every phrase, to find where sites, forces and cues can start
        self.site_first = _first_words(name for name, _ in literal) | frozenset(self.heads)
        self.force_first = (_first_words(phrase for phrase, _ in force_phrases)
                            | _first_words(containers) | _first_words(cues["bare_forces"])
                            | self.pronoun_containers | self.quantities | _first_words(cues["unit_force_heads"])
                            | _first_words(cues["construct_unit_heads"])
                            | _first_words(cues["remainders"]))
        self.cue_first = _first_words(phrase for phrase, _ in cue_phrases)
        # cues that place a force (not clause breaks): a sentence without one places nobody
        self.placing_first = _first_words(phrase for phrase, kind in cue_phrases if kind != "break")
        # "الجماعة", "الميليشيا": the group named last before them
        self.group_refs = _set(cues["group_refs"])
        self.mission_refs = _set(cues["mission_refs"])                  # "البعثة": a peace mission told before
        self.army_words = _set(cues["army_words"])     # "الجيش المالي": its "قواته" are its state's
        self.possessed_commands = _set(cues["possessed_commands"])     # "مقر قيادتها العامة"
        self.general_adjectives = _set(cues["general_adjectives"])     # its "العامة"
        self.town_named_cores = frozenset(cues["town_named_cores"])     # (as hq_cores payloads)
        self.landmark_words = _set(cues["landmark_words"])
        self.subject_pronouns = _set(cues["subject_pronouns"])     # "وأنها تسلمت …"
        self.clause_copulas = _set(cues["clause_copulas"])         # "لجنود X كانوا متمركزين"
        self.operation_words = _set(cues["operation_words"])       # "مقر قيادة عملية «X»"
        self.joint_adjectives = _set(cues["joint_adjectives"])     # "… البريطانية المشتركة"
        # what may follow a base's number that ends its name ("قاعدة X الجوية 101 في Y")
        self.number_followers = (_set(cues["number_followers"]) | self.relatives | self.location_relations
                                 | self.landmark_words | self.naming_verbs | self.time_words)
        self.force_first = self.force_first | self.group_refs | self.mission_refs
        self.force_starters = self.force_first | self.glued.keys()     # glued: "عناصرفاجنر"

        # the first words of month names (dates' calendar), never a place after "في"
        self.month_words = frozenset(n.split()[0] for n in dates.MONTHS)

    def head_class(self, word: str) -> str | None:
        """The class of a listed name's head word (a post, "موقع تلة X", is a base)."""
        cls = self.heads.get(word)
        return "base" if cls == "post" else cls

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

    def as_written(self, fm: "ForceMention") -> bool:
        """A state's forces named as the text writes them ("جنود أتراك"), not by the state."""
        return fm.kind == "state_forces" and bool(fm.iso) and fm.name != self.state_name(fm.iso)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


@lru_cache(maxsize=1 << 16)
def _word_roles(word: str) -> tuple[bool, bool, bool]:
    """Whether a reading of ``word`` can start a force, a cue, a cue that places a force
    (a pure function of the word: news vocabulary repeats a lot)."""
    lex = lexicon()
    readings = [stem for stem, _, _ in stems(word)]
    return (any(r in lex.force_starters for r in readings), any(r in lex.cue_first for r in readings),
            any(r in lex.placing_first for r in readings))


class _CueStarts(NamedTuple):
    """Where forces and cues can start in one sentence."""

    starts: list[int]             # sorted: a force or a cue
    forces: set[int]
    cues: set[int]
    placing: bool                 # a cue that places a force can start there


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
    commercial: bool = False      # called commercial or civil ("مرفأ X التجاري"): needs a force
    key: Any = None
    sentence: int = 0
    section: str = "main"
    relational: bool = False
    apposition_end: int | None = None   # last token of an HQ apposition that followed
    tail: int | None = None             # last token read with it (an HQ's owner after "ل")
    number: str | None = None           # a numbered base the gazetteer could not decide
    apposed: list = field(default_factory=list)   # token spans of HQ appositions after a place phrase


@dataclass
class ForceMention:
    t0: int
    t1: int
    id: str
    name: str
    kind: str                     # group, leader, state
    iso: str | None = None
    prep: bool = False            # object of a preposition / a place
    also: list = field(default_factory=list)      # forces coordinated with it ("قوات مصرية وإماراتية")
    garrison: bool = False        # "حاميتها من X": the garrison of the site named before


# ---------------------------------------------------------------- the extractor

class _Doc:
    """One document being read: tokens, readings, and the helpers over them."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.tokens = doc.tokens
        self.norm = doc.norm
        self._readings: dict[int, list] = {}
        # where a site can start: the tokens with a reading that begins a listed site name or
        # is a head word (the few such words looked up in the shared reading index)
        index = gazetteer.reading_index(doc)
        self.site_starts = sorted({i for stem in index.keys() & lex.site_first for i in index[stem]})

    def cue_starts(self, first: int, last: int) -> _CueStarts:
        """Where a force or a cue can start in tokens ``first..last - 1`` (one sentence near a
        site), each word's readings looked up once per process."""
        starts, forces, cues, any_placing = [], set(), set(), False
        for k in range(first, last):
            force, cue, placing = _word_roles(self.tokens[k].text)
            if force or cue:
                starts.append(k)
                if force:
                    forces.add(k)
                if cue:
                    cues.add(k)
                any_placing = any_placing or placing
        return _CueStarts(starts, forces, cues, any_placing)

    # -- token helpers
    def span_tokens(self, start: int, end: int) -> tuple[int, int]:
        """``(first, last + 1)`` of the tokens lying wholly inside norm ``[start, end)``, as
        ``doc.tokens_between`` gives them (tokens are sorted and do not overlap, so two
        bisections do instead of a walk)."""
        tokens = self.tokens
        first = bisect_left(tokens, start, key=_START)
        stop = bisect_left(tokens, end, lo=first, key=_START)
        if stop > first and tokens[stop - 1].end > end:
            stop -= 1
        return first, stop

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
                and not (t[:1] == "ب" and t[1:] in lex.blockers)        # ("معسكر بمنطقة X")
                and t not in lex.relational and t not in lex.naming_verbs and t not in lex.time_words
                and t.removesuffix("ها").removesuffix("ه") not in lex.directions     # ("جنوبها")
                and lex.cues.match_at(self.doc, i, bare=True) is None and not t.isdigit())

    def prep_marked(self, i: int, cut: int, merged: bool) -> bool:
        """Token ``i`` read with a prepositional proclitic, or after a preposition word."""
        prefix = self.text(i)[:cut]
        if merged or any(c in "بلك" for c in prefix):
            return True
        if i == 0:
            return False
        before, lex = self.text(i - 1), self.lex
        return (before in lex.prepositions or before in lex.directions or before in lex.units
                or before in lex.place_nouns or before in lex.region_words)

    def in_parens(self, i: int, sentence_start: int) -> bool:
        start = self.tokens[i].start
        lo = max(sentence_start, start - LOOKBACK_CHARS)
        return self.norm.count("(", lo, start) > self.norm.count(")", lo, start)


class _ByToken:
    """Mentions of one sentence, sorted by first token, looked up by token range."""

    def __init__(self, items: list):
        self.items = items
        self.starts = [x.t0 for x in items]

    def range(self, lo: int, hi: int) -> list:
        """Items whose first token lies strictly between ``lo`` and ``hi``."""
        return self.items[bisect_right(self.starts, lo):bisect_left(self.starts, hi)]


class _Bounds:
    """Token bounds ``(first, last + 1)`` of a document's sentences, ``(None, None)`` for a
    sentence without tokens; read on demand, as only sentences near a site need them."""

    def __init__(self, d: _Doc, sentences: list) -> None:
        self.d, self.sentences = d, sentences
        self._bounds: dict[int, tuple[int | None, int | None]] = {}

    def __getitem__(self, si: int) -> tuple[int | None, int | None]:
        b = self._bounds.get(si)
        if b is None:
            s = self.sentences[si]
            first, stop = self.d.span_tokens(s.start, s.end)
            b = self._bounds[si] = (first, stop) if stop > first else (None, None)
        return b

    def with_any(self, starts: list[int]) -> list[int]:
        """The sentences holding one of the tokens ``starts`` (sorted), in order."""
        out = []
        tokens, sentences = self.d.tokens, self.sentences
        i = _next(starts, 0)
        while i < len(tokens):
            tok = tokens[i]
            # sentences are sorted and disjoint: the last one starting at or before the token
            si = bisect_right(sentences, tok.start, key=_START) - 1
            if si >= 0 and tok.end <= sentences[si].end:
                out.append(si)
                i = _next(starts, self[si][1])
            else:
                i = _next(starts, i + 1)
        return out


def _merge_shortened(mentions: list, listed: dict) -> None:
    """"قاعدة أدجي كوسي الجوية" and "قاعدة «الرقيب أول أدجي كوسي» الجوية": an unlisted
    name that ends with (two words at least) a longer unlisted name of the same kind, or
    with the bare name of a listed site of the document (``listed``: key -> bare words),
    is the same site."""
    unlisted = list(dict.fromkeys(m.key for m in mentions
                                  if m.key[0] == "u" and all(isinstance(t, str) for t in m.key[2])))
    words = {key: tuple(" ".join(key[2]).split()) for key in unlisted}
    endings = {}        # (kind, last words of a name) -> the first longer name ending so
    for long in unlisted:
        for n in range(2, len(words[long])):
            endings.setdefault((long[1], words[long][-n:]), long)
    cores = {core: (rank, gkey) for rank, (gkey, core) in enumerate(listed.items()) if core and len(core) >= 2}
    alias = {}
    for key in unlisted:
        w = words[key]
        if (key[1], w) in endings:
            alias[key] = endings[key[1], w]
        # a listed site's bare name it ends with (the last listed one, when several)
        site = max((cores[w[-n:]] for n in range(2, len(w)) if w[-n:] in cores), default=None)
        if site is not None:
            alias[key] = site[1]
    for m in mentions:
        m.key = alias.get(m.key, m.key)


def _next(starts: list[int], i: int) -> int:
    """The first start at or after token ``i`` (past the end when none)."""
    k = bisect_left(starts, i)
    return starts[k] if k < len(starts) else 1 << 60


def _fits(entry: dict, cls: str | None, kind: str | None) -> int:
    table = TYPE_FIT.get(cls or "base", TYPE_FIT["base"])
    order = table.get(kind) or table[None]
    t = entry.get("type")
    return len(order) - order.index(t) if t in order else 0


def _resolve(options: list[dict], cls: str | None, kind: str | None) -> dict | None:
    best = max(options, key=lambda e: _fits(e, cls, kind))
    return best if _fits(best, cls, kind) else None


class SiteReader:
    """Reads one document's sites, forces and the links between them (``read``).

    Its methods, in the order ``read`` uses them (and in the file's sections):

    site mentions    ``head_at`` finds a head word ("قاعدة", "مطار", "مقر"); ``site_at``
                     reads the site starting there: ``pattern_at`` (head + name +
                     qualifiers, through ``qualifiers``/``adjectives``/``place_after``),
                     ``numbered_at`` ("القاعدة الجوية 201"), ``dual_second``
                     ("قاعدتي X وY"), ``hq_at``/``hq_at_site`` (headquarters),
                     ``ops_at`` (operations rooms), ``force_base_at`` ("قاعدة لفاغنر");
                     ``called``/``extend`` lengthen a mention; ``blocked`` rejects
                     city and battle words.
    forces           ``force_at`` reads a force at a token, trying a listed group,
                     a national force, ``alliance_at``, ``equipment_owner``,
                     ``short_group_at``, ``named_for_state``, ``quantity_at``,
                     ``pronoun_at`` ("قواتها") and ``glued_at``; ``group_mention``,
                     ``core_name`` and ``national_name`` name what was found.
    the document     ``read`` walks the sentences that can hold a site, then
                     ``merge_described`` and ``forces_and_cues`` (with
                     ``coordinated_demonyms`` for "قوات مصرية وإماراتية" and
                     ``coordinated_forces`` for "الجيش والقوة المشتركة").
    forces at sites  ``link`` gives each placement cue its agent and its target
                     sites (``relative_before``, ``bare_reference``, ``nearest``),
                     plus hosts, owners and demonyms on the site (``described_as``).
    records          ``records`` groups mentions into one record per site, with
                     ``site_type`` and ``location``.
    location         ``location_at`` and ``relative_at`` read the phrase after a site.
    """

    def __init__(self, doc: Document):
        self.lex = lexicon()
        self.d = _Doc(doc, self.lex)
        self.doc = doc
        self._short_groups: dict | None = None
        self.site_ends: set[int] = set()    # last tokens of the site mentions read
        self.carried: set = set()           # (site key, id of a force) given only as a carried agent
        self.breaks: dict[int, list[int]] = {}  # sentence -> first tokens of its contrastive clause breaks
        self.cueless: set[int] = set()      # sentences read for forces only for "<force> في <site>"

    # ------------------------------------------------------------ site mentions

    def affiliated_in(self, i: int, last: int) -> list[ForceMention]:
        """The force a listed name says it belongs to ("قاعدة الدعم التابعة لجيش التحرير الشعبي X")."""
        d = self.d
        for t in range(i + 1, last):
            if d.text(t) in self.lex.affiliations and d.tight(t, t + 1):
                fm = self.force_at(t + 1, last + 1, allow_prep=True)
                return [fm] if fm is not None and fm.kind != "state" and fm.t1 <= last else []
        return []

    def head_at(self, i: int):
        """``(class, cut, merged, definite, dual)`` when token ``i`` is a head word."""
        lex, d = self.lex, self.d
        for stem, cut, merged in d.readings(i):
            cls = lex.heads.get(stem)
            if cls is None:
                continue
            if cls == "ops" and not d.reading_in(i + 1, lex.ops_second, bare=True):
                continue
            if cls == "post":
                # "الموقع العسكري المتقدم": a post is a site only when definite and called military
                if not ((stem.startswith("ال") or merged) and i + 1 < len(d.tokens) and d.tight(i, i + 1)
                        and lex.adj.get(d.text(i + 1)) == "military"):
                    continue
                cls = "base"
            if cls == "unit_hq":
                # "رئاسة الفرقة الأولى مشاة": the HQ of a numbered unit (not "رئاسة الأركان";
                # nor "برئاسة اللواء X": headed by a major general)
                if "ب" in d.text(i)[:cut] or not (i + 1 < len(d.tokens) and d.tight(i, i + 1) and d.reading_in(i + 1, lex.unit_heads, bare=True)
                        and self.unit_name_end(i + 1, len(d.tokens)) > i + 1):
                    continue
                cls = "hq"
            if cut and not all(c in "وفبلك" for c in d.text(i)[:cut]):
                continue
            return cls, cut, merged, stem.startswith("ال") or merged, stem in lex.dual
        return None

    def qualifiers(self, k: int, last: int):
        """Type adjectives, civil adjectives and demonyms after a name, from token ``k``
        ("مطار X الدولي", "قاعدة X الجوية والبحرية الروسية"): ``(next, quals, demonyms)``."""
        return self.adjectives(k, last, definite=True, civil=True, conjoined="adjective")

    def pre_adjectives(self, j: int, last: int):
        """Indefinite adjectives and demonyms before a name ("قاعدة جوية وبحرية روسية X")."""
        return self.adjectives(j, last, definite=False, conjoined="any")

    def def_adjectives(self, j: int, last: int):
        """Definite adjectives and demonyms after a definite head ("القاعدة الجوية الروسية")."""
        return self.adjectives(j, last, definite=True)

    def adjectives(self, k: int, last: int, definite: bool, civil: bool = False, conjoined: str = ""):
        """The run of type adjectives and demonyms from token ``k`` that agree with the head
        (definite or not), civil adjectives only with ``civil``: ``(next, kinds, demonyms)``.
        ``conjoined`` is what may follow with "و": "adjective" (a definite adjective after
        an adjective), "any" (an adjective or a demonym after either), "" (nothing)."""
        lex, d = self.lex, self.d
        kinds, dem = [], []
        while k < last and d.tight(k - 1, k):
            t = d.text(k)
            if t.startswith("و") and self.conjoins(t[1:], conjoined, kinds, dem):
                t = t[1:]
            if t in lex.adj and t.startswith("ال") == definite and (civil or lex.adj[t] != "civil"):
                kinds.append(lex.adj[t])
            elif t in lex.demonyms and lex.demonyms[t][1] == definite:
                dem.append(lex.demonyms[t][0])
            else:
                break
            k += 1
        return k, kinds, dem

    def conjoins(self, word: str, conjoined: str, kinds: list, dem: list) -> bool:
        """``word`` after "و" continues the run (see ``adjectives``)."""
        lex = self.lex
        if conjoined == "adjective":
            return bool(kinds) and word in lex.adj and word.startswith("ال")
        if conjoined == "any":
            return bool(kinds or dem) and (word in lex.adj or word in lex.demonyms)
        return False

    def place_after(self, j: int, last: int):
        """"في X" / "بX" at token ``j``: ``(first, last, entry_or_None, start)`` of X."""
        lex, d = self.lex, self.d
        if j >= last:
            return None
        if d.text(j) in ("في", "داخل") and j + 1 < last and d.tight(j, j + 1):
            p, bare = j + 1, True
        elif d.text(j).startswith("ب") and len(d.text(j)) > 2:
            p, bare = j, False
        elif d.text(j).startswith("ل") and len(d.text(j)) > 3:
            # "القاعدة البحرية للمرسى الكبير": a listed site's own name after لـ
            m = lex.bare.match_at(self.doc, j, bare=False)
            if m is not None and m.last < last and m.start > d.tokens[j].start:
                return m.first, m.last, m.payload, m.start
            return None
        else:
            return None
        if d.reading_in(p, lex.place_nouns) and p + 1 < last and d.tight(p, p + 1):
            p, bare = p + 1, True      # "في منطقة الرجمة", "بمدينة سرت"
        head = self.head_at(p)
        if head is not None and head[0] in ("port", "airport", "base", "camp"):
            return self.headed_place(p, last, head)
        m = lex.bare.match_at(self.doc, p, bare=bare)
        if m is not None and m.last < last:
            return m.first, m.last, m.payload, m.start
        # an unknown place: one proper-looking word, not a country or a region word
        stem = d.text(p) if bare else d.text(p)[1:]
        if (len(stem) < 2 or stem in lex.generic or stem in lex.country_words or stem in lex.region_words
                or stem in lex.prepositions or stem in lex.blockers or stem in lex.month_words):
            return None     # (and not a month: "نقلتهم إلى القاعدة الجوية في كانون الأول")
        if stem in lex.adj or lex.cues.match_at(self.doc, p) is not None:
            return None
        start = d.tokens[p].start + (0 if bare else 1)
        if stem in lex.name_prefixes and p + 1 < last and d.tight(p, p + 1) and d.namelike(p + 1):
            return p, p + 1, None, start      # "بجزيرة أبو موسى": a two-word name
        return p, p, None, start

    def described_at(self, i: int, j: int, k: int, last: int, cls: str, start: int, kinds, dem) -> list[Mention]:
        """"القاعدة البحرية التي تتخذها البحرية X مقرا": a definite head with a type
        adjective, told by a relative clause that places a force there, is a site named by
        its head and adjectives (without the clause: "القاعدة البحرية")."""
        lex, d = self.lex, self.d
        if not kinds or k + 1 >= last or d.text(k) not in lex.relatives or not d.tight(k - 1, k):
            return []
        cue = lex.cues.match_at(self.doc, k + 1)
        if cue is None or cue.payload != "place" or cue.last >= last:
            return []
        m = Mention(i, k - 1, start, d.tokens[k - 1].end, cls, None, quals=kinds, demonyms=dem)
        m.name_start, m.name_end = start, m.end
        entry = self.clause_site(cue.last + 1, last)
        if entry is not None:
            m.entry, m.named = entry, False     # (named by the listed site it is told to be at)
        else:
            m.key = ("u", cls, tuple(d.text(t) for t in range(j, k)))
        return [m]

    def clause_site(self, k: int, last: int) -> dict | None:
        """"الموقع العسكري الذي أقامه X على تلة Y": the listed site the relative clause puts
        the described site at ("على/في" + a listed name, within ``RELATIVE_WINDOW`` tight words)."""
        lex, d = self.lex, self.d
        for p in range(k, min(last - 1, k + RELATIVE_WINDOW)):
            if not d.tight(p, p + 1):
                return None
            if d.text(p) in (_ALA, "في"):
                lit = lex.literal.match_at(self.doc, p + 1)
                if lit is None or lit.last >= last or (lit.payload["bare"] and not lit.payload["standalone"]):
                    return None
                return lit.payload["entry"]
        return None

    def headed_place(self, p: int, last: int, head):
        """"في ميناء زايد", "في ميناء طرطوس": the place is itself a named port, airport or
        base; its name ends with the name after the head word."""
        lex, d = self.lex, self.d
        start = d.tokens[p].start + head[1]
        lit = lex.literal.match_at(self.doc, p)
        if lit is not None and lit.last < last and not lit.payload["bare"]:
            return p, lit.last, [lit.payload["entry"]], start
        n = p + 1
        while n < last and n - p <= 2 and d.tight(n - 1, n) and d.namelike(n) and self.head_at(n) is None:
            if n > p + 1 and d.text(n)[:1] in "بل" and lex.places.match_at(self.doc, n) is not None:
                break           # "ميناء زايد بأبوظبي": the city after the name
            n += 1
        if n == p + 1:
            return None
        return p, n - 1, None, start

    def site_at(self, i: int, last: int, sentence, lit) -> list[Mention]:
        """Site mentions starting at token ``i`` (two for "قاعدتي X وY"); ``lit`` is the
        gazetteer name matched there, if any."""
        best: list[Mention] = []
        if lit is not None and lit.last < last:
            info = lit.payload
            if not info["bare"] or info["standalone"]:
                if not (info["bare"] and self.blocked(i, sentence)):
                    m = Mention(i, lit.last, lit.start, lit.end, info["head"], info["entry"],
                                name_start=lit.start, name_end=lit.end, quals=list(info["quals"]),
                                demonyms=[self.lex.demonyms[self.d.text(t)][0] for t in range(i + 1, lit.last + 1)
                                          if self.d.text(t) in self.lex.demonyms])   # "القاعدة الروسية 102"
                    if info["bare"]:
                        m.cls = None
                    m.owners = self.affiliated_in(i, lit.last)   # "قاعدة الدعم التابعة لجيش X"
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
            if len(best) == 1 and m.named and m.entry is not None:
                self.parenthesised(m, last)
            if len(best) == 1 and m.entry is None:
                self.called(m, last)
            if m.entry and m.entry.get("civil") and m.cls in ("airport", "port") and "military" not in m.quals:
                m.weak = True   # called commercial ("مرفأ طرطوس التجاري"): it needs a force
                m.commercial = self.commercial(m.t0 + 1, min(m.t1 + 2, last))
        return best

    def called(self, m: Mention, last: int) -> None:
        """"قاعدة بحرية في ميناء زايد تُعرف بـ«معسكر السلام»": an unlisted site is named by
        the quoted name a naming verb gives it."""
        d = self.d
        k = m.t1 + 1
        if k + 1 >= last or not d.tight(m.t1, k) or d.text(k) not in self.lex.naming_verbs:
            return
        n = k + 1
        if d.text(n) in ("باسم", "ب") and n + 1 < last:
            n += 1
        close = self.quoted_site_name(n, last)
        if close is None:
            return
        m.t1, m.named = close, True
        m.name_start, m.name_end = d.tokens[n].start, d.tokens[close].end
        m.key = ("u", m.cls, tuple(d.text(t) for t in range(n, close + 1)))

    def extend(self, m: Mention, last: int) -> None:
        """Qualifiers, a demonym and "ومينائها البحري" after a named mention."""
        lex, d = self.lex, self.d
        k, quals, dem = self.qualifiers(m.t1 + 1, last)
        m.quals += quals
        m.demonyms += dem
        if k < last and d.tight(k - 1, k) and d.reading_in(k, lex.extensions):
            k2, _, dem = self.qualifiers(k + 1, last)       # the port's own adjectives
            if not (k2 + 1 < last and d.text(k2) == "في" and lex.places.match_at(self.doc, k2 + 1) is not None):
                k = k2      # (not "قاعدة حميميم الجوية وقاعدتها البحرية في طرطوس": a site elsewhere)
                m.demonyms += dem
        if k < last and k - 1 > m.t1 and d.tight(k - 1, k) and d.text(k) in lex.joint_adjectives:
            k += 1      # "قاعدة الدعم اللوجستي البريطانية المشتركة": a joint base
        if k - 1 > m.t1:
            m.t1 = k - 1
            m.end = m.name_end = d.tokens[m.t1].end
        self.number_after(m, last)

    def number_after(self, m: Mention, last: int) -> None:
        """"قاعدة نيامي الجوية 101", "قاعدة واغادوغو الجوية ٥١١": a base's number right after
        its name and qualifiers belongs to its name (not a year or a count: three digits at
        most, followed by a break, a place or a ``number_followers`` word); the listed base with that number in the
        same country is the site ("قاعدة باماكو الجوية 101" is Air Base 101, not the airport)."""
        d, lex = self.d, self.lex
        k = m.t1 + 1
        if m.end != m.name_end or k >= last or not d.tight(m.t1, k):
            return
        number = d.text(k)
        if not number.isdigit() or len(number) > 3:
            return
        n = k + 1
        if n < last and d.tight(k, n) and not (d.text(n) in lex.number_followers or d.text(n).startswith("و")
                                               or self.prep_place(d.tokens[n])):
            return      # ("قاعدة X الجوية 3 مرات": a count)
        m.t1, m.end = k, d.tokens[k].end
        m.name_end = m.end
        numbered = lex.numbered.get(number, [])
        if m.entry is not None and m.entry not in numbered:
            same = [e for e in numbered if e.get("country") == m.entry.get("country")]
            if len(same) == 1:
                m.entry = same[0]

    def parenthesised(self, m: Mention, last: int) -> None:
        """"قاعدة «T4» (التيفور)", "قاعدة التياس الجوية (T4)": the closing mark of a quoted
        name, and another name of the same listed site in parentheses right after, belong
        to the name."""
        lex, d = self.lex, self.d
        norm, k = d.norm, m.t1 + 1
        if m.end != m.name_end or k >= last:
            return
        gap = norm[m.end:d.tokens[k].start]
        if norm[m.start:m.end].count('"') % 2 and gap.startswith('"'):
            gap = gap[1:]       # (the quote the name opened)
        if gap.strip() != "(":
            return
        alt = lex.literal.match_at(self.doc, k)
        if alt is None or alt.payload["entry"] is not m.entry:
            alt = lex.bare.match_at(self.doc, k, bare=True)
            if alt is None or not any(e is m.entry for e in alt.payload):
                return
        end = alt.last
        close = d.tokens[end].end
        if end >= last or norm[close:close + 1] != ")" or norm[alt.start:alt.end] != norm[d.tokens[k].start:d.tokens[end].end]:
            return
        m.t1, m.end, m.name_end = end, close + 1, close + 1

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
            if k == j and cls == "base" and d.text(j).isdigit() and len(d.text(j)) >= 2:
                return self.numbered_at(i, j, last, cls, start, kinds, dem)    # "القاعدة 201"
            if k == j:
                return []
            if k < last and d.text(k).isdigit() and d.tight(k - 1, k):
                return self.numbered_at(i, k, last, cls, start, kinds, dem)
            if k + 1 < last and d.text(k) in lex.unit_ordinals and d.tight(k - 1, k):
                k += 1      # "القاعدة الجوية الخامسة ببنجرير": named by its ordinal and place
            while k + 1 < last and d.text(k) in lex.descriptive and d.tight(k - 1, k) and (kinds or dem):
                k += 1      # "الموقع العسكري المتقدم في X", "القاعدة الفرنسية السابقة في Y": a word describing it
            place = self.place_after(k, last)
            if place is None:
                return self.described_at(i, j, k, last, cls, start, kinds, dem)
            _, p1, options, pstart = place
            kind = kinds[0] if kinds else None
            entry = _resolve(options, cls, kind) if options else None
            end = d.tokens[p1].end
            m = Mention(i, p1, start, end, cls, entry, quals=kinds, demonyms=dem)
            if entry and self.head_at(place[0]) is None:
                # "القاعدة العسكرية بكيدال": the listed base, named as written (not "كيدال")
                m.named = False
                m.name_start, m.name_end = start, end
            elif entry and not kinds and not (dem and self.head_at(place[0]) is not None):
                m.named = False
                m.name_start, m.name_end = pstart, end
            elif entry:
                # "القاعدة الجوية في مطار أربيل الدولي": a base described at a listed port or
                # airport is named as written, the port or airport's name kept
                m.named = False
                m.name_start, m.name_end = start, end
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
            q_end, quals, _ = self.qualifiers(g.last + 1, last)
            kind = (pre + quals + [None])[0]
            if cls in ("airport", "port") and self.commercial(g.last + 1, q_end):
                kind = "commercial"     # "مرفأ طرطوس التجاري": the port, not the naval base
            entry = _resolve(g.payload, cls, kind)
            if entry is not None:
                m = Mention(i, g.last, start, g.end, cls, entry, quals=pre[:], demonyms=pre_dem[:])
                m.name_start, m.name_end = start, g.end
                if dual:          # "قاعدتي الجفرة": the name is "الجفرة"
                    m.named, m.name_start = False, g.start
                out.append(m)
                # "قاعدتي الجفرة والقرضابية", "قواعد التنف والشدادي وتل بيدر": every listed name
                while dual and len(out) < MAX_LISTED:
                    nxt = self.dual_second(out[-1].t1 + 1, last, cls, kind)
                    if nxt is None:
                        break
                    out.append(nxt)
                return [m for m in out if not self.city_only(m)]
        if pre and any(q in ("air", "naval", "military") for q in pre) and not dual:
            # "منشأة بحرية في ميناء طرطوس", "قاعدة جوية في منطقة X": a described site at a
            # listed site (or a named port or airport) is that site
            place = self.place_after(k, last)
            if place is not None and (place[2] or self.head_at(place[0]) is not None):
                entry = _resolve(place[2], cls, pre[0]) if place[2] else None
                end = d.tokens[place[1]].end
                m = Mention(i, place[1], start, end, cls, entry, named=False, quals=pre[:], demonyms=pre_dem[:])
                # named by the port or airport it is at ("ميناء طرطوس"), else as written
                # ("قاعدة عسكرية روسية في بورتسودان"), never by a bare city name
                m.name_start = place[3] if self.head_at(place[0]) is not None else start
                m.name_end = end
                if entry is None:
                    m.named, m.name_start = True, start
                    m.key = ("u", cls, (d.norm[place[3]:end],))
                return [m]
        if cls in ("base", "camp") and not (pre or pre_dem or dual):
            owned = self.force_base_at(i, k, last, start, cls)
            if owned:
                return owned
        # a name the gazetteer does not know (not after a plural head: "مطارات ليبيا")
        if dual and d.reading_in(i, lex.plural_heads):
            return []
        n = k
        first_word = d.text(k)
        if first_word[:1] in "لب" and not first_word[1:].startswith("ال") \
                and lex.containers.match_at(self.doc, k) is not None:
            return []       # "مرفأً لسفن الإنزال": what it is for, not its name
        quoted = self.quoted_site_name(k, last)
        if quoted is not None:
            n = quoted + 1      # "قاعدة «الرقيب أول أدجي كوسي» الجوية": the whole quoted name
        if quoted is None and k + 1 < last and (quoted := self.quoted_site_name(k + 1, last)) is not None:
            n = quoted + 1      # "معسكر وحدة «آخ»": a word and the quoted name it governs
        while quoted is None and n < last and n - k < 3 and d.tight(n - 1, n) and d.namelike(n):
            n += 1
        if n == k and k > j and d.text(k) in lex.naming_verbs and not dual:
            # "قاعدة عسكرية تعرف باسم «معسكر السلام»": the name the verb gives it
            m = Mention(i, k - 1, start, d.tokens[k - 1].end, cls, None, quals=pre[:], demonyms=pre_dem[:])
            self.called(m, last)
            return [m] if m.t1 >= k else []
        if n == k or (d.text(k).startswith(("لا", "لت")) and len(d.text(k)) >= 5) or (
                d.text(k)[:1] == "ل" and d.text(k)[1:3] != "ال" and d.text(k).endswith(("ها", "هم"))):
            return []      # ("قاعدة لإطلاق المسيرات", "قاعدة لتدريب", "قاعدة عسكرية لعملياتها":
            #              a purpose or an owner's pronoun, not a name)
        if (pre or pre_dem) and quoted is None and d.text(k).endswith("ه") and not d.text(k).startswith("ال"):
            return []      # ("قاعدة عسكرية قطرية مستقلة", "قاعدة أمريكية قائمة": one more adjective)
        q_end, quals, dem = self.qualifiers(n, last)
        military = [q for q in pre + quals if q in ("air", "naval", "military")]
        weak = cls in ("airport", "port") and "military" not in pre + quals
        commercial = weak and self.commercial(n, q_end)
        if cls == "base" and not (military or dem or pre_dem):
            # "قاعدة ميناكا": an unknown name after a bare "قاعدة" is a site only when a force
            # is placed there or its sentence is military ("قاعدة شعبية" is generic)
            if pre or not d.reading_in(i, lex.unqualified_base_heads) or dual:
                return []
            if d.text(k).endswith("ه") and not d.text(k).startswith("ال"):
                return []      # "قاعدة صلبة": an adjective agreeing with قاعدة, no name
            weak = True
        if cls == "camp":
            first = d.text(k)
            barracks = d.reading_in(i, lex.barracks)       # (a barracks is military)
            if first in lex.generic or first in lex.adj or (barracks and first.endswith("ه") and not first.startswith("ال")):
                return []   # ("ثكنة قديمة": an adjective agreeing with it, no name)
            if not (first.startswith("ال") or military or barracks):
                if '"' in d.norm[max(0, d.tokens[i].start - 2):d.tokens[i].start]:
                    return []   # («معسكر توماس داكين واتارا»: a name being given, told with its site)
                weak = True     # "معسكر كاندي": kept when a force is there or the sentence is military
        if weak and n - k > 1 and quoted is None:
            # an unqualified airport, port or base: one word of name ("عين الأسد": two), or
            # the town it is named after ("مطار موسيمبوا دا برايا")
            town = lex.places.match_at(self.doc, k)
            n = town.last + 1 if town is not None and town.last < n else \
                k + 2 if d.text(k) in lex.name_prefixes else k + 1
        if quoted is None and n == k + 1 and d.text(k).startswith("ال") and cls == "base" and not dual:
            n = self.unit_name_end(k, last) + 1     # "قاعدة الدعم اللوجستي المشتركة": a descriptive name
        if n < last and d.tight(n - 1, n) and d.text(n).isdigit():
            n += 1             # "قاعدة البرج 22"
        end = d.tokens[n - 1].end
        if quoted is not None:
            end = d.norm.index('"', end) + 1      # the closing mark belongs to the name
        m = Mention(i, n - 1, start, end, cls, None, quals=pre[:], demonyms=pre_dem[:], weak=weak,
                    commercial=commercial)
        m.name_start, m.name_end = start, m.end
        m.key = ("u", cls, tuple(d.text(t) for t in range(k, n)))
        if not dual:
            return [m]
        # "مطاري الجنينة والفاشر": two unknown sites, each named by its bare name
        m.named, m.name_start = False, d.tokens[k].start
        out = [m]
        listed = self.dual_second(n, last, cls, (pre + [None])[0]) if n < last else None
        if listed is not None:
            out.append(listed)
        elif n < last and d.tight(n - 1, n) and d.text(n).startswith("و") and len(d.text(n)) > 3:
            w = d.tokens[n].start + 1
            second = Mention(n, n, w, d.tokens[n].end, cls, None, named=False, quals=pre[:], weak=weak,
                             name_start=w, name_end=d.tokens[n].end)
            second.key = ("u", cls, (d.text(n)[1:],))
            out.append(second)
        return [m for m in out if not self.city_only(m)]

    def commercial(self, k: int, end: int) -> bool:
        """Is one of the qualifiers in tokens ``k..end - 1`` a civil one ("التجاري", "المدني")?"""
        return any(self.d.text(t) in self.lex.commercial for t in range(k, end))

    def is_city(self, t0: int, t1: int) -> bool:
        """Are tokens ``t0..t1`` (a prefix on ``t0`` allowed) exactly a city's name?"""
        hit = self.lex.places.match_at(self.doc, t0)
        return hit is not None and hit.last == t1 and hit.payload.get("kind") in ("city", "capital")

    def city_only(self, m: Mention) -> bool:
        """Is a site listed under a dual or plural head named only by a city's name
        ("مطاري طرابلس ومصراتة"), the gazetteer listing no military site by it?  Such a
        record would be the city: none is made."""
        if m.entry is not None and not m.entry.get("civil"):
            return False        # ("قاعدتي حميميم وطرطوس": Tartus the naval base)
        tok = self.doc.token_at(m.name_start)
        hit = self.lex.places.match_at(self.doc, tok.index) if tok is not None else None
        return (hit is not None and hit.start == m.name_start and hit.end == m.name_end
                and hit.payload.get("kind") in ("city", "capital"))

    def force_base_at(self, i: int, k: int, last: int, start: int, cls: str = "base") -> list[Mention]:
        """"قاعدة القوات الملكية الجوية بمراكش", "ثكنة الجيش الوطني بالقصرين": a base or
        barracks named by the force it belongs to (a group or an army, not a state) and the
        place after it, as written; the force is its owner and the force's type adjective its type."""
        d, lex = self.d, self.lex
        owner = self.force_at(k, last, allow_prep=True)
        if owner is None or owner.kind == "state" or owner.t0 != k or not d.tight(owner.t1, owner.t1 + 1):
            return []
        place = self.place_after(owner.t1 + 1, last)
        if place is None or place[0] <= owner.t1:
            return []
        end = d.tokens[place[1]].end
        at = self.head_at(place[0]) if place[2] and d.text(k).startswith("ل") else None
        entry = _resolve(place[2], at[0], None) if at is not None else None
        if entry is not None:
            # "منشأة لسلاح الجو X في قاعدة Y الجوية": the owner's facility at a listed base is that base
            m = Mention(i, place[1], start, end, cls, entry, named=False, owners=[owner])
            m.name_start, m.name_end = place[3], end
            return [m]
        quals = [lex.adj[d.text(t)] for t in range(k, owner.t1 + 1)
                 if lex.adj.get(d.text(t)) in ("air", "naval")][:1]
        m = Mention(i, place[1], start, end, cls, None, quals=quals, owners=[owner])
        m.name_start, m.name_end = start, end
        m.key = ("u", cls, tuple(d.text(t) for t in range(k, place[1] + 1)))
        return [m]

    def quoted_site_name(self, k: int, last: int) -> int | None:
        """The last token of a name in quotes opening right before token ``k`` (at most
        ``QUOTED_SITE_WORDS`` words), else None."""
        d = self.d
        if k == 0 or '"' not in d.norm[d.tokens[k - 1].end:d.tokens[k].start]:
            return None
        for c in range(k, min(last, k + QUOTED_SITE_WORDS)):
            if not d.text(c).isalnum():
                return None
            after = d.norm[d.tokens[c].end:d.tokens[c + 1].start if c + 1 < len(d.tokens) else len(d.norm)]
            if '"' in after:
                return c
            if after.strip():
                return None
        return None

    def numbered_at(self, i: int, k: int, last: int, cls: str, start: int, kinds, dem) -> list[Mention]:
        """"القاعدة الجوية 101 في نيامي", "القاعدة الجوية الأمريكية 201": a base named by its
        number: the gazetteer entry with that number whose type fits best, the place after
        it deciding between two (else decided later by the document, see ``read``)."""
        lex, d = self.lex, self.d
        kind = kinds[0] if kinds else None
        options = [e for e in lex.numbered.get(d.text(k), []) if _fits(e, cls, kind)]
        if options and kind is not None:    # (a bare "القاعدة 201" prefers no type: the text decides)
            top = max(_fits(e, cls, kind) for e in options)
            options = [e for e in options if _fits(e, cls, kind) == top]
        q_end, quals, dem2 = self.qualifiers(k + 1, last)
        place = self.place_after(q_end, last) if len(options) > 1 and q_end < last else None
        if place is None and len(options) > 1 and q_end + 1 < last and d.reading_in(q_end, lex.location_relations) \
                and d.tight(q_end, q_end + 1):
            # "القاعدة الجوية 101 الملاصقة لمطار نيامي": the site or town it lies beside decides
            head = self.head_at(q_end + 1)
            place = self.headed_place(q_end + 1, last, head) if head is not None and head[0] != "hq" \
                else self.place_after(q_end + 1, last)
        if place is not None:
            hit = lex.places.match_at(self.doc, place[0], bare=True)
            country = hit.payload.get("country") if hit is not None else None
            if place[2]:
                country = country or place[2][0].get("country")
            options = [e for e in options if e.get("country") == country] or options
        entry = options[0] if len(options) == 1 else None
        end = d.tokens[q_end - 1].end
        m = Mention(i, q_end - 1, start, end, cls, entry, quals=kinds + quals, demonyms=dem + dem2)
        # "القاعدة الجوية 101 في سينو": a number alone names several bases, so a known town after
        # it is part of its name (a mention without one is still preferred, see ``records``)
        town = self.place_after(q_end, last) if q_end < last and d.tight(q_end - 1, q_end) else None
        if town is not None and town[0] - q_end == (d.text(q_end) == "في") \
                and (town[2] or lex.places.match_at(self.doc, town[0], bare=True) is not None):
            end = d.tokens[town[1]].end
        m.name_start, m.name_end = start, end
        if entry is None:
            m.key = ("u", cls, (d.text(k),))
            m.number = d.text(k)
        return [m]

    def dual_second(self, k: int, last: int, cls: str, kind):
        """The second name of "قاعدتي الجفرة والقرضابية"."""
        lex, d = self.lex, self.d
        comma = k < last and "،" in d.norm[d.tokens[k - 1].end:d.tokens[k].start]
        if k >= last or not (d.text(k).startswith("و") or comma):
            return None
        g = lex.bare.match_at(self.doc, k, bare=comma and not d.text(k).startswith("و"))
        if g is None or g.last >= last:
            return None
        entry = _resolve(g.payload, cls, kind)
        if entry is None:
            return None
        m = Mention(k, g.last, g.start, g.end, cls, entry, named=False)
        m.name_start, m.name_end = g.start, g.end
        return m

    def hq_at_site(self, i: int, place, start: int, cls: str, name_end: int | None = None,
                   with_place: bool = False) -> list[Mention]:
        """"مقره في الرجمة", "مقر القيادة العامة في الرجمة": the headquarters is the listed
        site named in ``place`` (a ``place_after`` result), else nothing.  A listed
        headquarters is named by the HQ phrase before the place ("مقر القيادة العامة"),
        a possessed "مقره" by the place."""
        if not place or not place[2]:
            return []
        entry = _resolve(place[2], "hq_poss", None)
        if not entry or (cls == "hq" and self.head_at(place[0]) is None and entry.get("type") != "headquarters"
                         and (place[0] == place[1] or self.is_city(place[0], place[1]))):
            return []   # ("مقر هيئة الأركان في واغادوغو": a city, not its air base; "بمجمع حلني" is the site)
        end = self.d.tokens[place[1]].end
        m = Mention(i, place[1], start, end, cls, entry, named=False)
        m.name_start, m.name_end = place[3], end
        if cls == "hq" and name_end is not None and entry.get("type") == "headquarters" \
                and self.head_at(place[0]) is None:
            m.named, m.name_start, m.name_end = True, start, end if with_place else name_end
        return [m]

    def hq_at(self, i: int, j: int, last: int, cls: str, start: int) -> list[Mention]:
        lex, d = self.lex, self.d
        if cls == "hq_poss":
            return self.hq_at_site(i, self.place_after(j, last), start, cls)
        core = lex.hq_cores.match_at(self.doc, j, bare=True)
        owner = None
        if core is None and d.text(j) in lex.possessed_commands:
            # "مقر قيادتها العامة في نيامي": the command of the force told before
            end_tok = j + 1 if j + 1 < last and d.tight(j, j + 1) and d.text(j + 1) in lex.general_adjectives else j
            m = Mention(i, end_tok, start, d.tokens[end_tok].end, cls, None)
            m.name_start, m.name_end = start, d.tokens[end_tok].end
            m.key = ("u", "hq", tuple(d.text(t) for t in range(j, end_tok + 1)))
            owner = self.group_before_at(i)
            if owner is not None:
                m.owners.append(owner)
            return [m]
        if core is None or core.payload in ("قوات", "القوات", "الجيش"):
            # "مقر فاغنر", "مقر قوات الدعم السريع": the owner is the name
            owner = self.force_at(j, last)
            if owner is None or owner.kind == "state":
                return []
            end_tok = owner.t1
        elif core.payload in ("قيادة", "القيادة", "سلاح"):
            # the core needs its complement: "مقر قيادة قوات الدعم السريع", "مقر سلاح المدرعات"
            n = core.last + 1
            if n >= last or not d.tight(core.last, n):
                return []
            owner = self.force_at(n, last)
            if owner is not None and owner.id.startswith("unit:"):
                owner = None        # "مقر قيادة اللواء 90 مشاة": the unit names the HQ, read below
            whole = self.force_at(j, last) if owner is None else None
            if whole is not None and whole.t1 > core.last and whole.kind != "state":
                owner = whole       # "مقر القيادة العسكرية الأمريكية لإفريقيا": a listed command
            unit = lex.hq_cores.match_at(self.doc, n, bare=True)
            if owner is not None:
                end_tok = owner.t1
                nxt = end_tok + 1
                if nxt + 1 < last and d.tight(end_tok, nxt) and d.text(nxt).startswith("لل") \
                        and self.force_at(nxt, last, allow_prep=True) is None \
                        and lex.places.match_at(self.doc, nxt) is None:
                    ext = self.unit_name_end(nxt, last)       # "مقر قيادة الجيش المنفصل للأسلحة المشتركة"
                    end_tok = ext if ext > nxt else end_tok     # (not "للإشراف على …": a purpose)
            elif d.text(n) in lex.operation_words and (quoted := self.quoted_site_name(n + 1, last)) is not None:
                end_tok = quoted        # "مقر قيادة عملية «كوندجواري»": the command of a named operation
            elif unit is not None and unit.payload not in ("قيادة", "القيادة"):
                end_tok = self.unit_name_end(unit.last, last)     # "مقر قيادة المنطقة العسكرية الشرقية"
            elif core.payload != "القيادة" and d.namelike(n):
                end_tok = n
                if n + 2 < last and d.text(n + 1) in lex.directions and d.tight(n, n + 1) \
                        and d.tight(n + 1, n + 2) and d.namelike(n + 2):
                    end_tok = n + 2     # "مقر قيادة قطاع جنوب الليطاني": a sector named by its region
            else:
                return []
        else:
            end_tok = self.unit_name_end(core.last, last)     # "مقر الفرقة السادسة", "مقر اللواء 45"
        if owner is None and self.demonym_at(end_tok + 1, last) and d.text(end_tok + 1).startswith("ال") \
                and d.text(end_tok) not in lex.demonyms:
            end_tok += 1    # "مقر وزارة الدفاع التركية", "مقر قيادة الفيلق المغربي": the state's, named with it
        while d.text(end_tok) in lex.demonyms and self.demonym_at(end_tok + 1, last) \
                and d.text(end_tok + 1).startswith("ال"):
            end_tok += 1        # "مقر قيادة القوات المشتركة القطرية التركية": a force of two states
        if end_tok + 1 < last and d.tight(end_tok, end_tok + 1) and d.text(end_tok + 1) in lex.hq_complements:
            end_tok += 1        # "مقر قيادة الأركان العامة للجيوش": part of its name
        # "مقر القيادة المركزية للقوات البحرية الأمريكية والأسطول الخامس": the HQ of both
        joint = self.coordinated_forces(owner, last, 0) if owner is not None and end_tok == owner.t1 else []
        end_tok = joint[-1].t1 if joint else end_tok
        name_end = d.tokens[end_tok].end
        if d.norm.count('"', start, name_end) % 2:
            name_end = d.norm.find('"', name_end, name_end + 2) + 1 or name_end    # (its closing mark)
        k = end_tok + 1
        # "مقر القيادة العامة في الرجمة": the gazetteer site
        place = self.place_after(k, last) if k < last and d.tight(end_tok, k) else None
        # a command every army has is named with its town or owner ("مقر القيادة العامة بالرجمة")
        general = core is not None and core.payload in lex.town_named_cores and end_tok == core.last
        at_site = self.hq_at_site(i, place, start, cls, name_end, general)
        if at_site:
            if owner is not None:   # "مقر الأسطول الخامس في قاعدة الجفير": the HQ's forces are there
                at_site[0].owners += [owner] + joint
            return at_site
        # the owner after "ل": "المقر العسكري لحفتر", "مقر القيادة العامة للقوات المسلحة ..."
        if owner is None and k < last and d.joined(end_tok, k):
            r = d.readings(k)
            if any(cut and "ل" in d.text(k)[:cut] for _, cut, _ in r) or d.text(k).startswith("لل"):
                owner = self.force_at(k, last, allow_prep=True)
                if owner is not None and general:     # ("مقر القيادة العامة للقوات المسلحة")
                    joint = self.coordinated_forces(owner, last, 0)
                    name_end = d.tokens[joint[-1].t1 if joint else owner.t1].end
        m = Mention(i, end_tok, start, name_end, cls, None)
        m.name_start, m.name_end = start, name_end
        if core is not None and core.payload in lex.ministry_cores:
            m.weak = m.commercial = True    # "مقر وزارة الدفاع": a ministry's seat needs a force there
        if owner is not None:
            m.owners += [owner] + joint
            m.tail = max(end_tok, owner.t1)
        m.key = ("u", "hq", tuple(d.text(t) for t in range(j, end_tok + 1)))
        return [m]

    def unit_of_hq(self, m: Mention, last: int) -> list[ForceMention]:
        """"معسكر التكبالي، مقر اللواء 444": a listed unit (an armed group known by its
        number) whose HQ a named site is, in apposition to it, is based there; a regular
        army's numbered unit is not ("قاعدة نفح، مقر الفرقة 210": its army's)."""
        unit = self.force_at(m.t0 + 1, last) if m.t0 + 1 < last else None
        return [unit] if unit is not None and unit.kind == "group" and unit.t0 == m.t0 + 1 \
            and self.d.text(unit.t0) in self.lex.unit_heads and not unit.id.startswith("unit:") else []

    def group_before_at(self, i: int) -> ForceMention | None:
        """"القوة الموحدة لتحالف X، التي يوجد مقر قيادتها": the listed group named last within
        ``RELATIVE_WINDOW`` tokens before token ``i`` in its sentence, whose command a
        possessed "قيادتها" is."""
        lex, d, doc = self.lex, self.d, self.doc
        sentence = doc.sentence_at(d.tokens[i].start)
        for k in range(i - 1, max(-1, i - RELATIVE_WINDOW - 1), -1):
            if sentence is None or d.tokens[k].start < sentence.start:
                break
            m = lex.forces.match_at(doc, k)
            if m is not None and m.last < i and m.payload["kind"] == "group":
                return ForceMention(k, m.last, m.payload["id"], self.core_name(m.start, m.end), "group")
        return None

    def unit_name_end(self, k: int, last: int) -> int:
        """The last token of a unit's name whose head ends at ``k``: its number or its
        definite epithets ("الفرقة السادسة", "المنطقة العسكرية الشرقية", "اللواء 45")."""
        d, lex = self.d, self.lex
        n = k
        while n + 1 < last and n - k < 3 and d.tight(n, n + 1):
            word = d.text(n + 1)
            if word in ("عشر", "عشره") and n > k:
                n += 1          # "الفيلق الحادي عشر"
                continue
            if word.isdigit() or word in lex.unit_ordinals:
                n += 1
                if n + 1 < last and d.tight(n, n + 1) and d.text(n + 1) in lex.unit_arms:
                    return n + 1    # "الفرقة 16 مشاة", "الفرقة الأولى مشاة": its arm ends it
                if word.isdigit():
                    break
                continue
            if (word.startswith("ال") and word not in lex.demonyms
                    and (d.namelike(n + 1) or word[2:] in lex.directions
                         or word[2:].removesuffix("ه") in lex.directions)
                    and lex.places.match_at(self.doc, n + 1) is None
                    and lex.forces.match_at(self.doc, n + 1) is None):
                n += 1
                continue
            break
        return n

    def ops_at(self, i: int, j: int, last: int, start: int) -> list[Mention]:
        d = self.d
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
        """A bare name after a city, region or battle word, or coordinated under one
        ("مدينتي سرت والجفرة")."""
        lex, d = self.lex, self.d
        k = i - 1
        if k < 0 or d.tokens[k].start < sentence.start:
            return False
        if d.reading_in(k, lex.blockers):
            return True
        if not d.text(i).startswith("و"):
            return False
        while k > i - 4 and k >= 0 and d.tokens[k].start >= sentence.start:
            if d.reading_in(k, lex.blockers):
                return True
            if not d.namelike(k):
                return False
            k -= 1
        return False

    # ------------------------------------------------------------ forces

    def force_at(self, i: int, last: int, allow_prep: bool = False, sentence_start: int = 0) -> ForceMention | None:
        """A force named at token ``i``: a listed group, army, leader or state, a container
        word with one of those or with a demonym ("خبراء روس"), or a glued container."""
        lex, d, doc = self.lex, self.d, self.doc
        if i >= last:
            return None
        if d.reading_in(i, lex.quantities):
            return self.quantity_at(i, last, allow_prep, sentence_start)
        if i + 3 < last and f"{d.text(i)} {d.text(i + 1)}" in lex.remainders and d.text(i + 2) == "من":
            # "انتقل ما تبقى من قوات X إلى قاعدة Y": the force that remains
            fm = self.force_at(i + 3, last, allow_prep=True, sentence_start=sentence_start)
            if fm is not None:
                fm.t0, fm.prep = i, not allow_prep and d.prep_marked(i, 0, False)
            return fm
        if d.reading_in(i, lex.group_refs):
            return self.group_before(i)
        if d.reading_in(i, lex.mission_refs):
            return self.group_before(i, mission=True)
        m = lex.forces.match_at(doc, i)
        first = m if m is not None and m.last < last else None
        if first is None:
            short = self.short_group_at(i, last) or self.unit_at(i, last, allow_prep)
            if short is not None:
                return short
        if first is not None:
            p = m.payload
            if p["kind"] == "group":
                fm = self.group_mention(i, m, lex.containers.match_at(doc, i))
            elif p["kind"] == "leader":
                fm = ForceMention(i, m.last, p["id"], doc.original(m.start, m.end), "leader")
            elif m.last == i and d.text(i) in lex.demonyms:
                # a lone adjective read as a state's name ("تركية"): the state
                fm = ForceMention(i, m.last, p["id"], lex.state_name(p.get("iso")), "state", p.get("iso"))
            else:
                fm = ForceMention(i, m.last, p["id"], m.surface(doc), "state", p.get("iso"))
        elif ((bare := lex.bare_forces.match_at(doc, i)) is not None and bare.last < last
              and ((t1 := self.epithets(bare.last, last)) > bare.last or not self.qualified(bare.last, last)
                   or d.text(bare.last + 1) in lex.affiliations)     # ("سلاح الجو التابع لـX")
              and not self.demonym_at(t1 + 1, last)):
            # "حيث يتمركز الجيش والقوة المشتركة": the army of the story's country, as written
            # ("القوات المسلحة الملكية": with the epithets that name it; "سلاح الجو الملكي
            # البحريني", with a demonym after them, is that state's, read as a container)
            first = bare
            state = self.state_after_lam(t1 + 1, last)
            if state is not None:   # "القوات المسلحة للدفاع عن موزمبيق": its state, as written
                iso = state.payload.get("iso")
                return ForceMention(i, state.last, "state:" + iso, _written(doc, bare, state.end), "state_forces", iso)
            fm = ForceMention(i, t1, "army:" + ("ا" if bare.merged_article else "")   # ("للجيش" is "الجيش")
                              + " ".join(d.norm[bare.start:d.tokens[t1].end].split()),
                              _written(doc, bare, d.tokens[t1].end), "group")
        elif ((cont := lex.containers.match_at(doc, i)) is not None and cont.last + 1 < last
              and d.tight(cont.last, cont.last + 1)
              and (_folded(doc, cont) not in lex.unit_containers or d.text(cont.last + 1) in lex.unit_container_arms
                   or d.text(cont.last + 1) == "من")):     # ("وحدة من البحرية الإيطالية")
            first = cont
            n = cont.last + 1
            if d.text(n) == "من" and n + 1 < last:
                n += 1          # "عناصر من فاغنر"
                alliance = self.alliance_at(n, last)
                if alliance is not None:
                    alliance.t0 = i
                    return alliance
            n0 = n
            while n + 1 < last and d.tight(n, n + 1) and (
                    d.text(n) in lex.container_adjectives
                    or (n > n0 and d.text(n)[:1] == "و" and d.text(n)[1:] in lex.container_adjectives)):
                n += 1          # "سفن حربية روسية", "وحدات بحرية وجوية مصرية"
            if n > n0 and d.text(n) == "من" and n + 1 < last and d.tight(n, n + 1) and _folded(doc, cont) in lex.equipment:
                n = n0 = n + 1  # "سفينة إنزال كبيرة من البحرية الروسية": its kind, then whose it is
                while n + 1 < last and d.text(n) in lex.container_adjectives and d.tight(n, n + 1):
                    n += 1
            affiliated = d.text(n) in lex.affiliations and n + 1 < last and d.tight(n, n + 1)
            if affiliated:
                n += 1          # "قوات تابعة لحفتر", "قوات تابعة لتركيا": the group or state after ل
            elif d.text(n)[:1] == "ل" and (own := lex.forces.match_at(doc, n)) is not None \
                    and own.payload["kind"] == "group" and own.start > d.tokens[n].start:
                affiliated = True   # "رتل للتحالف", "عناصر لفاغنر": the group it belongs to
            inner = lex.forces.match_at(doc, n, bare=not affiliated)
            if affiliated and inner is not None and inner.payload["kind"] == "state":
                iso = inner.payload.get("iso")
                if d.text(n - 1) in lex.loyalties:
                    # "مليشيات موالية لإيران": a proxy, not the state's own forces; as written
                    fm = ForceMention(i, inner.last, "proxy:" + iso, _written(doc, cont, inner.end), "group")
                else:
                    fm = ForceMention(i, inner.last, "state:" + iso, lex.state_name(iso), "state_forces", iso)
                inner = None
            elif affiliated and inner is None:
                # "قطع تابعة للبحرية الهندية": the national force it belongs to
                fm = self.force_at(n, last, True, sentence_start) if lex.containers.match_at(doc, n) else None
                if fm is None or fm.kind != "state_forces":
                    return None
                fm.t0 = i
            else:
                fm = None
            if inner is not None and inner.payload["kind"] == "state" and d.text(n) in lex.demonyms:
                inner = None         # "قوات تركية": the adjective, not the state's name "تركيه"
            if inner is not None and inner.last < last:
                p = inner.payload
                if p["kind"] == "state":     # "قوات روسيا" is rare; "جنود مصر" no; but "قوة دفاع البحرين"
                    return self.named_for_state(cont, cont.last + 1 + (d.text(cont.last + 1) == "من"), last)
                if p["kind"] == "leader" and _folded(doc, cont) in ("قوات", "القوات") and not affiliated:
                    name = _written(doc, cont, inner.end)      # "قوات حفتر"
                elif p["kind"] == "group":
                    name = self.core_name(inner.start, inner.end)
                else:
                    name = inner.surface(doc)
                fm = ForceMention(i, inner.last, p["id"], name, p["kind"])
            elif fm is not None:
                pass
            elif (quoted := self.quoted_name(cont.last, n, last)) is not None:
                if _folded(doc, cont) in lex.equipment:
                    # "سرب من مقاتلات «تايفون» التابعة لسلاح الجو الملكي": a model, not a force;
                    # the force is the one it belongs to
                    k = quoted + 1
                    if k + 1 < last and d.text(k) in lex.affiliations and d.tight(k, k + 1):
                        owner = self.force_at(k + 1, last, allow_prep=True, sentence_start=sentence_start)
                        if owner is not None:
                            owner.t0 = i
                            return owner
                    return None
                fm = ForceMention(i, quoted, "quoted:" + " ".join(d.text(k) for k in range(n, quoted + 1)),
                                  doc.original(d.tokens[n].start, d.tokens[quoted].end), "group")
            elif d.text(n) in lex.demonyms and _folded(doc, cont) not in lex.mercenaries:
                iso, definite = lex.demonyms[d.text(n)]
                name = self.national_name(cont, n, iso, definite)
                if n > n0 > cont.last + 1 and definite and d.text(n0).startswith("ال"):
                    name = doc.original(d.tokens[n0].start, d.tokens[n].end)   # "وحدات من البحرية الليبية"
                elif (n > n0 and definite and d.text(n0) in lex.written_containers
                      and _folded(doc, cont) not in lex.personnel):
                    # "سفن البحرية الملكية البريطانية", "قطع البحرية الأمريكية": the force they belong to
                    name = doc.original(d.tokens[n0].start, d.tokens[n].end)
                t0 = i
                if (i > 0 and name != lex.state_name(iso) and d.text(i).startswith("و") and d.tight(i - 1, i)
                        and d.text(i - 1) in lex.personnel and d.text(i - 1).startswith("ال") == definite):
                    # "الضباط والجنود الأتراك": both containers are the state's troops
                    t0, name = i - 1, doc.original(d.tokens[i - 1].start, d.tokens[n].end)
                fm = ForceMention(t0, n, "state:" + iso, name, "state_forces", iso)
                g = (lex.forces.match_at(doc, n + 2)
                     if n + 2 < last and d.text(n + 1) == "من" and d.tight(n, n + 1) else None)
                if g is not None and g.payload["kind"] == "group" and g.last < last:
                    # "مدربون روس من «الفيلق الأفريقي»": the group they belong to
                    fm = ForceMention(i, g.last, g.payload["id"], self.core_name(g.start, g.end), "group")
            elif n > cont.last and (lex.containers.match_at(doc, n) or lex.unit_forces.match_at(doc, n)) \
                    and (nested := self.force_at(n, last, True, sentence_start)) is not None \
                    and nested.kind in ("state_forces", "group"):
                fm = nested     # "وحدات من سلاح الجو التونسي", "وحدات من الفرقة الخامسة": the force the units belong to
                fm.t0 = i
            elif (named := self.named_for_state(cont, n, last)) is not None:
                fm = named
            elif (short := self.short_group_at(n, last)) is not None and n == cont.last + 1:
                fm = short      # "عناصر الفيلق" after "الفيلق الأفريقي": its members
                fm.t0 = i
            elif _folded(doc, cont) in lex.equipment and \
                    (owner := self.equipment_owner(n, last, sentence_start)) is not None:
                owner.t0 = i    # "مقاتلات إف-16 التابعة للقوات الملكية الجوية": their force
                return owner
            elif (fm := self.demonstrated(i, cont)) is None:
                return None
        elif d.text(i) in lex.pronoun_containers or (d.text(i)[:1] in "وف" and d.text(i)[1:] in lex.pronoun_containers):
            return self.pronoun_at(i, sentence_start)
        else:
            return self.glued_at(i)
        if lex.as_written(fm):
            self.joint(fm, last)
        cut = first.start - d.tokens[i].start
        if (not allow_prep and d.prep_marked(i, cut, first.merged_article)) or d.in_parens(i, sentence_start):
            fm.prep = True
        fm.garrison = d.text(i) in lex.garrisons
        return fm

    def owned_by(self, fm: ForceMention) -> bool:
        """The force is the owner after an affiliation ("التابعة لصدام حفتر", "التابعة لحفتر")."""
        d, k = self.d, fm.t0
        return (k >= 1 and d.text(k - 1) in self.lex.affiliations) or (
            k >= 2 and d.text(k - 2) in self.lex.affiliations and d.text(k - 1)[:1] == "ل" and d.tight(k - 2, k - 1))

    def demonstrated(self, i: int, cont) -> ForceMention | None:
        """"وتنتشر هذه القوات في قاعدة X": a definite container after a demonstrative is
        the force last named with the same container word ("القوات التركية" before)."""
        lex, d, doc = self.lex, self.d, self.doc
        word = _folded(doc, cont)
        if i == 0 or d.text(i - 1) not in lex.demonstratives or not word.startswith("ال") or not d.tight(i - 1, i):
            return None
        starts = lex.containers.starts(doc)
        k0 = bisect_left(starts, i)
        for k in range(k0 - 1, max(-1, k0 - 20), -1):
            c = lex.containers.match_at(doc, starts[k])
            if c is None or _folded(doc, c) != word:
                continue
            fm = self.force_at(starts[k], i - 1, allow_prep=True)
            if fm is None or fm.kind not in ("state_forces", "group"):
                return None
            return ForceMention(i, cont.last, fm.id, fm.name, fm.kind, fm.iso)
        return None

    def joint(self, fm: ForceMention, last: int) -> None:
        """"القوات المشتركة القطرية التركية": a second demonym right after a state's
        forces named as written makes them the joint forces of both, as written."""
        d, lex = self.d, self.lex
        k = fm.t1 + 1
        own = lex.demonyms.get(d.text(fm.t1))
        other = lex.demonyms.get(d.text(k)) if k < last and d.tight(fm.t1, k) else None
        if own and other and other[1] == own[1] and other[0] != fm.iso:
            fm.name += self.doc.original(d.tokens[fm.t1].end, d.tokens[k].end)
            fm.t1, fm.id = k, f"joint:{fm.iso}:{other[0]}"

    def unit_at(self, i: int, last: int, allow_prep: bool) -> ForceMention | None:
        """"الجناح الجوي الاستكشافي 380", "اللواء 128 مشاة", "الفرقة الأولى": a unit named
        by its number or ordinal, as written (a unit head alone is no force: "اللواء" is a rank)."""
        lex, d, doc = self.lex, self.d, self.doc
        head = lex.unit_forces.match_at(doc, i)
        if head is None:
            return self.construct_unit_at(i, last, allow_prep)
        n = head.last
        while (n + 1 < last and n - head.last < 2 and d.tight(n, n + 1) and d.text(n + 1) in lex.adj
               and d.text(n + 1).startswith("ال")):
            n += 1      # "الجناح الجوي …": its arm's adjective
        end = self.unit_name_end(n, last)
        if not any(d.text(k).isdigit() or d.text(k) in lex.unit_ordinals for k in range(head.last + 1, end + 1)):
            return None
        name = _written(doc, head, d.tokens[end].end)
        fm = ForceMention(i, end, "unit:" + " ".join(d.text(k) for k in range(head.last, end + 1)), name, "group")
        fm.prep = not allow_prep and d.prep_marked(i, head.start - d.tokens[i].start, head.merged_article)
        return fm

    def construct_unit_at(self, i: int, last: int, allow_prep: bool) -> ForceMention | None:
        """"مجموعة العمل البحرية", "لواء القوات الخاصة الخامس والستين": an indefinite unit
        head in construct with definite words that end in an arm or an ordinal, as written."""
        lex, d, doc = self.lex, self.d, self.doc
        head = lex.construct_units.match_at(doc, i)
        if head is None or head.last != i:
            return None
        n, end = i, None
        while n + 1 < last and n - i < 5 and d.tight(n, n + 1):
            word = d.text(n + 1)
            if end is not None and d.text(end) in lex.unit_ordinals and word.startswith("وال") and n == end:
                n = end = n + 1          # "الخامس والستين"
                continue
            if not word.startswith("ال") or word in lex.demonyms or lex.places.match_at(doc, n + 1) is not None:
                break
            n += 1
            if n > i + 1 and (word in lex.unit_container_arms or word in lex.unit_ordinals):
                end = n
        if end is None:
            return None
        fm = ForceMention(i, end, "unit:" + " ".join(d.text(k) for k in range(i, end + 1)),
                          _written(doc, head, d.tokens[end].end), "group")
        fm.prep = not allow_prep and d.prep_marked(i, head.start - d.tokens[i].start, head.merged_article)
        return fm

    def alliance_at(self, n: int, last: int) -> ForceMention | None:
        """"(عسكريون من) عدة دول في التحالف", "دول الناتو": a group of member states is
        the alliance they belong to."""
        lex, d = self.lex, self.d
        if n < last and d.text(n) in lex.member_counts:
            n += 1
        if not (n + 1 < last and d.text(n) in lex.member_states and d.tight(n - 1, n)):
            return None
        k = n + 1 + (d.text(n + 1) in ("في", "من") and n + 2 < last)
        group = self.force_at(k, last, allow_prep=True) if d.tight(k - 1, k) else None
        return group if group is not None and group.kind == "group" else None

    def equipment_owner(self, n: int, last: int, sentence_start: int) -> ForceMention | None:
        """The force that aircraft or ships described from token ``n`` belong to: the one
        after "التابعة لـ" within a few words ("إف-16 التابعة للقوات الملكية الجوية",
        "التدريب والنقل التابعة لـX"), else None."""
        d, lex = self.d, self.lex
        for k in range(n, min(n + EQUIPMENT_WORDS, last - 1)):
            if k > n and not d.joined(k - 1, k, " -\"'"):
                return None
            if d.text(k) in lex.affiliations and d.tight(k, k + 1):
                return self.force_at(k + 1, last, allow_prep=True, sentence_start=sentence_start)
        return None

    def short_group_at(self, i: int, last: int) -> ForceMention | None:
        """"الفيلق" after "الفيلق الأفريقي": a listed group told before by a longer name is
        called by its definite head word alone (not when a word that could name another
        unit follows: "الفيلق الخامس")."""
        d = self.d
        word = d.text(i)
        if not word.startswith("ال") or len(word) < 5:
            return None
        seen = self.short_groups().get(word)
        if seen is None or seen[0] >= i:
            return None
        if i + 1 < last and d.tight(i, i + 1) and (d.text(i + 1).startswith("ال") or d.text(i + 1).isdigit()
                                                   or d.text(i + 1) in self.lex.demonyms) \
                and self.lex.cues.match_at(self.doc, i + 1) is None:     # (but "الحشد المتمركزة في …")
            return None
        return ForceMention(i, i, seen[1], seen[2], "group")

    def short_groups(self) -> dict:
        """Definite head word -> (first token, id, name) of the groups the document names by
        a longer name ("الفيلق الأفريقي"), when one group alone has that head."""
        if self._short_groups is None:
            found: dict[str, tuple] = {}
            clash: set[str] = set()
            lex, d, doc = self.lex, self.d, self.doc
            for i in lex.forces.starts(doc):    # (only where a listed force may start)
                word = d.text(i)
                if not word.startswith("ال") or word in lex.army_words or word in lex.group_refs:
                    continue
                m = lex.forces.match_at(doc, i)
                if m is None or m.last == i or m.payload.get("kind") != "group":
                    continue
                if word in found and found[word][1] != m.payload["id"]:
                    clash.add(word)
                found.setdefault(word, (i, m.payload["id"], self.core_name(m.start, m.end)))
            self._short_groups = {w: v for w, v in found.items() if w not in clash}
        return self._short_groups

    def state_after_lam(self, n: int, last: int):
        """"للدفاع عن موزمبيق": a state named within a short لـ phrase starting at ``n``."""
        lex, d = self.lex, self.d
        if n >= last or not d.tight(n - 1, n) or d.text(n)[:1] != "ل" or len(d.text(n)) < 4:
            return None
        for k in range(n + 1, min(n + 3, last + 1)):
            if not d.tight(k - 1, k):
                return None
            state = lex.forces.match_at(self.doc, k)
            if state is not None and state.payload["kind"] == "state" and state.last <= last:
                return state
            if d.text(k) not in ("عن", "في"):
                return None
        return None

    def named_for_state(self, cont, n: int, last: int) -> ForceMention | None:
        """"قوات دفاع شعب جنوب السودان", "قوة دفاع البحرين", "قوات الدفاع الشعبية
        الأوغندية": a force container whose name, of a few words, ends with a state or
        its demonym is that state's force, as written."""
        lex, d, doc = self.lex, self.d, self.doc
        if _folded(doc, cont) not in lex.written_containers and _folded(doc, cont) not in ("قوه", "قوات"):
            return None
        for k in range(n, min(n + 4, last)):
            if k > n and not d.tight(k - 1, k):
                return None
            word = d.text(k)
            state = lex.forces.match_at(doc, k)
            if state is not None and state.payload["kind"] == "state" and state.last <= last and k > n:
                iso = state.payload.get("iso")
                return ForceMention(cont.first, state.last, "state:" + iso,
                                    _written(doc, cont, state.end), "state_forces", iso)
            if word in entities.lexicon().stop or word[:1] == "و" or word in lex.quantities or word in lex.personnel:
                return None     # (not "القوات مئات الجنود السودانيين": the troops are a force of their own)
            if word in lex.demonyms and k > n and word.startswith("ال"):
                iso = lex.demonyms[word][0]
                return ForceMention(cont.first, k, "state:" + iso,
                                    _written(doc, cont, d.tokens[k].end), "state_forces", iso)
        return None

    def epithets(self, k: int, last: int) -> int:
        """The last token of the definite epithets after a bare force ending at ``k`` that
        are neither a demonym nor a listed force ("الملكية", "الوطنية"): ``k`` when none."""
        d, lex = self.d, self.lex
        n = k
        while n + 1 < last and n - k < 2 and d.tight(n, n + 1):
            word = d.text(n + 1)
            if not word.startswith("ال") or word in lex.demonyms or word in lex.relatives or word in lex.time_words \
                    or word in lex.affiliations or word in lex.adj or word[2:] in entities.lexicon().ranks \
                    or lex.forces.match_at(self.doc, n + 1, bare=True) is not None \
                    or lex.places.match_at(self.doc, n + 1, bare=True) is not None \
                    or lex.cues.match_at(self.doc, n + 1) is not None:     # ("القوات الجوية المرابطة في …")
                break
            if self.disagrees(k, n + 1):
                break
            n += 1
        return n

    def became_base_of(self, first: int, last: int, sites: "_ByToken", topic: Mention | None):
        """"وكان المطار قد تحول … إلى ثكنة لقوات X", "تحولت قاعدة Y إلى مقر لـX": the site
        the verb of becoming is about (named after it, else the sentence's bare subject)
        holds X.  Each "إلى" is looked at once, the verb searched a few words back."""
        d, lex = self.d, self.lex
        for t in range(first + 1, last - 2):
            if d.text(t) != _ILA or not d.tight(t, t + 1):
                continue
            head = self.head_at(t + 1)
            if head is None or head[3] or head[0] not in ("camp", "base", "hq") or not d.tight(t + 1, t + 2):
                continue    # (an indefinite head: "ثكنة", "قاعدة", "مقر")
            if not d.text(t + 2).startswith("ل"):
                continue
            f = self.force_at(t + 2, last, allow_prep=True)
            verb = next((v for v in range(t - 1, max(first, t - BECOMING_WINDOW) - 1, -1)
                         if d.text(v) in lex.becoming_verbs), None)
            if f is None or verb is None:
                continue
            subject = [m for m in sites.range(verb, t) if m.t1 < t][:1] or ([topic] if topic is not None else [])
            for m in subject:
                yield m, f

    def pronoun_fits(self, m: Mention, cue: str) -> bool:
        """Does the object pronoun ending ``cue`` ("اقتحمتها", "استعاده") agree with the
        head of site ``m`` (feminine "قاعدة", "ثكنات"; masculine "مطار", "مقر")?"""
        head = self.d.text(m.t0)
        feminine = m.cls is None or head.endswith(("ه", "ات")) or head in self.lex.plural_heads
        return cue.endswith("ها") if feminine else cue.endswith("ه") and not cue.endswith("ها")

    def disagrees(self, k: int, n: int) -> bool:
        """Is token ``n`` a feminine adjective after the masculine force ending at ``k``
        ("وحدات الجيش المتقدمة": it agrees with the units, not the army)?"""
        return self.d.text(n).endswith("ه") and self.d.text(k) in self.lex.masculine_forces

    def demonym_at(self, k: int, last: int) -> bool:
        """Is token ``k`` a demonym right after the token before it?"""
        return k < last and self.d.tight(k - 1, k) and self.d.text(k) in self.lex.demonyms

    def qualified(self, k: int, last: int) -> bool:
        """Does a word that names or qualifies a force follow token ``k`` closely
        ("الجيش السوداني", "الجيش الوطني الليبي", "الجيش "الحر"")?"""
        d, lex = self.d, self.lex
        n = k + 1
        if n >= last or not d.tight(k, n):
            return False
        word = d.text(n)
        return (word in lex.demonyms or word in lex.container_adjectives or word in lex.affiliations
                or word == "من" or lex.forces.match_at(self.doc, n, bare=True) is not None
                or (word.startswith("ال") and not word.startswith("الذ") and word not in lex.relatives
                    and word not in lex.time_words and not self.disagrees(k, n)
                    and lex.cues.match_at(self.doc, n) is None))      # ("الجيش المرابط في …")

    def quantity_at(self, i: int, last: int, allow_prep: bool, sentence_start: int) -> ForceMention | None:
        """"دفعة جديدة من المدربين الأتراك", "مئات من عناصر فاغنر": the force after "من",
        marked as a preposition's object only by what stands before the quantity word."""
        d = self.d
        j = i + 1
        while j < last and j - i <= 2 and d.text(j) != "من":
            j += 1              # "دفعة جديدة من"
        if (j + 1 >= last or d.text(j) != "من") and i + 1 < last and d.tight(i, i + 1) \
                and self.lex.containers.match_at(self.doc, i + 1) is not None:
            j = i               # "عشرة آلاف عسكري أميركي", "آلاف الجنود الأمريكيين": the troops counted
        elif j + 1 >= last or d.text(j) != "من" or not d.tight(j, j + 1):
            return None
        if d.reading_in(j + 1, self.lex.quantities):
            return None         # no nesting ("عدد من عشرات من ..."): no recursion on long runs
        fm = self.force_at(j + 1, last, allow_prep=True, sentence_start=sentence_start)
        if fm is None:
            return None
        reading = d.reading_in(i, self.lex.quantities)
        fm.t0 = i
        if j == i and i > 0 and d.tight(i - 1, i) and self.lex.as_written(fm) \
                and (d.text(i - 1).isdigit() or d.text(i - 1) in self.lex.counts):
            # "4 آلاف عسكري أمريكي", "عشرة آلاف عسكري أميركي": the troops with their count, as written
            fm.t0, fm.name = i - 1, self.doc.original(d.tokens[i - 1].start, d.tokens[fm.t1].end)
        fm.prep = (not allow_prep and d.prep_marked(i, reading[1], reading[2])) or d.in_parens(i, sentence_start)
        return fm

    def quoted_name(self, before: int, n: int, last: int) -> int | None:
        """The last token of a name in quotes right after a container word ("قوات "درع
        السودان""), at most ``QUOTED_WORDS`` words; None when there is none."""
        d = self.d
        if '"' not in d.norm[d.tokens[before].end:d.tokens[n].start]:
            return None
        k = n
        while k + 1 < last and k - n < QUOTED_WORDS:
            if not (d.namelike(k) or d.text(k).isdigit()) or d.text(k) in ("لن", "لا", "لم", "قد"):
                return None     # a quoted statement, not a name
            gap = d.norm[d.tokens[k].end:d.tokens[k + 1].start]
            if '"' in gap:
                return k
            if gap.strip():
                return None
            k += 1
        gap = d.norm[d.tokens[k].end:d.tokens[k + 1].start] if k + 1 < len(d.tokens) else '"'
        return k if '"' in gap else None

    def pronoun_at(self, i: int, sentence_start: int) -> ForceMention | None:
        """"أعلنت وزارة الدفاع الأمريكية أن قواتها ...": a possessed force word stands for
        the forces of the nearest state named before it in the sentence (a state's name,
        a demonym, or a group or army of that state)."""
        lex, d, doc = self.lex, self.d, self.doc
        plural = d.text(i).endswith("هم")     # "وجودهم", "قواتهم": people, never a state's name
        own_units = d.text(i).removeprefix("و") in lex.unit_pronouns     # "وأفواجه": a unit's
        k = i - 1
        while k >= 0 and i - k <= PRONOUN_WINDOW and d.tokens[k].start >= sentence_start:
            t = d.text(k)
            iso = None
            short = self.short_group_at(k, i) or (self.unit_at(k, i, True) if own_units else None)
            if short is not None:
                # "يتخذ الفيلق … عناصره", "لواء القوات الخاصة الخامس والستين وأفواجه"
                return ForceMention(i, i, short.id, short.name, "group")
            if t in lex.demonyms:
                iso = lex.demonyms[t][0]
                for j in range(k - 1, max(-1, k - 4), -1):
                    g = lex.forces.match_at(doc, j)
                    if g is not None and g.payload["kind"] == "group" and (
                            g.last == k - 1 or (g.last == k and " ".join(d.text(w) for w in range(j, k)) in lex.force_keys)):
                        # "الفيلق الأفريقي الروسي يعزز وجوده": the group, its epithet aside
                        return ForceMention(i, i, g.payload["id"], self.core_name(g.start, g.end), "group")
                cont = lex.containers.match_at(doc, k - 1) if k else None
                if cont is not None and cont.last == k - 1 and _folded(doc, cont) in lex.personnel:
                    # "أن القوات الأمريكية أكملت …، وأن من تبقى من جنودها": those troops, as written
                    return ForceMention(i, i, "state:" + iso, self.national_name(cont, k, iso, True),
                                        "state_forces", iso)
            else:
                m = lex.forces.match_at(doc, k)
                if m is not None and m.last < i:
                    if m.payload.get("kind") == "group" and d.text(k) not in lex.army_words:
                        # "يتخذ الفيلق الأفريقي … فيما تنتشر عناصره": the group's own members
                        return ForceMention(i, i, m.payload["id"], self.core_name(m.start, m.end), "group")
                    if (k == 0 or self.head_at(k - 1) is None) and not (plural and m.payload["kind"] == "state"):
                        iso = m.payload.get("iso")      # (not a city naming a site: "قاعدة نيامي")
            if iso:
                return ForceMention(i, i, "state:" + iso, lex.state_name(iso), "state_forces", iso)
            k -= 1
        return None

    def in_title(self, m) -> bool:
        """Is the mention inside the title chain before a person's name ("قائد منطقة
        كرري العسكرية اللواء X")?  (Not an apposition after it: "التقى حفتر السفير في
        مقره بالرجمة" is read as one by the entities.)"""
        titles = self.doc.cache.get("sites.titles")
        if titles is None:
            titles = self.doc.cache["sites.titles"] = [
                (p.role_start, p.role_end) for p in entities.people(self.doc)
                if p.role_start is not None and p.role_end <= p.start]
        return any(a <= m.start and m.end <= b for a, b in titles)

    def person_starts_at(self, k: int) -> bool:
        """Does a person's name (or the title before it) start at token ``k``?"""
        starts = self.doc.cache.get("sites.person_starts")
        if starts is None:
            starts = self.doc.cache["sites.person_starts"] = {
                s for p in entities.people(self.doc) for s in (p.start, p.role_start) if s is not None}
        return self.d.tokens[k].start in starts

    def landmark(self, m) -> bool:
        """Is the mention only a landmark that places something else ("قرب مطار X",
        "الملاصقة لمطار X", "بالقرب من ميناء X")?"""
        d = self.d
        k = m.t0 - 1
        if k >= 0 and d.text(k) == "في" and k - 1 in self.site_ends and m.cls in ("port", "airport"):
            return True     # "منشأة الدعم البحري البريطانية في ميناء سلمان": where the site is
        if k >= 0 and d.text(k) == "من":
            k -= 1
        return k >= 0 and d.reading_in(k, self.lex.landmark_words)

    def group_before(self, i: int, mission: bool = False) -> ForceMention | None:
        """"الجماعة", "الميليشيا" standing for the armed group named last before token
        ``i`` (within a few dozen force names back): "غارات على مواقع للجماعة" after
        "الحوثيون"; a national army is never one ("«الميليشيا»" after "القوات المسلحة
        السودانية" is the militia named before); "البعثة" (``mission``) for a peace mission."""
        lex, doc = self.lex, self.doc
        starts = lex.forces.starts(doc)
        for k in range(bisect_left(starts, i) - 1, max(-1, bisect_left(starts, i) - 40), -1):
            m = lex.forces.match_at(doc, starts[k])
            if m is not None and m.last < i and m.payload["kind"] == "group" and not m.payload.get("army") \
                    and (not mission or m.payload.get("mission")):
                fm = self.group_mention(starts[k], m, lex.containers.match_at(doc, starts[k]))
                if fm.kind == "group":
                    return ForceMention(i, i, fm.id, fm.name, "group")
        return None

    def group_mention(self, i: int, m, cont) -> ForceMention:
        """A listed group by its core name, without the container words around it
        ("مجموعات فاغنر", "قوات فاغنر", "فاغنر الروسية" → "فاغنر"); a national army as
        "القوات الروسية" or "روسيا"."""
        lex, d, doc = self.lex, self.d, self.doc
        p = m.payload
        start, end = m.start, m.end
        if cont is not None and cont.last < m.last:
            n = cont.last + 1
            if m.last == n and d.text(n) in lex.demonyms and lex.demonyms[d.text(n)][0] == p.get("iso"):
                iso, definite = lex.demonyms[d.text(n)]
                return ForceMention(i, m.last, "state:" + iso, self.national_name(cont, n, iso, definite),
                                    "state_forces", iso)
            inner = lex.forces.match_at(doc, n, bare=True)
            if inner is not None and inner.payload["kind"] == "group" and d.text(n) in lex.container_adjectives \
                    and _folded(doc, cont) in lex.written_containers:
                # "القوات البحرية السودانية": a service of the armed forces, as written
                return ForceMention(i, m.last, p["id"], self.core_name(m.start, m.end), "group")
            if inner is not None and inner.payload["kind"] == "group" and inner.last >= m.last \
                    and d.text(n) in lex.command_words and m.start == cont.start:
                # "قوات القيادة العامة": a command is no force; its forces are named in full
                return ForceMention(i, m.last, p["id"], _written(doc, m), "group")
            if inner is not None and inner.payload["kind"] == "group" and inner.last >= m.last:
                # the name inside the container: "قوات فاغنر", "عناصر فاغنر" + "فاغنر الروسية"
                start, end = inner.start, inner.end
                return ForceMention(i, inner.last, inner.payload["id"], self.core_name(start, end), "group")
            if (inner is not None and inner.payload["kind"] == "group"
                    and all(d.text(k) in lex.demonyms or d.text(k) in lex.adj
                            for k in range(inner.last + 1, m.last + 1))):
                start = inner.start
        return ForceMention(i, m.last, p["id"], self.core_name(start, end), "group")

    def core_name(self, start: int, end: int) -> str:
        """A group's name as written without a trailing demonym or adjective when the
        shorter name is listed ("فاغنر الروسية", "الفيلق الأفريقي الروسي")."""
        lex, d, doc = self.lex, self.d, self.doc
        last_tok = doc.token_at(end - 1)
        if (last_tok is not None and last_tok.start > start
                and (last_tok.text in lex.demonyms or last_tok.text in lex.adj)):
            shorter = d.tokens[last_tok.index - 1].end
            if " ".join(doc.norm[start:shorter].split()) in lex.force_keys:
                end = shorter
        return _named_as_written(doc, start, end)     # ("تابع للتحالف الدولي": "التحالف الدولي")

    def national_name(self, cont, n: int, iso: str, definite: bool) -> str:
        """"القوات الروسية"/"الجيش الروسي" and troops ("قوات روسية", "جنود أمريكيين") as
        written; other forms (aircraft, ships, "جندي أمريكي") by the state's name."""
        if definite and _folded(self.doc, cont) in self.lex.written_containers and all(
                self.d.text(k) in self.lex.container_adjectives for k in range(cont.last + 1, n)):
            return _written(self.doc, cont, self.d.tokens[n].end)    # ("البحرية الوطنية الموريتانية")
        if _folded(self.doc, cont) in self.lex.personnel or (
                cont.first > 0 and self.d.reading_in(cont.first - 1, self.lex.quantities)):
            # "قوات روسية", "عسكريين روس", and a singular counted ("عشرة آلاف عسكري أميركي")
            return _written(self.doc, cont, self.d.tokens[n].end)
        return self.lex.state_name(iso)

    def glued_at(self, i: int) -> ForceMention | None:
        """"عناصرفاجنر": a container word glued to a group name."""
        lex, d = self.lex, self.d
        hit = lex.glued.get(d.text(i))
        if hit is None:
            return None
        cut, p = hit
        s = d.tokens[i].start + cut
        return ForceMention(i, i, p["id"], d.doc.original(s, d.tokens[i].end), "group")

    # ------------------------------------------------------------ the document

    def read(self) -> list[dict]:
        lex, d, doc = self.lex, self.d, self.doc
        sentences = [s for s in doc.sentences if s.kind in ALLOWED_LINES]
        mentions: list[Mention] = []
        pending_bare: list[tuple[Mention, Any]] = []
        forces: dict[int, list[ForceMention]] = {}
        cues: dict[int, list[tuple[int, int, str, str]]] = {}
        bounds = _Bounds(d, sentences)      # first token, last token + 1
        kept_by_sentence: dict[int, list[Mention]] = {}
        same_refs: set[int] = set()     # sentences with "القاعدة ذاتها" (a site told before)
        for si in bounds.with_any(d.site_starts):
            s = sentences[si]
            first, last = bounds[si]
            sent_mentions = []
            i = _next(d.site_starts, first)
            while i < last:
                lit = lex.literal.match_at(doc, i)
                found = self.site_at(i, last, s, lit)
                if found:
                    for m in found:
                        m.sentence, m.section = si, s.section
                    sent_mentions += found
                    i = _next(d.site_starts, max(m.t1 for m in found) + 1)
                    continue
                if lit is not None and lit.last < last and lit.payload["bare"] and not self.blocked(i, s):
                    m = Mention(i, lit.last, lit.start, lit.end, None, lit.payload["entry"], named=True,
                                name_start=lit.start, name_end=lit.end, sentence=si, section=s.section)
                    pending_bare.append((m, s))
                    i = _next(d.site_starts, lit.last + 1)
                    continue
                if i + 1 < last and d.text(i) in lex.bare_heads and d.text(i + 1) in lex.same_words:
                    same_refs.add(si)
                i = _next(d.site_starts, i + 1)
            # HQ phrases in apposition to the site just before them describe that site
            kept = []
            for m in sent_mentions:
                prev = kept[-1] if kept else None
                if (prev is not None and m.cls == "hq" and m.entry is None and not d.text(m.t0).startswith("و")
                        and (prev.apposition_end or prev.t1) + 1 == m.t0 and d.joined(prev.apposition_end or prev.t1, m.t0)):
                    prev.owners += m.owners or self.unit_of_hq(m, last)
                    prev.apposition_end = m.tail or m.t1
                    prev.weak = False   # ("معسكر غيزو، مقر هيئة الأركان": a headquarters, military)
                    continue
                if prev is not None and m.cls == "hq" and m.entry is None and self.apposed_after(prev, m.t0):
                    prev.owners += m.owners     # (its place phrase stays its location)
                    prev.apposed.append((m.t0, m.tail or m.t1))
                    prev.weak = False
                    continue
                kept.append(m)
            mentions += kept
            kept_by_sentence[si] = kept
        # forces and cues, only where a site is near: its sentence and the two before it
        # (an agent carries over two sentences at most), and the three after it ("وتنتشر في
        # القاعدة …", "وتضم القاعدة …" refer back to it)
        near = {m.sentence - back for m in mentions for back in (0, 1, 2, -1, -2, -3)}
        near |= {m.sentence - back for m, _ in pending_bare for back in (0, 1, 2)}
        near |= same_refs
        for si in sorted(near):
            if not 0 <= si < len(sentences):
                continue
            first, last = bounds[si]
            if first is None:
                continue
            starts = d.cue_starts(first, last)
            if not starts.placing:
                if sentences[si].kind == "caption" or not self.force_in_site(kept_by_sentence.get(si, []), starts, first):
                    continue        # no cue that places a force: its forces would serve nothing
                self.cueless.add(si)
            forces[si], cues[si] = self.forces_and_cues(sentences[si], (first, last), starts,
                                                        kept_by_sentence.get(si, []))
        # bare names of sites the text has introduced
        introduced = {id(m.entry) for m in mentions if m.entry is not None}
        for m, s in pending_bare:
            if id(m.entry) in introduced:
                mentions.append(m)
        mentions.sort(key=lambda m: m.t0)
        self.site_ends = {m.t1 for m in mentions}
        # "القاعدة الجوية 101" after "القاعدة الجوية 101 في نيامي": the base already named
        for m in mentions:
            if m.number is not None:
                known = [e for e in lex.numbered.get(m.number, []) if id(e) in introduced]
                if len(known) == 1:
                    m.entry, m.key = known[0], None
        for m in mentions:
            m.relational = self.is_relational(m)
            m.demonyms += self.described_as(m, bounds[m.sentence][1])
            if m.key is None:
                m.key = ("g", m.entry["id"]) if m.entry else ("u", m.cls, (self.doc.norm[m.name_start:m.name_end],))
        self.split_by_place(mentions, bounds)
        self.merge_clipped_hq(mentions, bounds)
        _merge_shortened(mentions, {m.key: lex.bare_of(phrase_key(self.doc.norm[m.name_start:m.name_end]))
                                    for m in mentions if m.key[0] == "g"})
        self.merge_described(mentions, bounds)

        placed = self.link(sentences, bounds, mentions, forces, cues)
        self.breaks = {si: [c[0] for c in cl if c[2] == "break" and c[3] in lex.contrast_breaks]
                       for si, cl in cues.items()}
        return self.records(sentences, bounds, mentions, placed)

    def force_in_site(self, kept: list, starts: _CueStarts, first: int) -> bool:
        """A word that may end a force a few words before "في <site>" ("لتفقد القوات الروسية
        في حميميم"): the forces of a sentence with no cue are read for it."""
        d = self.d
        return any(m.t0 - 2 >= first and d.text(m.t0 - 1) == "في"
                   and any(m.t0 - 5 <= k < m.t0 - 1 for k in starts.forces) for m in kept)

    def split_by_place(self, mentions: list, bounds) -> None:
        """"قاعدة الدعم البحري في منطقة الجفير" and "منشأة الدعم البحري البريطانية في ميناء
        سلمان": unlisted mentions of one name told at two different places are two sites
        (a mention with no place goes with the place told last before it).  A city tells no
        other place: "معسكر X في عدن" and "معسكر X في مديرية خور مكسر" may be one site."""
        d = self.d
        groups: dict[Any, list[Mention]] = {}
        for m in mentions:
            if m.key[0] == "u" and m.entry is None:
                groups.setdefault(m.key, []).append(m)
        for key, ms in groups.items():
            if len(ms) < 2:
                continue
            places = []
            for m in ms:
                last = bounds[m.sentence][1]
                p = self.place_after(m.t1 + 1, last) if m.t1 + 1 < last and d.tight(m.t1, m.t1 + 1) else None
                if p is not None and self.is_city(p[0], p[1]):
                    p = None
                places.append(" ".join(d.norm[p[3]:d.tokens[p[1]].end].split()) if p else None)
            told = [p for p in places if p]
            if len(set(told)) < 2:
                continue
            cur = told[0]
            for m, p in zip(ms, places):
                cur = p or cur
                m.key = key + (cur,)

    def merge_clipped_hq(self, mentions: list, bounds) -> None:
        """"مقر الأسطول" after "مقر القيادة المركزية …، الذي يضم قيادة الأسطول الخامس": an
        HQ named by a group's clipped name is the HQ told before in a sentence that names
        that group in full."""
        lex, doc = self.lex, self.doc
        # "مقر «اليونيفيل»" after "مقر قيادة «اليونيفيل»": the HQ of one named owner, told twice
        owned = {}
        for m in mentions:
            if m.cls == "hq" and m.entry is None and len(m.owners) == 1 and m.owners[0].id:
                m.key = owned.setdefault(m.owners[0].id, m.key)
        starts = lex.forces.starts(doc)
        named: dict[int, set] = {}      # sentence -> the ids of the forces it names
        for m in mentions:
            o = m.owners[0] if m.cls == "hq" and m.entry is None and len(m.owners) == 1 else None
            if o is None or o.t0 != o.t1 or lex.forces.match_at(doc, o.t0) is not None:
                continue        # (not a clipped name)
            for n in reversed([n for n in mentions if n.cls == "hq" and n.t0 < m.t0 and n.key != m.key]):
                if n.sentence not in named:
                    first, last = bounds[n.sentence]
                    ks = starts[bisect_left(starts, first):bisect_left(starts, last)]
                    named[n.sentence] = {f.payload.get("id") for k in ks if (f := lex.forces.match_at(doc, k)) is not None}
                if o.id in named[n.sentence]:
                    m.key = n.key
                    break

    def apposed_after(self, prev: Mention, t0: int) -> bool:
        """Does the HQ phrase at token ``t0`` describe the site ``prev`` across a short
        place phrase or "حيث" ("قاعدة فلامنغو البحرية في بورتسودان، مقر قيادة القوات
        البحرية"; "قاعدة X بمنطقة Y غرب Z، مقر وحدات …"; "قاعدة X، حيث مقر القوات
        البحرية")?  The gap is one unbroken run of words opening with "في", "بـ" or a
        direction ("شمالي تل أبيب"), closed by a comma, or the word "حيث" after a comma."""
        d = self.d
        k = (prev.apposition_end or prev.t1) + 1
        if t0 - k == 1 and d.text(k) == "حيث":
            return d.joined(k - 1, k) and d.tight(k, t0)
        if not 0 < t0 - k <= APPOSED_GAP or not (d.text(k) == "في" or d.text(k)[:1] == "ب"
                                                 or d.text(k) in self.lex.region_words):
            return False        # ("قاعدة X شمالي تل أبيب، مقر الوحدة Y")
        return (d.tight(k - 1, k) and all(d.tight(t, t + 1) for t in range(k, t0 - 1))
                and "،" in d.norm[d.tokens[t0 - 1].end:d.tokens[t0].start] and d.joined(t0 - 1, t0))

    def merge_described(self, mentions: list, bounds) -> None:
        """"القاعدة البحرية في ماري" after "قاعدة «إيفانغيلوس فلوراكيس» البحرية في منطقة ماري":
        a definite head with the same type adjectives and the same place as an unlisted
        site named before is that site."""
        d = self.d
        named: list[tuple[Mention, str]] = []
        alias: dict = {}
        for m in mentions:
            if m.cls is None or m.key[0] not in ("u", "g"):
                continue
            place = self.place_word_after(m, bounds[m.sentence][1])
            if place is None:
                continue
            described = d.text(m.t0).startswith("ال") and bool(m.quals) and m.t1 > m.t0 + 1 \
                and d.text(m.t0 + 1).startswith("ال")
            match = next((n for n, p in reversed(named) if p == place and n.cls == m.cls
                          and set(n.quals) == set(m.quals) and n.key != m.key), None) if described else None
            if match is not None:
                if m.key[0] == "g":
                    alias[match.key] = m.key    # the listed base the described one names
                else:
                    m.key = match.key
            elif m.key[0] == "u":
                named.append((m, place))
        for m in mentions:
            m.key = alias.get(m.key, m.key)

    def place_word_after(self, m: Mention, last: int) -> str | None:
        """The last word of the place said right after a site ("… البحرية في منطقة ماري"
        -> "ماري"), or, for "القاعدة البحرية في ماري", the place that ends its name."""
        d = self.d
        if m.t1 > m.t0 and d.text(m.t1 - 1) in ("في",):
            return d.text(m.t1)
        place = self.place_after(m.t1 + 1, last) if m.t1 + 1 < last else None
        return d.text(place[1]) if place is not None else None

    def forces_and_cues(self, s, bound, cue_starts: _CueStarts, kept):
        """The forces and cues of one sentence, outside its site names."""
        lex, d, doc = self.lex, self.d, self.doc
        first, last = bound
        taken = set()
        for m in kept:
            taken.update(range(m.t0, (m.apposition_end or m.t1) + 1))
            for a, b in m.apposed:
                taken.update(range(a, b + 1))
        fl, cl = [], []
        starts, force_set, cue_set = cue_starts.starts, cue_starts.forces, cue_starts.cues
        i = _next(starts, first)
        while i < last:
            if i in taken:
                i = _next(starts, i + 1)
                continue
            fm = self.force_at(i, last, sentence_start=s.start) if i in force_set else None
            if fm is not None and taken.isdisjoint(range(fm.t0, fm.t1 + 1)):
                fl.append(fm)
                if self.owned_by(fm):
                    fm.prep = True      # "كتيبة X التابعة لصدام حفتر توجه …": the owner is no subject
                if fm.kind in ("state_forces", "group"):
                    fm.also = self.coordinated_demonyms(fm, last)
                i = _next(starts, (fm.also[-1] if fm.also else fm).t1 + 1)
                if not fm.also:
                    # the forces joined to it stay forces of their own ("أنقرة وموسكو ... الأولى")
                    fm.also = self.coordinated_forces(fm, last, s.start)
                if len(fl) > 1 and fl[-2].kind not in ("state", "leader") \
                        and any((f.t0, f.t1) == (fm.t0, fm.t1) for f in fl[-2].also) \
                        and not (fl[-2].t0 > 0 and d.text(fl[-2].t0 - 1) in ("بين", "وبين")) \
                        and not (fm.t1 + 1 < last and d.text(fm.t1 + 1) in lex.relatives):
                    # "عناصر الجيش والقوة المشتركة تحصنوا في …": the second joined force, the
                    # nearest to the verb, has the first with it too (not "بين X وY، الذي …")
                    fm.also = fm.also + [fl[-2]]
                continue
            cm = lex.cues.match_at(doc, i) if i in cue_set else None
            if cm is not None and cm.last < last:
                text = " ".join(doc.norm[cm.start:cm.end].split())
                if cm.payload == "place" and (self.intended(i, first) or self.published(i, first, text)):
                    # "تدرس نشر منظومات في مطار X", "تسعى إلى إقامة": planned, nobody placed
                    cl.append((i, cm.last, "break", text))
                    i = _next(starts, cm.last + 1)
                    continue
                if cl and cl[-1][1] == i - 1 and cl[-1][2] == cm.payload == "place":
                    # "بقيت متواجدة", "لا تزال تتمركز": one cue
                    cl[-1] = (cl[-1][0], cm.last, "place", text)
                else:
                    cl.append((i, cm.last, cm.payload, text))
                n = cm.last + 1
                if cm.payload == "place" and n < last and d.tight(cm.last, n) and d.text(n) in lex.demonyms:
                    # "الوجود الفرنسي في قاعدة غاو", "الانتشار الروسي": the adjective's state
                    iso = lex.demonyms[d.text(n)][0]
                    fl.append(ForceMention(n, n, "state:" + iso, lex.state_name(iso), "state_forces", iso))
                    i = _next(starts, n + 1)
                    continue
                if cm.payload == "place" and cm.last == i and self.possessed_presence(i):
                    # "مصير وجودها العسكري في قاعدة X": the presence of the state named before
                    owner = self.pronoun_at(i, s.start)
                    if owner is not None:
                        fl.append(owner)
                i = _next(starts, cm.last + 1)
                continue
            i = _next(starts, i + 1)
        return fl, cl

    def possessed_presence(self, i: int) -> bool:
        """A noun of presence with a possessive pronoun ("وجودها", "انتشارهم")."""
        text = self.d.text(i)
        return any(word.endswith(suffix) and word[:-len(suffix)] in self.lex.presence_nouns
                   for word in (text, text[1:] if text[:1] == "و" else "") for suffix in self.lex.object_suffixes)

    def intended(self, i: int, first: int) -> bool:
        """A word of intent at most three words before the cue, in the same clause
        ("تدرس أنقرة نشر", "تسعى إلى إقامة وجود")."""
        d, lex = self.d, self.lex
        for k in range(i - 1, max(first, i - INTENT_WINDOW) - 1, -1):
            if not d.tight(k, k + 1):
                return False
            if d.reading_in(k, lex.intents):
                return True
        return False

    def published(self, i: int, first: int, text: str) -> bool:
        """"بيان (مقتضب) نشرته": a verb of deploying after a publication publishes it."""
        d = self.d
        return text in self.lex.publish_cues and any(
            d.text(k) in self.lex.publication_nouns for k in range(max(first, i - 2), i))

    def coordinated_demonyms(self, fm: ForceMention, last: int) -> list[ForceMention]:
        """"قوات مصرية وإماراتية", "القوات المصرية واليونانية": each demonym coordinated
        after a national force is one more."""
        lex, d = self.lex, self.d
        out = []
        k = fm.t1 + 1
        national = fm.kind == "state_forces" or d.text(fm.t1) in lex.demonyms   # ("القوات المصرية", listed)
        while national and k < last and d.tight(k - 1, k) and len(out) < 3:
            t = d.text(k)
            if not (t.startswith("و") and t[1:] in lex.demonyms):
                break
            iso = lex.demonyms[t[1:]][0]
            out.append(ForceMention(k, k, "state:" + iso, lex.state_name(iso), "state_forces", iso, fm.prep))
            k += 1
        return out

    def coordinated_forces(self, fm: ForceMention, last: int, sentence_start: int) -> list[ForceMention]:
        """"يتمركز الجيش والقوة المشتركة": armed forces joined to it by "و" share its place
        (not states: "أنقرة وموسكو ... الأولى ... الثانية" names two places)."""
        d = self.d
        out: list[ForceMention] = []
        k = fm.t1 + 1
        while k < last and d.tight(k - 1, k) and d.text(k) in self.lex.demonyms:
            k += 1              # "«الفيلق الأفريقي» الروسي إلى جانب …"
        while fm.kind != "state" and k < last and d.tight(k - 1, k) and len(out) < 3:
            alongside = d.text(k) in ("الي", "إلى") and k + 2 < last and d.text(k + 1) == "جانب"
            along_with = d.text(k) == "مع" and k + 1 < last
            if alongside:
                k += 2          # "عناصر من الفيلق الأفريقي إلى جانب قوات حفتر"
            elif along_with:
                k += 1          # "تعمل فرق تدريب تركية مع وحدات من البحرية الليبية"
                alongside = True
            elif d.text(k)[:1] != "و":
                break
            nxt = self.force_at(k, last, allow_prep=alongside, sentence_start=sentence_start)
            if nxt is None or nxt.prep or nxt.kind in ("leader", "state"):
                break
            nxt.prep = fm.prep
            out.append(nxt)
            k = nxt.t1 + 1
        return out

    def described_as(self, m: Mention, last: int) -> list[str]:
        """"قاعدة العديد، أكبر قاعدة أمريكية في ...", "قاعدة X من أهم القواعد الروسية":
        a superlative description right after the site gives the states of its demonyms
        (and the force it belongs to, "أكبر القواعد التابعة للجيش", joins its owners)."""
        lex, d = self.lex, self.d
        k = (m.apposition_end or m.t1) + 1
        place = self.place_after(k, last) if k < last and d.tight(k - 1, k) else None
        if place is not None and place[1] + 1 < last and d.tight(place[1], place[1] + 1):
            k = place[1] + 1        # "قاعدة X البحرية في ولاية Y المقر الرئيسي لـ…"
        if k < last and d.text(k) in lex.location_relations and d.joined(k - 1, k) \
                and any(c in d.norm[d.tokens[k - 1].end:d.tokens[k].start] for c in "،,"):
            # "وتعد قسرك، الواقعة على الطريق الدولي، أكبر قواعد …": past the aside on where it lies
            for j in range(k + 1, min(last, k + ASIDE_WINDOW)):
                if any(c in d.norm[d.tokens[j - 1].end:d.tokens[j].start] for c in "،,"):
                    k = j
                    break
        if k < last and d.text(k) in lex.copulas:
            k += 1
        if k < last and d.text(k) == "من":
            k += 1
        if k + 1 < last and d.text(k) in lex.hq_predicates and d.joined(k - 1, k) and d.tight(k, k + 1):
            # "تبقى قاعدة X المقر الرئيسي لأسطول البحرية Y": the force whose headquarters it is
            j = k + 1 + (d.text(k + 1) in lex.hq_adjectives)
            owner = self.force_at(j, last, allow_prep=True) if j < last and d.tight(j - 1, j) else None
            if owner is None and j < last and (cont := lex.containers.match_at(self.doc, j)) is not None:
                owner = self.force_at(cont.last + 1, last, allow_prep=True)     # "لأسطول البحرية X": the navy
            if owner is not None and owner.kind in ("group", "state_forces"):
                m.owners.append(owner)
            return []
        if not (k + 2 < last and d.text(k) in lex.superlatives
                and (self.head_at(k + 1) is not None or d.text(k + 1) in lex.description_heads)):
            return []
        if not d.joined(k - 1, k) or not d.tight(k, k + 1):
            return []
        out = []
        for j in range(k + 2, min(last, k + 5)):
            if not d.tight(j - 1, j):
                break
            t = d.text(j)
            if j == k + 2 and (owner := self.force_at(j, last)) is not None and owner.kind in ("group", "state_forces"):
                m.owners.append(owner)      # "من أبرز قواعد القوات الجوية الملكية السعودية"
                break
            if t in lex.demonyms:
                out.append(lex.demonyms[t][0])
            elif t in lex.affiliations and j + 1 < last and d.tight(j, j + 1):
                # "أكبر القواعد الجوية التابعة للجيش": the force it belongs to
                owner = self.force_at(j + 1, last, allow_prep=True)
                if owner is not None and owner.kind != "leader":
                    m.owners.append(owner)
                break
            elif t not in lex.adj and t not in lex.container_adjectives:
                break
        return [iso for iso in out if not (m.entry and m.entry.get("country") == iso)]

    def is_relational(self, m: Mention) -> bool:
        lex, d = self.lex, self.d
        i = m.t0
        for back in (1, 2):
            k = i - back
            if k < 0:
                break
            if d.reading_in(k, lex.relational):
                return True
            if d.text(k) not in ("من", "عن", "ل", _ALA):
                break
        return False

    # ------------------------------------------------------------ forces at sites

    def link(self, sentences, bounds, mentions, forces, cues) -> dict[Any, list[ForceMention]]:
        lex, d = self.lex, self.d
        placed: dict[Any, list[ForceMention]] = {}
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)

        def give(m: Mention, f: ForceMention | None, carried: bool = False):
            """Place ``f`` (and the forces with it) at ``m``; ``carried``: it reaches the
            site only as the agent carried from a sentence before."""
            if f is None:
                return
            if f.iso and m.entry and f.iso == m.entry.get("country") and f.kind == "state":
                return
            placed.setdefault(m.key, []).append(f)
            placed[m.key] += f.also
            if carried:
                self.carried.add((m.key, id(f)))

        def end_of(m: Mention) -> int:
            return m.apposition_end or m.t1

        last_agent: tuple[ForceMention, int] | None = None
        # the others have nothing to link (the two after a site may name it by a bare head)
        after_sites = {s + k for s in by_sentence for k in (1, 2, 3) if s + k < len(sentences)}
        for si in sorted(by_sentence.keys() | cues.keys() | after_sites):
            first, last = bounds[si]
            if first is None:
                continue
            sites = _ByToken(by_sentence.get(si, []))
            fl = _ByToken(forces.get(si, []))
            cl = cues.get(si, [])
            for m in sites.items:
                for o in m.owners:
                    give(m, o)
                if m.cls == "hq_poss" and not m.owners:
                    # "أما القيادة العامة فذكرت … من مقرها في الرجمة": the possessor's own
                    give(m, self.pronoun_at(m.t0, sentences[si].start))
            for f in fl.items:
                if f.garrison:      # "بعد معارك مع حاميتها من قوات X": the site's own garrison
                    before = [m for m in sites.range(first, f.t0) if end_of(m) < f.t0]
                    if before:
                        give(before[-1], f)
            real = [c for c in cl if c[2] != "break"]
            breaks = [c[0] for c in cl if c[2] == "break"]
            # the site told before that a bare head names as the sentence's subject ("وكان المطار
            # قد …", "وتضم القاعدة …"): an object pronoun on a later cue may take it
            topic = next(iter(self.bare_reference(first, last, si, by_sentence, subject=True)), None)
            for m, f in self.became_base_of(first, last, sites, topic):
                give(m, f)
            for ci, (c0, c1, kind, text) in enumerate(real):
                prev_end = real[ci - 1][1] if ci else first - 1
                after_cues = real[ci + 1:]
                if kind == "host":      # "تستضيف قاعدة X أكبر وجود عسكري أميركي": the presence is hosted
                    after_cues = [c for c in after_cues if c[3] not in lex.presence_nouns]
                nxt = after_cues[0][0] if after_cues else last
                k = bisect_right(breaks, c1)
                scope_end = min(nxt, breaks[k]) if k < len(breaks) else nxt
                after = fl.range(c1, c1 + 5)
                if kind == "host":
                    # "قاعدة Y تستضيف X", "وتضم قاعدة Y X وZ": every force the host clause names
                    # (not across a break: "… قاعدة X بمحافظة Y، فيما تستضيف قاعدة Z قطعاً من …")
                    target = [m for m in sites.range(c0 - 40, c0) if c0 - 5 <= end_of(m) < c0
                              and not any(end_of(m) < b < c0 for b in breaks)][-1:]
                    target = target or sites.range(c1, c1 + 3)[:1]
                    if not target and (hr := self.relative_before(c0, first)) is not None:
                        # "القاعدة ذاتها التي كانت تؤوي جنوداً أمريكيين": the site the head names
                        target = self.bare_before(hr, first, si, by_sentence)
                    if not target:
                        # "وتضم القاعدة وحدات من سلاح الجو": the bare head is the site told before
                        target = self.bare_reference(c1, scope_end, si, by_sentence, subject=True)
                        topic = target[0] if target else topic
                    if not target and after and after[0].kind == "state" and not after[0].prep:
                        # "وتستضيف الإمارات قوات فرنسية في قاعدة Y وفي Z": the host state is the
                        # subject; the force after it is placed at every site that follows
                        guest = [f for f in fl.range(after[0].t1, scope_end) if not f.prep][:1]
                        if guest:
                            targets = [m for m in sites.range(guest[0].t1, scope_end)
                                       if not m.relational and not self.landmark(m)]
                            for m in targets:
                                give(m, guest[0])
                            last_agent = (guest[0], si)
                        continue
                    if not target and not after:
                        # "وقد استضافت نسختها لعام 2020 في قاعدة X، بمشاركة وحدات من Y": an event
                        # hosted at the site; the forces that took part in it were there
                        target = [m for m in sites.range(c1, min(c1 + 8, scope_end))
                                  if d.text(m.t0 - 1) == "في" and not m.relational][:1]
                    if target:
                        hosted = fl.range(max(c1, target[0].t1), scope_end)
                        for f in hosted:
                            give(target[0], f)
                        if hosted:
                            last_agent = (hosted[0], si)
                    continue
                if kind == "post":
                    target = [m for m in sites.range(c0 - 40, c0) if c0 - 5 <= end_of(m) < c0]
                    if not target:
                        # "أصبحت القاعدة بالكامل في عهدة الجيش X": the bare subject of a verb of
                        # becoming names the site told before
                        v = next((v for v in range(c0 - 1, max(first, c0 - 5) - 1, -1)
                                  if d.text(v) in lex.becoming_verbs), None)
                        target = self.bare_reference(v, c0, si, by_sentence, subject=True) if v is not None else []
                    agent = after[0] if after else None
                    if target and agent:
                        give(target[-1], agent)
                        last_agent = (agent, si)
                        continue
                    if not after:
                        continue
                    # "بعد سيطرة قوات الوفاق على قاعدة الوطية": a placement with its agent after it
                rel = self.relative_before(c0, first)
                targets = [m for m in sites.range(c1, scope_end) if not m.relational
                           and not (text in lex.stay_cues and m.t0 == c1 + 1)]    # ("تبقى قاعدة X المقر …": its subject)
                if targets and targets[0].t0 == c1 + 3 and d.text(c1 + 1) == "في" and d.text(c1 + 3)[:1] == "و" \
                        and "،" in d.norm[d.tokens[c1 + 2].end:d.tokens[c1 + 3].start]:
                    targets = []    # "القوات X المتمركزة في جيبوتي، وقاعدة Y": the next item of a list, not its place
                if (rel is None and c0 - 1 >= first and d.text(c0 - 1) in ("حيث", "وحيث")
                        and not (targets and (targets[0].t0 <= c1 + 2 or d.text(targets[0].t0 - 1) == "في"))):
                    # "مطار التيفور ...، حيث تتمركز ميليشيات إيرانية" (not a landmark named
                    # after it: "القاعدة 101 المجاورة لمطار X، حيث …" is the base; nor a site
                    # told later: "…، وعلى مقربة منها الموقع المعروف بالبرج 22"; but "حيث
                    # تمركزوا في قاعدة Y", "حيث تنتشر عناصر X إلى جانب Z في معسكر Y": Y)
                    # ("يقام قرب قاعدة X، حيث تتمركز …": a landmark alone before it is the place)
                    before = sites.range(c0 - 40, c0)
                    targets = [m for m in before if not self.landmark(m)][-1:] or targets or before[-1:]
                if not targets and rel is None and c1 + 1 < last and d.text(c1 + 1) in lex.resumptives:
                    # "وتقع قاعدة الوطية ...، ويتمركز فيها عسكريون أتراك": the site before
                    targets = [m for m in sites.range(max(first, c0 - 40), c0)
                               if not m.relational and not self.landmark(m)][-1:]
                if not targets and rel is None:
                    # "… قاعدة بربرة العسكرية. وتنتشر في القاعدة وحدات إماراتية": the head
                    # alone after في names the site of the sentence before
                    targets = self.bare_reference(c1, scope_end, si, by_sentence) \
                        or self.dual_reference(c1, scope_end, si, by_sentence)
                    if not targets and after and not after[0].prep and after[0].t0 <= c1 + 2:
                        # "وصل مدربون روس إلى القاعدة ذاتها": after the verb's subject
                        targets = self.bare_reference(after[0].t1, scope_end, si, by_sentence, near=True)
                agent = None
                if not targets and rel is None and text in lex.suffixed_cues:
                    # "مطار نيالا، الذي تقول مصادر إن الدعم السريع تستخدمه": the object pronoun
                    # takes the site before an earlier relative pronoun of the sentence
                    far = self.relative_before(c0, first, reach=RELATIVE_WINDOW, bound=prev_end)
                    if far is not None:
                        ante = [m for m in sites.range(far - 40, far) if far - 3 <= end_of(m)]
                        if ante:
                            targets = ante[-1:]
                            inside = [f for f in fl.range(far, c0) if not f.prep]
                            agent = inside[-1] if inside else None
                    hosts = [c for c in real[:ci] if c[2] == "host"]
                    if not targets and hosts:
                        # "وتقع قاعدة X قرب Y، وتضم مهبطاً تستخدمه القوات Z": what the site holds
                        targets = [m for m in sites.range(first - 1, hosts[-1][0])
                                   if not m.relational and not self.landmark(m)][-1:]
                    if not targets and topic is not None and self.pronoun_fits(topic, text):
                        # "وتضم القاعدة …، وكانت قوات X قد اقتحمتها": the sentence's subject
                        targets = [topic]
                elif rel is None and text in lex.suffixed_cues and topic is not None and all(m is not topic for m in targets) \
                        and self.pronoun_fits(topic, text):
                    # "وكان المطار قد …، قبل أن تستعيده وحدات الجيش من مقر X": the pronoun is the
                    # subject's site; X, the place they came from, keeps them too
                    targets = [topic] + targets
                if rel is not None:
                    ante_site = [m for m in sites.range(rel - 40, rel) if rel - 3 <= end_of(m)
                                 or (rel - 6 <= end_of(m) and self.place_phrase_between(end_of(m), rel))] \
                        or self.bare_before(rel, first, si, by_sentence)
                    if ante_site and self.landmark(ante_site[-1]) and not (
                            d.text(rel)[:1] != "و" and d.tight(rel - 1, rel) and end_of(ante_site[-1]) == rel - 1):
                        # "قاعدة X المتاخمة لمطار Y، والتي يتخذ منها …": the base the landmark
                        # neighbours (but "في محيط ميناء Y الذي تستخدمه", "معسكر X الملاصق
                        # لقاعدة Y التي تديرها …", the relative right after it: Y itself)
                        lm = ante_site[-1]
                        ante_site = [m for m in sites.range(rel - 40, lm.t0)
                                     if lm.t0 - 3 <= end_of(m) < lm.t0][-1:] or ante_site
                    # (not a state inside the place phrase between the site and the pronoun)
                    ante_force = [f for f in fl.range(rel - 40, rel) if rel - 2 <= f.t1 and not (
                        ante_site and end_of(ante_site[-1]) < f.t0 and self.place_phrase_between(end_of(ante_site[-1]), rel))]
                    if ante_site and not ante_force:
                        targets = [ante_site[-1]]
                        if d.text(rel).removeprefix("و") in lex.dual_relatives:
                            # "قاعدة حميميم ... والقاعدة البحرية في طرطوس، اللتين تنتشر فيهما": both
                            targets = [m for m in sites.range(max(first, rel - 40), targets[0].t0)
                                       if not m.relational and not self.landmark(m)][-1:] + targets
                        agent = next((f for f in after if not f.prep or self.resumptive_before(f.t0, c1)), None)
                        if agent is None and c1 + 1 < last and d.text(c1 + 1).startswith("ال"):
                            # "ميناء الحديدة الذي تستخدمه الجماعة": its own subject, unrecognised;
                            # not a force named earlier (the planes that struck it)
                            continue
                    elif ante_force:
                        agent = ante_force[-1]
                    elif not ante_site and (where := self.where_site(rel, first, sites)) and after and not after[0].prep:
                        # "مطار X، حيث تتمركز حظائر الطائرات التي تشغلها مليشيا Y": a relative
                        # clause within a حيث clause is at the site before حيث
                        targets, agent = where, after[0]
                    elif not ante_site:
                        # "بقوات X التابع لوزارة الدفاع، والتي تتمركز": the nearest force before
                        # the relative, a preposition's object included
                        near = [f for f in fl.range(max(first - 1, rel - RELATIVE_WINDOW), rel) if f.t1 < rel]
                        agent = near[-1] if near else None
                if agent is None and c1 + 1 < last and d.text(c1 + 1) in lex.ordinals:
                    # "أنقرة وموسكو ...، إذ تسيطر الأولى على ... فيما تنتشر الثانية في ...":
                    # the first or second of the last two forces named before
                    pair = [f for f in fl.range(first - 1, c0) if not f.prep][-2:]
                    if len(pair) == 2:
                        agent = pair[lex.ordinals[d.text(c1 + 1)]]
                if agent is None and rel is None:
                    # "لم تغادر ليبيا": a country after a verb of leaving or entering is the place
                    # (past time words and an approximate count: "ويتوزع أزيد من 900 عسكري X")
                    reach = c1 + 3 + sum(1 for k in range(c1 + 1, min(c1 + 8, last))
                                         if d.text(k) in lex.time_words or d.text(k) in lex.approximators
                                         or (d.text(k) in ("من", "على", "عن") and d.text(k - 1) in lex.approximators))
                    vso = [f for f in fl.range(c1, reach + 1) if not f.prep and f.t0 <= reach
                           and not (f.kind == "state" and text in lex.place_object_cues)]
                    agent = vso[0] if vso else None
                if agent is None and rel is None and targets:
                    # "ويوجد في قاعدة الجفرة عسكريون روس": the subject after the place
                    # ("في عين الأسد وفي قاعدة حرير بمحافظة أربيل مئات الجنود": after the last site)
                    # ("وتتمركز في قاعدة X، منذ أبريل الماضي، عناصر من Y": past a time phrase)
                    t_end = end_of(targets[-1])
                    reach = (5 if len(targets) > 1 else 3) + sum(
                        1 for k in range(t_end + 1, min(t_end + 6, last)) if d.text(k) in lex.time_words)
                    post = [f for f in fl.range(t_end, min(t_end + reach, scope_end)) if not f.prep]
                    agent = post[0] if post else None
                if agent is None and text.startswith("ال"):
                    # "عدداً من العسكريين الأمريكيين المتمركزين فيها": a definite participle
                    # describes the force right before it, a preposition's object too
                    agent = next((f for f in fl.range(c0 - 8, c0) if f.t1 == c0 - 1 and d.tight(f.t1, c0)), None)
                if agent is None and rel is None and c0 - 2 >= first and d.text(c0 - 1) in lex.clause_copulas:
                    # "احتجاز عناصر X لجنود مصريين كانوا متمركزين في قاعدة Y": the indefinite
                    # force right before an unmarked relative clause, a preposition's object too
                    agent = next((f for f in fl.range(c0 - 8, c0) if f.t1 == c0 - 2
                                  and not d.text(f.t0).removeprefix("ل").startswith(("ال", "ل"))), None)
                if agent is None and rel is None and c0 == c1 and text.endswith("هم") and self.possessed_presence(c0):
                    # "إلى جانب وجودهم في قاعدة X": the people a plural possessor stands for,
                    # not a state named nearer
                    agent = next(iter(fl.range(c0 - 1, c0 + 1)), None)
                if agent is None:
                    agent = self.nearest(fl, prev_end, c0, targets)
                if agent is None and rel is None:
                    # "مصير وجودها العسكري في قاعدة X": the possessor of a noun of presence
                    agent = next(iter(fl.range(c0 - 1, c0 + 1)), None)
                weak = text in lex.weak_cues
                if agent is None and c1 + 1 < last and self.person_starts_at(c1 + 1):
                    continue    # "ويقيم غويتا في معسكر X": a person is the subject, no force
                if agent is None and c1 + 1 < last and d.text(c1 + 1).startswith("ال") \
                        and d.text(c1 + 1) in lex.personnel:
                    continue    # "وتتخذ القوة الجديدة من قاعدة X": its own subject, unrecognised, not carried
                # "الوحدات العسكرية المتمركزة في X": the troops it describes, unrecognised; a force
                # of this sentence may be them, one carried from a sentence before is not
                described = agent is None and text.startswith("ال") and any(
                    k >= first and d.tight(k, c0 - 1) and d.tight(c0 - 1, c0)
                    and d.text(k).startswith("ال") and d.text(k)[2:] in lex.personnel for k in (c0 - 2, c0 - 1))
                carried = False
                if agent is None and last_agent is not None and si - last_agent[1] <= 2 \
                        and not ((weak or described) and last_agent[1] != si):
                    agent = last_agent[0]
                    carried = last_agent[1] != si
                if agent is None:
                    agent = self.nearest(fl, first - 1, c0, targets)
                receivers = []
                if text in lex.handover_cues and targets:
                    # "سلمت القوات الفرنسية قاعدة X إلى الجيش المالي": the receiver too
                    receivers = [f for f in fl.range(end_of(targets[-1]), scope_end)
                                 if f is not agent and self.receiver(f)][:1]
                elif text in lex.receive_cues and targets:
                    # "تسلم الجيش المالي قاعدة X من القوات الفرنسية": the giver too
                    receivers = [f for f in fl.range(end_of(targets[-1]), scope_end)
                                 if f is not agent and f.t0 > 0 and d.text(f.t0 - 1) == "من"][:1]
                    # "عناصر X تسلموا مواقع Y في قاعدة Z": the subject right before the verb
                    # received it, Y (read as the agent after the verb) held it before
                    receivers += [f for f in fl.range(max(first, c0 - 8), c0)
                                  if f.t1 == c0 - 1 and not f.prep and f is not agent][:1]
                    if not receivers and c0 > first and d.text(c0 - 1) in lex.subject_pronouns:
                        # "أكد الفيلق … أن وحداته باقية، وأنها تسلمت مواقع Y": the force the
                        # pronoun stands for, the nearest named before it
                        receivers = [f for f in fl.range(first, c0) if not f.prep and f is not agent][-1:]
                # "حيث تتمركز إلى جانب وحدات القوات الملكية الجوية": a force alongside is there too
                receivers += [f for f in fl.range(c1 + 2, scope_end) if f.t0 - 2 <= c1 + 2 and self.alongside(f, sites)
                              and not (agent and f in agent.also)][:1]
                if targets and agent is not None and agent.kind != "leader" and not receivers:
                    # "تتمركز في قاعدة X شمال المدينة، إلى جانب وحدات من Y": after the site
                    t_end = end_of(targets[-1])
                    # (or after an aside: "قاعدة X، على بعد 90 كيلومترا من الحدود، إلى جانب وحدات من Y")
                    receivers = [f for f in fl.range(t_end + 1, scope_end)
                                 if (f.t0 - 2 <= t_end + 4 or self.aside_between(t_end, f.t0 - 2, fl, sites))
                                 and self.alongside(f, sites) and f not in agent.also][:1]
                if agent is None or (weak and agent.kind == "leader"):
                    # "وصل حفتر إلى مطار بنينا": a person arriving is no force placed
                    agent = None
                for m in targets:
                    for f in ([agent] if agent else []) + receivers:
                        give(m, f, carried=carried and f is agent)
                if agent is None:
                    continue
                last_agent = (agent, si)
            for f in fl.items:
                if f.kind in ("state_forces", "group") and not f.prep and f.t1 + 2 < last \
                        and d.text(f.t1 + 1) == "في" and d.tight(f.t1, f.t1 + 1) \
                        and (si not in self.cueless or lex.as_written(f) or (f.kind == "group" and f.t1 > f.t0)):
                    # "ملف القوات التركية في قاعدة الوطية": the forces in a site, with no verb (in a
                    # sentence with no cue only a force named in full: not "الحركة", "قوات بلاده")
                    at = [m for m in sites.range(f.t1 + 1, f.t1 + 3) if not m.relational]
                    if at:
                        give(at[0], f)
        return placed

    def place_phrase_between(self, a: int, b: int) -> bool:
        """Only "في/بـ + a place" stands between tokens ``a`` and ``b`` ("مطار التيفور
        العسكري في ريف حمص، الذي تستخدمه …")."""
        d, lex = self.d, self.lex
        k = a + 1
        if k + 1 < b and d.text(k) == _ALA and d.text(k + 1) in lex.coast_words:
            # "قاعدة برنيس العسكرية على ساحل البحر الأحمر، التي …": the coast it lies on
            return b - k <= 5 and all(d.tight(t, t + 1) for t in range(k, b - 1))
        # (a direction phrase too: "قاعدة الكفرة الجوية جنوب شرقي ليبيا، التي …")
        if k >= b or not (d.text(k) in ("في", "داخل") or d.text(k)[:1] == "ب" or d.text(k) in lex.directions):
            return False
        while k < b:
            place = lex.places.match_at(self.doc, k)
            if place is not None:
                k = place.last + 1
            elif d.text(k) in ("في", "داخل") or d.reading_in(k, lex.place_nouns) or d.text(k) in lex.region_words \
                    or (k > a + 2 and d.text(k) in lex.region_complements):     # ("في ريف دير الزور الشرقي")
                k += 1
            else:
                return False
        return True

    def bare_reference(self, c1: int, end: int, si: int, by_sentence, subject: bool = False,
                       near: bool = False) -> list[Mention]:
        """The site named before in the sentence or the sentence before, when "في القاعدة"/
        "بالمطار" follows the cue right away with no name of its own (or, with ``subject``,
        the head alone: a host verb's subject, "وتضم القاعدة …"; with ``near``, only a site
        of the same sentence, or any told before with "ذاتها")."""
        d, lex = self.d, self.lex
        k = c1 + 1
        if k >= end or k > c1 + 2:
            return []
        word = d.text(k)
        if k + 1 < end and k == c1 + 1 and d.text(k + 1) == "في" and word.endswith(lex.object_suffixes):
            k += 1              # "سلمت مواقعها في القاعدة": the cue's object, then the place
            word = d.text(k)
        if word in ("في", "الي") and k + 1 < end:     # ("وصل مدربون إلى القاعدة ذاتها")
            k += 1
            word = d.text(k)
        elif word.startswith("بال"):
            word = word[1:]
        elif not subject:
            return []
        named = k + 1 < end and d.tight(k, k + 1) and (
            d.text(k + 1) in lex.adj or (d.namelike(k + 1) and lex.containers.match_at(self.doc, k + 1) is None
                                         and d.text(k + 1) not in lex.time_words      # ("في الميناء بانتظام")
                                         and lex.forces.match_at(self.doc, k + 1) is None))
        if word not in lex.bare_heads or named:
            return []   # ("في القاعدة الجوية الروسية", "في قاعدة X": a site of its own)
        cls = lex.bare_heads[word]
        same = k + 1 < end and d.text(k + 1) in lex.same_words
        # ("القاعدة ذاتها": the one told last, however far back)
        for before in (sorted((b for b in by_sentence if b <= si), reverse=True) if same
                       else (si,) if near else (si, si - 1, si - 2, si - 3) if subject else (si, si - 1, si - 2)):
            ms = [m for m in by_sentence.get(before, []) if m.cls == cls and m.named and not m.relational
                  and (m.apposition_end or m.t1) < k - 1]
            if ms:
                return ms[-1:]
        return []

    def bare_before(self, t: int, first: int, si: int, by_sentence) -> list[Mention]:
        """The site told before that a bare head right before token ``t`` names
        ("القاعدة ذاتها التي …", "المطار الذي …")."""
        h = t - 2 if t - 2 >= first and self.d.text(t - 1) in self.lex.same_words else t - 1
        return self.bare_reference(h - 1, t, si, by_sentence, subject=True) if h >= first else []

    def dual_reference(self, c1: int, end: int, si: int, by_sentence) -> list[Mention]:
        """"وتحتفظ روسيا بالقاعدتين": a definite dual head in the cue's clause (its subject
        between) names the last two sites of its class told in this sentence or the two
        before."""
        d, lex = self.d, self.lex
        for k in range(c1 + 1, min(end, c1 + 4)):
            if hit := d.reading_in(k, lex.dual_bare_heads):
                break
        else:
            return []
        cls = lex.dual_bare_heads[hit[0]]
        types = _DUAL_TYPES[cls]
        found: dict[Any, Mention] = {}
        for before in (si, si - 1, si - 2):
            for m in reversed(by_sentence.get(before, [])):
                if (m.t0 < k and m.named and not m.relational and m.key not in found
                        and (m.cls == cls or (m.cls is None and m.entry and m.entry.get("type") in types))):
                    found[m.key] = m
            if len(found) >= 2:
                return list(found.values())[:2]
        return []

    def relative_before(self, c0: int, first: int, reach: int = 0, bound: int = -1) -> int | None:
        """The relative pronoun right before token ``c0`` (a few auxiliaries between), or
        with ``reach``, any relative pronoun within ``reach`` tokens after ``bound``."""
        lex, d = self.lex, self.d
        if reach:
            for k in range(c0 - 1, max(first, bound + 1, c0 - reach) - 1, -1):
                t = d.text(k)
                if t in lex.relatives or (t[:1] == "و" and t[1:] in lex.relatives):
                    return k
            return None
        k = c0 - 1
        skipped = 0
        while k >= first and skipped <= 2:
            t = d.text(k)
            if t in lex.relatives or (t[:1] == "و" and t[1:] in lex.relatives):
                return k
            if d.text(k) in ("قد", "لا", "لم", "كانت", "كان", "باتت", "ما", "زالت", "تزال"):
                k -= 1
                skipped += 1
                continue
            return None
        return None

    def receiver(self, f: ForceMention) -> bool:
        """A force after "إلى" or "لـ" ("إلى الجيش التشادي", "للجيش المالي", "إلى روسيا")."""
        d = self.d
        t = d.text(f.t0)
        return t.startswith("ل") or (f.t0 > 0 and d.text(f.t0 - 1) == _ILA)

    def where_site(self, rel: int, first: int, sites: "_ByToken") -> list[Mention]:
        """The site right before a "حيث" a few words before the relative pronoun ``rel``."""
        d = self.d
        h = next((k for k in range(rel - 1, max(first, rel - 6) - 1, -1) if d.text(k) in ("حيث", "وحيث")), None)
        if h is None:
            return []
        return [m for m in sites.range(h - 40, h) if not self.landmark(m) and (
            h - 3 <= (m.apposition_end or m.t1) or self.place_phrase_between(m.apposition_end or m.t1, h))][-1:]

    def aside_between(self, a: int, b: int, fl: "_ByToken", sites: "_ByToken") -> bool:
        """Only an aside between commas, naming no force or site and opening no clause,
        stands between tokens ``a`` and ``b`` ("، على بعد 90 كيلومترا من الحدود،")."""
        d, lex = self.d, self.lex
        if not a + 1 < b <= a + ASIDE_WINDOW:
            return False
        gap = d.norm[d.tokens[a].end:d.tokens[b].start]
        if gap.lstrip()[:1] not in ("،", ",") or gap.rstrip()[-1:] not in ("،", ",") \
                or sum(gap.count(c) for c in "،,") != 2 or fl.range(a, b) or sites.range(a, b):
            return False
        return not any(d.text(k) in lex.relatives or (c := lex.cues.match_at(self.doc, k)) is not None
                       and c.payload == "break" for k in range(a + 1, b))

    def alongside(self, f: ForceMention, sites: "_ByToken") -> bool:
        """A force after "إلى جانب" ("إلى جانب وحدات القوات الملكية الجوية"), unless a relative
        clause right after it names a site of its own ("إلى جانب مجموعة X التي تستخدم ميناء Y")."""
        d = self.d
        k = f.t1 + 1
        return (f.t0 >= 2 and d.text(f.t0 - 1) == "جانب" and d.text(f.t0 - 2) == _ILA
                and not (k < len(d.tokens) and d.text(k) in self.lex.relatives and sites.range(k + 1, k + 5)))

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
        lex, doc = self.lex, self.doc
        groups: dict[Any, list[Mention]] = {}
        for m in mentions:
            groups.setdefault(m.key, []).append(m)
        out = []
        for key, ms in sorted(groups.items(), key=lambda kv: kv[1][0].t0):
            entry = next((m.entry for m in ms if m.entry), None)   # (a described mention may bring it)
            found = placed.get(key, [])
            # "قاعدة حميميم الروسية": the demonym's state, unless it is the host country
            by_demonym = [(lex.state_name(iso), "state:" + iso) for m in ms for iso in m.demonyms
                          if not (entry and entry.get("country") == iso)]
            pairs = by_demonym + [(f.name, f.id) for f in found]
            if not pairs and all(self.in_title(m) for m in ms):
                continue   # "قائد منطقة كرري العسكرية اللواء X": only his title names it
            if all(m.weak for m in ms) and not pairs:
                if all(self.landmark(m) for m in ms) or any(m.commercial for m in ms) or \
                        not any(_MIL_CONTEXT.search(self.military_window(sentences[m.sentence], m)) for m in ms):
                    continue   # ("قاعدة فكتوري قرب مطار بغداد الدولي": the airport only says where)
            named = [m for m in ms if m.named] or ms
            # the fullest name without a place phrase ("القاعدة الجوية 101" over "القاعدة الجوية
            # 101 في نيامي") nor another name in parentheses ("مطار X العسكري" over "مطار X
            # العسكري (T4)"), as written; of two as long, the body's over the headline's
            best = named[0] if len(named) == 1 else \
                max(named, key=lambda m: (not self.has_place(m), doc.text[m.name_end - 1] != ")",
                                          m.name_end - m.name_start,
                                          sentences[m.sentence].kind != "title", -m.t0))
            # a state's troops told in the text name it, not the site's demonym nor the state
            # ("طائرات روسية تهبط في قاعدة X، حيث يتمركز عسكريون روس": the servicemen), unless
            # they only reach it as the agent carried from a sentence before
            troops: dict[str, str] = {}
            for f in found:
                if lex.as_written(f) and (key, id(f)) not in self.carried:
                    troops.setdefault(f.id, f.name)
            named_forces: dict[str, str] = {}
            for name, fid in pairs:
                named_forces.setdefault(fid, troops.get(fid, name))
            forces_out = list(named_forces.values())
            location, relative = self.location(ms, bounds)
            out.append({
                "id": f"s{len(out) + 1}",
                "name": _named_as_written(doc, best.name_start, _quote_closed(doc, best.name_start, best.name_end)),
                "type": self.site_type(ms, entry),
                "country": entry.get("country") if entry else None,
                "lat": entry.get("lat") if entry else None,
                "lon": entry.get("lon") if entry else None,
                "canonical": entry.get("canonical") if entry else None,
                "location": location,
                "relative_location": relative,
                "forces": forces_out,
                "section": "main" if any(m.section == "main" for m in ms) else "related",
                "mentions": [doc.span(m.start, _quote_closed(doc, m.start, m.end)) for m in ms],
            })
        return out

    def has_place(self, m: Mention) -> bool:
        """The mention's name goes on to a place ("... في نيامي", "... بمصراتة")."""
        toks = self.doc.tokens_between(m.name_start, m.name_end)
        return any(t.text in ("في", "داخل") or (k and t.text.startswith("ب") and self.prep_place(t))
                   for k, t in enumerate(toks))

    def prep_place(self, t) -> bool:
        """"بمصراتة": بـ + a place (not "براك", a place whose own name starts with ب)."""
        hit = self.lex.places.match_at(self.doc, t.index)
        return hit is not None and hit.start > t.start

    def military_window(self, s, m: Mention) -> str:
        """The mention's sentence (at most ``LOOKBACK_CHARS`` either side) without the mention;
        an airport's or port's clause only ("…، فيما تواصل الرباط أشغال ميناء X")."""
        norm, tokens = self.doc.norm, self.d.tokens
        start, end = max(s.start, m.start - LOOKBACK_CHARS), min(s.end, m.end + LOOKBACK_CHARS)
        for b in self.breaks.get(m.sentence, ()) if m.cls in ("airport", "port") else ():
            if b <= m.t0:
                start = max(start, tokens[b].start)
            elif b > m.t1:
                end = min(end, tokens[b].start)
                break
        return norm[start:m.start] + " " + norm[m.end:end]

    def site_type(self, ms: list[Mention], entry: dict | None) -> str:
        """The gazetteer's type (refined by its ``types`` when the text only says "مطار"
        or "ميناء"), else the type the words give."""
        quals = [q for m in ms for q in m.quals if q in ("air", "naval")]
        classes = {m.cls for m in ms}
        if classes & {"base", "hq", "hq_poss", "ops"} or quals:
            cls = "base"
        else:
            cls = next((c for c in ("camp", "airport", "port") if c in classes), None)
        if entry is not None:
            return (entry.get("types") or {}).get(cls) or entry.get("type") or "other"
        best = max(ms, key=lambda m: CLASS_RANK.get(m.cls, 0))
        if best.cls in ("hq", "ops"):
            return "headquarters"
        if best.cls in ("airport", "port"):
            return best.cls
        kinds = [q for q in best.quals if q in ("air", "naval", "military")]
        return {"air": "air_base", "naval": "naval_base"}.get(kinds[0] if kinds else None, "military_base")

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
        if n < last and d.text(n) in _LOCATED:
            n += 1
            if n < last and d.text(n) in ("تقع", "يقع"):
                n += 1
        while (lead := lex.distance_lead.match_at(self.doc, n, bare=True)) is not None and lead.last < last:
            n = lead.last + 1       # "على بعد حوالي"
        if n + 2 >= last or not d.text(n).isdigit():
            return None
        if n > k and not d.joined(n - 1, n, " \"'()،,"):
            return None
        if n == k and not d.joined(k - 1, k, " (\"'"):
            return None
        value = float(d.text(n))
        if d.text(n + 1).isdigit() and d.norm[d.tokens[n].end:d.tokens[n + 1].start] in (".", ","):
            n += 1                  # "4.5"
            value = float(d.text(n - 1) + "." + d.text(n))
        unit = lex.units.get(d.text(n + 1))
        if unit is None:
            return None
        n += 2
        # "(4.3 ميل)": the same distance in another unit
        if n < last and d.norm[d.tokens[n - 1].end:d.tokens[n].start].strip() == "(":
            while n < last and ")" not in d.norm[d.tokens[n - 1].end:d.tokens[n].start]:
                n += 1
        if n < last and d.text(n) == _ILA:
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
        while n < last and d.text(n) in ("من", "مدينه", "العاصمه", "وسط", "مركز"):
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
            if d.text(end + 1) in lex.prepositions:
                return None     # "الواقعة على بعد ...": a distance, read by relative_at
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
