"""GET /v1/corpus, /v1/corpus/{id}, /v1/corpus/{id}/extraction."""
from __future__ import annotations

from flask import Blueprint, current_app

from ..corpus import Article, Corpus
from ..schemas import CorpusArticleSchema, CorpusListSchema
from .errors import ApiProblem
from .extract import run_pipeline

bp = Blueprint("corpus", __name__)


def _corpus() -> Corpus:
    corpus = current_app.extensions.get("corpus")
    if corpus is None:
        raise ApiProblem(503, "The seeded corpus is not loaded.", "unavailable")
    return corpus


def _article(article_id: str) -> Article:
    article = _corpus().get(article_id)
    if article is None:
        raise ApiProblem(404, f"No corpus article has the id {article_id!r}.", "not-found")
    return article


@bp.get("/v1/corpus")
def list_articles():
    articles = [a.summary() for a in _corpus()]
    return CorpusListSchema().dump({"count": len(articles), "articles": articles})


@bp.get("/v1/corpus/<article_id>")
def get_article(article_id: str):
    article = _article(article_id)
    return CorpusArticleSchema().dump(
        {**article.summary(), "text": article.text, "reference": article.reference})


@bp.get("/v1/corpus/<article_id>/extraction")
def get_extraction(article_id: str):
    article = _article(article_id)
    return run_pipeline(article.text, published=article.published, title=article.title,
                        doc_id=article.id)
