"""Claims: statements the text attributes to a source.

One pass over the body sentences (titles, captions, headers, "read also"
links and boilerplate never hold claims).  In each sentence every cue is
parsed into a *construction* (cue, source, content); a later construction in
the same sentence ends the content of the one before it.  Cue lists are data
(``data/cues.json``), source vocabulary too (``data/claim_sources.json``).

Cues
  * Verbs of saying in past and present, every person, with و/ف ("وقالت",
    "يؤكد", "نفت"), followed by a reported clause after أن/إن/بأن (possibly
    after the verb's own preposition: "أشار إلى أن", "حذر من أن"), a colon
    or a quotation.  Some verbs take a noun phrase instead: after their
    preposition ("أعرب عن أمله في …", "تحدث مراقبون عن …", "أفادت مصادر
    بمقتل …"), or as object ("نفت الوزارة صحة التقارير", "أعلن الجيش مقتل
    …"; "وكانت المجموعة أعلنت، الثلاثاء، وصول حفتر").  A verb right after
    أن/لم/لن/ما ("قبل أن يعلن", "على ما قالت إنها") states nothing.  "قائلاً"
    after the source only introduces the words ("وصرح الوزير قائلاً: …");
    "بالقول" is the preposition of "اكتفى"/"رد" ("واكتفى الوزير بالقول إن").
    A cue may need a fixed object ("يسلط التقرير الضوء على …"), and then
    only a recognisable source counts.
  * A verb that comes after its content ("«الوضع هادئ»، قال الوزير") takes
    the clause before it.
  * A verb whose pronoun takes up ما ("ما نشرته صحيفة X في 2016 من أن …")
    reports only the clause من/عن أن opens after its subject, and is no cue
    elsewhere ("تم نشره").
  * Participles ("مشيراً إلى أن", "مؤكدةً أن", and, without a comma, right
    before their complementizer: "… مؤكدا ان", "قائلاً إن") continue the claim before them
    in the sentence and share its source; without one, the first person
    named earlier in the sentence, else the sentence's first subject ("ولم
    يعلق المتحدث باسم الحكومة، مكتفياً بالقول إن").  After a comma they also
    end the content before them.
  * Attribution phrases ("وفق", "وفقاً لـ", "بحسب", "حسبما", "نقلاً عن",
    "على لسان", optionally followed by "ما أعلن/ذكرته (عنه)"): at the start
    of a sentence the content follows the source ("وبحسب المصادر، فإن …");
    after a comma, or closing the sentence, the content is the clause before
    ("…، وفق ما أعلن المسماري"; "وفق ما أفادت به مصادر").  A verb whose
    subject opens the content of an opening attribution is what the
    attribution reports, not a claim of its own ("ووفقاً للوزارة، فإن الوزير
    شدد على …").  Right after another claim's content such a
    phrase relays that claim and becomes its ``via`` ("وأعرب حفتر عن أمله
    …، بحسب البيان").  Resumptive phrases with a verb of saying ("، وهو ما
    أكده شهود"، "، الأمر الذي نفته الوزارة") attribute the clause before
    them, with the verb's stance (after another claim they add nothing).
    Inside a clause it hedges a phrase and is skipped
    ("تورطه ــ وفق ما يقول خصومه ــ في"), and so is its verb.
  * ``cue`` is written as in the text, without its conjunction ("قالت",
    "وفق ما أعلن", "بحسب", "مشيرًا").  ``stance`` is ``deny`` for the
    denial verbs and participles of the data file (نفى، كذب، دحض، نافياً).

Sources
  * Before the verb when a complementizer opens its clause ("أن عون أبلغ
    لاريجاني أن", "أن الوفد أبدى اهتماما": what follows is its addressee or
    object), or when a denial's noun right after it is no source ("وكانت
    الإمارات قد نفت مراراً تقديم …").
  * After the verb ("قالت وزارة الدفاع إن"); before it when the verb has no
    و/ف and its right side opens on the content ("وكانت الخارجية الروسية
    قد نفت أن", "لكن المصادر أكدت أن"); a past verb with no subject ("وأوضح
    أن", "وأضاف:") shares the subject of the clause before it in the same
    sentence, else the last speaker of the last few sentences; none, no claim.
    An adverb after the verb is skipped ("وكانت تتحدث دائما عن"), and a verb whose
    subject opens on an event noun says nothing ("كشفت حادثة X عن").
    "أكد فيها أن" (in the statement just named) takes the sentence's subject.
  * An unnamed source ends before the medium it told ("مصدر عسكري لهسبريس",
    "مصادر مطلعة «إرم نيوز» بأن"), but a body named after "في" keeps its
    genitive ("مصدر في القيادة العامة للقوات المسلحة"); a witness keeps the
    clause describing him ("سائق يعمل في الحقل"); a rank keeps its holder
    named after one or two qualifying words ("العقيد أركان حرب فلان").
  * A source phrase ends at punctuation, a complementizer, a time word, a
    relative pronoun, an adjunct preposition, an addressee ("للصحفيين"), the
    speaker's own statement ("تقريره"), or a bare noun after a definite one
    ("الإدارة الذاتية | أنقرة"); "مقربة من", "صادر عن", "مسؤول في", "الخاص
    بـ" keep it going.  A phrase never ends inside a person's name or
    inside its head ("وكالة الأنباء"); a title chain with its name is one
    phrase ("قائد المجلس العسكري في النيجر الجنرال فلان"), also when the
    holder is named after a place phrase ("قائد الشرطة في ولاية كسلا
    العميد فلان").  A short parenthesis after it ("(سانا)") is skipped.
  * Between the source and the complementizer a relative clause or a short
    aside in commas is skipped ("وأوضح المصدر، الذي طلب عدم ذكر اسمه، أن",
    "عن مسؤولين، لم تكشف هوياتهم، أن"), and so is an adjunct before a
    noun-phrase object ("نفى الجيش في بيان صحة …").  A definite object
    noun after a definite subject ends the subject ("أكد الجانبان الحرص …").
  * kind: a person the entities module finds in the phrase → person
    (``name`` without titles, ``role`` the titles; an apposition "المحلل في
    المجلس الأطلسي، عماد الدين بادي،" gives the name after the role; a head
    that is also a rank is the person's: "اللواء أحمد المسماري"); a
    document ("بيان صادر عن الخارجية الروسية", "تقرير للأمم المتحدة") →
    document named by its issuer (``role``: the document word), or as written
    when no issuer is named; a medium ("موقع ديبكا الإسرائيلي") → media named
    by its bare title ("ديبكا"; the whole phrase in ``role``), a named agency
    ("وكالة الأنباء السودانية") as written; unnamed sources ("مصادر ليبية
    مقربة من …", "مراقبون", "المعلومات المتداولة", "وسائل إعلام ليبية",
    "أحد المصادر", "صحيفة بريطانية") → anonymous; an office without a name
    ("المتحدث باسم الحكومة") → person named as written; anything else
    (ministries, armies, accounts, capitals standing for their governments)
    → organization.  After "وفق"/"بحسب" only a recognisable source counts
    ("وفق خطة" is no claim); a verb of saying accepts any short subject.
  * Phrases that refer back are resolved: "الأخير" to the last person
    named, "معاليه"/"سموه"/"فخامته" to the last person with that honorific
    (not the one "من جهته، أكد X" gives the floor to right after),
    "الوزير"/"المتحدث"/"السفير" alone to the last person with that office at
    the head of a role of his (his title chain, an apposition after his name,
    or the source phrase that named him: "المتحدث باسم الرئاسة، السفير فلان";
    a title governed by another, "مستشار الرئيس"، "المتحدث باسم الرئيس", is
    not his; a fuller office phrase, "المتحدث باسم الرئاسة", to the last holder
    whose roles hold all its words), else as written, "الموقع"/"الصحيفة
    البريطانية" to the nearest medium with the same head word named before
    ("لصحيفة فايننشال تايمز"), "البيان"/"البيان ذاته" to the last document
    source, "الوزارة" to the last organisation with that head, and a short
    name ("ديبكا") to the earlier source it shortens; a person's surname
    ("بري") is resolved by the entities module.  The resolved source
    keeps the antecedent's name, kind and role, with its span on the phrase
    as written.  Anonymous antecedents have no name to give, so "المصدر",
    "تلك المصادر", "نفس المصادر" stay as written (kind anonymous).
  * Relays ("نقلت صحيفة العربي الجديد عن مصادر ليبية … أن", "نقل الموقع
    عما قال إنها مصادر عسكرية أن", "بحسب ما نقلت وكالة رويترز عن مصادر",
    "ذكرت الصحيفة، نقلاً عن مصادر، أن"): the relayed source is ``source``,
    the medium ``via``.

Content
  * From the complementizer (colon, opening quote: « » “ ” " or ‘ ’) to the
    end of the sentence, ending earlier at the next construction (and the word that
    joins it: "، فيما قالت …", "، غير أن المعارضة أكدت …"), a participle
    after a comma, a narrator's comment ("، دون ذكر تفاصيل"، "، وهو ما"،
    "على حد تعبيره") or a trailing attribution; a noun-phrase content
    ("أعرب عن قلقه …") also at a new clause after a comma ("، ودعت …").
    The words that join two clauses ("فيما", "في حين", "غير أن") belong to
    neither, and after a comma they end a content even when no cue follows
    ("، فيما عبر آلاف …").  A report nested in the content ("قال الوزير إن
    الرئيس أكد له أن …", "ذكرت الرئاسة أن عون أبلغ لاريجاني أن …") is part of
    it, not a claim of its own (but a relative clause's report is: "صحة
    التقارير التي تحدثت عن …").  A quotation is followed to its closing mark in the
    paragraph, across sentence ends, and nothing inside it is a cue.
    ``quoted`` is true when the whole content is one quotation (its marks
    left out); a quoted name opening a clause ("أن «حفتر» التقى") is not.
  * Contents that only point elsewhere ("جاء ذلك على لسان …") and contents
    of fewer than two words (three before a trailing cue) are dropped (a
    one-word content keeps a complementizer holding its subject: "إنها
    ستقاطعها"); the
    same content (after normalisation) is reported once.
  * A content placed before its cue leaves out the sentence's opening
    conjunction ("وتنتشر القوات …، وفق ما أفادت مصادر" -> "تنتشر القوات …")
    when what follows is surely a word (article, function word, hamza,
    present verb, known name); a root و stays ("وتيرة", "وفد", "وزارة").
  * ``span`` is the content, ``evidence`` its sentence (or sentences, for a
    long quotation), ``section`` the sentence's section.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import entities
from ..gazetteer import Matcher, phrase_key, read_json, reading_index
from ..text import Document, char_positions, fold, stems
from ..text.normalise import _MARK_RE as _MARKS

MAX_SUBJECT = 12        # tokens in a source phrase
MAX_GAP = 22            # tokens between a cue (and its source) and the content
ASIDE_TAIL = 5          # words after an aside ("، طلب عدم ذكر اسمه،") where the content may still open
SPEAKER_REACH = 4       # sentences a dropped subject may reach back
SUBJECT_REACH = 30      # tokens from a sentence's start in which its first subject is sought
MAX_CONTENT = 1500      # characters: a quotation or clause longer than this is cut
_QUOTE = '"'
_PAIRS = {"«": "«»", "“": "“”"}
_SINGLE, _SINGLE_PAIR = "'", "‘’"        # single curly quotes, folded to ' in the norm
_CLAUSE_PUNCT = re.compile(r"[،,:;؛.!?؟()\[\]–—]|\s-\s")
_CLAUSE_MARKS = "،,:;؛.!?؟()[]–—"       # _CLAUSE_PUNCT's marks, but " - " (found with str.find)
_TRIM = " \t\n،,.:;؛!?؟-–—"
_NISBA = re.compile(r"^ال\w{2,30}(?:ي|يه|يين|يون)$")
_WORDS = re.compile(r"[^\W_]+")
_DEFINITE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)")
# a verb of saying right after these is not a statement ("قبل أن يعلن", "لم يؤكد")
_NOT_SAID = frozenset(["ان", "لم", "لن", "لا", "ما", "كي", "لكي", "حتي", "ولم", "ولن", "ولا", "يمكن", "عدم"])
_PREPOSITIONS = frozenset(["في", "من", "الي", "علي", "عن", "مع", "بين", "حول", "ضد", "لدي", "عند"])
_PRONOUN_PREPS = frozenset(["فيه", "فيها", "له", "لها", "لهم", "عنه", "عنها", "منه", "منها",
                            "عليه", "عليها", "معه", "معها", "به", "بها", "امامه", "امامها", "امامهم",
                            "خلاله", "خلالها", "عقبه", "عقبها", "بعده", "بعدها", "اثره", "اثرها"])
# folded ("أكد أمامها أن", "أكد خلاله الأخير", "وقال عقبها إنه")
_SCENE_SETTERS = frozenset(["في", "من", "علي", "بعد", "قبل", "منذ", "فور", "خلال", "مع", "عقب", "اثر",
                            "اثناء", "لدي", "عند", "هذا", "كذلك", "ايضا", "بدوره", "بدورها", "بينما"])
_ASIDES = frozenset(["وهو", "وهي", "وهم", "وهما"])
_FRAME_WORDS = frozenset(fold(w) for w in read_json("cues.json")["frame_asides"])   # an aside that frames the saying
MAX_FRAME = 25          # tokens in such an aside
_RELATIVES = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"])
_OF_WORDS = frozenset(["خاص", "الخاص", "خاصه", "الخاصه", "المكلف", "المكلفه", "المعني", "المعنيه"])
_OBJECT_PRONOUNS = ("ته", "ها", "ه")
_FA_AUXILIARIES = frozenset(["فقد", "فلقد", "فكان", "فكانت", "فكانوا"])   # folded: "أما X فقد/فكان قد أعلن"
_QUOTE_MARKS = re.compile('["«»“”‘’]')
_CHUNKS = re.compile(r"[،,:;؛.!?؟()\[\]–—\"]")
_CUT_PREPOSITIONS = frozenset(["ل", "ب", "ول", "وب"])   # folded: "لـ«…»", cut off its noun
# a title after these only qualifies the one before it ("المتحدث باسم الرئيس")
_TIME_PREPS = frozenset(fold(w) for w in read_json("cues.json")["time_preps"])   # "قبل مغادرته"
_GOVERNORS = frozenset(["باسم", "لدي", "في", "عن", "من", "الي", "مع", "لشوون"])


# ------------------------------------------------------------------ lexicon

@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    """fold() for names compared again and again (memoised)."""
    return fold(text)


def _forms(words) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@dataclass(frozen=True)
class Verb:
    lemma: str
    stance: str
    tense: str                 # past, present, participle
    preps: frozenset           # prepositions that may open the content
    nominal_object: bool
    nominal_after_prep: bool
    relay: bool
    objects: frozenset = frozenset()   # a fixed object the cue needs ("سلط الضوء على")
    charged: bool = False              # object then charge: "اتهم X بـ…"
    addressee: bool = False            # the object is whom it was told: "أبلغ X Y أن"
    relative: bool = False             # "ما نشرته صحيفة X من أن": only after ما, only for من/عن أن
    headed: bool = False               # its content after ب opens on an object head: "أقر الجيش بوقوع …"
    textual: bool = False              # a text's own verb: "أمراً تنفيذياً ينص على أن", the text is its subject


@dataclass(frozen=True)
class Lexicon:
    verbs: dict
    relatives: dict                   # "نشرته" after ما: a report of what من/عن أن opens (no cue elsewhere)
    participles: dict
    attributions: Matcher
    attribution_words: frozenset      # first words of the attribution phrases
    cue_words: frozenset              # readings a cue may start with (verbs, participles, attributions)
    complementizers: frozenset
    narrator: frozenset
    content_stops: Matcher
    blockers: frozenset
    object_heads: frozenset
    empty_contents: Matcher
    heads: Matcher
    media_words: frozenset            # first words of the media heads ("صحيفة", "وكالة")
    quantifiers: frozenset
    person_pronouns: dict
    feminine_pronouns: frozenset      # "الأخيرة", "سموها": they refer back to a woman
    feminine_marks: frozenset         # "بنت": a woman's name
    describing_verbs: frozenset       # "صور أقمار صناعية | تداولها محللون": a relative clause after the source
    demonstratives: frozenset
    self_words: frozenset
    issuer_links: Matcher
    issuer_heads: frozenset           # a body's head after the ل of "بيان لقصر كيجي"
    named_media: frozenset            # media heads that belong to the medium's name ("راديو دبنقا")
    np_continues: dict
    np_stops: frozenset
    seats: frozenset                  # "بجامعة ييل": where the source works, inside its phrase
    adverbs: frozenset          # "نفت حينها": a time adverb between the verb and its object
    office_heads: frozenset     # "مكتب رئيس الوزراء فلان": the office, without its holder's name
    when: frozenset             # "أعلنت الشهر الماضي تخريج …": the adverbs and the words of a time phrase
    events: frozenset           # "كشفت حادثة X عن": an event shows, it never says
    statement_nouns: frozenset
    anchors: frozenset
    addressees: frozenset
    connectives: frozenset
    titles: frozenset
    months: frozenset
    place_nouns: frozenset
    function_words: frozenset         # words a conjunction may stand before ("وكانت", "وقد")
    circulated: frozenset             # "نفى ما تداولته وسائل إعلام عن …": what was spread
    affiliations: frozenset           # "منصة «حكومتنا» التابعة للحكومة": ends a medium's title
    about: frozenset                  # the preposition before what it was about
    root_initials: tuple              # "والدة", "وتيرة": the و is the word's own
    resultative_fa: frozenset         # "فإن": closes an attribution that is for what follows
    verbal_nouns: dict                # "إعلان" -> stance: a noun of saying before a source and أن
    said_since: frozenset             # "منذ أن أفادت": a past saying after these took place
    already_did: frozenset            # "سبق لـX أن أعلن": X had said it
    told_after: frozenset             # "قبل أن يعلن الوزير أن": a later saying, told in the past
    received: frozenset               # "تلقى X اتصالا من Y، أكد خلاله": Y speaks during it
    authored: frozenset               # "رسالة وجهها الوزير": the verb's subject wrote the document
    masculine_places: frozenset       # "العراق": a country a masculine verb may take for subject
    year_words: frozenset             # "عام 2021": before a number, a date that ends a source phrase
    courtesies: frozenset             # "تقديره": a noun-phrase content opening on these states nothing
    text_heads: frozenset             # "نص الاتفاقية": a document head whose genitive is no issuer
    narrator_frames: frozenset        # "ويأتي اللقاء بعد …": the writer placing an event in time
    nominal_stops: frozenset          # "، بعد معارك …": the writer's setting ends a noun-phrase content
    charges_in_frame: frozenset       # "، وسط اتهامات …، وهو ما تنفيه": what the resumptive phrase takes up
    officials: frozenset              # "المسؤول الروسي": an unnamed head that may refer back to a person
    discourse_openers: Matcher        # "إلى ذلك", "من جهة أخرى": the writer's transition opening a sentence
    turn_openers: Matcher             # "من جهته", "بدوره": the floor passes to another party
    elatives: frozenset               # "أبرز": a verb form that is also "the most prominent of"
    number_words: frozenset           # "رقم": before a number, part of a document's name
    document_adjectives: frozenset    # "الأخير": ends a document's genitive, describing the document
    body_offices: dict                # "وزاره" -> "وزير": the office heading a body
    conditions: frozenset             # "تحدث شرط عدم ذكر اسمه": how the source talked, in an aside
    media_tails: frozenset            # "أونلاين": the last word of a medium's name ("لغاروي أونلاين")
    numbered_units: frozenset         # "الفرقة": a unit's head, its number after it ("الفرقة 19 مشاة")
    unit_arms: frozenset              # "مشاة": the arm ending a numbered unit's name


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues = read_json("cues.json")
    src = read_json("claim_sources.json")
    calendar = read_json("calendar.json")
    verbs, relatives = {}, {}
    for e in cues["verbs"]:
        for tense in ("past", "present"):
            verb = Verb(e["lemma"], e["stance"], tense, _forms(e["preps"]),
                        e["nominal_object"], e["nominal_after_prep"], e["relay"],
                        _forms(e.get("objects", [])), e.get("charged", False), e.get("addressee", False),
                        e.get("relative", False), e.get("headed_after_prep", False), e.get("textual", False))
            for form in e[tense]:
                (relatives if verb.relative else verbs).setdefault(fold(form), verb)
    participles = {}
    for e in cues["participles"]:
        verb = Verb(e["lemma"], e["stance"], "participle", _forms(e["preps"]), e.get("nominal_object", False),
                    False, False, charged=e.get("charged", False))
        for form in e["forms"]:
            participles[fold(form)] = verb
    heads = [(h, kind) for kind in ("anonymous", "media", "document", "organization")
             for h in src[kind]]
    heads += [("ال" + h, kind) for h, kind in heads
              if not fold(h).startswith("ال") and " " not in h]
    people = entities.lexicon()
    attributions = cues["attributions"] + cues["resumptive"]
    verbal_nouns = {fold(f): e["stance"] for e in cues["verbal_nouns"] for f in e["forms"]}
    return Lexicon(
        verbs=verbs,
        relatives=relatives,
        participles=participles,
        attributions=Matcher([(a, "ground" if a in cues["grounds"] else "attribution") for a in cues["attributions"]]
                             + [(a, "resumptive") for a in cues["resumptive"]]),
        attribution_words=frozenset(fold(a).split()[0] for a in attributions),
        cue_words=frozenset(verbs) | frozenset(relatives) | frozenset(participles) | frozenset(verbal_nouns)
        | frozenset("ال" + f for f in verbal_nouns)
        | frozenset(phrase_key(a)[0] for a in attributions),
        verbal_nouns=verbal_nouns,
        complementizers=_forms(cues["complementizers"]),
        narrator=_forms(cues["narrator"]),
        content_stops=Matcher((s, "stop") for s in cues["content_stops"]),
        blockers=_forms(cues["blockers"]),
        circulated=_forms(cues["circulated"]),
        affiliations=_forms(src["affiliations"]),
        about=_forms(cues["about"]),
        object_heads=_forms(cues["object_heads"]),
        empty_contents=Matcher((e, "empty") for e in cues["empty_contents"]),
        heads=Matcher(heads),
        media_words=frozenset(phrase_key(h)[0] for h, kind in heads if kind == "media"),
        quantifiers=_forms(w.split()[0] for w in src["quantifiers"]),
        person_pronouns={fold(k): tuple(fold(h) for h in ([v] if isinstance(v, str) else v)) if v else None
                         for k, v in src["person_pronouns"].items()},
        feminine_pronouns=_forms(src["feminine_pronouns"]),
        feminine_marks=_forms(src["feminine_marks"]),
        describing_verbs=_forms(src["describing_verbs"]),
        demonstratives=_forms(src["demonstratives"]),
        self_words=_forms(w.split()[0] for w in src["self"]),
        issuer_links=Matcher((w, "issuer") for w in src["issuer_links"]),
        issuer_heads=_forms(src["issuer_heads"]),
        named_media=_forms(src["named_media"]),
        np_continues={fold(p): _forms(ws) | _forms("ال" + w for w in ws)
                      for p, ws in src["np_continues"].items()},
        np_stops=_forms(src["np_stops"]),
        seats=_forms(src["seats"]),
        adverbs=_forms(src["adverbs"]),
        when=_forms(src["adverbs"]) | _forms(src["time_words"]),
        office_heads=_forms(src["office_heads"]),
        events=_forms(src["events"]) | _forms("ال" + w for w in src["events"]),
        statement_nouns=_forms(src["statement_nouns"]),
        anchors=_forms(src["clause_anchors"]),
        addressees=_forms(src["addressees"]),
        connectives=_forms(src["connectives"]),
        titles=people.offices | people.ranks,
        months=_forms(w for names in calendar["months"].values() for w in names),
        place_nouns=_forms(src["place_nouns"]),
        function_words=people.stop,
        root_initials=tuple(fold(w) for w in cues["root_initials"]),
        resultative_fa=_forms(cues["resultative_fa"]),
        said_since=_forms(cues["said_since"]),
        already_did=_forms(cues["already_did"]),
        told_after=_forms(cues["told_after"]),
        received=_forms(cues["received"]),
        authored=_forms(cues["authored"]),
        masculine_places=_forms(cues["masculine_places"]),
        year_words=_forms(src["year_words"]),
        courtesies=_forms(cues["courtesies"]),
        text_heads=_forms(src["text_heads"]),
        narrator_frames=_forms(cues["narrator_frames"]),
        charges_in_frame=_forms(cues["charges_in_frame"]),
        nominal_stops=_forms(cues["nominal_stops"]),
        officials=_forms(src["referring_officials"]) | _forms("ال" + w for w in src["referring_officials"]),
        discourse_openers=Matcher((w, "opener") for w in cues["discourse_openers"]),
        turn_openers=Matcher((w, "turn") for w in cues["turn_openers"]),
        elatives=_forms(cues["elatives"]),
        number_words=_forms(src["number_words"]),
        document_adjectives=_forms(src["document_adjectives"]),
        body_offices={fold(k): fold(v) for k, v in src["body_offices"].items()},
        conditions=_forms(cues["conditions"]),
        media_tails=_forms(src["media_tails"]),
        numbered_units=_forms(src["numbered_units"]),
        unit_arms=_forms(src["unit_arms"]),
    )


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> tuple[str, ...]:
    """The word and its reading without the conjunction و/ف (memoised per word)."""
    if word[:1] in "وف" and len(word) > 2:
        return word, word[1:]
    return (word,)


@lru_cache(maxsize=1 << 16)
def _may_match(matcher: Matcher, word: str) -> bool:
    """Can a phrase of ``matcher`` start at this word (one of its proclitic readings
    opens a listed phrase)?  Memoised per word: most words open none."""
    return any(stem in matcher for stem, _, _ in stems(word))


def _match(matcher: Matcher, doc: Document, i: int):
    """``matcher.match_at(doc, i)``, looked up only at words that may open a phrase."""
    return matcher.match_at(doc, i) if _may_match(matcher, doc.tokens[i].text) else None


def _head_key(text: str) -> str:
    return _folded(text).removeprefix("ال")


# ------------------------------------------------------------------ records

@dataclass(slots=True)
class Source:
    name: str
    kind: str                  # person, organization, media, document, anonymous
    role: str | None
    start: int                 # norm span of the phrase as written
    end: int
    head: str | None = None    # head word, for phrases that refer back ("الصحيفة")
    referring: bool = False
    unnamed: bool = False      # an office holder without a name ("المتحدث باسم الحكومة")

    def referred_at(self, start: int, end: int) -> Source:
        """This source, named again at norm [start, end) by a phrase that refers back to it."""
        return Source(self.name, self.kind, self.role, start, end, self.head, True, self.unnamed)


# placeholders until the sentence is settled
DROPPED = "dropped"            # "وأوضح أن": the last speaker
CONTINUED = "continued"        # "مشيراً إلى أن": the source of the claim before
SPEAKER = "speaker"            # "…، الذي قال إن": the source of the claim before in the sentence, or none


@dataclass(slots=True)
class Construction:
    cue: int                   # token index of the cue
    cue_end: int               # last token of the cue phrase
    form: str                  # verb, participle, attribution, hedge
    stance: str
    clause: int                # norm position where the construction begins
    source: Source | None = None
    via: Source | None = None
    start: int | None = None   # content norm span
    end: int | None = None
    quoted: bool = False
    trailing: bool = False     # the content precedes the cue
    resumptive: bool = False   # "، وهو ما أكده …": the clause before, said again by another
    nominal: bool = False      # the content is a noun phrase ("أعرب عن قلقه …", "نفى صحة …")
    consumed: int = 0          # tokens before this index belong to cue and source
    aside: tuple[int, int] | None = None   # norm span of an attribution set inside the content


class _Sentence:
    """Token-level view of one sentence."""

    def __init__(self, doc: Document, sentence, lex: Lexicon):
        self.doc, self.s, self.lex = doc, sentence, lex
        self.tokens, self.norm, self.words = doc.tokens, doc.norm, _words(doc)
        self.breaks, self.break_list = _breaks(doc)
        toks = doc.tokens_between(sentence.start, sentence.end)
        self.first = toks[0].index if toks else 0
        self.last = toks[-1].index if toks else -1

    def gap(self, i) -> str:
        """What stands between token i-1 and token i (punctuation, quotes)."""
        start = self.s.start if i <= self.first else self.tokens[i - 1].end
        return self.norm[start:self.tokens[i].start]

    def gap_after(self, i) -> str:
        end = self.s.end if i >= self.last else self.tokens[i + 1].start
        return self.norm[self.tokens[i].end:end]

    def is_(self, i, words) -> bool:
        """Is token i, or its reading without و/ف (see ``_bare``), one of ``words``?"""
        for reading in _bare(self.words[i]):
            if reading in words:
                return True
        return False

    def breaks_before(self, i) -> bool:
        """Is there clause punctuation right before token i?"""
        if i > self.first:
            return i in self.breaks
        return bool(_CLAUSE_PUNCT.search(self.gap(i)))

    def breaks_inside(self, start, end) -> list[int]:
        """The tokens inside norm [start, end), but one starting at start, that have
        clause punctuation before them, in order."""
        toks = self.doc.tokens_between(start, end)
        if not toks:
            return []
        lo, hi = toks[0].index + (toks[0].start == start), toks[-1].index
        found = self.break_list[bisect_left(self.break_list, max(lo, self.first + 1)):
                                bisect_right(self.break_list, hi)]
        if lo <= self.first <= hi and self.breaks_before(self.first):   # the sentence's own gap
            found.insert(0, self.first)
        return found


def _words(doc: Document) -> list[str]:
    """The text of every token (the document keeps the list)."""
    return doc.words


def _breaks(doc: Document) -> tuple[set[int], list[int]]:
    """Tokens with clause punctuation (``_CLAUSE_PUNCT``) between them and the token
    before, found in one scan of the document: punctuation is never inside a token, so
    each mark belongs to the gap before the first token that starts after it."""
    breaks = doc.cache.get("claims_breaks")
    if breaks is None:
        norm = doc.norm
        marks = char_positions(norm, _CLAUSE_MARKS) + [
            pos for pos in char_positions(norm, "-")        # " - ": the pattern's \s-\s
            if 0 < pos < len(norm) - 1 and norm[pos - 1].isspace() and norm[pos + 1].isspace()]
        starts = doc._token_starts
        found = {bisect_right(starts, pos) for pos in marks}
        breaks = doc.cache["claims_breaks"] = found, sorted(found)
    return breaks


class _Context:
    """Per-document state: people, the speakers and sources met so far."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.people = sorted((m for m in entities.people(doc)
                              if m.kind == "person" and m.name and m.inside != "organization"),
                             key=lambda m: m.start)
        self._starts = [m.start for m in self.people]
        self.names: dict[int, tuple] = {}    # token inside a name -> (name's first, last, role's first)
        for m in self.people:
            toks = doc.tokens_between(m.start, m.end)
            for t in toks:
                self.names[t.index] = (toks[0].index, toks[-1].index, m.first_token)
        self.places = {p.start: p for p in entities.places(doc)}
        self.orgs = {o.start: o for o in entities.organisations(doc)}
        self.org_last = {o.first_token: o.last_token for o in entities.organisations(doc)}
        self.org_end = {o.end: o for o in entities.organisations(doc)}
        self.org_starts = [o.start for o in entities.organisations(doc)]   # (in text order)
        self.speakers: list[tuple[object, Source]] = []   # (sentence, source) of each claim
        self.mentions: list[Source] = []               # sources and relaying media, in order
        self.quoted_until = -1                         # end of the last quotation taken
        self.media: list[Source] | None = None         # media named with a title, on demand
        self.media_starts: list[int] = []
        self.place_tokens: set | None = None            # tokens inside a known place, on demand
        self.phrases: dict[int, list[str]] = {}         # person's start -> source phrases naming him
        self.roles: dict[int, tuple] = {}               # person's start -> (role heads, role words)
        self.by_name: dict[str, list] | None = None     # person's name -> his mentions, on demand
        self.titled_from: dict[tuple, int | None] = {}   # (name, title) -> his first mention with it
        self._starting: dict[int, object] = {}          # token -> person_starting(token)

    def person_in(self, first: int, last: int):
        """The first person named inside tokens first..last."""
        toks = self.doc.tokens
        lo, hi = toks[first].start, toks[last].end
        k = bisect_left(self._starts, lo)
        if k < len(self.people) and self.people[k].start < hi:
            return self.people[k]
        return None

    def person_starting(self, i: int):
        """A person whose title or name starts at token i (memoised per token)."""
        if i not in self._starting:
            self._starting[i] = self._person_starting(i)
        return self._starting[i]

    def _person_starting(self, i: int):
        tok = self.doc.tokens[i]
        k = bisect_left(self._starts, tok.start)
        if k < len(self.people) and self.people[k].start < tok.end:
            return self.people[k]
        for m in self.people[max(0, k - 3):k + 3]:
            if m.first_token == i:
                return m
        return None

    def people_before(self, pos: int, reach: int = 200):
        """People named before pos, nearest first (at most ``reach`` of them)."""
        top = bisect_left(self._starts, pos)
        for k in range(top - 1, max(-1, top - 1 - reach), -1):
            yield self.people[k]

    def last_speaker(self, sentence) -> Source | None:
        """The source of the last claim, a few sentences back at most, in the same article."""
        if not self.speakers:
            return None
        before, src = self.speakers[-1]
        if sentence.index - before.index > SPEAKER_REACH or before.section != sentence.section:
            return None
        return src

    def remember(self, sentence, c: Construction) -> None:
        src = c.source
        if src.kind == "person" and not src.referring:   # "المتحدث باسم الرئاسة، السفير فلان"
            k = bisect_left(self._starts, src.start)
            phrase = self.doc.norm[src.start:src.end]
            while k < len(self.people) and self.people[k].start < src.end:
                known = self.phrases.setdefault(self.people[k].start, [])
                if phrase not in known:
                    known.append(phrase)
                    self.roles.pop(self.people[k].start, None)
                k += 1
        self.speakers.append((sentence, c.source))
        self.mentions.append(c.source)
        if c.via is not None:
            self.mentions.append(c.via)


