"""Unit tests of service.dates on short sentences written for the tests."""
from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from service import dates
from service.dates import (DateMention, find_dates, find_publication_date, resolve_day_month,
                           resolve_month, resolve_weekday)
from service.text import analyse

FRI = date(2023, 9, 29)      # a Friday
SEEDS = Path("/work/shared/seeds")
GOLD = Path("/work/shared/gold/seeds")


def mentions(text, published=FRI):
    doc = analyse(text, published=published)
    return [(m.span(doc)["text"], m.value, m.kind) for m in find_dates(doc)]


def one(text, published=FRI):
    found = mentions(text, published)
    assert len(found) == 1, found
    return found[0]


# --- resolution helpers -------------------------------------------------------

@pytest.mark.parametrize("weekday,direction,expected", [
    (4, "on_or_before", date(2023, 9, 29)),   # Friday on a Friday: same day
    (4, "before", date(2023, 9, 22)),
    (4, "after", date(2023, 10, 6)),
    (4, "on_or_after", date(2023, 9, 29)),
    (3, "on_or_before", date(2023, 9, 28)),
    (5, "on_or_before", date(2023, 9, 23)),
    (5, "after", date(2023, 9, 30)),
    (1, "before", date(2023, 9, 26)),
])
def test_resolve_weekday(weekday, direction, expected):
    assert resolve_weekday(weekday, FRI, direction) == expected


@pytest.mark.parametrize("month,direction,expected", [
    (6, "before", (2023, 6)), (9, "before", (2022, 9)), (9, "on_or_before", (2023, 9)),
    (10, "on_or_before", (2022, 10)), (10, "after", (2023, 10)), (9, "after", (2024, 9)),
    (3, "current", (2023, 3)),
])
def test_resolve_month(month, direction, expected):
    assert resolve_month(month, FRI, direction) == expected


@pytest.mark.parametrize("day,month,direction,expected", [
    (17, 9, "on_or_before", date(2023, 9, 17)),
    (29, 9, "on_or_before", date(2023, 9, 29)),
    (30, 9, "on_or_before", date(2022, 9, 30)),
    (29, 9, "before", date(2022, 9, 29)),
    (2, 10, "after", date(2023, 10, 2)),
    (20, 9, "after", date(2024, 9, 20)),
    (29, 2, "on_or_before", date(2020, 2, 29)),
    (31, 9, "current", None),
])
def test_resolve_day_month(day, month, direction, expected):
    assert resolve_day_month(day, month, FRI, direction) == expected


# --- absolute dates ---------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value", [
    ("التقى الوزيران في 17 سبتمبر 2023 بالقاهرة.", "17 سبتمبر 2023", "2023-09-17"),
    ("وقع الاتفاق في 17 أيلول/سبتمبر 2023.", "17 أيلول/سبتمبر 2023", "2023-09-17"),
    ("وقع الاتفاق في 17 سبتمبر (أيلول) 2023.", "17 سبتمبر (أيلول) 2023", "2023-09-17"),
    ("عقد المؤتمر يوم 5 شتنبر 2021 بالرباط.", "5 شتنبر 2021", "2021-09-05"),
    ("وصل الوفد في 2 جانفي 2022.", "2 جانفي 2022", "2022-01-02"),
    ("انعقدت القمة في 12 كانون الأول 2019.", "12 كانون الأول 2019", "2019-12-12"),
    ("وقعت الحادثة في 3 تشرين الثاني/نوفمبر 2020.", "3 تشرين الثاني/نوفمبر 2020", "2020-11-03"),
    ("وأعلن في ١٧ سبتمبر ٢٠٢٣ عن الاتفاق.", "١٧ سبتمبر ٢٠٢٣", "2023-09-17"),
    ("وقع الهجوم في 17 سبتمبر من عام 2021.", "17 سبتمبر من عام 2021", "2021-09-17"),
    ("الاجتماع جرى في 2023.9.26 في طرابلس.", "2023.9.26", "2023-09-26"),
    ("الاجتماع جرى في 26/9/2023 في طرابلس.", "26/9/2023", "2023-09-26"),
    ("الاجتماع جرى في 2023-09-26 في طرابلس.", "2023-09-26", "2023-09-26"),
    ("الاجتماع جرى في 2023/09/26 في طرابلس.", "2023/09/26", "2023-09-26"),
    ("الاجتماع جرى في 26.09.2023 في طرابلس.", "26.09.2023", "2023-09-26"),
    ("الاجتماع جرى في 26-09-2023 في طرابلس.", "26-09-2023", "2023-09-26"),
    ("الاجتماع جرى في 09/26/2023 في طرابلس.", "09/26/2023", "2023-09-26"),
    ("وجرى ذلك في ٢٦/٩/٢٠٢٣ مساء.", "٢٦/٩/٢٠٢٣", "2023-09-26"),
    ("وقال البيان الصادر في September 17, 2023 إن", "September 17, 2023", "2023-09-17"),
    ("صدر في 3rd, December 2023 بيان", "3rd, December 2023", "2023-12-03"),
    ("صدر في 3 December 2023 بيان", "3 December 2023", "2023-12-03"),
])
def test_absolute_with_year(text, surface, value):
    assert one(text) == (surface, value, "absolute")


