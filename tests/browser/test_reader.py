"""What readers do, in a real browser: search, filter, and load pages privately."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from ehealthsec.check.corpus import Corpus, validate_corpus

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return validate_corpus(REPO).corpus


def _public_ids(corpus: Corpus) -> list[str]:
    return [g.id for g in corpus.guidelines if g.is_public]


def _results(page: Any, query: str, count: int = 1) -> list[str]:
    """The first result links for `query`, once the list shows that query's results.

    Material adds `?h=<terms>` to each result link, the terms of the query
    that the result matched; a list whose links hold only terms of this
    query, one of them at least, belongs to this query, not to the one before.
    """
    terms = query.lower().replace("-", " ").split()
    box = page.locator("input.md-search__input")
    # An empty box empties the list: whatever is listed next is this query's.
    box.fill("")
    box.press("End")
    page.wait_for_function("!document.querySelector('.md-search-result__item')", timeout=10_000)
    # One key press after filling runs one search for the whole query; typing
    # key by key would race with the results for each prefix.
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        """terms => {
            const links = [...document.querySelectorAll('.md-search-result__item > a')];
            const found = links.map(a =>
                (new URL(a.href).searchParams.get('h') || '').split(' ').filter(Boolean));
            return found.some(f => f.length > 0)
                && found.every(f => f.every(t => terms.includes(t)));
        }""",
        arg=terms,
        timeout=10_000,
    )
    links = page.locator(".md-search-result__item > a")
    return [links.nth(i).get_attribute("href") or "" for i in range(min(links.count(), count))]


def test_each_guideline_is_the_first_search_result_for_its_id(
    page: Any, site_url: str, corpus: Corpus
) -> None:
    page.goto(site_url)
    page.click("label.md-search__icon, .md-search__input")
    misses = {}
    for gid in _public_ids(corpus):
        for query in (gid, gid.lower()):
            href = _results(page, query)[0]
            if f"guidelines/{gid.lower()}/" not in href:
                misses[query] = href
    assert misses == {}


def test_search_finds_guidelines_by_topic_audience_and_source(page: Any, site_url: str) -> None:
    page.goto(site_url)
    page.click("label.md-search__icon, .md-search__input")
    for query, expected in (
        ("ransomware", "guidelines/hsg-rans-001/"),
        ("MDCG 2019-16", "guidelines/hsg-mdev-002/"),
        ("Procurement", "guidelines/hsg-proc-001/"),
        ("clinical staff", "guidelines/hsg-aware-001/"),
    ):
        found = _results(page, query, count=10)
        assert any(expected in href for href in found), (query, found)


def test_catalog_filters_rows_and_keeps_the_choice_in_the_address(
    page: Any, site_url: str, corpus: Corpus
) -> None:
    page.goto(site_url + "catalog/")
    rows = page.locator("#hsg-catalog tbody tr")
    total = len(_public_ids(corpus))
    assert rows.count() == total
    expected = sum(1 for g in corpus.guidelines if g.is_public and "manufacturers" in g.audience)
    page.select_option("#hsg-filter-audience", "manufacturers")
    assert page.locator("#hsg-catalog tbody tr:visible").count() == expected
    assert "audience=manufacturers" in page.url
    assert page.locator("#hsg-count").inner_text() == f"{expected} of {total} guidelines shown"

    page.goto(site_url + "catalog/?audience=manufacturers&topic=telehealth")
    both = sum(
        1
        for g in corpus.guidelines
        if g.is_public and "manufacturers" in g.audience and "telehealth" in g.topics
    )
    assert page.locator("#hsg-catalog tbody tr:visible").count() == both


def test_catalog_without_javascript_shows_every_guideline(
    browser: Any, site_url: str, corpus: Corpus
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "catalog/")
        assert page.locator("#hsg-catalog tbody tr:visible").count() == len(_public_ids(corpus))
        assert not page.locator(".hsg-filters").is_visible()  # no dead controls
    finally:
        context.close()


@pytest.mark.parametrize(
    "path", ["", "catalog/", "guidelines/hsg-rans-001/", "references/nis2/", "audiences/"]
)
def test_pages_make_no_request_to_another_host(page: Any, site_url: str, path: str) -> None:
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.goto(site_url + path, wait_until="networkidle")
    page.click("label.md-search__icon, .md-search__input")
    page.fill("input.md-search__input", "backup")
    page.wait_for_timeout(300)
    assert hosts == {urlsplit(site_url).netloc}


WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The axe-core audit, at phone and desktop width in both schemes, is in
# test_readers_phone_print.py.
