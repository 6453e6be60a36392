"""Sanity checks for the gazetteer data files in service/data (stdlib only)."""
import json
import re
import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "service" / "data"
CC = re.compile(r"^[A-Z]{2}$")

FILES = {
    "persons.jsonl": {"min": 200, "required": ["id", "canonical", "country", "names", "short", "role", "source"]},
    "places.jsonl": {"min": 350, "required": ["id", "canonical", "kind", "country", "lat", "lon", "names", "demonyms", "source"]},
    "orgs.jsonl": {"min": 200, "required": ["id", "canonical", "kind", "country", "names", "source"]},
}
PLACE_KINDS = {"country", "city", "capital", "region", "province"}
ORG_KINDS = {"armed_group", "military", "ministry", "government", "media", "international",
             "party", "company", "parliament", "agency"}


def load(name):
    rows = []
    with (DATA / name).open(encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("//"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported by assert
                pytest.fail(f"{name}:{no}: {exc}")
    return rows


def fold(s):
    """A rough copy of the matcher's folding, enough to catch duplicates."""
    s = "".join(c for c in unicodedata.normalize("NFC", s) if not unicodedata.combining(c) and c != "\u0640")
    s = s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}))
    return " ".join(s.casefold().split())


@pytest.mark.parametrize("name", sorted(FILES))
def test_file_parses_and_has_fields(name):
    rows = load(name)
    spec = FILES[name]
    assert len(rows) >= spec["min"], f"{name}: {len(rows)} < {spec['min']}"
    for r in rows:
        for f in spec["required"]:
            assert f in r, f"{name}: {r.get('id')} lacks {f}"
        assert isinstance(r["names"], list) and r["names"], f"{name}: {r['id']} has no names"
        for n in r["names"] + r.get("short", []) + r.get("demonyms", []):
            assert isinstance(n, str) and n.strip() == n and n, f"{name}: {r['id']} bad name {n!r}"
            assert n[:1] not in "وبل" or not fold(n[1:]) in {fold(m) for m in r["names"]}, \
                f"{name}: {r['id']} lists a proclitic variant {n!r}"


@pytest.mark.parametrize("name", sorted(FILES))
def test_ids_unique(name):
    ids = [r["id"] for r in load(name)]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    assert not dup, f"{name}: duplicate ids {dup}"
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids)


@pytest.mark.parametrize("name", sorted(FILES))
def test_country_codes(name):
    for r in load(name):
        cc = r["country"]
        if name == "orgs.jsonl" and cc == "":
            continue  # supranational body (UN, EU, NATO ...)
        else:
            assert CC.match(cc), f"{name}: {r['id']} country {cc!r}"


def test_places_coordinates_and_kinds():
    for r in load("places.jsonl"):
        assert r["kind"] in PLACE_KINDS, r["id"]
        assert isinstance(r["lat"], (int, float)) and -90 <= r["lat"] <= 90, r["id"]
        assert isinstance(r["lon"], (int, float)) and -180 <= r["lon"] <= 180, r["id"]
        if r["kind"] != "country":
            assert r["demonyms"] == [] or isinstance(r["demonyms"], list)


def test_libyan_places_are_in_libya():
    for r in load("places.jsonl"):
        if r["country"] == "LY":
            assert 19 <= r["lat"] <= 34 and 9 <= r["lon"] <= 26, r["id"]


def test_org_kinds():
    for r in load("orgs.jsonl"):
        assert r["kind"] in ORG_KINDS, r["id"]


def test_person_names_not_shared():
    seen = {}
    for r in load("persons.jsonl"):
        for n in r["names"] + r["short"]:
            k = fold(n)
            assert seen.get(k, r["id"]) == r["id"], f"{n!r} under {seen[k]} and {r['id']}"
            seen[k] = r["id"]


def test_countries_have_demonyms():
    rows = [r for r in load("places.jsonl") if r["kind"] == "country"]
    assert len(rows) >= 100
    for code in ("LY", "RU", "US", "SD", "TR", "EG", "FR"):
        (r,) = [r for r in rows if r["country"] == code]
        assert len(r["demonyms"]) >= 4, code


def test_person_names_hold_no_titles():
    # "السلطان هيثم" would swallow the title of "السلطان هيثم بن طارق" and hide his name
    titles = json.loads((DATA / "titles.json").read_text(encoding="utf-8"))
    words = {w for key in ("offices", "ranks", "honorifics", "styles") for w in titles[key] if " " not in w}
    words = {w if w.startswith("ال") else "ال" + w for w in words}   # ("عقيلة صالح", "أمير عبد اللهيان" are names)
    bad = [(e["id"], n) for e in load("persons.jsonl") for n in e["names"] + e["short"] if n.split()[0] in words]
    assert not bad, bad
