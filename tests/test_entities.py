"""People, roles, groups: on sentences written for the test (names invented or real)."""
import pytest
from service import entities
from service.text import analyse


def people(text):
    doc = analyse(text)
    out = entities.people(doc)
    for m in out:
        sp = m.span(doc)
        assert text[sp["start"]:sp["end"]] == sp["text"]
    return [(m.name, m.role) for m in out]


def test_title_then_unknown_name():
    assert people("التقى وزير الدولة سامر العلواني، أمس، بوفد تجاري.") == [("سامر العلواني", "وزير الدولة")]


def test_rank_vouches_for_a_name_without_a_known_given_name():
    assert ("زوكان برتيلو", "العقيد") in people("وصل العقيد زوكان برتيلو إلى المدينة.")


def test_indefinite_rank_word_is_not_a_title():
    # "فريق" here is a team, not a lieutenant-general
    assert people("شارك فريق إنقاذ دولي في البحث.") == []


def test_apposition_after_name():
    assert people("وحضر اللقاء ناصر الفيتوري، مدير مكتب الرئيس.") == [("ناصر الفيتوري", "مدير مكتب الرئيس")]


def test_role_before_comma_and_quoted_name():
    got = people("وقال المتحدث باسم الوزارة، «فهد الزعبي» إن الزيارة مهمة.")
    assert got == [("فهد الزعبي", "المتحدث باسم الوزارة")]


def test_genitive_is_not_a_role():
    # the office belongs to the person named; it is not that person's title
    assert ("ناصر الفيتوري", None) in people("زار مدير مكتب ناصر الفيتوري العاصمة.") or \
        people("زار مدير مكتب ناصر الفيتوري العاصمة.") == []


def test_surname_alone_later_gets_the_full_name():
    got = people("استقبل العقيد ماهر الدرسي وفدا. وأكد الدرسي أن اللقاء مثمر.")
    assert got == [("ماهر الدرسي", "العقيد"), ("ماهر الدرسي", None)]


def test_name_stops_before_coordination_and_verbs():
    got = people("التقى الفريق عادل الشريف والوفد المرافق له")
    assert got == [("عادل الشريف", "الفريق")]


def test_unnamed_groups():
    doc = analyse("والتقى عدة مسؤولين روس كبار، ثم اجتمع مع الوفد المرافق له وبعض الخبراء.")
    assert [g.role for g in entities.groups(doc)] == ["عدة مسؤولين روس كبار", "الوفد المرافق له", "بعض الخبراء"]


def test_words_of_a_title_alone_are_no_person():
    assert people("أعلنت وزارة الدفاع أن رئيس الأركان سيزور المنطقة.") == []


def test_group_takes_its_institution():
    doc = analyse("وصل وفد من وزارة الدفاع الروسية إلى المدينة.")
    assert [g.role for g in entities.groups(doc)] == ["وفد من وزارة الدفاع الروسية"]


def test_institution_is_not_a_group():
    doc = analyse("وحضر نائب رئيس مجلس الوزراء الجلسة.")
    assert entities.groups(doc) == []


def test_common_word_short_form_needs_its_full_name():
    assert people("وستذهب حصة الأسد إلى الشركات الكبرى.") == []
    got = people("التقى بشار الأسد وفدا، وقال الأسد إن اللقاء مثمر.")
    assert [n for n, _ in got] == ["بشار الأسد", "بشار الأسد"]


def test_place_that_is_also_a_word_needs_context():
    names = lambda t: [p.name for p in entities.places(analyse(t))]  # noqa: E731
    assert names("طلب دعم مالي عاجل.") == []
    assert names("وصل الوزير إلى مالي.") == ["مالي"]


def test_ali_the_name_is_not_ala_the_preposition():
    assert people("وقال وزير الخارجية علي الصافي إن الوفد وصل.") == [("علي الصافي", "وزير الخارجية")]


def test_possessor_is_marked():
    doc = analyse("استقبل الرئيس مبعوث بوتين في القصر.")
    assert [(m.name, m.inside) for m in entities.people(doc)] == [("بوتين", "title")]


def test_counterpart_starts_a_new_role():
    got = people("التقى الوزير نظيره المالي الفريق ساديو كامارا أمس.")
    assert got == [("ساديو كامارا", "نظيره المالي الفريق")]


def test_capital_named_by_its_country():
    doc = analyse("عقد اللقاء في العاصمة الروسية، وفي العاصمة التركية أنقرة.")
    assert [(p.name, p.canonical) for p in entities.places(doc)] == [
        ("العاصمة الروسية", "Moscow"), ("أنقرة", "Ankara")]


def test_given_name_inside_a_title_is_no_person():
    got = people("وصرح المتحدث الرسمي باسم رئاسة الجمهورية، السفير أحمد فهمي، بأن اللقاء مثمر.")
    assert got == [("أحمد فهمي", "السفير")]


def test_office_with_complement_vouches_for_an_unlisted_name():
    assert people("وقال وزير الإعلام جراهام عبد القادر إن الوضع هادئ.") == [("جراهام عبد القادر", "وزير الإعلام")]
    assert people("وقال وزير الدفاع خطة جديدة ستعلن.") == []


def test_compound_names_and_names_with_the_article():
    assert people("وقال الخبير في الشؤون التركية محمد عبد القادر إن") == [
        ("محمد عبد القادر", "الخبير في الشؤون التركية")]
    assert people("وقال الخبير الاقتصادي المهدي فقير إن") == [("المهدي فقير", "الخبير الاقتصادي")]


def test_name_stops_before_an_addressee():
    assert people("وقال العميد نبيل عبد الله للصحفيين إن") == [("نبيل عبد الله", "العميد")]


def test_name_stops_before_the_place_visited():
    assert people("زار المفوض الأوروبي كارل يوهانسون المعبر الحدودي أمس") == [
        ("كارل يوهانسون", "المفوض الأوروبي")]
    assert people("تفقد العقيد سامي بوعلام القاعدة الجوية") == [("سامي بوعلام", "العقيد")]