# ------------------------------------------------------------------ entry point

def extract(doc: Document) -> list[dict]:
    lex = lexicon()
    ctx = _Context(doc, lex)
    out, seen = [], set()
    cues = [doc.tokens[i].start for i in _cue_starts(doc, lex)]
    for sentence in doc.sentences:
        k = bisect_left(cues, sentence.start)
        if sentence.kind != "body" or k == len(cues) or cues[k] >= sentence.end:
            continue                       # not a body sentence, or no word in it may be a cue
        sv = _Sentence(doc, sentence, lex)
        if sv.last < sv.first:
            continue
        for c in _constructions(ctx, sv):
            content = _content(ctx, sv, c)
            if content is None:
                continue
            start, end, quoted = content
            key = _content_key(doc, start, end)
            if key not in seen:
                seen.add(key)
                out.append(_record(ctx, sv, c, len(out) + 1, start, end, quoted))
    return out


# ------------------------------------------------------------------ constructions

def _constructions(ctx: _Context, sv: _Sentence) -> list[Construction]:
    found: list[Construction] = []
    tokens, starts = sv.doc.tokens, _cue_starts(sv.doc, sv.lex)
    free = sv.first                                # tokens before this belong to a construction
    for k in range(bisect_left(starts, sv.first), len(starts)):
        i = starts[k]
        if i > sv.last:
            break
        if i < free or tokens[i].start < ctx.quoted_until:     # nothing inside a quotation is a cue
            continue
        c = _parse_at(ctx, sv, i)
        if c is None:
            continue
        if c.form != "hedge":
            found.append(c)
            if c.quoted:
                ctx.quoted_until = c.end
        free = max(i + 1, c.consumed)
    return _settle(ctx, sv, found)


def _opens_attribution(word: str, lex: Lexicon) -> bool:
    """Can an attribution phrase start at this word ("وبحسب": up to two proclitics)?"""
    starts = lex.attribution_words
    return word in starts or word[1:] in starts or word[2:] in starts


def _cue_starts(doc: Document, lex: Lexicon) -> list[int]:
    """Sorted indexes of the tokens where a cue may start (once per document): one of
    their proclitic readings is a verb of saying, a participle or opens an attribution.

    The readings (``stems``) include the word itself and the word without و/ف (the
    readings ``_parse_at`` tries) and every reading the attribution matcher tries."""
    starts = doc.cache.get("claims_cue_starts")
    if starts is None:
        readings = reading_index(doc)
        starts = sorted({i for word in lex.cue_words.intersection(readings) for i in readings[word]})
        doc.cache["claims_cue_starts"] = starts
    return starts


@lru_cache(maxsize=1 << 16)
def _is_cue(word: str) -> bool:
    """Is a reading of the word a verb of saying or a participle (memoised per word)?"""
    lex = lexicon()
    return any(r in lex.verbs or r in lex.participles for r in _bare(word))


def _parse_at(ctx, sv, i) -> Construction | None:
    lex = sv.lex
    t = sv.words[i]
    if i > sv.first and sv.words[i - 1] in _CUT_PREPOSITIONS:
        return None                 # "لـ«رأي اليوم»": the noun of a preposition cut off by a tatweel
    if _opens_attribution(t, lex):
        m = _match(lex.attributions, sv.doc, i)     # "وبحسب": up to two proclitics
        if m is not None:
            return _attribution(ctx, sv, i, m.last, m.payload == "resumptive")
    if t in lex.relatives:
        return _relative_report(ctx, sv, i, lex.relatives[t])
    for r in _bare(t):
        if r in lex.verbs:
            return _verb(ctx, sv, i, lex.verbs[r])
        if r in lex.participles:
            return _participle(sv, i, lex.participles[r])
    noun = _verbal_noun(t, lex)
    if noun is not None:
        return _noun_cue(ctx, sv, i, noun)
    return None


def _verbal_noun(word: str, lex: Lexicon) -> str | None:
    """The stance of a noun of saying read in ``word`` ("وبإعلان": up to two proclitics)."""
    for cut in range(3):
        if cut and word[cut - 1] not in "وفبل":
            break
        if word[cut:] in lex.verbal_nouns:
            return lex.verbal_nouns[word[cut:]]
        if word[cut:cut + 2] == "ال" and word[cut + 2:] in lex.verbal_nouns:
            return lex.verbal_nouns[word[cut + 2:]]          # "إلى التأكيد أن"
    return None


def _noun_cue(ctx, sv, i, stance) -> Construction | None:
    """"وتزامن اللقاء مع إعلان وزارة الدفاع التركية أن …": the genitive after a noun of
    saying is the source when a complementizer follows it at once."""
    j = i + 1
    if j > sv.last or sv.breaks_before(j):
        return None
    if _definite(sv.words[i]):
        if j == sv.last or not _complementizer(sv.words[j]):
            return None
        c = Construction(i, i, "noun", stance, sv.tokens[i].start)
        c.source = _clause_subject(ctx, sv, i)
        return _open(sv, c, j + 1) if c.source is not None else None
    if _told_medium(ctx, sv, j):
        return None         # "في تصريح لوكالة «تاس» بأن …": the medium it was given to
    end = _np_end(ctx, sv, j)
    k = end + 1
    if k < sv.last and not sv.breaks_before(k) and _is_adjunct(sv.words[k]):
        # "إعلان مجموعة فاغنر عبر تليغرام أنها": a short adjunct before the complementizer
        k = next((n for n in range(k + 1, min(k + 4, sv.last)) if _complementizer(sv.words[n])
                  and not any(sv.breaks_before(p) or _is_cue(sv.words[p]) for p in range(k + 1, n + 1))), k)
    aside = k < sv.last and "،" in sv.gap(k) and _aside_before_content(sv, k) and _aside_close(sv, k) - k <= 6
    if aside:
        k = _aside_close(sv, k)             # "تصريح كاتس، يوم الأحد، بأن": a short aside in commas
    if k >= sv.last or sv.breaks_before(k) and not aside or not _complementizer(sv.words[k]):
        return None
    c = Construction(i, i, "noun", stance, sv.tokens[i].start)
    c.source = _source(ctx, sv, j, end, strict=True)
    if c.source is None:
        return None
    return _open(sv, c, k + 1)


def _clause_subject(ctx, sv, i) -> Source | None:
    """"في حين سارع الفيلق الأفريقي إلى التأكيد أن": the subject of the verb that governs
    a definite noun of saying (after its preposition), in the same clause."""
    p = i - 1 if i > sv.first and sv.words[i - 1] in ("الي", "علي") else i
    b = p
    while b > max(sv.first, p - MAX_GAP) and not sv.breaks_before(b):
        b -= 1
    while b < p and (sv.words[b] in sv.lex.connectives or sv.words[b] in ("في", "حين")):
        b += 1                                   # "، في حين", "، فيما"
    if b + 1 > p - 1:
        return None
    end = min(p - 1, _np_end(ctx, sv, b + 1))
    end = next((n - 1 for n in range(b + 2, end + 1) if sv.is_(n, sv.lex.affiliations)), end)
    return _source(ctx, sv, b + 1, end, strict=True)     # (without "التابع لوزارة الدفاع")


# -- verbs of saying

