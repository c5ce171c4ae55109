"""MkDocs events: validate the guidelines, then add their pages and exports.

Thin on purpose (STYLE.md): every event guards and delegates, to the
`ehealthsec` core (which knows nothing of MkDocs) or to the adapter
`ehealthsec_mkdocs` (which knows MkDocs and Material). The same validation
as `guidelines validate` runs here, so a build reports the same messages.
Set GUIDELINES_RELEASE=1 for a release build: drafts left out, warnings fatal.
"""

from __future__ import annotations

import html
import logging
import os
from itertools import pairwise
from pathlib import Path
from typing import Any

from ehealthsec.check.corpus import Corpus, ValidationResult, validate_corpus
from ehealthsec.problems import summary_line
from ehealthsec.read import safety
from ehealthsec.release.buildinfo import published_from_env
from ehealthsec.release.record import RecordError
from ehealthsec.site import preview
from ehealthsec.site.pages import GeneratedPage
from ehealthsec.site.plan import SiteContents
from ehealthsec_mkdocs import build, search
from ehealthsec_mkdocs.pages import fill_blocks, page_meta, page_title
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

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
    # A full build writes into a staging folder that replaces the site only when
    # the build succeeds: a crash or a strict failure keeps the site that was there.
    _build["stage"] = command in ("build", "gh-deploy") and not dirty


@event_priority(100)  # before other plugins read the settings
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _is_release():
        build.drop_placeholder_edit_links(config)
    problems = build.settings_problems(config, serving=_build.get("serving", False))
    if problems:
        raise PluginError("configuration refused:\n" + "\n".join(problems))
    build.count_warnings_when_strict(config)
    if _build.pop("stage", False):
        staged = build.StagedSite.beside(config.site_dir)
        _build["staged"] = staged
        config.site_dir = str(staged.staging)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    root = Path(config.config_file_path).parent
    release = _is_release()
    # Bodies are gated after MkDocs renders them (on_page_content), not rendered twice.
    result = validate_corpus(root, release=release, render=False)
    if _build.get("serving") and not result.ok:
        corpus = _previewed(result)  # the preview goes on; `mkdocs build` stops below
    else:
        _report(result)
        corpus = result.corpus
    _build["unsafe"] = []
    try:
        published = published_from_env(os.environ, config.site_name)
    except RecordError as exc:
        raise PluginError(str(exc)) from exc
    _build["release"] = published.version
    site = SiteContents(
        corpus, release=release, site_url=config.site_url or "", published=published
    )
    _build["site"] = site
    _build["planned"] = {page.src_uri for page in site.plan.pages}
    # Generated pages are indexed by `ehealthsec_mkdocs.search`, much cheaper than the search
    # plugin's HTML parser, and added to the index file it writes (on_post_build).
    indexed = "search" in config.plugins or "material/search" in config.plugins
    _build["search"] = [] if indexed else None


def _previewed(result: ValidationResult) -> Corpus:
    """`mkdocs serve` with errors: keep serving the files without errors, and
    show every problem at the top of each page (docs/overrides/main.html)."""
    for problem in result.problems:
        log.warning(problem.as_text())
    _build["problems"] = result.problems
    return preview.servable(result)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site: SiteContents = _build["site"]
    _refuse_links_out(files, Path(config.docs_dir), Path(config.config_file_path).parent)
    for file in files:  # hand-written pages live in docs/ in the repository
        if file.src_uri.endswith(".md"):
            file.edit_uri = f"docs/{file.src_uri}"
    for planned in site.plan.pages:
        # Guidelines are reached through catalogs, not the navigation (which
        # Material renders into every page): say so, so MkDocs does not list them.
        generated = File.generated(
            config,
            planned.src_uri,
            content=site.page(planned.src_uri).markdown,
            inclusion=InclusionLevel.NOT_IN_NAV,
        )
        generated.edit_uri = planned.source_path
        files.append(generated)
    for path in site.plan.files:
        files.append(File.generated(config, path, content=site.file(path)))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Previous / next for generated pages, which are outside the navigation:
    Material's footer (`navigation.footer`) shows the neighbours set here."""
    site: SiteContents = _build["site"]
    for order in site.plan.reading_orders:
        found = (files.get_file_from_path(src_uri) for src_uri in order)
        pages = [file.page for file in found if file is not None and file.page is not None]
        for before, after in pairwise(pages):
            before.next_page, after.previous_page = after, before
    return nav


