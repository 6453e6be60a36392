"""The seeded reference corpus: seed articles, their index and reference records.

The corpus lives in ``seeds/`` at the top of the repository (``SEEDS_DIR``
overrides it; the container sets it to ``/app/seeds``). ``seeds/index.json``
lists the articles; ``seeds/references/<id>.json`` holds each article's
curated reference records (schema: ``seeds/README.md``). Everything is read
once, when the corpus is loaded, and is read-only afterwards.

Ids are readable slugs (``2023-08-25-yevkurov-meets-haftar-in-benghazi``);
the original ids of the shared seed set (``000_33e06f42fd296295``) are
accepted as aliases and resolve to the same article.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_seeds_dir() -> Path:
    return Path(os.environ.get("SEEDS_DIR") or ROOT / "seeds")


class CorpusError(RuntimeError):
    """The seeds folder is missing or inconsistent."""


@dataclass(frozen=True)
class Article:
    id: str
    original_id: str
    title: str
    published: str
    outlet: str
    text: str = field(repr=False)
    reference: dict = field(repr=False)

    @property
    def characters(self) -> int:
        return len(self.text)

    def summary(self) -> dict:
        return {"id": self.id, "original_id": self.original_id, "title": self.title,
                "published": self.published, "outlet": self.outlet,
                "characters": self.characters}


class Corpus:
    def __init__(self, articles: list[Article]):
        self._articles = tuple(articles)
        self._by_id: dict[str, Article] = {}
        for article in articles:
            self._by_id[article.id] = article
            self._by_id.setdefault(article.original_id, article)

    @classmethod
    def load(cls, seeds_dir: Path | str | None = None) -> "Corpus":
        seeds_dir = Path(seeds_dir) if seeds_dir else default_seeds_dir()
        try:
            index = json.loads((seeds_dir / "index.json").read_text(encoding="utf-8"))
            articles = []
            for entry in index:
                text = (seeds_dir / entry["file"]).read_bytes().decode("utf-8")
                ref = json.loads((seeds_dir / "references" / f"{entry['id']}.json")
                                 .read_text(encoding="utf-8"))
                articles.append(Article(
                    id=entry["id"], original_id=entry["original_id"], title=entry["title"],
                    published=entry["published"], outlet=entry["outlet"], text=text,
                    reference={k: ref.get(k, []) for k in ("meetings", "military_sites", "claims")}))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise CorpusError(f"cannot load the seeded corpus from {seeds_dir}: {err}") from err
        return cls(articles)

    def __iter__(self):
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    def get(self, article_id: str) -> Article | None:
        """The article with this id or original id, else None."""
        return self._by_id.get(article_id)
