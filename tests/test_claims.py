"""Claims extractor: cue families, source kinds, content shapes, non-claims.

Every sentence here is written for the test (none is copied from the seeds).
"""
from __future__ import annotations

import pytest

from service.extractors import claims
from service.text import analyse, fold


def extract(body: str) -> list[dict]:
    text = "عنوان الخبر\n\n" + body
    out = claims.extract(analyse(text))
    for c in out:  # every span maps back to the caller's text
        for span in (c["span"], c["evidence"], c["source"]["span"]):
            assert text[span["start"]:span["end"]] == span["text"]
        if c["content"] != c["span"]["text"]:     # an attribution set inside the content
            words, spanned = c["content"].split(), c["span"]["text"].split()
            assert spanned[0] == words[0] and spanned[-1] == words[-1] and len(spanned) > len(words)
    return out


def one(body: str) -> dict:
    out = extract(body)
    assert len(out) == 1, out
    return out[0]


def same(a: str | None, b: str) -> bool:
    return a is not None and fold(a) == fold(b)


# ------------------------------------------------------------------ cue families

def test_past_verb_with_complementizer():
    c = one("قالت وزارة الخارجية الفرنسية إن باريس تدعم الحوار بين الأطراف.")
    assert c["cue"] == "قالت"
    assert same(c["source"]["name"], "وزارة الخارجية الفرنسية")
    assert c["source"]["kind"] == "organization"
    assert same(c["content"], "باريس تدعم الحوار بين الأطراف")
    assert c["stance"] == "assert" and c["quoted"] is False
    assert c["id"] == "c1" and c["section"] == "main" and c["via"] is None


def test_present_verb_with_conjunction():
    c = one("ويقول محللون إن الأزمة الاقتصادية ستتفاقم خلال الصيف.")
    assert c["cue"] == "يقول"
    assert same(c["source"]["name"], "محللون") and c["source"]["kind"] == "anonymous"
    assert same(c["content"], "الأزمة الاقتصادية ستتفاقم خلال الصيف")


def test_verb_with_preposition_before_complementizer():
    c = one("وأشارت المنظمة الدولية للهجرة إلى أن آلاف الأسر نزحت من المدينة.")
    assert c["cue"] == "أشارت"
    assert same(c["content"], "آلاف الأسر نزحت من المدينة")


def test_verb_with_noun_phrase_after_preposition():
    c = one("وأعربت الخارجية المصرية عن قلقها البالغ إزاء التصعيد في السودان.")
    assert same(c["source"]["name"], "الخارجية المصرية")
    assert same(c["content"], "قلقها البالغ إزاء التصعيد في السودان")


@pytest.mark.parametrize("body, cue", [
    ("نفت وزارة الدفاع أن تكون قواتها قد شاركت في الهجوم على القرية.", "نفت"),
    ("وتنفي الحكومة المصرية وجود أي معتقلين سياسيين في سجونها.", "تنفي"),
    ("وكانت الرئاسة قد نفى مكتبها أن يكون الرئيس قد غادر البلاد.", None),
])
def test_denials(body, cue):
    out = extract(body)
    assert out and all(c["stance"] == "deny" for c in out)
    if cue:
        assert out[0]["cue"] == cue


def test_source_before_the_verb():
    c = one("وكانت وزارة الداخلية قد أعلنت في وقت سابق أن الطريق سيفتح أمام المسافرين.")
    assert same(c["source"]["name"], "وزارة الداخلية")
    assert same(c["content"], "الطريق سيفتح أمام المسافرين")


def test_participle_continues_the_claim_before_it():
    out = extract("وأكد الكرملين في بيان أن الرئيسين بحثا ملف الطاقة، مشيراً إلى أن "
                  "الاتصالات بين البلدين ستستمر.")
    assert [c["cue"] for c in out] == ["أكد", "مشيراً"]
    assert same(out[0]["content"], "الرئيسين بحثا ملف الطاقة")
    assert same(out[1]["content"], "الاتصالات بين البلدين ستستمر")
    assert out[1]["source"]["name"] == out[0]["source"]["name"]


def test_trailing_attribution_takes_the_clause_before():
    c = one("سقطت ثلاث قذائف على الحي السكني، وفق ما أعلن الدفاع المدني.")
    assert c["cue"] == "وفق ما أعلن"
    assert same(c["source"]["name"], "الدفاع المدني")
    assert same(c["content"], "سقطت ثلاث قذائف على الحي السكني")


def test_leading_attribution_takes_the_clause_after():
    c = one("وبحسب مصادر مطلعة، فإن الوفد سيغادر العاصمة صباح الغد.")
    assert c["cue"] == "بحسب"
    assert c["source"]["kind"] == "anonymous"
    assert same(c["content"], "الوفد سيغادر العاصمة صباح الغد")


def test_naqlan_an_attribution():
    c = one("ارتفع عدد الضحايا إلى عشرين قتيلاً، نقلاً عن مصادر طبية في المستشفى.")
    assert same(c["source"]["name"], "مصادر طبية في المستشفى")
    assert same(c["content"], "ارتفع عدد الضحايا إلى عشرين قتيلاً")


# ------------------------------------------------------------------ source kinds

def test_person_source_name_without_titles():
    c = one("وقال وزير الخارجية التركي هاكان فيدان إن أنقرة لن تقبل بأي تقسيم.")
    assert c["source"]["kind"] == "person"
    assert same(c["source"]["name"], "هاكان فيدان")
    assert fold("وزير الخارجية") in fold(c["source"]["role"])


def test_person_named_in_apposition_after_role():
    c = one("وحذر الباحث في معهد الدراسات الاستراتيجية، سامي الحربي، من أن المنطقة "
            "مقبلة على موجة توتر.")
    assert c["source"]["kind"] == "person"
    assert same(c["source"]["name"], "سامي الحربي")
    assert "الباحث" in c["source"]["role"]


def test_media_source_has_bare_title():
    c = one("وأفاد موقع أكسيوس الأمريكي أن واشنطن تدرس فرض عقوبات جديدة.")
    assert c["source"]["kind"] == "media"
    assert same(c["source"]["name"], "أكسيوس")
    assert c["source"]["span"]["text"] == "موقع أكسيوس الأمريكي"


def test_document_source_is_named_by_its_issuer():
    c = one("وذكر تقرير صادر عن منظمة العفو الدولية أن مئات المحتجزين تعرضوا لسوء المعاملة.")
    assert c["source"]["kind"] == "document"
    assert same(c["source"]["name"], "منظمة العفو الدولية")
    assert same(c["source"]["role"], "تقرير")


def test_document_with_lam_issuer():
    c = one("وأكد بيان للمجلس الرئاسي نشر مساء الخميس أن الانتخابات ستجرى في موعدها.")
    assert same(c["source"]["name"], "المجلس الرئاسي")


def test_anonymous_source_with_qualifier():
    c = one("وقالت مصادر عسكرية مقربة من الجيش إن التعزيزات وصلت إلى الجبهة.")
    assert c["source"]["kind"] == "anonymous"
    assert same(c["source"]["name"], "مصادر عسكرية مقربة من الجيش")


def test_relayed_sources_and_medium():
    c = one("ونقلت صحيفة الشرق الأوسط عن مصادر دبلوماسية أن الاجتماع تأجل أسبوعاً.")
    assert same(c["source"]["name"], "مصادر دبلوماسية")
    assert c["source"]["kind"] == "anonymous"
    assert same(c["via"], "صحيفة الشرق الأوسط")
    assert same(c["content"], "الاجتماع تأجل أسبوعاً")


def test_relay_with_hedge():
    c = one("ونقلت القناة عما قالت إنها مصادر أمنية أن المهاجمين فروا نحو الحدود.")
    assert same(c["source"]["name"], "مصادر أمنية")
    assert same(c["content"], "المهاجمين فروا نحو الحدود")


# ------------------------------------------------------------------ referring subjects

def test_dropped_subject_is_the_last_speaker():
    out = extract("وقالت وزارة الصحة إن المستشفيات تعمل بكامل طاقتها. "
                  "وأوضحت أن المخزون من الأدوية يكفي شهراً.")
    assert len(out) == 2
    assert out[1]["source"]["name"] == out[0]["source"]["name"]
    assert same(out[1]["content"], "المخزون من الأدوية يكفي شهراً")


def test_referring_medium_takes_its_antecedent_name():
    out = extract("وأفادت صحيفة لوموند الفرنسية أن باريس ستخفض قواتها في المنطقة.\n\n"
                  "وأضافت الصحيفة أن القرار اتخذ بعد مشاورات طويلة.")
    assert same(out[1]["source"]["name"], "لوموند")
    assert out[1]["source"]["kind"] == "media"
    assert out[1]["source"]["span"]["text"] == "الصحيفة"


def test_same_document_resolves_to_issuer():
    out = extract("وذكر بيان صادر عن وزارة النفط أن الإنتاج ارتفع بنسبة كبيرة.\n\n"
                  "وتوقع الوزير زيادة الصادرات، بحسب البيان ذاته.")
    found = [c for c in out if c["cue"] == "بحسب"]
    assert found and same(found[0]["source"]["name"], "وزارة النفط")


def test_anonymous_referring_phrase_stays_as_written():
    out = extract("وقالت مصادر محلية إن الاشتباكات توقفت ليلاً.\n\n"
                  "وأكدت تلك المصادر أن الهدوء عاد إلى الأحياء الشرقية.")
    assert same(out[1]["source"]["name"], "تلك المصادر")
    assert out[1]["source"]["kind"] == "anonymous"


# ------------------------------------------------------------------ content shapes

def test_quote_spanning_two_sentences():
    c = one('وقال وزير الداخلية: "لن نسمح بالفوضى. والقانون فوق الجميع".')
    assert c["quoted"] is True
    assert same(c["content"], "لن نسمح بالفوضى. والقانون فوق الجميع")


def test_guillemets_after_complementizer():
    c = one("وقال المتحدث باسم البعثة إن «الحوار هو السبيل الوحيد للخروج من الأزمة».")
    assert c["quoted"] is True
    assert same(c["content"], "الحوار هو السبيل الوحيد للخروج من الأزمة")


def test_quoted_name_inside_clause_is_not_a_quote():
    c = one("وأضافت الوزارة أن «سالم» التقى مسؤولين في الشركة الأسبوع الماضي.")
    assert c["quoted"] is False
    assert "التقى مسؤولين" in c["content"]


def test_quote_before_the_verb():
    c = one("«الوضع تحت السيطرة الكاملة»، قال قائد الشرطة للصحفيين.")
    assert c["quoted"] is True
    assert same(c["content"], "الوضع تحت السيطرة الكاملة")
    assert same(c["source"]["name"], "قائد الشرطة")


def test_trailing_attribution_relays_a_verb_claim():
    c = one("وأعرب الوزير عن أمله في عودة المفاوضات قريباً، بحسب وكالة الأنباء الرسمية.")
    assert same(c["content"], "أمله في عودة المفاوضات قريباً")
    assert c["via"] is not None


def test_narrator_comment_ends_the_content():
    c = one("وقالت الشركة إن الإنتاج سيستأنف الأسبوع المقبل، دون ذكر تفاصيل إضافية.")
    assert same(c["content"], "الإنتاج سيستأنف الأسبوع المقبل")


def test_second_construction_ends_the_first():
    out = extract("ونقلت الإذاعة عن مصادر رسمية أن الحدود ستفتح غداً، ونفت تلك المصادر "
                  "أن تكون هناك قيود جديدة.")
    assert len(out) == 2
    assert same(out[0]["content"], "الحدود ستفتح غداً")
    assert out[1]["stance"] == "deny"


def test_repeated_paragraph_is_one_claim():
    para = "وقال مراقبون إن الانتخابات قد تتأجل مرة أخرى."
    out = extract(para + "\n\n" + para)
    assert len(out) == 1


# ------------------------------------------------------------------ not claims

@pytest.mark.parametrize("body", [
    "شارك الآلاف في المظاهرة التي نظمت أمام مقر البرلمان.",            # no source
    "ويذكر أن الطرفين وقعا اتفاقاً مماثلاً قبل عامين.",                # narrator's formula
    "سيعمل الفريق على تنفيذ المشروع وفق خطة زمنية محددة.",             # وفق without a source
    "انسحب الفريق قبل أن يعلن انتهاء مهمته في المنطقة.",               # a verb after أن
])
def test_no_claim(body):
    assert extract(body) == []


def test_photo_caption_is_not_a_claim():
    assert extract("قال الرئيس إن الوضع مستقر (أرشيفية/ رويترز)") == []


def test_dropped_subject_without_speaker_is_not_a_claim():
    assert extract("وأضاف أن الاجتماع المقبل سيعقد في القاهرة.") == []


def test_nisba_after_anonymous_head_and_addressee():
    c = one("وقالت مصادر ليبية للجزيرة نت إن المفاوضات ستستأنف في جنيف.")
    assert same(c["source"]["name"], "مصادر ليبية")


def test_named_agency_relays_an_official():
    c = one("ونقلت وكالة الأنباء الليبية عن مصدر حكومي أن الميزانية أقرت بالإجماع.")
    assert same(c["via"], "وكالة الأنباء الليبية")
    assert same(c["source"]["name"], "مصدر حكومي")


def test_leading_attribution_with_relative_clause():
    c = one("وبحسب تقرير للبنك الدولي صدر أمس، فإن النمو سيتباطأ هذا العام.")
    assert same(c["source"]["name"], "البنك الدولي")
    assert same(c["content"], "النمو سيتباطأ هذا العام")


def test_clinging_preposition_content():
    c = one("وأفاد شهود عيان بسماع دوي انفجارات في الأحياء الشرقية.")
    assert same(c["source"]["name"], "شهود عيان")
    assert same(c["content"], "سماع دوي انفجارات في الأحياء الشرقية")


def test_time_phrase_is_not_a_source():
    c = one("وكانت هيئة الانتخابات قد صرحت الأسبوع الماضي بأن التسجيل سيغلق قريباً.")
    assert same(c["source"]["name"], "هيئة الانتخابات")
    assert same(c["content"], "التسجيل سيغلق قريباً")


def test_subject_shared_with_the_clause_before():
    c = one("في المقابل، انتقدت النقابة العامة قرار الحكومة، وقالت في بيان إن "
            "الرواتب تأخرت ثلاثة أشهر.")
    assert same(c["source"]["name"], "النقابة العامة")
    assert same(c["content"], "الرواتب تأخرت ثلاثة أشهر")


def test_office_alone_refers_to_its_holder():
    out = extract("وصرح السفير كمال يوسف، المتحدث باسم وزارة الخارجية، بأن الوزيرين بحثا "
                  "ملف المياه.\n\nوأوضح المتحدث أن الجانبين اتفقا على لقاء جديد.")
    assert len(out) == 2
    assert out[1]["source"]["name"] == out[0]["source"]["name"]
    assert out[1]["source"]["span"]["text"] == "المتحدث"


def test_document_cue_ja_a_fi():
    c = one("وجاء في بيان لوزارة الداخلية أن الطرق الرئيسية ستغلق غداً.")
    assert c["source"]["kind"] == "document"
    assert same(c["source"]["name"], "وزارة الداخلية")
    assert same(c["content"], "الطرق الرئيسية ستغلق غداً")


def test_written_statement_with_colon():
    c = one('وكتب رئيس الوزراء على حسابه في منصة إكس: "سنعيد بناء ما دمرته الحرب".')
    assert c["cue"] == "كتب" and c["quoted"] is True
    assert same(c["content"], "سنعيد بناء ما دمرته الحرب")


def test_subject_after_a_pronoun_preposition():
    c = one("وجاءت الزيارة ضمن جولة إقليمية قال فيها الوزير إن العلاقات ممتازة.")
    assert same(c["source"]["name"], "الوزير")
    assert same(c["content"], "العلاقات ممتازة")


def test_contrast_between_two_speakers():
    out = extract("قال الجيش إن القصف استهدف مواقع عسكرية، فيما قالت المعارضة إن الضحايا مدنيون.")
    assert [same(c["content"], w) for c, w in zip(out, ["القصف استهدف مواقع عسكرية",
                                                        "الضحايا مدنيون"])] == [True, True]
    assert same(out[1]["source"]["name"], "المعارضة")


def test_pronoun_subject_after_lakin():
    out = extract("وقال الوزير إن الاتفاق قريب، لكنه أكد أن بعض النقاط ما زالت عالقة.")
    assert len(out) == 2
    assert same(out[0]["content"], "الاتفاق قريب")
    assert out[1]["source"]["name"] == out[0]["source"]["name"]


def test_nested_quotation_marks():
    c = one("وقال الوزير: «إن ما يسمى “الهدنة” لم يحترمه أحد، والوضع يتدهور».")
    assert c["quoted"] is True
    assert same(c["content"], "إن ما يسمى “الهدنة” لم يحترمه أحد، والوضع يتدهور")


def test_known_medium_without_head_word():
    c = one("ارتفعت أسعار النفط بنسبة ثلاثة في المئة، بحسب رويترز.")
    assert c["source"]["kind"] == "media"
    assert same(c["source"]["name"], "رويترز")