def _refuse_links_out(files: Files, docs: Path, root: Path) -> None:
    """A file in docs/ that links outside the repository would publish that file."""
    linked = build.files_linking_out(files, docs, root)
    if linked:
        raise PluginError(
            f"{linked[0]} links to a file outside the repository; only real files "
            "in the repository are published"
        )


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Every page has been rendered: stop if any is unsafe, before MkDocs writes a file."""
    unsafe: list[str] = _build.get("unsafe", [])
    if unsafe and not _build.get("serving"):
        raise PluginError("unsafe markup on the published pages:\n" + "\n".join(unsafe))
    env.globals["ehealthsec_release"] = _build.get("release", "")  # see main.html
    # Only while serving: what stops a build is listed at the top of every page instead.
    problems = _build.pop("problems", [])
    shown = preview.problems_banner(problems, unsafe) if problems or unsafe else ""
    env.globals["ehealthsec_problems"] = shown  # see docs/overrides/main.html
    return env


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config: MkDocsConfig) -> None:
    entries: list[dict[str, Any]] | None = _build.pop("search", None)
    if entries:
        search.add_search_entries(Path(config.site_dir) / "search" / "search_index.json", entries)
    _close_site()
    _build["built"] = True  # MkDocs may still fail the build in --strict mode after this


def on_build_error(error: Exception) -> None:
    _close_site()
    _build.pop("built", None)


def on_shutdown() -> None:
    staged: build.StagedSite | None = _build.pop("staged", None)
    built = _build.pop("built", False)
    if staged is not None:
        staged.finish(built)


def _close_site() -> None:
    _build.pop("planned", None)
    _build.pop("site", None)


def _generated(page: Page) -> GeneratedPage | None:
    if page.file.src_uri not in _build.get("planned", ()):
        return None
    site: SiteContents = _build["site"]
    return site.page(page.file.src_uri)


def _indexed_here(generated: GeneratedPage) -> bool:
    """Searchable, and a search plugin writes an index: the adapter indexes it."""
    return generated.searchable and _build.get("search") is not None


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    generated = _generated(page)
    if generated is None:  # a hand-written page: its title and description reach attributes
        if isinstance(page.meta.get("title"), str):
            page.meta["title"] = page_title(page.meta["title"])
        if isinstance(page.meta.get("description"), str):
            page.meta["description"] = html.escape(page.meta["description"])
    if generated:
        page.meta.update(page_meta(generated))
        if generated.updated:  # the sitemap's lastmod: the page's own date, not the build's
            page.update_date = generated.updated
        if _indexed_here(generated):
            page.meta["search"] = {"exclude": True}  # indexed in on_page_content instead
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    content = _filled(html, page)
    found = len(_build.get("unsafe", []))
    _gate(page, content)
    if _build.get("serving") and len(_build.get("unsafe", [])) > found:
        return preview.WITHHELD  # the preview never sends refused markup to a browser
    return content


def _gate(page: Page, content: str) -> None:
    """The final check: what the reader's browser gets, against the one allowlist."""
    for finding in safety.check_html(content):
        where = page.file.edit_uri or page.file.src_uri
        _build.setdefault("unsafe", []).append(f"{where}: {finding.message} [{finding.rule}]")


def _filled(html: str, page: Page) -> str:
    generated = _generated(page)
    if generated is None:
        return html
    if _indexed_here(generated):
        _build["search"].extend(
            search.search_entries(
                page.url,
                page.meta["title"],  # set, escaped, in on_page_markdown
                html,
                generated.search_tags,
                generated.search_boost,
                fill_words=search.block_words(generated),
            )
        )
    return fill_blocks(generated, html)
