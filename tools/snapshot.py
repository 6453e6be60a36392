#!/usr/bin/env python3
"""The pipeline's output on a fixed corpus, to prove a refactoring changes nothing.

    .venv/bin/python tools/snapshot.py > /tmp/before.json
    # ... change the code ...
    .venv/bin/python tools/snapshot.py | cmp - /tmp/before.json   # silent: same output

The corpus: the seed articles with and without their publication dates, the
dev and held-back articles, each with CRLF line ends and with noise inserted
at fixed pseudo-random places, and neighbouring articles joined.  Run it from
the project root (or a worktree's root): it imports ``service`` from there.
``--skip r,s`` leaves those held-back folders out (sets being written meanwhile).
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

import service  # noqa: E402
from service import pipeline  # noqa: E402

if not Path(service.__file__).resolve().is_relative_to(ROOT.resolve()):
    sys.exit(f"run from the project root: service comes from {service.__file__}")

NOISE = ["\u0640", "\u200b", "\u064e", "«", "»", ".", "،", "\n", " و", "قال ", "\u202b"]


def corpus(skip=()) -> list[tuple[str, str, str | None]]:
    texts = []
    for entry in json.loads((ROOT / "seeds/index.json").read_text(encoding="utf-8")):
        text = (ROOT / "seeds" / entry["file"]).read_text(encoding="utf-8")
        texts.append((entry["id"], text, entry.get("published")))
        texts.append((entry["id"] + "-nopub", text, None))
    for folder in sorted(ROOT.glob("tests/dev/articles")) + sorted(ROOT.glob("tests/heldback/*/articles")):
        if folder.parent.name in skip:
            continue
        for path in sorted(folder.glob("*.txt")):
            texts.append((path.name, path.read_text(encoding="utf-8"), None))
    base, rng = list(texts), random.Random(7)
    for name, text, pub in base:
        texts.append((name + "-crlf", text.replace("\n", "\r\n"), pub))
        chars = list(text)
        for _ in range(30):
            chars.insert(rng.randrange(len(chars)), rng.choice(NOISE))
        texts.append((name + "-noise", "".join(chars), pub))
    for (n1, t1, p1), (n2, t2, _) in zip(base, base[1:]):
        texts.append((n1 + "+" + n2, t1 + "\n\n" + t2, p1))
    return texts


def main() -> None:
    skip = sys.argv[sys.argv.index("--skip") + 1].split(",") if "--skip" in sys.argv else ()
    out = {name: pipeline.extract(text, published=pub) for name, text, pub in corpus(skip)}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print()
    print(f"{len(out)} texts", file=sys.stderr)


if __name__ == "__main__":
    main()
