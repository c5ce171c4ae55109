"""Generated pages as MkDocs and Material take them: metadata and HTML blocks."""

from __future__ import annotations

import html
import re
from typing import Any

from ehealthsec.site.markup import esc
from ehealthsec.site.pages import BLOCK_TOKEN, GeneratedPage
from ehealthsec.site.tables import label_table_cells
from markupsafe import Markup

# Python-Markdown renders a token, a paragraph of its own, as `<p>token</p>`.
_TOKEN_PARAGRAPH = re.compile(rf"<p>({BLOCK_TOKEN.pattern})</p>")


def page_title(title: str) -> Markup:
    """A page title as Material's templates need it: escaped once, and marked
    as markup. Material prints a title as it is (headings, navigation) and also
    through Jinja's `| e` (the footer's previous/next aria-label), which would
    escape `&amp;` a second time in a plain string ("Backups &amp;amp; ...",
    read aloud by screen readers) but leaves markup alone. `"` is escaped
    because one of those places is an attribute; an apostrophe is not, so that
    the search index keeps it as written."""
    return Markup(html.escape(title, quote=False).replace('"', "&quot;"))


def page_meta(page: GeneratedPage) -> dict[str, Any]:
    """The page's metadata as Material reads it, escaped for templates that
    print it without escaping."""
    # The description is printed inside an attribute, without `| e`.
    meta: dict[str, Any] = {"title": page_title(page.title), **page.extra_meta}
    if page.description:
        meta["description"] = esc(page.description)
    if page.search_tags:
        meta["tags"] = list(page.search_tags)
    if not page.searchable:
        meta["search"] = {"exclude": True}
    elif page.search_boost is not None:
        meta["search"] = {"boost": page.search_boost}
    return meta


def fill_blocks(page: GeneratedPage, rendered: str) -> str:
    """The rendered page with its raw HTML blocks in place of their tokens (and
    the cells of tables written in Markdown labelled, for phones)."""
    rendered = label_table_cells(rendered)
    if not page.blocks:
        return rendered
    return _TOKEN_PARAGRAPH.sub(lambda m: page.blocks.get(m.group(1), m.group(0)), rendered)