def test_a_listed_surname_after_an_unlisted_given_name_and_a_title_is_a_namesake():
    doc = analyse("استقبل الرئيس البوركيني إبراهيم تراوري الوفد. وسلم الراية إلى الجنرال داودا تراوري.")
    found = [(m.name, m.entity_id) for m in entities.people(doc)]
    assert found[0] == ("إبراهيم تراوري", "ibrahim_traore")
    assert all(entity != "ibrahim_traore" for _, entity in found[1:])
    assert [(m.name, m.entity_id) for m in entities.people(analyse("وأكد الفريق أول تراوري أن"))] == [
        ("تراوري", "ibrahim_traore")]


def test_his_counterpart_right_before_a_name_is_the_title():
    assert people("وأجرى محادثات مع نظيره سيرغي لافروف أمس")[-1] == ("سيرغي لافروف", "نظيره")


def test_a_long_title_chain_after_an_honorific_still_vouches_for_the_name():
    found = people("استقبل الوزير أمس معالي عضو مجلس القيادة الرئاسي في الجمهورية اليمنية اللواء الركن"
                   " سالم عبدالله الحميري.")
    assert found[-1][0] == "سالم عبدالله الحميري"


def test_office_apposition_wins_over_a_bare_rank():
    assert people("وقال اللواء أحمد أبو زيد، المتحدث باسم الجيش، إن") == [("أحمد أبو زيد", "المتحدث باسم الجيش")]


def test_organisation_inside_a_title():
    doc = analyse("التقى رئيس أركان القوات المسلحة المصرية الفريق أحمد خليفة بالوفد.")
    orgs = entities.organisations(doc)
    assert orgs and all(entities.in_title(doc, o) for o in orgs)


def test_title_chain_restarts_after_a_definite_word():
    got = people("وكان في استقبال الوزير الروسي في المطار نظيره الإيراني محمد رضا آشتياني")
    assert got == [("محمد رضا آشتياني", "نظيره الإيراني")]


def test_coordinated_title_is_no_apposition():
    got = people("المشير خليفة حفتر والرئيس الروسي فلاديمير بوتين يبحثان التعاون")
    assert got == [("خليفة حفتر", "المشير"), ("فلاديمير بوتين", "الرئيس الروسي")]


def test_organisation_inside_a_title_chain():
    assert people("التقى رئيس الموساد ديفيد برنيع وفدا.") == [("ديفيد برنيع", "رئيس الموساد")]


def test_hamza_alef_name_is_not_the_article():
    assert people("وقال وزير الخارجية التركي إلكر أيدين إن") == [("إلكر أيدين", "وزير الخارجية التركي")]


def test_headed_by_is_not_possession():
    doc = analyse("التقى الوزير وفد حركة حماس برئاسة إسماعيل هنية في الدوحة.")
    assert [(m.name, m.inside) for m in entities.people(doc)] == [("إسماعيل هنية", None)]
    assert [g.role for g in entities.groups(doc)] == ["وفد حركة حماس"]


def test_rank_modifiers_complete_a_rank():
    got = people("التقى رئيس الأركان الفريق أول ركن زياد الحمدي العميد ركن سالم الورفي.")
    assert got == [("زياد الحمدي", "رئيس الأركان الفريق أول ركن"), ("سالم الورفي", "العميد ركن")]


def test_object_title_belongs_to_the_next_person():
    got = people("من المقرر أن يلتقي عبد الحميد الدبيبة الرئيس التونسي قيس سعيد في تونس.")
    assert got == [("عبد الحميد الدبيبة", None), ("قيس سعيد", "الرئيس التونسي")]


def test_country_inside_a_title():
    got = people("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفد.")
    assert got == [("تميم بن حمد آل ثاني", "أمير قطر الشيخ")]


def test_group_stops_before_a_place_phrase():
    doc = analyse("التقى الوزير نظراءه العرب في القاهرة.")
    assert [g.role for g in entities.groups(doc)] == ["نظراءه العرب"]


def test_title_ending_in_a_place_vouches_for_a_name():
    got = people("واستقبل الوزير السفير الإيطالي لدى ليبيا جيانلوكا ألبيريني.")
    assert ("جيانلوكا ألبيريني", "السفير الإيطالي لدى ليبيا") in got


def test_statement_nouns_after_a_title_are_no_names():
    assert people("وأدلت وزيرة الخارجية بتصريح مقتضب قالت فيه إن") == []
    assert people("أكد الوزير الموريتاني استعداد بلاده لتعزيز التنسيق") == []


def test_title_with_a_prepositional_complement():
    got = people("وقالت الناطقة باسم المفوضية السامية لحقوق الإنسان رافينا شامداساني إن")
    assert got == [("رافينا شامداساني", "الناطقة باسم المفوضية السامية لحقوق الإنسان")]


def test_name_between_commas_after_a_title():
    assert people("وقال المتحدث باسم البنتاغون، بات رايدر، إن") == [("بات رايدر", "المتحدث باسم البنتاغون")]


def test_verb_of_saying_vouches_for_a_given_name():
    assert people("وقال علي عبد الله صالح في خطاب إن") == [("علي عبد الله صالح", None)]
    assert people("وقال محمد إن الوضع هادئ") == []


def test_second_name_starting_with_waw():
    assert people("وقال وزير المالية محمد وصفي إن") == [("محمد وصفي", "وزير المالية")]
    assert people("التقى الفريق عادل الشريف والوفد المرافق له") == [("عادل الشريف", "الفريق")]


# --- namesakes and surnames that are also titles -------------------------------------------

def _people(text):
    doc = analyse(text)
    return [(p.name, p.role, p.canonical) for p in entities.people(doc)]


def test_listed_surname_after_another_given_name_is_a_namesake():
    # "عبد العاطي" alone is a listed short form (Badr Abdelatty); "محمد عبد العاطي" is not him
    found = _people("والتقى وزير الري محمد عبد العاطي نظيره السوداني. وقال عبد العاطي إن اللقاء مثمر.")
    assert found == [("محمد عبد العاطي", "وزير الري", None), ("محمد عبد العاطي", None, None)]


def test_listed_surname_after_the_persons_own_given_names_is_him():
    assert _people("والتقى بدر أحمد عبد العاطي نظيره.") == [
        ("بدر أحمد عبد العاطي", None, "Badr Abdelatty")]


def test_listed_surname_after_a_preposition_spelled_like_a_name():
    # "على" folds like the given name "علي"
    assert _people("وردا على حفتر قال المتحدث.")[0][2] == "Khalifa Haftar"