@pytest.mark.parametrize("text,surface,value,published", [
    ("التقى حفتر يفكيروف في 17 سبتمبر/ أيلول الماضي.", "17 سبتمبر/ أيلول الماضي", "2023-09-17", FRI),
    ("التقيا في 5 سبتمبر الماضي.", "5 سبتمبر الماضي", "2022-09-05", date(2023, 9, 2)),
    ("التقيا في 29 سبتمبر الماضي.", "29 سبتمبر الماضي", "2022-09-29", FRI),
    ("التقيا في 3 أغسطس الماضي.", "3 أغسطس الماضي", "2023-08-03", FRI),
    ("التقيا في 20 ديسمبر المنصرم.", "20 ديسمبر المنصرم", "2022-12-20", FRI),
    ("ويعود آخر لقاء إلى 17 سبتمبر الجاري.", "17 سبتمبر الجاري", "2023-09-17", FRI),
    ("ينعقد المؤتمر في 30 سبتمبر الحالي.", "30 سبتمبر الحالي", "2023-09-30", FRI),
    ("يعقد الاجتماع في 5 أكتوبر المقبل.", "5 أكتوبر المقبل", "2023-10-05", FRI),
    ("يعقد الاجتماع في 20 سبتمبر القادم.", "20 سبتمبر القادم", "2024-09-20", FRI),
    ("يعقد الاجتماع في 10 يناير المقبل.", "10 يناير المقبل", "2024-01-10", date(2023, 12, 3)),
    ("التقيا في 17 سبتمبر في بنغازي.", "17 سبتمبر", "2023-09-17", FRI),
    ("التقيا في 29 سبتمبر في بنغازي.", "29 سبتمبر", "2023-09-29", FRI),
    ("التقيا في 30 سبتمبر في بنغازي.", "30 سبتمبر", "2022-09-30", FRI),
    ("التقيا في 2 أكتوبر المقبل في بنغازي.", "2 أكتوبر المقبل", "2023-10-02", FRI),
    ("التقيا في 17 أيلول في دمشق.", "17 أيلول", "2023-09-17", FRI),
    ("التقيا في 17 من الشهر الجاري.", "17 من الشهر الجاري", "2023-09-17", FRI),
    ("التقيا في 17 من الشهر الحالي.", "17 من الشهر الحالي", "2023-09-17", FRI),
    ("التقيا في 5 من الشهر الماضي.", "5 من الشهر الماضي", "2023-08-05", FRI),
    ("يلتقيان في 3 من الشهر المقبل.", "3 من الشهر المقبل", "2023-10-03", FRI),
    ("التقيا في 12 من هذا الشهر.", "12 من هذا الشهر", "2023-09-12", FRI),
    ("التقيا في الـ17 من سبتمبر.", "الـ17 من سبتمبر", "2023-09-17", FRI),
    ("التقيا في الـ17 من شهر سبتمبر.", "الـ17 من شهر سبتمبر", "2023-09-17", FRI),
    ("واحتفلوا بالـ17 من سبتمبر.", "بالـ17 من سبتمبر", "2023-09-17", FRI),
    ("التقيا في 17 سبتمبر من العام الماضي.", "17 سبتمبر من العام الماضي", "2022-09-17", FRI),
    ("التقيا في 17 مارس من هذا العام.", "17 مارس من هذا العام", "2023-03-17", FRI),
])
def test_absolute_resolved(text, surface, value, published):
    assert one(text, published) == (surface, value, "absolute")


@pytest.mark.parametrize("text,expected", [
    # the days of one event: one mention, of their month
    ("التقيا في 17 و18 سبتمبر 2023.", [("17 و18 سبتمبر 2023", "2023-09", "month")]),
    ("في الفترة من 17 إلى 19 سبتمبر.", [("17 إلى 19 سبتمبر", "2023-09", "month")]),
    ("بين 17-18 سبتمبر الماضي.", [("17-18 سبتمبر الماضي", "2023-09", "month")]),
    ("يومي 17 و 18 من الشهر الجاري.", [("17 و 18 من الشهر الجاري", "2023-09", "month")]),
    ("التقيا في 17 سبتمبر الماضي و20 أكتوبر 2022.", [
        ("17 سبتمبر الماضي", "2023-09-17", "absolute"), ("20 أكتوبر 2022", "2022-10-20", "absolute")]),
    ("التقيا في الثالث من سبتمبر.", [("الثالث من سبتمبر", "2023-09-03", "absolute")]),
    ("التقيا في الحادي والعشرين من سبتمبر 2022.", [
        ("الحادي والعشرين من سبتمبر 2022", "2022-09-21", "absolute")]),
    ("التقيا في الأول من شهر أكتوبر الماضي.", [
        ("الأول من شهر أكتوبر الماضي", "2022-10-01", "absolute")]),
    ("التقيا في 29 فبراير.", [("29 فبراير", "2020-02-29", "absolute")]),
])
def test_day_pairs_and_ordinals(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text", [
    "في 30 و31 فبراير",
    "في 31 من الشهر الجاري",
    "الثاني من الأسبوع",
    "في 32 سبتمبر",
])
def test_impossible_days(text):
    assert mentions(text) == []


