#!/usr/bin/env python3
"""Rebuild seeds/ from the shared reference material.

    python3 tools/build_seeds.py [--shared ../shared] [--out seeds]

Copies the seed articles byte for byte, writes seeds/index.json and reshapes
each reference file of shared/gold/seeds into seeds/references/<id>.json, the
reference-record schema documented in seeds/README.md: every "@key" is
resolved against gold/entities.json into an explicit alias list, so the
service never needs the shared folder at run time. Standard library only;
the output is deterministic, so running it twice changes nothing.
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# original id -> stable, readable id (published date + what the article reports)
SLUGS = {
    "000_33e06f42fd296295": "2023-08-25-yevkurov-meets-haftar-in-benghazi",
    "001_a2434bbdbfa1e067": "2016-11-29-lavrov-meets-haftar-in-moscow",
    "002_04cf055fedf90beb": "2023-09-29-putin-and-shoigu-receive-haftar-in-moscow",
    "003_70cc6ec13fb19546": "2023-09-29-first-haftar-putin-meeting-since-2019",
    "004_234c71057629105e": "2023-12-03-haftar-meets-russian-deputy-defence-minister",
}


class Resolver:
    def __init__(self, entities: dict[str, list[str]]):
        self.entities = entities

    def alias_set(self, ref) -> dict | None:
        """'@key', 'alias', ['alias' | '@key', ...] or {'aliases': [...]} -> alias set."""
        if ref is None:
            return None
        if isinstance(ref, dict):
            ref = ref["aliases"]
        if isinstance(ref, str):
            ref = [ref]
        aliases: list[str] = []
        keys: list[str] = []
        for item in ref:
            if item.startswith("@"):
                keys.append(item[1:])
                names = self.entities[item[1:]]
            else:
                names = [item]
            aliases += [n for n in names if n not in aliases]
        return {"aliases": aliases, "entities": keys}

    def party(self, ref) -> dict:
        out = self.alias_set(ref)
        out["optional"] = bool(isinstance(ref, dict) and ref.get("optional", False))
        return out


def _common(record: dict) -> dict:
    out = {"optional": bool(record.get("optional", False))}
    if record.get("note"):
        out["note"] = record["note"]
    return out


def reshape(gold: dict, slug: str, resolve: Resolver) -> dict:
    return {
        "id": slug,
        "original_id": gold["id"],
        "meetings": [
            {"participants": [resolve.party(p) for p in m["participants"]],
             "date": m.get("date"),
             "location": resolve.alias_set(m.get("location")),
             **_common(m)}
            for m in gold.get("meetings", [])],
        "military_sites": [
            {"name": resolve.alias_set(s["name"]),
             "type": s["type"],
             "forces": [resolve.alias_set(f) for f in s.get("forces", [])],
             **_common(s)}
            for s in gold.get("military_sites", [])],
        "claims": [
            {"source": resolve.alias_set(c["source"]),
             "content": c["content"],
             "stance": c.get("stance", "assert"),
             **_common(c)}
            for c in gold.get("claims", [])],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "seeds")
    args = ap.parse_args(argv)

    gold_dir = args.shared / "gold" / "seeds"
    resolve = Resolver(json.loads((args.shared / "gold" / "entities.json").read_text("utf-8")))
    (args.out / "references").mkdir(parents=True, exist_ok=True)
    index = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        slug = SLUGS[gold["id"]]
        source = (path.parent / gold["text"]).resolve()
        target = args.out / source.name
        shutil.copyfile(source, target)
        index.append({"id": slug, "original_id": gold["id"], "title": gold["title"],
                      "published": gold["published"], "outlet": gold["outlet"],
                      "file": target.name})
        ref = reshape(gold, slug, resolve)
        (args.out / "references" / f"{slug}.json").write_text(
            json.dumps(ref, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (args.out / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(index)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
