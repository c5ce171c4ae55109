"""The rendering functions escape every value, even if validation was bypassed."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from ehealthsec.check.corpus import Corpus
from ehealthsec.model import Guideline, Practice, Reference, Source, Term, Vocabulary
from ehealthsec.site.catalog import catalog_page
from ehealthsec.site.exports import catalog_json, checklist_csv
from ehealthsec.site.listing import term_page
from ehealthsec.site.markup import md_text, relative_url
from ehealthsec.site.pages import GeneratedPage, SiteContext, guideline_page
from ehealthsec.site.plan import _Site
from ehealthsec.site.traceability import collect_citations, references_index, source_page

EVIL = '<script>alert("x")</script>'


def _vocabulary() -> Vocabulary:
    return Vocabulary(
        audiences={"management": Term("management", f"Boards {EVIL}", f"Desc {EVIL}")},
        topics={"governance": Term("governance", "Governance", "Oversight")},
        sources={
            "nis2": Source(
                "nis2",
                f"NIS2 {EVIL}",
                "Directive",
                "regulation",
                'https://example.org/"onmouseover="x',
                {"Art. 20": EVIL},
            ),
        },
    )


def _guideline(**changes: object) -> Guideline:
    values: dict[str, object] = dict(
        id="HSG-EVIL-001",
        title=f"Title {EVIL}",
        summary=f'Summary "{EVIL}" & more',
        type="guideline",
        status="deprecated",
        version="1.0.0",
        owner=f"Owner {EVIL}",
        audience=("management",),
        topics=("governance",),
        path="guidelines/x.md",
        body="## Body\n",
        published=date(2026, 1, 1),
        updated=date(2026, 1, 2),
        review_by=date(2027, 1, 1),
        references=(Reference("nis2", "Art. 20"),),
        withdrawal_reason=f"Because {EVIL}",
        practices=(Practice("GP-01", f"Do {EVIL}", "essential", (Reference("nis2", EVIL),)),),
    )
    values.update(changes)
    return Guideline(**values)  # type: ignore[arg-type]


def _everything(page: GeneratedPage) -> str:
    """All a page contributes to the site: its Markdown and its raw HTML blocks."""
    return page.markdown + "".join(page.blocks.values())


def test_guideline_page_escapes_every_value() -> None:
    g = _guideline()
    page = guideline_page(g, SiteContext((g,), _vocabulary(), "https://site.example/"))
    assert "<script>" not in _everything(page)
    assert "&lt;script&gt;" in _everything(page)
    assert 'onmouseover="x' not in _everything(page)


def test_lists_catalog_and_traceability_escape_values() -> None:
    g = _guideline()
    ctx = SiteContext((g,), _vocabulary())
    table = collect_citations(ctx.guidelines)
    pages = [
        catalog_page(ctx),
        references_index(ctx, table),
        *(source_page(s, table.get(s.key, {})) for s in ctx.vocabulary.sources.values()),
        term_page("audiences", _vocabulary().audiences["management"], ctx),
    ]
    for page in pages:
        assert page.blocks or "<" not in page.markdown, page.src_uri
        assert "<script>" not in _everything(page), page.src_uri


def test_exports_keep_values_as_data_and_defuse_formulas() -> None:
    g = _guideline(practices=(Practice("GP-01", '=HYPERLINK("http://x")', "essential"),))
    data = json.loads(catalog_json((g,), ""))
    assert data["guidelines"][0]["title"] == f"Title {EVIL}"
    rows = list(csv.reader(io.StringIO(checklist_csv((g,), _vocabulary()).decode("utf-8-sig"))))
    assert rows[1][3] == '\'=HYPERLINK("http://x")'


def test_markdown_escaping_and_relative_urls() -> None:
    assert md_text("*a* [b](c) <d>") == r"\*a\* \[b\]\(c\) &lt;d&gt;"
    assert relative_url("guidelines/hsg-a-001.md", "audiences/management/") == (
        "../../audiences/management/"
    )
    assert relative_url("catalog/index.md", "guidelines/hsg-a-001/") == "../guidelines/hsg-a-001/"
    assert relative_url("references/index.md", "references/#nis2") == "#nis2"
    assert relative_url("guidelines/x.md", "guidelines/y/") == "../../guidelines/y/"
    assert relative_url("guidelines/x.md", "guidelines/x/") == "./"
    assert (
        relative_url("guidelines/x.md", "references/nis2/#art-1") == "../../references/nis2/#art-1"
    )


def test_the_plan_names_every_page_made_in_previews_and_releases() -> None:
    draft = _guideline(id="HSG-DRAFT-001", status="draft", path="guidelines/d.md")
    corpus = Corpus((_guideline(), draft), _vocabulary())
    for release, pages in ((False, 2), (True, 1)):
        site = _Site(corpus, release=release, site_url="")
        made = dict(site.items())
        plan = site.plan()
        assert list(made) == [p.src_uri for p in plan.pages] + list(plan.files)
        guideline_pages = [p for p in plan.pages if p.src_uri.startswith("guidelines/")]
        assert len(guideline_pages) == pages
        assert guideline_pages[0].source_path == "guidelines/x.md"
        # Previous / next runs through the guideline pages of this build, and only planned pages.
        assert plan.reading_orders[0] == tuple(p.src_uri for p in guideline_pages)
        planned = {p.src_uri for p in plan.pages}
        assert all(set(order) <= planned for order in plan.reading_orders)
