"""The seeded corpus: GET /v1/corpus, /v1/corpus/{id}, /v1/corpus/{id}/extraction."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def test_list(client, seed_index, seed_bytes):
    resp = client.get("/v1/corpus")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["count"] == len(body["articles"]) == len(seed_index) == 5
    for entry, article in zip(seed_index, body["articles"]):
        assert article == {
            "id": entry["id"], "original_id": entry["original_id"], "title": entry["title"],
            "published": entry["published"], "outlet": entry["outlet"],
            "characters": len(seed_bytes[entry["id"]].decode("utf-8"))}


def test_ids_are_readable_and_stable(client):
    ids = [a["id"] for a in client.get("/v1/corpus").get_json()["articles"]]
    assert len(set(ids)) == len(ids)
    for article_id in ids:
        assert article_id == article_id.lower() and " " not in article_id
        assert article_id[:10].count("-") == 2  # starts with the publication date
    assert "2023-08-25-yevkurov-meets-haftar-in-benghazi" in ids


def test_article_text_is_the_seed_file_byte_for_byte(client, seed_index, seed_bytes):
    for entry in seed_index:
        resp = client.get(f"/v1/corpus/{entry['id']}")
        assert resp.status_code == 200
        body = json.loads(resp.get_data())
        assert body["text"].encode("utf-8") == seed_bytes[entry["id"]]
        assert body["characters"] == len(body["text"])
        assert (body["id"], body["title"], body["published"], body["outlet"]) == (
            entry["id"], entry["title"], entry["published"], entry["outlet"])


def test_original_ids_are_aliases(client, seed_index):
    for entry in seed_index:
        by_slug = client.get(f"/v1/corpus/{entry['id']}").get_json()
        by_original = client.get(f"/v1/corpus/{entry['original_id']}").get_json()
        assert by_original == by_slug
        assert by_original["id"] == entry["id"]


def test_reference_records_resolve_every_entity(client, seed_index):
    """No '@key' survives: every name is an explicit, non-empty alias list."""
    def alias_sets(ref):
        for m in ref["meetings"]:
            yield from m["participants"]
            if m["location"]:
                yield m["location"]
        for s in ref["military_sites"]:
            yield s["name"]
            yield from s["forces"]
        for c in ref["claims"]:
            yield c["source"]

    for entry in seed_index:
        ref = client.get(f"/v1/corpus/{entry['id']}").get_json()["reference"]
        assert ref["meetings"] and ref["claims"]
        for alias_set in alias_sets(ref):
            assert alias_set["aliases"]
            assert not any(a.startswith("@") for a in alias_set["aliases"])


def test_reference_records_match_the_shared_gold(client):
    """Spot check against the shared gold file, resolved by hand."""
    ref = client.get("/v1/corpus/000_33e06f42fd296295").get_json()["reference"]
    first = ref["meetings"][0]
    assert first["date"] == "2023-08-24" and first["optional"] is False
    assert first["participants"][1]["entities"] == ["haftar"]
    assert "خليفة حفتر" in first["participants"][1]["aliases"]
    assert "بنغازي" in first["location"]["aliases"]
    tamimi = ref["meetings"][1]["participants"][1]
    assert tamimi == {"aliases": ["خيري التميمي", "التميمي"], "entities": [], "optional": True}
    assert ref["military_sites"][2]["type"] == "headquarters"
    assert ref["claims"][-1]["optional"] is True


@pytest.mark.parametrize("path", ["/v1/corpus/nope", "/v1/corpus/000", "/v1/corpus/nope/extraction",
                                  "/v1/corpus/..%2Fseeds%2Findex.json"])
def test_unknown_ids_are_404_problems(client, path):
    resp = client.get(path)
    assert resp.status_code == 404
    assert resp.mimetype == "application/problem+json"
    assert resp.get_json(force=True)["type"] == "/docs#problem-not-found"


def test_extraction_equals_post_extract(client, seed_index, seed_bytes):
    for entry in seed_index:
        got = client.get(f"/v1/corpus/{entry['original_id']}/extraction")
        assert got.status_code == 200
        text = seed_bytes[entry["id"]].decode("utf-8")
        posted = client.post("/v1/extract", json={"text": text, "published": entry["published"],
                                                  "id": entry["id"], "title": entry["title"]})
        assert got.get_json() == posted.get_json()
        doc = got.get_json()["document"]
        assert (doc["id"], doc["published"], doc["published_from"]) == (
            entry["id"], entry["published"], "request")


@pytest.mark.parametrize("app_config", [{"SEEDS_DIR": "/nonexistent/seeds"}])
def test_missing_corpus_is_503_not_500(client):
    for path in ("/v1/corpus", "/v1/corpus/x", "/v1/corpus/x/extraction", "/readyz"):
        resp = client.get(path)
        assert resp.status_code == 503, path
        assert resp.mimetype == "application/problem+json"
    assert client.get("/healthz").status_code == 200
    assert "corpus" in client.get("/readyz").get_json(force=True)["checks"]


def test_seeds_dir_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SEEDS_DIR", str(ROOT / "seeds"))
    assert len(Corpus.load()) == 5
    monkeypatch.setenv("SEEDS_DIR", str(tmp_path))
    with pytest.raises(Exception, match="cannot load"):
        Corpus.load()


@pytest.mark.skipif(not (SHARED / "gold" / "entities.json").exists(),
                    reason="the shared reference folder is not beside the repository")
def test_seeds_are_what_the_build_script_makes(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_seeds.py"), "--shared",
                    str(SHARED), "--out", str(tmp_path)], check=True, capture_output=True)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    kept = sorted(p.relative_to(ROOT / "seeds") for p in (ROOT / "seeds").rglob("*")
                  if p.is_file() and p.name != "README.md")
    assert made == kept
    for rel in made:
        assert (tmp_path / rel).read_bytes() == (ROOT / "seeds" / rel).read_bytes(), rel