def _verb(ctx, sv, i, verb: Verb) -> Construction | None:
    lex = sv.lex
    already = _already_did(ctx, sv, i) if verb.tense == "past" else None
    told_after = verb.tense == "present" and i - 2 >= sv.first and sv.words[i - 1] == "ان" \
        and not sv.breaks_before(i) and sv.is_(i - 2, lex.told_after)      # "قبل أن يعلن الوزير أن"
    if i > sv.first and not sv.breaks_before(i) and sv.words[i - 1] in _NOT_SAID and already is None \
            and not told_after \
            and not (_in_quoted_name(sv, i - 1) and _media_before_quote(sv, i - 1)) \
            and not (verb.tense == "past" and sv.words[i - 1] == "ان" and i - 2 >= sv.first
                     and sv.is_(i - 2, lex.said_since)):   # ("شبكة «سي إن إن» نقلت", "منذ أن أفادت")
        return None
    if i > sv.first and not sv.breaks_before(i) and sv.words[i - 1] != "من" and sv.is_(i - 1, _PREPOSITIONS):
        return None                               # "مع تجدد الخلاف": a verbal noun, no verb
    if sv.is_(i, lex.elatives) and i < sv.last and not _definite(sv.words[i + 1]) \
            and ctx.names.get(i + 1) is None and ctx.org_last.get(i + 1) is None:
        return None                               # "وأبرز بنود الاتفاق أن": the most prominent of them
    if sv.words[i] not in lex.verbs and i > sv.first and sv.words[i - 1][-1:].isdigit() and not sv.breaks_before(i):
        return None                               # "بـ300 فرد": a counted noun, no "ف" + "رد"
    c = Construction(i, i, "verb", verb.stance, sv.tokens[i].start)
    if already is not None:                       # "سبق لوزارة الدفاع أن أعلنت أن"
        c.source, c.clause = already
    conj = sv.words[i] not in lex.verbs            # "وقال", "فأكد"
    j = i + 1
    if j <= sv.last and _is_participle(sv.words[j]):
        c.cue_end = j                             # "وتابع قائلاً إن"
        j += 1
    while j < sv.last and sv.words[j] in lex.adverbs and not sv.breaks_before(j):
        j += 1                                    # "وكانت تتحدث دائما عن": an adverb is no subject
    subject_right = in_statement = framed = disagreed = False
    if not conj and j <= sv.last and i > sv.first and not sv.breaks_before(i) \
            and (verb.addressee or _after_complementizer(sv, i)) and not _opens_content(sv, j, verb):
        left = _left_subject(ctx, sv, i, loose=True)
        if left is not None:                      # "أن عون أبلغ لاريجاني أن": the addressee follows,
            c.source, c.clause = left             # "أن الوفد أبدى اهتماما": the object
            j = _np_end(ctx, sv, j) + 1 if verb.addressee else j
    if c.source is None and j < sv.last and sv.words[j] in _PRONOUN_PREPS and not sv.breaks_before(j + 1):
        in_statement, framed = sv.words[j] in ("فيه", "فيها"), True
        j += 1                                    # "قال فيها الوزير إن", "قالت له الوزارة إن"
    if c.source is None and j <= sv.last and not sv.breaks_before(j) and not _opens_content(sv, j, verb) \
            and not _is_adjunct(sv.words[j]) and not _told_medium(ctx, sv, j) \
            and not (_opens_attribution(sv.words[j], lex) and _match(lex.attributions, sv.doc, j)):
        # (but "وأبلغهم بحسب مصادر X أن": the sources relay what he said)
        if sv.is_(j, lex.events):
            return None                           # "كشفت حادثة X عن …": an event shows, it says nothing
        end = _np_end(ctx, sv, j, verb)
        if end > j and sv.words[end] in _ISSUED and (end == sv.last or sv.words[end + 1] != "عن"):
            end -= 1                              # "أكد البلاغ المشترك | الصادر عقب الاجتماع أن"
        c.source = _source(ctx, sv, j, end, strict=bool(verb.objects))   # "يسلط هذا الحدث الضوء"
        if c.source is not None and verb.nominal_object and _opens_object(sv, j) \
                and (end == sv.last or not _opens_content(sv, end + 1, verb)):
            c.source = None                       # "أكد خلاله تضامن بلاده مع …": the object, no subject
        if c.source is not None and _disagrees(ctx, sv, i, j, end):
            c.source, disagreed = None, True      # "فيما يتهم الإمارات بتزويد …": the object
        if c.source is not None and verb.nominal_object and verb.stance == "deny" and not conj and i > sv.first \
                and _source(ctx, sv, j, end, strict=True) is None and _left_subject(ctx, sv, i) is not None:
            c.source = None                       # "وكانت الإمارات قد نفت تقديم أي دعم": the object
        if c.source is not None:
            subject_right = True
            end = _paren_end(sv, end + 1) or end       # "وكالة الأنباء السورية (سانا) بأن"
            c.source, j = _apposition(ctx, sv, c.source, end + 1)
    if told_after and not subject_right:
        return None                               # "قبل أن يعلن": no subject of its own, nothing said
    if c.source is None and in_statement:
        c.source = _statement_issuer(ctx, sv, i)  # "تقرير لوكالة X نقلت فيه عن", "تصريحات فلان، التي قال فيها إن"
    if c.source is None and i - 1 > sv.first and sv.words[i - 1] in _RELATIVES and sv.breaks_before(i - 1):
        # "والتقت رئيس الحكومة نواف سلام، الذي أكد أمامها أن": the person right before
        person = next(ctx.people_before(sv.tokens[i - 1].start, reach=1), None)
        if person is not None and (sv.doc.norm[person.end:sv.tokens[i - 1].start].strip(" ،,") == ""
                                   or _where_met(ctx, sv, _last_token_of(ctx, person) + 1, i - 1)):
            c.source = Source(person.name, "person", person.role, person.start, person.end)
        else:   # "هجوم تبناه تنظيم الدولة الإسلامية، الذي أعلن أن": the body right before
            pos, norm = sv.tokens[i - 1].start, sv.doc.norm
            while pos > 0 and norm[pos - 1] in " ،,":
                pos -= 1
            body = ctx.org_end.get(pos)
            if body is not None:
                kind = "media" if body.subtype == "media" else "organization"
                c.source = Source(body.name, kind, None, body.start, body.end)
            elif verb.tense == "past" and not any(_head_kind(sv, p) is not None or ctx.names.get(p) is not None
                                                  for p in range(max(sv.first, i - 4), i - 1)):
                # "أعلن الناطق أن الطيران دمر … في مطار نيالا، الذي قال إن «الميليشيا» حولته":
                # a place or thing, which says nothing: the speaker of the claim before said it
                c.source, c.clause = Source("", SPEAKER, None, 0, 0), sv.tokens[i - 1].start
    if c.source is None and verb.textual and verb.tense == "present":
        c.source = _described_text(ctx, sv, i)     # "وقع الرئيس أمراً تنفيذياً | ينص على أن"
    if c.source is None:
        if sv.is_(i, lex.narrator) and verb.tense != "past":
            return None                           # "ويذكر أن": the writer's own aside
        left = _topic(ctx, sv, i) if conj else _left_subject(ctx, sv, i)
        if in_statement and not conj:             # "أدلى الوزير بتصريحات أكد فيها أن"
            subject = _sentence_subject(ctx, sv, c)
            left = (subject, c.clause) if subject is not None else left
        if left is not None:
            c.source, c.clause = left
        elif verb.tense == "past" and (i == sv.first or sv.breaks_before(i) or conj
                                       or sv.is_(i - 1, lex.anchors)     # "لكنه أكد أن"
                                       or sv.words[i - 1] in ("وقد", "فقد") and sv.breaks_before(i - 1)
                                       or _describes_indefinite(sv, i, j)) \
                or verb.tense == "present" and conj and (i == sv.first or sv.breaks_before(i)) \
                and j <= sv.last and _complementizer(sv.words[j]) and not _inside_quotation(sv, i) \
                or disagreed and i > sv.first and sv.is_(i - 1, lex.connectives):    # "، فيما يتهم الإمارات"
            c.source = Source("", DROPPED, None, 0, 0)    # (and "يقول مصدر …، ويضيف أن")
        else:
            return None
    if j < sv.last and not sv.breaks_before(j) and _told_medium(ctx, sv, j):
        j = _np_end(ctx, sv, j, verb) + 1          # "نفى مصدر لإذاعة المدينة | وجود …"
    if verb.relay:
        return _relay(ctx, sv, c, j, verb)
    found = _content_after(ctx, sv, c, j, verb, subject_right or disagreed)
    if told_after and found is not None and found.nominal:
        return None                               # "قبل أن يعلن البلدان استئناف العلاقات": a decision told
    if found is None and subject_right and not conj and i > sv.first and sv.breaks_before(i) and not framed \
            and not verb.textual \
            and not any(d in sv.gap(i) for d in "-–—") and not sv.is_(i, lex.elatives) \
            and (j > sv.last or sv.breaks_before(j) or not _np_continues_object(sv, j)):
        # "«الوضع تحت السيطرة»، قال قائد الشرطة": the content comes first (but not
        # "…، أقرّ خلالها الجانبان برنامج الشراكة": the verb has an object of its own,
        # nor "…، جدد خلاله التعازي": a verb set in the event just told has its object after it,
        # nor "مقديشو (هيران أونلاين) - أعلنت …": a dateline's dash, nor "…، أبرز المنشآت": an elative)
        c.trailing, c.start, c.end, c.consumed = True, sv.s.start, sv.tokens[i].start, j
        return c
    return found


def _disagrees(ctx, sv, i, j, end) -> bool:
    """"فيما يتهم الإمارات": a masculine verb at i and a feminine country alone at j..end, or
    before a charge after ب (one not listed as masculine): the country is no subject, the
    verb's object (cities are left alone: many are also names, "براك")."""
    place = ctx.places.get(sv.tokens[j].start)
    if place is None or place.subtype != "country" or sv.is_(j, sv.lex.masculine_places) \
            or ctx.names.get(j) is not None:
        return False
    if place.end != sv.tokens[end].end and not (place.last_token < end and sv.words[place.last_token + 1][:1] == "ب"):
        return False        # (or the charge after it: "يتهم الإمارات بتزويدهم")
    verbs = sv.lex.verbs
    form = next((r for r in _bare(sv.words[i]) if r in verbs), None)
    if form is None:
        return False
    return form[:1] == "ي" if verbs[form].tense == "present" else not form.endswith(("ت", "تا", "ن"))


def _describes_indefinite(sv, i, j) -> bool:
    """"عرضت فلانة خارطة طريق قالت إنها تهدف …": a verb of saying right after an indefinite
    noun, its clause opening at once, describes that noun; the one who said it is the
    sentence's subject."""
    before = _bare(sv.words[i - 1])[-1]
    if not (j == i + 1 and j < sv.last and _complementizer(sv.words[j]) and not sv.breaks_before(j)
            and not _definite(before) and before[:1] not in "لب" and not _is_adjunct(before)
            and before not in sv.lex.function_words and before not in _NOT_SAID and not before.isdigit()):
        return False
    head = i - 1
    while head > sv.first and _INDEFINITE_NISBA.match(sv.words[head]) and not sv.breaks_before(head):
        head -= 1
    return _head_kind(sv, head) is None        # ("تقارير إعلامية قالت إن": the reports say it)


def _described_text(ctx, sv, i) -> Source | None:
    """"وقع أمراً تنفيذياً ينص على أن": an indefinite noun and its adjectives right before a
    text's own present verb is the text that says it."""
    if i <= sv.first or sv.breaks_before(i):
        return None
    head = i - 1
    while head > sv.first and _ADJECTIVE.match(sv.words[head]) and not sv.breaks_before(head):
        head -= 1
    t = sv.words[head]
    if not _bare_noun(t) or _is_adjunct(t) or t in sv.lex.function_words or _is_cue(t):
        return None
    return _source(ctx, sv, head, i - 1, strict=False)


_ADJECTIVE = re.compile(r"^\w{2,30}(?:ي|يا|يه|يين|يون|يان)$")   # folded: "تنفيذيا", "دفاعيه"


def _already_did(ctx, sv, i):
    """"سبق لوزارة الدفاع الوطني أن أعلنت": the subject of the verb at i is the phrase after
    the ل of "سبق لـ" before its أن (a known source only); (source, clause start) or None."""
    if i - 3 < sv.first or sv.words[i - 1] != "ان" or sv.breaks_before(i) or sv.breaks_before(i - 1):
        return None
    for k in range(i - 3, max(sv.first, i - 3 - MAX_SUBJECT) - 1, -1):
        if sv.breaks_before(k + 1):
            return None
        if sv.is_(k, sv.lex.already_did):
            if sv.words[k + 1][:1] != "ل":
                return None
            src = _source(ctx, sv, k + 1, i - 2, strict=True)
            if src is not None and src.start == sv.tokens[k + 1].start and sv.words[k + 1][:2] != "لل":
                src = replace(src, start=src.start + 1)      # "لحفتر": the name without its ل
            return (src, sv.tokens[k].start) if src is not None else None
    return None


def _statement_issuer(ctx, sv, i) -> Source | None:
    """"تقرير لوكالة أسوشيتد برس نقلت فيه عن …", "تصريحات الفريق فلان في مارس، التي قال
    فيها إن": a verb with فيه/فيها right after an indefinite statement noun's phrase (or
    the relative clause on it) is said by whoever the noun's genitive names."""
    k = i - 1
    if k > sv.first and sv.words[k] in _RELATIVES and sv.breaks_before(k):
        k -= 1
    for n in range(k, max(sv.first, k - MAX_GAP) - 1, -1):
        if n < k and sv.breaks_before(n + 1):
            return None
        w = sv.words[n]
        if any(r in sv.lex.statement_nouns for r in _bare(w)) or w[:1] == "ب" and w[1:] in sv.lex.statement_nouns:
            if n == k:
                return None               # "أدلى بتصريحات أكد فيها": no genitive, the subject said it
            src = _source(ctx, sv, n + 1, min(k, _np_end(ctx, sv, n + 1)), strict=True) \
                or _source(ctx, sv, n, min(k, _np_end(ctx, sv, n)), strict=True)    # ("تقرير لوكالة X")
            return src if src is not None and src.kind != "anonymous" else None
    return None


def _topic(ctx, sv, i):
    """"أما «سنتكوم» فأوضحت أن": the topic after أما is the subject of the verb with ف
    (a comma may close it: "أما الوزارة، فقالت")."""
    if not sv.words[i].startswith("ف"):
        return None
    for k in range(i - 1, max(sv.first, i - MAX_SUBJECT) - 1, -1):
        if sv.words[k] == "اما":
            src = _source(ctx, sv, k + 1, i - 1, strict=False) if k + 1 < i else None
            return (src, sv.tokens[k].start) if src is not None else None
        if sv.breaks_before(k + 1) and k + 1 < i:
            return None
    return None


def _relative_report(ctx, sv, i, verb) -> Construction | None:
    """"ما نشرته صحيفة X في أكتوبر من أن …": a verb whose pronoun takes up ما reports
    the clause that من/عن أن opens after its subject, and nothing else."""
    if i == sv.first or sv.breaks_before(i) or sv.words[i - 1] not in ("ما", "مما", "لما") or i == sv.last:
        return None
    c = Construction(i, i, "verb", verb.stance, sv.tokens[i].start)
    j = i + 1
    if sv.breaks_before(j) or _is_adjunct(sv.words[j]):
        return None
    end = _np_end(ctx, sv, j, verb)
    c.source = _source(ctx, sv, j, end, strict=False)
    if c.source is None:
        return None
    c.source, j = _apposition(ctx, sv, c.source, (_paren_end(sv, end + 1) or end) + 1)
    found = _content_after(ctx, sv, c, j, verb, True)
    opener = sv.doc.token_at(found.start) if found is not None and found.start is not None else None
    k = opener.index if opener is not None else 0
    if k - 2 < j or not _complementizer(sv.words[k - 1]) or not sv.is_(k - 2, verb.preps):
        return None
    return found


def _where_met(ctx, sv, n, rel) -> bool:
    """"بلقاء الرئيس فلان في بعبدا، الذي شدد على أن": tokens n..rel-1 between a person and
    the relative pronoun at ``rel`` say only where he was (a place, or one bare word after في)."""
    if n >= rel or sv.words[n] != "في" or sv.breaks_before(n):
        return False
    return _seat(ctx, sv, n) == rel - 1 or (rel - n == 2 and not _definite(sv.words[n + 1])
                                            and not _closes_source(sv.words[n + 1]))


def _told_medium(ctx, sv, j) -> bool:
    """"نفى لإذاعة المدينة وجود …": ل and a medium right after the verb is whom it was
    told, never its subject."""
    return sv.words[j][:1] == "ل" and (_head_kind(sv, j) == "media" or _medium_at(ctx, sv, j, cut=1))


def _after_complementizer(sv, i) -> bool:
    """"أن الوفد الأمريكي أبدى …": a short noun phrase between a complementizer and the
    verb, with no punctuation, is the verb's subject."""
    for k in range(i - 2, max(sv.first, i - 5) - 1, -1):
        if sv.breaks_before(k + 1):
            return False
        if _complementizer(sv.words[k]):     # (but "قبل أن يعقدا مؤتمراً قال فيه": no complementizer,
            return not (k > sv.first and sv.is_(k - 1, sv.lex.blockers)   # while "إلا أن مصدراً أوضح" has one)
                        and sv.words[k - 1] not in ("الا", "غير"))
    return False


def _opens_content(sv, j, verb) -> bool:
    return (":" in sv.gap(j) or _quote_is_content(sv, j)
            or _complementizer(sv.words[j]) or sv.is_(j, verb.preps))


@lru_cache(maxsize=1 << 16)
def _is_adjunct(t: str) -> bool:
    """A word that opens an adjunct, not a subject ("في بيان", "للصحفيين", "أمس", "17")."""
    lex = lexicon()
    return (any(r in lex.np_stops or r in lex.months for r in _bare(t)) or t.isdigit()
            or t.startswith("لل") or t in ("له", "لها", "لهم", "لنا", "لي") or t in _CUT_PREPOSITIONS)
    # ("ل", "ب": a preposition cut off its noun by a tatweel or quotes, "لـ«بغداد اليوم»")


@lru_cache(maxsize=1 << 16)
def _complementizer(word: str) -> bool:
    """أن، إن، بأن (also after و/ف), memoised per word."""
    return any(r in lexicon().complementizers for r in _bare(word))


def _apposition(ctx, sv, src, j):
    """"المحلل في المجلس الأطلسي، عماد الدين بادي، من أن": the name after a role."""
    if src.kind == "person" and src.unnamed and j < sv.last and not sv.breaks_before(j) \
            and sv.words[j] in ("في", "لدي"):
        n = j + 1           # "نائب وزير الأمن | في جوبالاند، عدن أحمد حاجي،": the office's place first
        while n <= sv.last and not sv.breaks_before(n) and _place_word(ctx, sv, n):
            n += 1
        last = _unknown_name(sv, n) if n > j + 1 and n <= sv.last and sv.breaks_before(n) \
            and ctx.person_starting(n) is None else None
        if last is not None:
            return _named_holder(sv, src, n, last), last + 1
    if (src.kind == "person" and not src.unnamed) or j > sv.last or not sv.breaks_before(j):
        return src, j
    m = ctx.person_starting(j)
    if m is None and _is_title(sv.words[j]):     # "المتحدث باسم البنتاغون، الجنرال بات رايدر،",
        for n in range(j + 1, min(j + 4, sv.last + 1)):      # "…، الفريق أول ياسر العطا،": a rank first
            if sv.breaks_before(n):
                break
            m = ctx.person_starting(n)
            if m is not None and m.start == sv.tokens[n].start:
                break
            m = None
    if m is None and src.unnamed and _is_title(sv.words[j]):
        n = next((n for n in range(j + 1, min(j + MAX_SUBJECT, sv.last + 1)) if sv.breaks_before(n)), None)
        if n is not None and n > j + 1 and sv.gap(n).strip() in ("،", ","):
            named, after = _apposition(ctx, sv, src, n)
            if named is not src:    # "وزير الخارجية، الناطق باسم الحكومة، السيد فلان،": a second role
                return named, after
    if m is None and src.unnamed:
        last = _unknown_name(sv, j)
        if last is not None:        # "المتحدث باسم الجيش، فلان فلان، إن": a name the gazetteer lacks
            return _named_holder(sv, src, j, last), last + 1
    if m is None:
        return src, j
    last = _last_token_of(ctx, m)
    if last < sv.last and not sv.breaks_before(last + 1) and not _complementizer(sv.words[last + 1]):
        return src, j       # (but "الأمين العام للحلف (الناتو) مارك روته إن")
    return Source(m.name, "person", m.role or src.name, src.start, m.end), last + 1


def _named_holder(sv, src, first, last) -> Source:
    """The office ``src`` held by the person named by tokens first..last."""
    name = _clean(sv.doc.original(sv.tokens[first].start, sv.tokens[last].end))
    return Source(name, "person", src.name, src.start, sv.tokens[last].end)


def _unknown_name(sv, j) -> int | None:
    """Two to four bare words from token j set off by commas after an unnamed office, none
    a function, time or cue word nor a number: its holder's name (the last token)."""
    for last in range(j + 1, min(j + 4, sv.last)):
        if sv.breaks_before(last):
            return None
        if sv.breaks_before(last + 1):
            if not sv.gap(last + 1).strip().startswith(("،", ",")):
                return None
            break
    else:
        return None
    ok = all(_bare_noun(w) and not w.isdigit() and not _closes_source(w) and not _is_adjunct(w)
             and not _opens_clause(w) and w not in sv.lex.when and not _is_title(w) and not _is_address(w)
             for w in sv.words[j:last + 1])
    return last if ok and _head_kind(sv, j) is None else None      # (not "، مصدر عسكري،")


_WHERE_WORDS = frozenset(("في", "داخل", "من", "لدي", "ب"))   # folded
QUOTED_NAME_CHARS = 30        # a quoted name ("«سي إن إن»", "«وول ستريت جورنال»"), not a quotation
_ISSUED = frozenset(("الصادر", "الصادره", "المنشور", "المنشوره"))   # folded: "التقرير الصادر في …"


def _left_subject(ctx, sv, i, loose=False):
    """``X (قد) أكد أن``: the source stands before the verb, back to a clause anchor
    (``loose``: after a complementizer too, any short phrase: "أن عون أبلغ لاريجاني")."""
    lex = sv.lex
    k = i - 1
    while k >= sv.first and sv.words[k] in ("قد", "لقد"):
        k -= 1
    if k > sv.first and sv.words[k] in _FA_AUXILIARIES:
        return _topic(ctx, sv, k)       # "أما الشيخ فلان فكان قد أعلن أن", "أما الوزارة فقد أكدت"
    if k > sv.first and sv.words[k] in _RELATIVES and not sv.breaks_before(k):
        # "نفت الوزارة صحة التقارير التي تحدثت عن …": the noun the relative clause is
        # about, when it can be a source at all
        src = _source(ctx, sv, k - 1, k - 1, strict=True)
        return (src, sv.tokens[k - 1].start) if src is not None else None
    if k > sv.first and sv.words[k] in _RELATIVES:
        k -= 1          # "وفق ما أعلنته الرئاسة السورية، | التي قالت": the phrase before the comma
    end = k
    before_that = i < sv.last and (_complementizer(sv.words[i + 1])    # "… أكد أن", "… أكد «…»"
                                   or _quote_is_content(sv, i + 1)
                                   or i + 1 < sv.last and sv.words[i + 1] in _PREPOSITIONS
                                   and _complementizer(sv.words[i + 2]))        # "… أشار إلى أن"
    while k >= sv.first:
        if end - k >= MAX_SUBJECT:
            return None
        if (sv.is_(k, lex.anchors) or _is_cue(sv.words[k]) or _complementizer(sv.words[k])) \
                and not (_in_quoted_name(sv, k) and _media_before_quote(sv, k)):
            break
        named = _match(lex.attributions, sv.doc, k) if before_that and k > sv.first \
            and _opens_attribution(sv.words[k], lex) else None
        if named is not None:
            k = named.last                                  # "…، وفق بيان لقوة الدفاع أكد أن": the
            break                                           # statement a trailing attribution names
        k -= 1
    first = k + 1
    if first > end or _is_adjunct(sv.words[first]):
        return None
    for p in range(first + 1, end + 1):              # "الوكالة السورية (سانا) قد ذكرت"
        if "(" in sv.gap(p) and _paren_end(sv, p) == end:
            end = p - 1
            break
    anchored = (k >= sv.first and end - first < 4 and (_joins(sv, k) or sv.is_(k, lex.anchors)
                and (loose or not _complementizer(sv.words[k]))))          # "لكن المعارضة قالت"
    src = _source(ctx, sv, first, end, strict=not anchored)
    if src is None and k >= sv.first and (_joins(sv, k) or sv.is_(k, lex.anchors)):
        # "لكن مصدراً أمنياً في قضاء البغدادي أفاد": the source before a place it is in
        where = next((p for p in range(first + 1, min(end, first + 4)) if sv.words[p] in _WHERE_WORDS), None)
        if where is not None and (ctx.orgs.get(sv.tokens[where + 1].start) is not None
                                  or _continues(sv, first, where - 1, where)):
            src = _source(ctx, sv, first, end, strict=False)     # "مسؤولاً في وزارة الدفاع"
        elif where is not None:
            src = _source(ctx, sv, first, where - 1, strict=False)
    if src is None or _object_after_person(ctx, sv, k, first, end):
        return None
    return src, sv.tokens[max(k, first)].start


def _object_after_person(ctx, sv, k, first, end) -> bool:
    """"نفى الوزير فلان وجود «أي معطيات» تشير إلى …": a phrase reaching back to a verb of
    saying holds that verb's subject and then its object (a noun that opens the content);
    the verb after them describes the object, it has no subject of its own there."""
    if k < sv.first or not _is_cue(sv.words[k]):
        return False
    person = ctx.person_in(first, end)
    after = _last_token_of(ctx, person) + 1 if person is not None else end + 1
    return after <= end and not sv.breaks_before(after) and _is_object_head(sv.words[after])