def test_title_word_as_surname_after_a_given_name():
    assert _people("وقال العميد حسن الأمين إن القوات انسحبت.") == [("حسن الأمين", "العميد", None)]
    # but "الأمين العام" is a title
    assert ("حسن", None, None) not in _people("وقال حسن الأمين العام للحزب إن الاجتماع انتهى.")


def test_long_name_with_connectors():
    found = _people("واجتمع سعادة الشيخ سعود بن عبدالرحمن بن حسن آل ثاني مع الوفد.")
    assert found[0][0] == "سعود بن عبدالرحمن بن حسن آل ثاني"


def test_office_after_a_styled_name_is_the_role():
    # official readouts: "سعادة/معالي + name + office", with no comma
    found = _people("واستقبل سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية "
                    "اليوم السفير.")
    assert found[0][:2] == ("محمد بن عبدالعزيز الخليفي", "وزير الدولة بوزارة الخارجية")
    # the next party is not part of the apposition
    found = _people("واجتمع معالي الشيخ سعيد الكعبي قائد القوات الجوية والوفد المرافق له.")
    assert found[0][1] == "قائد القوات الجوية"


def test_office_after_an_unstyled_name_without_comma_is_not_his():
    # "استقبل حفتر رئيس أركان ...": the chief of staff is the one received
    found = _people("واستقبل المشير خليفة حفتر رئيس أركان الجيش المصري.")
    assert found[0][1] == "المشير"


def test_rank_modifier_belongs_to_the_rank():
    found = _people("وأوضح العقيد طيار محمد المرغني أن الطائرات هبطت.")
    assert found == [("محمد المرغني", "العقيد طيار", None)]


def test_family_name_with_its_connector_names_the_person_later():
    found = _people("واستقبل الوزير سفير إيران محمد كاظم آل صادق، وبحث معه التعاون. "
                    "ونقل البيان عن آل صادق قوله إن العلاقات جيدة.")
    assert [f[0] for f in found] == ["محمد كاظم آل صادق", "محمد كاظم آل صادق"]


def test_amin_is_a_given_name_but_amin_aam_a_title():
    assert _people("ويرى الخبير العسكري اللواء المتقاعد أمين إسماعيل مجذوب أن الحرب طويلة.")[0][:2] == (
        "أمين إسماعيل مجذوب", "الخبير العسكري اللواء المتقاعد")
    assert _people("واستقبل الرئيس محمد ولد الشيخ أمين عام الحركة.")[0][0] == "محمد ولد الشيخ"


def test_indefinite_office_after_a_name_is_his_when_qad_follows():
    found = _people("وكان الفريق خالد حفتر رئيس أركان الوحدات الأمنية قد تلقى اتصالا.")
    assert found[0][:2] == ("خالد حفتر", "رئيس أركان الوحدات الأمنية")


def test_title_with_a_quoted_body_and_tribal_titles():
    found = _people("التقى نائب قائد «الدعم السريع» عبد الرحيم حمدان دقلو عددا من نظار وعمد القبائل، "
                    "بينهم ناظر قبيلة الهبانية محمد أحمد الصافي.")
    assert [(n, r) for n, r, _ in found] == [
        ("عبد الرحيم حمدان دقلو", "نائب قائد «الدعم السريع»"),
        ("محمد أحمد الصافي", "ناظر قبيلة الهبانية")]
    doc = analyse("التقى الوزير عددا من نظار وعمد القبائل في نيالا.")
    assert [g.role for g in entities.groups(doc)] == ["عددا من نظار وعمد القبائل"]


def test_charge_d_affaires_is_a_title():
    assert _people("والتقى الوزير القائم بأعمال السفارة المصرية لدى ليبيا تامر مصطفى، أمس.")[-1][:2] == (
        "تامر مصطفى", "القائم بأعمال السفارة المصرية لدى ليبيا")


def test_rank_with_a_modifier_vouches_for_an_unknown_name():
    found = [(p.name, p.role) for p in entities.people(analyse(
        "التقى الوزير خالد المشري الفريق بحري محجوب بشرى."))]
    assert ("محجوب بشرى", "الفريق بحري") in found
    assert entities.people(analyse("وقال فريق بحري من الخبراء إن الأمر انتهى.")) == []


def test_listed_surname_after_his_own_first_name_and_an_unlisted_middle_name():
    [p] = [p for p in entities.people(analyse("استقبل الجنرال موسى صالاو بارمو الوفد."))]
    assert p.name == "موسى صالاو بارمو" and p.entity_id == "moussa_barmou"


def test_a_surname_that_looks_like_a_preposition_ends_the_phrase():
    assert people("غير أن المتحدث باسم الحكومة ماكسيم بالالو نفى أن تكون بانغي قد تلقت أي طلب.") == [
        ("ماكسيم بالالو", "المتحدث باسم الحكومة")]
    # a preposition's object goes on after it: no surname "بالقرب"
    assert all(name != "محمد بالقرب" for name, _ in people("وقال الوزير محمد بالقرب من المطار إن الوضع هادئ."))


def test_a_title_may_name_the_body_its_holder_serves_at_after_bi():
    assert people("وفي اليوم التالي، استقبل المستشار بقيادة «الدعم السريع» الباشا طبيق وفدا.") == [
        ("الباشا طبيق", "المستشار بقيادة «الدعم السريع»")]


def test_a_name_stops_before_bi_and_a_place_word():
    assert people("والتقى وزير الدفاع يشار غولر نظيره الأذربيجاني ذاكر حسنوف بمقر وزارة الدفاع في باكو.") == [
        ("يشار غولر", "وزير الدفاع"), ("ذاكر حسنوف", "نظيره الأذربيجاني")]


def test_a_title_noun_with_a_possessive_pronoun_continues_the_title():
    assert people("حيث يلتقي رئيس مجلسها الأعلى محمد علي.") == [("محمد علي", "رئيس مجلسها الأعلى")]


def test_a_given_name_after_a_demonym_starts_the_name_not_the_title():
    assert [(m.name, m.role) for m in entities.people(analyse(
        "وقال المتحدث باسم الحكومة العراقية باسم العوادي إن الحكومة ترفض أي اعتداء."))] == [
        ("باسم العوادي", "المتحدث باسم الحكومة العراقية")]


