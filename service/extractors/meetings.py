"""Meeting records: who met whom, when, where, about what.

The rules follow ``shared/spec/ANNOTATION.md``; the shape is the Meeting
object of ``shared/spec/API.md``.  Cue words live in
``service/data/meeting_cues.json``; people, groups, organisations and places
come from ``service.entities``, dates from ``service.dates``.

How a record is found
---------------------
1. *Triggers*, sentence by sentence (titles and body lines; captions, "read
   also" links and boilerplate are skipped).  A cue read through a
   proclitic must suit it: verbs take "و" only ("فيصل" is not "ف + يصل").

   - verbs: التقى/يلتقي/قابل (``meet``), استقبل (``receive``), بحث/ناقش +
     مع/ب/معه (``with``: without a counterpart it is a topic, "بحث المجلس
     آفاق التعاون"), اجتمع/تباحث/تشاور (``reciprocal``: مع, or two parties,
     or a dual), هاتف/اتصل (``phone``), and light verbs عقد/أجرى/تلقى with a
     meeting noun a few words on ("عقد يفكيروف والوفد المرافق له اجتماعاً
     مع", "أجرى خلال الزيارة محادثات مع", "تلقى اتصالاً هاتفياً من");
     استضاف (``host_person``) only from a named person to a person or a
     delegation ("استضاف X في البيت الأبيض يوم 29 سبتمبر Y", not "استضافت
     الدوحة القمة");
   - "كان في استقباله X" (X received the one the pronoun stands for) and
     "كان في استقبال G … X" (X received the guest G);
   - meeting nouns with their parties: "لقاء بين X و Y", "لقاء X مع Y",
     "لقاء X و Y", "لقاء جمع X و Y", "لقائه مع Y", "خلال استقباله X".  A
     definite or demonstrative noun with fewer than two parties ("اللقاء
     الذي عقد أمس الخميس", "خلال اللقاء", "مثل هذا الاجتماع") is an anaphor:
     it gives date, place, topics and evidence to the latest record of its
     section (at most three sentences back); "حضر اللقاء X" adds X to it.
   - Not meetings: negated, denied, cancelled or guessed ones ("لم يلتق",
     "نفى أن يكون التقى", "أُلغي اللقاء", "تأجيل الاجتماع", "لم يستبعد
     دبلوماسيون أن يلتقي"), habits ("مرارا"), interviews
     ("في لقاء تلفزيوني", "لقاء مع قناة …": media are never parties), plural
     nouns without two named parties ("يجري لقاءات مع قادة المنطقة").

2. *Window*: the parties of a trigger are the mentions from the trigger up
   to the first clause boundary: an attribution cue (وفق، بحسب، قال…), a
   frame (في إطار، دون، بعد…), a relative or subordinate clause
   (الذي، حيث…), another meeting or visit verb, ":" or ";", a comma followed
   by a coordinated verb ("، وأطلعهم"), a new clause joined by و without a
   comma: a verb ("يستقبل وفداً في دمشق ويطالب بتسليم X") or a new subject
   and its verb ("… والجيش يعلن استعادة …"), or, after "بحث/ناقش مع X", the
   topic; "على هامش قمة …" right after the subject is a frame skipped up to
   the next person ("التقى X على هامش قمة مجموعة العشرين Y": the summit's
   organisation is no party);
   a framing aside between commas ("، في مستهل زيارته لبنغازي،", "، وفق
   مصادر،") does not end it while a party is still missing.
   An SVO subject is the mention right before the verb ("أن حفتر التقى",
   "وكان عبد اللهيان قد التقى", headline "حفتر يلتقي X").  Appositions after
   a comma ("، وزير دولة،") or right after a name ("البرهان رئيس مجلس
   السيادة") and location phrases ("بمقر القيادة العامة…") add no party;
   neither does a mention inside another one (the "حفتر" of "مدير مكتب
   حفتر") nor an organisation after ب ("الإدارات الفنية بقوات الشرق"),
   except as a group's affiliation ("مسؤولين بوزارة الدفاع الروسية").
   The owner of a title (``Mention.inside == "title"``: "مبعوث بوتين",
   "نجل حفتر") is no party; the title with its owner is, as an unnamed
   official.  An organisation inside someone's title (``entities.in_title``:
   "رئيس أركان القوات المسلحة المصرية الفريق X") is no party either.
   "بحضور X" adds X, even after the topic ("، وذلك بحضور X"): the text puts
   X in the encounter.  A short parenthesis ("(حفظه الله)") is skipped.  Groups (``kind:
   group``) are parties but never suffice: a record needs two parties, one
   of them named.

3. *Implicit parties*: a coordinated verb with no subject of its own
   ("..، والتقى فيها عدة مسؤولين", "وأجرى خلال الزيارة محادثات مع"), a verb
   left with one party ("وصل X إلى روما، حيث التقى Y") and the pronoun of
   "في استقباله"/"استقبله"/"لقائه"/"معه" stand for the nearest named person
   before the trigger in the sentence (for coordinated verbs and pronouns,
   else the first one of the previous sentence).  A coordinated or "حيث"
   verb whose window holds only objects joined by و ("، حيث التقت X ونجله
   Y") takes the sentence's earlier subject too; so does a meeting noun of
   purpose ("توجه X إلى القاهرة للقاء Y").  A person right after a meeting
   noun is its object, never the subject a later verb falls back on.  A
   fronted frame "وخلال لقائه X، أكد Y" belongs to the subject after its
   comma.  Duals ("الرجلين", "الزعيمان قد التقيا", "خلال لقائهما") stand
   for the last two distinct named people mentioned before, unless names
   follow them ("ناقش الوزيران المصري X والأردني Y، في اتصال هاتفي الخميس،
   …": those two).  A definite bare title ("الوزير الروسي") is the latest
   named person before it whose role has those words.  A place right after a
   receiving or meeting verb ("استقبلت موسكو حفتر"), or right before it
   ("وكانت موسكو قد استقبلت"), is the host state, reported as an
   organisation and taken as the place when no other is given; a
   coordinated "والتقى" in the same sentence adds its parties to that
   reception.

4. *Date*: the date mention of the sentence nearest the trigger, those in
   the window first; "منذ 2019"/"حتى" dates are never an encounter's date.
   Several dates joined by "،"/"و" in the window ("في نوفمبر 2018، وفبراير
   2020") give one record each.  A "حيث" clause after an origin ("قادمة من
   بنغازي، حيث التقت") took place before the arrival: only dates inside its
   own window count.  *Location*: a place introduced by في/ب (directly
   or through العاصمة/مدينة/مقر…) inside the window, a known city first,
   then a name after العاصمة/مدينة the gazetteer lacks, then a country; else
   a place fronted before the verb ("وفي بنغازي، التقى") or hosting the
   meeting noun ("استضافت الرباط اجتماعاً بين"); else, for a verb
   after "حيث", the last place named before it; else the
   destination of a visit in the same sentence ("زار حفتر موسكو، وأجرى…",
   "بزيارة للعاصمة موسكو… حيث كان في استقباله"); never from another
   sentence.  *Topics*: the noun phrase after بحث/ناقش/تناول/لبحث/لمناقشة/
   حول in a sentence of the encounter, past its parties, dates and "في
   اتصال هاتفي".

5. *One record per encounter*: a candidate joins an earlier record of the
   same section when one's named parties are a subset of the other's (an
   unnamed title matches a named person whose role has its words) and the
   dates do not contradict; headline, lead and restatements merge, the same
   people on two different dates stay apart.  A headline's unnamed parties
   ("يستقبل مبعوث بوتين", "يستقبل وفداً روسياً") are dropped once two people
   are named: the body names them.  A call and a face-to-face
   meeting, a planned ("سيلتقي", "من المقرر أن يلتقي") and a past one, an
   earlier one told in the pluperfect ("وكان البرهان قد التقى أفورقي في
   يوليو") and the story's own, and a meeting "على هامش" another with more
   people never merge.  A headline's
   bare title, or a bare title of a named person's country, is dropped once
   two people are named.  One candidate can be several encounters: guests
   received in turn ("استقبل X سفير Y، ثم القائم بالأعمال Z") or met "على حدة"
   give one record each (``_in_turn``, ``_separately``).  A delegation named by
   its organisation ("وفد الجيش السوداني") is that organisation's party; the
   people the next sentence says led it ("وترأس الوفد A وB") stand for it
   (``_delegation_members``); "الوزراء الثلاثة" stands for the three of that
   office named together before (``_counted_group``).

Choices where the issue is silent
---------------------------------
- People who only accompany a party ("ويرافق حفتر خلال الزيارة …") are not
  added: the text does not put them in any one encounter, and a user asking
  "who met whom" would get people who may never have been in the room.
  Attendees ("بحضور X", "حضر اللقاء X") are added: the text does.
- Visits, arrivals and plans without a named side ("ستشهد الزيارة مباحثات
  مع المسؤولين الروس") are not meetings.
- Planned meetings with named sides ("من المقرر أن يلتقي X Y", "سيلتقي")
  count, as ANNOTATION.md says of encounters that "will take place"; they
  never merge with a past encounter of the same people.  Cancelled,
  postponed or refused ones ("أُلغي الاجتماع", "تأجيل لقاء", "رفض استقبال")
  and wishes, calls and proposals ("طلب لقاء", "دعا X إلى عقد لقاء مع Y",
  "اقترح عقد اجتماع") do not: nobody says they will happen.
- ``mode``: ``phone`` for calls; ``host`` when a party received the other
  (استقبل، كان في استقباله; that party comes first) or the encounter is in
  the first party's country; ``visit`` when it is in another party's
  country or the sentence says the first party travelled (زار، وصل، زيارة);
  ``third_party`` when it is in a country none of them belongs to;
  otherwise ``None``.  ``cameo``: 041 phone, 042 visit, 043 host, 044
  third location; with no mode, 046 for negotiations, 045 for mediation,
  else 040 (consult).
- ``confidence``: 0.9 for a verb with its parties explicit, 0.75 when a
  party is inferred (pronoun, dropped subject, dual), 0.7 for a noun
  construction, a lone-party fallback or a headline alone; +0.05 per extra
  sentence of evidence, at most 0.97.
- Small helpers kept here until the shared modules cover them (reported to
  the lead): ``_resolved_dates`` resolves "في اليوم/الشهر ذاته" to the day or month of the
  date mentioned before it; ``_titled_officials`` finds a title without a
  name ("نائب وزير الدفاع الروسي", "سفير الولايات المتحدة لدى ليبيا"),
  which becomes the role of a name right after it; left alone it is
  reported as API.md says of unnamed parties: name null, kind "group".
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from .. import dates as _dates
from .. import entities
from ..gazetteer import Matcher, load, phrase_key, read_json, reading_index
from ..text import char_positions, fold, stems

SENTENCE_KINDS = ("title", "body")
MAX_WINDOW = 60          # tokens after a trigger (or its last party) that may hold its parties
LIST_WINDOWS = 3         # a window runs at most this many MAX_WINDOWs from its trigger
VISIT_REACH = 6          # sentences back to the visit an undated encounter took place during
ARRIVAL_SENTENCES = 3    # sentences back to the arrival "فور وصوله" refers to
COUNTED_REACH = 6        # sentences back to the people "الوزراء الثلاثة" stands for
CLAUSE_REACH = 30        # tokens back from a trigger that a clause marker of it may lie
LIGHT_REACH = 6          # tokens between a light verb and its meeting noun
ANAPHOR_REACH = 3        # sentences after its record that "اللقاء" may still refer to it
LOOKBACK = 60            # named people looked back at for a pronoun, dual or bare title
RECENT_RECORDS = 40      # records a restatement may join (the latest ones)
MAX_HOSTED_GUESTS = 4    # people before "اجتماع استضافه X" taken as its guests
GATHER_REACH = 4         # words after a meeting noun where "جمع" may still be its verb
ARRIVAL_REACH = 8        # words before a trigger where "فور وصوله" may frame it
MAX_PARTIES = 40         # a record's participants, at most
MAX_TOPICS = 8
SUBJECT_KINDS = ("person", "group", "organization")
CITY_KINDS = ("city", "capital")
MAX_STACKED = 6      # title words between an unnamed office and the next person's own title
HOST_PLACE_KINDS = ("country", "capital", "city")   # a place that can receive a visitor
HARD_STOPS = frozenset(":;؛()")
TITLE_PREPS = frozenset(["لدي", "الي"])   # "سفير X لدى ليبيا", "المبعوث الأممي إلى ليبيا"

# plain word sets of meeting_cues.json: Cues field -> its list in the file
PLAIN_SETS = {"place_preps": "place_preps", "visit_preps": "visit_dest_preps", "phone_words": "phone_words",
              "not_verbs": "not_verbs", "venues": "venue_bodies", "visit_relatives": "visit_relatives",
              "coincided": "coincided", "members": "delegation_members", "led_by": "led_by", "during_it": "during_it",
              "document_dates": "document_dates", "past_plans": "past_plans",
              "date_frames": "date_frames", "story_events": "story_events", "dated_events": "dated_events", "when_words": "when_words", "main_clause": "main_clause", "pluperfect": "pluperfect",
              "arrival_frames": "arrival_frames", "received_it": "received_it",
              "venue_enders": "venue_enders", "owned_by": "owned_by", "companions": "companions",
              "hosted_it": "hosted_it", "conducted_it": "conducted_it",
              "measured_from": "measured_from", "sequence_words": "sequence_words",
              "airport_heads": "airport_heads", "airport_ends": "airport_ends", "day_parts": "day_parts",
              "office_heads": "office_heads", "guest_words": "guest_words", "frame_words": "frame_words",
              "goes_on": "goes_on", "later_openers": "later_openers", "time_shifts": "time_shifts",
              "event_frames": "event_frames", "event_ends": "event_ends", "took_place": "took_place", "vague_titles": "vague_titles",
              "delegation_heads": "delegation_heads", "delegation_led": "delegation_led",
              "post_words": "post_words", "in_turn": "in_turn", "dual_relatives": "dual_relatives",
              "clause_openers": "clause_openers", "object_preps": "object_preps", "began": "began",
              "brothers": "brothers", "separate_words": "separate_words", "already": "already_did",
              "state_words": "state_words", "dual_verbs": "dual_verbs",
              "already_pronouns": "already_pronouns", "delegation_leaders": "delegation_leaders",
              "resumed": "resumed_with", "chair_verbs": "chair_verbs"}
WORD_SETS = (*PLAIN_SETS.values(), "trigger_pieces")    # lists that are no cue category

MODE_CAMEO = {"phone": "041", "visit": "042", "host": "043", "third_party": "044"}


# ------------------------------------------------------------------ cue data

@dataclass(frozen=True)
class Cues:
    phrases: dict             # (first word, second word) -> [(next words, categories)], longest first
    single: dict              # one-word phrase -> its categories (the fast path)
    multi_firsts: frozenset   # first words of longer phrases (those go through ``_phrase_at``)
    first_words: frozenset    # the first word of every phrase: where a cue may start
    followers: dict           # first word of a longer phrase -> the second words it may have
    alone: dict               # one-word phrase, as ``phrase_key`` reads it -> its categories
    trigger_pieces: tuple     # every trigger holds one: a cheap test that a text may hold a meeting
    place_preps: frozenset
    visit_preps: frozenset
    phone_words: frozenset
    not_verbs: frozenset
    honorific_pronouns: dict  # "سعادته" -> "سعاده": refers back to the last person so styled
    plural_offices: dict      # "الوزراء" -> its office word ("وزير"), for "الوزراء الثلاثة"
    counts: dict              # "الثلاثة" -> 3
    elapsed: dict             # "بعد يوم من محادثات": days between the two events (None: unknown)
    generic_ranks: dict       # "جنرال" -> the ranks it may stand for ("فريق", "لواء", …)
    separately: dict          # "على" -> {"حدة", "انفراد"}: "على حدة", one encounter with each
    venues: frozenset         # bodies named after their seat ("الكرملين"): "في الكرملين" is a place
    venue_matcher: Matcher    # the same seats, found at a token ("بقصر الاتحادية")
    visit_relatives: frozenset  # "زيارة أجراها X إلى Y": the verb that carries the visit
    coincided: frozenset      # "وتزامن اللقاء مع …": مع is the coincidence's, not a party's
    members: frozenset        # "وفد برئاسة X وعضوية Y": a member, not the head
    led_by: frozenset         # "وفد برئاسة X": X heads the party before him
    chair_verbs: frozenset    # "ترأس X اجتماعاً لمجلس الدفاع": the body the meeting is held for
    during_it: frozenset      # "بمحطة في واغادوغو أجرى خلالها": a relative clause on the place's phrase
    document_dates: frozenset  # "المذكرة الموقعة عام 2019": the document's date
    past_plans: frozenset     # "وكان من المقرر أن يلتقي …": a plan of the past
    date_frames: frozenset    # "مطلع", "أواخر": part of a date phrase
    story_events: frozenset   # "على هامش الزيارة": an event the story is about
    dated_events: frozenset   # "على هامش القمة": a gathering an earlier sentence may date
    when_words: frozenset     # "…في 30 يناير، حين التقى": the date before it is the meeting's
    main_clause: frozenset    # "…، وذلك خلال لقائه": back to the sentence's subject
    pluperfect: frozenset     # "وكان … قد": a sentence that steps back from the story
    arrival_frames: frozenset  # "فور وصوله": a time word before an arrival noun
    received_it: frozenset    # "تلقاه من X": من links the caller
    venue_enders: frozenset   # words that end a building's name ("الذي", "حيث")
    owned_by: frozenset       # "التابعة لـ": the body a title belongs to
    companions: frozenset     # "يرافقه X": X came along, he is not the subject
    hosted_it: frozenset      # "اجتماع استضافه X": X hosted the meeting, the subject took part
    conducted_it: frozenset   # "اتصال هاتفي أجراه X بـY": X and Y are its parties
    measured_from: frozenset  # "ويأتي اللقاء بعد …": a date after it is another event's
    sequence_words: frozenset  # "قبل أن / بعد أن" after a reception
    airport_heads: frozenset  # "مطار": its name runs through a city or a person
    airport_ends: frozenset   # "الدولي": ends an airport's name
    day_parts: frozenset      # "صباح", "مساء": of a date, not a boundary
    office_heads: frozenset   # "دائرة الاتصال": an office named after a meeting noun
    guest_words: frozenset    # "الضيف": alone, the visitor told
    frame_words: frozenset    # "وبعد ذلك،": may open a sentence before its verb, no subject
    goes_on: frozenset        # "كما": the sentence goes on with the one before
    later_openers: frozenset  # "ثم", "لاحقاً" opening a sentence: another encounter that day
    time_shifts: frozenset    # "في وقت لاحق / سابق": the same
    event_frames: frozenset   # "وعقب اللقاء،": the story's event frames the sentence
    event_ends: frozenset     # "وعقب انتهاء الاصطفاف": its end, the same day
    took_place: frozenset     # "اتصال جرى بين الرجلين": the dual after it names the parties
    vague_titles: frozenset   # "المسؤول الروسي", "نظيره": no office of its own
    delegation_heads: frozenset  # "وفد الجيش": a delegation named by its organisation
    delegation_led: frozenset    # "وترأس الوفد X": X led the delegation told before
    delegation_leaders: frozenset  # "رئيس الوفد السعودي": the one "برئاسة X" named
    post_words: frozenset     # "منصب رئيس الأركان": a post, not an official
    in_turn: frozenset        # "ثم": guests received in turn, one encounter each
    dual_relatives: frozenset  # "اللذين التقيا": the two named before are the subject
    clause_openers: frozenset  # "فيما": a date after it, past the window, is the next clause's
    object_preps: frozenset     # "يواصل زيارته إلى روما ويلتقي": Rome is no subject
    began: frozenset            # "زيارته التي بدأت يوم 11 يونيو": the day the visit began
    brothers: frozenset         # "X وأخوه Y": two subjects
    separate_words: frozenset   # "اتصالين هاتفيين منفصلين": one encounter with each
    already: frozenset          # "سبق لـX أن التقى": X is the subject
    already_pronouns: frozenset  # "سبق له أن التقى": the one the pronoun stands for
    state_words: frozenset      # "رئيس الجمهورية": the office heads the state
    dual_verbs: frozenset       # "التقيا": two subjects, dropped when named just before
    resumed: frozenset          # "لاستكمال المباحثات مع X": a light verb only with مع


@lru_cache(maxsize=1 << 14)
def _key(phrase: str) -> str:
    return " ".join(fold(phrase).split())


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = read_json("meeting_cues.json")
    cats: dict[str, set] = {}

    def add(phrases, cat):
        for p in phrases:
            cats.setdefault(_key(p), set()).add(cat)

    for sub, words in raw["verbs"].items():
        add(words, "verb:" + sub)
    for sub, words in raw["nouns"].items():
        add(words, "noun:" + sub)
    for name, words in raw.items():     # every other list is a category of its own
        if isinstance(words, list) and name not in WORD_SETS:
            add(words, name)
    phrases: dict[tuple[str, str], list] = {}
    followers: dict[str, set] = {}
    alone: dict[str, frozenset] = {}
    for p, c in cats.items():           # each phrase read as the gazetteer's matcher reads it
        words = phrase_key(p)
        if len(words) > 1:
            phrases.setdefault(words[:2], []).append((words[1:], frozenset(c)))
            followers.setdefault(words[0], set()).add(words[1])
        elif words:
            alone.setdefault(words[0], frozenset(c))
    for options in phrases.values():
        options.sort(key=lambda o: -len(o[0]))
    return Cues(
        phrases=phrases,
        single={p: frozenset(c) for p, c in cats.items() if " " not in p},
        multi_firsts=frozenset(p.split()[0] for p in cats if " " in p),
        first_words=frozenset(p.split()[0] for p in cats),
        followers={w: frozenset(nxt) for w, nxt in followers.items()},
        alone=alone,
        trigger_pieces=tuple(_key(w) for w in raw["trigger_pieces"]),
        honorific_pronouns={_key(w): _key(h) for w, h in raw["honorific_pronouns"].items()},
        plural_offices={_key(w): _role_word(_key(o)) for w, o in raw["plural_offices"].items()},
        counts={_key(w): n for w, n in raw["counts"].items()},
        elapsed={_key(w): n for w, n in raw["elapsed"].items()},
        generic_ranks={_role_word(_key(w)): frozenset(_role_word(_key(r)) for r in ranks)
                       for w, ranks in raw["generic_ranks"].items()},
        separately={_key(w): frozenset(_key(n) for n in nxt) for w, nxt in raw["separately"].items()},
        venue_matcher=Matcher((w, w) for w in raw["venue_bodies"]),
        **{field: frozenset(_key(w) for w in raw[key]) for field, key in PLAIN_SETS.items()},
    )


# ------------------------------------------------------------------ parties

@dataclass(eq=False, slots=True)
class Party:
    kind: str                 # person, group, organization
    first: int                # token range (role + name)
    last: int
    name: str | None
    key: str                  # identity across mentions
    role_words: frozenset     # folded role tokens, for matching unnamed officials
    role: str | None          # the participant's role
    country: str | None = None
    inferred: bool = False    # stands for a pronoun, dropped subject or dual
    start: int = 0            # norm span of the mention (name, or the group's words)
    end: int = 0
    details: dict | None = None     # the participant in the API's shape (see ``participant``)
    doc: object = None              # the document and mention the details are made from,
    mention: object = None          # when first asked for
    accusative: bool = False        # a bare title written with the accusative ending ("نائبَ")

    @property
    def named(self) -> bool:
        return self.name is not None

    @property
    def participant(self) -> dict:
        if self.details is None:
            self.details = _participant(self.doc, self.mention)
        return self.details


def _party_from_mention(doc, m) -> Party:
    place = m.kind == "place"       # a host state: reported as an organisation
    role = None if place else m.role
    if m.name is not None:
        key = m.entity_id or m.canonical or _key(m.name)
    else:
        key = "group:" + _key(role or "")
    return Party("organization" if place else m.kind, m.first_token, m.last_token, m.name, key,
                 _role_words(role), role, m.country, False, m.start, m.end, doc=doc, mention=m)


def _with_honorific_pronouns(doc, parties: list[Party]) -> list[Party]:
    """``parties`` plus the honorific pronouns ("وكان سعادته قد تلقى اتصالاً"), each
    standing for the first person named before it with that style in his title: in
    the official readouts that write so, the pronoun is the story's protagonist."""
    readings, added = reading_index(doc), []
    pronouns = cues().honorific_pronouns
    if not any(word in readings for word in pronouns):
        return parties
    first_styled: dict[str, object] = {}     # style -> the first person named with it
    for m in entities.people(doc):
        styles = fold((m.role or "") + " " + m.extra.get("style", ""))
        for style in set(pronouns.values()):
            if m.name and style in styles:
                first_styled.setdefault(style, m)
    taken = {i for p in parties for i in range(p.first, p.last + 1)}
    for word, style in pronouns.items():
        for i in readings.get(word, ()):
            tok, person = doc.tokens[i], first_styled.get(style)
            cut = next((c for stem, c, _ in stems(tok.text) if stem == word), None)
            if i in taken or cut is None or cut > 1 or person is None or person.end > tok.start:
                continue
            here = replace(person, start=tok.start + cut, end=tok.end, first_token=i, last_token=i)
            added.append(_inferred(_party_from_mention(doc, here)))
    return sorted(parties + added, key=lambda p: p.first) if added else parties


def _participant(doc, m) -> dict:
    """A mention as a participant of the API."""
    if m.kind == "place":
        return {"name": m.name, "role": None, "kind": "organization", "country": m.country,
                "canonical": m.canonical, "span": m.span(doc)}
    return m.to_participant(doc)


_TITLE_SYNONYMS = {fold(k): fold(v) for k, v in read_json("titles.json")["synonyms"].items()}
_TITLE_PHRASES = {fold(k): fold(v) for k, v in read_json("titles.json")["phrase_synonyms"].items()}


@lru_cache(maxsize=1 << 14)
def _role_words(role: str | None) -> frozenset:
    """Folded title words without the article: "الوزير الروسي" -> {وزير, روسي}; a title
    phrase the press uses for an office is read as that office ("رئيس الدبلوماسية")."""
    folded = fold(role or "")
    for phrase, office in _TITLE_PHRASES.items():
        if phrase in folded:
            folded = folded.replace(phrase, office)
    return frozenset(_role_word(w) for w in _ROLE_WORD.findall(folded))   # ("(سنتكوم)": no marks)


def _role_word(w: str) -> str:
    """A title word without its article and, for a demonym, its feminine ending
    ("الروسية" and "الروسي" are one word of a title)."""
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    w = w[:-1] if w.endswith("يه") and len(w) > 4 else w
    return _TITLE_SYNONYMS.get(w, w)


def _inferred(party: Party) -> Party:
    return Party(party.kind, party.first, party.last, party.name, party.key, party.role_words,
                 party.role, party.country, True, party.start, party.end, party.details, party.doc,
                 party.mention)