def _content_after(ctx, sv, c, j, verb, subject_right) -> Construction | None:
    """Find where the content starts after the verb (and its source)."""
    lex = sv.lex
    subject_left = c.clause < sv.tokens[c.cue].start
    skip_to, relayed_to = j, None
    needs_object = bool(verb.objects)
    k, bound = j - 1, min(j + MAX_GAP, sv.last + 1)
    while True:
        k += 1
        if k >= bound:
            break
        if k < skip_to:
            continue
        if needs_object:
            if not sv.is_(k, verb.objects):
                if k - j > 8 or k > j and sv.breaks_before(k) and not _is_adjunct(sv.words[k]):
                    return None
                continue
            needs_object = False                   # "يسلط التقرير الضوء على …"
            c.cue_end = max(c.cue_end, k) if k == c.cue + 1 else c.cue_end
            continue
        breaks = sv.breaks_before(k) and not (k > j and sv.words[k - 1] == "ل") and not (
            k - 2 >= j and sv.words[k - 2] == "ل" and sv.gap(k).strip() in (")", "»", '"'))
        # (a colon is clause punctuation; the brackets of "لـ(سونا) عقب …" are no break)
        if breaks and ":" in sv.gap(k):
            if k - 1 >= j and "(" in sv.gap(k - 1):
                return None                        # "… يتابع التمرين (صورة: وزارة الدفاع)": a label
            if _complementizer(sv.words[k]) and not _quote_is_content(sv, k):
                k += 1                             # "وأضاف: أن …" (but "وقال: «إن …»")
            return _open(sv, c, k) if k <= sv.last else None
        if k == j and _quote_is_content(sv, k):
            return _open(sv, c, k)
        if k > j and _QUOTE in sv.gap(k) and _quote_after_adjunct(sv, j, k):
            return _open(sv, c, k)                 # 'وقال صالح للصحفيين في أدري "…"'
        if k == j and k < sv.last and _is_saying(sv.words[k]):
            continue                               # "وصرح الوزير قائلاً: …"
        if _complementizer(sv.words[k]):
            if k > j and sv.is_(k - 1, lex.blockers) or k == sv.last:
                return None
            return _open(sv, c, k + 1)
        if sv.is_(k, verb.preps) and k < sv.last:
            if _complementizer(sv.words[k + 1]):
                continue
            if verb.nominal_after_prep and not _own_object_before(sv, j, k):
                return _open(sv, c, k + 1, nominal=True)
        if _clinging_prep(sv, k, verb):
            return _open(sv, c, k, cut=1, nominal=True)          # "أفادت مصادر بمقتل …"
        if sv.words[k] == "ما" and k < sv.last and sv.words[k + 1] in ("نصه", "نصها", "يلي"):
            continue                               # "وقال ما نصه: …"
        if verb.nominal_object and sv.words[k] == "ما" and k < sv.last and sv.is_(k + 1, lex.circulated):
            about = _about_what(sv, k + 2)     # "نفى الوزير ما تداولته وسائل إعلام عن أن …"
            if about is not None and about < sv.last:     # (something must follow "عن")
                if _complementizer(sv.words[about + 1]):
                    if about + 1 < sv.last:
                        return _open(sv, c, about + 2)
                else:
                    return _open(sv, c, about + 1, nominal=True)
        if breaks and k < sv.last and sv.words[k + 1] in ("عنه", "عنها", "عنهم") and _relays(sv.words[k]):
            skip_to = _comma_after(sv, k)          # "ونفى مصدر، نقلت عنه صحيفة X، أن": the medium
            continue                               # that relays him, set in an aside
        relay = _relayed_in_gap(ctx, sv, k) if c.via is None else None
        if relay is not None and relay[0] is None:
            skip_to = relay[1] + 1
            continue
        if relay is not None:                      # "ذكرت الصحيفة، نقلاً عن مصادر، أن"
            if c.source.kind == DROPPED:
                c.via = relay[0]                   # "وأبلغهم بحسب مصادر X أن": his words, they tell them
            elif relay[0].kind == "document" and _own_office(sv.words[relay[1]]):
                c.via = relay[0]                   # "أكد الأخير، بحسب بيان لمكتبه، أن": his own statement
            elif (relay[0].kind in ("document", "media", "organization") or _same_source(sv, relay[0])) \
                    and c.source.kind in ("person", "anonymous"):
                c.via = relay[0]                   # "وشدد فلان، وفق البيان، على أن": he said it, the
                                                   # statement (or "حساب «أفريكوم»") tells it; so do
                                                   # "ونفت مصادر أمنية، بحسب وكالة X، أن"
                                                   # ("وحذر فلان، بحسب المصدر نفسه، من أن": the
                                                   # source named before tells it)
            else:
                c.via, c.source = c.source, relay[0]
            skip_to = relayed_to = relay[1] + 1
            continue
        new_clause = k > j and breaks
        paren = _paren_end(sv, k, 9, "/-") if new_clause and "،" not in sv.gap(k) else None
        if paren is not None:
            skip_to = paren + 1                        # "في بيان تلقته وكالة الأنباء الكويتية (كونا) أن",
            continue                                   # "الثلاثاء (الثالث من كانون الأول/ديسمبر 2024) إن"
        if breaks and sv.words[k] in _RELATIVES:  # "وأوضح المصدر، الذي طلب عدم ذكر اسمه، أن"
            skip_to = _clause_end(sv, k)
            continue
        if breaks and "،" in sv.gap(k) and _aside_before_content(sv, k):
            skip_to = _aside_close(sv, k, MAX_FRAME + 1)   # "عن مسؤولين، لم تكشف هوياتهم، أن"
            if sv.words[k] in _FRAME_WORDS and bound == j + MAX_GAP < skip_to + 2:
                bound = min(skip_to + 2, sv.last + 1)      # one long frame does not count against the gap
            elif bound < skip_to + ASIDE_TAIL:
                bound = min(skip_to + ASIDE_TAIL, sv.last + 1)  # "مصدر …، طلب عدم ذكر اسمه، لـ«الوسط» إن"
            continue
        if k == j and subject_right and _talked_to(sv, k):
            continue                    # "نفى مصدر عسكري تحدث لـ«باج نيوز» أن": whom he talked to
        if not breaks and _time_adjunct(sv, k) and (k > j or any(
                _complementizer(sv.words[n]) for n in _unbroken(sv, k + 1, k + 5))):
            continue                    # "وأكد روبيو للصحافيين قبل مغادرته إسرائيل أن": when he said it
        if _blocks_report(sv.words[k]) and not _negated_adjective(sv, k) \
                and not (k > j and sv.words[k - 1] in _FRAME_WORDS and _is_cue(sv.words[k])) \
                and sv.words[k - 1] not in _CUT_PREPOSITIONS:
            return None                 # (but "مؤكداً في حديث لقناة X أن": a frame, not a second report;
                                        # "لـ«رأي اليوم»": a name)
        if verb.charged and subject_right and k == j and _charge_follows(sv, k):
            return _open(sv, c, k, nominal=True)                 # "اتهمت الجبهة الجيش المالي بشن …"
        if verb.nominal_object and not _is_adjunct(sv.words[k]) and not _purpose(ctx, sv, k) \
                and (sv.words[k][:1] != "و" or sv.words[k] in lex.object_heads):   # "وصول", not "وإدخال"
            if subject_left and (k == j or new_clause or (k - j <= 3 and all(
                    sv.words[n] in lex.when for n in range(j, k)))):
                return _open(sv, c, k, nominal=True)             # "وكانت المجموعة أعلنت، الثلاثاء، وصول …",
                                                                 # "أن القيادة نفت حينها تنفيذ …"
            if subject_left and k - j <= 3 and _is_adjunct(sv.words[j]) and _opens_object(sv, k):
                return _open(sv, c, k, nominal=True)             # "أن مصدراً نفى للوحدة إنفو وجود …"
            if c.source.kind == DROPPED and _opens_object(sv, k) and k - j <= 3 and all(
                    sv.words[n] in lex.when for n in range(j, k)):
                return _open(sv, c, k, nominal=True)             # "وأعلن حينها استعداد موسكو …"
            if (subject_right or subject_left) and k == relayed_to and _opens_object(sv, k):
                return _open(sv, c, k, nominal=True)             # "نفت الحكومة على لسان متحدثها وجود …"
            if subject_right and (k == j and _opens_object(sv, k) or new_clause):
                return _open(sv, c, k, nominal=True)             # "أعلنت الوزارة، الأحد، ارتفاع …"
            if subject_right and k - j <= 3 and _is_adjunct(sv.words[j]) and _opens_object(sv, k):
                return _open(sv, c, k, nominal=True)             # "نفى الجيش في بيان صحة …"
        if new_clause and not _is_adjunct(sv.words[k]) and sv.words[k] not in _ASIDES:
            return None                            # a new clause: nothing was reported
    return None


def _own_object_before(sv, j, k) -> bool:
    """"أعلن الإقليم انفصاله | عن البلاد": a noun with a pronoun right before the preposition
    is the verb's object, and the preposition is its own, no opening of the content."""
    w = sv.words[k - 1]
    return k > j and not sv.breaks_before(k) and _bare_noun(w) and w.endswith(_OBJECT_PRONOUNS) \
        and not _is_adjunct(w) and not _is_statement_noun(w) and w not in sv.lex.when


_PURPOSE = re.compile(r"^ل[يت]\w{3,}$")   # folded: "ليصبح", "لتكون", "لتعزيز"


def _purpose(ctx, sv, k) -> bool:
    """"…، لتصبح آخر دولة …": ل before a present verb (or a verbal noun of its kind) opens
    a clause of purpose or result, never a noun-phrase object ("ليبيا" is a place)."""
    if not _PURPOSE.match(sv.words[k]):
        return False
    if ctx.place_tokens is None:
        ctx.place_tokens = {i for p in entities.places(ctx.doc) for i in range(p.first_token, p.last_token + 1)}
    return k not in ctx.place_tokens


def _quote_after_adjunct(sv, j, k) -> bool:
    """'قال صالح للصحفيين في أدري "…"': a quotation (not a short quoted name) right after
    an adjunct that opens at j, with no other mark between."""
    if "،" in sv.gap(k) or not _is_adjunct(sv.words[j]) or any(sv.breaks_before(n) for n in range(j + 1, k)):
        return False
    q = _opening_quote(sv, k)
    if q is None or not _quote_is_content(sv, k):
        return False
    close = _closing_quote(sv, q)
    return close is not None and len(sv.doc.tokens_between(q, close)) > 3


def _np_continues_object(sv, j) -> bool:
    """Does an indefinite noun follow the source at token ``j`` (the verb's object)?"""
    word = sv.words[j]
    return not word.startswith("ال") and not (word[:1] in "وفبلك" and word[1:3] == "ال") \
        and word[:1] != "و" and not _is_adjunct(word) and len(word) > 3 and not word.isdigit()


def _about_what(sv, n) -> int | None:
    """The "عن/بشأن/حول" a few words after "ما تداولته", before any break."""
    for k in range(n, min(n + 8, sv.last)):
        if sv.breaks_before(k):
            return None
        if sv.words[k] in sv.lex.about:
            return k
    return None


@lru_cache(maxsize=1 << 16)
def _blocks_report(word: str) -> bool:
    """A blocker or another verb of saying: no content follows across it."""
    return _is_cue(word) or any(r in lexicon().blockers for r in _bare(word))


def _unbroken(sv, k, end):
    """Tokens k..end-1 up to the first one punctuation sets off."""
    for n in range(k, min(end, sv.last + 1)):
        if sv.breaks_before(n):
            return
        yield n


def _time_adjunct(sv, k) -> bool:
    """"قبل مغادرته": قبل/بعد/عقب before a noun (not before أن, nor a verb of saying) sets
    the time of the saying and blocks nothing."""
    return sv.words[k] in _TIME_PREPS and k < sv.last and not sv.breaks_before(k + 1) \
        and not _complementizer(sv.words[k + 1]) and not _is_cue(sv.words[k + 1]) \
        and sv.words[k + 1] not in _NOT_SAID


def _negated_adjective(sv, k) -> bool:
    """"الحكومة غير المعترف بها": غير before a definite word, with no break, negates an
    adjective and blocks nothing (unlike "غير أن")."""
    return sv.words[k] == "غير" and k < sv.last and not sv.breaks_before(k) \
        and not sv.breaks_before(k + 1) and sv.words[k + 1].startswith("ال")


def _talked_to(sv, k) -> bool:
    """"مصدر عسكري تحدث لـ«باج نيوز» أن": a verb of saying right after the source, then ل
    and a complementizer a few words on (no comma between): it says whom the source talked to."""
    if not _is_cue(sv.words[k]) or k >= sv.last or sv.words[k + 1][:1] != "ل":
        return False
    for n in range(k + 2, min(k + 7, sv.last + 1)):
        if "،" in sv.gap(n) or _is_cue(sv.words[n]):
            return False
        if _complementizer(sv.words[n]):
            return True
    return False


def _aside_before_content(sv, k) -> bool:
    """A short aside between commas, with no cue in it, right before a complementizer
    ("من أن" too); the aside may say whom the source talked to ("، تحدث لصحيفة X شريطة
    عدم الكشف عن هويته، من أن")."""
    if sv.words[k][:1] == "و" and sv.words[k] not in _ASIDES and sv.words[k] not in _FRAME_WORDS \
            and not _is_cue(sv.words[k]):
        return False        # "…، ونقل إدارة السجن …، وانسحاب التشكيلات …، على أن": one more item of a list
    longest = MAX_FRAME if sv.words[k] in _FRAME_WORDS else 10    # "، خلال استقباله X في Y أمس، أن"
    end = _aside_close(sv, k, longest + 1)
    if end > sv.last or end - k > longest or "،" not in sv.gap(end):
        return False
    opens = _complementizer(sv.words[end]) or (
        sv.words[end] in ("من", "الي", "علي") and end < sv.last and _complementizer(sv.words[end + 1])) or (
        sv.words[end][:1] == "ل" and any(_complementizer(sv.words[n]) for n in range(end + 1, min(end + 4, sv.last + 1))))
    # ("، طلب عدم ذكر اسمه، لـ«بوابة الوسط» إن": whom he told, then the content)
    if not opens:
        return False
    told = _is_cue(sv.words[k]) and k < sv.last and (
        sv.words[k + 1][:1] == "ل" or sv.words[k + 1] in sv.lex.conditions)   # "، تحدث شرط عدم ذكر اسمه،"
    return not any(_is_cue(sv.words[n]) and sv.words[n - 1] not in _NOT_SAID and not (told and n == k)
                   for n in range(k, end))


def _aside_close(sv, k, reach: int = 12) -> int:
    """The first token after the comma that closes an aside opening at k, across a short
    parenthesis inside it ("في بيان نقلته وكالة الأنباء الصحراوية (واص)، أن")."""
    end = _clause_end(sv, k, reach)
    while end <= sv.last and end - k <= 10 and "،" not in sv.gap(end) and "(" in sv.gap(end):
        end = _clause_end(sv, end)
    return end


def _clause_end(sv, k, reach: int = 12) -> int:
    """First token after the comma that closes the relative clause opening at k."""
    for n in range(k + 1, min(k + reach, sv.last + 1)):
        if sv.breaks_before(n):
            return n
    return sv.last + 1


def _comma_after(sv, k, reach: int = 12) -> int:
    """First token after the next comma from token k (quotation marks are no end)."""
    for n in range(k + 1, min(k + reach, sv.last + 1)):
        if sv.breaks_before(n) and ("،" in sv.gap(n) or "," in sv.gap(n)):
            return n
    return sv.last + 1


@lru_cache(maxsize=1 << 16)
def _relays(word: str) -> bool:
    """"نقلت": a reading of the word is a verb that relays another source."""
    verbs = lexicon().verbs
    return any(r in verbs and verbs[r].relay for r in _bare(word))


@lru_cache(maxsize=1 << 16)
def _is_participle(word: str) -> bool:
    return any(r in lexicon().participles for r in _bare(word))


@lru_cache(maxsize=1 << 16)
def _is_saying(word: str) -> bool:
    """"قائلاً": a participle that only introduces the words after it."""
    participles = lexicon().participles
    return any(participles.get(r) is not None and participles[r].lemma == "قال" for r in _bare(word))


def _relayed_in_gap(ctx, sv, k):
    """(source, last token) of "نقلاً عن مصادر" / "بحسب مصادرها" standing between a
    verb's subject and its content."""
    m = _match(sv.lex.attributions, sv.doc, k)
    if m is None or m.last >= sv.last:
        return None
    end = _np_end(ctx, sv, m.last + 1)
    if m.payload == "ground":
        return None, end            # "، استنادا إلى صور أقمار صناعية،": the evidence, not who says it
    src = _source(ctx, sv, m.last + 1, end, strict=True)
    return (src, end) if src is not None else None


def _same_source(sv, src) -> bool:
    """"المصدر نفسه", "المصادر ذاتها": an unnamed source named again, the one told before."""
    words = sv.doc.norm[src.start:src.end].split()
    return src.kind == "anonymous" and len(words) == 2 and _DEFINITE.match(words[0]) is not None \
        and words[1] in sv.lex.self_words


def _clinging_prep(sv, k, verb) -> bool:
    """"بمقتل": the verb's preposition ب written on the content's first word."""
    t = sv.words[k]
    return (verb.nominal_after_prep and "ب" in verb.preps and t.startswith("ب") and len(t) > 3
            and t != "باسم" and not _complementizer(sv.words[k])
            and (not verb.headed or _is_object_head(t[1:])))     # ("أقر البرلمان بالإجماع": no report)


# -- quotations

def _mark(doc, pos) -> str:
    """The quotation mark as written at norm position pos."""
    return doc.text[doc.normalised.orig(pos)]


def _single_closers(doc) -> list[int]:
    """Norm positions of every closing ’ in the document (computed once)."""
    if "claims_closers" not in doc.cache:
        doc.cache["claims_closers"] = [pos for pos in char_positions(doc.norm, _SINGLE)
                                       if _mark(doc, pos) == _SINGLE_PAIR[1]]
    return doc.cache["claims_closers"]


def _opening_quote(sv, k) -> int | None:
    """Position of a quotation mark opening right before token k, if any."""
    doc, norm = sv.doc, sv.norm
    gap_start = sv.tokens[k - 1].end if k > 0 else sv.s.start
    q = norm.rfind(_QUOTE, gap_start, sv.tokens[k].start)
    if q < 0:
        q = norm.rfind(_SINGLE, gap_start, sv.tokens[k].start)   # ‘…’
        return q if q >= 0 and _mark(doc, q) == _SINGLE_PAIR[0] else None
    return q if not _opened_on_line(sv, q) else None


def _quote_marks(doc) -> list[int]:
    """Norm positions of every '"' in the document, found once: counting the line
    from its start for every token was quadratic ('قال "ا" ' * n)."""
    marks = doc.cache.get("claims_quote_marks")
    if marks is None:
        marks = doc.cache["claims_quote_marks"] = char_positions(doc.norm, _QUOTE)
    return marks


def _opened_on_line(sv, pos: int) -> bool:
    """Is a quotation open at norm ``pos`` (an odd number of marks before it on the
    sentence's line, counted by bisection)?"""
    marks, line = _quote_marks(sv.doc), sv.doc.lines[sv.s.line]
    return (bisect_left(marks, pos) - bisect_left(marks, line.start)) % 2 == 1


def _inside_quotation(sv, k) -> bool:
    """Does token k stand inside a quotation?"""
    return _opened_on_line(sv, sv.tokens[k].start)


def _in_quoted_name(sv, k) -> bool:
    """Is token k inside a short quoted name ("شبكة «سي إن إن»"), where "إن" is no
    complementizer?  An opening mark of the sentence before it, a closing one after it,
    at most ``QUOTED_NAME_CHARS`` apart."""
    marks, tok = _quote_marks(sv.doc), sv.tokens[k]
    n = bisect_left(marks, tok.start)
    if n == 0 or n == len(marks) or marks[n] < tok.end:
        return False
    opening, closing = marks[n - 1], marks[n]
    if closing - opening > QUOTED_NAME_CHARS or opening < sv.s.start:
        return False
    return (n - bisect_left(marks, sv.s.start)) % 2 == 1     # the mark before it opens a pair


def _media_before_quote(sv, k) -> bool:
    """Does a medium's head word ("شبكة", "صحيفة") stand right before the quoted name
    that holds token k?"""
    while k > sv.first and _QUOTE not in sv.gap(k):
        k -= 1
    return k > sv.first and sv.words[k - 1] in sv.lex.media_words


def _closing_quote(sv, q) -> int | None:
    """The mark that closes the quotation opened at q, within its paragraph.

    « » and “ ” pair up with nesting ("«قال إن “الهدنة” انتهت»"); a plain " closes
    at the next mark."""
    doc = sv.doc
    end = min(doc.lines[sv.s.line].end, q + MAX_CONTENT)
    if _mark(doc, q) == _SINGLE_PAIR[0]:
        closers = _single_closers(doc)
        k = bisect_left(closers, q + 1)
        return closers[k] if k < len(closers) and closers[k] < end else None
    pair = _PAIRS.get(doc.text[doc.normalised.orig(q)])
    depth = 0
    pos = doc.norm.find(_QUOTE, q + 1, end)
    while pos >= 0:
        mark = doc.text[doc.normalised.orig(pos)]
        if pair is None or mark == pair[1] and depth == 0:
            return pos
        if mark == pair[0]:
            depth += 1
        elif mark == pair[1]:
            depth -= 1
        pos = doc.norm.find(_QUOTE, pos + 1, end)
    return None


def _quote_is_content(sv, k) -> bool:
    """Does a quotation open before token k, holding the content rather than a quoted name?"""
    q = _opening_quote(sv, k)
    if q is None:
        return False
    close = _closing_quote(sv, q)
    if close is None:
        return True
    after = sv.doc.norm[close + 1:sv.s.end].lstrip()
    inside = _WORDS.search(sv.doc.norm, q + 1, close)
    if after[:1] in ("،", ",") and close - q <= QUOTED_NAME_CHARS and not (inside and _complementizer(inside.group())) \
            and _complementizer_after_aside(sv, close + 1) and _names_body(sv, k):
        return False    # 'وأعلن "الفيلق الأفريقي"، في منشور على قناته، أن': a quoted name, then an aside
    if not after or not after[0].isalnum() and after[0] != _QUOTE:
        return True     # (a second quotation right after it: 'إن «قسد» «لم تلتزم …»', the first may be a name)
    word = _WORDS.match(after)
    if word and (_complementizer(word.group()) or word.group() in ("في", "عبر")) \
            and not (inside and _complementizer(inside.group())):
        return False   # 'زعمت "المقاومة الإسلامية في العراق" (في بيان) أن': a quoted name
    if k > sv.first and _complementizer(sv.words[k - 1]) and not sv.breaks_before(k - 1) \
            and word and _PRESENT_OR_PAST.match(word.group()):
        return False   # 'أن "مجموعة صغيرة من الجنود" حاولت التمرد': the quotation is the clause's subject
    return len(sv.doc.tokens_between(q, close)) > 3


_PRESENT_OR_PAST = re.compile(r"^(?:[يت]\w{2,}|\w{2,}(?:ت|وا|ا)|قد|لم|لن|لا|ما)$")   # folded: "حاولت", "يتجه", "قد"


def _names_body(sv, k) -> bool:
    """Does a body's name or a source's head word start at token k ("الفيلق الأفريقي", "المجموعة")?"""
    return _head_kind(sv, k) is not None or any(o.first_token == k for o in entities.organisations(sv.doc))