def test_his_counterpart_vouches_for_an_unknown_name():
    assert [m.name for m in entities.people(analyse("عقد جلسة مباحثات مع نظيره كريستوفاو تشومي بمقر الوزارة."))] \
        == ["كريستوفاو تشومي"]


@pytest.mark.parametrize("text", [
    "نفى وزير الدفاع القبرصي فاسيليس بالماس، اليوم الخميس، ما أوردته تقارير صحافية.",
    "وزار وزير الدفاع القبرصي فاسيليس بالماس أيضاً مركز التنسيق.",
])
def test_a_surname_that_looks_like_bi_plus_article_after_an_unknown_given_name(text):
    assert [m.name for m in entities.people(analyse(text))] == ["فاسيليس بالماس"]


def test_bi_plus_a_known_noun_after_a_name_is_not_a_surname():
    assert [m.name for m in entities.people(analyse("استقبل الوزير محمود بالقصر الرئاسي الوفد."))] != ["محمود بالقصر"]


def test_an_aside_in_brackets_between_a_title_and_a_name():
    text = "التقت الوزيرة رئيس أرض الصومال (غير المعترف بها دولياً) عبد الرحمن محمد عبد الله «عرو»، في زيارة."
    assert [name for name, _ in people(text)] == ["عبد الرحمن محمد عبد الله"]


def test_a_long_apposition_of_stacked_offices_after_a_name():
    assert people("وكان الفريق أول عبد المجيد صقر القائد العام للقوات المسلحة وزير الدفاع والإنتاج الحربي قد "
                  "التقى أمس الوزير.") == [("عبد المجيد صقر", "القائد العام للقوات المسلحة وزير الدفاع والإنتاج الحربي")]


def test_a_title_with_the_body_he_works_in():
    assert people("وقال الباحث في مجموعة الأزمات الدولية أحمد سليمان إن الوضع خطير.") == [
        ("أحمد سليمان", "الباحث في مجموعة الأزمات الدولية")]


def test_the_second_name_of_a_dual_title_after_a_coordinated_demonym():
    names = [n for n, _ in people("استقبل الرئيس أسياس أفورقي وزيري الخارجية المصري بدر عبد العاطي والصومالي "
                                  "عبد السلام عبدي علي في أسمرة.")]
    assert "عبد السلام عبدي علي" in names


def test_a_construct_title_vouches_for_an_unknown_name_after_it():
    assert people("استقبلت وزيرة الدولة للتعاون الدولي لولوة بنت راشد الخاطر وفد الحكومة.") == [
        ("لولوة بنت راشد الخاطر", "وزيرة الدولة للتعاون الدولي")]
    assert people("عقد المسؤول العسكري الأمريكي جلسة عمل مع الفريق أول محمد بريظ.") == [("محمد بريظ", "الفريق أول")]


def test_a_senior_adviser_in_construct_with_a_plural():
    assert people("التقى الرئيس، أمس، كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية مسعد بولس.") == [
        ("مسعد بولس", "كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية")]


def test_an_envoy_title_says_where_he_is_sent():
    assert people("التقى الوزير المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا ميخائيل بوغدانوف.") == [
        ("ميخائيل بوغدانوف", "المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا")]
    assert people("والتقى الوزير المبعوث الأمريكي الخاص إلى السودان توم بيرييلو.")[-1] == (
        "توم بيرييلو", "المبعوث الأمريكي الخاص إلى السودان")


def test_a_destination_after_a_travel_verb_is_no_title():
    assert people("وصل الوزير إلى الخرطوم عبد الفتاح البرهان.") == [("عبد الفتاح البرهان", None)]


def test_a_title_before_a_named_man_is_not_the_next_surnames():
    found = people("التقى الرئيس أحمد الشرع رئيس الجهاز حميد الشطري.\nويعد هذا اللقاء الثاني بين الرئيس الشرع والشطري.")
    assert ("حميد الشطري", "الرئيس الشرع") not in found


def test_a_dual_office_vouches_for_the_first_unknown_name():
    assert people("التقى وزيرا الدفاع اللبناني ميشال منسى والسوري مرهف أبو قصرة.")[0] == (
        "ميشال منسى", "وزيرا الدفاع اللبناني")


def test_an_office_then_a_comma_then_his_rank_is_one_title():
    assert people("التقى نائب القائد العام للقوات المسلحة، الفريق أول صدام حفتر، أمس الوزير.") == [
        ("صدام حفتر", "نائب القائد العام للقوات المسلحة، الفريق أول")]


def test_a_given_name_with_the_article():
    assert people("والتقى الفريق المختار ولد بله شعبان نظيره المالي.") == [("المختار ولد بله شعبان", "الفريق")]


@pytest.mark.parametrize("after", ["الرئيس الكيني", "بالرئيس الكيني", "وزير الخارجية الكيني", "نظيره الكيني"])
def test_a_surname_that_is_a_given_name_before_another_title(after):
    # "سامي" is a given name too: a title after it starts the next person, so it is
    # the surname of the man named before, not the start of someone else's name
    got = people(f"وصل المبعوث الخاص كريم سامي إلى نيروبي. والتقى سامي {after} رافائيل موانغي.")
    assert got[:2] == [("كريم سامي", "المبعوث الخاص"), ("كريم سامي", None)]
    assert got[2][0] == "رافائيل موانغي"


def test_a_given_name_before_an_unknown_word_is_not_taken_for_the_surname():
    got = people("وصل المبعوث الخاص كريم سامي إلى نيروبي. والتقى سامي موانغي الوفد.")
    assert got == [("كريم سامي", "المبعوث الخاص"), ("سامي موانغي", None)]


def test_a_verb_of_talks_vouches_for_the_name_after_it():
    assert people("بحث محمد المزروعي مع الوزير خالد العتيبي سبل التعاون.")[0] == ("محمد المزروعي", None)


def test_a_ruling_house_name_is_no_later_mention_of_the_man_named_first():
    got = people("استقبل الوزير الشيخ فهد يوسف سعود الصباح الوفد. وكان الوفد قد التقى الشيخ جابر مبارك الحمد الصباح.")
    assert ("فهد يوسف سعود الصباح", None) not in got


def test_a_title_and_given_name_inside_a_listed_base_name_are_no_person():
    assert people("وزار القائد غداً قاعدة الأمير سلطان الجوية في محافظة الخرج.") == []


