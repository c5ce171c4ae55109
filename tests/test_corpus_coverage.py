"""Coverage rules of the real corpus, so that a later edit cannot silently break them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ehealthsec.corpus import Corpus, validate_corpus
from ehealthsec.model import Guideline

REPO = Path(__file__).resolve().parents[1]
NIS2_21_2_POINTS = [f"Art. 21(2)({p})" for p in "abcdefghij"]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    result = validate_corpus(REPO, strict=True)
    assert result.ok, "\n".join(p.as_text() for p in result.problems)
    return result.corpus


def _published(corpus: Corpus) -> list[Guideline]:
    return [g for g in corpus.guidelines if g.status == "published"]


def _words(body: str) -> int:
    return len(re.findall(r"\S+", body))


def test_at_least_18_published_guidelines_with_120_practices(corpus: Corpus) -> None:
    published = _published(corpus)
    assert len(published) >= 18
    assert sum(len(g.practices) for g in published) >= 120


@pytest.mark.parametrize("kind", ["audiences", "topics"])
def test_every_vocabulary_key_is_covered(corpus: Corpus, kind: str) -> None:
    field = "audience" if kind == "audiences" else "topics"
    minimum = 3 if kind == "audiences" else 1
    counts = {key: 0 for key in getattr(corpus.vocabulary, kind)}
    for g in _published(corpus):
        for key in getattr(g, field):
            counts[key] += 1
    short = {key: n for key, n in counts.items() if n < minimum}
    assert short == {}, f"{kind} with fewer than {minimum} published guidelines"


def test_every_point_of_nis2_article_21_2_is_cited_by_a_practice(corpus: Corpus) -> None:
    cited = {
        ref.at
        for g in _published(corpus)
        for p in g.practices
        for ref in p.references
        if ref.source == "nis2"
    }
    missing = [point for point in NIS2_21_2_POINTS if point not in cited]
    assert missing == []


def test_bodies_are_700_to_2000_words(corpus: Corpus) -> None:
    outside = {
        g.id: _words(g.body) for g in _published(corpus) if not 700 <= _words(g.body) <= 2000
    }
    assert outside == {}


def test_files_follow_the_naming_scheme(corpus: Corpus) -> None:
    for g in corpus.guidelines:
        folder, name = g.path.split("/")[-2:]
        assert g.path.startswith("guidelines/") and g.path.count("/") == 2, g.path
        assert re.fullmatch(r"[a-z0-9-]+", folder), g.path
        assert name.startswith(g.id.lower() + "-") and name.endswith(".md"), g.path
        assert re.fullmatch(r"HSG-[A-Z]+-\d{3}", g.id)


def test_every_practice_has_a_level_and_most_cite_a_source(corpus: Corpus) -> None:
    practices = [p for g in _published(corpus) for p in g.practices]
    with_refs = sum(1 for p in practices if p.references)
    assert with_refs / len(practices) >= 0.9