def _complementizer_after_aside(sv, pos) -> bool:
    """Does an aside in commas open at norm position ``pos`` ("، في منشور على قناته، أن")
    and a complementizer follow it?  (The aside: at most ``MAX_FRAME`` tokens, no other mark.)"""
    norm, top = sv.doc.norm, sv.s.end
    start = norm.find("،", pos, top)
    if start < 0:
        return False
    end = norm.find("،", start + 1, top)
    if end < 0 or _CHUNKS.search(norm, start + 1, end) is not None \
            or len(sv.doc.tokens_between(start, end)) > MAX_FRAME:
        return False
    word = _WORDS.search(norm, end + 1, top)
    return word is not None and _complementizer(word.group())


def _coordinated_after(sv, close) -> bool:
    """'أن "المهمة أنجزت"، وأن عناصرها …': a second complementizer with و right after
    the quotation's closing mark coordinates one more clause with it: one content."""
    t = sv.doc.token_at(close - 1)
    n = t.index + 1 if t is not None else sv.last + 1
    return (n <= sv.last and sv.words[n][:1] == "و" and _complementizer(sv.words[n])
            and not sv.doc.norm[close + 1:sv.tokens[n].start].strip(" ،,"))


def _open(sv, c, k, cut=0, nominal=False) -> Construction:
    """The content starts at token k: a quotation, or a clause to the sentence end."""
    c.consumed = k
    c.nominal = nominal
    start = sv.tokens[k].start + cut
    q = _opening_quote(sv, k)
    if q is not None and _quote_is_content(sv, k):
        close = _closing_quote(sv, q)
        if close is not None and not _coordinated_after(sv, close):
            c.start, c.end, c.quoted = q + 1, close, True
            return c
    if q is not None and not cut:
        start = q          # a quoted name opens the clause: keep its marks
    c.start, c.end = start, min(sv.s.end, start + MAX_CONTENT)
    return c


# -- participles: "مشيراً إلى أن"

def _participle(sv, i, verb) -> Construction | None:
    if i == sv.first or not (sv.breaks_before(i) or _introduces_words(sv, i, verb)):
        return None
    c = Construction(i, i, "participle", verb.stance, sv.tokens[i].start,
                     source=Source("", CONTINUED, None, 0, 0))
    k = i + 1
    while k <= sv.last and k < i + 3 and sv.is_(k, verb.preps):
        k += 1                          # "مشيراً إلى أن", "مكتفياً بالإشارة إلى أن"
    quoted = k
    while quoted <= min(sv.last, k + 3) and _in_quoted_name(sv, quoted):
        quoted += 1                     # "نافياً «بشكل قاطع» أن": a quoted adverb
    if quoted > k and quoted <= sv.last and _complementizer(sv.words[quoted]):
        k = quoted
    if k <= sv.last and (sv.words[k] in _FRAME_WORDS or sv.words[k] in _CUT_PREPOSITIONS
                         or _is_addressee(sv.words[k])):
        # "مؤكداً في حديث لقناة «ألفا» القبرصية أن …": a short frame before the clause
        # ("مؤكداً لـ«الجريدة» أن", "مضيفاً للصحفيين أن": whom it was told)
        for n in range(k + 1, min(k + 8, sv.last + 1)):
            if sv.breaks_before(n) and not _in_quoted_name(sv, n):
                break
            if _complementizer(sv.words[n]):
                k = n
                break
    if k > sv.last:
        return None
    if ":" in sv.gap(k) or (k == i + 1 and _quote_is_content(sv, k)):
        if _complementizer(sv.words[k]) and k < sv.last:
            k += 1
        return _open(sv, c, k)
    if _complementizer(sv.words[k]) and k < sv.last:
        return _open(sv, c, k + 1)
    if verb.charged and k == i + 1 and _charge_follows(sv, k):
        return _open(sv, c, k, nominal=True)     # "، متهماً واشنطن بـ«العمل على …»"
    if verb.nominal_object and _opens_object(sv, k) and not sv.breaks_before(k):
        return _open(sv, c, k, nominal=True)     # "، مؤكدا تطلعه إلى …"
    return None


def _introduces_words(sv, i, verb) -> bool:
    """"وخاطب البرهان الجنود قائلاً إن …": "قائلاً" right before a complementizer, a colon
    or a quotation introduces the words of the clause's subject, with no comma before it;
    so does any participle right before its complementizer ("… في اليمن مؤكدا ان"), but
    not one that describes unnamed sources right before it ("مصادر متابعة أن")."""
    if _describes_sources(sv, i):
        return False
    k = i + 1
    if _is_saying(sv.words[i]):
        return k <= sv.last and (":" in sv.gap(k) or _complementizer(sv.words[k]) or _quote_is_content(sv, k))
    while k < sv.last and sv.is_(k, verb.preps):
        k += 1
    return k < sv.last and _complementizer(sv.words[k]) and not sv.breaks_before(k)  # "مؤكدا ان"


def _describes_sources(sv, i) -> bool:
    """"مصادر متابعة": a participle not in the accusative, right after an indefinite
    head of unnamed sources, is its adjective."""
    return i > sv.first and not sv.breaks_before(i) and not sv.words[i].endswith("ا") \
        and not _definite(sv.words[i - 1]) and _head_kind(sv, i - 1) == "anonymous" \
        and any(r in sv.lex.participles for r in _bare(sv.words[i]))


def _charge_follows(sv, k) -> bool:
    """Does a charge after بـ follow the accused party at token k, in the same clause?"""
    return not _is_adjunct(sv.words[k]) and any(
        sv.words[m][:1] == "ب" and not sv.breaks_before(m) for m in range(k + 1, min(k + 8, sv.last + 1)))


# -- relays: "نقلت صحيفة X عن مصادر أن"

def _relay(ctx, sv, c, j, verb) -> Construction | None:
    plain = _plain(verb)
    for k in range(j, min(j + MAX_GAP, sv.last + 1)):
        t = sv.words[k]
        if t in ("عن", "عما") or t in verb.preps:        # "نقلت … عن مصادر", "نسبت … إلى مسؤولين"
            n = k + 1
            if t == "عما" or (n <= sv.last and sv.words[n] == "ما"):
                n += 1 if t == "عن" else 0
                # "عما قال إنها مصادر": a hedge before the relayed source
                if n <= sv.last and _is_cue(sv.words[n]):
                    n += 1
                if n <= sv.last and _complementizer(sv.words[n]):
                    n += 1
            if n > sv.last:
                return None
            end = _np_end(ctx, sv, n)
            relayed = _source(ctx, sv, n, end, strict=False)
            if relayed is None:
                return None
            if relayed.referring and relayed.kind == "person" and n == end:
                relayed = _head_of_body(ctx, c.source, relayed) or relayed
            c.source, c.via = relayed, c.source
            return _content_after(ctx, sv, c, end + 1, _without_preps(plain), True)
        if _complementizer(sv.words[k]):
            break
    return _content_after(ctx, sv, c, j, plain, True)


def _head_of_body(ctx, body: Source, office: Source) -> Source | None:
    """"نقلت وزارة الدفاع التركية عن الوزير قوله": the bare office a body relays is the
    nearest person whose role names the office heading that body with its other words
    ("وزير الدفاع التركي فلان"), not merely the last minister named."""
    words = [w.removeprefix("ال") for w in _WORDS.findall(_folded(body.name))]
    title = ctx.lex.body_offices.get(words[0]) if body.kind == "organization" and len(words) > 1 else None
    if title is None or _folded(ctx.doc.norm[office.start:office.end]).removeprefix("ال") != title:
        return None
    for m in ctx.people_before(office.start):
        heads, role_words = _role_heads(ctx, m)
        if title in heads and all(w in role_words or w.endswith("يه") and w[:-1] in role_words
                                  for w in words[1:]):        # ("التركية" -> "التركي")
            return Source(m.name, "person", m.role, office.start, office.end, referring=True)
    return None


@lru_cache(maxsize=256)
def _plain(verb: Verb) -> Verb:
    """The relay verb read as a plain verb of saying (one copy per verb)."""
    return replace(verb, relay=False)


@lru_cache(maxsize=256)
def _without_preps(verb: Verb) -> Verb:
    return replace(verb, preps=frozenset())


# -- attribution phrases: "وفق", "بحسب", "نقلاً عن"

def _attribution(ctx, sv, i, last, resumptive=False) -> Construction | None:
    c = Construction(i, last, "attribution", "assert", sv.tokens[i].start, resumptive=resumptive)
    n = last + 1
    # "وفق ما أعلن (عنه)", "بحسب ما ذكرته", "حسبما أفادت"
    what = n <= sv.last and sv.words[n] in ("ما", "لما")
    n += what
    if n <= sv.last and (_is_cue(sv.words[n]) or _cue_with_pronoun(sv, n)
                         or what and sv.is_(n, sv.lex.circulated)) \
            and (what or not sv.is_(n, sv.lex.text_heads)) \
            and (what or not _is_participle(sv.words[n])):
        # "بحسب ما نشرته الرئاسة" (but "وفق نص الإعلان"; "وحسب متابعين": observers, no participle)
        c.cue_end = n
        c.stance = _stance_of(sv, n)
        n += 1
        if n <= sv.last and sv.words[n] in ("عنه", "عنها", "عنهم", "به", "بها"):
            n += 1
    elif resumptive:                 # "وهو ما يعني": no verb of saying, no attribution
        return Construction(i, last, "hedge", "assert", sv.tokens[i].start, consumed=last + 1)
    # failing below, the phrase is a hedge ("تورطه وفق ما يقول خصومه في"): its verb is no cue
    hedge = Construction(i, last, "hedge", "assert", sv.tokens[i].start, consumed=n)
    if n > sv.last:
        return hedge
    writer = _writer(ctx, sv, n)
    if writer is not None:           # "جاء في رسالة وجهها الوزير إلى X أن": the writer says it
        c.source, k = writer
        c.consumed = k
        return _open(sv, c, k)
    end = _np_end(ctx, sv, n)
    issued = next((k for k in range(n + 1, end + 1) if sv.words[k] in _ISSUED
                   and (k == sv.last or sv.words[k + 1] != "عن")), None)
    if issued is not None:
        end = issued - 1             # "وفقاً لتقرير فريق خبراء الأمم المتحدة الصادر في يوليو"
    said = c.cue_end > last          # "حسب ما أعلنت عنه المندوبية": the subject of a verb of saying
    c.source = _source(ctx, sv, n, end, strict=not said)
    if c.source is None:
        return hedge
    end = _paren_end(sv, end + 1) or end
    # a relay inside the attribution: "بحسب ما نقلت وكالة رويترز عن مصادر"
    if end + 2 <= sv.last and sv.words[end + 1] == "عن" and not sv.breaks_before(end + 1):
        rend = _np_end(ctx, sv, end + 2)
        relayed = _source(ctx, sv, end + 2, rend, strict=False)
        if relayed is not None:
            c.source, c.via, end = relayed, c.source, rend
    if issued is not None:           # the participle's own phrase, up to the next comma
        end = next((k - 1 for k in range(issued + 1, min(issued + 8, sv.last + 1)) if sv.breaks_before(k)), end)
    c.consumed = end + 1
    if resumptive and end + 1 < sv.last and not sv.breaks_before(end + 1) and _complementizer(sv.words[end + 1]):
        return _open(sv, c, end + 2)           # "، وهو ما يرى محللون أنه «يمنح …»": what they say of it
    closing = _next_break(sv, end)             # "بحسب تقرير … صدر أمس، فإن"
    if i == sv.first and end < sv.last and sv.words[end + 1] in _RELATIVES:
        closing = _clause_end(sv, end + 1, MAX_GAP)     # "ووفقا لنص الاتفاقية التي نشرتها الحكومة …، يمكن"
        closing = closing if closing <= sv.last else None
    if i == sv.first or (closing is not None and _forward_attribution(sv, i, closing)):
        k = closing if closing is not None else end + 1     # "وبحسب المصادر، فإن …"
        if k > sv.last:
            return hedge
        if _complementizer(sv.words[k]) and k < sv.last:
            k += 1
        return _open(sv, c, k)
    if i > sv.first and sv.words[i - 1] in _ASIDES and sv.breaks_before(i - 1) and not sv.breaks_before(i) \
            and end < sv.last and not sv.breaks_before(end + 1):
        return _open(sv, c, end + 1)   # "…، وهما بحسب وكالة «رويترز» من بين …": what it says of them
    if sv.breaks_before(i) or end == sv.last:  # "…، وفق ما أعلن المسماري"
        c.trailing, c.start, c.end = True, sv.s.start, sv.tokens[i].start
        if (end < sv.last and sv.breaks_before(end + 1) and "،" in sv.gap(i) and "،" in sv.gap(end + 1)
                and not _joins(sv, end + 1)):
            # "ويضم المطار، وفقاً لتقارير متطابقة، مستشفى ميدانياً": an aside inside the clause;
            # the content is the clause around it, to the next clause joined by a connective
            tail_end = next((sv.tokens[k].start for k in range(end + 2, sv.last + 1)
                             if sv.breaks_before(k) and _joins(sv, k)), sv.s.end)
            c.end = tail_end
            c.aside = (sv.tokens[i - 1].end, sv.tokens[end + 1].start)
            stop = _content_stop(sv, c.start, sv.tokens[i - 1].end)   # "…، وهو ما دفعها، بحسب تقديرات
            c.start = stop if stop < sv.tokens[i - 1].end else c.start   # غربية، إلى البحث عن …": the
            #                                                             comment it stands inside
        return c
    if end < sv.last and _opening_quote(sv, end + 1) is not None and _quote_is_content(sv, end + 1):
        return _open(sv, c, end + 1)    # "وبحثا بحسب دائرة الاتصال «مشاريع الربط …»": the quotation
    hedge.consumed = end + 1
    return hedge


def _writer(ctx, sv, n):
    """"رسالة وجهها الوزير إلى X أن" at token n: (the writer, the token after أن) when an
    indefinite document is followed by a verb of writing or sending it, its subject and,
    in the same clause, a complementizer."""
    if n + 2 > sv.last or _definite(sv.words[n]) or _head_kind(sv, n) != "document" \
            or not sv.is_(n + 1, sv.lex.authored) or sv.breaks_before(n + 1) or sv.breaks_before(n + 2):
        return None
    end = _np_end(ctx, sv, n + 2)
    src = _source(ctx, sv, n + 2, end, strict=True)
    if src is None:
        return None
    for k in range(end + 1, min(end + MAX_GAP, sv.last)):
        if sv.breaks_before(k):
            return None
        if _complementizer(sv.words[k]):
            return src, k + 1
    return None


def _next_break(sv, end) -> int | None:
    """The first token within a few words after ``end`` that punctuation sets off."""
    return next((n for n in range(end + 1, min(end + 8, sv.last + 1)) if sv.breaks_before(n)), None)


def _forward_attribution(sv, i, closing) -> bool:
    """"…، ووفق المتحدث X، فإن Y …": an attribution opening a clause inside the sentence,
    closed (at token ``closing``) by a comma and "فإن", is for what follows, not for the
    clause before it.  With ف the attribution opens the clause that explains the one
    before, and a comma closing it is enough ("…، فبحسب موقع X، تنتشر …")."""
    if not sv.breaks_before(i):
        return False
    if sv.words[i][:1] == "ف":
        return any(m in sv.gap(closing) for m in "،,")
    return sv.words[i][:1] == "و" and sv.words[closing] in lexicon().resultative_fa


def _stance_of(sv, k) -> str:
    """The stance of the verb of saying at token k ("نفته" -> deny)."""
    t = sv.words[k]
    for r in list(_bare(t)) + _without_pronoun(t):
        verb = sv.lex.verbs.get(r) or sv.lex.participles.get(r)
        if verb is not None:
            return verb.stance
    return "assert"


def _cue_with_pronoun(sv, k) -> bool:
    """"ذكرته", "أعلنه": a verb of saying with an object pronoun."""
    return any(r in sv.lex.verbs for r in _without_pronoun(sv.words[k]))


@lru_cache(maxsize=1 << 16)
def _without_pronoun(t: str) -> list[str]:
    """The verb under an object pronoun: "ذكرته" -> "ذكرت", "نفاه" -> "نفي" (folded ى)."""
    out = [t[:-len(p)] for p in _OBJECT_PRONOUNS if t.endswith(p) and len(t) > len(p) + 1]
    return out + [r[:-1] + "ي" for r in out if r.endswith("ا")]


# ------------------------------------------------------------------ source phrases

def _paren_end(sv, n, reach: int = 5, inner: str = "") -> int | None:
    """Last token of a short parenthesis opening before token n ("(سانا)", "(WHO)"), if any;
    ``inner``: marks allowed between its words ("(الثالث من كانون الأول/ديسمبر 2024)")."""
    if n > sv.last or "(" not in sv.gap(n) or ")" in sv.gap(n):
        return None
    for m in range(n, min(n + reach, sv.last + 1)):
        after = sv.gap_after(m)
        if ")" in after:
            return m
        if after.strip(" " + inner):
            return None
    return None


def _np_end(ctx, sv, j, verb: Verb | None = None) -> int:
    """Last token of the source phrase that starts at token j (the subject of ``verb``)."""
    lex = sv.lex
    person = ctx.person_starting(j)
    person_last = _last_token_of(ctx, person) if person is not None else None
    quoted_name = _opening_quote(sv, j) is not None
    kind, head = _head(sv, j, min(j + 3, sv.last))
    anonymous = kind == "anonymous"
    org_last = ctx.org_last.get(j)
    k = j
    while k < sv.last and k + 1 - j < MAX_SUBJECT:
        n = k + 1
        if sv.breaks_before(n) or (quoted_name and _QUOTE in sv.gap(n)):
            break
        if anonymous and _QUOTE in sv.gap(n) and sv.words[k] not in _PREPOSITIONS \
                and _opening_quote(sv, n) is not None and k > j:
            break                  # "أفادت مصادر خليجية مطلعة | «إرم نيوز» بأن": the medium told
                                   # (but "أفادت مصادر «السراج» بأن": the medium's own sources)
        if org_last is not None and n <= org_last and person is None:
            k = n                  # "بعثة الأمم المتحدة للدعم في ليبيا": a listed body is whole
            continue
        if org_last is not None and n == org_last + 1 and (
                ctx.org_last.get(n) is not None or ctx.person_starting(n) is not None
                or (verb is not None and verb.charged and ctx.places.get(sv.tokens[n].start) is not None)):
            break                  # "اتهمت جبهة تحرير أزواد الجيش المالي": the object after it
        if verb is not None and verb.charged and ctx.places.get(sv.tokens[n].start) is not None \
                and (_definite(sv.words[k]) or _place_word(ctx, sv, k) and not sv.is_(k, sv.lex.place_nouns)):
            break                  # "ويتهم السودان | الإمارات بـ": a place after a name or a definite
                                   # noun is no genitive of it (but "ولاية الخرطوم")
        if person_last is not None and n > person_last:
            break
        if person_last is not None and sv.words[n].endswith(_OBJECT_PRONOUNS) and _is_statement_noun(sv.words[n]):
            break                  # "واختتم المتحدث | كلمته بالقول": his statement is no name
        if person_last is not None:
            k = n                  # "قائد المجلس العسكري في النيجر الجنرال فلان": title and name are one
            continue
        if head is not None and n <= head.last:
            k = n                          # "وكالة الأنباء": the head noun is whole
            continue
        if kind == "media" and head is not None and k == head.last and sv.words[n].isdigit() \
                and len(sv.words[n]) < 4:
            k = n                          # "القناة 12 العبرية": the channel's number is its name
            continue
        if _unit_number(sv, k, n):
            k = n                          # "قيادة الفرقة 19 مشاة": the unit's number and arm name it
            continue
        name = ctx.names.get(n)
        if name is not None and (name[0] < n or name[2] <= k or _is_title(sv.words[k])):
            k = min(name[1], sv.last)      # never cut inside a name ("علي يوسف", "كلام الله")
            continue
        if kind == "media" and _in_quoted_name(sv, n):
            k = n                          # "شبكة «سي إن إن»": a name, whatever its words
            continue
        if kind == "organization" and head is not None and k > head.last and _QUOTE in sv.gap(n) \
                and _in_quoted_name(sv, k) and _definite(sv.words[n]) and not _NISBA.match(sv.words[n]):
            break                          # "تبنى تنظيم «داعش» | الهجوم": the object after the quoted name
        if _opens_clause(sv.words[n]) and not _describes_sources(sv, n):
            break
        if k > j and sv.is_(n, lex.describing_verbs) and _INDEFINITE_NISBA.match(sv.words[k]):
            break                  # "صور أقمار صناعية | تداولها محللون": a relative clause describes it
        if k == j and _agreeing_past_verb(sv, j, n):
            break                  # "روت نازحة | فرت من الحي": a verb that agrees with her describes her
        if sv.words[n] == "في" and k == j + 1 and _describing_verb(sv, j, k):
            k = n                  # "سائق يعمل | في الحقل": the clause that describes him
            continue
        if sv.words[k].startswith("ال") and sv.words[k].endswith("ان") and k == j \
                and _np_continues_object(sv, n) and sv.words[n] not in lex.np_continues \
                and ctx.person_starting(n) is None and ctx.org_last.get(n) is None and not sv.breaks_before(n):
            break                  # "أقر الجانبان برنامج …": an indefinite noun after a definite dual is the object
        seat = _seat(ctx, sv, n) if kind == "organization" else None
        if seat is not None:
            k = seat               # "الحكومة في بورتسودان", "السفارة الروسية في باماكو": where it sits
            continue
        if not (sv.words[n] in lex.np_continues and _continues(sv, j, k, n)) \
                and _ends_phrase(ctx, sv, j, k, n, verb, anonymous):
            break
        k = n
    if person is None and _is_title(sv.words[j]):
        return _holder_after(ctx, sv, k) or _holder_behind_rank(ctx, sv, k) or _holder_of_chain(ctx, sv, j, k) \
            or _holder_of_second_title(ctx, sv, k) or k
    return k


def _unit_number(sv, k, n) -> bool:
    """Token n continues a numbered unit ending at k: its number right after the unit's
    head ("الفرقة 19"), or the arm right after that number ("الفرقة 19 مشاة")."""
    word, lex = sv.words[n], sv.lex
    if word.isdigit():
        return len(word) < 4 and sv.words[k] in lex.numbered_units
    return word in lex.unit_arms and sv.words[k].isdigit() and k > sv.first \
        and sv.words[k - 1] in lex.numbered_units


