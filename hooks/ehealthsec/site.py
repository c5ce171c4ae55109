"""Everything the site needs from the corpus, as pages and files.

After validation the MkDocs hook makes a `SiteContents`: its `plan` says at
once which pages and files the build will have, and the pages themselves
are made in a forked process (when that pays, see `parallel.Background`)
while MkDocs goes on rendering, each read when MkDocs first asks for it.
`build_site` makes everything at once, for callers that want it all.
Nothing here knows MkDocs. Drafts get a preview page outside releases and
nothing in one; catalogs and exports list public guidelines only.
"""

from __future__ import annotations

from collections.abc import Iterator
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
from .model import Guideline
from .pages import (
    CATALOG_SRC,
    REFERENCES_SRC,
    GeneratedPage,
    SiteContext,
    guideline_page,
    guideline_src,
    term_index_page,
    term_page,
    term_src,
)
from .parallel import MIN_ITEMS, Background
from .schemadoc import SCHEMA_PAGE_SRC, schema_page
from .traceability import references_pages, source_src

EXPORTS = (CATALOG_JSON, CHECKLIST_CSV, GUIDELINE_SCHEMA_PATH, CATALOG_SCHEMA_PATH)
TERM_KINDS = ("audiences", "topics")


@dataclass(frozen=True)
class PlannedPage:
    src_uri: str
    source_path: str | None = None  # the file a contributor edits, if any
    listed: bool = True  # False: reached through catalogs, not the navigation


@dataclass(frozen=True)
class SitePlan:
    pages: tuple[PlannedPage, ...]
    files: tuple[str, ...] = EXPORTS


@dataclass(frozen=True)
class SiteBuild:
    pages: tuple[GeneratedPage, ...]
    files: dict[str, str | bytes]


class _Site:
    """What one build contains, and how each part of it is made."""

    def __init__(self, corpus: Corpus, *, release: bool, site_url: str, search: bool) -> None:
        public = tuple(g for g in corpus.guidelines if g.is_public)
        self.with_pages: tuple[Guideline, ...] = public if release else corpus.guidelines
        self.ctx = SiteContext(public, corpus.vocabulary, site_url)
        self.page_ctx = SiteContext(self.with_pages, corpus.vocabulary, site_url)
        self.search = search

    def plan(self) -> SitePlan:
        pages = [PlannedPage(guideline_src(g), g.path, listed=False) for g in self.with_pages]
        vocabulary = self.ctx.vocabulary
        uris = [CATALOG_SRC, REFERENCES_SRC, *(source_src(k) for k in vocabulary.sources)]
        uris.append(SCHEMA_PAGE_SRC)
        for kind in TERM_KINDS:
            uris.append(term_src(kind, "index"))
            uris.extend(term_src(kind, key) for key in getattr(vocabulary, kind))
        pages.extend(PlannedPage(uri) for uri in uris)
        return SitePlan(tuple(pages))

    def items(self) -> Iterator[tuple[str, GeneratedPage | str | bytes]]:
        """Every page, in the order of the plan, then every file."""
        for g in self.with_pages:
            yield self._prepared(guideline_page(g, self.page_ctx))
        ctx = self.ctx
        yield self._prepared(catalog_page(ctx))
        for page in references_pages(ctx):
            yield self._prepared(page)
        yield self._prepared(schema_page())
        for kind in TERM_KINDS:
            terms = getattr(ctx.vocabulary, kind)
            yield self._prepared(term_index_page(kind, terms, ctx))
            for term in terms.values():
                yield self._prepared(term_page(kind, term, ctx))
        yield CATALOG_JSON, catalog_json(ctx.guidelines, ctx.site_url)
        # A checklist is for doing: practices of deprecated or withdrawn guidance stay out.
        published = tuple(g for g in ctx.guidelines if g.status == "published")
        yield CHECKLIST_CSV, checklist_csv(published, ctx.vocabulary)
        yield GUIDELINE_SCHEMA_PATH, schema.schema_text(schema.GUIDELINE_SCHEMA)
        yield CATALOG_SCHEMA_PATH, schema.schema_text("catalog.schema.json")

    def _prepared(self, page: GeneratedPage) -> tuple[str, GeneratedPage]:
        if self.search and page.searchable:
            _ = page.search_texts  # worked out here, and kept with the page
        return page.src_uri, page


class SiteContents:
    """The pages and files of one build, made in the background when that pays."""

    def __init__(
        self, corpus: Corpus, *, release: bool, site_url: str = "", search: bool = True
    ) -> None:
        site = _Site(corpus, release=release, site_url=site_url, search=search)
        self.plan = site.plan()
        self._made = Background(site.items, worth_forking=len(site.with_pages) >= MIN_ITEMS)

    def page(self, src_uri: str) -> GeneratedPage:
        page = self._made.get(src_uri)
        assert isinstance(page, GeneratedPage)
        return page

    def file(self, path: str) -> str | bytes:
        content = self._made.get(path)
        assert isinstance(content, str | bytes)
        return content

    def close(self) -> None:
        self._made.close()


def build_site(
    corpus: Corpus, *, release: bool, site_url: str = "", search: bool = True
) -> SiteBuild:
    """Every page and file of one build, made here and now."""
    site = _Site(corpus, release=release, site_url=site_url, search=search)
    pages: list[GeneratedPage] = []
    files: dict[str, str | bytes] = {}
    for key, item in site.items():
        if isinstance(item, GeneratedPage):
            pages.append(item)
        else:
            files[key] = item
    return SiteBuild(tuple(pages), files)