def test_weekday_before_date_is_one_mention():
    assert one("وصل الوفد الثلاثاء 26 سبتمبر 2023 إلى موسكو.") == (
        "الثلاثاء 26 سبتمبر 2023", "2023-09-26", "absolute")
    assert one("وصل يوم الخميس الموافق 28 سبتمبر إلى موسكو.") == (
        "يوم الخميس الموافق 28 سبتمبر", "2023-09-28", "absolute")


def test_invalid_dates_are_not_dates():
    assert mentions("في 31 فبراير 2023 حدث شيء") == []
    assert mentions("الرقم 2023.13.45 ليس تاريخا") == []
    assert mentions("الرقم 45/13/2023 ليس تاريخا") == []


def test_absolute_without_publication_date():
    assert one("التقيا في 17 سبتمبر 2023.", None) == ("17 سبتمبر 2023", "2023-09-17", "absolute")
    assert one("التقيا في 17 سبتمبر الماضي.", None) == ("17 سبتمبر الماضي", None, "absolute")
    assert one("التقيا في 17 من الشهر الجاري.", None)[1] is None


# --- months ------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,published", [
    ("استقبلت موسكو حفتر في نوفمبر/ تشرين الثاني 2018.", "نوفمبر/ تشرين الثاني 2018", "2018-11", FRI),
    ("وزار موسكو في يونيو/حزيران الماضي.", "يونيو/حزيران الماضي", "2016-06", date(2016, 11, 29)),
    ("وأعلنت في مارس/ آذار الماضي فتح سفارتها.", "مارس/ آذار الماضي", "2023-03", date(2023, 8, 25)),
    ("رحل في أغسطس/ آب الماضي.", "أغسطس/ آب الماضي", "2023-08", date(2023, 12, 3)),
    ("ويزور موسكو في أكتوبر القادم.", "أكتوبر القادم", "2023-10", FRI),
    ("ويزور موسكو في سبتمبر المقبل.", "سبتمبر المقبل", "2024-09", FRI),
    ("وزار موسكو في سبتمبر الماضي.", "سبتمبر الماضي", "2022-09", FRI),
    ("ويجري ذلك في سبتمبر الجاري.", "سبتمبر الجاري", "2023-09", FRI),
    ("وزار موسكو في مارس.", "مارس", "2023-03", FRI),
    ("وزار موسكو في نوفمبر.", "نوفمبر", "2022-11", FRI),
    ("وزار موسكو خلال شهر يوليو.", "شهر يوليو", "2023-07", FRI),
    ("وزار موسكو منتصف أيار.", "أيار", "2023-05", FRI),
    ("وزار موسكو في آب 2022.", "آب 2022", "2022-08", FRI),
    ("وزار موسكو في أوت 2022.", "أوت 2022", "2022-08", FRI),
    ("وزار موسكو في تموز/يوليو 2021.", "تموز/يوليو 2021", "2021-07", FRI),
    ("ثم زارها وفبراير/ شباط 2020.", "فبراير/ شباط 2020", "2020-02", FRI),
    ("وزارها وبشهر يونيو 2020.", "شهر يونيو 2020", "2020-06", FRI),
    ("وزارها وفي شهر يونيو الماضي.", "شهر يونيو الماضي", "2023-06", FRI),
    ("وزار موسكو الشهر الماضي.", "الشهر الماضي", "2023-08", FRI),
    ("ويزور موسكو الشهر الجاري.", "الشهر الجاري", "2023-09", FRI),
    ("ويزور موسكو الشهر الحالي.", "الشهر الحالي", "2023-09", FRI),
    ("وفي الشهر ذاته زار موسكو.", "الشهر ذاته", "2023-09", FRI),
    ("وفي الشهر نفسه زار موسكو.", "الشهر نفسه", "2023-09", FRI),
    ("ويزور موسكو الشهر المقبل.", "الشهر المقبل", "2023-10", FRI),
    ("ويزور موسكو الشهر المقبل.", "الشهر المقبل", "2024-01", date(2023, 12, 3)),
    ("وزار موسكو الشهر الماضي.", "الشهر الماضي", "2022-12", date(2023, 1, 10)),
    ("ويزور موسكو هذا الشهر.", "هذا الشهر", "2023-09", FRI),
    ("ويتوجه إلى بروكسل في دجمبر المقبل.", "دجمبر المقبل", "2023-12", FRI),    # the Mauritanian press
    ("وزار نواكشوط في أغشت 2022.", "أغشت 2022", "2022-08", FRI),
])
def test_months(text, surface, value, published):
    assert one(text, published) == (surface, value, "month")


