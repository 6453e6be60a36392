"""The text layer: folding with exact offsets, segmentation, tokens, page furniture."""
import pytest

from service.text import analyse, fold, normalise, stems


def spans_hold(text):
    n = normalise(text)
    for s in range(len(n.norm)):
        for e in range(s + 1, min(len(n.norm), s + 12) + 1):
            sp = n.span(s, e)
            assert text[sp["start"]:sp["end"]] == sp["text"]


@pytest.mark.parametrize("raw, folded", [
    ("أحمد", "احمد"), ("إبراهيم", "ابراهيم"), ("آذار", "اذار"), ("مستشفى", "مستشفي"),
    ("مدينة", "مدينه"), ("يُعدّ", "يعد"), ("ســـلام", "سلام"), ("٢٠٢٣", "2023"), ("۱۴۰۲", "1402"),
    ("«روسيا»", '"روسيا"'), ("“قال”", '"قال"'), ("GMT", "gmt"), ("a\u200fb\u200bc", "abc"),
    ("ڨالمة", "قالمه"), ("ڤاغنر", "فاغنر"), ("پاريس", "باريس"), ("ڭلميم", "كلميم"),
])
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_offsets_survive_marks_controls_crlf_and_astral():
    text = "يُعدّ\u200f حفتر\r\nحليفَ «روسيا» 😀 في ليبيا\r\n"
    spans_hold(text)
    doc = analyse(text)
    start = doc.norm.index("حليف")
    assert doc.span(start, start + 4)["text"] == "حليفَ"   # the letter keeps its mark


def test_stems_strip_proclitics():
    readings = {s for s, _, _ in stems("وبحضور")}
    assert {"وبحضور", "بحضور", "حضور"} <= readings
    assert "التقي" in {s for s, _, _ in stems("والتقي")}
    assert ("الجفره", 1, True) in stems("للجفره")
    assert "لقاء" in {s for s, _, _ in stems("للقاء")}


def test_sentences_split_on_stops_but_not_numbers_or_quotes():
    doc = analyse('وصل الوفد في 2023.9.26 إلى المدينة. وقال "هذا جيد. جدا" ثم غادر؟ نعم')
    texts = [doc.original(s.start, s.end) for s in doc.sentences]
    assert texts == ["وصل الوفد في 2023.9.26 إلى المدينة.", 'وقال "هذا جيد. جدا" ثم غادر؟', "نعم"]


def test_page_furniture_and_related_section():
    text = ("وزير يزور مدينة ساحلية\n\n12 مارس 2024\nصورة للوزير (رويترز/ فلان)\n+ الخط -\n"
            "وصل الوزير إلى المدينة صباح اليوم.\nاقرأ أيضاً\nعنوان مقال آخر هنا\n"
            "وتابع الوزير جولته.\nكلمات دلالية: وزير مدينة\nإقرأ أيضاً:\nرئيس يستقبل سفيرا\n"
            "استقبل الرئيس السفير في القصر.")
    doc = analyse(text)
    kinds = [(doc.original(l.start, l.end)[:12], l.kind, l.section) for l in doc.lines if l.kind != "blank"]
    assert kinds == [
        ("وزير يزور مد", "title", "main"), ("12 مارس 2024", "header", "main"),
        ("صورة للوزير ", "caption", "main"), ("+ الخط -", "boilerplate", "main"),
        ("وصل الوزير إ", "body", "main"), ("اقرأ أيضاً", "boilerplate", "main"),
        ("عنوان مقال آ", "link", "main"), ("وتابع الوزير", "body", "main"),
        ("كلمات دلالية", "boilerplate", "main"), ("إقرأ أيضاً:", "boilerplate", "related"),
        ("رئيس يستقبل ", "body", "related"), ("استقبل الرئي", "body", "related"),
    ]


def test_a_caption_credited_to_an_institution_is_a_caption():
    doc = analyse("الوزير يلتقي القائد\nالوزير خلال لقائه القائد في المدينة (وزارة الدفاع التركية)\n"
                  "وقال الوزير إن اللقاء كان مثمرا (وزارة الدفاع).\nوصل الوزير إلى المدينة (الأناضول)")
    kinds = [l.kind for l in doc.lines if l.kind != "blank"]
    assert kinds == ["title", "caption", "body", "caption"]


def test_a_caption_credited_to_an_archive_is_a_caption():
    doc = analyse("الوزير يلتقي القائد\nالقائد خلال اجتماع سابق مع مسؤولين - أرشيف 964\n"
                  "وقال الوزير إن الأرشيف - أرشيف الدولة مهم.\nالوزير في بغداد - صورة أرشيفية")
    assert [l.kind for l in doc.lines if l.kind != "blank"] == ["title", "caption", "body", "caption"]


def test_a_source_line_above_the_story_does_not_end_it():
    doc = analyse("الوزير يصل إلى العاصمة\nالمصدر: موقع الخبر\nوصل الوزير إلى العاصمة اليوم.\n"
                  "المصدر: وكالات\nاستقبل الرئيس السفير.")
    kinds = [(doc.original(l.start, l.end)[:9], l.kind, l.section) for l in doc.lines if l.kind != "blank"]
    assert kinds == [("الوزير يص", "title", "main"), ("المصدر: م", "boilerplate", "main"),
                     ("وصل الوزي", "body", "main"), ("المصدر: و", "boilerplate", "main"),
                     ("استقبل ال", "body", "related")]


def test_empty_and_whitespace_text():
    doc = analyse("   \n\n ")
    assert doc.sentences == [] and doc.tokens == []


def test_fold_chars_is_one_translate_table():
    """The replace chain folds exactly like one translation table, whatever the mixture."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from service.text.normalise import _FOLD, _fold_chars
    table = str.maketrans(_FOLD)
    chars = st.sampled_from(sorted(_FOLD) + sorted(set(_FOLD.values())) + ["ب", " ", "x"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(chars | st.characters(), max_size=60).map("".join))
    def check(text):
        assert _fold_chars(text) == text.translate(table)

    check()


def test_letters_for_foreign_sounds_match_the_listed_spelling():
    # "ڨ" and "پ" are how Algerian and Persian-style outlets write the g and p sounds
    from service import entities
    doc = analyse("وقال رئيس الأركان شنڨريحة إن الجيش جاهز، واستقبل پوتين ضيفه.")
    assert [m.entity_id for m in entities.people(doc)] == ["said_chengriha", "vladimir_putin"]