def _seat(ctx, sv, n) -> int | None:
    """"في بورتسودان" at token n after a body, the phrase ending with the place or the body
    it belongs to (before punctuation, a complementizer, a cue or the head of a noun-phrase
    content): the last token of where the body sits ("وزارة الدفاع في الحكومة السورية")."""
    if sv.words[n] != "في" or n >= sv.last or sv.breaks_before(n + 1):
        return None
    place = ctx.places.get(sv.tokens[n + 1].start)
    last = place.last_token if place is not None else ctx.org_last.get(n + 1)
    if last is None or last > sv.last:
        return None
    after = last + 1
    return last if after > sv.last or sv.breaks_before(after) or _opens_clause(sv.words[after]) \
        or _is_object_head(sv.words[after]) else None       # "نفت السفارة الروسية في دمشق | صحة …"


def _describing_verb(sv, j, k) -> bool:
    """"سائق يعمل": a present verb right after an indefinite noun describes it."""
    noun, verb = sv.words[j], sv.words[k]
    return (_bare_noun(noun) and not _is_title(noun) and verb[:1] in "يت" and len(verb) > 3
            and not _closes_source(verb) and not _is_cue(verb))


def _agreeing_past_verb(sv, j, n) -> bool:
    """"نازحة فرت": a past verb in the feminine (…ت, not a plural …ات) right after an
    indefinite feminine noun agrees with it, the start of a clause that describes it."""
    noun, verb = sv.words[j], sv.words[n]
    return (_bare_noun(noun) and noun.endswith("ه") and not _is_title(noun) and 2 < len(verb) < 7
            and verb.endswith("ت") and not verb.endswith("ات") and _bare_noun(verb)
            and not _INDEFINITE_NISBA.match(verb) and not sv.gap(n).strip())      # (not "مجموعة «كونفليكت»")


def _holder_behind_rank(ctx, sv, k) -> int | None:
    """"العقيد أركان حرب فلان": a rank's holder named after one or two bare words that
    qualify the rank (last token of the name)."""
    return _holder_within(ctx, sv, k + 1, k + 4, lambda n: _bare_noun(sv.words[n])
                          and not _opens_clause(sv.words[n]) and not _closes_source(sv.words[n]))


def _holder_of_chain(ctx, sv, j, k) -> int | None:
    """"عضو مجلس السيادة مساعد القائد العام للجيش الفريق أول فلان": a chain of titles that
    runs into the role of a person named after token k: the last token of his name."""
    for n in range(j + 1, k + 1):
        person = ctx.person_starting(n)
        if person is not None and person.first_token == n and person.start >= sv.tokens[k].end:
            last = _last_token_of(ctx, person)
            return last if last <= sv.last and not any(sv.breaks_before(p) for p in range(k + 1, last + 1)) else None
    return None


def _holder_of_second_title(ctx, sv, k) -> int | None:
    """"المتحدث باسم جماعة الحوثي ورئيس وفدها المفاوض فلان": a second office joined by و
    after token k, whose holder (the last token of his name) holds both."""
    n = k + 1
    if n >= sv.last or sv.breaks_before(n) or sv.words[n][:1] != "و" or not _is_title(sv.words[n]):
        return None
    return _holder_within(ctx, sv, n + 1, n + 5, lambda p: not _opens_clause(sv.words[p])
                          and not _closes_source(sv.words[p]) and not _is_adjunct(sv.words[p]))


def _holder_within(ctx, sv, first, end, word_ok) -> int | None:
    """The last token of a person starting after token ``first`` and before ``end``, the
    words before him all ``word_ok`` and no punctuation between; None if there is none."""
    for n in range(first, min(end, sv.last + 1)):
        if sv.breaks_before(n):
            return None
        person = ctx.person_starting(n)
        if person is not None and person.first_token == n and n > first:
            return _last_token_of(ctx, person)
        if not word_ok(n):
            return None
    return None


@lru_cache(maxsize=1 << 16)
def _opens_clause(word: str) -> bool:
    """A complementizer or a verb of saying: a source phrase never runs into it."""
    return _is_cue(word) or any(r in lexicon().complementizers for r in _bare(word))


def _holder_after(ctx, sv, k) -> int | None:
    """"قائد الشرطة في ولاية كسلا العميد فلان": the office's holder named a few words on
    (last token of the name), after a place phrase, before any punctuation, complementizer or cue."""
    if k >= sv.last or sv.words[k + 1] not in ("في", "لدي"):
        return None     # (and "الوزير في لقاء مع الرئيس فلان" is no place phrase)
    return _holder_within(ctx, sv, k + 2, k + 7, lambda n: _place_word(ctx, sv, n))


def _place_word(ctx, sv, n) -> bool:
    """A word of a place phrase: a known place, a place noun ("ولاية") or a nisba."""
    if ctx.place_tokens is None:
        ctx.place_tokens = {i for p in entities.places(ctx.doc) for i in range(p.first_token, p.last_token + 1)}
    word = _bare(sv.words[n])[-1]
    return n in ctx.place_tokens or sv.is_(n, sv.lex.place_nouns) or word.removeprefix("ال") in sv.lex.place_nouns \
        or bool(_NISBA.match(word))


def _ends_phrase(ctx, sv, j, k, n, verb, anonymous) -> bool:
    """Does token n fall outside the source phrase j..k?"""
    t = sv.words[n]
    if t in sv.lex.number_words and n < sv.last and sv.words[n + 1].isdigit():
        return False        # "البلاغ العسكري رقم 1712": its number
    if t[:1] == "و" and k - j <= 2 and n < sv.last and _definite(sv.words[n + 1]) \
            and not sv.breaks_before(n + 1) and _head_kind(sv, j) == "organization" and _bare_noun(t[1:]):
        return False        # "وزارة الخارجية وشؤون المغتربين": a body's name joins two genitives
    if _definite(sv.words[k]) and _bare_noun(t) and ctx.person_starting(n) is None \
            and not (_is_title(t) and _is_style(sv.words[j])) and not sv.is_(n, sv.lex.self_words) \
            and not (t in entities.lexicon().rank_modifiers and _is_rank(sv.words[k])):
        return True         # "الإدارة الذاتية | أنقرة", "النقابة | قرار": a bare noun after a definite one
        # (but after a style a chain of titles: "صاحب السمو الملكي ولي العهد رئيس مجلس الوزراء";
        # and "المصادر ذاتها" refers back; a rank goes on: "الفريق أول")
    if _closes_source(t):
        return True
    if t[:1] == "ب" and t[1:] in sv.lex.seats:
        return False        # "مختبر البحوث الإنسانية بجامعة ييل": where it works
    if t in sv.lex.year_words and n < sv.last and sv.words[n + 1].isdigit():
        return True         # "أفادت صحيفة وول ستريت جورنال | عام 2021 بأن"
    if verb is not None:
        if sv.is_(n, verb.preps) or sv.is_(n, verb.objects):
            return True     # "اكتفى الوزير | بالقول"
        if (verb.nominal_object or verb.nominal_after_prep) and (
                _is_object_head(sv.words[n]) or _definite_object(sv, k, n)):
            return True     # "نفت الوزارة | وجود …", "أكد الجانبان | الحرص …"
        if _clinging_prep(sv, n, verb) and not sv.is_(k, _OF_WORDS):
            return True     # "أفادت مصادر | بمقتل …" (but "الخاص بقوات")
        if verb.addressee and n > j and _medium_at(ctx, sv, n):
            return True     # "أبلغ مصدر محلي | رويترز أن": the medium told
    if _told_medium(ctx, sv, n) and _head_kind(sv, j) != "document":
        return True         # "قالت الوزارة | لوكالة …", "قال شاهد | لبي بي سي"
    if t[:1] == "ل" and t[1:].isdigit() and n > j:
        return True         # "قال عضو في لجنة الأمن | لـ964": a medium named by its number was told
    if t[:1] == "ل" and any(p in sv.lex.np_continues.get("ل", ()) for p in _bare(sv.words[k])):
        return False        # "مصادر متابعة للملف": what they follow, not whom they told
    if anonymous and t.startswith("لل") and _definite(sv.words[k]) and "في" in sv.words[j + 1:k]:
        return False        # "مصدر في القيادة العامة للقوات المسلحة": the body's name goes on
    return anonymous and (t.startswith("لل") or (t.startswith("ل") and (
        _head_kind(sv, n) is not None or _bare_name(t) or _hamza_name(sv, n)
        or n < sv.last and sv.words[n + 1] in sv.lex.media_tails)))   # "قال مصدر عسكري | لهسبريس",
                                                                       # "| لغاروي أونلاين"


def _hamza_name(sv, n) -> bool:
    """"لأنسامد": ل before a name that opens on a hamza (folded to the alef _bare_name leaves out)."""
    t = sv.words[n]
    return t.startswith("لا") and sv.doc.original(sv.tokens[n].start + 1, sv.tokens[n].start + 2) in ("أ", "إ") \
        and _bare_name("ل" + t[2:])


_INDEFINITE_NISBA = re.compile(r"^\w{2,30}(?:ي|يه|يين|يون|يان)$")


@lru_cache(maxsize=1 << 16)
def _bare_name(word: str) -> bool:
    """"لهسبريس", "لدارفور24": ل before a word with no article that is no nisba adjective
    ("ليبية", "لبنانية") nor a function word: after an unnamed source, the medium told."""
    return (len(word) > 3 and word[1] != "ا" and not _INDEFINITE_NISBA.match(word)
            and not _closes_source(word) and word not in lexicon().np_continues)


@lru_cache(maxsize=1 << 16)
def _definite(word: str) -> bool:
    """Does the word (without و/ف) carry the article?"""
    return _bare(word)[-1].startswith("ال")


@lru_cache(maxsize=1 << 16)
def _bare_noun(word: str) -> bool:
    """A word with neither the article nor the prepositions ل/ب (nor و/ف before them)."""
    return not _DEFINITE.match(word) and word[:1] not in "لب"


@lru_cache(maxsize=1 << 16)
def _closes_source(word: str) -> bool:
    """A word outside any source phrase: a phrase stop (preposition, time word, relative
    pronoun), a lone ل, the speaker's own statement ("تقريره") or an addressee ("للصحفيين")."""
    stops = lexicon().np_stops
    return (any(r in stops for r in _bare(word)) or word == "ل"
            or _is_statement_noun(word) or _is_addressee(word))


def _medium_at(ctx, sv, n, cut: int = 0) -> bool:
    """Does a listed medium start at token ``n`` (``cut`` letters into it: past ل)?"""
    org = ctx.orgs.get(sv.tokens[n].start + cut)
    return org is not None and org.subtype == "media"


def _continues(sv, j, k, n) -> bool:
    """"مقربة من", "صادر عن", "مصادر (…) في وزارة": a preposition inside the phrase."""
    lex, t = sv.lex, sv.words[n]
    continues = lex.np_continues.get(t, ())     # (none listed for "داخل", "ب")
    if any(p in continues for p in _bare(sv.words[k])):
        return True
    if t != "في" or n >= sv.last:
        return False
    after = n + 1
    return (any(p in continues for p in _bare(sv.words[j]))
            and not _is_adjunct(sv.words[after]) and not sv.is_(after, lex.statement_nouns)
            and sv.words[after] != "وقت")


@lru_cache(maxsize=1 << 16)
def _is_object_head(word: str) -> bool:
    """"وجود", "بمقتل": a noun that opens the content, not the source."""
    return any(stem in lexicon().object_heads for stem, _, _ in stems(word))


def _opens_object(sv, k) -> bool:
    """"وجود", "الحرص": a noun that opens a noun-phrase content."""
    t = sv.words[k]
    return sv.is_(k, sv.lex.object_heads) or (t.startswith("ال") and t[2:] in sv.lex.object_heads)


def _definite_object(sv, k, n) -> bool:
    """"الجانبان الحرص": an object head with the article right after a definite word
    (which takes no genitive, so the noun starts the object)."""
    t = sv.words[n]
    return (t.startswith("ال") and t[2:] in sv.lex.object_heads
            and _bare(sv.words[k])[-1].startswith("ال"))


@lru_cache(maxsize=1 << 16)
def _is_addressee(t: str) -> bool:
    """"للصحفيين": to whom it was said."""
    return t[:1] == "ل" and any(stem in lexicon().addressees for stem, _, _ in stems(t))


@lru_cache(maxsize=1 << 16)
def _is_statement_noun(t: str) -> bool:
    """"تقريره", "بيانه": the speaker's own statement, not part of the source's name."""
    nouns = lexicon().statement_nouns
    if t[:1] == "ب" and (t[1:] in nouns or t[3:] in nouns):
        return True         # "بتصريحات", "بالبيان"
    for suffix in ("ه", "ها", "هم"):
        if not t.endswith(suffix):
            continue
        stem = t[:-len(suffix)]
        if stem in nouns or (stem.endswith("ت") and stem[:-1] + "ه" in nouns):
            return True
    return False


def _last_token_of(ctx, m) -> int:
    t = ctx.doc.token_at(m.end - 1)
    return t.index if t is not None else m.last_token


def _head_kind(sv, j) -> str | None:
    m = _match(sv.lex.heads, sv.doc, j)
    return m.payload if m is not None else None


def _head(sv, j, last):
    """(kind, match) of the phrase's head noun, after a quantifier or demonstrative."""
    lex, k = sv.lex, j
    if not _may_open_head(sv.words[k]):
        return None, None
    if sv.is_(k, lex.quantifiers) and k < last:
        k += 1
        if sv.words[k] == "من" and k < last:
            k += 1
    if sv.is_(k, lex.demonstratives) and k < last:
        k += 1
    m = _match(lex.heads, sv.doc, k)
    if m is not None and m.last <= last:
        return m.payload, m
    return None, None


@lru_cache(maxsize=1 << 16)
def _may_open_head(word: str) -> bool:
    """Can a head phrase start at this word, or a quantifier or demonstrative before one?"""
    lex = lexicon()
    return (_may_match(lex.heads, word)
            or any(r in lex.quantifiers or r in lex.demonstratives for r in _bare(word)))


def _source(ctx, sv, j, last, strict) -> Source | None:
    """Classify tokens j..last as a source, resolving phrases that refer back.

    ``strict``: accept only a recognisable source (after "وفق", "بحسب")."""
    lex = sv.lex
    lo, hi, name = _phrase(sv, j, last)
    if len(name) < 2:
        return None       # "اقرأ/ي أيضاً: …": a letter is no source
    word = _bare(sv.words[j])[-1]
    if j == last and word in lex.person_pronouns:            # "الأخير", "معاليه"
        person = _person_before(ctx, lo, lex.person_pronouns[word], word in lex.feminine_pronouns,
                                _next_turn(ctx, sv) if lex.person_pronouns[word] else None)
        body = _latter_body(ctx, lo, person) if lex.person_pronouns[word] is None \
            and word in lex.feminine_pronouns else None
        if body is not None:
            return Source(body.name, "media" if body.subtype == "media" else "organization", None, lo, hi,
                          referring=True)
        if person is None:
            return Source(name, "person", None, lo, hi, referring=True)
        return Source(person.name, "person", person.role, lo, hi, referring=True)
    kind, m = _head(sv, j, last)
    person = ctx.person_in(j, last)
    if kind == "organization" and person is not None and sv.is_(m.first, lex.office_heads) and person.end >= hi \
            and person.role_start is not None and m.end <= person.role_start < person.start:
        name = _clean(sv.doc.original(lo, person.start)) or name   # "مكتب رئيس الوزراء الإسرائيلي
        person = None                                              # بنيامين نتنياهو": the office
    if person is not None and kind is not None and m.start < person.start \
            and (person.role_start is None or m.start < person.role_start) \
            and not _rank_of(ctx, sv, m, person):
        person = None      # "الحساب الإعلامي لقوات حفتر": the person only qualifies the head
    if kind is not None and person is None:
        return _headed(ctx, sv, j, last, kind, m, name, lo, hi)
    if person is not None:
        role = person.role or _role_before(sv, j, person)
        if _is_title(sv.words[j]) and person.role_start is not None and lo < person.role_start < person.start:
            role = _role_before(sv, j, person)    # "قائد الشرطة في ولاية كسلا العميد"
        return Source(person.name, "person", role, lo, hi)
    org = ctx.orgs.get(lo)
    if org is not None:           # a known body: "رويترز" is a medium, "حزب الله" an organisation
        kind = "media" if org.subtype == "media" else "organization"
        return Source(name, kind, None, lo, hi, head=_head_key(name))
    office = next((k for k in range(j, last + 1) if not _is_address(sv.words[k])
                   and not (k > j and _NISBA.match(sv.words[k]))), last)      # ("صاحب السمو الملكي")
    if _is_title(sv.words[j]) or (j < office and _is_title(sv.words[office])):
        return _titled(ctx, sv, j, last, name, lo, hi)  # "سعادة نائب رئيس …", "صاحب السمو رئيس الدولة"
    prior = _prior_named(ctx, name)          # "ديبكا" after "موقع ديبكا الإسرائيلي"
    if prior is not None:
        return prior.referred_at(lo, hi)
    place = ctx.places.get(lo)
    if place is not None and place.end >= hi - 1:
        return Source(name, "organization", None, lo, hi)   # "موسكو" for its government
    if strict or last - j > 6 or _is_adjunct(sv.words[j]) or _complementizer(sv.words[j]):
        return None
    return Source(name, "organization", None, lo, hi)


def _rank_of(ctx, sv, m, person) -> bool:
    """"اللواء أحمد المسماري": a head that is also a rank, right before the name, is his rank."""
    name = ctx.names.get(m.last + 1)
    return name is not None and name[0] == m.last + 1 and _is_title(sv.words[m.last]) \
        and not sv.gap(m.last + 1).strip()


def _phrase(sv, j, last) -> tuple[int, int, str]:
    """Norm span and clean name of tokens j..last, without a preposition ل."""
    doc = sv.doc
    lo, hi = doc.tokens[j].start, doc.tokens[last].end
    t = doc.tokens[j].text
    prefix = ""
    if t.startswith("لل") and len(t) > 4:           # "للأمم المتحدة" -> "الأمم المتحدة"
        lo, prefix = lo + 2, "ال"
    elif t.startswith("ل") and len(t) > 3 and _head_kind(sv, j) is not None and t[1:2] != "ا":
        lo += 1                                       # "لصحيفة" -> "صحيفة"
    return lo, hi, _clean(prefix + doc.original(lo, hi))


def _clean(text: str) -> str:
    text = _QUOTE_MARKS.sub("", text)
    return " ".join(text.split()).strip(_TRIM)


def _ends_in_ta(word: str) -> bool:
    """Does the word (folded, without و/ف) end in ة?"""
    return _bare(word)[-1].endswith("ه")


@lru_cache(maxsize=1 << 16)
def _is_rank(word: str) -> bool:
    """A military rank ("الفريق", "اللواء"), with or without the article."""
    return any(r.removeprefix("ال") in entities.lexicon().ranks for r in _bare(word))


@lru_cache(maxsize=1 << 16)
def _is_title(word: str) -> bool:
    """An office or a rank ("الوزير", "اللواء"), with or without the article."""
    return any(r.removeprefix("ال") in lexicon().titles for r in _bare(word))


def _titled(ctx, sv, j, last, name, lo, hi) -> Source:
    """An unnamed office holder ("المتحدث باسم الحكومة"); "الوزير" alone refers
    back to the last person with that office as a head of his role."""
    first = j
    while j < last and (_is_address(sv.words[j]) or j > first and _NISBA.match(sv.words[j])):
        j += 1          # "سعادة نائب رئيس مجلس الوزراء", "صاحب السمو الملكي ولي العهد": the office after the style
    word = _bare(sv.words[j])[-1]
    alone = all(_NISBA.match(_bare(sv.words[k])[-1]) or sv.is_(k, sv.lex.self_words)
                for k in range(j + 1, last + 1))                   # "المتحدث ذاته"
    title = word.removeprefix("ال")
    if word.startswith("ال") and alone:
        people = ctx.people_before(lo)
        if j < last:        # "الرئيس التركي": first whoever holds that very office, not "رئيس جهاز … التركي"
            people = list(people)
            said = " ".join(_bare(w)[-1].removeprefix("ال") for w in sv.words[j:last + 1])
            country = _demonym_country(ctx, sv.tokens[j + 1].start, hi)
            if country:     # "الرئيس الجيبوتي": not the Egyptian president named just before
                people = [m for m in people if m.country in (None, country)]
            people = [m for m in people if _holds(ctx, m, said)] + people
        for m in people:
            if title in _role_heads(ctx, m)[0] or j == last and _titled_before(ctx, m, title, lo):
                return Source(m.name, "person", m.role, lo, hi, referring=True)
    elif word.startswith("ال") or any(sv.words[k].startswith("ال") for k in range(j + 1, min(j + 4, last + 1))):
        # "المتحدث باسم الرئاسة" after "فلان، المتحدث الرسمي باسم الرئاسة"; a title in construct
        # too: "وزير الدفاع التشادي" after "وزير الدفاع التشادي الفريق أول فلان"
        written = [w for w in _WORDS.findall(_folded(name)) if not _is_address(w)]
        words = {w.removeprefix("ال") for w in written}
        titles = {b.removeprefix("ال") for b in _bare(sv.words[j])}    # ("وزير": not "و" + "زير")
        people = list(ctx.people_before(lo))
        said = f" {' '.join(written)} "     # "رئيس الجمهورية" as written first: not "رئيس جمهورية النيجر"
        people = [m for m in people if any(said in f" {' '.join(_WORDS.findall(t))} " for t in _role_texts(ctx, m))] \
            + people
        for m in people:
            heads, role_words = _role_heads(ctx, m)
            if titles & heads and words <= role_words:
                return Source(m.name, "person", m.role, lo, hi, referring=True)
    if j > first and not any(_is_style(w) or _NISBA.match(w) for w in sv.words[first:j]):
        name = _clean(sv.doc.original(sv.tokens[j].start, hi)) or name   # "السيد الوزير": the office
    return Source(name, "person", None, lo, hi, unnamed=True)


def _titled_before(ctx, m, title, pos) -> bool:
    """Did an earlier mention of person ``m`` carry ``title`` ("وزير الخارجية الروسي سيرغي
    لافروف" before "شدد لافروف", so that a later "الوزير" is he)?"""
    key = (m.name, title)
    if key not in ctx.titled_from:      # (once per name and title: the first mention that carries it)
        ctx.titled_from[key] = next((q.start for q in _mentions_of(ctx, m.name)
                                     if title in _role_heads(ctx, q)[0]), None)
    first = ctx.titled_from[key]
    return first is not None and first < m.start


def _mentions_of(ctx, name) -> list:
    """Every mention of the person with that name, in text order."""
    if ctx.by_name is None:
        ctx.by_name = {}
        for p in ctx.people:
            ctx.by_name.setdefault(p.name, []).append(p)
    return ctx.by_name[name]


def _demonym_country(ctx, start: int, end: int) -> str | None:
    """The country of the first demonym ("الجيبوتي") inside norm ``[start, end)``."""
    found = entities.demonyms(ctx.doc)
    k = bisect_left(found, start, key=lambda d: d.start)
    if k < len(found) and found[k].end <= end:
        return found[k].country
    return None