@pytest.mark.parametrize("text", [
    "مارس الرئيس ضغوطا كبيرة على الحكومة.",
    "ومارس الجيش دوره في حماية المدينة.",
    "قال الأب إن ابنه في آب المدرسة.",
    "في اب العائلة كلمة.",
    "وقال إن may be هذا صحيح",
])
def test_not_months(text):
    assert mentions(text) == []


def test_month_without_publication_date():
    assert one("زار موسكو في يونيو الماضي.", None) == ("يونيو الماضي", None, "month")
    assert one("زار موسكو في يونيو 2019.", None) == ("يونيو 2019", "2019-06", "month")


# --- years -------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("تنامت العلاقات منذ عام 2017.", [("عام 2017", "2017", "year")]),
    ("وقع ذلك في 2020 بعد الحرب.", [("2020", "2020", "year")]),
    ("هو الأول منذ 2019.", [("2019", "2019", "year")]),
    ("ودعمته خلال عامي 2019 و2020.", [("عامي 2019", "2019", "year"), ("2020", "2020", "year")]),
    ("وفي العام 2015 تغير الوضع.", [("العام 2015", "2015", "year")]),
    ("وفي سنة 2010 تغير الوضع.", [("سنة 2010", "2010", "year")]),
    ("وزار موسكو العام الماضي.", [("العام الماضي", "2022", "year")]),
    ("وسيزورها العام المقبل.", [("العام المقبل", "2024", "year")]),
    ("وزارها العام الجاري مرتين.", [("العام الجاري", "2023", "year")]),
    ("وزارها العام الحالي مرتين.", [("العام الحالي", "2023", "year")]),
    ("وزارها هذا العام مرتين.", [("هذا العام", "2023", "year")]),
    ("وزارها في العام نفسه.", [("العام نفسه", "2023", "year")]),
])
def test_years(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text", [
    "نشرت روسيا 1200 من عناصرها في ليبيا.",
    "وآمر الكتيبة 166 مشاة العقيد أيوب.",
    "عضو اللجنة العسكرية المشتركة 5+5 الفريق خيري.",
    "وشارك في 2000 من الطلعات الجوية.",
    "منذ 2000 عام تقريبا.",
    "وقع ذلك في 1850 تقريبا.",
    "الرقم 2019 هو رقم اللوحة.",
    "معرض الجيش-2023 في موسكو.",
    "يبعد المكان 450 كلم شرق طرابلس.",
])
def test_numbers_that_are_not_dates(text):
    assert mentions(text) == []


# --- relative days -------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value", [
    ("وصل الوفد أمس إلى موسكو.", "أمس", "2023-09-28"),
    ("وصل الوفد وأمس أعلن البيان.", "أمس", "2023-09-28"),
    ("وصل الوفد أول أمس إلى موسكو.", "أول أمس", "2023-09-27"),
    ("وصل الوفد أول من أمس إلى موسكو.", "أول من أمس", "2023-09-27"),
    ("وصل الوفد البارحة إلى موسكو.", "البارحة", "2023-09-28"),
    ("يصل الوفد اليوم إلى موسكو.", "اليوم", "2023-09-29"),
    ("يصل الوفد الليلة إلى موسكو.", "الليلة", "2023-09-29"),
    ("يصل الوفد غدا إلى موسكو.", "غدا", "2023-09-30"),
    ("يصل الوفد غداً إلى موسكو.", "غداً", "2023-09-30"),
    ("يصل الوفد بعد غد إلى موسكو.", "بعد غد", "2023-10-01"),
    ("وأعلن الحساب أمس الخميس وصول الوفد.", "أمس الخميس", "2023-09-28"),
    ("وأعلن الحساب أمس  الخميس وصول الوفد.", "أمس  الخميس", "2023-09-28"),
    # the weekday disagrees with أمس: the weekday rule wins, one mention
    ("وأعلن الحساب أمس الأربعاء وصول الوفد.", "أمس الأربعاء", "2023-09-27"),
    ("ويلتقي الطرفان اليوم الجمعة.", "اليوم الجمعة", "2023-09-29"),
    ("ويلتقي الطرفان غدا السبت.", "غدا السبت", "2023-09-30"),
    ("وصل الوفد أمسِ إلى موسكو.", "أمسِ", "2023-09-28"),
    ("وصل الوفد أمس الأول إلى موسكو.", "أمس الأول", "2023-09-27"),
    ("وقال مساء اليوم إن الوفد وصل.", "اليوم", "2023-09-29"),
])
def test_relative_days(text, surface, value):
    assert one(text) == (surface, value, "relative")


def test_days_counted_from_an_earlier_date_are_left_to_the_reader():
    # "اليوم التالي" is the day after a date said before: find_dates marks it, the
    # meetings reader counts it from that date (see test_meetings)
    assert one("وفي اليوم التالي غادر الوفد.") == ("اليوم التالي", None, "next_day")
    assert one("وفي اليوم ذاته غادر الوفد.") == ("اليوم ذاته", None, "same_day")


