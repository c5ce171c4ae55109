"""Reader features in a real build of the corpus: the workbook, traceability
that rolls up, linked ids, breadcrumbs and search entries per locator."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from ehealthsec.check.corpus import validate_corpus
from ehealthsec.site.workbook import ALL_SHEET, sheet_names

from .conftest import REPO, Build, footer_links, run_build

FORMULA_START = ("=", "+", "-", "@")
FILLED_IN = 7  # columns after these are the organisation's own (status, owner, ...)


def test_checklist_workbook_holds_every_practice_once_on_the_right_sheets(
    corpus_build: Build,
) -> None:
    catalog = json.loads((corpus_build.site / "catalog.json").read_text("utf-8"))
    vocabulary = validate_corpus(REPO).corpus.vocabulary
    book = openpyxl.load_workbook(corpus_build.site / "checklist.xlsx", read_only=True)
    audiences = list(vocabulary.audiences)
    names = sheet_names(vocabulary.audiences[k].label for k in audiences)
    assert book.sheetnames == [ALL_SHEET, *names]
    published = [g for g in catalog["guidelines"] if g["status"] == "published"]

    def rows(sheet: str) -> Counter[tuple[str, str]]:
        found: Counter[tuple[str, str]] = Counter()
        for number, row in enumerate(book[sheet].iter_rows(values_only=True)):
            if number == 0:
                continue
            cells = [c for c in row[:FILLED_IN] if c is not None]
            assert all(isinstance(c, str) for c in cells), row
            assert not any(c.startswith(FORMULA_START) for c in cells), row
            assert all(c is None for c in row[FILLED_IN:]), "status, owner, ... start empty"
            found[(row[3], row[0])] += 1
        return found

    everything = Counter((g["id"], p["id"]) for g in published for p in g["practices"])
    assert rows(ALL_SHEET) == everything
    for key, name in zip(audiences, names, strict=True):
        expected = Counter(
            (g["id"], p["id"]) for g in published if key in g["audience"] for p in g["practices"]
        )
        assert rows(name) == expected, name


def test_a_release_build_links_the_workbook_to_permanent_addresses(
    repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain build of a release (no mike to put the version into the site's
    address): the workbook links where "Cite as" and catalog.json point."""
    monkeypatch.setenv("GUIDELINES_SITE_URL", "https://guidance.test.eu/")
    monkeypatch.setenv("GUIDELINES_VERSION", "2026.2")
    build = run_build(repo_copy, release=True)
    assert build.ok, build.output
    catalog = json.loads((build.site / "catalog.json").read_text("utf-8"))
    urls = {g["id"]: g["url"] for g in catalog["guidelines"]}
    assert urls["HSG-RANS-001"] == "https://guidance.test.eu/2026.2/guidelines/hsg-rans-001/"
    assert f"<code>{urls['HSG-RANS-001']}</code>" in build.html("guidelines/hsg-rans-001")
    book = openpyxl.load_workbook(build.site / "checklist.xlsx", read_only=True)
    header, *rows = book[ALL_SHEET].iter_rows(values_only=True)
    link, gid = header.index("Link"), header.index("Guideline id")
    assert rows
    for row in rows:
        assert row[link] == urls[str(row[gid])], row


def test_nis2_lists_no_article_as_not_cited_when_a_point_of_it_is(corpus_build: Build) -> None:
    html = corpus_build.html("references/nis2")
    not_cited = re.search(r'class="hsg-uncovered">(.*?)</p>', html, re.S)
    assert not_cited
    listed = {item.strip() for item in not_cited.group(1).split(",")}
    cited = set(re.findall(r'<h[23] id="[^"]+">(Art\. [^:<]+)', html))
    for article in ("Art. 20", "Art. 21", "Art. 23", "Art. 23(4)"):
        assert article not in listed and article in cited, article
    for uncovered in listed:
        assert not any(c.startswith(uncovered + "(") for c in cited), uncovered
    assert 'Cited through <a href="#art-21-2-a">Art. 21(2)(a)</a>' in html
    assert re.search(r'<nav class="hsg-jump"[^>]*>.*?href="#art-21"', html, re.S)


def test_each_cited_locator_has_a_search_entry(corpus_build: Build) -> None:
    docs = corpus_build.search_index()["docs"]
    assert isinstance(docs, list)
    entry = next(d for d in docs if d["location"] == "references/nis2/#art-23")
    assert entry["title"].startswith("Art. 23: ")
    assert "HSG-REP-001" in entry["text"]


def test_ids_in_bodies_link_to_their_guideline_and_pages_show_breadcrumbs(
    corpus_build: Build,
) -> None:
    html = corpus_build.html("guidelines/hsg-back-001")
    assert '<a href="../hsg-rans-001/">HSG-RANS-001</a>' in html
    assert re.search(
        r'<nav class="hsg-breadcrumb" aria-label="Breadcrumb"[^>]*><ol><li>'
        r'<a href="../../catalog/">Catalog</a></li><li aria-current="page">HSG-BACK-001</li>',
        html,
    )
    assert '<a class="hsg-self" href="#gp-01">GP-01</a>' in html
    assert '<li aria-current="page">Management and boards</li>' in corpus_build.html(
        "audiences/management"
    )
    assert '<li aria-current="page">NIS2 Directive</li>' in corpus_build.html("references/nis2")


def _neighbours(build: Build, url: str) -> dict[str, str]:
    """Where Material's footer on `url` leads: {"prev": href, "next": href}."""
    return {side: href for href, side, _ in footer_links(build.html(url))}


def _listed(build: Build, index: str) -> list[str]:
    """The pages an index page lists, in its order (`management`, ...)."""
    html = build.html(index)
    article = html[html.index("<article") : html.index("</article>")]
    return re.findall(r'<a href="([a-z0-9-]+)/"', article)


def test_generated_pages_lead_on_in_the_order_of_their_index(corpus_build: Build) -> None:
    catalog = json.loads((corpus_build.site / "catalog.json").read_text("utf-8"))
    runs = {
        "guidelines": [g["id"].lower() for g in catalog["guidelines"]],  # the catalog's order
        "audiences": _listed(corpus_build, "audiences"),
        "topics": _listed(corpus_build, "topics"),
        "references": _listed(corpus_build, "references"),
    }
    assert len(runs["guidelines"]) > 20 and len(runs["audiences"]) >= 8
    for folder, names in runs.items():
        for before, name, after in zip([None, *names[:-1]], names, [*names[1:], None], strict=True):
            expected = {side: f"../{n}/" for side, n in (("prev", before), ("next", after)) if n}
            assert _neighbours(corpus_build, f"{folder}/{name}") == expected, (folder, name)
    # The title shown is the guideline's, as on its page.
    assert (
        'aria-label="Next: Keeping clinical services running when IT fails (HSG-BCM-001)"'
        in corpus_build.html("guidelines/hsg-back-001")
    )


def test_schemas_folder_has_an_index_and_topics_have_a_topic_example(corpus_build: Build) -> None:
    index = corpus_build.html("schemas")
    assert 'href="guideline.schema.json"' in index and 'href="catalog.schema.json"' in index
    schema = corpus_build.html("schema")
    topics = re.search(r"<code>topics</code></td>\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>([^<]*)", schema)
    assert topics, "the topics row"
    example = topics.group(1).rsplit("like ", 1)[1].rstrip(")")
    vocabulary = validate_corpus(REPO).corpus.vocabulary
    assert example in vocabulary.topics and example not in vocabulary.audiences