class Context:
    """Per-document lookups: parties, places and dates by token, cue matches.

    Built without a pass of Python code over every token where it can: the
    document's reading index says which tokens may start a cue or an office
    title, and the punctuation marks say which gaps are commas or hard stops."""

    def __init__(self, doc):
        self.doc, self.cues = doc, cues()
        toks = doc.tokens
        ntok = len(toks)
        readings = reading_index(doc)
        self.starts = doc._token_starts     # [t.start for t in toks] (read, never changed)
        self.words, self.gaps = doc.words, doc.gaps
        # the categories of the cue starting at each token that starts one, in order,
        # and where the cues longer than one word end
        self._cats_at, self._cue_last = self._all_cues(readings)
        self._cue_tokens = list(self._cats_at)
        self._cat_at: dict[str, list[int]] = {}     # category of RANGE_CATS -> its tokens, in order
        self.trigger_at = []
        self.boundary = [False] * ntok      # a clause boundary word at the token
        self.noun = [False] * ntok          # a meeting noun at the token
        for i, cats in self._cats_at.items():
            trigger, boundary, noun, ranged = _flags(cats)
            if trigger:
                self.trigger_at.append(i)
            if boundary:
                self.boundary[i] = True
            if noun:
                self.noun[i] = True
            for c in ranged:
                self._cat_at.setdefault(c, []).append(i)
        self.trigger_starts = [toks[i].start for i in self.trigger_at]
        found = entities.people(doc) + entities.groups(doc) + entities.organisations(doc)
        # the owner of a title ("مبعوث بوتين", "نجل حفتر") is no party: the title's holder is
        self.possessor_end = {m.first_token: m.last_token for m in found
                              if m.kind == "person" and m.inside == "title"}
        mentions = [m for m in found
                    if m.kind in SUBJECT_KINDS and m.subtype != "media"   # "لقاء مع قناة …" is an interview
                    and m.inside != "title"
                    and not (m.kind == "organization" and entities.in_title(doc, m))]
        mentions = _named_delegations(doc, mentions)
        # in text order: ``_outermost`` sorts the mentions by their first token
        self.parties = [_party_from_mention(doc, m) for m in _outermost(mentions)]
        self.parties = _with_honorific_pronouns(doc, self.parties)
        self.party_at: list[Party | None] = [None] * ntok
        self.covered = [False] * ntok
        for p in self.parties:
            if self.party_at[p.first] is None:
                self.party_at[p.first] = p
            self.covered[p.first:p.last + 1] = [True] * (p.last + 1 - p.first)
        self.places = entities.places(doc)
        self.place_at = {}
        for pl in self.places:
            self.place_at.setdefault(pl.first_token, pl)
        self.demonym_tokens = {i for d in entities.demonyms(doc)
                               for i in range(d.first_token, d.last_token + 1)}
        self.dates = _resolved_dates(doc)
        self.date_at = {}
        self.date_tokens = set()
        for d in self.dates:
            tok = doc.token_at(d.start)
            if tok is not None:
                self.date_at.setdefault(tok.index, d)
            self.date_tokens.update(t.index for t in doc.tokens_between(d.start, d.end))
        self._ranges: dict[int, tuple[int, int]] = {}
        self.gap_kind = _gap_kinds(doc, self.starts)
        # the "مع"/"بين" tokens, in order (see ``next_link``)
        self._links = sorted({i for w in LINK_WORDS for i in readings.get(w, ())
                              if toks[i].text in LINK_WORDS})
        self.org_first = {p.first: p.last for p in self.parties if p.kind == "organization"}
        self.country_at: dict[int, str] = {}    # the country a demonym, place or organisation names
        for m in list(entities.demonyms(doc)) + self.places:
            if m.country:
                self.country_at.setdefault(m.first_token, m.country)
        for p in self.parties:
            if p.kind == "organization" and p.country:
                self.country_at.setdefault(p.first, p.country)
        self.bare_ranks: set[int] = set()    # titles that are a rank alone ("وكان الفريق أول قد")
        self.titled = _titled_officials(self, readings)
        # palaces and listed bases or headquarters: a meeting's venue (see ``_window``)
        self.venue_at = {}
        for i in self.cues.venue_matcher.starts(doc):
            m = self.cues.venue_matcher.match_at(doc, i)
            if m is not None:
                self.venue_at[i] = m
        sites = load().site_matcher
        for i in sites.starts(doc):
            m = sites.match_at(doc, i)
            if m is not None and i not in self.venue_at and m.payload.get("type") in VENUE_SITE_TYPES:
                self.venue_at[i] = m
        self.people = [p for p in self.parties if p.kind == "person" and p.named]
        self.people_first = [p.first for p in self.people]
        self._memo: dict = {}
        self.party_end: dict[int, Party] = {}
        for p in list(self.parties) + list(self.titled.values()):
            if p.last not in self.party_end or p.first < self.party_end[p.last].first:
                self.party_end[p.last] = p

    def _all_cues(self, readings) -> tuple[dict, dict]:
        """The cue phrase starting at each token that starts one, in one pass.

        Only the tokens with a reading among the cue words are looked at (the
        document's reading index says which); one-word cues come from a
        per-word memo; longer phrases are looked for only where the next word
        may continue one, and the longest phrase wins."""
        doc = self.doc
        toks = doc.tokens
        cats_at, last_at = {}, {}
        for i in sorted({i for w in self.cues.first_words.intersection(readings) for i in readings[w]}):
            hit = _word_cue(toks[i].text)
            if hit is None:
                continue
            followers, cats = hit
            if followers and i + 1 < len(toks) and toks[i + 1].text in followers:
                cue = _phrase_at(doc, i)
                if cue is not None:
                    cats_at[i] = cue.payload
                    if cue.last != i:
                        last_at[i] = cue.last
            elif cats is not None:
                cats_at[i] = cats
        return cats_at, last_at

    def may_trigger(self, sent) -> bool:
        """Does a trigger word start inside ``sent`` (a cheap test before its tokens)?"""
        n = bisect_left(self.trigger_starts, sent.start)
        return n < len(self.trigger_starts) and self.trigger_starts[n] < sent.end

    def next_link(self, j: int) -> int:
        """The next "مع"/"بين" at or after token ``j`` (the token count if none)."""
        n = bisect_left(self._links, j)
        return self._links[n] if n < len(self._links) else len(self.doc.tokens)

    def is_cue(self, i: int) -> bool:
        return i in self._cats_at

    def cue_last(self, i: int) -> int:
        """The last token of the cue starting at token ``i``."""
        return self._cue_last.get(i, i)

    def cue(self, i: int) -> Cue | None:
        cats = self._cats_at.get(i)
        return None if cats is None else Cue(self._cue_last.get(i, i), cats)

    def cues_in(self, first: int, end: int) -> list[int]:
        """The tokens in ``first..end - 1`` that start a cue."""
        at = self._cue_tokens
        return at[bisect_left(at, first):bisect_left(at, end)]

    def find_cat(self, cat: str, first: int, end: int) -> int | None:
        """The first token in ``first..end - 1`` that starts a cue of ``cat``, or None."""
        assert cat in RANGE_CATS, cat
        at = self._cat_at.get(cat)
        if not at:
            return None
        n = bisect_left(at, first)
        return at[n] if n < len(at) and at[n] < end else None

    def find_last_cat(self, cat: str, first: int, end: int) -> int | None:
        found = self.cats_in(cat, first, end)
        return found[-1] if found else None

    def has_cat(self, cat: str, first: int, end: int) -> bool:
        """Does a cue of ``cat`` start in tokens ``first..end - 1``?"""
        return self.find_cat(cat, first, end) is not None

    def cats_in(self, cat: str, first: int, end: int) -> list[int]:
        """The tokens in ``first..end - 1`` that start a cue of ``cat``."""
        assert cat in RANGE_CATS, cat
        at = self._cat_at.get(cat, ())
        return at[bisect_left(at, first):bisect_left(at, end)]

    def people_before(self, i: int, since: int = 0, limit: int = LOOKBACK):
        """Named people starting before token ``i`` (and at or after ``since``), nearest first."""
        n = bisect_left(self.people_first, i)
        for p in reversed(self.people[max(0, n - limit):n]):
            if p.first < since:
                return
            yield p

    def memo(self, name: str, sent, compute):
        """``compute(self, sent)`` once per sentence."""
        key = (name, sent.index)
        if key not in self._memo:
            self._memo[key] = compute(self, sent)
        return self._memo[key]

    def sent_range(self, sent) -> tuple[int, int]:
        """First and last token index of ``sent`` (memoised)."""
        got = self._ranges.get(sent.index)
        if got is None:
            got = self._ranges[sent.index] = self._sentence_tokens(sent)
        return got

    def _sentence_tokens(self, sent) -> tuple[int, int]:
        """The tokens lying wholly inside ``sent``, as ``doc.tokens_between`` finds them."""
        toks = self.doc.tokens
        first = bisect_left(self.starts, sent.start)
        last = bisect_left(self.starts, sent.end) - 1
        while last >= first and toks[last].end > sent.end:
            last -= 1
        return (first, last) if last >= first else (0, -1)

    def cats(self, i: int) -> frozenset:
        return self._cats_at.get(i, NO_CATS)

    def gap(self, i: int) -> str:
        """Text between token i - 1 and token i."""
        return self.gaps[i] if i > 0 else ""

    def text(self, i: int) -> str:
        return self.words[i]


VERB_CATS = ("verb:", "visit", "negation", "complementizers", "future")
TRIGGER_CATS = ("verb:", "noun:", "host_phrases", "host_open")
# the categories looked for in a range of tokens (``Context.find_cat``, ``has_cat``, ``cats_in``)
RANGE_CATS = frozenset(["sidelines", "mediation", "habitual", "future", "proposals", "cancelled",
                        "hedges", "denial", "visit", "complementizers"])


class Cue(NamedTuple):
    """A cue phrase found at a token: its last token and its categories."""
    last: int
    payload: frozenset


@lru_cache(maxsize=1 << 16)
def _word_cue(word: str):
    """What a token spelt ``word`` may start: None, or ``(followers, categories)``:
    the words that may come next in a longer cue phrase (none for most words), and
    the categories of the one-word cue it is when no longer phrase follows (or None)."""
    c = cues()
    readings = stems(word)
    if any(r[0] in c.multi_firsts for r in readings):
        followers = frozenset().union(*(c.followers.get(r[0], ()) for r in readings))
        # the matcher's answer when no longer phrase follows: the first reading
        # that is a one-word phrase
        alone = next(((word[:cut], c.alone[stem]) for stem, cut, _ in readings
                      if stem in c.alone), None)
        return followers, _allowed(*alone) if alone is not None else None
    for stem, cut, _ in readings:
        cats = c.single.get(stem)
        if cats is not None:
            cats = _allowed(word[:cut], cats)
            return (frozenset(), cats) if cats else None
    return None


def _allowed(prefix: str, cats: frozenset) -> frozenset | None:
    """The categories a proclitic allows (a verb takes "و" only), None if no one is left."""
    if prefix and prefix != "و":
        cats = frozenset(x for x in cats if not x.startswith(VERB_CATS))
    return cats or None


def _phrase_at(doc, i: int) -> Cue | None:
    """The longest cue phrase starting at token ``i``, read through any proclitic the
    way ``gazetteer.Matcher`` reads it (a later reading wins only with a longer
    phrase), with the categories the proclitic allows."""
    c, toks, norm = cues(), doc.tokens, doc.norm
    word = toks[i].text
    nxt = toks[i + 1].text if i + 1 < len(toks) else None
    best = None     # (last token, proclitic length, categories)
    for stem, cut, _ in stems(word):
        options = c.phrases.get((stem, nxt), [])
        if stem in c.alone:
            options = options + [((), c.alone[stem])]
        for rest, payload in options:
            if best is not None and len(rest) <= best[0] - i:
                break
            j = i
            for w in rest:
                j += 1
                if j >= len(toks) or toks[j].text != w or norm[toks[j - 1].end:toks[j].start].strip():
                    break
            else:
                best = (j, cut, payload)
                break
    if best is None:
        return None
    # a verb takes "و" only ("فيصل" is no "ف + يصل", "وكان" no "و + ك + ان"); nouns take any proclitic
    cats = _allowed(word[:best[1]], best[2])
    return Cue(best[0], cats) if cats else None


def _named_delegations(doc, mentions: list) -> list:
    """"وفد الجيش السوداني", "وفد من حركة العدل والمساواة": a delegation named by the
    organisation it comes from is that organisation's party (the group's words its role)."""
    ending = {m.last_token: m for m in mentions if m.kind == "organization"}    # last token -> the org
    if not ending:
        return mentions
    out = []
    for m in mentions:
        org = None
        if m.kind == "group" and _key(m.role or "").split()[:1] and \
                _key(m.role).split()[0] in cues().delegation_heads:
            org = ending.get(m.last_token)
            org = org if org is not None and m.first_token < org.first_token else None
        out.append(m if org is None else replace(org, first_token=m.first_token, role=m.role,
                                                 role_start=m.start, role_end=m.end))
    return out


def _outermost(mentions):
    """Drop a mention lying inside another one's tokens ("مدير مكتب حفتر")."""
    out, reach = [], -1
    for m in sorted(mentions, key=lambda m: (m.first_token, -m.last_token)):
        inside = m.last_token <= reach and not (out and (out[-1].first_token, out[-1].last_token)
                                                == (m.first_token, m.last_token))
        reach = max(reach, m.last_token)
        if not inside and m.inside != "organization":
            out.append(m)
    return out


# ------------------------------------------------------------------ helpers kept here

def _titled_officials(ctx: Context, readings: dict) -> dict[int, Party]:
    """Unnamed officials named by their title alone ("نائب وزير الدفاع الروسي").

    Clearly separate from ``service.entities`` (which reports people with a
    name): a run of title words that starts with an office word and is not
    part of a person mention.  The run may take in an organisation ("رئيس
    مجلس السيادة السوداني") and a preposition with its place ("سفير
    الولايات المتحدة لدى ليبيا"); it never ends on a preposition.  Only used
    inside meeting windows; a title right before a name becomes that
    person's role (``_add_party``).
    """
    lex = entities.lexicon()
    doc, out = ctx.doc, {}
    ntok, free = len(doc.tokens), 0
    # an office word, or the title a person owns ("نجل حفتر")
    offices = {i for w in _office_readings().intersection(readings) for i in readings[w]
               if _is_office(doc.tokens[i].text)}
    offices.update(i for w in ctx.cues.guest_words.intersection(readings) for i in readings[w]
                   if i + 1 not in ctx.demonym_tokens)  # "استقبل ضيفه" (not "ضيفه الفرنسي": a demonym's)
    # a rank and a nationality: "الجنرال الأمريكي", "الأميرال الروسي"
    ranked = {i for w in _rank_words().intersection(readings) if w.startswith("ال") for i in readings[w]
              if i + 1 in ctx.demonym_tokens and not ctx.gap(i + 1).strip()}
    # a rank alone as a pluperfect's subject: "وكان الفريق أول قد شرع": the officer named before
    bare_ranks = {i: j for w in entities.lexicon().ranks if "ال" + w in readings
                  for i in readings["ال" + w] if i > 0 and doc.tokens[i - 1].text in ctx.cues.pluperfect
                  and (j := next((n for n in (i + 1, i + 2) if n < ntok and doc.tokens[n].text in ("قد", "وقد")
                                  and not any(ctx.gap(m).strip() for m in range(i + 1, n + 1))), None))}
    # "ترأس X اجتماعاً (طارئاً) لمجلس الدفاع الوطني": the body a meeting is held for (ل + a body noun)
    bodies = {}     # token -> length of its ل (2 with the article's elided alef: "للحكومة")
    chairs = sorted(i for w in ctx.cues.chair_verbs.intersection(readings) for i in readings[w])
    for n in (ctx._cats_at if chairs else ()):
        c = bisect_left(chairs, n) - 1
        if not ctx.noun[n] or c < 0 or n - chairs[c] > MAX_WINDOW \
                or any(ctx.gap_kind[k] == GAP_HARD for k in range(chairs[c] + 1, n + 1)):
            continue
        k = n + 1       # past one adjective ("اجتماعاً طارئاً لمجلس …")
        while k < min(n + 2, ntok - 1) and not ctx.gap(k).strip() and doc.tokens[k].text[:1] != "ل":
            k += 1
        cut = _body_prefix(doc.tokens[k].text, lex) if k < ntok and not ctx.gap(k).strip() else 0
        if cut:
            bodies[k] = cut
    for i in sorted(offices.union(ranked, bodies, bare_ranks, (k - 1 for k in ctx.possessor_end if k > 0))):
        if i < free or ctx.covered[i]:
            continue
        if i in bare_ranks:     # (up to the word before "قد": "الفريق أول")
            start, end = doc.tokens[i].start + _prefix_len(doc.tokens[i].text, lex), doc.tokens[bare_ranks[i] - 1].end
            span = doc.span(start, end)
            part = {"name": None, "role": span["text"], "kind": "group", "country": None,
                    "canonical": None, "span": span}
            out[i] = Party("person", i, bare_ranks[i] - 1, None, "title:" + _key(span["text"]),
                           _role_words(span["text"]), span["text"], None, False, start, end, part)
            free = bare_ranks[i]
            ctx.bare_ranks.add(i)
            continue
        if i > 0 and doc.tokens[i - 1].text in ctx.cues.post_words:
            continue    # "يشغل منصب رئيس الأركان": a post, no one in it
        j = i
        while j + 1 < ntok and j - i < 8 and not ctx.gap(j + 1).strip(' "'):
            k = j + 1
            t = doc.tokens[k].text
            if k in ctx.org_first:
                j = ctx.org_first[k]      # ('قائد "سنتكوم"': quotes around the body)
                continue
            if ctx.gap(k).strip():
                break
            if k in ctx.place_at and (t not in lex.stop or ctx.place_at[k].last_token > k):
                j = ctx.place_at[k].last_token
                continue
            if k in ctx.possessor_end:
                j = ctx.possessor_end[k]      # "مبعوث بوتين": the title ends with its owner
                break
            if t == "في" and k + 1 in ctx.place_at and not ctx.gap(k + 1).strip() \
                    and not any(n in ctx.place_at for n in range(i, k)) \
                    and not (ctx.place_at[k + 1].subtype in CITY_KINDS
                             and any(n in ctx.demonym_tokens for n in range(i, k))):
                j = ctx.place_at[k + 1].last_token    # "رئيس المرحلة الانتقالية في مالي"
                continue                               # (not "رئيس جوبالاند في نيروبي", "الرئيس
                #                                        الصومالي في أسمرة": where)
            # "قائد قوات التحالف": a noun (longer than "في", "عن", "لدى") annexed to the word
            # before and itself annexed to the next goes on ("الوزير التركي قاعدة العديد" does not)
            construct = t in lex.complements and len(t) > 3 and k + 1 < ntok \
                and not doc.tokens[k - 1].text.startswith("ال") \
                and not ctx.gap(k + 1).strip() and doc.tokens[k + 1].text.startswith("ال")
            annexed = _annexed(doc, k, lex)    # "رئيس أركان الجيش"
            if ctx.covered[k] or (t in lex.stop and t not in TITLE_PREPS and not construct and not annexed):
                break
            if _is_office(t) or t in lex.complements or t in TITLE_PREPS or annexed \
                    or (t.startswith("ال") and t not in lex.stop):
                j = k
                continue
            if k + 1 < ntok and (k + 1 in ctx.place_at or k + 1 in ctx.org_first) \
                    and not ctx.gap(k + 1).strip() and t not in lex.stop and t.isalpha():
                j = k       # "رئيس وزراء اليونان": a construct chain ending in a place
                continue
            break
        while j > i and (doc.tokens[j].text in TITLE_PREPS or doc.tokens[j].text in lex.stop) \
                and not _annexed(doc, j, lex):
            j -= 1
        subject = j == i and doc.tokens[i].text.startswith("ال") and i > 0 and not ctx.gap(i).strip() \
            and any(c.startswith("verb:") for c in ctx.cats(i - 1))   # "واستقبل الوزير سفير X"
        if j == i and bodies.get(i) == 1 and i + 1 < ntok and not ctx.gap(i + 1).strip() \
                and not ctx.covered[i + 1] and doc.tokens[i + 1].text not in lex.stop:
            j = i + 1       # "اجتماعاً لمجلس وزرائه": annexed to a noun with a pronoun (not "للمجلس")
        if j > i or subject or doc.tokens[i].text in cues().guest_words:    # ("في استقبال الضيف": him alone)
            start = doc.tokens[i].start + (bodies.get(i) or _prefix_len(doc.tokens[i].text, lex))
            end = doc.quote_closed(start, doc.tokens[j].end)    # 'قائد "سنتكوم"'
            span = doc.span(start, end)
            role = span["text"]
            country = next((ctx.country_at[k] for k in range(i, j + 1) if k in ctx.country_at), None)
            # API.md: an unnamed party is reported with name null and kind "group"
            part = {"name": None, "role": role, "kind": "group", "country": country,
                    "canonical": None, "span": span}
            out[i] = Party("person", i, j, None, "title:" + _key(role),
                           _role_words(role), role, country, False, start, end, part,
                           accusative=_accusative(doc, i))
        free = j + 1
    return out


def _annexed(doc, k: int, lex) -> bool:
    """"رئيس أركان الجيش": a definite noun, even a stop word, ends a title's chain of
    nouns in construct (an indefinite one right before it)."""
    prev = doc.tokens[k - 1].text
    return doc.tokens[k].text.startswith("ال") and prev in lex.complements and not prev.startswith("ال")


@lru_cache(maxsize=1)
def _office_readings() -> frozenset:
    """Every reading an office word may have: "وزير" and "الوزير"."""
    offices = entities.lexicon().offices
    return offices | frozenset("ال" + w for w in offices)


@lru_cache(maxsize=1 << 12)
def _is_honorific(word: str) -> bool:
    """Is ``word`` (with any proclitic) a style or honorific: معالي، فخامة، السيد…?"""
    lex = entities.lexicon()
    return any(stem in lex.styles or stem in lex.honorifics for stem, _, _ in stems(word))


def _after_proclitics(word: str, words: frozenset, most: int = 2) -> bool:
    """Is ``word``, with up to ``most`` proclitic letters cut ("وبمطار"), one of ``words``?"""
    return any(word[n:] in words for n in range(most + 1))


@lru_cache(maxsize=1 << 15)
def _office_before(ctx: Context, j: int) -> bool:
    """An office (with a definite adjective) right before token ``j`` ("القائد العام لـ…")."""
    k = j - 1
    if k > 0 and not _is_office(ctx.text(k)) and ctx.text(k).startswith("ال") and not ctx.gap(k).strip():
        k -= 1
    return k >= 0 and not ctx.gap(k + 1).strip() and _is_office(ctx.text(k))


def _is_office(word: str) -> bool:
    """Is ``word`` (with any proclitic) an office title: وزير، رئيس، سفير…?"""
    lex = entities.lexicon()
    for stem, _, _ in stems(word):
        bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
        if bare in lex.offices:
            return True
    return False


def _body_prefix(word: str, lex) -> int:
    """The length of the ل before a body noun ("لمجلس", "للحكومة"), or 0."""
    for stem, cut, merged in stems(word):
        bare = stem[2:] if stem.startswith("ال") else stem
        if cut == 1 and word[:1] == "ل" and bare in lex.complements and len(bare) > 3:
            return cut + merged
    return 0


def _prefix_len(word: str, lex) -> int:
    for stem, cut, merged in stems(word):
        bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
        if bare in lex.offices or bare in lex.ranks:     # ("بالجنرال الروسي")
            return cut + merged
    return 0


_YEAR_WRITTEN = re.compile(r"\d{4}")


def _goes_on(doc, sentence) -> bool:
    """Does ``sentence`` open with "كما", going on with the sentence before it?"""
    tok = doc.token_at(sentence.start)
    return tok is not None and doc.words[tok.index] in cues().goes_on


def _resolved_dates(doc):
    """``dates.find_dates`` with "في اليوم/الشهر ذاته" and "في اليوم التالي" tied to the
    date said before it: the day (month, year) of the nearest earlier mention that gives one."""
    if "dates" not in doc.cache:
        doc.cache["dates"] = _dates.find_dates(doc)
    out = []
    latest: dict[int, str] = {}     # precision (10, 7, 4) -> the latest value that precise
    first_of: dict[int, str] = {}   # sentence start -> the first full date said in it
    said_in: dict[int, str] = {}    # sentence start -> the latest full date said in it
    years: dict[tuple, str] = {}    # (sentence start, month) -> the year written with it there
    for d in doc.cache["dates"]:
        text = doc.norm[d.start:d.end]
        sentence = doc.sentence_at(d.start)
        key = sentence.start if sentence is not None else -1
        if d.value and len(d.value) >= 7:
            if _YEAR_WRITTEN.search(text):
                years[(key, d.value[5:7])] = d.value[:4]
            elif d.kind == "absolute" and years.get((key, d.value[5:7]), d.value[:4]) != d.value[:4]:
                # "في نوفمبر 2021 …، حيث استقبله يوم 8 نوفمبر": that November
                d = _dates.DateMention(d.start, d.end, years[(key, d.value[5:7])] + d.value[4:], d.kind)
        dateline = d.kind == "absolute" and doc.published is not None and d.value == doc.published.isoformat()
        lead = first_of.setdefault(key, d.value) if d.value and len(d.value) == 10 and not dateline \
            else first_of.get(key)      # (not "بكين، 16 مايو 2023 - عقد … يوم أمس": the dateline)
        if d.kind in _dates.ANAPHORIC_DAYS:
            # The same sentence's day first, even a background one ("وكان X قد زار … في 4 أبريل، …
            # في اليوم ذاته"); then, for "ذاته", that of the sentence "كما" goes on from ("… في 5
            # فبراير. كما اجتمع في اليوم ذاته"), and for "التالي/السابق" the first day the sentence
            # before told ("وكان قد عقد، يوم الاثنين الماضي، … . وفي اليوم التالي، ترأس الوزيران");
            # else the story's latest day.
            prev = doc.sentences[sentence.index - 1].start if sentence is not None and sentence.index > 0 \
                and (_goes_on(doc, sentence) or d.kind != "same_day") else -2
            base = said_in.get(key) or (said_in.get(prev) if d.kind == "same_day" else first_of.get(prev)) \
                or latest.get(10)
            if base:
                day = _dt.date.fromisoformat(base) + _dt.timedelta(days=_dates.ANAPHORIC_DAYS[d.kind])
                d = _dates.DateMention(d.start, d.end, day.isoformat(), d.kind)
        elif d.kind in ("month", "year") and ("ذاته" in text or "نفسه" in text):
            # "في الشهر ذاته": that month; "في أبريل من العام ذاته": April of that year
            # (the same sentence's date first, even a background one: "وكان X قد التقى Y يوم
            # 29 أبريل 2024، فيما حل Z ضيفا … في يونيو من العام ذاته")
            size = 4 if d.kind == "year" else _same_size(text)
            base = said_in.get(key) or latest.get(size)
            if base and (size == len(d.value or "") or d.value):
                d = _dates.DateMention(d.start, d.end, base[:size] + (d.value or "")[size:7], d.kind)
        elif d.kind == "absolute" and d.value and ("ذاته" in text or "نفسه" in text) \
                and (said_in.get(key) or latest.get(_same_size(text))):
            # "في السادس من كانون الثاني …، قبل أن يلتقوا في الخامس عشر من الشهر ذاته";
            # "في 26 مارس من العام ذاته": that year only
            size = _same_size(text)
            d = _dates.DateMention(d.start, d.end, (said_in.get(key) or latest[size])[:size] + d.value[size:], d.kind)
        elif d.value and not (d.kind != "relative" and _background(doc, d.start)) and not (
                lead and lead != d.value and d.value[:len(lead)] < lead[:len(d.value)]):
            # (a date going back from the one its sentence opened with is background:
            # "استقبل X، السبت، … بعد شهرين من لقاء جمعهما في 12 يناير")
            planned = doc.published is not None and len(d.value) == 10 and d.value > doc.published.isoformat()
            for size in (10, 7, 4):
                if len(d.value) >= size and not (planned and size == 10):
                    latest[size] = d.value      # (a day after the story's is a plan: "القمة
                    #                             المقررة في 15 أكتوبر": not "the same day" later)
        if d.value and len(d.value) == 10:
            said_in[key] = d.value
        out.append(d)
    return out


