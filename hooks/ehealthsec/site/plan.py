"""Everything the site needs from the corpus, as pages and files.

After validation the MkDocs hook makes a `SiteContents`: every page and
file the build will have, made at once. Nothing here knows MkDocs. Drafts
get a preview page outside releases and nothing in one; catalogs and
exports list public guidelines only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial

from .. import schemas
from .catalog import catalog_page
from ..check.corpus import Corpus
from .exports import (
    CATALOG_JSON,
    CATALOG_SCHEMA_PATH,
    CHECKLIST_CSV,
    GUIDELINE_SCHEMA_PATH,
    catalog_json,
    checklist_csv,
)
from .listing import term_page
from ..model import Guideline, Source, Term
from .pages import (
    CATALOG_SRC,
    REFERENCES_SRC,
    GeneratedPage,
    SiteContext,
    guideline_page,
    guideline_src,
    term_index_page,
    term_src,
)
from ..release.changelog import (
    CHANGELOG_SRC,
    FEED_PATH,
    changelog_page,
    feed_xml,
    guideline_history,
)
from ..release.record import RECORD_FILE, ReleaseRecord, record_to_json
from .schemadoc import SCHEMA_PAGE_SRC, SCHEMAS_INDEX_SRC, schema_page, schemas_index_page
from .traceability import (
    Citations,
    collect_citations,
    index_order,
    references_index,
    source_page,
    source_src,
)
from .workbook import CHECKLIST_XLSX, checklist_xlsx

TERM_KINDS = ("audiences", "topics")


@dataclass(frozen=True)
class PlannedPage:
    src_uri: str
    source_path: str | None = None  # the file a contributor edits, if any


@dataclass(frozen=True)
class SitePlan:
    pages: tuple[PlannedPage, ...]
    files: tuple[str, ...]
    # Pages a reader goes through one after another (previous / next), each run
    # in the order its index page lists them: guidelines as the catalog does.
    reading_orders: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Published:
    """What the build knows of releases: the one being built ("" in a
    development build) and the records of it and of every earlier one."""

    version: str = ""
    records: tuple[ReleaseRecord, ...] = ()
    site_name: str = "Guidelines"

    @property
    def own_record(self) -> ReleaseRecord | None:
        return next((r for r in self.records if r.version == self.version), None)


Maker = Callable[[], GeneratedPage]
FileMaker = Callable[[], str | bytes]


class _Site:
    """What one build contains, and how each part of it is made.

    Lists pair each planned page and file with the call that makes it, so
    the plan and what is made cannot drift apart.
    """

    def __init__(
        self,
        corpus: Corpus,
        *,
        release: bool,
        site_url: str,
        published: Published | None = None,
    ) -> None:
        public = tuple(g for g in corpus.guidelines if g.is_public)
        self.with_pages: tuple[Guideline, ...] = public if release else corpus.guidelines
        published = published or Published()
        self.published = published
        history = guideline_history(published.records)
        version = published.version
        self.ctx = SiteContext(public, corpus.vocabulary, site_url, version, history)
        self.page_ctx = SiteContext(self.with_pages, corpus.vocabulary, site_url, version, history)
        self.makers = self._makers()
        self.file_makers = self._file_makers()

    @cached_property
    def citations(self) -> dict[str, Citations]:
        return collect_citations(self.ctx.guidelines)

    def _makers(self) -> list[tuple[PlannedPage, Maker]]:
        ctx, vocabulary = self.ctx, self.ctx.vocabulary
        makers: list[tuple[PlannedPage, Maker]] = [
            (PlannedPage(guideline_src(g.id), g.path), partial(guideline_page, g, self.page_ctx))
            for g in self.with_pages
        ]
        makers.append((PlannedPage(CATALOG_SRC), partial(catalog_page, ctx)))
        makers.append((PlannedPage(REFERENCES_SRC), lambda: references_index(ctx, self.citations)))
        makers.extend(
            (PlannedPage(source_src(key)), partial(self._source_page, source))
            for key, source in vocabulary.sources.items()
        )
        makers.append((PlannedPage(SCHEMA_PAGE_SRC), schema_page))
        makers.append((PlannedPage(SCHEMAS_INDEX_SRC), schemas_index_page))
        makers.append((PlannedPage(CHANGELOG_SRC), self._changelog_page))
        for kind in TERM_KINDS:
            terms: dict[str, Term] = getattr(vocabulary, kind)
            makers.append(
                (PlannedPage(term_src(kind, "index")), partial(term_index_page, kind, terms, ctx))
            )
            makers.extend(
                (PlannedPage(term_src(kind, key)), partial(term_page, kind, term, ctx))
                for key, term in terms.items()
            )
        return makers

    def _file_makers(self) -> list[tuple[str, FileMaker]]:
        ctx = self.ctx
        # A checklist is for doing: practices of deprecated or withdrawn guidance stay out.
        published = tuple(g for g in ctx.guidelines if g.status == "published")
        release = self.published.version
        makers: list[tuple[str, FileMaker]] = [
            (CATALOG_JSON, partial(catalog_json, ctx.guidelines, ctx.site_url, release)),
            (CHECKLIST_CSV, partial(checklist_csv, published, ctx.vocabulary, release)),
            (
                CHECKLIST_XLSX,
                partial(checklist_xlsx, published, ctx.vocabulary, ctx.site_url, release),
            ),
            (GUIDELINE_SCHEMA_PATH, partial(schemas.schema_text, schemas.GUIDELINE_SCHEMA)),
            (CATALOG_SCHEMA_PATH, partial(schemas.schema_text, schemas.CATALOG_SCHEMA)),
            (FEED_PATH, self._feed),
        ]
        own = self.published.own_record
        if own is not None:  # the record of this release, published with it
            makers.append((RECORD_FILE, partial(record_to_json, own)))
        return makers

    def _changelog_page(self) -> GeneratedPage:
        ids = {g.id for g in self.with_pages}
        return changelog_page(self.published.records, ids, self.published.version)

    def _feed(self) -> str:
        p = self.published
        return feed_xml(p.records, self.ctx.site_url, p.site_name, p.version)

    def _source_page(self, source: Source) -> GeneratedPage:
        return source_page(source, self.citations.get(source.key, {}))

    def plan(self) -> SitePlan:
        pages = tuple(planned for planned, _ in self.makers)
        return SitePlan(pages, tuple(path for path, _ in self.file_makers), self._reading_orders())

    def _reading_orders(self) -> tuple[tuple[str, ...], ...]:
        vocabulary = self.ctx.vocabulary
        terms = (
            tuple(term_src(kind, key) for key in getattr(vocabulary, kind)) for kind in TERM_KINDS
        )
        return (
            tuple(guideline_src(g.id) for g in self.with_pages),  # by id, as the catalog lists them
            *terms,
            tuple(source_src(s.key) for s in index_order(vocabulary.sources.values())),
        )

    def items(self) -> Iterator[tuple[str, GeneratedPage | str | bytes]]:
        """Every page, in the order of the plan, then every file."""
        for planned, make in self.makers:
            page = make()
            if page.src_uri != planned.src_uri:  # a bug, not a user mistake
                raise RuntimeError(f"planned {planned.src_uri}, made {page.src_uri}")
            yield page.src_uri, page
        for path, make_file in self.file_makers:
            yield path, make_file()


class SiteContents:
    """The pages and files of one build."""

    def __init__(
        self,
        corpus: Corpus,
        *,
        release: bool,
        site_url: str = "",
        published: Published | None = None,
    ) -> None:
        site = _Site(corpus, release=release, site_url=site_url, published=published)
        self.plan = site.plan()
        self._made = dict(site.items())

    def page(self, src_uri: str) -> GeneratedPage:
        page = self._made[src_uri]
        assert isinstance(page, GeneratedPage)
        return page

    def file(self, path: str) -> str | bytes:
        content = self._made[path]
        assert isinstance(content, str | bytes)
        return content