def _holds(ctx, m, said: str) -> bool:
    """Does a role of person ``m`` read ``said`` (words without ال) word for word
    ("رئيس تركي" in "الرئيس التركي", not in "رئيس جهاز الاستخبارات التركي")?"""
    return any(f" {said} " in " " + " ".join(w.removeprefix("ال") for w in _WORDS.findall(text)) + " "
               for text in _role_texts(ctx, m))


@lru_cache(maxsize=1 << 16)
def _is_style(word: str) -> bool:
    """"سعادة", "صاحب", "السمو": a style of address before an office or a name."""
    styles = entities.lexicon().styles
    return word in styles or word.removeprefix("ال") in styles


@lru_cache(maxsize=1 << 16)
def _is_address(word: str) -> bool:
    """A style or an honorific that is no office ("السيد", "الدكتور"): what may stand
    before an office ("السيد الفريق أول") without being it."""
    honorifics = entities.lexicon().honorifics
    return _is_style(word) or (word in honorifics or _bare(word)[-1] in honorifics) and not _is_title(word)


def _role_heads(ctx, m) -> tuple[set[str], set[str]]:
    """The title words heading a person's roles, and all the words of those roles
    (without ال): his title chain, an apposition right after his name ("أحمد أبو زيد،
    المتحدث باسم …"), and the source phrase that named him in an earlier claim
    ("المتحدث باسم الرئاسة، السفير فلان")."""
    known = ctx.roles.get(m.start)
    if known is not None:
        return known
    heads, words = set(), set()
    for text in _role_texts(ctx, m):
        for chunk in _CHUNKS.split(text):
            prev = None
            for w in _WORDS.findall(chunk):
                bare = w.removeprefix("ال")
                if bare in ctx.lex.titles and prev not in ctx.lex.titles and prev not in _GOVERNORS:
                    heads.add(bare)
                words.add(bare)
                prev = bare
    ctx.roles[m.start] = heads, words
    return heads, words


def _role_texts(ctx, m) -> list[str]:
    """A person's role as written: his title chain, the apposition after his name and
    the source phrases that named him."""
    return [_folded(m.role or ""), _apposition_after(ctx, m), _apposition_before(ctx, m)] \
        + ctx.phrases.get(m.start, [])


def _apposition_before(ctx, m) -> str:
    """"رئيس الجمهورية، السيد فلان": an office set off by a comma right before a name
    (or its honorific), from its first title word on."""
    start = m.role_start if m.role_start is not None and m.role_start < m.start else m.start
    before = ctx.doc.norm[max(0, start - 80):start].rstrip(" ")
    head, _, last = before.rpartition(" ")
    if last and _is_address(last):
        before = head.rstrip(" ")       # "، السيد فلان"
    if not before.endswith(("،", ",")):
        return ""
    end = max(0, start - 80) + len(before) - 1          # norm offset of the comma
    line = before[:-1].rsplit("\n", 1)[-1].rsplit(" - ", 1)[-1]
    chunks = _CHUNKS.split(line)
    found = []
    for n, chunk in enumerate(chunks[:-3:-1]):
        words = _WORDS.findall(chunk)[-6:]
        first = next((i for i, w in enumerate(words)
                      if any(b.removeprefix("ال") in ctx.lex.titles for b in _bare(w))), None)
        if first is None:
            break
        if n:                       # "وزير الخارجية، الناطق باسم الحكومة، السيد فلان": both offices
            lo = end - len(line)    # (not "استقبل الرئيس فلان، وزير الدفاع، السيد …": another person)
            k = bisect_left(ctx._starts, lo)
            if k < len(ctx._starts) and ctx._starts[k] < end - len(chunks[-1]):
                break
        found.insert(0, " ".join(words[first:]))
        if first > 0:
            break
    return "، ".join(found)


def _apposition_after(ctx, m) -> str:
    """", المتحدث باسم الخارجية" right after a name: the phrase up to the next
    punctuation, when it opens on a title (else nothing: "، بأن الرئيس …" is no role)."""
    after = ctx.doc.norm[m.end:m.end + 80].lstrip(" ،,")
    phrase = _CHUNKS.split(after, maxsplit=1)[0]
    words = _WORDS.findall(phrase)
    if words and words[0].removeprefix("ال") in ctx.lex.titles:
        return " ".join(words[:8])
    return ""


def _role_before(sv, j, person) -> str | None:
    if sv.tokens[j].start < person.start:
        return _clean(sv.doc.original(sv.tokens[j].start, person.start)) or None
    return None


def _headed(ctx, sv, j, last, kind, m, name, lo, hi) -> Source:
    """A phrase with a known head: anonymous, document, medium or organisation."""
    doc = sv.doc
    head_written = _clean(doc.original(m.start, m.end))
    head = _head_key(head_written)
    referring = _is_referring(sv, j, m, last)
    if kind == "anonymous":
        person = _official_before(ctx, sv, m, last, lo, head) if referring else None
        if person is not None:
            return Source(person.name, "person", person.role, lo, hi, referring=True)
        prior = _prior(ctx, "anonymous", head, _nisbas(sv, m.last + 1, last)) if referring and last > m.last else None
        if prior is not None:       # "المصدر العسكري الليبي نفسه" after "مصدر عسكري ليبي" (not "المصادر" alone)
            return prior.referred_at(lo, hi)
        return Source(name, "anonymous", None, lo, hi, head=head, referring=referring)
    if kind == "document":
        if referring:                                  # "البيان ذاته"
            prior = _prior(ctx, "document")
            if prior is not None:
                return prior.referred_at(lo, hi)
            return Source(name, "document", head_written, lo, hi, head="document", referring=True)
        text = any(st in sv.lex.text_heads for st, _, _ in stems(sv.words[m.last]))   # "لنص الاتفاقية": as written
        after = m.last + 1
        while _definite(sv.words[m.last]) and after <= last and _definite(sv.words[after]) \
                and not _known_at(ctx, sv, after) and _head_kind(sv, after) is None \
                and _match(sv.lex.issuer_links, doc, after) is None:
            after += 1              # "البيان المشترك (الصادر عن …)": adjectives agree with a definite head
        if after < last and sv.is_(after, sv.lex.number_words) and sv.words[after + 1].isdigit():
            after += 2              # "البلاغ العسكري رقم 1712"
        end = last
        while end > after and sv.is_(end, sv.lex.document_adjectives) \
                and _ends_in_ta(sv.words[end]) == _ends_in_ta(sv.words[m.last]):
            end -= 1                # "تقرير الأمين العام الأممي الأخير": the report is the latest
                                    # (not "بيان الإدارة الجديدة": the adjective agrees with the body)
        issuer = _issuer(ctx, sv, after, end) if after <= last and not text else None
        if text:
            name = _clean(doc.original(m.start, hi)) or name
        elif issuer is None and after > m.last + 1:
            name = _clean(doc.original(lo, sv.tokens[after - 1].end)) or name   # "البيان المشترك"
        return Source(issuer or name, "document", head_written, lo, hi, head="document")
    if kind == "media":
        if referring:                                  # "الموقع", "الصحيفة البريطانية"
            prior = _media_before(ctx, lo, head)
            if prior is not None:
                return prior.referred_at(lo, hi)
            return Source(name, "media", None, lo, hi, head=head, referring=True)
        title = _media_title(sv, m.last + 1, last) if m.last < last else None
        if title and _by_title(ctx, sv, m, title, head):
            return Source(title, "media", name, lo, hi, head=head)
        if title:       # "وكالة المغرب العربي للأنباء", "وكالة أنباء البحرين": the name holds its head
            return Source(name, "media", None, lo, hi, head=head)
        if m.last > m.first or m.last < last and sv.words[m.last + 1].isdigit():
            return Source(name, "media", None, lo, hi, head=head)   # "وكالة الأنباء السودانية", "القناة 12"
        return Source(name, "anonymous", None, lo, hi)    # "صحيفة بريطانية"
    body = ctx.orgs.get(sv.tokens[m.last + 1].start) if m.last < last else None
    if body is not None and body.last_token == last and body.subtype != "media" \
            and _opening_quote(sv, m.last + 1) is not None:
        return Source(body.name, "organization", None, lo, hi, head=head)   # "تنظيم «داعش»": the name quoted
    if referring:                                      # "الوزارة" after "وزارة الدفاع"
        prior = _prior(ctx, "organization", head, _nisbas(sv, m.last + 1, last))
        body = _body_before(ctx, lo, head) if last == m.last else None
        if prior is not None and (body is None or body.start < _sentence_end(ctx, prior.start)):
            return prior.referred_at(lo, hi)    # (a body named in the sentence of the source is its words)
        if body is not None:        # "الجماعة" after "جماعة «نصرة الإسلام والمسلمين»" named, not quoted;
            # "المجلس" after "لمجلس الأمن والدفاع", named after the source "مجلس السيادة": the nearer
            return Source(body.name, "organization", None, lo, hi, head=head, referring=True)
    return Source(name, "organization", None, lo, hi, head=head)


def _sentence_end(ctx, pos) -> int:
    s = ctx.doc.sentence_at(pos)
    return s.end if s is not None else pos


def _body_before(ctx, pos, head):
    """The nearest known body named before pos whose head word, its own first word or
    the word right before it, is ``head`` ("جماعة «نصرة الإسلام والمسلمين»")."""
    orgs, words = entities.organisations(ctx.doc), ctx.doc.words
    for k in range(bisect_left(ctx.org_starts, pos) - 1, -1, -1):
        o = orgs[k]
        before = (words[o.first_token - 1],) if o.first_token > 0 else ()
        own = ctx.doc.norm[o.start:o.end].split(" ", 1)[0]        # ("لمجلس الأمن": its name past ل)
        if any(_head_key(w) == head or _head_key(_bare(w)[-1]) == head for w in before + (words[o.first_token], own)):
            return o if o.subtype != "media" else None
    return None


def _by_title(ctx, sv, m, title, head) -> bool:
    """Is a medium with head m and this title named by the bare title ("موقع ديبكا" ->
    "ديبكا"), not as written ("وكالة أنباء الإمارات", "وكالة المغرب العربي للأنباء",
    "راديو دبنقا": the name holds its head)?"""
    place = ctx.places.get(sv.tokens[m.last + 1].start) \
        if _opening_quote(sv, m.last + 1) is None else None   # (but "صحيفة «واشنطن بوست»")
    return not _folded(title).endswith("للانباء") and place is None and head not in sv.lex.named_media


def _official_before(ctx, sv, m, last, lo, head):
    """"المسؤول الروسي" after "نائب رئيس الوزراء الروسي فلان": a definite official with a
    nisba, no unnamed one with that head quoted before, is the nearest person a role of whom
    (in any of his mentions) carries that nisba."""
    if not sv.is_(m.first, sv.lex.officials) or m.last >= last or _prior(ctx, "anonymous", head) is not None:
        return None
    nisbas = {_bare(w)[-1].removeprefix("ال") for w in sv.words[m.last + 1:last + 1]}
    for p in ctx.people_before(lo):
        held = next((q for q in _mentions_of(ctx, p.name) if q.start < lo and nisbas <= _role_heads(ctx, q)[1]), None)
        if held is not None:
            return held      # (the mention whose role says it)
    country = _demonym_country(ctx, sv.tokens[m.last + 1].start, sv.tokens[last].end)
    for p in ctx.people_before(lo, 6) if country else ():   # "وعقد نوفاك … مؤتمر صحفي قال فيه المسؤول
        if p.start < sv.s.start:                            # الروسي": no role of his says it, his country
            break                                           # does, in the same sentence
        if p.country == country:
            return p
    return None


def _is_referring(sv, j, m, last) -> bool:
    """"الموقع", "الصحيفة البريطانية", "البيان ذاته", "تلك المصادر": a definite head alone."""
    lex = sv.lex
    if m.last > m.first:
        return False            # "وكالة الأنباء السودانية" names an agency
    demonstrative = m.first > j and sv.is_(m.first - 1, lex.demonstratives)
    if not (_DEFINITE.match(sv.words[m.first]) or demonstrative):
        return False
    for k in range(m.last + 1, last + 1):
        t = _bare(sv.words[k])[-1]
        if t not in lex.self_words and not _NISBA.match(t):
            return False
    return True


def _issuer(ctx, sv, j, last) -> str | None:
    """"صادر عن الخارجية الروسية", "للأمم المتحدة": the body that issued a document."""
    m = _match(sv.lex.issuer_links, sv.doc, j)
    if m is not None:
        j = m.last + 1
    if j > last:
        return None
    kind, hm = _head(sv, j, last)
    if m is not None and j == last and kind is None and not _known_at(ctx, sv, j) and ctx.person_in(j, j) is None:
        return None         # "البيان الصادر عن الاجتماع": an event, no issuing body
    if kind is None and j == last and _event_word(sv.words[j], sv.lex):
        return None         # "البيان الختامي للقمة": the summit is no issuing body
    if kind == "media" and hm.last < last:
        title = _media_title(sv, hm.last + 1, last)
        if title:
            return title
    if kind == "organization" and _is_referring(sv, j, hm, last):    # "بيان الوزارة" after "وزارة الدفاع"
        prior = _prior(ctx, "organization", _head_key(_clean(sv.doc.original(hm.start, hm.end))),
                       _nisbas(sv, hm.last + 1, last))
        if prior is not None:
            return prior.name
        if j == last and m is None and not _known_at(ctx, sv, j) and not _NISBA.match("ال" + sv.words[j][2:]):
            return None         # "بيان للوزارة" with no ministry named before: as written (not "للخارجية");
                                # but "بيان صادر عن الوزارة" names its issuer
    person = ctx.person_in(j, last)
    if person is not None and kind is None:
        return person.name
    t = sv.words[j]
    if kind is None and m is None and not (t.startswith(("ال", "ل", "وال")) or _known_at(ctx, sv, j)):
        return None         # "تقديرات غير رسمية", "بيان مشترك": an adjective, not an issuer
    tok = sv.tokens[j]
    if j == last and _own_office(t):
        return None         # "بيان لمكتبه": the speaker's own office, named by him
    if t[:1] == "ل" and t[:2] != "لل" and (ctx.orgs.get(tok.start + 1) is not None or t[1:] in sv.lex.issuer_heads
                                          or (len(t) > 4 and not _known_at(ctx, sv, j) and _definite_after(sv, j, last))):
        return _clean(sv.doc.original(tok.start + 1, sv.tokens[last].end)) or None   # "لهيومن رايتس ووتش"
    return _phrase(sv, j, last)[2] or None


def _event_word(word: str, lex: Lexicon) -> bool:
    """"للقمة", "القمة": an event noun, with or without ل."""
    return any(stem in lex.events for stem, cut, _ in stems(word) if cut == 0 or word[:1] == "ل")


@lru_cache(maxsize=1 << 16)
def _own_office(word: str) -> bool:
    """"لمكتبه", "لحسابها": ل, a body's head and a possessive pronoun (the speaker's own)."""
    if word[:1] != "ل" or word[:2] == "لل":
        return False
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = word[1:-len(suffix)]
        if word.endswith(suffix) and (stem in lexicon().issuer_heads or stem.endswith("ت")
                                      and stem[:-1] + "ه" in lexicon().issuer_heads):
            return True
    return False


def _definite_after(sv, j, last) -> bool:
    """"لمستشارية الأمن القومي": a noun in construct with the definite word after it."""
    return j < last and _definite(sv.words[j + 1]) and not sv.breaks_before(j + 1)


def _named_at(ctx, sv, j) -> bool:
    """Does a person, an organisation or a place start at token j itself ("بريطانيا",
    not the ل of "لوزارة الدفاع")?"""
    start = sv.tokens[j].start
    return ctx.orgs.get(start) is not None or ctx.places.get(start) is not None or ctx.names.get(j) is not None


def _known_at(ctx, sv, j) -> bool:
    """Does a known organisation or place start at token j (after a proclitic)?"""
    tok = sv.tokens[j]
    return any(ctx.orgs.get(p) is not None or ctx.places.get(p) is not None
               for p in (tok.start, tok.start + 1))


def _media_title(sv, j, last) -> str | None:
    """The bare title of a medium: "ديبكا" in "موقع ديبكا الإسرائيلي", "حكومتنا" in
    "منصة «حكومتنا» التابعة لحكومة الوحدة"."""
    last = next((n - 1 for n in range(j, last + 1) if sv.is_(n, sv.lex.affiliations)), last)
    while j < last and _NISBA.match(sv.words[j]) and _opening_quote(sv, j + 1) is not None:
        j += 1          # "التلفزيون الرسمي «تيلي ساحل»": the adjective before a quoted name
    k = last
    while k >= j and _NISBA.match(sv.words[k]) and _QUOTE not in sv.gap_after(k):
        k -= 1
    if k < j or _weak_start(sv, j) or sv.words[j].isdigit() or all(_NISBA.match(sv.words[n]) for n in range(j, k + 1)) \
            or (j < k and any(p in sv.lex.np_continues.get(sv.words[j + 1], ()) for p in _bare(sv.words[j]))) \
            or (j < k and _NISBA.match(sv.words[j]) and sv.words[j + 1].startswith("لل")):
        return None   # ("وكالة الأنباء السورية «سانا»": an adjective is no title, nor "متخصص في …",
                      # nor the number of "القناة 12 العبرية", nor "الوكالة | الوطنية للإعلام": the
                      # adjective and the body's purpose name it with its head)
    return _clean(sv.doc.original(sv.tokens[j].start, sv.tokens[k].end)) or None


def _weak_start(sv, j) -> bool:
    """A name cannot start with a function word, complementizer or cue."""
    return sv.is_(j, sv.lex.np_stops) or _complementizer(sv.words[j]) or _is_cue(sv.words[j])


# -- antecedents

def _person_before(ctx, pos, honorific, feminine=False, other=None):
    """The last person named before pos (with that honorific in the role, if any, and
    a woman for a feminine pronoun, a man for the others), but not ``other``."""
    first = None
    for m in ctx.people_before(pos):
        if other is not None and m.name == other.name:
            continue
        styles = (m.role or "") + " " + m.extra.get("style", "")   # "معالي الشيخ" before his name
        if (honorific is None or any(h in _folded(styles) for h in honorific)) and _feminine(ctx, m) == feminine:
            return m
        first = first or m
    return first


def _next_turn(ctx, sv):
    """"وقال سموه إن …. من جهته، أكد الأمير خالد أن": the person the next sentence gives
    the floor to, right after its turn opener and a verb; "سموه" is someone else."""
    n = sv.last + 1
    if n >= len(sv.tokens) - 1:
        return None
    m = _match(sv.lex.turn_openers, sv.doc, n)
    if m is None:
        return None
    return next((p for k in range(m.last + 1, min(m.last + 4, len(sv.tokens)))
                 if (p := ctx.person_starting(k)) is not None), None)


def _latter_body(ctx, pos, person):
    """"اتهمت الحكومة قوات الدعم السريع بتنفيذه، بينما نفت الأخيرة": "the latter" is the
    body named last before pos, unless a woman or a place (a country) is named after it."""
    k = bisect_left(ctx.org_starts, pos) - 1
    if k < 0:
        return None
    body = entities.organisations(ctx.doc)[k]
    if body.end > pos or person is not None and _feminine(ctx, person) and person.start > body.start:
        return None
    if any(body.end <= start < pos for start in ctx.places):
        return None
    return body


def _feminine(ctx, m) -> bool:
    """Is the person a woman: "بنت" in her name, or a title with ة right before it ("الأميرة")?"""
    if ctx.lex.feminine_marks.intersection(_folded(m.name).split()):
        return True
    role = _folded(m.role or "").split()
    return bool(role) and role[-1].endswith("ه") and (_is_title(role[-1][:-1]) or _is_style(role[-1][:-1]))


def _prior(ctx, kind, head=None, nisbas=()) -> Source | None:
    """The last source or relaying medium of that kind (and head word) whose name holds
    the ``nisbas`` ("الرئاسة النيجرية" is not "الرئاسة البوركينية" named before)."""
    wanted = {w.removeprefix("ال") for w in nisbas}
    for src in reversed(ctx.mentions):
        if src.kind == kind and (head is None or src.head == head) and not src.referring and (
                not wanted or wanted <= {w.removeprefix("ال") for w in _folded(src.name).split()}):
            return src
    return None


def _nisbas(sv, first, last) -> list[str]:
    """The nisba adjectives among tokens first..last ("النيجرية"), folded (the earlier
    name may hold them without the article: "المصدر الليبي" after "مصدر ليبي")."""
    return [t for t in (_bare(sv.words[k])[-1] for k in range(first, last + 1)) if _NISBA.match(t)]


def _prior_named(ctx, name) -> Source | None:
    """An earlier named source this phrase shortens ("المسماري", "ديبكا")."""
    key = " " + _folded(name)
    if len(key) < 4:
        return None
    for src in reversed(ctx.mentions):
        if src.kind == "anonymous":
            continue
        for n in (src.name, src.role):
            if n and (" " + _folded(n) + " ").find(key + " ") >= 0:
                return src
    return None


def _media_before(ctx, pos, head) -> Source | None:
    """The nearest medium with the same head word named before pos ("الصحيفة" ->
    "لصحيفة فايننشال تايمز", "الوكالة" -> "وكالة الأنباء السودانية")."""
    if ctx.media is None:
        ctx.media = _media_mentions(ctx)
        ctx.media_starts = [m.start for m in ctx.media]
    top = bisect_left(ctx.media_starts, pos)
    word = head.split()[0]
    for src in reversed(ctx.media[max(0, top - 50):top]):
        if src.head.split()[0] == word:
            return src
    return None


def _media_mentions(ctx) -> list[Source]:
    """Every medium the document names with a title, in order (computed once)."""
    doc, lex = ctx.doc, ctx.lex
    readings = reading_index(doc)
    candidates = sorted({k for w in lex.media_words.intersection(readings) for k in readings[w]})
    known = {o.first_token: o.last_token for o in entities.organisations(doc) if o.subtype == "media"}
    out, sv, free = [], None, 0
    for k in candidates:                  # tokens that may open a media head ("وصحيفة")
        if k < free:
            continue
        if sv is None or k > sv.last:
            sent = doc.sentence_at(doc.tokens[k].start)
            if sent is None:
                continue
            sv = _Sentence(doc, sent, lex)
            if not sv.first <= k <= sv.last:
                continue
        m = _match(lex.heads, doc, k)
        if m is None or m.payload != "media" or m.last + 1 > sv.last:
            continue
        end = _np_end(ctx, sv, m.last + 1)
        listed = known.get(m.first) or known.get(m.last + 1)
        if listed is not None and listed < end:
            end = listed        # "وكالة أسوشيتد برس صورا …": a listed medium ends where its name does
        title = _media_title(sv, m.last + 1, end)
        phrase = _clean(doc.original(m.start, doc.tokens[end].end))
        head = _head_key(_clean(doc.original(m.start, m.end)))
        if title and _by_title(ctx, sv, m, title, head):
            out.append(Source(title, "media", phrase, m.start, doc.tokens[end].end, head=head))
        elif title or m.last > m.first:        # "وكالة أنباء الإمارات", "وكالة الأنباء السودانية"
            out.append(Source(phrase, "media", None, m.start, doc.tokens[end].end, head=head))
        free = end + 1
    return out