@pytest.mark.parametrize("text", [
    "وفي ذلك اليوم غادر الوفد.",
    "وقالت صحيفة اليوم السابع إن الوفد وصل.",
    "أقيمت أمسية شعرية في المدينة.",
    "وحل في المركز الخامس من السباق.",
    "أمسك الحارس الكرة.",
])
def test_not_relative_days(text):
    assert mentions(text) == []


def test_relative_without_publication_date():
    assert one("وصل الوفد أمس.", None) == ("أمس", None, "relative")
    assert one("وصل الوفد أمس الخميس.", None) == ("أمس الخميس", None, "relative")


# --- weekdays ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value", [
    ("التقى الوزير، الخميس، نظيره الروسي.", "الخميس", "2023-09-28"),
    ("التقى الوزير الجمعة نظيره الروسي.", "الجمعة", "2023-09-29"),
    ("التقى الوزير يوم الثلاثاء نظيره.", "يوم الثلاثاء", "2023-09-26"),
    ("في بيان الثلاثاء الماضي قال المسماري.", "الثلاثاء الماضي", "2023-09-26"),
    ("وصل الجمعة الماضية إلى موسكو.", "الجمعة الماضية", "2023-09-22"),
    ("يصل السبت المقبل إلى موسكو.", "السبت المقبل", "2023-09-30"),
    ("يصل السبت القادم إلى موسكو.", "السبت القادم", "2023-09-30"),
    ("يصل الجمعة المقبلة إلى موسكو.", "الجمعة المقبلة", "2023-10-06"),
    ("والثلاثاء، وصل وفد روسي.", "الثلاثاء", "2023-09-26"),
    ("وقال إن الاجتماع عقد بالخميس.", "الخميس", "2023-09-28"),
    ("والتقى الإثنين مسؤولين روسا.", "الإثنين", "2023-09-25"),
    ("ووصل، الأحد، إلى موسكو.", "الأحد", "2023-09-24"),
    ("وحضر صلاة الجمعة في المسجد.", "الجمعة", "2023-09-29"),
    ("التقى الوزير الأربعاء نظيره.", "الأربعاء", "2023-09-27"),
    ("ووصل يوم جمعة إلى موسكو.", "يوم جمعة", "2023-09-29"),
])
def test_weekdays(text, surface, value):
    assert one(text) == (surface, value, "weekday")


def test_weekday_on_the_publication_day_is_that_day():
    tue = date(2016, 11, 29)
    assert one("التقى لافروف، الثلاثاء، حفتر.", tue) == ("الثلاثاء", "2016-11-29", "weekday")
    assert one("التقى لافروف الثلاثاء الماضي حفتر.", tue) == ("الثلاثاء الماضي", "2016-11-22", "weekday")
    assert one("يلتقي لافروف الثلاثاء المقبل حفتر.", tue) == ("الثلاثاء المقبل", "2016-12-06", "weekday")


@pytest.mark.parametrize("text", [
    "وقال أحد المسؤولين إن الوضع مستقر.",
    "واتفق الاثنين معا على التعاون.",
    "وجرى الحوار بين الاثنين في القاهرة.",
    "وحضر الأحد عشر لاعبا.",
    "وقال جمعة إن الوضع مستقر.",
    "التقى خميس الجهيناوي بالوفد.",
    "اندلعت اشتباكات في منطقة سوق الجمعة بطرابلس.",
    "ووصل الرتل إلى سوق الخميس جنوب العاصمة.",
    "وقرأ الإمام سورة الجمعة.",
])
def test_not_weekdays(text):
    assert mentions(text) == []


def test_weekday_without_publication_date():
    assert one("التقى الوزير، الخميس، نظيره.", None) == ("الخميس", None, "weekday")


# --- several mentions, order, overlap, spans ------------------------------------------------

def test_many_mentions_sorted_and_disjoint():
    text = ("التقى حفتر، الخميس، يفكيروف في بنغازي، بعد لقائهما في 17 سبتمبر الماضي، "
            "وكان قد زار موسكو عام 2019 ثم في يونيو/حزيران 2020، ويعود إليها الشهر المقبل.")
    found = mentions(text)
    assert found == [
        ("الخميس", "2023-09-28", "weekday"),
        ("17 سبتمبر الماضي", "2023-09-17", "absolute"),
        ("عام 2019", "2019", "year"),
        ("يونيو/حزيران 2020", "2020-06", "month"),
        ("الشهر المقبل", "2023-10", "month"),
    ]
    doc = analyse(text, published=FRI)
    ms = find_dates(doc)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