def test_a_chargee_d_affaires_is_a_title():
    assert people("ونقلت السفارة عن القائمة بالأعمال كارين سيمونز قولها إن التدريب مهم.") == [
        ("كارين سيمونز", "القائمة بالأعمال")]


def test_doug_is_a_given_name_vouched_for_by_the_apposition_after_it():
    assert people("استقبل الوزير وفدا يقوده دوغ هاريسون، عضو لجنة القوات المسلحة، أمس.")[-1] == (
        "دوغ هاريسون", "عضو لجنة القوات المسلحة")


def test_a_quantifier_after_wa_ends_the_name():
    assert people("بحضور السفير أحمد العلي وعدد من المسؤولين.") == [("أحمد العلي", "السفير")]


def test_a_meeting_noun_after_an_unknown_name_ends_it():
    assert people("وعقد وزير الخارجية سمير العلي جلسة مباحثات مع الوفد.") == [("سمير العلي", "وزير الخارجية")]


def test_an_aides_title_ends_with_its_owner_and_the_name_after_holds_it():
    doc = analyse("استقبل الوزير كبير مستشاري الرئيس الأميركي دونالد ترامب، مسعد بولس، في مكتبه.")
    by_name = {m.name: m for m in entities.people(doc)}
    assert by_name["مسعد بولس"].role == "كبير مستشاري الرئيس الأميركي دونالد ترامب"
    assert by_name["مسعد بولس"].country == "US"
    assert by_name["دونالد ترامب"].inside == "title"


def test_an_office_that_is_an_advisers_own_keeps_its_name():
    # "مستشار الأمن القومي" names no office holder after it: the name is the adviser's
    doc = analyse("التقى مستشار الأمن القومي الأمريكي جيك سوليفان، هاني صبري، في القاهرة.")
    by_name = {m.name: m for m in entities.people(doc)}
    assert by_name["جيك سوليفان"].inside is None
    assert by_name["جيك سوليفان"].role == "مستشار الأمن القومي الأمريكي"


def test_a_title_word_inside_a_three_part_name_is_his_surname():
    assert people("استقبل السفير حسين الأمين الفاضل، اليوم، سفير تركيا.")[:1] == [("حسين الأمين الفاضل", "السفير")]
    # but a complement after it makes it a title again
    assert ("حسن", "الوزير") not in people("التقى الوزير حسن الأمين العام للحركة.")


def test_the_entourage_after_a_name_is_not_part_of_it():
    doc = analyse("التقى الوزير محمد كوليبالي وعائلته بالرئيس في القصر.")
    assert [m.name for m in entities.people(doc)][:1] == ["محمد كوليبالي"]


def test_a_place_after_lam_closes_a_titles_complement():
    assert people("والتقى الرئيس السابق للسلطة الإقليمية لدارفور التجاني سيسي أمس.") == [
        ("التجاني سيسي", "الرئيس السابق للسلطة الإقليمية لدارفور")]


def test_a_place_phrase_ends_one_title_before_the_next_persons():
    assert people("كما التقى وزير الدفاع في القصر الرئاسي الرئيس الإيراني مسعود بزشكيان.") == [
        ("مسعود بزشكيان", "الرئيس الإيراني")]


def test_a_definite_given_name_before_a_patronymic_opens_the_name():
    assert people("وحضر اللقاء مدير الديوان الناني ولد اشروقه.") == [("الناني ولد اشروقه", "مدير الديوان")]


def test_a_topic_after_a_name_is_not_part_of_it():
    assert ("هاني صلاح", "السفير") in people("بحث البرهان مع السفير هاني صلاح تطورات الحدود الشمالية.")


def test_a_title_with_several_portfolios_keeps_them_all():
    assert people("وحضر الاجتماع وزير الداخلية وشؤون اللاجئين وأبناء الجالية سالم ولد أحمدو.") == [
        ("سالم ولد أحمدو", "وزير الداخلية وشؤون اللاجئين وأبناء الجالية")]


def test_a_son_named_by_his_father_alone_is_the_son_named_before():
    found = people("وصل الفريق بلقاسم حفتر إلى روما.\nواستُقبل نجل المشير خليفة حفتر في مقر الوزارة.")
    assert [name for name, _ in found].count("بلقاسم حفتر") == 2


def test_a_title_and_name_after_an_airport_name_the_airport():
    assert people("وصل الوفد إلى مطار الملك فهد الدولي، حيث كان في استقباله الأمير سعود بن نايف.") == [
        ("سعود بن نايف", "الأمير")]


def test_a_rank_that_goes_on_past_a_long_title_starts_no_name():
    found = people("استقبل الأمير سعود بن نايف فخامة رئيس مجلس السيادة الانتقالي في جمهورية تشاد الفريق أول الركن "
                   "محمد إدريس ديبي.")
    assert all(not name.startswith("أول") for name, _ in found)


def test_a_title_word_before_a_patronymic_is_a_given_name():
    assert people("حضر اللقاء الدكتور مساعد بن محمد العيبان.") == [("مساعد بن محمد العيبان", "الدكتور")]


def test_a_time_word_between_a_title_and_its_name_keeps_the_title():
    assert people("وعقد جلسة مع وزير الخارجية السوداني آنذاك علي يوسف الشريف.") == [
        ("علي يوسف الشريف", "وزير الخارجية السوداني آنذاك")]


def test_a_family_name_after_a_listed_full_name_is_part_of_it():
    assert people("استقبل الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد، أمس الضيف.")[0][0] == \
        "محمد بن سلمان بن عبدالعزيز آل سعود"


def test_an_office_of_a_country_vouches_for_two_unknown_name_words():
    assert people("استقبل الرئيس الضيف ووزير الخارجية اليوناني يورغوس ماكريدس والوفد المرافق له.")[-1] == (
        "يورغوس ماكريدس", "وزير الخارجية اليوناني")
    assert people("وزير الدفاع الأمريكي يتلقى اتصالا.") == []


def test_a_post_after_a_title_is_no_name():
    assert people("وهنأ الرئيس نائب القائد العام بمنصبه الجديد.") == []


def test_an_aides_title_may_end_with_a_complement_before_his_name():
    found = dict(people("وصل كبير مستشاري الرئيس الأميركي دونالد ترامب للشؤون العربية، مسعد بولس، أمس."))
    assert found["مسعد بولس"].endswith("للشؤون العربية")