# ------------------------------------------------------------------ settling a sentence

def _settle(ctx, sv, found: list[Construction]) -> list[Construction]:
    """Cut contents at the next construction, attach trailing relays, resolve sources."""
    found = [c for idx, c in enumerate(found) if idx == 0 or not _reported(sv, found[idx - 1], c)]
    out: list[Construction] = []
    opening: list[Construction | None] = [None] * (len(found) + 1)   # the next one that opens a clause
    for idx in range(len(found) - 1, -1, -1):                       # of its own (a nested report does not)
        opening[idx] = found[idx] if not _nested(sv, found[idx]) else opening[idx + 1]
    for idx, c in enumerate(found):
        nxt = opening[idx + 1] or (found[idx + 1] if idx + 1 < len(found) else None)
        prev = out[-1] if out else None
        if c.trailing and prev is not None:
            if c.resumptive and not prev.trailing:
                after = found[idx + 1] if idx + 1 < len(found) else None
                if after is not None and after.source is not None and after.source.kind in (DROPPED, CONTINUED):
                    after.source = c.source        # "…، وهو ما نفاه مصدر عسكري، قال إن (مؤكداً أن)": its subject
                continue                           # "قال الوزير إن …، وهو ما أكده مسؤول": said once
            if not prev.trailing and not prev.quoted and prev.end >= c.clause - 2:
                prev.via = c.source                # "…، بحسب البيان": relays the claim before
                continue
            after_prev = prev.end if not prev.trailing else sv.tokens[min(prev.consumed, sv.last)].start
            c.start = max(c.start, after_prev)
        elif nxt is not None and not c.quoted and not c.trailing and not _nested(sv, nxt):
            c.end = min(c.end, max(_before_connectives(sv, nxt.clause), c.start))
        if not c.quoted:
            c.end = _content_stop(sv, c.start, c.end, c.nominal)
        if prev is not None and _reported_within(sv, prev, c):
            continue                               # "ذكرت الرئاسة أن عون أبلغ لاريجاني أن …": one claim
        out.append(c)
    settled = []
    for c in out:
        if c.source.kind == DROPPED:     # "قال فيه المسؤول الروسي إن …، وأضاف أن": the speaker just before
            prior = settled[-1].source if settled and not settled[-1].trailing else None
            c.source = prior or _relative_antecedent(ctx, sv, c) or _sentence_subject(ctx, sv, c) \
                or ctx.last_speaker(sv.s)
        elif c.source.kind == CONTINUED:
            c.source = _continued_source(ctx, sv, c, settled)
        elif c.source.kind == SPEAKER:
            c.source = settled[-1].source if settled else None
        if c.source is not None:
            ctx.remember(sv.s, c)
            settled.append(c)
    return settled


def _relative_antecedent(ctx, sv, c) -> Source | None:
    """"تصريحات الوزير فلان، الذي أجرى مباحثات مع …، وقال عقبها إنه": a verb with و and no
    subject, joined to a relative clause on the person right before it, is his."""
    if not sv.words[c.cue].startswith("و") or not sv.breaks_before(c.cue):
        return None
    for r in range(c.cue - 2, max(sv.first, c.cue - MAX_GAP), -1):
        if sv.breaks_before(r + 1) and sv.words[r + 1] not in _RELATIVES:
            return None                  # one clause only between the relative and the verb
        if sv.words[r] in _RELATIVES and sv.breaks_before(r):
            pos = sv.tokens[r].start
            person = next(ctx.people_before(pos, reach=1), None)
            if person is None or sv.doc.norm[person.end:pos].strip(" ،,"):
                return None
            return Source(person.name, "person", person.role, person.start, person.end)
    return None


def _reported(sv, before, c) -> bool:
    """"وبحسب الوزارة، فإن الوزير شدد على …": the verb whose subject opens the content of
    an opening attribution is what the attribution reports, not a claim of its own."""
    if before.form != "attribution" or before.trailing or before.start is None or c.form != "verb":
        return False
    cue = sv.tokens[c.cue]
    return c.clause <= before.start < cue.start and cue.end <= before.end


def _reported_within(sv, outer, c) -> bool:
    """"ذكرت الرئاسة أن عون أبلغ لاريجاني أن …": a report nested in the content of the
    claim before it is part of that content, not a claim of its own."""
    return (not outer.trailing and outer.start is not None and outer.end is not None
            and outer.start <= c.clause < outer.end and _nested(sv, c)
            and sv.words[c.cue - 1] not in _RELATIVES)   # ("صحة التقارير التي تحدثت عن": theirs)


def _sentence_subject(ctx, sv, c) -> Source | None:
    """"اتهمت الإدارة الذاتية أنقرة …، وقالت إن": a verb without a subject in mid-sentence
    shares the subject of the clause before it, the first source-like phrase of the sentence
    (a verb with no subject of its own first looks in the clause a connective opened a
    few words before it: "…، في حين رفض فلان …، واعتبر أن")."""
    if c.cue == sv.first:
        return None
    clause = None
    if c.source is not None and c.source.kind == DROPPED:
        clause = next((n for n in range(c.cue - 1, max(sv.first, c.cue - SUBJECT_REACH), -1)
                       if sv.breaks_before(n) and _joins(sv, n) and sv.words[n] not in ("و", "كما")), None)
    if clause is not None:
        # "…، في حين رفض رئيس المجلس فلان، الأحد، الورقة، واعتبر أنها": the clause it joins
        found = _subject_from(ctx, sv, c, clause, min(c.cue, clause + SUBJECT_REACH))
        if found is not None:
            return found
    return _subject_from(ctx, sv, c, sv.first, min(c.cue, sv.first + SUBJECT_REACH))


def _subject_from(ctx, sv, c, first, top) -> Source | None:
    """The first source-like phrase among tokens first..top-1 (see ``_sentence_subject``)."""
    k = first - 1
    while k + 1 < top:
        k += 1
        if k > sv.first and sv.words[k] in _RELATIVES and sv.breaks_before(k):
            k = _clause_end(sv, k) - 1     # "وفي اللقاء، الذي حضره الفريق فلان، نقل الوزير": not the subject
            continue
        if ctx.person_starting(k) is not None or _head_kind(sv, k) is not None or _is_title(sv.words[k]):
            if k > sv.first and (sv.is_(k - 1, _PREPOSITIONS) or _governed(sv.words[k - 1])) \
                    or _governed(sv.words[k]) and not _named_at(ctx, sv, k):
                continue            # "لدول تحالف الساحل", "يخضع … لوزارة الدفاع": a genitive, an object
            end = _object_after_body(ctx, sv, k, _np_end(ctx, sv, k))
            src = _source(ctx, sv, k, end, strict=True)
            if src is not None:      # ("إعلان وزير التربية المالي، فلان، تعليق …، إذ أوضح أن": named after)
                return _caller(ctx, sv, c, k, end) or _apposition(ctx, sv, src, end + 1)[0]
    return None


def _caller(ctx, sv, c, k, end) -> Source | None:
    """"وتلقى الدبيبة، ليل الثلاثاء، اتصالا من الرئيس أردوغان، عبّر خلاله عن تعازيه، وأكد
    أن": when the subject at k..end received a call, a verb placed during it ("خلاله")
    before or right after the cue ("أكد خلاله أن") has the caller after من for subject."""
    verb = k - 1
    while verb > sv.first and _is_address(sv.words[verb]):
        verb -= 1                          # "وتلقى السيد رئيس المجلس اتصالاً"
    if k == sv.first or not sv.is_(verb, sv.lex.received):
        return None
    frm = next((n for n in range(end + 1, min(c.cue, end + MAX_SUBJECT)) if sv.words[n] == "من"), None)
    during = range(frm + 2, min(c.cue + 2, sv.last + 1)) if frm is not None else ()
    if not any(sv.words[n] in ("خلاله", "خلالها") for n in during):
        return None
    frm += 1
    while frm < c.cue and _is_style(sv.words[frm]):
        frm += 1                           # "من فخامة الرئيس فلان"
    return _source(ctx, sv, frm, _np_end(ctx, sv, frm), strict=True)


def _object_after_body(ctx, sv, k, end) -> int:
    """"دانت وزارة الخارجية السورية الجولة، واعتبرت": a definite word that is no nisba,
    closing the clause right after a listed body's name, is the object of the verb before
    (a definite name takes no genitive): the phrase ends with the body."""
    body = ctx.org_last.get(k)
    if body is not None and body < end and sv.words[body + 1][:1] == "ب" and _governed(sv.words[body + 1]) \
            and not sv.breaks_before(body + 1):
        return body         # "ويتمسك الجيش السوداني | بضرورة انسحاب …": the verb's object after ب
    if body is None or body + 1 != end or not _definite(sv.words[end]) or _NISBA.match(sv.words[end]):
        return end
    return body if end == sv.last or sv.breaks_before(end + 1) else end


@lru_cache(maxsize=1 << 16)
def _governed(word: str) -> bool:
    """"لدول", "بقوات": ل/ب before a noun without the article, in construct with the next word."""
    return word[:1] in "لب" and len(word) > 3 and not _DEFINITE.match(word)


def _continued_source(ctx, sv, c, before) -> Source | None:
    """A participle's source: the claim before it, else the first person in the sentence,
    else its first subject ("ولم يعلق المتحدث باسم الحكومة، مكتفياً بالقول إن")."""
    if before:
        return _joined_subject(ctx, sv, c, before[-1]) or before[-1].source
    for p in range(c.cue - 2, sv.first - 1, -1):   # "في اجتماع أعلن عنه باراك …، قائلاً إن": the
        if _is_cue(sv.words[p]):                     # subject of a verb of saying before it
            m = next((ctx.person_starting(n) for n in range(p + 1, min(p + 3, c.cue))
                      if ctx.person_starting(n) is not None and ctx.person_starting(n).first_token == n), None)
            if m is not None:
                return Source(m.name, "person", m.role, m.start, m.end)
            break
    m = ctx.person_in(sv.first, c.cue - 1) if c.cue > sv.first else None
    if m is not None:
        return Source(m.name, "person", m.role, m.start, m.end)
    return _sentence_subject(ctx, sv, c) or _country_subject(ctx, sv, c)


def _country_subject(ctx, sv, c) -> Source | None:
    """"ونددت مصر بالهجوم، مؤكدة أن": a country right after the verb opening the sentence is
    the subject a participle continues, when their genders agree (a feminine participle, unless
    the country is one of the masculine ones)."""
    k = sv.first + 1
    if k >= c.cue or _is_cue(sv.words[sv.first]):
        return None
    place = ctx.places.get(sv.tokens[k].start)
    if place is None or place.subtype != "country" or sv.breaks_before(k):
        return None
    end = _last_token_of(ctx, place)
    if sv.words[c.cue].endswith("ه") == sv.is_(k, sv.lex.masculine_places):
        return None
    return _source(ctx, sv, k, end, strict=True)


def _joined_subject(ctx, sv, c, prev) -> Source | None:
    """"نفى المتحدث أن …، بينما استدعت الوزارة السفير، معتبرة أن": a clause joined after the
    claim before ("بينما", "فيما", "في حين") with a subject of its own gives the participle
    after it that subject."""
    for n in range(c.cue - 1, prev.cue, -1):
        if sv.tokens[n].start < (prev.end or 0):
            return None
        if sv.breaks_before(n) and _joins(sv, n) and sv.words[n] not in ("و", "كما"):
            return _subject_from(ctx, sv, c, n + 1, min(c.cue, n + 1 + MAX_SUBJECT))
    return None


def _nested(sv, c) -> bool:
    """"قال الوزير إن الرئيس قال له إن …": a report inside the content before it, not a
    new clause (which opens after punctuation, with و/ف, or after "فيما"/"لكن")."""
    t = sv.doc.token_at(c.clause)
    if t is None or c.form != "verb" or sv.breaks_before(t.index):
        return False
    after_that = t.index > sv.first and _complementizer(sv.words[t.index - 1])
    if t.text[:1] in "وف" and not after_that or (t.index > sv.first and _joins(sv, t.index - 1)):
        return False        # (but "إن ولي العهد يرى أن": a subject after إن, no و)
    return c.clause < sv.tokens[c.cue].start or after_that


def _joins(sv, k) -> bool:
    """Is token k a word that joins two clauses ("فيما", "لكن", "غير أن", "إلا أن")?"""
    t = sv.words[k]
    if t == "ان":
        return k > sv.first and sv.words[k - 1] in ("غير", "الا")
    if t == "حين":                                  # "في حين"
        return k > sv.first and sv.words[k - 1] == "في"
    if t == "في":
        return k < sv.last and sv.words[k + 1] == "حين"
    return t in sv.lex.connectives


def _before_connectives(sv, pos) -> int:
    """"…، فيما قالت المعارضة": the content ends before the words that join the next clause."""
    t = sv.doc.token_at(pos)
    k = (t.index if t is not None else sv.last + 1) - 1
    while k >= sv.first and _joins(sv, k):
        pos = sv.tokens[k].start
        if sv.breaks_before(k):
            break
        k -= 1
    return pos


def _content_stop(sv, start, end, nominal=False) -> int:
    """End the content at a narrator's comment ("، دون ذكر تفاصيل") or a participle; a
    noun-phrase content also at a new clause after a comma ("عن قلقها …، ودعت …") or
    at the writer's setting in time ("سيطرتها على البلدة، بعد معارك …")."""
    doc = sv.doc
    for i in sv.breaks_inside(start, end):
        t = doc.tokens[i]
        if nominal and t.text[:1] == "و" and not t.text.startswith("وال") and "،" in sv.gap(t.index) \
                and t.text not in sv.lex.object_heads and not sv.is_(t.index, sv.lex.np_stops):
            return t.start
        if nominal and t.text in sv.lex.nominal_stops and "،" in sv.gap(t.index):
            return t.start
        if _match(sv.lex.content_stops, doc, t.index) is not None or _is_participle(t.text):
            return t.start
    return end


# ------------------------------------------------------------------ output

def _content_key(doc, start, end) -> str:
    """The content's words after normalisation, to report the same content once.

    The norm is the folded text and its tokens are its words, so the key is the
    tokens over norm [start, end), the edge ones cut to the span ("بمقتل" -> "مقتل")."""
    words = [t.text for t in doc.tokens_between(start, end)]
    head, tail = doc.token_at(start), doc.token_at(end - 1)
    if head is not None and head.start < start:
        if tail is not None and tail.index == head.index:
            return doc.norm[start:end]
        words.insert(0, doc.norm[start:head.end])
    if tail is not None and tail.end > end:
        words.append(doc.norm[tail.start:end])
    return " ".join(words)


def _content(ctx, sv, c) -> tuple[int, int, bool] | None:
    """The content's norm span as reported, and whether it is one quotation; None when
    the construction reports nothing."""
    doc = ctx.doc
    if c.start is None or c.end is None or c.source is None:
        return None
    start, end = _trim(doc, c.start, c.end)
    tokens = doc.tokens_between(start, end)
    if c.trailing and start == sv.s.start:
        start, tokens = _after_opening_adverbial(sv, tokens, start)
        opener = _match(sv.lex.discourse_openers, doc, tokens[0].index) if tokens else None
        if opener is not None and opener.last < tokens[-1].index:   # "إلى ذلك استقبل …، حسب …"
            tokens = [t for t in tokens if t.index > opener.last]
            start = tokens[0].start
    if c.trailing and tokens and tokens[0].start == start and _opening_conjunction(ctx, tokens[0]):
        start += 1              # "وتنتشر القوات …، وفق ما أفادت مصادر": "تنتشر القوات …"
    if len(tokens) == 1 and not c.trailing:
        start, tokens = _with_pronoun(sv, start, tokens)
    if len(tokens) < (3 if c.trailing else 2):
        return None
    if c.nominal and sv.is_(tokens[0].index, sv.lex.courtesies):
        return None             # "أعرب عن تقديره لمواقف مصر": thanks, no proposition
    if c.resumptive and sv.is_(tokens[0].index, sv.lex.narrator_frames):
        return None             # "ويأتي اللقاء بعد اتهام …، وهو ما نفته الوزارة": the writer's frame
    if c.resumptive:
        start, tokens = _charge_in_frame(sv, start, tokens)
    empty = _match(sv.lex.empty_contents, doc, tokens[0].index)
    if empty is not None and empty.last + 3 >= tokens[-1].index:
        return None             # "جاء ذلك على لسان …": the content is said elsewhere
    quoted = c.quoted
    if not quoted and _wholly_quoted(doc, start, end):
        start, end, quoted = start + 1, end - 1, True
    return start, end, quoted


def _record(ctx, sv, c, n, start, end, quoted) -> dict:
    doc = ctx.doc
    span = doc.span(start, end)
    src = c.source
    content = span["text"]
    if c.aside is not None and start < c.aside[0] and c.aside[1] < end:
        # the span runs across the aside; the content is the clause without it
        content = doc.original(start, c.aside[0]) + " " + doc.original(c.aside[1], end)
    return {
        "id": f"c{n}",
        "source": {"name": src.name, "kind": src.kind, "role": src.role,
                   "span": doc.span(src.start, src.end)},
        "cue": _cue_text(doc, sv, c),
        "stance": c.stance,
        "content": content,
        "quoted": quoted,
        "via": _via_name(c.via),
        "section": sv.s.section,
        "span": span,
        "evidence": doc.span(min(sv.s.start, start), max(sv.s.end, end)),
    }


def _wholly_quoted(doc, start, end) -> bool:
    """Is norm[start:end] one quotation, marks included?"""
    norm = doc.norm
    if norm[start] == _QUOTE and norm[end - 1] == _QUOTE:
        return norm.count(_QUOTE, start, end) == 2
    return (norm[start] == _SINGLE and norm[end - 1] == _SINGLE and norm.count(_SINGLE, start, end) == 2
            and _mark(doc, start) + _mark(doc, end - 1) == _SINGLE_PAIR)


def _with_pronoun(sv, start, tokens):
    """"إنها ستقاطعها": a one-word content keeps the complementizer that holds its subject."""
    k = tokens[0].index - 1
    if k >= sv.first and _complementizer(sv.words[k]) and sv.words[k].endswith(("ه", "ها", "هم", "هما", "ني", "نا")) \
            and not sv.breaks_before(tokens[0].index):
        return sv.tokens[k].start, [sv.tokens[k]] + tokens
    return start, tokens


def _charge_in_frame(sv, start, tokens):
    """"…، وسط اتهامات أممية لرواندا بنشر جنود، وهو ما تنفيه كيغالي": a last clause that
    frames the event with a charge or report is what the resumptive phrase takes up."""
    b = next((t.index for t in reversed(tokens[1:]) if "،" in sv.gap(t.index)), None)
    if b is None:
        return start, tokens
    n = b + 1 if sv.words[b] in ("وسط", "مع") else b
    if sv.words[b] == "في" and b < sv.last and sv.words[b + 1] == "ظل":
        n = b + 2                                   # "، في ظل تقارير عن …"
    if n == b or n > tokens[-1].index or _bare(sv.words[n])[-1].removeprefix("ال") not in sv.lex.charges_in_frame:
        return start, tokens
    return sv.tokens[n].start, [t for t in tokens if t.index >= n]


def _after_opening_adverbial(sv, tokens, start):
    """"وفور وصوله، عقد الوفد …، وفق ما أعلن …": the content starts after a short
    opening phrase that only sets the scene ("وفور وصوله،", "وفي السياق،")."""
    for k, t in enumerate(tokens[1:4], 1):
        if sv.breaks_before(t.index):
            first = _bare(tokens[0].text)[-1]
            if first in _SCENE_SETTERS or first[:1] in "بل" and first[1:] in _SCENE_SETTERS:
                return t.start, tokens[k:]
            break
    return start, tokens


def _opening_conjunction(ctx, tok) -> bool:
    """Is the first letter of token ``tok`` the conjunction و/ف rather than the word's own?

    Read as a conjunction only before what is surely a word: the article ("والقوات"), a
    second و ("ووقعت"), a function word ("وكانت", "فقد"), a hamza as written ("وأكد"),
    a present verb after و ("وتنتشر"), or a name the document knows ("وموسكو")."""
    w = tok.text
    if w[:1] not in "وف" or len(w) < 3 or w.startswith(ctx.lex.root_initials):
        return False
    rest = w[1:]
    if ctx.orgs.get(tok.start) is not None or ctx.places.get(tok.start) is not None:
        return False                                   # "واشنطن", "فاغنر"
    written = _MARKS.sub("", ctx.doc.original(tok.start, tok.end))
    k = bisect_left(ctx._starts, tok.start + 1)
    return (rest.startswith(("ال", "لل")) and len(rest) > 3) \
        or (w[0] == "و" and rest[0] == "و") \
        or rest in ctx.lex.function_words \
        or written[1:2] in ("أ", "إ") \
        or (w[0] == "و" and rest[0] in "يتن" and len(rest) > 3) \
        or ctx.orgs.get(tok.start + 1) is not None or ctx.places.get(tok.start + 1) is not None \
        or (k < len(ctx._starts) and ctx._starts[k] == tok.start + 1)


def _cue_text(doc, sv, c) -> str:
    """The cue as written, without its conjunction ("وقالت" -> "قالت", "وبحسب" -> "بحسب")."""
    tok = doc.tokens[c.cue]
    start = tok.start
    if c.form == "attribution":
        m = _match(sv.lex.attributions, doc, c.cue)
        start = m.start if m is not None else start
    elif c.form == "noun":
        start = tok.end - len(next(n for n in sv.lex.verbal_nouns if tok.text.endswith(n)))
    elif tok.text not in sv.lex.verbs and tok.text not in sv.lex.participles and tok.text not in sv.lex.relatives:
        start += 1
    return doc.original(start, doc.tokens[c.cue_end].end)


def _via_name(via: Source | None) -> str | None:
    if via is None:
        return None
    return via.role if via.kind == "media" and via.role else via.name


def _trim(doc, start, end) -> tuple[int, int]:
    """Content without edge punctuation, and without an unbalanced edge quote mark."""
    norm = doc.norm
    for _ in range(2):
        while start < end and norm[start] in _TRIM:
            start += 1
        while end > start and norm[end - 1] in _TRIM:
            end -= 1
        if end > start and norm.count(_QUOTE, start, end) % 2:
            if norm[start] == _QUOTE:
                start += 1
            elif norm[end - 1] == _QUOTE:
                end -= 1
    return start, end