def _same_size(text: str) -> int:
    """How much of a date "ذاته/نفسه" takes from the one before: the year ("من العام
    ذاته", 4 characters of the value) or the month and year ("من الشهر ذاته", 7)."""
    return 4 if "العام" in text or "السنه" in text else 7


def _background(doc, pos: int) -> bool:
    """Is ``pos`` in a sentence told in the pluperfect ("وكان الوزيران قد شاركا الأربعاء
    الماضي …")?  Such a sentence steps back from the story: "في اليوم ذاته" after it
    still means the story's day.  (Not for "أمس"/"اليوم": "وكان X قد عقد أمس مباحثات"
    is the story's own day before, and the caller keeps it.)"""
    sentence = doc.sentence_at(pos)
    if sentence is None:
        return False
    words = [t.text for t in doc.tokens_between(sentence.start, sentence.end)[:10]]
    return bool(words) and words[0] in cues().pluperfect and "قد" in words


# ------------------------------------------------------------------ candidates

@dataclass
class Candidate:
    sentence: object
    trigger: int
    construction: str               # meet, receive, with, phone, light, host_phrase, noun
    parties: list[Party] = field(default_factory=list)
    dates: list = field(default_factory=list)
    location: object = None
    topics: list[str] = field(default_factory=list)
    phone: bool = False
    negotiation: bool = False
    mediation: bool = False
    anaphoric: bool = False
    coordinated: bool = False       # a verb sharing the subject of an earlier clause
    confidence: float = 0.9
    window_end: int = 0
    host_key: str | None = None     # the receiving party of استقبل / كان في استقباله
    future: bool = False            # "سيلتقي", "من المقرر أن يلتقي"
    attendees: list = field(default_factory=list)   # "حضر اللقاء X"
    sidelines: bool = False         # "على هامش القمة، التقى …": its own encounter
    earlier: bool = False           # "وكان X قد التقى Y", "سبق أن التقى": an earlier encounter
    once_before: bool = False       # "كما سبق له أن استقبل Y": an occasion of its own
    window_dates_only: bool = False  # "قادمة من بنغازي، حيث التقت": the sentence's date is the arrival's


def extract(doc) -> list[dict]:
    norm = doc.norm
    if not doc.tokens or not any(piece in norm for piece in cues().trigger_pieces):
        return []       # no meeting word anywhere: nothing to do
    ctx = Context(doc)
    records: list[Record] = []
    for sent in doc.sentences:
        if sent.kind not in SENTENCE_KINDS or not ctx.may_trigger(sent):
            continue
        for cand in _sentence_candidates(ctx, sent):
            _place_candidate(ctx, records, cand)
    _delegation_members(ctx, records)
    _drop_headline_only(records)
    out = []
    for rec in records:
        if rec.keep():
            out.extend(rec.to_dicts(ctx, len(out)))
    return out


def _delegation_members(ctx: Context, records: list) -> None:
    """"… محادثات بين X ووفد من وزارة الدفاع الروسية. وترأس الوفد الروسي A وB": the
    people the next sentence says led or made up the delegation stand for it."""
    sentences = ctx.doc.sentences
    for rec in records:
        n = next((k for k, p in enumerate(rec.parties) if _key(p.role or "").split()[:1]
                  and _key(p.role).split()[0] in ctx.cues.delegation_heads), None)
        if n is None:
            continue
        # the sentence right after one of the record's (within it, or right after its last)
        told = [sentences[k + 1] for k in sorted(rec.sentence_ids) if k + 1 < len(sentences)]
        members = next((m for s in told if (m := _members_told(ctx, s, rec.section))), None)
        if members:
            rec.parties[n:n + 1] = []
            for p in reversed(members):       # (nearest first: back in text order)
                _add_party(rec.parties, _inferred(p))


def _members_told(ctx: Context, sent, section: str) -> list[Party]:
    """The people a sentence opening "وترأس الوفد" / "وضم الوفد" names."""
    if sent.kind not in SENTENCE_KINDS or sent.section != section:
        return []
    first, last = ctx.sent_range(sent)
    cue = next((k for k in range(first, min(last, first + 3)) if ctx.text(k).removeprefix("و")
                in ctx.cues.delegation_led and ctx.text(k + 1).startswith(("الوفد", "وفد"))), None)
    if cue is None:
        return []
    return [p for p in ctx.people_before(last + 1, since=cue + 2) if p.kind == "person" and p.named]


def _drop_headline_only(records: list) -> None:
    """A party only the headline put in a record ("X يبحث مع Y وZ") leaves it when the
    body tells its own encounter elsewhere (X-Z later that day)."""
    told = Counter(k for r in records for k in r.body_keys)    # key -> records whose body told it
    for rec in records:
        if rec.body_keys and any(s.kind == "title" for s in rec.sentences):
            rec.parties = [p for p in rec.parties if p.key in rec.body_keys or not told[p.key]]


def _sentence_candidates(ctx: Context, sent) -> list[Candidate]:
    """The candidates of one sentence, trigger by trigger, left to right."""
    first, last = ctx.sent_range(sent)
    out: list[Candidate] = []
    triggers = ctx.trigger_at
    n = bisect_left(triggers, first)
    i = first           # the next token a trigger may start at
    while n < len(triggers) and triggers[n] <= last:
        t = triggers[n]
        n += 1
        if t < i or ctx.covered[t]:
            continue
        m = ctx.cue(t)
        cand = _candidate_at(ctx, sent, t, m, first, last)
        if cand is None:
            i = m.last + 1
            continue
        out.append(cand)
        i = max(m.last + 1, cand.window_end)
    return _fold_coordinated(ctx, out)


def _sentence_marks(ctx: Context, sent) -> dict:
    """Where the sentence says "على هامش" (first token) and whether it says "بوساطة"."""
    first, last = ctx.sent_range(sent)
    sidelines = ctx.find_cat("sidelines", first, last + 1)
    mediation = ctx.has_cat("mediation", first, last + 1)
    return {"sidelines": sidelines, "mediation": mediation}


def _candidate_at(ctx: Context, sent, i: int, m, first: int, last: int) -> Candidate | None:
    cats = m.payload
    if "host_phrases" in cats:
        cand = _host_phrase(ctx, sent, i, m.last, last)
    elif "host_open" in cats:
        cand = _host_open(ctx, sent, i, m.last, first, last)
    elif any(c.startswith("verb:") for c in cats):
        cand = _verbal(ctx, sent, i, m.last, first, last, cats)
    else:
        cand = _nominal(ctx, sent, i, m.last, first, last, cats)
    if cand is None or ctx.has_cat("habitual", i, cand.window_end):
        return None     # "الذي التقى مسؤولين روسا مرارا": a habit, not an encounter
    cand.future = _future(ctx, i, first)
    cand.earlier = _pluperfect(ctx, i, first)
    cand.once_before = _once_before(ctx, cand)
    marks = ctx.memo("marks", sent, _sentence_marks)
    cand.sidelines = cand.sidelines or (marks["sidelines"] is not None and marks["sidelines"] < i)
    cand.mediation = marks["mediation"]
    cand.parties = [_resolve_title(ctx, p, i, cand.parties) for p in cand.parties]
    return cand


def _narrowed(ctx: Context, location, i: int, last: int):
    """A country narrowed to a city of it named later in the sentence after ب/في
    ("الذي يزور مصر حاليا، وذلك بمقر وزارة الدفاع بالقاهرة")."""
    if location is None or getattr(location, "subtype", None) != "country" or not location.country:
        return location
    toks = ctx.doc.tokens
    for pl in ctx.places:
        if pl.first_token <= i or pl.first_token > last:
            continue
        if pl.subtype in CITY_KINDS and pl.country == location.country \
                and (pl.start > toks[pl.first_token].start or ctx.text(pl.first_token - 1) in ("في", "وفي")):
            return pl
    return location


# -- windows

@dataclass
class Window:
    """What the tokens after a trigger hold, up to the first boundary."""
    end: int                                   # the first token after the window
    dual_at: int | None = None                 # the dual that names the parties ("الوزيرين")
    parties: list[Party] = field(default_factory=list)
    places: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    has_with: bool = False    # مع / ب + party / معه
    has_between: bool = False
    pronoun: bool = False     # معه، به…
    dual: bool = False        # الرجلين، الجانبان…
    phone: bool = False
    negotiation: bool = False
    noun_at: int | None = None   # first meeting noun inside the window
    held_at: int | None = None   # first session noun ("دورته"): a meeting noun for a light verb only
    sidelines: bool = False   # "التقى X على هامش القمة Y": a frame skipped inside the window
    agent: Party | None = None   # "استُقبل X من قبل Y": the one by whom (a passive's doer)

    @property
    def sides_named(self) -> bool:
        """"ناقش الوزيران X و Y": a dual spelt out by two names."""
        return self.dual and sum(p.named for p in self.parties) >= 2


def _window(ctx: Context, start: int, last: int, sent_first: int,
            object_topic: bool = False, sides_told: bool = False) -> Window:
    """Scan tokens ``start..last`` for the parties of a trigger, up to a boundary."""
    doc, toks, cue_sets = ctx.doc, ctx.doc.tokens, ctx.cues
    w = Window(start)
    apposition = False          # inside ", title words ," : parties there are not ours
    location_phrase = False     # inside "بمقر …": parties there are not ours
    j = segment = start
    with_at = -1                # the last "مع": the topic starts only once a party follows it
    # read once: the loop below asks these about every token of the window
    gap_kind, words, covered = ctx.gap_kind, ctx.words, ctx.covered
    titled, party_at, cats_at = ctx.titled, ctx.party_at, ctx._cats_at
    while j <= last and j - (w.parties[-1].last if w.parties else start) < MAX_WINDOW \
            and j - start < MAX_WINDOW * LIST_WINDOWS:     # (a long list of attendees goes on)
        word = words[j]
        if j > start:
            gk = gap_kind[j]
            if gk == GAP_HARD and (j - 1) in ctx.date_tokens and ctx.gap(j).strip(" ،,") == ")":
                gk = GAP_COMMA      # "أمس (الثلاثاء)، اتصالاً": the bracket closed a date
            if gk == GAP_HARD and ctx.gap(j).strip() == ":" and w.parties and w.parties[-1].kind == "group" \
                    and w.parties[-1].last == j - 1:
                gk = GAP_COMMA      # "بنظرائهم السوريين: وزير الخارجية X ووزير الدفاع Y": its members
            if gk == GAP_HARD:
                close = _parenthesis_end(ctx, j, last)
                if close is None:
                    break
                j = close   # "لافروف (في الصورة) الرئيس التركي …": the aside is skipped
                word = words[j]
                gk = GAP_COMMA if ("،" in ctx.gap(j) or "," in ctx.gap(j)) else GAP_NONE
            if gk == GAP_NONE:
                if word[:1] == "و" and _new_clause(ctx, j):   # (a new clause opens with و)
                    break   # "يستقبل وفداً في دمشق ويطالب بتسليم X", "… والجيش يعلن استعادة …"
            elif gk == GAP_COMMA:
                if "complementizers" in cats_at.get(j, NO_CATS) and (w.parties or w.dual or w.has_between):
                    break   # "عقب محادثات بين الرئيسين، أنه سيخطر الكونغرس": what was said
                after_date = segment < j and all(k in ctx.date_tokens for k in range(segment, j))
                if not after_date and segment < j and any(k in ctx.date_tokens for k in range(segment, j)) \
                        and not any(party_at[k] is not None or k in titled for k in range(segment, j)):
                    after_date = True   # "استقبل X، بقصر القضيبية مساء أمس، رئيس أركان …": a frame
                segment = j
                apposition = location_phrase = False
                if _coordinated_verb(ctx, j):
                    break
                if _is_office(word) and not (word[:1] in "وف" and _is_office(word[1:])) \
                        and (not covered[j] or j in titled) and party_at[j] is None \
                        and not _title_of_next_name(ctx, j) and not after_date \
                        and not (word.startswith("ال") and word in cue_sets.guest_words):
                    apposition = True   # ", وزير دولة،": describes the party before it
                                        # (not after ", اليوم الجمعة،": the object comes;
                                        # nor "، X، الضيف الإثيوبي": the visitor)
        party = titled.get(j) or party_at[j]
        if party is None and j + 1 <= last and not ctx.gap(j + 1).strip() and _is_honorific(word) \
                and (titled.get(j + 1) or party_at[j + 1]) is not None:
            j += 1      # "مع معالي X وزير الدفاع": the style before a name titled after it
            continue
        if party is not None and party_at[j] is None and j == segment and j > start \
                and _title_of_next_name(ctx, j):
            j = party.last + 1      # "، نائب رئيس مجلس الوزراء وزير الدفاع … الشيخ X": his title
            continue
        if party is not None:
            if party.kind == "person" or (party.kind == "group" and j > 0 and _closes_construct(ctx, j)):
                location_phrase = False     # "في قصر البحر فخامة الرئيس X": the place ended
            by = _has_prefix(word, "ب") and party.start > toks[j].start
            at = party.kind == "organization" and j > 0 and toks[j - 1].text in cue_sets.place_preps
            if (at or by) and party.kind == "organization" and party.name \
                    and _key(party.name) in cue_sets.venues:
                # "التقى بوتين في الكرملين": the seat is where they met
                w.places.append(_UnknownPlace(party.start, party.end, party.first, party.last,
                                              party.name, party.country, subtype="venue"))
            owned = party.kind == "organization" and j > 0 and words[j][:1] == "ل" and (
                words[j - 1] in cue_sets.owned_by or _office_before(ctx, j))
            # "القوات البرية التابعة للقيادة العامة", "X القائد العام للقوات المسلحة": whose, not who
            if not apposition and not location_phrase and not at and not owned \
                    and not _affiliation(w, party, by, j, start if not all(
                        k in ctx.date_tokens for k in range(start, j)) else j):   # ("لقائه اليوم بالعسكريين")
                _add_party(w.parties, party, ctx)
                w.has_with = w.has_with or by
            j = party.last + 1
            continue
        if covered[j]:
            j += 1
            continue
        if j in ctx.date_at:
            d = ctx.date_at[j]
            w.dates.append(d)
            inside = doc.tokens_between(d.start, d.end)
            j = max(j + 1, inside[-1].index + 1 if inside else j + 1)
            continue
        if j in ctx.place_at:
            j = _take_place(ctx, w, j, start)
            continue
        venue = ctx.venue_at.get(j)
        if venue is not None and (venue.start > toks[j].start or (j > 0 and toks[j - 1].text in cue_sets.place_preps)):
            # "استقبل الرئيس، اليوم الأحد بقصر الاتحادية، …": a seat of power is the venue
            w.places.append(_venue_place(ctx, j))
            j = venue.last + 1
            continue
        cats = cats_at.get(j, NO_CATS)
        if word in ("وذلك", "ذلك") and j + 1 <= last and "attendance" in ctx.cats(j + 1):
            j += 1      # "، وذلك بحضور وزير الدفاع X": the attendee is in the encounter
            continue
        if word == "من" and j + 2 <= last and words[j + 1] == "قبل" and w.parties and w.agent is None \
                and (titled.get(j + 2) or party_at[j + 2]) is not None:
            w.agent = titled.get(j + 2) or party_at[j + 2]    # "استُقبل X من قبل Y": Y is the doer
            j += 2
            continue
        if word in cue_sets.in_turn and j + 1 <= last and (titled.get(j + 1) or party_at[j + 1]) is None \
                and not _is_office(words[j + 1]) and j + 1 not in ctx.date_tokens:
            break   # "التقى X Y، ثم عاد إلى القاهرة في 15 يناير": the next event (not "ثم السفير Z")
        if j + 1 <= last and _day_part_after(ctx, j):
            j += 2      # "استقبل X بعد الظهر الضيف": a part of the day, not "after"
            continue
        if word in ("خلال", "وخلال") and j + 1 <= last and party_at[j + 1] is None:
            j += 2      # "وأجرى خلال الزيارة محادثات مع": a frame, not a boundary
            continue
        if word in cue_sets.arrival_frames and j + 1 <= last and "visit" in ctx.cats(j + 1) \
                and ctx.text(j + 1).endswith(("ه", "ها", "هم", "هما")):
            j += 2      # "استقبلت X الوزير فور وصوله صباح الأربعاء": a frame, not a visit
            continue
        if w.noun_at is None and word.removeprefix("و") in cue_sets.measured_from:
            after = _told_frame_end(ctx, j, last)
            if after is not None:
                j = after   # "عقد X عقب ذلك / عقب لقاء الرئيس جلسة مباحثات مع Y": a frame
                continue
        if "sidelines" in cats and len(w.parties) < 2:
            after = _frame_end(ctx, j, last, w, start)
            if after is not None:
                w.sidelines = True
                j = after   # "التقى X على هامش قمة مجموعة العشرين Y": Y is the other side
                continue
        if "message" in cats:
            sender = _sender_end(ctx, j, last)
            if sender is not None:
                j = sender   # "نقل إليه رسالة من ولي العهد X": X sent it, he is not there
                continue
        if ctx.boundary[j]:
            aside = _aside_end(ctx, j, segment, start, last) if len(w.parties) < 2 else None
            if aside is None:
                break
            j = aside       # "التقى X، في مستهل زيارته لبنغازي، بالقائد العام Y"
            continue
        if word in ("منذ", "ومنذ") and j > start and (j + 1) not in ctx.date_at and (j + 1) not in ctx.date_tokens:
            break       # "اللقاء بين X وY منذ سقوط نظام Z": a time clause, not a party
        if word in ("ضد", "وضد") and j > start:
            break       # "وبحث معه العمليات ضد تنظيم الدولة": the adversary, not a party
        if word in ("مع", "ومع") or (word == "من" and (
                any(words[k] in cue_sets.received_it for k in range(max(start, j - 4), j))
                or words[start] in cue_sets.received_it)):
            w.has_with = True   # ("في اتصال هاتفي تلقاه من نظيره X، شدد Y": X called Y;
            #                      "اتصال هاتفي تلقاه X، الأحد، من Y": Y called X)
            with_at = j
            location_phrase = False     # ("أجرى بقصر الحكومة محادثات مع نظيره": the place ended)
        elif word in ("بين", "وبين"):
            w.has_between = True
        elif not cats:
            if object_topic and not location_phrase \
                    and (sides_told or (w.has_with and w.parties and w.parties[-1].first > with_at) or w.sides_named
                         or (w.pronoun and not w.parties)) \
                    and word not in cue_sets.place_preps and word not in cue_sets.phone_words \
                    and (j + 1) not in ctx.date_at:      # ("، صباح اليوم الأحد،": a time, not the topic)
                break   # "بحث X مع Y سبل التعاون", "X و Y يبحثان الأوضاع": the topic starts
            if word in cue_sets.phone_words:
                w.phone = True
            j += 1
            continue
        if not cats:
            j += 1
            continue
        if "place_heads" in cats and _prep_before(ctx, j):
            location_phrase = True
            name = _unknown_place(ctx, j, last) or _venue_phrase(ctx, j, last)
            if name is not None:
                w.places.append(name)
                if any(k in ctx.place_at for k in range(j + 1, name.last_token + 1)):
                    j = name.last_token + 1     # "بمطار القاهرة الدولي": the city names the airport
                    continue
        if "dual_refs" in cats and _dual_here(ctx, j, start):
            w.dual, w.dual_at = True, j
        if "object_pronouns" in cats:
            w.pronoun = True
            w.has_with = True
        if word in cue_sets.phone_words or "noun:phone" in cats and not (
                sum(p.named for p in w.parties) >= 2 and "مكالم" not in word
                and not any(ctx.text(k) in cue_sets.phone_words for k in range(j + 1, min(last, j + 2) + 1))):
            w.phone = True      # (not "التقى X Y، في أرفع اتصال تركي معلن مع الرجل": contact, no call)
        if "noun:negotiation" in cats:
            w.negotiation = True
        if ctx.noun[j] and sum(p.named for p in w.parties) >= 2 and j > start + 1 \
                and (j + 1 <= last and ctx.text(j + 1).endswith("هما") or _gathers(ctx, j + 1)
                     or _gathers(ctx, j + 2) or ctx.text(ctx.cue_last(j)).endswith("هما")):
            break       # "استقبل X Y …، بعد شهرين من لقاء أول جمعهما", "… بعد لقائهما الأول في":
                        # an earlier meeting of their own
        if w.noun_at is None and ctx.noun[j]:
            w.noun_at = j
        if w.held_at is None and "held_nouns" in cats:
            w.held_at = j
        j = ctx.cue_last(j) + 1
    w.end = j
    return w


def _sender_end(ctx: Context, j: int, last: int) -> int | None:
    """After "رسالة من" ("a message from"), the token after its sender."""
    k = ctx.cue_last(j) + 1
    if k + 1 > last or ctx.text(k) not in ("من", "ومن") or ctx.gap(k).strip():
        return None
    party = ctx.titled.get(k + 1) or ctx.party_at[k + 1]
    return party.last + 1 if party is not None else None


def _closes_construct(ctx: Context, j: int) -> bool:
    """An indefinite word after a definite one cannot continue its phrase: "في القصر
    الرئاسي وفداً" (but "في مقر وفد الاتحاد" is one place phrase)."""
    return ctx.text(j - 1).startswith("ال") and not _bare_word(ctx.text(j)).startswith("ال")