def test_an_aides_title_needs_no_comma_before_his_name():
    # the owner's name, then nothing, "الخاص" or a "ل"/"إلى" complement, then the aide's name
    found = dict(people("التقى الوزير مستشار الرئيس الأمريكي دونالد ترامب للشؤون الأفريقية مسعد بولس."))
    assert found["مسعد بولس"] == "مستشار الرئيس الأمريكي دونالد ترامب للشؤون الأفريقية"
    doc = analyse("التقى الوزير المبعوث الخاص للرئيس بوتين إلى الشرق الأوسط وأفريقيا ميخائيل بوغدانوف، أمس.")
    by_name = {m.name: m for m in entities.people(doc)}
    assert by_name["ميخائيل بوغدانوف"].role == "المبعوث الخاص للرئيس بوتين إلى الشرق الأوسط وأفريقيا"
    assert by_name["ميخائيل بوغدانوف"].inside is None and by_name["بوتين"].inside == "title"
    assert dict(people("استقبل الوزير مبعوث الرئيس فلاديمير بوتين الخاص ميخائيل بوغدانوف."))[
        "ميخائيل بوغدانوف"].startswith("مبعوث الرئيس")
    # a sentence going on after the owner is no complement
    assert dict(people("وقال مستشار الرئيس دونالد ترامب إنه التقى ميخائيل بوغدانوف."))["ميخائيل بوغدانوف"] is None


def test_a_name_after_a_title_chain_ending_with_and_a_region_is_no_owner_of_it():
    doc = analyse("التقى الوزير، أمس، المبعوث الرئاسي الخاص للشرق الأوسط وإفريقيا ميخائيل بوغدانوف.")
    assert [(m.name, m.inside) for m in entities.people(doc)] == [("ميخائيل بوغدانوف", None)]


def test_a_word_with_two_waws_ends_a_name_unless_it_is_a_title():
    assert people("وزار الدوحة حيث التقى الوزير سالم العتيبي ووقعا بروتوكولات تعاون.") == [
        ("سالم العتيبي", "الوزير")]
    assert people("التقى نائب رئيس الوزراء ووزير الخارجية سالم العتيبي.") == [("سالم العتيبي", "وزير الخارجية")]


def test_a_name_stops_before_a_plural_after_and_and_before_met_his_death():
    assert people("التقى الفريق أول سامي الراشد العميد الركن الزاكي كوكو خالد ورجالات الإدارة الأهلية.") == [
        ("سامي الراشد", "الفريق أول"), ("الزاكي كوكو خالد", "العميد الركن")]
    assert people("لقي الفريق أول سامي عمر الراشد مصرعه أمس.") == [("سامي عمر الراشد", "الفريق أول")]


def test_a_quoted_body_ends_a_title_before_a_listed_name():
    assert people('ترأس رئيس المجلس الرئاسي لحكومة "تأسيس" محمد حمدان دقلو، أمس، اجتماعا.') == [
        ("محمد حمدان دقلو", 'رئيس المجلس الرئاسي لحكومة "تأسيس"')]


def test_an_island_governors_title_and_more_given_names():
    assert people("التقى محافظ أرخبيل سقطرى، رأفت الثقلي، أمس الأحد، قائد القوات.") == [
        ("رأفت الثقلي", "محافظ أرخبيل سقطرى")]
    assert people("والتقى عيدروس الزبيدي ورشاد العليمي أمس.") == [("عيدروس الزبيدي", None), ("رشاد العليمي", None)]


def test_a_given_name_is_not_lam_and_a_listed_short_form():
    # "يون" is Yoon Suk Yeol's short form; "ليون" is a given name
    assert people("وقال وزير الدفاع ليون دودونو إن الجيش مستعد.") == [("ليون دودونو", "وزير الدفاع")]


def test_a_quoted_body_before_an_unlisted_name_is_no_name():
    assert people("وقال المتحدث باسم حكومة «طالبان» سامي عمر الراشد إن الوضع هادئ.") == [
        ("سامي عمر الراشد", "المتحدث باسم حكومة «طالبان»")]


def test_xis_surname_alone_needs_a_title_before_it():
    assert people("وقال الرئيس شي إن بلاده مستعدة.") == [("شي", "الرئيس")]
    assert people("لا شي يمنع ذلك.") == []


def test_a_leader_in_a_movement_is_a_title():
    assert people("وقال القيادي في حركة النجباء سامي عمر الراشد إن الفصائل جاهزة.") == [
        ("سامي عمر الراشد", "القيادي في حركة النجباء")]


def test_a_name_stops_before_bi_anna_and_a_rise():
    assert people("وأفاد المتحدث باسم الخارجية لين جيان بأنه لا علم له.") == [("لين جيان", "المتحدث باسم الخارجية")]


def test_the_storys_country_after_a_titles_preposition_goes_on_with_the_title():
    assert people("وحضر اللقاء سفير الجمهورية الإيطالية لدى البلاد لورينزو موريني.") == [
        ("لورينزو موريني", "سفير الجمهورية الإيطالية لدى البلاد")]


def test_a_republic_goes_on_with_a_title():
    assert people("التقى الوزير أمس رئيس جمهورية صوماليلاند عبد الرحمن محمد عبد الله (عرو).") == [
        ("عبد الرحمن محمد عبد الله", "رئيس جمهورية صوماليلاند")]
    assert people("والتقى يونس بك يفكيروف، الزعيم السابق لجمهورية إنغوشيا ذات الغالبية المسلمة.")[1:] == []


def test_sheikh_inside_a_name_is_part_of_it():
    assert people("التقى رئيس الأركان العامة الجنرال زكريا شيخ إبراهيم.") == [
        ("زكريا شيخ إبراهيم", "رئيس الأركان العامة الجنرال")]


def test_a_caretaker_government_is_part_of_a_title():
    assert people("قبل أن ينتقل إلى السراي للقاء رئيس حكومة تصريف الأعمال آنذاك نجيب ميقاتي.") == [
        ("نجيب ميقاتي", "رئيس حكومة تصريف الأعمال آنذاك")]


def test_reports_after_a_title_are_no_name():
    assert people("ونفى متحدث باسم القيادة المركزية تقارير تحدثت عن انسحاب القوات.") == []