def test_ma_nassuhu_formula():
    c = one('وكتب الوزير في تدوينة ما نصه: "لن نتراجع عن قرارنا".')
    assert c["quoted"] is True and same(c["content"], "لن نتراجع عن قرارنا")


def test_surname_refers_to_the_full_name():
    out = extract("وقال وزير المالية خالد الدوسري إن العجز سينخفض.\n\n"
                  "ولفت الدوسري إلى أن الإيرادات النفطية ارتفعت.")
    assert len(out) == 2
    assert same(out[1]["source"]["name"], "خالد الدوسري")
    assert out[1]["source"]["kind"] == "person"


def test_report_inside_a_report_is_part_of_its_content():
    c = one("وقال الوزير إن الرئيس أكد له أن الوضع صعب للغاية.")
    assert same(c["source"]["name"], "الوزير")
    assert same(c["content"], "الرئيس أكد له أن الوضع صعب للغاية")


def test_ghayr_anna_opens_a_new_clause():
    out = extract("وأكدت الوزارة أن الوضع مستقر، غير أن المعارضة أكدت أن الاحتجاجات مستمرة.")
    assert [c["content"] for c in out] == ["الوضع مستقر", "الاحتجاجات مستمرة"]
    assert same(out[1]["source"]["name"], "المعارضة")


def test_relay_phrase_between_medium_and_content():
    c = one("وذكرت صحيفة الغارديان نقلاً عن مصادر دبلوماسية أن المفاوضات انهارت.")
    assert same(c["source"]["name"], "مصادر دبلوماسية")
    assert same(c["via"], "صحيفة الغارديان")


def test_referring_agency_needs_the_same_head_word():
    out = extract("ونقلت وكالة الأنباء الليبية عن مصدر أمني أن الطريق فتح.\n\n"
                  "وأضافت الوكالة أن حركة السير عادت إلى طبيعتها.")
    assert same(out[1]["source"]["name"], "وكالة الأنباء الليبية")
    out = extract("وقالت صحيفة الغارديان إن المحادثات تعثرت.\n\n"
                  "وأضافت الوكالة أن حركة السير عادت إلى طبيعتها.")
    assert same(out[1]["source"]["name"], "الوكالة")


def test_scene_setting_phrase_is_not_content():
    c = one("وفور وصوله، التقى الوفد قادة الجيش في العاصمة، وفق ما أعلنت الرئاسة.")
    assert same(c["content"], "التقى الوفد قادة الجيش في العاصمة")


def test_claim_in_an_appended_article_is_related():
    out = extract("وقالت وزارة الصحة إن المستشفيات تعمل بكامل طاقتها.\n\n"
                  "المصدر | وكالات\n\nاقرأ أيضاً:\nالوزير يزور المدينة\n"
                  "وقالت وزارة النقل إن الطرق الرئيسية مفتوحة أمام المسافرين.")
    assert [c["section"] for c in out] == ["main", "related"]


def test_any_subject_after_ma_and_a_verb_of_saying():
    out = extract("ارتفع معدل البطالة إلى عشرة بالمئة، حسب ما أعلنت عنه المندوبية السامية للتخطيط.\n\n"
                  "وأوضحت المندوبية أن الشباب هم الأكثر تضرراً.")
    assert same(out[0]["source"]["name"], "المندوبية السامية للتخطيط")
    assert same(out[0]["content"], "ارتفع معدل البطالة إلى عشرة بالمئة")
    assert out[1]["source"]["name"] == out[0]["source"]["name"]


def test_long_cue_heavy_input_stays_fast():
    import time
    words = ["قال", "وقالت", "إن", "وفق", "ما", "أعلن", "بحسب", "نقلت", "عن", "مصادر",
             "الموقع", "البيان", "ذاته", "مشيرا", "إلى", "،", "الوزير", '"', "المصدر"]
    body = " ".join(words[(i * 7) % len(words)] for i in range(20000))
    started = time.perf_counter()
    extract(body)
    assert time.perf_counter() - started < 5


def test_possessed_noun_object():
    c = one("وأكدت الوزارة التزامها بتنفيذ الاتفاق كاملاً.")
    assert same(c["source"]["name"], "الوزارة")
    assert same(c["content"], "التزامها بتنفيذ الاتفاق كاملاً")


# ------------------------------------------------------------------ parentheses, names, فإن, بالقول

def test_parenthesis_between_source_and_complementizer():
    c = one("وأفادت وكالة الأنباء المغربية (لاماب) بأن الملك استقبل السفراء الجدد.")
    assert same(c["source"]["name"], "وكالة الأنباء المغربية")
    assert c["source"]["kind"] == "media"
    assert same(c["content"], "الملك استقبل السفراء الجدد")


def test_parenthesis_after_a_leading_and_a_trailing_attribution():
    c = one("وبحسب المفوضية السامية لشؤون اللاجئين (UNHCR)، فإن آلاف الأسر عبرت الحدود.")
    assert same(c["source"]["name"], "المفوضية السامية لشؤون اللاجئين")
    assert same(c["content"], "آلاف الأسر عبرت الحدود")
    c = one("وعادت الكهرباء إلى أحياء المدينة مساء الأحد، وفق شركة الكهرباء الوطنية (ستيغ).")
    assert same(c["source"]["name"], "شركة الكهرباء الوطنية")
    assert same(c["content"], "وعادت الكهرباء إلى أحياء المدينة مساء الأحد")


def test_person_named_after_an_office_is_the_source():
    c = one("وقال وزير الزراعة التونسي علي المالكي، في مؤتمر صحفي بالعاصمة، إن الموسم سيكون جيداً.")
    assert same(c["source"]["name"], "علي المالكي")
    assert c["source"]["kind"] == "person"
    assert same(c["source"]["role"], "وزير الزراعة التونسي")
    assert same(c["content"], "الموسم سيكون جيداً")


def test_a_compound_name_is_never_cut():
    c = one("وقال محافظ البنك المركزي عبد الرحمن سعد الله للصحفيين إن التضخم تراجع.")
    assert same(c["source"]["name"], "عبد الرحمن سعد الله")
    assert same(c["source"]["role"], "محافظ البنك المركزي")


def test_rank_before_a_name_is_not_a_brigade():
    c = one("وتم تبادل الأسرى صباح الجمعة، وفق ما أعلن العميد سامي الحربي الناطق باسم التحالف.")
    assert same(c["source"]["name"], "سامي الحربي")
    assert c["source"]["kind"] == "person"


def test_leading_attribution_with_fa_inna_reports_the_clause():
    c = one("ووفقاً لوزارة الداخلية، فإن الوزير تعهد بملاحقة المتورطين في الهجوم.")
    assert same(c["source"]["name"], "وزارة الداخلية")
    assert same(c["content"], "الوزير تعهد بملاحقة المتورطين في الهجوم")
    c = one("وبحسب مكتب رئيس الوزراء، فإن رئيس الوزراء شدد على ضرورة ضبط النفس.")
    assert same(c["source"]["name"], "مكتب رئيس الوزراء")
    assert same(c["content"], "رئيس الوزراء شدد على ضرورة ضبط النفس")


def test_participle_with_bil_qawl():
    c = one('ورفض المتحدث باسم الشرطة التعليق على الحادث، مكتفياً بالقول إن "التحقيقات جارية".')
    assert c["cue"] == "مكتفياً"
    assert same(c["source"]["name"], "المتحدث باسم الشرطة")
    assert same(c["content"], "التحقيقات جارية") and c["quoted"] is True


def test_verb_iktafa_with_bil_qawl():
    c = one("واكتفت السفارة بالقول إن موظفيها بخير.")
    assert same(c["source"]["name"], "السفارة")
    assert same(c["content"], "موظفيها بخير")
    assert extract("واكتفى الفريق بالتعادل في مباراة الأمس.") == []


def test_trailing_attribution_with_a_resumptive_pronoun():
    c = one("وأغلقت المحال التجارية أبوابها في السوق القديم، وفق ما أفاد به سكان محليون.")
    assert same(c["source"]["name"], "سكان محليون") and c["source"]["kind"] == "anonymous"
    assert same(c["content"], "أغلقت المحال التجارية أبوابها في السوق القديم")
    c = one("وسمعت أصوات إطلاق نار كثيف قرب المعبر، بحسب ما أدلى به شهود لوكالة الأنباء.")
    assert same(c["source"]["name"], "شهود") and c["source"]["kind"] == "anonymous"


def test_statement_pronoun_after_the_verb_takes_the_sentence_subject():
    c = one("وأدلى الوزير بتصريحات للصحفيين أكد فيها أن الميزانية ستقر قريباً.")
    assert same(c["source"]["name"], "الوزير")
    assert same(c["content"], "الميزانية ستقر قريباً")


def test_single_curly_quotes():
    c = one("وقال المتحدث: ‘لن نقبل بأي شروط مسبقة’.")
    assert c["quoted"] is True and same(c["content"], "لن نقبل بأي شروط مسبقة")
    c = one("‘الطريق مفتوح أمام الجميع الآن’، قال قائد الشرطة.")
    assert c["quoted"] is True and same(c["content"], "الطريق مفتوح أمام الجميع الآن")


def test_nominalised_claim_after_a_verb():
    c = one("وأعلنت النقابة تأكيدها أن الإضراب سيستمر حتى تلبية المطالب.")
    assert same(c["source"]["name"], "النقابة")
    assert same(c["content"], "الإضراب سيستمر حتى تلبية المطالب")


def test_report_sheds_light_on():
    c = one("ويسلط تقرير لمنظمة هيومن رايتس ووتش الضوء على ظروف العمال المهاجرين.")
    assert c["source"]["kind"] == "document"
    assert same(c["content"], "ظروف العمال المهاجرين")
    assert extract("ويسلط هذا المهرجان الضوء على التراث المحلي.") == []


@pytest.mark.parametrize("body", [
    "الرئيس: لن نتخلى عن شعبنا",                                      # a headline-like line
    "وأكد أن المشروع سيكتمل العام المقبل.",                            # no speaker to share
    "ورفع المحتجون لافتات كتب عليها أن الشعب يريد التغيير.",             # no saying verb with a source
    "الوزير يتحدث إلى الصحفيين في المطار (أ ف ب)",                     # a caption
])
def test_more_non_claims(body):
    assert extract(body) == []


def test_noun_phrase_object_after_an_adjunct():
    c = one("ونفت الشرطة في بيان صحة الصور المتداولة.")
    assert c["stance"] == "deny" and same(c["content"], "صحة الصور المتداولة")
    c = one("وأكد المجلس في ختام اجتماعه ضرورة احترام الهدنة.")
    assert same(c["content"], "ضرورة احترام الهدنة")


def test_witness_is_anonymous_and_the_medium_is_an_addressee():
    c = one("وقال شاهد عيان لرويترز إن الدخان غطى سماء الحي.")
    assert same(c["source"]["name"], "شاهد عيان") and c["source"]["kind"] == "anonymous"


def test_title_chain_with_a_place_before_the_name():
    c = one("وقال قائد الشرطة في ولاية كسلا العميد حسن الطيب إن الطرق آمنة.")
    assert same(c["source"]["name"], "حسن الطيب")
    assert c["source"]["kind"] == "person"


def test_document_issuer_is_a_body_not_an_adjective():
    c = one("وقال بيان مشترك إن الطرفين اتفقا على تبادل الأسرى.")
    assert c["source"]["kind"] == "document" and same(c["source"]["name"], "بيان مشترك")
    c = one("ووفق تقديرات البنك الدولي، تراجع الناتج المحلي بنسبة كبيرة.")
    assert c["source"]["kind"] == "document" and same(c["source"]["name"], "البنك الدولي")


def test_reply_with_bil_qawl():
    c = one("وردت النقابة بالقول إن مطالبها مشروعة وقانونية.")
    assert c["cue"] == "ردت" and same(c["source"]["name"], "النقابة")
    assert same(c["content"], "مطالبها مشروعة وقانونية")
    assert extract("ورد الفريق على الهدف الأول بهدفين في الشوط الثاني.") == []


def test_qailan_after_the_source():
    c = one('وصرح المدير قائلاً: "سنفتتح الفرع الجديد قريباً".')
    assert c["cue"] == "صرح" and same(c["source"]["name"], "المدير")
    assert c["quoted"] is True and same(c["content"], "سنفتتح الفرع الجديد قريباً")


def test_relay_with_nasaba_ila():
    c = one("ونسبت صحيفة لوموند إلى دبلوماسيين قولهم إن القمة تأجلت.")
    assert same(c["source"]["name"], "دبلوماسيين") and c["source"]["kind"] == "anonymous"
    assert same(c["content"], "القمة تأجلت")


def test_definite_object_after_a_definite_subject():
    c = one("وأكد الطرفان الالتزام الكامل بوقف إطلاق النار.")
    assert same(c["source"]["name"], "الطرفان")
    assert same(c["content"], "الالتزام الكامل بوقف إطلاق النار")
    c = one("وقالت قوات الدعم السريع إن عناصرها انسحبوا من الجسر.")
    assert same(c["source"]["name"], "قوات الدعم السريع")


def test_resumptive_phrase_attributes_the_clause_before():
    c = one("وارتفعت أسعار الوقود في السوق السوداء، وهو ما أكده تجار محليون.")
    assert same(c["source"]["name"], "تجار محليون") and c["source"]["kind"] == "anonymous"
    assert same(c["content"], "وارتفعت أسعار الوقود في السوق السوداء")
    c = one("وسقطت قذائف على الحي السكني، الأمر الذي نفته قيادة الجيش.")
    assert c["stance"] == "deny" and same(c["source"]["name"], "قيادة الجيش")
    assert extract("وتراجعت الصادرات بشكل حاد، وهو ما يعني خسائر كبيرة للاقتصاد.") == []


def test_relative_clause_between_source_and_complementizer():
    c = one("وأوضح المسؤول، الذي فضل عدم ذكر اسمه، أن الرحلات ستستأنف الشهر المقبل.")
    assert same(c["source"]["name"], "المسؤول")
    assert same(c["content"], "الرحلات ستستأنف الشهر المقبل")


@pytest.mark.parametrize("unit", ["وقال ‘ا ", "وقال المسؤول، الذي ", "وقالت الوكالة (سانا) ",
                                  "، وهو ما أكده ", "قائد الشرطة في ولاية ", "ولم يعلق المتحدث، مكتفيا بالقول ",
                                  "وقال العقيد أحمد سامي إن الوضع هادئ. وأضاف المتحدث أن الحي آمن. "])