def _bare_word(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


def _parenthesis_end(ctx: Context, j: int, last: int) -> int | None:
    """The token after a short parenthesis opening before token ``j`` ("(حفظه
    الله)", "(في الصورة)"), or None for any other hard stop."""
    gap = ctx.gap(j)
    if "(" not in gap or ")" in gap or any(c in gap for c in ":;؛"):
        return None
    for k in range(j + 1, min(last, j + 12) + 1):
        g = ctx.gap(k)
        if ")" in g and "(" not in g and not any(c in g for c in ":;؛"):
            return k
        if ctx.gap_kind[k] == GAP_HARD:
            return None
    return None


def _frame_end(ctx: Context, j: int, last: int, w: Window, start: int) -> int | None:
    """"على هامش قمة مجموعة العشرين في ريو دي جانيرو الرئيس الصيني …": the
    first token of the person after a frame opened by "على هامش" (the summit,
    its organisation and its place are not parties; its place is kept), or None
    when punctuation or the sentence's end comes first."""
    k = ctx.cue_last(j) + 1
    while k <= last and k - j < 16:
        p = ctx.titled.get(k) or ctx.party_at[k]
        if ctx.gap_kind[k] != GAP_NONE:
            if ctx.gap_kind[k] == GAP_COMMA and ctx.gap_kind[j] == GAP_COMMA and p is not None \
                    and p.kind == "person":
                return k    # "التقى أمس، على هامش المعرض، وزير الدولة X": the frame set off by commas
            return None
        if p is not None and p.kind == "person":
            return k
        if p is not None:
            k = p.last + 1
            continue
        if ctx.noun[k] and k > ctx.cue_last(j) + 1:
            return k    # "يعقد X على هامش القمة لقاءً مع Y": the frame ended at the meeting noun
        if k in ctx.place_at:
            k = _take_place(ctx, w, k, start)
            continue
        if ctx.boundary[k] and "sidelines" not in ctx.cats(k):
            return None
        k += 1
    return None


def _new_clause(ctx: Context, j: int) -> bool:
    """A new clause joined by "و" without a comma: a verb ("ويطالب", "وتؤكد")
    or a new subject and its verb ("والجيش يعلن")."""
    word = ctx.text(j)
    if not word.startswith("و") or len(word) < 4:
        return False
    if ctx.party_at[j] is None and not ctx.covered[j] and _imperfect_verb(ctx, j, word[1:]):
        return True
    p = ctx.titled.get(j) or ctx.party_at[j]
    if p is not None:
        subject_end = p.last                # "والرئيس X يؤكد"
    elif word.startswith("وال") and not ctx.covered[j] and j not in ctx.place_at \
            and j not in ctx.date_tokens:
        subject_end = j                     # "والجيش يعلن"
    else:
        return False
    nxt = subject_end + 1
    return nxt < len(ctx.doc.tokens) and ctx.gap_kind[nxt] == GAP_NONE \
        and not ctx.covered[nxt] and _imperfect_verb(ctx, nxt, ctx.text(nxt))


def _imperfect_verb(ctx: Context, k: int, word: str) -> bool:
    """A present-tense verb by its shape: "يعلن", "تطالب" (not "تعزيز", "تطورات",
    "تعاون", a date, a place, a name or a cue word)."""
    if len(word) < 4 or word[0] not in "يت" or k in ctx.date_tokens or k in ctx.place_at \
            or k in ctx.demonym_tokens \
            or ctx.is_cue(k) or word in entities.lexicon().given \
            or word in ctx.cues.not_verbs:
        return False
    if word[0] == "ت" and (word.endswith("ات") or word[2] == "ا" or (len(word) == 5 and word[3] == "ي")):
        return False    # تطورات, تعاون, تعزيز: nouns
    return True


def _aside_end(ctx: Context, j: int, segment: int, start: int, last: int) -> int | None:
    """A boundary word inside a framing aside between commas ("، في مستهل زيارته
    لبنغازي،", "، وفق مصادر،") is no boundary: the token after the aside's
    closing comma, or None."""
    if segment == start or j - segment > 2 or ctx.text(segment) not in ASIDE_OPENERS:
        return None
    if any(c.startswith("verb:") for c in ctx.cats(j)):
        return None
    for k in range(j + 1, min(last, j + 15) + 1):
        if ctx.gap_kind[k] == GAP_HARD:
            return None
        if ctx.gap_kind[k] == GAP_COMMA:
            return k
    return None


def _affiliation(w: Window, party: Party, by: bool, j: int, start: int) -> bool:
    """"… الفنية بقوات الشرق": an organisation after ب, not right after the verb
    and not completing a group ("مسؤولين بوزارة الدفاع"), says whose, not who."""
    if party.kind != "organization" or not by or j == start:
        return False
    prev = w.parties[-1] if w.parties else None
    return not (prev is not None and prev.kind == "group" and prev.last == j - 1)


def _dual_here(ctx: Context, j: int, start: int) -> bool:
    """A dual that names the parties: right after the trigger ("التقى الرجلان"),
    after "بين" there, or after "جمع" ("لقاء جمع الرجلين") — not the "بين
    الطرفين" of "التعاون العسكري بين الطرفين" further on."""
    k = j - 1
    if k >= start and ctx.text(k) in ("بين", "وبين"):
        k -= 1
        if k >= start and ctx.text(k) in ctx.cues.took_place:
            return True     # "أول اتصال هاتفي جرى بين الرجلين"
    return k < start or "verb:gather" in ctx.cats(k)


@lru_cache(maxsize=4096)
def _flags(cats: frozenset) -> tuple[bool, bool, bool, tuple]:
    """(starts a candidate, ends a window, is a meeting noun, its categories looked
    for by token range) for a cue's categories."""
    return (any(c.startswith(TRIGGER_CATS) for c in cats), _is_boundary(cats),
            any(c.startswith("noun:") for c in cats), tuple(sorted(cats & RANGE_CATS)))


def _is_boundary(cats: frozenset) -> bool:
    """A clause boundary word: a stop, a visit word, a reception phrase or another
    meeting verb (a new clause); "جمع" ("لقاء جمع X و Y") is none."""
    return any(c in ("stops", "host_phrases", "visit", "proposals", "venue_verbs")
               or (c.startswith("verb:") and c != "verb:gather") for c in cats)


GAP_NONE, GAP_COMMA, GAP_HARD = 0, 1, 2
NO_CATS = frozenset()
# ("، الذي يرافق الوزير،": a relative clause between commas describes the party before it)
ASIDE_OPENERS = frozenset(["في", "خلال", "وفق", "وفقا", "بحسب", "حسب", "على", "عقب", "لدي", "اثناء",
                           "الذي", "التي", "الذين"])
LINK_WORDS = frozenset(["مع", "ومع", "بين", "وبين", "معه", "معها", "معهم", "معهما"])
_ROLE_WORD = re.compile(r"[^\W_]+")
VENUE_SITE_TYPES = ("headquarters", "military_base", "air_base", "naval_base")


def _gap_kinds(doc, starts: list[int]) -> list[int]:
    """The kind of the gap before each token (none before the first): only the
    gaps holding a comma or a hard stop are looked at."""
    kinds = [GAP_NONE] * len(doc.tokens)
    for marks, kind in (("،,", GAP_COMMA), (HARD_STOPS, GAP_HARD)):   # a hard stop wins
        for pos in char_positions(doc.norm, marks):
            j = bisect_right(starts, pos)   # the token after the mark
            if 0 < j < len(kinds):
                kinds[j] = kind
    return kinds


def _add_party(parties: list[Party], party: Party, ctx=None) -> None:
    """Append ``party`` unless present; fold an unnamed head into what follows it.

    A bare title or "نظيره" right before a name is that person's role
    ("نظيره الروسي فلاديمير بوتين", "السفير الإيطالي، فلان"); an
    organisation right after a group is the group's affiliation ("مسؤولين
    بوزارة الدفاع الروسية").
    """
    for p in parties:
        if p.key == party.key:
            return
    prev = parties[-1] if parties else None
    role = _title_for(prev, party, ctx) if prev is not None else None
    if role is not None:
        parties.pop()
        part = dict(party.participant)
        part["role"] = role
        party = Party(party.kind, prev.first, party.last, party.name, party.key,
                      party.role_words | prev.role_words, role, party.country or prev.country,
                      party.inferred, party.start, party.end, part)
    elif prev is not None and prev.named and prev.kind == "person" and party.key.startswith("title:") \
            and _right_after(ctx, prev, party) and (party.country in (None, prev.country) or (
                prev.country is None and not (party.role or "").startswith("ال"))) \
            and not party.accusative:
        return      # "عبد الفتاح البرهان رئيس مجلس السيادة": his title, not another party
    elif prev is not None and prev.kind == "group" and party.kind == "organization" \
            and party.first == prev.last + 1 and ctx is not None \
            and not ctx.gap(party.first).strip() and ctx.text(party.first)[:1] in "بل":
        doc = ctx.doc
        parties.pop()
        part = dict(prev.participant)
        part["role"] = doc.original(prev.start, party.end)
        part["span"] = doc.span(prev.start, party.end)
        part["country"] = part.get("country") or party.country
        party = Party("group", prev.first, party.last, None, "group:" + _key(part["role"]),
                      prev.role_words | party.role_words, part["role"], part["country"],
                      prev.inferred, prev.start, party.end, part)
    parties.append(party)


def _accusative(doc, k: int) -> bool:
    """Does token ``k`` carry the accusative ending as written ("نائبَ القائد العام"): an
    object of the verb, not an apposition of the name before it?"""
    tok = doc.tokens[k]
    return doc.original(tok.start, tok.end).endswith(("\u064e", "\u064b"))


def _title_for(prev: Party, party: Party, ctx) -> str | None:
    """The role ``party`` gets from the unnamed ``prev`` right before it, or None:
    a bare title ("السفير الإيطالي، فلان", "رئيس المجلس العسكري في مالي العقيد
    فلان") or "نظيره الروسي فلان"."""
    if prev.named or not party.named or party.kind != "person" or party.first != prev.last + 1:
        return None
    own = party.role
    doc = ctx.doc if ctx is not None else party.doc
    if (ctx is not None and ctx.text(party.first).startswith("وال")) or (
            doc is not None and doc.words[party.first].startswith("و") and party.start > doc.tokens[party.first].start):
        return None     # "جمع العاهل الأردني والأدميرال كوبر", "ولي العهد وترمب": two people
    if prev.key.startswith("title:"):
        if prev.country and party.country and prev.country != party.country:
            return None     # "التقى الوزير اليوناني بلقاسم حفتر": a Greek title, a Libyan man
        if not own:
            return prev.role
        if ctx is not None and not ctx.gap(party.first).strip():
            if fold(own).startswith("نظير") or _opens_office(own):
                return None     # "وزير الدفاع السعودي نظيره الأمريكي فلان": two people
            return prev.role + " " + own      # title, then rank: one role
        if ctx is not None and ctx.gap(party.first).strip() in ("،", ",") and _honorific(own):
            return prev.role     # "رئيس الجمهورية، السيد فلان": his office
        return None
    if prev.kind == "group" and not own and fold(prev.role or "").startswith("نظير"):
        return prev.role
    return None


def _opens_office(role: str) -> bool:
    """Does ``role`` open with an office of its own ("قائد القيادة المركزية …"), not a
    rank or a courtesy word that completes the title before it ("الفريق أول", "الشيخ")?"""
    lex = entities.lexicon()
    words = _role_words(role)
    folded = fold(role).split()
    first = folded[0] if folded else ""
    if len(folded) > 1 and first == "نائب" and (folded[1] in lex.ranks or folded[1].removeprefix("ال") in lex.ranks):
        return False    # "نائب الأدميرال": a rank (vice admiral), not a deputy's office
    return bool(words) and first in lex.offices and first not in lex.ranks and first not in lex.styles \
        and not first.startswith("ال")


def _honorific(role: str) -> bool:
    """Is ``role`` only a courtesy word ("السيد", "فخامة")?"""
    lex = entities.lexicon()
    words = _role_words(role)
    return bool(words) and all(w in lex.honorifics or w in lex.styles for w in words)


def _right_after(ctx, prev: Party, party: Party) -> bool:
    """Does ``party`` follow ``prev`` directly, or after a few title words
    ("نائب رئيس الدولة نائب رئيس مجلس الوزراء"), with no punctuation or date?"""
    if party.first == prev.last + 1:
        return True
    if ctx is None or not 0 < party.first - prev.last <= 4:
        return False
    for k in range(prev.last + 1, party.first + 1):
        if ctx.gap(k).strip() or k in ctx.date_tokens or k in ctx.place_at \
                or (k < party.first and (ctx.is_cue(k) or ctx.text(k) in ctx.cues.place_preps)):
            return False
    return True


def _title_of_next_name(ctx: Context, j: int) -> bool:
    """"، المبعوث الأممي إلى ليبيا عبد الله باتيلي": the title of the name after it."""
    title = ctx.titled.get(j)
    if title is None:
        return False
    # "، نائب رئيس مجلس الوزراء وزير الدفاع الإماراتي الشيخ X": stacked offices, one name
    k = title.last + 1
    if k < len(ctx.doc.tokens) and ctx.gap(k).strip() == "(":
        k = _parenthesis_end(ctx, k, min(k + 9, len(ctx.doc.tokens) - 1)) or k   # "رئيس X (غير المعترف بها) فلان"
        if k < len(ctx.doc.tokens) and ctx.party_at[k] is not None:
            return ctx.party_at[k].named
    while k < len(ctx.doc.tokens) and k - title.last <= MAX_STACKED and not ctx.gap(k).strip(' "'):
        nxt = ctx.party_at[k]
        if nxt is not None:
            return nxt.named
        if ctx.boundary[k] or ctx.cats(k) or k in ctx.date_at or k in ctx.place_at:
            return False
        k += 1
    return False


def _has_prefix(word: str, letter: str) -> bool:
    return word.startswith(letter) or (word[:1] in "وف" and word[1:2] == letter)


def _coordinated_verb(ctx: Context, j: int) -> bool:
    """After a comma: "وأطلعهم", "وأعرب" — a و-word that is no name, title, date or cue."""
    word = ctx.text(j)
    if not word.startswith("و") or len(word) < 4 or ctx.covered[j] or j in ctx.titled:
        return False
    if j in ctx.date_at or j in ctx.place_at or ctx.is_cue(j):
        return False
    # a verb after the conjunction: form IV perfect (وأطلعهم، وأعرب), an imperfect (ويقوم)
    # or a plural perfect (وقرروا)
    return (word[1] in "ايتن" or (word.endswith("وا") and len(word) >= 5)) and not word[1:].startswith("ال") \
        and not _is_office(word) and word not in entities.lexicon().given


def _prep_before(ctx: Context, j: int) -> bool:
    word = ctx.text(j)
    if _has_prefix(word, "ب") or (word[:1] in "وف" and word[1:3] == "لل"):
        return True
    return j > 0 and ctx.text(j - 1) in ctx.cues.place_preps and not ctx.gap(j).strip()


def _take_place(ctx: Context, w: Window, j: int, start: int) -> int:
    """The known place at token ``j`` joins the window's places when في/ب introduce it;
    the token after it."""
    pl = ctx.place_at[j]
    if _introduced(ctx, pl.first_token, start):
        w.places.append(pl)
    return pl.last_token + 1


def _introduced(ctx: Context, first: int, start: int) -> bool:
    """Is the place at token ``first`` introduced by في/ب, directly or via العاصمة/مدينة…?"""
    word = ctx.text(first)
    if _has_prefix(word, "ب") and not _bare_place(ctx, first):
        return True
    k = first - 1
    while k >= start and first - k <= 4:
        if ctx.gap(k + 1).strip(' "'):
            return False
        w = ctx.text(k)
        if w in ctx.cues.place_preps:
            return True
        cats = ctx.cats(k)
        if "place_heads" in cats or k in ctx.demonym_tokens:
            if _has_prefix(w, "ب") or w.startswith("لل") or w[1:3] == "لل":
                return True
            k -= 1
            continue
        return False
    return False


def _bare_place(ctx: Context, i: int) -> bool:
    """Does the place at token ``i`` itself start with ب ("بنغازي")?"""
    pl = ctx.place_at.get(i)
    return pl is not None and pl.start == ctx.doc.tokens[i].start


def _unknown_place(ctx: Context, j: int, last: int):
    """"في العاصمة بانجي": a name after a city head, when the gazetteer lacks it."""
    if "city_heads" not in ctx.cats(j):
        return None
    k = j + 1
    while k <= last and k in ctx.demonym_tokens and not ctx.gap(k).strip():
        k += 1
    if k > last or ctx.gap(k).strip(' "') or k in ctx.place_at or ctx.covered[k] \
            or k in ctx.date_tokens or ctx.is_cue(k):
        return None
    word = ctx.text(k)
    if not word.isalpha() or word.startswith("ال") or len(word) < 3 \
            or word in entities.lexicon().stop:
        return None
    return _UnknownPlace(ctx.doc.tokens[k].start, ctx.doc.tokens[k].end, k, k,
                         ctx.doc.original(ctx.doc.tokens[k].start, ctx.doc.tokens[k].end))


def _party_country(ctx: Context, q: Party) -> str | None:
    """A person's country, or the one his title names ("وزير الدفاع بالمملكة المتحدة")."""
    if q.country or q.mention is None or q.mention.role_start is None:
        return q.country
    m = q.mention
    return next((ctx.country_at[t.index] for t in ctx.doc.tokens_between(m.role_start, m.role_end)
                 if t.index in ctx.country_at), None)


def _venue_place(ctx: Context, j: int) -> "_UnknownPlace":
    """The seat of power or listed site found at token ``j`` as a meeting's place."""
    m = ctx.venue_at[j]
    site = m.payload if isinstance(m.payload, dict) else {}
    return _UnknownPlace(m.start, m.end, j, m.last, ctx.doc.original(m.start, m.end), site.get("country"),
                         site.get("lat"), site.get("lon"), site.get("canonical"), subtype="venue")




def _venue_phrase(ctx: Context, j: int, last: int):
    """"بمقر الوزارة بباب منارة", "في مقر القيادة العامة": a building named by its
    head and the words of its construct, up to a comma, a party, a date, a place
    or a new prepositional phrase; a place after it is taken on its own."""
    if "city_heads" in ctx.cats(j) or j in ctx.venue_at:
        return None
    stop = entities.lexicon().stop
    head = ctx.text(j)
    airport = _after_proclitics(head, ctx.cues.airport_heads) \
        and not any(stem.startswith("ال") for stem, _, _ in stems(head))   # ("في المطار": no name follows)
    k = j
    if airport:     # "مطار هواري بومدين الدولي": the words before its adjective are its name
        end = next((n for n in range(j + 1, min(j + 5, last + 1)) if ctx.text(n) in ctx.cues.airport_ends), None)
        if end is not None and all(not ctx.gap(n).strip() and n not in ctx.date_tokens and not ctx.is_cue(n)
                                   for n in range(j + 1, end + 1)):
            k = end
    while k + 1 <= last and k + 1 - j < 7 and not ctx.gap(k + 1).strip(' "'):
        nxt, word = k + 1, ctx.text(k + 1)
        owner = ctx.party_at[nxt]
        if airport and k == j:      # "مطار القاهرة الدولي", "مطار هواري بومدين الدولي"
            place = ctx.place_at.get(nxt)
            if place is not None and place.first_token == nxt:
                k = place.last_token
                continue
            if owner is not None and owner.kind == "person" and owner.first == nxt:
                k = owner.last
                continue
            if owner is None and word.isalpha() and word not in stop and not ctx.is_cue(nxt) \
                    and nxt not in ctx.date_tokens and not ctx.covered[nxt]:
                k = nxt     # "مطار فنوكوفو": its name, whatever letter it starts with
                continue
        if owner is not None and owner.kind == "organization" and owner.last <= last \
                and owner.first == nxt and k + 1 - j < 4:
            k = owner.last      # "بمقر وزارة الدفاع": the body whose building it is
            continue
        if nxt in ctx.demonym_tokens and nxt not in ctx.place_at and owner is None:
            k = nxt             # "مقر القيادة العامة للقوات المسلحة الأردنية"
            continue
        if nxt in ctx.place_at or nxt in ctx.date_at or nxt in ctx.date_tokens or ctx.covered[nxt] \
                or owner is not None or nxt in ctx.titled or ctx.is_cue(nxt) or word in ctx.cues.day_parts \
                or (word in stop and (len(word) <= 3 or word in ctx.cues.venue_enders)) or not word.isalpha() \
                or (word[:1] in "بلف" and not word.startswith("ال")) \
                or word.startswith(("وال", "وب", "ول")) \
                or (len(word) > 4 and word[-1] in "اي" and _is_office(word[:-1])):
            break       # ("في قصر كولوبا وزيري الدفاع": a dual office opens the object)
        k = nxt
    if k == j:
        return None     # a head alone ("بمقرها") names no building
    toks, head = ctx.doc.tokens, ctx.text(j)
    cut = 1 if head[:1] in "وف" and head[1:2] in "بف" else 0
    cut += head[cut:cut + 1] in "بف"
    start = toks[j].start + cut
    return _UnknownPlace(start, toks[k].end, j, k, ctx.doc.original(start, toks[k].end), subtype="building")


@dataclass(frozen=True)
class _UnknownPlace:
    start: int
    end: int
    first_token: int
    last_token: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    canonical: str | None = None
    subtype: str | None = "city"

    def span(self, doc):
        return doc.span(self.start, self.end)


# -- constructions

def _left_subject(ctx: Context, i: int, sent_first: int) -> list[Party]:
    """Parties right before the verb ("أن حفتر التقى", "حفتر وبوتين يلتقيان").

    A comma may stand between them ("خليفة حفتر، التقى"), except before a
    coordinated verb ("..، والتقى" shares the subject of the earlier clause).
    """
    if i > sent_first + 1 and ctx.text(i - 1) in ("قد", "لقد") and not ctx.gap(i).strip():
        i -= 1      # "وكان عبد اللهيان قد التقى"
        if i > sent_first + 1 and ctx.text(i - 1) in ctx.cues.pluperfect and not ctx.gap(i).strip():
            i -= 1  # "أن الملك X كان قد استقبل"
    if i <= sent_first:
        return []
    if i - 1 > sent_first and "relatives" in ctx.cats(i - 1) and not ctx.gap(i).strip():
        return _antecedent(ctx, i - 1, sent_first)
    gap = ctx.gap(i)
    if gap.strip(' "،,') or (_is_coordinated(ctx, i, sent_first) and gap.strip(' "')):
        return []
    if ctx.text(i - 1) in ("ان", "أن") and i - 2 > sent_first and not ctx.gap(i - 1).strip():
        i -= 1      # "سبق لبريظ وبوركهارد أن ترأسا": who had done it before, after ل
        q = ctx.party_end.get(i - 1)
        if q is None:
            return []
        k = q.first
        while _has_prefix(ctx.text(k), "و") and (r := ctx.party_end.get(k - 1)) is not None \
                and r.first > sent_first and not ctx.gap(k).strip():
            k = r.first
        if ctx.text(k - 1) not in ctx.cues.already or ctx.gap(k).strip() or not ctx.text(k).startswith("ل"):
            return []
    p = ctx.party_end.get(i - 1)
    if p is None or p.first < sent_first:
        return []
    if ctx.text(i)[:1] == "و" and not ctx.gap(i).strip() and any(c.startswith("verb") for c in ctx.cats(i)):
        return []   # "يواصل زيارته إلى روما ويلتقي …": the clause before ends there; its subject meets
    if not p.named and not _has_prefix(ctx.text(p.first), "و"):
        # "الملك X عاهل البلاد المفدى القائد الأعلى كان قد استقبل": titles after the name are his
        # (not "X والسفير الأمريكي يبحثان": two subjects)
        k = p.first - 1
        while k > sent_first and p.first - k <= MAX_STACKED and k not in ctx.party_end \
                and not ctx.gap(k + 1).strip() and (_is_office(ctx.text(k)) or ctx.text(k).startswith("ال")):
            k -= 1
        q = ctx.party_end.get(k)
        if q is not None and q.named and q.kind == "person" and q.first >= sent_first \
                and not ctx.gap(k + 1).strip():
            p = q
    out = [p]
    while p.first > sent_first and not ctx.gap(p.first).strip(' "'):
        if _has_prefix(ctx.text(p.first), "و"):
            q = ctx.party_end.get(p.first - 1)
        elif ctx.text(p.first - 1) in ctx.cues.brothers and p.first - 1 > sent_first \
                and not ctx.gap(p.first - 1).strip():
            q = ctx.party_end.get(p.first - 2)      # "X أمير البلاد وأخوه فخامة الرئيس Y"
        else:
            break
        if q is None or q.first < sent_first:
            break
        out.insert(0, q)
        p = q
    return out


def _antecedent(ctx: Context, rel: int, sent_first: int) -> list[Party]:
    """The named person a relative pronoun at ``rel`` is said of: the one right before
    it ("X، الذي التقى"), or before one title set off by commas ("صدام حفتر، نائب القائد
    العام، الذي التقى"); none when it follows anything else ("الوفد الذي التقى")."""
    if ctx.gap(rel).strip() not in ("", "،", ","):
        return []
    k = rel - 1
    while k > sent_first and k not in ctx.party_end and rel - k <= 3 and not ctx.gap(k).strip():
        k -= 1      # ("نائب القائد العام": a title's adjective after it)
    p = ctx.party_end.get(k)
    if p is not None and not p.named and ctx.gap(p.first).strip() in ("،", ",") and p.first - 1 > sent_first:
        p = ctx.party_end.get(p.first - 1)      # (the title in between is his)
    if p is None or not p.named or p.kind != "person" or p.first < sent_first:
        return []
    return [p]


def _topic_person(ctx: Context, sent, i: int, exclude: set[str],
                  same_sentence: bool = False, pronoun: bool = False) -> Party | None:
    """The person a dropped subject or a pronoun stands for (for an object pronoun
    with no one named before it in its sentence: the previous sentence's subject)."""
    first = ctx.sent_range(sent)[0]
    masculine = _masculine_verb(ctx, i)
    if _sequenced(ctx, first, i):
        # "التقى X Y، قبل أن يتوجه إلى بنغازي، حيث استقبله Z": the one who went on is X
        told = [p for p in ctx.people_before(i, since=max(first, i - 4 * LOOKBACK))    # (bounded)
                if p.key not in exclude and p.named]
        if told:
            return _inferred(told[-1])
    for p in ctx.people_before(i, since=first):
        if p.first > first and ctx.text(p.first - 1) in ctx.cues.members:
            continue    # "وفد برئاسة X وعضوية Y، حيث التقى": the delegation's head, not a member
        if masculine and _feminine(p):
            continue    # "استقبلت رئيسة الوزراء الوزير، قبل أن يعقد …": not her
        if p.first > first and ctx.text(p.first - 1) in ctx.cues.companions:
            continue    # "زار الوزير التركي القاعدة يرافقه الفريق X حيث التقى": X came along
        if p.key not in exclude and not (p.first > first and ctx.noun[p.first - 1]):
            return _inferred(p)     # not the object of a meeting noun ("للقاء الرئيس X")
    # a title said of someone named before ("أن ينتقل الأميرال الروسي إلى مصوع، حيث يلتقي")
    ranks = _rank_words()
    for k in range(i - 1, max(first, i - 4 * LOOKBACK) - 1, -1):    # (bounded: a sentence may be a whole text)
        titled = ctx.titled.get(k)
        if titled is not None and titled.last < i:
            resolved = _resolve_title(ctx, titled, k, [])
            if resolved is not titled and resolved.named and resolved.key not in exclude:
                return resolved
            break
        country = ctx.country_at.get(k + 1) if k + 1 < i else None
        bare = not country and k + 1 < i and not ctx.covered[k + 1] and not ctx.covered[k]
        if (country or bare) and ctx.text(k).startswith("ال") and (ctx.text(k) in ranks or ctx.text(k)[2:] in ranks):
            # "الأميرال الروسي", "الجنرال الأمريكي": the person of that rank and country;
            # "وكان الجنرال قد زار …": the one of that rank named last
            word = _role_word(ctx.text(k))
            holders = [p for p in ctx.people_before(k)
                       if p.named and (p.country == country or bare) and p.key not in exclude
                       and (word in p.role_words or word in _style_words(p))]
            if holders:
                return _inferred(_most_named(holders, [p for p in ctx.people_before(k) if p.named]))
            break
    # the previous sentence's subject only for a clause opening its sentence
    # ("وأجرى خلال الزيارة …"); "وكان المنفي قد أجرى" has a subject we missed
    opening = pronoun or all(_frame_word(ctx, k) for k in range(first, i - 3 if _had_done(ctx, i, first) else i))
    prev = None if same_sentence or not opening else _previous_sentence(ctx, sent)
    if prev is not None:
        pfirst, plast = ctx.sent_range(prev)
        candidates = [p for p in ctx.people_before(plast + 1, since=pfirst) if p.key not in exclude]
        titled = next((ctx.titled[k] for k in range(pfirst, min(candidates[-1].first if candidates else plast,
                                                                 pfirst + CLAUSE_REACH)) if k in ctx.titled), None)
        #       (with no one named there, its first title: "وكان المسؤول الأطلسي قد أجرى …")
        if titled is not None:      # "واستقبل الوزير سفير X … . كما التقى Y": the minister
            resolved = _resolve_title(ctx, titled, titled.first, [])
            if resolved.named and resolved.key not in exclude:
                return resolved
        if candidates:
            return _inferred(candidates[-1])     # the first one of that sentence
    return None


def _style_words(p: Party) -> frozenset:
    """The words of the style a person's title gave before an office ("حضرة صاحب السمو")."""
    return _role_words(p.mention.extra.get("style")) if p.mention is not None else frozenset()


def _masculine_verb(ctx: Context, i: int) -> bool:
    """Is the verb at token ``i`` a third person masculine singular ("يعقد", "التقى")?"""
    if not any(c.startswith("verb:") for c in ctx.cats(i)):
        return False
    word = ctx.text(i)
    if word[:1] == "ل":
        return False    # "لإجراء مباحثات": a verbal noun of purpose, of no gender
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    word = word[1:] if word[:1] == "س" and word[1:2] in "يت" else word
    return word[:1] == "ي" and not word.endswith(("ان", "ون")) or (
        word[:1] not in "يتن" and not word.endswith(("ت", "ا", "وا")))


def _masculine(word: str) -> str:
    """"وزيره" (folded "وزيرة") -> "وزير": an office word of either gender."""
    return word[:-1] if word.endswith("ه") and _is_office(word[:-1]) else word


def _feminine(p: Party) -> bool:
    """Is the person's title feminine ("رئيسة الوزراء", "الوزيرة", "المبعوثة")?"""
    words = fold(p.role or "").split()
    if not words:
        return False
    head = words[0].removeprefix("ال")
    return _masculine(head) != head


@lru_cache(maxsize=1)
def _rank_words() -> frozenset:
    """Ranks and courtesy words ("الأميرال", "الجنرال"), with and without the article."""
    return entities.lexicon().ranks | entities.lexicon().honorifics


def _frame_word(ctx: Context, k: int) -> bool:
    """Words that may open a sentence before its verb without being its subject."""
    return ctx.text(k) in ctx.cues.frame_words or k in ctx.date_tokens


def _previous_sentence(ctx: Context, sent):
    sentences = ctx.doc.sentences
    for k in range(min(sent.index, len(sentences)) - 1, -1, -1):
        if sentences[k].kind in SENTENCE_KINDS and sentences[k].section == sent.section:
            return sentences[k]
    return None


def _words_before(ctx: Context, q: Party) -> frozenset:
    """The title words set off by a comma right before a person's name ("الممثل الخاص لحلف
    شمال الأطلسي، السيد X", "الوزير الأول، السيد Y", "رئيس الأركان، الفريق أول Z"): back to the
    comma before them, within ``MAX_STACKED`` * 2 tokens."""
    if any(_is_office(w) for w in q.role_words):
        return frozenset()      # (a title of his own: "والفريق X سفير السودان"; a style or a rank
                                # is none: "رئيس الأركان، الفريق أول الركن X")
    k = q.first
    if k > 0 and _is_honorific(ctx.text(k - 1)) and not ctx.text(k - 1).startswith("و") \
            and not ctx.gap(k).strip():
        k -= 1      # ("، السيد X": the style word before the name)
    if k <= 0 or ctx.gap(k).strip() not in ("،", ",") or ctx.text(k).startswith("و"):
        return frozenset()
    words = []
    for j in range(k - 1, max(0, k - 2 * MAX_STACKED) - 1, -1):
        words.append(_role_word(ctx.text(j)))
        if ctx.gap(j).strip():
            break
    return frozenset(words)


def _rank_before(ctx: Context, q: Party) -> frozenset:
    """The rank right before a person's name ("الفريق أول X"), as title words."""
    words, ranks = [], entities.lexicon().ranks
    k = q.first - 1
    while k >= 0 and q.first - k <= 3 and not ctx.gap(k + 1).strip() and (
            _role_word(ctx.text(k)) in ranks or (ctx.text(k) == "اول" and k > 0)):
        words.append(_role_word(ctx.text(k)))
        k -= 1
    return frozenset(words) if words and words[-1] in ranks else frozenset()


def _words_after(ctx: Context, q: Party, appositive: bool = False) -> frozenset:
    """The title set off by a comma right after a person's name ("السيد X، نائب الأمين العام
    المساعد لحلف شمال الأطلسي، الذي …"), or the rest of the one his mention ends with: up to
    the next punctuation, within ``MAX_STACKED`` * 2 tokens (``appositive``: the former only)."""
    k = q.last + 1
    if k >= len(ctx.words) or (ctx.gap(k).strip() not in ("،", ",") and (appositive or not (
            not ctx.gap(k).strip() and ctx.doc.tokens[q.last].end > q.end))):
        return frozenset()
    words = [_role_word(ctx.text(k))]
    for j in range(k + 1, min(len(ctx.words), k + 2 * MAX_STACKED)):
        if ctx.gap(j).strip():
            break
        words.append(_role_word(ctx.text(j)))
    return frozenset(words)


def _last_two_people(ctx: Context, i: int, office: str | None = None) -> list[Party]:
    """The two people named last before token ``i``; for "الوزيرين" (``office``), the
    last two whose titles, in any mention, hold that office, when there are two."""
    if office:
        offices: dict[str, set] = {}
        roles: dict[str, list] = {}
        people = load().person_by_id
        for p in ctx.people_before(i):
            # (his office as any mention gives it, or the gazetteer: "الأمير فيصل بن فرحان")
            if p.key not in roles:
                listed = people.get(p.key, {}).get("role")
                offices[p.key], roles[p.key] = set(_role_words(listed)), [listed]
            offices[p.key].update(p.role_words)
            roles[p.key].append(p.role)
        holders: dict[str, Party] = {}
        for p in ctx.people_before(i):
            if p.key not in holders and office in offices[p.key]:
                holders[p.key] = _inferred(p)
        # "الرئيسان": the two whose office stands bare ("الرئيس X", "رئيس جمهورية النيجر"),
        # before those it is annexed to another noun ("رئيس مجلس الأمة", "رئيس الأركان")
        bare = [h for key, h in holders.items() if any(_bare_office(r, office) for r in roles[key])]
        if len(bare) >= 2:
            return bare[:2][::-1]
        if len(holders) >= 2:
            return list(holders.values())[:2][::-1]
    seen: dict[str, Party] = {}
    for p in ctx.people_before(i):
        if p.key not in seen and not _sender(ctx, p) \
                and not ctx.has_cat("mediation", max(0, p.first - 3), p.first):
            # (not "بوساطة المبعوث توم براك": the mediator is none of "الرجلين")
            seen[p.key] = _inferred(p)
            if len(seen) == 1 and (peer := _counterpart_after(ctx, p, i)) is not None:
                # "وقّعها الوزير X مع نظيره السوري خلال لقائهما": X and the counterpart
                return [seen[p.key], peer]
            if len(seen) == 2:
                break
    if len(seen) == 2:
        older = list(seen.values())[1]
        told = next(((k, q) for k in range(i - 1, max(older.last, i - 4 * LOOKBACK), -1)
                     if (t := ctx.titled.get(k)) is not None and t.last < i
                     and (q := _named_by_title(ctx, t, k, [])) is not None and q.key not in seen), None)
        if told is not None:
            # "وكان ولي العهد وترمب قد عقدا …، فيما يعود لقاء سابق جمعهما": a title said
            # after the older of the two stands for someone named before it
            two = sorted([(p.first, p) for p in seen.values()] + [told], key=lambda kp: kp[0])[-2:]
            return [p for _, p in two]
    return list(seen.values())[::-1] if len(seen) == 2 else []


def _counterpart_after(ctx: Context, p: Party, i: int) -> Party | None:
    """The person "نظيره X" stands for, said after ``p`` and before token ``i`` (within a
    clause's reach), resolved by ``p``'s office; else None."""
    for k in range(p.last + 1, min(i, p.last + 1 + CLAUSE_REACH)):
        titled = ctx.titled.get(k) or ctx.party_at[k]
        if titled is not None and not titled.named and fold(titled.role or "").startswith("نظير"):
            resolved = _named_by_title(ctx, titled, k, [p])
            return resolved if resolved is not None and resolved.key != p.key else None
    return None


def _named_by_title(ctx: Context, t: Party, k: int, parties: list[Party]) -> Party | None:
    """The named person the title ``t`` at token ``k`` stands for (``_resolve_title``), or None."""
    q = _resolve_title(ctx, t, k, parties)
    return q if q is not t and q.named else None


def _sender(ctx: Context, p: Party) -> bool:
    """"نقل X رسالة من السيسي إلى Y": the sender of a message, not in the room."""
    k = p.first - 1
    return k > 0 and ctx.text(k) == "من" and "message" in ctx.cats(k - 1)


def _dual_office(ctx: Context, j: int | None) -> str | None:
    """The office a dual names ("الوزيرين" -> وزير), or None ("الجانبين")."""
    if j is None:
        return None
    word = _role_word(ctx.text(j))
    for ending in ("ين", "ان"):
        if word.endswith(ending) and _is_office(word[:-2]):
            return _role_word(word[:-2])
    return None


def _verbal(ctx, sent, i, cue_last, sent_first, sent_last, cats) -> Candidate | None:
    """A meeting verb: its subject, its objects, its place and dates."""
    kind = _verb_kind(cats)
    base = kind.replace("_pron", "")
    if _negated(ctx, i, sent_first):
        return None     # "لم يلتق" is no meeting
    if base == "gather" and not (i > sent_first and ctx.text(i)[:1] == "و" and ctx.gap(i).strip() in ("،", ",")) \
            and not (i > sent_first and "relatives" in ctx.cats(i - 1) and not ctx.gap(i).strip()) \
            and not (cue_last + 1 <= sent_last and ctx.noun[cue_last + 1]) \
            and not (i == sent_first and any(ctx.noun[k] for k in range(cue_last + 1, min(sent_last, cue_last + 30) + 1))):
        return None     # "جمع" is read with its noun ("لقاء جمع X و Y"), but "…، وجمع X بـY",
        #                 "جمعت قمة ثلاثية X وY وZ" (the noun after it), "جمع X … Y وZ في قمة"
        #                 (opening its sentence, the noun later) and "الدورة …، التي جمعت X وY"
        #                 (a relative clause on an event) stand alone
    left = _left_subject(ctx, i, sent_first)
    left_dual = not left and _dual_before(ctx, i, sent_first) is not None
    host_place, start = _host_place(ctx, i, cue_last + 1, base, left, sent_first, sent_last)
    w = _window(ctx, start, sent_last, sent_first, object_topic=(base == "with"),
                sides_told=len(left) >= 2)
    if base == "light" and w.noun_at is None:
        w.noun_at = w.held_at   # "عقد المجلس، أمس، دورته الثانية برئاسة X وبمشاركة Y"
    verdict = _licensed(ctx, base, cue_last, left, left_dual, w)
    if base == "with" and not left and i > sent_first and ctx.noun[i - 1] and ctx.text(i - 1).startswith("ال") \
            and ctx.gap_kind[i] == GAP_NONE:
        verdict = "anaphor"     # "أن اللقاء "استعرض … مهمة التحالف الدولي"": the meeting told is the
        #                         verb's subject, what follows its topic, no new party
    if verdict == "anaphor" and left_dual and _pluperfect(ctx, i, sent_first):
        verdict = "ok"      # "وكان الرجلان قد تحادثا في مارس": an earlier encounter of the two
    if verdict == "anaphor":
        # "وبحث الجانبان تطورات الأوضاع": the two sides of the meeting just told
        return Candidate(sent, i, "noun", window_end=w.end, confidence=0.7, anaphoric=True)
    if verdict is None:
        return None
    cand = Candidate(sent, i, base, window_end=w.end)
    state_host = _party_from_mention(ctx.doc, host_place) if host_place is not None else None
    if base == "gather":
        if sum(p.named for p in w.parties) < 2:
            return None
        cand = Candidate(sent, i, "meet", window_end=w.end)
        cand.parties = list(w.parties)
        cand.dates = w.dates or _sentence_dates(ctx, sent)[:1]
        cand.location = _pick_location(w.places)
        return cand
    cand.parties = _verbal_parties(ctx, sent, i, kind, start, left, left_dual, state_host, w, cand)
    if base == "visit_person" and not _visits_person(ctx, cand.parties, w, cue_last):
        return None     # "زار X القاهرة": a visit alone
    if base == "host_person" and not _hosts_person(ctx, cand.parties, w, cue_last):
        return None     # "استضافت الدوحة القمة": a venue alone
    for p in _attendees_after(ctx, w.end, sent_last, sent_first):
        _add_party(cand.parties, p, ctx)
    if cand.parties and _after_where(ctx, i, sent_first):
        for k in range(sent_first, i):      # "… يرافقه الفريق X حيث التقى …": X was there too
            if ctx.text(k) in ctx.cues.companions and k + 1 < i:
                p = ctx.party_at[k + 1] or ctx.titled.get(k + 1)
                if p is not None and p.kind == "person" and p.named:
                    _add_party(cand.parties, _inferred(p), ctx)
    cand.dates = w.dates
    cand.location = _pick_location(w.places) or host_place
    if cand.location is None and _after_where(ctx, i, sent_first):
        cand.location, cand.window_dates_only = _where_place(ctx, i, sent_first)
    if cand.location is None and sent_first < i and cue_last < sent_last \
            and ctx.text(cue_last + 1) in ctx.cues.during_it:
        # "… بمحطة في واغادوغو أجرى خلالها محادثات مع X": the place the phrase before ends with
        pl = next((p for k in range(max(sent_first + 1, i - 4), i)
                   if (p := ctx.place_at.get(k)) is not None and p.last_token == i - 1), None)
        if pl is not None and ctx.text(pl.first_token - 1) in ctx.cues.place_preps:
            cand.location = pl
    cand.sidelines = w.sidelines
    cand.phone = base == "phone" or w.phone
    cand.negotiation = w.negotiation
    if base == "host_person":
        cand.host_key = cand.parties[0].key
    if base == "receive" and cand.parties:
        # "استقبله Y": the pronoun is the guest, Y the host
        hosts = [p for p in cand.parties if not p.inferred] if kind.endswith("_pron") else []
        cand.host_key = (hosts or cand.parties)[0].key
        if w.agent is not None and any(p.key == w.agent.key for p in cand.parties):
            cand.host_key = w.agent.key     # "استُقبل X من قبل Y": Y received X
    return cand


def _visits_person(ctx: Context, parties: list[Party], w: Window, cue_last: int) -> bool:
    """"أن يزور X بعد الظهر رئيس مجلس النواب Y": the visit verb's object, right after
    it or its subject (a time between them at most), is a named person."""
    if len(parties) < 2 or parties[0].kind not in ("person", "group"):
        return False
    subj = parties[0]
    k = subj.last + 1 if cue_last < subj.first else cue_last + 1
    while k in ctx.demonym_tokens:
        k += 1          # "وفد عسكري روسي"
    for obj in w.parties:
        if obj.key == subj.key or obj.first < k:
            continue
        if obj.first > k and ctx.text(obj.first - 1) in ctx.cues.led_by \
                and all(_time_word(ctx, j) for j in range(k, obj.first - 1)):
            k = obj.last + 1    # "زار وفد روسي برئاسة X المشير Y": X heads the visitors
            continue
        return obj.kind == "person" and obj.named and all(_time_word(ctx, j) for j in range(k, obj.first))
    return False


def _hosts_person(ctx: Context, parties: list[Party], w: Window, cue_last: int) -> bool:
    """"استضاف X في البيت الأبيض يوم 29 سبتمبر Y": a named person hosts a person or a
    delegation, the verb's object right after it or its subject, past a place and a time."""
    if len(parties) < 2 or parties[0].kind != "person" or not parties[0].named:
        return False    # ("استضافت الدوحة القمة": a state hosts, a venue alone)
    subj = parties[0]
    if w.has_between or subj.first > cue_last + 1:
        return False    # ("استضافت الرباط اجتماعاً بين X وY": the noun's parties)
    k = subj.last + 1 if cue_last < subj.first else cue_last + 1
    obj = next((q for q in w.parties if q.key != subj.key and q.first >= k), None)
    if obj is None or obj.kind not in ("person", "group"):
        return False
    placed = {j for pl in w.places for j in range(pl.first_token, pl.last_token + 1)}
    return all(j in placed or _time_word(ctx, j) or ctx.text(j) in ctx.cues.place_preps
               or j + 1 in ctx.date_tokens for j in range(k, obj.first))     # ("يوم 29 سبتمبر")


def _time_word(ctx: Context, k: int) -> bool:
    """A word of a time said between a verb's subject and its object ("اليوم",
    "بعد الظهر", "مساءً")."""
    return k in ctx.date_tokens or ctx.text(k).removeprefix("ال") in ctx.cues.day_parts or (
        k + 1 < len(ctx.words) and _day_part_after(ctx, k))


def _day_part_after(ctx: Context, k: int) -> bool:
    """"بعد الظهر", "قبل الظهر" at token ``k``: a part of the day, not "after"/"before"."""
    return ctx.text(k) in ("بعد", "قبل") and ctx.text(k + 1).removeprefix("ال") in ctx.cues.day_parts


@lru_cache(maxsize=256)
def _verb_kind(cats: frozenset) -> str:
    """The verb sub-category of a cue ("meet", "receive_pron" …), the first by name."""
    return next(c[5:] for c in sorted(cats) if c.startswith("verb:"))


def _host_place(ctx, i, start, base, left, sent_first, sent_last):
    """A state that hosts: "استقبلت موسكو حفتر" (after the verb: the window starts
    past it) or "وكانت موسكو قد استقبلت" (before it).  ``(place or None, start)``."""
    if left or base not in ("receive", "meet"):
        return None, start
    before = _state_before(ctx, i, sent_first)
    if before is not None:
        return before, start
    pl = ctx.place_at.get(start) if start <= sent_last else None
    if pl is not None and not ctx.covered[start] and pl.subtype in HOST_PLACE_KINDS:
        return pl, pl.last_token + 1
    return None, start


def _licensed(ctx, base, cue_last, left, left_dual, w: Window) -> str | None:
    """Does the verb's construction hold: "ok", "anaphor" or None."""
    if base == "light":
        if ctx.text(cue_last) in ctx.cues.resumed and not w.has_with:
            return None     # "تمهيداً لاستئناف المفاوضات": talks in general, no one's
        if w.noun_at is None or w.noun_at - cue_last > LIGHT_REACH + _span_tokens(ctx, w, cue_last, w.noun_at):
            return None     # "عقد" with no meeting noun near it
        if "noun:plural" in ctx.cats(w.noun_at) and sum(p.named for p in left + w.parties) < 2:
            return None     # "يجري لقاءات مع قادة المنطقة": meetings in general
    if base in ("with", "reciprocal") and not left and not w.parties \
            and (w.dual or left_dual) and not w.has_with:
        return "anaphor"
    nxt = cue_last + 1
    if base == "with" and not left and left_dual and nxt < len(ctx.words) and not ctx.words[nxt].startswith("مع") \
            and ctx.party_at[nxt] is None and nxt not in ctx.titled:
        return "anaphor"    # "أن الجانبين ناقشا "الوضع … مع وزارة الدفاع"": the topic comes first,
                            # a "مع" inside it is no counterpart
    if base in ("with", "reciprocal") and w.sides_named:
        return "ok"         # "ناقش الوزيران X و Y، في اتصال هاتفي، …"
    if base == "with" and not w.has_with and not _coordinated_pair(ctx, left + w.parties):
        return None         # "بحث الوزير آفاق التعاون": a topic, not a counterpart
    if base == "reciprocal" and not (w.has_with or w.dual or len(left) + len(w.parties) >= 2):
        return None
    return "ok"


def _verbal_parties(ctx, sent, i, kind, start, left, left_dual, state_host, w: Window,
                    cand: Candidate) -> list[Party]:
    """Subject first (explicit, a host state, or the person a dropped subject stands
    for), then the window's parties and those a pronoun or dual stands for."""
    base = kind.replace("_pron", "")
    sent_first = ctx.sent_range(sent)[0]
    parties: list[Party] = []
    members = _members_in_relative(ctx, i, sent_first) if state_host is None else []
    if members and {p.key for p in left} <= {p.key for p in members}:
        left = members      # (the last of them, right before the verb, is not its only subject)
    for p in left:
        _add_party(parties, p)
    if state_host is not None:
        _add_party(parties, state_host)
    right = list(w.parties)
    explicit = bool(left) or state_host is not None
    coordinated = (_is_coordinated(ctx, i, sent_first) or _had_done(ctx, i, sent_first)
                   or (i - 3 >= sent_first and _sequenced(ctx, i - 3, i) and not kind.endswith("_pron")
                       and not w.dual)) and not explicit
    #               ("تلقى X اتصالاً من Y، …، قبل أن يجتمع بـZ": X, the main clause's subject)
    relative = _after_where(ctx, i, sent_first) and not explicit
    if base == "light":
        immediate = bool(right) and w.noun_at is not None and right[0].first < w.noun_at
    else:
        at_start = bool(right) and (right[0].first == start or right[0].first - start <= 2 and all(
            _is_honorific(ctx.text(k)) for k in range(start, right[0].first)))     # ("استقبل سعادة X Y")
        immediate = at_start and (right[0].named or (
            len(right) > 1 and right[0].key.startswith("title:")
            and _resolve_title(ctx, right[0], i, right[1:]).named))   # "كما التقى وزير الدفاع الرئيس X"
    if (coordinated or relative) and base in ("meet", "receive") and not kind.endswith("_pron") \
            and _objects_only(ctx, right, w):
        immediate = False   # "، حيث التقت X ونجله Y": both are objects; the subject is earlier
    coordinated = coordinated or relative
    if not explicit and _plural_verb(ctx.text(i)) and _sequenced(ctx, sent_first, i):
        # "وكان X وY وZ قد عقدوا …، قبل أن يلتقوا … W": they all went on to meet W
        for p in _main_subjects(ctx, i, sent_first):
            _add_party(parties, _inferred(p))
        explicit = bool(parties)
    if not explicit and ctx.text(i) in ctx.cues.dual_verbs:
        # "زيارة قامت بها X وY إلى دمشق، التقيا خلالها Z": the two named last before it
        two = [p for p in _last_two_people(ctx, i) if p.first >= sent_first
               and all(p.key != q.key for q in right)]
        dual = None if len(two) == 2 else next(
            (k for k in range(i - 1, max(sent_first, i - 4 * LOOKBACK) - 1, -1) if "dual_refs" in ctx.cats(k)), None)
        if dual is not None and not any(
                ctx.party_at[k] is not None and ctx.party_at[k].kind == "person" for k in range(dual + 1, i)):
            # "وانتقل المبعوثان بعد ذلك إلى عين التينة حيث اجتمعا بـZ": the two envoys (bounded:
            # a sentence may be a whole text)
            two = [p for p in _last_two_people(ctx, dual, _dual_office(ctx, dual))
                   if all(p.key != q.key for q in right)]
        if len(two) == 2 and left_dual and _pluperfect(ctx, i, sent_first):
            two = _protagonists(ctx, i, two)
        if len(two) == 2:
            for p in two:
                _add_party(parties, p)
            explicit = True
    if not explicit and not immediate and (coordinated or base == "light"):
        subj = _topic_person(ctx, sent, i, {p.key for p in right})
        if subj is None and coordinated:
            subj = _group_subject(ctx, i, sent_first, {p.key for p in right})
        if subj is not None:
            parties.append(subj)
            cand.coordinated = coordinated
            cand.confidence = 0.75
    for p in right:
        _add_party(parties, p)
    if (kind.endswith("_pron") or w.pronoun or w.dual or left_dual) and not w.sides_named:
        w.dual = w.dual or left_dual
        if left_dual and w.dual_at is None:     # "وكان الرئيسان التقيا": the two presidents
            w.dual_at = _dual_before(ctx, i, sent_first)
        _add_implicit(ctx, sent, i, parties, w, cand, kind.endswith("_pron"))
    if len(parties) == 1 and not explicit and not w.dual and i > sent_first \
            and ctx.text(i - 1) in ctx.cues.dual_relatives:
        # "توم براك وبراد كوبر، اللذين التقيا الرئيس X": the two named before
        taken = {parties[0].key}
        two = [p for p in ctx.people_before(i - 1, since=sent_first) if p.named and p.key not in taken][:2]
        if len(two) == 2:
            parties[0:0] = [_inferred(p) for p in reversed(two)]
    if len(parties) == 1 and not explicit and not w.dual \
            and not (immediate and ctx.text(i - 1) in ctx.cues.clause_openers):
        # "وصل X إلى موسكو، حيث التقى بوتين": the one who travelled met him (but "…، فيما
        # زار الشيباني موسكو": a clause of its own opens there, with its subject after the verb)
        subj = _topic_person(ctx, sent, i, {p.key for p in parties}, same_sentence=True)
        if subj is None and base in ("meet", "receive") and _after_visit(ctx, sent):
            # "وصل X إلى دمشق أمس. والتقى الرئيس السوري …": the visitor met him
            subj = _topic_person(ctx, sent, i, {p.key for p in parties})
        if subj is not None:
            parties.insert(0, subj)
            cand.confidence = 0.7
    return parties


def _after_visit(ctx: Context, sent) -> bool:
    """Does the sentence before ``sent`` tell of a visit or an arrival?"""
    prev = _previous_sentence(ctx, sent)
    return prev is not None and _visit_said(ctx, prev)


def _plural_verb(word: str) -> bool:
    """"يلتقوا", "التقوا", "يجتمعون": a verb of a plural subject."""
    return word.endswith(("وا", "ون")) and len(word) > 4


def _main_subjects(ctx: Context, i: int, sent_first: int) -> list[Party]:
    """The coordinated subject before the sentence's first meeting verb, if two or more."""
    n = bisect_left(ctx.trigger_at, sent_first)
    first = ctx.trigger_at[n] if n < len(ctx.trigger_at) and ctx.trigger_at[n] < i else None
    subjects = _left_subject(ctx, first, sent_first) if first is not None else []
    return subjects if len(subjects) >= 2 else []


def _group_subject(ctx: Context, i: int, sent_first: int, exclude: set[str]) -> Party | None:
    """The unnamed party that is the subject of the sentence's first clause, for a
    coordinated verb that shares it ("أن وفداً عسكرياً روسياً زار نجامينا، والتقى
    رئيس الأركان", "وزار وفد روسي نجامينا، والتقى ..."): the nearest party before
    the verb is a group that opens the sentence, follows its first verb, or follows أن."""
    for j in range(i - 1, max(sent_first, i - 40) - 1, -1):
        p = ctx.party_at[j]
        if p is None or p.last >= i:
            continue
        if p.kind != "group" or p.key in exclude:
            return None
        opens = p.first - sent_first <= 1 or ctx.text(p.first - 1) in ("ان", "بان", "لان") \
            or any("visit" in ctx.cats(k) for k in range(max(sent_first, p.first - 6), p.first))
        return p if opens else None     # ("يصل إلى أربيل، غداً، وفد أمني للقاء Y": the visitor)
    return None


def _attendees_after(ctx: Context, k: int, last: int, sent_first: int) -> list[Party]:
    """"بحث X مع Y سبل التعاون، وذلك بحضور Z": Z, named after the topic that
    ended the window (the first "بحضور" within a few words of a comma)."""
    for j in range(k, min(last, k + 25) + 1):
        if ctx.gap_kind[j] == GAP_HARD:
            return []
        if "attendance" in ctx.cats(j):
            return [p for p in _window(ctx, j + 1, last, sent_first).parties if p.kind != "organization"]
        if ctx.boundary[j] and ctx.text(j) not in ("وذلك", "ذلك"):
            return []
    return []


def _after_where(ctx: Context, i: int, sent_first: int) -> bool:
    """"… قادمة من بنغازي، حيث التقت": a relative clause of place."""
    return i > sent_first and ctx.text(i - 1) in ("حيث", "وحيث")


def _objects_only(ctx: Context, right: list[Party], w: Window) -> bool:
    """Window parties with no "مع"/"ب"/"بين" link, each after the first joined by
    "و": the objects of a verb whose subject was told before ("X ونجله Y")."""
    if not right or w.has_with or w.has_between or w.dual:
        return False
    # (those "بحضور" adds are no objects: "كما استقبل X، بحضور Y")
    attended = next((n for n, q in enumerate(right) if n and "attendance" in ctx.cats(q.first - 1)), len(right))
    # ("حيث التقى غويتا ثم تراوري": "ثم" joins them too)
    return all((ctx.text(q.last + 1).startswith("و") and not ctx.gap(q.last + 1).strip())
               or ctx.text(q.last + 1) in ctx.cues.in_turn for q in right[:attended - 1])


def _where_place(ctx: Context, i: int, sent_first: int):
    """The place "حيث" refers to: the last place named before it in the sentence,
    with whether it is an origin ("قادمة من بنغازي، حيث": before the arrival)."""
    pl = next((p for p in reversed(ctx.places)
               if sent_first <= p.first_token and p.last_token < i - 1), None)
    venue = next((k for k in range(i - 2, sent_first - 1, -1) if k in ctx.venue_at), None)
    if venue is not None and (pl is None or pl.last_token < venue):
        # "ثم انتقلت إلى عين التينة حيث التقت": a seat of power named before it
        return _venue_place(ctx, venue), False
    if pl is None:
        return None, False
    k = pl.first_token
    word = ctx.text(k)
    origin = word.startswith("من") and pl.start > ctx.doc.tokens[k].start \
        or (k > sent_first and ctx.text(k - 1) in ("من", "ومن") and not ctx.gap(k).strip())
    return pl, origin


def _told_frame_end(ctx: Context, j: int, last: int) -> int | None:
    """"عقب ذلك", "بعد اللقاء", "عقب لقاء الرئيس" before the meeting noun of the window
    (within ``LIGHT_REACH`` words): the token after the frame, else None."""
    k = j + 1
    if k > last or ctx.gap(k).strip():
        return None
    if "anaphora" in ctx.cats(k) or ctx.text(k) in ctx.cues.story_events:
        k += 1
    elif ctx.noun[k]:
        k += 1
        party = ctx.party_at[k] if k <= last else None
        k = party.last + 1 if party is not None and not ctx.gap(k).strip() else k   # "لقاء الرئيس"
    else:
        return None
    noun = next((n for n in range(k, min(last, k + LIGHT_REACH) + 1) if ctx.noun[n]), None)
    return k if noun is not None else None


def _span_tokens(ctx, w: Window, a: int, b: int) -> int:
    """Tokens of parties, dates, places and styles between a light verb and its noun (they
    do not count as distance: "عقد في وقت سابق من اليوم ذاته اجتماعاً", "عقد X وفخامة Y،
    اليوم في قصر الوطن بأبوظبي، جلسة مباحثات")."""
    told = {k for p in w.parties if a < p.first < b for k in range(p.first, p.last + 1)}
    told.update(k for pl in w.places if a < pl.first_token < b for k in range(pl.first_token, pl.last_token + 1))
    told.update(k for k in range(a + 1, b) if k in ctx.date_tokens or _is_honorific(ctx.text(k)))
    # an aside set off by commas ("عقد أمس، في قصر باراكيني مقر وزارة الدفاع، اجتماعاً",
    # "عقد، فور وصوله إلى مطار بورتسودان صباح اليوم، جلسة مشاورات")
    commas = [k for k in range(a + 1, b + 1) if ctx.gap_kind[k] == GAP_COMMA]
    for first, after in zip(commas, commas[1:]):
        if ctx.text(first) in ctx.cues.place_preps or ctx.text(first) in ctx.cues.arrival_frames:
            told.update(range(first, after))
    return sum(1 for k in told if a < k < b)


def _state_before(ctx: Context, i: int, sent_first: int):
    """A country or capital right before the verb, as its subject (قد may stand between)."""
    k = i - 1
    if k > sent_first and ctx.text(k) in ("قد", "لقد") and not ctx.gap(i).strip():
        k -= 1
    if k < sent_first or ctx.gap(k + 1).strip(' "'):
        return None
    for pl in ctx.places:
        if pl.last_token == k and pl.first_token >= sent_first and pl.subtype in HOST_PLACE_KINDS \
                and not ctx.covered[pl.first_token] and not (
                    pl.first_token > sent_first and ctx.text(pl.first_token - 1) in ctx.cues.object_preps
                    and _is_coordinated(ctx, i, sent_first)):
            return pl   # (not "يواصل زيارته إلى روما ويلتقي …": the visitor meets)
    return None


def _coordinated_pair(ctx: Context, parties: list[Party]) -> bool:
    """"بحث الوزير ونظيره الروسي …": two named parties joined by و."""
    return len(parties) >= 2 and (parties[1].named or parties[1].key.startswith("title:")) \
        and ctx.text(parties[1].first).startswith("و")


def _dual_before(ctx: Context, i: int, sent_first: int) -> int | None:
    """"وكان الزعيمان قد التقيا": the token of a dual right before the verb (or before قد)."""
    k = i - 1
    if k >= sent_first and ctx.text(k) in ("قد", "وقد", "لقد"):
        k -= 1
    elif k - 2 >= sent_first and ctx.text(k) in ("ان", "أن") and ctx.text(k - 2) in ctx.cues.already \
            and ctx.text(k - 1)[:1] == "ل":
        k -= 1      # "وسبق للرجلين أن تحادثا": the two, after ل
    return k if k >= sent_first and "dual_refs" in ctx.cats(k) else None


def _future(ctx: Context, i: int, sent_first: int) -> bool:
    """"سيلتقي", "ستستقبل", "من المقرر أن يلتقي": an encounter still to come."""
    word = ctx.text(i)
    if word[:1] in "وف":
        word = word[1:]
    if word[:1] == "س" and word[1:2] in "يت" and any(c.startswith("verb:") for c in ctx.cats(i)):
        return True
    if ctx.has_cat("future", max(sent_first, i - 4), i):
        return True
    # "ومن المنتظر أن يزور X أنقرة …، حيث يستقبله Y": as much to come as the main clause
    return _after_where(ctx, i, sent_first) and ctx.has_cat("future", sent_first, min(i, sent_first + 8))


def _pluperfect(ctx: Context, i: int, sent_first: int) -> bool:
    """"وكان البرهان قد التقى", "سبق أن التقى": told as earlier than the story."""
    words = [ctx.text(k) for k in range(max(sent_first, i - 5), i)]
    if words and words[-1] in ("قد", "وقد") and any(w in ("كان", "وكان", "كانت", "وكانت") for w in words):
        return True
    if _after_where(ctx, i, sent_first):
        # "وكان X قد وصل إلى … قادماً من نيامي، حيث التقى": as early as the main clause
        opening = [ctx.text(k) for k in range(sent_first, min(i, sent_first + 8))]
        if opening and opening[0] in ("كان", "وكان", "كانت", "وكانت") and \
                any(w in ("قد", "وقد") for w in opening):
            return True
    return any(w in ctx.cues.already for w in words[-3:])


def _negated(ctx: Context, i: int, sent_first: int) -> bool:
    """"لم يستقبل", "دون أن يلتقي", "نفى … أن يكون التقى": it did not happen."""
    for k in (i - 1, i - 2):
        if k >= sent_first and "negation" in ctx.cats(k):
            return True
    k = i - 1
    subject = ctx.party_end.get(k)
    if subject is not None and subject.first > sent_first:
        k = subject.first - 1     # "اقترح X عقد اجتماع مع Y"
    if k >= sent_first and "proposals" in ctx.cats(k):
        return True     # "اقترح عقد اجتماع", "طلب لقاء": wished for, not held
    if i - 1 > sent_first and ctx.text(i - 1) in ("الي", "في", "علي") \
            and ctx.has_cat("proposals", max(sent_first, i - 7), i - 1):
        return True     # "دعا X إلى عقد لقاء مع Y", "يسعى إلى لقاء"
    if ctx.has_cat("cancelled", max(sent_first, i - 2), i):
        return True     # "أُلغي اللقاء", "تأجيل الاجتماع", "رفض استقبال": it did not take place
    if _called_off(ctx, i, sent_first):
        return True
    if ctx.has_cat("hedges", max(sent_first, i - 6), i):
        return True     # "لم يستبعد دبلوماسيون أن يلتقي": a guess, not an encounter
    denial = ctx.find_last_cat("denial", max(sent_first, i - 20), i)
    # "نفى X أن يكون التقى Y": the meeting is the denied clause (but "وجاء نفي X بعد
    # زيارة … اجتمع خلالها": the denial is of something else)
    return denial is not None and (i - denial <= 3 or ctx.has_cat("complementizers", denial, i))


def _called_off(ctx: Context, i: int, sent_first: int) -> bool:
    """"وكان من المقرر أن يلتقي X Y، إلا أن اللقاء أُلغي" / "قبل أن تُرجأ": a plan of the
    past that the rest of its sentence calls off."""
    before = {ctx.text(k) for k in range(max(sent_first, i - 6), i)}
    if not before & ctx.cues.past_plans or not before & {"كان", "وكان", "كانت", "وكانت"}:
        return False
    sent = ctx.doc.sentence_at(ctx.doc.tokens[i].start)
    last = ctx.sent_range(sent)[1] if sent is not None else i
    return ctx.has_cat("cancelled", i + 1, last + 1)


def _is_coordinated(ctx: Context, i: int, sent_first: int) -> bool:
    """"..، والتقى" / "وأجرى" / "، كما استقبل": a verb with a conjunction, not opening
    its sentence."""
    return i > sent_first and (ctx.text(i)[:1] in "وف" or ctx.text(i - 1) in ctx.cues.goes_on)


def _had_done(ctx: Context, i: int, sent_first: int) -> bool:
    """"وسبق له أن التقى": the one the pronoun stands for is the subject, as after و."""
    return i - 3 >= sent_first and ctx.text(i - 1) in ("ان", "أن") \
        and ctx.text(i - 2) in ctx.cues.already_pronouns and ctx.text(i - 3) in ctx.cues.already


def _add_implicit(ctx, sent, i, parties, w: Window, cand: Candidate, pronoun: bool = False) -> None:
    if w.dual:
        two = _last_two_people(ctx, i, _dual_office(ctx, w.dual_at))
        if two and _pluperfect(ctx, i, ctx.sent_range(sent)[0]):
            two = _protagonists(ctx, i, two)
        for p in two:
            _add_party(parties, p)
        cand.confidence = min(cand.confidence, 0.75)
        return
    ref = _topic_person(ctx, sent, i, {p.key for p in parties}, pronoun=pronoun)
    if ref is not None:
        _add_party(parties, ref)
        cand.confidence = min(cand.confidence, 0.75)


def _protagonists(ctx: Context, i: int, two: list[Party]) -> list[Party]:
    """"وسبق للرجلين أن تحادثا": told as earlier, the two are the story's two most named
    people (each more than once) when the one named last is among them; else ``two``."""
    named = [p for p in ctx.people_before(i) if p.named and p.kind == "person"]
    counts = Counter(p.key for p in named)
    top = sorted({p.key: p for p in reversed(named)}.values(), key=lambda p: -counts[p.key])[:2]
    if len(top) < 2 or counts[top[1].key] < 2 or two[-1].key not in {p.key for p in top}:
        return two
    return sorted((_inferred(p) for p in top), key=lambda p: p.first)


def _host_phrase(ctx, sent, i, cue_last, sent_last) -> Candidate | None:
    """"كان في استقباله X": X received the one the pronoun stands for."""
    w = _window(ctx, cue_last + 1, sent_last, i)
    cand = Candidate(sent, i, "receive", window_end=w.end, confidence=0.75)
    parties: list[Party] = []
    for p in w.parties:
        _add_party(parties, p)
    if ctx.text(cue_last).endswith("هما"):
        # "انتقل الموفدان إلى عين التينة حيث كان في استقبالهما X": the two the dual names
        first = ctx.sent_range(sent)[0]
        dual = next((k for k in range(i - 1, max(first, i - CLAUSE_REACH) - 1, -1) if "dual_refs" in ctx.cats(k)), None)
        for p in _last_two_people(ctx, i if dual is None else dual, _dual_office(ctx, dual)):
            _add_party(parties, p)
    else:
        visitor = _topic_person(ctx, sent, i, {p.key for p in parties})
        if visitor is not None:
            _add_party(parties, visitor)
    cand.parties = parties
    cand.host_key = parties[0].key if parties else None
    cand.dates = w.dates
    cand.location = _pick_location(w.places)
    if cand.location is None and _after_where(ctx, i, ctx.sent_range(sent)[0]):
        cand.location = _place_right_before(ctx, i - 1)
    return cand


def _place_right_before(ctx: Context, k: int):
    """The place a preposition puts right before token ``k`` ("وتنقل الضيف، أمس، إلى وهران،
    حيث كان في استقباله X": Oran), not one inside a longer name ("قاعدة بنينا الجوية"); a date
    between them is passed over ("وصلا إلى الحسكة يوم الاثنين، حيث كان في استقبالهما X")."""
    while k - 1 in ctx.date_tokens:
        k -= 1
    pl = next((q for j in range(k - 1, max(-1, k - 7), -1)
               if (q := ctx.place_at.get(j)) is not None and q.last_token == k - 1), None)
    if pl is None:
        return None
    j = pl.first_token
    inside = pl.start > ctx.doc.tokens[j].start      # ("بوهران": its preposition joined to it)
    return pl if inside or (j > 0 and (ctx.text(j - 1) in ctx.cues.visit_preps
                                       or ctx.text(j - 1) in ctx.cues.place_preps)) else None


def _host_open(ctx, sent, i, cue_last, sent_first, sent_last) -> Candidate | None:
    """"وكان في استقبال الوزير الروسي … نظيره الإيراني X": the first party is the guest."""
    w = _window(ctx, cue_last + 1, sent_last, sent_first)
    before = ctx.party_end.get(i - 1)
    if before is not None and before.kind == "person" and before.named and w.parties \
            and not ctx.gap(i).strip(' "،,') and before.first > sent_first \
            and any(ctx.text(k) in ctx.cues.pluperfect for k in range(max(sent_first, before.first - CLAUSE_REACH),
                                                                  before.first)):
        # "وكان اللواء X في استقبال قائد المفرزة الروسية": X received him ("وكان X وY …": both;
        # "وفي نيامي، كان الجنرال X في استقبال …")
        guest, hosts = w.parties[0], [_inferred(p) for p in _left_subject(ctx, i, sent_first) or [before]]
        hosts += w.parties[1:]      # ("…، بحضور وزير الدفاع Z": there too)
    elif len(w.parties) < 2:
        return None
    else:
        guest, hosts = w.parties[0], w.parties[1:]
    cand = Candidate(sent, i, "receive", window_end=w.end, confidence=0.8)
    parties: list[Party] = []
    for p in hosts + [guest]:
        _add_party(parties, p)
    cand.parties = parties
    cand.host_key = hosts[0].key
    cand.dates = w.dates
    cand.location = _pick_location(w.places)
    return cand


def _nominal(ctx, sent, i, cue_last, sent_first, sent_last, cats) -> Candidate | None:
    """A meeting noun with its parties, or an anaphor of the latest record."""
    if cue_last + 1 <= sent_last and "interview_words" in ctx.cats(cue_last + 1):
        return None     # "في لقاء تلفزيوني", "لقاء صحفي": an interview
    if _negated(ctx, i, sent_first):
        return None
    if i > sent_first and ctx.text(i - 1) in ctx.cues.coincided:
        return None     # "وتزامن اللقاء مع إعلان وزارة الدفاع …": مع is the coincidence's
    if i > sent_first and not ctx.gap(i).strip() and _after_proclitics(ctx.text(i - 1), ctx.cues.office_heads):
        return None     # "ذكرت دائرة الاتصال بالرئاسة": an office, not a call
    definite = "noun:definite" in cats or _demonstrative(ctx, i, cue_last, sent_first)
    if definite and cue_last + 1 <= sent_last and "complementizers" in ctx.cats(cue_last + 1):
        return None     # "وقال X عقب الاستقبال إن …": what was said after the meeting told
    verb_at = cue_last + 1      # "جلسة مباحثات (رسمية) عقدها الجانبان": past one adjective
    if verb_at + 1 <= sent_last and ctx.party_at[verb_at] is None and not ctx.cats(verb_at) \
            and ctx.gap_kind[verb_at] == GAP_NONE and ctx.gap_kind[verb_at + 1] == GAP_NONE \
            and (ctx.text(verb_at + 1) in ctx.cues.hosted_it or ctx.text(verb_at + 1) in ctx.cues.conducted_it):
        verb_at += 1
    hosted = verb_at <= sent_last and ctx.text(verb_at) in ctx.cues.hosted_it
    conducted = not definite and verb_at <= sent_last and ctx.text(verb_at) in ctx.cues.conducted_it
    pair = [] if definite or hosted or conducted or "noun:plural" in cats else _framed_pair(ctx, i, sent_first)
    if not (definite or hosted or conducted or pair or _may_link(ctx, cue_last, sent_last, cats)):
        return None     # "مباحثات عسكرية": no party can hang on this noun
    start = cue_last + 1
    rel = start
    while rel < min(start + 2, sent_last) and ctx.text(rel).startswith("ال") and ctx.party_at[rel] is None \
            and not ctx.cats(rel):
        rel += 1        # ("الاجتماع الوزاري الثلاثي الذي عقده X": its adjectives first)
    if (definite or "noun:definite_plural" in cats) and rel + 1 <= sent_last \
            and "relatives" in ctx.cats(rel):
        start = rel + 2     # "اللقاء الذي جرى في قصر الوطن", "المحادثات التي أجراها X مع Y"
    if hosted or conducted:
        start = verb_at + 1     # "وقّع X وY اتفاقاً خلال اجتماع استضافه Z": Z hosted, X and Y took part;
                        # "بعد أيام من اتصال هاتفي أجراه X بنظيره": X and his counterpart
    possessed = "noun:possessed" in cats or "noun:reception" in cats
    fronted = not definite and _framed(ctx, i, sent_first) and \
        all(_frame_word(ctx, k) for k in range(sent_first, i - 1))   # "وخلال لقائه X، أكد Y"
    frame_last = _frame_comma(ctx, start, sent_last) - 1 if fronted else sent_last
    if definite and _attended_in_relative(ctx, cue_last, sent_last):
        # "وفي اللقاء، الذي حضره X، نقل Y …": only the relative clause tells who attended
        frame_last = _first_comma(ctx, cue_last + 3, sent_last) - 1
    if definite:
        # "وقال X، في مستهل اللقاء الذي بثه التلفزيون، إن …": the speech after "، إن" names no party
        said = next((k for k in ctx.cats_in("complementizers", start, frame_last + 1)
                     if ctx.gap_kind[k] == GAP_COMMA), None)
        frame_last = frame_last if said is None else said - 1
    w = _window(ctx, start, frame_last, sent_first)
    if conducted and not w.dual and ctx.text(verb_at) in ctx.cues.dual_verbs:
        w.dual, w.dual_at = True, verb_at   # "جلسة مباحثات عقداها أمس": the two named before
    construct = bool(w.parties) and w.parties[0].first == cue_last + 1 and \
        not _has_prefix(ctx.text(cue_last + 1), "ب")
    linked = w.has_between or w.has_with or construct or w.dual or _gather_after(ctx, cue_last, sent_last) is not None
    cand = Candidate(sent, i, "noun", window_end=w.end, confidence=0.7)
    parties: list[Party] = []
    gather = _gather_after(ctx, cue_last, sent_last)
    if ("noun:possessed" in cats and ctx.text(cue_last).endswith("هما")) or \
            (gather is not None and ctx.text(gather).endswith("هما")):
        for p in _last_two_people(ctx, i):      # "خلال لقائهما": the two named before
            _add_party(parties, p)
        linked = linked or len(parties) == 2     # "خلال لقاء جمعهما" too
    elif gather is not None and ctx.text(gather).endswith(("ه", "ها")) and gather + 1 < len(ctx.words) \
            and ctx.text(gather + 1) in ("بهما", "بهم") and not w.parties:
        # "وضع X الرئيس Y ورئيس الحكومة Z في الأجواء، خلال لقاء جمعه بهما": X with the two
        two = _last_two_people(ctx, i)
        subj = _topic_person(ctx, sent, i, {p.key for p in two}, same_sentence=True)
        for p in ([subj] if subj is not None else []) + two:
            _add_party(parties, p)
        linked = linked or len(parties) == 3
    elif possessed:
        taken = {p.key for p in w.parties}
        owner = None
        if any(ctx.text(k) in ctx.cues.main_clause for k in range(max(sent_first, i - 3), i)):
            # "وصف X الورقة التي حملها Y …، وذلك خلال لقائه Z": X, the sentence's subject
            owner = next((_inferred(p) for p in reversed(list(ctx.people_before(i, since=sent_first)))
                          if p.key not in taken), None)
        owner = owner or _topic_person(ctx, sent, i, taken, same_sentence=True)
        if owner is None and fronted:
            owner = _subject_after(ctx, frame_last + 1, sent_last, taken)
        if owner is None:
            owner = _topic_person(ctx, sent, i, taken)
        if owner is not None:
            parties.append(owner)
            linked = True
    for p in w.parties:
        _add_party(parties, p)
    if hosted and any(p.named for p in w.parties):
        taken = {p.key for p in parties}
        before = [p for p in ctx.people_before(i, since=sent_first, limit=MAX_HOSTED_GUESTS)
                  if p.kind == "person" and p.key not in taken]
        for p in reversed(before):
            _add_party(parties, _inferred(p))
        # ("اجتماع استضافه X لـY، وشارك فيه Z": the host and his guests)
        linked = linked or bool(before) or sum(p.named for p in w.parties) >= 2
    if w.dual and (sum(p.named for p in w.parties) < 2 or ((hosted or conducted) and w.dual_at == start)):
        # ("جمعت الرئيسين X وY": named there; but "جلسة مباحثات عقدها الجانبان بحضور …، وحضرها
        # X وY": the two sides held it, X and Y attended)
        for p in _last_two_people(ctx, i, _dual_office(ctx, w.dual_at)):
            _add_party(parties, p)
    if pair and not parties:
        parties, linked = [_inferred(p) for p in pair], True   # "اتفق X وY، خلال محادثات جرت أمس"
    elif pair and parties and any("attend_verbs" in ctx.cats(k)
                                  for k in range(cue_last + 1, min(parties[0].first, cue_last + 5))):
        # "أبرم X مع Y اتفاقاً خلال اتصال (مرئي، عبر الفيديو) شارك فيه Z": Z joined the pair's call
        keys = {p.key for p in pair}
        parties, linked = [_inferred(p) for p in pair] + [p for p in parties if p.key not in keys], True
    if not linked and not definite:
        return None
    if len(parties) == 1 and not definite and (construct or w.has_with) \
            and (_purpose(ctx, i) or _has_prefix(ctx.text(i), "ب")):
        # ("استهل X لقاءاته بمحادثات مع Y": by talks with Y)
        # ("استهل X جولته بلقاء الرئيس Y": by meeting Y)
        # "توجه X إلى القاهرة للقاء الرئيس Y": the traveller is to meet Y
        subj = _topic_person(ctx, sent, i, {parties[0].key}, same_sentence=True) \
            or _group_subject(ctx, i, sent_first, {parties[0].key})     # ("يصل وفد أمني للقاء Y")
        if subj is not None:
            parties.insert(0, subj)
    elif len(parties) == 1 and conducted and w.has_with:
        # "أعلن X أن …، وذلك عقب جولة محادثات أجراها أمس مع نظيره الروسي Y": the sentence's
        # subject, the first person it names, held them
        told = [p for p in ctx.people_before(i, since=sent_first) if p.key != parties[0].key]
        if told:
            parties.insert(0, _inferred(told[-1]))
    elif len(parties) == 1 and not definite and w.has_with and _framed(ctx, i, sent_first):
        # "أكد X، خلال اتصال هاتفي مع Y، أن …": X is the sentence's subject;
        # "وفي اتصال هاتفي مع Y، أكد X": so is the X after a fronted frame
        subj = _topic_person(ctx, sent, i, {parties[0].key}, same_sentence=True)
        if subj is None and fronted:
            subj = _subject_after(ctx, frame_last + 1, sent_last, {parties[0].key})
        if subj is not None:
            parties.insert(0, subj)
    if "noun:plural" in cats and (sum(p.named for p in parties) < 2
                                  or (w.has_with and all(p.first > i for p in parties) and gather is None)):
        return None     # "يجري لقاءات مع قادة المنطقة": meetings in general, not an encounter;
                        # "لقاءات مع الدبيبة وحفتر": each met someone else, not each other
                        # (but "سلسلة لقاءات جمعت X بـY": they met each other)
    # ("وشارك في المشاورات X وY": the talks told before, a plural noun too)
    attended = (definite or "noun:definite_plural" in cats) and _attended(ctx, i, cue_last, sent_first)
    if len(parties) < 2 or attended:
        if not (definite or attended) or (not attended and cue_last + 1 in ctx.demonym_tokens):
            return None     # ("للمشاركة في القمة الروسية-العربية": a named event, not the meeting told)
        cand.anaphoric = True
        cand.attendees = parties if attended else []
        if not parties and w.noun_at is not None and w.noun_at > cue_last:
            cand.window_end = w.noun_at     # "وجاء اللقاء غداة الاجتماع … الذي عقده X وY": read that one too
    cand.parties = parties
    cand.dates = w.dates
    cand.location = _pick_location(w.places) or _venue_before(ctx, i, sent_first)
    cand.phone = "noun:phone" in cats or w.phone
    cand.negotiation = "noun:negotiation" in cats or w.negotiation
    if "noun:reception" in cats and possessed and parties and parties[0].inferred:
        cand.host_key = parties[0].key      # "خلال استقباله X": he received X
    return cand


def _frame_comma(ctx, start: int, sent_last: int) -> int:
    """The comma that closes a fronted frame, past a date set off by commas right after
    its noun ("وخلال لقائه، اليوم الخميس، بالعسكريين الروس، قال …")."""
    k = _first_comma(ctx, start, sent_last)
    if k <= sent_last and all(t in ctx.date_tokens for t in range(start, k)):
        k = _first_comma(ctx, k, sent_last)
    return k


def _first_comma(ctx, start: int, sent_last: int) -> int:
    """The first token after a comma from ``start`` on (``sent_last + 1`` if none)."""
    for k in range(start + 1, min(sent_last, start + MAX_WINDOW) + 1):
        if ctx.gap_kind[k] != GAP_NONE:
            return k
    return sent_last + 1


def _subject_after(ctx, k: int, sent_last: int, taken: set[str]) -> Party | None:
    """"وخلال لقائه X، أكد Y أن …": the fronted frame's owner is the subject of
    the verb after it — a named person within two words of the window's end."""
    for j in range(k, min(sent_last, k + 3) + 1):
        p = ctx.party_at[j]
        if p is not None:
            return _inferred(p) if p.kind == "person" and p.named and p.key not in taken else None
    return None


def _may_link(ctx, cue_last: int, sent_last: int, cats: frozenset) -> bool:
    """Can parties hang on this noun: a name or "جمع" right after it, its
    possessive, or a "مع"/"بين" not far on?"""
    nxt = cue_last + 1
    if "noun:possessed" in cats or "noun:reception" in cats:
        return True
    if nxt <= sent_last and (ctx.party_at[nxt] is not None or nxt in ctx.titled
                             or {"verb:gather", "dual_refs"} & ctx.cats(nxt) or ctx.text(nxt) in ctx.cues.received_it
                             or _gather_after(ctx, cue_last, sent_last) is not None):
        return True     # ("في اتصال هاتفي تلقاه من X", "لقاء أول جمعهما")
    link = ctx.next_link(nxt)
    return link <= min(sent_last, cue_last + MAX_WINDOW)


def _venue_before(ctx, i: int, sent_first: int):
    """"وشهدت القاهرة لقاء بين X و Y", "استضافت الرباط اجتماعاً": the place
    that hosted the meeting, subject of a venue verb right before the noun."""
    k = i - 1
    while k > sent_first and k in ctx.date_tokens and not ctx.gap(k + 1).strip(" ،,"):
        k -= 1      # ("استضافت أنقرة، أمس الأحد، اجتماعاً": a date set off by commas between)
    pl = next((p for p in ctx.places if p.last_token == k), None) if k >= sent_first else None
    if pl is None or pl.first_token <= sent_first or ctx.gap(k + 1).strip(" ،," if k < i - 1 else " ") \
            or ctx.gap(pl.first_token).strip():
        return None
    return pl if "venue_verbs" in ctx.cats(pl.first_token - 1) else None


def _purpose(ctx, i) -> bool:
    """A meeting noun with the ل of purpose: "للقاء", "لمقابلة"."""
    word = ctx.text(i)
    return word.startswith("لل") or (word[:1] in "وف" and word[1:3] == "لل")


def _framed(ctx, i, sent_first) -> bool:
    """A meeting noun as the frame of another clause: "خلال/في/لدى/أثناء اتصال"."""
    return i > sent_first and ctx.text(i - 1) in ("خلال", "في", "لدي", "اثناء", "وخلال", "وفي")


def _framed_pair(ctx, i: int, sent_first: int) -> list[Party]:
    """"اتفق X، وY، على …، خلال محادثات جرت أمس": a meeting noun framing the clause of two
    named people joined by و, its subjects, who are all the sentence named before it."""
    if not (i > sent_first and ctx.text(i - 1) in ctx.cues.event_frames):
        return []
    told = list(ctx.people_before(i, since=sent_first, limit=3))
    if len(told) != 2 or told[0].key == told[1].key or not all(p.kind == "person" for p in told):
        return []
    first, second = told[1], told[0]
    told_before = bisect_left(ctx.trigger_at, sent_first) < bisect_left(ctx.trigger_at, i)
    joined = next((k for k in range(first.last + 1, second.first + 1)
                   if ctx.text(k).startswith("و") or (ctx.text(k) == "مع" and not told_before)), None)
    # ("أبرم X مع Y …"; but "يبحث X مع Y … خلال لقاء": the verb told that meeting already)
    return [first, second] if joined is not None else []


def _attended_in_relative(ctx, cue_last: int, sent_last: int) -> bool:
    """"اللقاء، الذي حضره X،": a relative clause of attendance right after the noun."""
    k = cue_last + 1
    return k + 1 <= sent_last and "relatives" in ctx.cats(k) and (
        "attendance" in ctx.cats(k + 1) or "attend_verbs" in ctx.cats(k + 1))


def _attended(ctx, i, cue_last, sent_first) -> bool:
    """"حضر اللقاء X", "وشارك في الاجتماع X", "وجرى اللقاء بحضور X", "اللقاء، الذي حضره
    X": X attended the meeting told before."""
    for k in (i - 1, i - 2):
        if k >= sent_first and "attend_verbs" in ctx.cats(k):
            return True
    if _attended_in_relative(ctx, cue_last, len(ctx.doc.tokens) - 1):
        return True
    return cue_last + 1 < len(ctx.doc.tokens) and "attendance" in ctx.cats(cue_last + 1) \
        and not ctx.gap(cue_last + 1).strip()


def _demonstrative(ctx, i, cue_last, sent_first) -> bool:
    """"هذا اللقاء", "الاجتماع ذاته" (a single meeting; "هذه اللقاءات" are many)."""
    if {"noun:plural", "noun:definite_plural"} & ctx.cats(i):
        return False
    if i > sent_first and "anaphora" in ctx.cats(i - 1):
        return True
    return cue_last + 1 < len(ctx.doc.tokens) and "anaphora" in ctx.cats(cue_last + 1)


def _gather_after(ctx, cue_last: int, sent_last: int) -> int | None:
    """"لقاء جمع X وY", "لقاء أول جمعهما", "اجتماعاً أمنياً رفيع المستوى جمع X": the verb of
    gathering after a meeting noun and at most three adjectives (no party, no punctuation)."""
    for k in range(cue_last + 1, min(sent_last, cue_last + GATHER_REACH) + 1):
        if k > cue_last + 1 and (ctx.gap(k).strip() or ctx.party_at[k - 1] is not None):
            return None
        if _gathers(ctx, k):
            return k
    return None


def _gathers(ctx, j) -> bool:
    return j < len(ctx.doc.tokens) and "verb:gather" in ctx.cats(j)


def _resolve_title(ctx: Context, p: Party, i: int, parties: list[Party]) -> Party:
    """"الوزير الروسي" said of someone named before: the latest named person
    before the trigger whose role has all these title words; "المسؤول الروسي",
    "الضيف الروسي": the latest named person of that country."""
    head = _key(p.role or "").split()[:1]
    if p.key.startswith(("group:", "title:")) and head and (
            head[0] in ctx.cues.vague_titles):
        country = next((ctx.country_at[k] for k in range(p.first, p.last + 1) if k in ctx.country_at), None)
        taken = {q.key for q in parties}
        guest = country is None and head[0] in ctx.cues.guest_words
        before = list(ctx.people_before(i))
        same = [q for q in before if q.key not in taken and q.named and (
                (country and _party_country(ctx, q) == country) or guest)]     # ("الضيف": the visitor)
        extra = p.role_words - {_role_word(head[0])}
        if not country and not guest and extra and not p.role.startswith("نظير"):
            # "المسؤول الأطلسي": the one named with that word in his title ("الممثل الخاص …
            # لحلف شمال الأطلسي، السيد X"), even across the comma before his name
            same = [q for q in before if q.key not in taken and q.named
                    and extra <= q.role_words | _words_before(ctx, q) | _words_after(ctx, q)]
        if p.role.startswith("نظير"):
            # "بوتين نظيره القرغيزي": the one of that country who holds the same office; else
            # one of no known country who holds it ("وزير الدفاع … حننه ولد سيدي", named before
            # his president), rather than another official of that country
            keys = {q.key for q in parties}     # (his office as any mention of him gives it)
            offices = {_masculine(w) for q in parties + [q for q in before if q.key in keys]
                       for w in q.role_words if _is_office(w) and not w.startswith("نظير")}
            peers = [q for q in before if q.key not in taken and q.named
                     and {_masculine(w) for w in q.role_words} & offices]
            peers = [q for q in peers if q in same or (country and _party_country(ctx, q) is None)]
            # the same ministry first, then the known country: "وزير الداخلية السوري …
            # نظيره العراقي" is the interior minister named before, not the foreign minister
            own = {_masculine(w) for q in parties + [q for q in before if q.key in keys]
                   for w in q.role_words if not w.startswith("نظير")}
            shared = [len(own & {_masculine(w) for w in q.role_words}) for q in peers]
            peers = [q for q, n in zip(peers, shared) if n == max(shared)]
            same = [q for q in peers if q in same] or peers or same
        if not same:
            return p
        if country and head[0] in ctx.cues.guest_words:
            # "الضيف العراقي": one whose title says "العراقي" ("رئيس أركان الجيش العراقي X"),
            # before one of that country by the gazetteer alone (the host, most often)
            demonyms = p.role_words - {_role_word(head[0])}
            titled = {q.key for q in same if demonyms <= q.role_words}
            same = [q for q in same if q.key in titled] or same
        return _inferred(_most_named(same, same))
    words = (p.role or "").split()
    if not p.key.startswith("title:") or not words or not (
            words[0].startswith("ال") or any(w.startswith("ال") for w in words[1:4])
            or any(k in ctx.place_at or k in ctx.org_first for k in range(p.first + 1, p.last + 1))):
        return p        # (a definite title: "الوزير الروسي", or one by annexation: "وزير الدفاع
                        # السعودي", "رئيس مجلس السيادة", "ولي عهد أبوظبي")
    taken = {q.key for q in parties}
    if p.role_words & ctx.cues.delegation_leaders and p.role_words & ctx.cues.delegation_heads:
        # "رئيس الوفد السعودي": the one a delegation told before was led by ("وفد سعودي برئاسة X")
        led = next((q for q in ctx.people_before(i) if q.key not in taken and q.named and q.first > 0
                    and ctx.text(q.first - 1) in ctx.cues.led_by), None)
        if led is not None:
            return _inferred(led)
    if p.first in ctx.bare_ranks:
        # "وكان الفريق أول قد شرع": the one most named with that rank ("الفريق أول X")
        ranked = [q for q in ctx.people_before(i) if q.key not in taken and q.named and p.role_words
                  <= _rank_before(ctx, q) | q.role_words | _style_words(q)]
        if ranked:
            return _inferred(_most_named(ranked, [q for q in ctx.people_before(i) if q.named]))
    fits = [q for q in ctx.people_before(i) if q.key not in taken and (
        (q.role_words and p.role_words <= q.role_words) or p.role_words <= _words_before(ctx, q))]
    country, core = None, frozenset()
    if not fits:
        # "العاهل الأردني" for "الملك عبدالله الثاني": the office, and the country of its demonym
        country = next((ctx.country_at[k] for k in range(p.first, p.last + 1)
                        if k in ctx.demonym_tokens and k in ctx.country_at), None)
        core = p.role_words - {_role_word(fold(ctx.text(k))) for k in range(p.first, p.last + 1)
                               if k in ctx.demonym_tokens}
        core = {w for w in core if not w.startswith("نظير")}    # "نظيره القرغيزي": his office, that country
        if country:
            fits = [q for q in ctx.people_before(i) if q.key not in taken and q.role_words
                    and _holds(core, q.role_words) and _party_country(ctx, q) == country]
    if not fits:
        # "ولي العهد" for "الأمير سلمان بن حمد", whose office the text gave after his name
        # and the gazetteer records ("ولي عهد البحرين رئيس الوزراء"); "رئيس الأركان الليبي"
        # for one of that country whose recorded office is "رئيس أركان …"
        people = load().person_by_id
        fits = [q for q in ctx.people_before(i) if q.key not in taken and q.key in people
                and p.role_words <= _role_words(people[q.key].get("role"))]
        if not fits and country and core:
            fits = [q for q in ctx.people_before(i) if q.key not in taken and q.key in people
                    and people[q.key].get("country") == country
                    and core <= _role_words(people[q.key].get("role"))]
    if not fits:
        # "رئيس أركان الجيش" for "X، الوزير المنتدب، رئيس أركان الجيش الوطني الشعبي،": a second
        # title set off by commas after his name
        fits = [q for q in ctx.people_before(i) if q.key not in taken
                and p.role_words <= _words_after(ctx, q, appositive=True)]
    # the same title first ("الرئيس الصومالي" is not "رئيس الوزراء الصومالي" named later)
    same = [q for q in fits if q.role_words == p.role_words]
    offices = [w for w in p.role_words if _is_office(w)]
    if not same and len(offices) == 1 and len(fits) > 1:
        # "الرئيس التشادي": the one whose office word stands bare ("رئيس الجمهورية المشير X"),
        # not one whose office is annexed to another noun ("رئيس الأركان العامة")
        same = [q for q in fits if _bare_office(q.role, offices[0])]
    return _inferred((same or fits)[0]) if fits else p


def _bare_office(role: str | None, office: str) -> bool:
    """Does ``office`` stand in ``role`` alone, before an adjective or before a word that
    names the state it heads ("رئيس الجمهورية")?"""
    words = _ROLE_WORD.findall(fold(role or ""))
    for n, w in enumerate(words):
        if _role_word(w) == office:
            after = words[n + 1] if n + 1 < len(words) else None
            return after is None or after.endswith(("ي", "يه")) or _role_word(after) in cues().state_words
    return False


def _most_named(candidates: list[Party], mentions: list[Party]) -> Party:
    """The candidate the story is about: the one ``mentions`` name most often (the
    first of ``candidates``, nearest first, on a tie)."""
    counts = Counter(q.key for q in mentions)
    return max(candidates, key=lambda q: counts[q.key])


def _holds(core: frozenset, words: frozenset) -> bool:
    """Does a title with ``words`` hold every word of ``core``, a plural in construct
    counting for its singular ("مستشاري الرئيس" holds "مستشار") and a generic rank for
    any rank it stands for?"""
    generic = cues().generic_ranks      # ("الجنرال الروسي" holds "الفريق أول")
    return core <= words or all(w in words or w + "ي" in words or not generic.get(w, frozenset()).isdisjoint(words)
                                for w in core)


def _fold_coordinated(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """"استقبلت موسكو حفتر…، والتقى مسؤولين، هما X و Y": one encounter chain."""
    out: list[Candidate] = []
    for c in cands:
        host = None
        guests = _guest_goes_on(ctx, c, out[-1] if out else None)
        if guests:
            # "حيث استقبله Y …، قبل أن يجري مباحثات مع Z": the one received goes on ("كان في
            # استقبالهما Y، قبل أن يتوجها … للقاء Z": both)
            c.parties[0:1] = [replace(g, inferred=True) for g in guests]
        _traveller_received(c, out[-1] if out else None)
        if _shares_subject(ctx, c, out[-1] if out else None):
            # "زار X بغداد والتقى … السوداني، كما أجرى مباحثات مع نظيره …": the clauses share
            # their subject X, not the object named last; a second encounter of X's
            c.parties[0] = replace(out[-1].parties[0], inferred=True)
            out.append(c)
            continue
        if c.coordinated and c.parties and c.parties[0].inferred:
            subj = c.parties[0].key
            host = next((o for o in reversed(out[-5:]) if not o.anaphoric
                         and any(p.key == subj for p in o.parties)), None)
        if host is not None and (_sequenced(ctx, host.trigger, c.trigger) or _dated_between(ctx, host, c)):
            host = None     # "التقى X Y، قبل أن يتوجه إلى بنغازي، حيث استقبله Z": another encounter;
            #                 so after "…، فيما زار فخامته في اليوم التالي العديد، حيث التقى Z"
        if host is not None:
            for p in c.parties:
                _add_party(host.parties, p)
            host.location = host.location or c.location
            host.topics += c.topics
            continue
        if c.location is None and out and _received_there(ctx, out[-1], c):
            c.location = out[-1].location
        out.append(c)
    return out


def _received_there(ctx: Context, before: Candidate, c: Candidate) -> bool:
    """"أجرت X مباحثات بنواكشوط مع Y، قبل أن يستقبلها الرئيس Z": a clause opened with
    "قبل أن / بعد أن" that takes a party of the encounter ``before`` it in its sentence,
    with no place said between them, is in the same place."""
    if before.location is None or before.sentence is not c.sentence or before.anaphoric \
            or not before.window_end <= c.trigger \
            or not _sequenced(ctx, max(before.window_end - 1, c.trigger - CLAUSE_REACH), c.trigger):
        return False
    if any(k in ctx.place_at or k in ctx.venue_at for k in range(before.window_end, c.window_end)):
        return False    # ("…، قبل أن يتوجه إلى باريس حيث استقبله Z": there)
    return any(p.key == q.key for p in c.parties for q in before.parties)


def _dated_between(ctx: Context, host: Candidate, c: Candidate) -> bool:
    """Does the sentence say a date after ``host``'s window and before ``c``'s trigger (a
    clause with a day of its own between them)?"""
    lo = ctx.doc.tokens[min(host.window_end, c.trigger)].start
    hi = ctx.doc.tokens[c.trigger].start
    return any(d.value and lo <= d.start < hi for d in _sentence_dates(ctx, c.sentence))


def _sequenced(ctx: Context, a: int, b: int) -> bool:
    """Does "قبل أن / بعد أن" open a clause between tokens ``a`` and ``b`` (within a
    clause's reach of ``b``)?"""
    return any(ctx.text(k + 1) == "ان" and ctx.text(k).removeprefix("و") in cues().sequence_words
               for k in range(max(a + 1, b - CLAUSE_REACH), b - 1))


def _guest_goes_on(ctx: Context, c: Candidate, before: Candidate | None) -> list[Party]:
    """The guests of the reception ``before`` when ``c`` follows it with "قبل أن / بعد أن"
    and its dropped subject was taken for the host: one, or two after a dual pronoun."""
    if before is None or before.construction != "receive" or before.host_key is None \
            or not c.parties or not c.parties[0].inferred or c.parties[0].key != before.host_key \
            or c.trigger < 2 or not _sequenced(ctx, max(before.window_end - 1, c.trigger - CLAUSE_REACH), c.trigger):
        return []
    guests = [p for p in before.parties if p.key != before.host_key and p.named and p.kind == "person"]
    dual = "host_phrases" in ctx.cats(before.trigger) and any(
        ctx.text(k).endswith("هما") for k in range(before.trigger, min(before.trigger + 4, before.window_end)))
    #       ("كان في استقبالهما Y": the two received)
    if len(guests) != (2 if dual else 1) or any(p.key == g.key for g in guests for p in c.parties[1:]):
        return []
    return guests


def _traveller_received(c: Candidate, before: Candidate | None) -> None:
    """"التقى X بالرياض Y، ثم القاهرة التي استقبله فيها Z": the one received is X, the
    subject of the encounter before, not Y whom X met there."""
    if before is None or c.construction != "receive" or before.anaphoric or len(before.parties) < 2:
        return
    subj = before.parties[0]
    objects = {q.key for q in before.parties[1:]}
    for n, p in enumerate(c.parties[1:], 1):
        if p.inferred and p.key in objects and subj.named and all(q.key != subj.key for q in c.parties):
            c.parties[n] = replace(subj, inferred=True)
            return


def _shares_subject(ctx: Context, c: Candidate, before: Candidate | None) -> bool:
    """Is ``c`` a clause whose dropped subject was taken for the object of the clause
    ``before`` it, where ``before`` opens with a named person as its subject?"""
    if before is None or not c.parties or not c.parties[0].inferred or before.anaphoric \
            or before.construction not in ("meet", "light", "with", "receive") \
            or c.construction not in ("meet", "light", "with", "reciprocal", "phone", "receive") \
            or len(before.parties) < 2:
        return False
    k = c.trigger - 1
    if _had_done(ctx, c.trigger, ctx.sent_range(c.sentence)[0]):
        k -= 3          # "كما سبق له أن استقبل Z"
    if "receive" in (before.construction, c.construction) and not (
            k >= 0 and (ctx.text(k) in ctx.cues.goes_on or ctx.text(k) in ctx.cues.clause_openers)):
        return False    # (only "استقبل X Y، كما استقبل Z" or "التقى X Y، فيما استقبل Z": going on)
    subj, taken = before.parties[0], c.parties[0]
    if taken.first > before.window_end and any(
            ctx.text(j) in ctx.cues.clause_openers for j in range(before.window_end, taken.first)):
        return False    # ("…، فيما حل عقار ضيفا على المنتدى، حيث أجرى": named again after فيما)
    return subj.kind == "person" and subj.named and taken.named \
        and any(p.key == taken.key for p in before.parties[1:]) \
        and all(p.key != subj.key for p in c.parties[1:])


# ------------------------------------------------------------------ dates, places, topics

def _sentence_dates(ctx: Context, sent) -> list:
    return ctx.memo("dates", sent, _sentence_dates_of)


def _sentence_dates_of(ctx: Context, sent) -> list:
    out = []
    for d in ctx.dates:
        if d.start >= sent.start and d.end <= sent.end and d.value and not _since(ctx, d):
            out.append(d)
    return out


def _since(ctx: Context, d) -> bool:
    tok = ctx.doc.token_at(d.start)
    if tok is None:
        return False
    if "since" in ctx.cats(tok.index):
        return True
    for k in range(tok.index - 1, max(-1, tok.index - 5), -1):    # "منذ اندلاع الحرب في أبريل 2023"
        if ctx.gap(k + 1).strip():
            return False
        if "since" in ctx.cats(k):
            return True
    return False


def _pick_dates(ctx: Context, cand: Candidate) -> list:
    """The window's coordinated dates, else the sentence's date nearest the trigger."""
    inside = []
    for d in cand.dates:
        if d.value and not _since(ctx, d) and not _document_date(ctx, d) \
                and d.value not in [v.value for v in inside]:
            inside.append(d)
    if len(inside) > 1 and all(_coordinated_dates(ctx, a, b) for a, b in zip(inside, inside[1:])):
        return inside
    if not inside and (when := _when_date(ctx, cand)) is not None:
        return [when]
    pool = [] if cand.window_dates_only else [d for d in _sentence_dates(ctx, cand.sentence)
                                              if not _since(ctx, d) and not _document_date(ctx, d)]
    # a date past the meeting's window and a clause opener is the next clause's ("كما استقبل X
    # الضيف، فيما … يلتقي Y غداً"); one past a complementizer, in what was said after the
    # meeting ("… أعقبها مؤتمر قال فيه إن موسكو تولي أهمية للقمة المقررة في 15 أكتوبر")
    sent_last = ctx.sent_range(cand.sentence)[1]
    openers = _clause_openers(ctx)
    n = bisect_left(openers, cand.window_end)
    ends = [openers[n]] if n < len(openers) and openers[n] <= sent_last else []
    if not inside:
        ends += [k for k in (ctx.find_cat("complementizers", cand.window_end, sent_last + 1),) if k is not None]
    if ends:
        pool = [d for d in pool if d.start < ctx.doc.tokens[min(ends)].start]
    if len(pool) > 1 and not inside:
        # "واصل X اليوم زيارته التي بدأت يوم 11 يونيو، إذ التقى Y": not the day the visit began
        pool = [d for d in pool if not _began(ctx, d)] or pool
    if inside and all(len(d.value) == 4 for d in inside) and any(len(d.value) > 4 for d in pool) \
            and not cand.once_before:    # ("كما سبق له أن استقبل Y … العام الماضي": its own)
        # "وفي اليوم ذاته اجتمع X بـY لمتابعة مذكرة موقعة عام 2019": a bare year in the
        # window gives way to a day or month said in the sentence
        inside, pool = [], [d for d in pool if len(d.value) > 4]
    if inside:
        pos = ctx.doc.tokens[cand.trigger].start
        return [min(inside, key=lambda d: abs(d.start - pos))]
    if not pool:
        return []
    pos = ctx.doc.tokens[cand.trigger].start
    n = bisect_left([d.start for d in pool], pos) if len(pool) < 64 else \
        bisect_left(pool, pos, key=lambda d: d.start)
    near = pool[max(0, n - 1):n + 1]       # the nearest date before and after the trigger
    nearest = min(near, key=lambda d: abs((d.start if d.start >= pos else d.end) - pos))
    return _shifted(ctx, cand.trigger, nearest)


def _when_date(ctx: Context, cand: Candidate):
    """"الاتفاق الموقع في 30 كانون الثاني، حين أجرى X اتصالاً مع Y": the date right before
    the "حين/عندما" that opens the meeting's clause (even a document's), or None."""
    first = ctx.sent_range(cand.sentence)[0]
    k = next((k for k in range(cand.trigger - 1, max(first, cand.trigger - CLAUSE_REACH), -1)
              if ctx.text(k) in ctx.cues.when_words), None)
    if k is None:
        return None
    at = ctx.doc.tokens[k].start
    return next((d for d in _sentence_dates(ctx, cand.sentence) if d.end <= at
                 and ctx.doc.norm[d.end:at].strip() in ("", "،", ",")), None)


def _shifted(ctx: Context, trigger: int, d) -> list:
    """The meeting's date when the date said before it is another event's ("زار X العديد
    في 15 مايو، بعد يوم من محادثات أجراها مع Y": the 14th; "بعد أسابيع من محادثاته":
    no date); else ``d`` itself."""
    k = trigger - 1
    if k < 2 or ctx.text(k) != "من" or ctx.gap(k + 1).strip() or ctx.gap(k).strip():
        return [d]
    unit = ctx.text(k - 1)
    if unit not in ctx.cues.elapsed:
        return [d]
    sign = {"بعد": -1, "قبل": 1}.get(ctx.text(k - 2).removeprefix("و"))
    if sign is None or ctx.gap(k - 1).strip() or ctx.doc.tokens[k - 2].start < d.end or not d.value:
        return [d]
    days = ctx.cues.elapsed[unit]
    if days is None:
        return []
    if len(d.value) != 10:
        return [d] if days <= 1 else []
    value = _dt.date.fromisoformat(d.value) + _dt.timedelta(days=sign * days)
    return [replace(d, value=value.isoformat())]


def _document_date(ctx: Context, d) -> bool:
    """A date right after a document's participle ("مذكرة التفاهم الموقعة عام 2019",
    "الاتفاقية المبرمة في 2020"): when the document was made, not the meeting."""
    tok = ctx.doc.token_at(d.start)
    if tok is None or tok.index == 0:
        return False
    k = tok.index - 1
    if k > 0 and ctx.text(k) in ctx.cues.place_preps:
        k -= 1
    return ctx.text(k) in ctx.cues.document_dates


def _began(ctx: Context, d) -> bool:
    """A date right after a relative verb of beginning ("زيارته التي بدأت يوم 11 يونيو"),
    not "وكانت الجولة قد بدأت في 27 ديسمبر …، حيث التقى": that one dates the meeting."""
    tok = ctx.doc.token_at(d.start)
    if tok is None:
        return False
    for k in range(tok.index - 1, max(0, tok.index - 3), -1):
        if ctx.gap(k + 1).strip():
            return False
        if ctx.text(k) in ctx.cues.began:
            return not ctx.gap(k).strip() and "relatives" in ctx.cats(k - 1)
    return False


def _clause_openers(ctx: Context) -> list[int]:
    """The tokens of the document that open a new clause ("فيما", "بينما"), in order."""
    cache = ctx.doc.cache
    if "clause_openers" not in cache:
        readings = reading_index(ctx.doc)
        cache["clause_openers"] = sorted(i for w in ctx.cues.clause_openers for i in readings.get(w, ())
                                         if ctx.text(i) in ctx.cues.clause_openers)
    return cache["clause_openers"]


def _coordinated_dates(ctx: Context, a, b) -> bool:
    """"في نوفمبر 2018، وفبراير 2020": two dates joined by a comma or و only."""
    between = ctx.doc.norm[a.end:b.start].replace("،", " ").replace(",", " ").strip()
    return between in ("", "و") and len(a.value) == len(b.value)


def _pick_location(places: list):
    """A known city, else a name after العاصمة/مدينة or a seat of power, else a known
    country or region, else a building named by its head ("بمقر الوزارة")."""
    known = [p for p in places if not isinstance(p, _UnknownPlace)]
    cities = [p for p in known if getattr(p, "subtype", None) in CITY_KINDS]
    unknown = [p for p in places if isinstance(p, _UnknownPlace) and p.subtype != "building"]
    buildings = [p for p in places if isinstance(p, _UnknownPlace) and p.subtype == "building"]
    return (cities or unknown or buildings or known or [None])[0]


def _visit_destination(ctx: Context, sent):
    return ctx.memo("destination", sent, _visit_destination_of)


def _visit_destination_of(ctx: Context, sent):
    """"زار حفتر موسكو", "بزيارة للعاصمة موسكو", "وصل إلى بنغازي"."""
    first, last = ctx.sent_range(sent)
    for i in ctx.cats_in("visit", first, last + 1):
        k, steps, headed = i + 1, 0, False
        while k <= last and steps < 8:
            if k in ctx.place_at:
                return ctx.place_at[k]
            if k in ctx.venue_at:       # "زارت أورتاغوس السراي الحكومي والتقت"
                return _venue_place(ctx, k)
            if ctx.gap(k).strip(' "،,'):
                break
            p = ctx.titled.get(k) or ctx.party_at[k]
            if p is not None:       # the visitor, with his title ("أجراها الفريق محمد زكي، وزير الدفاع،")
                k = p.last + 1
                steps += 1
                continue
            word = ctx.text(k)
            cats = ctx.cats(k)
            if headed and word.startswith("ال") and not cats and not ctx.covered[k]:
                k += 1              # "يزور القاعدة البحرية ببنزرت": the head's adjectives
                steps += 1
                continue
            headed = "place_heads" in cats
            if headed and _after_proclitics(word, ctx.cues.airport_heads, 1):
                airport = _venue_phrase(ctx, k, last)
                if airport is not None and airport.last_token > k:
                    return airport      # "لدى وصوله إلى مطار القاهرة الدولي"
            if word in ctx.cues.visit_preps or "place_heads" in cats or k in ctx.demonym_tokens \
                    or _has_prefix(word, "ل") or k in ctx.date_tokens or word in ctx.cues.visit_relatives \
                    or _is_office(word) or _is_honorific(word) or word in entities.lexicon().rank_modifiers \
                    or word.removeprefix("ال") in entities.lexicon().ranks or word in ctx.cues.date_frames \
                    or word in ctx.cues.day_parts:
                k += 1              # ("يتوجه يفكوروف مطلع الشهر المقبل إلى واغادوغو")
                steps += 1
                continue
            break
    return None


def _visit_said(ctx: Context, sent) -> bool:
    return ctx.memo("visit", sent, _visit_said_of)


def _visit_said_of(ctx: Context, sent) -> bool:
    first, last = ctx.sent_range(sent)
    return ctx.has_cat("visit", first, last + 1)


def _topics(ctx: Context, sent) -> list[str]:
    return ctx.memo("topics", sent, _topics_of)


def _topics_of(ctx: Context, sent) -> list[str]:
    """Noun phrases after بحث/ناقش/تناول/حول… in the sentence, up to punctuation."""
    first, last = ctx.sent_range(sent)
    out, free = [], first
    for i in ctx.cues_in(first, last + 1):
        if i < free or not ("topic_cues" in ctx.cats(i) or ctx.text(i) in ("حول", "وحول", "بشان")):
            continue
        k = _topic_start(ctx, ctx.cue_last(i) + 1, last)
        if k is None:
            free = ctx.cue_last(i) + 1
            continue
        end = k
        while end + 1 <= last and end + 1 - k < 12 and not ctx.gap(end + 1).strip(' "') \
                and ctx.cats(end + 1).isdisjoint(("stops", "topic_cues")):
            end += 1
        toks = ctx.doc.tokens
        text = ctx.doc.original(toks[k].start, toks[end].end).strip(' "')
        if text:
            out.append(text)
        free = end + 1
    return out


def _topic_start(ctx: Context, k: int, last: int) -> int | None:
    """First word of a topic: past the parties, dates, "مع X", "في اتصال هاتفي",
    "خلال اللقاء" and an attribution ("بحسب المكتب الإعلامي،") before it."""
    steps = 0
    while k <= last and steps < 20:
        steps += 1
        p = ctx.titled.get(k) or ctx.party_at[k]
        if p is not None:
            k = p.last + 1
            continue
        if ctx.covered[k] or k in ctx.date_tokens or k in ctx.demonym_tokens or (k + 1) in ctx.date_at:
            k += 1          # ("صباح اليوم الأحد": a time of day before the date)
            continue
        if k in ctx.place_at:
            k = ctx.place_at[k].last_token + 1
            continue
        cats, word = ctx.cats(k), ctx.text(k)
        if "place_heads" in cats and _prep_before(ctx, k):
            # "في ديوان رئاسة الوزراء بطرابلس،": the venue, up to its place or a comma
            while k + 1 <= last and not ctx.gap(k + 1).strip(' "') and (k + 1) not in ctx.place_at:
                k += 1
            k += 1
            continue
        if "stops" in cats and word.lstrip("و") in ("بحسب", "حسب", "وفق", "وفقا"):
            # skip the attribution up to its closing comma: "بحسب المكتب الإعلامي، …"
            while k + 1 <= last and not ctx.gap(k + 1).strip(' "'):
                k += 1
            k += 1
            continue
        if "topic_skip" in cats or "dual_refs" in cats or word in ctx.cues.phone_words \
                or any(c.startswith("noun:") for c in cats) or word in ("خلال", "في", "عبر", "مع", "الي", "علي"):
            k = ctx.cue_last(k) + 1
            continue
        if "stops" in cats or any(c.startswith("verb:") for c in cats):
            return None
        return k
    return None


def _fronted_place(ctx: Context, cand: Candidate):
    """"وفي بنغازي، التقى …": a place fronted before the verb of the sentence."""
    first, _ = ctx.sent_range(cand.sentence)
    if ctx.text(first) not in ("في", "وفي") or first + 1 >= cand.trigger:
        return None
    pl = ctx.place_at.get(first + 1)
    if pl is None or pl.last_token >= cand.trigger:
        return None
    between = ctx.doc.norm[ctx.doc.tokens[pl.last_token].end:ctx.doc.tokens[pl.last_token + 1].start]
    if between.strip() not in ("،", ","):
        return None
    # ("وفي واشنطن، كان الوزير X قد التقى": the subject of "كان … قد" between them)
    return pl if pl.last_token + 1 == cand.trigger or (ctx.text(pl.last_token + 1) in ctx.cues.pluperfect
                                                    and ctx.text(cand.trigger - 1) in ("قد", "وقد")) else None


# ------------------------------------------------------------------ records

class Record:
    def __init__(self, cand: Candidate, ctx: Context, dates: list):
        self.section = cand.sentence.section
        self.parties: list[Party] = []
        for p in cand.parties:
            _add_party(self.parties, p)
        self.dates = dates
        self.location = _narrowed(ctx, cand.location or _fronted_place(ctx, cand)
                                  or _visit_destination(ctx, cand.sentence),
                                  cand.trigger, ctx.sent_range(cand.sentence)[1])
        self.location_is_city = self.location is not None and \
            getattr(self.location, "subtype", None) in CITY_KINDS
        self.sentences = [cand.sentence]
        self.sentence_ids = {cand.sentence.index}
        self.constructions = [cand.construction]
        self.host_key = cand.host_key
        self.future = cand.future
        self.earlier = cand.earlier
        self.headline_titles: set[str] = set()
        self._note_headline(cand)
        self.body_keys: set[str] = set()      # parties the body (not the headline) put here
        self._note_body(cand)
        self.phone = cand.phone
        self.negotiation = cand.negotiation
        self.mediation = cand.mediation
        self.visit = _visit_said(ctx, cand.sentence)
        self.confidences = [cand.confidence if len(cand.parties) >= 2 else 0.7]
        self.topics: list[str] = []
        self._add_topics(_topics(ctx, cand.sentence))
        self.last_index = cand.sentence.index

    # -- identity
    def compatible(self, cand: Candidate, dates: list) -> bool:
        if cand.sentence.section != self.section:
            return False
        if not _dates_agree(self.dates, dates) or self.phone != cand.phone \
                or self.future != cand.future:
            return False        # a call and a visit, a past and a planned meeting: two encounters
        retold = False
        if self.earlier != cand.earlier and not (self.dates and dates
                                                 and self.dates[0].value == dates[0].value):
            if not (cand.earlier and not dates and self.dates):
                return False    # "وكان X قد التقى Y في يوليو": before the story's own meeting
            retold = True       # undated, "وكان X قد استقبل Y في مقر الوزارة" may tell the story's one
        here = cand.location
        if here is not None and self.location is not None and here.name != self.location.name \
                and getattr(here, "subtype", None) in ("venue", "building") \
                and getattr(self.location, "subtype", None) in ("venue", "building"):
            return False        # "في قصر الحسينية" and then "في مقر القيادة العامة": two meetings
        mine, theirs = self.parties, cand.parties
        a = _resolve(theirs, mine)
        b = _resolve(mine, theirs)
        named_a = {k for k in a if not k.startswith(("group:", "title:"))}
        named_b = {k for k in b if not k.startswith(("group:", "title:"))}
        shared = named_a & named_b
        if not shared:
            return False
        told = {k for k in self.body_keys if not k.startswith(("group:", "title:"))}
        if cand.sentence.kind != "title" and told and (named_a - told) and (told - named_a):
            return False        # the headline's "X يبحث مع Y وZ", the body's X-Y and later X-Z: two
        if cand.sidelines or retold:
            return named_a == named_b   # a bilateral on the sidelines of a summit is its own
        return named_a <= named_b or named_b <= named_a

    def absorb(self, cand: Candidate, ctx: Context, dates: list) -> None:
        for p in cand.parties:
            if len(self.parties) >= MAX_PARTIES:
                break
            match = _role_match(p, self.parties)
            if match is not None and not p.named and match.named:
                continue
            if match is not None and p.named and not match.named:
                self.parties[self.parties.index(match)] = p
                continue
            if match is not None and match.key == p.key and p.role and not match.role:
                # the headline's "الشرع", the lead's "قائد الإدارة … أحمد الشرع": keep the role
                self.parties[self.parties.index(match)] = replace(
                    match, details=p.participant, role=p.role, role_words=p.role_words)
                continue
            _add_party(self.parties, p)
        if not self.dates and dates:
            self.dates = dates
        loc = _narrowed(ctx, cand.location or _fronted_place(ctx, cand)
                        or _visit_destination(ctx, cand.sentence),
                        cand.trigger, ctx.sent_range(cand.sentence)[1])
        loc_city = loc is not None and getattr(loc, "subtype", None) in CITY_KINDS
        if loc is not None and (self.location is None or (loc_city and not self.location_is_city)):
            self.location, self.location_is_city = loc, loc_city
        self._add_sentence(cand.sentence)
        self.constructions.append(cand.construction)
        self._note_headline(cand)
        self._note_body(cand)
        host = next((p for p in cand.parties if p.key == cand.host_key), None)
        if self.host_key is None and host is not None:
            match = _role_match(host, self.parties)
            self.host_key = match.key if match is not None else host.key
        self.phone = self.phone or cand.phone
        self.negotiation = self.negotiation or cand.negotiation
        self.mediation = self.mediation or cand.mediation
        self.visit = self.visit or _visit_said(ctx, cand.sentence)
        self.confidences.append(cand.confidence)
        self._add_topics(_topics(ctx, cand.sentence))
        self.last_index = max(self.last_index, cand.sentence.index)

    def attach(self, cand: Candidate, ctx: Context) -> None:
        """An anaphor ("اللقاء الذي عقد أمس الخميس"): date, topics, evidence."""
        if not self.dates:
            self.dates = [d for d in _pick_dates(ctx, cand) if not _measured_from(ctx, cand.trigger, d)]
        if self.location is None and cand.location is not None and not cand.attendees:
            self.location = cand.location
            self.location_is_city = getattr(cand.location, "subtype", None) in CITY_KINDS
        self._add_sentence(cand.sentence)
        self._add_topics(_topics(ctx, cand.sentence))
        self.phone = self.phone or cand.phone
        self.last_index = max(self.last_index, cand.sentence.index)
        for p in cand.attendees[:max(0, MAX_PARTIES - len(self.parties))]:
            if _role_match(p, self.parties) is None:
                _add_party(self.parties, p)

    def _abbreviation(self, p: Party) -> bool:
        """Is the bare title ``p`` one of the named people, abbreviated ("رئيس أفريقيا
        الوسطى" beside Touadera)?  Headline titles are; so is a title whose country
        is a named person's own."""
        if p.key in self.headline_titles:
            return True     # "يستقبل مبعوث بوتين", "يستقبل وفداً روسياً": told by name below
        if not p.key.startswith("title:"):
            return False
        return bool(p.country) and any(q.named and q.kind == "person" and q.country == p.country
                                       for q in self.parties)

    def _note_headline(self, cand: Candidate) -> None:
        """A headline names an official by title alone ("يستقبل رئيس مجلس السيادة")."""
        if cand.sentence.kind == "title":
            self.headline_titles |= {p.key for p in cand.parties
                                     if p.key.startswith(("title:", "group:"))}

    def _note_body(self, cand: Candidate) -> None:
        if cand.sentence.kind != "title":
            for p in cand.parties:
                match = _role_match(p, self.parties)
                self.body_keys.add(match.key if match is not None else p.key)

    def _add_sentence(self, sent) -> None:
        if sent.index not in self.sentence_ids:
            self.sentence_ids.add(sent.index)
            self.sentences.append(sent)

    def _add_topics(self, topics: list[str]) -> None:
        seen = {_key(t) for t in self.topics}
        for t in topics:
            if len(self.topics) >= MAX_TOPICS:
                return
            if _key(t) not in seen:
                self.topics.append(t)
                seen.add(_key(t))

    # -- output
    def keep(self) -> bool:
        return len(self.parties) >= 2 and any(p.named for p in self.parties)

    def mode(self, ordered: list[Party]) -> str | None:
        """How they met (see the module's notes); ``ordered`` is ``self.ordered()``."""
        if self.phone:
            return "phone"
        if self.host_key is not None and any(p.key == self.host_key for p in self.parties):
            return "host"
        first = ordered[0]
        others = {p.country for p in self.parties[1:] if p.country}
        where = getattr(self.location, "country", None) if self.location is not None else None
        if where and first.country:
            if where == first.country:
                return "host"
            if where in others:
                return "visit"
            if others:
                return "third_party"
        if where and where in others and not first.country:
            return "visit"
        if self.visit:
            return "visit"
        return None

    def ordered(self) -> list[Party]:
        """The host first, then the parties in the order the text gives them.

        A headline's bare title is dropped once the body names two people: it
        is one of them, abbreviated."""
        parties = self.parties
        if sum(p.named for p in parties) >= 2:
            parties = [p for p in parties if not self._abbreviation(p)]
        return sorted(parties, key=lambda p: p.key != self.host_key)

    def to_dicts(self, ctx: Context, offset: int) -> list[dict]:
        doc = ctx.doc
        ordered = self.ordered()
        mode = self.mode(ordered)
        cameo = MODE_CAMEO.get(mode) if mode else ("046" if self.negotiation else
                                                    "045" if self.mediation else "040")
        conf = min(0.97, max(self.confidences) + 0.05 * (len(self.sentences) - 1))
        if all(sent.kind == "title" for sent in self.sentences):
            conf = min(conf, 0.7)       # a headline alone
        location = None
        if self.location is not None:
            loc = self.location
            location = {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
                        "canonical": loc.canonical, "span": loc.span(doc)}
        evidence = [doc.span(s.start, s.end) for s in sorted(self.sentences, key=lambda s: s.start)]
        out = []
        for n, d in enumerate(self.dates or [None]):
            date = None
            if d is not None:
                span = doc.span(d.start, d.end)
                date = {"value": d.value, "text": span["text"], "span": span}
            out.append({
                "id": f"m{offset + n + 1}",
                "participants": [dict(p.participant) for p in ordered],
                "date": date,
                "location": location,
                "topics": list(self.topics),
                "mode": mode,
                "cameo": cameo,
                "section": self.section,
                "evidence": evidence,
                "confidence": round(conf, 2),
            })
        return out


def _role_match(p: Party, parties: list[Party]) -> Party | None:
    """The party ``p`` stands for: same key, or an unnamed title matching a named one's role."""
    for q in parties:
        if q.key == p.key:
            return q
    for q in parties:
        if q.kind != "person" or p.kind != "person" or (p.named and q.named):
            continue
        titled, named = (p, q) if not p.named else (q, p)
        if titled.role_words and named.role_words and titled.role_words <= named.role_words:
            return q
    return None


def _resolve(theirs: list[Party], mine: list[Party]) -> set[str]:
    """Keys of ``theirs``, an unnamed title replaced by the named party of ``mine`` it matches."""
    out = set()
    for p in theirs:
        m = _role_match(p, mine) if not p.named else None
        out.add(m.key if m is not None and m.named else p.key)
    return out


def _dates_agree(a: list, b: list) -> bool:
    if not a or not b:
        return True
    va, vb = a[0].value, b[0].value
    if len(a) > 1 or len(b) > 1:
        return [d.value for d in a] == [d.value for d in b]
    return va.startswith(vb) or vb.startswith(va)


def _on_the_sidelines_of_the_story(ctx: Context, cand: Candidate) -> bool:
    """Does the sentence open with "على هامش" or "خلال" and a definite event noun
    ("وعلى هامش الزيارة،", "وخلال الزيارة،"), or with "في وقت لاحق" or "ثم": the
    event, or the day, the story is about?"""
    if _later_that_day(ctx, cand):
        return True
    first = ctx.sent_range(cand.sentence)[0]
    words = [ctx.text(k) for k in range(first, min(first + 3, cand.trigger))]
    if words[:2] in (["علي", "هامش"], ["وعلي", "هامش"]):
        words = words[2:]
    elif words[:1] and words[0] in ctx.cues.event_frames:
        words = words[1:]       # ("وعقب اللقاء، أجرى الوزير مباحثات مع …": that day)
        if words[:1] and words[0] in ctx.cues.event_ends:
            words = words[1:]   # ("وعقب انتهاء الاصطفاف التقى …")
    else:
        return False
    return bool(words) and words[0] in ctx.cues.story_events


def _event_day(ctx: Context, cand: Candidate) -> list:
    """"القمة … التي احتضنتها الدوحة أمس الاثنين. وعلى هامش القمة، التقى X Y": the day
    the nearest earlier sentence naming the same gathering gives, the date nearest that name."""
    first = ctx.sent_range(cand.sentence)[0]
    k = first + 2 if ctx.text(first) in ("علي", "وعلي") and ctx.text(first + 1) == "هامش" \
        else first + 1 if ctx.text(first) in ctx.cues.event_frames else None
    if k is not None and ctx.text(k) in ctx.cues.event_ends:
        k += 1      # "وعقب انتهاء الاصطفاف": the day of the event that ended
    if k is None or k >= cand.trigger or ctx.text(k) not in ctx.cues.dated_events:
        return []
    event, bare = ctx.text(k), ctx.text(k)[2:]      # ("شهد X أمس اصطفاف القوات": annexed)
    for sent in reversed(ctx.doc.sentences[max(0, cand.sentence.index - VISIT_REACH):cand.sentence.index]):
        if sent.kind not in SENTENCE_KINDS or sent.section != cand.sentence.section:
            continue
        a, b = ctx.sent_range(sent)
        named = next((j for j in range(a, b + 1) if ctx.text(j) in (event, bare)), None)
        if named is None:
            continue
        pos = ctx.doc.tokens[named].start
        days = _sentence_dates(ctx, sent)
        return [min(days, key=lambda d: abs(d.start - pos))] if days else []
    return []


def _visit_day(ctx: Context, cand: Candidate) -> list:
    """The day of the visit told in a sentence before ``cand``'s, in its section ("وصل X،
    أمس الثلاثاء، إلى دمشق"): the day of an undated encounter during that visit."""
    for sent in reversed(ctx.doc.sentences[max(0, cand.sentence.index - VISIT_REACH):cand.sentence.index]):
        if sent.kind in SENTENCE_KINDS and sent.section == cand.sentence.section and _visit_said(ctx, sent):
            days = [d for d in _sentence_dates(ctx, sent) if d.value and len(d.value) == 10][:1]
            if days or _sentence_dates(ctx, sent):
                return days
            # ("وأكد X، لدى وصوله، أن …" tells no day: the arrival told before it may)
    return []


def _later_that_day(ctx: Context, cand: Candidate) -> bool:
    """"وفي وقت لاحق، زارت …", "ثم انتقلت … حيث التقت", "كما عقد X، في وقت لاحق، جلسة
    مباحثات مع Y", "وكان X قد زار في وقت سابق اليوم …": another encounter of the day told."""
    first, last = ctx.sent_range(cand.sentence)
    words = [ctx.text(k) for k in range(first, min(first + 3, cand.trigger))]
    if words[:1] and words[0] in ctx.cues.later_openers or words[1:3] == ["وقت", "لاحق"] \
            and words[0] in ("في", "وفي"):
        return True
    if words[:1] in (["في"], ["وفي"]) and words[1:2] == ["اليوم"] and words[2:3] in (["ذاته"], ["نفسه"]):
        return True     # "وفي اليوم ذاته، تفقد X القاعدة، حيث التقى …": another encounter that day
    if any(ctx.text(k) in ctx.cues.event_frames and ctx.text(k + 1) == "ذلك"
           for k in range(first, min(first + 4, cand.trigger - 1))):
        return True     # "وانتقل المبعوثان بعد ذلك إلى عين التينة حيث اجتمعا بـZ": that day, later
    return any(ctx.text(k) == "في" and ctx.text(k + 1) == "وقت" and ctx.text(k + 2) in ctx.cues.time_shifts
               and (k + 3 > last or ctx.text(k + 3) != "من" or ctx.text(k + 4) in ("اليوم", "يوم")
                    or ctx.text(k + 4) in ctx.cues.day_parts)
               # ("في وقت سابق من اليوم ذاته", "في وقت لاحق من مساء الثلاثاء": that day;
               #  "في وقت سابق من هذا الشهر": another)
               for k in range(max(first, cand.trigger - CLAUSE_REACH), min(last - 2, cand.trigger + 4)))


def _once_before(ctx: Context, cand: Candidate) -> bool:
    """"كما سبق له أن استقبل Y", "وسبق لـX وY أن ترأسا": an occasion of its own before the
    story, never a retelling of an encounter told before it."""
    first = ctx.sent_range(cand.sentence)[0]
    return any(ctx.text(k) in ctx.cues.already for k in range(max(first, cand.trigger - 6), cand.trigger))


def _measured_from(ctx: Context, trigger: int, d) -> bool:
    """Is date ``d`` the time of an event the meeting is measured from ("ويأتي اللقاء بعد
    ثلاثة أشهر من زيارة … في فبراير الماضي"), a "بعد"/"قبل" lying between them?"""
    tok = ctx.doc.token_at(d.start)
    if tok is None or tok.index <= trigger:
        return False
    return any(ctx.text(k) in cues().measured_from for k in range(trigger + 1, min(tok.index, trigger + MAX_WINDOW)))


def _on_arrival(ctx: Context, cand: Candidate) -> bool:
    """Is the encounter framed by the arrival of the story's visit ("وكان X قد عقد فور
    وصوله اجتماعاً مع Y", "لدى وصوله"): the day of that visit?"""
    first, last = ctx.sent_range(cand.sentence)
    return any(ctx.text(k) in ctx.cues.arrival_frames and "visit" in ctx.cats(k + 1)
               and ctx.text(k + 1).endswith(("ه", "ها", "هم", "هما"))
               for k in range(max(first, cand.trigger - ARRIVAL_REACH), min(last, cand.trigger + 3)))


def _arrival_dates(ctx: Context, cand: Candidate) -> list:
    """The dates of the latest body sentence before the encounter, at most ``ARRIVAL_SENTENCES``
    back, that tells a visit or an arrival with a date of its own."""
    n = cand.sentence.index
    for sent in reversed(ctx.doc.sentences[max(0, n - ARRIVAL_SENTENCES):n]):
        if sent.kind != "body" or sent.section != cand.sentence.section:
            continue
        first, last = ctx.sent_range(sent)
        dates = _sentence_dates(ctx, sent)
        if dates and first <= last and ctx.has_cat("visit", first, last + 1):
            return dates[:1]
    return []


def _members_in_relative(ctx: Context, i: int, sent_first: int) -> list[Party]:
    """"وكان الوفد، الذي ضم A، وB، ونظيره C، قد التقى Y": the members the relative clause
    after a delegation opening the sentence names are the verb's subject."""
    for k in range(sent_first, min(i - 2, sent_first + 3)):
        if ctx.text(k).removeprefix("و") == "الوفد" and "relatives" in ctx.cats(k + 1) \
                and ctx.text(k + 2) in ctx.cues.members:
            n = bisect_left(ctx.trigger_at, k)
            if n < len(ctx.trigger_at) and ctx.trigger_at[n] < i:
                return []   # (only for the first verb after the clause)
            return [p for p in ctx.people_before(i, since=k + 3)][::-1]
    return []


def _delegation_head(ctx: Context, cand: Candidate) -> None:
    """"وصل X إلى دمشق على رأس وفد … . وكان في استقبال الوفد Y": the delegation
    told by the sentence of arrival before is X's: X stands for it; so is the head the
    sentence before named with a word of leading ("استقبل Z وفداً يترأسه X")."""
    for n, p in enumerate(cand.parties):
        if p.kind != "group" or _key(p.role or "").split()[:1] != ["الوفد"]:
            continue
        prev = _previous_sentence(ctx, cand.sentence)
        if prev is None:
            return
        pfirst, plast = ctx.sent_range(prev)
        told = [q for q in ctx.people_before(plast + 1, since=pfirst) if q.named]
        led = [q for q in told if q.first - 1 > pfirst and ctx.text(q.first - 1) in ctx.cues.led_by
               and any(ctx.text(k).startswith(("وفد", "ووفد")) for k in range(pfirst, q.first - 1))]
        if led:
            head = led[-1]      # (nearest first: the first one led_by names in the sentence)
        elif _visit_said(ctx, prev) and any(ctx.text(k) == "راس" and ctx.text(k + 1).startswith("وفد")
                                            for k in range(pfirst, plast)) and told:
            head = told[-1]     # (the first person of that sentence)
        else:
            return      # ("وصل X على رأس وفد": X heads it; "زيارة الوفد" alone names no head)
        if all(q.key != head.key for q in cand.parties):
            cand.parties[n] = _inferred(head)
        return


def _counted_group(ctx: Context, cand: Candidate) -> None:
    """"يستقبل شويغو الوزراء الثلاثة": a definite plural office with a number stands for
    that many people of that office named together in one sentence before."""
    for n, p in enumerate(cand.parties):
        words = _key(p.role or "").split() if p.kind == "group" else []
        if len(words) != 2 or words[0] not in ctx.cues.plural_offices or words[1] not in ctx.cues.counts:
            continue
        office, count = ctx.cues.plural_offices[words[0]], ctx.cues.counts[words[1]]
        for sent in reversed(ctx.doc.sentences[max(0, cand.sentence.index - COUNTED_REACH):cand.sentence.index]):
            first, last = ctx.sent_range(sent)
            told = list(ctx.people_before(last + 1, since=first))
            named = [q for q in told if q.kind == "person" and q.named and office in q.role_words]
            if len(named) != count:     # "وزراء خارجية الدول الثلاثة، وهم X، وY، وZ": its members
                group = next((q for k in range(first, last + 1) if (q := ctx.party_at[k]) is not None
                              and q.kind == "group" and _key(q.role or "").split()[:1] == [words[0][2:]]), None)
                named = [q for q in told if group and q.first > group.last and q.kind == "person" and q.named]
            if len(named) == count and all(q.key not in {r.key for r in cand.parties} for q in named):
                cand.parties[n:n + 1] = [_inferred(q) for q in reversed(named)]
                return


def _separately(ctx: Context, cand: Candidate) -> bool:
    """"التقى كلاً من X وY على حدة": one encounter with each of them."""
    first, last = ctx.sent_range(cand.sentence)
    return len(cand.parties) > 2 and any(
        (ctx.text(k) in ctx.cues.separately and ctx.text(k + 1) in ctx.cues.separately[ctx.text(k)])
        or ctx.text(k) in ctx.cues.separate_words
        for k in range(cand.trigger + 1, min(last, cand.window_end + 2)))


def _place_candidate(ctx: Context, records: list[Record], cand: Candidate) -> None:
    _delegation_head(ctx, cand)
    _counted_group(ctx, cand)
    if _separately(ctx, cand):
        for p in cand.parties[1:]:
            _place_one(ctx, records, replace(cand, parties=[cand.parties[0], p]))
        return
    for part in _in_turn(ctx, cand):
        _place_one(ctx, records, replace(cand, parties=[cand.parties[0], *part]) if part else cand)


def _in_turn(ctx: Context, cand: Candidate) -> list[list[Party]]:
    """"استقبل الوزير سفير X، ثم القائم بالأعمال Y": one encounter per guest received in
    turn; the parties told between two "ثم" go together (``[[]]``: no "ثم", one encounter)."""
    parts: list[list[Party]] = [[]]
    for a, b in zip(cand.parties[1:], cand.parties[2:]):
        parts[-1].append(a)
        if any(ctx.text(k) in ctx.cues.in_turn for k in range(a.last + 1, b.first)):
            parts.append([])
    if len(parts) == 1:
        return [[]]
    parts[-1].append(cand.parties[-1])
    return parts


def _place_one(ctx: Context, records: list[Record], cand: Candidate) -> None:
    if not cand.anaphoric and (len(cand.parties) < 2 or not any(p.named for p in cand.parties)):
        return      # one side only: nothing a record could be built on
    if cand.anaphoric:
        target = max((r for r in records if r.section == cand.sentence.section),
                     key=lambda r: r.last_index, default=None)
        if target is not None and target.keep() \
                and cand.sentence.index - target.last_index <= ANAPHOR_REACH:
            target.attach(cand, ctx)
        return
    dates = _pick_dates(ctx, cand)
    arrival = not dates and _on_arrival(ctx, cand)
    if arrival:     # "وصل X، أمس الاثنين، إلى … وعقد، فور وصوله، لقاءً": the day of that arrival
        dates = _arrival_dates(ctx, cand)
    if not dates and not arrival and _on_the_sidelines_of_the_story(ctx, cand):
        dates = _event_day(ctx, cand)
    if not dates and (arrival or _on_the_sidelines_of_the_story(ctx, cand)):
        # "وعلى هامش الزيارة، عقد X اجتماعاً مع Y": the day of the visit told before
        latest = max((r for r in records if r.section == cand.sentence.section
                      and (cand.future or not r.future)),     # (not a planned one told between)
                     key=lambda r: r.last_index, default=None)
        dates = list(latest.dates) if latest is not None else dates
        if not dates:   # "سلمت فرنسا، أمس، … وعلى هامش المراسم، التقى": the lead's day
            lead = next((s for s in ctx.doc.sentences[:cand.sentence.index]
                         if s.kind in SENTENCE_KINDS and s.section == cand.sentence.section
                         and _sentence_dates(ctx, s)), None)
            dates = _sentence_dates(ctx, lead)[:1] if lead is not None else dates
    later = _later_that_day(ctx, cand) or cand.once_before
    #       ("وفي وقت لاحق، تفقد X الوحدة والتقى أفرادها", "كما سبق له أن استقبل Y": another)
    same_day = any(d.kind == "same_day" for d in dates)
    #       ("والتقى X وY، في اليوم ذاته، أعضاء …": another than one told in an earlier sentence)
    options = [r for r in records[-RECENT_RECORDS:] if r.compatible(cand, dates) and not later
               and not (same_day and cand.sentence.index not in r.sentence_ids)
               and not (arrival and r.earlier != cand.earlier)]   # ("وكان X قد عقد فور وصوله": its own)
    if options:
        exact = [r for r in options if dates and r.dates and r.dates[0].value == dates[0].value]
        target = (exact or options)[-1]
        target.absorb(cand, ctx, dates)
        return
    if not dates and not cand.earlier and not cand.future and not _purpose(ctx, cand.trigger):
        dates = _visit_day(ctx, cand)       # "وصل X أمس إلى دمشق … وعقد Y جلسة مباحثات مع X"
        #                                     (not "مستعد للقاء Y": no encounter of that day)
    records.append(Record(cand, ctx, dates))