def test_forces_named_quwa_in_a_title():
    assert people("وقال المتحدث باسم قوى الأمن الداخلي سامر الحلبي إن الدورية تعرضت لهجوم.") == [
        ("سامر الحلبي", "المتحدث باسم قوى الأمن الداخلي")]


def test_an_addressee_after_a_name_is_not_part_of_it():
    found = people("وصل المفوض برهم صالح إلى المعبر أمس. وقال صالح للصحفيين في المعبر إن الوضع صعب.")
    assert found == [("برهم صالح", "المفوض"), ("برهم صالح", None)]


def test_a_title_of_another_country_is_not_a_listed_persons_role():
    found = people("والتقى الوزير اليوناني صدام حفتر أمس")
    assert found == [("صدام حفتر", None)]


def test_a_plural_noun_with_its_pronoun_after_a_title_is_no_name():
    assert people("ويكثف نائب القائد العام تحركاته الخارجية منذ تعيينه") == []


def test_a_listed_name_with_abd_is_found_joined_or_split():
    doc = analyse("استقبل الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع الوفد")
    assert [(m.name, m.entity_id) for m in entities.people(doc)] == [
        ("خالد بن سلمان بن عبدالعزيز", "khalid_bin_salman")]


def test_a_foreign_given_name_opening_with_waw_is_no_conjunction():
    assert people("ونفى الناطق باسم الحكومة ويلفريد هونغو أن") == [("ويلفريد هونغو", "الناطق باسم الحكومة")]


def test_a_ruling_house_name_after_a_title_is_its_one_bearer_in_the_text():
    doc = analyse("وصل الفريق الركن راشد بن سالم النعيمي إلى المنامة. وبحث الفريق الركن النعيمي التعاون.")
    found = [(m.span(doc)["text"], m.extra.get("short_of")) for m in entities.people(doc)]
    assert ("النعيمي", "راشد بن سالم النعيمي") in found


def test_a_ruling_house_name_borne_by_two_people_of_the_text_is_neither():
    doc = analyse("حضر الحفل الشيخ راشد بن سالم النعيمي والشيخ حمد بن علي النعيمي. وقال الشيخ النعيمي إن الحفل ناجح.")
    assert [m for m in entities.people(doc) if m.span(doc)["text"] == "النعيمي"] == []


def test_a_staff_after_a_name_is_a_group_not_part_of_the_name():
    assert people("حيث التقى السفير برهان كور أوغلو وطاقم الملحقية العسكرية.") == [("برهان كور أوغلو", "السفير")]


def test_an_ordinal_after_a_name_is_not_part_of_it():
    assert people("إذ كان رئيس الجهاز سامي الراشد أول مسؤول يلتقي الرئيس.")[0] == ("سامي الراشد", "رئيس الجهاز")


def test_a_surname_that_is_a_place_name_is_the_person_except_after_a_locative():
    doc = analyse("التقى المبعوث توم براك الوزير. وقال براك إن اللقاء مثمر، فيما وصل الوفد إلى براك الشاطئ.")
    alone = [m.span(doc)["text"] for m in entities.people(doc) if m.extra.get("short_of") == "توم براك"]
    assert alone == ["براك"]


def test_a_rank_may_open_a_name_with_a_word_that_is_also_a_verb():
    assert people("وكان في استقباله اللواء الركن طالب سعيد بارجاش.") == [("طالب سعيد بارجاش", "اللواء الركن")]
    assert people("طالب الوزير سالم الخنبشي بالإفراج عن المعتقلين.") == [("سالم الخنبشي", "الوزير")]


def test_a_second_definite_portfolio_stays_in_the_title():
    assert people("استقبل الوزير، أمس، وزير الخارجية والتعاون الدولي الجيبوتي سامي الراشد، وبحث معه التعاون.") \
        == [("سامي الراشد", "وزير الخارجية والتعاون الدولي الجيبوتي")]


def test_a_facility_noun_heading_a_name_ends_a_persons_name():
    assert people("وتفقد الجنرال سامي الراشد مهبط شابيلي للطائرات المسيرة.") == [("سامي الراشد", "الجنرال")]


# ------------------------------------------------------------------ gazetteer breadth (gaz-13)

def test_a_listed_armed_group_after_a_title_ends_the_title_not_opens_the_name():
    # "منظمة بدر" is the organisation the title governs; "بدر" is no given name here
    got = people("وكان رئيس منظمة بدر سامر الفتلاوي قد التقى بالوفد.")
    assert got == [("سامر الفتلاوي", "رئيس منظمة بدر")]


def test_a_listed_militia_after_a_secretary_general_leaves_the_name_after_it():
    got = people("وقال الأمين العام لحركة عصائب أهل الحق سامر الفتلاوي إن الوضع مستقر.")
    assert got == [("سامر الفتلاوي", "الأمين العام لحركة عصائب أهل الحق")]


def test_a_listed_company_in_quotes_is_no_person():
    got = people("وقال الرئيس التنفيذي لشركة «نفط الهلال» سامر الفتلاوي إن الإنتاج ارتفع.")
    assert got == [("سامر الفتلاوي", "الرئيس التنفيذي لشركة «نفط الهلال»")]


def test_the_kurdistan_democratic_party_is_not_the_american_one():
    doc = analyse("وأعلن الحزب الديمقراطي الكردستاني مقاطعة الجلسة.")
    assert [(o.name, o.entity_id) for o in entities.organisations(doc)] == [("الحزب الديمقراطي الكردستاني", "kdp")]


def test_a_given_name_between_a_title_and_a_listed_full_name_is_his():
    # the gazetteer lists "شهباز شريف"; "محمد" is his given name too, not someone else's
    got = people("وقّع الأمير سامي الراشد ورئيس الوزراء الباكستاني محمد شهباز شريف الاتفاقية.")
    assert ("محمد شهباز شريف", "رئيس الوزراء الباكستاني") in got


def test_a_given_name_closing_an_organisations_name_stays_out_of_the_name_after_it():
    got = people("وكان رئيس منظمة بدر هادي العامري قد التقى الوزير.")
    assert got[0] == ("هادي العامري", "رئيس منظمة بدر")


def test_a_title_before_and_then_a_listed_name_is_someone_elses():
    # "ولي العهد وشهباز شريف": the crown prince and the prime minister, two people
    got = people("ولي العهد وشهباز شريف يوقعان الاتفاقية")
    assert got == [("شهباز شريف", None)]