def test_mention_is_frozen_and_uses_norm_offsets():
    text = "وصل الوفدُ أمسِ الخميسَ إلى موسكو"
    doc = analyse(text, published=FRI)
    [m] = find_dates(doc)
    assert isinstance(m, DateMention)
    assert doc.norm[m.start:m.end] == "امس الخميس"
    span = m.span(doc)
    assert text[span["start"]:span["end"]] == span["text"] == "أمسِ الخميسَ"
    with pytest.raises(AttributeError):
        m.value = "x"


def test_no_dates():
    assert mentions("قال المسؤول إن التعاون مستمر بين البلدين.") == []
    assert mentions("") == []


# --- publication date ---------------------------------------------------------------------

TITLE = "حفتر يلتقي مسؤولا روسيا في بنغازي"
BODY = ("التقى اللواء المتقاعد خليفة حفتر نائب وزير الدفاع الروسي في بنغازي، "
        "بعد لقاء سابق جمعهما في 17 سبتمبر 2023 على هامش عمليات الإنقاذ في درنة.")


@pytest.mark.parametrize("header,expected", [
    ("25 اغسطس 2023", date(2023, 8, 25)),
    ("الثلاثاء 29 نوفمبر 2016 11:11 ص", date(2016, 11, 29)),
    ("29-سبتمبر-2023", date(2023, 9, 29)),
    ("تاريخ النشر: 3rd, December 2023 GMT", date(2023, 12, 3)),
    ("2023-09-29", date(2023, 9, 29)),
    ("2023/09/29", date(2023, 9, 29)),
    ("29/09/2023", date(2023, 9, 29)),
    ("29.09.2023", date(2023, 9, 29)),
    ("29 أيلول 2023", date(2023, 9, 29)),
    ("29 أيلول/سبتمبر 2023", date(2023, 9, 29)),
    ("29 سبتمبر/أيلول 2023", date(2023, 9, 29)),
    ("September 29, 2023", date(2023, 9, 29)),
    ("نشر في: 29 سبتمبر 2023 - 10:30", date(2023, 9, 29)),
    ("نشر في : الجمعة 29 سبتمبر 2023 الساعة 10:30", date(2023, 9, 29)),
    ("آخر تحديث: 30 سبتمبر 2023", date(2023, 9, 30)),
    ("٢٩ سبتمبر ٢٠٢٣", date(2023, 9, 29)),
    ("الجمعة ٢٩/٠٩/٢٠٢٣ - ١٠:٣٠ م", date(2023, 9, 29)),
    ("بقلم محمد علي - 29 سبتمبر 2023", date(2023, 9, 29)),
    ("29 شتنبر 2023 - 10:30 بتوقيت مكة المكرمة", date(2023, 9, 29)),
    ("نشر بتاريخ 2023/09/29", date(2023, 9, 29)),
    ("Published on September 29, 2023", date(2023, 9, 29)),
    ("الجمعة 29 تشرين الأول 2023", date(2023, 10, 29)),
    ("29 تشرين الثاني/نوفمبر 2023 - 12:45", date(2023, 11, 29)),
])
def test_publication_header_formats(header, expected):
    assert find_publication_date(f"{TITLE}\n\n{header}\n\n{BODY}\n") == expected
    assert find_publication_date(f"{header}\n{TITLE}\n{BODY}") == expected


def test_publication_prefers_published_over_updated():
    text = f"{TITLE}\nآخر تحديث: 30 سبتمبر 2023\nنشر في: 29 سبتمبر 2023\n{BODY}"
    assert find_publication_date(text) == date(2023, 9, 29)


def test_publication_and_update_on_one_line():
    both = "نشر في: 29 سبتمبر 2023 | آخر تحديث: 30 سبتمبر 2023"
    assert find_publication_date(f"{TITLE}\n{both}\n{BODY}") == date(2023, 9, 29)
    both = "آخر تحديث: 30 سبتمبر 2023 | نشر في: 29 سبتمبر 2023"
    assert find_publication_date(f"{TITLE}\n{both}\n{BODY}") == date(2023, 9, 29)
    both = "الجمعة 29 سبتمبر 2023 | آخر تحديث: السبت 30 سبتمبر 2023 - 12:00"
    assert find_publication_date(f"{TITLE}\n{both}\n{BODY}") == date(2023, 9, 29)


def test_publication_cue_inside_a_sentence_is_not_a_header():
    text = f"{TITLE}\n{BODY} وقال المتحدث إن الجيش نشر في 17 سبتمبر 2023 قوات إضافية في المدينة."
    assert find_publication_date(text) is None


def test_publication_date_at_start_of_dateline():
    text = f"{TITLE}\nموسكو - 29 سبتمبر 2023 - {BODY}"
    assert find_publication_date(text) == date(2023, 9, 29)


def test_publication_ignores_body_dates():
    assert find_publication_date(f"{TITLE}\n{BODY}") is None
    assert find_publication_date(f"{TITLE}\nفي 17 سبتمبر 2023 {BODY}") is None
    assert find_publication_date(f"{TITLE}\nوقال إن لقاء 17 سبتمبر 2023 كان مثمرا.") is None
    assert find_publication_date(f"{TITLE} منذ 2019\n{BODY}") is None
    assert find_publication_date(f"{TITLE}\nنشر الجيش في 17 سبتمبر 2023 قوات في المدينة الشرقية.") is None
    assert find_publication_date("") is None


