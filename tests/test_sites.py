"""Military-site records: one test or more per construction, on sentences
written for the test, plus sanity checks on data/sites.jsonl."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from service.extractors import sites
from service.gazetteer import phrase_key
from service.schemas import SITE_TYPES
from service.text import analyse

DATA = Path(__file__).resolve().parents[1] / "service" / "data"
KEYS = {"id", "name", "type", "country", "lat", "lon", "canonical", "location", "relative_location",
        "forces", "section", "mentions"}


def run(text: str) -> list[dict]:
    records = sites.extract(analyse(text))
    for n, rec in enumerate(records, 1):
        assert set(rec) == KEYS
        assert rec["id"] == f"s{n}"
        assert rec["type"] in SITE_TYPES
        assert rec["section"] in ("main", "related")
        assert rec["mentions"]
        for span in rec["mentions"]:
            assert text[span["start"]:span["end"]] == span["text"]
    return records


def by_name(records: list[dict]) -> dict[str, dict]:
    return {r["name"]: r for r in records}


def one(text: str) -> dict:
    records = run(text)
    assert len(records) == 1, [r["name"] for r in records]
    return records[0]


# ---------------------------------------------------------------- no site

@pytest.mark.parametrize("text", [
    "وصل الوفد إلى مدينة سرت صباح الأحد.",                                   # a city alone
    "تقع سرت على ساحل البحر المتوسط.",
    "أحيا الليبيون ذكرى معركة القرضابية ضد الاحتلال الإيطالي.",              # a battle named after a place
    "رست حاملة الطائرات الروسية الأميرال كوزنتسوف قبالة شواطئ بنغازي.",      # a ship
    "ويتحدث مراقبون عن كون فاغنر تستخدم تلك القواعد وقواعد أخرى بالشرق.",   # generic plurals
    "يسعى بوتين للتدخل مقابل الحصول على قاعدة عسكرية هناك.",                # unnamed
    "يستعد بوتين لإقامة قاعدة جوية وبحرية على ساحل البحر المتوسط بالقرب من بنغازي.",  # planned, general
    "يقود تنظيم القاعدة هجمات في الساحل الأفريقي.",                          # al-Qaeda
    "أنشأت الوزارة قاعدة بيانات للمقاتلين، ولدى الحزب قاعدة شعبية واسعة.",
    "وصل حفتر إلى مطار بنينا الدولي قادما من القاهرة.",                      # a civilian arrival
    "أغلق المحتجون ميناء راس لانوف النفطي أمام الناقلات.",                   # an oil port, no military use
    "وأسست قوات حفتر غرفة طوارئ عسكرية في مدينة درنة.",
    "وأكدت القاعدة الجوية الروسية في سوريا استمرار عملها.",                   # a country, no named site
    "وتحدث الرئيس عن الجفرة والخروبة في خطابه.",                             # bare names never introduced
])
def test_no_site(text):
    assert run(text) == []


# ---------------------------------------------------------------- gazetteer sites, names and types

def test_seed_sentence_with_coordination_and_apposition():
    text = ("قدمت موسكو دعماً عسكرياً مباشراً لحفتر، من خلال مجموعات فاغنر التي انسحبت إلى مدينة سرت، "
            "وسط شماليّ البلاد، قبل أن تتمركز في نقاط عسكرية استراتيجية، ولا سيما في قاعدة الجفرة وسط الجنوب، "
            "وقاعدة الخروبة المحاذية لقاعدة الرجمة للمقر العسكري لحفتر في شرق البلاد.")
    recs = by_name(run(text))
    assert set(recs) == {"قاعدة الجفرة", "قاعدة الخروبة", "قاعدة الرجمة"}
    jufra, kharruba, rajma = recs["قاعدة الجفرة"], recs["قاعدة الخروبة"], recs["قاعدة الرجمة"]
    assert jufra["forces"] == ["فاغنر"] and kharruba["forces"] == ["فاغنر"]
    assert rajma["forces"] == ["حفتر"]                     # the HQ's owner, not the verb's agent
    assert (jufra["type"], kharruba["type"], rajma["type"]) == ("air_base", "air_base", "headquarters")
    assert jufra["location"] == "وسط الجنوب"
    assert rajma["location"] == "شرق البلاد"
    assert jufra["country"] == "LY" and jufra["canonical"] and 28 < jufra["lat"] < 30


def test_fullest_name_forces_across_verbs_and_relative_location():
    text = ("وفي السياق ينشط عناصرفاجنر في ليبيا حاليًا ما بين مدينتي سرت (450 كلم شرق طرابلس) و يتمركزون "
            "بقاعدة القرضابية الجوية ومينائها البحري، بالإضافة إلى قاعدة الجفرة الجوية، وتمددوا إلى الجنوب "
            "الغربي حيث تمركزوا في قاعدة براك الشاطئ الجوية (700 كلم جنوب طرابلس).")
    recs = run(text)
    assert [r["name"] for r in recs] == ["قاعدة القرضابية الجوية ومينائها البحري", "قاعدة الجفرة الجوية",
                                         "قاعدة براك الشاطئ الجوية"]
    assert all(r["forces"] == ["فاجنر"] for r in recs)
    assert all(r["type"] == "air_base" for r in recs)
    assert recs[2]["relative_location"] == {"distance_km": 700.0, "direction": "south", "reference": "طرابلس"}
    assert recs[0]["relative_location"] is None           # "(450 كلم ...)" belongs to the city


def test_subject_before_a_chain_of_verbs_skips_the_host_country():
    text = ('ورغم فشل هجوم حفتر على العاصمة، إلا أن "فاغنر" لم تغادر ليبيا، وبقيت متواجدة في قاعدة جوية '
            'الجفرة بالجنوب الليبي، وقواعد أخرى بالشرق.')
    rec = one(text)
    assert rec["name"] == "قاعدة جوية الجفرة"
    assert rec["forces"] == ["فاغنر"]
    assert rec["location"] == "بالجنوب الليبي"


def test_demonym_on_the_site_is_a_state():
    rec = one("تكون مشابهة لقاعدة حميميم الروسية القريبة من اللاذقية.")
    assert rec["name"] == "قاعدة حميميم الروسية"
    assert rec["forces"] == ["روسيا"] and rec["country"] == "SY"
    assert rec["location"] == "القريبة من اللاذقية"


def test_one_record_per_site_and_later_bare_mentions():
    text = ("تتمركز فاغنر في قاعدة الجفرة الجوية. وتعد الجفرة أهم مواقعها، "
            "وقد زار وفد روسي قاعدة الجفرة مرتين.")
    rec = one(text)
    assert rec["name"] == "قاعدة الجفرة الجوية"
    assert len(rec["mentions"]) == 3
    assert rec["forces"] == ["فاغنر"]


def test_standalone_names_and_blockers():
    assert one("تقلع الطائرات الروسية من حميميم يوميا.")["name"] == "حميميم"
    assert run("زار الوفد بلدة الرجمة شرق بنغازي.") == []


def test_spelling_variants_and_proclitics():
    for text in ("سيطرت القوات على قاعدة الغرضابية.", "وبقاعدة القردابية الجوية طائرات.",
                 "تتمركز فاغنر في قاعدة الخروبه."):
        rec = one(text)
        assert rec["canonical"], text


def test_head_picks_the_entry_of_its_type():
    recs = by_name(run("وصلت سفن حربية روسية إلى ميناء طبرق، بينما بقيت الطائرات في قاعدة طبرق الجوية."))
    assert recs["ميناء طبرق"]["type"] == "port" and recs["ميناء طبرق"]["forces"] == ["روسيا"]
    assert recs["قاعدة طبرق الجوية"]["type"] == "air_base"


def test_type_follows_the_head_for_dual_use_airfields():
    assert one("تسيطر قوة الردع على مطار معيتيقة.")["type"] == "airport"
    assert one("قصفت الطائرات قاعدة معيتيقة الجوية.")["type"] == "air_base"


def test_dual_head():
    recs = run("تتمركز فاغنر في قاعدتي الجفرة والقرضابية.")
    assert [r["name"] for r in recs] == ["الجفرة", "القرضابية"]
    assert all(r["forces"] == ["فاغنر"] for r in recs)


def test_sections():
    text = "تتمركز فاغنر في قاعدة الجفرة.\nكلمات دلالية: حفتر\nوتستخدم تركيا قاعدة الوطية الجوية."
    recs = by_name(run(text))
    assert recs["قاعدة الجفرة"]["section"] == "main"
    assert recs["قاعدة الوطية الجوية"]["section"] == "related"


# ---------------------------------------------------------------- sites the gazetteer does not know

def test_unknown_air_base_needs_a_qualifier():
    rec = one("نفذت المقاتلات طلعات من قاعدة الحمراء الجوية أمس.")
    assert (rec["name"], rec["type"], rec["canonical"]) == ("قاعدة الحمراء الجوية", "air_base", None)
    assert one("تتمركز القوات في قاعدة جوية الزهراء.")["type"] == "air_base"
    assert one("ترسو السفن في قاعدة الزهراء البحرية.")["type"] == "naval_base"
    assert run("وقعت الحادثة في قاعدة الزهراء أمس.") == []


def test_unknown_military_airport_and_port():
    rec = one("هبطت طائرة شحن في مطار زلة العسكري.")
    assert (rec["name"], rec["type"]) == ("مطار زلة العسكري", "airport")
    rec = one("سيطرت قوات الدعم السريع على مطار الخرطوم الدولي.")
    assert rec["type"] == "airport" and rec["forces"] == ["الدعم السريع"]     # the core name


def test_definite_base_with_demonym_and_place():
    rec = one("كانت القاعدة الروسية في طرطوس نقطة الانطلاق.")
    assert rec["canonical"] and rec["type"] == "naval_base"
    rec = one("وتوجد القاعدة الفرنسية في غاو منذ سنوات.")
    # named as written (not by the bare city); the listed name is in canonical
    assert rec["name"] == "القاعدة الفرنسية في غاو" and rec["forces"] == ["فرنسا"] and rec["canonical"]


def test_numbered_bases():
    recs = run("انسحب الجيش الأمريكي من القاعدة الجوية 101 في نيامي. وتقع القاعدة الجوية 101 التي استخدمها "
               "الجيش الأمريكي قرب المطار. وأقيمت مراسم في القاعدة الجوية الأمريكية 201 بمدينة أغاديز.")
    assert [r["canonical"] for r in recs] == ["Air Base 101, Niamey", "Air Base 201, Agadez"]
    assert len(recs[0]["mentions"]) == 2 and recs[0]["forces"] == ["الجيش الأمريكي"]
    assert recs[1]["name"] == "القاعدة الجوية الأمريكية 201" and recs[1]["forces"] == ["الولايات المتحدة"]
    rec = one("انسحبت القوات من القاعدة الجوية 101 أمس.")      # Bamako or Niamey: not decided
    assert (rec["name"], rec["canonical"], rec["type"]) == ("القاعدة الجوية 101", None, "air_base")


def test_where_clause_places_at_the_site_before():
    rec = one("استهدفت غارة مطار التيفور العسكري في ريف حمص، حيث تتمركز ميليشيات إيرانية.")
    assert rec["forces"] == ["إيران"] and rec["location"] == "ريف حمص"


def test_headquarters():
    rec = one("ويعود آخر لقاء إلى 17 سبتمبر، بمقر القيادة العامة للقوات المسلحة العربية الليبية، بمدينة بنغازي.")
    assert (rec["name"], rec["type"]) == ("مقر القيادة العامة للقوات المسلحة العربية الليبية", "headquarters")
    assert rec["forces"] == ["القوات المسلحة العربية الليبية"]
    rec = one("التقى حفتر السفير في مقره بالرجمة.")
    assert (rec["name"], rec["type"]) == ("الرجمة", "headquarters")
    rec = one("ودخلت قوات الجيش السوداني مقر قيادة قوات الدعم السريع في الخرطوم.")
    assert rec["type"] == "headquarters"
    assert set(rec["forces"]) == {"الدعم السريع", "الجيش السوداني"}


def test_operations_room_only_when_placed():
    assert one("وأعلنت غرفة عمليات تحرير سرت في مصراتة بدء الهجوم.")["type"] == "headquarters"
    assert run("وتعمل غرفة عمليات سرت الجفرة على تأمين المنطقة.") == []


# ---------------------------------------------------------------- forces

@pytest.mark.parametrize("text,forces", [
    ("سيطرت قوات حكومة الوفاق على قاعدة الوطية الجوية.", ["قوات حكومة الوفاق"]),         # VSO
    ("وتتمركز قوات فاغنر في قاعدة الجفرة.", ["فاغنر"]),                                     # core name
    ("أكد أن القوات المسلحة العربية الليبية تسيطر على قاعدة براك الشاطئ.", ["القوات المسلحة العربية الليبية"]),
    ("هاجمت مسيرات قاعدة الخروبة التي تستخدمها مجموعة فاغنر الروسية.", ["فاغنر"]),          # relative clause
    ("وتخضع قاعدة الجفرة لسيطرة قوات حفتر.", ["قوات حفتر"]),                              # post cue
    ("وتضم قاعدة حميميم طائرات روسية ونحو ألف عسكري روسي.", ["روسيا"]),                  # host cue
    ("ويوجد في قاعدة الجفرة عسكريون روس.", ["عسكريون روس"]),                                    # subject after the place
    ("يتمركز نحو 1500 عنصر من الفيلق الأفريقي في قاعدة الجفرة.", ["الفيلق الأفريقي"]),
    ("نفذت طائرات تركية غارات على قاعدة الوطية.", []),                                      # attackers are not placed
    ("تتمركز قوات فاغنر في الجفرة القريبة من قاعدة تمنهنت.", []),                           # related, not placed
    ("وانسحبت قوات الوفاق إلى مصراتة، بينما بقيت قوات حفتر متمركزة في قاعدة الجفرة.", ["قوات حفتر"]),
])
def test_forces(text, forces):
    assert one(text)["forces"] == forces


def test_dropped_subject_in_the_next_sentence():
    text = "انسحبت عناصر فاغنر من طرابلس في يونيو. ثم تمركزت في قاعدة الجفرة وقاعدة براك."
    recs = run(text)
    assert [r["forces"] for r in recs] == [["فاغنر"], ["فاغنر"]]


def test_place_in_parentheses_or_after_preposition_is_not_a_force():
    rec = one("ينشط عناصر فاغنر في ليبيا (جنوب طرابلس) ويتمركزون في قاعدة الجفرة.")
    assert rec["forces"] == ["فاغنر"]


# ---------------------------------------------------------------- location

def test_relative_location_in_miles_and_compound_direction():
    rec = one("تقع قاعدة الويغ على بعد 600 ميل جنوب طرابلس.")
    assert rec["relative_location"] == {"distance_km": 965.6, "direction": "south", "reference": "طرابلس"}
    rec = one("وتقع قاعدة الخروبة على بعد 150 كيلومترا جنوب غرب بنغازي.")
    assert rec["relative_location"]["direction"] == "southwest"
    assert rec["relative_location"]["distance_km"] == 150.0


def test_location_phrases():
    assert one("وتقع قاعدة وادي سيدنا العسكرية شمال أم درمان.")["location"] == "شمال أم درمان"
    assert one("تقلع الطائرات من قاعدة إنجرليك جنوب تركيا.")["location"] == "جنوب تركيا"


# ---------------------------------------------------------------- the gazetteer file

def _entries() -> list[dict]:
    with (DATA / "sites.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.startswith("//")]


def test_gazetteer_entries_are_complete():
    entries = _entries()
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    for e in entries:
        assert re.fullmatch(r"[a-z0-9_]+", e["id"])
        assert e["canonical"] and e["names"] and e["source"]
        assert e["type"] in SITE_TYPES
        assert re.fullmatch(r"[A-Z]{2}", e["country"])
        assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180
        assert set(e.get("standalone", [])) <= set(e["names"])
        assert set(e.get("types", {})) <= {"base", "camp", "airport", "port"}
        assert all(t in SITE_TYPES for t in e.get("types", {}).values())


def test_no_name_belongs_to_two_entries():
    owner: dict = {}
    for e in _entries():
        for n in e["names"]:
            key = phrase_key(n)
            assert owner.setdefault(key, e["id"]) == e["id"], n


@pytest.mark.parametrize("name", [
    "قاعدة الجفرة", "قاعدة القرضابية", "قاعدة براك الشاطئ", "قاعدة الخادم", "قاعدة الوطية", "قاعدة معطن السارة",
    "قاعدة الخروبة", "قاعدة الرجمة", "قاعدة بنينا", "قاعدة الأبرق", "قاعدة تمنهنت", "قاعدة معيتيقة",
    "الكلية الجوية مصراتة", "قاعدة جمال عبد الناصر", "قاعدة الويغ", "قاعدة أم الأرانب", "ميناء سرت",
    "ميناء راس لانوف", "ميناء طبرق", "قاعدة حميميم", "قاعدة طرطوس", "القاعدة الروسية في بورتسودان",
    "قاعدة فلامنغو", "قاعدة كام رانه", "قاعدة غيومري", "قاعدة كانط الجوية", "القاعدة الروسية 201",
    "قاعدة وادي سيدنا", "قاعدة مروي", "قاعدة جبل أولياء", "قاعدة كرري", "مطار باماكو", "قاعدة غاو",
    "قاعدة تمبكتو", "القاعدة الجوية 101 في نيامي", "القاعدة الجوية 201", "قاعدة كوسي", "قاعدة فايا لارجو",
    "قاعدة أبشي", "مطار بانغي مبوكو", "قاعدة بيرينغو", "مطار القامشلي", "مطار التيفور", "قاعدة الشعيرات",
    "مطار المزة", "قاعدة التنف", "مطار كويرس", "مطار دير الزور", "مطار منغ", "قاعدة العديد", "قاعدة الظفرة",
    "معسكر عريفجان", "قاعدة علي السالم", "قاعدة الأمير سلطان الجوية", "قاعدة الجفير", "قاعدة المنهاد",
    "معسكر ليمونييه", "القاعدة الصينية في جيبوتي", "قاعدة بربرة", "قاعدة عصب", "قاعدة بوصاصو",
    "قاعدة إنجرليك", "قاعدة تركسوم", "قاعدة طارق بن زياد",
])
def test_named_installations_are_listed(name):
    rec = one(f"تتمركز القوات في {name} منذ سنوات.")
    assert rec["canonical"], name


# ---------------------------------------------------------------- forces: adjectives, hosts, possession,
# relatives, pronouns, withdrawals and handovers

@pytest.mark.parametrize("text,forces", [
    # troops with a demonym are kept as written, definite or not; aircraft give the state
    ("وتنتشر قوات تركية في قاعدة الخروبة الجوية.", ["قوات تركية"]),
    ("وتنتشر القوات التركية في قاعدة الخروبة الجوية.", ["القوات التركية"]),
    ("وتستخدم الطائرات التركية المسيرة قاعدة معيتيقة.", ["تركيا"]),
    ("وتتمركز قوات مصرية وإماراتية في قاعدة سيدي براني.", ["قوات مصرية", "الإمارات"]),       # coordinated demonyms
    ("ويرابط جنود إيطاليون في مطار مصراتة العسكري.", ["جنود إيطاليون"]),
    ("ويرابط جندي إيطالي في مطار مصراتة العسكري.", ["إيطاليا"]),                       # a singular: the state
])
def test_national_forces_with_a_demonym(text, forces):
    assert one(text)["forces"] == forces


def test_host_verb_places_the_hosted_force_at_every_site():
    recs = run("ويستضيف العراق جنودا أمريكيين في قاعدة عين الأسد وفي قاعدة حرير بأربيل.")
    assert [r["forces"] for r in recs] == [["جنودا أمريكيين"], ["جنودا أمريكيين"]]
    recs = by_name(run("وتحتضن قطر قوات أمريكية في قاعدة العديد الجوية وفي القاعدة البحرية الأمريكية في ميناء حمد."))
    assert set(recs) == {"قاعدة العديد الجوية", "القاعدة البحرية الأمريكية في ميناء حمد"}   # the port's name kept
    assert all(r["forces"] == ["قوات أمريكية"] for r in recs.values())   # (not the site's demonym)
    assert recs["القاعدة البحرية الأمريكية في ميناء حمد"]["type"] == "naval_base"


def test_named_port_after_a_base_stops_before_the_city():
    rec = one("وتتمركز قوات بريطانية في القاعدة البحرية البريطانية في ميناء سلمان بالمنامة.")
    assert rec["name"] == "القاعدة البحرية البريطانية في ميناء سلمان"


@pytest.mark.parametrize("text", [
    "وتحتفظ تركيا بقاعدة الوطية الجوية قرب الحدود التونسية، وبمنشأة بحرية في ميناء مصراتة.",
    "وتملك تركيا قاعدة الوطية الجوية، وتدير منشأة بحرية في ميناء مصراتة.",
])
def test_possession_verbs_place_the_owner(text):
    recs = run(text)
    assert [r["forces"] for r in recs] == [["تركيا"], ["تركيا"]]
    assert recs[1]["canonical"] and recs[1]["name"] == "ميناء مصراتة"   # the described facility is the port


def test_described_facility_needs_a_military_adjective_and_a_named_place():
    rec = one("وتسعى أنقرة إلى إقامة قاعدة بحرية في ميناء مصراتة.")
    assert rec["name"] == "ميناء مصراتة" and rec["mentions"][0]["text"] == "قاعدة بحرية في ميناء مصراتة"
    assert run("وتحتفظ فرنسا بقاعدة عسكرية في جيبوتي.") == []          # a country: no named site


def test_relative_clause_takes_the_nearest_force_not_a_ministry():
    rec = one("وحلت محل فاغنر قوات \"الفيلق الأفريقي\" التابع لوزارة الدفاع الروسية، والتي تنتشر في قاعدة تمنهنت.")
    assert rec["forces"] == ["الفيلق الأفريقي"]


def test_possessed_force_word_is_the_subjects_state():
    rec = one("وقالت وزارة الدفاع الفرنسية إن قواتها غادرت قاعدة تيساليت.")
    assert rec["forces"] == ["فرنسا"]
    rec = one("وأكد الجيش الروسي أن جنوده يتمركزون في قاعدة القامشلي.")
    assert rec["forces"] == ["روسيا"]


def test_withdrawal_and_evacuation_place_the_force_that_left():
    assert one("وانسحبت القوات الفرنسية من قاعدة تمبكتو.")["forces"] == ["القوات الفرنسية"]
    recs = run("وبدأت القوات الإيطالية الانسحاب من مطار مصراتة العسكري، على أن تستكمل إخلاء قاعدة الجفرة لاحقا.")
    assert [r["forces"] for r in recs] == [["القوات الإيطالية"], ["القوات الإيطالية"]]
    # a country after a verb of leaving is the place, not the agent
    assert one("ولم تغادر عناصر فاغنر ليبيا، وبقيت في قاعدة براك.")["forces"] == ["فاغنر"]


def test_handover_places_both_sides():
    rec = one("وسلمت القوات الفرنسية قاعدة أبشي إلى الجيش التشادي.")
    assert rec["forces"] == ["القوات الفرنسية", "الجيش التشادي"]


def test_later_sentence_keeps_the_agent_of_a_dropped_subject():
    text = "وصلت عناصر من الفيلق الأفريقي إلى باماكو. وانتشرت في قاعدة سينو الجوية."
    assert one(text)["forces"] == ["الفيلق الأفريقي"]


# ---------------------------------------------------------------- names as written, duals, unknown bases

def test_name_prefers_the_mention_without_a_place_phrase():
    text = "غادرت القوات الأمريكية القاعدة الجوية 201 في أغاديز. وكانت القاعدة الجوية 201 مركزا للمسيرات."
    rec = one(text)
    assert rec["name"] == "القاعدة الجوية 201"
    assert rec["name"] in text


def test_dual_heads_give_two_sites():
    recs = run("وتتمركز قوات فرنسية في قاعدتي فايا لارجو وأبشي.")
    assert [r["canonical"] is not None for r in recs] == [True, True]
    assert [r["forces"] for r in recs] == [["قوات فرنسية"], ["قوات فرنسية"]]
    assert len(run("ناقش الوفد مستقبل الوجود الروسي في قاعدتي حميميم وطرطوس.")) == 2


def test_unknown_plain_base_needs_a_force_or_a_military_sentence():
    rec = one("وأخلت القوات الفرنسية قاعدة تاسيلو الشهر الماضي.")          # a name no list has
    assert (rec["name"], rec["type"], rec["forces"]) == ("قاعدة تاسيلو", "military_base", ["القوات الفرنسية"])
    assert one("وتتمركز قوات أمريكية في قاعدة تل بيدر شمال البلاد.")["name"] == "قاعدة تل بيدر"
    for text in ("وقال الجيش إن لديه قاعدة صلبة من المقاتلين.",
                 "وقال قائد القوات إن قاعدة الاشتباك تغيرت.",
                 "وتحدث الوزير عن قاعدة تاسيلو في كلمته."):
        assert run(text) == [], text


def test_forces_far_from_any_site_are_not_read():
    filler = "وقال المتحدث باسم الحكومة إن القوات الروسية والتركية تتابع الوضع عن كثب. " * 200
    text = filler + "وتتمركز قوات روسية في قاعدة حميميم."
    rec = one(text)
    assert rec["forces"] == ["قوات روسية"]


@pytest.mark.parametrize("text,forces", [
    ("وتتمركز ميليشيات موالية لإيران في مطار التيفور العسكري.", ["ميليشيات موالية لإيران"]),  # loyal to a state: as written
    ("وعززت قوات تابعة لحفتر مواقعها في قاعدة براك.", ["حفتر"]),                # affiliated to a leader
    ("ورست فرقاطة تركية في ميناء الخمس العسكري.", ["تركيا"]),                   # a warship docked
    ("وأقلعت طائرات روسية من قاعدة حميميم لقصف مواقع في إدلب.", ["روسيا"]),
    ("وكشفت صور عن وجود منظومات دفاع جوي روسية في قاعدة براك الشاطئ.", ["روسيا"]),
    ("وتقع قاعدة التنف التابعة للتحالف الدولي قرب الحدود الأردنية.", ["التحالف الدولي"]),
    ("وقال إن هجمات انطلقت من قاعدة الوطية ضد مواقع الجيش.", []),
])
def test_more_force_forms(text, forces):
    assert one(text)["forces"] == forces


def test_object_pronoun_on_the_verb_takes_the_relatives_antecedent():
    rec = one("وقصفت مسيرات مطار الفاشر، الذي يقول شهود إن قوات الدعم السريع تستخدمه مخزنا للسلاح.")
    assert rec["forces"] == ["الدعم السريع"]


def test_handover_without_a_named_giver_places_the_receiver():
    rec = one("وجرى تسليم قاعدة أبشي للجيش التشادي أمس.")
    assert rec["forces"] == ["الجيش التشادي"]


def test_distance_after_located_word_is_relative_not_a_location():
    rec = one("وتتمركز القوات الروسية في قاعدة براك الواقعة على بعد 60 كيلومترا شمال شرق سبها.")
    assert rec["location"] is None
    assert rec["relative_location"] == {"distance_km": 60.0, "direction": "northeast", "reference": "سبها"}
    rec = one("وتتمركز القوات الروسية في قاعدة براك (60 كلم إلى الشمال من سبها).")
    assert rec["relative_location"]["direction"] == "north"


def test_planned_deployment_places_nobody():
    text = "وتدرس أنقرة نشر منظومات دفاع جوي في مطار التيفور العسكري، وتسعى إلى إقامة وجود دائم في قاعدة تدمر الجوية."
    assert [r["forces"] for r in run(text)] == [[], []]
    # a demand to leave still says who is there
    assert one("وطالب المجلس بانسحاب القوات التركية من قاعدة الوطية.")["forces"] == ["القوات التركية"]


def test_spokesman_of_a_force_is_not_its_agent():
    assert one("وقال المتحدث باسم الجيش التشادي إن قوات مجهولة تتمركز في قاعدة أبشي.")["forces"] == []


def test_possessed_base_and_his_country():
    rec = one("وأكد وزير الخارجية الروسي أن بلاده تحتفظ بقاعدتها في حميميم.")
    assert rec["canonical"] and rec["forces"] == ["روسيا"]
    assert rec["mentions"][0]["text"] == "قاعدتها في حميميم"


def test_unknown_base_named_with_a_number():
    rec = one("وتتمركز قوات أمريكية في قاعدة البرج 22 شمال شرق الأردن.")
    assert rec["name"] == "قاعدة البرج 22" and rec["forces"] == ["قوات أمريكية"]


def test_described_base_at_a_city_is_named_as_written():
    rec = one("وتتمركز قوات روسية في قاعدة عسكرية روسية في بورتسودان.")
    assert rec["name"] == "قاعدة عسكرية روسية في بورتسودان" and rec["canonical"]


@pytest.mark.parametrize("text,forces", [
    ("وانتقد المجلس الانتقالي الوجود الفرنسي في قاعدة تمبكتو.", ["فرنسا"]),
    ("وبحث الطرفان مستقبل الوجود العسكري التركي في قاعدة الوطية.", ["تركيا"]),
    ("وبحث الجانبان التعاون العسكري الروسي في قاعدة حميميم.", []),          # cooperation places nobody
])
def test_presence_noun_with_a_demonym(text, forces):
    assert one(text)["forces"] == forces


def test_guarding_places_the_guard():
    assert one("وتتولى قوات إيطالية حماية مطار مصراتة العسكري.")["forces"] == ["قوات إيطالية"]


def test_unlisted_group_named_in_quotes_after_a_container():
    assert one('وتتمركز عناصر "كتيبة النصر" في قاعدة الوطية.')["forces"] == ["كتيبة النصر"]
    assert one('وقال إن القوات "لن تغادر" قاعدة الوطية.')["forces"] == []


@pytest.mark.parametrize("text,forces", [
    ("وتتمركز عناصر فاغنر الروسية في قاعدة براك.", ["فاغنر"]),
    ("وانتشرت عناصر من الفيلق الأفريقي الروسي في قاعدة غاو.", ["الفيلق الأفريقي"]),
])
def test_group_core_name_without_container_or_demonym(text, forces):
    assert one(text)["forces"] == forces


def test_plural_head_with_listed_names():
    recs = run("وتنتشر القوات الأمريكية في قواعد التنف والشدادي ورميلان.")
    assert len(recs) == 3 and all(r["canonical"] for r in recs)
    assert all(r["forces"] == ["القوات الأمريكية"] for r in recs)
    assert run("ويتحدث مراقبون عن قواعد أخرى في الشرق.") == []


def test_plural_head_before_a_country_is_no_site():
    assert run("وقصفت الطائرات الحربية مطارات ليبيا الرئيسية.") == []


def test_dual_head_with_unknown_names():
    recs = run("وسيطرت قوات الدعم السريع على مطاري كرندوف وبلهيم.")
    assert [r["name"] for r in recs] == ["كرندوف", "بلهيم"]
    assert all(r["forces"] == ["الدعم السريع"] and r["type"] == "airport" for r in recs)


def test_dual_head_over_city_names_makes_no_site_named_by_a_city():
    # the record would be the city ("Cities ... are not sites"): listed military bases stay
    assert run("وسيطرت قوات الدعم السريع على مطاري زالنجي والضعين.") == []
    assert run("وطالب الاتفاق بخروج التشكيلات المسلحة من مطاري طرابلس ومصراتة.") == []
    assert len(run("ناقش الوفد مستقبل الوجود الروسي في قاعدتي حميميم وطرطوس.")) == 2


@pytest.mark.parametrize("text,forces", [
    ("وتقع قاعدة العديد، أكبر قاعدة أمريكية في المنطقة، جنوب غرب الدوحة.", ["الولايات المتحدة"]),
    ("وتعد قاعدة إنجرليك من أهم القواعد الجوية الأمريكية في أوروبا.", ["الولايات المتحدة"]),
    ("وتعد قاعدة الجفرة أكبر قاعدة جوية في ليبيا.", []),
])
def test_superlative_description_with_a_demonym(text, forces):
    assert one(text)["forces"] == forces


def test_the_first_and_the_second_refer_to_a_pair_of_forces():
    text = "وتتقاسم أنقرة وموسكو النفوذ، إذ تسيطر الأولى على قاعدة الوطية، فيما تنتشر الثانية في قاعدة الجفرة."
    recs = by_name(run(text))
    assert recs["قاعدة الوطية"]["forces"] == ["أنقرة"]
    assert recs["قاعدة الجفرة"]["forces"] == ["موسكو"]


@pytest.mark.parametrize("text,forces", [
    ("وأعلنت الأركان وصول دفعة جديدة من المدربين الأتراك إلى قاعدة معيتيقة.", ["المدربين الأتراك"]),
    ("وتتمركز مئات من عناصر فاغنر في قاعدة الجفرة.", ["فاغنر"]),
    ("وقصفت الطائرات مواقع عدد من الفصائل قرب قاعدة التنف.", []),
])
def test_quantity_of_a_force(text, forces):
    assert one(text)["forces"] == forces


def test_receiving_places_the_receiver_and_the_giver():
    rec = one("وتسلم الجيش المالي قاعدة غاو من القوات الفرنسية.")
    assert rec["forces"] == ["الجيش المالي", "القوات الفرنسية"]


def test_docked_ships_and_withdrawn_equipment_place_their_state():
    got = by_name(run("أكدت التقارير أن روسيا أنهت سحب معداتها من قاعدة القامشلي الجوية، "
                      "في حين ما زالت سفنها الحربية راسية في قاعدة طرطوس البحرية."))
    assert len(got) == 2 and all(rec["forces"] == ["روسيا"] for rec in got.values())


def test_resumptive_after_a_presence_verb_takes_the_site_before():
    from service import pipeline
    text = "وتقع قاعدة الوطية الجوية جنوب غرب طرابلس، ويتمركز فيها عسكريون أتراك منذ عام 2020."
    [site] = pipeline.extract(text, published="2025-06-12")["military_sites"]
    assert site["forces"] == ["عسكريون أتراك"]


@pytest.mark.parametrize("verb", ["انتشروا", "تسلموا", "تموضعوا", "استلموا"])
def test_plural_placement_verbs(verb):
    from service import pipeline
    text = f"وقالت الوزارة إن عناصر من الفيلق الأفريقي {verb} مواقع داخل القاعدة الجوية 101 في نيامي."
    sites = pipeline.extract(text, published="2025-05-16")["military_sites"]
    assert [s["forces"] for s in sites] == [["الفيلق الأفريقي"]]


def test_subject_after_two_coordinated_sites():
    from service import pipeline
    text = "ويتمركز في عين الأسد وفي قاعدة حرير بمحافظة أربيل مئات الجنود الأمريكيين."
    sites = pipeline.extract(text, published="2024-08-06")["military_sites"]
    assert [s["forces"] for s in sites] == [["الجنود الأمريكيين"], ["الجنود الأمريكيين"]]


def test_relative_clause_with_the_army_as_subject():
    from service import pipeline
    text = ("وضربت مسيرات قاعدة فلامنغو البحرية في بورتسودان، التي يتخذها الجيش السوداني مقرا "
            "لقيادة قواته البحرية.")
    [site] = pipeline.extract(text, published="2025-05-08")["military_sites"]
    assert site["forces"] == ["الجيش السوداني"]


@pytest.mark.parametrize("text", ["وقال إن الميليشيا حولته إلى قاعدة لإطلاق المسيرات نحو المدن.",
                                  "وأقامت القوات قاعدة لتدريب الجنود قرب الحدود."])
def test_a_base_for_a_purpose_is_no_named_site(text):
    from service import pipeline
    assert pipeline.extract(text, published="2025-05-08")["military_sites"] == []


def test_generic_group_noun_stands_for_the_group_named_before():
    from service import pipeline
    text = "وأعلن الحوثيون استهداف مدمرة. وتسيطر الجماعة على ميناء رأس عيسى النفطي."
    [site] = pipeline.extract(text, published="2024-03-14")["military_sites"]
    assert site["forces"] == ["الحوثيون"]


def test_unrecognised_subject_of_a_relative_is_not_replaced_by_the_attacker():
    from service import pipeline
    text = ("وشنت طائرات أمريكية غارات على منصة إطلاق في محيط ميناء الحديدة الذي تستخدمه "
            "الجهات المحلية لإطلاق الزوارق.")
    sites = pipeline.extract(text, published="2024-03-14")["military_sites"]
    assert all("الولايات المتحدة" not in s["forces"] for s in sites)


def test_a_civil_airport_named_only_as_a_landmark_is_no_site():
    from service import pipeline
    text = "وتتمركز قوات التحالف في قاعدة فكتوري العسكرية قرب مطار بغداد الدولي."
    names = [s["name"] for s in pipeline.extract(text, published="2024-08-06")["military_sites"]]
    assert "مطار بغداد الدولي" not in names


def test_a_site_named_only_in_a_commanders_title_is_no_record():
    from service import pipeline
    text = "وقال قائد منطقة كرري العسكرية اللواء الركن عثمان محمد الحسن إن الحياة عادت إلى طبيعتها."
    body = pipeline.extract(text, published="2025-02-20")
    assert body["military_sites"] == []
    assert body["claims"][0]["source"]["role"] == "قائد منطقة كرري العسكرية اللواء الركن"


def test_a_base_on_an_island_with_a_two_word_name():
    from service import pipeline
    text = "ونشر الحرس الثوري منظومات صواريخ في القاعدة العسكرية بجزيرة أبو موسى."
    [site] = pipeline.extract(text, published="2025-05-21")["military_sites"]
    assert site["name"] == "القاعدة العسكرية بجزيرة أبو موسى"


@pytest.mark.parametrize("text,forces", [
    ("وتخضع قاعدة عين الأسد لإمرة القوات العراقية.", ["القوات العراقية"]),
    ("وتقع قاعدة عين الأسد تحت إمرة الجيش العراقي.", ["الجيش العراقي"]),
])
def test_under_the_command_of(text, forces):
    from service import pipeline
    [site] = pipeline.extract(text, published="2025-04-24")["military_sites"]
    assert site["forces"] == forces


@pytest.mark.parametrize("text,forces", [
    # the bare army of the story's country, as written; a qualified one by its full name
    ("وقال شهود إن الجيش يتمركز في قاعدة جبيت العسكرية منذ أسابيع.", ["الجيش"]),
    ("ويتمركز الجيش السوداني في قاعدة جبيت العسكرية.", ["الجيش السوداني"]),
    # armed forces joined by "و" share the place
    ("وتنتشر قوات فاغنر والجيش المالي في قاعدة تمنهنت.", ["فاغنر", "الجيش المالي"]),
    # "وسط ليبيا" places the base, it is no force at it
    ("وقالت مصادر إن عناصر من فاغنر نقلوا ذخائر إلى قاعدة الجفرة وسط ليبيا.", ["فاغنر"]),
    ("ويتمركز مدربون من الفيلق الأفريقي في قاعدة براك الشاطئ الجوية.", ["الفيلق الأفريقي"]),
    # the army as a preposition's object places nobody
    ("وقال المتحدث باسم الجيش إن الطائرات أقلعت من قاعدة جبيت.", []),
])
def test_bare_and_coordinated_armies(text, forces):
    assert one(text)["forces"] == forces


def test_a_description_names_the_force_the_base_belongs_to():
    rec = one("وتعد قاعدة جبيت من أهم القواعد العسكرية التابعة للجيش السوداني.")
    assert rec["forces"] == ["الجيش السوداني"]


def test_the_official_name_of_the_tartus_facility_stands_alone():
    rec = one("وتضم نقطة الإمداد المادي والتقني التابعة للأسطول الروسي في طرطوس سفناً حربية.")
    assert rec["name"] == "نقطة الإمداد المادي والتقني" and rec["type"] == "naval_base"


@pytest.mark.parametrize("text,name,kind", [
    ("فيما تحتفظ فرنسا منذ 2009 بقاعدة بحرية في ميناء زايد تُعرف بـ«معسكر السلام».", "معسكر السلام", "naval_base"),
    ("وتحتفظ فرنسا بقاعدة عسكرية تعرف باسم «معسكر السلام» في أبوظبي.", "معسكر السلام", "military_base"),
])
def test_a_described_base_named_by_a_naming_verb(text, name, kind):
    rec = one(text)
    assert (rec["name"], rec["type"], rec["forces"]) == (name, kind, ["فرنسا"])


def test_a_naming_verb_without_a_quoted_name_names_nothing():
    assert run("وتتمركز القوات في قاعدة عسكرية تعرف محليا بأهميتها.") == []


def test_a_short_numbered_name_is_the_numbered_base_named_before():
    recs = run("أكملت القوات الأمريكية انسحابها من القاعدة الجوية 201 في مدينة أغاديز. "
               "وتتولى وحدات من الجيش النيجري حالياً تأمين القاعدة 201.")
    assert [r["name"] for r in recs] == ["القاعدة الجوية 201"]


def test_the_base_and_its_number_alone_is_a_mention_of_the_numbered_base():
    [rec] = run("أكملت القوات الأمريكية انسحابها من القاعدة الجوية 201 في مدينة أغاديز. "
                "وتتولى وحدات من الجيش النيجري حالياً تأمين القاعدة 201.")
    assert "الجيش النيجري" in rec["forces"] and len(rec["mentions"]) == 2


def test_where_after_a_base_and_its_neighbouring_airport_places_at_the_base():
    rec = one("وفي نيامي، أنهت القوات الأمريكية انسحابها من القاعدة الجوية 101 المجاورة لمطار ديوري "
              "هاماني الدولي، حيث يتمركز منذ أبريل/نيسان عسكريون روس.")
    assert rec["name"] == "القاعدة الجوية 101" and "عسكريون روس" in rec["forces"]


@pytest.mark.parametrize("text,forces", [
    ("كما تتمركز قوات رواندية ووحدات من بعثة الأمم المتحدة لحفظ السلام في مطار بانغي مبوكو الدولي.",
     ["قوات رواندية", "بعثة الأمم المتحدة لحفظ السلام"]),
    ("وتنتشر في قاعدة معطن السارة الجوية عناصر من «الفيلق الأفريقي» الروسي إلى جانب قوات حفتر.",
     ["الفيلق الأفريقي", "قوات حفتر"]),
    ("واستهدفت مسيرات قاعدة عثمان دقنة الجوية المتاخمة لمطار بورتسودان الدولي، والتي يتخذ منها "
     "سلاح الجو السوداني مركزاً لعملياته.", ["سلاح الجو السوداني"]),
])
def test_forces_alongside_peacekeepers_and_the_base_a_landmark_neighbours(text, forces):
    assert one(text)["forces"] == forces


def test_general_staff_headquarters_in_a_city_that_has_an_air_base():
    rec = one("وعقد الاجتماع في مقر هيئة الأركان العامة في واغادوغو.")
    assert (rec["name"], rec["type"]) == ("مقر هيئة الأركان العامة", "headquarters")


def test_a_quoted_name_after_a_head_is_read_whole_and_merged_with_its_shorter_form():
    recs = run("وسلمت فرنسا قاعدة أدجي كوسي الجوية للجيش التشادي.\n"
               "ولم تمض أسابيع على مغادرة آخر جندي فرنسي قاعدة «الرقيب أول أدجي كوسي» الجوية في نجامينا.")
    assert len(recs) == 1 and len(recs[0]["mentions"]) == 2
    recs = run("وتتمركز قوات فاغنر في قاعدة «النصر الكبير» الجوية شرقي المدينة.\n"
               "وقصفت الطائرات قاعدة النصر الكبير الجوية.")
    assert len(recs) == 1


@pytest.mark.parametrize("text,name,forces", [
    ("واستهدفت الغارة مخزناً داخل مقر اللواء 45 قرب قضاء القائم.", "مقر اللواء 45", []),
    ("ويقع مقر قيادة اليونيفيل في بلدة الناقورة الحدودية.", "مقر قيادة اليونيفيل", ["اليونيفيل"]),
    ("أجرى الوزير مباحثات مع الفريق أول محمد بريظ، بمقر القيادة العامة للقوات المسلحة الملكية بالرباط.",
     "مقر القيادة العامة للقوات المسلحة الملكية", ["القوات المسلحة الملكية"]),
    ("انطلق فوج جديد من ثكنة بنوا بركات في صور، التي يتمركز فيها الجيش.", "ثكنة بنوا بركات", ["الجيش"]),
])
def test_headquarters_numbers_owners_and_barracks(text, name, forces):
    rec = one(text)
    assert (rec["name"], rec["forces"]) == (name, forces)


def test_a_barracks_described_by_adjectives_only_is_no_site():
    assert run("وزار الوزير ثكنة عسكرية قديمة.") == []


def test_a_listed_name_with_a_demonym_places_that_state():
    assert one("وتقع القاعدة الروسية 102 في مدينة غيومري.")["forces"] == ["روسيا"]


def test_a_national_navy_with_an_epithet_owns_the_headquarters_in_apposition():
    rec = one("إذ تحتضن مدينة نواذيبو قاعدة نواذيبو البحرية، مقر قيادة البحرية الوطنية الموريتانية.")
    assert rec["forces"] == ["البحرية الوطنية الموريتانية"]


@pytest.mark.parametrize("text", [
    "تتمركز في قاعدة سيدي أحمد الجوية وحدات من سلاح الجو التونسي.",
    "تتمركز وحدات من سلاح الجو التونسي في قاعدة سيدي أحمد الجوية.",
])
def test_units_of_a_national_service_are_that_service(text):
    assert one(text)["forces"] == ["سلاح الجو التونسي"]


@pytest.mark.parametrize("text, forces", [
    ("استضافت قاعدة محمد نجيب العسكرية التدريب بمشاركة عناصر من القوات المصرية واليونانية.",
     ["القوات المصرية", "اليونان"]),
    ("التمرين الذي تستضيفه قاعدة محمد نجيب العسكرية بمشاركة قوات مصرية ويونانية.", ["قوات مصرية", "اليونان"]),
    ("استضافت قاعدة محمد نجيب العسكرية التدريب بمشاركة عناصر من القوات الخاصة المصرية.",
     ["القوات الخاصة المصرية"]),
    ("رست الفرقاطة اليونانية «هيدرا» في قاعدة الإسكندرية البحرية.", ["اليونان"]),
])
def test_hosted_exercises_coordinated_demonyms_and_a_docked_ship(text, forces):
    assert one(text)["forces"] == forces


@pytest.mark.parametrize("text, forces", [
    ("تتمركز في قاعدة عيسى الجوية قوة دفاع البحرين.", ["قوة دفاع البحرين"]),
    ("تنتشر قوات الدفاع الشعبية الأوغندية في مطار جوبا الدولي.", ["قوات الدفاع الشعبية الأوغندية"]),
    ("سيطر مقاتلو «الجيش الأبيض» على ثكنة الناصر العسكرية بعد معارك مع حاميتها من قوات دفاع شعب جنوب السودان.",
     ["قوات دفاع شعب جنوب السودان", "الجيش الأبيض"]),
])
def test_a_force_named_after_its_state_and_a_sites_garrison(text, forces):
    assert one(text)["forces"] == forces


def test_a_hosted_presence_is_the_force_at_the_host():
    assert one("وتستضيف قاعدة العديد الجوية أكبر وجود عسكري أميركي في الشرق الأوسط.")["forces"] == ["الولايات المتحدة"]


@pytest.mark.parametrize("text, name", [
    ("ترسو السفن الروسية منذ الأحد في ميناء الشهيد بهشتي بتشابهار.", "ميناء الشهيد بهشتي"),
    ("وتتخذ القوة الرواندية من مطار موسيمبوا دا برايا مقراً لقيادتها.", "مطار موسيمبوا دا برايا"),
])
def test_an_airport_or_port_named_after_a_town_or_a_martyr_keeps_the_whole_name(text, name):
    assert one(text)["name"] == name


def test_a_listed_base_named_after_lam():
    rec = one("رست السفن الروسية بالقاعدة البحرية للمرسى الكبير.")
    assert rec["canonical"] == "Mers El Kébir naval base" and rec["forces"] == ["روسيا"]


@pytest.mark.parametrize("text, name", [
    ("زار الوزير مقر قيادة المنطقة العسكرية الشرقية.", "مقر قيادة المنطقة العسكرية الشرقية"),
    ("وتفقد قائد القوة مقر القطاع الغربي في شمع.", "مقر القطاع الغربي"),
    ("ويتفقد مقر قيادة الجيش المنفصل للأسلحة المشتركة في مدينة نخجوان.", "مقر قيادة الجيش المنفصل للأسلحة المشتركة"),
    ("وزار مقر قيادة قوات الدعم السريع للإشراف على العمليات.", "مقر قيادة قوات الدعم السريع"),
    ("واستهدفت الطائرات مقر الفرقة السادسة في الفاشر.", "مقر الفرقة السادسة"),
])
def test_a_units_headquarters_is_named_with_the_units_whole_name(text, name):
    assert one(text)["name"] == name


@pytest.mark.parametrize("text, forces", [
    ("وتتخذ القوات البحرية السودانية من قاعدة فلامنغو البحرية في بورتسودان مقراً لقيادتها.",
     ["القوات البحرية السودانية"]),
    ("كما تتمركز وحدات من القوات المسلحة للدفاع عن موزمبيق في قاعدة مويدا الجوية.",
     ["القوات المسلحة للدفاع عن موزمبيق"]),
])
def test_a_service_of_the_armed_forces_and_a_force_named_for_its_state_keep_their_names(text, forces):
    assert one(text)["forces"] == forces


@pytest.mark.parametrize("text, forces", [
    ("يتمركز في قاعدة أكروتيري الجوية سرب من مقاتلات «تايفون» التابعة لسلاح الجو الملكي البريطاني.",
     ["سلاح الجو الملكي البريطاني"]),
    ("وصلت مقاتلات «رافال» إلى قاعدة الظفرة الجوية.", []),
])
def test_a_quoted_aircraft_model_is_no_force(text, forces):
    assert one(text)["forces"] == forces


def test_the_base_alone_after_a_cue_refers_to_the_site_of_the_sentence_before():
    rec = one("وزار الوزير قاعدة بربرة العسكرية. وتنتشر في القاعدة وحدات إماراتية إلى جانب عناصر من جيش أرض الصومال.")
    assert rec["forces"] == ["وحدات إماراتية", "جيش أرض الصومال"]
    assert one("وزار الوزير قاعدة بربرة العسكرية. وتنتشر في القاعدة الجوية الروسية وحدات إماراتية.")["forces"] == []


@pytest.mark.parametrize("text, name", [
    ("وتتخذ القوة الأممية من معسكر نبع الفوار في ريف القنيطرة مقرا لقيادتها، ويتمركز فيه جنود.", "معسكر نبع الفوار"),
    ("ترأس رئيس الأركان الجنرال فروكتوز غباغيدي اجتماعاً في معسكر غيزو، مقر هيئة الأركان العامة البنينية.",
     "معسكر غيزو"),
    ("ترأس المشير عاصم منير اجتماعاً في مقر قيادة الفيلق الحادي عشر في بيشاور.", "مقر قيادة الفيلق الحادي عشر"),
    ("ومن المرتقب أن يحتضن مقر قيادة المنطقة الجنوبية بأكادير مؤتمر التخطيط.", "مقر قيادة المنطقة الجنوبية"),
])
def test_unlisted_camps_and_command_headquarters(text, name):
    assert one(text)["name"] == name


@pytest.mark.parametrize("text", ["أقام الشباب معسكر صيفي للأطفال.", "وتحول إلى معسكر مشترك مع الجيش الغابوني."])
def test_a_camp_described_by_an_adjective_is_no_site(text):
    assert run(text) == []


def test_a_base_with_a_descriptive_name_where_a_force_is():
    rec = one("وتستخدم البحرية الملكية البريطانية قاعدة الدعم اللوجستي المشتركة منذ عام 2018.")
    assert rec["name"] == "قاعدة الدعم اللوجستي المشتركة" and rec["forces"] == ["البحرية الملكية البريطانية"]


@pytest.mark.parametrize("text", [
    "نفى المستشار أن تكون بلاده قد وافقت على إقامة أي قاعدة عسكرية أجنبية على أراضيها.",
])
def test_a_foreign_base_in_general_is_no_site(text):
    assert run(text) == []


def test_a_port_for_landing_ships_is_no_site_of_its_own():
    rec = one("أقامت الإمارات قاعدة عصب العسكرية، التي ضمت مدرجاً للطائرات ومرفأً لسفن الإنزال.")
    assert rec["name"] == "قاعدة عصب العسكرية"


def test_training_teams_working_with_units_of_a_navy():
    rec = one("وسيتوجه الوفد إلى قاعدة مصراتة البحرية، حيث تعمل فرق تدريب تركية مع وحدات من البحرية الليبية منذ عام 2020.")
    assert rec["forces"] == ["تركيا", "البحرية الليبية"]


def test_a_relative_clause_after_the_sites_place_phrase():
    rec = one("وقصفت المقاتلات الإسرائيلية مطار التيفور العسكري في ريف حمص، الذي تستخدمه القوات الإيرانية.")
    assert rec["forces"] == ["القوات الإيرانية"]


def test_a_numbered_base_is_named_by_its_number_not_its_town():
    rec = one("وتستخدم القوات الأمريكية القاعدة الجوية 201 في أغاديز لتشغيل طائراتها المسيرة.")
    assert (rec["name"], rec["canonical"]) == ("القاعدة الجوية 201", "Air Base 201, Agadez")


def test_an_air_base_and_the_civil_airport_beside_it_are_two_sites():
    recs = run("واستقر المدربون الروس في القاعدة الجوية 101 المحاذية لمطار ديوري حماني الدولي في نيامي.")
    assert [(r["name"], r["forces"]) for r in recs if r["forces"]] == [("القاعدة الجوية 101", ["المدربون الروس"])]


def test_the_malian_air_force_is_malis_though_the_word_also_means_financial():
    rec = one("وتتمركز في القاعدة الجوية 101 طائرات سلاح الجو المالي ومروحياته.")
    assert rec["forces"] == ["سلاح الجو المالي"]


def test_a_site_after_lil_is_named_with_its_article():
    rec = one("وتتبع الوحدة للقاعدة البحرية الروسية في طرطوس.")
    assert rec["name"] == "القاعدة البحرية الروسية في طرطوس"


def test_a_groups_own_members_by_pronoun_are_the_group():
    recs = run("يتخذ الفيلق الأفريقي من قاعدة سينو الجوية مقرا، فيما ينتشر عناصره إلى جانب الجيش المالي في "
               "معسكر تيساليت.")
    assert recs[-1]["forces"] == ["الفيلق الأفريقي", "الجيش المالي"]
    assert one("وقال الجيش السوداني إن قواته استعادت مقر الفرقة السادسة.")["forces"] == ["السودان"]


def test_a_resumptive_pronoun_skips_the_landmark_beside_the_site():
    recs = run("وتقع القاعدة الجوية 101 بمحاذاة مطار موديبو كيتا الدولي، وتتمركز فيها طائرات سلاح الجو المالي.")
    assert [(r["name"], r["forces"]) for r in recs if r["forces"]] == [("القاعدة الجوية 101", ["سلاح الجو المالي"])]


def test_a_group_named_in_full_before_is_called_by_its_head_word():
    rec = one("وتتزامن الزيارة مع توسع انتشار «الفيلق الأفريقي» الروسي في الجنوب. ويتخذ الفيلق من قاعدة "
              "الجفرة الجوية مركزاً رئيسياً لعملياته.")
    assert rec["forces"] == ["الفيلق الأفريقي"]
    assert one("ويتخذ الفيلق من قاعدة الجفرة الجوية مركزاً رئيسياً لعملياته.")["forces"] == []


def test_a_bare_numbered_base_is_the_one_the_text_names_in_full():
    recs = run("القاعدة 201 ضامن للاستقرار\n\nوالتقى الوزير بالعسكريين الروس في القاعدة العسكرية الروسية 201. "
               "ويخدم في القاعدة 201 نحو سبعة آلاف عسكري روسي.")
    assert [r["canonical"] for r in recs] == ["Russian 201st Military Base, Tajikistan"]


def test_a_rank_after_the_army_in_a_title_is_no_epithet_of_it():
    recs = run("وحضر اللقاء رئيس أركان الجيش الفريق أول ركن عبد الأمير يار الله. وانسحبت القوات الأمريكية "
               "من قاعدة عين الأسد الجوية.")
    assert all("الجيش الفريق" not in r["forces"] for r in recs)


def test_a_force_after_lil_is_named_with_its_article_and_control_places_it():
    assert one("وغادر رتل عسكري تابع للتحالف الدولي قاعدة عين الأسد الجوية.")["forces"] == ["التحالف الدولي"]
    assert one("وقال القائد إن قاعدة عين الأسد باتت تحت سلطة الجيش العراقي بالكامل.")["forces"] == ["الجيش العراقي"]


def test_an_algerian_military_region_headquarters():
    rec = one("وتوجه الوفد إلى مقر قيادة الناحية العسكرية السادسة بتمنراست حيث تتمركز وحدات من الجيش الوطني الشعبي.")
    assert rec["name"] == "مقر قيادة الناحية العسكرية السادسة"


def test_a_convoy_of_a_group_leaving_a_base_places_the_group():
    assert one("وأول رتل للتحالف الدولي يغادر قاعدة عين الأسد.")["forces"] == ["التحالف الدولي"]
    assert one("وتنتشر عناصر لفاغنر في قاعدة الجفرة.")["forces"] == ["فاغنر"]


def test_a_described_base_at_the_same_place_as_a_named_one_is_that_base():
    recs = run("وتمول الولايات المتحدة تحديث قاعدة «إيفانغيلوس فلوراكيس» البحرية في منطقة ماري. وتتخذ قيادة "
               "البحرية من القاعدة البحرية في ماري مقراً لها.")
    assert len(recs) == 1 and len(recs[0]["mentions"]) == 2


def test_a_base_whose_name_starts_with_ba_is_named_in_full():
    rec = one("الفيلق الروسي يعزز وجوده في براك الشاطئ\n\nوتهبط طائرات شحن روسية يوميا في قاعدة براك الشاطئ "
              "الجوية، التي يتمركز فيها عناصر روس.")
    assert rec["name"] == "قاعدة براك الشاطئ الجوية"


def test_the_headquarters_of_a_force_told_before_by_its_possessive():
    rec = one("وتضم القوة نحو خمسة آلاف عسكري، فيما يقع مقر قيادتها العامة في نيامي.")
    assert rec["name"] == "مقر قيادتها العامة" and rec["type"] == "headquarters"


def test_one_more_feminine_adjective_after_a_described_base_is_no_name():
    assert run("وتستضيف قاعدة أمريكية قائمة طائرات مسيرة.") == []
    assert [r["name"] for r in run("وتقيم قطر قاعدة عسكرية قطرية مستقلة داخل قاعدة ماونتن هوم الجوية.")] == [
        "قاعدة ماونتن هوم الجوية"]


def test_a_service_branch_without_a_state_is_a_force_as_written():
    assert one("وتتمركز القوات البحرية في قاعدة زمردة البحرية.")["forces"] == ["القوات البحرية"]
    assert one("ويتمركز الأسطول الشرقي في قاعدة زمردة البحرية.")["forces"] == ["الأسطول الشرقي"]
    assert one("ويتمركز جيش الطيران في قاعدة زمردة الجوية.")["forces"] == ["جيش الطيران"]
    # with a demonym it is still that state's force, and a conjoined name is not cut short
    assert one("ويتمركز سلاح الجو الملكي البحريني في قاعدة زمردة الجوية.")["forces"] == ["سلاح الجو الملكي البحريني"]
    assert "سلاح الجو" not in one("حيث تنتشر مقاتلات تابعة لسلاح الجو والفضاء الفرنسي في قاعدة زمردة الجوية.")["forces"]


def test_an_hq_phrase_after_a_site_and_its_place_describes_the_site():
    rec = one("ويذكر أن قاعدة زمردة البحرية في بورتسودان، مقر قيادة القوات البحرية السودانية، كانت محور اتفاق.")
    assert rec["name"] == "قاعدة زمردة البحرية" and rec["forces"] == ["القوات البحرية السودانية"]
    rec = one("واستهدفت مسيرات قاعدة زمردة البحرية، حيث مقر القوات البحرية، فجر الأحد.")
    assert rec["forces"] == ["القوات البحرية"]
    rec = one("وقاعدة زمردة البحرية بمنطقة جرجوب غرب مطروح، مقر عدد من وحدات الأسطول الشمالي.")
    assert rec["forces"] == ["الأسطول الشمالي"]


def test_a_relative_clause_after_the_coast_a_site_lies_on_is_about_the_site():
    rec = one("وأبرزها قاعدة زمردة العسكرية على ساحل البحر الأحمر، التي يتمركز بها الأسطول الجنوبي.")
    assert rec["forces"] == ["الأسطول الجنوبي"]


def test_a_listed_headquarters_is_named_by_its_hq_phrase():
    assert one("واستقبل حفتر السفير في مقر القيادة العامة بالرجمة.")["name"] == "مقر القيادة العامة بالرجمة"
    assert one("والتقى الوزير رئيس الأركان في مقر هيئة الأركان العامة في الرجمة.")["name"] == "مقر هيئة الأركان العامة"
    assert one("واستقبل حفتر السفير في مقره بالرجمة.")["name"] == "الرجمة"


def test_the_headquarters_of_a_listed_command_places_the_command():
    rec = one("وعقدت الدورة التي احتضنها مقر القيادة العسكرية الأمريكية لإفريقيا.")
    assert rec["name"] == "مقر القيادة العسكرية الأمريكية لإفريقيا"
    assert rec["forces"] == ["القيادة العسكرية الأمريكية لإفريقيا"]


def test_a_numbered_unit_is_named_with_its_ordinal_and_arm():
    rec = one("وتنتشر قوات الدعم السريع في مقر الفرقة الأولى مشاة.")
    assert rec["name"] == "مقر الفرقة الأولى مشاة" and rec["forces"] == ["الدعم السريع"]
    assert one("واستولت الدعم السريع على مقر قيادة الفرقة 16 مشاة في نيالا.")["name"] == "مقر قيادة الفرقة 16 مشاة"


def test_a_base_named_by_its_ordinal_and_place_and_aircraft_of_a_force():
    rec = one("وتشمل الزيارة القاعدة الجوية الخامسة بزمردة، التي تتمركز بها مقاتلات إف-16 التابعة للقوات "
              "الملكية الجوية.")
    assert rec["name"] == "القاعدة الجوية الخامسة بزمردة" and rec["type"] == "air_base"
    assert rec["forces"] == ["القوات الملكية الجوية"]


def test_a_base_named_by_its_force_and_place():
    rec = one("وتابع العروض التي تحتضنها قاعدة القوات الملكية الجوية بزمردة.")
    assert rec["name"] == "قاعدة القوات الملكية الجوية بزمردة" and rec["type"] == "air_base"
    assert rec["forces"] == ["القوات الملكية الجوية"]


# ---- written for sets t and u

def test_forces_distributed_over_several_bases_are_placed_at_each():
    recs = by_name(run("ولا تزال البلاد تحتضن نحو ألف جندي من القوات الفرنسية، يتوزعون على قاعدة زمردة الجوية "
                       "في الشمال، وقاعدة نخلة العسكرية في الشرق."))
    assert recs["قاعدة زمردة الجوية"]["forces"] == ["القوات الفرنسية"]
    assert recs["قاعدة نخلة العسكرية"]["forces"] == ["القوات الفرنسية"]


def test_a_site_said_to_be_a_forces_headquarters_places_that_force():
    rec = one("بينما تبقى قاعدة زمردة البحرية في ولاية نخلة المقر الرئيسي لأسطول البحرية السلطانية العُمانية.")
    assert rec["forces"] == ["البحرية السلطانية العُمانية"]
    recs = by_name(run("وتنتشر البحرية الهندية في ميناء نخلة، بينما تبقى قاعدة زمردة البحرية المقر الرئيسي "
                       "للبحرية السودانية."))
    assert recs["ميناء نخلة"]["forces"] == ["البحرية الهندية"]
    assert recs["قاعدة زمردة البحرية"]["forces"] == ["البحرية السودانية"]   # (not the navy of the clause before)


def test_a_site_among_the_bases_of_a_force_places_that_force():
    rec = one("يذكر أن قاعدة زمردة الجوية تعد من أبرز قواعد القوات الجوية الملكية السعودية.")
    assert rec["forces"] == ["القوات الجوية الملكية السعودية"]


def test_ships_belonging_to_a_national_navy_dock_at_the_port_told_before():
    rec = one("ووقع البلدان اتفاقاً لاستخدام ميناء زمردة العسكري. ومنذ ذلك الحين، ترسو في الميناء بانتظام "
              "قطع تابعة للبحرية الهندية.")
    assert rec["forces"] == ["البحرية الهندية"]


def test_a_bare_name_listed_for_a_port_refers_to_it_once_introduced():
    rec = one("وتستخدم الهند ميناء الدقم العسكري، كما تستخدم البحرية البريطانية مرافق في الدقم.")
    assert rec["forces"] == ["الهند", "البحرية البريطانية"]


def test_a_port_named_after_a_sultan_keeps_his_name():
    assert one("ورست المدمرة في ميناء السلطان زمرد العسكري.")["name"] == "ميناء السلطان زمرد العسكري"


def test_operating_from_a_base_places_the_force():
    rec = one("فيما تنفذ مروحيات القوات الجوية اللبنانية طلعات استطلاع انطلاقاً من قاعدة زمردة الجوية.")
    assert rec["forces"] == ["القوات الجوية اللبنانية"]


def test_a_national_unit_with_an_arm_is_a_force_named_as_written():
    rec = one("وتفقد الوزير الوحدة الجوية الإيطالية المتمركزة في قاعدة زمردة الجوية.")
    assert rec["forces"] == ["الوحدة الجوية الإيطالية"]


def test_soldiers_of_several_member_states_are_their_alliance():
    rec = one("وتقع في البلاد قاعدة زمردة الجوية التي ينتشر فيها عسكريون من عدة دول في التحالف الدولي.")
    assert rec["forces"] == ["التحالف الدولي"]


def test_the_general_staff_headquarters_keeps_its_complement():
    rec = one("واجتمع الوزير بقادة الأركان في مقر قيادة الأركان العامة للجيوش.")
    assert rec["name"] == "مقر قيادة الأركان العامة للجيوش"


def test_a_camp_named_by_a_word_and_a_quoted_name():
    assert one('وزار الرئيس معسكر وحدة "نمر" في منطقة نخلة، حيث تتمركز القوات الخاصة.')["name"] == 'معسكر وحدة "نمر"'


def test_armed_kurdish_parties_own_their_headquarters_and_camps():
    recs = by_name(run("وقصف الحرس الثوري مقر الحزب الديمقراطي الكردستاني الإيراني في قضاء نخلة، "
                       "ومعسكر زمردة التابع لحزب كومله قرب السليمانية."))
    assert recs["مقر الحزب الديمقراطي الكردستاني الإيراني"]["forces"] == ["الحزب الديمقراطي الكردستاني الإيراني"]
    assert recs["معسكر زمردة"]["forces"] == ["حزب كومله"]


def test_an_hq_apposed_after_a_direction_describes_the_site():
    rec = one("واستهدفت المقاومة قاعدة زمرد الجوية شمالي تل أبيب، مقر الوحدة 8200 التابعة للاستخبارات.")
    assert rec["name"] == "قاعدة زمرد الجوية" and rec["forces"] == ["الوحدة 8200"]


def test_where_after_a_site_places_the_force_there_not_at_a_site_told_later():
    recs = by_name(run('وتقع قاعدة التنف قرب الحدود، حيث تتمركز قوات أميركية إلى جانب فصيل "جيش سوريا الحرة"، '
                       'وعلى مقربة منها الموقع المعروف بقاعدة زمرد الجوية.'))
    assert recs["قاعدة التنف"]["forces"] == ["قوات أميركية", "جيش سوريا الحرة"]
    assert recs["قاعدة زمرد الجوية"]["forces"] == []


def test_a_force_remaining_at_a_base_is_placed_but_a_base_remaining_something_is_no_place():
    assert one("فيما يبقى التحالف الدولي في قاعدة زمردة الجوية.")["forces"] == ["التحالف الدولي"]


def test_a_handover_of_positions_in_the_base_told_before():
    text = ("أنهت القوات الأميركية إخلاء قاعدة زمردة العسكرية. وأضافت المصادر أن القوات الأميركية سلمت مواقعها "
            "في القاعدة لقوات سوريا الديمقراطية.")
    assert one(text)["forces"] == ["القوات الأميركية", "قوات سوريا الديمقراطية"]


def test_a_new_reported_clause_ends_the_scope_of_a_cue():
    rec = one('ونفى المسؤول أن يكون ذلك "مقدمة لانسحاب أميركي كامل من المنطقة"، مؤكداً أن "التنسيق مستمر في '
              'قاعدة زمردة الجوية".')
    assert rec["forces"] == []


def test_a_facility_a_site_holds_is_used_at_that_site():
    rec = one("وتقع قاعدة زمردة الجوية قرب بلدة نخلة في أقصى الشمال، وتضم مهبطاً للطائرات تستخدمه القوات الأميركية.")
    assert rec["forces"] == ["القوات الأميركية"]


def test_the_participants_of_an_event_a_base_hosted_are_placed_there():
    rec = one("وقد استضافت نسختها لعام 2020 في قاعدة زمرد العسكرية شمالي البلاد، بمشاركة وحدات من الجيش "
              "الموريتاني.")
    assert rec["forces"] == ["الجيش الموريتاني"]


def test_the_presidency_of_a_numbered_unit_is_its_headquarters():
    rec = one("واستعاد الجيش رئاسة الفرقة الرابعة مشاة في مدينة كرندل.")
    assert rec["name"] == "رئاسة الفرقة الرابعة مشاة"
    assert rec["type"] == "headquarters"
    assert rec["forces"] == ["الجيش"]


def test_the_presidency_of_the_staff_or_of_a_unit_without_number_is_no_site():
    assert run("وأعلنت رئاسة الأركان أن الجيش استعاد رئاسة الفرقة في مدينة كرندل.") == []


def test_named_barracks_in_the_plural_are_a_site():
    rec = one("ونشرت قوات الدعم السريع وحدات خرجت من ثكنات كرندل، مقر قيادتها العامة، لتأمين الأسواق.")
    assert rec["name"] == "ثكنات كرندل"
    assert rec["forces"] == ["الدعم السريع"]


def test_a_bare_head_after_a_host_verb_is_the_site_told_before():
    text = "وتصدت الدفاعات في قاعدة كرندل الجوية لمسيرات. وتضم القاعدة وحدات من سلاح الجو."
    assert one(text)["forces"] == ["سلاح الجو"]


def test_a_corps_named_with_its_place_is_its_base():
    rec = one("وتمركزت وحدات من الجيش في سلاح المهندسين بأم درمان طوال فترة الحصار.")
    assert rec["name"] == "سلاح المهندسين بأم درمان"
    assert rec["forces"] == ["الجيش"]


def test_a_feminine_adjective_after_the_army_belongs_to_its_units():
    rec = one("وانتشرت وحدات الجيش المتقدمة في قاعدة زمرد الجوية.")
    assert rec["forces"] == ["الجيش"]


def test_an_object_pronoun_takes_the_site_the_sentence_is_about():
    text = ("وتصدت الدفاعات في قاعدة كرندل الجوية لمسيرات. وتضم القاعدة وحدات من سلاح الجو، وكانت قوات الدعم "
            "السريع قد احتلتها في الأيام الأولى للحرب.")
    assert one(text)["forces"] == ["سلاح الجو", "الدعم السريع"]


def test_a_masculine_object_pronoun_does_not_take_a_base():
    text = ("وتصدت الدفاعات في قاعدة كرندل الجوية لمسيرات. وتضم القاعدة وحدات من سلاح الجو، وكانت قوات الدعم "
            "السريع قد احتلته في الأيام الأولى للحرب.")
    assert one(text)["forces"] == ["سلاح الجو"]


def test_a_force_that_stormed_a_base_is_placed_there():
    assert one("واقتحمت قوات الدعم السريع قاعدة كرندل الجوية فجر السبت.")["forces"] == ["الدعم السريع"]


def test_an_object_pronoun_takes_the_bare_subject_as_well_as_the_place_after_it():
    text = ("وهبطت الطائرة في مطار كرندل الدولي صباح الأربعاء. وكان المطار قد أغلق منذ أشهر، قبل أن تستعيده "
            "وحدات الجيش المتقدمة من قاعدة زمرد الجوية.")
    recs = by_name(run(text))
    assert recs["مطار كرندل الدولي"]["forces"] == ["الجيش"]
    assert recs["قاعدة زمرد الجوية"]["forces"] == ["الجيش"]


def test_a_site_that_became_a_barracks_of_a_force_holds_it():
    text = ("وتقع قاعدة كرندل الجوية شمال البلاد. وكانت القاعدة قد تحولت منذ الأيام الأولى للقتال إلى "
            "ثكنة لقوات الدعم السريع.")
    assert one(text)["forces"] == ["الدعم السريع"]
    assert one("وتحولت قاعدة كرندل الجوية إلى ثكنة للجيش السوداني.")["forces"] == ["الجيش السوداني"]


# ---------------------------------------------------------------- held-back v..y: names, described
# sites, forces as written

@pytest.mark.parametrize("text,name", [
    ("استقبل الوزير ضيفه في معسكر الزهيرة اليوم الفريق سامر.", "معسكر الزهيرة"),      # a time word ends it
    ("وتنتشر القوات في قاعدة كرندوف الجوية ومعسكر الصفيرة جنوبها.", "معسكر الصفيرة"),  # so does a direction
])
def test_a_camp_name_stops_before_a_time_word_or_a_direction(text, name):
    assert name in [r["name"] for r in run(text)]


def test_a_ministry_hq_is_named_with_its_demonym():
    rec = one("وانتشرت قوات روسية في مقر وزارة الدفاع التركية.")     # (a ministry's seat needs a force)
    assert rec["name"] == "مقر وزارة الدفاع التركية" and rec["type"] == "headquarters"


def test_a_described_base_with_a_relative_clause_placing_a_force():
    rec = one("ويتيح الاتفاق استخدام القاعدة البحرية التي تتخذها البحرية الكرندية مقرا لها في العاصمة.")
    assert rec["name"] == "القاعدة البحرية" and rec["type"] == "naval_base"
    assert run("وقال إن القاعدة التي تحدث عنها بعيدة.") == []        # no type adjective: al-Qaeda or nothing


def test_a_definite_military_post_with_a_place_is_a_site():
    rec = one("هاجم مسلحون الموقع العسكري المتقدم في كرندوف، حيث يتمركز جنود من الجيش المالي.")
    assert rec["name"] == "الموقع العسكري المتقدم في كرندوف" and rec["type"] == "military_base"
    assert rec["forces"] == ["الجيش المالي"]
    assert run("نفذت قوات عملية إنزال في موقع عسكري سابق على جبل كرندوف.") == []   # in general terms
    assert run("ونشر الموقع الإخباري تقريرا عن كرندوف.") == []


def test_members_of_a_group_told_by_its_head_word_and_a_verb_of_setting_up():
    rec = one('وتنشر روسيا عناصر من "الفيلق الأفريقي" في المنطقة، وقد أقام عناصر الفيلق معسكر كرندوف.')
    assert rec["forces"] == ["الفيلق الأفريقي"]


def test_receiving_positions_places_the_subject_and_the_former_holder():
    rec = one("وقالت مصادر إن عناصر الفيلق الأفريقي تسلموا مواقع فاغنر في قاعدة تمبكتو.")
    assert sorted(rec["forces"]) == ["الفيلق الأفريقي", "فاغنر"]


def test_a_person_subject_carries_no_force_from_the_sentence_before():
    recs = by_name(run("وتتمركز قوات فاغنر في قاعدة الجفرة. ويقيم الرئيس عاصمي غويتا في معسكر كاتي العسكري."))
    assert recs["معسكر كاتي العسكري"]["forces"] == []


def test_a_dual_relative_places_the_force_at_both_sites():
    recs = run("وتدور مفاوضات حول قاعدة حميميم الجوية والقاعدة البحرية في طرطوس، اللتين تنتشر فيهما "
               "القوات الروسية.")
    assert [r["forces"] for r in recs] == [["القوات الروسية"], ["القوات الروسية"]]


@pytest.mark.parametrize("text,forces", [
    ("ويزور غدا قاعدة محمد نجيب العسكرية، التي يتمركز بها تجمع قتالي من القوات المسلحة المصرية.",
     ["القوات المسلحة المصرية"]),                                                      # a quantity of a force
    ("ويقيم الرئيس في معسكر كاتي العسكري، حيث يتمركز أحد أكبر تجمعات الجيش المالي.", ["الجيش المالي"]),
])
def test_gatherings_of_a_force(text, forces):
    assert one(text)["forces"] == forces


def test_an_affiliation_ends_a_bare_force_name():
    rec = one("ويضم مطار بنينا قاعدة جوية تتمركز فيها وحدات من سلاح الجو التابع لـ«الجيش الوطني».")
    assert rec["forces"][0] == "سلاح الجو"


def test_a_definite_participle_places_the_force_before_it_even_after_a_preposition():
    rec = one("وتفقد الوزير قاعدة الجفرة الجوية، حيث التقى عدداً من العسكريين الروس المتمركزين فيها.")
    assert rec["forces"] == ["العسكريين الروس"]


def test_after_haythu_a_site_after_fi_is_the_place_not_the_site_before():
    recs = by_name(run("وانسحبت القوات الفرنسية من قاعدة غاو، في ظل توتر على الحدود، حيث تنتشر عناصر "
                       "\"فاغنر\" إلى جانب الجيش المالي في معسكر تيساليت."))
    assert sorted(recs["معسكر تيساليت"]["forces"]) == ["الجيش المالي", "فاغنر"]
    assert recs["قاعدة غاو"]["forces"] == ["القوات الفرنسية"]


def test_the_forces_of_an_hq_inside_a_listed_base_are_placed_at_the_base():
    rec = one("وسيزور القائد مقر القيادة المركزية للقوات البحرية الأمريكية والأسطول الخامس في قاعدة "
              "الدعم البحري بالجفير.")
    assert rec["name"] == "قاعدة الدعم البحري بالجفير"
    assert rec["forces"] == ["القيادة المركزية للقوات البحرية الأمريكية", "الأسطول الخامس"]


def test_an_hq_named_by_a_clipped_group_name_is_the_hq_told_before():
    recs = run("وأشاد القائد بمقر القيادة المركزية للقوات البحرية الأمريكية في المنامة، الذي يضم قيادة "
               "الأسطول الخامس الأمريكي. وعلى مقربة من مقر الأسطول تقع مبان أخرى.")
    assert len(recs) == 1
    assert len(recs[0]["mentions"]) == 2


def test_a_force_alongside_right_after_the_cue_is_placed_too():
    rec = one("ووصلت مروحيات فرنسية إلى القاعدة الجوية بالرشيدية، حيث تتمركز إلى جانب وحدات القوات "
              "الملكية الجوية.")
    assert "القوات الملكية الجوية" in rec["forces"]


@pytest.mark.parametrize("text,name", [
    ("وتخلت القوات الفرنسية عن قاعدة أبشة العسكرية في يناير.", "قاعدة أبشة العسكرية"),
    ("وتتمركز البحرية البريطانية في منشأة الدعم البحري بميناء سلمان.", "منشأة الدعم البحري بميناء سلمان"),
])
def test_listed_sites_named_with_their_place(text, name):
    assert one(text)["name"] == name


def test_a_landmark_airport_a_force_turns_into_a_platform_is_a_site():
    rec = one("وأغار الطيران على محيط مطار نيالا الذي يؤكد شهود أن الدعم السريع يحوله إلى مستودع للذخيرة.")
    assert rec["forces"] == ["الدعم السريع"]


def test_a_post_a_relative_clause_puts_on_a_listed_site_is_that_site():
    recs = run("وتنتشر وحدات الجيش في المركز الجديد قبالة الموقع العسكري الذي أقامه العدو على تلة الحمامص.")
    assert [r["name"] for r in recs] == ["تلة الحمامص"]
    assert len(recs[0]["mentions"]) == 2
    assert recs[0]["forces"] == ["العدو"]


def test_a_commercial_port_is_not_the_naval_base_of_its_city():
    rec = one("وتحتفظ البحرية الروسية بقاعدة طرطوس البحرية، فيما وقعت الحكومة عقدا لتطوير مرفأ طرطوس "
              "التجاري مع شركة خاصة.")
    assert rec["name"] == "قاعدة طرطوس البحرية"
    assert len(rec["mentions"]) == 1


def test_a_definite_dual_head_names_the_two_bases_told_before():
    recs = by_name(run("وزار الوفد قاعدة حميميم الجوية وقاعدة طرطوس البحرية. وتحتفظ روسيا بالقاعدتين منذ سنوات."))
    assert recs["قاعدة حميميم الجوية"]["forces"] == ["روسيا"]
    assert recs["قاعدة طرطوس البحرية"]["forces"] == ["روسيا"]


def test_a_militia_word_never_stands_for_a_national_army():
    rec = one("وتسيطر قوات الدعم السريع على المدينة منذ أشهر. وقال الناطق باسم القوات المسلحة السودانية إن "
              "الطيران دمر مخزنا في مطار نيالا، الذي قال إن الميليشيا تستخدمه لإطلاق المسيرات.")
    assert rec["forces"] == ["الدعم السريع"]


@pytest.mark.parametrize("text,name", [
    ("وقصفت الطائرات قاعدة «T4» (التيفور) في ريف حمص الشرقي.", "قاعدة «T4» (التيفور)"),
    ("وتدرس أنقرة نشر رادارات في قاعدة التياس الجوية (T4) بريف حمص.", "قاعدة التياس الجوية (T4)"),
])
def test_another_name_of_the_site_in_parentheses_belongs_to_its_name(text, name):
    assert one(text)["name"] == name


@pytest.mark.parametrize("text,force", [
    ("وبدأ الجيش التركي إنشاء قاعدة له داخل مطار منغ العسكري.", "الجيش التركي"),    # a base of its own
    ("وتتمسك موسكو بقاعدة حميميم الجوية في ريف اللاذقية.", "موسكو"),               # holding on to it
    ("وقال مصدر إن خبراء أتراك نصبوا منظومات رادار في محيط قاعدة فايا لارجو.", "خبراء أتراك"),  # installing
])
def test_verbs_of_building_holding_and_installing_place_their_agent(text, force):
    assert one(text)["forces"] == [force]


def test_building_bases_for_others_places_nobody():
    rec = one("وتأتي القاعدة ضمن قواعد أنشأتها القوات المسلحة، أبرزها قاعدة برنيس العسكرية.")
    assert rec["forces"] == []


# ---------------------------------------------------------------- set 12 (af-ai)

@pytest.mark.parametrize("text,name", [
    ("وانسحبت القوات الفرنسية من قاعدة زنبورة الجوية 305 في الشمال.", "قاعدة زنبورة الجوية 305"),
    ("ونفى المصدر وصول عناصر أجنبية إلى قاعدة زنبورة الجوية ٣٠٥، مؤكدا أن التعاون يقتصر على التدريب.",
     "قاعدة زنبورة الجوية ٣٠٥"),                                            # Eastern Arabic digits
    ("وقصفت الطائرات قاعدة زنبورة الجوية 3 مرات خلال الأسبوع.", "قاعدة زنبورة الجوية"),   # a count
])
def test_a_number_after_a_base_name_belongs_to_the_name(text, name):
    assert one(text)["name"] == name


def test_a_numbered_base_named_by_its_city_is_the_listed_base_with_that_number():
    rec = one("وأعلن الفيلق أنه تسلم قاعدة باماكو الجوية 101 في سينو من فاغنر.")
    assert rec["name"] == "قاعدة باماكو الجوية 101"
    assert rec["canonical"] == "Air Base 101, Bamako-Senou" and rec["type"] == "air_base"


def test_a_ministry_seat_is_a_site_only_with_a_force_there():
    assert run("وعقد الوزير جلسة مباحثات مع نظيره بمقر وزارة الدفاع، تناولت تدريب الطيارين على المسيرات.") == []
    rec = one("وسيطرت قوات الدعم السريع على مقر وزارة الدفاع في العاصمة.")
    assert rec["forces"] == ["الدعم السريع"]


def test_the_headquarters_of_a_named_operation():
    rec = one('ويتولى مقر قيادة عملية "الصقر" في بلدة كرمود تنسيق انتشار الجيش على الحدود.')
    assert rec["name"] == 'مقر قيادة عملية "الصقر"' and rec["type"] == "headquarters"


def test_a_possessed_command_belongs_to_the_group_told_before():
    rec = one("بعد تفعيل القوة الموحدة لتحالف دول الساحل، التي يوجد مقر قيادتها العامة في نيامي.")
    assert rec["forces"] == ["القوة الموحدة لتحالف دول الساحل"]


def test_a_pronoun_stands_for_the_troops_named_before_not_a_city_in_a_site_name():
    recs = by_name(run("وأعلنت وزارة الدفاع الأمريكية أن القوات الأمريكية انسحبت من قاعدة نيامي الجوية، وأن من تبقى "
                       "من جنودها سيغادرون قاعدة زنبورة الجوية قبل الشهر المقبل."))
    assert recs["قاعدة زنبورة الجوية"]["forces"] == ["القوات الأمريكية"]


def test_the_subject_after_the_site_and_a_time_phrase_is_placed():
    rec = one('وتتمركز في قاعدة زنبورة الجوية، منذ أبريل الماضي، عناصر من "الفيلق الأفريقي" الروسي.')
    assert rec["forces"] == ["الفيلق الأفريقي"]


def test_troops_of_a_named_group_are_that_group():
    rec = one('وهي القاعدة الجوية 305 التي ينتشر فيها منذ أبريل مدربون روس من "الفيلق الأفريقي".')
    assert rec["forces"] == ["الفيلق الأفريقي"]


def test_a_pronoun_subject_of_a_verb_of_receiving_is_the_force_told_before():
    rec = one('وأكد "الفيلق الإفريقي" أن وحداته باقية، وأنها تسلمت مواقع "فاغنر"، ومنها قاعدة زنبورة الجوية.')
    assert set(rec["forces"]) == {"الفيلق الإفريقي", "فاغنر"}


def test_joint_ends_a_base_name_and_two_demonyms_end_an_hq_name():
    assert one("وتستخدم البحرية الملكية البريطانية قاعدة الإمداد البريطانية المشتركة لصيانة سفنها.")["name"] \
        == "قاعدة الإمداد البريطانية المشتركة"
    recs = by_name(run("وتفقد الوزير قاعدة زنبورة العسكرية، التي تضم مقر قيادة القوات المشتركة القطرية التركية."))
    assert "مقر قيادة القوات المشتركة القطرية التركية" in recs


def test_coordinated_personnel_words_name_one_force():
    rec = one("والتقى الوزير عددا من الضباط والجنود الأتراك المتمركزين في قاعدة زنبورة العسكرية.")
    assert rec["forces"] == ["الضباط والجنود الأتراك"]


def test_a_port_that_only_locates_a_site_is_none_and_ships_name_their_navy():
    rec = one("فيما تحتضن منشأة الإسناد البحري البريطانية في ميناء زنبورة سفن البحرية الملكية البريطانية.")
    assert rec["name"] == "منشأة الإسناد البحري البريطانية"
    assert rec["forces"] == ["البحرية الملكية البريطانية"]


def test_one_unlisted_name_at_two_places_is_two_sites():
    recs = by_name(run("ويتخذ الأسطول الخامس من قاعدة الإسناد البحري في منطقة كرمود مقرا لقيادته، فيما تحتضن منشأة "
                       "الإسناد البحري البريطانية في ميناء زنبورة سفن البحرية الملكية البريطانية."))
    assert recs["قاعدة الإسناد البحري"]["forces"] == ["الأسطول الخامس"]
    assert recs["منشأة الإسناد البحري البريطانية"]["forces"] == ["البحرية الملكية البريطانية"]


def test_a_host_verb_after_a_break_does_not_take_the_site_before_it():
    recs = by_name(run("إذ تتمركز وحدات من الجيش المصري في قاعدة كرمود العسكرية بمحافظة مطروح، فيما تستضيف قاعدة "
                       "زنبورة البحرية قطعاً من القوات البحرية المصرية."))
    assert recs["قاعدة كرمود العسكرية"]["forces"] == ["الجيش المصري"]
    assert recs["قاعدة زنبورة البحرية"]["forces"] == ["القوات البحرية المصرية"]


@pytest.mark.parametrize("text,force", [
    ("وترسو وحدة من البحرية الإيطالية في قاعدة زنبورة البحرية لدعم خفر السواحل.", "البحرية الإيطالية"),
    ("وقال المصدر إن وحدات هندسية روسية تعمل منذ أشهر على تأهيل قاعدة زنبورة الجوية.", "وحدات هندسية روسية"),
    ("وأثار الوفد ملف القوات التركية في قاعدة زنبورة الجوية، وملف المدربين المتمركزين في مدينة كرمود.",
     "القوات التركية"),                                                                    # no verb
    ("ويتفقد المرافق التي ترسو فيها قطع البحرية الأمريكية في قاعدة زنبورة البحرية.", "البحرية الأمريكية"),
])
def test_units_of_a_force_and_a_force_in_a_site(text, force):
    assert one(text)["forces"] == [force]


def test_sawa_training_centre_is_listed():
    rec = one("واختتمت في مركز ساوا للتدريب العسكري دورة تأهيلية لضباط من قوات الدفاع.")
    assert rec["name"] == "مركز ساوا للتدريب العسكري" and rec["country"] == "ER"


@pytest.mark.parametrize("text,forces", [
    ("وتستضيف قاعدة زنبورة الجوية الجناح الجوي الاستكشافي 512 التابع لسلاح الجو الأمريكي.",
     ["الجناح الجوي الاستكشافي 512", "سلاح الجو الأمريكي"]),
    ("ويتمركز اللواء 77 في قاعدة زنبورة الجوية.", ["اللواء 77"]),
    ("وتتمركز في قاعدة زنبورة العسكرية وحدات من الفرقة الخامسة مدرعة.", ["الفرقة الخامسة مدرعة"]),
])
def test_a_numbered_unit_is_a_force(text, forces):
    assert one(text)["forces"] == forces


def test_a_rank_is_no_unit_and_a_unit_naming_its_hq_is_not_placed_there():
    assert run("والتقى اللواء الركن سالم في قاعدة زنبورة بالقائد.") == []
    assert one("وتمركزت قوات الدعم السريع في مقر قيادة اللواء 77 مشاة.")["forces"] == ["الدعم السريع"]


def test_troops_after_a_force_word_are_a_force_of_their_own():
    rec = one("استقبلت القوات مئات الجنود السودانيين، ونقلوا إلى مقر الفرقة التاسعة.")
    assert rec["forces"] == ["الجنود السودانيين"]


@pytest.mark.parametrize("text,force", [
    ("وتكتسب الخطوة أهمية لموسكو، وسط شكوك حول مصير وجودها العسكري في قاعدة زنبورة البحرية.", "روسيا"),
    ("عزز الفيلق الأفريقي الروسي وجوده في قاعدة زنبورة الجوية.", "الفيلق الأفريقي"),
])
def test_a_possessed_presence_is_its_possessor_placed(text, force):
    assert one(text)["forces"] == [force]


def test_a_national_force_word_keeps_its_written_name():
    assert one("كانت قوة مصرية تتمركز في قاعدة زنبورة الجوية.")["forces"] == ["قوة مصرية"]


def test_a_relative_right_after_a_landmark_site_is_about_the_landmark():
    recs = by_name(run("وتستضيف كينيا قوات أمريكية في معسكر سيمبا الملاصق لقاعدة خليج ماندا البحرية "
                       "التي تديرها البحرية الكينية في مقاطعة لامو."))
    assert recs["معسكر سيمبا"]["forces"] == ["قوات أمريكية"]
    assert recs["قاعدة خليج ماندا البحرية"]["forces"] == ["البحرية الكينية"]
    assert recs["قاعدة خليج ماندا البحرية"]["type"] == "naval_base"


def test_the_hq_of_one_owner_told_with_and_without_its_command_is_one_site():
    rec = one("انعقد الاجتماع في مقر قيادة «اليونيفيل» في الناقورة. "
              "ويقع مقر «اليونيفيل» قرب الحدود.")
    assert rec["type"] == "headquarters" and len(rec["mentions"]) == 2


def test_a_site_a_post_overlooks_is_not_where_its_force_is():
    recs = by_name(run("لا يزال الجيش الإسرائيلي يتحصن في نقطة اللبونة التي تطل على مقر «اليونيفيل» في الناقورة."))
    assert recs["نقطة اللبونة"]["forces"] == ["الجيش الإسرائيلي"]
    assert recs["نقطة اللبونة"]["type"] == "military_base"
    assert "الجيش الإسرائيلي" not in recs["مقر «اليونيفيل»"]["forces"]


def test_a_month_after_a_described_base_is_no_place():
    assert [r["name"] for r in run("سحبت القوات الروسية عناصرها ونقلتهم إلى القاعدة الجوية في كانون الأول الماضي.")] == []
    assert one("ونقلتهم القوات الروسية إلى القاعدة الجوية في زنبورة.")["name"] == "القاعدة الجوية في زنبورة"


def test_a_base_for_an_owners_operations_is_no_name():
    assert [r["name"] for r in run("اتخذت الدولة من الجزيرة قاعدة عسكرية لعملياتها في المنطقة منذ سنوات.")] == []


def test_a_dual_camp_head_gives_one_site_per_listed_name():
    recs = by_name(run("وقالت المصادر إن عناصر روسية تنتشر في معسكري كيدال وتيساليت شمالي البلاد."))
    assert {"كيدال", "تيساليت"} <= set(recs)


def test_one_unlisted_camp_told_at_a_city_and_at_a_district_is_one_site():
    recs = run("نقلت قوات المجلس مدرعات من معسكري جبل حديد والصولبان في عدن إلى الضالع. "
               "وشهد محيط معسكر الصولبان في مديرية خور مكسر انتشاراً أمنياً مكثفاً.")
    assert [r["name"] for r in recs].count("معسكر الصولبان") + [r["name"] for r in recs].count("الصولبان") == 1


def test_the_site_a_numbered_base_adjoins_tells_which_base_it_is():
    rec = by_name(run("وصلت دفعة من المدربين الروس إلى القاعدة الجوية 101 الملاصقة لمطار نيامي. "
                      "وتنتشر عناصر روسية في قاعدة سينو الجوية قرب باماكو."))
    assert rec["القاعدة الجوية 101"]["country"] == "NE"
    assert rec["قاعدة سينو الجوية"]["country"] == "ML"


def test_a_civil_port_called_commercial_is_not_the_naval_base():
    recs = run("وتحتفظ روسيا بقاعدة حميميم الجوية والقاعدة البحرية في طرطوس، فيما ألغت دمشق "
               "عقد استثمار مرفأ طرطوس التجاري مع شركة روسية.")
    names = [r["name"] for r in recs]
    assert "القاعدة البحرية في طرطوس" in names and not any("مرفأ" in n for n in names)


def test_vanguards_of_a_force_arriving_at_a_base_place_it():
    rec = one('وأشارت المصادر إلى أن طلائع من "الفيلق الأفريقي" وصلت الشهر الماضي إلى قاعدة بيراو.')
    assert rec["forces"] == ["الفيلق الأفريقي"]


def test_a_participle_after_the_air_force_agrees_with_its_units():
    rec = one("تفقد رئيس الأركان وحدات سلاح الجو المتمركزة في قاعدة كوسي الجوية.")
    assert rec["forces"] == ["سلاح الجو"]


def test_a_facility_head_with_a_naval_qualifier_is_a_site():
    rec = one("كما تستضيف المملكة مرفق الدعم البحري البريطاني في منطقة الساحل منذ عام 2018.")
    assert rec["name"] == "مرفق الدعم البحري البريطاني" and rec["type"] == "naval_base"


def test_a_facility_head_without_a_military_word_is_no_site():
    assert run("وافتتح الوزير مرفق معالجة المياه الجديد في المدينة، وزار المرفق الصحي.") == []


def test_a_clause_opened_by_qabla_an_keeps_the_site_of_its_own_verb():
    recs = by_name(run("وكانت القوات التركية قد انتشرت أول مرة في قاعدة النخيل عام 2015، قبل أن يفتتح "
                       "الرئيس قاعدة الواحة خلال زيارته الدوحة."))
    assert recs["قاعدة النخيل"]["forces"] == ["القوات التركية"]
    assert recs["قاعدة الواحة"]["forces"] == []


def test_hunak_after_a_participle_refers_to_the_site_before():
    rec = one("زار الوزير قاعدة النخيل، حيث اطلع على التدريبات التي تنفذها القوات التركية المتمركزة هناك.")
    assert rec["forces"] == ["القوات التركية"]


def test_a_second_demonym_names_joint_forces_in_full():
    recs = by_name(run("زار الوزير مقر قيادة القوات المشتركة القطرية التركية في قاعدة النخيل."))
    assert recs["مقر قيادة القوات المشتركة القطرية التركية"]["forces"] == ["القوات المشتركة القطرية التركية"]
    rec = one("وتتمركز القوات الروسية السورية في قاعدة النخيل الجوية.")
    assert rec["forces"] == ["القوات الروسية السورية"]


def test_a_definite_plural_participle_of_spreading_places_the_force_before_it():
    rec = one("وانتقل الوزير إلى قاعدة النخيل الجوية، حيث التقى عناصر سلاح الجو الملكي البريطاني "
              "المنتشرين هناك.")
    assert rec["forces"] == ["سلاح الجو الملكي البريطاني"]


def test_troops_counted_without_min_are_placed_with_their_count():
    rec = one("وتقع قاعدة النخيل في الصحراء، حيث يتمركز نحو عشرة آلاف عسكري أميركي.")
    assert rec["forces"] == ["عشرة آلاف عسكري أميركي"]
    rec = one("وتقع قاعدة النخيل في الصحراء، حيث يتمركز نحو 4 آلاف عسكري أمريكي.")
    assert rec["forces"] == ["4 آلاف عسكري أمريكي"]


# ---------------------------------------------------------------- troops over their state's name

def test_troops_named_over_the_state_of_their_aircraft():
    rec = one("وما زالت طائرات شحن روسية تهبط بانتظام في قاعدة الزيتونة الجوية، حيث يتمركز عسكريون روس.")
    assert rec["forces"] == ["عسكريون روس"]


def test_troops_carried_to_a_dual_reference_do_not_rename_the_state():
    recs = by_name(run("وتحتفظ روسيا بقاعدتين في سوريا، هما قاعدة الزيتونة الجوية في ريف حمص، ونقطة الإمداد "
                       "في طرطوس، فيما لا تزال وحدات روسية تنتشر في مطار القامشلي. ونفى المتحدث أن تكون "
                       "دمشق قد طلبت رسميا إخلاء أي من القاعدتين."))
    assert recs["قاعدة الزيتونة الجوية"]["forces"] == ["روسيا"]


def test_indefinite_force_before_an_unmarked_relative_clause():
    rec = one("وتذكر المصادر احتجاز عناصر الجماعة لجنود أردنيين كانوا متمركزين في قاعدة الزيتونة الجوية.")
    assert rec["forces"] == ["جنود أردنيين"]


# ---------------------------------------------------------------- session 18: sites and forces

@pytest.mark.parametrize("text,name", [
    ("وتتمركز قوات التحالف في القاعدة الجوية في مطار أربيل الدولي.", "القاعدة الجوية في مطار أربيل الدولي"),
    ("وتتمركز قوات التحالف في القاعدة الجوية الملحقة بمطار أربيل.", "القاعدة الجوية الملحقة بمطار أربيل"),
])
def test_described_base_at_listed_airport_named_as_written(text, name):
    rec = one(text)
    assert rec["name"] == name and rec["type"] == "air_base"
    assert rec["forces"] == ["قوات التحالف"]


def test_joint_operations_command_hq():
    rec = one("وغادر المستشارون مقر قيادة العمليات المشتركة في بغداد.")
    assert rec["name"] == "مقر قيادة العمليات المشتركة" and rec["type"] == "headquarters"


def test_plural_possessor_of_presence_is_no_state():
    recs = by_name(run("وقالت مصادر إن عناصر من الفيلق الأفريقي يوسعون مدرجا قرب الحدود مع تشاد والسودان، "
                       "إلى جانب وجودهم في قاعدة الجفرة."))
    assert recs["قاعدة الجفرة"]["forces"] == ["الفيلق الأفريقي"]


def test_ship_kind_before_its_navy():
    rec = one("ورست الأحد سفينة إنزال كبيرة من البحرية الروسية في ميناء طبرق البحري.")
    assert rec["forces"] == ["البحرية الروسية"]


def test_staying_noun_places_its_force():
    rec = one("وتتناول المباحثات صيغة جديدة لبقاء القوات الروسية في قاعدة حميميم الجوية.")
    assert rec["forces"] == ["القوات الروسية"]


def test_landmark_alone_before_haythu():
    rec = one("ويقام المركز قرب قاعدة فلامنغو البحرية شمال بورتسودان، حيث تتمركز وحدات القوات البحرية السودانية.")
    assert rec["forces"] == ["القوات البحرية السودانية"]


def test_battalion_with_demonym_is_a_force():
    rec = one("وسقطت قذيفة قرب معسكر دير زهران، حيث تتمركز الكتيبة الغانية.")
    assert rec["forces"] == ["الكتيبة الغانية"]


def test_unrecognised_definite_subject_not_carried():
    recs = by_name(run("وتضم قاعدة الوطية وحدات من الجيش التركي. وتتخذ القوة الجديدة من قاعدة معيتيقة مقرا لها."))
    assert recs["قاعدة معيتيقة"]["forces"] == []


def test_brigades_counted_from_a_group_are_that_group():
    rec = one("وتتمركز في قاعدة الجفرة ألوية من قوات الدعم السريع.")
    assert rec["forces"] == ["الدعم السريع"]


def test_yemeni_forces_are_listed():
    assert one("وقال المسؤول إن قوات درع الوطن انتشرت في ميناء نشطون.")["forces"] == ["قوات درع الوطن"]
    assert one("وتتمركز في قاعدة العند الجوية قوات العمالقة الجنوبية.")["forces"] == ["قوات العمالقة الجنوبية"]
    rec = one("وأفادت المصادر بانتشار عناصر المجلس الانتقالي الجنوبي في ميناء نشطون.")
    assert rec["forces"] == ["المجلس الانتقالي الجنوبي"]


def test_same_head_names_the_site_told_far_back():
    rec = one("زار الوزير قاعدة الجفرة الجوية أمس. وقال إن الهجوم فشل. وأضاف أن الخسائر محدودة. "
              "وأكد أن الطائرات سليمة. وفي العام الماضي وصل خبراء إيطاليون إلى القاعدة ذاتها.")
    assert rec["forces"] == ["خبراء إيطاليون"]


def test_relative_after_a_bare_head_is_about_the_site():
    rec = one("زار الوزير قاعدة الجفرة الجوية. ووصل خبراء إيطاليون إلى القاعدة نفسها التي كانت تؤوي جنودا أمريكيين.")
    assert rec["forces"] == ["خبراء إيطاليون", "جنودا أمريكيين"]


def test_bare_head_after_the_subject_is_the_site_of_its_sentence():
    recs = by_name(run("وتقع قاعدة معيتيقة في طرابلس. وتضم قاعدة الوطية الجوية مدرجين، "
                       "فيما نشرت القوات التركية في القاعدة منظومات دفاع جوي."))
    assert recs["قاعدة الوطية الجوية"]["forces"] == ["القوات التركية"]
    assert recs["قاعدة معيتيقة"]["forces"] == []


def test_force_alongside_after_the_site_and_its_place():
    rec = one("وقال المصدر إن قطعات من الجيش الليبي ما زالت تتمركز في قاعدة الجفرة الجوية وسط البلاد، "
              "إلى جانب وحدات من القوات التركية.")
    assert rec["forces"] == ["الجيش الليبي", "القوات التركية"]


def test_what_remains_of_a_force_moves():
    rec = one("وفي المقابل انتقل ما تبقى من القوات الإيطالية إلى قاعدة مصراتة الجوية.")
    assert rec["forces"] == ["القوات الإيطالية"]


def test_short_group_before_a_participle_cue():
    rec = one("وأقر البرلمان قانون الحشد الشعبي. وقال إن عناصر الحشد المتمركزة في قاعدة الصقر باقية.")
    assert rec["forces"] == ["الحشد الشعبي"]


def test_headed_by_a_major_general_is_no_headquarters():
    names = [r["name"] for r in run("واستقبل الوزير في قاعدة الجفرة الجوية وفدا برئاسة اللواء إلهان كايا، بحضور السفير.")]
    assert names == ["قاعدة الجفرة الجوية"]


def test_camp_with_a_place_phrase_is_not_named_by_it():
    assert run("وبدأت وحدات من الجيش المالي تتمركز في معسكر بمنطقة الحدود الثلاثية.") == []


def test_publishing_a_statement_places_nobody():
    rec = one("وقالت قوات الدعم السريع في بيان مقتضب نشرته على قناتها إن مقاتليها استهدفوا قاعدة الجفرة الجوية.")
    assert rec["forces"] == []


def test_possessed_base_elsewhere_is_not_an_extension():
    names = [r["name"] for r in run("وتحتفظ روسيا بقاعدة حميميم الجوية وقاعدتها البحرية في طرطوس.")]
    assert "قاعدة حميميم الجوية" in names


def test_place_phrase_with_a_direction_before_a_relative():
    rec = one("أما قاعدة الجفرة الجوية في ريف سرت الجنوبي، التي غادرتها القوات التركية، فقد أغلقت.")
    assert rec["forces"] == ["القوات التركية"]


def test_possessed_headquarters_places_its_possessor():
    rec = one("أما القيادة العامة فذكرت، في بيان صدر من مقرها في الرجمة، أن اللقاء كان ناجحا.")
    assert rec["forces"] == ["القيادة العامة"]


# ---------------------------------------------------------------- session 15

def test_masculine_participle_is_a_cue_not_part_of_a_unit_name():
    rec = one("وقال مصدر إن اللواء الرابع المتمركز في معسكر الزيتون سيتولى المهام.")
    assert rec["forces"] == ["اللواء الرابع"]


def test_approximate_count_after_a_cue_is_its_subject():
    rec = one("ويتوزع أزيد من 500 جندي تركي على القاعدة الجوية 204 بمدينة قونيا.")
    assert rec["forces"] == ["تركيا"]


def test_barracks_named_by_its_force_and_place():
    rec = one("وقال مصدر أمني إن الوحدات المتمركزة بثكنة الجيش الوطني ببلدة الزيتونة كثفت دورياتها.")
    assert rec["name"] == "ثكنة الجيش الوطني ببلدة الزيتونة"
    assert rec["forces"] == ["الجيش الوطني"]


def test_unrecognised_troops_before_a_definite_participle_are_not_carried():
    text = ("وأعلنت القوات الروسية انسحابها من المنطقة. وقال مصدر إن الوحدات العسكرية المتمركزة "
            "في قاعدة الزيتونة الجوية كثفت دورياتها.")
    rec = by_name(run(text))["قاعدة الزيتونة الجوية"]
    assert rec["forces"] == []


def test_headquarters_of_a_unit_keeps_its_demonym():
    rec = one("وطال القصف مقر قيادة الفيلق المصري قرب بلدة الزيتونة.")
    assert rec["name"] == "مقر قيادة الفيلق المصري"


def test_headquarters_of_a_sector_named_by_its_region_at_a_listed_barracks():
    rec = one("وعاد الوفد إلى مقر قيادة قطاع جنوب الليطاني في ثكنة بنوا بركات في صور.")
    assert rec["name"] == "ثكنة بنوا بركات"
    assert rec["type"] == "headquarters"
    alone = one("وتفقد القائد ثكنة بنوا بركات في صور.")
    assert alone["type"] == "military_base"


def test_former_base_at_a_listed_airport_is_named_as_written():
    rec = one("وتحولت القاعدة الفرنسية السابقة في مطار مبوكو إلى نقطة إسناد تستخدمها القوات المحلية.")
    assert rec["name"] == "القاعدة الفرنسية السابقة في مطار مبوكو"


def test_a_forces_facility_at_a_listed_base_is_that_base():
    rec = one("وتمتلك الدولة منشأة لسلاح الجو الملكي الأردني في قاعدة ماونتن هوم الجوية بولاية أيداهو.")
    assert rec["name"] == "قاعدة ماونتن هوم الجوية"
    assert rec["forces"] == ["سلاح الجو الملكي الأردني"]


def test_relative_clause_after_a_direction_phrase_is_about_the_site():
    rec = one("ويمر خط الإمداد عبر قاعدة الزيتونة الجوية جنوب شرقي ليبيا، التي تسيطر عليها قوات حفتر.")
    assert rec["forces"] == ["قوات حفتر"]


def test_accused_of_using_a_site_places_the_accused():
    rec = one("وتتهم الحكومة قوات الدعم السريع باستخدام مطار الزيتونة العسكري منصة للمسيرات.")
    assert rec["forces"] == ["الدعم السريع"]


def test_relying_on_a_base_places_the_subject_not_a_time_word():
    rec = one("في حين يعتمد الجيش اليوم على قاعدة الزيتونة الجوية في عملياته الجوية.")
    assert rec["forces"] == ["الجيش"]


def test_name_without_its_parenthesised_alternative_is_preferred():
    recs = run("صورة لمطار التيفور العسكري في ريف حمص. واستهدفت الغارات مطار التيفور العسكري (T4) في ريف حمص.")
    assert [r["name"] for r in recs] == ["مطار التيفور العسكري"]


def test_group_loyal_to_a_state_is_named_as_written():
    rec = one("وكانت مليشيات موالية لإيران تتمركز في قاعدة الزيتونة الجوية.")
    assert rec["forces"] == ["مليشيات موالية لإيران"]
    rec = one("وكانت قوات تابعة لتركيا تتمركز في قاعدة الزيتونة الجوية.")
    assert rec["forces"] == ["تركيا"]


def test_deployment_in_preparation_places_nobody():
    rec = one("وتفقدت فرق عسكرية روسية ثلاث قواعد جوية تمهيدا لنشر قوات فيها، بينها قاعدة الزيتونة الجوية.")
    assert rec["forces"] == []


def test_jussive_of_remaining_places_the_force_after_it():
    rec = one('وقال إن "قاعدة الزيتونة الجوية لم يبقَ فيها سوى عدد محدود من المستشارين الأمريكيين".')
    assert rec["forces"] == ["المستشارين الأمريكيين"]


def test_bare_subject_of_becoming_in_a_forces_custody():
    rec = one("وتفقد القائد قاعدة الزيتونة الجوية، بعد أن أصبحت القاعدة بالكامل في عهدة الجيش العراقي.")
    assert rec["forces"] == ["الجيش العراقي"]


def test_military_context_of_a_civil_port_stops_at_a_clause_break():
    recs = run("وانسحبت القوات الأمريكية من قاعدة الزيتونة الجوية، فيما تواصل الحكومة أشغال ميناء الرمانة الأطلسي.")
    assert [r["name"] for r in recs] == ["قاعدة الزيتونة الجوية"]


def test_listed_unit_whose_headquarters_a_named_camp_is_is_based_there():
    rec = one("وقتل القائد داخل معسكر الزيتونة، مقر اللواء 444 قتال جنوبي العاصمة.")
    assert rec["forces"] == ["اللواء 444 قتال"]
    rec = one("وقتل القائد داخل معسكر الزيتونة، مقر الفرقة 77 مشاة جنوبي العاصمة.")
    assert rec["forces"] == []


def test_algiers_airport_is_named_in_full():
    rec = one("واستقبل الرئيس ضيفه لدى وصوله إلى مطار هواري بومدين الدولي، بحضور رئيس أركان الجيش.")
    assert rec["name"] == "مطار هواري بومدين الدولي"


def test_a_container_and_a_command_are_named_in_full():
    rec = one("وتخضع قاعدة الزيتون الجوية لسيطرة قوات القيادة العامة منذ سنوات.")
    assert rec["forces"] == ["قوات القيادة العامة"]


def test_a_demonstrative_container_is_the_force_named_before_with_that_word():
    rec = one("ومدد البرلمان مهمة القوات الإيطالية في النيجر. وتنتشر هذه القوات في قاعدة الزيتون الجوية.")
    assert rec["forces"] == ["القوات الإيطالية"]


def test_a_construct_unit_after_ila_janib_keeps_its_own_relative_clause_site():
    recs = by_name(run("وتنتشر القوات الإيطالية في قاعدة الزيتون الجوية، إلى جانب مجموعة العمل البحرية "
                       "التي تستخدم ميناء الرمال العسكري."))
    assert recs["قاعدة الزيتون الجوية"]["forces"] == ["القوات الإيطالية"]
    assert recs["ميناء الرمال العسكري"]["forces"] == ["مجموعة العمل البحرية"]


def test_a_units_own_units_stand_for_it():
    rec = one("ووزع القائد المهام على لواء المشاة الثالث والعشرين وأفواجه المنتشرة في قاعدة الزيتون الجوية.")
    assert rec["forces"] == ["لواء المشاة الثالث والعشرين"]


def test_the_owner_after_an_affiliation_is_no_subject():
    rec = one("وأفادت مصادر أن رتلا من كتيبة طارق بن زياد التابعة لصدام حفتر توجه إلى قاعدة الزيتون الجوية.")
    assert rec["forces"] == ["كتيبة طارق بن زياد"]


def test_a_relative_clause_inside_haythu_is_at_the_site_before():
    rec = one("واستهدفت الضربات مطار الزيتون الدولي بولاية الشرق، حيث تتمركز حظائر الطائرات المسيّرة "
              "التي تشغلها قوات الدعم السريع.")
    assert rec["forces"] == ["الدعم السريع"]


def test_a_general_command_hq_is_named_with_its_town():
    rec = one("واستقبل المشير الوفد الزائر بمقر القيادة العامة في الرجمة صباح الأحد.")
    assert rec["name"] == "مقر القيادة العامة في الرجمة"


def test_a_general_command_hq_is_named_with_its_owner():
    rec = one("وتقدمت وحدات الجيش من مقر القيادة العامة للقوات المسلحة نحو الجسر.")
    assert rec["name"] == "مقر القيادة العامة للقوات المسلحة"


def test_a_base_named_by_its_number_keeps_its_town():
    rec = one("ووصل مدربون روس إلى القاعدة الجوية 707 في نيامي مطلع الشهر.")
    assert rec["name"] == "القاعدة الجوية 707 في نيامي"
    rec = one("ووصل مدربون روس إلى القاعدة الجوية 707 الملاصقة لمطار نيامي مطلع الشهر.")
    assert rec["name"] == "القاعدة الجوية 707"


def test_a_body_name_as_long_as_the_headline_name_wins():
    rec = one("هجوم على قاعدة نيامي الجوية\nوتعرضت القاعدة الجوية 101 لهجوم ليلي أمس.")
    assert rec["name"] == "القاعدة الجوية 101"


def test_a_host_verbs_bare_subject_reaches_three_sentences_back():
    rec = one("وهاجم مسلحون القاعدة الجوية 707 في نيامي. وقال التنظيم إن عناصره نفذوا الهجوم. "
              "وأعلنت الوزارة أن الجنود صدوا المهاجمين. وتضم القاعدة وحدات سلاح الجو النيجري.")
    assert rec["forces"] == ["سلاح الجو النيجري"]


def test_a_where_clause_with_a_continuing_auxiliary_places_its_subject():
    rec = one("وزار الوفد قاعدة حميميم الجوية قرب جبلة، حيث ما يزال يتمركز مئات العسكريين الروس.")
    assert rec["forces"] == ["العسكريين الروس"]


def test_forces_in_a_site_are_placed_in_a_sentence_without_a_cue():
    rec = one("وسيزور الوزير اللاذقية لتفقد القوات الروسية في حميميم يوم الأحد.")
    assert rec["forces"] == ["القوات الروسية"]


def test_forces_in_a_site_are_not_placed_from_a_photo_caption_without_a_cue():
    rec = one("وزار الوفد قاعدة حميميم الجوية أمس.\nصورة: القوات الروسية في حميميم - صورة أرشيفية")
    assert rec["forces"] == []


def test_rmelan_base_is_kharab_al_jir():
    rec = one("وتبقى قاعدة رميلان المقر الرئيسي للتحالف، فيما نفت قسد إخلاء مواقعها قرب قاعدة خراب الجير.")
    assert rec["canonical"].startswith("Kharab al-Jir")


def test_joined_type_adjectives_after_a_container_name_one_force():
    rec = one("وتعزز القاهرة حضورها انطلاقا من قاعدة برنيس العسكرية، التي تضم وحدات بحرية وجوية مصرية.")
    assert rec["forces"] == ["وحدات بحرية وجوية مصرية"]


def test_a_site_on_a_sea_then_a_relative_clause_placing_a_force():
    rec = one("وقال الخبير إن قاعدة برنيس العسكرية على البحر الأحمر، التي تتمركز فيها وحدات من الجيش المصري، "
              "تمنح القاهرة ذراعا طويلة.")
    assert rec["forces"] == ["الجيش المصري"]


def test_a_cue_participle_after_a_bare_force_is_no_epithet():
    rec = one("ورفعت وحدات القوات الجوية المرابطة في القاعدة الجوية بورقلة درجة التأهب.")
    assert rec["forces"] == ["القوات الجوية"]
    rec = one("والتقى الوزير جنود القوات البحرية المرابطين بقاعدة فلامنغو البحرية.")
    assert rec["forces"] == ["القوات البحرية"]


def test_the_national_navy_is_a_bare_force():
    rec = one("نفذت المرحلة الأولى انطلاقا من القاعدة البحرية بنواذيبو، التي تضم وحدات من البحرية الوطنية.")
    assert rec["forces"] == ["البحرية الوطنية"]


def test_a_possessed_presence_noun_places_its_owner_but_not_bihudur():
    rec = one('بالتزامن مع تعزيز "الفيلق الإفريقي" الروسي حضوره في قاعدة تساليت شمالي مالي.')
    assert rec["forces"] == ["الفيلق الإفريقي"]
    rec = one("والتقى القادة بحضورهم في قاعدة العند الجوية أمس.")
    assert rec["forces"] == []


def test_a_naval_facade_and_a_joint_staff_committee_head_an_hq():
    assert one("وتنقل الوفد إلى مقر قيادة الواجهة البحرية الغربية بالمرسى الكبير.")["name"] \
        == "مقر قيادة الواجهة البحرية الغربية"
    assert one("ويقع مقر لجنة الأركان العملياتية المشتركة بتمنراست منذ تأسيسها.")["name"] \
        == "مقر لجنة الأركان العملياتية المشتركة"


def test_listed_forces_guardia_civil_and_cjtf_hoa():
    rec = one("وأفادت مصادر بأن عناصر من الحرس المدني الإسباني لا يزالون ينتشرون في ميناء نواذيبو.")
    assert (rec["name"], rec["forces"]) == ("ميناء نواذيبو", ["الحرس المدني الإسباني"])
    rec = one("وتفقد الجنرال القوات الأمريكية المتمركزة في معسكر ليمونييه، مقر قوة المهام المشتركة في القرن الأفريقي.")
    assert "قوة المهام المشتركة في القرن الأفريقي" in rec["forces"]


def test_listed_somali_bases_read_after_a_dual_head():
    recs = run("وتمركزت القوات البوروندية سنوات طويلة في قاعدتي بلعد ومهداي العسكريتين، قبل أن تبدأ انسحابها.")
    assert [(r["canonical"], r["forces"]) for r in recs] == [
        ("Balcad military base", ["القوات البوروندية"]), ("Mahaday military base", ["القوات البوروندية"])]


def test_a_mission_reference_names_the_mission_told_before_and_its_hq_is_the_listed_compound():
    recs = run("ووصل جنود بعثة أتميس الجدد الأسبوع الماضي. واجتمع الوزير بالقادة في مقر قيادة البعثة بمجمع حلني.")
    assert [(r["canonical"], r["forces"]) for r in recs] == [("Halane base camp (Mogadishu airport)", ["أتميس"])]
    # with no mission named before, "البعثة" stands for nobody
    assert one("واجتمع الوزير بالقادة في مقر قيادة البعثة بمجمع حلني.")["forces"] == []


def test_a_force_alongside_after_a_comma_aside_is_at_the_site_too():
    rec = one("وانتقل عناصر من الفيلق الأفريقي إلى قاعدة تساليت، على بعد 50 كيلومترا من الحدود، إلى جانب وحدات من الجيش المالي.")
    assert rec["forces"] == ["الفيلق الأفريقي", "الجيش المالي"]
    # an aside naming a force of its own stops it
    rec = one("وانتقل عناصر من الفيلق الأفريقي إلى قاعدة تساليت، حيث التقى الوزير بقادة الجيش، إلى جانب وحدات من الجيش المالي.")
    assert rec["forces"] == ["الفيلق الأفريقي"]


def test_a_convoy_with_a_size_adjective_belongs_to_the_force_after_it():
    rec = one("وغادر رتل ضخم للقوات الأمريكية قاعدة قسرك فجر الأحد.")
    assert rec["forces"] == ["القوات الأمريكية"]


def test_a_bare_listed_name_with_a_location_aside_takes_its_superlative_description():
    recs = run("وزار الوفد قاعدة قسرك أمس. وتعد قسرك، الواقعة على طريق سريع، أكبر قواعد التحالف الدولي هناك.")
    assert len(recs) == 1 and recs[0]["forces"] == ["التحالف الدولي"]


def test_remaining_troops_entrenched_and_both_joined_forces_are_placed():
    rec = one("وقال شهود إن ما تبقى من عناصر الجيش والقوة المشتركة تحصنوا ليلة كاملة في مطار الفاشر.")
    assert sorted(rec["forces"]) == sorted(["الجيش", "القوة المشتركة"])


def test_turning_an_airport_into_a_base_and_operating_from_a_base_place_the_force():
    assert one("واتهم البيان قوات الدعم السريع بتحويل مطار نيالا إلى قاعدة عسكرية.")["forces"] == ["الدعم السريع"]
    assert one("وقال مسؤول إن خبراء روس يشرفون على تشغيل طائرات من قاعدة وادي سيدنا الجوية.")["forces"] \
        == ["خبراء روس"]


def test_a_stronghold_description_places_its_force():
    rec = one("وتعرض مقر قيادة الفرقة السادسة مشاة، آخر معاقل الجيش في الإقليم، لقصف عنيف.")
    assert rec["forces"] == ["الجيش"]


def test_forces_on_two_sides_between_are_not_joined():
    rec = one("واندلعت اشتباكات بين عناصر الجيش وجهاز الردع، الذي يسيطر على مطار معيتيقة الدولي.")
    assert rec["forces"] == ["جهاز الردع"]


def test_a_quoted_site_name_keeps_its_closing_quote():
    text = 'وتفقد الوزير معسكر "تركسوم" في مقديشو، حيث يتمركز ضباط أتراك.'
    recs = run(text)
    assert [r["name"] for r in recs] == ['معسكر "تركسوم"']
    assert [m["text"] for m in recs[0]["mentions"]] == ['معسكر "تركسوم"']


def test_listed_name_that_says_whose_it_is_places_that_force():
    # "قاعدة الدعم التابعة لجيش X": the force the listed name belongs to
    rec = by_name(run("وزار الوفد أمس قاعدة الدعم التابعة لجيش التحرير الشعبي الصيني في جيبوتي."))
    assert rec["قاعدة الدعم التابعة لجيش التحرير الشعبي الصيني في جيبوتي"]["forces"] == ["جيش التحرير الشعبي الصيني"]


def test_site_after_a_participles_place_and_comma_is_the_next_list_item():
    # "القوات X المتمركزة في بلد، وقاعدة Y": Y continues the list, it is not where X is stationed
    recs = by_name(run("وتضم البلاد مطار كورلي الذي تنتشر فيه القوات الكينية المتمركزة في الصومال، "
                       "وقاعدة زهران البحرية التابعة للجيش الوطني."))
    assert recs["مطار كورلي"]["forces"] == ["القوات الكينية"]
    assert "القوات الكينية" not in recs["قاعدة زهران البحرية"]["forces"]