def test_a_kinship_word_with_a_pronoun_is_the_relative_himself():
    # "لشقيقه" (his brother) folds like "شقيقة" (sister of): the man named is the brother
    doc = analyse("بعد جولات خارجية لشقيقه الفريق أول صدام حفتر في أنقرة.")
    assert [(m.name, m.inside) for m in entities.people(doc)] == [("صدام حفتر", None)]
    doc = analyse("والتقى الوزير نجل المشير خليفة حفتر.")
    assert [(m.name, m.inside) for m in entities.people(doc)] == [("خليفة حفتر", "title")]


def test_a_demonstrative_with_a_preposition_ends_a_name():
    # "تركي" is a given name too; "بهذا المستوى" is no surname
    assert people("في أول لقاء معلن بين مسؤول تركي بهذا المستوى والرجل.") == []


def test_a_name_after_sabaqa_la_is_the_man_named_before():
    doc = analyse("استقبل الفريق أول سامر الفتلاوي الوفد. إذ سبق لسامر أن زار أنقرة.")
    got = entities.people(doc)
    assert len(got) == 2 and got[-1].span(doc)["text"] == "سامر" and got[-1].extra.get("short_of") == "سامر الفتلاوي"


def test_a_title_ending_with_a_region_vouches_for_two_unknown_words_ending_their_phrase():
    # "كوردستان" is the Kurdish press's spelling of the region
    got = people("وتلقى نائب رئيس حكومة إقليم كوردستان قوباد طالباني، الخميس، اتصالاً.")
    assert got == [("قوباد طالباني", "نائب رئيس حكومة إقليم كوردستان")]


def test_a_weak_short_name_joined_by_and_to_a_listed_person_is_his():
    # "الشرع" is also a word (religious law): a listed person joined to it by و vouches for it
    assert [n for n, _ in people("منذ القمة التي جمعت الشرع وبوتين في الكرملين.")] == ["الشرع", "بوتين"]
    assert [n for n, _ in people("وقال بوتين إن الشرع والقانون يمنعان ذلك.")] == ["بوتين"]


def test_a_listed_abu_name_is_found_written_joined_or_apart():
    # (a later mention carries the full name of the first)
    found = [n for n, _ in people("استقبل وزير الدفاع مرهف أبو قصرة الوفد. وقال أبوقصرة إن التعاون مستمر.")]
    assert found == ["مرهف أبو قصرة", "مرهف أبو قصرة"]


def test_a_circumstantial_participle_after_a_name_is_not_part_of_it():
    assert people("(الصورة: الرئيس سامر العلواني مستقبلاً الوفد)") == [("سامر العلواني", "الرئيس")]


def test_a_name_ends_before_the_object_noun_of_a_denial():
    assert people("ونفى المتحدث سامر خليل وجود أي تنسيق.") == [("سامر خليل", "المتحدث")]


def test_wa_ila_is_and_to_not_a_governor():
    # "وإلى" folds like "والي" (a governor): the hamza says it is "and to"
    assert people("وأشار الكاتب إلى التقارب بين البلدين وإلى هبوط طائرتين عسكريتين في المطار.") == []


def test_fal_is_a_name_word_not_a_preposition_with_the_article():
    got = people("ومن المنتظر أن يزور قائد الأركان الفريق سامر فال ولد الراضي مدريد.")
    assert got == [("سامر فال ولد الراضي", "قائد الأركان الفريق")]


def test_a_quoted_word_after_a_vessel_names_the_vessel():
    assert people('وحضر اللقاء قائد الفرقاطة الحربية الإيطالية "ليبرا".') == []


def test_a_name_stops_before_bishan_and_caption_verbs():
    assert people("وأجرى الوزير مباحثات مع نظيرها الكيني بشأن تجديد معاهدة التعاون.") == []
    assert people("الفريق أول سامر زيدان يتابع مجريات التمرين") == [("سامر زيدان", "الفريق أول")]


def test_a_lone_surname_after_a_demonym_needs_its_phrase_to_end():
    assert people("التقى الوزير المالطي كاميلوري، أمس، نظيره.") == [("كاميلوري", "الوزير المالطي")]
    assert people("وقال وزير الخارجية الإيطالي تيانو: إن بلاده مستعدة.") == [("تيانو", "وزير الخارجية الإيطالي")]
    assert people("وقال الرئيس الروسي يلتقي نظيره غدا.") == []
    assert people("احتج السفير الجزائري احتجاجًا، على القرار.") == []


def test_a_quoted_body_of_two_words_ends_the_title():
    got = people("وقال الباحث في معهد «بروكنز ستاد» سامر زيدان إن الوضع خطير.")
    assert got == [("سامر زيدان", "الباحث في معهد «بروكنز ستاد»")]


def test_a_place_that_is_a_given_name_opens_a_name_after_a_title():
    assert people("وقال وزير الداخلية عدن سامر حاجي إن الهجوم فشل.") == [("عدن سامر حاجي", "وزير الداخلية")]
    got = people("وقال نائب الوزير في جوبالاند، عدن سامر حاجي، إن الهجوم فشل.")
    assert got == [("عدن سامر حاجي", "نائب الوزير في جوبالاند")]


def test_a_foreign_title_before_a_rank_is_another_mans():
    got = people("وصل وزير الدفاع المصري الفريق أول سامر زيدان. والتقى الرئيس الكيني الفريق أول زيدان، أمس.")
    assert got[-1] == ("سامر زيدان", "الفريق أول")


def test_a_body_named_after_a_facility_noun_is_the_facility():
    # the camp is named after the body: no party of its own ("معسكر «تركسوم»")
    doc = analyse('تفقد اللواء سالم الورفلي معسكر "تركسوم" جنوب العاصمة.')
    assert [o.name for o in entities.organisations(doc)] == []
    doc = analyse("وأعلنت تركسوم انتهاء الدورة.")
    assert [o.name for o in entities.organisations(doc)] == ["تركسوم"]


def test_cadres_and_staff_are_a_group():
    # Maghrebi press: "إطارات" (cadres) and "مستخدمي" (staff) of a command
    doc = analyse("وعقد القائد لقاء مع إطارات ومستخدمي المديرية الجهوية.")
    assert [g.role for g in entities.groups(doc)] == ["إطارات ومستخدمي المديرية الجهوية"]
