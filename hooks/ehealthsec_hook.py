"""MkDocs adapter: validate the guidelines, then add their pages and exports.

Thin on purpose (STYLE.md): every event guards and delegates to the
`ehealthsec` core, which knows nothing of MkDocs. The same validation as
`guidelines validate` runs here, so a build reports the same messages.
Set GUIDELINES_RELEASE=1 for a release build: drafts left out, warnings fatal.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from ehealthsec import preview
from ehealthsec.corpus import Corpus, ValidationResult, validate_corpus
from ehealthsec.pages import GeneratedPage
from ehealthsec.problems import summary_line
from ehealthsec.searchtext import search_entries
from ehealthsec.site import SiteContents
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

log = logging.getLogger("mkdocs.plugins.ehealthsec")
_build: dict[str, Any] = {}


def _is_release() -> bool:
    return os.environ.get("GUIDELINES_RELEASE", "") in ("1", "true", "yes")


def _report(result: ValidationResult) -> None:
    errors = [p for p in result.problems if p.severity == "error"]
    if errors:
        lines = [p.as_text() for p in result.problems]
        lines.append(summary_line(result.files_checked, result.problems))
        raise PluginError("guideline validation failed:\n" + "\n".join(lines))
    for problem in result.problems:
        log.warning(problem.as_text())


def on_startup(command: str, dirty: bool) -> None:
    _build["serving"] = command == "serve"


def on_pre_build(config: MkDocsConfig) -> None:
    root = Path(config.config_file_path).parent
    release = _is_release()
    result = validate_corpus(root, release=release)
    if _build.get("serving") and not result.ok:
        corpus = _previewed(result)  # the preview goes on; `mkdocs build` stops below
    else:
        _report(result)
        corpus = result.corpus
    _close_site()  # the previous build's, under `mkdocs serve`
    indexed = "search" in config.plugins or "material/search" in config.plugins
    site = SiteContents(corpus, release=release, site_url=config.site_url or "", search=indexed)
    _build["site"] = site
    _build["planned"] = {page.src_uri for page in site.plan.pages}
    _build["indexed"] = indexed
    _build["search"] = _search_entries(config)


def _previewed(result: ValidationResult) -> Corpus:
    """`mkdocs serve` with errors: keep serving the files without errors, and
    show every problem at the top of each page (docs/overrides/main.html)."""
    for problem in result.problems:
        log.warning(problem.as_text())
    _build["problems"] = preview.problems_banner(result.problems)
    return preview.servable(result)


def _search_entries(config: MkDocsConfig) -> list[dict[str, Any]] | None:
    """Material's list of search entries, where the installed version keeps one.

    Guideline pages are then indexed by `searchtext`, which is much cheaper
    than Material's HTML parser; elsewhere Material indexes them itself.
    """
    plugin = config.plugins.get("material/search")
    entries = getattr(getattr(plugin, "search_index", None), "entries", None)
    return entries if isinstance(entries, list) else None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site: SiteContents = _build["site"]
    for file in files:  # hand-written pages live in docs/ in the repository
        if file.src_uri.endswith(".md"):
            file.edit_uri = f"docs/{file.src_uri}"
    for planned in site.plan.pages:
        # The Markdown is read in on_page_read_source: it may still be in the making.
        # (A plugin reading `content_string` before then would find it empty.)
        # Guidelines are reached through catalogs, not the navigation (which
        # Material renders into every page): say so, so MkDocs does not list them.
        generated = File.generated(
            config, planned.src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV
        )
        generated.edit_uri = planned.source_path
        files.append(generated)
    for path in site.plan.files:
        files.append(File.generated(config, path, content=b""))  # filled in on_env
    return files


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    generated = _generated(page)
    return generated.markdown if generated else None


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Every page has been read: put the exports in before MkDocs writes files."""
    site: SiteContents = _build["site"]
    for path in site.plan.files:
        file = files.get_file_from_path(path)
        if file is not None:
            file.content_bytes = _as_bytes(site.file(path))
    env.globals["ehealthsec_nav"] = _NavigationKept()  # see docs/overrides/main.html
    env.globals["ehealthsec_problems"] = _build.pop("problems", "")  # only while serving
    return env


class _NavigationKept:
    """The rendered navigation of pages outside it, one per folder.

    Material renders the whole navigation into every page; most pages here
    (guidelines, audiences, topics, sources) are not in it, and for those it
    is the same HTML for every page of a folder, its links being relative.
    """

    def __init__(self) -> None:
        self._kept: dict[str, str] = {}

    @staticmethod
    def key(page: Page | None, nav: Navigation | None) -> str | None:
        if page is None or nav is None or page in nav.pages:
            return None  # in the navigation: its own entry is marked active
        return page.url.rstrip("/").rpartition("/")[0]

    def get(self, key: str) -> str | None:
        return self._kept.get(key)

    def keep(self, key: str, html: str) -> str:
        self._kept[key] = html
        return ""


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def on_post_build(config: MkDocsConfig) -> None:
    _close_site()


def on_build_error(error: Exception) -> None:
    _close_site()


def _close_site() -> None:
    _build.pop("planned", None)
    site: SiteContents | None = _build.pop("site", None)
    if site is not None:
        site.close()


def _generated(page: Page) -> GeneratedPage | None:
    if page.file.src_uri not in _build.get("planned", ()):
        return None
    site: SiteContents = _build["site"]
    return site.page(page.file.src_uri)


def _indexed_here(generated: GeneratedPage) -> bool:
    """Searchable, and Material's entry list is at hand: `searchtext` indexes it."""
    return generated.searchable and _build.get("search") is not None


def _proxied(generated: GeneratedPage) -> bool:
    """Searchable, but indexed by the search plugin: over text stand-ins for blocks."""
    return generated.searchable and _build["indexed"] and not _indexed_here(generated)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    generated = _generated(page)
    if generated:
        page.meta.update(generated.meta())
        if _indexed_here(generated):
            page.meta["search"] = {"exclude": True}  # indexed in on_page_content instead
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    generated = _generated(page)
    if generated is None:
        return html
    if _indexed_here(generated):
        _build["search"].extend(
            search_entries(
                page.url,
                page.meta["title"],  # set, escaped, in on_page_markdown
                html,
                generated.search_tags,
                generated.search_boost,
                fill_words=generated.fill_search_words,
            )
        )
    elif _proxied(generated):
        return generated.fill_search_proxies(html)  # swapped for the blocks below
    return generated.fill_blocks(html)


@event_priority(-100)  # after the search plugin has indexed the text stand-ins
def on_page_context(
    context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
    generated = _generated(page)
    if generated is not None and page.content and _proxied(generated):
        page.content = generated.swap_proxies(page.content)
    return context
