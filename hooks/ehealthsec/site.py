"""Everything the site needs from the corpus, as pages and files.

`build_site` is the one call the MkDocs hook makes after validation: it
decides what a build contains (drafts only outside releases) and returns
generated Markdown pages and static files, with no knowledge of MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import schema
from .catalog import catalog_page
from .corpus import Corpus
from .exports import (
    CATALOG_JSON,
    CATALOG_SCHEMA_PATH,
    CHECKLIST_CSV,
    GUIDELINE_SCHEMA_PATH,
    catalog_json,
    checklist_csv,
)
from .pages import GeneratedPage, SiteContext, guideline_page, term_index_page, term_page
from .parallel import MIN_ITEMS, in_parallel
from .schemadoc import schema_page
from .traceability import references_pages


@dataclass(frozen=True)
class SiteBuild:
    pages: tuple[GeneratedPage, ...]
    files: dict[str, str | bytes]


def build_site(
    corpus: Corpus, *, release: bool, site_url: str = "", search: bool = True
) -> SiteBuild:
    """Pages and exports for one build. Catalogs and exports list only public
    guidelines; drafts get a preview page outside releases and nothing in one.
    `search` prepares each page's search stand-ins as part of the work.

    The guideline pages with the exports, and the index and traceability
    pages, take about the same time and need nothing from each other, so a
    large corpus has them made side by side (see `parallel`)."""
    public = tuple(g for g in corpus.guidelines if g.is_public)
    with_pages = public if release else corpus.guidelines
    ctx = SiteContext(public, corpus.vocabulary, site_url)
    page_ctx = SiteContext(with_pages, corpus.vocabulary, site_url)

    def guideline_pages_and_exports() -> tuple[list[GeneratedPage], dict[str, str | bytes]]:
        pages = [guideline_page(g, page_ctx) for g in with_pages]
        return _prepared(pages, search), _exports(ctx)

    (guideline_pages, files), other_pages = in_parallel(
        guideline_pages_and_exports,  # the larger result stays in this process
        lambda: _prepared(_index_pages(ctx), search),
        worth_forking=len(with_pages) >= MIN_ITEMS,
    )
    return SiteBuild((*guideline_pages, *other_pages), files)


def _prepared(pages: list[GeneratedPage], search: bool) -> list[GeneratedPage]:
    if search:
        for page in pages:
            _ = page.search_texts  # computed now, kept with the page
    return pages


def _index_pages(ctx: SiteContext) -> list[GeneratedPage]:
    """Catalog, traceability, vocabularies and the schema reference."""
    pages = [catalog_page(ctx)]
    pages.extend(references_pages(ctx))
    pages.append(schema_page())
    for kind, terms in (("audiences", ctx.vocabulary.audiences), ("topics", ctx.vocabulary.topics)):
        pages.append(term_index_page(kind, terms, ctx))
        pages.extend(term_page(kind, term, ctx) for term in terms.values())
    return pages


def _exports(ctx: SiteContext) -> dict[str, str | bytes]:
    public = ctx.guidelines
    return {
        CATALOG_JSON: catalog_json(public, ctx.site_url),
        # A checklist is for doing: practices of deprecated or withdrawn guidance stay out.
        CHECKLIST_CSV: checklist_csv(
            tuple(g for g in public if g.status == "published"), ctx.vocabulary
        ),
        GUIDELINE_SCHEMA_PATH: schema.schema_text(schema.GUIDELINE_SCHEMA),
        CATALOG_SCHEMA_PATH: schema.schema_text("catalog.schema.json"),
    }