def test_new_constructions_stay_linear(unit):
    import time
    body = (unit * (60000 // len(unit) + 1))[:60000]
    started = time.perf_counter()
    extract(body)
    assert time.perf_counter() - started < 5


def test_fi_hin_joins_two_claims():
    out = extract("وقال المنظمون إن المهرجان سيقام في موعده، في حين قالت البلدية إنها ستؤجله.")
    assert [c["source"]["name"] for c in out] == ["المنظمون", "البلدية"]
    assert same(out[0]["content"], "المهرجان سيقام في موعده")
    assert same(out[1]["content"], "إنها ستؤجله")


def test_short_aside_between_source_and_complementizer():
    c = one("ونقلت الوكالة عن دبلوماسيين غربيين، لم تذكر أسماءهم، أن العقوبات ستخفف.")
    assert same(c["source"]["name"], "دبلوماسيين غربيين")
    assert same(c["content"], "العقوبات ستخفف")


def test_noun_phrase_content_ends_at_a_new_clause():
    c = one("وأعربت المنظمة عن قلقها إزاء تدهور الأوضاع، ودعت الأطراف إلى التهدئة.")
    assert same(c["content"], "قلقها إزاء تدهور الأوضاع")
    c = one("وأعربت المنظمة عن قلقها إزاء تدهور الأوضاع، ومن بينها نقص الغذاء.")
    assert same(c["content"], "قلقها إزاء تدهور الأوضاع، ومن بينها نقص الغذاء")


def test_a_person_after_a_non_place_phrase_is_not_the_office_holder():
    c = one("وقال الوزير في لقاء مع الرئيس عبد المجيد تبون إن العلاقات ممتازة.")
    assert same(c["source"]["name"], "الوزير")


@pytest.mark.parametrize("body, content", [
    ("ونبهت المنظمة إلى أن المخزون الغذائي ينفد بسرعة.", "المخزون الغذائي ينفد بسرعة"),
    ("واختتم المتحدث كلمته بالقول إن الأبواب مفتوحة للحوار.", "الأبواب مفتوحة للحوار"),
    ("وجددت النقابة رفضها للقانون الجديد.", "رفضها للقانون الجديد"),
])
def test_more_verbs_of_saying(body, content):
    assert same(one(body)["content"], content)


def test_renewing_a_contract_is_not_a_claim():
    assert extract("وجددت الوزارة عقد الشركة لعامين إضافيين.") == []


# ------------------------------------------------------------------ role nouns referring back

@pytest.mark.parametrize("later, head", [
    ("وأضاف المتحدث أن الجولة المقبلة ستعقد في الدوحة.", "المتحدث"),
    ("وتابع السفير أن الجولة المقبلة ستعقد في الدوحة.", "السفير"),
    ("وأوضح المتحدث الرسمي أن الجولة المقبلة ستعقد في الدوحة.", "المتحدث الرسمي"),
])
def test_role_noun_refers_to_the_holder_not_to_an_attendee(later, head):
    out = extract("وصرح المتحدث الرسمي باسم مجلس الوزراء، السفير نبيل عاطف، بأن رئيس المجلس "
                  "استقبل الوفد بحضور اللواء سمير منصور. " + later)
    assert len(out) == 2, out
    assert same(out[0]["source"]["name"], "نبيل عاطف")
    assert same(out[1]["source"]["name"], "نبيل عاطف")
    assert out[1]["source"]["kind"] == "person"
    assert out[1]["source"]["span"]["text"] == head
    assert same(out[1]["content"], "الجولة المقبلة ستعقد في الدوحة")


def test_minister_alone_skips_a_later_officer():
    out = extract("وقال وزير الري محمد سالم إن السد يهدد الأمن المائي، وذلك بحضور العقيد رامز فؤاد. "
                  "وأوضح الوزير أن المفاوضات لم تصل إلى نتيجة.")
    assert [c["source"]["name"] for c in out] == ["محمد سالم", "محمد سالم"]
    assert out[1]["source"]["span"]["text"] == "الوزير"


def test_envoy_alone_refers_to_the_apposition_after_a_name():
    out = extract("والتقى الوزير يوسف دياب، المبعوث الخاص إلى السودان، قادة الأحزاب أمس. "
                  "وأشار المبعوث إلى أن الحوار سيبدأ قريباً.")
    assert len(out) == 1
    assert same(out[0]["source"]["name"], "يوسف دياب")
    assert out[0]["source"]["span"]["text"] == "المبعوث"


def test_role_noun_without_a_holder_stays_as_written():
    c = one("والتقى اللواء سمير منصور قادة الفرق أمس. وأضاف المتحدث أن الاجتماع كان مثمراً.")
    assert c["source"]["name"] == "المتحدث" and c["source"]["kind"] == "person"
    assert c["source"]["role"] is None


def test_a_content_word_after_a_name_is_no_role():
    out = extract("وصرح السفير نبيل عاطف، بأن الرئيس استقبل الوفد. وقال الرئيس إن الزيارة ناجحة.")
    assert len(out) == 2
    assert out[1]["source"]["name"] == "الرئيس"


# ------------------------------------------------------------------ a content before its cue loses its conjunction

@pytest.mark.parametrize("body, content", [
    ("وتتمركز الدبابات عند مدخل الجسر، وفق ما أفادت به مصادر.", "تتمركز الدبابات عند مدخل الجسر"),
    ("وَأغلقت الشرطة الطرق المؤدية إلى الميدان، بحسب شهود عيان.", "أغلقت الشرطة الطرق المؤدية إلى الميدان"),
    ("والمفاوضات متوقفة منذ أسابيع، وفق ما ذكرته مصادر مطلعة.", "المفاوضات متوقفة منذ أسابيع"),
    ("فقد توقفت الرحلات إلى الجزيرة، حسبما أفادت مصادر ملاحية.", "قد توقفت الرحلات إلى الجزيرة"),
    ("ووقعت اشتباكات عنيفة قرب الحدود، وفق ما أفاد به سكان.", "وقعت اشتباكات عنيفة قرب الحدود"),
])
def test_trailing_content_without_its_opening_conjunction(body, content):
    c = one(body)
    assert c["content"] == content
    text = "عنوان الخبر\n\n" + body
    assert text[c["span"]["start"] - 1] in "وفَ"     # the span starts right after the conjunction


@pytest.mark.parametrize("body, content", [
    ("وتيرة الاشتباكات تصاعدت في الأحياء الشرقية، بحسب مصادر محلية.", "وتيرة الاشتباكات تصاعدت في الأحياء الشرقية"),
    ("وفد عسكري وصل إلى المدينة أمس، وفق ما أفادت به مصادر.", "وفد عسكري وصل إلى المدينة أمس"),
    ("وزارة الصحة سجلت إصابات جديدة، بحسب مصادر طبية.", "وزارة الصحة سجلت إصابات جديدة"),
])
def test_a_root_waw_is_kept(body, content):
    assert one(body)["content"] == content


# ------------------------------------------------------------------ an opening attribution to a document

@pytest.mark.parametrize("body, issuer, word, content", [
    ("وبحسب بيان للخارجية، فإن الوزير سيزور القاهرة الأسبوع المقبل.",
     "الخارجية", "بيان", "الوزير سيزور القاهرة الأسبوع المقبل"),
    ("ووفقاً لبيان صادر عن وزارة الزراعة، فإن المحصول تضاعف هذا العام.",
     "وزارة الزراعة", "بيان", "المحصول تضاعف هذا العام"),
    ("وبحسب تقرير لمنظمة العفو الدولية، فإن آلاف المدنيين فروا من المدينة.",
     "منظمة العفو الدولية", "تقرير", "آلاف المدنيين فروا من المدينة"),
])
def test_opening_attribution_to_a_document_names_its_issuer(body, issuer, word, content):
    c = one(body)
    assert c["source"]["kind"] == "document"
    assert same(c["source"]["name"], issuer) and same(c["source"]["role"], word)
    assert same(c["content"], content)


def test_opening_attribution_to_an_unissued_document_keeps_it_as_written():
    c = one("وبحسب بيان مشترك، فإن الجانبين اتفقا على وقف التصعيد.")
    assert c["source"]["kind"] == "document" and same(c["source"]["name"], "بيان مشترك")


def test_office_phrase_refers_to_the_named_holder_of_that_office():
    out = extract("وصرح السفير نبيل عاطف، المتحدث الرسمي باسم مجلس الوزراء، بأن الحكومة أقرت الموازنة. "
                  "وأضاف المتحدث باسم مجلس الوزراء أن الضرائب لن ترتفع. "
                  "وقال المتحدث باسم وزارة المالية إن العجز سيتراجع.")
    assert [c["source"]["name"] for c in out][:2] == ["نبيل عاطف", "نبيل عاطف"]
    assert out[1]["source"]["span"]["text"] == "المتحدث باسم مجلس الوزراء"
    assert same(out[2]["source"]["name"], "المتحدث باسم وزارة المالية")   # another office: as written


# ------------------------------------------------------------------ per-document indexes

_AWKWARD = ("قال الوزير: «الوضع - كما ترون - هادئ»، وأضاف (في بيان) أن الهدنة [صامدة]؛ "
            "لكن المعارضة ــ وفق مصادر ــ نفت ذلك! هل انتهت الحرب؟ a_b 12.5 x-y \u00a0-\u00a0 "
            "و\u064eقال\u0640 المتحدث\u200b إن\r\nالقوات – انسحبت — أمس.")


@pytest.mark.parametrize("text", [_AWKWARD, "- " + _AWKWARD + " -", "،" + _AWKWARD.replace(" ", "  ")])
def test_clause_breaks_found_once_agree_with_the_clause_punctuation_pattern(text):
    doc = analyse(text)
    breaks, ordered = claims._breaks(doc)
    expected = {i for i in range(1, len(doc.tokens))
                if claims._CLAUSE_PUNCT.search(doc.norm[doc.tokens[i - 1].end:doc.tokens[i].start])}
    assert breaks - {0, len(doc.tokens)} == expected and ordered == sorted(breaks)


def test_content_key_is_the_folded_words_of_the_content():
    import re
    doc = analyse(_AWKWARD)
    for start in range(len(doc.norm)):
        for end in range(start + 1, min(len(doc.norm), start + 40) + 1):
            words = re.sub(r"[^\w\s]|_", " ", fold(doc.original(start, end))).split()
            assert claims._content_key(doc, start, end) == " ".join(words), (start, end)


def test_honorific_pronoun_finds_the_styled_person_whose_role_is_an_office():
    from service import pipeline
    text = ("التقى معالي الشيخ سالم بن خالد القاسمي وزير دولة، الرئيس الزائر. "
            "وأكد معاليه أن العلاقات بين البلدين في تقدم مستمر.")
    claims = pipeline.extract(text, published="2024-01-10")["claims"]
    assert [(c["source"]["name"], c["source"]["span"]["text"]) for c in claims] == [
        ("سالم بن خالد القاسمي", "معاليه")]


def test_base_commander_with_rank_modifier_is_the_named_source():
    from service import pipeline
    text = "وأوضح آمر قاعدة الوطية العقيد طيار محمد المرغني أن الطائرات كانت تنقل قطع غيار."
    [claim] = pipeline.extract(text, published="2025-06-12")["claims"]
    assert claim["source"]["name"] == "محمد المرغني"
    assert claim["source"]["role"] == "آمر قاعدة الوطية العقيد طيار"


@pytest.mark.parametrize("text,content", [
    ("ونفى المتحدث باسم الحكومة ما أوردته وسائل إعلام فرنسية بشأن وجود مقاتلين روس في القاعدة.",
     "وجود مقاتلين روس في القاعدة"),
    ("ونفى المتحدث باسم الجيش ما تداولته مواقع إخبارية عن أن القوات انسحبت من المدينة.",
     "القوات انسحبت من المدينة"),
])
def test_denial_of_what_was_circulated(text, content):
    from service import pipeline
    [claim] = pipeline.extract(text, published="2025-05-16")["claims"]
    assert claim["stance"] == "deny"
    assert claim["content"] == content


def test_agency_named_by_adjective_and_quoted_acronym():
    from service import pipeline
    [claim] = pipeline.extract('وقالت وكالة الأنباء السورية "سانا" إن الوفد وصل.', published="2025-10-14")["claims"]
    assert (claim["source"]["kind"], claim["source"]["name"]) == ("media", "وكالة الأنباء السورية")


def test_medium_title_stops_at_its_affiliation():
    from service import pipeline
    text = 'وقالت منصة "حكومتنا" التابعة لحكومة الوحدة الوطنية إن اللقاء تناول التدريب.'
    [claim] = pipeline.extract(text, published="2025-06-12")["claims"]
    assert (claim["source"]["kind"], claim["source"]["name"]) == ("media", "حكومتنا")


def test_trailing_attribution_to_a_media_office():
    from service import pipeline
    text = "وتلقى الرئيس اتصالا هاتفيا من نظيره، بحسب إعلام مجلس السيادة."
    [claim] = pipeline.extract(text, published="2025-02-20")["claims"]
    assert (claim["source"]["kind"], claim["source"]["name"]) == ("organization", "إعلام مجلس السيادة")


def test_quoted_name_before_the_complementizer_is_the_source():
    from service import pipeline
    text = 'زعمت "المقاومة الإسلامية في العراق" في بيان أن مقاتليها استهدفوا القاعدة.'
    [claim] = pipeline.extract(text, published="2024-08-06")["claims"]
    assert claim["content"] == "مقاتليها استهدفوا القاعدة"
    assert claim["source"]["name"].startswith("المقاومة الإسلامية")


def test_addressee_cut_off_by_a_tatweel_is_not_the_source():
    from service import pipeline
    text = "ويرى مسؤولون عراقيون تحدثوا لـ«بغداد اليوم» أن تكرار الهجمات يحرج الحكومة."
    [claim] = pipeline.extract(text, published="2024-08-06")["claims"]
    assert (claim["source"]["kind"], claim["source"]["name"]) == ("anonymous", "مسؤولون عراقيون")


def test_a_characterisation_after_a_comma_ends_the_content():
    from service import pipeline
    text = 'ونفى المستشار الباشا طبيق أن يكون المطار قد تعرض لأضرار، واصفا البيان بأنه "محاولة يائسة".'
    claims = pipeline.extract(text, published="2025-05-08")["claims"]
    assert claims[0]["content"] == "يكون المطار قد تعرض لأضرار"


@pytest.mark.parametrize("text,source,stance,content", [
    ("اتهم المتحدث باسم الجيش العميد نبيل عبد الله، الثلاثاء، دولة الإمارات بمواصلة إرسال الأسلحة.",
     "نبيل عبد الله", "assert", "دولة الإمارات بمواصلة إرسال الأسلحة"),
    ("ونفت الإمارات مراراً تقديم أي دعم عسكري لأي من طرفي النزاع.",
     "الإمارات", "deny", "تقديم أي دعم عسكري لأي من طرفي النزاع"),
])
def test_accusations_and_denials_of_a_noun_phrase(text, source, stance, content):
    from service import pipeline
    [claim] = pipeline.extract(text, published="2025-04-09")["claims"]
    assert (claim["source"]["name"], claim["stance"], claim["content"]) == (source, stance, content)


def test_a_listed_body_with_a_preposition_in_its_name_is_a_whole_source():
    from service import pipeline
    text = "وقالت بعثة الأمم المتحدة للدعم في ليبيا، في بيان، إن وجود القوات الأجنبية يمثل تهديدا."
    [claim] = pipeline.extract(text, published="2025-02-18")["claims"]
    assert claim["source"]["name"] == "بعثة الأمم المتحدة للدعم في ليبيا"


def test_attribution_set_inside_the_clause_leaves_the_clause_around_it():
    c = one("وقتل خمسة مدنيين، بحسب مصادر طبية، في القصف الذي استهدف السوق، فيما نفت القوات ذلك.")
    assert same(c["source"]["name"], "مصادر طبية")
    assert c["content"] == "وقتل خمسة مدنيين في القصف الذي استهدف السوق"
    # the span runs across the aside, from the content's first word to its last
    assert c["span"]["text"].startswith("وقتل خمسة مدنيين، بحسب")
    assert c["span"]["text"].endswith("استهدف السوق")


def test_attribution_before_a_contrasting_clause_stays_trailing():
    c = one("ويعد اللقاء الأول من نوعه منذ عام 2019، وفق وسائل إعلام محلية، إلا أنه الثاني للوزير.")
    assert c["content"].endswith("منذ عام 2019")


@pytest.mark.parametrize("body,source,stance,content", [
    ("وتزامن اللقاء مع إعلان وزارة الدفاع التركية أن مسيراتها دمرت مخزناً للذخيرة.",
     "وزارة الدفاع التركية", "assert", "مسيراتها دمرت مخزناً للذخيرة"),
    ("ويأتي ذلك بالتزامن مع تأكيد المتحدث باسم الحكومة أن المفاوضات مستمرة.",
     "المتحدث باسم الحكومة", "assert", "المفاوضات مستمرة"),
])
def test_noun_of_saying_with_its_source_and_a_clause(body, source, stance, content):
    c = one(body)
    assert same(c["source"]["name"], source)
    assert c["stance"] == stance and c["content"] == content
    assert c["cue"] in ("إعلان", "تأكيد")


def test_noun_of_denial_and_nouns_without_a_reported_clause():
    out = extract("ورغم نفي الجيش أن يكون قد قصف المستشفى، أكد شهود أن القذائف سقطت قربه.")
    assert [(c["cue"], c["stance"]) for c in out] == [("نفي", "deny"), ("أكد", "assert")]
    assert extract("وجاء ذلك بعد إعلان الاستقلال عام 1951 وتأكيد الحكومة التزامها بالاتفاق.") == []


def test_source_before_the_verb_with_the_place_it_is_in():
    c = one("لكن مصدراً أمنياً في قضاء البغدادي أفاد بأن صفارات الإنذار دوت داخل القاعدة.")
    assert same(c["source"]["name"], "مصدراً أمنياً في قضاء البغدادي")   # as "مصدر أمني في …" (set d: both)
    assert c["source"]["kind"] == "anonymous"
    c = one("لكن مسؤولاً في وزارة الدفاع الأمريكية قال إن القوات باقية.")
    assert same(c["source"]["name"], "مسؤولاً في وزارة الدفاع الأمريكية")


@pytest.mark.parametrize("body,source,content", [
    ("من جهتها، اتهمت جبهة تحرير أزواد الجيش المالي بشن غارات على تجمعات مدنية.",
     "جبهة تحرير أزواد", "الجيش المالي بشن غارات على تجمعات مدنية"),
    ("واتهمت حركة حماس إسرائيل بخرق الاتفاق.", "حركة حماس", "إسرائيل بخرق الاتفاق"),
])
def test_accusation_of_a_party_named_right_after_the_accuser(body, source, content):
    c = one(body)
    assert same(c["source"]["name"], source) and c["content"] == content


def test_accusing_participle_after_a_statement():
    out = extract("وقال الوزير إن الحكومة ملتزمة بالاتفاق، متهماً المعارضة بعرقلة الحوار.")
    assert [(c["cue"], c["content"]) for c in out] == [
        ("قال", "الحكومة ملتزمة بالاتفاق"), ("متهماً", "المعارضة بعرقلة الحوار")]
    assert same(out[1]["source"]["name"], "الوزير")


def test_an_issued_report_as_a_source_ends_before_its_participle():
    c = one("ويبلغ عدد العناصر الأجانب في البلاد، وفقاً لتقرير فريق خبراء الأمم المتحدة الصادر في يوليو، "
            "نحو 1500 عنصر.")
    assert same(c["source"]["name"], "فريق خبراء الأمم المتحدة")
    assert c["content"] == "يبلغ عدد العناصر الأجانب في البلاد نحو 1500 عنصر"


def test_the_text_of_an_agreement_is_a_document_source():
    c = one("وبحسب نص الاتفاق، يحق لروسيا الاحتفاظ بأربع سفن حربية في المركز.")
    assert c["source"]["kind"] == "document"
    assert c["content"] == "يحق لروسيا الاحتفاظ بأربع سفن حربية في المركز"


@pytest.mark.parametrize("body,source", [
    ("غير أن شبكة «سي إن إن» نقلت عن مسؤولين أمريكيين أن طائرات شحن هبطت في المطار.", "مسؤولين أمريكيين"),
    ("وقالت شبكة «سي إن إن» إن الطائرات هبطت في المطار.", "سي إن إن"),
])
def test_a_complementizer_inside_a_quoted_name_is_part_of_the_name(body, source):
    c = one(body)
    assert same(c["source"]["name"], source)
    assert c["content"].endswith("هبطت في المطار")


def test_a_quoted_adverb_between_a_participle_and_its_clause():
    out = extract("وقال المتحدث إن السيادة عادت إلى الشعب، نافياً «بشكل قاطع» أن يكون عسكريون أجانب قد دخلوا القاعدة.")
    assert [(c["stance"], c["content"]) for c in out] == [
        ("assert", "السيادة عادت إلى الشعب"), ("deny", "يكون عسكريون أجانب قد دخلوا القاعدة")]


def test_an_aside_saying_whom_the_source_talked_to_before_min_anna():
    c = one("وحذر مسؤول في وزارة الخارجية الأمريكية، تحدث لصحيفة «وول ستريت جورنال» شريطة عدم الكشف "
            "عن هويته، من أن أي وجود عسكري دائم «سيعقّد جهود إنهاء الحرب».")
    assert same(c["source"]["name"], "مسؤول في وزارة الخارجية الأمريكية")
    assert c["cue"] == "حذر" and c["content"].startswith("أي وجود عسكري دائم")


def test_a_relayed_person_ends_before_his_verbal_noun():
    c = one('ونقلت وكالة الأنباء السعودية (واس) عن السفير آل جابر تأكيده أن "المملكة ماضية في دعم الحكومة".')
    assert same(c["source"]["name"], "آل جابر")


def test_an_agency_whose_name_holds_its_head_keeps_it():
    c = one("وأفادت وكالة المغرب العربي للأنباء بأن المباحثات تمحورت حول التعاون.")
    assert c["source"]["name"] == "وكالة المغرب العربي للأنباء"
    c = one("وقالت وكالة رويترز إن القوات انسحبت.")
    assert c["source"]["name"] == "رويترز"


@pytest.mark.parametrize("body,source", [
    ("والتقت رئيس الحكومة نواف سلام، الذي أكد أمامها أن «الدولة وحدها صاحبة قرار الحرب والسلم».", "نواف سلام"),
    ("وتلقى سلام اتصالاً من الأمين العام للأمم المتحدة أنطونيو غوتيريش، أكد خلاله الأخير «دعم المنظمة للجيش».",
     "أنطونيو غوتيريش"),
])
def test_before_her_and_during_it_between_the_verb_and_its_source(body, source):
    assert same(one(body)["source"]["name"], source)


def test_a_relative_pronoun_after_a_named_person_makes_him_the_source():
    c = one("وفي وقت لاحق، زارت المبعوثة السراي الحكومي والتقت رئيس الحكومة نواف سلام، الذي أكد أمامها "
            "أن «الدولة وحدها صاحبة قرار الحرب والسلم».")
    assert same(c["source"]["name"], "نواف سلام")
    # a short quotation right after a source is no quoted name
    c = one("وتلقى سلام اتصالاً من الأمين العام للأمم المتحدة أنطونيو غوتيريش، أكد خلاله الأخير «دعم المنظمة للجيش».")
    assert c["content"] == "دعم المنظمة للجيش"


def test_an_aside_with_a_short_parenthesis_before_anna():
    out = extract("في المقابل، نفت جبهة البوليساريو، في بيان نقلته وكالة الأنباء الصحراوية (واص)، أن تكون "
                  "وحداتها قد عبرت الحدود.")
    assert [(c["cue"], c["stance"], c["content"]) for c in out] == [
        ("نفت", "deny", "تكون وحداتها قد عبرت الحدود")]


def test_an_attribution_right_before_a_quotation_in_mid_sentence():
    c = one("وكان الرئيسان قد التقيا الثلاثاء الماضي في مدينة قبالة، وبحثا بحسب دائرة الاتصال في الرئاسة "
            "التركية «مشاريع الربط عبر ممر زنغزور».")
    assert c["cue"] == "بحسب" and c["quoted"] and c["content"] == "مشاريع الربط عبر ممر زنغزور"


def test_a_long_framing_aside_between_the_source_and_anna():
    c = one("أكد الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء، خلال استقباله بقصر القضيبية أمس "
            "الثلاثاء قائد القيادة المركزية للقوات البحرية الأمريكية والأسطول الخامس نائب الأدميرال كيرت رينشو، "
            "أن العلاقات بين البلدين قوية.")
    assert same(c["source"]["name"], "سلمان بن حمد آل خليفة") and c["content"] == "العلاقات بين البلدين قوية"


@pytest.mark.parametrize("agency", ["وكالة أنباء البحرين", "وكالة أنباء الإمارات"])
def test_a_news_agency_named_after_its_country_keeps_its_whole_name(agency):
    c = one(f"وقالت {agency} إن الوزير وصل إلى العاصمة.")
    assert same(c["source"]["name"], agency)


def test_a_statement_of_an_unlisted_body_after_lam():
    c = one("وأجرت ميلوني اتصالاً هاتفياً بالرئيس قيس سعيد تناول ملف الهجرة، بحسب بيان لقصر كيجي.")
    assert same(c["source"]["name"], "قصر كيجي") and c["source"]["kind"] == "document"


def test_a_verb_with_an_object_of_its_own_is_no_trailing_attribution():
    assert extract("وكان الوزير قد عقد جلسة مباحثات مع نظيره في مقر الوزارة، أقرّ خلالها الجانبان برنامج "
                   "الشراكة الاستراتيجية.") == []
    c = one("«الوضع تحت السيطرة»، قال قائد الشرطة.")
    assert c["content"] == "الوضع تحت السيطرة"


def test_a_participle_with_a_short_frame_before_anna():
    out = extract("نفى الوزير فاسيليس بالماس التقارير، مؤكداً في حديث لقناة «ألفا» القبرصية أن «مسألة كهذه لم تطرح».")
    assert [(c["cue"], c["content"]) for c in out] == [("مؤكداً", "مسألة كهذه لم تطرح")]


def test_a_relative_pronoun_after_a_body_makes_it_the_source():
    c = one("ويأتي ذلك بعد هجوم تبناه تنظيم الدولة الإسلامية، الذي أعلن أن مقاتليه قتلوا خمسة جنود.")
    assert same(c["source"]["name"], "تنظيم الدولة الإسلامية") and c["content"] == "مقاتليه قتلوا خمسة جنود"


def test_a_verb_in_a_relative_clause_has_the_noun_before_it_as_source():
    out = extract("ونفت وزارة الدفاع الروسية صحة التقارير التي تحدثت عن سقوط قتلى.")
    assert [(c["cue"], c["stance"], c["source"]["name"]) for c in out] == [
        ("نفت", "deny", "وزارة الدفاع الروسية"), ("تحدثت", "assert", "التقارير")]


def test_a_construct_title_source_is_the_man_named_with_that_title_before():
    recs = extract("استقبل المشير خليفة حفتر وزير الدفاع التشادي الفريق أول إسحاق ملوا جاموس.\n"
                     "من جانبه، قال وزير الدفاع التشادي إن بلاده «تعول على دور القوات المسلحة».")
    assert [c["source"]["name"] for c in recs] == ["إسحاق ملوا جاموس"]


def test_whom_he_told_in_brackets_and_a_time_frame_before_the_content():
    rec = one("وصرح الوزير سامر الحلبي لـ(سانا) عقب المباحثات بأن الجانبين تناولا الأوضاع الميدانية.")
    assert (rec["source"]["name"], rec["content"]) == ("سامر الحلبي", "الجانبين تناولا الأوضاع الميدانية")


def test_an_aside_then_whom_he_told_then_the_content():
    rec = one("وقال مصدر عسكري في حلب، طلب عدم ذكر اسمه، لـ«عنب بلدي» إن القوات انسحبت من المطار.")
    assert rec["content"] == "القوات انسحبت من المطار"


def test_a_time_adverb_is_neither_source_nor_a_bar_to_the_object():
    recs = extract("وكانت القيادة المركزية الأمريكية نفت حينها تنفيذ أي ضربات جوية في العراق.")
    assert [(c["source"]["name"], c["stance"], c["content"]) for c in recs] == [
        ("القيادة المركزية الأمريكية", "deny", "تنفيذ أي ضربات جوية في العراق")]


def test_a_listed_medium_ends_where_its_name_does():
    recs = extract("ونشرت وكالة أسوشيتد برس صورا التقطتها الأقمار الصناعية. ووفق الوكالة، فإن المدرج "
                   "قد يوفر نقطة هبوط للطائرات العسكرية.")
    assert [c["source"]["name"] for c in recs] == ["أسوشيتد برس"]


def test_an_attribution_inside_a_sentence_closed_by_fa_inna_is_for_what_follows():
    recs = extract("كما أجرى الرئيس اتصالا هاتفيا بالأمين العام أنطونيو غوتيريش، ووفق المتحدث باسم الأمين العام "
                   "ستيفان دوجاريك، فإن غوتيريش شدد على احترام سيادة الصومال.")
    assert [(c["source"]["name"], c["content"]) for c in recs] == [
        ("ستيفان دوجاريك", "غوتيريش شدد على احترام سيادة الصومال")]


def test_an_aside_attribution_before_an_object_after_an_is_no_relay():
    rec = one("وأسفرت الغارتان، وفق بيان لهيئة الحشد الشعبي، عن مقتل عنصرين وإصابة خمسة آخرين.")
    assert rec["source"]["name"] == "هيئة الحشد الشعبي"


def test_a_styled_office_as_source_is_the_man_named_with_it():
    recs = extract("اجتمع سعادة الشيخ سعود بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير الدولة لشؤون الدفاع، "
                   "اليوم، مع وزير الحرب بيت هيغسيث.\nمن جانبه، أكد سعادة نائب رئيس مجلس الوزراء وزير الدولة "
                   "لشؤون الدفاع أن الشراكة بين البلدين \"راسخة وممتدة\".")
    assert [c["source"]["name"] for c in recs] == ["سعود بن عبدالرحمن آل ثاني"]


# ------------------------------------------------------------------ held-out r-u fixes

def test_a_narrators_clause_after_fima_ends_the_content():
    c = one("أعلنت الشرطة أنها أوقفت ثلاثة مهربين قرب الحدود، فيما فر آخرون باتجاه الصحراء.")
    assert c["content"] == "أوقفت ثلاثة مهربين قرب الحدود"


def test_an_unnamed_source_ends_before_the_medium_it_told():
    recs = extract("وقال مصدر أمني مطلع لزاهرة نيوز إن الوفد غادر المدينة. وأفادت مصادر محلية «نجمة برس» "
                   "بأن القافلة عبرت الجسر.")
    assert [c["source"]["name"] for c in recs] == ["مصدر أمني مطلع", "مصادر محلية"]


def test_an_unnamed_source_keeps_a_nisba_after_it():
    c = one("وقالت مصادر ليبية إن القافلة عبرت الجسر.")
    assert c["source"]["name"] == "مصادر ليبية"


def test_an_unnamed_source_in_a_body_keeps_the_bodys_genitive():
    c = one("وقال مصدر في القيادة العامة للقوات البحرية إن القافلة عبرت الجسر.")
    assert c["source"]["name"] == "مصدر في القيادة العامة للقوات البحرية"


def test_a_documents_issuer_after_lam_loses_the_lam():
    recs = extract("وأفاد بلاغ لإدارة الشؤون البحرية بأن السفينة رست في الميناء. وأشارت تقارير لخبراء "
                   "المنظمة إلى أن الشحنة وصلت.")
    assert [(c["source"]["name"], c["source"]["kind"]) for c in recs] == [
        ("إدارة الشؤون البحرية", "document"), ("خبراء المنظمة", "document")]


def test_a_statement_of_the_speakers_own_office_relays_him():
    c = one("وأكد الوزير سامر دلال، بحسب بيان لمكتبه، أن الحكومة لن تسمح بأي تجاوز.")
    assert c["source"]["name"] == "سامر دلال" and c["via"] == "بيان لمكتبه"


def test_a_scene_setter_after_the_verb_is_no_subject():
    c = one("وكانت الهيئة الإقليمية قد أعلنت عقب قمتها الطارئة أن الطرفين وافقا على الهدنة.")
    assert c["source"]["name"] == "الهيئة الإقليمية"


def test_a_report_nested_after_an_is_part_of_the_outer_content():
    recs = extract("وذكرت الرئاسة، في بيان، أن سالم أبلغ ضيفه أن \"البلاد منفتحة على التعاون\". "
                   "وكتب الرئيس على منصته أن سالم أبدى \"التزاما بالحوار\"، مضيفا أن المسار \"يجب أن يستمر\".")
    assert [(c["source"]["name"], c["cue"]) for c in recs] == [
        ("الرئاسة", "ذكرت"), ("الرئيس", "كتب"), ("الرئيس", "مضيفا")]
    assert recs[0]["content"] == 'سالم أبلغ ضيفه أن "البلاد منفتحة على التعاون"'


def test_the_subject_after_an_is_the_informer_not_the_informed():
    c = one("غير أن سالم أبلغ ضيفه بأن \"البلاد منفتحة على التعاون\".")
    assert c["source"]["name"] == "سالم" and c["content"] == "البلاد منفتحة على التعاون"


def test_qaailan_without_a_comma_introduces_the_subjects_words():
    c = one("وخاطب الرئيس سامر دلال الجنود قائلاً إن \"المدينة حرة\".")
    assert c["source"]["name"] == "سامر دلال" and c["cue"] == "قائلاً" and c["content"] == "المدينة حرة"


def test_a_participle_right_before_an_closes_the_claim_before_it():
    recs = extract("ونفى مصدر عسكري أن تكون القاعدة استخدمت في الضربات مؤكدا ان \"البلاد لن تكون منطلقا لأي هجوم\".")
    assert [(c["cue"], c["stance"], c["content"]) for c in recs] == [
        ("نفى", "deny", "تكون القاعدة استخدمت في الضربات"), ("مؤكدا", "assert", "البلاد لن تكون منطلقا لأي هجوم")]


def test_a_denial_before_its_verb_takes_a_noun_phrase_object():
    recs = extract("غير أن هيئة الموانئ نفت أي صلة لها بالحادث. وكانت الشركة قد نفت مراراً تقديم أي "
                   "دعم للمسلحين.")
    assert [(c["source"]["name"], c["stance"], c["content"]) for c in recs] == [
        ("هيئة الموانئ", "deny", "أي صلة لها بالحادث"), ("الشركة", "deny", "تقديم أي دعم للمسلحين")]


def test_a_radio_keeps_its_head_in_its_name():
    c = one("وقال راديو نجمة الصباح إن القافلة عبرت الجسر.")
    assert c["source"]["name"] == "راديو نجمة الصباح" and c["source"]["kind"] == "media"


def test_a_rank_qualified_before_the_name_is_his():
    c = one("وأوضح العقيد أركان حرب سامر دلال، المتحدث باسم الجيش، أن التدريب انتهى بنجاح.")
    assert c["source"]["name"] == "سامر دلال"


def test_a_style_before_an_office_refers_to_its_holder():
    recs = extract("استقبل صاحب السمو الشيخ سالم بن راشد آل فارس رئيس الدولة ضيفه اليوم.\n"
                   "وأكد صاحب السمو رئيس الدولة أن العلاقات \"نموذج للشراكة\".")
    assert [c["source"]["name"] for c in recs] == ["سالم بن راشد آل فارس"]


def test_a_paren_after_a_medium_in_an_aside_is_no_new_clause():
    c = one("وذكرت وزارة النقل في بيان تلقته وكالة الأنباء الوطنية (ونا) أن الجسر سيفتح غدا.")
    assert c["source"]["name"] == "وزارة النقل" and c["content"] == "الجسر سيفتح غدا"


def test_a_resumptive_denial_gives_its_source_to_the_verb_after_it():
    recs = extract("واتهمت المنظمة الحقوقية عناصر من الشرطة بتعذيب موقوفين، وهو ما نفاه مصدر أمني، قال "
                   "للصحفيين إن \"أي تجاوز سيخضع للتحقيق\".")
    assert [c["source"]["name"] for c in recs] == ["المنظمة الحقوقية", "مصدر أمني"]


def test_an_unnamed_witness_keeps_the_clause_that_describes_him():
    c = one("وقال سائق يعمل في الميناء، طلب عدم نشر اسمه، إن القافلة عبرت الجسر.")
    assert c["source"]["name"] == "سائق يعمل في الميناء" and c["source"]["kind"] == "anonymous"


def test_a_directorate_keeps_its_place():
    c = one("وكانت مديرية الأمن في محافظة الساحل قد أعلنت، أمس، أن الطريق أعيد فتحه.")
    assert c["source"]["name"] == "مديرية الأمن في محافظة الساحل"


# ------------------------------------------------------------------ held-out v, w, x, y

def test_a_statement_named_by_a_referring_body_takes_the_body_before():
    out = extract("قالت وزارة الزراعة الكندية إن المحصول تراجع هذا العام. "
                  "ووقع الطرفان اتفاقا للتعاون الزراعي بين البلدين، وفقا لبيان الوزارة.")
    assert same(out[1]["source"]["name"], "وزارة الزراعة الكندية")
    assert out[1]["source"]["kind"] == "document"


def test_a_date_in_brackets_between_source_and_complementizer_is_skipped():
    c = one("قالت رئاسة جزر القمر الثلاثاء (الخامس من آذار/مارس 2024) إن العلاقات مع الجيران ممتازة.")
    assert same(c["source"]["name"], "رئاسة جزر القمر")
    assert same(c["content"], "العلاقات مع الجيران ممتازة")


def test_a_verb_without_subject_takes_a_noun_phrase_object_after_an_adverb():
    c = one("استقبل وزير الخارجية الكندي جون سميث نظيره في أوتاوا، وأعلن حينها استعداد بلاده لتمويل المشروع.")
    assert same(c["source"]["name"], "جون سميث")
    assert same(c["content"], "استعداد بلاده لتمويل المشروع")


def test_a_saying_after_since_took_place_and_a_year_ends_the_source():
    c = one("ويحظى الميناء باهتمام كبير منذ أن أفادت صحيفة ذا تايمز عام 2021 بأن الحكومة تسعى لتوسيعه.")
    assert same(c["source"]["name"], "ذا تايمز")
    assert same(c["content"], "الحكومة تسعى لتوسيعه")


def test_thanks_are_no_claim_but_a_participle_takes_a_noun_phrase():
    c = one("أعرب وزير الخارجية جون سميث عن تقديره لمواقف كندا، مؤكدا تطلعه إلى تعاون أوسع في المرحلة المقبلة.")
    assert same(c["cue"], "مؤكدا")
    assert same(c["source"]["name"], "جون سميث")
    assert same(c["content"], "تطلعه إلى تعاون أوسع في المرحلة المقبلة")


def test_concluding_a_visit_is_no_saying():
    assert extract('اختتمت الفرقاطة الكندية "إتش إم سي أوتاوا الكبرى"، السفينة الرئيسية للأسطول، '
                   'أمس زيارتها إلى الميناء.') == []


def test_a_writers_frame_is_not_what_a_resumptive_denial_attributes():
    assert extract("ويأتي اللقاء بعد أسابيع من اتهام الحكومة للمتمردين بشن هجمات على الحدود، "
                   "وهو ما نفته قيادة المتمردين.") == []


def test_an_office_takes_its_holder_named_after_a_rank_in_commas():
    c = one("ونفى المتحدث باسم وزارة الدفاع، العقيد جون سميث، أن تكون القوات قد انسحبت من القاعدة.")
    assert same(c["source"]["name"], "جون سميث") and c["stance"] == "deny"


def test_an_adjective_before_a_quoted_medium_name_is_not_in_its_title():
    c = one('وذكر التلفزيون الرسمي "صوت الساحل" أن الحكومة ستبني سدا جديدا في الشمال.')
    assert same(c["source"]["name"], "صوت الساحل") and c["source"]["kind"] == "media"


def test_a_style_and_a_chain_of_titles_refer_to_their_holder():
    out = extract("استقبل صاحب السمو الملكي الأمير فيصل بن خالد ولي العهد رئيس مجلس الوزراء الوفد. "
                  "وأكد صاحب السمو الملكي ولي العهد رئيس مجلس الوزراء أن العلاقات متينة وراسخة.")
    assert len(out) == 1 and same(out[0]["source"]["name"], "فيصل بن خالد")


def test_a_ministry_name_joins_two_genitives():
    c = one("وأوضحت وزارة الخارجية وشؤون المغتربين، في بيان، أن الأطراف اتفقت على اللقاء مجددا.")
    assert same(c["source"]["name"], "وزارة الخارجية وشؤون المغتربين")


def test_a_subjunctive_after_before_that_is_no_reported_clause():
    c = one("اجتمع الوزيران قبل أن يعقدا مؤتمرا صحفيا قال فيه الوزير جون سميث إن الحوار مستمر بينهما.")
    assert same(c["source"]["name"], "جون سميث")


def test_a_dropped_subject_skips_a_relative_clause_in_commas():
    c = one("وفي اللقاء، الذي حضره رئيس الأركان الفريق جون سميث، نقل الوزير ماركو بيانكي إلى الحاضرين تحيات رئيسه، "
            "وأكد أن أمن البحر مسؤولية مشتركة.")
    assert same(c["source"]["name"], "ماركو بيانكي")


def test_the_text_of_an_agreement_is_named_as_written_after_its_relative_clause():
    c = one("ووفقا لنص الاتفاقية التي نشرتها الحكومة في ديسمبر 2020، يمكن للمركز أن يستقبل أربع سفن.")
    assert same(c["source"]["name"], "نص الاتفاقية") and c["source"]["kind"] == "document"
    assert same(c["content"], "يمكن للمركز أن يستقبل أربع سفن")


def test_a_noun_of_saying_reaches_its_complementizer_across_an_adjunct():
    c = one('وتأتي الزيارة بعد أسابيع من إعلان مجموعة النمر عبر تليغرام أنها "أنجزت مهمتها" في البلاد.')
    assert same(c["source"]["name"], "مجموعة النمر")


def test_a_definite_noun_of_saying_takes_the_subject_of_its_clause():
    c = one('انسحبت المجموعة من المدينة، في حين سارع الجيش الوطني التابع لوزارة الدفاع إلى التأكيد '
            'أن "القوات باقية في البلاد".')
    assert same(c["source"]["name"], "الجيش الوطني")
    assert same(c["content"], "القوات باقية في البلاد")


def test_a_genitive_after_a_preposition_is_no_sentence_subject():
    out = extract("شكر زيد مضيفه على ما تقدمه موسكو لدول تحالف الجنوب، وقال إن بلاده معرضة لهجمات.")
    assert not any(same(c["source"]["name"], "تحالف الجنوب") for c in out)


def test_the_speakers_own_statement_is_no_part_of_his_name():
    c = one("واختتم المتحدث كلمته بالقول إن الأبواب مفتوحة للحوار.")
    assert same(c["source"]["name"], "المتحدث")


# ------------------------------------------------------------------ sets z and aa

def test_a_verb_of_telling_with_its_object_pronoun_takes_the_clause_subject():
    c = one("وأجرى وزير الخارجية اتصالاً هاتفياً بنظيره، أبلغه خلاله أن بلاده سترسل مساعدات عاجلة.")
    assert c["cue"] == "أبلغه"
    assert same(c["content"], "بلاده سترسل مساعدات عاجلة")
    assert same(c["source"]["name"], "وزير الخارجية")


def test_the_statement_a_trailing_attribution_names_is_the_subject_of_the_verb_after_it():
    out = extract("وانتهى الاجتماع باتفاق على خطة عمل مشتركة، وفق بيان لقوة حماية السواحل أكد أن "
                  "الدول الأعضاء ستتشاور فوراً.")
    assert len(out) == 2
    assert all(same(c["source"]["name"], "قوة حماية السواحل") for c in out)
    assert same(out[1]["content"], "الدول الأعضاء ستتشاور فوراً") and out[1]["cue"] == "أكد"


def test_regret_and_condemnation_state_no_proposition():
    assert extract("وأعرب الوزير عن أسفه لما لحق بالمدينة من أضرار.") == []
    assert extract("وجدد الوزير إدانة بلاده الشديدة للهجوم.") == []


def test_an_object_head_after_a_pronoun_preposition_is_the_object_not_the_source():
    out = extract("تلقى الرئيس اتصالاً هاتفياً من نظيره الكيني، أكد خلاله تضامن بلاده مع الشعب.")
    assert not any(same(c["source"]["name"], "تضامن بلاده") for c in out)
    assert all(same(c["content"], "تضامن بلاده مع الشعب") for c in out)


def test_a_statement_of_an_unresolved_body_is_named_as_written():
    c = one("وأوضح بيان للوزارة أن المحادثات تناولت التعاون التقني.")
    assert same(c["source"]["name"], "بيان للوزارة") and c["source"]["kind"] == "document"


def test_a_speaker_keeps_his_claim_when_a_statement_relays_it():
    c = one("وشدد خليفة حفتر، وفق البيان ذاته، على أن الشراكة مع الجيران خيار سيادي.")
    assert same(c["source"]["name"], "خليفة حفتر") and c["source"]["kind"] == "person"
    assert c["via"] is not None
    assert same(c["content"], "الشراكة مع الجيران خيار سيادي")


def test_an_accusative_unnamed_source_denies_after_telling_a_medium():
    out = extract("غير أن مصدرا في قيادة الأركان نفى لإذاعة المدينة وجود أي قاعدة أجنبية في البلاد، "
                  "مؤكدا أن جميع المنشآت تخضع للجيش.")
    assert len(out) == 2
    assert out[0]["stance"] == "deny" and same(out[0]["content"], "وجود أي قاعدة أجنبية في البلاد")
    assert all(same(c["source"]["name"], "مصدرا في قيادة الأركان") for c in out)
    assert out[0]["source"]["kind"] == "anonymous"
    c = one("ونفى مسؤول عسكري لقناة الساحل وجود قوات أجنبية في المدينة.")
    assert same(c["source"]["name"], "مسؤول عسكري") and same(c["content"], "وجود قوات أجنبية في المدينة")


def test_what_a_medium_published_reports_the_clause_after_min_anna():
    c = one("ويعيد ذلك إلى الأذهان ما نشرته صحيفة «واشنطن تايمز» في عام 2016 من أن طائرات مسيرة "
            "تنطلق من قاعدة ساحلية.")
    assert c["cue"] == "نشرته"
    assert same(c["source"]["name"], "واشنطن تايمز") and c["source"]["kind"] == "media"
    assert same(c["content"], "طائرات مسيرة تنطلق من قاعدة ساحلية")


def test_what_a_medium_published_about_a_noun_is_no_claim_nor_a_cue_elsewhere():
    assert not any(c["cue"] == "نشرته" for c in extract("ورد الوزير على ما نشرته الصحيفة أمس عن نية الحكومة نقل القوات."))
    c = one("وأكد بيان للجيش تم نشره على صفحته الرسمية أن الزيارة تأتي لبحث التعاون.")
    assert same(c["content"], "الزيارة تأتي لبحث التعاون")


# ------------------------------------------------------------------ set ab/ac fixes

def test_a_quoted_name_before_a_quotation_opens_the_content():
    c = one("وقالت مصادر في الوزارة إن «الجبهة» «لم تلتزم حتى الآن ببنود الاتفاق».")
    assert same(c["content"], "«الجبهة» «لم تلتزم حتى الآن ببنود الاتفاق»")


def test_an_unnamed_member_of_a_force_is_an_anonymous_source():
    c = one("وأكد عنصر في قوى الأمن المحلية أن آخر طائرة غادرت المطار أمس.")
    assert same(c["source"]["name"], "عنصر في قوى الأمن المحلية") and c["source"]["kind"] == "anonymous"


def test_a_body_keeps_the_city_it_sits_in():
    c = one("وقالت الحكومة في بنغازي إن الطائرات تستخدم المطار لنقل السلاح.")
    assert same(c["source"]["name"], "الحكومة في بنغازي")
    c = one("وقالت الحكومة في بيان إن الطائرات تستخدم المطار لنقل السلاح.")
    assert same(c["source"]["name"], "الحكومة")


def test_a_dropped_subject_takes_the_speaker_just_before_in_the_sentence():
    out = extract("وعقد الوزير سامي داود جلسة مع ضيفه، أعقبها مؤتمر صحفي قال فيه الوزير كوفي منصور إن "
                  "العلاقات ممتازة، وأضاف أن بلاده تدعم الحوار.")
    assert len(out) == 2 and all(same(c["source"]["name"], "كوفي منصور") for c in out)


def test_a_relative_pronoun_after_a_person_and_where_he_was_met():
    c = one("وكان الوفد قد استهل جولته السبت بلقاء الرئيس كوفي منصور في بعبدا، الذي شدد على أن "
            "المطلوب تفعيل عمل اللجنة.")
    assert same(c["source"]["name"], "كوفي منصور") and same(c["source"]["span"]["text"], "كوفي منصور")
    assert same(c["content"], "المطلوب تفعيل عمل اللجنة")


def test_a_trailing_attribution_drops_the_writers_transition():
    c = one("إلى ذلك استقبل الوزير سامي داود السفير الروسي، وتناول اللقاء التعاون العسكري، حسب إعلام الوزارة.")
    assert c["content"].startswith("استقبل")


def test_a_title_with_a_nisba_refers_to_whoever_holds_that_very_office():
    out = extract("والتقى الرئيس الغاني كوفي منصور الوفد، بحضور رئيس جهاز المخابرات الغاني سامي داود. "
                  "وأكد الرئيس الغاني أن بلاده تريد سلاما دائما.")
    assert same(out[-1]["source"]["name"], "كوفي منصور")


def test_the_official_with_a_nisba_refers_to_the_person_whose_role_has_it():
    out = extract("واستقبل الرئيس سامي داود نائب رئيس الوزراء الغاني كوفي منصور. "
                  "وقال المسؤول الغاني إن العلاقات بين البلدين ممتازة.")
    assert same(out[-1]["source"]["name"], "كوفي منصور")
    out = extract("وقال مسؤول غاني إن الوضع هادئ. وأضاف المسؤول الغاني أن القوات باقية في مواقعها.")
    assert out[-1]["source"]["kind"] == "anonymous"     # an unnamed one quoted before: him


def test_whom_an_unnamed_source_talked_to_does_not_hide_the_denial():
    c = one("ونفى مصدر عسكري تحدث لـ«صوت النهر» أن تكون الضربات قد طالت مدنيين.")
    assert c["stance"] == "deny" and c["cue"] == "نفى"
    assert same(c["content"], "تكون الضربات قد طالت مدنيين")


# ------------------------------------------------------------------ held-back sets af..ai

def test_a_preposition_cut_off_by_a_tatweel_governs_a_name_not_a_cue():
    c = one('في المقابل، قال دبلوماسي غربي مطلع لـ"رأي الأفق" إن واشنطن أوصلت رسائل واضحة إلى الجيش.')
    assert c["cue"] == "قال" and same(c["source"]["name"], "دبلوماسي غربي مطلع")
    assert same(c["content"], "واشنطن أوصلت رسائل واضحة إلى الجيش")


def test_content_after_iktafa_and_a_verbal_noun():
    c = one("ولم يعلق الوزير كوفي منصور على السؤال، واكتفى بالتأكيد على أن بلاده تتمسك بالحوار.")
    assert same(c["source"]["name"], "كوفي منصور") and same(c["content"], "بلاده تتمسك بالحوار")
    c = one("ورفض الوزير كوفي منصور التعليق، مكتفيا بالتشديد على أن بلاده تتمسك بالحوار.")
    assert same(c["cue"], "مكتفيا") and same(c["content"], "بلاده تتمسك بالحوار")


def test_mubrizan_continues_the_claim_before():
    out = extract("وأكد الوزير كوفي منصور أن العلاقات بين البلدين متينة، مبرزا أن التعاون العسكري يتوسع.")
    assert [fold(c["content"]) for c in out] == [fold("العلاقات بين البلدين متينة"), fold("التعاون العسكري يتوسع")]
    assert same(out[1]["source"]["name"], "كوفي منصور")


def test_a_chain_of_titles_runs_into_the_role_of_the_person_named_after_it():
    c = one("وبعد أسابيع، صرح عضو مجلس السيادة مساعد القائد العام للجيش الفريق أول كوفي منصور "
            "بأن موسكو طلبت نقطة للتزود بالوقود.")
    assert same(c["source"]["name"], "كوفي منصور")


def test_a_body_with_another_nisba_is_not_the_one_named_before():
    out = extract("وذكرت الرئاسة الغانية أن المباحثات تناولت التعاون. "
                  "وقال بيان صادر عن الرئاسة التوغولية إن الرئيس شدد على ضرورة الحوار.")
    assert same(out[1]["source"]["name"], "الرئاسة التوغولية")


def test_adjectives_of_a_definite_document_are_no_issuer():
    c = one("وأفاد البيان المشترك بأن الأطراف الأربعة اتفقت على تسريع الدراسات.")
    assert same(c["source"]["name"], "البيان المشترك")
    c = one("وأكد البيان الختامي الصادر عن الاجتماع أن الأطراف الثلاثة ترفض أي اعتداء.")
    assert same(c["source"]["name"], "البيان الختامي")
    c = one("وقال البيان الختامي الصادر عن الجامعة العربية إن الأطراف اتفقت على تسريع الدراسات.")
    assert same(c["source"]["name"], "الجامعة العربية")


def test_a_quotation_coordinated_with_a_further_clause_is_one_content():
    c = one('وكانت الحركة قد أعلنت أن "المهمة انتهت"، وأن عناصرها "عائدون إلى ديارهم" بعد سنوات من القتال.')
    assert fold(c["content"]).startswith(fold('"المهمة انتهت"، وأن عناصرها'))
    assert not c["quoted"]


def test_a_participle_after_a_resumptive_denial_takes_its_subject():
    out = extract("وزعمت وكالة «صدى الشرق» أن الجيش نشر سربا إضافيا في القاعدة، وهو ما نفاه مصدر عسكري "
                  "لـ«صوت النهر»، مؤكداً أن «الانتشار لم يتغير».")
    assert same(out[-1]["content"], "الانتشار لم يتغير")
    assert same(out[-1]["source"]["name"], "مصدر عسكري")


def test_a_resumptive_phrase_with_its_own_complementizer_reports_what_follows():
    c = one('وتستضيف البلاد قاعدة جوية كبيرة، وهو ما يرى محللون أنه "يمنح العاصمة مظلة أمنية نادرة".')
    assert same(c["source"]["name"], "محللون") and same(c["content"], "يمنح العاصمة مظلة أمنية نادرة")


def test_a_masculine_pronoun_of_honour_skips_a_woman():
    out = extract("التقى صاحب السمو الملكي الأمير كوفي منصور وزير الدفاع، أمس، الوزير سامي داود. "
                  "وحضر اللقاء صاحبة السمو الملكي الأميرة سلمى بنت داود بن سامي سفيرة المملكة. "
                  "وكتب سموه عبر حسابه أن البلدين تجمعهما شراكة راسخة.")
    assert same(out[-1]["source"]["name"], "كوفي منصور")


def test_an_unnamed_source_said_to_be_the_same_refers_back():
    out = extract("وأفادت مصادر أمنية غانية بأن وحدات أجنبية وصلت إلى القاعدة، وهو ملف قالت المصادر ذاتها "
                  "إن الحكومة طرحته خلال المحادثات.")
    assert same(out[-1]["content"], "الحكومة طرحته خلال المحادثات")
    assert same(out[-1]["source"]["span"]["text"], "المصادر ذاتها")
    out = extract("وقال مصدر عسكري غاني إن الوفد وصل. وقال المصدر العسكري الغاني نفسه إن وحدات هندسية تعمل في القاعدة.")
    assert same(out[-1]["source"]["name"], "مصدر عسكري غاني")


# ------------------------------------------------------------------ misses of earlier sets (claims 13)

def test_a_masdar_with_a_pronoun_opens_the_content():
    c = one("أعلنت سلطات ولاية الواحة سيطرتها الكاملة على بلدة النخيل ومطارها، بعد معارك عنيفة اندلعت أمس.")
    assert same(c["source"]["name"], "سلطات ولاية الواحة")
    assert same(c["content"], "سيطرتها الكاملة على بلدة النخيل ومطارها")


def test_a_dateline_before_the_verb_is_no_content():
    out = extract("الواحة (النخيل نيوز) - أعلنت سلطات ولاية كارانو حالة الطوارئ في المدينة.")
    assert not any("النخيل نيوز" in c["content"] for c in out)


def test_a_relative_after_a_place_continues_the_speaker():
    out = extract("أعلن الناطق باسم الجيش العميد سامي داود أن الطيران دمر مخزنا للذخيرة في مطار الواحة، "
                  "الذي قال إن «المسلحين» حولوه إلى قاعدة للمسيرات.")
    assert len(out) == 2
    assert same(out[1]["source"]["name"], "سامي داود")
    assert same(out[1]["content"], "«المسلحين» حولوه إلى قاعدة للمسيرات")
    assert same(out[0]["content"], "الطيران دمر مخزنا للذخيرة في مطار الواحة")
    assert extract("وزار الوزير المعسكر، الذي قال إنه يضم ألف جندي.") == []


def test_a_resumptive_denial_takes_up_a_charge_that_frames_the_clause():
    c = one("وتواصل الحركة تدريب مقاتليها في معسكر النخيل، وسط اتهامات أممية للجارة بنشر جنود دعما لها، "
            "وهو ما تنفيه الجارة.")
    assert c["stance"] == "deny"
    assert same(c["content"], "اتهامات أممية للجارة بنشر جنود دعما لها")


def test_his_highness_refers_back_to_a_sheikh():
    out = extract("استقبل رئيس الدولة الشيخ سالم بن راشد الوزير الفرنسي جان دوبوا. "
                  "وأكد سموه أن العلاقات بين البلدين متينة.")
    assert same(out[-1]["source"]["name"], "سالم بن راشد")


def test_a_person_keeps_the_source_against_an_account_that_relays_him():
    out = extract("استقبل الرئيس الجنرال مارك دوبوا. وأكد دوبوا، بحسب حساب «القيادة» على منصة «إكس»، "
                  "أن الشراكة حيوية.")
    assert same(out[-1]["source"]["name"], "مارك دوبوا")


def test_a_denial_of_what_another_announced():
    c = one("نفت الحركة، في بيان، ما أعلنته القيادة عن مقتل عدد من قادتها في غارات الشهر الماضي.")
    assert c["stance"] == "deny"
    assert same(c["content"], "مقتل عدد من قادتها في غارات الشهر الماضي")


def test_a_second_office_joined_by_waw_before_the_name():
    c = one('وقال المتحدث باسم الجماعة ورئيس وفدها المفاوض محمد عبد السلام إن الجزر "تتحول إلى قواعد".')
    assert same(c["source"]["name"], "محمد عبد السلام")


def test_a_participle_of_expressing_ends_the_content_and_states_nothing():
    out = extract("وأكد الرئيس سامي داود أن العلاقات متينة، معرباً عن رغبته في تعزيز التعاون.")
    assert len(out) == 1 and same(out[0]["content"], "العلاقات متينة")


def test_a_channel_on_an_app_is_one_source_phrase():
    c = one('وكتبت قناة على تطبيق تلغرام مقربة من المجموعة: "المهمة أنجزت".')
    assert same(c["source"]["name"], "قناة على تطبيق تلغرام مقربة من المجموعة")


def test_qad_after_a_comma_continues_the_subject_of_the_sentence():
    c = one("ويخضع الفيلق الشمالي مباشرة لوزارة الدفاع، وقد أعلن عبر قناته أنه باق في البلاد.")
    assert same(c["source"]["name"], "الفيلق الشمالي")


def test_satellite_images_are_a_source():
    c = one("وأقامت الدولة قاعدة في الميناء عام 2015، قبل أن تسحب قواتها منها، بحسب صور أقمار صناعية.")
    assert same(c["source"]["name"], "صور أقمار صناعية")


def test_a_rise_announced_is_a_noun_phrase_content():
    c = one("وأعلنت وزارة الصحة ارتفاع حصيلة القتلى في الميناء إلى 80 قتيلا.")
    assert same(c["source"]["name"], "وزارة الصحة")
    assert same(c["content"], "ارتفاع حصيلة القتلى في الميناء إلى 80 قتيلا")


def test_a_title_with_a_demonym_never_refers_to_a_president_of_another_country():
    out = extract("واستقبل الرئيس المصري سامي داود في القاهرة أمس وفدا تجاريا. "
                  "وقال الرئيس الجيبوتي إن بلاده تدعم الاستقرار في الإقليم.")
    c = next(c for c in out if "الاستقرار" in c["content"])
    assert not same(c["source"]["name"], "سامي داود")


def test_a_medium_after_a_noun_of_saying_is_whom_it_was_given_to():
    out = extract('ووصف الوزير سامي داود المحادثات في تصريح لوكالة "نوفا" بأنها "مثمرة"، '
                  'مشيراً إلى أنها استمرت ثلاث ساعات.')
    assert out and all(same(c["source"]["name"], "سامي داود") for c in out)


def test_a_source_informed_about_something_keeps_its_complement():
    c = one('ونقلت صحيفة "المساء" عن مصدر مطلع على سير المحادثات أن الوفد سيعود غدا.')
    assert same(c["source"]["name"], "مصدر مطلع على سير المحادثات")


def test_the_topic_after_amma_is_the_subject_of_a_verb_with_fa():
    out = extract('وقالت الحكومة إن الزيارة ناجحة. أما "نوركوم" فأوضحت أن الجانبين اتفقا على لقاء ثان.')
    assert len(out) == 2
    assert same(out[1]["source"]["name"], "نوركوم")


def test_a_paper_learned_from_sources_relays_them():
    c = one("وعلمت «الصباح الجديد» من مصادر متابعة أن الجلسة جاءت عامة.")
    assert same(c["source"]["name"], "مصادر متابعة")
    assert same(c["content"], "الجلسة جاءت عامة")


def test_a_participle_describing_unnamed_sources_is_no_cue():
    c = one("وقالت مصادر متابعة إن الجلسة جاءت عامة.")
    assert same(c["source"]["name"], "مصادر متابعة")
    assert c["cue"] == "قالت"


def test_ghair_before_an_adjective_does_not_block_a_noun_phrase_content():
    c = one("أعلنت الحكومة غير المعترف بها دوليا، أمس الجمعة، ارتفاع حصيلة القتلى إلى 30 قتيلا.")
    assert same(c["content"], "ارتفاع حصيلة القتلى إلى 30 قتيلا")


def test_a_time_adverb_with_a_pronoun_is_no_subject():
    out = extract('التقى الوزير سامي داود نظيره في روما، وقال عقبها إنه "لا توجد أي خلافات" بين البلدين.')
    assert len(out) == 1
    assert same(out[0]["source"]["name"], "سامي داود")
    assert same(out[0]["content"], "لا توجد أي خلافات")


def test_a_warning_attributed_to_a_source_is_not_part_of_its_name():
    c = one("ونسبت الصحيفة إلى مسؤول أوروبي رفيع تحذيره من أن أي قاعدة أجنبية ستعمق عزلة البلاد.")
    assert same(c["source"]["name"], "مسؤول أوروبي رفيع")


def test_an_agency_named_with_a_country_keeps_its_name_when_referred_to():
    out = extract("وذكرت وكالة أنباء الإمارات أن طائرة مساعدات هبطت أمس في المطار. "
                  "وأفادت الوكالة بأن المستشفى الميداني استقبل آلاف المرضى.")
    assert len(out) == 2
    assert all(same(c["source"]["name"], "وكالة أنباء الإمارات") for c in out)


def test_a_statement_issued_by_a_body_is_named_by_the_issuer_as_written():
    c = one("وأوضح بيان صادر عن الوزارة أن اللقاء تناول التعاون الفني.")
    assert same(c["source"]["name"], "الوزارة")
    assert c["source"]["kind"] == "document"


def test_a_quoted_body_name_before_an_aside_is_the_subject():
    c = one('وأعلنت "المجموعة"، في منشور على قناتها في تلغرام، أن دفعة جديدة من المدربين وصلت.')
    assert same(c["source"]["name"], "المجموعة")
    assert same(c["content"], "دفعة جديدة من المدربين وصلت")


def test_a_report_said_in_a_statement_is_its_issuers():
    c = one("وجاءت الخطوة بعد تقرير لوكالة رويترز نقلت فيه عن مسؤولين في الحكومة أن الجيش طلب أموالا إضافية.")
    assert same(c["source"]["name"], "مسؤولين في الحكومة")
    assert same(c["content"], "الجيش طلب أموالا إضافية")


def test_a_relative_clause_on_a_statement_is_said_by_the_statements_author():
    c = one("ويذكّر ذلك بتصريحات وزير الداخلية الفريق سامي داود في مايو ٢٠٢٤، التي قال فيها إن "
            "المعابر كلها ستغلق قريبا.")
    assert same(c["source"]["name"], "سامي داود")
    assert same(c["content"], "المعابر كلها ستغلق قريبا")


def test_a_quotation_after_an_adjunct_of_place_is_the_content():
    c = one('وقال الوزير سامي داود للصحفيين في المعبر "هنا يتقرر مستقبل آلاف العائلات النازحة"، داعيا إلى الدعم.')
    assert same(c["source"]["name"], "سامي داود")
    assert same(c["content"], "هنا يتقرر مستقبل آلاف العائلات النازحة")


def test_a_short_quoted_name_after_an_adjunct_is_no_content():
    c = one('وقال الوزير سامي داود في مقابلة مع "الشرق" إن الوضع هادئ تماما.')
    assert same(c["content"], "الوضع هادئ تماما")


def test_denying_what_a_party_spreads_about_something():
    c = one("ونفت وزارة الخارجية، في بيان، ما تروجه «جماعة الشمال» بشأن استخدام الميناء لتهريب الوقود.")
    assert c["stance"] == "deny"
    assert same(c["content"], "استخدام الميناء لتهريب الوقود")


def test_one_of_a_forces_fighters_is_an_unnamed_source():
    c = one("وقال أحد مقاتلي جبهة الجنوب المكلفين بحراسة الجسر إن القوات انسحبت قبل يومين.")
    assert c["source"]["kind"] == "anonymous"
    assert same(c["content"], "القوات انسحبت قبل يومين")


def test_an_attribution_after_a_pronoun_of_aside_reports_what_follows():
    c = one('وقصفت الطائرات مطار الشمال ومطار الجنوب، وهما بحسب وكالة "رويترز" من بين أربعة مطارات عاينتها فرق أجنبية.')
    assert same(c["source"]["name"], "رويترز")
    assert same(c["content"], "من بين أربعة مطارات عاينتها فرق أجنبية")


def test_the_object_of_the_sentences_first_verb_is_not_part_of_its_subject():
    c = one('في المقابل، أدانت وزارة الخارجية الفرنسية الزيارة، واعتبرت في بيان أنها "خرق صريح للاتفاق".')
    assert same(c["source"]["name"], "وزارة الخارجية الفرنسية")


def test_the_caller_speaks_during_a_call_received():
    c = one("وتلقى الوزير سامي داود، مساء الأحد، اتصالا هاتفيا من الرئيس كريم نوفل، عبّر خلاله عن "
            "تعازيه، وأكد أن بلاده ستدعم التحقيق.")
    assert same(c["source"]["name"], "كريم نوفل")


def test_a_list_item_after_a_comma_is_no_aside_before_provided_that():
    assert extract("ويقضي الاتفاق بتسليم المطار إلى الشرطة، ونقل إدارة السجن الواقع داخل المجمع إلى الوزارة، "
                   "وانسحاب المسلحين من المدينة، على أن تشرف لجنة أمنية على التنفيذ.") == []


def test_a_verb_joined_to_a_relative_clause_on_a_person_is_his():
    c = one("ويعيد الملف إلى الواجهة تصريحات الوزير السابق سامي داود، الذي أجرى محادثات في روما "
            "الشهر الماضي، وقال عقبها إنه لا توجد أي عقبات أمام الاتفاق.")
    assert same(c["source"]["name"], "سامي داود")


# ------------------------------------------------------------------ session 17

def test_an_adverb_after_the_verb_is_never_its_source():
    assert extract('ولم تعترف المدينة يوما بوجود الحرس، وكانت تتحدث دائما عن "متطوعين محليين".') == []


def test_a_verb_whose_subject_is_an_event_reports_nothing():
    out = extract("وكشفت حادثة الوادي عن حدود هذا السلاح، حين أسقطت الدفاعات طائرة قالت الحكومة إنها اخترقت أجواءها.")
    assert len(out) == 1 and same(out[0]["source"]["name"], "الحكومة")


def test_the_group_refers_back_to_the_named_group():
    out = extract('وتحاصر جماعة "نصرة الإسلام والمسلمين" المدينة منذ أشهر. وأعلنت الجماعة، في تسجيل مصور، '
                  'أن "الحصار لن يرفع قريبا".')
    assert len(out) == 1 and same(out[0]["source"]["name"], "نصرة الإسلام والمسلمين")


def test_claiming_and_alleging_participles_continue_the_claim():
    out = extract('ونفى المتحدث كريم نوفل أن تكون الحركة تلقت أي عرض، زاعماً أن الطرف الآخر "يراهن على الوقت". '
                  'وكانت القيادة قد أعلنت أن الغارات دمرت المخازن، مدعية أن الميناء يستخدم لتهريب السلاح.')
    assert [same(c["source"]["name"], n) for c, n in zip(out, ["كريم نوفل", "كريم نوفل", "القيادة", "القيادة"])] == [True] * 4
    assert same(out[3]["content"], "الميناء يستخدم لتهريب السلاح")


def test_documenting_is_a_verb_of_saying():
    c = one("إذ وثقت منظمة العفو الدولية أن القصف أودى بحياة عشرات المدنيين.")
    assert same(c["source"]["name"], "منظمة العفو الدولية")
    assert same(c["content"], "القصف أودى بحياة عشرات المدنيين")


def test_a_describing_verb_or_a_threatening_participle_ends_the_content():
    out = extract('وقالت الوزارة إنها لن تعترف بأي كيان مواز، ووصفت الخطوة بأنها "محاولة يائسة"، وهو موقف سبق أن تبناه المجلس.')
    assert len(out) == 1 and same(out[0]["content"], "لن تعترف بأي كيان مواز")
    c = one('وشددت الرئاسة على رفض "إنشاء أي كيانات موازية"، ملوّحة بحقها في اتخاذ التدابير.')
    assert same(c["content"], 'رفض "إنشاء أي كيانات موازية"')


def test_a_dropped_subject_after_while_is_the_subject_of_that_clause():
    c = one("وتأتي المحادثات بعد إعلان قائد الحرس كريم نوفل هدنة من جانب واحد، في حين رفض رئيس المجلس "
            "سامي داود، الأحد، الورقة، واعتبر أنها منحازة لطرف واحد.")
    assert same(c["source"]["name"], "سامي داود")


def test_a_time_adjunct_before_the_complementizer_blocks_nothing():
    c = one("وأكد الوزير سامي داود للصحافيين قبل مغادرته المدينة أن الرئيس لم يكن سعيدا بالضربة.")
    assert same(c["content"], "الرئيس لم يكن سعيدا بالضربة")


def test_a_participle_may_name_whom_it_was_told_before_the_clause():
    out = extract("ونفى مصدر عسكري ما تداولته حسابات عن سحب الطائرات، مؤكداً لـ«الصباح» أن الانتشار لم يتغير.")
    assert len(out) == 2 and same(out[1]["content"], "الانتشار لم يتغير")
    assert out[1]["source"]["kind"] == "anonymous"


def test_a_verb_right_after_a_trailing_attribution_takes_a_quotation():
    out = extract('وبحث الوزير الملف مع نظيره، وفق بيان صادر عن الخارجية أكد "رفض أي ترتيبات تمس الحقوق".')
    assert any(same(c["content"], "رفض أي ترتيبات تمس الحقوق") and c["source"]["kind"] == "document" for c in out)


def test_announcing_a_suspension_is_a_noun_phrase_content():
    c = one("وأعلنت سلطة الطيران المدني تعليق جميع الرحلات حتى إشعار آخر.")
    assert same(c["content"], "تعليق جميع الرحلات حتى إشعار آخر")


def test_the_air_force_is_the_subject_a_participle_continues():
    c = one("وكان سلاح الجو قد قصف الميناء يوم الاثنين، قائلا إن الحركة تستخدمه لإدخال الأسلحة.")
    assert same(c["source"]["name"], "سلاح الجو")


def test_a_group_named_in_quotes_after_its_head_is_named_by_its_name():
    c = one('وتبنى تنظيم "داعش" الهجوم في بيان، زاعما أن عناصره نفذوا هجوما منسقا على القاعدة.')
    assert same(c["source"]["name"], "داعش")


# ------------------------------------------------------------------ set aw..az (session 18)

def test_a_read_also_line_with_a_gendered_imperative_is_no_claim():
    assert extract("اقرأ/ي أيضًا: مقاتلو الحركة يحرقون أسلحتهم في كهف قرب الحدود") == []


def test_a_verb_set_in_the_call_just_told_takes_no_content_before_it():
    out = extract("وأجرى الوزير سامي داود اتصالا هاتفيا، الاثنين، بنظيره، جدد خلاله التعازي بضحايا الحادث.")
    assert not any(same(c["source"]["name"], "التعازي") for c in out)
    assert not any("اتصالا هاتفيا" in c["content"] for c in out)


def test_an_attribution_with_fa_after_a_comma_is_for_the_clause_after_it():
    c = one("ولا تقتصر الرهانات على العاصمة، فبحسب موقع متخصص في الشؤون العسكرية، تنتشر طائرات مسيرة في القاعدة.")
    assert same(c["content"], "تنتشر طائرات مسيرة في القاعدة")
    assert same(c["source"]["name"], "موقع متخصص في الشؤون العسكرية")
    assert c["source"]["kind"] == "anonymous"


def test_an_unnamed_source_ends_before_a_medium_opening_on_a_hamza():
    c = one("وكشفت مصادر دبلوماسية لأنسامو أن روما ستسلم زورقين إضافيين لخفر السواحل.")
    assert same(c["source"]["name"], "مصادر دبلوماسية")


def test_a_purpose_clause_is_no_noun_phrase_content():
    out = extract("وكانت الحكومة قد أعلنت في 28 نوفمبر الماضي إنهاء الاتفاقية مع باريس، لتصبح آخر دولة في المنطقة تنهي الوجود العسكري.")
    assert not any(c["content"].startswith("لتصبح") for c in out)


def test_a_verb_right_after_an_indefinite_statement_after_a_trailing_attribution():
    out = extract("وأجرى الوزير سامي داود اتصالا هاتفيا بنظيره، بحسب بيان لحكومة الإقليم أشار إلى أن الجانبين اتفقا على تشكيل لجنة تحقيق مشتركة.")
    assert any(same(c["content"], "الجانبين اتفقا على تشكيل لجنة تحقيق مشتركة")
               and same(c["source"]["name"], "حكومة الإقليم") for c in out)


def test_unnamed_sources_relayed_by_an_agency_in_an_aside_stay_the_source():
    c = one("ونفت مصادر أمنية تركية، بحسب وكالة الأناضول، أن تكون أنقرة قد بدأت تقليص عدد جنودها في القاعدة.")
    assert same(c["source"]["name"], "مصادر أمنية تركية") and c["stance"] == "deny"
    assert same(c["via"], "وكالة الأناضول")


def test_already_did_names_the_speaker_after_lam():
    c = one("وتتابع العاصمة التطورات بحذر، إذ سبق لوزارة الدفاع الوطني أن أعلنت، في مطلع الشهر، أن الدفاع الجوي أسقط طائرة مسيرة.")
    assert same(c["source"]["name"], "وزارة الدفاع الوطني")
    assert same(c["content"], "الدفاع الجوي أسقط طائرة مسيرة")


def test_a_verb_describing_an_indefinite_noun_has_the_sentence_subject():
    c = one("وقدم وزير الخارجية الروسي سيرغي لافروف خطة جديدة قال إنها ستنهي الأزمة خلال أشهر.")
    assert same(c["source"]["name"], "سيرغي لافروف")
    assert same(c["content"], "ستنهي الأزمة خلال أشهر")


def test_reminding_participle_continues_a_denial():
    out = extract("غير أن مصدرا عسكريا نفى أن تكون البلاد قد تلقت أي طلب، مذكرا بأن العقيدة الدفاعية ترفض أي قاعدة أجنبية.")
    assert len(out) == 2 and out[1]["stance"] == "assert"
    assert same(out[1]["content"], "العقيدة الدفاعية ترفض أي قاعدة أجنبية")


def test_a_saying_told_after_qabla_an_with_its_subject():
    c = one('وظهر عسكريون على شاشة التلفزيون، قبل أن يعلن وزير الداخلية سامي داود أن "مجموعة صغيرة من الجنود" حاولت التمرد.')
    assert same(c["source"]["name"], "سامي داود")
    assert same(c["content"], '"مجموعة صغيرة من الجنود" حاولت التمرد')
    assert extract("وغادرت القوات القاعدة قبل أن يعلن أن المهمة انتهت.") == []
    assert extract("والتقى الرجلان في القمة، قبل أن يعلن البلدان استئناف العلاقات.") == []


def test_a_writers_setting_after_wa_dhalika_ends_the_content():
    c = one('وقال وزير النفط سالم راشد إن البئر "ستنتج ألف برميل يوميا"، وذلك عقب جولة أجراها الأحد في الحقل.')
    assert same(c["content"], 'البئر "ستنتج ألف برميل يوميا"')


def test_a_channel_keeps_its_number():
    c = one("وزعمت القناة 14 العبرية أن الطائرات حلقت فوق البحر.")
    assert same(c["source"]["name"], "القناة 14 العبرية") and c["source"]["kind"] == "media"


def test_sources_following_a_file_keep_it():
    c = one("وبحسب مصادر متابعة للمفاوضات، فإن الجولة انتهت دون اتفاق.")
    assert same(c["source"]["name"], "مصادر متابعة للمفاوضات")


def test_a_present_verb_with_no_subject_continues_the_speaker():
    out = extract("يقول مصدر حكومي إن الميناء سيفتح قريبا، ويضيف أن الشحنات ستصل تباعا.")
    assert len(out) == 2
    assert same(out[1]["source"]["name"], "مصدر حكومي") and same(out[1]["content"], "الشحنات ستصل تباعا")
    c = one('وأعلنت الوزارة أن البلاد "تتابع الوضع، وترى أن الحوار هو الحل".')    # inside a quotation: no cue
    assert same(c["source"]["name"], "الوزارة")


def test_led_by_ends_a_source():
    c = one("وأعلنت القوات المشتركة بقيادة العقيد سامر نبيل أنها استعادت السيطرة على البلدة.")
    assert same(c["source"]["name"], "القوات المشتركة")


def test_grounds_in_an_aside_are_no_source_and_a_university_stays_in_the_phrase():
    c = one("وأفاد مركز الدراسات الميدانية بجامعة الساحل، استنادا إلى صور جوية، بأن الجسر دمر بالكامل.")
    assert same(c["source"]["name"], "مركز الدراسات الميدانية بجامعة الساحل")
    assert same(c["content"], "الجسر دمر بالكامل")


def test_a_time_adjunct_right_after_the_source_blocks_nothing():
    c = one("وقال الوزير سامي داود بعد الاجتماع إن المحادثات كانت مثمرة.")
    assert same(c["source"]["name"], "سامي داود") and same(c["content"], "المحادثات كانت مثمرة")
    assert extract("وجاء نفي الوزير بعد يومين من زيارة أجراها إلى المدينة، اجتمع خلالها بنظيره في المطار.") == []


def test_an_official_with_a_nisba_is_the_person_of_that_country_in_the_sentence():
    c = one("وعقد ألكسندر نوفاك جلسة مع وزير الخارجية سامي داود، أعقبها مؤتمر صحفي قال فيه المسؤول الروسي "
            "إن التعاون سيتوسع.")
    assert same(c["source"]["name"], "ألكسندر نوفاك")


def test_a_summit_is_no_issuer_of_its_statement():
    c = one("وأفاد البيان الختامي للقمة بأن القادة وقعوا على ثلاث اتفاقيات.")
    assert c["source"]["kind"] == "document" and same(c["source"]["name"], "البيان الختامي")


def test_a_dropped_subject_takes_the_name_in_apposition_to_the_sentence_subject():
    c = one("ويأتي ذلك بعد إعلان وزير الزراعة المالي، سامي داود، تعليق الصادرات، إذ أوضح أن المحصول تراجع بشدة.")
    assert same(c["source"]["name"], "سامي داود")


def test_according_to_what_a_body_published():
    c = one("وبحسب ما نشرته الرئاسة النيجرية على حساباتها، فإن اللقاء تناول سبل التعاون.")
    assert same(c["source"]["name"], "الرئاسة النيجرية") and same(c["content"], "اللقاء تناول سبل التعاون")


def test_a_verb_form_after_a_preposition_is_a_verbal_noun():
    assert extract("ويتزامن ذلك مع تجدد الخلاف حول الحدود، إذ كانت الوزارة قد استدعت السفير.") == []


def test_an_attribution_set_inside_a_comment_attributes_the_comment():
    c = one("وتراجعت الصادرات هذا العام، وهو ما دفع الحكومة، بحسب تقديرات محلية، إلى البحث عن أسواق جديدة.")
    assert "البحث عن أسواق جديدة" in c["content"] and "تراجعت" not in c["content"]


def test_a_noun_of_saying_across_a_short_aside():
    c = one("وجاء ذلك بعد أيام من تصريح الوزير سامي داود، يوم الأحد، بأن القوات ستبقى في المنطقة.")
    assert same(c["source"]["name"], "سامي داود") and same(c["content"], "القوات ستبقى في المنطقة")


def test_an_attribution_after_a_verb_without_subject_relays_the_speaker():
    c = one("استقبل الشيخ سامي داود وفدا من الوجهاء، وأبلغهم بحسب مصادر محلية أن أي خطة لن تنجح دون توافق.")
    assert same(c["source"]["name"], "سامي داود") and same(c["via"], "مصادر محلية")


def test_a_time_phrase_before_a_noun_phrase_object():
    c = one("وكانت وزارة الدفاع قد أعلنت الشهر الماضي تخريج دفعة جديدة من الضباط.")
    assert same(c["source"]["name"], "وزارة الدفاع") and same(c["content"], "تخريج دفعة جديدة من الضباط")


def test_an_unnamed_member_of_parliament():
    c = one("وأبلغ نائب عن التحالف «الصباح» أن الكتلة لن تتراجع عن موقفها.")
    assert same(c["source"]["name"], "نائب عن التحالف") and c["source"]["kind"] == "anonymous"


def test_a_noun_phrase_content_after_a_relay():
    c = one("ونفت الخارجية على لسان الوزير فؤاد حسين وجود أي مهلة خارجية لسحب القوات.")
    assert same(c["content"], "وجود أي مهلة خارجية لسحب القوات") and c["stance"] == "deny"
    assert same(c["source"]["name"], "فؤاد حسين")


def test_the_medium_told_ends_an_unnamed_source():
    c = one("وأبلغ مصدر محلي في ناحية كاني ماسي رويترز أن القوات ما زالت هناك.")
    assert same(c["source"]["name"], "مصدر محلي في ناحية كاني ماسي")


def test_an_office_is_named_without_its_holder():
    c = one("وقال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن المحادثات كانت بناءة.")
    assert same(c["source"]["name"], "مكتب رئيس الوزراء الإسرائيلي") and c["source"]["kind"] == "organization"


def test_admitting_an_event_is_a_claim_but_passing_a_law_is_not():
    c = one("وأقر الجيش بوقوع إصابات في صفوفه.")
    assert same(c["source"]["name"], "الجيش") and same(c["content"], "وقوع إصابات في صفوفه")
    assert extract("وأقر البرلمان بالإجماع قانون الموازنة.") == []


def test_a_displaced_woman_told_a_medium():
    c = one("وروت نازحة لـ«الجزيرة نت» أن القصف لم يتوقف طوال الليل.")
    assert same(c["source"]["name"], "نازحة") and c["source"]["kind"] == "anonymous"


def test_abraza_is_a_verb_of_saying_but_not_as_an_elative():
    c = one("وأبرز الوزير سامر خليل أن بلاده تعتبر الجزائر شريكا محوريا.")
    assert c["cue"] == "أبرز" and same(c["content"], "بلاده تعتبر الجزائر شريكا محوريا")
    assert extract("وأبرز بنود الاتفاق أن القوات تنسحب من المدينة.") == []
    assert extract("وتعد القاعدة، إلى جانب مركز الاتصالات، أبرز المنشآت العسكرية في البلاد.") == []


def test_a_rank_and_its_modifier_after_an_honorific():
    c = one("وفي كلمته، أكد السيد الفريق أول أن التعاون بين البلدين متين.")
    assert same(c["source"]["name"], "الفريق أول") and c["source"]["kind"] == "person"
    out = extract("استقبل السيد الفريق أول سامر الخليلي الوفد الزائر. "
                  "وفي كلمته، أكد السيد الفريق أول أن التعاون بين البلدين متين.")
    assert [same(c["source"]["name"], "سامر الخليلي") for c in out] == [True]


def test_a_numbered_communique_keeps_its_number():
    c = one("وأفاد البلاغ العسكري رقم 215 بأن الوحدات استهدفت مواقع العدو.")
    assert same(c["source"]["name"], "البلاغ العسكري رقم 215") and c["source"]["kind"] == "document"


def test_an_adjective_of_the_report_is_no_part_of_its_issuer():
    c = one("وأشار تقرير الأمين العام الأممي الأخير إلى أن البعثة سجلت خروقات متكررة.")
    assert same(c["source"]["name"], "الأمين العام الأممي")
    c = one("وأفاد بيان صادر عن الإدارة الجديدة بأن اللقاء كان إيجابيا.")
    assert same(c["source"]["name"], "الإدارة الجديدة")      # the adjective agrees with the body


def test_a_paper_distributed_by_a_body():
    c = one("وبحسب ورقة حقائق وزعها البيت الأبيض، فإن الاتفاقية تعزز الردع في المنطقة.")
    assert same(c["source"]["name"], "ورقة حقائق") and c["source"]["kind"] == "document"


def test_a_topic_after_amma_with_an_auxiliary():
    c = one("أما الوزارة فقد أكدت أن القوات لن تنسحب من المدينة.")
    assert same(c["source"]["name"], "الوزارة") and same(c["content"], "القوات لن تنسحب من المدينة")
    c = one("أما الوزير سامر خليل فكان قد أعلن يوم الجمعة أن المقاومة لن تسلم سلاحها.")
    assert same(c["source"]["name"], "سامر خليل")


def test_accompanying_and_dual_unnamed_sources():
    c = one("وعلمت «الجديد» من مصادر مواكبة للزيارة أن الموفد لم يحمل أي ضمانة مكتوبة.")
    assert same(c["source"]["name"], "مصادر مواكبة للزيارة")
    c = one("وقالت القناة 12 العبرية، نقلاً عن مصدرين مطلعين، إن الوزير ترأس الوفد.")
    assert same(c["source"]["name"], "مصدرين مطلعين") and c["source"]["kind"] == "anonymous"


def test_a_counted_noun_is_no_verb_of_saying():
    c = one("ووفقا لوكالة «تاس»، فإن الاتفاق يحدد عدد العاملين بـ300 فرد كحد أقصى، "
            "على أن يقام المركز قرب القاعدة.")
    assert same(c["source"]["name"], "تاس") and c["content"].endswith("قرب القاعدة")


def test_a_participle_after_a_verb_with_its_named_subject():
    out = extract("وكان الوزير نادر حداد والسفير قد التقيا في باريس، في اجتماع أعلن عنه الوزير سامر خليل "
                  "عبر منصة «إكس»، قائلاً إن هدفه كان الحوار وخفض التصعيد.")
    assert len(out) == 1 and same(out[0]["source"]["name"], "سامر خليل")


def test_relative_clause_after_qualified_source_is_cut():
    # a verb with a pronoun that refers back, after an adjective, describes the source
    c = one("كشفت صور أقمار صناعية تداولها باحثون أن الطائرات غادرت المطار الشمالي.")
    assert same(c["source"]["name"], "صور أقمار صناعية")
    # a bare noun needs its clause to name anything
    c = one("كشفت صور تداولتها حسابات محلية أن الأرتال تحركت نحو الجنوب.")
    assert same(c["source"]["name"], "صور تداولتها حسابات محلية")


def test_medium_named_by_number_is_told():
    c = one("وقال عضو في لجنة الأمن النيابية لـ715 إن الملف سيطرح على البرلمان قريبا.")
    assert same(c["source"]["name"], "عضو في لجنة الأمن النيابية")


def test_cleric_honorific_refers_back():
    out = extract("استقبل الأمين العام للحزب، سماحة الشيخ حسن الربيعاوي، وفدا من الوجهاء. "
                  "وأضاف سماحته أن الحوار هو الطريق الوحيد.")
    assert len(out) == 1
    assert same(out[0]["source"]["name"], "حسن الربيعاوي")


def test_a_verb_after_the_object_of_a_denial_describes_it():
    # "تشير" after the object of "نفى" describes that object: one denial, the whole object
    out = extract("ونفى الوزير سامي داود وجود «أي أدلة» تشير إلى تورط الجيش، مؤكدا أن التحقيق مستمر.")
    assert [c["stance"] for c in out] == ["deny", "assert"]
    assert same(out[0]["content"], "وجود «أي أدلة» تشير إلى تورط الجيش")
    assert all(same(c["source"]["name"], "سامي داود") for c in out)


def test_an_office_set_off_before_a_name_is_his_role():
    # "رئيس الجمهورية" is the one named with that very office, not "رئيس جمهورية النيجر"
    out = extract("استقبل رئيس الجمهورية، السيد كريم داود، رئيس جمهورية النيجر، الجنرال سامي نوري. "
                  "وأكد الرئيس نوري أن الزيارة ناجحة. "
                  "من جهته، أوضح رئيس الجمهورية أن العلاقات عادت إلى مجراها الطبيعي.")
    assert [c["source"]["name"] for c in out] == ["سامي نوري", "كريم داود"]


def test_a_participle_after_a_joined_clause_takes_its_subject():
    out = extract("ونفى المتحدث باسم الحكومة، سامي داود، أن تكون لبلاده صلة بالهجوم، بينما استدعت "
                  "وزارة الخارجية الإيفوارية سفير مالي، معتبرة أن الاتهامات باطلة.")
    assert [c["source"]["name"] for c in out] == ["سامي داود", "وزارة الخارجية الإيفوارية"]
    out = extract("قال الوزير سامي داود إن القوات انسحبت من المدينة، مضيفا أن الجيش سيعود.")
    assert len(out) == 2 and all(same(c["source"]["name"], "سامي داود") for c in out)


def test_a_title_opening_on_waw_after_inna_is_a_nested_subject():
    # "ولي" after "إن" is a noun, not "و" + a new clause: the inner report is the outer's content
    c = one('وقال الرئيس كريم داود إن ولي العهد "يرى أن الحرب مأساة لا يمكن السكوت عنها".')
    assert same(c["source"]["name"], "كريم داود")
    assert c["content"].startswith("ولي العهد")


def test_the_latter_feminine_is_the_body_named_last():
    out = extract("وزار الوزير سامي داود المدينة. واتهمت الحكومة حركة العدل والمساواة بتنفيذ الهجوم، "
                  "بينما نفت الأخيرة أي صلة لها بالهجوم.")
    assert same(out[-1]["source"]["name"], "حركة العدل والمساواة") and out[-1]["stance"] == "deny"
    c = one("التقى الوزير سامي داود بالسفيرة منى خليل. وقالت الأخيرة إن الزيارة ناجحة.")
    assert same(c["source"]["name"], "منى خليل")


def test_a_definite_head_refers_to_the_nearer_body_named_after_the_source():
    out = extract("وأكد مجلس السيادة في بيان أنه مستعد للحوار. وترأس الفريق سامي داود اجتماعا لمجلس الأمن "
                  "والدفاع، أعلن بعده المجلس أن القوات ستواصل التعبئة.")
    assert [c["source"]["name"] for c in out] == ["مجلس السيادة", "مجلس الأمن والدفاع"]
    # a body named inside the source's own sentence is part of what it said
    out = extract("أعلنت وزارة الخارجية الروسية أن عناصر تابعة لوزارة الدفاع الروسية شاركوا في القتال. "
                  "وقالت الوزارة إن موسكو تدين الهجوم.")
    assert [c["source"]["name"] for c in out] == ["وزارة الخارجية الروسية"] * 2


def test_an_adjective_and_purpose_name_an_agency_with_its_head():
    c = one("وأفادت الوكالة الوطنية للإعلام بأن الجيش عزز مواقعه قرب الحدود.")
    assert same(c["source"]["name"], "الوكالة الوطنية للإعلام")
    c = one("وأعلنت الهيئة الوطنية للهجرة والجنسية أنها فتحت تحقيقا في التقارير.")
    assert same(c["source"]["name"], "الهيئة الوطنية للهجرة والجنسية")


def test_a_body_before_a_comma_and_a_relative_is_the_source():
    c = one("ورافقه الوزير، وفق ما أعلنت رئاسة الجمهورية الكرملية، التي قالت في بيان إن المباحثات "
            "تناولت العلاقات الثنائية.")
    assert same(c["source"]["name"], "رئاسة الجمهورية الكرملية")


def test_a_feminine_past_verb_after_an_indefinite_source_describes_her():
    c = one("وروت نازحة فرت من حي السلام لـ(عاين) أن المسلحين فصلوا الرجال عن النساء.")
    assert same(c["source"]["name"], "نازحة")


def test_a_bare_office_relayed_by_its_ministry_is_that_ministers():
    out = extract("استقبل الرئيس الصومالي وزير الدفاع التركي يشار غولر، بحضور وزير الدفاع الصومالي "
                  "أحمد معلم فقي. ونقلت وزارة الدفاع التركية عن الوزير قوله إن القاعدة خرجت آلاف "
                  "العسكريين، مضيفا أن بلاده لن تترك الصومال.")
    assert [c["source"]["name"] for c in out] == ["يشار غولر"] * 2


def test_a_bare_office_is_the_nearest_person_who_held_it_in_an_earlier_mention():
    out = extract("استقبل الرئيس المصري وزير الخارجية الروسي سيرغي لافروف. واجتمع لافروف صباح اليوم "
                  "بوزير خارجية توغو روبير دوسي. وشدد لافروف على أن موسكو مستعدة للتعاون. "
                  "وقال الوزير إن العسكريين الروس موجودون في مالي بطلب من حكومتها.")
    assert [c["source"]["name"] for c in out] == ["سيرغي لافروف"] * 2


def test_a_name_the_gazetteer_lacks_set_off_after_an_office_is_its_holder():
    c = one("وقال نائب وزير الأمن الداخلي في جوبالاند، عدن أحمد حاجي، في مؤتمر صحفي بكيسمايو، "
            "إن القوات القادمة من العاصمة بدأت الهجوم.")
    assert same(c["source"]["name"], "عدن أحمد حاجي")
    for aside in ("مساء أمس", "مصدر عسكري"):      # a time or an unnamed source is no name
        c = one(f"وقال المتحدث باسم الجيش، {aside}، إن القوات بدأت الهجوم.")
        assert same(c["source"]["name"], "المتحدث باسم الجيش")


def test_a_participle_of_calling_ends_the_content():
    c = one('وقال الوزير إن العلاقة "تدخل مرحلة جديدة من الشراكة"، داعياً إلى أن يكون أي وجود أجنبي عاملاً مساعداً.')
    assert c["content"] == 'العلاقة "تدخل مرحلة جديدة من الشراكة"'


def test_a_participle_of_congratulating_ends_the_content():
    c = one('وقال الرئيس إن بلاده "تابعت باهتمام خطوات الحكومة"، مهنئاً ضيفه على "نجاح هذه العملية".')
    assert c["content"] == 'بلاده "تابعت باهتمام خطوات الحكومة"'


def test_an_aside_on_the_terms_of_talking_is_skipped():
    c = one("ونفى دبلوماسي غربي، تحدث شرط عدم ذكر اسمه، أن يكون الوفد قد حمل مسودة اتفاق جديد.")
    assert same(c["source"]["name"], "دبلوماسي غربي")
    assert c["stance"] == "deny"
    assert c["content"].startswith("يكون الوفد")


def test_after_but_the_phrase_before_the_verb_is_its_subject_and_the_l_word_whom_it_told():
    c = one("ولم تكشف الوزارة التفاصيل، إلا أن مصدراً عسكرياً أوضح لنيوزكوم أن المباحثات تتناول مستقبل القاعدة.")
    assert same(c["source"]["name"], "مصدراً عسكرياً")


def test_a_body_sits_in_a_place_before_a_noun_phrase_content():
    c = one("ونفت السفارة الروسية في دمشق صحة ما تداولته صفحات محلية عن سحب منظومات الدفاع الجوي.")
    assert same(c["source"]["name"], "السفارة الروسية في دمشق")


def test_a_body_inside_another_body_is_one_source():
    c = one("وأعلنت وزارة الدفاع في الحكومة السورية أن وحدات من الجيش تسلمت القاعدة الجوية.")
    assert same(c["source"]["name"], "وزارة الدفاع في الحكومة السورية")


def test_l_before_a_medium_ending_in_a_media_tail_is_whom_sources_told():
    c = one("وقالت مصادر عسكرية لماروي أونلاين إن مهندسين وصلوا الأسبوع الماضي لإعادة تأهيل المدرج.")
    assert same(c["source"]["name"], "مصادر عسكرية")


def test_a_credit_label_in_brackets_opens_no_content():
    assert extract("الوزير فلان الفلاني يتابع مجريات التمرين (صورة: وزارة الدفاع)\n\nوانتهى التمرين مساء أمس.") == []


def test_the_participle_of_issuing_after_a_document_is_no_part_of_its_name():
    c = one('وأكد البلاغ المشترك الصادر عقب الاجتماع أن الوزراء "جددوا التزامهم بالمبادرة".')
    assert same(c["source"]["name"], "البلاغ المشترك")


def test_sources_of_a_quoted_medium_are_its_own_sources():
    c = one('وأفادت مصادر "الرقيب" بأن عناصر من الحرس لا يزالون ينتشرون في الميناء.')
    assert same(c["source"]["name"].replace('"', ""), "مصادر الرقيب")


def test_a_text_stipulates_a_clause_after_ala_an():
    c = one("وتنص المعاهدة على أن أي اعتداء على أحد البلدين يعد اعتداء على الآخر.")
    assert same(c["source"]["name"], "المعاهدة")
    assert c["content"] == "أي اعتداء على أحد البلدين يعد اعتداء على الآخر"


def test_an_indefinite_text_before_its_own_verb_is_the_source():
    c = one("وكان الرئيس فلان قد وقع مرسوماً رئاسياً ينص على أن الجيش سيتولى حماية المنشآت.")
    assert same(c["source"]["name"], "مرسوماً رئاسياً")


def test_the_text_noun_after_an_attribution_is_no_verb():
    c = one("ووفق نص البروتوكول الذي وزعته الرئاسة، فإن الجانبين اتفقا على بدء مفاوضات فنية.")
    assert same(c["source"]["name"], "نص البروتوكول")


def test_a_text_stipulating_no_clause_leaves_the_attribution_before_it():
    c = one('ووفقا لوكالة "نوفا"، ينص الاتفاق الموقع عام 2020 على ألا يتجاوز عدد أفراد المركز 300 عسكري.')
    assert same(c["source"]["name"], "وكالة نوفا") or same(c["source"]["name"], "نوفا")
    assert c["content"].startswith("ينص الاتفاق")


def test_a_preposition_after_the_verbs_own_object_opens_no_content():
    assert extract("وأعلن الإقليم انفصاله عن الجمهورية من طرف واحد قبل ثلاثين عاماً.") == []


# ------------------------------------------------------------------ session 17b

def test_caller_speaks_during_call_after_honorifics():
    c = one("وتلقى السيد رئيس المجلس الرئاسي اتصالاً هاتفياً من فخامة الرئيس سالم الورداني، "
            "أكد خلاله أن أمن البلدين واحد.")
    assert same(c["source"]["name"], "سالم الورداني")


def test_announced_severing_is_nominal_content():
    c = one("وأعلن وزير الدفاع عقب الاجتماع قطع العلاقات الدبلوماسية مع دولة الجوار.")
    assert c["content"].startswith("قطع العلاقات")


def test_numbered_unit_is_whole_source():
    c = one("وقالت قيادة الفرقة 12 مشاة في بيان إن الدفاعات أسقطت ثلاث مسيرات.")
    assert same(c["source"]["name"], "قيادة الفرقة 12 مشاة")


def test_same_source_aside_keeps_the_verb_subject():
    out = extract("وذكرت إدارة الإعلام في الرئاسة أن الرئيس كمال ناصري التقى ضيفه. "
                  "وحذر ناصري، بحسب المصدر نفسه، من أن ما جرى في المدينة خطير جدا.")
    assert same(out[-1]["source"]["name"], "كمال ناصري")


def test_second_apposition_before_the_name():
    c = one("ونفى وزير الخارجية والتعاون، الناطق الرسمي باسم الحكومة، السيد فارس حمدي نور، "
            "أن تكون بلاده قد تلقت أي طلب.")
    assert same(c["source"]["name"], "فارس حمدي نور")
    assert c["stance"] == "deny"


def test_title_inside_a_double_role_names_the_person():
    out = extract("استقبل وزير الخارجية والتعاون، الناطق الرسمي باسم الحكومة، السيد فارس حمدي نور، "
                  "السفير الكندي. وأضاف وزير الخارجية أن بلاده تدعم الحوار.")
    assert same(out[-1]["source"]["name"], "فارس حمدي نور")


def test_writer_of_a_letter_is_the_source():
    c = one("وتأتي الزيارة في ظرف متوتر، إذ جاء في رسالة وجهها وزير الخارجية مطلع الشهر إلى الأمين العام "
            "أن الجارة تعد العدة لحرب.")
    assert same(c["source"]["name"], "وزير الخارجية")
    assert c["content"].startswith("الجارة تعد")


def test_observers_after_hasab_are_a_source():
    c = one("وحسب متابعين للشأن الأمني، فإن اهتمام الحلف بالمنطقة تزايد منذ العام الماضي.")
    assert same(c["source"]["name"], "متابعين للشأن الأمني")
    assert c["content"].startswith("اهتمام الحلف")


def test_masculine_verb_takes_no_feminine_country_for_subject():
    c = one("ويتمسك الجيش السوداني بضرورة انسحاب المسلحين من المدن، فيما يتهم الإمارات بتزويدهم بالسلاح.")
    assert same(c["source"]["name"], "الجيش السوداني")
    assert c["content"].startswith("الإمارات بتزويدهم")


def test_relaying_medium_in_an_aside_keeps_the_denial():
    c = one('ونفى مصدر دبلوماسي، نقلت عنه صحيفة "الأفق" الناطقة بالفرنسية، أن تكون بلاده قد تلقت أي إشعار.')
    assert c["stance"] == "deny"
    assert same(c["source"]["name"], "مصدر دبلوماسي")


def test_country_after_the_opening_verb_is_the_participle_subject():
    c = one("ونددت مصر بالهجوم على القافلة، مؤكدة أن أمن جيرانها جزء من أمنها.")
    assert same(c["source"]["name"], "مصر")
    assert c["content"].startswith("أمن جيرانها")
    assert extract("وتشهد ليبيا أزمة حادة، مؤكدا أن الحل سياسي.") == []


@pytest.mark.parametrize("subject", ["العراق", "الحكومة", "الجيش العراقي"])
def test_accused_country_after_the_subject_is_the_object(subject):
    c = one(f"ويتهم {subject} الكويت بتزويد المسلحين بالطائرات المسيرة.")
    assert same(c["source"]["name"], subject)
    assert c["content"].startswith("الكويت بتزويد")


def test_accusing_province_keeps_its_place_name():
    c = one("واتهمت ولاية نينوى تركيا بقصف القرى الحدودية.")
    assert same(c["source"]["name"], "ولاية نينوى")


def test_honorific_is_not_the_one_a_turn_opener_names_next():
    out = extract("استقبل سمو الشيخ راشد بن حمد آل سالم اليوم صاحب السمو الأمير فيصل بن مشعل وزير الداخلية. "
                  "وقال سموه، في تغريدة، إن البلدين \"يقفان معا أمام التحديات\". "
                  "من جهته، أكد الأمير فيصل بن مشعل أن أمن المنطقة \"واحد\".")
    assert len(out) == 2, out
    assert same(out[0]["source"]["name"], "راشد بن حمد آل سالم")
    assert same(out[1]["source"]["name"], "فيصل بن مشعل")