def test_publication_date_only_line_after_the_header():
    lines = [TITLE] + [BODY] * 9 + ["29 سبتمبر 2023"]
    assert find_publication_date("\n".join(lines)) == date(2023, 9, 29)


def test_publication_stops_at_related_articles():
    lines = [TITLE, BODY, "اقرأ أيضاً", "29 سبتمبر 2023"]
    assert find_publication_date("\n".join(lines)) is None


def _seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        gold = json.loads((GOLD / (path.stem + ".json")).read_text(encoding="utf-8"))
        yield pytest.param(path, gold["published"], id=path.stem[:3])


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not available")
@pytest.mark.parametrize("path,published", list(_seeds()) if SEEDS.exists() else [])
def test_seed_publication_dates(path, published):
    found = find_publication_date(path.read_text(encoding="utf-8"))
    if path.stem.startswith("003"):
        assert found is None          # no date line in its header
    else:
        assert found == date.fromisoformat(published)


# --- robustness ---------------------------------------------------------------------------

@pytest.mark.parametrize("chunk", [
    "1/", "1.", "17 ", "في ", "عام ", "الـ1", "17 سبتمبر/", "سبتمبر/ ", "أمس ", "2023-", "٢",
    "يوم ", "الشهر ", "و", "  ", "/-.", "29/09/2023 ", "نشر في 29 سبتمبر 2023 ", "الخميس 1 مايو 2023 ",
])
def test_pathological_input_is_fast(chunk):
    text = chunk * (20000 // len(chunk))
    doc = analyse(text, published=FRI)
    t0 = time.perf_counter()
    find_dates(doc)
    find_publication_date(text)
    assert time.perf_counter() - t0 < 1.0


def test_article_is_fast():
    text = ("\n".join([TITLE, "29 سبتمبر 2023", BODY * 3]) + "\n") * 8
    doc = analyse(text, published=FRI)
    find_dates(doc)
    t0 = time.perf_counter()
    for _ in range(20):
        find_dates(doc)
    assert (time.perf_counter() - t0) / 20 < 0.02


def test_calendar_data_is_consistent():
    assert set(dates.MONTHS.values()) == set(range(1, 13))
    assert set(dates.WEEKDAYS.values()) == set(range(7))


# --- tense of the clause ------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value", [
    # FRI is Friday 2023-09-29: a future clause takes the next such day
    ("ومن المقرر أن يصل الوزير الأربعاء إلى القاهرة.", "الأربعاء", "2023-10-04"),
    ("وسيلتقي الرئيس نظيره الخميس في أنقرة.", "الخميس", "2023-10-05"),
    ("ويعتزم الوفد زيارة العاصمة يوم الاثنين.", "يوم الاثنين", "2023-10-02"),
    ("وستعقد القمة في 5 أكتوبر بالرياض.", "5 أكتوبر", "2023-10-05"),
    ("سوف يزور الوزير موسكو في نوفمبر.", "نوفمبر", "2023-11"),
    # the feminine of a future adjective ("القمة المقررة")
    ("ويشارك الوزير في القمة المقررة في 5 أكتوبر بموسكو.", "5 أكتوبر", "2023-10-05"),
    # the publication day itself stays that day
    ("وسيلتقي الرئيس نظيره الجمعة.", "الجمعة", "2023-09-29"),
    # a past marker nearer the date wins
    ("وسيزور الوزير موسكو بعد أن التقى الأربعاء نظيره.", "الأربعاء", "2023-09-27"),
    ("قال إنه سيزور أنقرة، وكان قد التقى الخميس نظيره.", "الخميس", "2023-09-28"),
    # a future clause in another sentence does not count
    ("وسيزور الوزير أنقرة. والتقى الخميس نظيره.", "الخميس", "2023-09-28"),
    # no future word: the last such day
    ("والتقى الوزير في 5 أكتوبر نظيره.", "5 أكتوبر", "2022-10-05"),
])
def test_future_clause_resolves_forward(text, surface, value):
    assert one(text)[:2] == (surface, value)


