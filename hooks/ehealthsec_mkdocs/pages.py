"""Generated pages as MkDocs and Material take them: metadata and HTML blocks."""

from __future__ import annotations

import html
import re
from typing import Any

from ehealthsec.site.markup import esc
from ehealthsec.site.pages import BLOCK_TOKEN, GeneratedPage
from ehealthsec.site.tables import label_table_cells

# Python-Markdown renders a token, a paragraph of its own, as `<p>token</p>`.
_TOKEN_PARAGRAPH = re.compile(rf"<p>({BLOCK_TOKEN.pattern})</p>")


def page_meta(page: GeneratedPage) -> dict[str, Any]:
    """The page's metadata as Material reads it, escaped for templates that
    print it without escaping."""
    # The title is printed as text (<title>, headings), the description inside an
    # attribute; escaping quotes in the title would leave &#x27; in the search index.
    meta: dict[str, Any] = {"title": html.escape(page.title, quote=False), **page.extra_meta}
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