def test_token_scan_finds_what_the_full_scan_finds():
    """find_dates tries the scan only at tokens that may open a date: the same mentions
    as scanning every position, on text made of the date vocabulary and noise."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = (list(dates.MONTHS) + list(dates.WEEKDAYS) + list(dates.ORDINAL_DAYS)
             + "امس اليوم غدا بعد قبل الشهر العام في منذ يوم عام الماضي المقبل الموافق من الى "
               "و ف ب ال لل بال 17 2023 9 26/9/2023 2023-09-26 _ ـ".split())
    pieces = st.sampled_from(words) | st.text(max_size=3)
    seps = st.sampled_from([" ", "  ", "، ", "\n", "-", "/", "", ".", " و"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(["", "و", "ب", "وب", "ف"]), pieces, seps), max_size=25))
    def check(parts):
        text = "".join(p + w + s for p, w, s in parts)
        doc = analyse(text, published=FRI)
        assert dates._scan(doc.norm, FRI, doc.tokens) == dates._scan(doc.norm, FRI)

    check()


@pytest.mark.parametrize("text,published,surface,value", [
    # FRI 2023-09-29: last week is in September whichever day a week starts on
    ("زار الوفد نجامينا الأسبوع الماضي.", FRI, "الأسبوع الماضي", "2023-09"),
    ("يزور الوفد موسكو الأسبوع المقبل.", date(2025, 2, 26), "الأسبوع المقبل", "2025-03"),
    # a week across two months: the year only
    ("وقال إن الوفد وصل هذا الأسبوع.", date(2025, 3, 1), "هذا الأسبوع", "2025"),
    ("والتقى الوزير نظيره الأسبوع الجاري.", None, "الأسبوع الجاري", None),
])
def test_relative_weeks(text, published, surface, value):
    assert one(text, published) == (surface, value, "week")


def test_week_month_by_most_conventions_and_its_start_or_end():
    # Wednesday 2025-05-21: next week is in May if it starts on Saturday or Sunday,
    # runs into June if it starts on Monday: May by two of three
    assert mentions("يزور الوفد الدوحة الأسبوع المقبل.", date(2025, 5, 21)) == [
        ("الأسبوع المقبل", "2025-05", "week")]
    # Wednesday 2025-06-11: last week starts May 31 (Sat), June 1 (Sun) or June 2 (Mon)
    assert mentions("التقى الوزير نظيره الأسبوع الماضي.", date(2025, 6, 11)) == [
        ("الأسبوع الماضي", "2025-06", "week")]
    # Thursday 2025-07-24: next week runs into August under every convention, but its
    # first three days are in July under all three
    assert mentions("يزور الوفد الدوحة الأسبوع المقبل.", date(2025, 7, 24)) == [
        ("الأسبوع المقبل", "2025", "week")]
    assert mentions("يزور الوفد الدوحة مطلع الأسبوع المقبل.", date(2025, 7, 24)) == [
        ("الأسبوع المقبل", "2025-07", "week")]


@pytest.mark.parametrize("text, value", [
    ("يوم الأحد 15 رمضان 1446هـ الموافق 16 مارس 2025م", "2025-03-16"),   # the Gregorian date wins
    ("في 15 رمضان 1446 هـ", "2025-03-15"),
    ("في الخامس عشر من شهر رمضان", "2025-03-15"),                       # no year: on or before publication
    ("وصل في 1 محرم 1447هـ", "2025-06-27"),                              # tabular: a day off Umm al-Qura (26 June)
])
def test_hijri_dates(text, value):
    doc = analyse(text, date(2025, 10, 23))
    assert [m.value for m in dates.find_dates(doc)] == [value]


def test_hijri_conversion_known_days():
    assert dates.hijri_to_gregorian(1446, 9, 1) == date(2025, 3, 1)
    assert dates.hijri_to_gregorian(1445, 9, 1) == date(2024, 3, 11)


def test_a_dateline_with_an_agency_opening_the_lead_is_the_publication_date():
    text = "العنوان\n\nالخرطوم 3 مارس 2025 (سونا) - استقبل رئيس مجلس السيادة اليوم الاثنين وفدا كبيرا من رجال الأعمال"
    assert dates.find_publication_date(text) == date(2025, 3, 3)
    assert dates.find_publication_date("العنوان\nقال الوزير إن اجتماع 18 مايو 2025 - كان مهما وأن المباحثات جرت") is None


def test_an_ordinal_day_of_this_or_last_month():
    from service.text import analyse
    doc = analyse("التقى الرئيس في السادس من الشهر الجاري الوزير، وفي العاشر من الشهر الماضي السفير.",
                  published=date(2025, 2, 19))
    assert [d.value for d in find_dates(doc)] == ["2025-02-06", "2025-01-10"]


@pytest.mark.parametrize("text", ["وفد حركة 23 مارس في الدوحة", "في ذكرى ثورة 25 يناير", "في شارع 26 يوليو"])
def test_a_day_and_month_naming_a_movement_or_street_is_no_date(text):
    assert mentions(text) == []


def test_a_day_and_month_with_its_year_after_a_naming_word_is_still_a_date():
    assert mentions("منذ ثورة 25 يناير 2011") == [("25 يناير 2011", "2011-01-25", "absolute")]


def test_two_days_of_one_event_are_one_mention_of_their_month():
    from service.text import analyse
    doc = analyse("أجرى الوزير محادثات مع نظيره يومي 9 و10 أكتوبر في العاصمة.", date(2025, 11, 30))
    assert [(doc.norm[m.start:m.end], m.value) for m in find_dates(doc)] == [("9 و10 اكتوبر", "2025-10")]
